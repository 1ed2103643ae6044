#!/usr/bin/env bash
# Inkwell's two commands.
#   ./run.sh        build target/inkwell.jar if it is missing or older than the sources, then serve
#                   http://localhost:7070 on the embedded SQLite database db/inkwell.db (migrations run first)
#   ./run.sh test   run every test: the whole suite on SQLite, then again on PostgreSQL (127.0.0.1:5432)
#   ./run.sh <command> [args]   any command of the jar (db status, user create ..., token decode ..., seed ...; see
#                   ./run.sh --help), with the same JVM settings
# Settings come from the environment (PORT, DATABASE_URL, JWT_SECRET, ...; see README). JAVA_OPTS adds JVM flags.
set -euo pipefail
cd "$(dirname "$0")"

# UTC so SQLite and PostgreSQL timestamps never pick up the machine's zone; a bounded heap because a default JVM on a
# big machine grows to several hundred MB under load, and Argon2 hashing is capped at one per core anyway.
JVM_FLAGS="-Duser.timezone=UTC -Xms64m -Xmx256m -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-}"

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then return; fi
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    echo "run.sh: starting the local PostgreSQL cluster for the tests" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && return; sleep 1; done
  fi
  echo "run.sh: PostgreSQL is not reachable on 127.0.0.1:5432 (user postgres, database test); the PostgreSQL half of the suite will fail" >&2
}

jar_is_stale() {
  [ ! -f target/inkwell.jar ] && return 0
  [ -n "$(find pom.xml src db/migrations -newer target/inkwell.jar -print -quit)" ]
}

case "${1:-serve}" in
  test)
    ensure_postgres
    exec mvn -B -ntp verify
    ;;
  *)
    if jar_is_stale; then mvn -B -ntp -q clean package -DskipTests; fi
    # shellcheck disable=SC2086
    exec java $JVM_FLAGS -jar target/inkwell.jar "$@"
    ;;
esac

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

# JVM settings for a small box (bench/README.md, "Issue 15, item 3: memory", has the measurements behind them):
# - UTC, so SQLite and PostgreSQL timestamps never pick up the machine's zone;
# - the serial collector and a 40 MB heap: G1's own structures took ~42 MB beside any heap at these sizes, and the
#   serial collector also starts with ~20% less CPU. It works since password hashing allocates almost nothing
#   (users/Argon2id hashes into one buffer kept per hashing slot: 8 KB allocated per hash, against password4j's ~90 MB
#   whose copies were promoted and forced a full collection every few logins with this collector);
# - 512 KB thread stacks (deepest stack seen: Jetty + Javalin + Jdbi, well under that);
# - one malloc arena and a native heap trimmed every 2 s: glibc otherwise keeps a malloc arena per busy thread and
#   holds on to what the JIT compilers and SQLite freed (~22 MB resident after the bench, bench/README.md);
#   IgnoreUnrecognizedVMOptions because TrimNativeHeapInterval came with JDK 17.0.11 (older 17s run without it);
# - no Flight Recorder: Jdbi registers a JFR event class at its first statement when JFR is available, ~0.1 s of the
#   start (bench/README.md, Start-up). JAVA_OPTS=-XX:+FlightRecorder turns it back on for profiling, and
#   JAVA_OPTS="-XX:-UseSerialGC -XX:+UseG1GC" selects G1 (two collectors at once stop the JVM).
JVM_FLAGS="-Duser.timezone=UTC -XX:+UseSerialGC -Xms24m -Xmx40m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=2000 -XX:-FlightRecorder -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-1}"

# Start-up: the first `serve` of a new jar records the classes it loaded in an AppCDS archive when it exits; later
# starts map that archive instead of loading and verifying ~5,000 classes from the jar (bench/README.md: start to
# first 200). A rebuilt jar makes the archive stale, so it is made again.
CDS_ARCHIVE=target/inkwell-serve.jsa
# Also for serve: the C2 compiler starts on a method after 10x its usual count. During a start it compiled code that
# runs only then, taking ~0.7 s of CPU from the 2 cores the start needs; under load the counts are reached within a
# second or two and throughput after the bench's warm-up was unchanged (bench/README.md, Start-up). JAVA_OPTS can
# set them back (5000, 600, 15000, 40000).
LATER_C2="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
cds_flags() {
  if [ -f "$CDS_ARCHIVE" ] && [ "$CDS_ARCHIVE" -nt target/inkwell.jar ]; then
    echo "-XX:SharedArchiveFile=$CDS_ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
  else
    rm -f "$CDS_ARCHIVE"
    echo "-XX:ArchiveClassesAtExit=$CDS_ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
}

# SQLite's native library: sqlite-jdbc copies it out of the jar into /tmp on every start (after listing /tmp to
# clean up older copies) and loads the copy. Copied once per jar into target/ instead, and loaded from there; where
# this cannot be done (another OS, no unzip), sqlite-jdbc does as it always did.
sqlite_flags() {
  local os arch dir
  case "$OSTYPE $HOSTTYPE" in linux*" x86_64") arch=x86_64 ;; linux*" aarch64") arch=aarch64 ;; *) return 0 ;; esac
  os=Linux; if [ -e "/lib/ld-musl-$arch.so.1" ]; then os=Linux-Musl; fi
  dir="$PWD/target/sqlite-native/$os-$arch"
  if [ ! -f "$dir/libsqlitejdbc.so" ] || [ target/inkwell.jar -nt "$dir/libsqlitejdbc.so" ]; then
    command -v unzip >/dev/null || return 0
    mkdir -p "$dir"
    unzip -p target/inkwell.jar "org/sqlite/native/$os/$arch/libsqlitejdbc.so" >"$dir/libsqlitejdbc.so.new" 2>/dev/null \
      && [ -s "$dir/libsqlitejdbc.so.new" ] && mv "$dir/libsqlitejdbc.so.new" "$dir/libsqlitejdbc.so" \
      || { rm -f "$dir/libsqlitejdbc.so.new"; return 0; }
  fi
  echo "-Dorg.sqlite.lib.path=$dir -Dorg.sqlite.lib.name=libsqlitejdbc.so -Dorg.sqlite.tmpdir=$dir"
}

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
    if [ $# -eq 0 ] || [ "$1" = serve ]; then JVM_FLAGS="$LATER_C2 $JVM_FLAGS $(cds_flags)"; fi
    JVM_FLAGS="$JVM_FLAGS $(sqlite_flags)"
    # shellcheck disable=SC2086
    exec java $JVM_FLAGS -jar target/inkwell.jar "$@"
    ;;
esac

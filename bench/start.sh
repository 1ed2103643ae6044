#!/usr/bin/env bash
# Start-up time: `./run.sh serve` launched, timed to its first 200 from GET /health, then SIGTERM; N times.
#   bench/start.sh              5 timed starts after one untimed start (which may write run.sh's CDS/AOT archive)
#   N=9 bench/start.sh          more starts
#   JAVA_OPTS=... bench/start.sh   extra JVM flags, passed on by run.sh (e.g. -Dinkwell.startTimeline=true)
# Builds nothing when target/inkwell.jar exists (run.sh would rebuild a stale one; build first to keep that out).
# The database is a fresh SQLite file in a temporary folder: the untimed start creates the schema, the timed ones
# find it up to date, as a real restart does. /health is polled every 5 ms by one Python process (first200.py).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${N:-5}"
[ -f "$ROOT/target/inkwell.jar" ] || (cd "$ROOT" && mvn -B -ntp -q clean package -DskipTests)

TMP="$(mktemp -d /tmp/inkwell-start.XXXXXX)"
PID=""
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')


# one start: sets MS (launch to the first 200) and CPU (ms of CPU the JVM had used by then); stops the server
one_start() {
  local t0 result
  t0=$(date +%s%N)
  HOST=127.0.0.1 PORT=$PORT DATABASE_URL="jdbc:sqlite:$TMP/start.db" "$ROOT/run.sh" serve >>"$TMP/server.log" 2>&1 &
  PID=$!
  if ! result="$(python3 "$ROOT/bench/first200.py" "http://127.0.0.1:$PORT/health" "$PID" "$t0")"; then
    cat "$TMP/server.log" >&2; echo "start.sh: the server exited, or gave no 200 from /health within 60 s" >&2; exit 1
  fi
  kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  MS=${result% *} CPU=${result#* }
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
one_start
echo "untimed first start: $MS ms (CPU $CPU ms)" >&2
TIMES=() CPUS=()
for i in $(seq 1 "$N"); do
  one_start
  TIMES+=("$MS") CPUS+=("$CPU")
  echo "start $i: $MS ms (CPU $CPU ms)" >&2
done
echo "start to first 200: median $(printf '%s\n' "${TIMES[@]}" | median) ms of $N (${TIMES[*]});" \
  "JVM CPU time by then: median $(printf '%s\n' "${CPUS[@]}" | median) ms; load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${TIMELINE:-}" = 1 ] && grep -i 'start timeline' "$TMP/server.log" | tail -n "$N" >&2
exit 0

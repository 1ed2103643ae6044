#!/usr/bin/env bash
# Inkwell's benchmark: build the jar, seed a fresh database (timed), start Inkwell with run.sh's JVM flags, run every
# scenario with wrk on loopback, stop the server, and print one markdown table (also written to bench/results/).
#
#   bench/run.sh                                  10,000 articles on SQLite, 10 s per scenario, 32 and 128 connections
#   ARTICLES=1000000 bench/run.sh                 the big database
#   DB=postgres bench/run.sh                      PostgreSQL at 127.0.0.1:5432, database test, user postgres
#   DURATION=5s CONNECTIONS="32" bench/run.sh     shorter
#
# Options (environment): ARTICLES (10000), DB (sqlite|postgres), DURATION (10s), CONNECTIONS ("32 128"),
# THREADS (2, wrk threads), WRK_TIMEOUT (5s), WARMUP (5s of unreported load per scenario first, 0 for none),
# STARTS (6 timed starts; the first one writes run.sh's AppCDS archive), SCENARIOS (all; or a subset), PGHOST/PGPORT/PGUSER/PGDATABASE
# (127.0.0.1/5432/postgres/test), SKIP_BUILD=1 to use target/inkwell.jar as it is.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
ARTICLES="${ARTICLES:-10000}"
DB="${DB:-sqlite}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32 128}"
THREADS="${THREADS:-2}"
WRK_TIMEOUT="${WRK_TIMEOUT:-5s}"
PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}" PGDATABASE="${PGDATABASE:-test}"
export PGHOST PGPORT PGUSER PGDATABASE
STARTS="${STARTS:-6}"
# the server and the seed run through ../run.sh, so they get exactly its JVM settings (and its AppCDS archive)
JVM_FLAGS="$(sed -n 's/^JVM_FLAGS="\(.*\) \${JAVA_OPTS:-}"$/\1/p' "$ROOT/run.sh")"
WARMUP="${WARMUP:-5s}"
# login_single (one connection, one login at a time) is the yardstick for the login target: about one Argon2 hash
# auth_user_storm: auth_user at the first connection count while another wrk runs login at 32 connections
# (before the login scenarios: those leave logins queued for hashing for several seconds after wrk stops)
# home and article_page: the built-in blog's pages for an anonymous reader (HTML), against anon_list (issue 14)
# SCENARIOS="health auth_user" runs only those (a quick comparison of two routes; the report leaves the rest blank)
SCENARIOS="${SCENARIOS:-health anon_list tag_filter home article_page auth_user feed article create auth_user_storm login_single login}"

case "$DB" in sqlite|postgres) ;; *) echo "bench: DB must be sqlite or postgres, got '$DB'" >&2; exit 2 ;; esac
for tool in wrk curl java mvn python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done

say() { echo "bench: $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

TMP="$(mktemp -d /tmp/inkwell-bench.XXXXXX)"
SERVER_PID=""
SCHEMA=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$SCHEMA" ]; then psql -q -X -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# --- build ----------------------------------------------------------------------------------------------------------
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  say "building the jar (mvn package -DskipTests)"
  mvn -B -q -ntp package -DskipTests
fi
JAR="$ROOT/target/inkwell.jar"
[ -f "$JAR" ] || { echo "bench: $JAR is missing" >&2; exit 1; }
JAR_BYTES=$(stat -c %s "$JAR")

# --- database -------------------------------------------------------------------------------------------------------
export JWT_SECRET="bench-only-secret-0123456789abcdefghijklmnopqrst"   # 48 characters, never used outside bench
export LOG_LEVEL=warn
export LOGIN_MAX_FAILURES=1000 LOGIN_MAX_FAILURES_PER_ADDRESS=100000   # the maxima Config allows
if [ "$DB" = sqlite ]; then
  export DATABASE_URL="jdbc:sqlite:$TMP/bench.db"
else
  SCHEMA="bench_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')"
  psql -q -X -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $SCHEMA" >/dev/null
  export DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$SCHEMA"
fi

say "seeding $ARTICLES articles on $DB"
t0=$(now_ms)
"$ROOT/run.sh" seed --articles "$ARTICLES" >"$TMP/seed.log" 2>&1 || { cat "$TMP/seed.log" >&2; exit 1; }
SEED_MS=$(( $(now_ms) - t0 ))
SEED_SUMMARY="$(tail -n 1 "$TMP/seed.log")"

# --- server ---------------------------------------------------------------------------------------------------------
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
# starts `./run.sh serve` in the background; sets SERVER_PID (run.sh execs java, so it is the JVM) and FIRST_200_MS
start_server() {
  local t0 result; t0=$(date +%s%N)
  HOST=127.0.0.1 PORT=$PORT "$ROOT/run.sh" serve >"$TMP/server.log" 2>&1 &
  SERVER_PID=$!
  if ! result="$(python3 "$BENCH_DIR/first200.py" "$BASE/health" "$SERVER_PID" "$t0")"; then
    cat "$TMP/server.log" >&2; echo "bench: the server exited, or gave no 200 from /health within 60 s" >&2; exit 1
  fi
  FIRST_200_MS=${result% *}
}
stop_server() {
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# Start to first 200, STARTS times: the first start of a new jar writes the AppCDS archive at exit (run.sh), the
# others use it; the report gives the first and the median of the others.
rm -f "$ROOT/target/inkwell-serve.jsa"
START_TIMES=()
for i in $(seq 1 "$STARTS"); do
  start_server
  START_TIMES+=("$FIRST_200_MS")
  stop_server
done
FIRST_START_MS="${START_TIMES[0]}"
START_MEDIAN_MS="$(printf '%s\n' "${START_TIMES[@]:1}" | sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
say "start to first 200: first ${FIRST_START_MS} ms (writes the CDS archive), then ${START_TIMES[*]:1} ms"

say "starting Inkwell on $BASE for the load"
start_server

# --- what the scenarios need: a demo user, a token, a tag, a slug ---------------------------------------------------
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
FIRST_ARTICLE="$(curl -sf "$BASE/api/articles?limit=1")"
SLUG="$(echo "$FIRST_ARTICLE" | json_get 'd["articles"][0]["slug"]')"
USERNAME="$(echo "$FIRST_ARTICLE" | json_get 'd["articles"][0]["author"]["username"]')"
export BENCH_EMAIL="$USERNAME@demo.inkwell.test" BENCH_PASSWORD="inkwell-demo"
LOGIN="$(curl -sf "$BASE/api/users/login" -H 'Content-Type: application/json' \
  -d "{\"user\":{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}}")"
export BENCH_TOKEN="$(echo "$LOGIN" | json_get 'd["user"]["token"]')"
TAG="$(curl -sf "$BASE/api/tags" | json_get 'd["tags"][0]')"
FEED_COUNT="$(curl -sf "$BASE/api/articles/feed?limit=1" -H "Authorization: Token $BENCH_TOKEN" | json_get 'd["articlesCount"]')"
article_count() { curl -sf "$BASE/api/articles?limit=1" | json_get 'd["articlesCount"]'; }
export BENCH_LUA_DIR="$BENCH_DIR/lua" BENCH_RUN="$(od -An -N3 -tx1 /dev/urandom | tr -d ' ')"
say "user $USERNAME (feed has $FEED_COUNT articles), tag '$TAG', slug $SLUG"
# the home page as a first-time visitor gets it: its size before compression, and how many requests the visit needs
# (the page plus every stylesheet, script and image it names)
curl -sf "$BASE/" -o "$TMP/home.html"
HOME_BYTES="$(wc -c <"$TMP/home.html")"
HOME_REQUESTS=$(( 1 + $(grep -oE '<link[^>]+rel="stylesheet"|<script[^>]+src=|<img[^>]+src=' "$TMP/home.html" | wc -l) ))

scenario_url() {
  case "$1" in
    health) echo "$BASE/health" ;;
    anon_list) echo "$BASE/api/articles?limit=20" ;;
    tag_filter) echo "$BASE/api/articles?tag=$TAG&limit=20" ;;
    auth_user|auth_user_storm) echo "$BASE/api/user" ;;
    feed) echo "$BASE/api/articles/feed" ;;
    article) echo "$BASE/api/articles/$SLUG" ;;
    home) echo "$BASE/" ;;
    article_page) echo "$BASE/articles/$SLUG" ;;
    create) echo "$BASE/api/articles" ;;
    login) echo "$BASE/api/users/login" ;;
  esac
}
scenario_lua() {
  case "$1" in
    auth_user|auth_user_storm|feed) echo auth ;;
    create) echo create ;;
    login) echo login ;;
    *) echo plain ;;
  esac
}
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<" $2"; }
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }

# wrk -> one table row; sets LAST_CREATED
run_wrk() {   # name connections threads duration
  local name=$1 conns=$2 threads=$3 duration=$4 out line
  out="$TMP/wrk-$name-$conns.txt"
  wrk -t"$threads" -c"$conns" -d"$duration" --timeout "$WRK_TIMEOUT" --latency \
    -s "$BENCH_DIR/lua/$(scenario_lua "${name%_single}").lua" "$(scenario_url "${name%_single}")" >"$out" 2>&1 || true
  line="$(grep '^BENCH ' "$out" || true)"
  if [ -z "$line" ]; then
    cat "$out" >&2
    ROWS+="| $name | $conns | wrk failed | | | |"$'\n'
    LAST_CREATED=0
    LAST_SENT=0
    return
  fi
  local sockerr=$(( $(field connect "$line") + $(field read "$line") + $(field write "$line") + $(field timeout "$line") ))
  ROWS+="| $name | $conns | $(printf '%.0f' "$(field rps "$line")") | $(ms "$(field p50_us "$line")") | $(ms "$(field p99_us "$line")") | $(field non2xx "$line")$(st=$(field statuses "$line"); [ "$st" = - ] || echo " ($st)") / $sockerr |"$'\n'
  LAST_CREATED=$(field created "$line")
  LAST_SENT=$(field sent "$line")
  RPS[$name-$conns]="$(field rps "$line")"
  P50_US[$name-$conns]="$(field p50_us "$line")"
  say "$name c=$conns: $line"
}

declare -A RPS P50_US
ROWS=""
CREATED_TOTAL=0
SENT_TOTAL=0
COUNT_BEFORE_CREATE=0 COUNT_AFTER_CREATE=0 STORM_LOGIN="BENCH rps=0 p50_us=0 non2xx=- statuses=-"
NON2XX_CREATE=0
for name in $SCENARIOS; do
  if [ "$name" = login_single ]; then
    # let the storm's queued logins drain first (up to 64 wait for a hashing slot, about 0.1 s each)
    sleep 10
    run_wrk login_single 1 1 "$DURATION"
    continue
  fi
  if [ "$name" = auth_user_storm ]; then
    storm_seconds=$(( ${DURATION%s} + 3 ))
    wrk -t1 -c32 -d"${storm_seconds}s" --timeout "$WRK_TIMEOUT" --latency -s "$BENCH_DIR/lua/login.lua" \
      "$(scenario_url login)" >"$TMP/wrk-storm-login.txt" 2>&1 &
    STORM_PID=$!
    sleep 1
    run_wrk auth_user_storm "${CONNECTIONS%% *}" 1 "$DURATION"
    wait "$STORM_PID" || true
    STORM_LOGIN="$(grep '^BENCH ' "$TMP/wrk-storm-login.txt" || echo "BENCH rps=0 non2xx=? statuses=-")"
    continue
  fi
  # warm the JIT on this route first (not for login: hashing is not JIT-bound, and a queue would spill into the run)
  if [ "$WARMUP" != 0 ] && [ "$name" != login ]; then
    WARM_ROWS="$ROWS"; run_wrk "$name" "${CONNECTIONS%% *}" "$THREADS" "$WARMUP" >/dev/null 2>&1; ROWS="$WARM_ROWS"
  fi
  # (after the warm-up's last requests in flight have landed)
  if [ "$name" = create ]; then sleep 1; COUNT_BEFORE_CREATE="$(article_count)"; fi
  for conns in $CONNECTIONS; do
    run_wrk "$name" "$conns" "$THREADS" "$DURATION"
    if [ "$name" = create ]; then CREATED_TOTAL=$(( CREATED_TOTAL + LAST_CREATED )); SENT_TOTAL=$(( SENT_TOTAL + LAST_SENT )); fi
  done
  if [ "$name" = create ]; then sleep 1; COUNT_AFTER_CREATE="$(article_count)"; fi
done

RSS_KB="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")"
# where the resident memory goes, when the server runs with JAVA_OPTS=-XX:NativeMemoryTracking=summary
NMT=""
PMAP=""
if [[ "${JAVA_OPTS:-}" == *NativeMemoryTracking* ]] && command -v jcmd >/dev/null; then
  NMT="$(jcmd "$SERVER_PID" VM.native_memory summary 2>/dev/null | grep -E '^(Total|-)' | sed -E 's/^-? *//' || true)"
  # and what NMT cannot see: the largest resident mappings (malloc arenas show as [ anon ] of 64 MB reservations)
  PMAP="$(pmap -x "$SERVER_PID" 2>/dev/null | sort -k3 -n -r | head -n 25 || true)"
fi
stop_server

# one Argon2id hash on an idle JVM (the login target's yardstick), after the server is gone
HASH_MS="$(java -cp "$JAR" "$BENCH_DIR/HashTime.java" 2>/dev/null || echo "?")"
C1="${CONNECTIONS%% *}"
ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }'; }

# --- report ---------------------------------------------------------------------------------------------------------
CREATE_DELTA=$(( COUNT_AFTER_CREATE - COUNT_BEFORE_CREATE ))
# wrk stops with up to one request per connection written but unanswered (the server still completes those), and
# lua/create.lua counts a request when wrk asks for it, which may be just before the stop. So no write was lost, and
# none was made twice, when: 201s read <= articles made <= requests generated. (KeptCountsTest checks exact equality
# where every request is answered.)
if [ "$CREATED_TOTAL" -le "$CREATE_DELTA" ] && [ "$CREATE_DELTA" -le "$SENT_TOTAL" ]; then
  CREATE_CHECK="consistent: $CREATED_TOTAL answered 201 <= +$CREATE_DELTA articles <= $SENT_TOTAL requests generated (the difference: in flight when wrk stopped)"
else
  CREATE_CHECK="MISMATCH: +$CREATE_DELTA articles, $CREATED_TOTAL answered 201, $SENT_TOTAL requests generated"
fi
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -v ' bench/' || true)" ]; then COMMIT="$COMMIT (+ uncommitted changes)"; fi
STAMP="$(date -u +%Y-%m-%d-%H%M)"
REPORT="$(cat <<EOF
## $DB, $(printf "%'d" "$ARTICLES") articles, $DURATION per scenario

$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), commit $COMMIT,
wrk -t$THREADS --timeout $WRK_TIMEOUT on loopback, JVM \`$JVM_FLAGS${JAVA_OPTS:+ $JAVA_OPTS}\`, $(java -version 2>&1 | head -n 1).

| scenario | connections | req/s | p50 ms | p99 ms | non-2xx / socket errors |
|---|---:|---:|---:|---:|---:|
${ROWS%$'\n'}

- home / anon_list at $C1 connections: $(ratio "${RPS[home-$C1]:-}" "${RPS[anon_list-$C1]:-}") (target >= 0.8); article_page / anon_list: $(ratio "${RPS[article_page-$C1]:-}" "${RPS[anon_list-$C1]:-}") (target >= 0.8)
- home page: $HOME_BYTES bytes of HTML before compression (target <= 30 KB), a first visit needs $HOME_REQUESTS requests (target <= 3)
- auth_user / health at $C1 connections: $(ratio "${RPS[auth_user-$C1]:-}" "${RPS[health-$C1]:-}") (target >= 0.6)
- auth_user during a login storm / auth_user alone, at $C1 connections: $(ratio "${RPS[auth_user_storm-$C1]:-}" "${RPS[auth_user-$C1]:-}") (target >= 0.5)
- login_single p50 / one Argon2id hash ($HASH_MS ms, bench/HashTime.java): $(ratio "$(ms "${P50_US[login_single-1]:-0}")" "$HASH_MS") (target <= 1.5)
- seed: $(printf "%'d" "$ARTICLES") articles in $SEED_MS ms (whole \`seed\` process, JVM start included); \`$SEED_SUMMARY\`
- start to first 200 of /health (from launching \`run.sh serve\`, polled every 5 ms by bench/first200.py): median $START_MEDIAN_MS ms of $(( STARTS - 1 )) starts with the AppCDS archive (${START_TIMES[*]:1}); the first start, which writes the archive, $FIRST_START_MS ms
- auth_user_storm: auth_user at ${CONNECTIONS%% *} connections while a second wrk sends logins at 32 connections; those logins: $(printf '%.0f' "$(field rps "$STORM_LOGIN")")/s, p50 $(ms "$(field p50_us "$STORM_LOGIN")") ms, non-2xx $(field non2xx "$STORM_LOGIN") ($(field statuses "$STORM_LOGIN"))
- RSS after the run: $(( RSS_KB / 1024 )) MB ($RSS_KB kB VmRSS)
- jar: $(awk -v b="$JAR_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }') MB ($JAR_BYTES bytes)
- create check: articlesCount went from $COUNT_BEFORE_CREATE to $COUNT_AFTER_CREATE; $CREATE_CHECK
- login_single: one connection, one login at a time (about one Argon2id hash plus the request); warm-up $WARMUP per scenario, not reported
- feed: the demo user $USERNAME follows authors with $FEED_COUNT articles; tag_filter uses tag \`$TAG\`
${NMT:+
Native memory tracking after the run (\`jcmd <pid> VM.native_memory summary\`):

\`\`\`
$NMT
\`\`\`}
${PMAP:+
Largest resident mappings (\`pmap -x <pid>\`, by RSS in kB):

\`\`\`
$PMAP
\`\`\`}
EOF
)"
mkdir -p "$BENCH_DIR/results"
RESULT_FILE="$BENCH_DIR/results/$STAMP-$DB-$ARTICLES.md"
echo "$REPORT" >"$RESULT_FILE"
echo "$REPORT"
say "written to ${RESULT_FILE#"$ROOT"/}"

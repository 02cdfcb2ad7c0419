#!/usr/bin/env bash
# web_bench.sh [--count N] [--seed S] [--seconds D] [--connections C] [--archive CONFIG]
#              [--postgresql]
# Page latency of the reps' web page under C concurrent clients (wrk, default 20): search
# (English and Chinese, as a manager and as a rep whose search is filtered to his customers),
# the busiest customer's page, and a message view; p50/p95/p99 and requests/s per page, and the
# RSS of `mailclerk web` meanwhile (VmRSS after each page, VmHWM at the end).
#
# --postgresql: the same pages on [index] backend = "postgresql" beside SQLite (issue 23): the
# index is copied (`index copy --to`, its default terms index) into a throwaway PostgreSQL 15
# (tests/support/postgres.sh, Unix socket) and served by a second `mailclerk web`; the server's
# CPU seconds during the pages are reported beside mailclerk's.
#
# The archive: --archive CONFIG serves an existing one (e.g. the 1,000,000-message index; users
# bench-manager and bench-rep are added to it), else one is imported once from a corpus of
# bench/gen_corpus.py (default 20,000 messages) and cached in bench/out/web-<count>-s<seed>/.
# Requests go to 127.0.0.1 only; each page runs D seconds (default 10).
set -euo pipefail
BENCH_NAME=web_bench
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
source "$HERE/lib.sh"

COUNT=20000 SEED=1 SECONDS_PER_PAGE=10 CONNECTIONS=20 CONFIG="" POSTGRESQL=no
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --seconds) SECONDS_PER_PAGE=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --archive) CONFIG=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
    --postgresql) POSTGRESQL=yes; shift ;;
    *) die "unknown option $1" ;;
  esac
done
find_mailclerk "see bench/README.md"
command -v wrk >/dev/null || apt_install wrk
command -v sqlite3 >/dev/null || apt_install sqlite3
command -v curl >/dev/null || apt_install curl

OUT=$HERE/out
mkdir -p "$OUT"
if [ -z "$CONFIG" ]; then
  DIR=$OUT/web-$COUNT-s$SEED
  CONFIG=$DIR/mailclerk.toml
  STAMP="$(sha256sum "$HERE/gen_corpus.py" | cut -c1-16) count=$COUNT seed=$SEED"
  if [ "$(cat "$DIR/.stamp" 2>/dev/null)" != "$STAMP" ]; then
    log "generating and importing $COUNT messages into $DIR (once)"
    rm -rf "$DIR"; mkdir -p "$DIR"
    python3 "$HERE/gen_corpus.py" --count "$COUNT" --seed "$SEED" --out "$DIR/maildir" \
      --config-out "$CONFIG" --archive-root "$DIR/archive"
    "$MC" -c "$CONFIG" import "$DIR/maildir" >&2
    echo "$STAMP" > "$DIR/.stamp"
  fi
fi
INDEX=$(python3 - "$CONFIG" <<'PY'
import os, sys, tomllib
config = tomllib.load(open(sys.argv[1], "rb"))["archive"]
base = os.path.dirname(os.path.abspath(sys.argv[1]))
root = os.path.join(base, config["root"])
index = config.get("index")
print(os.path.join(base, index) if index else os.path.join(root, ".mailclerk", "index.sqlite"))
PY
)
[ -f "$INDEX" ] || die "index not found at $INDEX"
sql() { sqlite3 -readonly "$INDEX" "$1"; }

# Users: a manager (sees everything) and the rep owning the busiest customer.
# Any command brings the index's customer directory (owners) in line with the config first.
"$MC" -c "$CONFIG" status >/dev/null
BUSY=$(sql "select c.slug || ' ' || c.owner from message_customers mc join customers c on c.id = mc.customer_id group by c.id order by count(*) desc limit 1")
read -r SLUG OWNER <<<"$BUSY"
[ -n "$OWNER" ] || OWNER=bench-rep
for user in bench-manager "$OWNER"; do
  role=rep; [ "$user" = bench-manager ] && role=manager
  "$MC" -c "$CONFIG" user remove "$user" >/dev/null 2>&1 || true
  echo "bench-password-1" | "$MC" -c "$CONFIG" user add "$user" --role "$role" >/dev/null
done
MESSAGE=$(sql "select m.id from messages m join message_customers mc on mc.message_id = m.id join customers c on c.id = mc.customer_id where c.slug = '$SLUG' order by m.date desc limit 1")
# An index built by search_bench records archive paths but writes no files: give the viewed
# message its file, made of what the index holds, so the view reads and parses a real message.
ROOT=$(dirname "$(dirname "$INDEX")")
FILE=$ROOT/$(sql "select path from message_files where message_id = $MESSAGE order by rowid limit 1")
if [ ! -f "$FILE" ]; then
  mkdir -p "$(dirname "$FILE")"
  sql "select 'From: ' || m.from_addr || char(13,10) || 'To: sales@hengda-valves.com' || char(13,10)
       || 'Subject: ' || m.subject || char(13,10) || 'Message-ID: <' || m.message_id || '>' || char(13,10)
       || 'MIME-Version: 1.0' || char(13,10) || 'Content-Type: text/plain; charset=utf-8'
       || char(13,10,13,10) || replace(t.c1, char(10), char(13,10))
       from messages m join search_text_content t on t.id = m.search_key where m.id = $MESSAGE" > "$FILE"
fi

LOGS=$(mktemp -d "$OUT/web-results-$(date +%Y%m%d-%H%M%S).XXXX")
PIDS=()
cleanup_bench() {
  local pid
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ "$POSTGRESQL" = yes ] && postgres_stop
  return 0
}
trap cleanup_bench EXIT
if [ "$POSTGRESQL" = yes ]; then
  source "$REPO/tests/support/postgres.sh"
  postgres_installed || die "PostgreSQL 15 is not installed (postgresql-15, postgresql-15-rum)"
  postgres_start >/dev/null || die "PostgreSQL did not start"
  log "copying the index to PostgreSQL"
  nice "$MC" -c "$CONFIG" index copy --to "$POSTGRES_URL" > "$LOGS/copy.txt" 2>&1 ||
    die "index copy --to: $(tail -3 "$LOGS/copy.txt")"
  PG_CONFIG=$LOGS/pg.toml
  # The same config, its relative paths resolved where it lives, with [index] on PostgreSQL.
  sed "s|^root = \"\([^/]\)|root = \"$(dirname "$CONFIG")/\1|" "$CONFIG" > "$PG_CONFIG"
  printf '\n[index]\nbackend = "postgresql"\nurl = "%s"\n' "$POSTGRES_URL" >> "$PG_CONFIG"
fi

# serve NAME CONFIG: `mailclerk web` on a free port; sets PID and BASE.
serve() {
  "$MC" -c "$2" web --listen 127.0.0.1:0 > "$LOGS/$1.out" 2> "$LOGS/$1.err" &
  PID=$!
  PIDS+=("$PID")
  local port=""
  for _ in $(seq 1 100); do
    port=$(awk '/^listening on/{print $3}' "$LOGS/$1.out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || die "mailclerk web ($1) did not start: $(cat "$LOGS/$1.err")"
  BASE=http://127.0.0.1:$port
}

session_of() { # USER -> the mc_session cookie after logging in
  local jar=$LOGS/$1.jar token
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$token" --data-urlencode "user=$1" \
    -d "password=bench-password-1" "$BASE/login"
  awk '$6 == "mc_session" {print $7}' "$jar"
}

cat > "$LOGS/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

# CPU seconds (user + system) of a process and its children so far.
cpu_of() { awk '{printf "%.2f", ($14 + $15 + $16 + $17) / 100}' "/proc/$1/stat"; }
# The PostgreSQL server's CPU seconds so far, 0 without one: the postmaster's own and its reaped
# children's (backends that ended, autovacuum workers), plus its live children's.
server_cpu() {
  [ "$BACKEND" = postgresql ] || { echo 0; return; }
  local master pid total
  master=$(head -1 "$POSTGRES_DIR/data/postmaster.pid")
  total=$(cpu_of "$master")
  for pid in $(pgrep -P "$master" || true); do
    [ -r "/proc/$pid/stat" ] && total=$(awk -v t="$total" '{printf "%.2f", t + ($14 + $15) / 100}' "/proc/$pid/stat")
  done
  echo "$total"
}

printf '%-10s %-34s %9s %9s %9s %9s %8s %9s %8s %8s\n' backend page "p50 ms" "p95 ms" "p99 ms" \
  "req/s" errors "RSS MB" "web CPU" "pg CPU" | tee "$LOGS/table.txt"
run() { # NAME COOKIE PATH
  local status web0 pg0
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: mc_session=$2" "$BASE$3")
  [ "$status" = 200 ] || die "$BACKEND $1: $3 answers $status"
  web0=$(cpu_of "$PID")
  pg0=$(server_cpu)
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --timeout 10s -s "$LOGS/report.lua" \
    -H "Cookie: mc_session=$2" "$BASE$3" > "$LOGS/$BACKEND-${1//[^a-z0-9]/_}.txt"
  read -r _ p50 p95 p99 rps total errors < <(grep '^RESULT' "$LOGS/$BACKEND-${1//[^a-z0-9]/_}.txt")
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
  web=$(awk -v a="$web0" -v b="$(cpu_of "$PID")" 'BEGIN {printf "%.1f", b - a}')
  pg=$(awk -v a="$pg0" -v b="$(server_cpu)" 'BEGIN {printf "%.1f", b - a}')
  printf '%-10s %-34s %9s %9s %9s %9.0f %8s %9s %8s %8s\n' "$BACKEND" "$1" "$p50" "$p95" "$p99" \
    "$rps" "$errors" "$rss" "$web" "$pg" | tee -a "$LOGS/table.txt"
}

backends=(sqlite)
[ "$POSTGRESQL" = yes ] && backends+=(postgresql)
for BACKEND in "${backends[@]}"; do
  config=$CONFIG
  [ "$BACKEND" = postgresql ] && config=$PG_CONFIG
  serve "$BACKEND" "$config"
  MANAGER=$(session_of bench-manager)
  REP=$(session_of "$OWNER")
  [ -n "$MANAGER" ] && [ -n "$REP" ] || die "could not log in ($BACKEND)"
  run "search 'valve' (manager)" "$MANAGER" "/search?q=valve"
  run "search '报价' (manager)" "$MANAGER" "/search?q=%E6%8A%A5%E4%BB%B7"
  run "search 'valve' ($OWNER, filtered)" "$REP" "/search?q=valve"
  run "customer page ($SLUG)" "$REP" "/customers/$SLUG"
  run "message view ($MESSAGE)" "$REP" "/messages/$MESSAGE"
  hwm=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
  echo "$BACKEND: peak RSS of mailclerk web ${hwm} MB" | tee -a "$LOGS/table.txt"
  kill "$PID"; wait "$PID" 2>/dev/null || true
done
messages=$(sql "select count(*) from messages")
echo "index: $messages messages; $CONNECTIONS connections, ${SECONDS_PER_PAGE}s per page" | tee -a "$LOGS/table.txt"
log "details in $LOGS"

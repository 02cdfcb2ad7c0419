#!/usr/bin/env bash
# web_bench.sh [--count N] [--seed S] [--seconds D] [--connections C] [--archive CONFIG]
# Page latency of the reps' web page under C concurrent clients (wrk, default 20): search
# (English and Chinese, as a manager and as a rep whose search is filtered to his customers),
# the busiest customer's page, and a message view; p50/p95/p99 and requests/s per page, and the
# RSS of `mailclerk web` meanwhile (VmRSS after each page, VmHWM at the end).
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

COUNT=20000 SEED=1 SECONDS_PER_PAGE=10 CONNECTIONS=20 CONFIG=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --seconds) SECONDS_PER_PAGE=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --archive) CONFIG=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
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
"$MC" -c "$CONFIG" web --listen 127.0.0.1:0 > "$LOGS/web.out" 2> "$LOGS/web.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  PORT=$(awk '/^listening on/{print $3}' "$LOGS/web.out")
  [ -n "$PORT" ] && break
  sleep 0.1
done
[ -n "$PORT" ] || die "mailclerk web did not start: $(cat "$LOGS/web.err")"
BASE=http://127.0.0.1:$PORT

session_of() { # USER -> the mc_session cookie after logging in
  local jar=$LOGS/$1.jar token
  token=$(curl -s -c "$jar" "$BASE/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | grep -o '[0-9a-f]\{64\}')
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf=$token" --data-urlencode "user=$1" \
    -d "password=bench-password-1" "$BASE/login"
  awk '$6 == "mc_session" {print $7}' "$jar"
}
MANAGER=$(session_of bench-manager)
REP=$(session_of "$OWNER")
[ -n "$MANAGER" ] && [ -n "$REP" ] || die "could not log in"

cat > "$LOGS/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

printf '%-34s %9s %9s %9s %9s %8s %9s\n' page "p50 ms" "p95 ms" "p99 ms" "req/s" errors "RSS MB" | tee "$LOGS/table.txt"
run() { # NAME COOKIE PATH
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: mc_session=$2" "$BASE$3")
  [ "$status" = 200 ] || die "$1: $3 answers $status"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_PAGE}s" --timeout 10s -s "$LOGS/report.lua" \
    -H "Cookie: mc_session=$2" "$BASE$3" > "$LOGS/$1.txt"
  read -r _ p50 p95 p99 rps total errors < <(grep '^RESULT' "$LOGS/$1.txt")
  rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
  printf '%-34s %9s %9s %9s %9.0f %8s %9s\n' "$1" "$p50" "$p95" "$p99" "$rps" "$errors" "$rss" | tee -a "$LOGS/table.txt"
}
run "search 'valve' (manager)" "$MANAGER" "/search?q=valve"
run "search '报价' (manager)" "$MANAGER" "/search?q=%E6%8A%A5%E4%BB%B7"
run "search 'valve' ($OWNER, filtered)" "$REP" "/search?q=valve"
run "customer page ($SLUG)" "$REP" "/customers/$SLUG"
run "message view ($MESSAGE)" "$REP" "/messages/$MESSAGE"
hwm=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status")
messages=$(sql "select count(*) from messages")
echo "index: $messages messages; $CONNECTIONS connections, ${SECONDS_PER_PAGE}s per page; peak RSS ${hwm} MB" | tee -a "$LOGS/table.txt"
log "details in $LOGS"

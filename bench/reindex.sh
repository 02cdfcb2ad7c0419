#!/usr/bin/env bash
# reindex.sh [--count N] [--seed S]: import the synthetic corpus once, then time `mailclerk
# reindex` with the index lost (rebuild and rename in) and over a live index (rebuild and swap),
# and `mailclerk backup` of the result. Prints per step seconds, messages/s, CPU seconds (user +
# system: what a loaded machine does not inflate), peak RSS, and the time extrapolated linearly
# to 1,000,000 messages (wall and CPU); raw /usr/bin/time output goes to
# bench/out/reindex-<timestamp>/.
set -euo pipefail
BENCH_NAME=reindex
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
count=20000
seed=1
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) die "unknown option $1 (--count N, --seed S)" ;;
  esac
done
find_mailclerk "the script builds nothing"
[ -x /usr/bin/time ] || apt_install time
out="$REPO/bench/out/reindex-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
corpus="$REPO/bench/out/corpus-$count-s$seed"
if [ ! -d "$corpus/Maildir" ]; then
  log "generating $count messages"
  python3 "$REPO/bench/gen_corpus.py" --count "$count" --seed "$seed" --out "$corpus/Maildir" \
    --config-out "$corpus/mailclerk.toml" >/dev/null
fi
sed "s|^root = .*|root = \"$out/archive\"|" "$corpus/mailclerk.toml" > "$out/mailclerk.toml"
run() { # run NAME ARGS...: one timed mailclerk run
  local name=$1; shift
  /usr/bin/time -v "$MC" -c "$out/mailclerk.toml" "$@" >"$out/$name.out" 2>"$out/$name.time" ||
    { tail -5 "$out/$name.time" >&2; die "$name failed"; }
  set -- $(time_field "$out/$name.time")
  local cpu
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/$name.time")
  printf '%-14s %8.1f s %7.0f msgs/s %8.1f s CPU %6d MB peak RSS   1M: %5.1f h (%4.1f h CPU)\n' \
    "$name" "$1" "$(python3 -c "print($messages / max($1, 0.001))")" "$cpu" "$(($2 / 1024))" \
    "$(python3 -c "print($1 * 1e6 / $messages / 3600)")" "$(python3 -c "print($cpu * 1e6 / $messages / 3600)")"
}
log "importing $count messages into $out/archive"
messages=$count
run import import "$corpus/Maildir"
index="$out/archive/.mailclerk/index.sqlite"
messages=$(sqlite3 "$index" 'select count(*) from messages')
printf 'messages %d, archive %s, index %s; load average %s\n' "$messages" \
  "$(du -sh "$out/archive" | cut -f1)" "$(du -sh "$index" | cut -f1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$index" "$index-wal" "$index-shm"
run reindex-lost reindex
run reindex-live reindex
run backup backup "$out/backup"
"$MC" -c "$out/mailclerk.toml" verify --deep >/dev/null || die "verify --deep after reindex"
rm -rf "$out/archive" "$out/backup"

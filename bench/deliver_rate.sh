#!/usr/bin/env bash
# deliver_rate.sh — issue 19: `mailclerk deliver` messages/s with P concurrent deliveries, as an
# MTA's pipe transport runs them (one process per message, each committing durably).
#
#   bench/deliver_rate.sh [--count N] [--parallel P]
#
# N messages (default 400) from bench/gen_corpus.py, P processes at a time (default 4), into a
# fresh archive; prints messages/s and the exit statuses seen (all must be 0).
set -euo pipefail
BENCH_NAME=deliver_rate
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
# shellcheck source=bench/lib.sh
source "$HERE/lib.sh"
COUNT=400 PARALLEL=4
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --parallel) PARALLEL=$2; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
find_mailclerk "or run from the repository root after scripts/build.sh"
WORK=$(mktemp -d /tmp/deliver-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 "$HERE/gen_corpus.py" --count "$COUNT" --seed 7 --out "$WORK/corpus" >/dev/null
printf '[archive]\nroot = "archive"\nown_domains = ["ourco.example"]\n' > "$WORK/mailclerk.toml"
"$MC" -c "$WORK/mailclerk.toml" status >/dev/null
export MC WORK
start=$(date +%s%N)
find "$WORK/corpus/cur" -type f | xargs -P "$PARALLEL" -I{} sh -c \
  '"$MC" -c "$WORK/mailclerk.toml" deliver --from a@b.example --to c@ourco.example < "$1"; echo $? >> "$WORK/status.$$"' _ {}
end=$(date +%s%N)
statuses=$(cat "$WORK"/status.* | sort | uniq -c | tr -s ' ' | tr '\n' ';')
indexed=$(sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "select count(*) from messages")
awk -v n="$COUNT" -v ns=$((end - start)) -v p="$PARALLEL" -v s="$statuses" -v i="$indexed" 'BEGIN {
  printf "deliver: %d messages, %d at a time: %.1f messages/s (%d indexed; exit statuses:%s)\n", n, p, n / (ns / 1e9), i, s }'

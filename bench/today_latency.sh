#!/usr/bin/env bash
# today_latency.sh — `mailclerk today` as a whole process on the search benchmark's synthetic
# index (bench/search_bench build), for a manager (the whole team) and for one rep. See
# bench/README.md (today).
#
#   bench/today_latency.sh [--count N] [--dir DIR] [--runs R] [--window DAYS] [--keep-users]
#
# The index is built once into DIR (default bench/out/today-N), with the archive files of the
# agenda's window written beside it (what `today` reads back of a reply's text). Every fifth
# customer becomes a key account, ten reps rep0..rep9 own the customers in turn, and `today`
# runs as of the corpus's last day (--at). Prints p50/p95/max wall milliseconds of R runs after
# one warm-up run, and the CPU time of the manager's run (perf stat, when perf is installed):
# on a shared machine wall time follows the load, CPU time the work.
set -euo pipefail
cd "$(dirname "$0")/.."
count=200000 runs=20 window=30 dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --window) window=$2; shift 2 ;;
    *) echo "usage: $0 [--count N] [--dir DIR] [--runs R] [--window DAYS]" >&2; exit 2 ;;
  esac
done
dir=${dir:-bench/out/today-$count}
mc_bin=${MAILCLERK:-build/daemon/mailclerk}
bench_bin=${SEARCH_BENCH:-build/bench/search_bench}
[ -x "$mc_bin" ] && [ -x "$bench_bin" ] ||
  { echo "build first: cmake --build build --target mailclerk search_bench" >&2; exit 1; }

at=$(( 1685577600 + 3 * 365 * 86400 - 86400 )) # the corpus's last day (search_corpus.cpp)
if [ ! -f "$dir/archive/.mailclerk/index.sqlite" ]; then
  mkdir -p "$dir"
  echo "building a $count-message index in $dir (this takes a while)" >&2
  /usr/bin/time -f "build: %e s, %M KB" nice "$bench_bin" build "$dir" "$count"
  nice "$bench_bin" files "$dir" "$count" $(( at - (window + 2) * 86400 ))
fi

# The benchmark's config, with key accounts and the agenda's calendar.
python3 - "$dir/mailclerk.toml" "$dir/today.toml" "$window" <<'PY'
import os, re, sys
text = open(sys.argv[1]).read()
# The index may have been built elsewhere and moved here (--dir): the archive is the one beside it.
root = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "archive")
text = re.sub(r'(?m)^root = ".*"$', 'root = "%s"' % root, text, count=1)
blocks = text.split("\n[[customer]]\n")
out = [blocks[0]]
for i, block in enumerate(blocks[1:]):
    out.append(block + ('category = "key"\n' if i % 5 == 0 else ""))
text = "\n[[customer]]\n".join(out)
text += ('\n[today]\ntimezone = "Asia/Shanghai"\nwindow_days = %s\n' % sys.argv[3])
open(sys.argv[2], "w").write(text)
PY
mc() { "$mc_bin" -c "$dir/today.toml" "$@"; }
if ! mc user list | grep -q '^boss '; then
  for i in $(seq 0 9); do echo "bench-password" | mc user add "rep$i" --role rep >/dev/null; done
  echo "bench-password" | mc user add boss --role manager >/dev/null
fi
iso=$(date -u -d "@$at" +%Y-%m-%dT12:00:00Z)

measure() { # USER
  local i t0 t1 ms=()
  mc today --user "$1" --json --at "$iso" > "$dir/today-$1.json" # warm-up
  for i in $(seq 1 "$runs"); do
    t0=$(date +%s%N)
    mc today --user "$1" --json --at "$iso" > /dev/null
    t1=$(date +%s%N)
    ms+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${ms[@]}" | sort -n | awk -v who="$1" -v items="$(python3 -c "import json;print(len(json.load(open('$dir/today-$1.json'))['items']))")" '
    { v[NR] = $1 }
    END { p50 = v[int(0.5 * (NR - 1) + 1.5)]; p95 = v[int(0.95 * (NR - 1) + 1.5)];
          printf "%-8s %6d items   p50 %5d ms   p95 %5d ms   max %5d ms   (%d runs)\n", who, items, p50, p95, v[NR], NR }'
}
messages=$(sqlite3 "$dir/archive/.mailclerk/index.sqlite" "select count(*) from messages" 2>/dev/null || echo "$count")
in_window=$(sqlite3 "$dir/archive/.mailclerk/index.sqlite" "select count(*) from messages where date >= $(( at + 12 * 3600 - window * 86400 ))" 2>/dev/null || echo "?")
echo "index: $messages messages, $in_window in the $window-day window; as of $iso"
measure boss
measure rep0
if command -v perf >/dev/null; then
  perf stat -r "$runs" -e task-clock "$mc_bin" -c "$dir/today.toml" today --user boss --json --at "$iso" 2>&1 >/dev/null |
    awk '/task-clock/ { printf "boss CPU %.0f ms per run (task-clock, %s runs)\n", $1, '"$runs"' }'
fi

#!/usr/bin/env bash
# postgres_copy.sh --config CONFIG: the index of CONFIG's archive copied into a throwaway
# PostgreSQL 15 (tests/support/postgres.sh, a Unix socket) and back. Prints the copy's seconds,
# rows/s, CPU and peak RSS in both directions, the SQLite file's size beside the PostgreSQL
# schema's (tables, indexes, TOAST), and the tsvector search time of a few terms (p50 over 20
# runs, in-server `EXPLAIN ANALYZE` execution time) beside `mailclerk search` on SQLite. Raw
# /usr/bin/time output goes to bench/out/postgres-copy-<timestamp>/. The archive is not touched;
# the copied-back index goes to a temporary file.
set -euo pipefail
BENCH_NAME=postgres-copy
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
config=""
while [ $# -gt 0 ]; do
  case $1 in
    --config) config=$2; shift 2 ;;
    *) die "unknown option $1 (--config CONFIG)" ;;
  esac
done
[ -n "$config" ] || die "--config CONFIG is required (e.g. the one bench/gen_corpus.py wrote)"
find_mailclerk "the script builds nothing"
[ -x /usr/bin/time ] || apt_install time
source "$REPO/tests/support/postgres.sh"
postgres_installed || apt_install postgresql-15
out="$REPO/bench/out/postgres-copy-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
postgres_start >/dev/null || die "PostgreSQL did not start"
trap postgres_stop EXIT

index=$(python3 - "$config" <<'PY'
import sys, tomllib, pathlib
cfg = tomllib.load(open(sys.argv[1], 'rb'))
root = pathlib.Path(sys.argv[1]).parent / cfg['archive']['root']
print(cfg.get('archive', {}).get('index', root / '.mailclerk' / 'index.sqlite'))
PY
)
[ -f "$index" ] || die "no index at $index"
messages=$(sqlite3 "$index" 'select count(*) from messages')
log "copying $messages messages to PostgreSQL"
/usr/bin/time -v "$MC" -c "$config" index copy --to "$POSTGRES_URL" >"$out/to.txt" 2>"$out/to.time"
read -r to_s to_rss < <(time_field "$out/to.time")
to_cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/to.time")
rows=$(grep -o '([0-9]* rows' "$out/to.txt" | tr -dc 0-9)

pg_bytes=$(postgres_psql -A -t -c "select sum(pg_total_relation_size(c.oid)) from pg_class c
  join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'mailclerk' and c.relkind = 'r'")
sqlite_bytes=$(stat -c %s "$index")

# Search: in-server execution of the tsvector match, newest first, a page of 50.
search_ms() {
  local i
  for i in $(seq 20); do
    postgres_psql -A -t -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT rowid FROM mailclerk.search_text_terms
      WHERE terms @@ quote_literal('$1')::tsquery ORDER BY rowid DESC LIMIT 50" |
      python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'
  done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
printf '%s\n' "term | PostgreSQL p50 ms (in server) | matches" > "$out/search.txt"
for term in quotation 报价 valve dn50 invoice; do
  matches=$(postgres_psql -A -t -c "select count(*) from mailclerk.search_text_terms where terms @@ quote_literal('$term')::tsquery")
  printf '%s | %s | %s\n' "$term" "$(search_ms "$term")" "$matches" >> "$out/search.txt"
done

back=$(mktemp -d)
sed "s|^\\[archive\\]|[archive]\\nindex = \"$back/index.sqlite\"|" "$config" > "$back/config.toml"
sed -i "s|^root = \"\([^/]\)|root = \"$(dirname "$(realpath "$config")")/\1|" "$back/config.toml"
/usr/bin/time -v "$MC" -c "$back/config.toml" index copy --from "$POSTGRES_URL" >"$out/from.txt" 2>"$out/from.time" ||
  { cat "$out/from.time" >&2; die "copy back failed"; }
read -r from_s from_rss < <(time_field "$out/from.time")
from_cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/from.time")
rm -rf "$back"

echo "messages: $messages, rows: $rows, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "index copy --to:   ${to_s} s wall, ${to_cpu} s CPU, $((to_rss / 1024)) MB peak RSS"
echo "index copy --from: ${from_s} s wall, ${from_cpu} s CPU, $((from_rss / 1024)) MB peak RSS"
echo "size: SQLite $((sqlite_bytes / 1048576)) MB, PostgreSQL $((pg_bytes / 1048576)) MB"
cat "$out/search.txt"

#!/usr/bin/env bash
# postgres_search.sh --dir DIR [--runs N] [--pg-dir PGDIR] [--terms-index rum|gin]: the search
# benchmark's index of DIR (as `search_bench build`, scale_index or today_latency.sh left it:
# DIR/archive/.mailclerk/index.sqlite) in SQLite and in a PostgreSQL 15 (tests/support/postgres.sh, Unix socket), side by side:
#   - `index copy --to` (rows first, indexes built after the load): wall and CPU seconds of
#     mailclerk and of the server, peak RSS;
#   - size on disk: the SQLite file beside the schema's tables, indexes and TOAST;
#   - the 200 benchmark queries (bench/search_corpus.cpp) in-process, first page of 50, newest
#     first: p50/p95/max per query group, after one warm-up pass, and whether both backends
#     give the same ids and totals (search_bench compare).
# DIR is never written: the index is copied to a temporary directory first. Without --pg-dir
# the cluster is thrown away at the end; with it, the cluster is kept in PGDIR and a second run
# reuses it (no copy, so only the searches are timed again). --terms-index is passed to `index
# copy` (default: RUM where it can be created). Heavy steps run under `nice`.
# Per-query times and raw /usr/bin/time output go to bench/out/postgres-search-<timestamp>/.
set -euo pipefail
BENCH_NAME=postgres-search
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
dir="" runs=3 pg_dir="" terms=()
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --pg-dir) pg_dir=$2; shift 2 ;;
    --terms-index) terms=(--terms-index "$2"); shift 2 ;;
    *) die "unknown option $1 (--dir DIR [--runs N] [--pg-dir PGDIR] [--terms-index rum|gin])" ;;
  esac
done
[ -n "$dir" ] || die "--dir DIR is required (a search_bench build DIR COUNT)"
[ -f "$dir/archive/.mailclerk/index.sqlite" ] || die "no index at $dir/archive/.mailclerk/index.sqlite"
find_mailclerk "the script builds nothing"
SB=${SEARCH_BENCH:-$(dirname "$MC")/../bench/search_bench}
[ -x "$SB" ] || die "search_bench not found at $SB (cmake --build build --target search_bench)"
[ -x /usr/bin/time ] || apt_install time
source "$REPO/tests/support/postgres.sh"
postgres_installed || apt_install postgresql-15 postgresql-15-rum
out="$REPO/bench/out/postgres-search-$(date +%Y%m%d-%H%M%S)"
work=$(mktemp -d /tmp/mailclerk-pgsearch.XXXXXX)
mkdir -p "$out" "$work/archive/.mailclerk"

copy=yes
if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
  postgres_resume "$pg_dir" || die "PostgreSQL did not start in $pg_dir"
  copy=no
  trap 'postgres_pause; rm -rf "$work"' EXIT
elif [ -n "$pg_dir" ]; then
  postgres_start "$pg_dir" >/dev/null || die "PostgreSQL did not start"
  trap 'postgres_pause; rm -rf "$work"' EXIT
else
  postgres_start >/dev/null || die "PostgreSQL did not start"
  trap 'postgres_stop; rm -rf "$work"' EXIT
fi

sqlite3 "$dir/archive/.mailclerk/index.sqlite" ".backup '$work/archive/.mailclerk/index.sqlite'"
printf '[archive]\nroot = "%s"\n' "$work/archive" > "$work/mailclerk.toml"
messages=$(sqlite3 "$work/archive/.mailclerk/index.sqlite" 'select count(*) from messages')

if [ "$copy" = yes ]; then
  log "copying $messages messages to PostgreSQL (rows, then indexes)"
  before=$(postgres_server_cpu)
  nice /usr/bin/time -v "$MC" -c "$work/mailclerk.toml" index copy --to "$POSTGRES_URL" \
    "${terms[@]}" > "$out/copy.txt" 2> "$out/copy.time" || { tail -n 30 "$out/copy.time" >&2; die "index copy failed"; }
  sleep 1 # the server's backend is reaped (its CPU counted) once the connection has closed
  after=$(postgres_server_cpu)
  read -r copy_s copy_rss copy_cpu < <(time_field "$out/copy.time")
  server_cpu=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')
  printf 'index copy --to: %.0f s wall, mailclerk %s s CPU, server %s s CPU, peak RSS %d MB\n' \
    "$copy_s" "$copy_cpu" "$server_cpu" "$((copy_rss / 1024))" > "$out/copy-summary.txt"
  grep -E 'index copy: building' "$out/copy.time" > "$out/copy-steps.txt" || true
  nice psql -X -q "$POSTGRES_URL" -c 'VACUUM ANALYZE' >/dev/null
else
  echo "index copy --to: not run (the cluster in $pg_dir was reused)" > "$out/copy-summary.txt"
fi
terms_index=$(postgres_psql -A -t -c "select value from mailclerk.meta where key = 'terms_index'")
pg_bytes=$(postgres_psql -A -t -c "select sum(pg_total_relation_size(c.oid)) from pg_class c
  join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'mailclerk' and c.relkind = 'r'")
terms_bytes=$(postgres_psql -A -t -c "select pg_indexes_size('mailclerk.search_text_terms')")
sqlite_bytes=$(stat -c %s "$work/archive/.mailclerk/index.sqlite")

log "the same answers on both backends (search_bench compare)"
"$SB" compare "$work" "$POSTGRES_URL" 1 50 > "$out/compare.txt" || true
log "SQLite, $runs runs after a warm-up"
nice /usr/bin/time -v "$SB" run "$work" 1 "$runs" 50 > "$out/sqlite.txt" 2> "$out/sqlite.time"
log "PostgreSQL ($terms_index), $runs runs after a warm-up"
before=$(postgres_server_cpu)
nice /usr/bin/time -v "$SB" run-pg "$work" "$POSTGRES_URL" 1 "$runs" 50 > "$out/postgresql.txt" \
  2> "$out/postgresql.time"
sleep 1
after=$(postgres_server_cpu)
cp "$work"/latency-*.csv "$out/"
read -r _ _ sqlite_cpu < <(time_field "$out/sqlite.time")
read -r _ _ pg_client_cpu < <(time_field "$out/postgresql.time")
pg_server_cpu=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')
{
  echo "$messages messages, first page of 50, $runs runs; PostgreSQL terms index: $terms_index;"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$out/copy-summary.txt"
  echo "size: SQLite $((sqlite_bytes / 1048576)) MB, PostgreSQL $((pg_bytes / 1048576)) MB" \
    "(terms index $((terms_bytes / 1048576)) MB)"
  tail -n 1 "$out/compare.txt"
  echo "== SQLite (search CPU: $sqlite_cpu s)"; cat "$out/sqlite.txt"
  echo "== PostgreSQL (search CPU: client $pg_client_cpu s, server $pg_server_cpu s)"
  cat "$out/postgresql.txt"
} | tee "$out/summary.txt"

#!/usr/bin/env bash
# postgres_search.sh --dir DIR [--runs N]: the 200 benchmark queries (bench/search_corpus.cpp)
# in-process, first page of 50, on the SQLite index of DIR (as `search_bench build` or
# gen_corpus.py left it: DIR/archive/.mailclerk/index.sqlite) and on its copy in a throwaway
# PostgreSQL 15 (tests/support/postgres.sh, Unix socket): p50/p95/max per query group, side by
# side. DIR is never written: the index is copied to a temporary directory first. Per-query
# times go to bench/out/postgres-search-<timestamp>/.
set -euo pipefail
BENCH_NAME=postgres-search
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
dir="" runs=3
while [ $# -gt 0 ]; do
  case $1 in
    --dir) dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) die "unknown option $1 (--dir DIR [--runs N])" ;;
  esac
done
[ -n "$dir" ] || die "--dir DIR is required (a search_bench build DIR COUNT)"
[ -f "$dir/archive/.mailclerk/index.sqlite" ] || die "no index at $dir/archive/.mailclerk/index.sqlite"
find_mailclerk "the script builds nothing"
SB=${SEARCH_BENCH:-$(dirname "$MC")/../bench/search_bench}
[ -x "$SB" ] || die "search_bench not found at $SB (cmake --build build --target search_bench)"
source "$REPO/tests/support/postgres.sh"
postgres_installed || apt_install postgresql-15 postgresql-15-rum
out="$REPO/bench/out/postgres-search-$(date +%Y%m%d-%H%M%S)"
work=$(mktemp -d /tmp/mailclerk-pgsearch.XXXXXX)
mkdir -p "$out" "$work/archive/.mailclerk"
postgres_start >/dev/null || die "PostgreSQL did not start"
trap 'postgres_stop; rm -rf "$work"' EXIT

sqlite3 "$dir/archive/.mailclerk/index.sqlite" ".backup '$work/archive/.mailclerk/index.sqlite'"
printf '[archive]\nroot = "%s"\n' "$work/archive" > "$work/mailclerk.toml"
messages=$(sqlite3 "$work/archive/.mailclerk/index.sqlite" 'select count(*) from messages')
log "copying $messages messages to PostgreSQL"
"$MC" -c "$work/mailclerk.toml" index copy --to "$POSTGRES_URL" > "$out/copy.txt" 2>&1 ||
  { cat "$out/copy.txt" >&2; die "index copy failed"; }
postgres_psql -c 'VACUUM ANALYZE' >/dev/null
terms_index=$(postgres_psql -A -t -c "select value from mailclerk.meta where key = 'terms_index'")

log "SQLite, $runs runs after a warm-up"
"$SB" run "$work" 1 "$runs" 50 > "$out/sqlite.txt"
log "PostgreSQL ($terms_index), $runs runs after a warm-up"
"$SB" run-pg "$work" "$POSTGRES_URL" 1 "$runs" 50 > "$out/postgresql.txt"
cp "$work"/latency-*.csv "$out/"
{
  echo "$messages messages, first page of 50, $runs runs; PostgreSQL terms index: $terms_index"
  echo "== SQLite"; cat "$out/sqlite.txt"
  echo "== PostgreSQL"; cat "$out/postgresql.txt"
} | tee "$out/summary.txt"

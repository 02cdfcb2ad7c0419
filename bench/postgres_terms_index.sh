#!/usr/bin/env bash
# postgres_terms_index.sh [--count N] [--rows R]: what one message's search terms cost the
# PostgreSQL server to write, by the index on search_text_terms. A synthetic corpus
# (bench/gen_corpus.py, default 600 messages, seed 1) is imported with [index] backend =
# "postgresql" into a throwaway PostgreSQL 15 (tests/support/postgres.sh, fsync on); then R of
# its rows (default 100) are inserted again, in one transaction rolled back each time, under
# RUM (rum_tsvector_addon_ops with the rowid attached, what the index uses where RUM exists),
# GIN with its pending list (fastupdate on, PostgreSQL's default), GIN without it, and no index.
# The server's own statement timings (pg_stat_statements) of the import are printed beside:
# where the import's server CPU goes.
set -euo pipefail
BENCH_NAME=postgres-terms-index
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
count=600 rows=100
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    *) die "unknown option $1 (--count N --rows R)" ;;
  esac
done
find_mailclerk "the script builds nothing"
source "$REPO/tests/support/postgres.sh"
postgres_installed || apt_install postgresql-15
work=$(mktemp -d /tmp/mailclerk-pg-terms.XXXXXX)
postgres_start >/dev/null || die "PostgreSQL did not start"
trap 'postgres_stop; rm -rf "$work"' EXIT
# pg_stat_statements is loaded at start: a restart with it preloaded.
echo "shared_preload_libraries = 'pg_stat_statements'" >> "$POSTGRES_DIR/data/postgresql.conf"
_postgres_as_owner "$_POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_LOG" -w -t 60 \
  -o "-c listen_addresses='' -c unix_socket_directories='$POSTGRES_DIR' -c fsync=on" \
  restart >/dev/null || die "PostgreSQL did not restart with pg_stat_statements"
postgres_psql -c 'CREATE EXTENSION pg_stat_statements'

log "importing $count messages"
python3 "$REPO/bench/gen_corpus.py" --count "$count" --seed 1 --out "$work/corpus" \
  --config-out "$work/mailclerk.toml" >/dev/null
printf '\n[index]\nbackend = "postgresql"\nurl = "%s"\n' "$POSTGRES_URL" >> "$work/mailclerk.toml"
"$MC" -c "$work/mailclerk.toml" import "$work/corpus" >/dev/null 2>&1 || die "the import failed"
echo "the import's statements by server time (ms, calls, ms per call):"
postgres_psql -A -F ' | ' -t -c "SELECT round(total_exec_time), calls,
  round((total_exec_time / calls)::numeric, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 70)
  FROM pg_stat_statements WHERE query ~* '^(insert|update|select)' ORDER BY total_exec_time DESC
  LIMIT 8"

index=$(postgres_psql -A -t -c "SELECT indexname FROM pg_indexes WHERE schemaname = 'mailclerk'
  AND tablename = 'search_text_terms' AND indexdef ~ '(rum|gin)'")
[ -n "$index" ] || die "no terms index on search_text_terms"
# insert_ms CREATE: the server's milliseconds for R rows with the terms index replaced by CREATE.
insert_ms() {
  postgres_psql -A -t <<SQL | tail -n 1
SET search_path = mailclerk;
CREATE TEMP TABLE IF NOT EXISTS sample AS
  SELECT rowid, terms FROM search_text_terms ORDER BY rowid LIMIT $rows;
BEGIN;
DROP INDEX $index;
$1
CREATE TEMP TABLE started AS SELECT clock_timestamp() AS at;
INSERT INTO search_text_terms SELECT rowid + 1000000000000, terms FROM sample;
SELECT round(extract(epoch FROM clock_timestamp() - at) * 1000) FROM started;
ROLLBACK;
SQL
}
avg=$(postgres_psql -A -t -c "SELECT pg_size_pretty(avg(pg_column_size(terms))::bigint)
  FROM (SELECT terms FROM mailclerk.search_text_terms ORDER BY rowid LIMIT $rows) s")
{
  echo "terms index | ms for $rows rows ($avg of terms each) | ms per row"
  for kind in rum gin-fastupdate gin-no-fastupdate none; do
    case $kind in
      rum) create="CREATE INDEX t ON search_text_terms USING rum (terms rum_tsvector_addon_ops, rowid) WITH (attach = 'rowid', to = 'terms');" ;;
      gin-fastupdate) create="CREATE INDEX t ON search_text_terms USING gin (terms);" ;;
      gin-no-fastupdate) create="CREATE INDEX t ON search_text_terms USING gin (terms) WITH (fastupdate = off);" ;;
      none) create="" ;;
    esac
    ms=$(insert_ms "$create")
    printf '%s | %s | %s\n' "$kind" "$ms" "$(awk -v m="$ms" -v r="$rows" 'BEGIN { printf "%.1f", m / r }')"
  done
} | tee "$work/summary.txt"

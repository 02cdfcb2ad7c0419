#!/usr/bin/env bash
# postgres_import.sh [--count N] [--seed S] [--workers W] [--batch B]: the same synthetic corpus
# (bench/gen_corpus.py, default 5,000 messages, seed 1) imported into the SQLite index and, with
# [index] backend = "postgresql", into a throwaway PostgreSQL 15 (tests/support/postgres.sh, a
# Unix socket, fsync on), side by side: wall seconds, messages/s, CPU seconds and peak RSS of
# `mailclerk import`, and the size of each index (SQLite file vs the schema's tables, indexes and
# TOAST). One run each; raw /usr/bin/time output goes to bench/out/postgres-import-<timestamp>/.
# The PostgreSQL server's own CPU is not in the mailclerk process's numbers: it is read from the
# server process group's /proc times before and after and printed beside them.
set -euo pipefail
BENCH_NAME=postgres-import
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
count=5000 seed=1 workers=2 batch=500
while [ $# -gt 0 ]; do
  case $1 in
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --batch) batch=$2; shift 2 ;;
    *) die "unknown option $1 (--count N --seed S --workers W --batch B)" ;;
  esac
done
find_mailclerk "the script builds nothing"
[ -x /usr/bin/time ] || apt_install time
source "$REPO/tests/support/postgres.sh"
postgres_installed || apt_install postgresql-15
out="$REPO/bench/out/postgres-import-$(date +%Y%m%d-%H%M%S)"
work=$(mktemp -d /tmp/mailclerk-pg-import.XXXXXX)
mkdir -p "$out" "$work/sqlite"
postgres_start >/dev/null || die "PostgreSQL did not start"
trap 'postgres_stop; rm -rf "$work"' EXIT

log "generating $count messages (seed $seed)"
python3 "$REPO/bench/gen_corpus.py" --count "$count" --seed "$seed" --out "$work/corpus" \
  --config-out "$work/sqlite/mailclerk.toml" >/dev/null
mkdir -p "$work/pg"
cp "$work/sqlite/mailclerk.toml" "$work/pg/mailclerk.toml"
printf '\n[index]\nbackend = "postgresql"\nurl = "%s"\n' "$POSTGRES_URL" >> "$work/pg/mailclerk.toml"

run_import() { # NAME
  local before after
  before=$(postgres_server_cpu)
  /usr/bin/time -v "$MC" -c "$work/$1/mailclerk.toml" import --workers "$workers" \
    --batch "$batch" "$work/corpus" >"$out/$1.txt" 2>"$out/$1.time" ||
    { tail -n 20 "$out/$1.time" >&2; die "import into $1 failed"; }
  after=$(postgres_server_cpu)
  read -r secs rss cpu < <(time_field "$out/$1.time")
  server=$(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }')
  [ "$1" = sqlite ] && server="-"
  printf '%s | %.1f | %.0f | %.1f | %s | %.0f\n' "$1" "$secs" "$(awk -v n="$count" -v s="$secs" 'BEGIN { print n / s }')" \
    "$cpu" "$server" "$((rss / 1024))"
}

log "importing into SQLite, then PostgreSQL (--workers $workers --batch $batch)"
{
  echo "backend | wall s | msg/s | mailclerk CPU s | server CPU s | peak RSS MB"
  run_import sqlite
  run_import pg
} | tee "$out/summary.txt"
sqlite_bytes=$(stat -c %s "$work/sqlite/archive/.mailclerk/index.sqlite")
pg_bytes=$(postgres_psql -A -t -c "select sum(pg_total_relation_size(c.oid)) from pg_class c
  join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'mailclerk' and c.relkind = 'r'")
pg_messages=$(postgres_psql -A -t -c 'select count(*) from mailclerk.messages')
lite_messages=$(sqlite3 "$work/sqlite/archive/.mailclerk/index.sqlite" 'select count(*) from messages')
{
  echo "messages indexed: SQLite $lite_messages, PostgreSQL $pg_messages"
  echo "index size: SQLite $((sqlite_bytes / 1048576)) MB, PostgreSQL $((pg_bytes / 1048576)) MB"
} | tee -a "$out/summary.txt"
[ "$pg_messages" = "$lite_messages" ] || die "the two imports indexed different numbers of messages"
log "raw output in $out"

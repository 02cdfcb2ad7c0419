#!/usr/bin/env bash
# same_output.sh — do two mailclerk binaries understand and index the same mail identically?
#
#   bench/same_output.sh BEFORE AFTER SET_DIR|MAILDIR [CONFIG]
#
# For a price set (a directory with mails/*.eml and mailclerk.toml, e.g. bench/price_eval or
# bench/price_eval/holdout) or a Maildir (with CONFIG, e.g. a bench/gen_corpus.py corpus): every
# message through `inspect --json` (kind, customers, attachment kinds, price items), then the
# whole set imported by each binary into its own archive and compared: `prices SLUG --json` of
# every customer, `customers --json`, and the index's message, attachment and price rows.
# Prints the first differences and exits 1 when there are any. Used to prove that a speed-up
# changes no output (issue 18: the gate before price extraction).
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
BEFORE=$(realpath "$1") AFTER=$(realpath "$2") SET=$(realpath "$3") CONFIG=${4:-}
if [ -d "$SET/mails" ]; then
  FILES=$(find "$SET/mails" -name '*.eml' | sort) CONFIG=${CONFIG:-$SET/mailclerk.toml} SOURCE=$SET/mails
else
  FILES=$(find "$SET/cur" -type f | sort) SOURCE=$SET
fi
[ -n "$CONFIG" ] || { echo "same_output: a Maildir needs CONFIG" >&2; exit 2; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

run() {  # run NAME BIN: everything NAME's binary says about the set, under $WORK/NAME
  local name=$1 bin=$2 d=$WORK/$1
  mkdir -p "$d"
  sed "s|^root = .*|root = \"$d/archive\"|" "$CONFIG" > "$d/mailclerk.toml"
  # inspect writes nothing; its "file" field names the path, the same for both.
  echo "$FILES" | xargs -d '\n' -n 200 "$bin" -c "$d/mailclerk.toml" inspect --json > "$d/inspect.jsonl"
  "$bin" -c "$d/mailclerk.toml" import "$SOURCE" > "$d/import.log" 2>&1
  "$bin" -c "$d/mailclerk.toml" customers --json > "$d/customers.json"
  : > "$d/prices.json"
  for slug in $(grep -o '^slug = "[^"]*"' "$CONFIG" | cut -d'"' -f2); do
    "$bin" -c "$d/mailclerk.toml" prices "$slug" --json >> "$d/prices.json" 2>&1 || true
  done
  local db; db=$(find "$d/archive" -name '*.sqlite*' -o -name '*.db' | grep -v -- '-wal\|-shm' | head -1)
  # The rows of every table but the full-text ones, in a fixed order.
  for t in $(sqlite3 "$db" "select name from sqlite_master where type='table' and sql not like '%fts5%' and name not like '%fts%' and name not like 'sqlite_%' order by name"); do
    echo "== $t"
    sqlite3 -json "$db" "select * from \"$t\" order by 1,2" 2>/dev/null |
      sed -E 's/"(imported_at|added_at|created_at|updated_at|seen_at|first_seen|last_seen|at)":[0-9.]+/"\1":0/g'
  done > "$d/tables.json"
}

run before "$BEFORE"
run after "$AFTER"
status=0
for f in inspect.jsonl customers.json prices.json tables.json; do
  if cmp -s "$WORK/before/$f" "$WORK/after/$f"; then
    printf 'same       %-16s %8d lines\n' "$f" "$(wc -l < "$WORK/before/$f")"
  else
    printf 'DIFFERENT  %s\n' "$f"; diff "$WORK/before/$f" "$WORK/after/$f" | head -20; status=1
  fi
done
items=$(grep -o '"unit_price"' "$WORK/after/inspect.jsonl" | wc -l)
echo "price items seen by inspect: $items; messages: $(wc -l < "$WORK/after/inspect.jsonl")"
exit $status

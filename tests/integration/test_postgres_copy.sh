#!/usr/bin/env bash
# labels: sanitize (libpq handles and COPY buffers: the sanitizer pass runs it)
# Issue 23: `mailclerk index copy --to postgresql://…` puts the SQLite index into a real
# PostgreSQL 15 (started here on a Unix socket) — same rows, ids and insertion order, search
# terms from our own tokenizer as a tsvector — and `--from` brings it back into an SQLite index
# that answers search, prices and verify exactly as the original did.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/postgres.sh"
command -v sqlite3 >/dev/null || missing "sqlite3 not installed"
postgres_installed || missing "PostgreSQL 15 (postgresql-15) not installed"
trap 'status=$?; postgres_stop; (exit $status); cleanup' EXIT
postgres_start >/dev/null || fail "PostgreSQL did not start"

cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/mailclerk.toml"
index="$WORK/archive/.mailclerk/index.sqlite"
mc import "$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" \
  "$SOURCE_DIR/samples/mail/archive.mbox" >/dev/null 2>&1 || fail "import"
mc customer add "New Co" --domain newco.cn >/dev/null 2>&1 || fail "customer add"
echo 'pw-alice-1' | mc user add alice --role manager >/dev/null 2>&1 || fail "user add"

out=$(mc index copy --to "$POSTGRES_URL" 2>/dev/null) || fail "index copy --to"
messages=$(sqlite3 "$index" 'select count(*) from messages')
expect_contains "$out" "copied $messages messages" "copy summary"

# Every table the same, row for row (rowid order where SQLite keeps one).
sq() { sqlite3 -separator '|' "$1" "$2"; }
pq() { postgres_psql -A -t -F '|' -c "SET search_path = mailclerk; $1"; }
tables="customers customer_domains customer_addresses contacts messages message_files
  message_sources message_customers message_addresses attachments sync_state price_items users
  customer_events"
for table in $tables; do
  expect_eq "$(pq "select count(*) from $table")" "$(sq "$index" "select count(*) from $table")" \
    "rows of $table"
done
diff <(sq "$index" 'select id, slug, name, category, grade, owner from customers order by id') \
  <(pq 'select id, slug, name, category, grade, owner from customers order by id') >&2 ||
  fail "customers differ"
diff <(sq "$index" 'select rowid, message_id, customer_id from message_customers order by rowid') \
  <(pq 'select rowid, message_id, customer_id from message_customers order by rowid') >&2 ||
  fail "message_customers (and their order) differ"
diff <(sq "$index" 'select id, product, unit_price, currency, unit, status from price_items order by id') \
  <(pq 'select id, product, unit_price, currency, unit, status from price_items order by id') >&2 ||
  fail "price items differ"
expect_eq "$(pq "select value from meta where key = 'schema_version'")" \
  "$(sq "$index" 'PRAGMA user_version')" "schema version recorded"
pass "index copy --to: every table, row for row"

# Search terms are our tokenizer's: a CJK word (its bigram), a Latin word and a model code find
# in PostgreSQL what they find in SQLite.
search_count() { mc search "$1" --limit 1000 --json | json 'len(d["results"])'; }
for term in 报价 valve dn50; do
  expect_eq "$(pq "select count(*) from search_text_terms where terms @@ quote_literal('$term')::tsquery")" \
    "$(search_count "$term")" "messages matching $term"
done
[ "$(search_count 报价)" -gt 0 ] || fail "the sample has no 报价 (the check above proves nothing)"
# A new row gets the next id: identity columns continue after the copied ones.
pq "insert into customers (slug) values ('pg-new') returning id" | head -n 1 > "$WORK/newid"
expect_eq "$(cat "$WORK/newid")" "$(( $(sq "$index" 'select max(id) from customers') + 1 ))" \
  "identity continues after the copied ids"
pq "delete from customers where slug = 'pg-new'" >/dev/null
pass "search terms and identities in PostgreSQL"

set +e; err=$(mc index copy --to "$POSTGRES_URL" 2>&1); status=$?; set -e
[ "$status" -ne 0 ] || fail "a second copy over an existing index succeeded"
expect_contains "$err" "already holds a mailclerk index" "refusal says why"
mc index copy --to "$POSTGRES_URL" --replace >/dev/null || fail "copy --replace"
pass "an index in PostgreSQL is replaced only when asked"

# The terms index as asked: GIN where RUM could be made; the readers follow meta.terms_index.
terms_am() { pq "select am.amname from pg_index i join pg_class c on c.oid = i.indexrelid
  join pg_am am on am.oid = c.relam where i.indrelid = 'search_text_terms'::regclass and not i.indisprimary"; }
default_am=$(terms_am)
mc index copy --to "$POSTGRES_URL" --replace --terms-index gin >/dev/null 2>&1 || fail "copy --terms-index gin"
expect_eq "$(terms_am)" gin "--terms-index gin builds GIN"
expect_eq "$(pq "select value from meta where key = 'terms_index'")" gin "meta names GIN"
expect_eq "$(pq "select count(*) from search_text_terms where terms @@ quote_literal('报价')::tsquery")" \
  "$(search_count 报价)" "GIN finds what SQLite finds"
set +e; err=$(mc index copy --to "$POSTGRES_URL" --replace --terms-index btree 2>&1); status=$?; set -e
[ "$status" -ne 0 ] || fail "--terms-index btree was taken"
expect_eq "$(terms_am)" gin "a refused copy leaves the index as it was"
set +e; err=$(mc index copy --from "$POSTGRES_URL" --terms-index gin 2>&1); status=$?; set -e
[ "$status" -ne 0 ] || fail "--terms-index with --from was taken"
mc index copy --to "$POSTGRES_URL" --replace >/dev/null 2>&1 || fail "copy --replace (default index)"
expect_eq "$(terms_am)" "$default_am" "the default again without --terms-index"
pass "index copy --terms-index builds the index asked for"

# Back into SQLite: a new file first (no index there), then over a live one (--replace).
dump() {
  for table in $tables; do
    echo "== $table"
    # Rowid order (insertion) where the table has one; WITHOUT ROWID tables by key.
    sq "$1" "select * from $table order by rowid" 2>/dev/null || sq "$1" "select * from $table order by 1, 2"
  done
  echo "== search_text (its content table: the sqlite3 shell lacks our tokenizer)"
  sq "$1" "select id, c0, c1, c2, c3 from search_text_content order by id"
}
dump "$index" > "$WORK/before.txt"
mc search valve --json > "$WORK/search-before.json"
mc prices acme --json > "$WORK/prices-before.json"
mv "$index" "$WORK/index.orig"
rm -f "$index-wal" "$index-shm"
mc index copy --from "$POSTGRES_URL" >/dev/null 2>&1 || fail "index copy --from"
dump "$index" > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "the index copied back differs"
mc search valve --json | diff - "$WORK/search-before.json" >&2 || fail "search differs"
mc prices acme --json | diff - "$WORK/prices-before.json" >&2 || fail "prices differ"
mc verify >/dev/null || fail "verify after copying back"
set +e; mc index copy --from "$POSTGRES_URL" >/dev/null 2>&1; status=$?; set -e
[ "$status" -ne 0 ] || fail "copy --from over an existing index without --replace"
mc index copy --from "$POSTGRES_URL" --replace >/dev/null 2>&1 || fail "copy --from --replace"
dump "$index" | diff -u "$WORK/before.txt" - >&2 || fail "the index replaced in place differs"
pass "index copy --from: the same index, search, prices and verify"

set +e; err=$(mc index copy --to "postgresql:///nosuchdb?host=$POSTGRES_DIR&user=mailclerk" 2>&1)
status=$?; set -e
[ "$status" -ne 0 ] || fail "copy to a database that does not exist succeeded"
expect_contains "$err" "cannot connect" "a connection failure is named"
pass "a database that is not there is a clear error"

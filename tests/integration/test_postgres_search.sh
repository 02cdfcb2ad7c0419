#!/usr/bin/env bash
# Not in the sanitizer pass: its 3,000-message corpus takes ~3 minutes there. libpq's handles
# are checked there by test_postgres_copy, the query translation by the unit tests.
# Issue 23, the read path: an index copied to a real PostgreSQL 15 (started here on a Unix
# socket) answers `mailclerk search`, `history` and `prices` with [index] backend = "postgresql"
# exactly as the SQLite index it came from — the 200 benchmark queries over the synthetic corpus
# (bench/search_corpus.cpp) give the same messages in the same order and the same totals; the
# sample mail gives the same hits (snippets, attachments), histories and price lists. Commands
# PostgreSQL cannot answer yet say so, naming themselves, and never read the SQLite file.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/postgres.sh"
postgres_installed || missing "PostgreSQL 15 (postgresql-15) not installed"
: "${SEARCH_BENCH:=$(dirname "$MAILCLERK")/../bench/search_bench}"
[ -x "$SEARCH_BENCH" ] || missing "search_bench (bench/) not built"
trap 'status=$?; postgres_stop; (exit $status); cleanup' EXIT
postgres_start >/dev/null || fail "PostgreSQL did not start"


# 1. The benchmark corpus and its 200 queries: ids in order and totals.
bench=$WORK/bench
"$SEARCH_BENCH" build "$bench" 3000 >/dev/null || fail "search_bench build"
"$MAILCLERK" -c "$bench/mailclerk.toml" index copy --to "$POSTGRES_URL" >/dev/null 2>&1 ||
  fail "index copy --to (benchmark corpus)"
on_postgresql "$bench/mailclerk.toml" "$bench/pg.toml"
# In-process, ids of the first page of 50 and the totals (search_bench compare).
out=$("$SEARCH_BENCH" compare "$bench" "$POSTGRES_URL" 1 50) || { echo "$out" >&2; fail "the 200 queries differ"; }
expect_contains "$out" "0 of 200 queries differ" "200 benchmark queries"
matched=$(echo "$out" | sed -n 's/.*; \([0-9]*\) found something/\1/p')
# Most queries must find something, or equal empty answers would prove nothing.
[ "${matched:-0}" -ge 150 ] || fail "only $matched of 200 queries matched anything"
# Through the command line and the config's [index], whole answers, for a sample of them.
"$SEARCH_BENCH" queries > "$WORK/queries.txt"
expect_eq "$(wc -l < "$WORK/queries.txt")" 200 "benchmark queries"
sed -n '1~20p' "$WORK/queries.txt" | while IFS= read -r query; do
  same_answer "search $query" "$bench/mailclerk.toml" "$bench/pg.toml" search --json --limit 50 -- "$query"
done
pass "200 benchmark queries: the same messages in the same order ($matched with hits)"

for customer in c000 c001 c017 c250; do
  same_answer "history $customer" "$bench/mailclerk.toml" "$bench/pg.toml" history "$customer" --json
done
pass "histories of the benchmark corpus"

# 2. The sample mail: whole answers (snippets, matched attachments, price lists).
cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/mailclerk.toml"
mc import "$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" \
  "$SOURCE_DIR/samples/mail/archive.mbox" >/dev/null 2>&1 || fail "import"
mc index copy --to "$POSTGRES_URL" --replace >/dev/null 2>&1 || fail "index copy --to (samples)"
on_postgresql "$WORK/mailclerk.toml" "$WORK/pg.toml"
for query in valve 报价 dn50 "customer:acme" "kind:quote" "has:attachment" "subject:quotation" \
  "direction:out" "from:acme" "filename:pdf" "valve -dn50" "after:2020 before:2030" "报价 OR quote"; do
  same_answer "search $query" "$WORK/mailclerk.toml" "$WORK/pg.toml" search --json --limit 100 -- $query
done
# --sort relevance: the same matches and totals; the order is ts_rank's, which may differ from
# bm25's on close ranks (docs/ARCHITECTURE.md), so the sets are compared, and the order where
# one message is clearly first (the unit suite, test_store_backends, ranks clear cases alike).
ranked_set() { "$MAILCLERK" -c "$1" search --json --limit 100 --sort relevance -- "$2" |
  json '" ".join([str(d["total"])] + sorted(h["sha256"] for h in d["results"])) if d["total"] == len(d["results"]) else "a page, not all matches"'; }
for query in valve 报价 dn50 "subject:quotation" "valve -dn50"; do
  expect_eq "$(ranked_set "$WORK/pg.toml" "$query")" "$(ranked_set "$WORK/mailclerk.toml" "$query")" \
    "search $query --sort relevance: the same matches"
  case $(ranked_set "$WORK/pg.toml" "$query") in
    "a page"*) fail "$query: more matches than one page (the sets would prove nothing)" ;;
  esac
done
pass "samples: search --sort relevance gives the same matches on both backends"
for customer in acme 华东石化 twprecision; do
  same_answer "history $customer" "$WORK/mailclerk.toml" "$WORK/pg.toml" history "$customer" --json
  same_answer "prices $customer" "$WORK/mailclerk.toml" "$WORK/pg.toml" prices "$customer" --json
done
for product in valve dn50 球阀; do
  same_answer "product $product" "$WORK/mailclerk.toml" "$WORK/pg.toml" product "$product" --json
done
for at in 2026-01-20T09:00:00Z 2026-04-20T09:00:00Z; do
  same_answer "today at $at" "$WORK/mailclerk.toml" "$WORK/pg.toml" today --json --at "$at"
done
same_answer "customers" "$WORK/mailclerk.toml" "$WORK/pg.toml" customers --json
same_answer "customers --candidates" "$WORK/mailclerk.toml" "$WORK/pg.toml" customers --candidates --json
same_answer "customers --csv" "$WORK/mailclerk.toml" "$WORK/pg.toml" customers --csv
same_answer "status" "$WORK/mailclerk.toml" "$WORK/pg.toml" status --json
[ "$(mc customers --json | json 'sum(c["messages"] for c in d["customers"])')" -gt 0 ] ||
  fail "the roster counts no mail (the roster comparison proves nothing)"
[ "$(mc prices acme --json | json 'len(d["items"])')" -gt 0 ] ||
  fail "acme has no price items (the price comparison proves nothing)"
[ "$(mc product valve --json | json 'len(d["items"])')" -gt 0 ] ||
  fail "no product matches valve (the product comparison proves nothing)"
pass "samples: search hits, histories, price lists, products, agenda, roster and status the same"

# 3. PostgreSQL answers without the SQLite file; other commands refuse, naming themselves.
index="$WORK/archive/.mailclerk/index.sqlite"
mv "$index" "$WORK/index.away"
rm -f "$index-wal" "$index-shm"
out=$("$MAILCLERK" -c "$WORK/pg.toml" search valve --json) || fail "search without the SQLite file"
[ "$(echo "$out" | json 'd["total"]')" -gt 0 ] || fail "no hits from PostgreSQL alone"
out=$("$MAILCLERK" -c "$WORK/pg.toml" customers --json) || fail "customers without the SQLite file"
[ "$(echo "$out" | json 'len(d["customers"])')" -gt 0 ] || fail "no customers from PostgreSQL alone"
# The roster's reads work there, and `customers ignore` (a list of domains in the database);
# promote and import change the directory and re-file mail, which SQLite alone does yet.
"$MAILCLERK" -c "$WORK/pg.toml" customers ignore example.org >/dev/null ||
  fail "customers ignore without the SQLite file"
set +e
err=$("$MAILCLERK" -c "$WORK/pg.toml" customers promote example.org 2>&1); status=$?
set -e
expect_eq "$status" 2 "customers promote on PostgreSQL exits 2"
expect_contains "$err" 'mailclerk customers promote: not available with [index] backend = "postgresql" yet' \
  "customers promote names itself"
set +e
err=$("$MAILCLERK" -c "$WORK/pg.toml" rematch 2>&1); status=$?
set -e
expect_eq "$status" 2 "rematch on PostgreSQL exits 2"
expect_contains "$err" 'mailclerk rematch: not available with [index] backend = "postgresql" yet' \
  "rematch names itself"
out=$("$MAILCLERK" -c "$WORK/pg.toml" search valve --sort relevance --json) ||
  fail "search --sort relevance without the SQLite file"
[ "$(echo "$out" | json 'd["total"]')" -gt 0 ] || fail "no ranked hits from PostgreSQL alone"
[ ! -e "$index" ] || fail "a command created an SQLite index behind the config's back"
pass "PostgreSQL alone answers; other commands say they cannot"

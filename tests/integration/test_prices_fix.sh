#!/usr/bin/env bash
# Corrections of price-list rows (issue 16): `mailclerk prices fix` sets a row's price, currency
# or unit, or strikes it off as no price; `prices` and `prices --json` show the correction with
# a marker and what extraction read; it is journaled, so `reindex` (over the live index, or after
# losing it) re-extracts every message and keeps it; `--undo` removes it, and that survives too.
source "$(dirname "$0")/lib.sh"
write_config
data="$SOURCE_DIR/tests/data/quotes"
mkdir -p "$WORK/in"
cp "$data"/*.eml "$WORK/in/"
mc import "$WORK/in" >/dev/null

row() { # row MODEL [items|history]: "price currency unit" of the row, "-" when none
  mc prices acme --json | json "next((i['unit_price']+' '+i['currency']+' '+i['unit'] for i in d['${2:-items}'] if i['model']=='$1'), '-')"
}
fixed() { # fixed MODEL [items|history]: the row's correction marker, "None" when it has none
  mc prices acme --json | json "[i['fixed'] for i in d['${2:-items}'] if i['model']=='$1'][0]"
}
expect_eq "$(row 'Q41F-16C DN50')" "25.60 USD " "extracted row without a unit"
expect_eq "$(row CV-25)" "9.9 USD pcs" "extracted CV-25"
expect_eq "$(row SV-100)" "11.80 USD pcs" "extracted SV-100"
expect_eq "$(fixed CV-25)" "None" "no marker before a fix"

# A unit, a price and a currency, and a row that is no price at all.
mc prices fix acme "Q41F-16C DN50" --unit PCS >/dev/null || fail "fix the unit"
out=$(mc prices fix acme cv-25 --price 9.95 --currency eur) || fail "fix price and currency"
expect_contains "$out" "now EUR 9.95/pcs; extracted USD 9.9/pcs" "fix reports old and new"
mc prices fix acme SV-100 --not-a-price >/dev/null || fail "strike a row off"
expect_eq "$(row 'Q41F-16C DN50')" "25.60 USD pcs" "unit fixed"
expect_eq "$(row CV-25)" "9.95 EUR pcs" "price and currency fixed"
# The struck row leaves the list; the product's earlier quote is its price again.
expect_eq "$(row SV-100)" "12.50 USD pcs" "earlier price current after --not-a-price"
expect_contains "$(fixed SV-100 history)" "'not_a_price': True" "struck row in history, marked"
expect_contains "$(fixed CV-25)" "'extracted': {'currency': 'USD', 'unit': 'pcs', 'unit_price': '9.9'}" \
  "--json keeps what extraction read"
human=$(mc prices acme --history)
expect_contains "$(echo "$human" | grep -m1 'CV-25')" "EUR       9.95/pcs" "human output shows the fix"
expect_contains "$(echo "$human" | grep -m1 'CV-25')" " *" "human output marks the fix"
expect_contains "$human" "* corrected by a rep" "human output explains the mark"
expect_contains "$(echo "$human" | grep 'SV-100' | grep '11.80')" "(no price)" "struck row marked"
expect_contains "$(cat "$WORK/archive/customers/acme/price-list.csv")" "current,Check valve" \
  "price-list.csv rewritten"
expect_contains "$(grep CV-25 "$WORK/archive/customers/acme/price-list.csv")" "EUR,9.95" \
  "price-list.csv shows the fix"
expect_contains "$(mc product CV-25)" "9.95" "the product view shows the corrected price"
expect_contains "$(mc product SV-100)" "12.50" "the product view shows the earlier price of a struck row"
journal=$(cat "$WORK"/archive/.mailclerk/journal/*.jsonl)
expect_contains "$journal" '"t":"price_fix"' "fix journaled"
pass "prices fix: unit, price and currency, no price"

# A second fix of the same row adds to the first.
mc prices fix acme CV-25 --unit set >/dev/null || fail "second fix"
expect_eq "$(row CV-25)" "9.95 EUR sets" "second fix keeps the first"

# Errors say what is wrong.
set +e
err=$(mc prices fix acme CV-25 --price abc 2>&1); status=$?
expect_eq "$status" 2 "bad price exit code"
expect_contains "$err" "--price 'abc' is not a price" "bad price message"
err=$(mc prices fix acme NO-SUCH-1 --price 1.00 2>&1); status=$?
expect_contains "$err" "no product 'NO-SUCH-1' in the price list of acme" "unknown product message"
[ $status -ne 0 ] || fail "unknown product accepted"
err=$(mc prices fix acme CV-25 2>&1); status=$?
expect_contains "$err" "prices fix wants --price" "a fix without a change"
err=$(mc prices fix acme CV-25 --not-a-price --price 1.00 2>&1); status=$?
[ $status -ne 0 ] || fail "--not-a-price with a price accepted"
set -e
mc prices >/dev/null 2>&1 && fail "prices without a customer accepted"
pass "prices fix: errors"

# reindex re-reads every message: the fixes win over extraction again.
reindex_keeps prices mc prices acme --json
pass "prices fix survives reindex"

# --undo removes a fix, and the undo survives reindex as well.
mc prices fix acme CV-25 --undo >/dev/null || fail "undo"
expect_eq "$(row CV-25)" "9.9 USD pcs" "extracted price back after --undo"
expect_eq "$(fixed CV-25)" "None" "no marker after --undo"
set +e; err=$(mc prices fix acme CV-25 --undo 2>&1); status=$?; set -e
[ $status -ne 0 ] || fail "second undo accepted"
expect_contains "$err" "no correction of 'CV-25'" "second undo message"
mc prices fix acme SV-100 --undo >/dev/null || fail "undo no-price"
expect_eq "$(row SV-100)" "11.80 USD pcs" "struck row back after --undo"
mc reindex >/dev/null 2>"$WORK/reindex.log" || { cat "$WORK/reindex.log"; fail "reindex after undo"; }
expect_eq "$(row CV-25)" "9.9 USD pcs" "undo survives reindex"
expect_eq "$(row 'Q41F-16C DN50')" "25.60 USD pcs" "other fix survives reindex after undo"
mc verify >/dev/null || fail "verify"
pass "prices fix --undo"

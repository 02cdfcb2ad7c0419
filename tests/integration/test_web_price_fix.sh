#!/usr/bin/env bash
# labels: sanitize (serves the web: the sanitizer pass runs it)
# A rep corrects the price list on the customer page (issue 16): each current row has a form
# (POST /customers/<slug>/prices/fix, CSRF-checked) to set the price, currency or unit, strike the
# row off as no price, or undo the correction; it does what `mailclerk prices fix` does (index,
# journal, price-list.csv), the page marks the corrected row, a rep cannot correct another
# rep's customer, and a bad price is refused with what is wrong.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/web_lib.sh"
command -v curl >/dev/null || skip "curl not installed"

web_archive
start_web
expect_eq "$(login alice alice-password-1)" 303 "alice logs in"
expect_eq "$(login bob bob-password-1)" 303 "bob logs in"

# The first current quoted row of acme with a model: its key and price.
read -r key price <<<"$(mc prices acme --json | json "next(i['product_key']+' '+i['unit_price'] for i in d['items'] if i['model'] and i['status']=='quoted')")"
[ -n "$key" ] || fail "acme has no current quoted row"
row() { mc prices acme --json | json "next((i['unit_price']+' '+str(i['fixed'] is not None) for i in d['items'] if i['product_key']=='$key'), '-')"; }
page=$(as alice "$BASE/customers/acme")
expect_contains "$page" 'action="/customers/acme/prices/fix"' "the customer page has correction forms"
expect_contains "$page" "name=\"item\" value=\"$key\"" "a form for the row"
case "$page" in *'<!--csrf-->'*) fail "the session's CSRF field was not put into the price list" ;; esac
token=$(csrf_of alice)
expect_contains "$page" "name=\"csrf\" value=\"$token\"" "the form carries the viewer's token"

fix() { # fix USER ACTION [PRICE]: HTTP status of the POST
  as "$1" -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$(csrf_of "$1")" \
    --data-urlencode "item=$key" --data-urlencode "action=$2" --data-urlencode "price=${3:-}" \
    "$BASE/customers/acme/prices/fix"
}
expect_eq "$(as alice -o /dev/null -w '%{http_code}' -d "item=$key&action=fix&price=1.23" "$BASE/customers/acme/prices/fix")" 403 "a post without the token"
expect_eq "$(fix bob fix 1.23)" 404 "bob cannot correct alice's customer"
expect_eq "$(row)" "$price False" "nothing changed by refused posts"

expect_eq "$(fix alice fix 1.23)" 303 "alice corrects the price"
expect_eq "$(row)" "1.23 True" "the list has the corrected price"
expect_contains "$(as alice "$BASE/customers/acme")" 'class="price-fixed"' "the page marks the corrected row"
expect_contains "$(cat "$WORK"/archive/.mailclerk/journal/*.jsonl)" '"t":"price_fix"' "journaled"
expect_contains "$(grep -i "$key" "$WORK/archive/customers/acme/price-list.csv" || cat "$WORK/archive/customers/acme/price-list.csv")" "1.23" "price-list.csv rewritten"
pass "web: a rep corrects a price on the customer page"

body=$(as alice -w '\n%{http_code}' --data-urlencode "csrf=$(csrf_of alice)" --data-urlencode "item=$key" \
  -d "action=fix&price=abc" "$BASE/customers/acme/prices/fix")
expect_eq "$(tail -n1 <<<"$body")" 400 "a bad price is refused"
expect_contains "$body" "is not a price" "the page says what is wrong"
expect_eq "$(row)" "1.23 True" "a refused correction changes nothing"

expect_eq "$(fix alice undo)" 303 "alice undoes the correction"
expect_eq "$(row)" "$price False" "the extracted price again"
expect_eq "$(fix alice not_a_price)" 303 "alice strikes the row off"
[ "$(row)" != "$price False" ] || fail "the struck row is still the current price"
expect_eq "$(fix alice undo)" 303 "undo the strike"
expect_eq "$(row)" "$price False" "the row is back"
pass "web: bad input, undo and not-a-price"

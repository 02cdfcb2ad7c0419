#!/usr/bin/env bash
# The layout a correction shows (issue 16): a rep corrects a price with the value another column
# of the same row holds (`prices fix --price`); that column becomes the customer's price column:
# the customer's earlier tables of that layout are read again at once, the next quote is read
# with it at import, another customer's quote of the same layout is not, `reindex` (live or
# after losing the index) gives the same list, and `--undo` gives the extracted prices back.
source "$(dirname "$0")/lib.sh"
write_config '
[[customer]]
name = "Beta Trading"
slug = "beta"
domains = ["beta.com"]'

# quote FILE FROM DATE ID CSV-ROWS: a quote mail with a CSV attachment.
quote() {
  cat > "$1" <<EOF
From: Sales <sales@$2>
To: buyer@ourco.com
Subject: Quotation $4
Date: $3
Message-ID: <$4@$2>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

Please find our quotation $4 attached, prices in USD.
--b
Content-Type: text/csv; name=quotation.csv
Content-Disposition: attachment; filename=quotation.csv

Model,Description,Qty,Unit Price USD,Promo Price USD
$5
--b--
EOF
}
mkdir -p "$WORK/first" "$WORK/next"
quote "$WORK/first/q1.eml" acme.com "Mon, 2 Nov 2026 10:00:00 +0000" Q-1 \
  "AX-100,Angle valve 1/2in,100,12.50,11.90
AX-200,Angle valve 3/4in,50,18.00,17.20"
quote "$WORK/next/q2.eml" acme.com "Mon, 16 Nov 2026 10:00:00 +0000" Q-2 \
  "AX-300,Angle valve 1in,80,20.00,19.00"
quote "$WORK/next/b1.eml" beta.com "Mon, 16 Nov 2026 11:00:00 +0000" B-1 \
  "AX-300,Angle valve 1in,80,20.00,19.00"
mc import "$WORK/first" >/dev/null

price() { # price CUSTOMER MODEL: the current unit price of the row, "-" when none
  mc prices "$1" --json | json "next((i['unit_price'] for i in d['items'] if i['model']=='$2'), '-')"
}
expect_eq "$(price acme AX-100)" "12.50" "extracted from the Unit Price column"
expect_eq "$(price acme AX-200)" "18.00" "second row extracted"

out=$(mc prices fix acme AX-100 --price 11.90) || fail "fix with another column's price"
expect_contains "$out" "now USD 11.90" "the fix is reported"
expect_contains "$out" "'unit price usd' and 'promo price usd' now read the price from 'promo price usd'" \
  "the layout is reported"
expect_eq "$(price acme AX-100)" "11.90" "corrected row"
expect_eq "$(price acme AX-200)" "17.20" "the same table's other row read again with the column"
pass "prices fix: the column that held the corrected price is the customer's price column"

mc import "$WORK/next" >/dev/null
expect_eq "$(price acme AX-300)" "19.00" "the next quote of the customer read with its column"
expect_eq "$(price beta AX-300)" "20.00" "another customer's quote of the same layout as before"
pass "prices fix: the next quote reads the learned column, other customers' do not"

reindex_keeps prices mc prices acme --json
expect_eq "$(price beta AX-300)" "20.00" "the other customer after reindex"
pass "prices fix: the learned column survives reindex"

mc prices fix acme AX-100 --undo >/dev/null || fail "undo"
expect_eq "$(price acme AX-100)" "12.50" "undo: the extracted price"
expect_eq "$(price acme AX-200)" "18.00" "undo: the table read as extracted again"
expect_eq "$(price acme AX-300)" "20.00" "undo: the later quote read as extracted again"
# A correction no other column holds shows no layout.
out=$(mc prices fix acme AX-200 --price 17.50) || fail "fix with a negotiated price"
case "$out" in *layout:*) fail "a price in no column reported a layout: $out" ;; esac
expect_eq "$(price acme AX-300)" "20.00" "no layout: other rows as extracted"
mc verify >/dev/null || fail "verify"
pass "prices fix --undo of a layout, and a correction that shows none"

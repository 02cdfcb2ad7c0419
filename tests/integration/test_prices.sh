#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Price lists end to end (issue 6): quote mails in each format imported, `prices --json` shows
# the latest quote per product with the superseded one in history, whatever the import order;
# price-list.csv is rewritten in the archive; invoices and inquiries add nothing.
source "$(dirname "$0")/lib.sh"
write_config '
[[customer]]
name = "Taiwan Precision"
slug = "twp"
domains = ["twprecision.com.tw"]

[[customer]]
name = "Hydraulik GmbH"
slug = "hydraulik"
domains = ["hydraulik.de"]'

data="$SOURCE_DIR/tests/data/quotes"
mkdir -p "$WORK/first" "$WORK/rest"
# The revised quote arrives first: the older quote imported later must not win.
cp "$data/revised_quote.eml" "$WORK/first/"
cp "$data"/*.eml "$WORK/rest/"
rm "$WORK/rest/revised_quote.eml"

mc import "$WORK/first" >/dev/null
list="$WORK/archive/customers/acme/price-list.csv"
[ -f "$list" ] || fail "price-list.csv not written after the first quote"
expect_contains "$(cat "$list")" "current,Stainless steel ball valve,SV-100,500,pcs,USD,11.80" "first list"

mc import "$WORK/rest" >/dev/null
out=$(mc prices acme --json)
current=$(echo "$out" | json '";".join(i["model"]+"="+i["currency"]+" "+i["unit_price"]+"/"+i["unit"] for i in d["items"])')
expect_eq "$current" "BF-20A=USD 0.85/pcs;CV-25=USD 9.9/pcs;GV-50=USD 18.5/pcs;GV-80=USD 26.75/pcs;LD-40=USD 3.15/pcs;LP-600=USD 18.00/pcs;Q41F-16C DN50=USD 25.60/;SV-100=USD 11.80/pcs;Z41H-16C DN80=USD 48.00/" "current acme prices"
history=$(echo "$out" | json '";".join(i["model"]+"="+i["unit_price"]+"@"+i["quoted_at"] for i in d["history"])')
expect_eq "$history" "SV-100=12.50@2026-11-05T08:20:00Z" "acme history"
sv=$(echo "$out" | json '[i for i in d["items"] if i["model"]=="SV-100"][0]')
expect_contains "$sv" "'incoterm': 'FOB Ningbo'" "SV-100 incoterm"
expect_contains "$sv" "'direction': 'outbound'" "SV-100 direction"
ld=$(echo "$out" | json '[i for i in d["items"] if i["model"]=="LD-40"][0]["source"]')
expect_contains "$ld" "'attachment': 'PI-2026-050.pdf'" "LD-40 source attachment"
pass "prices --json: latest wins, history kept"

# Nothing from the invoice (6,250.00 total) or the inquiry (target price 9.50).
all=$(echo "$out" | json '" ".join(i["unit_price"] for i in d["items"]+d["history"])')
case " $all " in *" 6250.00 "*|*" 9.50 "*|*" 10.00 "*) fail "price item from a non-quote: $all" ;; esac

# The list in the archive is the same data, rewritten after the second import.
csv=$(cat "$list")
expect_contains "$csv" "current,Stainless steel ball valve,SV-100,500,pcs,USD,11.80,FOB Ningbo" "list current"
expect_contains "$csv" "superseded,Stainless steel ball valve,SV-100,500,pcs,USD,12.50,FOB Ningbo" "list history"
expect_contains "$csv" "current,Gate valve,GV-80,100,pcs,USD,26.75,FOB Ningbo,2026-12-31" "list merged cell"
[ -z "$(find "$WORK/archive/customers/acme" -maxdepth 1 -name '.mctmp-*')" ] || fail "temp file left"
pass "price-list.csv regenerated"

# Other customers, other languages and currencies.
expect_eq "$(mc prices 华东石化 --json | json '";".join(i["model"]+"="+i["currency"]+" "+i["unit_price"]+"/"+i["unit"] for i in d["items"])')" \
  "LT-6=CNY 86.00/件;WPA-80 1:20=CNY 1850.50/套;Y2-132M-4=CNY 3200.00/台" "GBK quote"
expect_eq "$(mc prices twp --json | json '";".join(i["model"]+"="+i["currency"]+" "+i["unit_price"]+" "+i["direction"] for i in d["items"])')" \
  "M6x20=TWD 1.20 inbound;M6=TWD 0.45 inbound" "Big5 quote" # sorted by key: name + size
expect_eq "$(mc prices hydraulik --json | json '";".join(i["model"]+"="+i["currency"]+" "+i["unit_price"]+" "+i["incoterm"] for i in d["items"])')" \
  "HC-50/300=EUR 1250.00 CIF Hamburg;SK-50=EUR 18.40 CIF Hamburg" "CSV quote"
mc prices acme --history > "$WORK/human.txt"
expect_contains "$(cat "$WORK/human.txt")" "superseded:" "human output"
# Each row says what kind of price it is, so a quote and an agreed price of one product differ.
expect_contains "$(grep -m1 'SV-100' "$WORK/human.txt")" " quoted " "human output labels the status"
mc prices acme --xlsx "$WORK/acme.xlsx"
[ -s "$WORK/acme.xlsx" ] || fail "no xlsx written"
mc prices nobody --json >/dev/null 2>&1 && fail "unknown customer accepted"
pass "prices in every format"

# inspect shows the items it would record; unreadable attachments are flagged in the index.
expect_eq "$(mc inspect --json "$data/xlsx_quote.eml" | json 'len(d["price_items"])')" "3" "inspect price_items"
expect_eq "$(mc inspect --json "$data/invoice.eml" | json 'len(d["price_items"])')" "0" "inspect invoice"
expect_eq "$(index_sql "SELECT count(*) FROM attachments WHERE text_flag <> ''")" "0" "text flags"
pass "inspect"

# The rep says two spellings are one product: the override shows in --json and the list.
mc prices acme --same-product "gv-80=SV-100" >/dev/null
out=$(mc prices acme --json)
expect_eq "$(echo "$out" | json '";".join(i["model"]+"="+i["unit_price"] for i in d["items"] if i["product_key"]=="sv-100")')" \
  "SV-100=11.80" "override: latest of the merged product is current"
expect_eq "$(echo "$out" | json '" ".join(sorted(i["model"] for i in d["history"]))')" "GV-80 SV-100" "override history"
expect_contains "$(cat "$list")" "superseded,Gate valve,GV-80" "override in price-list.csv"
mc prices acme --same-product "GV-80=gv-80" >/dev/null
expect_eq "$(mc prices acme --json | json 'len(d["history"])')" "1" "override undone"
mc prices acme --same-product "nonsense" >/dev/null 2>&1 && fail "bad --same-product accepted"
pass "product-key override"

# A customer added later gets the prices of its old quotes on re-match, and its price-list.csv;
# the quote leaves nothing behind under unmatched/.
rm -rf "$WORK/archive"
write_config ''
mc import "$data/csv_quote.eml" >/dev/null
expect_eq "$(index_sql 'SELECT count(*) FROM price_items')" "0" "no customer, no price items"
mc customer add "Hydraulik GmbH" --slug hydraulik --domain hydraulik.de >/dev/null 2>&1 ||
  fail "customer add"
expect_eq "$(mc prices hydraulik --json | json '";".join(i["model"]+"="+i["currency"]+" "+i["unit_price"] for i in d["items"])')" \
  "HC-50/300=EUR 1250.00;SK-50=EUR 18.40" "prices after re-match"
expect_contains "$(cat "$WORK/archive/customers/hydraulik/price-list.csv")" "SK-50" "price-list.csv after re-match"
mc verify >/dev/null || fail "verify after re-match"
pass "prices follow a re-match"

#!/usr/bin/env bash
# Issue 20: `mailclerk today` and `mailclerk product` on an imported archive, with mail dated
# relative to now and a calendar that works around the clock (so the test means the same on any
# day of the week): the JSON shape, a rep's and a manager's list, done, --at, the product view.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"

write_config '
[[customer]]
name = "Beta Pumps"
slug = "beta"
domains = ["beta-pumps.com"]
category = "closed"
owner = "bob"

[today]
workdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
hours = "00:00-24:00"
timezone = "UTC"
reply_hours = 2
quote_chase_days = 3
'
sed -i 's/^category = "key"$/category = "key"\nowner = "alice"/' "$WORK/mailclerk.toml"

now=$(date +%s)
# mail FILE FROM TO SUBJECT HOURS_AGO ID [IN_REPLY_TO] [BODY]
mail() {
  local file=$WORK/in/$1 reply=""
  mkdir -p "$WORK/in"
  [ -n "${7:-}" ] && reply="In-Reply-To: <$7>
References: <$7>
"
  printf 'From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\n%sMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s\n' \
    "$2" "$3" "$4" "$(date -R -u -d "@$(( now - $5 * 3600 ))")" "$6" "$reply" "${8:-Hello.}" > "$file"
}
mail 1.eml "Tom <tom@acme.com>" "alice@ourco.com" "Inquiry: DN50 ball valves" 5 inq-1@acme.com
mail 2.eml "Tom <tom@acme.com>" "alice@ourco.com" "RFQ gate valves" 6 inq-2@acme.com
mail 3.eml "Alice <alice@ourco.com>" "tom@acme.com" "RE: RFQ gate valves" 5 re-2@ourco.com inq-2@acme.com
mail 4.eml "Alice <alice@ourco.com>" "tom@acme.com" "Quotation QT-9" 100 qt-9@ourco.com "" \
  "Our prices (FOB Ningbo, USD):

Description                 Model     MOQ        Unit Price
Stainless steel ball valve  SV-100    500 pcs    12.50
"
mail 5.eml "Li <li@beta-pumps.com>" "bob@ourco.com" "询价：闸阀 DN80" 30 beta-1@beta-pumps.com
mail 6.eml "Bob <bob@ourco.com>" "li@beta-pumps.com" "报价单 QT-10" 29 qt-10@ourco.com beta-1@beta-pumps.com \
  "报价如下 (USD):

Description                 Model     MOQ        Unit Price
Stainless steel ball valve  SV-100    100 pcs    13.20
"
# Acme's order agrees a price beside the one we quoted (the product view shows both).
mail 7.eml "Tom <tom@acme.com>" "alice@ourco.com" "Purchase Order PO-77" 80 po-77@acme.com "" \
  "Purchase order PO-77 (FOB Ningbo, USD):

Description                 Model     Qty        Unit Price
Stainless steel ball valve  SV-100    300 pcs    12.00
"
mc import "$WORK/in" >/dev/null
echo alice-password-1 | mc user add alice --role rep --email alice@ourco.com >/dev/null
echo bob-password-1 | mc user add bob --role rep --lang zh >/dev/null
echo boss-password-1 | mc user add boss --role manager >/dev/null

# The team's list, in the issue's JSON shape.
doc=$(mc today --json)
expect_eq "$(echo "$doc" | json 'sorted(d.keys())')" "['generated_at', 'items', 'user']" "keys"
expect_eq "$(echo "$doc" | json '[(i["state"], i["customer"], i["subject"]) for i in d["items"] if i["state"] not in ("follow-up-due", "dormant")]')" \
  "[('unanswered-inquiry', 'acme', 'Inquiry: DN50 ball valves'), ('awaiting-reply', 'acme', 'Quotation QT-9')]" \
  "items, newest problems first"
item=$(echo "$doc" | json 'json.dumps([i for i in d["items"] if i["state"] == "unanswered-inquiry"][0])')
expect_eq "$(echo "$item" | json 'd["message_sha256"]')" \
  "$(index_sql "select sha256 from messages where message_id = 'inq-1@acme.com'")" "message_sha256"
expect_eq "$(echo "$item" | json 'd["thread_id"]')" "inq-1@acme.com" "thread_id"
expect_eq "$(echo "$item" | json 'd["reps"]')" "['alice']" "the owner acts"
since=$(echo "$item" | json 'd["since"]')
expect_eq "$since" "$(date -u -d "@$(( now - 5 * 3600 ))" +%Y-%m-%dT%H:%M:%SZ)" "since = the inquiry's date"

# A rep sees their own; a manager everything; an unknown user is an error.
expect_contains "$(mc today --user alice)" "Inquiry: DN50 ball valves" "alice's list"
expect_eq "$(mc today --user bob)" "nothing needs doing" "bob's list (beta answered)"
expect_eq "$(mc today --user boss --json | json 'len(d["items"])')" \
  "$(echo "$doc" | json 'len(d["items"])')" "the manager's list is the team's"
set +e
out=$(mc today --user nobody 2>&1); status=$?
set -e
expect_eq "$status" 1 "unknown user exit"
expect_contains "$out" "error: no user 'nobody'" "unknown user message"

# As of three hours ago the inquiry was not yet overdue (2 working hours).
at=$(date -u -d "@$(( now - 4 * 3600 ))" +%Y-%m-%dT%H:%M:%SZ)
expect_eq "$(mc today --at "$at" --json | json '[i["state"] for i in d["items"] if i["state"] == "unanswered-inquiry"]')" \
  "[]" "--at before it was due"

# done takes it off the list, for everyone, and stays so.
id=$(echo "$item" | json 'd["id"]')
expect_contains "$(mc today done "$id" --user alice)" "done: $id (acme)" "done"
expect_eq "$(mc today --json | json '[i["id"] for i in d["items"] if i["id"] == "'"$id"'"]')" "[]" "gone after done"
expect_eq "$(index_sql "select user from today_dismissals where item = '$id'")" "alice" "recorded"
# "done" is what a rep typed: it is in the archive's journal, so a rebuilt index keeps it.
mc reindex >/dev/null 2>&1 || fail "reindex"
expect_eq "$(index_sql "select user from today_dismissals where item = '$id'")" "alice" "done survives reindex"
set +e
out=$(mc today done unanswered-inquiry:ffffffffffff 2>&1); status=$?
set -e
expect_eq "$status" 1 "done of an unknown id"
expect_contains "$out" "no open item" "done of an unknown id says so"
set +e
mc today --dry-run >/dev/null 2>&1; status=$?
set -e
expect_eq "$status" 2 "--dry-run without --send is a usage error"

# One product across customers: each customer's latest quoted and agreed price, with dates.
p=$(mc product sv-100 --json)
side() { echo "(i['$1'] or {}).get('unit_price'), (i['$1'] or {}).get('status'), (i['$1'] or {}).get('quoted_at', '')[:10]"; }
expect_eq "$(echo "$p" | json "[(i['customer'], $(side quoted), $(side agreed)) for i in d['items']]")" \
  "[('acme', '12.50', 'quoted', '$(date -u -d "@$(( now - 100 * 3600 ))" +%F)', '12.00', 'ordered', '$(date -u -d "@$(( now - 80 * 3600 ))" +%F)'), ('beta', '13.20', 'quoted', '$(date -u -d "@$(( now - 29 * 3600 ))" +%F)', None, None, '')]" \
  "product view: quoted and agreed side by side"
text=$(mc product SV-100)
expect_contains "$text" "2 products" "product text"
expect_contains "$(echo "$text" | grep '^acme')" "12.00 USD/pcs $(date -u -d "@$(( now - 80 * 3600 ))" +%F) (ordered) (theirs)" "product text: acme's order"
expect_eq "$(mc product SV-10 --json | json 'len(d["items"])')" 0 "a shorter model is another product"
pass "today and product"

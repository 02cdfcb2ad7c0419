#!/usr/bin/env bash
# Issue 5 end to end: a customer added later gets its old mail on re-match (links added and
# removed, nothing lost); one message for two customers is filed under both; explain; rename
# moves the folder and keeps history; merge moves the mail; candidates; roster import ->
# export -> import is lossless and a malformed row is named by sheet and row.
source "$(dirname "$0")/lib.sh"
write_config
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"

make_message "$WORK/in/1.eml" "Li <li@newco.cn>" "sales@ourco.com" "RFQ: pumps" "Please quote 50 pumps."
make_message "$WORK/in/2.eml" "sales@ourco.com" "li@newco.cn" "Quotation QT-1" "Our quotation."
make_message "$WORK/in/3.eml" "sales@ourco.com" "li@newco.cn, bob@acme.com" "Joint meeting" "See you."
make_message "$WORK/in/4.eml" "x@stranger.org" "sales@ourco.com" "Hello" "Hi."
mc import "$WORK/in" >/dev/null
unmatched_before=$(find "$WORK/archive/unmatched" -name '*.eml' | wc -l)
expect_eq "$unmatched_before" 3 "unmatched before"

# Candidates: newco.cn (inquiry + two-way), not stranger.org (one inbound hello).
c=$(mc customers --candidates --json)
expect_eq "$(echo "$c" | json '[x["domain"] for x in d["candidates"]]')" "['newco.cn']" "candidates"

# explain says why.
e=$(mc explain "$WORK/in/3.eml" --json)
expect_eq "$(echo "$e" | json 'd["customers"]')" "['acme']" "explain customers"
expect_contains "$(mc explain "$WORK/in/3.eml")" "li@newco.cn" "explain lists the unknown participant"

# A customer added later gets its old mail: links added, unmatched copies removed.
out=$(mc customer add "New Co" --domain newco.cn --category key --owner alice)
expect_contains "$out" "3 changed" "re-match after add"
expect_eq "$(find "$WORK/archive/customers/new-co/mail" -name '*.eml' | wc -l)" 3 "new-co mail"
expect_eq "$(find "$WORK/archive/unmatched" -name '*.eml' | wc -l)" 1 "unmatched after"
# The joint message is under both customers, as one inode.
a=$(find "$WORK/archive/customers/acme/mail" -name '*Joint*' -exec stat -c %i {} \;)
b=$(find "$WORK/archive/customers/new-co/mail" -name '*Joint*' -exec stat -c %i {} \;)
expect_eq "$a" "$b" "joint message hard-linked under both"
expect_eq "$(mc history new-co --json | json 'len(d["events"])')" 3 "history of new-co"
expect_eq "$(mc search customer:new-co --json | json 'd["total"]')" 3 "search customer:new-co after re-match"
expect_eq "$(mc search customer:acme --json | json 'd["total"]')" \
  "$(index_sql "select count(*) from message_customers mc join customers c on c.id = mc.customer_id
                where c.slug = 'acme'")" "search customer:acme equals its messages"
mc verify >/dev/null || fail "verify after re-match"
expect_eq "$(mc customers --candidates --json | json 'len(d["candidates"])')" 0 "no candidates left"
expect_eq "$(index_sql "select count_in || '/' || count_out from contacts where address = 'li@newco.cn'")" "1/2" "contact counts"

# Rename moves the folder; the old slug still answers; history is kept.
mc customer rename new-co "New Company" >/dev/null
[ -d "$WORK/archive/customers/new-company/mail" ] || fail "folder not moved"
[ ! -e "$WORK/archive/customers/new-co" ] || fail "old folder left"
expect_eq "$(mc history new-company --json | json 'len(d["events"])')" 3 "history after rename"
expect_eq "$(mc customer show new-co --json | json 'd["slug"]')" "new-company" "old slug resolves"
expect_eq "$(mc search customer:new-company --json | json 'd["total"]')" 3 "search after rename"
expect_eq "$(mc search customer:new-co --json | json 'd["total"]')" 3 "search by the former slug"
mc verify >/dev/null || fail "verify after rename"

# Merge: a second customer for the same company folds into the first; its mail follows.
mc customer add "NewCo Sales" --address li@newco.cn >/dev/null
expect_eq "$(find "$WORK/archive/customers/newco-sales/mail" -name '*.eml' | wc -l)" 3 "exact address beats domain"
mc customer merge newco-sales new-company >/dev/null
expect_eq "$(find "$WORK/archive/customers/newco-sales" -name '*.eml' 2>/dev/null | wc -l)" 0 "merged links removed"
expect_eq "$(find "$WORK/archive/customers/new-company/mail" -name '*.eml' | wc -l)" 3 "merged mail"
expect_eq "$(mc search customer:new-company --json | json 'd["total"]')" 3 "search after merge"
mc verify >/dev/null || fail "verify after merge"
expect_eq "$(find "$WORK/archive" -name '*.eml' -links 1 -path '*unmatched*' | wc -l)" 1 "nothing lost"

# Roster: import (CSV with a malformed row) -> export xlsx -> import into a fresh archive ->
# export: the directory fields are equal.
cat > "$WORK/roster.csv" <<'CSV'
客户名称,域名,邮箱,联系人,电话,等级,业务员,备注,类别
Delta Valves,delta.de,"k@delta.de, m@delta.de",Klaus,+49 30 1234,A,bob,"likes ""DN50""",key
,nothing.com,,,,,,,
Omega,omega.com,,,,,,,已成交
Bad,bad.com,,,,Z,,,
CSV
err=$(mc customers import "$WORK/roster.csv" 2>&1 >/dev/null)
expect_contains "$err" "roster row 3: no customer name" "malformed row named"
expect_contains "$err" "roster row 5: grade 'Z' is not A, B or C" "bad grade named"
mc customers --xlsx "$WORK/export1.xlsx" 2>/dev/null
fields='[[c[k] for k in ("slug","name","category","manual_grade","owner","contact","phone","notes","domains","addresses")] for c in sorted(d["customers"], key=lambda c: c["slug"])]'
first=$(mc customers --json | json "$fields")
expect_contains "$first" "'delta-valves', 'Delta Valves', 'key', 'A', 'bob', 'Klaus', '+49 30 1234', 'likes \"DN50\"', ['delta.de'], ['k@delta.de', 'm@delta.de']" "imported fields"
expect_contains "$first" "'omega', 'Omega', 'closed'" "category column"
# Roster flags: a key account never written to is due for follow-up; grades by Pareto on volume
# where there is mail, the manual grade otherwise.
r=$(mc customers --json)
expect_eq "$(echo "$r" | json '[c["follow_up_due"] for c in d["customers"] if c["slug"]=="delta-valves"][0]')" True "follow-up due"
expect_eq "$(echo "$r" | json '[c["grade"] for c in d["customers"] if c["slug"]=="delta-valves"][0]')" A "manual grade wins"
expect_eq "$(echo "$r" | json '[c["computed_grade"] for c in d["customers"] if c["slug"]=="new-company"][0]')" A "computed grade"
expect_eq "$(echo "$r" | json '[c["messages"] for c in d["customers"] if c["slug"]=="new-company"][0]')" 3 "roster messages"
expect_contains "$(mc customers --csv | head -1)" "name,slug,category,domains" "csv header"

mv "$WORK/archive" "$WORK/archive-1"
mc customers import "$WORK/export1.xlsx" >/dev/null 2>"$WORK/import2.err"
second=$(mc customers --json | json "$fields")
expect_eq "$second" "$first" "import -> export -> import"
mc customers --xlsx "$WORK/export2.xlsx" 2>/dev/null
mv "$WORK/archive" "$WORK/archive-2"
mc customers import "$WORK/export2.xlsx" >/dev/null 2>&1
expect_eq "$(mc customers --json | json "$fields")" "$first" "second round trip"
pass "customers"

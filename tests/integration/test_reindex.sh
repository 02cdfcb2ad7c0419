#!/usr/bin/env bash
# Issue 21: the index is a view of the archive. An archive with directory edits (add, edit,
# rename, merge), a price override, web users, an ignored candidate and events loses its index;
# every command then refuses with the hint to run `mailclerk reindex`; reindex brings back all of
# it from the mail files and the journal, verify --deep is clean, and a damaged index (cut short,
# a page of garbage) is detected with the same hint. kill -9 during reindex leaves the old index.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/mailclerk.toml"
index="$WORK/archive/.mailclerk/index.sqlite"

mc import "$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" \
  "$SOURCE_DIR/samples/mail/archive.mbox" >/dev/null 2>&1 || fail "import of the samples"
make_message "$WORK/in/1.eml" "Li <li@newco.cn>" "alice@hengda-valves.com" "RFQ: pumps" "Please quote 50 pumps."
make_message "$WORK/in/2.eml" "alice@hengda-valves.com" "li@newco.cn" "Quotation QT-1" "Our quotation."
make_message "$WORK/in/3.eml" "x@stranger.org" "alice@hengda-valves.com" "Hello" "Hi."
mc import "$WORK/in" >/dev/null 2>&1 || fail "import"

# What people typed: a customer added, edited, renamed; a second one merged into it; an ignored
# candidate domain; a product-key override; users with teams; a removed user.
mc customer add "New Co" --domain newco.cn --category key --owner alice >/dev/null 2>&1 || fail "customer add"
mc customer edit new-co --add-address buyer@gmail.com --notes "met at the fair" >/dev/null 2>&1 || fail "customer edit"
mc customer rename new-co "New Company" >/dev/null 2>&1 || fail "customer rename"
mc customer add "NewCo Sales" --address li@newco.cn >/dev/null 2>&1 || fail "second customer"
mc customer merge newco-sales new-company >/dev/null 2>&1 || fail "merge"
mc customers ignore stranger.org >/dev/null 2>&1 || fail "ignore a candidate"
items=$(mc prices acme --json | json '" ".join(sorted(set(i["product_key"] for i in d["items"])))')
set -- $items
[ $# -ge 2 ] || fail "acme needs two products for an override, has: $items"
mc prices acme --same-product "$1=$2" >/dev/null || fail "same-product override"
echo 'pw-alice-1' | mc user add alice --role manager >/dev/null 2>&1 || fail "user add alice"
echo 'pw-bob-2' | mc user add bob --team east >/dev/null 2>&1 || fail "user add bob"
echo 'pw-eve-3' | mc user add eve >/dev/null 2>&1 || fail "user add eve"
mc user remove eve >/dev/null 2>&1 || fail "user remove"
mc verify >/dev/null || fail "verify before losing the index"

# The journal is human-readable JSON lines, private (it holds password hashes).
journal="$WORK/archive/.mailclerk/journal"
expect_eq "$(stat -c %a "$journal")" 700 "journal folder mode"
python3 - "$journal" <<'PY' || fail "journal is not JSON lines"
import json, os, sys
types = set()
for name in sorted(os.listdir(sys.argv[1])):
    for line in open(os.path.join(sys.argv[1], name), encoding="utf-8"):
        types.add(json.loads(line)["t"])
missing = {"customer", "rename", "merge", "ignore", "same_product", "user", "user_removed", "source"} - types
assert not missing, f"no records of {missing} in {types}"
PY

# Everything the index holds that matters, in a stable order.
state() {
  sqlite3 "$index" "
    select 'c', slug, name, category, grade, owner, source, notes, coalesce(merged_into is not null, 0) from customers order by slug;
    select 'd', c.slug, d.domain from customer_domains d join customers c on c.id = d.customer_id order by 2, 3;
    select 'a', c.slug, a.address from customer_addresses a join customers c on c.id = a.customer_id order by 2, 3;
    select 'al', a.slug, c.slug from customer_aliases a join customers c on c.id = a.customer_id order by 2;
    select 'e', c.slug, e.what from customer_events e join customers c on c.id = e.customer_id order by 2, 3;
    select 'i', domain from candidate_ignores order by 2;
    select 'o', c.slug, o.product_key, o.same_as from product_key_overrides o join customers c on c.id = o.customer_id order by 2, 3;
    select 'u', name, password_hash, role, team, created from users order by 2;
    select 'm', sha256, message_id, date, subject, direction, kind from messages order by 2;
    select 'mc', m.sha256, c.slug, mc.reason from message_customers mc join messages m on m.id = mc.message_id join customers c on c.id = mc.customer_id order by 2, 3;
    select 'f', m.sha256, f.path from message_files f join messages m on m.id = f.message_id order by 2, 3;
    select 's', m.sha256, s.kind, s.account, s.folder, s.uidvalidity, s.uid from message_sources s join messages m on m.id = s.message_id where s.kind <> 'archive' order by 2, 3, 4, 5;
    select 'at', m.sha256, a.idx, a.filename, a.kind, a.path from attachments a join messages m on m.id = a.message_id order by 2, 3;
    select 'p', c.slug, p.product_key, p.unit_price, p.currency from price_items p join customers c on c.id = p.customer_id order by 2, 3, 4;"
}
state > "$WORK/before.txt"
expect_contains "$(cat "$WORK/before.txt")" "al|new-co|new-company" "alias recorded before"
search_before=$(mc search valve --json | json 'd["total"]')
prices_before=$(mc prices acme --json)
roster_before=$(mc customers --json | json '[(c["slug"], c["category"], c["grade"]) for c in d["customers"]]')

# Lose the index: every command refuses and says what to run.
rm -f "$index" "$index-wal" "$index-shm"
set +e; err=$(mc search valve 2>&1); status=$?; set -e
expect_eq "$status" 1 "search without an index"
expect_contains "$err" "mailclerk reindex" "hint after losing the index"
[ ! -e "$index" ] || fail "a command created an empty index over the lost one"

start=$(date +%s.%N)
out=$(mc reindex 2>"$WORK/reindex.log") || { cat "$WORK/reindex.log"; fail "reindex"; }
took=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
expect_contains "$out" "the new index" "reindex summary"
state > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "the rebuilt index differs (diff above)"
expect_eq "$(mc search valve --json | json 'd["total"]')" "$search_before" "search after reindex"
expect_eq "$(mc prices acme --json)" "$prices_before" "prices after reindex"
expect_eq "$(mc customers --json | json '[(c["slug"], c["category"], c["grade"]) for c in d["customers"]]')" "$roster_before" "roster after reindex"
expect_eq "$(mc customer show new-co --json | json 'd["slug"]')" "new-company" "former slug resolves after reindex"
mc verify --deep >/dev/null || { mc verify --deep | tail -5; fail "verify --deep after reindex"; }
[ ! -e "$index.rebuild" ] || fail "rebuild file left behind"
pass "index lost and rebuilt in $took s: directory, overrides, users, ignores, sources as before"

# Reindex over a live index gives the same state again (and keeps working while it exists).
mc reindex >/dev/null 2>"$WORK/reindex2.log" || { cat "$WORK/reindex2.log"; fail "second reindex"; }
state > "$WORK/again.txt"
diff -u "$WORK/before.txt" "$WORK/again.txt" >&2 || fail "reindex over a live index differs"
pass "reindex over a live index"

# A damaged index is refused with the hint, never served: cut short, then a page of garbage.
cp "$index" "$WORK/good.sqlite"
sqlite3 "$index" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
size=$(stat -c %s "$index")
truncate -s $((size / 2)) "$index"
set +e; err=$(mc search valve 2>&1); status=$?; set -e
expect_eq "$status" 1 "search on a truncated index"
expect_contains "$err" "is damaged" "truncated index named damaged"
expect_contains "$err" "mailclerk reindex" "hint for a truncated index"
mc reindex >/dev/null 2>"$WORK/reindex3.log" || { cat "$WORK/reindex3.log"; fail "reindex over a truncated index"; }
state > "$WORK/after3.txt"
diff -u "$WORK/before.txt" "$WORK/after3.txt" >&2 || fail "rebuilt after truncation differs"

sqlite3 "$index" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
page=$(sqlite3 "$index" "PRAGMA page_size")
pages=$(sqlite3 "$index" "PRAGMA page_count")
# Garbage over a page in the middle of the file (not page 1: its header is checked first).
python3 - "$index" "$page" "$((pages / 2))" <<'PY'
import os, sys
path, size, page = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(path, "r+b") as f:
    f.seek(size * page)
    f.write(os.urandom(size))
PY
set +e; err=$(mc verify --deep 2>&1); status=$?; set -e
expect_eq "$status" 1 "verify --deep on a page of garbage"
expect_contains "$err" "mailclerk reindex" "hint for a page of garbage"
# The daemon checks the pages at start and refuses to run on them.
set +e; err=$(timeout 60 "$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>&1); status=$?; set -e
expect_eq "$status" 1 "daemon on a damaged index"
expect_contains "$err" "hint: run \`mailclerk reindex\`" "daemon names the cure"
mc reindex >/dev/null 2>"$WORK/reindex4.log" || { cat "$WORK/reindex4.log"; fail "reindex over a damaged page"; }
mc verify --deep >/dev/null || fail "verify --deep after repairing a damaged page"
state > "$WORK/after4.txt"
diff -u "$WORK/before.txt" "$WORK/after4.txt" >&2 || fail "rebuilt after a damaged page differs"
pass "a truncated index and a page of garbage are detected with the hint and rebuilt"

# kill -9 during reindex: the old index is still there and usable, aimed by the progress log.
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count 1500 --seed 3 --out "$WORK/Maildir" >/dev/null
mc import "$WORK/Maildir" >/dev/null 2>&1 || fail "import of the corpus"
state > "$WORK/before_kill.txt"
for round in 1 2 3; do
  "$MAILCLERK" -c "$WORK/mailclerk.toml" reindex > /dev/null 2>"$WORK/kill.log" &
  pid=$!
  # Kill once the rebuild has begun reading the archive.
  for _ in $(seq 1 400); do
    grep -q "reading the archive" "$WORK/kill.log" 2>/dev/null && break
    sleep 0.05
  done
  sleep "0.$(( RANDOM % 9 + 1 ))"
  kill -9 "$pid" 2>/dev/null || fail "reindex finished before the kill (round $round)"
  wait "$pid" 2>/dev/null || true
  grep -q "reading the archive" "$WORK/kill.log" || fail "kill landed before the archive was read"
  state > "$WORK/after_kill.txt"
  diff -q "$WORK/before_kill.txt" "$WORK/after_kill.txt" >/dev/null || fail "index changed by a killed reindex"
  mc search valve >/dev/null || fail "old index unusable after kill -9 (round $round)"
done
mc reindex >/dev/null 2>&1 || fail "reindex after kills"
state > "$WORK/after_kill.txt"
diff -u "$WORK/before_kill.txt" "$WORK/after_kill.txt" >&2 || fail "reindex after kills differs"
mc verify --deep >/dev/null || fail "verify --deep after the kills"
pass "kill -9 during reindex leaves the old index usable"

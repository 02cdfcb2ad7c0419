#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 23, the write path: with [index] backend = "postgresql" `mailclerk import` and `sync`
# file into a real PostgreSQL 15 (one server for the whole script, on a Unix socket) what the
# SQLite index would hold, and several daemons share it:
# 1. import of the samples into an empty database (the schema made at first use) answers
#    search, history, prices and today exactly as the same import into SQLite; a second import
#    adds nothing;
# 2. two nodes with disjoint accounts on one Dovecot, one PostgreSQL and one archive root sync
#    at the same time: every server message archived exactly once, every file named by the
#    index on disk;
# 3. a daemon (and a one-off sync) whose account is held by another session (its advisory lock)
#    does not sync it and logs why; once released it syncs;
# 4. kill -9 of a node in the middle of its sync loses nothing: the next pass completes it.
source "$(dirname "$0")/imap_lib.sh"
source "$SOURCE_DIR/tests/support/postgres.sh"
postgres_installed || missing "PostgreSQL 15 (postgresql-15) not installed"
trap 'st=$?; stop_daemon; postgres_stop; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT
postgres_start >/dev/null || fail "PostgreSQL did not start"

pg_sql() { postgres_psql -tA -c "$1"; }


# 1. Import into both backends, the same answers.
samples=("$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" "$SOURCE_DIR/samples/mail/archive.mbox")
mkdir -p "$WORK/lite" "$WORK/pg"
cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/lite/mailclerk.toml"
on_postgresql "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml"
"$MAILCLERK" -c "$WORK/lite/mailclerk.toml" import "${samples[@]}" > "$WORK/lite.out" 2>&1 ||
  { cat "$WORK/lite.out" >&2; fail "import into SQLite"; }
"$MAILCLERK" -c "$WORK/pg/mailclerk.toml" import "${samples[@]}" > "$WORK/pg.out" 2>&1 ||
  { cat "$WORK/pg.out" >&2; fail "import into PostgreSQL"; }
expect_eq "$(tail -n 1 "$WORK/pg.out")" "$(tail -n 1 "$WORK/lite.out")" "import summary"
[ -f "$WORK/lite/archive/.mailclerk/index.sqlite" ] || fail "the SQLite import made no index"
[ ! -e "$WORK/pg/archive/.mailclerk/index.sqlite" ] || fail "the PostgreSQL import wrote an SQLite index"
messages=$(pg_sql "select count(*) from mailclerk.messages")
expect_eq "$messages" "$(INDEX=$WORK/lite/archive/.mailclerk/index.sqlite index_sql 'select count(*) from messages')" "messages"
[ "$messages" -gt 20 ] || fail "only $messages messages (the comparison proves little)"
for query in valve 报价 dn50 "customer:acme" "kind:quote" "has:attachment" "subject:quotation" \
  "direction:out" "from:acme" "filename:pdf" "valve -dn50" "after:2020 before:2030" "报价 OR quote"; do
  same_answer "search $query" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" search --json --limit 100 -- $query
done
for customer in acme 华东石化 twprecision; do
  same_answer "history $customer" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" history "$customer" --json
  same_answer "prices $customer" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" prices "$customer" --json
done
[ "$("$MAILCLERK" -c "$WORK/pg/mailclerk.toml" prices acme --json | json 'len(d["items"])')" -gt 0 ] ||
  fail "acme has no price items in PostgreSQL (the price comparison proves nothing)"
# The agenda: agenda_messages and agenda_customers kept by the PostgreSQL writer as SQLite's
# triggers keep them, and the archive's text read for "does it ask again".
for at in 2026-01-20T09:00:00Z 2026-03-25T09:00:00Z 2026-04-20T09:00:00Z; do
  same_answer "today at $at" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" today --json --at "$at"
done
[ "$("$MAILCLERK" -c "$WORK/pg/mailclerk.toml" today --json --at 2026-04-20T09:00:00Z | json 'len(d["items"])')" -gt 0 ] ||
  fail "no agenda items at 2026-04-20 (the agenda comparison proves nothing)"
# The rep's override of a product's identity (prices --same-product), and its undoing: the
# list changes (one row more is current while the two keys are one product) and comes back.
counts() { "$MAILCLERK" -c "$WORK/pg/mailclerk.toml" prices acme --json | json 'str(len(d["items"])) + " " + str(len(d["history"]))'; }
before=$(counts)
gate=10gv-150-02gatevalve2incl150wcbrf13cr
for spec in "$gate=z41h-150lbdn50" "$gate=$gate"; do
  same_answer "prices --same-product $spec" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" \
    prices acme --json --same-product "$spec"
  diff "$WORK/lite/archive/customers/acme/price-list.csv" "$WORK/pg/archive/customers/acme/price-list.csv" >&2 ||
    fail "the price-list.csv files differ after --same-product $spec"
  [ "$spec" = "$gate=$gate" ] || merged=$(counts)
done
[ "$merged" != "$before" ] || fail "--same-product changed nothing on PostgreSQL ($before)"
expect_eq "$(counts)" "$before" "the price list once the override is undone"
expect_eq "$(pg_sql "select count(*) from mailclerk.product_key_overrides")" 0 "overrides after undoing"
# The roster (statistics kept from the mail) and the candidates of unmatched mail.
same_answer "customers" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" customers --json
same_answer "customers --candidates" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" customers --candidates --json
diff <(cd "$WORK/lite/archive" && find customers unmatched -type f | sort) \
  <(cd "$WORK/pg/archive" && find customers unmatched -type f | sort) >&2 ||
  fail "the archives differ"
out=$("$MAILCLERK" -c "$WORK/pg/mailclerk.toml" import "${samples[@]}" 2>&1) || fail "second import"
expect_contains "$out" " 0 new," "second import into PostgreSQL"
expect_eq "$(pg_sql "select count(*) from mailclerk.messages")" "$messages" "messages after a second import"
pass "import into PostgreSQL: $messages messages, the same search, histories, price lists, agenda and roster as SQLite"

# A rep's corrections (prices fix) on both backends: a price and currency, a unit, a row that is
# no price, a price another column of its table holds (that column becomes acme's price column:
# its table is read again at once, the next quote of that layout is read with it at import),
# and --undo; the lists, the price-list.csv files and what each command says are the same.
quote() { # quote FILE DATE ID CSV-ROW...: an acme quote with a CSV of two price columns
  printf '%s\r\n' "From: Sales <sales@acme-industrial.com>" "To: buyer@hengda-valves.com" \
    "Subject: Quotation $3" "Date: $2" "Message-ID: <$3@acme-industrial.com>" "MIME-Version: 1.0" \
    "Content-Type: multipart/mixed; boundary=b" "" "--b" "Content-Type: text/plain" "" \
    "Please find our quotation $3 attached, prices in USD." "--b" \
    "Content-Type: text/csv; name=quotation.csv" \
    "Content-Disposition: attachment; filename=quotation.csv" "" \
    "Model,Description,Qty,Unit Price USD,Promo Price USD" "${@:4}" "--b--" > "$1"
}
mkdir -p "$WORK/layout-first" "$WORK/layout-next"
quote "$WORK/layout-first/q1.eml" "Mon, 2 Nov 2026 10:00:00 +0000" Q-1 "AX-100,Angle valve 1/2in,100,12.50,11.90" \
  "AX-200,Angle valve 3/4in,50,18.00,17.20"
quote "$WORK/layout-next/q2.eml" "Mon, 16 Nov 2026 10:00:00 +0000" Q-2 "AX-300,Angle valve 1in,80,20.00,19.00"
acme_list() { # acme_list CONFIG: the list without the dates of the corrections
  "$MAILCLERK" -c "$1" prices acme --json |
    json 'json.dumps([[{k: v for k, v in (i["fixed"] or {}).items() if k != "at"}, {k: v for k, v in i.items() if k != "fixed"}] for i in d["items"] + d["history"]], sort_keys=True)'
}
same_list() { # same_list WHAT: both backends' acme lists and price-list.csv files agree
  expect_eq "$(acme_list "$WORK/pg/mailclerk.toml")" "$(acme_list "$WORK/lite/mailclerk.toml")" "acme's list $1"
  diff "$WORK/lite/archive/customers/acme/price-list.csv" "$WORK/pg/archive/customers/acme/price-list.csv" >&2 ||
    fail "the price-list.csv files differ $1"
}
for side in lite pg; do
  "$MAILCLERK" -c "$WORK/$side/mailclerk.toml" import "$WORK/layout-first" >/dev/null 2>&1 || fail "import the layout quote ($side)"
done
price_of() { "$MAILCLERK" -c "$WORK/pg/mailclerk.toml" prices acme --json | json "next((i['unit_price'] for i in d['items'] if i['model']=='$1'), '-')"; }
expect_eq "$(price_of AX-200)" "18.00" "AX-200 read from the Unit Price column on PostgreSQL"
for fix in "AX-100 --price 11.90" "AX-200 --unit set" "$gate --price 99.50 --currency eur" "$gate --unit set" \
  "z41h-150lbdn50 --not-a-price"; do
  # shellcheck disable=SC2086
  same_answer "prices fix $fix" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" prices fix acme $fix
  same_list "after prices fix $fix"
done
expect_eq "$(price_of AX-200)" "17.20" "AX-200 read again from the promo column on PostgreSQL"
expect_eq "$(pg_sql "select count(*) from mailclerk.price_fixes where column_from <> ''")" 1 "the layout kept on PostgreSQL"
for side in lite pg; do
  "$MAILCLERK" -c "$WORK/$side/mailclerk.toml" import "$WORK/layout-next" >/dev/null 2>&1 || fail "import the next quote ($side)"
done
expect_eq "$(price_of AX-300)" "19.00" "the next quote read with acme's column on PostgreSQL"
same_list "after the next quote"
for undo in "AX-100" "$gate" "z41h-150lbdn50"; do
  same_answer "prices fix $undo --undo" "$WORK/lite/mailclerk.toml" "$WORK/pg/mailclerk.toml" prices fix acme "$undo" --undo
  same_list "after prices fix $undo --undo"
done
expect_eq "$(price_of AX-200)" "18.00" "AX-200 from the Unit Price column again after --undo"
set +e
err=$("$MAILCLERK" -c "$WORK/pg/mailclerk.toml" prices fix acme AX-100 --undo 2>&1); status=$?
set -e
[ "$status" -ne 0 ] || fail "a second --undo accepted on PostgreSQL"
expect_contains "$err" "no correction of 'AX-100'" "a second --undo on PostgreSQL"
expect_eq "$(pg_sql "select count(*) from mailclerk.price_fixes")" 1 "corrections left on PostgreSQL (AX-200's unit)"
pass "prices fix on PostgreSQL: the same corrections, layout, lists and files as on SQLite"

# 2. Two nodes, disjoint accounts, one database, one archive root, at the same time.
count=${PG_WRITER_MESSAGES:-150}
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 11 --out "$WORK/corpus-a" >/dev/null
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 12 --out "$WORK/corpus-b" >/dev/null
dovecot_seed alice INBOX "$WORK"/corpus-a/cur/* >/dev/null
dovecot_seed bob INBOX "$WORK"/corpus-b/cur/* >/dev/null
pg_sql 'SET client_min_messages = warning; DROP SCHEMA mailclerk CASCADE' >/dev/null
node_config() { # NODE ACCOUNT
  write_config "$(account_toml "$2" "$2" 'password_env = "MC_ALICE_PASSWORD"')
[daemon]
batch_messages = 25"
  sed -i "s|^root = .*|root = \"$WORK/shared\"|" "$WORK/mailclerk.toml"
  on_postgresql "$WORK/mailclerk.toml" "$WORK/$1.toml"
}
node_config node1 alice
node_config node2 bob
"$MAILCLERK" -c "$WORK/node1.toml" sync > "$WORK/node1.log" 2>&1 &
p1=$!
"$MAILCLERK" -c "$WORK/node2.toml" sync > "$WORK/node2.log" 2>&1 &
p2=$!
wait $p1 || { cat "$WORK/node1.log" >&2; fail "node1's sync"; }
wait $p2 || { cat "$WORK/node2.log" >&2; fail "node2's sync"; }
total=$(pg_sql "select count(*) from mailclerk.messages")
expect_eq "$total" "$((2 * count))" "messages of both nodes"
expect_eq "$(pg_sql "select count(*) from mailclerk.message_sources where kind = 'imap'")" "$((2 * count))" "one source per server message"
expect_eq "$(pg_sql "select count(distinct account) from mailclerk.sync_state")" 2 "sync states of both accounts"
on_disk=$(find "$WORK/shared" -path '*/mail/*' -name '*.eml' | wc -l)
expect_eq "$on_disk" "$(pg_sql 'select count(distinct path) from mailclerk.message_files')" "files on disk"
pg_sql 'select path from mailclerk.message_files' | while IFS= read -r path; do
  [ -f "$WORK/shared/$path" ] || fail "the index names $path, which is not on disk"
done
# `status` reads the folders' states from PostgreSQL: each account's folders with their messages.
st=$("$MAILCLERK" -c "$WORK/node1.toml" status --json) || fail "status on PostgreSQL"
expect_eq "$(echo "$st" | json '" ".join(f["account"] + "/" + f["folder"] + "=" + str(f["messages"]) for f in d["folders"])')" \
  "alice/INBOX=$count alice/Sent=0 bob/INBOX=$count bob/Sent=0" "status --json folders"
expect_eq "$(echo "$st" | json 'd["messages"]')" "$total" "status --json messages"
pass "two nodes synced $((2 * count)) messages at once into one PostgreSQL and one archive, each once"

# 3. An account held by another session is not synced, and the node says why.
for f in "$WORK"/corpus-a/cur/*; do sed 's/^Message-ID: <\(.*\)>/Message-ID: <again-\1>/' "$f" > "$f.again"; done
dovecot_seed alice INBOX "$WORK"/corpus-a/cur/*.again >/dev/null
rm -f "$WORK"/corpus-a/cur/*.again
postgres_psql -c "select pg_advisory_lock(1835204609, hashtext('alice')), pg_sleep(300)" >/dev/null 2>&1 &
holder=$!
for _ in $(seq 1 100); do
  [ "$(pg_sql "select count(*) from pg_locks where locktype = 'advisory' and granted")" -gt 0 ] && break
  sleep 0.1
done
# A third daemon configured with the held account: it starts, logs why it waits, archives nothing.
"$MAILCLERK" -c "$WORK/node1.toml" daemon > "$WORK/daemon.log" 2>&1 &
daemon_pid=$!
for _ in $(seq 1 300); do
  grep -q "another mailclerk is syncing it" "$WORK/daemon.log" && break
  kill -0 "$daemon_pid" 2>/dev/null || { cat "$WORK/daemon.log" >&2; fail "the daemon exited"; }
  sleep 0.1
done
expect_contains "$(cat "$WORK/daemon.log")" "account alice: paused until" "the daemon's log while the account is held"
expect_contains "$(cat "$WORK/daemon.log")" "another mailclerk is syncing it (its PostgreSQL advisory lock is held)" "the daemon's log while the account is held"
grep -q "cannot record" "$WORK/daemon.log" && { cat "$WORK/daemon.log" >&2; fail "the daemon could not write its state files"; }
expect_eq "$(pg_sql "select count(*) from mailclerk.messages")" "$total" "messages while the account is held"
stop_daemon
set +e
"$MAILCLERK" -c "$WORK/node1.toml" sync > "$WORK/held.log" 2>&1
status=$?
set -e
kill "$holder" 2>/dev/null || true
wait "$holder" 2>/dev/null || true
expect_eq "$status" 1 "exit status of a sync whose account is held"
expect_contains "$(cat "$WORK/held.log")" "account alice: another mailclerk is syncing it" "the held account's log"
expect_eq "$(pg_sql "select count(*) from mailclerk.messages")" "$total" "messages while the account is held"
pg_sql "select pg_terminate_backend(pid) from pg_stat_activity where query like '%pg_sleep(300)%' and pid <> pg_backend_pid()" >/dev/null
"$MAILCLERK" -c "$WORK/node1.toml" sync > "$WORK/released.log" 2>&1 || { cat "$WORK/released.log" >&2; fail "sync once released"; }
total=$((total + count))
expect_eq "$(pg_sql "select count(*) from mailclerk.messages")" "$total" "messages once the lock is released"
pass "a daemon and a sync leave an account held by another session alone (and log it); synced once released"

# 4. kill -9 in the middle of a sync: the next pass completes it, nothing twice.
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 13 --out "$WORK/corpus-c" >/dev/null
dovecot_seed bob INBOX "$WORK"/corpus-c/cur/* >/dev/null
"$MAILCLERK" -c "$WORK/node2.toml" sync > "$WORK/killed.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ "$(pg_sql "select count(*) from mailclerk.messages")" -gt "$total" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.05
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
after_kill=$(pg_sql "select count(*) from mailclerk.messages")
# As the daemon would at its next polls: Dovecot has been seen to refuse the first login right
# after a client was killed mid-session (AUTHENTICATIONFAILED), so up to three passes.
for attempt in 1 2 3; do
  "$MAILCLERK" -c "$WORK/node2.toml" sync > "$WORK/resumed.log" 2>&1 && break
  [ $attempt -lt 3 ] || { cat "$WORK/resumed.log" >&2; fail "sync after kill -9"; }
  sleep 1
done
total=$((total + count))
expect_eq "$(pg_sql "select count(*) from mailclerk.messages")" "$total" "messages after kill -9 and a new pass"
expect_eq "$(pg_sql "select count(*) from mailclerk.message_sources where kind = 'imap'")" "$total" "sources after kill -9"
pg_sql 'select path from mailclerk.message_files' | while IFS= read -r path; do
  [ -f "$WORK/shared/$path" ] || fail "after kill -9 the index names $path, which is not on disk"
done
pass "kill -9 after $after_kill of $total messages: the next pass archives the rest, each once"

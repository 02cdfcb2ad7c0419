#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 21: after losing the index, `reindex` brings back the IMAP sync state (UIDVALIDITY,
# highest UID per folder), where each message was found and the server-filing record, so that a
# sync against the same Dovecot fetches nothing and copies nothing again.
source "$(dirname "$0")/imap_lib.sh"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
seed_samples carol
write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"')
[imap_filing]
enabled = true
prefix = \"Customers\""
index="$WORK/archive/.mailclerk/index.sqlite"

out=$(mc sync --once 2>"$WORK/sync1.log") || { cat "$WORK/sync1.log"; fail "first sync"; }
expect_contains "$out" "carol:" "first sync"
copies=$(index_sql "select count(*) from imap_copies where confirmed = 1")
[ "$copies" -gt 0 ] || fail "no server-filing copies to lose"
state() {
  sqlite3 "$index" "
    select 'sync', account, folder, uidvalidity, highest_uid from sync_state order by 2, 3;
    select 'src', m.sha256, s.kind, s.account, s.folder, s.uidvalidity, s.uid from message_sources s join messages m on m.id = s.message_id where s.kind <> 'archive' order by 2, 3, 4, 5, 7;
    select 'copy', c.account, m.sha256, cu.slug, c.folder, c.confirmed from imap_copies c join messages m on m.id = c.message_id join customers cu on cu.id = c.customer_id order by 2, 3, 4;
    select 'msg', sha256, direction, kind from messages order by 2;"
}
state > "$WORK/before.txt"

rm -f "$index" "$index-wal" "$index-shm"
set +e; err=$(mc sync --once 2>&1); status=$?; set -e
expect_eq "$status" 1 "sync without its index"
expect_contains "$err" "mailclerk reindex" "sync names the cure"
mc reindex >/dev/null 2>"$WORK/reindex.log" || { cat "$WORK/reindex.log"; fail "reindex"; }
state > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "sync state, sources or copies differ after reindex"

out=$(mc sync --once 2>"$WORK/sync2.log") || { cat "$WORK/sync2.log"; fail "sync after reindex"; }
expect_contains "$out" "carol: 0 new, 0 already archived" "nothing fetched after reindex"
expect_contains "$out" "0 copies to customer folders" "nothing copied again after reindex"
expect_contains "$(cat "$WORK/sync2.log")" "carol/INBOX: no change" "INBOX unchanged by STATUS"
mc verify --deep >/dev/null || fail "verify --deep after reindex"
pass "reindex keeps the IMAP state: the next sync fetches and copies nothing"

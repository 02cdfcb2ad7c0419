#!/usr/bin/env bash
# Issue 21: `mailclerk backup DEST` copies the index (online backup API), the journal and a
# manifest; the documented restore (README "Backup and recovery") gives back the same index.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/mailclerk.toml"
index="$WORK/archive/.mailclerk/index.sqlite"
mc import "$SOURCE_DIR/samples/mail/inbox" "$SOURCE_DIR/samples/mail/sent" >/dev/null 2>&1 || fail "import"
mc customer add "New Co" --domain newco.cn >/dev/null 2>&1 || fail "customer add"
echo 'pw-alice-1' | mc user add alice --role manager >/dev/null 2>&1 || fail "user add"
state() {
  sqlite3 "$1" "select slug, name, category from customers order by 1;
    select name, password_hash, role from users order by 1;
    select sha256, subject, direction from messages order by 1;
    select path from message_files order by 1;"
}
state "$index" > "$WORK/before.txt"

out=$(mc backup "$WORK/bk") || fail "backup"
expect_contains "$out" "backed up $(sqlite3 "$index" 'select count(*) from messages') messages" "backup summary"
expect_eq "$(stat -c %a "$WORK/bk")" 700 "backup folder mode (password hashes inside)"
expect_eq "$(sqlite3 "$WORK/bk/index.sqlite" 'PRAGMA integrity_check')" ok "backed-up index is whole"
[ ! -e "$WORK/bk/index.sqlite-wal" ] || fail "a WAL beside the backup"
expect_eq "$(python3 -c "import json; m = json.load(open('$WORK/bk/MANIFEST.json')); print(m['index']['file'], m['index']['messages'] > 0, m['journal']['bytes'] > 0)")" \
  "index.sqlite True True" "manifest"
ls "$WORK"/bk/journal/*.jsonl >/dev/null || fail "no journal in the backup"
set +e; err=$(mc backup "$WORK/bk" 2>&1); status=$?; set -e
expect_eq "$status" 2 "backup into a folder that is not empty"
expect_contains "$err" "refusing to write into" "refusal names the folder"
pass "backup: index, journal and manifest"

# Restore as documented: the index back, no WAL of the old one; verify --deep is clean and the
# index is the one backed up.
rm -f "$index" "$index-wal" "$index-shm"
cp "$WORK/bk/index.sqlite" "$index"
mc verify --deep >/dev/null || { mc verify --deep | tail -5; fail "verify --deep after restore"; }
state "$index" > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "restored index differs"
pass "restore from a backup"

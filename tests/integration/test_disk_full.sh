#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 21: a full disk stops the batch cleanly (imports, and an MTA's delivery). The archive (with its index and journal) lives
# on a small tmpfs made by the test; imports run until ENOSPC, each failing one exits 1 with an
# error naming the path and a hint, and leaves no temporary file, no file the index does not
# name and no index row without its file. Once space is back the same import finishes: every
# message exactly once, verify --deep clean, and nothing the journal recorded is lost
# (reindex from the archive alone gives the same index). A read-only archive is refused the
# same way.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/disk_full_lib.sh"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"
mount_small_tmpfs "disk full during import"
trap 'status=$?; umount "$small" 2>/dev/null || true; (exit $status); cleanup' EXIT
cat > "$WORK/mailclerk.toml" <<'TOML'
[archive]
root = "small/archive"
own_domains = ["ourco.com"]

[[customer]]
name = "ACME Corp"
slug = "acme"
domains = ["acme.com"]
TOML
index=$INDEX
big_messages "$WORK/in" 1 60
expected=60

fill_until_enospc import mc import --batch 5 "$WORK/in"

# An MTA's delivery on the full disk: exit 75 (the MTA keeps the message and retries), the path
# and the hint in the error, nothing half-written.
big_messages "$WORK/mta" 61 61
dd if=/dev/zero of="$small/filler" bs=4k 2>/dev/null || true # until ENOSPC: nothing is left
set +e; err=$(mc deliver --from buyer61@acme.com --to sales@ourco.com < "$WORK/mta/61.eml" 2>&1)
status=$?; set -e
expect_eq "$status" 75 "deliver exit code on a full disk"
expect_storage_error "$err"
rm -f "$small/filler" # (the sqlite3 shell of check_clean needs room for its shared memory)
check_clean "after a delivery refused for ENOSPC"

# Space comes back: the same import finishes, nothing twice, nothing lost.
mount -o remount,size=160m "$small"
mc import "$WORK/in" >/dev/null 2>&1 || fail "import after space came back"
mc deliver --from buyer61@acme.com --to sales@ourco.com < "$WORK/mta/61.eml" ||
  fail "the MTA's retry once space came back"
expected=$((expected + 1))
expect_eq "$(sqlite3 "$index" 'select count(*) from messages')" "$expected" "messages after space came back"
expect_eq "$(mail_files)" "$expected" "message files, each once"
check_clean "after space came back"
mc verify --deep >/dev/null || fail "verify --deep after space came back"
sqlite3 "$index" "select 'm', sha256, subject from messages order by 2; select 'f', path from message_files order by 2;
  select 's', m.sha256, s.folder from message_sources s join messages m on m.id = s.message_id where s.kind <> 'archive' order by 2, 3" > "$WORK/before.txt"
rm -f "$index" "$index-wal" "$index-shm"
mc reindex >/dev/null 2>&1 || fail "reindex after the full disk"
sqlite3 "$index" "select 'm', sha256, subject from messages order by 2; select 'f', path from message_files order by 2;
  select 's', m.sha256, s.folder from message_sources s join messages m on m.id = s.message_id where s.kind <> 'archive' order by 2, 3" > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "journal and archive disagree with the index after ENOSPC"
pass "$((rounds)) imports stopped by ENOSPC, then complete: $expected messages once, verify --deep clean"

# A read-only archive: refused with the path and the hint, nothing changed.
make_message "$WORK/more/x.eml" "buyer@acme.com" "sales@ourco.com" "One more" "Hi."
mount -o remount,ro "$small"
set +e; err=$(mc import "$WORK/more" 2>&1); status=$?; set -e
mount -o remount,rw "$small"
expect_eq "$status" 1 "exit code on a read-only archive"
case "$err" in *"Read-only file system"*|*"readonly database"*) ;;
  *) fail "read-only error not named: $err" ;; esac
expect_contains "$err" "hint: make room (or make it writable)" "read-only hint"
check_clean "after a read-only attempt"
mc import "$WORK/more" >/dev/null 2>&1 || fail "import once writable again"
expect_eq "$(sqlite3 "$index" 'select count(*) from messages')" "$((expected + 1))" "messages after writable again"
pass "read-only archive refused cleanly"

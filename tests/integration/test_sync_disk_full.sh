#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 21: a full disk stops a sync batch cleanly. The archive (index and journal with it) lives
# on a small tmpfs made by the test; `mailclerk sync` from a real Dovecot runs until ENOSPC: each
# failing pass exits 1 with an error naming the path and a hint, leaves no temporary file, no
# file the index does not name, no index row without its file, and a UID state that has not
# passed what is archived. Once space is back the same sync finishes: every message exactly
# once, verify --deep clean, the journal agrees with the index, and a further sync fetches
# nothing. Then the daemon meets a full disk: it pauses the account (log and `mailclerk status`
# say until when and why), does not spin, and finishes by itself once there is room.
source "$(dirname "$0")/imap_lib.sh"
source "$(dirname "$0")/disk_full_lib.sh"
command -v sqlite3 >/dev/null || missing "sqlite3 not installed"
mount_small_tmpfs "disk full during sync"
trap 'st=$?; stop_daemon; dovecot_stop >/dev/null 2>&1 || true; umount "$small" 2>/dev/null || true; (exit $st); cleanup' EXIT

cat > "$WORK/mailclerk.toml" <<TOML
[archive]
root = "small/archive"
own_domains = ["ourco.com"]

[daemon]
batch_messages = 5

[[customer]]
name = "ACME Corp"
slug = "acme"
domains = ["acme.com"]
$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')
TOML
index=$INDEX

big_messages "$WORK/in" 1 60
dovecot_seed alice INBOX "$WORK"/in/*.eml >/dev/null
expected=60

fill_until_enospc sync mc sync
high=$(index_sql "select highest_uid from sync_state where account = 'alice' and folder = 'INBOX'")
echo "archived before the disk filled: $partial of $expected, highest UID $high" >&2

# Space comes back: the same sync finishes, nothing twice, nothing lost.
mount -o remount,size=160m "$small"
out=$(mc sync 2>&1) || fail "sync after space came back: $out"
expect_eq "$(sqlite3 "$index" 'select count(*) from messages')" "$expected" "messages after space came back"
expect_eq "$(mail_files)" "$expected" "message files, each once"
expect_eq "$(sqlite3 "$index" "select count(distinct uid) || ' ' || count(*) from message_sources where kind = 'imap'")" \
  "$expected $expected" "IMAP sources: each UID once"
check_clean "after space came back"
expect_eq "$(index_sql "select highest_uid from sync_state where account = 'alice' and folder = 'INBOX'")" \
  "$expected" "highest UID once all is archived"
mc verify --deep >/dev/null || fail "verify --deep after space came back"
out=$(mc sync 2>&1) || fail "a further sync: $out"
expect_contains "$out" "alice: 0 new" "a further sync fetches nothing"

# What the journal recorded matches the index: rebuilt from the archive alone, it is the same.
snapshot() {
  sqlite3 "$index" "select 'm', sha256, subject from messages order by 2;
    select 'f', path from message_files order by 2;
    select 's', m.sha256, s.folder, s.uidvalidity, s.uid from message_sources s join messages m on m.id = s.message_id order by 2, 3, 5;
    select 'u', account, folder, uidvalidity, highest_uid from sync_state order by 2, 3"
}
snapshot > "$WORK/before.txt"
rm -f "$index" "$index-wal" "$index-shm"
mc reindex >/dev/null 2>&1 || fail "reindex after the full disk"
snapshot > "$WORK/after.txt"
diff -u "$WORK/before.txt" "$WORK/after.txt" >&2 || fail "journal and archive disagree with the index after ENOSPC"
pass "$rounds syncs stopped by ENOSPC, then complete: $expected messages once, verify --deep clean"

# The daemon on a disk filled to the last block. At start (the index cannot even open its WAL)
# it waits for room instead of exiting into a restart loop. Running, it pauses the account, says
# until when and why in its log and in `mailclerk status`, retries with backoff instead of
# spinning, and resumes by itself once there is room.
fill_disk() { dd if=/dev/zero of="$small/filler" bs=64k 2>/dev/null || true; } # until ENOSPC
wait_log() { # wait_log TEXT SECONDS [SEEN]: until the daemon's log holds TEXT more than SEEN times
  local deadline=$((SECONDS + $2))
  until [ "$(grep -c "$1" "$WORK/daemon.log")" -gt "${3:-0}" ]; do
    [ $SECONDS -lt $deadline ] || fail "'$1' not logged: $(tail -5 "$WORK/daemon.log")"
    kill -0 "$daemon_pid" 2>/dev/null || fail "the daemon died: $(tail -5 "$WORK/daemon.log")"
    sleep 0.2
  done
}
fill_disk
# Waiting for room, it still stops at once on SIGTERM, with exit 0.
"$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>"$WORK/daemon.log" &
daemon_pid=$!
wait_log "start-up paused until" 30
kill -TERM "$daemon_pid"
start=$SECONDS
wait "$daemon_pid" || fail "exit status $? after SIGTERM while waiting for room"
[ $((SECONDS - start)) -le 5 ] || fail "took $((SECONDS - start)) s to stop while waiting for room"
"$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>"$WORK/daemon.log" &
daemon_pid=$!
wait_log "start-up paused until" 30
expect_contains "$(grep -m1 "start-up paused" "$WORK/daemon.log")" "$small" "the start-up pause names the path"
rm -f "$small/filler"
wait_log "daemon started" 30
wait_log "alice/INBOX: no change" 60

big_messages "$WORK/more" 61 80
fill_disk
dovecot_seed alice INBOX "$WORK"/more/*.eml >/dev/null
expected=80
wait_log "account alice: paused until" 60
paused=$(grep -m1 "account alice: paused until" "$WORK/daemon.log")
expect_contains "$paused" "$small" "the log names the path"
case "$paused" in *"No space left on device"*|*"disk is full"*) ;;
  *) fail "the log does not say the disk is full: $paused" ;; esac
expect_contains "$(cat "$WORK/daemon.log")" "hint: make room" "the log gives the hint"
set +e; status_text=$(mc status 2>&1); set -e
expect_contains "$status_text" "account alice: paused until" "status shows the pause"
expect_contains "$status_text" "$small" "status names the path"
# Retries at poll_seconds (5 s) doubled per failure: 2 or 3 attempts in 20 s, never a spin.
sleep 20
attempts=$(grep -c "account alice: paused until" "$WORK/daemon.log")
[ "$attempts" -le 4 ] || fail "$attempts passes in about 20 s on a full disk: the daemon spins"
[ "$attempts" -ge 2 ] || fail "no retry within 20 s: $(tail -3 "$WORK/daemon.log")"
# (sqlite3 cannot open the index here either: its WAL needs room.)
expect_eq "$(mail_files)" 60 "nothing archived while the disk is full"
rm -f "$small/filler"
status_json=$(mc status --json)
expect_eq "$(echo "$status_json" | json 'd["accounts"][0]["paused_after"] is not None')" True "status --json: paused_after"
check_clean "while the daemon is paused"

wait_sql "select count(*) from messages" "$expected" 120 "$WORK/daemon.log"
wait_log "account alice: resumed after" 10
status_text=$(mc status 2>&1)
case "$status_text" in *"paused until"*) fail "status still shows a pause: $status_text" ;; esac

# A server that is gone pauses the account the same way, and it resumes once the server is back.
dovecot_doveadm kick alice >/dev/null 2>&1 || true
dovecot_stop >/dev/null
wait_log "account alice: paused until" 60 "$(grep -c "account alice: paused until" "$WORK/daemon.log")"
status_text=$(mc status 2>&1) || fail "mailclerk status with the server gone: $status_text"
expect_contains "$status_text" "account alice: paused until" "status shows the pause while the server is gone"
dovecot_start "$WORK/dovecot" >/dev/null
wait_log "account alice: resumed after" 60 "$(grep -c "account alice: resumed after" "$WORK/daemon.log")"
stop_daemon
expect_eq "$(mail_files)" "$expected" "message files after the daemon resumed, each once"
check_clean "after the daemon resumed"
mc verify --deep >/dev/null || fail "verify --deep after the daemon resumed"
pass "the daemon waited for room at start, paused $attempts times on a full disk (log and status said so), then archived all $expected"

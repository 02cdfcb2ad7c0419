#!/usr/bin/env bash
# Issue 21: a real UIDVALIDITY reset. Dovecot is stopped, its UID list and indexes deleted, new
# mail arrives meanwhile, and Dovecot starts again: every UID is renumbered under a new
# UIDVALIDITY. The next sync must fetch only the new mail (the known messages are recognised by
# Message-ID and size, no body is downloaded again), lose nothing, and change no flag.
source "$(dirname "$0")/imap_lib.sh"
seed_samples carol
inbox=$(ls "$SOURCE_DIR"/samples/mail/inbox/*.eml | wc -l)
sent=$(ls "$SOURCE_DIR"/samples/mail/sent/*.eml | wc -l)
# Flags a person set before: they must survive the reset and mailclerk's reads.
dovecot_doveadm flags add -u carol '\Flagged' mailbox INBOX uid 1
dovecot_doveadm flags add -u carol '\Seen' mailbox INBOX uid 2

# "Message-ID<TAB>flags" of every message of a folder, sorted: UIDs change, this must not.
flags_by_id() {
  dovecot_doveadm -f json fetch -u carol 'hdr flags' mailbox "$1" all | python3 -c '
import json, re, sys
for m in json.load(sys.stdin):
    found = re.search(r"(?im)^message-id:\s*(\S+)", m["hdr"])
    flags = " ".join(f for f in m["flags"].split() if f != "\\Recent")  # per session, not kept
    print((found.group(1) if found else "(none)") + "\t" + flags)' | sort
}

write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"')"
out=$(mc sync --once 2>"$WORK/sync1.log") || { cat "$WORK/sync1.log"; fail "first sync"; }
expect_contains "$out" "carol: $((inbox + sent)) new" "first sync"
uv_before=$(dovecot_uidvalidity carol INBOX)
flags_before=$(flags_by_id INBOX)
expect_contains "$flags_before" "Flagged" "a flag set before the sync"

# The reset, with one new message delivered while the server is down.
dovecot_stop >/dev/null
dovecot_reset_uidvalidity carol INBOX
make_message "$WORK/new/during-reset.eml" "John <john.miller@acme-industrial.com>" "alice@hengda-valves.com" "Arrived during the reset" "Ship on Friday?"
dovecot_seed carol INBOX "$WORK/new/during-reset.eml"
dovecot_start "$DOVECOT_DIR" >/dev/null || fail "dovecot did not start again"
uv_after=$(dovecot_uidvalidity carol INBOX)
[ "$uv_after" != "$uv_before" ] || fail "UIDVALIDITY did not change ($uv_before)"
expect_eq "$(dovecot_count carol INBOX)" "$((inbox + 1))" "messages on the server after the reset"

out=$(mc sync --once 2>"$WORK/reset.log") || { cat "$WORK/reset.log"; fail "sync after the reset"; }
expect_contains "$(cat "$WORK/reset.log")" "UIDVALIDITY changed ($uv_before -> $uv_after)" "reset noticed"
# Only the new message's body is downloaded: "0 already archived" means no known body came again.
expect_contains "$(cat "$WORK/reset.log")" "carol/INBOX: 1 new, 0 already archived, 0 flagged, $inbox known by Message-ID" "INBOX after the reset"
expect_contains "$out" "carol: 1 new, $inbox already archived" "sync totals after the reset (known by Message-ID)"
# And on the wire: fewer bytes came in than the known INBOX messages hold.
bytes_in=$(printf '%s' "$out" | sed -n 's/.*bytes in: \([0-9]*\).*/\1/p')
known_bytes=$(cat "$SOURCE_DIR"/samples/mail/inbox/*.eml | wc -c)
[ -n "$bytes_in" ] && [ "$bytes_in" -lt "$known_bytes" ] ||
  fail "after the reset $bytes_in bytes came in, the known INBOX messages hold $known_bytes: bodies fetched again?"
expect_eq "$(index_sql 'select count(*) from messages')" "$((inbox + sent + 1))" "messages: nothing lost, nothing twice"
expect_eq "$(index_sql "select count(*) from message_sources where kind='imap' and folder='INBOX' and uidvalidity=$uv_after")" \
  "$((inbox + 1))" "every INBOX message has a source under the new UIDVALIDITY"
expect_eq "$(index_sql "select count(*) from (select message_id from message_sources where folder='INBOX' and uidvalidity=$uv_after group by message_id having count(*) > 1)")" \
  0 "no message recorded twice under the new UIDVALIDITY"
flags_after=$(flags_by_id INBOX | grep -v 'during-reset@test')
expect_eq "$flags_after" "$flags_before" "flags of every known message after the reset and sync"
case "$(flags_by_id INBOX | grep 'during-reset@test')" in
  "") fail "the new message is not on the server" ;;
  *Seen*) fail "syncing marked the new message read" ;;
esac

out=$(mc sync --once 2>"$WORK/again.log")
expect_contains "$out" "carol: 0 new, 0 already archived" "a second sync fetches nothing"
mc verify >/dev/null || fail "verify after the reset"
pass "UIDVALIDITY reset with renumbered UIDs: only new mail fetched, nothing lost, flags kept"

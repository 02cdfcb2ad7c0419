# Integration tests against a real Dovecot on 127.0.0.1 (tests/support/dovecot.sh): a throwaway
# server per test, stopped when the test ends.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SOURCE_DIR/tests/support/dovecot.sh"

# Offer XOAUTH2 but not OAUTHBEARER, as Exchange Online does: a token login must use XOAUTH2.
export DOVECOT_AUTH_MECHANISMS=${DOVECOT_AUTH_MECHANISMS:-plain login xoauth2}
dovecot_start "$WORK/dovecot" >/dev/null || fail "dovecot did not start"
trap 'st=$?; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT

# A user whose password is distinctive enough to grep for in everything mailclerk writes.
CAROL_PASSWORD='Pw-7731-zebra-Quartz'
printf 'carol:{PLAIN}%s\n' "$CAROL_PASSWORD" >> "$DOVECOT_DIR/users"
export MC_CAROL_PASSWORD=$CAROL_PASSWORD
export MC_ALICE_PASSWORD=secret

# account_toml NAME USER [extra lines...]: an [[account]] on the plain port with STARTTLS.
account_toml() {
  local name=$1 user=$2; shift 2
  printf '\n[[account]]\nname = "%s"\nurl = "imap://127.0.0.1:%s"\nuser = "%s"\nstarttls = true\nca_file = "%s"\npoll_seconds = 5\n' \
    "$name" "$DOVECOT_PORT" "$user" "$DOVECOT_CA"
  local line
  for line in "$@"; do printf '%s\n' "$line"; done
}

# seed_samples USER: the sample correspondence, inbox into INBOX and sent into Sent.
seed_samples() {
  dovecot_seed "$1" INBOX "$SOURCE_DIR"/samples/mail/inbox/*.eml >/dev/null
  dovecot_seed "$1" Sent "$SOURCE_DIR"/samples/mail/sent/*.eml >/dev/null
}

# write_config EXTRA: the samples' config (own domain, five customers) plus EXTRA TOML.
write_config() {
  cp "$SOURCE_DIR/samples/mailclerk.toml" "$WORK/mailclerk.toml"
  printf '%s\n' "${1:-}" >> "$WORK/mailclerk.toml"
}

# stop_daemon: SIGTERM the daemon a test started in the background (its pid in daemon_pid) and
# wait for it to exit; nothing when none runs. Safe to call twice (the EXIT trap calls it too).
daemon_pid=""
stop_daemon() {
  [ -n "$daemon_pid" ] || return 0
  kill -TERM "$daemon_pid" 2>/dev/null || true
  wait "$daemon_pid" 2>/dev/null || true
  daemon_pid=""
}

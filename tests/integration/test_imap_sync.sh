#!/usr/bin/env bash
# sync --once against a real Dovecot: INBOX and the \Sent folder archived, nothing twice, flags
# untouched, UIDVALIDITY reset, TLS trust, wrong password, XOAUTH2 with token refresh, server-side
# customer folders, and no secret anywhere in what mailclerk writes.
source "$(dirname "$0")/imap_lib.sh"
seed_samples carol
inbox=$(ls "$SOURCE_DIR"/samples/mail/inbox/*.eml | wc -l)
sent=$(ls "$SOURCE_DIR"/samples/mail/sent/*.eml | wc -l)
flags_before=$(dovecot_flags carol INBOX; dovecot_flags carol Sent)

write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"')"
out=$(mc sync --once 2>"$WORK/sync1.log") || { cat "$WORK/sync1.log"; fail "first sync"; }
expect_contains "$out" "carol: $((inbox + sent)) new, 0 already archived, 2 folders" "first sync"
expect_eq "$(index_sql "select count(distinct folder) from message_sources where kind='imap'")" 2 "INBOX and Sent"
out=$(mc sync --once 2>"$WORK/sync2.log")
expect_contains "$out" "carol: 0 new, 0 already archived" "second sync fetches nothing"
expect_contains "$(cat "$WORK/sync2.log")" "carol/INBOX: no change" "unchanged folder answered by STATUS"
expect_eq "$(dovecot_flags carol INBOX; dovecot_flags carol Sent)" "$flags_before" "flags unchanged"
case "$flags_before" in *Seen*) fail "seeded mail already seen?" ;; esac
mc verify >/dev/null || fail "verify"
mc status | grep -q "carol .*INBOX" || fail "status shows the folder"

# New mail arrives: only it is fetched.
make_message "$WORK/new/n1.eml" "John <john.miller@acme-industrial.com>" "alice@hengda-valves.com" "PO follow-up" "When do you ship?"
dovecot_seed carol INBOX "$WORK/new/n1.eml" >/dev/null
out=$(mc sync --once 2>/dev/null)
expect_contains "$out" "carol: 1 new" "incremental sync"

# UIDVALIDITY reset: the folder is re-listed, nothing duplicated, nothing missing.
dovecot_reset_uidvalidity carol INBOX >/dev/null
out=$(mc sync --once 2>"$WORK/reset.log")
expect_contains "$out" "carol: 0 new" "no duplicates after a UIDVALIDITY reset"
expect_contains "$(cat "$WORK/reset.log")" "UIDVALIDITY changed" "reset logged"
expect_eq "$(index_sql 'select count(*) from messages')" "$((inbox + sent + 1))" "messages after reset"

# IMAPS: refused without the test CA, works with it.
write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"' | sed "s|imap://127.0.0.1:$DOVECOT_PORT|imaps://127.0.0.1:$DOVECOT_TLS_PORT|; /ca_file/d")"
set +e; err=$(mc sync --once 2>&1); status=$?; set -e
expect_eq "$status" 1 "untrusted certificate refused"
expect_contains "$err" "certificate" "TLS error names the certificate"
write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"' | sed "s|imap://127.0.0.1:$DOVECOT_PORT|imaps://127.0.0.1:$DOVECOT_TLS_PORT|")"
out=$(mc sync --once 2>/dev/null) || fail "IMAPS with the test CA"
expect_contains "$out" "carol: 0 new" "IMAPS sync"
# Turning verification off is explicit, per account, and logged loudly.
write_config "$(account_toml carol carol 'password_env = "MC_CAROL_PASSWORD"' 'tls_verify = false' | sed "s|imap://127.0.0.1:$DOVECOT_PORT|imaps://127.0.0.1:$DOVECOT_TLS_PORT|; /ca_file/d")"
mc sync --once >/dev/null 2>"$WORK/noverify.log" || fail "IMAPS with tls_verify = false"
expect_contains "$(cat "$WORK/noverify.log")" "TLS certificate verification is OFF" "loud warning"

# A wrong password: a clear error for that account; the other account still syncs.
seed_samples alice
export MC_WRONG=not-the-password
write_config "$(account_toml bad carol 'password_env = "MC_WRONG"'; account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')"
set +e; out=$(mc sync --once 2>"$WORK/wrong.log"); status=$?; set -e
expect_eq "$status" 1 "exit code with a refused login"
expect_contains "$(cat "$WORK/wrong.log")" "bad" "error names the account"
expect_contains "$out" "alice: 0 new, $((inbox + sent)) already archived" "other account kept working"

# XOAUTH2: the token command's first answer has expired; it is run again and the new one works.
expired=$(dovecot_token carol -60)
valid=$(dovecot_token carol 3600)
printf '%s\n' "$expired" > "$WORK/token1"; printf '%s\n' "$valid" > "$WORK/token2"
cat > "$WORK/token.sh" <<SH
#!/bin/sh
if [ -e "$WORK/token.used" ]; then cat "$WORK/token2"; else touch "$WORK/token.used"; cat "$WORK/token1"; fi
SH
chmod +x "$WORK/token.sh"
write_config "$(account_toml carol carol "oauth2_token_command = \"$WORK/token.sh\"")
[imap_filing]
enabled = true
prefix = \"Customers\""
out=$(mc sync --once 2>"$WORK/oauth.log") || { cat "$WORK/oauth.log"; fail "XOAUTH2 sync"; }
expect_contains "$(cat "$WORK/oauth.log")" "token refused, asking oauth2_token_command for a new one" "token refreshed"
grep -q "user=<carol>, method=XOAUTH2" "$DOVECOT_LOG" || fail "no XOAUTH2 login in the server log"

# imap_filing: Customers/<name> holds exactly the matched messages; a second run copies nothing.
folders=$(dovecot_folders carol)
expect_contains "$folders" "Customers/ACME Industrial Supply" "customer folder created"
matched=$(index_sql "select count(distinct s.message_id) from message_sources s join message_customers mc on mc.message_id = s.message_id join customers c on c.id = mc.customer_id where s.account='carol' and c.slug='acme'")
expect_eq "$(dovecot_count carol 'Customers/ACME Industrial Supply')" "$matched" "messages in Customers/ACME Corp"
out=$(mc sync --once 2>/dev/null)
expect_contains "$out" "0 copies to customer folders" "second run copies nothing"
expect_eq "$(dovecot_count carol 'Customers/ACME Industrial Supply')" "$matched" "no second copy"
# A crash between UID COPY and its confirmation leaves intents (confirmed = 0). Here one copy was
# made before the "crash" (all but one) and one was not (expunged here): the made ones are found,
# only the missing one is copied.
index_sql "update imap_copies set confirmed = 0 where account='carol'"
dovecot_doveadm expunge -u carol mailbox 'Customers/ACME Industrial Supply' uid 1
expect_eq "$(dovecot_count carol 'Customers/ACME Industrial Supply')" "$((matched - 1))" "one copy removed"
out=$(mc sync --once 2>"$WORK/resume.log") || { cat "$WORK/resume.log"; fail "sync after an interrupted copy"; }
expect_contains "$(cat "$WORK/resume.log")" "were made before an interruption; not copied again" "interrupted copies found"
expect_eq "$(dovecot_count carol 'Customers/ACME Industrial Supply')" "$matched" "each copy exactly once after the interruption"
expect_eq "$(index_sql "select count(*) from imap_copies where account='carol' and confirmed = 0")" "0" "every intent resolved"

# No secret in anything mailclerk wrote or printed.
for secret in "$CAROL_PASSWORD" "$valid" "$expired"; do
  if grep -rqF -- "$secret" "$WORK"/*.log "$WORK/archive" 2>/dev/null; then fail "a secret leaked"; fi
  if sqlite3 "$WORK/archive/.mailclerk/index.sqlite" .dump | grep -qF -- "$secret"; then fail "secret in the index"; fi
done
pass "IMAP sync: Inbox+Sent, idempotent, flags kept, UIDVALIDITY, TLS, auth, XOAUTH2, server filing"

#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 20: the daily digest delivered for real — through Postfix (STARTTLS, SASL login) into
# Dovecot by LMTP, and by IMAP APPEND into a rep's own INBOX — then read back from the
# mailboxes and checked; a second run the same day sends nothing, and neither does the service
# after a restart. Needs root (Postfix), postfix, dovecot-imapd and dovecot-lmtpd.
source "$(dirname "$0")/lib.sh"
source "$SOURCE_DIR/tests/support/dovecot.sh"
source "$SOURCE_DIR/tests/support/postfix.sh"
_postfix_installed || missing "postfix not installed (apt-get install postfix)"
[ -x /usr/lib/dovecot/lmtp ] || missing "dovecot-lmtpd not installed (apt-get install dovecot-lmtpd)"
[ -x /usr/lib/dovecot/imap ] || missing "dovecot-imapd not installed (apt-get install dovecot-imapd)"
if [ "$(id -u)" != 0 ]; then
  [ "${CI:-}" = true ] && fail "CI runs this test as root (Postfix's master needs it)"
  skip "Postfix needs root"
fi

export DOVECOT_LMTP=1
dovecot_start "$WORK/dovecot" >/dev/null 2>&1 || fail "dovecot did not start"
postfix_start "$WORK/postfix" || fail "postfix did not start"
trap 'status=$?; postfix_stop; dovecot_stop; (exit $status); cleanup' EXIT

write_config "
[[customer]]
name = \"Beta Pumps\"
slug = \"beta\"
domains = [\"beta-pumps.com\"]
category = \"closed\"
owner = \"bob\"

[[customer]]
name = \"Gamma Tech\"
slug = \"gamma\"
domains = [\"gamma.example\"]
category = \"closed\"
owner = \"carol\"

[today]
workdays = [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"]
hours = \"00:00-24:00\"
timezone = \"UTC\"
reply_hours = 1
digest_time = \"00:00\"
web_url = \"https://mailclerk.ourco.com\"
from = \"mailclerk <mailclerk@ourco.com>\"

[smtp]
url = \"smtp://127.0.0.1:$POSTFIX_PORT\"
user = \"alice\"
password_env = \"MC_SMTP_PASSWORD\"
ca_file = \"$DOVECOT_CA\"

[[account]]
name = \"bob\"
url = \"imap://127.0.0.1:$DOVECOT_PORT\"
user = \"bob\"
password_env = \"MC_BOB_PASSWORD\"
ca_file = \"$DOVECOT_CA\"
folders = [\"INBOX\"]
"
# acme is a closed deal here: no follow-up item beside its inquiry.
sed -i 's/^category = "key"$/category = "closed"\nowner = "alice"/' "$WORK/mailclerk.toml"
export MC_SMTP_PASSWORD=secret MC_BOB_PASSWORD=secret

now=$(date +%s)
inquiry() { # FILE FROM TO SUBJECT ID
  mkdir -p "$WORK/in"
  printf 'From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nPlease quote.\n' \
    "$2" "$3" "$4" "$(date -R -u -d "@$(( now - 5 * 3600 ))")" "$5" > "$WORK/in/$1"
}
inquiry 1.eml "Tom <tom@acme.com>" "alice@ourco.com" "Inquiry: DN50 ball valves" inq-1@acme.com
inquiry 2.eml "Li <li@beta-pumps.com>" "bob@ourco.com" "询价：闸阀 DN80" inq-2@beta-pumps.com
inquiry 3.eml "Gus <gus@gamma.example>" "carol@ourco.com" "RFQ: pressure gauges" inq-3@gamma.example
mc import "$WORK/in" >/dev/null
echo alice-password-1 | mc user add alice --role rep --email alice@ourco.com >/dev/null
echo bob-password-1 | mc user add bob --role rep --lang zh >/dev/null
echo boss-password-1 | mc user add boss --role manager --email boss@ourco.com >/dev/null

# read_mailbox USER: every message of USER's INBOX as Python's email module reads it: subject,
# From, To, the text part and the HTML part, as JSON lines.
read_mailbox() {
  python3 - "$DOVECOT_DIR/mail/$1/Maildir" <<'PY'
import email, email.policy, json, os, sys
root = sys.argv[1]
for sub in ("new", "cur"):
    d = os.path.join(root, sub)
    for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
        with open(os.path.join(d, name), "rb") as f:
            m = email.message_from_binary_file(f, policy=email.policy.default)
        text = m.get_body(("plain",)).get_content()
        html = m.get_body(("html",)).get_content()
        print(json.dumps({"subject": str(m["subject"]), "from": str(m["from"]), "to": str(m["to"]),
                          "auto": str(m["auto-submitted"]), "text": text, "html": html}))
PY
}
count() { read_mailbox "$1" | wc -l; }

# Dry run: what would go out, nothing sent, nothing recorded.
out=$(mc today --send --dry-run)
expect_contains "$out" "=== digest for alice to alice@ourco.com (1 items)" "dry run names alice"
expect_contains "$out" "Subject: Today: 1 item needs you" "dry run shows the mail"
expect_eq "$(index_sql "select count(*) from digest_sends")" 0 "dry run records nothing"
postfix_wait_queue_empty
expect_eq "$(count alice)" 0 "dry run sends nothing"

# By SMTP: alice's digest and the manager's team summary; bob has no address (deliver = smtp).
out=$(mc today --send)
expect_contains "$out" "alice            sent" "alice sent"
expect_contains "$out" "boss             sent" "boss sent"
expect_contains "$out" "bob              no-address" "bob has no address"
postfix_wait_queue_empty || fail "postfix did not deliver"
grep -q "sasl_username=alice" "$POSTFIX_LOG" || fail "postfix saw no SASL login: $(tail -5 "$POSTFIX_LOG")"
grep -q "TLS connection established" "$POSTFIX_LOG" || fail "no STARTTLS: $(tail -5 "$POSTFIX_LOG")"
expect_eq "$(count alice)" 1 "alice got one digest"
m=$(read_mailbox alice)
expect_eq "$(echo "$m" | json 'd["subject"]')" "Today: 1 item needs you" "alice's subject"
expect_eq "$(echo "$m" | json 'd["from"]')" "mailclerk <mailclerk@ourco.com>" "From"
expect_eq "$(echo "$m" | json 'd["auto"]')" "auto-generated" "Auto-Submitted"
expect_contains "$(echo "$m" | json 'd["text"]')" "- ACME Corp: Inquiry: DN50 ball valves (5 h)" "text lists the inquiry"
expect_contains "$(echo "$m" | json 'd["html"]')" 'href="https://mailclerk.ourco.com/messages/' "HTML links the message"
expect_contains "$(echo "$m" | json 'd["text"]')" "https://mailclerk.ourco.com/today" "links the page"
b=$(read_mailbox boss)
expect_eq "$(echo "$b" | json 'd["subject"]')" "Team today: 3 open items" "the team summary"
expect_contains "$(echo "$b" | json 'd["text"]')" "  bob: 1 Unanswered inquiries" "per rep"

# A second run the same day sends nothing.
out=$(mc today --send)
expect_contains "$out" "alice            already-sent" "second run: alice"
expect_contains "$out" "boss             already-sent" "second run: boss"
postfix_wait_queue_empty
expect_eq "$(count alice)" 1 "still one digest for alice"
expect_eq "$(count boss)" 1 "still one digest for boss"

# By IMAP APPEND into bob's own INBOX (his [[account]]), in Chinese.
sed 's/^reply_hours = 1$/reply_hours = 1\ndeliver = "append"/' "$WORK/mailclerk.toml" > "$WORK/append.toml"
out=$("$MAILCLERK" -c "$WORK/append.toml" today --send --user bob)
expect_contains "$out" "bob              sent" "bob appended"
expect_contains "$out" "account bob" "into his account"
expect_eq "$(count bob)" 1 "bob got one digest"
m=$(read_mailbox bob)
expect_eq "$(echo "$m" | json 'd["subject"]')" "今日待办：1 项" "bob's subject in Chinese"
expect_contains "$(echo "$m" | json 'd["text"]')" "未回复询价 (1)" "Chinese text"
expect_contains "$(echo "$m" | json 'd["text"]')" "Beta Pumps: 询价：闸阀 DN80" "bob's inquiry"
out=$("$MAILCLERK" -c "$WORK/append.toml" today --send --user bob)
expect_contains "$out" "already-sent" "bob: second run"
expect_eq "$(count bob)" 1 "still one digest for bob"

# The service sends what is due at its start (carol, added now), and after a restart nothing.
echo carol-password-1 | mc user add carol --role rep --email carol@ourco.com >/dev/null
run_daemon() {
  "$MAILCLERK" -c "$WORK/mailclerk.toml" daemon > "$WORK/daemon-$1.log" 2>&1 &
  local pid=$! i
  for i in $(seq 1 200); do
    grep -q "digests for .*: " "$WORK/daemon-$1.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/daemon-$1.log" >&2; fail "daemon exited"; }
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || fail "daemon exit status $?"
  grep "digests for" "$WORK/daemon-$1.log" || fail "the daemon did not look at the digests"
}
expect_contains "$(run_daemon 1)" "1 sent, 3 already sent" "the service sent carol's"
postfix_wait_queue_empty
expect_eq "$(count carol)" 1 "carol got one digest"
expect_contains "$(run_daemon 2)" "0 sent, 4 already sent" "after a restart: nothing"
postfix_wait_queue_empty
expect_eq "$(count carol)" 1 "still one digest for carol"
expect_eq "$(index_sql "select group_concat(user || ':' || state, ' ') from digest_sends")" \
  "alice:sent bob:sent boss:sent carol:sent" "recorded sends"
pass "digests by SMTP and APPEND, once a day"

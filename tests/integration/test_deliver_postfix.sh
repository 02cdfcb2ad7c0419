#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# Issue 19: a real MTA (Debian's Postfix, a private instance on 127.0.0.1 with its own config and
# queue) delivers through a pipe transport into `mailclerk deliver`. Mail sent over SMTP arrives
# filed; with the archive read-only the MTA defers and its queue keeps the mail; after the fix a
# queue run delivers it, nothing lost and nothing twice.
[ "$(id -u)" = 0 ] || { echo "SKIP: needs root: a private Postfix instance and deliver as user nobody" >&2; exit 77; }
source "$(dirname "$0")/deliver_lib.sh"
command -v postfix >/dev/null || { [ "${CI:-}" = true ] && fail "postfix missing (scripts/install-deps.sh)"; skip "postfix not installed"; }

PF=$WORK/postfix
mkdir -p "$PF/etc" "$PF/queue" "$PF/data"
chown postfix "$PF/data"
port=$(( 21000 + RANDOM % 9000 ))
cat > "$PF/etc/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $PF/queue
data_directory = $PF/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
meta_directory = /etc/postfix
shlib_directory = no
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mailclerk-test.localdomain
mydestination = ourco.com
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
# Everything, local or not, goes to mailclerk (a journaling setup); one recipient per delivery,
# so that each run of deliver gets its own --to.
local_transport = mailclerk
default_transport = mailclerk
mailclerk_destination_recipient_limit = 1
alias_maps =
alias_database =
local_recipient_maps =
biff = no
maillog_file = $PF/maillog
maillog_file_prefixes = $PF
queue_run_delay = 300s
minimal_backoff_time = 300s
EOF
cat > "$PF/etc/master.cf" <<EOF
127.0.0.1:$port inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
mailclerk unix  -       n       n       -       -       pipe
  user=nobody argv=$MAILCLERK -c $WORK/mailclerk.toml deliver --from \${sender} --to \${recipient}
EOF
postfix -c "$PF/etc" start >/dev/null 2>&1 || fail "postfix did not start: $(tail -3 "$PF/maillog" 2>/dev/null)"
trap 'st=$?; postfix -c "$PF/etc" stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

# send N FROM TO SUBJECT: one message over SMTP (curl, as any client would).
send() {
  make_message "$WORK/smtp/$1.eml" "$2" "$3" "$4" "Body of $1"
  curl -sS "smtp://127.0.0.1:$port" --mail-from "$2" --mail-rcpt "$3" -T "$WORK/smtp/$1.eml" ||
    fail "SMTP to Postfix failed for $1"
}
queued() { find "$PF/queue/deferred" "$PF/queue/active" "$PF/queue/incoming" -type f 2>/dev/null | wc -l; }
wait_for() { wait_sql "$1" "$2" "$3" "$PF/maillog"; }

send s1 buyer@acme.com sales@ourco.com "SMTP inquiry one"
send s2 rep@ourco.com buyer@acme.com "SMTP quote two"
send s3 buyer@ecpc.com.cn rep@ourco.com "SMTP order three"
wait_for "select count(*) from messages" 3 60
wait_for "select count(*) from message_sources where kind = 'mta'" 3 30
expect_eq "$(queued)" 0 "queue after delivery"

# The archive read-only for the pipe's user: Postfix is told 75 and keeps the mail.
chmod -R a-w "$WORK/archive"
send s4 buyer@acme.com sales@ourco.com "SMTP while broken four"
send s5 buyer@acme.com sales@ourco.com "SMTP while broken five"
deadline=$((SECONDS + 60))
until [ "$(grep -c 'status=deferred' "$PF/maillog")" -ge 2 ]; do
  [ $SECONDS -lt $deadline ] || fail "Postfix did not defer: $(tail -3 "$PF/maillog")"
  sleep 0.2
done
expect_eq "$(queued)" 2 "messages kept in Postfix's queue"
expect_eq "$(index_sql "select count(*) from messages")" 3 "nothing filed while read-only"
grep 'status=deferred' "$PF/maillog" | head -1 | grep -q "temporary failure\|75" ||
  fail "deferred for another reason: $(grep 'status=deferred' "$PF/maillog" | head -1)"

# Fixed: a queue run delivers both, once.
chmod -R u+w "$WORK/archive"
postqueue -c "$PF/etc" -f
wait_for "select count(*) from messages" 5 60
deadline=$((SECONDS + 30))
until [ "$(queued)" = 0 ]; do [ $SECONDS -lt $deadline ] || fail "queue not empty"; sleep 0.2; done
expect_eq "$(index_sql "select count(*) from messages where subject like 'SMTP while broken%'")" 2 "filed once each"
expect_eq "$(index_sql "select count(*) from message_sources where kind = 'mta'")" 5 "one source each"
mc verify >/dev/null || fail "verify"
pass "Postfix pipe transport: filed; deferred and queued while the archive is read-only; then filed once"

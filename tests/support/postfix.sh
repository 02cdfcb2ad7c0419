#!/usr/bin/env bash
# postfix.sh — a throwaway Postfix on 127.0.0.1 in front of a tests/support/dovecot.sh instance
# started with DOVECOT_LMTP=1: SMTP submission with STARTTLS (the Dovecot test CA's server
# certificate) and SASL authentication against Dovecot's users (alice, bob: "secret"); mail for
# $POSTFIX_DOMAINS is delivered by LMTP into Dovecot. Never touches the system's Postfix: own
# config directory, queue, data directory, port and log. Needs root (Postfix's master runs as
# root) and the packages postfix and dovecot-lmtpd.
#
#   source tests/support/dovecot.sh; source tests/support/postfix.sh
#   DOVECOT_LMTP=1 dovecot_start
#   postfix_start [DIR]          # sets POSTFIX_DIR, POSTFIX_PORT, POSTFIX_LOG
#   trap 'postfix_stop; dovecot_stop' EXIT
#
# Variables: POSTFIX_DOMAINS (default "ourco.com") — the domains delivered to Dovecot.

_postfix_err() { echo "postfix.sh: error: $*" >&2; return 1; }

# The tests decide whether a missing Postfix skips or fails (tests/integration/lib.sh missing);
# nothing is installed here.
_postfix_installed() {
  command -v postfix >/dev/null 2>&1 && [ -x /usr/lib/postfix/sbin/master ]
}

_postfix_master_cf() {
  cat <<EOF
127.0.0.1:$POSTFIX_PORT inet n - n - - smtpd
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
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
}

_postfix_main_cf() {
  local d=$POSTFIX_DIR
  cat <<EOF
compatibility_level = 3.6
queue_directory = $d/queue
data_directory = $d/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
shlib_directory = /usr/lib/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file = $d/postfix.log
maillog_file_prefixes = $d
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = mail.test.invalid
mydestination =
mynetworks = 127.0.0.1/32
relay_domains =
alias_maps =
virtual_mailbox_domains = ${POSTFIX_DOMAINS:-ourco.com}
virtual_transport = lmtp:unix:$DOVECOT_BASE_DIR/lmtp
smtpd_tls_cert_file = $DOVECOT_DIR/tls/server.pem
smtpd_tls_key_file = $DOVECOT_DIR/tls/server.key
smtpd_tls_security_level = may
smtpd_tls_auth_only = yes
smtpd_tls_loglevel = 1
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = $DOVECOT_BASE_DIR/auth-client
# Only authenticated clients may send, even to the local domains: the test proves the login.
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
smtpd_relay_restrictions = permit_sasl_authenticated, reject
EOF
}

# postfix_start [DIR]: set up (first time) and start; waits until the port accepts connections.
postfix_start() {
  [ "$(id -u)" = 0 ] || { _postfix_err "Postfix's master runs as root only"; return 1; }
  [ -n "${DOVECOT_BASE_DIR:-}" ] && [ -S "$DOVECOT_BASE_DIR/lmtp" ] ||
    { _postfix_err "start Dovecot with DOVECOT_LMTP=1 first"; return 1; }
  _postfix_installed || { _postfix_err "postfix is not installed (apt-get install postfix)"; return 1; }
  POSTFIX_DIR=${1:-$(mktemp -d "${TMPDIR:-/tmp}/postfix-test.XXXXXX")}
  mkdir -p "$POSTFIX_DIR/conf" "$POSTFIX_DIR/queue" "$POSTFIX_DIR/data" || return 1
  chmod 755 "$POSTFIX_DIR"
  chown postfix "$POSTFIX_DIR/data"
  POSTFIX_LOG=$POSTFIX_DIR/postfix.log
  local attempt
  for attempt in 1 2 3 4 5; do
    POSTFIX_PORT=$(_dovecot_pick_port) || return 1
    _postfix_main_cf > "$POSTFIX_DIR/conf/main.cf"
    _postfix_master_cf > "$POSTFIX_DIR/conf/master.cf"
    postfix -c "$POSTFIX_DIR/conf" start >"$POSTFIX_DIR/start.out" 2>&1 ||
      { cat "$POSTFIX_DIR/start.out" "$POSTFIX_LOG" >&2 2>/dev/null; _postfix_err "postfix start failed"; return 1; }
    if _dovecot_wait_port "$POSTFIX_PORT" open 10; then
      export POSTFIX_DIR POSTFIX_PORT POSTFIX_LOG
      return 0
    fi
    postfix -c "$POSTFIX_DIR/conf" stop >/dev/null 2>&1 || true
  done
  _postfix_err "Postfix did not open 127.0.0.1:$POSTFIX_PORT"
}

# postfix_stop: safe to call twice and when never started (for traps).
postfix_stop() {
  [ -n "${POSTFIX_DIR:-}" ] && [ -f "$POSTFIX_DIR/conf/main.cf" ] || return 0
  postfix -c "$POSTFIX_DIR/conf" stop >/dev/null 2>&1 || true
  local pid i
  pid=$(cat "$POSTFIX_DIR/queue/pid/master.pid" 2>/dev/null | tr -d ' ')
  for i in $(seq 1 100); do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  return 0
}

# postfix_wait_queue_empty [SECONDS]: until every accepted message has been delivered.
postfix_wait_queue_empty() {
  local i n=$(( ${1:-20} * 10 ))
  for i in $(seq 1 "$n"); do
    [ -z "$(find "$POSTFIX_DIR/queue/incoming" "$POSTFIX_DIR/queue/active" \
              "$POSTFIX_DIR/queue/deferred" -type f 2>/dev/null)" ] && return 0
    sleep 0.1
  done
  _postfix_err "mail still queued after ${1:-20} s; see $POSTFIX_LOG"
}

#!/usr/bin/env bash
# check_dovecot.sh — proves tests/support/dovecot.sh: start, seed, STARTTLS/IMAPS/password/XOAUTH2
# logins with curl, flags, UIDVALIDITY reset, restart, two instances side by side, stop.
# Exit 0 = all checks passed. Needs root (or sudo) the first time, to apt-get install dovecot-imapd.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=dovecot.sh
. "$HERE/dovecot.sh"

command -v curl >/dev/null 2>&1 || { echo "check_dovecot: curl missing (apt-get install curl)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/check-dovecot.XXXXXX)
D2=""
cleanup() {
  local st=$?
  dovecot_stop "$WORK/d1" >/dev/null 2>&1 || true
  [ -n "$D2" ] && { dovecot_stop "$D2" >/dev/null 2>&1 || true; }
  if [ $st -eq 0 ]; then rm -rf "$WORK"; else echo "check_dovecot: FAILED (exit $st); kept $WORK" >&2; fi
}
trap cleanup EXIT

n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
fail() { echo "not ok - $*" >&2; exit 1; }

# curl_rc ARGS...: curl's exit code (0 = success), output in $WORK/curl.out
curl_rc() { local rc=0; curl -sS --max-time 15 "$@" > "$WORK/curl.out" 2>&1 || rc=$?; echo $rc; }

# ---- start and seed ------------------------------------------------------------------------------
dovecot_start "$WORK/d1"
[ -n "$DOVECOT_PORT" ] && [ -n "$DOVECOT_TLS_PORT" ] && [ "$DOVECOT_PORT" != "$DOVECOT_TLS_PORT" ] &&
  [ -f "$DOVECOT_CA" ] && [ -f "$DOVECOT_CONF" ] || fail "variables not set"
ok "started on $DOVECOT_PORT (STARTTLS) and $DOVECOT_TLS_PORT (IMAPS), DIR=$DOVECOT_DIR"

mkdir -p "$WORK/msgs"
for i in 1 2 3; do
  printf 'From: Buyer <buyer@acme.com>\nTo: alice@ourco.com\nSubject: RFQ %d\nMessage-ID: <rfq-%d@acme.com>\nDate: Mon, 03 Nov 2025 09:4%d:00 +0800\n\nPlease quote %d pcs.\n' \
    "$i" "$i" "$i" "$i" > "$WORK/msgs/$i.eml"
done
printf 'From: alice@ourco.com\nTo: buyer@acme.com\nSubject: Quote\nMessage-ID: <q1@ourco.com>\n\nUSD 12.50\n' > "$WORK/msgs/sent.eml"
dovecot_seed alice INBOX "$WORK"/msgs/[123].eml
dovecot_seed alice Sent "$WORK/msgs/sent.eml"
[ "$(dovecot_count alice INBOX)" = 3 ] || fail "INBOX count: $(dovecot_count alice INBOX)"
[ "$(dovecot_count alice Sent)" = 1 ] || fail "Sent count: $(dovecot_count alice Sent)"
ok "seeded 3 messages into INBOX and 1 into Sent (dovecot_count)"

dovecot_folders alice > "$WORK/folders"
grep -qx INBOX "$WORK/folders" && grep -qx Sent "$WORK/folders" || fail "dovecot_folders: $(cat "$WORK/folders")"
ok "dovecot_folders lists INBOX and Sent"

# ---- logins -------------------------------------------------------------------------------------
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] || fail "STARTTLS list: curl exit $rc: $(cat "$WORK/curl.out")"
grep -q '\\Sent.* Sent' "$WORK/curl.out" && grep -q 'INBOX' "$WORK/curl.out" || fail "STARTTLS list: $(cat "$WORK/curl.out")"
ok "STARTTLS + password: LIST shows INBOX and Sent (\\Sent)"

rc=$(curl_rc --user alice:secret "imaps://127.0.0.1:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] && grep -q 'Sent' "$WORK/curl.out" || fail "IMAPS list: curl exit $rc: $(cat "$WORK/curl.out")"
ok "IMAPS + password works"

rc=$(curl_rc --user alice:secret "imaps://localhost:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] || fail "IMAPS via the name localhost: curl exit $rc"
ok "certificate valid for localhost too"

rc=$(curl_rc --user alice:secret "imaps://127.0.0.1:$DOVECOT_TLS_PORT/")
[ "$rc" = 60 ] || fail "IMAPS without the CA should fail verification (60), got $rc"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/" --ssl-reqd)
[ "$rc" = 60 ] || fail "STARTTLS without the CA should fail verification (60), got $rc"
ok "without DOVECOT_CA the certificate is untrusted (curl exit 60) on both ports"

rc=$(curl_rc --user alice:wrong "imap://127.0.0.1:$DOVECOT_PORT/" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 67 ] || fail "wrong password should give 67 (login denied), got $rc"
ok "wrong password is refused (curl exit 67)"

TOKEN=$(dovecot_token alice)
rc=$(curl_rc --user alice --oauth2-bearer "$TOKEN" --login-options AUTH=XOAUTH2 \
        "imaps://127.0.0.1:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] || fail "bearer token: curl exit $rc: $(cat "$WORK/curl.out")"
ok "minted token accepted (curl --oauth2-bearer --login-options AUTH=XOAUTH2; curl 7.88 sends OAUTHBEARER)"

# curl 7.88 ignores AUTH=XOAUTH2 when the server also offers OAUTHBEARER (curl issue #10259):
# speak XOAUTH2 itself with python's imaplib and check the server log says so.
if command -v python3 >/dev/null 2>&1; then
  xo() {  # xo TOKEN -> OK/NO
    python3 - "$DOVECOT_TLS_PORT" "$DOVECOT_CA" "$1" <<'PY'
import imaplib, ssl, sys
port, ca, tok = int(sys.argv[1]), sys.argv[2], sys.argv[3]
m = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=ssl.create_default_context(cafile=ca))
try:
    m.authenticate("XOAUTH2", lambda _: ("user=alice\x01auth=Bearer %s\x01\x01" % tok).encode())
    print("OK")
except imaplib.IMAP4.error:
    print("NO")
PY
  }
  [ "$(xo "$TOKEN")" = OK ] || fail "AUTHENTICATE XOAUTH2 with a valid token"
  grep -q 'user=<alice>, method=XOAUTH2' "$DOVECOT_LOG" || fail "no XOAUTH2 login in $DOVECOT_LOG"
  [ "$(xo "$(dovecot_token alice -60)")" = NO ] || fail "AUTHENTICATE XOAUTH2 with an expired token succeeded"
  ok "AUTHENTICATE XOAUTH2 (python imaplib): valid token OK, expired token NO"
fi

EXPIRED=$(dovecot_token alice -60)
rc=$(curl_rc --user alice --oauth2-bearer "$EXPIRED" --login-options AUTH=XOAUTH2 \
        "imaps://127.0.0.1:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" != 0 ] || fail "expired token accepted"
grep -q 'Token has expired' "$DOVECOT_LOG" || fail "log does not say 'Token has expired'"
ok "expired token refused (curl exit $rc; log: Token has expired)"

BOBTOKEN=$(dovecot_token bob)
rc=$(curl_rc --user alice --oauth2-bearer "$BOBTOKEN" "imaps://127.0.0.1:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" != 0 ] || fail "bob's token accepted for alice"
ok "a token for bob does not log in as alice (curl exit $rc)"

FORGED=${TOKEN%.*}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
rc=$(curl_rc --user alice --oauth2-bearer "$FORGED" "imaps://127.0.0.1:$DOVECOT_TLS_PORT/" --cacert "$DOVECOT_CA")
[ "$rc" != 0 ] || fail "token with a bad signature accepted"
ok "bad signature refused (curl exit $rc)"

# ---- flags --------------------------------------------------------------------------------------
dovecot_flags alice INBOX > "$WORK/flags0"
[ "$(wc -l < "$WORK/flags0")" = 3 ] && ! grep -q Seen "$WORK/flags0" || fail "flags before fetch: $(cat "$WORK/flags0")"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/INBOX;UID=2" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] && grep -q 'Subject: RFQ' "$WORK/curl.out" || fail "fetch UID 2: $rc"
dovecot_flags alice INBOX > "$WORK/flags1"
grep -q "^2	.*\\\\Seen" "$WORK/flags1" && [ "$(grep -c Seen "$WORK/flags1")" = 1 ] || fail "flags after fetch: $(cat "$WORK/flags1")"
ok "dovecot_flags: unseen after seeding; a libcurl URL fetch of UID 2 set \\Seen on it only"

# ---- UIDVALIDITY ----------------------------------------------------------------------------------
UV0=$(dovecot_uidvalidity alice INBOX)
UV1=$(dovecot_reset_uidvalidity alice INBOX)
[ -n "$UV0" ] && [ "$UV1" != "$UV0" ] && [ "$(dovecot_uidvalidity alice INBOX)" = "$UV1" ] || fail "reset while running: $UV0 -> $UV1"
ok "UIDVALIDITY reset while running: $UV0 -> $UV1"

PORT0=$DOVECOT_PORT
dovecot_stop
dovecot_running && fail "still running after dovecot_stop"
(exec 3<>"/dev/tcp/127.0.0.1/$PORT0") 2>/dev/null && fail "port $PORT0 still open after stop"
[ -d "$DOVECOT_BASE_DIR" ] && fail "base_dir $DOVECOT_BASE_DIR left behind"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/")
[ "$rc" = 7 ] || fail "connect after stop should fail with 7, got $rc"
ok "dovecot_stop: process gone, port closed (curl exit 7), base_dir removed"

dovecot_reset_uidvalidity alice INBOX
dovecot_start "$WORK/d1"
[ "$DOVECOT_PORT" = "$PORT0" ] || fail "port changed across restart: $PORT0 -> $DOVECOT_PORT"
UV2=$(dovecot_uidvalidity alice INBOX)
[ "$UV2" != "$UV1" ] || fail "reset while stopped did not change UIDVALIDITY ($UV1)"
[ "$(dovecot_count alice INBOX)" = 3 ] || fail "mail lost across restart"
ok "UIDVALIDITY reset while stopped: $UV1 -> $UV2 after start; same port, 3 messages kept"

dovecot_seed alice INBOX "$WORK/msgs/1.eml"
dovecot_restart
[ "$(dovecot_count alice INBOX)" = 4 ] || fail "count after seeding while running + restart"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] || fail "login after restart: $rc"
ok "seed while running, dovecot_restart: same ports, 4 messages, logins work"

# ---- a second instance side by side, through the command-line form ------------------------------
D2=$WORK/d2
ENV2=$("$HERE/dovecot.sh" start "$D2")
P2=$(printf '%s\n' "$ENV2" | sed -n "s/^export DOVECOT_PORT='\(.*\)'$/\1/p")
CA2=$(printf '%s\n' "$ENV2" | sed -n "s/^export DOVECOT_CA='\(.*\)'$/\1/p")
[ -n "$P2" ] && [ "$P2" != "$DOVECOT_PORT" ] && [ "$P2" != "$DOVECOT_TLS_PORT" ] || fail "second instance ports: $ENV2"
T2=$("$HERE/dovecot.sh" token "$D2" bob 120)
rc=$(curl_rc --user bob --oauth2-bearer "$T2" "imap://127.0.0.1:$P2/" --ssl-reqd --cacert "$CA2")
[ "$rc" = 0 ] || fail "second instance token login: $rc"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$P2/" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 60 ] || fail "first instance's CA must not validate the second's certificate (got $rc)"
"$HERE/dovecot.sh" stop "$D2"
rc=$(curl_rc --user alice:secret "imap://127.0.0.1:$DOVECOT_PORT/" --ssl-reqd --cacert "$DOVECOT_CA")
[ "$rc" = 0 ] || fail "first instance affected by stopping the second: $rc"
ok "second instance (dovecot.sh start/token/stop) on port $P2 beside the first; each has its own CA"

dovecot_stop
dovecot_stop   # idempotent
ok "stopped"
echo "check_dovecot: all $n checks passed"

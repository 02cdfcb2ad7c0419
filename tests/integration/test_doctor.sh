#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# mailclerk doctor (issue 22) against a real Dovecot and real permissions: a sound setup passes
# (exit 0); each misconfiguration fails its own check with a fix, and exit 1: config errors and
# an unreadable config, an unwritable archive root and root-owned files in it, too little free
# space, an outdated or newer index, a readable password file, a wrong password, a missing or
# unreadable CA, a server without the needed auth mechanism, configured or Sent folders the
# server lacks, a web certificate that does not match its key or has expired, a web port in
# use (by another program; by mailclerk itself it passes) or privileged, and a clock behind the
# server's.
source "$(dirname "$0")/imap_lib.sh"

# As root the checks run as the service would: as another user (nobody here). Otherwise as
# ourselves, and unwritable means a read-only mode.
if [ "$(id -u)" = 0 ]; then
  as=(--user nobody) owner=nobody:nogroup group=nogroup
  as_user() { exec setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
else
  as=() owner="$(id -un):$(id -gn)" group=$(id -gn)
  as_user() { exec "$@"; }
fi
chmod 755 "$WORK"
mkdir -p "$WORK/archive" "$WORK/secrets" "$WORK/web"
chown "$owner" "$WORK/archive" "$WORK/secrets"
printf '%s\n' "$CAROL_PASSWORD" > "$WORK/secrets/carol" # imap_lib.sh added carol
printf 'wrong-password\n' > "$WORK/secrets/wrong"
chown "$owner" "$WORK"/secrets/*
chmod 600 "$WORK"/secrets/*
seed_samples carol

# doctor_config [account TOML] [extra TOML]: the archive under $WORK, readable as the package
# installs it (0640, group of the service).
doctor_config() {
  printf '[archive]\nroot = "%s/archive"\nown_domains = ["hengda-valves.com"]\n%s\n%s\n' \
    "$WORK" "${1:-}" "${2:-}" > "$WORK/mailclerk.toml"
  chgrp "$group" "$WORK/mailclerk.toml"
  chmod 640 "$WORK/mailclerk.toml"
}
# carol [extra lines...]: carol's account over STARTTLS with the test CA and her password file.
carol() {
  account_toml carol carol "password_file = \"$WORK/secrets/carol\"" "$@"
}

# run_doctor [options]: sets DOC (the JSON report) and RC, and writes the checks to
# $WORK/checks.tsv (id, status, message, hint), read once rather than once per check.
run_doctor() {
  set +e
  DOC=$("$MAILCLERK" -c "$WORK/mailclerk.toml" doctor --json "${as[@]}" "$@" 2>"$WORK/doctor.err")
  RC=$?
  set -e
  [ -n "$DOC" ] || { cat "$WORK/doctor.err" >&2; fail "doctor printed no report (exit $RC)"; }
  printf '%s' "$DOC" | python3 -c '
import json, sys
for c in json.load(sys.stdin)["checks"]:
    print("\t".join([c["id"], c["status"], c["message"], c.get("hint", "")]))' > "$WORK/checks.tsv"
}
# check ID STATUS [TEXT]: the check's status, and TEXT in its message or hint.
check() {
  local got
  got=$(awk -F'\t' -v id="$1" '$1 == id { print $2 "\t" $3 "\t" $4 }' "$WORK/checks.tsv")
  if [ "${got%%$'\t'*}" != "$2" ]; then
    printf '%s\n' "$DOC" | python3 -m json.tool >&2
    fail "$1: expected $2, got: ${got:-absent}"
  fi
  [ -z "${3:-}" ] || expect_contains "$got" "$3" "$1"
}
expect_rc() {
  [ "$RC" = "$1" ] && return 0
  printf '%s\n' "$DOC" | python3 -m json.tool >&2
  fail "doctor's exit status: expected $1, got $RC"
}

# --- A sound setup: every check passes (warnings allowed), exit 0 ---------------------------
web_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
  -keyout "$WORK/web/key.pem" -out "$WORK/web/cert.pem" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=other \
  -keyout "$WORK/web/other-key.pem" -out "$WORK/web/other-cert.pem" 2>/dev/null
chgrp "$group" "$WORK"/web/*.pem
chmod 640 "$WORK"/web/*.pem
web="[web]
listen = \"127.0.0.1:$web_port\"
cert_file = \"$WORK/web/cert.pem\"
key_file = \"$WORK/web/key.pem\""
doctor_config "$(carol)" "$web"
run_doctor
expect_rc 0
for id in config archive.writable archive.filesystem archive.filing index.filesystem archive.space index \
  account.carol.secret account.carol.tls account.carol.auth account.carol.login \
  account.carol.inbox account.carol.folders web.certificate web.listen; do
  check "$id" pass
done
check account.carol.tls pass "certificate verified against $DOVECOT_CA"
check account.carol.inbox pass "ID sent"
check account.carol.folders pass 'the \Sent folder "Sent"'
check web.certificate pass "/CN=localhost and its key match"
check archive.filing pass "files are put in place with renameat2(RENAME_NOREPLACE)"
# How files are put in place, as forced for a shared root's filesystem (issue 23), and a mode
# that does not exist.
MAILCLERK_FILING=link run_doctor
check archive.filing pass "with link() + unlink() (MAILCLERK_FILING=link)"
MAILCLERK_FILING=hardlink run_doctor
check archive.filing fail "MAILCLERK_FILING=hardlink: not a filing mode"
human=$("$MAILCLERK" -c "$WORK/mailclerk.toml" doctor "${as[@]}") || fail "human output, exit $?"
expect_contains "$human" "0 failed" "human summary"
pass "a sound setup passes"

# --- The config -------------------------------------------------------------------------------
printf '[archive]\nroot = "%s/archive"\nroots = 1\n' "$WORK" > "$WORK/mailclerk.toml"
chmod 644 "$WORK/mailclerk.toml"
run_doctor
expect_rc 1
check config fail "unknown key (did you mean 'root'?)"
check archive skip
doctor_config "$(carol)"
if [ "$(id -u)" = 0 ]; then
  chgrp root "$WORK/mailclerk.toml"
  run_doctor
  expect_rc 1
  check config fail "Permission denied"
  check config fail "chmod 0640"
  doctor_config "$(carol)"
fi
pass "config errors and an unreadable config"

# --- The archive on disk ----------------------------------------------------------------------
doctor_config
chown root:root "$WORK/archive"
chmod 755 "$WORK/archive"
[ "$(id -u)" = 0 ] || chmod 555 "$WORK/archive"
run_doctor
expect_rc 1
check archive.writable fail "cannot write into $WORK/archive"
check archive.writable fail "chown -R"
chown "$owner" "$WORK/archive"
chmod 755 "$WORK/archive"
# A file written by mailclerk run as root, later not writable by the service.
mkdir -p "$WORK/archive/.mailclerk"
chown "$owner" "$WORK/archive/.mailclerk"
make_message "$WORK/in/one.eml" "John <john@acme-industrial.com>" "alice@hengda-valves.com" "RFQ"
chmod -R a+rX "$WORK/in"
(as_user "$MAILCLERK" -c "$WORK/mailclerk.toml" import "$WORK/in" >/dev/null 2>&1) || fail "import"
if [ "$(id -u)" = 0 ]; then
  chown root:root "$WORK/archive/.mailclerk/index.sqlite"
  run_doctor
  expect_rc 1
  check archive.writable fail "index.sqlite (root, mode 644)"
  chown "$owner" "$WORK/archive/.mailclerk/index.sqlite"
fi
run_doctor --min-free-mb 1000000000
expect_rc 1
check archive.space fail "less than 1000000000 MiB"
pass "unwritable archive root, root-owned index, too little space"

# --- The index --------------------------------------------------------------------------------
run_doctor
check index pass "(current)"
current=$(index_sql "PRAGMA user_version")
index_sql "PRAGMA user_version = 3"
run_doctor
expect_rc 1
check index fail "schema version 3, this mailclerk needs $current"
index_sql "PRAGMA user_version = $((current + 1))"
run_doctor
check index fail "is newer than this mailclerk"
index_sql "PRAGMA user_version = $current"
pass "outdated and newer index"

# --- Accounts ---------------------------------------------------------------------------------
chmod 644 "$WORK/secrets/carol"
doctor_config "$(carol)"
run_doctor
expect_rc 1
check account.carol.secret fail "readable by others"
check account.carol.login skip
chmod 600 "$WORK/secrets/carol"

doctor_config "$(account_toml carol carol "password_file = \"$WORK/secrets/wrong\"")"
run_doctor
expect_rc 1
check account.carol.tls pass
check account.carol.login fail "login refused for user carol"
check account.carol.login fail "first line of $WORK/secrets/wrong"
check account.carol.inbox skip
pass "a readable password file, a wrong password"

# Missing CA: IMAPS without the test CA, then a ca_file that is not there.
doctor_config "$(carol | sed "s|imap://127.0.0.1:$DOVECOT_PORT|imaps://127.0.0.1:$DOVECOT_TLS_PORT|; /ca_file/d")"
run_doctor
expect_rc 1
check account.carol.tls fail "certificate"
check account.carol.tls fail "set ca_file"
check account.carol.login skip
doctor_config "$(carol | sed "s|ca_file = .*|ca_file = \"$WORK/missing-ca.pem\"|")"
run_doctor
check account.carol.tls fail "cannot read ca_file $WORK/missing-ca.pem"
# Without verification it works, but doctor says what it costs.
doctor_config "$(carol 'tls_verify = false' | sed '/ca_file/d')"
run_doctor
expect_rc 0
check account.carol.tls warn "without checking the server's certificate"
pass "missing CA, unreadable ca_file, verification off"

# Folders: a configured one the server lacks.
doctor_config "$(carol 'folders = ["INBOX", "Sent Items"]')"
run_doctor
expect_rc 1
check account.carol.folders fail "not on the server: Sent Items"
pass "a configured folder the server lacks"

# --- The web listener -------------------------------------------------------------------------
doctor_config "$(carol)" "[web]
listen = \"127.0.0.1:$web_port\"
cert_file = \"$WORK/web/cert.pem\"
key_file = \"$WORK/web/other-key.pem\""
run_doctor
expect_rc 1
check web.certificate fail "is not the key of $WORK/web/cert.pem"
# A certificate that ran out in 2020 (openssl ca sets the dates; req cannot).
(
  mkdir -p "$WORK/oldca" && cd "$WORK/oldca" && touch index.txt && echo 01 > serial &&
  printf '[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n' > ca.cnf &&
  openssl req -new -newkey rsa:2048 -nodes -subj /CN=old -keyout key.pem -out req.csr &&
  openssl ca -batch -config ca.cnf -selfsign -keyfile key.pem -in req.csr -out cert.pem \
    -startdate 20200101000000Z -enddate 20200201000000Z
) >/dev/null 2>&1 || fail "could not make an expired certificate"
chmod 644 "$WORK/oldca/cert.pem" "$WORK/oldca/key.pem"
doctor_config "$(carol)" "[web]
listen = \"127.0.0.1:$web_port\"
cert_file = \"$WORK/oldca/cert.pem\"
key_file = \"$WORK/oldca/key.pem\""
run_doctor
expect_rc 1
check web.certificate fail "/CN=old expired"
python3 -c '
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(60)' "$web_port" &
listener=$!
trap 'kill $listener 2>/dev/null || true; st=$?; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$web_port") 2>/dev/null && break; sleep 0.1; done
doctor_config "$(carol)" "$web"
run_doctor
expect_rc 1
check web.listen fail "is in use by"
kill $listener
wait $listener 2>/dev/null || true
# The service itself holds the port: that is as it should be.
(as_user "$MAILCLERK" -c "$WORK/mailclerk.toml" web >"$WORK/web.log" 2>&1) &
listener=$!
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$web_port") 2>/dev/null && break; sleep 0.1; done
run_doctor
check web.listen pass "is served by mailclerk (pid $listener)"
kill $listener
wait $listener 2>/dev/null || true
if [ "$(id -u)" = 0 ]; then
  doctor_config "$(carol)" "[web]
listen = \"127.0.0.1:443\"
cert_file = \"$WORK/web/cert.pem\"
key_file = \"$WORK/web/key.pem\""
  run_doctor
  expect_rc 1
  check web.listen fail "Permission denied"
  check web.listen fail "CAP_NET_BIND_SERVICE"
fi
pass "web certificate and key mismatch, expired certificate, port in use, held by the service, privileged"

# --- Server side: mechanisms and the Sent folder (Dovecot reconfigured) -----------------------
printf '#!/bin/sh\necho token\n' > "$WORK/token.sh"
chmod 755 "$WORK/token.sh"
dovecot_stop >/dev/null
sed -i 's/^auth_mechanisms = .*/auth_mechanisms = plain login/; s/auto = create/auto = no/' "$DOVECOT_CONF"
rm -rf "$DOVECOT_DIR/mail/bob/Maildir/.Sent"
dovecot_start >/dev/null || fail "dovecot restart"
doctor_config "$(account_toml bob bob "oauth2_token_command = \"$WORK/token.sh\"")"
run_doctor
expect_rc 1
check account.bob.auth fail "the server offers no OAuth2 login"
check account.bob.login skip
printf 'secret\n' > "$WORK/secrets/bob"
chown "$owner" "$WORK/secrets/bob"
chmod 600 "$WORK/secrets/bob"
doctor_config "$(account_toml bob bob "password_file = \"$WORK/secrets/bob\"")"
run_doctor
expect_rc 1
check account.bob.login pass
check account.bob.folders fail 'the server marks no folder \Sent'
pass "no OAuth2 mechanism, no Sent folder"

# --- The clock: the server dated bob's newest message 2.5 hours in our future -----------------
make_message "$WORK/future/f.eml" "John <john@acme-industrial.com>" "bob@hengda-valves.com" "Later"
touch -d '+150 minutes' "$WORK/future/f.eml"  # whatever the seconds until doctor asks: "2 h"
dovecot_seed bob INBOX "$WORK/future/f.eml" >/dev/null
doctor_config "$(account_toml bob bob "password_file = \"$WORK/secrets/bob\"" 'folders = ["INBOX"]')"
run_doctor
expect_rc 1
check account.bob.folders pass
check clock fail "at least 2 h behind the server of account bob"
pass "a clock behind the server's"

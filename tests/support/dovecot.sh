#!/usr/bin/env bash
# dovecot.sh — a throwaway Dovecot IMAP server on 127.0.0.1 for integration tests and benchmarks.
# Never touches the system service: own config, own ports, own base_dir, own mail, own log.
#
# As a library (bash):
#   source tests/support/dovecot.sh
#   dovecot_start [DIR]          # DIR: created if missing (default: mktemp -d); sets DOVECOT_* below
#   trap 'dovecot_stop' EXIT
#   dovecot_seed alice INBOX msg1.eml msg2.eml
#   curl --user alice:secret --ssl-reqd --cacert "$DOVECOT_CA" "imap://127.0.0.1:$DOVECOT_PORT/"
#
# As a command:
#   dovecot.sh start DIR                      prints `export DOVECOT_...=...` lines: eval "$(dovecot.sh start DIR)"
#   dovecot.sh stop DIR
#   dovecot.sh restart DIR
#   dovecot.sh env DIR                        prints the export lines of an instance set up in DIR
#   dovecot.sh token DIR USER [EXPIRES_IN]    prints an HS256 JWT (XOAUTH2/OAUTHBEARER); EXPIRES_IN
#                                             seconds from now, default 3600, negative = already expired
#   dovecot.sh seed DIR USER FOLDER FILE...   (and flags, folders, count, reset-uidvalidity: see below)
#
# Variables set (and exported) by dovecot_start / dovecot_env:
#   DOVECOT_DIR       the instance directory (config, CA, keys, mail, state, log)
#   DOVECOT_CONF      DIR/dovecot.conf                (for doveadm -c)
#   DOVECOT_PORT      plain IMAP port, STARTTLS offered (imap://127.0.0.1:$DOVECOT_PORT)
#   DOVECOT_TLS_PORT  IMAPS port                      (imaps://127.0.0.1:$DOVECOT_TLS_PORT)
#   DOVECOT_CA        the test CA certificate (PEM) that signed the server cert (localhost, 127.0.0.1)
#   DOVECOT_LOG       DIR/dovecot.log
#   DOVECOT_BASE_DIR  the short runtime dir under /tmp (sockets, master.pid)
#   DOVECOT_PASSWORD  "secret" (users: alice, bob)
#
# Read at the first dovecot_start of a DIR:
#   DOVECOT_AUTH_MECHANISMS  SASL mechanisms offered, default "plain login xoauth2 oauthbearer";
#                            "plain login xoauth2" mimics Exchange Online (no OAUTHBEARER)
#   DOVECOT_LMTP=1           also deliver by LMTP (an MTA in front: tests/support/postfix.sh) on
#                            $DOVECOT_BASE_DIR/lmtp, "user@domain" delivered to "user", and
#                            offer SASL to it on $DOVECOT_BASE_DIR/auth-client (needs
#                            dovecot-lmtpd)
#
# Functions (all take the instance from $DOVECOT_DIR unless noted):
#   dovecot_start [DIR]                  create (first time) and start; waits until both ports accept
#   dovecot_stop [DIR]                   doveadm stop; waits until the process is gone and the port closed
#   dovecot_restart [DIR]                stop, then start again with the same config, ports and mail
#   dovecot_running [DIR]                exit status 0 when the instance is up
#   dovecot_env DIR                      load the DOVECOT_* variables of an instance set up in DIR
#   dovecot_token USER [EXPIRES_IN]      print a signed HS256 JWT with sub=USER, exp=now+EXPIRES_IN
#   dovecot_seed USER FOLDER FILE...     copy messages into FOLDER's Maildir new/ (unique names, mtime
#                                        kept = INTERNALDATE), chown to the mail user; works stopped or
#                                        running. FOLDER "INBOX" -> Maildir/new, "Sent" -> Maildir/.Sent/new,
#                                        "A/B" -> Maildir/.A.B/new
#   dovecot_reset_uidvalidity USER FOLDER
#                                        give FOLDER a new, different UIDVALIDITY (prints it when running).
#                                        Running: doveadm mailbox update --uid-validity; stopped: deletes
#                                        dovecot-uidlist and the index files (UIDs renumbered from 1 at the
#                                        next start)
#   dovecot_uidvalidity USER FOLDER      print FOLDER's UIDVALIDITY (running)
#   dovecot_flags USER FOLDER            print "UID<TAB>FLAGS" per message (running)
#   dovecot_folders USER                 print the mailbox names, one per line (running)
#   dovecot_count USER FOLDER            print the number of messages in FOLDER (running)
#   dovecot_doveadm ARGS...              doveadm -c $DOVECOT_CONF ARGS...
#
# Needs dovecot-imapd and openssl (installed with apt-get when missing; needs root or sudo).
# As root, mail is owned by nobody:nogroup (Dovecot refuses root) and DIR must be traversable by
# nobody (a directory under /tmp is). Not as root, everything runs as the current user.
# Several instances may run at once (free ports picked at random, distinct instance_name).
# The functions do not change the caller's shell options; they return non-zero on failure.

_dovecot_log() { echo "dovecot.sh: $*" >&2; }
_dovecot_err() { echo "dovecot.sh: error: $*" >&2; return 1; }

_dovecot_install() {
  local need=()
  command -v dovecot >/dev/null 2>&1 && command -v doveadm >/dev/null 2>&1 || need+=(dovecot-imapd)
  [ -x /usr/lib/dovecot/imap ] || need+=(dovecot-imapd)
  command -v openssl >/dev/null 2>&1 || need+=(openssl)
  [ "${DOVECOT_LMTP:-0}" != 1 ] || [ -x /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
  [ ${#need[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { _dovecot_err "${need[*]} missing and not root (apt-get install ${need[*]})"; return 1; }
    sudo="sudo"
  fi
  _dovecot_log "installing ${need[*]}"
  # policy-rc.d keeps the package from starting the system service where that matters (CI images).
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null 2>&1 ||
    { $sudo apt-get update -q >/dev/null 2>&1 &&
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null 2>&1; } ||
    { _dovecot_err "apt-get install ${need[*]} failed"; return 1; }
  # The package may have started the system instance (port 143/993); ours never uses those ports.
}

# _dovecot_port_in_use PORT
_dovecot_port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [ -n "$(ss -Htln "sport = :$1" 2>/dev/null)" ]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# _dovecot_pick_port: a free port below the ephemeral range (32768+), so outgoing connections
# never hold it.
_dovecot_pick_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + (RANDOM * 32768 + RANDOM + $$ * 7919) % 12000 ))
    if ! _dovecot_port_in_use "$p" && [ "$p" != "${_dovecot_other_port:-}" ]; then echo "$p"; return 0; fi
  done
  _dovecot_err "no free port found"
}

_dovecot_b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# dovecot_env DIR: load the variables of an instance.
dovecot_env() {
  local dir=${1:-${DOVECOT_DIR:-}}
  [ -n "$dir" ] || { _dovecot_err "no instance directory (dovecot_start DIR first, or set DOVECOT_DIR)"; return 1; }
  [ -f "$dir/dovecot.env" ] || { _dovecot_err "$dir is not a dovecot.sh instance (no dovecot.env)"; return 1; }
  # shellcheck disable=SC1091
  . "$dir/dovecot.env"
}

_dovecot_write_env() {
  cat > "$DOVECOT_DIR/dovecot.env" <<EOF
export DOVECOT_DIR='$DOVECOT_DIR'
export DOVECOT_CONF='$DOVECOT_CONF'
export DOVECOT_PORT='$DOVECOT_PORT'
export DOVECOT_TLS_PORT='$DOVECOT_TLS_PORT'
export DOVECOT_CA='$DOVECOT_CA'
export DOVECOT_LOG='$DOVECOT_LOG'
export DOVECOT_BASE_DIR='$DOVECOT_BASE_DIR'
export DOVECOT_PASSWORD='secret'
EOF
}

# _dovecot_setup DIR: certificates, keys, users, mail dirs (once per DIR).
_dovecot_setup() {
  local d=$1 mail_user mail_group
  mkdir -p "$d" || return 1
  d=$(cd "$d" && pwd) || return 1
  chmod 755 "$d" || return 1
  if [ "$(id -u)" = 0 ]; then
    mail_user=nobody mail_group=nogroup
    # A mktemp -d parent is mode 0700: below the temp dir, allow traversal (o+x, not listing).
    local a=$d tmp
    tmp=$(cd "${TMPDIR:-/tmp}" && pwd -P)
    while [ "$a" != / ] && [ "$a" != "$tmp" ]; do
      case "$(cd "$a" && pwd -P)/" in "$tmp"/*) chmod o+x "$a" ;; esac
      a=$(dirname "$a")
    done
    if ! runuser -u nobody -- test -x "$d/." 2>/dev/null; then
      _dovecot_err "$d is not traversable by user nobody (Dovecot reads mail as nobody); use a directory under /tmp"
      return 1
    fi
  else
    mail_user=$(id -un) mail_group=$(id -gn)
  fi
  mkdir -p "$d/state" "$d/mail" "$d/keys/default/HS256" "$d/tls" || return 1

  # TLS: a test CA and a server certificate for localhost / 127.0.0.1 signed by it.
  (
    cd "$d/tls" &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=mailclerk test CA" \
      -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
      -keyout ca.key -out ca.pem &&
    openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr &&
    printf '%s\n' 'basicConstraints=CA:FALSE' 'keyUsage=critical,digitalSignature,keyEncipherment' \
      'extendedKeyUsage=serverAuth' 'subjectAltName=DNS:localhost,IP:127.0.0.1' > server.ext &&
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile server.ext -out server.pem &&
    chmod 600 ca.key server.key
  ) > "$d/tls/openssl.log" 2>&1 || { cat "$d/tls/openssl.log" >&2; _dovecot_err "openssl failed"; return 1; }

  # Users (password "secret") and the HS256 key for local JWT validation.
  printf 'alice:{PLAIN}secret\nbob:{PLAIN}secret\n' > "$d/users"
  openssl rand -out "$d/keys/hs256.bin" 32 2>/dev/null || return 1
  od -An -tx1 -v "$d/keys/hs256.bin" | tr -d ' \n' > "$d/keys/hs256.hex"
  base64 -w0 < "$d/keys/hs256.bin" > "$d/keys/default/HS256/default"   # Dovecot wants it base64
  [ -s "$d/keys/default/HS256/default" ] || { _dovecot_err "could not write the HS256 key"; return 1; }
  chmod -R a+rX "$d/keys" "$d/users"

  cat > "$d/oauth2.conf.ext" <<EOF
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$d/keys/
username_attribute = sub
EOF

  local base port tls_port
  base=$(mktemp -d /tmp/dvc.XXXXXX) || return 1
  chmod 755 "$base"
  port=$(_dovecot_pick_port) || return 1
  tls_port=$(_dovecot_other_port=$port _dovecot_pick_port) || return 1

  DOVECOT_DIR=$d
  DOVECOT_CONF=$d/dovecot.conf
  DOVECOT_CA=$d/tls/ca.pem
  DOVECOT_LOG=$d/dovecot.log
  DOVECOT_BASE_DIR=$base
  DOVECOT_PORT=$port
  DOVECOT_TLS_PORT=$tls_port
  _DOVECOT_MAIL_USER=$mail_user _DOVECOT_MAIL_GROUP=$mail_group _dovecot_write_conf
  chown -R "$mail_user:$mail_group" "$d/mail"
  _dovecot_write_env
  export DOVECOT_DIR DOVECOT_CONF DOVECOT_PORT DOVECOT_TLS_PORT DOVECOT_CA DOVECOT_LOG DOVECOT_BASE_DIR
  export DOVECOT_PASSWORD=secret
}

_dovecot_write_conf() {
  local d=$DOVECOT_DIR internal login
  if [ "$(id -u)" = 0 ]; then internal=dovecot login=dovenull; else internal=$(id -un) login=$(id -un); fi
  local protocols=imap lmtp_conf=""
  if [ "${DOVECOT_LMTP:-0}" = 1 ]; then
    protocols="imap lmtp"
    # Test sockets anyone may use: the MTA runs as its own user.
    lmtp_conf="service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
service auth {
  unix_listener auth-client {
    mode = 0666
  }
}
protocol lmtp {
  auth_username_format = %Ln
}
postmaster_address = postmaster@localhost"
  fi
  cat > "$DOVECOT_CONF" <<EOF
# Generated by tests/support/dovecot.sh — a throwaway test instance.
protocols = $protocols
listen = 127.0.0.1
base_dir = $DOVECOT_BASE_DIR
state_dir = $d/state
instance_name = mailclerk-test-$DOVECOT_PORT
log_path = $d/dovecot.log
info_log_path = $d/dovecot.log
default_internal_user = $internal
default_login_user = $login
mail_uid = $_DOVECOT_MAIL_USER
mail_gid = $_DOVECOT_MAIL_GROUP
ssl = yes
ssl_cert = <$d/tls/server.pem
ssl_key = <$d/tls/server.key
disable_plaintext_auth = no
auth_mechanisms = ${DOVECOT_AUTH_MECHANISMS:-plain login xoauth2 oauthbearer}
auth_failure_delay = 0
auth_verbose = yes
mail_max_userip_connections = 100
imap_id_log = *

passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $d/oauth2.conf.ext
}
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u $d/users
}
userdb {
  driver = static
  args = home=$d/mail/%u allow_all_users=yes
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = create
  }
}
# No auth penalty (exponential delays up to 15 s after failed logins from one IP): tests fail
# logins on purpose. Auth cannot connect to this socket, so penalties are disabled.
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
$lmtp_conf
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $DOVECOT_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $DOVECOT_TLS_PORT
    ssl = yes
  }
}
EOF
}

# _dovecot_alive PID: the process exists and is not a zombie (in a container whose PID 1 reaps
# late, an exited master stays a zombie for seconds, and kill -0 still succeeds on it).
_dovecot_alive() {
  local st
  st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "${st#Z}" = "$st" ]
}

# dovecot_running [DIR]
dovecot_running() {
  [ -n "${1:-}" ] && { dovecot_env "$1" || return 1; }
  local pid
  pid=$(cat "${DOVECOT_BASE_DIR:-/nonexistent}/master.pid" 2>/dev/null) || return 1
  [ -n "$pid" ] && _dovecot_alive "$pid"
}

_dovecot_wait_port() {  # _dovecot_wait_port PORT open|closed SECONDS
  local i n=$(( $3 * 10 ))
  for i in $(seq 1 "$n"); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      [ "$2" = open ] && return 0
    else
      [ "$2" = closed ] && return 0
    fi
    sleep 0.1
  done
  return 1
}

_dovecot_fail_log() {
  _dovecot_err "$1"
  if [ -f "$DOVECOT_LOG" ]; then
    echo "---- last lines of $DOVECOT_LOG ----" >&2
    tail -n 20 "$DOVECOT_LOG" >&2
    echo "----" >&2
  fi
  return 1
}

# dovecot_start [DIR]
dovecot_start() {
  _dovecot_install || return 1
  local dir=${1:-} fresh=0 attempt out
  if [ -z "$dir" ]; then
    if [ -n "${DOVECOT_DIR:-}" ] && [ -f "$DOVECOT_DIR/dovecot.env" ]; then dir=$DOVECOT_DIR
    else dir=$(mktemp -d "${TMPDIR:-/tmp}/dovecot-test.XXXXXX") || return 1; fi
  fi
  if [ -f "$dir/dovecot.env" ]; then
    dovecot_env "$dir" || return 1
  else
    _dovecot_setup "$dir" || return 1
    fresh=1
  fi
  if dovecot_running; then _dovecot_log "already running ($DOVECOT_DIR)"; return 0; fi
  for attempt in 1 2 3 4 5; do
    mkdir -p "$DOVECOT_BASE_DIR" && chmod 755 "$DOVECOT_BASE_DIR"
    # Redirect all three: the daemonised master keeps inherited descriptors open, and a caller's
    # pipe (eval "$(dovecot.sh start DIR)") would otherwise never see end-of-file.
    if dovecot -c "$DOVECOT_CONF" </dev/null >"$DOVECOT_DIR/start.out" 2>&1; then break; fi
    out=$(cat "$DOVECOT_DIR/start.out")
    # A port taken between picking and binding (parallel tests): pick others, first start only.
    if [ $fresh = 1 ] && [ $attempt -lt 5 ] && printf '%s' "$out" | grep -q 'Address already in use'; then
      _dovecot_log "port clash ($DOVECOT_PORT/$DOVECOT_TLS_PORT), picking others"
      DOVECOT_PORT=$(_dovecot_pick_port) || return 1
      DOVECOT_TLS_PORT=$(_dovecot_other_port=$DOVECOT_PORT _dovecot_pick_port) || return 1
      _DOVECOT_MAIL_USER=$(sed -n 's/^mail_uid = //p' "$DOVECOT_CONF") \
      _DOVECOT_MAIL_GROUP=$(sed -n 's/^mail_gid = //p' "$DOVECOT_CONF") _dovecot_write_conf
      _dovecot_write_env
      continue
    fi
    printf '%s\n' "$out" >&2
    _dovecot_fail_log "dovecot -c $DOVECOT_CONF failed"
    return 1
  done
  if ! _dovecot_wait_port "$DOVECOT_PORT" open 15 || ! _dovecot_wait_port "$DOVECOT_TLS_PORT" open 5; then
    _dovecot_fail_log "Dovecot did not open 127.0.0.1:$DOVECOT_PORT and :$DOVECOT_TLS_PORT within 20 s"
    return 1
  fi
  export DOVECOT_DIR DOVECOT_CONF DOVECOT_PORT DOVECOT_TLS_PORT DOVECOT_CA DOVECOT_LOG DOVECOT_BASE_DIR
  export DOVECOT_PASSWORD=secret
  _dovecot_log "started: imap://127.0.0.1:$DOVECOT_PORT imaps://127.0.0.1:$DOVECOT_TLS_PORT ($DOVECOT_DIR)"
}

# dovecot_stop [DIR]: safe to call twice and when never started (for traps).
dovecot_stop() {
  if [ -n "${1:-}" ]; then dovecot_env "$1" || return 1; fi
  [ -n "${DOVECOT_DIR:-}" ] && [ -f "$DOVECOT_DIR/dovecot.env" ] || return 0
  local pid i
  pid=$(cat "$DOVECOT_BASE_DIR/master.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && _dovecot_alive "$pid"; then
    # What `doveadm stop` does (SIGTERM to the master), without its slow polling.
    kill -TERM "$pid" 2>/dev/null || doveadm -c "$DOVECOT_CONF" stop >/dev/null 2>&1 || true
    # The children go within ~100 ms; the log process and with it the master take another second
    # (auth sometimes several). A throwaway server need not wait: once only the log process is
    # left, SIGKILL the master; the log process drains what the others wrote and exits at EOF.
    local kids logpid="" i
    for i in $(seq 1 200); do
      _dovecot_alive "$pid" || break
      kids=$(ps -o pid=,stat=,cmd= --ppid "$pid" 2>/dev/null | awk '$2 !~ /^Z/') || kids=""
      logpid=$(printf '%s\n' "$kids" | awk '$3 ~ /\/log$/ {print $1}')
      if [ -z "$(printf '%s\n' "$kids" | awk 'NF && $3 !~ /\/log$/')" ]; then
        kill -KILL "$pid" 2>/dev/null || true
        break
      fi
      if [ "$i" = 100 ]; then   # 5 s: kill the stragglers
        printf '%s\n' "$kids" | awk 'NF && $3 !~ /\/log$/ {print $1}' | xargs -r kill -KILL 2>/dev/null || true
      fi
      sleep 0.05
    done
    for i in $(seq 1 100); do _dovecot_alive "$pid" || break; sleep 0.05; done
    if _dovecot_alive "$pid"; then _dovecot_err "master $pid still running after SIGTERM and SIGKILL"; return 1; fi
    if [ -n "$logpid" ]; then
      for i in $(seq 1 40); do _dovecot_alive "$logpid" || break; sleep 0.05; done
      kill -KILL "$logpid" 2>/dev/null || true
    fi
  fi
  if ! _dovecot_wait_port "$DOVECOT_PORT" closed 10; then
    _dovecot_err "port $DOVECOT_PORT still open after stop"; return 1
  fi
  rm -rf "$DOVECOT_BASE_DIR"
}

# dovecot_restart [DIR]
dovecot_restart() {
  dovecot_stop "${1:-}" && dovecot_start "${1:-$DOVECOT_DIR}"
}

dovecot_doveadm() { doveadm -c "$DOVECOT_CONF" "$@"; }

# dovecot_token USER [EXPIRES_IN_SECONDS]: an HS256 JWT accepted by the instance's oauth2 passdb.
dovecot_token() {
  local user=${1:?dovecot_token USER [EXPIRES_IN]} ttl=${2:-3600} now header payload sig
  [ -f "$DOVECOT_DIR/keys/hs256.hex" ] || { _dovecot_err "no instance (dovecot_start first)"; return 1; }
  now=$(date +%s)
  # iat must not lie in the future and exp must not precede iat, also for expired tokens.
  local iat=$now exp=$(( now + ttl ))
  [ "$exp" -lt "$iat" ] && iat=$(( exp - 60 ))
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | _dovecot_b64url)
  payload=$(printf '{"sub":"%s","iat":%d,"exp":%d,"iss":"mailclerk-test"}' "$user" "$iat" "$exp" | _dovecot_b64url)
  sig=$(printf '%s.%s' "$header" "$payload" |
        openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(cat "$DOVECOT_DIR/keys/hs256.hex")" -binary |
        _dovecot_b64url)
  printf '%s.%s.%s\n' "$header" "$payload" "$sig"
}

# _dovecot_maildir USER FOLDER: the folder's Maildir path (Maildir++ layout, "/" -> ".").
_dovecot_maildir() {
  local user=$1 folder=$2
  case "$folder" in
    INBOX|inbox|Inbox) echo "$DOVECOT_DIR/mail/$user/Maildir" ;;
    *) echo "$DOVECOT_DIR/mail/$user/Maildir/.${folder//\//.}" ;;
  esac
}

_dovecot_mail_owner() {
  if [ "$(id -u)" = 0 ]; then echo nobody:nogroup; else echo "$(id -un):$(id -gn)"; fi
}

# dovecot_seed USER FOLDER FILE...
dovecot_seed() {
  local user=${1:?dovecot_seed USER FOLDER FILE...} folder=${2:?dovecot_seed USER FOLDER FILE...}
  shift 2
  [ -n "${DOVECOT_DIR:-}" ] || { _dovecot_err "no instance (dovecot_start first)"; return 1; }
  local md; md=$(_dovecot_maildir "$user" "$folder")
  mkdir -p "$md/new" "$md/cur" "$md/tmp" || return 1
  [ "$md" = "$DOVECOT_DIR/mail/$user/Maildir" ] || touch "$md/maildirfolder"
  [ $# -gt 0 ] || return 0
  # One python process copies thousands of files in well under a second; the fallback forks per file.
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$md/new" "$@" <<'PY' || return 1
import os, shutil, sys, time
dest, files = sys.argv[1], sys.argv[2:]
stamp, pid = int(time.time()), os.getpid()
for i, f in enumerate(files):
    name = "%d.M%dP%dR%d.mailclerkseed" % (stamp, i, pid, int.from_bytes(os.urandom(4), "big"))
    shutil.copy2(f, os.path.join(dest, name))
PY
  else
    local f i=0 stamp; stamp=$(date +%s)
    for f in "$@"; do
      cp -p "$f" "$md/new/$stamp.M${i}P$$R$RANDOM$RANDOM.mailclerkseed" || return 1
      i=$((i + 1))
    done
  fi
  chown -R "$(_dovecot_mail_owner)" "$DOVECOT_DIR/mail/$user"
}

_dovecot_need_running() {
  dovecot_running || { _dovecot_err "Dovecot is not running (${DOVECOT_DIR:-no instance})"; return 1; }
}

# dovecot_uidvalidity USER FOLDER
dovecot_uidvalidity() {
  _dovecot_need_running || return 1
  doveadm -c "$DOVECOT_CONF" -f flow mailbox status -u "$1" uidvalidity "$2" | sed -n 's/.*uidvalidity=\([0-9]*\).*/\1/p'
}

# dovecot_reset_uidvalidity USER FOLDER
dovecot_reset_uidvalidity() {
  local user=${1:?dovecot_reset_uidvalidity USER FOLDER} folder=${2:?dovecot_reset_uidvalidity USER FOLDER}
  local md old new
  md=$(_dovecot_maildir "$user" "$folder")
  if dovecot_running; then
    old=$(dovecot_uidvalidity "$user" "$folder") || return 1
    [ -n "$old" ] || { _dovecot_err "no UIDVALIDITY for $user/$folder"; return 1; }
    new=$(date +%s)
    [ "$new" -gt "$old" ] || new=$(( old + 1 ))
    doveadm -c "$DOVECOT_CONF" mailbox update -u "$user" --uid-validity "$new" "$folder" || return 1
    new=$(dovecot_uidvalidity "$user" "$folder")
    [ "$new" != "$old" ] || { _dovecot_err "UIDVALIDITY of $user/$folder unchanged ($old)"; return 1; }
    echo "$new"
  else
    # Stopped: forget the UID list and indexes; Dovecot assigns a time-based UIDVALIDITY at the next
    # start. Make sure that second differs from the old value.
    old=$(head -n 1 "$md/dovecot-uidlist" 2>/dev/null | sed -n 's/.* V\([0-9]*\).*/\1/p')
    rm -f "$md/dovecot-uidlist" "$md"/dovecot.index "$md"/dovecot.index.log "$md"/dovecot.index.log.2 \
          "$md"/dovecot.index.cache
    if [ -n "$old" ]; then
      while [ "$(date +%s)" -le "$old" ]; do sleep 0.2; done
    else
      sleep 1.1
    fi
  fi
}

# dovecot_flags USER FOLDER: "UID<TAB>FLAGS" per message.
dovecot_flags() {
  _dovecot_need_running || return 1
  doveadm -c "$DOVECOT_CONF" -f tab fetch -u "${1:?dovecot_flags USER FOLDER}" 'uid flags' \
    mailbox "${2:?dovecot_flags USER FOLDER}" all | tail -n +2
}

# dovecot_folders USER
dovecot_folders() {
  _dovecot_need_running || return 1
  doveadm -c "$DOVECOT_CONF" mailbox list -u "${1:?dovecot_folders USER}"
}

# dovecot_count USER FOLDER
dovecot_count() {
  _dovecot_need_running || return 1
  doveadm -c "$DOVECOT_CONF" -f flow mailbox status -u "${1:?dovecot_count USER FOLDER}" messages \
    "${2:?dovecot_count USER FOLDER}" | sed -n 's/.*messages=\([0-9]*\).*/\1/p'
}

# ---- command-line use --------------------------------------------------------------------------
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
  [ $# -ge 2 ] || usage
  cmd=$1 dir=$2; shift 2
  case "$cmd" in
    start) dovecot_start "$dir"; cat "$DOVECOT_DIR/dovecot.env" ;;
    stop) dovecot_stop "$dir" ;;
    restart) dovecot_restart "$dir"; cat "$DOVECOT_DIR/dovecot.env" ;;
    env) dovecot_env "$dir"; cat "$DOVECOT_DIR/dovecot.env" ;;
    token) dovecot_env "$dir"; dovecot_token "$@" ;;
    seed) dovecot_env "$dir"; dovecot_seed "$@" ;;
    flags) dovecot_env "$dir"; dovecot_flags "$@" ;;
    folders) dovecot_env "$dir"; dovecot_folders "$@" ;;
    count) dovecot_env "$dir"; dovecot_count "$@" ;;
    uidvalidity) dovecot_env "$dir"; dovecot_uidvalidity "$@" ;;
    reset-uidvalidity) dovecot_env "$dir"; dovecot_reset_uidvalidity "$@" ;;
    *) usage ;;
  esac
fi

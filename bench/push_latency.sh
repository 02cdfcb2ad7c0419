#!/usr/bin/env bash
# push_latency.sh — issue 19: latency from IMAP APPEND to "archived and searchable" with push,
# and the connections the daemon holds for 10 accounts.
#
#   bench/push_latency.sh [--count N] [--accounts A] [--mode notify|idle]
#
# Starts a throwaway Dovecot (tests/support/dovecot.sh) and `mailclerk daemon` with
# poll_seconds = 300, so that only push can explain a latency below it. One message at a time is
# APPENDed (one IMAP connection kept open, as a mail client would) alternately to INBOX and Sent;
# the clock stops when its row is in the index (committed together with its search text, so it is
# then found by search). Prints p50/p95/max over N messages (default 200) and the daemon's
# established connections to the server with A accounts (default 10). --mode idle hides NOTIFY
# from the server's capabilities, so that each folder gets its own IDLE connection.
set -euo pipefail
BENCH_NAME=push_latency
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
# shellcheck source=bench/lib.sh
source "$HERE/lib.sh"
COUNT=200 ACCOUNTS=10 MODE=notify
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --accounts) ACCOUNTS=$2; shift 2 ;;
    --mode) MODE=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
case "$MODE" in notify|idle) ;; *) die "--mode takes notify or idle" ;; esac
find_mailclerk "or run from the repository root after scripts/build.sh"
command -v sqlite3 >/dev/null || apt_install sqlite3

WORK=$(mktemp -d /tmp/push-bench.XXXXXX)
# shellcheck source=tests/support/dovecot.sh
source "$REPO/tests/support/dovecot.sh"
dovecot_start "$WORK/dovecot" >/dev/null || die "dovecot did not start"
daemon_pid=""
finish() {
  [ -n "$daemon_pid" ] && kill -TERM "$daemon_pid" 2>/dev/null && wait "$daemon_pid" 2>/dev/null
  dovecot_stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap finish EXIT

if [ "$MODE" = idle ]; then
  caps=$(curl -s --user alice:secret --ssl-reqd --cacert "$DOVECOT_CA" "imap://127.0.0.1:$DOVECOT_PORT/" \
    -X CAPABILITY -v 2>&1 | sed -n 's/^< \* CAPABILITY //p' | tail -1 | tr -d '\r')
  printf 'imap_capability = %s\n' "${caps/ NOTIFY/}" >> "$DOVECOT_CONF"
  dovecot_restart >/dev/null || die "dovecot restart"
fi

{
  printf '[archive]\nroot = "archive"\nown_domains = ["ourco.example"]\n'
  for i in $(seq 1 "$ACCOUNTS"); do
    user=alice; [ "$i" -gt 1 ] && user=user$i
    [ "$i" -gt 1 ] && printf '%s:{PLAIN}secret\n' "$user" >> "$DOVECOT_DIR/users"
    printf '\n[[account]]\nname = "%s"\nurl = "imap://127.0.0.1:%s"\nuser = "%s"\nca_file = "%s"\n' \
      "$user" "$DOVECOT_PORT" "$user" "$DOVECOT_CA"
    printf 'password_env = "BENCH_PASSWORD"\npoll_seconds = 300\n'
  done
} > "$WORK/mailclerk.toml"
BENCH_PASSWORD=secret "$MC" -c "$WORK/mailclerk.toml" daemon 2> "$WORK/daemon.log" &
daemon_pid=$!
for _ in $(seq 1 300); do
  [ "$(grep -c -E ': (NOTIFY|IDLE) on ' "$WORK/daemon.log" || true)" -ge "$ACCOUNTS" ] && break
  sleep 0.1
done
sleep 3 # the first passes end and the watch connections log in
held=$(ss -Htn state established "( dport = :$DOVECOT_PORT )" 2>/dev/null | wc -l)
log "$(grep -E ': (NOTIFY|IDLE) on ' "$WORK/daemon.log" | head -1 | sed 's/^.*info: //')"

python3 - "$DOVECOT_PORT" "$DOVECOT_CA" "$WORK/archive/.mailclerk/index.sqlite" "$COUNT" <<'PY'
import imaplib, sqlite3, ssl, statistics, sys, time
port, ca, db, count = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
imap = imaplib.IMAP4("127.0.0.1", port)
imap.starttls(ssl.create_default_context(cafile=ca))
imap.login("alice", "secret")
index = sqlite3.connect(db, timeout=10)
latencies = []
for i in range(count):
    folder = "INBOX" if i % 2 == 0 else "Sent"
    subject = "bench probe %d" % i
    msg = ("From: buyer@customer.example\r\nTo: alice@ourco.example\r\nSubject: %s\r\n"
           "Message-ID: <probe%d@bench>\r\nDate: Tue, 03 Nov 2026 09:42:00 +0800\r\n\r\nBody %d\r\n"
           % (subject, i, i)).encode()
    start = time.monotonic()
    imap.append(folder, None, None, msg)
    while True:
        row = index.execute("select count(*) from messages where subject = ?", (subject,)).fetchone()
        if row[0]:
            break
        if time.monotonic() - start > 60:
            sys.exit("probe %d not archived within 60 s" % i)
        time.sleep(0.01)
    latencies.append((time.monotonic() - start) * 1000)
latencies.sort()
p95 = latencies[max(0, int(round(0.95 * len(latencies))) - 1)]
print("APPEND -> archived and searchable over %d messages: p50 %.0f ms, p95 %.0f ms, max %.0f ms"
      % (len(latencies), statistics.median(latencies), p95, latencies[-1]))
PY
sleep 2 # the last pass ends
after=$(ss -Htn state established "( dport = :$DOVECOT_PORT )" 2>/dev/null | wc -l)
echo "connections to the server with $ACCOUNTS accounts (push $MODE): $held after start-up, $after when idle"

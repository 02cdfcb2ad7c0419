#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# mailclerk daemon against a real Dovecot: new mail archived within a poll interval, an outage
# logged and retried with backoff, SIGHUP reloads, SIGTERM exits 0 within seconds.
source "$(dirname "$0")/imap_lib.sh"
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count 3000 --seed 11 --out "$WORK/corpus" >/dev/null
dovecot_seed alice INBOX "$WORK"/corpus/cur/* >/dev/null
write_config "$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')
[daemon]
batch_messages = 25"

# systemd's side of sd_notify is a datagram socket named by NOTIFY_SOCKET: listen on one, so the
# READY/RELOADING/STOPPING/WATCHDOG messages the unit (Type=notify, WatchdogSec) relies on are
# checked without systemd.
python3 - "$WORK/notify.sock" "$WORK/notify.log" <<'PY' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
with open(sys.argv[2], "w", buffering=1) as log:
    while True:
        log.write(s.recv(4096).decode().replace("\n", " ") + "\n")
PY
listener=$!
for _ in $(seq 1 50); do [ -S "$WORK/notify.sock" ] && break; sleep 0.1; done

NOTIFY_SOCKET="$WORK/notify.sock" WATCHDOG_USEC=2000000 \
  "$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>"$WORK/daemon.log" &
pid=$!
stop_daemon() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap 'st=$?; stop_daemon; kill "$listener" 2>/dev/null; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT

# wait_for SQL VALUE SECONDS: poll the index until the query answers VALUE.
wait_for() {
  local deadline=$((SECONDS + $3)) value=""
  while [ $SECONDS -lt $deadline ]; do
    value=$(sqlite3 "$WORK/archive/.mailclerk/index.sqlite" "$1" 2>/dev/null || true)
    [ "$value" = "$2" ] && return 0
    sleep 0.1
  done
  fail "timed out waiting for '$1' = $2 (last: $value); log: $(tail -5 "$WORK/daemon.log")"
}

# An outage during the initial sync: stop Dovecot once some messages are in, and keep it down
# for more than two poll intervals, so that the daemon meets it whether the pass in hand was cut
# or had just finished (then its next poll finds the server gone).
wait_for "select count(*) > 0 from messages" 1 60
grep -q "archive filing: renameat2(RENAME_NOREPLACE) (" "$WORK/daemon.log" ||
  fail "the start-up log does not say how files are put in place: $(head -5 "$WORK/daemon.log")"
dovecot_doveadm kick alice >/dev/null 2>&1 || true # sessions outlive a stopping master
dovecot_stop >/dev/null
sleep 12
dovecot_start "$WORK/dovecot" >/dev/null
wait_for "select count(*) from messages" 3000 900
grep -q "retry 1 in" "$WORK/daemon.log" || fail "the outage was not logged with a backoff: $(tail -5 "$WORK/daemon.log")"

# Mail appended while the daemon runs is archived by a later poll (every 5 s; the bound is loose
# because a loaded machine running the sanitizer build is slow, and this is not a speed test).
make_message "$WORK/new/live.eml" "buyer@acme-industrial.com" "alice@hengda-valves.com" "Live delivery" "Hi"
dovecot_seed alice INBOX "$WORK/new/live.eml" >/dev/null
wait_for "select count(*) from messages where subject = 'Live delivery'" 1 120

# SIGHUP reloads the config (a new customer) without stopping.
printf '\n[[customer]]\nname = "Newco"\ndomains = ["newco.example"]\n' >> "$WORK/mailclerk.toml"
kill -HUP "$pid"
wait_for "select count(*) from customers where slug = 'newco'" 1 60
kill -0 "$pid" || fail "daemon died on SIGHUP"

# SIGTERM: exit 0 within a few seconds.
start=$SECONDS
kill -TERM "$pid"
wait "$pid"; status=$?
expect_eq "$status" 0 "exit status after SIGTERM"
[ $((SECONDS - start)) -le 30 ] || fail "took $((SECONDS - start)) s to stop"
trap 'st=$?; kill "$listener" 2>/dev/null; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT
sleep 0.5
notes=$(cat "$WORK/notify.log")
expect_contains "$notes" "READY=1" "sd_notify READY"
expect_contains "$notes" "RELOADING=1" "sd_notify RELOADING on SIGHUP"
expect_contains "$notes" "STOPPING=1" "sd_notify STOPPING on SIGTERM"
[ "$(grep -c "WATCHDOG=1" "$WORK/notify.log")" -ge 3 ] || fail "watchdog pings every WATCHDOG_USEC/2: $notes"
mc verify >/dev/null || fail "verify"
grep -E "retry|error" "$WORK/daemon.log" | head -3
pass "daemon: outage retried, live mail within a poll, SIGHUP reload, SIGTERM exit 0, sd_notify"

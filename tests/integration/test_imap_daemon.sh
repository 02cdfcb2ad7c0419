#!/usr/bin/env bash
# mailclerk daemon against a real Dovecot: new mail archived within a poll interval, an outage
# logged and retried with backoff, SIGHUP reloads, SIGTERM exits 0 within seconds.
source "$(dirname "$0")/imap_lib.sh"
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count 3000 --seed 11 --out "$WORK/corpus" >/dev/null
dovecot_seed alice INBOX "$WORK"/corpus/cur/* >/dev/null
write_config "$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')
[daemon]
batch_messages = 25"

"$MAILCLERK" -c "$WORK/mailclerk.toml" daemon 2>"$WORK/daemon.log" &
pid=$!
stop_daemon() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap 'st=$?; stop_daemon; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT

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
dovecot_doveadm kick alice >/dev/null 2>&1 || true # sessions outlive a stopping master
dovecot_stop >/dev/null
sleep 12
dovecot_start "$WORK/dovecot" >/dev/null
wait_for "select count(*) from messages" 3000 180
grep -q "retry 1 in" "$WORK/daemon.log" || fail "the outage was not logged with a backoff: $(tail -5 "$WORK/daemon.log")"

# Mail appended while the daemon runs is archived within one poll interval (5 s) plus a pass.
make_message "$WORK/new/live.eml" "buyer@acme-industrial.com" "alice@hengda-valves.com" "Live delivery" "Hi"
dovecot_seed alice INBOX "$WORK/new/live.eml" >/dev/null
wait_for "select count(*) from messages where subject = 'Live delivery'" 1 12

# SIGHUP reloads the config (a new customer) without stopping.
printf '\n[[customer]]\nname = "Newco"\ndomains = ["newco.example"]\n' >> "$WORK/mailclerk.toml"
kill -HUP "$pid"
wait_for "select count(*) from customers where slug = 'newco'" 1 10
kill -0 "$pid" || fail "daemon died on SIGHUP"

# SIGTERM: exit 0 within a few seconds.
start=$SECONDS
kill -TERM "$pid"
wait "$pid"; status=$?
expect_eq "$status" 0 "exit status after SIGTERM"
[ $((SECONDS - start)) -le 10 ] || fail "took $((SECONDS - start)) s to stop"
trap 'st=$?; dovecot_stop >/dev/null 2>&1 || true; (exit $st); cleanup' EXIT
mc verify >/dev/null || fail "verify"
grep -E "retry|error" "$WORK/daemon.log" | head -3
pass "daemon: outage retried, live mail within a poll, SIGHUP reload, SIGTERM exit 0"

#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# kill -9 of the daemon at random moments during a 2,000-message initial sync, repeated: every
# server message archived exactly once and verify clean.
source "$(dirname "$0")/imap_lib.sh"
count=${KILL9_IMAP_MESSAGES:-2000}
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 5 --out "$WORK/corpus" >/dev/null
dovecot_seed alice INBOX "$WORK"/corpus/cur/* >/dev/null
write_config "$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')
[daemon]
batch_messages = 40"

# Kills are aimed by progress, not by the clock (a loaded CI machine or the sanitizer build can
# take seconds to log in): each round waits until the running pass has committed a batch, then
# kills at a random moment up to 1.5 s later.
archived() { index_sql 'select count(*) from messages' 2>/dev/null || echo 0; }
interrupted=0
counts=""
for round in $(seq 1 "${KILL9_ROUNDS:-10}"); do
  before=$(archived)
  [ "$before" -ge "$count" ] && break
  "$MAILCLERK" -c "$WORK/mailclerk.toml" daemon >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    [ "$(archived)" -gt "$before" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  sleep "$((RANDOM % 2)).$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  n=$(archived)
  counts="$counts $n"
  [ "$n" -gt 0 ] && [ "$n" -lt "$count" ] && interrupted=$((interrupted + 1))
done
echo "archived after each kill:$counts"
[ $interrupted -ge 1 ] || fail "no kill landed inside the sync (counts:$counts)"
mc sync --once >/dev/null 2>&1 || fail "final sync"
expect_eq "$(index_sql 'select count(*) from messages')" "$count" "messages archived"
expect_eq "$(index_sql "select count(*) from message_sources where kind='imap'")" "$count" "one source per server message"
on_disk=$(find "$WORK/archive" -path '*/mail/*' -name '*.eml' | wc -l)
expect_eq "$on_disk" "$(index_sql 'select count(distinct path) from message_files')" "files on disk"
mc verify >/dev/null || fail "verify not clean"
pass "kill -9 during IMAP sync of $count messages: each archived once"

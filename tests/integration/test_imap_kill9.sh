#!/usr/bin/env bash
# kill -9 of the daemon at random moments during a 2,000-message initial sync, repeated: every
# server message archived exactly once and verify clean.
source "$(dirname "$0")/imap_lib.sh"
count=${KILL9_IMAP_MESSAGES:-2000}
python3 "$SOURCE_DIR/bench/gen_corpus.py" --count "$count" --seed 5 --out "$WORK/corpus" >/dev/null
dovecot_seed alice INBOX "$WORK"/corpus/cur/* >/dev/null
write_config "$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"')
[daemon]
batch_messages = 40"

# The daemon's first pass starts about 2 s after launch: kills land 2-4 s in, inside the pass.
interrupted=0
counts=""
for round in $(seq 1 "${KILL9_ROUNDS:-10}"); do
  "$MAILCLERK" -c "$WORK/mailclerk.toml" daemon >/dev/null 2>&1 &
  pid=$!
  sleep "$((2 + RANDOM % 2)).$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  n=$(index_sql 'select count(*) from messages' 2>/dev/null || echo 0)
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

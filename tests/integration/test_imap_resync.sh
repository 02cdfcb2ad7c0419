#!/usr/bin/env bash
# Issue 19: folder patterns with exclusions, `since` (a first sync starts at a date, later mail
# always comes) and cheap resync (CONDSTORE: nothing new costs at most two commands after login
# per folder, even after flags changed) against a real Dovecot with old and new mail, Junk,
# Trash and Deleted Items.
source "$(dirname "$0")/imap_lib.sh"

mk() { # mk NAME DATE SUBJECT: a message whose file time (Dovecot's INTERNALDATE) is DATE
  make_message "$WORK/seed/$1.eml" "buyer@acme-industrial.com" "alice@hengda-valves.com" "$3" "Body of $1"
  touch -d "$2" "$WORK/seed/$1.eml"
}
mk old1 "2019-05-01 10:00" "Old order one"
mk old2 "2021-03-01 10:00" "Old order two"
mk new1 "2024-06-01 10:00" "New inquiry one"
mk new2 "$(date '+%Y-%m-%d %H:%M')" "New inquiry two"
mk sent1 "2024-07-01 10:00" "Sent quote one"
mk junk1 "2024-07-01 10:00" "Junk offer"
mk trash1 "2024-07-01 10:00" "Trashed note"
mk deleted1 "2024-07-01 10:00" "Deleted thing"
mk project1 "2024-08-01 10:00" "Project mail"
dovecot_seed alice INBOX "$WORK"/seed/old1.eml "$WORK"/seed/old2.eml "$WORK"/seed/new1.eml "$WORK"/seed/new2.eml >/dev/null
dovecot_seed alice Sent "$WORK"/seed/sent1.eml >/dev/null
dovecot_seed alice Junk "$WORK"/seed/junk1.eml >/dev/null
dovecot_seed alice Trash "$WORK"/seed/trash1.eml >/dev/null
dovecot_seed alice "Deleted Items" "$WORK"/seed/deleted1.eml >/dev/null
dovecot_seed alice "Projects/Acme" "$WORK"/seed/project1.eml >/dev/null

write_config "$(account_toml alice alice 'password_env = "MC_ALICE_PASSWORD"' \
  'folders = ["*", "!Junk", "!Trash", "!Deleted*"]' 'since = 2024-01-01')"
mc sync --once > "$WORK/sync1.out" 2> "$WORK/sync1.err" || fail "first sync: $(cat "$WORK/sync1.err")"

folders=$(index_sql "select group_concat(folder, ',') from (select folder from sync_state order by folder)")
expect_eq "$folders" "INBOX,Projects/Acme,Sent" "folders synced (Junk, Trash, Deleted Items excluded)"
subjects=$(index_sql "select group_concat(subject, '|') from (select subject from messages order by subject)")
expect_eq "$subjects" "New inquiry one|New inquiry two|Project mail|Sent quote one" \
  "mail archived on a first sync since 2024-01-01"

# Later mail always comes, even with an old date (a message moved in from an old folder).
mk late_old "2018-01-01 10:00" "Late but old"
dovecot_seed alice INBOX "$WORK"/seed/late_old.eml >/dev/null
mc sync --once > "$WORK/sync2.out" 2>&1 || fail "second sync: $(cat "$WORK/sync2.out")"
expect_eq "$(index_sql "select count(*) from messages where subject = 'Late but old'")" 1 \
  "an old-dated message arriving after the first sync"
expect_eq "$(index_sql "select count(*) from messages where subject like 'Old order%'")" 0 \
  "mail before since stays out"

# CONDSTORE: every folder's HIGHESTMODSEQ is recorded.
expect_eq "$(index_sql "select count(*) from sync_state where highest_modseq > 0")" 3 \
  "HIGHESTMODSEQ recorded per folder"

# round_trips OUTPUT: the count the sync printed.
round_trips() { sed -n 's/.*round trips: \([0-9]*\),.*/\1/p' "$1"; }
mc sync --once > "$WORK/sync3.out" 2>&1 || fail "third sync"
trips=$(round_trips "$WORK/sync3.out")
[ -n "$trips" ] || fail "no round trips printed: $(cat "$WORK/sync3.out")"
[ "$trips" -le 6 ] || fail "nothing new cost $trips commands after login for 3 folders (limit 2 each)"
echo "nothing new: $trips commands after login for 3 folders"

# A flag change (the rep read a message in Outlook) moves HIGHESTMODSEQ but brings nothing new.
before=$(index_sql "select highest_modseq from sync_state where folder = 'INBOX'")
dovecot_doveadm flags add -u alice '\Seen' mailbox INBOX all
mc sync --once > "$WORK/sync4.out" 2>&1 || fail "fourth sync"
trips=$(round_trips "$WORK/sync4.out")
[ "$trips" -le 6 ] || fail "after a flag change: $trips commands after login for 3 folders"
after=$(index_sql "select highest_modseq from sync_state where folder = 'INBOX'")
[ "$after" -gt "$before" ] || fail "HIGHESTMODSEQ not advanced after the flag change ($before -> $after)"
grep -q "0 new" "$WORK/sync4.out" || fail "a flag change brought mail: $(cat "$WORK/sync4.out")"
pass "folders with exclusions, since, and resync in at most 2 commands per folder"

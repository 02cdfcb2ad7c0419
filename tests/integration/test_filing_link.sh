#!/usr/bin/env bash
# Filing in link mode (issue 23, point 4): on NFS, SMB/CIFS or CephFS files are put in place with
# link() + unlink(), never renameat2(RENAME_NOREPLACE). Forced here with MAILCLERK_FILING=link:
# the import makes no renameat2 call and links every file (strace), a different file already at
# a planned name stays byte-exact while the message takes another name, a second import changes
# nothing, verify finds every indexed file byte-exact and no temporary name is left. The same
# mode under kill -9: test_kill9_link.sh.
source "$(dirname "$0")/lib.sh"
command -v strace >/dev/null || missing "strace (which system calls link mode makes)"
write_config
export MAILCLERK_FILING=link

python3 "$SOURCE_DIR/bench/gen_corpus.py" --count 120 --seed 11 --out "$WORK/Maildir" >/dev/null
make_message "$WORK/late/cur/late.eml" "Bob <bob@acme.com>" "sales@ourco.com" "Late quote" \
  "Price for DN50 valves."

# Where the late message will be filed, learnt from an import into a scratch archive.
mkdir -p "$WORK/scratch"
sed 's|^root = "archive"|root = "scratch-archive"|' "$WORK/mailclerk.toml" > "$WORK/scratch/mailclerk.toml"
"$MAILCLERK" -c "$WORK/scratch/mailclerk.toml" import "$WORK/late" >/dev/null
planned=$(sqlite3 "$WORK/scratch/scratch-archive/.mailclerk/index.sqlite" 'select path from message_files')
[ -n "$planned" ] || fail "the scratch import filed nothing"

strace -f -qq -s 4096 -e trace=rename,renameat,renameat2,link,linkat -o "$WORK/trace" \
  "$MAILCLERK" -c "$WORK/mailclerk.toml" import "$WORK/Maildir" >/dev/null
messages=$(index_sql 'select count(*) from messages')
[ "$messages" -gt 100 ] || fail "only $messages messages indexed"
if grep -q 'RENAME_NOREPLACE' "$WORK/trace"; then
  fail "renameat2(RENAME_NOREPLACE) called in link mode: $(grep -m 3 RENAME_NOREPLACE "$WORK/trace")"
fi
links=$(grep -cE '(^|[^a-z])link(at)?\(.*\.mctmp-.* = 0' "$WORK/trace" || true)
files=$(find "$WORK/archive" -type f -not -path '*/.mailclerk/*' | wc -l)
[ "$links" -ge "$messages" ] || fail "$links files linked into place for $messages messages"
pass "link mode: $links files linked into place, no renameat2 ($files files, $messages messages)"

# A different file already at the late message's planned name is never replaced.
mkdir -p "$(dirname "$WORK/archive/$planned")"
printf 'not the message\n' > "$WORK/archive/$planned"
mc import "$WORK/late" >/dev/null
expect_eq "$(cat "$WORK/archive/$planned")" "not the message" "the file already there"
late=$(index_sql "select f.path from message_files f join messages m on m.id = f.message_id
  where m.subject = 'Late quote'")
[ -n "$late" ] && [ "$late" != "$planned" ] || fail "the late message was filed as '$late'"
cmp -s "$WORK/archive/$late" "$WORK/late/cur/late.eml" ||
  fail "the late message's file $late is not its bytes"
pass "a file already at the planned name stays; the message took $late"

before=$(find "$WORK/archive" -type f -not -path '*/.mailclerk/*' | sort | xargs sha256sum | sha256sum)
mc import "$WORK/Maildir" >/dev/null
after=$(find "$WORK/archive" -type f -not -path '*/.mailclerk/*' | sort | xargs sha256sum | sha256sum)
expect_eq "$after" "$before" "the archive after importing the same mail again"

report=$(mc verify --json 2>/dev/null || true)
expect_eq "$(printf '%s' "$report" | json 'len(d["missing"]) + len(d["mismatched"])')" 0 \
  "missing or mismatched files"
expect_eq "$(printf '%s' "$report" | json 'd["unindexed"]')" "['$planned']" "files not indexed"
leftovers=$(find "$WORK/archive" -name '.mctmp-*' | head -3)
[ -z "$leftovers" ] || fail "temporary names left in the archive: $leftovers"
pass "a second import changes nothing; verify: every indexed file byte-exact, no temporary left"

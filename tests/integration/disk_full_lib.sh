# Shared by the full-disk tests (issue 21): a small tmpfs for the archive, big messages to fill
# it, and the checks that a batch stopped by ENOSPC left nothing half-done. Source after lib.sh
# (or imap_lib.sh).

# mount_small_tmpfs: a 2 MB tmpfs at $small (needs root; otherwise a skip that says what was not
# tested, a failure under CI=true). Sets small and INDEX (the index under small/archive, which
# index_sql and wait_sql then read). The caller's EXIT trap must `umount "$small"`.
mount_small_tmpfs() {
  small="$WORK/small"
  INDEX="$small/archive/.mailclerk/index.sqlite"
  mkdir -p "$small"
  if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=2m tmpfs "$small" 2>/dev/null; then
    skip "cannot mount a tmpfs (needs root): $1 was not tested"
  fi
}

# big_messages DIR FIRST LAST: messages of about 60 kB each from acme.com (a base64 attachment,
# filed twice: as mail and as a document), Message-IDs <orderN@acme.com>.
big_messages() {
  local i
  mkdir -p "$1"
  for i in $(seq "$2" "$3"); do
    {
      printf 'From: Buyer %s <buyer%s@acme.com>\nTo: sales@ourco.com\nSubject: Order %s\n' "$i" "$i" "$i"
      printf 'Date: Tue, 03 Nov 2026 09:%02d:00 +0800\nMessage-ID: <order%s@acme.com>\n' "$((i % 60))" "$i"
      printf 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\n'
      printf 'Content-Type: text/plain\n\nPlease see order %s.\n--b\n' "$i"
      printf 'Content-Type: application/pdf; name="PO-%s.pdf"\nContent-Transfer-Encoding: base64\n' "$i"
      printf 'Content-Disposition: attachment; filename="PO-%s.pdf"\n\n' "$i"
      head -c 30000 /dev/urandom | base64
      printf -- '--b--\n'
    } > "$1/$i.eml"
  done
}

# expect_storage_error OUTPUT: a command's output names the full disk, the path and the hint.
expect_storage_error() {
  case "$1" in *"No space left on device"*|*"database or disk is full"*) ;;
    *) fail "full-disk error not named: $1" ;; esac
  expect_contains "$1" "$small" "the error names the path"
  expect_contains "$1" "hint: make room" "full-disk hint"
}

# mail_files: how many message files the archive on $small holds.
mail_files() { find "$small/archive" -path '*/mail/*' -name '*.eml' | wc -l; }

# check_clean WHAT: no temporary file, every message file indexed, every index row on disk, the
# UID state of each synced folder no further than what is archived (each UID up to the recorded
# highest has its source row), and verify clean.
check_clean() {
  local left indexed folder high archived
  left=$(find "$small/archive" -name '.mctmp-*' | head -3)
  [ -z "$left" ] || fail "$1: temporary files left: $left"
  indexed=$(index_sql 'select count(distinct path) from message_files')
  expect_eq "$(mail_files)" "$indexed" "$1: message files on disk vs index"
  while read -r high archived folder; do
    [ "$high" = "$archived" ] ||
      fail "$1: $folder: highest UID $high recorded, $archived of the UIDs up to it archived"
  done < <(index_sql "select s.highest_uid,
      (select count(distinct uid) from message_sources m where m.kind = 'imap' and
       m.account = s.account and m.folder = s.folder and m.uidvalidity = s.uidvalidity and
       m.uid <= s.highest_uid), s.account || '/' || s.folder from sync_state s" | tr '|' ' ')
  mc verify >/dev/null 2>&1 || { mc verify 2>&1 | tail -5; fail "$1: verify not clean"; }
}

# fill_until_enospc WHAT COMMAND...: run COMMAND (an import or a sync of big messages) for three
# rounds on the full disk; each must exit 1 with the full-disk error and leave nothing
# half-done. Sets rounds and partial (messages indexed); fails when every one of $expected
# messages fitted.
fill_until_enospc() {
  local what=$1 err status
  shift
  rounds=0
  while :; do
    rounds=$((rounds + 1))
    [ $rounds -le 10 ] || fail "the disk never filled up"
    set +e; err=$("$@" 2>&1); status=$?; set -e
    [ $status -eq 0 ] && fail "$what succeeded on a 2 MB disk: make the messages bigger"
    expect_eq "$status" 1 "exit code on a full disk"
    expect_storage_error "$err"
    check_clean "after ENOSPC round $rounds"
    [ $rounds -ge 3 ] && break
  done
  partial=$(index_sql 'select count(*) from messages')
  [ "$partial" -lt "$expected" ] || fail "every message fitted on the small disk"
}

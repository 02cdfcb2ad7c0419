#!/usr/bin/env bash
# Issue 21: `verify` is the proof in many tests, so it is shown failing here. Each damage is done
# to a fresh copy of a clean archive: a flipped byte in an archived mail and in an attachment, a
# deleted file, a stray file, a dropped index row (sqlite3 CLI). Each must make verify exit 1
# and name the path; the clean copy must exit 0.
source "$(dirname "$0")/lib.sh"
command -v sqlite3 >/dev/null || { [ "${CI:-}" = true ] && fail "sqlite3 CLI missing under CI=true"; skip "sqlite3 CLI not installed: verify's failure cases not tested"; }
write_config

mkdir -p "$WORK/src"
make_message "$WORK/src/m1.eml" "Bob Buyer <bob@acme.com>" "sales@ourco.com" "Inquiry for DN50 valves" "Please quote."
make_message "$WORK/src/m2.eml" "王经理 <wang@ecpc.com.cn>" "sales@ourco.com" "询价" "请报价。"
cat > "$WORK/src/m3.eml" <<'EOF'
From: Bob Buyer <bob@acme.com>
To: sales@ourco.com
Subject: Purchase order PO-7
Date: Tue, 03 Nov 2026 10:00:00 +0800
Message-ID: <po7@test>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=b

--b
Content-Type: text/plain

Our order attached.
--b
Content-Type: text/csv; name="PO-7.csv"
Content-Disposition: attachment; filename="PO-7.csv"

item,qty
DN50,500
--b--
EOF
mc import "$WORK/src" >/dev/null
mc verify >/dev/null || fail "the fresh archive does not verify"
cp -a "$WORK/archive" "$WORK/clean"

mail=$(cd "$WORK/clean" && find customers -name '*.eml' -path '*acme*' | sort | head -1)
attachment=$(cd "$WORK/clean" && find customers -name '*PO-7.csv' | head -1)
[ -n "$mail" ] && [ -n "$attachment" ] || fail "expected an acme mail and PO-7.csv in the archive"

# damaged NAME ACTION EXPECTED_PATH: restore the clean archive, damage it, expect exit 1 + path.
damaged() {
  local name=$1 action=$2 expected=$3 out status
  rm -rf "$WORK/archive" && cp -a "$WORK/clean" "$WORK/archive"
  (cd "$WORK/archive" && eval "$action")
  set +e
  out=$(mc verify 2>&1)
  status=$?
  set -e
  expect_eq "$status" 1 "verify exit status after: $name"
  expect_contains "$out" "$expected" "verify output after: $name"
  pass "verify fails on: $name"
}

flip_byte() {  # flip_byte FILE OFFSET: invert the byte at OFFSET, in place
  python3 -c "import sys; p, o = sys.argv[1], int(sys.argv[2]); b = bytearray(open(p, 'rb').read()); b[o] ^= 0x20; open(p, 'wb').write(b)" "$1" "$2"
}

damaged "a flipped byte in an archived mail" "flip_byte '$mail' 40" "hash mismatch: $mail"
damaged "a flipped byte in an attachment" "flip_byte '$attachment' 2" "hash mismatch: $attachment"
damaged "a deleted mail file" "rm '$mail'" "missing: $mail"
damaged "a deleted attachment" "rm '$attachment'" "missing: $attachment"
damaged "a stray file in a customer folder" "mkdir -p customers/acme/quotes && echo stray > customers/acme/quotes/stray.pdf" \
  "not indexed: customers/acme/quotes/stray.pdf"
damaged "a dropped message row" \
  "sqlite3 .mailclerk/index.sqlite \"DELETE FROM messages WHERE id = (SELECT message_id FROM message_files WHERE path = '$mail')\"" \
  "not indexed: $mail"
damaged "a dropped attachment row" \
  "sqlite3 .mailclerk/index.sqlite \"DELETE FROM attachment_files WHERE path = '$attachment'\"" \
  "not indexed: $attachment"

rm -rf "$WORK/archive" && cp -a "$WORK/clean" "$WORK/archive"
mc verify >/dev/null || fail "the restored clean archive does not verify"
pass "verify: clean archive exits 0, every damage exits 1 naming the path"

#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Filing end to end: hostile attachment names stay inside their folder, a message for two
# customers is filed under both, attachments are byte-exact, search and history find it.
source "$(dirname "$0")/lib.sh"
write_config

python3 - "$WORK/in/hostile.eml" <<'PY'
import base64, sys, os
names = ["../../etc/passwd", "/abs/path", "CON.txt", "a\x01b\x7fc.pdf", "x" * 400 + ".pdf",
         "..", "...", " ", "报价单 QT-2026-0412.pdf", "sub\\dir\\evil.xlsx", "nul\x00byte.txt"]
parts = []
for i, name in enumerate(names):
    payload = base64.b64encode(("attachment %d\n" % i).encode() * 50).decode()
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    parts.append('--XYZ\nContent-Type: application/octet-stream; name="%s"\n'
                 'Content-Disposition: attachment; filename="%s"\n'
                 'Content-Transfer-Encoding: base64\n\n%s\n' % (quoted, quoted, payload))
msg = ("From: Bob <bob@acme.com>\nTo: sales@ourco.com\nCc: wang@ecpc.com.cn\n"
       "Subject: Quotation request with files\nDate: Wed, 04 Nov 2026 10:00:00 +0000\n"
       "Message-ID: <hostile@test>\nMIME-Version: 1.0\n"
       "Content-Type: multipart/mixed; boundary=\"XYZ\"\n\n"
       "--XYZ\nContent-Type: text/plain; charset=utf-8\n\n请报价 ball valves DN50.\n" + "".join(parts) + "--XYZ--\n")
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
open(sys.argv[1], "wb").write(msg.encode("utf-8", "surrogateescape"))
PY
mc import "$WORK/in" >/dev/null

# Nothing outside the archive; every attachment under a customer's kind folder.
[ ! -e "$WORK/etc/passwd" ] && [ ! -e /abs/path ] || fail "a name escaped"
stray=$(find "$WORK" -path "$WORK/archive" -prune -o -path "$WORK/in" -prune -o -type f -print | grep -v mailclerk.toml || true)
[ -z "$stray" ] || fail "files outside the archive: $stray"
for slug in acme 华东石化; do
  [ -n "$(find "$WORK/archive/customers/$slug/mail" -name '*.eml')" ] || fail "not filed under $slug"
  n=$(find "$WORK/archive/customers/$slug" -mindepth 2 -type f ! -path '*/mail/*' | wc -l)
  expect_eq "$n" 11 "attachments filed for $slug"
done
# Both customers' copies are one inode (hard link).
a=$(find "$WORK/archive/customers/acme/mail" -name '*.eml' -exec stat -c %i {} \;)
b=$(find "$WORK/archive/customers/华东石化/mail" -name '*.eml' -exec stat -c %i {} \;)
expect_eq "$a" "$b" "hard-linked message"
# Every file name is clean: no control characters, no leading dot, short enough.
find "$WORK/archive/customers" -type f | while read -r f; do
  name=$(basename "$f")
  case "$name" in .*) fail "hidden name: $f" ;; esac
  [ ${#name} -le 200 ] || fail "name too long: $f"
  printf '%s' "$name" | LC_ALL=C grep -q '[[:cntrl:]]' && fail "control character in: $f"
  true
done
# Attachments byte-exact: the recorded sha256 matches the file.
index_sql "select path, sha256 from attachments where path != ''" | while IFS='|' read -r path sha; do
  expect_eq "$(sha256sum "$WORK/archive/$path" | cut -d' ' -f1)" "$sha" "attachment hash of $path"
done
mc verify >/dev/null || fail "verify"

# Search and history.
expect_eq "$(mc search 报价 --json | json 'd["total"]')" 1 "search 报价"
expect_eq "$(mc search 报 --json | json 'd["total"]')" 1 "search one character"
expect_eq "$(mc search 价报 --json | json 'd["total"]')" 0 "no false positive"
expect_eq "$(mc search valves --customer acme --json | json 'd["results"][0]["customers"]')" "['acme', '华东石化']" "customers of a hit"
h=$(mc history acme --json)
expect_eq "$(echo "$h" | json 'd["events"][0]["subject"]')" "Quotation request with files" "history subject"
expect_eq "$(echo "$h" | json 'len(d["events"][0]["attachments"])')" 11 "history attachments"
expect_eq "$(echo "$h" | json 'd["events"][0]["direction"]')" "inbound" "direction"
pass "hostile names contained, two customers filed, search and history"

#!/usr/bin/env bash
# labels: sanitize (reads what strangers send, or serves the web: the sanitizer pass runs it)
# Importing the same sources twice adds nothing; an mbox and a Maildir of the same messages are
# one set of archive entries; verify is clean.
source "$(dirname "$0")/lib.sh"
write_config

mkdir -p "$WORK/src/eml" "$WORK/src/Maildir/cur" "$WORK/src/Maildir/new" "$WORK/src/Maildir/tmp"
make_message "$WORK/src/eml/m1.eml" "Bob Buyer <bob@acme.com>" "sales@ourco.com" "Inquiry for DN50 ball valves" "Please quote 500 pcs."
make_message "$WORK/src/eml/m2.eml" "sales@ourco.com" "bob@acme.com" "Quotation QT-2026-0412" "Our offer: USD 12.50/pc FOB Ningbo."
make_message "$WORK/src/eml/m3.eml" "王经理 <wang@ecpc.com.cn>" "sales@ourco.com" "询价：球阀报价" "请报价 DN50 球阀 500 台。"
make_message "$WORK/src/eml/m4.eml" "Body <x@elsewhere.org>" "sales@ourco.com" "Hello" "Unrelated."
# The same four messages as an mboxrd file and as a Maildir, the mbox with a body line that
# needs From-escaping.
make_message "$WORK/src/m5.eml" "bob@acme.com" "sales@ourco.com" "From escaping" "From here on, prices change.
>From the archive."
python3 - "$WORK/src" <<'PY'
import sys, os
src = sys.argv[1]
names = ["eml/m1.eml", "eml/m2.eml", "eml/m3.eml", "eml/m4.eml", "m5.eml"]
with open(os.path.join(src, "all.mbox"), "wb") as mbox:
    for i, name in enumerate(names):
        data = open(os.path.join(src, name), "rb").read()
        lines = data.split(b"\n")
        out = []
        for line in lines:
            stripped = line.lstrip(b">")
            out.append(b">" + line if stripped.startswith(b"From ") else line)
        mbox.write(b"From MAILER-DAEMON Tue Nov  3 09:42:00 2026\n" + b"\n".join(out) + b"\n")
        with open(os.path.join(src, "Maildir/cur", "%d.test:2,S" % i), "wb") as f:
            f.write(data)
PY

out=$(mc import "$WORK/src/eml" "$WORK/src/m5.eml")
expect_contains "$out" "5 new, 0 already archived" "first import"
out=$(mc import "$WORK/src/eml" "$WORK/src/m5.eml")
expect_contains "$out" "0 new, 5 already archived" "second import"
out=$(mc import "$WORK/src/all.mbox")
expect_contains "$out" "5 messages: 0 new, 5 already archived" "mbox of the same messages"
out=$(mc import "$WORK/src/Maildir")
expect_contains "$out" "5 messages: 0 new, 5 already archived" "Maildir of the same messages"
expect_eq "$(index_sql 'select count(*) from messages')" 5 "messages in the index"
expect_eq "$(index_sql 'select count(*) from message_sources')" 15 "sources recorded"

# Filing: customer folders, unmatched, Chinese slug kept.
[ -n "$(find "$WORK/archive/customers/acme/mail" -name '*.eml')" ] || fail "acme mail folder empty"
[ -n "$(find "$WORK/archive/customers/华东石化/mail" -name '*.eml')" ] || fail "华东石化 folder empty"
expect_eq "$(find "$WORK/archive/unmatched/mail" -name '*.eml' | wc -l)" 1 "unmatched messages"
mc verify >/dev/null || fail "verify not clean"
pass "idempotent import of eml, mbox and Maildir"

#!/usr/bin/env python3
"""seeds.py TEST_DATA SEEDS: write the seed corpora of fuzz/run.sh into SEEDS/<target>/.

Each target's first input byte is a selector (see the fuzz_*.cpp headers); seeds carry the right
one. Sources: the messages and documents in tests/data/, and small hand-made inputs below.
"""
import email
import email.policy
import pathlib
import sys

DATA, SEEDS = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
COUNT = {}


def put(target, data):
    n = COUNT.get(target, 0)
    COUNT[target] = n + 1
    (SEEDS / target / f"s{n:04d}").write_bytes(data)


messages = sorted(DATA.rglob("*.eml"))

# fuzz_headers: header values, byte 0 picks a charset.
for path in messages:
    head = path.read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    for line in head.split(b"\n"):
        if b":" in line:
            put("fuzz_headers", bytes([COUNT.get("fuzz_headers", 0) % 22]) + line.split(b":", 1)[1])

# fuzz_documents: byte 0 picks xlsx, docx, pdf, csv, html, txt, odt (k_formats in
# fuzz_documents.cpp).
FORMATS = {".xlsx": 0, ".docx": 1, ".pdf": 2, ".csv": 3, ".html": 4, ".htm": 4, ".txt": 5,
           ".odt": 6}
for path in sorted(DATA.rglob("*")):
    if path.suffix.lower() in FORMATS:
        put("fuzz_documents", bytes([FORMATS[path.suffix.lower()]]) + path.read_bytes())
html_parts = []
for path in messages:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        name = (part.get_filename() or "").lower()
        if part.get_content_type() == "text/html":
            html_parts.append(payload)
            put("fuzz_documents", bytes([4]) + payload)
        for suffix, selector in FORMATS.items():
            if name.endswith(suffix):
                put("fuzz_documents", bytes([selector]) + payload)
put("fuzz_documents", bytes([3]) + "型号,数量,单价\nDN50,100,12.5\n\"a,b\",\"x\"\"y\",3\n".encode())
put("fuzz_documents", bytes([5]) + "报价 DN50 USD 12.50/pc FOB Shanghai\n".encode())
put("fuzz_documents", bytes([2]) + b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
put("fuzz_documents", bytes([0]) + b"PK\x03\x04")

# fuzz_imap_response: byte 0 picks the chunk size.
IMAP = [
    b"* OK [CAPABILITY IMAP4rev1 LITERAL+ UIDPLUS] Dovecot ready.\r\n",
    b"* CAPABILITY IMAP4rev1 IDLE ESEARCH\r\na1 OK done\r\n",
    b'* LIST (\\HasNoChildren \\Sent) "/" "Sent Items"\r\n* LIST () NIL INBOX\r\n',
    b'* LIST () "." {8}\r\n&ZeVnLIqe-\r\n',
    b"* STATUS INBOX (UIDVALIDITY 1 UIDNEXT 5 MESSAGES 4)\r\n",
    b"* 4 EXISTS\r\n* OK [UIDVALIDITY 1700000000] UIDs valid\r\n* OK [UIDNEXT 5] next\r\n",
    b"* SEARCH 1 2 3 7\r\n* ESEARCH (TAG \"a2\") UID ALL 1:5,7\r\n",
    b"* 1 FETCH (UID 7 RFC822.SIZE 23 BODY[] {23}\r\nFrom: a@b\r\n\r\nhello\r\n)\r\n",
    b"* 2 FETCH (UID 8 BODY[HEADER.FIELDS (MESSAGE-ID)] {30}\r\nMessage-ID: <x@y>\r\n\r\n\r\n\r\n)\r\n",
    b"* 3 FETCH (BODY[] NIL UID 9)\r\na3 NO [TRYCREATE] no\r\n* BYE bye\r\n",
]
for i, response in enumerate(IMAP):
    put("fuzz_imap_response", bytes([i]) + response)

# fuzz_sanitize: mail HTML.
for payload in html_parts:
    put("fuzz_sanitize", payload)
for html in [
    b'<p onclick="x()">a<script>alert(1)</script><a href="javascript:x">l</a></p>',
    b'<img src="http://remote/x.png"><img src="cid:logo"><style>p{}</style><table><tr><td>1',
    b'<svg><script>x</script></svg><iframe src=x></iframe><form><input></form>',
    b'<a href="jav&#x09;ascript:x">t</a><div style="background:url(http://x)">d</div>',
]:
    put("fuzz_sanitize", html)

# fuzz_web_request: byte 0 picks target, form, cookies/id, content-disposition, search query.
WEB = [
    (0, b"/customers/acme?tab=prices&q=%E6%8A%A5%E4%BB%B7"), (0, b"/messages/12/attachments/0"),
    (0, b"/a/%2e%2e/b"), (0, b"/x%2Fy?a=1&a=2&b"), (1, b"user=a&password=x+y%21&next=%2F"),
    (2, b"session=abc; theme=dark; x"), (2, b"123456789012345678"), (3, "报价 \"x\"/y.pdf".encode()),
    (4, "报价 from:wang customer:acme -kind:quote \"a phrase\" dn5* OR x after:2026-01".encode()),
    (4, b'has:attachment filename:*.pdf before:2026 direction:in folder:INBOX "unclosed'),
]
for selector, text in WEB:
    put("fuzz_web_request", bytes([selector]) + text)

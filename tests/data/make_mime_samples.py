#!/usr/bin/env python3
"""Regenerate tests/data/mime/*.eml: real-world charset and structure cases, written byte-exact.

Each sample is what a real mailer sends (legacy charsets, encoded-word quirks, uuencode, broken
structure). They are unit-test inputs, oracle inputs (tests/oracle/compare.py) and fuzz seeds.
Run from anywhere: python3 tests/data/make_mime_samples.py
"""
import base64
import os
import quopri

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mime")


def b64w(text, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset if charset != "gb2312" else "gb18030")).decode())


def write(name, head, body=b""):
    data = head.replace("\n", "\r\n").encode("ascii", "surrogateescape") if isinstance(head, str) else head
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data + body)


def headers(subject, extra="", sender="Zhang San <zhang@acme.com>", to="sales@ourco.com",
            msgid=None, date="Tue, 3 Nov 2026 17:42:00 +0800"):
    msgid = msgid or "<%s@samples.mailclerk>" % subject.encode().hex()[:16]
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n%s"
            % (sender, to, subject, date, msgid, extra))


def main():
    os.makedirs(OUT, exist_ok=True)
    # GB2312 label, GBK-only characters (喆, 镕 are not in GB2312).
    text = "报价单：喆镕公司的离心泵，单价 1250 元。\n"
    write("gb2312-with-gbk-chars.eml",
          headers(b64w("喆镕公司报价", "gb2312"), "Content-Type: text/plain; charset=gb2312\n"
                  "Content-Transfer-Encoding: 8bit\n\n", msgid="<gbk1@samples>").replace("\n", "\r\n").encode(),
          text.replace("\n", "\r\n").encode("gb18030"))
    # Big5, Q-encoded subject in lower case "q".
    subj = "=?big5?q?%s?=" % "".join("=%02X" % b for b in "詢價單".encode("big5"))
    write("big5-lowercase-q.eml",
          headers(subj, "Content-Type: text/plain; charset=\"Big5\"\n\n", msgid="<big5@samples>",
                  sender="=?BIG5?B?%s?= <chen@tw-acme.com.tw>" % base64.b64encode("陳先生".encode("big5")).decode())
          .replace("\n", "\r\n").encode(), "請報價：不鏽鋼閥門。\r\n".encode("big5"))
    # ISO-2022-JP subject and body (7bit, escape sequences).
    write("iso-2022-jp.eml",
          headers(b64w("見積依頼", "iso-2022-jp"), "Content-Type: text/plain; charset=ISO-2022-JP\n"
                  "Content-Transfer-Encoding: 7bit\n\n", msgid="<jis@samples>",
                  sender="%s <tanaka@example.co.jp>" % b64w("田中", "iso-2022-jp"))
          .replace("\n", "\r\n").encode(), "お見積りをお願いします。\r\n".encode("iso-2022-jp"))
    # Shift_JIS body with an RFC 2231 file name split over continuations, charset given.
    fname = "見積書 2026.pdf".encode("utf-8")
    pct = "".join("%%%02X" % b for b in fname)
    head = headers("=?shift_jis?B?%s?=" % base64.b64encode("添付ファイル".encode("shift_jis")).decode(),
                   "Content-Type: multipart/mixed; boundary=\"b1\"\n\n", msgid="<sjis@samples>")
    part = ("--b1\nContent-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit\n\n")
    part2 = ("\n--b1\nContent-Type: application/pdf; name=\"wrong-name.pdf\"\n"
             "Content-Disposition: attachment;\n filename*0*=utf-8''%s;\n filename*1*=%s\n"
             "Content-Transfer-Encoding: base64\n\n%s\n--b1--\n"
             % (pct[:30], pct[30:], base64.b64encode(b"%PDF-1.4 sample\n").decode()))
    write("shift-jis-rfc2231.eml", (head + part).replace("\n", "\r\n").encode() +
          "添付をご確認ください。\r\n".encode("shift_jis") + part2.replace("\n", "\r\n").encode())
    # ks_c_5601-1987 (really CP949) subject and body.
    write("ks-c-5601.eml",
          headers(b64w("견적 요청", "euc-kr").replace("euc-kr", "ks_c_5601-1987"),
                  "Content-Type: text/plain; charset=ks_c_5601-1987\nContent-Transfer-Encoding: base64\n\n",
                  msgid="<korean@samples>").replace("\n", "\r\n").encode(),
          base64.encodebytes("펌프 견적을 부탁드립니다.\n".encode("cp949")))
    # KOI8-R, quoted-printable.
    write("koi8-r-qp.eml",
          headers("=?KOI8-R?Q?%s?=" % "".join("=%02X" % b for b in "Заказ насосов".encode("koi8-r")).replace("=20", "_"),
                  "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: quoted-printable\n\n",
                  msgid="<koi8@samples>").replace("\n", "\r\n").encode(),
          quopri.encodestring("Прошу выставить счёт.\n".encode("koi8-r")))
    # UTF-7 under its old alias.
    write("utf7-alias.eml",
          headers("UTF-7 body", "Content-Type: text/plain; charset=unicode-1-1-utf-7\n\n",
                  msgid="<utf7@samples>").replace("\n", "\r\n").encode(),
          "Preis: 12 € pro Stück\r\n".encode("utf-7"))
    # A UTF-16 text part (with BOM), base64.
    write("utf16-part.eml",
          headers("UTF-16 part", "Content-Type: text/plain; charset=utf-16\nContent-Transfer-Encoding: base64\n\n",
                  msgid="<utf16@samples>").replace("\n", "\r\n").encode(),
          base64.encodebytes("Ünïcödé 报价 text\n".encode("utf-16")))
    # Raw 8-bit GBK headers, no encoded words, no charset on the body: detection.
    write("raw-8bit-gbk-headers.eml",
          ("From: 李四 <lisi@ecpc.com.cn>\r\nTo: sales@ourco.com\r\nSubject: 关于离心泵的询价\r\n"
           "Date: Tue, 3 Nov 2026 17:42:00 CST\r\nMessage-ID: <raw8bit@samples>\r\n\r\n").encode("gb18030"),
          "您好，请报价离心泵五台，型号见附件。谢谢！\r\n".encode("gb18030"))
    # An encoded word split inside a multi-byte character, and encoded words in a quoted name.
    raw = "离心泵询价单".encode("utf-8")
    w1 = "=?UTF-8?B?%s?=" % base64.b64encode(raw[:4]).decode()
    w2 = "=?utf-8?b?%s?=" % base64.b64encode(raw[4:]).decode()
    write("split-multibyte-word.eml",
          headers("%s\n %s" % (w1, w2), "Content-Type: text/plain; charset=utf-8\n\nbody\n",
                  sender="\"%s\" <wang@acme.com>" % b64w("王五", "utf-8"),
                  msgid="<split@samples>").replace("\n", "\r\n").encode())
    # A uuencoded file inside a plain body.
    uu = ("begin 644 price.txt\n" +
          "".join(chr(32 + len(line)) + "".join(
              chr(32 + ((v >> s) & 63) if ((v >> s) & 63) else 96) for v in [
                  int.from_bytes((line[i:i + 3] + b"\0\0")[:3], "big") for i in range(0, len(line), 3)]
              for s in (18, 12, 6, 0)) + "\n" for line in [b"pump,1250\nvalve,80\n"]) + "`\nend\n")
    write("uuencode-in-body.eml",
          headers("uuencoded price list", "Content-Type: text/plain\n\n", msgid="<uu@samples>")
          .replace("\n", "\r\n").encode(), ("See the file below.\n\n" + uu + "\nRegards\n").replace("\n", "\r\n").encode())
    # HTML-only alternative with a table.
    write("html-only-table.eml",
          headers("HTML quote", "Content-Type: multipart/alternative; boundary=\"alt\"\n\n"
                  "--alt\nContent-Type: text/html; charset=utf-8\n\n"
                  "<html><body><p>Our quote:</p><table><tr><th>Item</th><th>Price</th></tr>"
                  "<tr><td>Pump P-100</td><td>1250</td></tr></table></body></html>\n--alt--\n",
                  msgid="<html@samples>").replace("\n", "\r\n").encode())
    # An attached message (message/rfc822) with its own attachment.
    inner = ("From: Buyer <buyer@acme.com>\nTo: sales@ourco.com\nSubject: Original RFQ\n"
             "Date: Mon, 2 Nov 2026 09:00:00 +0000\nMessage-ID: <inner@samples>\n"
             "Content-Type: text/plain; charset=utf-8\n\nPlease quote 5 pumps.\n")
    write("attached-message.eml",
          headers("Fwd: Original RFQ", "Content-Type: multipart/mixed; boundary=\"fw\"\n\n"
                  "--fw\nContent-Type: text/plain\n\nForwarding.\n--fw\nContent-Type: message/rfc822\n"
                  "Content-Disposition: attachment; filename=\"rfq.eml\"\n\n" + inner + "--fw--\n",
                  msgid="<fwd@samples>").replace("\n", "\r\n").encode())
    # multipart/signed kept intact.
    write("signed.eml",
          headers("Signed", "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; "
                  "micalg=pgp-sha256; boundary=\"sig\"\n\n--sig\nContent-Type: text/plain\n\nSigned text.\n"
                  "--sig\nContent-Type: application/pgp-signature; name=\"signature.asc\"\n\n"
                  "-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n--sig--\n",
                  msgid="<signed@samples>").replace("\n", "\r\n").encode())
    # Broken: no final boundary, bad base64 in the attachment.
    write("missing-final-boundary.eml",
          headers("Broken", "Content-Type: multipart/mixed; boundary=\"x\"\n\n--x\nContent-Type: text/plain\n\n"
                  "Text part.\n--x\nContent-Type: application/octet-stream; name=\"data.bin\"\n"
                  "Content-Transfer-Encoding: base64\n\nQUJD!!REVG\nR0hJ\n",
                  msgid="<broken@samples>").replace("\n", "\r\n").encode())

    header_junk_samples()


def header_junk_samples():
    """Issue 21: header blocks with junk lines, read by the oracle as Python's email reads them."""
    crlf = lambda text: text.replace(b"\n", b"\r\n")  # noqa: E731
    rest = b"To: Li Si <li@ecpc.com.cn>\nSubject: Quote for DN50 valves\nMessage-ID: <junk-%s@samples>\n"
    rest += b"Date: Tue, 3 Nov 2026 17:42:00 +0800\n"
    cases = {
        # An mbox export that kept a second envelope line inside the header block.
        "from-line": b"Received: by mx.ourco.com\nFrom li@ecpc.com.cn Tue Nov  3 17:42:00 2026\n"
                     b"From: Li Si <li@ecpc.com.cn>\n" + rest,
        "blank-looking-line": b"From: Li Si <li@ecpc.com.cn>\n \t \n" + rest,
        "blank-first-line": b" \t\nFrom: Li Si <li@ecpc.com.cn>\n" + rest,
        "colon-first": b"From: Li Si <li@ecpc.com.cn>\n: stray value\n" + rest,
        "nul-in-value": b"From: Li Si <li@ecpc.com.cn>\nX-Mailer: Fox\x00mail 6\n" + rest,
        "lone-cr": b"From: Li Si <li@ecpc.com.cn>\r" + rest.replace(b"\n", b"\r"),
        # Python (and we) end the header block at a line without a colon.
        "no-colon": b"From: Li Si <li@ecpc.com.cn>\nX-Junk without colon\n" + rest,
    }
    for name, head in cases.items():
        head = head.replace(b"%s", name.encode())
        body = b"Please quote 500 pcs.\n"
        end = b"\r" if name == "lone-cr" else b"\n"
        data = head + end + (body.replace(b"\n", b"\r") if name == "lone-cr" else body)
        if name not in ("lone-cr",):
            data = crlf(data)
        with open(os.path.join(OUT, "junk-header-%s.eml" % name), "wb") as f:
            f.write(data)
    multipart = (b"From: Li Si <li@ecpc.com.cn>\nFrom li@ecpc.com.cn Tue Nov  3 17:42:00 2026\n"
                 b"Subject: Quotation attached\nMessage-ID: <junk-multipart@samples>\n"
                 b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
                 b"See attached.\n--b\nContent-Type: text/csv; name=quote.csv\n\nitem,price\n"
                 b"DN50,12.50\n--b--\n")
    with open(os.path.join(OUT, "junk-header-from-line-multipart.eml"), "wb") as f:
        f.write(crlf(multipart))


if __name__ == "__main__":
    main()

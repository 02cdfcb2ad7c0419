#!/usr/bin/env python3
"""Generate the sample mailbox under samples/mail/ (deterministic; stdlib only).

    python3 samples/make_samples.py            # rewrites samples/mail/{inbox,sent}/*.eml and archive.mbox

The correspondence is that of Ningbo Hengda Valves Co., Ltd. (宁波恒达阀门, hengda-valves.com) with the
customers named in samples/mailclerk.toml. Everything is fixed: dates, Message-IDs, MIME boundaries,
PDF/CSV bytes. Running the script twice gives byte-identical output; both the script and its output
are kept in the repository.

Bodies are encoded the way the senders' mail programs would: GB2312/GBK (Foxmail, Outlook on Chinese
Windows), Big5 (Taiwan), ISO-8859-1 (older German clients), UTF-8 elsewhere; base64, quoted-printable
or 8bit. Messages from Outlook/Exchange use CRLF line ends, the rest LF.
"""

import base64
import datetime as dt
import os
import quopri
import shutil
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ----------------------------------------------------------------------------------------------
# small encoders
# ----------------------------------------------------------------------------------------------


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc5322_date(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def asctime(d):
    u = d.astimezone(dt.timezone.utc)
    return "%s %s %2d %02d:%02d:%02d %04d" % (DAYS[u.weekday()], MONTHS[u.month - 1], u.day,
                                              u.hour, u.minute, u.second, u.year)


def _chunks(text, charset, max_bytes):
    """Split text into pieces whose encoding in charset is at most max_bytes (never splitting a char)."""
    out, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(charset)) > max_bytes:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def ew_b(text, charset="UTF-8"):
    """RFC 2047 B encoded-words, folded (joined by CRLF-space -> here LF-space)."""
    words = []
    for piece in _chunks(text, charset.lower(), 42):
        words.append("=?%s?B?%s?=" % (charset, base64.b64encode(piece.encode(charset.lower())).decode()))
    return "\n ".join(words)


def ew_q(text, charset="UTF-8"):
    words = []
    for piece in _chunks(text, charset.lower(), 20):
        enc = []
        for b in piece.encode(charset.lower()):
            c = chr(b)
            if c == " ":
                enc.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                enc.append(c)
            else:
                enc.append("=%02X" % b)
        words.append("=?%s?Q?%s?=" % (charset, "".join(enc)))
    return "\n ".join(words)


def fold(name, value, limit=78):
    """Fold an unfolded header value at spaces so that lines stay within limit."""
    if "\n" in value or len(name) + 2 + len(value) <= limit:
        return value
    lines, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > limit and cur != name + ":":
            lines.append(cur)
            cur = ""
        cur += " " + word
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def b64(data):
    return base64.encodebytes(data).decode("ascii")  # 76-column lines, trailing LF


def qp(data):
    return quopri.encodestring(data).decode("ascii")


class Part:
    """A MIME entity: headers + either a leaf body (already transfer-encoded text) or children."""

    def __init__(self, headers, body=None, children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble

    def render(self):
        out = "".join("%s: %s\n" % (k, v) for k, v in self.headers) + "\n"
        if self.children is None:
            body = self.body
            if body and not body.endswith("\n"):
                body += "\n"
            return out + body
        if self.preamble:
            out += self.preamble + "\n"
        for ch in self.children:
            out += "--%s\n" % self.boundary + ch.render() + "\n"
        out += "--%s--\n" % self.boundary
        return out


def text_part(text, charset="UTF-8", cte="quoted-printable", subtype="plain", extra=""):
    data = text.encode(charset.lower())
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:  # 7bit / 8bit: the raw bytes; the caller keeps lines short
        body = data.decode(charset.lower())
    ct = 'text/%s; charset="%s"%s' % (subtype, charset, extra)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attach(data, ctype, disposition):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", disposition)], b64(data))


def multipart(subtype, boundary, children, preamble=None):
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))], None,
                children, boundary, preamble)


def rfc2231(name, charset="UTF-8"):
    return "%s''%s" % (charset, urllib.parse.quote(name.encode(charset.lower()), safe=""))


# ----------------------------------------------------------------------------------------------
# documents: minimal valid PDFs (hand-built, with a CJK font for Chinese lines) and CSV files
# ----------------------------------------------------------------------------------------------

PDF_DATE = "D:20250101000000Z"


def pdf(lines, title, compress=False, date=PDF_DATE):
    """A one-page PDF with the given text lines. Lines with non-ASCII characters are set in the
    standard Adobe-GB1 font STSong-Light (not embedded, UniGB-UCS2-H) with a ToUnicode map, so text
    extractors recover the Chinese text."""
    cjk_codes = sorted({ord(c) for line in lines if not line.isascii() for c in line})
    content = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for i, line in enumerate(lines):
        if i:
            content.append("T*")
        if line.isascii():
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content.append("/F1 11 Tf (%s) Tj" % esc)
        else:
            content.append("/F2 11 Tf <%s> Tj" % "".join("%04X" % ord(c) for c in line))
    content.append("ET")
    stream = ("\n".join(content) + "\n").encode("latin-1")

    objs = []  # (number, bytes)

    def stream_obj(data, extra=""):
        if compress:
            data = zlib.compress(data, 9)
            extra += " /Filter /FlateDecode"
        return b"<< /Length %d%s >>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream"

    fonts = "/F1 5 0 R" + (" /F2 6 0 R" if cjk_codes else "")
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << %s >> >> "
                 "/Contents 4 0 R >>" % fonts).encode())
    objs.append(stream_obj(stream))
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    if cjk_codes:
        objs.append(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                    b"/DescendantFonts [7 0 R] /ToUnicode 9 0 R >>")
        objs.append(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> "
                    b"/FontDescriptor 8 0 R /DW 1000 >>")
        objs.append(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 "
                    b"/FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 "
                    b"/CapHeight 880 /StemV 93 >>")
        cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
                "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for i in range(0, len(cjk_codes), 100):
            block = cjk_codes[i:i + 100]
            cmap.append("%d beginbfchar" % len(block))
            cmap.extend("<%04X> <%04X>" % (c, c) for c in block)
            cmap.append("endbfchar")
        cmap += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        objs.append(stream_obj(("\n".join(cmap) + "\n").encode("ascii")))
    info_no = len(objs) + 1
    objs.append(("<< /Title (%s) /Producer (mailclerk samples) /CreationDate (%s) >>" % (title, date)).encode())

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, info_no, xref)
    return bytes(out)


def csv_bytes(rows, encoding="utf-8", bom=False, crlf=True):
    def cell(v):
        v = str(v)
        return '"%s"' % v.replace('"', '""') if any(c in v for c in ',"\n') else v
    nl = "\r\n" if crlf else "\n"
    data = nl.join(",".join(cell(c) for c in r) for r in rows) + nl
    return (b"\xef\xbb\xbf" if bom else b"") + data.encode(encoding)


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------

ALICE_CN = "%s <alice@hengda-valves.com>" % ew_b("王丽")
ALICE_EN = "Alice Wang <alice@hengda-valves.com>"
BOB = "Bob Chen <bob@hengda-valves.com>"

JOHN = "John Miller <john.miller@acme-industrial.com>"
SARAH = "Sarah Johnson <purchasing@acme-industrial.com>"
LIQIANG_GB = "%s <liqiang@ecpc.com.cn>"          # display name filled per message (charset varies)
ZHANG = "%s <zhang.buyer@163.com>"
CHEN_TW = "%s <chen.cm@twprecision.com.tw>"
MUELLER_L1 = "%s <j.mueller@mueller-armaturen.de>"

SIG_ALICE_EN = """\
Best regards,
Alice Wang
Sales Manager | Ningbo Hengda Valves Co., Ltd.
No. 88 Binhai Road, Beilun District, Ningbo 315800, China
Tel: +86 574 8612 3456 | Mob/WeChat: +86 138 0574 1234
www.hengda-valves.com"""

SIG_ALICE_CN = """\
祝好！
王丽
销售经理
宁波恒达阀门有限公司
地址：宁波市北仑区滨海路88号 邮编 315800
电话：0574-8612 3456  手机/微信：138 0574 1234"""

SIG_BOB = """\
Kind regards,
Bob Chen
Export Sales | Ningbo Hengda Valves Co., Ltd.
Tel: +86 574 8612 3458
www.hengda-valves.com"""


def received(frm_host, frm_ip, by, when, ident):
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <rcpt>; %s"
            % (frm_host, frm_host, frm_ip, by, ident, rfc5322_date(when)))


# ----------------------------------------------------------------------------------------------
# message assembly
# ----------------------------------------------------------------------------------------------

MESSAGES = []   # (folder, filename, bytes)


def message(folder, fname, *, date, frm, to, subject, msgid, body, cc=None, bcc=None,
            in_reply_to=None, references=None, extra=(), crlf=False, received_hdr=None,
            mailer=None, reply_to=None):
    h = []
    if received_hdr:
        h.append(("Return-Path", "<%s>" % frm.split("<")[-1].rstrip(">")))
        for r in received_hdr:
            h.append(("Received", r))
    h.append(("Date", rfc5322_date(date)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if bcc:
        h.append(("Bcc", bcc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", "\n ".join(references)))
    h.extend(extra)
    rcpt = to.split("<")[-1].split(">")[0].strip()
    h = [(k, v.replace("<rcpt>", "<%s>" % rcpt)) for k, v in h]
    if mailer:
        h.append(("X-Mailer", mailer))
    h.append(("MIME-Version", "1.0"))
    for k, v in h:
        assert v.isascii(), (k, v)
    body.headers = [(k, fold(k, v)) for k, v in h] + body.headers
    raw = body.render()
    if crlf:
        raw = raw.replace("\n", "\r\n")
    data = raw.encode("utf-8")  # headers are ASCII; 8bit parts are UTF-8
    MESSAGES.append((folder, fname, data))


def mid(local, domain):
    return "<%s@%s>" % (local, domain)


# ==============================================================================================
# 1. ACME Industrial Supply (USA, English, Outlook/Exchange)
# ==============================================================================================

ACME_HOST = "mail-dm6nam12on2101.outbound.protection.outlook.com"
ACME_RX = lambda d, i: [received(ACME_HOST, "40.107.243.101", "mx.hengda-valves.com", d, i)]

A1_ID = "<DM6PR11MB4035A7C3E1F0B2D9A18C4E77A1@DM6PR11MB4035.namprd11.prod.outlook.com>"
A2_ID = "<20250916021544.1a2b3c@hengda-valves.com>"
A3_ID = "<DM6PR11MB4035F0E9D8C7B6A5948372615A@DM6PR11MB4035.namprd11.prod.outlook.com>"
A4_ID = "<20250923013012.2b3c4d@hengda-valves.com>"
A5_ID = "<20251002074501.3c4d5e@hengda-valves.com>"
A6_ID = "<BY5PR11MB3990C1D2E3F4A5B6C7D8E9F0A1@BY5PR11MB3990.namprd11.prod.outlook.com>"
A7_ID = "<20251120031000.4d5e6f@hengda-valves.com>"
A8_ID = "<DM6PR11MB40351122334455667788990AB1@DM6PR11MB4035.namprd11.prod.outlook.com>"
A9_ID = "<20260412022030.5e6f70@hengda-valves.com>"

d = dt.datetime(2025, 9, 15, 10, 12, 33, tzinfo=tz(-4))
message("inbox", "2025-09-15_acme_rfq-gate-valves.eml", date=d, frm=JOHN, to=ALICE_EN,
        subject="RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs",
        msgid=A1_ID, crlf=True, received_hdr=ACME_RX(d, "4N9xQk2Lm1z3"),
        extra=[("Thread-Topic", "RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs"),
               ("Content-Language", "en-US")],
        body=text_part("""\
Hi Alice,

Hope you are doing well. We have a new project for a water treatment plant in Texas and would
like to request a quotation for the following items:

  1. Gate valve, cast steel WCB, flanged RF, ANSI Class 150, 2"  (DN50)  - 200 pcs
  2. Gate valve, cast steel WCB, flanged RF, ANSI Class 150, 4"  (DN100) - 200 pcs
  3. Gate valve, cast steel WCB, flanged RF, ANSI Class 150, 6"  (DN150) - 100 pcs

Trim 13Cr, API 600, hand wheel operated. Please quote FOB Ningbo and CIF Houston, with lead
time and payment terms. We need your offer by September 19 if possible.

Thanks,
John Miller
Senior Buyer | ACME Industrial Supply, Inc.
4100 Industrial Blvd, Houston, TX 77041, USA
Phone: +1 (713) 555-0148
""", "us-ascii", "7bit"))

QT_0916_ROWS = [
    ["Item", "Description", "Model", "Size", "Class", "Qty", "Unit", "Unit Price (USD)", "Amount (USD)", "Incoterm"],
    ["1", "Gate valve WCB flanged RF, 13Cr trim", "Z41H-150LB", "DN50 (2\")", "150", "200", "pcs", "38.50", "7700.00", "FOB Ningbo"],
    ["2", "Gate valve WCB flanged RF, 13Cr trim", "Z41H-150LB", "DN100 (4\")", "150", "200", "pcs", "86.00", "17200.00", "FOB Ningbo"],
    ["3", "Gate valve WCB flanged RF, 13Cr trim", "Z41H-150LB", "DN150 (6\")", "150", "100", "pcs", "142.00", "14200.00", "FOB Ningbo"],
    ["", "Total", "", "", "", "500", "pcs", "", "39100.00", "FOB Ningbo"],
]

d = dt.datetime(2025, 9, 16, 10, 15, 44, tzinfo=tz(8))
message("sent", "2025-09-16_acme_quotation-QT-2025-0916.eml", date=d, frm=ALICE_EN, to=JOHN,
        subject="RE: RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs - Quotation QT-2025-0916",
        msgid=A2_ID, in_reply_to=A1_ID, references=[A1_ID], mailer="Microsoft Outlook 16.0",
        crlf=True,
        body=multipart("mixed", "----=_NextPart_000_0012_01DC2701.6A3B2C10", [
            text_part("""\
Dear John,

Thank you for your inquiry. Please find our quotation QT-2025-0916 below and attached
(CSV + PDF).

Item  Description                         Size        Qty   Unit   Unit Price (USD)   Amount (USD)
1     Gate valve WCB RF 13Cr, Z41H-150LB  DN50 (2")   200   pcs    38.50              7,700.00
2     Gate valve WCB RF 13Cr, Z41H-150LB  DN100 (4")  200   pcs    86.00              17,200.00
3     Gate valve WCB RF 13Cr, Z41H-150LB  DN150 (6")  100   pcs    142.00             14,200.00
      Total                                           500                             39,100.00

Price terms: FOB Ningbo. CIF Houston: add USD 2,350.00 for the whole lot.
Payment: T/T 30% deposit, 70% against copy of B/L.
Lead time: 35 days after deposit.
MOQ: 50 pcs per size.
Validity: 30 days.

""" + SIG_ALICE_EN + """

-----Original Message-----
From: John Miller <john.miller@acme-industrial.com>
Sent: Monday, September 15, 2025 10:12 PM
To: Alice Wang <alice@hengda-valves.com>
Subject: RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs

Hi Alice,

Hope you are doing well. We have a new project for a water treatment plant in Texas and would
like to request a quotation for the following items:
""", "us-ascii", "7bit"),
            attach(csv_bytes(QT_0916_ROWS), 'text/csv; name="Quotation_QT-2025-0916.csv"',
                   'attachment; filename="Quotation_QT-2025-0916.csv"'),
            attach(pdf(["Ningbo Hengda Valves Co., Ltd.", "QUOTATION  No. QT-2025-0916   Date: 2025-09-16",
                        "To: ACME Industrial Supply, Inc. - Attn. John Miller", "",
                        "Item  Description                          Size    Qty  Unit  Unit Price USD  Amount USD",
                        "1     Gate valve WCB RF 13Cr Z41H-150LB    DN50    200  pcs   38.50           7,700.00",
                        "2     Gate valve WCB RF 13Cr Z41H-150LB    DN100   200  pcs   86.00           17,200.00",
                        "3     Gate valve WCB RF 13Cr Z41H-150LB    DN150   100  pcs   142.00          14,200.00",
                        "      Total                                         500                       39,100.00",
                        "", "Terms: FOB Ningbo. Payment T/T 30/70. Lead time 35 days. Validity 30 days."],
                       "Quotation QT-2025-0916"),
                   'application/pdf; name="Quotation_QT-2025-0916.pdf"',
                   'attachment; filename="Quotation_QT-2025-0916.pdf"'),
        ]))

# HTML-only reply from Outlook (windows-1252, quoted-printable) with a table and the quoted thread
A3_HTML = """\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
table.MsoNormalTable {border-collapse:collapse;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hi Alice,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thanks for the quick reply. Our customer&#8217;s budget is tight &#8211; can you meet the target prices below? If yes we can place the order within two weeks.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Size</b></p></td><td><p class="MsoNormal"><b>Qty</b></p></td><td><p class="MsoNormal"><b>Your price (USD)</b></p></td><td><p class="MsoNormal"><b>Target price (USD)</b></p></td></tr>
<tr><td><p class="MsoNormal">Gate valve WCB Class 150</p></td><td><p class="MsoNormal">2&quot;</p></td><td><p class="MsoNormal">200 pcs</p></td><td><p class="MsoNormal">38.50</p></td><td><p class="MsoNormal">35.00</p></td></tr>
<tr><td><p class="MsoNormal">Gate valve WCB Class 150</p></td><td><p class="MsoNormal">4&quot;</p></td><td><p class="MsoNormal">200 pcs</p></td><td><p class="MsoNormal">86.00</p></td><td><p class="MsoNormal">79.00</p></td></tr>
<tr><td><p class="MsoNormal">Gate valve WCB Class 150</p></td><td><p class="MsoNormal">6&quot;</p></td><td><p class="MsoNormal">100 pcs</p></td><td><p class="MsoNormal">142.00</p></td><td><p class="MsoNormal">130.00</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Also, could you confirm the pressure test certificate (EN 10204 3.1) is included?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best,<o:p></o:p></p>
<p class="MsoNormal">John<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Alice Wang &lt;alice@hengda-valves.com&gt; <br>
<b>Sent:</b> Tuesday, September 16, 2025 10:15 PM<br>
<b>To:</b> John Miller &lt;john.miller@acme-industrial.com&gt;<br>
<b>Subject:</b> RE: RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs - Quotation QT-2025-0916<o:p></o:p></p>
</div>
<p class="MsoNormal">Dear John,<br>Thank you for your inquiry. Please find our quotation QT-2025-0916 below and attached (CSV + PDF).<o:p></o:p></p>
</div>
</body>
</html>
"""
d = dt.datetime(2025, 9, 22, 9, 5, 12, tzinfo=tz(-4))
message("inbox", "2025-09-22_acme_target-prices-html.eml", date=d, frm=JOHN, to=ALICE_EN,
        subject="RE: RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs - Quotation QT-2025-0916",
        msgid=A3_ID, in_reply_to=A2_ID, references=[A1_ID, A2_ID], crlf=True,
        received_hdr=ACME_RX(d, "4P0aBc7Tt2x9"),
        extra=[("Thread-Topic", "RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs"),
               ("Thread-Index", "AQHcJkq1c3RmZWx0aGVyZQ=="), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
        body=text_part(A3_HTML, "windows-1252", "quoted-printable", "html"))

A4_TEXT = """\
Dear John,

We discussed your target prices with our factory. Best we can do:

Item  Model        Size        Qty   Unit Price (USD)   Amount (USD)
1     Z41H-150LB   DN50 (2")   200   36.00              7,200.00
2     Z41H-150LB   DN100 (4")  200   81.00              16,200.00
3     Z41H-150LB   DN150 (6")  100   133.00             13,300.00
                   Total       500                      36,700.00

FOB Ningbo, other terms as per QT-2025-0916 (revised as QT-2025-0923). EN 10204 3.1
certificates are included at no extra cost.

""" + SIG_ALICE_EN + """

> Thanks for the quick reply. Our customer's budget is tight - can you meet the target
> prices below? If yes we can place the order within two weeks.
>
> Also, could you confirm the pressure test certificate (EN 10204 3.1) is included?
>
> Best,
> John
"""
A4_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear John,</p>
<p>We discussed your target prices with our factory. Best we can do:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Item</th><th>Model</th><th>Size</th><th>Qty</th><th>Unit Price (USD)</th><th>Amount (USD)</th></tr>
<tr><td>1</td><td>Z41H-150LB</td><td>DN50 (2&quot;)</td><td>200</td><td>36.00</td><td>7,200.00</td></tr>
<tr><td>2</td><td>Z41H-150LB</td><td>DN100 (4&quot;)</td><td>200</td><td>81.00</td><td>16,200.00</td></tr>
<tr><td>3</td><td>Z41H-150LB</td><td>DN150 (6&quot;)</td><td>100</td><td>133.00</td><td>13,300.00</td></tr>
<tr><td></td><td></td><td>Total</td><td>500</td><td></td><td>36,700.00</td></tr>
</table>
<p>FOB Ningbo, other terms as per QT-2025-0916 (revised as QT-2025-0923). EN&nbsp;10204&nbsp;3.1
certificates are included at no extra cost.</p>
<p>Best regards,<br>Alice Wang<br>Sales Manager | Ningbo Hengda Valves Co., Ltd.</p>
<blockquote style="border-left:2px solid #ccc;margin-left:0;padding-left:8px">
<p>Thanks for the quick reply. Our customer&#8217;s budget is tight &#8211; can you meet the target prices below?
If yes we can place the order within two weeks.</p>
</blockquote>
</body></html>
"""
d = dt.datetime(2025, 9, 23, 9, 30, 12, tzinfo=tz(8))
message("sent", "2025-09-23_acme_revised-quotation.eml", date=d, frm=ALICE_EN, to=JOHN,
        subject="RE: RFQ: Cast steel gate valves DN50-DN150, Class 150 - approx. 500 pcs - Revised quotation QT-2025-0923",
        msgid=A4_ID, in_reply_to=A3_ID, references=[A1_ID, A2_ID, A3_ID],
        mailer="Microsoft Outlook 16.0", crlf=True,
        body=multipart("alternative", "----=_NextPart_001_0021_01DC2C55.7B1E9A40", [
            text_part(A4_TEXT, "utf-8", "quoted-printable"),
            text_part(A4_HTML, "utf-8", "quoted-printable", "html"),
        ]))

SC_LINES = ["SALES CONTRACT", "Contract No.: HD-SC-2025-118        Date: 2025-10-02",
            "Seller: Ningbo Hengda Valves Co., Ltd., No. 88 Binhai Road, Beilun, Ningbo, China",
            "Buyer:  ACME Industrial Supply, Inc., 4100 Industrial Blvd, Houston, TX 77041, USA", "",
            "1. Commodity, quantity and price (FOB Ningbo, USD):",
            "   Gate valve WCB Class 150 RF 13Cr  DN50   200 pcs x 36.00  =  7,200.00",
            "   Gate valve WCB Class 150 RF 13Cr  DN100  200 pcs x 81.00  = 16,200.00",
            "   Gate valve WCB Class 150 RF 13Cr  DN150  100 pcs x 133.00 = 13,300.00",
            "   Total amount: USD 36,700.00",
            "2. Payment: T/T 30% deposit, balance against copy of B/L.",
            "3. Shipment: within 35 days after receipt of deposit, from Ningbo to Houston.",
            "4. Inspection: EN 10204 3.1 certificates, API 598 pressure test.",
            "5. Warranty: 18 months after shipment.", "",
            "Seller: ____________________          Buyer: ____________________"]
d = dt.datetime(2025, 10, 2, 15, 45, 1, tzinfo=tz(8))
message("sent", "2025-10-02_acme_sales-contract.eml", date=d, frm=ALICE_EN, to=JOHN,
        cc="Sarah Johnson <purchasing@acme-industrial.com>",
        subject="Sales Contract HD-SC-2025-118 - Gate valves Class 150 (ACME)",
        msgid=A5_ID, in_reply_to=A4_ID, references=[A1_ID, A2_ID, A3_ID, A4_ID],
        mailer="Microsoft Outlook 16.0", crlf=True,
        body=multipart("mixed", "----=_NextPart_000_0034_01DC337E.0F4D8E20", [
            text_part("""\
Dear John, dear Sarah,

Thank you for accepting our revised offer. Attached please find Sales Contract HD-SC-2025-118
for the 500 gate valves (total USD 36,700.00, FOB Ningbo). Please sign and return a scanned
copy together with your PO, and arrange the 30% deposit (USD 11,010.00).

""" + SIG_ALICE_EN + "\n", "us-ascii", "7bit"),
            attach(pdf(SC_LINES, "Sales Contract HD-SC-2025-118", compress=True),
                   'application/pdf; name="SalesContract_HD-SC-2025-118.pdf"',
                   'attachment; filename="SalesContract_HD-SC-2025-118.pdf"'),
        ]))

d = dt.datetime(2025, 10, 6, 14, 2, 40, tzinfo=tz(-4))
message("inbox", "2025-10-06_acme_purchase-order.eml", date=d, frm=SARAH, to=ALICE_EN, cc=JOHN,
        subject="PO 4500012345 - Gate valves Class 150 / Contract HD-SC-2025-118",
        msgid=A6_ID, in_reply_to=A5_ID, references=[A1_ID, A4_ID, A5_ID], crlf=True,
        received_hdr=ACME_RX(d, "4Q1cDe8Uu3y0"),
        extra=[("Thread-Topic", "PO 4500012345 - Gate valves Class 150"), ("Content-Language", "en-US")],
        body=multipart("mixed", "_004_BY5PR11MB3990C1D2E3F4A5B6C7D8E9F0A1BY5PR11MB3990namp_", [
            multipart("alternative", "_000_BY5PR11MB3990C1D2E3F4A5B6C7D8E9F0A1BY5PR11MB3990namp_", [
                text_part("""\
Hello Alice,

Please find attached our purchase order 4500012345 and the signed contract. The deposit of
USD 11,010.00 was sent today, swift copy to follow.

Ship to: ACME Industrial Supply, Inc., Warehouse 3, 4100 Industrial Blvd, Houston, TX 77041.

Regards,
Sarah Johnson
Purchasing | ACME Industrial Supply, Inc.
""", "us-ascii", "quoted-printable"),
                text_part("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><p>Hello Alice,</p><p>Please find attached our purchase order 4500012345 and the signed contract. The deposit of
USD 11,010.00 was sent today, swift copy to follow.</p>
<p>Ship to: ACME Industrial Supply, Inc., Warehouse 3, 4100 Industrial Blvd, Houston, TX 77041.</p>
<p>Regards,<br>Sarah Johnson<br>Purchasing | ACME Industrial Supply, Inc.</p></body></html>
""", "us-ascii", "quoted-printable", "html"),
            ]),
            attach(pdf(["ACME Industrial Supply, Inc. - PURCHASE ORDER", "PO Number: 4500012345    PO Date: 10/06/2025",
                        "Vendor: Ningbo Hengda Valves Co., Ltd.  Ref. contract HD-SC-2025-118", "",
                        "Line  Material   Description                         Qty  UoM  Unit Price  Net Value",
                        "10    GV-150-02  GATE VALVE 2IN CL150 WCB RF 13CR    200  EA   36.00       7,200.00",
                        "20    GV-150-04  GATE VALVE 4IN CL150 WCB RF 13CR    200  EA   81.00       16,200.00",
                        "30    GV-150-06  GATE VALVE 6IN CL150 WCB RF 13CR    100  EA   133.00      13,300.00",
                        "                                           Total USD 36,700.00  Incoterm FOB Ningbo"],
                       "PO 4500012345", date="D:20251006135500-04'00'"),
                   'application/pdf; name="PO_4500012345.pdf"',
                   'attachment; filename="PO_4500012345.pdf"'),
            attach(pdf(SC_LINES + ["", "Signed for the Buyer: S. Johnson, 2025-10-06"],
                       "Sales Contract HD-SC-2025-118 signed", compress=True, date="D:20251006135800-04'00'"),
                   'application/pdf; name="HD-SC-2025-118 signed.pdf"',
                   'attachment; filename="HD-SC-2025-118 signed.pdf"'),
        ]))

d = dt.datetime(2025, 11, 20, 11, 10, 0, tzinfo=tz(8))
message("sent", "2025-11-20_acme_commercial-invoice.eml", date=d, frm=ALICE_EN, to=SARAH, cc=JOHN,
        subject="Commercial Invoice CI-2025-1120 and B/L copy - PO 4500012345",
        msgid=A7_ID, in_reply_to=A6_ID, references=[A1_ID, A5_ID, A6_ID],
        mailer="Microsoft Outlook 16.0", crlf=True,
        body=multipart("mixed", "----=_NextPart_000_0047_01DC59E2.33A1F5B0", [
            text_part("""\
Dear Sarah,

The goods for PO 4500012345 were shipped on Nov 18 on MSC ARIANE, B/L MEDUNB123456, ETA Houston
Dec 24. Attached are our commercial invoice CI-2025-1120 and the packing list. Please arrange the
balance payment of USD 25,690.00 against the B/L copy.

""" + SIG_ALICE_EN + "\n", "us-ascii", "7bit"),
            attach(pdf(["Ningbo Hengda Valves Co., Ltd.", "COMMERCIAL INVOICE   No. CI-2025-1120   Date: 2025-11-20",
                        "Buyer: ACME Industrial Supply, Inc.  PO 4500012345  Contract HD-SC-2025-118",
                        "Vessel: MSC ARIANE  B/L MEDUNB123456  Ningbo -> Houston  FOB Ningbo", "",
                        "Gate valve WCB CL150 RF  DN50   200 pcs  USD 36.00   USD 7,200.00",
                        "Gate valve WCB CL150 RF  DN100  200 pcs  USD 81.00   USD 16,200.00",
                        "Gate valve WCB CL150 RF  DN150  100 pcs  USD 133.00  USD 13,300.00",
                        "Total: USD 36,700.00   Deposit received: USD 11,010.00   Balance: USD 25,690.00"],
                       "Commercial Invoice CI-2025-1120"),
                   'application/pdf; name="CI-2025-1120.pdf"', 'attachment; filename="CI-2025-1120.pdf"'),
            attach(csv_bytes([["Carton", "Item", "Size", "Qty", "N.W. (kg)", "G.W. (kg)", "Meas. (cbm)"],
                              ["1-40", "Gate valve CL150", "DN50", "200", "1800", "1880", "2.4"],
                              ["41-90", "Gate valve CL150", "DN100", "200", "5400", "5560", "6.1"],
                              ["91-140", "Gate valve CL150", "DN150", "100", "5900", "6080", "6.8"]]),
                   'application/vnd.ms-excel; name="PackingList_CI-2025-1120.csv"',
                   'attachment; filename="PackingList_CI-2025-1120.csv"'),
        ]))

d = dt.datetime(2026, 4, 10, 16, 40, 5, tzinfo=tz(-5))
message("inbox", "2026-04-10_acme_enquiry-ball-valves.eml", date=d, frm=JOHN, to=ALICE_EN,
        subject="Enquiry - floating ball valves 2\" and 3\", 1000 pcs, delivery June",
        msgid=A8_ID, crlf=True, received_hdr=ACME_RX(d, "4R2eFg9Vv4z1"),
        extra=[("Thread-Topic", "Enquiry - floating ball valves 2\" and 3\", 1000 pcs, delivery June"),
               ("Content-Language", "en-US")],
        body=text_part("""\
Hi Alice,

Happy spring! The gate valves from last year performed well at site. We now have an enquiry for
floating ball valves, full bore, CF8M body, PTFE seats, flanged Class 150:

  - 2" : 600 pcs
  - 3" : 400 pcs

Please send your best price FOB Ningbo and the earliest delivery. Required on site mid-June.

Thanks,
John
""", "us-ascii", "quoted-printable"))

QT_0412_ROWS = [
    ["Item", "Product", "Model", "Size", "Material", "Qty", "Unit", "Currency", "Unit Price", "Amount", "Incoterm", "Lead time"],
    ["1", "Floating ball valve, full bore, PTFE seat", "Q41F-150LB", "2\" (DN50)", "CF8M", "600", "pcs", "USD", "45.80", "27480.00", "FOB Ningbo", "30 days"],
    ["2", "Floating ball valve, full bore, PTFE seat", "Q41F-150LB", "3\" (DN80)", "CF8M", "400", "pcs", "USD", "78.60", "31440.00", "FOB Ningbo", "30 days"],
    ["", "Total", "", "", "", "1000", "pcs", "USD", "", "58920.00", "FOB Ningbo", ""],
]
d = dt.datetime(2026, 4, 12, 10, 20, 30, tzinfo=tz(8))
message("sent", "2026-04-12_acme_quotation-QT-2026-0412.eml", date=d, frm=ALICE_EN, to=JOHN,
        subject="RE: Enquiry - floating ball valves 2\" and 3\", 1000 pcs, delivery June - Quotation QT-2026-0412",
        msgid=A9_ID, in_reply_to=A8_ID, references=[A8_ID], mailer="Microsoft Outlook 16.0", crlf=True,
        body=multipart("mixed", "----=_NextPart_000_0058_01DCCB1E.4C2D7A90", [
            text_part("""\
Dear John,

Glad to hear the gate valves work well. Our offer QT-2026-0412 for the ball valves:

Product: floating ball valve, full bore, CF8M, PTFE seat, flanged RF Class 150 (Q41F-150LB)

Size        Qty        Unit price        Amount
2" (DN50)   600 pcs    USD 45.80/pc      USD 27,480.00
3" (DN80)   400 pcs    USD 78.60/pc      USD 31,440.00
Total       1000 pcs                     USD 58,920.00

FOB Ningbo; lead time 30 days after deposit, so on site by mid-June is feasible.
Payment T/T 30/70 as before. Offer valid until May 12, 2026. Details in the attached
CSV and PDF.

""" + SIG_ALICE_EN + """

> Please send your best price FOB Ningbo and the earliest delivery. Required on site mid-June.
""", "utf-8", "quoted-printable"),
            attach(csv_bytes(QT_0412_ROWS, bom=True), 'text/csv; charset="utf-8"; name="Quotation_QT-2026-0412.csv"',
                   'attachment; filename="Quotation_QT-2026-0412.csv"'),
            attach(pdf(["Ningbo Hengda Valves Co., Ltd.", "QUOTATION  No. QT-2026-0412   Date: 2026-04-12",
                        "To: ACME Industrial Supply, Inc. - Attn. John Miller", "",
                        "Floating ball valve FB CF8M PTFE Class 150 (Q41F-150LB)",
                        "2\" (DN50)   600 pcs  USD 45.80  USD 27,480.00",
                        "3\" (DN80)   400 pcs  USD 78.60  USD 31,440.00",
                        "Total       1000 pcs           USD 58,920.00", "",
                        "FOB Ningbo. Payment T/T 30/70. Lead time 30 days. Valid until 2026-05-12."],
                       "Quotation QT-2026-0412", date="D:20260412101500+08'00'"),
                   'application/pdf; name="Quotation_QT-2026-0412.pdf"',
                   'attachment; filename="Quotation_QT-2026-0412.pdf"'),
        ]))

# ==============================================================================================
# 2. 华东石化 (Simplified Chinese; Foxmail/Outlook; GB2312 / GBK; one buyer on 163.com)
# ==============================================================================================

C1_ID = "<202510201032458213672@ecpc.com.cn>"
C2_ID = "<20251021021800.6f7081@hengda-valves.com>"
C3_ID = "<202510281415301127845@ecpc.com.cn>"
C4_ID = "<20251103063000.708192@hengda-valves.com>"
C5_ID = "<6a1f3c2e.4b7d.19a5e0c3f12.Coremail.zhang.buyer@163.com>"
C6_ID = "<20251201080500.8192a3@hengda-valves.com>"
C7_ID = "<202602101005123319024@ecpc.com.cn>"
ECPC_RX = lambda d, i: [received("mail.ecpc.com.cn", "218.4.57.12", "mx.hengda-valves.com", d, i)]
LIQIANG = "%s <liqiang@ecpc.com.cn>" % ew_b("李强", "gb2312")

C1_TEXT = """\
王经理：

您好！

我公司炼油改造项目需采购以下阀门，请报价：

1. 铸钢截止阀 J41H-16C  DN100  PN1.6MPa  数量：120台
2. 铸钢截止阀 J41H-16C  DN150  PN1.6MPa  数量：60台
3. 铸钢闸阀   Z41H-25   DN200  PN2.5MPa  数量：30台

要求：含税价（13%增值税），送货到厂（浙江宁波镇海），付款方式月结60天。
请于10月24日前回复报价单，并附产品样本和资质证书。

谢谢！

李强
华东石化有限公司 物资采购部
电话：0574-8633 2210
"""
d = dt.datetime(2025, 10, 20, 10, 32, 45, tzinfo=tz(8))
message("inbox", "2025-10-20_ecpc_xunjia-jiezhifa.eml", date=d, frm=LIQIANG, to=ALICE_CN,
        subject=ew_b("询价：截止阀 J41H-16C DN100/DN150 及闸阀 DN200", "gb2312"),
        msgid=C1_ID, received_hdr=ECPC_RX(d, "4Hc2Kq0Zb7zS"), mailer="Foxmail 7.2.25.228[cn]",
        body=text_part(C1_TEXT, "gb2312", "base64"))

C2_TABLE = """\
序号  产品名称    型号        规格            数量    单价(元,含税)  金额(元)
1     铸钢截止阀  J41H-16C    DN100 PN16      120台   1,860.00       223,200.00
2     铸钢截止阀  J41H-16C    DN150 PN16      60台    3,150.00       189,000.00
3     铸钢闸阀    Z41H-25     DN200 PN25      30台    5,480.00       164,400.00
      合计                                    210台                  576,600.00
"""
C2_TEXT = """\
李工：

您好！感谢贵司询价。我司报价如下（人民币，含13%增值税，送货到镇海厂区）：

""" + C2_TABLE + """
交货期：合同签订后30天。
付款方式：货到验收合格后月结60天。
质保期：18个月。
报价有效期：30天。

详见附件报价单（PDF）。产品样本和ISO 9001、特种设备制造许可证（TS）证书另行发送。

""" + SIG_ALICE_CN + """

----- 原始邮件 -----
发件人：李强 <liqiang@ecpc.com.cn>
发送时间：2025年10月20日 10:32
收件人：王丽 <alice@hengda-valves.com>
主题：询价：截止阀 J41H-16C DN100/DN150 及闸阀 DN200

> 我公司炼油改造项目需采购以下阀门，请报价：
> 1. 铸钢截止阀 J41H-16C  DN100  PN1.6MPa  数量：120台
> 2. 铸钢截止阀 J41H-16C  DN150  PN1.6MPa  数量：60台
> 3. 铸钢闸阀   Z41H-25   DN200  PN2.5MPa  数量：30台
"""
C2_PDF = pdf(["宁波恒达阀门有限公司  报价单", "报价单号：HD-BJ-2025-1021    日期：2025-10-21",
              "客户：华东石化有限公司 物资采购部  李强", "",
              "序号 产品名称 型号 规格 数量 单价(元,含税) 金额(元)",
              "1 铸钢截止阀 J41H-16C DN100 PN16 120台 1,860.00 223,200.00",
              "2 铸钢截止阀 J41H-16C DN150 PN16 60台 3,150.00 189,000.00",
              "3 铸钢闸阀 Z41H-25 DN200 PN25 30台 5,480.00 164,400.00",
              "合计 210台 576,600.00", "",
              "交货期：合同签订后30天  付款：月结60天  有效期：30天"],
             "HD-BJ-2025-1021", date="D:20251021101500+08'00'")
d = dt.datetime(2025, 10, 21, 10, 18, 0, tzinfo=tz(8))
message("sent", "2025-10-21_ecpc_baojiadan.eml", date=d, frm=ALICE_CN, to=LIQIANG,
        subject=ew_b("回复：询价：截止阀 J41H-16C DN100/DN150 及闸阀 DN200 — 报价单"),
        msgid=C2_ID, in_reply_to=C1_ID, references=[C1_ID], mailer="Foxmail 7.2.25.228[cn]",
        body=multipart("mixed", "----=_001_NextPart572193481_=----", [
            text_part(C2_TEXT, "UTF-8", "base64"),
            attach(C2_PDF, 'application/pdf;\n\tname*=%s' % rfc2231("报价单.pdf"),
                   "attachment;\n\tfilename*=%s" % rfc2231("报价单.pdf")),
        ], preamble="This is a multi-part message in MIME format."))

C3_TEXT = """\
王经理：

报价单已收到，谢谢。经我部比价，贵司价格偏高，希望能在原报价基础上下调5%，
另外DN200闸阀能否改为Z41H-25C（WCB阀体），交货期能否缩短到25天？

如价格合适，我们下周安排签订购销合同。

李强

------------------ 原始邮件 ------------------
发件人: "王丽" <alice@hengda-valves.com>
发送时间: 2025年10月21日(星期二) 上午10:18
收件人: "李强" <liqiang@ecpc.com.cn>
主题: 回复：询价：截止阀 J41H-16C DN100/DN150 及闸阀 DN200 — 报价单

> 李工：
> 您好！感谢贵司询价。我司报价如下（人民币，含13%增值税，送货到镇海厂区）：
> 序号  产品名称    型号        规格            数量    单价(元,含税)  金额(元)
> 1     铸钢截止阀  J41H-16C    DN100 PN16      120台   1,860.00       223,200.00
> 2     铸钢截止阀  J41H-16C    DN150 PN16      60台    3,150.00       189,000.00
> 3     铸钢闸阀    Z41H-25     DN200 PN25      30台    5,480.00       164,400.00
"""
d = dt.datetime(2025, 10, 28, 14, 15, 30, tzinfo=tz(8))
message("inbox", "2025-10-28_ecpc_reply-quoted-gbk.eml", date=d, frm=LIQIANG, to=ALICE_CN,
        subject=ew_q("回复：报价单 — 请求降价5%", "GBK"),
        msgid=C3_ID, in_reply_to=C2_ID, references=[C1_ID, C2_ID],
        received_hdr=ECPC_RX(d, "4Hd7Rr1Wc8xT"), mailer="Foxmail 7.2.25.228[cn]",
        body=text_part(C3_TEXT, "GBK", "quoted-printable"))

HT_LINES = ["工矿产品购销合同", "合同编号：HD-HT-2025-062        签订日期：2025年11月3日",
            "供方（甲方）：宁波恒达阀门有限公司", "需方（乙方）：华东石化有限公司", "",
            "一、产品名称、型号、数量、金额（含13%增值税）",
            "1 铸钢截止阀 J41H-16C DN100 PN16 120台 单价1,767.00元 金额212,040.00元",
            "2 铸钢截止阀 J41H-16C DN150 PN16 60台 单价2,992.50元 金额179,550.00元",
            "3 铸钢闸阀 Z41H-25C DN200 PN25 30台 单价5,206.00元 金额156,180.00元",
            "合计人民币：伍拾肆万柒仟柒佰柒拾元整（547,770.00元）",
            "二、交货期：合同生效后25天内送货至乙方镇海厂区。",
            "三、付款方式：货到验收合格后60天内付清全款。",
            "四、质量保证：符合GB/T 12235、GB/T 12234标准，质保期18个月。",
            "甲方（盖章）：                    乙方（盖章）："]
HT_NAME = "=?GBK?B?%s?=" % base64.b64encode("购销合同_HD-HT-2025-062.pdf".encode("gbk")).decode()
d = dt.datetime(2025, 11, 3, 14, 30, 0, tzinfo=tz(8))
message("sent", "2025-11-03_ecpc_gouxiao-hetong.eml", date=d, frm=ALICE_CN, to=LIQIANG,
        cc=ZHANG % ew_b("张伟", "GBK"),
        subject=ew_b("购销合同 HD-HT-2025-062（截止阀/闸阀）请盖章回传", "GBK"),
        msgid=C4_ID, in_reply_to=C3_ID, references=[C1_ID, C2_ID, C3_ID],
        mailer="Microsoft Outlook 16.0", crlf=True,
        body=multipart("mixed", "----=_NextPart_000_0063_01DC4CA9.5E7A1B30", [
            text_part("""\
李工、张工：

您好！按10月30日电话沟通结果，价格在原报价基础上下调5%，DN200闸阀改为Z41H-25C，
交货期25天。附件为购销合同（HD-HT-2025-062），合同总金额人民币547,770.00元（含税），
请审核后盖章回传，我方收到后即安排生产。

""" + SIG_ALICE_CN + "\n", "GBK", "base64"),
            # Outlook/Foxmail style: RFC 2047 encoded-word inside the quoted parameter (not RFC 2231)
            attach(pdf(HT_LINES, "HD-HT-2025-062", compress=True, date="D:20251103142000+08'00'"),
                   'application/pdf;\n\tname="%s"' % HT_NAME, 'attachment;\n\tfilename="%s"' % HT_NAME),
        ]))

PO_ROWS = [["序号", "物料编码", "物料名称", "规格型号", "单位", "数量", "含税单价", "含税金额", "交货日期"],
           ["1", "3101020045", "截止阀", "J41H-16C DN100 PN16", "台", "120", "1767.00", "212040.00", "2025-12-05"],
           ["2", "3101020046", "截止阀", "J41H-16C DN150 PN16", "台", "60", "2992.50", "179550.00", "2025-12-05"],
           ["3", "3101030112", "闸阀", "Z41H-25C DN200 PN25", "台", "30", "5206.00", "156180.00", "2025-12-05"],
           ["", "", "合计", "", "", "210", "", "547770.00", ""]]
d = dt.datetime(2025, 11, 10, 9, 12, 44, tzinfo=tz(8))
message("inbox", "2025-11-10_ecpc_caigou-dingdan-163.eml", date=d, frm=ZHANG % ew_b("张伟", "gb2312"),
        to=ALICE_CN, cc=LIQIANG,
        subject=ew_b("采购订单 ECPC-PO-2025-0388（合同HD-HT-2025-062）", "gb2312"),
        msgid=C5_ID,
        received_hdr=[received("m16-45.163.com", "220.181.16.45", "mx.hengda-valves.com", d, "4Hf3Tt5Yd1aU")],
        mailer="Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
        extra=[("X-Originating-IP", "[218.4.57.90]"), ("X-CM-TRANSID", "_____wD3H5xKd3Bncy0AAA--.1234S2")],
        body=multipart("mixed", "----=_Part_286451_1045772633.1762737164321", [
            text_part("""\
王经理：

您好！我是华东石化物资采购部张伟，接替李强负责阀门采购，以后请与我联系（公司邮箱
暂时有问题，先用这个邮箱）。

附件为采购订单ECPC-PO-2025-0388，对应合同HD-HT-2025-062，请确认交货日期。

张伟
华东石化有限公司 物资采购部
手机：139 5748 6620
""", "GBK", "base64"),
            # Excel on Chinese Windows saves CSV in GBK; name in RFC 2231 with the GBK charset
            attach(csv_bytes(PO_ROWS, "gbk"), 'application/octet-stream;\n\tname="=?GBK?B?%s?="'
                   % base64.b64encode("采购订单_ECPC-PO-2025-0388.csv".encode("gbk")).decode(),
                   "attachment;\n\tfilename*=%s" % rfc2231("采购订单_ECPC-PO-2025-0388.csv", "GBK")),
        ]))

d = dt.datetime(2025, 12, 1, 16, 5, 0, tzinfo=tz(8))
message("sent", "2025-12-01_ecpc_fapiao.eml", date=d, frm=ALICE_CN, to=ZHANG % ew_b("张伟"),
        cc=LIQIANG, subject=ew_b("发票及送货单 — 订单 ECPC-PO-2025-0388"),
        msgid=C6_ID, in_reply_to=C5_ID, references=[C5_ID], mailer="Foxmail 7.2.25.228[cn]",
        body=multipart("mixed", "----=_001_NextPart812733104_=----", [
            text_part("""\
张工：

您好！订单ECPC-PO-2025-0388的210台阀门已于11月28日送达镇海厂区，送货单已签收。
增值税专用发票（发票号码 33002512345678）已开具并快递寄出，电子版见附件，
发票金额人民币547,770.00元（含税）。请安排验收后按合同月结60天付款。

""" + SIG_ALICE_CN + "\n", "UTF-8", "quoted-printable"),
            attach(pdf(["增值税专用发票（电子版副本）", "发票号码：33002512345678   开票日期：2025年12月1日",
                        "购买方：华东石化有限公司", "销售方：宁波恒达阀门有限公司",
                        "截止阀 J41H-16C DN100 120台 金额187,646.02 税额24,393.98",
                        "截止阀 J41H-16C DN150 60台 金额158,893.81 税额20,656.19",
                        "闸阀 Z41H-25C DN200 30台 金额138,212.39 税额17,967.61",
                        "价税合计：547,770.00元"], "INV-33002512345678", date="D:20251201160000+08'00'"),
                   'application/pdf;\n\tname*=%s' % rfc2231("发票_33002512345678.pdf"),
                   "attachment;\n\tfilename*=%s" % rfc2231("发票_33002512345678.pdf")),
        ], preamble="This is a multi-part message in MIME format."))

C7_TEXT = """\
王经理：

新年好！节后我们有一批新需求，询盘如下：

1. 球阀 Q41F-16C  DN50   PN16  200台
2. 球阀 Q41F-16C  DN80   PN16  150台
3. 蝶阀 D341X-16  DN300  PN16  20台（蜗轮传动）

请报含税到厂价和交货期，3月初需要定标。

张伟
华东石化有限公司 物资采购部
"""
C7_HTML = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body><div style="font-family:微软雅黑;font-size:14px">
<p>王经理：</p><p>新年好！节后我们有一批新需求，询盘如下：</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>序号</td><td>名称</td><td>型号</td><td>规格</td><td>数量</td></tr>
<tr><td>1</td><td>球阀</td><td>Q41F-16C</td><td>DN50 PN16</td><td>200台</td></tr>
<tr><td>2</td><td>球阀</td><td>Q41F-16C</td><td>DN80 PN16</td><td>150台</td></tr>
<tr><td>3</td><td>蝶阀（蜗轮传动）</td><td>D341X-16</td><td>DN300 PN16</td><td>20台</td></tr>
</table>
<p>请报含税到厂价和交货期，3月初需要定标。</p>
<p>张伟<br>华东石化有限公司 物资采购部</p></div></body></html>
"""
d = dt.datetime(2026, 2, 10, 10, 5, 12, tzinfo=tz(8))
message("inbox", "2026-02-10_ecpc_xunpan-qiufa.eml", date=d, frm="%s <zhangwei@ecpc.com.cn>" % ew_b("张伟", "GBK"),
        to=ALICE_CN, subject=ew_b("询盘：球阀Q41F-16C、蝶阀D341X-16（2026年一季度）", "GBK"),
        msgid=C7_ID, received_hdr=ECPC_RX(d, "4Hj8Uu6Ze2bV"), mailer="Foxmail 7.2.25.228[cn]",
        body=multipart("alternative", "----=_001_NextPart110634029_=----", [
            text_part(C7_TEXT, "GBK", "base64"),
            text_part(C7_HTML, "GBK", "base64", "html"),
        ], preamble="This is a multi-part message in MIME format."))

# ==============================================================================================
# 3. 台灣精密機械 (Traditional Chinese, Big5)
# ==============================================================================================

T1_ID = "<000001dbefb2$4a1c3d20$de54b760$@twprecision.com.tw>"
T2_ID = "<20250709034512.9a0b1c@hengda-valves.com>"
T3_ID = "<000201dbf5a8$7c2e1f40$745c5dc0$@twprecision.com.tw>"
T4_ID = "<20250820061000.a1b2c3@hengda-valves.com>"
TW_RX = lambda d, i: [received("mail.twprecision.com.tw", "203.69.112.8", "mx.hengda-valves.com", d, i)]
CHEN_B5 = CHEN_TW % ew_b("陳志明", "big5")

d = dt.datetime(2025, 7, 8, 9, 20, 11, tzinfo=tz(8))
message("inbox", "2025-07-08_twprecision_xunjia-big5.eml", date=d, frm=CHEN_B5,
        to="Bob Chen <bob@hengda-valves.com>",
        subject=ew_b("詢價：不鏽鋼球閥 1/2\"~2\" 螺紋端", "big5"),
        msgid=T1_ID, received_hdr=TW_RX(d, "4Ga1Bb2Cc3dW"), mailer="Microsoft Outlook 16.0",
        crlf=True, extra=[("Thread-Index", "AdvvsklXh1Yw2Tn3Qk6b1n7dV0KJ5w=="), ("Content-Language", "zh-tw")],
        body=text_part("""\
陳先生您好：

敝公司為工具機冷卻系統採購以下不鏽鋼球閥，請惠予報價：

1. 三片式球閥 SUS316  1/2"  NPT螺紋  1000PN  300個
2. 三片式球閥 SUS316  1"    NPT螺紋  1000PN  300個
3. 三片式球閥 SUS316  2"    NPT螺紋  1000PN  150個

報價請以美金計，FOB寧波，並註明交期與付款條件。

謝謝！

陳志明
台灣精密機械股份有限公司 採購課
台中市西屯區工業區三十八路 25 號
TEL: 04-2359-6688 分機 215
""", "big5", "base64"))

TW_QT = [["No.", "品名", "型號", "尺寸", "數量", "單位", "單價(USD)", "金額(USD)", "條件"],
         ["1", "三片式球閥 SUS316 NPT", "Q11F-1000WOG", "1/2\"", "300", "個", "6.20", "1860.00", "FOB Ningbo"],
         ["2", "三片式球閥 SUS316 NPT", "Q11F-1000WOG", "1\"", "300", "個", "11.40", "3420.00", "FOB Ningbo"],
         ["3", "三片式球閥 SUS316 NPT", "Q11F-1000WOG", "2\"", "150", "個", "27.90", "4185.00", "FOB Ningbo"],
         ["", "合計", "", "", "750", "個", "", "9465.00", ""]]
d = dt.datetime(2025, 7, 9, 11, 45, 12, tzinfo=tz(8))
message("sent", "2025-07-09_twprecision_baojia.eml", date=d, frm=BOB, to=CHEN_TW % ew_b("陳志明"),
        subject=ew_b("回覆：詢價：不鏽鋼球閥 1/2\"~2\" 螺紋端 — 報價單 QT-2025-0709"),
        msgid=T2_ID, in_reply_to=T1_ID, references=[T1_ID],
        mailer="Mozilla Thunderbird 128.0", extra=[("User-Agent", "Mozilla Thunderbird")],
        body=multipart("mixed", "------------Yb3Fq0c2lW9vJp8mN4tK6eRs", [
            text_part("""\
陳先生您好：

感謝貴公司詢價，報價如下（報價單號 QT-2025-0709）：

No.  品名                      尺寸    數量    單價(USD)   金額(USD)
1    三片式球閥 SUS316 NPT      1/2"    300個   6.20        1,860.00
2    三片式球閥 SUS316 NPT      1"      300個   11.40       3,420.00
3    三片式球閥 SUS316 NPT      2"      150個   27.90       4,185.00
     合計                               750個               9,465.00

條件：FOB 寧波；付款：T/T 預付30%，出貨前付清餘款；交期：收到訂金後25天。
報價有效期：30天。

""" + SIG_BOB + """

在 2025/7/8 09:20, 陳志明 寫道:
> 敝公司為工具機冷卻系統採購以下不鏽鋼球閥，請惠予報價：
> 1. 三片式球閥 SUS316  1/2"  NPT螺紋  1000PN  300個
""", "UTF-8", "8bit", extra="; format=flowed"),
            attach(csv_bytes(TW_QT, bom=True), 'text/csv; charset=UTF-8; name="QT-2025-0709.csv"',
                   'attachment; filename="QT-2025-0709.csv"'),
        ], preamble="This is a multi-part message in MIME format."))

d = dt.datetime(2025, 7, 15, 16, 2, 30, tzinfo=tz(8))
message("inbox", "2025-07-15_twprecision_dinggoudan-big5.eml", date=d, frm=CHEN_B5,
        to="Bob Chen <bob@hengda-valves.com>",
        subject=ew_b("RE: 回覆：詢價：不鏽鋼球閥 — 訂購單 PO-TW250715", "big5"),
        msgid=T3_ID, in_reply_to=T2_ID, references=[T1_ID, T2_ID],
        received_hdr=TW_RX(d, "4Gb2Cc3Dd4eX"), mailer="Microsoft Outlook 16.0", crlf=True,
        extra=[("Thread-Index", "AdvvsklXh1Yw2Tn3Qk6b1n7dV0KJ5wAA3Fq1"), ("Content-Language", "zh-tw")],
        body=multipart("mixed", "----=_NextPart_000_0003_01DBF5EB.8A3F4C50", [
            text_part("""\
陳先生您好：

價格可以接受，附件為本公司訂購單 PO-TW250715，請確認後回簽。
訂金 30%（USD 2,839.50）將於本週五匯出。

陳志明

-----Original Message-----
From: Bob Chen <bob@hengda-valves.com>
Sent: Wednesday, July 9, 2025 11:45 AM
Subject: 回覆：詢價：不鏽鋼球閥 1/2"~2" 螺紋端 — 報價單 QT-2025-0709

> 條件：FOB 寧波；付款：T/T 預付30%，出貨前付清餘款；交期：收到訂金後25天。
""", "big5", "quoted-printable"),
            attach(pdf(["TAIWAN PRECISION MACHINERY CO., LTD.", "PURCHASE ORDER  PO-TW250715   2025/07/15",
                        "Supplier: Ningbo Hengda Valves Co., Ltd.  Ref: QT-2025-0709",
                        "1  3-pc ball valve SUS316 NPT 1/2\"  300 pcs  USD 6.20   USD 1,860.00",
                        "2  3-pc ball valve SUS316 NPT 1\"    300 pcs  USD 11.40  USD 3,420.00",
                        "3  3-pc ball valve SUS316 NPT 2\"    150 pcs  USD 27.90  USD 4,185.00",
                        "Total USD 9,465.00  FOB Ningbo  Delivery: 25 days after deposit"],
                       "PO-TW250715", date="D:20250715155500+08'00'"),
                   'application/pdf; name="PO-TW250715.pdf"', 'attachment; filename="PO-TW250715.pdf"'),
        ]))

d = dt.datetime(2025, 8, 20, 14, 10, 0, tzinfo=tz(8))
message("sent", "2025-08-20_twprecision_invoice.eml", date=d, frm=BOB, to=CHEN_TW % ew_b("陳志明"),
        subject="Commercial Invoice CI-2025-0820 / PO-TW250715 " + ew_b("出貨通知"),
        msgid=T4_ID, in_reply_to=T3_ID, references=[T1_ID, T2_ID, T3_ID],
        mailer="Mozilla Thunderbird 128.0",
        body=multipart("mixed", "------------Qe7Lm2Vx9aTz4Hc1Np0Rk8Ws", [
            text_part("""\
Dear Mr. Chen / 陳先生您好：

PO-TW250715 已於 8/18 出貨（船名 WAN HAI 305，提單號 WHLC025A12345，預計 8/22 抵達台中港）。
附件為商業發票 CI-2025-0820，餘款 USD 6,625.50 請於提貨前匯出。

""" + SIG_BOB + "\n", "UTF-8", "quoted-printable"),
            attach(pdf(["Ningbo Hengda Valves Co., Ltd.", "COMMERCIAL INVOICE  No. CI-2025-0820  Date: 2025-08-20",
                        "Buyer: Taiwan Precision Machinery Co., Ltd.  PO-TW250715",
                        "3-pc ball valve SUS316 NPT  1/2\" 300 pcs  1\" 300 pcs  2\" 150 pcs",
                        "Total USD 9,465.00  Deposit USD 2,839.50  Balance USD 6,625.50"],
                       "CI-2025-0820"),
                   'application/pdf; name="CI-2025-0820.pdf"', 'attachment; filename="CI-2025-0820.pdf"'),
        ], preamble="This is a multi-part message in MIME format."))

# ==============================================================================================
# 4. Müller Armaturen GmbH (German; ISO-8859-1 and UTF-8)
# ==============================================================================================

M1_ID = "<5F2A9C1E.7060408@mueller-armaturen.de>"
M2_ID = "<20250514081500.b2c3d4@hengda-valves.com>"
M3_ID = "<a7c9e2f1-3b4d-4e5f-8a6b-9c0d1e2f3a4b@mueller-armaturen.de>"
DE_RX = lambda d, i: [received("mout.kundenserver.de", "212.227.126.187", "mx.hengda-valves.com", d, i)]
MUELLER = MUELLER_L1 % ew_q("Jürgen Müller", "ISO-8859-1")

d = dt.datetime(2025, 5, 12, 11, 3, 27, tzinfo=tz(2))
message("inbox", "2025-05-12_mueller_anfrage-latin1.eml", date=d, frm=MUELLER, to=BOB,
        subject=ew_q("Anfrage: Absperrklappen DN200 für Kühlwasserleitung", "ISO-8859-1"),
        msgid=M1_ID, received_hdr=DE_RX(d, "4Fz9Aa1Bb2cY"), mailer="Microsoft Outlook 14.0",
        body=text_part("""\
Sehr geehrter Herr Chen,

für ein Kühlwasserprojekt benötigen wir ein Angebot über folgende Armaturen:

  Pos. 1: Absperrklappe, Zwischenflansch (Wafer), DN200 PN16, Gehäuse GGG40,
          Scheibe 1.4408, Manschette EPDM, mit Handgetriebe - 40 Stück
  Pos. 2: wie Pos. 1, jedoch DN250 PN16 - 16 Stück

Lieferbedingung CIF Hamburg, Zahlung 30 Tage netto. Bitte nennen Sie uns auch die
Lieferzeit und fügen Sie Datenblätter bei. Zeugnisse nach EN 10204 3.1 sind erforderlich.

Mit freundlichen Grüßen

Jürgen Müller
Einkauf
Müller Armaturen GmbH
Industriestraße 12, 42697 Solingen
Tel. +49 212 2345-17
""", "ISO-8859-1", "quoted-printable"))

d = dt.datetime(2025, 5, 14, 16, 15, 0, tzinfo=tz(8))
message("sent", "2025-05-14_mueller_angebot.eml", date=d, frm=BOB, to=MUELLER_L1 % ew_q("Jürgen Müller"),
        subject=ew_q("AW: Anfrage: Absperrklappen DN200 für Kühlwasserleitung - Angebot QT-2025-0514"),
        msgid=M2_ID, in_reply_to=M1_ID, references=[M1_ID], mailer="Mozilla Thunderbird 128.0",
        body=multipart("mixed", "------------Hk4Tm8Qa1Zc6Wn3Px7Rv2Ls0", [
            text_part("""\
Sehr geehrter Herr Müller,

vielen Dank für Ihre Anfrage. Unser Angebot QT-2025-0514 (CIF Hamburg, EUR):

Pos.  Artikel                                    Menge    Einzelpreis    Gesamt
1     Absperrklappe Wafer DN200 PN16 GGG40/EPDM  40 Stk   EUR 168,00     EUR 6.720,00
2     Absperrklappe Wafer DN250 PN16 GGG40/EPDM  16 Stk   EUR 236,50     EUR 3.784,00
      Summe                                                              EUR 10.504,00

Lieferzeit: 40 Tage ab Auftragseingang. Zahlung: 30% Anzahlung, Rest gegen B/L-Kopie
(30 Tage netto leider nicht möglich). Zeugnisse EN 10204 3.1 inklusive. Gültig 30 Tage.

Mit freundlichen Grüßen / Kind regards
""" + SIG_BOB + """

Am 12.05.2025 um 11:03 schrieb Jürgen Müller:
> Sehr geehrter Herr Chen,
>
> für ein Kühlwasserprojekt benötigen wir ein Angebot über folgende Armaturen:
""", "UTF-8", "quoted-printable"),
            attach(pdf(["Ningbo Hengda Valves Co., Ltd.", "ANGEBOT / QUOTATION  QT-2025-0514   2025-05-14",
                        "Kunde: Mueller Armaturen GmbH, Solingen", "",
                        "1  Butterfly valve wafer DN200 PN16 GGG40 / 1.4408 / EPDM   40 pcs  EUR 168.00  EUR 6,720.00",
                        "2  Butterfly valve wafer DN250 PN16 GGG40 / 1.4408 / EPDM   16 pcs  EUR 236.50  EUR 3,784.00",
                        "Total EUR 10,504.00   CIF Hamburg   Lead time 40 days"],
                       "QT-2025-0514"),
                   'application/pdf; name="Angebot_QT-2025-0514.pdf"',
                   'attachment; filename="Angebot_QT-2025-0514.pdf"'),
        ], preamble="This is a multi-part message in MIME format."))

d = dt.datetime(2026, 1, 19, 9, 47, 3, tzinfo=tz(1))
message("inbox", "2026-01-19_mueller_rahmenvertrag-utf8.eml", date=d,
        frm="Jürgen Müller <j.mueller@mueller-armaturen.de>".replace("Jürgen Müller", ew_b("Jürgen Müller")),
        to=BOB, cc="Petra Schäfer <p.schaefer@mueller-armaturen.de>".replace("Petra Schäfer", ew_q("Petra Schäfer")),
        subject=ew_q("Rahmenvertrag 2026 – Entwurf zur Prüfung"),
        msgid=M3_ID, received_hdr=DE_RX(d, "4Gc3Dd4Ee5fZ"),
        extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
               ("Content-Language", "de-DE")],
        body=multipart("mixed", "------------0c7QmT2zR9wXy4Lk1Fv8NhPs", [
            text_part("""\
Sehr geehrter Herr Chen,

nach den guten Erfahrungen mit den Absperrklappen möchten wir für 2026 einen
Rahmenvertrag über ca. 400 Stück DN200–DN300 abschließen. Anbei unser Entwurf;
bitte prüfen Sie insbesondere § 4 (Preisgleitklausel) und § 7 (Gewährleistung).

Mit freundlichen Grüßen
Jürgen Müller
""", "UTF-8", "8bit"),
            attach(pdf(["RAHMENVERTRAG 2026 (Entwurf) / FRAME AGREEMENT 2026 (draft)",
                        "zwischen Mueller Armaturen GmbH, Solingen, und Ningbo Hengda Valves Co., Ltd.",
                        "Par. 1 Gegenstand: Absperrklappen DN200-DN300 PN16, ca. 400 Stueck",
                        "Par. 4 Preise: DN200 EUR 165,00; DN250 EUR 232,00; DN300 EUR 298,00 (CIF Hamburg)",
                        "Par. 7 Gewaehrleistung: 24 Monate ab Lieferung"], "Rahmenvertrag 2026",
                       compress=True, date="D:20260119094000+01'00'"),
                   'application/pdf;\n\tname*=%s' % rfc2231("Rahmenvertrag_Müller_2026.pdf", "ISO-8859-1"),
                   "attachment;\n\tfilename*=%s" % rfc2231("Rahmenvertrag_Müller_2026.pdf", "ISO-8859-1")),
        ], preamble="This is a multi-part message in MIME format."))

# ==============================================================================================
# 5. everything else: internal, newsletter, notification, unknown prospect, a circular (Bcc)
# ==============================================================================================

I1_ID = "<20260108023000.c3d4e5@hengda-valves.com>"
I2_ID = "<20260108051500.d4e5f6@hengda-valves.com>"
d = dt.datetime(2026, 1, 8, 10, 30, 0, tzinfo=tz(8))
message("sent", "2026-01-08_internal_alice-to-bob.eml", date=d, frm=ALICE_CN, to=BOB,
        subject=ew_b("内部：华东石化回款跟进 / Q1 客户拜访安排"),
        msgid=I1_ID, mailer="Foxmail 7.2.25.228[cn]",
        body=text_part("""\
Bob：

1. 华东石化 HD-HT-2025-062 的货款（547,770元）账期到2月1日，我下周给张伟打电话跟进。
2. 台湾精密机械今年还没有新订单，你方便的时候问一下陈先生二季度的计划。
3. 3月份去德国拜访 Müller Armaturen 的行程请先订好机票，预算我已经报给财务。

王丽
""", "UTF-8", "base64"))

d = dt.datetime(2026, 1, 8, 13, 15, 0, tzinfo=tz(8))
message("inbox", "2026-01-08_internal_bob-reply.eml", date=d, frm=BOB, to=ALICE_EN,
        subject="Re: " + ew_b("内部：华东石化回款跟进 / Q1 客户拜访安排"),
        msgid=I2_ID, in_reply_to=I1_ID, references=[I1_ID], mailer="Mozilla Thunderbird 128.0",
        received_hdr=["from [192.168.10.23] (unknown [192.168.10.23])\n\tby mail.hengda-valves.com (Postfix) "
                      "with ESMTPSA id 7D1A2B3C4D\n\tfor <alice@hengda-valves.com>; " + rfc5322_date(d)],
        body=text_part("""\
好的，收到。陈先生那边我本周五打电话问。德国机票已经在看了，3月9日出发，3月13日回。

Bob

On 2026/1/8 10:30, Alice Wang wrote:
> 2. 台湾精密机械今年还没有新订单，你方便的时候问一下陈先生二季度的计划。
> 3. 3月份去德国拜访 Müller Armaturen 的行程请先订好机票，预算我已经报给财务。
""", "UTF-8", "quoted-printable", extra="; format=flowed"))

NEWS_HTML = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Valve World Newsletter</title></head>
<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="padding:20px"><h1 style="color:#003b71">Valve World Expo 2026 &ndash; Düsseldorf, 1&ndash;3 December</h1>
<p>Registration is now open. Meet 700+ exhibitors from 40 countries.</p>
<p><a href="https://www.valveworldexpo.com/register?utm_source=newsletter">Register now</a></p>
<h2>This month</h2><ul><li>API 6D revision: what changes for ball valves</li><li>Steel prices Q1/2026</li></ul>
<p style="font-size:11px;color:#888">You receive this newsletter because you subscribed at valveworldexpo.com.
<a href="https://news.valveworldexpo.com/unsubscribe?u=8f3a2c">Unsubscribe</a></p></td></tr></table>
</td></tr></table></body></html>
"""
d = dt.datetime(2026, 2, 3, 8, 0, 0, tzinfo=tz(1))
message("inbox", "2026-02-03_newsletter_valve-world.eml", date=d,
        frm="Valve World Expo <newsletter@news.valveworldexpo.com>", to="alice@hengda-valves.com",
        subject="Valve World Expo 2026: registration open + API 6D update",
        msgid="<0100019a3c2d7e11-5b8f4a20-1c3d-4e5f-a6b7-c8d9e0f1a2b3-000000@email.amazonses.com>",
        received_hdr=[received("a8-30.smtp-out.amazonses.com", "54.240.8.30", "mx.hengda-valves.com", d, "4Hk9Vv7Af3cA")],
        extra=[("List-Id", "Valve World Newsletter <newsletter.valveworldexpo.com>"),
               ("List-Unsubscribe", "<https://news.valveworldexpo.com/unsubscribe?u=8f3a2c>,\n <mailto:unsubscribe@news.valveworldexpo.com?subject=unsubscribe>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"), ("Feedback-ID", "1.eu-west-1.abcdEFGHijkl=:AmazonSES")],
        body=multipart("alternative", "b1_8f3a2c7d9e0b4a5c6d7e8f9a0b1c2d3e", [
            text_part("""\
Valve World Expo 2026 - Düsseldorf, 1-3 December

Registration is now open. Meet 700+ exhibitors from 40 countries.
Register now: https://www.valveworldexpo.com/register?utm_source=newsletter

This month:
 * API 6D revision: what changes for ball valves
 * Steel prices Q1/2026

Unsubscribe: https://news.valveworldexpo.com/unsubscribe?u=8f3a2c
""", "utf-8", "quoted-printable"),
            text_part(NEWS_HTML, "utf-8", "quoted-printable", "html"),
        ]))

d = dt.datetime(2026, 3, 2, 3, 12, 9, tzinfo=tz(8))
message("inbox", "2026-03-02_alibaba_notification.eml", date=d,
        frm="Alibaba.com <noreply@notice.alibaba.com>", to="alice@hengda-valves.com",
        subject=ew_b("您收到一条新的询盘：Gate valve DN80 PN16 - 来自 Vietnam"),
        msgid="<1740856329571.88213.notice@alibaba.com>",
        received_hdr=[received("out-21.smtp.alibaba.com", "115.124.30.21", "mx.hengda-valves.com", d, "4Hm0Ww8Bg4dB")],
        extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        body=text_part("""\
尊敬的会员 alice@hengda-valves.com：

您收到一条新的询盘，请登录阿里巴巴国际站 My Alibaba 查看并及时回复。

产品：Gate valve DN80 PN16
买家所在地：Vietnam
数量：50 Pieces

此邮件由系统自动发送，请勿直接回复。
""", "UTF-8", "base64"))

P1_ID = "<0d4e8b2a-6c1f-4a3e-9b7d-2f5c8e1a0b3d@andesmining.cl>"
P2_ID = "<20260319012000.e5f6a7@hengda-valves.com>"
d = dt.datetime(2026, 3, 18, 15, 40, 22, tzinfo=tz(-3))
message("inbox", "2026-03-18_andesmining_rfq-unknown-prospect.eml", date=d,
        frm="=?UTF-8?Q?Rodrigo_N=C3=BA=C3=B1ez?= <rnunez@andesmining.cl>", to="sales@hengda-valves.com",
        cc=ALICE_EN,
        subject="Request for quotation - knife gate valves for tailings line / Solicitud de cotización".replace(
            "Solicitud de cotización", ew_q("Solicitud de cotización")),
        msgid=P1_ID,
        received_hdr=[received("mail-sa.andesmining.cl", "200.27.14.66", "mx.hengda-valves.com", d, "4Hn1Xx9Ch5eC")],
        extra=[("Content-Language", "es-CL")],
        body=text_part("""\
Dear Sirs,

Andes Mining S.A. (Antofagasta, Chile) is sourcing knife gate valves for a copper tailings
line. Please send your quotation for:

  - Knife gate valve, bi-directional, DN300 PN10, ductile iron body, SS304 gate,
    pneumatic actuator, 24 units
  - Same, DN400 PN10, 12 units

CIF Antofagasta. Please include delivery time and references in mining.

Saludos cordiales / Best regards,
Rodrigo Núñez
Jefe de Compras, Andes Mining S.A.
""", "ISO-8859-1", "quoted-printable"))

d = dt.datetime(2026, 3, 19, 9, 20, 0, tzinfo=tz(8))
message("sent", "2026-03-19_andesmining_reply.eml", date=d, frm=ALICE_EN,
        to="=?UTF-8?Q?Rodrigo_N=C3=BA=C3=B1ez?= <rnunez@andesmining.cl>",
        subject="RE: Request for quotation - knife gate valves for tailings line / " + ew_q("Solicitud de cotización"),
        msgid=P2_ID, in_reply_to=P1_ID, references=[P1_ID], mailer="Microsoft Outlook 16.0", crlf=True,
        body=text_part("""\
Dear Mr. Núñez,

Thank you for your inquiry. Knife gate valves with pneumatic actuators are made by our partner
factory; we will send the quotation within 3 working days. Could you please confirm the
actuator control voltage (24 V DC or 220 V AC) and whether limit switches are required?

""" + SIG_ALICE_EN + """

> Andes Mining S.A. (Antofagasta, Chile) is sourcing knife gate valves for a copper tailings
> line. Please send your quotation for:
""", "utf-8", "quoted-printable"))

# A price circular to several customers at once, recipients in Bcc (as kept in the Sent folder)
d = dt.datetime(2026, 1, 5, 9, 0, 0, tzinfo=tz(8))
message("sent", "2026-01-05_circular_price-adjustment-bcc.eml", date=d, frm=ALICE_EN,
        to="Alice Wang <alice@hengda-valves.com>",
        bcc="John Miller <john.miller@acme-industrial.com>, %s, %s" % (LIQIANG, CHEN_TW % ew_b("陳志明")),
        subject=ew_b("2026年价格调整通知 / Price adjustment notice 2026"),
        msgid="<20260105010000.f6a7b8@hengda-valves.com>", mailer="Microsoft Outlook 16.0", crlf=True,
        body=text_part("""\
Dear valued customers / 尊敬的客户：

Due to the increase of casting and stainless steel costs, our prices for cast steel and
stainless steel valves will increase by 4% from February 1, 2026. Orders confirmed before
January 31, 2026 keep the current prices.

由于铸件及不锈钢原材料成本上涨，自2026年2月1日起，我司铸钢阀门及不锈钢阀门价格上调4%。
2026年1月31日前确认的订单仍按原价执行。

""" + SIG_ALICE_EN + "\n", "UTF-8", "quoted-printable"))

# ==============================================================================================
# 6. archive.mbox: older messages (early 2025), mboxrd; Gulf Flow (inactive) and an old ACME order
# ==============================================================================================

MBOX = []   # (envelope sender, date, raw message text with LF)


def mbox_message(env_from, **kw):
    before = len(MESSAGES)
    message("mbox", "", **kw)
    _, _, data = MESSAGES.pop(before)
    MBOX.append((env_from, kw["date"], data))


G1_ID = "<AM0PR06MB6512B8C4D2E1F0A9B8C7D6E5F4@AM0PR06MB6512.eurprd06.prod.outlook.com>"
G2_ID = "<20250114063000.07a8b9@hengda-valves.com>"
G3_ID = "<AM0PR06MB6512C1B2A3F4E5D6C7B8A9F0E1@AM0PR06MB6512.eurprd06.prod.outlook.com>"
GULF = "Ahmed Al Mansoori <ahmed@gulfflow.ae>"
d = dt.datetime(2025, 1, 13, 9, 15, 0, tzinfo=tz(4))
mbox_message("ahmed@gulfflow.ae", date=d, frm=GULF, to=ALICE_EN,
             subject="Inquiry: check valves DN80-DN200 PN40 for desalination plant",
             msgid=G1_ID, received_hdr=[received("mail-am0eur02.outbound.protection.outlook.com", "40.107.12.77",
                                                 "mx.hengda-valves.com", d, "4Ct2Mm3Nn4oD")],
             body=text_part("""\
Dear Alice,

We are bidding for a desalination plant in Fujairah. Kindly quote swing check valves,
duplex 2205, PN40, flanged:

DN80  - 40 pcs
DN150 - 24 pcs
DN200 - 12 pcs

From our side the delivery to Jebel Ali must be before end of April.

Regards,
Ahmed Al Mansoori
Procurement Manager, Gulf Flow Engineering LLC, Dubai
""", "us-ascii", "7bit"))

d = dt.datetime(2025, 1, 14, 14, 30, 0, tzinfo=tz(8))
mbox_message("alice@hengda-valves.com", date=d, frm=ALICE_EN, to=GULF,
             subject="RE: Inquiry: check valves DN80-DN200 PN40 for desalination plant - Quotation QT-2025-0114",
             msgid=G2_ID, in_reply_to=G1_ID, references=[G1_ID], mailer="Microsoft Outlook 16.0",
             body=multipart("mixed", "----=_NextPart_000_0005_01DB6676.A1B2C3D0", [
                 text_part("""\
Dear Ahmed,

Please see our quotation QT-2025-0114 (CFR Jebel Ali, USD):

Item  Description                          Qty     Unit Price    Amount
1     Swing check valve 2205 PN40 DN80     40 pcs  USD 410.00    USD 16,400.00
2     Swing check valve 2205 PN40 DN150    24 pcs  USD 980.00    USD 23,520.00
3     Swing check valve 2205 PN40 DN200    12 pcs  USD 1,560.00  USD 18,720.00
      Total                                                      USD 58,640.00

From our side delivery is 60 days, so end of April is possible if you confirm by Feb 10.

""" + SIG_ALICE_EN + """

>From our side the delivery to Jebel Ali must be before end of April.
""", "us-ascii", "7bit"),
                 attach(csv_bytes([["Item", "Description", "Size", "Qty", "Unit", "Currency", "Unit Price", "Amount", "Incoterm"],
                                   ["1", "Swing check valve duplex 2205 PN40", "DN80", "40", "pcs", "USD", "410.00", "16400.00", "CFR Jebel Ali"],
                                   ["2", "Swing check valve duplex 2205 PN40", "DN150", "24", "pcs", "USD", "980.00", "23520.00", "CFR Jebel Ali"],
                                   ["3", "Swing check valve duplex 2205 PN40", "DN200", "12", "pcs", "USD", "1560.00", "18720.00", "CFR Jebel Ali"]]),
                        'text/csv; name="Quotation_QT-2025-0114.csv"',
                        'attachment; filename="Quotation_QT-2025-0114.csv"'),
             ]))

d = dt.datetime(2025, 2, 20, 11, 2, 0, tzinfo=tz(4))
mbox_message("ahmed@gulfflow.ae", date=d, frm=GULF, to=ALICE_EN,
             subject="RE: Inquiry: check valves DN80-DN200 PN40 - project postponed",
             msgid=G3_ID, in_reply_to=G2_ID, references=[G1_ID, G2_ID],
             body=text_part("""\
Dear Alice,

Unfortunately the client has postponed the project to 2026. We will come back to you when
the tender is reopened.

Regards,
Ahmed
""", "us-ascii", "7bit"))

d = dt.datetime(2025, 3, 4, 8, 40, 0, tzinfo=tz(-5))
mbox_message("purchasing@acme-industrial.com", date=d, frm=SARAH, to=ALICE_EN,
             subject="PO 4500011870 - spare gaskets and stem packing",
             msgid="<BY5PR11MB3990A0B1C2D3E4F5A6B7C8D9E0@BY5PR11MB3990.namprd11.prod.outlook.com>",
             body=text_part("""\
Hello Alice,

Please supply against our PO 4500011870:

  Spiral wound gasket 4" CL150 SS316/graphite   100 pcs  USD 3.20
  Stem packing set, graphite, for 4" gate valve   50 sets USD 5.80

From the stock you mentioned last week, if possible. Ship with the next LCL.

Regards,
Sarah Johnson
""", "us-ascii", "7bit"))


def mboxrd(messages):
    out = []
    for env, date, data in messages:
        text = data.decode("utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        out.append("From %s %s" % (env, asctime(date)))
        for ln in lines:
            s = ln.lstrip(">")
            if s.startswith("From "):
                ln = ">" + ln
            out.append(ln)
        out.append("")
    return ("\n".join(out) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------

def main():
    for sub in ("inbox", "sent"):
        p = os.path.join(OUT, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for folder, name, data in MESSAGES:
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(os.path.join(OUT, folder, name), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "archive.mbox"), "wb") as f:
        f.write(mboxrd(MBOX))
    print("wrote %d messages to %s and %d to archive.mbox" % (len(MESSAGES), OUT, len(MBOX)))


if __name__ == "__main__":
    main()

"""Mails as real clients write them: Outlook, Foxmail, Thunderbird, webmail, an ERP mailer.

A mail body is a list of blocks; each client turns the same blocks into its own text/plain and
text/html parts, reply headers and quoting style.

Blocks:
  "paragraph\nlines"                         plain paragraph
  ("table", text_version, html_version)      a table (html_version None: text only)
  ("pre", text)                              text kept as is in HTML (<pre>-like, monospace)
  ("html", html, text)                       raw HTML with its plain-text rendition
  ("quote", Quoted)                          an earlier mail quoted below the reply
"""

import datetime
import hashlib
from dataclasses import dataclass, field

import pe_mime as M
from pe_tables import esc


@dataclass
class Quoted:
    sender: tuple  # (name, email)
    to: list
    date: datetime.datetime
    subject: str
    blocks: list
    lang: str = "en"


@dataclass
class Mail:
    key: str
    date: datetime.datetime
    frm: tuple
    to: list
    subject: str
    blocks: list
    client: str = "outlook"  # outlook foxmail thunderbird webmail apple erp
    charset: str = "utf-8"
    cte: str = None  # default per client
    cc: list = field(default_factory=list)
    attachments: list = field(default_factory=list)  # (bytes, ctype, filename)
    reply_to: str = None  # key of the mail this answers
    lang: str = "en"
    extra_headers: list = field(default_factory=list)
    html_only: bool = False
    text_only: bool = False
    attach_style: str = None
    truth: dict = field(default_factory=dict)
    message_id: str = ""
    references: list = field(default_factory=list)


def rfc_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


# ------------------------------------------------------------------ text rendering


def quote_header_text(qm, client):
    d = qm.date
    name, email = qm.sender
    tos = "; ".join(n or e for n, e in qm.to)
    if client == "outlook":
        if qm.lang.startswith("zh"):
            return (f"发件人: {name} <{email}>\n发送时间: {d.year}年{d.month}月{d.day}日 "
                    f"{d.strftime('%H:%M')}\n收件人: {tos}\n主题: {qm.subject}")
        if qm.lang == "de":
            return (f"Von: {name} <{email}>\nGesendet: {d.strftime('%A, %d. %B %Y %H:%M')}\n"
                    f"An: {tos}\nBetreff: {qm.subject}")
        return (f"From: {name} <{email}>\nSent: {d.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                f"To: {tos}\nSubject: {qm.subject}")
    if client in ("foxmail", "webmail"):
        return (f"------------------ 原始邮件 ------------------\n发件人: \"{name}\"<{email}>;\n"
                f"发送时间: {d.year}年{d.month}月{d.day}日(星期{'一二三四五六日'[d.weekday()]}) "
                f"{d.strftime('%H:%M')}\n收件人: {tos};\n主题: {qm.subject}")
    return f"On {d.strftime('%d/%m/%Y %H:%M')}, {name} wrote:"


def blocks_text(blocks, client):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "table":
            out.append(b[1])
        elif b[0] == "pre":
            out.append(b[1])
        elif b[0] == "html":
            out.append(b[2])
        elif b[0] == "quote":
            qm = b[1]
            inner = blocks_text(qm.blocks, client)
            head = quote_header_text(qm, client)
            if client in ("thunderbird", "apple", "erp"):
                quoted = "\n".join(("> " + line) if line else ">" for line in inner.split("\n"))
                out.append(head + "\n" + quoted)
            elif client == "outlook":
                out.append("________________________________\n" + head + "\n\n" + inner)
            else:
                out.append(head + "\n\n" + inner)
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------ HTML rendering

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:DengXian;
\tpanose-1:2 1 6 0 3 1 1 1 1 1;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\ttext-align:justify;
\ttext-justify:inter-ideograph;
\tfont-size:10.5pt;
\tfont-family:DengXian;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:DengXian;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-family:DengXian;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word;text-justify-trim:punctuation'>
<div class=WordSection1>
"""


def _outlook_para(text, lang):
    if not text:
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    return f"<p class=MsoNormal><span lang={lang}>{esc(text).replace(chr(160), '&nbsp;')}<o:p></o:p></span></p>"


def blocks_html(blocks, client, lang_tag):
    out = []
    for b in blocks:
        if isinstance(b, str):
            lines = b.split("\n")
            if client == "outlook":
                out += [_outlook_para(line, lang_tag) for line in lines]
                out.append(_outlook_para("", lang_tag))
            elif client in ("foxmail", "webmail"):
                out += [f"<div>{esc(line) or '<br>'}</div>" for line in lines]
                out.append("<div><br></div>")
            else:
                out.append("<p>" + "<br>\n".join(esc(line) for line in lines) + "</p>")
        elif b[0] == "table":
            if b[2] is None:
                out.append("<pre style=\"font-family:'Courier New'\">" + esc(b[1]) + "</pre>")
            else:
                out.append(b[2])
            out.append(_outlook_para("", lang_tag) if client == "outlook" else "<br>")
        elif b[0] == "pre":
            out.append("<pre>" + esc(b[1]) + "</pre>")
        elif b[0] == "html":
            out.append(b[1])
        elif b[0] == "quote":
            qm = b[1]
            head = quote_header_text(qm, client).split("\n")
            inner = blocks_html(qm.blocks, client, lang_tag)
            if client == "outlook":
                hh = "".join(
                    f"<p class=MsoNormal><b><span lang={lang_tag}>{esc(h.split(':', 1)[0])}:</span></b>"
                    f"<span lang={lang_tag}> {esc(h.split(':', 1)[1].strip() if ':' in h else '')}<o:p></o:p></span></p>"
                    for h in head)
                out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                           + hh + "</div>" + _outlook_para("", lang_tag) + inner)
            elif client in ("foxmail", "webmail"):
                out.append('<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
                           + "<br>".join(esc(h) for h in head) + "</div><div><br></div>" + inner)
            else:
                out.append(f'<div class="moz-cite-prefix">{esc(head[0])}<br></div>'
                           f'<blockquote type="cite">{inner}</blockquote>')
    return "\n".join(out)


def html_document(m):
    lang_tag = {"zh": "ZH-CN", "zh-tw": "ZH-TW", "de": "DE", "fr": "FR", "es": "ES", "it": "IT",
                "pt": "PT", "ja": "JA"}.get(m.lang, "EN-US")
    body = blocks_html(m.blocks, m.client, lang_tag)
    if m.client == "outlook":
        return OUTLOOK_HEAD.format(charset=m.charset, lang=lang_tag) + body + "\n</div>\n</body>\n</html>\n"
    if m.client in ("foxmail", "webmail"):
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={m.charset}">'
                f"<style>body {{ line-height: 1.5; }} p {{ margin-top: 0px; margin-bottom: 0px; }}</style>"
                f'</head><body style="font-size:14px;font-family:微软雅黑,Microsoft YaHei;">\n{body}\n</body></html>\n')
    return (f'<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
            f'charset={m.charset}">\n  </head>\n  <body>\n{body}\n  </body>\n</html>\n')


# ------------------------------------------------------------------ the message

MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "foxmail": ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
    "thunderbird": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
    "webmail": ("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT5 build 20230825(e3a1cd76)"),
    "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    "erp": ("X-Mailer", "SAP NetWeaver 7.50"),
}


def render(m, seed):
    """Bytes of the .eml for Mail m."""
    n = [0]

    def bnd(style):
        n[0] += 1
        return M.boundary_for(f"{seed}:{m.key}", n[0], style)

    style = {"outlook": "outlook", "foxmail": "foxmail", "webmail": "foxmail"}.get(m.client, "thunderbird")
    cte = m.cte or {"outlook": "quoted-printable", "foxmail": "base64", "webmail": "base64",
                    "thunderbird": "8bit" if m.charset == "utf-8" else "quoted-printable",
                    "apple": "quoted-printable", "erp": "quoted-printable"}[m.client]
    if m.charset == "iso-2022-jp":
        cte = "7bit"
    elif m.client == "outlook" and not m.cte and m.charset in ("gb2312", "gbk", "gb18030", "big5"):
        cte = "base64"  # Outlook sends Chinese bodies base64, Latin ones quoted-printable
    text = blocks_text(m.blocks, m.client)
    if not _encodable(text, m.charset) or not _encodable(m.subject, m.charset if m.charset != "us-ascii" else "utf-8"):
        bad = sorted({c for c in text + m.subject if not _encodable(c, m.charset)})
        raise ValueError(f"{m.key}: {m.charset} cannot encode {bad}")
    if m.text_only or m.client == "erp":
        body = M.text_part(text, "plain", m.charset, cte)
    else:
        html = html_document(m)
        if not _encodable(html, m.charset):
            # What Outlook and Thunderbird do: characters outside the charset become references.
            html = html.encode(M.CODECS[m.charset], "xmlcharrefreplace").decode(M.CODECS[m.charset])
        html_part = M.text_part(html, "html", m.charset, cte)
        body = html_part if m.html_only else M.Multipart(
            "alternative", [M.text_part(text, "plain", m.charset, cte), html_part], bnd(style))
    if m.attachments:
        astyle = m.attach_style or ("rfc2047" if m.client in ("outlook", "foxmail", "webmail") else "rfc2231")
        label = m.charset if m.charset not in ("us-ascii", "iso-2022-jp") else "utf-8"
        atts = []
        for data, ctype, filename in m.attachments:
            if ctype == "message/rfc822":
                # "Forward as attachment": the whole earlier message, unencoded.
                atts.append(M.Part(ctype, data, "7bit", [("name", f'"{filename}"')],
                                   [f'Content-Disposition: attachment;\r\n\tfilename="{filename}"']))
                continue
            cs = label if _encodable(filename, label) else "utf-8"
            atts.append(M.attachment(data, ctype, filename, astyle, cs))
        body = M.Multipart("mixed", [body] + atts, bnd(style))
    hcs = m.charset if m.charset != "us-ascii" else "utf-8"
    headers = []
    headers.append(("From", M.address(m.frm[0], m.frm[1], hcs)))
    headers.append(("To", ",\r\n\t".join(M.address(a, b, hcs) for a, b in m.to)))
    if m.cc:
        headers.append(("Cc", ",\r\n\t".join(M.address(a, b, hcs) for a, b in m.cc)))
    headers.append(("Subject", M.header_value(m.subject, hcs)))
    headers.append(("Date", rfc_date(m.date)))
    headers.append(("Message-ID", m.message_id))
    if m.reply_to:
        headers.append(("In-Reply-To", m.references[-1]))
        headers.append(("References", " ".join(m.references)))
    mailer = MAILERS[m.client]
    headers.append(mailer)
    if m.client == "outlook":
        h = hashlib.sha1(m.key.encode()).digest()
        import base64

        headers.append(("Thread-Index", base64.b64encode(b"\x01\xdb" + h[:20]).decode()))
        headers.append(("Content-Language", {"zh": "zh-cn", "zh-tw": "zh-tw", "de": "de-de", "fr": "fr-fr",
                                             "es": "es-es", "it": "it-it", "pt": "pt-pt", "ja": "ja"}.get(m.lang, "en-us")))
    if m.client == "foxmail":
        headers.append(("X-Priority", "3"))
    headers += m.extra_headers
    return M.message(headers, body)


def _encodable(text, charset):
    try:
        M.encode_text(text, charset)
        return True
    except (UnicodeEncodeError, KeyError):
        return False

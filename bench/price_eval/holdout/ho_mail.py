"""MIME for the held-out set, built with the standard library's email package (the main set
hand-rolls its MIME; a second writer is part of being held out)."""

import hashlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from datetime import datetime


def _when(date):
    return datetime.fromisoformat(date)


def build(key, date, frm, to, subject, text=None, html=None, charset="utf-8", attachments=(),
          reply_to_id=None, extra_headers=None):
    """One message; date is ISO 8601 with offset; attachments are (bytes, mime type, filename)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr(frm)
    msg["To"] = formataddr(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_when(date))
    domain = frm[1].split("@")[1]
    msg["Message-ID"] = f"<{hashlib.sha1(key.encode()).hexdigest()[:20]}@{domain}>"
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    for k, v in (extra_headers or {}).items():
        msg[k] = v
    cte = "base64" if charset in ("gbk", "gb2312", "gb18030", "big5") else "quoted-printable"
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for data, ctype, filename in attachments:
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    raw = msg.as_bytes()
    # deterministic MIME boundaries
    for n, b in enumerate(sorted(set(p.get_boundary() for p in msg.walk() if p.get_boundary()))):
        raw = raw.replace(b.encode(), f"=_ho_{hashlib.sha1((key + str(n)).encode()).hexdigest()[:24]}".encode())
    return raw, msg["Message-ID"]


def outlook_reply_html(fresh_html, quoted_from, quoted_sent, quoted_to, quoted_subject, quoted_html):
    """Outlook's reply: the new text, its separator, the header block, the earlier mail below."""
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
        "<body lang=\"EN-US\"><div class=\"WordSection1\">" + fresh_html +
        "<div><div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
        f"<p class=\"MsoNormal\"><b>From:</b> {quoted_from}<br><b>Sent:</b> {quoted_sent}<br>"
        f"<b>To:</b> {quoted_to}<br><b>Subject:</b> {quoted_subject}</p></div></div>"
        + quoted_html + "</div></body></html>")


def item(pid, product, model, price, currency, unit, status="quoted", quantity="", **extra):
    it = {"pid": pid, "product": product, "model": model, "unit_price": price, "currency": currency,
          "unit": unit, "quantity": quantity, "status": status}
    it.update(extra)
    return it

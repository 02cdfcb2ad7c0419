"""Shared bits of the blind5 scenarios: our company, the writers of the other sets (imported, not
copied), small HTML helpers."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
sys.path.insert(0, str(HERE.parent / "blind3"))
sys.path.insert(0, str(HERE.parent / "blind4"))

import b3_docs  # noqa: E402  (docx, one-page PDF with Helvetica widths, csv)
import b4_docs  # noqa: E402  (xlsx with formulas and formats, multi-page PDF)
import ho_mail  # noqa: E402  (MIME writer, Outlook reply, item())

OWN_DOMAINS = ["meridian-sourcing.nl", "meridian-sh.cn"]
JAN = ("Jan de Vries", "jan.devries@meridian-sourcing.nl")
LOTTE = ("Lotte Bakker", "lotte.bakker@meridian-sourcing.nl")
CHEN = ("陈丽 Chen Li", "chen.li@meridian-sh.cn")

OUR_SIGNATURE = """--
Jan de Vries | Senior Buyer Textiles & Technical Goods
Meridian Sourcing B.V. | Waalhaven Z.z. 44, 3089 JH Rotterdam, NL
T +31 10 428 61 90 | M +31 6 2145 8830
KvK 24389117 | BTW NL8193.44.520.B01 | IBAN NL91 ABNA 0417 1643 00
"""

item = ho_mail.item


def td(text, attrs=""):
    return f"<td{(' ' + attrs) if attrs else ''}>{text}</td>"


def th(text, attrs=""):
    return f"<th{(' ' + attrs) if attrs else ''}>{text}</th>"


def html_doc(body, charset="utf-8"):
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            f"</head><body>{body}</body></html>")


def table(rows_html, style="border-collapse:collapse;font-family:Arial;font-size:10pt", border=1):
    return f"<table border=\"{border}\" cellpadding=\"4\" style=\"{style}\">" + "".join(
        f"<tr>{r}</tr>" for r in rows_html) + "</table>"


def mail(key, date, customer, layout, family, kind, frm, to, subject, items, direction="inbound",
         kind_alt=(), notes="", bulk=False, **build):
    """One scenario: the truth fields and the arguments of ho_mail.build. Bulk mail (a newsletter)
    is filed under no customer, as ../README.md rules, though its sender's domain is a customer's."""
    return {"key": key, "date": date, "customer": customer, "bulk": bulk, "layout": layout, "family": family,
            "kind": kind, "kind_alt": list(kind_alt), "direction": direction, "items": items,
            "notes": notes, "build": dict(key=key, date=date, frm=frm, to=to, subject=subject, **build)}

"""Shared bits of the blind13 scenarios: our company, and the writers of the other sets imported
through blind12's b12_common (the holdout's MIME writer, blind3/blind4's DOCX and PDF, blind9's
number styles, blind11's workbook, blind12's mail-client HTML) and blind5's media (pictures of
tables, zip); nothing copied. b13_media.py adds the scans and legacy workbooks none of them makes."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind12"))
sys.path.insert(0, str(HERE.parent / "blind5"))

from b12_common import DOCX, XLSX, b3_docs, b4_docs, b11_docs, dec, en, eu, item, mail, net  # noqa: E402,F401
import b12_docs  # noqa: E402,F401  (Outlook / Foxmail / Gmail HTML, html_table with rowspan)

OWN_DOMAINS = ["rhenania-ih.de", "rhenania-sh.cn"]
KATRIN = ("Katrin Vogel", "k.vogel@rhenania-ih.de")
MARKUS = ("Markus Brandt", "m.brandt@rhenania-ih.de")
WANG = ("王静 Wang Jing", "wang.jing@rhenania-sh.cn")
XLS = "application/vnd.ms-excel"
ZIP = "application/zip"
PDF = "application/pdf"

OUR_SIGNATURE = """Mit freundlichen Grüßen / Best regards
Katrin Vogel | Einkauf / Purchasing
Rhenania Industriehandel GmbH | Hafenstraße 41, 47119 Duisburg
Tel. +49 203 418 552-30 | Fax +49 203 418 552-99 | HRB 28814 Duisburg | USt-IdNr. DE 327 004 918"""

MARKUS_SIGNATURE = """Best regards
Markus Brandt | Export Sales Nordics
Rhenania Industriehandel GmbH | Hafenstraße 41, 47119 Duisburg
Tel. +49 203 418 552-41 | Mobil +49 171 552 8830"""

WANG_SIGNATURE = """王静 Wang Jing | 采购部
莱茵工贸（上海）代表处 | 上海市浦东新区张杨路188号汤臣中心A座1206室
电话 021-5836 2204 | 手机/微信 139 1742 8860"""


def fr_nnbsp(x, places=2):
    """1 250,00 with a narrow no-break space (U+202F), as Odoo and French Windows write it."""
    return en(x, places).replace(",", "\u202f").replace(".", ",")


def ch(x, places=2):
    """1'250.50, the Swiss grouping."""
    return en(x, places).replace(",", "'")

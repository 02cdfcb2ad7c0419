"""Shared bits of the blind10 scenarios: our company, and the writers of the other sets imported
through blind9's b9_common (the holdout's MIME writer, blind3/blind4's DOCX and PDF, blind5's HTML
helpers, blind7's aligned text, item tables and nested DOCX tables, blind9's number styles);
nothing copied. b10_docs.py adds the documents they lack."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind9"))

from b9_common import (aligned, b3_docs, b4_docs, b7_docs, dec, en, eu, html_doc, item, item_table, mail,  # noqa: E402,F401
                       money, net, table, td, th)

OWN_DOMAINS = ["thamesgate.co.uk", "thamesgate.cn"]
TOM = ("Tom Hughes", "tom.hughes@thamesgate.co.uk")
PRIYA = ("Priya Nair", "priya.nair@thamesgate.co.uk")
LIU = ("刘洋 Liu Yang", "liu.yang@thamesgate.cn")

OUR_SIGNATURE = """--
Tom Hughes | Category Buyer, Valves & Hardware
Thamesgate Sourcing Ltd | Unit 7, Dock Gate Road, Felixstowe IP11 3QW, United Kingdom
T +44 1394 672 410 | M +44 7700 918 254 | Co. No. 09841172 | VAT GB 231 8874 06
"""

PRIYA_SIGNATURE = """--
Priya Nair | Export Sales
Thamesgate Sourcing Ltd | Unit 7, Dock Gate Road, Felixstowe IP11 3QW, United Kingdom
T +44 1394 672 415 | priya.nair@thamesgate.co.uk
"""


def inr(x):
    """Indian grouping: 1,23,456.00"""
    whole, frac = f"{money(x):.2f}".split(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail]) + "." + frac if groups else tail + "." + frac


def ru(x, places=2, sep="\u00a0"):
    """1 250,00 with the given thousands separator (Russian)"""
    return en(x, places).replace(",", sep).replace(".", ",")

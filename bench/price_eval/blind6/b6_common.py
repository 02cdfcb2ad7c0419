"""Shared bits of the blind6 scenarios: our company and the writers of the other sets (imported
from blind5's b5_common, which import the holdout's MIME writer and blind3/blind4's
documents; nothing copied)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind5"))

from b5_common import b3_docs, b4_docs, ho_mail, html_doc, item, mail, table, td, th  # noqa: E402,F401

OWN_DOMAINS = ["straitsbridge.com.sg"]
WEIMING = ("Tan Wei Ming", "weiming.tan@straitsbridge.com.sg")
PRIYA = ("Priya Nair", "priya.nair@straitsbridge.com.sg")

OUR_SIGNATURE = """--
Tan Wei Ming | Procurement Manager
Straits Bridge Procurement Pte Ltd | 21 Tuas South Ave 6, #03-12, Singapore 637021
T +65 6861 4420 | M +65 9178 3306 | UEN 201418832K
"""

"""Shared bits of the blind11 scenarios: our company, and the writers of the other sets imported
through blind10's b10_common (the holdout's MIME writer, blind3/blind4's DOCX and PDF, blind5's HTML
helpers, blind7's aligned text and item tables, blind8's CJK PDF, blind9's number styles); nothing
copied. b11_docs.py adds the workbook blind11 needs."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind10"))

from b10_common import (aligned, b3_docs, b4_docs, b7_docs, dec, en, eu, html_doc, item, item_table, mail,  # noqa: E402,F401
                        money, net, table, td, th)
from b9_common import b8_docs, fr  # noqa: E402,F401

OWN_DOMAINS = ["crescentbay-trading.ae", "crescentbay.cn"]
SARA = ("Sara Haddad", "sara.haddad@crescentbay-trading.ae")
DIEGO = ("Diego Ruiz", "diego.ruiz@crescentbay-trading.ae")
LIANG = ("梁伟 Liang Wei", "liang.wei@crescentbay.cn")

OUR_SIGNATURE = """--
Sara Haddad | Procurement Manager
Crescent Bay Trading LLC | Plot S30211, Jebel Ali Free Zone South, Dubai, UAE
T +971 4 887 2640 | M +971 50 318 7725 | TRN 100398264500003
"""

DIEGO_SIGNATURE = """--
Diego Ruiz | Export Sales (Iberia & LatAm)
Crescent Bay Trading LLC | Plot S30211, Jebel Ali Free Zone South, Dubai, UAE
T +971 4 887 2646 | M +971 52 904 1183 | diego.ruiz@crescentbay-trading.ae
"""

LIANG_SIGNATURE = """--
梁伟 Liang Wei | 采购专员
新月湾贸易（深圳）代表处 | 深圳市福田区深南大道6008号特区报社大厦21楼
电话 0755-8366 2190 | 手机/微信 139 2874 5106
"""


def per_unit(price, per):
    """The price of one unit from a price per `per` units, exact (28.50 per 1000 = 0.0285)."""
    return net(price, 0, per)

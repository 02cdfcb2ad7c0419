"""Shared bits of the blind14 scenarios: our company, and the writers of the other sets imported
through blind12's b12_common (the holdout's MIME writer, blind3/blind4's PDF, blind9's number
styles, blind11's workbook, blind12's mail-client HTML); nothing copied. Adds the few helpers a
thread needs: a `>`-quoted earlier mail, mobile signatures, platform footers."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind12"))

from b12_common import (XLSX, aligned, b4_docs, b11_docs, dec, en, item, mail, net)  # noqa: E402,F401
import b12_docs as d  # noqa: E402,F401

OWN_DOMAINS = ["mapleridge-sourcing.ca", "mapleridge.cn"]
CLAIRE = ("Claire Dubois", "claire.dubois@mapleridge-sourcing.ca")
RAJ = ("Raj Gill", "raj.gill@mapleridge-sourcing.ca")
HUANG = ("黄丽 Huang Li", "huang.li@mapleridge.cn")

CLAIRE_SIG = """Best regards,
Claire Dubois | Sourcing Manager, Apparel & Home
Maple Ridge Sourcing Inc. | 1200-555 W Hastings St, Vancouver BC V6B 4N6, Canada
T +1 604 688 3120 | M +1 778 229 4410 | BN 81442 7730 RT0001"""

RAJ_SIG = """Thanks,
Raj Gill | Account Manager, Eastern Canada
Maple Ridge Sourcing Inc. | T +1 604 688 3127 | M +1 416 882 0391"""

HUANG_SIG = """黄丽 Huang Li | 采购 Purchasing
枫岭采购 广州办事处 | 广州市天河区珠江新城华夏路10号富力中心2206
电话 020-3891 7702 | 手机/微信 135 6021 8843"""

IPHONE = "Sent from my iPhone"
IPHONE_ZH = "发自我的iPhone"


def quoted(attribution, text):
    """A plain-text reply's quote: the attribution line and every line of the earlier mail after `> `."""
    return attribution + "\n" + "\n".join((">" + (" " + ln if ln else "")) for ln in text.splitlines())


def per_k(price, per=1000):
    """One piece's price from a price per `per` pieces, exact (128.00 per 1000 = 0.128)."""
    return net(price, 0, per)


def mid(key, sender):
    """The Message-ID ho_mail.build gives the mail of this key from this sender, for In-Reply-To."""
    import hashlib
    return f"<{hashlib.sha1(key.encode()).hexdigest()[:20]}@{sender[1].split('@')[1]}>"

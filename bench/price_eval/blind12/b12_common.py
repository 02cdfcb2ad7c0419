"""Shared bits of the blind12 scenarios: our company, and the writers of the other sets imported
through blind11's b11_common (the holdout's MIME writer, blind3/blind4's DOCX, XLSX and PDF,
blind5's HTML helpers, blind7's aligned text, blind8's CJK PDF, blind9's number styles) and
blind11's workbook; nothing copied. b12_docs.py adds the mail clients' HTML."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind11"))

from b11_common import (aligned, b3_docs, b4_docs, b8_docs, dec, en, eu, item, mail,  # noqa: E402,F401
                        money, net)
import b11_docs  # noqa: E402,F401  (workbook with formats and cached formulas)

OWN_DOMAINS = ["harbourview-trading.com.au", "harbourview.cn"]
NINA = ("Nina Kowalski", "nina.kowalski@harbourview-trading.com.au")
BEN = ("Ben Tran", "ben.tran@harbourview-trading.com.au")
ZHOU = ("周敏 Zhou Min", "zhou.min@harbourview.cn")
XLSX = b11_docs.XLSX_MIME
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

OUR_SIGNATURE = """Kind regards,
Nina Kowalski | Purchasing Manager
Harbourview Industrial Trading Pty Ltd | ABN 61 604 218 337
Unit 4, 22 Cockburn Road, Fremantle WA 6160, Australia
T +61 8 9335 4120 | M +61 412 887 305 | F +61 8 9335 4121"""

BEN_SIGNATURE = """Cheers,
Ben Tran | Sales, WA & NT
Harbourview Industrial Trading Pty Ltd | ABN 61 604 218 337
T +61 8 9335 4126 | M +61 438 115 902"""

ZHOU_SIGNATURE = """周敏 Zhou Min | 采购 Purchasing
海景工业贸易 广州办事处 | 广州市天河区体育西路191号中石化大厦B座1708
电话 020-3828 6410 | 手机/微信 138 0296 4471"""

DISCLAIMER = ("This e-mail and any attachments are confidential and may be privileged. If you are not the "
              "intended recipient, please notify the sender immediately and delete it; any use, copying or "
              "disclosure is prohibited. Registered in England and Wales No. 04418265. Registered office: "
              "Unit 12, Bessemer Park, 250 Milkwood Road, London SE24 0HG. VAT Reg. GB 782 4410 19.")

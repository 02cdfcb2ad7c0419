"""Shared bits of the blind8 scenarios: our company, and the writers of the other sets imported
through blind7's b7_common (the holdout's MIME writer, blind3/blind4's documents, blind5's HTML
helpers, blind7's aligned text and item tables); nothing copied."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind7"))

from b7_common import (aligned, b3_docs, b4_docs, ho_mail, html_doc, item, item_table, mail, table,  # noqa: E402,F401
                       td, th)

OWN_DOMAINS = ["cascadia-supply.ca"]
EMILY = ("Emily Zhou", "emily.zhou@cascadia-supply.ca")
RYAN = ("Ryan Mitchell", "ryan.mitchell@cascadia-supply.ca")

OUR_SIGNATURE = """--
Emily Zhou | Sourcing Manager
Cascadia Industrial Supply Ltd. | 4180 Still Creek Drive, Unit 210, Burnaby, BC V5C 6C6, Canada
T +1 604 298 4471 | M +1 778 882 3059 | GST/HST 81442 7390 RT0001
"""

RYAN_SIGNATURE = """--
Ryan Mitchell | Export Sales
Cascadia Industrial Supply Ltd. | 4180 Still Creek Drive, Unit 210, Burnaby, BC V5C 6C6, Canada
T +1 604 298 4475 | ryan.mitchell@cascadia-supply.ca
"""

"""Shared bits of the blind9 scenarios: our company, the writers of the other sets imported through
blind8's b8_common (the holdout's MIME writer, blind3/blind4's documents, blind5's HTML helpers,
blind7's aligned text and item tables) and blind6/7/8's document writers; nothing copied. Adds only
the arithmetic of ERP lines (net of a discount, per one unit of a price unit) and number styles."""

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
for sub in ("blind8", "blind7", "blind6"):
    sys.path.insert(0, str(HERE.parent / sub))

from b8_common import (aligned, b3_docs, b4_docs, ho_mail, html_doc, item, item_table, mail, table,  # noqa: E402,F401
                       td, th)
import b6_docs  # noqa: E402,F401  (.ods, .rtf)
import b7_docs  # noqa: E402,F401  (multi-sheet XLSX, .odt)
import b8_docs  # noqa: E402,F401  (styled XLSX, Identity-H CJK PDF)

OWN_DOMAINS = ["balticgate.ee", "balticgate.com.cn"]
KADRI = ("Kadri Tamm", "kadri.tamm@balticgate.ee")
MARTIN = ("Martin Kask", "martin.kask@balticgate.ee")
WANG = ("王磊 Wang Lei", "wang.lei@balticgate.com.cn")

OUR_SIGNATURE = """--
Kadri Tamm | Purchasing Manager
Baltic Gate Trading OÜ | Peterburi tee 46, 11415 Tallinn, Estonia
T +372 640 2281 | M +372 5619 4470 | Reg. 14418832 | VAT EE102218840
"""

MARTIN_SIGNATURE = """--
Martin Kask | Sales Manager, Southern Europe
Baltic Gate Trading OÜ | Peterburi tee 46, 11415 Tallinn, Estonia
T +372 640 2285 | M +372 5381 2207 | martin.kask@balticgate.ee
"""


def dec(x):
    """A price as the truth writes it: exact, at least two decimals."""
    d = Decimal(str(x)).normalize()
    return str(d.quantize(Decimal("0.01"))) if d.as_tuple().exponent > -2 else str(d)


def net(price, disc=0, per=1):
    """The net price of one unit: the list price of `per` units less disc % (exact)."""
    return dec(Decimal(str(price)) * (100 - Decimal(str(disc))) / 100 / Decimal(per))


def money(x, places=2):
    return Decimal(str(x)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def en(x, places=2):
    """1,234.50"""
    return f"{money(x, places):,.{places}f}"


def eu(x, places=2):
    """1.234,50 (German, Spanish, Italian, Portuguese)"""
    return en(x, places).replace(",", "#").replace(".", ",").replace("#", ".")


def fr(x, places=2):
    """1 234,50 with a no-break space (French)"""
    return en(x, places).replace(",", "\u00a0").replace(".", ",")

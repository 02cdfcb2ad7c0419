#!/usr/bin/python3
"""Writes blind10: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b10_common (blind9's b9_common and the chain behind it) the holdout's MIME writer and the earlier
sets' documents; b10_docs.py adds clipboard HTML (Excel/WPS x:num, Google Sheets), a DOCX with a
text box, box-drawn, ASCII-grid and Markdown tables and an iCalendar part. Standard library only:

    /usr/bin/python3 bench/price_eval/blind10/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b10_china  # noqa: E402
import b10_world  # noqa: E402
import b5_set  # noqa: E402
from b10_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("kaida", "Ningbo Kaida Valve Co., Ltd.", ["kaida-valve.com"]),
    ("hongli", "温州宏立管件有限公司", ["hongli-fittings.cn"]),
    ("brightstar", "Shenzhen Bright Star Electronics Co., Ltd.", ["brightstar-elec.com"]),
    ("yida", "Dongguan Yida Packaging Co., Ltd.", ["yida-pack.com"]),
    ("haida", "Qingdao Haida Rubber Co., Ltd.", ["haida-rubber.com"]),
    ("deccan", "Deccan Castings Pvt. Ltd.", ["deccancastings.in"]),
    ("tehnoprivod", "ООО «ТехноПривод»", ["tehnoprivod.ru"]),
    ("bogazici", "Boğaziçi Hırdavat San. ve Tic. Ltd. Şti.", ["bogazici-hirdavat.com.tr"]),
    ("keystone", "Keystone Fastener Supply", ["keystonefastener.com"]),
    ("midland", "Midland Packaging Supplies Ltd", ["midlandpack.co.uk"]),
    ("liffey", "Liffey Trade Supplies", ["liffeytrade.ie"]),
]

SCENARIOS = b10_china.SCENARIOS + b10_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind10",
                            "blind10: a Felixstowe sourcing company's pasted tables, chats, printed pages and "
                            "local currency signs (README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

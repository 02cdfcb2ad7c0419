#!/usr/bin/python3
"""Writes blind13: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b13_common the earlier sets' writers (blind12's chain, blind5's media); b13_media.py adds scans and
legacy .xls workbooks. Needs Debian's PIL and xlwt, so run it with /usr/bin/python3 (the pyenv
`python3` lacks them):

    /usr/bin/python3 bench/price_eval/blind13/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b13_china  # noqa: E402
import b13_world  # noqa: E402
import b5_set  # noqa: E402
from b13_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("hengtong", "宁波恒通阀门有限公司", ["hengtong-valve.cn"]),
    ("jinggong", "东莞市精工五金制品有限公司", ["jinggong-hw.com"]),
    ("huatai", "江苏华泰电缆有限公司", ["huatai-cable.com.cn"]),
    ("schwarzwald", "Schwarzwald Präzision GmbH", ["schwarzwald-praezision.de"]),
    ("rhodan", "Ateliers Rhodaniens SAS", ["ateliers-rhodaniens.fr"]),
    ("zuerich", "Zürcher Dichtungstechnik AG", ["zdt.ch"]),
    ("brembane", "Officine Brembane S.r.l.", ["officinebrembane.it"]),
    ("nordic", "Nordic Rail Components AB", ["nordicrail.se"]),
]

SCENARIOS = b13_china.SCENARIOS + b13_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind13",
                            "blind13: a Duisburg trading company's scanned, legacy-Excel, ERP and European-number "
                            "quotes (README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

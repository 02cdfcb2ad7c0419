#!/usr/bin/python3
"""Writes blind14: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b14_common (blind12's b12_common and the chain behind it) the holdout's MIME writer and the earlier
sets' documents and mail-client HTML. Standard library only:

    /usr/bin/python3 bench/price_eval/blind14/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b14_asia  # noqa: E402
import b14_world  # noqa: E402
import b5_set  # noqa: E402
from b14_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("hoasen", "Hoa Sen Garment JSC", ["hoasen-garment.com.vn"]),
    ("guangyao", "中山市光耀照明科技有限公司", ["gy-lighting.com"]),
    ("bursaoto", "Bursa Otomotiv Yedek Parça San. ve Tic. A.Ş.", ["bursaoto.com.tr"]),
    ("meijia", "Foshan Meijia Furniture Co., Ltd.", ["meijia-furniture.com"]),
    ("shreeji", "Shreeji Chemicals Pvt. Ltd.", ["shreejichem.co.in"]),
    ("docebrasil", "Doce Brasil Ingredientes Ltda.", ["docebrasil.com.br"]),
    ("hanbit", "Hanbit Packaging Co., Ltd.", ["hanbitpack.co.kr"]),
    ("xinwei", "Shenzhen Xinwei Electronics Co., Ltd.", ["xinwei-ic.com"]),
    ("sanwa", "Sanwa Seimitsu Co., Ltd.", ["sanwa-seimitsu.co.jp"]),
    ("volga", "LLC Volga Polymer", ["volgapolymer.ru"]),
    ("npeak", "Northern Peak Outfitters Ltd.", ["northernpeak.ca"]),
]

SCENARIOS = b14_asia.SCENARIOS + b14_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind14",
                            "blind14: a Vancouver sourcing company's whole threads, from inquiry to price increase, "
                            "across new industries (README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes blind9: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b9_common (blind8's b8_common, blind6/7/8's b*_docs) the holdout's MIME writer and the earlier
sets' documents: XLSX (styled, multi-sheet), DOCX, one- and multi-page PDFs (Helvetica and an
Identity-H CJK font), .odt and .rtf. Standard library only:

    /usr/bin/python3 bench/price_eval/blind9/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b9_china  # noqa: E402
import b9_west  # noqa: E402
import b5_set  # noqa: E402
from b9_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("haixin", "Qingdao Haixin Rubber & Plastics Co., Ltd.", ["haixin-rubber.com"]),
    ("huali", "浙江华力五金制品有限公司", ["huali-hw.cn"]),
    ("jingcheng", "东莞市精诚包装制品有限公司", ["jingcheng-pack.com"]),
    ("sunrise", "Ningbo Sunrise Lighting Co., Ltd.", ["sunrise-led.com"]),
    ("ouli", "Wenzhou Ouli Valve Co., Ltd.", ["ouli-valve.com"]),
    ("huaxin", "Zhangjiagang Huaxin Machinery Co., Ltd.", ["hxmachinery.com"]),
    ("jiahe", "Yuyao Jiahe Mould & Plastic Co., Ltd.", ["jiahe-mould.com"]),
    ("jintai", "Ningbo Jintai Fasteners Co., Ltd.", ["jintai-fastener.com"]),
    ("rheinland", "Rheinland Antriebstechnik GmbH", ["rheinland-antrieb.de"]),
    ("greatbasin", "Great Basin Tooling Inc.", ["greatbasintooling.com"]),
    ("murray", "Murray River Pumps Pty Ltd", ["murraypumps.com.au"]),
    ("gulfstar", "Gulf Star Trading FZE", ["gulfstar-fze.ae"]),
    ("brianza", "Valvole Brianza S.r.l.", ["valvolebrianza.it"]),
    ("cantabrica", "Ferretería Cantábrica S.L.", ["ferrecantabrica.es"]),
    ("minho", "Cutelarias do Minho, Lda.", ["cutelariasminho.pt"]),
    ("armor", "Quincaillerie Armoricaine SARL", ["quincaillerie-armor.fr"]),
    ("hanseatic", "Hanseatic Cargo Solutions GmbH", ["hanseatic-cargo.de"]),
]

SCENARIOS = b9_china.SCENARIOS + b9_west.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind9",
                            "blind9: an Estonian trading company's ERP-exported quotes, discounts, price units "
                            "and revisions (README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

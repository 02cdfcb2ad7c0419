#!/usr/bin/python3
"""Writes blind11: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b11_common (blind10's b10_common and the chain behind it) the holdout's MIME writer and the earlier
sets' documents; b11_docs.py adds a workbook of several sheets with hidden columns, cached formulas
and per-cell currency formats. Standard library only:

    /usr/bin/python3 bench/price_eval/blind11/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b11_china  # noqa: E402
import b11_world  # noqa: E402
import b5_set  # noqa: E402
from b11_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("hongyu", "Ningbo Hongyu Plastic Pipe Co., Ltd.", ["hongyu-pipe.com"]),
    ("sunny", "义乌市阳光包装制品有限公司", ["sunny-pack.cn"]),
    ("kinglight", "Shenzhen Kinglight Electronics Co., Ltd.", ["kinglight-led.com"]),
    ("tianrun", "Hebei Tianrun Fasteners Co., Ltd.", ["tianrun-fastener.com"]),
    ("meiya", "Foshan Meiya Hardware Co., Ltd.", ["meiya-hardware.com"]),
    ("dongfang", "浙江东方电缆有限公司", ["dongfang-cable.cn"]),
    ("evergreen", "Qingdao Evergreen Rubber Products Co., Ltd.", ["evergreen-rubber.com"]),
    ("kaiyuan", "Zhejiang Kaiyuan Pump Co., Ltd.", ["kaiyuan-pump.com"]),
    ("iberica", "Válvulas Ibéricas S.L.", ["valvulas-ibericas.es"]),
    ("vale", "Metalúrgica do Vale, Lda.", ["metalvale.pt"]),
    ("lemaire", "Outillage Lemaire SARL", ["outillage-lemaire.fr"]),
    ("orobiche", "Rubinetterie Orobiche S.r.l.", ["orobiche.it"]),
    ("taiyang", "Tai Yang Precision Co., Ltd.", ["taiyang-precision.com.tw"]),
    ("pennine", "Pennine Hydraulics Ltd", ["pennine-hydraulics.co.uk"]),
    ("alhambra", "Construcciones Alhambra S.A.", ["alhambra-construcciones.es"]),
    ("paulista", "Distribuidora Paulista de Ferragens Ltda.", ["paulista-ferragens.com.br"]),
]

SCENARIOS = b11_china.SCENARIOS + b11_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind11",
                            "blind11: a Dubai trading company's ordinary quotes written in less common ways "
                            "(README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

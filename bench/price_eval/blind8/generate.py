#!/usr/bin/python3
"""Writes blind8: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b8_common (blind7's b7_common) the holdout's MIME writer and blind3/blind4's documents; b8_docs.py
adds an XLSX with per-cell number formats and wrapped cells, and a PDF with Chinese text in an
Identity-H font with a ToUnicode CMap. Standard library only:

    /usr/bin/python3 bench/price_eval/blind8/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b8_china  # noqa: E402
import b8_trade  # noqa: E402
import b8_world  # noqa: E402
import b5_set  # noqa: E402
from b8_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("hengxin", "Taizhou Hengxin Valve Co., Ltd.", ["hengxin-valve.com"]),
    ("xunda", "Shenzhen Xunda Electronics Co., Ltd.", ["xunda-elec.com"]),
    ("huamei", "佛山市顺德区华美机械有限公司", ["huamei-machinery.cn"]),
    ("jinhui", "Yiwu Jinhui Import & Export Co., Ltd.", ["jinhui-yiwu.com"]),
    ("haitong", "Shanghai Haitong Industrial Co., Ltd.", ["haitong-sh.com"]),
    ("jinda", "Hebei Jinda Fasteners Co., Ltd.", ["jinda-fastener.com"]),
    ("naniwa", "Naniwa Kogyo Co., Ltd.", ["naniwa-kogyo.co.jp"]),
    ("zafar", "Zafar Surgical & Hand Tools (Pvt) Ltd.", ["zafartools.com.pk"]),
    ("andes", "Ferretería Industrial Andes S.A.C.", ["ferreandes.com.pe"]),
    ("kiwi", "Southern Cross Building Supplies Ltd", ["scbs.co.nz"]),
]

SCENARIOS = b8_china.SCENARIOS + b8_trade.SCENARIOS + b8_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind8",
                            "blind8: a Canadian importer's quotes from Chinese suppliers and buyers abroad "
                            "(README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes blind12: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b12_common (blind11's b11_common and the chain behind it) the holdout's MIME writer and the earlier
sets' documents; b12_docs.py adds the HTML real mail clients write (Outlook's Word editor, QQ Mail /
Foxmail, NetEase 163, Gmail, Alimail). Standard library only:

    /usr/bin/python3 bench/price_eval/blind12/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b12_china  # noqa: E402
import b12_world  # noqa: E402
import b5_set  # noqa: E402
from b12_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("jinhai", "Ningbo Jinhai Valve Co., Ltd.", ["jinhai-valve.com"]),
    ("hengli", "温州恒力紧固件有限公司", ["hengli-fastener.cn"]),
    ("dayang", "Foshan Dayang Hardware Co., Ltd.", ["dayang-hardware.com"]),
    ("hongda", "深圳市宏达电子科技有限公司", ["hongda-elec.com"]),
    ("baofeng", "Tianjin Baofeng Steel Pipe Co., Ltd.", ["baofeng-pipe.com"]),
    ("vietthanh", "Viet Thanh Packaging JSC", ["vietthanh-pack.vn"]),
    ("pacific", "Pacific Rim Bearing Supply, Inc.", ["pacificrim-bearings.com"]),
    ("kelvin", "Kelvin Controls Ltd", ["kelvincontrols.co.uk"]),
    ("siam", "Siam Polymer Co., Ltd.", ["siampolymer.co.th"]),
    ("marmara", "Marmara Valf San. ve Tic. A.Ş.", ["marmaravalf.com.tr"]),
    ("swan", "Swan Valley Builders Pty Ltd", ["swanvalleybuilders.com.au"]),
]

SCENARIOS = b12_china.SCENARIOS + b12_world.SCENARIOS


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind12",
                            "blind12: a Fremantle trading company's quotes as real mail clients and people write "
                            "them (README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

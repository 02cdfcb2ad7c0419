#!/usr/bin/python3
"""Writes blind6: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through b6_common the
holdout's MIME writer and blind3/blind4's documents; b6_docs.py adds .ods and .rtf.
Standard library only (blind5's scenarios, which need PIL and xlwt, are not imported):

    /usr/bin/python3 bench/price_eval/blind6/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b6_americas  # noqa: E402
import b6_east  # noqa: E402
import b6_south  # noqa: E402
import b5_set  # noqa: E402
from b6_common import OWN_DOMAINS  # noqa: E402


CUSTOMERS = [
    ("ratnakar", "Ratnakar Engineering Works Pvt. Ltd.", ["ratnakar-engg.in"]),
    ("sinarbaja", "PT Sinar Baja Perkasa", ["sinarbaja.co.id"]),
    ("saigon", "Công ty TNHH Bao Bì Sài Gòn", ["saigonpack.vn"]),
    ("pacificrim", "Pacific Rim Builders Inc.", ["pacificrim-builders.ph"]),
    ("kansai", "関西刃物工業株式会社 Kansai Hamono Kogyo", ["kansai-hamono.co.jp"]),
    ("daehan", "대한정밀(주) Daehan Precision", ["daehan-precision.co.kr"]),
    ("haitian", "宁波海天五金机电有限公司 Ningbo Haitian Hardware", ["nbhaitian-hw.com"]),
    ("ural", "ООО «УралСнаб»", ["uralsnab.ru"]),
    ("paulista", "Metalúrgica Paulista Ltda.", ["metalpaulista.com.br"]),
    ("bajio", "Herramientas del Bajío S.A. de C.V.", ["herrabajio.com.mx"]),
    ("lakeshore", "Lakeshore Fastener Supply, Inc.", ["lakeshorefastener.com"]),
]

SCENARIOS = [
    b6_south.ratnakar_quote, b6_south.ratnakar_bullets, b6_south.ratnakar_rtf, b6_south.ratnakar_statement,
    b6_south.sinar_penawaran, b6_south.sinar_tiers,
    b6_south.saigon_bao_gia, b6_south.saigon_carton, b6_south.saigon_prose,
    b6_south.pacific_rfq, b6_south.pacific_quote, b6_south.pacific_po,
    b6_east.kansai_mitsumori, b6_east.kansai_kaitei, b6_east.kansai_reply,
    b6_east.daehan_gyeonjeok, b6_east.daehan_manwon,
    b6_east.haitian_daxie, b6_east.haitian_hanshui, b6_east.haitian_exw_ddp,
    b6_east.ural_predlozhenie, b6_east.ural_ods, b6_east.ural_prose,
    b6_americas.paulista_orcamento, b6_americas.paulista_resposta,
    b6_americas.bajio_cotizacion, b6_americas.bajio_pdf,
    b6_americas.lakeshore_bullets, b6_americas.lakeshore_per_c_m, b6_americas.lakeshore_at_cents,
]


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind6",
                                 "blind6: a Singapore procurement company's quotes from eleven countries "
                                 "(README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

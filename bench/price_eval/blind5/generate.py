#!/usr/bin/python3
"""Writes blind5: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Needs Debian 12's python3-pil and python3-xlwt, fonts-dejavu-core and fonts-wqy-microhei; the MIME
writer is the holdout's (../holdout/ho_mail.py), the XLSX/DOCX/PDF writers blind3's and blind4's.

    /usr/bin/python3 bench/price_eval/blind5/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b5_asia  # noqa: E402
import b5_east  # noqa: E402
import b5_west  # noqa: E402
import b5_west2  # noqa: E402
import b5_set  # noqa: E402
from b5_common import OWN_DOMAINS  # noqa: E402

CUSTOMERS = [
    ("lyon", "Tissus Lyonnais SARL", ["tissus-lyonnais.fr"]),
    ("como", "Tessitura Comasca S.r.l.", ["tessituracomasca.it"]),
    ("levante", "Químicas del Levante, S.A.", ["quimicaslevante.es"]),
    ("atlantico", "Conservas Atlântico, Lda.", ["conservas-atlantico.pt"]),
    ("vdberg", "Van der Berg Elektronica B.V.", ["vdberg-elektronica.nl"]),
    ("maroc", "Maroc Confection Distribution SARL", ["maroc-confection.ma"]),
    ("wisla", "Zakłady Chemiczne Wisła sp. z o.o.", ["zchwisla.pl"]),
    ("anadolu", "Anadolu Tekstil San. ve Tic. A.Ş.", ["anadolutekstil.com.tr"]),
    ("huafang", "绍兴华纺纺织品有限公司 Shaoxing Huafang Textiles", ["huafang-tex.com"]),
    ("jiaxin", "Shenzhen Jiaxin Electronics Co., Ltd.", ["jiaxin-elec.com"]),
    ("pennine", "Pennine Workwear Ltd", ["penninework.co.uk"]),
]

SCENARIOS = [
    b5_west.lyon_devis, b5_west.lyon_circulaire, b5_west.lyon_revision,
    b5_west.como_offerta, b5_west.como_contratto, b5_west.como_revisione,
    b5_west.levante_oferta, b5_west.levante_revision, b5_west.levante_factura,
    b5_west2.atlantico_proposta, b5_west2.atlantico_prosa, b5_west2.atlantico_zip,
    b5_west2.vdberg_staffel, b5_west2.vdberg_prijswijziging, b5_west2.vdberg_doorgestuurd,
    b5_west2.maroc_devis,
    b5_east.wisla_oferta, b5_east.wisla_konto, b5_east.wisla_skan,
    b5_east.anadolu_bulten, b5_east.anadolu_teklif, b5_east.anadolu_export, b5_east.anadolu_foto,
    b5_asia.huafang_prose, b5_asia.huafang_screenshot, b5_asia.huafang_revision,
    b5_asia.jiaxin_tiers, b5_asia.jiaxin_signature, b5_asia.jiaxin_revision,
    b5_asia.pennine_rfq, b5_asia.pennine_quote, b5_asia.pennine_po,
]

def write_set(root, scenarios=None, customers=None, own_domains=None, set_name="blind5",
              description="blind5: a European trading company's quotes (README.md)"):
    """Writes blind5's mails/, truth.json and mailclerk.toml under root (b5_set.write_set)."""
    return b5_set.write_set(root, SCENARIOS if scenarios is None else scenarios,
                            CUSTOMERS if customers is None else customers,
                            OWN_DOMAINS if own_domains is None else own_domains, set_name, description)


run = b5_set.run
current_lists = b5_set.current_lists


def main():
    return run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Writes blind7: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's set writer (b5_set.py: write_set, the current-list rule and --check) and through
b7_common the holdout's MIME writer and blind3/blind4's documents; b7_docs.py adds a multi-sheet
XLSX with hidden rows/columns and uncached formulas, a DOCX with nested tables, an .odt and <div>
tables. Standard library only:

    /usr/bin/python3 bench/price_eval/blind7/generate.py [--check]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "blind5"))

import b7_asia_latam  # noqa: E402
import b7_europe  # noqa: E402
import b7_south  # noqa: E402
import b5_set  # noqa: E402
from b7_common import OWN_DOMAINS  # noqa: E402


CUSTOMERS = [
    ("alpen", "Alpenwerk AG", ["alpenwerk.ch"]),
    ("nordfjord", "Nordfjord Hydraulikk AS", ["nordfjord-hydraulikk.no"]),
    ("dpt", "Dansk Pakningsteknik ApS", ["dpt-pakning.dk"]),
    ("vysocina", "Strojírny Vysočina s.r.o.", ["strojirny-vysocina.cz"]),
    ("tiszai", "Tiszai Szerszám Kft.", ["tiszaiszerszam.hu"]),
    ("carpatica", "Carpatica Industrial SRL", ["carpatica-ind.ro"]),
    ("hellenic", "Hellenic Cables & Wires S.A.", ["hellenic-cw.gr"]),
    ("galil", "Galil Precision Ltd", ["galil-precision.co.il"]),
    ("deltanile", "Delta Nile Engineering", ["deltanile-eng.com.eg"]),
    ("rawabi", "Al Rawabi Industrial Supplies Co.", ["alrawabi-ind.com.sa"]),
    ("riftvalley", "Rift Valley Packaging Ltd", ["riftvalleypack.co.ke"]),
    ("eko", "Eko Pumps & Valves Ltd", ["ekopumps.com.ng"]),
    ("highveld", "Highveld Steel Merchants", ["highveldsteel.co.za"]),
    ("padma", "Padma Jute Mills Ltd.", ["padmajute.com.bd"]),
    ("siam", "Siam Rubber Products Co., Ltd.", ["siamrubber.co.th"]),
    ("klang", "Klang Valley Fasteners Sdn Bhd", ["kvfasteners.com.my"]),
    ("atacama", "Suministros Mineros Atacama SpA", ["sumatacama.cl"]),
    ("dotavalle", "Dotaciones Industriales del Valle S.A.S.", ["dotavalle.com.co"]),
]

SCENARIOS = [
    b7_europe.alpen_webmail, b7_europe.alpen_pdf_wrapped, b7_europe.nord_text, b7_europe.nord_gmail,
    b7_europe.dpt_xlsx, b7_europe.dpt_credit, b7_europe.vysocina_br_cells, b7_europe.vysocina_shipping,
    b7_europe.tiszai_docx, b7_europe.tiszai_forward, b7_europe.carpatica_odt, b7_europe.carpatica_blocks,
    b7_europe.hellenic_greek,
    b7_south.galil_hebrew, b7_south.galil_ranges, b7_south.delta_bilingual, b7_south.rawabi_arabic_digits,
    b7_south.rawabi_catalogue, b7_south.rift_vat_incl, b7_south.rift_notice, b7_south.eko_proforma,
    b7_south.highveld_text, b7_south.padma_taka,
    b7_asia_latam.siam_thai, b7_asia_latam.siam_csv, b7_asia_latam.klang_body_and_xlsx,
    b7_asia_latam.klang_autoreply, b7_asia_latam.atacama_quote, b7_asia_latam.atacama_counter,
    b7_asia_latam.atacama_po, b7_asia_latam.dotavalle_text,
]


def write_set(root):
    return b5_set.write_set(root, SCENARIOS, CUSTOMERS, OWN_DOMAINS, "blind7",
                                 "blind7: a South African sourcing company's quotes from eighteen countries "
                                 "(README.md)")


def main():
    return b5_set.run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

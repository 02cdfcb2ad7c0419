#!/usr/bin/python3
"""Writes blind6: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Imports blind5's generator for the current-list rule (current_lists) and the date helper, and
through it the holdout's MIME writer and blind3/blind4's documents; b6_docs.py adds .ods and .rtf.
Needs what blind5 needs (Debian 12's python3-pil, python3-xlwt):

    /usr/bin/python3 bench/price_eval/blind6/generate.py [--check]
"""

import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b6_americas  # noqa: E402
import b6_east  # noqa: E402
import b6_south  # noqa: E402
from b6_common import OWN_DOMAINS, ho_mail  # noqa: E402

_spec = importlib.util.spec_from_file_location("b5_generate", HERE.parent / "blind5" / "generate.py")
b5_generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(b5_generate)
current_lists, utc = b5_generate.current_lists, b5_generate.utc

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
    mails_dir = root / "mails"
    if mails_dir.exists():
        shutil.rmtree(mails_dir)
    mails_dir.mkdir(parents=True)
    scen = sorted((f() for f in SCENARIOS), key=lambda s: utc(s["date"]))
    truth_mails = []
    for n, s in enumerate(scen, 1):
        raw, mid = ho_mail.build(**s["build"])
        name = f"mails/{n:03d}_{s['customer']}_{s['layout']}.eml"
        (root / name).write_bytes(raw)
        truth_mails.append({"file": name, "message_id": mid, "date": utc(s["date"]),
                            "customer": "" if s["bulk"] else s["customer"],
                            "layout": s["layout"], "family": s["family"], "kind": s["kind"],
                            "kind_alt": s["kind_alt"], "direction": s["direction"],
                            "items": [dict(it) for it in s["items"]], "notes": s["notes"]})
    truth = {"description": "blind6: a Singapore procurement company's quotes from eleven countries (README.md)",
             "own_domains": OWN_DOMAINS, "customers": {slug: name for slug, name, _ in CUSTOMERS},
             "mails": truth_mails, "current": current_lists(truth_mails)}
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    toml = ["# Config for the blind6 price evaluation set (README.md).", "", "[archive]", 'root = "archive"',
            "own_domains = [" + ", ".join(f'"{d}"' for d in OWN_DOMAINS) + "]"]
    for slug, name, domains in CUSTOMERS:
        toml += ["", "[[customer]]", f'name = "{name}"', f'slug = "{slug}"',
                 "domains = [" + ", ".join(f'"{d}"' for d in domains) + "]"]
    (root / "mailclerk.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    return truth


def main():
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_set(Path(tmp))
            diff = [p.name for p in sorted(Path(tmp).rglob("*")) if p.is_file() and
                    (HERE / p.relative_to(tmp)).read_bytes() != p.read_bytes()]
        print("identical" if not diff else "differs: " + " ".join(diff))
        return 0 if not diff else 1
    truth = write_set(HERE)
    n_items = sum(len(m["items"]) for m in truth["mails"])
    n_cur = sum(len(v) for v in truth["current"].values())
    print(f"{len(truth['mails'])} mails, {n_items} items, {n_cur} current entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())

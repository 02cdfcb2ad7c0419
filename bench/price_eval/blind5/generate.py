#!/usr/bin/python3
"""Writes blind5: mails/, truth.json and mailclerk.toml (README.md). Deterministic.

Needs Debian 12's python3-pil and python3-xlwt, fonts-dejavu-core and fonts-wqy-microhei; the MIME
writer is the holdout's (../holdout/ho_mail.py), the XLSX/DOCX/PDF writers blind3's and blind4's.

    /usr/bin/python3 bench/price_eval/blind5/generate.py [--check]
"""

import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import b5_asia  # noqa: E402
import b5_east  # noqa: E402
import b5_west  # noqa: E402
import b5_west2  # noqa: E402
from b5_common import OWN_DOMAINS, ho_mail  # noqa: E402

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

AGREED = ("agreed", "ordered")


def utc(date):
    from datetime import datetime, timezone
    return datetime.fromisoformat(date).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def current_lists(mails):
    """Per customer and product (pid) and side: the latest price of that side. The quote side takes
    quoted and notice prices, the agreed side agreed and ordered ones; tier and second-incoterm
    items never set the list; within a mail the first row of a product counts. A row naming only
    the model inherits the name and unit of the product's earlier rows."""
    seen = {}  # (customer, pid) -> names, models, last name, last unit
    latest = {}  # (customer, pid, side) -> entry
    for m in sorted(mails, key=lambda m: m["date"]):
        done = set()
        for it in m["items"]:
            key = (m["customer"], it["pid"])
            s = seen.setdefault(key, {"names": [], "models": [], "product": "", "unit": ""})
            if it["product"] and it["product"] not in s["names"]:
                s["names"].append(it["product"])
            if it["model"] and it["model"] not in s["models"]:
                s["models"].append(it["model"])
            if it.get("tier") or it.get("incoterm_alt"):
                continue
            side = "agreed" if it["status"] in AGREED else "quote"
            if (it["pid"], side) in done:
                continue
            done.add((it["pid"], side))
            s["product"] = it["product"] or s["product"]
            s["unit"] = it["unit"] or s["unit"]
            latest[key + (side,)] = {"product": s["product"], "model": it["model"] or (s["models"] or [""])[-1],
                                     "unit_price": it["unit_price"], "currency": it["currency"],
                                     "unit": s["unit"], "status": it["status"], "side": side,
                                     "date": m["date"], "file": m["file"]}
    out = {}
    for (cust, pid, side), e in sorted(latest.items()):
        s = seen[(cust, pid)]
        out.setdefault(cust, []).append({"names": list(s["names"]), "models": list(s["models"]), **e})
    return out


def write_set(root, scenarios=None, customers=None, own_domains=None, set_name="blind5",
              description="blind5: a European trading company's quotes (README.md)"):
    """Writes a set's mails/, truth.json and mailclerk.toml under root; blind5's own by default
    (blind6 passes its scenarios, counterparts and domains)."""
    scenarios = SCENARIOS if scenarios is None else scenarios
    customers = CUSTOMERS if customers is None else customers
    own_domains = OWN_DOMAINS if own_domains is None else own_domains
    mails_dir = root / "mails"
    if mails_dir.exists():
        shutil.rmtree(mails_dir)
    mails_dir.mkdir(parents=True)
    scen = sorted((f() for f in scenarios), key=lambda s: utc(s["date"]))
    truth_mails = []
    for n, s in enumerate(scen, 1):
        raw, mid = ho_mail.build(**s["build"])
        name = f"mails/{n:03d}_{s['customer']}_{s['layout']}.eml"
        (root / name).write_bytes(raw)
        items = [{k: v for k, v in it.items()} for it in s["items"]]
        truth_mails.append({"file": name, "message_id": mid, "date": utc(s["date"]),
                            "customer": "" if s["bulk"] else s["customer"],
                            "layout": s["layout"], "family": s["family"], "kind": s["kind"],
                            "kind_alt": s["kind_alt"], "direction": s["direction"], "items": items,
                            "notes": s["notes"]})
    truth = {"description": description,
             "own_domains": own_domains, "customers": {slug: name for slug, name, _ in customers},
             "mails": truth_mails, "current": current_lists(truth_mails)}
    (root / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    toml = [f"# Config for the {set_name} price evaluation set (README.md).", "", "[archive]", 'root = "archive"',
            "own_domains = [" + ", ".join(f'"{d}"' for d in own_domains) + "]"]
    for slug, name, domains in customers:
        toml += ["", "[[customer]]", f'name = "{name}"', f'slug = "{slug}"',
                 "domains = [" + ", ".join(f'"{d}"' for d in domains) + "]"]
    (root / "mailclerk.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    return truth


def run(here, write):
    """The command line of a set's generator: write the set into here, or with --check write it
    into a temporary folder and compare the bytes."""
    if "--check" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            write(Path(tmp))
            diff = [p.name for p in sorted(Path(tmp).rglob("*")) if p.is_file() and
                    (here / p.relative_to(tmp)).read_bytes() != p.read_bytes()]
        print("identical" if not diff else "differs: " + " ".join(diff))
        return 0 if not diff else 1
    truth = write(here)
    n_items = sum(len(m["items"]) for m in truth["mails"])
    n_cur = sum(len(v) for v in truth["current"].values())
    print(f"{len(truth['mails'])} mails, {n_items} items, {n_cur} current entries")
    return 0


def main():
    return run(HERE, write_set)


if __name__ == "__main__":
    sys.exit(main())

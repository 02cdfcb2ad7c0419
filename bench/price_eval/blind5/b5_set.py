"""The set writer shared by blind5, blind6 and blind7 (moved out of blind5/generate.py so the
later sets can import it without blind5's scenarios and their PIL/xlwt imports): the current-list
rule, writing mails/, truth.json and mailclerk.toml, and the --check command line."""

import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "holdout"))

import ho_mail  # noqa: E402

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


def write_set(root, scenarios, customers, own_domains, set_name, description):
    """Writes a set's mails/, truth.json and mailclerk.toml under root from its scenarios,
    counterparts (slug, name, domains) and own domains."""
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

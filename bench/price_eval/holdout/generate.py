#!/usr/bin/python3
"""Held-out price evaluation set: a second generator family, written apart from ../generate.py.

    /usr/bin/python3 bench/price_eval/holdout/generate.py     # rewrites mails/, truth.json, mailclerk.toml

Its layouts are ones the main generator does not produce (README.md lists them). It was written
before the extractor was tuned on it and must stay a yardstick: fix general causes it reveals,
never teach the extractor its samples. Needs the Debian packages python3-openpyxl python3-docx
python3-reportlab python3-xlwt python3-pil fonts-wqy-microhei poppler-utils img2pdf.
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ho_docs  # noqa: E402
import ho_mail  # noqa: E402
from ho_scenarios import scenarios  # noqa: E402

HERE = Path(__file__).resolve().parent
OWN = ["harborpoint-trade.com"]


def current_lists(mails):
    """Per customer and product the latest quote-side and agreed-side price, in date order."""
    lists = {}
    for m in sorted(mails, key=lambda m: m["date"]):
        if m.get("stale"):  # a resent older quote states nothing new
            continue
        book = lists.setdefault(m["customer"], {})
        for it in m["items"] + m.get("history_items", []):
            if it.get("tier") or it.get("incoterm_alt"):  # the list keeps the base price
                continue
            side = "agreed" if it["status"] in ("agreed", "ordered") else "quote"
            entry = book.setdefault((it["pid"], side), {"names": [], "models": []})
            before = dict(entry)
            entry.update({k: it[k] for k in ("product", "model", "unit_price", "currency", "unit", "status")})
            if not it["product"] and before.get("product"):
                entry["product"] = before["product"]
            if not it["unit"] and before.get("unit"):
                entry["unit"] = before["unit"]
            entry.update({"side": side, "date": m["date"], "file": m["file"]})
            for key, many in (("product", "names"), ("model", "models")):
                if it[key] and it[key] not in entry[many]:
                    entry[many].append(it[key])
            if it.get("size_model"):
                entry["size_model"] = True
    out = {}
    for slug, book in lists.items():
        # a name and unit known from the other side count for both
        for (pid, side), e in book.items():
            other = book.get((pid, "agreed" if side == "quote" else "quote"))
            if other:
                e["names"] += [n for n in other["names"] if n not in e["names"]]
                e["models"] += [n for n in other["models"] if n not in e["models"]]
        out[slug] = sorted(book.values(), key=lambda e: (e["model"], e["product"], e["side"]))
    return out


def main():
    mails_dir = HERE / "mails"
    mails_dir.mkdir(exist_ok=True)
    for old in mails_dir.glob("*.eml"):
        old.unlink()
    customers, mails = scenarios(ho_docs, ho_mail)
    mails.sort(key=lambda m: m["date"])
    truth_mails = []
    for n, m in enumerate(mails, 1):
        name = f"{n:03d}_{m['customer']}_{m['layout']}.eml"
        (mails_dir / name).write_bytes(m.pop("raw"))
        m["file"] = f"mails/{name}"
        truth_mails.append(m)
    current = current_lists(truth_mails)
    for m in truth_mails:
        for it in m["items"] + m.get("history_items", []):
            it.pop("pid", None)
        m.pop("stale", None)
    truth = {"description": "held-out price evaluation set (bench/price_eval/holdout/README.md)",
             "own_domains": OWN, "customers": {c["slug"]: c["name"] for c in customers},
             "mails": truth_mails, "current": current}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    toml = ["# Config for the held-out price evaluation set (README.md).", "", "[archive]",
            'root = "archive"', f"own_domains = {json.dumps(OWN)}", ""]
    for c in customers:
        toml += ["[[customer]]", f"name = {json.dumps(c['name'], ensure_ascii=False)}", f'slug = "{c["slug"]}"',
                 f"domains = {json.dumps(c['domains'])}", ""]
    (HERE / "mailclerk.toml").write_text("\n".join(toml), encoding="utf-8")
    print(f"{len(truth_mails)} mails, {sum(len(m['items']) for m in truth_mails)} items, "
          f"{sum(len(v) for v in current.values())} current entries")


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    main()

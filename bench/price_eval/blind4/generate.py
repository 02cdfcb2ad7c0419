#!/usr/bin/python3
"""Blind price evaluation set (blind4): quotes of a Chinese trading company, written without
reading the extractor.

    python3 bench/price_eval/blind4/generate.py     # rewrites mails/, truth.json, mailclerk.toml

Standard library only (XLSX/DOCX/PDF writers: blind3's b3_docs.py, extended in b4_docs.py); MIME
through the holdout's stdlib writer (../holdout/ho_mail.py) and the holdout's current-list rule.
README.md lists the layouts and the conventions. Deterministic: fixed dates, hashed Message-IDs
and boundaries, fixed zip times.
"""

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "holdout"))

import b4_cn  # noqa: E402
import b4_docs  # noqa: E402
import b4_export  # noqa: E402
import b4_tw  # noqa: E402
import ho_mail  # noqa: E402
from b4_common import OWN  # noqa: E402


def _holdout_generator():
    spec = importlib.util.spec_from_file_location("ho_generate", HERE.parent / "holdout" / "generate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def collect():
    mails = []

    def add(key, date, layout, family, kind, items, raw, customer, direction="inbound", kind_alt=(), notes=""):
        mails.append({"message_id": raw[1], "date": date, "customer": customer, "layout": layout, "family": family,
                      "kind": kind, "kind_alt": list(kind_alt), "direction": direction, "items": items,
                      "history_items": [], "notes": notes, "raw": raw[0], "key": key})

    for group in (b4_cn, b4_tw, b4_export):
        group.scenarios(b4_docs, ho_mail, add)
    return b4_cn.CUSTOMERS + b4_tw.CUSTOMERS + b4_export.CUSTOMERS, mails


def main():
    customers, mails = collect()
    mails.sort(key=lambda m: m["date"])
    out = HERE / "mails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for n, m in enumerate(mails, 1):
        name = f"{n:03d}_{m['customer']}_{m['layout']}.eml"
        (out / name).write_bytes(m.pop("raw"))
        m.pop("key")
        m["file"] = f"mails/{name}"
    current = _holdout_generator().current_lists(mails)
    for m in mails:
        for it in m["items"]:
            it.pop("pid", None)
    truth = {"description": "blind price evaluation set (bench/price_eval/blind4/README.md)", "own_domains": OWN,
             "customers": {c["slug"]: c["name"] for c in customers}, "mails": mails, "current": current}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    toml = ["# Config for the blind price evaluation set (README.md).", "", "[archive]", 'root = "archive"',
            f"own_domains = {json.dumps(OWN)}", ""]
    for c in customers:
        toml += ["[[customer]]", f"name = {json.dumps(c['name'], ensure_ascii=False)}", f'slug = "{c["slug"]}"',
                 f"domains = {json.dumps(c['domains'])}", ""]
    (HERE / "mailclerk.toml").write_text("\n".join(toml), encoding="utf-8")
    priced = sum(1 for m in mails if m["items"])
    print(f"{len(mails)} mails ({priced} with prices), {sum(len(m['items']) for m in mails)} items, "
          f"{len(set(m['layout'] for m in mails))} layouts, {sum(len(v) for v in current.values())} current entries")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Generate the price evaluation set: quotation mails, their item-level truth, and the config.

    /usr/bin/python3 bench/price_eval/generate.py [--out bench/price_eval] [--check]

Writes OUT/mails/NNN_<customer>_<layout>.eml (numbered in date order), OUT/truth.json and
OUT/mailclerk.toml. --check regenerates into a temporary directory and fails if any byte differs
from what is in OUT (the committed set).

Deterministic: fixed seed and dates, no clock, no randomness outside random.Random(seed); zip
containers get fixed entry times, docProps the document's own date, reportlab runs invariant,
img2pdf gets fixed dates. Only needed to regenerate (the mails are committed); Debian 12 packages:

    apt-get install -y --no-install-recommends python3-openpyxl python3-docx python3-reportlab \\
        python3-xlwt python3-pil img2pdf poppler-utils fonts-wqy-microhei fonts-arphic-uming \\
        fonts-ipafont-gothic

Run it with Debian's /usr/bin/python3 (the packages above are installed for it).
"""

import argparse
import datetime
import filecmp
import json
import re
import sys
import tempfile
import unicodedata
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pe_mail  # noqa: E402
import sc_america  # noqa: E402
import sc_asia  # noqa: E402
import sc_china  # noqa: E402
import sc_dach  # noqa: E402
import sc_europe  # noqa: E402
import sc_more  # noqa: E402
from pe_common import CUSTOMERS, OWN_DOMAINS, Ctx  # noqa: E402

SEED = 20250101
SCENARIOS = [sc_china.yongsheng, sc_china.huatai, sc_china.hxin, sc_china.lianda, sc_china.pujiang,
             sc_asia.hsinfa, sc_asia.tcb, sc_asia.yamato, sc_asia.ganesh, sc_asia.sinarteknik, sc_asia.alnoor,
             sc_dach.hoffmann, sc_dach.krueger, sc_europe.levante, sc_europe.robilyon, sc_europe.brianza,
             sc_europe.douro, sc_dach.aargau, sc_dach.rheintal, sc_europe.nordic,
             sc_america.greatlakes, sc_america.pennine, sc_america.cpv, sc_america.mexvalvulas,
             sc_america.brasilhidra, sc_america.deltaflow, sc_more.china_more, sc_more.world_more, sc_more.sap_export,
             sc_more.taiwan_pdf]

AGREED = ("agreed", "ordered")


# Counterparts whose "model" column holds only a size (M12, 1/2"): there a product is name + size.
SIZE_MODELS = {"huatai", "alnoor"}


def norm(text):
    t = unicodedata.normalize("NFKC", text).casefold().replace("×", "x")
    return re.sub(r"mm$", "", re.sub(r"[\s\-_]+", "", t))


def identity(item, slug):
    """How the generator keys a product within one customer (the scorer matches on its own):
    the model (part number, or model + size) where there is one, else the product name."""
    if slug in SIZE_MODELS or not item["model"]:
        return norm(item["product"]) + "|" + norm(item["model"])
    return norm(item["model"])


def current_lists(mails):
    """The expected price list per customer after importing every mail in date order.

    Latest price per product and side wins: the quote side holds quoted and notice prices, the
    agreed side agreed (contract, proforma) and ordered (purchase order) prices. A row that names
    only a model inherits product name and unit from the latest earlier row of that product."""
    state = {}
    aliases = {}  # every product name and model string a product was written with
    problems = []
    for m in mails:
        slug = m.truth["customer"]
        if not slug:
            continue
        book = state.setdefault(slug, {})
        for it in m.truth["items"]:
            t = it.truth()
            ident = identity(t, slug)
            side = "agreed" if t["status"] in AGREED else "quote"
            prev = book.get((ident, "quote")) or book.get((ident, "agreed"))
            seen = aliases.setdefault((slug, ident), ([], []))
            for value, known in ((t["product"], seen[0]), (t["model"], seen[1])):
                if value and value not in known:
                    known.append(value)
            if it.old_price is not None and prev and Decimal(prev["unit_price"]) != it.old_price:
                problems.append(f"{m.key}: {t['model']} old price {it.old_price} but current {prev['unit_price']}")
            if it.extra.get("from_history"):
                if not prev or Decimal(prev["unit_price"]) * Decimal("1.05") != it.price:
                    problems.append(f"{m.key}: {t['model']} from history does not follow the earlier price")
            if not t["product"] and not prev:
                problems.append(f"{m.key}: {t['model']} names no product and has no earlier row")
            book[(ident, side)] = {
                "product": t["product"] or (prev["product"] if prev else ""),
                "model": t["model"],
                "unit_price": t["unit_price"],
                "currency": t["currency"],
                "unit": t["unit"] or (prev["unit"] if prev else ""),
                "status": t["status"],
                "side": side,
                "date": m.truth["date"],
                "file": m.truth["file"],
                "names": seen[0],
                "models": seen[1],
            }
            if slug in SIZE_MODELS:
                book[(ident, side)]["size_model"] = True
    if problems:
        raise SystemExit("inconsistent scenario:\n  " + "\n  ".join(problems))
    return {slug: sorted(book.values(), key=lambda e: (e["side"], e["model"], e["product"]))
            for slug, book in sorted(state.items())}


def direction(mail):
    own = lambda addr: addr.split("@")[1] in OWN_DOMAINS  # noqa: E731
    if own(mail.frm[1]):
        return "internal" if all(own(a) for _, a in mail.to) else "outbound"
    return "inbound"


def build(out):
    ctx = Ctx(SEED)
    for scenario in SCENARIOS:
        scenario(ctx)
    mails = sorted(ctx.mails, key=lambda m: m.date.astimezone(datetime.timezone.utc))
    (out / "mails").mkdir(parents=True, exist_ok=True)
    for n, m in enumerate(mails, 1):
        slug = m.truth["customer"] or "unmatched"
        m.truth["file"] = f"mails/{n:03d}_{slug}_{m.truth['layout']}.eml"
        m.truth["date"] = m.date.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        (out / m.truth["file"]).write_bytes(pe_mail.render(m, SEED))
    truth = {
        "description": "Item-level truth of the price evaluation set; see bench/price_eval/README.md.",
        "own_domains": OWN_DOMAINS,
        "customers": {slug: c[0] for slug, c in CUSTOMERS.items()},
        "mails": [mail_truth(m) for m in mails],
        "current": current_lists(mails),
    }
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "mailclerk.toml").write_text(config_text(), encoding="utf-8")
    return mails


def family(m):
    """Where the prices sit, coarsely: the file type of the attachment, else the body's form."""
    for data, ctype, name in m.attachments:
        ext = name.rsplit(".", 1)[-1].lower()
        if ctype == "message/rfc822":
            return "forwarded-mail"
        if ext == "pdf":
            return "pdf-scan" if "scanned" in m.truth["layout"] else "pdf"
        if ext in ("jpg", "jpeg", "png"):
            return "image"
        if ext in ("csv", "txt", "tsv"):
            return "csv-tsv"
        if ext in ("xlsx", "xls", "docx", "zip"):
            return ext
    tables = [b for b in m.blocks if isinstance(b, tuple) and b[0] in ("table", "pre")]
    if any(b[0] == "table" and b[2] for b in tables):
        return "html-table"
    return "text-table" if tables else "prose"


def mail_truth(m):
    items = []
    for it in m.truth["items"]:
        t = it.truth()
        if it.extra.get("from_history"):
            t["from_history"] = True
        if m.truth["customer"] in SIZE_MODELS:
            t["size_model"] = True
        items.append(t)
    return {"file": m.truth["file"], "message_id": m.message_id, "date": m.truth["date"], "customer": m.truth["customer"],
            "layout": m.truth["layout"], "family": family(m), "kind": m.truth["kind"], "kind_alt": m.truth["kind_alt"], "direction": direction(m),
            "items": items, "notes": m.truth["notes"]}


def config_text():
    lines = ["# Config for the price evaluation set (bench/price_eval/README.md).",
             "# bench/price_accuracy copies it with root pointed at a temporary archive.", "",
             "[archive]", 'root = "archive"', "own_domains = [" + ", ".join(f'"{d}"' for d in OWN_DOMAINS) + "]", ""]
    for slug, (name, domains, category, grade, owner) in CUSTOMERS.items():
        lines += ["[[customer]]", f'name = "{name}"', f'slug = "{slug}"',
                  "domains = [" + ", ".join(f'"{d}"' for d in domains) + "]",
                  f'category = "{category}"', f'grade = "{grade}"', f'owner = "{owner}"', ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--check", action="store_true", help="regenerate into a temp dir and compare with --out")
    args = ap.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build(Path(tmp))
            cmp = filecmp.dircmp(tmp, args.out)
            diffs = list(cmp.diff_files) + list(cmp.left_only)
            sub = filecmp.dircmp(Path(tmp) / "mails", args.out / "mails")
            diffs += [f"mails/{f}" for f in sub.diff_files + sub.left_only + sub.right_only]
            if diffs:
                print("differs:", " ".join(sorted(diffs)))
                return 1
            print("identical")
            return 0
    for old in (args.out / "mails").glob("*.eml"):
        old.unlink()
    mails = build(args.out)
    n_items = sum(len(m.truth["items"]) for m in mails)
    layouts = {m.truth["layout"] for m in mails}
    size = sum(p.stat().st_size for p in (args.out / "mails").glob("*.eml"))
    print(f"{len(mails)} mails, {len(layouts)} layouts, {n_items} items, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

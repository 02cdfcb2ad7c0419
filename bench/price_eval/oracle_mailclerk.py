#!/usr/bin/env python3
"""A stand-in for the mailclerk binary that answers from truth.json, to test bench/price_accuracy.

    oracle_mailclerk.py -c CONFIG inspect MAIL --json     the mail's truth items (as price_items)
    oracle_mailclerk.py -c CONFIG import FILE...          nothing (exit 0)
    oracle_mailclerk.py -c CONFIG prices SLUG --json      the customer's expected current list

ORACLE_CORRUPT changes the answers so the scorer must notice:
    price    every third item one cent dearer (inspect and prices)
    unit     units dropped
    extra    a total row added to every mail, a stray product added to every price list
    status   agreed/ordered items reported without a status (they read as quoted)
Standard library only.
"""

import json
import os
import sys
from decimal import Decimal
from pathlib import Path

TRUTH = json.loads((Path(__file__).resolve().parent / "truth.json").read_text(encoding="utf-8"))
CORRUPT = os.environ.get("ORACLE_CORRUPT", "")


def spoil(items):
    out = []
    for n, it in enumerate(items):
        it = dict(it)
        if CORRUPT == "price" and n % 3 == 0:
            it["unit_price"] = str(Decimal(it["unit_price"]) + Decimal("0.01"))
        if CORRUPT == "unit":
            it["unit"] = ""
        if CORRUPT == "status" and it.get("status") in ("agreed", "ordered"):
            del it["status"]
        out.append(it)
    return out


def main(argv):
    args = [a for a in argv if a != "--json"]
    if args[:1] == ["-c"]:
        args = args[2:]
    cmd, rest = args[0], args[1:]
    if cmd == "import":
        return 0
    if cmd == "inspect":
        name = Path(rest[0]).name
        mail = next(m for m in TRUTH["mails"] if Path(m["file"]).name == name)
        items = spoil([{k: v for k, v in t.items() if k != "from_history"} for t in mail["items"]
                       if not t.get("from_history")])
        if CORRUPT == "extra":
            items.append({"product": "Total", "model": "", "unit_price": "1000.00", "currency": "USD", "unit": ""})
        print(json.dumps({"kind": mail["kind"], "customers": [mail["customer"]] if mail["customer"] else [],
                          "price_items": items}, ensure_ascii=False))
        return 0
    if cmd == "prices":
        items = spoil(TRUTH["current"].get(rest[0], []))
        if CORRUPT == "extra":
            items.append({"product": "Freight", "model": "", "unit_price": "450.00", "currency": "USD", "unit": ""})
        print(json.dumps({"customer": rest[0], "items": items, "history": []}, ensure_ascii=False))
        return 0
    print(f"oracle: unknown command {cmd}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

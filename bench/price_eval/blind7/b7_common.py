"""Shared bits of the blind7 scenarios: our company, and the writers of the other sets imported
through blind6's b6_common (the holdout's MIME writer, blind3/blind4's documents, blind5's HTML
helpers, blind6's .ods/.rtf); nothing copied."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind6"))

from b6_common import b3_docs, b4_docs, ho_mail, html_doc, item, mail, table, td, th  # noqa: E402,F401

OWN_DOMAINS = ["karoo-sourcing.co.za"]
THANDI = ("Thandi Mokoena", "thandi.mokoena@karoo-sourcing.co.za")
PIETER = ("Pieter van Wyk", "pieter.vanwyk@karoo-sourcing.co.za")

OUR_SIGNATURE = """--
Thandi Mokoena | Senior Buyer
Karoo Industrial Sourcing (Pty) Ltd | 14 Electron Avenue, Isando, Kempton Park 1600, South Africa
T +27 11 392 4470 | M +27 82 551 0937 | Reg. 2011/004417/07 | VAT 4470251863
"""


def aligned(rows, widths):
    """A plain-text table: each row's cells padded to widths ((width, right-aligned), ...)."""
    out = []
    for r in rows:
        line = ""
        for c, (w, right) in zip(r, widths):
            line += (c.rjust(w) if right else c.ljust(w)) + "  "
        out.append(line.rstrip())
    return "\n".join(out)


def item_table(header, rows, foot=()):
    """An HTML item table: header cells, data rows, then foot rows (label, value) whose label spans
    every column but the last."""
    span = f'colspan="{len(header) - 1}"'
    html_rows = ["".join(th(h) for h in header)] + ["".join(td(c) for c in r) for r in rows]
    html_rows += [td(label, span) + td(value) for label, value in foot]
    return table(html_rows)

"""The item model and the text/HTML/CSV table renderers of the price evaluation set.

A document is a list of Items (what the truth records) laid out through a list of Cols (what the
sender's template shows, in their language, order and number style). The same Items feed every
renderer, so truth.json and the bytes can never disagree.
"""

import html as htmlmod
from dataclasses import dataclass, field
from decimal import Decimal

from pe_fmt import ljust, num, places_for, q, qty, rjust, width


@dataclass
class Item:
    product: str  # product name as the document writes it ('' when the row names only a model)
    model: str  # model / part number as written ('' when none)
    unit_doc: str  # unit as the document writes it ('' when none)
    unit: str  # canonical unit for the truth ('' when the document gives none)
    price: Decimal
    currency: str
    qty: Decimal = None
    spec: str = ""  # a separate size/spec column; the truth model is "model spec"
    remark: str = ""
    extra: dict = field(default_factory=dict)
    counts: bool = True  # False: a row that is shown but is not a price (e.g. a target price)
    old_price: Decimal = None  # price-adjustment notices: the price before
    status: str = "quoted"

    @property
    def amount(self):
        if self.qty is None:
            return None
        return q(self.qty * self.price, places_for(self.currency))

    def truth_model(self):
        return " ".join(p for p in (self.model, self.spec) if p)

    def truth(self):
        from pe_fmt import dec, qdec

        return {
            "product": self.product,
            "model": self.truth_model(),
            "unit_price": dec(self.price, max(places_for(self.currency), _places(self.price))),
            "currency": self.currency,
            "unit": self.unit,
            "quantity": qdec(self.qty) if self.qty is not None else "",
            "status": self.status,
        }


def _places(value):
    exp = value.normalize().as_tuple().exponent
    return max(2, -exp) if exp < 0 else 2


@dataclass
class Fmt:
    """How a document writes numbers."""

    style: str = "us"  # see pe_fmt.STYLES
    places: int = 2  # decimals of unit prices
    amount_places: int = None
    qty_style: str = None
    price_prefix: str = ""  # 'US$', '€ ', 'NT$', '¥'
    price_suffix: str = ""  # ' €', '元', ' EUR'
    amount_prefix: str = None
    amount_suffix: str = None
    qty_unit: bool = False  # write '1,000 pcs' in the quantity cell

    def price(self, v):
        return f"{self.price_prefix}{num(v, self.style, self.places)}{self.price_suffix}"

    def amount(self, v):
        pre = self.price_prefix if self.amount_prefix is None else self.amount_prefix
        suf = self.price_suffix if self.amount_suffix is None else self.amount_suffix
        places = self.places if self.amount_places is None else self.amount_places
        return f"{pre}{num(v, self.style, places)}{suf}"

    def quantity(self, item):
        text = qty(item.qty, self.qty_style or self.style)
        if self.qty_unit and item.unit_doc:
            sep = "" if any(ord(c) > 0x2E80 for c in item.unit_doc) else " "
            text += sep + item.unit_doc
        return text


@dataclass
class Col:
    header: str
    kind: str  # idx product model spec unit qty price amount currency remark extra:<key> old const:<text>
    align: str = "l"
    width: float = 0  # relative width for PDF/DOCX/XLSX layouts


def cell(col, item, i, fmt):
    """(text, number-or-None) of one cell."""
    k = col.kind
    if k == "idx":
        return str(i), i
    if k == "idx10":
        return str(i * 10), i * 10
    if k == "product":
        return item.product, None
    if k == "model":
        return item.model, None
    if k == "spec":
        return item.spec, None
    if k == "product_model":
        return " ".join(p for p in (item.product, item.model, item.spec) if p), None
    if k == "unit":
        return item.unit_doc, None
    if k == "qty":
        return ("" if item.qty is None else fmt.quantity(item)), item.qty
    if k == "price":
        return fmt.price(item.price), item.price
    if k == "old":
        return fmt.price(item.old_price), item.old_price
    if k == "amount":
        a = item.amount
        return ("" if a is None else fmt.amount(a)), a
    if k == "currency":
        return item.currency, None
    if k == "remark":
        return item.remark, None
    if k.startswith("extra:"):
        return str(item.extra.get(k[6:], "")), None
    if k.startswith("const:"):
        return k[6:], None
    raise ValueError(k)


def rows_of(cols, items, fmt, start=1):
    return [[cell(c, it, start + n, fmt)[0] for c in cols] for n, it in enumerate(items)]


def text_table(cols, items, fmt, footer=(), style="spaces", gap=2, start=1, indent=""):
    """A table typed into a plain-text mail.

    style: 'spaces' (aligned by display width), 'rule' (aligned, with ---- lines), 'pipes'
    (| a | b |), 'tabs' (one tab between cells, not aligned), 'fullwidth' (ideographic spaces)."""
    head = [c.header for c in cols]
    body = rows_of(cols, items, fmt, start)
    foot = []
    amount_col = next((n for n, c in enumerate(cols) if c.kind == "amount"), len(cols) - 1)
    label_col = next((n for n, c in enumerate(cols) if c.kind in ("product", "product_model")), 1)
    for label, value in footer:
        row = [""] * len(cols)
        row[label_col] = label
        row[amount_col] = value if isinstance(value, str) else fmt.amount(value)
        foot.append(row)
    if style == "tabs":
        return "\n".join(indent + "\t".join(r).rstrip() for r in [head] + body + foot)
    if style == "fullwidth":
        return "\n".join(indent + "\u3000".join(x for x in r if x) for r in [head] + body + foot)
    all_rows = [head] + body + foot
    widths = [max(width(r[n]) for r in all_rows) for n in range(len(cols))]

    def line(r):
        parts = []
        for n, text in enumerate(r):
            just = rjust if cols[n].align == "r" else ljust
            parts.append(just(text, widths[n]))
        if style == "pipes":
            return indent + "| " + " | ".join(parts) + " |"
        return indent + (" " * gap).join(parts).rstrip()

    total = sum(widths) + gap * (len(cols) - 1)
    out = [line(head)]
    if style == "pipes":
        rule = indent + "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        out = [rule, line(head), rule] + [line(r) for r in body] + [rule] + [line(r) for r in foot]
        if foot:
            out.append(rule)
        return "\n".join(out)
    if style == "rule":
        out = [indent + "-" * total, line(head), indent + "-" * total]
        out += [line(r) for r in body]
        out.append(indent + "-" * total)
        out += [line(r) for r in foot]
        return "\n".join(out)
    out += [line(r) for r in body]
    if foot:
        out.append(indent + " " * (total - 12) + "-" * 12)
        out += [line(r) for r in foot]
    return "\n".join(out)


def esc(text):
    return htmlmod.escape(text, quote=False)


_OUTLOOK_TD = (
    "border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt"
)


def _outlook_cell(text, tag="td", align="l", extra="", bold=False, lang="EN-US", bg=None):
    style = _OUTLOOK_TD + (f";background:{bg}" if bg else "")
    al = " align=right" if align == "r" else (" align=center" if align == "c" else "")
    inner = esc(text) if text else "&nbsp;"
    inner = inner.replace("\u00a0", "&nbsp;")
    if bold:
        inner = f"<b>{inner}</b>"
    return (
        f"<{tag} valign=top style='{style}'{extra}>"
        f"<p class=MsoNormal{al}><span lang={lang} style='font-size:10.0pt;"
        f"font-family:\"Arial\",sans-serif'>{inner}<o:p></o:p></span></p></{tag}>"
    )


def html_table(cols, items, fmt, footer=(), flavor="outlook", group_col=None, header_rows=None,
               start=1, lang="EN-US", caption_rows=()):
    """An HTML table as mail clients write it.

    flavor: 'outlook' (MsoNormalTable, <p class=MsoNormal> in every cell), 'plain' (Thunderbird,
    webmail: bare <td>), 'foxmail' (inline styles, <td> with font tags).
    group_col: index of a column whose equal consecutive values are merged with rowspan (a product
    name spanning its size rows). header_rows: optional list of header rows, each a list of
    (text, colspan, rowspan), replacing the single header row built from the Cols."""
    body = rows_of(cols, items, fmt, start)
    spans = {}
    if group_col is not None:
        r = 0
        while r < len(body):
            n = 1
            while r + n < len(body) and body[r + n][group_col] == body[r][group_col]:
                n += 1
            spans[r] = n
            for k in range(1, n):
                spans[r + k] = 0
            r += n
    if flavor == "outlook":
        out = [
            "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>"
        ]
    elif flavor == "foxmail":
        out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;'
               'font-size:13px;font-family:宋体,SimSun">']
    else:
        out = ['<table border="1" cellpadding="3" cellspacing="0">']
    for cap in caption_rows:
        out.append(f"<tr><td colspan={len(cols)}>{esc(cap)}</td></tr>")

    def td(text, align="l", attrs="", tag="td", bold=False):
        if flavor == "outlook":
            return _outlook_cell(text, tag, align, attrs, bold, lang)
        al = ' align="right"' if align == "r" else ""
        inner = esc(text).replace("\u00a0", "&nbsp;") if text else "&nbsp;"
        if bold:
            inner = f"<b>{inner}</b>"
        if flavor == "foxmail":
            return f'<{tag}{al}{attrs} style="border:1px solid #000000"><font size="2">{inner}</font></{tag}>'
        return f"<{tag}{al}{attrs}>{inner}</{tag}>"

    if header_rows:
        for hr in header_rows:
            cells = []
            for text, cs, rs in hr:
                attrs = (f" colspan={cs}" if cs > 1 else "") + (f" rowspan={rs}" if rs > 1 else "")
                cells.append(td(text, "l", attrs, "td", True))
            out.append("<tr>" + "".join(cells) + "</tr>")
    else:
        out.append("<tr>" + "".join(td(c.header, "l", "", "td", True) for c in cols) + "</tr>")
    for r, row in enumerate(body):
        cells = []
        for n, text in enumerate(row):
            if n == group_col:
                if spans[r] == 0:
                    continue
                attrs = f" rowspan={spans[r]}" if spans[r] > 1 else ""
                cells.append(td(text, "l", attrs))
            else:
                cells.append(td(text, cols[n].align))
        out.append("<tr>" + "".join(cells) + "</tr>")
    amount_col = next((n for n, c in enumerate(cols) if c.kind == "amount"), len(cols) - 1)
    for label, value in footer:
        text = value if isinstance(value, str) else fmt.amount(value)
        attrs = f" colspan={amount_col}" if amount_col > 1 else ""
        cells = [td(label, "r", attrs, bold=True), td(text, "r")]
        cells += [td("") for _ in range(len(cols) - amount_col - 1)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def csv_text(cols, items, fmt, delimiter=",", footer=(), preamble=(), quote_all=False, start=1):
    """CSV as an ERP or Excel writes it (Excel quotes only cells that need it)."""

    def quote(text):
        if quote_all or any(c in text for c in (delimiter, '"', "\n")):
            return '"' + text.replace('"', '""') + '"'
        return text

    lines = [delimiter.join(quote(p) for p in pre) for pre in preamble]
    lines.append(delimiter.join(quote(c.header) for c in cols))
    for row in rows_of(cols, items, fmt, start):
        lines.append(delimiter.join(quote(x) for x in row))
    amount_col = next((n for n, c in enumerate(cols) if c.kind == "amount"), len(cols) - 1)
    for label, value in footer:
        row = [""] * len(cols)
        row[max(0, amount_col - 1)] = label
        row[amount_col] = value if isinstance(value, str) else fmt.amount(value)
        lines.append(delimiter.join(quote(x) for x in row))
    return "\r\n".join(lines) + "\r\n"


def total_of(items):
    s = Decimal(0)
    for it in items:
        if it.amount is not None:
            s += it.amount
    return s

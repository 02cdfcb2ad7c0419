"""Shared bits of the blind set: our own people and small HTML helpers."""

from html import escape

US = ("Amy Leung", "amy.leung@kestrel-sourcing.com")
US_CN = ("梁敏仪 Amy", "amy.leung@kestrel-sourcing.com")
US_JA = ("Amy Leung", "amy.leung@kestrel-sourcing.com")
OWN = ["kestrel-sourcing.com"]


def html_page(body, lang="zh-CN"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body lang="{lang}" style="font-family:Arial">{body}</body></html>')


def table(rows, border=1, header=True, raw_cells=False):
    """A plain HTML table; the first row as <th> when header; cells escaped unless raw_cells."""
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4">']
    for r, row in enumerate(rows):
        tag = "th" if header and r == 0 else "td"
        cells = "".join(f"<{tag}>{c if raw_cells else escape(c)}</{tag}>" for c in row)
        out.append(f"<tr>{cells}</tr>")
    return "".join(out) + "</table>"

"""Documents for blind4: blind3's writers (../blind3/b3_docs.py: zip, DOCX, CSV, PDF strings,
the Page layout) and what blind4 adds: XLSX formula cells with cached values, a per-column number
format, the WPS application name; PDFs of several pages. Standard library only; deterministic:
fixed zip times, no clocks."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind3"))

import b3_docs  # noqa: E402
from b3_docs import _col, _pdf_str, _zip, csv_bytes, docx, n  # noqa: E402,F401


def xlsx(rows, sheet="Quotation", merges=(), money_cols=(), price_cols=(), app="Microsoft Excel"):
    """blind3's xlsx() as blind4 writes every workbook: with the 0.00 format and the writer's name."""
    return b3_docs.xlsx(rows, sheet, merges, money_cols, price_cols, app)


def f(value, formula):
    """A formula XLSX cell with its cached value."""
    return ("f", str(value), formula)


# ------------------------------------------------------------------ DOCX


def pdf(lines, title="Quotation"):
    """One A4 page. lines: (x, y, text, size, bold) in points from the bottom left."""
    return pdf_pages([lines], title)


def pdf_pages(pages, title="Quotation"):
    """A4 pages of (x, y, text, size, bold) lines in points from the bottom left; Helvetica,
    WinAnsi. Text is drawn per cell as a PDF writer of an ERP would: one Tj per cell."""
    streams = []
    for lines in pages:
        ops = []
        for x, y, text, size, bold in lines:
            font = "/F2" if bold else "/F1"
            ops.append(f"BT {font} {size} Tf {x:.1f} {y:.1f} Td {_pdf_str(text)} Tj ET")
        streams.append("\n".join(ops).encode("latin-1"))
    npages = len(pages)
    first_page = 6  # objects 1-5: catalog, pages, two fonts, info
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(npages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title).encode("latin-1") + b" /Producer (b4 writer) >>",
    ]
    for k, stream in enumerate(streams):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                    f"/F2 4 0 R >> >> /Contents {first_page + 2 * k + 1} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    return pdf_file(objs, info=5)


def pdf_file(objs, info, version=b"1.4"):
    """The PDF file of these objects (1-based, object 1 the catalog, `info` the Info dictionary):
    header, bodies, cross-reference table and trailer."""
    out = bytearray(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


class Page(b3_docs.Page):
    """blind3's page, right-aligning by approximate Helvetica widths (0.5 em per character) and
    written by this pdf()."""

    def width(self, text, size):
        return len(text) * size * 0.5

    def build(self, title="Quotation"):
        return pdf(self.lines, title)

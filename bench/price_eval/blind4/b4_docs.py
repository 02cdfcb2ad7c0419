"""Documents for blind4: blind3's writers (../blind3/b3_docs.py: zip, DOCX, CSV, PDF strings,
the Page layout) and what blind4 adds: XLSX formula cells with cached values, a per-column number
format, the WPS application name; PDFs of several pages. Standard library only; deterministic:
fixed zip times, no clocks."""

import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind3"))

import b3_docs  # noqa: E402
from b3_docs import _col, _pdf_str, _zip, csv_bytes, docx, n  # noqa: E402,F401


def xlsx(rows, sheet="Quotation", merges=(), money_cols=(), price_cols=(), app="Microsoft Excel"):
    """rows: lists of cells; a str is a shared string, an int/float/Decimal-like tuple ("n", "12.5")
    a number, ("f", "12.5", "E5*F5") a formula with its cached value. Columns in money_cols get the
    format #,##0.00 (Excel shows 1,250.00), columns in price_cols 0.00; app names the writer."""
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                style = ' s="1"' if c in money_cols else (' s="2"' if c in price_cols else "")
                if v[0] == "f":  # a formula with the value WPS/Excel cached when saving
                    cells.append(f'<c r="{ref}"{style}><f>{v[2]}</f><v>{v[1]}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{style}><v>{v[1]}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    merge_xml = ""
    if merges:
        merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(
            f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns} {rel}>'
                 f'<sheetData>{"".join(xml_rows)}</sheetData>{merge_xml}</worksheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(
               f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
              '<numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel}><sheets>'
                f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pr}">'
               f'<Relationship Id="rId1" Type="{od}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{od}/sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="rId3" Type="{od}/styles" Target="styles.xml"/></Relationships>')
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pr}">'
            f'<Relationship Id="rId1" Type="{od}/officeDocument" Target="xl/workbook.xml"/>'
            f'<Relationship Id="rId2" Type="{od}/extended-properties" Target="docProps/app.xml"/></Relationships>')
    app_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
               f'openxmlformats.org/officeDocument/2006/extended-properties"><Application>{escape(app)}</Application>'
               '</Properties>')
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{sml}.worksheet+xml"/>'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>'
             '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'extended-properties+xml"/></Types>')
    return _zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                 ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles), ("docProps/app.xml", app_xml)])


def n(value):
    """A numeric XLSX cell."""
    return ("n", str(value))


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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


class Page(b3_docs.Page):
    """blind3's page, right-aligning by approximate Helvetica widths (0.5 em per character) and
    written by this pdf()."""

    def width(self, text, size):
        return len(text) * size * 0.5

    def build(self, title="Quotation"):
        return pdf(self.lines, title)

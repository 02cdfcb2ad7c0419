"""Documents for the blind set, written with the standard library only: XLSX and DOCX as zipped
XML, one-page PDFs with the standard Helvetica font, CSV. Deterministic: fixed zip times, no clocks."""

import io
import zipfile
from xml.sax.saxutils import escape

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


# ------------------------------------------------------------------ XLSX


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Quotation", merges=(), money_cols=(), price_cols=None, app=None):
    """rows: lists of cells; a str is a shared string, an int/float/Decimal-like tuple ("n", "12.5")
    a number, ("f", "12.5", "E5*F5") a formula with its cached value. Columns in money_cols get the
    format #,##0.00 (Excel shows 1,250.00). blind4's additions, off unless given: price_cols, the
    columns of a second format 0.00 (given at all, even empty, the workbook carries that format);
    app, the writer named in docProps/app.xml."""
    strings, index = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                style = ' s="1"' if c in money_cols else (' s="2"' if c in (price_cols or ()) else "")
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
    formats = ['<numFmt numFmtId="164" formatCode="#,##0.00"/>']
    if price_cols is not None:
        formats.append('<numFmt numFmtId="165" formatCode="0.00"/>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
              f'<numFmts count="{len(formats)}">{"".join(formats)}</numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(formats) + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              + "".join(f'<xf numFmtId="{164 + k}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
                        for k in range(len(formats))) + '</cellXfs>'
              '</styleSheet>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel}><sheets>'
                f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    wb_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pr}">'
               f'<Relationship Id="rId1" Type="{od}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{od}/sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="rId3" Type="{od}/styles" Target="styles.xml"/></Relationships>')
    app_rel, app_type, app_part = "", "", []
    if app is not None:
        app_rel = f'<Relationship Id="rId2" Type="{od}/extended-properties" Target="docProps/app.xml"/>'
        app_type = ('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.extended-properties+xml"/>')
        app_part = [("docProps/app.xml",
                     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
                     f'openxmlformats.org/officeDocument/2006/extended-properties"><Application>{escape(app)}'
                     '</Application></Properties>')]
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pr}">'
            f'<Relationship Id="rId1" Type="{od}/officeDocument" Target="xl/workbook.xml"/>{app_rel}</Relationships>')
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{sml}.worksheet+xml"/>'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>{app_type}</Types>')
    return _zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                 ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet_xml),
                 ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)] + app_part)


def n(value):
    """A numeric XLSX cell."""
    return ("n", str(value))


# ------------------------------------------------------------------ DOCX


def _para(text, bold=False):
    runs = []
    for k, line in enumerate(text.split("\n")):
        if k:
            runs.append("<w:r><w:br/></w:r>")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>')
    return f"<w:p>{''.join(runs)}</w:p>"


def docx(blocks):
    """blocks: strings (paragraphs, "\\n" = line break) or lists of rows (a table; first row bold)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_para(b))
            continue
        rows = []
        for r, row in enumerate(b):
            cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{_para(c, r == 0)}</w:tc>'
                            for c in row)
            rows.append(f"<w:tr>{cells}</w:tr>")
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                    f'</w:tblPr>{"".join(rows)}</w:tbl>')
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{w}"><w:body>'
           f'{"".join(body)}<w:sectPr/></w:body></w:document>')
    pr = "http://schemas.openxmlformats.org/package/2006/relationships"
    od = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{pr}">'
            f'<Relationship Id="rId1" Type="{od}/officeDocument" Target="word/document.xml"/></Relationships>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    return _zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ------------------------------------------------------------------ PDF


def _pdf_str(text):
    data = text.encode("cp1252")
    out = []
    for b in data:
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def pdf(lines, title="Quotation"):
    """One A4 page. lines: (x, y, text, size, bold) in points from the bottom left; Helvetica,
    WinAnsi. Text is drawn word by word per item as a PDF writer of an ERP would: one Tj per cell."""
    ops = []
    for x, y, text, size, bold in lines:
        font = "/F2" if bold else "/F1"
        ops.append(f"BT {font} {size} Tf {x:.1f} {y:.1f} Td {_pdf_str(text)} Tj ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title).encode("latin-1") + b" /Producer (b3 writer) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# Helvetica advance widths (per 1000 em) of the characters the documents use; 556 otherwise.
_NARROW = {c: 278 for c in " .,:;/-()[]'"}
_NARROW.update({"i": 222, "l": 222, "j": 222, "I": 278, "f": 278, "t": 278, "r": 333})
_WIDE = {c: 667 for c in "ABEKPSVXY"}
_WIDE.update({c: 722 for c in "CDHNRUw"}, M=833, W=944, m=833, G=778, O=778, Q=778)


def text_width(text, size):
    """The width of text in Helvetica at this size, in points (close enough to right-align)."""
    return sum(_NARROW.get(c, _WIDE.get(c, 556)) for c in text) * size / 1000


class Page:
    """Builds the (x, y, text, size, bold) lines of a pdf() page top-down."""

    def __init__(self):
        self.lines = []
        self.y = 800.0

    def text(self, text, x=50, size=10, bold=False, dy=14):
        self.lines.append((x, self.y, text, size, bold))
        self.y -= dy

    def row(self, cells, xs, size=9, bold=False, right=(), dy=13):
        """cells at column x positions; a column in right is right-aligned at its x."""
        for c, (cell, x) in enumerate(zip(cells, xs)):
            if not cell:
                continue
            if c in right:
                x = x - self.width(cell, size)
            self.lines.append((x, self.y, cell, size, bold))
        self.y -= dy

    def width(self, text, size):
        return text_width(text, size)

    def gap(self, dy=8):
        self.y -= dy

    def build(self, title="Quotation"):
        return pdf(self.lines, title)


def csv_bytes(rows, sep=",", encoding="utf-8"):
    def q(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"' if (sep in c or '"' in c or "\n" in c) else c
    return ("\r\n".join(sep.join(q(c) for c in r) for r in rows) + "\r\n").encode(encoding)

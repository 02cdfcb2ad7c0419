"""Documents for the held-out set: XLSX, legacy XLS, DOCX, text PDF, scanned PDF, ZIP."""

import io
import subprocess
import tempfile
import zipfile
from pathlib import Path

FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def xlsx(sheets):
    """sheets: [(title, rows, {"merge": ["A1:E1"], "formats": {col_index: "#,##0.00 €"}})]"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for rng in opts.get("merge", []):
            ws.merge_cells(rng)
        for col, fmt in opts.get("formats", {}).items():
            for row in ws.iter_rows(min_col=col + 1, max_col=col + 1):
                for cell in row:
                    if isinstance(cell.value, (int, float)):
                        cell.number_format = fmt
        for col, width in opts.get("widths", {}).items():
            ws.column_dimensions[col].width = width
    wb.properties.creator = "ERP"
    out = io.BytesIO()
    wb.save(out)
    return zip_fixed(out.getvalue())


def xls(title, rows):
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(title)
    money = xlwt.easyxf(num_format_str="#,##0.00")
    wrap = xlwt.easyxf("align: wrap on")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, float):
                ws.write(r, c, value, money)
            elif isinstance(value, str) and "\n" in value:
                ws.write(r, c, value, wrap)
            elif value is not None:
                ws.write(r, c, value)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def docx(paragraphs_before, header, rows, paragraphs_after, merge_rows=()):
    """A Word document: paragraphs, one table (merge_rows: (row, col_from, col_to) merged), paragraphs."""
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs_before:
        d.add_paragraph(p)
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        t.cell(0, c).text = h
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    for r, a, b in merge_rows:
        t.cell(r, a).merge(t.cell(r, b))
    for p in paragraphs_after:
        d.add_paragraph(p)
    d.core_properties.author = "office"
    out = io.BytesIO()
    d.save(out)
    return zip_fixed(out.getvalue())


def zip_fixed(data):
    """Rewrite a zip with fixed entry times, so the set regenerates byte for byte."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*<", rb"<dcterms:\1 xsi:type=\"dcterms:W3CDTF\">2025-01-01T00:00:00Z<", body)
            z.writestr(zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0)), body)
    return out.getvalue()


def zip_of(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files:
            info = zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0))
            info.flag_bits |= 0x800  # UTF-8 names
            z.writestr(info, body)
    return out.getvalue()


def pdf(lines, table=None, cjk=False, col_x=None, after=()):
    """A one-page PDF: text lines, then a table (header + rows) at column x positions, then lines."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = "Helvetica"
    if cjk:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("WQY", FONT_CJK, subfontIndex=0))
        font = "WQY"
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        c.setFont(font, 10)
        c.drawString(50, y, line)
        y -= 16
    if table:
        y -= 8
        header, rows, aligns = table
        for r, row in enumerate([header] + rows):
            c.setFont(font, 9)
            for k, cell in enumerate(row):
                x = col_x[k]
                if aligns[k] == "r" and r > 0:
                    right = col_x[k + 1] - 8 if k + 1 < len(col_x) else 560
                    c.drawRightString(right, y, cell)
                else:
                    c.drawString(x, y, cell)
            if r == 0:
                c.line(50, y - 4, 560, y - 4)
            y -= 15
        c.line(50, y + 10, 560, y + 10)
    y -= 10
    for line in after:
        c.setFont(font, 9)
        c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    return out.getvalue()


def scanned(pdf_bytes):
    """Rasterise at 200 dpi in grey and wrap the image in a PDF: no text layer left."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(src), str(Path(tmp) / "p")],
                       check=True)
        from PIL import Image, ImageFilter
        img = Image.open(Path(tmp) / "p.png").convert("L").rotate(0.4, fillcolor=255, resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jpg = io.BytesIO()
        img.save(jpg, "JPEG", quality=80, dpi=(200, 200))
        return subprocess.run(["img2pdf", "--creationdate", "2025-01-01", "--moddate", "2025-01-01", "-"],
                              input=jpg.getvalue(), capture_output=True, check=True).stdout

"""Office documents for the price evaluation set: XLSX, XLS, DOCX and zip containers. PDFs and
images are in pe_pdf (re-exported here, so scenarios use one module).

Each writer returns bytes. Everything that would carry a clock or a random id is pinned:
zip entries get a fixed time, docProps/core.xml the document's own date, reportlab runs with
invariant=1, img2pdf gets fixed dates, image noise comes from random.Random(seed).
"""

import io
import re
import zipfile
from decimal import Decimal

from pe_tables import cell

ZIP_TIME = (2025, 1, 1, 0, 0, 0)



# ---------------------------------------------------------------- zip containers


def normalize_zip(data, when=None, rename=None):
    """Rewrite a zip (xlsx, docx, zip) with fixed entry times and a pinned docProps/core.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml" and when:
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", when.encode(), body)
            if rename and info.filename in rename:
                body = rename[info.filename](body)
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


_INLINE = re.compile(r'<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t( xml:space="preserve")?>(.*?)</t></is></c>', re.S)


def shared_strings(data):
    """Turn openpyxl's inline strings into a shared-string table, as Excel itself saves cells."""
    src = zipfile.ZipFile(io.BytesIO(data))
    table, index = [], {}
    files = {}
    for info in src.infolist():
        body = src.read(info.filename)
        if info.filename.startswith("xl/worksheets/sheet"):
            def repl(m):
                key = (m.group(3) or "", m.group(4))
                if key not in index:
                    index[key] = len(table)
                    table.append(key)
                return f'<c r="{m.group(1)}"{m.group(2) or ""} t="s"><v>{index[key]}</v></c>'

            body = _INLINE.sub(repl, body.decode("utf-8")).encode("utf-8")
        files[info.filename] = body
    count = sum(len(_INLINE.findall(src.read(n).decode("utf-8"))) for n in src.namelist() if n.startswith("xl/worksheets/sheet"))
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
           f'spreadsheetml/2006/main" count="{count}" uniqueCount="{len(table)}">']
    sst += [f"<si><t{space}>{text}</t></si>" for space, text in table]
    sst.append("</sst>")
    files["xl/sharedStrings.xml"] = "".join(sst).encode("utf-8")
    rels = files["xl/_rels/workbook.xml.rels"].decode("utf-8")
    files["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", '<Relationship Type="http://schemas.openxml'
                                                       'formats.org/officeDocument/2006/relationships/sharedStrings" '
                                                       'Target="sharedStrings.xml" Id="rIdSst"/></Relationships>').encode("utf-8")
    ct = files["[Content_Types].xml"].decode("utf-8")
    files["[Content_Types].xml"] = ct.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="'
                                              'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                              "</Types>").encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, body in files.items():
            dst.writestr(zipfile.ZipInfo(name, ZIP_TIME), body)
    return out.getvalue()


def zip_files(files, when_tuple=ZIP_TIME):
    """A .zip as Windows' "Send to compressed folder" makes it: [(name, bytes)]."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, when_tuple)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800  # UTF-8 name
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- XLSX


def xlsx_quote(spec):
    """A quotation workbook as a sales office builds it in Excel.

    spec keys: sheet, letterhead [(text, size, bold)], info [(label, value)] (two columns),
    info_right [(label, value)], title, cols, items, fmt, header_row (1-based, where the table
    starts), price_format, amount_format, formulas (amount as =qty*price with cached values),
    footer [(label, value|Decimal)], notes [str], price_as_text (bool), date (ISO for core.xml),
    author, col_widths, extra_sheets [(name, rows)]."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get("sheet", "Quotation")
    cols = spec["cols"]
    ncol = len(cols)
    last = openpyxl.utils.get_column_letter(ncol)
    r = 1
    for text, size, bold in spec.get("letterhead", []):
        ws.cell(row=r, column=1, value=text).font = Font(size=size, bold=bold)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        r += 1
    if spec.get("title"):
        r += 1
        ws.cell(row=r, column=1, value=spec["title"]).font = Font(size=16, bold=True)
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        r += 1
    info = spec.get("info", [])
    right = spec.get("info_right", [])
    for n in range(max(len(info), len(right))):
        if n < len(info):
            ws.cell(row=r, column=1, value=info[n][0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=info[n][1])
            if ncol > 4:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        if n < len(right):
            c0 = max(ncol - 1, 4)
            ws.cell(row=r, column=c0, value=right[n][0]).font = Font(bold=True)
            ws.cell(row=r, column=c0 + 1, value=right[n][1])
        r += 1
    r = max(r + 1, spec.get("header_row", r + 1))
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_row = r
    for n, c in enumerate(cols, 1):
        x = ws.cell(row=r, column=n, value=c.header)
        x.font = Font(bold=True)
        x.border = border
        x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fmt = spec["fmt"]
    pf = spec.get("price_format", "#,##0.00")
    af = spec.get("amount_format", pf)
    cached = {}
    col_of = {c.kind: n for n, c in enumerate(cols, 1)}
    for i, it in enumerate(spec["items"], 1):
        r += 1
        for n, c in enumerate(cols, 1):
            text, number = cell(c, it, i, fmt)
            x = ws.cell(row=r, column=n)
            x.border = border
            if c.kind in ("price", "old") and not spec.get("price_as_text"):
                x.value = float(number)
                x.number_format = pf
            elif c.kind == "amount" and number is not None:
                if spec.get("formulas") and "qty" in col_of and "price" in col_of:
                    ql = openpyxl.utils.get_column_letter(col_of["qty"])
                    pl = openpyxl.utils.get_column_letter(col_of["price"])
                    x.value = f"={ql}{r}*{pl}{r}"
                    cached[x.coordinate] = number
                else:
                    x.value = float(number)
                x.number_format = af
            elif c.kind == "qty" and number is not None and not fmt.qty_unit:
                x.value = int(number) if number == int(number) else float(number)
                x.number_format = spec.get("qty_format", "#,##0")
            elif c.kind in ("idx", "idx10"):
                x.value = number
            else:
                x.value = text
    first_item, last_item = header_row + 1, r
    amount_col = col_of.get("amount")
    for label, value in spec.get("footer", []):
        r += 1
        lc = max(1, (amount_col or ncol) - 1)
        ws.cell(row=r, column=lc, value=label).font = Font(bold=True)
        x = ws.cell(row=r, column=amount_col or ncol)
        if isinstance(value, Decimal):
            if label == spec.get("sum_label") and amount_col:
                al = openpyxl.utils.get_column_letter(amount_col)
                x.value = f"=SUM({al}{first_item}:{al}{last_item})"
                cached[x.coordinate] = value
            else:
                x.value = float(value)
            x.number_format = af
        else:
            x.value = value
    r += 1
    for note in spec.get("notes", []):
        r += 1
        ws.cell(row=r, column=1, value=note)
    for n, w in enumerate(spec.get("col_widths", []), 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(n)].width = w
    for name, rows in spec.get("extra_sheets", []):
        es = wb.create_sheet(name)
        for row in rows:
            es.append(row)
    wb.properties.creator = spec.get("author", "user")
    wb.properties.lastModifiedBy = spec.get("author", "user")
    buf = io.BytesIO()
    wb.save(buf)
    when = spec.get("date", "2025-01-01") + "T08:00:00Z"
    data = buf.getvalue() if spec.get("inline_strings") else shared_strings(buf.getvalue())
    return normalize_zip(data, when, _cached_patch(cached))


def _cached_patch(cached):
    """openpyxl writes formulas without results; Excel stores the last result in <v>. Put it in."""
    if not cached:
        return None

    def patch(body):
        text = body.decode("utf-8")
        for ref, value in cached.items():
            v = format(Decimal(value).normalize(), "f")
            text = re.sub(
                rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?',
                lambda m: f"{m.group(1)}{m.group(2)}<v>{v}</v>",
                text,
            )
        return text.encode("utf-8")

    return {"xl/worksheets/sheet1.xml": patch}


# ---------------------------------------------------------------- XLS (BIFF8)


def xls_quote(spec):
    """A legacy .xls (BIFF8) as old ERPs and Excel 2003 templates still write it."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(spec.get("sheet", "Sheet1"))
    cols = spec["cols"]
    ncol = len(cols)
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 320; align: horiz center")
    head = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; align: horiz center, wrap on")
    boxed = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
    money = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin", num_format_str=spec.get("price_format", "#,##0.00"))
    count = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0")
    r = 0
    for text, _size, is_bold in spec.get("letterhead", []):
        ws.write_merge(r, r, 0, ncol - 1, text, title if is_bold else xlwt.easyxf("align: horiz center"))
        r += 1
    if spec.get("title"):
        r += 1
        ws.write_merge(r, r, 0, ncol - 1, spec["title"], title)
        r += 1
    for label, value in spec.get("info", []):
        ws.write(r, 0, label, bold)
        ws.write(r, 1, value)
        r += 1
    r += 1
    for n, c in enumerate(cols):
        ws.write(r, n, c.header, head)
    fmt = spec["fmt"]
    for i, it in enumerate(spec["items"], 1):
        r += 1
        for n, c in enumerate(cols):
            text, number = cell(c, it, i, fmt)
            if c.kind in ("price", "amount", "old") and number is not None:
                ws.write(r, n, float(number), money)
            elif c.kind == "qty" and number is not None:
                ws.write(r, n, float(number), count)
            elif c.kind in ("idx", "idx10"):
                ws.write(r, n, number, boxed)
            else:
                ws.write(r, n, text, boxed)
    amount_col = next((n for n, c in enumerate(cols) if c.kind == "amount"), ncol - 1)
    for label, value in spec.get("footer", []):
        r += 1
        ws.write(r, amount_col - 1, label, bold)
        if isinstance(value, Decimal):
            ws.write(r, amount_col, float(value), money)
        else:
            ws.write(r, amount_col, value)
    r += 1
    for note in spec.get("notes", []):
        r += 1
        ws.write(r, 0, note)
    for n, w in enumerate(spec.get("col_widths", [])):
        ws.col(n).width = int(w * 256)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX


def docx_doc(spec):
    """A Word quotation or contract.

    spec: header_lines [(text, size, bold, align)], paragraphs_before [str|(text, bold)],
    cols, items, fmt, footer [(label, value)], merge_product (vertically merge equal product
    cells), paragraphs_after, signature_table [(left, right)], date, author, font (east-asian)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = spec.get("latin_font", "Calibri")
    style.font.size = Pt(spec.get("size", 10.5))
    if spec.get("font"):
        style.element.rPr.rFonts.set(qn("w:eastAsia"), spec["font"])
    align = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "l": WD_ALIGN_PARAGRAPH.LEFT}
    for text, size, is_bold, al in spec.get("header_lines", []):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold = is_bold
        run.font.size = Pt(size)
        p.alignment = align[al]

    def paragraphs(items):
        for para in items:
            text, is_bold = (para, False) if isinstance(para, str) else para
            p = d.add_paragraph()
            p.add_run(text).bold = is_bold

    paragraphs(spec.get("paragraphs_before", []))
    cols, fmt, items = spec["cols"], spec["fmt"], spec["items"]
    footer = spec.get("footer", [])
    table = d.add_table(rows=1 + len(items) + len(footer), cols=len(cols))
    table.style = "Table Grid"
    for n, c in enumerate(cols):
        table.cell(0, n).text = c.header
        for run in table.cell(0, n).paragraphs[0].runs:
            run.bold = True
    for i, it in enumerate(items, 1):
        for n, c in enumerate(cols):
            text, _ = cell(c, it, i, fmt)
            table.cell(i, n).text = text
            if c.align == "r":
                table.cell(i, n).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if spec.get("merge_product"):
        pc = next(n for n, c in enumerate(cols) if c.kind == "product")
        start = 1
        while start <= len(items):
            end = start
            while end + 1 <= len(items) and items[end].product == items[start - 1].product:
                end += 1
            if end > start:
                merged = table.cell(start, pc).merge(table.cell(end, pc))
                merged.text = items[start - 1].product
            start = end + 1
    amount_col = next((n for n, c in enumerate(cols) if c.kind == "amount"), len(cols) - 1)
    for k, (label, value) in enumerate(footer):
        row = 1 + len(items) + k
        left = table.cell(row, 0).merge(table.cell(row, amount_col - 1)) if amount_col > 1 else table.cell(row, 0)
        left.text = label
        table.cell(row, amount_col).text = value if isinstance(value, str) else fmt.amount(value)
        table.cell(row, amount_col).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraphs(spec.get("paragraphs_after", []))
    sig = spec.get("signature_table")
    if sig:
        st = d.add_table(rows=len(sig), cols=2)
        for n, (left, right) in enumerate(sig):
            st.cell(n, 0).text = left
            st.cell(n, 1).text = right
    cp = d.core_properties
    cp.author = spec.get("author", "user")
    cp.last_modified_by = spec.get("author", "user")
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    when = spec.get("date", "2025-01-01") + "T08:00:00Z"
    return normalize_zip(buf.getvalue(), when)


from pe_pdf import (  # noqa: E402  (re-exported)
    content_box, degrade, image_pdf, jpeg, pdf_doc, png, rasterize, red_seal, seal_last_line)

__all__ = ["normalize_zip", "shared_strings", "zip_files", "xlsx_quote", "xls_quote", "docx_doc", "content_box",
           "degrade", "image_pdf", "jpeg", "pdf_doc", "png", "rasterize", "red_seal", "seal_last_line"]

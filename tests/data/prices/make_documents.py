#!/usr/bin/python3
"""Writes the documents of tests/data/prices with the tools other companies' software uses:
openpyxl (XLSX), xlwt (legacy XLS), an .ods and an .odt as LibreOffice writes them, python-docx (DOCX), reportlab (text PDF and an image-only
"scanned" PDF) and Pillow (a PNG photo of a price table). Run with Debian's python3
(python3-openpyxl python3-xlwt python3-docx python3-reportlab python3-pil, fonts-dejavu-core,
fonts-wqy-microhei); the outputs are committed so the tests need none of them. Zip containers
are rewritten with a fixed timestamp so that the files are deterministic."""
import io
import os
import zipfile

import docx
import openpyxl
import xlwt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl.styles import Font
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def path(name):
    return os.path.join(HERE, name)


def fixed_zip(name):
    """Rewrites a zip container with every entry dated 2026-01-01 (deterministic bytes)."""
    with zipfile.ZipFile(path(name)) as src:
        entries = [(info, src.read(info)) for info in src.infolist()]
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as dst:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, data)


# 1. A German quotation written by openpyxl: header block, a two-row header (Einzelpreis over
# "EUR"), continental number formats, a product merged over two rows, a hidden cost column
# that must never be read, a formula amount without a cached value, totals and VAT.
def openpyxl_quote():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Angebot"
    ws["A1"] = "Hydraulik Handel GmbH - Angebot AN-2026-117"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Lieferbedingung: CIF Hamburg"
    ws["A3"] = "Angebot gültig bis 2026-12-31"
    ws.append([])
    ws.append(["Pos.", "Bezeichnung", "Artikel-Nr.", "Menge", "Einheit", "Einzelpreis",
               "Gesamtpreis", "Kosten"])
    ws.append(["", "", "", "", "", "EUR", "EUR", ""])
    rows = [
        (1, "Hydraulikzylinder", "HZ-50/300", 20, "Stk", 1250.0, 25000.0, 910.0),
        (2, "", "HZ-63/400", 10, "Stk", 1480.5, 14805.0, 1100.0),
        (3, "Dichtungssatz NBR", "DS-50", 100, "Satz", 18.4, 1840.0, 11.0),
        (4, "Schlauchleitung 1/2\"", "SL-12", 50, "Stk", 7.25, "=D10*F10", 4.0),
    ]
    for row in rows:
        ws.append(list(row))
    ws.merge_cells("B7:B8")  # one product name over two sizes
    for r in range(7, 11):
        ws.cell(r, 6).number_format = "#,##0.00"
        ws.cell(r, 7).number_format = "#,##0.00"
        ws.cell(r, 8).number_format = "0.00"
    ws.column_dimensions["H"].hidden = True
    ws.append(["", "Summe", "", "", "", "", 42007.5])
    ws.append(["", "MwSt. 19%", "", "", "", "", 7981.43])
    ws.append(["", "Gesamtbetrag", "", "", "", "", 49988.93])
    wb.properties.creator = "openpyxl"
    wb.save(path("openpyxl_angebot.xlsx"))
    fixed_zip("openpyxl_angebot.xlsx")


# 2. A legacy .xls price list (BIFF8) from a Chinese supplier, xlwt.
def xlwt_price_list():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("报价单")
    sheet.write(0, 0, "宁波恒达阀门有限公司 报价单")
    sheet.write(1, 0, "价格条款：FOB 宁波  币种：人民币  报价有效期：30天")
    header = ["序号", "品名", "型号", "规格", "数量", "单位", "单价(元)", "金额(元)"]
    for c, text in enumerate(header):
        sheet.write(3, c, text)
    rows = [
        (1, "铸钢闸阀", "Z41H-16C", "DN100", 120, "台", 1860.0, 223200.0),
        (2, "铸钢闸阀", "Z41H-16C", "DN150", 60, "台", 3150.0, 189000.0),
        (3, "不锈钢球阀", "Q41F-16P", "DN50", 300, "只", 256.8, 77040.0),
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(7, 1, "合计")
    sheet.write(7, 7, 489240.0)
    book.save(path("xlwt_baojia.xls"))


def set_cell_merge(cell, restart):
    properties = cell._tc.get_or_add_tcPr()
    merge = OxmlElement("w:vMerge")
    if restart:
        merge.set(qn("w:val"), "restart")
    properties.append(merge)


def set_grid_span(cell, span):
    properties = cell._tc.get_or_add_tcPr()
    element = OxmlElement("w:gridSpan")
    element.set(qn("w:val"), str(span))
    properties.append(element)


# 3. A sales contract (DOCX) whose table merges one product name down over two sizes (vMerge)
# and spans the total label over four columns (gridSpan).
def docx_contract():
    document = docx.Document()
    document.add_paragraph("SALES CONTRACT  No. SC-2026-031")
    document.add_paragraph("Buyer: ACME Corp.   Seller: Ningbo Hengda Valves Co., Ltd.")
    document.add_paragraph("Price terms: FOB Ningbo, in USD.")
    table = document.add_table(rows=5, cols=6)
    header = ["No.", "Description", "Size", "Quantity", "Unit Price (USD)", "Amount (USD)"]
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    data = [
        ("1", "Gate valve WCB Class 150", "2\"", "200 pcs", "36.58", "7,316.00"),
        ("2", "", "4\"", "200 pcs", "76.95", "15,390.00"),
        ("3", "Check valve WCB", "3\"", "50 pcs", "58.90", "2,945.00"),
    ]
    for r, row in enumerate(data, start=1):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    set_cell_merge(table.cell(1, 1), True)
    set_cell_merge(table.cell(2, 1), False)
    total = table.rows[4].cells
    total[0].text = "TOTAL"
    total[5].text = "25,651.00"
    # Rebuild the last row with a gridSpan: one cell covering four grid columns.
    row = table.rows[4]._tr
    cells = row.findall(qn("w:tc"))
    for extra in cells[1:4]:
        row.remove(extra)
    set_grid_span(table.rows[4].cells[0], 4)
    document.add_paragraph("Payment: 30% T/T deposit, balance against B/L copy.")
    document.core_properties.author = "python-docx"
    document.save(path("docx_contract.docx"))
    fixed_zip("docx_contract.docx")


QUOTE_ROWS = [
    ("1", "Ball bearing 6204-2RS", "2,000", "pcs", "0.42", "840.00"),
    ("2", "Ball bearing 6205-ZZ", "1,000", "pcs", "0.55", "550.00"),
    ("3", "Taper roller bearing 30205", "500", "pcs", "2.35", "1,175.00"),
]
QUOTE_HEADER = ["Item", "Description", "Qty", "Unit", "Unit Price USD", "Amount USD"]
COLUMNS_X = [50, 90, 300, 360, 410, 500]  # left edges in points; numbers right-aligned


# 4. A one-page text PDF with a clean column table and no ruling lines (reportlab).
def text_pdf():
    c = canvas.Canvas(path("text_table.pdf"), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, 800, "QUOTATION QT-2026-0233")
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, "Shenzhen Bearing Co., Ltd.   Tel: +86 755 2345 6789")
    c.drawString(50, 765, "Date: 2026-03-02    Terms: EXW Shenzhen    Valid: 30 days")
    y = 720
    for x, text in zip(COLUMNS_X, QUOTE_HEADER):
        c.drawString(x, y, text)
    for row in QUOTE_ROWS:
        y -= 18
        for i, (x, text) in enumerate(zip(COLUMNS_X, row)):
            if i in (2, 4, 5):  # numbers right-aligned in their column
                c.drawRightString(x + 40, y, text)
            else:
                c.drawString(x, y, text)
    y -= 24
    c.drawString(90, y, "Total")
    c.drawRightString(540, y, "2,565.00")
    c.drawString(50, y - 40, "Page 1 of 1")
    c.showPage()
    c.save()


def table_image(rows, header, font_path, scale=4):
    """A price table drawn as a 300 dpi image (what a scanner gives)."""
    width, height = int(595 * scale * 300 / 288), int(420 * scale * 300 / 288)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(font_path, 11 * scale)
    bold = ImageFont.truetype(font_path, 14 * scale)
    draw.text((50 * scale, 30 * scale), "QUOTATION QT-2026-0240", font=bold, fill=0)
    y = 90 * scale
    for x, text in zip(COLUMNS_X, header):
        draw.text((x * scale, y), text, font=font, fill=0)
    for row in rows:
        y += 22 * scale
        for i, (x, text) in enumerate(zip(COLUMNS_X, row)):
            if i in (2, 4, 5):
                w = draw.textlength(text, font=font)
                draw.text(((x + 40) * scale - w, y), text, font=font, fill=0)
            else:
                draw.text((x * scale, y), text, font=font, fill=0)
    return image


# 5. An image-only PDF (a scan) and 6. a PNG of the same kind of table, read by OCR.
def scans():
    image = table_image(QUOTE_ROWS, QUOTE_HEADER, SANS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    c = canvas.Canvas(path("scanned_quote.pdf"), pagesize=A4, invariant=1)
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, A4[1] - 420, 595, 420)
    c.showPage()
    c.save()
    rows = [("1", "Gate valve DN50", "200", "pcs", "38.50", "7,700.00"),
            ("2", "Gate valve DN100", "100", "pcs", "86.00", "8,600.00")]
    table_image(rows, QUOTE_HEADER, SANS, scale=3).save(path("photo_quote.png"), optimize=True)


# 7. A zip of documents: the openpyxl workbook and a CSV, as a customer sends them.
def bundle():
    with zipfile.ZipFile(path("quote_bundle.zip"), "w", zipfile.ZIP_DEFLATED) as z:
        with open(path("openpyxl_angebot.xlsx"), "rb") as f:
            z.writestr(zipfile.ZipInfo("Angebot/openpyxl_angebot.xlsx", (2026, 1, 1, 0, 0, 0)),
                       f.read())
        z.writestr(zipfile.ZipInfo("Angebot/liesmich.txt", (2026, 1, 1, 0, 0, 0)),
                   "Bitte beachten Sie die Lieferzeit von 4 Wochen.\n")


def write_opendocument(name, mime, content):
    """An OpenDocument zip: the stored mimetype first, then content.xml."""
    with zipfile.ZipFile(path(name), "w") as z:
        for entry, data, method in (("mimetype", mime, zipfile.ZIP_STORED),
                                    ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(entry, (2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))


def ods_price_list():
    """An OpenDocument spreadsheet shaped as LibreOffice Calc saves one (no LibreOffice here):
    the stored mimetype first, a header-rows group, a merged title (covered cells), currency
    cells whose paragraph shows the formatted number, <text:s/> runs, and the padding rows and
    columns Calc repeats to the sheet's end."""
    mime = "application/vnd.oasis.opendocument.spreadsheet"

    def cell(text, value=None, currency=None, span=None):
        attrs = ""
        if value is not None:
            kind = "currency" if currency else "float"
            attrs = f' office:value-type="{kind}" office:value="{value}"'
            if currency:
                attrs += f' office:currency="{currency}"'
        else:
            attrs = ' office:value-type="string"'
        if span:
            attrs += f' table:number-columns-spanned="{span}"'
        return f"<table:table-cell{attrs}><text:p>{text}</text:p></table:table-cell>"

    pad = '<table:table-cell table:number-columns-repeated="1019"/>'
    rows = [
        cell("ООО «УралСнаб» — прайс-лист", span=3) +
        '<table:covered-table-cell table:number-columns-repeated="2"/>' + pad,
        '<table:table-cell table:number-columns-repeated="1024"/>',
        cell("Наименование") + cell("Артикул") + cell("Ед.<text:s/>изм.") +
        cell("Цена, руб. (без НДС)") + pad,
        cell("Подшипник шариковый") + cell("6312-2RS") + cell("шт.") +
        cell("2<text:s/>390,00 ₽", "2390", "RUB") + pad,
        cell("Ремень клиновой") + cell("B-2240") + cell("шт.") + cell("670,00 ₽", "670", "RUB") + pad,
    ]
    body = ('<table:table-header-rows><table:table-row>' + rows[0] + '</table:table-row></table:table-header-rows>' +
            "".join(f"<table:table-row>{r}</table:table-row>" for r in rows[1:]) +
            '<table:table-row table:number-rows-repeated="1048570">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               '<office:body><office:spreadsheet><table:table table:name="Прайс">'
               '<table:table-column table:number-columns-repeated="1024"/>' + body +
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    write_opendocument("calc_prais.ods", mime, content)


def odt_quote():
    """An OpenDocument text shaped as LibreOffice Writer saves one (no LibreOffice here): the
    stored mimetype first, a heading, paragraphs with <text:s/> runs, a list, a footnote and a
    tracked deletion (neither is text a reader sees), and a table with a header-rows group, a
    product name spanning two rows and a total spanning six columns (covered cells follow)."""
    mime = "application/vnd.oasis.opendocument.text"

    def cell(text, rows=None, columns=None):
        attrs = ' office:value-type="string"'
        if rows:
            attrs += f' table:number-rows-spanned="{rows}"'
        if columns:
            attrs += f' table:number-columns-spanned="{columns}"'
        return f"<table:table-cell{attrs}><text:p>{text}</text:p></table:table-cell>"

    covered = "<table:covered-table-cell/>"
    header = "".join(cell(t) for t in ("Pos.", "Artikel", "Bezeichnung", "Menge", "Einheit",
                                        "Einzelpreis EUR", "Gesamt EUR"))
    rows = [
        "".join(cell(t) for t in ("1", "KV-DN25", "Kugelhahn DN25 PN40", "10", "Stk.", "48,60",
                                  "486,00")),
        cell("2") + cell("KV-DN50") +
        cell('Kugelhahn DN50<text:s/>PN40<text:note text:note-class="footnote"><text:note-citation>1'
             '</text:note-citation><text:note-body><text:p>Sonderpreis 99,00 bis 31.03.</text:p>'
             '</text:note-body></text:note>') +
        "".join(cell(t) for t in ("5", "Stk.", "92,40", "462,00")),
        cell("3") + cell("AK-100") + cell("Absperrklappe Wafer", rows=2) +
        "".join(cell(t) for t in ("4", "Stk.", "1.250,00", "5.000,00")),
        cell("4") + cell("AK-150") + covered +
        "".join(cell(t) for t in ("2", "Stk.", "1.480,00", "2.960,00")),
        cell("Nettosumme", columns=6) + covered * 5 + cell("8.908,00"),
    ]
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            '<office:change-info><dc:creator>M. Huber</dc:creator></office:change-info>'
            '<text:p>Kugelhahn DN80 PN16 Stk. 210,00</text:p></text:deletion></text:changed-region>'
            '</text:tracked-changes>'
            '<text:h text:outline-level="1">Angebot Nr. 2026-0142</text:h>'
            '<text:p>Sehr geehrte Damen und Herren,<text:s text:c="2"/>wir bieten Ihnen an:</text:p>'
            '<text:list><text:list-item><text:p>Lieferung: EXW Bielefeld</text:p></text:list-item>'
            '<text:list-item><text:p>Zahlung: 30 Tage netto</text:p></text:list-item></text:list>'
            '<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="7"/>'
            f'<table:table-header-rows><table:table-row>{header}</table:table-row></table:table-header-rows>' +
            "".join(f"<table:table-row>{r}</table:table-row>" for r in rows) +
            '</table:table><text:p>Alle Preise zzgl. MwSt.</text:p>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">'
               '<office:body><office:text>' + body +
               '</office:text></office:body></office:document-content>')
    write_opendocument("writer_angebot.odt", mime, content)


if __name__ == "__main__":
    openpyxl_quote()
    xlwt_price_list()
    docx_contract()
    text_pdf()
    scans()
    bundle()
    ods_price_list()
    odt_quote()

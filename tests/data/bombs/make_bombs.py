#!/usr/bin/env python3
"""make_bombs.py: write the small documents that ask for huge grids (tests/unit/test_bombs.cpp).

Each is a valid file of a few KB whose cells, once laid out as a dense grid, would take
gigabytes: cell references far apart (XLSX), spans and repeats that copy a long cell thousands
of times (DOCX, ODT, ODS). A reader must refuse them within its bounds. Run it in this folder;
the output is deterministic (fixed zip timestamps), so the committed files are its output.
"""
import zipfile

STAMP = (2026, 1, 1, 0, 0, 0)


def write_zip(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, text)


def xlsx_far_corners():
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    sheet = (f'<worksheet xmlns="{ns}"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Unit price</t></is></c></row>'
             '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>9.99</t></is></c></row>'
             '</sheetData></worksheet>')
    write_zip("xlsx_far_corners.xlsx", [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
         f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
         '<sheet name="Quote" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" '
         f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", sheet),
    ])


def docx_span_copies():
    # 20,000 rows of one 1 KB cell spanning 256 grid columns: 5 million cells, 5 GB of text.
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    row = ('<w:tr><w:tc><w:tcPr><w:gridSpan w:val="256"/></w:tcPr><w:p><w:r><w:t>'
           + "Stainless steel ball valve DN50 " * 32 + '</w:t></w:r></w:p></w:tc></w:tr>')
    body = f'<w:document xmlns:w="{w}"><w:body><w:tbl>' + row * 20000 + '</w:tbl></w:body></w:document>'
    write_zip("docx_span_copies.docx", [
        ("[Content_Types].xml",
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("word/document.xml", body),
    ])


def opendocument(name, mimetype, body):
    content = ('<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               f'<office:body>{body}</office:body></office:document-content>')
    write_zip(name, [("mimetype", mimetype), ("content.xml", content)])


def odt_span_copies():
    # Cells spanning 10,000 rows x 256 columns, each repeated 256 times: billions of copies.
    cell = ('<table:table-cell table:number-rows-spanned="10000" '
            'table:number-columns-spanned="256" table:number-columns-repeated="256">'
            '<text:p>' + "Unit price USD 12.50 per set " * 32 + '</text:p></table:table-cell>')
    table = ('<table:table table:name="T"><table:table-row>' + cell +
             '</table:table-row></table:table>')
    opendocument("odt_span_copies.odt", "application/vnd.oasis.opendocument.text",
                 "<office:text>" + table * 4 + "</office:text>")


def ods_repeats():
    # Rows of 400 x 10,000 empty places then a price, each row repeated 10,000 times.
    empty = '<table:table-cell table:number-columns-repeated="10000"/>'
    row = ('<table:table-row table:number-rows-repeated="10000">' + empty * 400 +
           '<table:table-cell><text:p>12.50</text:p></table:table-cell></table:table-row>')
    opendocument("ods_repeats.ods", "application/vnd.oasis.opendocument.spreadsheet",
                 '<office:spreadsheet><table:table table:name="Prices">' + row * 3 +
                 "</table:table></office:spreadsheet>")


if __name__ == "__main__":
    xlsx_far_corners()
    docx_span_copies()
    odt_span_copies()
    ods_repeats()

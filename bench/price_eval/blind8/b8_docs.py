"""Documents blind8 needs that the earlier sets' writers do not make:
- an XLSX whose cells carry their own number formats (the currency only in a cell format such as
  `"US$"#,##0.00` or `[$¥-804]#,##0.00`), wrapped multi-line text cells (Alt+Enter) and bold
  title rows, as Excel and WPS save them;
- a PDF with Chinese text the way Word/WPS export it: a Type0 font with Identity-H encoding and a
  ToUnicode CMap (glyph ids = code points here; the font itself is not embedded, text extraction
  needs only the CMap).
The zip writer and column names are blind3's, the PDF file writer blind4's (imported). Standard library only; deterministic."""

from xml.sax.saxutils import escape

from b8_common import b3_docs, b4_docs

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Cell styles: 0 general, 1 bold, 2 wrapped text, 3 #,##0.00, 4 and up: the formats of fmts.
_BASE_XF = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
            '<alignment wrapText="1" vertical="top"/></xf>',
            '<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>']
BOLD, WRAP, MONEY = 1, 2, 3


def styled_xlsx(rows, sheet="报价单", merges=(), fmts=(), widths=()):
    """rows of cells: str (a shared string), (str, style) a styled string, ("n", value[, style]) a
    number (style MONEY unless given); fmts are extra number format codes, style 4 + their index.
    widths: column widths (characters)."""
    strings, index, xml_rows = [], {}, []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{b3_docs._col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "n":
                style = v[2] if len(v) > 2 else MONEY
                cells.append(f'<c r="{ref}" s="{style}"><v>{v[1]}</v></c>')
                continue
            text, style = (v, 0) if isinstance(v, str) else v
            if text not in index:
                index[text] = len(strings)
                strings.append(text)
            cells.append(f'<c r="{ref}" s="{style}" t="s"><v>{index[text]}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    cols = ""
    if widths:
        cols = "<cols>" + "".join(f'<col min="{k}" max="{k}" width="{w}" customWidth="1"/>'
                                  for k, w in enumerate(widths, 1)) + "</cols>"
    merge_xml = ""
    if merges:
        merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(
            f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    sheet_xml = (f"{HEAD}<worksheet {NS} {REL}>{cols}<sheetData>{''.join(xml_rows)}</sheetData>{merge_xml}"
                 "</worksheet>")
    sst = (f'{HEAD}<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(
        f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    num_fmts = "".join(f'<numFmt numFmtId="{164 + k}" formatCode="{escape(f, {chr(34): "&quot;"})}"/>'
                       for k, f in enumerate(fmts))
    xfs = _BASE_XF + [f'<xf numFmtId="{164 + k}" fontId="0" fillId="0" borderId="0" xfId="0" '
                      'applyNumberFormat="1"/>' for k in range(len(fmts))]
    styles = (f"{HEAD}<styleSheet {NS}>" + (f'<numFmts count="{len(fmts)}">{num_fmts}</numFmts>' if fmts else "")
              + '<fonts count="2"><font><sz val="11"/><name val="宋体"/></font>'
              '<font><b/><sz val="14"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs></styleSheet>')
    workbook = (f'{HEAD}<workbook {NS} {REL}><sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/>'
                "</sheets></workbook>")
    wb_rels = (f'{HEAD}<Relationships xmlns="{PR}">'
               f'<Relationship Id="rId1" Type="{OD}/worksheet" Target="worksheets/sheet1.xml"/>'
               f'<Relationship Id="rId2" Type="{OD}/sharedStrings" Target="sharedStrings.xml"/>'
               f'<Relationship Id="rId3" Type="{OD}/styles" Target="styles.xml"/></Relationships>')
    rels = (f'{HEAD}<Relationships xmlns="{PR}">'
            f'<Relationship Id="rId1" Type="{OD}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    types = (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>'
             f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{SML}.worksheet+xml"/>'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/></Types>')
    return b3_docs._zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                         ("xl/_rels/workbook.xml.rels", wb_rels), ("xl/worksheets/sheet1.xml", sheet_xml),
                         ("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)])


# ------------------------------------------------------------------ PDF with Chinese text


def _advance(ch):
    return 500 if ord(ch) < 0x2E80 else 1000


def _to_unicode(chars):
    blocks = []
    chars = sorted(chars)
    for k in range(0, len(chars), 100):
        part = chars[k:k + 100]
        blocks.append(f"{len(part)} beginbfchar\n" + "\n".join(
            f"<{ord(c):04X}> <{ord(c):04X}>" for c in part) + "\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
            "endcodespacerange\n" + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            "end\nend")


def cjk_pdf(pages, title="Proforma Invoice"):
    """A4 pages of (x, y, text, size) lines in points from the bottom left, all in one Type0 font
    (SimSun, Identity-H, not embedded) with a ToUnicode CMap; one Tj per cell as WPS writes."""
    chars = sorted({c for page in pages for _, _, t, _ in page for c in t})
    streams = []
    for lines in pages:
        ops = [f"BT /F1 {size} Tf {x:.1f} {y:.1f} Td <{''.join(f'{ord(c):04X}' for c in text)}> Tj ET"
               for x, y, text, size in lines]
        streams.append("\n".join(ops).encode("ascii"))
    widths = " ".join(f"{ord(c)} [{_advance(c)}]" for c in chars)
    cmap = _to_unicode(chars).encode("ascii")
    npages = len(pages)
    first_page = 8
    kids = " ".join(f"{first_page + 2 * k} 0 R" for k in range(npages))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {npages} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R]"
        b" /ToUnicode 6 0 R >>",
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
        f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /W [{widths}] "
        f"/CIDToGIDMap /Identity >>".encode(),
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [-8 -145 1000 859] /ItalicAngle 0"
        b" /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>",
        b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream",
        b"<< /Title (" + title.encode("ascii") + b") /Producer (WPS Office) >>",
    ]
    for k, stream in enumerate(streams):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                    f">> >> /Contents {first_page + 2 * k + 1} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    return b4_docs.pdf_file(objs, info=7, version=b"1.5")


def cjk_width(text, size):
    return sum(_advance(c) for c in text) * size / 1000

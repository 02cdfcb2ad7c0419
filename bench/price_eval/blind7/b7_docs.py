"""Documents blind7 needs that the earlier sets' writers do not make: an XLSX workbook with several
sheets, hidden rows and columns and formulas saved without cached values (as scripts and some
web exports write them); a DOCX whose item table is nested inside a layout table; an OpenDocument
text (.odt) with a table; HTML "tables" made of <div>/<span> as web mailers write them. The zip
and cell helpers are blind3's, the OpenDocument package blind6's (imported). Standard library
only; deterministic (fixed zip times)."""

from xml.sax.saxutils import escape

from b7_common import b3_docs
import b6_docs

ODT_MIME = "application/vnd.oasis.opendocument.text"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _sheet_xml(rows, strings, index, hidden_rows=(), hidden_cols=(), merges=()):
    """rows of cells: str (shared string), ("n", v) number (format #,##0.00), ("f", formula) a
    formula without a cached value; hidden_rows are 1-based row numbers, hidden_cols 0-based."""
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{b3_docs._col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] == "f":
                cells.append(f'<c r="{ref}" s="1"><f>{v[1]}</f></c>')
            elif isinstance(v, tuple):
                cells.append(f'<c r="{ref}" s="1"><v>{v[1]}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
        hid = ' hidden="1"' if r in hidden_rows else ""
        xml_rows.append(f'<row r="{r}"{hid}>{"".join(cells)}</row>')
    cols = ""
    if hidden_cols:
        cols = "<cols>" + "".join(f'<col min="{c + 1}" max="{c + 1}" width="12" hidden="1" customWidth="1"/>'
                                  for c in sorted(hidden_cols)) + "</cols>"
    merge_xml = ""
    if merges:
        merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(
            f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
    return (f"{HEAD}<worksheet {NS} {REL}>{cols}<sheetData>{''.join(xml_rows)}</sheetData>{merge_xml}"
            "</worksheet>")


def xlsx_book(sheets):
    """sheets: dicts with name, rows and optional hidden_rows, hidden_cols, merges, state
    ("hidden" for a hidden sheet). Excel 2016 style parts; no calcChain, no cached values for
    formulas (the reader must compute or skip them)."""
    strings, index = [], {}
    parts, sheet_tags, rels, overrides = [], [], [], []
    for k, s in enumerate(sheets, 1):
        parts.append((f"xl/worksheets/sheet{k}.xml",
                      _sheet_xml(s["rows"], strings, index, s.get("hidden_rows", ()), s.get("hidden_cols", ()),
                                 s.get("merges", ()))))
        state = f' state="{s["state"]}"' if s.get("state") else ""
        sheet_tags.append(f'<sheet name="{escape(s["name"])}" sheetId="{k}"{state} r:id="rId{k}"/>')
        rels.append(f'<Relationship Id="rId{k}" Type="{OD}/worksheet" Target="worksheets/sheet{k}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{SML}.worksheet+xml"/>')
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{OD}/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{n + 2}" Type="{OD}/styles" Target="styles.xml"/>')
    sst = (f'{HEAD}<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(
        f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    styles = (f'{HEAD}<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    workbook = (f'{HEAD}<workbook {NS} {REL}><bookViews><workbookView activeTab="0"/></bookViews>'
                f'<sheets>{"".join(sheet_tags)}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>')
    types = (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>{"".join(overrides)}'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/></Types>')
    root_rels = (f'{HEAD}<Relationships xmlns="{PR}"><Relationship Id="rId1" Type="{OD}/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>')
    wb_rels = f'{HEAD}<Relationships xmlns="{PR}">{"".join(rels)}</Relationships>'
    return b3_docs._zip([("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("xl/workbook.xml", workbook),
                         ("xl/_rels/workbook.xml.rels", wb_rels)] + parts +
                        [("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)])


def _docx_table(rows, bold_first=True):
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c in row:
            inner = _docx_table(c, bold_first=True) + b3_docs._para("") if isinstance(c, list) else \
                b3_docs._para(c, bold_first and r == 0)
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{inner}</w:tc>')
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            f'{"".join(out)}</w:tbl>')


def docx_nested(blocks):
    """blocks: paragraphs (str) or tables (lists of rows); a cell that is a list of rows is a
    table nested in that cell (Word's layout: the item table inside a letterhead table)."""
    body = [b3_docs._para(b) if isinstance(b, str) else _docx_table(b, bold_first=False) for b in blocks]
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    doc = (f'{HEAD}<w:document xmlns:w="{w}"><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    rels = (f'{HEAD}<Relationships xmlns="{PR}"><Relationship Id="rId1" Type="{OD}/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    types = (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    return b3_docs._zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])


def odt(paragraphs, rows, after=()):
    """An OpenDocument text as LibreOffice Writer saves it: the stored mimetype first, content.xml
    with paragraphs, one table (first row the header) and paragraphs after it."""
    def p(t):
        return f"<text:p>{escape(t)}</text:p>"
    cols = max(len(r) for r in rows)
    table = (f'<table:table table:name="Table1"><table:table-column table:number-columns-repeated="{cols}"/>' +
             "".join("<table:table-row>" + "".join(
                 f'<table:table-cell office:value-type="string">{p(c)}</table:table-cell>' for c in r) +
                 "</table:table-row>" for r in rows) + "</table:table>")
    content = (f'{HEAD}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               "<office:body><office:text>" + "".join(p(t) for t in paragraphs) + table +
               "".join(p(t) for t in after) + "</office:text></office:body></office:document-content>")
    return b6_docs.odf_package(ODT_MIME, content)


def div_table(header, rows, widths):
    """A table as web mailers and marketing tools write it: one flex <div> per row, one <span>
    per cell, no <table> element."""
    def row(cells, bold):
        weight = "font-weight:bold;" if bold else ""
        return ('<div style="display:flex;border-bottom:1px solid #ddd;padding:4px 0">' + "".join(
            f'<span style="{weight}display:inline-block;width:{w}px">{c}</span>' for c, w in zip(cells, widths))
            + "</div>")
    return ('<div class="items" style="font-family:Helvetica,Arial;font-size:13px">' + row(header, True) +
            "".join(row(r, False) for r in rows) + "</div>")

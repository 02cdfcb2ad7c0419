"""The document blind11 needs that the earlier sets' writers do not make: an XLSX workbook as Excel
or WPS saves a supplier's quotation, all at once: several sheets (a company profile and a packing
sheet beside the quote sheet), a tall empty logo row, letterhead rows and a title merged across the
table, hidden columns, formulas with their cached values, and number formats per cell that carry
the currency (`"US$"#,##0.00`: the cell holds 12.5) or four decimals. blind7's workbook has no
formats and no cached values, blind8's one sheet only; the zip and column names are blind3's
(imported). Standard library only; deterministic."""

from xml.sax.saxutils import escape

from b11_common import b3_docs

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def num(value, fmt=None):
    """A number cell, shown in the number format fmt (a format code, e.g. '"US$"#,##0.00')."""
    return ("n", str(value), fmt)


def formula(value, expr, fmt=None):
    """A formula cell with the value Excel cached when saving."""
    return ("f", str(value), fmt, expr)


def bold(text):
    return ("b", text)


def _sheet(rows, strings, index, styles, hidden_cols, merges, heights, widths):
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{b3_docs._col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple) and v[0] in ("n", "f"):
                s = styles(v[2])
                body = f"<f>{escape(v[3])}</f><v>{v[1]}</v>" if v[0] == "f" else f"<v>{v[1]}</v>"
                cells.append(f'<c r="{ref}" s="{s}">{body}</c>')
                continue
            text, s = (v[1], 1) if isinstance(v, tuple) else (v, 0)
            if text not in index:
                index[text] = len(strings)
                strings.append(text)
            cells.append(f'<c r="{ref}" s="{s}" t="s"><v>{index[text]}</v></c>')
        ht = f' ht="{heights[r]}" customHeight="1"' if r in heights else ""
        xml_rows.append(f'<row r="{r}"{ht}>{"".join(cells)}</row>')
    cols = []
    for c in range(max([len(r) for r in rows] + [0])):
        w = widths[c] if c < len(widths) else 12
        hid = ' hidden="1"' if c in hidden_cols else ""
        cols.append(f'<col min="{c + 1}" max="{c + 1}" width="{w}"{hid} customWidth="1"/>')
    merge_xml = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                 + "</mergeCells>") if merges else ""
    return (f"{HEAD}<worksheet {NS} {REL}><cols>{''.join(cols)}</cols><sheetData>{''.join(xml_rows)}</sheetData>"
            f"{merge_xml}</worksheet>")


def workbook(sheets, active=0, app="Microsoft Excel"):
    """sheets: dicts with name, rows, and optional hidden_cols (0-based), merges ("A1:H1"), heights
    ({row: points}), widths (characters per column). Cells: str, bold(str), num(), formula()."""
    strings, index, fmts = [], {}, []

    def style(fmt):
        if fmt is None:
            return 2
        if fmt not in fmts:
            fmts.append(fmt)
        return 3 + fmts.index(fmt)

    parts = [(f"xl/worksheets/sheet{k}.xml",
              _sheet(s["rows"], strings, index, style, s.get("hidden_cols", ()), s.get("merges", ()),
                     s.get("heights", {}), s.get("widths", ())))
             for k, s in enumerate(sheets, 1)]
    num_fmts = "".join(f'<numFmt numFmtId="{164 + k}" formatCode="{escape(f, {chr(34): "&quot;"})}"/>'
                       for k, f in enumerate(fmts))
    xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
           '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'] + [
        f'<xf numFmtId="{164 + k}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        for k in range(len(fmts))]
    styles = (f"{HEAD}<styleSheet {NS}>" + (f'<numFmts count="{len(fmts)}">{num_fmts}</numFmts>' if fmts else "")
              + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="16"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs></styleSheet>')
    sst = (f'{HEAD}<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(
        f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>")
    n = len(sheets)
    tags = "".join(f'<sheet name="{escape(s["name"])}" sheetId="{k}" r:id="rId{k}"/>' for k, s in enumerate(sheets, 1))
    wb = (f'{HEAD}<workbook {NS} {REL}><bookViews><workbookView activeTab="{active}"/></bookViews>'
          f'<sheets>{tags}</sheets><calcPr calcId="191029"/></workbook>')
    rels = "".join(f'<Relationship Id="rId{k}" Type="{OD}/worksheet" Target="worksheets/sheet{k}.xml"/>'
                   for k in range(1, n + 1))
    rels += (f'<Relationship Id="rId{n + 1}" Type="{OD}/sharedStrings" Target="sharedStrings.xml"/>'
             f'<Relationship Id="rId{n + 2}" Type="{OD}/styles" Target="styles.xml"/>')
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="{SML}.worksheet+xml"/>'
                        for k in range(1, n + 1))
    types = (f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>{overrides}'
             f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/>'
             f'<Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/>'
             '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'extended-properties+xml"/></Types>')
    root = (f'{HEAD}<Relationships xmlns="{PR}"><Relationship Id="rId1" Type="{OD}/officeDocument" '
            f'Target="xl/workbook.xml"/><Relationship Id="rId2" Type="{OD}/extended-properties" '
            'Target="docProps/app.xml"/></Relationships>')
    app_xml = (f'{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               f'<Application>{escape(app)}</Application></Properties>')
    return b3_docs._zip([("[Content_Types].xml", types), ("_rels/.rels", root), ("xl/workbook.xml", wb),
                         ("xl/_rels/workbook.xml.rels", f'{HEAD}<Relationships xmlns="{PR}">{rels}</Relationships>'),
                         ("docProps/app.xml", app_xml)] + parts +
                        [("xl/sharedStrings.xml", sst), ("xl/styles.xml", styles)])

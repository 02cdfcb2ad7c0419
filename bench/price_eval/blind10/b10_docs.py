"""Documents blind10 needs that the earlier sets' writers do not make: HTML as Excel/WPS and
Google Sheets put it on the clipboard (x:num cells, mso-number-format classes, <o:p>,
data-sheets-value), a DOCX whose item table sits in a text box (Word writes it twice: the
DrawingML shape and its VML fallback), plain-text tables drawn with box-drawing characters, ASCII
`+---+` grids and Markdown pipes, and an iCalendar invitation. The zip, DOCX paragraph and table
helpers are blind3's and blind7's (imported). Standard library only; deterministic."""

import json
from html import escape as hesc

from b10_common import b3_docs, b7_docs

DOCX_MIME = b7_docs.DOCX_MIME

# ------------------------------------------------------------------ clipboard HTML


def excel_paste(rows, classes, widths=None, app="Excel"):
    """A table as Excel (or WPS) pastes it into Outlook: <col> widths, class=xlNN per cell, x:num
    holding the cell's value beside its formatted text, x:str for text, `&nbsp;` for empty cells,
    <o:p> nowhere in cells but around the table's paragraphs. rows: lists of cells; a cell is a
    str (text), a (shown, value) pair (number), or a dict(text=…, span=n, cls=…)."""
    head = ("<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;"
            "table-layout:fixed'>" + "".join(f"<col width={w} style='width:{w}pt'>" for w in (widths or [])))
    out = [head]
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            cls = classes[min(r, len(classes) - 1)]
            attrs = ""
            if isinstance(cell, dict):
                cls = cell.get("cls", cls)
                if cell.get("span", 1) > 1:
                    attrs += f" colspan={cell['span']}"
                if cell.get("rows", 1) > 1:
                    attrs += f" rowspan={cell['rows']}"
                cell = cell["text"]
            if isinstance(cell, tuple):
                shown, value = cell
                cells.append(f"<td class={cls}{attrs} align=right x:num=\"{value}\">{shown}</td>")
            elif cell == "":
                cells.append(f"<td class={cls}{attrs}>&nbsp;</td>")
            else:
                cells.append(f"<td class={cls}{attrs} x:str>{hesc(cell)}</td>")
        out.append(f"<tr height=19 style='height:14.25pt'>{''.join(cells)}</tr>")
    out.append("</table>")
    return "".join(out)


EXCEL_STYLE = """<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
.xl65 {mso-style-parent:style0;font-weight:700;border:.5pt solid windowtext;background:#D9E1F2;}
.xl66 {mso-style-parent:style0;border:.5pt solid windowtext;}
.xl67 {mso-style-parent:style0;mso-number-format:"\\#\\,\\#\\#0\\.00";border:.5pt solid windowtext;}
.xl68 {mso-style-parent:style0;font-weight:700;font-style:italic;border:.5pt solid windowtext;background:#FFF2CC;}
.xl69 {mso-style-parent:style0;mso-number-format:"\\#\\,\\#\\#0\\.00\\\\ \\[$₽-419\\]";border:.5pt solid windowtext;}
--></style>"""


def outlook_html(paragraphs_before, table_html, paragraphs_after, lang="EN-US", charset="utf-8"):
    """Outlook's (Word's) HTML around a pasted table: MsoNormal paragraphs closed by <o:p>, the
    office namespaces, WordSection1."""
    def paras(ps):
        return "".join(f"<p class=MsoNormal>{p}<o:p></o:p></p>" if p else
                       "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for p in ps)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
            "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            f"<head><meta http-equiv=Content-Type content=\"text/html; charset={charset}\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">" + EXCEL_STYLE +
            f"</head><body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            "<div class=WordSection1>" + paras(paragraphs_before) + table_html + paras(paragraphs_after) +
            "</div></body></html>")


def sheets_paste(rows, bold_rows=(0,)):
    """A range copied from Google Sheets into Gmail: <google-sheets-html-origin>, the table with
    data-sheets-root, each cell's typed value in data-sheets-value ({"1":2,"2":text} or
    {"1":3,"3":number}), number formats in data-sheets-numberformat. rows: lists of str or
    (shown, value, format) cells; None is an empty cell."""
    out = ['<google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" '
           'dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;'
           'border-collapse:collapse;border:none" data-sheets-root="1"><colgroup>' +
           "".join('<col width="100">' for _ in rows[0]) + "</colgroup><tbody>"]
    for r, row in enumerate(rows):
        cells = []
        for cell in row:
            style = "overflow:hidden;padding:2px 3px;vertical-align:bottom;border:1px solid #cccccc;" + (
                "font-weight:bold;" if r in bold_rows else "")
            if cell is None:
                cells.append(f'<td style="{style}"></td>')
            elif isinstance(cell, tuple):
                shown, value, fmt = cell
                v = hesc(json.dumps({"1": 3, "3": value}), quote=True)
                nf = hesc(json.dumps({"1": 2, "2": fmt, "3": 1}), quote=True)
                cells.append(f'<td style="{style}text-align:right;" data-sheets-value="{v}" '
                             f'data-sheets-numberformat="{nf}">{hesc(shown)}</td>')
            else:
                v = hesc(json.dumps({"1": 2, "2": cell}, ensure_ascii=False), quote=True)
                cells.append(f'<td style="{style}" data-sheets-value="{v}">{hesc(cell)}</td>')
        out.append(f'<tr style="height:21px;">{"".join(cells)}</tr>')
    out.append("</tbody></table></google-sheets-html-origin>")
    return "".join(out)


# ------------------------------------------------------------------ plain-text tables


def _widths(rows):
    from unicodedata import east_asian_width
    def w(s):
        return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in s)
    return [max(w(r[c]) for r in rows) for c in range(len(rows[0]))], w


def box_table(rows, right=()):
    """A table drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘), header ruled off."""
    widths, w = _widths(rows)

    def line(left, mid, rt):
        return left + mid.join("─" * (n + 2) for n in widths) + rt

    def cells(r):
        return "│" + "│".join(" " + (" " * (n - w(c)) + c if k in right else c + " " * (n - w(c))) + " "
                              for k, (c, n) in enumerate(zip(r, widths))) + "│"
    out = [line("┌", "┬", "┐"), cells(rows[0]), line("├", "┼", "┤")]
    out += [cells(r) for r in rows[1:]]
    out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def ascii_grid(rows, right=()):
    """A `+----+` grid as database and CLI tools print tables."""
    widths, w = _widths(rows)
    rule = "+" + "+".join("-" * (n + 2) for n in widths) + "+"

    def cells(r):
        return "|" + "|".join(" " + (c.rjust(n) if k in right else c.ljust(n)) + " "
                              for k, (c, n) in enumerate(zip(r, widths))) + "|"
    return "\n".join([rule, cells(rows[0]), rule] + [cells(r) for r in rows[1:]] + [rule])


def markdown_table(rows, right=()):
    """A Markdown pipe table with its alignment row (`|---|---:|`)."""
    widths, _ = _widths(rows)
    align = "|" + "|".join(("-" * (n + 1) + ":") if k in right else "-" * (n + 2) for k, n in enumerate(widths)) + "|"
    body = ["| " + " | ".join(c.ljust(n) for c, n in zip(r, widths)) + " |" for r in rows]
    return "\n".join([body[0], align] + body[1:])


# ------------------------------------------------------------------ DOCX with a text box

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'mc:Ignorable="wps"')


def docx_textbox(before, rows, after):
    """A DOCX whose body has paragraphs, then one anchored text box holding the item table (rows,
    first row bold), then paragraphs. Word stores the box twice in mc:AlternateContent: the
    wps:txbx shape and the v:textbox fallback for older readers."""
    content = b7_docs._docx_table(rows) + b3_docs._para("")
    box = ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="5760000" cy="2520000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Text Box 1"/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{content}</w:txbxContent>'
           '</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
           '<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202" style="width:453.5pt;height:198pt">'
           f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
           '</mc:AlternateContent></w:r></w:p>')
    body = "".join(b3_docs._para(p) for p in before) + box + "".join(b3_docs._para(p) for p in after)
    doc = (f'{b7_docs.HEAD}<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>')
    rels = (f'{b7_docs.HEAD}<Relationships xmlns="{b7_docs.PR}"><Relationship Id="rId1" '
            f'Type="{b7_docs.OD}/officeDocument" Target="word/document.xml"/></Relationships>')
    types = (f'{b7_docs.HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             'officedocument.wordprocessingml.document.main+xml"/></Types>')
    return b3_docs._zip([("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ------------------------------------------------------------------ iCalendar


def ics(uid, start, end, summary, description, organizer, attendee):
    """A meeting request (METHOD:REQUEST) with fixed DTSTAMP."""
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{start}", f"DTSTART:{start}",
             f"DTEND:{end}", f"SUMMARY:{summary}", f"DESCRIPTION:{desc}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
             f"ATTENDEE;CN={attendee[0]};RSVP=TRUE:mailto:{attendee[1]}", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode()

"""Documents blind6 needs that the earlier sets' writers do not make: an OpenDocument spreadsheet
(.ods, as LibreOffice writes it: a zip whose first entry is the stored mimetype, content.xml with
float cells carrying office:value and their shown text) and an RTF document with a table (as
WordPad and older ERPs write it: \\trowd rows, \\cellx borders, \\'hh code-page escapes).
Standard library only; deterministic (fixed zip times)."""

import io
import zipfile
from xml.sax.saxutils import escape

ZIP_TIME = (2026, 1, 1, 0, 0, 0)
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _cell(c):
    """str: a text cell; ("n", value, shown): a float cell showing its formatted text."""
    if isinstance(c, tuple):
        _, value, shown = c
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{escape(shown)}</text:p></table:table-cell>")
    if c == "":
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'


def ods(rows, sheet="Sheet1"):
    body = "".join("<table:table-row>" + "".join(_cell(c) for c in r) + "</table:table-row>" for r in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
               f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
               '<table:table-column table:number-columns-repeated="6"/>'
               f"{body}</table:table></office:spreadsheet></office:body></office:document-content>")
    return odf_package(ODS_MIME, content)


def odf_package(mime, content):
    """An OpenDocument zip as LibreOffice writes it: the stored mimetype first, then content.xml
    and the manifest (blind7's .odt uses it too)."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in (("mimetype", mime, zipfile.ZIP_STORED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def _rtf_text(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("cp1252")))
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def rtf(paragraphs, rows, widths, after=()):
    """paragraphs before the table, rows of cells (the first is the header, bold), then paragraphs."""
    out = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\viewkind4\\uc1\\pard\\f0\\fs20 "]
    for p in paragraphs:
        out.append(_rtf_text(p) + "\\par\n")
    for r, row in enumerate(rows):
        out.append("\\trowd\\trgaph70")
        x = 0
        for w in widths:
            x += w
            out.append(f"\\clbrdrt\\brdrs\\clbrdrb\\brdrs\\cellx{x}")
        out.append("\n")
        for c in row:
            text = _rtf_text(c)
            out.append("\\pard\\intbl " + ("{\\b " + text + "}" if r == 0 else text) + "\\cell ")
        out.append("\\row\n")
    out.append("\\pard ")
    for p in after:
        out.append(_rtf_text(p) + "\\par\n")
    out.append("}")
    return "".join(out).encode("ascii")

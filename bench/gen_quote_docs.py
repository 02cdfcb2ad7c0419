#!/usr/bin/env python3
"""Large quote documents for bench/prices.sh: a price list of N rows as CSV, TXT (aligned),
XLSX and a multi-page PDF. Deterministic."""
import io
import os
import sys
import zipfile

out = sys.argv[1]
ROWS = 20000
rows = [(f"Stainless steel ball valve type {i % 97}", f"SV-{i:05d}", str(100 + i % 900), "pcs",
         f"{(i % 5000) / 100 + 1:.2f}") for i in range(ROWS)]
header = ("Description", "Model", "MOQ", "Unit", "Unit Price (USD)")

with open(os.path.join(out, "big.csv"), "w", encoding="utf-8-sig") as f:
    f.write("Quotation, FOB Ningbo\n" + ",".join(header) + "\n")
    f.writelines(",".join(r) + "\n" for r in rows)
with open(os.path.join(out, "big.txt"), "w", encoding="utf-8") as f:
    f.write("Quotation, FOB Ningbo\n\n")
    fmt = "{:<40}  {:<10}  {:>6}  {:<5}  {:>16}\n"
    f.write(fmt.format(*header))
    f.writelines(fmt.format(*r) for r in rows)

# XLSX with inline strings
cells = []
for n, row in enumerate([header] + rows, 1):
    cs = "".join(f'<c r="{chr(65 + c)}{n}" t="inlineStr"><is><t>{v}</t></is></c>'
                 for c, v in enumerate(row))
    cells.append(f'<row r="{n}">{cs}</row>')
sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
         'spreadsheetml/2006/main"><sheetData>' + "".join(cells) + "</sheetData></worksheet>")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Quote" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", sheet)
open(os.path.join(out, "big.xlsx"), "wb").write(buf.getvalue())

# PDF: 40 rows a page, Helvetica, columns by x position
PER_PAGE, PAGES = 40, 100
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
kids = []
for p in range(PAGES):
    lines = ["BT", "/F1 9 Tf"]
    for j, r in enumerate([header] + rows[p * PER_PAGE:(p + 1) * PER_PAGE]):
        for x, v in zip((40, 250, 330, 390, 450), r):
            lines.append(f"1 0 0 1 {x} {800 - j * 18} Tm ({v}) Tj")
    lines.append("ET")
    stream = "\n".join(lines).encode()
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    content = len(objs)
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>" % content)
    kids.append(len(objs))
objs[1] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + \
    b"] /Count %d >>" % len(kids)
pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for i, o in enumerate(objs, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
pdf += b"".join(b"%010d 00000 n \n" % o for o in offsets)
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(os.path.join(out, "big.pdf"), "wb").write(bytes(pdf))

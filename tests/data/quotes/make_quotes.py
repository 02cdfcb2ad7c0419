#!/usr/bin/env python3
"""Writes the realistic quote mails of tests/data/quotes (issue 6). Run from anywhere; the
outputs are committed so tests do not need Python. Every file is deterministic."""
import base64
import io
import os
import zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def headers(frm, to, subject, date, msgid, extra=""):
    return (f"From: {frm}\r\nTo: {to}\r\nSubject: {Header(subject, 'utf-8').encode()}\r\n"
            f"Date: {date}\r\nMessage-ID: <{msgid}>\r\nMIME-Version: 1.0\r\n{extra}").encode()


def b64(data):
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76)).encode()


def single(frm, to, subject, date, msgid, body, charset):
    head = headers(frm, to, subject, date, msgid,
                   f"Content-Type: text/plain; charset={charset}\r\n"
                   "Content-Transfer-Encoding: base64\r\n")
    return head + b"\r\n" + b64(body.replace("\n", "\r\n").encode(charset)) + b"\r\n"


def with_attachment(frm, to, subject, date, msgid, body, name, ctype, data):
    boundary = "=_quote_boundary_01"
    head = headers(frm, to, subject, date, msgid,
                   f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n')
    fname = Header(name, "utf-8").encode() if not name.isascii() else name
    parts = (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
             "Content-Transfer-Encoding: base64\r\n\r\n").encode()
    parts += b64(body.replace("\n", "\r\n").encode()) + b"\r\n"
    parts += (f'--{boundary}\r\nContent-Type: {ctype}; name="{fname}"\r\n'
              f'Content-Disposition: attachment; filename="{fname}"\r\n'
              "Content-Transfer-Encoding: base64\r\n\r\n").encode()
    parts += b64(data) + f"\r\n--{boundary}--\r\n".encode()
    return head + b"\r\n" + parts


# 1. Plain text in GBK: our quote to a mainland customer, aligned columns, Chinese header.
GBK_BODY = """王经理：

您好！感谢贵司询价，现报价如下（价格条款：FOB 宁波，报价有效期：30天）：

序号  品名        型号规格        数量    单位    单价
1     三相电动机  Y2-132M-4       10      台      ￥3.200,00
2     蜗轮减速机  WPA-80 1:20     5       套      RMB 1,850.50
3     联轴器      LT-6            20      件      ￥86.00
合计                                              ￥41.972,50

交货期：收到预付款后25天
联系电话：0574-8888 1234

宁波海达机电有限公司  李伟
"""
write("gbk_quote.eml", single("李伟 <li.wei@ourco.com>", "王经理 <wang@ecpc.com.cn>",
                              "报价单：电动机及减速机", "Tue, 03 Nov 2026 09:42:00 +0800",
                              "gbk-quote-1@ourco.com", GBK_BODY, "gbk"))

# 2. Plain text in Big5: a Taiwanese customer's supplier-side quote (they quoted us).
BIG5_BODY = """陳先生 您好：

依貴司詢價，報價如下，幣別：新台幣，報價有效期至2026年12月31日。

項次  品名          規格          數量      單位   單價
1     不鏽鋼螺絲    M6x20         10,000    支     NT$1.20
2     六角螺帽      M6            10,000    個     NT$0.45

付款條件：月結30天
電話：(02) 2345-6789

台灣精密工業  林小姐
"""
write("big5_quote.eml", single("林小姐 <lin@twprecision.com.tw>", "陳先生 <chen@ourco.com>",
                               "報價單 - 螺絲及螺帽", "Wed, 04 Nov 2026 14:05:00 +0800",
                               "big5-quote-1@twprecision.com.tw", BIG5_BODY, "big5"))

# 3. Outlook HTML (multipart/alternative): a reply quoting the customer's RFQ below.
OUTLOOK_TEXT = """Dear Tom,

Thank you for your inquiry. Please see our offer below, FOB Ningbo, valid for 30 days.

Item\tDescription\tModel\tMOQ\tUnit Price (USD)
1\tStainless steel ball valve\tSV-100\t500 pcs\t12.50
2\tBrass fitting\tBF-20A\t1,000 pcs\t0.85

Best regards,
Li Wei

From: Tom Baker <tom@acme.com>
Sent: Monday, November 2, 2026 10:00 AM
To: Li Wei <li.wei@ourco.com>
Subject: RFQ for valves

Description   Model    Target price
Ball valve    SV-100   USD 10.00
"""
OUTLOOK_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>
</head><body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Dear Tom,<o:p></o:p></p>
<p class="MsoNormal">Thank you for your inquiry. Please see our offer below, FOB Ningbo, valid for 30 days.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Item<o:p></o:p></b></p></td><td><p class="MsoNormal"><b>Description<o:p></o:p></b></p></td>
<td><p class="MsoNormal"><b>Model<o:p></o:p></b></p></td><td><p class="MsoNormal"><b>MOQ<o:p></o:p></b></p></td>
<td><p class="MsoNormal"><b>Unit Price<br>(USD)<o:p></o:p></b></p></td></tr>
<tr><td><p class="MsoNormal">1<o:p></o:p></p></td><td><p class="MsoNormal"><span style="color:black">Stainless steel<br>ball valve</span><o:p></o:p></p></td>
<td><p class="MsoNormal">SV-100<o:p></o:p></p></td><td><p class="MsoNormal">500&nbsp;pcs<o:p></o:p></p></td>
<td><p class="MsoNormal" align="right">12.50<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">Brass fitting<o:p></o:p></p></td>
<td><p class="MsoNormal">BF-20A<o:p></o:p></p></td><td><p class="MsoNormal">1,000&nbsp;pcs<o:p></o:p></p></td>
<td><p class="MsoNormal" align="right">0.85<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">Best regards,<br>Li Wei<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Tom Baker &lt;tom@acme.com&gt;<br><b>Sent:</b> Monday, November 2, 2026 10:00 AM<br>
<b>Subject:</b> RFQ for valves<o:p></o:p></p></div>
<table><tr><td>Description</td><td>Model</td><td>Target price</td></tr>
<tr><td>Ball valve</td><td>SV-100</td><td>USD 10.00</td></tr></table>
</div></body></html>
"""
boundary = "_000_outlook_alt_"
head = headers("Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
               "RE: RFQ for valves - Quotation QT-2026-031", "Thu, 05 Nov 2026 16:20:00 +0800",
               "outlook-quote-1@ourco.com",
               f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n'
               "X-Mailer: Microsoft Outlook 16.0\r\n")
body = (f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n").encode()
body += b64(OUTLOOK_TEXT.replace("\n", "\r\n").encode()) + b"\r\n"
body += (f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n"
         "Content-Transfer-Encoding: base64\r\n\r\n").encode()
body += b64(OUTLOOK_HTML.replace("\n", "\r\n").encode()) + f"\r\n--{boundary}--\r\n".encode()
write("outlook_quote.eml", head + b"\r\n" + body)

# 4. CSV with a UTF-8 BOM, semicolons and continental decimals, as Excel in Germany saves it.
CSV = ("Angebot / Quotation QT-2026-040;;;;\r\n"
       "Incoterm: CIF Hamburg;;;;\r\n"
       ";;;;\r\n"
       "Product;Model;Quantity;Unit;Price EUR\r\n"
       "Hydraulic cylinder;HC-50/300;20;sets;1.250,00\r\n"
       "\"Seal kit; NBR\";SK-50;100;sets;18,40\r\n"
       "Total;;;;26.840,00\r\n")
write("csv_quote.eml", with_attachment(
    "Li Wei <li.wei@ourco.com>", "Hans Müller <hans@hydraulik.de>",
    "Our offer for hydraulic cylinders", "Fri, 06 Nov 2026 09:00:00 +0100",
    "csv-quote-1@ourco.com", "Dear Mr. Müller,\n\nplease find our quotation attached.\n\nLi Wei\n",
    "Quotation_QT-2026-040.csv", "text/csv", b"\xef\xbb\xbf" + CSV.encode()))


# 5. XLSX with a header block above the table, a merged product cell and a totals row.
def xlsx(rows, merges):
    def col(i):
        return chr(ord("A") + i)
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, 1):
        sheet.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            if value == "":
                continue
            ref = f"{col(c)}{r}"
            if isinstance(value, (int, float)):
                sheet.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                text = value.replace("&", "&amp;").replace("<", "&lt;")
                sheet.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
        sheet.append("</row>")
    sheet.append("</sheetData>")
    if merges:
        sheet.append(f'<mergeCells count="{len(merges)}">')
        sheet += [f'<mergeCell ref="{m}"/>' for m in merges]
        sheet.append("</mergeCells>")
    sheet.append("</worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>')
        add("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
        add("xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="报价单" sheetId="1" r:id="rId1"/></sheets></workbook>')
        add("xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>')
        add("xl/worksheets/sheet1.xml", "".join(sheet))
    return out.getvalue()


XLSX_ROWS = [
    ["宁波海达机电有限公司 报价单 QUOTATION", "", "", "", "", ""],
    ["To: ACME Corp", "", "", "Date: 2026-11-07", "", ""],
    ["Price terms: FOB Ningbo", "", "", "Currency: USD", "", ""],
    ["Validity: 2026-12-31", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["No.", "Product", "Model", "Qty", "Unit", "Unit Price"],
    [1, "Gate valve", "GV-50", 200, "pcs", 18.5],
    [2, "", "GV-80", 100, "pcs", 26.75],
    [3, "Check valve", "CV-25", 300, "pcs", 9.9],
    ["", "Total", "", "", "", 9352.5],
]
write("quote.xlsx", xlsx(XLSX_ROWS, ["A1:F1", "B7:B8"]))
write("xlsx_quote.eml", with_attachment(
    "Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
    "Quotation for gate and check valves", "Sat, 07 Nov 2026 10:30:00 +0800",
    "xlsx-quote-1@ourco.com", "Dear Tom,\n\nattached is our quotation.\n\nLi Wei\n",
    "QT-2026-045.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    open(os.path.join(HERE, "quote.xlsx"), "rb").read()))


# 6. PDF written by hand (one page, Helvetica, columns by x position, correct xref).
def pdf(lines):
    content = ["BT", "/F1 10 Tf"]
    for y, cells in lines:
        for x, text in cells:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content.append(f"1 0 0 1 {x} {y} Tm ({esc}) Tj")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


PDF_LINES = [
    (800, [(50, "PROFORMA INVOICE / QUOTATION  PI-2026-050")]),
    (780, [(50, "Buyer: ACME Corp          Terms: EXW Shenzhen          Currency: USD")]),
    (760, [(50, "Valid until 2026-12-15")]),
    (720, [(50, "Description"), (220, "Model"), (330, "Quantity"), (420, "Unit Price")]),
    (700, [(50, "LED driver 40W"), (220, "LD-40"), (330, "2,000 pcs"), (420, "3.15")]),
    (680, [(50, "LED panel 600x600"), (220, "LP-600"), (330, "500 pcs"), (420, "18.00")]),
    (660, [(50, "Total amount"), (420, "15,300.00")]),
    (620, [(50, "Bank: Bank of China Shenzhen Branch  SWIFT: BKCHCNBJ45A")]),
    (600, [(50, "Tel: +86 755 2345 6789")]),
]
write("quote.pdf", pdf(PDF_LINES))
write("pdf_quote.eml", with_attachment(
    "Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
    "PI-2026-050 LED drivers", "Sun, 08 Nov 2026 11:00:00 +0800",
    "pdf-quote-1@ourco.com", "Dear Tom,\n\nplease find the PI attached.\n\nLi Wei\n",
    "PI-2026-050.pdf", "application/pdf", open(os.path.join(HERE, "quote.pdf"), "rb").read()))

# 7. A revised quote: SV-100 cheaper, a week later, replying to the first.
REVISED = """Dear Tom,

As discussed, our revised price (FOB Ningbo, USD):

Description                 Model     MOQ        Unit Price
Stainless steel ball valve  SV-100    500 pcs    11.80

Best regards,
Li Wei

-----Original Message-----
From: Li Wei
Sent: Thursday, November 5, 2026 4:20 PM
Item  Description            Model   MOQ      Unit Price (USD)
1     Stainless steel valve  SV-100  500 pcs  12.50
"""
write("revised_quote.eml", single("Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
                                  "RE: Quotation QT-2026-031 (revised)",
                                  "Thu, 12 Nov 2026 09:15:00 +0800", "revised-quote-1@ourco.com",
                                  REVISED, "utf-8"))

# 8. Negatives: an invoice with totals, a phone number and dates; an inquiry with a target price.
INVOICE = """Dear Tom,

Please find below our invoice for order PO-7781.

Invoice No.: INV-2026-118        Date: 2026-11-10
Description                 Qty        Unit Price    Amount
Stainless steel ball valve  500 pcs    12.50         6,250.00
Total amount due: USD 6,250.00

Please pay within 30 days. Questions: +86 574 8888 1234.
"""
write("invoice.eml", single("Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
                            "Invoice INV-2026-118 for PO-7781", "Tue, 10 Nov 2026 08:00:00 +0800",
                            "invoice-1@ourco.com", INVOICE, "utf-8"))
INQUIRY = """Hello,

We are looking for ball valves. Please quote your best price.

Model     Quantity   Target Price
SV-100    2000 pcs   USD 9.50

Tom Baker, ACME Corp, tel. +1 555 0100 2000, 2026-11-01
"""
write("inquiry.eml", single("Tom Baker <tom@acme.com>", "Li Wei <li.wei@ourco.com>",
                            "RFQ: ball valves SV-100", "Sun, 01 Nov 2026 22:00:00 -0500",
                            "inquiry-1@acme.com", INQUIRY, "utf-8"))


# 9. DOCX (Word): a quotation letter with a table, as a .docx attachment.
def docx(paragraphs_before, table, paragraphs_after):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text):
        return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"

    def cell(text):
        return f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{para(text)}</w:tc>"
    rows = "".join("<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in table)
    body = ("".join(para(p) for p in paragraphs_before) + f"<w:tbl>{rows}</w:tbl>" +
            "".join(para(p) for p in paragraphs_after))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}>'
                f"<w:body>{body}<w:sectPr/></w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, text):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
        add("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        add("word/document.xml", document)
    return out.getvalue()


DOCX = docx(["报价单 QUOTATION QT-2026-060", "致：ACME Corp", "价格条款：CIF Los Angeles，美元报价",
             "报价有效期：60天"],
            [["序号", "产品名称", "型号", "数量", "单价 (USD)"],
             ["1", "球阀", "Q41F-16C DN50", "300", "US$ 25.60"],
             ["2", "闸阀", "Z41H-16C DN80", "150", "US$ 48.00"]],
            ["付款方式：T/T 30% 预付", "电话：+86 574 8888 1234"])
write("quote.docx", DOCX)
write("docx_quote.eml", with_attachment(
    "Li Wei <li.wei@ourco.com>", "Tom Baker <tom@acme.com>",
    "报价：球阀和闸阀", "Mon, 09 Nov 2026 15:00:00 +0800",
    "docx-quote-1@ourco.com", "Tom,\n\n报价单见附件。\n\nLi Wei\n",
    "报价单_QT-2026-060.docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX))

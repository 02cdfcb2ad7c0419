"""Blind set, the other suppliers: a US fastener distributor (prices per thousand, Outlook), a
Vietnamese rubber exporter (FOB/CIF, US$) and a German packaging maker (net/gross, tiers)."""

from b3_common import US, html_page, table

GLF = ("Mike Novak", "mnovak@glfastener.com")
TAN = ("Nguyen Thi Lan", "lan.nguyen@tanphat-rubber.vn")
MUE = ("Katrin Vogel", "k.vogel@mueller-verpackung.de")

CUSTOMERS = [
    {"slug": "glf", "name": "Great Lakes Fastener Supply, Inc.", "domains": ["glfastener.com"]},
    {"slug": "tanphat", "name": "Tan Phat Rubber & Plastic Co., Ltd.", "domains": ["tanphat-rubber.vn"]},
    {"slug": "mueller", "name": "Müller Verpackung GmbH", "domains": ["mueller-verpackung.de"]},
]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ------------------------------------------------------------------ Great Lakes Fastener (USD)

GLF_SIG_HTML = ("<p class=MsoNormal><b>Mike Novak</b><br>Inside Sales | Great Lakes Fastener Supply, Inc.<br>"
                "4410 W. 150th St, Cleveland, OH 44135<br>P: (216) 555-0148 x214 | F: (216) 555-0190<br>"
                "ISO 9001:2015 Cert. #US-48213</p>")


def _outlook_nested(inner_rows):
    """Outlook's quote layout: a letterhead table holding the item table, cells with <br>."""
    cells = []
    for r, row in enumerate(inner_rows):
        tag = "td"
        style = ' style="background:#1F4E79;color:white"' if r == 0 else ""
        cells.append("<tr>" + "".join(
            f'<{tag} valign=top style="border:solid #BFBFBF 1.0pt;padding:2pt 4pt"><p class=MsoNormal{style}>'
            f"{c}<o:p></o:p></p></{tag}>" for c in row) + "</tr>")
    inner = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">'
             + "".join(cells) + "</table>")
    return ('<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width="100%"><tr>'
            '<td style="padding:6pt"><p class=MsoNormal><b><span style="font-size:14pt;color:#1F4E79">'
            "GREAT LAKES FASTENER SUPPLY</span></b><br>Quote #GLQ-260109-07 &nbsp;|&nbsp; Date 01/09/2026 "
            "&nbsp;|&nbsp; Terms: Net 30, FOB Cleveland</p></td></tr><tr><td style=\"padding:6pt\">"
            + inner + "</td></tr></table>")


def _outlook_page(body):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type '
            'content="text/html; charset=us-ascii"><style>p.MsoNormal{margin:0in;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif}</style></head><body lang=EN-US><div class=WordSection1>'
            + body + "</div></body></html>")


def glf(D, M, add):
    I = M.item
    rows = [["Line", "Part Number", "Description", "Qty", "Price/M", "Ext. Price"],
            ["1", "GL-HCS-3816-150", "Hex Cap Screw<br>3/8-16 x 1-1/2 Gr5 Zinc", "5,000", "$128.50", "$642.50"],
            ["2", "GL-HN-3816", "Finished Hex Nut<br>3/8-16 Gr5 Zinc", "5,000", "$31.20", "$156.00"],
            ["3", "GL-FW-38", "Flat Washer<br>3/8 SAE Zinc", "10,000", "$9.85", "$98.50"],
            ["", "", "Subtotal", "", "", "$897.00"], ["", "", "Freight (est.)", "", "", "$85.00"],
            ["", "", "<b>Total</b>", "", "", "<b>$982.00</b>"]]
    body = ("<p class=MsoNormal>Hi Amy,<o:p></o:p></p><p class=MsoNormal>Thanks for the RFQ. Pricing below is per "
            "thousand pieces (M). Stock items ship in 2-3 days.<o:p></o:p></p>" + _outlook_nested(rows)
            + "<p class=MsoNormal>Quote valid 30 days.<o:p></o:p></p>" + GLF_SIG_HTML)
    items = [I("hcs", "Hex Cap Screw 3/8-16 x 1-1/2 Gr5 Zinc", "GL-HCS-3816-150", "0.1285", "USD", "pcs",
               quantity="5000"),
             I("hn", "Finished Hex Nut 3/8-16 Gr5 Zinc", "GL-HN-3816", "0.0312", "USD", "pcs", quantity="5000"),
             I("fw38", "Flat Washer 3/8 SAE Zinc", "GL-FW-38", "0.00985", "USD", "pcs", quantity="10000")]
    raw = M.build("e1", "2026-01-09T11:42:00-05:00", GLF, US, "GLQ-260109-07 - Hex cap screws, nuts, washers",
                  html=_outlook_page(body), charset="us-ascii", extra_headers={"Thread-Index": "AdyBq3k1Zm9vYmFy"})
    add("e1", "2026-01-09T16:42:00Z", "html-outlook-nested-br-per-thousand", "html-table", "quote", items, raw, "glf",
        notes="Outlook HTML: the item table nested in a letterhead table, <br> inside description cells; prices per thousand (Price/M): the item is per piece (128.50/M = 0.1285); Ext. Price = qty/1000 x price.")

    page = D.Page()
    page.text("GREAT LAKES FASTENER SUPPLY, INC.", size=14, bold=True, dy=16)
    page.text("4410 W. 150th St, Cleveland, OH 44135  -  (216) 555-0148", size=8, dy=22)
    page.text("QUOTATION GLQ-260123-02          Date: 01/23/2026          Customer: Kestrel Global Sourcing Ltd",
              size=9, bold=True, dy=20)
    xs = [50, 80, 165, 400, 470, 545]
    right = (3, 4, 5)
    page.row(["Item", "Part No.", "Description", "Qty", "Unit Price", "Amount"], xs, bold=True, right=right)
    page.gap(4)
    for it, pn, d1, d2, qty, up, amt in [
            ("1", "GL-SHCS-M830", "Socket Head Cap Screw M8 x 30, class 12.9,", "black oxide, DIN 912",
             "2,000 pcs", "0.21 USD", "420.00 USD"),
            ("2", "GL-WA-12414", "Wedge Anchor 1/2 x 4-1/4, zinc plated,", "with nut and washer", "1,000 pcs",
             "0.68 USD", "680.00 USD"),
            ("3", "GL-SB-0087", "Shoulder Bolt per drawing SB-0087 Rev B,", "alloy steel, 1/2 x 2", "500 pcs",
             "1.94 USD", "970.00 USD")]:
        page.row([it, pn, d1, qty, up, amt], xs, right=right, dy=11)
        page.row(["", "", d2], xs, size=8, dy=15)
    page.gap(4)
    page.row(["", "", "Tooling charge (one-time, item 3)", "", "", "850.00 USD"], xs, right=right)
    page.row(["", "", "Freight, prepaid and add", "", "", "60.00 USD"], xs, right=right)
    page.row(["", "", "TOTAL", "", "", "2,980.00 USD"], xs, bold=True, right=right, dy=24)
    page.text("Prices valid until March 31, 2026. Lead time 4-6 weeks ARO for item 3.", size=8)
    page.text("Remit to: Lakeshore Bank, ABA 041000124, Acct 3318 7702 15", size=8)
    pdf = page.build("Quotation GLQ-260123-02")
    items = [I("shcs", "Socket Head Cap Screw M8 x 30, class 12.9", "GL-SHCS-M830", "0.21", "USD", "pcs",
               quantity="2000"),
             I("wa", "Wedge Anchor 1/2 x 4-1/4, zinc plated", "GL-WA-12414", "0.68", "USD", "pcs", quantity="1000"),
             I("sb87", "Shoulder Bolt per drawing SB-0087 Rev B", "GL-SB-0087", "1.94", "USD", "pcs", quantity="500")]
    body = ("<p class=MsoNormal>Amy,<o:p></o:p></p><p class=MsoNormal>Please see the attached quote for the socket "
            "screws, anchors and the custom shoulder bolt.<o:p></o:p></p>" + GLF_SIG_HTML)
    raw = M.build("e2", "2026-01-23T15:05:00-05:00", GLF, US, "GLQ-260123-02 quote attached", html=_outlook_page(body),
                  charset="us-ascii", attachments=[(pdf, "application/pdf", "GLQ-260123-02.pdf")])
    add("e2", "2026-01-23T20:05:00Z", "pdf-en-wrapped-usd-suffix-tooling", "pdf", "quote", items, raw, "glf",
        notes="one-page PDF; descriptions wrap onto a second line under the row; '0.21 USD' with the currency after the number; tooling and freight lines; qty '2,000 pcs'; bank ABA and account numbers.")

    fresh = ("<p class=MsoNormal>Amy,<o:p></o:p></p><p class=MsoNormal>Good news - we can improve two lines on "
             "GLQ-260109-07 for a 25M release:<o:p></o:p></p>"
             "<p class=MsoNormal>GL-HCS-3816-150 Hex Cap Screw 3/8-16 x 1-1/2: <b>$124.00/M</b> (was $128.50)<br>"
             "GL-HN-3816 Finished Hex Nut 3/8-16: <b>$30.10/M</b> (was $31.20)<o:p></o:p></p>"
             "<p class=MsoNormal>Washers unchanged.<o:p></o:p></p>" + GLF_SIG_HTML)
    old_rows = [["Line", "Part Number", "Description", "Qty", "Price/M", "Ext. Price"],
                ["1", "GL-HCS-3816-150", "Hex Cap Screw<br>3/8-16 x 1-1/2 Gr5 Zinc", "5,000", "$128.50", "$642.50"],
                ["2", "GL-HN-3816", "Finished Hex Nut<br>3/8-16 Gr5 Zinc", "5,000", "$31.20", "$156.00"],
                ["3", "GL-FW-38", "Flat Washer<br>3/8 SAE Zinc", "10,000", "$9.85", "$98.50"]]
    quoted = ("<p class=MsoNormal>Mike, can you do better on lines 1 and 2 if we release 25M each? Amy</p>"
              "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal>"
              "<b>From:</b> Mike Novak &lt;mnovak@glfastener.com&gt;<br><b>Sent:</b> Friday, January 9, 2026 11:42 AM"
              "<br><b>Subject:</b> GLQ-260109-07</p></div>" + _outlook_nested(old_rows))
    html = M.outlook_reply_html(fresh, "Amy Leung &lt;amy.leung@kestrel-sourcing.com&gt;",
                                "Wednesday, February 4, 2026 9:15 PM", "Mike Novak",
                                "RE: GLQ-260109-07 - Hex cap screws, nuts, washers", quoted)
    items = [I("hcs", "Hex Cap Screw 3/8-16 x 1-1/2", "GL-HCS-3816-150", "0.124", "USD", "pcs"),
             I("hn", "Finished Hex Nut 3/8-16", "GL-HN-3816", "0.0301", "USD", "pcs")]
    raw = M.build("e3", "2026-02-06T10:20:00-05:00", GLF, US, "RE: GLQ-260109-07 - Hex cap screws, nuts, washers",
                  html=html, charset="us-ascii", reply_to_id="<kst-0204@kestrel-sourcing.com>")
    add("e3", "2026-02-06T15:20:00Z", "html-outlook-revision-was-quoted", "html-table", "quote", items, raw, "glf",
        notes="Outlook reply revising two lines as prose ('$124.00/M (was $128.50)': the old price is no item); the whole earlier quote table is quoted below and must not count.")

    body = ("Amy,\n\nQuantity breaks as requested (each, FOB Cleveland):\n\n"
            "GL-SHCS-M830  Socket Head Cap Screw M8x30 12.9\n"
            "    100 - 499 pcs      $0.26 ea\n    500 - 1,999 pcs    $0.23 ea\n    2,000+ pcs         $0.20 ea\n\n"
            "GL-WA-12414   Wedge Anchor 1/2 x 4-1/4\n"
            "    100 - 499 pcs      $0.79 ea\n    500+ pcs           $0.66 ea\n\n"
            "Mike Novak\nInside Sales | Great Lakes Fastener Supply, Inc.\nP: (216) 555-0148 x214\n")
    items = [I("shcs", "Socket Head Cap Screw M8x30 12.9", "GL-SHCS-M830", "0.26", "USD", "pcs"),
             I("shcs", "Socket Head Cap Screw M8x30 12.9", "GL-SHCS-M830", "0.23", "USD", "pcs", tier=True),
             I("shcs", "Socket Head Cap Screw M8x30 12.9", "GL-SHCS-M830", "0.20", "USD", "pcs", tier=True),
             I("wa", "Wedge Anchor 1/2 x 4-1/4", "GL-WA-12414", "0.79", "USD", "pcs"),
             I("wa", "Wedge Anchor 1/2 x 4-1/4", "GL-WA-12414", "0.66", "USD", "pcs", tier=True)]
    raw = M.build("e4", "2026-02-20T13:30:00-05:00", GLF, US, "Qty breaks - SHCS M8x30 / wedge anchors", text=body)
    add("e4", "2026-02-20T18:30:00Z", "text-en-tier-lines-under-part", "text-table", "quote", items, raw, "glf",
        notes="plain text; quantity breaks as indented lines under each part (100 - 499 pcs $0.26 ea); the first break is the list's price.")

    doc = D.docx([
        "GREAT LAKES FASTENER SUPPLY, INC.", "Quotation GLQ-260303-01     March 3, 2026",
        [["Item", "Part No.", "Description", "Qty", "UOM", "Unit Price", "Total"],
         ["1", "", "ANCHORS", "", "", "", ""],
         ["1.1", "GL-WA-12414", "Wedge Anchor 1/2 x 4-1/4, zinc", "3,000", "EA", "$0.64", "$1,920.00"],
         ["1.2", "GL-WA-12512", "Wedge Anchor 1/2 x 5-1/2, zinc", "1,000", "EA", "$0.83", "$830.00"],
         ["2", "", "WASHERS", "", "", "", ""],
         ["2.1", "GL-FW-12", "Flat Washer 1/2 SAE, zinc (box of 100)", "40", "BX", "$2.15", "$86.00"],
         ["", "", "Subtotal", "", "", "", "$2,836.00"],
         ["", "", "Less 3% volume discount", "", "", "", "-$85.08"],
         ["", "", "Total", "", "", "", "$2,750.92"]],
        "Prices valid until April 15, 2026. FOB Cleveland, Net 30.", "Mike Novak, Inside Sales"])
    items = [I("wa", "Wedge Anchor 1/2 x 4-1/4, zinc", "GL-WA-12414", "0.64", "USD", "pcs", quantity="3000"),
             I("wa512", "Wedge Anchor 1/2 x 5-1/2, zinc", "GL-WA-12512", "0.83", "USD", "pcs", quantity="1000"),
             I("fw12", "Flat Washer 1/2 SAE, zinc (box of 100)", "GL-FW-12", "2.15", "USD", "box", quantity="40")]
    body = ("<p class=MsoNormal>Amy,<o:p></o:p></p><p class=MsoNormal>Updated anchor and washer quote attached."
            "<o:p></o:p></p>" + GLF_SIG_HTML)
    raw = M.build("e5", "2026-03-03T09:00:00-05:00", GLF, US, "GLQ-260303-01 anchors & washers", html=_outlook_page(body),
                  charset="us-ascii", attachments=[(doc, DOCX, "GLQ-260303-01.docx")])
    add("e5", "2026-03-03T14:00:00Z", "docx-en-sections-1.1-discount-bx", "docx", "quote", items, raw, "glf",
        notes="DOCX table with section rows (1 ANCHORS) and items 1.1/1.2/2.1; UOM EA and BX (box); a 'Less 3% volume discount' line and totals.")


# ------------------------------------------------------------------ Tan Phat (Vietnam, USD)

TAN_SIG = ("Best regards,\nNguyen Thi Lan (Ms.)\nExport Sales - Tan Phat Rubber & Plastic Co., Ltd.\n"
           "Lot C5, Tan Tao Industrial Park, Binh Tan Dist., Ho Chi Minh City, Vietnam\n"
           "Tel: +84 28 3754 2180 | Mobile/Zalo: +84 903 418 257\n"
           "Beneficiary bank: Vietcombank HCMC, A/C 0071 0012 34567 (USD), SWIFT BFTVVNVX")


def tanphat(D, M, add):
    I = M.item
    rows = [["No.", "Description", "Specification", "Unit", "Qty", "FOB Ho Chi Minh", "CIF Hong Kong"],
            ["1", "Natural Rubber", "SVR 3L", "MT", "20", "US$1,685.00", "US$1,742.00"],
            ["2", "NBR Rubber Sheet", "3mm x 1.2m x 10m", "roll", "100", "US$96.50", "US$99.80"],
            ["3", "Conveyor Belt", "EP200 3-ply 600mm", "m", "300", "US$14.20", "US$14.95"]]
    html = html_page("<div dir=ltr><div>Dear Ms. Amy,</div><div><br></div><div>Thank you for your inquiry. "
                     "We are pleased to offer as follows:</div><div><br></div>" + table(rows)
                     + "<div><br></div><div>Price valid until 31 Jan 2026.<br>Payment: 30% T/T deposit, 70% "
                     "against copy of B/L.<br>Shipment: within 20 days after deposit.</div><div><br></div><div>"
                     + TAN_SIG.replace("\n", "<br>") + "</div></div>", lang="en")
    items = [I("svr3l", "Natural Rubber", "SVR 3L", "1685.00", "USD", "t", quantity="20"),
             I("svr3l", "Natural Rubber", "SVR 3L", "1742.00", "USD", "t", quantity="20", incoterm_alt=True),
             I("nbr3", "NBR Rubber Sheet", "3mm x 1.2m x 10m", "96.50", "USD", "roll", quantity="100"),
             I("nbr3", "NBR Rubber Sheet", "3mm x 1.2m x 10m", "99.80", "USD", "roll", quantity="100",
               incoterm_alt=True),
             I("belt600", "Conveyor Belt", "EP200 3-ply 600mm", "14.20", "USD", "m", quantity="300"),
             I("belt600", "Conveyor Belt", "EP200 3-ply 600mm", "14.95", "USD", "m", quantity="300", incoterm_alt=True)]
    raw = M.build("f1", "2026-01-07T16:10:00+07:00", TAN, US, "Offer - Natural rubber SVR 3L, NBR sheet, conveyor belt",
                  html=html)
    add("f1", "2026-01-07T09:10:00Z", "html-fob-cif-usd-prefix", "html-table", "quote", items, raw, "tanphat",
        notes="Gmail HTML; FOB Ho Chi Minh and CIF Hong Kong price columns (FOB is the list's price), US$ prefix, units MT/roll/m; specification column is the model; bank account in the signature.")

    csv = D.csv_bytes([
        ["STT / No.", "Mã hàng / Code", "Tên hàng / Description", "ĐVT / Unit", "Tiền tệ / Currency",
         "Đơn giá / Unit price", "Ghi chú / Remark"],
        ["1", "TP-NBR3", "NBR Rubber Sheet 3mm x 1.2m x 10m", "roll", "USD", "94.00", "black, 65 shore A"],
        ["2", "TP-EP200-600", "Conveyor Belt EP200 3-ply 600mm", "m", "USD", "13.90", "cover 4+2 mm"],
        ["3", "TP-PEF5", "PE Foam Sheet 5mm, 1m x 2m, 50 sheets/carton", "carton", "USD", "38.60", "white"]],
        encoding="utf-8-sig")
    items = [I("nbr3", "NBR Rubber Sheet 3mm x 1.2m x 10m", "TP-NBR3", "94.00", "USD", "roll"),
             I("belt600", "Conveyor Belt EP200 3-ply 600mm", "TP-EP200-600", "13.90", "USD", "m"),
             I("pef5", "PE Foam Sheet 5mm, 1m x 2m, 50 sheets/carton", "TP-PEF5", "38.60", "USD", "carton")]
    raw = M.build("f2", "2026-01-27T10:00:00+07:00", TAN, US, "Updated price list (CSV)",
                  text="Dear Ms. Amy,\n\nPlease find our updated price list attached (FOB Ho Chi Minh).\n\n" + TAN_SIG
                  + "\n", attachments=[(csv, "text/csv", "TanPhat_price_list_2026-01.csv")])
    add("f2", "2026-01-27T03:00:00Z", "csv-bilingual-vi-currency-column", "csv-tsv", "quote", items, raw, "tanphat",
        notes="UTF-8 CSV with BOM, bilingual Vietnamese/English headers, a separate currency column, '50 sheets/carton' in a description.")

    body = ("Dear Ms. Amy,\n\nOur offer for natural rubber, shipment March 2026:\n\n"
            "1) Natural Rubber SVR 3L: 1,712.00 USD/MT FOB Ho Chi Minh, 1,770.00 USD/MT CIF Hong Kong\n"
            "2) Natural Rubber SVR 10: 1,598.00 USD/MT FOB Ho Chi Minh, 1,655.00 USD/MT CIF Hong Kong\n\n"
            "Quantity: 40 MT (2 x 20' FCL), packing 35 kg bales on pallets.\n"
            "Price valid until 28 Feb 2026.\n\n" + TAN_SIG + "\n")
    items = [I("svr3l", "Natural Rubber", "SVR 3L", "1712.00", "USD", "t", quantity="40"),
             I("svr3l", "Natural Rubber", "SVR 3L", "1770.00", "USD", "t", quantity="40", incoterm_alt=True),
             I("svr10", "Natural Rubber", "SVR 10", "1598.00", "USD", "t", quantity="40"),
             I("svr10", "Natural Rubber", "SVR 10", "1655.00", "USD", "t", quantity="40", incoterm_alt=True)]
    raw = M.build("f3", "2026-02-13T09:20:00+07:00", TAN, US, "Offer natural rubber SVR 3L / SVR 10 - March shipment",
                  text=body)
    add("f3", "2026-02-13T02:20:00Z", "text-en-usd-suffix-per-mt-incoterms", "prose", "quote", items, raw, "tanphat",
        notes="prose lines '1,712.00 USD/MT FOB ..., 1,770.00 USD/MT CIF ...' (currency after the number); '35 kg bales' and '20' FCL' are no prices.")

    fresh = ("<div>Dear Ms. Amy,</div><div><br></div><div>Please see our prices below:</div>"
             "<div>- PE Foam Sheet 5mm (TP-PEF5): USD 36.90/carton, 200 cartons</div>"
             "<div>- Conveyor Belt EP200 3-ply 600mm (TP-EP200-600): USD 13.60/m, 500 m</div><div><br></div>"
             "<div>" + TAN_SIG.replace("\n", "<br>") + "</div>")
    quoted = ("<p>Dear Lan,</p><p>We need the following; our target prices are given for your reference:</p>"
              + table([["Item", "Code", "Qty", "Target price"], ["PE Foam Sheet 5mm", "TP-PEF5", "200 cartons",
                                                                  "USD 34.00/carton"],
                       ["Conveyor Belt EP200 600mm", "TP-EP200-600", "500 m", "USD 12.80/m"]])
              + "<p>Amy Leung<br>Kestrel Global Sourcing Ltd</p>")
    html = M.outlook_reply_html(fresh, "Amy Leung &lt;amy.leung@kestrel-sourcing.com&gt;",
                                "Wednesday, February 25, 2026 4:48 PM", "Nguyen Thi Lan", "RFQ PE foam and belt",
                                quoted)
    items = [I("pef5", "PE Foam Sheet 5mm", "TP-PEF5", "36.90", "USD", "carton", quantity="200"),
             I("belt600", "Conveyor Belt EP200 3-ply 600mm", "TP-EP200-600", "13.60", "USD", "m", quantity="500")]
    raw = M.build("f4", "2026-02-27T11:00:00+07:00", TAN, US, "RE: RFQ PE foam and belt", html=html,
                  reply_to_id="<rfq-tp-0225@kestrel-sourcing.com>")
    add("f4", "2026-02-27T04:00:00Z", "html-outlook-reply-target-table-quoted", "prose", "quote", items, raw, "tanphat",
        notes="Outlook reply; fresh prices as prose lines; our RFQ table with quantities and target prices quoted below must not count.")


# ------------------------------------------------------------------ Müller Verpackung (EUR)

MUE_SIG = ("Mit freundlichen Grüßen<br>Katrin Vogel<br>Vertrieb Export<br>Müller Verpackung GmbH · Hafenstraße 21 · "
           "21079 Hamburg<br>Tel. +49 40 5489 3320 · Fax +49 40 5489 3399<br>USt-IdNr. DE 284 551 902 · "
           "IBAN DE44 2005 0550 1234 5678 90 · BIC HASPDEHHXXX<br>Amtsgericht Hamburg HRB 118 442")


def mueller(D, M, add):
    I = M.item
    rows = [["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "Preis netto", "Preis inkl. 19% MwSt."],
            ["1", "40-2350", "Stretchfolie 23 µm, 500 mm x 300 m", "120", "Rolle", "12,40 €", "14,76 €"],
            ["2", "41-0566", "Packband PP braun, 50 mm x 66 m", "360", "Rolle", "1,85 €", "2,20 €"],
            ["3", "50-4030", "Faltkarton 400x300x250 mm, 2-wellig", "2.000", "Stück", "0,92 €", "1,09 €"]]
    html = html_page("<p>Sehr geehrte Frau Leung,</p><p>vielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:</p>"
                     + table(rows) + "<p>Rabatt: 3 % bei Abnahme ab 1.000,00 € netto je Auftrag.<br>"
                     "Fracht pauschal 45,00 € je Sendung (frei Haus ab 750,00 €).<br>Zahlung: 14 Tage 2 % Skonto, "
                     "30 Tage netto. Angebot gültig bis 28.02.2026.</p><p>" + MUE_SIG + "</p>", lang="de")
    items = [I("st23", "Stretchfolie 23 µm, 500 mm x 300 m", "40-2350", "12.40", "EUR", "roll", quantity="120"),
             I("pb50", "Packband PP braun, 50 mm x 66 m", "41-0566", "1.85", "EUR", "roll", quantity="360"),
             I("fk43", "Faltkarton 400x300x250 mm, 2-wellig", "50-4030", "0.92", "EUR", "pcs", quantity="2000")]
    raw = M.build("h1", "2026-01-15T10:30:00+01:00", MUE, US, "Angebot 26-0115 Verpackungsmaterial", html=html,
                  charset="iso-8859-15")
    add("h1", "2026-01-15T09:30:00Z", "html-de-net-gross-columns", "html-table", "quote", items, raw, "mueller",
        notes="ISO-8859-15 HTML; 'Preis netto' and 'Preis inkl. 19% MwSt.' columns (net is the item); discount threshold, freight, Skonto, IBAN, USt-IdNr. and HRB numbers around it.")

    page = D.Page()
    page.text("Müller Verpackung GmbH", size=14, bold=True, dy=16)
    page.text("Hafenstraße 21 · 21079 Hamburg · Tel. +49 40 5489 3320", size=8, dy=22)
    page.text("Staffelpreisliste Stretchfolie und Kartonagen          Stand: 05.02.2026", size=11, bold=True, dy=16)
    page.text("Preise je Einheit in EUR, netto, zzgl. MwSt., ab Werk Hamburg", size=9, dy=20)
    xs = [50, 105, 330, 420, 480, 540]
    right = (3, 4, 5)
    page.row(["Art.-Nr.", "Bezeichnung", "Einheit", "ab 50", "ab 200", "ab 500"], xs, bold=True, right=right)
    page.gap(4)
    for art, name, unit, p1, p2, p3 in [
            ("40-2350", "Stretchfolie 23 µm, 500 mm x 300 m", "Rolle", "12,60", "11,95", "11,40"),
            ("40-2317", "Stretchfolie 17 µm, 500 mm x 300 m", "Rolle", "10,20", "9,70", "9,25"),
            ("50-4030", "Faltkarton 400x300x250 mm, 2-wellig", "Stück", "0,98", "0,89", "0,84")]:
        page.row([art, name, unit, p1, p2, p3], xs, right=right)
    page.gap(10)
    page.text("Mengenstaffel je Artikel und Auftrag. Mindermengenzuschlag unter 50 Einheiten: 25,00 €.", size=8)
    page.text("Seite 1 von 1", size=8)
    pdf = page.build("Staffelpreisliste 2026-02")
    items = []
    for pid, name, art, unit, prices in [
            ("st23", "Stretchfolie 23 µm, 500 mm x 300 m", "40-2350", "roll", ("12.60", "11.95", "11.40")),
            ("st17", "Stretchfolie 17 µm, 500 mm x 300 m", "40-2317", "roll", ("10.20", "9.70", "9.25")),
            ("fk43", "Faltkarton 400x300x250 mm, 2-wellig", "50-4030", "pcs", ("0.98", "0.89", "0.84"))]:
        for k, p in enumerate(prices):
            extra = {"tier": True} if k else {}
            items.append(I(pid, name, art, p, "EUR", unit, **extra))
    raw = M.build("h2", "2026-02-05T14:15:00+01:00", MUE, US, "Staffelpreise 2026",
                  html=html_page("<p>Sehr geehrte Frau Leung,</p><p>anbei unsere aktuelle Staffelpreisliste.</p><p>"
                                 + MUE_SIG + "</p>", lang="de"),
                  attachments=[(pdf, "application/pdf", "Staffelpreise_2026-02.pdf")])
    add("h2", "2026-02-05T13:15:00Z", "pdf-de-tier-columns-ab", "pdf", "quote", items, raw, "mueller",
        notes="PDF with quantity tiers as columns 'ab 50 / ab 200 / ab 500', decimal commas; the first tier is the list's price; a small-quantity surcharge line and a page number.")

    body = ("Sehr geehrte Frau Leung,\n\nfür Kartonagen in größeren Mengen gelten ab sofort folgende Preise "
            "(je 100 Stück, netto, zzgl. MwSt.):\n\n"
            "  50-4030  Faltkarton 400x300x250 mm, 2-wellig    89,00 EUR / 100 Stk.\n"
            "  50-5040  Faltkarton 500x400x300 mm, 2-wellig   128,50 EUR / 100 Stk.\n\n"
            "Mindestabnahme 1.000 Stück je Format.\n\nMit freundlichen Grüßen\nKatrin Vogel\n"
            "Müller Verpackung GmbH · Tel. +49 40 5489 3320\n")
    items = [I("fk43", "Faltkarton 400x300x250 mm, 2-wellig", "50-4030", "0.89", "EUR", "pcs"),
             I("fk54", "Faltkarton 500x400x300 mm, 2-wellig", "50-5040", "1.285", "EUR", "pcs")]
    raw = M.build("h3", "2026-02-26T08:50:00+01:00", MUE, US, "Kartonagen - Preise je 100 Stück", text=body,
                  charset="iso-8859-1")
    add("h3", "2026-02-26T07:50:00Z", "text-de-per-100-pieces-latin1", "text-table", "quote", items, raw, "mueller",
        notes="Latin-1 text; prices per 100 pieces ('89,00 EUR / 100 Stk.'): the item is per piece (0.89, 1.285).")


def scenarios(D, M, add):
    glf(D, M, add)
    tanphat(D, M, add)
    mueller(D, M, add)

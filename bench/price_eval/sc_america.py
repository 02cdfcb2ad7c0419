"""The Americas, the UK and Australia: suppliers in the US and UK; buyers in the US, Mexico,
Brazil and Australia."""

from decimal import Decimal

import pe_docs as docs
import pe_mail
from pe_common import (
    DAVE, HELEN_EN, JOOST, KEVIN, KYLIE, LIMA, LINDA, MIKE, RUIZ, SARAH, SIG_KEVIN, SIG_LINDA, TOM, I, dt,
    new_mail)
from pe_fmt import en_words
from pe_mail import Quoted
from pe_tables import Col, Fmt, csv_text, html_table, text_table, total_of

D = Decimal
US = Fmt(style="us")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

SIG_MIKE = """Mike Kowalski | Inside Sales
Great Lakes Industrial Components Inc.
4100 W. Fort St, Detroit, MI 48209
P: (313) 555-0148  F: (313) 555-0149
www.glic-usa.com"""


def greatlakes(ctx):
    cols = [Col("Line", "idx"), Col("Part No.", "model"), Col("Description", "product"), Col("Qty", "qty", "r"),
            Col("UOM", "unit"), Col("Unit Price", "price", "r"), Col("Ext. Price", "amount", "r")]
    items = [I('Hydraulic cylinder 2" bore x 8" stroke', "HC-2008-SS", "EA", "pcs", "214.50", "USD", 25),
             I('Pressure gauge 2.5" 0-160 psi LF', "PG-25-160L", "EA", "pcs", "11.85", "USD", 200),
             I('Hose assy 3/8" x 36" JIC-JIC', "HA-0612-36", "EA", "pcs", "23.40", "USD", 150),
             I('Quick coupler 1/2" flat face', "QD-0500-FF", "PR", "pair", "41.70", "USD", 100)]
    f = Fmt(style="us", price_prefix="$")
    sub = total_of(items)
    foot = [("Subtotal", sub), ("Freight (est.)", D("385.00")), ("Total", sub + D("385.00"))]
    body = ["Helen,\n\nPer your request, pricing below is valid 30 days, FCA Detroit. Lead time 3-4 weeks ARO.",
            ("table", text_table(cols, items, f, foot, style="rule"), None),
            "Let me know if you need certs (material or calibration) - no charge.\n\nThanks,", SIG_MIKE]
    ctx.add(new_mail("gl-text", dt("2025-01-22 15:20", "-0500"), MIKE, [HELEN_EN], "GLIC quote 25-0122 cylinders/gauges/hoses",
                     body, client="outlook", charset="us-ascii", text_only=True, lang="en"),
            "greatlakes", "en-text-aligned", "quote", items,
            notes="US plain-text quote, aligned with rules, $ prices, EA/PR units, subtotal/freight/total rows.")

    pcols = [Col("Item", "idx", width=0.4), Col("Part Number", "model", width=1.2), Col("Description", "product", width=3.0),
             Col("Qty", "qty", "r", 0.5), Col("U/M", "unit", width=0.5), Col("Unit Price", "price", "r", 0.9),
             Col("Extended", "amount", "r", 1.0)]
    p_items = [I('Hydraulic cylinder 2" bore x 8" stroke', "HC-2008-SS", "EA", "pcs", "209.00", "USD", 25),
               I('Hydraulic cylinder 2.5" bore x 12" stroke', "HC-2512-SS", "EA", "pcs", "268.00", "USD", 10),
               I('Pressure gauge 2.5" 0-160 psi LF', "PG-25-160L", "EA", "pcs", "11.85", "USD", 300),
               I("Return filter 10 micron 10 GPM", "FLT-10-10", "EA", "pcs", "36.20", "USD", 40)]
    sub = total_of(p_items)
    pdf = docs.pdf_doc({"lang": "en", "letterhead": [("Great Lakes Industrial Components Inc.", 16, True),
                                                     ("4100 W. Fort St, Detroit, MI 48209  |  (313) 555-0148  |  www.glic-usa.com", 8, False)],
                        "title": "QUOTATION", "info": [("Quote #:", "Q-25-0513-KW"), ("Date:", "05/13/2025"), ("Valid thru:", "06/12/2025")],
                        "info_right": [("Bill To:", "Sinoway Industrial Supply Co., Ltd."), ("Attn:", "Helen Wu"), ("Terms:", "Prepaid, FCA Detroit")],
                        "cols": pcols, "items": p_items, "fmt": Fmt(style="us", price_prefix="$"),
                        "footer": [("Subtotal", sub), ("Sales Tax (export, 0%)", D("0")), ("Total USD", sub)],
                        "notes": ["All prices in US dollars. Lead time 3-4 weeks ARO. Quote subject to GLIC terms and conditions."],
                        "page_label": "Page {p} of {n}", "creator": "Epicor Kinetic"})
    body2 = ["Helen,\n\nAttached is the updated quote incl. the 2.5\" bore cylinder and the return filters.\n\nThanks,", SIG_MIKE]
    ctx.add(new_mail("gl-pdf", dt("2025-05-13 10:02", "-0400"), MIKE, [HELEN_EN], "Quote Q-25-0513-KW", body2, client="outlook",
                     charset="us-ascii", lang="en", attachments=[(pdf, "application/pdf", "Q-25-0513-KW.pdf")]),
            "greatlakes", "pdf-en-onepage", "quote", p_items, notes="One-page PDF with a clean column table and a 'Page 1 of 1' footer.")

    c_items = [I('Hose assy 3/8" x 36" JIC-JIC', "HA-0612-36", "EA", "pcs", "22.90", "USD", 200),
               I('Hose assy 1/2" x 48" JIC-JIC', "HA-0816-48", "EA", "pcs", "31.60", "USD", 100),
               I('Quick coupler 1/2" flat face, male+female', "QD-0500-FF", "PR", "pair", "40.50", "USD", 100)]
    ccols = [Col("Line", "idx"), Col("Part #", "model"), Col("Description", "product"), Col("Qty", "qty"), Col("UOM", "unit"),
             Col("Unit Price (USD)", "price"), Col("Extended (USD)", "amount")]
    csv = csv_text(ccols, c_items, US, ",", quote_all=False)
    body3 = ["Helen,\n\nCSV export of quote 25-0708 for your system is attached.\n\nThanks,", SIG_MIKE]
    ctx.add(new_mail("gl-csv", dt("2025-07-08 09:41", "-0400"), MIKE, [HELEN_EN], "Quote 25-0708 hose assemblies (CSV)", body3,
                     client="outlook", charset="us-ascii", lang="en", attachments=[(csv.encode("ascii"), "text/csv", "quote_25-0708.csv")]),
            "greatlakes", "csv-us-quoted", "quote", c_items,
            notes="Comma CSV with quoted fields holding commas and doubled quotes (3/8\"\" x 36\"\"), thousands separators in quoted numbers.")

    fam = [("Straight adapter JIC male x NPT male", "FS-2404-{a}-{b}", [("04", "04", "1.18"), ("06", "06", "1.42"),
                                                                          ("08", "08", "1.96"), ("12", "12", "3.84")]),
           ("90° elbow JIC male x NPT male", "FS-2501-{a}-{b}", [("04", "04", "2.05"), ("06", "06", "2.48"), ("08", "08", "3.36"),
                                                                ("12", "12", "6.10")]),
           ("Tee JIC male run", "FS-2603-{a}-{b}", [("04", "04", "3.62"), ("06", "06", "4.18"), ("08", "08", "5.74")]),
           ("Swivel nut JIC female", "FS-6400-{a}-{b}", [("04", "04", "0.98"), ("06", "06", "1.21"), ("08", "08", "1.64"),
                                                        ("12", "12", "2.95")]),
           ("Ball valve 2-way 3000 psi NPT", "BV3K-{a}{b}", [("0", "4", "38.40"), ("0", "6", "44.80"), ("0", "8", "52.60"),
                                                             ("1", "2", "84.90")]),
           ("Pressure gauge liquid filled 2.5\"", "PG-25-{a}{b}L", [("1", "60", "11.85"), ("3", "00", "12.40"), ("1", "000", "13.20"),
                                                                  ("3", "000", "13.90"), ("5", "000", "14.60")]),
           ("Hydraulic hose 100R2AT", "H2AT-{a}{b}", [("0", "4", "2.36"), ("0", "6", "2.92"), ("0", "8", "3.84"), ("1", "2", "6.18"),
                                                      ("1", "6", "9.45")]),
           ("Return filter element", "FE-{a}{b}", [("10", "-10", "18.60"), ("10", "-25", "21.40"), ("25", "-25", "19.80")])]
    pl = []
    for name, pattern, rows in fam:
        for a, b, net in rows:
            model = pattern.format(a=a, b=b)
            listp = (D(net) / D("0.62")).quantize(D("0.01"))
            unit = "ft" if name.startswith("Hydraulic hose") else "pcs"
            pl.append(I(name, model, "FT" if unit == "ft" else "EA", unit, net, "USD", list=f"{listp:,.2f}",
                        pkg="25" if unit == "pcs" and D(net) < 5 else "1"))
    lcols = [Col("Part Number", "model", width=1.3), Col("Description", "product", width=3.0), Col("UOM", "unit", width=0.5),
             Col("Pkg Qty", "extra:pkg", "r", 0.6), Col("List Price", "extra:list", "r", 0.9), Col("Your Net", "price", "r", 0.9)]
    pdf2 = docs.pdf_doc({"lang": "en", "letterhead": [("Great Lakes Industrial Components Inc.", 15, True)],
                         "repeat_letterhead": True, "title": "2026 Distributor Net Price List",
                         "info": [("Customer:", "Sinoway Industrial Supply Co., Ltd. (acct 40877)"), ("Effective:", "January 1, 2026")],
                         "intro": ["Net prices in USD, FCA Detroit. List prices shown for reference only."],
                         "cols": lcols, "items": pl, "fmt": US, "rows_per_page": 14, "repeat_header": True,
                         "page_label": "Page {p} of {n}", "footer_line": "GLIC confidential - distributor pricing",
                         "creator": "Epicor Kinetic"})
    body4 = ["Helen,\n\nYour 2026 net price list is attached (fittings, valves, gauges, hose, filter elements).\n\nThanks,", SIG_MIKE]
    ctx.add(new_mail("gl-list", dt("2025-09-30 14:30", "-0400"), MIKE, [HELEN_EN], "2026 net price list - acct 40877", body4,
                     client="outlook", charset="us-ascii", lang="en",
                     attachments=[(pdf2, "application/pdf", "GLIC_2026_NetPriceList_40877.pdf")]),
            "greatlakes", "pdf-multipage-en", "quote", pl,
            notes=f"{len(pl)} rows over several pages; List Price beside Your Net: only the net price counts; Pkg Qty is not a quantity.")

    n_items = []
    for model, name, cur in (("HC-2008-SS", 'Hydraulic cylinder 2" bore x 8" stroke', "209.00"),
                             ("HC-2512-SS", 'Hydraulic cylinder 2.5" bore x 12" stroke', "268.00"),
                             ("FLT-10-10", "Return filter 10 micron 10 GPM", "36.20")):
        it = I(name, model, "EA", "pcs", D(cur) * D("1.05"), "USD")
        it.old_price = D(cur)
        n_items.append(it)
    ncols = [Col("Part No.", "model"), Col("Description", "product"), Col("UOM", "unit"), Col("Current Price", "old", "r")]
    body5 = ["Dear Valued Customer,\n\nDue to continued increases in steel, aluminum and freight costs, Great Lakes Industrial "
             "Components will implement a price increase of 5 % on the following items, effective January 1, 2026:",
             ("table", text_table(ncols, n_items, Fmt(style="us", price_prefix="$"), style="spaces"), None),
             "New prices are the current prices plus 5 %, rounded to the cent. Orders received before December 31, 2025 will "
             "be honored at current pricing.\n\nWe appreciate your business.", SIG_MIKE]
    ctx.add(new_mail("gl-notice", dt("2025-12-15 08:00", "-0500"), MIKE, [HELEN_EN], "Price increase notice - effective 1/1/2026",
                     body5, client="outlook", charset="us-ascii", text_only=True, lang="en"),
            "greatlakes", "notice-percent-en", "price-notice", n_items, status="notice", kind_alt=("quote",),
            notes="'increase of 5 %' applied to a named list with current prices: truth = current x 1.05.")


SIG_SARAH = """Kind regards

Sarah Hughes
Sales Engineer
Pennine Fluid Controls Ltd | Unit 7, Calder Park, Wakefield WF2 7AW
Tel: 01924 555 210 | Mob: 07700 900 412
Registered in England No. 04123456 | VAT GB 123 4567 89"""


def pennine(ctx):
    cols = [Col("Part No", "model"), Col("Description", "product"), Col("Qty", "qty", "r"), Col("Price each", "price", "r"),
            Col("Total", "amount", "r")]
    items = [I('Solenoid valve 2/2 NC 1/2" BSP 24VDC', "SV-220-12", "", "pcs", "38.60", "GBP", 20),
             I('Solenoid valve 3/2 1/4" BSP 230VAC', "SV-320-14", "", "pcs", "44.10", "GBP", 10),
             I('Pressure regulator 1/2" 0-10 bar', "PR-1240", "", "pcs", "27.90", "GBP", 15),
             I("Coil 24VDC DIN 43650A", "CB-24-DIN", "", "pcs", "6.45", "GBP", 50)]
    f = Fmt(style="us", price_prefix="£")
    sub = total_of(items)
    foot = [("Sub-total", sub), ("Carriage", D("35.00")), ("VAT @ 0% (export)", D("0")), ("Total", sub + D("35.00"))]
    html = html_table(cols, items, f, foot, flavor="outlook", lang="EN-GB")
    body = ["Hi Joost,\n\nThanks for your enquiry, please see our quotation below (ref PFC-Q-10241):",
            ("table", text_table(cols, items, f, foot, style="tabs"), html),
            "Delivery 5-7 working days, ex works Wakefield. Prices valid 30 days.", SIG_SARAH]
    ctx.add(new_mail("pe-html", dt("2025-04-01 11:48", "+0100"), SARAH, [JOOST], "Quotation PFC-Q-10241", body, client="outlook",
                     charset="windows-1252", lang="en"),
            "pennine", "html-outlook-gbp", "quote", items, notes="Outlook HTML in windows-1252 with £ prices, 'Price each' (no unit column).")

    p_items = [I('Solenoid valve 2/2 NC 1/2" BSP 24VDC', "SV-220-12", "each", "pcs", "36.90", "GBP"),
               I("Coil 24VDC DIN 43650A", "CB-24-DIN", "piece", "pcs", "6.20", "GBP"),
               I('Pressure regulator 1/2" 0-10 bar', "PR-1240", "", "", "27.90", "GBP")]
    body2 = ["Hi Joost,\n\nFurther to our call this morning: for 50+ the SV-220-12 solenoid valve is now GBP 36.90 each, and "
             "the coil CB-24-DIN comes down to £6.20 per piece. The regulator PR-1240 stays at £27.90. Carriage is free on orders "
             "over £500.\n\nLast year you paid £41.20 for the SV-220-12, so this is a good one!", SIG_SARAH]
    ctx.add(new_mail("pe-prose", dt("2025-08-05 12:05", "+0100"), SARAH, [JOOST], "SV-220-12 pricing", body2, client="outlook",
                     charset="windows-1252", lang="en"),
            "pennine", "prose-en", "quote", p_items,
            notes="Prices in English prose; last year's price and the carriage threshold are not quotes.")

    t_items = [I('Filter regulator 1/2" 5 micron', "FR-1240", "", "pcs", "24.80", "GBP", 20),
               I('Lubricator 1/2"', "LB-12", "", "pcs", "19.60", "GBP", 20),
               I("Manual valve push button 3/2", "MV-PB-22", "", "pcs", "8.75", "GBP", 40)]
    tcols = [Col("Item", "idx"), Col("Part No", "model"), Col("Description", "product"), Col("Qty", "qty", "r"),
             Col("Each", "price", "r"), Col("Line total", "amount", "r")]
    inner_body = ["Dear Joost,\n\nQuotation PFC-Q-10387 as requested:",
                  ("table", text_table(tcols, t_items, Fmt(style="us", price_prefix="£"), [("Total", total_of(t_items))]), None),
                  "Ex works Wakefield, 30 days.\n\nRegards\nTom Baxter\nPennine Fluid Controls Ltd\n01924 555 214"]
    inner = new_mail("pe-inner", dt("2025-10-14 16:20", "+0100"), TOM, [JOOST], "Quotation PFC-Q-10387", inner_body,
                     client="outlook", charset="windows-1252", text_only=True, lang="en")
    inner.message_id = "<0001a2b3c4$5d6e7f80$@pennine-fluid.co.uk>"
    inner_bytes = pe_mail.render(inner, "pennine-inner")
    body3 = ["Hi Joost,\n\nTom is on holiday this week - attached is the quote he sent you last Tuesday, I think it got "
             "stuck in your spam filter. Prices still stand.", SIG_SARAH]
    ctx.add(new_mail("pe-fwd", dt("2025-10-21 09:15", "+0100"), SARAH, [JOOST], "FW: Quotation PFC-Q-10387", body3,
                     client="outlook", charset="windows-1252", lang="en",
                     attachments=[(inner_bytes, "message/rfc822", "Quotation PFC-Q-10387.eml")]),
            "pennine", "forward-rfc822", "quote", t_items, notes="The quote is inside a forwarded message/rfc822 attachment.")


def cpv(ctx):
    cols = [Col("No.", "idx"), Col("Model", "model"), Col("Description", "product"), Col("Qty", "qty", "r"), Col("Unit", "unit"),
            Col("Unit Price (USD)", "price", "r"), Col("Amount (USD)", "amount", "r")]
    items = [I('Butterfly valve wafer type DN100 (4") EPDM seat', "BFV-W-100", "pcs", "pcs", "28.40", "USD", 200),
             I('Butterfly valve wafer type DN150 (6") EPDM seat', "BFV-W-150", "pcs", "pcs", "46.80", "USD", 100),
             I("Gate valve resilient seated DN100 AWWA C509", "GV-RS-100", "pcs", "pcs", "96.00", "USD", 50),
             I("Swing check valve DN100 class 125", "CV-SW-100", "pcs", "pcs", "72.50", "USD", 50)]
    total = total_of(items)
    docx = docs.docx_doc({"header_lines": [("SINOWAY INDUSTRIAL SUPPLY CO., LTD.", 15, True, "c"),
                                           ("No. 188 Jiangnan Road, Beilun, Ningbo 315800, China · Tel +86 574 8688 2301", 8, False, "c"),
                                           ("QUOTATION", 14, True, "c")],
                          "paragraphs_before": ["To: Chicago Pump & Valve Supply, Inc.    Attn: Mr. Dave Miller",
                                                "Quotation No.: SW-Q250414-03    Date: April 14, 2025"],
                          "cols": cols, "items": items, "fmt": US,
                          "footer": [("Subtotal", total), ("Special discount 2%", -(total * D("0.02")).quantize(D("0.01"))),
                                     ("Total FOB Ningbo", total - (total * D("0.02")).quantize(D("0.01")))],
                          "paragraphs_after": ["Terms and conditions:", "1. Price term: FOB Ningbo", "2. Payment: 30% T/T in advance, "
                                               "balance against copy of B/L", "3. Delivery: 35-40 days after deposit",
                                               "4. Validity: 30 days", "5. Packing: export plywood cases"],
                          "date": "2025-04-14", "author": "Kevin Zhou"})
    body = ["Dear Dave,\n\nPlease find attached our quotation SW-Q250414-03 for the butterfly, gate and check valves.", SIG_KEVIN]
    ctx.add(new_mail("cp-quote", dt("2025-04-14 21:35"), KEVIN, [DAVE], "Quotation SW-Q250414-03", body, client="outlook",
                     charset="us-ascii", lang="en", attachments=[(docx, DOCX, "Quotation SW-Q250414-03.docx")]),
            "cpv", "docx-quote-en", "quote", items, notes="Our DOCX quotation in English.")

    c_items = [I('Butterfly valve wafer type DN100 (4") EPDM seat', "BFV-W-100", "pcs", "pcs", "27.00", "USD", 400),
               I('Butterfly valve wafer type DN150 (6") EPDM seat', "BFV-W-150", "pcs", "pcs", "44.50", "USD", 100),
               I("Gate valve resilient seated DN100 AWWA C509", "GV-RS-100", "pcs", "pcs", "91.20", "USD", 50)]
    ctotal = total_of(c_items)
    docx2 = docs.docx_doc({"header_lines": [("SALES CONTRACT", 16, True, "c"), ("Contract No.: SW-SC-250509", 10, False, "r"),
                                            ("Date: May 9, 2025    Place: Ningbo", 10, False, "r")],
                           "paragraphs_before": ["The Seller: Sinoway Industrial Supply Co., Ltd., No. 188 Jiangnan Road, Beilun, Ningbo, China",
                                                 "The Buyer: Chicago Pump & Valve Supply, Inc., 2250 S. Kostner Ave, Chicago, IL 60623, USA",
                                                 "The undersigned Seller and Buyer have agreed to close the following transaction according to "
                                                 "the terms and conditions stipulated below:",
                                                 ("1. Commodity, specification, quantity and price", True)],
                           "cols": cols, "items": c_items, "fmt": US,
                           "footer": [("Total FOB Ningbo", ctotal), ("Total amount in words", en_words(ctotal, "US DOLLARS"))],
                           "paragraphs_after": [("2. Shipment:", True), "Within 40 days after receipt of the deposit, from Ningbo to Chicago via LA.",
                                                ("3. Payment:", True), "30% T/T in advance, 70% against copy of B/L.",
                                                ("4. Seller's bank:", True), "Bank of China, Ningbo Beilun Sub-branch, A/C 3725 6811 9021, "
                                                "SWIFT BKCHCNBJ92A",
                                                ("5. Quality:", True), "AWWA C504/C509, 100% pressure tested, 18 months warranty.",
                                                ("6. Arbitration:", True), "CIETAC Shanghai."],
                           "signature_table": [("THE SELLER", "THE BUYER"), ("Sinoway Industrial Supply Co., Ltd.", "Chicago Pump & Valve Supply, Inc."),
                                               ("Kevin Zhou, Sales Manager", "David Miller, Purchasing Manager")],
                           "date": "2025-05-09", "author": "Kevin Zhou"})
    body2 = ["Dear Dave,\n\nAs agreed in our call, attached is the sales contract SW-SC-250509 with the settled prices (about 5% "
             "below our quotation for the increased quantity). Please sign and return.", SIG_KEVIN]
    ctx.add(new_mail("cp-contract", dt("2025-05-09 20:10"), KEVIN, [DAVE], "Sales Contract SW-SC-250509", body2, client="outlook",
                     charset="us-ascii", lang="en", reply_to="cp-quote",
                     attachments=[(docx2, DOCX, "Sales Contract SW-SC-250509.docx")]),
            "cpv", "docx-contract-en", "contract", c_items, status="agreed", notes="Sales contract DOCX, prices settled below the quote.")

    po_items = [I('Butterfly valve wafer type DN100 (4") EPDM seat', "BFV-W-100", "EA", "pcs", "27.00", "USD", 400),
                I('Butterfly valve wafer type DN150 (6") EPDM seat', "BFV-W-150", "EA", "pcs", "44.50", "USD", 100)]
    pcols = [Col("Line", "idx"), Col("Vendor Item", "model"), Col("Description", "product"), Col("Qty", "qty", "r"),
             Col("UOM", "unit"), Col("Unit Cost", "price", "r"), Col("Ext Cost", "amount", "r")]
    xlsx = docs.xlsx_quote({"sheet": "PO 77125", "letterhead": [("Chicago Pump & Valve Supply, Inc.", 14, True),
                                                               ("2250 S. Kostner Ave, Chicago, IL 60623 | (773) 555-0190", 9, False)],
                            "title": "PURCHASE ORDER", "info": [("PO Number", "77125"), ("PO Date", "06/03/2025"),
                                                                ("Vendor", "Sinoway Industrial Supply Co., Ltd."),
                                                                ("Ship Via", "Ocean, FOB Ningbo")],
                            "cols": pcols, "items": po_items, "fmt": US, "price_format": '"$"#,##0.00', "formulas": True,
                            "footer": [("PO Total", total_of(po_items))], "sum_label": "PO Total",
                            "notes": ["Per contract SW-SC-250509. GV-RS-100 to follow on a separate PO."], "date": "2025-06-03",
                            "author": "dmiller"})
    body3 = ["Kevin,\n\nPO 77125 attached for the butterfly valves, first call-off under the contract.\n\nDave Miller\nPurchasing "
             "Manager | Chicago Pump & Valve Supply, Inc.\n(773) 555-0190 x204"]
    ctx.add(new_mail("cp-po", dt("2025-06-03 16:48", "-0500"), DAVE, [KEVIN], "PO 77125", body3, client="outlook",
                     charset="us-ascii", lang="en", attachments=[(xlsx, XLSX, "PO_77125.xlsx")]),
            "cpv", "po-xlsx-en", "order", po_items, status="ordered", notes="Buyer's XLSX purchase order, $ in the cell format.")


def mexvalvulas(ctx):
    cols = [Col("Producto", "product"), Col("Medida", "extra:size"), Col("Modelo", "model"), Col("Cantidad", "qty", "r"),
            Col("Unidad", "unit"), Col("Precio unitario USD", "price", "r"), Col("Importe USD", "amount", "r")]
    gv, cv = "Válvula de compuerta bridada clase 150", "Válvula de retención tipo columpio clase 150"
    items = [I(gv, "GV150-2", "pza", "pcs", "68.50", "USD", 50, size='2"'), I(gv, "GV150-3", "pza", "pcs", "96.00", "USD", 40, size='3"'),
             I(gv, "GV150-4", "pza", "pcs", "128.00", "USD", 30, size='4"'), I(cv, "CV150-2", "pza", "pcs", "62.00", "USD", 40, size='2"'),
             I(cv, "CV150-4", "pza", "pcs", "118.00", "USD", 20, size='4"')]
    sub = total_of(items)
    foot = [("Subtotal", sub), ("Flete marítimo", D("850.00")), ("Total CIF Manzanillo", sub + D("850.00"))]
    html = html_table(cols, items, US, foot, flavor="outlook", group_col=0, lang="ES-MX")
    body = ["Estimado Ing. Ruiz:\n\nGracias por su solicitud. Le enviamos nuestra cotización SW-C250819-02:",
            ("table", text_table(cols, items, US, foot, style="tabs"), html),
            "Condiciones: CIF Manzanillo; pago 30% anticipo, 70% contra copia de B/L; entrega 40 días; vigencia 30 días.\n\n"
            "Saludos cordiales,", SIG_LINDA]
    ctx.add(new_mail("mx-html", dt("2025-08-19 22:05"), LINDA, [RUIZ], "Cotización SW-C250819-02 válvulas clase 150", body,
                     client="outlook", charset="utf-8", lang="es"),
            "mexvalvulas", "html-rowspan-es", "quote", items, notes="Spanish Outlook HTML, product name rowspan over its sizes, USD.")

    rev = [I("", "GV150-3", "", "", "92.00", "USD"), I("", "GV150-4", "", "", "122.00", "USD")]
    body2 = ["Estimado Ing. Ruiz:\n\nCon base en el volumen anual que nos comentó, le confirmamos los precios revisados:\n\n"
             "GV150-3: USD 92.00\nGV150-4: USD 122.00\n\nLos demás precios y condiciones de la cotización SW-C250819-02 se mantienen.",
             SIG_LINDA]
    ctx.add(new_mail("mx-rev", dt("2025-09-02 21:40"), LINDA, [RUIZ], "RE: Cotización SW-C250819-02 - precios revisados", body2,
                     client="outlook", charset="utf-8", lang="es", reply_to="mx-html"),
            "mexvalvulas", "revision-model-only", "quote", rev, notes="Spanish revision naming only the models.")


def brasilhidra(ctx):
    cols = [Col("Item", "idx"), Col("Código", "model"), Col("Descrição", "product"), Col("NCM", "extra:ncm"), Col("Qtde", "qty", "r"),
            Col("Un", "unit"), Col("Preço Unit. (US$)", "price", "r"), Col("Total (US$)", "amount", "r")]
    items = [I('Válvula esfera latão 1/2" PN25', "SW-BV-12", "pç", "pcs", "1.82", "USD", 3000, ncm="8481.80.99"),
             I('Válvula esfera latão 3/4" PN25', "SW-BV-34", "pç", "pcs", "2.58", "USD", 2000, ncm="8481.80.99"),
             I('Válvula de retenção 1"', "SW-CV-1", "pç", "pcs", "4.65", "USD", 500, ncm="8481.30.00")]
    xlsx = docs.xlsx_quote({"sheet": "Pedido", "letterhead": [("BRASIL HIDRÁULICA LTDA.", 14, True),
                                                             ("CNPJ 12.345.678/0001-90 · Rua Voluntários da Pátria 1500 · Joinville/SC · +55 47 3422-1100", 8, False)],
                            "title": "PEDIDO DE COMPRA Nº 2025/1187",
                            "info": [("Fornecedor:", "Sinoway Industrial Supply Co., Ltd."), ("Data:", "14/07/2025"),
                                     ("Condição:", "FOB Ningbo"), ("Pagamento:", "30% antecipado, 70% contra BL")],
                            "cols": cols, "items": items, "fmt": Fmt(style="de"), "price_format": "#,##0.00", "formulas": True,
                            "footer": [("Total do pedido", total_of(items))], "sum_label": "Total do pedido",
                            "notes": ["Embarque até 30/08/2025. Favor confirmar o pedido."], "date": "2025-07-14", "author": "Fernanda"})
    body = ["Prezada Linda,\n\nSegue anexo o nosso pedido de compra nº 2025/1187, conforme a sua proposta.\nPor favor confirme o "
            "recebimento e a data de embarque.\n\nAtenciosamente,\nFernanda Lima\nCompras Internacionais | Brasil Hidráulica Ltda.\n"
            "Tel.: +55 47 3422-1100 ramal 218"]
    ctx.add(new_mail("bh-po", dt("2025-07-14 10:30", "-0300"), LIMA, [LINDA], "Pedido de compra 2025/1187", body, client="outlook",
                     charset="iso-8859-1", lang="pt", attachments=[(xlsx, XLSX, "Pedido 2025-1187.xlsx")]),
            "brasilhidra", "po-xlsx-pt", "order", items, status="ordered",
            notes="Portuguese XLSX purchase order; NCM tariff codes and CNPJ are numbers that are not prices.")

    ocols = [Col("Item", "idx"), Col("Model", "model"), Col("Description", "product"), Col("Qty", "qty", "r"),
             Col("Ready date", "extra:ready")]
    for it, ready in zip(items, ("Aug 20, 2025", "Aug 20, 2025", "Aug 25, 2025")):
        it.extra["ready"] = ready
    body2 = ["Dear Fernanda,\n\nThank you for your purchase order 2025/1187, which we confirm as follows:",
             ("table", text_table(ocols, items, US, style="spaces"), None),
             "Shipment: first vessel after Aug 25 from Ningbo to Itapoá. Our proforma invoice for the 30% deposit follows "
             "separately.", SIG_LINDA]
    ctx.add(new_mail("bh-oc", dt("2025-07-15 09:05"), LINDA, [LIMA], "Order confirmation - PO 2025/1187", body2, client="outlook",
                     charset="iso-8859-1", lang="en", text_only=True, reply_to="bh-po"),
            "brasilhidra", "order-confirmation-en", "order", [], notes="Order confirmation with quantities and dates, no prices.")


def deltaflow(ctx):
    cols = [Col("Item", "model"), Col("Description", "product"), Col("Qty", "qty", "r"),
            Col("Unit Price AUD", "price", "r"), Col("Amount AUD", "amount", "r")]
    items = [I('Ball valve SS316 2-pc BSP 1"', "BV2-316-25", "pcs", "pcs", "9.85", "AUD", 1000),
             I('Ball valve SS316 2-pc BSP 2"', "BV2-316-50", "pcs", "pcs", "24.60", "AUD", 500),
             I("Butterfly valve DN100 lugged", "BFV-L-100", "sets", "set", "58.00", "AUD", 40),
             I('Y-strainer SS316 1" BSP', "YS-316-25", "pcs", "pcs", "12.40", "AUD", 100)]
    total = total_of(items)
    qf = Fmt(style="us", qty_unit=True)
    quote_blocks = ["Hi Kylie,\n\nThanks for your enquiry. Please find our offer below, CIF Melbourne:",
                    ("table", text_table(cols, items, qf, [("Total CIF Melbourne", total)], style="spaces"), None),
                    "Payment: 30% deposit, balance against B/L copy. Lead time 30-35 days. Valid 30 days.", SIG_LINDA]
    ctx.add(new_mail("df-quote", dt("2025-03-10 14:22"), LINDA, [KYLIE], "Quotation SW-Q250310-11 (AUD)", quote_blocks,
                     client="outlook", charset="us-ascii", lang="en", text_only=True),
            "deltaflow", "en-text-aligned", "quote", items, notes="Our plain-text quote in AUD, aligned with spaces, '1,000 pcs' quantities, no unit column.")

    ask = ["Hi Linda,\n\nCould you please update the prices of your quote below? We expect an order in August.\n\n"
           "Cheers,\nKylie Nguyen\nProcurement Officer | Delta Flow Solutions Pty Ltd\n12 Keys Rd, Moorabbin VIC 3189\n+61 3 9555 2041",
           ("quote", Quoted(LINDA, [KYLIE], dt("2025-03-10 14:22"), "Quotation SW-Q250310-11 (AUD)", quote_blocks))]
    ctx.add(new_mail("df-ask", dt("2025-07-28 09:10", "+1000"), KYLIE, [LINDA], "RE: Quotation SW-Q250310-11 (AUD)", ask,
                     client="outlook", charset="us-ascii", lang="en", reply_to="df-quote"),
            "deltaflow", "request-quoting-old-quote", "inquiry", [], notes="Request for updated prices quoting our March quote.")

    fresh = [I('Ball valve SS316 2-pc BSP 1"', "BV2-316-25", "pcs", "pcs", "10.20", "AUD"),
             I('Ball valve SS316 2-pc BSP 2"', "BV2-316-50", "pcs", "pcs", "25.40", "AUD"),
             I("Butterfly valve DN100 lugged", "BFV-L-100", "", "", "58.00", "AUD")]
    fcols = [Col("Item", "model"), Col("Description", "product"), Col("New price AUD/pc", "price", "r")]
    body = ["Hi Kylie,\n\nUpdated prices, valid until 30 September 2025:",
            ("table", text_table(fcols, fresh, US, style="spaces"),
             html_table(fcols, fresh, US, flavor="outlook")),
            "The Y-strainer has been discontinued; we can offer the YS-316-25B instead, price on request.", SIG_LINDA,
            ("quote", Quoted(KYLIE, [LINDA], dt("2025-07-28 09:10", "+1000"), "RE: Quotation SW-Q250310-11 (AUD)", ask))]
    ctx.add(new_mail("df-reply", dt("2025-07-29 11:30"), LINDA, [KYLIE], "RE: Quotation SW-Q250310-11 (AUD)", body,
                     client="outlook", charset="us-ascii", lang="en", reply_to="df-ask"),
            "deltaflow", "reply-quoted-en", "quote", fresh,
            notes="Fresh prices above a thread that quotes the March table: only the fresh prices count.")

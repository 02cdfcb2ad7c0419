"""blind4, export trade: a Zhejiang socket factory selling to us in USD (English price list PDF over
two pages, factory prose, a price adjustment notice), and our overseas buyers in Australia, Germany
and the UAE (RFQs, our quotes, proforma invoices, a purchase order). Every company, person and price
is invented."""

from html import escape

from b4_common import (PDF, TINA, TINA_SIG_EN, XLSX, aliyun_html, br, money, styled_table, times)

OUHAI = ("Lily Zhou", "sales3@ouhai-electric.com")
BW = ("Mark Sullivan", "purchasing@brightway.com.au")
KM = ("Jürgen Bauer", "j.bauer@kaltmann-werkzeuge.de")
SH = ("Imran Sheikh", "imran@saharatrading.ae")

CUSTOMERS = [
    {"slug": "ouhai", "name": "Zhejiang Ouhai Electric Appliance Co., Ltd. 浙江瓯海电器有限公司",
     "domains": ["ouhai-electric.com"]},
    {"slug": "brightway", "name": "Brightway Hardware Pty Ltd", "domains": ["brightway.com.au"]},
    {"slug": "kaltmann", "name": "Kaltmann Werkzeuge GmbH", "domains": ["kaltmann-werkzeuge.de"]},
    {"slug": "sahara", "name": "Al Sahara General Trading LLC", "domains": ["saharatrading.ae"]},
]

FOXMAIL = {"X-Mailer": "Foxmail 7.2.25.228[cn]"}
OH_SIG = ("Best Regards\nLily Zhou (Sales Dept.)\nZhejiang Ouhai Electric Appliance Co., Ltd.\n"
          "No. 77 Xinghai Road, Ouhai Economic Development Zone, Wenzhou, Zhejiang, China\n"
          "Tel: 0086-577-8651 2290  Fax: 0086-577-8651 2291  Mob/WhatsApp: 0086-135 8778 4410")

# item no., description, spec, pcs/ctn, MOQ, FOB price
OH_LIST = [
    ("OH-S86-1G", "1 Gang 1 Way Switch", "10A 250V, 86x86mm, PC", 200, 3000, "0.58"),
    ("OH-S86-2G", "2 Gang 1 Way Switch", "10A 250V, 86x86mm, PC", 200, 3000, "0.72"),
    ("OH-S86-3G", "3 Gang 1 Way Switch", "10A 250V, 86x86mm, PC", 200, 3000, "0.88"),
    ("OH-S86-1G2W", "1 Gang 2 Way Switch", "10A 250V, 86x86mm, PC", 200, 3000, "0.66"),
    ("OH-K86-5H", "5 Pin Socket", "10A 250V, 86x86mm, PC", 200, 3000, "0.79"),
    ("OH-K86-5HK", "5 Pin Socket with Switch", "10A 250V, 86x86mm, PC", 200, 3000, "0.95"),
    ("OH-K86-16A", "3 Pin Socket 16A", "16A 250V, 86x86mm, PC", 200, 3000, "0.92"),
    ("OH-K86-USB", "5 Pin Socket + 2 USB", "10A, USB 5V 2.1A", 100, 1000, "2.85"),
    ("OH-K86-TC", "Type-C + USB Socket", "PD 20W, 86x86mm", 100, 1000, "4.60"),
    ("OH-TV86", "TV Socket", "75 Ohm, 86x86mm", 200, 2000, "0.84"),
    ("OH-RJ45-86", "Data Socket Cat6", "RJ45, 86x86mm", 200, 2000, "1.35"),
    ("OH-BL86", "Blank Plate", "86x86mm, PC", 400, 5000, "0.21"),
    ("OH-UK13-1G", "13A Switched Socket Single", "BS1363, 146x86mm", 100, 2000, "1.48"),
    ("OH-UK13-2G", "13A Switched Socket Double", "BS1363, 146x86mm", 50, 2000, "2.36"),
    ("OH-UK-FSP", "Fused Spur 13A", "BS1363, 86x86mm", 100, 2000, "1.62"),
    ("OH-DE-1G", "Schuko Socket", "16A 250V, 80x80mm", 100, 2000, "1.18"),
    ("OH-DE-2G", "Schuko Socket Double", "16A 250V, 151x80mm", 50, 2000, "2.05"),
    ("OH-EXT-3W1.5", "3-Way Extension Lead 1.5m", "H05VV-F 3G1.0", 20, 500, "2.95"),
    ("OH-EXT-4W3", "4-Way Extension Lead 3m", "H05VV-F 3G1.0", 20, 500, "3.95"),
    ("OH-EXT-6W3", "6-Way Extension Lead 3m, Surge", "H05VV-F 3G1.5", 10, 500, "6.40"),
    ("OH-PLG-UK", "UK Plug 13A Fused", "BS1363/A", 500, 5000, "0.46"),
    ("OH-PLG-EU", "Schuko Plug 16A", "CEE 7/7", 500, 5000, "0.39"),
    ("OH-ADP-UNI", "Universal Travel Adapter", "UK/EU/US/AU", 100, 1000, "1.95"),
    ("OH-TMR-24H", "24h Mechanical Timer Socket", "16A, 96 segments", 50, 1000, "2.70"),
]


def _ouhai_pdf(D):
    xs = [40, 112, 260, 420, 470, 555]
    right = (3, 4, 5)
    head = ["Item No.", "Description", "Specification", "Pcs/Ctn", "MOQ (pcs)", "FOB Ningbo USD/pc"]
    pages, per_page = [], [14, 10]
    k = 0
    for p, count in enumerate(per_page, 1):
        page = D.Page()
        page.text("ZHEJIANG OUHAI ELECTRIC APPLIANCE CO., LTD.", size=13, bold=True, dy=15)
        page.text("No. 77 Xinghai Road, Ouhai Economic Development Zone, Wenzhou, China   Tel: +86-577-8651 2290",
                  size=8, dy=18)
        page.text("EXPORT PRICE LIST 2026 (Wall Switches, Sockets, Extension Leads)", size=11, bold=True, dy=14)
        page.text("Issued: 1 Sep 2026    Valid until: 31 Dec 2026    Currency: USD    Terms: FOB Ningbo",
                  size=8, dy=20)
        page.row(head, xs, bold=True, right=right, size=8)
        page.gap(4)
        for item, desc, spec, ctn, moq, price in OH_LIST[k:k + count]:
            page.row([item, desc, spec, str(ctn), f"{moq:,}", price], xs, right=right, size=8, dy=17)
        k += count
        if p == len(per_page):
            page.gap(10)
            page.text("Remarks: 1. Prices are per piece, FOB Ningbo, export carton packing included.", size=8)
            page.text("2. Payment: 30% T/T deposit, balance against B/L copy. 3. Lead time 25-30 days.", size=8)
            page.text("4. Customised logo printing +USD 0.03/pc, colour box +USD 0.05/pc.", size=8)
        page.lines.append((270, 30, f"Page {p} of {len(per_page)}", 8, False))
        pages.append(page.lines)
    return D.pdf_pages(pages, "Ouhai Export Price List 2026")


def ouhai(D, M, add):
    I = M.item
    data = _ouhai_pdf(D)
    text = "Dear Tina,\n\nAttached our new export price list 2026 for your reference.\n\n" + OH_SIG + "\n"
    items = [I(it.lower(), desc, it, price, "USD", "pcs") for it, desc, spec, ctn, moq, price in OH_LIST]
    raw = M.build("oh1", "2026-09-03T09:18:00+08:00", OUHAI, TINA, "Ouhai Export Price List 2026", text=text,
                  attachments=[(data, PDF, "Ouhai_Price_List_2026.pdf")], extra_headers=FOXMAIL)
    add("oh1", "2026-09-03T01:18:00Z", "pdf-en-pricelist-two-pages", "pdf", "quote", items, raw, "ouhai",
        notes="24-row English price list over two PDF pages, header repeated, Pcs/Ctn and MOQ columns beside the price (no quantities), page numbers, surcharges per pc in the remarks (no items).")

    text = ("Dear Tina,\n\nThanks for your inquiry. Please find our best price as below, all in USD, FOB Ningbo:\n\n"
            "1) OH-EXT-4W3  4-Way Extension Lead 3m, with child shutter  -- 3.80/pc\n"
            "2) OH-EXT-6W3  6-Way Extension Lead 3m, Surge  -- 6.15/pc\n"
            "3) OH-EXT-4W5  4-Way Extension Lead 5m  -- 4.55/pc\n"
            "4) OH-FUSE-13A  BS1362 13A fuse for UK plug  -- 18.50 per 1000pcs\n\n"
            "Packing: 20pcs/ctn, carton size 52x38x30cm, G.W. 14kg.\nMOQ 500pcs per model, lead time 30 days.\n\n"
            + OH_SIG + "\n")
    items = [I("oh-ext-4w3", "4-Way Extension Lead 3m", "OH-EXT-4W3", "3.80", "USD", "pcs"),
             I("oh-ext-6w3", "6-Way Extension Lead 3m, Surge", "OH-EXT-6W3", "6.15", "USD", "pcs"),
             I("oh-ext-4w5", "4-Way Extension Lead 5m", "OH-EXT-4W5", "4.55", "USD", "pcs"),
             I("oh-fuse-13a", "BS1362 13A fuse for UK plug", "OH-FUSE-13A", "0.0185", "USD", "pcs")]
    raw = M.build("oh2", "2026-10-12T16:30:00+08:00", OUHAI, TINA, "RE: Inquiry for extension leads", text=text,
                  extra_headers=FOXMAIL)
    add("oh2", "2026-10-12T08:30:00Z", "text-en-factory-dash-per-pc", "prose", "quote", items, raw, "ouhai",
        notes="factory English: '1) OH-EXT-4W3 ... -- 3.80/pc', the currency stated once above; carton size, weight and MOQ lines are no prices; a fuse at '18.50 per 1000pcs' (= 0.0185/pc).")

    rows = [["Item No.", "Description", "Old Price (USD/pc)", "New Price (USD/pc)", "Change"]]
    changes = [("OH-K86-USB", "5 Pin Socket + 2 USB", "2.85", "2.99"), ("OH-EXT-3W1.5", "3-Way Extension Lead 1.5m", "2.95", "3.15"),
               ("OH-EXT-4W3", "4-Way Extension Lead 3m", "3.80", "4.05"), ("OH-PLG-UK", "UK Plug 13A Fused", "0.46", "0.49")]
    for it, desc, old, new in changes:
        pct = (times(1, new, 4) / times(1, old, 4) - 1) * 100
        rows.append([it, desc, old, new, f"+{pct:.1f}%"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri;font-size:11pt">Dear Valued Customer,<br><br>'
            "<b>PRICE ADJUSTMENT NOTICE</b><br><br>Due to the continuous increase of copper and PC material costs, "
            "we regret to inform you that the prices of the following items will be adjusted from 1 December 2026. "
            "Orders with deposit received before 30 November 2026 keep the old prices.<br><br>"
            + styled_table(rows, head_bg="#FFF2CC", align_right=(2, 3, 4))
            + "<br>Prices of other items remain unchanged.<br><br>" + br(OH_SIG) + "</div></body></html>")
    items = [I(it.lower(), desc, it, new, "USD", "pcs", status="notice") for it, desc, old, new in changes]
    raw = M.build("oh3", "2026-11-25T10:00:00+08:00", OUHAI, TINA, "Price Adjustment Notice - effective 1 Dec 2026",
                  html=html, extra_headers=FOXMAIL)
    add("oh3", "2026-11-25T02:00:00Z", "html-en-notice-old-new-usd", "html-table", "price-notice", items, raw, "ouhai",
        kind_alt=["quote"], notes="English circular: Old Price / New Price (USD/pc) columns and a percentage; only the new price is an item (status notice).")


BW_ITEMS = [("RF-H4030", "Stainless Steel Butt Hinge 4\"x3\"", "SUS304, 2.5mm, brushed", "0.98", 3000, 5000,
             "2pcs/polybag, 100pcs/ctn", "30 days"),
            ("RF-D210", "Door Stopper", "SUS304", "1.42", 1000, 2000, "1pc/box, 50pcs/ctn", "30 days"),
            ("RF-P128", "Cabinet Pull Handle 128mm", "Zinc alloy, brushed nickel", "1.75", 2000, 5000,
             "1pc/polybag, 200pcs/ctn", "35 days"),
            ("RF-S45-400", "Ball Bearing Drawer Slide 16\"", "Cold rolled steel, 45mm", "2.98", 500, 2000,
             "1 pair/box, 10 pairs/ctn", "35 days"),
            ("RF-ST4.2x16", "Self Tapping Screw", "C1022, zinc plated, pan head", "0.013", 100000, 200000,
             "1000pcs/bag, 20 bags/ctn", "20 days")]


def brightway(D, M, add):
    I = M.item
    text = ("Hi Tina,\n\nPlease quote your best FOB Xiamen price for the following, for our Q1 2027 program:\n\n"
            "- SS butt hinge 4\" x 3\", 304, brushed - 5,000 pcs - target USD 0.90/pc\n"
            "- Door stopper 304 - 2,000 pcs\n- Cabinet handle 128mm c/c, brushed nickel - 5,000 pcs - target USD 1.60\n"
            "- Drawer slide 16\", full extension - 2,000 pairs\n- Self tapping screw 4.2x16 pan head - 200,000 pcs\n\n"
            "Please advise MOQ, packing and lead time. We need your offer by Friday.\n\n"
            "Cheers,\nMark Sullivan\nPurchasing Manager | Brightway Hardware Pty Ltd\n"
            "14 Export Drive, Dandenong South VIC 3175, Australia | +61 3 9768 2210\n")
    raw = M.build("bw1", "2026-09-12T09:40:00+10:00", BW, TINA, "RFQ - hardware program Q1 2027", text=text)
    add("bw1", "2026-09-11T23:40:00Z", "text-en-rfq-target-prices", "inquiry", "inquiry", [], raw, "brightway",
        notes="a buyer's RFQ with quantities and target prices: no items.")

    sheet = [["XIAMEN RUIFENG IMPORT & EXPORT CO., LTD."] + [""] * 9,
             ["21F, CCB Tower, 98 Lujiang Road, Xiamen 361001, China   Tel: +86 592 2036718"] + [""] * 9,
             ["QUOTATION"] + [""] * 9,
             ["To: Brightway Hardware Pty Ltd", "", "", "", "", "", "", "Quote No.: RF-Q260916-BW"],
             ["Attn: Mr. Mark Sullivan", "", "", "", "", "", "", "Date: 16 Sep 2026"],
             ["Terms: FOB Xiamen", "", "", "", "", "", "", "Validity: 30 days"],
             ["No.", "Item No.", "Description", "Material / Finish", "Unit Price(USD)", "MOQ(pcs)", "Qty(pcs)",
              "Amount(USD)", "Packing", "Lead Time"]]
    total = 0
    for k, (it, desc, mat, price, moq, qty, pack, lead) in enumerate(BW_ITEMS, 1):
        r = len(sheet) + 1
        amount = times(qty, price)
        total += amount
        sheet.append([D.n(k), it, desc, mat, D.n(price), D.n(moq), D.n(qty), D.f(amount, f"E{r}*G{r}"), pack, lead])
    sheet.append(["", "", "", "", "", "", "TOTAL", D.f(total, f"SUM(H8:H{len(sheet)})"), "", ""])
    sheet += [["Payment: 30% T/T deposit, 70% against copy of B/L."] + [""] * 9,
              ["Bank charges outside China for buyer's account. Prices based on USD/CNY 7.10."] + [""] * 9]
    data = D.xlsx(sheet, sheet="Quotation", merges=["A1:J1", "A2:J2", "A3:J3"], money_cols=(7,), price_cols=())
    html = aliyun_html("Dear Mark,<br><br>Thanks for your RFQ. Please find our quotation attached.<br>"
                       "Note the drawer slide is priced per pair (1 pair = 2 rails).<br><br>" + br(TINA_SIG_EN))
    units = {"RF-S45-400": "pair"}
    items = [I(it.lower(), desc, it, price, "USD", units.get(it, "pcs"), quantity=str(qty))
             for it, desc, mat, price, moq, qty, pack, lead in BW_ITEMS]
    raw = M.build("bw2", "2026-09-16T17:05:00+08:00", TINA, BW, "Quotation RF-Q260916-BW / FOB Xiamen", html=html,
                  attachments=[(data, XLSX, "RF-Q260916-BW.xlsx")], extra_headers={"X-Mailer": "Alimail-Mailagent"})
    add("bw2", "2026-09-16T09:05:00Z", "xlsx-en-outbound-fob-moq-packing", "xlsx", "quote", items, raw, "brightway",
        direction="outbound", notes="our XLSX quotation: Unit Price(USD) left of MOQ(pcs) and Qty(pcs), Amount(USD) formulas, Packing and Lead Time columns with numbers in them (100pcs/ctn); the slide per pair as the mail says; a screw at 0.013.")

    pi_items = [("RF-H4030", "Stainless Steel Butt Hinge 4\"x3\"", 5000, "0.95"),
                ("RF-P128", "Cabinet Pull Handle 128mm", 5000, "1.68"),
                ("RF-S45-400", "Ball Bearing Drawer Slide 16\" (pair)", 2000, "2.90")]
    page = D.Page()
    page.text("XIAMEN RUIFENG IMPORT & EXPORT CO., LTD.", size=13, bold=True, dy=15)
    page.text("21F, CCB Tower, 98 Lujiang Road, Xiamen 361001, China  Tel: +86 592 2036718", size=8, dy=20)
    page.text("PROFORMA INVOICE", x=230, size=14, bold=True, dy=22)
    page.text("PI No.: RF-PI-261118-BW        Date: 18 Nov 2026        Buyer's Ref.: PO BW-27-0041", size=9)
    page.text("Buyer: Brightway Hardware Pty Ltd, 14 Export Drive, Dandenong South VIC 3175, Australia", size=9)
    page.text("Port of loading: Xiamen, China    Port of discharge: Melbourne, Australia    Terms: FOB Xiamen",
              size=9, dy=20)
    xs = [45, 75, 150, 380, 480, 555]
    right = (3, 4, 5)
    page.row(["No.", "Item No.", "Description", "Quantity", "Unit Price (USD)", "Amount (USD)"], xs, bold=True,
             right=right)
    page.gap(3)
    total = 0
    for k, (it, desc, qty, price) in enumerate(pi_items, 1):
        amount = times(qty, price)
        total += amount
        page.row([str(k), it, desc, f"{qty:,} {'pairs' if 'pair' in desc else 'pcs'}", price, money(amount)], xs,
                 right=right)
    page.gap(4)
    page.row(["", "", "TOTAL FOB XIAMEN", "", "", f"USD {money(total)}"], xs, bold=True, right=right)
    dollars = int(total)
    page.text(f"SAY US DOLLARS {_words(dollars).upper()} ONLY.", size=9, dy=20)
    page.text("Payment: 30% T/T deposit (USD " + money(times(total, "0.3")) + "), balance against copy of B/L.", size=9)
    page.text("Shipment: within 35 days after receipt of deposit. Packing: export cartons.", size=9, dy=20)
    page.text("BANK INFORMATION", size=10, bold=True)
    page.text("Beneficiary: Xiamen Ruifeng Import & Export Co., Ltd.", size=9)
    page.text("Bank: Bank of China, Xiamen Branch, 40 Hubin North Road, Xiamen, China", size=9)
    page.text("A/C No.: 4123 5678 9012 3456    SWIFT: BKCHCNBJ73A", size=9, dy=26)
    page.text("Seller: Tina Chen (signature & stamp)                    Buyer: ______________", size=9)
    data = page.build("Proforma Invoice RF-PI-261118-BW")
    html = aliyun_html("Dear Mark,<br><br>Thanks for your order. Attached PI for your signing back; "
                       "please arrange 30% deposit.<br><br>" + br(TINA_SIG_EN))
    items = [I("rf-h4030", "Stainless Steel Butt Hinge 4\"x3\"", "RF-H4030", "0.95", "USD", "pcs", status="agreed",
               quantity="5000"),
             I("rf-p128", "Cabinet Pull Handle 128mm", "RF-P128", "1.68", "USD", "pcs", status="agreed", quantity="5000"),
             I("rf-s45-400", "Ball Bearing Drawer Slide 16\"", "RF-S45-400", "2.90", "USD", "pair", status="agreed",
               quantity="2000")]
    raw = M.build("bw4", "2026-11-18T10:30:00+08:00", TINA, BW, "PI RF-PI-261118-BW for PO BW-27-0041", html=html,
                  attachments=[(data, PDF, "PI_RF-PI-261118-BW.pdf")], extra_headers={"X-Mailer": "Alimail-Mailagent"})
    add("bw4", "2026-11-18T02:30:00Z", "pdf-en-proforma-bank-info", "pdf", "quote", items, raw, "brightway",
        direction="outbound", kind_alt=["contract", "order"],
        notes="our proforma invoice PDF: agreed prices, quantities with units in the cell (2,000 pairs), TOTAL, SAY US DOLLARS … ONLY, deposit amount, bank account and SWIFT.")

    fresh = ("<div>Dear Mark,</div><div><br></div><div>After checking with our factory we can offer:</div>"
             "<div>- RF-P128 handle: <b>USD 1.68/pc</b> for 5,000 pcs (was 1.75)</div>"
             "<div>- RF-H4030 hinge: <b>USD 0.95/pc</b> for 5,000 pcs</div>"
             "<div>Both FOB Xiamen, other items as quoted. This is our best.</div><div><br></div><div>"
             + br(TINA_SIG_EN) + "</div>")
    quoted = ("<div><br></div><div style=\"border-top:1px solid #ccc;padding-top:6px\"><b>From:</b> Mark Sullivan "
              "&lt;purchasing@brightway.com.au&gt;<br><b>Sent:</b> Monday, 2 November 2026 8:14 AM<br><b>To:</b> Tina "
              "Chen<br><b>Subject:</b> RE: Quotation RF-Q260916-BW / FOB Xiamen</div>"
              "<blockquote style=\"margin-left:8px;border-left:2px solid #ccc;padding-left:8px\">Hi Tina,<br>"
              "Your handle at USD 1.75 and hinge at USD 0.98 are above our budget. Competitors offer 1.60 and 0.90. "
              "Can you do better on 5,000 pcs each?<br>Mark<br><br><b>From:</b> Tina Chen<br><b>Sent:</b> 16 Sep 2026"
              "<br>" + styled_table([["Item No.", "Unit Price(USD)", "Qty(pcs)"], ["RF-H4030", "0.98", "5,000"],
                                     ["RF-P128", "1.75", "5,000"]]) + "</blockquote>")
    html = aliyun_html(fresh + quoted)
    items = [I("rf-p128", "handle", "RF-P128", "1.68", "USD", "pcs", quantity="5000"),
             I("rf-h4030", "hinge", "RF-H4030", "0.95", "USD", "pcs", quantity="5000")]
    raw = M.build("bw3", "2026-11-03T09:12:00+08:00", TINA, BW, "RE: RE: Quotation RF-Q260916-BW / FOB Xiamen",
                  html=html, extra_headers={"X-Mailer": "Alimail-Mailagent"}, reply_to_id="<bw-1102@brightway.com.au>")
    add("bw3", "2026-11-03T01:12:00Z", "html-en-outbound-reply-was-quoted", "prose", "quote", items, raw, "brightway",
        direction="outbound", notes="our reply: new prices in bullet prose with '(was 1.75)'; the buyer's competitor prices and our earlier table are quoted below (no items).")


def _words(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
           "seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_1000(x):
        out = []
        if x >= 100:
            out += [ones[x // 100], "hundred"]
            x %= 100
            if x:
                out.append("and")
        if x >= 20:
            out.append(tens[x // 10] + ("-" + ones[x % 10] if x % 10 else ""))
        elif x or not out:
            out.append(ones[x])
        return " ".join(out)

    th, rest = divmod(n, 1000)
    return (below_1000(th) + " thousand " if th else "") + (below_1000(rest) if rest or not th else "")


def kaltmann(D, M, add):
    I = M.item
    rows = [["Pos.", "Art.-No.", "Description", "Qty", "Unit Price (EUR)", "Amount (EUR)"]]
    prods = [("RF-WR-8PC", "Combination Wrench Set 8 pcs, CrV, mirror polished", 600, "4.85"),
             ("RF-SD-12", "Screwdriver Set 12 pcs, S2 bits", 800, "3.60"),
             ("RF-HX-9L", "Hex Key Set 9 pcs, long arm, ball end", 1000, "1.92")]
    total = 0
    for k, (art, desc, qty, price) in enumerate(prods, 1):
        amount = times(qty, price)
        total += amount
        rows.append([f"{k}0", art, desc, f"{qty} sets", price, money(amount)])
    rows.append(["", "", "Total CIF Hamburg", "", "", money(total)])
    html = aliyun_html("Dear Mr. Bauer,<br><br>Thank you for your enquiry of 28 Sep. We are pleased to offer as "
                       "follows, CIF Hamburg, in EUR:<br><br>" + styled_table(rows, align_right=(3, 4, 5))
                       + "<br>Delivery: 40 days after order, by sea.<br>Payment: 30 days after B/L date.<br>"
                       "GS certificate available; EAN labels free of charge.<br><br>" + br(TINA_SIG_EN))
    items = [I("wr8", "Combination Wrench Set 8 pcs", "RF-WR-8PC", "4.85", "EUR", "set", quantity="600"),
             I("sd12", "Screwdriver Set 12 pcs", "RF-SD-12", "3.60", "EUR", "set", quantity="800"),
             I("hx9", "Hex Key Set 9 pcs", "RF-HX-9L", "1.92", "EUR", "set", quantity="1000")]
    raw = M.build("km1", "2026-10-02T15:40:00+08:00", TINA, KM, "Offer RF-Q261002-KM hand tool sets CIF Hamburg",
                  html=html, extra_headers={"X-Mailer": "Alimail-Mailagent"})
    add("km1", "2026-10-02T07:40:00Z", "html-en-outbound-eur-sets-in-qty", "html-table", "quote", items, raw,
        "kaltmann", direction="outbound",
        notes="our offer in EUR with Pos. 10/20/30, the unit only in the quantity cell ('600 sets'), descriptions with piece counts (8 pcs) that are no units or quantities.")

    page = D.Page()
    page.text("Kaltmann Werkzeuge GmbH", size=14, bold=True, dy=14)
    page.text("Industriestraße 12 - 42699 Solingen - Tel. +49 212 2304-0 - USt-IdNr. DE 812 345 678", size=8, dy=22)
    page.text("Xiamen Ruifeng Import & Export Co., Ltd.", size=9, dy=12)
    page.text("21F, CCB Tower, 98 Lujiang Road, Xiamen 361001, China", size=9, dy=22)
    page.text("BESTELLUNG / PURCHASE ORDER  Nr. 4500 2371", size=12, bold=True, dy=16)
    page.text("Datum: 20.10.2026    Ihr Angebot: RF-Q261002-KM vom 02.10.2026    Lieferbedingung: CIF Hamburg "
              "(Incoterms 2020)", size=8, dy=20)
    xs = [40, 70, 140, 330, 370, 480, 552]
    right = (3, 5, 6)
    page.row(["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis EUR", "Gesamt EUR"], xs,
             bold=True, right=right, size=8)
    page.gap(3)
    po = [("RF-WR-8PC", "Ringmaulschlüssel-Satz 8-tlg.", 600, "Satz", "4,70"),
          ("RF-SD-12", "Schraubendreher-Satz 12-tlg.", 800, "Satz", "3,50"),
          ("RF-HX-9L", "Winkelschlüssel-Satz 9-tlg.", 1200, "Satz", "1,85")]
    total = 0
    for k, (art, desc, qty, unit, price) in enumerate(po, 1):
        amount = times(qty, price.replace(",", "."))
        total += amount
        page.row([f"{k}0", art, desc, f"{qty:,}".replace(",", "."), unit, price,
                  money(amount).replace(",", " ").replace(".", ",").replace(" ", ".")], xs, right=right, size=8)
    page.gap(4)
    page.row(["", "", "Gesamtbetrag netto", "", "", "", money(total).replace(",", " ").replace(".", ",").replace(" ", ".")],
             xs, right=right, size=8, bold=True)
    page.gap(10)
    page.text("Liefertermin: KW 49/2026 ab Werk Xiamen. Zahlung: 30 Tage nach B/L-Datum netto.", size=8)
    page.text("Bitte Auftragsbestätigung innerhalb von 3 Tagen. Es gelten unsere Einkaufsbedingungen.", size=8, dy=20)
    page.text("Bankverbindung: Stadt-Sparkasse Solingen, IBAN DE44 3425 0000 0001 2345 67, BIC SOLSDE33XXX", size=7)
    page.text("Geschäftsführer: Thomas Kaltmann - Amtsgericht Wuppertal HRB 22841", size=7)
    data = page.build("Bestellung 4500 2371")
    text = ("Dear Tina,\n\nplease find attached our purchase order 4500 2371 at the prices we agreed by phone.\n\n"
            "Mit freundlichen Grüßen / Best regards\nJürgen Bauer\nEinkauf | Kaltmann Werkzeuge GmbH\n"
            "Tel. +49 212 2304-117\n")
    items = [I("wr8", "Ringmaulschlüssel-Satz 8-tlg.", "RF-WR-8PC", "4.70", "EUR", "set", status="ordered", quantity="600"),
             I("sd12", "Schraubendreher-Satz 12-tlg.", "RF-SD-12", "3.50", "EUR", "set", status="ordered", quantity="800"),
             I("hx9", "Winkelschlüssel-Satz 9-tlg.", "RF-HX-9L", "1.85", "EUR", "set", status="ordered", quantity="1200")]
    raw = M.build("km2", "2026-10-20T11:15:00+02:00", KM, TINA, "Bestellung 4500 2371 - Kaltmann Werkzeuge",
                  text=text, charset="utf-8", attachments=[(data, PDF, "Bestellung_4500_2371.pdf")])
    add("km2", "2026-10-20T09:15:00Z", "pdf-de-po-decimal-comma-satz", "pdf", "order", items, raw, "kaltmann",
        notes="German PO PDF: Einzelpreis EUR with decimal commas (4,70), Menge 1.200 with a thousands dot, Einheit Satz; names now German; IBAN/BIC, HRB, USt-IdNr.")


def sahara(D, M, add):
    I = M.item
    text = ("Dear Tina,\n\nGood day. We have an inquiry from a contractor in Sharjah. Kindly send your best price "
            "for:\n1. SS ball valve 1\" (DN25), full bore, 1000 PCS\n2. SS ball valve 2\" (DN50), full bore, "
            "500 PCS\n3. Cast steel gate valve DN80 PN16, 100 PCS\n\nOur price idea is around USD 6.50 for the 1\" "
            "and USD 15 for the 2\". Delivery to Jebel Ali.\n\nThanks & Regards\nImran Sheikh\n"
            "Al Sahara General Trading LLC, Deira, Dubai, UAE\nTel: +971 4 2281 903  Mob: +971 50 617 2284\n")
    raw = M.build("sh1", "2026-09-29T10:05:00+04:00", SH, TINA, "Inquiry - SS ball valves and gate valves", text=text)
    add("sh1", "2026-09-29T06:05:00Z", "text-en-inquiry-price-idea", "inquiry", "inquiry", [], raw, "sahara",
        notes="a buyer's inquiry with sizes, quantities and a 'price idea': no items.")

    text = ("Dear Imran,\n\nThank you for your inquiry. Please find our offer below:\n\n"
            "Item 1: Stainless steel ball valve 1\" (DN25), Q11F-16P, full bore, CF8M - USD 7.20/pc, 1000 pcs\n"
            "Item 2: Stainless steel ball valve 2\" (DN50), Q11F-16P, full bore, CF8M - USD 16.80/pc, 500 pcs\n"
            "Item 3: Cast steel gate valve DN80 PN16, Z41H-16C, flanged - USD 118.00/set, 100 sets\n\n"
            "Price terms: CFR Jebel Ali. Payment: 30% advance, 70% against B/L copy. Delivery: 25 days.\n"
            "Offer valid for 15 days.\n\n" + TINA_SIG_EN + "\n")
    items = [I("sv25", "Stainless steel ball valve 1\" (DN25)", "Q11F-16P DN25", "7.20", "USD", "pcs", quantity="1000"),
             I("sv50", "Stainless steel ball valve 2\" (DN50)", "Q11F-16P DN50", "16.80", "USD", "pcs", quantity="500"),
             I("gv80", "Cast steel gate valve DN80 PN16", "Z41H-16C DN80", "118.00", "USD", "set", quantity="100")]
    raw = M.build("sh2", "2026-09-30T11:20:00+08:00", TINA, SH, "RE: Inquiry - SS ball valves and gate valves",
                  text=text, extra_headers={"X-Mailer": "Alimail-Mailagent"}, reply_to_id="<sh1@saharatrading.ae>")
    add("sh2", "2026-09-30T03:20:00Z", "text-en-outbound-item-lines-cfr", "prose", "quote", items, raw, "sahara",
        direction="outbound", notes="our offer as 'Item 1: … - USD 7.20/pc, 1000 pcs' lines; the size in inches and DN, the model after the name.")

    sheet = [["PROFORMA INVOICE"] + [""] * 5,
             ["Seller: Xiamen Ruifeng Import & Export Co., Ltd.", "", "", "PI No.: RF-PI-261026-SH"],
             ["Buyer: Al Sahara General Trading LLC, Deira, Dubai, UAE", "", "", "Date: 2026-10-26"],
             ["Trade Assurance Order No.: 2187 4412 6650 1023", "", "", "Terms: CFR Jebel Ali"],
             ["Item", "Product Name", "Specification", "Quantity", "Unit Price (US$)", "Total (US$)"]]
    pi = [("Stainless steel ball valve", "1\" DN25 Q11F-16P CF8M full bore", 1000, "PCS", "7.05"),
          ("Stainless steel ball valve", "2\" DN50 Q11F-16P CF8M full bore", 500, "PCS", "16.50"),
          ("Cast steel gate valve", "DN80 PN16 Z41H-16C flanged", 100, "SETS", "118.00")]
    total = 0
    for k, (name, spec, qty, unit, price) in enumerate(pi, 1):
        amount = times(qty, price)
        total += amount
        sheet.append([D.n(k), name, spec, f"{qty} {unit}", D.n(price), D.n(amount)])
    sheet += [["", "", "", "", "Sub Total", D.n(total)], ["", "", "", "", "Freight to Jebel Ali", D.n("850.00")],
              ["", "", "", "", "Grand Total", D.n(total + 850)],
              ["Payment: 30% deposit USD " + money(times(total + 850, "0.3")) + " via Alibaba Trade Assurance, "
               "balance before shipment."] + [""] * 5,
              ["Beneficiary Bank: China Merchants Bank, Xiamen Branch   SWIFT: CMBCCNBS   A/C: 5929 0188 6610 802"]
              + [""] * 5,
              ["Lead time: 25 days after deposit. Packing: carton + wooden pallet."] + [""] * 5]
    data = D.xlsx(sheet, sheet="PI", merges=["A1:F1"], money_cols=(4, 5))
    text = ("Dear Imran,\n\nAs discussed, attached is the PI for your confirmation. You can also pay through the "
            "Alibaba Trade Assurance order link.\n\n" + TINA_SIG_EN + "\n")
    items = [I("sv25", "Stainless steel ball valve", "Q11F-16P DN25", "7.05", "USD", "pcs", status="agreed",
               quantity="1000"),
             I("sv50", "Stainless steel ball valve", "Q11F-16P DN50", "16.50", "USD", "pcs", status="agreed",
               quantity="500"),
             I("gv80", "Cast steel gate valve", "Z41H-16C DN80", "118.00", "USD", "set", status="agreed", quantity="100")]
    raw = M.build("sh3", "2026-10-26T16:45:00+08:00", TINA, SH, "PI RF-PI-261026-SH - valves CFR Jebel Ali", text=text,
                  attachments=[(data, XLSX, "PI RF-PI-261026-SH.xlsx")], extra_headers={"X-Mailer": "Alimail-Mailagent"})
    add("sh3", "2026-10-26T08:45:00Z", "xlsx-en-alibaba-pi-bank", "xlsx", "quote", items, raw, "sahara",
        direction="outbound", kind_alt=["contract", "order"],
        notes="Alibaba-style PI XLSX: Trade Assurance order number, quantity cells '1000 PCS', Sub Total / Freight / Grand Total in the price column, deposit, bank and SWIFT lines.")


def scenarios(D, M, add):
    ouhai(D, M, add)
    brightway(D, M, add)
    kaltmann(D, M, add)
    sahara(D, M, add)

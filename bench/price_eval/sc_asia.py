"""Taiwan, Japan, India (suppliers) and Indonesia, the UAE (buyers)."""

from decimal import Decimal

import pe_docs as docs
from pe_common import BUDI, HELEN_EN, HELEN_TW, JIMMY, KHALID, LINDA, RAJESH, SATO, SIG_LINDA, VIVIAN, I, dt, new_mail
from pe_fmt import en_words
from pe_mail import Quoted
from pe_tables import Col, Fmt, html_table, text_table, total_of

D = Decimal
US = Fmt(style="us")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def hsinfa(ctx):
    cols = [Col("項次", "idx"), Col("品名", "product"), Col("規格", "model"), Col("單位", "unit"), Col("數量", "qty", "r"),
            Col("單價(USD)", "price", "r"), Col("金額(USD)", "amount", "r"), Col("備註", "remark")]
    items = [I("氣動扳手", "AT-2250", "台", "set", "112.00", "USD", 20, remark='1/2"'),
             I("套筒組", "S-1217", "組", "set", "36.50", "USD", 30, remark="17件"),
             I("扭力扳手", "TW-340", "支", "pcs", "72.00", "USD", 15, remark="40-200Nm"),
             I("棘輪扳手", "RW-12", "支", "pcs", "8.60", "USD", 50)]
    body = ["信威工業 吳經理 您好：\n\n感謝您的詢價，茲報價如下：",
            ("table", text_table(cols, items, US, [("合計", total_of(items))], style="rule"), None),
            "報價條件：\n1. 以上價格為FOB台中，美金報價。\n2. 付款條件：T/T 30%訂金，餘款出貨前付清。\n3. 交期：收到訂金後45天。\n"
            "4. 報價有效期：30天。\n\n如有任何問題，請隨時與我聯絡。",
            "林志明 Jimmy Lin\n鑫發工具股份有限公司 業務部\nTEL: 04-2359-1188 ext.21  FAX: 04-2359-1189\n台中市西屯區工業區一路55號"]
    ctx.add(new_mail("hf-big5", dt("2025-03-12 09:40"), JIMMY, [HELEN_TW], "鑫發工具報價 Q-250312", body,
                     client="outlook", charset="big5", text_only=True, lang="zh-tw"),
            "hsinfa", "zh-tw-big5-text", "quote", items, notes="Big5 text/plain, Traditional Chinese headers, ruled columns, USD.")

    tw = Fmt(style="us", places=0)
    hcols = [Col("料號", "extra:code"), Col("品名", "product"), Col("規格", "model"), Col("單位", "unit"),
             Col("數量", "qty", "r"), Col("單價(NT$)", "price", "r"), Col("金額(NT$)", "amount", "r")]
    h_items = [I("砂輪片", 'GA-105 4"', "片", "pcs", "18", "TWD", 500, code="HF-GA105"),
               I("鑽頭組", "DB-13", "組", "set", "420", "TWD", 20, code="HF-DB13"),
               I("捲尺", "TM-5 5.5m", "支", "pcs", "95", "TWD", 40, code="HF-TM5"),
               I("安全手套", "GL-N1", "雙", "pair", "45", "TWD", 200, code="HF-GLN1")]
    sub = total_of(h_items)
    tax = (sub * D("0.05")).quantize(D("1"))
    html = html_table(hcols, h_items, tw, [("小計", sub), ("營業稅 5%", tax), ("總計", sub + tax)], flavor="outlook",
                      lang="ZH-TW")
    text = text_table(hcols, h_items, tw, [("小計", sub), ("營業稅 5%", tax), ("總計", sub + tax)], style="tabs")
    body2 = ["吳經理 您好：\n\n台中工地用的耗材報價如下，台中工地交貨，價格未稅，另加5%營業稅：", ("table", text, html),
             "交期：3個工作天\n付款：月結30天", "林志明 0932-118-556"]
    ctx.add(new_mail("hf-html", dt("2025-07-08 14:15"), JIMMY, [HELEN_TW], "台中工地耗材報價", body2, client="outlook",
                     charset="big5", lang="zh-tw"),
            "hsinfa", "html-big5-twd", "quote", h_items, notes="Big5 Outlook HTML, NT$ without decimals, 小計/營業稅/總計 rows.")

    xcols = [Col("Item No.\n品號", "extra:code"), Col("Description 品名", "product"), Col("Model 規格", "model"),
             Col("Unit", "unit"), Col("FOB Taichung\nUSD", "price", "r"), Col("Packing", "extra:pack")]
    x_items = [I("Air Impact Wrench 1/2\"", "AT-2250", "SET", "set", "118.00", "USD", code="HF-AT2250", pack="10 sets/ctn"),
               I("Socket Set 17pcs", "S-1217", "SET", "set", "38.50", "USD", code="HF-S1217", pack="12 sets/ctn"),
               I("Torque Wrench 40-200Nm", "TW-340", "PC", "pcs", "76.00", "USD", code="HF-TW340", pack="10 pcs/ctn"),
               I("Air Screwdriver", "AT-1180", "SET", "set", "86.00", "USD", code="HF-AT1180", pack="10 sets/ctn")]
    xls = docs.xls_quote({"sheet": "Price List", "letterhead": [("HSIN FA TOOLS CO., LTD.  鑫發工具股份有限公司", 14, True),
                                                              ("No.55, Industrial 1st Rd., Xitun Dist., Taichung 40755, Taiwan  TEL:886-4-2359-1188", 9, False)],
                          "title": "EXPORT PRICE LIST 2026", "info": [("To:", "Sinoway Industrial Supply Co., Ltd."),
                                                                      ("Date:", "2025/12/02"), ("Valid:", "2026/01/01-2026/06/30")],
                          "cols": xcols, "items": x_items, "fmt": US,
                          "notes": ["Payment: T/T 30% deposit, balance before shipment", "MOQ: 1 carton per item"],
                          "col_widths": [12, 28, 12, 6, 14, 14]})
    body3 = ["Dear Helen,\n\nPlease find attached our export price list for 2026 (valid Jan 1 - Jun 30, 2026).\n"
             "Prices are slightly adjusted due to the NTD exchange rate.\n\nBest regards,\nJimmy Lin\nHsin Fa Tools Co., Ltd."]
    ctx.add(new_mail("hf-xls", dt("2025-12-02 10:02"), ("Jimmy Lin", JIMMY[1]), [HELEN_EN], "HSIN FA export price list 2026",
                     body3, client="outlook", charset="us-ascii", lang="en",
                     attachments=[(xls, "application/vnd.ms-excel", "HSINFA_PriceList_2026.xls")]),
            "hsinfa", "xls-legacy", "quote", x_items, notes="Legacy BIFF8 .xls with bilingual two-line headers, no quantity.")


TCB_HEAD = [("TAICHUNG CENTURY BEARING CO., LTD.", 16, True),
            ("No. 128, Gongye 38th Rd., Xitun District, Taichung City 40768, Taiwan", 9, False),
            ("TEL: +886-4-2359-8811   FAX: +886-4-2359-8812   E-mail: sales@tcb-bearing.com.tw", 9, False)]


def tcb(ctx):
    cols = [Col("Item", "idx"), Col("Part No.", "model"), Col("Description", "product"), Col("Brand", "const:TCB"),
            Col("Q'ty (pcs)", "qty", "r"), Col("Unit Price (US$)", "price", "r"), Col("Amount (US$)", "amount", "r"),
            Col("Remark", "remark")]
    dg = "Deep groove ball bearing"
    items = [I(dg, "6204-2RS", "", "pcs", "0.42", "USD", 5000), I(dg, "6205-2RS", "", "pcs", "0.51", "USD", 5000),
             I(dg, "6206ZZ", "", "pcs", "0.68", "USD", 3000),
             I("Pillow block bearing", "UCP208", "", "pcs", "4.85", "USD", 500, remark="with grease nipple"),
             I("Cylindrical roller bearing", "NU2208E", "", "pcs", "9.60", "USD", 200)]
    total = total_of(items)
    xlsx = docs.xlsx_quote({"sheet": "Quotation", "letterhead": TCB_HEAD, "title": "QUOTATION",
                            "info": [("To:", "Sinoway Industrial Supply Co., Ltd."), ("Attn:", "Ms. Helen Wu"),
                                     ("Tel:", "+86 574 8688 2320")],
                            "info_right": [("Date:", "Feb. 26, 2025"), ("Quotation No.:", "TCB-Q25-0226")],
                            "header_row": 11, "cols": cols, "items": items, "fmt": US, "formulas": True,
                            "footer": [("Total FOB Taichung:", total)], "sum_label": "Total FOB Taichung:",
                            "notes": ["Terms & Conditions:", "1. Payment: T/T 30% deposit, 70% against B/L copy",
                                      "2. Delivery: 30 days after deposit", "3. Validity: 60 days",
                                      "4. Packing: TCB industrial box, 50 pcs/carton"],
                            "col_widths": [6, 12, 28, 8, 11, 16, 16, 20], "date": "2025-02-26", "author": "Vivian"})
    body = ["Dear Helen,\n\nThank you for your inquiry. Attached please find our quotation TCB-Q25-0226 for your review.\n"
            "Please feel free to contact me if you need any further information.",
            "Best Regards,\nVivian Chang\nSales Dept. | Taichung Century Bearing Co., Ltd.\nTel: +886-4-2359-8811 ext. 215\n"
            "Mobile: +886-912-345-678"]
    ctx.add(new_mail("tcb-xlsx", dt("2025-02-26 16:45"), VIVIAN, [HELEN_EN], "Quotation TCB-Q25-0226", body,
                     client="outlook", charset="us-ascii", lang="en",
                     attachments=[(xlsx, XLSX, "TCB-Q25-0226 Sinoway.xlsx")]),
            "tcb", "xlsx-letterhead-en", "quote", items,
            notes="Letterhead block, merged cells, header on row 11, currency and unit in headers, formulas with cached values.")

    cols2 = [Col("No.", "idx"), Col("Description", "product"), Col("Model", "model"), Col("Quantity", "qty", "r"),
             Col("Unit Price\nUSD/pc", "price", "r"), Col("Total\nUSD", "amount", "r")]
    items2 = [I(dg, "6204-2RS", "", "pcs", "0.40", "USD", 10000), I(dg, "6306-2RS", "", "pcs", "0.95", "USD", 2000),
              I(dg, "6308-2RS", "", "pcs", "1.65", "USD", 1000), I("Pillow block bearing", "UCF205", "", "pcs", "3.20", "USD", 600),
              I("Spherical roller bearing", "22210 CCK/W33", "", "pcs", "12.80", "USD", 100)]
    xlsx2 = docs.xlsx_quote({"sheet": "Quote", "title": "TCB QUOTATION Q25-0530",
                             "info": [("Customer", "Sinoway Industrial Supply"), ("Date", "2025-05-30"), ("Terms", "FOB Taichung")],
                             "cols": cols2, "items": items2, "fmt": US, "footer": [("TOTAL", total_of(items2))],
                             "notes": ["Validity: 30 days"], "col_widths": [6, 28, 16, 10, 12, 14], "date": "2025-05-30"})
    z = docs.zip_files([("TCB-Q25-0530.xlsx", xlsx2)])
    body2 = ["Hi Helen,\n\nAs requested, our quotation for the 6204/6306/6308 series and housings is in the attached zip file "
             "(our mail server blocks Excel files sent to some domains).\n\nRegards,\nVivian"]
    ctx.add(new_mail("tcb-zip", dt("2025-05-30 11:12"), VIVIAN, [HELEN_EN], "RE: bearing inquiry / TCB quotation Q25-0530",
                     body2, client="outlook", charset="us-ascii", lang="en",
                     attachments=[(z, "application/x-zip-compressed", "TCB_Quotation_Q25-0530.zip")]),
            "tcb", "xlsx-in-zip", "quote", items2, notes="XLSX inside a .zip attachment.")

    rev = [I("", "6204-2RS", "", "", "0.44", "USD"), I("", "6306-2RS", "", "", "0.99", "USD"),
           I("", "UCF205", "", "", "3.35", "USD")]
    body3 = ["Dear Helen,\n\nFurther to our quotation TCB-Q25-0530, please note the following revised prices effective "
             "Nov. 1, 2025 due to the increase of bearing steel cost:",
             ("pre", "6204-2RS:   0.44\n6306-2RS:   0.99\nUCF205:     3.35"),
             "All other items and terms remain unchanged. Prices are in USD, FOB Taichung.\n"
             "Orders confirmed before Oct. 31 will be executed at the old prices.",
             "Best Regards,\nVivian Chang\nTaichung Century Bearing Co., Ltd."]
    ctx.add(new_mail("tcb-rev", dt("2025-10-15 09:05"), VIVIAN, [HELEN_EN], "Revised prices - TCB-Q25-0530", body3,
                     client="outlook", charset="us-ascii", lang="en", text_only=True, reply_to="tcb-zip"),
            "tcb", "revision-model-only", "quote", rev, notes="Revision naming only part numbers; name and unit come from the May quote.")


JP = Fmt(style="us", places=0)


def yamato(ctx):
    cols = [Col("品番", "model"), Col("品名", "product"), Col("数量", "qty", "r"), Col("単位", "unit"),
            Col("単価(円)", "price", "r"), Col("金額(円)", "amount", "r")]
    items = [I("精密ボールねじ", "BSS1510-C5", "本", "pcs", "38500", "JPY", 10),
             I("リニアガイド", "LG15-H2R", "セット", "set", "12800", "JPY", 20),
             I("ボールねじサポート", "SFU1605", "個", "pcs", "4200", "JPY", 20)]
    body = ["Sinoway Industrial Supply Co., Ltd.\n購買部 Helen Wu 様\n\nいつも大変お世話になっております。\n大和精密の佐藤でございます。\n\n"
            "ご依頼いただきました件、下記の通りお見積り申し上げます。\n\n見積番号：YS-250304-02\n有効期限：2025年4月30日\n"
            "受渡条件：FOB大阪\n支払条件：T/T 前払い",
            ("table", text_table(cols, items, JP, [("合計", total_of(items))], style="spaces"), None),
            "納期：ご注文後約4週間\n\n以上、よろしくご検討のほどお願い申し上げます。",
            "――――――――――――――――\n株式会社 大和精密\n営業部 佐藤 健一\n〒577-0011 大阪府東大阪市荒本北1-2-3\n"
            "TEL 06-6781-2234 / FAX 06-6781-2235\n――――――――――――――――"]
    ctx.add(new_mail("ym-text", dt("2025-03-04 17:30", "+0900"), SATO, [HELEN_EN], "【お見積り】ボールねじ・リニアガイド YS-250304-02",
                     body, client="thunderbird", charset="iso-2022-jp", text_only=True, lang="ja"),
            "yamato", "ja-text-iso2022jp", "quote", items, notes="ISO-2022-JP plain text, 品番/数量/単価/金額, JPY without decimals.")

    xcols = [Col("No.", "idx"), Col("品番", "model"), Col("品名", "product"), Col("数量", "qty", "r"), Col("単位", "unit"),
             Col("単価", "price", "r"), Col("金額", "amount", "r"), Col("備考", "remark")]
    x_items = [I("精密ボールねじ", "BSS1510-C5", "本", "pcs", "37800", "JPY", 10),
               I("リニアガイド", "LG15-H2R", "セット", "set", "12800", "JPY", 20),
               I("リニアガイド", "LG20-H2R", "セット", "set", "16400", "JPY", 10, remark="在庫品"),
               I("ボールねじサポート", "SFU1605", "個", "pcs", "4200", "JPY", 20)]
    sub = total_of(x_items)
    xlsx = docs.xlsx_quote({"sheet": "見積書", "letterhead": [("御 見 積 書", 18, True)],
                            "info": [("Sinoway Industrial Supply Co., Ltd. 御中", ""), ("見積番号", "YS-250826-01"),
                                     ("見積日", "2025年8月26日"), ("有効期限", "見積日より60日"), ("通貨", "日本円（JPY）")],
                            "info_right": [("株式会社 大和精密", ""), ("TEL", "06-6781-2234")],
                            "cols": xcols, "items": x_items, "fmt": JP, "price_format": '"¥"#,##0', "formulas": True,
                            "footer": [("小計", sub), ("梱包・輸出書類費", D("8000")), ("合計金額", sub + D("8000"))],
                            "notes": ["※受渡条件：FOB大阪　※支払条件：T/T前払い"], "date": "2025-08-26", "author": "佐藤"})
    body2 = ["Helen Wu 様\n\nお世話になっております。大和精密の佐藤です。\n再見積書を添付いたしますので、ご査収のほどよろしくお願いいたします。\n"
             "BSS1510-C5は数量10本にて値引きいたしました。", "佐藤 健一\n株式会社 大和精密 営業部"]
    ctx.add(new_mail("ym-xlsx", dt("2025-08-26 13:10", "+0900"), SATO, [HELEN_EN], "再見積書送付の件（YS-250826-01）", body2,
                     client="outlook", charset="utf-8", lang="ja", attachments=[(xlsx, XLSX, "御見積書_YS-250826-01.xlsx")]),
            "yamato", "xlsx-ja", "quote", x_items, notes="Japanese XLSX, currency only in the cell format (\"¥\"#,##0) and the info block.")


def ganesh(ctx):
    cols = [Col("Sr.", "idx"), Col("Item Description", "product"), Col("Size/Class", "model"), Col("Material", "extra:mat"),
            Col("Wt (kg)", "extra:wt", "r"), Col("Qty (Nos)", "qty", "r"), Col("Rate USD/pc", "price", "r"),
            Col("Amount USD", "amount", "r")]
    items = [I("Manhole cover", "600 dia D400", "", "pcs", "86.50", "USD", 200, mat="GJS-500", wt="68"),
             I("Gully grating", "500x500 C250", "", "pcs", "51.20", "USD", 300, mat="GJS-500", wt="42"),
             I("Valve body casting", "DN100 PN16", "", "pcs", "27.80", "USD", 500, mat="GG25", wt="18.5")]
    total = total_of(items)
    table = text_table(cols, items, US, [("Total FOB Nhava Sheva", total)], style="pipes")
    body = ["Dear Sir/Madam,\n\nGreetings from Shree Ganesh Castings!\n\nWith reference to your enquiry dated 02-Apr-2025, "
            "we are pleased to quote our best rates as under:", ("table", table, None),
            "Freight up to Ningbo (CIF) will be extra: USD 450.00 per 20' container.\nPayment: 30% advance, balance against "
            "BL copy.\nDelivery: 6-8 weeks.\nValidity: 30 days.\n\nHoping to receive your valued order.",
            "Thanks & Regards,\nRajesh Patel\nDirector - Exports\nShree Ganesh Castings Pvt. Ltd.\nPlot No. 214, GIDC Estate, "
            "Rajkot - 360003, Gujarat, India\nMob: +91 98250 41177 | Tel: +91 281 2388 450\nGSTIN: 24AABCS1234L1Z5"]
    ctx.add(new_mail("gc-text", dt("2025-04-08 12:50", "+0530"), RAJESH, [HELEN_EN], "Quotation for Manhole Covers & Castings",
                     body, client="apple", charset="utf-8", text_only=True, lang="en"),
            "ganesh", "en-text-pipes", "quote", items,
            notes="Pipe-separated text table with a weight column; freight line and GSTIN are not items.")

    scols = [Col("Sr. No.", "idx", width=0.6), Col("Description", "product", width=2.2), Col("Size / Class", "model", width=1.6),
             Col("Qty", "qty", "r", 0.7), Col("Unit", "unit", width=0.6), Col("Rate\n(USD)", "price", "r", 0.9),
             Col("Amount\n(USD)", "amount", "r", 1.0)]
    s_items = [I("Manhole cover", "600 dia D400", "Nos", "pcs", "84.00", "USD", 400),
               I("Manhole frame & cover", "700x700 B125", "Nos", "pcs", "72.40", "USD", 150),
               I("Surface box", "200x200", "Nos", "pcs", "6.80", "USD", 1000)]
    clean = docs.pdf_doc({"lang": "en", "letterhead": [("SHREE GANESH CASTINGS PVT. LTD.", 16, True),
                                                       ("Plot No. 214, GIDC Estate, Rajkot - 360003, Gujarat, India", 9, False),
                                                       ("Ph: +91 281 2388 450   Email: rajesh@ganeshcastings.in   GSTIN: 24AABCS1234L1Z5", 8, False)],
                          "title": "QUOTATION", "info": [("Ref:", "SGC/EXP/Q/2025-26/118"), ("To:", "Sinoway Industrial Supply Co., Ltd.")],
                          "info_right": [("Date:", "09/09/2025")], "cols": scols, "items": s_items, "fmt": US, "grid": True,
                          "footer": [("Total FOB Nhava Sheva", total_of(s_items))],
                          "notes": ["Terms: 30% advance, balance against BL copy. Delivery 6 weeks.", "", "For SHREE GANESH CASTINGS PVT. LTD.",
                                    "", "", "Authorised Signatory"]})
    page = docs.degrade(docs.rasterize(clean, dpi=200, gray=True), seed=21, angle=-0.5, blur=0.6, noise=22)
    scan = docs.image_pdf([docs.jpeg(page, 60)], 200, "2025-09-09T11:02:00")
    body2 = ["Dear Helen Madam,\n\nPlease find attached signed quotation as desired.\n\nRegards,\nRajesh Patel\n+91 98250 41177"]
    ctx.add(new_mail("gc-scan", dt("2025-09-09 11:15", "+0530"), RAJESH, [HELEN_EN], "Signed quotation SGC/EXP/Q/2025-26/118",
                     body2, client="outlook", charset="us-ascii", lang="en",
                     attachments=[(scan, "application/pdf", "Scan0118.pdf")]),
            "ganesh", "pdf-scanned-en", "quote", s_items, notes="Image-only scanned PDF in English, grayscale, slight skew.")


def sinarteknik(ctx):
    tcols = [Col("No", "idx"), Col("Item", "product"), Col("Spec", "model"), Col("Qty", "qty", "r"), Col("Unit", "unit"),
             Col("Target Price (USD)", "price", "r")]
    targets = [I("Gate valve", "Z41H-16C DN100", "pcs", "pcs", "48.00", "USD", 100),
               I("Ball valve", "Q41F-16C DN50", "pcs", "pcs", "15.50", "USD", 300),
               I("Y-strainer", "GL41H-16C DN80", "pcs", "pcs", "35.00", "USD", 50)]
    for t in targets:
        t.counts = False
    html = html_table(tcols, targets, US, flavor="outlook")
    inquiry = ["Dear Linda,\n\nGood day. We have a project tender in Cikarang and need your best CIF Jakarta price for the items "
               "below. Our target prices are indicated; please advise if you can meet them.",
               ("table", text_table(tcols, targets, US, style="tabs"), html),
               "Please also advise delivery time. Closing date of tender: 15 May 2025.",
               "Best regards,\nBudi Santoso\nProcurement | PT Sinar Teknik Mandiri\nJl. Industri Selatan 5 Blok GG-3, Cikarang, "
               "Bekasi 17530\nPhone: +62 21 8990 3345"]
    ctx.add(new_mail("st-inq", dt("2025-05-05 10:30", "+0700"), BUDI, [LINDA], "RFQ - valves for Cikarang project", inquiry,
                     client="outlook", charset="us-ascii", lang="en"),
            "sinarteknik", "inquiry-target-price", "inquiry", targets, notes="Buyer's target prices in an RFQ table: no quote.")

    items = [I("Gate valve", "Z41H-16C DN100", "pc", "pcs", "52.80", "USD", 100),
             I("Ball valve", "Q41F-16C DN50", "pc", "pcs", "17.40", "USD", 300),
             I("Y-strainer", "GL41H-16C DN80", "piece", "pcs", "38.60", "USD", 50)]
    body = ["Dear Budi,\n\nThank you for your enquiry for the Cikarang project.\n\nFor the gate valve Z41H-16C DN100 (cast steel "
            "WCB, flanged PN16) we can offer a unit price of USD 52.80 per pc, CIF Jakarta, based on 100 pcs. Your target of "
            "USD 48.00 is unfortunately below our material cost.\n\nThe ball valve Q41F-16C DN50 is USD 17.40/pc for 300 pcs, "
            "and the Y-strainer GL41H-16C DN80 is USD 38.60 per piece (50 pcs).\n\nDelivery: 35 days after deposit. Payment: "
            "30% T/T in advance, 70% against copy of B/L. The offer is valid until 31 May 2025.",
            SIG_LINDA, ("quote", Quoted(BUDI, [LINDA], dt("2025-05-05 10:30", "+0700"), "RFQ - valves for Cikarang project",
                                        inquiry, "en"))]
    ctx.add(new_mail("st-quote", dt("2025-05-08 15:02"), LINDA, [BUDI], "RE: RFQ - valves for Cikarang project", body,
                     client="outlook", charset="us-ascii", lang="en", reply_to="st-inq"),
            "sinarteknik", "prose-en", "quote", items,
            notes="English prose prices; the buyer's target (in the sentence and in the quoted RFQ) must not count.")

    pcols = [Col("No.", "idx", width=0.5), Col("Description", "product", width=2.0), Col("Specification", "model", width=1.8),
             Col("Qty", "qty", "r", 0.7), Col("UOM", "unit", width=0.6), Col("Unit Price\n(USD)", "price", "r", 1.0),
             Col("Total\n(USD)", "amount", "r", 1.0)]
    p_items = [I("Gate valve", "Z41H-16C DN100", "PCS", "pcs", "52.00", "USD", 100),
               I("Ball valve", "Q41F-16C DN50", "PCS", "pcs", "17.40", "USD", 300)]
    total = total_of(p_items)
    pdf = docs.pdf_doc({"lang": "en", "letterhead": [("PT SINAR TEKNIK MANDIRI", 15, True),
                                                     ("Jl. Industri Selatan 5 Blok GG-3, Cikarang, Bekasi 17530 - Indonesia", 8, False),
                                                     ("Phone +62 21 8990 3345  NPWP 01.234.567.8-413.000", 8, False)],
                        "title": "PURCHASE ORDER", "info": [("PO No.:", "PO/STM/2025/0612"), ("Date:", "16 June 2025"),
                                                            ("Vendor:", "Sinoway Industrial Supply Co., Ltd.")],
                        "info_right": [("Delivery:", "CIF Jakarta"), ("Payment:", "30% TT advance, 70% copy B/L"),
                                       ("Ref. quotation:", "e-mail 8 May 2025")],
                        "cols": pcols, "items": p_items, "fmt": US, "grid": True,
                        "footer": [("Sub Total", total), ("Total", total)],
                        "notes": ["Y-strainer GL41H-16C DN80 to be ordered later.", "Please confirm this PO by return e-mail.",
                                  "", "Approved by: Hendra Wijaya, Procurement Manager"], "creator": "Odoo"})
    body2 = ["Dear Linda,\n\nPlease find attached our PO PO/STM/2025/0612. For the gate valve we agreed USD 52.00 as discussed "
             "by phone.\nKindly send us the proforma invoice for the 30% advance.\n\nBest regards,\nBudi"]
    ctx.add(new_mail("st-po", dt("2025-06-16 09:12", "+0700"), BUDI, [LINDA], "PO/STM/2025/0612", body2, client="outlook",
                     charset="us-ascii", lang="en", attachments=[(pdf, "application/pdf", "PO_STM_2025_0612.pdf")]),
            "sinarteknik", "po-pdf-en", "order", p_items, status="ordered", notes="Buyer's purchase order PDF: ordered prices.")


def alnoor(ctx):
    cols = [Col("S/N", "idx"), Col("Description", "product"), Col("Size", "model"), Col("Qty", "qty", "r"),
            Col("Unit", "unit"), Col("Unit Price USD", "price", "r"), Col("Amount USD", "amount", "r")]
    bv = "Brass ball valve PN25"
    items = [I(bv, '1/2"', "PCS", "pcs", "1.85", "USD", 1000), I(bv, '3/4"', "PCS", "pcs", "2.60", "USD", 1000),
             I(bv, '1"', "PCS", "pcs", "3.95", "USD", 500), I("Brass gate valve PN16", '2"', "PCS", "pcs", "12.40", "USD", 200),
             I("Brass swing check valve", '1"', "PCS", "pcs", "4.70", "USD", 300)]
    xls = docs.xls_quote({"sheet": "QUOTATION", "letterhead": [("SINOWAY INDUSTRIAL SUPPLY CO., LTD.", 14, True),
                                                              ("No. 188 Jiangnan Road, Beilun, Ningbo, China  Tel: +86 574 8688 2305", 9, False)],
                          "title": "QUOTATION", "info": [("Quotation No.", "SW-Q250424-07"), ("Date", "2025-04-24"),
                                                          ("Customer", "Al Noor Trading LLC, Dubai"), ("Terms", "CIF Jebel Ali")],
                          "cols": cols, "items": items, "fmt": US, "footer": [("TOTAL CIF JEBEL ALI", total_of(items))],
                          "notes": ["Payment: 30% T/T deposit, balance against copy of B/L", "Delivery: 30 days",
                                    "Validity: 30 days"], "col_widths": [5, 28, 8, 8, 6, 14, 14]})
    body = ["Dear Mr. Khalid,\n\nThank you for your inquiry. Please find attached our quotation SW-Q250424-07 for brass valves, "
            "CIF Jebel Ali.", SIG_LINDA]
    ctx.add(new_mail("an-xls", dt("2025-04-24 10:44"), LINDA, [KHALID], "Quotation SW-Q250424-07 brass valves", body,
                     client="outlook", charset="us-ascii", lang="en",
                     attachments=[(xls, "application/vnd.ms-excel", "SW-Q250424-07.xls")]),
            "alnoor", "xls-legacy", "quote", items, notes="Our own ERP's .xls quote; sizes in inches as the model.")

    p_items = [I(bv, '1/2"', "PCS", "pcs", "1.80", "USD", 2000), I(bv, '3/4"', "PCS", "pcs", "2.55", "USD", 1500),
               I(bv, '1"', "PCS", "pcs", "3.90", "USD", 800)]
    sub = total_of(p_items)
    freight = D("650.00")
    pcols = [Col("Item", "idx"), Col("Description", "product"), Col("Size", "model"), Col("Quantity", "qty", "r"),
             Col("Unit", "unit"), Col("Unit Price (USD)", "price", "r"), Col("Amount (USD)", "amount", "r")]
    xlsx = docs.xlsx_quote({"sheet": "PI", "letterhead": [("SINOWAY INDUSTRIAL SUPPLY CO., LTD.", 15, True),
                                                         ("No. 188 Jiangnan Road, Beilun, Ningbo 315800, China", 9, False)],
                            "title": "PROFORMA INVOICE",
                            "info": [("PI No.:", "SW-PI-250602"), ("Date:", "2025-06-02"), ("Buyer:", "Al Noor Trading LLC"),
                                     ("Address:", "Al Qusais Industrial Area 4, Dubai, UAE")],
                            "info_right": [("Port of loading:", "Ningbo"), ("Port of discharge:", "Jebel Ali")],
                            "cols": pcols, "items": p_items, "fmt": US, "formulas": True,
                            "footer": [("FOB Ningbo", sub), ("Ocean freight", freight), ("TOTAL CIF Jebel Ali", sub + freight)],
                            "notes": [en_words(sub + freight, "US DOLLARS"),
                                      "Payment: 30% T/T deposit, balance against copy of B/L",
                                      "Beneficiary: Sinoway Industrial Supply Co., Ltd.", "Bank: Bank of China, Ningbo Beilun Sub-branch",
                                      "A/C No.: 3725 6811 9021  SWIFT: BKCHCNBJ92A"], "date": "2025-06-02", "author": "Linda"})
    body2 = ["Dear Mr. Khalid,\n\nAs agreed, attached is the proforma invoice SW-PI-250602 for your order. Please arrange the "
             "30% deposit; production will start upon receipt.", SIG_LINDA]
    ctx.add(new_mail("an-pi", dt("2025-06-02 09:20"), LINDA, [KHALID], "Proforma Invoice SW-PI-250602", body2,
                     client="outlook", charset="us-ascii", lang="en", attachments=[(xlsx, XLSX, "PI SW-PI-250602.xlsx")]),
            "alnoor", "pi-xlsx", "quote", p_items, status="agreed", kind_alt=("contract", "order"),
            notes="Proforma invoice: agreed prices; freight, totals, amount in words, bank account are not items.")


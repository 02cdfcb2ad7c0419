"""Blind set, Asian suppliers of Kestrel Global Sourcing: Shenzhen (electronics), Mumbai (cables),
Osaka (machine parts), Korea (hydraulics), Tianjin (steel pipe). Every company and price is invented."""

from b3_common import US, US_CN, US_JA, html_page, table

HONGDA = ("刘志强", "liuzq@hongda-elec.cn")
SGC = ("Rajesh Kulkarni", "rajesh.k@sgcables.in")
SGC2 = ("Anil Mehta", "anil.mehta@sgcables.in")
OSK = ("田中 健一", "k.tanaka@osaka-seiki.co.jp")
HANIL = ("김민수", "ms.kim@hanil-ind.co.kr")
LIDA = ("王磊", "wanglei@lida-steelpipe.cn")

CUSTOMERS = [
    {"slug": "hongda", "name": "深圳市宏达电子有限公司", "domains": ["hongda-elec.cn"]},
    {"slug": "sgcables", "name": "Shree Ganesh Cables Pvt. Ltd.", "domains": ["sgcables.in"]},
    {"slug": "osakaseiki", "name": "大阪精機株式会社", "domains": ["osaka-seiki.co.jp"]},
    {"slug": "hanil", "name": "한일산업(주) Hanil Industrial Co., Ltd.", "domains": ["hanil-ind.co.kr"]},
    {"slug": "lida", "name": "天津利达钢管有限公司", "domains": ["lida-steelpipe.cn"]},
]

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ hongda (Shenzhen, CNY)

HONGDA_SIG = ("刘志强  销售经理\n深圳市宏达电子有限公司\n电话：0755-2781 6630  手机：139 2845 7712\n"
              "地址：深圳市宝安区福永街道凤凰第三工业区12栋\n开户行：中国建设银行深圳福永支行  账号：4425 0100 0024 0000 3518\n"
              "税号：91440300MA5D8K2X1L")


def hongda(D, M, add):
    I = M.item
    rows = [["序号", "品名", "型号", "单位", "数量", "不含税单价(元)", "含税单价(元)", "含税金额(元)"],
            ["1", "电源适配器", "HD-PA12V2A", "个", "1000", "16.80", "18.98", "18,980.00"],
            ["2", "LED驱动电源", "HD-LD350", "件", "2000", "11.50", "13.00", "26,000.00"],
            ["3", "开关电源", "HD-SP24V5A", "台", "300", "58.00", "65.54", "19,662.00"],
            ["", "合计", "", "", "", "", "", "64,642.00"]]
    html = html_page("<div>Amy 您好！</div><div>感谢询价，我司报价如下（含税价含13%增值税）：</div>" + table(rows)
                     + "<div>交期：收到订单后15个工作日。报价有效期至2026年2月28日。</div><div><br></div><div>"
                     + HONGDA_SIG.replace("\n", "<br>") + "</div>")
    items = [I("pa12", "电源适配器", "HD-PA12V2A", "16.80", "CNY", "pcs", quantity="1000"),
             I("ld350", "LED驱动电源", "HD-LD350", "11.50", "CNY", "pcs", quantity="2000"),
             I("sp24", "开关电源", "HD-SP24V5A", "58.00", "CNY", "set", quantity="300")]
    raw = M.build("a1", "2026-01-06T10:18:00+08:00", HONGDA, US_CN, "报价单 - 宏达电子 HD20260106", html=html)
    add("a1", "2026-01-06T02:18:00Z", "html-zh-tax-excl-incl-amount", "html-table", "quote", items, raw, "hongda",
        notes="Foxmail HTML; 不含税 and 含税 price columns and a 含税金额 column (qty x 含税价): the untaxed price is the item; bank account and tax number in the signature.")

    body = ("Amy 您好，\n\n按数量阶梯报价如下（不含税人民币单价，运费到香港另计）：\n\n"
            "型号          品名            单位   100-499个   500-999个   1000个以上\n"
            "HD-PA12V2A    电源适配器      个        18.50       17.20        16.50\n"
            "HD-LD350      LED驱动电源     件        12.80       11.90        11.20\n"
            "HD-SP24V5A    开关电源        台        62.00       59.50        57.00\n\n"
            "最小起订量100个，打样费200元/款（下单后退还）。\n\n" + HONGDA_SIG + "\n")
    items = [I("pa12", "电源适配器", "HD-PA12V2A", "18.50", "CNY", "pcs"),
             I("pa12", "电源适配器", "HD-PA12V2A", "17.20", "CNY", "pcs", tier=True),
             I("pa12", "电源适配器", "HD-PA12V2A", "16.50", "CNY", "pcs", tier=True),
             I("ld350", "LED驱动电源", "HD-LD350", "12.80", "CNY", "pcs"),
             I("ld350", "LED驱动电源", "HD-LD350", "11.90", "CNY", "pcs", tier=True),
             I("ld350", "LED驱动电源", "HD-LD350", "11.20", "CNY", "pcs", tier=True),
             I("sp24", "开关电源", "HD-SP24V5A", "62.00", "CNY", "set"),
             I("sp24", "开关电源", "HD-SP24V5A", "59.50", "CNY", "set", tier=True),
             I("sp24", "开关电源", "HD-SP24V5A", "57.00", "CNY", "set", tier=True)]
    raw = M.build("a2", "2026-01-20T16:40:00+08:00", HONGDA, US_CN, "阶梯价格 HD-PA12V2A/LD350/SP24V5A", text=body,
                  charset="gbk")
    add("a2", "2026-01-20T08:40:00Z", "text-gbk-tier-columns", "text-table", "quote", items, raw, "hongda",
        notes="GBK text, three quantity tiers as columns (100-499个 / 500-999个 / 1000个以上); the first tier is the list's price, the others are tier items; a sample fee line is no product.")

    body = ("Amy：\n\n您好！经重新核算，以下两款价格调整（不含税）：\n\n"
            "１．LED驱动电源 HD-LD350：RMB １０．９０元/件\n"
            "２．开关电源 HD-SP24V5A：RMB 55.50元/台\n\n"
            "其余型号价格不变，本次调整自2026年2月10日起执行。\n\n" + HONGDA_SIG + "\n")
    items = [I("ld350", "LED驱动电源", "HD-LD350", "10.90", "CNY", "pcs"),
             I("sp24", "开关电源", "HD-SP24V5A", "55.50", "CNY", "set")]
    raw = M.build("a3", "2026-02-09T09:05:00+08:00", HONGDA, US_CN, "价格调整 HD-LD350 / HD-SP24V5A", text=body)
    add("a3", "2026-02-09T01:05:00Z", "text-zh-fullwidth-rmb-yuan-per", "prose", "quote", items, raw, "hongda", kind_alt=["price-notice"],
        notes="numbered lines; fullwidth digits (１０．９０) and RMB 55.50元/台 in one mail; a date in the text.")

    fresh = ("<div>Amy 您好，</div><div>回复如下（不含税，3000个起）：</div>"
             + table([["型号", "品名", "数量", "单价"],
                      ["HD-PA12V2A", "电源适配器", "3000个", "16.20元/个"],
                      ["HD-UC20W", "USB充电器 20W", "3000个", "9.80元/个"]])
             + "<div>" + HONGDA_SIG.replace("\n", "<br>") + "</div>")
    quoted = ("<div>刘经理：</div><div>请报价以下型号，我们的目标价如下：</div>"
              + table([["型号", "数量", "目标价(元)"], ["HD-PA12V2A", "3000", "15.50"], ["HD-UC20W", "3000", "9.00"]])
              + "<div>Amy Leung / Kestrel Global Sourcing</div>")
    html = html_page(fresh + "<div><br></div><div style=\"font-size:12px;background:#efefef;padding:8px;\">"
                     "<div><b>发件人：</b>Amy Leung &lt;amy.leung@kestrel-sourcing.com&gt;</div>"
                     "<div><b>发送时间：</b>2026年2月23日(星期一) 上午10:12</div><div><b>收件人：</b>刘志强</div>"
                     "<div><b>主题：</b>询价 HD-PA12V2A / HD-UC20W</div></div>" + quoted)
    items = [I("pa12", "电源适配器", "HD-PA12V2A", "16.20", "CNY", "pcs", quantity="3000"),
             I("uc20", "USB充电器 20W", "HD-UC20W", "9.80", "CNY", "pcs", quantity="3000")]
    raw = M.build("a4", "2026-02-24T11:30:00+08:00", HONGDA, US_CN, "回复：询价 HD-PA12V2A / HD-UC20W", html=html,
                  reply_to_id="<inq-hd-0223@kestrel-sourcing.com>")
    add("a4", "2026-02-24T03:30:00Z", "html-zh-reply-quoting-target", "html-table", "quote", items, raw, "hongda",
        notes="Foxmail reply; our inquiry with quantities and 目标价 quoted below must not be filed as their prices; prices as 16.20元/个 in a cell.")


# ------------------------------------------------------------------ Shree Ganesh Cables (Mumbai, INR)

SGC_SIG = ("Thanks & Regards,\nRajesh Kulkarni\nManager - Exports\nShree Ganesh Cables Pvt. Ltd.\n"
           "Plot No. 14, MIDC Andheri (E), Mumbai 400 093\nTel: +91 22 2836 4410  Mob: +91 98201 55734\n"
           "GSTIN: 27AAKCS4821M1Z3\nBank: HDFC Bank Ltd, Andheri (E) Branch, A/c No.: 50200031457786, "
           "IFSC: HDFC0000412, SWIFT: HDFCINBB")


def sgcables(D, M, add):
    I = M.item
    body = (
        "Dear Ms. Leung,\n\nWith reference to your enquiry dated 5th Jan 2026, we are pleased to quote as under.\n"
        "Rates are per 100 Mtr, ex-works Mumbai, GST extra.\n\n"
        "Sr.   Description                                   Qty (Mtr)   Rate/100 Mtr (Rs.)       Amount (Rs.)\n"
        "1     FR PVC Insulated Copper Wire, 1100 V\n"
        "1.1   SGC-FR-1.5  1.5 sq mm                            10,000            1,480.00        1,48,000.00\n"
        "1.2   SGC-FR-2.5  2.5 sq mm                            10,000            2,360.00        2,36,000.00\n"
        "1.3   SGC-FR-4.0  4.0 sq mm                             5,000            3,720.00        1,86,000.00\n"
        "2     Armoured Cable, Aluminium, XLPE\n"
        "2.1   SGC-AR-4x16  4C x 16 sq mm                        1,000           38,500.00        3,85,000.00\n"
        "2.2   SGC-AR-4x35  4C x 35 sq mm                          500           79,200.00        3,96,000.00\n"
        "                                                                      Sub Total      13,51,000.00\n"
        "                                                                      GST @ 18%       2,43,180.00\n"
        "                                                          Freight upto Nhava Sheva       12,500.00\n"
        "                                                                    Grand Total      16,06,680.00\n\n"
        "Delivery: 3-4 weeks. Payment: 100% advance against PI. Validity: 15 days.\n\n" + SGC_SIG + "\n")
    items = [I("fr15", "FR PVC Insulated Copper Wire 1.5 sq mm", "SGC-FR-1.5", "14.80", "INR", "m", quantity="10000"),
             I("fr25", "FR PVC Insulated Copper Wire 2.5 sq mm", "SGC-FR-2.5", "23.60", "INR", "m", quantity="10000"),
             I("fr40", "FR PVC Insulated Copper Wire 4.0 sq mm", "SGC-FR-4.0", "37.20", "INR", "m", quantity="5000"),
             I("ar416", "Armoured Cable 4C x 16 sq mm", "SGC-AR-4x16", "385.00", "INR", "m", quantity="1000"),
             I("ar435", "Armoured Cable 4C x 35 sq mm", "SGC-AR-4x35", "792.00", "INR", "m", quantity="500")]
    raw = M.build("b1", "2026-01-08T14:25:00+05:30", SGC, US, "Quotation - FR Wires & Armoured Cables - SGC/Q/2601/044",
                  text=body, charset="us-ascii")
    add("b1", "2026-01-08T08:55:00Z", "text-in-per-100m-indian-grouping", "text-table", "quote", items, raw, "sgcables",
        notes="rates per 100 Mtr (the item is per metre: 1,480.00/100 m = 14.80/m); Indian digit grouping in amounts; items numbered 1.1/2.1 under section lines; GST, freight and totals; bank details and GSTIN in the signature.")

    page = D.Page()
    page.text("SHREE GANESH CABLES PVT. LTD.", size=14, bold=True, dy=16)
    page.text("Plot No. 14, MIDC Andheri (E), Mumbai 400 093  |  GSTIN 27AAKCS4821M1Z3", size=8)
    page.text("REVISED QUOTATION  No. SGC/Q/2602/011 R1    Date: 03-02-2026", size=11, bold=True, dy=22)
    page.text("To: Kestrel Global Sourcing Ltd, Hong Kong    Kind Attn: Ms. Amy Leung", size=9, dy=20)
    xs = [50, 75, 300, 385, 395, 470, 545]
    right = (3, 5, 6)
    page.row(["Sl.", "Description", "HSN", "Qty", "Unit", "Rate (Rs.)", "Amount (Rs.)"], xs, bold=True, right=right)
    page.gap(4)
    for sl, d1, d2, qty, rate, amt in [
            ("1", "SGC-FR-1.5 FR PVC Insulated Copper Wire", "1.5 sq mm, 1100 V, IS 694, Red", "10,000", "14.35",
             "1,43,500.00"),
            ("2", "SGC-FR-2.5 FR PVC Insulated Copper Wire", "2.5 sq mm, 1100 V, IS 694, Black", "10,000", "22.90",
             "2,29,000.00"),
            ("3", "SGC-AR-4x16 Armoured Cable Aluminium XLPE", "4C x 16 sq mm, IS 7098 Part 1", "1,000", "372.50",
             "3,72,500.00")]:
        page.row([sl, d1, "85444999", qty, "Mtr", rate, amt], xs, right=right, dy=11)
        page.row(["", d2], xs, size=8, dy=15)
    page.gap(6)
    page.row(["", "Total (excl. GST)", "", "", "", "", "7,45,000.00"], xs, bold=True, right=right)
    page.row(["", "IGST @ 18%", "", "", "", "", "1,34,100.00"], xs, right=right)
    page.row(["", "Total Amount", "", "", "", "", "8,79,100.00"], xs, bold=True, right=right, dy=24)
    page.text("Rupees Eight Lakh Seventy Nine Thousand One Hundred Only", size=8)
    page.text("Bank: HDFC Bank Ltd, A/c No. 50200031457786, IFSC HDFC0000412", size=8)
    page.text("For Shree Ganesh Cables Pvt. Ltd.  -  Authorised Signatory", size=8)
    pdf = page.build("Revised Quotation SGC/Q/2602/011 R1")
    items = [I("fr15", "FR PVC Insulated Copper Wire 1.5 sq mm", "SGC-FR-1.5", "14.35", "INR", "m", quantity="10000"),
             I("fr25", "FR PVC Insulated Copper Wire 2.5 sq mm", "SGC-FR-2.5", "22.90", "INR", "m", quantity="10000"),
             I("ar416", "Armoured Cable Aluminium XLPE 4C x 16 sq mm", "SGC-AR-4x16", "372.50", "INR", "m",
               quantity="1000")]
    raw = M.build("b2", "2026-02-03T17:02:00+05:30", SGC, US, "Revised Quotation SGC/Q/2602/011 R1",
                  text="Dear Ms. Leung,\n\nPlease find attached our revised offer as discussed.\n\n" + SGC_SIG + "\n",
                  attachments=[(pdf, "application/pdf", "SGC-Q-2602-011-R1.pdf")])
    add("b2", "2026-02-03T11:32:00Z", "pdf-in-wrapped-description-hsn", "pdf", "quote", items, raw, "sgcables",
        notes="one-page PDF; each description wraps to a second line under its row; an HSN code column (8 digits); rate per Mtr and Indian grouped amounts; IGST and totals.")

    body = (
        "Dear Ms. Leung,\n\nPlease see below the offer from our Delhi branch for the control cables you asked about, "
        "forwarded for your kind reference. I can confirm the same rates.\n\nBest regards,\nAnil Mehta\n"
        "Export Manager, Shree Ganesh Cables Pvt. Ltd.\nMob: +91 98200 41177\n\n"
        "---------- Forwarded message ---------\nFrom: Sunil Verma <sunil.verma@sgcables.in>\n"
        "Date: Tue, 17 Feb 2026 at 12:41\nSubject: Offer - Control cables for Kestrel\nTo: Anil Mehta <anil.mehta@sgcables.in>\n\n"
        "Anil ji,\n\nOur rates for the control cables (per Mtr, ex-works, GST extra):\n\n"
        "1.1  SGC-CC-7x1.5   Control Cable Copper 7C x 1.5 sq mm   1,000 Mtr   Rs. 96.40 per Mtr    Rs. 96,400.00\n"
        "1.2  SGC-CC-12x1.5  Control Cable Copper 12C x 1.5 sq mm  1,000 Mtr   Rs. 158.75 per Mtr   Rs. 1,58,750.00\n\n"
        "Packing in wooden drums of 500 Mtr, drum charges Rs. 2,500.00 per drum extra.\n\nRegards,\nSunil Verma\n"
        "Delhi Branch, Mob: +91 98110 32268\n")
    items = [I("cc7", "Control Cable Copper 7C x 1.5 sq mm", "SGC-CC-7x1.5", "96.40", "INR", "m", quantity="1000"),
             I("cc12", "Control Cable Copper 12C x 1.5 sq mm", "SGC-CC-12x1.5", "158.75", "INR", "m", quantity="1000")]
    raw = M.build("b3", "2026-02-18T10:15:00+05:30", SGC2, US, "Fwd: Offer - Control cables for Kestrel", text=body)
    add("b3", "2026-02-18T04:45:00Z", "text-forwarded-inline-rs-per-mtr", "forwarded-mail", "quote", items, raw,
        "sgcables", notes="a colleague's quote forwarded inline (Gmail style) by the export manager, who confirms it: its prices count; Rs. ... per Mtr; drum charges are no product.")

    body = ("Dear Sir/Madam,\n\nPlease note that with effect from 01-03-2026 our bank account has changed. Kindly update "
            "your records and remit all future payments to the new account.\n\n"
            "Old account: HDFC Bank Ltd, A/c No. 50200031457786, IFSC HDFC0000412\n"
            "New account: ICICI Bank Ltd, Andheri (E) Branch, A/c No. 004105021874, IFSC ICIC0000041, SWIFT ICICINBBCTS\n\n"
            "Outstanding against Invoice SGC/25-26/1187 dated 12-02-2026: Rs. 8,79,100.00 (due 14-03-2026).\n"
            "Please also note our new phone line: +91 22 6120 4400.\n\n" + SGC_SIG + "\n")
    raw = M.build("b4", "2026-02-25T12:00:00+05:30", SGC, US, "Change of Bank Account Details - Shree Ganesh Cables",
                  text=body)
    add("b4", "2026-02-25T06:30:00Z", "notice-bank-details-numbers", "text-table", "other", [], raw, "sgcables",
        notes="a bank-account change full of account numbers, IFSC codes and an outstanding amount: no prices.")


# ------------------------------------------------------------------ Osaka Seiki (JPY)

OSK_SIG = ("大阪精機株式会社　営業部\n田中 健一\n〒550-0013 大阪市西区新町2-14-8\nTEL 06-6543-2109　FAX 06-6543-2110")


def osaka(D, M, add):
    I = M.item
    rows = [["品名", "型式", "数量", "単位", "単価（税抜・円）", "単価（税込・円）", "金額（税抜・円）"],
            ["ピローブロック", "UCP205", "50", "個", "1,850", "2,035", "92,500"],
            ["リニアガイド", "LG15-300", "10", "セット", "12,400", "13,640", "124,000"],
            ["カップリング", "CP-25", "20", "個", "3,260", "3,586", "65,200"],
            ["", "小計", "", "", "", "", "281,700"],
            ["", "消費税（10%）", "", "", "", "", "28,170"],
            ["", "合計", "", "", "", "", "309,870"]]
    html = html_page("<p>Kestrel Global Sourcing<br>Amy Leung 様</p><p>いつもお世話になっております。<br>"
                     "お問い合わせの件、下記の通りお見積り申し上げます。</p>" + table(rows)
                     + "<p>納期：受注後3週間　有効期限：2026年2月末日　支払条件：月末締め翌月末払い</p><p>"
                     + OSK_SIG.replace("\n", "<br>") + "</p>", lang="ja")
    items = [I("ucp205", "ピローブロック", "UCP205", "1850.00", "JPY", "pcs", quantity="50"),
             I("lg15", "リニアガイド", "LG15-300", "12400.00", "JPY", "set", quantity="10"),
             I("cp25", "カップリング", "CP-25", "3260.00", "JPY", "pcs", quantity="20")]
    raw = M.build("c1", "2026-01-12T15:20:00+09:00", OSK, US_JA, "お見積書送付の件（OS-2601-118）", html=html)
    add("c1", "2026-01-12T06:20:00Z", "html-ja-tax-excl-incl", "html-table", "quote", items, raw, "osakaseiki",
        notes="Japanese HTML; 税抜 and 税込 unit price columns (the tax-excluded one is the item), yen without decimals, 小計/消費税/合計 rows.")

    body = ("Kestrel Global Sourcing\nAmy Leung 様\n\nいつもお世話になっております。\n"
            "先日のお見積りにつきまして、下記の通り価格を改定させていただきます。\n\n"
            "・UCP205　ピローブロック　　１，７９０円／個\n"
            "・LG15-300　リニアガイド　　12,100円／セット\n\n"
            "上記以外の品目は変更ございません。（価格は税抜です）\n\n" + OSK_SIG + "\n")
    items = [I("ucp205", "ピローブロック", "UCP205", "1790.00", "JPY", "pcs"),
             I("lg15", "リニアガイド", "LG15-300", "12100.00", "JPY", "set")]
    raw = M.build("c2", "2026-02-02T10:40:00+09:00", OSK, US_JA, "お見積り価格改定のご案内", text=body,
                  charset="iso-2022-jp")
    add("c2", "2026-02-02T01:40:00Z", "text-ja-iso2022jp-yen-suffix", "prose", "quote", items, raw, "osakaseiki", kind_alt=["price-notice"],
        notes="ISO-2022-JP text; bullet lines with 円／個 after the number, one in fullwidth digits (１，７９０円).")

    rows = [["大阪精機株式会社"], ["御見積書"], ["見積番号：OS-2602-031", "", "", "", "見積日：2026年2月16日"],
            [], ["No.", "品番", "品名", "数量", "単位", "単価(円)", "金額(円)"],
            [D.n(1), "MS-40", "ミニシリンダー", D.n(5), "台", D.n(8600), D.n(43000)],
            [D.n(2), "CP-25", "カップリング", D.n(20), "個", D.n(3150), D.n(63000)],
            ["", "", "", "", "", "小計", D.n(106000)], ["", "", "", "", "", "消費税", D.n(10600)],
            ["", "", "", "", "", "合計", D.n(116600)], [], ["有効期限：見積日より30日"]]
    xl = D.xlsx(rows, sheet="御見積書", merges=["A1:G1", "A2:G2"], money_cols=(5, 6))
    items = [I("ms40", "ミニシリンダー", "MS-40", "8600.00", "JPY", "set", quantity="5"),
             I("cp25", "カップリング", "CP-25", "3150.00", "JPY", "pcs", quantity="20")]
    raw = M.build("c3", "2026-02-16T13:00:00+09:00", OSK, US_JA, "御見積書（OS-2602-031）",
                  text="Amy Leung 様\n\n御見積書を添付いたしますのでご査収ください。\n\n" + OSK_SIG + "\n",
                  attachments=[(xl, XLSX, "御見積書_OS-2602-031.xlsx")])
    add("c3", "2026-02-16T04:00:00Z", "xlsx-ja-yen-header", "xlsx", "quote", items, raw, "osakaseiki",
        notes="XLSX 御見積書; currency only in the headers 単価(円); numbers formatted #,##0.00; 小計/消費税/合計.")

    fresh = ("<p>Amy Leung 様</p><p>お問い合わせありがとうございます。下記の通りご回答いたします（税抜）。</p>"
             + table([["型式", "品名", "数量", "単価"], ["UCP205", "ピローブロック", "200個", "1,750円"],
                      ["UCP206", "ピローブロック", "100個", "2,080円"]])
             + "<p>" + OSK_SIG.replace("\n", "<br>") + "</p>")
    quoted = ("<p>田中様</p><p>以下の数量でのお見積りをお願いします。ご希望価格も記載しました。</p>"
              + table([["型式", "数量", "ご希望価格"], ["UCP205", "200", "1,600円"], ["UCP206", "100", "1,900円"]])
              + "<p>Amy Leung</p>")
    html = M.outlook_reply_html(fresh, "Amy Leung &lt;amy.leung@kestrel-sourcing.com&gt;", "2026年3月1日 9:05",
                                "田中 健一", "UCP205/UCP206 お見積り依頼", quoted)
    items = [I("ucp205", "ピローブロック", "UCP205", "1750.00", "JPY", "pcs", quantity="200"),
             I("ucp206", "ピローブロック", "UCP206", "2080.00", "JPY", "pcs", quantity="100")]
    raw = M.build("c4", "2026-03-02T11:10:00+09:00", OSK, US_JA, "RE: UCP205/UCP206 お見積り依頼", html=html)
    add("c4", "2026-03-02T02:10:00Z", "html-ja-reply-quoting-target", "html-table", "quote", items, raw,
        "osakaseiki", notes="Outlook reply; our request with ご希望価格 (target prices) quoted below must not count; quantity cells 200個 (the unit of the quantity, price per piece).")


# ------------------------------------------------------------------ Hanil (Korea, KRW and USD)

HANIL_SIG = ("김민수 과장 / Kim Min-su, Sales Manager\n한일산업(주) Hanil Industrial Co., Ltd.\n"
             "경기도 안산시 단원구 별망로 215 / Tel 031-8041-2275 / Fax 031-8041-2279\n"
             "사업자등록번호 124-86-51230 / 기업은행 482-017654-01-012")


def hanil(D, M, add):
    I = M.item
    body = ("Dear Mr. Kim,\n\nPlease quote your best prices for the items below, delivered CIF Hong Kong.\n\n"
            "Item          Description                 Qty        Target price\n"
            "HH-12         Hydraulic hose 1/2\" 2-wire  2,000 m    USD 3.40/m\n"
            "HF-12         Hose fitting 1/2\" JIC       500 pcs    USD 2.20/pc\n"
            "OR-KIT-386    O-ring kit 386 pcs          50 sets    USD 18.00/set\n\n"
            "Best regards,\nAmy Leung\nKestrel Global Sourcing Ltd\nTel +852 2388 1466\n")
    raw = M.build("d0", "2026-01-10T09:30:00+08:00", US, HANIL, "Inquiry - hydraulic hoses and fittings", text=body)
    add("d0", "2026-01-10T01:30:00Z", "inquiry-target-prices-en", "text-table", "inquiry", [], raw, "hanil",
        direction="outbound", notes="our inquiry to a supplier with target prices per unit: no supplier prices.")

    rows = [["번호", "품명", "규격", "단위", "수량", "단가(원)", "금액(원)", "비고"],
            ["1", "유압호스", "HH-12", "M", "500", "4,850", "2,425,000", "2-wire"],
            ["2", "호스피팅", "HF-12", "EA", "200", "3,200", "640,000", "JIC"],
            ["3", "O-링 세트", "OR-KIT-386", "SET", "20", "28,500", "570,000", ""],
            ["", "공급가액", "", "", "", "", "3,635,000", ""],
            ["", "부가세", "", "", "", "", "363,500", ""],
            ["", "합계", "", "", "", "", "3,998,500", ""]]
    html = html_page("<p>Amy Leung 님께,</p><p>요청하신 견적을 아래와 같이 보내드립니다. (부가세 별도)</p>" + table(rows)
                     + "<p>납기: 발주 후 2주 / 견적 유효기간: 2026년 2월 14일</p><p>"
                     + HANIL_SIG.replace("\n", "<br>") + "</p>", lang="ko")
    items = [I("hh12", "유압호스", "HH-12", "4850.00", "KRW", "m", quantity="500"),
             I("hf12", "호스피팅", "HF-12", "3200.00", "KRW", "pcs", quantity="200"),
             I("orkit", "O-링 세트", "OR-KIT-386", "28500.00", "KRW", "set", quantity="20")]
    raw = M.build("d1", "2026-01-14T14:00:00+09:00", HANIL, US, "견적서 - 유압호스 및 피팅", html=html)
    add("d1", "2026-01-14T05:00:00Z", "html-ko-krw-won", "html-table", "quote", items, raw, "hanil",
        notes="Korean HTML quote in won (단가(원)), units M/EA/SET; 공급가액/부가세/합계 rows; business registration and bank numbers in the signature.")

    rows = [["HANIL INDUSTRIAL CO., LTD. - EXPORT PRICE LIST"], ["Date: 29 Jan 2026", "", "", "Valid until: 31 Mar 2026"],
            [], ["No.", "Item", "Description", "Unit", "Currency", "FOB Busan", "CIF Hong Kong", "MOQ"],
            [D.n(1), "HH-12", "Hydraulic hose 1/2\" 2-wire SAE 100R2AT", "M", "USD", D.n(3.65), D.n(3.92), "1,000 M"],
            [D.n(2), "HF-12", "Hose fitting 1/2\" JIC female", "EA", "USD", D.n(2.45), D.n(2.61), "500 EA"],
            [D.n(3), "TT-19", "PTFE thread seal tape 19 mm x 10 m", "ROLL", "USD", D.n(0.38), D.n(0.42), "1,000 ROLL"]]
    xl = D.xlsx(rows, sheet="Price List", merges=["A1:H1"], money_cols=(5, 6))
    items = [I("hh12", "Hydraulic hose 1/2\" 2-wire SAE 100R2AT", "HH-12", "3.65", "USD", "m"),
             I("hh12", "Hydraulic hose 1/2\" 2-wire SAE 100R2AT", "HH-12", "3.92", "USD", "m", incoterm_alt=True),
             I("hf12", "Hose fitting 1/2\" JIC female", "HF-12", "2.45", "USD", "pcs"),
             I("hf12", "Hose fitting 1/2\" JIC female", "HF-12", "2.61", "USD", "pcs", incoterm_alt=True),
             I("tt19", "PTFE thread seal tape 19 mm x 10 m", "TT-19", "0.38", "USD", "roll"),
             I("tt19", "PTFE thread seal tape 19 mm x 10 m", "TT-19", "0.42", "USD", "roll", incoterm_alt=True)]
    raw = M.build("d2", "2026-01-29T16:30:00+09:00", HANIL, US, "Export price list Jan 2026 (USD)",
                  text="Dear Amy,\n\nAttached our export price list in USD as requested.\n\n" + HANIL_SIG + "\n",
                  attachments=[(xl, XLSX, "Hanil_Export_Price_List_2026-01.xlsx")])
    add("d2", "2026-01-29T07:30:00Z", "xlsx-currency-column-fob-cif-moq", "xlsx", "quote", items, raw, "hanil",
        notes="XLSX with a separate Currency column and FOB Busan / CIF Hong Kong price columns (FOB is the list's price, CIF an incoterm_alt item); MOQ column is no quantity.")

    body = ("Dear Amy,\n\nThank you for your inquiry. Our best offer, CIF Hong Kong:\n\n"
            "- OR-KIT-386 O-ring kit 386 pcs: USD 19.80/set, 50 sets\n"
            "- HH-16 Hydraulic hose 5/8\" 2-wire: USD 4.75/m, 500 m\n\n"
            "Sorry, we cannot reach your target prices; raw material (NBR) went up 8% this month.\n\n"
            + HANIL_SIG + "\n\n"
            "On Tue, Feb 10, 2026 at 10:02 AM Amy Leung <amy.leung@kestrel-sourcing.com> wrote:\n"
            "> Dear Mr. Kim,\n> please quote:\n> OR-KIT-386   50 sets   target USD 18.00/set\n"
            "> HH-16        500 m     target USD 4.20/m\n> Thanks, Amy\n")
    items = [I("orkit", "O-ring kit 386 pcs", "OR-KIT-386", "19.80", "USD", "set", quantity="50"),
             I("hh16", "Hydraulic hose 5/8\" 2-wire", "HH-16", "4.75", "USD", "m", quantity="500")]
    raw = M.build("d3", "2026-02-12T09:45:00+09:00", HANIL, US, "Re: O-ring kits and 5/8 hose", text=body,
                  reply_to_id="<inq-hanil-0210@kestrel-sourcing.com>")
    add("d3", "2026-02-12T00:45:00Z", "text-en-reply-quoting-target", "prose", "quote", items, raw, "hanil",
        notes="plain-text reply; our target prices quoted with '>' below must not count; a percentage in the text.")


# ------------------------------------------------------------------ Lida (Tianjin steel pipe)

LIDA_SIG = ("王磊\n天津利达钢管有限公司 销售部\n电话：022-2839 6655  手机：186 2266 0419\n"
            "开户行：中国工商银行天津静海支行  账号：0302 0912 0910 0123 456")


def lida(D, M, add):
    I = M.item
    rows = [["天津利达钢管有限公司 报价单"], ["报价日期：2026-01-13", "", "", "", "", "报价编号：LD260113-02"], [],
            ["序号", "品名", "规格", "材质", "单位", "数量", "含税单价(元/吨)", "金额(元)"],
            ["1", "焊管"],
            ["1.1", "焊管", "Φ219×6", "Q235B", "吨", D.n(50), D.n(4860), D.n(243000)],
            ["1.2", "焊管", "Φ273×8", "Q235B", "吨", D.n(30), D.n(4920), D.n(147600)],
            ["2", "无缝钢管"],
            ["2.1", "无缝钢管", "Φ89×5", "20#", "吨", D.n(20), D.n(5780), D.n(115600)],
            ["", "合计", "", "", "", D.n(100), "", D.n(506200)], [], ["备注：价格含13%增值税，运费另计，有效期7天。"]]
    xl = D.xlsx(rows, sheet="报价单", merges=["A1:H1", "B5:H5", "B8:H8"], money_cols=(6, 7))
    items = [I("erw219", "焊管", "Φ219×6", "4860.00", "CNY", "t", quantity="50", size_model=True),
             I("erw273", "焊管", "Φ273×8", "4920.00", "CNY", "t", quantity="30", size_model=True),
             I("sm89", "无缝钢管", "Φ89×5", "5780.00", "CNY", "t", quantity="20", size_model=True)]
    raw = M.build("g1", "2026-01-13T15:50:00+08:00", LIDA, US_CN, "钢管报价 LD260113-02",
                  text="Amy您好：\n附件是钢管报价单，请查收。\n\n" + LIDA_SIG + "\n",
                  attachments=[(xl, XLSX, "利达钢管报价单LD260113-02.xlsx")])
    add("g1", "2026-01-13T07:50:00Z", "xlsx-zh-sections-1.1-per-ton", "xlsx", "quote", items, raw, "lida",
        notes="XLSX; section rows (1 焊管 / 2 无缝钢管, merged) and items 1.1/1.2/2.1; only a tax-included price column 含税单价(元/吨); size column is the model; 合计 row with a total quantity.")

    body = ("Amy您好！\n\n钢厂调价，焊管价格更新如下：\n\n"
            "1.1 焊管 Φ219×6 Q235B   不含税 4,250.00元/吨   含税 4,802.50元/吨\n"
            "1.2 焊管 Φ273×8 Q235B   不含税 4,300.00元/吨   含税 4,859.00元/吨\n\n"
            "无缝钢管价格不变。价格有效期至2026年2月15日。\n\n" + LIDA_SIG + "\n")
    items = [I("erw219", "焊管", "Φ219×6", "4250.00", "CNY", "t", size_model=True),
             I("erw273", "焊管", "Φ273×8", "4300.00", "CNY", "t", size_model=True)]
    raw = M.build("g2", "2026-02-04T10:20:00+08:00", LIDA, US_CN, "焊管调价", text=body, charset="gbk")
    add("g2", "2026-02-04T02:20:00Z", "text-gbk-tax-pair-per-ton", "prose", "quote", items, raw, "lida", kind_alt=["price-notice"],
        notes="GBK lines with 不含税 and 含税 prices side by side, 元/吨 after each number (the untaxed price is the item).")

    blocks = ["TIANJIN LIDA STEEL PIPE CO., LTD.", "QUOTATION  No. LD-E-260219", "To: Kestrel Global Sourcing Ltd",
              [["Item", "Commodity", "Size (mm)", "Grade", "Unit", "Currency", "FOB Tianjin", "CFR Hong Kong"],
               ["1", "ERW Steel Pipe", "Φ219×6", "Q235B", "MT", "USD", "655.00", "698.00"],
               ["2", "Seamless Steel Pipe", "Φ89×5", "20#", "MT", "USD", "782.00", "825.00"],
               ["3", "Galvanized Steel Pipe", "DN50×3.5", "Q195", "MT", "USD", "720.00", "763.00"]],
              "Payment: 30% T/T in advance, 70% against B/L copy.\nMOQ: 25 MT per size.\nValidity: until 5 March 2026.",
              "Wang Lei, Sales Dept.  Tel +86 22 2839 6655"]
    doc = D.docx(blocks)
    items = [I("erw219", "ERW Steel Pipe", "Φ219×6", "655.00", "USD", "t", size_model=True),
             I("erw219", "ERW Steel Pipe", "Φ219×6", "698.00", "USD", "t", size_model=True, incoterm_alt=True),
             I("sm89", "Seamless Steel Pipe", "Φ89×5", "782.00", "USD", "t", size_model=True),
             I("sm89", "Seamless Steel Pipe", "Φ89×5", "825.00", "USD", "t", size_model=True, incoterm_alt=True),
             I("gp50", "Galvanized Steel Pipe", "DN50×3.5", "720.00", "USD", "t", size_model=True),
             I("gp50", "Galvanized Steel Pipe", "DN50×3.5", "763.00", "USD", "t", size_model=True, incoterm_alt=True)]
    raw = M.build("g3", "2026-02-19T16:00:00+08:00", LIDA, US, "Quotation LD-E-260219 steel pipes FOB/CFR",
                  text="Dear Amy,\n\nPlease find our export quotation attached.\n\nWang Lei\n",
                  attachments=[(doc, DOCX, "LD-E-260219.docx")])
    add("g3", "2026-02-19T08:00:00Z", "docx-en-fob-cfr-currency-column", "docx", "quote", items, raw, "lida",
        notes="DOCX table with a Currency column and FOB Tianjin / CFR Hong Kong price columns, unit MT; English names for products quoted in Chinese before.")

    body = ("Amy：\n\n镀锌管按米报价如下（含税，含运费到深圳）：\n\n"
            "1、镀锌管 DN25×2.75  每米18.60元\n"
            "2、镀锌管 DN32×3.25  每米26.40元\n\n"
            "每支6米，按整支发货。\n\n" + LIDA_SIG + "\n")
    items = [I("gp25", "镀锌管", "DN25×2.75", "18.60", "CNY", "m", size_model=True),
             I("gp32", "镀锌管", "DN32×3.25", "26.40", "CNY", "m", size_model=True)]
    raw = M.build("g4", "2026-03-04T09:10:00+08:00", LIDA, US_CN, "镀锌管按米报价", text=body)
    add("g4", "2026-03-04T01:10:00Z", "text-zh-per-meter-numbered", "prose", "quote", items, raw, "lida",
        notes="numbered lines 1、 with 每米18.60元; '每支6米' is a length, not a price.")


def scenarios(D, M, add):
    hongda(D, M, add)
    sgcables(D, M, add)
    osaka(D, M, add)
    hanil(D, M, add)
    lida(D, M, add)

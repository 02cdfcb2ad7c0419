"""Chinese suppliers writing to a buyer abroad: Taizhou valves (报价单 XLSX with FOB/CIF columns,
MOQ, lead time and a picture column; a revision by item number; a percentage-only increase; a price
in the subject), Shenzhen electronics (Alibaba-style label blocks, `6.35usd/pc` shorthand, the
currency only in the cells' number format, tiers inside one wrapped cell, answers written between
the lines of our quoted RFQ), Foshan machinery (prices in 万元, a Chinese proforma invoice PDF, a
万元 column header)."""

from b8_common import EMILY, OUR_SIGNATURE, b3_docs, html_doc, item, mail, table, td, th
import b8_docs

HENGXIN = ("王丽娜 Lina Wang", "lina.wang@hengxin-valve.com")
XUNDA = ("Kevin Lau", "kevin@xunda-elec.com")
HUAMEI = ("陈志强", "chenzq@huamei-machinery.cn")

HX_SIGN = """Best regards,
Lina Wang (王丽娜) | Export Dept.
Taizhou Hengxin Valve Co., Ltd. 台州市恒信阀门有限公司
No. 88 Jiangbin Road, Yuhuan, Taizhou, Zhejiang 317600, China
Tel: +86-576-8721 3365 | Mob/WeChat: +86 138 5862 0417 | www.hengxin-valve.com"""

XD_SIGN = """Best Regards
Kevin Lau | Sales Manager
Shenzhen Xunda Electronics Co., Ltd.
4F, Bldg 7, Huafeng Industrial Park, Bao'an District, Shenzhen 518101
Tel: 0086-755-2790 1186  Mob/WhatsApp: 0086 139 2455 7803
Alibaba shop: xunda.en.alibaba.com"""

HX_VALVES = [
    ("hx-bv-dn15", "Stainless steel ball valve 2PC, full bore, 1000WOG", "HX-BV-304-DN15", "300", "5.85", "6.30"),
    ("hx-bv-dn20", "Stainless steel ball valve 2PC, full bore, 1000WOG", "HX-BV-304-DN20", "300", "7.40", "7.95"),
    ("hx-bv-dn25", "Stainless steel ball valve 2PC, full bore, 1000WOG", "HX-BV-304-DN25", "200", "11.90", "12.65"),
    ("hx-cv-dn25", "Swing check valve, CF8, threaded", "HX-CV-CF8-DN25", "200", "9.60", "10.30"),
]


def hengxin_xlsx():
    rows = [[("台州市恒信阀门有限公司", b8_docs.BOLD)],
            ["TAIZHOU HENGXIN VALVE CO., LTD."],
            ["地址 Add: 浙江省玉环市江滨路88号  电话 Tel: +86-576-8721 3365  传真 Fax: +86-576-8721 3366"],
            [("报 价 单   QUOTATION", b8_docs.BOLD)],
            ["To: Cascadia Industrial Supply Ltd. (Attn: Ms. Emily Zhou)", "", "", "", "", "报价编号 No.: HX-Q260108-02"],
            ["日期 Date: 2026-01-08", "", "", "", "", "有效期 Validity: 30 days"],
            ["序号\nNo.", "图片\nPicture", "产品名称\nDescription", "型号\nModel", "起订量\nMOQ (pcs)",
             "FOB Ningbo\n(USD/pc)", "CIF Vancouver\n(USD/pc)", "交期\nLead time", "备注\nRemark"]]
    for k, (_, name, model, moq, fob, cif) in enumerate(HX_VALVES, 1):
        rows.append([("n", str(k), 0), "", name, model, ("n", moq, 0), ("n", fob), ("n", cif), "25-30 days",
                     "PTFE seat" if "BV" in model else "CE/ISO"])
    rows += [[],
             ["备注 Notes: 1. Payment: 30% T/T deposit, 70% before shipment. 2. Packing: export carton, 50 pcs/ctn."],
             ["3. 以上价格不含税 Prices exclude Chinese VAT. 4. Sample free, courier at buyer's cost."]]
    book = b8_docs.styled_xlsx(rows, sheet="报价单", merges=("A1:I1", "A2:I2", "A3:I3", "A4:I4", "A5:E5",
                                                           "A6:E6", "F5:I5", "F6:I6"),
                               widths=(6, 12, 40, 18, 10, 12, 14, 12, 12))
    text = f"""Dear Emily,

Good day! Thanks for your inquiry of ball valves and check valves.
Pls find attached our quotation HX-Q260108-02 with FOB Ningbo and CIF Vancouver prices.

Any question pls feel free to contact me.

{HX_SIGN}"""
    items = []
    for pid, name, model, _, fob, cif in HX_VALVES:
        items.append(item(pid, name, model, fob, "USD", "pcs"))
        items.append(item(pid, name, model, cif, "USD", "pcs", incoterm_alt=True))
    return mail("b8-hx-xlsx", "2026-01-08T10:12:00+08:00", "hengxin", "xlsx-zh-baojiadan-fob-cif-moq-picture-col",
                "xlsx", "quote", HENGXIN, EMILY, "Quotation of SS ball valves & check valves--Hengxin Valve", items,
                text=text, attachments=[(book, b8_docs.XLSX_MIME, "HX-Q260108-02 报价单.xlsx")],
                notes="WPS-style 报价单: four letterhead rows merged A:I, bilingual two-line header cells "
                      "(Alt+Enter), an empty picture column between No. and Description, FOB Ningbo and CIF "
                      "Vancouver price columns (both items, FOB first), MOQ and lead-time columns (no "
                      "quantities).")


def hengxin_revision():
    text = f"""Dear Emily,

Sorry for the late reply. Because of the 304 stainless steel material price going up, we have to
adjust our price for item No.3 in our quotation HX-Q260108-02:

No.3  HX-BV-304-DN25  FOB Ningbo USD 12.60/pc,  CIF Vancouver USD 13.35/pc

Other items prices keep the same. Hope for your understanding.

{HX_SIGN}"""
    name = ""
    items = [item("hx-bv-dn25", name, "HX-BV-304-DN25", "12.60", "USD", "pcs"),
             item("hx-bv-dn25", name, "HX-BV-304-DN25", "13.35", "USD", "pcs", incoterm_alt=True)]
    return mail("b8-hx-rev", "2026-03-02T16:40:00+08:00", "hengxin", "text-en-revision-item-no-fob-cif",
                "prose", "quote", HENGXIN, EMILY, "RE: Quotation of SS ball valves & check valves--Hengxin Valve",
                items, text=text,
                notes="A revision naming the item number of the earlier quote and the model, FOB and CIF prices "
                      "on one line (both items, FOB first); the other items keep their prices.")


def hengxin_percent_notice():
    text = f"""Dear Valued Customer,

Due to the continuous rising of raw material (stainless steel, brass) and labor costs, we regret to
inform you that from 1st June 2026 all our prices will be increased by 6%.

All orders confirmed with deposit before 31st May 2026 will keep the old prices.
Thanks for your understanding and continuous support!

{HX_SIGN}"""
    return mail("b8-hx-notice", "2026-05-12T09:05:00+08:00", "hengxin", "notice-en-percent-only-no-references",
                "non-quote", "price-notice", HENGXIN, EMILY, "Price adjustment notice", [], kind_alt=("quote", "other"),
                text=text,
                notes="A price increase of 6 % on everything, naming no product or reference: no items, and "
                      "the current list must keep the quoted prices (a percentage is no price).")


def hengxin_subject_price():
    text = f"""Dear Emily,

Price as subject, MOQ 200pcs, delivery 30 days after deposit.
Material CF8M, 1000WOG, full bore, ends NPT.

{HX_SIGN}

------------------ Original ------------------
From:  "Emily Zhou"<emily.zhou@cascadia-supply.ca>;
Date:  Mon, May 25, 2026 06:18 AM
To:  "Lina Wang"<lina.wang@hengxin-valve.com>;
Subject:  HX-BV-316 DN50

Hi Lina, can you quote the 316 version of the 2PC ball valve in DN50, 300 pcs? Thanks, Emily"""
    items = [item("hx-bv316-dn50", "", "HX-BV-316 DN50", "28.50", "USD", "pcs")]
    return mail("b8-hx-subject", "2026-05-25T11:30:00+08:00", "hengxin", "text-en-price-in-subject-only",
                "prose", "quote", HENGXIN, EMILY, "RE: HX-BV-316 DN50 -- USD28.50/pc FOB Ningbo", items, text=text,
                notes="The price is only in the subject (`USD28.50/pc FOB Ningbo`); the body says `Price as "
                      "subject`. Our request is quoted below (300 pcs is our quantity, not theirs).")


def xunda_alibaba():
    text = f"""Dear Emily,

Thanks for your inquiry on Alibaba.com. Below is our quotation, pls check:

Product Name: Power Bank 10000mAh, dual USB + Type-C PD 20W
Model No.: XD-PB10
FOB Price: US $6.35 / Piece
Min. Order: 500 Pieces
Delivery: 15 days

Product Name: Wireless Charger Pad 15W, Qi certified
Model No.: XD-WC15
FOB Price: US $3.20 / Piece
Min. Order: 1000 Pieces
Delivery: 12 days

Product Name: USB-C to USB-C Cable 1m, 60W, braided
Model No.: XD-CC100
FOB Price: US $0.85 / Piece
Min. Order: 3000 Pieces
Delivery: 10 days

Port: Shenzhen. Payment: T/T or Trade Assurance. Logo printing free for MOQ.

{XD_SIGN}"""
    items = [item("xd-pb10", "Power Bank 10000mAh, dual USB + Type-C PD 20W", "XD-PB10", "6.35", "USD", "pcs"),
             item("xd-wc15", "Wireless Charger Pad 15W, Qi certified", "XD-WC15", "3.20", "USD", "pcs"),
             item("xd-cc100", "USB-C to USB-C Cable 1m, 60W, braided", "XD-CC100", "0.85", "USD", "pcs")]
    return mail("b8-xd-alibaba", "2026-01-12T14:25:00+08:00", "xunda", "text-en-alibaba-label-blocks",
                "prose", "quote", XUNDA, EMILY, "Quotation for Power Bank / Wireless Charger / Cable - Xunda", items,
                text=text,
                notes="Alibaba-style `Label: value` blocks, one per product (`FOB Price: US $6.35 / Piece`, "
                      "`Min. Order: 500 Pieces` is no quantity).")


def xunda_shorthand():
    text = f"""Hi Emily

Good morning. For your new project pls see our best price:

1# XD-PB20 power bank 20000mAh PD 22.5W  --  9.80usd/pc, MOQ 500pcs
2# XD-CC200 USB-C cable 2m 100W braided  --  1.35USD/pc, MOQ 3000pcs
3# XD-CA30 USB-C to USB-A adapter  --  USD0.42/pc, MOQ 5000pcs
4# XD-WC15M magnetic wireless charger 15W  --  $4.65/pc, MOQ 1000pcs

price valid 15days, FOB shenzhen. Sample can send in 3 days.
Waiting for your kind reply.

{XD_SIGN}"""
    items = [item("xd-pb20", "power bank 20000mAh PD 22.5W", "XD-PB20", "9.80", "USD", "pcs"),
             item("xd-cc200", "USB-C cable 2m 100W braided", "XD-CC200", "1.35", "USD", "pcs"),
             item("xd-ca30", "USB-C to USB-A adapter", "XD-CA30", "0.42", "USD", "pcs"),
             item("xd-wc15m", "magnetic wireless charger 15W", "XD-WC15M", "4.65", "USD", "pcs")]
    return mail("b8-xd-short", "2026-02-18T09:40:00+08:00", "xunda", "text-en-numbered-hash-usd-glued",
                "prose", "quote", XUNDA, EMILY, "best price for your new project", items, text=text,
                notes="Chinese sales shorthand: `1#` numbering, `9.80usd/pc`, `1.35USD/pc`, `USD0.42/pc`, "
                      "`$4.65/pc` glued to the number, MOQ beside each price (no quantity).")


def xunda_numfmt():
    fmt = '"US$"#,##0.00'
    rows = [[("SHENZHEN XUNDA ELECTRONICS CO., LTD.", b8_docs.BOLD)],
            ["PRICE LIST 2026 Q1 - Charging accessories"],
            [],
            ["Item", "Model", "Description", "Unit Price", "MOQ", "Packing"],
            [("n", "1", 0), "XD-PB10", "Power bank 10000mAh PD 20W", ("n", "6.2", 4), "500 pcs", "40 pcs/ctn"],
            [("n", "2", 0), "XD-PB20", "Power bank 20000mAh PD 22.5W", ("n", "9.65", 4), "500 pcs", "20 pcs/ctn"],
            [("n", "3", 0), "XD-CC100", "USB-C cable 1m 60W braided", ("n", "0.82", 4), "3000 pcs", "200 pcs/ctn"],
            [("n", "4", 0), "XD-GaN65", "GaN charger 65W 2C1A", ("n", "7.9", 4), "500 pcs", "50 pcs/ctn"],
            [],
            ["Terms: FOB Shenzhen, T/T 30/70. Valid until 31 March 2026."]]
    book = b8_docs.styled_xlsx(rows, sheet="Price list", merges=("A1:F1", "A2:F2"), fmts=(fmt,),
                               widths=(6, 12, 34, 12, 10, 14))
    text = f"""Dear Emily,

Attached is our Q1 price list for the charging accessories, prices updated.

{XD_SIGN}"""
    items = [item("xd-pb10", "Power bank 10000mAh PD 20W", "XD-PB10", "6.20", "USD", ""),
             item("xd-pb20", "Power bank 20000mAh PD 22.5W", "XD-PB20", "9.65", "USD", ""),
             item("xd-cc100", "USB-C cable 1m 60W braided", "XD-CC100", "0.82", "USD", ""),
             item("xd-gan65", "GaN charger 65W 2C1A", "XD-GaN65", "7.90", "USD", "")]
    return mail("b8-xd-numfmt", "2026-03-10T10:05:00+08:00", "xunda", "xlsx-currency-in-number-format-only",
                "xlsx", "quote", XUNDA, EMILY, "Xunda price list 2026 Q1", items, text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "Xunda_PriceList_2026Q1.xlsx")],
                notes="The currency is only in the price cells' number format `\"US$\"#,##0.00` (the sheet shows "
                      "US$6.20; the header says `Unit Price`); MOQ `500 pcs` is no quantity, the unit of the "
                      "price is not stated.")


def xunda_tier_cells():
    rows = [["Model", "Description", "Unit Price (USD/pc)", "Lead time"],
            ["XD-PB10", "Power bank 10000mAh PD 20W", ("1-999pcs: $6.20\n1000pcs+: $5.85", b8_docs.WRAP), "15 days"],
            ["XD-WC15", "Wireless charger pad 15W", ("1-999pcs: $3.10\n1000pcs+: $2.88", b8_docs.WRAP), "12 days"],
            ["XD-CC100", "USB-C cable 1m 60W braided", ("3000-9999pcs: $0.82\n10000pcs+: $0.76", b8_docs.WRAP),
             "10 days"]]
    book = b8_docs.styled_xlsx(rows, sheet="Sheet1", widths=(12, 32, 24, 10))
    text = f"""Hi Emily,

As requested, our quantity break prices in the attached sheet. FOB Shenzhen.

{XD_SIGN}"""
    items = [item("xd-pb10", "Power bank 10000mAh PD 20W", "XD-PB10", "6.20", "USD", "pcs"),
             item("xd-pb10", "Power bank 10000mAh PD 20W", "XD-PB10", "5.85", "USD", "pcs", tier=True),
             item("xd-wc15", "Wireless charger pad 15W", "XD-WC15", "3.10", "USD", "pcs"),
             item("xd-wc15", "Wireless charger pad 15W", "XD-WC15", "2.88", "USD", "pcs", tier=True),
             item("xd-cc100", "USB-C cable 1m 60W braided", "XD-CC100", "0.82", "USD", "pcs"),
             item("xd-cc100", "USB-C cable 1m 60W braided", "XD-CC100", "0.76", "USD", "pcs", tier=True)]
    return mail("b8-xd-tiers", "2026-04-27T15:50:00+08:00", "xunda", "xlsx-tiers-inside-one-wrapped-cell",
                "xlsx", "quote", XUNDA, EMILY, "RE: quantity break prices", items, text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "Xunda quantity breaks.xlsx")],
                notes="Two quantity tiers written inside one wrapped price cell (`1-999pcs: $6.20` Alt+Enter "
                      "`1000pcs+: $5.85`): both are items, the first is the list price.")


def xunda_inline_answers():
    text = f"""Hi Emily,

Pls see our answers in red below.

Kevin

-----Original Message-----
From: Emily Zhou <emily.zhou@cascadia-supply.ca>
Sent: Monday, May 18, 2026 8:02 AM
To: Kevin Lau <kevin@xunda-elec.com>
Subject: RFQ car chargers

Hi Kevin,

we have a new customer for car chargers, 2,000 pcs each. Our target prices:

1. XD-CR38 car charger 38W PD+QC, target USD 2.40
>> Best price USD 2.65/pc, 2.40 not possible, material cost.
2. XD-CR20 car charger 20W single C, target USD 1.50
>> OK can do USD 1.55/pc
3. XD-CR60 car charger 60W dual C, target USD 3.80
>> USD 4.10/pc, it is GaN model

Please also advise the lead time.
>> 20 days after deposit.

Thanks,
Emily"""
    items = [item("xd-cr38", "car charger 38W PD+QC", "XD-CR38", "2.65", "USD", "pcs"),
             item("xd-cr20", "car charger 20W single C", "XD-CR20", "1.55", "USD", "pcs"),
             item("xd-cr60", "car charger 60W dual C", "XD-CR60", "4.10", "USD", "pcs")]
    return mail("b8-xd-inline", "2026-05-18T17:20:00+08:00", "xunda", "text-en-answers-inline-in-quoted-rfq",
                "prose", "quote", XUNDA, EMILY, "RE: RFQ car chargers", items, text=text,
                notes="The supplier answers between the lines of our quoted RFQ (`>> Best price USD 2.65/pc`): "
                      "the answers are items, our target prices and `2,000 pcs` are not; `2.40 not possible` is "
                      "a refused target.")


HM_MACHINES = [("hm-1280", "注塑机", "HM-1280", "38.5", "385000.00"),
               ("hm-1680", "注塑机", "HM-1680", "52.8", "528000.00"),
               ("hm-mtc9", "模温机", "HM-MTC9", "1.25", "12500.00")]


def huamei_wanyuan():
    text = f"""周经理您好！

感谢贵司对我司产品的关注。根据您的询价，报价如下：

一、注塑机 HM-1280（锁模力128吨），单价38.5万元/台；
二、注塑机 HM-1680（锁模力168吨），单价52.8万元/台；
三、模温机 HM-MTC9（9kW，水温式），单价1.25万元/台。

以上价格为含13%增值税出厂价（佛山顺德），不含运费及安装调试费；交货期45天；付款方式：预付30%，发货前付清余款。
报价有效期一个月。如需出口，可另报FOB深圳美元价。

顺祝商祺！
陈志强 销售部经理
佛山市顺德区华美机械有限公司
电话：0757-2632 8815  手机：139 2861 0472
地址：广东省佛山市顺德区伦教工业区三洲路12号"""
    items = [item(pid, name, model, cny, "CNY", "set") for pid, name, model, _, cny in HM_MACHINES]
    return mail("b8-hm-wan", "2026-01-27T11:00:00+08:00", "huamei", "prose-zh-wanyuan-per-set",
                "prose", "quote", HUAMEI, EMILY, "注塑机及模温机报价--佛山华美机械", items, text=text,
                charset="gb18030",
                notes="Chinese prose with prices in 万元 (ten thousands): `单价38.5万元/台` = 385000.00 CNY per "
                      "set; tonnage (128吨) and 9kW are no prices; 13% VAT included, the only price given.")


def huamei_pi_pdf():
    lines = []
    y = 800

    def put(x, text, size=10):
        lines.append((x, y, text, size))

    put(170, "佛山市顺德区华美机械有限公司", 14)
    y -= 18
    put(150, "FOSHAN SHUNDE HUAMEI MACHINERY CO., LTD.", 11)
    y -= 14
    put(110, "地址：广东省佛山市顺德区伦教工业区三洲路12号  电话：0757-2632 8815", 8)
    y -= 26
    put(200, "形式发票  PROFORMA INVOICE", 13)
    y -= 24
    put(50, "买方 Buyer: Cascadia Industrial Supply Ltd., Burnaby, BC, Canada", 9)
    put(360, "发票号 PI No.: HM-PI-260414", 9)
    y -= 14
    put(50, "贸易条款 Terms: FOB Shenzhen", 9)
    put(360, "日期 Date: 2026-04-14", 9)
    y -= 22
    xs = (40, 62, 215, 290, 335, 420, 500)  # the description ends before the model column
    for x, h in zip(xs, ("序号", "品名 Description", "型号 Model", "数量 Qty", "单位 Unit", "单价 USD", "金额 USD")):
        put(x, h, 9)
    y -= 16
    rows = [("1", "注塑机 Injection molding machine", "HM-1280", "2", "台 set", "52,600.00", "105,200.00"),
            ("2", "注塑机 Injection molding machine", "HM-1680", "1", "台 set", "71,900.00", "71,900.00"),
            ("3", "模温机 Mold temperature controller", "HM-MTC9", "3", "台 set", "1,720.00", "5,160.00")]
    for r in rows:
        for k, (x, c) in enumerate(zip(xs, r)):
            if k >= 5:
                x = x + 60 - b8_docs.cjk_width(c, 8)
            put(x, c, 8)
        y -= 15
    y -= 6
    put(300, "合计 TOTAL:", 9)
    put(560 - b8_docs.cjk_width("USD 182,260.00", 9), "USD 182,260.00", 9)
    y -= 14
    put(50, "SAY US DOLLARS ONE HUNDRED EIGHTY-TWO THOUSAND TWO HUNDRED SIXTY ONLY.", 8)
    y -= 20
    put(50, "付款方式 Payment: 30% T/T deposit, 70% balance before shipment.  交货期 Delivery: 45 days.", 8)
    y -= 14
    put(50, "开户行 Bank: Bank of China, Foshan Shunde Branch  SWIFT: BKCHCNBJ400  A/C No.: 6358 2241 0917", 8)
    y -= 30
    put(50, "买方签字 Buyer's signature: ____________", 9)
    put(330, "卖方盖章 Seller's stamp: ____________", 9)
    pdf = b8_docs.cjk_pdf([lines], "HM-PI-260414")
    text = """周经理：

您好！附件是HM-PI-260414形式发票，请确认签字回传，收到定金后安排生产。

陈志强
佛山市顺德区华美机械有限公司"""
    items = [item("hm-1280", "注塑机 Injection molding machine", "HM-1280", "52600.00", "USD", "set", "agreed",
                  quantity="2"),
             item("hm-1680", "注塑机 Injection molding machine", "HM-1680", "71900.00", "USD", "set", "agreed",
                  quantity="1"),
             item("hm-mtc9", "模温机 Mold temperature controller", "HM-MTC9", "1720.00", "USD", "set", "agreed",
                  quantity="3")]
    return mail("b8-hm-pi", "2026-04-14T15:10:00+08:00", "huamei", "pdf-zh-en-proforma-identity-h",
                "pdf", "quote", HUAMEI, EMILY, "形式发票 HM-PI-260414", items, kind_alt=("contract", "order"),
                text=text, attachments=[(pdf, "application/pdf", "HM-PI-260414.pdf")],
                notes="A bilingual proforma invoice PDF whose text is all in one Type0 font (Identity-H with a "
                      "ToUnicode CMap, as WPS exports Chinese); USD only in the header `单价 USD`, unit `台 "
                      "set`; total row, amount in words, bank. Status agreed; the currency changes from the "
                      "January CNY quote.")


def huamei_html_wan_header():
    rows = ["".join(th(h) for h in ("序号", "设备名称", "型号", "数量", "单价（万元）", "金额（万元）", "交期"))]
    rows.append("".join(td(c) for c in ("1", "伺服节能注塑机", "HM-2200S", "1台", "78.6", "78.6", "60天")))
    rows.append("".join(td(c) for c in ("2", "三机一体除湿干燥机", "HM-DD50", "2台", "3.45", "6.9", "30天")))
    rows.append(td("合计", 'colspan="5"') + td("85.5") + td(""))
    body = ("<div style=\"font-family:宋体;font-size:10.5pt\"><p>周经理：</p><p>您好！新项目设备报价如下（含税出厂价）：</p>"
            + table(rows) + "<p>报价有效期30天，付款方式：30%预付款，70%发货前付清。</p>"
            "<p>陈志强<br>佛山市顺德区华美机械有限公司<br>手机：139 2861 0472</p></div>")
    items = [item("hm-2200s", "伺服节能注塑机", "HM-2200S", "786000.00", "CNY", "set", quantity="1"),
             item("hm-dd50", "三机一体除湿干燥机", "HM-DD50", "34500.00", "CNY", "set", quantity="2")]
    return mail("b8-hm-html", "2026-06-08T10:30:00+08:00", "huamei", "html-foxmail-zh-wanyuan-column-header",
                "html-table", "quote", HUAMEI, EMILY, "新项目设备报价", items, html=html_doc(body, "gb18030"),
                charset="gb18030",
                notes="Foxmail HTML table whose price header says the unit of the numbers: `单价（万元）` "
                      "(78.6 = 786000.00 CNY), quantities `1台`, a 合计 row.")


def huamei_scenarios():
    return [huamei_wanyuan, huamei_pi_pdf, huamei_html_wan_header]


SCENARIOS = [hengxin_xlsx, hengxin_revision, hengxin_percent_notice, hengxin_subject_price, xunda_alibaba,
             xunda_shorthand, xunda_numfmt, xunda_tier_cells, xunda_inline_answers] + huamei_scenarios()

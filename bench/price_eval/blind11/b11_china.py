"""Chinese suppliers writing to a Dubai trading company and its Shenzhen office: a pipe factory's
workbook of three sheets (profile, quote, packing) with a hidden cost column, cached formulas and
`"US$"` number formats, its revision by size and its proforma invoice PDF; a Yiwu packaging shop's
1688-style lines (含税/不含税, 含运费, 起订量, 元/千个) and QQ-mail table, and our order; an LED
exporter's Alibaba RFQ answer with four-decimal prices, a restated price, a Trade Assurance order
draft and our payment advice; a fastener factory's prices per 1000 pcs, our order at a new price and
its shipping advice; a hardware factory's USD and RMB columns side by side, our `we confirm the
order at 2.35` and its two offers for two projects in one mail; a cable factory's 金蝶 quotation PDF
whose names wrap onto a second line and its copper revision; a rubber factory's price-less
catalogue and its prices per 100 pcs; a pump factory's table full of numeric spec columns."""

from b11_common import (LIANG, LIANG_SIGNATURE, OUR_SIGNATURE, SARA, b3_docs, b4_docs, b8_docs, dec, en, html_doc,
                        item, mail, per_unit, table, td, th)
import b11_docs
from b11_docs import bold, formula, num

HONGYU = ("Amy Chen", "amy.chen@hongyu-pipe.com")
SUNNY = ("阳光包装-小周", "xiaozhou@sunny-pack.cn")
KINGLIGHT = ("Lisa Wang", "lisa@kinglight-led.com")
TIANRUN = ("Tom Zhang", "tom.zhang@tianrun-fastener.com")
MEIYA = ("Kelly Liu", "kelly@meiya-hardware.com")
DONGFANG = ("王芳", "wangfang@dongfang-cable.cn")
EVERGREEN = ("Jason Sun", "jason@evergreen-rubber.com")
KAIYUAN = ("Vivian Xu", "vivian.xu@kaiyuan-pump.com")

HY_SIG = """Best regards,
Amy Chen | Export Manager
Ningbo Hongyu Plastic Pipe Co., Ltd.
No. 18 Binhai 4th Road, Hangzhou Bay New Zone, Ningbo 315336, China
Tel: +86-574-6378 5210 | Mob/WhatsApp: +86 135 8627 4419 | www.hongyu-pipe.com"""

# ------------------------------------------------------------------ Hongyu (PPR pipes, USD)

HY = [  # pid/model, description, spec, unit, qty, cost (hidden), price, money format
    ("HY-PPR-2020", "PPR pipe PN20, green", "Φ20×2.0mm, 4m/length", "M", 5000, "0.41", "0.48", '"US$"#,##0.00'),
    ("HY-PPR-2523", "PPR pipe PN20, green", "Φ25×2.3mm, 4m/length", "M", 5000, "0.57", "0.66", '"US$"#,##0.00'),
    ("HY-PPR-3229", "PPR pipe PN20, green", "Φ32×2.9mm, 4m/length", "M", 3000, "0.94", "1.08", '"US$"#,##0.00'),
    ("HY-EL-20", "PPR elbow 90°", "Φ20", "PCS", 10000, "0.0540", "0.0650", '"US$"#,##0.0000'),
    ("HY-TE-25", "PPR equal tee", "Φ25", "PCS", 8000, "0.0950", "0.1120", '"US$"#,##0.0000'),
    ("HY-CL-20", "Pipe clip", "Φ20, PP, white", "PCS", 20000, "0.0230", "0.0285", '"US$"#,##0.0000')]


def hongyu_workbook():
    profile = {"name": "Company Profile", "widths": (28, 60), "rows": [
        [bold("Ningbo Hongyu Plastic Pipe Co., Ltd.")], [],
        ["Founded", "2006"], ["Employees", "186"], ["Factory area", "32,000 m²"],
        ["Annual capacity", "12,000 tons PPR / PE / PVC pipes and fittings"],
        ["Certificates", "ISO 9001:2015, CE, WRAS, SGS test report No. NGB25-118204"],
        ["Main markets", "Middle East 35%, Africa 25%, South America 20%, Europe 20%"],
        ["Tel", "+86-574-6378 5210"]]}
    head = ["No.", "Item No.", "Description", "Specification", "Unit", "Qty", "Cost", "Unit Price\n(FOB Ningbo)",
            "Amount", "Remark"]
    rows = [[""], [bold("NINGBO HONGYU PLASTIC PIPE CO., LTD.")],
            ["Add: No. 18 Binhai 4th Road, Hangzhou Bay New Zone, Ningbo, China   Tel: +86-574-6378 5210   "
             "Fax: +86-574-6378 5211"],
            [bold("QUOTATION")],
            ["To: Crescent Bay Trading LLC", "", "", "", "", "", "", "Quote No.: HY-Q2601-037"],
            ["Attn: Ms. Sara Haddad", "", "", "", "", "", "", "Date: 2026-01-12"], head]
    first = len(rows) + 1
    for k, (model, desc, spec, unit, qty, cost, price, fmt) in enumerate(HY, 1):
        r = len(rows) + 1
        amount = dec(float(price) * qty) if "0000" not in fmt else f"{float(price) * qty:.2f}"
        rows.append([num(k), model, desc, spec, unit, num(qty, "#,##0"), num(cost, fmt), num(price, fmt),
                     formula(amount, f"F{r}*H{r}", '"US$"#,##0.00'), "PN20" if "PPR-" in model else ""])
    last = len(rows)
    total = sum(float(p) * q for _, _, _, _, q, _, p, _ in HY)
    rows.append(["", "", "", "", "", "", "", "TOTAL", formula(f"{total:.2f}", f"SUM(I{first}:I{last})",
                                                              '"US$"#,##0.00')])
    rows += [[], ["Notes:"],
             ["1. Price term: FOB Ningbo, valid until 28 Feb 2026."],
             ["2. MOQ: 3,000 m per size for pipes, 5,000 pcs per item for fittings."],
             ["3. Payment: 30% T/T deposit, 70% balance before shipment."],
             ["4. Lead time: 20-25 days after deposit. Loading: 1x40HQ approx. 28,000 m of Φ20."]]
    quote = {"name": "Quotation", "rows": rows, "hidden_cols": (6,), "heights": {1: 48},
             "widths": (5, 14, 24, 22, 6, 9, 10, 14, 12, 10),
             "merges": ("A1:J1", "A2:J2", "A3:J3", "A4:J4", "A5:G5", "A6:G6", "H5:J5", "H6:J6")}
    packing = {"name": "Packing", "widths": (14, 14, 16, 22, 10, 10), "rows": [
        ["Item No.", "Packing", "Qty / package", "Carton size (cm)", "N.W. (kg)", "G.W. (kg)"],
        ["HY-PPR-2020", "PE bag", "100 m (25 pcs)", "400 x 30 x 30", "17.2", "17.8"],
        ["HY-PPR-2523", "PE bag", "80 m (20 pcs)", "400 x 30 x 30", "20.6", "21.2"],
        ["HY-PPR-3229", "PE bag", "48 m (12 pcs)", "400 x 32 x 32", "19.7", "20.3"],
        ["HY-EL-20", "carton", "600 pcs", "52 x 36 x 30", "8.4", "9.1"],
        ["HY-TE-25", "carton", "400 pcs", "52 x 36 x 30", "9.6", "10.3"],
        ["HY-CL-20", "carton", "2,000 pcs", "48 x 32 x 28", "6.5", "7.2"]]}
    book = b11_docs.workbook([profile, quote, packing], active=1)
    text = f"""Dear Sara,

Thank you for your inquiry. Please find attached our quotation HY-Q2601-037 for PPR pipes and
fittings (sheet "Quotation"); company profile and packing details are in the other sheets.

We have a 40HQ to Jebel Ali every two weeks, so the lead time is short.

{HY_SIG}
"""
    items = [item(m, d, m, p, "USD", "m" if u == "M" else "pcs", quantity=str(q))
             for m, d, _, u, q, _, p, _ in HY]
    return mail("b11-hy-xlsx", "2026-01-12T10:15:00+08:00", "hongyu", "xlsx-three-sheets-hidden-cost-usd-format",
                "xlsx", "quote", HONGYU, SARA, "Quotation HY-Q2601-037 PPR pipes and fittings", items, text=text,
                attachments=[(book, b11_docs.XLSX_MIME, "HY-Q2601-037 Crescent Bay.xlsx")],
                notes="A workbook of three sheets (Company Profile with numbers, Quotation, Packing with carton sizes "
                      "and weights); the quote sheet has a tall empty logo row, letterhead and a QUOTATION title "
                      "merged A:J, a hidden Cost column (lower numbers: no items), a bare `Unit Price (FOB Ningbo)` "
                      "header whose cells hold 0.48 formatted `\"US$\"#,##0.00` (four decimals for fittings), "
                      "Amount formulas with cached values, a TOTAL row and notes under the table. Unit column M / "
                      "PCS; specs with `Φ20×2.0mm`.")


def hongyu_revision():
    text = f"""Dear Sara,

Good news: PP-R resin prices went down this month, so we can revise two sizes of our quotation
HY-Q2601-037:

  - PPR pipe Φ25×2.3mm: USD 0.61/m (was 0.66)
  - PPR pipe Φ32×2.9mm: USD 0.99/m (was 1.08)

All other items stay as quoted. New validity: 31 March 2026.

{HY_SIG}
"""
    items = [item("HY-PPR-2523", "PPR pipe", "Φ25×2.3mm", "0.61", "USD", "m"),
             item("HY-PPR-3229", "PPR pipe", "Φ32×2.9mm", "0.99", "USD", "m")]
    return mail("b11-hy-rev", "2026-02-20T09:40:00+08:00", "hongyu", "text-revision-by-size-phi-was",
                "prose", "quote", HONGYU, SARA, "RE: Quotation HY-Q2601-037 PPR pipes and fittings - price revision",
                items, kind_alt=["price-notice"], text=text,
                notes="A revision naming the sizes only (`Φ25×2.3mm`), which the earlier quote wrote in its "
                      "Specification column beside the item numbers; `(was 0.66)` is no item.")


def hongyu_pi():
    lines, y = [], 800

    def put(x, text, size=9):
        lines.append((x, y, text, size))

    put(50, "NINGBO HONGYU PLASTIC PIPE CO., LTD.  宁波弘宇塑胶管业有限公司", 12)
    y -= 16
    put(50, "No. 18 Binhai 4th Road, Hangzhou Bay New Zone, Ningbo 315336, China  Tel: +86-574-6378 5210", 8)
    y -= 26
    put(200, "PROFORMA INVOICE 形式发票", 14)
    y -= 24
    put(50, "Buyer: Crescent Bay Trading LLC, Jebel Ali Free Zone South, Dubai, UAE")
    put(380, "PI No.: HY-PI-260310")
    y -= 14
    put(50, "Port of loading: Ningbo   Destination: Jebel Ali   Term: FOB Ningbo")
    put(380, "Date: 2026-03-10")
    y -= 22
    xs = (50, 80, 150, 330, 370, 430, 500)
    for x, h in zip(xs, ("No.", "Item No.", "Description", "Unit", "Quantity", "Unit Price", "Amount")):
        put(x, h)
    y -= 12
    for x, h in zip(xs[5:], ("(USD)", "(USD)")):
        put(x, h, 8)
    y -= 16
    rows = [("1", "HY-PPR-2020", ["PPR pipe PN20 green Φ20×2.0mm,", "4 m per length, 25 pcs/bag"], "M", 20000, "0.48"),
            ("2", "HY-PPR-2523", ["PPR pipe PN20 green Φ25×2.3mm,", "4 m per length, 20 pcs/bag"], "M", 15000, "0.61"),
            ("3", "HY-EL-20", ["PPR elbow 90° Φ20,", "600 pcs/carton"], "PCS", 30000, "0.0650")]
    total = 0
    for no, model, desc, unit, qty, price in rows:
        amount = float(price) * qty
        total += amount
        for x, c in zip(xs, (no, model, desc[0], unit, f"{qty:,}", price, en(amount))):
            put(x, c)
        y -= 12
        put(150, desc[1])
        y -= 16
    put(430, "TOTAL:")
    put(500, "USD " + en(total))
    y -= 16
    put(50, "SAY US DOLLARS TWENTY THOUSAND SEVEN HUNDRED ONLY.", 8)
    y -= 14
    put(50, "Payment: 30% T/T in advance, 70% against copy of B/L.  Bank: Bank of China Ningbo Branch, "
            "SWIFT BKCHCNBJ92A, A/C 3582 0472 1866", 8)
    y -= 14
    put(50, "Shipment: within 20 days after receipt of deposit.", 8)
    pdf = b8_docs.cjk_pdf([lines], "HY-PI-260310")
    text = f"""Dear Sara,

Thanks for your order. Attached is our PI HY-PI-260310; please sign and return it with the deposit
slip and we will start production at once.

{HY_SIG}
"""
    items = [item("HY-PPR-2020", "PPR pipe PN20 green", "HY-PPR-2020", "0.48", "USD", "m", status="agreed",
                  quantity="20000"),
             item("HY-PPR-2523", "PPR pipe PN20 green", "HY-PPR-2523", "0.61", "USD", "m", status="agreed",
                  quantity="15000"),
             item("HY-EL-20", "PPR elbow 90°", "HY-EL-20", "0.0650", "USD", "pcs", status="agreed", quantity="30000")]
    return mail("b11-hy-pi", "2026-03-10T16:20:00+08:00", "hongyu", "pdf-cjk-proforma-wrapped-description",
                "pdf", "quote", HONGYU, SARA, "PI HY-PI-260310 for your order", items, kind_alt=["contract", "order"],
                text=text, attachments=[(pdf, "application/pdf", "HY-PI-260310.pdf")],
                notes="A proforma invoice (agreed prices) from a Chinese PDF writer: descriptions wrap onto a second "
                      "line under the row, `Unit Price (USD)` on two header lines, four-decimal fitting price, "
                      "total in words, bank account.")


# ------------------------------------------------------------------ Sunny (Yiwu packaging, CNY, 1688)

SUNNY_SIG = """义乌市阳光包装制品有限公司  小周
1688店铺：sunnypack.1688.com   手机/微信：158 5793 2286
地址：浙江省义乌市北苑街道春华路66号"""


def sunny_1688_lines():
    text = f"""梁先生您好！

按您发的规格报价如下（1688店铺同款，线下走账价格）：

1. PE自封袋 8×12cm 双面20丝：不含税0.052元/个，含税0.058元/个，起订量10000个
2. PE自封袋 12×17cm 双面20丝：不含税0.085元/个，含税0.095元/个，起订量10000个
3. 气泡袋 20×25cm 双层：86元/千个（含税含运费），5千个起订
4. 牛皮纸气泡信封 15×18cm：0.38元/个（含税），起订量2000个
5. 封箱胶带 48mm×100m 透明：不含税5.20元/卷，含税5.80元/卷，一箱36卷起订

运费：江浙沪包邮，其他地区满3000元包邮，不满的运费到付（大约8元/公斤）。
含税价可开13%增值税专用发票；现货，付款后48小时内发货。

{SUNNY_SIG}
"""
    items = [item("sn-zip-812", "PE自封袋", "8×12cm", "0.052", "CNY", "pcs", size_model=True),
             item("sn-zip-1217", "PE自封袋", "12×17cm", "0.085", "CNY", "pcs", size_model=True),
             item("sn-bubble-2025", "气泡袋", "20×25cm", "0.086", "CNY", "pcs", size_model=True),
             item("sn-kraft-1518", "牛皮纸气泡信封", "15×18cm", "0.38", "CNY", "pcs", size_model=True),
             item("sn-tape-48", "封箱胶带", "48mm×100m", "5.20", "CNY", "roll", size_model=True)]
    return mail("b11-sn-1688", "2026-01-20T14:05:00+08:00", "sunny", "text-gbk-1688-hanshui-qidingliang",
                "prose", "quote", SUNNY, LIANG, "回复：自封袋 气泡袋 胶带 报价", items, text=text, charset="gbk",
                notes="1688-style numbered lines in GBK: 不含税/含税 pairs (the tax-excluded price is the item), "
                      "`86元/千个（含税含运费）` = 0.086 per piece, a tax-included-only price (0.38), 起订量 and "
                      "`5千个起订` (MOQ, no quantities), a freight rate 8元/公斤 (no item). Sizes as models.")


def sunny_qq_table():
    rows = [["序号", "品名", "规格(mm)", "单位", "单价(元/千个)<br>含税含运", "起订量", "备注"]]
    lines = [("sn-box-200", "飞机盒 E瓦", "200*150*50", "680", "2000个", "单色印刷"),
             ("sn-carton-400", "五层纸箱 K=K", "400*300*300", "2350", "1000个", "无印刷"),
             ("sn-foam-1520", "珍珠棉袋 1mm", "150*200", "120", "5000个", "")]
    for k, (_, name, size, price, moq, note) in enumerate(lines, 1):
        rows.append([str(k), name, size, "个", price, moq, note])
    body = ("<div style=\"font-family:微软雅黑;font-size:14px\">梁先生：<br><br>您要的纸盒和珍珠棉袋价格见下表，"
            "印刷版费另计（每色120元，返单免版费）。<br><br>" +
            table(["".join(th(c) if r == 0 else td(c) for c in row) for r, row in enumerate(rows)]) +
            "<br>以上价格含13%增值税、含运费（广东、浙江省内）。打样3天，大货7-10天。<br><br>" +
            SUNNY_SIG.replace("\n", "<br>") + "</div>")
    items = [item(pid, name, size, dec(per_unit(price, 1000)), "CNY", "pcs", size_model=True)
             for pid, name, size, price, _, _ in lines]
    return mail("b11-sn-qq", "2026-03-02T10:30:00+08:00", "sunny", "html-qq-per-thousand-header-unit-column",
                "html-table", "quote", SUNNY, LIANG, "纸盒 珍珠棉袋报价", items, html=html_doc(body),
                notes="QQ-mail HTML table: unit column 个 and the price header `单价(元/千个)<br>含税含运`, so "
                      "`680` is 0.68 per piece; 起订量 column (MOQ, no quantity); a plate fee per colour (no item).")


def sunny_our_order():
    text = f"""小周你好，

确认下单（按1月20日报价）：
1. PE自封袋 8×12cm 双面20丝  100000个  不含税0.052元/个
2. 封箱胶带 48mm×100m 透明  72卷（2箱）  不含税5.20元/卷

请开13%专票，按含税价结算。送货地址：深圳市宝安区福永街道凤凰第三工业区A3栋，收货人梁伟。
请安排本周发货，谢谢！

{LIANG_SIGNATURE}"""
    items = [item("sn-zip-812", "PE自封袋", "8×12cm", "0.052", "CNY", "pcs", status="ordered", quantity="100000",
                  size_model=True),
             item("sn-tape-48", "封箱胶带", "48mm×100m", "5.20", "CNY", "roll", status="ordered", quantity="72",
                  size_model=True)]
    return mail("b11-sn-order", "2026-03-05T09:12:00+08:00", "sunny", "text-zh-our-order-restating-prices",
                "prose", "order", LIANG, SUNNY, "下单：自封袋、封箱胶带", items, direction="outbound", text=text,
                notes="Our order to the Yiwu shop restating the quoted prices (ordered); an address with numbers.")


# ------------------------------------------------------------------ Kinglight (LED, USD, Alibaba)

KL_SIG = """Best regards,
Lisa Wang | Sales Manager
Shenzhen Kinglight Electronics Co., Ltd.
5F, Block B, Hongfa Industrial Park, Shiyan, Bao'an, Shenzhen 518108
Tel/WhatsApp: +86 186 7531 4402 | Alibaba: kinglight-led.en.alibaba.com (Gold Supplier 8 yrs, Trade Assurance)"""

KL = [  # model, name, spec, unit, price, moq
    ("KL-2835-W", "SMD LED 2835 0.2W white", "6000-6500K, 20-22 lm, reel 4,000 pcs", "PCS", "0.0085", "20,000"),
    ("KL-5050-RGB", "SMD LED 5050 RGB", "0.2W, 3 chips, reel 1,000 pcs", "PCS", "0.0285", "10,000"),
    ("KL-ST-60", "LED strip 12V 60LED/m", "2835, IP20, 5 m/roll", "ROLL", "2.35", "100"),
    ("KL-DR-60", "LED driver 12V 60W", "constant voltage, CE/RoHS", "PCS", "4.80", "100"),
    ("KL-PN-6060", "LED panel kit 600x600 40W", "panel + driver + 4 springs", "SET", "12.60", "50"),
    ("KL-AL-1616", "Aluminium profile 16x16", "with PC diffuser, 1 m", "M", "1.15", "500")]


def kinglight_alibaba_reply():
    head = ["No.", "Model", "Product", "Specification", "Unit", "Unit Price (USD)", "MOQ"]
    rows = [[str(k), m, n, s, u, p, q] for k, (m, n, s, u, p, q) in enumerate(KL, 1)]
    body = ("<p>Dear Sara,</p><p>Thanks for your RFQ on Alibaba.com (RFQ No. 1002837465, 13 Jan 2026). "
            "Below is our quotation, EXW Shenzhen:</p>" +
            table(["".join(th(h) for h in head)] + ["".join(td(c) for c in r) for r in rows]) +
            "<p>Sample cost: USD 30.00 (refundable on the first order). Shipping by DHL to Dubai: about "
            "USD 85.00 for the samples.<br>Lead time: 7-10 days. Payment: via Alibaba Trade Assurance.<br>"
            "Warranty: 3 years (driver 2 years).</p><p>" + KL_SIG.replace("\n", "<br>") + "</p>")
    units = {"PCS": "pcs", "ROLL": "roll", "SET": "set", "M": "m"}
    items = [item(m, n, m, p, "USD", units[u]) for m, n, _, u, p, _ in KL]
    return mail("b11-kl-rfq", "2026-01-15T11:48:00+08:00", "kinglight", "html-alibaba-rfq-reply-4-decimals-unit-col",
                "html-table", "quote", KINGLIGHT, SARA, "Quotation for your RFQ on Alibaba.com: SMD LED, strips, drivers",
                items, html=html_doc(body),
                notes="An exporter answering an Alibaba RFQ: `Unit Price (USD)` header, a unit column PCS / ROLL / "
                      "SET / M, four-decimal prices (0.0085, 0.0285), MOQ column, sample cost and DHL freight "
                      "(no items).")


def kinglight_restated():
    text = f"""Hi Sara,

For 200k pcs we can accept your price: KL-2835-W at USD 0.0080/pc. Other prices remain as quoted
on 15 Jan.

If OK, I will draft the Trade Assurance order for you.

{KL_SIG}

-----Original Message-----
From: Sara Haddad <sara.haddad@crescentbay-trading.ae>
Sent: Wednesday, January 28, 2026 6:02 PM
Subject: RE: Quotation for your RFQ on Alibaba.com: SMD LED, strips, drivers

Dear Lisa, we need 200,000 pcs KL-2835-W; can you do 0.0078? And 500 rolls KL-ST-60 at 2.20?
"""
    items = [item("KL-2835-W", "", "KL-2835-W", "0.0080", "USD", "pcs", quantity="200000")]
    return mail("b11-kl-accept", "2026-01-29T09:20:00+08:00", "kinglight", "text-supplier-accepts-restates-one-price",
                "prose", "quote", KINGLIGHT, SARA, "RE: Quotation for your RFQ on Alibaba.com: SMD LED, strips, drivers",
                items, text=text,
                notes="The supplier accepts a lower price for one item and restates it (0.0080); our 0.0078 and "
                      "2.20 in the quoted mail are no items; `Other prices remain as quoted` gives none.")


def kinglight_trade_assurance():
    text = f"""Dear Sara,

As agreed, I have drafted the Trade Assurance order on Alibaba.com. Please check and pay online.

Order No.: 280417736501021845
Supplier: Shenzhen Kinglight Electronics Co., Ltd.
Buyer: Crescent Bay Trading LLC

Product 1: SMD LED 2835 0.2W white 6000-6500K (KL-2835-W)
    Unit price: US $0.0080 / Piece    Quantity: 200,000 Pieces    Subtotal: US $1,600.00
Product 2: LED strip 12V 60LED/m, 5m/roll (KL-ST-60)
    Unit price: US $2.28 / Roll       Quantity: 500 Rolls         Subtotal: US $1,140.00

Shipping fee: US $165.00 (DHL Express, 5-7 days)
Order total: US $2,905.00
Shipping date: within 10 days after payment
Payment: T/T, credit card or Alibaba.com Pay Later

{KL_SIG}
"""
    items = [item("KL-2835-W", "SMD LED 2835 0.2W white", "KL-2835-W", "0.0080", "USD", "pcs", status="agreed",
                  quantity="200000"),
             item("KL-ST-60", "LED strip 12V 60LED/m", "KL-ST-60", "2.28", "USD", "roll", status="agreed",
                  quantity="500")]
    return mail("b11-kl-ta", "2026-02-03T15:35:00+08:00", "kinglight", "text-alibaba-trade-assurance-order-draft",
                "prose", "quote", KINGLIGHT, SARA, "Trade Assurance order 280417736501021845 drafted for you", items,
                kind_alt=["contract", "order"], text=text,
                notes="An Alibaba Trade Assurance order draft (agreed prices, like a proforma): `US $0.0080 / "
                      "Piece`, `US $2.28 / Roll`, subtotals, shipping fee and order total (no items), a 18-digit "
                      "order number.")


def our_payment_advice():
    text = f"""Dear Lisa,

We have paid Trade Assurance order 280417736501021845 today: USD 2,905.00 by T/T from Emirates
NBD, ref. TT260209-4471 (copy attached in the Alibaba order). Please start production and send us
the tracking number when shipped.

Our next order will be around 600,000 pcs in April.

{OUR_SIGNATURE}"""
    return mail("b11-kl-paid", "2026-02-09T13:05:00+04:00", "kinglight", "text-our-payment-advice",
                "prose", "other", SARA, KINGLIGHT, "Payment for TA order 280417736501021845", [],
                direction="outbound", kind_alt=["order"], text=text,
                notes="Our payment advice: an amount, an order number and a quantity; no prices (no items).")


# ------------------------------------------------------------------ Tianrun (fasteners, USD per 1000)

TR_SIG = """Best regards
Tom Zhang
Hebei Tianrun Fasteners Co., Ltd. | Yongnian District, Handan, Hebei, China
Mob/WeChat: +86 131 3300 7462 | Tel: +86-310-6826 115"""

TR = [  # pid, name, size, grade, qty, usd per 1000
    ("tr-hb-830", "Hex bolt DIN933", "M8*30", "8.8", 200000, "28.50"),
    ("tr-hb-1040", "Hex bolt DIN933", "M10*40", "8.8", 100000, "52.80"),
    ("tr-hn-8", "Hex nut DIN934", "M8", "8", 300000, "6.20"),
    ("tr-fw-8", "Flat washer DIN125", "M8", "-", 300000, "3.15"),
    ("tr-sw-8", "Spring washer DIN127", "M8", "-", 300000, "2.60")]


def tianrun_per_thousand():
    lines = ["No.  Item                    Size     Grade  Finish  Unit   Qty (pcs)   Price USD/1000pcs",
             "---  ----------------------  -------  -----  ------  ----  ----------  -----------------"]
    for k, (_, name, size, grade, qty, price) in enumerate(TR, 1):
        lines.append(f"{k:<3}  {name:<22}  {size:<7}  {grade:<5}  Zinc    PCS   {qty:>10,}  {price:>17}")
    text = f"""Dear Sara,

Thanks for your inquiry. Our prices FOB Tianjin, zinc plated (white), packed in 25 kg cartons on
pallets:

{chr(10).join(lines)}

Carton: 25 kg, 36 cartons/pallet. Delivery: 25 days. Payment: T/T 30/70.
Prices valid 15 days because of steel price changes.

{TR_SIG}
"""
    items = [item(pid, name, size, dec(per_unit(price, 1000)), "USD", "pcs", quantity=str(qty), size_model=True)
             for pid, name, size, _, qty, price in TR]
    return mail("b11-tr-m", "2026-01-27T08:50:00+08:00", "tianrun", "text-aligned-usd-per-1000pcs-star-sizes",
                "text-table", "quote", TIANRUN, SARA, "Offer hex bolts nuts washers DIN933/934/125/127", items,
                text=text,
                notes="Aligned text with `Price USD/1000pcs` in the header: 28.50 is 0.0285 per piece; sizes "
                      "written `M8*30`; a unit column PCS; grade 8.8 and 25 kg cartons beside (no prices).")


def our_order_tianrun():
    text = f"""Dear Tom,

Thank you. We confirm the order for:

  M8*30 hex bolt DIN933 8.8 zinc  200,000 pcs  at USD 27.80/1000pcs (as agreed on the phone)
  M10*40 hex bolt DIN933 8.8 zinc 100,000 pcs  at USD 52.80/1000pcs

FOB Tianjin, shipment in March. Please send the PI.

{OUR_SIGNATURE}"""
    items = [item("tr-hb-830", "Hex bolt DIN933", "M8*30", "0.0278", "USD", "pcs", status="ordered",
                  quantity="200000", size_model=True),
             item("tr-hb-1040", "Hex bolt DIN933", "M10*40", "0.0528", "USD", "pcs", status="ordered",
                  quantity="100000", size_model=True)]
    return mail("b11-tr-order", "2026-02-04T11:30:00+04:00", "tianrun", "text-our-order-confirm-per-1000",
                "prose", "order", SARA, TIANRUN, "Order confirmation: hex bolts DIN933", items, direction="outbound",
                text=text, notes="Our order confirming prices per 1000 pcs, one at a price agreed on the phone.")


def tianrun_shipping():
    text = f"""Dear Sara,

Your goods have been shipped. Details:

Vessel: COSCO SHIPPING ARIES V.026W   ETD Tianjin 2026-03-18   ETA Jebel Ali 2026-04-09
B/L No.: COSU6418827350   Container: CSNU 7204518 (20GP)
Hex bolt M8*30: 200,000 pcs / 320 ctns / 8,000 kg
Hex bolt M10*40: 100,000 pcs / 168 ctns / 4,200 kg
Total: 488 ctns, 14 pallets, G.W. 12,540 kg, 14.6 CBM

Please arrange the balance payment of USD 7,283.70 and we will release the original B/L.

{TR_SIG}
"""
    return mail("b11-tr-ship", "2026-03-18T17:10:00+08:00", "tianrun", "text-shipping-advice-balance",
                "prose", "other", TIANRUN, SARA, "Shipping advice: order hex bolts / B/L COSU6418827350", [],
                text=text, notes="A shipping advice with quantities, weights, a balance amount: no items.")


# ------------------------------------------------------------------ Meiya (hardware, USD and RMB)

MY_SIG = """Best regards,
Kelly Liu | Overseas Sales
Foshan Meiya Hardware Co., Ltd. | Jinsha Industrial Zone, Danzao, Nanhai, Foshan, Guangdong
Tel: +86-757-8561 2230 | WhatsApp: +86 137 2651 8804"""

MY = [  # model, description, unit, qty, usd, rmb
    ("MY-H350", "Soft-close hinge, 35mm cup, full overlay", "SET", 2000, "2.35", "18.90"),
    ("MY-DS45-400", "Ball bearing drawer slide 45mm, 400mm (pair)", "SET", 1000, "3.85", "30.80"),
    ("MY-HD128", "Handle 128mm, zinc alloy, brushed nickel", "PCS", 3000, "0.92", "7.40"),
    ("MY-LK-01", "Cabinet cam lock 16mm", "PCS", 1000, "1.28", "10.30"),
    ("MY-SS-5", "Shelf support pin 5mm, nickel plated", "PCS", 50000, "0.0120", "0.0960")]


def meiya_two_currencies():
    head = ["No.", "Item No.", "Description", "Unit", "Qty", "Unit Price (USD)", "单价 (RMB, 含税)", "Amount (USD)"]
    rows = []
    for k, (m, d, u, q, usd, rmb) in enumerate(MY, 1):
        rows.append([str(k), m, d, u, f"{q:,}", usd, rmb, en(float(usd) * q)])
    total = sum(float(usd) * q for _, _, _, q, usd, _ in MY)
    body = ("<p>Dear Sara,</p><p>Please see our prices for the cabinet hardware. USD prices are FOB Foshan; the "
            "RMB column is for your Shenzhen office (ex-works, with 13% VAT invoice).</p>" +
            table(["".join(th(h) for h in head)] + ["".join(td(c) for c in r) for r in rows] +
                  [td("Total", 'colspan="7"') + td(en(total))]) +
            "<p>Exchange rate used: 1 USD = 7.10 RMB. MOQ 1,000 sets/pcs per item (shelf pins 50,000 pcs).</p><p>" +
            MY_SIG.replace("\n", "<br>") + "</p>")
    units = {"SET": "set", "PCS": "pcs"}
    items = []
    for m, d, u, q, usd, rmb in MY:
        items.append(item(m, d, m, usd, "USD", units[u], quantity=str(q)))
        items.append(item(m, d, m, rmb, "CNY", units[u], quantity=str(q), incoterm_alt=True))
    return mail("b11-my-2cur", "2026-02-05T10:05:00+08:00", "meiya", "html-usd-and-rmb-columns-side-by-side",
                "html-table", "quote", MEIYA, SARA, "Quotation cabinet hardware MY-260205", items, html=html_doc(body),
                notes="HTML table with `Unit Price (USD)` and `单价 (RMB, 含税)` side by side (USD first: the list "
                      "price; RMB the second column, incoterm_alt), unit column SET / PCS, Amount (USD), a total "
                      "row and an exchange rate (no price).")


def our_confirm_at():
    text = f"""Hi Kelly,

OK, we confirm the order at 2.35 for 2,000 sets MY-H350 as per your quotation MY-260205.
Other items later.

Sara

{OUR_SIGNATURE}
> From: Kelly Liu <kelly@meiya-hardware.com>
> Sent: 05 February 2026 06:05
> Subject: Quotation cabinet hardware MY-260205
>
> Please see our prices for the cabinet hardware. MY-H350 USD 2.35 / RMB 18.90, MY-DS45-400 USD 3.85 ...
"""
    items = [item("MY-H350", "", "MY-H350", "2.35", "USD", "set", status="ordered", quantity="2000")]
    return mail("b11-my-confirm", "2026-02-09T12:40:00+04:00", "meiya", "text-we-confirm-the-order-at",
                "prose", "order", SARA, MEIYA, "RE: Quotation cabinet hardware MY-260205", items,
                direction="outbound", text=text,
                notes="`we confirm the order at 2.35 for 2,000 sets MY-H350`: a bare number with the currency of "
                      "the quote (USD), the unit from `sets` (ordered); the quoted quote below gives no items.")


def meiya_two_projects():
    text = f"""Dear Sara,

Please find our offers for the two projects you sent on Monday. Prices FOB Foshan in USD.

A) Project "Residencial Las Dunas" (your customer in Málaga)
   1. MY-H350-SS  stainless soft-close hinge 35mm ......... USD 3.10/set   6,000 sets
   2. MY-DS45-500 drawer slide 45mm, 500mm ................. USD 4.45/set   2,400 sets
   3. MY-HD160-B  handle 160mm, matt black ................. USD 1.18/pc    4,800 pcs

B) Project "Edifício Aurora" (your customer in São Paulo)
   1. MY-H350     soft-close hinge 35mm, nickel (for 10k) .. USD 2.30/set  10,000 sets
   2. MY-DS45-350 drawer slide 45mm, 350mm ................. USD 3.55/set   3,000 sets
   3. MY-KN-30    knob 30mm, zinc alloy .................... USD 0.48/pc    8,000 pcs

Both offers valid 45 days; shipment 30 days after deposit. Packing: 10 sets/box, 200 sets/ctn.

{MY_SIG}
"""
    items = [item("MY-H350-SS", "stainless soft-close hinge 35mm", "MY-H350-SS", "3.10", "USD", "set", quantity="6000"),
             item("MY-DS45-500", "drawer slide 45mm, 500mm", "MY-DS45-500", "4.45", "USD", "set", quantity="2400"),
             item("MY-HD160-B", "handle 160mm, matt black", "MY-HD160-B", "1.18", "USD", "pcs", quantity="4800"),
             item("MY-H350", "soft-close hinge 35mm, nickel", "MY-H350", "2.30", "USD", "set", quantity="10000"),
             item("MY-DS45-350", "drawer slide 45mm, 350mm", "MY-DS45-350", "3.55", "USD", "set", quantity="3000"),
             item("MY-KN-30", "knob 30mm, zinc alloy", "MY-KN-30", "0.48", "USD", "pcs", quantity="8000")]
    return mail("b11-my-2proj", "2026-03-12T15:25:00+08:00", "meiya", "text-two-offers-two-projects-dot-leaders",
                "text-table", "quote", MEIYA, SARA, "Offers for Las Dunas and Edificio Aurora projects", items, text=text,
                notes="One mail with two offers for two of our customers' projects (A and B headings naming cities "
                      "and projects), dot leaders, `USD 3.10/set   6,000 sets`; MY-H350 at 2.30 for 10k replaces "
                      "the 2.35 quote.")


# ------------------------------------------------------------------ Dongfang (cables, CNY, 金蝶 PDF)

DF = [  # code, name lines, spec, unit, canonical unit, qty, price (含税)
    ("DF-BV-2.5", ["铜芯聚氯乙烯绝缘", "电线"], "BV 2.5mm² 100米/卷", "卷", "roll", 200, "268.00"),
    ("DF-BV-4", ["铜芯聚氯乙烯绝缘", "电线"], "BV 4mm² 100米/卷", "卷", "roll", 150, "425.00"),
    ("DF-RVV-3X1.5", ["铜芯聚氯乙烯绝缘", "护套软电缆"], "RVV 3×1.5mm²", "米", "m", 5000, "6.85"),
    ("DF-YJV-4X25", ["交联聚乙烯绝缘", "电力电缆"], "YJV 0.6/1kV 4×25mm²", "米", "m", 800, "112.50"),
    ("DF-CU-T2-2", ["裸铜线"], "T2 Φ2.0mm", "公斤", "kg", 500, "78.60"),
    ("DF-TP-18", ["PVC电工胶带", "（阻燃）"], "18mm×10m 200卷/箱", "箱", "carton", 20, "320.00")]


def dongfang_kingdee_pdf():
    lines, y = [], 800

    def put(x, text, size=8):
        lines.append((x, y, text, size))

    def right(x, text, size=8):
        put(x - b8_docs.cjk_width(text, size), text, size)

    put(200, "浙江东方电缆有限公司", 14)
    y -= 20
    put(240, "销 售 报 价 单", 13)
    y -= 24
    put(40, "客户：新月湾贸易（深圳）代表处")
    put(330, "单据编号：XSBJ-2026-000318")
    y -= 13
    put(40, "联系人：梁伟  电话：139 2874 5106")
    put(330, "日期：2026-02-25   币别：人民币")
    y -= 13
    put(40, "价格说明：以下单价含13%增值税，含运费（送货到深圳宝安）")
    y -= 18
    xs = (40, 62, 128, 222, 330, 362, 410, 500)
    for x, h in zip(xs, ("行号", "物料编码", "物料名称", "规格型号", "单位", "数量", "含税单价", "价税合计")):
        put(x, h)
    y -= 14
    total = 0
    for k, (code, names, spec, unit, _, qty, price) in enumerate(DF, 1):
        amount = float(price) * qty
        total += amount
        put(xs[0], str(k))
        put(xs[1], code, 7)
        put(xs[2], names[0])
        put(xs[3], spec)
        put(xs[4], unit)
        right(xs[5] + 36, f"{qty:,}")
        right(xs[6] + 50, price)
        right(xs[7] + 60, en(amount))
        for more in names[1:]:
            y -= 11
            put(xs[2], more)
        y -= 14
    put(330, "合计：")
    right(560, en(total))
    y -= 14
    put(40, "大写：人民币贰拾捌万柒仟叁佰元整")
    y -= 14
    put(40, "铜价基准：沪铜 75,800元/吨，铜价波动超过3%时价格另议。报价有效期：7天。")
    y -= 20
    put(40, "制单：王芳        审核：李建国        第1页/共1页")
    pdf = b8_docs.cjk_pdf([lines], "XSBJ-2026-000318")
    text = """梁先生：

您好！附件是电线电缆的报价单（金蝶导出），请查收。价格含税含运费，铜价有波动，报价7天有效。

王芳
浙江东方电缆有限公司 销售部
电话：0573-8266 4410  手机：136 5573 2089
"""
    items = [item(code, "".join(names), code, price, "CNY", cu, quantity=str(qty))
             for code, names, _, _, cu, qty, price in DF]
    return mail("b11-df-kd", "2026-02-25T15:50:00+08:00", "dongfang", "pdf-cjk-kingdee-names-wrap-units-roll-kg-ctn",
                "pdf", "quote", DONGFANG, LIANG, "电线电缆报价单 XSBJ-2026-000318", items, text=text,
                attachments=[(pdf, "application/pdf", "XSBJ-2026-000318.pdf")],
                notes="A 金蝶 sales quotation PDF (Identity-H): 币别 in the header block, only a 含税单价 column (the "
                      "item), names wrapping onto a second line under the row, units 卷 / 米 / 公斤 / 箱, specs "
                      "`3×1.5mm²`, `Φ2.0mm`, a copper base price per ton and 大写 total (no items).")


def dongfang_copper_revision():
    text = """梁先生：

您好！因沪铜本周涨到79,600元/吨（涨幅超过3%），2月25日报价单中以下两项调整：

BV 2.5平方（100米/卷）：由268元/卷调整为278元/卷
BV 4平方（100米/卷）：由425元/卷调整为441元/卷

其他规格价格不变。新价格自4月8日起执行，之前已下单的按原价。

王芳
浙江东方电缆有限公司 销售部
电话：0573-8266 4410  手机：136 5573 2089
"""
    items = [item("DF-BV-2.5", "", "BV 2.5", "278.00", "CNY", "roll"),
             item("DF-BV-4", "", "BV 4", "441.00", "CNY", "roll")]
    return mail("b11-df-rev", "2026-04-08T10:00:00+08:00", "dongfang", "text-zh-copper-revision-you-to",
                "prose", "quote", DONGFANG, LIANG, "电线价格调整（铜价）", items, kind_alt=["price-notice"], text=text,
                notes="A revision `由268元/卷调整为278元/卷` naming the product by type and cross-section only "
                      "(`BV 2.5平方`); the old price and the copper price per ton are no items.")


# ------------------------------------------------------------------ Evergreen (rubber, USD)

EG_SIG = """Best regards,
Jason Sun | Sales Dept.
Qingdao Evergreen Rubber Products Co., Ltd. | Jiaozhou, Qingdao, Shandong, China
Tel: +86-532-8729 6610 | Mob/WhatsApp: +86 150 6392 8841"""


def evergreen_catalogue():
    pages = []
    groups = [("O-RINGS NBR 70 SHORE A", [("EG-OR-NBR-10x2", "10 x 2", "-30 ~ +100 °C"),
                                           ("EG-OR-NBR-20x3", "20 x 3", "-30 ~ +100 °C"),
                                           ("EG-OR-NBR-35x3.5", "35 x 3.5", "-30 ~ +100 °C")]),
              ("O-RINGS FKM 75 SHORE A", [("EG-OR-FKM-20x3", "20 x 3", "-20 ~ +200 °C"),
                                           ("EG-OR-FKM-50x5", "50 x 5", "-20 ~ +200 °C")]),
              ("OIL SEALS TC", [("EG-OS-TC-35x52x7", "35 x 52 x 7", "NBR, spring steel"),
                                ("EG-OS-TC-40x62x8", "40 x 62 x 8", "NBR, spring steel")])]
    for title, rows in groups:
        p = b4_docs.Page()
        p.text("QINGDAO EVERGREEN RUBBER PRODUCTS CO., LTD.", size=13, bold=True, dy=18)
        p.text("PRODUCT CATALOGUE 2026", size=11, bold=True, dy=22)
        p.text(title, size=11, bold=True, dy=18)
        p.row(["Code", "Size ID x CS (mm)", "Hardness", "Temperature / material", "Packing"],
              [50, 180, 300, 370, 480], bold=True)
        for code, size, temp in rows:
            p.row([code, size, "70 ± 5", temp, "500 pcs/bag"], [50, 180, 300, 370, 480])
        p.gap(20)
        p.text("Standards: ISO 3601, AS568. Colours on request. Samples free of charge.", size=9)
        p.text("Prices on request - please send us your quantities.", size=9)
        pages.append(p.lines)
    pdf = b4_docs.pdf_pages(pages, "Evergreen catalogue 2026")
    text = f"""Dear Sara,

Nice to meet you at the Big 5 show in Dubai. Attached is our 2026 catalogue (3 pages).
Please tell us the models and quantities you need, and we will quote within 24 hours.

{EG_SIG}
"""
    return mail("b11-eg-cat", "2026-01-08T09:30:00+08:00", "evergreen", "pdf-catalogue-without-prices",
                "pdf", "other", EVERGREEN, SARA, "Evergreen Rubber 2026 catalogue - O-rings and oil seals", [],
                text=text, attachments=[(pdf, "application/pdf", "Evergreen_Catalogue_2026.pdf")],
                notes="A catalogue PDF of three pages: codes, sizes `10 x 2`, hardness `70 ± 5`, temperatures, "
                      "packing `500 pcs/bag`, `Prices on request`: no items.")


EG = [  # code, name, qty, usd per 100 pcs
    ("EG-OR-NBR-10x2", "O-ring NBR70 10x2", 50000, "1.85"),
    ("EG-OR-NBR-20x3", "O-ring NBR70 20x3", 30000, "3.40"),
    ("EG-OR-FKM-20x3", "O-ring FKM75 20x3", 10000, "14.20"),
    ("EG-OS-TC-35x52x7", "Oil seal TC 35x52x7 NBR", 5000, "16.50"),
    ("EG-GR-50", "Rubber grommet 50mm, EPDM", 20000, "4.80")]


def evergreen_per_hundred():
    rows = [[bold("QINGDAO EVERGREEN RUBBER PRODUCTS CO., LTD.")], ["Quotation No. EG-260122-05    Date: 22 Jan 2026"],
            ["Item", "Code", "Description", "Qty (pcs)", "Unit Price (USD/100pcs)", "Amount (USD)"]]
    for k, (code, name, qty, price) in enumerate(EG, 1):
        r = len(rows) + 1
        rows.append([num(k), code, name, num(qty, "#,##0"), num(price, "0.00"),
                     formula(f"{float(price) * qty / 100:.2f}", f"D{r}*E{r}/100", "#,##0.00")])
    rows += [[], ["Price term: FOB Qingdao. Payment: 100% T/T before shipment. Delivery: 15 days."]]
    book = b11_docs.workbook([{"name": "Quotation", "rows": rows, "merges": ("A1:F1", "A2:F2"),
                               "widths": (6, 20, 30, 10, 16, 14)}])
    text = f"""Dear Sara,

Thanks for your inquiry. Please find our quotation attached; note the prices are per 100 pcs.

{EG_SIG}
"""
    items = [item(code, name, code, dec(per_unit(price, 100)), "USD", "pcs", quantity=str(qty))
             for code, name, qty, price in EG]
    return mail("b11-eg-c", "2026-01-22T16:40:00+08:00", "evergreen", "xlsx-price-per-100pcs-header",
                "xlsx", "quote", EVERGREEN, SARA, "Quotation EG-260122-05 O-rings, oil seals, grommets", items,
                text=text, attachments=[(book, b11_docs.XLSX_MIME, "EG-260122-05.xlsx")],
                notes="XLSX with `Unit Price (USD/100pcs)`: 1.85 is 0.0185 per piece; Amount formulas divide by "
                      "100 (cached values).")


# ------------------------------------------------------------------ Kaiyuan (pumps, USD)

KY = [  # model, name, kW, flow, head, price
    ("KY-CPM-130", "Centrifugal pump, brass impeller", "0.37", "3.0", "22", "46.50"),
    ("KY-CPM-158", "Centrifugal pump, brass impeller", "0.75", "6.0", "32", "68.00"),
    ("KY-JET-100", "Self-priming jet pump, cast iron", "0.75", "3.6", "44", "59.80"),
    ("KY-QDX-1.5", "Submersible pump, aluminium body", "0.37", "1.5", "16", "39.20")]


def kaiyuan_spec_columns():
    head = ["Picture", "Model", "Description", "Power (kW)", "Flow max (m³/h)", "Head max (m)", "Voltage",
            "Unit", "FOB Ningbo (USD)"]
    rows = [['<img src="cid:pump%d" width="60">' % k, m, n, kw, fl, hd, "220V/50Hz", "SET", p]
            for k, (m, n, kw, fl, hd, p) in enumerate(KY, 1)]
    body = ("<p>Dear Sara,</p><p>Thanks for your interest in our pumps. Our prices for 1x20GP mixed container "
            "(about 1,200 sets):</p>" +
            table(["".join(th(h) for h in head)] + ["".join(td(c) for c in r) for r in rows]) +
            "<p>Copper wire motor, 100% tested, CE. 1 set/ctn. Warranty 18 months.<br>Delivery 35 days.</p>"
            "<p>Best regards,<br>Vivian Xu<br>Zhejiang Kaiyuan Pump Co., Ltd. | Wenling, Taizhou<br>"
            "Tel +86-576-8618 3320 | WhatsApp +86 138 5768 0192</p>")
    items = [item(m, n, m, p, "USD", "set") for m, n, _, _, _, p in KY]
    return mail("b11-ky-spec", "2026-02-27T13:15:00+08:00", "kaiyuan", "html-numeric-spec-columns-before-price",
                "html-table", "quote", KAIYUAN, SARA, "Quotation water pumps KY-2602", items, html=html_doc(body),
                notes="Pump table with numeric spec columns (kW 0.75, flow m³/h 6.0, head 32 m, 220V/50Hz) before "
                      "the price column `FOB Ningbo (USD)`; a picture column; unit SET.")


SCENARIOS = [hongyu_workbook, hongyu_revision, hongyu_pi, sunny_1688_lines, sunny_qq_table, sunny_our_order,
             kinglight_alibaba_reply, kinglight_restated, kinglight_trade_assurance, our_payment_advice,
             tianrun_per_thousand, our_order_tianrun, tianrun_shipping, meiya_two_currencies, our_confirm_at,
             meiya_two_projects, dongfang_kingdee_pdf, dongfang_copper_revision, evergreen_catalogue,
             evergreen_per_hundred, kaiyuan_spec_columns]

"""Suppliers in Vietnam, China and Turkey, each a whole thread: a Vietnamese garment factory (a
colour x size-group matrix, our counter-offer with targets, a revised quote in non-native English,
our PO); a Zhongshan LED maker writing Chinese and English in one mail (ex-VAT / incl. VAT / FOB
columns, our Chinese target, an iPhone one-liner, a PI, a price increase); an Alibaba reply
notification; a Bursa auto-parts maker with OE numbers (quote, our target, special price, order
confirmation, an invoice for payment); a Foshan furniture maker (Made-in-China notification, XLSX
quote, a WeChat-style answer above the whole quoted table, our PO, a shipping advice)."""

from b14_common import (CLAIRE, CLAIRE_SIG, HUANG, HUANG_SIG, IPHONE, IPHONE_ZH, XLSX, aligned, b4_docs, b11_docs,
                        d, en, item, mail, mid, quoted)

LAN = ("Nguyen Thi Lan", "lan.nguyen@hoasen-garment.com.vn")
VICKY = ("李薇 Vicky Li", "vicky@gy-lighting.com")
MEHMET = ("Mehmet Kaya", "mehmet.kaya@bursaoto.com.tr")
JASON = ("Jason Liang", "jason@meijia-furniture.com")
ALIBABA = ("Alibaba.com", "notice@service.alibaba.com")
MIC = ("Made-in-China.com", "noreply@made-in-china.com")

# ------------------------------------------------------------------ Hoa Sen Garment (Vietnam, USD)

HS = [  # pid, style, description, colour, S-XL, 2XL-3XL
    ("pl01w", "HS-PL01", "Polo shirt 100% cotton pique 220gsm", "White", "4.85", "5.25"),
    ("pl01d", "HS-PL01", "Polo shirt 100% cotton pique 220gsm", "Dark (Navy, Black, Red)", "5.05", "5.45"),
    ("pl02", "HS-PL02", "Polo shirt CVC 60/40 pique 200gsm", "All colours", "4.30", "4.65"),
    ("hd05", "HS-HD05", "Hoodie brushed fleece 320gsm", "All colours", "9.80", "10.60"),
]
HS_SIG = ["Best regards,", "Ms. Lan (Nguyen Thi Lan) - Sales Executive", "HOA SEN GARMENT JOINT STOCK COMPANY",
          "Lot C12, Tan Tao Industrial Park, Binh Tan District, HCMC, Vietnam",
          "Tel: (+84) 28 3754 2210 - Mobile/Zalo/WhatsApp: +84 903 118 427"]


def _hs_model(style, colour, size):
    c = colour.split(" ")[0]
    return f"{style} {'' if c == 'All' else c + ' '}{size}".replace("  ", " ")


def hoasen_matrix():
    rows = [["Style No.", "Description", "Colour", "S-XL (USD/pc)", "2XL-3XL (USD/pc)", "MOQ/colour"]]
    rows += [[s, desc, col, f"USD {a}", f"USD {b}", "500 pcs"] for _, s, desc, col, a, b in HS]
    html = d.plain_html(d.gmail_div(["Dear Ms. Claire,", "", "Good day! Thank you for your inquiry. We are glad to "
                                     "send you quotation as below, price is FOB Ho Chi Minh city, size range S to "
                                     "3XL, fabric and logo embroidery as your tech pack:", ""]) +
                        d.html_table(rows) +
                        d.gmail_div(["", "- Lead time: 45-50 days after PP sample approval",
                                     "- Payment: 30% TT deposit, 70% TT against copy of B/L",
                                     "- Price valid to 31/03/2026", "", "Hope to receive your order soon.", ""] + HS_SIG))
    items = []
    for pid, s, desc, col, a, b in HS:
        items.append(item("hs-" + pid + "-s", desc, _hs_model(s, col, "S-XL"), a, "USD", "pcs"))
        items.append(item("hs-" + pid + "-x", desc, _hs_model(s, col, "2XL-3XL"), b, "USD", "pcs"))
    return mail("b14-hs-quote", "2026-02-09T09:40:00+07:00", "hoasen", "html-gmail-colour-size-group-matrix",
                "html-table", "quote", LAN, CLAIRE, "RE: Inquiry polo shirts & hoodies - Maple Ridge", items, html=html,
                notes="Colour x size-group matrix: a style per colour group, prices per size group as columns "
                      "`S-XL (USD/pc)` / `2XL-3XL (USD/pc)`; the model is style + colour group + size group.")


HS_COUNTER = """Dear Lan,

Thank you for the quick quotation. To be honest your prices are above what our customer can pay.
Our target prices, FOB HCMC:

  HS-PL01 white S-XL ......... USD 4.40/pc
  HS-HD05 S-XL ............... USD 8.90/pc

If you can meet the target we can confirm about 6,000 pcs in 3 colours for the first order.

""" + CLAIRE_SIG


def hoasen_counter():
    return mail("b14-hs-counter", "2026-02-11T16:05:00-08:00", "hoasen", "text-our-counter-offer-target-prices",
                "text-table", "inquiry", CLAIRE, LAN, "RE: RE: Inquiry polo shirts & hoodies - Maple Ridge", [],
                direction="outbound", kind_alt=["other"], text=HS_COUNTER, reply_to_id=mid("b14-hs-quote", LAN),
                notes="Our counter-offer: target prices in a dotted list (no items).")


def hoasen_revised():
    lines = ["Dear Ms. Claire,", "", "Thanks for your feedback. After discuss with our boss, we try our best to "
             "support your first order, new price as below (this is our best price, cannot reduce more):", "",
             "- HS-PL01 White S-XL: USD 4.60/pc (old 4.85)", "- HS-PL01 White 2XL-3XL: USD 4.98/pc (old 5.25)",
             "- HS-HD05 S-XL: USD 9.30/pc (old 9.80)", "- HS-HD05 2XL-3XL: USD 10.10/pc (old 10.60)", "",
             "Other items keep same price as our quotation. Price FOB HCMC, valid until 30/04/2026.",
             "About your target 4.40 for polo, sorry we cannot, the cotton yarn is increase from January.", ""] + HS_SIG
    html = d.plain_html(d.gmail_div(lines) + d.gmail_quote(
        "On Wed, Feb 11, 2026 at 4:05 PM Claire Dubois <claire.dubois@mapleridge-sourcing.ca> wrote:",
        "<pre>" + HS_COUNTER + "</pre>"))
    items = [item("hs-pl01w-s", "", "HS-PL01 White S-XL", "4.60", "USD", "pcs"),
             item("hs-pl01w-x", "", "HS-PL01 White 2XL-3XL", "4.98", "USD", "pcs"),
             item("hs-hd05-s", "", "HS-HD05 S-XL", "9.30", "USD", "pcs"),
             item("hs-hd05-x", "", "HS-HD05 2XL-3XL", "10.10", "USD", "pcs")]
    return mail("b14-hs-revised", "2026-02-13T10:20:00+07:00", "hoasen", "html-gmail-revised-dash-lines-old-price",
                "prose", "quote", LAN, CLAIRE, "RE: RE: RE: Inquiry polo shirts & hoodies - Maple Ridge", items,
                html=html, reply_to_id=mid("b14-hs-counter", CLAIRE),
                notes="Revised prices in dash lines with `(old 4.85)`; our targets quoted below (not items); "
                      "`target 4.40` repeated in the fresh text (not a price).")


def hoasen_po():
    p = b4_docs.Page()
    p.text("MAPLE RIDGE SOURCING INC.", size=13, bold=True)
    p.text("1200-555 W Hastings St, Vancouver BC V6B 4N6, Canada  |  +1 604 688 3120", size=8)
    p.gap(6)
    p.text("PURCHASE ORDER  MR-PO-26021", x=220, size=14, bold=True)
    p.text("Date: Feb 18, 2026   Supplier: Hoa Sen Garment JSC   Terms: FOB Ho Chi Minh, 30% deposit", size=8)
    p.gap(6)
    xs = (40, 110, 250, 330, 420, 470, 555)
    p.row(["Style", "Description", "Colour", "Size split S/M/L/XL", "Qty (pcs)", "Unit USD", "Amount USD"], xs,
          bold=True, right=(4, 5, 6))
    rows = [("pl01w-s", "HS-PL01 S-XL", "Polo pique 220gsm", "White", "300/900/900/300", 2400, "4.60"),
            ("pl01d-s", "HS-PL01 S-XL", "Polo pique 220gsm", "Navy", "200/700/700/200", 1800, "5.05"),
            ("hd05-s", "HS-HD05 S-XL", "Hoodie fleece 320gsm", "Heather grey", "200/500/500/300", 1500, "9.30"),
            ("hd05-x", "HS-HD05 2XL-3XL", "Hoodie fleece 320gsm", "Heather grey", "2XL 200 / 3XL 100", 300, "10.10")]
    for _, s, desc, col, split, q, pr in rows:
        p.row([s, desc, col, split, f"{q:,}", pr, en(float(pr) * q)], xs, right=(4, 5, 6))
    total = sum(float(pr) * q for *_, q, pr in rows)
    p.row(["", "TOTAL FOB HCMC", "", "", f"{sum(r[5] for r in rows):,}", "", en(total)], xs, bold=True, right=(4, 5, 6))
    p.gap(10)
    p.text("Deposit 30% = USD " + en(total * 0.3) + " by TT within 5 days. Ship by Apr 10, 2026.", size=8)
    items = [item("hs-" + pid, desc, s.replace(" ", " " + col + " ", 1) if col != "Heather grey" else s, pr, "USD",
                  "pcs", status="ordered", quantity=str(q)) for pid, s, desc, col, _, q, pr in rows]
    text = "Dear Lan,\n\nPlease find attached our PO MR-PO-26021, kindly confirm and send PI.\n\n" + CLAIRE_SIG
    return mail("b14-hs-po", "2026-02-18T11:30:00-08:00", "hoasen", "pdf-our-po-colour-size-split", "pdf", "order",
                CLAIRE, LAN, "PO MR-PO-26021 polo & hoodies", items, direction="outbound", text=text,
                attachments=[(p.build("Purchase Order"), "application/pdf", "MR-PO-26021.pdf")],
                notes="Our PO: the colour in its own column, a size split `300/900/900/300` beside the quantity; "
                      "ordered at the revised prices (PL01 navy at the first quote's dark-colour price).")


# ------------------------------------------------------------------ Guangyao Lighting (Zhongshan, CNY/USD)

GY = [  # model, zh, en, ex-VAT CNY, incl-VAT CNY, FOB USD
    ("GY-PL6060-40", "LED面板灯", "LED panel light 600x600 40W", "52.00", "58.76", "7.95"),
    ("GY-PL3060-24", "LED面板灯", "LED panel light 300x600 24W", "36.50", "41.25", "5.60"),
    ("GY-DL-12", "LED筒灯", "LED downlight 12W", "11.80", "13.33", "1.85"),
    ("GY-HB-150", "UFO工矿灯", "UFO high bay 150W", "168.00", "189.84", "25.60"),
    ("GY-TB-36", "三防灯", "Tri-proof batten 1200mm 36W", "45.00", "50.85", "6.90"),
]
GY_SIG = ["Vicky 李薇 | 外贸部 Export Dept.", "中山市光耀照明科技有限公司 Zhongshan Guangyao Lighting Tech Co., Ltd.",
          "广东省中山市古镇镇东兴路28号 | Tel: 0760-2218 6650 | WhatsApp/WeChat: +86 189 2830 6615"]


def guangyao_alibaba_reply():
    html = d.plain_html(
        "<table width=\"600\" style=\"font-family:Arial;font-size:13px\"><tr><td><img src=\"https://img.alicdn.com/logo.png\" "
        "alt=\"Alibaba.com\"></td></tr><tr><td><h3>Zhongshan Guangyao Lighting Tech Co., Ltd. replied to your inquiry</h3>"
        "<p>Hi Claire Dubois,</p><p>You have a new reply about <b>LED Panel Light 600x600 40W 4000K Recessed Ceiling</b>.</p>"
        "<table border=\"0\"><tr><td>Price:</td><td>US $3.20-4.50 / Piece</td></tr><tr><td>Min. order:</td><td>100 Pieces"
        "</td></tr><tr><td>Supplier:</td><td>Zhongshan Guangyao Lighting Tech Co., Ltd. (Gold Supplier, 6 YRS)</td></tr>"
        "</table><p><a href=\"https://message.alibaba.com/\">View and reply</a></p>"
        "<p><b>You may also like</b></p><table border=\"0\"><tr><td>LED Downlight 12W SMD</td><td>US $1.05-1.80</td>"
        "<td>500 Pieces (MOQ)</td></tr><tr><td>UFO High Bay 100W/150W/200W</td><td>US $14.90-28.60</td><td>10 Pieces (MOQ)"
        "</td></tr></table><p style=\"color:#999\">Trade Assurance protects your orders. This email was sent to "
        "claire.dubois@mapleridge-sourcing.ca. Alibaba.com Singapore E-Commerce Private Limited, 8 Shenton Way, "
        "#45-01 AXA Tower, Singapore 068811. Unsubscribe</p></td></tr></table>")
    return mail("b14-gy-ali", "2026-02-24T03:12:00+00:00", "guangyao", "alibaba-inquiry-reply-notification",
                "html-table", "other", ALIBABA, CLAIRE, "Zhongshan Guangyao Lighting replied to your inquiry", [],
                bulk=True, html=html, extra_headers={"List-Unsubscribe": "<https://alibaba.com/unsubscribe>"},
                notes="Alibaba notification: the listing's range `US $3.20-4.50 / Piece` and recommended products "
                      "with ranges (no items; no customer: the platform is not the supplier).")


def _gy_table():
    rows = [["型号 Model", "品名 Product", "规格 Spec", "不含税单价 RMB (ex-VAT)", "含税单价 RMB (13% VAT)",
             "FOB Zhongshan USD"]]
    rows += [[m, zh, en_, a, b, c] for m, zh, en_, a, b, c in GY]
    widths = [(14, False), (12, False), (30, False), (24, True), (23, True), (17, True)]
    return aligned(rows, widths)


def _gy_quote_text():
    return ("Dear Claire 您好,\n\n感谢询价! Thanks for your inquiry on Alibaba. 报价如下 / our quotation as below:\n\n" +
            _gy_table() + "\n\n备注 Remarks:\n1. 人民币价格工厂交货, 含税价开13%增值税专票 / RMB price EXW factory, VAT invoice"
            " 13% if incl. VAT\n2. USD price FOB Zhongshan, 3 years warranty, CE RoHS\n3. 交期 Lead time 15-20 days, MOQ 100"
            " pcs each\n\n" + "\n".join(GY_SIG))


def guangyao_quote():
    items = []
    for m, zh, en_, a, _, c in GY:
        items.append(item("gy-" + m, zh + " " + en_, m, a, "CNY", ""))
        items.append(item("gy-" + m, zh + " " + en_, m, c, "USD", "", incoterm_alt=True))
    return mail("b14-gy-quote", "2026-02-25T10:08:00+08:00", "guangyao", "text-zh-en-mixed-exvat-incvat-fob-columns",
                "text-table", "quote", VICKY, HUANG, "RE: 询价 LED panel / downlight / high bay - Maple Ridge", items,
                text=_gy_quote_text(),
                notes="Chinese and English in one text mail; three price columns: 不含税 RMB (the item), 含税 RMB "
                      "(not an item) and FOB USD (second-currency item); no unit stated.")


GY_COUNTER = """Vicky 你好,

价格偏高。我们客户的目标价(不含税): GY-PL6060-40 目标价 48元, GY-HB-150 目标价 155元。
如果可以, 每款下单 1000 / 200 pcs。请回复。

""" + HUANG_SIG


def guangyao_counter():
    return mail("b14-gy-counter", "2026-02-26T14:30:00+08:00", "guangyao", "text-zh-our-target-price",
                "prose", "inquiry", HUANG, VICKY, "RE: RE: 询价 LED panel / downlight / high bay - Maple Ridge", [],
                direction="outbound", kind_alt=["other"], text=GY_COUNTER + "\n\n" + quoted(
                    "在 2026-02-25 10:08, Vicky 李薇 写道:", _gy_quote_text()),
                notes="Our Chinese counter-offer with 目标价 (no items), the whole quote `>`-quoted below.")


def guangyao_iphone():
    text = ("黄小姐, PL6060-40 最低49.5不含税, HB-150可以158, 其他不变。\n\n" + IPHONE_ZH + "\n\n" +
            quoted("在 2026年2月26日，14:30，黄丽 Huang Li <huang.li@mapleridge.cn> 写道：", GY_COUNTER))
    items = [item("gy-GY-PL6060-40", "", "PL6060-40", "49.50", "CNY", ""),
             item("gy-GY-HB-150", "", "HB-150", "158.00", "CNY", "")]
    return mail("b14-gy-iphone", "2026-02-26T21:47:00+08:00", "guangyao", "text-zh-iphone-one-liner-short-models",
                "prose", "quote", VICKY, HUANG, "Re: RE: RE: 询价 LED panel / downlight / high bay - Maple Ridge", items,
                text=text, reply_to_id=mid("b14-gy-counter", HUANG),
                notes="A one-line answer from a phone: models shortened (`PL6060-40` for GY-PL6060-40), prices "
                      "without currency or unit (CNY from the thread), our targets quoted below (not items).")


def guangyao_pi():
    rows = [[b11_docs.bold("中山市光耀照明科技有限公司 ZHONGSHAN GUANGYAO LIGHTING TECH CO., LTD.")],
            ["No.28 Dongxing Rd, Guzhen Town, Zhongshan, Guangdong, China  Tel 0760-2218 6650"], [],
            [b11_docs.bold("PROFORMA INVOICE")], ["PI No.: GY-PI-260305", "", "", "Date: 2026-03-05"],
            ["Buyer: Maple Ridge Sourcing Inc., Vancouver, Canada", "", "", "Terms: FOB Zhongshan"], [],
            ["Item", "Model", "Description", "Qty (pcs)", "Unit Price (USD)", "Amount (USD)"]]
    lines = [("GY-PL6060-40", "LED panel light 600x600 40W 4000K", 1000, "7.60"),
             ("GY-HB-150", "UFO high bay 150W 5000K", 200, "23.90"),
             ("GY-DL-12", "LED downlight 12W 3000K", 2000, "1.85")]
    for k, (m, desc, q, pr) in enumerate(lines, 9):
        rows.append([str(k - 8), m, desc, b11_docs.num(q), b11_docs.num(pr, "#,##0.00"),
                     b11_docs.formula(f"{float(pr) * q:.2f}", f"D{k}*E{k}", "#,##0.00")])
    total = sum(float(pr) * q for *_, q, pr in lines)
    rows += [["", "", "TOTAL", b11_docs.num(sum(q for *_, q, _ in lines)), "",
              b11_docs.formula(f"{total:.2f}", "SUM(F9:F11)", "#,##0.00")], [],
             ["Payment: 30% deposit, balance before shipment"],
             ["Bank: Bank of China Zhongshan Branch  SWIFT BKCHCNBJ46A  A/C 6578 3321 0458"]]
    book = b11_docs.workbook([{"name": "PI", "rows": rows, "widths": (6, 16, 36, 10, 16, 16)}])
    text = "Dear Claire,\n\nAttached PI for your order, pls check and arrange deposit. Thank you!\n\n" + "\n".join(GY_SIG)
    items = [item("gy-" + m, desc, m, pr, "USD", "pcs", status="agreed", quantity=str(q)) for m, desc, q, pr in lines]
    return mail("b14-gy-pi", "2026-03-05T09:15:00+08:00", "guangyao", "xlsx-pi-usd-bank-details", "xlsx", "quote",
                VICKY, CLAIRE, "PI GY-PI-260305 - Maple Ridge order", items, kind_alt=["contract", "order"],
                text=text, attachments=[(book, XLSX, "GY-PI-260305.xlsx")],
                notes="Pro-forma invoice (agreed) in USD FOB, formulas with cached values, bank account below.")


def guangyao_increase():
    rows = [["型号 Model", "品名 Product", "原价 Old (USD)", "新价 New (USD)", "调幅"]]
    new = [("GY-PL6060-40", "LED面板灯 600x600 40W", "7.95", "8.35"), ("GY-PL3060-24", "LED面板灯 300x600 24W", "5.60", "5.90"),
           ("GY-DL-12", "LED筒灯 12W", "1.85", "1.95"), ("GY-TB-36", "三防灯 1200mm 36W", "6.90", "7.25")]
    rows += [[m, n, o, nw, f"+{(float(nw) / float(o) - 1) * 100:.1f}%"] for m, n, o, nw in new]
    body = d.foxmail_body(["尊敬的客户 Dear Customer,", "",
                           "由于LED芯片和铝材价格上涨, 自2026年6月1日起以下产品价格调整如下 (FOB Zhongshan):",
                           "Due to the cost increase of LED chips and aluminium, from 1st June 2026 the prices will be "
                           "adjusted as below:", ""], "utf-8") + d.html_table(rows) + d.foxmail_body(
        ["", "6月1日前确认的订单按原价执行。Orders confirmed before 1st June keep old price.", "",
         "UFO工矿灯 GY-HB-150 价格不变 / no change.", ""] + GY_SIG, "utf-8")
    items = [item("gy-" + m, n, m, nw, "USD", "", status="notice") for m, n, _, nw in new]
    return mail("b14-gy-up", "2026-05-12T10:00:00+08:00", "guangyao", "html-foxmail-zh-en-increase-old-new",
                "html-table", "price-notice", VICKY, CLAIRE, "调价通知 Price Adjustment Notice - Guangyao Lighting", items,
                kind_alt=["quote"], html=d.plain_html(body),
                notes="Bilingual price-increase notice: 原价 Old / 新价 New columns and a percentage column.")


# ------------------------------------------------------------------ Bursa Otomotiv (Turkey, EUR)

BO = [  # code, OE, description, application, unit, price
    ("BO-BD-1021", "1K0 615 301 AA", "Brake disc front, vented 288 mm", "VW Golf V/VI, Audi A3 8P", "pc", "16.40"),
    ("BO-BD-1044", "34 11 6 794 300", "Brake disc front, vented 312 mm", "BMW 3 F30/F31", "pc", "24.80"),
    ("BO-BP-2207", "1K0 698 151 A", "Brake pad set front", "VW Golf V/VI, Skoda Octavia II", "set", "7.35"),
    ("BO-WP-3310", "06H 121 026 DD", "Water pump with gasket", "VW/Audi 1.8/2.0 TFSI", "pc", "21.90"),
    ("BO-CA-4102", "31 12 6 855 741", "Control arm lower left", "BMW 3 F30/F31", "pc", "18.60"),
]
BO_SIG = ["Best Regards,", "Mehmet KAYA", "Export Manager", "BURSA OTOMOTİV YEDEK PARÇA SAN. VE TİC. A.Ş.",
          "Nilüfer OSB, 16140 Nilüfer/Bursa - TÜRKİYE", "Tel: +90 224 411 52 80  Gsm: +90 532 614 27 09"]


def _bo_quote_html():
    rows = [["No", "OE No.", "Our Code", "Description", "Application", "Unit", "Unit Price (EUR)", "MOQ"]]
    rows += [[str(k), oe, c, desc, app, u, p, "100"] for k, (c, oe, desc, app, u, p) in enumerate(BO, 1)]
    return ("".join(d.mso_p(t) for t in ["Dear Sir,", "", "Thank you for your inquiry. Please find our best prices "
                                         "in below table. Prices are EXW Bursa, payment 30% advance 70% before "
                                         "loading. Delivery time 30-35 days.", ""]) +
            d.word_table(rows, right=(6, 7)) + "".join(d.mso_p(t) for t in [""] + BO_SIG))


def bursa_quote():
    items = [item("bo-" + c, desc, c, p, "EUR", "set" if u == "set" else "pcs") for c, _, desc, _, u, p in BO]
    return mail("b14-bo-quote", "2026-03-02T10:45:00+03:00", "bursaoto", "html-outlook-oe-numbers-with-spaces",
                "html-table", "quote", MEHMET, CLAIRE, "RE: RFQ brake discs / pads / water pumps", items,
                html=d.outlook(_bo_quote_html()),
                notes="OE numbers written with spaces (`34 11 6 794 300`, `1K0 615 301 AA`) beside our-code part "
                      "numbers (the model); MOQ column; unit column pc/set.")


def bursa_counter():
    fresh = "".join(d.mso_p(t) for t in [
        "Hi Mehmet,", "", "Thanks. For a first container we need to be closer to the market: our target is EUR 14.90 "
        "for BO-BD-1021 and EUR 6.60 for the BO-BP-2207 pad set. Quantities 500 discs and 800 sets.", "",
        "Best regards,", "Claire"])
    html = d.outlook(fresh + d.outlook_quote_header("Mehmet Kaya <mehmet.kaya@bursaoto.com.tr>",
                                                    "Monday, March 2, 2026 12:45 AM", "Claire Dubois",
                                                    "RE: RFQ brake discs / pads / water pumps") + _bo_quote_html())
    return mail("b14-bo-counter", "2026-03-02T09:10:00-08:00", "bursaoto", "html-outlook-our-target-above-quote",
                "html-table", "inquiry", CLAIRE, MEHMET, "RE: RFQ brake discs / pads / water pumps", [],
                direction="outbound", kind_alt=["other"], html=html, reply_to_id=mid("b14-bo-quote", MEHMET),
                notes="Our counter-offer with targets above their whole quoted table (no items).")


def bursa_special():
    fresh = "".join(d.mso_p(t) for t in [
        "Dear Claire,", "", "We checked with our production and management. For your first order we can give special "
        "price:", "", "BO-BD-1021 brake disc: EUR 15,20 / pc", "BO-BP-2207 pad set: EUR 6,85 / set", "",
        "Your target EUR 14,90 is under our cost, sorry. Other prices are same as our offer. This special price is "
        "valid for orders until 15.04.2026.", ""] + BO_SIG)
    html = d.outlook(fresh + d.outlook_quote_header("Claire Dubois <claire.dubois@mapleridge-sourcing.ca>",
                                                    "Monday, March 2, 2026 8:10 PM", "Mehmet Kaya",
                                                    "RE: RFQ brake discs / pads / water pumps") + "".join(
        d.mso_p(t) for t in ["Hi Mehmet,", "our target is EUR 14.90 for BO-BD-1021 and EUR 6.60 for the BO-BP-2207."]))
    items = [item("bo-BO-BD-1021", "brake disc", "BO-BD-1021", "15.20", "EUR", "pcs"),
             item("bo-BO-BP-2207", "pad set", "BO-BP-2207", "6.85", "EUR", "set")]
    return mail("b14-bo-special", "2026-03-04T11:20:00+03:00", "bursaoto", "html-outlook-special-price-decimal-comma",
                "prose", "quote", MEHMET, CLAIRE, "RE: RFQ brake discs / pads / water pumps", items, html=html,
                reply_to_id=mid("b14-bo-counter", CLAIRE),
                notes="Special prices with decimal commas (`EUR 15,20 / pc`), our target repeated in the fresh "
                      "text (`Your target EUR 14,90`, not a price) and quoted below.")


def _bo_doc(title, no, lines, foot):
    p = b4_docs.Page()
    p.text("BURSA OTOMOTIV YEDEK PARCA SAN. VE TIC. A.S.", size=12, bold=True)
    p.text("Niluefer OSB, 16140 Bursa - Turkiye  |  Tel +90 224 411 52 80  |  VKN 1930417725  Uludag V.D.", size=8)
    p.gap(6)
    p.text(f"{title}  {no}", x=200, size=13, bold=True)
    p.text("Customer: Maple Ridge Sourcing Inc., Vancouver   Incoterm: EXW Bursa   Currency: EUR", size=8)
    p.gap(6)
    xs = (40, 70, 150, 330, 400, 470, 555)
    p.row(["No", "Code", "Description", "OE No.", "Qty", "Unit Price", "Total"], xs, bold=True, right=(4, 5, 6))
    for k, (c, desc, oe, q, pr) in enumerate(lines, 1):
        p.row([str(k), c, desc, oe, f"{q:,}", pr, en(float(pr) * q)], xs, right=(4, 5, 6))
    p.gap(6)
    for t in foot:
        p.text(t, size=8)
    return p.build(title)


BO_ORDER = [("BO-BD-1021", "Brake disc front 288 mm", "1K0 615 301 AA", 500, "15.20"),
            ("BO-BD-1044", "Brake disc front 312 mm", "34 11 6 794 300", 200, "24.80"),
            ("BO-BP-2207", "Brake pad set front", "1K0 698 151 A", 800, "6.85")]


def bursa_confirmation():
    total = sum(q * float(pr) for *_, q, pr in BO_ORDER)
    pdf = _bo_doc("ORDER CONFIRMATION / SIPARIS ONAYI", "SO-2026-0318", BO_ORDER,
                  [f"Total EUR {en(total)}  -  Advance 30% EUR {en(total * 0.3)}",
                   "Delivery: 30-35 days after advance payment. Prices agreed as per our mail 04.03.2026."])
    text = ("Dear Claire,\n\nThank you for your order. Attached our order confirmation SO-2026-0318, please sign and "
            "return with advance payment.\n\n" + "\n".join(BO_SIG))
    items = [item("bo-" + c, desc, c, pr, "EUR", "", status="agreed", quantity=str(q)) for c, desc, _, q, pr in BO_ORDER]
    return mail("b14-bo-oc", "2026-03-18T14:05:00+03:00", "bursaoto", "pdf-order-confirmation-agreed-prices", "pdf",
                "contract", MEHMET, CLAIRE, "Order Confirmation SO-2026-0318", items, kind_alt=["order", "quote"],
                text=text, attachments=[(pdf, "application/pdf", "SO-2026-0318.pdf")],
                notes="The supplier's order confirmation restating the agreed prices (agreed).")


def bursa_invoice():
    total = sum(q * float(pr) for *_, q, pr in BO_ORDER)
    pdf = _bo_doc("COMMERCIAL INVOICE / FATURA", "BOT2026000412", BO_ORDER,
                  [f"Invoice total EUR {en(total)}   Advance received EUR {en(total * 0.3)}   Balance due EUR "
                   f"{en(total * 0.7)}", "Bank: Ziraat Bankasi Bursa  IBAN TR33 0001 0017 4538 7720 9950 01  "
                                      "SWIFT TCZBTR2A", "Due date: 10.05.2026"])
    text = ("Dear Claire,\n\nGoods are ready for loading. Please find attached our commercial invoice and kindly "
            f"arrange the balance payment EUR {en(total * 0.7).replace(',', 'X').replace('.', ',').replace('X', '.')}"
            " before loading.\n\n" + "\n".join(BO_SIG))
    return mail("b14-bo-inv", "2026-04-22T09:30:00+03:00", "bursaoto", "pdf-invoice-for-payment-no-items", "pdf",
                "invoice", MEHMET, CLAIRE, "Invoice BOT2026000412 - balance payment", [], text=text,
                attachments=[(pdf, "application/pdf", "BOT2026000412.pdf")],
                notes="A commercial invoice asking for payment: unit prices in the table, but an invoice (no items).")


# ------------------------------------------------------------------ Foshan Meijia Furniture (USD)

MJ = [("MJ-DC-305", "Dining chair, PU leather seat, black powder-coated legs", "Metal + PU", "450x520x820", "0.18",
       "380", "24.50"),
      ("MJ-DC-318", "Dining chair, velvet fabric, gold legs", "Metal + velvet", "480x560x840", "0.21", "330", "27.80"),
      ("MJ-DT-1600", "Dining table, sintered stone top 12 mm", "Stone + carbon steel", "1600x900x760", "0.42", "160",
       "168.00"),
      ("MJ-OC-702", "Office chair, mesh back, nylon base", "Mesh + nylon", "620x600x1050", "0.25", "280", "41.50"),
      ("MJ-BS-210", "Bar stool, swivel, chrome", "PU + chrome", "400x400x900", "0.12", "560", "29.90")]
MJ_SIG = ["Jason Liang | Sales Manager", "Foshan Meijia Furniture Co., Ltd.", "Lecong Town, Shunde, Foshan, Guangdong",
          "Mob/WhatsApp/WeChat: +86 137 2658 0921"]


def meijia_mic_notice():
    html = d.plain_html(
        "<div style=\"font-family:Arial;font-size:13px\"><p>Dear Claire Dubois,</p><p>You have received a new message from "
        "<b>Foshan Meijia Furniture Co., Ltd.</b> regarding <b>Modern Dining Chair</b>.</p><p>Log in to read and reply."
        "</p><hr><p><b>Hot products from this supplier</b></p><ul><li>Modern Dining Chair — FOB Price: US$ 18-25 / "
        "Piece, Min. Order: 100 Pieces</li><li>Ergonomic Mesh Office Chair — FOB Price: US$ 32.5-45 / Piece, Min. "
        "Order: 50 Pieces</li><li>Sintered Stone Dining Table — FOB Price: US$ 150-260 / Set</li></ul><p style=\"color:"
        "#888\">Made-in-China.com, Focus Technology Co., Ltd. You received this because you registered as a buyer. "
        "Unsubscribe | Privacy</p></div>")
    return mail("b14-mj-mic", "2026-03-09T02:20:00+00:00", "meijia", "made-in-china-message-notification",
                "html-table", "other", MIC, CLAIRE, "New message from Foshan Meijia Furniture Co., Ltd.", [], bulk=True,
                html=html, extra_headers={"List-Unsubscribe": "<https://www.made-in-china.com/unsubscribe>"},
                notes="Made-in-China.com notification with `FOB Price: US$ 18-25 / Piece` ranges (no items).")


def _mj_rows():
    return [["Item No.", "Picture", "Description", "Material", "Size (mm)", "CBM", "Qty/40HQ", "FOB Foshan (USD/pc)"]] + [
        [m, "", desc, mat, size, cbm, q, p] for m, desc, mat, size, cbm, q, p in MJ]


def meijia_xlsx():
    rows = [[b11_docs.bold("FOSHAN MEIJIA FURNITURE CO., LTD.")], ["Lecong Town, Shunde, Foshan  Tel +86 757 2832 6610"],
            ["QUOTATION", "", "", "", "", "", "Date:", "2026-03-10"], ["To: Maple Ridge Sourcing Inc. - Ms. Claire"], []]
    for r in _mj_rows():
        rows.append(r if r[0] == "Item No." else r[:5] + [b11_docs.num(r[5]), b11_docs.num(r[6]),
                                                            b11_docs.num(r[7], "0.00")])
    rows += [[], ["Remark: 1. Price valid 30 days 2. Payment T/T 30% deposit, 70% before shipment 3. Delivery 35 days"]]
    book = b11_docs.workbook([{"name": "Quotation", "rows": rows, "merges": ("A1:H1", "A2:H2"),
                               "widths": (12, 10, 44, 18, 14, 6, 9, 16)}])
    text = ("Hi Claire,\n\nNice to meet you on Made-in-China. Attached our quotation for the dining and office "
            "chairs you asked, pls check.\nAny question feel free to contact me.\n\n" + "\n".join(MJ_SIG))
    items = [item("mj-" + m, desc, m, p, "USD", "pcs") for m, desc, *_, p in MJ]
    return mail("b14-mj-quote", "2026-03-10T16:40:00+08:00", "meijia", "xlsx-furniture-picture-cbm-40hq", "xlsx",
                "quote", JASON, CLAIRE, "Quotation - Meijia Furniture - dining & office chairs", items, text=text,
                attachments=[(book, XLSX, "Meijia quotation 20260310.xlsx")],
                notes="XLSX: letterhead, an empty Picture column, CBM and Qty/40HQ numbers beside `FOB Foshan (USD/pc)`.")


def meijia_wechat():
    ours = ("Hi Jason,\n\nThanks. DC-305 and the table are over budget, what is your best for 2x40HQ mixed?\n\n"
            "Claire\n\n" + quoted("On Mar 10, 2026, at 16:40, Jason Liang <jason@meijia-furniture.com> wrote:",
                                  aligned([[str(c) for c in r] for r in _mj_rows()],
                                          [(11, False), (7, False), (54, False), (20, False), (13, False), (5, True),
                                           (8, True), (19, True)])))
    text = ("ok dear, MJ-DC-305 can do 23.8, DT-1600 can 159 if 2x40HQ. other no change\n\n" + IPHONE + "\n\n" +
            quoted("On Mar 12, 2026, at 09:02, Claire Dubois <claire.dubois@mapleridge-sourcing.ca> wrote:", ours))
    items = [item("mj-MJ-DC-305", "", "MJ-DC-305", "23.80", "USD", ""),
             item("mj-MJ-DT-1600", "", "DT-1600", "159.00", "USD", "")]
    return mail("b14-mj-wechat", "2026-03-12T22:15:00+08:00", "meijia", "text-iphone-one-line-above-quoted-table",
                "prose", "quote", JASON, CLAIRE, "Re: Quotation - Meijia Furniture - dining & office chairs", items,
                text=text, reply_to_id=mid("b14-mj-ours", CLAIRE),
                notes="A one-line mobile answer (`can do 23.8`, `DT-1600 can 159`) above our mail and, quoted twice, "
                      "the whole table as text (quoted prices are not items).")


def meijia_po():
    p = b4_docs.Page()
    p.text("MAPLE RIDGE SOURCING INC.", size=13, bold=True)
    p.text("PURCHASE ORDER MR-PO-26037", x=220, size=14, bold=True)
    p.text("Date: Mar 16, 2026   Vendor: Foshan Meijia Furniture Co., Ltd.   FOB Foshan   2 x 40HQ", size=8)
    p.gap(6)
    xs = (40, 120, 380, 460, 555)
    p.row(["Item No.", "Description", "Qty", "Unit Price", "Amount"], xs, bold=True, right=(2, 3, 4))
    rows = [("MJ-DC-305", "Dining chair PU, black legs", 1200, "23.80"), ("MJ-DT-1600", "Dining table sintered stone",
                                                                         150, "159.00"),
            ("MJ-OC-702", "Office chair mesh", 400, "41.50")]
    for m, desc, q, pr in rows:
        p.row([m, desc, f"{q:,} pcs", "$" + pr, "$" + en(float(pr) * q)], xs, right=(2, 3, 4))
    p.row(["", "Total (USD)", "", "", "$" + en(sum(float(pr) * q for *_, q, pr in rows))], xs, bold=True, right=(2, 3, 4))
    text = "Hi Jason,\n\nPO attached as agreed. Please send PI.\n\n" + CLAIRE_SIG
    items = [item("mj-" + m, desc, m, pr, "USD", "pcs", status="ordered", quantity=str(q)) for m, desc, q, pr in rows]
    return mail("b14-mj-po", "2026-03-16T10:00:00-07:00", "meijia", "pdf-our-po-dollar-cells", "pdf", "order", CLAIRE,
                JASON, "PO MR-PO-26037 Meijia", items, direction="outbound", text=text,
                attachments=[(p.build("Purchase Order"), "application/pdf", "MR-PO-26037.pdf")],
                notes="Our PO with `$23.80` cells and `1,200 pcs` quantities (ordered).")


def meijia_shipping():
    text = ("Dear Claire,\n\nShipping advice for PO MR-PO-26037 / PI MJ260318:\n\n"
            "Vessel/Voyage: COSCO SHIPPING ARIES 047E\nB/L No.: COSU6421877350\nContainers: 2 x 40HQ  CSNU 7731024, "
            "TGHU 8842190\nETD Nansha: 2026-04-24   ETA Vancouver: 2026-05-12\nPackages: 1,750 ctns, 58.6 CBM x2, G.W. "
            "19,860 kg\nInvoice value: USD 68,010.00 (deposit received USD 20,403.00, balance USD 47,607.00)\n\n"
            "Telex release after balance payment. Thank you!\n\n" + "\n".join(MJ_SIG))
    return mail("b14-mj-ship", "2026-04-24T17:30:00+08:00", "meijia", "text-shipping-advice-no-items", "text-table",
                "other", JASON, CLAIRE, "Shipping advice - MR-PO-26037 - 2x40HQ", [], text=text,
                notes="Shipping advice: vessel, B/L, containers, weights, invoice value and balance (no items).")


SCENARIOS = [hoasen_matrix, hoasen_counter, hoasen_revised, hoasen_po, guangyao_alibaba_reply, guangyao_quote,
             guangyao_counter, guangyao_iphone, guangyao_pi, guangyao_increase, bursa_quote, bursa_counter,
             bursa_special, bursa_confirmation, bursa_invoice, meijia_mic_notice, meijia_xlsx, meijia_wechat,
             meijia_po, meijia_shipping]

"""Chinese suppliers: Odoo quotations (discount column, optional products, a forwarded one, a
reminder), a Kingdee (金蝶) XLSX export with 折扣率 and 实际含税单价 and its discount revision, a
用友 U8 PDF priced per thousand (元/千只) and a 每千只 follow-up, a quote revised twice, a size ×
material matrix, a workbook with one sheet per product family, options A/B with prices in words
and the PI, mould costs and sample fees beside unit prices, and `/100pcs` and `per 1000 pcs`."""

from b9_common import (KADRI, OUR_SIGNATURE, WANG, aligned, b3_docs, b7_docs, b8_docs, dec, en, ho_mail, html_doc, item,
                       item_table, mail, net, table, td, th)

HAIXIN = ("Lily Sun", "lily.sun@haixin-rubber.com")
HAIXIN2 = ("Jason Liu", "jason.liu@haixin-rubber.com")
HAIXIN_ODOO = ("Qingdao Haixin Rubber & Plastics", "sales@haixin-rubber.com")
HUALI = ("周敏", "zhoumin@huali-hw.cn")
JINGCHENG = ("何小燕", "hexy@jingcheng-pack.com")
SUNRISE = ("Vivian Ye", "vivian@sunrise-led.com")
OULI = ("Tony Chen", "tony@ouli-valve.com")
HUAXIN = ("Kevin Zhang", "kevin@hxmachinery.com")
JIAHE = ("Rita Xu", "rita@jiahe-mould.com")
JINTAI = ("Sandy Wu", "sandy@jintai-fastener.com")

# ------------------------------------------------------------------ Odoo (Qingdao Haixin)

ODOO_STYLE = "font-family:Roboto,'Odoo Unicode Support Noto',sans-serif;font-size:13px;border-collapse:collapse"


def _odoo_lines(lines):
    """Odoo's portal quotation table: Description / Quantity / Unit Price / Disc.% / Taxes / Amount."""
    rows = ["".join(th(h, 'style="text-align:left"') for h in ("Description", "Quantity", "Unit Price", "Disc.%",
                                                             "Taxes", "Amount"))]
    total = 0
    for code, name, qty, price, disc, _ in lines:
        amount = float(net(price, disc)) * qty
        total += amount
        rows.append("".join(td(c) for c in (f"[{code}] {name}", f"{qty:,.2f} Units", price, f"{disc:.2f}", "",
                                            f"$ {en(amount)}")))
    return rows, total


def haixin_odoo_quote():
    lines = [("HX-GH20", "Garden hose 1/2\" 20m with fittings", 500, "4.80", 5, "hx-gh20"),
             ("HX-GH30", "Garden hose 1/2\" 30m with fittings", 300, "7.00", 5, "hx-gh30"),
             ("HX-SN08", "Spray nozzle 8-pattern, zinc alloy", 1000, "1.20", 0, "hx-sn08"),
             ("HX-RC25", "Hose reel cart for 25m hose", 100, "18.50", 10, "hx-rc25")]
    rows, total = _odoo_lines(lines)
    body = (f"<div style=\"{ODOO_STYLE}\"><p>Hello Kadri Tamm,</p><p>Your quotation <strong>S00412</strong> "
            f"amounting in <strong>$ {en(total)}</strong> is ready for review.</p>"
            "<p>Do not hesitate to contact us if you have any questions.</p>"
            "<div style=\"margin:16px 0\"><a href=\"https://haixin-rubber.odoo.com/my/orders/412?access_token=3f9c"
            "\" style=\"background:#875A7B;color:#fff;padding:8px 16px\">View Quotation</a></div>"
            "<h3>Quotation # S00412</h3><p>Quotation Date: 01/12/2026 &nbsp; Expiration: 02/11/2026 &nbsp; "
            "Salesperson: Lily Sun</p>" + table(rows, ODOO_STYLE, 0) +
            f"<p>Untaxed Amount: $ {en(total)}<br>Taxes: $ 0.00<br><strong>Total: $ {en(total)}</strong></p>"
            "<p>Payment terms: 30% advance, 70% against B/L copy. Incoterm: FOB Qingdao.</p>"
            "<p style=\"color:#888\">Qingdao Haixin Rubber &amp; Plastics Co., Ltd. | No. 88 Huashan Road, "
            "Jiaozhou, Qingdao | +86 532 8728 6610 | Powered by Odoo</p></div>")
    items = [item(pid, name, code, net(price, disc), "USD", "pcs", quantity=str(qty))
             for code, name, qty, price, disc, pid in lines]
    return mail("b9-hx-odoo", "2026-01-12T10:05:00+08:00", "haixin", "odoo-html-quotation-disc-column",
                "html-table", "quote", HAIXIN_ODOO, KADRI, "Qingdao Haixin Rubber & Plastics Quotation (Ref S00412)",
                items, html=html_doc(body),
                notes="Odoo's quotation mail: `[code] name` in one Description cell, `500.00 Units`, bare Unit "
                      "Price, `Disc.%` column, Amount `$ 2,280.00` (the only currency signs); the item is the net "
                      "price (4.80 less 5 % = 4.56).")


def haixin_forwarded_optional():
    lines = [("HX-GH20", "Garden hose 1/2\" 20m with fittings", 800, "4.70", 0, "hx-gh20"),
             ("HX-GH50", "Garden hose 5/8\" 50m with fittings", 200, "13.60", 0, "hx-gh50")]
    rows, total = _odoo_lines(lines)
    opt = [("HX-WG07", "Watering gun 7-pattern, ABS", "2.35", "hx-wg07"),
           ("HX-QC4", "Quick connector set 4 pcs", "0.95", "hx-qc4")]
    opt_rows = ["".join(th(h) for h in ("Product", "Description", "Unit Price", "Disc.%"))]
    opt_rows += ["".join(td(c) for c in (f"[{code}]", name, price, "")) for code, name, price, _ in opt]
    odoo = ("<h3>Quotation # S00468</h3><p>Quotation Date: 03/02/2026 &nbsp; Expiration: 04/01/2026</p>"
            + table(rows, ODOO_STYLE, 0) + f"<p><strong>Total: $ {en(total)}</strong></p>"
            "<h4>Optional Products</h4>" + table(opt_rows, ODOO_STYLE, 0) +
            "<p>Incoterm: FOB Qingdao. Validity 30 days.</p>")
    fresh = ("<p class=MsoNormal>Dear Kadri,</p><p class=MsoNormal>My colleague Lily is on maternity leave from "
             "this week, I will follow your orders. Please see her last quotation below, it is still valid.</p>"
             "<p class=MsoNormal>Best regards<br>Jason Liu<br>Export Dept. | Qingdao Haixin Rubber &amp; Plastics"
             "<br>Mob/WhatsApp: +86 136 8964 2207</p>")
    html = ho_mail.outlook_reply_html(fresh, "Qingdao Haixin Rubber &amp; Plastics &lt;sales@haixin-rubber.com&gt;",
                           "Monday, March 2, 2026 9:12 AM", "Kadri Tamm",
                           "Qingdao Haixin Rubber & Plastics Quotation (Ref S00468)", odoo)
    items = [item(pid, name, code, net(price, disc), "USD", "pcs", quantity=str(qty))
             for code, name, qty, price, disc, pid in lines]
    items += [item(pid, name, code, price, "USD", "") for code, name, price, pid in opt]
    return mail("b9-hx-fw", "2026-03-09T16:40:00+08:00", "haixin", "outlook-forward-of-odoo-optional-products",
                "forwarded-mail", "quote", HAIXIN2, KADRI, "FW: Qingdao Haixin Rubber & Plastics Quotation (Ref S00468)",
                items, html=html,
                notes="The quote is only in the forwarded part (Outlook `From:/Sent:` block) of a new rep's mail; "
                      "Odoo table with an `Optional Products` section (code in its own cell, no quantity, no "
                      "unit): the optional products are quoted prices too.")


def haixin_reminder():
    body = (f"<div style=\"{ODOO_STYLE}\"><p>Hello Kadri Tamm,</p><p>This is a friendly reminder that your "
            "quotation <strong>S00468</strong> amounting in <strong>$ 6,480.00</strong> will expire on "
            "04/01/2026.</p><p>You can sign and pay online.</p><a href=\"https://haixin-rubber.odoo.com/my/orders/"
            "468\">View Quotation</a><p style=\"color:#888\">Powered by Odoo</p></div>")
    return mail("b9-hx-remind", "2026-03-28T08:00:00+08:00", "haixin", "odoo-expiry-reminder-total-only",
                "non-quote", "quote", HAIXIN_ODOO, KADRI, "Reminder: Quotation S00468 expires soon", [],
                kind_alt=("other",), html=html_doc(body),
                notes="Odoo's automatic expiry reminder: only the total `$ 6,480.00`, no lines: no items.")


# ------------------------------------------------------------------ Kingdee 金蝶 (Zhejiang Huali)

HUALI_LINES = [("hl-h4", "03.01.0112", "不锈钢合页", "SUS304 4\"×3\"×2.5mm", "只", 2000, "6.80", 5),
               ("hl-h5", "03.01.0115", "不锈钢合页", "SUS304 5\"×3.5\"×3mm", "只", 1000, "9.20", 5),
               ("hl-ds", "03.02.0207", "门吸", "ZD-207 锌合金", "个", 500, "12.50", 0),
               ("hl-ls128", "03.05.0031", "拉手", "LS-128 孔距128mm", "只", 1500, "4.60", 10),
               ("hl-ls160", "03.05.0032", "拉手", "LS-160 孔距160mm", "只", 1500, "5.40", 10)]


def huali_kingdee_xlsx():
    rows = [[("销售报价单", b8_docs.BOLD)],
            ["单据编号：SQ2026-0118", "", "", "日期：2026-01-20", "", "", "币别：人民币", "", "汇率：1.0000"],
            ["客户：波罗的海之门贸易（上海）代表处", "", "", "部门：外销部", "", "", "业务员：周敏"],
            ["行号", "物料代码", "物料名称", "规格型号", "单位", "数量", "含税单价", "折扣率(%)", "实际含税单价",
             "价税合计", "税率(%)", "交货日期"]]
    total = 0
    for k, (_, code, name, spec, unit, qty, price, disc) in enumerate(HUALI_LINES, 1):
        n = float(net(price, disc))
        total += n * qty
        rows.append([("n", str(k), 0), code, name, spec, unit, ("n", str(qty), 0), ("n", price), ("n", str(disc), 0),
                     ("n", net(price, disc)), ("n", f"{n * qty:.2f}"), ("n", "13", 0), "2026-02-28"])
    rows += [["合计", "", "", "", "", ("n", "6500", 0), "", "", "", ("n", f"{total:.2f}")],
             [],
             ["制单：周敏", "", "", "审核：陈建国", "", "", "打印日期：2026-01-20", "", "", "第1页/共1页"]]
    book = b8_docs.styled_xlsx(rows, sheet="销售报价单", merges=("A1:L1",),
                               widths=(6, 12, 12, 22, 6, 8, 10, 10, 12, 12, 8, 12))
    text = """王经理：

您好！附件是我司金蝶系统导出的报价单SQ2026-0118，请查收。价格含13%增值税，送货到上海仓库。

周敏
浙江华力五金制品有限公司 外销部
电话：0579-8761 2235  手机：138 5798 6120"""
    items = [item(pid, name, code, net(price, disc), "CNY", "pcs", quantity=str(qty))
             for pid, code, name, spec, unit, qty, price, disc in HUALI_LINES]
    return mail("b9-hl-kingdee", "2026-01-20T15:30:00+08:00", "huali", "xlsx-zh-kingdee-export-discount-rate",
                "xlsx", "quote", HUALI, WANG, "报价单SQ2026-0118 浙江华力", items, charset="gb18030", text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "销售报价单SQ2026-0118.xlsx")],
                notes="金蝶 K/3 export: header block (单据编号, 币别：人民币 only there), 行号 物料代码 … 含税单价 "
                      "折扣率(%) 实际含税单价 价税合计 税率(%); 合计, 制单/审核 and `第1页/共1页` rows. The item is "
                      "实际含税单价 (only tax-included prices are given).")


def huali_discount_revision():
    text = """王经理：

您好！关于SQ2026-0118，老板同意LS-128拉手的折扣调整为15%，实际含税单价3.91元/只；LS-160还是按原报价。
其他不变。

周敏
浙江华力五金制品有限公司 外销部"""
    items = [item("hl-ls128", "拉手", "LS-128", "3.91", "CNY", "pcs")]
    return mail("b9-hl-rev", "2026-02-03T11:10:00+08:00", "huali", "text-zh-discount-rate-revision",
                "prose", "quote", HUALI, WANG, "回复：报价单SQ2026-0118 折扣", items, charset="gb18030", text=text,
                notes="Revision by discount: `折扣调整为15%，实际含税单价3.91元/只` names the model LS-128 (the "
                      "Kingdee sheet's 规格型号), not the 物料代码; LS-160 `还是按原报价` is no new item.")


# ------------------------------------------------------------------ 用友 U8 (Dongguan Jingcheng), per thousand

JC_LINES = [("jc-b3", "JC-B3040", "三层瓦楞纸箱", "400×300×250mm K=K", 20, "1850.00"),
            ("jc-b5", "JC-B5040", "五层瓦楞纸箱", "500×400×300mm BC楞", 10, "3260.00"),
            ("jc-pb", "JC-PB2030", "PE自封袋", "20×30cm 12丝", 50, "86.00"),
            ("jc-lb", "JC-LB5080", "不干胶标签", "50×80mm 铜版纸", 100, "24.50")]


def jingcheng_u8_pdf():
    lines = []
    y = 790

    def put(x, text, size=9):
        lines.append((x, y, text, size))
    put(200, "东莞市精诚包装制品有限公司", 14)
    y -= 22
    put(250, "销 售 报 价 单", 12)
    y -= 22
    put(40, "单据号：XSBJ-2026-0042")
    put(230, "日期：2026-02-26")
    put(400, "币种：人民币")
    y -= 14
    put(40, "客户名称：波罗的海之门贸易（上海）代表处")
    put(400, "税率：13%")
    y -= 22
    xs = [40, 62, 122, 202, 312, 352, 392, 452, 512]
    heads = ["序号", "存货编码", "存货名称", "规格型号", "主计量", "数量", "无税单价", "含税单价", "价税合计"]
    for x, h in zip(xs, heads):
        put(x, h, 8)
    y -= 15
    total = 0
    for k, (_, code, name, spec, qty, price) in enumerate(JC_LINES, 1):
        tax = float(price) * 1.13
        amount = tax * qty
        total += amount
        cells = [str(k), code, name, spec, "千只", str(qty), en(price), en(tax), en(amount)]
        for j, (x, c) in enumerate(zip(xs, cells)):
            if j >= 5:
                x = x + 52 - b8_docs.cjk_width(c, 8)
            put(x, c, 8)
        y -= 15
    y -= 4
    put(352, "合计", 8)
    put(564 - b8_docs.cjk_width(en(total), 8), en(total), 8)
    y -= 24
    put(40, "说明：以上单价为每千只价格；交货期：下单后7-10天；送货至东莞/深圳仓库，运费我司承担。", 8)
    y -= 30
    put(40, "制单人：何小燕", 8)
    put(230, "审核人：林志强", 8)
    put(460, "第 1 页 共 1 页", 8)
    pdf = b8_docs.cjk_pdf([lines], "XSBJ-2026-0042")
    text = """王先生：

您好！附件为贵司询价的包装材料报价单（用友系统导出），请查收。如有疑问请随时联系。

何小燕
东莞市精诚包装制品有限公司 业务部
电话：0769-8231 5570  手机：139 2295 0381"""
    items = [item(pid, name, code, dec(float(price) / 1000), "CNY", "pcs", quantity=str(qty * 1000))
             for pid, code, name, spec, qty, price in JC_LINES]
    return mail("b9-jc-u8", "2026-02-26T09:40:00+08:00", "jingcheng", "pdf-zh-yonyou-u8-per-thousand",
                "pdf", "quote", JINGCHENG, WANG, "精诚包装报价单XSBJ-2026-0042", items, charset="gb18030", text=text,
                attachments=[(pdf, "application/pdf", "XSBJ-2026-0042.pdf")],
                notes="用友 U8 销售报价单 PDF (one Identity-H font): 主计量 `千只`, 无税单价 and 含税单价 per thousand, "
                      "价税合计; the item is the tax-excluded price of one piece (1,850.00/千只 = 1.85). Quantity "
                      "20 千只 = 20000.")


def jingcheng_per_thousand_prose():
    text = """王先生：

您好！PE自封袋（JC-PB2030 20×30cm）我们和工厂谈好了，每千只82元（不含税），比上次便宜4元。
纸箱暂时不能降，原材料还在涨。

何小燕
东莞市精诚包装制品有限公司"""
    items = [item("jc-pb", "PE自封袋", "JC-PB2030", "0.082", "CNY", "pcs")]
    return mail("b9-jc-prose", "2026-04-07T14:20:00+08:00", "jingcheng", "prose-zh-mei-qian-zhi",
                "prose", "quote", JINGCHENG, WANG, "自封袋价格", items, charset="gb18030", text=text,
                notes="`每千只82元（不含税）`: 0.082 CNY per piece; `便宜4元` is a difference, no price.")


# ------------------------------------------------------------------ Ningbo Sunrise: revised twice

SR_GOODS = [("sr-pl3060", "SR-PL3060-24W", "LED panel light 300x600 24W 4000K", "9.60", "9.60", "9.60"),
            ("sr-pl6060", "SR-PL6060-40W", "LED panel light 600x600 40W 4000K", "14.50", "13.90", "13.20"),
            ("sr-tb120", "SR-TB120-18W", "LED tube T8 1200mm 18W", "1.85", "1.85", "1.85"),
            ("sr-dl6", "SR-DL6-12W", "LED downlight 6\" 12W", "3.40", "3.25", "3.25"),
            ("sr-hb150", "SR-HB150", "UFO high bay 150W IP65", "31.00", "29.50", "27.80"),
            ("sr-fl50", "SR-FL50", "LED flood light 50W IP66", "8.90", "8.90", "8.90")]

SR_SIGN = """Best regards,
Vivian Ye | Sales Manager
Ningbo Sunrise Lighting Co., Ltd. | Cixi, Ningbo, Zhejiang
Tel: +86 574 6356 2280 | WhatsApp: +86 186 5742 0931"""


def sunrise_rev0():
    rows = [(str(k), model, desc, "3 years", p0, "500" if "PL" in model else "1000")
            for k, (_, model, desc, p0, _, _) in enumerate(SR_GOODS, 1)]
    html = ("<p>Dear Kadri,</p><p>Thanks for your inquiry. Please check our offer (FOB Ningbo):</p>"
            + item_table(["No.", "Model", "Description", "Warranty", "Unit Price (USD/pc)", "MOQ (pcs)"], rows)
            + "<p>Payment: 30% deposit, balance before shipment. Delivery 25-30 days.</p><pre>" + SR_SIGN + "</pre>")
    items = [item(pid, desc, model, p0, "USD", "pcs") for pid, model, desc, p0, _, _ in SR_GOODS]
    return mail("b9-sr-r0", "2026-02-09T10:30:00+08:00", "sunrise", "html-en-quote-rev0", "html-table", "quote",
                SUNRISE, KADRI, "Quotation SRL-Q2602-031 LED lighting", items, html=html_doc(html),
                notes="First of a thread revised twice: six LED items, `Unit Price (USD/pc)`, MOQ column.")


def sunrise_rev1():
    page = b3_docs.Page()
    page.text("NINGBO SUNRISE LIGHTING CO., LTD.", size=14, bold=True, dy=18)
    page.text("No. 77 Xinxing Road, Cixi, Ningbo 315300, China   Tel +86 574 6356 2280", size=8)
    page.gap(10)
    page.text("QUOTATION SRL-Q2602-031  REV.1", size=12, bold=True, dy=16)
    page.text("Date: 16 Feb 2026     To: Baltic Gate Trading OU, Tallinn     Terms: FOB Ningbo", size=9)
    page.gap(8)
    xs = [50, 75, 170, 420, 520]
    page.row(["No.", "Model", "Description", "USD/pc", "Remark"], xs, bold=True, right=(3,))
    for k, (_, model, desc, p0, p1, _) in enumerate(SR_GOODS, 1):
        page.row([str(k), model, desc, p1, "revised" if p1 != p0 else ""], xs, right=(3,))
    page.gap(10)
    page.text("Prices valid 30 days. All other terms as our offer of 9 Feb 2026.", size=8)
    text = f"""Dear Kadri,

Attached please find our Rev.1 quotation. We revised 3 items as you requested (marked "revised").

{SR_SIGN}"""
    items = [item(pid, desc, model, p1, "USD", "pcs") for pid, model, desc, _, p1, _ in SR_GOODS]
    return mail("b9-sr-r1", "2026-02-16T15:05:00+08:00", "sunrise", "pdf-en-quote-rev1-remark-column", "pdf",
                "quote", SUNRISE, KADRI, "RE: Quotation SRL-Q2602-031 LED lighting - REV.1", items, text=text,
                attachments=[(page.build("SRL-Q2602-031 REV.1"), "application/pdf", "SRL-Q2602-031 REV.1.pdf")],
                notes="Rev.1: the whole list again as a one-page PDF, `USD/pc` header, a Remark column "
                      "`revised` on three rows; every row is an item.")


def sunrise_rev2():
    text = f"""Hi Kadri,

Rev.2 - after checking with our boss we can only improve two items:

item 2  SR-PL6060-40W  LED panel 600x600  now USD 13.20/pc  (Rev.1: 13.90)
item 5  SR-HB150       UFO high bay 150W  now USD 27.80/pc  (Rev.1: 29.50)

All other prices as Rev.1. This is really our best, hope we can start the cooperation.

{SR_SIGN}

-----Original Message-----
From: Kadri Tamm <kadri.tamm@balticgate.ee>
Sent: Wednesday, February 18, 2026 4:12 PM
To: Vivian Ye <vivian@sunrise-led.com>
Subject: RE: Quotation SRL-Q2602-031 LED lighting - REV.1

Hi Vivian,

Thanks for Rev.1. Still two items are far from our target:
SR-PL6060-40W  our target USD 12.80
SR-HB150       our target USD 26.50
Can you check again?

{OUR_SIGNATURE}"""
    items = [item("sr-pl6060", "LED panel 600x600", "SR-PL6060-40W", "13.20", "USD", "pcs"),
             item("sr-hb150", "UFO high bay 150W", "SR-HB150", "27.80", "USD", "pcs")]
    return mail("b9-sr-r2", "2026-02-20T09:50:00+08:00", "sunrise", "text-en-rev2-two-items-over-quoted-targets",
                "text-table", "quote", SUNRISE, KADRI, "RE: Quotation SRL-Q2602-031 LED lighting - REV.2", items,
                text=text,
                notes="Rev.2 changes only two items (`now USD 13.20/pc  (Rev.1: 13.90)`); our targets quoted "
                      "below (`-----Original Message-----`) are no items; the other four stay at Rev.1.")


# ------------------------------------------------------------------ Wenzhou Ouli: matrix, one sheet per family

OL_SIZES = [("DN15", "1/2\""), ("DN20", "3/4\""), ("DN25", "1\""), ("DN32", "1-1/4\""), ("DN40", "1-1/2\""),
            ("DN50", "2\"")]
OL_MATRIX = {"Brass": ["2.85", "3.90", "5.60", "8.95", "12.40", "19.80"],
             "SS304": ["4.20", "5.75", "8.30", "13.60", "18.90", "29.50"],
             "SS316": ["5.10", "6.95", "10.20", "16.80", "23.40", "36.60"]}
OL_SIGN = """Best regards,
Tony Chen
Wenzhou Ouli Valve Co., Ltd. | Oubei Industrial Zone, Yongjia, Wenzhou
Tel: +86 577 6799 3120 | Mob: +86 135 6776 0288"""


def ouli_matrix_html():
    head = "".join(th(h) for h in ("Size", "Brass", "SS304", "SS316"))
    rows = [head]
    for k, (dn, inch) in enumerate(OL_SIZES):
        rows.append("".join(td(c) for c in (f"{dn} ({inch})", *(OL_MATRIX[m][k] for m in OL_MATRIX))))
    html = ("<p>Dear Kadri,</p><p>As requested, price for our 2PC ball valve, full bore, PN40, BSP thread, "
            "lever handle. FOB Wenzhou, <b>USD per piece</b>:</p>" + table(rows) +
            "<p>Brass body CW617N nickel plated; SS304 = CF8, SS316 = CF8M investment casting. "
            "MOQ 200 pcs per size. Delivery 30 days.</p><pre>" + OL_SIGN + "</pre>")
    items = []
    for mat, prices in OL_MATRIX.items():
        for (dn, _), p in zip(OL_SIZES, prices):
            items.append(item(f"ol-bv-{mat.lower()}-{dn.lower()}", f"Ball valve 2PC {mat}", dn, p, "USD", "pcs",
                              size_model=True))
    return mail("b9-ol-matrix", "2026-03-04T11:00:00+08:00", "ouli", "html-en-size-by-material-matrix",
                "html-table", "quote", OULI, KADRI, "2PC ball valve price - brass / SS304 / SS316", items,
                html=html_doc(html),
                notes="A price matrix: rows are sizes `DN15 (1/2\")`, columns materials Brass / SS304 / SS316; the "
                      "product (2PC ball valve) and `USD per piece` only in the sentence above. Each cell is an "
                      "item: product `Ball valve 2PC <material>`, model the size (size_model).")


OL_FAMILIES = [("Gate Valves", "Gate valve Z45X-16 ductile iron, resilient seat",
                [("OL-GV-DN50", "DN50", "38.50"), ("OL-GV-DN80", "DN80", "56.20"), ("OL-GV-DN100", "DN100", "71.80")]),
               ("Check Valves", "Swing check valve H44H-16C cast steel",
                [("OL-CV-DN50", "DN50", "61.40"), ("OL-CV-DN80", "DN80", "92.60"),
                 ("OL-CV-DN100", "DN100", "124.00")]),
               ("Butterfly Valves", "Wafer butterfly valve D71X-16, lever",
                [("OL-BF-DN50", "DN50", "19.90"), ("OL-BF-DN80", "DN80", "25.40"),
                 ("OL-BF-DN100", "DN100", "31.20")])]


def ouli_sheets_per_family():
    sheets = []
    items = []
    for name, desc, rows in OL_FAMILIES:
        sheet_rows = [[f"WENZHOU OULI VALVE CO., LTD. - PRICE LIST 2026 - {name.upper()}"],
                      ["FOB Wenzhou, valid until 30 June 2026"], [],
                      ["Item No.", "Description", "Size", "Unit Price (USD)", "MOQ (pcs)", "Weight (kg)"]]
        for code, size, price in rows:
            sheet_rows.append([code, desc, size, ("n", price), ("n", "50"), ("n", "9.5")])
            items.append(item(code.lower(), desc, code, price, "USD", ""))
        sheets.append({"name": name, "rows": sheet_rows})
    sheets.append({"name": "Terms", "rows": [["Payment: 30% T/T deposit, 70% before shipment"],
                                              ["Packing: export carton on pallet"], ["Bank: Bank of China Wenzhou"]]})
    book = b7_docs.xlsx_book(sheets)
    text = f"""Dear Kadri,

Please find our 2026 price list for gate, check and butterfly valves attached, one sheet per product line.

{OL_SIGN}"""
    return mail("b9-ol-sheets", "2026-04-15T10:10:00+08:00", "ouli", "xlsx-one-sheet-per-product-family",
                "xlsx", "quote", OULI, KADRI, "Ouli price list 2026 - gate / check / butterfly valves", items,
                text=text, attachments=[(book, b8_docs.XLSX_MIME, "Ouli_PriceList_2026.xlsx")],
                notes="One sheet per product family (Gate Valves, Check Valves, Butterfly Valves) with the same "
                      "columns, and a Terms sheet; no unit stated (`MOQ (pcs)` is not the price's unit).")


# ------------------------------------------------------------------ Zhangjiagang Huaxin: options, words, PI

HX_SIGN = """Best regards,
Kevin Zhang | Overseas Sales
Zhangjiagang Huaxin Machinery Co., Ltd. | Leyu Town, Zhangjiagang, Jiangsu
Tel: +86 512 5867 1190 | WhatsApp: +86 139 1562 8804"""


def huaxin_options():
    text = f"""Dear Kadri,

Thank you for your inquiry for PET bottle blowing machines. According to your output (1,500 - 4,000 bph,
0.5L - 1.5L bottles) we recommend two options:

Option A: Semi-automatic blow moulding machine HX-SA2, 2 cavities, output 1,200-1,500 bph
  Price: USD 12,500.00/set FOB Shanghai
  (SAY U.S. DOLLARS TWELVE THOUSAND FIVE HUNDRED ONLY)

Option B: Full-automatic blow moulding machine HX-FA4, 4 cavities, output 3,800-4,200 bph, servo stretching
  Price: USD 38,600.00/set FOB Shanghai
  (SAY U.S. DOLLARS THIRTY-EIGHT THOUSAND SIX HUNDRED ONLY)

Bottle mould: USD 1,800.00 per bottle design (one-off, 2 cavities) / USD 3,200.00 (4 cavities)
Installation: our engineer's round-trip air tickets, hotel and USD 100/day are on buyer's account.
Air compressor and chiller are not included, we can quote if needed.

Delivery: 35 days (A) / 50 days (B) after deposit. Payment: 30% T/T deposit, 70% before shipment.

{HX_SIGN}"""
    items = [item("hx-sa2", "Semi-automatic blow moulding machine", "HX-SA2", "12500.00", "USD", "set"),
             item("hx-fa4", "Full-automatic blow moulding machine", "HX-FA4", "38600.00", "USD", "set")]
    return mail("b9-hx-opt", "2026-01-26T16:20:00+08:00", "huaxin", "text-en-option-a-b-machines-say-words",
                "prose", "quote", HUAXIN, KADRI, "Quotation for PET blowing machine - 2 options", items, text=text,
                notes="Two alternatives `Option A` / `Option B`, each an item (`USD 12,500.00/set`, with the "
                      "amount in words below); the mould cost per design, the engineer's USD 100/day and "
                      "tickets are one-off charges, no items.")


def huaxin_pi_docx():
    rows = [["No.", "Description", "Model", "Qty", "Unit Price (USD)", "Amount (USD)"],
            ["1", "Full-automatic PET blow moulding machine, 4 cavities, servo stretching", "HX-FA4", "1 set",
             "37,900.00", "37,900.00"],
            ["2", "Bottle mould 1.5L, 4 cavities (one-off)", "M-150-4", "1 set", "3,200.00", "3,200.00"],
            ["", "TOTAL FOB SHANGHAI", "", "", "", "41,100.00"]]
    doc = b3_docs.docx(["ZHANGJIAGANG HUAXIN MACHINERY CO., LTD.", "PROFORMA INVOICE  No. HX-PI-260305",
                        "Date: 5 March 2026     Buyer: Baltic Gate Trading OU, Peterburi tee 46, Tallinn, Estonia",
                        rows,
                        "SAY TOTAL: U.S. DOLLARS FORTY-ONE THOUSAND ONE HUNDRED ONLY.",
                        "Unit price of the machine: U.S. Dollars Thirty-Seven Thousand Nine Hundred only per set.",
                        "Payment: 30% T/T deposit, 70% T/T before shipment. Delivery: 50 days after deposit.",
                        "Beneficiary bank: Bank of Communications Zhangjiagang Branch, SWIFT COMMCNSHZJG"])
    text = f"""Dear Kadri,

Congratulations on choosing Option B! Attached is the PI as agreed (USD 700 discount on the machine).
Please sign and arrange the deposit.

{HX_SIGN}"""
    items = [item("hx-fa4", "Full-automatic PET blow moulding machine, 4 cavities, servo stretching", "HX-FA4",
                  "37900.00", "USD", "set", "agreed", quantity="1")]
    return mail("b9-hx-pi", "2026-03-05T10:45:00+08:00", "huaxin", "docx-en-proforma-mould-line-words",
                "docx", "quote", HUAXIN, KADRI, "PI HX-PI-260305 - PET blowing machine", items,
                kind_alt=("contract", "order"), text=text,
                attachments=[(doc, b8_docs.DOCX_MIME, "HX-PI-260305.docx")],
                notes="Proforma invoice DOCX (agreed): the machine at 37,900.00 (also in words below); the "
                      "bottle mould line is a one-off charge (no item); total and amount in words.")


# ------------------------------------------------------------------ Yuyao Jiahe: mould cost and sample fee

JH_SIGN = """Best regards,
Rita Xu
Yuyao Jiahe Mould & Plastic Co., Ltd. | Simen Town, Yuyao, Ningbo
Tel: +86 574 6218 4406 | Skype: rita.jiahe"""


def jiahe_mould_columns():
    parts = [("jh-cap28", "JH-CAP28", "Flip-top cap 28/410", "PP", "3.2g", "0.021", "5,600.00", "1x16"),
             ("jh-pump24", "JH-PMP24", "Lotion pump 24/410, 2cc", "PP/PE", "8.5g", "0.086", "14,800.00", "1x8"),
             ("jh-jar50", "JH-JAR50", "Cosmetic jar 50ml double wall", "PP/AS", "32g", "0.245", "9,200.00", "1x4")]
    rows = [(code, name, mat, w, price, mould, cav) for _, code, name, mat, w, price, mould, cav in parts]
    html = ("<p>Dear Kadri,</p><p>Thanks for the drawings. Our quotation as below:</p>"
            + item_table(["Part No.", "Part", "Material", "Weight", "Unit Price (USD/pc)", "Mould Cost (USD)",
                          "Cavities"], rows)
            + "<p>1. Mould cost is one-off, 50% with order, 50% after T1 sample approval; mould life 500K shots."
            "<br>2. Sample fee USD 150.00 per part incl. express, refundable with the first order."
            "<br>3. Unit prices EXW Yuyao, MOQ 50,000 pcs per part, colour matched to Pantone.</p><pre>"
            + JH_SIGN + "</pre>")
    items = [item(pid, name, code, price, "USD", "pcs") for pid, code, name, _, _, price, _, _ in parts]
    return mail("b9-jh-mould", "2026-02-12T14:00:00+08:00", "jiahe", "html-en-unit-price-and-mould-cost-columns",
                "html-table", "quote", JIAHE, KADRI, "Quotation - caps, pump, jar with moulds", items,
                html=html_doc(html),
                notes="Unit prices beside a `Mould Cost (USD)` column (one-off tooling, no item), a weight "
                      "column `3.2g`, cavities `1x16`; the sample fee USD 150.00 is no item.")


def jiahe_mould_only():
    text = f"""Dear Kadri,

For the new spray cap JH-SPC24 (your drawing SC-24-02):

Mould cost: USD 4,200.00 (1x4 cavities, P20 steel, hot runner +USD 1,100.00)
Sample fee: USD 80.00 incl. DHL
Mould making time: 35 days, T1 samples 5 days later.

The unit price we will confirm after T1 sample, as the weight is not final yet. Estimated about 3.0-3.5 g.

{JH_SIGN}"""
    return mail("b9-jh-mould-only", "2026-05-06T10:30:00+08:00", "jiahe", "text-en-mould-cost-and-sample-fee-only",
                "prose", "quote", JIAHE, KADRI, "JH-SPC24 spray cap - mould cost", [], kind_alt=("other",),
                text=text,
                notes="Only one-off charges (mould, hot runner, sample fee) and no unit price (`will confirm "
                      "after T1`): no items.")


# ------------------------------------------------------------------ Ningbo Jintai: per 100 / per 1000

JT_SIGN = """Best regards,
Sandy Wu | Ningbo Jintai Fasteners Co., Ltd.
Zhenhai, Ningbo | Tel: +86 574 8630 7719 | Mob: +86 137 3842 5516"""


def jintai_per_hundred_text():
    text = f"""Hi Kadri,

Here our prices, FOB Ningbo, packed 1000pcs/box:

1) DIN912 M6x20 12.9 black oxide     USD 18.50 per 1000 pcs
2) DIN912 M8x25 12.9 black oxide     USD 34.20 per 1000 pcs
3) DIN985 M8 nylon lock nut, zinc    USD 4.80/100pcs
4) DIN125 M8 flat washer, zinc       USD 0.95/100pcs

MOQ 50,000 pcs per item (mixed sizes ok). Delivery 20 days.

{JT_SIGN}"""
    items = [item("jt-912-m6", "DIN912 12.9 black oxide", "DIN912 M6x20", "0.0185", "USD", "pcs"),
             item("jt-912-m8", "DIN912 12.9 black oxide", "DIN912 M8x25", "0.0342", "USD", "pcs"),
             item("jt-985-m8", "nylon lock nut, zinc", "DIN985 M8", "0.048", "USD", "pcs"),
             item("jt-125-m8", "flat washer, zinc", "DIN125 M8", "0.0095", "USD", "pcs")]
    return mail("b9-jt-text", "2026-01-15T09:15:00+08:00", "jintai", "text-en-per-1000-and-per-100pcs",
                "text-table", "quote", JINTAI, KADRI, "Price DIN912 / DIN985 / DIN125", items, text=text,
                notes="Numbered lines `USD 18.50 per 1000 pcs` and `USD 4.80/100pcs`: the item is the price of one "
                      "piece (0.0185, 0.048); `1000pcs/box` packing and MOQ are no price units.")


JT_ROWS = [("jt-933-m10", "DIN933", "M10x30", "8.8 zinc", "62.00", "1000"),
           ("jt-933-m12", "DIN933", "M12x40", "8.8 zinc", "108.50", "1000"),
           ("jt-934-m10", "DIN934", "M10", "8 zinc", "14.20", "1000"),
           ("jt-127-m10", "DIN127", "M10", "spring steel zinc", "3.60", "100"),
           ("jt-7985-m5", "DIN7985", "M5x12", "4.8 zinc", "1.95", "100")]


def jintai_price_unit_xlsx():
    rows = [[("NINGBO JINTAI FASTENERS CO., LTD.", b8_docs.BOLD)],
            ["Quotation JT-2604-17   Date: 2026-04-21   FOB Ningbo"], [],
            ["Standard", "Size", "Grade / Finish", "Price (USD)", "Price unit", "Qty (pcs)", "Packing"]]
    for _, std, size, grade, price, per in JT_ROWS:
        rows.append([std, size, grade, ("n", price), f"per {int(per):,} pcs", ("n", "100000", 0),
                     "25kg carton"])
    rows += [[], ["Remark: prices per price unit as stated; MOQ 1 ton per item."]]
    book = b8_docs.styled_xlsx(rows, sheet="Quotation", merges=("A1:G1",), widths=(10, 9, 18, 12, 14, 10, 12))
    text = f"""Hi Kadri,

Please see attached the quotation for the hex bolts / nuts / washers.

{JT_SIGN}"""
    items = [item(pid, f"{std} {grade}", f"{std} {size}", net(price, 0, per), "USD", "pcs", quantity="100000")
             for pid, std, size, grade, price, per in JT_ROWS]
    return mail("b9-jt-xlsx", "2026-04-21T16:00:00+08:00", "jintai", "xlsx-price-unit-column-per-1000-per-100",
                "xlsx", "quote", JINTAI, KADRI, "Quotation JT-2604-17", items, text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "JT-2604-17.xlsx")],
                notes="A `Price unit` column `per 1,000 pcs` / `per 100 pcs` beside a bare `Price (USD)`: the "
                      "item is per piece (62.00 per 1,000 = 0.062).")


SCENARIOS = [haixin_odoo_quote, haixin_forwarded_optional, haixin_reminder, huali_kingdee_xlsx,
             huali_discount_revision, jingcheng_u8_pdf, jingcheng_per_thousand_prose, sunrise_rev0, sunrise_rev1,
             sunrise_rev2, ouli_matrix_html, ouli_sheets_per_family, huaxin_options, huaxin_pi_docx,
             jiahe_mould_columns, jiahe_mould_only, jintai_per_hundred_text, jintai_price_unit_xlsx]

"""Mainland China: a valve factory, a fastener maker, an electronics supplier, a packaging
plant (our suppliers) and a domestic buyer (our customer)."""

from decimal import Decimal

import pe_docs as docs
from pe_common import CHEN, HELEN, KEVIN_ZH, LINA, LIU, WANG, ZHAO, I, dt, new_mail
from pe_fmt import cn_upper, num
from pe_mail import Quoted
from pe_tables import Col, Fmt, csv_text, html_table, text_table, total_of

D = Decimal
CN = Fmt(style="us")

SIG_WANG = """王建国
浙江永盛阀门有限公司  销售部
电话：0577-6718 8801   传真：0577-6718 8802
手机：138 5777 0123
地址：浙江省永嘉县瓯北镇阀门工业区东瓯路9号"""


def valve(model, size, price, qty=None, name="球阀", unit_doc="只", remark=""):
    unit = {"只": "pcs", "台": "set", "个": "pcs"}[unit_doc]
    return I(name, f"{model} {size}", unit_doc, unit, price, "CNY", qty, remark=remark)


def yongsheng(ctx):
    cols = [Col("序号", "idx"), Col("品名", "product"), Col("规格型号", "model"), Col("单位", "unit"),
            Col("数量", "qty", "r"), Col("单价(元)", "price", "r"), Col("金额(元)", "amount", "r"),
            Col("备注", "remark")]
    items = [valve("Q41F-16C", "DN25", "68.00", 200, remark="WCB阀体"),
             valve("Q41F-16C", "DN50", "118.00", 150, remark="WCB阀体"),
             valve("Q41F-16C", "DN80", "205.00", 60, remark="WCB阀体"),
             valve("Z41H-16C", "DN100", "486.00", 40, name="闸阀", unit_doc="台"),
             valve("J41H-25", "DN50", "245.00", 30, name="截止阀")]
    total = total_of(items)
    table = text_table(cols, items, CN, [("合计", total)], style="spaces")
    body1 = [
        "吴经理：\n    您好！\n    感谢贵司询价，现将我司产品报价如下（报价单号：QT-YS250218）：",
        ("table", table, None),
        f"合计金额（大写）：{cn_upper(total)}\n\n"
        "说明：\n1. 以上价格含13%增值税，含运费（送到宁波北仑）。\n2. 交货期：收到预付款后25天。\n"
        "3. 付款方式：30%预付，70%发货前付清。\n4. 报价有效期：30天。\n\n如有疑问请随时联系，谢谢！",
        SIG_WANG,
    ]
    ctx.add(new_mail("ys-q1", dt("2025-02-18 10:32"), WANG, [HELEN], "报价单-QT-YS250218 球阀、闸阀、截止阀（信威）",
                     body1, client="foxmail", charset="gbk", text_only=True, lang="zh"),
            "yongsheng", "zh-text-aligned", "quote", items,
            notes="GBK text/plain only; columns aligned with spaces by display width; 合计 row.")

    rev = [I("", "Q41F-16C DN50", "", "", "112.00", "CNY"), I("", "Q41F-16C DN80", "", "", "196.00", "CNY")]
    body2 = [
        "吴经理您好：\n\n根据贵司反馈的采购数量，我司对QT-YS250218报价中的部分型号单价做如下调整：",
        ("pre", "Q41F-16C DN50   单价由118.00元调整为112.00元\nQ41F-16C DN80   单价由205.00元调整为196.00元"),
        "其余型号价格不变，其他条款同原报价。\n请确认，谢谢！",
        "王建国\n浙江永盛阀门有限公司\n0577-6718 8801",
        ("quote", Quoted(WANG, [HELEN], dt("2025-02-18 10:32"), "报价单-QT-YS250218 球阀、闸阀、截止阀（信威）",
                         body1[:1] + ["（原报价表略）"], "zh")),
    ]
    ctx.add(new_mail("ys-rev", dt("2025-03-05 09:15"), WANG, [HELEN], "回复：报价单-QT-YS250218 价格调整",
                     body2, client="foxmail", charset="gb2312", reply_to="ys-q1", lang="zh"),
            "yongsheng", "revision-model-only", "quote", rev,
            notes="Revision naming only model+size; the old price in the same sentence must not count.")

    notice_cols = [Col("品名", "product"), Col("型号规格", "model"), Col("单位", "unit"), Col("现行单价(元)", "old", "r")]
    n_items = []
    for name, model, unit_doc, old in (("球阀", "Q41F-16C DN25", "只", "68.00"), ("球阀", "Q41F-16C DN50", "只", "112.00"),
                                       ("球阀", "Q41F-16C DN65", "只", "156.00"), ("球阀", "Q41F-16C DN80", "只", "196.00"),
                                       ("闸阀", "Z41H-16C DN100", "台", "486.00"), ("闸阀", "Z41H-16C DN150", "台", "860.00")):
        it = I(name, model, unit_doc, {"只": "pcs", "台": "set"}[unit_doc], D(old) * D("1.05"), "CNY")
        it.old_price = D(old)
        n_items.append(it)
    body3 = [
        "各位客户：\n\n    近期原材料（铸钢、不锈钢、铜材）价格持续上涨，经公司研究决定，自2025年7月1日起，"
        "下列产品出厂价格在现行价格基础上上调5%：",
        ("table", text_table(notice_cols, n_items, CN, style="spaces", indent="    "), None),
        "    调整后单价保留两位小数（四舍五入）。2025年7月1日前已签订合同的订单仍按原价执行。\n"
        "    感谢各位客户长期以来的支持与理解！\n\n    特此通知。",
        "                                        浙江永盛阀门有限公司\n                                        2025年6月20日",
    ]
    ctx.add(new_mail("ys-notice", dt("2025-06-20 16:05"), WANG, [HELEN], "关于部分产品价格上调的通知",
                     body3, client="foxmail", charset="gbk", lang="zh"),
            "yongsheng", "notice-percent-zh", "price-notice", n_items, status="notice", kind_alt=("quote",),
            notes="上调5% on a named list with current prices; truth = current x 1.05.")

    # Invoice and delivery note: prices shown, none of them are quotes.
    dn_cols = [Col("序号", "idx"), Col("品名", "product"), Col("规格型号", "model"), Col("单位", "unit"),
               Col("数量", "qty", "r"), Col("单价", "price", "r"), Col("金额", "amount", "r")]
    dn_items = [valve("Q41F-16C", "DN50", "117.60", 100), valve("Q41F-16C", "DN80", "205.80", 40)]
    dn_total = total_of(dn_items)
    xlsx = docs.xlsx_quote({
        "sheet": "送货单", "letterhead": [("浙江永盛阀门有限公司", 16, True), ("送 货 单", 14, True)],
        "info": [("收货单位：", "宁波信威工业供应有限公司"), ("订单号：", "PO-SW2508-031"), ("送货日期：", "2025-09-10")],
        "info_right": [("单号：", "SH-20250910-07")], "cols": dn_cols, "items": dn_items, "fmt": CN,
        "footer": [("合计", dn_total)], "notes": ["收货人签字：__________    送货人：__________"],
        "date": "2025-09-10", "author": "仓库"})
    body4 = [
        "吴经理：\n您好！贵司订单PO-SW2508-031项下货物已于今日发出（德邦物流，运单号 7765 3321 0988），"
        "送货单见附件。\n增值税专用发票已开具，随货同行：\n发票号码：33021458  开票日期：2025-09-10\n"
        f"金额：￥{num(dn_total / D('1.13'), 'us')}  税额：￥{num(dn_total - dn_total / D('1.13'), 'us')}  "
        f"价税合计：￥{num(dn_total, 'us')}\n请查收，谢谢！",
        SIG_WANG,
    ]
    ctx.add(new_mail("ys-invoice", dt("2025-09-10 15:40"), WANG, [HELEN], "发票及送货单 PO-SW2508-031",
                     body4, client="foxmail", charset="gbk", lang="zh",
                     attachments=[(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "送货单SH-20250910-07.xlsx")]),
            "yongsheng", "invoice-delivery-zh", "invoice", [],
            notes="Invoice + delivery note with unit prices: nothing here is a quote.")

    inquiry = [
        "王经理：\n您好！请报以下产品价格（含税含运，送宁波北仑）：\n"
        "1. 闸阀 Z41H-16C DN150  20台\n2. 止回阀 H44H-16C DN80  50只\n"
        "参考贵司2月份报价如下，请一并确认现行价格。谢谢！",
        "吴海伦\n宁波信威工业供应有限公司 采购部\n0574-86882320",
        ("quote", Quoted(WANG, [HELEN], dt("2025-02-18 10:32"), "报价单-QT-YS250218 球阀、闸阀、截止阀（信威）",
                         body1[:3], "zh")),
    ]
    ctx.add(new_mail("ys-inq", dt("2025-10-30 11:20"), HELEN, [WANG], "询价：闸阀、止回阀", inquiry,
                     client="foxmail", charset="gbk", reply_to="ys-q1", lang="zh"),
            "yongsheng", "inquiry-with-quoted-quote", "inquiry", [],
            notes="Our inquiry quoting the supplier's February quote: no prices may be read.")

    fresh = [valve("Z41H-16C", "DN150", "903.00", 20, name="闸阀", unit_doc="台"),
             valve("H44H-16C", "DN80", "327.60", 50, name="止回阀")]
    fresh_cols = [Col("序号", "idx"), Col("品名", "product"), Col("型号", "model"), Col("数量", "qty", "r"),
                  Col("单位", "unit"), Col("含税单价", "price", "r"), Col("金额", "amount", "r")]
    body5 = [
        "吴经理：\n您好！报价如下：",
        ("table", text_table(fresh_cols, fresh, CN, [("合计", total_of(fresh))], style="tabs"), None),
        "以上价格含13%增值税及运费，交期30天，有效期至2025年11月30日。",
        "王建国 13857770123",
        ("quote", Quoted(HELEN, [WANG], dt("2025-10-30 11:20"), "询价：闸阀、止回阀", inquiry, "zh")),
    ]
    ctx.add(new_mail("ys-reply", dt("2025-11-03 08:47"), WANG, [HELEN], "回复：询价：闸阀、止回阀", body5,
                     client="foxmail", charset="gbk", reply_to="ys-inq", lang="zh"),
            "yongsheng", "reply-quoted-zh", "quote", fresh,
            notes="Fresh tab-separated quote above an inquiry that itself quotes the February quote.")

    promo = [I("球阀", "Q41F-16C DN50", "只", "pcs", "98.00", "CNY"), I("闸阀", "Z41H-16C DN100", "台", "set", "455.00", "CNY")]
    promo_html = html_table([Col("产品", "product"), Col("型号", "model"), Col("促销价(元)", "price", "r")], promo, CN,
                            flavor="plain")
    body6 = ["永盛阀门 2025 秋季促销", "尊敬的客户：金秋十月，永盛阀门部分库存产品特价促销，数量有限，售完即止！",
             ("table", "球阀 Q41F-16C DN50  促销价 98.00元\n闸阀 Z41H-16C DN100  促销价 455.00元", promo_html),
             "活动时间：2025年10月10日-10月31日。\n退订请回复TD。"]
    ctx.add(new_mail("ys-news", dt("2025-10-09 09:00"), ("永盛阀门", "news@yongsheng-valve.com"),
                     [("", "purchase@sinoway-supply.com")], "永盛阀门2025秋季促销｜球阀低至98元", body6,
                     client="webmail", charset="utf-8", lang="zh", html_only=True,
                     extra_headers=[("List-Id", "<promo.yongsheng-valve.com>"), ("Precedence", "bulk"),
                                    ("List-Unsubscribe", "<mailto:unsubscribe@yongsheng-valve.com>")]),
            None, "newsletter-zh", "other", [], notes="Bulk newsletter with promotional prices: archived unmatched, no items.")


def huatai(ctx):
    cols = [Col("序号", "idx"), Col("产品名称", "product"), Col("规格", "model"), Col("材质/等级", "extra:grade"),
            Col("表面处理", "extra:finish"), Col("单位", "unit"), Col("单价(元)", "price", "r"), Col("备注", "remark")]
    kg = "公斤"
    items = [I("外六角螺栓", "M12×50", kg, "kg", "12.80", "CNY", None, remark="GB/T5782", grade="8.8级", finish="热镀锌"),
             I("外六角螺栓", "M16×80", kg, "kg", "12.60", "CNY", None, remark="GB/T5782", grade="8.8级", finish="热镀锌"),
             I("六角螺母", "M12", kg, "kg", "13.20", "CNY", None, remark="GB/T6170", grade="8级", finish="热镀锌"),
             I("平垫圈", "Φ12", kg, "kg", "11.60", "CNY", None, remark="GB/T97.1", grade="200HV", finish="热镀锌"),
             I("膨胀螺栓", "M10×100", "套", "set", "0.65", "CNY", None, remark="含螺母垫片", grade="Q235", finish="镀锌"),
             I("膨胀螺栓", "M12×120", "套", "set", "0.98", "CNY", None, grade="Q235", finish="镀锌")]
    csv = csv_text(cols, items, CN, ",", preamble=[["温州华泰紧固件有限公司报价单"] + [""] * 7,
                                                   ["客户：宁波信威工业供应有限公司", "", "", "", "报价日期：2025-01-15", "", "", ""]])
    csv += ",,,,,,,\r\n注：以上价格含税不含运费；起订量每规格500公斤。,,,,,,,\r\n联系电话：0577-8655 3210,,,,,,,\r\n"
    body = ["吴小姐：\n您好！附件是我司最新报价单，请查收。价格有效期到2月底，春节后原材料可能上涨，有需要请尽早下单。",
            "陈晓燕\n温州华泰紧固件有限公司\n手机/微信：13968812255"]
    ctx.add(new_mail("ht-csv", dt("2025-01-15 14:02"), CHEN, [HELEN], "华泰紧固件报价", body, client="webmail",
                     charset="gb2312", lang="zh",
                     attachments=[(csv.encode("gbk"), "text/csv", "华泰紧固件报价单20250115.csv")]),
            "huatai", "csv-gbk", "quote", items, notes="GBK CSV, title rows above the header, no quantity column.")

    x_cols = [Col("序号", "idx"), Col("品名", "product"), Col("规格", "model"), Col("等级", "extra:grade"),
              Col("单位", "unit"), Col("数量", "qty", "r"), Col("单价(元)", "price", "r"), Col("金额(元)", "amount", "r"),
              Col("备注", "remark")]
    x_items = [I("内六角圆柱头螺钉", "M8×25", "件", "pcs", "0.185", "CNY", 20000, grade="12.9级"),
               I("内六角圆柱头螺钉", "M10×30", "件", "pcs", "0.32", "CNY", 10000, grade="12.9级"),
               I("外六角螺栓", "M12×50", "公斤", "kg", "12.40", "CNY", 800, grade="8.8级"),
               I("法兰螺母", "M10", "件", "pcs", "0.095", "CNY", 30000, grade="8级"),
               I("弹簧垫圈", "Φ10", "公斤", "kg", "14.50", "CNY", 200, grade="65Mn")]
    sub = total_of(x_items)
    tax = (sub * D("0.13")).quantize(D("0.01"))
    xlsx = docs.xlsx_quote({
        "sheet": "报价单",
        "letterhead": [("温州华泰紧固件有限公司", 18, True), ("WENZHOU HUATAI FASTENER CO., LTD.", 11, False),
                       ("地址：温州市龙湾区永中街道标准件工业园  电话：0577-8655 3210  传真：0577-8655 3211", 9, False)],
        "title": "报 价 单",
        "info": [("客户名称：", "宁波信威工业供应有限公司"), ("联系人：", "吴海伦 经理"), ("电话：", "0574-86882320")],
        "info_right": [("报价编号：", "HT250422"), ("报价日期：", "2025-04-22")],
        "cols": x_cols, "items": x_items, "fmt": CN, "price_format": "General", "amount_format": "#,##0.00",
        "formulas": True, "footer": [("小计", sub), ("税额(13%)", tax), ("运费", D("350.00")), ("价税合计", sub + tax + D("350.00"))],
        "notes": ["备注：1.以上单价不含税；2.交货期15天；3.付款方式：月结30天；4.开户行：工行温州龙湾支行 账号 1203 2811 0900 1234 567"],
        "col_widths": [6, 20, 12, 10, 6, 10, 12, 14, 12], "date": "2025-04-22", "author": "陈晓燕"})
    body2 = ["吴经理：\n您好！内六角螺钉等报价见附件，请查收。", "陈晓燕 13968812255"]
    ctx.add(new_mail("ht-xlsx", dt("2025-04-22 10:11"), CHEN, [HELEN], "报价单HT250422（内六角螺钉、螺栓）", body2,
                     client="webmail", charset="gbk", lang="zh",
                     attachments=[(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "报价单-信威-HT250422.xlsx")]),
            "huatai", "xlsx-cn-letterhead", "quote", x_items,
            notes="Letterhead, title, header on row 9, General number format (0.185), formulas with cached values, 小计/税额/运费/价税合计.")

    prose = [I("化学锚栓", "M12", "套", "set", "2.35", "CNY"), I("化学锚栓", "M16", "套", "set", "4.10", "CNY"),
             I("化学锚栓", "M20", "套", "set", "7.80", "CNY"), I("不锈钢304六角螺栓", "M10×40", "只", "pcs", "0.62", "CNY")]
    body3 = ["吴小姐您好！\n\n关于您询问的化学锚栓，报价如下：M12化学锚栓单价2.35元/套，M16的单价4.10元/套，含税含运费（宁波地区）。"
             "M20目前没有现货，需要定做，交期20天，单价7.80元/套，500套起订。\n\n"
             "另外您上次问的不锈钢304六角螺栓M10×40，单价0.62元/只，库存有3万只左右。\n\n如有需要请联系，谢谢！",
             "陈晓燕\n华泰紧固件  0577-8655 3210"]
    ctx.add(new_mail("ht-prose", dt("2025-08-12 17:26"), CHEN, [HELEN], "回复：化学锚栓价格", body3, client="webmail",
                     charset="gb18030", lang="zh"),
            "huatai", "prose-zh", "quote", prose, notes="Prices in Chinese prose, GB18030 label; MOQ and stock quantities are not quantities of an item.")


def hxin(ctx):
    cols = [Col("序号", "idx", width=0.5), Col("产品名称", "product", width=1.6), Col("规格型号", "model", width=2.0),
            Col("单位", "unit", width=0.6), Col("数量", "qty", "r", 0.8), Col("含税单价(元)", "price", "r", 1.2),
            Col("金额(元)", "amount", "r", 1.2), Col("交期", "extra:lead", width=0.8)]
    items = [I("开关电源", "LRS-350-24", "台", "set", "86.50", "CNY", 100, lead="现货"),
             I("开关电源", "LRS-150-24", "台", "set", "52.00", "CNY", 100, lead="现货"),
             I("交流接触器", "CJX2-1810 AC220V", "只", "pcs", "28.60", "CNY", 200, lead="7天"),
             I("中间继电器", "MY4N-J DC24V", "只", "pcs", "6.80", "CNY", 500, lead="现货"),
             I("小型断路器", "DZ47-63 C16 2P", "只", "pcs", "9.40", "CNY", 300, lead="现货")]
    total = total_of(items)
    pdf = docs.pdf_doc({
        "lang": "zh", "letterhead": [("深圳市华鑫电子有限公司", 16, True),
                                     ("地址：深圳市宝安区西乡街道固戍二路88号  电话：0755-2781 6650  传真：0755-2781 6651", 8, False)],
        "title": "报 价 单", "info": [("客户：", "宁波信威工业供应有限公司"), ("联系人：", "吴海伦"), ("电话：", "0574-86882320")],
        "info_right": [("报价单号：", "HX-Q2502-117"), ("日期：", "2025年2月20日"), ("业务员：", "李娜 13714456620")],
        "cols": cols, "items": items, "fmt": CN,
        "footer": [("合计：", total), ("优惠（抹零）：", -(total % 100)), ("实付金额：", total - total % 100)],
        "notes": [f"实付金额大写：{cn_upper(total - total % 100)}", "1. 以上价格含13%增值税，不含运费；", "2. 付款方式：款到发货；",
                  "3. 报价有效期15天。"], "date": "2025-02-20", "creator": "WPS 文字"})
    body = ["吴小姐，您好！\n\n附件为贵司询价的开关电源、接触器等产品报价单，请查收。\n如有任何问题，欢迎随时联系。",
            "李娜\n深圳市华鑫电子有限公司\nTel: 0755-2781 6650  Mob: 137 1445 6620"]
    ctx.add(new_mail("hx-pdf", dt("2025-02-20 15:48"), LINA, [HELEN], "华鑫电子报价单 HX-Q2502-117", body,
                     client="outlook", charset="gb2312", lang="zh",
                     attachments=[(pdf, "application/pdf", "报价单HX-Q2502-117.pdf")]),
            "hxin", "pdf-zh-onepage", "quote", items, notes="Chinese PDF with text layer (embedded TrueType), 合计 and 大写 rows.")

    scan_items = [I("开关电源", "LRS-350-24", "台", "set", "86.00", "CNY", 200),
                  I("导轨电源", "HDR-60-24", "台", "set", "58.50", "CNY", 50),
                  I("温控器", "XMTG-7411", "只", "pcs", "65.00", "CNY", 20),
                  I("电缆", "RVV 3×1.5", "米", "m", "2.85", "CNY", 2000)]
    scols = [Col("序号", "idx", width=0.5), Col("品名", "product", width=1.4), Col("规格型号", "model", width=1.8),
             Col("单位", "unit", width=0.6), Col("数量", "qty", "r", 0.9), Col("单价(元)", "price", "r", 1.1),
             Col("金额(元)", "amount", "r", 1.2), Col("备注", "remark", width=1.0)]
    stotal = total_of(scan_items)
    clean = docs.pdf_doc({
        "lang": "zh", "letterhead": [("深圳市华鑫电子有限公司", 18, True), ("电话：0755-2781 6650   传真：0755-2781 6651", 9, False)],
        "title": "报 价 单", "info": [("客户：", "宁波信威工业供应有限公司"), ("日期：", "2025-06-26")],
        "info_right": [("编号：", "HX-Q2506-233")], "cols": scols, "items": scan_items, "fmt": CN, "grid": True,
        "footer": [("合计：", stotal)], "notes": ["以上价格含税，运费由我司承担。", "", "", "深圳市华鑫电子有限公司（盖章）"]})
    page = docs.rasterize(clean, dpi=200, gray=False)
    page = docs.seal_last_line(page, "深圳市华鑫电子有限公司", 150, 7)
    page = docs.degrade(page, seed=11, angle=0.9, blur=0.8, noise=30).convert("L")
    scan = docs.image_pdf([docs.jpeg(page, 55)], 200, "2025-06-26T10:12:00")
    body2 = ["吴小姐：\n盖章版报价单扫描件见附件，请查收。", "李娜 13714456620"]
    ctx.add(new_mail("hx-scan", dt("2025-06-26 10:20"), LINA, [HELEN], "盖章报价单 HX-Q2506-233", body2,
                     client="outlook", charset="gb2312", lang="zh",
                     attachments=[(scan, "application/pdf", "SCAN_20250626_101205.pdf")]),
            "hxin", "pdf-scanned-zh", "quote", scan_items, notes="Image-only PDF (200 dpi JPEG, skew, blur, speckle, red seal).")

    tcols = [Col("物料编码", "extra:code"), Col("品名", "product"), Col("规格型号", "model"), Col("单位", "unit"),
             Col("币种", "currency"), Col("单价", "price"), Col("最小起订量", "extra:moq")]
    t_items = [I("开关电源", "LRS-150-24", "台", "set", "51.50", "CNY", code="HX-PS-0150", moq=50),
               I("中间继电器", "MY4N-J DC24V", "只", "pcs", "6.60", "CNY", code="HX-RLY-MY4", moq=200),
               I("小型断路器", "DZ47-63 C16 2P", "只", "pcs", "9.20", "CNY", code="HX-CB-C16", moq=100),
               I("固态继电器", "SSR-40DA", "只", "pcs", "3.85", "USD", code="HX-SSR-40", moq=100),
               I("热电偶", "WRN-130 K型", "支", "pcs", "6.40", "USD", code="HX-TC-K130", moq=50),
               I("按钮开关", "LA38-11", "只", "pcs", "0.62", "USD", code="HX-SW-LA38", moq=500)]
    tsv = text_table(tcols, t_items, Fmt(style="plain"), style="tabs") + "\n"
    body3 = ["吴小姐好，\n四季度价格表（系统导出）见附件，人民币价格含税，美元价格为FOB深圳出口价。", "李娜"]
    ctx.add(new_mail("hx-tsv", dt("2025-11-11 09:31"), LINA, [HELEN], "2025年四季度价格表", body3, client="outlook",
                     charset="gb2312", lang="zh",
                     attachments=[(b"\xff\xfe" + tsv.replace("\n", "\r\n").encode("utf-16-le"), "text/plain",
                                   "HX价格表2025Q4.txt")]),
            "hxin", "tsv-utf16-multicurrency", "quote", t_items,
            notes="Excel 'Unicode text' export: UTF-16LE with BOM, tab-separated, currency per row (CNY and USD).")


def lianda(ctx):
    cols = [Col("序号", "idx", width=0.5), Col("品名", "product", width=1.7), Col("规格", "model", width=1.9),
            Col("单位", "unit", width=0.6), Col("数量", "qty", "r", 0.8), Col("单价(元)", "price", "r", 1.0),
            Col("金额(元)", "amount", "r", 1.1), Col("备注", "remark", width=0.9)]
    items = [I("五层瓦楞纸箱", "600×400×400mm", "个", "pcs", "8.60", "CNY", 1000, remark="K=K"),
             I("三层瓦楞纸箱", "400×300×250mm", "个", "pcs", "3.20", "CNY", 2000),
             I("气泡膜", "1.2m×50m", "卷", "roll", "46.00", "CNY", 100),
             I("PE缠绕膜", "50cm×18μm", "公斤", "kg", "11.50", "CNY", 500),
             I("PP打包带", "1608", "卷", "roll", "38.00", "CNY", 200)]
    total = total_of(items)
    clean = docs.pdf_doc({
        "lang": "zh", "letterhead": [("东莞市联达包装制品有限公司", 17, True),
                                     ("东莞市长安镇沙头工业区  电话：0769-8553 2201  QQ：3176602281", 8.5, False)],
        "title": "报价单", "info": [("客户：", "宁波信威"), ("日期：", "2025-03-28")], "cols": cols, "items": items, "fmt": CN,
        "grid": True, "footer": [("合计：", total)],
        "notes": ["说明：含税含运费（东莞至宁波），印刷另计，交期7天。", "", "", "东莞市联达包装制品有限公司"]})
    page = docs.rasterize(clean, dpi=160, gray=False)
    page = docs.seal_last_line(page, "东莞市联达包装制品有限公司", 120, 3)
    box = docs.content_box(page)
    page = page.crop((max(0, box[0] - 60), max(0, box[1] - 60), min(page.width, box[2] + 60), min(page.height, box[3] + 90)))
    photo = docs.degrade(page, seed=5, angle=-1.6, blur=1.0, noise=26, gradient=True, perspective=True)
    body = ["吴小姐您好，报价单已打印盖章，拍照发给您先看，原件随货寄出。", "刘燕 13790213346"]
    ctx.add(new_mail("ld-photo", dt("2025-03-28 14:40"), LIU, [HELEN], "纸箱报价", body, client="webmail", charset="utf-8",
                     lang="zh", attachments=[(docs.jpeg(photo, 72), "image/jpeg", "IMG_20250328_143512.jpg")]),
            "lianda", "photo-jpeg-zh", "quote", items, notes="Phone photo (JPEG) of a printed quote: perspective, shadow, blur, red seal.")

    d_items = [I("五层瓦楞纸箱", "600×400×400", "个", "pcs", "8.80", "CNY"),
               I("五层瓦楞纸箱", "500×400×300", "个", "pcs", "6.90", "CNY"),
               I("三层瓦楞纸箱", "400×300×250", "个", "pcs", "3.30", "CNY"),
               I("三层瓦楞纸箱", "300×200×200", "个", "pcs", "2.10", "CNY"),
               I("珍珠棉片材", "EPE 10mm 1.2×2m", "张", "sheet", "4.60", "CNY")]
    dcols = [Col("品名", "product"), Col("规格(mm)", "model"), Col("单位", "unit"), Col("单价(元)", "price", "r"),
             Col("备注", "extra:note")]
    for it in d_items[:4]:
        it.extra["note"] = "K=K 五层" if it.product.startswith("五") else "B=B"
    docx = docs.docx_doc({
        "font": "宋体", "header_lines": [("东莞市联达包装制品有限公司", 16, True, "c"), ("报 价 单", 14, True, "c")],
        "paragraphs_before": ["客户：宁波信威工业供应有限公司    联系人：吴小姐", "日期：2025年9月16日"],
        "cols": dcols, "items": d_items, "fmt": CN, "merge_product": True,
        "paragraphs_after": ["1. 以上价格含13%增值税，含运费；", "2. 纸箱最小起订量500个/款；", "3. 有效期：2025年12月31日。",
                             "联系人：刘燕  电话：0769-8553 2201"], "date": "2025-09-16", "author": "Lianda"})
    body2 = ["吴小姐：\n下半年纸箱价格见附件Word，五层箱比上次略有上调，请知悉。", "刘燕"]
    ctx.add(new_mail("ld-docx", dt("2025-09-16 11:05"), LIU, [HELEN], "联达包装报价（下半年）", body2, client="webmail",
                     charset="gbk", lang="zh",
                     attachments=[(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "联达报价单2025-09.docx")]),
            "lianda", "docx-quote-zh-merged", "quote", d_items, notes="DOCX table, product name vertically merged over its sizes; no quantity.")


SIG_KEVIN_ZH = "周凯  销售经理\n宁波信威工业供应有限公司\n电话：0574-8688 2301  手机：139 5740 6612"


def pujiang(ctx):
    cols = [Col("序号", "idx"), Col("产品名称", "product"), Col("规格型号", "model"), Col("单位", "unit"),
            Col("数量", "qty", "r"), Col("含税单价", "price", "r"), Col("金额", "amount", "r"), Col("备注", "remark")]
    items = [I("不锈钢球阀", "Q41F-16P DN25", "只", "pcs", "96.00", "CNY", 100, remark="CF8M"),
             I("不锈钢球阀", "Q41F-16P DN50", "只", "pcs", "188.00", "CNY", 60, remark="CF8M"),
             I("不锈钢球阀", "Q41F-16P DN80", "只", "pcs", "365.00", "CNY", 20, remark="CF8M"),
             I("蝶阀", "D71X-16Q DN100", "台", "set", "268.00", "CNY", 30),
             I("蝶阀", "D71X-16Q DN150", "台", "set", "412.00", "CNY", 10),
             I("Y型过滤器", "GL41H-16C DN50", "只", "pcs", "165.00", "CNY", 40)]
    total = total_of(items)
    header = [[("序号", 1, 2), ("产品名称", 1, 2), ("规格型号", 1, 2), ("单位", 1, 2), ("数量", 1, 2),
               ("价格（人民币元）", 2, 1), ("备注", 1, 2)], [("含税单价", 1, 1), ("金额", 1, 1)]]
    html = html_table(cols, items, CN, [("合计", total)], flavor="outlook", group_col=1, header_rows=header, lang="ZH-CN")
    text = text_table(cols, items, CN, [("合计", total)], style="tabs")
    body = ["赵经理：\n您好！感谢询价，我司报价如下（报价单号 SW-Q2505-018）：", ("table", text, html),
            "说明：价格含13%增值税，含运费送至上海浦东；交期：不锈钢球阀20天，其余15天；报价有效期一个月。",
            SIG_KEVIN_ZH]
    ctx.add(new_mail("pj-quote", dt("2025-05-15 13:22"), KEVIN_ZH, [ZHAO], "报价：不锈钢球阀、蝶阀、过滤器 SW-Q2505-018",
                     body, client="outlook", charset="gb2312", lang="zh"),
            "pujiang", "html-rowspan-colspan-zh", "quote", items,
            notes="Outlook HTML; 产品名称 rowspan over sizes; two-row header with colspan 价格（人民币元）.")

    c_items = [I("不锈钢球阀", "Q41F-16P DN25", "只", "pcs", "92.00", "CNY", 100),
               I("不锈钢球阀", "Q41F-16P DN50", "只", "pcs", "180.00", "CNY", 60),
               I("不锈钢球阀", "Q41F-16P DN80", "只", "pcs", "350.00", "CNY", 20),
               I("蝶阀", "D71X-16Q DN100", "台", "set", "258.00", "CNY", 30)]
    ccols = [Col("序号", "idx"), Col("产品名称", "product"), Col("规格型号", "model"), Col("单位", "unit"),
             Col("数量", "qty", "r"), Col("单价(元)", "price", "r"), Col("金额(元)", "amount", "r")]
    ctotal = total_of(c_items)
    docx = docs.docx_doc({
        "font": "宋体", "header_lines": [("购 销 合 同", 18, True, "c"), ("合同编号：SW-HT-2025-0610", 10.5, False, "r"),
                                        ("签订地点：上海    签订日期：2025年6月10日", 10.5, False, "r")],
        "paragraphs_before": ["需方（甲方）：上海浦江机电设备有限公司", "供方（乙方）：宁波信威工业供应有限公司",
                              "根据《中华人民共和国民法典》及有关规定，经双方友好协商，就甲方向乙方采购下列产品达成如下协议：",
                              ("一、产品名称、规格、数量及价格", True)],
        "cols": ccols, "items": c_items, "fmt": CN,
        "footer": [("合计（含13%增值税）", ctotal), ("合计人民币（大写）", cn_upper(ctotal))],
        "paragraphs_after": [("二、质量标准：", True), "按国家标准GB/T 12237执行，质保期12个月。",
                             ("三、交货时间及地点：", True), "合同签订后20日内送至甲方上海浦东仓库，运费由乙方承担。",
                             ("四、付款方式：", True), "货到验收合格并收到乙方增值税专用发票后30日内电汇付清。",
                             ("五、违约责任：", True), "乙方逾期交货，每日按未交货部分货款的0.5‰支付违约金。",
                             "本合同一式两份，双方各执一份，经双方签字盖章后生效。"],
        "signature_table": [("甲方：上海浦江机电设备有限公司", "乙方：宁波信威工业供应有限公司"),
                            ("代表：赵敏", "代表：周凯"), ("电话：021-5088 3176", "电话：0574-8688 2301"),
                            ("开户行：建行上海浦东分行", "开户行：中国银行宁波北仑支行"),
                            ("账号：3105 0161 3600 0000 1234", "账号：3725 6811 9021"),
                            ("税号：91310115MA1K3B2X7Q", "税号：91330206MA2AH4L55C")],
        "date": "2025-06-10", "author": "周凯"})
    body2 = ["赵经理：\n您好！按昨天电话确认的价格，合同已盖章，见附件，请贵司盖章后回传一份。谢谢！", SIG_KEVIN_ZH]
    ctx.add(new_mail("pj-contract", dt("2025-06-10 10:05"), KEVIN_ZH, [ZHAO], "购销合同SW-HT-2025-0610（盖章版）", body2,
                     client="outlook", charset="gb2312", lang="zh", reply_to="pj-quote",
                     attachments=[(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "购销合同SW-HT-2025-0610.docx")]),
            "pujiang", "docx-contract-zh", "contract", c_items, status="agreed",
            notes="购销合同: agreed prices below the quote; bank account and tax numbers in the signature table.")

    dn = docs.pdf_doc({
        "lang": "zh", "letterhead": [("宁波信威工业供应有限公司", 15, True)], "title": "送货单",
        "info": [("收货单位：", "上海浦江机电设备有限公司"), ("合同号：", "SW-HT-2025-0610")],
        "info_right": [("送货单号：", "SW-DN-250702-03"), ("日期：", "2025-07-02")], "cols": ccols, "items": c_items,
        "fmt": CN, "grid": True, "footer": [("合计：", ctotal)],
        "notes": ["收货人（签字）：____________    日期：________", "第一联 存根  第二联 客户  第三联 财务"]})
    body3 = ["赵经理：\n合同SW-HT-2025-0610项下货物已发出，预计7月4日到货。\n发票及送货单随货同行，电子版送货单见附件。\n"
             f"增值税专用发票号码：44031276，价税合计：￥{num(ctotal, 'us')}。\n请注意查收。", SIG_KEVIN_ZH]
    ctx.add(new_mail("pj-invoice", dt("2025-07-02 16:30"), KEVIN_ZH, [ZHAO], "发票及送货单-合同SW-HT-2025-0610", body3,
                     client="outlook", charset="gb2312", lang="zh",
                     attachments=[(dn, "application/pdf", "送货单SW-DN-250702-03.pdf")]),
            "pujiang", "invoice-delivery-zh", "invoice", [], notes="Delivery note PDF with unit prices and an invoice number: not a quote.")

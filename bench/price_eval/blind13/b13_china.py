"""Chinese suppliers of a Duisburg trading company: a Ningbo valve factory (a two-page scanned
quote with the header repeated and a red chop over the amounts, a prose revision naming only model
and size, a 调价通知 circular with old and new columns and rowspan, a phone photo of a printed
stainless list), a Dongguan fastener factory (a Kingdee-style .xls with merged title rows and a
logo row, a 用友 U8-style .xls of three sheets inside a .zip, a delivery note without prices, a
scanned VAT invoice), a Jiangsu cable maker (prices in Chinese prose, a photographed quote with
a chop over the price column)."""

from b13_common import OWN_DOMAINS, PDF, WANG, WANG_SIGNATURE, XLS, ZIP, b12_docs, en, item, mail  # noqa: F401
import b13_media as m

HENGTONG = ("陈建国 Chen Jianguo", "sales@hengtong-valve.cn")
JINGGONG = ("李晓燕", "lixy@jinggong-hw.com")
HUATAI = ("周海涛", "zhouht@huatai-cable.com.cn")

HT_SIG = ["宁波恒通阀门有限公司 Ningbo Hengtong Valve Co., Ltd.", "地址：宁波市北仑区大港工业城黄山西路88号",
          "电话 0574-8683 2216  传真 0574-8683 2217  手机 138 5742 0916"]

# ------------------------------------------------------------------ 恒通阀门 (valves, CNY)

HT = [("闸阀", "Z41H-16C", "DN50", 20, "386.00"), ("闸阀", "Z41H-16C", "DN80", 20, "512.00"),
      ("闸阀", "Z41H-16C", "DN100", 10, "668.00"), ("截止阀", "J41H-16C", "DN50", 20, "402.00"),
      ("截止阀", "J41H-16C", "DN80", 10, "548.00"), ("止回阀", "H44H-16C", "DN100", 10, "596.00"),
      ("球阀", "Q41F-16C", "DN50", 30, "295.00"), ("球阀", "Q41F-16C", "DN80", 20, "438.00"),
      ("蝶阀", "D371X-16", "DN150", 10, "624.00"), ("蝶阀", "D371X-16", "DN200", 6, "876.00")]


def _ht_page(rows, first, page, pages, total=None):
    title = ["宁波恒通阀门有限公司", "报 价 单   QUOTATION", "客户：莱茵工贸（上海）代表处   报价单号：HT-Q260114   日期：2026-01-14",
             "价格条件：FOB宁波，含包装；付款方式：30%预付，70%见提单复印件"] if page == 1 else [
        "宁波恒通阀门有限公司  报价单 HT-Q260114（续）"]
    header = ["序号", "品名", "型号", "规格", "单位", "数量", "单价(元)", "金额(元)"]
    body = [[str(first + k), n, mo, s, "台", str(q), p, en(float(p) * q)] for k, (n, mo, s, q, p) in enumerate(rows)]
    foot = [f"合计金额：￥{total}" if total else "", "", f"第 {page} 页  共 {pages} 页      电话 0574-8683 2216"]
    return m.b5_media.table_image(title, header, body, (60, 150, 330, 560, 720, 820, 950, 1180), font=m.CJK,
                                  size=30, width=1654, foot_lines=foot)


def hengtong_scanned_quote():
    p1 = _ht_page(HT[:6], 1, 1, 2)
    total = en(sum(float(p) * q for *_, q, p in HT))
    p2 = m.chop(_ht_page(HT[6:], 7, 2, 2, total), (1240, 330), "宁波恒通阀门有限公司")
    pdf = m.scanned_pdf([m.scanned(p1, "ht1", 0.5), m.scanned(p2, "ht2", -0.7)], dpi=200, quality=72)
    text = "\n".join(["王经理您好：", "", "附件是我司扫描的报价单（盖章版），共两页，请查收。", "如有疑问请随时联系。", "",
                      "陈建国", "--"] + HT_SIG)
    items = [item(f"ht-{mo}-{s}", n, f"{mo} {s}", p, "CNY", "set", quantity=str(q)) for n, mo, s, q, p in HT]
    return mail("b13-ht-scan", "2026-01-14T15:20:00+08:00", "hengtong", "pdf-scan-zh-two-pages-header-repeated-chop",
                "scan", "quote", HENGTONG, WANG, "恒通阀门报价单HT-Q260114（盖章扫描件）", items, text=text,
                attachments=[(pdf, PDF, "HT-Q260114扫描件.pdf")],
                notes="Image-only PDF, two A4 pages at 200 dpi, skewed ±0.7°, speckled, JPEG q72; the table header "
                      "repeats on page 2; 第1页 共2页 footers; 合计 on page 2 with the red chop over the 金额 column. "
                      "台 = set; 单价(元) = CNY.")


def hengtong_prose_revision():
    text = "\n".join(["王经理：", "", "关于HT-Q260114报价，经与老板沟通，球阀价格可以再优惠一些：",
                      "Q41F-16C DN50 由295元调整为282元/台，DN80 由438元调整为419元/台。", "其余型号价格不变，交期25天。", "",
                      "陈建国 138 5742 0916"])
    items = [item("ht-Q41F-16C-DN50", "", "Q41F-16C DN50", "282.00", "CNY", "set"),
             item("ht-Q41F-16C-DN80", "", "Q41F-16C DN80", "419.00", "CNY", "set")]
    return mail("b13-ht-rev", "2026-01-21T10:05:00+08:00", "hengtong", "zh-prose-revision-model-size-only",
                "prose", "quote", HENGTONG, WANG, "回复：恒通阀门报价单HT-Q260114", items, text=text, charset="gbk",
                notes="GBK plain text; `由295元调整为282元/台`: old then new; the second names only the size DN80 of the "
                      "same model (model-only revision, inherits 球阀).")


def hengtong_circular():
    rows = [["型号", "规格", "原单价(元/台)", "新单价(元/台)", "调整幅度"],
            [{"text": "Z41H-16C", "rows": 3}, "DN50", "386.00", "405.30", "+5%"], ["DN80", "512.00", "537.60", "+5%"],
            ["DN100", "668.00", "701.40", "+5%"], ["J41H-16C", "DN50", "402.00", "422.10", "+5%"]]
    body = b12_docs.foxmail_body(["尊敬的客户：", "", "由于铸钢及不锈钢原材料价格持续上涨，经公司研究决定，自2026年3月1日起对以下产品价格进行调整：",
                                  ""]) + b12_docs.html_table(rows) + b12_docs.foxmail_body(
        ["", "未列出的产品价格暂不调整。2月28日前确认的订单仍按原价执行。", "感谢您一直以来的支持！", "", "宁波恒通阀门有限公司 销售部",
         "2026年2月10日"])
    items = [item("ht-Z41H-16C-DN50", "", "Z41H-16C DN50", "405.30", "CNY", "set", status="notice"),
             item("ht-Z41H-16C-DN80", "", "Z41H-16C DN80", "537.60", "CNY", "set", status="notice"),
             item("ht-Z41H-16C-DN100", "", "Z41H-16C DN100", "701.40", "CNY", "set", status="notice"),
             item("ht-J41H-16C-DN50", "", "J41H-16C DN50", "422.10", "CNY", "set", status="notice")]
    return mail("b13-ht-notice", "2026-02-10T09:30:00+08:00", "hengtong", "html-zh-circular-old-new-rowspan-percent",
                "price-notice", "price-notice", HENGTONG, WANG, "调价通知函", items,
                html=b12_docs.plain_html(body, "gbk"), charset="gbk", kind_alt=["quote"],
                notes="调价通知: 型号 cell spans three sizes (rowspan); 原单价 (old) and 新单价 (new) columns and a +5% "
                      "column; only the new prices are items.")


HT_SS = [("DN15", "38.50"), ("DN20", "46.80"), ("DN25", "58.20"), ("DN32", "79.60")]


def hengtong_photo():
    rows = [[str(k), "不锈钢球阀 Stainless ball valve", "Q11F-64P", s, "只 pc", "500", p]
            for k, (s, p) in enumerate(HT_SS, 1)]
    img = m.b5_media.table_image(["宁波恒通阀门 Hengtong Valve — 不锈钢球阀报价 SS304 Ball Valve Quotation",
                                  "2026-03-18   内螺纹 Female thread BSPT   含税价 VAT incl."],
                                 ["No.", "品名 Description", "型号 Model", "规格 Size", "单位 Unit", "数量 Qty",
                                  "单价 Price (RMB)"], rows, (40, 110, 640, 850, 1000, 1180, 1320), font=m.CJK,
                                 size=26, width=1600, foot_lines=["交期 Delivery: 15 days   有效期 Valid: 30 days"])
    photo = m.photographed(m.chop(img, (1420, 300), "宁波恒通阀门有限公司", radius=80), "ht-photo", angle=2.0)
    text = "Dear Ms. Wang,\n\nPlease see the photo of our SS304 ball valve price list, as you asked on WeChat.\n\nChen Jianguo\n"
    items = [item(f"ht-Q11F-64P-{s}", "不锈钢球阀", f"Q11F-64P {s}", p, "CNY", "pcs", quantity="500") for s, p in HT_SS]
    return mail("b13-ht-photo", "2026-03-18T16:44:00+08:00", "hengtong", "jpeg-photo-zh-en-bilingual-chop",
                "scan", "quote", HENGTONG, WANG, "SS ball valve price", items, text=text,
                attachments=[(m.b5_media.jpeg(photo, 78), "image/jpeg", "IMG_20260318_164102.jpg")],
                notes="Phone photo (2° rotation, shading, noise) of a bilingual printed list; a red chop over the "
                      "top right; `只 pc` unit; `单价 Price (RMB)`.")


# ------------------------------------------------------------------ 精工五金 (fasteners, CNY, ERP exports)

JG = [("JG-0101", "六角螺栓", "M12×50 8.8级 镀锌", "个", 2000, "0.86"),
      ("JG-0102", "六角螺栓", "M16×60 8.8级 镀锌", "个", 1500, "1.72"),
      ("JG-0201", "六角螺母", "M12 8级 镀锌", "个", 2000, "0.19"),
      ("JG-0202", "六角螺母", "M16 8级 镀锌", "个", 1500, "0.38"),
      ("JG-0301", "平垫圈", "M12 镀锌", "个", 4000, "0.065"),
      ("JG-0401", "膨胀螺栓", "M10×100", "套", 500, "1.35")]
UNIT = {"个": "pcs", "套": "set", "只": "pcs"}


def jinggong_kingdee_xls():
    rows = [[("b", "东莞市精工五金制品有限公司")], ["地址：东莞市长安镇宵边工业区振安路12号  电话：0769-8555 3120"], [],
            [("b", "销售报价单")], ["客户：莱茵工贸（上海）代表处", None, None, None, "单据编号：XSBJ000318", None, "日期：2026-01-20"],
            ["物料编码", "物料名称", "规格型号", "计量单位", "数量", "含税单价", "价税合计", "税率(%)"]]
    for k, (code, name, spec, u, q, p) in enumerate(JG, 7):
        rows.append([code, name, spec, u, ("n", q, "#,##0"), ("n", p, "¥#,##0.000" if len(p) > 4 else "¥#,##0.00"),
                     ("f", f"E{k}*F{k}", "¥#,##0.00"), ("n", 13, "0")])
    rows += [[None, "合计", None, None, ("f", f"SUM(E7:E{6 + len(JG)})", "#,##0"), None,
              ("f", f"SUM(G7:G{6 + len(JG)})", "¥#,##0.00")], [],
             ["备注：以上价格含13%增值税，含运费至上海仓库。报价有效期30天。"], ["制单人：李晓燕", None, "审核人：张伟", None, "业务员：李晓燕"]]
    book = m.xls_book([{"name": "销售报价单", "rows": rows, "merges": [(0, 0, 0, 7), (1, 1, 0, 7), (3, 3, 0, 7)],
                        "heights": {2: 1400}, "widths": (12, 12, 20, 9, 9, 11, 13, 8)}])
    text = "王小姐你好：\n\n附件为我司金蝶系统导出的报价单，请查收。\n\n李晓燕 13612847790\n东莞市精工五金制品有限公司"
    items = [item(code, name, code, p, "CNY", UNIT[u], quantity=str(q)) for code, name, spec, u, q, p in JG]
    return mail("b13-jg-kd", "2026-01-20T11:12:00+08:00", "jinggong", "xls-kingdee-merged-title-logo-row-yen-format",
                "spreadsheet", "quote", JINGGONG, WANG, "精工五金报价单XSBJ000318", items, text=text, charset="gbk",
                attachments=[(book, XLS, "XSBJ000318.xls")],
                notes="Legacy .xls (BIFF8) as Kingdee K/3 exports: merged company/title rows, an empty tall logo row, "
                      "物料编码 物料名称 规格型号 计量单位 数量 含税单价 价税合计 税率(%), `¥#,##0.00` / `¥#,##0.000` formats, "
                      "价税合计 and 合计 as formulas (xlwt writes no useful cached value).")


JG2 = [("JG-0501", "内六角螺钉", "M8×30 12.9级 发黑", "个", 3000, "0.42"),
       ("JG-0502", "内六角螺钉", "M10×40 12.9级 发黑", "个", 2000, "0.78"),
       ("JG-0101", "六角螺栓", "M12×50 8.8级 镀锌", "个", 2000, "0.83"),
       ("JG-0601", "弹簧垫圈", "M12 镀锌", "个", 4000, "0.045"),
       ("JG-0701", "U型螺栓", "M10 DN50 镀锌", "套", 300, "2.60")]


def jinggong_u8_zip():
    cover = [[("b", "东莞市精工五金制品有限公司")], ["报价资料"], ["客户：莱茵工贸"], ["日期：2026-02-26"], ["共3页"]]
    head = [[("b", "报价明细表")], ["单据号：BJ2026-0226-03", None, None, "币种：人民币", None, "汇率：1"],
            ["存货编码", "存货名称", "规格型号", "主计量", "数量", "原币含税单价", "原币价税合计", "备注"]]
    for k, (code, name, spec, u, q, p) in enumerate(JG2, 4):
        head.append([code, name, spec, u, ("n", q, "0"), ("n", p, "0.000" if len(p) > 4 else "0.00"),
                     ("n", f"{float(p) * q:.2f}", "#,##0.00"), "新品" if code == "JG-0701" else ""])
    head.append(["合计", None, None, None, ("n", sum(q for *_, q, _ in JG2), "0"), None,
                 ("n", f"{sum(float(p) * q for *_, q, p in JG2):.2f}", "#,##0.00")])
    terms = [["条款"], ["1. 付款：月结30天"], ["2. 交货：收到订单后15个工作日"], ["3. 包装：纸箱，每箱不超过25公斤"],
             ["4. 运费：满5000元包运费"]]
    book = m.xls_book([{"name": "封面", "rows": cover}, {"name": "报价明细", "rows": head, "merges": [(0, 0, 0, 7)]},
                       {"name": "条款", "rows": terms}])
    z = m.b5_media.zip_bytes([("BJ2026-0226-03/报价明细.xls", book)])
    text = "王小姐：\n\n新品报价和JG-0101的调整价见压缩包（用友U8导出）。\n\n李晓燕"
    items = [item(code, name, code, p, "CNY", UNIT[u], quantity=str(q)) for code, name, spec, u, q, p in JG2]
    return mail("b13-jg-u8", "2026-02-26T14:30:00+08:00", "jinggong", "zip-xls-u8-three-sheets-quote-second",
                "spreadsheet", "quote", JINGGONG, WANG, "报价 BJ2026-0226-03", items, text=text, charset="gbk",
                attachments=[(z, ZIP, "BJ2026-0226-03.zip")],
                notes="A .zip holding a folder with a legacy .xls of three sheets (封面 cover, 报价明细 the quote, 条款 terms); "
                      "用友 U8 columns 存货编码 存货名称 规格型号 主计量 数量 原币含税单价 原币价税合计; a 汇率 1 and 共3页 "
                      "on other rows; JG-0101 lower than in January.")


def jinggong_delivery_note():
    rows = [[("b", "东莞市精工五金制品有限公司 送货单")], ["送货单号：SH260312-07", None, None, "日期：2026-03-12"],
            ["物料编码", "物料名称", "规格型号", "单位", "数量", "箱数", "毛重(kg)"]]
    for code, name, spec, u, q, _ in JG[:4]:
        rows.append([code, name, spec, u, ("n", q, "0"), ("n", q // 500, "0"), ("n", round(q * 0.06, 1), "0.0")])
    rows.append(["收货人签字：", None, None, "送货人：", None, "车牌：粤S·3K218"])
    book = m.xls_book([{"name": "送货单", "rows": rows}])
    return mail("b13-jg-dn", "2026-03-12T08:50:00+08:00", "jinggong", "xls-zh-delivery-note-no-prices",
                "spreadsheet", "other", JINGGONG, WANG, "送货单SH260312-07", [], text="王小姐：送货单见附件，今天下午到仓库。\n李晓燕",
                charset="gbk", attachments=[(book, XLS, "SH260312-07.xls")],
                notes="Delivery note: codes, quantities, cartons, gross weights; no prices, no items.")


def jinggong_invoice_scan():
    rows = [["六角螺栓", "M12×50", "个", "2000", "0.761062", "1522.12", "13%", "197.88"],
            ["六角螺母", "M12", "个", "2000", "0.168142", "336.28", "13%", "43.72"]]
    img = m.b5_media.table_image(["广东增值税专用发票", "发票号码 44021876  开票日期 2026年03月13日",
                                  "购买方：莱茵工贸（上海）有限公司  纳税人识别号 91310115MA1K4T8X2B"],
                                 ["货物或应税劳务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"], rows,
                                 (40, 360, 560, 660, 800, 970, 1140, 1260), font=m.CJK, size=26, width=1500,
                                 foot_lines=["价税合计（大写）贰仟零玖拾玖元玖角整   （小写）￥2099.99", "销售方：东莞市精工五金制品有限公司"])
    scan = m.scanned(m.chop(img, (1250, 620), "东莞市精工五金制品有限公司发票专用章", radius=85), "jg-inv", 0.4)
    return mail("b13-jg-inv", "2026-03-13T17:05:00+08:00", "jinggong", "png-scan-zh-vat-invoice-no-items",
                "scan", "invoice", JINGGONG, WANG, "发票扫描件 44021876", [], text="王小姐：发票扫描件请查收，原件已快递。\n李晓燕",
                charset="gbk", attachments=[(m.b5_media.png(scan), "image/png", "发票44021876.png")],
                notes="A scanned VAT invoice (PNG): 单价 excluding VAT with six decimals, 金额, 税额; an invoice, not a "
                      "quote: no items.")


# ------------------------------------------------------------------ 华泰电缆 (cables, CNY per metre)

def huatai_prose():
    text = "\n".join(["王经理您好！", "", "根据贵司询价，我司报价如下（含13%增值税，含运费到上海）：",
                      "YJV 3×95+1×50 电力电缆，每米286.50元；", "YJV 3×70+1×35 电力电缆，每米218.00元；",
                      "YJV 3×50+1×25 每米162.80元。", "以上价格随铜价浮动，铜价以长江现货均价为准（今日约78,650元/吨），有效期7天。",
                      "起订量每种500米。", "", "周海涛", "江苏华泰电缆有限公司 销售部 电话 0519-8866 3410"])
    items = [item("hu-YJV-3x95", "电力电缆", "YJV 3×95+1×50", "286.50", "CNY", "m"),
             item("hu-YJV-3x70", "电力电缆", "YJV 3×70+1×35", "218.00", "CNY", "m"),
             item("hu-YJV-3x50", "", "YJV 3×50+1×25", "162.80", "CNY", "m")]
    return mail("b13-hu-prose", "2026-02-03T10:18:00+08:00", "huatai", "zh-prose-per-metre-copper-price",
                "prose", "quote", HUATAI, WANG, "电缆报价", items, text=text,
                notes="Prices in Chinese prose `每米286.50元`; the copper price `78,650元/吨` and MOQ 500米 are not "
                      "prices of items.")


HU = [("KVV", "4×1.5", "6.85"), ("KVV", "7×1.5", "10.40"), ("KVV", "10×2.5", "22.60"), ("RVV", "3×2.5", "8.90")]


def huatai_photo():
    rows = [[str(k), "控制电缆" if mo == "KVV" else "护套软线", mo, s, "米", "1000", p] for k, (mo, s, p) in enumerate(HU, 1)]
    img = m.b5_media.table_image(["江苏华泰电缆有限公司  报价单", "日期：2026年4月8日  报价人：周海涛"],
                                 ["序号", "名称", "型号", "规格", "单位", "数量", "单价(元)"], rows,
                                 (50, 140, 360, 500, 700, 820, 980), font=m.CJK, size=30, width=1250,
                                 foot_lines=["含税含运费，有效期15天"])
    img = m.chop(img, (1020, 330), "江苏华泰电缆有限公司", radius=100)
    photo = m.photographed(img, "hu-photo", angle=-1.5)
    items = [item(f"hu-{mo}-{s}", "控制电缆" if mo == "KVV" else "护套软线", f"{mo} {s}", p, "CNY", "m", quantity="1000")
             for mo, s, p in HU]
    return mail("b13-hu-photo", "2026-04-08T15:02:00+08:00", "huatai", "jpeg-photo-zh-chop-over-price-column",
                "scan", "quote", HUATAI, WANG, "控制电缆报价（照片）", items, text="王经理：报价单拍照发您，原件盖章后快递。\n周海涛",
                attachments=[(m.b5_media.jpeg(photo, 70), "image/jpeg", "mmexport1775631720.jpg")],
                notes="Phone photo, -1.5°, JPEG q70; the red chop lies over the 单价 column; 米 = m.")


SCENARIOS = [hengtong_scanned_quote, hengtong_prose_revision, hengtong_circular, hengtong_photo,
             jinggong_kingdee_xls, jinggong_u8_zip, jinggong_delivery_note, jinggong_invoice_scan,
             huatai_prose, huatai_photo]

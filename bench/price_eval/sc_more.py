"""Second mails from the same counterparts in other layouts: multi-sheet workbooks, list-style
Chinese text, screenshots, PDFs in Japanese and French, a zip holding a PDF, Swedish kronor,
and purchase orders from and to us."""

from decimal import Decimal

import pe_docs as docs
from pe_common import (
    ANNA, BRANDT, CHEN, COLOMBO, ERIK, FERNANDES, FREI, HELEN, HELEN_EN, HELEN_TW, JIMMY, JOOST, KELLER, KEVIN_ZH, LINA,
    LIU, MOREAU, RAJESH, SATO, SIG_ANNA, SIG_HELEN, VIVIAN, WANG, WEBER, ZHAO, I, dt, new_mail)
from pe_tables import Col, Fmt, html_table, text_table, total_of

D = Decimal
US = Fmt(style="us")
DE = Fmt(style="de")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def china_more(ctx):
    prose = [I("球阀", "Q41F-16C DN65", "只", "pcs", "156.00", "CNY"), I("球阀", "Q41F-16C DN100", "只", "pcs", "268.00", "CNY"),
             I("闸阀", "Z41H-16C DN200", "台", "set", "1380.00", "CNY")]
    body = ["吴经理：\n您好！补充报价：Q41F-16C DN65球阀单价156元/只，DN100单价268元/只；闸阀Z41H-16C DN200单价1,380元/台。"
            "以上均含税含运费，交期同前。DN50、DN80按3月5日调整后的价格执行。\n\n王建国 13857770123"]
    ctx.add(new_mail("ys-prose", dt("2025-04-10 10:18"), WANG, [HELEN], "补充报价 DN65/DN100球阀、DN200闸阀", body, client="foxmail",
                     charset="gbk", lang="zh"),
            "yongsheng", "prose-zh", "quote", prose,
            notes="Prices in Chinese prose; the product name precedes the first size only (DN100单价 inherits 球阀).")

    s1 = [I("球阀", f"Q41F-16C {s}", "只", "pcs", p, "CNY") for s, p in
          (("DN25", "71.40"), ("DN50", "117.60"), ("DN65", "163.80"), ("DN80", "205.80"), ("DN100", "282.00"))]
    s2 = [I("闸阀", f"Z41H-16C {s}", "台", "set", p, "CNY") for s, p in (("DN100", "510.30"), ("DN150", "903.00"), ("DN200", "1449.00"))]
    cols = [Col("序号", "idx"), Col("品名", "product"), Col("型号规格", "model"), Col("单位", "unit"), Col("单价(元)", "price", "r"),
            Col("备注", "remark")]
    sheet2 = [["浙江永盛阀门有限公司 2026年价格表（闸阀）"], [], ["序号", "品名", "型号规格", "单位", "单价(元)", "备注"]]
    sheet2 += [[n, it.product, it.model, it.unit_doc, float(it.price), "明杆楔式"] for n, it in enumerate(s2, 1)]
    sheet2 += [[], ["注：价格含13%增值税，自2026年1月1日起执行。"]]
    xlsx = docs.xlsx_quote({"sheet": "球阀", "letterhead": [("浙江永盛阀门有限公司 2026年价格表（球阀）", 14, True)],
                            "info": [("客户：", "宁波信威工业供应有限公司"), ("执行日期：", "2026-01-01")], "cols": cols,
                            "items": s1, "fmt": US, "notes": ["注：价格含13%增值税，含运费（宁波地区）。"],
                            "extra_sheets": [("闸阀", sheet2)], "date": "2026-01-08", "author": "王建国"})
    body2 = ["吴经理：\n新年好！2026年价格表见附件（球阀、闸阀分两个工作表），自2026年1月1日起执行。", "王建国\n浙江永盛阀门有限公司"]
    ctx.add(new_mail("ys-xlsx", dt("2026-01-08 09:30"), WANG, [HELEN], "永盛阀门2026年价格表", body2, client="foxmail", charset="gbk",
                     lang="zh", attachments=[(xlsx, XLSX, "永盛阀门2026年价格表.xlsx")]),
            "yongsheng", "xlsx-cn-multisheet", "quote", s1 + s2, notes="Two worksheets, one per product family.")

    items = [I("六角螺栓", "M16×60", "公斤", "kg", "12.30", "CNY"), I("六角螺栓", "M20×80", "公斤", "kg", "12.10", "CNY"),
             I("六角螺母", "M16", "公斤", "kg", "13.00", "CNY"), I("膨胀螺栓", "M12×120", "套", "set", "0.95", "CNY")]
    lines = "\n".join(f"{n}、{it.product} {it.model} 8.8级 热镀锌  {it.price:.2f}元/{it.unit_doc}" if it.unit_doc == "公斤"
                      else f"{n}、{it.product} {it.model} 镀锌  {it.price:.2f}元/{it.unit_doc}" for n, it in enumerate(items, 1))
    body3 = ["吴小姐：\n您好！本月价格如下：", ("pre", lines),
             "以上含税不含运，每规格500公斤起订。钢材价格波动大，报价一周有效。\n\n陈晓燕\n华泰紧固件 0577-8655 3210"]
    ctx.add(new_mail("ht-list", dt("2025-10-20 15:55"), CHEN, [HELEN], "十月份价格", body3, client="webmail", charset="gb2312",
                     lang="zh", text_only=True),
            "huatai", "zh-text-list", "quote", items, notes="Numbered lines '1、品名 规格 … 12.30元/公斤' instead of a table.")

    f_items = [I("不锈钢六角螺栓", "A2-70 M8×30", "只", "pcs", "0.36", "CNY", 5000),
               I("不锈钢六角螺栓", "A2-70 M10×40", "只", "pcs", "0.62", "CNY", 5000),
               I("不锈钢六角螺母", "A2 M10", "只", "pcs", "0.15", "CNY", 10000)]
    fcols = [Col("序号", "idx"), Col("产品名称", "product"), Col("规格", "model"), Col("数量", "qty", "r"),
             Col("单价", "price", "r"), Col("金额", "amount", "r")]
    qf = Fmt(style="us", qty_unit=True)
    html = html_table(fcols, f_items, qf, [("合计", total_of(f_items))], flavor="foxmail")
    body4 = ["吴小姐您好：", "不锈钢标准件报价如下（单位：人民币元，含税）：", ("table", text_table(fcols, f_items, qf, style="tabs"), html),
             "交期：7天", "陈晓燕"]
    ctx.add(new_mail("ht-html", dt("2025-06-18 11:02"), CHEN, [HELEN], "不锈钢螺栓报价", body4, client="foxmail", charset="gb2312",
                     lang="zh"),
            "huatai", "html-foxmail-zh", "quote", f_items, notes="Foxmail HTML table, '5,000只' in the quantity cell; currency only in the sentence above it.")

    po_items = [I("开关电源", "LRS-350-24", "台", "set", "86.50", "CNY", 100), I("交流接触器", "CJX2-1810 AC220V", "只", "pcs", "28.60", "CNY", 200)]
    pcols = [Col("序号", "idx", width=0.5), Col("物料名称", "product", width=1.6), Col("规格型号", "model", width=2.0),
             Col("单位", "unit", width=0.6), Col("数量", "qty", "r", 0.8), Col("单价(元)", "price", "r", 1.0),
             Col("金额(元)", "amount", "r", 1.1), Col("交货日期", "const:2025-03-20", width=1.1)]
    pdf = docs.pdf_doc({"lang": "zh", "letterhead": [("宁波信威工业供应有限公司", 15, True)], "title": "采 购 订 单",
                        "info": [("供应商：", "深圳市华鑫电子有限公司"), ("联系人：", "李娜")],
                        "info_right": [("订单号：", "PO-SW2503-012"), ("日期：", "2025-03-05")], "cols": pcols, "items": po_items,
                        "fmt": US, "grid": True, "footer": [("合计：", total_of(po_items))],
                        "notes": ["1. 价格含13%增值税及运费；2. 付款：货到票到30天；3. 请随货附送货单及合格证。", "采购员：吴海伦   审核：陈明"]})
    body5 = ["李经理：\n您好！采购订单PO-SW2503-012见附件，请确认回签，谢谢！", SIG_HELEN]
    ctx.add(new_mail("hx-po", dt("2025-03-05 14:30"), HELEN, [LINA], "采购订单PO-SW2503-012", body5, client="outlook", charset="gb2312",
                     lang="zh", attachments=[(pdf, "application/pdf", "采购订单PO-SW2503-012.pdf")]),
            "hxin", "po-pdf-zh", "order", po_items, status="ordered", notes="Our Chinese purchase order PDF: ordered prices.")

    shot_items = [I("五层瓦楞纸箱", "600×400×400", "个", "pcs", "8.80", "CNY", 3000),
                  I("五层瓦楞纸箱", "500×400×300", "个", "pcs", "6.90", "CNY", 2000),
                  I("气泡膜", "1.2m×50m", "卷", "roll", "44.00", "CNY", 200)]
    scols = [Col("品名", "product", width=1.6), Col("规格", "model", width=1.6), Col("单位", "unit", width=0.6),
             Col("数量", "qty", "r", 0.8), Col("单价", "price", "r", 0.8), Col("金额", "amount", "r", 1.0)]
    clean = docs.pdf_doc({"lang": "zh", "cols": scols, "items": shot_items, "fmt": US, "grid": True,
                          "footer": [("合计", total_of(shot_items))]})
    img = docs.rasterize(clean, dpi=110, gray=False)
    img = img.crop((0, 0, img.width, min(img.height, 420)))
    body6 = ["吴小姐，年底备货的价格截图给您，含税含运。", "刘燕"]
    ctx.add(new_mail("ld-png", dt("2025-12-05 16:12"), LIU, [HELEN], "备货价格", body6, client="webmail", charset="utf-8", lang="zh",
                     attachments=[(docs.png(img), "image/png", "微信截图_20251205161044.png")]),
            "lianda", "image-png-screenshot", "quote", shot_items, notes="Screenshot of a spreadsheet (PNG, no header row for currency).")

    o_items = [I("不锈钢球阀", "Q41F-16P DN50", "只", "pcs", "180.00", "CNY", 80), I("Y型过滤器", "GL41H-16C DN50", "只", "pcs", "160.00", "CNY", 40)]
    ocols = [Col("行号", "idx"), Col("物料编码", "extra:code"), Col("物料名称", "product"), Col("规格型号", "model"),
             Col("单位", "unit"), Col("数量", "qty", "r"), Col("含税单价", "price", "r"), Col("价税合计", "amount", "r"),
             Col("要求到货日期", "const:2025-09-10")]
    o_items[0].extra["code"], o_items[1].extra["code"] = "03.02.0118", "03.05.0021"
    xlsx2 = docs.xlsx_quote({"sheet": "采购订单", "inline_strings": True, "letterhead": [("上海浦江机电设备有限公司", 14, True), ("采购订单", 13, True)],
                             "info": [("供应商：", "宁波信威工业供应有限公司"), ("订单编号：", "PJ-PO-250820"), ("订单日期：", "2025-08-20")],
                             "cols": ocols, "items": o_items, "fmt": US, "formulas": True,
                             "footer": [("合计", total_of(o_items))], "sum_label": "合计",
                             "notes": ["备注：按合同SW-HT-2025-0610条款执行；Y型过滤器价格经双方确认为160元/只。"],
                             "date": "2025-08-20", "author": "赵敏"})
    body7 = ["周经理：\n您好！附件是我司采购订单PJ-PO-250820，请安排生产发货，并回传确认。\n\n赵敏\n上海浦江机电设备有限公司 采购部\n"
             "电话：021-5088 3176"]
    ctx.add(new_mail("pj-po", dt("2025-08-20 09:40"), ZHAO, [KEVIN_ZH], "采购订单PJ-PO-250820", body7, client="outlook",
                     charset="gb2312", lang="zh", attachments=[(xlsx2, XLSX, "采购订单PJ-PO-250820.xlsx")]),
            "pujiang", "po-xlsx-zh", "order", o_items, status="ordered", notes="Buyer's ERP purchase order XLSX; 物料编码 is not the model.")


def world_more(ctx):
    jcols = [Col("No.", "idx", width=0.4), Col("品番", "model", width=1.3), Col("品名", "product", width=2.2),
             Col("数量", "qty", "r", 0.6), Col("単位", "unit", width=0.6), Col("単価", "price", "r", 0.9), Col("金額", "amount", "r", 1.0)]
    j_items = [I("精密ボールねじ", "BSS1520-C5", "本", "pcs", "42600", "JPY", 6), I("リニアガイド", "LG20-H2R", "セット", "set", "16100", "JPY", 10),
               I("カップリング", "CP-25-8x10", "個", "pcs", "3850", "JPY", 12)]
    jf = Fmt(style="us", places=0, price_prefix="¥")
    sub = total_of(j_items)
    pdf = docs.pdf_doc({"lang": "ja", "letterhead": [("株式会社 大和精密", 15, True), ("〒577-0011 大阪府東大阪市荒本北1-2-3  TEL 06-6781-2234", 8, False)],
                        "title": "御 見 積 書", "info": [("Sinoway Industrial Supply Co., Ltd. 御中", ""), ("見積番号：", "YS-251210-05")],
                        "info_right": [("見積日：", "2025年12月10日"), ("有効期限：", "2026年1月31日")],
                        "cols": jcols, "items": j_items, "fmt": jf, "footer": [("合計（税抜）", sub)],
                        "notes": ["受渡条件：FOB大阪  支払条件：T/T前払い  納期：受注後5週間"]})
    body = ["Helen Wu 様\n\nいつもお世話になっております。\nご依頼の件、見積書（PDF）をお送りいたします。", "佐藤 健一\n株式会社 大和精密"]
    ctx.add(new_mail("ym-pdf", dt("2025-12-10 11:20", "+0900"), SATO, [HELEN_EN], "御見積書送付（YS-251210-05）", body, client="outlook",
                     charset="iso-2022-jp", lang="ja", attachments=[(pdf, "application/pdf", "見積書_YS-251210-05.pdf")]),
            "yamato", "pdf-ja", "quote", j_items, notes="Japanese PDF (embedded IPA Gothic), ¥ prices without decimals, ISO-2022-JP mail.")

    kcols = [Col("Pos.", "idx10", width=0.5), Col("Artikel-Nr.", "model", width=1.3), Col("Bezeichnung", "product", width=3.0),
             Col("Menge", "qty", "r", 0.6), Col("ME", "unit", width=0.5), Col("Preis €", "price", "r", 0.9), Col("Betrag €", "amount", "r", 1.0)]
    k_items = [I("Kegelradgetriebemotor 1,1 kW", "KA47-DRN90S4", "St", "pcs", "509.00", "EUR", 4),
               I("Frequenzumrichter 400 V, 2,2 kW", "FU-2.2-400", "St", "pcs", "358.00", "EUR", 4)]
    kpdf = docs.pdf_doc({"lang": "de", "letterhead": [("Krüger Antriebstechnik GmbH", 16, True)], "title": "Angebot AN-26-02104",
                         "info": [("Kunde:", "Sinoway Europe B.V."), ("Datum:", "10.02.2026")], "cols": kcols, "items": k_items,
                         "fmt": DE, "footer": [("Summe netto", total_of(k_items))],
                         "notes": ["Projektpreise, gültig bis 31.03.2026. Lieferung FCA Hannover."]})
    z = docs.zip_files([("Angebot AN-26-02104.pdf", kpdf), ("Datenblatt KA47.txt", b"KA47 Kegelradgetriebe, Abtriebsdrehmoment 400 Nm\r\n")])
    body2 = ["Sehr geehrter Herr Bakker,\n\nanbei das Projektangebot (gezippt wegen unserer Mail-Richtlinie).\n\nMit freundlichen "
             "Grüßen\nThomas Brandt"]
    ctx.add(new_mail("kr-zip", dt("2026-02-10 10:45", "+0100"), BRANDT, [JOOST], "Projektangebot AN-26-02104", body2, client="outlook",
                     charset="iso-8859-1", lang="de", attachments=[(z, "application/zip", "AN-26-02104.zip")]),
            "krueger", "pdf-in-zip", "quote", k_items, notes="A PDF quote inside a .zip (with a data-sheet text file beside it).")

    fcols = [Col("Réf.", "model", width=1.3), Col("Désignation", "product", width=3.0), Col("Qté", "qty", "r", 0.5),
             Col("P.U. HT", "price", "r", 0.9), Col("Total HT", "amount", "r", 1.0)]
    f_items = [I("Robinet à tournant sphérique inox DN25 PN40", "RTS-DN25-PN40", "", "pcs", "47.80", "EUR", 100),
               I("Vanne papillon à oreilles DN100 PN16", "VP-DN100", "", "pcs", "125.00", "EUR", 20),
               I("Vanne papillon à oreilles DN150 PN16", "VP-DN150", "", "pcs", "1168.00", "EUR", 2)]
    ff = Fmt(style="fr", price_suffix="\u202f€")
    ht = total_of(f_items)
    fpdf = docs.pdf_doc({"lang": "fr", "letterhead": [("ROBINETTERIE LYONNAISE SAS", 15, True),
                                                      ("12, rue des Ateliers – 69200 Vénissieux – Tél. 04 72 50 18 30", 8, False)],
                         "title": "DEVIS N° D25-0612-02", "info": [("Client :", "Sinoway Europe B.V."), ("Date :", "12/06/2025")],
                         "cols": fcols, "items": f_items, "fmt": ff,
                         "footer": [("Total HT", ht), ("TVA (autoliquidation)", D("0")), ("Total TTC", ht)],
                         "notes": ["Prix unitaires en euros hors taxes, à la pièce. Départ usine. Validité 30 jours."],
                         "footer_line": "SAS au capital de 250 000 € – RCS Lyon 512 345 678", "page_label": "Page {p}/{n}"})
    body3 = ["Bonjour Joost,\n\nCi-joint le devis D25-0612-02.\n\nCordialement,\nJulien Moreau"]
    ctx.add(new_mail("ro-pdf", dt("2025-06-12 14:08", "+0200"), MOREAU, [JOOST], "Devis D25-0612-02", body3, client="outlook",
                     charset="iso-8859-1", lang="fr", attachments=[(fpdf, "application/pdf", "Devis D25-0612-02.pdf")]),
            "robilyon", "pdf-fr", "quote", f_items, notes="French PDF, '1 168,00 €' with narrow no-break space, prices per piece.")

    icols = [Col("Codice", "model"), Col("Descrizione", "product"), Col("Q.tà", "qty", "r"), Col("Prezzo", "price", "r")]
    i_items = [I('Valvola a sfera in ottone 1" PN30', "VB-100-1", "", "pcs", "6.85", "EUR", 500),
               I('Valvola a sfera in ottone 1 1/2" PN30', "VB-100-15", "", "pcs", "12.40", "EUR", 200),
               I("Manometro Ø63 0-16 bar radiale", "MN-63-16", "", "pcs", "7.25", "EUR", 100)]
    itf = Fmt(style="de", price_prefix="€ ")
    body4 = ["Gentile Joost,\n\ncome anticipato al telefono, ecco i prezzi per il vostro ordine programmato (prezzi netti al "
             "pezzo, franco fabbrica):", ("table", text_table(icols, i_items, itf, style="spaces"), None),
             "Sconto già applicato. Consegna: 2-3 settimane.\n\nCordiali saluti,\nMarco Colombo"]
    ctx.add(new_mail("br-text", dt("2025-07-22 09:12", "+0200"), COLOMBO, [JOOST], "Prezzi ordine programmato", body4,
                     client="thunderbird", charset="windows-1252", lang="it", text_only=True),
            "brianza", "it-text", "quote", i_items, notes="Italian text with '€ 6,85' (symbol before, decimal comma).")

    p_items = [I("Flange de pescoço DN80 PN16 aço P250GH", "FL-DN80-16", "un.", "pcs", "18.60", "EUR"),
               I("Flange de pescoço DN100 PN16 aço P250GH", "FL-DN100-16", "un.", "pcs", "24.20", "EUR")]
    body5 = ["Bom dia Joost,\n\nConforme falámos, para a encomenda anual de 500 unidades o preço unitário da flange DN80 "
             "(FL-DN80-16) passa a 18,60 € por unidade e o da flange DN100 (FL-DN100-16) a 24,20 €/un. O tubo inox mantém o preço "
             "da última proposta.\n\nCom os melhores cumprimentos,\nRui Fernandes"]
    ctx.add(new_mail("do-prose", dt("2025-11-25 10:30", "+0000"), FERNANDES, [JOOST], "Preços flanges - encomenda anual", body5,
                     client="outlook", charset="windows-1252", lang="pt"),
            "douro", "prose-pt", "quote", p_items, notes="Portuguese prose; 500 unidades is an annual quantity, not a price.")

    r_items = [I("", "PW-20-H6-500", "", "", "37.90", "CHF"), I("", "KG-TR20x4-1000", "", "", "1245.00", "CHF")]
    body6 = ["Grüezi Herr Bakker\n\nFür den Rahmenauftrag 2026 können wir folgende Artikel aus unserer Offerte 25-1187 günstiger "
             "anbieten:\n\nPW-20-H6-500      neu CHF 37.90 (bisher 39.20)\nKG-TR20x4-1000    neu CHF 1'245.00 (bisher 1'280.00)\n\n"
             "Alle anderen Positionen unverändert.\n\nFreundliche Grüsse\nReto Frei"]
    ctx.add(new_mail("aa-rev", dt("2026-01-20 08:15", "+0100"), FREI, [JOOST], "Rahmenauftrag 2026 – neue Preise", body6,
                     client="outlook", charset="utf-8", lang="de", text_only=True),
            "aargau", "revision-model-only", "quote", r_items, notes="German revision by article number; the 'bisher' prices must not count.")

    rcols = [Col("Pos.", "idx"), Col("Artikel-Nr.", "model"), Col("Bezeichnung", "product"), Col("Menge", "qty", "r"),
             Col("Einheit", "unit"), Col("Einzelpreis (EUR)", "price", "r"), Col("Gesamt (EUR)", "amount", "r")]
    rh_items = [I("Kugelhahn Messing DN25 PN25", "KH-DN25", "Stk.", "pcs", "7.60", "EUR", 300),
                I("Kugelhahn Messing DN32 PN25", "KH-DN32", "Stk.", "pcs", "11.40", "EUR", 150),
                I("Rückschlagventil Messing DN40", "RV-DN40", "Stk.", "pcs", "14.20", "EUR", 60),
                I("Schrägsitzventil DN25 PN16", "SV-DN25", "Stk.", "pcs", "18.90", "EUR", 40)]
    xlsx = docs.xlsx_quote({"sheet": "Angebot", "letterhead": [("Sinoway Europe B.V.", 14, True),
                                                              ("Waalhaven Z.z. 42 · 3089 JH Rotterdam · Niederlande", 8, False)],
                            "title": "Angebot SWE-A-25-0915", "info": [("Kunde", "Rheintal Haustechnik GmbH"), ("Datum", "15.09.2025"),
                                                                       ("Gültig bis", "31.10.2025")],
                            "cols": rcols, "items": rh_items, "fmt": DE, "price_format": "#,##0.00", "formulas": True,
                            "footer": [("Summe netto", total_of(rh_items))], "sum_label": "Summe netto",
                            "notes": ["Lieferung DAP Freiburg, Zahlung 30 Tage netto."], "date": "2025-09-15", "author": "Anna de Vries"})
    body7 = ["Sehr geehrter Herr Weber,\n\nanbei unser Angebot für den Herbstbedarf als Excel-Datei.", "Mit freundlichen Grüßen\n\n" + SIG_ANNA]
    ctx.add(new_mail("rh-xlsx", dt("2025-09-15 14:40", "+0200"), ANNA, [WEBER], "Angebot SWE-A-25-0915", body7, client="outlook",
                     charset="iso-8859-1", lang="de", attachments=[(xlsx, XLSX, "Angebot SWE-A-25-0915.xlsx")]),
            "rheintal", "xlsx-de", "quote", rh_items, notes="Our German XLSX quote, 'Einzelpreis (EUR)' header.")

    scols = [Col("Artikel", "model"), Col("Benämning", "product"), Col("Antal", "qty", "r"), Col("Enhet", "unit"),
             Col("Pris/st SEK", "price", "r"), Col("Summa SEK", "amount", "r")]
    s_items = [I("Kulventil 3-delad SS316 DN50 PN40", "BV-316-DN50", "st", "pcs", "182.50", "SEK", 100),
               I("Pneumatiskt ställdon dubbelverkande DA-63", "ACT-DA-63", "st", "pcs", "695.00", "SEK", 20),
               I("Pneumatiskt ställdon dubbelverkande DA-83", "ACT-DA-83", "st", "pcs", "1250.00", "SEK", 10)]
    sf = Fmt(style="fr_space")
    body8 = ["Hej Erik,\n\nsom önskat, priser i SEK för ert lager i Mölndal:",
             ("table", text_table(scols, s_items, sf, [("Summa", total_of(s_items))], style="spaces"), None),
             "Leverans DAP Mölndal, 4 veckor. Betalning 30 dagar netto. Priserna gäller till 31 december 2025.", SIG_ANNA]
    ctx.add(new_mail("no-sek", dt("2025-10-02 10:05", "+0200"), ANNA, [ERIK], "Offert i SEK - kulventiler och ställdon", body8,
                     client="outlook", charset="utf-8", lang="sv", text_only=True),
            "nordic", "sv-text-sek", "quote", s_items, notes="Swedish text in SEK, '1 250,00' with plain spaces, st = pcs.")

    tcols = [Col("Item", "idx"), Col("Part No.", "model"), Col("Description", "product"), Col("MOQ", "extra:moq", "r"),
             Col("Unit Price", "price", "r"), Col("Currency", "currency")]
    t_items = [I("Deep groove ball bearing", "6305-2RS", "", "", "0.78", "USD", moq="2,000"),
               I("Deep groove ball bearing", "6307-2RS", "", "", "1.34", "USD", moq="1,000"),
               I("Pillow block bearing", "UCP210", "", "", "6.90", "USD", moq="200"),
               I("Tapered roller bearing", "30208", "", "", "2.45", "USD", moq="500")]
    html = html_table(tcols, t_items, US, flavor="plain")
    body9 = ["Dear Helen,", "Please see our offer for the additional part numbers below (FOB Taichung, valid 30 days):",
             ("table", text_table(tcols, t_items, US, style="tabs"), html), "Best Regards,\nVivian Chang\nTCB Bearing"]
    ctx.add(new_mail("tcb-html", dt("2025-08-11 10:25"), VIVIAN, [HELEN_EN], "Offer for additional bearings", body9,
                     client="thunderbird", charset="utf-8", lang="en"),
            "tcb", "html-plain-currency-column", "quote", t_items,
            notes="Plain HTML table with a Currency column and an MOQ column (not a quantity); no unit anywhere.")

    g_items = [I("Manhole cover", "600 dia D400", "Nos", "pcs", "84.00", "USD", 600),
               I("Gully grating", "500x500 C250", "Nos", "pcs", "49.80", "USD", 400)]
    gcols = [Col("Sr.", "idx"), Col("Item", "product"), Col("Size / Class", "model"), Col("Qty", "qty", "r"), Col("Unit", "unit"),
             Col("Rate (USD)", "price", "r"), Col("Amount (USD)", "amount", "r")]
    ghtml = html_table(gcols, g_items, US, [("Total", total_of(g_items))], flavor="plain")
    body10 = ["Dear Helen Madam,", "Greetings! As discussed, our revised offer for the combined order:",
              ("table", text_table(gcols, g_items, US, style="tabs"), ghtml),
              "Prices FOB Nhava Sheva. Freight to Ningbo approx. USD 1,150 per 20' container.\n\nRegards,\nRajesh Patel\n+91 98250 41177"]
    ctx.add(new_mail("gc-html", dt("2026-01-15 13:05", "+0530"), RAJESH, [HELEN_EN], "Revised offer - manhole covers & gratings",
                     body10, client="webmail", charset="utf-8", lang="en"),
            "ganesh", "html-gmail-en", "quote", g_items,
            notes="Webmail HTML table; the freight sentence is not an item.")


def sap_export(ctx):
    """A price enquiry answered with an SAP list export: tab-separated, Latin-1, German numbers,
    and a price unit column (PE): 21,50 EUR per 100 pieces is 0.215 EUR a piece."""
    rows = [("10-EPDM70-025x2", "O-Ring EPDM 70 25 x 2 mm", "1.000", "ST", "21,50", "100", "0.215", "pcs"),
            ("20-FD-DN65-16", "Flachdichtung DN65 PN16 C-4400", "100", "ST", "3,10", "1", "3.10", "pcs"),
            ("60-STB-PTFE-10", "Stopfbuchspackung PTFE 10 mm", "25", "M", "18,40", "1", "18.40", "m")]
    lines = ["Material\tKurztext\tMenge\tME\tPreis\tWährg\tPE"]
    lines += [f"{mat}\t{text}\t{menge}\t{me}\t{preis}\tEUR\t{pe}" for mat, text, menge, me, preis, pe, _, _ in rows]
    data = ("\r\n".join(lines) + "\r\n").encode("latin-1")
    items = [I(text, mat, me, unit, unit_price, "EUR", D(menge.replace(".", ""))) for mat, text, menge, me, _, _, unit_price, unit in rows]
    body = ["Sehr geehrter Herr Bakker,\n\nanbei die Preisauskunft zu Ihrer Anfrage als Textdatei aus SAP (Tabulator-getrennt). "
            "Bitte beachten Sie die Preiseinheit (PE): O-Ringe werden je 100 Stück berechnet.\n\nMit freundlichen Grüßen\nSabine Keller\n"
            "Hoffmann Dichtungstechnik GmbH\nTel. +49 521 9876-214"]
    ctx.add(new_mail("ho-tsv", dt("2025-11-05 11:20", "+0100"), KELLER, [JOOST], "Preisauskunft O-Ringe EPDM / Packungen", body,
                     client="outlook", charset="iso-8859-1", lang="de",
                     attachments=[(data, "text/plain", "Preisauskunft_24711.txt")]),
            "hoffmann", "tsv-sap-latin1", "quote", items,
            notes="SAP list export: tab-separated Latin-1 .txt, German numbers, price per price unit (PE 100 -> 0.215 a piece).")


def taiwan_pdf(ctx):
    """A Traditional Chinese PDF quotation (AR PL UMing embedded), USD, with 稅 and 運費 rows."""
    cols = [Col("項次", "idx", width=0.5), Col("品名", "product", width=1.6), Col("型號", "model", width=1.3),
            Col("數量", "qty", "r", 0.7), Col("單位", "unit", width=0.6), Col("單價(USD)", "price", "r", 1.0),
            Col("金額(USD)", "amount", "r", 1.1)]
    items = [I("氣動扳手", "AT-2250", "台", "set", "115.00", "USD", 30), I("衝擊起子機", "AT-1180", "台", "set", "84.00", "USD", 20),
             I("套筒組", "S-1217", "組", "set", "37.50", "USD", 40)]
    sub = total_of(items)
    pdf = docs.pdf_doc({"lang": "tw", "letterhead": [("鑫發工具股份有限公司", 16, True),
                                                     ("台中市西屯區工業區一路55號  TEL: 04-2359-1188  FAX: 04-2359-1189  統一編號: 12345678", 8, False)],
                        "title": "報 價 單", "info": [("客戶：", "信威工業供應有限公司 吳經理"), ("報價日期：", "2025/09/18")],
                        "info_right": [("報價單號：", "Q-250918"), ("業務：", "林志明 0932-118-556")],
                        "cols": cols, "items": items, "fmt": US, "grid": True,
                        "footer": [("小計", sub), ("運費（FOB台中）", D("0")), ("合計", sub)],
                        "notes": ["1. 價格條件：FOB台中，美金報價。", "2. 付款：T/T 30%訂金，餘款出貨前付清。", "3. 有效期限：2025/10/31。"]})
    body = ["吳經理 您好：\n\n附件為第四季訂單的報價單（PDF），請查收。", "林志明 Jimmy Lin\n鑫發工具股份有限公司"]
    ctx.add(new_mail("hf-pdf", dt("2025-09-18 16:40"), JIMMY, [HELEN_TW], "鑫發工具報價單 Q-250918", body, client="outlook",
                     charset="big5", lang="zh-tw", attachments=[(pdf, "application/pdf", "報價單Q-250918.pdf")]),
            "hsinfa", "pdf-zh-tw", "quote", items, notes="Traditional Chinese PDF with an embedded AR PL UMing subset, 小計/運費/合計.")

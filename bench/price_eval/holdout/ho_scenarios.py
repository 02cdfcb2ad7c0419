"""The held-out mails: six counterparts of Harbor Point Trading (harborpoint-trade.com), each
with its own documents over a year. Every price and company is invented."""

US = ("Helen Zhou", "helen.zhou@harborpoint-trade.com")
US_CN = ("周海伦", "helen.zhou@harborpoint-trade.com")

CUSTOMERS = [
    {"slug": "kaiyuan", "name": "宁波凯元液压件有限公司", "domains": ["kaiyuan-hyd.cn"]},
    {"slug": "brunner", "name": "Brunner Armaturen GmbH", "domains": ["brunner-armaturen.de"]},
    {"slug": "pacifica", "name": "Pacifica Fasteners Ltd", "domains": ["pacifica-fast.com.tw"]},
    {"slug": "mercado", "name": "Mercado Industrial S.A.", "domains": ["mercado-ind.es"]},
    {"slug": "lumen", "name": "Lumen Electric Co., Ltd.", "domains": ["lumen-electric.com"]},
    {"slug": "heshun", "name": "佛山市和顺五金制品厂", "domains": ["heshun-hw.cn"]},
]

KAI = ("陈立新", "chen.lixin@kaiyuan-hyd.cn")
BRU = ("Jürgen Maier", "j.maier@brunner-armaturen.de")
PAC = ("林志明", "sales@pacifica-fast.com.tw")
MER = ("Lucía Ortega", "compras@mercado-ind.es")
LUM = ("Kevin Tan", "kevin@lumen-electric.com")
HES = ("梁伟", "liangwei@heshun-hw.cn")


def scenarios(D, M):
    mails = []

    def add(key, date, frm, to, subject, layout, family, kind, items, raw, direction="inbound", kind_alt=(),
            notes="", customer=None, stale=False, history_items=()):
        mails.append({"message_id": raw[1], "date": date, "customer": customer, "layout": layout,
                      "family": family, "kind": kind, "kind_alt": list(kind_alt), "direction": direction,
                      "items": items, "history_items": list(history_items), "notes": notes, "stale": stale,
                      "raw": raw[0]})

    kaiyuan(D, M, add)
    brunner(D, M, add)
    pacifica(D, M, add)
    mercado(D, M, add)
    lumen(D, M, add)
    heshun(D, M, add)
    return CUSTOMERS, mails


# ------------------------------------------------------------------ kaiyuan (GBK, ERP codes)

def kaiyuan(D, M, add):
    I = M.item
    sig = "\n\n陈立新  销售部\n宁波凯元液压件有限公司\n电话：0574-8765 4321  手机：138 5741 2266\n地址：宁波市鄞州区启明路88号  2025年3月3日\n"
    body = ("周小姐：\n您好！按贵司询价，报价如下（人民币，单位：只）：\n\n"
            "物料编码      名称规格              单位    不含税单价    含税单价    交期\n"
            "3101020045    截止阀 J41H-16C DN50  只        152.00      171.76    15天\n"
            "3101020080    截止阀 J41H-16C DN80  只        236.00      266.68    15天\n"
            "3102040100    闸阀 Z41H-16C DN100   只        318.50      359.91    20天\n\n"
            "注：含税价为13%增值税专用发票；运费到宁波由我司承担。报价有效期30天。" + sig)
    items = [I("jv50", "截止阀", "J41H-16C DN50", "152.00", "CNY", "pcs"),
             I("jv80", "截止阀", "J41H-16C DN80", "236.00", "CNY", "pcs"),
             I("gv100", "闸阀", "Z41H-16C DN100", "318.50", "CNY", "pcs")]
    raw = M.build("k1", "2025-03-03T09:12:00+08:00", KAI, US_CN, "报价单-凯元液压-2025030301",
                  text=body, charset="gbk")
    add("k1", "2025-03-03T01:12:00Z", KAI, US_CN, "", "gbk-text-erp-tax-columns", "text-table", "quote",
        items, raw, customer="kaiyuan",
        notes="GBK body; ERP code column; 不含税 and 含税 price columns (the untaxed price is the item); phones and a date in the signature.")

    body2 = ("周小姐您好，\n\n经核算，J41H-16C DN50截止阀单价调整为人民币壹佰伍拾元整（不含税），"
             "DN80的每只230元（不含税），其余不变。\n\n陈立新\n电话 0574-8765 4321")
    items2 = [I("jv50", "截止阀", "J41H-16C DN50", "150.00", "CNY", "pcs"),
              I("jv80", "截止阀", "J41H-16C DN80", "230.00", "CNY", "pcs")]
    raw = M.build("k2", "2025-05-12T15:40:00+08:00", KAI, US_CN, "回复：截止阀价格", text=body2, charset="gb2312")
    add("k2", "2025-05-12T07:40:00Z", KAI, US_CN, "", "zh-prose-capital-numerals", "prose", "quote", items2, raw,
        customer="kaiyuan", notes="GB2312 prose; 壹佰伍拾元整 in capital numerals; a model named without the product in the second sentence.")

    rows = [["宁波凯元液压件有限公司"], ["价格调整通知单"], ["生效日期：2025年7月1日"], [],
            ["物料编码", "品名", "规格型号", "单位", "原单价(元)", "新单价(元)", "调整幅度"],
            ["3101020045", "截止阀", "J41H-16C DN50", "只", 150.00, 157.50, "5%"],
            ["3101020080", "截止阀", "J41H-16C DN80", "只", 230.00, 241.50, "5%"],
            ["3102040100", "闸阀", "Z41H-16C DN100", "只", 318.50, 334.40, "5%"],
            [], ["因原材料（铸钢）价格上涨，自7月1日起执行新价格。"]]
    xl = D.xlsx([("调价通知", rows, {"merge": ["A1:G1", "A2:G2"], "formats": {4: "0.00", 5: "0.00"}})])
    items3 = [I("jv50", "截止阀", "J41H-16C DN50", "157.50", "CNY", "pcs", "notice"),
              I("jv80", "截止阀", "J41H-16C DN80", "241.50", "CNY", "pcs", "notice"),
              I("gv100", "闸阀", "Z41H-16C DN100", "334.40", "CNY", "pcs", "notice")]
    raw = M.build("k3", "2025-06-20T10:00:00+08:00", KAI, US_CN, "调价通知", text="周小姐：\n附件为我司调价通知单，请查收。\n陈立新",
                  charset="gbk", attachments=[(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "调价通知单2025.xlsx")])
    add("k3", "2025-06-20T02:00:00Z", KAI, US_CN, "", "xlsx-zh-adjustment-old-new", "xlsx", "price-notice", items3, raw,
        customer="kaiyuan", kind_alt=["quote"], notes="XLSX circular: 原单价 and 新单价 columns; only the new price is current.")

    # the March quote sent again in December: nothing new
    raw = M.build("k4", "2025-12-02T09:00:00+08:00", KAI, US_CN, "重发：报价单-凯元液压-2025030301（3月报价）",
                  text="周小姐：\n应您要求，重发3月3日的报价单如下，仅供存档。\n\n" + body, charset="gbk")
    add("k4", "2025-12-02T01:00:00Z", KAI, US_CN, "", "resent-old-quote-zh", "text-table", "quote",
        [dict(x) for x in items], raw, customer="kaiyuan", stale=True,
        notes="the March quote resent in December for the file; the list must keep the notice's prices.")

    html = ("<p>周小姐，</p><p>球阀报价如下：</p><table border=1 cellspacing=0>"
            "<tr><td>物料编码</td><td>品名</td><td>型号规格</td><td>单位</td><td>单价(元)</td></tr>"
            "<tr><td>3103010025</td><td>球阀</td><td>Q41F-16P DN25</td><td>只</td><td>58.00</td></tr>"
            "<tr><td>3103010040</td><td>球阀</td><td>Q41F-16P DN40</td><td>只</td><td>96.00</td></tr></table>"
            "<p>陈立新 0574-8765 4321</p>")
    quoted = ("<p>陈经理，</p><p>请报不锈钢球阀DN25、DN40价格。另外截止阀DN50上次价格157.50元是否仍有效？</p>"
              "<table border=1><tr><td>截止阀</td><td>J41H-16C DN50</td><td>157.50</td></tr></table><p>周海伦</p>")
    full = M.outlook_reply_html(html, "周海伦 [mailto:helen.zhou@harborpoint-trade.com]", "2025年9月8日 10:20",
                                "陈立新", "询价：球阀", quoted)
    items5 = [I("bv25", "球阀", "Q41F-16P DN25", "58.00", "CNY", "pcs"),
              I("bv40", "球阀", "Q41F-16P DN40", "96.00", "CNY", "pcs")]
    raw = M.build("k5", "2025-09-10T11:00:00+08:00", KAI, US_CN, "答复: 询价：球阀", html=full)
    add("k5", "2025-09-10T03:00:00Z", KAI, US_CN, "", "outlook-reply-zh-quoted-table", "html-table", "quote",
        items5, raw, customer="kaiyuan", notes="Outlook HTML reply; our inquiry below repeats an old price.")

    body6 = ("陈经理：\n\n收到，谢谢。球阀DN25/DN40价格我们内部确认后再回复。\n\n周海伦\n\n"
             "-----原始邮件-----\n发件人：陈立新\n发送时间：2025年9月10日 11:00\n主题：答复: 询价：球阀\n\n"
             "球阀 Q41F-16P DN25  只  58.00\n球阀 Q41F-16P DN40  只  96.00\n闸阀 Z41H-16C DN100  只  318.50\n")
    raw = M.build("k6", "2025-09-11T08:30:00+08:00", US_CN, KAI, "回复：答复: 询价：球阀", text=body6, charset="gbk")
    add("k6", "2025-09-11T00:30:00Z", US_CN, KAI, "", "our-reply-quoting-their-quote", "text-table", "other", [], raw,
        direction="outbound", kind_alt=["inquiry", "quote"], customer="kaiyuan",
        notes="our acknowledgement; their quote and an OLD DN100 price quoted below must not count.")


# ------------------------------------------------------------------ brunner (EUR, German)

def brunner(D, M, add):
    I = M.item
    sig = ("<p>Mit freundlichen Grüßen<br>Jürgen Maier<br>Brunner Armaturen GmbH · Industriestr. 12 · 33602 Bielefeld<br>"
           "Tel. +49 521 9876-120 · Fax +49 521 9876-199<br>Bielefeld, 10.03.2025</p>")
    html = ("<html><body><p>Sehr geehrte Frau Zhou,</p><p>anbei unser Angebot Nr. A-25-0310, Preise netto ab Werk "
            "(EXW Bielefeld), zzgl. MwSt.:</p>"
            "<table border='1' cellpadding='3'><tr><th>Art.-Nr.</th><th>Bezeichnung</th><th>ME</th>"
            "<th>Preis 100–499 Stk.</th><th>Preis ab 500 Stk.</th></tr>"
            "<tr><td>BA-2050</td><td>Kugelhahn DN50 PN40<br>Edelstahl 1.4408, Vollbohrung</td><td>Stk.</td>"
            "<td>1.250,00 €</td><td>1.187,50 €</td></tr>"
            "<tr><td>BA-2080</td><td>Kugelhahn DN80 PN40<br>Edelstahl 1.4408</td><td>Stk.</td>"
            "<td>2.140,00 €</td><td>2.033,00 €</td></tr>"
            "<tr><td>RV-1025</td><td>Rückschlagventil DN25</td><td>Stk.</td><td>48,60 €</td><td>46,20 €</td></tr>"
            "<tr><td colspan='3'>Verpackung und Fracht</td><td colspan='2'>pauschal 85,00 €</td></tr>"
            "</table><p>Gültig bis 30.04.2025. Mindestbestellmenge 100 Stk. je Artikel.</p>" + sig + "</body></html>")
    items = [I("ba50", "Kugelhahn DN50 PN40", "BA-2050", "1250.00", "EUR", "pcs", quantity="100"),
             I("ba50", "Kugelhahn DN50 PN40", "BA-2050", "1187.50", "EUR", "pcs", quantity="500", tier=True),
             I("ba80", "Kugelhahn DN80 PN40", "BA-2080", "2140.00", "EUR", "pcs", quantity="100"),
             I("ba80", "Kugelhahn DN80 PN40", "BA-2080", "2033.00", "EUR", "pcs", quantity="500", tier=True),
             I("rv25", "Rückschlagventil DN25", "RV-1025", "48.60", "EUR", "pcs", quantity="100"),
             I("rv25", "Rückschlagventil DN25", "RV-1025", "46.20", "EUR", "pcs", quantity="500", tier=True)]
    raw = M.build("b1", "2025-03-10T14:05:00+01:00", BRU, US, "Angebot A-25-0310 Kugelhähne", html=html, charset="windows-1252")
    add("b1", "2025-03-10T13:05:00Z", BRU, US, "", "html-de-tiers-euro-commas", "html-table", "quote", items, raw,
        customer="brunner", notes="quantity tiers 100–499 / ab 500 as two price columns; 1.250,00 €; two-line description cells; a freight row; the list's price is the first tier.")

    rows = [["Brunner Armaturen GmbH – Preisliste 2025", None, None, None, None], [None] * 5,
            ["Pos", "Artikel", "Beschreibung", "ME", "Preis EUR"],
            [1, "DV-3015", "Druckminderventil DN15\nMessing, 1–6 bar", "Stk", 86.4],
            [2, "DV-3020", "Druckminderventil DN20\nMessing, 1–6 bar", "Stk", 104.9],
            [3, "MA-0063", "Manometer 63 mm\n0–10 bar, Anschluss unten", "Stk", 12.75],
            [None] * 5, ["Alle Preise netto, zzgl. gesetzl. MwSt. Lieferung EXW Bielefeld.", None, None, None, None]]
    xl = D.xls("Preisliste", rows)
    items2 = [I("dv15", "Druckminderventil DN15", "DV-3015", "86.40", "EUR", "pcs"),
              I("dv20", "Druckminderventil DN20", "DV-3020", "104.90", "EUR", "pcs"),
              I("ma63", "Manometer 63 mm", "MA-0063", "12.75", "EUR", "pcs")]
    raw = M.build("b2", "2025-04-02T09:30:00+02:00", BRU, US, "Preisliste 2025",
                  text="Sehr geehrte Frau Zhou,\n\nanbei unsere Preisliste 2025 (Excel).\n\nMit freundlichen Grüßen\nJürgen Maier\nTel. +49 521 9876-120",
                  charset="iso-8859-1", attachments=[(xl, "application/vnd.ms-excel", "Preisliste_2025.xls")])
    add("b2", "2025-04-02T07:30:00Z", BRU, US, "", "xls-de-price-list-multiline", "xls", "quote", items2, raw,
        customer="brunner", notes="legacy .xls; currency only in the header 'Preis EUR'; two-line descriptions.")

    header = ["Pos.", "Artikelnummer", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamtpreis"]
    rows3 = [["1", "BA-2050", "Kugelhahn DN50 PN40", "600", "Stk.", "1.160,00", "696.000,00"],
             ["2", "RV-1025", "Rückschlagventil DN25", "1.000", "Stk.", "45,00", "45.000,00"],
             ["", "", "Summe netto", "", "", "", "741.000,00"], ["", "", "zzgl. 19 % MwSt.", "", "", "", "140.790,00"]]
    dx = D.docx(["RAHMENVERTRAG Nr. RV-2025-07", "zwischen Brunner Armaturen GmbH (Verkäufer) und Harbor Point Trading Co. (Käufer)",
                 "§1 Vertragsgegenstand und Preise (EUR, netto, EXW Bielefeld):"], header, rows3,
                ["§2 Laufzeit: 01.07.2025 bis 30.06.2026.", "§3 Zahlung: 30 Tage netto.", "Bielefeld, den 20.06.2025"])
    items3 = [I("ba50", "Kugelhahn DN50 PN40", "BA-2050", "1160.00", "EUR", "pcs", "agreed", "600"),
              I("rv25", "Rückschlagventil DN25", "RV-1025", "45.00", "EUR", "pcs", "agreed", "1000")]
    raw = M.build("b3", "2025-06-20T16:00:00+02:00", BRU, US, "Rahmenvertrag RV-2025-07 zur Unterschrift",
                  text="Sehr geehrte Frau Zhou,\n\nanbei der Rahmenvertrag zur Gegenzeichnung.\n\nJürgen Maier",
                  attachments=[(dx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Rahmenvertrag_RV-2025-07.docx")])
    add("b3", "2025-06-20T14:00:00Z", BRU, US, "", "docx-de-framework-contract", "docx", "contract", items3, raw,
        customer="brunner", notes="contract DOCX; agreed prices beside the quotes; Summe and MwSt rows.")

    body4 = ("Sehr geehrte Frau Zhou,\n\nwie besprochen ändern wir ab 1. Oktober folgende Preise:\n\n"
             "  BA-2050   neu 1.180,00 EUR/Stk. (bisher 1.250,00)\n"
             "  DV-3020   neu 99,50 EUR/Stk. (bisher 104,90)\n\n"
             "Alle anderen Preise bleiben unverändert.\n\nMit freundlichen Grüßen\nJürgen Maier\nTel. +49 521 9876-120\n"
             "Bielefeld, 25.09.2025")
    items4 = [I("ba50", "", "BA-2050", "1180.00", "EUR", "pcs"),
              I("dv20", "", "DV-3020", "99.50", "EUR", "pcs")]
    raw = M.build("b4", "2025-09-25T11:15:00+02:00", BRU, US, "Preisänderung ab 01.10.2025", text=body4, charset="iso-8859-1")
    add("b4", "2025-09-25T09:15:00Z", BRU, US, "", "de-revision-article-only", "prose", "quote", items4, raw,
        customer="brunner", kind_alt=["price-notice"], notes="revision naming only article numbers; neu/bisher.")

    rows5 = [["Preisanpassung 2026"], [], ["Artikel", "Bezeichnung", "Preis alt", "Preis neu", "Änderung"],
             ["DV-3015", "Druckminderventil DN15", 86.40, 89.90, "+4,1 %"],
             ["MA-0063", "Manometer 63 mm", 12.75, 13.20, "+3,5 %"], [],
             ["Gültig ab 01.01.2026, Preise in EUR netto."]]
    xl5 = D.xlsx([("Preise", rows5, {"formats": {2: "#,##0.00 \"€\"", 3: "#,##0.00 \"€\""}})])
    items5 = [I("dv15", "Druckminderventil DN15", "DV-3015", "89.90", "EUR", "", "notice"),
              I("ma63", "Manometer 63 mm", "MA-0063", "13.20", "EUR", "", "notice")]
    raw = M.build("b5", "2025-12-01T10:00:00+01:00", BRU, US, "Preisanpassung zum 01.01.2026",
                  text="Sehr geehrte Damen und Herren,\n\nbeiliegend die Preisanpassung zum 01.01.2026.\n\nBrunner Armaturen GmbH",
                  attachments=[(xl5, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Preisanpassung_2026.xlsx")])
    add("b5", "2025-12-01T09:00:00Z", BRU, US, "", "xlsx-de-price-old-new-euro-format", "xlsx", "price-notice", items5, raw,
        customer="brunner", kind_alt=["quote"], notes="Preis alt / Preis neu columns formatted #,##0.00 €.")


# ------------------------------------------------------------------ pacifica (Taiwan, USD, Big5)

def pacifica(D, M, add):
    I = M.item
    body = ("周小姐您好：\n\n敬覆貴公司詢價，報價如下（美金，每千支）：\n\n"
            "品名            規格          FOB Keelung   CIF Rotterdam\n"
            "六角螺栓 8.8級  M12×50        USD 118.00    USD 131.50\n"
            "六角螺栓 8.8級  M16×60        USD 236.00    USD 259.00\n"
            "法蘭螺帽        M12           USD  42.80    USD  48.00\n\n"
            "最低訂購量：每規格 50 千支。報價有效期限：2025/04/30。\n\n林志明\n太平洋扣件股份有限公司\n"
            "電話：+886-2-2788-1234 分機 215\n傳真：+886-2-2788-5678\n")
    items = [I("hb1250", "六角螺栓 8.8級", "M12×50", "118.00", "USD", "", size_model=True),
             I("hb1250", "六角螺栓 8.8級", "M12×50", "131.50", "USD", "", size_model=True, incoterm_alt=True),
             I("hb1660", "六角螺栓 8.8級", "M16×60", "236.00", "USD", "", size_model=True),
             I("hb1660", "六角螺栓 8.8級", "M16×60", "259.00", "USD", "", size_model=True, incoterm_alt=True),
             I("fn12", "法蘭螺帽", "M12", "42.80", "USD", "", size_model=True),
             I("fn12", "法蘭螺帽", "M12", "48.00", "USD", "", size_model=True, incoterm_alt=True)]
    raw = M.build("p1", "2025-03-18T16:20:00+08:00", PAC, US, "報價：六角螺栓 / 法蘭螺帽", text=body, charset="big5")
    add("p1", "2025-03-18T08:20:00Z", PAC, US, "", "big5-text-fob-cif-columns", "text-table", "quote", items, raw,
        customer="pacifica", notes="Big5 body; FOB and CIF columns (the list's price is the first, FOB); size-only model column; per 1000 pcs stated in a sentence (no unit).")

    header = ["Item", "Part No.", "Description", "Qty", "Unit Price (USD)", "Amount (USD)"]
    rows = [["1", "PF-HN-M12", "Hex nut M12 DIN934 zinc plated", "20,000", "0.036", "720.00"],
            ["2", "PF-HN-M16", "Hex nut M16 DIN934 zinc plated", "10,000", "0.071", "710.00"],
            ["3", "PF-FW-M12", "Flat washer M12 DIN125", "20,000", "0.012", "240.00"]]
    pdf = D.pdf(["PACIFICA FASTENERS LTD", "No. 88, Sec. 3, Nangang Rd., Taipei 115, Taiwan   Tel +886-2-2788-1234",
                 "QUOTATION No. PQ-250505   Date: 2025-05-05", "To: Harbor Point Trading Co.   Attn: Ms. Helen Zhou",
                 "Terms: FOB Keelung, T/T 30% deposit"],
                (header, rows, ["l", "l", "l", "r", "r", "r"]), col_x=[50, 80, 160, 360, 410, 490],
                after=["Total USD 1,670.00", "Validity: 30 days.   Lead time: 35 days", "Page 1 of 1"])
    items2 = [I("hn12", "Hex nut M12 DIN934 zinc plated", "PF-HN-M12", "0.036", "USD", "", quantity="20000"),
              I("hn16", "Hex nut M16 DIN934 zinc plated", "PF-HN-M16", "0.071", "USD", "", quantity="10000"),
              I("fw12", "Flat washer M12 DIN125", "PF-FW-M12", "0.012", "USD", "", quantity="20000")]
    raw = M.build("p2", "2025-05-05T10:00:00+08:00", PAC, US, "Quotation PQ-250505 hex nuts",
                  text="Dear Helen,\n\nPlease find our quotation attached.\n\nBest regards\nZhiming Lin\nTel +886-2-2788-1234 ext. 215",
                  attachments=[(pdf, "application/pdf", "PQ-250505.pdf")])
    add("p2", "2025-05-05T02:00:00Z", PAC, US, "", "pdf-en-clean-columns", "pdf", "quote", items2, raw,
        customer="pacifica", notes="one-page text PDF, clean column table, right-aligned numbers; total and page lines.")

    body3 = ("Dear Helen,\n\nRevised prices from 1 Sept (FOB Keelung, per 1000 pcs):\n"
             "- M12x50: USD 112.00 (was 118.00)\n- M16x60: USD 229.00 (was 236.00)\n\nOther items unchanged.\n\n"
             "Zhiming Lin\nPacifica Fasteners Ltd | +886-2-2788-1234 | 2025-08-14")
    # no size_model: a row that names only the size has no name to check it by
    items3 = [I("hb1250", "", "M12x50", "112.00", "USD", ""),
              I("hb1660", "", "M16x60", "229.00", "USD", "")]
    raw = M.build("p3", "2025-08-14T09:00:00+08:00", PAC, US, "Price revision hex bolts", text=body3)
    add("p3", "2025-08-14T01:00:00Z", PAC, US, "", "en-revision-size-only", "prose", "quote", items3, raw,
        customer="pacifica", kind_alt=["price-notice"], notes="a revision naming only the size (M12x50 vs M12×50 before).")

    html = ("<html><head><meta charset='big5'></head><body><p>周小姐您好：</p><p>不鏽鋼墊片報價如下（新台幣）：</p>"
            "<table border=1><tr><td>品名</td><td>規格</td><td>單位</td><td>未稅單價</td><td>含稅單價</td></tr>"
            "<tr><td>不鏽鋼平墊片</td><td>SW-304-M10</td><td>千支</td><td>NT$ 850</td><td>NT$ 893</td></tr>"
            "<tr><td>不鏽鋼彈簧墊片</td><td>SW-304-S10</td><td>千支</td><td>NT$ 1,120</td><td>NT$ 1,176</td></tr></table>"
            "<p>林志明 敬上<br>電話 (02)2788-1234</p></body></html>")
    # per thousand (千支): the price of one piece, as ../README.md rules for price units
    items4 = [I("sw10", "不鏽鋼平墊片", "SW-304-M10", "0.85", "TWD", "pcs"),
              I("ss10", "不鏽鋼彈簧墊片", "SW-304-S10", "1.12", "TWD", "pcs")]
    raw = M.build("p4", "2025-06-30T14:00:00+08:00", PAC, US, "報價：不鏽鋼墊片", html=html, charset="big5")
    add("p4", "2025-06-30T06:00:00Z", PAC, US, "", "big5-html-tax-columns", "html-table", "quote", items4, raw,
        customer="pacifica", notes="Big5 HTML; 未稅/含稅 columns; NT$ without decimals; unit 千支: the price per piece (NT$ 850 per thousand = 0.85), as ../README.md rules for price units.")

    pdf5 = D.pdf(["PACIFICA FASTENERS LTD", "QUOTATION No. PQ-251120    Date: 2025-11-20",
                  "Customer: Harbor Point Trading Co.", "All prices in USD, FOB Keelung"],
                 (["No.", "Part No.", "Description", "Unit", "Unit Price"],
                  [["1", "PF-SB-M8", "Socket cap screw M8x30 12.9", "pc", "0.085"],
                   ["2", "PF-SB-M10", "Socket cap screw M10x40 12.9", "pc", "0.142"],
                   ["3", "PF-SB-M12", "Socket cap screw M12x50 12.9", "pc", "0.226"]],
                  ["l", "l", "l", "l", "r"]), col_x=[50, 85, 170, 420, 460],
                 after=["Authorized signature: ____________    Tel: +886-2-2788-1234"])
    scan = D.scanned(pdf5)
    items5 = [I("sb8", "Socket cap screw M8x30 12.9", "PF-SB-M8", "0.085", "USD", "pcs"),
              I("sb10", "Socket cap screw M10x40 12.9", "PF-SB-M10", "0.142", "USD", "pcs"),
              I("sb12", "Socket cap screw M12x50 12.9", "PF-SB-M12", "0.226", "USD", "pcs")]
    raw = M.build("p5", "2025-11-20T10:00:00+08:00", PAC, US, "Quotation PQ-251120 (scanned)",
                  text="Dear Helen,\n\nAttached the signed quotation (scan).\n\nZhiming Lin",
                  attachments=[(scan, "application/pdf", "PQ-251120_scan.pdf")])
    add("p5", "2025-11-20T02:00:00Z", PAC, US, "", "pdf-scan-en-signed", "pdf-scan", "quote", items5, raw,
        customer="pacifica", notes="image-only PDF (200 dpi grey, slight rotation, blur).")

    html6 = ("<p>Dear Helen,</p><p>Quotation for the nylon lock nuts:</p><table border=1 cellpadding=2>"
             "<tr><th>Part No.</th><th>Description</th><th>Qty (pcs)</th><th>Unit Price</th><th>Amount</th></tr>"
             "<tr><td>PF-NL-M10</td><td>Nylon lock nut M10</td><td>50,000</td><td>US$0.052</td><td>US$2,600.00</td></tr>"
             "<tr><td>PF-NL-M12</td><td>Nylon lock nut M12</td><td>30,000</td><td>US$0.078</td><td>US$2,340.00</td></tr>"
             "<tr><td></td><td>Sea freight to Rotterdam</td><td>1</td><td>US$380.00</td><td>US$380.00</td></tr>"
             "<tr><td></td><td>Bank charges</td><td></td><td></td><td>US$35.00</td></tr>"
             "<tr><td></td><td><b>Total</b></td><td></td><td></td><td><b>US$5,355.00</b></td></tr></table>"
             "<p>Best regards,<br>Zhiming Lin<br>Mobile +886 912 345 678<br>10 Jan 2026</p>")
    items6 = [I("nl10", "Nylon lock nut M10", "PF-NL-M10", "0.052", "USD", "pcs", quantity="50000"),
              I("nl12", "Nylon lock nut M12", "PF-NL-M12", "0.078", "USD", "pcs", quantity="30000")]
    raw = M.build("p6", "2026-01-10T11:00:00+08:00", PAC, US, "Quotation nylon lock nuts", html=html6)
    add("p6", "2026-01-10T03:00:00Z", PAC, US, "", "html-freight-bank-rows", "html-table", "quote", items6, raw,
        customer="pacifica", notes="freight and bank-charge rows inside the item table; unit in the quantity header.")


# ------------------------------------------------------------------ mercado (we quote them, EUR, Spanish)

def mercado(D, M, add):
    I = M.item
    quote_html = ("<p>Estimada Lucía:</p><p>Le enviamos nuestra oferta (precios en EUR, CIF Valencia):</p>"
                  "<table border=1 cellspacing=0><tr><th>Familia</th><th>Referencia</th><th>Descripción</th>"
                  "<th>Ud.</th><th>Precio unitario</th></tr>"
                  "<tr><td rowspan=2>Rodamientos</td><td>6205-2RS</td><td>Rodamiento rígido de bolas 25x52x15</td><td>ud.</td><td>2,35 €</td></tr>"
                  "<tr><td>6206-2RS</td><td>Rodamiento rígido de bolas 30x62x16</td><td>ud.</td><td>3,10 €</td></tr>"
                  "<tr><td rowspan=2>Correas</td><td>SPZ-1250</td><td>Correa trapezoidal SPZ 1250</td><td>ud.</td><td>4,80 €</td></tr>"
                  "<tr><td>SPA-1500</td><td>Correa trapezoidal SPA 1500</td><td>ud.</td><td>6,95 €</td></tr>"
                  "<tr><td colspan=4>Subtotal</td><td>17,20 €</td></tr>"
                  "<tr><td colspan=4>Descuento 3 %</td><td>-0,52 €</td></tr>"
                  "<tr><td colspan=4>Portes</td><td>120,00 €</td></tr></table>"
                  "<p>Validez: 30 días.<br>Helen Zhou · Harbor Point Trading Co. · +86 574 8899 0011</p>")
    items = [I("b6205", "Rodamiento rígido de bolas 25x52x15", "6205-2RS", "2.35", "EUR", "pcs"),
             I("b6206", "Rodamiento rígido de bolas 30x62x16", "6206-2RS", "3.10", "EUR", "pcs"),
             I("spz", "Correa trapezoidal SPZ 1250", "SPZ-1250", "4.80", "EUR", "pcs"),
             I("spa", "Correa trapezoidal SPA 1500", "SPA-1500", "6.95", "EUR", "pcs")]
    raw = M.build("m1", "2025-03-25T10:00:00+08:00", US, MER, "Oferta HP-ES-0325 rodamientos y correas", html=quote_html)
    add("m1", "2025-03-25T02:00:00Z", US, MER, "", "html-es-rowspan-subtotals", "html-table", "quote", items, raw,
        direction="outbound", customer="mercado", notes="our outbound quote; family rowspan; subtotal, discount, freight rows.")

    ask = ("<p class=MsoNormal>Hola Helen,</p><p class=MsoNormal>Gracias por la oferta. ¿Pueden mejorar el precio del 6205-2RS? "
           "Nuestro precio objetivo es 2,10 € por unidad para 5.000 uds.</p><p class=MsoNormal>Saludos,<br>Lucía Ortega<br>"
           "Tel. +34 961 234 567</p>")
    full = M.outlook_reply_html(ask, "Helen Zhou &lt;helen.zhou@harborpoint-trade.com&gt;", "martes, 25 de marzo de 2025 10:00",
                                "Lucía Ortega", "Oferta HP-ES-0325 rodamientos y correas", quote_html)
    raw = M.build("m2", "2025-04-15T09:00:00+02:00", MER, US, "RE: Oferta HP-ES-0325 rodamientos y correas", html=full)
    add("m2", "2025-04-15T07:00:00Z", MER, US, "", "outlook-reply-es-target-price", "html-table", "inquiry", [], raw,
        customer="mercado", kind_alt=["other"], notes="their reply with a target price; our quote quoted below must not count.")

    fresh = ("<p>Estimada Lucía:</p><p>Podemos ofrecer el 6205-2RS a <b>2,18 €/ud.</b> para 5.000 uds. y el 6206-2RS a "
             "<b>2,90 €/ud.</b>; el resto sin cambios.</p><p>Helen Zhou</p>")
    full3 = M.outlook_reply_html(fresh, "Lucía Ortega &lt;compras@mercado-ind.es&gt;", "martes, 15 de abril de 2025 9:00",
                                 "Helen Zhou", "RE: Oferta HP-ES-0325 rodamientos y correas", ask + quote_html)
    items3 = [I("b6205", "", "6205-2RS", "2.18", "EUR", "pcs", quantity="5000"),
              I("b6206", "", "6206-2RS", "2.90", "EUR", "pcs")]
    raw = M.build("m3", "2025-04-17T11:00:00+08:00", US, MER, "RE: Oferta HP-ES-0325 rodamientos y correas", html=full3)
    add("m3", "2025-04-17T03:00:00Z", US, MER, "", "outlook-reply-es-prose-revision", "prose", "quote", items3, raw,
        direction="outbound", customer="mercado", notes="our revision in prose above the whole thread; the old table below must not count.")

    header = ["Línea", "Referencia", "Descripción", "Cantidad", "Precio", "Importe"]
    rows = [["10", "6205-2RS", "Rodamiento 6205-2RS", "5.000", "2,18", "10.900,00"],
            ["20", "SPZ-1250", "Correa SPZ 1250", "800", "4,80", "3.840,00"]]
    pdf = D.pdf(["MERCADO INDUSTRIAL S.A.  -  PEDIDO DE COMPRA N.º PC-25-0602", "Fecha: 02/06/2025   Proveedor: Harbor Point Trading Co.",
                 "Moneda: EUR   Condiciones: CIF Valencia, 60 días"],
                (header, rows, ["l", "l", "l", "r", "r", "r"]), col_x=[50, 90, 170, 360, 420, 480],
                after=["Total pedido: 14.740,00 EUR", "Teléfono: +34 961 234 567"])
    items4 = [I("b6205", "Rodamiento 6205-2RS", "6205-2RS", "2.18", "EUR", "", "ordered", "5000"),
              I("spz", "Correa SPZ 1250", "SPZ-1250", "4.80", "EUR", "", "ordered", "800")]
    raw = M.build("m4", "2025-06-02T12:00:00+02:00", MER, US, "Pedido PC-25-0602",
                  text="Hola Helen,\n\nadjunto nuestro pedido PC-25-0602.\n\nSaludos,\nLucía Ortega",
                  attachments=[(pdf, "application/pdf", "PC-25-0602.pdf")])
    add("m4", "2025-06-02T10:00:00Z", MER, US, "", "pdf-es-purchase-order", "pdf", "order", items4, raw,
        customer="mercado", notes="purchase order PDF; decimal commas; ordered prices go to the agreed side.")

    text5 = ("Estimada Lucía:\n\nNueva tarifa para el segundo semestre (EUR, CIF Valencia):\n\n"
             "Referencia   Descripción                      Ud.    Precio\n"
             "SPZ-1250     Correa trapezoidal SPZ 1250      ud.     4,95\n"
             "SPA-1500     Correa trapezoidal SPA 1500      ud.     7,20\n"
             "             Portes (por envío)                     120,00\n\n"
             "Un saludo,\nHelen Zhou\nTel. +86 574 8899 0011 · 09/09/2025\n")
    items5 = [I("spz", "Correa trapezoidal SPZ 1250", "SPZ-1250", "4.95", "EUR", "pcs"),
              I("spa", "Correa trapezoidal SPA 1500", "SPA-1500", "7.20", "EUR", "pcs")]
    raw = M.build("m5", "2025-09-09T10:00:00+08:00", US, MER, "Tarifa 2º semestre correas", text=text5, charset="iso-8859-1")
    add("m5", "2025-09-09T02:00:00Z", US, MER, "", "es-text-aligned-freight-row", "text-table", "quote", items5, raw,
        direction="outbound", customer="mercado", notes="Latin-1 text; decimal commas; a freight row without a reference.")


# ------------------------------------------------------------------ lumen (Shenzhen, USD)

def lumen(D, M, add):
    I = M.item
    rows = [["LUMEN ELECTRIC CO., LTD."], ["Building 5, Bao'an, Shenzhen  Tel: +86 755 2345 6789"], [],
            ["QUOTATION   Date: 2025-04-08   Ref: LQ2504-08"], ["All prices in USD, FOB Shenzhen"], [],
            ["Model", "Description", "MOQ", "Unit Price", "Lead time"],
            ["LM-PS24-100", "Switching power supply\n24 V DC, 100 W, DIN rail", 200, 11.85, "25 days"],
            ["LM-PS24-240", "Switching power supply\n24 V DC, 240 W, DIN rail", 100, 23.40, "25 days"],
            ["LM-RL-8A", "Solid state relay 8 A\nDC control", 500, 2.96, "20 days"], [],
            ["Remarks: 1. Payment T/T 30/70.  2. Validity 2025-05-08."]]
    xl = D.xlsx([("Quote", rows, {"formats": {3: "0.00"}})])
    zp = D.zip_of([("LQ2504-08/Lumen_Quotation_LQ2504-08.xlsx", xl), ("LQ2504-08/readme.txt", b"Quotation files\r\n")])
    items = [I("ps100", "Switching power supply 24 V DC, 100 W, DIN rail", "LM-PS24-100", "11.85", "USD", ""),
             I("ps240", "Switching power supply 24 V DC, 240 W, DIN rail", "LM-PS24-240", "23.40", "USD", ""),
             I("ssr8", "Solid state relay 8 A DC control", "LM-RL-8A", "2.96", "USD", "")]
    raw = M.build("l1", "2025-04-08T17:00:00+08:00", LUM, US, "Quotation LQ2504-08",
                  text="Hi Helen,\n\nOur quotation is in the zip file.\n\nKevin Tan\nSales Manager | +86 138 2345 6789",
                  attachments=[(zp, "application/zip", "LQ2504-08.zip")])
    add("l1", "2025-04-08T09:00:00Z", LUM, US, "", "xlsx-in-zip-currency-in-title", "zip", "quote", items, raw,
        customer="lumen", notes="XLSX inside a folder of a ZIP; currency only in a title line; MOQ is not a quantity; multi-line descriptions.")

    text2 = ("Hi Helen,\n\nPrices for the LED drivers you asked about:\n\n"
             "Model          Description                    Unit    Price (USD)\n"
             "LM-LD-40W      LED driver 40 W constant        pc          4.65\n"
             "               current, 700 mA, IP67\n"
             "LM-LD-60W      LED driver 60 W constant        pc          6.20\n"
             "               current, 1050 mA, IP67\n\n"
             "Valid until 31 Aug 2025. Tel +86 755 2345 6789, 22/07/2025.\n\nKevin")
    items2 = [I("ld40", "LED driver 40 W constant current, 700 mA, IP67", "LM-LD-40W", "4.65", "USD", "pcs"),
              I("ld60", "LED driver 60 W constant current, 1050 mA, IP67", "LM-LD-60W", "6.20", "USD", "pcs")]
    raw = M.build("l2", "2025-07-22T09:00:00+08:00", LUM, US, "LED driver prices", text=text2)
    add("l2", "2025-07-22T01:00:00Z", LUM, US, "", "en-text-wrapped-descriptions", "text-table", "quote", items2, raw,
        customer="lumen", notes="aligned text whose descriptions wrap onto a second line.")

    html3 = ("<p>Dear valued customer,</p><p>Due to rising copper and IC costs, the following prices change from "
             "1 October 2025:</p><table border=1><tr><th>Model</th><th>Old price (USD)</th><th>New price (USD)</th><th>Change</th></tr>"
             "<tr><td>LM-PS24-100</td><td>11.85</td><td>12.45</td><td>+5.1%</td></tr>"
             "<tr><td>LM-PS24-240</td><td>23.40</td><td>24.55</td><td>+4.9%</td></tr>"
             "<tr><td>LM-LD-60W</td><td>6.20</td><td>6.50</td><td>+4.8%</td></tr></table>"
             "<p>Lumen Electric Co., Ltd. · Tel +86 755 2345 6789 · 2025-09-30</p>")
    items3 = [I("ps100", "", "LM-PS24-100", "12.45", "USD", "", "notice"),
              I("ps240", "", "LM-PS24-240", "24.55", "USD", "", "notice"),
              I("ld60", "", "LM-LD-60W", "6.50", "USD", "", "notice")]
    raw = M.build("l3", "2025-09-30T15:00:00+08:00", LUM, US, "Price adjustment notice - effective Oct 1, 2025", html=html3)
    add("l3", "2025-09-30T07:00:00Z", LUM, US, "", "html-en-notice-old-new-models-only", "html-table", "price-notice",
        items3, raw, customer="lumen", kind_alt=["quote"], notes="circular naming only models with old and new columns.")

    header = ["No.", "Model", "Description", "Qty", "Unit", "Unit Price", "Amount"]
    rows = [["1", "LM-PS24-100", "Power supply 24V 100W", "1,000", "pcs", "USD 12.10", "USD 12,100.00"],
            ["2", "LM-RL-8A", "SSR 8A", "2,000", "pcs", "USD 2.88", "USD 5,760.00"]]
    pdf = D.pdf(["LUMEN ELECTRIC CO., LTD.", "SALES CONFIRMATION  No. SC-251205", "Date: 5 Dec 2025",
                 "Buyer: Harbor Point Trading Co.", "Both parties agree to the following:"],
                (header, rows, ["l", "l", "l", "r", "l", "r", "r"]), col_x=[50, 75, 160, 300, 345, 385, 470],
                after=["TOTAL: USD 17,860.00", "Seller: Kevin Tan    Buyer: Helen Zhou", "Tel +86 755 2345 6789"])
    items4 = [I("ps100", "Power supply 24V 100W", "LM-PS24-100", "12.10", "USD", "pcs", "agreed", "1000"),
              I("ssr8", "SSR 8A", "LM-RL-8A", "2.88", "USD", "pcs", "agreed", "2000")]
    raw = M.build("l4", "2025-12-05T10:00:00+08:00", LUM, US, "Sales Confirmation SC-251205",
                  text="Hi Helen,\n\nPlease sign and return the sales confirmation.\n\nKevin",
                  attachments=[(pdf, "application/pdf", "SC-251205.pdf")])
    add("l4", "2025-12-05T02:00:00Z", LUM, US, "", "pdf-en-sales-confirmation", "pdf", "contract", items4, raw,
        customer="lumen", kind_alt=["order"], notes="sales confirmation (agreed); USD in each cell.")

    text5 = ("Dear partners,\n\nLumen Electric will be closed for Chinese New Year from 2026-02-14 to 2026-02-23.\n"
             "Orders placed before 2026-01-31 ship before the holiday. Hotline: +86 755 2345 6789 / 400-888-1234.\n"
             "Our new catalogue (2026 edition, 148 pages) is online.\n\nLumen Electric Co., Ltd.")
    raw = M.build("l5", "2026-01-20T09:00:00+08:00", LUM, US, "Holiday notice 2026", text=text5)
    add("l5", "2026-01-20T01:00:00Z", LUM, US, "", "holiday-notice-numbers", "text-table", "other", [], raw,
        customer="lumen", kind_alt=["inquiry"], notes="no prices: dates, phone numbers, page count.")


# ------------------------------------------------------------------ heshun (Foshan, CNY, prose)

def heshun(D, M, add):
    I = M.item
    text = ("周小姐：\n\n您好！关于贵司询价，我厂报价如下：\n"
            "1. 不锈钢合页4寸（HS-H4），单价人民币叁拾伍元整/只，含税含运。\n"
            "2. 铝合金型材6063-T5，每吨18,600元，含税，起订量5吨。\n"
            "3. 不锈钢拉手HS-P128，单价12.50元/只。\n\n"
            "以上报价有效期至2025年4月30日。\n\n梁伟\n佛山市和顺五金制品厂\n电话：0757-2233 4455  手机：139 2233 4455\n")
    items = [I("h4", "不锈钢合页4寸", "HS-H4", "35.00", "CNY", "pcs"),
             I("al", "铝合金型材", "6063-T5", "18600.00", "CNY", "t"),
             I("p128", "不锈钢拉手", "HS-P128", "12.50", "CNY", "pcs")]
    raw = M.build("h1", "2025-03-28T10:00:00+08:00", HES, US_CN, "报价", text=text, charset="gb2312")
    add("h1", "2025-03-28T02:00:00Z", HES, US_CN, "", "zh-prose-numbered-capital", "prose", "quote", items, raw,
        customer="heshun", notes="numbered prose; 叁拾伍元整; 每吨18,600元 (unit t); MOQ is not a quantity.")

    header = ["序号", "产品名称", "型号", "单位", "数量", "单价(元)", "金额(元)"]
    rows = [["1", "不锈钢合页", "HS-H4", "只", "2000", "34.00", "68000.00"],
            ["2", "不锈钢拉手", "HS-P128", "只", "5000", "12.00", "60000.00"],
            ["3", "门吸", "HS-D01", "只", "1000", "8.60", "8600.00"]]
    pdf = D.pdf(["佛山市和顺五金制品厂   报价单", "报价日期：2025-06-18    编号：HS250618", "客户：海港贸易有限公司"],
                (header, rows, ["l", "l", "l", "l", "r", "r", "r"]), cjk=True, col_x=[50, 90, 200, 280, 320, 390, 470],
                after=["合计：136600.00元", "以上价格含13%增值税，运费我厂承担。", "电话：0757-2233 4455"])
    items2 = [I("h4", "不锈钢合页", "HS-H4", "34.00", "CNY", "pcs", quantity="2000"),
              I("p128", "不锈钢拉手", "HS-P128", "12.00", "CNY", "pcs", quantity="5000"),
              I("d01", "门吸", "HS-D01", "8.60", "CNY", "pcs", quantity="1000")]
    raw = M.build("h2", "2025-06-18T10:00:00+08:00", HES, US_CN, "和顺五金报价单HS250618",
                  text="周小姐，报价单见附件PDF。\n梁伟", charset="gbk",
                  attachments=[(pdf, "application/pdf", "报价单HS250618.pdf")])
    add("h2", "2025-06-18T02:00:00Z", HES, US_CN, "", "pdf-zh-onepage-amount", "pdf", "quote", items2, raw,
        customer="heshun", notes="Chinese one-page text PDF, 合计 line.")

    header = ["序号", "货物名称", "规格型号", "单位", "数量", "单价（元）", "金额（元）"]
    rows3 = [["1", "不锈钢合页", "HS-H4 4寸", "只", "3000", "33.50", "100500.00"],
             ["2", "门吸", "HS-D01", "只", "2000", "8.40", "16800.00"],
             ["合计", "", "", "", "", "", "117300.00"]]
    dx = D.docx(["购销合同", "合同编号：HS-HP-2508", "甲方（需方）：海港贸易有限公司", "乙方（供方）：佛山市和顺五金制品厂",
                 "一、产品名称、规格、数量、金额："], header, rows3,
                ["合计人民币（大写）：壹拾壹万柒仟叁佰元整", "二、交货期：合同签订后20天。", "三、付款：货到30天付清。",
                 "签订日期：2025年8月8日"], merge_rows=[(3, 0, 4)])
    items3 = [I("h4", "不锈钢合页", "HS-H4", "33.50", "CNY", "pcs", "agreed", "3000"),
              I("d01", "门吸", "HS-D01", "8.40", "CNY", "pcs", "agreed", "2000")]
    raw = M.build("h3", "2025-08-08T16:00:00+08:00", HES, US_CN, "购销合同HS-HP-2508（请盖章回传）",
                  text="周小姐：\n合同见附件，请盖章回传。\n梁伟", charset="gbk",
                  attachments=[(dx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "购销合同HS-HP-2508.docx")])
    add("h3", "2025-08-08T08:00:00Z", HES, US_CN, "", "docx-zh-contract-merged-total", "docx", "contract", items3, raw,
        customer="heshun", notes="contract DOCX; spec column 'HS-H4 4寸'; merged 合计 row; amount in capital numerals.")

    text4 = ("周小姐：\n\n拉手HS-P128自11月起单价调整为11.80元/只，门吸HS-D01为8.90元/只。\n\n梁伟\n\n"
             "------------------ 原始邮件 ------------------\n发件人: \"周海伦\"<helen.zhou@harborpoint-trade.com>;\n"
             "发送时间: 2025年10月14日\n主题: 询价\n\n梁经理：请确认以下价格是否有效：\n"
             "不锈钢拉手 HS-P128  12.00元/只\n门吸 HS-D01  8.60元/只\n合页 HS-H4 34.00元/只\n")
    items4 = [I("p128", "拉手", "HS-P128", "11.80", "CNY", "pcs"),
              I("d01", "门吸", "HS-D01", "8.90", "CNY", "pcs")]
    raw = M.build("h4", "2025-10-15T09:00:00+08:00", HES, US_CN, "回复：询价", text=text4, charset="gbk")
    add("h4", "2025-10-15T01:00:00Z", HES, US_CN, "", "zh-reply-prose-over-quoted", "prose", "quote", items4, raw,
        customer="heshun", notes="new prices in prose above a QQ-mail quote of our inquiry with old prices.")

    rows5 = [["佛山市和顺五金制品厂 2026年价目表"], [],
             ["编码", "名称", "规格", "单位", "不含税价", "含税价(13%)"],
             ["HS-H4", "不锈钢合页", "4寸", "只", 31.50, 35.60],
             ["HS-H5", "不锈钢合页", "5寸", "只", 38.00, 42.94],
             ["HS-D01", "门吸", "", "只", 7.90, 8.93]]
    xl = D.xlsx([("价目表", rows5, {"merge": ["A1:F1"], "formats": {4: "0.00", 5: "0.00"}})])
    items5 = [I("h4", "不锈钢合页", "HS-H4", "31.50", "CNY", "pcs"),
              I("h5", "不锈钢合页", "HS-H5", "38.00", "CNY", "pcs"),
              I("d01", "门吸", "HS-D01", "7.90", "CNY", "pcs")]
    raw = M.build("h5", "2025-12-28T10:00:00+08:00", HES, US_CN, "2026年价目表",
                  text="周小姐：附件为我厂2026年价目表，请查收。\n梁伟", charset="gbk",
                  attachments=[(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "2026价目表.xlsx")])
    add("h5", "2025-12-28T02:00:00Z", HES, US_CN, "", "xlsx-zh-tax-columns-code-first", "xlsx", "quote", items5, raw,
        customer="heshun", notes="价目表 with 不含税价 and 含税价 columns; code column first; size in its own column.")

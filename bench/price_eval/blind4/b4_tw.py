"""blind4, Traditional Chinese counterparts: a Taichung linear-motion maker (Big5, NT$ and US$) and a
Hong Kong components trader (HK$, Cantonese-English mix). Every company, person and price is invented."""

from html import escape

from b4_common import TINA, TINA_CN, XLSX, br, money, times

DS = ("林志偉 Jason", "jason.lin@dingsheng-prec.com.tw")
WC = ("Kelvin Chan 陳家豪", "kelvin@wingcheong.com.hk")

CUSTOMERS = [
    {"slug": "dingsheng", "name": "鼎盛精密工業股份有限公司", "domains": ["dingsheng-prec.com.tw"]},
    {"slug": "wingcheong", "name": "永昌電子貿易(香港)有限公司", "domains": ["wingcheong.com.hk"]},
]

DS_SIG = ("林志偉 Jason Lin  業務課長\n鼎盛精密工業股份有限公司\n台中市西屯區工業區三十八路21號\n"
          "TEL: 04-2359-7716 分機 23  FAX: 04-2359-7720\n統一編號：53781264")
WC_SIG = ("Kelvin Chan 陳家豪\nWing Cheong Electronics Trading (HK) Ltd. 永昌電子貿易(香港)有限公司\n"
          "Rm 1205, 12/F, Kwai Cheong Centre, 50 Kwai Cheong Road, Kwai Chung, N.T., Hong Kong\n"
          "Tel: (852) 2419 8833  Fax: (852) 2419 8830  WhatsApp: 9136 2207")


def _big5_html(body):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head>'
            f'<body style="font-family:新細明體">{body}</body></html>')


def dingsheng(D, M, add):
    I = M.item
    rows = [["項次", "品名", "型號", "數量", "單位", "單價(NT$)", "小計(NT$)", "交期"]]
    prods = [("線性滑軌", "DS-LG15-400", 20, "支", "1850"), ("滑塊", "DS-LB15", 40, "個", "720"),
             ("滾珠螺桿", "DS-BS1605-500", 10, "支", "3260")]
    total = 0
    for k, (name, model, qty, unit, price) in enumerate(prods, 1):
        amount = times(qty, price, 0)
        total += amount
        rows.append([str(k), name, model, str(qty), unit, f"{int(price):,}", f"{amount:,}", "2週"])
    tax = times(total, "0.05", 0)
    rows += [["", "合計", "", "", "", "", f"{total:,}", ""], ["", "營業稅 5%", "", "", "", "", f"{tax:,}", ""],
             ["", "總計", "", "", "", "", f"{total + tax:,}", ""]]
    cells = "".join("<tr>" + "".join(f'<td style="border:1px solid #666;padding:3px">{escape(c)}</td>' for c in r)
                    + "</tr>" for r in rows)
    html = _big5_html("<p>陳小姐 您好：</p><p>感謝詢價，茲報價如下，敬請參考：</p>"
                      f'<table style="border-collapse:collapse" border="1">{cells}</table>'
                      "<p>報價有效期限：30天<br>付款條件：月結30天，電匯<br>交貨地點：台中本公司出貨</p><p>"
                      + br(DS_SIG) + "</p>")
    items = [I("lg15", "線性滑軌", "DS-LG15-400", "1850.00", "TWD", "pcs", quantity="20"),
             I("lb15", "滑塊", "DS-LB15", "720.00", "TWD", "pcs", quantity="40"),
             I("bs16", "滾珠螺桿", "DS-BS1605-500", "3260.00", "TWD", "pcs", quantity="10")]
    raw = M.build("ds1", "2026-09-25T11:40:00+08:00", DS, TINA_CN, "報價單 DS-Q2609-118 線性滑軌/滾珠螺桿",
                  html=html, charset="big5", extra_headers={"X-Mailer": "Microsoft Outlook 16.0"})
    add("ds1", "2026-09-25T03:40:00Z", "html-big5-baojiadan-ntd", "html-table", "quote", items, raw, "dingsheng",
        notes="Big5 HTML 報價單, 單價(NT$) without decimals, 支/個 units, 合計 / 營業稅 5% / 總計 rows, 統一編號 and phone numbers in the signature.")

    text = ("陳小姐 您好：\n\n依貴司要求改以美金報價（FOB Taichung），明細如下：\n\n"
            "一、線性滑軌 DS-LG15-400，單價 US$58.50／支\n"
            "二、滑塊 DS-LB15，單價 US$22.80／個\n"
            "三、滾珠螺桿 DS-BS1605-500，單價 US$103.00／支\n\n"
            "以上報價不含運費及保險，匯率波動超過3%時另行議價。\n\n" + DS_SIG + "\n")
    items = [I("lg15", "線性滑軌", "DS-LG15-400", "58.50", "USD", "pcs"),
             I("lb15", "滑塊", "DS-LB15", "22.80", "USD", "pcs"),
             I("bs16", "滾珠螺桿", "DS-BS1605-500", "103.00", "USD", "pcs")]
    raw = M.build("ds2", "2026-10-30T15:12:00+08:00", DS, TINA_CN, "RE: 報價單 DS-Q2609-118 美金報價", text=text,
                  charset="big5", extra_headers={"X-Mailer": "Microsoft Outlook 16.0"})
    add("ds2", "2026-10-30T07:12:00Z", "text-big5-numbered-usd-fullwidth-slash", "prose", "quote", items, raw,
        "dingsheng", notes="Big5 prose lines numbered 一、二、三、, US$58.50／支 with a fullwidth slash; the same products switch from NT$ to US$; '3%' is no price.")

    sheet = [["鼎盛精密工業股份有限公司"] + [""] * 5, ["報  價  單 (修正版 R1)"] + [""] * 5,
             ["客戶：廈門瑞豐進出口有限公司", "", "", "報價日期：2026/11/18"],
             ["報價單號：DS-Q2609-118-R1", "", "", "幣別：新台幣 (未稅)"],
             ["項次", "品名", "規格", "單位", "單價", "備註"],
             [D.n(1), "線性滑軌", "DS-LG15-400 (L=400mm)", "支", D.n(1790), "數量20支以上"],
             [D.n(2), "滑塊", "DS-LB15 法蘭型", "個", D.n(700), ""],
             [D.n(3), "滾珠螺桿", "DS-BS1605-500 C7級", "支", D.n(3150), "含兩端加工"],
             ["以上單價未稅，另加營業稅5%。"] + [""] * 5]
    data = D.xlsx(sheet, sheet="報價單", merges=["A1:F1", "A2:F2", "A9:F9"], money_cols=(4,))
    items = [I("lg15", "線性滑軌", "DS-LG15-400", "1790.00", "TWD", "pcs"),
             I("lb15", "滑塊", "DS-LB15", "700.00", "TWD", "pcs"),
             I("bs16", "滾珠螺桿", "DS-BS1605-500", "3150.00", "TWD", "pcs")]
    text = "陳小姐 您好：\n\n附件為修正後報價單，請查收。\n\n" + DS_SIG + "\n"
    raw = M.build("ds3", "2026-11-18T10:05:00+08:00", DS, TINA_CN, "報價單 DS-Q2609-118-R1 (修正版)", text=text,
                  charset="big5", attachments=[(data, XLSX, "DS-Q2609-118-R1.xlsx")],
                  extra_headers={"X-Mailer": "Microsoft Outlook 16.0"})
    add("ds3", "2026-11-18T02:05:00Z", "xlsx-zh-tw-currency-in-title", "xlsx", "quote", items, raw, "dingsheng",
        notes="Traditional XLSX revision: the currency only in a header cell (幣別：新台幣 (未稅)), a 單價 column with #,##0.00 format, spec cells holding model + remarks.")


def wingcheong(D, M, add):
    I = M.item
    rows = [["Part No.", "Description", "Q'ty", "Unit Price (HK$)", "Amount (HK$)"]]
    prods = [("HF-JQC3F-12V", "繼電器 Relay 12VDC 10A", 2000, "3.85"), ("FH-520", "保險絲座 Fuse holder 5x20", 5000, "1.20"),
             ("TB-2510", "端子台 Terminal block 25A 10P", 1000, "6.40")]
    total = 0
    for part, desc, qty, price in prods:
        amount = times(qty, price)
        total += amount
        rows.append([part, desc, f"{qty:,}pcs", price, money(amount)])
    rows.append(["", "Total", "", "", money(total)])
    cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    html = ('<html><head><meta charset="utf-8"></head><body><div dir="ltr">Tina 你好，<br><br>報價如下：<br><br>'
            f'<table border="1" cellspacing="0" cellpadding="3">{cells}</table><br>'
            "貨期: 現貨 (stock)<br>交收: 葵涌貨倉自取 / 送貨到深圳另加HK$300<br>付款: C.O.D.<br><br>"
            + br(WC_SIG) + "</div></body></html>")
    items = [I("jqc", "繼電器 Relay", "HF-JQC3F-12V", "3.85", "HKD", "pcs", quantity="2000"),
             I("fh520", "保險絲座 Fuse holder", "FH-520", "1.20", "HKD", "pcs", quantity="5000"),
             I("tb25", "端子台 Terminal block", "TB-2510", "6.40", "HKD", "pcs", quantity="1000")]
    raw = M.build("wc1", "2026-10-05T14:22:00+08:00", WC, TINA, "Quotation - Relay / Fuse holder / Terminal block",
                  html=html)
    add("wc1", "2026-10-05T06:22:00Z", "html-hk-hkd-mixed-language", "html-table", "quote", items, raw, "wingcheong",
        notes="Gmail-style HTML from Hong Kong: Traditional Chinese + English descriptions, Unit Price (HK$), quantities as 2,000pcs, a HK$300 delivery surcharge in the text.")

    text = ("Tina，\n\nHF-JQC3F-12V 最新價 HK$3.60/pc (5K起)，TB-2510 HK$6.10/pc，FH-520 價錢不變。\n"
            "有貨，今個禮拜落單可以下星期一送。\n\nKelvin\n\n"
            "On Mon, 5 Oct 2026 at 14:22, Kelvin Chan <kelvin@wingcheong.com.hk> wrote:\n"
            "> Tina 你好，\n>\n> 報價如下：\n>\n"
            "> Part No.       Description                      Q'ty     Unit Price (HK$)  Amount (HK$)\n"
            "> HF-JQC3F-12V   繼電器 Relay 12VDC 10A           2,000pcs 3.85              7,700.00\n"
            "> FH-520         保險絲座 Fuse holder 5x20        5,000pcs 1.20              6,000.00\n"
            "> TB-2510        端子台 Terminal block 25A 10P    1,000pcs 6.40              6,400.00\n>\n"
            "> 貨期: 現貨 (stock)\n")
    items = [I("jqc", "", "HF-JQC3F-12V", "3.60", "HKD", "pcs"),
             I("tb25", "", "TB-2510", "6.10", "HKD", "pcs")]
    raw = M.build("wc2", "2026-11-02T10:48:00+08:00", WC, TINA, "Re: Quotation - Relay / Fuse holder / Terminal block",
                  text=text, reply_to_id="<wc1@wingcheong.com.hk>")
    add("wc2", "2026-11-02T02:48:00Z", "text-hk-cantonese-reply-quoted", "prose", "quote", items, raw, "wingcheong",
        notes="Cantonese prose revision naming part numbers only (HK$3.60/pc (5K起)); the earlier table quoted with '>' is no item; 價錢不變 restates no figure.")


def scenarios(D, M, add):
    dingsheng(D, M, add)
    wingcheong(D, M, add)

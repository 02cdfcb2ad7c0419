"""Chinese suppliers: a valve factory's Outlook mail with a table pasted from Excel (x:num cells,
two-row header FOB/CIF, section rows), its answer typed into our quoted mail and a one-line phone
reply; a fittings factory's WeChat chat pasted into a mail and a WPS table pasted into Foxmail; an
electronics exporter's Google Sheets pastes (TBA cells, quantity breaks as columns), a WhatsApp
chat, a browser-printed portal quotation over two pages and a <del> price update; a packaging
factory's DOCX with the table in a text box, <s> old prices, a raw-material market report and a
"price on request" reply; a rubber factory's box-drawn and Markdown tables, a meeting invitation
and a shipping advice."""

from b10_common import LIU, OUR_SIGNATURE, TOM, b4_docs, dec, en, item, mail
import b10_docs

KAIDA = ("Jack Wu", "jack.wu@kaida-valve.com")
HONGLI = ("周敏", "zhoumin@hongli-fittings.cn")
BRIGHT = ("Kevin Lin", "kevin.lin@brightstar-elec.com")
YIDA = ("Cindy Huang", "cindy@yida-pack.com")
HAIDA = ("Sunny Zhao", "sunny.zhao@haida-rubber.com")

KAIDA_SIG = ("Jack Wu | Sales Manager", "Ningbo Kaida Valve Co., Ltd. | No. 88 Xingye Road, Yuyao, Ningbo 315400, China",
             "Tel: +86 574 6288 1935 | Mob/WhatsApp: +86 139 5748 2206 | www.kaida-valve.com")

# ------------------------------------------------------------------ Kaida (valves, USD)

KD = [  # section, pid/model, description, size, qty, FOB, CIF
    ("Ball valves", "KD-BV2-DN25", "2PC full bore, SS304, BSP threaded, PN63", "DN25", 1000, "6.95", "7.40"),
    ("Ball valves", "KD-BV2-DN50", "2PC full bore, SS304, BSP threaded, PN63", "DN50", 500, "14.80", "15.70"),
    ("Gate valves", "KD-GV-DN50", "WCB body, flanged PN16, handwheel", "DN50", 200, "18.60", "19.90"),
    ("Gate valves", "KD-GV-DN80", "WCB body, flanged PN16, handwheel", "DN80", 100, "27.50", "29.30")]


def kaida_excel_paste():
    rows = [[{"text": "No.", "rows": 2}, {"text": "Model", "rows": 2}, {"text": "Description", "rows": 2},
             {"text": "Size", "rows": 2}, {"text": "Qty (pcs)", "rows": 2},
             {"text": "Unit Price (USD/pc)", "span": 2}],
            ["FOB Ningbo", "CIF Felixstowe"]]
    section = None
    for k, (sec, model, desc, size, qty, fob, cif) in enumerate(KD, 1):
        if sec != section:
            rows.append([{"text": sec, "span": 7, "cls": "xl68"}])
            section = sec
        rows.append([(str(k), k), model, desc, size, (f"{qty:,}", qty), (fob, fob), (cif, cif)])
    table = b10_docs.excel_paste(rows, ["xl65", "xl65", "xl66"], widths=[30, 90, 220, 40, 55, 70, 80])
    # the data rows' numbers take the money class
    table = table.replace("class=xl66 align=right", "class=xl67 align=right")
    html = b10_docs.outlook_html(
        ["Dear Tom,", "", "Thanks for your inquiry of 9 Jan. Please find our best prices below:", ""], table,
        ["", "Remarks:", "1) Payment: T/T 30% deposit, balance against B/L copy.",
         "2) Delivery: 25-30 days after deposit. Packing: export carton, 10 pcs/ctn (DN25), 4 pcs/ctn (DN50).",
         "3) Validity: 30 days.", "", "Best regards,", "<b>" + KAIDA_SIG[0] + "</b>", KAIDA_SIG[1], KAIDA_SIG[2]])
    items = []
    for sec, model, desc, size, qty, fob, cif in KD:
        items.append(item(model, sec, model, fob, "USD", "pcs", quantity=str(qty)))
        items.append(item(model, sec, model, cif, "USD", "pcs", quantity=str(qty), incoterm_alt=True))
    return mail("b10-kd-xl", "2026-01-14T10:22:00+08:00", "kaida", "html-outlook-excel-xnum-fob-cif-sections",
                "html-table", "quote", KAIDA, TOM, "Quotation KD-2601-014 ball & gate valves", items,
                html=html,
                notes="Outlook (Word) HTML with a range pasted from Excel: x:num values beside the shown text, "
                      "xl65…xl68 classes, <o:p> paragraphs; a two-row header `Unit Price (USD/pc)` over `FOB Ningbo` "
                      "| `CIF Felixstowe` (rowspan 2 for the other headers); section rows `Ball valves` / `Gate "
                      "valves` spanning the table name the product of the rows under them. FOB is the price, CIF "
                      "the second incoterm (incoterm_alt).")


def kaida_inline_reply():
    old = "\n".join(f">> {k}  {model:<12} {sec[:-1]:<11} {size:<5} {qty:>5,}  {fob:>6}  {cif:>6}"
                    for k, (sec, model, desc, size, qty, fob, cif) in enumerate(KD, 1))
    text = f"""Dear Tom,

Pls find our answer in your mail below.

Jack

> -----Original Message-----
> From: Tom Hughes <tom.hughes@thamesgate.co.uk>
> Sent: Monday, January 19, 2026 4:51 PM
> To: Jack Wu <jack.wu@kaida-valve.com>
> Subject: RE: Quotation KD-2601-014 ball & gate valves
>
> Hi Jack,
>
> Thanks for the quick quote. The ball valves are fine. Your price for KD-GV-DN50
> (USD 18.60 FOB) is above our target of USD 17.50. Anything you can do?

KAIDA: we can do USD 17.90/pc FOB Ningbo for 200pcs, this is our best price.

> The DN80 is OK at 27.50.
>
> Regards,
> Tom
>
> -----Original Message-----
> From: Jack Wu <jack.wu@kaida-valve.com>
> Sent: Wednesday, January 14, 2026 10:22 AM
> Subject: Quotation KD-2601-014 ball & gate valves
>
>> No. Model        Type        Size    Qty     FOB     CIF
{old}
>>
>> Prices in USD per pc. Validity 30 days.

--
{KAIDA_SIG[0]}
{KAIDA_SIG[1]}
{KAIDA_SIG[2]}
"""
    items = [item("KD-GV-DN50", "", "KD-GV-DN50", "17.90", "USD", "pcs", quantity="200")]
    return mail("b10-kd-inline", "2026-01-20T09:05:00+08:00", "kaida", "text-answer-inside-quoted-mail",
                "text-table", "quote", KAIDA, TOM, "RE: RE: Quotation KD-2601-014 ball & gate valves", items,
                text=text,
                notes="The supplier types one answer (`KAIDA: we can do USD 17.90/pc …`) between our quoted lines; "
                      "our target 17.50, the old 18.60 and the whole quoted quote (`>>`) are no items.")


def kaida_phone_reply():
    text = """Hi Tom
Ok USD 6.60 FOB for 3000pcs, same spec and packing.
Jack

Sent from my iPhone

> On 2 Feb 2026, at 17:05, Tom Hughes <tom.hughes@thamesgate.co.uk> wrote:
>
> Hi Jack, we have an order in sight for 3,000 pcs of KD-BV2-DN25. Your 6.95 is too
> high for this customer, can you do 6.40?
>
> Tom
"""
    items = [item("KD-BV2-DN25", "", "KD-BV2-DN25", "6.60", "USD", "pcs", quantity="3000")]
    return mail("b10-kd-phone", "2026-02-03T07:48:00+08:00", "kaida", "text-phone-reply-model-in-subject",
                "prose", "quote", KAIDA, TOM, "Re: KD-BV2-DN25 3000pcs", items, text=text,
                notes="A two-line reply from a phone: the price names no product, the model is in the subject and "
                      "the quoted question; our 6.40 and the old 6.95 are no items.")


# ------------------------------------------------------------------ Hongli (fittings, CNY)


def hongli_wechat():
    text = """刘经理您好：

今天微信上报的价格，聊天记录贴在下面，方便您存档。

———————— 微信聊天记录 ————————
周敏  2026-03-05 10:32
刘经理，球墨铸铁沟槽弯头90°的价格：
DN50 118/只 含税
DN65 156/只 含税

刘洋  2026-03-05 10:35
DN80的呢？DN50能不能到110

周敏  2026-03-05 10:41
DN80 198/只 含税含运
DN50最低115了，量大可以再谈

刘洋  2026-03-05 10:43
配套的EPDM密封圈呢

周敏  2026-03-05 10:45
密封圈DN50 3毛5一个，DN65 4毛2一个

刘洋  2026-03-05 10:46
好的，我跟客户确认一下
——————————————————————————

以上价格含13%增值税，有效期15天。

周敏
温州宏立管件有限公司  销售部
手机/微信：138 5778 2061   电话：0577-8672 3390
"""
    p, s = "沟槽弯头90°", "密封圈"
    items = [item("hl-elbow-50", p, "DN50", "115.00", "CNY", "pcs", size_model=True),
             item("hl-elbow-65", p, "DN65", "156.00", "CNY", "pcs", size_model=True),
             item("hl-elbow-80", p, "DN80", "198.00", "CNY", "pcs", size_model=True),
             item("hl-seal-50", s, "DN50", "0.35", "CNY", "pcs", size_model=True),
             item("hl-seal-65", s, "DN65", "0.42", "CNY", "pcs", size_model=True)]
    return mail("b10-hl-wechat", "2026-03-05T11:20:00+08:00", "hongli", "text-wechat-chat-pasted",
                "prose", "quote", HONGLI, LIU, "微信报价记录 沟槽弯头/密封圈", items, text=text,
                notes="A WeChat chat pasted into the mail: names and times on their own lines, `DN50 118/只 含税` "
                      "lowered in the chat to `DN50最低115了` (115 is the price, 118 and our 110 are not), "
                      "`3毛5一个` = 0.35, `4毛2一个` = 0.42 (角 in speech). Sizes as models.")


def hongli_wps_paste():
    rows = [["序号", "品名", "规格", "单位", "数量", "单价(元)", "金额(元)", "备注"]]
    lines = [("hl-tee-50", "沟槽三通", "DN50", "只", 100, "132", "pcs"),
             ("hl-clamp-50", "沟槽卡箍", "DN50", "套", 500, "26.5", "set"),
             ("hl-clamp-80", "沟槽卡箍", "DN80", "套", 300, "38", "set")]
    total = 0
    for k, (pid, name, size, unit, qty, price, _) in enumerate(lines, 1):
        amount = qty * float(price)
        total += amount
        rows.append([(str(k), k), name, size, unit, (str(qty), qty), (f"{float(price):.2f}", price),
                     (en(amount), amount), "含税"])
    rows.append([{"text": "合计", "span": 6}, (en(total), total), ""])
    table = b10_docs.excel_paste(rows, ["xl65", "xl66"], widths=[30, 80, 50, 30, 40, 60, 70, 40], app="WPS")
    html = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=gbk\"><meta name=\"ProgId\" content=\"Et.Document\">"
            "<meta name=\"Generator\" content=\"WPS Office ET\"></head><body><div>刘经理：</div>"
            "<div>您好！三通和卡箍的报价如下，请查收：</div><div><br></div>" + table +
            "<div><br></div><div>价格含13%增值税专用发票，不含运费。交期：款到7天。</div><div><br></div>"
            "<div>周敏 温州宏立管件有限公司 138 5778 2061</div></body></html>")
    items = [item(pid, name, size, dec(price), "CNY", u, quantity=str(qty), size_model=True)
             for pid, name, size, unit, qty, price, u in lines]
    return mail("b10-hl-wps", "2026-04-10T15:02:00+08:00", "hongli", "html-foxmail-wps-paste-gbk",
                "html-table", "quote", HONGLI, LIU, "三通、卡箍报价", items, html=html, charset="gbk",
                notes="Foxmail GBK HTML with a range pasted from WPS 表格: x:num cells (`132` shown `132.00`), "
                      "a 合计 row spanning six cells, 备注 `含税`.")


# ------------------------------------------------------------------ Bright Star (electronics, USD)

BS_SHEET = [("BS-PD20", "PD 20W USB-C charger, UK plug", "1,000 pcs", "2.35", "25 days"),
            ("BS-PD35", "PD 35W dual USB-C charger, UK plug", "1,000 pcs", "4.10", "25 days"),
            ("BS-PD65", "PD 65W GaN charger 2C1A, UK plug", "500 pcs", "6.85", "30 days"),
            ("BS-CB-C2C-1M", "USB-C to USB-C cable 1m, 60W, braided", "3,000 pcs", "0.92", "20 days"),
            ("BS-CB-C2L-1M", "USB-C to Lightning cable 1m, MFi", "3,000 pcs", "1.65", "35 days"),
            ("BS-PB10K", "Power bank 10,000mAh PD 20W", "1,000 pcs", "TBA", "tbc"),
            ("BS-PD100", "PD 100W GaN charger 3C1A", "500 pcs", "on request", "tbc")]


def _gmail(paras, table_html, after):
    p = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in paras)
    a = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in after)
    return f'<html><head></head><body><div dir="ltr">{p}{table_html}{a}</div></body></html>'


def bright_sheets():
    rows = [["Item", "Model", "Description", "MOQ", "Unit Price (USD)", "Lead time"]]
    for k, (model, desc, moq, price, lead) in enumerate(BS_SHEET, 1):
        cell = (price, float(price), "0.00") if price[0].isdigit() else price
        rows.append([(str(k), k, "0"), model, desc, moq, cell, lead])
    html = _gmail(["Hi Tom,", "", "Please see our prices for the charger range, FOB Shenzhen:", ""],
                  b10_docs.sheets_paste(rows),
                  ["", "Power bank and 100W: price TBA, the new cells come next week.", "",
                   "Best regards,", "Kevin Lin | Sales", "Shenzhen Bright Star Electronics Co., Ltd.",
                   "Tel +86 755 2361 8840 | WhatsApp +86 135 1098 4471"])
    items = [item(m, d, m, p, "USD", "") for m, d, moq, p, lead in BS_SHEET if p[0].isdigit()]
    return mail("b10-bs-sheets", "2026-02-24T16:40:00+08:00", "brightstar", "html-gmail-google-sheets-tba",
                "html-table", "quote", BRIGHT, TOM, "Charger range price FOB Shenzhen", items, html=html,
                notes="Gmail with a range pasted from Google Sheets (<google-sheets-html-origin>, data-sheets-value "
                      "JSON per cell); MOQ column (no quantity); two rows priced `TBA` / `on request` are no "
                      "items; no unit stated for the price.")


def bright_whatsapp():
    text = """Hi Tom,

As discussed on WhatsApp this morning, copy of the chat for your file:

[12/03/2026, 09:14] Kevin Lin: Morning Tom, new prices for the GaN range
[12/03/2026, 09:15] Kevin Lin: BS-GN65 65W GaN 2C1A  7.90$
[12/03/2026, 09:15] Kevin Lin: BS-GN100 100W GaN 3C1A  12.80$
[12/03/2026, 09:21] Tom Hughes: 12.80 is high, target 11.50 for 2k
[12/03/2026, 09:30] Kevin Lin: best 12.20$ for 2k pcs 🙏
[12/03/2026, 09:31] Kevin Lin: and BS-PD65 now 6.60$ (was 6.85)
[12/03/2026, 09:33] Tom Hughes: ok noted thanks

Best regards
Kevin Lin | Sales
Shenzhen Bright Star Electronics Co., Ltd.
Tel +86 755 2361 8840 | WhatsApp +86 135 1098 4471
"""
    items = [item("BS-GN65", "65W GaN 2C1A", "BS-GN65", "7.90", "USD", ""),
             item("BS-GN100", "100W GaN 3C1A", "BS-GN100", "12.20", "USD", "pcs", quantity="2000"),
             item("BS-PD65", "", "BS-PD65", "6.60", "USD", "")]
    return mail("b10-bs-whatsapp", "2026-03-12T10:05:00+08:00", "brightstar", "text-whatsapp-chat-pasted",
                "prose", "quote", BRIGHT, TOM, "GaN chargers - prices as per WhatsApp", items, text=text,
                notes="A WhatsApp export pasted into the mail: `[date, time] Name: message`, the dollar sign after "
                      "the number (`7.90$`); BS-GN100 lowered in the chat from 12.80 to 12.20 for 2k pcs (12.20 "
                      "is the price), our target 11.50 and `was 6.85` are no items.")


BS_PORTAL = [("BS-PD20", "PD 20W USB-C charger, UK plug", 2000, "2.30"),
             ("BS-PD20-EU", "PD 20W USB-C charger, EU plug", 2000, "2.25"),
             ("BS-PD35", "PD 35W dual USB-C charger, UK plug", 1000, "4.05"),
             ("BS-PD35-EU", "PD 35W dual USB-C charger, EU plug", 1000, "3.98"),
             ("BS-GN65", "65W GaN charger 2C1A, UK plug", 1000, "7.75"),
             ("BS-GN100", "100W GaN charger 3C1A, UK plug", 500, "12.20"),
             ("BS-CB-C2C-1M", "USB-C to USB-C cable 1m, 60W, braided", 5000, "0.90"),
             ("BS-CB-C2C-2M", "USB-C to USB-C cable 2m, 100W, braided", 3000, "1.35"),
             ("BS-CB-C2L-1M", "USB-C to Lightning cable 1m, MFi", 3000, "1.62"),
             ("BS-CB-A2C-1M", "USB-A to USB-C cable 1m, 3A", 5000, "0.58"),
             ("BS-CC30", "Car charger 30W PD+QC, aluminium", 1000, "3.40"),
             ("BS-WC15", "Wireless charger pad 15W, Qi2", 1000, "5.90"),
             ("BS-HUB7", "USB-C hub 7-in-1, HDMI 4K", 500, "9.80"),
             ("BS-PB10K", "Power bank 10,000mAh PD 20W", 1000, "7.20")]


def bright_browser_pdf():
    xs = [40, 60, 140, 390, 470, 550]
    right = (3, 4, 5)

    def chrome(p, page_no):
        p.text("5/6/26, 3:42 PM", x=20, size=7, dy=0)
        p.text("Quotation QT-BS-26-0188 | Bright Star Electronics Portal", x=200, size=7)
        p.gap(14)

    def head(p):
        p.row(["#", "Part No.", "Description", "Qty", "Unit Price", "Amount"], xs, size=8, bold=True, right=right)

    def foot(p, page_no):
        p.y = 30
        p.text("https://portal.brightstar-elec.com/quotes/QT-BS-26-0188?view=print", x=20, size=7, dy=0)
        p.text(f"{page_no}/2", x=555, size=7)

    pages, total = [], 0.0
    p = b4_docs.Page()
    chrome(p, 1)
    p.text("Shenzhen Bright Star Electronics Co., Ltd.", size=14, bold=True, dy=18)
    p.text("Quotation QT-BS-26-0188    Date: 2026-05-06    Valid until: 2026-06-05", size=9)
    p.text("Customer: Thamesgate Sourcing Ltd, Felixstowe    Attn: Tom Hughes", size=9)
    p.text("All prices in US$, FOB Shenzhen. Payment: T/T 30/70.", size=9)
    p.gap(8)
    head(p)
    for k, (model, desc, qty, price) in enumerate(BS_PORTAL, 1):
        if k == 10:
            foot(p, 1)
            pages.append(p.lines)
            p = b4_docs.Page()
            chrome(p, 2)
            head(p)
        amount = qty * float(price)
        total += amount
        p.row([str(k), model, desc, f"{qty:,}", f"US$ {price}", f"US$ {en(amount)}"], xs, size=8, right=right,
              dy=22)
    p.gap(6)
    p.row(["", "", "Total (FOB Shenzhen)", "", "", f"US$ {en(total)}"], xs, size=8, bold=True, right=right)
    p.text("Packing: export carton. Lead time 25-35 days after deposit. Samples free, courier collect.", size=8)
    foot(p, 2)
    pages.append(p.lines)
    pdf = b4_docs.pdf_pages(pages, "Quotation QT-BS-26-0188 | Bright Star Electronics Portal")
    text = """Dear Tom,

Our portal quotation QT-BS-26-0188 is attached (printed from the portal, as you asked).

Best regards
Kevin Lin | Shenzhen Bright Star Electronics Co., Ltd. | +86 135 1098 4471
"""
    items = [item(m, d, m, p_, "USD", "", quantity=str(q)) for m, d, q, p_ in BS_PORTAL]
    return mail("b10-bs-portal", "2026-05-06T15:50:00+08:00", "brightstar", "pdf-browser-print-two-pages",
                "pdf", "quote", BRIGHT, TOM, "QT-BS-26-0188", items, text=text,
                attachments=[(pdf, "application/pdf", "QT-BS-26-0188.pdf")],
                notes="A web page printed to PDF by a browser: the print date and page title at the top of each "
                      "page, the URL and `1/2` at the bottom, the table header repeated on page 2, `US$ 2.30` in "
                      "the cells; rows are double-spaced. The total is no item.")


BS_UPDATE = [("BS-PD20", "PD 20W USB-C charger, UK plug", "2.30", "2.18"),
             ("BS-PD35", "PD 35W dual USB-C charger, UK plug", "4.05", "3.89"),
             ("BS-CB-C2C-1M", "USB-C to USB-C cable 1m, 60W, braided", "0.90", "0.86"),
             ("BS-WC15", "Wireless charger pad 15W, Qi2", "5.90", "5.60")]


def bright_del_update():
    rows = [["Model", "Description", "Old price (USD)", "New price (USD)", "Change"]]
    for m, d, old, new in BS_UPDATE:
        pct = (float(new) - float(old)) / float(old) * 100
        rows.append([m, d, f"<del>{old}</del>", f"<b><span style='color:#C00000'>{new}</span></b>", f"{pct:.1f}%"])
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>" +
             "".join("<tr>" + "".join(f"<td style='padding:0cm 5.4pt'><p class=MsoNormal>{c}<o:p></o:p></p></td>"
                                      for c in r) + "</tr>" for r in rows) + "</table>")
    html = b10_docs.outlook_html(
        ["Dear Tom,", "", "Good news: with the lower chip costs we can reduce the following prices from 1 June 2026 "
         "(FOB Shenzhen, per pc):", ""], table,
        ["", "All other prices of QT-BS-26-0188 remain.", "", "Best regards,", "Kevin Lin",
         "Shenzhen Bright Star Electronics Co., Ltd."])
    items = [item(m, d, m, new, "USD", "pcs", status="notice") for m, d, old, new in BS_UPDATE]
    return mail("b10-bs-del", "2026-06-02T09:30:00+08:00", "brightstar", "html-outlook-del-old-prices",
                "html-table", "price-notice", BRIGHT, TOM, "Price reduction from 1 June 2026", items, html=html,
                kind_alt=["quote"],
                notes="Outlook table with the old prices struck through (<del>) in their own column and the new "
                      "ones in red; `per pc` in the sentence above. Old prices and the change % are no items.")


BS_TIERS = [("BS-WC15", "Wireless charger pad 15W, Qi2", "5.60", "5.35", "4.95"),
            ("BS-CC30", "Car charger 30W PD+QC, aluminium", "3.40", "3.25", "2.98"),
            ("BS-HUB7", "USB-C hub 7-in-1, HDMI 4K", "9.80", "9.40", "8.90")]


def bright_tier_sheet():
    rows = [["Model", "Description", "Unit price (USD/pc) by order quantity", None, None],
            [None, None, "MOQ 500", "1,000", "5,000"]]
    for m, d, a, b, c in BS_TIERS:
        rows.append([m, d] + [(x, float(x), "0.00") for x in (a, b, c)])
    html = _gmail(["Hi Tom,", "", "Quantity price breaks as requested, FOB Shenzhen:", ""],
                  b10_docs.sheets_paste(rows, bold_rows=(0, 1)),
                  ["", "Best regards,", "Kevin Lin | Shenzhen Bright Star Electronics Co., Ltd."])
    items = []
    for m, d, a, b, c in BS_TIERS:
        items.append(item(m, d, m, a, "USD", "pcs"))
        items.append(item(m, d, m, b, "USD", "pcs", tier=True))
        items.append(item(m, d, m, c, "USD", "pcs", tier=True))
    return mail("b10-bs-tiers", "2026-07-15T11:12:00+08:00", "brightstar", "html-google-sheets-tier-columns",
                "html-table", "quote", BRIGHT, TOM, "Price breaks - WC15 / CC30 / HUB7", items, html=html,
                notes="Google Sheets paste with quantity breaks as columns under a header row of its own "
                      "(`MOQ 500` | `1,000` | `5,000`); the first break is the price, the others tiers. The "
                      "header numbers are no prices.")


# ------------------------------------------------------------------ Yida (packaging, USD)

YD = [("YD-MB-A4", "Mailer box E-flute, A4, white/kraft, 1C print", "310x220x60mm", 5000, "0.42"),
      ("YD-MB-A5", "Mailer box E-flute, A5, white/kraft, 1C print", "230x160x50mm", 5000, "0.31"),
      ("YD-RB-01", "Rigid gift box with magnetic lid", "200x150x80mm", 2000, "1.28"),
      ("YD-PB-S", "Poly mailer bag 60mic, self-seal", "250x350mm", 20000, "0.045"),
      ("YD-TT-01", "Tissue paper 17gsm, 1C logo", "500x700mm", 10000, "0.038")]


def yida_textbox_docx():
    rows = [["No.", "Item No.", "Description", "Size", "Qty", "Unit Price (USD)", "Amount (USD)"]]
    total = 0.0
    for k, (m, d, size, qty, price) in enumerate(YD, 1):
        total += qty * float(price)
        rows.append([str(k), m, d, size, f"{qty:,} pcs", price, en(qty * float(price))])
    rows.append(["", "", "TOTAL FOB Shenzhen", "", "", "", en(total)])
    doc = b10_docs.docx_textbox(
        ["DONGGUAN YIDA PACKAGING CO., LTD.", "No. 12 Industrial Rd, Humen, Dongguan, Guangdong, China",
         "QUOTATION  No. YD-Q260210   Date: 2026-02-10", "To: Thamesgate Sourcing Ltd / Mr. Tom Hughes"],
        rows,
        ["Terms: FOB Shenzhen, T/T 30% deposit. Printing plate USD 60 per colour (one-off).",
         "Sample lead time 5 days, mass production 15 days.", "Cindy Huang  +86 769 8512 6632"])
    text = """Dear Tom,

Please find our quotation attached.

Best regards,
Cindy Huang
Dongguan Yida Packaging Co., Ltd.
"""
    items = [item(m, d, m, p, "USD", "pcs", quantity=str(q)) for m, d, size, q, p in YD]
    return mail("b10-yd-docx", "2026-02-10T14:00:00+08:00", "yida", "docx-table-in-text-box",
                "docx", "quote", YIDA, TOM, "Quotation YD-Q260210 packaging", items, text=text,
                attachments=[(doc, b10_docs.DOCX_MIME, "YD-Q260210.docx")],
                notes="DOCX whose item table is inside an anchored text box; Word stores it twice "
                      "(mc:Choice wps:txbx and mc:Fallback v:textbox), so each row appears twice in the XML and "
                      "must count once. `5,000 pcs` in the quantity cell; the plate charge is no item.")


def yida_strike():
    lines = [("YD-MB-A4", "Mailer box A4", "0.42", "0.39"), ("YD-MB-A5", "Mailer box A5", "0.31", "0.29"),
             ("YD-RB-01", "Rigid gift box, magnetic lid", "1.28", "1.22"),
             ("YD-TT-01", "Tissue paper 17gsm 1C logo", "0.038", "0.036")]
    rows = "".join(f"<tr><td>{m}</td><td>{d}</td><td><s>USD {o}</s> <b style=\"color:red\">USD {n}/pc</b></td></tr>"
                   for m, d, o, n in lines)
    html = ("<html><body><div>Dear Tom,</div><div><br></div><div>Paper cost went down, we can revise as "
            "below (old price crossed out):</div><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:"
            "collapse\"><tr><th>Item No.</th><th>Item</th><th>Price FOB Shenzhen</th></tr>" + rows +
            "</table><div><br></div><div>Poly mailer bag no change.</div><div>Cindy</div></body></html>")
    items = [item(m, d, m, n, "USD", "pcs") for m, d, o, n in lines]
    return mail("b10-yd-strike", "2026-04-22T10:15:00+08:00", "yida", "html-strike-old-price-same-cell",
                "html-table", "quote", YIDA, TOM, "RE: Quotation YD-Q260210 packaging - revised", items, html=html,
                notes="Each price cell holds the old price struck through (<s>USD 0.42</s>) and the new one "
                      "(`USD 0.39/pc`); only the new one is an item.")


def yida_market():
    text = """Dear valued customers,

Monthly raw material update (May 2026):

- Kraft liner board 175gsm: CNY 3,950/ton (April: CNY 4,120/ton)
- Imported recycled pulp: USD 640/ton CIF
- PE film resin LLDPE 7042: CNY 8,350/ton
- Sea freight Shenzhen - Felixstowe: USD 1,850 / 40HQ

We will keep our current prices until end of June. Any question, please contact us.

Cindy Huang
Dongguan Yida Packaging Co., Ltd. | +86 769 8512 6632
"""
    return mail("b10-yd-market", "2026-05-18T09:00:00+08:00", "yida", "text-raw-material-market-report",
                "non-quote", "other", YIDA, TOM, "Raw material price update May 2026", [], text=text,
                notes="A supplier's raw-material report: board, pulp and resin per ton and a freight rate; no "
                      "product of theirs is priced, so no items.")


def yida_on_request():
    text = """Hi Tom,

For the new items in your RFQ of 30 July:

1. Kraft paper bag with twisted handle 320x140x420mm - price TBA after sample approval
2. Honeycomb wrapping paper 380mm x 250m - POA, supplier still checking
3. EPE foam insert for YD-RB-01 - will quote next week

Sorry for the delay.

Cindy
Dongguan Yida Packaging Co., Ltd.
"""
    return mail("b10-yd-poa", "2026-08-05T16:20:00+08:00", "yida", "text-tba-poa-reply",
                "non-quote", "other", YIDA, TOM, "RE: RFQ new items July", [], text=text, kind_alt=["quote"],
                notes="A reply with no price at all (`TBA`, `POA`, `will quote`); sizes are no prices.")


# ------------------------------------------------------------------ Haida (rubber, USD)

HD_BOX = [("HD-OR-20x3", "O-ring NBR70 20x3", "5000", "0.028"), ("HD-OR-50x3", "O-ring NBR70 50x3", "3000", "0.065"),
          ("HD-GK-110", "Flange gasket EPDM DN100 PN16", "500", "1.18"),
          ("HD-VS-45", "Oil seal TC 45x62x8 FKM", "1000", "0.74")]


def haida_box():
    rows = [["No.", "Part No.", "Description", "Qty (pcs)", "Unit Price (USD)", "Amount (USD)"]]
    for k, (m, d, q, p) in enumerate(HD_BOX, 1):
        rows.append([str(k), m, d, f"{int(q):,}", p, en(int(q) * float(p))])
    text = ("Dear Tom,\n\nQuotation HD-2603-07, FOB Qingdao:\n\n" + b10_docs.box_table(rows, right=(3, 4, 5)) +
            "\n\nPayment 100% T/T before shipment. Validity 30 days.\n\nSunny Zhao\nQingdao Haida Rubber Co., Ltd."
            "\nTel/WeChat: +86 532 8671 4402\n")
    items = [item(m, d, m, p, "USD", "pcs", quantity=q) for m, d, q, p in HD_BOX]
    return mail("b10-hd-box", "2026-03-20T13:45:00+08:00", "haida", "text-box-drawing-table",
                "text-table", "quote", HAIDA, TOM, "Quotation HD-2603-07", items, text=text,
                notes="A plain-text table drawn with box-drawing characters (┌─┬─┐ │ ├ ┼ ┤ └ ┴ ┘); `Qty (pcs)`.")


HD_MD = [("HD-OR-20x3", "O-ring NBR70 20x3", "10,000", "$0.026"), ("HD-OR-30x3", "O-ring NBR70 30x3", "10,000", "$0.041"),
         ("HD-GK-150", "Flange gasket EPDM DN150 PN16", "300", "$1.72"),
         ("HD-VS-55", "Oil seal TC 55x72x8 FKM", "1,000", "$0.88")]


def haida_markdown():
    rows = [["#", "Part No.", "Description", "Qty", "Unit price (FOB Qingdao)"]]
    rows += [[str(k), f"**{m}**", d, q, p] for k, (m, d, q, p) in enumerate(HD_MD, 1)]
    text = ("Hi Tom,\n\nHere is the updated quotation for the seals:\n\n" + b10_docs.markdown_table(rows) +
            "\n\n**Notes:**\n- Prices are per piece in USD.\n- MOQ 1,000 pcs per size.\n- Lead time: 15 days.\n\n"
            "Sunny Zhao\nQingdao Haida Rubber Co., Ltd.\n")
    items = [item(m, d, m, p[1:], "USD", "pcs", quantity=q.replace(",", "")) for m, d, q, p in HD_MD]
    return mail("b10-hd-md", "2026-06-18T10:30:00+08:00", "haida", "text-markdown-pipe-table",
                "text-table", "quote", HAIDA, TOM, "Updated quotation seals", items, text=text,
                notes="A Markdown pipe table with its alignment row and `**bold**` part numbers; `$0.026`, "
                      "three decimals; `per piece in USD` only in the notes below.")


def haida_invite():
    ics = b10_docs.ics("b10-haida-call@haida-rubber.com", "20260702T070000Z", "20260702T073000Z",
                       "Price review 2026 H2 - Haida / Thamesgate",
                       "Agenda: H2 price list, NBR compound +3.5%, freight.\nJoin: +44 20 3481 5237\n"
                       "Conference ID: 418 227 903#\nMeeting room 2",
                       HAIDA, TOM)
    text = """Hi Tom,

Invitation for our price review call on 2 July, 15:00 Beijing time / 08:00 UK.
Dial-in: +44 20 3481 5237, conference ID 418 227 903#

Sunny
"""
    return mail("b10-hd-ics", "2026-06-25T17:00:00+08:00", "haida", "ics-meeting-invitation",
                "non-quote", "other", HAIDA, TOM, "Invitation: Price review 2026 H2", [], text=text,
                attachments=[(ics, "text/calendar", "invite.ics")],
                notes="A meeting invitation with an .ics part: phone numbers, a conference ID, times and a "
                      "percentage; no items.")


def haida_shipping():
    text = """Dear Tom,

Shipping advice for PO TG-PO-26-0412:

Vessel: CMA CGM TROCADERO 0FT4RW1MA   ETD Qingdao 2026-09-12   ETA Felixstowe 2026-10-21
Container: TCNU 418226 7 / 40HQ   Seal: CG2291847
Packages: 412 cartons, G.W. 8,240.50 kg, N.W. 7,905.00 kg, 61.8 CBM
Invoice value: USD 18,420.50

Documents will be sent by DHL after balance payment.

Sunny Zhao
Qingdao Haida Rubber Co., Ltd.
"""
    return mail("b10-hd-ship", "2026-09-09T11:00:00+08:00", "haida", "text-shipping-advice",
                "non-quote", "other", HAIDA, TOM, "Shipping advice TG-PO-26-0412", [], text=text,
                notes="A shipping advice: weights, volumes, container and seal numbers, an invoice value; no items.")


SCENARIOS = [kaida_excel_paste, kaida_inline_reply, kaida_phone_reply, hongli_wechat, hongli_wps_paste,
             bright_sheets, bright_whatsapp, bright_browser_pdf, bright_del_update, bright_tier_sheet,
             yida_textbox_docx, yida_strike, yida_market, yida_on_request, haida_box, haida_markdown,
             haida_invite, haida_shipping]

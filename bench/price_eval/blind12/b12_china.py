"""Chinese and Vietnamese suppliers of a Fremantle trading company as their mail clients write:
a valve factory's Outlook quote typed as a Word table, its top-posted revision a week later above the
whole old quote, our order and its commercial invoice; a fastener factory's Foxmail table, its QQ
Mail reply above the 原始邮件 block, our reply asking for a discount and a WeChat chat pasted into a
mail; a hardware factory's quote forwarded from Gmail and its 163 reply; an electronics factory's
Alimail table, the same prices in the body and a PDF, and numbered lines; a steel pipe mill's
workbook in a zip and our order; a packaging factory's table grouped with rowspan."""

from b12_common import (BEN, NINA, OUR_SIGNATURE, XLSX, ZHOU, ZHOU_SIGNATURE, b3_docs, b8_docs, b11_docs, en,
                        item, mail)
import b12_docs as d

JINHAI = ("Lily Xu", "lily.xu@jinhai-valve.com")
HENGLI = ("陈经理", "chen@hengli-fastener.cn")
DAYANG = ("Kevin Liang", "kevin@dayang-hardware.com")
DAYANG_BOSS = ("Mr. Liang Wenhua", "liang.wh@dayang-hardware.com")
HONGDA = ("Cathy Huang", "cathy@hongda-elec.com")
BAOFENG = ("Frank Zhao", "frank.zhao@baofeng-pipe.com")
VIETTHANH = ("Nguyen Thi Lan", "lan.nguyen@vietthanh-pack.vn")

JH_SIG = ["Best regards,", "Lily Xu | Sales Manager", "NINGBO JINHAI VALVE CO., LTD.",
          "No. 77 Xingye Road, Beilun District, Ningbo 315800, China",
          "Tel: +86-574-8618 2203 | Fax: +86-574-8618 2205 | Mob/WeChat: +86 139 5742 8816",
          "Bank: Bank of China Ningbo Beilun Branch, A/C No. 3581 5620 4417, SWIFT BKCHCNBJ92A"]

# ------------------------------------------------------------------ Jinhai (brass valves, USD)

JH = [  # item no, description, size, unit, qty, price
    ("JH-BV-015", "Brass ball valve, full bore, PN25, lever handle", "DN15 (1/2\")", "PC", 2000, "2.18"),
    ("JH-BV-020", "Brass ball valve, full bore, PN25, lever handle", "DN20 (3/4\")", "PC", 2000, "3.05"),
    ("JH-BV-025", "Brass ball valve, full bore, PN25, lever handle", "DN25 (1\")", "PC", 1500, "4.62"),
    ("JH-GV-032", "Brass gate valve, PN16, wheel handle", "DN32 (1-1/4\")", "PC", 500, "7.90"),
    ("JH-CV-020", "Brass swing check valve, PN16", "DN20 (3/4\")", "PC", 800, "2.74"),
    ("JH-SV-015", "Stop cock with drain, chrome plated", "DN15 (1/2\")", "PC", 1000, "3.36")]


def _jh_table():
    rows = [["Item No.", "Description", "Size", "Unit", "Qty", "Unit Price\nUSD FOB Ningbo", "Amount USD"]]
    for m, desc, size, unit, qty, p in JH:
        rows.append([m, desc, size, unit, f"{qty:,}", p, en(float(p) * qty)])
    rows.append([{"text": "Total FOB Ningbo", "cols": 6}, en(sum(float(p) * q for *_, q, p in JH))])
    return d.word_table(rows, right=(4, 5, 6), widths=(80, 230, 80, 40, 50, 90, 90))


def _jh_quote_body():
    return (d.vml_logo("Jinhai Valve") + d.mso_p("Dear Nina,") + d.mso_p() +
            d.mso_p("Thanks for your enquiry of 26 Feb. Please find our best offer below:") + d.mso_p() + _jh_table() +
            d.mso_p() + d.mso_p("Terms:&nbsp;&nbsp;&nbsp; FOB Ningbo, T/T 30% deposit, balance against B/L copy") +
            d.mso_p("Delivery: 35 days after deposit&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Validity: 30 days") +
            d.mso_p("Packing: 10 pcs/inner box, 100 pcs/carton (DN15), carton 42x30x25 cm, G.W. 21.5 kg") +
            d.mso_p() + "".join(d.mso_p(s) for s in JH_SIG))


def jinhai_word_table():
    items = [item(m, desc, m, p, "USD", "pcs", quantity=str(q)) for m, desc, _, _, q, p in JH]
    return mail("b12-jh-quote", "2026-03-02T15:20:00+08:00", "jinhai", "html-outlook-word-table-msonormal-spans",
                "html-table", "quote", JINHAI, NINA, "Offer JH-260302 brass ball valves / gate / check valves",
                items, html=d.outlook(_jh_quote_body()),
                extra_headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdyKEh2nT0xJqQm8Q0eN5ZtKbX3aRw=="},
                notes="Outlook's Word editor: a table typed in Word (every cell a td with a MsoNormal paragraph "
                      "and a styled span), header `Unit Price<br>USD FOB Ningbo`, unit column PC, sizes with "
                      "inch marks, a Total row spanning six columns, a VML logo with its img fallback, &nbsp; "
                      "runs in the terms, packing dimensions and weights, phone, fax and bank account numbers.")


def jinhai_toppost_revision():
    fresh = (d.mso_p("Hi Nina,") + d.mso_p() +
             d.mso_p("After checking copper price with our boss, we can improve two items of our offer below:") +
             d.word_list(["JH-BV-025 brass ball valve DN25: now USD 4.35/pc (was 4.62)",
                          "JH-GV-032 brass gate valve DN32: now USD 7.45/pc (was 7.90)"]) +
             d.mso_p("Other items unchanged. If you confirm this week we can ship mid-April.") + d.mso_p() +
             "".join(d.mso_p(s) for s in JH_SIG[:3]) + d.mso_p())
    quoted = d.outlook_quote_header("Lily Xu <lily.xu@jinhai-valve.com>", "Monday, March 2, 2026 3:20 PM",
                                    "Nina Kowalski <nina.kowalski@harbourview-trading.com.au>",
                                    "Offer JH-260302 brass ball valves / gate / check valves") + _jh_quote_body()
    items = [item("JH-BV-025", "brass ball valve", "JH-BV-025 DN25", "4.35", "USD", "pcs"),
             item("JH-GV-032", "brass gate valve", "JH-GV-032 DN32", "7.45", "USD", "pcs")]
    return mail("b12-jh-rev", "2026-03-09T10:05:00+08:00", "jinhai", "html-outlook-toppost-word-bullets-above-old-quote",
                "prose", "quote", JINHAI, NINA, "RE: Offer JH-260302 brass ball valves / gate / check valves",
                items, html=d.outlook(fresh + quoted), reply_to_id="<b12-jh-quote@jinhai-valve.com>",
                kind_alt=["price-notice"],
                notes="A top-posted Outlook reply a week later: two new prices in Word bullet paragraphs "
                      "(`<![if !supportLists]>`, `(was 4.62)`), then the From:/Sent: block and the WHOLE old "
                      "quote with its table: the old table's prices are not items of this mail.")


def our_po_jinhai():
    rows = [["Line", "Your item no.", "Description", "Qty (pcs)", "Unit price USD", "Amount USD"],
            ["1", "JH-BV-015", "Brass ball valve DN15 PN25", "2,000", "2.18", "4,360.00"],
            ["2", "JH-BV-025", "Brass ball valve DN25 PN25", "1,500", "4.35", "6,525.00"],
            ["3", "JH-GV-032", "Brass gate valve DN32 PN16", "500", "7.45", "3,725.00"],
            [{"text": "Total FOB Ningbo", "cols": 5}, "14,610.00"]]
    sig = OUR_SIGNATURE.split("\n")
    body = (d.mso_p("Dear Lily,") + d.mso_p() +
            d.mso_p("Please accept our purchase order HV-PO-26-0318 as below, prices as per your revision of 9 March:") +
            d.mso_p() + d.word_table(rows, right=(3, 4, 5), shade_header=False) + d.mso_p() +
            d.mso_p("Delivery: FOB Ningbo, ETD not later than 15 April 2026. Marking: HARBOURVIEW / FREMANTLE / "
                    "PO 0318 / C/No. 1-UP.") + d.mso_p() + "".join(d.mso_p(s) for s in sig))
    items = [item("JH-BV-015", "Brass ball valve DN15 PN25", "JH-BV-015", "2.18", "USD", "pcs", "ordered", "2000"),
             item("JH-BV-025", "Brass ball valve DN25 PN25", "JH-BV-025", "4.35", "USD", "pcs", "ordered", "1500"),
             item("JH-GV-032", "Brass gate valve DN32 PN16", "JH-GV-032", "7.45", "USD", "pcs", "ordered", "500")]
    return mail("b12-jh-po", "2026-03-16T09:30:00+08:00", "jinhai", "html-our-po-word-table-no-shading",
                "html-table", "order", NINA, JINHAI, "PO HV-PO-26-0318 - brass valves", items, direction="outbound",
                html=d.outlook(body),
                notes="Our purchase order in Outlook: a Word table without a shaded header, `Qty (pcs)`.")


def jinhai_invoice():
    p = b3_docs.Page()
    p.text("NINGBO JINHAI VALVE CO., LTD.", size=13, bold=True)
    p.text("No. 77 Xingye Road, Beilun District, Ningbo 315800, China   Tel +86-574-8618 2203", size=8)
    p.gap(10)
    p.text("COMMERCIAL INVOICE", x=220, size=14, bold=True)
    p.text("Invoice No.: JH-CI-260412        Date: 12 Apr 2026        PO: HV-PO-26-0318", size=9)
    p.text("Buyer: Harbourview Industrial Trading Pty Ltd, Unit 4, 22 Cockburn Road, Fremantle WA 6160", size=9)
    p.text("Vessel: MSC ARIANE V.614S    B/L: MEDUNB742210    Container: MSCU 482231-7", size=9)
    p.gap(6)
    xs = (50, 120, 330, 400, 470)
    p.row(["Item", "Description", "Qty", "Unit Price", "Amount"], xs, bold=True, right=(2, 3, 4))
    for m, desc, q, pr in (("JH-BV-015", "Brass ball valve DN15", 2000, "2.18"),
                           ("JH-BV-025", "Brass ball valve DN25", 1500, "4.35"),
                           ("JH-GV-032", "Brass gate valve DN32", 500, "7.45")):
        p.row([m, desc, f"{q:,}", f"USD {pr}", en(float(pr) * q)], (50, 120, 360, 440, 520), right=(2, 3, 4))
    p.row(["", "TOTAL FOB NINGBO", "", "", "USD 14,610.00"], (50, 120, 360, 440, 520), bold=True, right=(4,))
    p.gap(6)
    p.text("HS code 8481.80; N.W. 1,286 kg; G.W. 1,402 kg; 38 cartons. Country of origin: China.", size=8)
    pdf = p.build("Commercial Invoice")
    text = "\n".join(["Dear Nina,", "", "Goods shipped. Attached commercial invoice JH-CI-260412, packing list to",
                      "follow. Please arrange the balance USD 10,227.00 against the B/L copy.", ""] + JH_SIG) + "\n"
    return mail("b12-jh-ci", "2026-04-12T11:00:00+08:00", "jinhai", "pdf-commercial-invoice-not-a-quote",
                "pdf", "invoice", JINHAI, NINA, "Shipment PO 0318 - commercial invoice JH-CI-260412", [],
                text=text, attachments=[(pdf, "application/pdf", "JH-CI-260412.pdf")],
                notes="A commercial invoice with unit prices, balance, HS code, weights, B/L and container "
                      "numbers: an invoice has no price items.")


# ------------------------------------------------------------------ Hengli (fasteners, CNY, Foxmail / QQ)

HL = [  # 品名, 规格, 等级/表面, 单位, 数量, 单价
    ("外六角螺栓 DIN933", "M8×25", "8.8级 镀锌", "个", 20000, "0.21"),
    ("外六角螺栓 DIN933", "M10×30", "8.8级 镀锌", "个", 20000, "0.46"),
    ("外六角螺栓 DIN933", "M12×40", "8.8级 镀锌", "个", 10000, "0.73"),
    ("六角法兰面螺栓 DIN6921", "M8×20", "8.8级 镀锌", "个", 10000, "0.24"),
    ("内六角圆柱头螺钉 DIN912", "M6×16", "12.9级 发黑", "个", 30000, "0.13"),
    ("尼龙锁紧螺母 DIN985", "M10", "8级 镀锌", "个", 20000, "0.15")]
HL_SIG = ["--", "陈经理 温州恒力紧固件有限公司", "地址：浙江省温州市瓯海区娄桥工业园区古岸头路28号",
          "电话：0577-8651 3320 传真：0577-8651 3321 手机：135 8774 0926", "QQ：2851406633"]


def _hl_table():
    rows = [["序号", "品名", "规格", "等级/表面", "单位", "数量", "单价(元)", "金额(元)"]]
    for k, (name, size, grade, unit, qty, p) in enumerate(HL, 1):
        rows.append([str(k), name, size, grade, unit, str(qty), p, f"{float(p) * qty:.2f}"])
    rows.append(["合计", "", "", "", "", "", "", f"{sum(float(p) * q for *_, q, p in HL):.2f}"])
    return d.html_table(rows)


def _hl_body():
    return (d.foxmail_body(["周小姐您好：", "", "按贵司询价，报价如下（含13%增值税，含运费到广州）："]) + _hl_table() +
            d.foxmail_body(["", "交期：15天；付款：月结30天；报价有效期：2026年3月底。", ""] + HL_SIG))


def hengli_foxmail():
    items = [item(f"hl-{n}-{s}", n, s, p, "CNY", "pcs", quantity=str(q), size_model=True)
             for n, s, _, _, q, p in HL]
    return mail("b12-hl-quote", "2026-03-04T14:10:00+08:00", "hengli", "html-foxmail-gbk-table-han-units",
                "html-table", "quote", HENGLI, ZHOU, "报价单 - 外六角螺栓/螺母", items,
                html=d.plain_html(_hl_body(), "gbk"), charset="gbk",
                extra_headers={"X-Mailer": "Foxmail 7.2.25.331[cn]"},
                notes="Foxmail HTML in GBK: 序号 品名 规格 等级/表面 单位 数量 单价(元) 金额(元), sizes only in "
                      "规格 (M8×25 under several names), unit 个, 含13%增值税 含运费, a 合计 row, phone, fax, QQ "
                      "numbers in the signature.")


def hengli_qq_reply():
    fresh = d.foxmail_body(["周小姐：", "", "老板同意再优惠一点：", "DIN933 M10×30 降到0.42元/个，",
                            "DIN933 M12×40 降到0.68元/个，", "其他规格价格不变。", "", "陈经理"])
    quoted = d.qq_quote("陈经理<chen@hengli-fastener.cn>", "2026年3月4日(星期三) 下午2:10",
                        "周敏 Zhou Min<zhou.min@harbourview.cn>", "报价单 - 外六角螺栓/螺母", _hl_body())
    items = [item("hl-外六角螺栓 DIN933-M10×30", "DIN933", "M10×30", "0.42", "CNY", "pcs", size_model=True),
             item("hl-外六角螺栓 DIN933-M12×40", "DIN933", "M12×40", "0.68", "CNY", "pcs", size_model=True)]
    return mail("b12-hl-qq", "2026-03-12T09:45:00+08:00", "hengli", "html-qq-reply-above-yuanshi-youjian-block",
                "prose", "quote", HENGLI, ZHOU, "回复：报价单 - 外六角螺栓/螺母", items,
                html=d.plain_html(fresh + quoted, "gbk"), charset="gbk", reply_to_id="<b12-hl-quote@hengli-fastener.cn>",
                extra_headers={"X-QQ-MIME": "TCMime 1.0 by Tencent", "X-Mailer": "QQMail 2.x"},
                kind_alt=["price-notice"],
                notes="QQ Mail reply: two new prices in lines `DIN933 M10×30 降到0.42元/个，` above the "
                      "`------------------ 原始邮件 ------------------` block (发件人/发送时间/收件人/主题) and the "
                      "whole old table: the old prices are no items.")


def our_foxmail_discount_request():
    fresh = d.foxmail_body(["陈经理您好：", "", "M10×30 和 M12×40 的价格比别家高一些，能否再优惠？我们下个月要两柜。",
                            "另外请确认 M8×25 的包装：每箱多少个？", "", ZHOU_SIGNATURE.replace("\n", "<br>")])
    quoted = d.qq_quote("陈经理<chen@hengli-fastener.cn>", "2026年3月4日(星期三) 下午2:10",
                        "周敏 Zhou Min<zhou.min@harbourview.cn>", "报价单 - 外六角螺栓/螺母", _hl_body())
    return mail("b12-hl-ask", "2026-03-06T16:30:00+08:00", "hengli", "html-our-foxmail-reply-quoting-their-table",
                "html-table", "inquiry", ZHOU, HENGLI, "回复：报价单 - 外六角螺栓/螺母", [], direction="outbound",
                html=d.plain_html(fresh + quoted, "gbk"), charset="gbk", reply_to_id="<b12-hl-quote@hengli-fastener.cn>",
                extra_headers={"X-Mailer": "Foxmail 7.2.25.331[cn]"}, kind_alt=["other"],
                notes="Our reply asking for a discount above the 原始邮件 block quoting their whole table: no items.")


def hengli_wechat_paste():
    text = """周小姐，上午微信里聊的价格我整理发一下，方便你们走流程：

陈经理 10:32
平垫圈M10 镀锌 0.03一个
弹簧垫圈M10 镀锌 0.045一个
六角螺母M10 8级镀锌 0.12元一个，都是含税价
周敏 Zhou Min 10:35
好的，起订量多少？
陈经理 10:36
每样5万个起，运费我们出
周敏 Zhou Min 10:37
[OK]

""" + "\n".join(HL_SIG) + "\n"
    items = [item("hl-平垫圈-M10", "平垫圈", "M10", "0.03", "CNY", "pcs", size_model=True),
             item("hl-弹簧垫圈-M10", "弹簧垫圈", "M10", "0.045", "CNY", "pcs", size_model=True),
             item("hl-六角螺母-M10", "六角螺母", "M10", "0.12", "CNY", "pcs", size_model=True)]
    return mail("b12-hl-wechat", "2026-03-20T11:20:00+08:00", "hengli", "text-wechat-chat-pasted-zh-prose",
                "prose", "quote", HENGLI, ZHOU, "微信报价整理：垫圈/螺母", items, text=text, charset="gbk",
                notes="A WeChat chat pasted into a mail: speaker and time lines, `平垫圈M10 镀锌 0.03一个` "
                      "(no 元), `0.12元一个`, 含税; 5万个 is an MOQ, `10:32` a time, `[OK]` a sticker.")


# ------------------------------------------------------------------ Dayang (hardware, USD, Gmail forward / 163)

DY = [("DY-HG-100", "Stainless steel butt hinge 304", "100x75x2.5mm", "pair", "1.86"),
      ("DY-HG-125", "Stainless steel butt hinge 304", "125x75x3.0mm", "pair", "2.64"),
      ("DY-DS-300", "Door stopper, zinc alloy, satin nickel", "Ø30 x 45mm", "pc", "0.95"),
      ("DY-LH-201", "Lever handle on rose, SS304", "Ø52 rose, 19mm bar", "set", "6.80"),
      ("DY-CL-060", "Concealed door closer", "60 kg door", "set", "14.20")]


def _dy_table():
    rows = [["Item", "Description", "Size", "Unit", "FOB Shenzhen (US$)"]]
    rows += [[m, desc, size, unit.upper() if unit != "pair" else "PR", p] for m, desc, size, unit, p in DY]
    return d.html_table(rows, style="border-collapse:collapse;font-family:Arial;font-size:13px")


def dayang_gmail_forward():
    boss = d.gmail_div(["Dear Kevin,", "", "Please send Harbourview our prices for the hinges and door hardware:", ""]) \
        + _dy_table() + d.gmail_div(["", "MOQ 500 per item. Validity 60 days. Lead time 30-35 days.", "",
                                     "Liang Wenhua", "General Manager", "+86 757 2881 6602"])
    body = d.gmail_div(["Hi Nina,", "", "Please see below the quotation from our GM for your door hardware project.",
                        "Any questions please let me know.", "", "Kevin Liang | Foshan Dayang Hardware Co., Ltd.",
                        "Mob/WhatsApp +86 137 2861 0457 | Skype: kevin.dayang"]) + "<br>" + d.gmail_forward(
        DAYANG_BOSS, "Thu, Mar 5, 2026 at 6:02 PM", "Harbourview door hardware prices", "Kevin Liang <kevin@dayang-hardware.com>",
        boss)
    unit = {"pair": "pair", "pc": "pcs", "set": "set"}
    items = [item(m, desc, m, p, "USD", unit[u]) for m, desc, _, u, p in DY]
    return mail("b12-dy-fwd", "2026-03-06T09:12:00+08:00", "dayang", "html-gmail-forwarded-message-with-table",
                "forwarded-mail", "quote", DAYANG, NINA, "Fwd: Harbourview door hardware prices", items,
                html=d.plain_html(body),
                notes="The supplier's rep forwards his GM's mail (Gmail `---------- Forwarded message ---------`, "
                      "From/Date/Subject/To) with the table inside: `FOB Shenzhen (US$)`, units PR / PC / SET.")


def dayang_163_reply():
    fresh = "Hi Nina,<br><br>Good news, for 2,000 pairs we can do:<br>DY-HG-100 hinge 100x75x2.5: US$1.72/pair<br>" \
            "DY-HG-125 hinge 125x75x3.0: US$2.45/pair<br><br>Kevin"
    quoted = ("Hi Kevin,<br>2,000 pairs each of the two hinges, what is your best price? Target is around US$1.60 "
              "for the 100mm.<br>Nina")
    items = [item("DY-HG-100", "hinge", "DY-HG-100 100x75x2.5", "1.72", "USD", "pair"),
             item("DY-HG-125", "hinge", "DY-HG-125 125x75x3.0", "2.45", "USD", "pair")]
    return mail("b12-dy-163", "2026-03-13T20:40:00+08:00", "dayang", "html-163-reply-blockquote-isreplycontent",
                "prose", "quote", DAYANG, NINA, "Re:Re: Fwd: Harbourview door hardware prices", items,
                html=d.plain_html(d.netease_reply(fresh, "Nina Kowalski", "2026-03-12 15:20:41", quoted)),
                extra_headers={"X-Mailer": "Coremail Webmail Server Version XT5.0.13"},
                notes="NetEase 163 webmail: new prices `US$1.72/pair` above `在 … 写道：` and the quoted "
                      "request in `<blockquote id=\"isReplyContent\">` with our target price (no item).")


# ------------------------------------------------------------------ Hongda (electronics, CNY / USD, Alimail)

HD = [("HD-PS-1205", "开关电源", "12V 5A 60W", "个", "500", "28.50"),
      ("HD-PS-2410", "开关电源", "24V 10A 240W", "个", "200", "86.00"),
      ("HD-LD-0350", "LED驱动电源", "350mA 12W 恒流", "个", "1000", "9.80"),
      ("HD-AD-0520", "电源适配器", "5V 2A USB", "个", "2000", "6.35"),
      ("HD-FL-0310", "EMI滤波器", "3A 250VAC", "个", "500", "12.60")]


def hongda_alimail():
    rows = [["型号", "品名", "规格", "单位", "数量", "含税单价（元）", "备注"]]
    rows += [[m, n, s, u, q, p, "现货" if k % 2 else "7天"] for k, (m, n, s, u, q, p) in enumerate(HD)]
    body = d.alimail(["周工您好！", "", "以下是开关电源的报价，含13%增值税，不含运费：", ""]) + d.html_table(rows) + d.alimail(
        ["", "付款方式：款到发货。报价有效期15天。", "", "黄小姐 Cathy Huang", "深圳市宏达电子科技有限公司",
         "深圳市宝安区西乡街道固戍二路168号 宏达工业园3栋", "电话：0755-2960 8837  手机：186 8825 3310"])
    items = [item(m, n, m, p, "CNY", "pcs", quantity=q) for m, n, s, _, q, p in HD]
    return mail("b12-hd-ali", "2026-03-10T10:30:00+08:00", "hongda", "html-alimail-zh-table-hanshui-header",
                "html-table", "quote", HONGDA, ZHOU, "开关电源报价-宏达电子", items,
                html=d.plain_html(body), extra_headers={"X-Mailer": "Alimail-Mailagent revision 4"},
                notes="Alimail (阿里邮箱) body blocks around a table 型号 品名 规格 单位 数量 含税单价（元） 备注, "
                      "specs full of numbers (12V 5A 60W, 350mA, 3A 250VAC), 现货 / 7天 remarks.")


def hongda_body_and_pdf():
    lines = ["HD-PS-1205 开关电源 12V 5A：USD 4.05/pc", "HD-PS-2410 开关电源 24V 10A：USD 12.30/pc",
             "HD-LD-0350 LED驱动电源 350mA：USD 1.38/pc"]
    body = d.alimail(["Dear Nina,", "", "As requested, USD prices FOB Shenzhen for your Perth customer:", ""] + lines +
                     ["", "Same prices in the attached PI-style quotation (PDF).", "", "Cathy Huang | Hongda Electronics",
                      "Tel +86 755 2960 8837"])
    page, y = [], 800
    for text, size in (("深圳市宏达电子科技有限公司  SHENZHEN HONGDA ELECTRONICS CO., LTD.", 12),
                       ("QUOTATION 报价单   No. HD-Q-260317   Date: 2026-03-17", 11),
                       ("To: Harbourview Industrial Trading Pty Ltd   Term: FOB Shenzhen   Currency: USD", 9), ("", 9),
                       ("型号 Model        品名 Description        规格 Spec        单价 Unit Price (USD/pc)", 9)):
        page.append((50, y, text, size))
        y -= 18
    for m, n, s, _, _, _ in HD[:3]:
        price = {"HD-PS-1205": "4.05", "HD-PS-2410": "12.30", "HD-LD-0350": "1.38"}[m]
        for x, t in ((50, m), (150, n), (260, s), (420, price)):
            page.append((x, y, t, 9))
        y -= 16
    page.append((50, y - 10, "Payment: 100% T/T before shipment. Validity: 15 days. Bank: CMB Shenzhen 7559 2108 4410 901", 8))
    pdf = b8_docs.cjk_pdf([page], title="Quotation")
    items = [item("HD-PS-1205", "开关电源", "HD-PS-1205 12V 5A", "4.05", "USD", "pcs"),
             item("HD-PS-2410", "开关电源", "HD-PS-2410 24V 10A", "12.30", "USD", "pcs"),
             item("HD-LD-0350", "LED驱动电源", "HD-LD-0350 350mA", "1.38", "USD", "pcs")]
    return mail("b12-hd-usd", "2026-03-17T16:05:00+08:00", "hongda", "html-alimail-body-lines-and-same-pdf",
                "pdf", "quote", HONGDA, NINA, "USD prices - power supplies (HD-Q-260317)", items,
                html=d.plain_html(body), attachments=[(pdf, "application/pdf", "HD-Q-260317.pdf")],
                notes="The same three USD prices in the body lines (`USD 4.05/pc`) and in the attached CJK PDF: "
                      "one item each, not two. The later USD prices become the current quote of these three products.")


# ------------------------------------------------------------------ Baofeng (steel pipe, USD per ton, xlsx in zip)

BF = [("BF-ERW-2", "ERW steel pipe, black, ASTM A53 Gr.B", "2\" SCH40 (60.3x3.91mm)", "t", "120", "728.00"),
      ("BF-ERW-3", "ERW steel pipe, black, ASTM A53 Gr.B", "3\" SCH40 (88.9x5.49mm)", "t", "80", "716.00"),
      ("BF-GI-2", "Hot-dip galvanized pipe, BS1387 Medium", "2\" (60.3x3.6mm)", "t", "60", "905.00"),
      ("BF-GI-1", "Hot-dip galvanized pipe, BS1387 Medium", "1\" (33.7x3.2mm)", "t", "40", "938.00"),
      ("BF-SQ-50", "Square hollow section, Q235B", "50x50x2.5mm", "t", "30", "742.00")]


def baofeng_zip():
    rows = [[b11_docs.bold("TIANJIN BAOFENG STEEL PIPE CO., LTD.")],
            ["Daqiuzhuang Industrial Zone, Jinghai, Tianjin 301606   Tel 022-6856 3310"],
            [b11_docs.bold("PRICE OFFER No. BF-260318")], ["Customer: Harbourview Industrial Trading", "", "", "", "",
                                                            "Date: 18/03/2026"],
            ["Code", "Product", "Size", "Qty (MT)", "CFR Fremantle\nUSD/MT", "Amount (USD)"]]
    for k, (m, n, s, _, q, p) in enumerate(BF, 6):
        rows.append([m, n, s, b11_docs.num(q, "#,##0"), b11_docs.num(p, "#,##0.00"),
                     b11_docs.formula(f"{float(p) * int(q):.2f}", f"D{k}*E{k}", "#,##0.00")])
    rows += [[], ["Tolerance +/-10% on quantity; theoretical weight; 6m lengths, bundled, end caps."],
             ["Payment: 20% T/T, 80% L/C at sight. Shipment: 30 days."]]
    book = b11_docs.workbook([{"name": "Offer", "rows": rows, "merges": ("A1:F1", "A2:F2", "A3:F3"),
                               "widths": (10, 40, 26, 10, 14, 14)}])
    z = b3_docs._zip([("BF-260318/BF-260318 Harbourview.xlsx", book),
                      ("BF-260318/Mill test certificate sample.txt", "EN 10204 3.1 sample, heat no. 25-3318-07\r\n")])
    text = "\n".join(["Dear Nina,", "", "Our price offer BF-260318 is in the attached zip (Excel) together with a",
                      "sample MTC. Prices are CFR Fremantle per metric ton.", "", "Frank Zhao | Export Dept.",
                      "Tianjin Baofeng Steel Pipe Co., Ltd. | Tel +86 22 6856 3310 | Mob +86 158 2231 7046"]) + "\n"
    items = [item(m, n, m, p, "USD", "t", quantity=q) for m, n, s, _, q, p in BF]
    return mail("b12-bf-zip", "2026-03-18T13:40:00+08:00", "baofeng", "zip-folder-xlsx-usd-per-metric-ton",
                "zip", "quote", BAOFENG, NINA, "Price offer BF-260318 ERW / GI pipes CFR Fremantle", items, text=text,
                attachments=[(z, "application/zip", "BF-260318.zip")],
                notes="A zip with a folder holding the XLSX (letterhead, merged title, `CFR Fremantle\\nUSD/MT`, "
                      "`Qty (MT)`, formulas) and a text file with a heat number; price per metric ton (unit t).")


def our_po_baofeng():
    text = f"""Dear Frank,

We confirm our order HV-PO-26-0402 against your offer BF-260318:

1) BF-ERW-2 ERW pipe 2" SCH40, 120 MT at USD 715.00/MT CFR Fremantle (as agreed by phone)
2) BF-GI-2 GI pipe 2" BS1387 Medium, 60 MT at USD 905.00/MT CFR Fremantle

Total approx. USD 140,100.00. L/C will be opened by Westpac within 7 days.

{OUR_SIGNATURE}
"""
    items = [item("BF-ERW-2", "ERW pipe 2\" SCH40", "BF-ERW-2", "715.00", "USD", "t", "ordered", "120"),
             item("BF-GI-2", "GI pipe 2\" BS1387 Medium", "BF-GI-2", "905.00", "USD", "t", "ordered", "60")]
    return mail("b12-bf-po", "2026-04-02T10:00:00+08:00", "baofeng", "text-our-po-numbered-per-mt", "prose", "order",
                NINA, BAOFENG, "Order HV-PO-26-0402 - ERW / GI pipes", items, direction="outbound", text=text,
                notes="Our order restating prices per MT, one at a lower price agreed by phone; the total is no item.")


# ------------------------------------------------------------------ Viet Thanh (packaging, USD, rowspan groups)

VT = [("Carton box", "VT-CB-01", "3-ply, 300x200x150mm", "1.000", "0.185"),
      ("Carton box", "VT-CB-02", "5-ply, 400x300x250mm", "1.000", "0.42"),
      ("Carton box", "VT-CB-03", "5-ply, 600x400x400mm", "500", "0.86"),
      ("Stretch film", "VT-SF-17", "17mic x 500mm x 300m", "200", "6.90"),
      ("Stretch film", "VT-SF-23", "23mic x 500mm x 250m", "200", "7.85"),
      ("PP strap", "VT-PP-12", "12mm x 0.8mm x 2500m", "100", "9.40"),
      ("Bubble wrap", "VT-BW-10", "10mm bubble, 1.2m x 100m", "50", "12.50"),
      ("Bubble wrap", "VT-BW-25", "25mm bubble, 1.2m x 50m", "50", "13.80")]


def vietthanh_rowspan():
    unit = {"Carton box": "pcs", "Stretch film": "roll", "PP strap": "roll", "Bubble wrap": "roll"}
    rows = [["Category", "Code", "Specification", "MOQ", "Unit", "Price (USD)"]]
    for k, (cat, code, spec, moq, p) in enumerate(VT):
        first = k == 0 or VT[k - 1][0] != cat
        n = sum(1 for v in VT if v[0] == cat)
        cells = ([{"text": cat, "rows": n}] if first and n > 1 else [cat] if first else [])
        rows.append(cells + [code, spec, moq, "pc" if unit[cat] == "pcs" else "roll", p])
    body = (d.mso_p("Dear Ms. Nina,") + d.mso_p() + d.mso_p("We are pleased to quote our packaging materials as below "
                                                             "(price EXW Binh Duong, valid until 30/04/2026):") +
            d.mso_p() + d.word_table(rows, right=(3, 5)) + d.mso_p() +
            d.mso_p("Payment: T/T 100% before delivery. Lead time: 10-12 days.") + d.mso_p() +
            d.mso_p("Nguyen Thi Lan (Ms.) | Sales Executive") +
            d.mso_p("VIET THANH PACKAGING JSC | Lot C-12, VSIP II, Thu Dau Mot, Binh Duong, Viet Nam") +
            d.mso_p("Tel: (+84) 274 3628 115 | Hotline: 0908 227 431 | MST: 3702 188 460"))
    items = [item(code, cat, code, p, "USD", unit[cat]) for cat, code, spec, moq, p in VT]
    return mail("b12-vt-rowspan", "2026-03-19T14:25:00+07:00", "vietthanh", "html-outlook-word-table-category-rowspan",
                "html-table", "quote", VIETTHANH, NINA, "Quotation packaging materials - Harbourview", items,
                html=d.outlook(body, lang="VI"),
                notes="Word table with the category cell spanning its rows (rowspan 3/2/1/2), a MOQ column "
                      "written `1.000` (Vietnamese thousands dot, no item), prices `0.185`, units pc / roll, "
                      "tax code MST and hotline digits in the signature.")


VT2 = [("VT-TP-48", "BOPP packing tape, clear", "48mm x 100m, 45mic", "roll", "0.58"),
       ("VT-TP-72", "BOPP packing tape, clear", "72mm x 100m, 45mic", "roll", "0.86"),
       ("VT-CT-60", "Corner protector, paper", "60x60x5mm, L=1000mm", "pc", "0.074"),
       ("VT-PB-40", "PE zip bag", "40x60cm, 80mic", "pc", "0.046"),
       ("VT-PL-12", "Plastic pallet, nestable", "1200x1000mm, 15kg", "pc", "11.90"),
       ("VT-SL-08", "Steel strapping seal", "for 19mm strap", "box", "8.20")]


def vietthanh_outlook_alternative():
    unit = {"roll": "roll", "pc": "pcs", "box": "box"}
    rows = [["Code", "Item", "Spec.", "Unit", "Unit price (USD)"]]
    rows += [[c, n, s, u, p] for c, n, s, u, p in VT2]
    sig = ["Nguyen Thi Lan (Ms.) | Sales Executive", "VIET THANH PACKAGING JSC | Lot C-12, VSIP II, Binh Duong",
           "Tel: (+84) 274 3628 115 | Hotline: 0908 227 431"]
    intro = ["Dear Ms. Nina,", "", "Further to your visit on 24/03, our prices for the accessories (EXW Binh Duong, box = "
             "1,000 seals):", ""]
    body = ("".join(d.mso_p(p) for p in intro) + d.word_table(rows, right=(4,)) + d.mso_p() +
            "".join(d.mso_p(p) for p in sig))
    # Outlook's plain-text alternative of the same body: each row's cells joined by tab-spaces
    text = "\n".join(intro) + "\n" + "\n".join(" \t".join(r) for r in rows) + "\n\n" + "\n".join(sig) + "\n"
    items = [item(c, n, c, p, "USD", unit[u]) for c, n, s, u, p in VT2]
    return mail("b12-vt-alt", "2026-03-26T10:50:00+07:00", "vietthanh", "html-outlook-multipart-alternative-text-and-table",
                "html-table", "quote", VIETTHANH, NINA, "Quotation packaging accessories - Harbourview", items,
                text=text, html=d.outlook(body, lang="VI"),
                notes="Outlook's multipart/alternative: a text/plain part (the table as tab-spaced lines) and the "
                      "text/html part with the Word table: the same six prices, one item each; `box = 1,000 seals` "
                      "is no price; `0.074`, `0.046` three decimals.")


SCENARIOS = [jinhai_word_table, jinhai_toppost_revision, our_po_jinhai, jinhai_invoice, hengli_foxmail,
             hengli_qq_reply, our_foxmail_discount_request, hengli_wechat_paste, dayang_gmail_forward,
             dayang_163_reply, hongda_alimail, hongda_body_and_pdf, baofeng_zip, our_po_baofeng, vietthanh_rowspan,
             vietthanh_outlook_alternative]

"""China (textiles in 米/码 with prose breaks and a screenshot; electronics with tier columns and a
signature full of numbers) and our UK buyer (RFQ, our GBP/EUR quote per dozen, their PO)."""

from b5_common import CHEN, JAN, LOTTE, OUR_SIGNATURE, b3_docs, html_doc, item, mail, table, td, th
import b5_media

HUAFANG = ("王晓燕", "wangxy@huafang-tex.com")
JIAXIN = ("Kevin Liu", "kevin@jiaxin-elec.com")
PENNINE = ("Sarah Whitaker", "s.whitaker@penninework.co.uk")

HF_SIG = """王晓燕 业务经理
绍兴华纺纺织品有限公司
地址：浙江省绍兴市柯桥区中国轻纺城北二区128号 邮编312030
电话：0575-8412 3366  手机/微信：139 5851 2046  传真：0575-8412 3368
"""


def huafang_prose():
    text = f"""陈小姐您好！

关于贵司3月的询价，报价如下：
1、涤纶雪纺 HF-CH75D，幅宽150cm，每米6.80元，5000米以上每米6.50元；
2、全棉府绸 HF-PL40S，幅宽147cm，单价12.30元/米，满3000米12.00元/米；
3、仿真丝缎 HF-SS50D，幅宽140cm，每码8.60元。
以上价格含13%增值税，运费另计（约0.15元/米），交期15天，付款方式：款到发货。
样布免费，快递费到付。

{HF_SIG}"""
    items = [item("hf-ch", "涤纶雪纺", "HF-CH75D", "6.80", "CNY", "m"),
             item("hf-ch", "涤纶雪纺", "HF-CH75D", "6.50", "CNY", "m", tier=True),
             item("hf-pl", "全棉府绸", "HF-PL40S", "12.30", "CNY", "m"),
             item("hf-pl", "全棉府绸", "HF-PL40S", "12.00", "CNY", "m", tier=True),
             item("hf-ss", "仿真丝缎", "HF-SS50D", "8.60", "CNY", "yd")]
    return mail("b5-hf-prose", "2026-02-24T10:36:00+08:00", "huafang", "prose-zh-gb18030-meimi-breaks-ma",
                "prose", "quote", HUAFANG, CHEN, "回复：面料询价", items, text=text, charset="gb18030",
                notes="Chinese prose: 每米6.80元, 5000米以上 / 满3000米 breaks, 每码 (yard); freight 0.15元/米 "
                      "is no item.")


def huafang_screenshot():
    header = ["品名", "型号", "幅宽", "单位", "单价(元)"]
    rows = [["涤纶雪纺", "HF-CH75D", "150cm", "米", "6.95"],
            ["全棉府绸", "HF-PL40S", "147cm", "米", "12.60"],
            ["仿真丝缎", "HF-SS50D", "140cm", "码", "8.80"],
            ["涤纶牛津布", "HF-OX210T", "150cm", "米", "4.35"]]
    img = b5_media.table_image(["绍兴华纺纺织品有限公司 报价单", "日期：2026年5月12日   含税价（13%）"],
                               header, rows, [50, 290, 560, 760, 900], font=b5_media.CJK, size=28, width=1120,
                               foot_lines=["电话：0575-8412 3366   有效期30天"])
    text = f"""陈小姐：

原料涨价，最新报价见截图，请查收。

{HF_SIG}"""
    items = [item("hf-ch", "涤纶雪纺", "HF-CH75D", "6.95", "CNY", "m"),
             item("hf-pl", "全棉府绸", "HF-PL40S", "12.60", "CNY", "m"),
             item("hf-ss", "仿真丝缎", "HF-SS50D", "8.80", "CNY", "yd"),
             item("hf-ox", "涤纶牛津布", "HF-OX210T", "4.35", "CNY", "m")]
    return mail("b5-hf-png", "2026-05-12T15:02:00+08:00", "huafang", "image-png-zh-screenshot-table",
                "image", "quote", HUAFANG, CHEN, "最新报价", items, text=text, charset="utf-8",
                attachments=[(b5_media.png(img), "image/png", "微信截图_20260512150133.png")],
                notes="PNG screenshot of a Chinese table (WenQuanYi Micro Hei), units 米 and 码.")


def huafang_revision():
    text = """Dear Ms Chen,

Please note our revised prices from 1 December, for the same qualities:

- HF-CH75D 150cm: RMB 6.60/m (was 6.95)
- HF-SS50D 140cm: RMB 8.40/yd (was 8.80)

All other items unchanged. Prices incl. 13% VAT, ex-works Keqiao.

Best regards,
Wang Xiaoyan | Shaoxing Huafang Textiles Co., Ltd.
Tel 0575-8412 3366 | Mob/WeChat 139 5851 2046
"""
    items = [item("hf-ch", "", "HF-CH75D", "6.60", "CNY", "m"),
             item("hf-ss", "", "HF-SS50D", "8.40", "CNY", "yd")]
    return mail("b5-hf-rev", "2026-11-18T09:20:00+08:00", "huafang", "text-en-revision-model-width-was",
                "prose", "quote", HUAFANG, CHEN, "Revised prices from 1 Dec", items, text=text,
                notes="English revision naming only code and width; `(was …)` prices are no items.")


JX_SIG = """Best Regards
Kevin Liu | Sales Manager
Shenzhen Jiaxin Electronics Co., Ltd. 深圳市嘉信电子有限公司
Add: Room 1508, Block B, No. 2018 Shennan Road, Futian District, Shenzhen 518040, China
Tel: +86-755-2345 6789 ext. 8021 | Fax: +86-755-2345 6790 | Mob/WhatsApp: +86 138 2345 6789
Skype: kevin.jiaxin | Web: www.jiaxin-elec.com
Established 2008 | Reg. capital RMB 5,000,000 | ISO 9001:2015 | 12,000 sqm factory | 260 workers

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.
If you received it in error please delete it within 24 hours and notify us at +86-755-2345 6789.
Prices in quotations are valid for 7 days unless stated otherwise; copper surcharge per 1,000 kg LME.
"""


def jiaxin_tiers():
    head1 = (th("Series", 'rowspan="2"') + th("Part No.", 'rowspan="2"') + th("Description", 'rowspan="2"') +
             th("Unit", 'rowspan="2"') + th("Unit Price (USD)", 'colspan="3"') + th("MOQ", 'rowspan="2"') +
             th("Packing", 'rowspan="2"'))
    head2 = th("1K") + th("5K") + th("10K+")
    r1 = (td("LED Strip", 'rowspan="2"') + td("JX-5050-60") + td("LED strip 5050 60LED/m 12V IP65, 5m") +
          td("roll") + td("4.35") + td("4.10") + td("3.90") + td("500 rolls") + td("50 rolls/ctn"))
    r2 = (td("JX-2835-120") + td("LED strip 2835 120LED/m 24V IP20, 5m") + td("roll") + td("5.20") + td("4.95") +
          td("4.70") + td("500 rolls") + td("50 rolls/ctn"))
    r3 = (td("Driver") + td("JX-PS-60W") + td("Power supply 12V 5A 60W") + td("pcs") + td("7.80") + td("7.40") +
          td("7.05") + td("200 pcs") + td("40 pcs/ctn"))
    body = ("<p>Dear Jan,</p><p>Thanks for your inquiry. Please find our best prices below, FOB Shenzhen:</p>" +
            table([head1, head2, r1, r2, r3]) +
            "<p>Sample: USD 30.00 per set incl. express, refundable with order. Payment: 30% T/T deposit, "
            "70% before shipment. Lead time: 15-20 days.</p><pre>" + JX_SIG + "</pre>")
    items = []
    for pid, name, model, unit, prices in (
            ("jx-5050", "LED strip 5050 60LED/m 12V IP65, 5m", "JX-5050-60", "roll", ("4.35", "4.10", "3.90")),
            ("jx-2835", "LED strip 2835 120LED/m 24V IP20, 5m", "JX-2835-120", "roll", ("5.20", "4.95", "4.70")),
            ("jx-ps60", "Power supply 12V 5A 60W", "JX-PS-60W", "pcs", ("7.80", "7.40", "7.05"))):
        for k, pr in enumerate(prices):
            extra = {"tier": True} if k else {}
            items.append(item(pid, name, model, pr, "USD", unit, **extra))
    return mail("b5-jx-tiers", "2026-03-17T11:08:00+08:00", "jiaxin", "html-en-colspan-k-tiers-series-rowspan",
                "html-table", "quote", JIAXIN, JAN, "RE: Inquiry LED strip and driver", items, html=html_doc(body),
                notes="Tier columns 1K/5K/10K+ under a colspan header, series rowspan, MOQ and packing columns.")


def jiaxin_signature():
    text = f"""Hi Jan,

Good day! Below our prices for the passive parts you asked, FOB Shenzhen:

JX-R0603-10K   Chip resistor 0603 10K 1% 1/10W     USD 0.0021/pc    reel 5,000pcs
JX-C0805-104   MLCC 0805 100nF 50V X7R             USD 0.0038/pc    reel 4,000pcs
JX-FUSE-5A     Glass fuse 5x20mm 5A 250V           USD 0.0385/pc    box 1,000pcs

Order value min. USD 500.00. Delivery 7 days after payment.

{JX_SIG}"""
    items = [item("jx-r0603", "Chip resistor 0603 10K 1% 1/10W", "JX-R0603-10K", "0.0021", "USD", "pcs"),
             item("jx-c0805", "MLCC 0805 100nF 50V X7R", "JX-C0805-104", "0.0038", "USD", "pcs"),
             item("jx-fuse", "Glass fuse 5x20mm 5A 250V", "JX-FUSE-5A", "0.0385", "USD", "pcs")]
    return mail("b5-jx-sig", "2026-07-22T17:31:00+08:00", "jiaxin", "text-en-four-decimals-signature-disclaimer",
                "text-table", "quote", JIAXIN, JAN, "Quotation passive components", items, text=text,
                notes="Four-decimal prices; reel/box quantities; a signature and disclaimer full of numbers.")


def jiaxin_revision():
    fresh = ("<div>Hi Jan,</div><div><br></div><div>Good news: LED chip cost went down, so from now:</div>"
             "<div>JX-5050-60 &nbsp;USD 4.15/roll (1K price)</div>"
             "<div>JX-2835-120 USD 4.98/roll (1K price)</div>"
             "<div>Other tiers and JX-PS-60W unchanged.</div><div><br></div><div>Kevin</div>")
    quoted = ("<div>On Mon, Oct 5, 2026 at 3:12 PM Jan de Vries &lt;jan.devries@meridian-sourcing.nl&gt; "
              "wrote:<br></div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
              "Kevin, our customer asks USD 3.95 for JX-5050-60 at 1K. Can you help?<br>"
              "Last price: 4.35 / 4.10 / 3.90.</blockquote>")
    items = [item("jx-5050", "", "JX-5050-60", "4.15", "USD", "roll"),
             item("jx-2835", "", "JX-2835-120", "4.98", "USD", "roll")]
    return mail("b5-jx-rev", "2026-10-09T09:44:00+08:00", "jiaxin", "html-gmail-revision-model-only-quoted",
                "prose", "quote", JIAXIN, JAN, "Re: JX-5050-60 price", items, html=html_doc(fresh + quoted),
                reply_to_id="<b5req-jiaxin@meridian-sourcing.nl>",
                notes="Gmail reply naming only part numbers; our target and the old tier prices quoted below.")


def pennine_rfq():
    text = """Hello Jan,

We are tendering for a council workwear contract and need prices for:

1. Polo shirt 220 gsm, navy, embroidered logo - 3,000 dozen/year, target GBP 36.00/dozen
2. Hi-vis vest EN ISO 20471 class 2, yellow - 4,800 dozen/year, target GBP 20.50/dozen
3. Cargo trousers 260 gsm, black - 14,000 pcs/year, target GBP 9.20/pc

Delivered DDP Leeds LS11 5QP. Please quote by 6 March.

Kind regards,
Sarah Whitaker | Purchasing Manager
Pennine Workwear Ltd | Unit 7, Hunslet Trading Estate, Leeds LS10 1JB
T 0113 496 0781 | Company No. 07351982 | VAT GB 214 5678 90
"""
    return mail("b5-pen-rfq", "2026-02-26T14:12:00+00:00", "pennine", "text-en-rfq-targets-per-dozen",
                "inquiry", "inquiry", PENNINE, JAN, "RFQ - council workwear contract", [], text=text,
                notes="The buyer's RFQ with target prices: no items.")


def pennine_quote():
    text = f"""Dear Sarah,

Thank you for your RFQ. Our offer, valid 30 days:

Style          Description                              Unit    GBP DDP Leeds   EUR FCA Rotterdam
MS-POLO-220    Polo shirt 220 gsm, navy, emb. logo      dozen           38.40               44.90
MS-HV-VEST     Hi-vis vest EN ISO 20471 cl. 2, yellow   dozen           21.60               25.20
MS-CARGO-260   Cargo trousers 260 gsm, black            pc               9.85               11.50

Embroidery set-up GBP 45.00 per logo (one-off). Sizes S-3XL same price, 4XL-5XL +10%.
Payment 60 days from invoice. Delivery 8-10 weeks from order.

Best regards,
{OUR_SIGNATURE}"""
    items = []
    for pid, name, model, unit, gbp, eur in (
            ("pen-polo", "Polo shirt 220 gsm, navy, emb. logo", "MS-POLO-220", "dozen", "38.40", "44.90"),
            ("pen-vest", "Hi-vis vest EN ISO 20471 cl. 2, yellow", "MS-HV-VEST", "dozen", "21.60", "25.20"),
            ("pen-cargo", "Cargo trousers 260 gsm, black", "MS-CARGO-260", "pcs", "9.85", "11.50")):
        items.append(item(pid, name, model, gbp, "GBP", unit))
        items.append(item(pid, name, model, eur, "EUR", unit, incoterm_alt=True))
    return mail("b5-pen-quote", "2026-03-05T16:20:00+00:00", "pennine", "text-en-outbound-gbp-eur-dozen",
                "text-table", "quote", JAN, PENNINE, "RE: RFQ - council workwear contract", items,
                direction="outbound", text=text,
                notes="Our aligned-text quote with GBP DDP and EUR FCA columns, unit dozen / pc.")


def pennine_po():
    p = b3_docs.Page()
    p.text("PENNINE WORKWEAR LTD", size=14, bold=True, dy=16)
    p.text("Unit 7, Hunslet Trading Estate, Leeds LS10 1JB - T 0113 496 0781 - VAT GB 214 5678 90", size=8, dy=22)
    p.text("PURCHASE ORDER  PO-PW-26-0187", size=12, bold=True, dy=16)
    p.text("Supplier: Meridian Sourcing B.V.     Date: 14/04/2026     Delivery: DDP Leeds, wk 26", size=9, dy=22)
    xs = [50, 130, 340, 400, 470, 545]
    p.row(["Item", "Description", "Qty", "UoM", "Unit Price", "Line Total"], xs, bold=True, right=(2, 4, 5))
    p.row(["MS-POLO-220", "Polo shirt 220 gsm, navy, emb. logo", "250", "DOZ", "£38.40", "£9,600.00"], xs,
          right=(2, 4, 5))
    p.row(["MS-HV-VEST", "Hi-vis vest EN ISO 20471 cl. 2", "400", "DOZ", "£21.60", "£8,640.00"], xs, right=(2, 4, 5))
    p.row(["MS-CARGO-260", "Cargo trousers 260 gsm, black", "1,200", "EA", "£9.85", "£11,820.00"], xs,
          right=(2, 4, 5))
    p.gap(10)
    p.row(["", "Embroidery set-up (1 logo)", "", "", "", "£45.00"], xs, right=(5,))
    p.row(["", "Sub-total", "", "", "", "£30,105.00"], xs, right=(5,))
    p.row(["", "VAT @ 20%", "", "", "", "£6,021.00"], xs, right=(5,))
    p.row(["", "TOTAL GBP", "", "", "", "£36,126.00"], xs, bold=True, right=(5,))
    p.gap(12)
    p.text("Please quote our PO number on all invoices. Company No. 07351982. Page 1 of 1", size=8)
    pdf = p.build("PO-PW-26-0187")
    text = """Hi Jan,

Good news, we won the tender. PO attached, please confirm.

Sarah
"""
    items = [item("pen-polo", "Polo shirt 220 gsm, navy, emb. logo", "MS-POLO-220", "38.40", "GBP", "dozen",
                  "ordered", "250"),
             item("pen-vest", "Hi-vis vest EN ISO 20471 cl. 2", "MS-HV-VEST", "21.60", "GBP", "dozen", "ordered",
                  "400"),
             item("pen-cargo", "Cargo trousers 260 gsm, black", "MS-CARGO-260", "9.85", "GBP", "pcs", "ordered",
                  "1200")]
    return mail("b5-pen-po", "2026-04-14T10:05:00+01:00", "pennine", "pdf-en-po-gbp-doz-ea",
                "pdf", "order", PENNINE, JAN, "PO-PW-26-0187", items, text=text,
                attachments=[(pdf, "application/pdf", "PO-PW-26-0187.pdf")],
                notes="UK purchase order PDF: £ prices, DOZ/EA, set-up charge, VAT and total rows.")

"""Suppliers in India, Brazil, Korea, Japan, Russia and Shenzhen, and a Toronto buyer, each a thread
or a part of one: an Indian chemicals house (FOB / CIF per MT, a per-drum restatement, our buyer's
budget, a revision with a market range); a Brazilian food-ingredients exporter (prose per kg with
`Payment CAD` meaning cash against documents, an FOB / CFR table, a market newsletter); a Korean
packaging maker pricing per 1,000 pcs and its increase; a Shenzhen component broker with 1K / 5K /
10K tiers, a Global Sources RFQ digest, a mixed Chinese-English iPhone answer and an Alibaba Trade
Assurance order; a Japanese tool maker's tax-excluded / tax-included prices; a Russian film
maker's prices without and with VAT; our buyer in Toronto (a budget, a competitor's price
forwarded, our quote excl./incl. HST, their PO, a wire confirmation, our increase)."""

from b14_common import (CLAIRE, CLAIRE_SIG, IPHONE_ZH, RAJ, RAJ_SIG, aligned, b4_docs, d, en, item, mail, per_k,
                        quoted)

RAKESH = ("Rakesh Patel", "rakesh@shreejichem.co.in")
MARIANA = ("Mariana Souza", "mariana.souza@docebrasil.com.br")
DOCE_NEWS = ("Doce Brasil Market Report", "news@docebrasil.com.br")
JIHO = ("Kim Ji-ho", "jiho.kim@hanbitpack.co.kr")
TONY = ("张涛 Tony", "tony@xinwei-ic.com")
GSOURCES = ("Global Sources", "rfq@notify.globalsources.com")
ALIBABA_TA = ("Alibaba.com Trade Assurance", "tradeassurance@service.alibaba.com")
SANWA = ("Hiroshi Tanaka", "h.tanaka@sanwa-seimitsu.co.jp")
VOLGA = ("Olga Smirnova", "o.smirnova@volgapolymer.ru")
NPEAK = ("Megan Fraser", "megan.fraser@northernpeak.ca")

# ------------------------------------------------------------------ Shreeji Chemicals (Vadodara, USD/MT)

SC = [("SC-SLES70", "Sodium Lauryl Ether Sulphate (SLES) 70%", "220 kg HDPE drum", "1,185.00", "1,295.00"),
      ("SC-LABSA96", "Linear Alkyl Benzene Sulphonic Acid (LABSA) 96%", "230 kg HDPE drum", "1,320.00", "1,430.00"),
      ("SC-CSP99", "Caustic Soda Pearls 99%", "25 kg PP bag", "455.00", "540.00"),
      ("SC-CAPB35", "Cocamidopropyl Betaine (CAPB) 35%", "220 kg HDPE drum", "1,260.00", "1,370.00")]
SC_SIG = """Thanks & Regards,
Rakesh Patel (Export Manager)
SHREEJI CHEMICALS PVT. LTD.
Plot No. 418, GIDC Estate, Makarpura, Vadodara - 390010, Gujarat, INDIA
Mob: +91 98250 41736 | Tel: +91 265 263 8812 | GSTIN: 24AAHCS7712K1Z4 | IEC: 3411002917"""


def shreeji_quote():
    rows = [["Sr.", "Code", "Product", "Packing", "FOB Nhava Sheva", "CIF Vancouver"],
            ["", "", "", "", "(USD/MT)", "(USD/MT)"]]
    rows += [[str(k), c, n, pk, f, cif] for k, (c, n, pk, f, cif) in enumerate(SC, 1)]
    table = aligned(rows, [(3, False), (10, False), (48, False), (17, False), (15, True), (13, True)])
    text = ("Dear Madam,\n\nGreetings from Shreeji Chemicals!!\n\nWe thank you for your valued enquiry and are pleased "
            "to quote our best rates as under:\n\n" + table + "\n\nNote: For SLES 70% the rate works out to approx. USD "
            "260.70 per drum of 220 kg (FOB).\n\nTerms & Conditions:\n1) Payment: 30% advance, balance against scan "
            "copy of BL\n2) Minimum order: 1 x 20'FCL (80 drums / 17.6 MT)\n3) Shipment: within 15 days of advance\n"
            "4) Validity: 7 days due to volatile raw material market\n\nKindly revert with your valued order.\n\n" + SC_SIG)
    items = []
    for c, n, _, f, cif in SC:
        items.append(item("sc-" + c, n, c, f.replace(",", ""), "USD", "t"))
        items.append(item("sc-" + c, n, c, cif.replace(",", ""), "USD", "t", incoterm_alt=True))
    return mail("b14-sc-quote", "2026-02-16T12:10:00+05:30", "shreeji", "text-indian-fob-cif-usd-mt-two-line-header",
                "text-table", "quote", RAKESH, CLAIRE, "Offer for SLES / LABSA / Caustic / CAPB - Shreeji Chemicals",
                items, text=text,
                notes="Aligned text with a two-line header (`FOB Nhava Sheva` over `(USD/MT)`), FOB the item, CIF a "
                      "second-incoterm item; `approx. USD 260.70 per drum` restates the SLES price (not an item).")


def shreeji_budget():
    text = ("Hi Rakesh,\n\nThanks for the offer. Our buyer's budget for SLES 70% is USD 1,250/MT CIF Vancouver; "
            "the CAPB we can use at USD 1,300/MT CIF. Can you look at it again for 2 x 20'FCL?\n\n" + CLAIRE_SIG)
    return mail("b14-sc-budget", "2026-02-17T08:45:00-08:00", "shreeji", "text-our-buyers-budget-per-mt", "prose",
                "inquiry", CLAIRE, RAKESH, "RE: Offer for SLES / LABSA / Caustic / CAPB - Shreeji Chemicals", [],
                direction="outbound", kind_alt=["other"], text=text,
                notes="Our buyer's budget per MT (no items).")


def shreeji_revised():
    text = ("Dear Claire Madam,\n\nAs discussed, considering 2 x 20'FCL we have revised our rate for SLES 70% to FOB "
            "Nhava Sheva USD 1,158/MT i.e. CIF Vancouver USD 1,268/MT. LABSA and Caustic rates remain firm as per our "
            "offer. CAPB 35% at USD 1,300/MT CIF is not workable at present, sorry.\n\nPlease note the market is very "
            "volatile; next month rates may be in the range of USD 1,280-1,320/MT CIF.\n\nAwaiting your PO.\n\n" +
            SC_SIG + "\n\n" + quoted("On 17-Feb-2026 22:15, Claire Dubois wrote:",
                                     "Hi Rakesh,\nOur buyer's budget for SLES 70% is USD 1,250/MT CIF Vancouver."))
    items = [item("sc-SC-SLES70", "SLES 70%", "", "1158.00", "USD", "t"),
             item("sc-SC-SLES70", "SLES 70%", "", "1268.00", "USD", "t", incoterm_alt=True)]
    return mail("b14-sc-rev", "2026-02-18T15:40:00+05:30", "shreeji", "prose-indian-revised-fob-ie-cif-range",
                "prose", "quote", RAKESH, CLAIRE, "RE: RE: Offer for SLES / LABSA / Caustic / CAPB", items, text=text,
                notes="Prose revision `FOB … USD 1,158/MT i.e. CIF … USD 1,268/MT`; our budget repeated "
                      "(`USD 1,300/MT CIF is not workable`) and a market range (`USD 1,280-1,320/MT`): not items.")


# ------------------------------------------------------------------ Doce Brasil (Sao Paulo, USD/kg)

DB = [("DB-CP1012", "Cocoa powder alkalized 10-12% fat", "25 kg bags", "4.35", "4.18", "4.46"),
      ("DB-TS01", "Tapioca starch native", "25 kg bags", "0.98", "0.95", "1.12"),
      ("DB-AC200", "Açaí powder freeze-dried", "10 kg cartons", "28.50", "27.40", "27.95"),
      ("DB-BN-M", "Brazil nut kernels, medium", "2 x 10 kg vacuum cartons", "11.20", "11.20", "11.55")]
DB_SIG = ["Um abraço / Best regards,", "Mariana Souza | Export Department", "Doce Brasil Ingredientes Ltda.",
          "Av. Brig. Faria Lima, 2170 - 8º andar - São Paulo/SP - CEP 01451-000 - Brasil",
          "Tel: +55 11 3031-7740 | WhatsApp: +55 11 98412-3306 | CNPJ 18.447.306/0001-52"]


def doce_prose():
    lines = ["Hello Claire, how are you?", "", "Follow our prices for your request:", ""]
    lines += [f"* {n} (ref. {c}): USD {p}/kg, {pk}" for c, n, pk, p, _, _ in DB]
    lines += ["", "Prices FOB Santos, valid 15 days, minimum 1 x 20' container. Payment CAD (cash against documents) "
              "or 30% advance.", "Any doubt I am at disposal.", ""] + DB_SIG
    items = [item("db-" + c, n, c, p, "USD", "kg") for c, n, _, p, _, _ in DB]
    return mail("b14-db-prose", "2026-03-03T14:25:00-03:00", "docebrasil", "text-br-english-bullets-per-kg-cad-terms",
                "prose", "quote", MARIANA, CLAIRE, "Re: Quotation request - cocoa, tapioca, acai, brazil nuts", items,
                text="\n".join(lines),
                notes="Brazilian English bullets `USD 4.35/kg`; `Payment CAD (cash against documents)` is no currency.")


def doce_table():
    rows = [["Produto / Product", "Ref.", "Embalagem / Packing", "Preço USD/kg FOB Santos", "Preço USD/kg CFR Vancouver"]]
    rows += [[n, c, pk, f, cfr] for c, n, pk, _, f, cfr in DB]
    html = d.plain_html(d.gmail_div(["Hi Claire,", "", "Good talking to you today. As promised, our new prices "
                                     "considering 2 containers (mixed load accepted):", ""]) + d.html_table(rows) +
                        d.gmail_div(["", "Brazil nuts: same price FOB, the new crop is short.",
                                     "Validity: until 31/03/2026.", ""] + DB_SIG))
    items = []
    for c, n, _, _, f, cfr in DB:
        items.append(item("db-" + c, n, c, f, "USD", "kg"))
        items.append(item("db-" + c, n, c, cfr, "USD", "kg", incoterm_alt=True))
    return mail("b14-db-table", "2026-03-11T17:05:00-03:00", "docebrasil", "html-pt-en-fob-cfr-usd-kg-columns",
                "html-table", "quote", MARIANA, CLAIRE, "New prices - 2 containers - Doce Brasil", items, html=html,
                notes="Bilingual headers `Preço USD/kg FOB Santos` / `… CFR Vancouver`; FOB the item, CFR the second.")


def doce_newsletter():
    html = d.plain_html(
        "<div style=\"font-family:Georgia;font-size:14px\"><h2>Doce Brasil Market Report — March 2026</h2>"
        "<p>Dear partner, here is our monthly view of the Brazilian commodity markets.</p><table border=\"1\" "
        "cellpadding=\"4\"><tr><th>Commodity</th><th>Reference</th><th>Price</th></tr><tr><td>Sugar ICUMSA 45</td>"
        "<td>FOB Santos</td><td>USD 528.00/MT</td></tr><tr><td>Coffee Arabica NY 2/3</td><td>ICE May-26</td><td>USD "
        "2.15/lb</td></tr><tr><td>Soybean meal 46%</td><td>FOB Paranaguá</td><td>USD 362.00/MT</td></tr><tr><td>"
        "Orange juice FCOJ 65°Brix</td><td>FCA Santos</td><td>USD 4,150.00/MT</td></tr></table><p>Cocoa: grindings "
        "down 4.2% year on year.</p><p style=\"color:#777\">You receive this report as a Doce Brasil customer. "
        "Unsubscribe.</p></div>")
    return mail("b14-db-news", "2026-04-02T09:00:00-03:00", "docebrasil", "html-market-newsletter-other-products",
                "html-table", "other", DOCE_NEWS, CLAIRE, "Doce Brasil Market Report - March 2026", [], bulk=True,
                html=html, extra_headers={"List-Unsubscribe": "<mailto:unsubscribe@docebrasil.com.br>",
                                          "Precedence": "bulk"},
                notes="A newsletter with market prices of products never quoted to us (no items; bulk).")


# ------------------------------------------------------------------ Hanbit Packaging (Korea, USD per 1,000)

HB = [("HB-PB-2030", "Kraft paper bag with twisted handle", "200x300x100 mm", "128.00", "138.00"),
      ("HB-PB-2535", "Kraft paper bag with twisted handle", "250x350x120 mm", "165.00", "178.00"),
      ("HB-CB-0812", "Coffee bag with one-way valve, matt", "80x120 mm 250 g", "92.50", "99.00"),
      ("HB-MB-A4", "Corrugated mailer box E-flute", "A4 310x225x60 mm", "385.00", "405.00")]
HB_SIG = ["Best regards,", "Kim Ji-ho / Overseas Sales Team", "HANBIT PACKAGING CO., LTD.",
          "45, Namdong-daero 215beon-gil, Namdong-gu, Incheon, Korea",
          "Tel: +82-32-817-4460 / Fax: +82-32-817-4461 / Mobile: +82-10-4418-2276"]


def hanbit_quote():
    rows = [["Item code", "Description", "Size", "Unit price (USD/1,000pcs)", "MOQ"]]
    rows += [[c, n, s, p, "10,000pcs"] for c, n, s, p, _ in HB]
    text = ("Dear Ms. Claire,\n\nThank you for your inquiry. We send our price as following.\n\n" +
            aligned(rows, [(11, False), (37, False), (17, False), (25, True), (9, True)]) +
            "\n\n- Price term : FOB Incheon\n- Printing : 2 color 1 side included, plate charge USD 120/color once\n"
            "- Delivery : 20 days after artwork confirm\n\nIf you have any question, please let me know.\n\n" +
            "\n".join(HB_SIG))
    items = [item("hb-" + c, n, c, per_k(p), "USD", "pcs") for c, n, _, p, _ in HB]
    return mail("b14-hb-quote", "2026-03-20T10:30:00+09:00", "hanbit", "text-korean-english-usd-per-1000pcs",
                "text-table", "quote", JIHO, CLAIRE, "[HANBIT] Quotation for paper bag / coffee bag / mailer box",
                items, text=text,
                notes="`Unit price (USD/1,000pcs)` header: the item is per piece (128.00 → 0.128); a plate charge "
                      "per colour (not an item).")


def hanbit_increase():
    rows = [["Item code", "Description", "Current (USD/1,000pcs)", "New (USD/1,000pcs)"]]
    rows += [[c, n, o, nw] for c, n, _, o, nw in HB]
    html = d.plain_html(d.gmail_div([
        "Dear Valued Customer,", "", "We would like to inform you that due to the continuous increase of kraft paper "
        "price (about 12% since January), we have no choice but to adjust our price as below from April 15, 2026.",
        ""]) + d.html_table(rows) + d.gmail_div(["", "Orders with PO before April 15 will be applied current price.",
                                                 "We ask for your kind understanding.", ""] + HB_SIG))
    items = [item("hb-" + c, n, c, per_k(nw), "USD", "pcs", status="notice") for c, n, _, _, nw in HB]
    return mail("b14-hb-up", "2026-04-01T11:00:00+09:00", "hanbit", "html-notice-current-new-per-1000",
                "html-table", "price-notice", JIHO, CLAIRE, "[HANBIT] Notice of price adjustment", items,
                kind_alt=["quote"], html=html,
                notes="Increase notice, `Current` / `New (USD/1,000pcs)` columns; the new price per piece is the item.")


# ------------------------------------------------------------------ Xinwei Electronics (Shenzhen, USD tiers)

XW = [("LM317T", "ST", "TO-220", "0.125", "0.112", "0.098", "1,000", "50/tube"),
      ("AMS1117-3.3", "AMS", "SOT-223", "0.042", "0.036", "0.031", "2,500", "2,500/reel"),
      ("STM32F103C8T6", "ST", "LQFP-48", "1.68", "1.59", "1.52", "250", "1,500/tray"),
      ("CH340G", "WCH", "SOP-16", "0.29", "0.26", "0.245", "1,000", "2,500/reel"),
      ("ESP32-WROOM-32E", "Espressif", "Module", "2.55", "2.46", "2.39", "650", "650/reel")]


def xinwei_gs_digest():
    html = d.plain_html(
        "<div style=\"font-family:Arial\"><h3>Your RFQ has received 3 new quotations</h3><p>RFQ: <b>LM317T / "
        "AMS1117-3.3 / STM32F103C8T6, 10K each</b></p><table border=\"1\" cellpadding=\"3\"><tr><th>Supplier</th>"
        "<th>Price range</th><th>MOQ</th></tr><tr><td>Verified supplier (Shenzhen, 8 yrs)</td><td>US$0.09-0.15 / "
        "Piece</td><td>1000</td></tr><tr><td>Verified manufacturer (Dongguan)</td><td>US$1.45-1.75 / Piece</td><td>"
        "500</td></tr><tr><td>Xinwei Electronics</td><td>US$0.031-2.55 / Piece</td><td>250</td></tr></table><p>"
        "Compare quotations in My Global Sources. Global Sources, Hong Kong. Manage notifications.</p></div>")
    return mail("b14-xw-gs", "2026-03-23T06:00:00+00:00", "xinwei", "globalsources-rfq-quotation-digest",
                "html-table", "other", GSOURCES, CLAIRE, "3 new quotations for your RFQ", [], bulk=True, html=html,
                extra_headers={"List-Unsubscribe": "<https://www.globalsources.com/unsubscribe>"},
                notes="Global Sources RFQ digest with price ranges (no items; not the supplier).")


def xinwei_tiers():
    rows = [["Part Number", "Brand", "Package", "MOQ", "SPQ", {"text": "Unit Price (USD/pcs)", "cols": 3}],
            ["", "", "", "", "", "1K", "5K", "10K"]]
    rows += [[m, b, pkg, moq, spq, p1, p5, p10] for m, b, pkg, p1, p5, p10, moq, spq in XW]
    html = d.plain_html(d.alimail(["Dear Claire,", "", "Thanks for your RFQ on Global Sources. All parts original "
                                   "new, D/C 2025+, price as below:", ""]) + d.html_table(rows) +
                        d.alimail(["", "Price EXW Shenzhen / HK, lead time: stock 3-5 days. Payment: TT in advance.",
                                   "Shipping by DHL / FedEx, freight at cost.", "", "Best regards,",
                                   "Tony Zhang 张涛 | Shenzhen Xinwei Electronics Co., Ltd.",
                                   "Room 1608, SEG Plaza, Huaqiang North, Futian, Shenzhen | Skype: xinwei.tony"]))
    items = []
    for m, b, pkg, p1, p5, p10, *_ in XW:
        items.append(item("xw-" + m, "", m, p1, "USD", "pcs"))
        items.append(item("xw-" + m, "", m, p5, "USD", "pcs", tier=True))
        items.append(item("xw-" + m, "", m, p10, "USD", "pcs", tier=True))
    return mail("b14-xw-quote", "2026-03-24T11:30:00+08:00", "xinwei", "html-alimail-1k-5k-10k-colspan-moq-spq",
                "html-table", "quote", TONY, CLAIRE, "RE: RFQ LM317T / AMS1117 / STM32F103 / CH340G / ESP32", items,
                html=html,
                notes="Tier columns `1K` / `5K` / `10K` under a colspan `Unit Price (USD/pcs)`; MOQ and SPQ "
                      "(`2,500/reel`) columns are no prices; 1K the base price, 5K/10K tiers.")


def xinwei_iphone():
    text = ("Claire 您好, STM32F103C8T6 10K可以做到1.46 USD, 5K 1.55. 其他型号价格不变, 交期2周。\n\n" + IPHONE_ZH +
            "\n\n" + quoted("在 2026年3月25日，上午1:12，Claire Dubois <claire.dubois@mapleridge-sourcing.ca> 写道：",
                            "Tony, STM32F103C8T6 at 1.52 for 10K is high, market is 1.45. Can you check?\nClaire"))
    items = [item("xw-STM32F103C8T6", "", "STM32F103C8T6", "1.46", "USD", "", tier=True),
             item("xw-STM32F103C8T6", "", "STM32F103C8T6", "1.55", "USD", "", tier=True)]
    return mail("b14-xw-iphone", "2026-03-25T08:05:00+08:00", "xinwei", "text-zh-en-iphone-tier-prices",
                "prose", "quote", TONY, CLAIRE, "Re: RFQ LM317T / AMS1117 / STM32F103 / CH340G / ESP32", items, text=text,
                notes="Mixed Chinese-English phone reply: new 10K and 5K tier prices (`10K可以做到1.46 USD`); our "
                      "`market is 1.45` quoted below (not a price).")


def xinwei_ta_order():
    html = d.plain_html(
        "<div style=\"font-family:Arial;font-size:13px\"><h3>Your Trade Assurance order has been created</h3><p>Order "
        "No.: 2604 8813 7720 1156</p><p>Supplier: Shenzhen Xinwei Electronics Co., Ltd.</p><p>Product: "
        "STM32F103C8T6 LQFP-48 and 1 other item</p><p>Order amount: <b>US $9,265.00</b> (incl. shipping US $85.00)"
        "</p><p>Please pay within 7 days. Pay by T/T to the Citibank account on the order page, or by card (2.99% "
        "fee).</p><p style=\"color:#999\">Trade Assurance: on-time shipment and product quality protection. "
        "Alibaba.com Singapore E-Commerce Private Limited. Unsubscribe</p></div>")
    return mail("b14-xw-ta", "2026-03-27T02:40:00+00:00", "xinwei", "alibaba-trade-assurance-order-created",
                "html-table", "other", ALIBABA_TA, CLAIRE, "Trade Assurance order created - please pay", [], bulk=True,
                html=html, extra_headers={"List-Unsubscribe": "<https://alibaba.com/unsubscribe>"},
                notes="Alibaba Trade Assurance order notice: order amount, shipping fee, card fee (no items).")


# ------------------------------------------------------------------ Sanwa Seimitsu (Japan, JPY) and Volga Polymer

def sanwa_quote():
    rows = [("SW-EM4-06", "Carbide end mill 4 flute, dia. 6 mm", "2,850", "3,135", "100"),
            ("SW-EM4-10", "Carbide end mill 4 flute, dia. 10 mm", "4,620", "5,082", "50"),
            ("SW-DR-85", "Carbide drill dia. 8.5 mm, internal coolant", "6,980", "7,678", "30")]
    lines = ["Dear Ms. Dubois,", "", "We thank you very much for your kind inquiry of 2nd April.",
             "We are pleased to quote you as follows.", ""]
    for k, (c, n, ex, inc, q) in enumerate(rows, 1):
        lines += [f"{k}. {n} ({c})", f"   Unit price: JPY {ex} (tax excluded) / JPY {inc} (tax included)",
                  f"   Quantity: {q} pcs"]
    lines += ["", "Delivery: 3 weeks after receipt of order. Price condition: FCA Narita.",
              "Validity of quotation: 2 months.", "", "We are looking forward to your favourable reply.", "",
              "Yours faithfully,", "Hiroshi Tanaka", "Overseas Sales Section, Sanwa Seimitsu Co., Ltd.",
              "3-14-7 Minatojima, Chuo-ku, Kobe 650-0045 Japan  TEL +81-78-302-5518"]
    items = [item("sw-" + c, n, c, ex.replace(",", "") + ".00", "JPY", "pcs", quantity=q) for c, n, ex, _, q in rows]
    return mail("b14-sw-quote", "2026-04-06T15:20:00+09:00", "sanwa", "text-ja-english-tax-excluded-included-lines",
                "prose", "quote", SANWA, CLAIRE, "Quotation No. SQ-26-0412 (Carbide tools)", items,
                text="\n".join(lines),
                notes="Japanese writer's numbered entries, the price line `JPY 2,850 (tax excluded) / JPY 3,135 (tax "
                      "included)` under the name; the tax-excluded price is the item.")


def volga_quote():
    text = ("Good day, Claire!\n\nWe propose you the next prices for stretch film (our production, Samara):\n\n"
            "1. Stretch film manual 17 mic x 500 mm, roll 2.0 kg (art. VP-SF17-500) — 1.92 USD/kg without VAT "
            "(2.30 USD with VAT 20%)\n2. Stretch film machine 23 mic x 500 mm, roll 16 kg (art. VP-SF23-M) — 1.86 "
            "USD/kg without VAT (2.23 USD with VAT 20%)\n3. Stretch hood film 120 mic (art. VP-SH120) — 2.41 USD/kg "
            "without VAT (2.89 USD with VAT 20%)\n\nDelivery conditions: FCA Samara, minimal lot 5 tons. Payment 100% "
            "prepayment.\nFor export the VAT is 0%, so for you the price without VAT.\n\nWith respect,\nOlga Smirnova\n"
            "Export manager, LLC Volga Polymer\n443022, Samara, Kirova ave. 24\ntel. +7 (846) 277-41-18, mob. +7 927 "
            "604-22-19")
    items = [item("vp-VP-SF17-500", "Stretch film manual 17 mic x 500 mm", "VP-SF17-500", "1.92", "USD", "kg"),
             item("vp-VP-SF23-M", "Stretch film machine 23 mic x 500 mm", "VP-SF23-M", "1.86", "USD", "kg"),
             item("vp-VP-SH120", "Stretch hood film 120 mic", "VP-SH120", "2.41", "USD", "kg")]
    return mail("b14-vp-quote", "2026-04-14T13:10:00+04:00", "volga", "text-ru-english-without-with-vat-per-kg",
                "prose", "quote", VOLGA, CLAIRE, "Commercial offer stretch film / Коммерческое предложение", items,
                text=text,
                notes="Russian writer: `1.92 USD/kg without VAT (2.30 USD with VAT 20%)` after an em dash; the "
                      "price without VAT is the item.")


# ------------------------------------------------------------------ Northern Peak Outfitters (Toronto, buyer, CAD)

NP = [("MR-HD320", "Hoodie brushed fleece 320gsm, embroidered logo", "S-XL", "16.90", "19.10"),
      ("MR-HD320", "Hoodie brushed fleece 320gsm, embroidered logo", "2XL-3XL", "18.20", "20.57"),
      ("MR-PL220", "Polo shirt cotton pique 220gsm, embroidered logo", "S-XL", "9.40", "10.62"),
      ("MR-PL220", "Polo shirt cotton pique 220gsm, embroidered logo", "2XL-3XL", "10.15", "11.47")]
NP_SIG = ["Megan Fraser | Category Buyer, Apparel", "Northern Peak Outfitters Ltd.",
          "88 Queens Quay W, Suite 400, Toronto ON M5J 0B8 | 416-555-0143"]


def npeak_budget():
    text = ("Hi Raj,\n\nWe're planning the fall program: 3,000 hoodies (320gsm fleece, 4 colours, embroidered chest "
            "logo) and 1,500 polos. Our budget is CAD 18.00 per hoodie and CAD 10.00 per polo, landed DDP Toronto.\n"
            "Can you quote by end of next week?\n\n" + "\n".join(NP_SIG))
    return mail("b14-np-budget", "2026-02-03T11:20:00-05:00", "npeak", "text-buyer-inquiry-with-budget", "prose",
                "inquiry", NPEAK, RAJ, "Fall 2026 program - hoodies & polos", [], text=text,
                notes="A buyer's inquiry with a budget per piece (no items).")


def npeak_competitor():
    fwd = ("---------- Forwarded message ---------\nFrom: Kevin Ho <kevin@pacificapparel-group.com>\nDate: Fri, Feb 6, "
           "2026 at 3:12 PM\nSubject: Quote - fall program\nTo: Megan Fraser <megan.fraser@northernpeak.ca>\n\n"
           "Hi Megan,\n\nHoodie 320gsm fleece, emb. logo: CAD 17.40/pc\nPolo pique 220gsm, emb. logo: CAD 9.95/pc\n"
           "DDP Toronto, 60 days.\n\nKevin")
    text = ("Raj, FYI - this is what another vendor offered. Can you beat it?\n\nMegan\n\n" + fwd)
    return mail("b14-np-comp", "2026-02-09T09:05:00-05:00", "npeak", "text-forwarded-competitor-price", "prose",
                "inquiry", NPEAK, RAJ, "Fwd: Quote - fall program", [], kind_alt=["other"], text=text,
                notes="The buyer forwards a competitor's quote as a reference (its prices are not ours: no items).")


def npeak_our_quote():
    rows = [["Style", "Description", "Sizes", "Price excl. HST (CAD/pc)", "Price incl. HST 13% (CAD/pc)"]]
    rows += [[s, n, z, a, b] for s, n, z, a, b in NP]
    fresh = "".join(d.mso_p(t) for t in ["Hi Megan,", "", "Thanks for sharing. Here is our offer, DDP Toronto, "
                                         "delivery mid-July, 4 colours:", ""]) + d.word_table(rows, right=(3, 4)) + \
        "".join(d.mso_p(t) for t in ["", "Quantities: 3,000 hoodies / 1,500 polos. Valid 30 days.", ""] +
                RAJ_SIG.splitlines())
    items = [item("np-" + s + "-" + z, n, f"{s} {z}", a, "CAD", "pcs") for s, n, z, a, _ in NP]
    return mail("b14-np-quote", "2026-02-20T13:40:00-08:00", "npeak", "html-outlook-our-quote-excl-incl-hst",
                "html-table", "quote", RAJ, NPEAK, "RE: Fall 2026 program - hoodies & polos", items,
                direction="outbound", html=d.outlook(fresh),
                notes="Our outbound quote in CAD with `Price excl. HST` and `Price incl. HST 13%` columns; the "
                      "excl. HST price is the item; size groups in a column of their own.")


def npeak_po():
    p = b4_docs.Page()
    p.text("NORTHERN PEAK OUTFITTERS LTD.", size=13, bold=True)
    p.text("88 Queens Quay W, Suite 400, Toronto ON M5J 0B8   HST# 78214 4409 RT0001", size=8)
    p.gap(6)
    p.text("PURCHASE ORDER 45-1187", x=230, size=14, bold=True)
    p.text("Vendor: Maple Ridge Sourcing Inc.   Date: 2026-03-02   Ship to: DC Mississauga   Terms: DDP, Net 45",
           size=8)
    p.gap(6)
    xs = (40, 110, 330, 420, 490, 560)
    p.row(["Style", "Description", "Size", "Qty", "Cost", "Ext. Cost"], xs, bold=True, right=(3, 4, 5))
    rows = [("MR-HD320", "Hoodie fleece 320gsm", "S-XL", 2400, "16.90"), ("MR-HD320", "Hoodie fleece 320gsm",
                                                                          "2XL-3XL", 600, "18.20"),
            ("MR-PL220", "Polo pique 220gsm", "S-XL", 1500, "9.40")]
    for s, n, z, q, pr in rows:
        p.row([s, n, z, f"{q:,}", pr, en(float(pr) * q)], xs, right=(3, 4, 5))
    sub = sum(float(pr) * q for *_, q, pr in rows)
    p.row(["", "Subtotal", "", "", "", en(sub)], xs, right=(3, 4, 5))
    p.row(["", "HST 13%", "", "", "", en(sub * 0.13)], xs, right=(3, 4, 5))
    p.row(["", "Total CAD", "", "", "", en(sub * 1.13)], xs, bold=True, right=(3, 4, 5))
    text = "Hi Raj,\n\nPO 45-1187 attached. Please confirm ship date.\n\n" + "\n".join(NP_SIG)
    items = [item("np-" + s + "-" + z, n, f"{s} {z}", pr, "CAD", "", status="ordered", quantity=str(q))
             for s, n, z, q, pr in rows]
    return mail("b14-np-po", "2026-03-02T10:15:00-05:00", "npeak", "pdf-buyer-po-cost-column-hst", "pdf", "order",
                NPEAK, RAJ, "PO 45-1187 Maple Ridge - fall program", items, text=text,
                attachments=[(p.build("Purchase Order"), "application/pdf", "PO_45-1187.pdf")],
                notes="The buyer's PO: `Cost` / `Ext. Cost` columns, currency only in `Total CAD`, HST row (ordered).")


def npeak_wire():
    text = ("Hi Raj,\n\nDeposit for PO 45-1187 sent today, confirmation below.\n\nMegan\n\n"
            "-----------------------------------------\nRBC Royal Bank - Wire Payment Confirmation\nReference: "
            "WP2603140088172\nDate: March 14, 2026\nFrom account: 00102-1004417 (CAD)\nBeneficiary: MAPLE RIDGE SOURCING "
            "INC.\nBeneficiary bank: Bank of Montreal, Vancouver  Transit 00040  Account 1887-442\nAmount: CAD "
            "16,524.00\nService fee: CAD 45.00\nPurpose: 30% deposit PO 45-1187\n-----------------------------------------")
    return mail("b14-np-wire", "2026-03-14T16:50:00-04:00", "npeak", "text-bank-wire-confirmation", "text-table",
                "other", NPEAK, RAJ, "Deposit PO 45-1187", [], text=text,
                notes="A bank's wire confirmation pasted into a mail: amounts and fees (no items).")


def npeak_increase():
    text = ("Hi Megan,\n\nA heads-up for the spring re-order: cotton and freight have gone up, so from July 1, 2026 "
            "our prices (DDP Toronto, excl. HST) will be:\n\n  MR-HD320 hoodie S-XL:     CAD 17.60/pc  (was 16.90)\n"
            "  MR-HD320 hoodie 2XL-3XL:  CAD 18.95/pc  (was 18.20)\n\nPolos stay at the current price. POs placed before "
            "July 1 ship at the old prices.\n\n" + RAJ_SIG)
    items = [item("np-MR-HD320-S-XL", "hoodie", "MR-HD320 S-XL", "17.60", "CAD", "pcs", status="notice"),
             item("np-MR-HD320-2XL-3XL", "hoodie", "MR-HD320 2XL-3XL", "18.95", "CAD", "pcs", status="notice")]
    return mail("b14-np-up", "2026-05-28T10:30:00-07:00", "npeak", "text-our-increase-was-column", "text-table",
                "price-notice", RAJ, NPEAK, "Price update from July 1 - MR-HD320", items, direction="outbound",
                kind_alt=["quote"], text=text,
                notes="Our outbound increase, aligned lines `CAD 17.60/pc  (was 16.90)` (the was-price no item).")


SCENARIOS = [shreeji_quote, shreeji_budget, shreeji_revised, doce_prose, doce_table, doce_newsletter, hanbit_quote,
             hanbit_increase, xinwei_gs_digest, xinwei_tiers, xinwei_iphone, xinwei_ta_order, sanwa_quote, volga_quote,
             npeak_budget, npeak_competitor, npeak_our_quote, npeak_po, npeak_wire, npeak_increase]

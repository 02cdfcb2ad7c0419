"""Suppliers and buyers outside China: an Indian foundry's HTML quote in ₹ with lakh grouping and
its `/-` revision; a Russian drive maker's Outlook mail with an Excel range in ₽ (x:num, no-break
spaces in the numbers) and its `₽/шт.` lines; a Turkish hardware wholesaler's aligned text in ₺; a
US fastener house's HTML with the unit in the price cell (`ea`, `pr`, `doz`, `/gross`, `38¢`) and
its ASCII-grid quote; a UK packaging supplier quoting in pence and pounds and re-quoting one price
above its quoted mail; our outbound quote to a Dublin buyer with POA / on-request rows, the buyer's
counter-offer and its `@` purchase order."""

from b10_common import (OUR_SIGNATURE, PRIYA, PRIYA_SIGNATURE, TOM, aligned, dec, en, eu, html_doc, inr, item,
                        item_table, mail, ru)
import b10_docs

DECCAN = ("Rahul Deshpande", "rahul.d@deccancastings.in")
TEHNO = ("Андрей Смирнов", "a.smirnov@tehnoprivod.ru")
BOGAZICI = ("Murat Yılmaz", "murat@bogazici-hirdavat.com.tr")
KEYSTONE = ("Keystone Fastener Supply", "quotes@keystonefastener.com")
MIDLAND = ("Sarah Jenkins", "sarah@midlandpack.co.uk")
LIFFEY = ("Declan Byrne", "declan.byrne@liffeytrade.ie")

# ------------------------------------------------------------------ Deccan Castings (INR)

DC = [("DC-FLG-100", "CI blind flange 100 NB, PN16", "7307", 50, "2450"),
      ("DC-FLG-150", "CI blind flange 150 NB, PN16", "7307", 40, "3260"),
      ("DC-VB-80", "Valve body 80 NB, SG iron, machined", "8481", 100, "4875"),
      ("DC-IMP-200", "Pump impeller 200 mm, CF8M", "8413", 30, "11250")]


def deccan_rupee_html():
    rows, sub = [], 0
    for k, (m, d, hsn, qty, rate) in enumerate(DC, 1):
        amt = qty * float(rate)
        sub += amt
        rows.append([str(k), f"{m}<br>{d}", hsn, str(qty), "Nos", f"₹ {inr(rate)}", f"₹ {inr(amt)}"])
    foot = [("Sub-total", f"₹ {inr(sub)}"), ("IGST 0% (export under LUT)", "₹ 0.00"),
            ("Packing &amp; forwarding to Nhava Sheva", "₹ 18,500.00"), ("Grand Total", f"₹ {inr(sub + 18500)}")]
    table = item_table(["Sr. No.", "Item Code / Description", "HSN", "Qty", "Unit", "Rate (₹)", "Amount (₹)"],
                       rows, foot)
    html = html_doc("<p>Dear Mr. Hughes,</p><p>With reference to your enquiry, we are pleased to quote as under "
                    "(ex-works Chakan, Pune):</p>" + table +
                    "<p>Amount in words: Rupees " + "Six Lakh Thirty Thousand Three Hundred Fifty" + " only.</p>"
                    "<p>Delivery: 6-8 weeks. Payment: 30% advance, balance against documents.<br>GSTIN "
                    "27AAGCD4418K1Z6 | IEC 0315027741</p><p>Thanks &amp; Regards,<br>Rahul Deshpande<br>"
                    "Deccan Castings Pvt. Ltd., Plot C-41, MIDC Chakan, Pune 410501<br>+91 98220 41873</p>")
    items = [item(m, d, m, dec(rate), "INR", "pcs", quantity=str(q)) for m, d, hsn, q, rate in DC]
    return mail("b10-dc-html", "2026-02-17T12:10:00+05:30", "deccan", "html-inr-rupee-sign-lakh",
                "html-table", "quote", DECCAN, TOM, "Quotation DC/Q/2025-26/418", items, html=html,
                notes="HTML quote in ₹ (`₹ 2,450.00`, amounts in lakh grouping `₹ 1,22,500.00`), item code and "
                      "description on two lines of one cell, HSN column, Nos; packing & forwarding, sub-total and "
                      "grand total rows are no items.")


def deccan_revision():
    text = """Dear Mr. Hughes,

Further to our quotation DC/Q/2025-26/418, please note the revised rate:

DC-FLG-150  CI blind flange 150 NB, PN16 - Rs. revised to ₹ 3,180/- per No. (earlier ₹ 3,260/-)

All other rates remain same.

Thanks & Regards,
Rahul Deshpande
Deccan Castings Pvt. Ltd. | +91 98220 41873
"""
    items = [item("DC-FLG-150", "CI blind flange 150 NB, PN16", "DC-FLG-150", "3180.00", "INR", "pcs")]
    return mail("b10-dc-rev", "2026-04-28T10:40:00+05:30", "deccan", "text-inr-revision-slash-dash",
                "prose", "quote", DECCAN, TOM, "Revised rate DC-FLG-150", items, text=text,
                notes="`₹ 3,180/- per No. (earlier ₹ 3,260/-)`: the earlier rate is no item.")


# ------------------------------------------------------------------ ТехноПривод (RUB)

TP = [("tp-063-30", "Мотор-редуктор NMRV 063 i=30, 0,75 кВт", "TP-063-30-075", 10, "18900"),
      ("tp-050-20", "Мотор-редуктор NMRV 050 i=20, 0,37 кВт", "TP-050-20-037", 20, "12450"),
      ("tp-075-40", "Редуктор червячный NMRV 075 i=40", "TP-075-40", 6, "23800"),
      ("tp-cpl-28", "Муфта кулачковая GR 28", "TP-GR-28", 40, "1260")]


def tehno_excel_paste():
    rows = [["№", "Наименование", "Артикул", "Ед. изм.", "Кол-во", "Цена, ₽", "Сумма, ₽"]]
    total = 0
    for k, (pid, name, art, qty, price) in enumerate(TP, 1):
        amt = qty * float(price)
        total += amt
        rows.append([(str(k), k), name, art, "шт.", (str(qty), qty),
                     (ru(price) + "&nbsp;₽", price), (ru(amt) + "&nbsp;₽", amt)])
    rows.append([{"text": "Итого без НДС:", "span": 6}, (ru(total) + "&nbsp;₽", total)])
    rows.append([{"text": "НДС 20%:", "span": 6}, (ru(total * 0.2) + "&nbsp;₽", total * 0.2)])
    table = b10_docs.excel_paste(rows, ["xl65", "xl69"], widths=[25, 230, 90, 40, 45, 80, 90])
    html = b10_docs.outlook_html(
        ["Добрый день, Том!", "", "Направляем коммерческое предложение на мотор-редукторы (склад Москва, "
         "без учёта доставки):", ""], table,
        ["", "Срок поставки: 10 рабочих дней. Оплата: 100% предоплата.", "", "С уважением,",
         "Андрей Смирнов", "ООО «ТехноПривод» | +7 (495) 648-12-70 | ИНН 7719 428 553"], lang="RU")
    items = [item(pid, name, art, dec(price), "RUB", "pcs", quantity=str(q)) for pid, name, art, q, price in TP]
    return mail("b10-tp-xl", "2026-03-03T11:30:00+03:00", "tehnoprivod", "html-outlook-excel-rub-nbsp",
                "html-table", "quote", TEHNO, TOM, "Коммерческое предложение № 118 от 03.03.2026", items,
                html=html,
                notes="Outlook HTML with an Excel range: `18 900,00 ₽` with no-break spaces as thousands and "
                      "before the sign, x:num holding 18900; unit `шт.`; Итого / НДС rows are no items.")


def tehno_lines():
    text = """Том, добрый день!

По Вашему запросу обновлённые цены:

- Редуктор червячный NMRV 075 i=40 (арт. TP-075-40) — 24\u202f600 ₽/шт. без НДС
- Мотор-редуктор NMRV 063 i=30, 0,75 кВт (арт. TP-063-30-075) — 19 450 ₽/шт. без НДС

Цены действительны до 30.06.2026.

С уважением,
Андрей Смирнов
ООО «ТехноПривод», тел. +7 (495) 648-12-70
"""
    items = [item("tp-075-40", "Редуктор червячный NMRV 075 i=40", "TP-075-40", "24600.00", "RUB", "pcs"),
             item("tp-063-30", "Мотор-редуктор NMRV 063 i=30, 0,75 кВт", "TP-063-30-075", "19450.00", "RUB", "pcs")]
    return mail("b10-tp-lines", "2026-05-25T14:05:00+03:00", "tehnoprivod", "text-ru-rouble-sign-lines",
                "prose", "quote", TEHNO, TOM, "Обновлённые цены NMRV", items, text=text,
                notes="Dash lines `— 24 600 ₽/шт.` (U+202F and a plain space as thousands), article in brackets; "
                      "`0,75 кВт` and `i=40` are no prices.")


# ------------------------------------------------------------------ Boğaziçi (TRY)


def bogazici_text():
    lines = [("BH-CK-250", "Çekiç 250 gr, fiberglas saplı", "120", "adet", "185.50"),
             ("BH-PN-200", "Kombine pense 200 mm", "200", "adet", "248.00"),
             ("BH-ST-SET", "Tornavida seti 6 parça", "80", "takım", "1250.00")]
    rows = [["Ürün Kodu", "Ürün Adı", "Miktar", "Birim", "Birim Fiyat", "Tutar"]]
    for m, d, q, u, p in lines:
        rows.append([m, d, q, u, "₺" + eu(p), "₺" + eu(int(q) * float(p))])
    table = aligned(rows, [(11, False), (30, False), (7, True), (6, False), (12, True), (14, True)])
    text = f"""Sayın Tom Hughes,

Talebiniz üzerine fiyat teklifimiz aşağıdadır (KDV hariç, İstanbul depo teslim):

{table}

Ödeme: peşin. Opsiyon: 15 gün.

Saygılarımızla,
Murat Yılmaz
Boğaziçi Hırdavat San. ve Tic. Ltd. Şti. | +90 212 671 44 80
"""
    units = {"adet": "pcs", "takım": "set"}
    items = [item(m, d, m, dec(p), "TRY", units[u], quantity=q) for m, d, q, u, p in lines]
    return mail("b10-bh-text", "2026-04-07T10:00:00+03:00", "bogazici", "text-tr-lira-sign-aligned",
                "text-table", "quote", BOGAZICI, TOM, "Fiyat teklifi - el aletleri", items, text=text,
                notes="Turkish aligned text, `₺1.250,00` (sign before, decimal comma), Birim adet / takım; `250 gr` "
                      "and `200 mm` in names are no prices.")


# ------------------------------------------------------------------ Keystone Fastener (USD)


def keystone_unit_in_price():
    lines = [("KF-HB-3816", "Hex bolt 3/8\"-16 x 2\", grade 5, zinc", "500", "$1.25 ea", "1.25", "pcs"),
             ("KF-WG-L", "Leather welding gloves, large", "50", "$14.50 pr", "14.50", "pair"),
             ("KF-ST-14", "Shop towels 14\" x 14\", red", "20", "$9.60 doz", "9.60", "dozen"),
             ("KF-FW-10", "Flat washer #10 SAE, zinc", "20 gross", "$8.64 /gross", "0.06", "pcs"),
             ("KF-CP-18", "Cotter pin 1/8\" x 1-1/2\", zinc", "1,000", "38¢ ea", "0.38", "pcs")]
    rows = [[m, d, q, shown] for m, d, q, shown, _, _ in lines]
    table = item_table(["Part #", "Description", "Qty", "Price"], rows)
    html = html_doc("<p>Tom,</p><p>Thanks for the RFQ. Pricing below, FCA Pittsburgh, net 30:</p>" + table +
                    "<p>Washers are packed and priced by the gross (144).</p><p>Keystone Fastener Supply | "
                    "412-555-0187 | 2200 Railroad St, Pittsburgh PA 15222</p>")
    items = [item(m, d, m, p, "USD", u, quantity="" if "gross" in q else q.replace(",", ""))
             for m, d, q, shown, p, u in lines]
    return mail("b10-kf-units", "2026-02-26T15:20:00-05:00", "keystone", "html-unit-inside-price-cell",
                "html-table", "quote", KEYSTONE, TOM, "RFQ 0212 - Keystone pricing", items, html=html,
                notes="The unit is written in the price cell: `$1.25 ea`, `$14.50 pr`, `$9.60 doz`, `$8.64 /gross` "
                      "(a price unit of 144: 0.06 per piece), `38¢ ea` (cents: 0.38). Sizes `3/8\"-16 x 2\"`, "
                      "`#10` are no prices.")


def keystone_ascii():
    lines = [("KF-HB-3816", "HEX BOLT 3/8-16X2 GR5 ZP", "EA", "1000", "1.19"),
             ("KF-HN-3816", "HEX NUT 3/8-16 GR5 ZP", "EA", "1000", "0.14"),
             ("KF-SC-1014", "SELF DRILL SCREW #10X3/4 HWH", "BX", "40", "18.75"),
             ("KF-WG-L", "WELDING GLOVE LEATHER LG", "PR", "60", "13.95")]
    rows = [["ITEM", "DESCRIPTION", "UOM", "QTY", "UNIT PRICE", "EXT PRICE"]]
    rows += [[m, d, u, q, p, en(int(q) * float(p))] for m, d, u, q, p in lines]
    text = ("QUOTE Q-26-01177   DATE 06/09/2026   CUSTOMER THAMESGATE SOURCING LTD\n\n" +
            b10_docs.ascii_grid(rows, right=(3, 4, 5)) +
            "\n\nALL PRICES USD. FCA PITTSBURGH. QUOTE VALID 30 DAYS.\n\nKeystone Fastener Supply | 412-555-0187\n")
    units = {"EA": "pcs", "BX": "box", "PR": "pair"}
    items = [item(m, d, m, p, "USD", units[u], quantity=q) for m, d, u, q, p in lines]
    return mail("b10-kf-grid", "2026-06-09T09:45:00-04:00", "keystone", "text-ascii-grid-erp",
                "text-table", "quote", KEYSTONE, TOM, "Quote Q-26-01177", items, text=text,
                notes="An ERP's plain-text quote as a `+----+` grid, capitals, UOM EA / BX / PR, `USD` only in "
                      "the line below.")


# ------------------------------------------------------------------ Midland Packaging (GBP)

MIDLAND_BULLETS = """• Polythene bags 230 x 305 mm, 250 gauge: 4.5p each (boxes of 1,000)
• Stretch film 400 mm x 250 m, 17 mu, cast: £6.80 per roll
• Parcel tape 48 mm x 66 m, low noise: 62p per roll
• Kraft void fill paper 450 mm x 300 m: £24.50 per roll"""


def midland_pence():
    text = f"""Hi Tom,

Lovely to speak earlier. As promised, our prices delivered Felixstowe, ex VAT:

{MIDLAND_BULLETS}

Free delivery over £250. Prices held until end of March.

Kind regards,
Sarah Jenkins
Midland Packaging Supplies Ltd | Unit 4, Tame Valley Ind. Est., Tamworth B77 5BY | 01827 289 440
"""
    items = [item("mp-bag", "Polythene bags 230 x 305 mm, 250 gauge", "", "0.045", "GBP", "pcs", quantity=""),
             item("mp-film", "Stretch film 400 mm x 250 m, 17 mu, cast", "", "6.80", "GBP", "roll"),
             item("mp-tape", "Parcel tape 48 mm x 66 m, low noise", "", "0.62", "GBP", "roll"),
             item("mp-kraft", "Kraft void fill paper 450 mm x 300 m", "", "24.50", "GBP", "roll")]
    return mail("b10-mp-pence", "2026-01-27T14:30:00+00:00", "midland", "text-uk-pence-and-pounds",
                "prose", "quote", MIDLAND, TOM, "Packaging prices", items, text=text,
                notes="Bullets with prices in pence (`4.5p each` = 0.045 GBP, `62p per roll` = 0.62) and pounds "
                      "(`£6.80 per roll`); `boxes of 1,000`, sizes and the free-delivery threshold are no items.")


def midland_requote():
    quoted = "\n".join("> " + x for x in ("Hi Tom,", "", "Lovely to speak earlier. As promised, our prices "
                                          "delivered Felixstowe, ex VAT:", "", *MIDLAND_BULLETS.split("\n"), "",
                                          "Kind regards,", "Sarah"))
    text = f"""Hi Tom,

Good news on the stretch film: from 1 April it comes down to £6.45 per roll (resin prices have eased).
Everything else stays as below.

Sarah

On Tue, 27 Jan 2026 at 14:30, Sarah Jenkins <sarah@midlandpack.co.uk> wrote:
{quoted}
"""
    items = [item("mp-film", "stretch film", "", "6.45", "GBP", "roll")]
    return mail("b10-mp-requote", "2026-03-17T09:10:00+00:00", "midland", "text-one-change-above-quoted-quote",
                "prose", "quote", MIDLAND, TOM, "Re: Packaging prices", items, text=text,
                notes="One new price in a sentence naming the product loosely (`the stretch film`), the whole "
                      "earlier quote quoted below by `>`: its prices are no items of this mail.")


# ------------------------------------------------------------------ Liffey Trade Supplies (buyer, EUR)

LF = [("TG-BV-25", "Ball valve 1\" BSP, brass, lever", "pcs", "8.95"),
      ("TG-BV-50", "Ball valve 2\" BSP, brass, lever", "pcs", "24.60"),
      ("TG-GV-50", "Gate valve DN50 PN16, flanged", "pcs", "39.80"),
      ("TG-SL-50", "Seal kit DN50 EPDM (10 pcs)", "set", "4.20")]


def liffey_our_quote():
    rows = [[m, d, "pcs" if u == "pcs" else "set", f"€ {p}"] for m, d, u, p in LF]
    rows.insert(3, ["TG-GV-80", "Gate valve DN80 PN16, flanged", "pcs", "POA"])
    rows.append(["TG-AV-25", "Air release valve 1\"", "pcs", "on request"])
    table = item_table(["Item", "Description", "Unit", "Price EUR"], rows)
    html = html_doc("<p>Dear Declan,</p><p>Thank you for your enquiry. Our prices, delivered Dublin, excl. VAT:</p>" +
                    table + "<p>DN80 gate valve and air release valve: price on application, stock being "
                    "confirmed.</p><pre>" + PRIYA_SIGNATURE + "</pre>")
    items = [item(m, d, m, p, "EUR", u) for m, d, u, p in LF]
    return mail("b10-lf-quote", "2026-05-12T11:00:00+01:00", "liffey", "html-our-quote-poa-rows",
                "html-table", "quote", PRIYA, LIFFEY, "Thamesgate quotation Q-26-0511", items, html=html,
                direction="outbound",
                notes="Our outbound quote with two rows priced `POA` / `on request` (no items); `€ 8.95`; the "
                      "`(10 pcs)` in a name is no quantity.")


def liffey_counter():
    text = """Hi Priya,

Thanks. Our customer is pushing on the 1" ball valve, he pasted me this from his WhatsApp:

"[14/05/2026, 16:02] Ciarán: lads can ye do €8.40 on the 1 inch? got it cheaper elsewhere"

Could you do €8.40 on TG-BV-25 for 200 pcs? Rest is fine.

Declan Byrne
Liffey Trade Supplies | 01 455 2817
"""
    return mail("b10-lf-counter", "2026-05-14T17:20:00+01:00", "liffey", "text-buyer-counter-offer",
                "inquiry", "inquiry", LIFFEY, PRIYA, "RE: Thamesgate quotation Q-26-0511", [], text=text,
                kind_alt=["other"],
                notes="The buyer's counter-offer (`can you do €8.40`), partly a pasted WhatsApp line: a price we "
                      "were asked for, not one anybody quoted or agreed: no items.")


def liffey_po():
    text = """PURCHASE ORDER LT-PO-7741
Date: 20/06/2026
Supplier: Thamesgate Sourcing Ltd
Deliver to: Liffey Trade Supplies, Unit 12, Ballymount Road, Dublin 12

  200 EA  TG-BV-25  Ball valve 1" BSP brass  @ €8.65   =  €1,730.00
   50 EA  TG-BV-50  Ball valve 2" BSP brass  @ €24.60  =  €1,230.00
   40 SET TG-SL-50  Seal kit DN50 EPDM       @ €4.20   =    €168.00

Total excl. VAT: €3,128.00
Please confirm delivery date.

Declan Byrne
Liffey Trade Supplies | 01 455 2817
"""
    items = [item("TG-BV-25", "Ball valve 1\" BSP brass", "TG-BV-25", "8.65", "EUR", "pcs", status="ordered",
                  quantity="200"),
             item("TG-BV-50", "Ball valve 2\" BSP brass", "TG-BV-50", "24.60", "EUR", "pcs", status="ordered",
                  quantity="50"),
             item("TG-SL-50", "Seal kit DN50 EPDM", "TG-SL-50", "4.20", "EUR", "set", status="ordered",
                  quantity="40")]
    return mail("b10-lf-po", "2026-06-20T08:30:00+01:00", "liffey", "text-po-at-sign-lines",
                "text-table", "order", LIFFEY, PRIYA, "PO LT-PO-7741", items, text=text,
                notes="A buyer's PO as text lines `200 EA  TG-BV-25 … @ €8.65  =  €1,730.00` (ordered; 8.65 was "
                      "agreed on the phone after the counter-offer); the extensions and total are no items.")


SCENARIOS = [deccan_rupee_html, deccan_revision, tehno_excel_paste, tehno_lines, bogazici_text,
             keystone_unit_in_price, keystone_ascii, midland_pence, midland_requote, liffey_our_quote,
             liffey_counter, liffey_po]

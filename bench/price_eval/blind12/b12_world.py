"""Suppliers and buyers outside China of a Fremantle trading company: a US bearing house on Gmail
(a table, a top-posted price change above `gmail_quote`, a PDF quote with a price-less terms PDF, a
trade-fair invitation), a UK controls maker whose quote comes as XLSX and PDF with the same prices
under a long disclaimer, then in Word numbered lines, then an announcement without prices; a Thai
rubber factory answering inside our quoted inquiry and sending a PDF with a brochure; a Turkish
valve maker with the same prices in the body and an XLSX, and a quote aligned with `&nbsp;` runs;
a builder in Perth: their inquiry, our quote pasted from Excel as tabs, our DOCX contract with a
price schedule, their remittance advice."""

from b12_common import (BEN, BEN_SIGNATURE, DISCLAIMER, DOCX, NINA, OUR_SIGNATURE, XLSX, b3_docs, b4_docs,
                        b11_docs, en, eu, item, mail)
import b12_docs as d

PACIFIC = ("Dave Morgan", "dave@pacificrim-bearings.com")
KELVIN = ("Sarah Whitfield", "s.whitfield@kelvincontrols.co.uk")
SIAM = ("Somchai Prasert", "somchai@siampolymer.co.th")
MARMARA = ("Emre Yılmaz", "emre.yilmaz@marmaravalf.com.tr")
SWAN = ("Jason Pike", "jason.pike@swanvalleybuilders.com.au")

PR_SIG = ["Dave Morgan | Inside Sales", "Pacific Rim Bearing Supply, Inc.", "1450 W. 190th St, Torrance, CA 90501",
          "Direct 310-555-0187 | Main 310-555-0100 | Fax 310-555-0199"]

# ------------------------------------------------------------------ Pacific Rim (bearings, USD, Gmail)

PR = [("6205-2RS", "Deep groove ball bearing, rubber seals", "25x52x15", "2.04"),
      ("6206-2RS", "Deep groove ball bearing, rubber seals", "30x62x16", "2.63"),
      ("6305-ZZ", "Deep groove ball bearing, metal shields", "25x62x17", "2.95"),
      ("UCP205", "Pillow block bearing unit, cast iron", "25mm bore", "7.80")]


def _pr_table():
    rows = [["Part #", "Description", "Dimensions (mm)", "Price ea. (USD)"]]
    rows += [[m, desc, dim, f"${p}"] for m, desc, dim, p in PR]
    return d.html_table(rows, style="border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:small")


def _pr_body():
    return (d.gmail_div(["Hi Nina,", "", "Thanks for the RFQ. Pricing below, FCA Los Angeles, 2,000 pcs per part, "
                         "stock items ship in 5 business days:", ""]) + _pr_table() +
            d.gmail_div(["", "Terms Net 30 for approved accounts. Quote good for 45 days.", "", "--"] + PR_SIG))


def pacific_gmail_table():
    items = [item(m, desc, m, p, "USD", "pcs") for m, desc, _, p in PR]
    return mail("b12-pr-quote", "2026-03-03T08:15:00-08:00", "pacific", "html-gmail-table-dollar-price-each",
                "html-table", "quote", PACIFIC, NINA, "RE: RFQ bearings 6205 / 6206 / 6305 / UCP205", items,
                html=d.plain_html(_pr_body()),
                notes="Gmail's `<div dir=ltr>` lines and a table `Price ea. (USD)` with `$2.04`; 2,000 pcs is the "
                      "quoted volume for all; phone/fax numbers with dashes.")


def pacific_gmail_quote_reply():
    fresh = d.gmail_div(["Nina,", "", "Quick update: our Japanese mill raised prices, so effective today the 6205-2RS "
                         "is $2.18 each and the 6206-2RS $2.79 each. The 6305-ZZ and UCP205 stay as quoted below.",
                         "", "Dave"])
    quoted = d.gmail_quote("On Tue, Mar 3, 2026 at 8:15 AM Dave Morgan <dave@pacificrim-bearings.com> wrote:", _pr_body())
    items = [item("6205-2RS", "Deep groove ball bearing", "6205-2RS", "2.18", "USD", "pcs"),
             item("6206-2RS", "Deep groove ball bearing", "6206-2RS", "2.79", "USD", "pcs")]
    return mail("b12-pr-up", "2026-03-10T13:02:00-07:00", "pacific", "html-gmail-toppost-prose-above-gmail-quote",
                "prose", "quote", PACIFIC, NINA, "Re: RE: RFQ bearings 6205 / 6206 / 6305 / UCP205", items,
                html=d.plain_html(fresh + quoted), reply_to_id="<b12-pr-quote@pacificrim-bearings.com>",
                kind_alt=["price-notice"],
                notes="Gmail reply: two raised prices in prose (`is $2.18 each`) above `gmail_quote` holding the "
                      "whole old table (not items; 6305-ZZ and UCP205 stay current from the old mail).")


def pacific_pdf_and_terms():
    p = b4_docs.Page()
    p.text("PACIFIC RIM BEARING SUPPLY, INC.", size=13, bold=True)
    p.text("1450 W. 190th St, Torrance, CA 90501  |  310-555-0100  |  pacificrim-bearings.com", size=8)
    p.gap(8)
    p.text("QUOTATION  Q-48817", x=230, size=14, bold=True)
    p.text("Date 03/24/2026   Customer HARB01   Valid 45 days   Terms Net 30   Ship via: Ocean, FCA Los Angeles", size=8)
    p.gap(6)
    xs = (50, 130, 330, 400, 480)
    p.row(["Part #", "Description", "Qty", "Unit Price", "Ext. Price"], xs, bold=True)
    rows = [("22210-E1", "Spherical roller bearing", 200, "38.60"), ("NU208-ECP", "Cylindrical roller bearing", 300,
                                                                       "21.45"), ("32207", "Tapered roller bearing", 500, "9.72")]
    for m, desc, q, pr in rows:
        p.row([m, desc, f"{q:,}", pr, en(float(pr) * q)], xs)
    p.row(["", "Subtotal", "", "", en(sum(float(pr) * q for _, _, q, pr in rows))], xs, bold=True)
    p.row(["", "Freight (est.)", "", "", "450.00"], xs)
    p.gap(10)
    p.text("All prices in US Dollars, each. Quote subject to prior sale.", size=8)
    quote = p.build("Quotation Q-48817")
    t = b4_docs.Page()
    t.text("TERMS AND CONDITIONS OF SALE (Rev. 2024-07)", size=12, bold=True)
    for line in ("1. Orders under $250.00 carry a $35.00 handling charge.", "2. Returns within 30 days, 20% restocking fee.",
                 "3. Past-due balances accrue 1.5% per month (18% per annum).", "4. Warranty 12 months from shipment.",
                 "5. Governing law: State of California. Venue: Los Angeles County."):
        t.text(line, size=9)
    terms = t.build("Terms")
    html = d.plain_html(d.gmail_div(["Hi Nina,", "", "Attached is quote Q-48817 for the roller bearings, plus our T&Cs.",
                                     "", "--"] + PR_SIG))
    items = [item(m, desc, m, pr, "USD", "pcs", quantity=str(q)) for m, desc, q, pr in rows]
    return mail("b12-pr-pdf", "2026-03-24T10:40:00-07:00", "pacific", "pdf-quote-plus-terms-pdf-with-dollar-amounts",
                "pdf", "quote", PACIFIC, NINA, "Quote Q-48817 roller bearings", items, html=html,
                attachments=[(quote, "application/pdf", "Q-48817.pdf"), (terms, "application/pdf", "PRBS_Terms.pdf")],
                notes="Two PDFs: the quote (`Unit Price` without currency; `All prices in US Dollars, each` under "
                      "the table; subtotal, freight) and terms with $ amounts and percentages (no items).")


def pacific_fair_invitation():
    html = d.plain_html(d.gmail_div([
        "Hi Nina,", "", "We'll be at Hannover Messe 2026, Hall 22, Booth C41, April 20-24.",
        "Stop by for coffee; we'll show the new 6200-series with 2RSH seals (up to 25% longer grease life).",
        "Call me on 310-555-0187 to book a slot between 10:00 and 16:00.", "", "--"] + PR_SIG))
    return mail("b12-pr-fair", "2026-04-06T07:50:00-07:00", "pacific", "html-gmail-trade-fair-invitation-no-prices",
                "prose", "other", PACIFIC, NINA, "See you at Hannover Messe? Hall 22 / C41", [], html=html,
                notes="An invitation full of numbers (hall, booth, dates, percent, phone, hours): no items.")


# ------------------------------------------------------------------ Kelvin Controls (UK, GBP)

KC = [("KC-TC-K150", "Thermocouple type K, mineral insulated, 150 mm", "each", "12.40"),
      ("KC-TC-K300", "Thermocouple type K, mineral insulated, 300 mm", "each", "14.85"),
      ("KC-PT-100", "PT100 RTD sensor, 4-wire, 6 mm x 100 mm", "each", "23.60"),
      ("KC-TX-420", "Head-mount transmitter 4-20 mA", "each", "31.20"),
      ("KC-DC-48", "Digital controller 48x48, PID, relay output", "each", "58.90"),
      ("KC-CB-10", "Compensating cable type K, 2-core", "m", "1.35")]


def kelvin_xlsx_and_pdf():
    rows = [[b11_docs.bold("Kelvin Controls Ltd — Quotation KQ-7731")], ["Customer: Harbourview Industrial Trading",
                                                                          "", "Date: 11/03/2026"], [],
            ["Part No.", "Description", "UoM", "Qty", "Unit Price £", "Line Total £"]]
    for k, (m, desc, uom, p) in enumerate(KC, 5):
        q = 500 if uom == "m" else 50
        rows.append([m, desc, uom, b11_docs.num(q), b11_docs.num(p, "£#,##0.00"),
                     b11_docs.formula(f"{float(p) * q:.2f}", f"D{k}*E{k}", "£#,##0.00")])
    rows += [[], ["Prices ex-works Croydon, excl. VAT. Carriage to Fremantle quoted separately."]]
    book = b11_docs.workbook([{"name": "KQ-7731", "rows": rows, "widths": (12, 46, 6, 6, 12, 12)}])
    p = b3_docs.Page()
    p.text("Kelvin Controls Ltd", size=14, bold=True)
    p.text("Unit 12, Bessemer Park, 250 Milkwood Road, London SE24 0HG  Tel 020 7737 4410  Reg. No. 04418265", size=8)
    p.gap(6)
    p.text("QUOTATION KQ-7731        11 March 2026        Valid 60 days", size=11, bold=True)
    xs = (50, 120, 370, 400, 470, 540)
    p.row(["Part No.", "Description", "UoM", "Qty", "Unit Price", "Total"], xs, bold=True, right=(3, 4, 5))
    for m, desc, uom, pr in KC:
        q = 500 if uom == "m" else 50
        p.row([m, desc[:44], uom, str(q), f"£{pr}", f"£{en(float(pr) * q)}"], xs, size=8, right=(3, 4, 5))
    p.gap(6)
    p.text("All prices in GBP, ex-works, excluding VAT at 20%.", size=8)
    pdf = p.build("KQ-7731")
    text = ("Dear Nina,\n\nPlease find attached our quotation KQ-7731 in Excel and PDF as requested.\n\n"
            "Kind regards,\nSarah Whitfield\nExport Sales Coordinator\nKelvin Controls Ltd\n"
            "T: +44 (0)20 7737 4410 | D: +44 (0)20 7737 4417 | www.kelvincontrols.co.uk\n\n" + DISCLAIMER + "\n")
    unit = {"each": "pcs", "m": "m"}
    items = [item(m, desc, m, pr, "GBP", unit[u], quantity="500" if u == "m" else "50") for m, desc, u, pr in KC]
    return mail("b12-kc-both", "2026-03-11T11:25:00+00:00", "kelvin", "xlsx-and-pdf-same-prices-gbp-disclaimer",
                "xlsx", "quote", KELVIN, NINA, "Quotation KQ-7731 - temperature sensors", items, text=text,
                attachments=[(book, XLSX, "KQ-7731.xlsx"), (pdf, "application/pdf", "KQ-7731.pdf")],
                notes="The same six prices in an XLSX (`Unit Price £`, cells formatted `£#,##0.00`) and a PDF "
                      "(`£12.40`): one item each, not two. UoM each / m; a legal disclaimer with company and VAT "
                      "numbers under the signature.")


def kelvin_numbered_list():
    body = (d.mso_p("Dear Nina,") + d.mso_p() +
            d.mso_p("Further to your call, please see our prices for the additional items (ex-works, excl. VAT):") +
            d.word_list(["KC-TC-J150 Thermocouple type J, 150 mm &#8211; £11.95 each",
                         "KC-PT-100L PT100 RTD sensor, 6 mm x 250 mm &#8211; £27.40 each",
                         "KC-SSR-40 Solid state relay 40 A &#8211; £9.80 each"], numbered=True) +
            d.mso_p() + d.mso_p("Lead time 2&#8211;3 weeks. These prices are valid until 30 June 2026.") + d.mso_p() +
            d.mso_p("Kind regards,") + d.mso_p("Sarah Whitfield | Kelvin Controls Ltd | T: +44 (0)20 7737 4410") +
            d.mso_p(DISCLAIMER, style="font-size:7.5pt;color:gray"))
    items = [item("KC-TC-J150", "Thermocouple type J, 150 mm", "KC-TC-J150", "11.95", "GBP", "pcs"),
             item("KC-PT-100L", "PT100 RTD sensor, 6 mm x 250 mm", "KC-PT-100L", "27.40", "GBP", "pcs"),
             item("KC-SSR-40", "Solid state relay 40 A", "KC-SSR-40", "9.80", "GBP", "pcs")]
    return mail("b12-kc-list", "2026-03-18T15:10:00+00:00", "kelvin", "html-outlook-word-numbered-list-en-dash",
                "prose", "quote", KELVIN, NINA, "Additional items - KQ-7731", items, html=d.outlook(body, lang="EN-GB"),
                notes="Word numbered list paragraphs (`1.` inside `<![if !supportLists]>`) with `&#8211; £11.95 "
                      "each`; `40 A`, `6 mm x 250 mm`, `2–3 weeks`, 30 June 2026 are no prices.")


def kelvin_announcement():
    text = ("Dear Valued Customer,\n\nDue to continued increases in nickel and copper costs, Kelvin Controls will "
            "revise its price list with effect from 1 May 2026. The new list (edition 2026/2) will be sent in April; "
            "orders received before 30 April 2026 will be invoiced at current prices.\n\nFor questions call "
            "+44 (0)20 7737 4410 or write to sales@kelvincontrols.co.uk.\n\nKelvin Controls Ltd\n\n" + DISCLAIMER + "\n")
    return mail("b12-kc-ann", "2026-03-30T08:00:00+01:00", "kelvin", "text-increase-announced-without-prices",
                "prose", "other", KELVIN, NINA, "Price list revision from 1 May 2026", [], text=text,
                kind_alt=["price-notice"],
                notes="An increase announced without any price or percentage: no items, the list stays.")


# ------------------------------------------------------------------ Siam Polymer (rubber, USD)

def siam_inline_answers():
    text = """Dear Nina,

Please see our prices inline below (in CAPITALS).

Best regards,
Somchai Prasert
Siam Polymer Co., Ltd. | 88/12 Moo 4, Bangpoo Industrial Estate, Samut Prakan 10280, Thailand
Tel +66 2 709 3318 | Mobile +66 81 442 7190

-----Original Message-----
From: Nina Kowalski <nina.kowalski@harbourview-trading.com.au>
Sent: Monday, March 23, 2026 10:12 AM
To: Somchai Prasert <somchai@siampolymer.co.th>
Subject: RFQ rubber parts

Hi Somchai,

Could you quote the following, 5,000 pcs each, FOB Laem Chabang:

1. SP-GK-050 EPDM flange gasket DN50 PN16 - USD 0.38/PC
2. SP-GK-080 EPDM flange gasket DN80 PN16 - USD 0.56/PC
3. SP-OR-3220 NBR O-ring 32 x 2.0 mm (last time you quoted 0.045) - USD 0.042/PC
4. SP-BM-4050 rubber bumper 40 x 50 mm M8 - USD 0.71/PC

Our target for the gaskets is about USD 0.35.

Thanks,
Nina
"""
    items = [item("SP-GK-050", "EPDM flange gasket DN50 PN16", "SP-GK-050", "0.38", "USD", "pcs"),
             item("SP-GK-080", "EPDM flange gasket DN80 PN16", "SP-GK-080", "0.56", "USD", "pcs"),
             item("SP-OR-3220", "NBR O-ring 32 x 2.0 mm", "SP-OR-3220", "0.042", "USD", "pcs"),
             item("SP-BM-4050", "rubber bumper 40 x 50 mm M8", "SP-BM-4050", "0.71", "USD", "pcs")]
    return mail("b12-sp-inline", "2026-03-24T09:30:00+07:00", "siam", "text-prices-inline-in-quoted-inquiry",
                "prose", "quote", SIAM, NINA, "RE: RFQ rubber parts", items, text=text,
                notes="The supplier answers inside our quoted inquiry (`-----Original Message-----`): each line "
                      "gets ` - USD 0.38/PC`. The prices are in the quote but are the supplier's; 0.045 (last "
                      "time) and the target 0.35 are not items.")


def siam_pdf_and_brochure():
    p = b3_docs.Page()
    p.text("SIAM POLYMER CO., LTD.", size=13, bold=True)
    p.text("88/12 Moo 4, Bangpoo Industrial Estate, Samut Prakan 10280  Tel +66 2 709 3318  Tax ID 0115551008732", size=8)
    p.gap(8)
    p.text("QUOTATION No. SPQ-2604-019   Date 07/04/2026   FOB Laem Chabang, USD", size=11, bold=True)
    xs = (50, 130, 360, 430, 520)
    p.row(["Code", "Description", "Hardness", "MOQ", "USD/PC"], xs, bold=True, right=(3, 4))
    rows = [("SP-GK-050", "EPDM flange gasket DN50 PN16", "70 Shore A", "5,000", "0.36"),
            ("SP-GK-100", "EPDM flange gasket DN100 PN16", "70 Shore A", "3,000", "0.74"),
            ("SP-MT-3030", "Anti-vibration mount 30x30 M6", "60 Shore A", "2,000", "0.95")]
    for r in rows:
        p.row(list(r), xs, right=(3, 4))
    p.gap(8)
    p.text("Revised price for SP-GK-050 applies to orders of 10,000 pcs and above.", size=8)
    quote = p.build("SPQ-2604-019")
    b = b3_docs.Page()
    b.text("Siam Polymer - Company Profile 2026", size=14, bold=True)
    for line in ("Founded 1998 | 240 employees | 12,500 m2 factory", "ISO 9001:2015 / IATF 16949 certified",
                 "Capacity 1,800 tons of compound per year; 96 presses 100-500 t", "Exports to 31 countries"):
        b.text(line, size=10)
    brochure = b.build("Company Profile")
    text = ("Dear Nina,\n\nAttached our formal quotation SPQ-2604-019 and company profile.\n\nBest regards,\n"
            "Somchai Prasert\nSiam Polymer Co., Ltd. | Tel +66 2 709 3318\n")
    items = [item("SP-GK-050", "EPDM flange gasket DN50 PN16", "SP-GK-050", "0.36", "USD", "pcs"),
             item("SP-GK-100", "EPDM flange gasket DN100 PN16", "SP-GK-100", "0.74", "USD", "pcs"),
             item("SP-MT-3030", "Anti-vibration mount 30x30 M6", "SP-MT-3030", "0.95", "USD", "pcs")]
    return mail("b12-sp-pdf", "2026-04-07T14:00:00+07:00", "siam", "pdf-quote-usd-per-pc-header-plus-profile-pdf",
                "pdf", "quote", SIAM, NINA, "Quotation SPQ-2604-019", items, text=text,
                attachments=[(quote, "application/pdf", "SPQ-2604-019.pdf"),
                             (brochure, "application/pdf", "Siam Polymer profile 2026.pdf")],
                notes="A PDF with `USD/PC` as the price header, a Hardness column (70 Shore A) and MOQ; a second "
                      "PDF company profile full of numbers (no items).")


# ------------------------------------------------------------------ Marmara Valf (Istanbul, EUR)

MV = [("MV-BF-080", "Butterfly valve wafer type, GG25/EPDM", "DN80 PN16", "18,40"),
      ("MV-BF-100", "Butterfly valve wafer type, GG25/EPDM", "DN100 PN16", "22,75"),
      ("MV-BF-150", "Butterfly valve wafer type, GG25/EPDM", "DN150 PN16", "36,90"),
      ("MV-YS-050", "Y-strainer flanged, GG25", "DN50 PN16", "29,60")]


def marmara_body_and_xlsx():
    rows = [["Kod", "Açıklama / Description", "Ölçü / Size", "Birim Fiyat EUR"]]
    rows += [[m, desc, size, p] for m, desc, size, p in MV]
    body = (d.mso_p("Dear Mrs. Kowalski,") + d.mso_p() + d.mso_p("Our prices, EXW Istanbul (Tuzla), per piece:") +
            d.word_table(rows, right=(3,)) + d.mso_p() + d.mso_p("The same offer is attached as Excel for your system.") +
            d.mso_p() + d.mso_p("Saygılarımızla / Best regards,") + d.mso_p("Emre Yılmaz | Export Manager") +
            d.mso_p("MARMARA VALF SAN. VE TİC. A.Ş. | Tuzla OSB 4. Cad. No:12, 34957 İstanbul") +
            d.mso_p("Tel +90 216 593 41 20 | Mobil +90 532 604 18 77 | Vergi No 6120 447 318"))
    x = [["Kod", "Açıklama", "Ölçü", "Birim", "Birim Fiyat (EUR)"]]
    x += [[m, desc, size, "Adet", b11_docs.num(p.replace(",", "."), "#,##0.00 \"€\"")] for m, desc, size, p in MV]
    book = b11_docs.workbook([{"name": "Teklif", "rows": x, "widths": (12, 40, 12, 8, 16)}])
    items = [item(m, desc, f"{m} {size}", p.replace(",", "."), "EUR", "pcs") for m, desc, size, p in MV]
    return mail("b12-mv-both", "2026-03-17T12:30:00+03:00", "marmara", "html-word-table-tr-and-same-xlsx-eur-suffix",
                "html-table", "quote", MARMARA, NINA, "Teklif / Offer MV-2026-118 butterfly valves", items,
                html=d.outlook(body, lang="TR"), attachments=[(book, XLSX, "MV-2026-118.xlsx")],
                notes="The same four prices in the body's Word table (Turkish/English header `Birim Fiyat EUR`, "
                      "`18,40`) and in an XLSX (`Adet`, format `#,##0.00 \"€\"`): one item each. `per piece` "
                      "above the table.")


def marmara_nbsp_paragraphs():
    lines = ["MV-GV-050&nbsp;&nbsp;&nbsp; Gate valve F4 DN50 PN16&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
             "EUR&nbsp; 41,20 / pc",
             "MV-GV-080&nbsp;&nbsp;&nbsp; Gate valve F4 DN80 PN16&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
             "EUR&nbsp; 58,50 / pc",
             "MV-CV-065&nbsp;&nbsp;&nbsp; Swing check valve DN65 PN16&nbsp;&nbsp;&nbsp;&nbsp; EUR&nbsp; 47,30 / pc"]
    body = (d.mso_p("Dear Mrs. Kowalski,") + d.mso_p() + d.mso_p("As discussed at the fair, gate and check valves:") +
            d.mso_p() + "".join(d.mso_p(x, style="font-family:&quot;Courier New&quot;;font-size:10.0pt") for x in lines) +
            d.mso_p() + d.mso_p("EXW Tuzla, payment 30 days after B/L. Validity 31.05.2026.") + d.mso_p() +
            d.mso_p("Emre Yılmaz | MARMARA VALF A.Ş. | +90 216 593 41 20"))
    items = [item("MV-GV-050", "Gate valve F4 DN50 PN16", "MV-GV-050", "41.20", "EUR", "pcs"),
             item("MV-GV-080", "Gate valve F4 DN80 PN16", "MV-GV-080", "58.50", "EUR", "pcs"),
             item("MV-CV-065", "Swing check valve DN65 PN16", "MV-CV-065", "47.30", "EUR", "pcs")]
    return mail("b12-mv-nbsp", "2026-04-01T10:15:00+03:00", "marmara", "html-outlook-courier-nbsp-aligned-lines",
                "text-table", "quote", MARMARA, NINA, "Gate / check valves offer MV-2026-131", items,
                html=d.outlook(body, lang="TR"),
                notes="Columns aligned with `&nbsp;` runs in Courier New MsoNormal paragraphs, `EUR&nbsp; 41,20 / pc`.")


# ------------------------------------------------------------------ Swan Valley Builders (Perth, buyer, AUD)

SW = [("JH-BV-015", "Brass ball valve 15mm (1/2\") PN25", "500", "6.90"),
      ("JH-BV-025", "Brass ball valve 25mm (1\") PN25", "300", "12.40"),
      ("DY-HG-100", "SS304 butt hinge 100x75, pair", "1,000", "4.95"),
      ("DY-LH-201", "Lever handle set SS304", "200", "17.50"),
      ("BF-GI-1", "Galv. pipe 25NB medium, 6.5m length", "400", "38.80")]


def swan_inquiry():
    text = """Hi Ben,

We're pricing the Midland townhouses job (stage 2, 48 units). Can you quote:

- 15mm brass ball valves x 500
- 25mm brass ball valves x 300
- 100mm SS butt hinges x 1,000 pairs (budget ~$4.50/pr)
- lever handle sets SS x 200
- 25NB galv pipe medium x 400 lengths

Delivery to site, 14 Clayton St, Midland WA 6056, by 15 April. Budget for the lot is around AUD 25k.

Cheers,
Jason Pike | Procurement
Swan Valley Builders Pty Ltd | ABN 23 118 764 509
M 0417 662 318 | P (08) 9250 4471
"""
    return mail("b12-sw-rfq", "2026-03-05T08:40:00+08:00", "swan", "text-buyer-inquiry-budget-no-items", "prose",
                "inquiry", SWAN, BEN, "Midland townhouses - pricing request", [], text=text,
                notes="A buyer's inquiry with quantities, a budget `~$4.50/pr` and `AUD 25k`: no items.")


def our_excel_tabs():
    lines = ["Item\tDescription\tQty\tUnit\tPrice AUD ex GST\tTotal"]
    unit = {"DY-HG-100": "pr"}
    for m, desc, q, p in SW:
        u = unit.get(m, "ea" if m != "BF-GI-1" else "length")
        lines.append(f"{m}\t{desc}\t{q}\t{u}\t{p}\t{en(float(p) * int(q.replace(',', '')))}")
    total = sum(float(p) * int(q.replace(',', '')) for _, _, q, p in SW)
    lines.append(f"\t\t\t\tSubtotal\t{en(total)}")
    lines.append(f"\t\t\t\tGST 10%\t{en(total * 0.1)}")
    text = ("Hi Jason,\n\nThanks for the enquiry. Pricing for Midland stage 2 below, delivered to site:\n\n" +
            "\n".join(lines) + "\n\nStock lands 10 April (MV Kota Hakim). 30 days from EOM for your account.\n\n" +
            BEN_SIGNATURE + "\n")
    units = {"DY-HG-100": "pair", "BF-GI-1": ""}
    items = [item(f"sw-{m}", desc, m, p, "AUD", units.get(m, "pcs"), quantity=q.replace(",", ""))
             for m, desc, q, p in SW]
    return mail("b12-sw-quote", "2026-03-08T14:15:00+08:00", "swan", "text-excel-paste-tabs-aud-ex-gst",
                "text-table", "quote", BEN, SWAN, "RE: Midland townhouses - pricing request", items, direction="outbound",
                text=text, notes="Our quote in a plain-text Outlook body: an Excel range pasted as tab-separated "
                "lines, `Price AUD ex GST`, units ea / pr / length (a 6.5 m length is no unit the scorer knows: "
                "none), Subtotal and GST 10% rows.")


def our_docx_contract():
    sched = [["No.", "Item", "Description", "Quantity", "Unit", "Unit Rate (AUD, ex GST)", "Amount (AUD)"]]
    rates = {"JH-BV-015": "6.70", "JH-BV-025": "12.10", "DY-HG-100": "4.80", "DY-LH-201": "17.50"}
    total = 0
    for k, (m, desc, q, _) in enumerate(SW[:4], 1):
        qty = int(q.replace(",", ""))
        total += float(rates[m]) * qty
        sched.append([str(k), m, desc, f"{qty:,}", "pair" if m == "DY-HG-100" else "each", rates[m],
                      en(float(rates[m]) * qty)])
    sched.append(["", "", "Contract Sum (ex GST)", "", "", "", en(total)])
    doc = b3_docs.docx([
        "SUPPLY AGREEMENT No. HV-SA-2026-007",
        "between Harbourview Industrial Trading Pty Ltd (ABN 61 604 218 337), Unit 4, 22 Cockburn Road, Fremantle "
        "WA 6160 (the Supplier) and Swan Valley Builders Pty Ltd (ABN 23 118 764 509) (the Purchaser).",
        "1. Supply. The Supplier shall supply the goods listed in Schedule 1 for the Midland Townhouses project, "
        "Stage 2 (48 units), delivered to 14 Clayton St, Midland WA 6056.",
        "2. Price. The rates in Schedule 1 are fixed until 30 September 2026 and exclude GST. Retention 5% for 90 days.",
        "3. Payment. 30 days from end of month of invoice. Late payment interest 10% p.a.",
        "4. Liquidated damages AUD 150.00 per day of delay, capped at 10% of the Contract Sum.",
        "Schedule 1 - Price Schedule", sched,
        "Signed for the Supplier: ____________  Date: 27/03/2026     Signed for the Purchaser: ____________"])
    text = ("Hi Jason,\n\nAttached the supply agreement for stage 2 with the rates we agreed on Tuesday (the galv pipe "
            "stays on a separate order). Please sign and return.\n\n" + BEN_SIGNATURE + "\n")
    items = [item(f"sw-{m}", desc, m, rates[m], "AUD", "pair" if m == "DY-HG-100" else "pcs", "agreed",
                  q.replace(",", "")) for m, desc, q, _ in SW[:4]]
    return mail("b12-sw-contract", "2026-03-27T16:45:00+08:00", "swan", "docx-supply-agreement-price-schedule",
                "docx", "contract", BEN, SWAN, "Supply agreement HV-SA-2026-007 - Midland stage 2", items,
                direction="outbound", text=text, attachments=[(doc, DOCX, "HV-SA-2026-007.docx")],
                notes="A DOCX supply agreement: clauses with money and percentages (LDs AUD 150.00 per day, "
                      "retention 5%, 10% p.a.) and a Schedule 1 table `Unit Rate (AUD, ex GST)`: agreed items.")


def swan_remittance():
    text = """REMITTANCE ADVICE

Payer: Swan Valley Builders Pty Ltd  ABN 23 118 764 509
Payee: Harbourview Industrial Trading Pty Ltd
BSB 036-102  Account 48 7731 92  Reference HV-INV-26-0412

Invoice          Date        Amount
HV-INV-26-0412   10/04/2026  20,449.00
HV-INV-26-0419   17/04/2026   1,518.00
Less credit CN-0031           -120.00
Total paid (AUD)            21,847.00

Paid 30/04/2026 by EFT. Queries: accounts@swanvalleybuilders.com.au, (08) 9250 4470.
"""
    return mail("b12-sw-remit", "2026-04-30T12:00:00+08:00", "swan", "text-remittance-advice-no-items", "prose",
                "other", SWAN, BEN, "Remittance advice - Swan Valley Builders", [], text=text,
                notes="A remittance advice with invoice amounts, BSB and account numbers: no items.")


def swan_po_pdf():
    p = b3_docs.Page()
    p.text("Swan Valley Builders Pty Ltd", size=13, bold=True)
    p.text("ABN 23 118 764 509  |  3 Farrall Rd, Midvale WA 6056  |  (08) 9250 4471", size=8)
    p.gap(8)
    p.text("PURCHASE ORDER  PO-11872", x=230, size=14, bold=True)
    p.text("Supplier: Harbourview Industrial Trading Pty Ltd      Date: 1/04/2026      Job: 2231 Midland Stage 2", size=8)
    p.text("Deliver to: 14 Clayton St, Midland WA 6056 by 15/04/2026. Ref. supply agreement HV-SA-2026-007.", size=8)
    p.gap(6)
    xs = (50, 120, 330, 380, 450, 530)
    p.row(["Item", "Description", "Qty", "Unit", "Price", "Total"], xs, bold=True, right=(2, 4, 5))
    lines = [("JH-BV-015", "Ball valve 15mm brass", 500, "ea", "6.70"), ("JH-BV-025", "Ball valve 25mm brass", 300, "ea",
                                                                          "12.10"),
             ("DY-HG-100", "Butt hinge SS 100x75", 1000, "pr", "4.80"), ("DY-LH-201", "Lever set SS304", 200, "ea", "17.50")]
    total = 0
    for m, desc, q, u, pr in lines:
        total += float(pr) * q
        p.row([m, desc, f"{q:,}", u, f"${pr}", f"${en(float(pr) * q)}"], xs, right=(2, 4, 5))
    p.row(["", "Subtotal", "", "", "", f"${en(total)}"], xs, right=(5,))
    p.row(["", "GST", "", "", "", f"${en(total * 0.1)}"], xs, right=(5,))
    p.row(["", "Total inc. GST", "", "", "", f"${en(total * 1.1)}"], xs, bold=True, right=(5,))
    p.gap(6)
    p.text("All amounts in Australian dollars. Quote PO number on all invoices and delivery dockets.", size=8)
    pdf = p.build("PO-11872")
    text = "Hi Ben,\n\nPO attached as per the agreement.\n\nJason Pike | Procurement | M 0417 662 318\n"
    units = {"ea": "pcs", "pr": "pair"}
    items = [item(f"sw-{m}", desc, m, pr, "AUD", units[u], "ordered", str(q)) for m, desc, q, u, pr in lines]
    return mail("b12-sw-po", "2026-04-01T09:20:00+08:00", "swan", "pdf-buyer-po-dollar-sign-aud-footer", "pdf",
                "order", SWAN, BEN, "PO-11872 Midland stage 2", items, text=text,
                attachments=[(pdf, "application/pdf", "PO-11872.pdf")],
                notes="The buyer's PO from its accounting system: `$6.70` cells whose currency is only in the "
                      "footer `All amounts in Australian dollars`, units ea / pr, Subtotal / GST / Total rows.")


SCENARIOS = [pacific_gmail_table, pacific_gmail_quote_reply, pacific_pdf_and_terms, pacific_fair_invitation,
             kelvin_xlsx_and_pdf, kelvin_numbered_list, kelvin_announcement, siam_inline_answers, siam_pdf_and_brochure,
             marmara_body_and_xlsx, marmara_nbsp_paragraphs, swan_inquiry, our_excel_tabs, our_docx_contract,
             swan_remittance, swan_po_pdf]

"""Israel (₪ in a right-to-left Hebrew table; a catalogue reply with ranges and "from" prices),
Egypt (ج.م in the cells of a bilingual Arabic/English table), Saudi Arabia (Arabic-Indic digits
with ٬ and ٫; a catalogue of list prices with one trade discount for us), Kenya (KSh prices that
include VAT; a price review notice), Nigeria (our pro-forma invoice in naira), South Africa
(R 1 250,00 in aligned text) and Bangladesh (৳ with lakh grouping, no part numbers)."""

from b7_common import THANDI, aligned, b3_docs, html_doc, item, item_table, mail

GALIL = ("Yael Cohen", "yael@galil-precision.co.il")
DELTA = ("Ahmed Hassan", "a.hassan@deltanile-eng.com.eg")
RAWABI = ("Faisal Al-Otaibi", "f.otaibi@alrawabi-ind.com.sa")
RIFT = ("Grace Wanjiru", "grace.wanjiru@riftvalleypack.co.ke")
EKO = ("Chinedu Okafor", "c.okafor@ekopumps.com.ng")
HIGHVELD = ("Johan Botha", "johan@highveldsteel.co.za")
PADMA = ("Rafiqul Islam", "rafiq@padmajute.com.bd")


def galil_hebrew():
    rows_data = [("GP-EN-500", "Rotary encoder 500 PPR, shaft 10 mm", "10", "₪1,250.00", "₪12,500.00"),
                 ("GP-PS-18", "Proximity sensor M18 PNP NO", "50", "₪ 186.00", "₪ 9,300.00"),
                 ("GP-CB-5", "Sensor cable M12 4-pin, 5 m", "60", "₪ 42.90", "₪ 2,574.00")]
    grid = item_table(("מק\"ט", "תיאור", "כמות", "מחיר ליחידה", "סה\"כ"), rows_data,
                      (("סה\"כ לפני מע\"מ", "₪24,374.00"), ("מע\"מ 18%", "₪4,387.32"), ("סה\"כ לתשלום", "₪28,761.32")))
    body = ("<div dir=\"rtl\" style=\"font-family:Arial\"><p>שלום תנדי,</p><p>מצורפת הצעת המחיר שלנו מס' "
            "2026-0093:</p>" + grid + "<p>המחירים אינם כוללים מע\"מ. אספקה: EXW כרמיאל, 3 שבועות. "
            "תנאי תשלום: שוטף + 30.</p><p>בברכה,<br>יעל כהן<br>Galil Precision Ltd | רח' המלאכה 9, כרמיאל<br>"
            "טל. 04-988-1240 | נייד 052-611-4083</p></div>")
    items = [item("gp-en500", "Rotary encoder 500 PPR, shaft 10 mm", "GP-EN-500", "1250.00", "ILS", "pcs",
                  quantity="10"),
             item("gp-ps18", "Proximity sensor M18 PNP NO", "GP-PS-18", "186.00", "ILS", "pcs", quantity="50"),
             item("gp-cb5", "Sensor cable M12 4-pin, 5 m", "GP-CB-5", "42.90", "ILS", "pcs", quantity="60")]
    return mail("b7-gp-hebrew", "2026-01-27T10:05:00+02:00", "galil", "html-he-rtl-shekel-sign", "html-table",
                "quote", GALIL, THANDI, "הצעת מחיר 2026-0093 / Quotation", items, html=html_doc(body),
                notes="Right-to-left Hebrew table (מק\"ט / תיאור / כמות / מחיר ליחידה / סה\"כ) with English "
                      "product names, `₪1,250.00`; price per unit (ליחידה) = pcs; totals and מע\"מ rows.")


def galil_ranges():
    text = """Hi Thandi,

Thanks for your interest in the encoder range. Our 2026 prices for South Africa:

- GP-EN-500 Rotary encoder 500 PPR: NIS 1,190.00 per unit (10+ units)
- GP-EN-1024 Rotary encoder 1024 PPR: from NIS 1,400.00, depending on shaft and connector
- GP-PS-18 Proximity sensor M18 PNP NO: NIS 179.00 per unit
- GP-LS series laser distance sensors: NIS 2,300 - 3,900 depending on range
- Mounting brackets for all encoders: from NIS 35.00

Prices exclude VAT, EXW Karmiel. For the 1024 PPR and the laser sensors please send the exact
configuration and I will quote a firm price.

Best regards,
Yael Cohen
Galil Precision Ltd | +972 4 988 1240"""
    items = [item("gp-en500", "Rotary encoder 500 PPR", "GP-EN-500", "1190.00", "ILS", "pcs"),
             item("gp-ps18", "Proximity sensor M18 PNP NO", "GP-PS-18", "179.00", "ILS", "pcs")]
    return mail("b7-gp-ranges", "2026-06-09T16:40:00+03:00", "galil", "text-en-from-prices-and-ranges", "prose",
                "quote", GALIL, THANDI, "Re: Encoders 2026 prices", items, text=text,
                notes="Bullet lines in NIS: two firm prices are items; `from NIS 1,400.00`, `from NIS 35.00` and "
                      "the range `NIS 2,300 - 3,900` are no prices of a product (no items).")


def delta_bilingual():
    rows_data = [("Centrifugal pump impeller 150 mm", "DN-IMP150", "6", "قطعة", "4,850.00 ج.م", "29,100.00 ج.م"),
                 ("Gland packing PTFE 10 mm", "DN-GP10", "20", "متر", "315.50 ج.م", "6,310.00 ج.م"),
                 ("Bearing housing cast iron 60 mm", "DN-BH60", "4", "قطعة", "12,750.00 ج.م", "51,000.00 ج.م"),
                 ("Mechanical seal 45 mm", "DN-MS45", "10", "قطعة", "3,260.00 ج.م", "32,600.00 ج.م")]
    head = ("الصنف<br>Item", "الكود<br>Code", "الكمية<br>Qty", "الوحدة<br>Unit", "سعر الوحدة<br>Unit Price",
            "الإجمالي<br>Total")
    grid = item_table(head, rows_data, (("الإجمالي قبل الضريبة / Subtotal", "119,010.00 ج.م"),
                                        ("ضريبة القيمة المضافة 14% / VAT 14%", "16,661.40 ج.م"),
                                        ("الإجمالي / Grand total", "135,671.40 ج.م")))
    body = ("<p>Dear Ms. Mokoena,</p><p>Please find below our offer no. DNE-Q-26-044 for the pump spares "
            "(عرض سعر):</p>" + grid + "<p>Delivery: FOB Alexandria, 4 weeks. Payment: 50% advance. "
            "Validity: 15 days.</p><p>Best regards,<br>Eng. Ahmed Hassan<br>Delta Nile Engineering | 10th of "
            "Ramadan City, Industrial Zone A3<br>Tel. +20 15 436 2201 | Mob. +20 100 482 7719 | Tax reg. "
            "318-552-104</p>")
    items = [item("dn-imp150", "Centrifugal pump impeller 150 mm", "DN-IMP150", "4850.00", "EGP", "pcs",
                  quantity="6"),
             item("dn-gp10", "Gland packing PTFE 10 mm", "DN-GP10", "315.50", "EGP", "m", quantity="20"),
             item("dn-bh60", "Bearing housing cast iron 60 mm", "DN-BH60", "12750.00", "EGP", "pcs", quantity="4"),
             item("dn-ms45", "Mechanical seal 45 mm", "DN-MS45", "3260.00", "EGP", "pcs", quantity="10")]
    return mail("b7-dn-offer", "2026-02-24T13:15:00+02:00", "deltanile", "html-ar-en-two-line-headers-egp-sign",
                "html-table", "quote", DELTA, THANDI, "Offer DNE-Q-26-044 pump spares", items, html=html_doc(body),
                notes="Bilingual Arabic/English headers on two lines in one cell; the currency only as `ج.م` "
                      "after each number; units قطعة (piece) and متر (metre); Subtotal/VAT 14 % rows.")


RAW_ROWS = [("١", "صمام بوابة ٤ بوصة PN16", "RW-GV4", "٢٠", "حبة", "١٬٢٥٠٫٠٠", "٢٥٬٠٠٠٫٠٠"),
            ("٢", "صمام عدم رجوع ٣ بوصة", "RW-CV3", "٣٠", "حبة", "٨٤٧٫٥٠", "٢٥٬٤٢٥٫٠٠"),
            ("٣", "حشوة فلنجة ٤ بوصة", "RW-FG4", "٢٠٠", "حبة", "٢٢٫٧٥", "٤٬٥٥٠٫٠٠")]


def rawabi_arabic_digits():
    lines = ["م | الصنف | رقم الصنف | الكمية | الوحدة | سعر الوحدة (ر.س) | الإجمالي (ر.س)"]
    lines += [" | ".join(r) for r in RAW_ROWS]
    text = ("السادة / كارو للتوريدات الصناعية المحترمين\n\nالسلام عليكم ورحمة الله وبركاته،\n\n"
            "نفيدكم بعرض السعر رقم ٢٠٢٦/١٤٧ كما يلي:\n\n" + "\n".join(lines) + "\n\n"
            "الإجمالي قبل الضريبة: ٥٤٬٩٧٥٫٠٠ ر.س\nضريبة القيمة المضافة ١٥٪: ٨٬٢٤٦٫٢٥ ر.س\n"
            "الإجمالي شامل الضريبة: ٦٣٬٢٢١٫٢٥ ر.س\n\nالتسليم: تسليم ظهر السفينة ميناء الدمام، خلال ٣ أسابيع.\n"
            "صلاحية العرض: ١٤ يوماً.\n\nمع خالص التحية،\nفيصل العتيبي\nشركة الروابي للتوريدات الصناعية\n"
            "الدمام – المنطقة الصناعية الثانية | هاتف ٠١٣ ٨١٢ ٤٤٠٥ | جوال ٠٥٥ ٣١٨ ٢٢٠٧\nس.ت ٢٠٥٠٠٨٨٤١٧")
    items = [item("rw-gv4", "صمام بوابة ٤ بوصة PN16", "RW-GV4", "1250.00", "SAR", "pcs", quantity="20"),
             item("rw-cv3", "صمام عدم رجوع ٣ بوصة", "RW-CV3", "847.50", "SAR", "pcs", quantity="30"),
             item("rw-fg4", "حشوة فلنجة ٤ بوصة", "RW-FG4", "22.75", "SAR", "pcs", quantity="200")]
    return mail("b7-rw-arabic", "2026-03-16T09:30:00+03:00", "rawabi", "text-ar-arabic-indic-digits-pipes",
                "text-table", "quote", RAWABI, THANDI, "عرض سعر رقم 2026/147", items, text=text,
                notes="Arabic text table with `|` separators and Arabic-Indic digits (`١٬٢٥٠٫٠٠`: ٬ groups, "
                      "٫ decimal point), ر.س in the header, unit حبة (piece); Arabic totals and VAT lines, "
                      "phones and the commercial register in Arabic-Indic digits.")


def rawabi_catalogue():
    page = b3_docs.Page()
    page.text("AL RAWABI INDUSTRIAL SUPPLIES CO.", size=13, bold=True, dy=15)
    page.text("Dammam 2nd Industrial City  |  Tel +966 13 812 4405  |  CR 2050088417  |  VAT 310448812500003",
              size=8, dy=24)
    page.text("VALVES PRICE LIST 2026  -  list prices in SAR, excl. VAT", size=12, bold=True, dy=20)
    xs = [50, 130, 400, 540]
    page.row(["Item code", "Description", "Unit", "List price"], xs, bold=True, right=(3,), dy=16)
    rows = [("RW-GV4", "Gate valve 4\" PN16, cast iron, rising stem", "pc", "1,550.00"),
            ("RW-CV3", "Swing check valve 3\" PN16", "pc", "1,050.00"),
            ("RW-BV2", "Ball valve 2\" 3-piece, SS316, full bore", "pc", "612.50"),
            ("RW-YS4", "Y-strainer 4\" PN16, SS screen", "pc", "1,187.50"),
            ("RW-BF6", "Butterfly valve 6\" wafer, lever", "pc", "1,480.00")]
    for r in rows:
        page.row(list(r), xs, right=(3,))
    page.gap(14)
    page.text("Your trade discount: 20 % off all list prices above", size=10, bold=True)
    page.text("(account KIS-0412, Karoo Industrial Sourcing (Pty) Ltd, valid until 31.12.2026)", size=9, dy=20)
    page.text("Delivery FOB Dammam. Payment 30 days after B/L. Prices subject to change without notice.", size=8)
    text = """Dear Thandi,

Please find attached our 2026 valves price list. As agreed for your account, a trade discount of 20 %
applies to all list prices.

Best regards,
Faisal Al-Otaibi
Sales Manager, Al Rawabi Industrial Supplies Co.
Tel +966 13 812 4405 | Mob +966 55 318 2207"""
    net = {"RW-GV4": "1240.00", "RW-CV3": "840.00", "RW-BV2": "490.00", "RW-YS4": "950.00", "RW-BF6": "1184.00"}
    pids = {"RW-GV4": "rw-gv4", "RW-CV3": "rw-cv3", "RW-BV2": "rw-bv2", "RW-YS4": "rw-ys4", "RW-BF6": "rw-bf6"}
    items = [item(pids[code], name, code, net[code], "SAR", "pcs") for code, name, _, _ in rows]
    return mail("b7-rw-catalogue", "2026-07-21T11:00:00+03:00", "rawabi", "pdf-en-list-prices-one-trade-discount",
                "pdf", "quote", RAWABI, THANDI, "Al Rawabi price list 2026", items, text=text,
                attachments=[(page.build("Price list 2026"), "application/pdf", "AlRawabi_Valves_PriceList_2026.pdf")],
                notes="A catalogue of list prices with one trade discount for our account stated below the "
                      "table (`20 % off all list prices`): our price is the net (list × 0.80), as with a "
                      "discount column; the list price alone would be a wrong price.")


RIFT_SIG = ("<p class=\"MsoNormal\" style=\"font-size:9pt\">Grace Wanjiru | Key Accounts<br>Rift Valley Packaging "
            "Ltd | Off Mombasa Road, Nairobi | P.O. Box 44871-00100<br>Tel: +254 20 655 1820 | Cell: +254 722 "
            "418 330 | PIN P051488172K</p>")


def rift_vat_incl():
    rows_data = [("RV-SW-500", "Stretch wrap film 500 mm x 23 mic", "roll", "200", "1,450.00", "290,000.00"),
                 ("RV-PP-15", "PP strapping 15 mm x 1000 m", "roll", "100", "2,320.00", "232,000.00"),
                 ("RV-BX-40", "Corrugated box 400x300x300 5-ply", "pc", "2,000", "86.50", "173,000.00")]
    grid = item_table(("Item", "Description", "Unit", "Qty", "Price (KSh, VAT incl.)", "Amount (KSh)"), rows_data,
                      (("<b>Total (VAT inclusive)</b>", "<b>695,000.00</b>"),))
    body = ("<p class=\"MsoNormal\">Dear Thandi,</p><p class=\"MsoNormal\">Thank you for your enquiry. Kindly find "
            "our quotation RVP/Q/2026/118 below:</p>" + grid + "<p class=\"MsoNormal\">All prices are "
            "inclusive of 16% VAT. Delivery ex our Nairobi warehouse within 5 days. Payment: 30 days.</p>" +
            RIFT_SIG)
    items = [item("rv-sw500", "Stretch wrap film 500 mm x 23 mic", "RV-SW-500", "1450.00", "KES", "roll",
                  quantity="200"),
             item("rv-pp15", "PP strapping 15 mm x 1000 m", "RV-PP-15", "2320.00", "KES", "roll", quantity="100"),
             item("rv-bx40", "Corrugated box 400x300x300 5-ply", "RV-BX-40", "86.50", "KES", "pcs", quantity="2000")]
    return mail("b7-rv-quote", "2026-04-28T10:20:00+03:00", "riftvalley", "html-ke-ksh-vat-inclusive-only",
                "html-table", "quote", RIFT, THANDI, "Quotation RVP/Q/2026/118", items, html=html_doc(body),
                notes="Outlook HTML in Kenyan shillings with only a VAT-inclusive price column (that price is "
                      "the item, as the document gives no other); KRA PIN and P.O. Box in the signature.")


def rift_notice():
    rows_data = [("RV-SW-500", "Stretch wrap film 500 mm x 23 mic", "roll", "1,450.00", "1,595.00", "+10.0%"),
                 ("RV-PP-15", "PP strapping 15 mm x 1000 m", "roll", "2,320.00", "2,480.00", "+6.9%"),
                 ("RV-TP-48", "Packing tape 48 mm x 100 m, brown", "roll", "185.00", "198.00", "+7.0%")]
    grid = item_table(("Item", "Description", "Unit", "Old Price (KSh)", "New Price (KSh)", "Change"), rows_data)
    body = ("<p class=\"MsoNormal\"><b>PRICE REVIEW NOTICE</b></p><p class=\"MsoNormal\">Dear Valued Customer,</p>"
            "<p class=\"MsoNormal\">Due to the sustained increase in resin and freight costs, we wish to notify you "
            "that the prices below will be reviewed with effect from <b>1st September 2026</b>. Prices are VAT "
            "inclusive.</p>" + grid + "<p class=\"MsoNormal\">Orders received before 31st August will be "
            "invoiced at the old prices. We appreciate your continued support.</p>" + RIFT_SIG)
    items = [item("rv-sw500", "Stretch wrap film 500 mm x 23 mic", "RV-SW-500", "1595.00", "KES", "roll",
                  status="notice"),
             item("rv-pp15", "PP strapping 15 mm x 1000 m", "RV-PP-15", "2480.00", "KES", "roll", status="notice"),
             item("rv-tp48", "Packing tape 48 mm x 100 m, brown", "RV-TP-48", "198.00", "KES", "roll",
                  status="notice")]
    return mail("b7-rv-notice", "2026-08-11T09:00:00+03:00", "riftvalley", "html-ke-price-review-old-new",
                "html-table", "price-notice", RIFT, THANDI, "Price Review Notice - effective 1st September 2026",
                items, kind_alt=("quote",), html=html_doc(body),
                notes="Kenyan `PRICE REVIEW NOTICE` with Old Price / New Price (KSh) / Change columns: the new "
                      "column only, status notice.")


def eko_proforma():
    page = b3_docs.Page()
    page.text("KAROO INDUSTRIAL SOURCING (PTY) LTD", size=13, bold=True, dy=15)
    page.text("14 Electron Avenue, Isando, Kempton Park 1600, South Africa  |  VAT 4470251863", size=8, dy=24)
    page.text("PROFORMA INVOICE  KIS-PI-26-031", size=12, bold=True, dy=15)
    page.text("Date: 05.05.2026      Buyer: Eko Pumps & Valves Ltd, 22 Creek Road, Apapa, Lagos", size=9, dy=22)
    xs = [50, 110, 340, 420, 540]
    right = (2, 3, 4)
    page.row(["Code", "Description", "Qty (pcs)", "Unit price (NGN)", "Amount (NGN)"], xs, bold=True, right=right,
             dy=16)
    rows = [("KIS-SP4-15", "Submersible borehole pump 4\" 1.5 kW", "12", "1,285,000.00", "15,420,000.00"),
            ("KIS-PV100", "Pressure vessel 100 L, 10 bar", "12", "248,500.00", "2,982,000.00"),
            ("KIS-CP15", "Control panel single phase 1.5 kW", "12", "176,250.00", "2,115,000.00")]
    for r in rows:
        page.row(list(r), xs, right=right)
    page.gap()
    page.row(["", "TOTAL CIF Lagos (Apapa)", "", "", "20,517,000.00"], xs, bold=True, right=right)
    page.gap(12)
    page.text("Amount in words: Twenty Million Five Hundred and Seventeen Thousand Naira only.", size=8)
    page.text("Payment: 100% by confirmed L/C at sight. Form M No. MF20260018844 to be opened by buyer.", size=8)
    page.text("Bank: Standard Bank, Johannesburg, SWIFT SBZAZAJJ, account 002 418 553 9", size=8)
    body = ("<p>Dear Chinedu,</p><p>Further to your confirmation of our offer, please find attached our proforma "
            "invoice KIS-PI-26-031 for <b>₦20,517,000.00</b> (CIF Apapa) for your Form M application.</p>"
            "<p>Kind regards,<br>Thandi Mokoena<br>Karoo Industrial Sourcing (Pty) Ltd | +27 11 392 4470</p>")
    items = [item(f"eko-{code.lower()}", name, code, price.replace(",", ""), "NGN", "pcs", status="agreed",
                  quantity=qty) for code, name, qty, price, _ in rows]
    return mail("b7-eko-pi", "2026-05-05T12:10:00+02:00", "eko", "pdf-outbound-proforma-naira", "pdf", "quote",
                THANDI, EKO, "Proforma invoice KIS-PI-26-031", items, direction="outbound",
                kind_alt=("contract", "order"), html=html_doc(body),
                attachments=[(page.build("Proforma invoice"), "application/pdf", "KIS-PI-26-031.pdf")],
                notes="Our outbound pro-forma invoice in naira (₦ in the mail, NGN in the PDF header), Qty (pcs), "
                      "CIF total, amount in words, Form M and bank numbers: agreed prices.")


def highveld_text():
    widths = [(9, False), (32, False), (4, True), (5, False), (16, True), (14, True)]
    rows = [("Item", "Description", "Qty", "Unit", "Price excl. VAT", "Total"),
            ("HS-AN-50", "Angle iron 50x50x5 mm, 6 m", "40", "ea", "R 685,00", "R 27 400,00"),
            ("HS-FB-40", "Flat bar 40x6 mm, 6 m", "60", "ea", "R 312,50", "R 18 750,00"),
            ("HS-PL-6", "Plate 6 mm 2500x1250 mm", "10", "sheet", "R 4 180,00", "R 41 800,00"),
            ("HS-RB-16", "Round bar 16 mm EN8, 6 m", "25", "ea", "R 1 250,00", "R 31 250,00")]
    table_text = aligned(rows, widths)
    text = f"""Morning Thandi,

As discussed, herewith our quote Q26-3381 for the steel for the Secunda job:

{table_text}

{'Sub-total'.rjust(70)}  {'R 119 200,00'.rjust(14)}
{'VAT 15%'.rjust(70)}  {'R 17 880,00'.rjust(14)}
{'Total incl. VAT'.rjust(70)}  {'R 137 080,00'.rjust(14)}

Delivery to Isando on our truck, free above R 25 000. Prices valid 7 days (steel prices move weekly).

Regards
Johan Botha
Highveld Steel Merchants | 7 Vulcania Road, Brakpan | 011 740 2285 | 083 611 4092"""
    items = [item("hs-an50", "Angle iron 50x50x5 mm, 6 m", "HS-AN-50", "685.00", "ZAR", "pcs", quantity="40"),
             item("hs-fb40", "Flat bar 40x6 mm, 6 m", "HS-FB-40", "312.50", "ZAR", "pcs", quantity="60"),
             item("hs-pl6", "Plate 6 mm 2500x1250 mm", "HS-PL-6", "4180.00", "ZAR", "sheet", quantity="10"),
             item("hs-rb16", "Round bar 16 mm EN8, 6 m", "HS-RB-16", "1250.00", "ZAR", "pcs", quantity="25")]
    return mail("b7-hs-text", "2026-06-23T08:12:00+02:00", "highveld", "text-za-rand-space-groups-comma",
                "text-table", "quote", HIGHVELD, THANDI, "Quote Q26-3381 - steel for Secunda", items, text=text,
                notes="South African rand written `R 1 250,00` (space groups, decimal comma) in aligned text; "
                      "`ea`/`sheet`; the `R 25 000` free-delivery threshold is no price.")


def padma_taka():
    rows_data = [("Jute hessian bag 50 kg", "29\" x 44\", 10 oz", "10,000", "pc", "৳ 86.00", "৳ 8,60,000.00"),
                 ("Jute sacking cloth 40\"", "40\" wide, 12 oz", "5,000", "m", "৳ 142.50", "৳ 7,12,500.00"),
                 ("Jute twine 3-ply", "3 ply, 1.5 mm", "2,000", "kg", "৳ 218.00", "৳ 4,36,000.00")]
    grid = item_table(("Description", "Size / Spec", "Qty", "Unit", "Rate (Tk)", "Amount (Tk)"), rows_data,
                      (("<b>Total</b>", "<b>৳ 20,08,500.00</b>"),))
    body = ("<p>Dear Sir/Madam,</p><p>Greetings from Padma Jute Mills. As per your enquiry we are pleased to offer "
            "the following jute goods:</p>" + grid + "<p>Terms: FOB Chattogram, shipment within 30 days of "
            "L/C. Rates are firm for 15 days.</p><p>Thanks &amp; regards,<br>Md. Rafiqul Islam<br>Export Manager, "
            "Padma Jute Mills Ltd.<br>Narayanganj, Bangladesh | +880 2 764 1182 | +880 1711 548 203<br>BIN "
            "000448812-0103</p>")
    items = [item("pj-bag50", "Jute hessian bag 50 kg", "", "86.00", "BDT", "pcs", quantity="10000"),
             item("pj-cloth40", "Jute sacking cloth 40\"", "", "142.50", "BDT", "m", quantity="5000"),
             item("pj-twine3", "Jute twine 3-ply", "", "218.00", "BDT", "kg", quantity="2000")]
    return mail("b7-pj-offer", "2026-09-08T14:30:00+06:00", "padma", "html-bd-taka-sign-lakh-no-codes",
                "html-table", "quote", PADMA, THANDI, "Offer for jute goods", items, html=html_doc(body),
                notes="Bangladeshi taka `৳ 86.00` in the cells and `Tk` in the header, lakh grouping in the "
                      "amounts (`৳ 8,60,000.00`), no part numbers (products by name; sizes in their own "
                      "column).")

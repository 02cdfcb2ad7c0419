"""India (lakh grouping, `/-`, wrapped descriptions, bullets, an RTF quotation, a statement of
account), Indonesia (Rupiah with dot groups and `,-`, quantity-break columns), Vietnam (dong, a
price per carton with a pcs/carton column, triệu in prose) and our buyer in Manila (peso)."""

from b6_common import OUR_SIGNATURE, PRIYA, WEIMING, html_doc, item, mail, table, td, th
import b6_docs

RATNAKAR = ("Sanjay Kulkarni", "sanjay.k@ratnakar-engg.in")
SINAR = ("Budi Santoso", "budi@sinarbaja.co.id")
SAIGON = ("Nguyễn Thị Lan", "lan.nguyen@saigonpack.vn")
PACIFIC = ("Maricel Reyes", "m.reyes@pacificrim-builders.ph")

RE_SIG = """Regards,
Sanjay Kulkarni
Manager - Marketing
Ratnakar Engineering Works Pvt. Ltd.
Plot No. D-114, MIDC Bhosari, Pune - 411 026
Ph: 020-2712 4455 / 2712 4456 | Mob: +91 98220 41736
GSTIN: 27AABCR4417M1ZV | ISO 9001:2015 Cert. No. QMS/2024/1187
"""


def _wrap_rows(rows, widths):
    """Text-table rows whose cells may hold two lines (a wrapped description)."""
    out = []
    for r in rows:
        cells = [c if isinstance(c, tuple) else (c,) for c in r]
        for k in range(max(len(c) for c in cells)):
            line = ""
            for c, (w, right) in zip(cells, widths):
                v = c[k] if k < len(c) else ""
                line += (v.rjust(w) if right else v.ljust(w)) + "  "
            out.append(line.rstrip())
    return "\n".join(out)


def ratnakar_quote():
    widths = [(3, False), (30, False), (8, False), (4, True), (4, False), (12, True), (13, True)]
    rows = [("Sr.", "Description", "Code", "Qty", "Unit", "Rate (Rs.)", "Amount (Rs.)"),
            ("1", ("Centrifugal Pump Housing, Cast", "Iron FG260, fully machined"), "PH-80", "4", "No.",
             "1,25,000.00", "5,00,000.00"),
            ("2", ("Impeller, Bronze LTB2,", "dynamically balanced"), "IMP-80B", "4", "No.", "38,750.00",
             "1,55,000.00"),
            ("3", ("Mechanical Seal Assembly,", "Carbon / SiC faces"), "MS-32", "10", "No.", "6,480.00",
             "64,800.00"),
            ("4", ("Gland Packing Rope, PTFE", "graphited, 12 mm sq."), "GP-12", "25", "Kg", "1,150.00",
             "28,750.00")]
    table_text = _wrap_rows(rows, widths)
    text = f"""Dear Mr. Tan,

With reference to your enquiry no. SBP/ENQ/26/007 dated 05.01.2026, we are pleased to quote as under:

{table_text}
{'-' * 90}
{'Sub Total'.rjust(74)}  {'7,48,550.00'.rjust(13)}
{'GST @ 18%'.rjust(74)}  {'1,34,739.00'.rjust(13)}
{'Freight (to Nhava Sheva)'.rjust(74)}  {'4,500.00'.rjust(13)}
{'Grand Total'.rjust(74)}  {'8,87,789.00'.rjust(13)}

(Rupees Eight Lakh Eighty Seven Thousand Seven Hundred Eighty Nine Only)

Terms: Ex-works Pune, packing extra at actuals, delivery 6-8 weeks from PO, payment 30% advance,
balance against proforma invoice. Offer valid till 28.02.2026.

{RE_SIG}"""
    items = [item("re-ph80", "Centrifugal Pump Housing, Cast Iron FG260, fully machined", "PH-80", "125000.00",
                  "INR", "pcs", quantity="4"),
             item("re-imp", "Impeller, Bronze LTB2, dynamically balanced", "IMP-80B", "38750.00", "INR", "pcs",
                  quantity="4"),
             item("re-ms32", "Mechanical Seal Assembly, Carbon / SiC faces", "MS-32", "6480.00", "INR", "pcs",
                  quantity="10"),
             item("re-gp12", "Gland Packing Rope, PTFE graphited, 12 mm sq.", "GP-12", "1150.00", "INR", "kg",
                  quantity="25")]
    return mail("b6-re-quote", "2026-01-12T11:20:00+05:30", "ratnakar", "text-en-in-lakh-wrapped-names",
                "text-table", "quote", RATNAKAR, WEIMING, "Quotation RE/2026/014 - Pump spares", items, text=text,
                notes="Indian lakh grouping 1,25,000.00; descriptions wrapped to a second line; Sub Total, GST, "
                      "freight and Grand Total rows; amount in words; GSTIN/ISO numbers in the signature.")


def ratnakar_bullets():
    text = f"""Dear Mr. Tan,

Further to our telecon today, we revise our rates w.e.f. 1st March 2026 as under:

- PH-80 Pump Housing: Rs. 1,18,500/- per No. (earlier Rs. 1,25,000/-)
- IMP-80B Impeller: Rs. 36,900/- per No. (earlier Rs. 38,750/-)

All other items and terms as per our quotation RE/2026/014 dated 12.01.2026.

{RE_SIG}"""
    items = [item("re-ph80", "Pump Housing", "PH-80", "118500.00", "INR", "pcs"),
             item("re-imp", "Impeller", "IMP-80B", "36900.00", "INR", "pcs")]
    return mail("b6-re-bullets", "2026-03-02T16:05:00+05:30", "ratnakar", "text-en-in-bullets-slash-dash",
                "prose", "quote", RATNAKAR, WEIMING, "RE: Quotation RE/2026/014 - revised rates", items, text=text,
                notes="Bullet lines `- PH-80 Pump Housing: Rs. 1,18,500/- per No. (earlier …)`; `/-` ends a rupee "
                      "amount; the earlier prices are no items.")


def ratnakar_rtf():
    rows = [["Sr.", "Description", "Code", "UOM", "Qty", "Rate (Rs.)", "Amount (Rs.)"],
            ["1", "Mechanical Seal Assembly, Carbon / SiC faces", "MS-32", "Nos", "10", "6,350.00", "63,500.00"],
            ["2", "Wear Ring, Bronze LTB2, 80 mm", "WR-80", "Nos", "8", "4,200.00", "33,600.00"],
            ["3", "Gland Packing Rope, PTFE graphited, 12 mm sq.", "GP-12", "Kg", "25", "1,090.00", "27,250.00"],
            ["", "", "", "", "", "Total", "1,24,350.00"]]
    doc = b6_docs.rtf(["RATNAKAR ENGINEERING WORKS PVT. LTD.", "Plot No. D-114, MIDC Bhosari, Pune - 411 026",
                       "QUOTATION No. RE/2026/061     Date: 20.05.2026",
                       "To: Straits Bridge Procurement Pte Ltd, Singapore", ""],
                      rows, [600, 4200, 1100, 700, 600, 1400, 1600],
                      ["", "GST @ 18% extra as applicable. Freight: Rs. 3,500/- per consignment.",
                       "Validity: 30 days. Delivery: 4 weeks."])
    text = f"""Dear Mr. Tan,

Please find attached our quotation RE/2026/061 for the seal and wear ring requirement.

{RE_SIG}"""
    items = [item("re-ms32", "Mechanical Seal Assembly, Carbon / SiC faces", "MS-32", "6350.00", "INR", "pcs",
                  quantity="10"),
             item("re-wr80", "Wear Ring, Bronze LTB2, 80 mm", "WR-80", "4200.00", "INR", "pcs", quantity="8"),
             item("re-gp12", "Gland Packing Rope, PTFE graphited, 12 mm sq.", "GP-12", "1090.00", "INR", "kg",
                  quantity="25")]
    return mail("b6-re-rtf", "2026-05-20T10:42:00+05:30", "ratnakar", "rtf-en-in-quotation-table", "rtf",
                "quote", RATNAKAR, WEIMING, "Quotation RE/2026/061", items, text=text,
                attachments=[(doc, "application/rtf", "Quotation_RE-2026-061.rtf")],
                notes="The quotation is an RTF attachment (\\trowd table); the mail text has no prices.")


def ratnakar_statement():
    text = f"""Dear Sir,

Statement of account as on 30.06.2026:

Invoice No.      Date         Amount (Rs.)    Due date     Status
RE/INV/0412      14.04.2026   4,62,330.00     14.05.2026   Overdue
RE/INV/0588      22.05.2026   2,36,080.00     21.06.2026   Overdue
Total outstanding             6,98,410.00

Kindly arrange the payment at the earliest to our account no. 50200041873310, HDFC Bank,
IFSC HDFC0001234.

{RE_SIG}"""
    return mail("b6-re-soa", "2026-06-30T12:10:00+05:30", "ratnakar", "text-en-in-statement-of-account",
                "non-quote", "other", RATNAKAR, WEIMING, "Statement of account - outstanding", [], text=text,
                kind_alt=["invoice"], notes="Statement of account: invoice amounts, dates, account numbers; no items.")


SB_SIG = """Hormat kami,
Budi Santoso
PT Sinar Baja Perkasa | Jl. Margomulyo Indah Blok C-17, Surabaya 60183
Telp. (031) 749 2280 | HP/WA 0812 3056 7781 | NPWP 01.882.417.3-609.000
"""


def sinar_penawaran():
    rows = [("No", "Nama Barang", "Kode", "Qty", "Satuan", "Harga Satuan", "Jumlah"),
            ("1", "Besi siku 40x40x4 mm, 6 m", "SB-L40", "50", "batang", "Rp 187.500", "Rp 9.375.000"),
            ("2", "Plat bordes 3 mm 4' x 8'", "SB-PB3", "20", "lembar", "Rp 1.250.000,-", "Rp 25.000.000,-"),
            ("3", "Pipa hitam 2\" SCH40, 6 m", "SB-PH2", "30", "batang", "Rp 685.000", "Rp 20.550.000"),
            ("4", "Kawat las RB-26 2,6 mm", "SB-KL26", "100", "kg", "Rp 42.500", "Rp 4.250.000")]
    w = [4, 28, 9, 5, 8, 16, 17]
    lines = ["".join(c.ljust(x) for c, x in zip(r, w)).rstrip() for r in rows]
    foot = [("Sub total", "Rp 59.175.000"), ("PPN 11%", "Rp 6.509.250"), ("Ongkos kirim", "Rp 1.500.000"),
            ("Total", "Rp 67.184.250")]
    lines += [" " * 54 + a.ljust(16) + b for a, b in foot]
    table_text = "\n".join(lines)
    text = f"""Dengan hormat,
Bapak Tan Wei Ming,

Menindaklanjuti permintaan Bapak tanggal 6 Februari 2026, bersama ini kami sampaikan penawaran harga sbb:

{table_text}

Harga franco gudang Surabaya, belum termasuk PPN. Pembayaran: 30 hari setelah barang diterima.
Penawaran berlaku 14 hari.

{SB_SIG}"""
    items = [item("sb-l40", "Besi siku 40x40x4 mm, 6 m", "SB-L40", "187500.00", "IDR", "pcs", quantity="50"),
             item("sb-pb3", "Plat bordes 3 mm 4' x 8'", "SB-PB3", "1250000.00", "IDR", "sheet", quantity="20"),
             item("sb-ph2", "Pipa hitam 2\" SCH40, 6 m", "SB-PH2", "685000.00", "IDR", "pcs", quantity="30"),
             item("sb-kl26", "Kawat las RB-26 2,6 mm", "SB-KL26", "42500.00", "IDR", "kg", quantity="100")]
    return mail("b6-sb-penawaran", "2026-02-10T09:15:00+07:00", "sinarbaja", "text-id-rupiah-dot-groups",
                "text-table", "quote", SINAR, WEIMING, "Penawaran Harga No. 041/SBP/II/2026", items, text=text,
                notes="Indonesian: Rp 187.500 (dot groups, no decimals), Rp 1.250.000,- ; batang = pcs, lembar = "
                      "sheet; Sub total / PPN 11% / Ongkos kirim / Total rows.")


def sinar_tiers():
    head1 = (th("Kode", 'rowspan="2"') + th("Nama Barang", 'rowspan="2"') +
             th("Harga per pcs (Rp), belum PPN", 'colspan="3"'))
    head2 = th("100 pcs") + th("500 pcs") + th("1.000 pcs")
    data = [("sb-hb", "SB-HB1040", "Baut hex M10x40 8.8 galvanis", ("2.150", "1.950", "1.800")),
            ("sb-hn", "SB-HN10", "Mur hex M10 galvanis", ("650", "590", "540")),
            ("sb-fw", "SB-FW10", "Ring plat M10 galvanis", ("180", "160", "150"))]
    rows = [head1, head2] + [td(code) + td(name) + "".join(td(p, 'align="right"') for p in prices)
                             for _, code, name, prices in data]
    body = ("<p>Dengan hormat Bapak Tan,</p><p>Berikut harga baut dan mur sesuai jumlah pesanan:</p>" +
            table(rows) + "<p>Harga loco Surabaya. Minimum order 100 pcs per item.</p>" +
            "<pre>" + SB_SIG + "</pre>")
    items = []
    for pid, code, name, prices in data:
        for k, p in enumerate(prices):
            items.append(item(pid, name, code, p.replace(".", "") + ".00", "IDR", "pcs",
                              **({"tier": True} if k else {})))
    return mail("b6-sb-tiers", "2026-05-14T14:30:00+07:00", "sinarbaja", "html-id-qty-break-columns",
                "html-table", "quote", SINAR, WEIMING, "Harga baut & mur", items, html=html_doc(body),
                notes="Quantity-break columns 100 / 500 / 1.000 pcs under one colspan header, Rupiah with "
                      "dot groups.")


SG_SIG = """Trân trọng,
Nguyễn Thị Lan | Phòng Kinh doanh
Công ty TNHH Bao Bì Sài Gòn | 68 Đường số 7, KCN Tân Tạo, Q. Bình Tân, TP.HCM
ĐT: (028) 3754 2190 | DĐ/Zalo: 0903 418 527 | MST: 0312 448 691
"""


def saigon_bao_gia():
    rows = [[th("STT"), th("Tên hàng"), th("Mã hàng"), th("ĐVT"), th("Số lượng"), th("Đơn giá (VNĐ)"),
             th("Thành tiền (VNĐ)")]]
    data = [("1", "Thùng carton 5 lớp 60x40x40 cm", "SG-C5-604040", "cái", "2.000", "18.500 ₫", "37.000.000 ₫"),
            ("2", "Băng keo OPP trong 48 mm x 100 y", "SG-OPP48", "cuộn", "500", "21.000 ₫", "10.500.000 ₫"),
            ("3", "Màng PE quấn pallet 50 cm", "SG-PE50", "cuộn", "100", "285.000 ₫", "28.500.000 ₫"),
            ("4", "Túi khí chèn hàng 40x60 cm", "SG-AB4060", "thùng", "10", "1.250.000 ₫", "12.500.000 ₫")]
    rows += ["".join(td(c) for c in r) for r in data]
    rows += [td("Cộng tiền hàng", 'colspan="6"') + td("88.500.000 ₫"),
             td("Thuế GTGT 10%", 'colspan="6"') + td("8.850.000 ₫"),
             td("<b>Tổng cộng</b>", 'colspan="6"') + td("<b>97.350.000 ₫</b>")]
    body = ("<p>Kính gửi anh Tan Wei Ming,</p><p>Công ty chúng tôi xin gửi báo giá như sau:</p>" + table(rows) +
            "<p>Giá giao tại kho bên mua (TP.HCM), chưa bao gồm thuế GTGT. Hiệu lực báo giá: 30 ngày.</p>" +
            "<pre>" + SG_SIG + "</pre>")
    items = [item("sg-c5", "Thùng carton 5 lớp 60x40x40 cm", "SG-C5-604040", "18500.00", "VND", "pcs",
                  quantity="2000"),
             item("sg-opp", "Băng keo OPP trong 48 mm x 100 y", "SG-OPP48", "21000.00", "VND", "roll", quantity="500"),
             item("sg-pe50", "Màng PE quấn pallet 50 cm", "SG-PE50", "285000.00", "VND", "roll", quantity="100"),
             item("sg-ab", "Túi khí chèn hàng 40x60 cm", "SG-AB4060", "1250000.00", "VND", "carton", quantity="10")]
    return mail("b6-sg-baogia", "2026-02-18T08:50:00+07:00", "saigon", "html-vi-dong-dot-groups",
                "html-table", "quote", SAIGON, WEIMING, "Báo giá bao bì tháng 2/2026", items, html=html_doc(body),
                notes="Vietnamese: Đơn giá (VNĐ) `18.500 ₫`, ĐVT cái = pcs, cuộn = roll, thùng = carton; Cộng / "
                      "Thuế GTGT / Tổng cộng rows.")


def saigon_carton():
    head = f"{'Item':<32}{'Code':<12}{'Pcs/Ctn':>9}  {'Price (USD/ctn)':>15}  {'MOQ (ctns)':>10}"
    data = [("PE zip bag 20 x 30 cm, 60 mic", "SG-ZB2030", "1,000", "23.50", "50"),
            ("PE zip bag 30 x 40 cm, 60 mic", "SG-ZB3040", "500", "21.80", "50"),
            ("Stretch film hand roll 45 cm", "SG-SF45", "6 rolls", "31.20", "20")]
    lines = [head, "-" * len(head)] + [f"{a:<32}{b:<12}{c:>9}  {d:>15}  {e:>10}" for a, b, c, d, e in data]
    text = f"""Dear Mr. Tan,

Thank you for your inquiry. Please see our export price below, FOB Cat Lai port:

""" + "\n".join(lines) + f"""

Payment: T/T 30% deposit, 70% before shipment. Lead time: 15 days after deposit.
Carton size 52 x 38 x 30 cm, G.W. approx. 11.5 kg.

{SG_SIG}"""
    items = [item("sg-zb2030", "PE zip bag 20 x 30 cm, 60 mic", "SG-ZB2030", "23.50", "USD", "carton"),
             item("sg-zb3040", "PE zip bag 30 x 40 cm, 60 mic", "SG-ZB3040", "21.80", "USD", "carton"),
             item("sg-sf45", "Stretch film hand roll 45 cm", "SG-SF45", "31.20", "USD", "carton")]
    return mail("b6-sg-carton", "2026-04-22T10:05:00+07:00", "saigon", "text-en-price-per-carton-pcs-ctn",
                "text-table", "quote", SAIGON, WEIMING, "Quotation zip bags & stretch film - FOB Cat Lai", items,
                text=text, notes="The price is per carton (`Price (USD/ctn)`), a Pcs/Ctn column beside it; MOQ in "
                                 "cartons is no quantity.")


def saigon_prose():
    text = f"""Chào anh Tan,

Em xin thông báo điều chỉnh giá từ ngày 01/08/2026:
Giá màng PE quấn pallet SG-PE50 điều chỉnh còn 275.000đ/cuộn (trước đây 285.000đ/cuộn);
Túi khí chèn hàng SG-AB4060 giá mới 1,2 triệu đồng/thùng.
Các mặt hàng khác giữ nguyên giá. Giá chưa bao gồm VAT 10%.

{SG_SIG}"""
    items = [item("sg-pe50", "Màng PE quấn pallet", "SG-PE50", "275000.00", "VND", "roll"),
             item("sg-ab", "Túi khí chèn hàng", "SG-AB4060", "1200000.00", "VND", "carton")]
    return mail("b6-sg-prose", "2026-08-03T15:40:00+07:00", "saigon", "prose-vi-dong-trieu",
                "prose", "quote", SAIGON, WEIMING, "Thông báo điều chỉnh giá", items, text=text,
                notes="Vietnamese prose: `275.000đ/cuộn`, `1,2 triệu đồng/thùng` (1,200,000); the earlier price "
                      "is no item.")


def pacific_rfq():
    text = """Hi Wei Ming,

Please quote the following for our Taguig project, delivered Manila:

1. Stainless hose clamp 1/2", SS304 - 2,000 pcs (target PHP 17.00/pc)
2. Wedge anchor 3/8" x 3" zinc - 5,000 pcs (target PHP 40.00/pc)
3. Chemical anchor cartridge 345 ml - 300 pcs

Kindly reply by April 8. Thanks!

Maricel Reyes | Purchasing Officer
Pacific Rim Builders Inc. | 32nd St. cor. 5th Ave., BGC, Taguig City 1634
Tel. +63 2 8817 6620 loc. 214 | Mobile +63 917 552 0843
"""
    return mail("b6-pr-rfq", "2026-04-02T09:30:00+08:00", "pacificrim", "text-en-rfq-php-targets", "inquiry",
                "inquiry", PACIFIC, WEIMING, "RFQ - anchors and clamps (Taguig project)", [], text=text,
                notes="The buyer's RFQ with target prices: no items.")


def pacific_quote():
    rows = [th("Item") + th("Description") + th("Qty (pcs)") + th("Unit Price (PHP)") + th("Amount (PHP)")]
    data = [("SBP-HC12", "Stainless hose clamp 1/2\", SS304", "2,000", "₱18.50", "₱37,000.00"),
            ("SBP-WA38", "Wedge anchor 3/8\" x 3\", zinc plated", "5,000", "₱42.00", "₱210,000.00"),
            ("SBP-CA345", "Chemical anchor cartridge 345 ml, vinylester", "300", "₱685.00", "₱205,500.00")]
    rows += ["".join(td(c) for c in r) for r in data]
    rows += [td("Subtotal", 'colspan="4"') + td("₱452,500.00"), td("VAT 12%", 'colspan="4"') + td("₱54,300.00"),
             td("Total", 'colspan="4"') + td("₱506,800.00")]
    body = ("<p>Hi Maricel,</p><p>Thank you for the RFQ. Our offer, delivered Taguig:</p>" + table(rows) +
            "<p>Less 5 % on the total for orders above ₱500,000.00 placed by April 30. "
            "Payment 30 days from delivery. Validity 30 days.</p><pre>" + OUR_SIGNATURE + "</pre>")
    items = [item("pr-hc12", "Stainless hose clamp 1/2\", SS304", "SBP-HC12", "18.50", "PHP", "pcs", quantity="2000"),
             item("pr-wa38", "Wedge anchor 3/8\" x 3\", zinc plated", "SBP-WA38", "42.00", "PHP", "pcs",
                  quantity="5000"),
             item("pr-ca345", "Chemical anchor cartridge 345 ml, vinylester", "SBP-CA345", "685.00", "PHP", "pcs",
                  quantity="300")]
    return mail("b6-pr-quote", "2026-04-06T17:10:00+08:00", "pacificrim", "html-en-outbound-php-less-5",
                "html-table", "quote", WEIMING, PACIFIC, "RE: RFQ - anchors and clamps (Taguig project)", items,
                direction="outbound", html=html_doc(body),
                notes="Our quote in pesos (₱); `Less 5 % on the total` is an order-level discount: no item, unit "
                      "prices stand.")


def pacific_po():
    text = """Dear Wei Ming,

Please accept our Purchase Order PRB-PO-26-0188 dated 20 April 2026:

Line  Item        Description                              Qty     UOM   Unit Price   Amount
1     SBP-HC12    Stainless hose clamp 1/2", SS304         2,000   pcs   PHP 18.50    PHP 37,000.00
2     SBP-CA345   Chemical anchor cartridge 345 ml         300     pcs   PHP 685.00   PHP 205,500.00
                                                                         Total        PHP 242,500.00

Delivery to: Pacific Rim Builders, Lot 7 Taguig Project Site, on or before 15 May 2026.
Terms: 30 days PDC. Please confirm receipt.

Maricel Reyes | Purchasing Officer
Pacific Rim Builders Inc. | Tel. +63 2 8817 6620 loc. 214 | Mobile +63 917 552 0843
"""
    items = [item("pr-hc12", "Stainless hose clamp 1/2\", SS304", "SBP-HC12", "18.50", "PHP", "pcs", status="ordered",
                  quantity="2000"),
             item("pr-ca345", "Chemical anchor cartridge 345 ml", "SBP-CA345", "685.00", "PHP", "pcs",
                  status="ordered", quantity="300")]
    return mail("b6-pr-po", "2026-04-20T11:45:00+08:00", "pacificrim", "text-en-po-php", "text-table", "order",
                PACIFIC, WEIMING, "PO PRB-PO-26-0188", items, text=text,
                notes="The buyer's purchase order in PHP: ordered.")

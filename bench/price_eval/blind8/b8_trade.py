"""Yiwu trading company (USD and 含税 RMB columns side by side, our RFQ form returned filled in,
a DOCX with a picture column and `USD 3.20/set` text cells, a bulk newsletter `from US$0.99`),
Shanghai (an English sales contract DOCX and an amendment mail), Hebei fasteners (XLSX section
rows and subtotals, the currency only in a sentence below an HTML table, a `<pre>` table in C$)."""

from b8_common import EMILY, OUR_SIGNATURE, b3_docs, html_doc, item, mail, table, td, th
import b8_docs

JINHUI = ("Coco Chen", "coco@jinhui-yiwu.com")
JINHUI_NEWS = ("Jinhui Trading", "news@jinhui-yiwu.com")
HAITONG = ("Frank Xu", "frank.xu@haitong-sh.com")
JINDA = ("Alice Zhao", "alice@jinda-fastener.com")

JH_SIGN = """Best regards,
Coco Chen
Yiwu Jinhui Import & Export Co., Ltd.
Room 1805, Block B, International Trade City Business Center, Yiwu, Zhejiang
Tel: +86-579-8552 3170  WhatsApp/WeChat: +86 158 8893 2261"""

JD_SIGN = """Best regards
Alice Zhao
Hebei Jinda Fasteners Co., Ltd. | Yongnian District, Handan, Hebei, China
Tel: +86-310-6812 773 | Mob: +86 135 3100 8256"""


def jinhui_usd_rmb():
    goods = [("jh-tb12", "JH-TB12", "Tool box 12\" plastic with metal latch", "24 pcs/ctn", "1.85", "14.20"),
             ("jh-gl08", "JH-GL08", "Nitrile coated work gloves size 8", "240 pr/ctn", "0.38", "2.90"),
             ("jh-tm5", "JH-TM5", "Tape measure 5m x 19mm, rubber case", "60 pcs/ctn", "0.92", "7.05"),
             ("jh-sd6", "JH-SD6", "Screwdriver set 6 pcs, CR-V", "48 sets/ctn", "2.45", "18.80")]
    units = {"jh-tb12": "pcs", "jh-gl08": "pair", "jh-tm5": "pcs", "jh-sd6": "set"}
    rows = ["".join(th(h) for h in ("Item No.", "品名 Description", "包装 Packing", "单位 Unit",
                                    "FOB Ningbo (USD)", "含税价 RMB (含13%增值税)"))]
    for pid, no, name, pack, usd, rmb in goods:
        u = {"pcs": "pc", "pair": "pair", "set": "set"}[units[pid]]
        rows.append("".join(td(c) for c in (no, name, pack, u, usd, rmb)))
    body = ("<p>Dear Emily,</p><p>Thanks for your visit to our showroom last week. Here are the prices of the "
            "items you selected. For your China office we also give the RMB price with tax (13% VAT invoice)."
            "</p>" + table(rows) + "<p>MOQ: 1 carton per item, mixed container OK. Delivery 20-25 days.</p><pre>"
            + JH_SIGN + "</pre>")
    items = []
    for pid, no, name, _, usd, rmb in goods:
        items.append(item(pid, name, no, usd, "USD", units[pid]))
        items.append(item(pid, name, no, rmb, "CNY", units[pid], incoterm_alt=True))
    return mail("b8-jh-usdrmb", "2026-02-03T13:15:00+08:00", "jinhui", "html-en-usd-and-rmb-tax-incl-columns",
                "html-table", "quote", JINHUI, EMILY, "Price of selected items - Jinhui", items, html=html_doc(body),
                notes="Two price columns in two currencies: `FOB Ningbo (USD)` and `含税价 RMB (含13%增值税)` "
                      "(both items, USD first); a Packing column `24 pcs/ctn` is no quantity; unit column.")


def jinhui_rfq_form():
    rows = [[("CASCADIA INDUSTRIAL SUPPLY LTD. - REQUEST FOR QUOTATION RFQ-2603-07", b8_docs.BOLD)],
            ["Supplier: Yiwu Jinhui Import & Export Co., Ltd.", "", "", "Please fill in the yellow columns"],
            [],
            ["Line", "Our code", "Description", "Qty", "Unit", "Target Price (USD)", "Your Price (USD)",
             "Supplier Remarks"],
            [("n", "1", 0), "JH-HM16", "Claw hammer 16 oz fiberglass handle", ("n", "1200", 0), "pc",
             ("n", "1.6"), ("n", "1.78"), "target too low"],
            [("n", "2", 0), "JH-PL8", "Combination pliers 8\"", ("n", "1200", 0), "pc", ("n", "1.1"),
             ("n", "1.15"), ""],
            [("n", "3", 0), "JH-UK18", "Utility knife 18mm auto-lock", ("n", "3000", 0), "pc", ("n", "0.35"),
             ("n", "0.35"), "OK"],
            [("n", "4", 0), "JH-LV24", "Spirit level 24\" aluminium", ("n", "600", 0), "pc", ("n", "2.2"),
             ("n", "2.48"), "3 vials"]]
    book = b8_docs.styled_xlsx(rows, sheet="RFQ", merges=("A1:H1",), widths=(6, 10, 36, 8, 6, 14, 14, 18))
    text = f"""Dear Emily,

Attached is your RFQ form with our prices filled in. Some targets we cannot reach, pls check the remarks.
FOB Ningbo, delivery 25 days.

{JH_SIGN}"""
    items = [item("jh-hm16", "Claw hammer 16 oz fiberglass handle", "JH-HM16", "1.78", "USD", "pcs", quantity="1200"),
             item("jh-pl8", "Combination pliers 8\"", "JH-PL8", "1.15", "USD", "pcs", quantity="1200"),
             item("jh-uk18", "Utility knife 18mm auto-lock", "JH-UK18", "0.35", "USD", "pcs", quantity="3000"),
             item("jh-lv24", "Spirit level 24\" aluminium", "JH-LV24", "2.48", "USD", "pcs", quantity="600")]
    return mail("b8-jh-rfq", "2026-03-16T11:45:00+08:00", "jinhui", "xlsx-our-rfq-form-returned-filled",
                "xlsx", "quote", JINHUI, EMILY, "RE: RFQ-2603-07 hand tools", items, text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "RFQ-2603-07_Jinhui.xlsx")],
                notes="Our RFQ form returned with the supplier's column filled in: `Target Price (USD)` (ours) "
                      "beside `Your Price (USD)` (theirs); only the supplier's prices are items (one equals the "
                      "target).")


def jinhui_docx_pictures():
    table_rows = [["No.", "Picture", "Item", "Specification", "Price", "MOQ"],
                  ["1", "", "Socket set 40 pcs 1/4\"", "JH-SS40, CR-V, blow case", "USD 3.20/set", "500 sets"],
                  ["2", "", "Hex key set 9 pcs", "JH-HK9, long arm, ball end", "USD 0.95/set", "1000 sets"],
                  ["3", "", "Cordless drill 12V", "JH-CD12, 2 batteries, charger", "USD 14.60/set", "300 sets"]]
    doc = b3_docs.docx(["YIWU JINHUI IMPORT & EXPORT CO., LTD.", "QUOTATION  No. JH-260602", "Date: 2 June 2026",
                        "To: Cascadia Industrial Supply Ltd.", table_rows,
                        "Terms: FOB Ningbo, 30% deposit, balance against B/L copy. Validity 20 days."])
    text = f"""Dear Emily,

Pls find the quotation for the tool sets attached (with pictures).

{JH_SIGN}"""
    items = [item("jh-ss40", "Socket set 40 pcs 1/4\"", "JH-SS40", "3.20", "USD", "set"),
             item("jh-hk9", "Hex key set 9 pcs", "JH-HK9", "0.95", "USD", "set"),
             item("jh-cd12", "Cordless drill 12V", "JH-CD12", "14.60", "USD", "set")]
    return mail("b8-jh-docx", "2026-06-02T09:20:00+08:00", "jinhui", "docx-en-picture-col-price-text-cells",
                "docx", "quote", JINHUI, EMILY, "Quotation JH-260602 tool sets", items, text=text,
                attachments=[(doc, b8_docs.DOCX_MIME, "JH-260602 quotation.docx")],
                notes="DOCX table with an empty picture column, the model inside the Specification text "
                      "(`JH-SS40, CR-V, blow case`), price cells as text `USD 3.20/set`, MOQ `500 sets` (no "
                      "quantity).")


def jinhui_newsletter():
    body = ("<table width=\"600\" align=\"center\"><tr><td style=\"background:#e4393c;color:#fff;font-size:20px\">"
            "JINHUI SUMMER HOT SALE 2026</td></tr><tr><td><p>Dear Customer,</p><p>New arrivals in our Yiwu "
            "showroom! Tool sets <b>from US$0.99</b>, LED work lights <b>from US$2.50</b>, garden hoses "
            "<b>from US$1.80</b>. Up to 15% off for orders over USD 5,000.</p><p>Visit us at Canton Fair "
            "Phase 1, Booth 12.2 F31.</p><p><a href=\"https://jinhui-yiwu.com/unsubscribe\">Unsubscribe</a></p>"
            "</td></tr></table>")
    return mail("b8-jh-news", "2026-04-01T08:00:00+08:00", "jinhui", "newsletter-en-from-prices-bulk",
                "non-quote", "other", JINHUI_NEWS, EMILY, "Summer Hot Sale - tool sets from US$0.99!", [],
                bulk=True, html=html_doc(body),
                extra_headers={"Precedence": "bulk", "List-Unsubscribe": "<https://jinhui-yiwu.com/unsubscribe>"},
                notes="A bulk newsletter: `from US$0.99` prices of no product; filed under no customer.")


HT_GOODS = [("ht-ss304", "Stainless steel sheet 304 2B", "HT-SS304-1.5", "t", "18", "2860.00"),
            ("ht-ss316", "Stainless steel sheet 316L 2B", "HT-SS316-2.0", "t", "6", "4120.00"),
            ("ht-gi", "Galvanized coil DX51D Z120", "HT-GI-0.8", "t", "25", "745.00")]


def haitong_contract():
    table_rows = [["No.", "Commodity & Specification", "Code", "Quantity (MT)", "Unit Price (USD/MT)",
                   "Amount (USD)"]]
    for k, (_, name, code, _, qty, price) in enumerate(HT_GOODS, 1):
        amount = f"{float(price) * int(qty):,.2f}"
        table_rows.append([str(k), name, code, qty, f"{float(price):,.2f}", amount])
    table_rows.append(["", "TOTAL", "", "49", "", "115,811.00"])
    doc = b3_docs.docx(["SALES CONTRACT 销售合同", "Contract No.: HT-SC-2603-118     Date: 5 March 2026",
                        "The Seller: Shanghai Haitong Industrial Co., Ltd., 1288 Pudong Avenue, Shanghai",
                        "The Buyer: Cascadia Industrial Supply Ltd., Burnaby, BC, Canada",
                        "Article 1. Commodity, quantity and price:", table_rows,
                        "Article 2. Price terms: CFR Vancouver. Quantity tolerance +/-5% at contract price.",
                        "Article 3. Payment: 20% T/T in advance, 80% against copy of B/L.",
                        "Article 4. Shipment: before 30 April 2026, partial shipment allowed.",
                        "The Seller: ____________          The Buyer: ____________"])
    text = """Dear Emily,

Attached is the sales contract HT-SC-2603-118 as agreed by phone. Pls sign and return.

Best regards,
Frank Xu
Shanghai Haitong Industrial Co., Ltd.
Tel: +86-21-5878 6620  Mob: +86 139 1627 4488"""
    items = [item(pid, name, code, price, "USD", unit, "agreed", quantity=qty)
             for pid, name, code, unit, qty, price in HT_GOODS]
    return mail("b8-ht-contract", "2026-03-05T14:00:00+08:00", "haitong", "docx-en-sales-contract-usd-mt",
                "docx", "contract", HAITONG, EMILY, "Sales Contract HT-SC-2603-118", items, kind_alt=("order",),
                text=text, attachments=[(doc, b8_docs.DOCX_MIME, "HT-SC-2603-118.docx")],
                notes="English sales contract DOCX, prices per metric ton `Unit Price (USD/MT)` (unit t), "
                      "amount and TOTAL rows; status agreed.")


def haitong_amendment():
    text = """Dear Emily,

As discussed, Article 1 of contract HT-SC-2603-118 is amended as follows (Amendment No. 1):

Item 2, Stainless steel sheet 316L 2B, HT-SS316-2.0: unit price changed from USD 4,120.00/MT to
USD 3,985.00/MT because of the nickel price. Quantity unchanged (6 MT).

All other terms and conditions remain unchanged. Pls confirm by return mail.

Best regards,
Frank Xu
Shanghai Haitong Industrial Co., Ltd.
Tel: +86-21-5878 6620  Mob: +86 139 1627 4488"""
    items = [item("ht-ss316", "Stainless steel sheet 316L 2B", "HT-SS316-2.0", "3985.00", "USD", "t", "agreed",
                  quantity="6")]
    return mail("b8-ht-amend", "2026-04-08T10:20:00+08:00", "haitong", "text-en-contract-amendment-from-to",
                "prose", "contract", HAITONG, EMILY, "Amendment No.1 to contract HT-SC-2603-118", items,
                kind_alt=("quote",), text=text,
                notes="A contract amendment `changed from USD 4,120.00/MT to USD 3,985.00/MT`: the new price is "
                      "agreed, the old one is no item.")


JD_SECTIONS = [("A. Hex bolts DIN 933", [("jd-hb-m10", "Hex bolt DIN933 8.8 zinc plated", "M10x30", "2000", "1.38"),
                                         ("jd-hb-m12", "Hex bolt DIN933 8.8 zinc plated", "M12x40", "3000", "1.36"),
                                         ("jd-hb-m16", "Hex bolt DIN933 8.8 HDG", "M16x60", "2500", "1.52")]),
               ("B. Hex nuts DIN 934", [("jd-hn-m10", "Hex nut DIN934 class 8 zinc plated", "M10", "800", "1.42"),
                                        ("jd-hn-m12", "Hex nut DIN934 class 8 zinc plated", "M12", "1000", "1.40"),
                                        ("jd-hn-m16", "Hex nut DIN934 class 8 HDG", "M16", "800", "1.58")])]


def jinda_sections_xlsx():
    rows = [[("HEBEI JINDA FASTENERS CO., LTD.", b8_docs.BOLD)], ["QUOTATION JD-Q-260120 (FOB Tianjin)"], [],
            ["No.", "Description", "Size", "Qty (kg)", "Unit Price (USD/kg)", "Amount (USD)"]]
    items = []
    n = 0
    grand = 0.0
    for title, goods in JD_SECTIONS:
        rows.append([(title, b8_docs.BOLD)])
        sub = 0.0
        for pid, name, size, qty, price in goods:
            n += 1
            amount = round(int(qty) * float(price), 2)
            sub += amount
            rows.append([("n", str(n), 0), name, size, ("n", qty, 0), ("n", price), ("n", f"{amount:.2f}")])
            items.append(item(pid, name, size, f"{float(price):.2f}", "USD", "kg", quantity=qty, size_model=True))
        grand += sub
        rows.append(["", "Subtotal", "", "", "", ("n", f"{sub:.2f}")])
    rows.append(["", "TOTAL", "", "", "", ("n", f"{grand:.2f}")])
    book = b8_docs.styled_xlsx(rows, sheet="Quotation", merges=("A1:F1", "A2:F2"), widths=(6, 36, 10, 10, 16, 14))
    text = f"""Dear Emily,

Thanks for your inquiry. Pls see attached quotation for bolts and nuts, packed in 25kg cartons on pallets.

{JD_SIGN}"""
    return mail("b8-jd-sections", "2026-01-20T16:30:00+08:00", "jinda", "xlsx-en-section-rows-subtotals-per-kg",
                "xlsx", "quote", JINDA, EMILY, "Quotation JD-Q-260120 bolts & nuts", items, text=text,
                attachments=[(book, b8_docs.XLSX_MIME, "JD-Q-260120.xlsx")],
                notes="XLSX with section header rows (`A. Hex bolts DIN 933`) between items, a Subtotal row "
                      "after each section and a TOTAL row; the size column is the model (sizes only), price "
                      "per kg.")


def jinda_currency_below():
    rows = ["".join(th(h) for h in ("Item", "Description", "Size", "Qty (pcs)", "Unit price", "Amount"))]
    goods = [("jd-ab-m12", "Wedge anchor bolt, zinc", "M12x100", "5000", "0.118"),
             ("jd-ab-m16", "Wedge anchor bolt, zinc", "M16x140", "3000", "0.265"),
             ("jd-tr-m10", "Threaded rod DIN975 4.8 zinc, 1m", "M10", "2000", "0.42"),
             ("jd-fw-m12", "Flat washer DIN125 zinc", "M12", "20000", "0.0095")]
    for k, (_, name, size, qty, price) in enumerate(goods, 1):
        amount = f"{int(qty) * float(price):,.2f}"
        rows.append("".join(td(c) for c in (str(k), name, size, f"{int(qty):,}", price, amount)))
    body = ("<div class=\"WordSection1\"><p class=\"MsoNormal\">Dear Emily,</p><p class=\"MsoNormal\">Please see "
            "our offer for the anchors:</p>" + table(rows) +
            "<p class=\"MsoNormal\">All prices above are in US dollars, FOB Tianjin, per piece. Delivery 30 "
            "days.</p><pre>" + JD_SIGN + "</pre></div>")
    items = [item(pid, name, size, price, "USD", "pcs", quantity=qty, size_model=True)
             for pid, name, size, qty, price in goods]
    return mail("b8-jd-below", "2026-03-25T11:10:00+08:00", "jinda", "html-outlook-currency-only-in-note-below",
                "html-table", "quote", JINDA, EMILY, "Offer wedge anchors / threaded rod", items,
                html=html_doc(body),
                notes="Outlook HTML table with bare numbers (`0.118`, `0.0095`) under `Unit price`; currency "
                      "and unit only in the sentence below the table (`in US dollars … per piece`).")


def jinda_pre_cad():
    pre = """Item  Description                         Size      Price DDP Vancouver
1     Hex bolt DIN933 8.8 zinc, box of 100  M8x25     C$ 6.85/box
2     Hex bolt DIN933 8.8 zinc, box of 100  M10x30    C$ 11.40/box
3     Nyloc nut DIN985 zinc, box of 200     M10       C$ 5.90/box"""
    body = ("<div>Hi Emily,</div><div><br></div><div>For your retail line, small boxes delivered DDP Vancouver, duty "
            "paid, in Canadian dollars:</div><div><br></div><pre style=\"font-family:Courier New\">" + pre +
            "</pre><div>Min. 50 boxes per size. Lead time 35 days incl. sea freight.</div><pre>" + JD_SIGN + "</pre>")
    items = [item("jd-box-m8", "Hex bolt DIN933 8.8 zinc, box of 100", "M8x25", "6.85", "CAD", "box", size_model=True),
             item("jd-box-m10", "Hex bolt DIN933 8.8 zinc, box of 100", "M10x30", "11.40", "CAD", "box",
                  size_model=True),
             item("jd-nyloc-m10", "Nyloc nut DIN985 zinc, box of 200", "M10", "5.90", "CAD", "box", size_model=True)]
    return mail("b8-jd-pre", "2026-06-29T09:50:00+08:00", "jinda", "html-pre-monospace-table-cad-ddp",
                "text-table", "quote", JINDA, EMILY, "Retail boxes DDP Vancouver", items, html=html_doc(body),
                notes="A monospaced `<pre>` table inside an HTML mail, prices `C$ 6.85/box` (Canadian dollars, "
                      "DDP), `box of 100` in the description is packing, not a price unit.")


SCENARIOS = [jinhui_usd_rmb, jinhui_rfq_form, jinhui_docx_pictures, jinhui_newsletter, haitong_contract,
             haitong_amendment, jinda_sections_xlsx, jinda_currency_below, jinda_pre_cad]

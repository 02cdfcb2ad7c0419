"""Counterparts outside China: an Osaka maker writing English with `¥` (yen, not yuan), a Sialkot
hand-tool exporter (a two-page PDF price list whose second page has no header, then a revision),
a Lima buyer (our quote in soles `S/`, their orden de compra) and an Auckland buyer (their RFQ with
NZ$ targets, our NZ$ quote, their go-ahead quoting it, their PO PDF)."""

from b8_common import EMILY, OUR_SIGNATURE, RYAN, RYAN_SIGNATURE, aligned, b4_docs, html_doc, item, mail, table, td, th

NANIWA = ("Kenji Sato", "k.sato@naniwa-kogyo.co.jp")
ZAFAR = ("Muhammad Imran", "imran@zafartools.com.pk")
ANDES = ("Lucía Quispe", "lquispe@ferreandes.com.pe")
KIWI = ("Hamish Reid", "hamish.reid@scbs.co.nz")

NW_GOODS = [("nw-kn180", "Gyuto kitchen knife 180 mm, VG-10 damascus", "NK-G180", "1,250", "1250.00", "200"),
            ("nw-kn210", "Gyuto kitchen knife 210 mm, VG-10 damascus", "NK-G210", "1,480", "1480.00", "200"),
            ("nw-ws1000", "Whetstone #1000/#6000 combination", "NK-WS16", "890", "890.00", "100")]


def naniwa_yen():
    rows = ["".join(th(h) for h in ("Code", "Description", "Q'ty", "Unit price", "Amount"))]
    for _, name, code, shown, _, qty in NW_GOODS:
        amount = int(shown.replace(",", "")) * int(qty)
        rows.append("".join(td(c) for c in (code, name, qty, f"¥{shown}", f"¥{amount:,}")))
    body = ("<p>Dear Ms. Zhou,</p><p>Thank you very much for your inquiry. We are pleased to quote as follows "
            "(ex-works Sakai, Osaka, export packing included):</p>" + table(rows) +
            "<p>Payment: T/T in advance. Delivery: 6 weeks.<br>Consumption tax is not applicable to export.</p>"
            "<p>Best regards,<br>Kenji Sato<br>Overseas Sales, Naniwa Kogyo Co., Ltd.<br>2-14-8 Minatomachi, "
            "Sakai-ku, Sakai, Osaka 590-0985, Japan<br>TEL +81-72-238-4410 FAX +81-72-238-4411</p>")
    items = [item(pid, name, code, price, "JPY", "", quantity=qty) for pid, name, code, _, price, qty in NW_GOODS]
    return mail("b8-nw-yen", "2026-02-05T17:30:00+09:00", "naniwa", "html-en-japan-yen-sign-halfwidth",
                "html-table", "quote", NANIWA, EMILY, "Quotation: kitchen knives and whetstones", items,
                html=html_doc(body),
                notes="English HTML from Osaka with `¥1,250` (U+00A5, no 円, no decimals): Japanese yen by the "
                      "sender, not Chinese yuan; quantities 200/100.")


def naniwa_revision():
    text = """Dear Ms. Zhou,

Thank you for your order forecast. Because of the rise of VG-10 steel from April, we must revise two
prices of our quotation of 5 February:

- NK-G180 Gyuto 180 mm: ¥1,320 per piece (previously ¥1,250)
- NK-G210 Gyuto 210 mm: ¥1,560 per piece (previously ¥1,480)

The whetstone NK-WS16 remains ¥890.

Best regards,
Kenji Sato
Overseas Sales, Naniwa Kogyo Co., Ltd.
TEL +81-72-238-4410"""
    items = [item("nw-kn180", "Gyuto 180 mm", "NK-G180", "1320.00", "JPY", "pcs"),
             item("nw-kn210", "Gyuto 210 mm", "NK-G210", "1560.00", "JPY", "pcs"),
             item("nw-ws1000", "whetstone", "NK-WS16", "890.00", "JPY", "")]
    return mail("b8-nw-rev", "2026-06-15T10:00:00+09:00", "naniwa", "text-en-yen-revision-previously",
                "prose", "quote", NANIWA, EMILY, "Price revision NK-G180 / NK-G210", items, text=text,
                notes="Bullet revision `¥1,320 per piece (previously ¥1,250)`: the previous prices are no items; "
                      "the unchanged whetstone price `remains ¥890` is restated (an item).")


ZF_GOODS = [
    ("Pliers", [("ZT-101", "Combination pliers 6\"", "Doz", "14.50"), ("ZT-102", "Combination pliers 8\"", "Doz", "17.20"),
                ("ZT-105", "Long nose pliers 6\"", "Doz", "15.80"), ("ZT-108", "Diagonal cutting pliers 6\"", "Doz", "16.40"),
                ("ZT-110", "Water pump pliers 10\"", "Doz", "22.60"), ("ZT-112", "Locking pliers 10\" curved jaw", "Doz", "26.90")]),
    ("Scissors & Snips", [("ZT-201", "Tin snips straight 10\"", "Doz", "28.40"), ("ZT-202", "Aviation snips left cut", "Doz", "31.50"),
                          ("ZT-203", "Aviation snips right cut", "Doz", "31.50"), ("ZT-210", "Industrial scissors 8\"", "Doz", "12.75"),
                          ("ZT-215", "Electrician scissors", "Doz", "10.90")]),
    ("Wrenches", [("ZT-301", "Adjustable wrench 8\"", "Doz", "19.80"), ("ZT-302", "Adjustable wrench 10\"", "Doz", "24.30"),
                  ("ZT-303", "Adjustable wrench 12\"", "Doz", "31.20"), ("ZT-320", "Combination spanner set 8-22 mm", "Set", "6.85"),
                  ("ZT-325", "Ring spanner set 6-32 mm", "Set", "11.40")]),
    ("Cutting & Striking", [("ZT-401", "Cold chisel 10\"", "Doz", "9.60"), ("ZT-405", "Centre punch 5\"", "Doz", "5.40"),
                            ("ZT-410", "Nail puller 12\"", "Doz", "18.20"), ("ZT-420", "Ball pein hammer 16 oz", "Doz", "27.50"),
                            ("ZT-430", "Hacksaw frame adjustable", "Doz", "21.30"), ("ZT-440", "Bolt cutter 24\"", "Pc", "8.95"),
                            ("ZT-441", "Bolt cutter 36\"", "Pc", "13.80"), ("ZT-450", "Pry bar 24\"", "Pc", "3.45"),
                            ("ZT-460", "Gasket punch set 9 pcs", "Set", "7.25"), ("ZT-470", "Tool roll 22 pockets", "Pc", "4.10")]),
]
UNIT = {"Doz": "dozen", "Set": "set", "Pc": "pcs"}


def zafar_pdf():
    xs = (50, 110, 340, 470)  # the price column right-aligned well clear of the unit column
    header = ("Art. No.", "Description", "Unit", "Price US$")
    pages, page = [], b4_docs.Page()
    page.text("ZAFAR SURGICAL & HAND TOOLS (PVT) LTD.", size=14, bold=True, dy=16)
    page.text("Small Industrial Estate, Sialkot 51310, Pakistan | Tel +92 52 3256 114 | NTN 4127739-2", size=8, dy=20)
    page.text("EXPORT PRICE LIST 2026 - FOB Sialkot / Lahore airport", size=11, bold=True, dy=18)
    page.row(header, xs, bold=True, right=(3,))
    rows_on_first = 19
    n = 0
    for section, goods in ZF_GOODS:
        for code, name, unit, price in goods:
            if n == rows_on_first:
                page.text("Page 1 of 2", x=270, size=8)
                pages.append(page.lines)
                page = b4_docs.Page()
            if goods[0][0] == code:
                page.text(section, size=9, bold=True, dy=13)
            page.row((code, name, unit, price), xs, right=(3,))
            n += 1
    page.gap(10)
    page.text("Prices valid till 30 June 2026. Packing: 1 dozen per box, export carton. Payment: 50% advance.", size=8)
    page.text("Page 2 of 2", x=270, size=8)
    pages.append(page.lines)
    pdf = b4_docs.pdf_pages(pages, "Zafar export price list 2026")
    text = """Dear Emily,

Greetings from Sialkot. As discussed at the Canton Fair please find attached our export price list
2026 for hand tools. Prices in US dollars per dozen unless stated otherwise.

Best regards,
Muhammad Imran
Export Manager, Zafar Surgical & Hand Tools (Pvt) Ltd.
Cell/WhatsApp +92 300 861 4427"""
    items = [item(code.lower(), name, code, price, "USD", UNIT[unit]) for _, goods in ZF_GOODS
             for code, name, unit, price in goods]
    return mail("b8-zf-pdf", "2026-02-24T12:40:00+05:00", "zafar", "pdf-en-two-pages-no-header-on-page-2",
                "pdf", "quote", ZAFAR, EMILY, "Export price list 2026 - Zafar Tools", items, text=text,
                attachments=[(pdf, "application/pdf", "Zafar_PriceList_2026.pdf")],
                notes="A 26-row price list over two PDF pages: the column header is only on page 1, page 2 "
                      "starts with rows; section title rows; unit column Doz / Set / Pc (prices per dozen).")


def zafar_revision():
    text = """Dear Emily,

Due to the increase in steel and electricity cost in Pakistan, kindly note the revised prices for
the following articles, effective 1 June 2026:

ZT-101 Combination pliers 6"      US$ 15.20/doz  (was 14.50)
ZT-302 Adjustable wrench 10"      US$ 25.60/doz  (was 24.30)
ZT-440 Bolt cutter 24"            US$ 9.40/pc    (was 8.95)

All other prices as per our price list 2026.

Best regards,
Muhammad Imran
Export Manager, Zafar Surgical & Hand Tools (Pvt) Ltd."""
    items = [item("zt-101", "Combination pliers 6\"", "ZT-101", "15.20", "USD", "dozen"),
             item("zt-302", "Adjustable wrench 10\"", "ZT-302", "25.60", "USD", "dozen"),
             item("zt-440", "Bolt cutter 24\"", "ZT-440", "9.40", "USD", "pcs")]
    return mail("b8-zf-rev", "2026-05-06T15:15:00+05:00", "zafar", "text-en-revision-lines-was",
                "text-table", "quote", ZAFAR, EMILY, "Revised prices w.e.f. 1 June 2026", items, text=text,
                notes="Aligned revision lines `US$ 15.20/doz  (was 14.50)`: the old price in brackets is no item.")


AN_GOODS = [("an-dw20", "Taladro percutor inalámbrico 20V", "CS-DW20", "10", "489.00"),
            ("an-am45", "Amoladora angular 4 1/2\" 850W", "CS-AM45", "20", "168.50"),
            ("an-es7", "Escalera de aluminio tijera 7 peldaños", "CS-ES7", "15", "312.90")]


def andes_our_quote():
    rows = ["".join(th(h) for h in ("Código", "Descripción", "Cant.", "Precio unit. (S/)", "Total (S/)"))]
    for _, name, code, qty, price in AN_GOODS:
        total = f"{int(qty) * float(price):,.2f}"
        rows.append("".join(td(c) for c in (code, name, qty, f"S/ {float(price):,.2f}", f"S/ {total}")))
    rows.append(td("Subtotal", 'colspan="4"') + td("S/ 13,953.50"))
    rows.append(td("IGV 18%", 'colspan="4"') + td("S/ 2,511.63"))
    rows.append(td("<b>Total</b>", 'colspan="4"') + td("<b>S/ 16,465.13</b>"))
    body = ("<p>Estimada Lucía:</p><p>Gracias por su consulta. Le enviamos nuestra cotización CS-COT-0320, "
            "precios en soles, DAP Callao:</p>" + table(rows) +
            "<p>Validez: 30 días. Entrega: 6 semanas desde Vancouver.</p><pre>" + RYAN_SIGNATURE + "</pre>")
    items = [item(pid, name, code, price, "PEN", "", quantity=qty) for pid, name, code, qty, price in AN_GOODS]
    return mail("b8-an-quote", "2026-03-20T09:30:00-07:00", "andes", "html-es-outbound-soles-s-slash",
                "html-table", "quote", RYAN, ANDES, "Cotización CS-COT-0320 - herramientas", items,
                direction="outbound", html=html_doc(body),
                notes="Our outbound quote to Lima in soles: `S/ 489.00` (the sign `S/` looks like a slash "
                      "separator), Subtotal / IGV 18 % / Total rows; `Cant.` quantities; no unit is stated.")


def andes_po():
    text = """Sr. Ryan Mitchell:

Por medio de la presente le enviamos nuestra ORDEN DE COMPRA N° OC-2026-0418:

Item  Código    Descripción                             Cant.  P. Unit.      Importe
1     CS-DW20   Taladro percutor inalámbrico 20V        10     S/ 475.00     S/ 4,750.00
2     CS-AM45   Amoladora angular 4 1/2" 850W           20     S/ 165.00     S/ 3,300.00

                                                        Valor venta     S/ 8,050.00
                                                        IGV 18%         S/ 1,449.00
                                                        Total           S/ 9,499.00

Condiciones: DAP Callao, pago 30 días fecha de factura. Precios según negociación del 10/04.

Atentamente,
Lucía Quispe
Jefa de Compras - Ferretería Industrial Andes S.A.C.
RUC 20548811347 | Av. Argentina 3120, Callao | Telf. (01) 451-2288"""
    items = [item("an-dw20", "Taladro percutor inalámbrico 20V", "CS-DW20", "475.00", "PEN", "", "ordered",
                  quantity="10"),
             item("an-am45", "Amoladora angular 4 1/2\" 850W", "CS-AM45", "165.00", "PEN", "", "ordered",
                  quantity="20")]
    return mail("b8-an-po", "2026-04-20T11:05:00-05:00", "andes", "text-es-orden-de-compra-soles",
                "text-table", "order", ANDES, RYAN, "Orden de Compra OC-2026-0418", items, text=text,
                notes="The buyer's aligned-text orden de compra in soles (`S/ 475.00`), Valor venta / IGV / Total; "
                      "negotiated below our quote (ordered side).")


KW_GOODS = [("kw-tb1", "Timber connector bracket 90x90", "CS-TB90", "5000", "0.68", "0.62"),
            ("kw-jh200", "Joist hanger 200 mm galv.", "CS-JH200", "3000", "1.24", "1.10"),
            ("kw-ds75", "Decking screw 75 mm stainless, box 500", "CS-DS75", "400", "38.90", "36.00")]


def kiwi_rfq():
    text = """Hi Emily,

We're pricing a housing job and need the following, delivered Auckland:

- Timber connector bracket 90x90 (your CS-TB90) x 5,000 - target NZ$0.62 ea
- Joist hanger 200 mm galv. (CS-JH200) x 3,000 - target NZ$1.10 ea
- Decking screw 75 mm stainless, box of 500 (CS-DS75) x 400 boxes - target NZ$36.00/box

Can you get close to these? Need prices by Friday.

Cheers,
Hamish Reid
Purchasing | Southern Cross Building Supplies Ltd
22 Ash Street, Avondale, Auckland 1026 | P +64 9 828 4410 | M +64 21 455 902"""
    return mail("b8-kw-rfq", "2026-01-15T13:20:00+13:00", "kiwi", "text-en-rfq-target-nzd",
                "inquiry", "inquiry", KIWI, RYAN, "RFQ - brackets, hangers, deck screws", [], text=text,
                notes="The buyer's RFQ with target prices `target NZ$0.62 ea`: no items.")


def kiwi_our_quote():
    table_txt = aligned([("Code", "Description", "Qty", "Price NZ$", "Unit"),
                         ("CS-TB90", "Timber connector bracket 90x90", "5,000", "0.68", "ea"),
                         ("CS-JH200", "Joist hanger 200 mm galv.", "3,000", "1.24", "ea"),
                         ("CS-DS75", "Decking screw 75 mm SS, box 500", "400", "38.90", "box")],
                        ((9, False), (32, False), (6, True), (10, True), (4, False)))
    text = f"""Hi Hamish,

Thanks for the RFQ. Best we can do, DDP Auckland, prices excl. GST:

{table_txt}

Targets on the brackets and hangers aren't reachable with current steel prices, sorry.
Valid 30 days, lead time 5 weeks.

Kind regards,
{RYAN_SIGNATURE}"""
    items = [item(pid, name, code, price, "NZD", "box" if "DS75" in code else "pcs", quantity=qty)
             for pid, name, code, qty, price, _ in KW_GOODS]
    items[2]["product"] = "Decking screw 75 mm SS, box 500"
    return mail("b8-kw-quote", "2026-01-22T10:40:00-08:00", "kiwi", "text-en-outbound-nzd-header-only",
                "text-table", "quote", RYAN, KIWI, "RE: RFQ - brackets, hangers, deck screws", items,
                direction="outbound", text=text,
                notes="Our aligned-text quote in NZ$ (only the header `Price NZ$`), `ea`/`box` unit column, excl. "
                      "GST; the targets are refused in a sentence.")


def kiwi_go_ahead():
    text = """Hi Ryan,

All good, go ahead. PO to follow early next week.

Cheers,
Hamish

On Thu, 22 Jan 2026 at 10:40, Ryan Mitchell <ryan.mitchell@cascadia-supply.ca> wrote:
> Hi Hamish,
>
> Thanks for the RFQ. Best we can do, DDP Auckland, prices excl. GST:
>
> Code       Description                          Qty   Price NZ$  Unit
> CS-TB90    Timber connector bracket 90x90     5,000        0.68  ea
> CS-JH200   Joist hanger 200 mm galv.          3,000        1.24  ea
> CS-DS75    Decking screw 75 mm SS, box 500      400       38.90  box
>
> Valid 30 days, lead time 5 weeks."""
    return mail("b8-kw-ok", "2026-02-10T09:15:00+13:00", "kiwi", "text-en-go-ahead-quoting-our-quote",
                "non-quote", "other", KIWI, RYAN, "Re: RE: RFQ - brackets, hangers, deck screws", [],
                kind_alt=("order",), text=text,
                notes="The buyer's go-ahead with our quote quoted below by `>`: no items (the quoted prices "
                      "are ours and already counted).")


def kiwi_po_pdf():
    page = b4_docs.Page()
    page.text("SOUTHERN CROSS BUILDING SUPPLIES LTD", size=13, bold=True, dy=15)
    page.text("22 Ash Street, Avondale, Auckland 1026 | GST No. 112-448-301", size=8, dy=22)
    page.text("PURCHASE ORDER  PO 58817", size=12, bold=True, dy=16)
    page.text("Supplier: Cascadia Industrial Supply Ltd.    Date: 13/02/2026    Currency: NZD", size=9, dy=20)
    xs = (50, 120, 330, 400, 470, 545)
    page.row(("Code", "Description", "Qty", "UOM", "Unit Cost", "Ext. Cost"), xs, bold=True, right=(2, 4, 5))
    rows = [("CS-TB90", "Timber connector bracket 90x90", "5,000", "EA", "0.66", "3,300.00"),
            ("CS-JH200", "Joist hanger 200 mm galv.", "3,000", "EA", "1.20", "3,600.00"),
            ("CS-DS75", "Decking screw 75 mm SS, box 500", "400", "BOX", "38.00", "15,200.00")]
    for r in rows:
        page.row(r, xs, right=(2, 4, 5))
    page.gap()
    page.row(("", "", "", "", "Sub-total", "22,100.00"), xs, right=(5,))
    page.row(("", "", "", "", "GST 15%", "3,315.00"), xs, right=(5,))
    page.row(("", "", "", "", "Total NZD", "25,415.00"), xs, bold=True, right=(5,))
    page.gap(14)
    page.text("Deliver to: SCBS Avondale yard. Prices as agreed by phone 12/02 (2-3% below quote).", size=8)
    pdf = page.build("PO 58817")
    text = """Hi Ryan,

PO 58817 attached as agreed on the phone yesterday.

Cheers,
Hamish Reid
Purchasing | Southern Cross Building Supplies Ltd"""
    items = [item("kw-tb1", "Timber connector bracket 90x90", "CS-TB90", "0.66", "NZD", "pcs", "ordered",
                  quantity="5000"),
             item("kw-jh200", "Joist hanger 200 mm galv.", "CS-JH200", "1.20", "NZD", "pcs", "ordered",
                  quantity="3000"),
             item("kw-ds75", "Decking screw 75 mm SS, box 500", "CS-DS75", "38.00", "NZD", "box", "ordered",
                  quantity="400")]
    return mail("b8-kw-po", "2026-02-13T08:30:00+13:00", "kiwi", "pdf-en-po-nzd-currency-in-header-line",
                "pdf", "order", KIWI, RYAN, "PO 58817", items, text=text,
                attachments=[(pdf, "application/pdf", "PO58817.pdf")],
                notes="The buyer's PO PDF; the currency only in `Currency: NZD` above the table and `Total NZD`; "
                      "UOM EA/BOX; `Unit Cost` header; ordered below our quote.")


SCENARIOS = [naniwa_yen, naniwa_revision, zafar_pdf, zafar_revision, andes_our_quote, andes_po, kiwi_rfq,
             kiwi_our_quote, kiwi_go_ahead, kiwi_po_pdf]

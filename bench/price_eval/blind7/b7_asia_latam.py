"""Thailand (฿ and Thai headers in windows-874 HTML; a CSV with quoted multi-line descriptions and
the price per 100 pieces only in its header), Malaysia (a price list in the mail body and another
in the attached XLSX; an auto-reply quoting our order), Chile (our CLP quote with dot thousands,
the buyer's counter-offer, their purchase order) and Colombia ($ … COP with dot thousands)."""

from b7_common import THANDI, aligned, b3_docs, b4_docs, html_doc, item, item_table, mail
import b7_docs

SIAM = ("Somchai Wongsawat", "somchai@siamrubber.co.th")
KLANG = ("Tan Mei Ling", "meiling.tan@kvfasteners.com.my")
ATACAMA = ("Camila Rojas", "crojas@sumatacama.cl")
DOTAVALLE = ("Andrés Gómez", "agomez@dotavalle.com.co")


def siam_thai():
    rows_data = [("1", "ยางกันกระแทกท่าเรือ D-200 (Rubber fender D-200)", "SR-FD200", "20", "ชิ้น", "฿4,850.00",
                  "97,000.00"),
                 ("2", "แผ่นยางกันลื่น หนา 10 มม. (Rubber sheet 10 mm)", "SR-RS10", "50", "ม้วน", "฿6,200.00",
                  "310,000.00"),
                 ("3", "ยางรองแท่นเครื่อง M12 (Anti-vibration mount M12)", "SR-AV12", "400", "ชิ้น", "฿185.00",
                  "74,000.00")]
    grid = item_table(("ลำดับ", "รายการ", "รหัสสินค้า", "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"), rows_data,
                      (("รวมเป็นเงิน", "481,000.00"), ("ภาษีมูลค่าเพิ่ม 7%", "33,670.00"),
                       ("<b>รวมทั้งสิ้น</b>", "<b>514,670.00</b>")))
    body = ("<p>เรียน คุณ Thandi Mokoena</p><p>บริษัทฯ ขอเสนอราคาสินค้าดังรายการต่อไปนี้ (ใบเสนอราคาเลขที่ QT2026-0215)"
            ":</p>" + grid + "<p>กำหนดส่งของ: FOB แหลมฉบัง ภายใน 21 วัน<br>การชำระเงิน: T/T 30% ล่วงหน้า<br>"
            "ยืนราคา: 30 วัน</p><p>ขอแสดงความนับถือ<br>สมชาย วงศ์สวัสดิ์<br>บริษัท สยามรับเบอร์โปรดักส์ จำกัด<br>"
            "โทร. 038-214-556 | มือถือ 081-442-7719 | เลขประจำตัวผู้เสียภาษี 0215548001234</p>")
    items = [item("sr-fd200", "ยางกันกระแทกท่าเรือ D-200 (Rubber fender D-200)", "SR-FD200", "4850.00", "THB", "pcs",
                  quantity="20"),
             item("sr-rs10", "แผ่นยางกันลื่น หนา 10 มม. (Rubber sheet 10 mm)", "SR-RS10", "6200.00", "THB", "roll",
                  quantity="50"),
             item("sr-av12", "ยางรองแท่นเครื่อง M12 (Anti-vibration mount M12)", "SR-AV12", "185.00", "THB", "pcs",
                  quantity="400")]
    return mail("b7-sr-thai", "2026-02-10T15:20:00+07:00", "siam", "html-th-thai-headers-baht-tis620",
                "html-table", "quote", SIAM, THANDI, "ใบเสนอราคา QT2026-0215", items,
                html=html_doc(body, "tis-620"), charset="tis-620",
                notes="Thai headers (รายการ / จำนวน / หน่วย / ราคาต่อหน่วย (บาท)), ฿ in the cells, units ชิ้น "
                      "(piece) and ม้วน (roll), VAT 7 % and totals rows, TIS-620.")


def siam_csv():
    rows = [["Code", "Description", "Unit", "Price THB/100 pcs", "MOQ (pcs)"],
            ["SR-GR12", "Rubber grommet 12 mm\nEPDM, black\nfor 2 mm panel", "pcs", "245.00", "5,000"],
            ["SR-GR20", "Rubber grommet 20 mm\nEPDM, black\nfor 3 mm panel", "pcs", "380.00", "5,000"],
            ["SR-OR25", "O-ring NBR 70\n25 x 3 mm", "pcs", "112.50", "10,000"],
            ["SR-BP30", "Bump stop 30 mm\nnatural rubber, M8 stud", "pcs", "1,260.00", "1,000"]]
    csv = b3_docs.csv_bytes(rows, sep=",", encoding="utf-8-sig")
    text = """Dear Thandi,

Please find attached our price list for moulded parts, 2nd half 2026. Prices are per 100 pcs,
FOB Laem Chabang. Minimum order per item as shown.

Best regards,
Somchai Wongsawat
Siam Rubber Products Co., Ltd. | +66 38 214 556"""
    items = [item("sr-gr12", "Rubber grommet 12 mm EPDM, black for 2 mm panel", "SR-GR12", "2.45", "THB", "pcs"),
             item("sr-gr20", "Rubber grommet 20 mm EPDM, black for 3 mm panel", "SR-GR20", "3.80", "THB", "pcs"),
             item("sr-or25", "O-ring NBR 70 25 x 3 mm", "SR-OR25", "1.125", "THB", "pcs"),
             item("sr-bp30", "Bump stop 30 mm natural rubber, M8 stud", "SR-BP30", "12.60", "THB", "pcs")]
    return mail("b7-sr-csv", "2026-07-14T10:45:00+07:00", "siam", "csv-quoted-multiline-price-per-100-header",
                "csv-tsv", "quote", SIAM, THANDI, "Price list moulded parts 2H 2026", items, text=text,
                attachments=[(csv, "text/csv", "SR_pricelist_2026H2.csv")],
                notes="UTF-8 CSV (BOM) whose descriptions are quoted fields over two or three lines; the price "
                      "is per 100 pieces, said only in the header `Price THB/100 pcs` (items per piece: "
                      "245.00 → 2.45); MOQ is no quantity.")


def klang_body_and_xlsx():
    rows = [["KLANG VALLEY FASTENERS SDN BHD (Co. No. 199801004417)", "", "", "", ""],
            ["Quotation KVF-Q-26-0412 - Hot-dip galvanised items", "", "", "", ""],
            ["", "", "", "", ""],
            ["Code", "Description", "UOM", "Unit Price (RM)", "Qty"],
            ["KV-HD-M16", "Anchor bolt M16 x 200 HDG c/w nut & washer", "pc", ("n", "3.65"), ("n", "2000")],
            ["KV-HD-M20", "Anchor bolt M20 x 300 HDG c/w nut & washer", "pc", ("n", "6.9"), ("n", "1000")],
            ["KV-TR-M12", "Threaded rod M12 x 1 m HDG", "pc", ("n", "4.25"), ("n", "500")],
            ["", "", "", "", ""],
            ["Prices exclude SST. Delivery ex-stock Klang.", "", "", "", ""]]
    book = b4_docs.xlsx(rows, sheet="HDG", merges=("A1:E1", "A2:E2"), money_cols=(3,))
    text = """Hi Thandi,

Thanks for the enquiry. The stainless items are ex-stock at these prices:

- KV-SS-M10 Hex bolt M10 x 40 A2-70: RM 0.85/pc
- KV-SS-M12 Hex bolt M12 x 50 A2-70: RM 1.42/pc
- KV-SS-N10 Hex nut M10 A2: RM 0.21/pc

For the hot-dip galvanised anchor bolts and rods please see the attached quotation.

Regards,
Tan Mei Ling
Sales Executive | Klang Valley Fasteners Sdn Bhd
Lot 12, Jalan Kemajuan 3, Taman Perindustrian, 41050 Klang, Selangor
Tel +603 3344 8120 | HP +6012 338 4417"""
    items = [item("kv-ssm10", "Hex bolt M10 x 40 A2-70", "KV-SS-M10", "0.85", "MYR", "pcs"),
             item("kv-ssm12", "Hex bolt M12 x 50 A2-70", "KV-SS-M12", "1.42", "MYR", "pcs"),
             item("kv-ssn10", "Hex nut M10 A2", "KV-SS-N10", "0.21", "MYR", "pcs"),
             item("kv-hdm16", "Anchor bolt M16 x 200 HDG c/w nut & washer", "KV-HD-M16", "3.65", "MYR", "pcs",
                  quantity="2000"),
             item("kv-hdm20", "Anchor bolt M20 x 300 HDG c/w nut & washer", "KV-HD-M20", "6.90", "MYR", "pcs",
                  quantity="1000"),
             item("kv-trm12", "Threaded rod M12 x 1 m HDG", "KV-TR-M12", "4.25", "MYR", "pcs", quantity="500")]
    return mail("b7-kv-both", "2026-03-31T11:25:00+08:00", "klang", "text-body-list-plus-other-xlsx-list",
                "xlsx", "quote", KLANG, THANDI, "RE: Enquiry stainless & HDG fasteners", items, text=text,
                attachments=[(book, b7_docs.XLSX_MIME, "KVF-Q-26-0412.xlsx")],
                notes="Two different price lists in one mail: stainless bolts as `RM 0.85/pc` lines in the body "
                      "and galvanised items in the attached XLSX (`Unit Price (RM)`); all six are items.")


def klang_autoreply():
    text = """Thank you for your email. I am on annual leave from 3 April and will be back in the office
on 13 April 2026 with limited access to email. For urgent matters please contact our sales
office at sales@kvfasteners.com.my or +603 3344 8120.

Tan Mei Ling
Klang Valley Fasteners Sdn Bhd

-----Original Message-----
From: Thandi Mokoena <thandi.mokoena@karoo-sourcing.co.za>
Sent: Friday, April 3, 2026 9:02 AM
To: Tan Mei Ling <meiling.tan@kvfasteners.com.my>
Subject: PO KIS-PO-26-0291 - HDG anchor bolts

Hi Mei Ling,

Please find our order below, prices as per your quotation KVF-Q-26-0412:

KV-HD-M16 Anchor bolt M16 x 200 HDG   2,000 pcs @ RM 3.65  = RM 7,300.00
KV-TR-M12 Threaded rod M12 x 1 m HDG    500 pcs @ RM 4.25  = RM 2,125.00

Kind regards,
Thandi"""
    return mail("b7-kv-autoreply", "2026-04-03T15:02:30+08:00", "klang", "auto-reply-quoting-order", "non-quote",
                "other", KLANG, THANDI, "Automatic reply: PO KIS-PO-26-0291 - HDG anchor bolts", [], text=text,
                extra_headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
                notes="An out-of-office auto-reply quoting our order with prices: no items, and our order's "
                      "prices must not be read as the supplier's.")


ATA_ROWS = [("KIS-GL-10", "Guante de cuero para soldador, largo 35 cm", "500", "par", "$8.450", "$4.225.000"),
            ("KIS-CA-01", "Casco de seguridad clase A con ajuste rachet", "300", "un.", "$12.900", "$3.870.000"),
            ("KIS-LE-02", "Lentes de seguridad claros antiempañante", "1.000", "un.", "$2.350", "$2.350.000")]


def _ata_table():
    return item_table(("Código", "Descripción", "Cant.", "Unidad", "Precio unitario (CLP)", "Total"), ATA_ROWS,
                      (("Neto", "$10.445.000"), ("IVA 19%", "$1.984.550"), ("<b>Total</b>", "<b>$12.429.550</b>")))


def atacama_quote():
    body = ("<p>Estimada Camila:</p><p>Junto con saludar, le enviamos nuestra cotización KIS-CL-26-019 para los "
            "elementos de protección personal solicitados:</p>" + _ata_table() + "<p>Condiciones: DAP Antofagasta, "
            "entrega 6 semanas. Pago: 30 días. Validez: 20 días.</p><p>Saludos cordiales,<br>Thandi Mokoena<br>"
            "Karoo Industrial Sourcing (Pty) Ltd | +27 11 392 4470</p>")
    items = [item("ata-gl10", "Guante de cuero para soldador, largo 35 cm", "KIS-GL-10", "8450.00", "CLP", "pair",
                  quantity="500"),
             item("ata-ca01", "Casco de seguridad clase A con ajuste rachet", "KIS-CA-01", "12900.00", "CLP", "pcs",
                  quantity="300"),
             item("ata-le02", "Lentes de seguridad claros antiempañante", "KIS-LE-02", "2350.00", "CLP", "pcs",
                  quantity="1000")]
    return mail("b7-ata-quote", "2026-05-19T16:30:00+02:00", "atacama", "html-outbound-clp-dot-thousands",
                "html-table", "quote", THANDI, ATACAMA, "Cotización KIS-CL-26-019 EPP", items, direction="outbound",
                html=html_doc(body),
                notes="Our outbound quote in Chilean pesos: `$8.450` (dot thousands, no decimals; `$` is CLP "
                      "from the header), `1.000` units, Neto / IVA 19 % / Total rows.")


def atacama_counter():
    quoted = "\n".join("> " + line for line in (
        "Estimada Camila:",
        "",
        "Junto con saludar, le enviamos nuestra cotización KIS-CL-26-019:",
        "",
        "KIS-GL-10  Guante de cuero para soldador   500 par   $8.450",
        "KIS-CA-01  Casco de seguridad clase A      300 un.   $12.900",
        "KIS-LE-02  Lentes de seguridad claros    1.000 un.   $2.350"))
    text = f"""Estimada Thandi:

Revisamos su cotización KIS-CL-26-019 con nuestra gerencia. Para adjudicar necesitaríamos:

- Guante de cuero KIS-GL-10: $7.900 por par
- Casco clase A KIS-CA-01: $11.500 por unidad

Los lentes están bien al precio cotizado. Si nos confirma estos valores emitimos la orden de compra
esta semana.

Saludos,
Camila Rojas
Jefa de Abastecimiento | Suministros Mineros Atacama SpA
Av. Grecia 1450, Antofagasta | +56 55 248 3310 | RUT 76.418.225-3

El mar, 19 may 2026 a las 16:30, Thandi Mokoena <thandi.mokoena@karoo-sourcing.co.za> escribió:
{quoted}"""
    return mail("b7-ata-counter", "2026-05-27T10:05:00-04:00", "atacama", "text-es-buyer-counter-offer", "inquiry",
                "inquiry", ATACAMA, THANDI, "RE: Cotización KIS-CL-26-019 EPP", [], kind_alt=("other",), text=text,
                notes="The buyer's counter-offer (`necesitaríamos $7.900 por par`) above our quoted quote: the "
                      "buyer's wishes are no prices of ours (no items); our quoted prices stay current.")


def atacama_po():
    rows_data = [("10", "KIS-GL-10", "Guante de cuero para soldador", "500", "PAR", "8.100", "4.050.000"),
                 ("20", "KIS-CA-01", "Casco de seguridad clase A", "300", "UN", "12.200", "3.660.000"),
                 ("30", "KIS-LE-02", "Lentes de seguridad claros", "1.000", "UN", "2.350", "2.350.000")]
    grid = item_table(("Pos.", "Material", "Descripción", "Cantidad", "UM", "Precio neto CLP", "Valor neto CLP"),
                      rows_data, (("Total neto", "10.060.000"), ("IVA 19%", "1.911.400"), ("Total", "11.971.400")))
    body = ("<p><b>ORDEN DE COMPRA N° 4500012877</b></p><p>Proveedor: Karoo Industrial Sourcing (Pty) Ltd<br>"
            "Fecha: 04.06.2026 | Condición de pago: 30 días | Incoterm: DAP Antofagasta</p>" + grid +
            "<p>Favor confirmar recepción e indicar fecha de despacho. Facturar a Suministros Mineros Atacama SpA, "
            "RUT 76.418.225-3.</p><p>Camila Rojas<br>Jefa de Abastecimiento</p>")
    items = [item("ata-gl10", "Guante de cuero para soldador", "KIS-GL-10", "8100.00", "CLP", "pair",
                  status="ordered", quantity="500"),
             item("ata-ca01", "Casco de seguridad clase A", "KIS-CA-01", "12200.00", "CLP", "pcs", status="ordered",
                  quantity="300"),
             item("ata-le02", "Lentes de seguridad claros", "KIS-LE-02", "2350.00", "CLP", "pcs", status="ordered",
                  quantity="1000")]
    return mail("b7-ata-po", "2026-06-04T09:40:00-04:00", "atacama", "html-es-cl-orden-de-compra", "html-table",
                "order", ATACAMA, THANDI, "Orden de Compra 4500012877", items, html=html_doc(body),
                notes="The buyer's purchase order (SAP style: Pos. 10/20/30, UM PAR/UN, `Precio neto CLP` without "
                      "a currency sign): ordered prices, the agreed side.")


def dotavalle_text():
    widths = [(5, False), (9, False), (36, False), (4, False), (6, True), (12, True), (14, True)]
    rows = [("Ítem", "Ref.", "Descripción", "Und", "Cant.", "Vr. Unitario", "Vr. Total"),
            ("1", "DV-BT-40", "Bota de seguridad puntera de acero", "par", "200", "$ 148.500", "$ 29.700.000"),
            ("2", "DV-OV-12", "Overol en dril talla L, cinta reflectiva", "und", "300", "$ 62.900", "$ 18.870.000"),
            ("3", "DV-CH-05", "Chaleco reflectivo naranja", "und", "500", "$ 18.750", "$ 9.375.000")]
    text = f"""Buenas tardes señora Mokoena,

De acuerdo con su solicitud, relacionamos nuestra cotización COT-2026-1188.
Valores en pesos colombianos (COP), IVA no incluido.

{aligned(rows, widths)}

{'Subtotal'.rjust(78)}  {'$ 57.945.000'.rjust(14)}
{'IVA 19%'.rjust(78)}  {'$ 11.009.550'.rjust(14)}
{'Total'.rjust(78)}  {'$ 68.954.550'.rjust(14)}

Tiempo de entrega: 15 días hábiles. Forma de pago: 50% anticipo. Validez: 30 días.

Cordialmente,
Andrés Gómez
Ejecutivo Comercial | Dotaciones Industriales del Valle S.A.S.
Calle 15 # 32-40, Acopi Yumbo, Valle del Cauca | PBX (602) 691 4420 | Cel. 315 448 2207
NIT 900.448.127-5"""
    items = [item("dv-bt40", "Bota de seguridad puntera de acero", "DV-BT-40", "148500.00", "COP", "pair",
                  quantity="200"),
             item("dv-ov12", "Overol en dril talla L, cinta reflectiva", "DV-OV-12", "62900.00", "COP", "pcs",
                  quantity="300"),
             item("dv-ch05", "Chaleco reflectivo naranja", "DV-CH-05", "18750.00", "COP", "pcs", quantity="500")]
    return mail("b7-dv-text", "2026-08-04T15:10:00-05:00", "dotavalle", "text-es-co-peso-dot-thousands",
                "text-table", "quote", DOTAVALLE, THANDI, "Cotización COT-2026-1188 dotación", items, text=text,
                notes="Colombian aligned text `$ 148.500` (dot thousands, no decimals), COP only in a sentence "
                      "above the table, `und`/`par`; NIT and phone numbers below.")

"""Suppliers and buyers outside China: an SAP quotation PDF over two pages (Pos., PE price unit,
Rabatt %, `Seite 1 von 2`) and its discount revision, a QuickBooks estimate whose currency is only
in the total, a Xero quote (`Amount AUD`, Disc %), a Zoho Books estimate, an Italian DOCX offer with
`Sconto 40+10` cascades and Opzione A / B, our Spanish Odoo presupuesto with `Desc.%` and the
buyer's pedido with `Dto.`, a Portuguese PHC orçamento PDF, our French devis in .odt with `Remise`
and the buyer's RTF bon de commande, a freight forwarder's rate quote and a Spanish RFQ (no items)."""

from b9_common import (KADRI, MARTIN, MARTIN_SIGNATURE, OUR_SIGNATURE, aligned, b3_docs, b4_docs, b6_docs, b7_docs,
                       b8_docs, en, eu, fr, html_doc, item, item_table, mail, money, net, table, td, th)

RHEIN = ("Sabine Krüger", "s.krueger@rheinland-antrieb.de")
GBT = ("Great Basin Tooling", "estimates@greatbasintooling.com")
MURRAY = ("Murray River Pumps", "accounts@murraypumps.com.au")
GULF = ("Gulf Star Trading FZE", "sales@gulfstar-fze.ae")
BRIANZA = ("Paolo Colombo", "p.colombo@valvolebrianza.it")
CANTABRICA = ("Javier Ruiz", "compras@ferrecantabrica.es")
MINHO = ("Ana Ferreira", "ana.ferreira@cutelariasminho.pt")
ARMOR = ("Yann Le Goff", "achats@quincaillerie-armor.fr")
HANSE = ("Dirk Petersen", "d.petersen@hanseatic-cargo.de")

# ------------------------------------------------------------------ SAP (Rheinland Antriebstechnik)

RH_LINES = [  # pid, material, text, qty, ME, price, PE, Rabatt %
    ("rh-6205", "100-6205-2RS", "Rillenkugellager 6205-2RS C3", 200, "ST", "4,85", 1, 12),
    ("rh-6206", "100-6206-2RS", "Rillenkugellager 6206-2RS C3", 200, "ST", "6,40", 1, 12),
    ("rh-6308", "100-6308-ZZ", "Rillenkugellager 6308-ZZ C3", 80, "ST", "14,90", 1, 12),
    ("rh-ucp205", "210-UCP205", "Stehlagereinheit UCP205", 60, "ST", "11,20", 1, 8),
    ("rh-ucf206", "210-UCF206", "Flanschlagereinheit UCF206", 40, "ST", "13,75", 1, 8),
    ("rh-pf8", "300-6885-8740", "Passfeder DIN 6885 A 8x7x40", 2000, "ST", "38,00", 100, 15),
    ("rh-pf10", "300-6885-10850", "Passfeder DIN 6885 A 10x8x50", 1000, "ST", "52,00", 100, 15),
    ("rh-sr30", "310-471-30", "Sicherungsring DIN 471 30x1,5", 3000, "ST", "12,60", 100, 15),
    ("rh-sr35", "310-471-35", "Sicherungsring DIN 471 35x1,5", 3000, "ST", "15,40", 100, 15),
    ("rh-spa1250", "400-SPA-1250", "Keilriemen SPA 1250 Lw", 150, "ST", "7,95", 1, 20),
    ("rh-spa1500", "400-SPA-1500", "Keilriemen SPA 1500 Lw", 150, "ST", "8,90", 1, 20),
    ("rh-kr08b", "500-08B-1-5M", "Rollenkette 08B-1 (1/2\"x5/16\") 5 m", 30, "ST", "42,50", 1, 10),
    ("rh-kr10b", "500-10B-1-5M", "Rollenkette 10B-1 (5/8\"x3/8\") 5 m", 30, "ST", "58,30", 1, 10),
    ("rh-fett", "900-LGMT2-1", "Wälzlagerfett LGMT 2, 1 kg Dose", 24, "ST", "21,60", 1, 0)]


def _de(s):
    return float(s.replace(".", "").replace(",", "."))


def rheinland_sap_pdf():
    xs = [40, 72, 150, 330, 365, 425, 460, 500, 560]
    right = (3, 5, 6, 7, 8)

    def header(p, page_no):
        p.text("Rheinland Antriebstechnik GmbH", size=13, bold=True, dy=16)
        p.text("Industriestraße 41 · 47829 Krefeld · Tel. +49 2151 7408-0 · www.rheinland-antrieb.de", size=7)
        p.gap(10)
        p.text(f"ANGEBOT 4100023871                                   Datum 10.02.2026      Seite {page_no} von 2",
               size=10, bold=True, dy=16)
        if page_no == 1:
            p.text("Kunde 20418  Baltic Gate Trading OÜ, Peterburi tee 46, 11415 Tallinn, Estland", size=8)
            p.text("Ihre Anfrage vom 02.02.2026 · Lieferbedingung FCA Krefeld · Zahlung 30 Tage netto", size=8)
            p.text("Alle Preise in EUR", size=8)
            p.gap(6)
        p.row(["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Rab.%", "Nettowert"], xs, size=8,
              bold=True, right=right)

    pages = []
    total = 0.0
    p = b4_docs.Page()
    header(p, 1)
    for k, (pid, mat, text, qty, me, price, pe, disc) in enumerate(RH_LINES):
        if k == 9:
            p.gap(20)
            p.text("Übertrag", x=40, size=8)
            p.text("Seite 1 von 2", x=480, size=7)
            pages.append(p.lines)
            p = b4_docs.Page()
            header(p, 2)
        value = _de(price) / pe * (100 - disc) / 100 * qty
        total += value
        p.row([str((k + 1) * 10), mat, text, f"{qty:,}".replace(",", "."), me, price, str(pe),
               f"{disc},0" if disc else "", eu(value)], xs, size=8, right=right)
    p.gap(8)
    p.row(["", "", "Nettowert gesamt", "", "", "", "", "EUR", eu(total)], xs, size=8, bold=True, right=right)
    p.text("Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b UStG). USt-IdNr. DE811 473 902", size=7)
    p.text("Bindefrist: 31.03.2026. Es gelten unsere AGB. Preis je Preiseinheit (PE) abzüglich Rabatt.", size=7)
    p.gap(20)
    p.text("Seite 2 von 2", x=480, size=7)
    pages.append(p.lines)
    pdf = b4_docs.pdf_pages(pages, "Angebot 4100023871")
    text = """Sehr geehrte Frau Tamm,

anbei erhalten Sie unser Angebot 4100023871 zu Ihrer Anfrage vom 02.02.2026.

Mit freundlichen Grüßen
Sabine Krüger
Vertriebsinnendienst
Rheinland Antriebstechnik GmbH | Industriestraße 41 | 47829 Krefeld
Tel. +49 2151 7408-214 | Fax +49 2151 7408-99
Amtsgericht Krefeld HRB 11873 | Geschäftsführer: Dr. Heinz Wolters"""
    items = [item(pid, txt, mat, net(_de(price), disc, pe), "EUR", "pcs", quantity=str(qty))
             for pid, mat, txt, qty, me, price, pe, disc in RH_LINES]
    return mail("b9-rh-sap", "2026-02-10T13:40:00+01:00", "rheinland", "pdf-de-sap-angebot-pe-rabatt-two-pages",
                "pdf", "quote", RHEIN, KADRI, "Angebot 4100023871", items, text=text,
                attachments=[(pdf, "application/pdf", "Angebot_4100023871.pdf")],
                notes="SAP SD quotation PDF, two pages with the header repeated and `Seite 1 von 2`, a `Übertrag` "
                      "line; columns Pos. (10, 20 …) Material Bezeichnung Menge ME Preis PE Rab.% Nettowert; EUR "
                      "only in `Alle Preise in EUR` and the total. The item is the net price of one piece: "
                      "Preis / PE less Rabatt (38,00 per 100 less 15 % = 0.323).")


def rheinland_rabatt_revision():
    text = """Sehr geehrte Frau Tamm,

nach Rücksprache mit unserer Vertriebsleitung können wir Ihnen zu unserem Angebot 4100023871
folgende Änderung anbieten:

Pos. 10  100-6205-2RS  Rillenkugellager 6205-2RS C3: Rabatt 18 % statt 12 %, netto 3,98 EUR/ST
Pos. 20  100-6206-2RS  Rillenkugellager 6206-2RS C3: Rabatt 18 % statt 12 %, netto 5,25 EUR/ST

Alle übrigen Positionen bleiben unverändert.

Mit freundlichen Grüßen
Sabine Krüger
Rheinland Antriebstechnik GmbH | Tel. +49 2151 7408-214"""
    items = [item("rh-6205", "Rillenkugellager 6205-2RS C3", "100-6205-2RS", "3.98", "EUR", "pcs"),
             item("rh-6206", "Rillenkugellager 6206-2RS C3", "100-6206-2RS", "5.25", "EUR", "pcs")]
    return mail("b9-rh-rev", "2026-02-17T09:05:00+01:00", "rheinland", "text-de-rabatt-statt-netto",
                "text-table", "quote", RHEIN, KADRI, "AW: Angebot 4100023871 - geänderte Rabatte", items,
                text=text,
                notes="Revision by discount: `Rabatt 18 % statt 12 %, netto 3,98 EUR/ST`; the net is the item "
                      "(4,85 × 0,82 = 3,977, rounded by the supplier); percentages are no prices.")


# ------------------------------------------------------------------ QuickBooks, Xero, Zoho

def quickbooks_estimate():
    lines = [("gb-em10", "End Mills", "Carbide end mill 10mm 4FL AlTiN", 40, "42.50"),
             ("gb-em6", "End Mills", "Carbide end mill 6mm 4FL AlTiN", 60, "24.80"),
             ("gb-dr8", "Drills", "Carbide drill 8.5mm 5xD internal coolant", 30, "61.00"),
             ("gb-ins", "Inserts", "CNMG 120408 insert, steel grade, box of 10", 25, "78.90")]
    rows = [("", svc, desc, str(qty), rate, en(qty * float(rate))) for _, svc, desc, qty, rate in lines]
    rows.append(("", "Shipping", "UPS Worldwide Saver", "1", "185.00", "185.00"))
    total = sum(q * float(r) for _, _, _, q, r in lines) + 185
    html = ("<div style=\"font-family:Arial;font-size:12px\"><p>Dear Kadri Tamm,</p><p>Please review the "
            "estimate below. Feel free to contact us if you have any questions.<br>We look forward to working with "
            "you.</p><p>Thanks for your business!<br>Great Basin Tooling Inc.</p>"
            "<h2 style=\"color:#365ebf\">Estimate 1043</h2><p>DATE 03/11/2026 &nbsp; EXPIRATION DATE 04/10/2026</p>"
            + item_table(["#", "PRODUCT/SERVICE", "DESCRIPTION", "QTY", "RATE", "AMOUNT"], rows,
                         [("SUBTOTAL", en(total)), ("TAX", "0.00"), ("TOTAL", f"${en(total)}")])
            + "<p>Great Basin Tooling Inc. | 2250 Freeport Blvd, Sparks, NV 89431 | (775) 331-8820</p></div>")
    items = [item(pid, desc, "", rate, "USD", "", quantity=str(qty)) for pid, _, desc, qty, rate in lines]
    return mail("b9-gb-qb", "2026-03-11T17:20:00-08:00", "greatbasin", "html-quickbooks-estimate-currency-in-total",
                "html-table", "quote", GBT, KADRI, "Estimate 1043 from Great Basin Tooling Inc.", items,
                html=html_doc(html),
                notes="QuickBooks Online estimate: # / PRODUCT/SERVICE (a category) / DESCRIPTION / QTY / RATE / "
                      "AMOUNT, bare numbers; the only currency sign is in `TOTAL $…` (a US sender); a Shipping "
                      "line (freight, no item); no part numbers, no unit.")


def xero_quote_pdf():
    lines = [("mr-cp40", "CP-40/160 Centrifugal pump 4kW, cast iron", 6, "1,480.00", 7.5),
             ("mr-cp55", "CP-50/200 Centrifugal pump 5.5kW, cast iron", 4, "1,960.00", 7.5),
             ("mr-sub15", "SUB-15 Submersible drainage pump 1.5kW", 10, "620.00", 0),
             ("mr-ps3", "PS-3 Pressure switch kit with gauge", 20, "84.50", 10)]
    page = b3_docs.Page()
    page.text("QUOTE", size=20, bold=True, dy=26)
    page.text("Baltic Gate Trading OU          Date 24 Mar 2026          Murray River Pumps Pty Ltd", size=9)
    page.text("Attention: Kadri Tamm          Expiry 23 Apr 2026          ABN 61 118 442 907", size=9)
    page.text("Tallinn, Estonia                Quote Number QU-0217      12 Wharf Street, Mildura VIC 3500", size=9)
    page.gap(14)
    xs = [50, 320, 385, 430, 448, 550]
    page.row(["Description", "Quantity", "Unit Price", "Disc.", "GST", "Amount AUD"], xs, bold=True,
             right=(1, 2, 3, 5))
    subtotal = 0
    for _, desc, qty, price, disc in lines:
        amount = float(price.replace(",", "")) * qty * (100 - disc) / 100
        subtotal += amount
        page.row([desc, f"{qty:.2f}", price, f"{disc:.2f}%" if disc else "", "GST Free", en(amount)], xs,
                 right=(1, 2, 3, 5))
    page.gap(8)
    page.row(["", "", "", "Subtotal", "", en(subtotal)], xs, right=(5,))
    page.row(["", "", "", "TOTAL GST 0%", "", "0.00"], xs, right=(5,))
    page.row(["", "", "", "TOTAL AUD", "", en(subtotal)], xs, bold=True, right=(5,))
    page.gap(16)
    page.text("Terms: FOB Melbourne. Export sale, GST free. Lead time 4 weeks.", size=8)
    text = """Hi Kadri,

Here's quote QU-0217 for AUD 12,956.50.

View your quote online: https://in.xero.com/qU0217kT9z

If you have any questions, please let us know.

Thanks,
Murray River Pumps Pty Ltd"""
    items = [item(pid, desc.split(" ", 1)[1], desc.split(" ", 1)[0], net(price.replace(",", ""), disc), "AUD", "",
                  quantity=str(qty)) for pid, desc, qty, price, disc in lines]
    return mail("b9-mr-xero", "2026-03-24T15:10:00+11:00", "murray", "pdf-xero-quote-disc-amount-aud-header",
                "pdf", "quote", MURRAY, KADRI, "Quote QU-0217 from Murray River Pumps Pty Ltd for Baltic Gate Trading OU",
                items, text=text, attachments=[(page.build("QU-0217"), "application/pdf", "Quote QU-0217.pdf")],
                notes="Xero quote PDF: model at the start of the Description, Quantity `6.00`, Unit Price, `Disc.` "
                      "`7.50%`, GST, `Amount AUD` (the currency only in the amount header and `TOTAL AUD`); the item "
                      "is the net price (1,480.00 less 7.5 % = 1369.00).")


def zoho_estimate():
    lines = [("gs-ac18", "Split air conditioner 18000 BTU, R410A, T3", "GS-AC18T3", 40, "312.00", 5),
             ("gs-ac24", "Split air conditioner 24000 BTU, R410A, T3", "GS-AC24T3", 25, "398.00", 5),
             ("gs-cu38", "Copper pipe pair 1/4\"+3/8\", 3m insulated", "GS-CU38-3", 100, "18.40", 0),
             ("gs-br", "Wall bracket for outdoor unit, galvanised", "GS-BR45", 65, "6.90", 0)]
    rows = []
    sub = 0
    for k, (_, desc, sku, qty, rate, disc) in enumerate(lines, 1):
        amount = float(rate) * qty * (100 - disc) / 100
        sub += amount
        rows.append((str(k), f"<b>{desc}</b><br><span style=\"color:#777\">SKU: {sku}</span>", f"{qty:.2f}<br>pcs",
                     rate, f"{disc:.2f}%", en(amount)))
    html = ("<div style=\"font-family:'Open Sans',Arial;font-size:13px\"><p>Dear Kadri Tamm,</p><p>Thank you for "
            "contacting us. Your estimate can be viewed, printed and downloaded as PDF from the link below.</p>"
            "<div style=\"background:#fefff1;border:1px solid #e8deb5;padding:10px\"><b>ESTIMATE AMOUNT</b><br>"
            f"<span style=\"font-size:20px;color:#d61916\">US${en(sub)}</span><br>Estimate No: EST-000386<br>"
            "Estimate Date: 07 Apr 2026</div>"
            + item_table(["#", "Item &amp; Description", "Qty", "Rate", "Discount", "Amount"], rows,
                         [("Sub Total", en(sub)), ("Total", f"US${en(sub)}")])
            + "<p>Regards,<br>Gulf Star Trading FZE | Jebel Ali Free Zone, Dubai | +971 4 887 2310</p></div>")
    items = [item(pid, desc, sku, net(rate, disc), "USD", "pcs", quantity=str(qty))
             for pid, desc, sku, qty, rate, disc in lines]
    return mail("b9-gs-zoho", "2026-04-07T12:30:00+04:00", "gulfstar", "html-zoho-estimate-sku-line-discount",
                "html-table", "quote", GULF, KADRI, "Estimate - EST-000386 from Gulf Star Trading FZE", items,
                html=html_doc(html),
                notes="Zoho Books estimate mail: the name bold and `SKU: …` on a second line in one cell, "
                      "`40.00<br>pcs` quantity cell, bare Rate, Discount `5.00%`, Amount; `US$` only in the "
                      "estimate amount box and the Total. The item is the net (312.00 less 5 % = 296.40).")


# ------------------------------------------------------------------ Italy: Sconto 40+10, Opzione A / B

BR_A = [("br-a-12", "VB-210-12", "Valvola a sfera ottone PN30 F/F 1/2\"", 100, "11,80"),
        ("br-a-34", "VB-210-34", "Valvola a sfera ottone PN30 F/F 3/4\"", 100, "16,40"),
        ("br-a-1", "VB-210-100", "Valvola a sfera ottone PN30 F/F 1\"", 60, "24,90")]
BR_B = [("br-b-12", "VX-316-12", "Valvola a sfera inox AISI 316 PN63 F/F 1/2\"", 100, "28,60"),
        ("br-b-34", "VX-316-34", "Valvola a sfera inox AISI 316 PN63 F/F 3/4\"", 100, "36,20"),
        ("br-b-1", "VX-316-100", "Valvola a sfera inox AISI 316 PN63 F/F 1\"", 60, "52,70")]


def brianza_docx_sconto():
    head = ["Cod. articolo", "Descrizione", "Q.tà", "U.M.", "Prezzo listino", "Sconto %", "Prezzo netto", "Importo"]
    blocks = ["VALVOLE BRIANZA S.r.l.", "Via per Carate 18 – 20851 Lissone (MB) – P.IVA IT 02847710961",
              "Spett.le Baltic Gate Trading OÜ – Tallinn (EE)", "OFFERTA N. 26/0143 del 18/03/2026",
              "Oggetto: valvole a sfera filettate – due alternative di materiale."]
    items = []
    for title, goods in (("OPZIONE A – corpo in ottone CW617N nichelato", BR_A),
                         ("OPZIONE B – corpo in acciaio inox AISI 316", BR_B)):
        rows = [head]
        for pid, code, desc, qty, price in goods:
            list_p = _de(price)
            netto = round(list_p * 0.6 * 0.9, 2)
            rows.append([code, desc, str(qty), "pz", eu(list_p), "40+10", eu(netto), eu(netto * qty)])
            items.append(item(pid, desc, code, f"{netto:.2f}", "EUR", "pcs", quantity=str(qty)))
        blocks += [title, rows]
    blocks += ["Prezzi netti in EUR, IVA esclusa (cessione intracomunitaria, art. 41 D.L. 331/93).",
               "Resa: franco nostro magazzino Lissone. Pagamento: bonifico 60 gg d.f.f.m. Validità offerta: 30 giorni.",
               "Distinti saluti – Ufficio Commerciale"]
    doc = b3_docs.docx(blocks)
    text = """Gentile Sig.ra Tamm,

in allegato la nostra migliore offerta n. 26/0143 con le due alternative richieste (ottone / inox).

Cordiali saluti
Paolo Colombo
Ufficio Commerciale Estero – Valvole Brianza S.r.l.
Tel. +39 039 246 1180 – Cell. +39 347 882 0913"""
    return mail("b9-br-docx", "2026-03-18T11:25:00+01:00", "brianza", "docx-it-offerta-sconto-cascade-opzione-a-b",
                "docx", "quote", BRIANZA, KADRI, "Offerta n. 26/0143 – valvole a sfera", items, text=text,
                attachments=[(doc, b8_docs.DOCX_MIME, "Offerta_26-0143.docx")],
                notes="Italian offer DOCX with two alternative tables `OPZIONE A` / `OPZIONE B`, columns Prezzo "
                      "listino / Sconto % `40+10` (cascade) / Prezzo netto / Importo, `pz`; the net is the item.")


# ------------------------------------------------------------------ Spain: RFQ, our Odoo presupuesto, their pedido

ES_LINES = [("cb-wr", "BG-WR12", "Llave de carraca reversible 1/2\" 72 dientes", 60, "14.20", 10),
            ("cb-ss", "BG-SS94", "Juego de vasos 1/2\" 94 piezas en maletín", 20, "68.50", 10),
            ("cb-pl", "BG-PL8", "Alicate universal 8\" VDE 1000V", 120, "7.90", 5),
            ("cb-tm", "BG-TM8", "Flexómetro 8 m x 25 mm", 200, "3.60", 0)]


def cantabrica_rfq():
    text = """Buenos días Martin:

Les solicitamos oferta para los siguientes artículos, entrega en nuestro almacén de Santander:

- Llave de carraca 1/2" 72 dientes: 60 uds.
- Juego de vasos 1/2" 94 piezas: 20 uds.
- Alicate universal 8" VDE: 120 uds.
- Flexómetro 8 m: 200 uds.

Nuestro precio objetivo para el juego de vasos es 60,00 € la unidad.

Un saludo,
Javier Ruiz
Departamento de Compras – Ferretería Cantábrica S.L.
Pol. Ind. Raos, parcela 14 – 39011 Santander – Tel. 942 35 18 60"""
    return mail("b9-cb-rfq", "2026-02-23T09:30:00+01:00", "cantabrica", "text-es-solicitud-de-oferta",
                "inquiry", "inquiry", CANTABRICA, MARTIN, "Solicitud de oferta - herramientas", [], text=text,
                notes="A buyer's RFQ with quantities and one target price (`60,00 € la unidad`): no items.")


def our_odoo_presupuesto():
    rows = []
    sub = 0
    for _, code, desc, qty, price, disc in ES_LINES:
        amount = float(net(price, disc)) * qty
        sub += amount
        rows.append((f"[{code}] {desc}", f"{qty:,.2f} Unidades".replace(",", "#").replace(".", ",").replace("#", "."),
                     eu(price), eu(disc), "IVA 21%", f"{eu(amount)} €"))
    body = ("<div style=\"font-family:Roboto,sans-serif;font-size:13px\"><p>Hola Javier Ruiz,</p>"
            f"<p>Su presupuesto <strong>P00091</strong> por un importe de <strong>{eu(sub * 1.21)} €</strong> "
            "está listo para su revisión.</p><p>No dude en contactarnos si tiene alguna pregunta.</p>"
            "<h3>Presupuesto # P00091</h3>"
            + item_table(["Descripción", "Cantidad", "Precio unitario", "Desc.%", "Impuestos", "Importe"], rows,
                         [("Base imponible", f"{eu(sub)} €"), ("IVA 21%", f"{eu(sub * 0.21)} €"),
                          ("Total", f"{eu(sub * 1.21)} €")])
            + "<p>Entrega DAP Santander en 3 semanas. Validez 30 días.</p><pre>" + MARTIN_SIGNATURE
            + "</pre></div>")
    items = [item(pid, desc, code, net(price, disc), "EUR", "pcs", quantity=str(qty))
             for pid, code, desc, qty, price, disc in ES_LINES]
    return mail("b9-cb-presup", "2026-02-25T16:45:00+02:00", "cantabrica", "odoo-html-es-presupuesto-desc",
                "html-table", "quote", MARTIN, CANTABRICA, "Baltic Gate Trading OÜ Presupuesto (Ref P00091)", items,
                direction="outbound", html=html_doc(body),
                notes="Our own Odoo in Spanish: `[code] descripción`, `60,00 Unidades`, `14,20` with a `Desc.%` "
                      "`10,00` column, Impuestos `IVA 21%`, Importe `766,80 €`; the net is the item.")


def cantabrica_pedido_pdf():
    page = b3_docs.Page()
    page.text("FERRETERÍA CANTÁBRICA S.L.", size=13, bold=True, dy=16)
    page.text("CIF B39418277 · Pol. Ind. Raos, parcela 14 · 39011 Santander", size=8)
    page.gap(8)
    page.text("PEDIDO DE COMPRA Nº PC-26-0311          Fecha: 04/03/2026          Página 1 de 1", size=10, bold=True,
              dy=16)
    page.text("Proveedor: Baltic Gate Trading OÜ (Tallinn)     Su presupuesto: P00091", size=8)
    page.gap(8)
    xs = [40, 100, 330, 390, 450, 480, 550]
    page.row(["Código", "Descripción", "Cantidad", "Precio", "Dto.", "", "Importe"], xs, bold=True,
             right=(2, 3, 6))
    goods = ES_LINES[:3]
    total = 0
    for _, code, desc, qty, price, disc in goods:
        amount = float(net(price, disc)) * qty
        total += amount
        page.row([code, desc[:44], eu(qty, 0) if qty >= 1000 else str(qty), eu(price), f"{disc}%", "",
                  eu(amount)], xs, right=(2, 3, 6))
    page.gap(8)
    page.row(["", "", "", "Base imponible", "", "", eu(total)], xs, right=(6,))
    page.row(["", "", "", "Total EUR", "", "", eu(total)], xs, bold=True, right=(6,))
    page.text("Operación intracomunitaria, inversión del sujeto pasivo. Plazo de entrega: 3 semanas.", size=8)
    text = """Hola Martin,

Adjuntamos pedido PC-26-0311 según su presupuesto P00091. El flexómetro lo dejamos para más adelante.

Un saludo,
Javier Ruiz
Ferretería Cantábrica S.L."""
    items = [item(pid, desc, code, net(price, disc), "EUR", "", "ordered", quantity=str(qty))
             for pid, code, desc, qty, price, disc in goods]
    return mail("b9-cb-pedido", "2026-03-04T10:15:00+01:00", "cantabrica", "pdf-es-pedido-dto-column",
                "pdf", "order", CANTABRICA, MARTIN, "Pedido PC-26-0311", items, text=text,
                attachments=[(page.build("PC-26-0311"), "application/pdf", "PC-26-0311.pdf")],
                notes="The buyer's purchase order PDF: Código / Descripción / Cantidad / Precio / Dto. `10%` / "
                      "Importe, `Página 1 de 1`, EUR only in `Total EUR`; ordered at the net price.")


# ------------------------------------------------------------------ Portugal: PHC orçamento PDF

MINHO_LINES = [("cm-fc20", "FC-20", "Faca de cozinha chef 20 cm, inox", 240, "UN", "9,40", 5),
               ("cm-fp9", "FP-09", "Faca de pão 9\", cabo POM", 240, "UN", "6,85", 5),
               ("cm-cj24", "CJ-24", "Faqueiro 24 peças, caixa", 60, "CX", "27,50", 8),
               ("cm-tb", "TB-40", "Tábua de corte 40x30 PEAD", 120, "UN", "8,20", 0),
               ("cm-af", "AF-02", "Afiador de facas 2 fases", 300, "UN", "3,15", 0)]


def minho_phc_pdf():
    page = b3_docs.Page()
    page.text("CUTELARIAS DO MINHO, LDA.", size=13, bold=True, dy=16)
    page.text("Rua da Indústria 112 · 4700-321 Braga · NIF PT 508 442 190 · Tel. +351 253 618 240", size=8)
    page.gap(8)
    page.text("ORÇAMENTO N.º 2026/118                 Data: 09-04-2026        Pág. 1/1", size=10, bold=True, dy=16)
    page.text("Exmos. Srs. Baltic Gate Trading OÜ · Tallinn · Estónia · NIF EE102218840", size=8)
    page.gap(8)
    xs = [40, 85, 285, 300, 370, 420, 470, 555]
    right = (2, 4, 5, 7)
    page.row(["Ref.", "Designação", "Qtd.", "Un.", "Preço Unit.", "Desc. %", "", "Total Líquido"], xs, bold=True,
             right=right)
    total = 0
    for _, ref, desc, qty, un, price, disc in MINHO_LINES:
        amount = _de(price) * (100 - disc) / 100 * qty
        total += amount
        page.row([ref, desc, str(qty), un, price, f"{disc},00" if disc else "0,00", "", eu(amount)], xs,
                 right=right)
    page.gap(8)
    page.row(["", "", "", "", "Total ilíquido", "", "", eu(total)], xs, right=(7,))
    page.row(["", "", "", "", "IVA 0% (art. 14.º RITI)", "", "", "0,00"], xs, right=(7,))
    page.row(["", "", "", "", "Total (EUR)", "", "", eu(total)], xs, bold=True, right=(7,))
    page.text("Condições: EXW Braga · pagamento 30 dias · validade 60 dias · *Processado por programa certificado "
              "n.º 0002/AT", size=7)
    text = """Cara Kadri,

Conforme pedido, segue em anexo o nosso orçamento n.º 2026/118.

Com os melhores cumprimentos,
Ana Ferreira
Dep. Comercial – Cutelarias do Minho, Lda.
Tel. +351 253 618 240 | Tlm. +351 912 447 308"""
    items = [item(pid, desc, ref, net(_de(price), disc), "EUR", "box" if un == "CX" else "pcs", quantity=str(qty))
             for pid, ref, desc, qty, un, price, disc in MINHO_LINES]
    return mail("b9-cm-phc", "2026-04-09T12:00:00+01:00", "minho", "pdf-pt-phc-orcamento-desc-column",
                "pdf", "quote", MINHO, KADRI, "Orçamento n.º 2026/118", items, text=text,
                attachments=[(page.build("Orcamento 2026-118"), "application/pdf", "Orcamento_2026-118.pdf")],
                notes="PHC orçamento PDF: Ref. / Designação / Qtd. / Un. (UN, CX) / Preço Unit. / Desc. % / Total "
                      "Líquido; EUR only in `Total (EUR)`; the net is the item (9,40 less 5 % = 8.93).")


# ------------------------------------------------------------------ France: our devis (.odt), their order (.rtf)

FR_LINES = [("qa-cad", "BG-CAD-S", "Cadenas laiton 40 mm, 3 clés", 300, "4.60", 10),
            ("qa-cha", "BG-CH-180", "Charnière inox 180°, 100x75 mm", 500, "2.15", 10),
            ("qa-ver", "BG-VR-60", "Verrou à targette zingué 60 mm", 400, "1.35", 0),
            ("qa-poi", "BG-PB-12", "Poignée de porte béquille alu, rosace", 150, "8.90", 15)]


def our_devis_odt():
    rows = [["Réf.", "Désignation", "Qté", "P.U. HT", "Remise", "P.U. net HT", "Total HT"]]
    total = 0
    for _, ref, desc, qty, price, disc in FR_LINES:
        pn = float(net(price, disc))
        total += pn * qty
        rows.append([ref, desc, str(qty), f"{fr(price)} €", f"{disc} %" if disc else "–", f"{fr(pn)} €",
                     f"{fr(pn * qty)} €"])
    doc = b7_docs.odt(["BALTIC GATE TRADING OÜ – DEVIS N° BG-DV-2026-027", "Tallinn, le 28 avril 2026",
                       "Client : Quincaillerie Armoricaine SARL, 8 rue de Siam, 29200 Brest"], rows,
                      [f"Total HT : {fr(total)} €", "TVA : autoliquidation (art. 283-2 du CGI)",
                       "Livraison DAP Brest sous 3 semaines. Validité : 30 jours."])
    text = f"""Bonjour Monsieur Le Goff,

Veuillez trouver ci-joint notre devis BG-DV-2026-027 pour les articles de quincaillerie demandés.

Cordialement,
{MARTIN_SIGNATURE}"""
    items = [item(pid, desc, ref, str(money(net(price, disc))), "EUR", "", quantity=str(qty))
             for pid, ref, desc, qty, price, disc in FR_LINES]
    return mail("b9-qa-devis", "2026-04-28T11:00:00+03:00", "armor", "odt-fr-devis-remise-pu-net",
                "odt", "quote", MARTIN, ARMOR, "Devis BG-DV-2026-027", items, direction="outbound", text=text,
                attachments=[(doc, b7_docs.ODT_MIME, "Devis_BG-DV-2026-027.odt")],
                notes="Our devis in OpenDocument text: P.U. HT, `Remise` `10 %` (or `–`), P.U. net HT, Total HT "
                      "in `4,14 €` with a no-break space in thousands; the P.U. net HT as shown (rounded to the cent: 2,15 less 10 % = `1,94 €`) is the item.")


def armor_bon_de_commande_rtf():
    rows = [["Réf. fournisseur", "Désignation", "Quantité", "Prix unitaire HT", "Remise", "Montant HT"]]
    goods = [FR_LINES[0], FR_LINES[1], FR_LINES[3]]
    total = 0
    for _, ref, desc, qty, price, disc in goods:
        pn = float(net(price, disc))
        total += pn * qty
        rows.append([ref, desc, str(qty), fr(price), f"{disc} %", fr(pn * qty)])
    doc = b6_docs.rtf(["QUINCAILLERIE ARMORICAINE SARL", "8 rue de Siam – 29200 Brest – SIRET 412 887 340 00027",
                       "BON DE COMMANDE N° 2026-0514 du 05/05/2026", "Fournisseur : Baltic Gate Trading OÜ – "
                       "votre devis BG-DV-2026-027", "Montants en euros"], rows,
                      [900, 3200, 1000, 1500, 900, 1500],
                      [f"Total HT : {fr(total)}", "Livraison : DAP Brest", "Signature : Y. Le Goff"])
    text = """Bonjour Monsieur Kask,

Ci-joint notre bon de commande n° 2026-0514 suivant votre devis. Les verrous ne sont pas retenus pour le moment.

Cordialement,
Yann Le Goff
Service achats – Quincaillerie Armoricaine
Tél. 02 98 44 61 20"""
    items = [item(pid, desc, ref, net(price, disc), "EUR", "", "ordered", quantity=str(qty))
             for pid, ref, desc, qty, price, disc in goods]
    return mail("b9-qa-bdc", "2026-05-05T09:40:00+02:00", "armor", "rtf-fr-bon-de-commande-remise-no-net-column",
                "rtf", "order", ARMOR, MARTIN, "Bon de commande 2026-0514", items, text=text,
                attachments=[(doc, "application/rtf", "BDC_2026-0514.rtf")],
                notes="The buyer's RTF order: Prix unitaire HT, `Remise 10 %` and Montant HT but NO net unit "
                      "price column; the ordered price is the unit price less the discount (4,60 less 10 % = "
                      "4.14), which is also Montant HT / Quantité. EUR only in `Montants en euros`.")


# ------------------------------------------------------------------ freight forwarder (no items)

def hanseatic_freight():
    text = """Dear Kadri,

Thank you for your request. Please find our rates for your shipments ex China:

Ocean freight FCL Ningbo - Muuga (Tallinn) via Hamburg:
  20'GP   USD 1,650.00 per container
  40'HQ   USD 2,480.00 per container
Origin charges (THC, docs, seal): CNY 1,150.00 per container
Destination: THC EUR 185.00, delivery Muuga - Tallinn EUR 240.00, customs clearance EUR 65.00
BAF/ENS included. Validity until 31 May 2026, subject to space and equipment.

LCL Ningbo - Tallinn: USD 48.00 per w/m, min. 1 w/m

Kind regards
Dirk Petersen
Hanseatic Cargo Solutions GmbH | Sea Freight Asia
Am Sandtorkai 37, 20457 Hamburg | +49 40 3098 5521"""
    return mail("b9-hc-freight", "2026-05-12T14:25:00+02:00", "hanseatic", "text-en-freight-forwarder-rates",
                "non-quote", "quote", HANSE, KADRI, "Rates FCL/LCL Ningbo - Tallinn", [], kind_alt=("other",),
                text=text,
                notes="A forwarder's rate quote: freight per container, per w/m, THC and customs: services, no "
                      "product prices, no items.")


SCENARIOS = [rheinland_sap_pdf, rheinland_rabatt_revision, quickbooks_estimate, xero_quote_pdf, zoho_estimate,
             brianza_docx_sconto, cantabrica_rfq, our_odoo_presupuesto, cantabrica_pedido_pdf, minho_phc_pdf,
             our_devis_odt, armor_bon_de_commande_rtf, hanseatic_freight]

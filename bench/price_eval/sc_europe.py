"""Southern and Northern Europe: suppliers in Spain, France, Italy and Portugal, and a buyer in
Sweden. They write to our Rotterdam office (Sinoway Europe B.V.); Germany and Switzerland are in
sc_dach."""

from decimal import Decimal

import pe_docs as docs
from pe_common import ANNA, COLOMBO, ERIK, FERNANDES, JOOST, MOREAU, ORTEGA, SIG_ANNA, SIG_JOOST, I, dt, new_mail
from pe_fmt import num
from pe_mail import Quoted
from pe_tables import Col, Fmt, csv_text, html_table, text_table, total_of

D = Decimal
DE = Fmt(style="de")
US_EN = Fmt(style="us")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


SIG_ORTEGA = """Un saludo,

Carmen Ortega
Dpto. Comercial - Exportación
SUMINISTROS INDUSTRIALES LEVANTE, S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 23 - 46988 Paterna (Valencia)
Tel. +34 961 32 45 67 - CIF B98765432"""


def levante(ctx):
    cols = [Col("Ref.", "model"), Col("Descripción", "product"), Col("Cantidad", "qty", "r"), Col("Ud.", "unit"),
            Col("Precio unitario", "price", "r"), Col("Importe", "amount", "r")]
    items = [I("Manguera hidráulica SAE 100 R2AT 1/2\"", "MH-12-R2", "m", "m", "6.85", "EUR", 100),
             I("Racor recto JIC 1/2\"", "RC-12-12", "ud.", "pcs", "2.40", "EUR", 200),
             I("Abrazadera inox 40-60 mm", "AB-40-60", "ud.", "pcs", "0.62", "EUR", 500),
             I("Bomba hidráulica de engranajes 25 cc", "BH-250", "ud.", "pcs", "250.00", "EUR", 5)]
    f = Fmt(style="de", price_suffix=" €")
    base = total_of(items)
    foot = [("Base imponible", base), ("IVA 0 % (entrega intracomunitaria)", D("0")), ("Total", base)]
    html = html_table(cols, items, f, foot, flavor="outlook", lang="ES")
    body = ["Estimado Sr. Bakker:\n\nSegún lo solicitado, le enviamos nuestra oferta nº OF-25/0142:",
            ("table", text_table(cols, items, f, foot, style="tabs"), html),
            "Condiciones:\n- Portes: EXW Paterna (Valencia)\n- Forma de pago: transferencia a 30 días\n- Plazo de entrega: 1 semana\n"
            "- Validez de la oferta: 30 días", SIG_ORTEGA]
    ctx.add(new_mail("le-html", dt("2025-02-10 12:18", "+0100"), ORTEGA, [JOOST], "Oferta OF-25/0142 - Sinoway Europe", body,
                     client="outlook", charset="windows-1252", lang="es"),
            "levante", "html-outlook-eur-units", "quote", items,
            notes="Outlook HTML, units in their own column (m, ud.), '1.250,00 €' prices, IVA 0 % row.")

    ccols = [Col("Referencia", "model"), Col("Descripción", "product"), Col("Cantidad", "qty"), Col("Unidad", "unit"),
             Col("Precio", "extra:list"), Col("Dto. %", "extra:dto"), Col("Precio neto", "price"), Col("Importe", "amount")]
    rows = [("Manguera hidráulica SAE 100 R2AT 1/2\"", "MH-12-R2", "m", "m", "7.10", 5, 200),
            ("Racor recto JIC 1/2\"", "RC-12-12", "ud", "pcs", "2.40", 0, 300),
            ("Válvula de bola latón 3/4\"", "VB-34", "ud", "pcs", "5.80", 10, 100),
            ("Cilindro hidráulico 40/20-200", "CL-20", "ud", "pcs", "96.00", 8, 10)]
    c_items = []
    for name, ref, ud, unit, price, dto, qty in rows:
        net = D(price) * (100 - dto) / 100
        c_items.append(I(name, ref, ud, unit, net, "EUR", qty, list=num(D(price), "de_plain"), dto=str(dto)))
    csv_rows = []
    for it in c_items:
        p = 2 if it.price == it.price.quantize(D("0.01")) else 3  # the ERP prints 6,745 as it is
        csv_rows.append(";".join([it.model, it.product, str(it.qty), it.unit_doc, it.extra["list"], it.extra["dto"],
                                  num(it.price, "de_plain", p), num(it.amount, "de_plain", 2)]))
    csv = "\r\n".join([";".join(c.header for c in ccols)] + csv_rows) + "\r\n"
    body2 = ["Buenos días Joost,\n\nTe adjunto la oferta OF-25/0389 exportada de nuestro sistema (CSV). Los precios netos ya "
             "incluyen tu descuento.\n\nSaludos,\nCarmen"]
    ctx.add(new_mail("le-csv", dt("2025-07-17 10:05", "+0200"), ORTEGA, [JOOST], "Oferta OF-25/0389", body2, client="thunderbird",
                     charset="utf-8", lang="es", attachments=[(csv.encode("cp1252"), "text/csv", "oferta_OF-25-0389.csv")]),
            "levante", "csv-semicolon-discount", "quote", c_items,
            notes="Windows-1252 CSV with ';', decimal commas, list price + discount + net price columns: the net price counts.")

    pcols = [Col("Line", "idx", width=0.5), Col("Supplier ref.", "model", width=1.2), Col("Description", "product", width=3.0),
             Col("Qty", "qty", "r", 0.7), Col("Unit", "unit", width=0.5), Col("Unit price EUR", "price", "r", 1.1),
             Col("Net value EUR", "amount", "r", 1.1)]
    p_items = [I("Hydraulic hose SAE 100 R2AT 1/2\"", "MH-12-R2", "m", "m", "6.75", "EUR", 300),
               I("Hydraulic cylinder 40/20-200", "CL-20", "pcs", "pcs", "88.32", "EUR", 10)]
    total = total_of(p_items)
    po = docs.pdf_doc({"lang": "en", "letterhead": [("Sinoway Europe B.V.", 15, True),
                                                    ("Waalhaven Z.z. 42 · 3089 JH Rotterdam · The Netherlands · VAT NL859321774B01", 8, False)],
                       "title": "PURCHASE ORDER 4500012901",
                       "info": [("Supplier:", "Suministros Industriales Levante S.L."), ("Supplier no.:", "700212"),
                                ("Your offer:", "OF-25/0389 of 17.07.2025")],
                       "info_right": [("PO date:", "20 Nov 2025"), ("Buyer:", "Joost Bakker"), ("Delivery:", "FCA Paterna")],
                       "cols": pcols, "items": p_items, "fmt": US_EN, "footer": [("Total net value", total)],
                       "notes": ["Please confirm within 2 working days. Quote our PO number on all documents.",
                                 "Delivery address: Sinoway Europe B.V., Waalhaven Z.z. 42, Rotterdam. Dock 3, Mon-Fri 08:00-15:00."],
                       "creator": "SAP"})
    body3 = ["Dear Carmen,\n\nPlease find attached our purchase order 4500012901. For the hose we agreed EUR 6.75/m.\n"
             "Please send the order confirmation.", SIG_JOOST]
    ctx.add(new_mail("le-po", dt("2025-11-20 08:55", "+0100"), JOOST, [ORTEGA], "PO 4500012901 Sinoway Europe", body3,
                     client="outlook", charset="us-ascii", lang="en",
                     attachments=[(po, "application/pdf", "PO_4500012901.pdf")]),
            "levante", "po-pdf-en", "order", p_items, status="ordered", notes="Our purchase order to the supplier: ordered prices.")


SIG_MOREAU = """Cordialement,

Julien Moreau
Responsable Export
ROBINETTERIE LYONNAISE SAS
12, rue des Ateliers – 69200 Vénissieux – France
Tél. : +33 4 72 50 18 30 – Port. : +33 6 12 34 56 78
SIRET 512 345 678 00024 – TVA FR45512345678"""


def robilyon(ctx):
    cols = [Col("Référence", "model"), Col("Désignation", "product"), Col("Qté", "qty", "r"), Col("Unité", "unit"),
            Col("Prix unitaire HT (€)", "price", "r"), Col("Montant HT (€)", "amount", "r")]
    items = [I("Robinet à tournant sphérique inox DN25 PN40", "RTS-DN25-PN40", "pièce", "pcs", "48.60", "EUR", 50),
             I("Vanne papillon à oreilles DN100 PN16", "VP-DN100", "pièce", "pcs", "125.00", "EUR", 20),
             I("Clapet anti-retour à battant DN50", "CAR-DN50", "pièce", "pcs", "62.50", "EUR", 30),
             I("Filtre à tamis en Y fonte DN200", "FY-DN200", "pièce", "pcs", "1250.00", "EUR", 2)]
    f = Fmt(style="fr_nbsp")
    ht = total_of(items)
    csv = csv_text(cols, items, f, ";", footer=[("Total HT", ht), ("TVA 20 %", (ht * D("0.2")).quantize(D("0.01"))),
                                                 ("Total TTC", (ht * D("1.2")).quantize(D("0.01")))],
                   preamble=[["ROBINETTERIE LYONNAISE SAS", "", "", "", "", ""], ["Devis n° D25-0325-04", "", "", "", "Date :", "25/03/2025"]])
    body = ["Bonjour Monsieur Bakker,\n\nVeuillez trouver ci-joint notre devis D25-0325-04 au format CSV, comme demandé.\n"
            "Conditions : départ usine Vénissieux (EXW), paiement à 45 jours fin de mois, délai 3 semaines.", SIG_MOREAU]
    ctx.add(new_mail("ro-csv", dt("2025-03-25 17:45", "+0100"), MOREAU, [JOOST], "Devis D25-0325-04", body, client="outlook",
                     charset="windows-1252", lang="fr", attachments=[(csv.encode("cp1252"), "text/csv", "Devis_D25-0325-04.csv")]),
            "robilyon", "csv-semicolon-fr", "quote", items,
            notes="French Excel CSV: ';', '1 250,00' with no-break space (0xA0, Windows-1252), TVA and TTC rows.")

    t_items = [I("Robinet à tournant sphérique inox DN25 PN40", "RTS-DN25-PN40", "pièces", "pcs", "47.20", "EUR", 50),
               I("Robinet à tournant sphérique inox DN50 PN40", "RTS-DN50-PN40", "pièces", "pcs", "86.40", "EUR", 30),
               I("Vanne papillon motorisée DN150", "VPM-DN150", "pièces", "pcs", "1250.00", "EUR", 4)]
    tf = Fmt(style="fr", price_suffix="\u202f€", qty_unit=True)
    tcols = [Col("Réf.", "model"), Col("Désignation", "product"), Col("Quantité", "qty", "r"), Col("P.U. HT", "price", "r"),
             Col("Total HT", "amount", "r")]
    body2 = ["Bonjour Joost,\n\nSuite à notre échange téléphonique, voici nos meilleurs prix :",
             ("table", text_table(tcols, t_items, tf, [("Total HT", total_of(t_items))], style="spaces"), None),
             "Prix nets HT, départ Vénissieux. Délai : 3 à 4 semaines.\nOffre valable jusqu'au 31 octobre 2025.", SIG_MOREAU]
    ctx.add(new_mail("ro-text", dt("2025-09-03 11:26", "+0200"), MOREAU, [JOOST], "Devis robinets inox et vanne motorisée",
                     body2, client="apple", charset="utf-8", text_only=True, lang="fr"),
            "robilyon", "fr-text-nnbsp", "quote", t_items,
            notes="UTF-8 quoted-printable text; '1 250,00 €' with U+202F narrow no-break spaces; '50 pièces'.")

    h_items = [I("", "RTS-DN25-PN40", "", "", D("47.20") * D("1.05"), "EUR"),
               I("", "RTS-DN50-PN40", "", "", D("86.40") * D("1.05"), "EUR"),
               I("", "VP-DN100", "", "", D("125.00") * D("1.05"), "EUR")]
    for it in h_items:
        it.extra["from_history"] = True
    body3 = ["Madame, Monsieur,\n\nEn raison de la hausse continue des coûts des matières premières (inox, fonte) et de "
             "l'énergie, nous vous informons qu'à compter du 1er mars 2026, nos prix augmenteront de 5 % sur les références "
             "suivantes :\n\n- RTS-DN25-PN40\n- RTS-DN50-PN40\n- VP-DN100\n\nLes autres références de votre tarif restent "
             "inchangées. Les commandes reçues avant le 28 février 2026 seront facturées aux prix actuels.\n\n"
             "Nous vous remercions de votre compréhension.", SIG_MOREAU]
    ctx.add(new_mail("ro-notice", dt("2026-02-05 09:00", "+0100"), MOREAU, [JOOST], "Information hausse tarifaire au 1er mars 2026",
                     body3, client="outlook", charset="windows-1252", lang="fr"),
            "robilyon", "notice-percent-history", "price-notice", h_items, status="notice", kind_alt=("quote",),
            notes="+5 % on named references without prices: the new prices follow only from the earlier quotes (from_history).")


SIG_COLOMBO = """Cordiali saluti,
Marco Colombo
Ufficio Commerciale Estero
VALVOLE BRIANZA S.r.l.
Via Milano 45 - 20831 Seregno (MB) - Italia
Tel. +39 0362 123456 - P.IVA 01234560965"""


def brianza(ctx):
    cols = [Col("Codice", "model"), Col("Descrizione", "product"), Col("U.M.", "unit"), Col("Q.tà", "qty", "r"),
            Col("Prezzo unitario", "price", "r"), Col("Importo", "amount", "r")]
    items = [I('Valvola a sfera in ottone 1" PN30', "VB-100-1", "pz", "pcs", "6.85", "EUR", 200),
             I('Valvola a sfera in ottone 2" PN25', "VB-100-2", "pz", "pcs", "18.90", "EUR", 100),
             I('Raccordo a T in ottone 3/4"', "RT-34", "pz", "pcs", "1.42", "EUR", 500),
             I("Manometro Ø63 0-16 bar radiale", "MN-63-16", "pz", "pcs", "7.60", "EUR", 50)]
    imp = total_of(items)
    xlsx = docs.xlsx_quote({"sheet": "Offerta", "letterhead": [("VALVOLE BRIANZA S.r.l.", 16, True),
                                                              ("Via Milano 45 - 20831 Seregno (MB) - Tel. +39 0362 123456 - P.IVA 01234560965", 8, False)],
                            "title": "OFFERTA N. 2025/0412",
                            "info": [("Spett.le", "Sinoway Europe B.V."), ("Alla c.a.", "Sig. Joost Bakker"), ("Data", "06/05/2025")],
                            "cols": cols, "items": items, "fmt": DE, "price_format": '#,##0.00 "€"', "formulas": True,
                            "footer": [("Imponibile", imp), ("IVA non imponibile art. 41 D.L. 331/93", D("0")), ("Totale", imp)],
                            "sum_label": "Imponibile",
                            "notes": ["Resa: franco fabbrica Seregno (EXW)", "Pagamento: bonifico bancario 60 gg d.f.",
                                      "Consegna: 2 settimane", "Validità offerta: 30 giorni"], "date": "2025-05-06", "author": "Colombo"})
    body = ["Gentile Sig. Bakker,\n\ncome da Sua richiesta, Le inviamo in allegato la nostra migliore offerta.\n"
            "Restiamo a disposizione per qualsiasi chiarimento.", SIG_COLOMBO]
    ctx.add(new_mail("br-xlsx", dt("2025-05-06 15:33", "+0200"), COLOMBO, [JOOST], "Offerta n. 2025/0412", body, client="outlook",
                     charset="iso-8859-1", lang="it", attachments=[(xlsx, XLSX, "Offerta 2025-0412.xlsx")]),
            "brianza", "xlsx-it", "quote", items, notes="Italian XLSX, Q.tà/U.M./Prezzo unitario, € only in the number format.")

    pcols = [Col("Codice", "model", width=1.1), Col("Descrizione", "product", width=3.2), Col("U.M.", "unit", width=0.5),
             Col("Prezzo netto €", "price", "r", 1.0)]
    p_items = [I('Valvola a sfera in ottone 1" PN30', "VB-100-1", "pz", "pcs", "7.10", "EUR"),
               I('Valvola a sfera in ottone 2" PN25', "VB-100-2", "pz", "pcs", "19.60", "EUR"),
               I('Valvola a sfera in acciaio inox 1" PN63', "VB-200-1", "pz", "pcs", "14.80", "EUR"),
               I("Manometro Ø63 0-16 bar radiale", "MN-63-16", "pz", "pcs", "7.60", "EUR")]
    pdf = docs.pdf_doc({"lang": "it", "letterhead": [("VALVOLE BRIANZA S.r.l.", 16, True)],
                        "title": "Listino prezzi riservato 2026", "info": [("Cliente:", "Sinoway Europe B.V."), ("Data:", "09/12/2025")],
                        "cols": pcols, "items": p_items, "fmt": DE, "grid": True,
                        "notes": ["Prezzi netti IVA esclusa, franco fabbrica. Validità: 01/01/2026 - 31/12/2026."],
                        "footer_line": "Valvole Brianza S.r.l. - Capitale sociale € 100.000 i.v. - REA MB-1234567",
                        "page_label": "Pag. {p}/{n}"})
    body2 = ["Gentile Joost,\n\nin allegato il listino riservato 2026.\n\nBuone feste!", SIG_COLOMBO]
    ctx.add(new_mail("br-pdf", dt("2025-12-09 10:10", "+0100"), COLOMBO, [JOOST], "Listino riservato 2026", body2, client="outlook",
                     charset="iso-8859-1", lang="it", attachments=[(pdf, "application/pdf", "Listino_2026_Sinoway.pdf")]),
            "brianza", "pdf-it-list", "quote", p_items, notes="Italian PDF price list, ruled rows, no quantities.")


SIG_RUI = """Com os melhores cumprimentos,
Rui Fernandes
Departamento Comercial
Metalúrgica do Douro, Lda.
Zona Industrial de Rio Tinto, Lote 12 – 4435-000 Rio Tinto, Portugal
Tel.: +351 22 480 1234 | NIF PT 503 123 456"""


def douro(ctx):
    cols = [Col("Ref.ª", "model"), Col("Designação", "product"), Col("Qtd.", "qty", "r"), Col("Un.", "unit"),
            Col("Preço unitário", "price", "r"), Col("Total", "amount", "r")]
    items = [I("Flange de pescoço DN80 PN16 aço P250GH", "FL-DN80-16", "un.", "pcs", "18.40", "EUR", 40),
             I('Tubo inox AISI 304 2" sch10', "TB-304-2", "m", "m", "14.25", "EUR", 120),
             I('Curva 90º inox 304 2"', "CV-90-2", "un.", "pcs", "6.30", "EUR", 60),
             I('Tê igual inox 304 2"', "TE-2", "un.", "pcs", "8.90", "EUR", 30)]
    f = Fmt(style="de", price_suffix=" €")
    sub = total_of(items)
    foot = [("Subtotal", sub), ("Portes", D("120.00")), ("IVA (isento – art.º 14.º RITI)", D("0")), ("Total", sub + D("120.00"))]
    html = html_table(cols, items, f, foot, flavor="plain")
    body = ["Exmo. Sr. Joost Bakker,\n\nNa sequência do seu pedido, junto enviamos a nossa proposta comercial n.º PC-2025/087:",
            ("table", text_table(cols, items, f, foot, style="tabs"), html),
            "Prazo de entrega: 15 dias úteis.\nCondições de pagamento: 30 dias após fatura.\nValidade da proposta: 30 dias.", SIG_RUI]
    ctx.add(new_mail("do-html", dt("2025-04-15 16:20", "+0100"), FERNANDES, [JOOST], "Proposta comercial PC-2025/087", body,
                     client="thunderbird", charset="utf-8", lang="pt"),
            "douro", "html-pt", "quote", items, notes="Portuguese HTML (Thunderbird), Qtd./Un./Preço unitário, Portes and IVA rows.")

    dcols = [Col("Referência", "model"), Col("Descrição", "product"), Col("Quantidade", "qty", "r"), Col("Unidade", "unit"),
             Col("Preço unitário (€)", "price", "r"), Col("Valor (€)", "amount", "r")]
    d_items = [I("Flange de pescoço DN80 PN16 aço P250GH", "FL-DN80-16", "un.", "pcs", "18.90", "EUR", 40),
               I("Flange de pescoço DN100 PN16 aço P250GH", "FL-DN100-16", "un.", "pcs", "24.60", "EUR", 40),
               I('Tubo inox AISI 304 2" sch10', "TB-304-2", "m", "m", "14.80", "EUR", 200)]
    docx = docs.docx_doc({"header_lines": [("METALÚRGICA DO DOURO, LDA.", 15, True, "c"), ("PROPOSTA N.º PC-2025/214", 12, True, "c")],
                          "paragraphs_before": ["Cliente: Sinoway Europe B.V.", "Data: 07/10/2025"],
                          "cols": dcols, "items": d_items, "fmt": DE, "footer": [("Total s/ IVA", total_of(d_items))],
                          "paragraphs_after": ["Condições: EXW Rio Tinto; pagamento a 30 dias; entrega 3 semanas."],
                          "date": "2025-10-07", "author": "Rui Fernandes"})
    body2 = ["Bom dia Joost,\n\nSegue em anexo a nossa nova proposta com as flanges DN100.", SIG_RUI]
    ctx.add(new_mail("do-docx", dt("2025-10-07 09:45", "+0100"), FERNANDES, [JOOST], "Proposta PC-2025/214", body2,
                     client="outlook", charset="windows-1252", lang="pt", attachments=[(docx, DOCX, "Proposta PC-2025-214.docx")]),
            "douro", "docx-quote-pt", "quote", d_items, notes="Portuguese DOCX proposal.")


def nordic(ctx):
    inquiry = ["Hi Anna,\n\nWe have a new project at a pulp mill near Gothenburg and need:\n\n- 200 pcs ball valve 3-pc SS316 "
               "DN50 PN40\n- 100 pcs ball valve 3-pc SS316 DN25 PN40\n- 20 pcs pneumatic actuators DA-63\n\nOur target price "
               "is EUR 14.50/pc for the DN50 and EUR 6.90 for the DN25, delivered Gothenburg. Can you support?\n\nBest "
               "regards\nErik Lindqvist\nPurchasing | Nordic Process Supply AB\nFlöjelbergsgatan 8, 431 37 Mölndal, Sweden\n"
               "+46 31 706 42 18"]
    ctx.add(new_mail("no-inq", dt("2025-02-03 13:40", "+0100"), ERIK, [ANNA], "Inquiry ball valves SS316 + actuators", inquiry,
                     client="outlook", charset="utf-8", lang="en"),
            "nordic", "inquiry-target-prose", "inquiry", [], notes="Inquiry with the buyer's target prices in prose.")

    cols = [Col("Item", "model"), Col("Description", "product"), Col("Qty", "qty", "r"), Col("Unit", "unit"),
            Col("Unit price EUR", "price", "r"), Col("Total EUR", "amount", "r")]
    items = [I("Ball valve 3-pc SS316 DN50 PN40", "BV-316-DN50", "pcs", "pcs", "16.20", "EUR", 200),
             I("Ball valve 3-pc SS316 DN25 PN40", "BV-316-DN25", "pcs", "pcs", "7.35", "EUR", 100),
             I("Gasket kit DN50 PTFE", "GK-DN50", "set", "set", "1.10", "EUR", 200),
             I("Pneumatic actuator double acting DA-63", "ACT-DA-63", "pcs", "pcs", "62.50", "EUR", 20)]
    f = Fmt(style="us", price_prefix="€ ")
    foot = [("Total DAP Gothenburg", total_of(items))]
    html = html_table(cols, items, f, foot, flavor="outlook")
    body = ["Hi Erik,\n\nThank you for the inquiry. Please see our offer below:", ("table", text_table(cols, items, f, foot,
                                                                                                     style="tabs"), html),
            "Delivery: DAP Gothenburg, 4 weeks from our Rotterdam stock.\nPayment: 30 days net.\nThe DN50 target of EUR 14.50 "
            "we cannot reach, sorry; EUR 16.20 is already our project price.\nValid until 28 February 2025.", SIG_ANNA,
            ("quote", Quoted(ERIK, [ANNA], dt("2025-02-03 13:40", "+0100"), "Inquiry ball valves SS316 + actuators", inquiry))]
    ctx.add(new_mail("no-quote", dt("2025-02-06 11:15", "+0100"), ANNA, [ERIK], "RE: Inquiry ball valves SS316 + actuators",
                     body, client="outlook", charset="utf-8", lang="en", reply_to="no-inq"),
            "nordic", "html-outlook-eur-units", "quote", items,
            notes="Our Outlook HTML offer in € with a unit column; the target price in the text and in the quoted inquiry must not count.")

    pcols = [Col("Pos", "idx", width=0.4), Col("Article", "model", width=1.2), Col("Description", "product", width=3.0),
             Col("Qty", "qty", "r", 0.6), Col("Unit", "unit", width=0.5), Col("Price EUR", "price", "r", 0.9),
             Col("Amount EUR", "amount", "r", 1.0)]
    p_items = [I("Ball valve 3-pc SS316 DN50 PN40", "BV-316-DN50", "pcs", "pcs", "15.80", "EUR", 200),
               I("Ball valve 3-pc SS316 DN25 PN40", "BV-316-DN25", "pcs", "pcs", "7.20", "EUR", 100),
               I("Pneumatic actuator double acting DA-63", "ACT-DA-63", "pcs", "pcs", "60.00", "EUR", 20)]
    sub = total_of(p_items)
    pdf = docs.pdf_doc({"lang": "en", "letterhead": [("Sinoway Europe B.V.", 15, True),
                                                     ("Waalhaven Z.z. 42 · 3089 JH Rotterdam · NL · KvK 71234567 · VAT NL859321774B01", 8, False)],
                        "title": "PROFORMA INVOICE SWE-PI-25-0520",
                        "info": [("Buyer:", "Nordic Process Supply AB"), ("Your PO:", "NPS-4471"), ("Date:", "20 May 2025")],
                        "info_right": [("Delivery:", "DAP Gothenburg"), ("Payment:", "100% before shipment")],
                        "cols": pcols, "items": p_items, "fmt": US_EN,
                        "footer": [("Subtotal", sub), ("Freight DAP Gothenburg", D("180.00")), ("Bank charges", D("25.00")),
                                   ("Total EUR", sub + D("205.00"))],
                        "notes": ["Bank: ING Bank N.V., IBAN NL91 INGB 0001 2345 67, BIC INGBNL2A",
                                  "VAT: intra-community supply, reverse charge (art. 138 Directive 2006/112/EC)."]})
    body2 = ["Hi Erik,\n\nThanks for the order. Attached is the proforma invoice with the prices we agreed on the phone.",
             SIG_ANNA]
    ctx.add(new_mail("no-pi", dt("2025-05-20 15:25", "+0200"), ANNA, [ERIK], "Proforma invoice SWE-PI-25-0520 / your PO NPS-4471",
                     body2, client="outlook", charset="utf-8", lang="en",
                     attachments=[(pdf, "application/pdf", "SWE-PI-25-0520.pdf")]),
            "nordic", "pi-pdf-en", "quote", p_items, status="agreed", kind_alt=("contract", "order"),
            notes="Proforma invoice PDF: agreed prices; freight and bank charge rows are not items.")

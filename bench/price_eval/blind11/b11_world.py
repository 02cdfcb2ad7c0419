"""Suppliers in Spain, Portugal, France, Italy, Taiwan and the UK, and two buyers: a Spanish
cotización in HTML (`1.186,50 €`), a Portuguese orçamento PDF from an ERP (UN / KG / M), a French
Odoo devis PDF whose descriptions wrap (`1 234,50 €`), an Italian preventivo DOCX, a Taiwanese SAP
Business One sales quotation with wrapped descriptions and `USD 58.50` cells, a British Sage 50
quotation (GBP only in the totals); a Spanish builder's inquiry with target prices, our XLSX
cotización with a logo row and `"USD "` formats, their order restating the prices in decimal
commas; a Brazilian distributor's inquiry with target prices and our proforma invoice."""

from b11_common import (DIEGO, DIEGO_SIGNATURE, OUR_SIGNATURE, SARA, b3_docs, b4_docs, dec, en, eu, fr, html_doc,
                        item, mail, table, td, th)
import b11_docs
from b11_docs import bold, formula, num

IBERICA = ("Javier Martín", "jmartin@valvulas-ibericas.es")
VALE = ("Rui Ferreira", "rui.ferreira@metalvale.pt")
LEMAIRE = ("Claire Dubois", "c.dubois@outillage-lemaire.fr")
OROBICHE = ("Marco Bertoli", "m.bertoli@orobiche.it")
TAIYANG = ("Jerry Lin", "jerry.lin@taiyang-precision.com.tw")
PENNINE = ("Gareth Evans", "gareth@pennine-hydraulics.co.uk")
ALHAMBRA = ("Lucía Moreno", "lucia.moreno@alhambra-construcciones.es")
PAULISTA = ("Marcos Oliveira", "marcos@paulista-ferragens.com.br")

# ------------------------------------------------------------------ Válvulas Ibéricas (EUR, HTML)

VI = [("VI-BV-1/2", 'Válvula de bola latón 1/2" PN25, palanca', 500, "4.85"),
      ("VI-BV-1", 'Válvula de bola latón 1" PN25, palanca', 300, "9.60"),
      ("VI-CV-2", 'Válvula de retención clapeta 2" latón', 100, "27.40"),
      ("VI-YF-DN100", "Filtro en Y DN100 PN16 fundición, bridas", 20, "1186.50")]


def iberica_cotizacion():
    head = ["Ref.", "Descripción", "Ud.", "Cantidad", "Precio unitario", "Importe"]
    rows = [[r, d, "ud.", eu(q, 0), eu(p) + " €", eu(q * float(p)) + " €"] for r, d, q, p in VI]
    base = sum(q * float(p) for _, _, q, p in VI)
    foot = [("Base imponible", eu(base) + " €"), ("IVA 21 %", eu(base * 0.21) + " €"),
            ("Total", eu(base * 1.21) + " €")]
    html_rows = ["".join(th(h) for h in head)] + ["".join(td(c) for c in r) for r in rows]
    html_rows += [td(l, 'colspan="5" align="right"') + td(v) for l, v in foot]
    body = ("<p>Estimada Sra. Haddad:</p><p>Atendiendo a su solicitud, le remitimos nuestra cotización "
            "n.º COT-2026/0142:</p>" + table(html_rows) +
            "<p>Condiciones: precios EXW Zaragoza; portes pagados para pedidos superiores a 3.000,00 €. Plazo de "
            "entrega: 2-3 semanas. Forma de pago: transferencia 30 días. Validez de la oferta: 60 días.</p>"
            "<p>Atentamente,<br>Javier Martín<br>Departamento Comercial<br>Válvulas Ibéricas S.L. | Polígono "
            "Malpica, calle E, 28 | 50016 Zaragoza | Tel. +34 976 571 204 | CIF B50761284</p>")
    items = [item(r, d, r, dec(p), "EUR", "pcs", quantity=str(q)) for r, d, q, p in VI]
    return mail("b11-vi-cot", "2026-02-02T12:10:00+01:00", "iberica", "html-es-cotizacion-decimal-comma",
                "html-table", "quote", IBERICA, SARA, "Cotización COT-2026/0142 válvulas", items, html=html_doc(body),
                notes="Spanish cotización: `4,85 €`, `1.186,50 €`, unit `ud.`, quantities `500`, Base imponible / "
                      "IVA 21 % / Total rows, a free-freight threshold `3.000,00 €` (no item).")


# ------------------------------------------------------------------ Metalúrgica do Vale (EUR, PDF)

MV = [("MV-AB-1627", "Abraçadeira inox 304 16-27 mm", "UN", 2000, "0.38", "pcs"),
      ("MV-CP-3", "Chapa perfurada 3 mm 1000x2000 galv.", "UN", 50, "86.40", "pcs"),
      ("MV-VR-12", "Varão roscado M12 zincado", "M", 500, "1.95", "m"),
      ("MV-AR-2", "Arame galvanizado 2,0 mm", "KG", 1000, "1.42", "kg")]


def vale_orcamento_pdf():
    page = b3_docs.Page()
    page.text("METALÚRGICA DO VALE, LDA.", size=13, bold=True, dy=16)
    page.text("Zona Industrial do Casarão, Lote 14, 3750-042 Águeda | NIF 508 217 430 | Tel. +351 234 612 880",
              size=8, dy=24)
    page.text("ORÇAMENTO N.º ORC 2026/87", size=12, bold=True, dy=16)
    page.text("Data: 17-02-2026     Validade: 30 dias     Moeda: EUR", size=9, dy=12)
    page.text("Cliente: Crescent Bay Trading LLC, Dubai, EAU     Condições: FCA Aveiro", size=9, dy=20)
    xs = [50, 130, 330, 380, 420, 540]
    page.row(["Artigo", "Descrição", "Qtd.", "Un.", "Preço Unit.", "Valor"], xs, bold=True, right=(2, 4, 5))
    total = 0
    for code, desc, un, q, p, _ in MV:
        total += q * float(p)
        page.row([code, desc, eu(q, 0) if q >= 1000 else str(q), un, eu(p), eu(q * float(p))], xs, right=(2, 4, 5))
    page.gap(10)
    page.row(["", "Total Mercadoria", "", "", "", eu(total)], xs, right=(5,))
    page.row(["", "IVA (autoliquidação - exportação)", "", "", "", "0,00"], xs, right=(5,))
    page.row(["", "Total (EUR)", "", "", "", eu(total)], xs, bold=True, right=(5,))
    page.gap(16)
    page.text("Processado por programa certificado n.º 0051/AT - Primavera ERP v10", size=7)
    page.text("Pagamento: 50% com a encomenda, 50% antes da expedição. IBAN PT50 0035 0651 0002 1874 3302 4", size=7)
    text = """Exma. Sra. Sara Haddad,

Conforme solicitado, segue em anexo o nosso orçamento ORC 2026/87.

Com os melhores cumprimentos,
Rui Ferreira
Metalúrgica do Vale, Lda. | Tel. +351 234 612 880
"""
    items = [item(c, d, c, dec(p), "EUR", u, quantity=str(q)) for c, d, _, q, p, u in MV]
    return mail("b11-mv-orc", "2026-02-17T11:00:00+00:00", "vale", "pdf-pt-primavera-orcamento-un-kg-m",
                "pdf", "quote", VALE, SARA, "Orçamento ORC 2026/87", items, text=text,
                attachments=[(page.build("ORC 2026-87"), "application/pdf", "ORC_2026_87.pdf")],
                notes="Portuguese ERP orçamento PDF: `Preço Unit.` in decimal commas (`86,40`, `2.000`), Un. "
                      "UN / M / KG, `Moeda: EUR` above, Total (EUR), certified-software line and IBAN.")


# ------------------------------------------------------------------ Outillage Lemaire (EUR, Odoo PDF)

OL = [("OL-CM-250", "Clé à molette 250 mm", "chromée, mâchoire 30 mm, poignée bi-matière", 200, "12.40"),
      ("OL-TV-6", "Jeu de tournevis 6 pièces", "plats et cruciformes PH1/PH2, lame CrV", 150, "9.85"),
      ("OL-PC-200", "Pince coupante diagonale 200 mm", "acier au chrome-vanadium, isolée 1000 V", 300, "8.95"),
      ("OL-MR-5", "Mètre ruban 5 m x 19 mm", "boîtier ABS, classe II", 400, "3.20"),
      ("OL-CO-58", "Caisse à outils garnie 58 pièces", "coffret métallique, 3 tiroirs", 20, "1234.50")]


def lemaire_odoo_pdf():
    page = b3_docs.Page()
    page.text("Outillage Lemaire SARL", size=12, bold=True, dy=14)
    page.text("12 rue des Forges, 42000 Saint-Étienne, France  -  SIRET 452 118 907 00028  -  TVA FR62452118907",
              size=7, dy=24)
    page.text("Crescent Bay Trading LLC", size=9, dy=11)
    page.text("Jebel Ali Free Zone South, Dubai, Émirats arabes unis", size=9, dy=22)
    page.text("Devis n° S00418", size=15, bold=True, dy=18)
    page.row(["Date du devis", "Expiration", "Vendeur"], [50, 200, 350], bold=True, size=8, dy=11)
    page.row(["03/03/2026", "02/04/2026", "Claire Dubois"], [50, 200, 350], size=8, dy=22)
    xs = [50, 330, 420, 470, 545]
    page.row(["Description", "Quantité", "Prix unitaire", "Taxes", "Montant"], xs, bold=True, right=(1, 2, 4))
    total = 0
    for ref, name, more, q, p in OL:
        total += q * float(p)
        page.row([f"[{ref}] {name}", f"{fr(q)} Unités", fr(p), "TVA 0%", fr(q * float(p)) + " €"], xs,
                 right=(1, 2, 4), dy=11)
        page.row([more], xs, size=8, dy=15)
    page.gap(6)
    page.row(["", "", "Montant HT", "", fr(total) + " €"], xs, right=(4,))
    page.row(["", "", "Total", "", fr(total) + " €"], xs, bold=True, right=(4,))
    page.gap(14)
    page.text("Conditions générales : paiement à 30 jours fin de mois. Livraison : EXW Saint-Étienne.", size=7)
    page.text("Page 1 / 1", x=280, size=7)
    text = """Bonjour Madame Haddad,

Veuillez trouver ci-joint notre devis S00418 d'un montant de 32 612,50 €.
N'hésitez pas à nous contacter pour toute question.

Cordialement,
Claire Dubois
Outillage Lemaire SARL
"""
    items = [item(r, n, r, dec(p), "EUR", "pcs", quantity=str(q)) for r, n, _, q, p in OL]
    return mail("b11-ol-devis", "2026-03-03T09:45:00+01:00", "lemaire", "pdf-fr-odoo-devis-wrapped-nbsp",
                "pdf", "quote", LEMAIRE, SARA, "Outillage Lemaire SARL Devis (Réf S00418)", items, text=text,
                attachments=[(page.build("Devis - S00418"), "application/pdf", "Devis - S00418.pdf")],
                notes="An Odoo devis PDF in French: `[OL-CM-250] Clé à molette 250 mm` with a second description "
                      "line under it, `200,00 Unités`, prices `1 234,50` (no-break space) without a sign, `TVA "
                      "0%`, amounts with `€`; the mail states the total `32 612,50 €` (no item).")


# ------------------------------------------------------------------ Rubinetterie Orobiche (EUR, DOCX)

RO = [("RO-MX-100", "Miscelatore lavabo monocomando, cromato", 100, "48.50"),
      ("RO-DC-200", "Doccetta a 3 getti con flessibile 150 cm", 200, "12.80"),
      ("RO-RS-12", 'Rubinetto a sfera 1/2" MF, farfalla rossa', 500, "6.35"),
      ("RO-CD-1000", "Colonna doccia termostatica inox", 10, "1234.00")]


def orobiche_preventivo():
    rows = [["Codice", "Descrizione", "U.M.", "Q.tà", "Prezzo unitario", "Importo"]]
    tot = 0
    for c, d, q, p in RO:
        tot += q * float(p)
        rows.append([c, d, "pz", str(q), "€ " + eu(p), "€ " + eu(q * float(p))])
    rows.append(["", "Trasporto (franco destino Genova porto)", "", "", "", "€ 85,00"])
    rows.append(["", "Totale imponibile", "", "", "", "€ " + eu(tot + 85)])
    doc = b3_docs.docx(["RUBINETTERIE OROBICHE S.r.l.", "Via Industriale 41, 25065 Lumezzane (BS) - P.IVA 03128760984",
                        "", "Spett.le Crescent Bay Trading LLC - Dubai", "PREVENTIVO N. 2026/061 del 18/03/2026", "",
                        rows, "", "Condizioni: resa FCA Lumezzane; pagamento: bonifico anticipato 30%, saldo a 30 gg.",
                        "Offerta valida 60 giorni. IVA non imponibile art. 8 DPR 633/72.", "", "Marco Bertoli"])
    text = """Gentile Sig.ra Haddad,

in allegato il nostro preventivo n. 2026/061 come richiesto.

Cordiali saluti
Marco Bertoli - Ufficio Commerciale Estero
Rubinetterie Orobiche S.r.l. | Tel. +39 030 871 2264
"""
    items = [item(c, d, c, dec(p), "EUR", "pcs", quantity=str(q)) for c, d, q, p in RO]
    return mail("b11-ro-prev", "2026-03-18T10:20:00+01:00", "orobiche", "docx-it-preventivo-euro-prefix",
                "docx", "quote", OROBICHE, SARA, "Preventivo n. 2026/061", items, text=text,
                attachments=[(doc, b11_docs_docx_mime(), "Preventivo_2026_061.docx")],
                notes="Italian preventivo DOCX: `€ 48,50`, `€ 1.234,00`, U.M. `pz`, a freight line `€ 85,00` "
                      "and Totale imponibile (no items).")


def b11_docs_docx_mime():
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ------------------------------------------------------------------ Tai Yang (USD, SAP Business One PDF)

TY = [("TY-LG15-400", ["Linear guide rail 15mm, L=400mm,", "with 2 blocks HGH15CA, preload Z0"], 50, "PCS", "58.50"),
      ("TY-LG20-600", ["Linear guide rail 20mm, L=600mm,", "with 2 flange blocks HGW20CC"], 30, "PCS", "86.20"),
      ("TY-BS1605-500", ["Ball screw SFU1605, L=500mm, C7,", "with nut and machined ends"], 40, "PCS", "42.80"),
      ("TY-BK12", ["Support unit BK12 + BF12", "(fixed and floating side)"], 40, "SET", "18.60"),
      ("TY-CP-8x8", ["Flexible coupling D20 L25,", "bore 8×8mm, aluminium"], 100, "PCS", "3.45")]


def taiyang_sap_b1():
    page = b3_docs.Page()
    page.text("TAI YANG PRECISION CO., LTD.", size=13, bold=True, dy=14)
    page.text("No. 27, Gongye 38th Rd., Xitun Dist., Taichung City 407, Taiwan  Tel: +886-4-2359-1877", size=8, dy=24)
    page.text("Sales Quotation", size=15, bold=True, dy=18)
    page.row(["Customer:", "C20318 Crescent Bay Trading LLC", "No.:", "2600148"], [50, 110, 380, 430], size=8, dy=11)
    page.row(["Contact:", "Sara Haddad", "Date:", "12.02.2026"], [50, 110, 380, 430], size=8, dy=11)
    page.row(["Currency:", "USD", "Valid Until:", "14.03.2026"], [50, 110, 380, 430], size=8, dy=20)
    xs = [50, 68, 150, 380, 420, 480, 545]
    page.row(["#", "Item No.", "Item Description", "Quantity", "UoM", "Price", "Total"], xs, bold=True, size=8,
             right=(3, 5, 6))
    total = 0
    for k, (code, desc, q, uom, p) in enumerate(TY, 1):
        total += q * float(p)
        page.row([str(k), code, desc[0], f"{q}", uom, "USD " + p, "USD " + en(q * float(p))], xs, size=8,
                 right=(3, 5, 6), dy=10)
        page.row(["", "", desc[1]], xs, size=8, dy=14)
    page.gap(6)
    for label, value in (("Total Before Discount", total), ("Freight", 0), ("Tax", 0), ("Total Payment Due", total)):
        page.row(["", "", "", "", label, "", "USD " + en(value)], xs, size=8, right=(6,), bold=label.startswith("Total P"))
    page.gap(16)
    page.text("Remarks: EXW Taichung. Payment: T/T in advance. Lead time: 3-4 weeks.", size=7)
    page.text("Printed by SAP Business One", size=6)
    text = """Dear Sara,

Attached please find our quotation 2600148 for linear guides and ball screws.

Best regards,
Jerry Lin | Overseas Sales
Tai Yang Precision Co., Ltd.
"""
    units = {"PCS": "pcs", "SET": "set"}
    items = [item(c, " ".join(d), c, p, "USD", units[u], quantity=str(q)) for c, d, q, u, p in TY]
    return mail("b11-ty-sapb1", "2026-02-12T14:30:00+08:00", "taiyang", "pdf-sap-business-one-wrapped-usd-cells",
                "pdf", "quote", TAIYANG, SARA, "Sales Quotation 2600148 - Tai Yang Precision", items, text=text,
                attachments=[(page.build("Sales Quotation 2600148"), "application/pdf", "SQ2600148.pdf")],
                notes="SAP Business One Sales Quotation PDF: # / Item No. / Item Description / Quantity / UoM / "
                      "Price / Total, descriptions wrapping onto a second line, `USD 58.50` cells, Currency in "
                      "the header block, Total Before Discount / Freight / Tax / Total Payment Due rows.")


# ------------------------------------------------------------------ Pennine Hydraulics (GBP, Sage 50 PDF)

PH = [("PH-HH-025", 'Hydraulic hose 1/4" 2SN, per metre', "50.00", "4.65"),
      ("PH-AD-12", 'Adaptor 1/2" BSP M/M, zinc', "200.00", "2.85"),
      ("PH-BV-34", 'High-pressure ball valve 3/4" BSP', "20.00", "38.40"),
      ("PH-PG-63", "Pressure gauge 63mm 0-250 bar, glycerine", "40.00", "11.75"),
      ("PH-CY-5030", "Double-acting cylinder 50/30 x 300 stroke", "5.00", "1286.00")]


def pennine_sage_pdf():
    page = b3_docs.Page()
    page.text("Pennine Hydraulics Ltd", size=13, bold=True, dy=14)
    page.text("Unit 4, Leeds Road Trading Estate, Huddersfield HD1 6PG  |  VAT Reg. GB 318 7742 05", size=8, dy=24)
    page.text("QUOTATION", size=14, bold=True, dy=16)
    page.row(["Quotation No.", "QU-1187", "Date", "25/03/2026"], [50, 130, 380, 430], size=8, dy=11)
    page.row(["Account Ref.", "CRESC001", "Valid for", "30 days"], [50, 130, 380, 430], size=8, dy=20)
    xs = [50, 130, 360, 420, 480, 545]
    page.row(["Product Code", "Description", "Quantity", "Unit Price", "Net", "VAT"], xs, bold=True, size=8,
             right=(2, 3, 4, 5))
    total = 0
    for code, desc, q, p in PH:
        net_v = float(q) * float(p)
        total += net_v
        page.row([code, desc, q, en(p), en(net_v), "0.00"], xs, size=8, right=(2, 3, 4, 5))
    page.gap(10)
    page.row(["", "", "", "Total Net Amount", "", "£" + en(total)], xs, size=8, right=(5,))
    page.row(["", "", "", "Total VAT Amount", "", "£0.00"], xs, size=8, right=(5,))
    page.row(["", "", "", "Carriage", "", "£45.00"], xs, size=8, right=(5,))
    page.row(["", "", "", "TOTAL GBP", "", "£" + en(total + 45)], xs, size=8, bold=True, right=(5,))
    page.gap(14)
    page.text("Zero-rated export. Goods remain our property until paid in full.", size=7)
    text = """Hi Sara,

Please find attached quotation QU-1187 as requested. Carriage to Felixstowe for your consolidator
is included as a separate line.

Kind regards
Gareth Evans
Pennine Hydraulics Ltd | 01484 552 310
"""
    items = [item(c, d, c, dec(p), "GBP", "", quantity=str(int(float(q)))) for c, d, q, p in PH]
    return mail("b11-ph-sage", "2026-03-25T16:05:00+00:00", "pennine", "pdf-sage50-quotation-gbp-in-totals",
                "pdf", "quote", PENNINE, SARA, "Quotation QU-1187 from Pennine Hydraulics Ltd", items, text=text,
                attachments=[(page.build("Quotation QU-1187"), "application/pdf", "QU-1187.pdf")],
                notes="A Sage 50 quotation: Product Code / Description / Quantity `50.00` / Unit Price / Net / VAT, "
                      "no currency in the rows, `£` and `TOTAL GBP` only in the totals; a carriage line; no "
                      "unit stated (`per metre` inside one description).")


# ------------------------------------------------------------------ Alhambra (buyer, Spain)

AL_TARGET = [("CB-H350-SS", "Bisagra cazoleta 35 mm cierre suave inox", "6.000", "3,60"),
             ("CB-DS45-500", "Guía telescópica 45 mm, 500 mm", "2.400", "5,20"),
             ("CB-PPR-2020", "Tubo PPR PN20 Φ20×2,0 mm", "20.000 m", "0,65"),
             ("CB-EL-20", "Codo PPR 90° Φ20", "30.000", "0,085")]


def alhambra_inquiry():
    rows = [[bold("SOLICITUD DE OFERTA SO-2026-031 - Residencial Las Dunas (Málaga)")],
            ["Ref.", "Descripción", "Cantidad", "Precio objetivo (USD)"]]
    rows += [[r, d, q, t] for r, d, q, t in AL_TARGET]
    rows += [[], ["Entrega: CIF Málaga antes del 30/04/2026. Rogamos su mejor precio."]]
    book = b11_docs.workbook([{"name": "Solicitud", "rows": rows, "merges": ("A1:D1",), "widths": (14, 40, 12, 20)}])
    text = """Buenos días Diego,

Adjuntamos nuestra solicitud de oferta para el proyecto Las Dunas, con precios objetivo.
Necesitaríamos la cotización esta semana.

Un saludo,
Lucía Moreno
Compras - Construcciones Alhambra S.A. | Granada | Tel. +34 958 204 377
"""
    return mail("b11-al-rfq", "2026-02-16T09:05:00+01:00", "alhambra", "xlsx-es-inquiry-target-prices",
                "xlsx", "inquiry", ALHAMBRA, DIEGO, "Solicitud de oferta SO-2026-031 Las Dunas", [], text=text,
                attachments=[(book, b11_docs.XLSX_MIME, "SO-2026-031.xlsx")],
                notes="A buyer's inquiry with a `Precio objetivo (USD)` column in decimal commas: no items.")


AL = [("CB-H350-SS", "Soft-close hinge 35mm, stainless steel", "SET", 6000, "3.95", "set"),
      ("CB-DS45-500", "Drawer slide 45mm, 500mm (pair)", "SET", 2400, "5.60", "set"),
      ("CB-PPR-2020", "PPR pipe PN20 Φ20×2.0mm", "M", 20000, "0.72", "m"),
      ("CB-EL-20", "PPR elbow 90° Φ20", "PCS", 30000, "0.0980", "pcs")]


def our_xlsx_cotizacion():
    fmt, fmt4 = '"USD "#,##0.00', '"USD "#,##0.0000'
    rows = [[""], [bold("CRESCENT BAY TRADING LLC")],
            ["Plot S30211, Jebel Ali Free Zone South, Dubai, UAE  |  Tel +971 4 887 2640  |  TRN 100398264500003"],
            [bold("COTIZACIÓN / QUOTATION  CB-Q-260219")],
            ["Cliente: Construcciones Alhambra S.A.", "", "", "", "Fecha: 19/02/2026"],
            ["Ref. su solicitud SO-2026-031", "", "", "", "Validez: 30 días"],
            ["Ref.", "Descripción / Description", "Unidad", "Cantidad", "Precio unitario", "Importe"]]
    first = len(rows) + 1
    for code, desc, unit, qty, price, _ in AL:
        r = len(rows) + 1
        rows.append([code, desc, unit, num(qty, "#,##0"), num(price, fmt4 if len(price) > 4 else fmt),
                     formula(f"{qty * float(price):.2f}", f"D{r}*E{r}", fmt)])
    last = len(rows)
    tot = sum(q * float(p) for _, _, _, q, p, _ in AL)
    rows.append(["", "", "", "", "TOTAL CFR Málaga", formula(f"{tot:.2f}", f"SUM(F{first}:F{last})", fmt)])
    rows += [[], ["Notas: 1. Precios CFR Málaga, en USD. 2. Pago: 30% anticipo, 70% contra copia B/L."],
             ["3. Embarque: 35 días desde anticipo. 4. Tubo PPR en barras de 4 m."]]
    terms = {"name": "Condiciones", "rows": [["Banco", "Emirates NBD, Jebel Ali Branch"],
                                             ["IBAN", "AE07 0260 0010 1539 2284 701"],
                                             ["SWIFT", "EBILAEAD"], ["Incoterm", "CFR Málaga (Incoterms 2020)"]]}
    book = b11_docs.workbook([{"name": "Cotización", "rows": rows, "heights": {1: 54},
                               "merges": ("A1:F1", "A2:F2", "A3:F3", "A4:F4", "A5:D5", "A6:D6"),
                               "widths": (14, 40, 8, 10, 16, 16)}, terms])
    text = f"""Estimada Lucía:

Adjunto nuestra cotización CB-Q-260219 para el proyecto Las Dunas (precios CFR Málaga en USD).

Saludos cordiales,
{DIEGO_SIGNATURE}"""
    items = [item(c, d, c, p, "USD", u, quantity=str(q)) for c, d, _, q, p, u in AL]
    return mail("b11-al-quote", "2026-02-19T11:30:00+04:00", "alhambra", "xlsx-our-cotizacion-logo-row-usd-format",
                "xlsx", "quote", DIEGO, ALHAMBRA, "Cotización CB-Q-260219 - Residencial Las Dunas", items,
                direction="outbound", text=text, attachments=[(book, b11_docs.XLSX_MIME, "CB-Q-260219.xlsx")],
                notes="Our outbound XLSX: a tall empty logo row, letterhead and a bilingual title merged across, "
                      "prices as numbers formatted `\"USD \"#,##0.00` (and `0.0000`), Amount formulas with cached "
                      "values, a TOTAL row, notes under the table and a bank sheet.")


def alhambra_pedido():
    text = """Diego,

Confirmamos el pedido según su cotización CB-Q-260219:

- CB-H350-SS bisagra inox: 6.000 juegos a 3,85 USD/juego (precio acordado por teléfono)
- CB-DS45-500 guía 500 mm: 2.400 juegos a 5,60 USD/juego

El tubo PPR y los codos los dejamos para el mes que viene. Enviad la proforma, por favor.

Un saludo,
Lucía Moreno
Compras - Construcciones Alhambra S.A. | Tel. +34 958 204 377
"""
    items = [item("CB-H350-SS", "bisagra inox", "CB-H350-SS", "3.85", "USD", "set", status="ordered", quantity="6000"),
             item("CB-DS45-500", "guía 500 mm", "CB-DS45-500", "5.60", "USD", "set", status="ordered",
                  quantity="2400")]
    return mail("b11-al-order", "2026-02-24T17:45:00+01:00", "alhambra", "text-es-order-confirmation-restated",
                "prose", "order", ALHAMBRA, DIEGO, "RE: Cotización CB-Q-260219 - pedido", items, text=text,
                notes="The buyer confirms the order restating prices in decimal commas, one lower than quoted "
                      "(agreed by phone): ordered items; `6.000 juegos` is 6000 sets.")


# ------------------------------------------------------------------ Paulista (buyer, Brazil)


def paulista_inquiry():
    text = """Prezado Diego,

Estamos cotando ferragens para o projeto Edifício Aurora. Pedimos o seu melhor preço para:

1) Dobradiça 35 mm com amortecedor (CB-H350) - 10.000 peças - preço alvo US$ 2,80
2) Corrediça telescópica 350 mm (CB-DS45-350) - 3.000 pares - preço alvo US$ 4,00
3) Puxador botão 30 mm (CB-KN-30) - 8.000 peças - preço alvo US$ 0,55

Entrega CIF Santos. Aguardamos retorno até sexta-feira.

Atenciosamente,
Marcos Oliveira
Distribuidora Paulista de Ferragens Ltda. | CNPJ 12.487.330/0001-58 | Tel. +55 11 3322-8140
"""
    return mail("b11-pa-rfq", "2026-03-09T14:20:00-03:00", "paulista", "text-pt-inquiry-preco-alvo",
                "prose", "inquiry", PAULISTA, DIEGO, "Cotação - Edifício Aurora", [], text=text,
                notes="A buyer's inquiry in Portuguese with `preço alvo US$ 2,80` per item: no items.")


PA = [("CB-H350", "Soft-close hinge 35mm, nickel plated", "SET", 10000, "2.90", "set"),
      ("CB-DS45-350", "Drawer slide 45mm, 350mm (pair)", "SET", 3000, "4.20", "set"),
      ("CB-KN-30", "Knob 30mm, zinc alloy", "PCS", 8000, "0.62", "pcs")]


def our_proforma_pdf():
    page = b4_docs.Page()
    page.text("CRESCENT BAY TRADING LLC", size=13, bold=True, dy=14)
    page.text("Plot S30211, Jebel Ali Free Zone South, Dubai, UAE  |  TRN 100398264500003", size=8, dy=24)
    page.text("PROFORMA INVOICE  CB-PI-260320", size=13, bold=True, dy=18)
    page.text("Buyer: Distribuidora Paulista de Ferragens Ltda., Sao Paulo, Brazil   Date: 20 Mar 2026", size=8, dy=11)
    page.text("Terms: CIF Santos | Payment: 30% T/T advance, 70% against B/L copy", size=8, dy=20)
    xs = [50, 75, 150, 360, 400, 470, 545]
    page.row(["No.", "Item", "Description", "Unit", "Qty", "Unit Price USD", "Amount USD"], xs, bold=True, size=8,
             right=(4, 5, 6))
    total = 0
    for k, (c, d, u, q, p, _) in enumerate(PA, 1):
        total += q * float(p)
        page.row([str(k), c, d, u, f"{q:,}", p, en(q * float(p))], xs, size=8, right=(4, 5, 6))
    page.gap(8)
    page.row(["", "", "", "", "", "TOTAL CIF Santos", en(total)], xs, size=8, bold=True, right=(6,))
    page.gap(12)
    page.text("SAY US DOLLARS FORTY-SIX THOUSAND FIVE HUNDRED SIXTY ONLY.", size=8)
    page.text("Bank: Emirates NBD, Jebel Ali Branch, IBAN AE07 0260 0010 1539 2284 701, SWIFT EBILAEAD", size=8)
    text = f"""Dear Marcos,

Thank you for your order. Please find attached our proforma invoice CB-PI-260320; kindly sign and
return it with the 30% advance.

Best regards,
{DIEGO_SIGNATURE}"""
    items = [item(c, d, c, p, "USD", u, status="agreed", quantity=str(q)) for c, d, _, q, p, u in PA]
    return mail("b11-pa-pi", "2026-03-20T10:40:00+04:00", "paulista", "pdf-our-proforma-invoice-usd-header",
                "pdf", "quote", DIEGO, PAULISTA, "Proforma Invoice CB-PI-260320", items, direction="outbound",
                kind_alt=["contract", "order"], text=text,
                attachments=[(page.build("CB-PI-260320"), "application/pdf", "CB-PI-260320.pdf")],
                notes="Our proforma invoice (agreed prices): `Unit Price USD` header, unit column SET / PCS, "
                      "CIF total and the amount in words.")


SCENARIOS = [iberica_cotizacion, vale_orcamento_pdf, lemaire_odoo_pdf, orobiche_preventivo, taiyang_sap_b1,
             pennine_sage_pdf, alhambra_inquiry, our_xlsx_cotizacion, alhambra_pedido, paulista_inquiry,
             our_proforma_pdf]

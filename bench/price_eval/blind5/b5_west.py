"""Suppliers in France, Italy, Spain, Portugal and the Netherlands, and our quote to Morocco:
European decimal commas and thousand dots in every shape they come in."""

from b5_common import (JAN, LOTTE, OUR_SIGNATURE, b3_docs, b4_docs, ho_mail, html_doc, item, mail,
                       table, td, th)
import b5_media

LYON = ("Claire Morel", "c.morel@tissus-lyonnais.fr")
COMO = ("Giulia Ferrario", "g.ferrario@tessituracomasca.it")
LEVANTE = ("Javier Soler", "jsoler@quimicaslevante.es")
ATLANTICO = ("Rui Pereira", "rui.pereira@conservas-atlantico.pt")
VDBERG = ("Sanne Visser", "s.visser@vdberg-elektronica.nl")
VDBERG_AM = ("Mark Jansen", "m.jansen@vdberg-elektronica.nl")
MAROC = ("Youssef Benali", "y.benali@maroc-confection.ma")

LYON_SIG = """<p style="font-size:8pt;color:#555">Claire Morel – Service commercial export<br>
Tissus Lyonnais SARL – 27, rue de la Soie – 69004 Lyon<br>
Tél. : +33 (0)4 78 29 61 40 – Fax : +33 (0)4 78 29 61 49<br>
SARL au capital de 150.000,00 € – RCS Lyon B 412 387 956 – SIRET 412 387 956 00028 – TVA FR27 412387956<br>
Ce message et ses pièces jointes sont confidentiels. Conditions générales de vente du 01/01/2026 applicables.</p>"""


def lyon_devis():
    rows = [
        "".join(th(h) for h in ("Réf.", "Désignation", "Laize", "Qté", "Unité", "P.U. HT", "Montant HT")),
        "".join(td(c) for c in ("LIN-320", "Lin lavé 320 g/m², teint pièce", "150 cm", "300", "m", "14,40 €",
                                "4.320,00 €")),
        "".join(td(c) for c in ("COT-180", "Popeline coton 180 g/m²", "145 cm", "500", "m", "6,85 €",
                                "3.425,00 €")),
        "".join(td(c) for c in ("VIS-140", "Viscose fluide imprimée 140 g/m²", "140 cm", "400", "m", "8,20 €",
                                "3.280,00 €")),
        "".join(td(c) for c in ("TCE-50", "Toile de coton écrue, rouleau de 50 m", "160 cm", "4", "rouleau",
                                "1.185,00 €", "4.740,00 €")),
        td("Frais de port (forfait)", 'colspan="6"') + td("85,00 €"),
        td("<b>Total HT</b>", 'colspan="6"') + td("<b>15.850,00 €</b>"),
        td("TVA 20 %", 'colspan="6"') + td("3.170,00 €"),
        td("<b>Total TTC</b>", 'colspan="6"') + td("<b>19.020,00 €</b>"),
    ]
    body = ("<p>Bonjour Monsieur de Vries,</p><p>Suite à votre demande du 6 février, veuillez trouver "
            "ci-dessous notre devis n° D-2026-0142 :</p>" + table(rows) +
            "<p>Conditions : départ usine Lyon (EXW), paiement à 30 jours fin de mois, escompte 2 % pour "
            "paiement sous 8 jours. Délai : 3 à 4 semaines. Validité de l'offre : 60 jours.</p>"
            "<p>Bien cordialement,</p>" + LYON_SIG)
    items = [item("lyon-lin", "Lin lavé 320 g/m², teint pièce", "LIN-320", "14.40", "EUR", "m", quantity="300"),
             item("lyon-cot", "Popeline coton 180 g/m²", "COT-180", "6.85", "EUR", "m", quantity="500"),
             item("lyon-vis", "Viscose fluide imprimée 140 g/m²", "VIS-140", "8.20", "EUR", "m", quantity="400"),
             item("lyon-tce", "Toile de coton écrue, rouleau de 50 m", "TCE-50", "1185.00", "EUR", "roll",
                  quantity="4")]
    return mail("b5-lyon-devis", "2026-02-10T09:14:00+01:00", "lyon", "html-fr-devis-ht-ttc-dot-thousands",
                "html-table", "quote", LYON, JAN, "Devis D-2026-0142 – tissus lin / coton / viscose", items,
                html=html_doc(body), notes="French HTML devis: `1.185,00 €`, rouleau, frais de port, TVA, TTC rows.")


def lyon_circulaire():
    p = b3_docs.Page()
    p.text("TISSUS LYONNAIS SARL", size=14, bold=True, dy=16)
    p.text("27, rue de la Soie - 69004 Lyon - Tél. +33 (0)4 78 29 61 40", size=8, dy=22)
    p.text("CIRCULAIRE TARIFAIRE N° 2026-03", size=12, bold=True, dy=16)
    p.text("Objet : révision de nos prix au 1er juillet 2026", size=10, dy=14)
    p.text("Madame, Monsieur, la hausse du coton et de l'énergie nous contraint à réviser nos tarifs.", size=9)
    p.text("Les nouveaux prix s'appliquent à toute commande reçue à partir du 01/07/2026.", size=9, dy=20)
    xs = [50, 110, 300, 410, 500, 560]
    p.row(["Réf.", "Désignation", "Unité", "Ancien prix HT", "Nouveau prix HT", "Variation"], xs, bold=True,
          right=(3, 4, 5))
    data = [("LIN-320", "Lin lavé 320 g/m²", "m", "14,40 €", "15,05 €", "+4,5 %"),
            ("COT-180", "Popeline coton 180 g/m²", "m", "6,85 €", "7,15 €", "+4,4 %"),
            ("VIS-140", "Viscose fluide imprimée 140 g/m²", "m", "8,20 €", "8,55 €", "+4,3 %"),
            ("TCE-50", "Toile de coton écrue, rouleau 50 m", "rouleau", "1.185,00 €", "1.238,00 €", "+4,5 %")]
    for r in data:
        p.row(list(r), xs, right=(3, 4, 5))
    p.gap(14)
    p.text("Les commandes confirmées avant le 30/06/2026 restent facturées à l'ancien tarif.", size=9)
    p.text("Franco de port à partir de 2.500,00 € HT. Minimum de facturation : 150,00 € HT.", size=9)
    p.text("SARL au capital de 150.000,00 € - RCS Lyon B 412 387 956 - Page 1/1", size=7)
    pdf = p.build("Circulaire tarifaire 2026-03")
    body = ("<p>Madame, Monsieur,</p><p>Veuillez trouver ci-joint notre circulaire tarifaire n° 2026-03 "
            "applicable au 1er juillet 2026.</p><p>Cordialement,</p>" + LYON_SIG)
    items = [item("lyon-lin", "Lin lavé 320 g/m²", "LIN-320", "15.05", "EUR", "m", status="notice"),
             item("lyon-cot", "Popeline coton 180 g/m²", "COT-180", "7.15", "EUR", "m", status="notice"),
             item("lyon-vis", "Viscose fluide imprimée 140 g/m²", "VIS-140", "8.55", "EUR", "m", status="notice"),
             item("lyon-tce", "Toile de coton écrue, rouleau 50 m", "TCE-50", "1238.00", "EUR", "roll",
                  status="notice")]
    return mail("b5-lyon-circ", "2026-06-02T11:30:00+02:00", "lyon", "pdf-fr-circulaire-ancien-nouveau",
                "pdf", "price-notice", LYON, JAN, "Circulaire tarifaire 2026-03 – hausse au 01/07/2026", items,
                kind_alt=["quote"], html=html_doc(body),
                attachments=[(pdf, "application/pdf", "Circulaire_tarifaire_2026-03.pdf")],
                notes="Circular PDF: old and new price columns, variation in %, franco threshold.")


def lyon_revision():
    text = """Bonjour Jan,

Suite à notre échange téléphonique, nous pouvons vous proposer pour la commande de septembre :

- Réf. LIN-320 laize 150 cm : 14,60 € le mètre (au lieu de 15,05 €)
- Réf. COT-180 laize 145 cm : 6,95 € le mètre (au lieu de 7,15 €)

Les autres références restent au tarif de la circulaire 2026-03.
Quantité minimum 500 m par référence, livraison sous 3 semaines.

Bien cordialement,
Claire Morel
Tissus Lyonnais SARL - Tél. +33 (0)4 78 29 61 40 - Portable +33 (0)6 12 48 90 37
"""
    items = [item("lyon-lin", "", "LIN-320", "14.60", "EUR", "m"),
             item("lyon-cot", "", "COT-180", "6.95", "EUR", "m")]
    return mail("b5-lyon-rev", "2026-09-09T14:05:00+02:00", "lyon", "text-fr-revision-ref-laize-au-lieu-de",
                "prose", "quote", LYON, JAN, "Re: prix LIN-320 / COT-180 commande septembre", items,
                text=text, charset="iso-8859-15",
                notes="Revision naming only reference and width; `au lieu de` old prices are no items.")


COMO_SIG = """Giulia Ferrario
Ufficio Commerciale Estero
Tessitura Comasca S.r.l. - Via Borgovico 148 - 22100 Como (CO)
Tel. +39 031 52 64 118 - Fax +39 031 52 64 119
P.IVA / C.F. 02873450139 - Cap. Soc. EUR 500.000,00 i.v. - REA CO-281734
"""


def como_offerta():
    text = f"""Gentile Sig. de Vries,

in riferimento alla Vs. richiesta, Vi inviamo la nostra migliore offerta n. 2026/118:

Art.        Descrizione                        Altezza   Prezzo EUR/mt    Prezzo EUR/mt
                                                         fino a 299 mt    da 300 mt
----------  ---------------------------------  -------   -------------    -------------
SETA-220    Crêpe de Chine pura seta 16 mm     140 cm            24,50            23,40
TWILL-90    Twill di seta stampato 90 g/m²     140 cm            19,80            18,90
RASO-110    Raso duchesse seta 110 g/m²        150 cm            31,20            29,75

Campionatura: 12,00 EUR a taglio (rimborsabile al primo ordine).
Trasporto: 45,00 EUR a collo, franco oltre 3.000,00 EUR.
Consegna: 4 settimane dalla conferma. Pagamento: bonifico 60 gg d.f.f.m.
Validità offerta: 31.05.2026.

Cordiali saluti,
{COMO_SIG}"""
    items = []
    for pid, name, model, p1, p2 in (("como-seta", "Crêpe de Chine pura seta 16 mm", "SETA-220", "24.50", "23.40"),
                                     ("como-twill", "Twill di seta stampato 90 g/m²", "TWILL-90", "19.80", "18.90"),
                                     ("como-raso", "Raso duchesse seta 110 g/m²", "RASO-110", "31.20", "29.75")):
        items.append(item(pid, name, model, p1, "EUR", "m"))
        items.append(item(pid, name, model, p2, "EUR", "m", tier=True))
    return mail("b5-como-offerta", "2026-03-04T16:40:00+01:00", "como", "text-it-aligned-two-tier-eur-mt",
                "text-table", "quote", COMO, JAN, "Offerta n. 2026/118 - tessuti seta", items, text=text,
                charset="windows-1252",
                notes="Aligned Italian text, two-line header with tiers `fino a 299 mt` / `da 300 mt`.")


def como_contratto():
    doc = b3_docs.docx([
        "TESSITURA COMASCA S.R.L.\nVia Borgovico 148 - 22100 Como - P.IVA 02873450139",
        "CONTRATTO DI FORNITURA N. 2026/045",
        "tra Tessitura Comasca S.r.l. (il Fornitore) e Meridian Sourcing B.V., Rotterdam (l'Acquirente), "
        "si conviene quanto segue.",
        "Art. 1 - Oggetto e prezzi",
        [["Art.", "Descrizione", "Quantità (mt)", "Prezzo unitario (EUR/mt)", "Importo (EUR)"],
         ["SETA-220", "Crêpe de Chine pura seta 16 mm, h. 140 cm", "1.200", "23,10", "27.720,00"],
         ["TWILL-90", "Twill di seta stampato 90 g/m², h. 140 cm", "800", "18,40", "14.720,00"],
         ["RASO-110", "Raso duchesse seta 110 g/m², h. 150 cm", "500", "29,20", "14.600,00"],
         ["", "Totale imponibile", "", "", "57.040,00"]],
        "Operazione non imponibile IVA ai sensi dell'art. 41 D.L. 331/1993 (cessione intracomunitaria).",
        "Art. 2 - Consegna: franco fabbrica Como (EXW, Incoterms 2020), in tre lotti entro il 31.08.2026.",
        "Art. 3 - Pagamento: 30% all'ordine, saldo a 60 giorni data fattura. IBAN IT60 X054 2811 1010 0000 0123 456.",
        "Art. 4 - Penale per ritardata consegna: 0,5% del valore del lotto per ogni giorno, massimo 10%.",
        "Como, 19 maggio 2026\nIl Fornitore ____________          L'Acquirente ____________",
    ])
    text = f"""Gentile Jan,

in allegato il contratto di fornitura n. 2026/045 con i prezzi concordati, da restituire firmato.

Cordiali saluti,
{COMO_SIG}"""
    items = [item("como-seta", "Crêpe de Chine pura seta 16 mm", "SETA-220", "23.10", "EUR", "m", "agreed", "1200"),
             item("como-twill", "Twill di seta stampato 90 g/m²", "TWILL-90", "18.40", "EUR", "m", "agreed", "800"),
             item("como-raso", "Raso duchesse seta 110 g/m²", "RASO-110", "29.20", "EUR", "m", "agreed", "500")]
    return mail("b5-como-contratto", "2026-05-19T10:20:00+02:00", "como", "docx-it-contratto-fornitura",
                "docx", "contract", COMO, JAN, "Contratto di fornitura 2026/045", items, text=text,
                attachments=[(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              "Contratto_fornitura_2026-045.docx")],
                notes="Supply contract DOCX: agreed prices, quantities `1.200`, penalty and IBAN numbers.")


def como_revisione():
    text = f"""Buongiorno Jan,

per l'art. SETA-220 h. 140 possiamo confermarVi il nuovo prezzo di 22,80 EUR/mt per gli ordini
dal 1° novembre (minimo 300 mt). Gli altri articoli restano invariati.

Cordiali saluti,
Giulia Ferrario - Tel. +39 031 52 64 118

-----Messaggio originale-----
Da: Jan de Vries <jan.devries@meridian-sourcing.nl>
Inviato: giovedì 8 ottobre 2026 09:12
A: Giulia Ferrario
Oggetto: SETA-220 prezzo Q4

> Buongiorno Giulia, per il Q4 ci servono ca. 900 mt di SETA-220.
> Il nostro cliente ha un target di 21,50 EUR/mt. Potete avvicinarvi?
> Ultimo prezzo contratto 2026/045: 23,10 EUR/mt.
"""
    items = [item("como-seta", "", "SETA-220", "22.80", "EUR", "m")]
    return mail("b5-como-rev", "2026-10-13T11:02:00+02:00", "como", "text-it-revision-above-quoted-target",
                "prose", "quote", COMO, JAN, "R: SETA-220 prezzo Q4", items, text=text, charset="utf-8",
                notes="Revision naming model and height; quoted target 21,50 and contract price are no items.")


LEVANTE_SIG = """<p style="font-size:8pt">Javier Soler Ribes · Departamento Comercial Exportación<br>
Químicas del Levante, S.A. · Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 31 · 46988 Paterna (Valencia)<br>
Tel. +34 961 34 27 80 · Fax +34 961 34 27 81 · CIF A-46283917<br>
Inscrita en el Registro Mercantil de Valencia, Tomo 4.512, Libro 1.823, Folio 118, Hoja V-22.761</p>"""


def levante_oferta():
    rows = [
        ["QUÍMICAS DEL LEVANTE, S.A."],
        ["Polígono Fuente del Jarro · 46988 Paterna (Valencia) · Tel. +34 961 34 27 80"],
        [],
        ["OFERTA Nº OF-26/0231", None, None, "Fecha:", "12/03/2026"],
        ["Cliente: Meridian Sourcing B.V.", None, None, "Validez:", "30 días"],
        [],
        ["Ref.", "Producto", "Envase", "Unidad", "Precio EXW Valencia (EUR)", "Precio CIF Rotterdam (EUR)"],
        ["QL-CIT-A", "Ácido cítrico anhidro E330, malla 30-100", "Saco 25 kg", "kg", ("n", 1.42), ("n", 1.51)],
        ["QL-BIC-F", "Bicarbonato sódico E500ii, grado alimentario", "Saco 25 kg", "kg", ("n", 0.585),
         ("n", 0.655)],
        ["QL-GLY-995", "Glicerina vegetal 99,5% USP", "IBC 1.250 kg", "Tm", ("n", 1180), ("n", 1265)],
        [],
        ["Cantidad mínima por referencia: 1.000 kg. Portes CIF calculados para 20 Tm por contenedor."],
        ["IVA no incluido. Forma de pago: transferencia a 60 días fecha factura."],
    ]
    data = b5_media.xls(rows, sheet="Oferta", num_format="#,##0.000", widths=[12, 42, 14, 8, 24, 26])
    body = ("<p>Estimado Jan:</p><p>Adjuntamos nuestra oferta OF-26/0231 para ácido cítrico, bicarbonato y "
            "glicerina, en condiciones EXW Valencia y CIF Rotterdam.</p><p>Un saludo,</p>" + LEVANTE_SIG)
    items = []
    for pid, name, model, unit, exw, cif in (
            ("lev-cit", "Ácido cítrico anhidro E330, malla 30-100", "QL-CIT-A", "kg", "1.42", "1.51"),
            ("lev-bic", "Bicarbonato sódico E500ii, grado alimentario", "QL-BIC-F", "kg", "0.585", "0.655"),
            ("lev-gly", "Glicerina vegetal 99,5% USP", "QL-GLY-995", "t", "1180.00", "1265.00")):
        items.append(item(pid, name, model, exw, "EUR", unit))
        items.append(item(pid, name, model, cif, "EUR", unit, incoterm_alt=True))
    return mail("b5-lev-oferta", "2026-03-12T13:25:00+01:00", "levante", "xls-es-exw-cif-columns-kg-tm",
                "xls", "quote", LEVANTE, JAN, "Oferta OF-26/0231 ácido cítrico / bicarbonato / glicerina", items,
                html=html_doc(body),
                attachments=[(data, "application/vnd.ms-excel", "Oferta_OF-26-0231.xls")],
                notes="Legacy BIFF8 .xls, EXW and CIF price columns, unit column kg/Tm, 3-decimal format.")


def levante_revision():
    fresh = ("<p class=\"MsoNormal\">Estimado Jan:</p><p class=\"MsoNormal\">Le confirmamos el nuevo precio "
             "para el <b>QL-CIT-A</b> (ácido cítrico anhidro): <b>1,36 EUR/kg</b> EXW Valencia, antes 1,42 EUR/kg, "
             "para pedidos a partir de 5.000 kg. Para el QL-BIC-F mantenemos 0,585 EUR/kg EXW.</p>"
             "<p class=\"MsoNormal\">Un saludo,</p>" + LEVANTE_SIG)
    quoted = ("<p class=\"MsoNormal\">Hola Javier, ¿podéis mejorar el precio del ácido cítrico? Un competidor "
              "nos ofrece 1,30 EUR/kg CIF. Necesitaríamos 8.000 kg en agosto.</p><p class=\"MsoNormal\">Saludos, Jan</p>")
    html = ho_mail.outlook_reply_html(fresh, "Jan de Vries", "viernes, 3 de julio de 2026 10:41", "Javier Soler",
                                      "Ácido cítrico - precio", quoted)
    items = [item("lev-cit", "", "QL-CIT-A", "1.36", "EUR", "kg"),
             item("lev-bic", "", "QL-BIC-F", "0.585", "EUR", "kg")]
    return mail("b5-lev-rev", "2026-07-07T09:48:00+02:00", "levante", "html-es-outlook-revision-antes",
                "prose", "quote", LEVANTE, JAN, "RE: Ácido cítrico - precio", items, html=html,
                reply_to_id="<b5req-levante@meridian-sourcing.nl>",
                notes="Spanish Outlook reply: new price with `antes` old price; competitor price quoted below.")


def levante_factura():
    p = b3_docs.Page()
    p.text("QUÍMICAS DEL LEVANTE, S.A.  -  CIF A-46283917", size=12, bold=True, dy=18)
    p.text("FACTURA Nº FV-2026/1187          Fecha: 21/10/2026          Pedido cliente: PO-MS-26-0412", size=9,
           dy=22)
    xs = [50, 120, 330, 400, 470, 545]
    p.row(["Ref.", "Descripción", "Cantidad", "Unidad", "Precio", "Importe"], xs, bold=True, right=(2, 4, 5))
    p.row(["QL-CIT-A", "Ácido cítrico anhidro E330", "8.000", "kg", "1,36", "10.880,00"], xs, right=(2, 4, 5))
    p.row(["QL-BIC-F", "Bicarbonato sódico E500ii", "4.000", "kg", "0,585", "2.340,00"], xs, right=(2, 4, 5))
    p.gap(10)
    p.row(["", "Base imponible", "", "", "", "13.220,00"], xs, right=(5,))
    p.row(["", "IVA 0% (entrega intracomunitaria, art. 25 LIVA)", "", "", "", "0,00"], xs, right=(5,))
    p.row(["", "TOTAL FACTURA EUR", "", "", "", "13.220,00"], xs, bold=True, right=(5,))
    p.gap(12)
    p.text("Vencimiento: 20/12/2026. IBAN ES91 2100 0418 4502 0005 1332 - BIC CAIXESBBXXX", size=8)
    pdf = p.build("Factura FV-2026/1187")
    body = "<p>Estimado cliente:</p><p>Adjuntamos la factura FV-2026/1187 correspondiente a su pedido.</p>" + LEVANTE_SIG
    return mail("b5-lev-factura", "2026-10-21T08:15:00+02:00", "levante", "pdf-es-factura-not-a-quote",
                "non-quote", "invoice", LEVANTE, JAN, "Factura FV-2026/1187", [], html=html_doc(body),
                attachments=[(pdf, "application/pdf", "FV-2026-1187.pdf")],
                notes="An invoice with unit prices: no price items.")

"""Brazil (R$ with dot groups and decimal commas in an HTML table nested inside Outlook layout
tables, a reply whose quoted older quote must not override the new prices), Mexico ($ … MXN,
c/u, a PDF with two price tables side by side) and the US (bullet lines, prices per C / per M,
`@` notation and cents)."""

from b6_common import WEIMING, b3_docs, html_doc, item, mail, table, td, th

PAULISTA = ("Ricardo Almeida", "ricardo.almeida@metalpaulista.com.br")
BAJIO = ("Alejandra Ruiz", "aruiz@herrabajio.com.mx")
LAKESHORE = ("Dave Kowalski", "dkowalski@lakeshorefastener.com")

MP_SIG = ("<p style=\"font-size:9pt;color:#555\">Ricardo Almeida | Vendas Técnicas<br>Metalúrgica Paulista "
          "Ltda. | Av. Presidente Wilson, 2450 – Ipiranga, São Paulo – SP, CEP 04220-000<br>Tel. +55 11 2063-4418 | "
          "Cel./WhatsApp +55 11 98412-7730<br>CNPJ 48.116.203/0001-57 | IE 112.447.891.110</p>")
MP_ROWS = [("Flange cega aço carbono 4\" 150#", "MP-FC4", "pç", "24", "R$ 186,40", "R$ 4.473,60"),
           ("Flange sobreposta 6\" 150#", "MP-FS6", "pç", "12", "R$ 312,90", "R$ 3.754,80"),
           ("Junta espirotálica 4\" 150#", "MP-JE4", "pç", "48", "R$ 48,75", "R$ 2.340,00"),
           ("Parafuso estojo B7 5/8\" x 4\" c/ 2 porcas", "MP-PE58", "pç", "400", "R$ 9,86", "R$ 3.944,00")]


def _mp_table():
    rows = [th("Descrição") + th("Código") + th("Un.") + th("Qtd.") + th("Valor unitário") + th("Valor total")]
    rows += ["".join(td(c) for c in r) for r in MP_ROWS]
    rows += [td("Subtotal", 'colspan="5"') + td("R$ 14.512,40"), td("IPI 5%", 'colspan="5"') + td("R$ 725,62"),
             td("Frete (FOB São Paulo)", 'colspan="5"') + td("R$ 0,00"),
             td("<b>Total</b>", 'colspan="5"') + td("<b>R$ 15.238,02</b>")]
    return table(rows)


def paulista_orcamento():
    inner = ("<p class=\"MsoNormal\">Prezado Sr. Tan,</p><p class=\"MsoNormal\">Conforme solicitado, segue nosso "
             "orçamento nº 2026/0219:</p>" + _mp_table() +
             "<p class=\"MsoNormal\">Prazo de entrega: 20 dias úteis. Pagamento: 28 DDL. Validade: 15 dias.</p>")
    layout = ("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>"
              "<table width=\"640\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\">"
              "<tr><td style=\"background:#0b3d6e;color:#fff;padding:8px\"><b>METALÚRGICA PAULISTA</b> – "
              "Flanges, juntas e fixadores desde 1974</td></tr>"
              "<tr><td style=\"padding:12px\"><table width=\"100%\" border=\"0\"><tr><td>" + inner +
              "</td></tr></table></td></tr><tr><td>" + MP_SIG + "</td></tr></table></td></tr></table>")
    items = [item(f"mp-{code.lower()}", name, code, price.replace("R$ ", "").replace(".", "").replace(",", "."),
                  "BRL", "pcs", quantity=qty) for name, code, _, qty, price, _ in MP_ROWS]
    return mail("b6-mp-orcamento", "2026-02-25T15:35:00-03:00", "paulista", "html-pt-br-nested-outlook-layout",
                "html-table", "quote", PAULISTA, WEIMING, "Orçamento nº 2026/0219 – flanges e juntas", items,
                html=html_doc(body=layout),
                notes="Brazilian R$ 1.234,56 in an item table nested three levels deep inside layout tables; "
                      "Subtotal / IPI / Frete / Total rows; CNPJ and phones in the signature.")


def paulista_resposta():
    fresh = ("<div>Prezado Sr. Tan,<br><br>Conseguimos melhorar o preço de dois itens para o pedido de março:<br>"
             "<ul><li>Flange cega 4\" 150# MP-FC4: R$ 179,90 / pç</li>"
             "<li>Junta espirotálica 4\" 150# MP-JE4: R$ 46,20 / pç</li></ul>"
             "Os demais itens permanecem conforme o orçamento abaixo.<br><br>Atenciosamente,<br>Ricardo</div>")
    quoted = ("<div class=\"moz-cite-prefix\">Em 25/02/2026 15:35, Ricardo Almeida escreveu:<br></div>"
              "<blockquote type=\"cite\"><p>Prezado Sr. Tan,</p><p>Conforme solicitado, segue nosso orçamento "
              "nº 2026/0219:</p>" + _mp_table() + "</blockquote>")
    items = [item("mp-mp-fc4", "Flange cega 4\" 150#", "MP-FC4", "179.90", "BRL", "pcs"),
             item("mp-mp-je4", "Junta espirotálica 4\" 150#", "MP-JE4", "46.20", "BRL", "pcs")]
    return mail("b6-mp-resposta", "2026-03-09T10:12:00-03:00", "paulista", "html-pt-br-reply-blockquote-cite",
                "html-table", "quote", PAULISTA, WEIMING, "Re: Orçamento nº 2026/0219 – flanges e juntas", items,
                html=html_doc(fresh + quoted + MP_SIG),
                notes="Thunderbird reply: new prices in a bullet list above; the whole earlier quote in a "
                      "<blockquote type=cite> must not override them.")


HB_SIG = """Saludos cordiales,
Alejandra Ruiz | Ejecutiva de Ventas
Herramientas del Bajío S.A. de C.V. | Blvd. Hermanos Aldama 4512, León, Gto. C.P. 37480
Tel. (477) 771 2290 ext. 118 | Cel. 477 215 8843 | RFC HBA-091204-KM7
"""


def bajio_cotizacion():
    text = f"""Estimado Sr. Tan:

Por medio del presente le hago llegar la cotización solicitada. Precios en M.N. (pesos mexicanos), más IVA:

1. Llave combinada 1/2" (HB-LC12) ............. $86.50 MXN c/u
2. Juego de dados 1/2" 24 pzas (HB-JD24) ...... $1,845.00 MXN por juego
3. Pinza de presión 10" (HB-PP10) ............. $214.90 MXN c/u
4. Flexómetro 8 m (HB-FX8) .................... $129.00 MXN c/u

IVA 16% no incluido. Flete: $350.00 MXN por envío (gratis en pedidos mayores a $15,000.00 MXN).
Vigencia: 15 días. Tiempo de entrega: 5 días hábiles.

{HB_SIG}"""
    items = [item("hb-lc12", "Llave combinada 1/2\"", "HB-LC12", "86.50", "MXN", "pcs"),
             item("hb-jd24", "Juego de dados 1/2\" 24 pzas", "HB-JD24", "1845.00", "MXN", "set"),
             item("hb-pp10", "Pinza de presión 10\"", "HB-PP10", "214.90", "MXN", "pcs"),
             item("hb-fx8", "Flexómetro 8 m", "HB-FX8", "129.00", "MXN", "pcs")]
    return mail("b6-hb-cotizacion", "2026-03-18T12:45:00-06:00", "bajio", "text-es-mx-dollar-mxn-cu", "prose",
                "quote", BAJIO, WEIMING, "Cotización COT-2603-118", items, text=text,
                notes="Mexican `$86.50 MXN c/u` (c/u = each), `por juego`; `$` is pesos here; freight and the "
                      "free-freight threshold are no items.")


def bajio_pdf():
    page = b3_docs.Page()
    page.text("HERRAMIENTAS DEL BAJIO S.A. DE C.V.", size=13, bold=True, dy=16)
    page.text("Lista de precios julio 2026 - precios por pieza en MXN, mas IVA", size=10, dy=22)
    left = [("HB-LC12", "Llave comb. 1/2\"", "$84.00"), ("HB-PP10", "Pinza presion 10\"", "$209.00"),
            ("HB-FX8", "Flexometro 8 m", "$125.50")]
    right = [("HBP-LC12", "Llave comb. 1/2\" Pro", "$132.00"), ("HBP-PP10", "Pinza presion 10\" Pro", "$298.00"),
             ("HBP-FX8", "Flexometro 8 m Pro", "$189.00")]
    page.row(["LINEA ECONOMICA", "", "", "LINEA PROFESIONAL"], [50, 0, 0, 310], size=10, bold=True, dy=16)
    page.row(["Codigo", "Descripcion", "Precio", "Codigo", "Descripcion", "Precio"],
             [50, 115, 280, 310, 380, 555], size=9, bold=True, right=(2, 5))
    for (c1, d1, p1), (c2, d2, p2) in zip(left, right):
        page.row([c1, d1, p1, c2, d2, p2], [50, 115, 280, 310, 380, 555], right=(2, 5))
    page.gap(20)
    page.text("Precios sujetos a cambio sin previo aviso. Tel. (477) 771 2290 - ventas@herrabajio.com.mx", size=8)
    text = f"""Estimado Sr. Tan:

Le comparto nuestra lista de precios vigente a partir del 1 de julio (adjunto PDF).

{HB_SIG}"""
    items = [item("hb-lc12", "Llave comb. 1/2\"", "HB-LC12", "84.00", "MXN", "pcs"),
             item("hb-pp10", "Pinza presion 10\"", "HB-PP10", "209.00", "MXN", "pcs"),
             item("hb-fx8", "Flexometro 8 m", "HB-FX8", "125.50", "MXN", "pcs"),
             item("hbp-lc12", "Llave comb. 1/2\" Pro", "HBP-LC12", "132.00", "MXN", "pcs"),
             item("hbp-pp10", "Pinza presion 10\" Pro", "HBP-PP10", "298.00", "MXN", "pcs"),
             item("hbp-fx8", "Flexometro 8 m Pro", "HBP-FX8", "189.00", "MXN", "pcs")]
    return mail("b6-hb-pdf", "2026-07-07T09:30:00-06:00", "bajio", "pdf-es-mx-two-tables-side-by-side", "pdf",
                "quote", BAJIO, WEIMING, "Lista de precios julio 2026", items, text=text,
                attachments=[(page.build("Lista de precios"), "application/pdf", "Lista_precios_jul2026.pdf")],
                notes="One PDF page with two price tables side by side (economy and professional lines); the "
                      "unit is stated once in the title (por pieza).")


LF_SIG = """Dave Kowalski | Inside Sales
Lakeshore Fastener Supply, Inc. | 4470 S. Pennsylvania Ave, Milwaukee, WI 53207
Direct 414-482-3317 | Cell 414-915-0268 | Fax 414-482-3390
Office closed Jan 19, 2026 (MLK Day) and Feb 16, 2026. Form LF-Q rev. 01/26
"""


def lakeshore_bullets():
    text = f"""Hi Wei Ming,

Per your request, pricing for the metric and inch hex items (1,000 pc minimum per line):

- M8x30 DIN933 8.8 zinc: USD 0.032/pc
- M10x40 DIN933 8.8 zinc: USD 0.058/pc
- M12x50 DIN933 10.9 plain: USD 0.142/pc
- M8 DIN934 cl.8 zinc nut: USD 0.011/pc
- 3/8"-16 x 1-1/2" Gr.5 HHCS zinc: USD 0.071/pc

FOB Milwaukee, net 30. Stock items ship in 2-3 days.

Thanks,
{LF_SIG}"""
    items = [item("lf-m8x30", "", "M8x30 DIN933 8.8", "0.032", "USD", "pcs"),
             item("lf-m10x40", "", "M10x40 DIN933 8.8", "0.058", "USD", "pcs"),
             item("lf-m12x50", "", "M12x50 DIN933 10.9", "0.142", "USD", "pcs"),
             item("lf-m8nut", "", "M8 DIN934", "0.011", "USD", "pcs"),
             item("lf-38hhcs", "", "3/8\"-16 x 1-1/2\" Gr.5 HHCS", "0.071", "USD", "pcs")]
    return mail("b6-lf-bullets", "2026-01-28T14:50:00-06:00", "lakeshore", "text-en-bullets-spec-colon-price",
                "prose", "quote", LAKESHORE, WEIMING, "Hex bolt & nut pricing", items, text=text,
                notes="Bullet lines `- M8x30 DIN933 8.8 zinc: USD 0.032/pc` (the spec is the product); the "
                      "signature's dates, phones and form revision are no prices.")


def lakeshore_per_c_m():
    head = f"{'Part No.':<12}{'Description':<34}{'Qty':>8}{'Price':>9}  Per"
    data = [("LF-HW-516", "Flat washer 5/16\" USS zinc", "10,000", "4.85", "C"),
            ("LF-LW-516", "Split lock washer 5/16\" zinc", "10,000", "3.20", "C"),
            ("LF-HN-516", "Hex nut 5/16\"-18 Gr.5 zinc", "5,000", "28.40", "M"),
            ("LF-CB-516", "Carriage bolt 5/16\"-18 x 2\" zinc", "2,000", "96.00", "M")]
    lines = [head, "-" * (len(head) + 2)] + [f"{a:<12}{b:<34}{c:>8}{d:>9}  {e}" for a, b, c, d, e in data]
    text = """Wei Ming,

Quote Q-26-0415 below. Prices in USD per C (100 pcs) or per M (1,000 pcs) as marked.

""" + "\n".join(lines) + f"""

Freight: prepaid and added. Quote good for 30 days.

{LF_SIG}"""
    items = [item("lf-hw516", "Flat washer 5/16\" USS zinc", "LF-HW-516", "0.0485", "USD", "pcs", quantity="10000"),
             item("lf-lw516", "Split lock washer 5/16\" zinc", "LF-LW-516", "0.032", "USD", "pcs", quantity="10000"),
             item("lf-hn516", "Hex nut 5/16\"-18 Gr.5 zinc", "LF-HN-516", "0.0284", "USD", "pcs", quantity="5000"),
             item("lf-cb516", "Carriage bolt 5/16\"-18 x 2\" zinc", "LF-CB-516", "0.096", "USD", "pcs",
                  quantity="2000")]
    return mail("b6-lf-per-cm", "2026-04-16T10:25:00-05:00", "lakeshore", "text-en-price-per-c-per-m-column",
                "text-table", "quote", LAKESHORE, WEIMING, "Quote Q-26-0415", items, text=text,
                notes="US fastener trade: a `Per` column with C (per 100) and M (per 1,000); the item is per "
                      "piece.")


def lakeshore_at_cents():
    text = f"""Hi Wei Ming,

Re your RFQ 26-088, we can do:

  2,500 pcs  LF-SD-1034  #10 x 3/4" self-drilling screw, zinc   @ 3.9¢ ea   = $97.50
  1,000 ft   LF-TR-38    3/8"-16 threaded rod, zinc              @ 38¢/ft    = $380.00
    500 pcs  LF-WA-383   3/8" x 3" wedge anchor, zinc            @ $0.45 ea  = $225.00
                                                               Total        $702.50

Less 5% if paid within 10 days (2/10 net 30 also fine). Ships from stock.

{LF_SIG}"""
    items = [item("lf-sd1034", "#10 x 3/4\" self-drilling screw, zinc", "LF-SD-1034", "0.039", "USD", "pcs",
                  quantity="2500"),
             item("lf-tr38", "3/8\"-16 threaded rod, zinc", "LF-TR-38", "0.38", "USD", "ft", quantity="1000"),
             item("lf-wa383", "3/8\" x 3\" wedge anchor, zinc", "LF-WA-383", "0.45", "USD", "pcs", quantity="500")]
    return mail("b6-lf-at", "2026-08-20T16:40:00-05:00", "lakeshore", "text-en-at-notation-cents", "text-table",
                "quote", LAKESHORE, WEIMING, "RE: RFQ 26-088", items, text=text,
                notes="`@ 3.9¢ ea` (cents), `@ 38¢/ft`, `@ $0.45 ea`; amounts after `=` and the total are no items; "
                      "`Less 5%` is a cash discount (no change to the unit prices).")

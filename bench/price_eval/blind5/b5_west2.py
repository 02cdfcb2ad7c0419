"""Portugal (food, boxes and dozens), the Netherlands (electronics, staffel prices, a forwarded
chain) and our own quote to Morocco in two currencies."""

from b5_common import JAN, LOTTE, OUR_SIGNATURE, b3_docs, b4_docs, html_doc, item, mail, table, td, th
from b5_west import ATLANTICO, MAROC, VDBERG, VDBERG_AM
import b5_media

ATL_SIG = """Rui Pereira | Director Comercial
Conservas Atlântico, Lda. | Av. Dr. Fernando Aroso 1210, 4450-208 Matosinhos, Portugal
Tel. +351 229 385 120 | Tlm. +351 912 447 308
NIF PT 503 123 456 | Capital social 250.000,00 EUR | Matrícula C.R.C. Matosinhos n.º 3421
"""


def atlantico_proposta():
    p = b3_docs.Page()
    p.text("CONSERVAS ATLÂNTICO, LDA.", size=14, bold=True, dy=16)
    p.text("Av. Dr. Fernando Aroso 1210 - 4450-208 Matosinhos - Tel. +351 229 385 120 - NIF PT 503 123 456",
           size=8, dy=24)
    p.text("PROPOSTA COMERCIAL N.º PC-2026/077", size=12, bold=True, dy=16)
    p.text("Cliente: Meridian Sourcing B.V., Roterdão          Data: 08/04/2026          Validade: 45 dias",
           size=9, dy=22)
    xs = [50, 115, 300, 440, 465]
    p.row(["Ref.", "Descrição", "Embalagem", "Preço unit. (EUR)", "Unid."], xs, bold=True, right=(3,))
    for r in (("CA-SAR-120", "Sardinhas em azeite 120 g", "24 latas", "38,40", "cx"),
              ("CA-ATU-120", "Atum posta em azeite 120 g", "24 latas", "52,80", "cx"),
              ("CA-CAV-125", "Cavala em molho de tomate 125 g", "24 latas", "29,90", "cx"),
              ("CA-POL-111", "Polvo em azeite e alho 111 g", "12 latas", "71,50", "cx")):
        p.row(list(r), xs, right=(3,))
    p.gap(14)
    p.text("Preços FCA Matosinhos (Incoterms 2020). IVA à taxa legal em vigor (23%) não incluído.", size=8)
    p.text("Encomenda mínima: 1 palete (90 cx). Desconto pronto pagamento: 2%. Prazo de entrega: 15 dias.", size=8)
    p.text("Validade dos lotes: 5 anos a partir da data de fabrico.", size=8)
    pdf = p.build("Proposta PC-2026/077")
    text = f"""Caro Jan,

Conforme solicitado, envio em anexo a nossa proposta PC-2026/077 para conservas de peixe.

Com os melhores cumprimentos,
{ATL_SIG}"""
    items = [item("atl-sar", "Sardinhas em azeite 120 g", "CA-SAR-120", "38.40", "EUR", "box"),
             item("atl-atu", "Atum posta em azeite 120 g", "CA-ATU-120", "52.80", "EUR", "box"),
             item("atl-cav", "Cavala em molho de tomate 125 g", "CA-CAV-125", "29.90", "EUR", "box"),
             item("atl-pol", "Polvo em azeite e alho 111 g", "CA-POL-111", "71.50", "EUR", "box")]
    return mail("b5-atl-proposta", "2026-04-08T15:10:00+01:00", "atlantico", "pdf-pt-proposta-cx-fca",
                "pdf", "quote", ATLANTICO, JAN, "Proposta PC-2026/077 - conservas", items, text=text,
                attachments=[(pdf, "application/pdf", "Proposta_PC-2026-077.pdf")],
                notes="Portuguese PDF, `Preço unit. (EUR)`, unit `cx` (caixa = box).")


def atlantico_prosa():
    text = f"""Caro Jan,

Relativamente aos novos produtos que nos pediu:

- Doce de ovos moles de Aveiro, frasco 250 g (ref. CA-DOM-250): 27,60 EUR a dúzia
- Patê de sardinha 75 g (ref. CA-PAT-75): 0,92 EUR por unidade, em caixas de 48

Preços FCA Matosinhos, IVA não incluído. Encomenda mínima de 50 dúzias / 2.400 unidades.

Com os melhores cumprimentos,
{ATL_SIG}"""
    items = [item("atl-dom", "Doce de ovos moles de Aveiro, frasco 250 g", "CA-DOM-250", "27.60", "EUR", "dozen"),
             item("atl-pat", "Patê de sardinha 75 g", "CA-PAT-75", "0.92", "EUR", "pcs")]
    return mail("b5-atl-prosa", "2026-05-06T10:30:00+01:00", "atlantico", "text-pt-prose-duzia-unidade",
                "prose", "quote", ATLANTICO, JAN, "Novos produtos - doce de ovos e patê", items, text=text,
                charset="iso-8859-1", notes="Portuguese prose lines: `a dúzia`, `por unidade`.")


def atlantico_zip():
    rows = [["CONSERVAS ATLÂNTICO, LDA."],
            ["Tabela de Preços 2026/2027 - válida a partir de 01/09/2026"],
            ["Preços em EUR, FCA Matosinhos, IVA não incluído"],
            [],
            ["Referência", "Descrição", "Embalagem", "Unid.", "Preço (EUR)", "Palete (cx)"],
            ["CA-SAR-120", "Sardinhas em azeite 120 g", "24 latas", "cx", ("n", "39.6"), ("n", "90")],
            ["CA-ATU-120", "Atum posta em azeite 120 g", "24 latas", "cx", ("n", "54.2"), ("n", "80")],
            ["CA-CAV-125", "Cavala em molho de tomate 125 g", "24 latas", "cx", ("n", "30.8"), ("n", "90")],
            ["CA-POL-111", "Polvo em azeite e alho 111 g", "12 latas", "cx", ("n", "73.9"), ("n", "120")],
            [],
            ["Condições: pagamento a 30 dias; desconto de 3% para encomendas acima de 10 paletes."]]
    x = b4_docs.xlsx(rows, sheet="Tabela 2026-27", money_cols=(4,), merges=("A1:F1", "A2:F2", "A3:F3"))
    z = b5_media.zip_bytes([("Tabela_Precos_2026-2027/Tabela_Precos_2026-2027.xlsx", x)])
    text = f"""Caro Jan,

Segue a nossa nova tabela de preços 2026/2027 (ficheiro zip, o nosso servidor bloqueia anexos Excel).

Com os melhores cumprimentos,
{ATL_SIG}"""
    items = [item("atl-sar", "Sardinhas em azeite 120 g", "CA-SAR-120", "39.60", "EUR", "box"),
             item("atl-atu", "Atum posta em azeite 120 g", "CA-ATU-120", "54.20", "EUR", "box"),
             item("atl-cav", "Cavala em molho de tomate 125 g", "CA-CAV-125", "30.80", "EUR", "box"),
             item("atl-pol", "Polvo em azeite e alho 111 g", "CA-POL-111", "73.90", "EUR", "box")]
    return mail("b5-atl-zip", "2026-08-25T09:05:00+01:00", "atlantico", "zip-xlsx-pt-tabela-precos",
                "zip", "quote", ATLANTICO, JAN, "Tabela de preços 2026/2027", items, text=text,
                attachments=[(z, "application/zip", "Tabela_Precos_2026-2027.zip")],
                notes="XLSX in a folder inside a zip; number cells with #,##0.00; pallet column is no price.")


VDB_SIG = """<p style="font-size:8pt;color:#444">Van der Berg Elektronica B.V. · Industrieweg 17 · 5145 PD Waalwijk<br>
T +31 (0)416 56 72 00 · KvK 18072934 · BTW NL8021.77.345.B01 · IBAN NL20 INGB 0001 2345 67<br>
Op al onze offertes zijn de Metaalunievoorwaarden (2019) van toepassing.</p>"""


def vdberg_staffel():
    head1 = (th("Groep", 'rowspan="2"') + th("Artikelnr.", 'rowspan="2"') + th("Omschrijving", 'rowspan="2"') +
             th("Eenheid", 'rowspan="2"') + th("Staffelprijs excl. btw", 'colspan="3"'))
    head2 = th("1 – 99") + th("100 – 499") + th("≥ 500")
    r1 = (td("Kabels", 'rowspan="3"') + td("VB-USBC-1M") + td("USB-C naar USB-C kabel 1 m, 60 W") + td("st") +
          td("€ 2,35") + td("€ 2,10") + td("€ 1,95"))
    r2 = (td("VB-HDMI21-2M") + td("HDMI 2.1 kabel 2 m, 8K") + td("st") + td("€ 8,90") + td("€ 8,20") +
          td("€ 7,60"))
    r3 = (td("VB-CAT6-305") + td("CAT6 U/UTP installatiekabel, haspel 305 m") + td("m") + td("€ 0,62") +
          td("€ 0,57") + td("€ 0,52"))
    body = ("<p>Beste Jan,</p><p>Zoals besproken onze offerte OF-26-0311 met staffelprijzen:</p>" +
            table([head1, head2, r1, r2, r3]) +
            "<p>Levering franco vanaf € 750,00 netto, daaronder € 12,50 verzendkosten. Betaling 30 dagen netto.</p>"
            "<p>Met vriendelijke groet,<br>Sanne Visser<br>Binnendienst</p>" + VDB_SIG)
    items = []
    for pid, name, model, unit, prices in (
            ("vdb-usbc1", "USB-C naar USB-C kabel 1 m, 60 W", "VB-USBC-1M", "pcs", ("2.35", "2.10", "1.95")),
            ("vdb-hdmi", "HDMI 2.1 kabel 2 m, 8K", "VB-HDMI21-2M", "pcs", ("8.90", "8.20", "7.60")),
            ("vdb-cat6", "CAT6 U/UTP installatiekabel, haspel 305 m", "VB-CAT6-305", "m", ("0.62", "0.57", "0.52"))):
        for k, pr in enumerate(prices):
            extra = {"tier": True} if k else {}
            items.append(item(pid, name, model, pr, "EUR", unit, **extra))
    return mail("b5-vdb-staffel", "2026-02-17T10:02:00+01:00", "vdberg", "html-nl-rowspan-colspan-staffel",
                "html-table", "quote", VDBERG, JAN, "Offerte OF-26-0311 kabels", items, html=html_doc(body),
                notes="Dutch HTML: group rowspan over three rows, two-row header with colspan staffel tiers.")


def vdberg_prijswijziging():
    rows = ["".join(th(h) for h in ("Artikelnr.", "Omschrijving", "Eenheid", "Oude prijs", "Nieuwe prijs",
                                    "Wijziging")),
            "".join(td(c) for c in ("VB-USBC-1M", "USB-C naar USB-C kabel 1 m, 60 W", "st", "€ 2,35", "€ 2,45",
                                    "+4,3%")),
            "".join(td(c) for c in ("VB-HDMI21-2M", "HDMI 2.1 kabel 2 m, 8K", "st", "€ 8,90", "€ 9,25", "+3,9%")),
            "".join(td(c) for c in ("VB-CAT6-305", "CAT6 U/UTP installatiekabel, haspel 305 m", "m", "€ 0,62",
                                    "€ 0,68", "+9,7%"))]
    body = ("<p>Geachte relatie,</p><p>Door gestegen koperprijzen passen wij per 1 juli 2026 onze prijzen aan "
            "(basisprijs, staffel 1 – 99). De staffelkortingen blijven gelijk.</p>" + table(rows) +
            "<p>Orders ontvangen vóór 30 juni 2026 leveren wij nog tegen de oude prijzen.</p>"
            "<p>Met vriendelijke groet,<br>Van der Berg Elektronica B.V.</p>" + VDB_SIG)
    items = [item("vdb-usbc1", "USB-C naar USB-C kabel 1 m, 60 W", "VB-USBC-1M", "2.45", "EUR", "pcs", "notice"),
             item("vdb-hdmi", "HDMI 2.1 kabel 2 m, 8K", "VB-HDMI21-2M", "9.25", "EUR", "pcs", "notice"),
             item("vdb-cat6", "CAT6 U/UTP installatiekabel, haspel 305 m", "VB-CAT6-305", "0.68", "EUR", "m",
                  "notice")]
    return mail("b5-vdb-wijziging", "2026-06-15T08:30:00+02:00", "vdberg", "html-nl-prijswijziging-oud-nieuw",
                "html-table", "price-notice", VDBERG, JAN, "Prijswijziging per 1 juli 2026", items,
                kind_alt=["quote"], html=html_doc(body), notes="Dutch circular, old/new columns and % change.")


def vdberg_doorgestuurd():
    text = f"""Hoi Jan,

Hieronder de offerte van mijn collega Sanne, die kan ik zo bevestigen. Levering week 40.

Groet,
Mark Jansen
Accountmanager | T +31 (0)416 56 72 14 | M +31 (0)6 5190 2277

---------- Doorgestuurd bericht ---------
Van: Sanne Visser <s.visser@vdberg-elektronica.nl>
Datum: di 15 sep. 2026 om 16:20
Onderwerp: Offerte USB-C / DisplayPort
Aan: Mark Jansen <m.jansen@vdberg-elektronica.nl>

Mark,

Voor Meridian kunnen we het volgende aanbieden:

VB-USBC-2M  USB-C naar USB-C kabel 2 m, 100 W    € 3,15 per stuk
VB-DP14-2M  DisplayPort 1.4 kabel 2 m            € 6,75 per stuk
VB-HDMI21-2M  HDMI 2.1 kabel 2 m, 8K             € 9,10 per stuk (bij 500 st.)

Groet, Sanne

Op wo 9 sep. 2026 om 11:04 schreef Jan de Vries <jan.devries@meridian-sourcing.nl>:
> Beste Mark,
> Graag een prijs voor 500 st. USB-C 2 m en 300 st. DisplayPort 2 m.
> Onze richtprijs is € 2,80 resp. € 5,90 per stuk.
> Groet, Jan
"""
    items = [item("vdb-usbc2", "USB-C naar USB-C kabel 2 m, 100 W", "VB-USBC-2M", "3.15", "EUR", "pcs"),
             item("vdb-dp", "DisplayPort 1.4 kabel 2 m", "VB-DP14-2M", "6.75", "EUR", "pcs"),
             item("vdb-hdmi", "HDMI 2.1 kabel 2 m, 8K", "VB-HDMI21-2M", "9.10", "EUR", "pcs", quantity="500")]
    return mail("b5-vdb-fwd", "2026-09-16T09:12:00+02:00", "vdberg", "text-nl-forwarded-chain-richtprijs",
                "forwarded-mail", "quote", VDBERG_AM, JAN, "Fwd: Offerte USB-C / DisplayPort", items, text=text,
                notes="Supplier's account manager forwards a colleague's offer; our target prices quoted "
                      "below with `>` are no items.")


def maroc_devis():
    rows = ["".join(th(h) for h in ("Réf.", "Article", "Laize", "Prix EUR / m", "Prix MAD / m")),
            "".join(td(c) for c in ("MS-LIN-150", "Lin lavé 320 g/m² naturel", "150 cm", "18,90", "205,00")),
            "".join(td(c) for c in ("MS-POP-145", "Popeline 100 % coton 180 g/m²", "145 cm", "8,95", "97,00"))]
    body = ("<p>Bonjour Monsieur Benali,</p><p>Merci pour votre demande. Voici notre offre, départ entrepôt "
            "Rotterdam (FCA), paiement par crédit documentaire à vue :</p>" + table(rows) +
            "<p>Taux de conversion indicatif : 1 EUR = 10,85 MAD (prix MAD valables 15 jours). Minimum 1.000 m par "
            "coloris.</p><p>Cordialement,</p><pre>" + OUR_SIGNATURE + "</pre>")
    items = [item("mar-lin", "Lin lavé 320 g/m² naturel", "MS-LIN-150", "18.90", "EUR", "m"),
             item("mar-lin", "Lin lavé 320 g/m² naturel", "MS-LIN-150", "205.00", "MAD", "m", incoterm_alt=True),
             item("mar-pop", "Popeline 100 % coton 180 g/m²", "MS-POP-145", "8.95", "EUR", "m"),
             item("mar-pop", "Popeline 100 % coton 180 g/m²", "MS-POP-145", "97.00", "MAD", "m", incoterm_alt=True)]
    return mail("b5-maroc-devis", "2026-03-20T17:45:00+01:00", "maroc", "html-fr-outbound-eur-mad-columns",
                "html-table", "quote", JAN, MAROC, "Offre tissus lin / popeline – Meridian Sourcing", items,
                direction="outbound", html=html_doc(body),
                notes="Our outbound quote with EUR and MAD price columns (the first column is the list price); "
                      "the exchange rate 10,85 is no price.")

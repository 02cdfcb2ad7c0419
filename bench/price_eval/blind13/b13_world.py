"""European suppliers and a Swedish buyer of a Duisburg trading company: an SAP-style three-page
offer (header repeated, page footers, prices per 100), a Preisanpassung with old and new columns
and a scanned signed offer from the Black Forest; an Odoo quotation PDF, an HTML table with
rowspan and `1 250,00 €`, a one-line revision and a statement from Lyon; a Swiss .xls with a
currency number format, prose `CHF 1'250.50`, a DOCX framework contract and an XLSX in a .zip;
an Italian screenshot, a revision naming model and size, a listino circular .xls of three sheets
and an invoice; a Swedish buyer's inquiry with targets, our .xls quote with discounts, their
scanned PO and a remittance advice."""

from b13_common import (DOCX, KATRIN, MARKUS, MARKUS_SIGNATURE, OUR_SIGNATURE, PDF, XLS, XLSX, ZIP, b3_docs, b4_docs,
                        b11_docs, b12_docs, ch, dec, en, eu, fr_nnbsp, item, mail, net)
import b13_media as m

SCHWARZ = ("Thomas Kienzle", "t.kienzle@schwarzwald-praezision.de")
RHODAN = ("Claire Morel", "c.morel@ateliers-rhodaniens.fr")
ZUERICH = ("Reto Baumann", "reto.baumann@zdt.ch")
BREMBANE = ("Luca Rota", "l.rota@officinebrembane.it")
NORDIC = ("Anna Lindgren", "anna.lindgren@nordicrail.se")

# ------------------------------------------------------------------ Schwarzwald Präzision (SAP, EUR)

SW = [("300-1204", "Rillenkugellager 6204-2RS", 500, "2.84", 1), ("300-1206", "Rillenkugellager 6206-2RS", 500, "4.12", 1),
      ("300-2208", "Pendelrollenlager 22208-E", 100, "48.60", 1), ("300-2210", "Pendelrollenlager 22210-E", 100, "62.35", 1),
      ("410-0825", "Passfeder DIN 6885 A 8x7x25", 5000, "18.40", 100),
      ("410-1032", "Passfeder DIN 6885 A 10x8x32", 5000, "24.90", 100),
      ("520-3012", "Sicherungsring DIN 471 30x1,5", 10000, "9.80", 100),
      ("520-4017", "Sicherungsring DIN 471 40x1,75", 10000, "14.60", 100),
      ("610-0050", "Linearführung LFS-25 L=1000", 20, "1248.00", 1),
      ("610-0060", "Linearführung LFS-25 L=1500", 20, "1786.50", 1),
      ("700-0100", "Kugelgewindetrieb KGT 2505 L=800", 10, "1250.00", 1),
      ("700-0120", "Kugelgewindetrieb KGT 3210 L=1200", 10, "2315.80", 1)]
SW_FOOT = ("Schwarzwald Präzision GmbH | Sitz Villingen-Schwenningen | HRB 602145 Freiburg | USt-IdNr. DE 812 447 309 | "
           "Sparkasse IBAN DE45 6945 0065 0000 2184 75")


def _sw_value(q, p, pe):
    return float(p) * q / pe


def schwarzwald_sap_pdf():
    pages = []
    xs = (40, 75, 130, 330, 390, 430, 490, 555)
    for k in range(3):
        p = b4_docs.Page()
        p.text("Schwarzwald Präzision GmbH", size=14, bold=True)
        p.text("Gewerbestraße 17 · 78056 Villingen-Schwenningen · Tel. +49 7720 9461-0", size=8)
        p.gap(4)
        p.text(f"Angebot 20004718          Datum 02.02.2026          Kunden-Nr. 100873          Seite {k + 1}",
               size=10, bold=True)
        if k == 0:
            p.text("Rhenania Industriehandel GmbH, Hafenstraße 41, 47119 Duisburg", size=9)
            p.text("Gültig bis 31.03.2026 · Lieferung FCA Villingen · Zahlung 30 Tage netto", size=9)
        p.gap(6)
        p.row(["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Nettowert EUR"], xs, bold=True,
              right=(3, 5, 6, 7))
        for n, (mat, desc, q, pr, pe) in enumerate(SW[4 * k:4 * k + 4], 4 * k + 1):
            p.row([str(10 * n), mat, desc, f"{q:,}".replace(",", "."), "ST", eu(pr), str(pe), eu(_sw_value(q, pr, pe))],
                  xs, right=(3, 5, 6, 7))
        if k == 2:
            net_ = sum(_sw_value(q, pr, pe) for _, _, q, pr, pe in SW)
            p.gap(6)
            p.row(["", "", "Nettosumme", "", "", "", "", eu(net_)], xs, right=(7,))
            p.row(["", "", "MwSt 19 %", "", "", "", "", eu(net_ * 0.19)], xs, right=(7,))
            p.row(["", "", "Gesamtbetrag EUR", "", "", "", "", eu(net_ * 1.19)], xs, bold=True, right=(7,))
        p.y = 60
        p.text(SW_FOOT, size=6)
        p.text(f"Seite {k + 1} von 3", x=270, size=8)
        pages.append(p.lines)
    pdf = b4_docs.pdf_pages(pages, "Angebot 20004718")
    text = ("Sehr geehrte Frau Vogel,\n\nanbei unser Angebot 20004718 (3 Seiten) zu Ihrer Anfrage vom 28.01.\n"
            "Preise für Passfedern und Sicherungsringe je 100 Stück (PE).\n\nMit freundlichen Grüßen\nThomas Kienzle\n"
            "Vertrieb Innendienst · Tel. +49 7720 9461-24\n")
    items = [item(mat, desc, mat, dec(float(pr) / pe) if pe > 1 else pr, "EUR", "pcs", quantity=str(q))
             for mat, desc, q, pr, pe in SW]
    return mail("b13-sw-sap", "2026-02-02T09:40:00+01:00", "schwarzwald", "pdf-sap-three-pages-header-repeated-pe100",
                "pdf", "quote", SCHWARZ, KATRIN, "Angebot 20004718", items, text=text,
                attachments=[(pdf, PDF, "Angebot_20004718.pdf")],
                notes="SAP SD offer PDF, three pages, 4 positions each, header row repeated on every page; `Seite 1 von 3` "
                      "and the company footer (HRB, USt-IdNr., IBAN) on each page; `1.248,00`; Passfedern and "
                      "Sicherungsringe priced per PE 100 (18,40 per 100 = 0.184); Nettosumme, MwSt, Gesamtbetrag.")


def schwarzwald_circular():
    rows = [["Material", "Bezeichnung", "Preis alt (EUR)", "Preis neu (EUR)", "Änderung"],
            ["300-1204", "Rillenkugellager 6204-2RS", "2,84", "2,98", "+4,9 %"],
            ["300-1206", "Rillenkugellager 6206-2RS", "4,12", "4,33", "+5,1 %"],
            ["300-2208", "Pendelrollenlager 22208-E", "48,60", "51,03", "+5,0 %"],
            ["610-0050", "Linearführung LFS-25 L=1000", "1.248,00", "1.310,40", "+5,0 %"]]
    body = (b12_docs.mso_p("Sehr geehrte Damen und Herren,") + b12_docs.mso_p() +
            b12_docs.mso_p("aufgrund gestiegener Stahl- und Energiekosten passen wir zum 01.04.2026 die Preise der "
                           "folgenden Artikel an. Alle übrigen Preise aus Angebot 20004718 bleiben unverändert.") +
            b12_docs.mso_p() + b12_docs.word_table(rows, right=(2, 3, 4)) + b12_docs.mso_p() +
            b12_docs.mso_p("Aufträge mit Eingang bis 31.03.2026 werden zu den bisherigen Preisen geliefert.") +
            b12_docs.mso_p("Mit freundlichen Grüßen<br>Thomas Kienzle<br>Schwarzwald Präzision GmbH"))
    items = [item(r[0], r[1], r[0], r[3].replace(".", "").replace(",", "."), "EUR", "", status="notice") for r in rows[1:]]
    return mail("b13-sw-notice", "2026-03-02T08:15:00+01:00", "schwarzwald", "html-outlook-preisanpassung-alt-neu-percent",
                "price-notice", "price-notice", SCHWARZ, KATRIN, "Preisanpassung zum 01.04.2026", items,
                html=b12_docs.outlook(body, lang="DE"), kind_alt=["quote"],
                notes="Outlook Word table `Preis alt (EUR)` / `Preis neu (EUR)` / `Änderung +4,9 %`; only the new "
                      "prices are items; no unit stated.")


SW3 = [("800-0016", "Spannsatz RLK 200 D30x55", 50, "38.90"), ("800-0025", "Spannsatz RLK 200 D40x65", 50, "52.40"),
       ("800-0040", "Spannsatz RLK 200 D50x80", 30, "74.15")]


def schwarzwald_scan():
    rows = [[str(k), mat, desc, str(q), "Stk.", eu(p), eu(float(p) * q)] for k, (mat, desc, q, p) in enumerate(SW3, 1)]
    img = m.b5_media.table_image(["Schwarzwald Präzision GmbH", "Angebot 20004802 vom 16.03.2026 - Spannsätze",
                                  "Preise in EUR netto, zzgl. MwSt., FCA Villingen"],
                                 ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", "Einzelpreis", "Gesamtpreis"], rows,
                                 (40, 110, 290, 760, 880, 980, 1170), size=24, width=1360,
                                 foot_lines=["Angebot angenommen / Unterschrift: ______________   Datum: ________",
                                             "Seite 1 von 1"])
    scan = m.scanned(m.scale(img, 0.75), "sw-scan", angle=-0.9, speckle=60, blur=0.6)
    pdf = m.scanned_pdf([scan], dpi=150, quality=55, title="SCAN0417")
    items = [item(mat, desc, mat, p, "EUR", "pcs", quantity=str(q)) for mat, desc, q, p in SW3]
    return mail("b13-sw-scan", "2026-03-16T13:22:00+01:00", "schwarzwald", "pdf-scan-de-150dpi-jpeg-artefacts",
                "scan", "quote", SCHWARZ, KATRIN, "WG: Angebot 20004802 Spannsätze", items,
                text="Hallo Frau Vogel,\n\ndas Angebot als Scan, unser Drucker/Scanner kann leider nur so.\n\nGruß T. Kienzle\n",
                attachments=[(pdf, PDF, "SCAN0417.pdf")],
                notes="Image-only PDF at 150 dpi, downscaled, JPEG q55 artefacts, -0.9° skew; `Einzelpreis` `38,90`; "
                      "`Stk.` unit column; a signature line.")


def schwarzwald_delay():
    text = ("Sehr geehrte Frau Vogel,\n\nzu Ihrer Bestellung 4500018832 vom 20.03.2026: Pos. 20 und 30 (300-1206, "
            "300-2208) verschieben sich auf KW 17, Pos. 10 liefern wir wie bestätigt in KW 15 (Lieferschein folgt).\n"
            "Teillieferung 250 Stück, Rest 250 Stück.\nBitte beachten Sie unsere neue Bankverbindung ab 01.05.2026:\n"
            "Volksbank Schwarzwald-Donau, IBAN DE12 6949 0000 0012 3456 78, BIC GENODE61VS1.\n\nThomas Kienzle\n"
            "Tel. +49 7720 9461-24\n")
    return mail("b13-sw-delay", "2026-04-02T10:00:00+02:00", "schwarzwald", "text-de-delivery-delay-bank-change",
                "prose", "other", SCHWARZ, KATRIN, "Liefertermin Bestellung 4500018832 / neue Bankverbindung", [],
                text=text, notes="Order numbers, calendar weeks, quantities, IBAN: no prices, no items.")


# ------------------------------------------------------------------ Ateliers Rhodaniens (Odoo, EUR)

RH = [("RH-4410-100", "Vanne papillon wafer DN100 PN16", 20, "186.50"),
      ("RH-4410-150", "Vanne papillon wafer DN150 PN16", 12, "298.00"),
      ("RH-4410-200", "Vanne papillon wafer DN200 PN16", 8, "412.00"),
      ("RH-5120-050", "Clapet anti-retour à battant DN50", 30, "94.20"),
      ("RH-6300-150", "Filtre à tamis inox DN150", 4, "1250.00")]


def _nb(x):
    return en(x).replace(",", "\u00a0").replace(".", ",")


def rhodan_odoo_pdf():
    p = b4_docs.Page()
    p.text("Ateliers Rhodaniens SAS", size=13, bold=True)
    p.text("12 rue de Gerland, 69007 Lyon - France   TVA FR 42 814 552 309   SIRET 814 552 309 00027", size=8)
    p.gap(10)
    p.text("Rhenania Industriehandel GmbH, Hafenstraße 41, 47119 Duisburg, Allemagne", x=300, size=9)
    p.gap(10)
    p.text("Devis n° S00421", size=16, bold=True)
    p.text("Date du devis : 09/02/2026     Expiration : 11/03/2026     Vendeur : Claire Morel", size=9)
    p.gap(6)
    xs = (40, 320, 400, 470, 555)
    p.row(["Description", "Quantité", "Prix unitaire", "Taxes", "Montant"], xs, bold=True, right=(1, 2, 4))
    for ref, desc, q, pr in RH:
        p.row([f"[{ref}] {desc}", f"{q},00 Unité(s)", _nb(pr), "TVA 0% UE", f"{_nb(float(pr) * q)} €"], xs, right=(1, 2, 4))
    total = sum(float(pr) * q for *_, q, pr in RH)
    p.gap(6)
    p.row(["", "", "Montant HT", "", f"{_nb(total)} €"], xs, right=(2, 4))
    p.row(["", "", "TVA 0% UE", "", "0,00 €"], xs, right=(2, 4))
    p.row(["", "", "Total", "", f"{_nb(total)} €"], xs, bold=True, right=(2, 4))
    p.gap(10)
    p.text("Conditions de paiement : 30 jours fin de mois. Autoliquidation - art. 283-2 du CGI.", size=8)
    p.y = 50
    p.text("Page 1 / 1      IBAN FR76 1007 1690 0000 0020 0345 678      contact@ateliers-rhodaniens.fr", size=7)
    html = b12_docs.plain_html("<div>Bonjour Madame Vogel,</div><div><br></div><div>Veuillez trouver ci-joint votre devis "
                               "S00421 d'un montant de <b>" + fr_nnbsp(total) + "\u00a0€</b>.</div><div><br></div>"
                               "<div>N'hésitez pas à nous contacter pour toute question.</div><div>--<br>Claire Morel"
                               "</div>")
    items = [item(ref, desc, ref, pr, "EUR", "pcs", quantity=str(q)) for ref, desc, q, pr in RH]
    return mail("b13-rh-odoo", "2026-02-09T16:03:00+01:00", "rhodan", "pdf-odoo-devis-ref-brackets-nbsp",
                "pdf", "quote", RHODAN, KATRIN, "Ateliers Rhodaniens Devis (Réf S00421)", items, html=html,
                attachments=[(p.build("Devis - S00421"), PDF, "Devis - S00421.pdf")],
                notes="Odoo's quotation report: `[RH-4410-100] Vanne papillon …` lines, `20,00 Unité(s)`, `Prix "
                      "unitaire` `1\u00a0250,00` without currency, `Montant` with €, `TVA 0% UE`; the body states only "
                      "the total with U+202F grouping.")


RH2 = [("Actionneurs pneumatiques double effet", [("RH-AP-063", "DA63", "412.80"), ("RH-AP-083", "DA83", "536.40"),
                                                  ("RH-AP-105", "DA105", "1084.00")]),
       ("Boîtiers fin de course", [("RH-FC-01", "IP67", "89.90"), ("RH-FC-02", "ATEX II 2G", "246.00")])]


def rhodan_rowspan():
    rows = [["Famille", "Réf.", "Modèle", "Prix unitaire HT"]]
    for fam, lines in RH2:
        for k, (ref, mod, pr) in enumerate(lines):
            cells = [{"text": fam, "rows": len(lines)}] if k == 0 else []
            rows.append(cells + [ref, mod, f"{fr_nnbsp(pr)}\u00a0€"])
    html = b12_docs.plain_html("<p>Bonjour Katrin,</p><p>Suite à votre demande, voici nos prix pour les actionneurs et "
                               "boîtiers (franco Duisburg à partir de 2\u202f500\u00a0€ HT) :</p>" +
                               b12_docs.html_table(rows) + "<p>Délai 3 semaines. Prix valables jusqu'au 30/04/2026.</p>"
                               "<p>Cordialement,<br>Claire Morel<br>Tél. +33 4 78 61 22 90</p>")
    items = [item(ref, fam, ref, pr, "EUR", "") for fam, lines in RH2 for ref, _, pr in lines]
    return mail("b13-rh-rowspan", "2026-03-05T11:47:00+01:00", "rhodan", "html-fr-rowspan-family-nnbsp-euro",
                "html-table", "quote", RHODAN, KATRIN, "Prix actionneurs et boîtiers", items, html=html,
                notes="HTML table whose Famille cell spans its rows (rowspan 3 and 2); `1\u202f084,00\u00a0€` with a "
                      "narrow no-break space; the franco threshold `2\u202f500\u00a0€` is not a price.")


def rhodan_revision():
    text = ("Bonjour Katrin,\n\nPetite correction sur le devis S00421 : la RH-4410 en DN150 passe à 312,00 € HT "
            "l'unité (au lieu de 298,00 €), suite à la hausse de la fonte.\nLe reste est inchangé.\n\n"
            "Bien cordialement,\nClaire Morel\n")
    items = [item("RH-4410-150", "", "RH-4410 DN150", "312.00", "EUR", "pcs")]
    return mail("b13-rh-rev", "2026-02-16T09:12:00+01:00", "rhodan", "text-fr-revision-model-and-size-au-lieu-de",
                "prose", "quote", RHODAN, KATRIN, "RE: Devis S00421", items, text=text,
                reply_to_id="<b13-rh-odoo@ateliers-rhodaniens.fr>",
                notes="Names only the model family and the size (`la RH-4410 en DN150`), new price then `au lieu de` old.")


def rhodan_statement():
    text = ("Bonjour,\n\nVeuillez trouver ci-dessous votre relevé de compte au 31/03/2026 :\n"
            "FA2026/00188  du 20/02/2026  échéance 31/03/2026  8 406,00 €  réglé\n"
            "FA2026/00231  du 12/03/2026  échéance 30/04/2026  2 652,00 €  à régler\n"
            "Solde dû : 2 652,00 €\n\nService comptabilité - Ateliers Rhodaniens SAS\n")
    return mail("b13-rh-stmt", "2026-04-01T08:30:00+02:00", "rhodan", "text-fr-account-statement-no-items",
                "prose", "other", ("Comptabilité", "compta@ateliers-rhodaniens.fr"), KATRIN, "Relevé de compte au 31/03/2026",
                [], text=text, notes="Invoice numbers, dates and amounts in euros: a statement, no items.")


# ------------------------------------------------------------------ Zürcher Dichtungstechnik (CHF)

ZD = [("ZD-OR-2030", "O-Ring NBR 70 20x3", "Stk.", 1000, "0.42"), ("ZD-OR-4035", "O-Ring FKM 80 40x3.5", "Stk.", 500, "1.85"),
      ("ZD-WD-4562", "Wellendichtring BASL 45x62x8", "Stk.", 200, "6.40"),
      ("ZD-FD-1000", "Flachdichtung Klingersil DN100 PN16", "Stk.", 100, "12.75"),
      ("ZD-KIT-200", "Dichtungssatz Pumpe KP-200", "Satz", 10, "1250.50")]
ZU = {"Stk.": "pcs", "Satz": "set", "Rolle": "roll"}


def zuerich_xls():
    fmt = '"CHF" #,##0.00'
    rows = [[("b", "Zürcher Dichtungstechnik AG")], [], ["Industriestrasse 9 · CH-8305 Dietlikon · +41 44 835 27 00"],
            [("b", "Offerte Nr. OF-26-0142")], ["Kunde: Rhenania Industriehandel GmbH", None, None, "Datum: 23.02.2026"],
            ["Art.-Nr.", "Bezeichnung", "Einheit", "Menge", "Preis", "Betrag"]]
    for k, (art, desc, u, q, p) in enumerate(ZD, 7):
        rows.append([art, desc, u, ("n", q, "#,##0"), ("n", p, fmt), ("f", f"D{k}*E{k}", fmt)])
    rows += [[None, "Total exkl. MWST", None, None, None, ("f", f"SUM(F7:F{6 + len(ZD)})", fmt)], [],
             ["Lieferung DAP Duisburg ab CHF 2'000.00 Warenwert, Zahlung 30 Tage netto, Gültigkeit 60 Tage."]]
    book = m.xls_book([{"name": "Offerte", "rows": rows, "merges": [(0, 0, 0, 5), (3, 3, 0, 5)], "heights": {1: 1100},
                        "widths": (13, 38, 8, 8, 14, 14)}])
    items = [item(art, desc, art, p, "CHF", ZU[u], quantity=str(q)) for art, desc, u, q, p in ZD]
    return mail("b13-zd-xls", "2026-02-23T14:10:00+01:00", "zuerich", "xls-ch-currency-number-format-logo-row",
                "spreadsheet", "quote", ZUERICH, KATRIN, "Offerte OF-26-0142", items,
                text="Grüezi Frau Vogel\n\nIm Anhang unsere Offerte OF-26-0142.\n\nFreundliche Grüsse\nReto Baumann\n",
                attachments=[(book, XLS, "OF-26-0142.xls")],
                notes="Legacy .xls: merged title, an empty tall logo row, the currency only in the number format "
                      "`\"CHF\" #,##0.00` (header `Preis`), `Einheit` Stk./Satz, Betrag as formulas; the DAP threshold "
                      "in the footer is not a price.")


ZD2 = [("ZD-GS-050", "Gleitringdichtung GS-50", "Stück", "1318.00"), ("ZD-GS-065", "Gleitringdichtung GS-65", "Stück", "1642.50"),
       ("ZD-PTFE-10", "PTFE-Dichtband 10 m", "Rolle", "14.90"), ("ZD-OR-4035", "O-Ring FKM 80 40x3.5", "Stück", "1.79")]


def zuerich_prose():
    lines = [f"{art} {desc}: CHF {ch(p)} pro {u}" for art, desc, u, p in ZD2]
    body = (b12_docs.mso_p("Grüezi Frau Vogel") + b12_docs.mso_p() +
            b12_docs.mso_p("Gerne offerieren wir Ihnen wie besprochen:") + b12_docs.word_list(lines) + b12_docs.mso_p() +
            b12_docs.mso_p("Beim O-Ring FKM können wir Ihnen neu CHF 1.79 statt CHF 1.85 anbieten (ab 500 Stück). "
                           "Mindermengenzuschlag unter CHF 250.00: CHF 35.00.") +
            b12_docs.mso_p("Freundliche Grüsse<br>Reto Baumann<br>Zürcher Dichtungstechnik AG<br>Tel. +41 44 835 27 14"))
    items = [item(art, desc, art, p, "CHF", "roll" if u == "Rolle" else "pcs") for art, desc, u, p in ZD2]
    return mail("b13-zd-prose", "2026-03-10T10:25:00+01:00", "zuerich", "html-outlook-ch-apostrophe-bullets",
                "prose", "quote", ZUERICH, KATRIN, "Offerte Gleitringdichtungen", items, html=b12_docs.outlook(body, "DE-CH"),
                notes="Word bullets `ZD-GS-050 Gleitringdichtung GS-50: CHF 1'318.00 pro Stück`; the O-ring's old "
                      "price repeated in prose (`statt CHF 1.85`), a small-order threshold and surcharge (not items).")


ZD3 = [("ZD-OR-2030", "O-Ring NBR 70 20x3", "Stk.", "0.40"), ("ZD-WD-4562", "Wellendichtring BASL 45x62x8", "Stk.", "6.10"),
       ("ZD-KIT-200", "Dichtungssatz Pumpe KP-200", "Satz", "1195.00"), ("ZD-GS-050", "Gleitringdichtung GS-50", "Stk.", "1280.00")]


def zuerich_contract():
    table = [["Pos.", "Art.-Nr.", "Bezeichnung", "Einheit", "Vertragspreis"]]
    table += [[str(k), art, desc, u, f"CHF {ch(p)}"] for k, (art, desc, u, p) in enumerate(ZD3, 1)]
    doc = b3_docs.docx(["RAHMENVERTRAG Nr. RV-2026-07", "zwischen Zürcher Dichtungstechnik AG, Dietlikon (Lieferant) und "
                        "Rhenania Industriehandel GmbH, Duisburg (Käufer)",
                        "§ 1 Laufzeit: 01.04.2026 bis 31.03.2027. § 2 Abrufmengen gemäss Bedarf, Jahresmenge ca. 20'000 "
                        "Stück. § 3 Preise gemäss Anlage 1, fest für die Laufzeit, DAP Duisburg.",
                        "Anlage 1 – Preisliste", table,
                        "§ 4 Zahlung 30 Tage netto. § 5 Gerichtsstand Zürich.",
                        "Dietlikon, 25.03.2026                      Duisburg, 25.03.2026\nReto Baumann            "
                        "                        Katrin Vogel"])
    items = [item(art, desc, art, p, "CHF", ZU[u], status="agreed") for art, desc, u, p in ZD3]
    return mail("b13-zd-contract", "2026-03-25T15:40:00+01:00", "zuerich", "docx-ch-rahmenvertrag-price-annex",
                "docx", "contract", ZUERICH, KATRIN, "Rahmenvertrag RV-2026-07 zur Unterschrift", items,
                text="Grüezi Frau Vogel\n\nAnbei der Rahmenvertrag zur Unterschrift.\n\nReto Baumann\n",
                attachments=[(doc, DOCX, "Rahmenvertrag_RV-2026-07.docx")],
                notes="DOCX framework contract, prices in Anlage 1 `CHF 1'195.00` (agreed); the yearly volume "
                      "`20'000 Stück` is no quantity.")


ZD4 = [("ZD-FD-1500", "Flachdichtung Klingersil DN150 PN16", 100, "18.90"),
       ("ZD-FD-2000", "Flachdichtung Klingersil DN200 PN16", 50, "26.40"),
       ("ZD-WD-6080", "Wellendichtring BASL 60x80x8", 200, "8.75"), ("ZD-OR-5040", "O-Ring FKM 80 50x4", 500, "2.35")]


def zuerich_xlsx_zip():
    rows = [[b11_docs.bold("Zürcher Dichtungstechnik AG – Offerte OF-26-0198")], [],
            ["Art.-Nr.", "Bezeichnung", "Menge", "Preis/Stk. CHF", "Betrag CHF"]]
    for k, (art, desc, q, p) in enumerate(ZD4, 4):
        rows.append([art, desc, b11_docs.num(q), b11_docs.num(p, "#,##0.00"),
                     b11_docs.formula(f"{float(p) * q:.2f}", f"C{k}*D{k}", "#,##0.00")])
    book = b11_docs.workbook([{"name": "Offerte", "rows": rows, "widths": (13, 40, 8, 14, 14)}])
    z = m.b5_media.zip_bytes([("OF-26-0198.xlsx", book)])
    items = [item(art, desc, art, p, "CHF", "pcs", quantity=str(q)) for art, desc, q, p in ZD4]
    return mail("b13-zd-zip", "2026-04-14T09:05:00+02:00", "zuerich", "zip-xlsx-ch-price-per-piece-header",
                "spreadsheet", "quote", ZUERICH, KATRIN, "Offerte OF-26-0198 (gezippt wegen Virenscanner)", items,
                text="Grüezi Frau Vogel\n\nDie Offerte als ZIP, Ihr Mailserver blockiert sonst Excel-Dateien.\n\nReto Baumann\n",
                attachments=[(z, ZIP, "OF-26-0198.zip")],
                notes="An XLSX inside a .zip; `Preis/Stk. CHF` header; Betrag formulas with cached values.")


# ------------------------------------------------------------------ Officine Brembane (Italy, EUR)

BR = [("FL-PN16", "Flangia a saldare PN16", "DN80", 100, "24.60"), ("FL-PN16", "Flangia a saldare PN16", "DN100", 100, "31.80"),
      ("FL-PN16", "Flangia a saldare PN16", "DN150", 50, "52.40"), ("FL-PN16", "Flangia a saldare PN16", "DN200", 40, "82.10"),
      ("CU-90", "Curva 90° a saldare", "DN100", 200, "18.90")]


def brembane_screenshot():
    rows = [[c, desc, s, str(q), eu(p), eu(float(p) * q)] for c, desc, s, q, p in BR]
    img = m.b5_media.table_image(["OFFICINE BREMBANE S.r.l. - Offerta n. 26/0087 del 12/02/2026",
                                  "Resa franco nostro stabilimento Zogno (BG) - Pagamento RB 60 gg d.f."],
                                 ["Codice", "Descrizione", "Misura", "Q.tà", "Prezzo unit. €", "Importo €"], rows,
                                 (30, 200, 620, 780, 900, 1110), size=22, width=1300,
                                 foot_lines=["Totale imponibile € " + eu(sum(float(p) * q for *_, q, p in BR))])
    items = [item(f"br-{c}-{s}", desc, f"{c} {s}", p, "EUR", "", quantity=str(q)) for c, desc, s, q, p in BR]
    return mail("b13-br-shot", "2026-02-12T12:30:00+01:00", "brembane", "png-screenshot-it-eu-decimals-size-column",
                "scan", "quote", BREMBANE, KATRIN, "Offerta 26/0087 flange e curve", items,
                html=b12_docs.plain_html("<p>Buongiorno Sig.ra Vogel,</p><p>le incollo l'offerta (screenshot dal "
                                         "gestionale):</p><p><img src=\"cid:offerta\"></p><p>Cordiali saluti<br>Luca Rota</p>"),
                attachments=[(m.b5_media.png(img), "image/png", "offerta_26-0087.png")],
                notes="PNG screenshot of the ERP's grid (clean, no skew); `Prezzo unit. €` `24,60`; the size is a "
                      "column of its own (model = code + size); Totale imponibile.")


def brembane_revision():
    text = ("Buongiorno Sig.ra Vogel,\n\nle comunichiamo il nuovo prezzo per FL-PN16 DN200: € 86,40 cad. "
            "(prima € 82,10), causa aumento acciaio.\nInvariati gli altri articoli dell'offerta 26/0087.\n\nCordiali saluti\n"
            "Luca Rota - Ufficio commerciale\nTel. +39 0345 91 122\n")
    items = [item("br-FL-PN16-DN200", "", "FL-PN16 DN200", "86.40", "EUR", "pcs")]
    return mail("b13-br-rev", "2026-02-27T11:00:00+01:00", "brembane", "text-it-revision-model-size-prima",
                "prose", "quote", BREMBANE, KATRIN, "R: Offerta 26/0087 flange e curve", items, text=text,
                notes="A revision naming only code and size: `FL-PN16 DN200: € 86,40 cad. (prima € 82,10)`.")


def brembane_listino_xls():
    cover = [[("b", "OFFICINE BREMBANE S.r.l.")], ["Listino prezzi 2026"], ["Valido dal 01/05/2026"]]
    head = [[("b", "Variazione listino prezzi 2025 → 2026")], [],
            ["Codice", "Misura", "Prezzo 2025 €", "Prezzo 2026 €", "Var. %"]]
    ch_rows = [("FL-PN16", "DN80", "24.60", "25.85"), ("FL-PN16", "DN100", "31.80", "33.40"),
               ("FL-PN16", "DN150", "52.40", "55.00"), ("CU-90", "DN100", "18.90", "19.85")]
    for c, s, old, new in ch_rows:
        head.append([c, s, ("n", old, "#,##0.00 [$€-410]"), ("n", new, "#,##0.00 [$€-410]"),
                     ("n", f"{(float(new) / float(old) - 1):.4f}", "0.0%")])
    cond = [["Condizioni generali"], ["Resa: franco stabilimento"], ["Pagamento: RB 60 gg d.f.f.m."],
            ["Ordine minimo € 500,00"]]
    book = m.xls_book([{"name": "Copertina", "rows": cover}, {"name": "Listino 2026", "rows": head,
                                                             "merges": [(0, 0, 0, 4)]}, {"name": "Condizioni", "rows": cond}])
    items = [item(f"br-{c}-{s}", "", f"{c} {s}", new, "EUR", "", status="notice") for c, s, _, new in ch_rows]
    return mail("b13-br-listino", "2026-04-10T09:00:00+02:00", "brembane", "xls-it-listino-circular-three-sheets-var",
                "price-notice", "price-notice", BREMBANE, KATRIN, "Listino prezzi 2026 - variazioni", items,
                text="Gentili clienti,\n\nin allegato le variazioni del listino prezzi in vigore dal 01/05/2026.\n\n"
                     "Officine Brembane S.r.l.\n",
                attachments=[(book, XLS, "Variazioni_listino_2026.xls")], kind_alt=["quote"],
                notes="Legacy .xls of three sheets (cover, the changes, conditions); old and new price columns with a "
                      "`[$€-410]` currency format and a `0.0%` variation; only the 2026 prices are items.")


def brembane_invoice():
    p = b4_docs.Page()
    p.text("OFFICINE BREMBANE S.r.l.  P.IVA IT 02847110165", size=11, bold=True)
    p.text("FATTURA N. 412/2026 del 20/03/2026", size=12, bold=True)
    xs = (40, 120, 330, 400, 480, 555)
    p.row(["Codice", "Descrizione", "Q.tà", "Prezzo", "Sconto", "Importo"], xs, bold=True, right=(2, 3, 5))
    for c, desc, s, q, pr in BR[:3]:
        p.row([c, f"{desc} {s}", str(q), eu(pr), "", eu(float(pr) * q)], xs, right=(2, 3, 5))
    p.gap(6)
    p.text("Imponibile € 8.160,00   IVA non imponibile art. 41 DL 331/93   Totale fattura € 8.160,00", size=9)
    p.text("Scadenza RB 31/05/2026  IBAN IT60 X054 2811 1010 0000 0123 456", size=8)
    return mail("b13-br-inv", "2026-03-20T16:00:00+01:00", "brembane", "pdf-it-fattura-no-items",
                "pdf", "invoice", ("Amministrazione", "amministrazione@officinebrembane.it"), KATRIN,
                "Fattura n. 412/2026", [], text="Si trasmette in allegato la fattura n. 412/2026.\nAmministrazione\n",
                attachments=[(p.build("Fattura 412-2026"), PDF, "Fattura_412_2026.pdf")],
                notes="An invoice with unit prices: not a quote, no items.")


# ------------------------------------------------------------------ Nordic Rail Components (buyer, EUR)

NR = [("NRC-101", "Gate valve Z41H-16C DN50", 40, "78.00", 5), ("NRC-102", "Gate valve Z41H-16C DN80", 20, "104.00", 5),
      ("NRC-201", "Butterfly valve D371X-16 DN150", 20, "128.00", 5), ("NRC-301", "Ball bearing 6204-2RS", 2000, "4.00", 5),
      ("NRC-401", "Hex bolt M12x50 8.8 HDG", 10000, "0.22", 0)]


def nordic_inquiry():
    rows = [["Article", "Description", "Annual qty", "Target price EUR"],
            ["NRC-101", "Gate valve DN50 PN16", "480", "70,00"], ["NRC-201", "Butterfly valve DN150", "240", "115,00"],
            ["NRC-401", "Hex bolt M12x50 8.8 HDG", "120 000", "0,19"]]
    html = b12_docs.plain_html("<p>Hi Markus,</p><p>Please quote the items below, delivery DAP Gävle. Our target prices "
                               "are indicated.</p>" + b12_docs.html_table(rows) + "<p>Best regards<br>Anna Lindgren<br>"
                               "Purchasing, Nordic Rail Components AB<br>+46 26 18 44 90</p>")
    return mail("b13-nr-rfq", "2026-02-05T08:20:00+01:00", "nordic", "html-en-inquiry-target-prices-no-items",
                "html-table", "inquiry", NORDIC, MARKUS, "RFQ 2026-014 valves and bolts", [], html=html,
                notes="An inquiry with a Target price column (`70,00`): must not yield prices.")


def nordic_our_xls():
    rows = [[("b", "Rhenania Industriehandel GmbH")], [("b", "Sales Quotation 21000356")],
            ["Customer: C20041 Nordic Rail Components AB", None, None, None, "Posting Date: 12.02.2026"], [],
            ["Item No.", "Item Description", "Quantity", "UoM", "Unit Price", "Disc. %", "Price after Disc.", "Total (LC)"]]
    for k, (code, desc, q, p, d) in enumerate(NR, 6):
        pa = net(p, d)
        rows.append([code, desc, ("n", q, "#,##0"), "pcs", ("n", p, "#,##0.00"), ("n", d, "0.00"), ("n", pa, "#,##0.00"),
                     ("n", f"{float(pa) * q:.2f}", "#,##0.00 [$EUR]")])
    rows += [[None, "Total before discount", None, None, None, None, None,
              ("n", f"{sum(float(net(p, d)) * q for _, _, q, p, d in NR):.2f}", "#,##0.00 [$EUR]")],
             ["Currency: EUR. DAP Gävle. Valid 30 days."]]
    book = m.xls_book([{"name": "Quotation", "rows": rows, "merges": [(0, 0, 0, 7), (1, 1, 0, 7)]}])
    items = [item(code, desc, code, net(p, d), "EUR", "pcs", quantity=str(q)) for code, desc, q, p, d in NR]
    return mail("b13-nr-quote", "2026-02-12T15:30:00+01:00", "nordic", "xls-sap-b1-outbound-discount-net",
                "spreadsheet", "quote", MARKUS, NORDIC, "Quotation 21000356 - RFQ 2026-014", items, direction="outbound",
                text="Hi Anna,\n\nplease find our quotation 21000356 attached.\n\n" + MARKUS_SIGNATURE + "\n",
                attachments=[(book, XLS, "Quotation_21000356.xls")],
                notes="Our SAP Business One quotation as .xls: Unit Price, Disc. %, Price after Disc. (the net price "
                      "is the item), Total (LC) with `[$EUR]` format; currency only in a footer line.")


NR_PO = [("NRC-101", "Gate valve DN50 PN16", 40, "74.10"), ("NRC-201", "Butterfly valve DN150", 20, "121.60"),
         ("NRC-401", "Hex bolt M12x50 8.8 HDG", 10000, "0.22")]


def nordic_po_scan():
    rows = [[code, desc, f"{q:,}".replace(",", " "), "st", eu(p), eu(float(p) * q).replace(".", " ")]
            for code, desc, q, p in NR_PO]
    img = m.b5_media.table_image(["NORDIC RAIL COMPONENTS AB", "INKÖPSORDER / PURCHASE ORDER 4711-0392",
                                  "Datum 2026-02-20   Leverantör: Rhenania Industriehandel GmbH   Valuta EUR"],
                                 ["Artikelnr", "Benämning", "Antal", "Enhet", "À-pris", "Belopp"], rows,
                                 (40, 230, 700, 850, 960, 1130), size=24, width=1320,
                                 foot_lines=["Leveransvillkor DAP Gävle   Betalningsvillkor 60 dagar netto",
                                             "Attesterad: A. Lindgren"])
    pdf = m.scanned_pdf([m.scanned(img, "nr-po", 0.8)], dpi=200, quality=68, title="PO 4711-0392")
    items = [item(code, desc, code, p, "EUR", "pcs", status="ordered", quantity=str(q)) for code, desc, q, p in NR_PO]
    return mail("b13-nr-po", "2026-02-20T13:10:00+01:00", "nordic", "pdf-scan-sv-purchase-order-a-pris",
                "scan", "order", NORDIC, MARKUS, "PO 4711-0392", items, kind_alt=["contract"],
                text="Hi Markus,\n\nattached our signed PO. Please confirm.\n\nAnna\n",
                attachments=[(pdf, PDF, "PO_4711-0392.pdf")],
                notes="Scanned Swedish PO: `À-pris` `74,10`, `Antal 10 000` with a space, `st` = pcs, Valuta EUR in "
                      "the title; ordered.")


def nordic_remittance():
    text = ("Remittance advice\n\nPayment date: 2026-04-21\nAmount: EUR 8,356.00\nInvoices: 90012877 (EUR 5,406.00), "
            "90012901 (EUR 2,950.00)\nOur ref: PO 4711-0392\nBank: SEB, BIC ESSESESS\n\nNordic Rail Components AB, "
            "Accounts Payable\n")
    return mail("b13-nr-remit", "2026-04-21T07:45:00+02:00", "nordic", "text-en-remittance-advice-no-items",
                "prose", "other", ("Accounts Payable", "ap@nordicrail.se"), MARKUS, "Remittance advice 2026-04-21", [],
                text=text, notes="Payment amounts per invoice: no items.")


SCENARIOS = [schwarzwald_sap_pdf, schwarzwald_circular, schwarzwald_scan, schwarzwald_delay,
             rhodan_odoo_pdf, rhodan_rowspan, rhodan_revision, rhodan_statement,
             zuerich_xls, zuerich_prose, zuerich_contract, zuerich_xlsx_zip,
             brembane_screenshot, brembane_revision, brembane_listino_xls, brembane_invoice,
             nordic_inquiry, nordic_our_xls, nordic_po_scan, nordic_remittance]

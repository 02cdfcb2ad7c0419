"""Germany and Switzerland: a seal maker, a drives maker, a precision-parts maker (suppliers to
our Rotterdam office) and a building-services wholesaler (our customer)."""

from decimal import Decimal

import pe_docs as docs
from pe_common import ANNA, BRANDT, FREI, JOOST, KELLER, SIG_ANNA, WEBER, I, dt, new_mail
from pe_mail import Quoted
from pe_tables import Col, Fmt, html_table, text_table, total_of

D = Decimal
DE = Fmt(style="de")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

SIG_KELLER = """Mit freundlichen Grüßen

Sabine Keller
Vertrieb Innendienst

Hoffmann Dichtungstechnik GmbH
Industriestraße 14 | 33609 Bielefeld
Tel. +49 521 9876-214 | Fax +49 521 9876-99
s.keller@hoffmann-dichtung.de | www.hoffmann-dichtung.de

Geschäftsführer: Dr. Peter Hoffmann | Amtsgericht Bielefeld HRB 12345 | USt-IdNr. DE123456789"""
HOFF_FOOT = ("Hoffmann Dichtungstechnik GmbH · Industriestr. 14 · 33609 Bielefeld · Tel. +49 521 9876-0 · "
             "USt-IdNr. DE123456789 · Sparkasse Bielefeld · IBAN DE12 4805 0161 0000 1234 56")


def hoffmann(ctx):
    cols = [Col("Pos.", "idx", width=0.4), Col("Art.-Nr.", "model", width=1.3), Col("Bezeichnung", "product", width=3.0),
            Col("Menge", "qty", "r", 0.7), Col("Einheit", "unit", width=0.6), Col("Einzelpreis\n€", "price", "r", 0.9),
            Col("Gesamtpreis\n€", "amount", "r", 1.0)]
    items = [I("O-Ring NBR 70 Shore A 50 x 3 mm", "10-NBR70-050x3", "Stk.", "pcs", "0.38", "EUR", 1000),
             I("Flachdichtung DN50 PN16 Klingersil C-4400", "20-FD-DN50-16", "Stk.", "pcs", "2.45", "EUR", 200),
             I("Gleitringdichtung Ø35 mm, SiC/SiC", "30-GLRD-35", "Stk.", "pcs", "48.60", "EUR", 20),
             I("PTFE-Gewindedichtband 12 mm x 12 m", "40-PTFE-12", "Rolle", "roll", "0.92", "EUR", 500),
             I("Spiraldichtung DN100 PN40 1.4404/Graphit", "50-SD-DN100-40", "Stk.", "pcs", "12.50", "EUR", 100)]
    net = total_of(items)
    pdf = docs.pdf_doc({"lang": "de", "letterhead": [("Hoffmann Dichtungstechnik GmbH", 17, True),
                                                     ("Industriestraße 14 · 33609 Bielefeld · Telefon +49 521 9876-0 · Fax +49 521 9876-99", 8, False)],
                        "title": "Angebot", "info": [("Sinoway Europe B.V.", ""), ("Herrn Joost Bakker", ""),
                                                     ("Waalhaven Z.z. 42", ""), ("3089 JH Rotterdam, Niederlande", "")],
                        "info_right": [("Angebots-Nr.:", "2025-0318-117"), ("Datum:", "18.03.2025"), ("Kunden-Nr.:", "24711"),
                                       ("Ihre Anfrage vom:", "12.03.2025")],
                        "intro": ["Sehr geehrter Herr Bakker, wir danken für Ihre Anfrage und bieten Ihnen freibleibend an:"],
                        "cols": cols, "items": items, "fmt": DE,
                        "footer": [("Warenwert netto", net), ("Verpackung/Versand", D("45.00")), ("Gesamtbetrag netto", net + D("45.00"))],
                        "notes": ["Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG.",
                                  "Lieferzeit: ca. 2 Wochen nach Auftragseingang. Lieferbedingung: EXW Bielefeld (Incoterms 2020).",
                                  "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Angebot gültig bis 30.04.2025."],
                        "footer_line": HOFF_FOOT, "page_label": "Seite {p} von {n}", "creator": "SAP Business One"})
    body = ["Sehr geehrter Herr Bakker,\n\nanbei erhalten Sie unser Angebot 2025-0318-117 zu Ihrer Anfrage vom 12.03.2025.\n"
            "Für Rückfragen stehe ich Ihnen gerne zur Verfügung.", SIG_KELLER]
    ctx.add(new_mail("ho-pdf", dt("2025-03-18 14:27", "+0100"), KELLER, [JOOST], "Angebot 2025-0318-117 Dichtungen", body,
                     client="outlook", charset="iso-8859-1", lang="de",
                     attachments=[(pdf, "application/pdf", "Angebot_2025-0318-117.pdf")]),
            "hoffmann", "pdf-de-onepage", "quote", items,
            notes="German PDF (text layer): Pos./Art.-Nr./Bezeichnung/Menge/Einheit/Einzelpreis/Gesamtpreis, 1.000 and 1.250,00.")

    tcols = [Col("Pos.", "idx"), Col("Art.-Nr.", "model"), Col("Bezeichnung", "product"), Col("Menge", "qty", "r"),
             Col("Einzelpreis", "price", "r"), Col("Gesamtpreis", "amount", "r")]
    t_items = [I("O-Ring FKM 80 32 x 2,5 mm", "10-FKM80-032x2.5", "Stk.", "pcs", "0.86", "EUR", 500),
               I("Flachdichtung DN80 PN16 Klingersil C-4400", "20-FD-DN80-16", "Stk.", "pcs", "3.95", "EUR", 100),
               I("Gleitringdichtung Ø35 mm, SiC/SiC", "30-GLRD-35", "Stk.", "pcs", "47.20", "EUR", 20)]
    tf = Fmt(style="de", price_suffix=" EUR", qty_unit=True)
    body2 = ["Sehr geehrter Herr Bakker,\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen wie folgt an:",
             ("table", text_table(tcols, t_items, tf, [("Summe netto", total_of(t_items))], style="spaces"), None),
             "Preise netto ab Werk Bielefeld, zzgl. Versandkosten. Lieferzeit ca. 10 Arbeitstage.\nDas Angebot ist gültig bis "
             "31.07.2025.", SIG_KELLER]
    ctx.add(new_mail("ho-text", dt("2025-06-04 09:58", "+0200"), KELLER, [JOOST], "Ihre Anfrage O-Ringe FKM / Flachdichtungen",
                     body2, client="thunderbird", charset="iso-8859-1", text_only=True, lang="de"),
            "hoffmann", "de-text-latin1", "quote", t_items, notes="ISO-8859-1 text, '500 Stk.' quantities, '0,86 EUR' prices.")

    lcols = [Col("Pos.", "idx", width=0.4), Col("Art.-Nr.", "model", width=1.4), Col("Bezeichnung", "product", width=3.2),
             Col("Menge", "qty", "r", 0.8), Col("Einheit", "unit", width=0.7)]
    l_items = [I("O-Ring FKM 80 32 x 2,5 mm", "10-FKM80-032x2.5", "Stk.", "pcs", "0.86", "EUR", 500),
               I("Gleitringdichtung Ø35 mm, SiC/SiC", "30-GLRD-35", "Stk.", "pcs", "47.20", "EUR", 20)]
    ls = docs.pdf_doc({"lang": "de", "letterhead": [("Hoffmann Dichtungstechnik GmbH", 17, True)], "title": "Lieferschein",
                       "info": [("Lieferschein-Nr.:", "LS-2025-09-4471"), ("Ihre Bestellung:", "4500012877 vom 02.09.2025")],
                       "info_right": [("Datum:", "22.09.2025"), ("Versandart:", "DHL Freight, 2 Pakete, 12,4 kg")],
                       "cols": lcols, "items": l_items, "fmt": DE, "notes": ["Ware erhalten: ______________________"],
                       "footer_line": HOFF_FOOT})
    body3 = ["Sehr geehrter Herr Bakker,\n\nanbei der Lieferschein zu Ihrer Bestellung 4500012877. Die Sendung wurde heute "
             "an DHL Freight übergeben (Sendungsnummer 4471 2209 2025).", SIG_KELLER]
    ctx.add(new_mail("ho-ls", dt("2025-09-22 15:12", "+0200"), KELLER, [JOOST], "Lieferschein LS-2025-09-4471", body3,
                     client="outlook", charset="iso-8859-1", lang="de",
                     attachments=[(ls, "application/pdf", "Lieferschein_LS-2025-09-4471.pdf")]),
            "hoffmann", "delivery-note-de", "other", [], kind_alt=("order",), notes="Delivery note: quantities, weights, no prices.")

    ncols = [Col("Art.-Nr.", "model"), Col("Bezeichnung", "product"), Col("Einheit", "unit"),
             Col("bisheriger Preis €", "old", "r"), Col("neuer Preis ab 01.02.2026 €", "price", "r")]
    n_items = []
    for model, name, unit_doc, unit, old, new in (
            ("10-NBR70-050x3", "O-Ring NBR 70 Shore A 50 x 3 mm", "Stk.", "pcs", "0.38", "0.41"),
            ("20-FD-DN50-16", "Flachdichtung DN50 PN16 Klingersil C-4400", "Stk.", "pcs", "2.45", "2.59"),
            ("30-GLRD-35", "Gleitringdichtung Ø35 mm, SiC/SiC", "Stk.", "pcs", "47.20", "49.90"),
            ("40-PTFE-12", "PTFE-Gewindedichtband 12 mm x 12 m", "Rolle", "roll", "0.92", "0.98")):
        it = I(name, model, unit_doc, unit, new, "EUR")
        it.old_price = D(old)
        n_items.append(it)
    html = html_table(ncols, n_items, DE, flavor="outlook", lang="DE")
    body4 = ["Sehr geehrte Damen und Herren,\n\naufgrund gestiegener Kosten für Elastomere, PTFE und Energie sind wir leider "
             "gezwungen, unsere Preise zum 01.02.2026 anzupassen. Für die von Ihnen regelmäßig bezogenen Artikel gelten "
             "folgende Preise:", ("table", text_table(ncols, n_items, DE, style="tabs"), html),
             "Alle übrigen Konditionen bleiben unverändert. Bestellungen mit Eingang bis 31.01.2026 berechnen wir noch zu den "
             "bisherigen Preisen.\n\nWir danken für Ihr Verständnis.", SIG_KELLER]
    ctx.add(new_mail("ho-notice", dt("2026-01-12 10:30", "+0100"), KELLER, [JOOST], "Preisanpassung zum 01.02.2026", body4,
                     client="outlook", charset="windows-1252", lang="de"),
            "hoffmann", "notice-old-new-de", "price-notice", n_items, status="notice", kind_alt=("quote",),
            notes="Price adjustment with old and new columns: only the new column counts.")


SIG_BRANDT = """Mit freundlichen Grüßen / Best regards
Thomas Brandt
Vertrieb Export
Krüger Antriebstechnik GmbH · Am Mittelfeld 7 · 30519 Hannover
Tel. +49 511 8765-32 · Mobil +49 171 2233445"""


def krueger(ctx):
    cols = [Col("Pos.", "idx10"), Col("Menge", "qty", "r"), Col("Einheit", "unit"), Col("Artikel-Nr.", "model"),
            Col("Bezeichnung", "product"), Col("Einzelpreis EUR", "price", "r"), Col("Gesamtpreis EUR", "amount", "r")]
    items = [I("Kegelradgetriebemotor 0,75 kW, i=28,5", "KA37-DRN80M4", "St.", "pcs", "486.00", "EUR", 2),
             I("Elastische Kupplung, Nabe Ø28 H7", "RX-28", "St.", "pcs", "38.40", "EUR", 5),
             I("Zahnriemen HTD 8M-1200, Breite 30 mm", "HTD8M-1200-30", "St.", "pcs", "24.90", "EUR", 10),
             I("Frequenzumrichter 1,5 kW 400 V", "FU-1.5-400", "St.", "pcs", "312.00", "EUR", 1)]
    net = total_of(items)
    docx = docs.docx_doc({"header_lines": [("Krüger Antriebstechnik GmbH", 16, True, "l"),
                                           ("Am Mittelfeld 7 · 30519 Hannover · Tel. +49 511 8765-0", 8, False, "l")],
                          "paragraphs_before": ["Sinoway Europe B.V.\nz. Hd. Herrn Joost Bakker\nWaalhaven Z.z. 42\n3089 JH Rotterdam",
                                                ("Angebot Nr. AN-25-04091", True), "Hannover, 09.04.2025",
                                                "Sehr geehrter Herr Bakker,\nwir bedanken uns für Ihre Anfrage und bieten Ihnen an:"],
                          "cols": cols, "items": items, "fmt": DE,
                          "footer": [("Summe netto", net), ("Fracht und Verpackung", D("85.00")), ("Gesamtbetrag", net + D("85.00"))],
                          "paragraphs_after": ["Lieferzeit: 4–5 Wochen nach Auftragsklärung.", "Lieferbedingung: FCA Hannover (Incoterms 2020).",
                                               "Zahlung: 30 Tage netto.", "Innergemeinschaftliche Lieferung, steuerfrei.",
                                               "Es gelten unsere Allgemeinen Verkaufsbedingungen."],
                          "date": "2025-04-09", "author": "Brandt"})
    body = ["Sehr geehrter Herr Bakker,\n\nanbei unser Angebot AN-25-04091 als Word-Dokument.", SIG_BRANDT]
    ctx.add(new_mail("kr-docx", dt("2025-04-09 11:40", "+0200"), BRANDT, [JOOST], "Angebot AN-25-04091", body, client="outlook",
                     charset="iso-8859-1", lang="de", attachments=[(docx, DOCX, "Angebot AN-25-04091.docx")]),
            "krueger", "docx-quote-de", "quote", items, notes="DOCX with Pos. 10/20/30, Menge before the article, Fracht row.")

    groups = [
        ("Kegelradgetriebemotor", 1, [("KA37-DRN71M4", "0,37 kW", "398"), ("KA37-DRN71MS4", "0,55 kW", "432"),
                                      ("KA37-DRN80M4", "0,75 kW", "468"), ("KA47-DRN90S4", "1,1 kW", "522"),
                                      ("KA47-DRN90L4", "1,5 kW", "596"), ("KA57-DRN100LS4", "2,2 kW", "688")]),
        ("Stirnradgetriebemotor", 1, [("RF37-DRN63M4", "0,25 kW", "286"), ("RF37-DRN71M4", "0,37 kW", "318"),
                                      ("RF47-DRN71MS4", "0,55 kW", "352"), ("RF47-DRN80M4", "0,75 kW", "389"),
                                      ("RF57-DRN90S4", "1,1 kW", "441")]),
        ("Elastische Kupplung", 5, [("RX-19", "Nabe Ø19", "22.60"), ("RX-24", "Nabe Ø24", "29.80"), ("RX-28", "Nabe Ø28", "37.90"),
                                    ("RX-38", "Nabe Ø38", "54.20"), ("RX-42", "Nabe Ø42", "68.50"), ("RX-48", "Nabe Ø48", "84.00")]),
        ("Zahnriemen HTD 8M, Breite 30 mm", 10, [("HTD8M-800-30", "L=800 mm", "17.20"), ("HTD8M-1000-30", "L=1000 mm", "20.40"),
                                                 ("HTD8M-1200-30", "L=1200 mm", "24.50"), ("HTD8M-1440-30", "L=1440 mm", "28.60"),
                                                 ("HTD8M-1600-30", "L=1600 mm", "31.80"), ("HTD8M-1800-30", "L=1800 mm", "35.10"),
                                                 ("HTD8M-2000-30", "L=2000 mm", "38.90")]),
        ("Zahnscheibe HTD 8M", 5, [("ZS8M-24-30", "z=24", "31.40"), ("ZS8M-28-30", "z=28", "35.90"), ("ZS8M-32-30", "z=32", "41.20"),
                                   ("ZS8M-36-30", "z=36", "47.80"), ("ZS8M-40-30", "z=40", "53.60")]),
        ("Frequenzumrichter 400 V", 1, [("FU-0.75-400", "0,75 kW", "248"), ("FU-1.5-400", "1,5 kW", "305"),
                                        ("FU-2.2-400", "2,2 kW", "366"), ("FU-4.0-400", "4,0 kW", "498"),
                                        ("FU-5.5-400", "5,5 kW", "612"), ("FU-7.5-400", "7,5 kW", "745")]),
        ("Flanschlager", 5, [("UCF204", "Welle Ø20", "9.85"), ("UCF205", "Welle Ø25", "11.40"), ("UCF206", "Welle Ø30", "14.20"),
                             ("UCF207", "Welle Ø35", "18.90"), ("UCF208", "Welle Ø40", "23.60")])]
    pl = []
    for name, ve, rows in groups:
        for model, size, price in rows:
            pl.append(I(f"{name}, {size}", model, "", "pcs", D(price).quantize(D("0.01")), "EUR", ve=ve))
    pcols = [Col("Artikel-Nr.", "model", width=1.4), Col("Bezeichnung", "product", width=3.2), Col("VE", "extra:ve", "r", 0.4),
             Col("Listenpreis\n€/Stk.", "price", "r", 1.0)]
    pdf = docs.pdf_doc({"lang": "de", "letterhead": [("Krüger Antriebstechnik GmbH", 16, True),
                                                     ("Am Mittelfeld 7 · 30519 Hannover · www.krueger-antriebe.de", 8, False)],
                        "repeat_letterhead": True, "title": "Nettopreisliste 2026 – Sinoway Europe B.V.",
                        "info": [("Gültig ab:", "01.01.2026"), ("Kunden-Nr.:", "K-20417")],
                        "intro": ["Alle Preise netto in Euro je Stück, FCA Hannover. VE = Verpackungseinheit."],
                        "cols": pcols, "items": pl, "fmt": DE, "rows_per_page": 16, "repeat_header": True,
                        "continued": "Nettopreisliste 2026 – Fortsetzung (Seite {p})", "page_label": "Seite {p} von {n}",
                        "footer_line": "Krüger Antriebstechnik GmbH · Amtsgericht Hannover HRB 54321 · USt-IdNr. DE987654321",
                        "notes": ["Preisänderungen und Irrtümer vorbehalten."], "creator": "proALPHA"})
    body2 = ["Sehr geehrter Herr Bakker,\n\nwie besprochen erhalten Sie anbei Ihre Nettopreisliste für 2026. Die Preise gelten "
             "ab dem 01.01.2026.", SIG_BRANDT]
    ctx.add(new_mail("kr-pdf", dt("2025-10-28 16:02", "+0100"), BRANDT, [JOOST], "Nettopreisliste 2026", body2,
                     client="outlook", charset="iso-8859-1", lang="de",
                     attachments=[(pdf, "application/pdf", "Preisliste_2026_K-20417.pdf")]),
            "krueger", "pdf-multipage-de", "quote", pl,
            notes=f"{len(pl)} rows over {(len(pl) + 15) // 16} pages, letterhead and header repeated, 'Seite p von n', VE column.")


SIG_FREI = """Freundliche Grüsse

Reto Frei
Verkauf
Präzisionsteile Aargau AG
Industriestrasse 8, CH-5610 Wohlen AG
Tel. +41 56 622 18 40
MWST-Nr. CHE-123.456.789 MWST"""


def aargau(ctx):
    cols = [Col("Pos", "idx"), Col("Artikel", "model"), Col("Beschreibung", "product"), Col("Menge", "qty", "r"),
            Col("Preis/Stk. CHF", "price", "r"), Col("Total CHF", "amount", "r")]
    items = [I("Präzisionswelle Ø20 h6, L=500 mm", "PW-20-H6-500", "", "pcs", "38.50", "CHF", 40),
             I("Linearlager LM20UU", "LL-LM20UU", "", "pcs", "12.80", "CHF", 80),
             I("Wellenhalter SK20", "SP-SK20", "", "pcs", "6.45", "CHF", 80),
             I("Trapezgewindespindel Tr20x4, L=1000 mm", "KG-TR20x4-1000", "", "pcs", "1250.50", "CHF", 1)]
    f = Fmt(style="ch")
    body = ["Grüezi Herr Bakker\n\nBesten Dank für Ihre Anfrage. Gerne offerieren wir Ihnen:",
            ("table", text_table(cols, items, f, [("Total netto", total_of(items))], style="spaces"), None),
            "Preise exkl. MWST, ab Werk Wohlen AG (EXW). Lieferfrist: 3 Wochen.\nExport in die EU: Ursprungserklärung auf "
            "der Rechnung.", SIG_FREI]
    ctx.add(new_mail("aa-text", dt("2025-06-11 08:32", "+0200"), FREI, [JOOST], "Offerte Wellen und Linearlager", body,
                     client="outlook", charset="utf-8", text_only=True, lang="de"),
            "aargau", "ch-text-apostrophe", "quote", items, notes="Swiss text quote in CHF with 1'250.50 grouping.")

    pcols = [Col("Pos.", "idx", width=0.4), Col("Artikel-Nr.", "model", width=1.4), Col("Bezeichnung", "product", width=3.0),
             Col("Menge", "qty", "r", 0.6), Col("Preis CHF", "price", "r", 1.0), Col("Betrag CHF", "amount", "r", 1.0)]
    p_items = [I("Präzisionswelle Ø20 h6, L=500 mm", "PW-20-H6-500", "", "pcs", "39.20", "CHF", 40),
               I("Präzisionswelle Ø25 h6, L=800 mm", "PW-25-H6-800", "", "pcs", "62.40", "CHF", 20),
               I("Trapezgewindespindel Tr20x4, L=1000 mm", "KG-TR20x4-1000", "", "pcs", "1280.00", "CHF", 2),
               I("Linearlager LM20UU", "LL-LM20UU", "", "pcs", "12.80", "CHF", 80)]
    pdf = docs.pdf_doc({"lang": "de", "letterhead": [("Präzisionsteile Aargau AG", 16, True),
                                                     ("Industriestrasse 8 · CH-5610 Wohlen AG · +41 56 622 18 40", 8, False)],
                        "title": "Offerte Nr. 25-1187", "info": [("Kunde:", "Sinoway Europe B.V., Rotterdam"), ("Datum:", "18.11.2025")],
                        "info_right": [("Sachbearbeiter:", "R. Frei"), ("Gültig bis:", "31.12.2025")],
                        "cols": pcols, "items": p_items, "fmt": Fmt(style="ch_typo"),
                        "footer": [("Total exkl. MWST", total_of(p_items))],
                        "notes": ["Preise in CHF je Stück, ab Werk. Zahlung 30 Tage netto."],
                        "footer_line": "Präzisionsteile Aargau AG · UBS Switzerland AG · IBAN CH93 0076 2011 6238 5295 7"})
    body2 = ["Grüezi Herr Bakker\n\nIm Anhang finden Sie unsere Offerte 25-1187.", SIG_FREI]
    ctx.add(new_mail("aa-pdf", dt("2025-11-18 13:50", "+0100"), FREI, [JOOST], "Offerte 25-1187", body2, client="outlook",
                     charset="iso-8859-1", lang="de", attachments=[(pdf, "application/pdf", "Offerte_25-1187.pdf")]),
            "aargau", "pdf-ch", "quote", p_items, notes="Swiss PDF with typographic apostrophe grouping (1’280.00), CHF.")


def rheintal(ctx):
    cols = [Col("Pos.", "idx"), Col("Artikel", "model"), Col("Bezeichnung", "product"), Col("Menge", "qty", "r"),
            Col("Einheit", "unit"), Col("Einzelpreis", "price", "r"), Col("Gesamtpreis", "amount", "r")]
    items = [I("Kugelhahn Messing DN25 PN25", "KH-DN25", "Stk.", "pcs", "7.45", "EUR", 200),
             I("Kugelhahn Messing DN50 PN25", "KH-DN50", "Stk.", "pcs", "21.80", "EUR", 100),
             I("Schmutzfänger Guss DN50 PN16", "SF-DN50", "Stk.", "pcs", "36.90", "EUR", 40),
             I("Rückschlagventil Messing DN40", "RV-DN40", "Stk.", "pcs", "14.20", "EUR", 60)]
    f = Fmt(style="de", price_suffix=" €")
    net = total_of(items)
    foot = [("Summe netto", net), ("Fracht pauschal", D("95.00")), ("Gesamtbetrag netto", net + D("95.00"))]
    html = html_table(cols, items, f, foot, flavor="outlook", lang="DE")
    body = ["Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an (Angebot SWE-A-25-0303):",
            ("table", text_table(cols, items, f, foot, style="tabs"), html),
            "Lieferung DAP Freiburg, Lieferzeit 3 Wochen ab Lager Rotterdam.\nZahlung: 30 Tage netto.\nInnergemeinschaftliche "
            "Lieferung (Reverse Charge).\nGültig bis 31.03.2025.", "Mit freundlichen Grüßen\n\n" + SIG_ANNA]
    ctx.add(new_mail("rh-quote", dt("2025-03-03 10:12", "+0100"), ANNA, [WEBER], "Angebot SWE-A-25-0303 Kugelhähne", body,
                     client="outlook", charset="windows-1252", lang="de"),
            "rheintal", "html-outlook-eur-units", "quote", items, notes="Our German Outlook HTML quote, Einheit column, '1.490,00 €'.")

    pcols = [Col("Pos.", "idx", width=0.4), Col("Unsere\nArt.-Nr.", "extra:own", width=0.9), Col("Ihre\nArt.-Nr.", "model", width=0.9),
             Col("Bezeichnung", "product", width=2.6), Col("Menge", "qty", "r", 0.6), Col("ME", "unit", width=0.4),
             Col("Preis/ME\n€", "price", "r", 0.8), Col("Betrag\n€", "amount", "r", 0.9)]
    p_items = [I("Kugelhahn Messing DN25 PN25", "KH-DN25", "Stk", "pcs", "7.45", "EUR", 200, own="100234"),
               I("Kugelhahn Messing DN50 PN25", "KH-DN50", "Stk", "pcs", "21.20", "EUR", 100, own="100250")]
    total = total_of(p_items)
    po = docs.pdf_doc({"lang": "de", "letterhead": [("Rheintal Haustechnik GmbH", 15, True),
                                                    ("Gewerbestraße 21 · 79108 Freiburg im Breisgau · Tel. 0761 45678-0", 8, False)],
                       "title": "Bestellung", "info": [("Lieferant:", "Sinoway Europe B.V., Rotterdam"), ("Lieferanten-Nr.:", "70455")],
                       "info_right": [("Bestell-Nr.:", "BE-2025-0412"), ("Datum:", "20.03.2025"), ("Ihr Angebot:", "SWE-A-25-0303")],
                       "cols": pcols, "items": p_items, "fmt": DE,
                       "footer": [("Summe netto", total), ("USt. 0 % (innergem. Erwerb)", D("0")), ("Gesamtsumme", total)],
                       "notes": ["Liefertermin: KW 16/2025, frei Haus (DAP Freiburg).", "Bitte Auftragsbestätigung innerhalb 3 Tagen.",
                                 "Rechnungen bitte an rechnung@rheintal-haustechnik.de"], "page_label": "Seite {p}/{n}",
                       "creator": "Microsoft Dynamics NAV"})
    body2 = ["Sehr geehrte Frau de Vries,\n\nanbei unsere Bestellung BE-2025-0412. Beim DN50 bestellen wir wie telefonisch "
             "vereinbart zu 21,20 €.\n\nMit freundlichen Grüßen\nMarkus Weber\nEinkauf\nRheintal Haustechnik GmbH\nTel. 0761 45678-23"]
    ctx.add(new_mail("rh-po", dt("2025-03-20 14:05", "+0100"), WEBER, [ANNA], "Bestellung BE-2025-0412", body2, client="outlook",
                     charset="iso-8859-15", lang="de", attachments=[(po, "application/pdf", "Bestellung_BE-2025-0412.pdf")]),
            "rheintal", "po-pdf-de", "order", p_items, status="ordered",
            notes="Buyer's Bestellung PDF with both article numbers; ordered prices (DN50 settled lower).")

    body3 = ["Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bestellung BE-2025-0412 vom 20.03.2025, die wir hiermit "
             "bestätigen. Die Lieferung erfolgt in KW 16 frei Haus Freiburg.\nDie Auftragsbestätigung mit unserer "
             "Auftragsnummer SWE-AB-25-0187 folgt mit der Rechnung.", "Mit freundlichen Grüßen\n\n" + SIG_ANNA,
             ("quote", Quoted(WEBER, [ANNA], dt("2025-03-20 14:05", "+0100"), "Bestellung BE-2025-0412", body2, "de"))]
    ctx.add(new_mail("rh-ab", dt("2025-03-21 09:30", "+0100"), ANNA, [WEBER], "AW: Bestellung BE-2025-0412", body3,
                     client="outlook", charset="windows-1252", lang="de", reply_to="rh-po"),
            "rheintal", "order-confirmation-de", "order", [], notes="Order confirmation without any price table: no items.")

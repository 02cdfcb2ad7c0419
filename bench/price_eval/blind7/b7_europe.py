"""Switzerland (CHF 1'250.– in a web mailer's <div> table, a PDF whose descriptions wrap over three
lines with the price on the middle one), Norway (kr 1 250,- in text, a Gmail reply with the older
quote in a gmail_quote block), Denmark (an XLSX with several sheets, a hidden column and row and
formulas without cached values; a credit note), Czechia (Kč in an HTML table whose cells hold
<br>-separated lines; a shipping advice), Hungary (Ft in a DOCX table nested in a layout table; our
colleague forwarding the supplier's new prices), Romania (lei in an .odt; one block per item) and
Greece (Greek headers)."""

from b7_common import PIETER, THANDI, aligned, b3_docs, html_doc, item, item_table, mail
import b7_docs

ALPEN = ("Urs Brunner", "u.brunner@alpenwerk.ch")
NORD = ("Kari Solheim", "kari.solheim@nordfjord-hydraulikk.no")
DPT = ("Mette Lund", "ml@dpt-pakning.dk")
VYSOCINA = ("Jan Novák", "novak@strojirny-vysocina.cz")
TISZAI = ("Kovács Péter", "kovacs.peter@tiszaiszerszam.hu")
CARPATICA = ("Andrei Popescu", "andrei.popescu@carpatica-ind.ro")
HELLENIC = ("Nikos Papadopoulos", "n.papadopoulos@hellenic-cw.gr")

ALPEN_SIG = ("<div style=\"color:#666;font-size:11px;margin-top:16px\">Urs Brunner · Verkauf Export<br>"
             "Alpenwerk AG · Industriestrasse 17 · CH-8404 Winterthur<br>T +41 52 244 18 60 · "
             "M +41 79 412 88 03 · UID CHE-114.582.391 MWST</div>")


def alpen_webmail():
    rows = [("AW-KV-25", "Kugelhahn Edelstahl 1\" PN63", "40", "Stk.", "CHF 86.50", "CHF 3'460.00"),
            ("AW-KV-50", "Kugelhahn Edelstahl 2\" PN40", "20", "Stk.", "CHF 212.–", "CHF 4'240.–"),
            ("AW-MV-15", "Magnetventil 1/2\" 24 V DC", "25", "Stk.", "CHF 148.90", "CHF 3'722.50"),
            ("AW-AT-80", "Pneumatischer Schwenkantrieb DA-80", "10", "Stk.", "Fr. 1'480.–", "Fr. 14'800.–")]
    grid = b7_docs.div_table(("Artikel", "Bezeichnung", "Menge", "Einheit", "Preis/Einheit", "Total"), rows,
                             (90, 260, 60, 60, 110, 110))
    body = ("<div style=\"font-family:Helvetica,Arial;font-size:13px\"><p>Grüezi Frau Mokoena</p>"
            "<p>Besten Dank für Ihre Anfrage vom 14. Januar. Gerne offerieren wir Ihnen wie folgt:</p>" + grid +
            "<div style=\"margin-top:8px\"><b>Total exkl. MWST: CHF 26'222.50</b><br>MWST 8.1 % entfällt "
            "(Export)</div><p>Lieferung: ab Werk Winterthur (EXW), ca. 3 Wochen nach Auftrag.<br>Zahlung: 30 Tage "
            "netto. Gültig bis 28.02.2026.</p><p>Freundliche Grüsse</p>" + ALPEN_SIG + "</div>")
    items = [item("aw-kv25", "Kugelhahn Edelstahl 1\" PN63", "AW-KV-25", "86.50", "CHF", "pcs", quantity="40"),
             item("aw-kv50", "Kugelhahn Edelstahl 2\" PN40", "AW-KV-50", "212.00", "CHF", "pcs", quantity="20"),
             item("aw-mv15", "Magnetventil 1/2\" 24 V DC", "AW-MV-15", "148.90", "CHF", "pcs", quantity="25"),
             item("aw-at80", "Pneumatischer Schwenkantrieb DA-80", "AW-AT-80", "1480.00", "CHF", "pcs",
                  quantity="10")]
    return mail("b7-aw-webmail", "2026-01-20T09:42:00+01:00", "alpen", "html-ch-div-span-table-chf-dash",
                "html-table", "quote", ALPEN, THANDI, "Offerte 26-0117 Kugelhähne und Antriebe", items,
                html=html_doc(body),
                notes="Web mailer: the item table is flex <div> rows of <span> cells, no <table>; Swiss "
                      "CHF 1'480.– and Fr. with apostrophe groups and the dash for zero centimes; Total and "
                      "MWST lines; UID number in the signature.")


def alpen_pdf_wrapped():
    page = b3_docs.Page()
    page.text("ALPENWERK AG", size=14, bold=True, dy=16)
    page.text("Industriestrasse 17, CH-8404 Winterthur  |  T +41 52 244 18 60  |  www.alpenwerk.ch", size=8, dy=24)
    page.text("OFFERTE Nr. 26-0388", size=12, bold=True, dy=15)
    page.text("Datum: 12.05.2026        Kunde: Karoo Industrial Sourcing (Pty) Ltd, Kempton Park", size=9, dy=22)
    xs = [50, 80, 150, 380, 420, 490, 560]
    right = (3, 5, 6)
    page.row(["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "Einheit", "Preis CHF", "Betrag CHF"], xs,
             bold=True, right=right, dy=16)
    rows = [("1", "AW-KV-25", ["Kugelhahn Edelstahl 1.4408,", "1\" PN63, Innengewinde,", "mit Handhebel"],
             "40", "Stk", "84.90", "3'396.00"),
            ("2", "AW-DR-32", ["Druckminderer Messing DN32,", "mit Manometer 0-10 bar,", "Anschluss Innengewinde"],
             "12", "Stk", "318.00", "3'816.00"),
            ("3", "AW-AK-65", ["Absperrklappe DN65 PN16,", "Wafer-Ausführung, EPDM-", "Manschette, Handhebel"],
             "8", "Stk", "1'125.00", "9'000.00"),
            ("4", "AW-SV-20", ["Sicherheitsventil 3/4\",", "Ansprechdruck 6 bar,", "Messing vernickelt"],
             "30", "Stk", "96.40", "2'892.00")]
    for pos, code, desc, qty, unit, price, amount in rows:
        page.row(["", "", desc[0]], xs)
        page.row([pos, code, desc[1], qty, unit, price, amount], xs, right=right)
        page.row(["", "", desc[2]], xs, dy=18)
    page.gap()
    page.row(["", "", "Total netto exkl. MWST", "", "", "", "19'104.00"], xs, bold=True, right=right)
    page.row(["", "", "Verpackung und Fracht bis Zürich Flughafen", "", "", "", "180.00"], xs, right=right)
    page.gap(14)
    page.text("Lieferbedingungen: FCA Zürich Flughafen (Incoterms 2020). Lieferzeit 4 Wochen.", size=8)
    page.text("Zahlungsbedingungen: 30 Tage netto. Diese Offerte ist 60 Tage gültig.", size=8)
    page.text("Bank: Zürcher Kantonalbank, IBAN CH44 0070 0110 0041 2588 3, BIC ZKBKCHZZ80A", size=8)
    text = f"""Guten Tag Frau Mokoena

Im Anhang erhalten Sie unsere Offerte 26-0388 für die Armaturen gemäss Ihrer Anfrage vom 5. Mai.
Den Kugelhahn AW-KV-25 konnten wir nochmals etwas günstiger rechnen.

Freundliche Grüsse
Urs Brunner
Alpenwerk AG, Winterthur
T +41 52 244 18 60"""
    items = [item("aw-kv25", "Kugelhahn Edelstahl 1.4408, 1\" PN63, Innengewinde, mit Handhebel", "AW-KV-25",
                  "84.90", "CHF", "pcs", quantity="40"),
             item("aw-dr32", "Druckminderer Messing DN32, mit Manometer 0-10 bar, Anschluss Innengewinde",
                  "AW-DR-32", "318.00", "CHF", "pcs", quantity="12"),
             item("aw-ak65", "Absperrklappe DN65 PN16, Wafer-Ausführung, EPDM-Manschette, Handhebel", "AW-AK-65",
                  "1125.00", "CHF", "pcs", quantity="8"),
             item("aw-sv20", "Sicherheitsventil 3/4\", Ansprechdruck 6 bar, Messing vernickelt", "AW-SV-20",
                  "96.40", "CHF", "pcs", quantity="30")]
    return mail("b7-aw-pdf", "2026-05-12T14:05:00+02:00", "alpen", "pdf-de-ch-three-line-descriptions-mid-row",
                "pdf", "quote", ALPEN, THANDI, "Offerte 26-0388", items, text=text,
                attachments=[(page.build("Offerte 26-0388"), "application/pdf", "Offerte_26-0388.pdf")],
                notes="PDF whose descriptions wrap over three lines with the row's numbers on the middle "
                      "line (vertically centred cells); CHF in the header only; a freight line with an amount "
                      "only; IBAN below.")


NORD_ROWS = [("NH-SL-12", "Hydraulikkslange 1/2\" 2SN", "200", "m", "kr 148,-", "kr 29 600,-"),
             ("NH-KP-12", "Pressekobling 1/2\" JIC hunn", "400", "stk", "kr 42,50", "kr 17 000,-"),
             ("NH-PU-40", "Tannhjulspumpe 40 cm3", "6", "stk", "kr 4 250,-", "kr 25 500,-"),
             ("NH-FI-10", "Returfilter 10 my, komplett", "12", "stk", "kr 1 186,-", "kr 14 232,-")]


def nord_text():
    widths = [(9, False), (30, False), (6, True), (5, False), (11, True), (12, True)]
    table_text = aligned([("Varenr.", "Beskrivelse", "Antall", "Enh.", "Enhetspris", "Sum")] + NORD_ROWS, widths)
    text = f"""Hei Thandi,

Takk for forespørselen. Her er vårt tilbud nr. 2026-0042:

{table_text}
{'-' * 84}
{'Sum eks. mva'.rjust(70)}  {'kr 86 332,-'.rjust(12)}
{'MVA 25 % (faller bort ved eksport)'.rjust(70)}  {'kr 0,-'.rjust(12)}

Levering: FCA Bergen, ca. 2 uker. Betaling: 30 dager netto.
Tilbudet gjelder til 15.03.2026.

Med vennlig hilsen
Kari Solheim
Nordfjord Hydraulikk AS | Sjøgata 12, 6770 Nordfjordeid
Tlf. +47 57 86 44 10 | Mob. +47 934 18 227 | Org.nr. 918 442 071 MVA"""
    items = [item("nh-sl12", "Hydraulikkslange 1/2\" 2SN", "NH-SL-12", "148.00", "NOK", "m", quantity="200"),
             item("nh-kp12", "Pressekobling 1/2\" JIC hunn", "NH-KP-12", "42.50", "NOK", "pcs", quantity="400"),
             item("nh-pu40", "Tannhjulspumpe 40 cm3", "NH-PU-40", "4250.00", "NOK", "pcs", quantity="6"),
             item("nh-fi10", "Returfilter 10 my, komplett", "NH-FI-10", "1186.00", "NOK", "pcs", quantity="12")]
    return mail("b7-nh-text", "2026-02-03T10:15:00+01:00", "nordfjord", "text-no-kr-comma-dash", "text-table",
                "quote", NORD, THANDI, "Tilbud 2026-0042 hydraulikk", items, text=text,
                notes="Norwegian aligned text, `kr 1 186,-` (space groups, `,-` for whole kroner), Antall/Enh./"
                      "Enhetspris headers, Sum eks. mva and MVA rows; Org.nr. in the signature.")


def nord_gmail():
    quoted = item_table(("Varenr.", "Beskrivelse", "Antall", "Enh.", "Enhetspris", "Sum"), NORD_ROWS)
    body = ("<div dir=\"ltr\">Hei Thandi,<div><br></div><div>Vi kan justere prisen på tannhjulspumpen "
            "NH-PU-40 til <b>kr 3 980,- per stk</b> ved bestilling av 6 stk. Øvrige priser som i tilbudet "
            "under.</div><div><br></div><div>Mvh<br>Kari</div></div><br>"
            "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">tir. 3. feb. 2026 kl. 10:15 skrev "
            "Kari Solheim &lt;<a href=\"mailto:kari.solheim@nordfjord-hydraulikk.no\">kari.solheim@nordfjord-"
            "hydraulikk.no</a>&gt;:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
            "0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\"><div dir=\"ltr\">Hei Thandi,<br>"
            "Takk for forespørselen. Her er vårt tilbud nr. 2026-0042:<br>" + quoted +
            "<br>Levering: FCA Bergen. Betaling: 30 dager netto.</div></blockquote></div>")
    items = [item("nh-pu40", "Tannhjulspumpe", "NH-PU-40", "3980.00", "NOK", "pcs", quantity="6")]
    return mail("b7-nh-gmail", "2026-04-14T08:31:00+02:00", "nordfjord", "html-gmail-quote-revision-no",
                "html-table", "quote", NORD, THANDI, "Re: Tilbud 2026-0042 hydraulikk", items,
                kind_alt=("price-notice",), html=html_doc(body),
                notes="Gmail <div dir=ltr> reply: one new price in a sentence above the whole earlier quote "
                      "table inside a gmail_quote blockquote (no items from it).")


def dpt_xlsx():
    price_sheet = [
        ["Dansk Pakningsteknik ApS", "", "", "", "", "", ""],
        ["Prisliste 2026 – gældende fra 1. marts 2026", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Varenr.", "Beskrivelse", "Enhed", "Gammel pris", "Pris DKK", "Antal", "Beløb DKK"],
        ["DP-OR-50", "O-ring NBR 70 50 x 3 mm", "stk", ("n", "4.1"), ("n", "3.85"), ("n", "1000"), ("f", "E5*F5")],
        ["DP-PK-15", "Pakningsplade aramid/NBR 1,5 mm, 1500 x 1500 mm", "ark", ("n", "648"), ("n", "612"),
         ("n", "10"), ("f", "E6*F6")],
        ["DP-GS-10", "Grafitsnor 10 x 10 mm", "m", ("n", "61"), ("n", "58.5"), ("n", "50"), ("f", "E7*F7")],
        ["DP-OR-80", "O-ring NBR 70 80 x 4 mm (udgår)", "stk", ("n", "7.2"), ("n", "6.95"), ("n", "500"),
         ("f", "E8*F8")],
        ["DP-FP-25", "Flangepakning DN25 PN40, grafit", "stk", ("n", "13.4"), ("n", "12.75"), ("n", "200"),
         ("f", "E9*F9")],
        ["", "", "", "", "", "I alt", ("f", "SUM(G5:G9)")],
    ]
    discontinued = [["Udgåede varer – kan leveres så længe lager haves", "", ""],
                    ["Varenr.", "Beskrivelse", "Pris DKK"],
                    ["DP-OR-40", "O-ring NBR 70 40 x 3 mm", ("n", "2.9")],
                    ["DP-PK-10", "Pakningsplade klingerit 1,0 mm", ("n", "455")]]
    terms = [["Salgs- og leveringsbetingelser"],
             ["Priser er ekskl. moms og fragt, ab lager Vejle."],
             ["Betaling: netto 30 dage. Ordrer under 1.500 kr. pålægges et ekspeditionsgebyr på 150 kr."]]
    book = b7_docs.xlsx_book([
        {"name": "Prisliste 2026", "rows": price_sheet, "hidden_cols": (3,), "hidden_rows": (8,),
         "merges": ("A1:G1", "A2:G2")},
        {"name": "Udgåede varer", "rows": discontinued},
        {"name": "Betingelser", "rows": terms}])
    text = """Hej Thandi,

Vedhæftet vores prisliste pr. 1. marts 2026 med de mængder, du spurgte til.
Bemærk at O-ring 80 x 4 udgår og ikke længere tilbydes.

Venlig hilsen
Mette Lund
Dansk Pakningsteknik ApS | Industrivej 41, 7100 Vejle | Tlf. +45 75 82 14 60 | CVR 31 84 22 17"""
    items = [item("dp-or50", "O-ring NBR 70 50 x 3 mm", "DP-OR-50", "3.85", "DKK", "pcs", quantity="1000"),
             item("dp-pk15", "Pakningsplade aramid/NBR 1,5 mm, 1500 x 1500 mm", "DP-PK-15", "612.00", "DKK",
                  "sheet", quantity="10"),
             item("dp-gs10", "Grafitsnor 10 x 10 mm", "DP-GS-10", "58.50", "DKK", "m", quantity="50"),
             item("dp-fp25", "Flangepakning DN25 PN40, grafit", "DP-FP-25", "12.75", "DKK", "pcs", quantity="200")]
    return mail("b7-dp-xlsx", "2026-03-02T13:20:00+01:00", "dpt", "xlsx-da-sheets-hidden-col-row-uncached",
                "xlsx", "quote", DPT, THANDI, "Prisliste 2026", items, text=text,
                attachments=[(book, b7_docs.XLSX_MIME, "DPT_prisliste_2026.xlsx")],
                notes="XLSX with three sheets: the price list (a hidden `Gammel pris` column, a hidden "
                      "discontinued row, amounts as formulas saved without cached values), a sheet of "
                      "discontinued goods with prices and a terms sheet (no items from either).")


def dpt_credit():
    text = """Hej Thandi,

Som aftalt krediterer vi de returnerede flangepakninger. Kreditnota 40127 vedhæftet i teksten nedenfor.

KREDITNOTA nr. 40127                               Dato: 18.06.2026
Vedr. faktura 38844 af 12.05.2026, jeres ordre KIS-PO-26-0233

Varenr.    Beskrivelse                          Antal  Enh.   à-pris      Beløb
DP-FP-25   Flangepakning DN25 PN40, grafit        -40  stk     12,75    -510,00
           Returfragt                                                     85,00

Krediteret i alt ekskl. moms                                            -425,00 DKK
Beløbet modregnes i næste faktura.

Venlig hilsen
Mette Lund
Dansk Pakningsteknik ApS | Tlf. +45 75 82 14 60 | CVR 31 84 22 17"""
    return mail("b7-dp-credit", "2026-06-18T11:02:00+02:00", "dpt", "credit-note-da", "non-quote", "invoice",
                DPT, THANDI, "Kreditnota 40127", [], kind_alt=("other",), text=text,
                notes="A credit note for returned goods with the invoiced unit price (negative quantity): no "
                      "items; it must not change the price list.")


VYS_ROWS = [("1", "Ložisko kuličkové 6310-2RS<br>kód: SV-6310<br>ČSN 02 4630", "50", "ks", "1 250,00 Kč",
             "62 500,00 Kč"),
            ("2", "Hřídel ocelová průměr 40 × 600 mm<br>kód: SV-H40-600<br>materiál 11 600", "12", "ks",
             "2\u00a0870,00 Kč", "34\u00a0440,00 Kč"),
            ("3", "Řemenice 2× SPZ 160<br>kód: SV-RS160<br>litina", "8", "ks", "1 945,50 Kč", "15 564,00 Kč"),
            ("4", "Klínový řemen SPZ 1600<br>kód: SV-KR1600", "40", "ks", "186,00 Kč", "7 440,00 Kč")]


def vysocina_br_cells():
    grid = item_table(("Pol.", "Název / kód", "Množství", "MJ", "Cena za MJ bez DPH", "Celkem bez DPH"), VYS_ROWS,
                      (("Celkem bez DPH", "119 944,00 Kč"), ("DPH 21 %", "25 188,24 Kč"),
                       ("<b>Celkem s DPH</b>", "<b>145 132,24 Kč</b>")))
    body = ("<p class=\"MsoNormal\">Dobrý den, paní Mokoena,</p><p class=\"MsoNormal\">na základě Vaší poptávky "
            "Vám zasíláme cenovou nabídku č. NAB-2026-031:</p>" + grid +
            "<p class=\"MsoNormal\">Dodací lhůta: 3 týdny. Platnost nabídky: 30 dní. Dodací podmínky: FCA Jihlava."
            "</p><p class=\"MsoNormal\">S pozdravem<br>Ing. Jan Novák<br>obchodní oddělení<br>Strojírny Vysočina "
            "s.r.o., Brněnská 58, 586 01 Jihlava<br>tel. +420 567 301 224, mobil +420 603 412 889<br>IČO 25318442,"
            " DIČ CZ25318442</p>")
    items = [item("sv-6310", "Ložisko kuličkové 6310-2RS", "SV-6310", "1250.00", "CZK", "pcs", quantity="50"),
             item("sv-h40", "Hřídel ocelová průměr 40 × 600 mm", "SV-H40-600", "2870.00", "CZK", "pcs",
                  quantity="12"),
             item("sv-rs160", "Řemenice 2× SPZ 160", "SV-RS160", "1945.50", "CZK", "pcs", quantity="8"),
             item("sv-kr1600", "Klínový řemen SPZ 1600", "SV-KR1600", "186.00", "CZK", "pcs", quantity="40")]
    return mail("b7-sv-nabidka", "2026-02-17T15:48:00+01:00", "vysocina", "html-cz-br-lines-in-cells-kc",
                "html-table", "quote", VYSOCINA, THANDI, "Cenová nabídka NAB-2026-031", items,
                html=html_doc(body, "windows-1250"), charset="windows-1250",
                notes="Czech Outlook HTML in windows-1250: the name cell holds name, `kód:` and a standard "
                      "on <br>-separated lines; `1 250,00 Kč` (space and no-break space groups); Celkem/DPH "
                      "rows; IČO/DIČ in the signature.")


def vysocina_shipping():
    text = """Dobrý den,

avizujeme expedici k Vaší objednávce KIS-PO-26-0118:

Dodací list č.:      DL-2026-00871
Datum expedice:      09.03.2026
Dopravce:            Raben Logistics, SPZ 2J4 8812
Počet palet:         2 (EUR 1200 x 800)
Hmotnost brutto:     486 kg
Hmotnost netto:      452 kg

Obsah:
  SV-6310   Ložisko kuličkové 6310-2RS       50 ks
  SV-H40-600 Hřídel ocelová 40 × 600 mm      12 ks
  SV-RS160  Řemenice 2× SPZ 160               8 ks

Faktura bude zaslána samostatně.

S pozdravem
Jan Novák
Strojírny Vysočina s.r.o. | tel. +420 567 301 224"""
    return mail("b7-sv-avizo", "2026-03-09T07:55:00+01:00", "vysocina", "shipping-advice-cz", "non-quote", "other",
                VYSOCINA, THANDI, "Avízo o expedici – objednávka KIS-PO-26-0118", [], text=text,
                charset="windows-1250",
                notes="A shipping advice: delivery note number, weights, pallets and quantities, no prices.")


def tiszai_docx():
    inner = [["Cikkszám", "Megnevezés", "Menny.", "Me.", "Nettó egységár", "Nettó érték"],
             ["TSZ-FF-13", "Fúrószár HSS-Co 13 mm", "100", "db", "3 890 Ft", "389 000 Ft"],
             ["TSZ-MT-M12", "Menetfúró készlet M12 (3 részes)", "20", "készlet", "12 500 Ft", "250 000 Ft"],
             ["TSZ-MO-150", "Mérőóra 0–10 mm, 0,01 mm", "5", "db", "48 200 Ft", "241 000 Ft"],
             ["", "Nettó összesen", "", "", "", "880 000 Ft"],
             ["", "ÁFA 27 %", "", "", "", "237 600 Ft"],
             ["", "Bruttó összesen", "", "", "", "1 117 600 Ft"]]
    outer_head = [["TISZAI SZERSZÁM KFT.\nSzolnok, Ipari park 4.", "Tel.: +36 56 512 330\nAdószám: 12884417-2-16"]]
    outer_body = [["ÁRAJÁNLAT – 2026/118"], [inner], ["Fizetési feltétel: 30 nap. Szállítás: FCA Szolnok."]]
    doc = b7_docs.docx_nested([outer_head, "", outer_body, "Érvényes: 2026. április 30-ig.", "Kovács Péter"])
    text = """Tisztelt Mokoena asszony!

Mellékelten küldjük árajánlatunkat (2026/118).

Üdvözlettel:
Kovács Péter
Tiszai Szerszám Kft. | +36 56 512 330"""
    items = [item("tsz-ff13", "Fúrószár HSS-Co 13 mm", "TSZ-FF-13", "3890.00", "HUF", "pcs", quantity="100"),
             item("tsz-mt12", "Menetfúró készlet M12 (3 részes)", "TSZ-MT-M12", "12500.00", "HUF", "set",
                  quantity="20"),
             item("tsz-mo150", "Mérőóra 0–10 mm, 0,01 mm", "TSZ-MO-150", "48200.00", "HUF", "pcs", quantity="5")]
    return mail("b7-tsz-docx", "2026-03-24T10:30:00+01:00", "tiszai", "docx-hu-nested-table-ft", "docx", "quote",
                TISZAI, THANDI, "Árajánlat 2026/118", items, text=text,
                attachments=[(doc, b7_docs.DOCX_MIME, "Arajanlat_2026-118.docx")],
                notes="DOCX whose item table sits inside a cell of a layout table; Hungarian headers, `db` and "
                      "`készlet`, forint without decimals in space groups, Nettó/ÁFA/Bruttó rows.")


def tiszai_forward():
    text = """Thandi, FYI – Tiszai's new prices from 1 August, please update our list. I already
confirmed we keep the 20 thread tap sets on order.

Pieter

---------- Forwarded message ---------
From: Kovács Péter <kovacs.peter@tiszaiszerszam.hu>
Date: Mon, 6 Jul 2026 at 09:12
Subject: Árváltozás / price change 2026-08-01
To: Pieter van Wyk <pieter.vanwyk@karoo-sourcing.co.za>

Dear Mr. van Wyk,

due to raw material costs our prices change from 1 August 2026:

TSZ-FF-13  Fúrószár HSS-Co 13 mm: 4 150 Ft/db (previously 3 890 Ft)
TSZ-MT-M12 Menetfúró készlet M12: 13 200 Ft/készlet (previously 12 500 Ft)

All other prices remain unchanged.

Best regards,
Kovács Péter
Tiszai Szerszám Kft. | +36 56 512 330
"""
    items = [item("tsz-ff13", "Fúrószár HSS-Co 13 mm", "TSZ-FF-13", "4150.00", "HUF", "pcs", status="notice"),
             item("tsz-mt12", "Menetfúró készlet M12", "TSZ-MT-M12", "13200.00", "HUF", "set", status="notice")]
    return mail("b7-tsz-fwd", "2026-07-07T08:05:00+02:00", "tiszai", "fwd-internal-colleague-price-change",
                "forwarded-mail", "price-notice", PIETER, THANDI, "Fwd: Árváltozás / price change 2026-08-01",
                items, kind_alt=("quote",), text=text,
                notes="Our own colleague forwards the supplier's price change inside the company (From and To "
                      "are ours): the prices are the supplier's (customer tiszai); `previously` prices are "
                      "no items.")


def carpatica_odt():
    rows = [["Nr.", "Denumire produs", "Cod", "U.M.", "Cantitate", "Preț unitar (lei, fără TVA)", "Valoare (lei)"],
            ["1", "Cablu de oțel zincat 12 mm", "CI-CO12", "m", "500", "18,40", "9.200,00"],
            ["2", "Cârlig de ridicare 3,2 t", "CI-CR32", "buc", "20", "245,00", "4.900,00"],
            ["3", "Chingă de ancorare 5 t, 8 m", "CI-CA58", "buc", "60", "87,50", "5.250,00"],
            ["4", "Troliu manual 1.250 kg", "CI-TM125", "buc", "4", "1.250,00", "5.000,00"],
            ["", "Total fără TVA", "", "", "", "", "24.350,00"],
            ["", "TVA 19%", "", "", "", "", "4.626,50"],
            ["", "Total cu TVA", "", "", "", "", "28.976,50"]]
    doc = b7_docs.odt(["CARPATICA INDUSTRIAL SRL", "Str. Fabricii 22, 400632 Cluj-Napoca | CUI RO18844172 | "
                       "Reg. Com. J12/2217/2006", "", "OFERTĂ DE PREȚ nr. 214 / 02.04.2026",
                       "Către: Karoo Industrial Sourcing (Pty) Ltd"], rows,
                      ["Termen de livrare: 15 zile lucrătoare. Condiții de livrare: FCA Cluj-Napoca.",
                       "Valabilitate ofertă: 30 de zile."])
    text = """Bună ziua,

Vă transmitem atașat oferta noastră nr. 214 pentru echipamentele de ridicare solicitate.

Cu stimă,
Andrei Popescu
Carpatica Industrial SRL | tel. +40 264 415 880 | mobil +40 744 512 307"""
    items = [item("ci-co12", "Cablu de oțel zincat 12 mm", "CI-CO12", "18.40", "RON", "m", quantity="500"),
             item("ci-cr32", "Cârlig de ridicare 3,2 t", "CI-CR32", "245.00", "RON", "pcs", quantity="20"),
             item("ci-ca58", "Chingă de ancorare 5 t, 8 m", "CI-CA58", "87.50", "RON", "pcs", quantity="60"),
             item("ci-tm125", "Troliu manual 1.250 kg", "CI-TM125", "1250.00", "RON", "pcs", quantity="4")]
    return mail("b7-ci-odt", "2026-04-02T11:40:00+03:00", "carpatica", "odt-ro-oferta-lei", "odt", "quote",
                CARPATICA, THANDI, "Oferta de pret nr. 214", items, text=text,
                attachments=[(doc, b7_docs.ODT_MIME, "Oferta_214_Carpatica.odt")],
                notes="OpenDocument text (.odt) with a table: Romanian headers, lei only in the price header, "
                      "`1.250,00`, `buc`; a number inside a name (`1.250 kg`); Total/TVA rows.")


def carpatica_blocks():
    text = """Bună ziua doamna Mokoena,

Revenim cu oferta actualizată pentru accesoriile de ridicare:

Produs: Cârlig de ridicare 3,2 t
Cod: CI-CR32
Preț unitar: 259,00 lei/buc (fără TVA)
Cantitate minimă: 10 buc
Termen de livrare: 2 săptămâni

Produs: Chingă de ancorare 5 t, 8 m
Cod: CI-CA58
Preț unitar: 92,00 lei/buc (fără TVA)
Cantitate: 100 buc
Termen de livrare: din stoc

Produs: Scripete simplu 2 t
Cod: CI-SS2
Preț unitar: 164,50 lei/buc (fără TVA)
Termen de livrare: 3 săptămâni

Transport: 350,00 lei / comandă, gratuit peste 5.000 lei.

Cu stimă,
Andrei Popescu
Carpatica Industrial SRL | tel. +40 264 415 880"""
    items = [item("ci-cr32", "Cârlig de ridicare 3,2 t", "CI-CR32", "259.00", "RON", "pcs"),
             item("ci-ca58", "Chingă de ancorare 5 t, 8 m", "CI-CA58", "92.00", "RON", "pcs", quantity="100"),
             item("ci-ss2", "Scripete simplu 2 t", "CI-SS2", "164.50", "RON", "pcs")]
    return mail("b7-ci-blocks", "2026-08-20T09:10:00+03:00", "carpatica", "text-ro-one-block-per-item", "prose",
                "quote", CARPATICA, THANDI, "Oferta actualizata accesorii ridicare", items, text=text,
                notes="One block of `label: value` lines per item (Produs / Cod / Preț unitar / Cantitate); a "
                      "minimum quantity is no quantity; transport per order is no item.")


def hellenic_greek():
    rows_data = [("HC-NYY-316", "Καλώδιο NYY 3x16 mm²", "μ.", "500", "9,85 €", "4.925,00 €"),
                 ("HC-NYY-54", "Καλώδιο NYY 5x4 mm²", "μ.", "1.000", "3,42 €", "3.420,00 €"),
                 ("HC-CT-50", "Σχάρα καλωδίων 50 mm, μήκος 3 m", "τεμ.", "120", "14,60 €", "1.752,00 €"),
                 ("HC-GL-20", "Στυπιοθλίπτης M20 ορειχάλκινος", "τεμ.", "400", "2,15 €", "860,00 €")]
    grid = item_table(("Κωδικός", "Περιγραφή", "Μ.Μ.", "Ποσότητα", "Τιμή μονάδας", "Αξία"), rows_data,
                      (("Σύνολο", "10.957,00 €"), ("ΦΠΑ 24%", "2.629,68 €"), ("Γενικό σύνολο", "13.586,68 €")))
    body = ("<p>Αγαπητή κυρία Mokoena,</p><p>Σας αποστέλλουμε την προσφορά μας Π-2026-0577:</p>" + grid +
            "<p>Παράδοση: FOB Πειραιάς, 2 εβδομάδες. Πληρωμή: 30 ημέρες. Ισχύς προσφοράς: 30 ημέρες.</p>"
            "<p>Με εκτίμηση,<br>Νίκος Παπαδόπουλος<br>Hellenic Cables &amp; Wires Α.Ε. | Λ. Αθηνών 212, 12461 "
            "Χαϊδάρι<br>Τηλ. +30 210 581 4420 | ΑΦΜ 094218833</p>")
    items = [item("hc-nyy316", "Καλώδιο NYY 3x16 mm²", "HC-NYY-316", "9.85", "EUR", "m", quantity="500"),
             item("hc-nyy54", "Καλώδιο NYY 5x4 mm²", "HC-NYY-54", "3.42", "EUR", "m", quantity="1000"),
             item("hc-ct50", "Σχάρα καλωδίων 50 mm, μήκος 3 m", "HC-CT-50", "14.60", "EUR", "pcs", quantity="120"),
             item("hc-gl20", "Στυπιοθλίπτης M20 ορειχάλκινος", "HC-GL-20", "2.15", "EUR", "pcs", quantity="400")]
    return mail("b7-hc-prosfora", "2026-05-26T12:25:00+03:00", "hellenic", "html-gr-greek-headers-windows-1253",
                "html-table", "quote", HELLENIC, THANDI, "Προσφορά Π-2026-0577", items,
                html=html_doc(body, "windows-1253"), charset="windows-1253",
                notes="Greek headers (Κωδικός / Περιγραφή / Μ.Μ. / Ποσότητα / Τιμή μονάδας / Αξία), units μ. and "
                      "τεμ., `9,85 €`, Σύνολο/ΦΠΑ rows, windows-1253.")

"""Poland (chemicals, PLN, a scanned price list) and Turkey (textiles, TRY then USD/EUR export
columns, a phone photo of a price list)."""

from b5_common import JAN, LOTTE, b3_docs, html_doc, item, mail, table, td, th
import b5_media

WISLA = ("Katarzyna Nowak", "k.nowak@zchwisla.pl")
ANADOLU = ("Elif Yılmaz", "elif.yilmaz@anadolutekstil.com.tr")
ANADOLU_NEWS = ("Anadolu Tekstil", "info@anadolutekstil.com.tr")

WISLA_SIG = """Z poważaniem / Best regards
Katarzyna Nowak
Kierownik Działu Sprzedaży Eksportowej
Zakłady Chemiczne "Wisła" sp. z o.o.
ul. Chemików 12, 43-400 Cieszyn
tel. +48 33 812 45 67, fax +48 33 812 45 60, kom. +48 601 234 567
NIP 548-226-71-03, REGON 072341856, KRS 0000123456
Kapitał zakładowy 5 000 000,00 zł
mBank S.A. PL61 1140 2004 0000 3102 7987 1234
"""


def wisla_oferta():
    text = f"""Szanowny Panie,

w odpowiedzi na zapytanie z dnia 02.03.2026 przedstawiamy ofertę cenową nr 118/2026:

1. Siarczan sodu bezwodny 99% (ZW-SS-99), worki 25 kg
   cena netto: 1.245,00 PLN/t, ilość: 24 t
2. Węglan sodu lekki (ZW-SODA-L), big bag 1 t
   cena netto: 2.180,00 PLN/t, ilość: 48 t
3. Chlorek wapnia 77% płatki (ZW-CAC-77), worki 25 kg
   cena netto: 1,92 PLN/kg, ilość: 5 000 kg

Do cen należy doliczyć 23% VAT. Transport: 350,00 PLN/kurs (do 24 t).
Termin płatności: 30 dni od daty wystawienia faktury. Oferta ważna do 31.03.2026.

{WISLA_SIG}"""
    items = [item("wis-ss", "Siarczan sodu bezwodny 99%", "ZW-SS-99", "1245.00", "PLN", "t", quantity="24"),
             item("wis-soda", "Węglan sodu lekki", "ZW-SODA-L", "2180.00", "PLN", "t", quantity="48"),
             item("wis-cac", "Chlorek wapnia 77% płatki", "ZW-CAC-77", "1.92", "PLN", "kg", quantity="5000")]
    return mail("b5-wis-oferta", "2026-03-09T12:20:00+01:00", "wisla", "text-pl-iso8859-2-cena-netto-lines",
                "prose", "quote", WISLA, JAN, "Oferta cenowa nr 118/2026", items, text=text, charset="iso-8859-2",
                notes="Polish ISO-8859-2 numbered entries with `cena netto: 1.245,00 PLN/t` on the next line; "
                      "VAT, transport per trip, NIP/REGON/KRS/IBAN in the signature.")


def wisla_konto():
    text = f"""Szanowni Państwo,

uprzejmie informujemy, że od dnia 01.06.2026 zmienia się numer naszego rachunku bankowego.
Nowy rachunek (PLN): PL27 1050 1445 1000 0090 3012 4567
Nowy rachunek (EUR): PL83 1050 1445 1000 0090 3012 4575, SWIFT INGBPLPW
Stary rachunek PL61 1140 2004 0000 3102 7987 1234 pozostaje aktywny do 30.06.2026.
Faktury nr 0412/2026 do 0488/2026 prosimy regulować jeszcze na stary rachunek.

Prosimy o aktualizację danych w systemie. W razie pytań: tel. +48 33 812 45 61.

{WISLA_SIG}"""
    return mail("b5-wis-konto", "2026-05-14T09:00:00+02:00", "wisla", "text-pl-bank-account-change",
                "non-quote", "other", WISLA, JAN, "Zmiana numeru rachunku bankowego", [], text=text,
                charset="utf-8", notes="Bank account change full of numbers: no items.")


def wisla_skan():
    header = ["Indeks", "Nazwa / Product", "Opak.", "Jedn.", "Cena netto PLN"]
    rows = [["ZW-SS-99", "Siarczan sodu bezwodny 99%", "25 kg", "t", "1.285,00"],
            ["ZW-SODA-L", "Weglan sodu lekki", "BB 1 t", "t", "2.240,00"],
            ["ZW-CAC-77", "Chlorek wapnia 77% platki", "25 kg", "kg", "1,98"],
            ["ZW-NACL-VP", "Sol warzona prozniowa", "25 kg", "kg", "0,89"]]
    img = b5_media.table_image(
        ["ZAKLADY CHEMICZNE WISLA SP. Z O.O.", "CENNIK / PRICE LIST 07/2026",
         "Obowiazuje od 01.07.2026  -  ceny netto, loco Cieszyn"],
        header, rows, [50, 260, 720, 880, 1010], size=24, width=1300,
        foot_lines=["Do cen netto doliczamy 23% VAT. Minimum logistyczne 1 t.", "tel. +48 33 812 45 67   NIP 548-226-71-03"])
    scan = b5_media.photographed(img, seed=2507, angle=0.4)
    pdf = b5_media.scanned_pdf(scan, dpi=150, title="SKAN_CENNIK_07_2026")
    text = f"""Dzień dobry,

w załączeniu skan aktualnego cennika obowiązującego od 1 lipca.

{WISLA_SIG}"""
    items = [item("wis-ss", "Siarczan sodu bezwodny 99%", "ZW-SS-99", "1285.00", "PLN", "t"),
             item("wis-soda", "Weglan sodu lekki", "ZW-SODA-L", "2240.00", "PLN", "t"),
             item("wis-cac", "Chlorek wapnia 77% platki", "ZW-CAC-77", "1.98", "PLN", "kg"),
             item("wis-nacl", "Sol warzona prozniowa", "ZW-NACL-VP", "0.89", "PLN", "kg")]
    return mail("b5-wis-skan", "2026-07-01T07:55:00+02:00", "wisla", "pdf-scan-pl-cennik-decimal-comma",
                "pdf-scan", "quote", WISLA, JAN, "Cennik 07/2026", items, text=text, charset="utf-8",
                attachments=[(pdf, "application/pdf", "SKAN_CENNIK_07_2026.pdf")],
                notes="Image-only PDF (JPEG, no text layer), decimal commas and dot thousands.")


ANA_SIG = """<p style="font-size:8pt">Elif Yılmaz · İhracat Müdürü / Export Manager<br>
Anadolu Tekstil San. ve Tic. A.Ş. · Demirtaş OSB Mah. Lacivert Cad. No: 14 · 16245 Osmangazi / Bursa<br>
Tel: +90 224 261 45 00 · Faks: +90 224 261 45 09 · Mersis No: 0068 0412 3450 0015 · Vergi No: 068 041 2345<br>
Bu e-posta ve ekleri gizlidir. / This e-mail is confidential.</p>"""


def anadolu_bulten():
    body = ("<h2>Anadolu Tekstil @ Texworld Paris 2026</h2><p>Değerli iş ortağımız, 12-14 Şubat 2026 tarihleri "
            "arasında Hall 5.2, Stand B118'de sizleri bekliyoruz. 2027 İlkbahar/Yaz koleksiyonumuzda 240'tan fazla "
            "yeni desen, %100 GOTS sertifikalı organik pamuk ve 12 oz streç denim serimiz yer alıyor.</p>"
            "<p>2025 yılında 18,5 milyon metre üretim, 42 ülkeye ihracat. Randevu için: +90 224 261 45 00.</p>"
            "<p>Listeden çıkmak için yanıtlayın.</p>" + ANA_SIG)
    return mail("b5-ana-news", "2026-01-27T10:00:00+03:00", "anadolu", "html-tr-newsletter-fair-numbers",
                "non-quote", "other", ANADOLU_NEWS, JAN, "Texworld Paris 2026 - Hall 5.2 Stand B118", [],
                bulk=True, html=html_doc(body), extra_headers={"Precedence": "bulk",
                                                    "List-Unsubscribe": "<mailto:unsubscribe@anadolutekstil.com.tr>"},
                notes="A fair invitation with counts, dates and phones: no items.")


def anadolu_teklif():
    rows = ["".join(th(h) for h in ("Ürün Kodu", "Ürün Adı", "En", "Miktar", "Birim", "Birim Fiyat", "Tutar")),
            "".join(td(c) for c in ("AT-GAB-260", "Pamuklu gabardin 260 gr/m²", "150 cm", "2.000", "metre",
                                    "185,50 TL", "371.000,00 TL")),
            "".join(td(c) for c in ("AT-DNM-12S", "Streç denim 12 oz", "155 cm", "3.500", "metre", "242,75 TL",
                                    "849.625,00 TL")),
            "".join(td(c) for c in ("AT-LNB-180", "Keten-pamuk karışım 180 gr/m²", "145 cm", "1.200", "metre",
                                    "318,00 TL", "381.600,00 TL")),
            td("Ara Toplam", 'colspan="6"') + td("1.602.225,00 TL"),
            td("İskonto %3", 'colspan="6"') + td("-48.066,75 TL"),
            td("KDV %10", 'colspan="6"') + td("155.415,83 TL"),
            td("<b>Genel Toplam</b>", 'colspan="6"') + td("<b>1.709.574,08 TL</b>")]
    body = ("<p>Sayın Jan de Vries,</p><p>Talebiniz üzerine fiyat teklifimiz (Teklif No: AT-2026-0419) aşağıdadır. "
            "Fiyatlar Bursa depo teslim, KDV hariçtir.</p>" + table(rows) +
            "<p>Ödeme: %30 peşin, bakiye sevkiyat öncesi. Termin: 25 iş günü. Teklif geçerlilik süresi: 15 gün.</p>"
            "<p>Saygılarımızla,</p>" + ANA_SIG)
    items = [item("ana-gab", "Pamuklu gabardin 260 gr/m²", "AT-GAB-260", "185.50", "TRY", "m", quantity="2000"),
             item("ana-dnm", "Streç denim 12 oz", "AT-DNM-12S", "242.75", "TRY", "m", quantity="3500"),
             item("ana-lnb", "Keten-pamuk karışım 180 gr/m²", "AT-LNB-180", "318.00", "TRY", "m", quantity="1200")]
    return mail("b5-ana-teklif", "2026-04-14T14:30:00+03:00", "anadolu", "html-tr-teklif-tl-iskonto-kdv",
                "html-table", "quote", ANADOLU, JAN, "Fiyat Teklifi AT-2026-0419", items, html=html_doc(body),
                notes="Turkish HTML in TL with dot thousands, İskonto, KDV and Genel Toplam rows.")


def anadolu_export():
    head1 = (th("Code", 'rowspan="2"') + th("Article", 'rowspan="2"') + th("Width", 'rowspan="2"') +
             th("FOB Istanbul", "") + th("CIF Rotterdam", ""))
    head2 = th("USD / yard") + th("EUR / m")
    rows = [head1, head2,
            "".join(td(c) for c in ("AT-GAB-260", "Cotton gabardine 260 gsm", "150 cm", "4,85", "5,62")),
            "".join(td(c) for c in ("AT-DNM-12S", "Stretch denim 12 oz", "155 cm", "6,20", "7,18")),
            "".join(td(c) for c in ("AT-LNB-180", "Linen-cotton blend 180 gsm", "145 cm", "7,60", "8,79"))]
    body = ("<p>Dear Jan,</p><p>As requested, our export prices for your Rotterdam warehouse, in both "
            "currencies:</p>" + table(rows) +
            "<p>MOQ 1.500 yards per colour. Payment: CAD. Lead time 30 days. Prices valid until 31.07.2026.</p>"
            "<p>Best regards,</p>" + ANA_SIG)
    items = []
    for pid, name, model, fob, cif in (("ana-gab", "Cotton gabardine 260 gsm", "AT-GAB-260", "4.85", "5.62"),
                                       ("ana-dnm", "Stretch denim 12 oz", "AT-DNM-12S", "6.20", "7.18"),
                                       ("ana-lnb", "Linen-cotton blend 180 gsm", "AT-LNB-180", "7.60", "8.79")):
        items.append(item(pid, name, model, fob, "USD", "yd"))
        items.append(item(pid, name, model, cif, "EUR", "m", incoterm_alt=True))
    return mail("b5-ana-export", "2026-06-10T11:15:00+03:00", "anadolu", "html-tr-en-fob-usd-yard-cif-eur-m",
                "html-table", "quote", ANADOLU, JAN, "Export prices AT-GAB / AT-DNM / AT-LNB", items,
                html=html_doc(body),
                notes="Incoterm columns in two currencies and two units (USD/yard FOB, EUR/m CIF), "
                      "decimal commas in an English mail.")


def anadolu_foto():
    header = ["Kod", "Kumaş", "En", "USD/yard"]
    rows = [["AT-GAB-260", "Gabardin 260 gr", "150 cm", "4,95"],
            ["AT-DNM-12S", "Streç denim 12 oz", "155 cm", "6,40"],
            ["AT-LNB-180", "Keten-pamuk 180 gr", "145 cm", "7,85"]]
    img = b5_media.table_image(["ANADOLU TEKSTİL A.Ş.", "FİYAT LİSTESİ / PRICE LIST - EYLÜL 2026",
                                "FOB İstanbul, KDV hariç"],
                               header, rows, [50, 330, 720, 900], size=26, width=1150,
                               foot_lines=["Tel +90 224 261 45 00 - Geçerlilik 30 gün"])
    photo = b5_media.photographed(img, seed=2709, angle=1.6)
    html = html_doc("<p>Hi Jan,</p><p>From the fair stand, photo of our new list attached. Sorry for the "
                    "quality, sent from my phone.</p><p>Elif</p><p>iPhone'umdan gönderildi</p>")
    items = [item("ana-gab", "Gabardin 260 gr", "AT-GAB-260", "4.95", "USD", "yd"),
             item("ana-dnm", "Streç denim 12 oz", "AT-DNM-12S", "6.40", "USD", "yd"),
             item("ana-lnb", "Keten-pamuk 180 gr", "AT-LNB-180", "7.85", "USD", "yd")]
    return mail("b5-ana-foto", "2026-09-22T16:48:00+03:00", "anadolu", "photo-jpeg-tr-usd-yard",
                "image", "quote", ANADOLU, JAN, "price list september", items, html=html,
                attachments=[(b5_media.jpeg(photo), "image/jpeg", "IMG_4821.JPG")],
                notes="Phone photo of a printed list (rotated 1.6°, shaded, noisy); the price header says USD/yard.")

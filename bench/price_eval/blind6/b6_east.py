"""Japan (full-width digits and ￥, 税抜/税込 columns, prose with the 税込 price in brackets, an
English reply above our quoted target), Korea (₩ table, 만원 amounts in prose), China (大写 amounts
beside figures, 含税 before 不含税 columns, EXW / DDP columns) and Russia (space groups and decimal
commas, без НДС / с НДС columns, an .ods price list)."""

from b6_common import OUR_SIGNATURE, WEIMING, b3_docs, ho_mail, html_doc, item, mail, table, td, th
import b6_docs

KANSAI = ("山本 健一", "k.yamamoto@kansai-hamono.co.jp")
DAEHAN = ("박지훈", "jh.park@daehan-precision.co.kr")
HAITIAN = ("徐海峰", "xuhf@nbhaitian-hw.com")
URAL = ("Сергей Волков", "volkov@uralsnab.ru")

KH_SIG = """――――――――――――――――――
関西刃物工業株式会社　営業部　山本 健一
〒590-0985 大阪府堺市堺区戎之町東2丁3-18
TEL 072-232-4180　FAX 072-232-4181　携帯 090-3172-5526
"""

FW = str.maketrans("0123456789,", "０１２３４５６７８９，")


def fw(text):
    return text.translate(FW)


def kansai_mitsumori():
    data = [("出刃包丁 165mm", "KH-DB165", "20本", "8,500", "9,350", "170,000"),
            ("柳刃包丁 240mm", "KH-YB240", "10本", "12,800", "14,080", "128,000"),
            ("三徳包丁 180mm", "KH-ST180", "30本", "6,200", "6,820", "186,000"),
            ("砥石 #1000", "KH-TS1000", "20個", "2,450", "2,695", "49,000")]
    lines = ["品名　　　　　　　型番　　　　　数量　　単価（税抜）　単価（税込）　金額（税抜）"]
    for name, code, qty, ex, inc, amt in data:
        lines.append(f"{name}　　{code}　　{fw(qty)}　　￥{fw(ex)}　　￥{fw(inc)}　　￥{fw(amt)}")
    lines += ["", f"小計　　　　￥{fw('533,000')}", f"消費税（10％）　￥{fw('53,300')}", f"合計　　　　￥{fw('586,300')}"]
    text = """ストレイツ・ブリッジ・プロキュアメント
Tan Wei Ming 様

いつもお世話になっております。関西刃物の山本です。
ご依頼の件、下記の通りお見積り申し上げます。

""" + "\n".join(lines) + f"""

納期：ご注文後約３週間　　支払条件：月末締め翌月末払い
見積有効期限：２０２６年２月２８日

{KH_SIG}"""
    items = [item("kh-db165", "出刃包丁 165mm", "KH-DB165", "8500.00", "JPY", "pcs", quantity="20"),
             item("kh-yb240", "柳刃包丁 240mm", "KH-YB240", "12800.00", "JPY", "pcs", quantity="10"),
             item("kh-st180", "三徳包丁 180mm", "KH-ST180", "6200.00", "JPY", "pcs", quantity="30"),
             item("kh-ts1000", "砥石 #1000", "KH-TS1000", "2450.00", "JPY", "pcs", quantity="20")]
    return mail("b6-kh-mitsumori", "2026-01-20T10:00:00+09:00", "kansai", "text-ja-fullwidth-yen-zeinuki-zeikomi",
                "text-table", "quote", KANSAI, WEIMING, "お見積りの件（包丁・砥石）", items, text=text,
                notes="Japanese text with full-width digits and ￥: 単価（税抜） and 単価（税込） columns (the 税抜 one "
                      "is the item), 本/個 in the quantity, 小計/消費税/合計.")


def kansai_kaitei():
    text = f"""Tan Wei Ming 様

お世話になっております。関西刃物の山本です。
鋼材価格の上昇により、４月出荷分より下記の通り単価を改定させていただきます。

・出刃包丁 KH-DB165：１本あたり８，８００円（税抜、税込９，６８０円）
・三徳包丁 KH-ST180：据え置き、１本あたり６，２００円（税抜）

何卒ご理解賜りますようお願い申し上げます。

{KH_SIG}"""
    items = [item("kh-db165", "出刃包丁", "KH-DB165", "8800.00", "JPY", "pcs"),
             item("kh-st180", "三徳包丁", "KH-ST180", "6200.00", "JPY", "pcs")]
    return mail("b6-kh-kaitei", "2026-04-08T13:30:00+09:00", "kansai", "prose-ja-fullwidth-zeikomi-bracket",
                "prose", "quote", KANSAI, WEIMING, "単価改定のお知らせ", items, text=text, kind_alt=["price-notice"],
                notes="Japanese prose, full-width digits: `１本あたり８，８００円（税抜、税込９，６８０円）`; the 税込 "
                      "figure in brackets is no item.")


def kansai_reply():
    quoted = ("<p class=\"MsoNormal\">Dear Yamamoto-san,</p><p class=\"MsoNormal\">Could you also offer a "
              "Nakiri 165 mm? Our target is JPY 6,900 per pc for 20 pcs.</p>"
              "<p class=\"MsoNormal\">Best regards,<br>Tan Wei Ming</p>")
    fresh = ("<p class=\"MsoNormal\">Dear Mr. Tan,</p><p class=\"MsoNormal\">Thank you for your request. "
             "We can offer:</p><p class=\"MsoNormal\">KH-NK165 Nakiri knife 165 mm: JPY 7,400 per pc "
             "(tax excl.), 20 pcs, delivery 3 weeks.</p><p class=\"MsoNormal\">Unfortunately JPY 6,900 is not "
             "possible for hand-forged blades.</p><p class=\"MsoNormal\">Best regards,<br>Kenichi Yamamoto<br>"
             "Kansai Hamono Kogyo Co., Ltd. | TEL +81 72-232-4180</p>")
    html = ho_mail.outlook_reply_html(fresh, "Tan Wei Ming", "Monday, July 13, 2026 9:12 AM", "Yamamoto Kenichi",
                                      "Nakiri knife", quoted)
    items = [item("kh-nk165", "Nakiri knife 165 mm", "KH-NK165", "7400.00", "JPY", "pcs", quantity="20")]
    return mail("b6-kh-reply", "2026-07-15T11:20:00+09:00", "kansai", "html-en-outlook-reply-target-refused",
                "html-table", "quote", KANSAI, WEIMING, "RE: Nakiri knife", items, html=html,
                notes="Outlook reply: the new price above, our target (quoted below and repeated as refused) is "
                      "no item.")


DH_SIG = """박지훈 과장 | 해외영업팀
대한정밀(주) Daehan Precision Co., Ltd.
경남 창원시 성산구 공단로 271번길 15 (우 51567)
Tel 055-282-7714 | Fax 055-282-7719 | H.P 010-4417-2285
"""


def daehan_gyeonjeok():
    rows = [th("품명") + th("규격") + th("단위") + th("수량") + th("단가") + th("공급가액")]
    data = [("유압 실린더", "DH-HC63", "EA", "2", "₩1,250,000", "₩2,500,000"),
            ("실린더 씰 키트", "DH-SK63", "SET", "4", "₩85,000", "₩340,000"),
            ("로드 엔드", "DH-RE20", "EA", "10", "₩42,500", "₩425,000")]
    rows += ["".join(td(c) for c in r) for r in data]
    rows += [td("공급가액 합계", 'colspan="5"') + td("₩3,265,000"), td("부가세 (10%)", 'colspan="5"') + td("₩326,500"),
             td("합계", 'colspan="5"') + td("₩3,591,500")]
    body = ("<p>Tan Wei Ming 님께,</p><p>요청하신 유압 부품 견적을 아래와 같이 드립니다.</p>" + table(rows) +
            "<p>납기: 발주 후 4주 / 결제조건: 선적 전 T/T / 유효기간: 2026년 3월 6일까지</p><pre>" + DH_SIG + "</pre>")
    items = [item("dh-hc63", "유압 실린더", "DH-HC63", "1250000.00", "KRW", "pcs", quantity="2"),
             item("dh-sk63", "실린더 씰 키트", "DH-SK63", "85000.00", "KRW", "set", quantity="4"),
             item("dh-re20", "로드 엔드", "DH-RE20", "42500.00", "KRW", "pcs", quantity="10")]
    return mail("b6-dh-gyeonjeok", "2026-02-05T14:00:00+09:00", "daehan", "html-ko-won-sign-table", "html-table",
                "quote", DAEHAN, WEIMING, "[견적] 유압 실린더 및 부품", items, html=html_doc(body),
                notes="Korean HTML with ₩ prices, EA/SET units, 공급가액 합계 / 부가세 / 합계 rows.")


def daehan_manwon():
    text = f"""Tan Wei Ming 님 안녕하세요.

원자재 가격 인하로 5월 출하분부터 단가를 아래와 같이 조정합니다.
DH-HC63 유압 실린더는 개당 118만원, 실린더 씰 키트 DH-SK63은 세트당 8만 2천원입니다.
로드 엔드 DH-RE20은 기존 단가를 유지합니다. (부가세 별도)

감사합니다.

{DH_SIG}"""
    items = [item("dh-hc63", "유압 실린더", "DH-HC63", "1180000.00", "KRW", "pcs"),
             item("dh-sk63", "실린더 씰 키트", "DH-SK63", "82000.00", "KRW", "set")]
    return mail("b6-dh-manwon", "2026-05-11T09:40:00+09:00", "daehan", "prose-ko-manwon-amounts", "prose", "quote",
                DAEHAN, WEIMING, "단가 조정 안내", items, text=text, kind_alt=["price-notice"],
                notes="Korean prose: `개당 118만원` (1,180,000), `세트당 8만 2천원` (82,000); the unchanged item names "
                      "no price.")


HT_SIG = """徐海峰 销售部经理
宁波海天五金机电有限公司
地址：浙江省宁波市北仑区大港工业城黄山西路188号
电话：0574-8618 2235　手机：138 5742 6619　传真：0574-8618 2236
"""


def haitian_daxie():
    text = f"""Tan先生您好：

经核算，现报价如下：
一、HT-CJ200数控切割机，单价人民币壹万贰仟元整（¥12,000.00）/台；
二、HT-DJ80逆变电焊机，单价人民币叁仟伍佰捌拾元整（¥3,580.00）/台；
三、焊枪配件包HT-PJ01，每套贰佰陆拾元整（¥260.00）。
以上价格含13%增值税，不含运费。如订购切割机2台、电焊机5台、配件包10套，合计人民币肆万贰仟肆佰元整（¥42,400.00）。
报价有效期至2026年4月5日。

{HT_SIG}"""
    items = [item("ht-cj200", "数控切割机", "HT-CJ200", "12000.00", "CNY", "set"),
             item("ht-dj80", "逆变电焊机", "HT-DJ80", "3580.00", "CNY", "set"),
             item("ht-pj01", "焊枪配件包", "HT-PJ01", "260.00", "CNY", "set")]
    return mail("b6-ht-daxie", "2026-03-05T16:20:00+08:00", "haitian", "prose-zh-daxie-beside-figures", "prose",
                "quote", HAITIAN, WEIMING, "报价：切割机及电焊机", items, text=text,
                notes="Chinese prose: 大写 amounts (壹万贰仟元整) beside the figures (¥12,000.00)/台; the 合计 is "
                      "no item.")


def haitian_hanshui():
    rows = [th("序号") + th("品名") + th("型号") + th("单位") + th("数量") + th("含税单价(元)") + th("不含税单价(元)") +
            th("含税金额(元)")]
    data = [("1", "数控切割机", "HT-CJ200", "台", "2", "12,430.00", "11,000.00", "24,860.00"),
            ("2", "逆变电焊机", "HT-DJ80", "台", "5", "3,955.00", "3,500.00", "19,775.00"),
            ("3", "焊枪配件包", "HT-PJ01", "套", "10", "282.50", "250.00", "2,825.00")]
    rows += ["".join(td(c) for c in r) for r in data]
    rows += [td("合计", 'colspan="7"') + td("47,460.00"), td("运费（到上海港）", 'colspan="7"') + td("800.00")]
    body = ("<p>Tan先生：</p><p>根据新的开票要求，报价更新如下（含税价按13%增值税计）：</p>" + table(rows) +
            "<pre>" + HT_SIG + "</pre>")
    items = [item("ht-cj200", "数控切割机", "HT-CJ200", "11000.00", "CNY", "set", quantity="2"),
             item("ht-dj80", "逆变电焊机", "HT-DJ80", "3500.00", "CNY", "set", quantity="5"),
             item("ht-pj01", "焊枪配件包", "HT-PJ01", "250.00", "CNY", "set", quantity="10")]
    return mail("b6-ht-hanshui", "2026-05-27T10:10:00+08:00", "haitian", "html-zh-hanshui-before-buhanshui",
                "html-table", "quote", HAITIAN, WEIMING, "更新报价（含税/不含税）", items, html=html_doc(body),
                notes="含税单价 column before 不含税单价: the tax-excluded one is the item (blind3's rule); 合计 and "
                      "运费 rows are no items.")


def haitian_exw_ddp():
    head = f"{'Model':<11}{'Description':<34}{'EXW Ningbo':>12}{'DDP Singapore':>16}"
    sub = f"{'':<45}{'(USD/set)':>12}{'(USD/set)':>16}"
    data = [("HT-CJ200", "CNC plasma cutting machine", "1,560.00", "1,845.00"),
            ("HT-DJ80", "Inverter welding machine 200A", "495.00", "572.00")]
    lines = [head, sub, "-" * len(head)] + [f"{a:<11}{b:<34}{c:>12}{d:>16}" for a, b, c, d in data]
    text = """Dear Mr. Tan,

As requested, our export prices in USD, both ex works and delivered duty paid to your warehouse:

""" + "\n".join(lines) + """

DDP includes sea freight, insurance, Singapore GST and customs clearance. Validity: end of October 2026.

Best regards,
Xu Haifeng | Sales Manager
Ningbo Haitian Hardware & Electromechanical Co., Ltd.
Tel +86 574 8618 2235 | Mobile/WeChat +86 138 5742 6619
"""
    items = [item("ht-cj200", "CNC plasma cutting machine", "HT-CJ200", "1560.00", "USD", "set"),
             item("ht-cj200", "CNC plasma cutting machine", "HT-CJ200", "1845.00", "USD", "set", incoterm_alt=True),
             item("ht-dj80", "Inverter welding machine 200A", "HT-DJ80", "495.00", "USD", "set"),
             item("ht-dj80", "Inverter welding machine 200A", "HT-DJ80", "572.00", "USD", "set", incoterm_alt=True)]
    return mail("b6-ht-exw-ddp", "2026-09-09T09:00:00+08:00", "haitian", "text-en-exw-ddp-columns", "text-table",
                "quote", HAITIAN, WEIMING, "Export quotation EXW / DDP", items, text=text,
                notes="EXW and DDP price columns side by side with `(USD/set)` on a second header line.")


UR_SIG = """С уважением,
Сергей Волков, менеджер отдела продаж
ООО «УралСнаб», 620017, г. Екатеринбург, ул. Фронтовых Бригад, д. 18, оф. 305
Тел.: +7 (343) 310-45-72, моб.: +7 912 284-19-63
ИНН 6686041287 / КПП 668601001
"""


def ural_predlozhenie():
    head = f"{'№':<3}{'Наименование':<36}{'Ед.':<6}{'Кол-во':>7}{'Цена без НДС, руб.':>20}{'Цена с НДС, руб.':>19}"
    data = [("1", "Подшипник 6312-2RS", "шт.", "40", "2 450,00", "2 940,00"),
            ("2", "Подшипник 22220 EK", "шт.", "6", "18 750,00", "22 500,00"),
            ("3", "Смазка Литол-24 (ведро 18 кг)", "кг", "90", "312,50", "375,00"),
            ("4", "Ремень клиновой B-2240", "шт.", "25", "685,00", "822,00")]
    lines = [head] + [f"{a:<3}{b:<36}{c:<6}{d:>7}{e:>20}{f:>19}" for a, b, c, d, e, f in data]
    text = f"""Добрый день, господин Тан!

Направляем коммерческое предложение № 114 от 10.03.2026:

""" + "\n".join(lines) + f"""

Итого без НДС: 264 500,00 руб.
НДС 20%: 52 900,00 руб.
Итого с НДС: 317 400,00 руб.

Условия: самовывоз со склада в Екатеринбурге, оплата 100% предоплата, срок действия 10 дней.

{UR_SIG}"""
    items = [item("ur-6312", "Подшипник 6312-2RS", "6312-2RS", "2450.00", "RUB", "pcs", quantity="40"),
             item("ur-22220", "Подшипник 22220 EK", "22220 EK", "18750.00", "RUB", "pcs", quantity="6"),
             item("ur-litol", "Смазка Литол-24 (ведро 18 кг)", "Литол-24", "312.50", "RUB", "kg", quantity="90"),
             item("ur-b2240", "Ремень клиновой B-2240", "B-2240", "685.00", "RUB", "pcs", quantity="25")]
    return mail("b6-ur-kp", "2026-03-10T12:30:00+05:00", "ural", "text-ru-space-groups-bez-nds", "text-table",
                "quote", URAL, WEIMING, "Коммерческое предложение № 114", items, text=text,
                notes="Russian: `2 450,00` (space groups, decimal comma), без НДС / с НДС columns (без НДС is the "
                      "item), шт. / кг, Итого / НДС rows, ИНН/КПП in the signature.")


def ural_ods():
    def money(v):
        whole, frac = f"{v:.2f}".split(".")
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        return ("n", f"{v:.2f}", " ".join(groups) + "," + frac)
    rows = [["ООО «УралСнаб» — прайс-лист на июнь 2026 г."], [""],
            ["Наименование", "Артикул", "Ед. изм.", "Цена, руб. (без НДС)", "Наличие"],
            ["Подшипник шариковый", "6312-2RS", "шт.", money(2390), "есть"],
            ["Подшипник роликовый сферический", "22220 EK", "шт.", money(18200), "под заказ"],
            ["Подшипник шариковый", "6208-ZZ", "шт.", money(890), "есть"],
            ["Ремень клиновой", "B-2240", "шт.", money(670), "есть"],
            [""], ["Цены указаны без НДС 20%. Доставка по РФ — транспортной компанией за счёт покупателя."]]
    text = f"""Добрый день!

Во вложении актуальный прайс-лист на июнь.

{UR_SIG}"""
    items = [item("ur-6312", "Подшипник шариковый", "6312-2RS", "2390.00", "RUB", "pcs"),
             item("ur-22220", "Подшипник роликовый сферический", "22220 EK", "18200.00", "RUB", "pcs"),
             item("ur-6208", "Подшипник шариковый", "6208-ZZ", "890.00", "RUB", "pcs"),
             item("ur-b2240", "Ремень клиновой", "B-2240", "670.00", "RUB", "pcs")]
    return mail("b6-ur-ods", "2026-06-05T10:15:00+05:00", "ural", "ods-ru-price-list", "ods", "quote", URAL,
                WEIMING, "Прайс-лист июнь 2026", items, text=text,
                attachments=[(b6_docs.ods(rows, "Прайс"), b6_docs.ODS_MIME, "Прайс-лист_июнь_2026.ods")],
                notes="An OpenDocument spreadsheet (.ods) price list; float cells shown as `2 390,00`.")


def ural_prose():
    text = f"""Господин Тан, добрый день!

По Вашему запросу: цена на подшипник 22220 EK составит 17 900 руб. за шт. без НДС (с НДС 21 480 руб.),
срок поставки 3 недели. Остальные позиции — по прайс-листу от 05.06.2026.

{UR_SIG}"""
    items = [item("ur-22220", "Подшипник", "22220 EK", "17900.00", "RUB", "pcs")]
    return mail("b6-ur-prose", "2026-09-01T11:05:00+05:00", "ural", "prose-ru-rub-za-sht", "prose", "quote", URAL,
                WEIMING, "Re: 22220 EK", items, text=text,
                notes="Russian prose `17 900 руб. за шт. без НДС (с НДС 21 480 руб.)`: the bracketed price with "
                      "tax is no item.")

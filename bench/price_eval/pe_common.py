"""Our company, its people, the counterparts, and the collector the scenario modules fill.

Our company is a trading company in Ningbo with a sales office in Rotterdam: it buys from
factories in China, Taiwan, Japan, Europe, the US and India and sells to distributors and
contractors abroad and at home. Every counterpart, supplier or buyer, is a [[customer]] of the
mailclerk config (mailclerk files by counterpart); quotes go both ways.
"""

import datetime
import hashlib
from decimal import Decimal

from pe_mail import Mail
from pe_tables import Item

D = Decimal

OWN_DOMAINS = ["sinoway-supply.com", "sinoway-europe.eu"]

KEVIN = ("Kevin Zhou", "kevin.zhou@sinoway-supply.com")
LINDA = ("Linda Xu", "linda.xu@sinoway-supply.com")
MARK = ("Mark Chen", "mark.chen@sinoway-supply.com")
HELEN = ("吴海伦", "purchase@sinoway-supply.com")
HELEN_EN = ("Helen Wu", "purchase@sinoway-supply.com")
ANNA = ("Anna de Vries", "anna.devries@sinoway-europe.eu")
JOOST = ("Joost Bakker", "joost.bakker@sinoway-europe.eu")

# The counterparts' people (name as their mail client shows it, address).
BRANDT = ("Thomas Brandt", "t.brandt@krueger-antriebe.de")
BUDI = ("Budi Santoso", "budi@sinarteknik.co.id")
CHEN = ("陈晓燕", "chenxy@huatai-fastener.cn")
COLOMBO = ("Marco Colombo", "m.colombo@valvolebrianza.it")
DAVE = ("Dave Miller", "dmiller@cpvsupply.com")
ERIK = ("Erik Lindqvist", "erik.lindqvist@nordicprocess.se")
FERNANDES = ("Rui Fernandes", "rui.fernandes@metaldouro.pt")
FREI = ("Reto Frei", "reto.frei@praezision-aargau.ch")
HELEN_TW = ("吳經理", "purchase@sinoway-supply.com")
JIMMY = ("林志明", "jimmy@hsinfa-tools.com.tw")
KELLER = ("Sabine Keller", "s.keller@hoffmann-dichtung.de")
KEVIN_ZH = ("周凯", KEVIN[1])
KHALID = ("Mohammed Khalid", "m.khalid@alnoor-trading.ae")
KYLIE = ("Kylie Nguyen", "kylie.nguyen@deltaflow.com.au")
LIMA = ("Fernanda Lima", "f.lima@brasilhidraulica.com.br")
LINA = ("李娜", "lina@hxin-elec.com")
LIU = ("刘燕", "liuyan@lianda-pack.com")
MIKE = ("Mike Kowalski", "mkowalski@glic-usa.com")
MOREAU = ("Julien Moreau", "j.moreau@robilyon.fr")
ORTEGA = ("Carmen Ortega", "c.ortega@silevante.es")
RAJESH = ("Rajesh Patel", "rajesh@ganeshcastings.in")
RUIZ = ("Ing. Alejandro Ruiz", "aruiz@mexvalvulas.com.mx")
SARAH = ("Sarah Hughes", "sarah.hughes@pennine-fluid.co.uk")
SATO = ("佐藤 健一", "k.sato@yamato-seimitsu.co.jp")
TOM = ("Tom Baxter", "tom.baxter@pennine-fluid.co.uk")
VIVIAN = ("Vivian Chang", "vivian@tcb-bearing.com.tw")
WANG = ("王建国", "wangjg@yongsheng-valve.com")
WEBER = ("Markus Weber", "m.weber@rheintal-haustechnik.de")
ZHAO = ("赵敏", "zhaomin@pujiang-me.com.cn")

SIG_KEVIN = """Best regards,
Kevin Zhou
Sales Manager | Sinoway Industrial Supply Co., Ltd.
No. 188 Jiangnan Road, Beilun, Ningbo 315800, China
Tel: +86 574 8688 2301 | Mob: +86 139 5740 6612
www.sinoway-supply.com"""

SIG_LINDA = """Kind regards,

Linda Xu
Export Sales
Sinoway Industrial Supply Co., Ltd.
T +86-574-86882305  M +86-186-5741-0388
Skype: linda.sinoway"""

SIG_MARK = """Thanks & best regards
Mark Chen 陈明
Sinoway Industrial Supply Co., Ltd. | 宁波信威工业供应有限公司
Tel: 0574-8688 2310  Fax: 0574-8688 2399"""

SIG_HELEN = """吴海伦  采购部
宁波信威工业供应有限公司
地址：宁波市北仑区江南路188号
电话：0574-86882320  手机：13805748821"""

SIG_HELEN_EN = """Best regards
Helen Wu | Purchasing
Sinoway Industrial Supply Co., Ltd.
Tel +86 574 8688 2320"""

SIG_ANNA = """Met vriendelijke groet / Kind regards,

Anna de Vries
Sales Europe
Sinoway Europe B.V. | Waalhaven Z.z. 42 | 3089 JH Rotterdam | NL
T +31 10 428 7716 | anna.devries@sinoway-europe.eu"""

SIG_JOOST = """Kind regards,
Joost Bakker
Purchasing Europe | Sinoway Europe B.V.
T +31 10 428 7720"""

# slug -> (name, domains, category, grade, owner)
CUSTOMERS = {
    "yongsheng": ("浙江永盛阀门有限公司", ["yongsheng-valve.com"], "key", "A", "mark"),
    "huatai": ("温州华泰紧固件有限公司", ["huatai-fastener.cn"], "key", "B", "mark"),
    "hxin": ("深圳市华鑫电子有限公司", ["hxin-elec.com"], "key", "B", "mark"),
    "lianda": ("东莞市联达包装制品有限公司", ["lianda-pack.com"], "closed", "C", "mark"),
    "pujiang": ("上海浦江机电设备有限公司", ["pujiang-me.com.cn"], "key", "A", "kevin"),
    "hsinfa": ("鑫發工具股份有限公司", ["hsinfa-tools.com.tw"], "key", "B", "mark"),
    "tcb": ("Taichung Century Bearing Co., Ltd.", ["tcb-bearing.com.tw"], "key", "A", "mark"),
    "yamato": ("株式会社大和精密", ["yamato-seimitsu.co.jp"], "key", "B", "mark"),
    "ganesh": ("Shree Ganesh Castings Pvt. Ltd.", ["ganeshcastings.in"], "prospect", "C", "mark"),
    "hoffmann": ("Hoffmann Dichtungstechnik GmbH", ["hoffmann-dichtung.de"], "key", "A", "joost"),
    "krueger": ("Krüger Antriebstechnik GmbH", ["krueger-antriebe.de"], "key", "B", "joost"),
    "levante": ("Suministros Industriales Levante S.L.", ["silevante.es"], "key", "B", "joost"),
    "robilyon": ("Robinetterie Lyonnaise SAS", ["robilyon.fr"], "key", "B", "joost"),
    "brianza": ("Valvole Brianza S.r.l.", ["valvolebrianza.it"], "prospect", "B", "joost"),
    "douro": ("Metalúrgica do Douro, Lda.", ["metaldouro.pt"], "prospect", "C", "joost"),
    "aargau": ("Präzisionsteile Aargau AG", ["praezision-aargau.ch"], "key", "B", "joost"),
    "greatlakes": ("Great Lakes Industrial Components Inc.", ["glic-usa.com"], "key", "A", "mark"),
    "pennine": ("Pennine Fluid Controls Ltd", ["pennine-fluid.co.uk"], "key", "B", "joost"),
    "nordic": ("Nordic Process Supply AB", ["nordicprocess.se"], "key", "A", "anna"),
    "deltaflow": ("Delta Flow Solutions Pty Ltd", ["deltaflow.com.au"], "key", "B", "linda"),
    "alnoor": ("Al Noor Trading LLC", ["alnoor-trading.ae"], "key", "B", "linda"),
    "sinarteknik": ("PT Sinar Teknik Mandiri", ["sinarteknik.co.id"], "prospect", "C", "linda"),
    "mexvalvulas": ("Mexicana de Válvulas S.A. de C.V.", ["mexvalvulas.com.mx"], "key", "B", "linda"),
    "brasilhidra": ("Brasil Hidráulica Ltda.", ["brasilhidraulica.com.br"], "key", "B", "linda"),
    "rheintal": ("Rheintal Haustechnik GmbH", ["rheintal-haustechnik.de"], "key", "A", "anna"),
    "cpv": ("Chicago Pump & Valve Supply, Inc.", ["cpvsupply.com"], "key", "A", "kevin"),
}


def dt(text, tz="+0800"):
    """'2025-02-18 10:32' plus a UTC offset -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    base = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")
    return base.replace(tzinfo=datetime.timezone(off))


def I(product, model, unit_doc, unit, price, cur, qty=None, spec="", remark="", **extra):
    return Item(product, model, unit_doc, unit, D(str(price)), cur,
                None if qty is None else D(str(qty)), spec, remark, extra)


class Ctx:
    """Collects mails with their truth, gives them Message-IDs and threads replies."""

    def __init__(self, seed):
        self.seed = seed
        self.mails = []
        self.by_key = {}

    def add(self, mail, customer, layout, kind, items=(), notes="", kind_alt=(), status=None):
        if mail.key in self.by_key:
            raise ValueError(f"duplicate mail key {mail.key}")
        h = hashlib.sha1(f"{self.seed}:{mail.key}".encode()).hexdigest()
        domain = mail.frm[1].split("@")[1]
        if mail.client == "outlook":
            mail.message_id = f"<000{h[:1]}01{h[1:3]}${h[3:11]}${h[11:19]}$@{domain}>"
        elif mail.client in ("foxmail", "webmail"):
            mail.message_id = f"<{mail.date.strftime('%Y%m%d%H%M%S')}{h[:6]}@{domain}>"
        else:
            mail.message_id = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
        if mail.reply_to:
            parent = self.by_key[mail.reply_to]
            mail.references = parent.references + [parent.message_id]
        for it in items:
            if status:
                it.status = status
        mail.truth = {
            "customer": customer,
            "layout": layout,
            "kind": kind,
            "kind_alt": list(kind_alt),
            "items": [it for it in items if it.counts],
            "notes": notes,
        }
        self.mails.append(mail)
        self.by_key[mail.key] = mail
        return mail


def new_mail(key, date, frm, to, subject, blocks, **kw):
    return Mail(key=key, date=date, frm=frm, to=to, subject=subject, blocks=blocks, **kw)

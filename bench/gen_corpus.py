#!/usr/bin/env python3
"""Deterministic synthetic mail corpus for benchmarks (stdlib only).

    gen_corpus.py --count 20000 --seed 1 --out DIR [--format maildir|eml] [--config-out FILE]
                  [--archive-root PATH]

Writes COUNT messages of a valve exporter (own domain hengda-valves.com) and ~200 customer
domains: a Maildir (DIR/cur/<unique>:2,S, plus empty new/ and tmp/) or DIR/NNNNNN.eml files.

  * sizes: most messages 2-20 KB, ~3% 100 KB-1 MB (large attachments)
  * half the messages in Chinese: UTF-8 or GBK/GB2312 bodies, RFC 2047 subjects and names
  * ~25% with base64 attachments: CSV price lists, PDF-like files, binary blobs
  * threads via In-Reply-To/References; dates spread over three years (2023-06 .. 2026-05)
  * some internal mail, newsletters (List-Id), mail from unknown domains and free-mail buyers

--config-out FILE writes a mailclerk TOML config naming ~50 of the customer domains.
Only random.Random(seed) is used: the same arguments give byte-identical output.
"""

import argparse
import base64
import datetime as dt
import os
import random
import sys

OWN = "hengda-valves.com"
REPS = [("Alice Wang", "王丽", "alice"), ("Bob Chen", "陈波", "bob"), ("Cathy Li", "李婷", "cathy"),
        ("David Zhou", "周伟", "david"), ("Emma Xu", "徐敏", "emma"), ("Frank Sun", "孙强", "frank")]
FREEMAIL = ["163.com", "126.com", "qq.com", "gmail.com", "outlook.com", "hotmail.com", "sina.com", "foxmail.com"]

EN_A = ["Acme", "Pacific", "Nordic", "Atlas", "Summit", "Delta", "Apex", "Harbor", "Sterling", "Orion",
        "Titan", "Vector", "Granite", "Meridian", "Keystone", "Falcon", "Pioneer", "Liberty", "Crown", "Cobalt"]
EN_B = ["Industrial", "Flow", "Process", "Pipeline", "Valve", "Energy", "Water", "Marine", "Mining", "Petro"]
EN_C = ["Supply", "Systems", "Engineering", "Trading", "Solutions", "Controls", "Group", "Services"]
EN_TLD = [("com", "Inc."), ("com", "LLC"), ("de", "GmbH"), ("co.uk", "Ltd"), ("fr", "SAS"), ("it", "S.r.l."),
          ("nl", "B.V."), ("com.au", "Pty Ltd"), ("ae", "LLC"), ("com.br", "Ltda."), ("cl", "S.A."),
          ("in", "Pvt. Ltd."), ("com.sg", "Pte. Ltd."), ("pl", "Sp. z o.o."), ("com.tr", "A.S.")]
CN_PLACE = [("zhejiang", "浙江"), ("jiangsu", "江苏"), ("shandong", "山东"), ("huadong", "华东"), ("huabei", "华北"),
            ("sichuan", "四川"), ("guangdong", "广东"), ("tianjin", "天津"), ("hebei", "河北"), ("fujian", "福建")]
CN_WORD = [("petro", "石化"), ("chem", "化工"), ("power", "电力"), ("water", "水务"), ("steel", "钢铁"),
           ("pharm", "制药"), ("gas", "燃气"), ("eng", "工程"), ("mech", "机械"), ("env", "环保")]

EN_SENT = [
    "Please quote your best price for the items below, FOB Ningbo.",
    "We need the goods on site before the end of next month.",
    "Kindly confirm the lead time and payment terms.",
    "Attached please find our purchase order and the signed contract.",
    "The pressure test certificates EN 10204 3.1 must be included.",
    "Our customer has asked for a discount of 5% on the whole lot.",
    "Please send the commercial invoice and packing list with the B/L copy.",
    "The deposit has been transferred today, please check with your bank.",
    "Could you offer an alternative with stainless steel trim?",
    "We will place the order as soon as the budget is approved.",
    "Thank you for your quotation; we are comparing offers this week.",
    "Gate valve WCB Class 150 RF, 4 inch, 200 pcs, unit price USD 81.00.",
    "Ball valve CF8M full bore PN16 DN50, 600 pcs, unit price USD 45.80.",
    "Butterfly valve wafer DN200 PN16 with gearbox, 40 pcs, EUR 168.00 each.",
    "Check valve duplex 2205 PN40 DN150, 24 pcs, USD 980.00 each.",
    "Shipment is planned for the vessel leaving Ningbo next Friday.",
    "Please advise the HS code and the net weight per carton.",
    "Our QC inspector will visit your factory before shipment.",
    "The drawings are attached for your approval.",
    "Let us know if you need any further information.",
]
CN_SENT = [
    "请贵司报含税到厂价，并注明交货期和付款方式。",
    "附件为采购订单和已盖章的购销合同，请查收。",
    "铸钢闸阀 Z41H-16C DN100，数量120台，单价1860元。",
    "球阀 Q41F-16C DN50，数量200台，单价386元（含13%增值税）。",
    "蝶阀 D341X-16 DN300 蜗轮传动，数量20台，单价2450元。",
    "截止阀 J41H-25 DN150，数量60台，单价3150元。",
    "货已于本周发出，物流单号见附件，请注意查收。",
    "发票已开具并快递寄出，请安排付款。",
    "经比价，贵司价格偏高，希望能下调百分之五。",
    "请提供产品样本、检测报告和材质证明。",
    "我们下周安排技术人员到贵厂验货。",
    "合同已审核，盖章后回传给您。",
    "交货期能否缩短到二十五天？",
    "项目已经立项，预计下个月正式招标。",
    "谢谢您的报价，我们会尽快回复。",
    "如有问题请随时与我联系。",
    "付款方式为货到验收合格后月结六十天。",
    "请确认阀门的压力等级和连接方式。",
    "本批货物按国家标准进行压力试验。",
    "新年好！节后我们有一批新的需求。",
]
EN_SUBJ = ["RFQ: {p} {s}", "Inquiry for {p}", "Quotation {q} - {p}", "PO {n} - {p}", "Sales Contract {c}",
           "Commercial Invoice {i}", "Shipment advice {i}", "Request for quotation: {p} {s}",
           "Proforma invoice {q}", "Order confirmation {n}", "Price list {y}", "Drawings for approval - {p}"]
CN_SUBJ = ["询价：{p} {s}", "询盘：{p}", "报价单 {q}（{p}）", "采购订单 {n}", "购销合同 {c}", "发票 {i}",
           "发货通知 {i}", "关于{p}的技术要求", "{y}年价格表", "订单确认 {n}"]
EN_PROD = ["gate valves", "ball valves", "butterfly valves", "check valves", "globe valves", "knife gate valves"]
CN_PROD = ["闸阀", "球阀", "蝶阀", "止回阀", "截止阀", "刀闸阀", "调节阀"]
SIZES = ["DN50", "DN80", "DN100", "DN150", "DN200", "DN250", "DN300", '2"', '4"', '6"']

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
START = dt.datetime(2023, 6, 1, tzinfo=dt.timezone.utc)
SPAN = int((dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc) - START).total_seconds())


def rfc_date(ts, offset_h):
    d = (START + dt.timedelta(seconds=ts)).astimezone(dt.timezone(dt.timedelta(hours=offset_h)))
    return "%s, %d %s %04d %02d:%02d:%02d %+03d00" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
                                                      d.hour, d.minute, d.second, offset_h)


def ew(text, charset):
    """RFC 2047 B encoded-words (split on character boundaries), folded."""
    words, cur = [], ""
    for ch in text:
        if cur and len((cur + ch).encode(charset)) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join("=?%s?B?%s?=" % (charset.upper() if charset != "gb2312" else "gb2312",
                                       base64.b64encode(w.encode(charset)).decode()) for w in words)


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


# ---------------------------------------------------------------------------------------------
class World:
    """Customers, contacts and reps, drawn once from the seed."""

    def __init__(self, rng):
        self.customers = []
        used, names = [], []
        while len(self.customers) < 200:
            if rng.random() < 0.4:
                place, place_cn = rng.choice(CN_PLACE)
                word, word_cn = rng.choice(CN_WORD)
                dom = "%s-%s.com.cn" % (place, word) if rng.random() < 0.7 else "%s%s.cn" % (place, word)
                name = "%s%s有限公司" % (place_cn, word_cn)
                chinese, tzh = True, 8
            elif rng.random() < 0.15:
                a = rng.choice(EN_A).lower()
                dom = "%s-%s.com.tw" % (a, rng.choice(["precision", "machinery", "industrial", "tech"]))
                name = "%s Taiwan Co., Ltd." % a.capitalize()
                chinese, tzh = True, 8
            else:
                a, b, c = rng.choice(EN_A), rng.choice(EN_B), rng.choice(EN_C)
                tld, form = rng.choice(EN_TLD)
                dom = "%s-%s.%s" % (a.lower(), b.lower(), tld)
                name = "%s %s %s %s" % (a, b, c, form)
                chinese = False
                tzh = {"de": 1, "fr": 1, "it": 1, "nl": 1, "pl": 1, "co.uk": 0, "com.au": 10, "ae": 4,
                       "com.br": -3, "cl": -3, "in": 5, "com.sg": 8, "com.tr": 3}.get(tld, -5)
            if dom in used:
                continue
            used.append(dom)
            if name in names:   # same company name, other domain: a subsidiary
                name = "%s (%s)" % (name, dom)
            names.append(name)
            contacts = []
            for k in range(rng.randint(1, 4)):
                if chinese and not dom.endswith(".tw"):
                    sur = rng.choice(["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang"])
                    given = rng.choice(["wei", "fang", "min", "jing", "qiang", "lei", "jun", "yan"])
                    disp = rng.choice(["张", "王", "李", "刘", "陈", "杨", "赵", "黄"]) + rng.choice(
                        ["伟", "芳", "敏", "静", "强", "磊", "军", "燕", "建国", "海涛"])
                    local = "%s.%s" % (sur, given) if rng.random() < 0.6 else "%s%s" % (sur, given)
                else:
                    first = rng.choice(["john", "sarah", "michael", "anna", "peter", "laura", "ahmed", "carlos",
                                        "juergen", "marco", "priya", "tom", "chen", "lin"])
                    last = rng.choice(["miller", "smith", "schmidt", "rossi", "khan", "silva", "nunez",
                                       "tan", "wong", "dubois", "novak", "yilmaz"])
                    disp = "%s %s" % (first.capitalize(), last.capitalize())
                    local = rng.choice(["%s.%s" % (first, last), first[0] + last, "purchasing", "sales"])
                contacts.append((disp, "%s@%s" % (local, dom)))
            if rng.random() < 0.15:  # a buyer writing from free mail
                disp, addr = contacts[0]
                contacts.append((disp, "%s.%d@%s" % (addr.split("@")[0].split(".")[0], rng.randint(1, 99),
                                                     rng.choice(FREEMAIL))))
            self.customers.append({"name": name, "domain": dom, "contacts": contacts, "chinese": chinese,
                                   "tz": tzh, "rep": rng.randrange(len(REPS)), "weight": rng.paretovariate(1.2)})
        total = sum(c["weight"] for c in self.customers)
        acc, self.cum = 0.0, []
        for c in self.customers:
            acc += c["weight"] / total
            self.cum.append(acc)

    def pick(self, rng):
        x = rng.random()
        lo, hi = 0, len(self.cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.cum[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo


def rep_addr(i, chinese, charset):
    en, cn, local = REPS[i]
    if chinese:
        return "%s <%s@%s>" % (ew(cn, charset), local, OWN)
    return "%s <%s@%s>" % (en, local, OWN)


def contact_addr(disp, addr, charset):
    if disp.isascii():
        return "%s <%s>" % (disp, addr)
    return "%s <%s>" % (ew(disp, charset), addr)


def make_text(rng, chinese, target):
    sents = CN_SENT if chinese else EN_SENT
    lines, cur, size = [], "", 0
    per_line = 30 if chinese else 76
    while size < target:
        s = rng.choice(sents)
        if len(cur) + len(s) + 1 > per_line and cur:
            lines.append(cur)
            size += len(cur.encode("utf-8")) + 1
            if rng.random() < 0.15:
                lines.append("")
            cur = ""
        cur = (cur + ("" if chinese else " ") + s).lstrip() if cur else s
    if cur:
        lines.append(cur)
    return "\n".join(lines) + "\n"


def csv_attachment(rng, chinese, target):
    head = "序号,产品名称,规格,数量,单价,金额\r\n" if chinese else "Item,Product,Size,Qty,Unit,Currency,Unit Price,Amount\r\n"
    rows = [head]
    size, i = len(head), 1
    while size < target:
        qty = rng.randint(1, 60) * 10
        price = rng.randint(500, 500000) / 100
        if chinese:
            r = "%d,%s,%s,%d,%.2f,%.2f\r\n" % (i, rng.choice(CN_PROD), rng.choice(SIZES), qty, price, qty * price)
        else:
            r = "%d,%s,%s,%d,pcs,USD,%.2f,%.2f\r\n" % (i, rng.choice(EN_PROD), rng.choice(SIZES).replace('"', "in"),
                                                      qty, price, qty * price)
        rows.append(r)
        size += len(r.encode("utf-8"))
        i += 1
    data = "".join(rows)
    return data.encode("gbk" if chinese and rng.random() < 0.5 else "utf-8")


def pdf_like(rng, target):
    head = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    blob = rng.randbytes(max(0, target - 200))
    return (head + b"4 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(blob) + blob +
            b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def size_target(rng):
    r = rng.random()
    if r < 0.03:
        return int(100_000 * (10 ** rng.random()))            # 100 KB .. 1 MB, log-uniform
    if r < 0.10:
        return rng.randint(20_000, 60_000)
    return int(2_000 * (10 ** rng.random()))                  # 2 .. 20 KB, log-uniform


# ---------------------------------------------------------------------------------------------
def generate(args):
    rng = random.Random(args.seed)
    world = World(rng)
    times = sorted(rng.randrange(SPAN) for _ in range(args.count))
    recent = {}   # customer index -> list of (msgid, refs, subject, chinese, charset)
    out = args.out
    if args.format == "maildir":
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(out, sub), exist_ok=True)
    else:
        os.makedirs(out, exist_ok=True)
    total_bytes = 0

    for n, ts in enumerate(times):
        kind = rng.random()
        headers = []
        ci = world.pick(rng)
        cust = world.customers[ci]
        chinese = cust["chinese"] if rng.random() < 0.9 else not cust["chinese"]
        if kind < 0.03:
            category = "internal"
            chinese = rng.random() < 0.7
        elif kind < 0.05:
            category = "newsletter"
            chinese = False
        elif kind < 0.10:
            category = "unknown"
        else:
            category = "customer"
        charset = "utf-8"
        if chinese:
            charset = rng.choice(["utf-8", "utf-8", "gbk", "gb2312"])
            if cust["domain"].endswith(".tw"):
                charset = "utf-8"
        target = size_target(rng)
        with_attachment = target > 100_000 or rng.random() < 0.22

        inbound = rng.random() < 0.6
        rep = cust["rep"] if rng.random() < 0.8 else rng.randrange(len(REPS))
        parent = None
        if category == "customer" and recent.get(ci) and rng.random() < 0.45:
            parent = rng.choice(recent[ci][-4:])
        if parent:
            chinese, charset = parent[3], parent[4]
        if category == "customer":
            disp, addr = rng.choice(cust["contacts"])
            them = contact_addr(disp, addr, charset)
            us = rep_addr(rep, chinese, charset)
            frm, to = (them, us) if inbound else (us, them)
            tzh = cust["tz"] if inbound else 8
            dom = cust["domain"] if inbound else OWN
            cc = None
            if len(cust["contacts"]) > 1 and rng.random() < 0.3:
                d2, a2 = rng.choice(cust["contacts"])
                if a2 != addr:
                    cc = contact_addr(d2, a2, charset)
        elif category == "internal":
            a, b = rng.sample(range(len(REPS)), 2)
            frm, to, cc, tzh, dom = rep_addr(a, chinese, charset), rep_addr(b, chinese, charset), None, 8, OWN
        elif category == "newsletter":
            src = rng.choice(["valveworldexpo.com", "flowcontrolnews.com", "made-in-china.com", "globalsources.com"])
            frm, to, cc, tzh, dom = "Newsletter <news@%s>" % src, rep_addr(rep, False, "utf-8"), None, 0, src
            headers += [("List-Id", "<newsletter.%s>" % src), ("Precedence", "bulk"),
                        ("List-Unsubscribe", "<https://%s/unsubscribe?u=%08x>" % (src, rng.getrandbits(32)))]
        else:
            dom = "%s-%s.%s" % (rng.choice(EN_A).lower(), rng.choice(["steel", "flow", "trade", "build"]),
                                rng.choice(["com", "net", "co", "com.vn", "co.id", "com.my"]))
            frm = "%s <%s@%s>" % (rng.choice(["Procurement", "Buyer", "Info"]), rng.choice(["info", "buy", "rfq"]), dom)
            to, cc, tzh = rep_addr(rep, chinese, charset), None, 7
            inbound = True

        if parent:
            subject = ("回复：" if chinese else "RE: ") + parent[2].split("：", 1)[-1].split("RE: ")[-1]
            refs = (parent[1] + [parent[0]])[-10:]
        else:
            fill = {"p": rng.choice(CN_PROD if chinese else EN_PROD), "s": rng.choice(SIZES),
                    "q": "QT-%d%04d" % (2023 + ts * 3 // SPAN, rng.randint(1, 9999)),
                    "n": "PO-%06d" % rng.randint(1, 999999), "c": "HD-SC-%05d" % rng.randint(1, 99999),
                    "i": "CI-%05d" % rng.randint(1, 99999), "y": str(2023 + ts * 3 // SPAN)}
            subject = rng.choice(CN_SUBJ if chinese else EN_SUBJ).format(**fill)
            if category == "newsletter":
                subject = "Industry news %s: %s" % (fill["y"], fill["p"])
            refs = []
        msgid = "<%s.%06x.%08x@%s>" % ((START + dt.timedelta(seconds=ts)).strftime("%Y%m%d%H%M%S"), n,
                                       rng.getrandbits(32), dom)

        body_target = target if not with_attachment else min(target, rng.randint(1_500, 8_000))
        text = make_text(rng, chinese, body_target)
        if chinese:
            cte = "base64" if charset != "utf-8" or rng.random() < 0.5 else "8bit"
            body_bytes = text.encode(charset)
            enc_body = b64lines(body_bytes) if cte == "base64" else text
        else:
            cte, enc_body = "7bit", text
        text_headers = 'Content-Type: text/plain; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
            charset.upper() if charset != "gb2312" else "gb2312", cte)

        h = ["Return-Path: <%s>" % frm.split("<")[-1].rstrip(">"),
             "Received: from mail.%s (mail.%s [203.0.113.%d])\n\tby mx.%s (Postfix) with ESMTPS id %010X;\n\t%s"
             % (dom, dom, rng.randint(1, 254), OWN, rng.getrandbits(40), rfc_date(ts + rng.randint(1, 90), 8)),
             "Date: " + rfc_date(ts, tzh), "From: " + frm, "To: " + to]
        if cc:
            h.append("Cc: " + cc)
        h.append("Subject: " + (ew(subject, charset) if not subject.isascii() else subject))
        h.append("Message-ID: " + msgid)
        if refs:
            h.append("In-Reply-To: " + refs[-1])
            h.append("References: " + "\n ".join(refs))
        h += ["%s: %s" % kv for kv in headers]
        h.append("MIME-Version: 1.0")

        if with_attachment:
            boundary = "----=_Part_%d_%010d" % (n, rng.getrandbits(30))
            parts = [text_headers + "\n" + enc_body]
            att_target = max(1_000, target - len(enc_body))
            n_att = 1 if target < 100_000 else rng.randint(1, 2)
            for k in range(n_att):
                share = att_target // n_att
                kind_a = rng.random()
                if kind_a < 0.4:
                    data = csv_attachment(rng, chinese, share * 3 // 4)
                    name = ("报价单_%d.csv" % n) if chinese else "Quotation_%d.csv" % n
                    ctype = "text/csv"
                elif kind_a < 0.8:
                    data = pdf_like(rng, share * 3 // 4)
                    name = ("合同_%d.pdf" % n) if chinese else "Contract_%d.pdf" % n
                    ctype = "application/pdf"
                else:
                    data = rng.randbytes(share * 3 // 4)
                    name = "drawing_%d.dwg" % n
                    ctype = "application/octet-stream"
                if name.isascii():
                    disp = 'attachment; filename="%s"' % name
                else:
                    disp = "attachment; filename*=UTF-8''" + "".join(
                        "%%%02X" % b if b > 127 else chr(b) for b in name.encode("utf-8"))
                parts.append('Content-Type: %s; name="%s"\nContent-Transfer-Encoding: base64\n'
                             'Content-Disposition: %s\n\n%s' % (ctype, ew(name, "utf-8") if not name.isascii() else name,
                                                                  disp, b64lines(data)))
            h.append('Content-Type: multipart/mixed; boundary="%s"' % boundary)
            body = "\nThis is a multi-part message in MIME format.\n" + "".join(
                "--%s\n%s\n" % (boundary, p) for p in parts) + "--%s--\n" % boundary
        else:
            h += text_headers.rstrip("\n").split("\n")
            body = "\n" + enc_body
        raw = ("\n".join(h) + "\n" + body).encode("utf-8")

        if category == "customer":
            recent.setdefault(ci, []).append((msgid, refs, subject, chinese, charset))
            if len(recent[ci]) > 8:
                del recent[ci][0]

        epoch = int((START + dt.timedelta(seconds=ts)).timestamp())
        if args.format == "maildir":
            path = os.path.join(out, "cur", "%d.M%06dP%d.benchcorpus:2,S" % (epoch, n, args.seed))
        else:
            path = os.path.join(out, "%06d.eml" % n)
        with open(path, "wb") as f:
            f.write(raw)
        os.utime(path, (epoch, epoch))
        total_bytes += len(raw)
    return world, total_bytes


def write_config(world, rng_seed, path, root):
    rng = random.Random(rng_seed * 7919 + 1)
    chosen = sorted(rng.sample(range(len(world.customers)), 50))
    lines = ["# mailclerk config for the synthetic benchmark corpus (bench/gen_corpus.py, seed %d)" % rng_seed,
             "", "[archive]", 'root = "%s"' % root, 'own_domains = ["%s"]' % OWN, ""]
    cats = ["key", "closed", "closed", "prospect", "inactive"]
    for k, i in enumerate(chosen):
        c = world.customers[i]
        free = [a for _, a in c["contacts"] if a.split("@")[1] in FREEMAIL]
        lines += ["[[customer]]", 'name = "%s"' % c["name"], 'slug = "c%03d-%s"' % (i, c["domain"].split(".")[0]),
                  'domains = ["%s"]' % c["domain"], "addresses = [%s]" % ", ".join('"%s"' % a for a in free),
                  'category = "%s"' % cats[k % len(cats)], 'grade = "%s"' % "ABC"[k % 3],
                  'owner = "%s"' % REPS[c["rep"]][2], ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", choices=["maildir", "eml"], default="maildir")
    ap.add_argument("--config-out")
    ap.add_argument("--archive-root", default="archive", help='value of [archive] root in --config-out')
    args = ap.parse_args()
    world, total = generate(args)
    if args.config_out:
        write_config(world, args.seed, args.config_out, args.archive_root)
    print("gen_corpus: %d messages, %.1f MB in %s" % (args.count, total / 1e6, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()

"""Shared bits of blind4: our own company and people, money formatting, the HTML of the webmail
clients our counterparts use (QQ Mail, NetEase 163 / Coremail, Aliyun Mail, Foxmail)."""

from decimal import ROUND_HALF_UP, Decimal
from html import escape

OWN = ["ruifeng-trade.com", "ruifeng-hk.com"]
TINA_CN = ("陈雅婷", "tina.chen@ruifeng-trade.com")
TINA = ("Tina Chen", "tina.chen@ruifeng-trade.com")
HUANG = ("黄志明", "huangzm@ruifeng-trade.com")

TINA_SIG_CN = ("陈雅婷 Tina Chen\n厦门瑞丰进出口有限公司 业务部\n厦门市思明区鹭江道98号建设银行大厦21层\n"
               "电话：0592-2036 718  手机/微信：186 5921 4073")
TINA_SIG_EN = ("Best regards,\nTina Chen | Sales Manager\nXiamen Ruifeng Import & Export Co., Ltd.\n"
               "21F, CCB Tower, 98 Lujiang Road, Xiamen 361001, China\nTel: +86 592 2036718  "
               "Mobile/WhatsApp/WeChat: +86 186 5921 4073\nwww.ruifeng-trade.com")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


def dec(text):
    return Decimal(str(text))


def money(value, places=2, group=True):
    """1234.5 -> '1,234.50'."""
    q = dec(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{q:,.{places}f}" if group else f"{q:.{places}f}"


def times(qty, price, places=2):
    return (dec(qty) * dec(price)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def per_one(price, per=1000):
    """A price per thousand pieces as the price of one piece, with the decimals it needs."""
    v = (dec(price) / per).normalize()
    s = format(v, "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) < 2:
        s += "0"
    return s


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def rmb_upper(value):
    """Capital amount as a Chinese invoice writes it: 46490.00 -> 肆万陆仟肆佰玖拾元整."""
    v = dec(value).quantize(Decimal("0.01"))
    yuan, fen = int(v), int((v - int(v)) * 100)

    def four(n):
        out, zero = "", False
        for k in range(3, -1, -1):
            d = n // 10 ** k % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += _DIGITS[d] + _UNITS[k]
        return out

    parts = []
    wan, rest = divmod(yuan, 10000)
    if wan:
        parts.append(four(wan) + "万")
    if rest:
        if wan and rest < 1000:
            parts.append("零")
        parts.append(four(rest))
    s = "".join(parts) + "元"
    jiao, f = divmod(fen, 10)
    if not jiao and not f:
        return s + "整"
    if jiao:
        s += _DIGITS[jiao] + "角"
    if f:
        s += _DIGITS[f] + "分"
    return s


def qq_html(body_html):
    """QQ Mail's compose HTML: a charset meta, everything in divs, inline font styles."""
    return ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><div>'
            f'<div style="font-family: &quot;Microsoft YaHei&quot;; font-size: 14px;">{body_html}</div></div>')


def netease_html(body_html):
    """NetEase 163 / Coremail webmail: a line-height div around the text."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
            f'{body_html}</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span></body></html>')


def aliyun_html(body_html):
    """Aliyun (Alimail) enterprise mail: a __aliyun_email_body_block div."""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,'
            f'STHeiti,SimSun;font-size:14.0px;color:#000000;clear:both;">{body_html}</div></div></body></html>')


def styled_table(rows, head_bg="#D9E1F2", align_right=(), raw=False):
    """A table styled inline cell by cell as webmail editors paste it from Excel."""
    out = ['<table border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:auto">']
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            style = "border:1px solid #000000;padding:2px 6px;font-size:13px;"
            if r == 0:
                style += f"background-color:{head_bg};font-weight:bold;text-align:center;"
            elif c in align_right:
                style += "text-align:right;"
            text = v if raw else escape(v)
            cells.append(f'<td style="{style}">{text}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "".join(out) + "</table>"


def br(text):
    return escape(text).replace("\n", "<br>")

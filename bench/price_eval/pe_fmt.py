"""Numbers, money and text widths for the price evaluation set (see generate.py).

Everything here is pure: the same input always gives the same string, so the generated
documents and truth.json stay byte-identical between runs.
"""

import unicodedata
from decimal import ROUND_HALF_UP, Decimal

D = Decimal

NNBSP = "\u202f"  # narrow no-break space: French thousands separator (Word, LibreOffice, CLDR)
NBSP = "\u00a0"

# Minor units per currency (ISO 4217); JPY and TWD quotes are written without decimals.
MINOR = {"JPY": 0, "TWD": 0, "KRW": 0}


def q(value, places=2):
    """Round half up to `places` decimals (what spreadsheets and ERPs do for money)."""
    exp = D(1).scaleb(-places)
    return D(value).quantize(exp, rounding=ROUND_HALF_UP)


def places_for(currency):
    return MINOR.get(currency, 2)


def group(int_digits, sep):
    out = []
    while len(int_digits) > 3:
        out.insert(0, int_digits[-3:])
        int_digits = int_digits[:-3]
    out.insert(0, int_digits)
    return sep.join(out)


# style -> (thousands separator, decimal mark)
STYLES = {
    "us": (",", "."),  # 1,250.00  (US, UK, China, Taiwan, Japan, India)
    "plain": ("", "."),  # 1250.00
    "de": (".", ","),  # 1.250,00  (Germany, Spain, Italy, Portugal, Netherlands, Brazil)
    "de_plain": ("", ","),  # 1250,00   (ERP exports in Europe)
    "fr": (NNBSP, ","),  # 1 250,00  narrow no-break space
    "fr_nbsp": (NBSP, ","),  # 1 250,00  no-break space (older Office)
    "fr_space": (" ", ","),  # 1 250,00  plain space (typed by hand)
    "ch": ("'", "."),  # 1'250.50  Switzerland
    "ch_typo": ("\u2019", "."),  # 1’250.50  Switzerland, typographic apostrophe
}


def num(value, style="us", places=2):
    """Format a Decimal with a thousands separator and decimal mark of `style`."""
    v = q(value, places)
    sign = "-" if v < 0 else ""
    v = abs(v)
    text = f"{v:.{places}f}"
    int_part, _, frac = text.partition(".")
    sep, mark = STYLES[style]
    out = group(int_part, sep)
    if places:
        out += mark + frac
    return sign + out


def qty(value, style="us"):
    """A quantity: no decimals when whole, else as many as it has."""
    v = D(value)
    if v == v.to_integral_value():
        return num(v, style, 0)
    places = max(0, -v.normalize().as_tuple().exponent)
    return num(v, style, places)


def dec(value, places=2):
    """Exact decimal string with '.' for truth.json."""
    return f"{q(value, places):.{places}f}"


def qdec(value):
    """Quantity for truth.json: no trailing zeros."""
    v = D(value)
    if v == v.to_integral_value():
        return str(int(v))
    return format(v.normalize(), "f")


def width(text):
    """Display width in a fixed-width font: East Asian wide and full-width characters count 2."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return w


def ljust(text, n, fill=" "):
    return text + fill * max(0, n - width(text))


def rjust(text, n, fill=" "):
    return fill * max(0, n - width(text)) + text


# Chinese upper-case amount (大写金额) as written on contracts and invoices.
_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_CN_UNITS = ["", "拾", "佰", "仟"]
_CN_BIG = ["", "万", "亿"]


def cn_upper(amount):
    v = q(amount, 2)
    yuan = int(v)
    jiao = int((v * 10) % 10)
    fen = int((v * 100) % 10)
    parts = []
    group_idx = 0
    while yuan > 0:
        chunk = yuan % 10000
        if chunk:
            s = ""
            zero = False
            for i in range(3, -1, -1):
                d = (chunk // (10**i)) % 10
                if d == 0:
                    zero = bool(s)
                else:
                    if zero:
                        s += "零"
                        zero = False
                    s += _CN_DIGITS[d] + _CN_UNITS[i]
            if chunk < 1000 and yuan >= 10000:
                s = "零" + s  # 70,390 -> 柒万零叁佰玖拾
            parts.insert(0, s + _CN_BIG[group_idx])
        elif parts and not parts[0].startswith("零"):
            parts.insert(0, "零")
        yuan //= 10000
        group_idx += 1
    out = "".join(parts) or "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _CN_DIGITS[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _CN_DIGITS[fen] + "分"
    return out


def en_words(amount, currency_word):
    """'SAY US DOLLARS TWELVE THOUSAND ... ONLY' as on Chinese export documents."""
    ones = "ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN".split()
    tens = "_ _ TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY".split()

    def below_1000(n):
        words = []
        if n >= 100:
            words += [ones[n // 100], "HUNDRED"]
            n %= 100
            if n:
                words.append("AND")
        if n >= 20:
            words.append(tens[n // 10] + ("-" + ones[n % 10] if n % 10 else ""))
        elif n:
            words.append(ones[n])
        return words

    v = q(amount, 2)
    whole = int(v)
    cents = int((v * 100) % 100)
    words = []
    for size, name in ((10**6, "MILLION"), (1000, "THOUSAND"), (1, "")):
        chunk = (whole // size) % 1000
        if chunk:
            words += below_1000(chunk) + ([name] if name else [])
    text = " ".join(words) or "ZERO"
    if cents:
        text += " AND CENTS " + " ".join(below_1000(cents))
    return f"SAY {currency_word} {text} ONLY"

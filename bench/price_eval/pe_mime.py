"""A small, deterministic RFC 5322 / MIME writer for the price evaluation set.

Python's email package would do, but it picks boundaries at random and folds headers its own way;
here every byte is decided by the caller, so re-running the generator gives identical .eml files
and each mail can look like the client that "sent" it (Outlook, Foxmail, Thunderbird, webmail).
"""

import base64
import hashlib

CRLF = b"\r\n"

# Python codec for each MIME charset label we write.
CODECS = {
    "gbk": "gbk",
    "gb2312": "gb2312",
    "gb18030": "gb18030",
    "big5": "big5",
    "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859-15",
    "windows-1252": "cp1252",
    "utf-8": "utf-8",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "shift_jis",
    "us-ascii": "ascii",
}


def encode_text(text, charset):
    return text.encode(CODECS[charset.lower()])


def _b_words(text, charset, label, first_room):
    """Split text into RFC 2047 B encoded words, never cutting a character in two."""
    words = []
    chunk = ""
    room = first_room
    for ch in text:
        trial = chunk + ch
        size = len(base64.b64encode(encode_text(trial, charset)))
        if size + len(label) + 7 > room and chunk:
            words.append(chunk)
            chunk = ch
            room = 75
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return [f"=?{label}?B?{base64.b64encode(encode_text(w, charset)).decode()}?=" for w in words]


def header_value(text, charset="utf-8", label=None):
    """ASCII stays as is; anything else becomes RFC 2047 B words (folded onto CRLF+space)."""
    if all(ord(c) < 128 for c in text):
        return text
    label = label or charset.upper()
    return "\r\n ".join(_b_words(text, charset, label, 60))


def address(name, email, charset="utf-8", label=None):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        needs_quote = any(c in name for c in ",.;:()<>@[]\"")
        shown = f'"{name}"' if needs_quote else name
        return f"{shown} <{email}>"
    return f"{header_value(name, charset, label)} <{email}>"


def qp_encode(data):
    """Quoted-printable (RFC 2045) over bytes whose line ends are CRLF or LF."""
    out_lines = []
    for raw in data.replace(b"\r\n", b"\n").split(b"\n"):
        line = ""
        encoded = []
        for i, b in enumerate(raw):
            c = chr(b)
            last = i == len(raw) - 1
            if b == 0x3D or b > 126 or (b < 32 and b != 9) or (last and c in " \t"):
                encoded.append(f"={b:02X}")
            else:
                encoded.append(c)
        for piece in encoded:
            if len(line) + len(piece) > 75:
                out_lines.append(line + "=")
                line = ""
            line += piece
        out_lines.append(line)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    text = base64.b64encode(data).decode("ascii")
    return "\r\n".join(text[i : i + 76] for i in range(0, len(text), 76)).encode("ascii")


class Part:
    """One MIME leaf: headers plus an encoded body."""

    def __init__(self, ctype, payload, cte="base64", params=None, headers=None):
        self.ctype = ctype
        self.payload = payload  # bytes
        self.cte = cte
        self.params = params or []
        self.headers = headers or []

    def render(self):
        ct = self.ctype + "".join(f";\r\n\t{k}={v}" for k, v in self.params)
        lines = [f"Content-Type: {ct}"]
        lines += self.headers
        lines.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.cte == "base64":
            body = b64_encode(self.payload)
        elif self.cte == "quoted-printable":
            body = qp_encode(self.payload)
        else:
            body = self.payload.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
        return "\r\n".join(lines).encode("ascii") + CRLF + CRLF + body


def text_part(text, subtype="plain", charset="utf-8", cte="base64", label=None, format_flowed=False):
    label = label or charset
    params = [("charset", f'"{label}"')]
    if format_flowed:
        params.append(("format", "flowed"))
    return Part(f"text/{subtype}", encode_text(text, charset), cte, params)


def attachment(data, ctype, filename, style="rfc2231", charset="utf-8", label=None, inline=False):
    """An attachment. `style` chooses how a non-ASCII file name is written:
    'rfc2231' (Thunderbird, Apple Mail), 'rfc2047' (Outlook, Foxmail: encoded words in quotes)."""
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        ct_params = [("name", f'"{filename}"')]
        cd = f'Content-Disposition: {disp};\r\n\tfilename="{filename}"'
    elif style == "rfc2047":
        enc = header_value(filename, charset, label)
        ct_params = [("name", f'"{enc}"')]
        cd = f'Content-Disposition: {disp};\r\n\tfilename="{enc}"'
    else:
        from urllib.parse import quote

        enc = quote(filename.encode(CODECS[charset.lower()]), safe="")
        lab = (label or charset).upper()
        ct_params = [("name", f'"{header_value(filename, charset, label)}"')]
        cd = f"Content-Disposition: {disp};\r\n\tfilename*={lab}''{enc}"
    return Part(ctype, data, "base64", ct_params, [cd])


class Multipart:
    def __init__(self, subtype, parts, boundary):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary

    def render(self):
        head = f'Content-Type: multipart/{self.subtype};\r\n\tboundary="{self.boundary}"'
        out = [head.encode("ascii"), b"", b""]
        if self.subtype == "mixed":
            out = [head.encode("ascii"), b"", b"This is a multi-part message in MIME format.", b""]
        for p in self.parts:
            out.append(f"--{self.boundary}".encode("ascii"))
            out.append(p.render())
            out.append(b"")
        out.append(f"--{self.boundary}--".encode("ascii"))
        out.append(b"")
        return CRLF.join(out)


def boundary_for(seed, n, style="outlook"):
    h = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest().upper()
    if style == "outlook":
        return f"----=_NextPart_{n:03d}_{h[:4]}_{h[4:12]}.{h[12:20]}"
    if style == "foxmail":
        return f"----=_NextPart_{h[:16]}_{h[16:24]}"
    if style == "thunderbird":
        return f"------------{h[:24]}"
    return f"=_{h[:28]}"


def message(headers, body):
    """headers: list of (name, value) already encoded; body: Part or Multipart."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return "\r\n".join(lines).encode("ascii") + CRLF + body.render()

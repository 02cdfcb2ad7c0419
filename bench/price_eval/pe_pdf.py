"""PDFs with a text layer, and the scans and photos made from them, for the price evaluation set.

Deterministic: reportlab runs with invariant=1, img2pdf gets fixed dates and a content-derived
/ID, image noise comes from random.Random(seed)."""

import io
import random
import re
import subprocess
import tempfile
from pathlib import Path

from pe_tables import cell

FONT_FILES = {
    "zh": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "tw": ("/usr/share/fonts/truetype/arphic/uming.ttc", 2),  # AR PL UMing TW
    "ja": ("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", None),
}


# ---------------------------------------------------------------- PDF (text)

_REGISTERED = set()


def _font(lang, bold=False):
    """Latin documents use the standard Helvetica (not embedded, as most ERPs do); Chinese and
    Japanese ones embed a subset of a Debian TrueType font, so the text layer carries Unicode."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if lang in ("en", "de", "fr", "es", "it", "pt"):
        return "Helvetica-Bold" if bold else "Helvetica"
    name = f"PE-{lang}"
    if name not in _REGISTERED:
        path, sub = FONT_FILES[lang]
        if sub is None:
            pdfmetrics.registerFont(TTFont(name, path))
        else:
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=sub))
        _REGISTERED.add(name)
    return name


def pdf_doc(spec):
    """A PDF quotation / price list / order with a real text layer, drawn the way ERP report
    writers draw it: positioned strings, numbers right-aligned, optional rules and grid.

    spec: lang, letterhead [(text, size, bold)], title, info [(label, value)] (left block),
    info_right, cols (with .width), items, fmt, footer, notes [str], rows_per_page,
    grid (bool), page_label ('Page {p} of {n}'), repeat_header (bool), footer_line (str on every
    page bottom), stamp (callable for scans; not used here), date."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lang = spec.get("lang", "en")
    f, fb = _font(lang), _font(lang, True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(spec.get("author", ""))
    c.setTitle(spec.get("doc_title", spec.get("title", "")))
    c.setCreator(spec.get("creator", "Crystal Reports"))
    width, height = A4
    margin = 42
    cols, fmt, items = spec["cols"], spec["fmt"], spec["items"]
    total_w = sum(col.width or 1 for col in cols)
    xs = []
    x = margin
    for col in cols:
        w = (width - 2 * margin) * (col.width or 1) / total_w
        xs.append((x, w))
        x += w
    per_page = spec.get("rows_per_page", 40)
    pages = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
    n_pages = len(pages)
    idx = 1
    for p, page_items in enumerate(pages, 1):
        y = height - margin
        if p == 1 or spec.get("repeat_letterhead"):
            for text, size, is_bold in spec.get("letterhead", []):
                c.setFont(fb if is_bold else f, size)
                c.drawString(margin, y - size, text)
                y -= size + 4
            c.setLineWidth(0.8)
            c.line(margin, y - 2, width - margin, y - 2)
            y -= 14
        if p == 1:
            if spec.get("title"):
                c.setFont(fb, 15)
                c.drawCentredString(width / 2, y - 14, spec["title"])
                y -= 30
            info, right = spec.get("info", []), spec.get("info_right", [])
            for n in range(max(len(info), len(right))):
                c.setFont(f, 9)
                if n < len(info):
                    c.drawString(margin, y - 9, f"{info[n][0]} {info[n][1]}")
                if n < len(right):
                    c.drawString(width / 2 + 40, y - 9, f"{right[n][0]} {right[n][1]}")
                y -= 13
            for para in spec.get("intro", []):
                c.drawString(margin, y - 12, para)
                y -= 14
            y -= 8
        elif spec.get("continued"):
            c.setFont(f, 9)
            c.drawString(margin, y - 9, spec["continued"].format(p=p))
            y -= 18
        if p == 1 or spec.get("repeat_header", True):
            y = _pdf_header(c, cols, xs, y, fb)
        row_h = 14
        for it in page_items:
            c.setFont(f, 8.5)
            for (x0, w), col in zip(xs, cols):
                text, _ = cell(col, it, idx, fmt)
                if col.align == "r":
                    c.drawRightString(x0 + w - 3, y - 10, text)
                else:
                    c.drawString(x0 + 3, y - 10, _clip(c, text, f, 8.5, w - 5))
            if spec.get("grid"):
                c.setLineWidth(0.3)
                c.line(margin, y - row_h, width - margin, y - row_h)
            y -= row_h
            idx += 1
        if p == n_pages:
            y -= 4
            c.setLineWidth(0.6)
            c.line(margin, y, width - margin, y)
            amount_col = next((n for n, col in enumerate(cols) if col.kind == "amount"), len(cols) - 1)
            ax, aw = xs[amount_col]
            for label, value in spec.get("footer", []):
                text = value if isinstance(value, str) else fmt.amount(value)
                c.setFont(fb, 9)
                c.drawRightString(ax - 8, y - 12, label)
                c.setFont(f, 9)
                c.drawRightString(ax + aw - 3, y - 12, text)
                y -= 15
            y -= 10
            for note in spec.get("notes", []):
                c.setFont(f, 8.5)
                c.drawString(margin, y - 10, note)
                y -= 12.5
        c.setFont(f, 7.5)
        if spec.get("footer_line"):
            c.drawString(margin, 30, spec["footer_line"])
        if spec.get("page_label"):
            c.drawRightString(width - margin, 42 if spec.get("footer_line") else 30,
                              spec["page_label"].format(p=p, n=n_pages))
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_header(c, cols, xs, y, fb):
    c.setLineWidth(0.8)
    c.line(xs[0][0], y, xs[-1][0] + xs[-1][1], y)
    c.setFont(fb, 8.5)
    for (x0, w), col in zip(xs, cols):
        lines = col.header.split("\n")
        for k, line in enumerate(lines):
            if col.align == "r":
                c.drawRightString(x0 + w - 3, y - 11 - 10 * k, line)
            else:
                c.drawString(x0 + 3, y - 11 - 10 * k, line)
    depth = 10 * max(len(col.header.split("\n")) for col in cols) + 6
    c.line(xs[0][0], y - depth, xs[-1][0] + xs[-1][1], y - depth)
    return y - depth - 2


def _clip(c, text, font, size, room):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while text and stringWidth(text, font, size) > room:
        text = text[:-1]
    return text


# ---------------------------------------------------------------- scans and photos


def rasterize(pdf_bytes, dpi=200, page=1, gray=True):
    """Render one PDF page to a PIL image with poppler's pdftoppm (Debian poppler-utils)."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf_bytes)
        args = ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run(args + [str(src), str(Path(tmp) / "out")], check=True)
        out = next(Path(tmp).glob("out*.png"))
        return Image.open(out).copy()


def content_box(img):
    """Bounding box of everything that is not white paper."""
    from PIL import ImageOps

    return ImageOps.invert(img.convert("L")).point(lambda v: 255 if v > 40 else 0).getbbox()


def seal_last_line(img, text, radius, seed):
    """Stamp the seal over the last line of the page (where '(盖章)' or the signature is)."""
    left, top, right, bottom = content_box(img)
    rng = random.Random(seed)
    cx = left + int((right - left) * (0.22 + rng.random() * 0.1))
    return red_seal(img, (cx, bottom - radius // 3), radius, text, seed)


def red_seal(img, center, radius, text, seed):
    """A red round company seal (公章) stamped over the signature, as on Chinese documents."""
    from PIL import ImageDraw, ImageFont

    img = img.convert("RGB")
    layer = img.copy()
    d = ImageDraw.Draw(layer)
    cx, cy = center
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=(205, 30, 40), width=max(3, radius // 18))
    font = ImageFont.truetype(FONT_FILES["zh"][0], max(12, radius // 4))
    import math

    n = len(text)
    for k, ch in enumerate(text):
        ang = math.radians(200 + 140 * k / max(1, n - 1))
        x = cx + (radius * 0.72) * math.cos(ang)
        y = cy + (radius * 0.72) * math.sin(ang)
        d.text((x, y), ch, fill=(205, 30, 40), font=font, anchor="mm")
    d.text((cx, cy), "★", fill=(205, 30, 40), font=font, anchor="mm")
    from PIL import Image

    return Image.blend(img, layer, 0.78)


def degrade(img, seed, angle=0.7, blur=0.7, noise=18, gradient=False, perspective=False):
    """What a scanner or a phone camera does to a page: skew, blur, speckle, uneven light."""
    from PIL import Image, ImageChops, ImageFilter

    rng = random.Random(seed)
    mode = img.mode
    if perspective:
        w, h = img.size
        dx, dy = int(w * 0.025), int(h * 0.015)
        # source corners: upper left, lower left, lower right, upper right (a page shot at a slant)
        quad = (dx, rng.randint(0, dy), 0, h, w, h - rng.randint(0, dy), w - rng.randint(0, dx), 0)
        img = img.transform(img.size, Image.QUAD, quad, Image.BICUBIC, fillcolor="white")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor="white" if mode == "L" else (250, 250, 248))
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    w, h = img.size
    gray = img.convert("L") if mode == "L" else None
    noise_img = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    noise_img = noise_img.point(lambda v: v * noise // 255)
    if mode == "L":
        img = ImageChops.subtract(gray, noise_img)
    else:
        img = ImageChops.subtract(img, Image.merge("RGB", (noise_img, noise_img, noise_img)))
    if gradient:
        # a lamp on one side: brightness falls off across the page
        grad = Image.radial_gradient("L").resize((w * 2, h * 2)).point(lambda v: 255 - v * 70 // 255)
        ox, oy = rng.randint(0, w // 2), rng.randint(0, h // 2)
        grad = grad.crop((ox, oy, ox + w, oy + h))
        if img.mode == "L":
            img = ImageChops.multiply(img, grad)
        else:
            img = ImageChops.multiply(img, Image.merge("RGB", (grad, grad, grad)))
    return img


def jpeg(img, quality=70):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def image_pdf(jpeg_pages, dpi, when):
    """An image-only PDF as a scanner's "scan to e-mail" writes it: one JPEG per page, no text."""
    import datetime

    import img2pdf

    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    stamp = datetime.datetime.fromisoformat(when)
    pdf = img2pdf.convert(jpeg_pages, layout_fun=layout, creationdate=stamp, moddate=stamp,
                          producer="KONICA MINOLTA bizhub C300i", creator="", nodate=False)
    # img2pdf derives the trailer /ID from the clock; pin it (same length, so offsets stay valid)
    import hashlib

    ident = hashlib.md5(b"".join(jpeg_pages)).hexdigest()
    return re.sub(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]", f"/ID [<{ident}><{ident}>]".encode(), pdf)

"""What blind13 needs that the earlier sets' writers do not make: legacy .xls workbooks with
several sheets, merged title rows, an empty logo row, per-cell number formats with currency and
formulas (python3-xlwt, so a formula's cached value is whatever xlwt writes); office scans of
printed tables (grey paper, skew, speckle, JPEG artefacts, a red company chop stamped over a
column, 150-300 dpi) as PNG, JPEG or an image-only PDF of several pages; pictures of tables drawn
with blind5's table_image. Run with /usr/bin/python3 (Debian's PIL and xlwt). Deterministic:
seeded noise, no clocks."""

import io
import math
import random

import xlwt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from b13_common import b4_docs  # (puts blind5 on the path too)
import b5_media  # noqa: E402  (table_image, jpeg, png, zip_bytes, fonts)

CJK = b5_media.CJK


def xls_book(sheets):
    """sheets: dicts with name, rows, optional merges [(r1, r2, c1, c2)], widths (characters),
    heights {row: twips}. Cells: str (text), None, ("n", value, fmt) a number, ("f", expr, fmt) a
    formula, ("b", text) bold text."""
    wb = xlwt.Workbook(encoding="utf-8")
    styles = {}

    def style(fmt=None, bold=False):
        key = (fmt, bold)
        if key not in styles:
            s = xlwt.XFStyle()
            if fmt:
                s.num_format_str = fmt
            if bold:
                s.font = xlwt.Font()
                s.font.bold = True
            styles[key] = s
        return styles[key]

    for sh in sheets:
        ws = wb.add_sheet(sh["name"])
        merged = set()
        for r1, r2, c1, c2 in sh.get("merges", ()):
            first = sh["rows"][r1][c1] if c1 < len(sh["rows"][r1]) else ""
            ws.write_merge(r1, r2, c1, c2, first[1] if isinstance(first, tuple) else first,
                           style(bold=isinstance(first, tuple)))
            merged |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        for r, row in enumerate(sh["rows"]):
            for c, v in enumerate(row):
                if v is None or v == "" or (r, c) in merged:
                    continue
                if isinstance(v, str):
                    ws.write(r, c, v)
                elif v[0] == "n":
                    ws.write(r, c, float(v[1]), style(v[2] if len(v) > 2 else None))
                elif v[0] == "f":
                    ws.write(r, c, xlwt.Formula(v[1]), style(v[2] if len(v) > 2 else None))
                else:
                    ws.write(r, c, v[1], style(bold=True))
        for c, w in enumerate(sh.get("widths", ())):
            ws.col(c).width = w * 256
        for r, h in sh.get("heights", {}).items():
            ws.row(r).height_mismatch = True
            ws.row(r).height = h
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def chop(img, center, text, radius=95, font=CJK):
    """A red round company chop (公章) stamped over the page: ring, star, name around the top,
    half transparent so what lies under it still shows, as on a signed quote."""
    rgb = img.convert("RGB")
    layer = Image.new("RGBA", rgb.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = center
    red = (205, 30, 35, 150)
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=red, width=7)
    star = [(cx + (radius * 0.28 if k % 2 == 0 else radius * 0.11) * math.sin(k * math.pi / 5),
             cy - (radius * 0.28 if k % 2 == 0 else radius * 0.11) * math.cos(k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=red)
    f = ImageFont.truetype(font, int(radius * 0.22))
    n = len(text)
    for k, chr_ in enumerate(text):
        a = math.pi * (-0.8 + 1.6 * k / max(1, n - 1))
        x, y = cx + radius * 0.72 * math.sin(a), cy - radius * 0.72 * math.cos(a)
        d.text((x - radius * 0.1, y - radius * 0.1), chr_, font=f, fill=red)
    return Image.alpha_composite(rgb.convert("RGBA"), layer).convert("RGB")


def scanned(img, seed, angle=0.6, speckle=90, blur=0.5):
    """As an office scanner reads a printed page: a slight skew, grey paper, dust speckle."""
    rnd = random.Random(seed)
    g = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(246, 246, 242))
    g = g.filter(ImageFilter.GaussianBlur(blur))
    px = g.load()
    w, h = g.size
    for _ in range(w * h // speckle):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randint(90, 200)
        px[x, y] = (v, v, v)
    return g


def scale(img, factor):
    return img.resize((int(img.width * factor), int(img.height * factor)), Image.LANCZOS)


def scanned_pdf(pages, dpi=200, quality=70, title="Scan"):
    """An image-only PDF of several pages, each a JPEG drawn full page (DCTDecode), no text layer;
    assembled by blind4's pdf_file."""
    kids = " ".join(f"{3 + 3 * k} 0 R" for k in range(len(pages)))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode()]
    for k, img in enumerate(pages):
        rgb = img.convert("RGB")
        data = b5_media.jpeg(rgb, quality=quality)
        w_pt, h_pt = rgb.width * 72 / dpi, rgb.height * 72 / dpi
        content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        page, cont, image = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] "
                    f"/Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {cont} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream")
        objs.append(f"<< /Type /XObject /Subtype /Image /Width {rgb.width} /Height {rgb.height} /ColorSpace "
                    f"/DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode()
                    + data + b"\nendstream")
    objs.append(f"<< /Title ({title}) /Producer (Canon iR-ADV C5535 PDF) >>".encode())
    return b4_docs.pdf_file(objs, info=len(objs))


def photographed(img, seed, angle=1.2):
    """blind5's phone photo, kept in colour (a red chop stays red): its grey recipe per channel,
    with the same seed so the noise and shading agree."""
    bands = [b5_media.photographed(band, seed, angle).getchannel(0) for band in img.convert("RGB").split()]
    return Image.merge("RGB", bands)

"""Media for blind5 that the earlier sets' writers do not make: legacy .xls (BIFF8 through Debian's
python3-xlwt), pictures of price tables (PIL, Debian fonts), image-only PDFs wrapping a JPEG
(written by hand so no clock gets in), and plain zip archives. Deterministic: fixed zip times,
seeded noise, no clocks."""

import io
import random
import zipfile

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ZIP_TIME = (2026, 1, 1, 0, 0, 0)
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def zip_bytes(files):
    """files: (name, bytes); names may hold folders, as Windows' "Send to zip" writes them."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def xls(rows, sheet="Oferta", num_format="#,##0.00", widths=None):
    """A legacy BIFF8 workbook. rows: lists of cells; str is text, ("n", value) a number shown
    with num_format, None empty. Row 0..k with bold text are header-like only by content."""
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    money = xlwt.easyxf(num_format_str=num_format)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                ws.write(r, c, float(v[1]), money)
            else:
                ws.write(r, c, v)
    for c, w in enumerate(widths or []):
        ws.col(c).width = w * 256
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def table_image(title_lines, header, rows, xs, font=SANS, size=22, width=1400, foot_lines=()):
    """A white page with a title block, a ruled table (header + rows at column x positions) and
    footer lines, drawn in a clean font so OCR can read it."""
    f = ImageFont.truetype(font, size)
    fb = ImageFont.truetype(SANS_BOLD if font == SANS else font, size)
    line_h = int(size * 1.9)
    height = 80 + line_h * (len(title_lines) + len(rows) + len(foot_lines) + 4)
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    y = 40
    for k, t in enumerate(title_lines):
        d.text((40, y), t, font=fb if k == 0 else f, fill=0)
        y += line_h
    y += line_h // 2
    d.line((30, y - 8, width - 30, y - 8), fill=0, width=2)
    for c, x in enumerate(xs):
        d.text((x, y), header[c], font=fb, fill=0)
    y += line_h
    d.line((30, y - 8, width - 30, y - 8), fill=0, width=1)
    for row in rows:
        for c, x in enumerate(xs):
            d.text((x, y), row[c], font=f, fill=0)
        y += line_h
    d.line((30, y - 8, width - 30, y - 8), fill=0, width=2)
    y += line_h // 2
    for t in foot_lines:
        d.text((40, y), t, font=f, fill=0)
        y += line_h
    return img


def photographed(img, seed, angle=1.2):
    """As a phone photographs a printed sheet: slightly rotated, grey paper, soft, a little noise."""
    rnd = random.Random(seed)
    g = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=235)
    g = g.filter(ImageFilter.GaussianBlur(0.8))
    px = g.load()
    w, h = g.size
    for _ in range(w * h // 60):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-60, 40)))
    # uneven light from the top left corner
    shade = Image.linear_gradient("L").resize((w, h)).point(lambda v: 255 - v // 8)
    g = Image.composite(g, Image.new("L", (w, h), 200), shade)
    return g.convert("RGB")


def jpeg(img, quality=82):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(img):
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()


def scanned_pdf(img, dpi=150, title="Scan"):
    """An image-only PDF: one page per image, a JPEG drawn full page (DCTDecode), no text layer,
    as an office scanner writes it."""
    rgb = img.convert("RGB")
    data = jpeg(rgb, quality=85)
    w_px, h_px = rgb.size
    w_pt, h_pt = w_px * 72 / dpi, h_px * 72 / dpi
    content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] "
        "/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        f"<< /Type /XObject /Subtype /Image /Width {w_px} /Height {h_px} /ColorSpace /DeviceRGB "
        f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream",
        f"<< /Title ({title}) /Producer (ScanSnap Manager) >>".encode(),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

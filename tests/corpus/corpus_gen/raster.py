"""Pictures of text: a table rendered to PNG (pasted into a report as an image) and a scanned page.

Drawn with Pillow from the same blocks the key is made of, so the key holds the cells of a table
that exists in the PDF only as pixels.
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .model import Block, Bullets, H, P, Table

FONTS = {
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-{}.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-{}.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf",
}
VARIANT = {
    "Carlito": {"": "Regular", "b": "Bold", "i": "Italic"},
    "LiberationSans": {"": "Regular", "b": "Bold", "i": "Italic"},
    "LiberationSerif": {"": "Regular", "b": "Bold", "i": "Italic"},
    "DejaVuSans": {"": "", "b": "-Bold", "i": "-Oblique"},
}


def font(family: str, px: int, v: str = "") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[family].format(VARIANT[family][v]), px)


def _w(f: ImageFont.FreeTypeFont, s: str) -> float:
    return f.getlength(s)


def table_image(
    t: Table,
    width_pt: float,
    dpi: int = 200,
    family: str = "Carlito",
    size_pt: float = 9,
    head_bg: str = "#DCE6F1",
    total_bg: str = "#F2F2F2",
    grid: bool = True,
    with_caption: bool = False,
) -> Image.Image:
    """The table as an Excel-like picture: grid lines, shaded header, numbers right-aligned."""
    k = dpi / 72
    px = round(size_pt * k)
    fr, fb = font(family, px), font(family, px, "b")
    widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
    scale = width_pt * k / sum(widths)
    colw = [w * scale for w in widths]
    rowh = round(px * 1.55)
    grid_rows = t.header_lines()
    nhead = len(grid_rows[0]) + (1 if any(c.group for c in t.cols) else 0)
    W = round(sum(colw)) + 2
    H_ = rowh * (nhead + len(t.rows)) + 2
    cap_h = rowh if t.caption and with_caption else 0
    img = Image.new("RGB", (W, H_ + cap_h), "white")
    d = ImageDraw.Draw(img)
    pad = px * 0.35
    y = 0
    if cap_h:
        d.text((2, y + rowh * 0.2), t.caption, fill="black", font=fb)
        y += cap_h
    top = y
    d.rectangle([0, y, W - 1, y + rowh * nhead], fill=head_bg)
    xs = [1.0]
    for w in colw:
        xs.append(xs[-1] + w)
    if any(c.group for c in t.cols):
        i = 1
        for g, span in t.groups():
            if g:
                cx = (xs[i] + xs[i + span]) / 2
                d.text((cx - _w(fb, g) / 2, y + rowh * 0.2), g, fill="black", font=fb)
                d.line([xs[i] + 3, y + rowh - 2, xs[i + span] - 3, y + rowh - 2], fill="#7f7f7f")
            i += span
        y += rowh
    for li in range(len(grid_rows[0])):
        for j, lines in enumerate(grid_rows):
            s = lines[li]
            if not s:
                continue
            if j == 0:
                d.text((xs[0] + pad, y + rowh * 0.2), s, fill="black", font=fb)
            else:
                d.text((xs[j + 1] - pad - _w(fb, s), y + rowh * 0.2), s, fill="black", font=fb)
        y += rowh
    for r in t.rows:
        f = fb if r.total or r.heading else fr
        if r.total:
            d.rectangle([0, y, W - 1, y + rowh], fill=total_bg)
        d.text(
            (xs[0] + pad + (px if r.indent else 0), y + rowh * 0.2), r.label, fill="black", font=f
        )
        if not r.heading:
            for j, (c, v) in enumerate(zip(t.cols, r.cells, strict=True)):
                s = t.fmt_cell(r, c, v)
                d.text((xs[j + 2] - pad - _w(f, s), y + rowh * 0.2), s, fill="black", font=f)
        y += rowh
    if grid:
        for x in xs:
            d.line([x, top, x, y], fill="#a6a6a6")
        for yy in range(top, y + 1, rowh):
            d.line([0, yy, W - 1, yy], fill="#a6a6a6")
        d.rectangle([0, top, W - 1, y], outline="#595959")
    else:  # rules only: under the header and above the last row
        d.line([0, top + rowh * nhead, W - 1, top + rowh * nhead], fill="#404040", width=2)
        d.line([0, y, W - 1, y], fill="#404040", width=2)
    return img


def _wrap(text: str, f: ImageFont.FreeTypeFont, width: float) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = f"{line} {word}" if line else word
            if _w(f, cand) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


def scanned_page(
    blocks: list[Block],
    seed: str,
    dpi: int = 200,
    family: str = "LiberationSerif",
    size_pt: float = 11,
    header: str | None = None,
    footer: str | None = None,
    angle: float = 0.45,
) -> Image.Image:
    """An A4 page as a scanner gives it: greyish paper, text slightly rotated and soft, a dark edge."""
    rnd = random.Random(seed)
    k = dpi / 72
    W, Hh = round(595 * k), round(842 * k)
    img = Image.new("L", (W, Hh), 255)
    d = ImageDraw.Draw(img)
    left, right, top = 70 * k, 525 * k, 75 * k
    px = round(size_pt * k)
    fr, _fb = font(family, px), font(family, px, "b")
    y = top
    if header:
        d.text((left, 40 * k), header, fill=40, font=font(family, round(8.5 * k)))
    for b in blocks:
        if isinstance(b, H):
            fh = font(family, round((15 - 2 * b.level) * k), "b")
            y += px * 0.6
            for line in _wrap(b.full, fh, right - left):
                d.text((left, y), line, fill=20, font=fh)
                y += fh.size * 1.3
            y += px * 0.2
        elif isinstance(b, P | Bullets):
            items = b.items if isinstance(b, Bullets) else [b.body]
            for it in items:
                ind = px * 1.2 if isinstance(b, Bullets) else 0
                if ind:
                    d.text((left + px * 0.3, y), "•", fill=20, font=fr)
                for line in _wrap(it, fr, right - left - ind):
                    d.text((left + ind, y), line, fill=20, font=fr)
                    y += px * 1.35
                y += px * 0.5
        elif isinstance(b, Table):
            tim = table_image(
                b,
                (right - left) / k,
                dpi=dpi,
                family="LiberationSans",
                size_pt=size_pt - 0.5,
                head_bg="#E6E6E6",
                total_bg="#FFFFFF",
                grid=False,
            ).convert("L")
            img.paste(tim, (round(left), round(y + px * 0.3)))
            y += tim.height + px * 1.2
    if footer:
        d.text((left, 800 * k), footer, fill=40, font=font(family, round(8.5 * k)))
    # the scanner: paper tone, slight skew, softness, a shadow along one edge, a few specks
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    paper = Image.new("L", img.size, 236)
    img = Image.eval(img, lambda v: int(v * 0.85 + 12))  # lift black, darken white a little
    img = Image.composite(img, paper, Image.new("L", img.size, 255))
    d = ImageDraw.Draw(img)
    for i in range(18):
        d.line([(W - 18 + i, 0), (W - 18 + i, Hh)], fill=236 - (i * 9))
    for _ in range(60):
        x, yy = rnd.randrange(W), rnd.randrange(Hh)
        r = rnd.choice((1, 1, 2))
        d.ellipse([x, yy, x + r, yy + r], fill=rnd.randrange(90, 180))
    return img


def save_jpeg(img: Image.Image, path: Path, quality: int = 55) -> Path:
    img.save(path, "JPEG", quality=quality, optimize=True, progressive=False)
    return path

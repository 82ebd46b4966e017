"""reportlab back-end: Platypus documents plus the low-level text drawing that trips naive readers.

- `KPara` draws a paragraph line by line itself: as TJ arrays with small kerns inside words and
  numbers ("202" -70 "6"), or glyph by glyph with a gap (letter-spaced old exports), or in pieces.
  pdftotext still reads the words whole; a reader that splits at every gap does not.
- `Circle` is a filled vector circle (green/yellow/red), the only assessment of a goal.
- page furniture (headers, footers, "Sida 3 av 12") is drawn after the build, when the page
  count is known.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable
from reportlab.platypus.tableofcontents import TableOfContents

from .model import TOC, Block, Bullets, Custom, Doc, H, P, Scan, Table
from .model import PageBreak as MPageBreak

FONT_FILES = {
    "Carlito": (
        "crosextra/Carlito-Regular",
        "crosextra/Carlito-Bold",
        "crosextra/Carlito-Italic",
        "crosextra/Carlito-BoldItalic",
    ),
    "LiberationSans": (
        "liberation/LiberationSans-Regular",
        "liberation/LiberationSans-Bold",
        "liberation/LiberationSans-Italic",
        "liberation/LiberationSans-BoldItalic",
    ),
    "LiberationSerif": (
        "liberation/LiberationSerif-Regular",
        "liberation/LiberationSerif-Bold",
        "liberation/LiberationSerif-Italic",
        "liberation/LiberationSerif-BoldItalic",
    ),
    "DejaVuSans": (
        "dejavu/DejaVuSans",
        "dejavu/DejaVuSans-Bold",
        "dejavu/DejaVuSans-Oblique",
        "dejavu/DejaVuSans-BoldOblique",
    ),
    "DejaVuSansCondensed": (
        "dejavu/DejaVuSansCondensed",
        "dejavu/DejaVuSansCondensed-Bold",
        "dejavu/DejaVuSansCondensed-Oblique",
        "dejavu/DejaVuSansCondensed-BoldOblique",
    ),
}


def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping

    for fam, files in FONT_FILES.items():
        if fam in pdfmetrics.getRegisteredFontNames():
            continue
        names = [fam, f"{fam}-Bold", f"{fam}-Italic", f"{fam}-BoldItalic"]
        for n, f in zip(names, files, strict=True):
            pdfmetrics.registerFont(TTFont(n, f"/usr/share/fonts/truetype/{f}.ttf"))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])


register_fonts()


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


# ------------------------------------------------------------------ low-level text


def emit_tj(
    c: rl_canvas.Canvas,
    x: float,
    y: float,
    parts: list[str | float],
    font: str,
    size: float,
    fill: Any = None,
) -> float:
    """Draw `parts` (strings and kerns in 1/1000 em, PDF sign: negative moves right) as one TJ
    array per font subset. Returns the width drawn."""
    f = pdfmetrics.getFont(font)
    doc = c._doc
    code = ["BT"]
    if fill is not None:
        c.setFillColor(fill)
    code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
    cur = None
    arr: list[str] = []
    width = 0.0

    def flush() -> None:
        if arr:
            code.append("[" + " ".join(arr) + "] TJ")
            arr.clear()

    cap = 900 / size  # no kern wider than 0.9 pt, whatever the size
    for p in parts:
        if isinstance(p, int | float):
            p = max(-cap, min(cap, p))
            arr.append(f"{p:.0f}")
            width -= p * size / 1000
            continue
        width += sw(p, font, size)
        for subset, t in f.splitString(p, doc):
            if subset != cur:
                flush()
                code.append(f"{f.getSubsetInternalName(subset, doc)} {size:g} Tf")
                cur = subset
            arr.append("(" + c._escape(t) + ")")
    flush()
    code.append("ET")
    c._code.append(" ".join(code))
    return width


def emit_glyphs(
    c: rl_canvas.Canvas, x: float, y: float, text: str, font: str, size: float, gap: float
) -> float:
    """Each glyph its own text object at its own position, `gap` points apart (an old export)."""
    x0 = x
    for ch in text:
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += sw(ch, font, size) + gap
    return x - x0


def glyphs_width(text: str, font: str, size: float, gap: float) -> float:
    return sum(sw(ch, font, size) + gap for ch in text)


DIGITS = re.compile(r"\d")


def kern_parts(
    text: str,
    rnd: random.Random,
    rate: float = 0.35,
    gap: tuple[int, int] = (55, 85),
    split_words: tuple[str, ...] = (),
) -> list[str | float]:
    """Split `text` into TJ parts with small opening kerns: inside numbers of 3+ digits (one per
    number), after a minus sign, around decimal commas, and inside the words listed in
    `split_words` (given with a "|" where the kern goes). Spaces stay glyphs."""
    marks = {w.replace("|", ""): w.index("|") for w in split_words}
    out: list[str | float] = []
    buf = ""
    for tok in re.split(r"(\s+)", text):
        if not tok:
            continue
        if tok.isspace():
            buf += tok
            continue
        core = tok.strip(".,:;()")
        if core in marks:
            i = tok.index(core) + marks[core]
            out += [buf + tok[:i], -rnd.randint(*gap)]
            buf = tok[i:]
            continue
        digits = [m.start() for m in DIGITS.finditer(tok)]
        if len(digits) >= 3 and rnd.random() < rate + 0.4:
            pos = rnd.choice(digits[1:])
            if tok[0] in "−-" and rnd.random() < 0.6:
                out += [buf + tok[0], -rnd.randint(*gap)]
                buf, tok, pos = "", tok[1:], pos - 1
            if "," in tok and rnd.random() < 0.5:
                i = tok.index(",")
                out += [buf + tok[:i], -rnd.randint(*gap), ",", -rnd.randint(*gap)]
                buf, tok = "", tok[i + 1 :]
                buf = tok
                continue
            out += [buf + tok[:pos], -rnd.randint(*gap)]
            buf = tok[pos:]
            continue
        if len(tok) > 5 and rnd.random() < rate * 0.25:
            i = rnd.randint(2, len(tok) - 2)
            out += [buf + tok[:i], rnd.choice((-1, 1)) * rnd.randint(20, 45)]
            buf = tok[i:]
            continue
        buf += tok
    if buf:
        out.append(buf)
    return out


class KPara(Flowable):
    """A paragraph drawn by hand: mode "tj" (kerned TJ arrays), "glyphs" (one glyph at a time,
    letter-spaced) or "plain". Wraps at spaces; `align` left/right/center."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        leading: float | None = None,
        mode: str = "tj",
        gap: float = 2.0,
        seed: str = "",
        split_words: tuple[str, ...] = (),
        align: str = "left",
        color: Any = colors.black,
        space_after: float = 4,
        rate: float = 0.35,
    ) -> None:
        super().__init__()
        self.text, self.font, self.size = text, font, size
        self.leading = leading or size * 1.3
        self.mode, self.gap, self.align, self.color = mode, gap, align, color
        self.rnd = random.Random(seed + text)
        self.split_words = split_words
        self.space_after = space_after
        self.rate = rate
        self.lines: list[str] = []

    def _width(self, s: str) -> float:
        if self.mode in ("glyphs", "tc"):
            return glyphs_width(s, self.font, self.size, self.gap)
        return sw(s, self.font, self.size)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.lines = []
        for para in self.text.split("\n"):
            line = ""
            for word in para.split(" "):
                cand = f"{line} {word}" if line else word
                if self._width(cand) <= aw or not line:
                    line = cand
                else:
                    self.lines.append(line)
                    line = word
            self.lines.append(line)
        self.aw = aw
        if self.align == "left":
            self.width = aw
        else:
            self.width = aw
        return aw, self.leading * len(self.lines) + self.space_after

    def draw(self) -> None:
        c = self.canv
        y = (
            self.leading * (len(self.lines) - 1)
            + self.space_after
            + (self.leading - self.size) * 0.3
        )
        for line in self.lines:
            w = self._width(line)
            x = {"left": 0, "right": self.aw - w, "center": (self.aw - w) / 2}[self.align]
            c.setFillColor(self.color)
            if self.mode == "glyphs":
                emit_glyphs(c, x, y, line, self.font, self.size, self.gap)
            elif self.mode == "tc":  # letter-spacing by the PDF's character spacing operator
                t = c.beginText(x, y)
                t.setFont(self.font, self.size)
                t.setCharSpace(self.gap)
                t.textOut(line)
                t.setCharSpace(0)
                c.drawText(t)
            elif self.mode == "tj":
                emit_tj(
                    c,
                    x,
                    y,
                    kern_parts(line, self.rnd, self.rate, split_words=self.split_words),
                    self.font,
                    self.size,
                )
            else:
                c.setFont(self.font, self.size)
                c.drawString(x, y, line)
            y -= self.leading


class Circle(Flowable):
    """A filled circle (a goal's assessment as a traffic light)."""

    def __init__(self, color: Any, d: float = 9, outline: Any = None) -> None:
        super().__init__()
        self.color, self.d, self.outline = color, d, outline
        self.width = self.height = d

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.d, self.d

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.color)
        c.setStrokeColor(self.outline or self.color)
        c.setLineWidth(0.6)
        c.circle(self.d / 2, self.d / 2, self.d / 2 - 0.3, stroke=1, fill=1)


# ------------------------------------------------------------------ page furniture


def furniture_canvas(draw: Callable[[rl_canvas.Canvas, int, int, dict], None]) -> type:
    """A canvas class that draws headers/footers once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a: Any, **kw: Any) -> None:
            kw.setdefault("invariant", 1)
            super().__init__(*a, **kw)
            self._pages: list[dict] = []
            self.page_flags: dict = {}

        def showPage(self) -> None:  # noqa: N802
            self._pages.append({"state": dict(self.__dict__), "flags": dict(self.page_flags)})
            self.page_flags = {}
            self._startPage()

        def save(self) -> None:
            n = len(self._pages)
            for i, p in enumerate(self._pages):
                self.__dict__.update(p["state"])
                draw(self, i + 1, n, p["flags"])
                super().showPage()
            super().save()

    return NumberedCanvas


def hf_text(
    c: rl_canvas.Canvas,
    template: str,
    y: float,
    page: int,
    pages: int,
    font: str,
    size: float,
    left: float,
    right: float,
    color: Any = colors.black,
) -> None:
    """Draw "left\tcentre\tright" with {page} and {pages} filled in."""
    parts = template.format(page=page, pages=pages).split("\t")
    c.setFont(font, size)
    c.setFillColor(color)
    if len(parts) == 1:
        c.drawString(left, y, parts[0])
    elif len(parts) == 2:
        c.drawString(left, y, parts[0])
        c.drawRightString(right, y, parts[1])
    else:
        c.drawString(left, y, parts[0])
        c.drawCentredString((left + right) / 2, y, parts[1])
        c.drawRightString(right, y, parts[2])


# ------------------------------------------------------------------ the Platypus document


class Marker(Flowable):
    """Zero-size flowable setting flags for the page it lands on (skip furniture, ...)."""

    def __init__(self, **flags: Any) -> None:
        super().__init__()
        self.flags = flags

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_flags.update(self.flags)


DEFAULTS: dict[str, Any] = {
    "font": "LiberationSans",
    "size": 10,
    "leading": 13.5,
    "hfont": None,
    "h_sizes": {1: 16, 2: 12.5, 3: 11},
    "hcolor": colors.black,
    "color": colors.black,
    "margins": (2.2 * cm, 2.0 * cm, 2.2 * cm, 2.2 * cm),  # top bottom left right
    "columns": 1,
    "col_gap": 0.8 * cm,
    "justify": False,
    "header": None,
    "footer": None,
    "hf_font": None,
    "hf_size": 8,
    "hf_color": colors.HexColor("#404040"),
    "hf_rule": False,
    "table_size": 8.8,
    "table_font": None,
    "table_rules": "rules",
    "table_head_bg": None,
    "table_head_color": colors.black,
    "zebra": None,
    "para_space": 5,
    "toc_title": "Innehåll",
}


class RLDoc:
    def __init__(self, doc: Doc, opts: dict | None = None) -> None:
        self.doc = doc
        self.o = {**DEFAULTS, **(doc.options.get("rl") or {}), **(opts or {})}
        self.custom: dict[str, Callable[[Custom], list[Flowable]]] = {}
        o = self.o
        self.font = o["font"]
        self.hfont = o["hfont"] or o["font"]
        self.tfont = o["table_font"] or o["font"]
        self.styles = self._styles()
        self.paragraph_factory: Callable[[P], Flowable] | None = None
        self.heading_factory: Callable[[H], Flowable] | None = None
        self.cell_factory: Callable[[str, bool, bool], Flowable] | None = None
        self.scan_pages: list[Any] = []

    # -------------------------------------------------------------- styles
    def _styles(self) -> dict[str, ParagraphStyle]:
        o = self.o
        base = ParagraphStyle(
            "body",
            fontName=self.font,
            fontSize=o["size"],
            leading=o["leading"],
            textColor=o["color"],
            spaceAfter=o["para_space"],
            alignment=TA_JUSTIFY if o["justify"] else TA_LEFT,
        )
        st = {"body": base}
        for lvl, size in o["h_sizes"].items():
            st[f"h{lvl}"] = ParagraphStyle(
                f"h{lvl}",
                parent=base,
                fontName=f"{self.hfont}-Bold",
                fontSize=size,
                leading=size * 1.25,
                textColor=o["hcolor"],
                spaceBefore=size * 0.8,
                spaceAfter=size * 0.35,
                alignment=TA_LEFT,
                keepWithNext=1,
            )
        st["title"] = ParagraphStyle(
            "title",
            parent=base,
            fontName=f"{self.hfont}-Bold",
            fontSize=28,
            leading=34,
            textColor=o["hcolor"],
            spaceBefore=0,
            spaceAfter=12,
            alignment=TA_LEFT,
        )
        st["subtitle"] = ParagraphStyle(
            "subtitle",
            parent=base,
            fontName=self.hfont,
            fontSize=16,
            leading=21,
            textColor=o["hcolor"],
            spaceAfter=8,
            alignment=TA_LEFT,
        )
        st["meta"] = ParagraphStyle(
            "meta", parent=base, fontSize=o["size"] - 1, leading=o["leading"] - 1.5, spaceAfter=1
        )
        st["lead"] = ParagraphStyle(
            "lead",
            parent=base,
            fontName=f"{self.font}-Italic",
            fontSize=o["size"] + 1,
            leading=o["leading"] + 1.5,
        )
        st["small"] = ParagraphStyle(
            "small", parent=base, fontSize=o["size"] - 1.5, leading=o["leading"] - 2.5
        )
        st["note"] = ParagraphStyle(
            "note",
            parent=base,
            fontName=f"{self.font}-Italic",
            fontSize=o["size"] - 2,
            leading=o["leading"] - 3,
            spaceAfter=8,
            alignment=TA_LEFT,
        )
        st["caption"] = ParagraphStyle(
            "caption",
            parent=base,
            fontName=f"{self.font}-Bold",
            fontSize=o["size"] - 0.5,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
            alignment=TA_LEFT,
        )
        st["status"] = ParagraphStyle("status", parent=base, fontName=f"{self.font}-Bold")
        st["quote"] = ParagraphStyle(
            "quote",
            parent=base,
            fontName=f"{self.font}-Italic",
            leftIndent=18,
            rightIndent=18,
            backColor=colors.HexColor("#F2F2F2"),
            borderPadding=5,
            spaceBefore=4,
            spaceAfter=9,
        )
        st["cell"] = ParagraphStyle(
            "cell",
            parent=base,
            fontName=self.tfont,
            fontSize=o["table_size"],
            leading=o["table_size"] * 1.22,
            spaceAfter=0,
            alignment=TA_LEFT,
        )
        st["cellr"] = ParagraphStyle("cellr", parent=st["cell"], alignment=TA_RIGHT)
        st["cellb"] = ParagraphStyle("cellb", parent=st["cell"], fontName=f"{self.tfont}-Bold")
        st["cellbr"] = ParagraphStyle("cellbr", parent=st["cellb"], alignment=TA_RIGHT)
        for lvl in (1, 2, 3):
            st[f"toc{lvl}"] = ParagraphStyle(
                f"toc{lvl}",
                parent=base,
                fontName=self.font if lvl > 1 else f"{self.font}-Bold",
                fontSize=o["size"],
                leading=o["leading"] + 1,
                leftIndent=14 * (lvl - 1),
                firstLineIndent=0,
                spaceAfter=1,
            )
        return st

    # -------------------------------------------------------------- blocks → flowables
    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), self.styles[style])

    def flowables(self, blocks: list[Block]) -> list[Flowable]:
        out: list[Flowable] = []
        for b in blocks:
            out.extend(self.block(b))
        return out

    def block(self, b: Block) -> list[Flowable]:
        if isinstance(b, H):
            if self.heading_factory:
                f = self.heading_factory(b)
            else:
                f = self.para(b.full, f"h{min(b.level, 3)}")
            f._toc = (b.level, b.full) if b.toc else None  # type: ignore[attr-defined]
            return [f]
        if isinstance(b, P):
            if self.paragraph_factory and (b.style in (None, "lead", "small")):
                return [self.paragraph_factory(b)]
            return [self.para(b.body, b.style or "body")]
        if isinstance(b, Bullets):
            items = [
                ListItem(
                    self.paragraph_factory(P(i)) if self.paragraph_factory else self.para(i),
                    leftIndent=14,
                    value="•",
                )
                for i in b.items
            ]
            return [
                ListFlowable(
                    items, bulletType="bullet", start="•", leftIndent=14, bulletFontName=self.font
                )
            ]
        if isinstance(b, MPageBreak):
            return [PageBreak()]
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, TOC):
            toc = TableOfContents(dotsMinLevel=0)
            toc.levelStyles = [self.styles["toc1"], self.styles["toc2"], self.styles["toc3"]]
            return [self.para(b.title, "h1"), toc, PageBreak()]
        if isinstance(b, Custom):
            return self.custom[b.kind](b)
        if isinstance(b, Scan):
            return [
                NextPageTemplate("scan"),
                PageBreak(),
                Marker(scan=len(self.scan_pages)),
                NextPageTemplate("normal"),
                PageBreak(),
            ]
        raise TypeError(b)

    def cell(self, s: str, right: bool, bold: bool) -> Flowable:
        if self.cell_factory:
            return self.cell_factory(s, right, bold)
        st = {
            (False, False): "cell",
            (True, False): "cellr",
            (False, True): "cellb",
            (True, True): "cellbr",
        }[(right, bold)]
        return Paragraph(escape(s).replace("\n", "<br/>"), self.styles[st])

    def table(self, t: Table, width: float | None = None) -> list[Flowable]:
        o = self.o
        width = width or self.frame_width()
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        colw = [w * width / sum(widths) for w in widths]
        data: list[list[Any]] = []
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        nhead = 0
        if any(c.group for c in t.cols):
            row: list[Any] = [""]
            col = 1
            for g, span in t.groups():
                row += [self.cell(g, False, True)] + [""] * (span - 1)
                if span > 1:
                    cmds.append(("SPAN", (col, 0), (col + span - 1, 0)))
                if g:
                    cmds.append(("LINEBELOW", (col, 0), (col + span - 1, 0), 0.5, colors.grey))
                col += span
            data.append(row)
            nhead += 1
        grid = t.header_lines()
        data.append(
            [
                self.cell("\n".join(s for s in lines if s), j > 0, True)
                for j, lines in enumerate(grid)
            ]
        )
        nhead += 1
        for k, r in enumerate(t.rows):
            i = len(data)
            if r.heading:
                data.append([self.cell(r.label, False, True)] + [""] * len(t.cols))
                cmds.append(("SPAN", (0, i), (-1, i)))
                continue
            lab = ("   " * r.indent) + r.label
            data.append(
                [self.cell(lab, False, r.total)]
                + [
                    self.cell(t.fmt_cell(r, c, v), True, r.total)
                    for c, v in zip(t.cols, r.cells, strict=True)
                ]
            )
            if r.total:
                cmds.append(("LINEABOVE", (0, i), (-1, i), 0.8, colors.black))
            if o["zebra"] and k % 2:
                cmds.append(("BACKGROUND", (0, i), (-1, i), o["zebra"]))
        if o["table_head_bg"]:
            cmds.append(("BACKGROUND", (0, 0), (-1, nhead - 1), o["table_head_bg"]))
        if o["table_rules"] == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")))
        elif o["table_rules"] == "rules":
            cmds.append(("LINEBELOW", (0, nhead - 1), (-1, nhead - 1), 0.8, colors.black))
            cmds.append(("LINEBELOW", (0, nhead), (-1, -1), 0.25, colors.HexColor("#BFBFBF")))
        tbl = RLTable(data, colWidths=colw, repeatRows=nhead, style=TableStyle(cmds), hAlign="LEFT")
        out: list[Flowable] = []
        if t.as_image:
            from . import raster

            img = raster.table_image(t, width, **(t.style and self.o.get("image_table", {}) or {}))
            bio = io.BytesIO()
            img.save(bio, "PNG", optimize=True)
            bio.seek(0)
            scale = width / img.width
            out.append(Image(bio, width=width, height=img.height * scale))
            out.append(Spacer(1, 4))
            if t.note:
                out.append(self.para(t.note, "note"))
            return [KeepTogether(out)]
        if t.caption:
            out.append(self.para(t.caption, "caption"))
        out.append(tbl)
        out.append(self.para(t.note, "note") if t.note else Spacer(1, 8))
        return out

    # -------------------------------------------------------------- build
    def frame_width(self) -> float:
        t, b, lft, r = self.o["margins"]
        full = A4[0] - lft - r
        n = self.o["columns"]
        return (full - (n - 1) * self.o["col_gap"]) / n

    def frames(self, columns: int) -> list[Frame]:
        t, b, lft, r = self.o["margins"]
        full = A4[0] - lft - r
        h = A4[1] - t - b
        if columns == 1:
            return [
                Frame(
                    lft,
                    b,
                    full,
                    h,
                    id="f1",
                    leftPadding=0,
                    rightPadding=0,
                    topPadding=0,
                    bottomPadding=0,
                )
            ]
        w = (full - (columns - 1) * self.o["col_gap"]) / columns
        return [
            Frame(
                lft + i * (w + self.o["col_gap"]),
                b,
                w,
                h,
                id=f"c{i}",
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for i in range(columns)
        ]

    def furniture(self, c: rl_canvas.Canvas, page: int, pages: int, flags: dict) -> None:
        o = self.o
        if "scan" in flags:
            img = self.scan_pages[flags["scan"]]
            c.drawImage(img, 0, 0, width=A4[0], height=A4[1])
            return
        if flags.get("plain"):
            return
        t, b, lft, r = o["margins"]
        font = o["hf_font"] or self.font
        right = A4[0] - r
        if o["header"]:
            y = A4[1] - t + 0.8 * cm
            hf_text(c, o["header"], y, page, pages, font, o["hf_size"], lft, right, o["hf_color"])
            if o["hf_rule"]:
                c.setStrokeColor(colors.grey)
                c.setLineWidth(0.5)
                c.line(lft, y - 4, right, y - 4)
        if o["footer"]:
            y = b - 1.0 * cm
            if o["hf_rule"]:
                c.setStrokeColor(colors.grey)
                c.setLineWidth(0.5)
                c.line(lft, y + 10, right, y + 10)
            hf_text(c, o["footer"], y, page, pages, font, o["hf_size"], lft, right, o["hf_color"])

    def build(
        self,
        path: Path,
        story: list[Flowable] | None = None,
        title: str | None = None,
        first_plain: bool = True,
        columns_from: int = 0,
    ) -> Path:
        """Lay out the blocks. The first page is plain (a title page) when `first_plain`."""
        story = story if story is not None else self.flowables(self.doc.blocks)
        o = self.o
        owner = self

        class Tmpl(BaseDocTemplate):
            def afterFlowable(self, f: Flowable) -> None:  # noqa: N802
                toc = getattr(f, "_toc", None)
                if toc:
                    self.notify("TOCEntry", (toc[0] - 1, toc[1], self.page))

        d = Tmpl(
            str(path),
            pagesize=A4,
            title=title or self.doc.options.get("pdf_title", self.doc.title),
            author=self.doc.options.get("pdf_author", ""),
            creator=self.doc.options.get("pdf_creator", ""),
            producer=self.doc.options.get("pdf_producer", None)
            or "ReportLab PDF Library - www.reportlab.com",
            invariant=1,
            subject="",
        )
        cols = o["columns"]
        templates = [
            PageTemplate(
                id="first",
                frames=self.frames(1),
                onPage=lambda c, _d: c.page_flags.update(plain=True),
            ),
            PageTemplate(id="normal", frames=self.frames(cols)),
            PageTemplate(id="single", frames=self.frames(1)),
            PageTemplate(id="scan", frames=self.frames(1)),
        ]
        if not first_plain:
            templates = templates[1:] + templates[:1]
        elif cols and story and not isinstance(story[0], NextPageTemplate):
            story = [NextPageTemplate("normal")] + story
        d.addPageTemplates(templates)
        canvasmaker = furniture_canvas(owner.furniture)
        if any(isinstance(f, TableOfContents) for f in story):
            d.multiBuild(story, canvasmaker=canvasmaker)
        else:
            d.build(story, canvasmaker=canvasmaker)
        return path

"""What a page draws besides text: coloured status symbols, and pictures that may hold text.

A goal-management export often gives a goal's assessment only as a coloured symbol: a
filled circle or square, drawn as a path or placed as a small image, in green, yellow
or red, or as the colour a table cell is shaded in. Such marks are read with their colour and box. Large pictures are listed too,
so that a table pasted as an image can be OCR'd or named in the warnings.
"""

from __future__ import annotations

import colorsys
import ctypes
from dataclasses import dataclass

from desktop.ingest.document import Mark
from desktop.ingest.pdf.turn import Turn

MARK_MIN, MARK_MAX = 3.0, 28.0  # points: the size of a status symbol
# points: a table cell shaded in a status colour, the assessment with no word in it
CELL_MAX_WIDTH, CELL_MAX_HEIGHT = 120.0, 60.0
# points: a short line drawn as a symbol ("–" for "Ej bedömt" in a black-and-white legend)
DASH_MIN, DASH_MAX, DASH_HEIGHT = 4.0, 16.0, 3.0
PICTURE_MIN_AREA = 0.04  # of the page: a picture this large may be a table or a scan
MAX_OBJECTS = 20000  # a page drawn with more objects is not looked through


RULE_MAX_HEIGHT = 2.0  # points: a drawn path this thin ...
STROKE_MIN_WIDTH = 2.0  # points: a thin line this wide may strike out or underline a word
RULE_MIN_WIDTH = 40.0  # ... and at least this wide is a rule under a table's row
# points, and of the page's width: a box this wide, and narrow enough to have another
# beside it, may be (part of) a panel of text: a card of a scorecard, its title's band
PANEL_MIN_WIDTH, PANEL_MIN_HEIGHT, PANEL_MAX_SHARE = 150.0, 10.0, 0.7
SIDE_BOX_MIN_WIDTH = 90.0  # points: a box of facts beside the text may be this narrow


@dataclass(frozen=True)
class Rule:
    """A horizontal line drawn on a page, in points from the page's top-left corner."""

    page: int  # 0-based
    x0: float
    x1: float
    y: float


@dataclass(frozen=True)
class Panel:
    """A box drawn on a page that may hold text of its own, in points from the page's
    top-left corner."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Picture:
    """A large image on a page, in points from the page's top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


def colour_name(r: int, g: int, b: int) -> str | None:
    """A status colour from RGB: green, yellow, red, blue, or a mid grey ("Ej bedömt" in a
    legend of four); None for black, white, pale tints and other colours."""
    h, s, v = colorsys.rgb_to_hsv(r / 255, g / 255, b / 255)
    if s < 0.12 and 0.3 <= v <= 0.8:
        return "grey"
    if s < 0.35 or v < 0.3:
        return None
    degrees = h * 360
    if degrees < 18 or degrees >= 335:
        return "red"
    if degrees < 70:  # amber, orange and yellow all say "partly"
        return "yellow"
    if degrees < 170:
        return "green"
    if 190 <= degrees < 250:
        return "blue"
    return None


# A page draws its text, lines and boxes as hundreds of objects, and most are only asked
# their type: these two are called through prototypes with plain addresses, which costs
# half of pypdfium2's typed bindings, and keep the interpreter's lock as `charboxes`' do;
# the few objects asked more are typed again.
_GET_OBJECT = ctypes.PYFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_GET_TYPE = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p)


@dataclass
class PageObjects:
    """What one page draws besides its text."""

    marks: list[Mark]
    pictures: list[Picture]
    rules: list[Rule]  # wide enough to stand under a table's row
    panels: list[Panel]
    strokes: list[Rule]  # every thin horizontal line, short ones too (under or through words)


def page_objects(
    page, index: int, size: tuple[float, float], turn: Turn | None = None
) -> PageObjects:
    """The coloured marks, the large pictures, the horizontal rules and strokes and the
    boxes large enough to hold text of one page of `size` (width, height); on a page whose
    text is turned (`turn`), where they stand on the page turned back."""
    import pypdfium2.raw as raw

    get_object = _GET_OBJECT(ctypes.cast(raw.FPDFPage_GetObject, ctypes.c_void_p).value or 0)
    get_type = _GET_TYPE(ctypes.cast(raw.FPDFPageObj_GetType, ctypes.c_void_p).value or 0)
    marks: list[Mark] = []
    pictures: list[Picture] = []
    rules: list[Rule] = []
    panels: list[Panel] = []
    strokes: list[Rule] = []
    width, height = size
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    seen = 0

    def visit(address: int | None) -> None:
        nonlocal seen
        seen += 1
        if seen > MAX_OBJECTS:
            return
        kind = get_type(address)
        if kind not in (raw.FPDF_PAGEOBJ_FORM, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            return
        obj = ctypes.cast(address or 0, raw.FPDF_PAGEOBJECT)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            for i in range(raw.FPDFFormObj_CountObjects(obj)):
                visit(ctypes.cast(raw.FPDFFormObj_GetObject(obj, i), ctypes.c_void_p).value)
            return
        if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        if turn is not None:
            x0, y0, x1, y1 = turn.box(x0, y0, x1, y1)
        w, h = x1 - x0, y1 - y0
        box = (x0, height - y1, x1, height - y0)
        if kind == raw.FPDF_PAGEOBJ_IMAGE and w * h >= PICTURE_MIN_AREA * width * height:
            pictures.append(Picture(index + 1, *box))
            return
        if kind == raw.FPDF_PAGEOBJ_PATH and h <= RULE_MAX_HEIGHT and w >= STROKE_MIN_WIDTH:
            strokes.append(Rule(index, x0, x1, height - (y1 + y0) / 2))
        if kind == raw.FPDF_PAGEOBJ_PATH and h <= RULE_MAX_HEIGHT and w >= RULE_MIN_WIDTH:
            rules.append(Rule(index, x0, x1, height - (y1 + y0) / 2))
            return
        if (
            kind == raw.FPDF_PAGEOBJ_PATH
            and SIDE_BOX_MIN_WIDTH <= w <= PANEL_MAX_SHARE * width
            and h >= PANEL_MIN_HEIGHT
        ):
            panels.append(Panel(*box))
            if w >= PANEL_MIN_WIDTH:
                return  # narrower, it may be a table's shaded cell too
        symbol = MARK_MIN <= w <= MARK_MAX and MARK_MIN <= h <= MARK_MAX and 0.6 <= w / h <= 1.6
        shading = (
            kind == raw.FPDF_PAGEOBJ_PATH
            and MARK_MIN <= w <= CELL_MAX_WIDTH
            and (MARK_MIN <= h <= CELL_MAX_HEIGHT)
        )
        half = kind == raw.FPDF_PAGEOBJ_PATH and MARK_MIN <= h <= MARK_MAX and 0.3 <= w / h < 0.6
        dash = kind == raw.FPDF_PAGEOBJ_PATH and DASH_MIN <= w <= DASH_MAX and h <= DASH_HEIGHT
        if not (symbol or shading or half or dash):
            return
        colour = None
        if kind == raw.FPDF_PAGEOBJ_PATH:
            fill = ctypes.c_int()
            stroke = ctypes.c_int()
            raw.FPDFPath_GetDrawMode(obj, fill, stroke)
            filled = fill.value and raw.FPDFPageObj_GetFillColor(obj, r, g, b, a) and a.value > 128
            if filled and (symbol or shading):
                colour = colour_name(r.value, g.value, b.value)
            if colour is None and (symbol or half or dash):  # printed for black and white
                shape = "half" if half else "dash" if dash else "filled"
                if filled and _dark(r.value, g.value, b.value):
                    colour = shape
                elif stroke.value and raw.FPDFPageObj_GetStrokeColor(obj, r, g, b, a):
                    dark = a.value > 128 and _dark(r.value, g.value, b.value)
                    colour = ("ring" if symbol else shape) if dark else None
        else:
            colour = _image_colour(obj)
        if colour:
            marks.append(Mark(colour, index + 1, *box))  # type: ignore[arg-type]

    handle = ctypes.cast(page.raw, ctypes.c_void_p).value or 0
    for i in range(raw.FPDFPage_CountObjects(page)):
        visit(get_object(handle, i))
    return PageObjects(_merge(_halves(marks)), pictures, rules, panels, strokes)


def _dark(r: int, g: int, b: int) -> bool:
    """Black or near it: a symbol printed for black-and-white paper."""
    return max(r, g, b) < 80


def _halves(marks: list[Mark]) -> list[Mark]:
    """A ring with half of it filled ("◐", drawn as a ring and a half disc) is one mark,
    a "half"; a half disc with no ring around it is none."""
    rings = [m for m in marks if m.colour == "ring"]
    out = []
    for mark in marks:
        if mark.colour == "half":
            ring = next((m for m in rings if _inside(mark, m)), None)
            if ring is not None:
                out.append(Mark("half", ring.page, ring.x0, ring.top, ring.x1, ring.bottom))
            continue
        if mark.colour == "ring" and any(m.colour == "half" and _inside(m, mark) for m in marks):
            continue
        out.append(mark)
    return out


def _inside(inner: Mark, outer: Mark) -> bool:
    return (
        inner.page == outer.page
        and outer.x0 - 1 <= inner.x0
        and inner.x1 <= outer.x1 + 1
        and outer.top - 1 <= inner.top
        and inner.bottom <= outer.bottom + 1
    )


def _image_colour(obj) -> str | None:
    """The status colour most of a small image's coloured pixels have."""
    import pypdfium2.raw as raw

    bitmap = raw.FPDFImageObj_GetBitmap(obj)
    if not bitmap:
        return None
    try:
        fmt = raw.FPDFBitmap_GetFormat(bitmap)
        width, height = raw.FPDFBitmap_GetWidth(bitmap), raw.FPDFBitmap_GetHeight(bitmap)
        stride = raw.FPDFBitmap_GetStride(bitmap)
        if (
            fmt not in (raw.FPDFBitmap_BGR, raw.FPDFBitmap_BGRx, raw.FPDFBitmap_BGRA)
            or width * height > 250_000
        ):
            return None
        channels = 3 if fmt == raw.FPDFBitmap_BGR else 4
        buffer = ctypes.cast(
            raw.FPDFBitmap_GetBuffer(bitmap), ctypes.POINTER(ctypes.c_ubyte * (stride * height))
        )
        data = bytes(buffer.contents)
    finally:
        raw.FPDFBitmap_Destroy(bitmap)
    counts: dict[str, int] = {}
    step = max(1, (width * height) // 2000)
    n = 0
    for y in range(height):
        row = y * stride
        for x in range(0, width, 1):
            n += 1
            if n % step:
                continue
            p = row + x * channels
            name = colour_name(data[p + 2], data[p + 1], data[p])
            if name:
                counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] * step >= 0.15 * width * height else None


def _merge(marks: list[Mark]) -> list[Mark]:
    """One mark per symbol: a circle drawn as a fill and a ring is one mark."""
    out: list[Mark] = []
    for mark in marks:
        if any(
            m.colour == mark.colour and abs(m.x0 - mark.x0) < 4 and abs(m.top - mark.top) < 4
            for m in out
        ):
            continue
        out.append(mark)
    return out

"""Status symbols printed as characters: a "●" or "■" in the text, filled green, yellow or red.

Goal-management exports draw a status light as a shape or a picture (read in `objects`),
but some print it as a glyph of the text itself, coloured by its fill: "● Uppnått" in a
legend, a "●" in each goal's status column. Such a glyph is read as a mark with the
colour it is printed in, like a drawn one (a mid grey one says "not assessed" in a
legend's terms); a black glyph is a bullet, no mark.
"""

from __future__ import annotations

import ctypes

from desktop.ingest.document import STATUS_GLYPHS, Mark
from desktop.ingest.pdf.lines import Line
from desktop.ingest.pdf.objects import colour_name
from desktop.ingest.pdf.words import Word


def glyph_marks(textpage, words: list[Word], page: int) -> list[Mark]:
    """The coloured status glyphs among a page's words, as marks (`page` counts from 1)."""
    import pypdfium2.raw as raw

    marks: list[Mark] = []
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for word in words:
        # the first character asked first: a page has thousands of words and few glyphs
        if not word.text or word.text[0] not in STATUS_GLYPHS:
            continue
        if word.ocr or not set(word.text) <= STATUS_GLYPHS:
            continue
        if not raw.FPDFText_GetFillColor(textpage, word.index, r, g, b, a) or a.value < 128:
            continue
        colour = colour_name(r.value, g.value, b.value) or _grey(r.value, g.value, b.value)
        if colour:
            marks.append(Mark(colour, page, word.x0, word.top, word.x1, word.bottom))  # type: ignore[arg-type]
    return marks


STATUS_COLOURS = ("green", "yellow", "red")
MAX_TITLE_LINE = 200  # characters: a longer bold line is no title


def coloured_lines(textpage, lines: list[Line], page: int) -> list[Mark]:
    """Bold lines printed in a status colour (a goal's title in green, orange or red), as
    marks over their first word; asked of the first and the last word's first letter."""
    import pypdfium2.raw as raw

    marks: list[Mark] = []
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for line in lines:
        if not line.bold or len(line.text) > MAX_TITLE_LINE:
            continue
        colours = []
        for word in (line.words[0], line.words[-1]):
            if not word.ocr and raw.FPDFText_GetFillColor(textpage, word.index, r, g, b, a):
                colours.append(colour_name(r.value, g.value, b.value))
        if (
            len(colours) == 2
            and colours[0] == colours[1]
            and (colour := colours[0]) in STATUS_COLOURS
        ):
            first = line.words[0]
            marks.append(Mark(colour, page, first.x0, line.top, first.x1, line.bottom, "text"))  # type: ignore[arg-type]
    return marks


def _grey(r: int, g: int, b: int) -> str | None:
    """A mid grey glyph is a status light too ("● Ej bedömt"); a black one is a bullet."""
    if max(r, g, b) - min(r, g, b) <= 30 and 90 <= (r + g + b) / 3 <= 220:
        return "grey"
    return None

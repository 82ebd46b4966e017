"""A box of facts set beside the text, read after the page's text.

Designed reports put a narrow shaded box at the side of a page ("I korthet", "Fakta",
"Viktiga händelser": a few short lines in small type) beside the running text. Read line
by line across the page, its lines land inside the paragraphs, headings and tables beside
it ("3.2 Vuxna och försörjning I korthet", a drift table with a column of the box's
figures). Such a box is read on its own, after the rest of the page, as a reader of the
page does, and its lines are marked `aside`: never a heading, never part of a paragraph
of the text beside it.

A box is a side box when it is narrow and stands in one half of the page, not inside a
column of text (text just above and below it across its width), holds two lines or more
of words (not a table's shaded column of figures), has prose beside it,
and its lines mostly stand on baselines of their own (a table's shaded column shares
each of its rows' baselines with the cells beside it).
"""

from __future__ import annotations

import re
from functools import cache

from desktop.ingest.pdf.lines import Box, Line, _prose, panel_rows, reading_order
from desktop.ingest.pdf.objects import Panel
from desktop.ingest.pdf.words import Word
from desktop.ingest.vocabulary import data

MAX_SHARE = 0.4  # of the page's width: a wider box is no side box
MIN_HEIGHT = 36.0  # points: a box holds a few lines at least
MIN_LINES = 2
# at most this share of the box's lines may stand on the baseline of words beside the box,
# as a table's cells stand on their row's (the box's lines and the text's are set apart)
SHARED_LINES, SAME_BASELINE = 0.5, 0.5
PROSE_BESIDE = 2  # lines of prose beside the box at least
NEAR = 24.0  # points: text this close above and below a box runs on in its column


def page_in_reading_order(
    lines: list[Line], page_width: float, panels: list[Panel], grids: list[Box]
) -> list[Line]:
    """A page's lines in reading order (`lines.reading_order`), a side box's lines after
    the rest of the page; on a page of panels side by side, panel by panel."""
    box = None if panel_rows(panels) else side_box(lines, page_width, panels)
    if box is None:
        return reading_order(lines, page_width, panels, grids)
    main, aside = apart(lines, box)
    return reading_order(main, page_width, [], grids) + without_balloons(aside)


@cache
def _balloon() -> re.Pattern[str]:
    labels = sorted(data("markup")["balloon_labels"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, labels))})(?:\s*\[[^\]]*\])?\s*(?::|$)")


def without_balloons(aside: list[Line]) -> list[Line]:
    """The lines of a side box without a draft's balloons: Word prints a draft's comments
    and changes in boxes beside the page ("Kommenterad [AN1]: …", "Borttaget: 2025"), which
    are no part of the report. A balloon runs from its label's line over the lines set
    close below it."""
    kept: list[Line] = []
    in_balloon = False
    previous: Line | None = None
    for line in aside:
        if _balloon().match(line.text):
            in_balloon = True
        elif in_balloon and previous is not None and line.top - previous.bottom > 0.8 * line.size:
            in_balloon = False
        if not in_balloon:
            kept.append(line)
        previous = line
    return kept


def side_box(lines: list[Line], page_width: float, panels: list[Panel]) -> Panel | None:
    """The one box of the page that is a side box, if there is exactly one."""
    found = [p for p in _outer(panels) if _is_side_box(lines, page_width, p)]
    return found[0] if len(found) == 1 else None


def apart(lines: list[Line], box: Panel) -> tuple[list[Line], list[Line]]:
    """The page's lines without the box's words, and the box's lines (marked `aside`)."""
    main: list[Line] = []
    aside: list[Line] = []
    for line in lines:
        inside = [w for w in line.words if _inside(w, box)]
        if not inside:
            main.append(line)
            continue
        outside = [w for w in line.words if not _inside(w, box)]
        if outside:
            main.append(Line(outside, line.page))
        aside.append(Line(inside, line.page, aside=True))
    return main, aside


def _outer(panels: list[Panel]) -> list[Panel]:
    """The boxes not inside another box (a box drawn twice, fill and border, once)."""
    unique = list(dict.fromkeys(panels))
    return [
        p
        for p in unique
        if not any(
            q is not p and q.x0 <= p.x0 and p.x1 <= q.x1 and q.top <= p.top and p.bottom <= q.bottom
            for q in unique
        )
    ]


def _is_side_box(lines: list[Line], page_width: float, box: Panel) -> bool:
    width = box.x1 - box.x0
    if width > MAX_SHARE * page_width or box.bottom - box.top < MIN_HEIGHT:
        return False
    right = box.x0 >= page_width / 2
    if not right and box.x1 > page_width / 2:
        return False  # across the middle of the page
    if _in_column(lines, box):
        return False
    edge = box.x0 if right else box.x1  # the side that faces the text
    inside_lines = shared = 0
    letters = digits = 0
    beside = 0
    for line in lines:
        if line.bottom < box.top or line.top > box.bottom:
            continue
        inside = [w for w in line.words if _inside(w, box)]
        outside = [w for w in line.words if not _inside(w, box)]
        if any(w.x0 < edge < w.x1 for w in line.words):
            return False  # a word across the box's edge: the box is behind the text
        if inside:
            inside_lines += 1
            shared += any(
                abs(w.baseline - v.baseline) <= SAME_BASELINE for w in inside for v in outside
            )
            text = "".join(w.text for w in inside)
            letters += sum(ch.isalpha() for ch in text)
            digits += sum(ch.isdigit() for ch in text)
        if outside:
            beside += sum(1 for s in Line(outside, line.page).segments if _prose(s))
    return (
        inside_lines >= MIN_LINES
        and letters > digits
        and shared <= SHARED_LINES * inside_lines
        and beside >= PROSE_BESIDE
    )


def _in_column(lines: list[Line], box: Panel) -> bool:
    """Whether text runs just above and just below the box across its width: a quote or
    a fact box set inside a column of text, read where it stands, not beside the text."""

    def across(line: Line) -> bool:
        width = sum(w.x1 - w.x0 for w in line.words if box.x0 <= (w.x0 + w.x1) / 2 <= box.x1)
        return width >= 0.5 * (box.x1 - box.x0)

    above = any(0 <= box.top - line.bottom <= NEAR and across(line) for line in lines)
    below = any(0 <= line.top - box.bottom <= NEAR and across(line) for line in lines)
    return above and below


def _inside(word: Word, box: Panel) -> bool:
    x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return box.x0 <= x <= box.x1 and box.top <= y <= box.bottom

"""Words of a page grouped into printed lines, cut into segments, and put in reading order.

A line is the words that share a baseline. A segment is a run of words in a line with
no wider gap than a few spaces: the cells of a table row, or the two halves of a line
of a two-column page. Columns are found from the gutter that the prose of both columns
leaves free on many lines; each band of the page between full-width lines is then read
column by column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import attrgetter

from desktop.ingest.pdf.objects import PANEL_MIN_WIDTH, Panel
from desktop.ingest.pdf.words import OVERLAP, Word

CELL_GAP = 1.1  # em: a wider gap between two words on a line separates cells
BASELINE = 0.35  # em: words whose baselines differ by less stand on one line
SPACE = 0.1  # em: a narrower gap between two words of a line is no space


@dataclass
class Segment:
    """Words of a line that belong together: a phrase, a table cell. Its text and right
    edge are measured when first asked (tables and columns ask many times), after its
    words are all in it. They are kept in plain fields rather than by `cached_property`,
    whose lock costs more than measuring a short segment again."""

    words: list[Word]
    _text: str | None = field(default=None, init=False, repr=False, compare=False)
    _x1: float | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = join_words(self.words)
        return self._text

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        if self._x1 is None:
            words = self.words
            self._x1 = words[-1].x1 if len(words) == 1 else max(w.x1 for w in words)
        return self._x1


@dataclass(eq=False)
class Line:
    """One printed line of a page (or of one column of it). Its geometry is measured once,
    when it is made; its font and weight when first asked (they are read after)."""

    words: list[Word]
    page: int  # 0-based page index
    segments: list[Segment] = field(default_factory=list)
    aside: bool = False  # a line of a box of facts beside the text (`side_box`)
    text: str = field(init=False)
    x0: float = field(init=False)
    x1: float = field(init=False)
    top: float = field(init=False)
    bottom: float = field(init=False)
    baseline: float = field(init=False)
    size: float = field(init=False)  # the size most of its letters are printed in
    _font: str | None = field(default=None, init=False, repr=False)
    _bold: bool | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        words = self.words
        if not self.segments:
            self.segments = split_segments(words)
        self.text = join_words(words)
        self.x0 = words[0].x0
        x1, top, bottom = words[0].x1, words[0].top, words[0].bottom
        letters: dict[float, int] = {}  # by size as measured
        for w in words:
            if w.x1 > x1:
                x1 = w.x1
            if w.top < top:
                top = w.top
            if w.bottom > bottom:
                bottom = w.bottom
            letters[w.size] = letters.get(w.size, 0) + len(w.text)
        self.x1, self.top, self.bottom = x1, top, bottom
        self.baseline = words[len(words) // 2].baseline if len(words) > 2 else words[0].baseline
        # by size to the half point, each size first seen where its first word stands (so
        # that a tie goes to the same size as if every word were rounded by itself)
        weights: dict[float, int] = {}
        for size, count in letters.items():
            key = round(size * 2) / 2
            weights[key] = weights.get(key, 0) + count
        self.size = max(weights, key=weights.__getitem__)

    @property
    def font(self) -> str:
        """The font most of the line's letters are printed in."""
        if self._font is None:
            self._font, self._bold = self._weigh_type()
        return self._font

    @property
    def bold(self) -> bool:
        """Whether most of the line's letters (four in five) are bold."""
        if self._bold is None:
            self._font, self._bold = self._weigh_type()
        return self._bold

    def _weigh_type(self) -> tuple[str, bool]:
        """The font and the weight, counted in one pass over the words: a document's
        headings and paragraphs are told apart by both, for every line."""
        fonts: dict[str, int] = {}
        letters = bold = 0
        for w in self.words:
            n = len(w.text)
            fonts[w.font] = fonts.get(w.font, 0) + n
            letters += n
            if w.bold:
                bold += n
        return max(fonts, key=fonts.__getitem__), bold >= 0.8 * letters


def join_words(words: list[Word]) -> str:
    """Words as text: a space where one was printed or measured."""
    out = ""
    for word in words:
        if word.struck:
            continue
        if out and word.space_before:
            out += " "
        out += word.text
    return out


def split_segments(words: list[Word]) -> list[Segment]:
    """Words of a line cut into segments where the gap between two is wider than a cell gap."""
    segment = [words[0]]
    segments = [Segment(segment)]
    previous = words[0]
    for word in words[1:]:
        size = word.size if word.size < previous.size else previous.size
        size = size if size > 1.0 else 1.0  # max(min(word.size, previous.size), 1.0), inline
        if word.x0 - previous.x1 <= CELL_GAP * size:
            segment.append(word)
        else:
            segment = [word]
            segments.append(Segment(segment))
        previous = word
    return segments


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words in lines, top to bottom, each line's words left to right."""
    ordered = sorted(words, key=BY_BASELINE)
    rows: list[list[Word]] = []
    for word in ordered:
        if rows:
            row = rows[-1]
            size = word.size if word.size > row[0].size else row[0].size
            size = size if size > 1.0 else 1.0  # max(word.size, row[0].size, 1.0), inline
            # words come by baseline: the row's last word is its lowest so far
            if word.baseline - row[-1].baseline <= BASELINE * size or _raised(word, row):
                row.append(word)
                continue
        rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=BY_X0)
        kept = without_leaders(row)
        if kept:
            lines.append(Line(kept, page, _spaces_and_segments(kept)))
    return lines


LEADER_CHARS = ".·…_"
LEADER = re.compile(rf"^[{LEADER_CHARS}]{{4,}}$")


def without_leaders(row: list[Word]) -> list[Word]:
    """A line's words without its dot leaders ("Förskola ........ 171 300", typed with a
    tab stop): a leader is no word, and the gap it leaves parts a label from its figures as
    the tab stop does. The word after it remembers it, for the table of contents."""
    kept = []
    leader = False
    for word in row:
        if word.text[0] in LEADER_CHARS and LEADER.match(word.text):
            leader = True
            continue
        word.leader_before = leader
        leader = False
        kept.append(word)
    return kept


BY_BASELINE = attrgetter("baseline", "x0")
BY_X0 = attrgetter("x0")


def _raised(word: Word, row: list[Word]) -> bool:
    """A superscript or footnote mark printed smaller and higher inside a line."""
    host = row[-1]
    return (
        word.size < 0.8 * host.size
        and host.top - 0.2 * host.size <= word.top
        and word.bottom <= host.bottom + 0.1 * host.size
        and abs(word.x0 - host.x1) < 0.3 * host.size
    )


def _spaces_and_segments(row: list[Word]) -> list[Segment]:
    """A line's words, ordered by position, given a space before each one where a gap is
    printed, and cut into segments where the gap is wider (one pass: both measure the
    same gaps, and a page has thousands of them).

    Pieces of one word that PDFium gave apart (drawn in another order, or a superscript
    beside its word) are joined here, after they were put in order.
    """
    segment = [row[0]]
    segments = [Segment(segment)]
    previous = row[0]
    for word in row[1:]:
        gap = word.x0 - previous.x1
        size = word.size if word.size < previous.size else previous.size
        size = size if size > 1.0 else 1.0  # max(min(word.size, previous.size), 1.0), inline
        word.space_before = word.printed_space or gap > SPACE * size or gap < -OVERLAP * size
        if gap <= CELL_GAP * size:
            segment.append(word)
        else:
            segment = [word]
            segments.append(Segment(segment))
        previous = word
    return segments


# --- columns ------------------------------------------------------------------------

PROSE_LETTERS = 12  # a segment with fewer letters than this is not prose


def _prose(segment: Segment) -> bool:
    if len(segment.words) < 2:  # asked first: most segments are one word (table cells)
        return False
    text = segment.text
    letters = sum(ch.isalpha() for ch in text)
    return letters >= PROSE_LETTERS and letters >= 0.6 * len(text)


def find_gutter(lines: list[Line], page_width: float) -> float | None:
    """The x of a gutter between two columns of prose, if the page has one."""
    candidates = []
    for line in lines:
        segments = line.segments
        for left, right in zip(segments, segments[1:], strict=False):
            if _prose(left) and _prose(right):
                candidates.append((left.x1, right.x0))
    if len(candidates) < 6:
        return None
    # the point inside most of the prose gaps, in the middle half of the page
    best, best_count = None, 0
    step = 2.0
    x = page_width * 0.25
    while x < page_width * 0.75:
        count = sum(1 for a, b in candidates if a < x < b)
        if count > best_count:
            best, best_count = x, count
        x += step
    if best is None or best_count < max(6, 0.6 * len(candidates)):
        return None
    # prose fills its column: most left halves end near the gutter (a table's cells do not)
    lefts = [
        line.segments[0] for line in lines if len(line.segments) >= 2 and line.segments[0].x1 < best
    ]
    filled = sum(1 for seg in lefts if seg.x1 >= best - 0.25 * (best - seg.x0))
    if lefts and filled < 0.6 * len(lefts):
        return None
    # a table whose first column wraps prose (goals beside their indicators, targets and
    # assessments) is no page of two columns: right of the gap stand cells, not a column
    # of text, on most of the lines that have both sides
    both = [
        line
        for line in lines
        if any(s.x1 < best for s in line.segments) and any(s.x0 > best for s in line.segments)
    ]
    tabular = sum(1 for line in both if sum(1 for s in line.segments if s.x0 > best) >= 2)
    if both and tabular > 0.5 * len(both):
        return None
    # the middle of the gap at that point, for the lines that have it
    lows = [a for a, b in candidates if a < best < b]
    highs = [b for a, b in candidates if a < best < b]
    return (max(lows) + min(highs)) / 2 if max(lows) < min(highs) else best


Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points


def reading_order(
    lines: list[Line],
    page_width: float,
    panels: list[Panel] | None = None,
    grids: list[Box] | None = None,
) -> list[Line]:
    """Lines in the order they are read: panel by panel on a page where boxes stand side
    by side (a scorecard), else column by column within each band of the page. The lines
    inside a ruled table's grid (`grids`) are rows: a table whose first column wraps its
    text beside cells set in the middle of their rows looks like two columns of prose,
    and its rules say it is not."""
    rows = panel_rows(
        [*(panels or []), *_side_by_side(grids or []), *_text_beside(lines, grids or [])]
    )
    if rows:
        return _by_panels(lines, rows)
    in_grid = {id(line) for line in lines if _in_grid(line, grids or [])}
    gutter = find_gutter([line for line in lines if id(line) not in in_grid], page_width)
    if gutter is None:
        return lines
    across = [grid for grid in grids or [] if grid[0] < gutter < grid[2]]  # tables across it
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush(before_across: bool = False) -> None:
        caption = _caption_above(left, right) if before_across else []
        out.extend(line for line in left if line not in caption)
        out.extend(line for line in right if line not in caption)
        out.extend(caption)
        left.clear()
        right.clear()

    for line in lines:
        crossing = any(w.x0 < gutter < w.x1 for w in line.words) or _row_across(line, gutter)
        if crossing or id(line) in in_grid and _in_grid(line, across):  # a table's row
            flush(before_across=True)
            out.append(line)
            continue
        lw = [w for w in line.words if w.x1 <= gutter]
        rw = [w for w in line.words if w.x0 >= gutter]
        # a line wholly on one side (each word is on one side or the other) is kept as
        # it is: made again from the same words, it would be the same
        if not rw:
            left.append(line)
        elif not lw:
            right.append(line)
        else:
            left.append(Line(lw, line.page))
            right.append(Line(rw, line.page))
    flush()
    return out


ACROSS_CELL = 25  # characters at most of a cell left of the gutter in a row across the page


def _row_across(line: Line, gutter: float) -> bool:
    """A table's heading row set across both columns of the page, its cells apart from
    the gutter ("Mål | Kommentar | Bedömning"): two short cells at least left of it, one
    right of it. A line of the left column beside a table's row in the right column (a
    heading or prose beside "Besök på biblioteken | 281 400") is two columns' lines."""
    segments = line.segments
    left = [s for s in segments if s.x1 <= gutter]
    return (
        2 <= len(left) <= 3  # more: a justified line's wide spaces
        and any(s.x0 >= gutter for s in segments)
        and all(len(s.text) <= ACROSS_CELL for s in left)
    )


CAPTION_LINES = 2  # lines at most of a caption or heading over something across the page


def _caption_above(left: list[Line], right: list[Line]) -> list[Line]:
    """The last lines of one column that stand below all of the other, apart from the
    lines above them: a table's caption, or a heading, over what follows across the page
    ("Tabell 1. Nämndens mål 2025" under the left column). They are read after both
    columns, right before what they head."""
    for column, other in ((left, right), (right, left)):
        if not column or not other:
            continue
        bottom = max(line.bottom for line in other)
        below = 0
        while below < len(column) and column[-1 - below].top > bottom:
            below += 1
        if not 0 < below <= CAPTION_LINES or below == len(column):
            continue
        first, above = column[-below], column[-below - 1]
        if first.top - above.bottom > max(first.bottom - first.top, 1.0):
            return column[-below:]
    return []


HEADING_ROOM = 40.0  # points above a ruled table's first rule: its heading row, its caption


def _side_by_side(grids: list[Box]) -> list[Panel]:
    """Ruled tables set side by side ("Hemtjänst" beside "Särskilt boende", their rows on
    the same lines) as boxes, with room above for their headings and captions: read one
    after the other, as panels are, not line by line across both."""
    out = []
    for grid in grids:
        x0, top, x1, bottom = grid
        beside = any(
            other is not grid
            and min(bottom, other[3]) - max(top, other[1])
            > 0.5 * min(bottom - top, other[3] - other[1])
            and (other[0] >= x1 or other[2] <= x0)
            for other in grids
        )
        if beside:
            out.append(Panel(x0, top - HEADING_ROOM, x1, bottom))
    return out


def _text_beside(lines: list[Line], grids: list[Box]) -> list[Panel]:
    """A column of prose set beside a ruled table ("5 Ekonomi" and its paragraphs left of
    the drift table), their lines on nearly the same heights: the column and the table as
    two boxes, read one after the other. Words left of a table stand apart from its rules
    and on baselines of their own (a table's label column shares its rows' baselines)."""
    out: list[Panel] = []
    for x0, top, x1, bottom in grids:
        band = [line for line in lines if line.bottom >= top - HEADING_ROOM and line.top <= bottom]
        left = [[w for w in line.words if w.x1 <= x0 - GRID_GAP] for line in band]
        inside = [[w for w in line.words if w.x0 >= x0 - 1.0] for line in band]
        if any(w.x0 < x0 - GRID_GAP < w.x1 or x0 - GRID_GAP < w.x1 < x0 - 1.0
               for line in band for w in line.words):  # fmt: skip
            continue  # words up to the table's edge: its own label column
        prose = [words for words in left if words and _prose(Segment(words))]
        shared = sum(
            1
            for a, b in zip(left, inside, strict=True)
            if a and b and any(abs(w.baseline - v.baseline) <= 0.5 for w in a for v in b)
        )
        above = [
            words
            for line in lines
            if 0 < top - HEADING_ROOM - line.bottom <= 2 * max(line.bottom - line.top, 1.0)
            and (words := [w for w in line.words if w.x1 <= x0 - GRID_GAP])
            and _prose(Segment(words))
        ]
        if above:
            continue  # the text runs on from above: a column of the page, not one beside
        if len(prose) >= 3 and shared <= 0.5 * len(prose):
            start = min(w.x0 for words in left for w in words)
            size = sorted(max(w.size for w in words) for words in prose)[len(prose) // 2]
            end = _column_end(lines, x0 - GRID_GAP, bottom, size)  # the column runs on below
            out += [Panel(start, top - HEADING_ROOM, x0 - GRID_GAP, end),
                    Panel(x0, top - HEADING_ROOM, x1, bottom)]  # fmt: skip
    return out


def _column_end(lines: list[Line], right: float, bottom: float, size: float) -> float:
    """Where a column of text (type of `size`) left of `right` ends below `bottom`: at its
    last line before a gap of two lines, a line reaching across or a heading."""
    end = bottom
    for line in sorted((line for line in lines if line.top > bottom), key=lambda line: line.top):
        if line.x0 >= right:
            continue  # under the table beside it (its note)
        if (
            line.x1 > right
            or line.top - end > 2 * max(line.bottom - line.top, 1.0)
            or line.size > 1.1 * size
        ):
            break
        end = line.bottom
    return end


GRID_GAP = 12.0  # points between a column of text and the ruled table beside it, at least


def _in_grid(line: Line, grids: list[Box]) -> bool:
    """Whether the middle of a line stands inside one of the grids."""
    x, y = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in grids)


# points: boxes this far apart at least stand beside one another; a panel holds three
# lines at least (a shaded table row is no panel); boxes of one width this close above
# one another are one panel; edges this close are one
SIDE_GAP, PANEL_HEIGHT, STACK_GAP, SAME_EDGE = 6.0, 36.0, 24.0, 2.0


def panel_rows(panels: list[Panel]) -> list[list[Panel]]:
    """Rows of boxes set side by side (the panels of a scorecard, two or more beside one
    another), top to bottom, each left to right. A box inside another is part of it, and
    boxes of one width stacked close (a card's title band over its comment, the cards of
    one column) are one panel."""
    panels = [p for p in panels if p.x1 - p.x0 >= PANEL_MIN_WIDTH]  # narrower: side boxes
    outer = [
        p
        for p in panels
        if not any(
            q is not p and q.x0 <= p.x0 and p.x1 <= q.x1 and q.top <= p.top and p.bottom <= q.bottom
            for q in panels
        )
    ]
    outer = _stacked(list(dict.fromkeys(outer)))  # a box drawn twice (fill, border) once
    outer = [p for p in outer if p.bottom - p.top >= PANEL_HEIGHT]
    rows: list[list[Panel]] = []
    for panel in sorted(outer, key=lambda p: (p.top, p.x0)):
        row = next((r for r in rows if _beside_all(panel, r)), None)
        if row is None:
            rows.append([panel])
        else:
            row.append(panel)
    return [sorted(r, key=lambda p: p.x0) for r in rows if len(r) >= 2]


def _stacked(panels: list[Panel]) -> list[Panel]:
    """Boxes of the same width and place across, close above one another, as one."""
    merged: list[Panel] = []
    for panel in sorted(panels, key=lambda p: (round(p.x0), round(p.x1), p.top)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and abs(last.x0 - panel.x0) <= SAME_EDGE
            and abs(last.x1 - panel.x1) <= SAME_EDGE
            and panel.top - last.bottom <= STACK_GAP
        ):
            merged[-1] = Panel(last.x0, last.top, last.x1, max(last.bottom, panel.bottom))
        else:
            merged.append(panel)
    return merged


def _beside_all(panel: Panel, row: list[Panel]) -> bool:
    """Whether a box stands beside every box of a row: level with them, apart from them."""
    return all(
        min(panel.bottom, p.bottom) - max(panel.top, p.top)
        >= 0.5 * min(panel.bottom - panel.top, p.bottom - p.top)
        and (panel.x0 >= p.x1 + SIDE_GAP or p.x0 >= panel.x1 + SIDE_GAP)
        for p in row
    )


def _by_panels(lines: list[Line], rows: list[list[Panel]]) -> list[Line]:
    """The lines of each row of boxes read box by box (a line across two boxes cut between
    them); the lines outside the rows where they stand."""
    out: list[Line] = []
    pending: dict[int, list[list[list[Word]]]] = {}  # per row of boxes, per box, its lines

    def band_of(line: Line) -> int | None:
        middle = (line.top + line.bottom) / 2
        return next(
            (
                n
                for n, row in enumerate(rows)
                if min(p.top for p in row) <= middle <= max(p.bottom for p in row)
            ),
            None,
        )

    current: int | None = None
    for line in lines:
        band = band_of(line)
        if band != current and current is not None:
            out.extend(_flushed(pending.pop(current), line.page))
        current = band
        if band is None:
            out.append(line)
            continue
        boxes = pending.setdefault(band, [[] for _ in rows[band]])
        parts: list[list[Word]] = [[] for _ in rows[band]]
        for word in line.words:
            parts[_nearest_panel(word, rows[band])].append(word)
        for k, part in enumerate(parts):
            if part:
                boxes[k].append(part)
    if current is not None and current in pending and lines:
        out.extend(_flushed(pending.pop(current), lines[-1].page))
    return out


def _flushed(boxes: list[list[list[Word]]], page: int) -> list[Line]:
    """A row of boxes' lines, box after box."""
    return [Line(words, page) for box in boxes for words in box]


def _nearest_panel(word: Word, row: list[Panel]) -> int:
    middle = (word.x0 + word.x1) / 2
    return min(
        range(len(row)),
        key=lambda k: (
            0.0
            if row[k].x0 <= middle <= row[k].x1
            else min(abs(middle - row[k].x0), abs(middle - row[k].x1))
        ),
    )

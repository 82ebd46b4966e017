"""Tables ruled with a line under every row, read cell by cell between the rules.

A goal table often merges a goal's cell (and its assessment's) over the rows of its
indicators, or sets a row's cells in the middle of its height beside a neighbour that
wraps over three lines: read line by line, one row's words land beside another's
("Andel livsmedelsanläggningar med och nå alla prioriterade 91 % 97 %", "… organiserad
Antalet deltagartillfällen … GRÖN"). The rules give the cells: the rows are the bands
between rules, a column's cell ends only at a rule that crosses that column, and a cell
spanning several rows gives its text to the first of them, as a table printed without
merging shows it.

A table where some printed line mixes the words of two rows is read this way; any other
ruled table is left to the line-based readers (`tables`), which read most tables well,
and read this way only where they find none (a row's cells wrapping over lines of their
own, its status set in the middle of its height). Tables ruled only above a total are
never read by their rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest.pdf.lines import Line
from desktop.ingest.pdf.objects import Rule
from desktop.ingest.pdf.tables import (
    YEAR_CELL,
    TableRegion,
    column_spans,
    is_number,
    with_blank_columns,
)
from desktop.ingest.pdf.words import Word

MAX_ROW = 72.0  # points (six lines of 12 pt): rules further apart are not one table's
SAME_Y = 2.0  # points: rules this close are one rule (a thick line drawn twice)
MIN_ROWS = 2
MAX_LINES_PER_ROW = 4  # baselines in a cell of the most ruled columns: more is no row
MAX_HEADER_LINES = 3


@dataclass
class _Grid:
    page: int
    x0: float
    x1: float
    rules: list[Rule]

    @property
    def top(self) -> float:
        return self.rules[0].y

    @property
    def bottom(self) -> float:
        return self.rules[-1].y


@dataclass
class RuledTable:
    """A table read by its rules: its first and last line (indexes into the lines read),
    whether a printed line mixes two of its rows, and what its cells hold. Its region (the
    cells' text and their printed lines) is made only when asked: most ruled tables are
    found by the line-based readers too and left to them, and making a cell's lines costs
    more than finding the table."""

    first: int
    last: int
    mixed: bool
    page: int
    header_lines: list[Line]
    body_lines: list[Line]
    columns: list[tuple[float, float]]
    cells: list[list[list[Word]]]  # per row kept, per column, its words
    cell_words: list[list[list[Word]]]  # per row kept, per cell in the order read, its words
    group_rows: int = 0  # rows printed across the table ("Målområde 2: …")

    def region(self) -> TableRegion:
        columns = self.columns
        printed = [_header_cells(line, columns) for line in self.header_lines]
        header = [" ".join(p[k] for p in printed if p[k]).strip() for k in range(len(columns))]
        return TableRegion(
            header,
            [[_text(words) if words else "" for words in row] for row in self.cells],
            printed,
            list(self.header_lines) + self.body_lines,
            [
                _row_lines([_printed_lines(words, self.page) for words in row], self.page)
                for row in self.cell_words
            ],
            columns,
        )


def ruled_tables(lines: list[Line], rules: list[Rule]) -> list[RuledTable]:
    """Each table ruled row by row; `lines` in reading order, `rules` of every page."""
    found = []
    on_page = _lines_by_page(lines)
    for whole in _grids(rules):
        page_lines = on_page.get(whole.page, [])
        for grid in _split_at_captions(whole, [lines[n] for n in page_lines]):
            table = _read_grid(lines, page_lines, grid)
            if table is not None:
                found.append(table)
    return found


CAPTION = re.compile(r"^(?:tabell|figur|diagram)\s*\d+\b", re.IGNORECASE)


def _split_at_captions(grid: _Grid, lines: list[Line]) -> list[_Grid]:
    """A grid cut where a caption ("Tabell 2. …") stands between its rules: two tables set
    close, each ruled under its rows, are two grids."""
    cuts = sorted(
        (line.top + line.bottom) / 2
        for line in lines
        if CAPTION.match(line.text) and grid.top < (line.top + line.bottom) / 2 < grid.bottom
    )
    parts: list[_Grid] = []
    rules = sorted(grid.rules, key=lambda r: r.y)
    for cut in [*cuts, float("inf")]:
        above = [r for r in rules if r.y < cut]
        rules = [r for r in rules if r.y >= cut]
        if above:
            parts.append(_Grid(grid.page, grid.x0, grid.x1, above))
    return [part for part in parts if _spans_rows(part)]


def grid_boxes(rules: list[Rule]) -> list[tuple[float, float, float, float]]:
    """The boxes (x0, top, x1, bottom) of the tables ruled under their rows."""
    return [(g.x0, g.top, g.x1, g.bottom) for g in _grids(rules)]


def _grids(rules: list[Rule]) -> list[_Grid]:
    """Runs of rules above one another, close enough to be one table's, with at least two
    across the whole table (inner ones may stop short of a merged cell)."""
    grids: list[_Grid] = []
    for rule in sorted(rules, key=lambda r: (r.page, r.y, r.x0)):
        # the grid it goes on, of those on its page: two tables side by side have their
        # rules at the same heights, one table's after the other's
        grid = next(
            (
                g
                for g in reversed(grids)
                if g.page == rule.page
                and rule.y - g.bottom <= MAX_ROW
                and min(rule.x1, g.x1) - max(rule.x0, g.x0) > 0.5 * (rule.x1 - rule.x0)
            ),
            None,
        )
        if grid is not None:
            grid.rules.append(rule)
            grid.x0, grid.x1 = min(grid.x0, rule.x0), max(grid.x1, rule.x1)
        else:
            grids.append(_Grid(rule.page, rule.x0, rule.x1, [rule]))
    return [g for g in grids if _spans_rows(g)]


def _crosses(rule: Rule, x0: float, x1: float) -> bool:
    return rule.x0 <= x0 + SAME_Y and rule.x1 >= x1 - SAME_Y


def _spans_rows(grid: _Grid) -> bool:
    """Whether the rules could stand under rows: enough of them, two across the table."""
    whole = [r for r in grid.rules if _crosses(r, grid.x0, grid.x1)]
    return len(_levels(grid.rules)) > MIN_ROWS and len(whole) >= 2


def _levels(rules: list[Rule]) -> list[float]:
    """The heights rules stand at, rules drawn at the same height once."""
    levels: list[float] = []
    for y in sorted(r.y for r in rules):
        if not levels or y - levels[-1] > SAME_Y:
            levels.append(y)
    return levels


def _lines_by_page(lines: list[Line]) -> dict[int, list[int]]:
    """The indexes of each page's lines, so that a grid looks through its page only."""
    pages: dict[int, list[int]] = {}
    for n, line in enumerate(lines):
        pages.setdefault(line.page, []).append(n)
    return pages


def _inside(word: Word, grid: _Grid, top: float, bottom: float) -> bool:
    middle_x, middle_y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    return grid.x0 <= middle_x <= grid.x1 and top <= middle_y <= bottom


def _any_word_inside(line: Line, grid: _Grid) -> bool:
    """Whether the middle of a word of the line stands inside the grid. A word's middle
    lies between the line's top and bottom, so a line above or below the grid is passed
    by without looking at its words (most lines of the page)."""
    top, bottom = grid.top, grid.bottom
    if line.bottom < top or line.top > bottom:
        return False
    return any(_inside(w, grid, top, bottom) for w in line.words)


def _in_column(words: list[Word], grid: _Grid, a: float, b: float) -> list[tuple[Word, float]]:
    """The words whose middle stands inside the grid and the column from a to b, each with
    the y of its middle: a column's cells are then found among these alone (a table has
    hundreds of words, and each column as many cells)."""
    found = []
    for w in words:
        middle_x = (w.x0 + w.x1) / 2
        if grid.x0 <= middle_x <= grid.x1 and a - 0.5 <= middle_x <= b + 0.5:
            found.append((w, (w.top + w.bottom) / 2))
    return found


def _read_grid(lines: list[Line], on_page: list[int], grid: _Grid) -> RuledTable | None:
    """The table between a grid's rules; `on_page` the indexes of the lines of its page."""
    body = [n for n in on_page if _any_word_inside(lines[n], grid)]
    if not body or body != list(range(body[0], body[-1] + 1)):
        return None  # the table's lines are not one run in reading order
    first = body[0]
    while (
        first > 0
        and body[0] - first < MAX_HEADER_LINES
        and _heading_line(lines[first - 1], lines[first], grid)
    ):
        first -= 1
    header_lines = lines[first : body[0]]
    body_lines = [lines[n] for n in body]
    levels = _levels(grid.rules)
    rows = list(zip(levels, levels[1:], strict=False))
    # bands above the first printed line (a rule drawn twice at the top, a blank band)
    # hold no row: the heading is looked for in the first band that holds a line
    occupied = [band for line in body_lines if (band := _band(line, rows)) is not None]
    rows = rows[min(occupied, default=0) :]
    if not header_lines and (heading := _heading_band(body_lines, rows)):
        header_lines, body_lines = body_lines[:heading], body_lines[heading:]
        rows = rows[1:]  # the heading printed in the grid's first band, shaded as a row
    # a box: its heading in the first band, and one row below it whose cells hold several
    # lines each ("Indikatorer | Bedömning": the indicators, one a line, beside a sentence)
    box = bool(header_lines) and len(rows) == 1 and len(levels) == 3
    spanning = _spanning(body_lines, rows, grid)
    rest = [line for line in body_lines if line not in spanning]
    columns = column_spans([*header_lines, *rest])
    if header_lines and len(values := column_spans(rest)) >= 2:
        # a heading over a column whose cells hold no words ("Status" over icons) stands
        # close to its neighbour's words; the values alone leave its gap open
        blank = with_blank_columns(values, header_lines)
        columns = blank if len(blank) > len(columns) else columns
    if len(columns) < 2:
        return None
    words = [w for line in body_lines if line not in spanning for w in line.words]
    cells: list[list[list[Word]]] = [[[] for _ in columns] for _ in rows]
    row_words: list[list[Word]] = [[] for _ in rows]
    row_of: dict[int, int] = {}  # a word (by id) → the row its cell gives it to
    cell_words: list[list[list[Word]]] = [[] for _ in rows]  # per row, per cell, its words
    for k, (a, b) in enumerate(columns):
        ends = _levels([r for r in grid.rules if _crosses(r, a, b)])
        column = _in_column(words, grid, a, b)
        for top, bottom in zip(ends, ends[1:], strict=False):
            inside = [w for w, middle_y in column if top <= middle_y <= bottom]
            if not inside:
                continue
            row = next(i for i, (t, _) in enumerate(rows) if t >= top - SAME_Y)
            finest = len(ends) == len(levels)  # a column crossed by every rule: a cell a row
            if finest and not box and len({round(w.baseline) for w in inside}) > MAX_LINES_PER_ROW:
                return None  # a band of many lines: rules above a total, not under rows
            cells[row][k] = inside
            row_words[row].extend(inside)
            cell_words[row].append(inside)
            row_of.update((id(w), row) for w in inside)
    for line, row in spanning.items():  # a group row across the table: its first cell
        cells[row][0] = list(line.words)
        row_words[row].extend(line.words)
        cell_words[row].append(list(line.words))
        row_of.update((id(w), row) for w in line.words)
    if len(rows) < MIN_ROWS and not box or not any(row_words):
        return None
    if box and max(len({round(w.baseline) for w in cell}) for cell in cells[0]) < 2:
        return None  # a row of one line the line readers read as it is printed
    mixed = any(
        len({row_of[id(w)] for w in line.words if id(w) in row_of}) > 1 for line in body_lines
    )
    kept = [i for i in range(len(rows)) if row_words[i]]
    return RuledTable(
        first,
        body[-1],
        mixed,
        grid.page,
        header_lines,
        body_lines,
        columns,
        [cells[i] for i in kept],
        [cell_words[i] for i in kept],
        len(spanning),
    )


def _band(line: Line, rows: list[tuple[float, float]]) -> int | None:
    """The row band a line's middle stands in."""
    middle = (line.top + line.bottom) / 2
    return next((i for i, (top, bottom) in enumerate(rows) if top <= middle <= bottom), None)


def _spanning(lines: list[Line], rows: list[tuple[float, float]], grid: _Grid) -> dict[Line, int]:
    """Group rows printed across the table ("KF-mål 1. Invånarna … liv", "Målområde 2:
    …", "Ekonomi"), by the row they are: a band holding one line of one phrase from the
    table's left edge, in a table with two such rows at least. Their words would bridge
    the gaps between the columns below them, so the columns are found without them."""
    in_band: dict[int, list[Line]] = {}
    for line in lines:
        band = _band(line, rows)
        if band is not None:
            in_band.setdefault(band, []).append(line)
    found: dict[Line, int] = {}
    for band, members in in_band.items():
        line = members[0]
        size = max(line.size, 1.0)
        if len(members) == 1 and len(line.segments) == 1 and line.x0 - grid.x0 <= 3 * size:
            found[line] = band
    return found if len(found) >= 2 else {}  # one such line is a caption or a sentence


def _heading_band(lines: list[Line], rows: list[tuple[float, float]]) -> int:
    """How many of the first lines are a heading printed in the grid's first band (0 for
    none): short cells of words, no figures but years, and rows below it."""
    if len(rows) < 2:
        return 0
    heading = [line for line in lines if _band(line, rows) == 0]
    if not heading or len(heading) > MAX_HEADER_LINES or lines[: len(heading)] != heading:
        return 0
    for line in heading:
        for segment in line.segments:
            text = segment.text.strip()
            if len(text) > 40 or is_number(text) and not YEAR_CELL.match(text):
                return 0
    return len(heading)


def _heading_line(line: Line, below: Line, grid: _Grid) -> bool:
    """A line of the table's heading right above its first rule: close above it, inside
    the table, and not a caption set alone at the table's left edge."""
    height = max(line.bottom - line.top, 1.0)
    return (
        line.page == grid.page
        and line.bottom <= grid.top + SAME_Y
        and below.top - line.bottom <= 1.5 * height
        and grid.x0 - SAME_Y <= line.x0
        and line.x1 <= grid.x1 + SAME_Y
        and (len(line.segments) >= 2 or line.x0 > grid.x0 + 2 * height)
    )


def _header_cells(line: Line, columns: list[tuple[float, float]]) -> list[str]:
    cells: list[list[str]] = [[] for _ in columns]
    for word in line.words:
        middle = (word.x0 + word.x1) / 2
        k = min(range(len(columns)), key=lambda k: _distance(middle, columns[k]))
        cells[k].append(word.text)
    return [" ".join(c) for c in cells]


def _distance(x: float, column: tuple[float, float]) -> float:
    a, b = column
    return 0.0 if a <= x <= b else min(abs(x - a), abs(x - b))


def _row_lines(cells: list[list[Line]], page: int) -> list[Line]:
    """Where a row is printed: the first line of every cell as one (the row's place, as a
    row read line by line has it), then the cells' other lines."""
    first = [w for lines in cells for w in lines[0].words]
    return [Line(sorted(first, key=lambda w: w.x0), page)] + [
        line for lines in cells for line in lines[1:]
    ]


def _printed_lines(words: list[Word], page: int) -> list[Line]:
    """A cell's words as the lines it prints, top to bottom (where the cell is on the page)."""
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(round(word.baseline), []).append(word)
    return [Line(sorted(ws, key=lambda w: w.x0), page) for _, ws in sorted(lines.items())]


def _text(words: list[Word]) -> str:
    """A cell's words in reading order: line by line, left to right."""
    ordered = sorted(words, key=lambda w: (round(w.baseline), w.x0))
    return " ".join(w.text for w in ordered if not w.struck)

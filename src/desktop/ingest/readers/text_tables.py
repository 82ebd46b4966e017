"""Tables of a text file laid out in columns with spaces, as `pdftotext -layout` prints them.

                                                                   Prognos     Utfall fg
        Belopp i mnkr            Utfall      Budget    Avvikelse
                                                                     aug          år
        Intäkter                 1 420,1     1 434,1       -14,0     1 442,7     1 341,8
        Kommuninterna
                                       0           0           0           0           0
        bidrag
        NKI                                               58,6 %*          -

Cells are separated by two spaces or more; a cell's column is found from where it stands
on the line, so a blank cell stays blank and never shifts the values beside it into the
wrong column. The columns are where the numbers of the rows stand; the heading lines
above them are read by position too (a heading over two or three lines joined per column),
and a row label wrapped over lines is joined (above, beside or below its values). A table
whose cells cannot be placed in their columns for certain is not read at all: its lines
stay text a member can read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.ingest.model import Table
from desktop.ingest.readers.numbers import parse_number

GAP = re.compile(r"\S+(?: \S+)*")  # a run of text whose words are one space apart
DASH = {"-", "–", "—", "−", "..", "…", "x"}
YEAR = re.compile(r"^(?:19|20)\d\d$")
MAX_LABEL_ONLY = 3  # label lines in a row without values: more is prose, not a table
PROSE = 75  # characters: a longer run of words is running text
JOINING_WORD = re.compile(r"(?:,|-|\b(?:och|i|för|av|med|inom|samt|per|till|på|om|inkl\.?))$")


@dataclass
class _Segment:
    start: int
    end: int
    text: str

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


@dataclass
class _Line:
    index: int  # 0-based
    label: _Segment | None
    cells: list[_Segment]


@dataclass
class _Row:
    label: list[str] = field(default_factory=list)
    cells: list[_Segment] = field(default_factory=list)
    first: int = 0
    last: int = 0
    label_end: int = 0  # where its (last) label line ends, for telling a wrapped label


def _segments(line: str) -> list[_Segment]:
    out = []
    for match in re.finditer(r"\S+(?: \S+)*", line.replace("\t", "    ")):
        out.append(_Segment(match.start(), match.end(), match.group(0)))
    return out


def is_cell(text: str) -> bool:
    """A value cell: a number as printed ("1 420,1", "-14,0", "58,6 %*", "87%") or a dash."""
    return text in DASH or parse_number(text) is not None


def _parse(index: int, line: str) -> _Line | None:
    """A line as a label and the value cells after it; None for anything else."""
    segments = _segments(line)
    if not segments:
        return None
    cells: list[_Segment] = []
    while segments and is_cell(segments[-1].text):
        cells.insert(0, segments.pop())
    if len(segments) > 1:
        return None
    label = segments[0] if segments else None
    if label is not None and (len(label.text) > PROSE or is_cell(label.text)):
        return None
    return _Line(index, label, cells)


def _is_year_header(line: _Line) -> bool:
    """A heading line of years ("Nyckeltal  2025  2024  2023"), not a row of values."""
    return len(line.cells) >= 2 and all(YEAR.match(c.text) for c in line.cells)


# two cells after two spaces or more: a line that could be a row of a column-laid table
TWO_CELLS = re.compile(r"\S(?: {2,}|\t)[-−–]?\d[^\n]*?(?: {2,}|\t)\S")


def find_text_tables(lines: list[str], taken: Sequence[Table] = ()) -> list[Table]:
    """Every column-laid table of a text file that can be read for certain (1-based lines)."""
    if not TWO_CELLS.search("\n".join(lines)):  # one search: no match crosses a line
        return []  # no line has cells set apart: a text without column-laid tables
    used = {n for t in taken for n in range(t.line_start, t.line_end + 1)}
    parsed: list[_Line | None] = [
        None if i + 1 in used else _parse(i, line) for i, line in enumerate(lines)
    ]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        body = _body(lines, parsed, i)
        if body is None:
            i += 1
            continue
        first, last = body
        table = _read(lines, parsed, first, last)
        if table is not None and not used & set(range(table.line_start, table.line_end + 1)):
            tables.append(table)
            used |= set(range(table.line_start, table.line_end + 1))
        i = last + 1
    return tables


def _body(lines: list[str], parsed: list[_Line | None], start: int) -> tuple[int, int] | None:
    """(first, last) 0-based lines of a table body starting at `start`: rows with at least
    two value cells, label lines and single blank lines between them."""
    line = parsed[start]
    if line is None or len(line.cells) < 2 or _is_year_header(line):
        return None
    last = start
    rows = 1
    labels = 0
    blanks = 0
    j = start + 1
    while j < len(lines):
        text = lines[j].strip()
        current = parsed[j]
        if not text:
            blanks += 1
            if blanks > 2:
                break
        elif current is None or _is_year_header(current):
            break
        elif current.cells:
            rows += len(current.cells) >= 2
            last, labels, blanks = j, 0, 0
        else:
            labels += 1
            if labels > MAX_LABEL_ONLY:
                break
            blanks = 0
        j += 1
    if rows < 2:
        return None
    return start, last


def _columns(rows: list[_Line]) -> list[tuple[int, int]] | None:
    """The value columns as (left, right) character spans, from the rows with most cells."""
    most = max(len(r.cells) for r in rows)
    full = [r for r in rows if len(r.cells) == most]
    if most < 2:
        return None
    spans = []
    for k in range(most):
        spans.append((min(r.cells[k].start for r in full), max(r.cells[k].end for r in full)))
    if any(spans[k][1] >= spans[k + 1][0] for k in range(most - 1)):
        return None  # columns overlap: the rows do not line up
    return spans


def _place(cells: list[_Segment], columns: list[tuple[int, int]]) -> list[str] | None:
    """A row's cells in their columns ("" for a blank), or None when one cannot be placed."""
    out = [""] * len(columns)
    last = -1
    for cell in cells:
        best = None
        for k, (left, right) in enumerate(columns):
            overlap = min(cell.end, right) - max(cell.start, left)
            if overlap > 0 or abs(cell.end - right) <= 2:
                if best is not None:
                    return None  # the cell stands under two columns
                best = k
        if best is None or best <= last:
            return None
        out[best] = cell.text
        last = best
    return out


def _zones(columns: list[tuple[int, int]], label_end: int) -> list[tuple[float, float]]:
    """The stretch of a line above each column its heading may stand in."""
    zones = []
    for k, (left, right) in enumerate(columns):
        before = (columns[k - 1][1] + left) / 2 if k else (label_end + left) / 2
        after = (right + columns[k + 1][0]) / 2 if k + 1 < len(columns) else right + 12
        zones.append((before, after))
    return zones


def _header(
    lines: list[str], first: int, columns: list[tuple[int, int]], label_end: int
) -> tuple[int, str, list[str], str] | None:
    """(first heading line, the label column's heading, each column's heading, caption)
    read from the lines above the body, or None when the lines above are no heading."""
    zones = _zones(columns, label_end)
    parts: list[list[str]] = [[] for _ in columns]
    label_parts: list[str] = []
    top = first
    j = first - 1
    blank_seen = False
    caption = ""
    while j >= 0 and first - j <= 6:
        text = lines[j].strip()
        if not text:
            if blank_seen or top < first:
                break
            blank_seen = True
            j -= 1
            continue
        segments = _segments(lines[j])
        placed: list[tuple[int, str]] = []
        labels: list[str] = []
        for segment in segments:
            if segment.end <= zones[0][0] + 1 and segment.start < columns[0][0]:
                labels.append(segment.text)
                continue
            inside = [k for k, (a, b) in enumerate(zones) if a <= segment.middle <= b]
            if not inside:
                placed = []
                labels = [text]
                break
            placed.append((inside[0], segment.text))
        if not placed:
            if len(text) <= PROSE and top < first:
                caption = text
            break
        for k, words in placed:
            parts[k].insert(0, words)
        label_parts[:0] = labels
        top = j
        j -= 1
    if top == first:
        return None
    if not caption:
        k = top - 1
        while k >= 0 and not lines[k].strip() and top - k <= 2:
            k -= 1
        if k >= 0 and len(lines[k].strip()) <= PROSE and not re.search(r"[.:]$", lines[k].strip()):
            caption = lines[k].strip() if top - k <= 2 else ""
    heads = [_join_heading(p) for p in parts]
    if any(not h for h in heads):
        return None
    return top, " ".join(label_parts), heads, caption


def _join_heading(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text and re.fullmatch(r"[a-zåäö]", part):  # "Avvikels" / "e"
            text += part
        else:
            text = f"{text} {part}".strip()
    return text


def _has_cells(line: _Line | None) -> bool:
    return line is not None and bool(line.cells)


def _rows(parsed: list[_Line | None], first: int, last: int, wrap_at: int) -> list[_Row]:
    """Rows with their labels joined: a label line above a label-less row of values,
    or below a row whose label the line goes on with, belongs to that row."""
    rows: list[_Row] = []
    pending: list[_Line] = []
    for n in range(first, last + 1):
        line = parsed[n]
        if (
            line is not None
            and not line.cells
            and rows
            and n > rows[-1].last + 1
            and not any(_has_cells(parsed[m]) for m in range(n, last + 1))
        ):
            break  # label lines after the last row that are not its label
        if line is None:  # a blank line
            pending = []
            continue
        if line.cells:
            row = _Row(first=n, last=n)
            if line.label is None and pending:
                row.label = [p.label.text for p in pending if p.label]
                row.first = pending[0].index
                row.label_end = max(p.label.end for p in pending if p.label)
            elif line.label is not None:
                row.label = [line.label.text]
                row.label_end = line.label.end
            row.cells = line.cells
            rows.append(row)
            pending = []
            continue
        label = line.label.text if line.label else ""
        previous = rows[-1] if rows else None
        if (
            previous is not None
            and previous.last == n - 1
            and not pending
            and previous.label
            and (
                not label[:1].isupper()
                or JOINING_WORD.search(previous.label[-1])
                or previous.label_end >= wrap_at
            )
        ):
            previous.label.append(label)
            previous.last = n
            continue
        pending.append(line)
    return rows


def _read(lines: list[str], parsed: list[_Line | None], first: int, last: int) -> Table | None:
    # label lines right below the last row may be the rest of its label
    end = last
    while end + 1 < len(lines) and end - last < 2:
        below = parsed[end + 1]
        if below is None or below.cells or below.label is None or not lines[end + 1].strip():
            break
        end += 1
    value_lines = [p for p in parsed[first : last + 1] if p is not None and p.cells]
    columns = _columns(value_lines)
    if columns is None:
        return None
    label_end = max(
        (p.label.end for p in parsed[first : end + 1] if p is not None and p.label), default=0
    )
    if label_end >= columns[0][0]:
        return None
    header = _header(lines, first, columns, label_end)
    if header is None:
        return None
    top, label_head, heads, caption = header
    # a label that reaches (nearly) to the first column was wrapped
    wrap_at = label_end - 2 if columns[0][0] - label_end <= 8 else 10_000
    rows = _rows(parsed, first, end, wrap_at)
    if not rows:
        return None
    out_rows: list[list[str]] = []
    for row in rows:
        cells = _place(row.cells, columns)
        if cells is None:
            return None  # a cell that cannot be placed: the table is left as text
        out_rows.append([_join_label(row.label), *cells])
    return Table(
        caption,
        [label_head, *heads],
        out_rows,
        top + 1,
        max(row.last for row in rows) + 1,
        header_lines=first - top,
        layout=True,
    )


def _join_label(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and part[:1].islower() and not part.startswith(("och ", "eller ")):
            text = text[:-1] + part
        else:
            text = f"{text} {part}".strip()
    return text

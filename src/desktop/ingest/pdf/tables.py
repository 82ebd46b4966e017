"""Tables found from the layout: runs of lines whose segments stand in aligned columns.

A data row is a line with at least two segments, most of them numbers. A table is a run
of data rows (with the header lines above them and wrapped labels between them); its
columns are the x ranges the value cells of the data rows cover, and every segment of
every row is placed in the column it overlaps. A heading cell that spans several columns
("Helår" over "Budget Prognos Avvikelse") is given to each of them, and a heading printed
over two or three lines ("Prognos" / "helår") is joined per column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.ingest.pdf.lines import Line, Segment

NUMBER = re.compile(
    r"^(?:[≥≤<>]=?\s*)?[-−–+]?\s*\(?\d[\d\s]*(?:[.,]\d+)?\)?\s*(?:%|procent|tkr|mnkr|mkr|kr|st|dagar|dygn|år|e\.?u\.?)?\s*\**$|^[-–—x]$",
    re.IGNORECASE,
)
HEADER_WORD = re.compile(
    r"^(?:(?:helår|period|ack\.?|utfall|budget|prognos|avvikelse|bokslut|målvärde|mål|"
    r"internbudget|återstår|förbrukat|diff|jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec|"
    r"tertial|t[123]|delår|år|totalt|summa|tkr|mnkr|[\d\s–\-/.]+)\W*)+$",
    re.IGNORECASE,
)
UNIT_CELL = re.compile(
    r"^\(?(?:belopp i |i )?(?:tkr|mnkr|mkr|kr|tusental kronor|miljoner kronor)\)?:?$", re.I
)
MAX_HEADER_LINES = 3
MAX_GAP = 2.6  # line heights: a wider vertical gap ends a table


@dataclass
class TableRegion:
    """A table as laid out: its heading rows joined per column, and its rows of cells."""

    header: list[str]
    rows: list[list[str]]
    printed_header: list[list[str]]  # heading lines as printed, cells in their columns
    lines: list[Line]  # every printed line the table uses, header lines included
    row_lines: list[list[Line]] = field(default_factory=list)  # per row, its printed lines
    columns: list[tuple[float, float]] = field(default_factory=list)  # value columns' x ranges


def is_number(text: str) -> bool:
    return bool(NUMBER.match(text.strip()))


def _values(line: Line) -> list[Segment]:
    """The segments of a line that are not its label."""
    segments = line.segments
    if segments and not is_number(segments[0].text):
        return segments[1:]
    return segments


YEAR_CELL = re.compile(
    r"^(?:19|20)\d\d(?:\s*[-–/]\s*(?:\d{2}|\d{4}))?$|^(?:19|20)\d\d-\d\d(?:-\d\d)?$"
)


def is_data_row(line: Line) -> bool:
    values = _values(line)
    if len(line.segments) < 2 or not values:
        return False
    if not any(is_number(s.text) and not YEAR_CELL.match(s.text.strip()) for s in values) and (
        values is line.segments or len(line.segments[0].text) <= 40
    ):
        return False  # a heading row: years, "Totalt 2020-2022", no value
    numbers = sum(1 for s in values if is_number(s.text))
    return numbers >= 1 and numbers * 2 >= len(values)


def _header_like(line: Line) -> bool:
    """A heading row of a table: short cells of column words (years, Budget, Prognos…)."""
    segments = line.segments
    if len(line.text) > 160:
        return False
    cells = segments[1:] if len(segments) > 1 else segments
    return (
        bool(cells)
        and all(len(s.text) <= 40 for s in cells)
        and (len(segments) >= 2 or bool(HEADER_WORD.match(line.text)))
    )


def find_tables(lines: list[Line]) -> list[tuple[int, int, TableRegion]]:
    """(first line index, last line index, table) for each table among `lines`."""
    found: list[tuple[int, int, TableRegion]] = []
    data = [is_data_row(line) for line in lines]
    i = 0
    while i < len(lines):
        if not data[i]:
            i += 1
            continue
        end = i
        j = i + 1
        while j < len(lines) and j - end <= 3:
            if not _close(lines[j - 1], lines[j]):
                break
            if data[j]:
                end = j
            elif len(lines[j].segments) > 2 or len(lines[j].text) > 120:
                break
            j += 1
        start = i
        while (
            start > 0
            and i - start < MAX_HEADER_LINES
            and not data[start - 1]
            and _close(lines[start - 1], lines[start])
            and _header_like(lines[start - 1])
        ):
            start -= 1
        rows_with_data = sum(data[start : end + 1])
        has_header = start < i and len(lines[start].segments) >= 2
        if rows_with_data >= 2 or (rows_with_data == 1 and has_header):
            region = build_table(lines[start : end + 1], data[start : end + 1])
            if region is not None:
                found.append((start, end, region))
                i = end + 1
                continue
        i += 1
    return found


def _close(a: Line, b: Line) -> bool:
    """Whether b follows a closely enough to be in the same table (or on the next page)."""
    height = max(a.bottom - a.top, 1.0)
    if b.page == a.page + 1:
        return True
    return a.page == b.page and -0.5 * height <= b.top - a.bottom <= MAX_GAP * height


def _columns(rows: list[Line], label_right: float) -> list[tuple[float, float]]:
    spans = sorted(
        (s.x0, s.x1) for line in rows for s in _values(line) if s.x0 >= label_right - 1.0
    )
    columns: list[list[float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + 1.0:
            columns[-1][1] = max(columns[-1][1], x1)
        else:
            columns.append([x0, x1])
    return [(a, b) for a, b in columns]


def _column_of(segment: Segment, columns: list[tuple[float, float]]) -> list[int]:
    """The columns a segment overlaps (nearest by its middle when it overlaps none)."""
    hits = [k for k, (a, b) in enumerate(columns) if segment.x0 < b and segment.x1 > a]
    if hits:
        return hits
    middle = (segment.x0 + segment.x1) / 2
    return [
        min(range(len(columns)), key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - middle))
    ]


def build_table(lines: list[Line], data: list[bool]) -> TableRegion | None:
    first_data = data.index(True)
    data_rows = [line for line, is_data in zip(lines, data, strict=True) if is_data]
    labels = [line.segments[0] for line in data_rows if not is_number(line.segments[0].text)]
    left = min(line.x0 for line in lines)
    label_right = max((s.x1 for s in labels), default=left)
    columns = _columns(data_rows, label_right)
    if not columns:
        return None
    # a heading over a column with no value in it ("Utfall 2017" with blank cells) is a column too
    for line in reversed(lines[:first_data]):
        for segment in _header_segments(line, columns):
            free = not any(segment.x0 < b and segment.x1 > a for a, b in columns)
            if free and segment.x0 > label_right + 1.0 and not UNIT_CELL.match(segment.text):
                columns = sorted([*columns, (segment.x0, segment.x1)])
    width = len(columns) + 1
    # heading lines: each cell joined to its column, top to bottom
    printed: list[list[str]] = []
    spans: dict[int, int] = {}
    for line in lines[:first_data]:
        row = [""] * width
        for segment in _header_segments(line, columns):
            left_of_values = segment.x1 <= columns[0][0] + 1.0
            if left_of_values and (segment.x0 < label_right + 1.0 or UNIT_CELL.match(segment.text)):
                row[0] = f"{row[0]} {segment.text}".strip()
                continue
            hits = _column_of(segment, columns)
            spans[hits[0] + 1] = max(spans.get(hits[0] + 1, 1), len(hits))
            row[hits[0] + 1] = f"{row[hits[0] + 1]} {segment.text}".strip()
        printed.append(row)
    header = _joined_header(printed, width)
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    pending: list[Line] = []  # label lines waiting for their values
    heading_texts = {line.text for line in lines[:first_data]}
    for line, is_data in zip(lines[first_data:], data[first_data:], strict=True):
        if not is_data and line.text in heading_texts:
            continue  # the heading repeated on the next page
        if not is_data:
            if len(line.segments) == 1 and line.segments[0].x1 <= columns[0][0] + 1.0:
                text = line.text
                if rows and pending == [] and (rows[-1][0].endswith("-") or text[:1].islower()):
                    rows[-1][0] = _join_label(rows[-1][0], text)  # the label runs on below
                    row_lines[-1].append(line)
                else:
                    pending.append(line)
                continue
            # a line of text cells: a row without numbers
            cells = _place(line, columns, label_right, width)
            rows.append(cells)
            row_lines.append([line])
            continue
        cells = _place(line, columns, label_right, width)
        if pending:
            label = " ".join(p.text for p in pending)
            if cells[0] and cells[0][:1].islower() or not cells[0]:
                cells[0] = _join_label(label, cells[0])
                row_lines.append([*pending, line])
            else:
                rows.append([label] + [""] * (width - 1))  # a group heading row
                row_lines.append(list(pending))
                row_lines.append([line])
            pending = []
        else:
            row_lines.append([line])
        rows.append(cells)
    for line in pending:  # label lines after the last values: a row of its own
        rows.append([line.text] + [""] * (width - 1))
        row_lines.append([line])
    return TableRegion(header, rows, printed, lines, row_lines, columns)


def _joined_header(printed: list[list[str]], width: int) -> list[str]:
    """One heading per column from the heading lines, top to bottom. A line with cells
    over fewer than half the columns is a group heading ("Helår", "Perioden jan–aug"):
    each of its cells heads the columns up to the next one."""
    header = [""] * width
    for index, row in enumerate(printed):
        cells = list(row)
        filled = [k for k in range(1, width) if cells[k]]
        if index < len(printed) - 1 and filled and len(filled) * 2 <= width - 1:
            group = ""
            for k in range(filled[0], width):
                group = cells[k] or group
                cells[k] = group
        for k, cell in enumerate(cells):
            header[k] = f"{header[k]} {cell}".strip()
    return header


def _header_segments(line: Line, columns: list[tuple[float, float]]) -> list[Segment]:
    """A heading line's cells; a cell that begins with a unit left of the value columns
    ("(tkr) 2027") is read word by word, any other cell as a whole."""
    out: list[Segment] = []
    for segment in line.segments:
        outside = [w for w in segment.words if w.x1 <= columns[0][0] + 1.0]
        unit = outside and UNIT_CELL.match(" ".join(w.text for w in outside))
        if len(segment.words) > 1 and unit and len(outside) < len(segment.words):
            out.extend(Segment([w]) for w in segment.words)
        else:
            out.append(segment)
    return out


def _place(
    line: Line, columns: list[tuple[float, float]], label_right: float, width: int
) -> list[str]:
    cells = [""] * width
    for index, segment in enumerate(line.segments):
        if index == 0 and not is_number(segment.text) and segment.x0 < columns[0][0] - 1.0:
            cells[0] = segment.text
            continue
        hits = _column_of(segment, columns)
        if len(hits) > 1 and len(segment.words) > 1:
            # a segment over several columns: its words go where each stands
            for word in segment.words:
                k = _column_of(Segment([word]), columns)[0]
                cells[k + 1] = f"{cells[k + 1]} {word.text}".strip()
            continue
        k = hits[0] + 1
        cells[k] = f"{cells[k]} {segment.text}".strip()
    return cells


def _join_label(head: str, tail: str) -> str:
    if not tail:
        return head
    if head.endswith("-") and tail[:1].islower() and not tail.startswith(("och ", "eller ")):
        return head[:-1] + tail
    return f"{head} {tail}"

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
from dataclasses import dataclass, field, replace

from desktop.ingest.pdf.lines import Line, Segment
from desktop.ingest.pdf.words import Word
from desktop.ingest.readers.numbers import TREND, UNIT_WORD  # "3 410 vårddygn", "87 % ↑"

NUMBER = re.compile(
    r"^(?:[≥≤<>]=?\s*)?[-−–+]?\s*\(?\d[\d\s]*(?:[.,]\d+)*[-−]?\)?\s*"
    rf"(?:%|procent|tkr|mnkr|mkr|kr|st|dagar|d|dygn|år|e\.?u\.?|{UNIT_WORD})?"
    rf"(?:\s+(?-i:[pr]))?\s*[*¹²³⁴⁵⁶⁷⁸⁹⁰⁾]*{TREND}$"
    r"|^[-–—x]$|^\.\.?$",  # a dash, or official statistics' ".." and "." for no figure
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


def lift_titles(region: TableRegion) -> tuple[list[Line], TableRegion]:
    """A table read with no heading whose first rows are text in the first cell alone,
    above a row of column headings (a spreadsheet's title and subtitle printed inside its
    gridlines): those rows are the title's lines, printed before the table, and that row
    is its heading. Any other table is returned as it is."""
    if any(cell.strip() for cell in region.header) or len(region.row_lines) != len(region.rows):
        return [], region
    k = 0
    while k < len(region.rows) and _title_row(region.rows[k]):
        k += 1
    if k == 0 or k >= len(region.rows) - 1:
        return [], region
    heading = region.rows[k]
    if sum(1 for c in heading if c.strip()) < 2 or any(is_number(c) for c in heading if c.strip()):
        return [], region
    titles = [line for lines in region.row_lines[:k] for line in lines]
    heading_line = region.row_lines[k][0]
    body = region.row_lines[k + 1 :]
    lifted = TableRegion(
        list(heading),
        region.rows[k + 1 :],
        [list(heading)],
        [heading_line] + [line for lines in body for line in lines],
        body,
        region.columns,
    )
    return titles, lifted


def _title_row(row: list[str]) -> bool:
    return bool(row and row[0].strip()) and not any(c.strip() for c in row[1:])


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


OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}$")  # "2", "2.1": a heading's number


def is_data_row(line: Line) -> bool:
    values = _values(line)
    if len(line.segments) < 2 or not values:
        return False
    if _numbered_heading(line):
        return False
    numeric = [is_number(s.text) for s in values]  # each cell asked once
    if not any(
        number and not YEAR_CELL.match(s.text.strip())
        for number, s in zip(numeric, values, strict=True)
    ) and (values is line.segments or len(line.segments[0].text) <= 40):
        return False  # a heading row: years, "Totalt 2020-2022", no value
    numbers = sum(numeric)
    return numbers >= 1 and numbers * 2 >= len(values)


def _numbered_heading(line: Line) -> bool:
    """ "2.1 | Resultaträkning": a heading whose outline number is set apart from its words
    (Writer's heading numbering puts a tab between them), not two cells of a row."""
    segments = line.segments
    return (
        len(segments) == 2
        and bool(OUTLINE_NUMBER.match(segments[0].text.strip()))
        and not is_number(segments[1].text)
        and segments[1].text[:1].isupper()
    )


def _header_like(line: Line) -> bool:
    """A heading row of a table: short cells of column words (years, Budget, Prognos…)."""
    segments = line.segments
    if len(line.text) > 160 or _numbered_heading(line):
        return False
    if len(segments) == 2 and len(segments[0].text) > HEADING_CELL and len(segments[0].words) >= 5:
        return False  # a line of prose, with a word of the column beside it ("… register | 2024.")
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
        start = i
        # the first row's label wrapped onto the line above its values (cells set at the
        # bottom): that line is the row's, the heading stands above it
        label_above = _lines_above_first_row(lines, data, i)
        start = i - label_above
        while (
            start > 0
            and i - start < MAX_HEADER_LINES + label_above
            and not data[start - 1]
            # the heading is on the rows' page, or wholly at the foot of the page before
            and (lines[start - 1].page == lines[start].page or start == i)
            and _close(lines[start - 1], lines[start])
            and not CAPTION.match(lines[start - 1].text)  # the table's caption, over its heading
            and (_header_like(lines[start - 1]) or _between_heading_lines(lines, start - 1))
        ):
            start -= 1
        heading = {line.text for line in lines[start:i]}
        end = i
        j = i + 1
        repeated = 0  # heading lines printed again at the top of the next page
        while j < len(lines) and j - end - repeated <= 3:
            if not _close(lines[j - 1], lines[j]):
                break
            if data[j]:
                end, repeated = j, 0
            elif lines[j].text in heading and (lines[j].page != lines[j - 1].page or repeated):
                repeated += 1  # the table goes on over a page break under its heading again
            elif len(lines[j].segments) == 1 and len(lines[j].text) > 120:
                break  # a paragraph of prose
            elif _new_heading(lines, j):
                break  # the next table's caption or heading
            j += 1
        while end + 1 < len(lines) and _wraps_below(
            lines[end],
            lines[end + 1],
            lines[i].x0,
            lines[i - 1].text if label_above and end == i else "",
        ):
            end += 1  # a cell of the last row wrapping onto the next line
        rows_with_data = sum(data[start : end + 1])
        # a heading line of cells ("Indikator | 2023 | 2024"), under any line over one column
        has_header = any(len(line.segments) >= 2 for line in lines[start : i - label_above])
        if rows_with_data >= 2 or (rows_with_data == 1 and has_header):
            region = build_table(
                lines[start : end + 1],
                data[start : end + 1],
                i - label_above - start if label_above else None,
            )
            if region is not None:
                found.append((start, end, region))
                i = end + 1
                continue
        i += 1
    return found


def _lines_above_first_row(lines: list[Line], data: list[bool], i: int) -> int:
    """How many lines of words alone stand between a table's heading and its first row
    (data row i), 0 to 2: the first row's label wrapped onto the line above its values
    (cells set at the bottom), and above it a group's name ("Barn och unga"). With two, the
    heading above them must have three cells at least."""
    for lead in (1, 2):
        above = i - lead - 1
        between = range(i - lead, i)
        if (
            above >= 0
            and all(not data[j] and len(lines[j].segments) == 1 for j in between)
            and all(_close(lines[j], lines[j + 1]) for j in range(above, i))
            and not data[above]
            and len(lines[above].segments) >= (2 if lead == 1 else 3)
            and _header_like(lines[above])
        ):
            return lead
    return 0


def _between_heading_lines(lines: list[Line], j: int) -> bool:
    """A first column's heading set alone on its line, vertically centred between the
    heading lines of the other columns ("Utfall …" / "Indikator" / "2023 …")."""
    line = lines[j]
    return (
        j > 0
        and len(line.segments) == 1
        and len(line.text) <= 30
        and len(lines[j - 1].segments) >= 2
        and _close(lines[j - 1], line)
        and _header_like(lines[j - 1])
        and not is_data_row(lines[j - 1])
    )


# a numbered caption: the next table's, never a row of the table before it
CAPTION = re.compile(r"^(?:tabell|tab\.|figur|diagram)\s*\d{1,2}\b", re.IGNORECASE)


def _new_heading(lines: list[Line], j: int) -> bool:
    """Whether line j starts another table on the same page: a heading row of years or
    column words, or a caption right above one."""
    line = lines[j]
    if line.text[:1].islower():
        return False
    if CAPTION.match(line.text):  # "Tabell 4. Driftredovisning 2025 (tkr)", on any page
        return True
    if _year_heading(line) and j > 0 and lines[j - 1].page == line.page:
        return True
    following = lines[j + 1] if j + 1 < len(lines) else None
    return (
        len(line.segments) == 1
        and following is not None
        and following.page == line.page
        and _year_heading(following)
    )


def _year_heading(line: Line) -> bool:
    return (
        len(line.segments) >= 2
        and not is_data_row(line)
        and any(
            YEAR_CELL.search(s.text) or re.search(r"\b(?:19|20)\d\d\b", s.text)
            for s in line.segments[1:]
        )
    )


MIN_TEXT_ROWS = 3
BULLETS = "•●▪–-"
HEADING_CELL = 40  # characters at most in a cell of a text table's heading


def find_text_tables(lines: list[Line], taken: set[int]) -> list[tuple[int, int, TableRegion]]:
    """Tables of text without numbers ("Mål | Verksamhet | Bedömning"): runs of lines whose
    cells start at the same x on every line (a first-column cell may wrap onto a line of
    its own), with the heading line above them when its cells stand over those columns."""
    found: list[tuple[int, int, TableRegion]] = []
    i = 0
    while i < len(lines):
        if i in taken or len(lines[i].segments) < 2:
            i += 1
            continue
        starts = [(s.x0, s.x1) for s in lines[i].segments[1:]]
        groups: set[int] = set()  # group rows: a row of their own
        j = i + 1
        while (
            j < len(lines)
            and j not in taken
            and _close(lines[j - 1], lines[j])
            and (lines[j].page == lines[j - 1].page or _goes_on_over(lines, i, j))
        ):
            if _group_row(lines, j, lines[i].x0, starts) and j + 1 not in taken:
                groups.add(j)
            elif not _aligned(lines[j], starts) and not _wraps_in_column(
                lines[j - 1], lines[j], starts
            ):
                break
            j += 1
        rows = [line for line in lines[i:j] if len(line.segments) >= 2]
        lefts = [lines[i].x0] + [a for a, _ in starts]
        # under a heading of three cells or more ("Mål | Kommentar | Bedömning") a
        # comment may stand in an inner column: two columns of prose have two
        headed = len(lefts) >= 3 and i > 0 and _heads(lines[i - 1], lines[i])
        if len(rows) >= MIN_TEXT_ROWS and (
            headed or all(_short_cells(line, lefts) for line in rows)
        ):
            start = (
                i - 1 if i > 0 and (i - 1) not in taken and _heads(lines[i - 1], lines[i]) else i
            )
            data = [
                index >= i
                and (len(lines[index].segments) >= 2 or index in groups)
                and not (index > start and lines[index].text == lines[start].text)
                for index in range(start, j)
            ]  # (the heading printed again on the next page is no row)
            if start == i:
                data[0] = False  # the first line is the heading
            # a group's name, not a sentence ending in a full stop (a comment under a box)
            named = frozenset(g - start for g in groups if not lines[g].text.rstrip().endswith("."))
            region = build_table(lines[start:j], data, across=named)
            if region is not None:
                found.append((start, j - 1, region))
                i = j
                continue
        i += 1
    return found


def _wraps_in_column(above: Line, line: Line, columns: list[tuple[float, float]]) -> bool:
    """A line of one cell that goes on with an inner column's text right above it ("…
    Drama och digitalt skapande i" / "Mullhyttan lockade nya elever."): it starts where
    that column starts and is set as tight as a cell's lines."""
    return (
        len(line.segments) == 1
        and any(abs(line.x0 - a) <= 3.0 for a, _ in columns[:-1] or columns)
        and line.page == above.page
        and line.top - above.bottom <= 0.5 * max(line.size, 1.0)
    )


def _goes_on_over(lines: list[Line], first: int, j: int) -> bool:
    """Whether line j, the first of the next page, goes on with the text table begun at
    line `first` (its cells' places are checked as every row's are): the table's heading
    printed again, a row whose first cell goes on in lower case with the row above, or a
    row with a cell longer than a heading's. A line of short cells in capitals may be
    another table's heading, and ends the table."""
    line = lines[j]
    if line.page != lines[j - 1].page + 1:
        return False
    heading = lines[first - 1] if first > 0 and _heads(lines[first - 1], lines[first]) else None
    under = lines[first + 1] if first + 1 < len(lines) else None  # a heading's second line
    repeated = {lines[first].text, heading.text if heading else None,
                under.text if under and len(under.segments) == 1 and len(under.text) <= 20 else None}  # fmt: skip
    if line.text in repeated:
        return True  # the heading printed again (or what of it is not page furniture)
    if len(line.segments) < 2:
        return False
    return line.text[:1].islower() or any(len(s.text) > HEADING_CELL for s in line.segments)


def _short_cells(line: Line, lefts: list[float]) -> bool:
    """Whether a row's cells are a table's, not two columns of prose: short, except that
    the last of three or more may be a comment ("Status | Kommentar"). A cell is the words
    from one column's left edge to the next, so a cell that runs up to the next column
    ("… i den takt som behövs 14 detaljplaner …") is measured apart from it."""
    cells: list[list[str]] = [[] for _ in lefts]
    for word in line.words:
        k = max((k for k, left in enumerate(lefts) if word.x0 >= left - 3.0), default=0)
        if not word.struck:
            cells[k].append(word.text)
    texts = [" ".join(c) for c in cells]
    if len(lefts) == 2 and len(texts[0]) <= 20:
        return True  # "Nämndmål | …", "Prognos | Uppnås": a short label and its value
    inner = texts[1:-1] if len(lefts) >= 3 else texts[1:]
    return all(len(t) <= 60 for t in inner)


def _group_row(lines: list[Line], j: int, left: float, columns: list[tuple[float, float]]) -> bool:
    """A short line of the first column alone between a text table's rows, with rows
    going on below it: a group's name ("Målområde: Trygg och god omsorg")."""
    line = lines[j]
    return (
        len(line.segments) == 1
        and len(line.text) <= 80
        and abs(line.x0 - left) <= 3.0
        and j + 1 < len(lines)
        and _close(line, lines[j + 1])
        and len(lines[j + 1].segments) >= 2
        and _aligned(lines[j + 1], columns)
    )


def _heads(heading: Line, first: Line) -> bool:
    """Whether a line is the heading of the text table whose first row follows it: a
    heading over each of the row's cells. Two headings set close may have run together
    ("Progn.* Kommentar" over "DU" and a comment): then its words are matched apart."""
    if not _close(heading, first) or any(len(h.text) > HEADING_CELL for h in heading.segments):
        return False
    if len(heading.segments) == len(first.segments):
        return all(
            h.x0 < row.x1 + 3.0 and h.x1 > row.x0 - 3.0 or abs(h.x0 - row.x0) <= 3.0
            for h, row in zip(heading.segments[1:], first.segments[1:], strict=True)
        )
    if not 2 <= len(heading.segments) < len(first.segments):
        return False
    words = [w for h in heading.segments[1:] for w in h.words]
    over = [  # for each of the row's later cells, the heading words over it
        [w for w in words if w.x0 < row.x1 + 3.0 and w.x1 > row.x0 - 3.0]
        for row in first.segments[1:]
    ]
    return all(over) and len({id(w) for ws in over for w in ws}) == sum(map(len, over))


def _aligned(line: Line, columns: list[tuple[float, float]]) -> bool:
    """Whether every cell after a line's first starts, ends or is centred where a cell of
    the first line is (text set left, right or centred in its column), or the line is a
    cell wrapping, or the next item of a list in an inner column ("• Andel som …")."""
    if len(line.segments) < 2:  # a cell wrapping, or an inner column's next item ("• …")
        bullet = line.text[:1] in BULLETS and any(abs(line.x0 - a) <= 3.0 for a, _ in columns[:-1])
        return len(line.segments) == 1 and (line.text[:1].islower() or bullet)
    return all(
        any(
            abs(s.x0 - a) <= 3.0 or abs(s.x1 - b) <= 3.0 or abs(s.x0 + s.x1 - a - b) <= 6.0
            for a, b in columns
        )
        for s in line.segments[1:]
    )


def _wraps_below(row: Line, line: Line, left: float, label: str = "") -> bool:
    """A line right below a table's last row that goes on with one of its cells: set as
    tight as the row's own lines, and indented into the table or starting in lower case."""
    if line.page != row.page or is_data_row(line) or len(line.text) > 120:
        return False
    gap = line.top - row.bottom  # below the row (a caption of a table beside it is above)
    tight = -0.5 * max(line.size, 1.0) <= gap <= 0.5 * max(line.size, 1.0)
    return tight and (
        line.x0 > left + max(line.size, 1.0)
        or line.text[:1].islower()
        or _unfinished(label or row.text)
    )


UNFINISHED = re.compile(r"(?:^|\s)(?:på|i|av|för|med|per|och|till|inom|om|samt|under)$", re.I)


def _unfinished(text: str) -> bool:
    """Whether a row's label breaks off after a word no label ends with ("… personal på")."""
    return bool(UNFINISHED.search(text.split("\t")[0].strip()))


def _close(a: Line, b: Line) -> bool:
    """Whether b follows a closely enough to be in the same table (or on the next page)."""
    height = max(a.bottom - a.top, 1.0)
    if b.page == a.page + 1:
        return True
    return a.page == b.page and -height <= b.top - a.bottom <= MAX_GAP * height


MIN_GUTTER = 0.35  # em: a narrower strip free of words is a space, not a gap between columns


def column_spans(lines: list[Line]) -> list[tuple[float, float]]:
    """The x ranges of a table's columns: where the words of its rows stand, split at
    every strip that no word of any row covers. Words, not segments, are measured, so a
    cell that runs close to the next one ("… ska ha Sjukfrånvaro …") still parts there.
    A range only one row has words in, right beside another ("Verksamhetens | nettokostnad"
    when no other label is as long), is a gap between words, not a column."""
    words = sorted(
        (x0, x1, size, n) for n, line in enumerate(lines) for x0, x1, size in _number_runs(line)
    )
    spans: list[list[float]] = []
    rows: list[set[int]] = []
    for x0, x1, size, n in words:
        if spans and x0 <= spans[-1][1] + MIN_GUTTER * max(size, 1.0):
            spans[-1][1] = max(spans[-1][1], x1)
            rows[-1].add(n)
        else:
            spans.append([x0, x1, size])
            rows.append({n})
    if len(lines) >= 2:
        k = 1
        while k < len(spans):
            near = spans[k][0] - spans[k - 1][1] < 1.0 * max(spans[k][2], 1.0)
            if len(rows[k]) == 1 and near and rows[k] <= rows[k - 1]:
                spans[k - 1][1] = max(spans[k - 1][1], spans[k][1])
                rows[k - 1] |= rows.pop(k)
                spans.pop(k)
                continue
            k += 1
    return [(a, b) for a, b, _ in spans]


GROUP_HEAD = re.compile(r"^[-−–]?\d{1,3}$")
GROUP_TAIL = re.compile(r"^\d{3}(?:[,.]\d+)?%?$")


def _number_runs(line: Line) -> list[tuple[float, float, float]]:
    """A line's words as x ranges, the digit groups of one number ("-14 200") as one:
    right-aligned numbers of the same width have their group spaces one above another,
    and that strip is no gap between columns."""
    runs: list[list[float]] = []
    previous = None
    for word in line.words:
        if (
            previous is not None
            and GROUP_HEAD.match(previous.text)
            and GROUP_TAIL.match(word.text)
            and word.x0 - previous.x1 < 0.6 * max(word.size, 1.0)
        ):
            runs[-1][1] = word.x1
        else:
            runs.append([word.x0, word.x1, word.size])
        previous = word
    return [(a, b, c) for a, b, c in runs]


OCR_SLACK = 0.5  # em


def _column_of(segment: Segment, columns: list[tuple[float, float]]) -> list[int]:
    """The columns a segment overlaps (nearest by its middle when it overlaps none). An
    OCR'd box is only roughly where the words are printed: one reaching less than half an
    em into a column does not stand over it."""
    slack = 0.0
    if segment.words[0].ocr:
        slack = OCR_SLACK * max(segment.words[0].size, 1.0)
    hits = [
        k for k, (a, b) in enumerate(columns) if min(segment.x1, b) - max(segment.x0, a) > slack
    ]
    if hits:
        return hits
    middle = (segment.x0 + segment.x1) / 2
    return [
        min(
            range(len(columns)),
            key=lambda k: abs((columns[k][0] + columns[k][1]) / 2 - middle),
        )
    ]


def _cells(line: Line, columns: list[tuple[float, float]]) -> list[str]:
    """A printed line's words placed in the columns they stand in."""
    cells: list[list[str]] = [[] for _ in columns]
    for word in line.words:
        if word.struck:
            continue  # a draft's deleted text (`struck`)
        middle = (word.x0 + word.x1) / 2
        k = next((k for k, (a, b) in enumerate(columns) if a - 0.5 <= middle <= b + 0.5), -1)
        if k < 0:  # in no column: the nearest (worked out only then, it is rare)
            k = min(
                range(len(columns)),
                key=lambda k: min(abs(columns[k][0] - middle), abs(columns[k][1] - middle)),
            )
        cells[k].append(word.text if not cells[k] or word.space_before else "\0" + word.text)
    return [" ".join(c).replace(" \0", "") for c in cells]


def with_blank_columns(
    columns: list[tuple[float, float]], heading: list[Line]
) -> list[tuple[float, float]]:
    """The columns, and a column for each heading cell over no value: "Utfall 2017" with
    blank cells, or "Status" alone in the gap between "Mål" and "Kommentar" whose cells
    are icons."""
    for n, line in enumerate(heading):
        lowest = n == len(heading) - 1  # right above the values, under any group heading
        for segment in _header_segments(line, columns):
            gap = min(min(abs(segment.x0 - b), abs(a - segment.x1)) for a, b in columns)
            free = not any(segment.x0 < b and segment.x1 > a for a, b in columns)
            far = gap > 1.5 * max(line.size, 1.0)
            last = segment.x0 > columns[-1][1]  # right of every value: a column left blank
            # a word alone in the gap between two columns, apart from both, on the heading's
            # last line (a group heading above stands between the columns it spans; a year
            # set left of its right-aligned figures is theirs): a column left blank
            apart = (
                lowest
                and segment.text[:1].isalpha()
                and gap > 0.5 * max(line.size, 1.0)
                and segment.x1 < columns[-1][0]
            )
            if (
                free
                and (far or last or apart)
                and segment.x0 > columns[0][1]
                and not UNIT_CELL.match(segment.text)
            ):
                columns = sorted([*columns, (segment.x0, segment.x1)])
    return columns


def build_table(
    lines: list[Line], data: list[bool], body_from: int | None = None,
    across: frozenset[int] = frozenset(),
) -> TableRegion | None:  # fmt: skip
    """The table of `lines`; its heading is the lines before the first data row (or before
    `body_from`, a label line of the first row printed above its values). Lines `across`
    (indexes into `lines`) are group rows printed across the table ("Målområde 1: …"):
    their words would bridge the gaps between the columns, so the columns are found
    without them, and their text is their row's first cell."""
    first_data = data.index(True) if body_from is None else body_from
    body = lines[first_data:]
    columns = column_spans(
        [line for n, line in enumerate(lines) if n >= first_data and n not in across]
    )
    if body and body[0].words[0].ocr:
        columns = _one_label_column(body, data[first_data:], columns)
    if len(columns) < 2:
        return None
    columns = with_blank_columns(columns, lines[:first_data])
    width = len(columns)
    printed: list[list[str]] = []
    spans: list[dict[int, list[int]]] = []  # per heading line: a cell's first column → all it spans
    centres: list[dict[int, float]] = []  # per heading line: a cell's first column → its middle x
    for line in lines[:first_data]:
        row = [""] * width
        spanned: dict[int, list[int]] = {}
        middles: dict[int, float] = {}
        for segment in _header_segments(line, columns):
            left_of_values = segment.x1 <= columns[1][0] + 1.0
            if left_of_values and (
                segment.x0 <= columns[0][1] + 1.0 or UNIT_CELL.match(segment.text)
            ):
                row[0] = f"{row[0]} {segment.text}".strip()
                continue
            hits = _column_of(segment, columns)
            row[hits[0]] = f"{row[hits[0]]} {segment.text}".strip()
            spanned[hits[0]] = hits
            middles.setdefault(hits[0], (segment.x0 + segment.x1) / 2)
        printed.append(row)
        spans.append(spanned)
        centres.append(middles)
    header = _joined_header(printed, width, spans, centres, columns)
    heading_texts = {line.text for line in lines[:first_data]}
    rows: list[list[str]] = []
    row_lines: list[list[Line]] = []
    pending: list[Line] = []  # label lines waiting for the values below them
    previous: Line | None = None
    for n, (line, is_data) in enumerate(zip(body, data[first_data:], strict=True), first_data):
        if not is_data and line.text in heading_texts:
            continue  # the heading repeated on the next page
        cells = [line.text] + [""] * (width - 1) if n in across else _cells(line, columns)
        if is_data:
            group, pending = _group_above_label(pending, line)
            if group:  # a group's name a row's height above the label lines of its first row
                rows.append([" ".join(p.text for p in group)] + [""] * (width - 1))
                row_lines.append(group)
            if pending:
                label = " ".join(p.text for p in pending)
                k = _label_column(pending[0], columns)
                if (
                    not cells[k]
                    or cells[k][:1].islower()
                    or _unfinished(label)
                    or _label_goes_on(pending[-1], line, cells[k])
                ):
                    cells[k] = _join_label(label, cells[k])
                    row_lines.append([*pending, line])
                else:
                    rows.append([label] + [""] * (width - 1))  # a group heading row
                    row_lines.append(list(pending))
                    row_lines.append([line])
                pending = []
            else:
                row_lines.append([line])
            rows.append(cells)
        elif (
            not pending
            and rows
            and previous is not None
            and _continues(cells, rows[-1], line, previous)
        ):
            for k, cell in enumerate(cells):  # a cell's text wrapping onto the next line
                if cell:
                    rows[-1][k] = _join_label(rows[-1][k], cell) if rows[-1][k] else cell
            row_lines[-1].append(line)
        else:
            pending.append(line)
        previous = line
    for line in pending:  # label lines after the last values: a row of their own
        rows.append([line.text] + [""] * (width - 1))
        row_lines.append([line])
    return TableRegion(header, rows, printed, lines, row_lines, columns)


def _group_above_label(pending: list[Line], row: Line) -> tuple[list[Line], list[Line]]:
    """Label lines waiting above a row's values, parted into a group's name and the row's
    own label: the label's lines are set tight above the values, as a cell's lines are; a
    line a row's height above them is a group's name ("Barn och unga" over "Inledda
    utredningar, barn och unga" / "0–20 år, antal 118 141 …")."""
    tight = len(pending)
    below = row
    while tight > 0 and below.top - pending[tight - 1].bottom <= 0.5 * max(below.size, 1.0):
        tight -= 1
        below = pending[tight]
    if 0 < tight < len(pending):
        return pending[:tight], pending[tight:]
    return [], pending


def _label_goes_on(above: Line, row: Line, label: str) -> bool:
    """Whether a row's label that starts with no capital ("7–20 år") ends the label line
    set tight above it ("Deltagartillfällen …, antal per invånare"), as a cell's lines are;
    a group's name stands a row's height above its first row."""
    tight = row.top - above.bottom <= 0.5 * max(row.size, 1.0)
    return tight and not label[:1].isupper()


def _label_column(line: Line, columns: list[tuple[float, float]]) -> int:
    """The column a row's label line stands in: the first, or the column of titles after a
    narrow one of numbers ("1" | "Den planerade tillsynen … enligt" above "tillsynsplanen")."""
    return next((k for k, cell in enumerate(_cells(line, columns)) if cell), 0)


def _one_label_column(
    body: list[Line], data: list[bool], columns: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """An OCR'd table's columns with those left of its first column of numbers joined into
    one: the labels' own word gaps can stand one above another in a short table
    ("Ekonomiskt | bistånd" over "Individ- och | familjeomsorg"), and Tesseract gives no
    column to tell them apart by."""
    numeric: set[int] = set()
    for line, is_data in zip(body, data, strict=True):
        if is_data:
            for segment in line.segments:
                if is_number(segment.text):
                    numeric.update(_column_of(segment, columns))
    first = min(numeric, default=0)
    if first < 2:
        return columns
    return [(columns[0][0], columns[first - 1][1]), *columns[first:]]


def _continues(cells: list[str], row: list[str], line: Line, previous: Line) -> bool:
    """Whether a line without values goes on with the row above it: its text starts in
    lower case, or the row's text breaks off ("-", ","), or it fills more than one cell."""
    if line.page != previous.page or line.top - previous.bottom > 0.8 * max(line.size, 1.0):
        return False
    filled = [k for k, cell in enumerate(cells) if cell]
    if not filled:
        return False
    if len(filled) > 1:
        return True
    k = filled[0]
    tight = line.top - previous.bottom <= 0.5 * max(line.size, 1.0)
    return (
        cells[k][:1].islower()
        or row[k].endswith(("-", ","))
        or (k > 0 and (not row[k] or tight))  # an inner cell's next line, set as tight
        or (k == 0 and _unfinished(row[0]))
    )


def _centred_groups(
    cells: list[str],
    filled: list[int],
    middles: dict[int, float],
    columns: list[tuple[float, float]],
) -> bool:
    """Group headings set centred over their columns, the first not over the first value
    column: each group spans the cells its middle is the middle of ("Jan–apr 2025" over
    columns 1–3, "Helår 2025" over 4–6). Fills `cells`; False when the groups do not meet
    end to end and reach the last column."""
    width = len(cells)
    if not filled or len(columns) != width or width < 3:
        return False
    # a cell reaches halfway into the gaps beside it
    lefts = [columns[0][0]] + [(columns[k - 1][1] + columns[k][0]) / 2 for k in range(1, width)]
    rights = [(columns[k][1] + columns[k + 1][0]) / 2 for k in range(width - 1)] + [columns[-1][1]]
    if middles.get(filled[0], 0.0) <= rights[1]:
        return False  # the first group starts over the first value column: set from the left
    start = 1
    spans: list[tuple[int, int, str]] = []
    for k in filled:
        middle = middles.get(k)
        if middle is None or k < start:
            return False
        first = start
        end = min(range(k, width), key=lambda e: abs((lefts[first] + rights[e]) / 2 - middle))
        spans.append((start, end, cells[k]))
        start = end + 1
    if start != width:
        return False
    for first, last, group in spans:
        for column in range(first, last + 1):
            cells[column] = group
    return True


def _repeated_groups(cells: list[str], filled: list[int], lowest: list[str]) -> bool:
    """Group headings over a run of column headings that repeats ("Budget 2026" and
    "Prognos 2026", each over its own "Intäkter | Kostnader | Netto"): each heads the whole
    run it stands over, wherever in the run it is set (flush right over "Netto" too).
    Fills `cells`; False when the lowest heading line has no such runs, or a run has not
    one group heading over it."""
    runs = _repeated_runs(lowest)
    if len(runs) < 2:
        return False
    over = [[k for k in filled if first <= k <= last] for first, last in runs]
    if any(len(groups) != 1 for groups in over) or sum(map(len, over)) != len(filled):
        return False
    for (first, last), (k,) in zip(runs, over, strict=True):
        group = cells[k]
        for column in range(first, last + 1):
            cells[column] = group
    return True


def _repeated_runs(headings: list[str]) -> list[tuple[int, int]]:
    """(first, last) column of each repeat of the value columns' first headings, one run
    after another from the first value column ("Intäkter Kostnader Netto" twice)."""
    values = headings[1:]
    for size in range(2, len(values) // 2 + 1):
        unit = values[:size]
        if not all(unit) or len(set(unit)) != size:
            continue
        count = 1
        while values[count * size : (count + 1) * size] == unit:
            count += 1
        if count >= 2:
            return [(1 + i * size, i * size + size) for i in range(count)]
    return []


def _joined_header(
    printed: list[list[str]],
    width: int,
    spans: list[dict[int, list[int]]],
    centres: list[dict[int, float]] | None = None,
    columns: list[tuple[float, float]] | None = None,
) -> list[str]:
    """One heading per column from the heading lines, top to bottom. A line with cells
    over fewer than half the columns is a group heading ("Helår", "Perioden jan–aug"):
    set centred (the first not over the first value column), each heads the columns
    around its middle; else each heads the columns it is printed over and those up to
    the next one, the first also the value columns before it."""
    header = [""] * width
    for index, row in enumerate(printed):
        cells = list(row)
        filled = [k for k in range(1, width) if cells[k]]
        if index < len(printed) - 1 and _repeated_groups(cells, filled, printed[-1]):
            for k, cell in enumerate(cells):
                header[k] = f"{header[k]} {cell}".strip()
            continue
        measures = any(MEASURE.match(cells[k]) for k in filled)  # "Utfall" heads one column
        if index < len(printed) - 1 and filled and len(filled) * 2 <= width - 1 and not measures:
            if _side_by_side(filled, spans[index]):  # "Riket | Kommungrupp" over the last two
                for k, cell in enumerate(cells):
                    header[k] = f"{header[k]} {cell}".strip()
                continue
            if (
                centres is not None
                and columns is not None
                and _centred_groups(cells, filled, centres[index], columns)
            ):
                for k, cell in enumerate(cells):
                    header[k] = f"{header[k]} {cell}".strip()
                continue
            group = cells[filled[0]]
            for k in range(1, width):
                if cells[k] and k in filled:
                    group = cells[k]
                    for covered in spans[index].get(k, [k]):
                        cells[covered] = group
                elif not cells[k]:
                    cells[k] = group
        for k, cell in enumerate(cells):
            header[k] = f"{header[k]} {cell}".strip()
    return header


def _side_by_side(filled: list[int], spans: dict[int, list[int]]) -> bool:
    """Headings over columns next to each other, each over its own column alone ("Riket"
    over one "2025", "Kommungrupp" over the next): each heads its column, not a group."""
    return (
        len(filled) >= 2
        and filled == list(range(filled[0], filled[-1] + 1))
        and all(spans.get(k, [k]) == [k] for k in filled)
    )


def _header_segments(line: Line, columns: list[tuple[float, float]]) -> list[Segment]:
    """A heading line's cells. A cell over several columns whose words each stand inside
    a column ("Utfall Målvärde" set tight, "(tkr) 2027") is read word by word; one that
    stands across the gaps ("Helår" centred over three columns) as a whole."""
    out: list[Segment] = []
    for segment in _tight_segments(line):
        if any(w.ocr for w in segment.words):
            segment = Segment([part for w in segment.words for part in _split_ocr(w, columns)])
        if len(segment.words) > 1 and len(_column_of(segment, columns)) > 1:
            homes = _homes(segment.words, columns)
            if all(h is not None for h in homes) and len(set(homes)) > 1:
                out.extend(_group_words(segment.words, homes))
                continue
        outside = [w for w in segment.words if w.x1 <= columns[0][0] + 1.0]
        unit = outside and UNIT_CELL.match(" ".join(w.text for w in outside))
        if len(segment.words) > 1 and unit and len(outside) < len(segment.words):
            out.extend(Segment([w]) for w in segment.words)
        else:
            out.append(segment)
    return out


MEASURE = re.compile(
    r"^(utfall|budget|prognos|avvikelse|bokslut|internbudget|målvärde|mål|diff)\b", re.I
)
HEADING_GAP = 0.6  # em: heading cells are set closer together than the values below them


def _tight_segments(line: Line) -> list[Segment]:
    """A heading line cut into cells at narrower gaps than a row of values."""
    segments: list[Segment] = []
    for word in line.words:
        if segments:
            previous = segments[-1].words[-1]
            if word.x0 - previous.x1 <= HEADING_GAP * max(min(word.size, previous.size), 1.0):
                segments[-1].words.append(word)
                continue
        segments.append(Segment([word]))
    return segments


def _inside(x0: float, x1: float, columns: list[tuple[float, float]]) -> int | None:
    middle = (x0 + x1) / 2
    return next((k for k, (a, b) in enumerate(columns) if a - 0.5 <= middle <= b + 0.5), None)


def _homes(words: list[Word], columns: list[tuple[float, float]]) -> list[int | None]:
    """The column each word of a heading cell stands in (None: across a gap). An OCR'd
    word's box is only roughly where it is printed: it is the column's it overlaps most,
    and one standing in a gap ("Utfall" right-aligned over values narrower than
    "Utfall jan–okt") goes with the neighbour in the cell it is nearer to, counting the
    gap to the word and to its column, or when neither has a column, to the nearest
    column no more than an em away. A printed word that reaches over a column's edge
    ("Jan–aug 2024" over right-aligned values narrower than it) goes the same way."""
    homes = [_inside(w.x0, w.x1, columns) for w in words]
    for n, word in enumerate(words):
        if homes[n] is None and word.ocr:
            overlap, most = max(
                (min(word.x1, b) - max(word.x0, a), k) for k, (a, b) in enumerate(columns)
            )
            if overlap > 0:
                homes[n] = most
    placed = list(homes)
    for n, word in enumerate(words):
        straddles = any(word.x0 < b and word.x1 > a for a, b in columns)  # wider than its values
        if placed[n] is not None or not (word.ocr or straddles):
            continue
        neighbours: list[tuple[float, int]] = []  # (how far, its column)
        for m in (n - 1, n + 1):
            home = placed[m] if 0 <= m < len(words) else None
            if home is not None:
                gap = word.x0 - words[m].x1 if m < n else words[m].x0 - word.x1
                neighbours.append((gap + _distance(word, columns[home]), home))
        if neighbours:
            homes[n] = min(neighbours)[1]
            continue
        distance, nearest = min((_distance(word, column), k) for k, column in enumerate(columns))
        if distance <= max(word.size, 1.0):
            homes[n] = nearest
    return homes


def _distance(word: Word, column: tuple[float, float]) -> float:
    """How far a word in a gap stands from a column's nearer edge."""
    return min(abs(word.x0 - column[1]), abs(column[0] - word.x1))


CASE_TURN = re.compile(r"(?<=[a-zåäöé])(?=[A-ZÅÄÖÉ])")


def _split_ocr(word: Word, columns: list[tuple[float, float]]) -> list[Word]:
    """An OCR'd heading word that runs over two columns where Tesseract missed the gap
    between two words ("jan-okHelårsprognos"), cut where a capital follows a small letter;
    each part is given its share of the box by its letters."""
    over = [k for k, (a, b) in enumerate(columns) if word.x0 < b and word.x1 > a]
    parts = CASE_TURN.split(word.text)
    if len(over) < 2 or len(parts) < 2:
        return [word]
    out: list[Word] = []
    x, step = word.x0, (word.x1 - word.x0) / len(word.text)
    for n, part in enumerate(parts):
        end = x + step * len(part)
        out.append(replace(word, text=part, x0=x, x1=end, space_before=n > 0 or word.space_before))
        x = end
    return out


def _group_words(words, homes) -> list[Segment]:
    """Words of one printed segment regrouped by the column each stands in."""
    groups: list[Segment] = []
    last = None
    for word, home in zip(words, homes, strict=True):
        if groups and home == last:
            groups[-1].words.append(word)
        else:
            groups.append(Segment([word]))
        last = home
    return groups


def _join_label(head: str, tail: str) -> str:
    if not tail:
        return head
    if head.endswith("-") and tail[:1].islower() and not tail.startswith(("och ", "eller ")):
        word = re.split(r"[\s/(]", head[:-1])[-1]
        if len(word) == 1 or word.isupper():  # "RIB-stationerna", "e-tjänster": a real hyphen
            return head + tail
        return head[:-1] + tail
    return f"{head} {tail}"

"""Rule: goal tables ("generic/goal-table").

A column of goals ("Mål", "Nämndmål") beside a column of assessments, printed as words,
colour words, sentences, yes/no answers ("Ja / Delvis / Nej") or as coloured symbols in
the row, as an "X" in one of several columns headed by assessments (a matrix), or as a
percentage of the target reached on a scale the report prints. A
row without an assessment or a "ska" is a group over the goals below it, a row
starting in lower case is the rest of the title above, and a row without a title carries
on the goal above it (one row per indicator).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from desktop.ingest.document import STATUS_GLYPHS, plain
from desktop.ingest.model import Goal, GoalStatus, Table
from desktop.ingest.readers.goals.assessment import _cell_status, _forecast, _forecast_of
from desktop.ingest.readers.goals.common import (
    HIERARCHY_LABELS,
    LABELLED,
    MIN_TITLE,
    _goal_verb,
    _is_label,
    _label_key,
    _words,
    goal_title,
)
from desktop.ingest.readers.goals.legend import _status_of_marks, marks_on_line
from desktop.ingest.readers.goals.scale import ShortForms
from desktop.ingest.readers.paragraphs import join_wrapped
from desktop.ingest.readers.reading import Reading
from desktop.ingest.vocabulary import data


def _column(header: list[str], names: set[str]) -> int | None:
    for index, cell in enumerate(header):
        key = _label_key(cell)
        if key in names or any(key.startswith(n + " ") for n in names):
            return index
    return None


def _from_tables(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    goals: list[Goal] = []
    # "≥ 100 % = uppnått, 80–99 % = delvis uppnått …", "U = uppnås, D = delvis, E = ej uppnås"
    short = ShortForms.of(reading.lines)
    for section in reading.sections:
        for block in section.blocks:
            table = block.table
            if table is None or not table.header or not table.rows:
                continue
            table = _heading_as_row(table, legend)
            status_col = _status_column(table, legend, short)
            if status_col is None and (marked := _marked_matrix(table, legend)) is not None:
                table, status_col = marked, len(marked.header) - 1
            goal_col = _goal_column(table, status_col)
            if goal_col is None or status_col is None:
                continue
            columns = Columns(goal_col, status_col, _comment_column(table, goal_col, status_col))
            goals.extend(_goals_of_table(reading, table, columns, legend, short))
    return goals


def _heading_as_row(table: Table, legend: dict[str, tuple[GoalStatus, str]]) -> Table:
    """A table whose heading is a goal and its assessment ("Medborgarna ska få svar … |
    Delvis uppfyllt | …": the printed heading was not found above it) with that row put
    back among the rows, under a blank heading."""
    header = [plain(cell).strip() for cell in table.header]
    first = plain(table.rows[0][0]).strip() if table.rows and table.rows[0] else ""
    title = f"{header[0]} {first}" if _goes_on(first) else header[0]  # wrapped onto a row
    goal = any(_goal_verb().search(cell) for cell in [title, *header[1:]])
    assessed = any(_cell_status(cell, legend, False) for cell in header[1:] if len(cell) <= 40)
    if not (goal and assessed):
        return table
    # the heading's further lines (its comment wrapping) stand as blank rows, so that each
    # row below keeps its printed line
    blank = [[""] * len(table.header) for _ in range(table.header_lines - 1)]
    return replace(
        table,
        header=[""] * len(table.header),
        rows=[list(table.header), *blank, *table.rows],
        header_lines=0,
    )


def _status_column(
    table: Table,
    legend: dict[str, tuple[GoalStatus, str]],
    short: ShortForms,
) -> int | None:
    """The column whose cells are assessments (words, colours) or whose heading says so
    and whose cells are blank (the assessment drawn as a symbol)."""
    named = _column(table.header, _words("table_status_columns"))
    assessed = []  # columns whose cells are mostly assessments, and whether they are short
    for k in range(1, len(table.header)):
        cells = [plain(r[k]).strip() for r in table.rows if k < len(r) and r[k].strip()]
        if cells and sum(
            1 for c in cells if c in short.codes or _cell_status(c, legend, False)
        ) * 2 >= len(cells):
            assessed.append((k, all(len(c) <= SHORT_STATUS for c in cells)))
    brief = [k for k, is_brief in assessed if is_brief]
    if brief:  # "Prognos T2 | Utfall helår": of several, the last printed is the latest
        return brief[-1]
    if assessed:  # sentences ("Prognos: uppnås delvis. …"): the first
        return assessed[0][0]
    if named is not None and all(_symbol_only(r[named]) for r in table.rows if named < len(r)):
        return named  # no words: the assessment is a coloured symbol in the row
    if named is not None and all(
        _yes_no(r[named]) for r in table.rows if named < len(r) and r[named].strip()
    ):
        return named  # "Målet uppfyllt?" answered Ja / Delvis / Nej
    if (
        named is not None
        and short.scale
        and any(short.status(r[named]) for r in table.rows if named < len(r))
    ):
        return named  # "97 %" of the target reached, on the scale the report prints
    return None


# a group over the goals below it, numbered: "KF-mål 2. Hässleholm ska erbjuda …"
NUMBERED_GROUP = re.compile(r"^(?P<label>[\w\s-]{2,30}?)\s*\d{1,2}\s*[.:]\s+(?P<value>\S.{3,})$")
SHORT_STATUS = 40  # characters: a longer cell is a comment that opens with its assessment
MARK = re.compile(r"^[xX✓✔●•]$")  # a mark in a matrix of assessments


def _marked_matrix(table: Table, legend: dict[str, tuple[GoalStatus, str]]) -> Table | None:
    """A matrix of assessments ("Uppfyllt | Delvis uppfyllt | Ej uppfyllt | Ej bedömt"),
    each goal's marked with an "X" in one of them, as the table with a column of its own
    that names the marked assessment; None for any other table."""
    columns = {
        k: heading
        for k, heading in enumerate(table.header)
        if k > 0 and _cell_status(plain(heading).strip(), legend, False)
    }
    if len(columns) < 2:
        return None
    cells = [plain(row[k]).strip() for row in table.rows for k in columns if k < len(row)]
    if not any(MARK.match(c) for c in cells) or any(c and not MARK.match(c) for c in cells):
        return None
    width = len(table.header)  # a row's blank cells at its end may be left out
    rows = [[*row[:width], *[""] * (width - len(row)), _marked(row, columns)] for row in table.rows]
    return replace(table, header=[*table.header, "Bedömning"], rows=rows)


def _marked(row: list[str], columns: dict[int, str]) -> str:
    """The heading of the assessment column a row's mark stands in ("" for none)."""
    return next((h for k, h in columns.items() if k < len(row) and MARK.match(row[k].strip())), "")


def _wrapped_title(row: list[str], goal_col: int) -> bool:
    """Whether a row goes on with the title above it ("… cykel och gång" / "ska öka")."""
    return goal_col < len(row) and _goes_on(goal_title(row[goal_col]))


# a title that breaks off after a word no title ends with ("… från socialtjänsten och")
BREAKS_OFF = re.compile(r"\s(?:och|eller|samt|i|på|av|för|med|till|inom|om|från|där|som)$")


def _goes_on(title: str) -> bool:
    """A goal cell that is the rest of the title above: it starts in lower case, or is
    the title's marker in parentheses wrapped onto a line of its own ("(KF)")."""
    return title[:1].islower() or title[:1] == "("


def _yes_no(cell: str) -> GoalStatus | None:
    """The status a yes/no answer in a status column gives ("Ja", "Delvis", "Nej")."""
    status: GoalStatus | None = data("goals")["yes_no_statuses"].get(_label_key(cell))
    return status


def _symbol_only(cell: str) -> bool:
    """A cell that is blank or holds only a status symbol printed as a character ("●")."""
    return set(plain(cell).replace(" ", "")) <= STATUS_GLYPHS


def _goal_column(table: Table, status_col: int | None) -> int | None:
    if status_col is None:
        return None
    named = _column(table.header, _words("table_goal_columns"))
    if named is not None and named != status_col:
        return named
    if named is None and _column(table.header, _words("table_indicator_columns")) is not None:
        return None  # "Indikator | Status | Utfall …": indicators with lights, not goals
    texts = [
        k
        for k in range(len(table.header))
        if k != status_col
        and sum(len(r[k]) for r in table.rows if k < len(r)) / max(len(table.rows), 1) >= MIN_TITLE
    ]
    return texts[0] if texts else None


class Columns(NamedTuple):
    """Where a goal table has its goals, their assessments and the comments on them."""

    goal: int
    status: int
    comment: int | None


def _comment_column(table: Table, goal_col: int, status_col: int) -> int | None:
    """The column of comments on the goals ("Kommentar", "Analys"): each goal's analysis."""
    found = _column(table.header, _words("analysis_labels"))
    return found if found not in (goal_col, status_col) else None


def _comment(row: list[str], columns: Columns, sentences: bool) -> str:
    """What a row says of its goal: its comment cell, and the assessment cell when the
    goal's assessment is a sentence ("Målet bedöms delvis uppnås. Väntetiderna …") rather
    than a word (`sentences`)."""
    said = [plain(_cell(row, columns.status)).strip()] if sentences else []
    if columns.comment is not None:
        said.append(plain(_cell(row, columns.comment)).strip())
    return " ".join(part for part in said if part)


def _assessed_on(
    goal: Goal,
    printed: str,
    raw: str,
    found: tuple[GoalStatus, str] | None,
    legend: dict[str, tuple[GoalStatus, str]],
    interim: bool,
) -> str:
    """A goal's assessment as a row below its first gives it: the first one printed, if
    it had none, or its assessment going on in lower case ("Uppnås" over "delvis":
    "Uppnås delvis"; a capitalised "Delvis" is an indicator's own).
    Returns the assessment cell as printed so far."""
    more = plain(raw).strip()
    if not more:
        return printed
    if goal.status == "unassessed" and found:
        goal.status, goal.status_raw = found
        return more
    goes_on = printed and more[:1].islower() and len(more) <= SHORT_STATUS  # not a new cell's
    whole = _cell_status(f"{printed} {more}", legend, interim) if goes_on else None
    if whole:
        goal.status, goal.status_raw = whole
        return f"{printed} {more}"
    return printed


def _cell(row: list[str], k: int) -> str:
    return row[k] if k < len(row) else ""


def _goals_of_table(
    reading: Reading,
    table: Table,
    columns: Columns,
    legend: dict[str, tuple[GoalStatus, str]],
    short: ShortForms,
) -> list[Goal]:
    goals: list[Goal] = []
    hierarchy: list[str] = []
    goal_col, status_col = columns.goal, columns.status
    sentences = False  # the goal above is assessed in a sentence, not a word
    printed = ""  # its assessment cell as printed so far ("Uppnås", then "delvis" below)
    first_row_line = table.line_start + table.header_lines
    for offset, row in enumerate(table.rows):
        number = first_row_line + offset
        title = goal_title(row[goal_col]) if goal_col < len(row) else ""
        first = row[0].strip() if row else ""
        if (
            not title
            and first[:1].isalnum()
            and not first[:1].islower()
            and not any(c.strip() for c in row[1:])
        ):
            title = goal_title(first)  # a row across the table ("1 Utbildning"), in the first cell
        raw = row[status_col] if status_col < len(row) else ""
        found = _cell_status(raw, legend, reading.interim)
        if not found:
            found = short.status(raw)  # "97 %" on the report's scale, "D" by its legend
        if not found and (answer := _yes_no(raw)):
            found = _forecast_of(answer, reading.interim), plain(raw).strip()
        if not found:
            found = _status_of_marks(marks_on_line(reading, number), legend, reading.interim)
        if (
            (_goes_on(title) or not found and goals and BREAKS_OFF.search(goals[-1].title))
            and goals
            and goals[-1].line_end == number - 1
            and goals[-1].found_by == "generic/goal-table"
        ):  # the rest of a title the cell wrapped onto the next row ("… i sitt" / "boende")
            goals[-1].title = join_wrapped(goals[-1].title, title)
            goals[-1].analysis = join_wrapped(goals[-1].analysis, _comment(row, columns, sentences))
            goals[-1].line_end = number
            printed = _assessed_on(goals[-1], printed, raw, found, legend, reading.interim)
            continue
        if not title:  # a goal spanning several rows (one per indicator): status may come later
            if goals:
                printed = _assessed_on(goals[-1], printed, raw, found, legend, reading.interim)
                goals[-1].analysis = join_wrapped(
                    goals[-1].analysis, _comment(row, columns, sentences)
                )
                goals[-1].line_end = number
            continue
        group = LABELLED.match(title) or NUMBERED_GROUP.match(title)
        if group and _label_key(group.group("label")) in HIERARCHY_LABELS:
            hierarchy = [group.group("value").strip()]  # "Målområde: …" over its goals' rows
            continue
        wraps = offset + 1 < len(table.rows) and _wrapped_title(table.rows[offset + 1], goal_col)
        if not found and not wraps and not _goal_verb().search(title):
            hierarchy = [title]  # "2 Medarbetare och ekonomi": no assessment, no "ska": a group
            continue
        if len(title) < MIN_TITLE or _is_label(title):
            continue
        status, status_raw = found if found else ("unassessed", "")
        sentences = len(plain(raw).strip()) > SHORT_STATUS
        printed = plain(raw).strip()
        goals.append(
            Goal(
                title,
                status,
                status_raw,
                _comment(row, columns, sentences),
                hierarchy=list(hierarchy),
                line_start=number,
                line_end=number,
                found_by="generic/goal-table",
            )  # fmt: skip
        )
    if reading.interim and _forecast(table.header[status_col]):
        for goal in goals:  # "Prognos helår": what the column says of the year is a forecast
            goal.status = _forecast_of(goal.status, interim=True)
    return goals

"""Finance tables laid out with spaces, as PDF-to-text gives them (2023 interim, 2024 OCR'd).

    Resultaträkning, tkr Bokslut 2022          ← the column headings wrap over lines,
    Internbudget                                  and repeat after a page break
    2023
    Utfall 2023-
    08-31
    Prognos 2023
    Kommunbidrag 598 582 637 213 418 055 637 213     ← four numbers, one space apart
    Disposition av ackumulerat                       ← a label wraps, its values follow
    resultat
    0 0 0 0
    Ackumulerat resultat (inklu- -904 0  -40 000     ← a double space is a blank cell

The 2024 result per unit is printed one cell per line, with some cells bunched ("0 0 0 0")
and others lost. There each unit keeps the cells that stand right after its name, in
column order; cells that cannot be placed that way are placed only with evidence (see
`_place_loose_cells`) and otherwise left out with a warning. Nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from desktop.ingest.model import FinanceRow
from desktop.ingest.readers.numbers import split_numbers

INCOME_HEADER = re.compile(
    r"^\s*(?:Resultaträkning|Resultatrakning|Driftredovisning)\b[^\t\d]*?\btkr\b(?P<rest>[^\t]*)$",
    re.I,
)
UNIT_HEADER = re.compile(
    r"^\s*Verksamhet(?:er)?(?:,? ?\(?tkr\)?)?(?P<rest>(?:\s+(?:Bokslut|Internbudget|Budget|Utfall|Prognos)\b[^\t]*)?)$"
)
UNIT_CAPTION = re.compile(r"per verksamhet|^\s*Årets resultat, tkr\s*$", re.I)
COLUMN = re.compile(
    r"\b(Bokslut|Internbudget|Budget|Utfall|Prognos|Avvikelse)\s+(\d{4}(?:-\d{2}-\d{2})?)\b"
)
HEADER_WORD = re.compile(
    r"^(?:Bokslut|Internbudget|Budget|Utfall|Prognos|Avvikelse|\d{4}-?|\d{2}-\d{2}|\d{4}-\d{2}-\d{2}|\|)$"
)
ROW = re.compile(r"^(?P<label>.*?)\s*(?P<numbers>(?:(?<![\w(])[-−–]*\d+\s*)+)$")
STOP = re.compile(r"^\s*(Kommentar|Specifikation|Investeringar)\b", re.I)
MAX_ROWS = 30


@dataclass
class SpaceFinance:
    """A space-laid finance table as read: its rows and where it stands in the text."""

    caption: str  # the first heading cell as printed: "Resultaträkning, tkr", "Verksamhet"
    columns: list[str]
    rows: list[FinanceRow]
    line_start: int  # the heading line, 1-based
    line_end: int  # the last line the table used
    warnings: list[str]  # cells left out; a table without any is complete
    left_out_below: list[str] = field(default_factory=list)  # unreadable rows after line_end


@dataclass
class _Row:
    label: str
    line: int
    lines_of_numbers: list[str] = field(default_factory=list)
    numbers_beside_label: bool = False


def find_space_finance(
    lines: list[str],
    *,
    income: bool,
    warnings: list[str],
    result: dict[str, float | None] | None = None,
) -> list[FinanceRow]:
    """The space-laid income statement (income=True) or result per unit, or [].

    `result` is the income statement's result row, the evidence for placing a bunched
    total in a one-cell-per-line table.
    """
    found = read_space_finance(lines, income=income, result=result)
    if found is None:
        return []
    warnings.extend(found.warnings + found.left_out_below)
    return found.rows


def read_space_finance(
    lines: list[str], *, income: bool, result: dict[str, float | None] | None = None
) -> SpaceFinance | None:
    """The first space-laid income statement (or result per unit) with rows, as read.

    A report's tables and its finance both ask for it: it is read once per extraction
    (`forget_read_tables` starts each one afresh), a copy each time, since callers mend
    the labels they get."""
    found = _read_space_finance(tuple(lines), income, tuple(sorted((result or {}).items())))
    if found is None:
        return None
    return replace(  # its lists and each row's columns its own; the strings are shared
        found,
        columns=list(found.columns),
        rows=[replace(row, columns=dict(row.columns)) for row in found.rows],
        warnings=list(found.warnings),
        left_out_below=list(found.left_out_below),
    )


def forget_read_tables() -> None:
    """Start an extraction without the tables the last one read."""
    _read_space_finance.cache_clear()


@lru_cache(maxsize=4)
def _read_space_finance(
    text: tuple[str, ...], income: bool, result: tuple[tuple[str, float | None], ...]
) -> SpaceFinance | None:
    lines = list(text)
    for i, line in enumerate(lines):
        if income:
            starts = bool(INCOME_HEADER.match(line))
        else:
            starts = bool(UNIT_HEADER.match(line)) and _after_unit_caption(lines, i)
        if starts and "\t" not in line:
            found = _read_table(lines, i, dict(result))
            if found.rows:
                return found
    return None


def _after_unit_caption(lines: list[str], index: int) -> bool:
    before = [line for line in lines[max(0, index - 6) : index] if line.strip()]
    return any(UNIT_CAPTION.search(line) for line in before[-3:])


def _is_header(line: str) -> bool:
    return bool(INCOME_HEADER.match(line) or UNIT_HEADER.match(line))


def _header(lines: list[str], index: int) -> tuple[list[str], int]:
    """Column headings starting at lines[index], and the index of the first line after them."""
    match = INCOME_HEADER.match(lines[index]) or UNIT_HEADER.match(lines[index])
    parts = [match.group("rest") if match else ""]
    i = index + 1
    while i < len(lines):
        words = lines[i].split()
        if words and not all(HEADER_WORD.match(w) for w in words):
            break
        parts.append(lines[i])
        i += 1
    text = re.sub(r"(\d{4})-\s+(\d{2}-\d{2})", r"\1-\2", " ".join(p.strip() for p in parts))
    return [f"{word} {year}" for word, year in COLUMN.findall(text)], i


def _read_table(lines: list[str], index: int, result: dict[str, float | None]) -> SpaceFinance:
    columns, i = _header(lines, index)
    caption = lines[index].strip().split("  ")[0]
    caption = re.split(r"\s+(?=Bokslut|Internbudget|Budget|Utfall|Prognos)", caption)[0]
    found = SpaceFinance(caption, columns, [], index + 1, i, [])
    if len(columns) < 2:
        return found
    rows: list[_Row] = []
    pending: list[str] = []
    pending_line = 0
    while i < len(lines) and len(rows) < MAX_ROWS:
        text = lines[i].strip()
        if not text:
            i += 1
            continue
        if _is_header(lines[i]):  # repeated after a page break
            i = _header(lines, i)[1]
            found.line_end = i
            continue
        if STOP.match(text) or "\t" in text or len(text) > 80:
            break
        found.line_end = i + 1
        match = ROW.match(text)
        label = (match.group("label") if match else text).strip()
        numbers = match.group("numbers").strip() if match else ""
        if label and numbers:
            line = i + 1
            if pending and label[0].islower():  # the end of a wrapped label, then its values
                label, line = _join([*pending, label]), pending_line
            rows.append(_Row(label, line, [numbers], numbers_beside_label=True))
            pending, pending_line = [], 0
        elif label:
            if rows and not pending and rows[-1].label.endswith("-") and label[0].islower():
                rows[-1].label = _join([rows[-1].label, label])  # the label ran on after its values
            else:
                pending.append(label)
                pending_line = pending_line or i + 1
        elif pending:
            rows.append(_Row(_join(pending), pending_line, [numbers]))
            pending, pending_line = [], 0
        elif rows:
            rows[-1].lines_of_numbers.append(numbers)
        i += 1
    if pending:  # a caption or a note after the last row, not part of the table
        found.line_end = pending_line - 1
    found.rows = _cells(rows, columns, found.warnings, result)
    read = {row.line for row in found.rows}
    left_out = [row.line for row in rows if row.line not in read]
    if left_out and min(left_out) > max(read, default=0) and len(found.warnings) == len(left_out):
        found.line_end = min(left_out) - 1  # unreadable last rows stay text below the table
        found.warnings, found.left_out_below = [], found.warnings
    return found


def _cells(
    rows: list[_Row], columns: list[str], warnings: list[str], result: dict[str, float | None]
) -> list[FinanceRow]:
    if rows and not any(r.numbers_beside_label for r in rows):
        return _one_cell_per_line(rows, columns, warnings, result)
    out = []
    for row in rows:
        cells = split_numbers(row.lines_of_numbers[0], len(columns))
        if cells is None or len(row.lines_of_numbers) > 1:
            warnings.append(_unreadable(row))
            continue
        out.append(FinanceRow(row.label, dict(zip(columns, cells, strict=True)), row.line))
    return out


def _one_cell_per_line(
    rows: list[_Row], columns: list[str], warnings: list[str], result: dict[str, float | None]
) -> list[FinanceRow]:
    out: list[FinanceRow] = []
    loose: list[float] = []
    for row in rows:
        read = [split_numbers(numbers) for numbers in row.lines_of_numbers]
        cells = [c for line_cells in read for c in line_cells or [] if c is not None]
        if any(line_cells is None for line_cells in read):
            warnings.append(_unreadable(row))
            continue
        if len(cells) > len(
            columns
        ):  # cells of later rows bunched here: only the first is surely ours
            cells, extra = cells[:1], cells[1:]
            loose.extend(extra)
        out.append(FinanceRow(row.label, dict(zip(columns, cells, strict=False)), row.line))
    loose = _place_loose_cells(out, columns, loose, result)
    if loose:
        warnings.append(
            f"{len(loose)} värden i tabellen per verksamhet kunde inte placeras i sin kolumn "
            "och lämnades tomma"
        )
    return out


def _place_loose_cells(
    rows: list[FinanceRow], columns: list[str], loose: list[float], result: dict[str, float | None]
) -> list[float]:
    """Place bunched cells where the evidence is unambiguous; return those left over.

    A run of identical values (the "0 0 0 0" of a budget column) fills a column exactly
    when it is as long as the number of units missing that column. A single value left
    for the total row's last column is placed when it equals the income statement's
    result in the column of the same heading.
    """
    for column in columns[1:]:
        missing = [r for r in rows if column not in r.columns]
        run = next((n for n, v in enumerate(loose) if v != loose[0]), len(loose)) if loose else 0
        if missing and run == len(missing):
            for row in missing:
                row.columns[column] = loose[0]
            loose = loose[run:]
    total = next((r for r in rows if re.match(r"(Totalt|Summa)\b", r.label, re.I)), None)
    last = columns[-1]
    if len(loose) == 1 and total and last not in total.columns and result.get(last) == loose[0]:
        total.columns[last] = loose[0]
        loose = []
    return loose


def _unreadable(row: _Row) -> str:
    return f"ekonomirad som inte kunde läsas, utelämnad: {row.label} (rad {row.line})"


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}".strip()
    return text

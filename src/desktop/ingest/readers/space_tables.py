"""Tables laid out with spaces, as PDF-to-text gives them (2023 interim, 2024 OCR'd report).

    Nyckeltal Utfall 2019 Utfall 2020 Utfall 2021 Utfall 2022 Utfall 2023
    Andel barn placerade i jour-
    hem, med behov av familje-          ← the row label wraps over several lines,
    hem, som erhåller ett familje- 67 % 68 % 57% 59 % 39%   ← values on one of them
    hem inom högst 6 månader,
    procent

A row starts at a label line beginning with a capital letter; lower-case lines after
its values continue its label. Thousands are printed "2 267" or "2267", so the digits of
a values line are grouped into exactly as many values as the table has columns, counted
from the right: a blank or garbled first cell leaves the earliest year empty, it never
shifts values into the wrong year. A cell that is not cleanly a number is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.ingest.model import Table

HEADER = re.compile(
    r"^\s*(?P<first>Nyckeltal|Indikatorer|Mätetal|Matetal)\s+(?P<cols>(?:(?:Utfall|Prognos|Budget|Mål|Mal)\s+)?\d{4}.*)$"
)
COLUMN = re.compile(r"(?:(?:Utfall|Prognos|Budget|Målvärde|Mål|Mal)\s+)?\d{4}")
VALUE_TOKEN = re.compile(r"^\d+(?:,\d+)?%?$|^%$")
GARBLED_TOKEN = re.compile(
    r"[a-zA-Z]\d*[,.]|\d+[a-zA-Z]?[,.]"
)  # "g," "g3,": a number OCR could not read
FINANCE_LINE = re.compile(r"\b(tkr|mnkr|Bokslut|Internbudget|Resultaträkning|Resultatrakning)\b")
PROSE_LENGTH = 70


@dataclass
class _Row:
    label: list[str] = field(default_factory=list)
    values: list[str] | None = None
    garbled: int = 0  # cells OCR could not read, left blank
    first_line: int = 0
    last_line: int = 0


def _trailing_values(line: str) -> tuple[str, list[str], int]:
    """Split a line into label text, the value tokens that end it, and garbled cells before them."""
    tokens = line.split()
    values: list[str] = []
    while tokens and VALUE_TOKEN.match(tokens[-1]):
        values.insert(0, tokens.pop())
    garbled = 0
    while values and tokens and GARBLED_TOKEN.fullmatch(tokens[-1]):
        tokens.pop()
        garbled += 1
    return " ".join(tokens), values, garbled


def _group(tokens: list[str], count: int) -> list[str] | None:
    """Join digit tokens into exactly `count` values ("2 267" is one value), or None."""
    merged: list[str] = []
    for token in tokens:  # a lone "%" belongs to the number before it
        if token == "%" and merged:
            merged[-1] += "%"
        elif token != "%":
            merged.append(token)

    def split(i: int, left: int) -> list[str] | None:
        if i == len(merged):
            return [] if left == 0 else None
        if left == 0:
            return None
        head = merged[i]
        options = [head]
        if re.fullmatch(r"\d{1,3}", head):
            j = i + 1
            joined = head
            while j < len(merged) and re.fullmatch(r"\d{3}%?|\d{3},\d+%?", merged[j]):
                joined += " " + merged[j]
                options.append(joined)
                if not re.fullmatch(r"\d{3}", merged[j]):
                    break
                j += 1
        for n, option in reversed(list(enumerate(options))):  # longest numbers first
            rest = split(i + n + 1, left - 1)
            if rest is not None:
                return [option, *rest]
        return None

    return split(0, count)


def _values(tokens: list[str], columns: int, leading_blank: bool) -> list[str]:
    """Cells for every column, blank where nothing (readable) was printed."""
    for count in range(columns - (1 if leading_blank else 0), 0, -1):
        grouped = _group(tokens, count)
        if grouped is not None:
            return [""] * (columns - count) + grouped
    return [""] * columns


def _join_label(parts: list[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if text.endswith("-") and part and part.split()[0] not in ("och", "eller"):
            text = text[:-1] + part
        else:
            text = f"{text} {part}".strip()
    return text


def find_space_tables(lines: list[str], warnings: list[str] | None = None) -> list[Table]:
    """Every space-laid-out KPI table in the report (line numbers 1-based)."""
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        match = HEADER.match(lines[i])
        if not match or "\t" in lines[i]:  # tab-separated tables are read cell by cell elsewhere
            i += 1
            continue
        header = [match.group("first"), *(c.strip() for c in COLUMN.findall(match.group("cols")))]
        title = next(
            (lines[k].strip() for k in range(i - 1, max(i - 4, -1), -1) if lines[k].strip()), ""
        )
        table, i, unreadable = _read_table(lines, i + 1, header, title if len(title) < 60 else "")
        if warnings is not None:
            warnings.extend(
                f"oläsligt värde lämnat tomt: {name} (rad {line})" for name, line in unreadable
            )
        if table.rows:
            tables.append(table)
    return tables


def _read_table(
    lines: list[str], start: int, header: list[str], title: str
) -> tuple[Table, int, list[tuple[str, int]]]:
    columns = len(header) - 1
    rows: list[_Row] = []
    pending = _Row()
    i = start
    while i < len(lines):
        raw = lines[i]
        text = raw.strip()
        if HEADER.match(raw):
            # a header repeated after a page break continues the table; a caption
            # followed by a header starts the next table
            if pending.values is None and pending.label and _is_caption(pending):
                break
            i += 1
            continue
        if FINANCE_LINE.search(text):
            break
        if not text:
            i += 1
            continue
        label, tokens, garbled = _trailing_values(text)
        if len(label) > PROSE_LENGTH or (not tokens and len(text) > PROSE_LENGTH):
            break
        has_values = len(tokens) >= max(1, columns - 2) or (tokens and not label)
        if has_values:
            if label and label[0].isupper() and pending.values is not None:
                rows.append(pending)
                pending = _Row(first_line=i + 1)
            if label.strip(". "):
                pending.label.append(
                    label.strip(". ") if not label.strip(". ")[0:1].isalpha() else label
                )
            leading_blank = (raw.startswith(" ") and not label) or garbled > 0
            pending.values = _values(tokens, columns, leading_blank)
            pending.garbled += garbled
            pending.first_line = pending.first_line or i + 1
            pending.last_line = i + 1
        else:
            starts_row = text[0].isupper() or text[0].isdigit()
            if starts_row and pending.values is not None:
                rows.append(pending)
                pending = _Row()
            elif starts_row and pending.label and pending.values is None and _is_caption(pending):
                pending = _Row()
            pending.label.append(text)
            pending.first_line = pending.first_line or i + 1
            pending.last_line = i + 1
        i += 1
    if pending.values is not None:
        rows.append(pending)
    table = Table(
        title=title,
        header=header,
        rows=[[_join_label(r.label), *(r.values or [])] for r in rows if r.label],
        line_start=start,  # the header line (1-based number of lines[start - 1])
        line_end=max((r.last_line for r in rows), default=start),
    )
    unreadable = [(_join_label(r.label), r.first_line) for r in rows if r.garbled]
    return table, i, unreadable


def _is_caption(row: _Row) -> bool:
    return len(row.label) == 1 and len(row.label[0]) < 30 and not row.label[0].endswith(("-", ","))

"""Finance tables: the income statement and the result per unit, with their column headings.

Read from tables with one header row. Tables whose headings span two rows (Huddinge's
"Helår / Perioden" layout) cannot be named column by column and are left out rather
than guessed; numbers stay in tkr as printed.
"""

from __future__ import annotations

import re

from desktop.ingest.model import Finance, FinanceRow, Section, Table
from desktop.ingest.numbers import parse_number

INCOME = re.compile(r"^(resultaträkning|driftredovisning)\b", re.I)
BY_UNIT_HEADER = re.compile(r"^(verksamhet|verksamheter)\b", re.I)
BY_UNIT_SECTION = re.compile(r"per verksamhet|^årets resultat, tkr$", re.I)
RESULT_COLUMN = re.compile(r"bokslut|budget|utfall|prognos|avvikelse|\d{4}", re.I)


def _rows(table: Table) -> list[FinanceRow] | None:
    columns = [re.sub(r"-\s+", "-", c.strip()) for c in table.header[1:]]
    if (
        not columns
        or any(not c for c in columns)
        or not any(RESULT_COLUMN.search(c) for c in columns)
    ):
        return None
    rows = []
    for offset, row in enumerate(table.rows):
        label = row[0].strip() if row else ""
        if not label:
            continue
        cells = [c.strip() for c in row[1:]]
        if len(cells) < len(columns):
            cells = [""] * (len(columns) - len(cells)) + cells
        values = {column: parse_number(cell) for column, cell in zip(columns, cells, strict=False)}
        if any(v is not None for v in values.values()):
            rows.append(FinanceRow(label, values, table.line_start + 1 + offset))
    return rows


def extract_finance(sections: list[Section]) -> Finance:
    """The report's income statement and result per unit, where printed in a readable table."""
    finance = Finance()
    for section in sections:
        for block in section.blocks:
            table = block.table
            if table is None or not table.header:
                continue
            first = table.header[0].strip()
            if INCOME.match(first) and not finance.income_statement:
                finance.income_statement = _rows(table) or []
            elif (
                BY_UNIT_HEADER.match(first)
                or (not first and BY_UNIT_SECTION.search(section.heading))
            ) and not finance.by_unit:
                finance.by_unit = _rows(table) or []
    return finance

"""Finance tables: the income statement and the result per unit, with their column headings.

Tab-separated tables are read cell by cell. Headings that span two rows (an interim
report's "Helår / Perioden januari-augusti" over "Budget Prognos Avvikelse") are joined into one
heading per column: "Helår Budget", "Perioden januari-augusti Utfall". Tables laid out
with spaces come from `finance_space`. Numbers stay in tkr as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from desktop.ingest.model import Finance, FinanceRow, Section, Table
from desktop.ingest.readers.finance_space import find_space_finance, read_space_finance
from desktop.ingest.readers.metadata import names_a_municipality
from desktop.ingest.readers.numbers import parse_number
from desktop.ingest.readers.paragraphs import mend_hyphens
from desktop.ingest.vocabulary import data, fold

INCOME = re.compile(r"^(resultaträkning|driftredovisning)\b", re.I)
BY_UNIT_HEADER = re.compile(r"^(verksamhet|verksamheter)\b", re.I)
BY_UNIT_SECTION = re.compile(r"per verksamhet|^årets resultat, tkr$", re.I)
RESULT_COLUMN = re.compile(r"bokslut|budget|utfall|prognos|avvikelse|\d{4}", re.I)
RESULT_ROW = re.compile(r"^årets resultat$", re.I)
# Row labels of the income statement as the clean reports print them: OCR-damaged
# labels ("gtsposition av ackumulerat resul-") are matched back to these.
INCOME_LABELS = [
    "Kommunbidrag",
    "Disposition av ackumulerat resultat",
    "Intäkter",
    "Summa intäkter",
    "Utdelningskrav",
    "Kostnader",
    "Summa kostnader",
    "ÅRETS RESULTAT",
    "Ackumulerat resultat (inklusive årets resultat)",
]
LABEL_SCORE = 80


MONEY_UNIT = re.compile(r"\b(tkr|mnkr|mkr|miljoner kronor|tusen kronor|tusental kronor)\b", re.I)
KPI_HEADING = re.compile(r"målvärde|indikator|bedömning|nämndmål|nyckeltal|^mål$", re.I)
NOT_FINANCE = re.compile(
    r"investering|balansräkning|nyckeltal|indikator|mått|volym|personal|sjukfrånvaro", re.I
)
NEVER_FINANCE = re.compile(r"investering|balansräkning|kassaflöde", re.I)  # money, not results
BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")


def money_unit(table: Table, caption: str) -> str:
    """The unit a finance table prints its money in: "tkr" or "mnkr", as printed."""
    found = MONEY_UNIT.search(" ".join([caption, *table.header]))
    word = found.group(1).lower() if found else "tkr"
    return "mnkr" if word in ("mnkr", "mkr", "miljoner kronor") else "tkr"


def _printed_unit(table: Table, caption: str) -> list[str]:
    """The table's unit when its caption or heading prints one ("Tabell 2. Driftredovisning
    per verksamhet, mnkr"); none when neither does."""
    return (
        [money_unit(table, caption)]
        if MONEY_UNIT.search(" ".join([caption, *table.header]))
        else []
    )


def finance_kind(table: Table, caption: str) -> str | None:
    """ "income" for an income statement or drift table by kind of cost, "unit" for a
    result per unit, None for a table that is no finance table."""
    words = {w for w in data("finance")["columns"]}
    money_columns = sum(1 for h in table.header[1:] if any(w in fold(h) for w in words))
    unit = MONEY_UNIT.search(" ".join([caption, table.header[0]]))
    titled = any(w in fold(caption) for w in data("finance")["captions"])
    if NOT_FINANCE.search(caption) and not (unit or titled) or NOT_FINANCE.search(table.header[0]):
        return None
    if NEVER_FINANCE.search(f"{caption} {table.header[0]}"):
        return None
    # "(tkr) 2026 2027 2028": years are money columns when the unit says so, in a table of
    # accounts (an income statement or result budget); KPI tables in tkr have years too
    by_years = False
    if unit and money_columns < 2:
        years = sum(1 for h in table.header[1:] if BARE_YEAR.match(h.strip()))
        by_years = years >= 2
        money_columns = max(money_columns, years)
    if any(KPI_HEADING.search(h) for h in table.header):
        return None  # a scorecard or KPI table: targets, indicators, assessments
    percents = sum(1 for row in table.rows for cell in row[1:] if "%" in cell)
    if percents * 4 > sum(1 for row in table.rows for cell in row[1:] if cell.strip()):
        return None
    if money_columns < 2 and not (money_columns and (unit or titled)):
        return None
    # the total says nothing of what the rows are: "Summa nettokostnad" ends both kinds
    labels = [row[0] for row in table.rows if row and row[0].strip() and not TOTAL.match(row[0])]
    if not labels:
        return None
    if sum(map(names_a_municipality, labels)) * 2 > len(labels) > 1:
        return None  # costs shared out among a joint committee's member municipalities
    terms = data("finance")["account_terms"]
    accounts = sum(
        1 for label in labels if any(re.search(rf"\b{re.escape(t)}", fold(label)) for t in terms)
    )
    if accounts * 2 >= len(labels):
        return "income"
    return None if by_years else "unit"


TOTAL = re.compile(r"^\s*(?:summa|totalt?)\b", re.IGNORECASE)

# "Not", "Noter", "Not nr": the number of a note to the accounts beside each row, no amount
NOTE_COLUMN = re.compile(r"^(?:not|noter|not\s*nr\.?)$", re.IGNORECASE)


def _columns(table: Table) -> tuple[list[str], list[list[str]]]:
    """Column headings and data rows; a second heading row is joined to the first."""
    top = [c.strip() for c in table.header[1:]]
    rows = table.rows
    # a second heading row has no label; the first row's blank cells show each group's span
    if rows and not rows[0][0].strip() and any(not c for c in top):
        subs = [c.strip() for c in rows[0][1:]]
        top += [""] * (len(subs) - len(top))  # the line's trailing tabs were trimmed
        group = ""
        joined = []
        for index, cell in enumerate(top):
            group = cell or group
            sub = subs[index] if index < len(subs) else ""
            joined.append(f"{group} {sub}".strip())
        top, rows = joined, rows[1:]
    return [re.sub(r"-\s+", "-", mend_hyphens(c)) for c in top], rows


def _rows(table: Table, warnings: list[str] | None = None) -> list[FinanceRow] | None:
    columns, data = _columns(table)
    # last columns without a heading (one a scan's OCR did not read): not read, said so
    unnamed = len(columns) - len(_named(columns))
    columns = columns[: len(columns) - unnamed]
    if unnamed and warnings is not None:
        warnings.append("en ekonomitabells sista kolumn saknar rubrik; dess värden är utelämnade")
    if (
        not columns
        or any(not c for c in columns)
        or not any(RESULT_COLUMN.search(c) for c in columns)
    ):
        return None
    # two columns read under one heading: which value is which cannot be told, so neither
    # is kept (a group heading placed over the wrong columns, "Jan–apr Budget" twice)
    twice = {c for c in columns if columns.count(c) > 1}
    if twice and warnings is not None:
        warnings.extend(
            f"två kolumner fick rubriken {c!r} i en ekonomitabell; deras värden är utelämnade"
            for c in sorted(twice)
        )
    rows = []
    skipped = len(table.rows) - len(data)  # a second heading row
    for offset, row in enumerate(data, start=skipped):
        label = row[0].strip() if row else ""
        if not label:
            continue
        cells = [c.strip() for c in row[1:]]
        if unnamed:
            cells = cells[: len(columns)]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) > len(columns):  # more cells than headings: the headings were misread
            return None
        if (
            len(cells) < len(columns) and table.layout
        ):  # cells placed by position: blanks at the end
            cells += [""] * (len(columns) - len(cells))
        elif len(cells) < len(columns):
            cells = [""] * (len(columns) - len(cells)) + cells
        values = {
            column: parse_number(cell)
            for column, cell in zip(columns, cells, strict=False)
            if column not in twice and not NOTE_COLUMN.match(column)
        }
        if any(v is not None for v in values.values()):
            rows.append(FinanceRow(label, values, table.line_start + table.header_lines + offset))
    return _without_text_columns(rows)


def _named(columns: list[str]) -> list[str]:
    """The columns up to the last one with a heading."""
    while columns and not columns[-1]:
        columns = columns[:-1]
    return columns


def _without_text_columns(rows: list[FinanceRow]) -> list[FinanceRow]:
    """The rows without the columns that hold no amount in any row and are not headed as
    money ("Budget", "Avvikelse"): text set beside the table (a slide's bullets, a
    comment) that the layout gave columns of their own."""
    words = data("finance")["columns"]
    text = {
        column
        for column in {c for row in rows for c in row.columns}
        if all(row.columns.get(column) is None for row in rows)
        and not any(w in fold(column) for w in words)
    }
    for row in rows:
        row.columns = {c: v for c, v in row.columns.items() if c not in text}
    return rows


def extract_finance(
    sections: list[Section],
    lines: list[str] | None = None,
    warnings: list[str] | None = None,
    *,
    ocr: bool = False,
) -> Finance:
    """The report's income statement and result per unit, where printed in a readable table.

    `lines` are the report's lines, for tables laid out with spaces; `ocr` says the text
    was OCR'd, so damaged income statement labels are matched back to the printed ones.
    """
    warnings = [] if warnings is None else warnings
    finance = Finance()
    units: list[str] = []
    for section in sections:
        caption = section.heading
        for block in section.blocks:
            table = block.table
            if table is None:
                if len(block.text) < 120:
                    caption = block.text
                continue
            if not table.header or table.rebuilt:
                continue
            first = table.header[0].strip()
            if INCOME.match(first) and not finance.income_statement:
                finance.income_statement = _rows(table, warnings) or []
                units += _printed_unit(table, caption)
            elif (
                (
                    BY_UNIT_HEADER.match(first)
                    or (not first and BY_UNIT_SECTION.search(section.heading))
                )
                and not finance.by_unit
                and (not table.layout or finance_kind(table, caption) == "unit")
            ):
                finance.by_unit = _rows(table, warnings) or []
                units += _printed_unit(table, caption)
            elif table.layout and (kind := finance_kind(table, caption)):
                rows = _rows(table, warnings) or []
                target = finance.income_statement if kind == "income" else finance.by_unit
                # a later table of the same kind joins only when it has the same columns
                # (the per-unit tables of each area); another kind of table is left alone
                if rows and (not target or set(target[0].columns) == set(rows[0].columns)):
                    target.extend(rows)
                    units.append(money_unit(table, caption))
    if units:
        finance.unit = units[0]
    if lines and not finance.income_statement:
        finance.income_statement = find_space_finance(lines, income=True, warnings=warnings)
    if ocr:
        _repair_labels(finance.income_statement)
    if lines and not finance.by_unit:
        result = next(
            (r.columns for r in finance.income_statement if RESULT_ROW.match(r.label)), {}
        )
        finance.by_unit = find_space_finance(lines, income=False, warnings=warnings, result=result)
    return finance


def space_finance_tables(
    lines: list[str], *, ocr: bool = False, taken: Sequence[Table] = ()
) -> list[Table]:
    """Space-laid finance tables rebuilt as tables, so the reader shows them as tables.

    Only a table read without leaving a cell out is rebuilt; otherwise its lines stay text
    a member can check. `taken` are tables already found on these lines. The data itself
    is read again by `extract_finance`; these tables are only for reading.
    """
    used = {n for t in taken for n in range(t.line_start, t.line_end + 1)}
    tables: list[Table] = []
    income = read_space_finance(lines, income=True)
    result = (
        next((r.columns for r in income.rows if RESULT_ROW.match(r.label)), {}) if income else {}
    )
    for found in (income, read_space_finance(lines, income=False, result=result)):
        if (
            found is None
            or found.warnings
            or used & set(range(found.line_start, found.line_end + 1))
        ):
            continue
        if ocr:
            _repair_labels(found.rows)
        rows = [
            [row.label, *(_cell(row.columns.get(c)) for c in found.columns)] for row in found.rows
        ]
        tables.append(Table("", [found.caption, *found.columns], rows, found.line_start, found.line_end,
                            rebuilt=True))  # fmt: skip
    return tables


def _cell(value: float | None) -> str:
    """A number as the reports print it: "-40 000", "3,5"; blank when there is none."""
    if value is None:
        return ""
    if value == int(value):
        return f"{int(value):,}".replace(",", " ")
    return f"{value:,.1f}".replace(",", " ").replace(".", ",")


def _repair_labels(rows: list[FinanceRow]) -> None:
    """Give OCR-damaged labels the form the clean reports print; others stay as read."""
    for row in rows:
        match = process.extractOne(
            row.label.rstrip("-"), INCOME_LABELS, scorer=fuzz.ratio, processor=str.lower
        )
        if match and match[1] >= LABEL_SCORE:
            row.label = match[0]

"""KPI rows from the tables of a report: name, table, unit, a value per year, target."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.ingest.model import Kpi, Section, Table, Unit
from desktop.ingest.readers.numbers import parse_number
from desktop.ingest.readers.paragraphs import mend_hyphens
from desktop.ingest.vocabulary import data, fold

KPI_TABLE_FIRST_CELL = re.compile(
    r"^(nyckeltal|indikatorer|indikator|nämndens mål|mätetal|tjänstegarantier|medel,? tkr)$", re.I
)
YEAR = re.compile(r"\b(19|20)\d\d(?=[pr]?\b)")  # "2025p": a year of preliminary figures
TARGET_HEADER = re.compile(r"målvärde|etappmål|^mål$", re.I)
PART_YEAR = re.compile(r"^(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\w*\.?\s+(\d{4})$", re.I)


DAYS = re.compile(r"dagar|dygn")
SPAN = re.compile(r"\b(?:på|under|inom)\s+\d+\s+(?:dagar|dygn)")  # "möter på 14 dagar"


def unit_of(name: str) -> Unit:
    """The unit a KPI's name announces."""
    text = name.lower()
    if "%" in text or "procent" in text or text.startswith("andel"):
        return "percent"
    if "tkr" in text:
        return "tkr"
    # the unit named after the name's last comma: "Personalkontinuitet, antal personal"
    stated = text.rsplit(",", 1)[1].strip() if "," in text else ""
    for phrase in (text, stated):
        if phrase.startswith("antal") and not phrase.startswith(("antal dagar", "antal dygn")):
            return "count"  # "Antal personal som en brukare möter under 14 dagar": people
    if DAYS.search(SPAN.sub("", text)):  # "dagar", "vårddygn", "≤ 14 dagar"; not a span
        return "days"
    if "index" in text or "nki" in text or "hme" in text:
        return "index"
    if "antal" in text:
        return "count"
    return "other"


def is_kpi_table(table: Table) -> bool:
    return bool(table.header) and bool(KPI_TABLE_FIRST_CELL.match(table.header[0].strip()))


def kpis_from_table(table: Table, section_index: int = 0, caption: str = "") -> list[Kpi]:
    """One Kpi per row of a KPI table; blank cells are absent, never 0."""
    header = [h.strip() for h in table.header]
    name_col = 1 if header[:2] and header[1].lower() in ("mätetal", "indikator") else 0
    year_cols: dict[int, tuple[str, str | None]] = {}
    other_cols: dict[int, str] = {}  # "Totalt 2020-2022", "Prognos 2023": kept, not a year
    target_col = None
    for i, heading in enumerate(header):
        if i <= name_col:
            continue
        if TARGET_HEADER.search(heading):
            target_col = i
            continue
        part = PART_YEAR.match(heading)
        found = YEAR.search(heading)
        if found and re.search(r"totalt|prognos|budget", heading, re.I):
            other_cols[i] = heading
        elif found:
            year_cols[i] = (found.group(0), f"t.o.m. {part.group(1).lower()}" if part else None)
    kpis = []
    group = None
    for offset, row in enumerate(table.rows):
        cells = [c.strip() for c in row]
        if len(cells) < len(header):
            # a PDF gives no marker for a blank cell: the cells printed are the latest
            # columns (earlier years missing), so they are aligned to the right
            cells = (
                cells[: name_col + 1] + [""] * (len(header) - len(cells)) + cells[name_col + 1 :]
            )
        if name_col == 1 and cells[0]:
            group = cells[0]
        name = cells[name_col].lstrip("●•·- ").strip() if name_col < len(cells) else ""
        if not name:
            continue
        values: dict[str, float] = {}
        note = None
        for col, (year, part_note) in year_cols.items():
            value = parse_number(cells[col]) if col < len(cells) else None
            if value is not None:
                values[year] = value
                note = part_note or note
        others = {
            heading: value
            for col, heading in other_cols.items()
            if col < len(cells) and (value := parse_number(cells[col])) is not None
        }
        target_raw = (
            cells[target_col] if target_col is not None and target_col < len(cells) else None
        )
        kpis.append(
            Kpi(
                name=name,
                table=caption or table.title or header[0],
                unit=unit_of(
                    " ".join([name, header[0], *(cells[c] for c in year_cols if c < len(cells))])
                ),
                values=values,
                other_columns=others,
                target=parse_number(target_raw) if target_raw else None,
                target_raw=target_raw or None,
                period_note=note,
                group=group if name_col == 1 else None,
                section_index=section_index,
                line_start=table.line_start + 1 + offset,
                line_end=table.line_start + 1 + offset,
            )
        )
    return kpis


def extract_kpis(sections: list[Section], year: int = 0) -> list[Kpi]:
    """KPI rows from every KPI table of the report, captioned by the paragraph above;
    `year` the report's, for columns headed "Innevarande år" / "Föregående år"."""
    kpis: list[Kpi] = []
    for index, section in enumerate(sections):
        caption = section.heading
        for position, block in enumerate(section.blocks):
            if block.kind == "text" and len(block.text) < 80 and not re.search(r"[:.]", block.text):
                caption = block.text
            if block.table is None:
                continue
            table = years_from_report(block.table, year)
            if table.layout:
                notes = " ".join(b.text for b in section.blocks[position + 1 : position + 3])
                kpis.extend(layout_kpis(years_from_note(table, notes), index, caption))
            elif is_kpi_table(table):
                first = table.header[0].strip()
                # "Nyckeltal" and "Medel, tkr" tables are named by the line above them
                # ("Väntetid"); "Indikatorer" and "Tjänstegarantier" by their own first cell.
                named_above = first.lower() in ("nyckeltal", "nämndens mål") or "tkr" in first
                name = table.title or (caption if named_above else first)
                kpis.extend(kpis_from_table(table, index, name))
    return kpis


CURRENT_HEADING = re.compile(
    r"^(?:utfall\s+)?(?:(?:innevarande|detta|aktuellt)\s+år|i\s+år)$", re.IGNORECASE
)


def years_from_report(table: Table, year: int) -> Table:
    """A table whose headings name no year but the report's ("Innevarande år", "Utfall i
    år") and the one before ("Föregående år", "Utfall fg år"): given those years."""
    header = [h.strip() for h in table.header]
    if (
        not year
        or any(YEAR.search(h) for h in header)
        or not any(CURRENT_HEADING.match(h) for h in header)
    ):
        return table

    def heading(text: str) -> str:
        if CURRENT_HEADING.match(text):
            return f"Utfall {year}"
        return f"Utfall {year - 1}" if PREVIOUS_HEADING.match(text) else text

    return replace(table, header=[heading(h) for h in header])


# --- any layout's KPI tables ------------------------------------------------------------

TARGET_WORDS = re.compile(r"\b(målvärde|mål|etappmål|målnivå|riktvärde|målsättning)\b", re.I)
OTHER_WORDS = re.compile(
    r"\b(prognos|budget|totalt|förändring|avvikelse|diff|differens|jämförelse|riket|länet|snitt|"
    r"trend|kommentar|källa|bedömning|status|not|ack\.?\s*förändring|kommungrupp\w*|"
    r"liknande\s+kommuner|ovägt\s+medel|alla\s+kommuner)\b",
    re.I,
)
NAME_WORDS = re.compile(
    r"\b(indikator|indikatorer|nyckeltal|mått|mätetal|volym|volymer|resultatmått|kvalitetsmått)\b",
    re.I,
)
GOAL_WORDS = re.compile(r"\b(mål|nämndmål|målområde|kf-mål|verksamhetsmål|målsättning)\b", re.I)
COMPARATOR = re.compile(r"^\s*(≥|>=|≤|<=|>|<|minst|lägst|högst|max|min)\s*", re.I)
# money is not a KPI: investments, balance sheets, income statements (in tkr or mnkr),
# and the notes to the accounts ("2.2 Noter", "Not 1 Verksamhetens intäkter")
MONEY_TABLE = re.compile(
    r"investering|balansräkning|resultaträkning|driftredovisning|kassaflöde|\btkr\b|\bmnkr\b|\bmkr\b"
    r"|\bnoter\b|\bnot\s+\d+\b",
    re.I,
)
FOOTNOTE = re.compile(r"(?<=\D)[*¹²³⁴⁵⁶⁷⁸⁹⁰⁾]+$|\s*\(\d\)$")
UNIT_POWER = re.compile(r"(?:^|[\s/(])[kcdm]?m[²³]$")  # "kWh/m²", "tusen m³": no footnote


def _without_footnote(name: str) -> str:
    """A KPI's name without the footnote mark after it ("Andel nöjda¹"); the power of a
    unit of area or volume that ends a name stays ("Tomma lokaler, m²")."""
    return name if UNIT_POWER.search(name) else FOOTNOTE.sub("", name)


def years_from_note(table: Table, notes: str) -> Table:
    """A table whose headings name no year, each given its year by the note under the
    table ("Fg år = utfall föregående år (2024). Jan–dec = utfall 2025.")."""
    header = list(table.header)
    for k, heading in enumerate(header[1:], start=1):
        name = heading.strip()
        if not name or YEAR.search(name):
            continue
        said = re.search(
            rf"(?<!\w){re.escape(name)}\s*[=:]\s*(?P<says>[^=]*?\b(?P<year>(?:19|20)\d\d)\b[^=.;]*)",
            notes,
            re.IGNORECASE,
        )
        if said and not re.search(r"[/×*]", said.group("says")):  # "= utfall 2025 / mål": a sum
            header[k] = f"{name} {said.group('year')}"
    return replace(table, header=header) if header != table.header else table


def column_roles(header: list[str]) -> dict[int, tuple[str, str, str | None]]:
    """column → (role, year, period note) for a KPI table's heading: "outcome" columns
    give a value for their year, "target" a target, "other" is kept beside the years."""
    roles: dict[int, tuple[str, str, str | None]] = {}
    for index, heading in enumerate(header):
        if index == 0:
            continue
        year = _column_year(heading)
        if TARGET_WORDS.search(heading) and not re.search(r"\butfall\b", heading, re.I):
            roles[index] = ("target", year or "", None)
        elif OTHER_WORDS.search(heading):
            roles[index] = ("other", year or "", None)
        elif year:
            month = re.search(
                r"\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*", heading, re.I
            )
            note = None
            if month and not re.search(r"\bdec", heading, re.I):
                span = re.search(r"\b(jan\w*)\s*[–-]\s*(\w+)", heading, re.I)
                note = f"t.o.m. {(span.group(2) if span else month.group(1)).lower()}"
            dated = DATE_HEADING.search(heading)  # "2025-08-31": the year up to that day
            if dated and not month and dated.group(2) != "12":
                note = f"t.o.m. {MONTHS[int(dated.group(2)) - 1]}"
            roles[index] = ("outcome", year, note)
    return roles


DATE_HEADING = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-\d\d\b")
MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

# a school year, "Läsår 2024/25" or "2024/2025": keyed by its spring year, as its results
# (grades in June, the spring's surveys) are
SCHOOL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s*/\s*((?:19|20)?\d\d)\b")


def _column_year(heading: str) -> str | None:
    """The year a column's heading gives its values."""
    school = SCHOOL_YEAR.search(heading)
    if school:
        spring = int(school.group(1)) + 1
        if str(spring).endswith(school.group(2)):  # "2024/25", "2024/2025"; not "2024/26"
            return str(spring)
    year = YEAR.search(heading)
    return year.group(0) if year else None


# a quarter or tertial of a year ("Kv 3 2025", "Kvartal 1 2026", "Q2 2026", "T1 2026")
PART_OF_YEAR = re.compile(
    r"^(?:kv(?:artal)?\.?\s*[1-4]|q[1-4]|t(?:ertial)?\s*[1-3]|vt|ht|vårtermin|hösttermin)\b", re.I
)  # and a school's terms, "VT 2025", "HT 2025"


def _part_years_apart(
    header: list[str], roles: dict[int, tuple[str, str, str | None]]
) -> dict[int, tuple[str, str, str | None]]:
    """Columns of quarters or tertials with two of one year ("Kv 3 2025 | Kv 4 2025 | Kv 1
    2026"): each is a part of its year, none the year's value, so they are kept beside the
    years ("other"), not read as the year's outcome (the first of them, the rest dropped)."""
    parts = [k for k, (role, _, _) in roles.items()
             if role == "outcome" and PART_OF_YEAR.match(header[k].strip())]  # fmt: skip
    years = [roles[k][1] for k in parts]
    if len(set(years)) == len(years):
        return roles
    return {k: ("other", role[1], None) if k in parts else role for k, role in roles.items()}


def _by_sex_apart(
    header: list[str], roles: dict[int, tuple[str, str, str | None]]
) -> dict[int, tuple[str, str, str | None]]:
    """Columns of a year split by sex ("2024 Kvinnor | 2024 Män | 2024 Totalt"): the total
    is the year's value, the columns of women and men are kept beside it. A year split by
    sex without a total has no value of its own."""
    words = data("kpis")
    by_sex, totals = set(words["by_sex"]), set(words["total_columns"])
    split = {k for k in range(1, len(header)) if by_sex & set(fold(header[k]).split())}
    if not split:
        return roles
    out = dict(roles)
    for k in range(1, len(header)):
        year = YEAR.search(header[k])
        if k in split:
            out[k] = ("other", year.group(0) if year else "", None)
        elif year and totals & set(fold(header[k]).split()) and roles.get(k, ("",))[0] != "target":
            out[k] = ("outcome", year.group(0), roles.get(k, ("", "", None))[2])
    return out


def _goals_apart(
    table: Table, roles: dict[int, tuple[str, str, str | None]]
) -> dict[int, tuple[str, str, str | None]]:
    """A "Mål" column of sentences ("Barn och unga ska få rätt stöd i rätt tid") holds the
    goals the rows serve, not their targets: no role, so it is read as the goal column.
    A target column has a number in its cells ("≥ 90 %"), or a word or two ("Öka")."""
    out = dict(roles)
    for k, (role, _, _) in roles.items():
        cells = [r[k].strip() for r in table.rows if k < len(r) and r[k].strip()]
        numbers = any(re.search(r"\d", c) for c in cells)
        if role == "target" and not numbers and any(len(c.split()) > 4 for c in cells):
            del out[k]
    return out


def _name_column(
    table: Table, roles: dict[int, tuple[str, str, str | None]]
) -> tuple[int, int | None]:
    """(the column of the KPI names, the column of the goal each row serves, if any)."""
    text_columns = [
        k for k in range(len(table.header))
        if k not in roles and any(k < len(r) and r[k].strip() and parse_number(r[k]) is None for r in table.rows)
    ]  # fmt: skip
    if not text_columns:
        return 0, None
    named = next((k for k in text_columns if NAME_WORDS.search(table.header[k])), None)
    if named is not None and named > 0:
        goals = [
            k
            for k in text_columns[: text_columns.index(named)]
            if GOAL_WORDS.search(table.header[k])
        ]
        if goals:  # "Perspektiv | Mål | Indikator": the goal column stands before the names
            return named, goals[-1]
    if len(text_columns) >= 2 and GOAL_WORDS.search(table.header[text_columns[0]]):
        return text_columns[1], text_columns[0]
    return named if named is not None else text_columns[0], None


BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")


def years_row_as_heading(table: Table) -> Table:
    """A table whose first row is the years of its columns ("Sjukfrånvaro i procent …
    2024 2025" under "jan–aug jan–aug") read with that row as the heading's last line."""
    if not table.rows or any(YEAR.search(h) for h in table.header[1:]):
        return table
    first = table.rows[0]
    years = [c.strip() for c in first[1:] if c.strip()]
    if len(years) < 2 or not all(BARE_YEAR.match(y) for y in years):
        return table
    header = [
        f"{h} {first[k]}".strip() if k < len(first) and (k or not h) else h
        for k, h in enumerate(table.header)
    ]
    return Table(
        table.title,
        header,
        table.rows[1:],
        table.line_start,
        table.line_end,
        rebuilt=table.rebuilt,
        header_lines=table.header_lines + 1,
        layout=table.layout,
    )


PERIOD_HEADING = re.compile(r"^(?:period|mätperiod|avser period|avser)$", re.IGNORECASE)
PREVIOUS_HEADING = re.compile(
    r"^(?:utfall\s+)?(?:föregående|föreg\.|fg\.?|förra)\s+(?:period|år|mätning|året)$",
    re.IGNORECASE,
)
BARE_OUTCOME = re.compile(r"^(?:utfall|resultat|värde)$", re.IGNORECASE)
PERIOD_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:\s*/\s*((?:19|20)?\d\d))?\b")


def years_from_period_column(table: Table) -> Table:
    """A table whose year stands in each row's "Period" cell ("T2 2026", "Läsår 2025/26"),
    under headings without one ("Utfall | Målvärde | Föregående period"): read with the
    year in the headings, "Föregående period" as the year before, when every row's period
    is of the same year; the Period column, read, is left out."""
    header = [h.strip() for h in table.header]
    period = next((k for k, h in enumerate(header) if k and PERIOD_HEADING.match(h)), None)
    if period is None or not any(BARE_OUTCOME.match(h) for h in header):
        return table
    years = {_period_year(row[period]) if period < len(row) else None for row in table.rows}
    if len(years) != 1 or None in years:
        return table
    [printed] = years
    year = int(printed or 0)

    def heading(text: str) -> str:
        if BARE_OUTCOME.match(text):
            return f"{text} {year}"
        return f"Utfall {year - 1}" if PREVIOUS_HEADING.match(text) else text

    return replace(
        table,
        header=[heading(h) for k, h in enumerate(header) if k != period],
        rows=[[c for k, c in enumerate(row) if k != period] for row in table.rows],
    )


def _period_year(cell: str) -> str | None:
    """The year a period ends in: "T2 2026" → 2026, a school year "2025/26" → 2026."""
    found = PERIOD_YEAR.search(cell)
    if not found:
        return None
    if found.group(2):
        later = found.group(2)
        return later if len(later) == 4 else found.group(1)[:2] + later
    return found.group(1)


def years_as_rows(table: Table) -> Table:
    """A table with a row per year and a KPI per column ("År | Inskrivna barn | …" over
    "2023", "2024", "Jan–aug 2026") turned so each KPI is a row; other tables as they are."""
    labels = [row[0].strip() if row else "" for row in table.rows]
    if len(labels) < 2 or len(table.header) < 2 or any(YEAR.search(h) for h in table.header[1:]):
        return table
    years = [YEAR.search(label) for label in labels]
    if not all(years) or any(len(label) > 25 for label in labels):
        return table
    if len({y.group(0) for y in years if y}) < len(labels):
        return table  # a year twice: not one row per year
    rows = [
        [table.header[k], *(row[k] if k < len(row) else "" for row in table.rows)]
        for k in range(1, len(table.header))
    ]
    return Table(
        table.title,
        [table.header[0], *labels],
        rows,
        table.line_start,
        table.line_end,
        header_lines=table.header_lines,
        layout=table.layout,
        turned=True,
    )


# "Jan–aug 2026 (2025)": a column of this period's values, each with the same period's a
# year before in parentheses ("412 (398)")
YEAR_IN_PARENTHESES = re.compile(
    r"^(?P<head>.*?)(?P<year>(?:19|20)\d\d)\s*\(\s*(?P<before>(?:19|20)\d\d)\s*\)$"
)
VALUE_IN_PARENTHESES = re.compile(r"^(?P<value>.+?)\s*\((?P<before>[^()]+)\)$")


def years_in_parentheses(table: Table) -> Table:
    """A table whose column heading names a year and, in parentheses, the year before
    ("Jan–aug 2026 (2025)"), its cells a value and that year's in parentheses ("412
    (398)"): the column made two, one per year."""
    found = {
        k: match
        for k, heading in enumerate(table.header)
        if k and (match := YEAR_IN_PARENTHESES.match(heading.strip()))
    }
    if not found:
        return table
    header: list[str] = []
    for k, heading in enumerate(table.header):
        if k in found:
            head = found[k].group("head")
            header += [f"{head}{found[k].group('year')}", f"{head}{found[k].group('before')}"]
        else:
            header.append(heading)
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for k, cell in enumerate(row):
            if k in found:
                both = VALUE_IN_PARENTHESES.match(cell.strip())
                cells += [both.group("value"), both.group("before")] if both else [cell, ""]
            else:
                cells.append(cell)
        rows.append(cells)
    return replace(table, header=header, rows=rows)


def layout_kpis(table: Table, section_index: int, caption: str) -> list[Kpi]:
    """KPI rows of a table in any layout: columns of years (Utfall, a bare year, "Jan–jun
    2025"), a target column (Målvärde, "≥ 95 %"), and a column of names; a table with
    the years as rows is read turned."""
    from desktop.ingest.readers.finance import finance_kind

    table = years_as_rows(years_row_as_heading(years_from_period_column(table)))
    table = years_in_parentheses(table)
    roles = column_roles(table.header)
    roles = _goals_apart(table, _by_sex_apart(table.header, _part_years_apart(table.header, roles)))
    outcomes = [k for k, (role, _, _) in roles.items() if role == "outcome"]
    money = finance_kind(table, caption) or MONEY_TABLE.search(f"{caption} {table.header[0]}")
    if not outcomes or money and not is_kpi_table(table):  # "Medel, tkr" is a KPI table
        return []
    name_col, goal_col = _name_column(table, roles)
    kpis: list[Kpi] = []
    group = None
    for offset, row in enumerate(table.rows):
        cells = [c.strip() for c in row] + [""] * (len(table.header) - len(row))
        if goal_col is not None and cells[goal_col]:
            group = cells[goal_col]
        name = mend_hyphens(_without_footnote(cells[name_col].lstrip("●•·◆♦■- ")).strip())
        if not name or parse_number(name) is not None:
            continue
        values: dict[str, float] = {}
        printed: dict[str, str] = {}
        parts: dict[str, str | None] = {}  # the part of its year each value is for
        for col in outcomes:
            value = parse_number(cells[col])
            year, part = roles[col][1], roles[col][2]
            # a year's first value, or its whole year after a part of it ("2025-08-31 |
            # 2025-12-31": last year's interim value, then its full year)
            if value is not None and (year not in values or parts[year] and not part):
                values[year] = value
                printed[year] = cells[col]
                parts[year] = part
        note = next((part for part in reversed(parts.values()) if part), None)
        if not values:
            continue
        if TARGET_ROW.match(name):  # "Målvärde" under a KPI: its targets by year, no KPI
            if kpis and kpis[-1].line_end == table.line_start + table.header_lines + offset - 1:
                _target_of_row(kpis[-1], values, printed)
            continue
        target_raw = next(
            (cells[k] for k, r in roles.items() if r[0] == "target" and cells[k]), None
        )
        others = {
            table.header[k]: v
            for k, r in roles.items()
            if r[0] == "other" and (v := parse_number(cells[k])) is not None
        }
        direction = target_direction(target_raw)
        unit = unit_of(" ".join([name, table.header[name_col], *(cells[c] for c in outcomes)]))
        kpis.append(
            Kpi(
                name=name,
                table=caption or table.header[0],
                unit=unit,
                values=values,
                other_columns=others,
                target=parse_number(COMPARATOR.sub("", target_raw)) if target_raw else None,
                target_raw=target_raw,
                period_note=note,
                group=group,
                section_index=section_index,
                # a turned table's KPI is a printed column: it stands on the heading lines
                line_start=table.line_start + (0 if table.turned else table.header_lines + offset),
                line_end=table.line_start
                + (table.header_lines - 1 if table.turned else table.header_lines + offset),
                target_direction=direction,
            )
        )
    return kpis


# a row of targets under its KPI's row: "Målvärde", "Mål", "Målnivå 2025" (a target word alone)
TARGET_ROW = re.compile(rf"^{TARGET_WORDS.pattern}(?:\s+(?:19|20)\d\d)?$", re.I)


def _target_of_row(kpi: Kpi, targets: dict[str, float], printed: dict[str, str]) -> None:
    """A KPI's target from the row of targets printed under it: the target of its latest
    year with a value, else the latest target printed."""
    if kpi.target is not None:
        return
    years = [y for y in sorted(kpi.values, reverse=True) if y in targets] or sorted(
        targets, reverse=True
    )
    year = years[0]
    kpi.target, kpi.target_raw = targets[year], printed[year]
    kpi.target_direction = target_direction(kpi.target_raw)


def target_direction(target: str | None) -> str | None:
    """ "higher" or "lower" is better, by the comparator a target is printed with ("≥ 95 %")."""
    if not target:
        return None
    match = COMPARATOR.match(target)
    if not match:
        return None
    return (
        "higher" if match.group(1).lower() in ("≥", ">=", ">", "minst", "lägst", "min") else "lower"
    )

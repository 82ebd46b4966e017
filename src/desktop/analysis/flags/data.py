"""One committee's reports as the checks read them, loaded with a few queries.

Everything a check needs (goals, KPI rows with their values, finance rows, section pages)
is read once per committee, so checking a library of a thousand reports makes a few
hundred queries, not one per goal or KPI. Section texts are read only for the reports
whose finance rows need a paragraph looked up (`text_blocks`).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from desktop.store.queries import report_label

Owner = tuple[str, str]  # (municipality, committee)


@dataclass(frozen=True)
class ReportData:
    id: int
    municipality: str
    committee: str
    report_type: str
    year: int
    period_end: str
    finance_unit: str

    @cached_property
    def label(self) -> str:
        return report_label(self.report_type, self.period_end)

    @property
    def annual(self) -> bool:
        return self.report_type == "annual"


@dataclass(frozen=True, slots=True)
class GoalData:
    id: int
    report_id: int
    section_id: int | None
    ord: int
    title: str
    status: str
    status_raw: str
    analysis: str
    line: int
    page: int | None


@dataclass(frozen=True, slots=True)
class KpiData:
    id: int
    report_id: int
    goal_id: int | None
    section_id: int | None
    name: str
    table: str
    unit: str
    target: float | None
    target_raw: str | None
    target_direction: str | None
    period_note: str | None
    line: int
    page: int | None
    values: Mapping[int, float]


@dataclass(frozen=True, slots=True)
class FinanceData:
    id: int
    report_id: int
    kind: str  # income_statement | by_unit
    ord: int
    label: str
    columns: Mapping[str, float | None]
    line: int
    page: int | None


@dataclass(frozen=True, slots=True)
class SectionData:
    id: int
    heading: str
    line_start: int
    line_end: int
    page: int | None


@dataclass
class Committee:
    """A committee's reports, oldest first, with their goals, KPIs, finance and sections."""

    owner: Owner
    reports: list[ReportData]
    goals: dict[int, list[GoalData]] = field(default_factory=dict)  # by report id
    kpis: dict[int, list[KpiData]] = field(default_factory=dict)
    finance: dict[int, list[FinanceData]] = field(default_factory=dict)
    sections: dict[int, list[SectionData]] = field(default_factory=dict)
    fingerprint: str = ""  # of everything read: changes whenever any of it does
    _places: dict[tuple[int, int, int | None, int | None], tuple[int | None, int | None]] = field(
        default_factory=dict, repr=False
    )

    @cached_property
    def by_id(self) -> dict[int, ReportData]:
        return {r.id: r for r in self.reports}

    @cached_property
    def goal_by_id(self) -> dict[int, GoalData]:
        return {g.id: g for goals in self.goals.values() for g in goals}

    @cached_property
    def kpi_by_id(self) -> dict[int, KpiData]:
        return {k.id: k for kpis in self.kpis.values() for k in kpis}

    @cached_property
    def finance_by_id(self) -> dict[int, FinanceData]:
        return {f.id: f for rows in self.finance.values() for f in rows}

    @cached_property
    def _section_index(self) -> dict[int, tuple[list[int], list[SectionData]]]:
        """Per report its sections by where they start (sections follow each other)."""
        out = {}
        for report_id, sections in self.sections.items():
            ordered = sorted(sections, key=lambda s: (s.line_start, s.id))
            out[report_id] = ([s.line_start for s in ordered], ordered)
        return out

    @cached_property
    def _section_by_id(self) -> dict[int, SectionData]:
        return {s.id: s for sections in self.sections.values() for s in sections}

    def page_at(
        self, report_id: int, line: int | None, section_id: int | None = None
    ) -> int | None:
        """The printed page of a line: its section's page when the contents list it."""
        if section_id is not None:
            known = self._section_by_id.get(section_id)
            return known.page if known is not None else None
        found = self._section_of(report_id, line)
        return found.page if found is not None else None

    def place(
        self, report_id: int, line: int, section_id: int | None, page: int | None
    ) -> tuple[int | None, int | None]:
        """(section, printed page) of a row: its own where the report gave them, else the
        section holding its line and that section's page. Worked out once per row, since
        every flag about a row shows the row's place."""
        key = (report_id, line, section_id, page)
        known = self._places.get(key)
        if known is None:
            section = section_id or self.section_at(report_id, line)
            known = (section, page or self.page_at(report_id, line, section))
            self._places[key] = known
        return known

    def section_at(self, report_id: int, line: int | None) -> int | None:
        found = self._section_of(report_id, line)
        return found.id if found is not None else None

    def _section_of(self, report_id: int, line: int | None) -> SectionData | None:
        """The innermost section holding a line: the last one starting at or before it."""
        if line is None or report_id not in self._section_index:
            return None
        starts, ordered = self._section_index[report_id]
        at = bisect.bisect_right(starts, line) - 1
        while at >= 0:
            if ordered[at].line_start <= line <= ordered[at].line_end:
                return ordered[at]
            at -= 1
        return None


def owners(conn: sqlite3.Connection) -> list[Owner]:
    return [
        (str(m), str(c))
        for m, c in conn.execute(
            "SELECT DISTINCT municipality, committee FROM reports ORDER BY municipality, committee"
        )
    ]


# What is read of each table, shared by `load` (a committee) and `load_rows` (the rows
# some flags' evidence names), so that both make the same objects of the same rows.
_REPORTS = (
    "SELECT r.id, r.municipality, r.committee, r.report_type, r.period_year, r.period_end,"
    " r.finance_unit, r.sha256 FROM reports r"
)
_GOALS = (
    "SELECT g.id, g.report_id, g.section_id, g.ord, g.title, g.status, g.status_raw,"
    " g.analysis, g.line_start, g.page FROM goals g"
)
_VALUES = "SELECT v.kpi_id, v.year, v.value FROM kpi_values v"
_KPIS = (
    "SELECT k.id, k.report_id, k.goal_id, k.section_id, k.name, k.table_name, k.unit,"
    " k.target, k.target_raw, k.target_direction, k.period_note, k.line_start, k.page"
    " FROM kpis k"
)
_FINANCE = (
    "SELECT f.id, f.report_id, f.kind, f.ord, f.label, f.columns, f.line, f.page FROM finance f"
)
# a section's length is in the fingerprint (`load`), not needed to place a row: reading
# it reads the section's whole text
_SECTIONS = (
    "SELECT s.id, s.report_id, s.heading, s.line_start, s.line_end, s.page{} FROM sections s"
)


def _report(row: tuple[Any, ...]) -> ReportData:
    i, m, c, t, y, e, u, _sha = row
    return ReportData(int(i), str(m), str(c), str(t), int(y), str(e), str(u or "tkr"))


def _kpi(row: tuple[Any, ...], values: dict[int, dict[int, float]]) -> KpiData:
    kpi_id, report_id = int(row[0]), int(row[1])
    return KpiData(kpi_id, report_id, *row[2:], values=values.get(kpi_id, {}))  # type: ignore[misc]


def _finance(row: tuple[Any, ...]) -> FinanceData:
    fid, rid, kind, ord_, label, columns, line, page = row
    return FinanceData(fid, rid, kind, ord_, label, _columns(columns), line, page)


def load(conn: sqlite3.Connection, owner: Owner) -> Committee:
    """Read one committee's reports and everything the checks look at, and a fingerprint
    of all of it (what the committee's flags were computed from)."""
    where = "r.municipality = ? AND r.committee = ?"
    hasher = hashlib.blake2b(digest_size=16)
    db = conn.cursor()
    db.row_factory = None  # rows as plain tuples: thousands of them, no sqlite3.Row needed
    reports = []
    for row in db.execute(f"{_REPORTS} WHERE {where} ORDER BY r.period_end, r.id", owner):
        reports.append(_report(row))
        i, _m, _c, t, y, e, u, sha = row
        hasher.update(repr((i, t, y, e, u, sha)).encode())
    committee = Committee(owner, reports)
    rows = db.execute(
        f"{_GOALS} JOIN reports r ON r.id = g.report_id WHERE {where} ORDER BY g.report_id, g.ord",
        owner,
    ).fetchall()
    hasher.update(pickle.dumps(rows, protocol=5))
    for row in rows:
        committee.goals.setdefault(row[1], []).append(GoalData(*row))
    values: dict[int, dict[int, float]] = {}
    for kpi_id, year, value in db.execute(
        f"{_VALUES} JOIN kpis k ON k.id = v.kpi_id JOIN reports r ON r.id = k.report_id"
        f" WHERE {where}",
        owner,
    ):
        values.setdefault(kpi_id, {})[int(year)] = float(value)
    hasher.update(pickle.dumps(sorted((k, sorted(v.items())) for k, v in values.items()), 5))
    rows = db.execute(
        f"{_KPIS} JOIN reports r ON r.id = k.report_id WHERE {where} ORDER BY k.report_id, k.ord",
        owner,
    ).fetchall()
    hasher.update(pickle.dumps(rows, protocol=5))
    for row in rows:
        committee.kpis.setdefault(int(row[1]), []).append(_kpi(row, values))
    rows = db.execute(
        f"{_FINANCE} JOIN reports r ON r.id = f.report_id WHERE {where}"
        " ORDER BY f.report_id, f.kind, f.ord",
        owner,
    ).fetchall()
    hasher.update(pickle.dumps(rows, protocol=5))
    for row in rows:
        committee.finance.setdefault(row[1], []).append(_finance(row))
    rows = db.execute(
        f"{_SECTIONS.format(', length(s.text)')} JOIN reports r ON r.id = s.report_id WHERE {where}"
        " ORDER BY s.report_id, s.ord",
        owner,
    ).fetchall()
    hasher.update(pickle.dumps(rows, protocol=5))
    for sid, rid, heading, start, end, page, _size in rows:
        committee.sections.setdefault(rid, []).append(SectionData(sid, heading, start, end, page))
    committee.fingerprint = hasher.hexdigest()
    return committee


def load_rows(conn: sqlite3.Connection, kpis: Iterable[int], goals: Iterable[int],
              finance: Iterable[int], reports: Iterable[int] = ()) -> Committee:  # fmt: skip
    """The KPI, goal and finance rows named, with their reports and those reports' sections:
    what the evidence of a list of flags is built from (`evidence.build`), read with one
    query per table however many flags the list has."""
    db = conn.cursor()
    db.row_factory = None

    def named(sql: str, column: str, ids: Iterable[int]) -> list[tuple[Any, ...]]:
        listed = json.dumps(sorted(set(ids)))
        return db.execute(f"{sql} WHERE {column} IN (SELECT value FROM json_each(?))",
                          (listed,)).fetchall()  # fmt: skip

    kpi_ids = set(kpis)
    values: dict[int, dict[int, float]] = {}
    for kpi_id, year, value in named(_VALUES, "v.kpi_id", kpi_ids):
        values.setdefault(kpi_id, {})[int(year)] = float(value)
    kpi_rows = [_kpi(row, values) for row in named(_KPIS, "k.id", kpi_ids)]
    goal_rows = [GoalData(*row) for row in named(_GOALS, "g.id", goals)]
    finance_rows = [_finance(row) for row in named(_FINANCE, "f.id", finance)]
    report_ids = {*reports, *(k.report_id for k in kpi_rows), *(g.report_id for g in goal_rows),
                  *(f.report_id for f in finance_rows)}  # fmt: skip
    committee = Committee(("", ""), [_report(row) for row in named(_REPORTS, "r.id", report_ids)])
    for kpi in kpi_rows:
        committee.kpis.setdefault(kpi.report_id, []).append(kpi)
    for goal in goal_rows:
        committee.goals.setdefault(goal.report_id, []).append(goal)
    for row in finance_rows:
        committee.finance.setdefault(row.report_id, []).append(row)
    for sid, rid, heading, start, end, page in named(
        _SECTIONS.format(""), "s.report_id", report_ids
    ):
        committee.sections.setdefault(rid, []).append(SectionData(sid, heading, start, end, page))
    return committee


def _columns(stored: str) -> dict[str, float | None]:
    try:
        columns = json.loads(stored)
    except ValueError:
        return {}
    if not isinstance(columns, dict):
        return {}
    return {
        str(k): float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
        for k, v in columns.items()
    }


@dataclass(frozen=True)
class TextBlock:
    """A paragraph of a section (not a table), with where it stands."""

    section_id: int
    heading: str
    text: str
    line: int
    page: int | None


def text_blocks(conn: sqlite3.Connection, report_id: int, from_line: int) -> list[TextBlock]:
    """The paragraphs of a report from a line on (its finance part), in reading order.

    Each section's text is read once and its paragraphs cut from it here (SQL's substr
    would read the whole section again for every paragraph); only the blocks of those
    sections are read."""
    sections = {
        int(sid): (heading, text, page)
        for sid, heading, text, page in conn.execute(
            "SELECT id, heading, text, page FROM sections WHERE report_id = ? AND line_end >= ?",
            (report_id, from_line),
        )
    }
    blocks = []
    for sid, start, end, line in conn.execute(
        "SELECT b.section_id, b.char_start, b.char_end, b.line_start FROM sections s"
        " JOIN blocks b ON b.section_id = s.id WHERE s.report_id = ? AND s.line_end >= ?"
        " AND b.kind = 'text' ORDER BY s.ord, b.ord",
        (report_id, from_line),
    ):
        heading, text, page = sections[sid]
        blocks.append(TextBlock(sid, heading, _cut(conn, text, start, end), line, page))
    return blocks


def _cut(conn: sqlite3.Connection, text: str, start: int, end: int) -> str:
    """substr(text, start + 1, end - start), as SQL cut the paragraphs before: a slice, and
    SQLite itself for offsets out of order (which no extraction writes)."""
    if 0 <= start <= end:
        return text[start:end]
    return str(conn.execute("SELECT substr(?, ?, ?)", (text, start + 1, end - start)).fetchone()[0])

"""Small read queries the views use. Standard sqlite3 only: this is on the start-up path."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

MONTHS_SV = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


@dataclass(frozen=True)
class ReportRow:
    id: int
    sha256: str
    municipality: str
    committee: str
    report_type: str
    period_year: int
    period_end: str
    title: str
    source_name: str

    @property
    def label(self) -> str:
        return report_label(self.report_type, self.period_end)


@dataclass(frozen=True)
class TableData:
    id: int
    title: str
    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class BlockRow:
    kind: str
    char_start: int
    char_end: int
    line_start: int
    line_end: int
    table: TableData | None


@dataclass(frozen=True)
class SectionRow:
    id: int
    ord: int
    heading: str
    level: int
    text: str
    line_start: int
    line_end: int
    blocks: list[BlockRow] = field(default_factory=list)
    page: int | None = None


@dataclass(frozen=True)
class GoalRow:
    id: int
    report_id: int
    section_id: int | None
    ord: int
    title: str
    status: str
    status_raw: str
    analysis: str
    hierarchy: list[str]
    kpi_names: list[str]
    line_start: int = 0  # where the goal starts in its report's text


@dataclass(frozen=True)
class KpiRow:
    id: int
    report_id: int
    goal_id: int | None
    name: str
    table_name: str
    unit: str
    target: float | None
    values: dict[int, float]


def report_label(report_type: str, period_end: str) -> str:
    """'Årsbokslut 2021' or 'Delårsrapport augusti 2023': how members name reports."""
    year = period_end[:4]
    if report_type == "annual":
        return f"Årsbokslut {year}"
    month = int(period_end[5:7]) if len(period_end) >= 7 and period_end[5:7].isdigit() else 0
    month_name = MONTHS_SV[month - 1] + " " if 1 <= month <= 12 else ""
    return f"Delårsrapport {month_name}{year}"


def report_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM reports").fetchone()[0])


def list_reports(conn: sqlite3.Connection) -> list[ReportRow]:
    """All reports, by municipality and committee, newest first."""
    rows = conn.execute(
        "SELECT id, sha256, municipality, committee, report_type, period_year, period_end,"
        " title, source_name FROM reports"
        " ORDER BY municipality, committee, period_end DESC, report_type"
    )
    return [ReportRow(*row) for row in rows]


def report_text(conn: sqlite3.Connection, report_id: int) -> str:
    """The report's whole normalised text, as the parser read it."""
    row = conn.execute("SELECT full_text FROM reports WHERE id = ?", (report_id,)).fetchone()
    return str(row[0]) if row else ""


def get_report(conn: sqlite3.Connection, report_id: int) -> ReportRow | None:
    row = conn.execute(
        "SELECT id, sha256, municipality, committee, report_type, period_year, period_end,"
        " title, source_name FROM reports WHERE id = ?",
        (report_id,),
    ).fetchone()
    return ReportRow(*row) if row else None


def report_sections(conn: sqlite3.Connection, report_id: int) -> list[SectionRow]:
    """A report's sections in order, each with its blocks and tables."""
    tables = {
        row[0]: TableData(row[0], row[1], json.loads(row[2]), json.loads(row[3]))
        for row in conn.execute(
            "SELECT id, title, header, rows FROM report_tables WHERE report_id = ?", (report_id,)
        )
    }
    blocks: dict[int, list[BlockRow]] = {}
    for row in conn.execute(
        "SELECT b.section_id, b.kind, b.char_start, b.char_end, b.line_start, b.line_end,"
        " b.table_id FROM blocks b JOIN sections s ON s.id = b.section_id"
        " WHERE s.report_id = ? ORDER BY b.section_id, b.ord",
        (report_id,),
    ):
        table = tables.get(row[6]) if row[6] is not None else None
        blocks.setdefault(row[0], []).append(
            BlockRow(row[1], row[2], row[3], row[4], row[5], table)
        )
    return [
        SectionRow(*row[:7], blocks=blocks.get(row[0], []), page=row[7])  # type: ignore[misc]
        for row in conn.execute(
            "SELECT id, ord, heading, level, text, line_start, line_end, page FROM sections"
            " WHERE report_id = ? ORDER BY ord",
            (report_id,),
        )
    ]


def _goal(row: sqlite3.Row | tuple) -> GoalRow:
    values = list(row)
    values[8] = json.loads(values[8])
    values[9] = json.loads(values[9])
    return GoalRow(*values)


_GOAL_COLUMNS = (
    "id, report_id, section_id, ord, title, status, status_raw, analysis, hierarchy, kpi_names,"
    " line_start"
)


def report_goals(conn: sqlite3.Connection, report_id: int) -> list[GoalRow]:
    rows = conn.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals WHERE report_id = ? ORDER BY ord", (report_id,)
    )
    return [_goal(row) for row in rows]


def get_goal(conn: sqlite3.Connection, goal_id: int) -> GoalRow | None:
    row = conn.execute(f"SELECT {_GOAL_COLUMNS} FROM goals WHERE id = ?", (goal_id,)).fetchone()
    return _goal(row) if row else None


def kpi_section(conn: sqlite3.Connection, kpi_id: int) -> int | None:
    """The section whose table a KPI was read from."""
    row = conn.execute("SELECT section_id FROM kpis WHERE id = ?", (kpi_id,)).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def section_report(conn: sqlite3.Connection, section_id: int) -> int | None:
    """The report a section belongs to."""
    row = conn.execute("SELECT report_id FROM sections WHERE id = ?", (section_id,)).fetchone()
    return int(row[0]) if row else None


def _kpis(conn: sqlite3.Connection, where: str, params: tuple[object, ...]) -> list[KpiRow]:
    rows = conn.execute(
        "SELECT id, report_id, goal_id, name, table_name, unit, target FROM kpis"
        f" WHERE {where} ORDER BY ord",
        params,
    ).fetchall()
    values: dict[int, dict[int, float]] = {}
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for kpi_id, year, value in conn.execute(
            f"SELECT kpi_id, year, value FROM kpi_values WHERE kpi_id IN ({marks}) ORDER BY year",
            chunk,
        ):
            values.setdefault(kpi_id, {})[year] = value
    return [KpiRow(*row, values=values.get(row[0], {})) for row in rows]  # type: ignore[misc]


def report_kpis(conn: sqlite3.Connection, report_id: int) -> list[KpiRow]:
    return _kpis(conn, "report_id = ?", (report_id,))


def goal_kpis(conn: sqlite3.Connection, goal_id: int) -> list[KpiRow]:
    return _kpis(conn, "goal_id = ?", (goal_id,))


_REPORT_COLUMNS = (
    "r.id, r.sha256, r.municipality, r.committee, r.report_type, r.period_year, r.period_end,"
    " r.title, r.source_name"
)


def committee_goals(
    conn: sqlite3.Connection, municipality: str, committee: str
) -> list[tuple[ReportRow, GoalRow]]:
    """Every goal of one committee with its report, oldest report first, in one query."""
    goal_columns = ", ".join(f"g.{c.strip()}" for c in _GOAL_COLUMNS.split(","))
    rows = conn.execute(
        f"SELECT {_REPORT_COLUMNS}, {goal_columns} FROM goals g JOIN reports r ON r.id = g.report_id"
        " WHERE r.municipality = ? AND r.committee = ? ORDER BY r.period_end, r.id, g.ord",
        (municipality, committee),
    )
    return [(ReportRow(*row[:9]), _goal(row[9:])) for row in rows]

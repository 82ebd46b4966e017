"""One series per KPI across every report of a committee, with provenance per point.

Rules (DESIGN.md, issue 4):
- an annual report's figures are final; an interim report's figure for its own year is
  preliminary (often part-year), its figures for earlier years are restated finals;
- per year the best point is a final one from the latest report, else the latest
  preliminary one; points that disagree with the best are kept and flagged, not hidden.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.analysis.kpi_names import NamedKpi, cluster_names, name_key
from desktop.store.queries import report_label


@dataclass(frozen=True)
class SeriesPoint:
    year: int
    value: float
    final: bool
    report_id: int
    report_label: str
    period_end: str
    table: str
    kpi_id: int
    kpi_name: str

    @property
    def source(self) -> str:
        return f"{self.report_label}, tabell {self.table}" if self.table else self.report_label


@dataclass
class Series:
    key: str
    name: str
    unit: str
    target: float | None
    municipality: str
    committee: str
    points: list[SeriesPoint] = field(default_factory=list)

    def best_points(self) -> list[SeriesPoint]:
        """One point per year: the value a member should read."""
        best: dict[int, SeriesPoint] = {}
        for point in self.points:
            current = best.get(point.year)
            if current is None or _rank(point) > _rank(current):
                best[point.year] = point
        return [best[year] for year in sorted(best)]

    def disagreements(self) -> dict[int, list[SeriesPoint]]:
        """Per year, the points whose value differs from the best one."""
        out: dict[int, list[SeriesPoint]] = {}
        for best in self.best_points():
            others = [
                p
                for p in self.points
                if p.year == best.year and p is not best and abs(p.value - best.value) > 1e-9
            ]
            if others:
                out[best.year] = others
        return out

    def ordered_points(self) -> list[SeriesPoint]:
        """All points by year, the best value of each year first."""
        best = {id(p) for p in self.best_points()}
        return sorted(self.points, key=lambda p: (p.year, id(p) not in best, p.period_end))

    def to_json(self) -> dict[str, object]:
        best = {id(p) for p in self.best_points()}
        return {
            "name": self.name,
            "unit": self.unit,
            "target": self.target,
            "municipality": self.municipality,
            "committee": self.committee,
            "points": [
                {
                    "year": p.year,
                    "value": int(p.value) if float(p.value).is_integer() else p.value,
                    "final": p.final,
                    "best": id(p) in best,
                    "source": {
                        "report": p.report_label,
                        "report_id": p.report_id,
                        "table": p.table,
                        "kpi": p.kpi_name,
                    },
                }
                for p in self.ordered_points()
            ],
        }


def _rank(point: SeriesPoint) -> tuple[bool, str]:
    return (point.final, point.period_end)


class SeriesIndex:
    """The series links of one committee's KPIs, computed once per library state."""

    def __init__(self, conn: sqlite3.Connection, municipality: str, committee: str,
                 overrides: Mapping[str, str] | None = None) -> None:  # fmt: skip
        self.conn = conn
        self.municipality = municipality
        self.committee = committee
        rows = conn.execute(
            "SELECT k.name, k.unit, count(*) FROM kpis k JOIN reports r ON r.id = k.report_id"
            " WHERE r.municipality = ? AND r.committee = ? GROUP BY k.name, k.unit",
            (municipality, committee),
        ).fetchall()
        self.names = [NamedKpi(name, unit, n) for name, unit, n in rows]
        self.series_of = cluster_names(self.names, overrides)

    def series_key(self, kpi_name: str) -> str:
        key = name_key(kpi_name)
        return self.series_of.get(key, key)

    def member_names(self, series_key: str) -> list[str]:
        return [n.name for n in self.names if self.series_of.get(name_key(n.name)) == series_key]

    def load(self, series_key: str) -> Series:
        """All points of one series, newest report's name and target describing it."""
        names = self.member_names(series_key)
        marks = ",".join("?" * len(names)) or "NULL"
        rows = self.conn.execute(
            "SELECT k.id, k.name, k.table_name, k.unit, k.target, r.id, r.report_type,"
            " r.period_year, r.period_end, v.year, v.value"
            " FROM kpis k JOIN reports r ON r.id = k.report_id"
            " JOIN kpi_values v ON v.kpi_id = k.id"
            f" WHERE k.name IN ({marks}) AND r.municipality = ? AND r.committee = ?"
            " ORDER BY r.period_end, k.id, v.year",
            (*names, self.municipality, self.committee),
        ).fetchall()
        series = Series(series_key, names[0] if names else series_key, "other", None,
                        self.municipality, self.committee)  # fmt: skip
        spellings: dict[str, int] = {}
        for kpi_id, name, table, unit, target, report_id, rtype, pyear, pend, year, value in rows:
            spellings[name] = spellings.get(name, 0) + 1
            final = rtype == "annual" or year < pyear
            series.points.append(
                SeriesPoint(
                    year,
                    value,
                    final,
                    report_id,
                    report_label(rtype, pend),
                    pend,
                    table,
                    kpi_id,
                    name,
                )  # fmt: skip
            )
            # rows come oldest report first, so the newest report's unit and target stand
            series.unit = unit
            if target is not None:
                series.target = target
        if spellings:  # the spelling most reports print (an OCR'd one is usually alone)
            series.name = max(spellings, key=lambda n: (spellings[n], list(spellings).index(n)))
        return series


def series_for_kpi(conn: sqlite3.Connection, kpi_id: int,
                   overrides: Mapping[str, str] | None = None) -> Series | None:  # fmt: skip
    """The series a stored KPI row belongs to."""
    row = conn.execute(
        "SELECT k.name, r.municipality, r.committee FROM kpis k"
        " JOIN reports r ON r.id = k.report_id WHERE k.id = ?",
        (kpi_id,),
    ).fetchone()
    if row is None:
        return None
    index = SeriesIndex(conn, row[1], row[2], overrides)
    return index.load(index.series_key(row[0]))


def find_series(conn: sqlite3.Connection, query: str, municipality: str | None = None,
                overrides: Mapping[str, str] | None = None) -> Series | None:  # fmt: skip
    """The series whose name best matches `query` (exact key, then contained, then fuzzy)."""
    from rapidfuzz import fuzz

    owners = conn.execute(
        "SELECT DISTINCT municipality, committee FROM reports"
        + (" WHERE municipality = ? COLLATE NOCASE" if municipality else ""),
        (municipality,) if municipality else (),
    ).fetchall()
    wanted = name_key(query)
    best: tuple[float, SeriesIndex, str] | None = None
    for owner_municipality, committee in owners:
        index = SeriesIndex(conn, owner_municipality, committee, overrides)
        for key in set(index.series_of.values()):
            if key == wanted:
                score = 300.0
            elif wanted and wanted in key:
                score = 200.0 + 100.0 * len(wanted) / len(key)
            else:
                score = fuzz.token_set_ratio(wanted, key)
            if best is None or score > best[0]:
                best = (score, index, key)
    if best is None or best[0] < 80:
        return None
    return best[1].load(best[2])

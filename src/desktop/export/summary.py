"""What goes into the printed summary, gathered from user.db and library.db (no Qt).

The summary is what a member hands to a colleague before a meeting: the goals they
annotated (text, status, KPIs over the years), the passages they quoted with where each
came from, their notes and questions beneath, and at the end the numbered questions.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date

from desktop.analysis.goal_match import related_kpis
from desktop.analysis.series import SeriesIndex, SeriesPoint
from desktop.analysis.series_overrides import load_overrides
from desktop.annotate.in_report import page_of
from desktop.annotate.notes import Annotation, all_annotations
from desktop.errors import NamndlasarenError
from desktop.store import queries

MAX_KPIS_PER_GOAL = 3


@dataclass(frozen=True)
class KpiSummary:
    name: str
    unit: str
    target: float | None
    points: list[SeriesPoint]


@dataclass
class GoalSummary:
    title: str
    status: str
    report_label: str
    year: int
    kpis: list[KpiSummary] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)


@dataclass
class PassageSummary:
    annotation: Annotation
    year: int | None


@dataclass
class Summary:
    title: str
    meeting_date: str
    printed_on: str
    goals: list[GoalSummary]
    passages: list[PassageSummary]
    questions: list[Annotation]
    pages: dict[int, int] = field(default_factory=dict)  # annotation id -> printed page

    @property
    def is_empty(self) -> bool:
        return not (self.goals or self.passages)


def build_summary(
    user: sqlite3.Connection, library: sqlite3.Connection, meeting_id: int | None = None
) -> Summary:
    """The summary of one meeting's annotations, or of all of them."""
    meeting = next((m for m in _meetings(user) if m[0] == meeting_id), None)
    if meeting_id is not None and meeting is None:  # checked before any query uses the id
        known = ", ".join(f"{m[0]} ({m[1]} {m[2]})" for m in _meetings(user)) or "inga"
        raise NamndlasarenError(f"mötet {meeting_id} finns inte; möten: {known}")
    annotations = all_annotations(user, meeting_id)
    title = f"Inför {meeting[1]}" if meeting else "Mina anteckningar inför nämndens möte"
    reports = {r.sha256: r for r in queries.list_reports(library)}
    goals: dict[tuple[str, str], GoalSummary] = {}
    passages: list[PassageSummary] = []
    indexes: dict[tuple[str, str], SeriesIndex] = {}
    overrides = load_overrides(user)
    for annotation in annotations:
        report = reports.get(annotation.report_sha256)
        if annotation.goal_title and not annotation.exact:
            key = (annotation.report_sha256, annotation.goal_title)
            if key not in goals:
                goals[key] = _goal_summary(library, report, annotation, indexes, overrides)
            goals[key].annotations.append(annotation)
        else:
            passages.append(PassageSummary(annotation, report.period_year if report else None))
    return Summary(
        title=title,
        meeting_date=meeting[2] if meeting else "",
        printed_on=date.today().isoformat(),
        goals=list(goals.values()),
        passages=passages,
        questions=[a for a in annotations if a.kind == "question"],
        pages={a.id: page for a in annotations if (page := page_of(library, a)) is not None},
    )


def _meetings(user: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in user.execute("SELECT id, title, date FROM meetings")]


def _goal_summary(
    library: sqlite3.Connection,
    report: queries.ReportRow | None,
    annotation: Annotation,
    indexes: dict[tuple[str, str], SeriesIndex],
    overrides: dict[str, str],
) -> GoalSummary:
    title = annotation.goal_title or ""
    if report is None:  # the report left the library: keep the note, say what is known
        return GoalSummary(title, "unassessed", annotation.report_label, 0)
    goal = next((g for g in queries.report_goals(library, report.id) if g.title == title), None)
    summary = GoalSummary(title, goal.status if goal else "unassessed", report.label,
                          report.period_year)  # fmt: skip
    if goal is None:
        return summary
    kpis = queries.goal_kpis(library, goal.id) or related_kpis(library, goal)
    key = (report.municipality, report.committee)
    if key not in indexes:
        indexes[key] = SeriesIndex(library, *key, overrides)
    index = indexes[key]
    seen: set[str] = set()
    for kpi in kpis:
        series_key = index.series_key(kpi.name)
        if series_key in seen:
            continue
        seen.add(series_key)
        series = index.load(series_key)
        summary.kpis.append(
            KpiSummary(series.name, series.unit, series.target, series.best_points())
        )
        if len(summary.kpis) == MAX_KPIS_PER_GOAL:
            break
    return summary

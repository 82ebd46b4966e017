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
from desktop.corrections.marks import Mark, item_marks
from desktop.errors import NamndlasarenError
from desktop.store import queries

MAX_KPIS_PER_GOAL = 3


@dataclass(frozen=True)
class KpiSummary:
    name: str
    unit: str
    target: float | None
    points: list[SeriesPoint]
    corrected: dict[int, list[Mark]] = field(default_factory=dict)  # year → its corrections


@dataclass
class GoalSummary:
    title: str
    status: str
    report_label: str
    year: int
    kpis: list[KpiSummary] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    corrected: list[Mark] = field(default_factory=list)  # its status, title or level


@dataclass
class PassageSummary:
    """One quoted passage, printed once, with every note the member wrote on it."""

    annotation: Annotation  # the one whose quote is printed (the longest of the passage)
    year: int | None
    notes: list[Annotation] = field(default_factory=list)  # in the member's order


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
    user: sqlite3.Connection,
    library: sqlite3.Connection,
    meeting_id: int | None = None,
    annotations: list[Annotation] | None = None,
) -> Summary:
    """The summary of one meeting's annotations, or of all of them.

    A passage is printed once with every note on it (a highlight and a question on the
    same words are one passage). A meeting's summary brings the member's other notes on
    its passages and goals along, even those not chosen for the meeting: they are what
    the member wants to remember when the passage comes up.
    `annotations` is every annotation as the member left it (the app passes text not
    yet saved); by default they are read from user.db.
    """
    everything = annotations if annotations is not None else all_annotations(user)
    meeting = next((m for m in _meetings(user) if m[0] == meeting_id), None)
    if meeting_id is not None and meeting is None:  # checked before any query uses the id
        known = ", ".join(f"{m[0]} ({m[1]} {m[2]})" for m in _meetings(user)) or "inga"
        raise NamndlasarenError(f"mötet {meeting_id} finns inte; möten: {known}")
    chosen = everything if meeting_id is None else [a for a in everything
                                                     if a.meeting_id == meeting_id]  # fmt: skip
    title = f"Inför {meeting[1]}" if meeting else "Mina anteckningar inför nämndens möte"
    reports = {r.sha256: r for r in queries.list_reports(library)}
    goals: dict[tuple[str, str], GoalSummary] = {}
    passages: list[PassageSummary] = []
    indexes: dict[tuple[str, str], SeriesIndex] = {}
    overrides = load_overrides(user)
    for annotation in chosen:
        report = reports.get(annotation.report_sha256)
        if annotation.goal_title and not annotation.exact:
            key = (annotation.report_sha256, annotation.goal_title)
            if key not in goals:
                goals[key] = _goal_summary(library, report, annotation, indexes, overrides)
            goals[key].annotations.append(annotation)
            continue
        same = next((p for p in passages if _same_passage(p.annotation, annotation)), None)
        if same is None:
            passages.append(PassageSummary(annotation, report.period_year if report else None,
                                           [annotation]))  # fmt: skip
            continue
        same.notes.append(annotation)
        if len(annotation.exact) > len(same.annotation.exact):
            same.annotation = annotation
    if meeting_id is not None:  # the member's other notes on the meeting's passages and goals
        for other in everything:
            if other in chosen or not (other.body or other.kind == "highlight"):
                continue
            if other.goal_title and not other.exact:
                goal = goals.get((other.report_sha256, other.goal_title))
                if goal is not None:
                    goal.annotations.append(other)
                continue
            passage = next((p for p in passages if _same_passage(p.annotation, other)), None)
            if passage is not None:
                passage.notes.append(other)
    return Summary(
        title=title,
        meeting_date=meeting[2] if meeting else "",
        printed_on=date.today().isoformat(),
        goals=list(goals.values()),
        passages=passages,
        questions=[a for a in chosen if a.kind == "question"],
        pages={a.id: page for a in chosen if (page := page_of(library, a)) is not None},
    )


def _same_passage(one: Annotation, other: Annotation) -> bool:
    """Two annotations on overlapping words of the same section of the same report."""
    if not (one.exact and other.exact) or one.report_sha256 != other.report_sha256:
        return False
    if one.section_heading != other.section_heading:
        return False
    if None in (one.start, one.end, other.start, other.end):
        return one.exact == other.exact
    return one.start < other.end and other.start < one.end  # type: ignore[operator]


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
    summary.corrected = item_marks(library, "goal", [goal.id]).of("goal", goal.id)
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
        best = series.best_points()
        marks = item_marks(library, "kpi", [p.kpi_id for p in best])
        corrected = {p.year: found for p in best if (found := marks.values(p.kpi_id).get(p.year))}
        summary.kpis.append(KpiSummary(series.name, series.unit, series.target, best, corrected))
        if len(summary.kpis) == MAX_KPIS_PER_GOAL:
            break
    return summary

"""The same goal in different years' reports, matched by text similarity.

Goal wording shifts between years ("under 2021" becomes "under 2024", a clause is
added), so goals are compared on a key without years and numbers, and a pair is only
accepted above a similarity threshold: an unmatched goal is "new" or "dropped", never
forced onto a look-alike.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.analysis.kpi_names import fold
from desktop.store.queries import (
    GoalRow,
    KpiRow,
    ReportRow,
    committee_goals,
    get_report,
    report_kpis,
)

_YEARS_AND_NUMBERS = re.compile(r"\b\d+([,.]\d+)?\b")
GOAL_SIMILARITY = 70.0


def goal_key(title: str) -> str:
    text = _YEARS_AND_NUMBERS.sub(" ", fold(title))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def goal_similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.token_set_ratio(goal_key(a), goal_key(b)))


def match_goals(
    left: Sequence[GoalRow], right: Sequence[GoalRow]
) -> list[tuple[GoalRow | None, GoalRow | None]]:
    """Pairs (left, right) in reading order; unmatched goals pair with None."""
    scored = sorted(
        (
            (goal_similarity(a.title, b.title), i, j)
            for i, a in enumerate(left)
            for j, b in enumerate(right)
        ),
        reverse=True,
    )
    pair_of_left: dict[int, int] = {}
    taken_right: set[int] = set()
    for score, i, j in scored:
        if score < GOAL_SIMILARITY:
            break
        if i in pair_of_left or j in taken_right:
            continue
        pair_of_left[i] = j
        taken_right.add(j)
    pairs: list[tuple[GoalRow | None, GoalRow | None]] = []
    for i, goal in enumerate(left):
        pairs.append((goal, right[pair_of_left[i]] if i in pair_of_left else None))
    for j, goal in enumerate(right):
        if j not in taken_right:
            pairs.append((None, goal))
    return pairs


@dataclass(frozen=True)
class GoalInYear:
    report: ReportRow
    goal: GoalRow
    similarity: float


def goal_history(conn: sqlite3.Connection, goal: GoalRow) -> list[GoalInYear]:
    """The goal as it stands in every report of the same committee, oldest first."""
    this = get_report(conn, goal.report_id)
    if this is None:
        return []
    best: dict[int, GoalInYear] = {}
    for report, other in committee_goals(conn, this.municipality, this.committee):
        score = goal_similarity(goal.title, other.title)
        if score >= GOAL_SIMILARITY and (
            report.id not in best or score > best[report.id].similarity
        ):
            best[report.id] = GoalInYear(report, other, score)
    return sorted(best.values(), key=lambda h: h.report.period_end)


KPI_SIMILARITY = 70.0


def related_kpis(conn: sqlite3.Connection, goal: GoalRow) -> list[KpiRow]:
    """KPIs of the goal's report whose names say what the goal says.

    For reports that print their KPIs apart from their goals (Helsingborg 2021-2024):
    "Barn som placeras i jourhem ska ... familjehem inom högst 6 månader" is measured by
    "Andel barn placerade i jourhem ... familjehem inom högst 6 månader, procent".
    """
    from rapidfuzz import fuzz

    key = goal_key(goal.title)
    return [
        kpi
        for kpi in report_kpis(conn, goal.report_id)
        if fuzz.token_set_ratio(key, goal_key(kpi.name)) >= KPI_SIMILARITY
    ]

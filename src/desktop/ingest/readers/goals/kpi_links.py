"""KPIs tied to their goals: by the goal a KPI's table row names, else by the goal whose
line range the KPI is printed in.

Run by the pipeline after goals and KPIs are both read, whichever reader found them.
"""

from __future__ import annotations

from desktop.ingest.model import Goal, Kpi
from desktop.ingest.readers.goals.common import _same_title


def link_kpis(goals: list[Goal], kpis: list[Kpi]) -> None:
    """Tie each KPI printed inside a goal's line range (or its table row's goal) to that goal."""
    for kpi in kpis:
        if kpi.group is not None:
            match = next((i for i, g in enumerate(goals) if _same_title(g.title, kpi.group)), None)
            if match is not None:
                kpi.goal_index = match
                continue
        for index, goal in enumerate(goals):
            if goal.line_start <= kpi.line_start <= goal.line_end:
                kpi.goal_index = index
                break
    for index, goal in enumerate(goals):
        goal.kpis = [k.name for k in kpis if k.goal_index == index]

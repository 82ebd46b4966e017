"""Status vs indicators: a goal called achieved while one of its KPIs missed its target
that year, or called not achieved while every KPI met its target.

Only KPIs the report prints with the goal (goal_id) count: a KPI matched to a goal by
its wording is a guess, and a guess is no evidence. A KPI without a target, without a
value for the report's year, or with a target whose direction is unknown decides nothing.
"""

from __future__ import annotations

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, KpiData
from desktop.analysis.flags.model import STATUS, Flag
from desktop.analysis.flags.targets import met, target_of
from desktop.ingest.vocabulary import fold


def check(committee: Committee) -> list[Flag]:
    flags = []
    for report in committee.reports:
        kpis_of: dict[int, list[KpiData]] = {}
        for kpi in committee.kpis.get(report.id, []):
            if kpi.goal_id is not None:
                kpis_of.setdefault(kpi.goal_id, []).append(kpi)
        for goal in committee.goals.get(report.id, []):
            kpis = kpis_of.get(goal.id, [])
            if goal.status not in ("achieved", "not_achieved") or not kpis:
                continue
            judged = []
            for kpi in kpis:
                target = target_of(kpi)
                outcome = met(kpi, target, report.year) if target else None
                judged.append((kpi, target, outcome))
            year = report.year
            if goal.status == "achieved":
                missed = [(k, t) for k, t, outcome in judged if outcome is False and t is not None]
                if not missed:
                    continue
                first, target = missed[0]
                value = evidence.kpi_value(committee, first, year)
                if len(missed) == 1:
                    explanation = (
                        f"Målet bedöms som uppnått, men nyckeltalet ”{first.name}” nådde inte "
                        f"sitt mål {year}: {value.text.rsplit(': ', 1)[1]} mot "
                        f"{target.text(first.unit)}."
                    )
                    question = (
                        f"Hur kan målet bedömas som uppnått när ”{first.name}” inte nådde "
                        f"målet {year}?"
                    )
                else:
                    explanation = (
                        f"Målet bedöms som uppnått, men {len(missed)} av dess nyckeltal nådde "
                        f"inte sina mål {year}."
                    )
                    question = (
                        "Hur kan målet bedömas som uppnått när nyckeltalen som ska mäta det "
                        f"inte nådde sina mål {year}?"
                    )
                proof = [evidence.kpi_target(committee, k, year, t.text(k.unit)) for k, t in missed]
            else:
                if any(outcome is not True for _k, _t, outcome in judged):
                    continue
                explanation = (
                    f"Målet bedöms som inte uppnått, fast alla dess {len(judged)} nyckeltal "
                    f"nådde sina mål {year}."
                    if len(judged) > 1
                    else f"Målet bedöms som inte uppnått, fast dess nyckeltal ”{judged[0][0].name}”"
                    f" nådde sitt mål {year}."
                )
                question = (
                    "Vad saknas för att målet ska räknas som uppnått, när nyckeltalen nådde "
                    f"sina mål {year}?"
                )
                proof = [
                    evidence.kpi_target(committee, k, year, t.text(k.unit))
                    for k, t, _outcome in judged
                    if t is not None
                ]
            flags.append(
                Flag(
                    kind=STATUS,
                    key=f"{STATUS}:{fold(goal.title)}",
                    report_id=report.id,
                    subject_kind="goal",
                    subject_id=goal.id,
                    subject_report_id=report.id,
                    subject=goal.title,
                    explanation=explanation,
                    question=question,
                    evidence=[evidence.goal_status(committee, goal), *proof],
                )
            )
    return flags

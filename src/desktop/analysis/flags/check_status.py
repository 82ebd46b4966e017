"""Status vs indicators: a goal called achieved while one of its KPIs missed its target
that year, or called not achieved while every KPI met its target.

Only KPIs the report prints with the goal (goal_id) count: a KPI matched to a goal by
its wording is a guess, and a guess is no evidence. A KPI without a target, without a
value for the report's year, or with a target whose direction is unknown decides nothing.
"""

from __future__ import annotations

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, KpiData
from desktop.analysis.flags.model import STATUS, Flag, Say, with_unit
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
                value = first.values[year]
                shown, aim = with_unit(value, first.unit), target.text(first.unit)
                if len(missed) == 1:
                    explanation = Say(
                        f"Målet bedöms som uppnått, men nyckeltalet ”{first.name}” nådde inte "
                        f"sitt mål {year}: {shown} mot {aim}.",
                        f"The goal is assessed as achieved, but the KPI “{first.name}” missed "
                        f"its target in {year}: {shown.en} against {aim.en}.",
                    )
                    question = Say(
                        f"Hur kan målet bedömas som uppnått när ”{first.name}” inte nådde "
                        f"målet {year}?",
                        f"How can the goal be assessed as achieved when “{first.name}” missed "
                        f"its target in {year}?",
                    )
                else:
                    explanation = Say(
                        f"Målet bedöms som uppnått, men {len(missed)} av dess nyckeltal nådde "
                        f"inte sina mål {year}.",
                        f"The goal is assessed as achieved, but {len(missed)} of its KPIs "
                        f"missed their targets in {year}.",
                    )
                    question = Say(
                        "Hur kan målet bedömas som uppnått när nyckeltalen som ska mäta det "
                        f"inte nådde sina mål {year}?",
                        "How can the goal be assessed as achieved when the KPIs that measure "
                        f"it missed their targets in {year}?",
                    )
                proof = [evidence.kpi_target(k, year, t.text(k.unit)) for k, t in missed]
            else:
                if any(outcome is not True for _k, _t, outcome in judged):
                    continue
                if len(judged) > 1:
                    explanation = Say(
                        f"Målet bedöms som inte uppnått, fast alla dess {len(judged)} nyckeltal "
                        f"nådde sina mål {year}.",
                        f"The goal is assessed as not achieved, yet all its {len(judged)} KPIs "
                        f"met their targets in {year}.",
                    )
                else:
                    name = judged[0][0].name
                    explanation = Say(
                        f"Målet bedöms som inte uppnått, fast dess nyckeltal ”{name}” nådde "
                        f"sitt mål {year}.",
                        f"The goal is assessed as not achieved, yet its KPI “{name}” met its "
                        f"target in {year}.",
                    )
                question = Say(
                    "Vad saknas för att målet ska räknas som uppnått, när nyckeltalen nådde "
                    f"sina mål {year}?",
                    "What is missing for the goal to count as achieved, when its KPIs met "
                    f"their targets in {year}?",
                )
                proof = [
                    evidence.kpi_target(k, year, t.text(k.unit))
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
                    proof=[evidence.goal_status(goal), *proof],
                )
            )
    return flags

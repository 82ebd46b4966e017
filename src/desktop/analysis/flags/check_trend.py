"""Trend against the goal: a KPI that moved away from its target three years in a row.

The target is the one the report prints for the KPI (with its direction); the values are
the KPI's series over every report of the committee (the best value of each year, final
before preliminary), and the three moves are the last ones up to the report's year, in
consecutive years. "Away" means the shortfall from the target grew each time.
"""

from __future__ import annotations

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, KpiData
from desktop.analysis.flags.model import TREND, Flag, Say, same_value, with_unit
from desktop.analysis.flags.targets import shortfall, target_of
from desktop.analysis.kpi_names import name_key
from desktop.analysis.series import SeriesIndex

MOVES = 3


def check(committee: Committee, index: SeriesIndex) -> list[Flag]:
    best = _best_values(committee, index)
    flags = []
    for report in committee.reports:
        for kpi in committee.kpis.get(report.id, []):
            target = target_of(kpi)
            if target is None or target.value is None or target.direction is None:
                continue
            series = best.get(index.series_key(kpi.name), {})
            years = list(range(report.year - MOVES, report.year + 1))
            if any(y not in series for y in years):
                continue
            values = [series[y][0] for y in years]
            gaps = [shortfall(v, target) for v in values]
            if any(g is None for g in gaps):
                continue
            if not all(
                g2 > g1 and not same_value(v1, v2)  # type: ignore[operator]
                for g1, g2, v1, v2 in zip(gaps, gaps[1:], values, values[1:], strict=False)
            ):
                continue
            shown = [with_unit(v, kpi.unit) for v in values]
            run = ", ".join(f"{s} ({y})" for y, s in zip(years, shown, strict=True))
            run_en = ", ".join(f"{s.en} ({y})" for y, s in zip(years, shown, strict=True))
            aim = target.text(kpi.unit)
            explanation = Say(
                f"”{kpi.name}” har rört sig bort från målet ({aim}) tre år i rad: {run}.",
                f"“{kpi.name}” has moved away from its target ({aim.en}) three years in a row: "
                f"{run_en}.",
            )
            question = Say(
                f"”{kpi.name}” har gått åt fel håll mot målet tre år i rad – vad görs för att "
                "vända utvecklingen?",
                f"“{kpi.name}” has moved the wrong way against its target three years in a row "
                "– what is being done to turn it around?",
            )
            proof: list[evidence.Ref] = []
            for y in years:
                source = series[y][1]
                proof.append(evidence.kpi_value(source, y))
            flags.append(
                Flag(
                    kind=TREND,
                    key=f"{TREND}:{name_key(kpi.name)}",
                    report_id=report.id,
                    subject_kind="kpi",
                    subject_id=kpi.id,
                    subject_report_id=report.id,
                    subject=kpi.name,
                    explanation=explanation,
                    question=question,
                    proof=proof,
                )
            )
    return flags


def _best_values(
    committee: Committee, index: SeriesIndex
) -> dict[str, dict[int, tuple[float, KpiData]]]:
    """Per series and year the value a member should read: final before preliminary, the
    newest report first (as analysis.series ranks points), with the KPI row it is from."""
    out: dict[str, dict[int, tuple[float, KpiData]]] = {}
    ranks: dict[tuple[str, int], tuple[bool, str, int]] = {}
    for report in committee.reports:
        for kpi in committee.kpis.get(report.id, []):
            key = index.series_key(kpi.name)
            for year, value in kpi.values.items():
                final = report.annual or year < report.year
                rank = (final, report.period_end, report.id)
                if (key, year) not in ranks or rank > ranks[(key, year)]:
                    ranks[(key, year)] = rank
                    out.setdefault(key, {})[year] = (value, kpi)
    return out

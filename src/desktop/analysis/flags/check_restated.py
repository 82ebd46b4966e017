"""Preliminary vs final: one KPI and year printed with different values in two reports.

An interim report's figure for its own year is preliminary; an annual report's figures,
and every report's figures for earlier years, are final. Points are compared within one
KPI series (analysis.series, which links the names a KPI had in different reports).
A part-year count (an interim report's "antal" for its own year) is not comparable with
the whole year's, so it says nothing; shares, days and indices are compared. Values equal
as printed (62,5 and 63) are the same figure.
"""

from __future__ import annotations

from typing import NamedTuple

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, KpiData, ReportData
from desktop.analysis.flags.model import RESTATED, Flag, Say, same_value, with_unit
from desktop.analysis.series import SeriesIndex

# units whose part-year figure is comparable with the year's (a level, not a sum)
LEVEL_UNITS = frozenset({"percent", "days", "index"})


class Point(NamedTuple):  # made for every value of every KPI: a tuple is made fastest
    report: ReportData
    kpi: KpiData
    value: float
    preliminary: bool

    def text(self) -> Say:
        shown = with_unit(self.value, self.kpi.unit)
        if not self.preliminary:
            return shown
        return Say(f"{shown} (preliminärt)", f"{shown.en} (preliminary)")


def check(committee: Committee, index: SeriesIndex) -> list[Flag]:
    points: dict[tuple[str, int], list[Point]] = {}
    for report in committee.reports:
        for kpi in committee.kpis.get(report.id, []):
            key = index.series_key(kpi.name)
            for year, value in kpi.values.items():
                if year > report.year:
                    continue
                preliminary = year == report.year and (not report.annual or bool(kpi.period_note))
                if preliminary and kpi.unit not in LEVEL_UNITS:
                    continue
                points.setdefault((key, year), []).append(Point(report, kpi, value, preliminary))
    flags = []
    for (key, year), found in points.items():
        if len({p.report.id for p in found}) < 2:
            continue
        ordered = sorted(found, key=lambda p: (p.report.period_end, p.report.id), reverse=True)
        newest = ordered[0]
        differing = [p for p in ordered if not same_value(p.value, newest.value)]
        if not differing or all(p.report.id == newest.report.id for p in differing):
            continue
        other = next(p for p in differing if p.report.id != newest.report.id)
        name = newest.kpi.name
        said, now = other.text(), newest.text()
        explanation = Say(
            f"”{name}” för {year} är {said} i {other.report.label} men {now} i "
            f"{newest.report.label}.",
            f"“{name}” for {year} is {said.en} in {other.report.label} but {now.en} in "
            f"{newest.report.label}.",
        )
        before = with_unit(other.value, other.kpi.unit)
        after = with_unit(newest.value, newest.kpi.unit)
        if other.preliminary or newest.preliminary:
            question = Say(
                f"Varför ändrades värdet för {year} från {before} i {other.report.label} till "
                f"{after} i {newest.report.label}, och vilket värde gäller?",
                f"Why did the value for {year} change from {before.en} in {other.report.label} "
                f"to {after.en} in {newest.report.label}, and which value holds?",
            )
        else:
            question = Say(
                f"Varför anger {newest.report.label} ett annat värde för {year} ({after}) än "
                f"{other.report.label} ({before}), och vilket gäller?",
                f"Why does {newest.report.label} give another value for {year} ({after.en}) "
                f"than {other.report.label} ({before.en}), and which one holds?",
            )
        proof = []
        for point in ordered:
            item = evidence.kpi_value(point.kpi, year)
            if point.preliminary:
                item = evidence.with_note(item, "(preliminärt)", "(preliminary)")
            proof.append(item)
        flags.append(
            Flag(
                kind=RESTATED,
                key=f"{RESTATED}:{key}:{year}",
                report_id=newest.report.id,
                subject_kind="kpi",
                subject_id=newest.kpi.id,
                subject_report_id=newest.report.id,
                subject=name,
                explanation=explanation,
                question=question,
                proof=proof,
            )
        )
    return flags

"""Evidence as the checks name it, and as the member reads it.

A check names each piece of evidence by reference (`Ref`): a KPI's value of a year, a
goal's assessment, a finance row's cell, a quoted sentence. library.db keeps these small
references, not the texts they show (a library of a thousand reports has tens of
thousands of pieces, most of them KPI values quoted again in flag after flag); `build`
makes the Evidence the member sees from the rows they name when a list is read.

Texts are Say's: Swedish, with the English the app's English UI shows; names, labels and
quotes from a report stay as printed in both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.analysis.flags.data import Committee, FinanceData, GoalData, KpiData
from desktop.analysis.flags.model import Evidence, Say, number, with_unit

# A reference is a plain tuple, stored as a JSON list, its first item saying what it names:
#   ("kpi", role, kpi id, year)                 a KPI's value of a year
#   ("kpi", role, kpi id, year, note, note_en)  … with a remark after it ("(preliminärt)")
#   ("goal", role, goal id)                     a goal's assessment
#   ("finance", role, row id, column)           a finance row's cell
#   ("sentence", role, goal id, text)           a sentence quoted from a goal's analysis
#   ("paragraph", role, report id, section id, line, page, text)  a paragraph quoted
Ref = tuple[Any, ...]

STATUS_WORDS = {
    "achieved": ("uppnått", "achieved"),
    "partly": ("delvis uppnått", "partly achieved"),
    "not_achieved": ("inte uppnått", "not achieved"),
    "expected_achieved": ("förväntas uppnås", "expected to be achieved"),
    "expected_not_achieved": ("förväntas inte uppnås", "not expected to be achieved"),
    "unassessed": ("inte bedömt", "not assessed"),
}


# --- what the checks name --------------------------------------------------------------


def kpi_value(kpi: KpiData, year: int, role: str = "value") -> Ref:
    return ("kpi", role, kpi.id, year)


def with_note(ref: Ref, sv: str, en: str) -> Ref:
    """A KPI's value with a remark after its text: "(preliminärt)", "(mål: minst 90 %)"."""
    return (*ref[:4], sv, en)


def kpi_target(kpi: KpiData, year: int, target: Say) -> Ref:
    """A KPI's value beside its target, as one piece of evidence."""
    return with_note(kpi_value(kpi, year), f"(mål: {target})", f"(target: {target.en})")


def goal_status(goal: GoalData) -> Ref:
    return ("goal", "status", goal.id)


def sentence(goal: GoalData, text: str, role: str = "text") -> Ref:
    return ("sentence", role, goal.id, text)


def finance_value(row: FinanceData, column: str, role: str = "value") -> Ref:
    return ("finance", role, row.id, column)


def paragraph(report_id: int, section_id: int, line: int, page: int | None, text: str,
              role: str = "explanation") -> Ref:  # fmt: skip
    return ("paragraph", role, report_id, section_id, line, page, text)


def rows_named(refs: list[Ref]) -> tuple[set[int], set[int], set[int], set[int]]:
    """The KPI, goal and finance rows and the reports that references name (what
    `data.load_rows` reads to build them)."""
    kpis, goals, finance, reports = set(), set(), set(), set()
    for ref in refs:
        what = ref[0]
        if what == "kpi":
            kpis.add(ref[2])
        elif what in ("goal", "sentence"):
            goals.add(ref[2])
        elif what == "finance":
            finance.add(ref[2])
        elif what == "paragraph":
            reports.add(ref[2])
    return kpis, goals, finance, reports


# --- what the member reads -------------------------------------------------------------


def build(committee: Committee, ref: Ref) -> Evidence | None:
    """The evidence a reference names, from the rows of `committee` (the checked one, or
    `data.load_rows`'); None when its row is no longer there."""
    what, role = ref[0], ref[1]
    if what == "kpi":
        kpi = committee.kpi_by_id.get(ref[2])
        if kpi is None:
            return None
        item = _kpi_value(committee, kpi, ref[3], role)
        return _noted(item, ref[4], ref[5]) if len(ref) > 4 else item
    if what == "goal":
        goal = committee.goal_by_id.get(ref[2])
        return None if goal is None else _goal_status(committee, goal)
    if what == "sentence":
        goal = committee.goal_by_id.get(ref[2])
        return None if goal is None else _sentence(committee, goal, ref[3], role)
    if what == "finance":
        row = committee.finance_by_id.get(ref[2])
        return None if row is None else _finance_value(committee, row, ref[3], role)
    if what == "paragraph":
        report = committee.by_id.get(ref[2])
        if report is None:
            return None
        _what, _role, _report, section_id, line, page, text = ref
        return Evidence(role=role, report_id=report.id, report_label=report.label,
                        text=Say(text), anchor="sentence", find=text, section_id=section_id,
                        line=line, page=page)  # fmt: skip
    return None


def status_words(goal: GoalData) -> Say:
    """The assessment as the report printed it, else in the app's words."""
    raw = " ".join(goal.status_raw.split()).rstrip(".")
    if raw:
        return Say(raw)
    sv, en = STATUS_WORDS.get(goal.status, (goal.status, goal.status))
    return Say(sv, en)


def _kpi_value(committee: Committee, kpi: KpiData, year: int, role: str) -> Evidence:
    report = committee.by_id[kpi.report_id]
    value = kpi.values.get(year)
    shown = with_unit(value, kpi.unit) if value is not None else Say("–")
    section, page = committee.place(kpi.report_id, kpi.line, kpi.section_id, kpi.page)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=Say(f"{kpi.name}, {year}: {shown}", f"{kpi.name}, {year}: {shown.en}"),
        anchor="kpi",
        find=kpi.name,
        section_id=section,
        line=kpi.line or None,
        page=page,
        year=year,
        value=value,
        unit=kpi.unit,
    )


def _noted(item: Evidence, sv: str, en: str) -> Evidence:
    english = item.text.en if isinstance(item.text, Say) else item.text
    return replace(item, text=Say(f"{item.text} {sv}", f"{english} {en}"))


def _goal_status(committee: Committee, goal: GoalData) -> Evidence:
    report = committee.by_id[goal.report_id]
    section, page = committee.place(goal.report_id, goal.line, goal.section_id, goal.page)
    words = status_words(goal)
    return Evidence(
        role="status",
        report_id=report.id,
        report_label=report.label,
        text=Say(f"{goal.title} – bedömning: {words}", f"{goal.title} – assessment: {words.en}"),
        anchor="goal",
        find=goal.title,
        section_id=section,
        line=goal.line or None,
        page=page,
    )


def _sentence(committee: Committee, goal: GoalData, text: str, role: str) -> Evidence:
    report = committee.by_id[goal.report_id]
    section, page = committee.place(goal.report_id, goal.line, goal.section_id, goal.page)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=Say(text),
        anchor="sentence",
        find=text,
        section_id=section,
        line=goal.line or None,
        page=page,
    )


def _finance_value(committee: Committee, row: FinanceData, column: str, role: str) -> Evidence:
    report = committee.by_id[row.report_id]
    value = row.columns.get(column)
    unit = report.finance_unit
    figure = number(value) if value is not None else Say("–")
    suffix = f" {unit}" if value is not None else ""
    section, page = committee.place(row.report_id, row.line, None, row.page)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=Say(
            f"{row.label}, {column}: {figure}{suffix}",
            f"{row.label}, {column}: {figure.en}{suffix}",
        ),  # fmt: skip
        anchor="finance",
        find=row.label,
        section_id=section,
        line=row.line or None,
        page=page,
        value=value,
        unit=unit,
    )

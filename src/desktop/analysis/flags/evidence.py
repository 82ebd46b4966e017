"""Evidence as the checks build it: a KPI's value, a goal's assessment, a sentence, a row.

Texts are Say's: Swedish, with the English the app's English UI shows; names, labels and
quotes from a report stay as printed in both.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.analysis.flags.data import Committee, FinanceData, GoalData, KpiData
from desktop.analysis.flags.model import Evidence, Say, number, with_unit

STATUS_WORDS = {
    "achieved": ("uppnått", "achieved"),
    "partly": ("delvis uppnått", "partly achieved"),
    "not_achieved": ("inte uppnått", "not achieved"),
    "expected_achieved": ("förväntas uppnås", "expected to be achieved"),
    "expected_not_achieved": ("förväntas inte uppnås", "not expected to be achieved"),
    "unassessed": ("inte bedömt", "not assessed"),
}


def status_words(goal: GoalData) -> Say:
    """The assessment as the report printed it, else in the app's words."""
    raw = " ".join(goal.status_raw.split()).rstrip(".")
    if raw:
        return Say(raw)
    sv, en = STATUS_WORDS.get(goal.status, (goal.status, goal.status))
    return Say(sv, en)


def kpi_value(committee: Committee, kpi: KpiData, year: int, role: str = "value") -> Evidence:
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


def with_note(item: Evidence, sv: str, en: str) -> Evidence:
    """The same evidence with a remark after its text: "(preliminärt)", "(mål: minst 90 %)"."""
    english = item.text.en if isinstance(item.text, Say) else item.text
    return replace(item, text=Say(f"{item.text} {sv}", f"{english} {en}"))


def kpi_target(committee: Committee, kpi: KpiData, year: int, target: Say) -> Evidence:
    """A KPI's value beside its target, as one piece of evidence."""
    return with_note(kpi_value(committee, kpi, year), f"(mål: {target})", f"(target: {target.en})")


def goal_status(committee: Committee, goal: GoalData) -> Evidence:
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


def sentence(committee: Committee, goal: GoalData, text: str, role: str = "text") -> Evidence:
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


def finance_value(committee: Committee, row: FinanceData, column: str, role: str = "value",
                  shown: float | None = None) -> Evidence:  # fmt: skip
    report = committee.by_id[row.report_id]
    value = row.columns.get(column) if shown is None else shown
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

"""Evidence as the checks build it: a KPI's value, a goal's assessment, a sentence, a row."""

from __future__ import annotations

from desktop.analysis.flags.data import Committee, FinanceData, GoalData, KpiData
from desktop.analysis.flags.model import Evidence, sv_number, with_unit

STATUS_WORDS = {
    "achieved": "uppnått",
    "partly": "delvis uppnått",
    "not_achieved": "inte uppnått",
    "expected_achieved": "förväntas uppnås",
    "expected_not_achieved": "förväntas inte uppnås",
    "unassessed": "inte bedömt",
}


def status_words(goal: GoalData) -> str:
    """The assessment as the report printed it, else in the app's words."""
    raw = " ".join(goal.status_raw.split()).rstrip(".")
    return raw or STATUS_WORDS.get(goal.status, goal.status)


def kpi_value(committee: Committee, kpi: KpiData, year: int, role: str = "value") -> Evidence:
    report = committee.by_id[kpi.report_id]
    value = kpi.values.get(year)
    shown = with_unit(value, kpi.unit) if value is not None else "–"
    section = kpi.section_id or committee.section_at(kpi.report_id, kpi.line)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=f"{kpi.name}, {year}: {shown}",
        anchor="kpi",
        find=kpi.name,
        section_id=section,
        line=kpi.line or None,
        page=kpi.page or committee.page_at(kpi.report_id, kpi.line, section),
        year=year,
        value=value,
        unit=kpi.unit,
    )


def kpi_target(committee: Committee, kpi: KpiData, year: int, target_text: str) -> Evidence:
    """A KPI's value beside its target, as one piece of evidence."""
    base = kpi_value(committee, kpi, year)
    return Evidence(**{**base.__dict__, "text": f"{base.text} (mål: {target_text})"})


def goal_status(committee: Committee, goal: GoalData) -> Evidence:
    report = committee.by_id[goal.report_id]
    section = goal.section_id or committee.section_at(goal.report_id, goal.line)
    return Evidence(
        role="status",
        report_id=report.id,
        report_label=report.label,
        text=f"{goal.title} – bedömning: {status_words(goal)}",
        anchor="goal",
        find=goal.title,
        section_id=section,
        line=goal.line or None,
        page=goal.page or committee.page_at(goal.report_id, goal.line, section),
    )


def sentence(committee: Committee, goal: GoalData, text: str, role: str = "text") -> Evidence:
    report = committee.by_id[goal.report_id]
    section = goal.section_id or committee.section_at(goal.report_id, goal.line)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=text,
        anchor="sentence",
        find=text,
        section_id=section,
        line=goal.line or None,
        page=goal.page or committee.page_at(goal.report_id, goal.line, section),
    )


def finance_value(committee: Committee, row: FinanceData, column: str, role: str = "value",
                  shown: float | None = None) -> Evidence:  # fmt: skip
    report = committee.by_id[row.report_id]
    value = row.columns.get(column) if shown is None else shown
    unit = report.finance_unit
    text = f"{row.label}, {column}: {sv_number(value) + ' ' + unit if value is not None else '–'}"
    section = committee.section_at(row.report_id, row.line)
    return Evidence(
        role=role,
        report_id=report.id,
        report_label=report.label,
        text=text,
        anchor="finance",
        find=row.label,
        section_id=section,
        line=row.line or None,
        page=row.page or committee.page_at(row.report_id, row.line, section),
        value=value,
        unit=unit,
    )

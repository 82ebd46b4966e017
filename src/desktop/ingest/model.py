"""Plain dataclasses for one extracted report: what ingest produces and the store saves.

No Qt and no I/O here. `Report.to_json()` is the `extract` JSON contract of DESIGN.md.
Line numbers are 1-based and refer to the report's normalised text (`Report.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from desktop.ingest.document import Document

ReportType = Literal["annual", "interim"]
GoalStatus = Literal[
    "achieved",
    "partly",
    "not_achieved",
    "expected_achieved",
    "expected_not_achieved",
    "unassessed",
]
Unit = Literal["percent", "count", "days", "index", "tkr", "other"]
GOAL_STATUSES: tuple[str, ...] = (
    "achieved",
    "partly",
    "not_achieved",
    "expected_achieved",
    "expected_not_achieved",
    "unassessed",
)


@dataclass
class Table:
    """A table as printed: a caption, column headings and rows of cell text."""

    title: str
    header: list[str]
    rows: list[list[str]]
    line_start: int = 0
    line_end: int = 0
    # built from a space-laid finance table for the reader; its data is read from the lines
    rebuilt: bool = False
    header_lines: int = 1  # lines the heading is printed on (a PDF table's heading may wrap)
    layout: bool = False  # found from a PDF's layout: its lines are its rows as printed
    turned: bool = False  # read turned (a row per year): its rows are the printed columns


@dataclass
class Block:
    """A paragraph or a table inside a section; offsets point into `Section.text`."""

    kind: Literal["text", "table"]
    text: str
    start: int
    end: int
    line_start: int = 0
    line_end: int = 0
    table: Table | None = None


@dataclass
class Section:
    """A heading with its body. `text` is what annotations anchor to."""

    heading: str
    level: int
    text: str
    blocks: list[Block] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    page: int | None = None  # PDF: the page index + 1; text: the printed page its TOC gives


@dataclass
class Goal:
    """A committee goal (nämndmål) with its assessment, analysis and KPIs."""

    title: str
    status: GoalStatus
    status_raw: str
    analysis: str
    kpis: list[str] = field(default_factory=list)
    hierarchy: list[str] = field(default_factory=list)  # målområde, kommunfullmäktigemål, ...
    section_index: int = 0
    line_start: int = 0
    line_end: int = 0
    page: int | None = None  # PDF: the page index + 1 where the goal starts
    found_by: str = ""  # the template and rule that read it, e.g. "generic/goal-table"


@dataclass
class Kpi:
    """One KPI row: values per year column, target where printed."""

    name: str
    table: str
    unit: Unit
    values: dict[str, float] = field(default_factory=dict)  # "2021" -> 46.0; blank cells absent
    target: float | None = None
    target_raw: str | None = None
    other_columns: dict[str, float] = field(default_factory=dict)  # e.g. "Prognos 2023"
    period_note: str | None = None  # e.g. "t.o.m. augusti" for part-year figures
    group: str | None = None  # the goal printed beside it in a styrkort table
    goal_index: int | None = None
    section_index: int = 0
    line_start: int = 0
    line_end: int = 0
    page: int | None = None
    found_by: str = ""
    target_direction: str | None = None  # "higher" or "lower" is better, from "≥ 95 %", "< 3"


@dataclass
class FinanceRow:
    """A finance table row: its label and one number per printed column heading."""

    label: str
    columns: dict[str, float | None] = field(default_factory=dict)
    line: int = 0
    page: int | None = None
    found_by: str = ""


@dataclass
class Finance:
    income_statement: list[FinanceRow] = field(default_factory=list)
    by_unit: list[FinanceRow] = field(default_factory=list)
    unit: str = "tkr"  # as printed: "tkr" or "mnkr"; never converted


@dataclass
class Report:
    """Everything extracted from one source document."""

    municipality: str
    committee: str
    report_type: ReportType
    period_year: int
    period_end: str  # ISO date
    title: str
    sections: list[Section] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    finance: Finance = field(default_factory=Finance)
    warnings: list[str] = field(default_factory=list)
    text: str = ""  # the whole normalised text
    sha256: str = ""  # of the source file's bytes: the report's stable key
    source_name: str = ""
    template: str = "generic"
    template_version: int = 1
    template_score: float = 0.0
    found_by: dict[str, str] = field(default_factory=dict)  # metadata field → where it was read
    document: Document | None = None  # a PDF's layout: where each line stands on its page
    source_pdf: bytes | None = None  # a PDF's bytes, kept so its pages can be shown

    def to_json(self) -> dict[str, Any]:
        """The `extract` JSON of DESIGN.md."""
        return {
            "municipality": self.municipality,
            "committee": self.committee,
            "report_type": self.report_type,
            "period": {"year": self.period_year, "end": self.period_end},
            "title": self.title,
            "template": {
                "name": self.template,
                "version": self.template_version,
                "score": round(self.template_score, 2),
            },
            "sections": [
                {"heading": s.heading, "level": s.level, "page": s.page, "text": s.text}
                for s in self.sections
            ],
            "goals": [
                {
                    "title": g.title,
                    "status": g.status,
                    "status_raw": g.status_raw,
                    "analysis": g.analysis,
                    "kpis": list(g.kpis),
                    "hierarchy": list(g.hierarchy),
                    "page": g.page,
                    "found_by": g.found_by,
                }
                for g in self.goals
            ],
            "kpis": [
                {
                    "name": k.name,
                    "table": k.table,
                    "unit": k.unit,
                    "values": {year: _number(v) for year, v in k.values.items()},
                    "target": _number(k.target),
                    "target_raw": k.target_raw,
                    "page": k.page,
                    "found_by": k.found_by,
                }
                for k in self.kpis
            ],
            "finance": {
                "unit": self.finance.unit,
                "income_statement": [
                    {
                        "row": r.label,
                        "columns": {c: _number(v) for c, v in r.columns.items()},
                        "page": r.page,
                    }
                    for r in self.finance.income_statement
                ],
                "by_unit": [
                    {
                        "unit": r.label,
                        "columns": {c: _number(v) for c, v in r.columns.items()},
                        "page": r.page,
                    }
                    for r in self.finance.by_unit
                ],
            },
            "warnings": list(self.warnings),
        }


def _number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (1234, not 1234.0)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value

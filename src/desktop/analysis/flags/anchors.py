"""Where a flag's evidence stands in its report: to open it, and to anchor a question on it.

A sentence or a goal is found in its section's text as the member selects text (any run of
whitespace matches any other); a KPI or finance row is the row of its table whose first
cell is the name, in the section's text where the table is written out row by row.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass

from desktop.analysis.flags.model import RESTATED, TEXT, TREND, Evidence, Flag
from desktop.ingest.vocabulary import fold
from desktop.store import queries
from desktop.store.queries import SectionRow

NAMESPACE = uuid.UUID("6f1c1a52-6a84-4b8f-9d0e-3f7b7a1f5c11")  # Nämndläsaren's flags


@dataclass(frozen=True)
class Passage:
    report: queries.ReportRow
    section: SectionRow
    start: int
    end: int


def locate(conn: sqlite3.Connection, item: Evidence) -> Passage | None:
    """The passage of one piece of evidence, or None when its report no longer has it."""
    report = queries.get_report(conn, item.report_id)
    if report is None:
        return None
    sections = queries.report_sections(conn, report.id)
    ordered = sorted(sections, key=lambda s: s.id != item.section_id)
    if item.anchor in ("kpi", "finance"):
        found = _table_row(ordered, item.find)
    else:
        found = _quote(ordered, item.find)
    if found is None:
        return None
    section, start, end = found
    return Passage(report, section, start, end)


def _quote(sections: list[SectionRow], quote: str) -> tuple[SectionRow, int, int] | None:
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    for section in sections:
        found = pattern.search(section.text)
        if found:
            return section, found.start(), found.end()
    return None


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", fold(text)).split())


def _table_row(sections: list[SectionRow], name: str) -> tuple[SectionRow, int, int] | None:
    """The table row whose first cell is `name` (exactly, else the closest above 90)."""
    from rapidfuzz import fuzz

    wanted = _norm(name)
    best: tuple[float, SectionRow, int, int] | None = None
    for section in sections:
        for block in section.blocks:
            if block.table is None:
                continue
            offset = block.char_start
            for line in section.text[block.char_start : block.char_end].split("\n"):
                cell = _norm(line.split("\t", 1)[0])
                score = 101.0 if cell == wanted else float(fuzz.ratio(cell, wanted))
                if score >= 90 and (best is None or score > best[0]):
                    best = (score, section, offset, offset + len(line))
                offset += len(line) + 1
        if best is not None and best[0] > 100:
            break
    return None if best is None else (best[1], best[2], best[3])


def question_evidence(flag: Flag) -> Evidence | None:
    """The evidence a question about the flag is anchored on: the sentence a text flag
    quotes, else the first piece from the flag's own report (the newest value, the row,
    the goal), else the first."""
    if not flag.evidence:
        return None
    if flag.kind == TEXT:
        return next((e for e in flag.evidence if e.role == "text"), flag.evidence[0])
    if flag.kind == TREND:
        return flag.evidence[-1]
    own = [e for e in flag.evidence if e.report_id == flag.report_id and e.role != "explanation"]
    return own[0] if own else flag.evidence[0]


@dataclass(frozen=True)
class QuestionPlace:
    """Everything an annotation on the flag needs: its report, passage, goal and KPI."""

    report: queries.ReportRow
    section: SectionRow | None
    start: int | None
    end: int | None
    goal_title: str | None
    kpi_name: str | None
    uuid: str


def question_place(conn: sqlite3.Connection, flag: Flag) -> QuestionPlace | None:
    item = question_evidence(flag)
    if item is None:
        return None
    passage = locate(conn, item)
    report = passage.report if passage else queries.get_report(conn, item.report_id)
    if report is None:
        return None
    goal_title = None
    kpi_name = None
    if flag.subject_kind == "goal":
        goal_title = flag.subject
    elif item.anchor == "sentence" and item.line is not None:
        goal = next((g for g in queries.report_goals(conn, report.id)
                     if g.line_start == item.line), None)  # fmt: skip
        goal_title = goal.title if goal else None
    if flag.subject_kind == "kpi" and flag.kind in (TEXT, RESTATED, TREND):
        kpi_name = flag.subject
    own = queries.get_report(conn, flag.report_id) or report
    return QuestionPlace(
        report,
        passage.section if passage else None,
        passage.start if passage else None,
        passage.end if passage else None,
        goal_title,
        kpi_name,
        question_uuid(own, flag),
    )


def question_uuid(report: queries.ReportRow, flag: Flag) -> str:
    """The same flag in the same report always gives the same question id, so a question
    already asked is recognised (also after the library is rebuilt)."""
    name = "|".join((report.municipality, report.committee, report.report_type,
                     report.period_end, flag.key))  # fmt: skip
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, name)}"

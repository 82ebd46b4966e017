"""Goals with their assessment, analysis and KPIs, read in any layout.

A goal is found in one of four shapes, each a rule named in the goal's `found_by`:

- a goal table: a column of goals ("Mål", "Nämndmål") beside a column of assessments
  ("Bedömning", "Status") printed as words or as coloured symbols;
- a label: "Nämndmål: …", "Mål 2: …", with "Målområde:" or "Kommunfullmäktigemål:"
  above as the goal's place in the hierarchy;
- a heading under a goal section ("Nämndens mål", "Verksamhetsmål", "Målområde" …);
- a heading with a coloured symbol before it, or with an assessment right below it.

The assessment is read, in this order, from a status label ("Delvis uppnått"), from a
coloured symbol beside the goal (the report's own legend says what each colour means,
else green/yellow/red), or from a sentence of the analysis ("Målet bedöms ha uppnåtts").
A goal nothing assesses is "unassessed". The analysis is the text under the goal up to
the next goal or section.

One module per rule, with what they share beside them:

- `tables`: goal tables (status column, yes/no answers, symbols in the row);
- `labels`: "Nämndmål: …" labels, label | value rows and "Mål 1." paragraphs;
- `list_items`: assessed list items under a goal section;
- `headings`: headings under a goal section or carrying an assessment;
- `numbered_again`: numbered headings that take a goal table's goals again, merged;
- `legend`: the report's colour legend and the coloured marks on a line;
- `assessment`: one printed assessment read (cell, label line, forecast);
- `body`: a goal at a line with its status and analysis below it (labels, headings);
- `common`: goal vocabulary shared by the rules (titles, labels, goal sections);
- `text`: paragraphs, where an analysis ends, the section at a line;
- `kpi_links`: KPIs tied to their goals.
"""

from __future__ import annotations

import re

from desktop.ingest.model import Goal
from desktop.ingest.readers.goals.assessment import ANNUAL, FORECASTS, is_assessment_line
from desktop.ingest.readers.goals.common import (
    _same_title,
    explained_markers,
    goal_title,
    is_goal_section,
    without_marker,
)
from desktop.ingest.readers.goals.headings import _from_headings
from desktop.ingest.readers.goals.kpi_links import link_kpis
from desktop.ingest.readers.goals.labels import _from_labels
from desktop.ingest.readers.goals.legend import colour_legend
from desktop.ingest.readers.goals.list_items import _from_list_items
from desktop.ingest.readers.goals.numbered_again import merge_numbered_again
from desktop.ingest.readers.goals.tables import _from_tables
from desktop.ingest.readers.goals.text import analysis_end, paragraphs_between, section_at
from desktop.ingest.readers.reading import Reading

__all__ = [
    "analysis_end",
    "goal_title",
    "is_assessment_line",
    "is_goal_section",
    "link_kpis",
    "paragraphs_between",
    "read_goals",
    "section_at",
]


def _fuller(analysis: str, same: Goal) -> bool:
    """Whether a goal found again has an analysis to give the first-found one: it had none,
    or only a goal table's comment, and this one is longer (the goal's own text)."""
    if not analysis:
        return False
    if not same.analysis:
        return True
    return same.found_by == "generic/goal-table" and len(analysis) > len(same.analysis)


def read_goals(reading: Reading) -> list[Goal]:
    """Every goal the shared rules find, in reading order, the same goal once."""
    legend = colour_legend(reading)
    goals: list[Goal] = []
    for found in (
        _from_tables(reading, legend),
        _from_labels(reading, legend),
        _from_list_items(reading, legend),
        _from_headings(reading, legend),
    ):
        for goal in found:
            same = next((g for g in goals if _same_title(g.title, goal.title)), None)
            if same is None:
                goals.append(goal)
            elif same.status == "unassessed" and goal.status != "unassessed":
                same.status, same.status_raw = goal.status, goal.status_raw
            if same is not None and _fuller(goal.analysis, same):
                same.analysis, same.line_end = goal.analysis, max(same.line_end, goal.line_end)
    goals.sort(key=lambda g: g.line_start)
    goals = merge_numbered_again(reading, goals)
    markers = explained_markers(reading.lines)
    for_the_year = reading.interim and _assessed_for_the_year(reading.lines)
    for goal in goals:
        goal.title = without_marker(goal.title, markers)
        goal.section_index = section_at(reading.sections, goal.line_start)
        if not reading.interim:  # "Uppfylls" in an annual report says what the year gave
            goal.status = ANNUAL.get(goal.status, goal.status)
        elif for_the_year:  # "Målet är uppfyllt" of a year the report says is not over
            goal.status = FORECASTS.get(goal.status, goal.status)
    return goals


# an interim report that says its assessments are of the whole year: each is a forecast
# ("Bedömningen avser helåret 2026", "Bedömningarna gäller hela året", "Målen bedöms för
# helåret")
FOR_THE_YEAR = re.compile(
    r"\bbedömning(?:en|arna)?\s+(?:avser|gäller|görs\s+för|är\s+en\s+prognos\s+för)\s+"
    r"(?:hela\s+)?(?:helåret|året|verksamhetsåret)"
    r"|\bmål(?:en|uppfyllelsen)\s+bedöms\s+(?:för|på)\s+helår",
    re.IGNORECASE,
)


def _assessed_for_the_year(lines: list[str]) -> bool:
    return any(FOR_THE_YEAR.search(line) for line in lines)

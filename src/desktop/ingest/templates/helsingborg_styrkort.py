"""Helsingborg's styrkort layout (årsbokslut 2017).

Goals stand in styrkort tables ("Nämndens mål | Mätetal | Utfall …"); each goal's
analysis follows its title further on and ends with a sentence that assesses it
("Nämnden uppnår inte helt sitt mål.").
"""

from __future__ import annotations

import re

from desktop.ingest.model import Goal, GoalStatus
from desktop.ingest.readers.goals import paragraphs_between
from desktop.ingest.readers.reading import Reading
from desktop.ingest.templates.base import Template

STYRKORT_HEADER = re.compile(r"^n\w?mndens m\w?l\tm\w?tetal")
SENTENCE_STATUS = re.compile(r"^n\w?mnden uppn\w?r (?P<how>.*?)\s*(sitt|sina) m\w?l\.?$")


class HelsingborgStyrkort(Template):
    name = "helsingborg-styrkort"
    version = 1

    def score(self, reading: Reading) -> float:
        tables = sum(1 for key in reading.folded if STYRKORT_HEADER.match(key))
        sentences = sum(1 for key in reading.folded if SENTENCE_STATUS.match(key))
        if not tables:
            return 0.0
        return min(1.0, 0.5 + 0.1 * tables + 0.05 * sentences)

    def goals(self, reading: Reading) -> list[Goal]:
        goals = _goals(reading.lines, reading.folded)
        for goal in goals:
            goal.found_by = f"{self.name}/styrkort"
        return goals


def _goals(lines: list[str], folded: list[str]) -> list[Goal]:
    """Helsingborg 2017: goal titles from styrkort tables, analysis up to the status sentence."""
    titles: list[tuple[str, int]] = []
    for i, key in enumerate(folded):
        if not STYRKORT_HEADER.match(key):
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j]:
            first = lines[j].split("\t")[0].strip()
            if first:
                titles.append((first, j))
            j += 1
    goals = []
    search_from = 0
    for title, table_line in titles:
        at = next(
            (
                k
                for k in range(max(search_from, table_line + 1), len(lines))
                if lines[k].strip() == title
            ),
            None,
        )
        if at is None:
            goals.append(
                Goal(
                    title, "unassessed", "", "", line_start=table_line + 1, line_end=table_line + 1
                )
            )
            continue
        end = next((k for k in range(at + 1, len(lines)) if SENTENCE_STATUS.match(folded[k])), None)
        if end is None:
            goals.append(
                Goal(
                    title,
                    "unassessed",
                    "",
                    paragraphs_between(lines, at + 1, at + 1),
                    line_start=at + 1,
                    line_end=at + 1,
                )
            )
            continue
        how = SENTENCE_STATUS.match(folded[end]).group("how")  # type: ignore[union-attr]
        status: GoalStatus = (
            "achieved"
            if not how
            else "partly"
            if ("helt" in how or "delvis" in how)
            else "not_achieved"
        )
        goals.append(Goal(title, status, lines[end].strip(), paragraphs_between(lines, at + 1, end),
                          line_start=at + 1, line_end=end + 1))  # fmt: skip
        search_from = end + 1
    return goals

"""Helsingborg's layout since 2018 (årsbokslut and delårsrapport, text and OCR'd scans).

Each goal is printed as its text, then the label "Bedömning måluppfyllelse" and the
status, then "Målanalys" and the analysis. The footer names the committee and the report
("Socialnämnden, Årsbokslut inriktning, mål och ekonomi 2021 3(13)"); the municipality
is the layout's own, since its pages name it only in passing.
"""

from __future__ import annotations

import re

from desktop.ingest.model import Goal
from desktop.ingest.readers.goals import analysis_end, paragraphs_between
from desktop.ingest.readers.metadata import Metadata
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.status import canonical_status_raw, normalise_status
from desktop.ingest.templates.base import Template

ASSESSMENT = re.compile(r"^bed\w?mning m\w?luppfyllelse$")
ANALYSIS = re.compile(r"^m\w?lanalys$")
FOOTER = re.compile(
    r"^\s*[\w-]*n[aä]mnden, (?:[AÅ]rsbokslut|Del[aå]rsrapport) inriktning,? m[aå]l och ekonomi"
)


class Helsingborg2018(Template):
    name = "helsingborg-2018"
    version = 1

    def score(self, reading: Reading) -> float:
        assessments = sum(1 for key in reading.folded if ASSESSMENT.match(key))
        analyses = sum(1 for key in reading.folded if ANALYSIS.match(key))
        if not assessments or not analyses:
            return 0.0
        footer = any(FOOTER.match(line) for line in reading.lines)
        return min(1.0, 0.55 + 0.1 * min(assessments, analyses) + (0.2 if footer else 0.0))

    def metadata(self, reading: Reading) -> Metadata:
        meta = super().metadata(reading)
        if not meta.municipality:
            meta.municipality = "Helsingborg"
            meta.found_by["municipality"] = self.name
            reading.warnings[:] = [w for w in reading.warnings if not w.startswith("kommunen")]
        meta.title = meta.title.replace("Arsbokslut", "Årsbokslut").replace(" mal ", " mål ")
        return meta

    def goals(self, reading: Reading) -> list[Goal]:
        goals = _goals(reading.lines, reading.folded)
        for goal in goals:
            goal.found_by = f"{self.name}/bedömning-målanalys"
        return goals


def _goals(lines: list[str], folded: list[str]) -> list[Goal]:
    marks = [i for i, text in enumerate(folded) if ASSESSMENT.match(text)]
    if not marks:
        return []
    starts = [_title_start(lines, folded, mark) for mark in marks]
    goals = []
    for n, mark in enumerate(marks):
        status_line = next(
            (j for j in range(mark + 1, min(mark + 6, len(lines))) if folded[j]), None
        )
        raw = lines[status_line].strip() if status_line is not None else ""
        if status_line is not None and ANALYSIS.match(folded[status_line]):
            raw, status_line = "", mark
        analysis_at = next(
            (
                j
                for j in range((status_line or mark) + 1, min(mark + 12, len(lines)))
                if ANALYSIS.match(folded[j])
            ),
            None,
        )
        body_start = (analysis_at if analysis_at is not None else (status_line or mark)) + 1
        while (
            body_start < len(lines)
            and ANALYSIS.match(folded[body_start] or "x") is None
            and not folded[body_start]
        ):
            body_start += 1
        while body_start < len(lines) and ANALYSIS.match(folded[body_start]):
            body_start += 1
        end = starts[n + 1] if n + 1 < len(marks) else analysis_end(lines, folded, body_start)
        title = paragraphs_between(lines, starts[n], mark).replace("\n\n", " ")
        goals.append(
            Goal(
                title=title,
                status=normalise_status(raw),
                status_raw=canonical_status_raw(raw),
                analysis=paragraphs_between(lines, body_start, end),
                line_start=starts[n] + 1,
                line_end=end,
            )
        )
    return goals


def _title_start(lines: list[str], folded: list[str], mark: int) -> int:
    """Walk back from 'Bedömning måluppfyllelse' over the goal's own lines."""
    j = mark - 1
    start = mark
    collected = 0
    while j >= 0:
        text = lines[j].strip()
        if not text:
            j -= 1
            continue
        key = folded[j]
        ends_sentence = text.endswith(".") and collected > 0
        if (
            key.startswith(("namndens mal", "nämndens mål"))
            or "://" in text
            or ends_sentence
            or len(text) > 260
        ):
            break
        if ANALYSIS.match(key) or ASSESSMENT.match(key):
            break
        start = j
        collected += 1
        if collected >= 4:
            break
        j -= 1
    return start

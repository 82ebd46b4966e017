"""A goal found at a line, with what is printed under it: its assessment (a status label
in the first lines below, a coloured mark beside the title, a labelled assessment line, or
a sentence of the analysis) and its analysis (the paragraphs up to the next goal, part
labels left out).

Shared by the label rule and the heading rule, which find a goal's title in different
ways but read the text under it alike.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Goal, GoalStatus
from desktop.ingest.readers.goals.assessment import (
    STATUS_SYMBOLS,
    _assessment_line,
    _cell_status,
    _forecast,
    is_assessment_line,
)
from desktop.ingest.readers.goals.common import _as_label, _is_label, _label_key, _words, goal_title
from desktop.ingest.readers.goals.legend import _status_of_marks, marks_on_line
from desktop.ingest.readers.goals.scale import SCORE, ShortForms
from desktop.ingest.readers.goals.text import paragraphs_between
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.status import is_status_label, status_in_sentence

SHORT_VALUE = 60  # characters: a longer value after an assessment label goes on as text


def _labelled_status(
    reading: Reading, start: int, end: int, legend: dict[str, tuple[GoalStatus, str]]
) -> tuple[GoalStatus, str] | None:
    """An assessment on a labelled line of its own after the goal's text, among lines
    start..end ("Måluppfyllelse: ●●○ (delvis)" below a paragraph)."""
    for line in reading.lines[start:end]:
        found = _assessment_line(plain(line), legend, reading.interim)
        if found:
            return found
    return None


def _goal_at(
    reading: Reading,
    index: int,
    title: str,
    end: int,
    legend: dict[str, tuple[GoalStatus, str]],
    rule: str,
) -> Goal:
    """A goal titled at line index (0-based) whose text runs to `end`; its status read from
    a label line below it, a coloured mark beside it, or a sentence of its analysis."""
    status: GoalStatus = "unassessed"
    raw = ""
    body_start = index + 1
    opening = ""  # the analysis's first words, printed on the assessment's line after it
    column = None  # the assessment's column of a box under the title ("Indikatorer | Bedömning")
    # a status label, alone or after an assessment label, in the first lines below, or in
    # the assessment's cell of a table right under the title
    for j in range(index + 1, min(end, index + 6)):
        cells = [plain(cell).strip() for cell in reading.lines[j].split("\t")]
        if column is None and len(cells) > 1:
            column = _assessment_column(cells)
            if column is not None:
                continue
        elif column is not None and column < len(cells):
            found = _cell_status(cells[column], legend, reading.interim)
            if found:
                status, raw = found
                body_start = j + 1
                break
        text = plain(_as_label(reading.lines[j]) or reading.lines[j]).strip()
        if not text:
            continue
        value = text.split(":", 1)[1].strip() if ":" in text else text
        value = value.strip(STATUS_SYMBOLS + "()")  # "●●○ (delvis)": a score, then its word
        label = _label_key(text.split(":", 1)[0]) if ":" in text else ""
        found = (
            _cell_status(value, legend, reading.interim)
            if (label in _words("assessment_labels") or (not label and len(value) <= SHORT_VALUE))
            else None
        )
        if found is None and label in _words("assessment_labels"):
            found = ShortForms.of(reading.lines).status(value)  # "Måluppfyllelse: 3 av 4"
            if found and len(value) > SHORT_VALUE:
                opening = SCORE.sub("", value, count=1).strip()
        if found and label and not opening:  # "Bedömning: Delmålet är uppfyllt. Antalet …":
            opening = _after_first_sentence(value)  # the analysis goes on after it
        first, _, rest = text.partition(". ")
        if not label and rest and is_status_label(first):  # "Uppnått. Antalet …": a comment
            found = found or _cell_status(first, legend, reading.interim)  # opening with it
            opening = rest.strip() if found else ""
        if found:
            status, raw = found
            body_start = j + 1
            break
        if _label_key(text) in _words("assessment_labels"):
            continue
        if len(text) > 60 and not _as_label(reading.lines[j]):
            break  # the goal's text: a row of its label | value table ("Indikator | …") is not
    if status == "unassessed":
        found = _status_of_marks(
            marks_on_line(reading, index + 1), legend, reading.interim
        ) or _labelled_status(reading, index + 1, end, legend)
        if found:
            status, raw = found
    analysis = _analysis(reading, body_start, end)
    if opening:  # "Måluppfyllelse: 3 av 4 Två nya spontanidrottsytor …" set as one paragraph
        analysis = "\n\n".join(t for t in (opening, analysis.strip()) if t)
    if status == "unassessed":
        sentence = status_in_sentence(analysis, reading.meta.year if reading.meta else 0)
        if sentence:
            status, raw = sentence
    if reading.interim and status in ("achieved", "not_achieved") and _forecast(raw):
        status = "expected_achieved" if status == "achieved" else "expected_not_achieved"
    return Goal(
        goal_title(title),
        status,
        raw,
        analysis,
        line_start=index + 1,
        line_end=end,
        found_by=rule,
    )


def _after_first_sentence(text: str) -> str:
    """What a paragraph says after its first sentence (the one an assessment is read from)."""
    parts = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def _assessment_column(cells: list[str]) -> int | None:
    """The column of a table's heading row that the assessment stands in ("Bedömning" of
    "Indikatorer | Bedömning"), not the first; None when no heading names one."""
    return next(
        (
            k
            for k, cell in enumerate(cells)
            if k and _label_key(cell) in _words("assessment_labels")
        ),
        None,
    )


def _analysis(reading: Reading, start: int, end: int) -> str:
    """The goal's own text: paragraphs between its title and the next goal, labels and the
    assessment's line left out (what follows its first sentence stays)."""
    kept = []
    for j in range(start, end):
        text = plain(reading.lines[j]).strip()
        if text and _is_label(text):
            kept.append("")
            continue
        if text and is_assessment_line(text):  # "Samlad bedömning: Delvis uppfyllt" below a table
            kept.append(_after_first_sentence(text.partition(":")[2]))
            continue
        kept.append(reading.lines[j])
    return paragraphs_between(kept, 0, len(kept))

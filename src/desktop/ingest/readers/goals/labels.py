"""Rule: labelled goals ("generic/label").

"Nämndmål: …", "Mål 2: …" (also as a label | value table row, "Nämndmål | …"), or a
paragraph opening "Mål 1. Fler ska …", with "Målområde: …" or "Kommunfullmäktigemål: …"
above as the goal's place in the hierarchy. The goal's text runs to the next label or
heading; an "Analys | …" row of its own table is its analysis.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Goal, GoalStatus
from desktop.ingest.readers.goals.body import _goal_at
from desktop.ingest.readers.goals.common import (
    GOAL_LABELS,
    HIERARCHY_LABELS,
    LABELLED,
    MAX_TITLE,
    MIN_TITLE,
    _as_label,
    _goal_verb,
    _label_key,
    _words,
)
from desktop.ingest.readers.goals.text import analysis_end
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.status import is_status_label

# a paragraph that opens with a numbered goal label and the goal's title as a sentence
NUMBERED_GOAL = re.compile(
    r"^(?:Nämndmål|Mål|Verksamhetsmål|Effektmål|Delmål)\s*\d{1,2}\s*[.:]\s+(?P<value>[A-ZÅÄÖ].{3,})$"
)


def _from_labels(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    """ "Målområde: …" / "Kommunfullmäktigemål: …" / "Nämndmål: …" lines."""
    marks: list[tuple[int, str, str]] = []  # (index, kind, value)
    openings: dict[int, str] = {}  # a goal's paragraph after its title, by the title's line
    for index, line in enumerate(reading.lines):
        if "\t" in line:
            line = _as_label(line)  # "Nämndmål\t<title>" of a label | value table
            if not line or not _goal_verb().search(line):
                continue  # ... not a table's heading ("Mål | Prognos helår")
        match = LABELLED.match(plain(line))
        if not match:
            numbered = NUMBERED_GOAL.match(plain(line))
            title = _first_sentence(numbered.group("value")) if numbered else ""
            if numbered and MIN_TITLE <= len(title) <= MAX_TITLE and _goal_verb().search(title):
                marks.append((index, "goal", title))  # "Mål 1. Fler ska … . Antalet besök …"
                openings[index] = numbered.group("value").strip()[len(title) :].lstrip(". ")
            continue
        label = _label_key(match.group("label"))
        value = match.group("value").strip()
        if label in HIERARCHY_LABELS:
            marks.append((index, "level", value))
        elif (
            label in GOAL_LABELS
            and MIN_TITLE <= len(value) <= MAX_TITLE
            and not is_status_label(value)
        ):
            marks.append((index, "goal", value))
    goals: list[Goal] = []
    levels: dict[int, str] = {}
    for n, (index, kind, value) in enumerate(marks):
        if kind == "level":
            levels = {k: v for k, v in levels.items() if k < index}
            levels[index] = value
            continue
        end = marks[n + 1][0] if n + 1 < len(marks) else _body_end(reading, index + 1)
        goal = _goal_at(reading, index, value, end, legend, "generic/label")
        goal.hierarchy = [v for _, v in sorted(levels.items())][-2:]
        if openings.get(index):
            goal.analysis = "\n\n".join(t for t in (openings[index], goal.analysis.strip()) if t)
        labelled = _labelled_analysis(reading, index + 1, end)
        if labelled:
            goal.analysis = labelled  # the "Analys | …" row of the goal's own table
        goals.append(goal)
    return goals


def _labelled_analysis(reading: Reading, start: int, end: int) -> str:
    """The values of "Analys | …" rows of a label | value table among lines start..end."""
    values = []
    for line in reading.lines[start:end]:
        label, _, value = _as_label(line).partition(": ")
        if value and _label_key(label) in _words("analysis_labels"):
            values.append(value)
    return "\n\n".join(values)


def _first_sentence(text: str) -> str:
    """A paragraph's first sentence, without its full stop."""
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])", text.strip())[0].rstrip(".")


def _body_end(reading: Reading, start: int) -> int:
    """Where the text under a goal ends: the next heading of the layout, or a known section."""
    for j in range(start, len(reading.lines)):
        info = reading.document.line_info(j + 1)
        if info is not None and info.kind == "heading":
            return j
    return analysis_end(reading.lines, reading.folded, start)

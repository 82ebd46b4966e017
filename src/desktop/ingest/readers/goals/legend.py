"""Rule: coloured status marks and the report's colour legend.

A goal's assessment is often a coloured symbol, not a word. `colour_legend` reads what the
report says each colour means, from a legend written out ("Grön = målet bedöms uppnås") or
from symbols drawn beside status labels ("● Uppfyllt ● Delvis uppfyllt"); `marks_on_line`
finds the marks drawn on a line of a PDF; `_status_of_marks` turns them into a status by
the legend, else by green/yellow/red.
"""

from __future__ import annotations

import re

from desktop.ingest.document import Mark, plain
from desktop.ingest.model import GoalStatus
from desktop.ingest.readers.goals.common import _label_key
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.status import (
    colour_of_word,
    meaning_status,
    status_of_colour,
)
from desktop.ingest.vocabulary import data


def marks_on_line(reading: Reading, number: int) -> list[Mark]:
    """The coloured marks printed on line `number` (1-based) of a PDF, left to right."""
    info = reading.document.line_info(number)
    if info is None or not info.fragments or not reading.marks:
        return []
    found = []
    for fragment in info.fragments:
        for mark in reading.marks:
            middle = (mark.top + mark.bottom) / 2
            on_line = (
                mark.page == fragment.page and fragment.top - 2 <= middle <= fragment.bottom + 2
            )
            if on_line and fragment.x0 - 40 <= mark.x0 <= fragment.x1 + 400:
                found.append(mark)
    return sorted(found, key=lambda m: m.x0)


WRITTEN_LEGEND = re.compile(
    r"(?P<colour>[A-ZÅÄÖa-zåäö]{3,6})\s*[=:–-]\s*(?P<meaning>[^=]+?)(?=\s+[A-ZÅÄÖ][a-zåäö]{2,5}\s*[=:–-]|$)"
)


def colour_legend(reading: Reading) -> dict[str, tuple[GoalStatus, str]]:
    """colour → (status, label) from the report's legend: symbols beside their labels
    ("● Uppfyllt ● Delvis uppfyllt"), or colours written out ("Grön = målet bedöms uppnås")."""
    legend: dict[str, tuple[GoalStatus, str]] = {}
    for line in reading.lines:
        if "=" not in line and ":" not in line or len(line) > 400:
            continue
        for match in WRITTEN_LEGEND.finditer(plain(line).strip()):
            colour = colour_of_word(match.group("colour"))
            meaning = match.group("meaning").strip()
            status = meaning_status(meaning)
            if colour and status:
                legend.setdefault(colour, (status, match.group("colour")))
    if not reading.marks:
        return legend
    for number, line in enumerate(reading.lines, start=1):
        if not line.strip() or len(line) > 200:
            continue
        labels = _status_labels_in(line)
        if len(labels) < 2:
            continue
        marks = marks_on_line(reading, number)
        if len(marks) == len(labels):
            for mark, (status, printed) in zip(marks, labels, strict=True):
                legend.setdefault(mark.colour, (status, printed))
    return legend


def _status_labels_in(line: str) -> list[tuple[GoalStatus, str]]:
    """The status labels a legend line lists, in order ("Uppfyllt", "Delvis uppfyllt" …)."""
    key = _label_key(line)
    out: list[tuple[int, int, GoalStatus, str]] = []
    for words, status, printed in data("status")["labels"]:
        for match in re.finditer(rf"(?<![a-z]){re.escape(words)}(?![a-z])", key):
            span = (match.start(), match.end())
            if not any(s <= span[0] < e or span[0] <= s < span[1] for s, e, _, _ in out):
                out.append((span[0], span[1], status, printed))
    return [(status, printed) for _, _, status, printed in sorted(out)]


def _status_of_marks(
    marks: list[Mark], legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> tuple[GoalStatus, str] | None:
    for mark in marks:
        if mark.colour in legend:
            return legend[mark.colour]
        status = status_of_colour(mark.colour, interim=interim)
        if status:
            return status, {"green": "grön", "yellow": "gul", "red": "röd"}.get(
                mark.colour, mark.colour
            )
    return None

"""Rule: goals as list items under a goal section ("generic/list-item"), or under a heading
that assesses them all ("Mål som bedöms uppnås", "generic/status-group").

"• Närvaron ska öka (bedöms inte uppnås)": the assessment after a dash, in parentheses or
after a colon; an item that goes on after its goal's sentence ("• Fler ska välja
kollektivtrafik. Resandet ökade … (Bedömning: Delvis uppfyllt)") has that text as analysis. A list is read as goals only when at least two of its items are assessed,
so that lists of activities or facts are not taken for goals.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Goal, GoalStatus
from desktop.ingest.readers.goals.assessment import _cell_status
from desktop.ingest.readers.goals.common import (
    MAX_TITLE,
    MIN_TITLE,
    _goal_verb,
    goal_title,
    is_goal_section,
)
from desktop.ingest.readers.goals.text import paragraphs_between
from desktop.ingest.readers.reading import Reading

LIST_ITEM = re.compile(r"^\s*(?:[•●▪■◦‣*–-]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
# "… ska öka – delvis uppnått", "… ska öka (bedöms uppnås)", "… ska öka: Uppnått"
STATUS_AFTER = re.compile(
    r"^(?P<title>.+?)\s*(?:\((?P<inside>[^()]+)\)|[–—-]\s+(?P<dash>[^–—]+)|:\s+(?P<colon>[^:]+))\.?$"
)


IN_PARENTHESES = re.compile(r"^(?P<title>.+?)\s*\((?P<inside>[^()]+)\)\.?$")
RUN_IN = 100  # characters: a longer item is a goal's sentence and what is said of it


def _from_list_items(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    """Goals listed as items under a goal section, each with its assessment after a dash,
    in parentheses or after a colon ("• Närvaron ska öka (bedöms inte uppnås)"). An item
    without one is a goal only in a list whose other items are assessed goals."""
    goals: list[Goal] = []
    for section in reading.sections:
        heading = plain(section.heading).strip()
        if is_goal_section(heading):
            for items in _lists(reading, section.line_start, section.line_end):
                goals += _goals_of_list(items, legend, reading.interim)
        elif found := group_status(heading, legend, reading.interim):
            goals += _goals_of_group(reading, section.line_start, section.line_end, found)
    return goals


# a heading over the goals that share an assessment: "Mål som bedöms uppnås", "Mål som
# inte har uppnåtts", "Delvis uppfyllda mål"
GROUP_HEADING = re.compile(r"^(?:mål som (?P<after>.+)|(?P<before>.+) mål)$", re.IGNORECASE)


def group_status(
    heading: str, legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> tuple[GoalStatus, str] | None:
    """The assessment a heading gives the goals listed under it, if it is such a heading."""
    match = GROUP_HEADING.match(heading.rstrip(": "))
    if match is None:
        return None
    said = match.group("after") or match.group("before")
    said = " ".join(w for w in said.split() if w.lower() not in ("har", "att"))
    return _cell_status(said, legend, interim)


def _goals_of_group(
    reading: Reading, start: int, end: int, found: tuple[GoalStatus, str]
) -> list[Goal]:
    """The items listed under a heading that assesses them all, each with the paragraphs
    below it (up to the next item) as its analysis."""
    items = [
        (index, match.group("item").strip().rstrip("."))
        for index in range(start, min(end, len(reading.lines)))
        if (match := LIST_ITEM.match(plain(reading.lines[index]).strip()))
    ]
    goals = []
    for k, (index, title) in enumerate(items):
        stop = items[k + 1][0] if k + 1 < len(items) else min(end, len(reading.lines))
        if not MIN_TITLE <= len(title) <= MAX_TITLE:
            continue
        goals.append(
            Goal(
                goal_title(title),
                *found,
                paragraphs_between(reading.lines, index + 1, stop),
                line_start=index + 1,
                line_end=stop,
                found_by="generic/status-group",
            )
        )
    return goals


def _lists(reading: Reading, start: int, end: int) -> list[list[tuple[int, str]]]:
    """The lists among lines start..end (0-based): runs of items, blank lines between them."""
    lists: list[list[tuple[int, str]]] = [[]]
    for index in range(start, min(end, len(reading.lines))):
        text = plain(reading.lines[index]).strip()
        match = LIST_ITEM.match(text)
        if match:
            lists[-1].append((index, match.group("item").strip()))
        elif text and lists[-1]:
            lists.append([])  # a paragraph ends the list
    return [items for items in lists if items]


def _goals_of_list(
    items: list[tuple[int, str]], legend: dict[str, tuple[GoalStatus, str]], interim: bool
) -> list[Goal]:
    read: list[tuple[int, str, str, tuple[GoalStatus, str] | None]] = []
    for index, item in items:
        title, found = item.rstrip("."), None
        for head, tail in _endings(item):
            found = _cell_status(tail, legend, interim)
            if found:
                title = head.strip(" .,:;")
                break
        title, analysis = _run_in(title)
        read.append((index, title, analysis, found))
    if sum(1 for *_, found in read if found) < 2:
        return []  # a list of activities or facts, not of assessed goals
    goals = []
    for index, title, analysis, found in read:
        if not MIN_TITLE <= len(title) <= MAX_TITLE or not (found or _goal_verb().search(title)):
            continue
        status, raw = found if found else ("unassessed", "")
        goals.append(
            Goal(
                goal_title(title),
                status,
                raw,
                analysis,
                line_start=index + 1,
                line_end=index + 1,
                found_by="generic/list-item",
            )  # fmt: skip
        )
    return goals


def _endings(item: str) -> list[tuple[str, str]]:
    """(what goes before, the assessment it may end with) of an item: its last words in
    parentheses first, since a dash may be a word's ("Gång- och cykelvägar …"), then after
    a dash or a colon."""
    found = []
    for pattern in (IN_PARENTHESES, STATUS_AFTER):
        parts = pattern.match(item)
        if parts:
            said = parts.groupdict()
            tail = next((said[k] for k in ("inside", "dash", "colon") if said.get(k)), "")
            found.append((parts["title"], tail))
    return [(head, tail) for head, tail in found if tail]


def _run_in(item: str) -> tuple[str, str]:
    """(title, analysis) of an item too long to be a title that opens with its goal as a
    sentence ("Fler ska välja kollektivtrafik. Resandet ökade med 4 procent …"); a short
    item is all title."""
    if len(item) <= RUN_IN:
        return item, ""
    first, stop, rest = item.partition(". ")
    if stop and MIN_TITLE <= len(first) <= MAX_TITLE and _goal_verb().search(first):
        return first, rest.strip()
    return item, ""

"""Rule: goals as list items under a goal section ("generic/list-item").

"• Närvaron ska öka (bedöms inte uppnås)": the assessment after a dash, in parentheses or
after a colon. A list is read as goals only when at least two of its items are assessed,
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
from desktop.ingest.readers.reading import Reading

LIST_ITEM = re.compile(r"^\s*(?:[•●▪■◦‣*–-]|\d{1,2}[.)])\s+(?P<item>\S.*)$")
# "… ska öka – delvis uppnått", "… ska öka (bedöms uppnås)", "… ska öka: Uppnått"
STATUS_AFTER = re.compile(
    r"^(?P<title>.+?)\s*(?:\((?P<inside>[^()]+)\)|[–—-]\s+(?P<dash>[^–—]+)|:\s+(?P<colon>[^:]+))\.?$"
)


def _from_list_items(reading: Reading, legend: dict[str, tuple[GoalStatus, str]]) -> list[Goal]:
    """Goals listed as items under a goal section, each with its assessment after a dash,
    in parentheses or after a colon ("• Närvaron ska öka (bedöms inte uppnås)"). An item
    without one is a goal only in a list whose other items are assessed goals."""
    goals: list[Goal] = []
    for section in reading.sections:
        if is_goal_section(plain(section.heading).strip()):
            for items in _lists(reading, section.line_start, section.line_end):
                goals += _goals_of_list(items, legend, reading.interim)
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
    read: list[tuple[int, str, tuple[GoalStatus, str] | None]] = []
    for index, item in items:
        parts = STATUS_AFTER.match(item)
        tail = next((t for t in parts.group("inside", "dash", "colon") if t), "") if parts else ""
        found = _cell_status(tail, legend, interim) if parts and tail else None
        title = parts.group("title").strip(" .,:;") if parts and found else item.rstrip(".")
        read.append((index, title, found))
    if sum(1 for _, _, found in read if found) < 2:
        return []  # a list of activities or facts, not of assessed goals
    goals = []
    for index, title, found in read:
        if not MIN_TITLE <= len(title) <= MAX_TITLE or not (found or _goal_verb().search(title)):
            continue
        status, raw = found if found else ("unassessed", "")
        goals.append(
            Goal(
                goal_title(title),
                status,
                raw,
                "",
                line_start=index + 1,
                line_end=index + 1,
                found_by="generic/list-item",
            )  # fmt: skip
        )
    return goals

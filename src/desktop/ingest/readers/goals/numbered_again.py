"""Goals printed twice: in a summary table, then again as numbered headings worded short.

A report may list its goals in a table near the start ("Sammanställning av
måluppfyllelse": each goal's full wording and its assessment), then take them one by one
under headings that shorten them ("Mål 2: Fler ska röra sig" for "Fler invånare ska röra
sig regelbundet i kommunens anläggningar och natur"). Their words differ too much to be
matched as titles; their numbers match: when as many headings numbered 1, 2, 3 … follow
the table as the table has goals, the n-th heading is the table's n-th goal. It keeps the
table's title, takes the heading's analysis, and the heading's assessment where the table
gave none.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Goal
from desktop.ingest.readers.reading import Reading

# "Mål 2: …", "Nämndmål 3. …" at the start of a heading line: the goal's number
NUMBERED = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]*mål|Mål)\s+(\d{1,2})\s*[:.–-]")
MIN_GOALS = 2


def merge_numbered_again(reading: Reading, goals: list[Goal]) -> list[Goal]:
    """The goals with each numbered heading that repeats a goal table's goal merged into it."""
    table = [g for g in goals if g.found_by == "generic/goal-table"]
    numbered = [
        (int(match.group(1)), g)
        for g in goals
        if g.found_by != "generic/goal-table"
        and (match := NUMBERED.match(plain(reading.lines[g.line_start - 1]).strip()))
    ]
    if (
        len(table) < MIN_GOALS
        or [n for n, _ in numbered] != list(range(1, len(table) + 1))
        or min(g.line_start for _, g in numbered) < max(g.line_start for g in table)
    ):
        return goals
    for (_, again), goal in zip(numbered, table, strict=True):
        if goal.status == "unassessed" and again.status != "unassessed":
            goal.status, goal.status_raw = again.status, again.status_raw
        if len(again.analysis) > len(goal.analysis):
            goal.analysis = again.analysis
    repeated = {id(g) for _, g in numbered}
    return [g for g in goals if id(g) not in repeated]

"""What a correction points at, described so that it survives the report being read again.

A goal is described by its title as extracted and the line it starts on; a KPI by its
name, its table and its line; a table by its heading row, its title and its first line.
The line is quoted with context and its offset in the report's text (a W3C TextQuote +
TextPosition selector, as annotations are anchored: desktop.annotate.anchors), so that
when a newer reader moves or renames the item, it is found by where it is printed.

To find a target again: the item with that title (name, heading) — the one nearest its
old line when several have it — else the item that starts on the line the quote is found
on now. Nothing else: a target not found is reported missing, never guessed at.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from desktop.annotate.anchors import Selector, locate, make_selector


class LineIndex:
    """A report's text with its lines (1-based, as items keep them) and their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1])]

    def line_at(self, offset: int) -> int:
        """The 1-based line holding this offset."""
        return max(1, bisect_right(self.starts, offset))

    def span(self, line: int) -> tuple[int, int]:
        """(start, end) offsets of a line's printed characters (its spaces trimmed)."""
        if not 1 <= line <= len(self.starts):
            return (len(self.text), len(self.text))
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        content = self.text[start:end]
        left = len(content) - len(content.lstrip())
        return start + left, start + len(content.rstrip())

    def line_text(self, line: int) -> str:
        start, end = self.span(line)
        return self.text[start:end]

    @property
    def lines(self) -> int:
        return len(self.starts)


def quote(index: LineIndex, start: int, end: int) -> dict[str, Any]:
    """A passage of the report's text as a selector: exact words, context, offsets."""
    selector = make_selector(index.text, start, end)
    return {"exact": selector.exact, "prefix": selector.prefix, "suffix": selector.suffix,
            "start": selector.start, "end": selector.end}  # fmt: skip


def line_quote(index: LineIndex, line: int) -> dict[str, Any]:
    """The line an item starts on, quoted."""
    start, end = index.span(line)
    return quote(index, start, end)


def _selector(at: object) -> Selector | None:
    if not isinstance(at, dict) or not isinstance(at.get("exact"), str) or not at["exact"]:
        return None
    start, end = at.get("start"), at.get("end")
    return Selector(
        at["exact"],
        str(at.get("prefix") or ""),
        str(at.get("suffix") or ""),
        start if isinstance(start, int) and not isinstance(start, bool) else None,
        end if isinstance(end, int) and not isinstance(end, bool) else None,
    )


def locate_quote(index: LineIndex, at: object) -> tuple[int, int] | None:
    """Where a quoted passage stands in the report's text now, or None."""
    selector = _selector(at)
    return locate(index.text, selector) if selector is not None else None


def locate_line(index: LineIndex, at: object) -> int | None:
    """The line a quoted passage starts on now, or None when it is not in the text."""
    found = locate_quote(index, at)
    return index.line_at(found[0]) if found else None


def goal_ref(index: LineIndex, title: str, line: int) -> dict[str, Any]:
    return {"title": title, "at": line_quote(index, line)}


def kpi_ref(index: LineIndex, name: str, table: str, line: int) -> dict[str, Any]:
    return {"name": name, "table": table, "at": line_quote(index, line)}


def table_ref(index: LineIndex, title: str, header: list[str], line: int) -> dict[str, Any]:
    return {"title": title, "header": list(header), "at": line_quote(index, line)}


@dataclass
class Item:
    """A goal, KPI or table of the report being corrected, by what identifies it.

    `name` and `line` are as extracted (or as a correction added it), whatever later
    corrections change: targets describe items as extracted.
    """

    id: int
    name: str
    line: int
    group: str = ""  # a KPI's table, a table's heading row
    removed: bool = False
    ref: dict[str, Any] = field(default_factory=dict)
    cols: dict[str, Any] = field(default_factory=dict)  # a row's columns corrections change


def find(items: list[Item], name: str, group: str, locate: Callable[[], int | None]) -> Item | None:
    """The item a target describes: same name (and group), else the one on the line its
    quote is on now (`locate`, called only when needed: it searches the report's text).

    A removed item is returned as it is (the caller says it was removed).
    """
    named = [i for i in items if i.name == name and i.group == group]
    if len(named) == 1:
        return named[0]
    line = locate()
    if named:
        if line is None:
            return named[0]
        here = line
        return min(named, key=lambda i: (abs(i.line - here), i.removed))
    if line is None:
        return None
    on_line = [i for i in items if i.line == line and (not group or i.group == group)]
    on_line = on_line or [i for i in items if i.line == line]
    return min(on_line, key=lambda i: i.removed) if on_line else None

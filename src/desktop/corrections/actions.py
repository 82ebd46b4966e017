"""The corrections a reviewer can make, each built from what the review shows.

Each function returns a new Correction (not yet saved) for one action of the review:
the target is the item as the review describes it (targets.py), the value what the
reviewer chose. Saving, applying and undoing are for the caller (store the correction
with storage.put, then apply.sync).
"""

from __future__ import annotations

from typing import Any

from desktop.corrections.model import Correction, make
from desktop.corrections.review import Review, ReviewItem
from desktop.corrections.targets import LineIndex, quote


def _make(review: Review, op: str, target: dict[str, Any], value: dict[str, Any] | None,
          author: str, origin: str) -> Correction:  # fmt: skip
    return make(review.sha256, op, target, value, author=author,
                report_label=review.label, origin=origin)  # fmt: skip


def set_metadata(review: Review, field_name: str, value: object, *, author: str = "",
                 origin: str = "own") -> Correction:  # fmt: skip
    """Municipality, committee, report type (annual/interim) or period ({"year", "end"})."""
    return _make(review, "report.set", {"field": field_name}, {"value": value}, author, origin)


def set_period(review: Review, year: int, end: str, *, author: str = "",
               origin: str = "own") -> Correction:  # fmt: skip
    return set_metadata(review, "period", {"year": year, "end": end}, author=author,
                        origin=origin)  # fmt: skip


def remove_report(review: Review, *, author: str = "", origin: str = "own") -> Correction:
    return _make(review, "report.remove", {}, {}, author, origin)


def add_goal(review: Review, start: int, end: int, title: str | None = None,
             status: str = "unassessed", level: list[str] | None = None, *,
             author: str = "", origin: str = "own") -> Correction:  # fmt: skip
    """A goal the reader missed: its title is the text selected (start, end) in the report."""
    index = LineIndex(review.text)
    at = quote(index, start, end)
    title = " ".join((title if title is not None else review.text[start:end]).split())
    value = {"title": title, "status": status, "level": list(level or [])}
    return _make(review, "goal.add", {"at": at}, value, author, origin)


def remove_goal(review: Review, goal: ReviewItem, *, author: str = "",
                origin: str = "own") -> Correction:  # fmt: skip
    return _make(review, "goal.remove", {"goal": goal.target}, {}, author, origin)


def set_goal(review: Review, goal: ReviewItem, field_name: str, value: object, *,
             author: str = "", origin: str = "own") -> Correction:  # fmt: skip
    """A goal's title, status, or level (the goals above it, outermost first)."""
    target = {"goal": goal.target, "field": field_name}
    return _make(review, "goal.set", target, {"value": value}, author, origin)


def set_table_kind(review: Review, table: ReviewItem, kind: str, finance: str | None = None,
                   *, author: str = "", origin: str = "own") -> Correction:  # fmt: skip
    """Read a table as a KPI table, a finance table (its rows as income statement or
    result per unit) or neither."""
    value: dict[str, Any] = {"kind": kind}
    if kind == "finance":
        value["finance"] = finance or "income_statement"
    return _make(review, "table.kind", {"table": table.target}, value, author, origin)


def set_kpi(review: Review, kpi: ReviewItem, field_name: str, value: object,
            year: int | None = None, *, author: str = "", origin: str = "own") -> Correction:  # fmt: skip
    """A KPI's name, unit, target, or its value for one year (None: no value)."""
    target: dict[str, Any] = {"kpi": kpi.target, "field": field_name}
    if field_name == "value":
        target["year"] = year
    return _make(review, "kpi.set", target, {"value": value}, author, origin)


def join_kpi(review: Review, kpi: ReviewItem, series: str, *, author: str = "",
             origin: str = "own") -> Correction:  # fmt: skip
    """This KPI is the same series as the KPIs named `series` (in other reports)."""
    return _make(review, "kpi.join", {"kpi": kpi.target}, {"series": series}, author, origin)

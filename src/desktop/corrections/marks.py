"""The "rättat" markers: which item and field of a report a correction changed, by whom, when.

Written by apply.py into `correction_marks` each time corrections are applied; read here
by every view that shows a corrected value (reader, goal view, comparison, summary).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mark:
    """One correction of one field of one item."""

    item: str  # report | goal | kpi | table
    item_id: int
    field: str  # municipality, period, title, status, level, name, value:2021, kind, added…
    uuid: str
    origin: str  # library (the secretary's) | own (the member's)
    author: str
    created_at: str
    original: Any  # the value as extracted (None for an item a correction added)
    value: Any  # the value the correction gave
    ref: dict[str, Any]  # the item as a correction target (as extracted)

    @property
    def date(self) -> str:
        return self.created_at[:10]


def _json(text: object) -> Any:
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


_COLUMNS = "item, item_id, field, uuid, origin, author, created_at, original, value, ref"


def _mark(row: sqlite3.Row | tuple[Any, ...]) -> Mark:
    ref = _json(row[9])
    return Mark(str(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
                str(row[6]), _json(row[7]), _json(row[8]), ref if isinstance(ref, dict) else {})  # fmt: skip


class Marks:
    """The marks of some items, by (item, id): `of("goal", 12)`, `field("kpi", 3, "unit")`."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        self.by_item: dict[tuple[str, int], list[Mark]] = {}
        for mark in marks:
            self.by_item.setdefault((mark.item, mark.item_id), []).append(mark)

    def __bool__(self) -> bool:
        return bool(self.by_item)

    def of(self, item: str, item_id: int) -> list[Mark]:
        return self.by_item.get((item, item_id), [])

    def field(self, item: str, item_id: int, field_name: str) -> list[Mark]:
        """The marks of one field, in the order applied (the last one stands)."""
        return [m for m in self.of(item, item_id) if m.field == field_name]

    def values(self, kpi_id: int) -> dict[int, list[Mark]]:
        """A KPI's corrected values by year."""
        out: dict[int, list[Mark]] = {}
        for mark in self.of("kpi", kpi_id):
            if mark.field.startswith("value:") and mark.field[6:].isdigit():
                out.setdefault(int(mark.field[6:]), []).append(mark)
        return out

    def ref(self, item: str, item_id: int) -> dict[str, Any] | None:
        """The item as a correction target describes it (as extracted), if it was corrected."""
        for mark in self.of(item, item_id):
            if mark.ref:
                return mark.ref
        return None


def _has_table(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'correction_marks'"
        ).fetchone()
        is not None
    )


def report_marks(conn: sqlite3.Connection, report_id: int) -> Marks:
    """Every mark of one report."""
    if not _has_table(conn):
        return Marks()
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM correction_marks WHERE report_id = ? ORDER BY id", (report_id,)
    )
    return Marks(_mark(row) for row in rows)


def item_marks(conn: sqlite3.Connection, item: str, ids: Iterable[int]) -> Marks:
    """The marks of these goals, KPIs or reports (e.g. every point of a series)."""
    wanted = sorted(set(ids))
    if not wanted or not _has_table(conn):
        return Marks()
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM correction_marks WHERE item = ?"
        " AND item_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (item, json.dumps(wanted)),
    )
    return Marks(_mark(row) for row in rows)


def table_marks(conn: sqlite3.Connection, report_id: int) -> dict[int, list[Mark]]:
    """Per printed table of a report, the corrections of it and of the KPIs read from it
    (the reader shows the table as printed; its marker says the values read differ)."""
    if not _has_table(conn):
        return {}
    columns = ", ".join(f"m.{c.strip()}" for c in _COLUMNS.split(","))
    rows = conn.execute(
        f"SELECT t.id, {columns} FROM correction_marks m"
        " JOIN report_tables t ON t.report_id = m.report_id"
        " LEFT JOIN kpis k ON m.item = 'kpi' AND k.id = m.item_id"
        " WHERE m.report_id = ? AND ((m.item = 'table' AND m.item_id = t.id)"
        " OR (m.item = 'kpi' AND k.line_start BETWEEN t.line_start AND t.line_end))"
        " ORDER BY m.id",
        (report_id,),
    )
    out: dict[int, list[Mark]] = {}
    for row in rows:
        out.setdefault(int(row[0]), []).append(_mark(row[1:]))
    return out

"""Row changes that can be taken back: what applying corrections writes, and its undo.

Every row a correction changes, adds or removes is written through a Journal, which
first keeps the row as it was (`correction_undo`, per report, in order). `undo_report`
plays those back in reverse, so the report's rows are again exactly as extracted; its
foreign keys' cascades are done here by hand first, so nothing changes unrecorded.

A received library carries its journal: table and column names read from it are checked
against the tables' own before they are used in SQL.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.corrections import search_rows
from desktop.corrections.search_rows import SEARCHED

# what corrections may change; kpi_values has no id of its own
TABLES = {
    "reports": ("id",),
    "goals": ("id",),
    "kpis": ("id",),
    "kpi_values": ("kpi_id", "year"),
    "finance": ("id",),
}


class Columns:
    """The column names of the tables corrections change, read once per connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known: dict[str, frozenset[str]] = {}

    def of(self, table: str) -> frozenset[str]:
        if table not in TABLES:
            raise ValueError(f"corrections never change the table {table!r}")
        if table not in self.known:
            self.known[table] = frozenset(
                str(row[1]) for row in self.conn.execute(f'PRAGMA table_info("{table}")')
            )
        return self.known[table]

    def check(self, table: str, names: list[str] | tuple[str, ...]) -> None:
        known = self.of(table)
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ValueError(f"no column {unknown[0]!r} in {table}")


def _where(key: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    return " AND ".join(f'"{k}" = ?' for k in key), tuple(key.values())


class Journal:
    """Writes to one report's rows, each recorded so that `undo_report` can undo it.

    Made for a report whose earlier steps were undone (or that has none): its steps are
    numbered from 1, and written with `flush` (or taken from `pending` by the caller).
    """

    def __init__(self, conn: sqlite3.Connection, report_id: int,
                 known: Columns | None = None) -> None:  # fmt: skip
        self.conn = conn
        self.report_id = report_id
        self.columns = known or Columns(conn)
        self.seq = 0  # a report's corrections are applied to its rows as extracted: no steps yet
        self.pending: list[tuple[int, int, str, str, str | None]] = []

    def _record(self, table: str, key: dict[str, Any], before: dict[str, Any] | None) -> None:
        self.seq += 1
        self.pending.append(
            (self.report_id, self.seq, table, json.dumps(key),
             None if before is None else json.dumps(before, ensure_ascii=False))
        )  # fmt: skip

    def flush(self) -> None:
        """Write what was recorded (once per report: one executemany)."""
        self.conn.executemany(
            "INSERT INTO correction_undo (report_id, seq, tbl, key, before) VALUES (?, ?, ?, ?, ?)",
            self.pending,
        )
        self.pending = []

    def row(self, table: str, key: dict[str, Any], names: list[str] | None = None
            ) -> dict[str, Any] | None:  # fmt: skip
        """The row's columns (all, or `names`) as they are now; None when there is none."""
        wanted = sorted(self.columns.of(table)) if names is None else names
        self.columns.check(table, wanted)
        where, params = _where(key)
        found = self.conn.execute(
            f"SELECT {', '.join(f'{chr(34)}{n}{chr(34)}' for n in wanted)} FROM {table}"
            f" WHERE {where}",
            params,
        ).fetchone()
        return dict(zip(wanted, tuple(found), strict=True)) if found else None

    def update(self, table: str, key: dict[str, Any], changes: dict[str, Any],
               before: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
        """Change some columns of a row; returns their values before (`before`, when the
        caller knows them, saves reading them)."""
        if before is None:
            before = self.row(table, key, list(changes))
        else:
            self.columns.check(table, list(changes))
        if before is None:
            raise LookupError(f"no row {key} in {table}")
        if before == changes:
            return before
        self._record(table, key, before)
        where, params = _where(key)
        assignments = ", ".join(f'"{n}" = ?' for n in changes)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE {where}", (*changes.values(), *params)
        )
        searched = SEARCHED.get(table)
        if searched is not None and searched[1] in changes:
            search_rows.forget(self.conn, table, self.report_id, key["id"], before[searched[1]])
            search_rows.index(self.conn, table, key["id"])
        return before

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Add a row; returns its id (kpi_values: its rowid, unused)."""
        self.columns.check(table, list(row))
        names = ", ".join(f'"{n}"' for n in row)
        marks = ", ".join("?" * len(row))
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values())
        )
        new_id = int(cursor.lastrowid or 0)
        key = {k: row[k] for k in TABLES[table]} if table == "kpi_values" else {"id": new_id}
        self._record(table, key, None)
        if table in SEARCHED:
            search_rows.index(self.conn, table, new_id)
        return new_id

    def delete(self, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
        """Remove a row (its children first, recorded: see remove_kpi, remove_goal)."""
        before = self.row(table, key)
        if before is None:
            return None
        self._record(table, key, before)
        where, params = _where(key)
        self.conn.execute(f"DELETE FROM {table} WHERE {where}", params)
        searched = SEARCHED.get(table)
        if searched is not None:
            search_rows.forget(self.conn, table, self.report_id, key["id"], before[searched[1]])
        return before

    def remove_kpi(self, kpi_id: int) -> None:
        for (year,) in self.conn.execute(
            "SELECT year FROM kpi_values WHERE kpi_id = ? ORDER BY year", (kpi_id,)
        ).fetchall():
            self.delete("kpi_values", {"kpi_id": kpi_id, "year": year})
        self.delete("kpis", {"id": kpi_id})

    def remove_goal(self, goal_id: int) -> None:
        for (kpi_id,) in self.conn.execute(
            "SELECT id FROM kpis WHERE goal_id = ? ORDER BY id", (goal_id,)
        ).fetchall():
            self.update("kpis", {"id": kpi_id}, {"goal_id": None})
        self.delete("goals", {"id": goal_id})


def undo_report(conn: sqlite3.Connection, report_id: int, known: Columns | None = None) -> bool:
    """Put a report's rows back as extracted; True when there was anything to undo."""
    known = known or Columns(conn)
    steps = conn.execute(
        "SELECT tbl, key, before FROM correction_undo WHERE report_id = ? ORDER BY seq DESC",
        (report_id,),
    ).fetchall()
    for table, key_text, before_text in steps:
        key = json.loads(key_text)
        if table not in TABLES or not isinstance(key, dict) or sorted(key) != sorted(TABLES[table]):
            raise ValueError(f"a correction's undo step names no row of {table}: {key_text}")
        where, params = _where(key)
        before = json.loads(before_text) if before_text is not None else None
        if before is not None and not isinstance(before, dict):
            raise ValueError(f"a correction's undo step is no row: {before_text[:80]}")
        # a removed row was kept whole (its key with it), a changed one by what changed
        exists = before is None or not all(k in before for k in TABLES[table])
        searched = SEARCHED.get(table)
        touches_search = searched is not None and (
            before is None or not exists or searched[1] in before
        )
        title = None
        if searched is not None and touches_search and exists:  # indexed under this title now
            found = conn.execute(f"SELECT {searched[1]} FROM {table} WHERE {where}", params)
            current = found.fetchone()
            title = None if current is None else str(current[0])
        if before is None:
            conn.execute(f"DELETE FROM {table} WHERE {where}", params)
            if title is not None:
                search_rows.forget(conn, table, report_id, key["id"], title)
            continue
        known.check(table, list(before))
        if exists:
            assignments = ", ".join(f'"{n}" = ?' for n in before)
            conn.execute(
                f"UPDATE {table} SET {assignments} WHERE {where}", (*before.values(), *params)
            )
        else:
            names = ", ".join(f'"{n}"' for n in before)
            conn.execute(
                f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(before))})",
                tuple(before.values()),
            )
        if touches_search:
            if title is not None:
                search_rows.forget(conn, table, report_id, key["id"], title)
            search_rows.index(conn, table, key["id"])
    conn.execute("DELETE FROM correction_undo WHERE report_id = ?", (report_id,))
    conn.execute("DELETE FROM correction_marks WHERE report_id = ?", (report_id,))
    return bool(steps)

"""Corrections as rows: the secretary's in library.db, the member's own in user.db.

Both files hold them in a `corrections` table of the same shape. One correction per
report and target: saving a correction of something already corrected replaces the
earlier one in place (its place in the order kept) and returns it, so that the change
can be undone exactly.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop.corrections.model import Correction

_COLUMNS = "uuid, report_sha256, op, target, value, author, created_at, report_label"


def _object(text: object) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _row(row: sqlite3.Row | tuple[Any, ...], origin: str) -> Correction:
    return Correction(str(row[0]), str(row[1]), str(row[2]), _object(row[3]), _object(row[4]),
                      str(row[5] or ""), str(row[6] or ""), str(row[7] or ""), origin)  # fmt: skip


def has_table(conn: sqlite3.Connection) -> bool:
    """False for a user.db or library.db from before corrections existed."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'corrections'"
    ).fetchone()
    return found is not None


def load(conn: sqlite3.Connection, origin: str, sha256: str | None = None) -> list[Correction]:
    """Every correction in this file (or one report's), in the order they were made."""
    if not has_table(conn):
        return []
    where, params = ("WHERE report_sha256 = ?", (sha256,)) if sha256 else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM corrections {where} ORDER BY id", params)
    return [_row(row, origin) for row in rows]


def get(conn: sqlite3.Connection, uuid: str, origin: str) -> Correction | None:
    if not has_table(conn):
        return None
    row = conn.execute(f"SELECT {_COLUMNS} FROM corrections WHERE uuid = ?", (uuid,)).fetchone()
    return _row(row, origin) if row else None


def _values(correction: Correction) -> tuple[object, ...]:
    import uuid

    return (
        correction.uuid,
        correction.report_sha256,
        correction.op,
        json.dumps(correction.target, ensure_ascii=False),
        json.dumps(correction.value, ensure_ascii=False),
        correction.author,
        correction.created_at,
        correction.report_label,
        correction.key,
        uuid.uuid4().hex,  # a new revision: applying it again is due
    )


def put(conn: sqlite3.Connection, correction: Correction) -> Correction | None:
    """Save a correction; returns the one it replaced (same uuid, or same target), if any."""
    found = conn.execute(
        f"SELECT id, {_COLUMNS} FROM corrections WHERE uuid = ?"
        " OR (report_sha256 = ? AND target_key = ?) ORDER BY uuid = ? DESC, id LIMIT 1",
        (correction.uuid, correction.report_sha256, correction.key, correction.uuid),
    ).fetchone()
    if found is None:
        conn.execute(
            "INSERT INTO corrections (uuid, report_sha256, op, target, value, author, created_at,"
            " report_label, target_key, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _values(correction),
        )
        return None
    previous = _row(found[1:], correction.origin)
    conn.execute(
        "UPDATE corrections SET uuid = ?, report_sha256 = ?, op = ?, target = ?, value = ?,"
        " author = ?, created_at = ?, report_label = ?, target_key = ?, revision = ? WHERE id = ?",
        (*_values(correction), found[0]),
    )
    return previous


def delete(conn: sqlite3.Connection, uuid: str) -> Correction | None:
    """Remove a correction; returns it (for undo), or None when there was none."""
    found = get(conn, uuid, "")
    conn.execute("DELETE FROM corrections WHERE uuid = ?", (uuid,))
    return found


def count(conn: sqlite3.Connection) -> int:
    if not has_table(conn):
        return 0
    return int(conn.execute("SELECT count(*) FROM corrections").fetchone()[0])

"""The search index follows what corrections change: a goal's title, a KPI's name, a goal
or KPI added or removed.

The index (an FTS5 table) can only be searched by its words, so a row's old entry is
found by its old title as a phrase, then its kind and ids; a full scan of the index
(tens of milliseconds in a library of 1,000 reports) is left for a title without words.
"""

from __future__ import annotations

import re
import sqlite3

# table → (the search row's kind, its title column, its body column)
SEARCHED = {"goals": ("goal", "title", "analysis"), "kpis": ("kpi", "name", "table_name")}
WORD = re.compile(r"\w+")


def forget(conn: sqlite3.Connection, table: str, report_id: int, row_id: int, title: str) -> None:
    """Remove the search row of a goal or KPI that was indexed under `title`."""
    kind = SEARCHED[table][0]
    words = WORD.findall(title)
    if words:
        found = conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? AND kind = ?"
            " AND ref_id = ? AND report_id = ?",
            (f'title : "{" ".join(words)}"', kind, row_id, report_id),
        ).fetchall()
    else:
        found = conn.execute(
            "SELECT rowid FROM search_index WHERE kind = ? AND ref_id = ? AND report_id = ?",
            (kind, row_id, report_id),
        ).fetchall()
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", found)


def index(conn: sqlite3.Connection, table: str, row_id: int) -> None:
    """Add the search row of a goal or KPI as the row is now."""
    kind, title, body = SEARCHED[table]
    conn.execute(
        f"INSERT INTO search_index (title, body, kind, report_id, ref_id)"
        f" SELECT {title}, {body}, ?, report_id, id FROM {table} WHERE id = ?",
        (kind, row_id),
    )

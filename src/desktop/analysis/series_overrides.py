"""A member's own merges and splits of KPI series, kept in user.db."""

from __future__ import annotations

import sqlite3

from desktop import paths


def load_overrides(user_db: sqlite3.Connection | None = None) -> dict[str, str]:
    """name key -> series key chosen by the member (the newest choice per name wins)."""
    conn = user_db
    if conn is None:
        path = paths.user_db_path()
        if not path.exists():
            return {}
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT kpi_name_key, series_key FROM kpi_series_overrides ORDER BY id"
        ).fetchall()
    except sqlite3.OperationalError:  # a user.db from before series overrides existed
        return {}
    return {name: series for name, series in rows}

"""user.db: what the member wrote. Never rebuilt, never overwritten by an import.

It survives library updates and app upgrades through numbered migrations (the file is
copied aside before the first step of an upgrade). WAL with synchronous=FULL: a committed
write is on disk before the call returns, so a crash a moment later loses nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.migrations import connect, migrate, run_script


def _v1(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE kpi_series_overrides (
            id INTEGER PRIMARY KEY,
            kpi_name_key TEXT NOT NULL,
            series_key TEXT NOT NULL,
            municipality TEXT NOT NULL,
            committee TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            created_at TEXT NOT NULL
        );
        CREATE INDEX kpi_series_overrides_key ON kpi_series_overrides(kpi_name_key);
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'question')),
            report_sha256 TEXT NOT NULL,
            report_label TEXT NOT NULL DEFAULT '',
            municipality TEXT NOT NULL DEFAULT '',
            committee TEXT NOT NULL DEFAULT '',
            report_type TEXT NOT NULL DEFAULT '',
            period_end TEXT NOT NULL DEFAULT '',
            section_heading TEXT NOT NULL DEFAULT '',
            exact TEXT NOT NULL DEFAULT '',
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            start INTEGER,
            end INTEGER,
            goal_title TEXT,
            colour TEXT NOT NULL DEFAULT 'gul',
            body TEXT NOT NULL DEFAULT '',
            status TEXT CHECK (status IN ('öppen', 'ställd', 'besvarad')),
            answer TEXT NOT NULL DEFAULT '',
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            orphaned INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX annotations_report ON annotations(report_sha256);
        CREATE INDEX annotations_meeting ON annotations(meeting_id, position);
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """A note can be about one KPI of a goal (the goal's title stays its anchor)."""
    run_script(conn, "ALTER TABLE annotations ADD COLUMN kpi_name TEXT;")


STEPS = [_v1, _v2, _v3]


def open_user_db(path: Path | str | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the member's user.db and bring it up to date."""
    if path is None:
        from desktop import paths

        path = paths.user_db_path()
    path = Path(path)
    conn = connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    migrate(conn, path, STEPS, "Dina anteckningar (user.db)")
    return conn


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def split_series(
    conn: sqlite3.Connection, kpi_name_key: str, municipality: str, committee: str
) -> None:
    """The member says: this KPI name is a series of its own."""
    conn.execute(
        "INSERT INTO kpi_series_overrides (kpi_name_key, series_key, municipality, committee, action,"
        " created_at) VALUES (?, ?, ?, ?, 'split', ?)",
        (kpi_name_key, f"eget:{kpi_name_key}", municipality, committee, _now()),
    )


def merge_series(
    conn: sqlite3.Connection,
    kpi_name_key: str,
    into_series_key: str,
    municipality: str,
    committee: str,
) -> None:
    """The member says: this KPI name belongs to that series."""
    conn.execute(
        "INSERT INTO kpi_series_overrides (kpi_name_key, series_key, municipality, committee, action,"
        " created_at) VALUES (?, ?, ?, ?, 'merge', ?)",
        (kpi_name_key, into_series_key, municipality, committee, _now()),
    )

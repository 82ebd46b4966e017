"""user.db: what the member wrote. Never rebuilt, never overwritten by an import.

It survives library updates and app upgrades through numbered migrations (the file is
copied aside before the first step of an upgrade). WAL with synchronous=FULL: a committed
write is on disk before the call returns, so a crash a moment later loses nothing.

A user.db that is damaged, truncated or from a newer version is refused before anything
is written to it (UserDbError); the member may move it aside and start with a fresh one,
or restore one of the daily backups kept beside it (the last BACKUP_DAYS days).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import NewerSchemaError, UserDbError
from desktop.store.migrations import WRITE_PROBLEMS, connect, is_write_problem, migrate, run_script

LABEL = "Dina anteckningar (user.db)"
BACKUP_DAYS = 5
BACKUP_DIR = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _v4(conn: sqlite3.Connection) -> None:
    """Tags, as other tools' annotations carry them (a JSON list of strings)."""
    run_script(conn, "ALTER TABLE annotations ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';")


def _v5_corrections(conn: sqlite3.Connection) -> None:
    """The member's own corrections of their copy of the library (desktop.corrections).

    The same operations as the secretary's in library.db, keyed by report SHA-256; kept
    here so that they survive every library update.
    """
    run_script(
        conn,
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            report_sha256 TEXT NOT NULL,
            report_label TEXT NOT NULL DEFAULT '',
            op TEXT NOT NULL,
            target_key TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '{}',
            value TEXT NOT NULL DEFAULT '{}',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            revision TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX corrections_report ON corrections(report_sha256, target_key);
        """,
    )


STEPS = [_v1, _v2, _v3, _v4, _v5_corrections]


def open_user_db(path: Path | str | None = None, *, backup: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the member's user.db, check it and bring it up to date.

    Raises UserDbError, with nothing written to the file, when it is damaged, from a
    newer version, or cannot be opened. Once a day a healthy user.db is backed up.
    """
    if path is None:
        from desktop import paths

        path = paths.user_db_path()
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    conn: sqlite3.Connection | None = None
    try:
        if existed:
            _check_header(path)
        conn = connect(path)
        if existed:
            check_user_db(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if existed and backup:
            daily_backup(conn, path)
        migrate(conn, path, STEPS, LABEL)
    except NewerSchemaError as exc:
        _close(conn)
        raise _newer(path, exc.found) from exc
    except UserDbError:
        _close(conn)
        raise
    except sqlite3.DatabaseError as exc:
        _close(conn)
        raise _opening_error(path, exc) from exc
    except OSError as exc:
        _close(conn)
        raise UserDbError(path, f"kan inte öppnas ({exc.strerror or exc})", "unwritable") from exc
    return conn


def _newer(path: Path, found: int) -> UserDbError:
    return UserDbError(
        path,
        f"anteckningarna är sparade av en nyare version av Nämndläsaren (schema {found}, "
        f"detta program kan {len(STEPS)}); uppdatera programmet",
        "newer",
    )


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        conn.close()


def _opening_error(path: Path, exc: sqlite3.DatabaseError) -> UserDbError:
    if is_write_problem(exc):
        reason = next(reason for key, reason in WRITE_PROBLEMS if key in str(exc))
        if "I/O" in str(exc):
            reason += "; är disken full?"
        return UserDbError(path, f"kan inte skrivas ({reason})", "unwritable")
    return UserDbError(path, f"filen är skadad ({exc})", "damaged")


def _check_header(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(100)
    if not head.startswith(SQLITE_MAGIC):
        raise UserDbError(path, "filen är skadad (inte en SQLite-databas)", "damaged")
    if len(head) < 100:
        raise UserDbError(path, "filen är skadad (avkortad)", "damaged")


def check_user_db(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a user.db that is newer than this app or fails SQLite's quick check; reads only."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(STEPS):
        raise _newer(path, version)
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        detail = " ".join(" ".join(problems).replace("*** in database main ***", "").split())
        raise UserDbError(path, f"filen är skadad ({detail[:200]})", "damaged")
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    needed = {"kpi_series_overrides"} if version >= 1 else set()
    needed |= {"meetings", "annotations"} if version >= 2 else set()
    needed |= {"corrections"} if version > STEPS.index(_v5_corrections) else set()
    if not needed <= tables:
        missing = ", ".join(sorted(needed - tables))
        raise UserDbError(path, f"filen är skadad (tabeller saknas: {missing})", "damaged")


def backups_dir(path: Path) -> Path:
    return path.parent / BACKUP_DIR


def backups(path: Path | str) -> list[Path]:
    """The daily backups of this user.db, newest first."""
    folder = backups_dir(Path(path))
    stem = Path(path).stem
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{stem}-????-??-??.db"), reverse=True)


def daily_backup(conn: sqlite3.Connection, path: Path, keep: int = BACKUP_DAYS) -> Path | None:
    """Copy a healthy user.db to backups/user-YYYY-MM-DD.db once a day; keep the newest `keep`.

    A backup that cannot be written (disk full, read-only folder) is skipped: the member
    can still work, and yesterday's backup stays.
    """
    folder = backups_dir(path)
    target = folder / f"{path.stem}-{datetime.now().date().isoformat()}.db"
    if target.exists():
        return None
    tmp = target.with_name(target.name + ".tmp")
    try:
        folder.mkdir(exist_ok=True)
        copy = sqlite3.connect(str(tmp))
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return None
    for old in backups(path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def move_aside(path: Path | str) -> Path:
    """Rename user.db (and its -wal and -shm) to user.db.undanlagd-<time>; returns the new name.

    Nothing is deleted: the member, or someone helping them, can still open the old file.
    """
    path = Path(path)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    aside = path.with_name(f"{path.name}.undanlagd-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(path: Path | str, backup_file: Path) -> Path:
    """Put a backup in user.db's place; the current file is moved aside first, not lost."""
    path = Path(path)
    aside = move_aside(path) if path.exists() else path
    tmp = path.with_name(path.name + ".restoring")
    source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    os.replace(tmp, path)
    return aside


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

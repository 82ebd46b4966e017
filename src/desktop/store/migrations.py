"""Numbered schema migrations kept in `PRAGMA user_version`.

Each step runs in its own transaction. Before the first step on an existing file, the
file is copied to `<name>.bak-v<old version>`, so a failed upgrade never costs a member
their notes. A database written by a newer app version is refused, not guessed at.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop.errors import BusyError, LibraryError, NewerSchemaError

Step = Callable[[sqlite3.Connection], None]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None, steps: Sequence[Step], label: str) -> None:
    """Bring the database at `path` (open as `conn`) up to `len(steps)`."""
    current = schema_version(conn)
    target = len(steps)
    if current > target:
        raise NewerSchemaError(
            f"{label} ({path}) är från en nyare version av Nämndläsaren "
            f"(schema {current}, detta program kan {target}). Uppdatera programmet.",
            current,
            target,
        )
    if current == target:
        return
    if path is not None and current > 0 and path.exists():
        conn.commit()
        shutil.copy2(path, path.with_name(f"{path.name}.bak-v{current}"))
    for number in range(current, target):
        try:
            conn.execute("BEGIN")
            steps[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except Exception as exc:
            conn.execute("ROLLBACK")
            raise LibraryError(
                f"{label} ({path}): uppgradering {number + 1} misslyckades: {exc}"
            ) from exc


WRITE_PROBLEMS = (
    ("full", "disken är full"),
    ("readonly", "filen eller mappen är skrivskyddad"),
    ("read-only", "filen eller mappen är skrivskyddad"),
    ("disk I/O", "skrivfel på disken"),
    ("unable to open", "filen kan inte skapas eller öppnas"),
    ("locked", "den används av ett annat program"),
)


def is_write_problem(exc: BaseException) -> bool:
    """A failure of the disk or the file system, not of the data (full, read-only, I/O)."""
    text = str(exc)
    return any(key in text for key, _reason in WRITE_PROBLEMS)


def write_error(label: str, exc: BaseException) -> LibraryError:
    """One line for a write that failed: the reason in words, and that nothing was changed."""
    text = str(exc)
    reason = next((reason for key, reason in WRITE_PROBLEMS if key in text), text)
    return LibraryError(f"{label} kan inte skrivas ({reason}); inget har ändrats")


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run several statements inside the caller's transaction.

    `executescript` would COMMIT first, breaking one-transaction-per-step.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)


BUSY_TIMEOUT_S = 10.0  # a reader or a short write by another program: wait, do not fail
WRITE_WAIT_S = 600.0  # a whole batch import by another program may hold the lock this long


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) with foreign keys on.

    A second program writing at the same moment makes this one wait (busy timeout)
    rather than fail with "database is locked".
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def begin_write(
    conn: sqlite3.Connection,
    on_wait: Callable[[], None] | None = None,
    wait: float = WRITE_WAIT_S,
    label: str = "Biblioteket",
) -> None:
    """BEGIN IMMEDIATE: take the write lock now, waiting up to `wait` s for another writer.

    `on_wait` is called once if the lock is held elsewhere, so the caller can say why
    nothing happens; after `wait` seconds a BusyError names the problem in one line.
    """
    timeout_ms = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute("PRAGMA busy_timeout = 200")
    try:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        if on_wait is not None:
            on_wait()
        deadline = time.monotonic() + wait
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or (
                    time.monotonic() > deadline
                ):
                    raise BusyError(
                        f"{label} används av ett annat program (t.ex. en annan import) "
                        f"och blev inte ledigt på {wait:.0f} s; försök igen senare"
                    ) from exc
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout_ms}")

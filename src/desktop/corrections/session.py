"""The member's library as they should see it: extracted, then every correction applied.

Everything that opens the member's library (the app, the headless commands) goes
through `member_library()` instead of `store.library.default_library()`: that may have
read reports again (a newer reader), and a library update brings new rows, so the
secretary's corrections and the member's own are applied after it (quickly: only
reports whose corrections or extraction changed are touched).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from desktop.corrections import storage
from desktop.corrections.apply import SyncResult, sync
from desktop.corrections.model import Correction


def own_corrections(user: sqlite3.Connection | None = None) -> list[Correction]:
    """The member's own corrections from user.db (none when it does not exist yet).

    Read-only: a user.db that cannot be read gives none here; the app says what is wrong
    with it when it opens it for notes.
    """
    if user is not None:
        return storage.load(user, "own")
    from desktop import paths

    path = paths.user_db_path()
    if not path.exists() or path.stat().st_size == 0:
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return storage.load(conn, "own")
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def apply_corrections(
    library: sqlite3.Connection, user: sqlite3.Connection | None = None
) -> SyncResult:
    """Apply what changed of the secretary's and the member's corrections to the library."""
    return sync(library, own_corrections(user))


def member_library() -> Path:
    """The member's library.db, created or read again as needed, with corrections applied."""
    from desktop.store.library import default_library, open_library

    path = default_library()
    conn = open_library(path)
    try:
        apply_corrections(conn)
    except sqlite3.Error as exc:  # e.g. a library on a read-only disk: shown as it is
        print(f"namndlasaren: rättelserna kunde inte tillämpas ({exc})", file=sys.stderr)
    finally:
        conn.close()
    return path


def _file_for(correction: Correction, library: sqlite3.Connection,
              user: sqlite3.Connection | None) -> sqlite3.Connection:  # fmt: skip
    if correction.origin == "library":
        return library
    if user is None:
        raise ValueError("the member's own corrections are kept in user.db, and none is open")
    return user


def save(library: sqlite3.Connection, user: sqlite3.Connection | None,
         correction: Correction) -> Correction | None:  # fmt: skip
    """Keep a correction (the secretary's in library.db, the member's in user.db) and apply
    it; returns the correction of the same target it replaced, if any."""
    previous = storage.put(_file_for(correction, library, user), correction)
    apply_corrections(library, user)
    return previous


def withdraw(library: sqlite3.Connection, user: sqlite3.Connection | None,
             correction: Correction) -> None:  # fmt: skip
    """Take a correction back; the report shows what was extracted (or the other origin's)."""
    storage.delete(_file_for(correction, library, user), correction.uuid)
    apply_corrections(library, user)

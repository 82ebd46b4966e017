"""Every write of what a member typed goes through here, and none is lost when it fails.

user.db may refuse a write: the disk is full, the file or its folder is read-only, the
disk is gone. Then the change is kept in memory (`Unsaved`), the views go on showing it,
a rescue copy is written next to user.db or, when that folder cannot be written either,
in the temp folder, and `flush` writes everything once user.db takes writes again. On
the next start a rescue copy left behind is offered back (`find_rescue`, `restore`).

No Qt here: the UI's annotations model wraps a `NoteStore` and tells the member.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.annotate import notes
from desktop.errors import NamndlasarenError

RESCUE_SUFFIX = ".osparat.json"
FULL_BELOW = 64 * 1024  # bytes free under which a failed write is put down to a full disk
RESCUE_FORMAT = "namndlasaren-unsaved-notes"

# why a write failed, as the UI says it
FULL, READ_ONLY, GONE, BUSY, OTHER = "full", "read_only", "gone", "busy", "other"


def reason(exc: BaseException) -> str:
    """What kept a write from user.db, by SQLite's error name or the OS error."""
    seen: BaseException | None = exc
    while seen is not None:
        name = getattr(seen, "sqlite_errorname", "") or ""
        text = str(seen).lower()
        if name == "SQLITE_FULL" or "disk is full" in text:
            return FULL
        if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
            return READ_ONLY
        if name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in text:
            return BUSY
        if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "unable to open" in text:
            return GONE
        if isinstance(seen, OSError) and seen.errno is not None:
            if seen.errno == errno.ENOSPC:
                return FULL
            if seen.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return READ_ONLY
            return GONE
        seen = seen.__cause__ or seen.__context__
    return OTHER


@dataclass
class Unsaved:
    """Changes user.db has not taken yet: new rows, changed columns, removals."""

    new: dict[int, dict[str, Any]] = field(default_factory=dict)  # temporary id -> row
    changes: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> column values
    removed: dict[int, str] = field(default_factory=dict)  # id -> uuid
    about: dict[int, dict[str, Any]] = field(default_factory=dict)  # id -> uuid, quote, ...

    def __bool__(self) -> bool:
        return bool(self.new or self.changes or self.removed)

    def apply(self, annotation: notes.Annotation) -> notes.Annotation | None:
        """The annotation as the member last left it (None when they removed it)."""
        if annotation.id in self.removed:
            return None
        changed = self.changes.get(annotation.id)
        return replace(annotation, **changed) if changed else annotation

    def new_annotations(self) -> list[notes.Annotation]:
        return [notes.from_row(row, temp) for temp, row in self.new.items()]

    def texts(self) -> int:
        """How many annotations have unsaved text or settings (for the message)."""
        return len(self.new) + len(set(self.changes) - set(self.new)) + len(self.removed)


class NoteStore:
    """user.db behind one door; `problem` is the last write's failure, None when all is saved."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, *, read_only: bool = False
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only  # opened so because user.db could not be written
        self.unsaved = Unsaved()
        self.problem: BaseException | None = None
        self.renamed: dict[int, int] = {}  # temporary id -> id in user.db, once written
        self._next_temp = -1

    @property
    def saved(self) -> bool:
        """Everything the member wrote is in user.db."""
        return not self.unsaved and self.problem is None

    def why(self) -> str:
        """Why the last write failed (FULL, READ_ONLY, GONE, BUSY, OTHER), '' if it did not.

        SQLite says only "disk I/O error" when a disk fills up or is remounted read-only
        under an open file, so the folder itself is asked as well.
        """
        if self.problem is None:
            return ""
        found = reason(self.problem)
        if found in (GONE, OTHER) and self.path is not None:
            folder = self.path.parent
            try:
                if shutil.disk_usage(folder).free < FULL_BELOW:
                    return FULL
            except OSError:
                return GONE
            if not os.access(folder, os.W_OK) or (
                self.path.exists() and not os.access(self.path, os.W_OK)
            ):
                return READ_ONLY
        return found

    # --- writes that keep the member's text ------------------------------------------

    def add(self, row: dict[str, Any]) -> int:
        """Write a new annotation (a row from notes.new_row); its id, temporary if unsaved."""
        if not self.unsaved and not self.read_only:
            try:
                return self._in_transaction(lambda: notes.insert_row(self.conn, row))
            except (sqlite3.Error, OSError) as exc:
                self.problem = exc
        temp = self._next_temp
        self._next_temp -= 1
        self.unsaved.new[temp] = dict(row)
        self.flush()
        return self.renamed.get(temp, temp)

    def update(self, annotation_id: int, **changes: Any) -> None:
        """Change body, status, answer, colour, kind or meeting of an annotation."""
        annotation_id = self.resolve(annotation_id)
        if annotation_id in self.unsaved.new:
            self.unsaved.new[annotation_id].update(changes)
            self.flush()
            return
        if not self.unsaved and not self.read_only:
            try:
                self._in_transaction(lambda: notes.update(self.conn, annotation_id, **changes))
                return
            except (sqlite3.Error, OSError) as exc:
                self.problem = exc
        self._remember(annotation_id)
        self.unsaved.changes.setdefault(annotation_id, {}).update(changes)
        self.flush()

    def delete(self, annotation_id: int) -> dict[str, Any] | None:
        """Remove an annotation; returns its row as it was, to put back (undo)."""
        annotation_id = self.resolve(annotation_id)
        if annotation_id in self.unsaved.new:
            return self.unsaved.new.pop(annotation_id)
        row = self.row(annotation_id)
        if row is None:
            return None
        if not self.unsaved and not self.read_only:
            try:
                self._in_transaction(lambda: notes.delete(self.conn, annotation_id))
                return row
            except (sqlite3.Error, OSError) as exc:
                self.problem = exc
        self._remember(annotation_id)
        self.unsaved.changes.pop(annotation_id, None)
        self.unsaved.removed[annotation_id] = str(row["uuid"])
        self.flush()
        return row

    def put_back(self, row: dict[str, Any]) -> int:
        """An annotation removed a moment ago, back with its id (if it had one) and place."""
        annotation_id = row.get("id")
        if isinstance(annotation_id, int) and annotation_id in self.unsaved.removed:
            # the removal never reached user.db: keep the row there, with the member's text
            del self.unsaved.removed[annotation_id]
            self.unsaved.changes[annotation_id] = {k: row[k] for k in notes.UPDATABLE if k in row}
            self.flush()
            return annotation_id
        return self.add(row)

    def row(self, annotation_id: int) -> dict[str, Any] | None:
        """Every column of an annotation as the member left it."""
        annotation_id = self.resolve(annotation_id)
        if annotation_id in self.unsaved.new:
            return dict(self.unsaved.new[annotation_id])
        if annotation_id in self.unsaved.removed:
            return None
        try:
            row = notes.get_row(self.conn, annotation_id)
        except sqlite3.Error:
            return None
        if row is not None:
            row.update(self.unsaved.changes.get(annotation_id, {}))
        return row

    def resolve(self, annotation_id: int) -> int:
        """The id an annotation has now (a temporary id is replaced once it is written)."""
        return self.renamed.get(annotation_id, annotation_id)

    def flush(self, reopen: bool = False) -> bool:
        """Write everything kept in memory, in one transaction; True when all is saved.

        A user.db opened read-only is opened for writing again first when `reopen` (the
        retry timer asks; every keystroke does not).
        """
        if self.read_only and not (reopen and self._reopen()):
            return False
        if not self.unsaved:
            self.problem = None
            return True
        pending = self.unsaved

        def write() -> dict[int, int]:
            written = {}
            for temp, row in pending.new.items():
                written[temp] = notes.insert_row(self.conn, row)
            for annotation_id, changes in pending.changes.items():
                notes.update(self.conn, annotation_id, **changes)
            for annotation_id in pending.removed:
                notes.delete(self.conn, annotation_id)
            return written

        try:
            written = self._in_transaction(write)
        except (sqlite3.Error, OSError) as exc:
            self.problem = exc
            return False
        self.renamed.update(written)
        self.unsaved = Unsaved()
        self.problem = None
        self.remove_rescue()
        return True

    def run(self, job: Any, *, own_transaction: bool = False) -> Any:
        """A write that is not the member's text (order, meetings, re-placing): all or nothing.

        Raises NotSaved when user.db refuses it; nothing is kept to retry. A job that
        opens its own transaction (an annotation file import) says so.
        """
        try:
            if self.read_only:
                raise sqlite3.OperationalError("attempt to write a readonly database")
            if own_transaction:
                return job(self.conn)
            return self._in_transaction(lambda: job(self.conn))
        except (sqlite3.Error, OSError) as exc:
            self.problem = exc
            raise NotSaved(reason(exc)) from exc

    def _reopen(self) -> bool:
        """user.db was read-only at start: open it for writing if it can be now."""
        from desktop.store.userdb import open_user_db

        if self.path is None:
            return False
        try:
            conn = open_user_db(self.path)
        except (sqlite3.Error, OSError, NamndlasarenError) as exc:
            self.problem = exc
            return False
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self.conn, self.read_only = conn, False
        return True

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def _in_transaction(self, job: Any) -> Any:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            result = job()
            self.conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise
        return result

    def _remember(self, annotation_id: int) -> None:
        """Enough about an annotation to recognise it in a rescue file (uuid, quote)."""
        if annotation_id in self.unsaved.about:
            return
        try:
            row = notes.get_row(self.conn, annotation_id) or {}
        except sqlite3.Error:
            row = {}
        self.unsaved.about[annotation_id] = {
            key: row.get(key)
            for key in ("uuid", "kind", "report_label", "section_heading", "exact", "goal_title")
        }

    # --- the rescue copy ----------------------------------------------------------------

    def rescue_paths(self) -> list[Path]:
        """Where a rescue copy goes: beside user.db, else in the temp folder."""
        return rescue_paths(self.path)

    def write_rescue(self) -> Path | None:
        """Write what is not saved to a rescue file; the path written, or None if none could be."""
        if not self.unsaved:
            return None
        data = {
            "format": RESCUE_FORMAT,
            "version": 1,
            "user_db": str(self.path) if self.path else "",
            "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "new": list(self.unsaved.new.values()),
            "changes": [
                {**self.unsaved.about.get(i, {}), "changes": c}
                for i, c in self.unsaved.changes.items()
            ],
            "removed": list(self.unsaved.removed.values()),
        }
        text = json.dumps(data, ensure_ascii=False, indent=2)
        for path in self.rescue_paths():
            try:
                _write_atomically(path, text)
            except OSError:
                continue
            for other in self.rescue_paths():  # one copy only: the newest
                if other != path:
                    with contextlib.suppress(OSError):
                        other.unlink(missing_ok=True)
            return path
        return None

    def remove_rescue(self) -> None:
        for path in self.rescue_paths():
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def restore(self, rescue: Rescue) -> None:
        """Put a rescue copy's text back into user.db (or keep it in memory until it can be)."""
        for row in rescue.new:
            existing = self._id_of(str(row.get("uuid", "")))
            if existing is None:
                self.add({k: v for k, v in row.items() if k != "id"})
            else:
                self.update(existing, **{k: row[k] for k in notes.UPDATABLE if k in row})
        for entry in rescue.changes:
            existing = self._id_of(str(entry.get("uuid", "")))
            changes = {k: v for k, v in entry.get("changes", {}).items() if k in notes.UPDATABLE}
            if existing is not None and changes:
                self.update(existing, **changes)
        for uuid in rescue.removed:
            existing = self._id_of(uuid)
            if existing is not None:
                self.delete(existing)

    def _id_of(self, uuid: str) -> int | None:
        for temp, row in self.unsaved.new.items():
            if row.get("uuid") == uuid:
                return temp
        try:
            found = notes.id_of_uuid(self.conn, uuid)
        except sqlite3.Error:
            return None
        return found


class NotSaved(NamndlasarenError):
    """user.db refused a write; the reason is one of FULL, READ_ONLY, GONE, BUSY, OTHER."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.reason = why


@dataclass
class Rescue:
    """Unsaved text found from an earlier run."""

    path: Path
    new: list[dict[str, Any]]
    changes: list[dict[str, Any]]
    removed: list[str]
    written_at: str

    def texts(self) -> list[str]:
        """The member's words in it, to show before they choose."""
        rows = [*self.new, *(entry.get("changes", {}) for entry in self.changes)]
        out = [str(row.get(key) or "") for row in rows for key in ("body", "answer")]
        return [t for t in out if t.strip()]

    def __len__(self) -> int:
        return len(self.new) + len(self.changes) + len(self.removed)


def rescue_paths(user_db: Path | None) -> list[Path]:
    """Beside user.db first, then the temp folder (named after user.db's place)."""
    paths = []
    if user_db is not None:
        paths.append(user_db.with_name(user_db.name + RESCUE_SUFFIX))
    place = str(user_db.resolve()) if user_db is not None else "memory"
    digest = hashlib.sha1(place.encode("utf-8")).hexdigest()[:12]
    paths.append(Path(tempfile.gettempdir()) / f"namndlasaren-{digest}{RESCUE_SUFFIX}")
    return paths


def find_rescue(user_db: Path | None) -> Rescue | None:
    """A rescue copy left by an earlier run, if any (the newest when there are two)."""
    found = []
    for path in rescue_paths(user_db):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("format") != RESCUE_FORMAT:
            continue
        found.append(
            Rescue(
                path,
                [r for r in data.get("new", []) if isinstance(r, dict)],
                [c for c in data.get("changes", []) if isinstance(c, dict)],
                [str(u) for u in data.get("removed", [])],
                str(data.get("written_at", "")),
            )
        )
    return max(found, key=lambda r: r.written_at) if found else None


def _write_atomically(path: Path, text: str) -> None:
    temp = path.with_name(path.name + ".tmp")
    with open(temp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


def open_store(path: Path | None = None) -> NoteStore:
    """user.db for the member; read-only when it cannot be written (the problem is kept).

    A folder or disk that refuses writes must not keep the member from reading their
    notes: the file is then opened read-only, or, when there is none, an empty one is
    held in memory that refuses writes in the same way, and every change waits.
    """
    from desktop.store.userdb import open_user_db

    if path is None:
        from desktop import paths

        path = paths.user_db_path()
    try:
        return NoteStore(open_user_db(path), path)
    except (sqlite3.Error, OSError, NamndlasarenError) as exc:
        if reason(exc) not in (FULL, READ_ONLY, GONE):
            raise
        problem: BaseException = exc
    conn = _read_only(path)
    store = NoteStore(conn, path, read_only=True)
    store.problem = problem
    return store


def _read_only(path: Path) -> sqlite3.Connection:
    from desktop.store.migrations import migrate
    from desktop.store.userdb import STEPS

    if path.exists():
        for mode in ("mode=ro", "immutable=1"):
            try:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True,
                                       isolation_level=None)  # fmt: skip
                conn.execute("SELECT count(*) FROM annotations").fetchone()
                return conn
            except sqlite3.Error:
                continue
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, None, STEPS, "user.db")
    conn.execute("PRAGMA query_only = ON")
    return conn

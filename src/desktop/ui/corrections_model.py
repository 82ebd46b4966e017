"""The one model of corrections the UI writes through: saving one, taking one back, undo.

A QObject over desktop.corrections. Each correction is one undoable step (`undo_stack`):
it is kept (the secretary's in library.db, the member's own in user.db, as the review's
"Rätta för" says), applied at once, and `changed` says which report now reads otherwise,
so every view that shows it (reader, goal view, comparison) follows without being told.
"""

from __future__ import annotations

import getpass
import sqlite3

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.corrections import storage
from desktop.corrections.model import Correction
from desktop.corrections.review import Review, build_review
from desktop.corrections.session import apply_corrections
from desktop.corrections.wording import describe
from desktop.errors import NamndlasarenError
from desktop.ui import settings as keys


class CorrectionsModel(QObject):
    changed = Signal(str)  # the SHA-256 of the report whose corrections changed
    failed = Signal(str)  # a correction could not be kept: why, in one line

    def __init__(self, library: sqlite3.Connection, user: sqlite3.Connection | None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.library = library
        self.user = user
        self.settings = keys.Settings()
        self.undo_stack = QUndoStack(self)

    # --- who corrects, for whom --------------------------------------------------------

    @property
    def scope(self) -> str:
        """ "own" (this member's copy) or "library" (the secretary's, for every member)."""
        return self.settings.get(keys.CORRECTIONS_SCOPE)

    def set_scope(self, scope: str) -> None:
        self.settings.set(keys.CORRECTIONS_SCOPE, "library" if scope == "library" else "own")

    @property
    def author(self) -> str:
        name = self.settings.get(keys.CORRECTIONS_AUTHOR)
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return ""

    def set_author(self, name: str) -> None:
        self.settings.set(keys.CORRECTIONS_AUTHOR, " ".join(name.split())[:200])

    # --- reading --------------------------------------------------------------------------

    def set_library(self, conn: sqlite3.Connection) -> None:
        """After a library update: the steps of the old library cannot be undone here."""
        self.library = conn
        self.undo_stack.clear()

    def own(self) -> list[Correction]:
        try:
            return storage.load(self.user, "own") if self.user is not None else []
        except sqlite3.Error:
            return []

    def review(self, report_id: int) -> Review | None:
        return build_review(self.library, report_id, self.own())

    def report_id(self, sha256: str) -> int | None:
        from desktop.store import queries

        found = next((r for r in queries.list_reports(self.library) if r.sha256 == sha256), None)
        return found.id if found is not None else None

    # --- changing: each one step of the undo stack ------------------------------------

    def save(self, correction: Correction) -> None:
        """Keep a correction and apply it (it replaces one of the same thing)."""
        self.undo_stack.push(_Save(self, correction))

    def withdraw(self, correction: Correction) -> None:
        """Take a correction back: the report reads as extracted (or as the other's)."""
        self.undo_stack.push(_Withdraw(self, correction))

    def _file(self, correction: Correction) -> sqlite3.Connection:
        if correction.origin == "library":
            return self.library
        if self.user is None:
            raise NamndlasarenError("dina anteckningar (user.db) kan inte öppnas")
        return self.user

    def _put(self, correction: Correction) -> Correction | None:
        previous = storage.put(self._file(correction), correction)
        self._apply(correction.report_sha256)
        return previous

    def _delete(self, correction: Correction) -> None:
        storage.delete(self._file(correction), correction.uuid)
        self._apply(correction.report_sha256)

    def _apply(self, sha256: str) -> None:
        apply_corrections(self.library, self.user)
        self.changed.emit(sha256)


class _Save(QUndoCommand):
    def __init__(self, model: CorrectionsModel, correction: Correction) -> None:
        super().__init__(describe(correction))
        self.model = model
        self.correction = correction
        self.previous: Correction | None = None

    def redo(self) -> None:
        try:
            self.previous = self.model._put(self.correction)
        except (sqlite3.Error, NamndlasarenError) as exc:
            self.setObsolete(True)
            self.model.failed.emit(" ".join(str(exc).split()))

    def undo(self) -> None:
        if self.previous is not None:
            self.model._put(self.previous)
        else:
            self.model._delete(self.correction)


class _Withdraw(QUndoCommand):
    def __init__(self, model: CorrectionsModel, correction: Correction) -> None:
        super().__init__(describe(correction))
        self.model = model
        self.correction = correction

    def redo(self) -> None:
        try:
            self.model._delete(self.correction)
        except (sqlite3.Error, NamndlasarenError) as exc:
            self.setObsolete(True)
            self.model.failed.emit(" ".join(str(exc).split()))

    def undo(self) -> None:
        self.model._put(self.correction)

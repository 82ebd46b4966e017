"""The one annotations model every view reads: notes panel, meeting tab, reader, goal view.

A QObject over desktop.annotate. Views read through it and change through it; it emits
`changed` after any change to an annotation and `meetings_changed` after a new meeting,
so no view refreshes another by hand. Every write of user.db from the UI goes through
here (desktop.annotate.saving.NoteStore underneath): when user.db refuses a write the
text stays in memory and on screen, `saving_changed` fires with the reason, a rescue
copy is written, and writing is retried every few seconds.

Removing an annotation and changing its colour, status or meeting can be undone
(`undo_stack`); the member's typing is undone in the text field itself.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.annotate import notes
from desktop.annotate.annotation_file import Progress
from desktop.annotate.in_report import note_hits
from desktop.annotate.kinds import kind_label
from desktop.annotate.saving import FULL, GONE, READ_ONLY, NoteStore, NotSaved
from desktop.store import queries
from desktop.store.search import ReportHits

if TYPE_CHECKING:
    from desktop.annotate.web_annotation import ImportResult

RETRY_MS = 3000
RESCUE_DELAY_MS = 400  # a burst of keystrokes writes one rescue copy, not one per key


class AnnotationsModel(QObject):
    changed = Signal()
    meetings_changed = Signal()
    saving_changed = Signal()  # a write failed, or everything is saved again

    def __init__(self, store: NoteStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.rescue_path: Path | None = None
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry)
        self._rescue = QTimer(self)
        self._rescue.setSingleShot(True)
        self._rescue.setInterval(RESCUE_DELAY_MS)
        self._rescue.timeout.connect(self.write_rescue)
        if store.problem is not None:
            self._retry.start()

    @property
    def user(self) -> sqlite3.Connection:
        """The connection to user.db (reads; writes go through this model)."""
        return self.store.conn

    # --- reading --------------------------------------------------------------------------

    def _seen(self, found: list[notes.Annotation], keep: Callable[[notes.Annotation], bool]
              ) -> list[notes.Annotation]:  # fmt: skip
        """Annotations as the member left them: unsaved changes applied, unsaved ones added."""
        unsaved = self.store.unsaved
        out = [a for a in (unsaved.apply(a) for a in found) if a is not None and keep(a)]
        return out + [a for a in unsaved.new_annotations() if keep(a)]

    def _read(self, job: Callable[[sqlite3.Connection], Any], default: Any) -> Any:
        try:
            return job(self.store.conn)
        except sqlite3.Error:
            return default

    def get(self, annotation_id: int) -> notes.Annotation | None:
        annotation_id = self.store.resolve(annotation_id)
        if annotation_id in self.store.unsaved.new:
            return notes.from_row(self.store.unsaved.new[annotation_id], annotation_id)
        found = self._read(lambda c: notes.get(c, annotation_id), None)
        return self.store.unsaved.apply(found) if found is not None else None

    def for_report(self, sha256: str) -> list[notes.Annotation]:
        found = self._read(lambda c: notes.for_report(c, sha256), [])
        return self._seen(found, lambda a: a.report_sha256 == sha256)

    def all(self, meeting_id: int | None = None) -> list[notes.Annotation]:
        """Every annotation (or a meeting's), in the member's order."""
        found = self._read(lambda c: notes.all_annotations(c), [])
        seen = self._seen(found, lambda a: meeting_id is None or a.meeting_id == meeting_id)
        return sorted(seen, key=lambda a: (a.id < 0, a.position, a.id))

    def for_goal(self, sha256: str, goal_title: str) -> list[notes.Annotation]:
        """Notes on a goal as a whole or on its KPIs, and passages quoted from its analysis."""
        return [a for a in self.for_report(sha256) if a.goal_title == goal_title]

    def by_uuid(self, uuids: Collection[str]) -> dict[str, notes.Annotation]:
        """Those of these annotation ids ('urn:uuid:…') that exist, as the member left them."""
        wanted = set(uuids)
        return {a.uuid: a for a in self.all() if a.uuid in wanted} if wanted else {}

    def orphans(self) -> list[notes.Annotation]:
        return [a for a in self.all() if a.orphaned]

    def meetings(self) -> list[tuple[int, str, str]]:
        return self._read(notes.meetings, [])

    def note_hits(self, library: sqlite3.Connection, text: str,
                  report_id: int | None) -> list[ReportHits]:  # fmt: skip
        return self._read(lambda c: note_hits(c, library, text, report_id), [])

    # --- the member's text: kept even when user.db refuses it ---------------------------

    def add(self, report: queries.ReportRow, kind: str, colour: str = "gul",
            **where: Any) -> int:  # fmt: skip
        """A new highlight, note or question; a highlight can be undone."""
        row = notes.new_row(report, kind, colour=colour or "gul", **where)
        if kind == "highlight":
            command = _Add(self, row, self.tr("Markera"))
            self.undo_stack.push(command)
            return command.annotation_id
        annotation_id = self.store.add(row)
        self._after_write()
        return annotation_id

    def update(self, annotation_id: int, **changes: Any) -> None:
        """The member typed (body, answer): written at once, kept in memory if it cannot be."""
        self.store.update(annotation_id, **changes)
        self._after_write()

    def change(self, annotation_id: int, text: str = "", **changes: Any) -> None:
        """A change the member can undo: colour, status, kind or meeting."""
        before = self.get(annotation_id)
        if before is None:
            return
        old = {key: getattr(before, key) for key in changes}
        if old == changes:
            return
        self.undo_stack.push(_Change(self, annotation_id, old, changes, text or self.tr("Ändra")))

    def change_many(self, ids: list[int], text: str, **changes: Any) -> None:
        """One undoable step for several annotations (e.g. adding them to a meeting)."""
        self.undo_stack.beginMacro(text)
        for annotation_id in ids:
            self.change(annotation_id, text, **changes)
        self.undo_stack.endMacro()

    def delete(self, annotation_id: int) -> None:
        """Remove an annotation; Redigera → Ångra puts it back."""
        annotation = self.get(annotation_id)
        if annotation is None:
            return
        text = self.tr("Ta bort {0}").format(kind_label(annotation.kind).lower())
        self.undo_stack.push(_Delete(self, annotation_id, text))

    def _after_write(self) -> None:
        self.changed.emit()
        self._saving_state()

    def _saving_state(self) -> None:
        if self.store.unsaved:
            self._rescue.start()
        if self.store.problem is not None and not self._retry.isActive():
            self._retry.start()
        self.saving_changed.emit()

    def retry(self) -> bool:
        """Try to write what is kept in memory; True when everything is saved."""
        had = bool(self.store.unsaved)
        saved = self.store.flush(reopen=True)
        if saved:
            self._retry.stop()
            self.rescue_path = None
        if had:
            self.changed.emit()
        self.saving_changed.emit()
        return saved

    def stop(self) -> None:
        """No more retrying (the window is closing)."""
        self._retry.stop()
        self._rescue.stop()

    def write_rescue(self) -> Path | None:
        """Write the unsaved text to the rescue copy now (also on closing)."""
        self._rescue.stop()
        self.rescue_path = self.store.write_rescue()
        return self.rescue_path

    @property
    def saved(self) -> bool:
        return self.store.saved

    def problem_text(self) -> str:
        """Why writing fails, in the member's words ('' when it does not)."""
        why = self.store.why()
        if not why:
            return ""
        return {
            FULL: self.tr("disken är full"),
            READ_ONLY: self.tr("filen eller mappen är skrivskyddad"),
            GONE: self.tr("filen går inte att nå (är disken eller USB-minnet borta?)"),
        }.get(why, self.tr("ett annat program använder filen"))

    # --- other writes: all or nothing, the member is told when they fail --------------

    def _run(self, job: Callable[[sqlite3.Connection], Any], *,
             own_transaction: bool = False) -> Any:  # fmt: skip
        try:
            return self.store.run(job, own_transaction=own_transaction)
        finally:
            self._saving_state()

    def add_meeting(self, title: str, date: str) -> int | None:
        try:
            meeting_id = int(self._run(lambda c: notes.add_meeting(c, title, date)))
        except NotSaved:
            return None
        self.meetings_changed.emit()
        return meeting_id

    def reorder(self, ordered_ids: list[int]) -> bool:
        ids = [self.store.resolve(i) for i in ordered_ids if i > 0 or i in self.store.renamed]
        try:
            self._run(lambda c: notes.reorder(c, ids))
        except NotSaved:
            self.changed.emit()  # the views show the order user.db still has
            return False
        self.changed.emit()
        return True

    def reattach(self, annotation_id: int, report: queries.ReportRow,
                 section: queries.SectionRow, start: int, end: int) -> bool:  # fmt: skip
        try:
            self._run(lambda c: notes.reattach(c, annotation_id, report, section, start, end))
        except NotSaved:
            return False
        self.changed.emit()
        return True

    def reanchor_all(self, library: sqlite3.Connection, ids: list[int] | None = None,
                     progress: Progress | None = None) -> notes.ReanchorReport:  # fmt: skip
        """Place every annotation (or `ids`) in the library as it is now (after an update
        or import)."""
        try:
            report = self._run(
                lambda c: notes.reanchor_all(c, library, ids, progress), own_transaction=True
            )
        except NotSaved:
            report = notes.ReanchorReport()
        self.changed.emit()
        return report

    def import_file(self, path: Path, progress: Progress | None = None,
                    library: sqlite3.Connection | None = None) -> ImportResult:  # fmt: skip
        """Annotations from a Web Annotation file; raises NamndlasarenError (the file) or
        NotSaved (user.db). Nothing is written unless the whole file could be read."""
        from desktop.annotate.web_annotation import import_annotations

        result: ImportResult = self._run(
            lambda c: import_annotations(c, path, progress, library), own_transaction=True
        )
        self.meetings_changed.emit()
        self.changed.emit()
        return result

    def export_collection(self) -> dict[str, Any]:
        from desktop.annotate.web_annotation import export_collection

        return export_collection(self.store.conn)


class _Add(QUndoCommand):
    """A new highlight: undo removes it, redo puts the same one back."""

    def __init__(self, model: AnnotationsModel, row: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.annotation_id = 0

    def redo(self) -> None:
        self.annotation_id = self.model.store.add(self.row)
        self.row = self.model.store.row(self.annotation_id) or self.row
        self.model._after_write()

    def undo(self) -> None:
        self.model.store.delete(self.annotation_id)
        self.model._after_write()


class _Delete(QUndoCommand):
    """Remove an annotation; undo puts it back with its id, text, place and meeting."""

    def __init__(self, model: AnnotationsModel, annotation_id: int, text: str) -> None:
        super().__init__(text)
        self.model, self.annotation_id = model, annotation_id
        self.row: dict[str, Any] | None = None

    def redo(self) -> None:
        self.row = self.model.store.delete(self.annotation_id)
        self.model._after_write()

    def undo(self) -> None:
        if self.row is not None:
            self.annotation_id = self.model.store.put_back(self.row)
            self.model._after_write()


class _Change(QUndoCommand):
    def __init__(self, model: AnnotationsModel, annotation_id: int, old: dict[str, Any],
                 new: dict[str, Any], text: str) -> None:  # fmt: skip
        super().__init__(text)
        self.model, self.annotation_id, self.old, self.new = model, annotation_id, old, new

    def redo(self) -> None:
        self.model.store.update(self.annotation_id, **self.new)
        self.model._after_write()

    def undo(self) -> None:
        self.model.store.update(self.annotation_id, **self.old)
        self.model._after_write()

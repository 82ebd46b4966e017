"""Annotations in the main window: the notes panel, the meeting tab, print and PDF, files.

The main window creates one controller; it owns the connection to user.db and connects
the reader's and the goal view's "annotate this" requests to the domain code in
desktop.annotate. Everything a member writes goes to user.db at once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from desktop.annotate import notes
from desktop.annotate.in_report import find_quote, marks, note_hits, source_line
from desktop.errors import NamndlasarenError
from desktop.store import queries
from desktop.store.userdb import open_user_db
from desktop.ui.notes_panel import NotesPanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class AnnotationsController(QObject):
    def __init__(self, window: MainWindow, user: sqlite3.Connection | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.user = user or open_user_db()
        self.panel = NotesPanel(self.user)
        self.panel.annotation_activated.connect(self.show_annotation)
        self.panel.changed.connect(self.refresh_marks)
        self.panel.orphan_button.clicked.connect(self.show_orphans)
        self.dock = window._dock(
            self.tr("Mina anteckningar"), "notes", self.panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.reader.annotate_requested.connect(self.annotate_selection)
        window.search.note_search = lambda text, scope: note_hits(
            self.user, self.window.conn, text, scope
        )
        self._menu_actions()

    # --- what the member does ------------------------------------------------------------

    def annotate_selection(self, kind: str, colour: str = "") -> int | None:
        """Highlight, note or question on the reader's selection; returns the new id."""
        selected = self.window.reader.selected_text()
        report = self._open_report()
        if selected is None or report is None:
            self.window.statusBar().showMessage(self.tr("Markera först text i rapporten."), 4000)
            return None
        section_id, start, end, _quote = selected
        section = next(
            s for s in queries.report_sections(self.window.conn, report.id) if s.id == section_id
        )
        return self._add(report, kind, colour, section=section, start=start, end=end)

    def annotate_goal_text(self, kind: str, colour: str, quote: str) -> int | None:
        """Words selected in the goal view's analysis, placed in the report's text."""
        goal_view = self.window._lazy_tabs.get("goal")
        goal = queries.get_goal(self.window.conn, goal_view.goal_id) if goal_view else None  # type: ignore[attr-defined]
        if goal is None:
            return None
        return self._annotate_quote(kind, colour, quote, goal.report_id, goal.section_id,
                                    goal.title)  # fmt: skip

    def annotate_section_text(
        self, kind: str, colour: str, quote: str, section_id: int
    ) -> int | None:
        """Words selected in a section excerpt of the comparison view."""
        report_id = queries.section_report(self.window.conn, section_id)
        if report_id is None:
            return None
        return self._annotate_quote(kind, colour, quote, report_id, section_id)

    def _annotate_quote(self, kind: str, colour: str, quote: str, report_id: int,
                        section_id: int | None, goal_title: str | None = None) -> int | None:  # fmt: skip
        report = queries.get_report(self.window.conn, report_id)
        sections = queries.report_sections(self.window.conn, report_id)
        found = find_quote(sections, quote, section_id) if report else None
        if report is None or found is None:
            self.window.statusBar().showMessage(
                self.tr("Texten kunde inte hittas i rapporten."), 4000
            )
            return None
        section, start, end = found
        return self._add(report, kind, colour, section=section, start=start, end=end,
                         goal_title=goal_title)  # fmt: skip

    def annotate_goal(self, goal_id: int, kpi_name: str | None = None) -> int | None:
        """A note on a goal as a whole, or on one of its KPIs (both go into the summary)."""
        goal = queries.get_goal(self.window.conn, goal_id)
        report = queries.get_report(self.window.conn, goal.report_id) if goal else None
        if goal is None or report is None:
            return None
        return self._add(report, "note", "", goal_title=goal.title, kpi_name=kpi_name)

    def _add(self, report: queries.ReportRow, kind: str, colour: str, **where: object) -> int:
        annotation_id = notes.add(self.user, report, kind, colour=colour or "gul",
                                  **where)  # type: ignore[arg-type]  # fmt: skip
        self.dock.show()
        self.dock.raise_()
        self.panel.show_report(report.sha256)
        self.refresh_marks()
        if kind != "highlight":
            self.panel.edit(annotation_id)
        self._refresh_meeting_view()
        return annotation_id

    def show_annotation(self, annotation_id: int) -> None:
        annotation = notes.get(self.user, annotation_id)
        if annotation is None:
            return
        report = next((r for r in queries.list_reports(self.window.conn)
                       if r.sha256 == annotation.report_sha256), None)  # fmt: skip
        if report is None:
            return
        if annotation.goal_title and not annotation.exact:
            goal = next((g for g in queries.report_goals(self.window.conn, report.id)
                         if g.title == annotation.goal_title), None)  # fmt: skip
            if goal is not None:
                self.window.open_report(report.id)
                self.window.show_goal(goal.id)
            return
        self.window.tabs.setCurrentIndex(0)
        if self.window.reader.report_id != report.id:
            self.window.open_report(report.id)
        QTimer.singleShot(0, lambda: self.window.reader.scroll_to_mark(annotation_id))

    # --- keeping views in step ------------------------------------------------------------

    def _open_report(self) -> queries.ReportRow | None:
        report_id = self.window.reader.report_id
        return queries.get_report(self.window.conn, report_id) if report_id else None

    def on_report_opened(self, report_id: int) -> None:
        report = queries.get_report(self.window.conn, report_id)
        self.panel.show_report(report.sha256 if report else None)
        self.refresh_marks()

    def refresh_marks(self) -> None:
        report = self._open_report()
        if report is None:
            return
        sections = queries.report_sections(self.window.conn, report.id)
        self.window.reader.set_marks(marks(sections, notes.for_report(self.user, report.sha256)))

    def after_library_change(
        self, ids: list[int] | None = None, progress: Callable[[int, int, str], None] | None = None
    ) -> notes.ReanchorReport:
        """The library was replaced or re-imported: place every annotation (or `ids`) again."""
        report = notes.reanchor_all(self.user, self.window.conn, ids, progress)
        if report.orphaned:
            self.window.statusBar().showMessage(report.summary_line(), 8000)
        current = self._open_report()
        self.panel.show_report(current.sha256 if current else None)
        self.refresh_marks()
        return report

    def _refresh_meeting_view(self) -> None:
        view = self.window._lazy_tabs.get("meeting")
        if view is not None:
            view.reload_meetings()  # type: ignore[attr-defined]

    def meeting_view(self) -> QWidget:
        from desktop.ui.meeting_view import MeetingView

        view = MeetingView(self.user, lambda a: source_line(self.window.conn, a))
        view.print_requested.connect(self.print_summary)
        view.pdf_requested.connect(self.save_summary_pdf)
        view.annotation_activated.connect(self.show_annotation)
        return view

    def connect_compare_view(self, compare_view: QWidget) -> None:
        compare_view.goal_note_requested.connect(self.annotate_goal)  # type: ignore[attr-defined]
        compare_view.annotate_text_requested.connect(self.annotate_section_text)  # type: ignore[attr-defined]

    def connect_goal_view(self, goal_view: QWidget) -> None:
        goal_view.goal_note_requested.connect(self.annotate_goal)  # type: ignore[attr-defined]
        goal_view.kpi_note_requested.connect(self.annotate_goal)  # type: ignore[attr-defined]
        goal_view.annotate_text_requested.connect(self.annotate_goal_text)  # type: ignore[attr-defined]

    # --- File menu: print, PDF, moving annotations --------------------------------------

    def _menu_actions(self) -> None:
        menu = self.window.file_menu
        before = self.window.quit_action
        add = self.window._action
        menu.insertAction(before, add(self.tr("Skriv &ut sammanfattning…"), self.print_summary,
                                      QKeySequence.StandardKey.Print))  # fmt: skip
        menu.insertAction(before, add(self.tr("Spara sammanfattning som &PDF…"),
                                      self.save_summary_pdf, "Ctrl+Shift+P"))  # fmt: skip
        menu.insertSeparator(before)
        menu.insertAction(before, add(self.tr("&Exportera anteckningar…"), self.export_annotations))
        menu.insertAction(before, add(self.tr("I&mportera anteckningar…"), self.import_annotations))
        menu.insertSeparator(before)
        view = self.window.view_menu
        view.addSeparator()
        view.addAction(self.dock.toggleViewAction())
        annotate_menu = QMenu(self.tr("&Anteckna"), self.window)
        self.window.menuBar().insertMenu(self.window.view_menu.menuAction(), annotate_menu)
        annotate_menu.addAction(add(self.tr("&Markera"), lambda: self.annotate_selection("highlight", "gul"),
                                    "Ctrl+Shift+H"))  # fmt: skip
        annotate_menu.addAction(add(self.tr("&Anteckning…"), lambda: self.annotate_selection("note"),
                                    "Ctrl+Shift+N"))  # fmt: skip
        annotate_menu.addAction(add(self.tr("&Fråga till förvaltningen…"),
                                    lambda: self.annotate_selection("question"), "Ctrl+Shift+Q"))  # fmt: skip
        annotate_menu.addSeparator()
        annotate_menu.addAction(
            add(self.tr("Anteckningar som inte kunde &placeras…"), self.show_orphans)
        )

    def _meeting_for_summary(self, meeting_id: object = False) -> int | None:
        if meeting_id is not False and (meeting_id is None or isinstance(meeting_id, int)):
            return meeting_id
        view = self.window._lazy_tabs.get("meeting")
        return view.meeting_id() if view is not None else None  # type: ignore[attr-defined]

    def print_summary(self, meeting_id: object = False) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.export.summary_pdf import print_summary

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Skriv ut sammanfattning"))
        if dialog.exec():
            pages = print_summary(printer, self._meeting_for_summary(meeting_id), self.user,
                                  self.window.conn)  # fmt: skip
            self.window.statusBar().showMessage(
                self.tr("{0} sidor skickade till skrivaren").format(pages), 5000
            )

    def save_summary_pdf(self, meeting_id: object = False, path: Path | None = None) -> Path | None:
        from desktop.export.summary_pdf import write_summary_pdf

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Spara sammanfattning som PDF"),
                str(Path.home() / self.tr("Inför mötet.pdf")), self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            pages = write_summary_pdf(path, self._meeting_for_summary(meeting_id), self.user,
                                      self.window.conn)  # fmt: skip
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte spara"), f"{path}: {exc}")
            return None
        self.window.statusBar().showMessage(
            self.tr("Sammanfattningen ({0} sidor) är sparad i {1}").format(pages, path), 8000
        )
        return path

    def export_annotations(self, path: Path | None = None) -> Path | None:
        import json

        from desktop.annotate.web_annotation import export_collection

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Exportera anteckningar"),
                str(Path.home() / "namndlasaren-anteckningar.json"), self.tr("JSON (*.json)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        collection = export_collection(self.user)
        try:
            path.write_text(json.dumps(collection, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte spara"), f"{path}: {exc.strerror}")
            return None
        self.window.statusBar().showMessage(
            self.tr("{0} anteckningar exporterade till {1}").format(collection["total"], path), 8000
        )
        return path

    def import_annotations(self, path: Path | None = None) -> tuple[int, int] | None:
        from desktop.annotate.web_annotation import import_annotations

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Importera anteckningar"), str(Path.home()),
                self.tr("Anteckningar (*.json *.jsonld)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        progress = QProgressDialog(self.tr("Läser anteckningarna…"), "", 0, 0, self.window)
        progress.setCancelButton(None)  # nothing is written until the whole file is read
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def on_progress(done: int, total: int, _name: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QCoreApplication.processEvents()

        try:
            result = import_annotations(self.user, path, on_progress, library=self.window.conn)
        except NamndlasarenError as exc:
            progress.close()
            QMessageBox.warning(
                self.window, self.tr("Filen kunde inte läsas"),
                self.tr("{0}\n\nInga anteckningar importerades.").format(exc),
            )  # fmt: skip
            return None
        progress.setLabelText(self.tr("Placerar anteckningarna i rapporterna…"))
        self.after_library_change(result.added, on_progress)
        progress.close()
        self._refresh_meeting_view()
        lines = [
            self.tr("{0} anteckningar importerades, {1} fanns redan.").format(
                len(result.added), result.existing
            )
        ]
        if result.skipped:
            lines.append(
                self.tr("{0} kunde inte användas och hoppades över:").format(len(result.skipped))
            )
            lines += [f"• {skipped.line()}" for skipped in result.skipped[:10]]
            if len(result.skipped) > 10:
                lines.append(self.tr("… och {0} till.").format(len(result.skipped) - 10))
        QMessageBox.information(self.window, self.tr("Anteckningar importerade"), "\n".join(lines))
        return len(result.added), result.existing

    def show_orphans(self) -> None:
        from desktop.ui.orphans_dialog import OrphansDialog

        dialog = OrphansDialog(self.user, self, self.window)
        dialog.exec()
        current = self._open_report()
        self.panel.show_report(current.sha256 if current else None)
        self.refresh_marks()

    def reattach(self, annotation_id: int) -> bool:
        """Put an orphaned annotation on the passage selected in the reader."""
        selected = self.window.reader.selected_text()
        report = self._open_report()
        if selected is None or report is None:
            return False
        section = next(s for s in queries.report_sections(self.window.conn, report.id)
                       if s.id == selected[0])  # fmt: skip
        notes.reattach(self.user, annotation_id, report, section, selected[1], selected[2])
        return True

"""Annotations in the main window: the notes panel, the meeting tab, print and PDF, files.

The main window creates one controller. It owns the annotations model (the one place
that writes user.db from the UI) and wires the reader's, goal view's and comparison's
"annotate this" requests to it, through the window's public surface only. It also tells
the member when their notes cannot be saved, offers back text a previous run could not
save, and keeps the window from closing on unsaved text without asking.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.annotate.in_report import find_quote, marks, source_line
from desktop.annotate.kinds import HIGHLIGHT_COLOURS, colour_label
from desktop.annotate.saving import NotSaved, Rescue, find_rescue, open_store
from desktop.errors import NamndlasarenError
from desktop.store import queries
from desktop.ui.annotations_model import AnnotationsModel
from desktop.ui.banner import WARNING, Banner
from desktop.ui.notes_panel import NotesPanel, swatch
from desktop.ui.plain import count

if TYPE_CHECKING:
    import sqlite3

    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from desktop.annotate.annotation_file import Progress
    from desktop.annotate.notes import ReanchorReport
    from desktop.ui.main_window import MainWindow


class AnnotationsController(QObject):
    def __init__(self, window: MainWindow, user: sqlite3.Connection | None = None) -> None:
        super().__init__(window)
        self.window = window
        from desktop.annotate.saving import NoteStore

        store = NoteStore(user, None) if user is not None else open_store()
        self.model = AnnotationsModel(store, self)
        self.panel = NotesPanel(self.model)
        self.panel.annotation_activated.connect(self.show_annotation)
        self.panel.orphan_button.clicked.connect(self.show_orphans)
        self.dock = window.add_dock(
            "notes", self.tr("Mina anteckningar"), self.panel, Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.reader.annotate_requested.connect(self.annotate_selection)
        window.search.note_search = lambda text, scope: self.model.note_hits(
            self.window.conn, text, scope
        )
        self.model.changed.connect(self.refresh_marks)
        self.model.saving_changed.connect(self.on_saving_changed)
        self.saving_banner = Banner()
        self.saving_banner.add_button("retry", self.tr("Försök igen"), self.model.retry)
        window.add_banner(self.saving_banner)
        self.rescue_banner = Banner(WARNING)
        self.rescue_banner.add_button("restore", self.tr("Återställ texten"), self.restore_rescue)
        self.rescue_banner.add_button("show", self.tr("Visa texten"), self.show_rescue)
        self.rescue_banner.add_button("discard", self.tr("Släng"), self.discard_rescue)
        window.add_banner(self.rescue_banner)
        self.rescue: Rescue | None = None
        self._menu_actions()
        self.on_saving_changed()
        self.offer_rescue()

    @property
    def user(self) -> sqlite3.Connection:
        """user.db, for reading (writes go through `model`)."""
        return self.model.user

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
        goal_view = self.window.tab("goal")
        goal_id = goal_view.goal_id if goal_view is not None else None  # type: ignore[attr-defined]
        goal = queries.get_goal(self.window.conn, goal_id) if goal_id is not None else None
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
        annotation_id = self.model.add(report, kind, colour or "gul", **where)
        self.dock.show()
        self.dock.raise_()
        if self.panel.report_sha != report.sha256:
            self.panel.show_report(report.sha256)
        if kind != "highlight":
            self.panel.edit(annotation_id)
        return annotation_id

    def show_annotation(self, annotation_id: int) -> None:
        annotation = self.model.get(annotation_id)
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
        self.window.show_tab("reader")
        if self.window.reader.report_id != report.id:
            self.window.open_report(report.id)
        QTimer.singleShot(0, self.window.reader, lambda: self._scroll_to(annotation.id))

    def _scroll_to(self, annotation_id: int) -> None:
        if self.window.reader.scroll_to_mark(annotation_id):
            self.window.original.follow_spot()

    # --- keeping the reader in step -------------------------------------------------------

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
        self.window.reader.set_marks(marks(sections, self.model.for_report(report.sha256)))

    def after_library_change(
        self, ids: list[int] | None = None, progress: Progress | None = None
    ) -> ReanchorReport:
        """The library was replaced or re-imported: place every annotation (or `ids`) again."""
        report = self.model.reanchor_all(self.window.conn, ids, progress)
        if report.orphaned:
            self.window.statusBar().showMessage(report.summary_line(), 8000)
        return report

    # --- notes that cannot be saved ---------------------------------------------------

    def on_saving_changed(self) -> None:
        problem = self.model.problem_text()
        if not problem:
            self.saving_banner.hide()
            return
        text = self.tr(
            "Dina anteckningar kan inte sparas: {0}. Det du skriver finns kvar här och sparas "
            "så snart det går."
        ).format(problem)
        path = self.model.rescue_path
        if path is not None:
            text += " " + self.tr("En kopia finns i {0}.").format(path)
        self.saving_banner.show_text(text)

    def ready_to_close(self) -> bool:
        """True when the window may close: all saved, or the member chose to close anyway."""
        while not self.model.saved:
            if self.model.retry():
                return True
            path = self.model.write_rescue()
            answer = self.ask_close_unsaved(path)
            if answer == "close":
                return True
            if answer == "cancel":
                return False
        return True

    def close(self) -> None:
        """The window closed: let go of user.db (all is saved, or the member chose so)."""
        self.model.stop()
        self.model.store.close()

    def ask_close_unsaved(self, rescue: Path | None) -> str:
        """'retry', 'close' or 'cancel': the member's answer to closing with unsaved text."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Anteckningar som inte är sparade"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr("Dina anteckningar kunde inte sparas: {0}.").format(
            self.model.problem_text()
        )
        if rescue is not None:
            text += "\n\n" + self.tr(
                "En kopia av det du skrivit finns i {0} och erbjuds nästa gång du startar "
                "Nämndläsaren."
            ).format(rescue)
        else:
            text += "\n\n" + self.tr(
                "Ingen kopia kunde sparas heller. Stänger du nu försvinner det du skrivit."
            )
        box.setText(text)
        retry = box.addButton(self.tr("Försök igen"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(self.tr("Stäng ändå"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "close" if clicked is close else "cancel"

    def offer_rescue(self) -> None:
        """Text a previous run could not save: offer it back, persistently, until answered."""
        self.rescue = find_rescue(self.model.store.path)
        if self.rescue is None or not len(self.rescue):
            self.rescue_banner.hide()
            return
        self.rescue_banner.show_text(
            count(len(self.rescue),
                  self.tr("Det finns {0} ändring i dina anteckningar som inte kunde sparas förra "
                          "gången. Vill du återställa den?"),
                  self.tr("Det finns {0} ändringar i dina anteckningar som inte kunde sparas förra "
                          "gången. Vill du återställa dem?"))
        )  # fmt: skip

    def restore_rescue(self) -> None:
        if self.rescue is None:
            return
        self.model.store.restore(self.rescue)
        self.model._after_write()
        if self.model.saved:
            self.rescue.path.unlink(missing_ok=True)
            self.rescue = None
            self.rescue_banner.hide()
            self.window.statusBar().showMessage(self.tr("Texten är återställd och sparad."), 8000)

    def show_rescue(self) -> None:
        if self.rescue is None:
            return
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Text som inte sparades"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n\n".join(self.rescue.texts()) or self.tr("(bara ändrade inställningar)"))
        box.setInformativeText(self.tr("Kopian finns i {0}.").format(self.rescue.path))
        box.exec()

    def discard_rescue(self) -> None:
        if self.rescue is None:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Släng texten"),
            self.tr("Släng texten som inte kunde sparas förra gången? Det går inte att ångra."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.rescue.path.unlink(missing_ok=True)
            self.rescue = None
            self.rescue_banner.hide()

    # --- the views that show annotations ----------------------------------------------------

    def meeting_view(self) -> QWidget:
        from desktop.ui.meeting_view import MeetingView

        view = MeetingView(self.model, lambda a: source_line(self.window.conn, a))
        view.print_requested.connect(self.print_summary)
        view.preview_requested.connect(self.preview_summary)
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
        goal_view.annotation_activated.connect(self.show_annotation)  # type: ignore[attr-defined]

    # --- menus: print, PDF, moving annotations, undo ------------------------------------

    def _menu_actions(self) -> None:
        w = self.window
        quit_action = w.quit_action
        w.add_action("file", self.tr("&Förhandsgranska sammanfattning…"), self.preview_summary,
                     before=quit_action)  # fmt: skip
        w.add_action("file", self.tr("Skriv &ut sammanfattning…"), self.print_summary,
                     QKeySequence.StandardKey.Print, before=quit_action)  # fmt: skip
        w.add_action("file", self.tr("Spara sammanfattning som &PDF…"), self.save_summary_pdf,
                     "Ctrl+Shift+P", before=quit_action)  # fmt: skip
        w.menu("file").insertSeparator(quit_action)
        w.add_action("file", self.tr("&Exportera anteckningar…"), self.export_annotations,
                     before=quit_action)  # fmt: skip
        w.add_action("file", self.tr("I&mportera anteckningar…"), self.import_annotations,
                     before=quit_action)  # fmt: skip
        w.menu("file").insertSeparator(quit_action)

        stack = self.model.undo_stack
        undo = stack.createUndoAction(self, self.tr("Ångra"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("Gör om"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        w.menu("edit").addAction(undo)
        w.menu("edit").addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        annotate = w.menu("annotate")
        colours = annotate.addMenu(self.tr("&Markera"))
        for name, (_label, hex_colour) in HIGHLIGHT_COLOURS.items():
            action = colours.addAction(swatch(hex_colour), colour_label(name))
            action.triggered.connect(
                lambda _=False, c=name: self.annotate_selection("highlight", c)
            )
            if name == "gul":
                action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        w.add_action("annotate", self.tr("&Anteckning…"), lambda: self.annotate_selection("note"),
                     "Ctrl+Shift+N")  # fmt: skip
        w.add_action("annotate", self.tr("&Fråga till förvaltningen…"),
                     lambda: self.annotate_selection("question"), "Ctrl+Shift+Q")  # fmt: skip
        annotate.addSeparator()
        w.add_action("annotate", self.tr("Anteckningar som inte kunde &placeras…"),
                     self.show_orphans)  # fmt: skip

    def _meeting_for_summary(self, meeting_id: object = False) -> int | None:
        if meeting_id is not False and (meeting_id is None or isinstance(meeting_id, int)):
            return meeting_id
        view = self.window.tab("meeting")
        return view.meeting_id() if view is not None else None  # type: ignore[attr-defined]

    def summary(self, meeting_id: int | None):
        """The summary as the member left their notes, unsaved text included."""
        from desktop.export.summary import build_summary

        return build_summary(self.user, self.window.conn, meeting_id,
                             annotations=self.model.all())  # fmt: skip

    def summary_file_name(self, meeting_id: int | None) -> str:
        """'Inför Socialnämnden 15 december 2026-12-15.pdf': the meeting's name and date."""
        meeting = next((m for m in self.model.meetings() if m[0] == meeting_id), None)
        if meeting is None:
            return self.tr("Mina anteckningar inför mötet") + ".pdf"
        name = self.tr("Inför {0} {1}").format(meeting[1], meeting[2])
        return re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name).strip() + ".pdf"

    def print_summary(self, meeting_id: object = False) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.export.summary_pdf import paint_summary

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Skriv ut sammanfattning"))
        if dialog.exec():
            meeting = self._meeting_for_summary(meeting_id)
            pages = paint_summary(self.summary(meeting), printer)
            self.window.statusBar().showMessage(
                count(pages, self.tr("{0} sida skickad till skrivaren"),
                      self.tr("{0} sidor skickade till skrivaren")), 5000,
            )  # fmt: skip

    def preview_summary(self, meeting_id: object = False) -> QPrintPreviewDialog:
        """The summary as it will be printed, page by page, with a Print button."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop.export.summary_pdf import paint_summary, prepare_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer)
        meeting = self._meeting_for_summary(meeting_id)
        printer.setDocName(self.summary_file_name(meeting).removesuffix(".pdf"))
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Förhandsgranska sammanfattning"))
        dialog.paintRequested.connect(lambda p: paint_summary(self.summary(meeting), p))
        dialog.resize(900, 1000)
        dialog.open()
        return dialog

    def save_summary_pdf(self, meeting_id: object = False, path: Path | None = None) -> Path | None:
        from desktop.export.summary_pdf import save_pdf

        meeting = self._meeting_for_summary(meeting_id)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Spara sammanfattning som PDF"),
                str(Path.home() / self.summary_file_name(meeting)), self.tr("PDF (*.pdf)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            pages = save_pdf(path, self.summary(meeting))
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte spara"), f"{path}: {exc}")
            return None
        self.window.statusBar().showMessage(
            count(pages, self.tr("Sammanfattningen ({0} sida) är sparad i {1}"),
                  self.tr("Sammanfattningen ({0} sidor) är sparad i {1}")).replace("{1}", str(path)),
            8000,
        )  # fmt: skip
        return path

    def export_annotations(self, path: Path | None = None) -> Path | None:
        import json

        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Exportera anteckningar"),
                str(Path.home() / "namndlasaren-anteckningar.json"), self.tr("JSON (*.json)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        collection = self.model.export_collection()
        try:
            path.write_text(json.dumps(collection, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Kunde inte spara"), f"{path}: {exc.strerror}")
            return None
        self.window.statusBar().showMessage(
            count(collection["total"], self.tr("{0} anteckning exporterad till {1}"),
                  self.tr("{0} anteckningar exporterade till {1}")).replace("{1}", str(path)),
            8000,
        )  # fmt: skip
        return path

    def import_annotations(self, path: Path | None = None) -> tuple[int, int] | None:

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
            result = self.model.import_file(path, on_progress, self.window.conn)
        except NotSaved:
            progress.close()
            QMessageBox.warning(
                self.window, self.tr("Kunde inte spara"),
                self.tr("Anteckningarna kunde inte sparas: {0}. Inga anteckningar importerades.")
                .format(self.model.problem_text()),
            )  # fmt: skip
            return None
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

        OrphansDialog(self.model, self, self.window).exec()

    def reattach(self, annotation_id: int) -> bool:
        """Put an orphaned annotation on the passage selected in the reader."""
        selected = self.window.reader.selected_text()
        report = self._open_report()
        if selected is None or report is None:
            return False
        section = next(s for s in queries.report_sections(self.window.conn, report.id)
                       if s.id == selected[0])  # fmt: skip
        return self.model.reattach(annotation_id, report, section, selected[1], selected[2])

"""Corrections in the main window: where the review opens, and the views following them.

The window makes one CorrectionsController. It owns the CorrectionsModel, opens the
review (Granska rapporten) from the library's right-click menu, from Arkiv and from the
import's results, and when a correction changes what a report says it shows the library
again everywhere (the tree, the reader, the goal view, the comparison) and places the
notes again when a report was removed or brought back.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from desktop.store import queries
from desktop.ui.corrections_model import CorrectionsModel
from desktop.ui.library_model import REPORT_ID_ROLE
from desktop.ui.review_view import ReviewView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+G"


class ReviewWindow(QWidget):
    """The review in a window of its own, beside the main window."""

    def __init__(self, model: CorrectionsModel, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Granska rapporten"))
        self.view = ReviewView(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1400, 900)


class CorrectionsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        user = window.annotations.model.user if hasattr(window, "annotations") else None
        self.model = CorrectionsModel(window.conn, user, self)
        self.model.changed.connect(self.on_changed)
        self.review_window: ReviewWindow | None = None
        self._shas = {r.sha256 for r in queries.list_reports(window.conn)}
        self.action = window.add_action(
            "file",
            self.tr("&Granska rapporten…"),
            self.review_current,
            SHORTCUT,
            before=window.quit_action,
        )
        self.action.setToolTip(
            self.tr("Allt som lästes ut ur rapporten bredvid originalet, för att rätta det")
        )
        window.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.tree.customContextMenuRequested.connect(self.show_library_menu)

    # --- opening the review ----------------------------------------------------------

    def review_current(self) -> ReviewView | None:
        """Arkiv → Granska rapporten: the report being read."""
        report_id = self.window.reader.report_id
        return self.review(report_id) if report_id is not None else None

    def review(self, report_id: int) -> ReviewView:
        if self.review_window is None:
            self.review_window = ReviewWindow(self.model, self.window)
        self.review_window.view.show_report(report_id)
        was_open = self.review_window.isVisible()
        self.review_window.show()
        if was_open and QGuiApplication.platformName() != "offscreen":  # to the front again
            self.review_window.raise_()
            self.review_window.activateWindow()
        return self.review_window.view

    def review_sha(self, sha256: str) -> ReviewView | None:
        """From the import's results: the report imported with this content."""
        report_id = self.model.report_id(sha256)
        return self.review(report_id) if report_id is not None else None

    def show_library_menu(self, position: QPoint) -> QMenu | None:
        index = self.window.tree.indexAt(position)
        report_id = index.data(REPORT_ID_ROLE) if index.isValid() else None
        if report_id is None:
            return None
        menu = self.library_menu(int(report_id))
        menu.popup(self.window.tree.viewport().mapToGlobal(position))
        return menu

    def library_menu(self, report_id: int) -> QMenu:
        """The right-click menu of a report in the library."""
        menu = QMenu(self.window.tree)
        menu.addAction(self.tr("Granska rapporten…"), lambda: self.review(report_id))
        menu.addAction(
            self.tr("Ta bort ur biblioteket…"), lambda: self.review(report_id).on_remove_report()
        )
        return menu

    # --- the window follows the corrections -----------------------------------------------

    def set_library(self, conn: sqlite3.Connection) -> None:
        self.model.set_library(conn)
        self._shas = {r.sha256 for r in queries.list_reports(conn)}

    def on_changed(self, _sha256: str) -> None:
        window = self.window
        goal_view = window.tab("goal")
        goal_id = getattr(goal_view, "goal_id", None)
        report_id = window.reader.report_id
        window.reload_library()
        if report_id is not None and queries.get_report(window.conn, report_id) is not None:
            window.open_report(report_id)
            goal_view = window.tab("goal")
            if (
                goal_view is not None
                and goal_id is not None
                and queries.get_goal(window.conn, goal_id)
            ):
                goal_view.open_goal(goal_id)  # type: ignore[attr-defined]
        shas = {r.sha256 for r in queries.list_reports(window.conn)}
        if shas != self._shas:  # a report removed or brought back: its notes follow
            self._shas = shas
            window.annotations.after_library_change()

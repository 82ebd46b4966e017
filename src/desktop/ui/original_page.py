"""'Visa originalsidan': the page a passage, goal, KPI or annotation comes from, beside it.

The main window makes one OriginalPage. It owns the page view, in a panel on the right
(Visa → Paneler → Originalsidan), and opens it on what the member points at: the
reader's selection, search match, annotation or section (the menu action and its
shortcut, or the reader's right-click menu), a goal or a KPI in the goal view. While the
panel is open it follows the member's jumps (a section in the outline, a search result,
an annotation), so the printed page stays beside the text being read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop.store.pages import Place, ReportPages
from desktop.ui.page_view import PageView
from desktop.ui.reader import Spot

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+O"
PANEL_WIDTH = 560


class OriginalPage(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = PageView(window.conn)
        self.dock = window.add_dock(
            "page", self.tr("Originalsidan"), self.view, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dock.hide()
        self._placed = False
        self.action = window.add_action(
            "view", self.tr("Visa &originalsidan"), self.show_current, SHORTCUT
        )
        self.action.setToolTip(
            self.tr("Sidan i PDF-filen som det du läser kommer från, med stället markerat")
        )
        window.reader.original_requested.connect(self.show_spot)

    # --- what the member asks for ----------------------------------------------------

    def show_current(self) -> bool:
        """The action: the goal in the goal view when that is in front, else the reader's
        selection, match, annotation or section."""
        goal_view = self.window.tab("goal")
        if self.window.current_tab() == "goal" and goal_view is not None:
            goal_id = goal_view.goal_id  # type: ignore[attr-defined]
            if goal_id is not None:
                return self.show_goal(goal_id)
        return self.show_spot(self.window.reader.spot())

    def show_spot(self, spot: Spot | None) -> bool:
        report_id = self.window.reader.report_id
        if report_id is None:
            self.window.statusBar().showMessage(self.tr("Öppna en rapport först."), 5000)
            return False
        if spot is None:
            return self._open(report_id, lambda pages: None)
        if spot.goal_id is not None:
            return self.show_goal(spot.goal_id)
        if spot.table_id is not None:
            table_id, row, column = spot.table_id, spot.row, spot.column
            return self._open(report_id, lambda pages: pages.table_cell(table_id, row, column))
        if spot.section_id is not None and spot.start is not None and spot.end is not None:
            return self.show_passage(report_id, spot.section_id, spot.start, spot.end)
        if spot.section_id is not None:
            return self.show_section(report_id, spot.section_id)
        return self._open(report_id, lambda pages: None)

    def show_section(self, report_id: int, section_id: int) -> bool:
        return self._open(report_id, lambda pages: pages.section(section_id))

    def show_passage(self, report_id: int, section_id: int, start: int, end: int) -> bool:
        return self._open(report_id, lambda pages: pages.passage(section_id, start, end))

    def show_goal(self, goal_id: int) -> bool:
        from desktop.store import queries

        goal = queries.get_goal(self.window.conn, goal_id)
        if goal is None:
            return False
        return self._open(goal.report_id, lambda pages: pages.goal(goal_id))

    def show_kpi(self, kpi_id: int, report_id: int) -> bool:
        return self._open(report_id, lambda pages: pages.kpi(kpi_id))

    def show_annotation(self, annotation_id: int) -> bool:
        """An annotation of the report open in the reader, on its page."""
        reader = self.window.reader
        mark = next((m for m in reader.marks if m.annotation_id == annotation_id), None)
        if mark is None or reader.report_id is None:
            return False
        return self.show_passage(reader.report_id, mark.section_id, mark.start, mark.end)

    # --- following the member while the panel is open ------------------------------------

    @property
    def following(self) -> bool:
        return self.dock.isVisible()

    def follow_spot(self) -> None:
        if self.following:
            self.show_spot(self.window.reader.spot())

    def set_library(self) -> None:
        self.view.set_library(self.window.conn)

    # --- the panel -----------------------------------------------------------------------

    def _open(self, report_id: int, place: Callable[[ReportPages], Place | None]) -> bool:
        self._show_panel()
        pages = self.view.pages(report_id)
        if pages is None:  # the view says why: a text report, or the file is gone
            return False
        return self.view.show_place(report_id, place(pages))

    def _show_panel(self) -> None:
        if not self._placed:  # beside the notes, as a tab, and wide enough to read a page
            notes = self.window.docks.get("notes")
            if notes is not None and notes.isVisible() and not notes.isFloating():
                self.window.tabifyDockWidget(notes, self.dock)
            self._placed = True
            self.dock.show()
            self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.dock.show()
        self.dock.raise_()

"""The main window: library tree, reader with outline, goal view, comparison, overview, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop import APP_NAME, __version__, paths
from desktop.store import queries
from desktop.ui.library_model import REPORT_ID_ROLE, find_report_item, library_tree
from desktop.ui.reader import DEFAULT_POINT_SIZE, Reader
from desktop.ui.settings import app_settings

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ROLE = Qt.ItemDataRole.UserRole + 2


class MainWindow(QMainWindow):
    def __init__(self, conn: sqlite3.Connection, library_path: Path) -> None:
        super().__init__()
        self.conn = conn
        self.library_path = library_path
        self.settings = app_settings()
        self.setWindowTitle(APP_NAME)
        icon = paths.asset("icons", "namndlasaren.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)

        self.reader = Reader(conn)
        self.reader.set_point_size(
            int(str(self.settings.value("reader/point_size", DEFAULT_POINT_SIZE)))
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.reader, self.tr("Läs rapporten"))
        # The other views are built when first opened, so start-up pays only for the reader.
        self._lazy_tabs: dict[str, QWidget] = {}
        self.tab_keys = ["reader", "goal", "compare", "overview", "meeting"]
        for label in (
            self.tr("Mål och nyckeltal"),
            self.tr("Jämför år"),
            self.tr("Alla mål över åren"),
            self.tr("Mötesförberedelse"),
        ):
            self.tabs.addTab(QWidget(), label)
        self.tabs.currentChanged.connect(self.on_tab_changed)
        self.setCentralWidget(self.tabs)

        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.clicked.connect(self.on_tree_clicked)
        self.tree.activated.connect(self.on_tree_clicked)
        self._dock(self.tr("Bibliotek"), "library", self.tree, Qt.DockWidgetArea.LeftDockWidgetArea)

        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.itemClicked.connect(self.on_outline_clicked)
        self._dock(
            self.tr("Innehåll"), "outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea
        )

        from desktop.ui.search_panel import SearchPanel

        self.search = SearchPanel(conn)
        self.search.hit_activated.connect(self.on_search_hit)
        self.search_dock = self._dock(
            self.tr("Sök"), "search", self.search, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.search_dock.hide()

        self._menus()
        from desktop.ui.annotations_controller import AnnotationsController

        self.annotations = AnnotationsController(self)
        self.reload_library()
        self._restore()

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _action(
        self, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addAction(
            self._action(
                self.tr("&Importera rapporter…"), self.on_import, QKeySequence.StandardKey.Open
            )
        )
        file_menu.addAction(self._action(self.tr("&Uppdatera bibliotek…"), self.on_update_library))
        file_menu.addSeparator()
        self.file_menu = file_menu
        self.quit_action = self._action(
            self.tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit
        )
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        view_menu.addAction(
            self._action(
                self.tr("Zooma &in"), lambda: self.zoom(+1), QKeySequence.StandardKey.ZoomIn
            )
        )
        view_menu.addAction(
            self._action(
                self.tr("Zooma &ut"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
            )
        )
        view_menu.addAction(
            self._action(self.tr("&Återställ zoom"), lambda: self.zoom(0), "Ctrl+0")
        )
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(
                self.tr("&Sök i rapporten"), self.on_search_report, QKeySequence.StandardKey.Find
            )
        )
        view_menu.addAction(
            self._action(self.tr("Sök i &hela biblioteket"), self.on_search_library, "Ctrl+Shift+F")
        )
        view_menu.addSeparator()
        self._language_menu(view_menu)
        self.view_menu = view_menu

        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self._action(self.tr("&Om Nämndläsaren"), self.on_about))

    def _language_menu(self, view_menu) -> None:
        """Svenska / English, remembered and applied at the next start."""
        from desktop.ui.settings import ui_language

        menu = view_menu.addMenu(self.tr("S&pråk (gäller vid nästa start)"))
        group = QActionGroup(self)
        current = ui_language()
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(
                lambda _=False, c=code: self.settings.setValue("ui/language", c)
            )
            group.addAction(action)
            menu.addAction(action)

    # --- library and reader -------------------------------------------------------------

    def reload_library(self) -> None:
        reports = queries.list_reports(self.conn)
        self.tree.setModel(library_tree(reports))
        self.tree.expandAll()
        self.status_text = self.tr("{0} rapporter i biblioteket").format(len(reports))
        self.statusBar().showMessage(self.status_text)
        for key in list(self._lazy_tabs):  # views built on the old library are rebuilt on demand
            index = self.tab_keys.index(key)
            label = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, QWidget(), label)
            self.tabs.blockSignals(False)
            self._lazy_tabs.pop(key).deleteLater()

    def set_connection(self, conn: sqlite3.Connection) -> None:
        """Read from a new library (after an update) everywhere in the window."""
        self.conn = self.reader.conn = self.search.conn = conn
        self.reload_library()
        if self.reader.report_id is not None and queries.get_report(conn, self.reader.report_id):
            self.open_report(self.reader.report_id)

    def open_report(self, report_id: int, *, first_screen_only: bool = False) -> None:
        report = queries.get_report(self.conn, report_id)
        if report is None:
            return
        self.reader.show_report(report_id, first_screen_only=first_screen_only)
        self.annotations.on_report_opened(report_id)
        self.setWindowTitle(f"{APP_NAME} — {report.label}, {report.municipality}")
        self._fill_outline(report_id)
        item = find_report_item(self.tree.model(), report_id)  # type: ignore[arg-type]
        if item is not None:
            self.tree.setCurrentIndex(item.index())
        self.settings.setValue("reader/last_report", report_id)
        goal_view = self._lazy_tabs.get("goal")
        if goal_view is not None:
            goals = queries.report_goals(self.conn, report_id)
            if goals:
                goal_view.open_goal(goals[0].id)  # type: ignore[attr-defined]

    def _fill_outline(self, report_id: int) -> None:
        self.outline.clear()
        for section in queries.report_sections(self.conn, report_id):
            item = QTreeWidgetItem([section.heading])
            item.setData(0, SECTION_ROLE, section.id)
            self.outline.addTopLevelItem(item)
        goals = queries.report_goals(self.conn, report_id)
        if goals:
            from desktop.statuses import status_label

            root = QTreeWidgetItem([self.tr("Nämndens mål ({0})").format(len(goals))])
            for goal in goals:
                child = QTreeWidgetItem([f"{status_label(goal.status)}: {goal.title}"])
                child.setToolTip(0, goal.title)
                child.setData(0, GOAL_ROLE, goal.id)
                root.addChild(child)
            self.outline.insertTopLevelItem(0, root)
            root.setExpanded(True)

    def on_tree_clicked(self, index) -> None:
        report_id = index.data(REPORT_ID_ROLE)
        if report_id is not None:
            self.tabs.setCurrentIndex(0)
            self.open_report(int(report_id))

    def on_outline_clicked(self, item: QTreeWidgetItem) -> None:
        goal_id = item.data(0, GOAL_ROLE)
        section_id = item.data(0, SECTION_ROLE)
        if goal_id is not None:
            self.show_goal(int(goal_id))
        elif section_id is not None:
            self.tabs.setCurrentIndex(0)
            self.reader.scroll_to_section(int(section_id))

    def show_goal(self, goal_id: int) -> None:
        """Open a goal in the goal view: its analysis beside its KPIs over the years."""
        self.tabs.setCurrentIndex(1)
        self._tab("goal").open_goal(goal_id)  # type: ignore[attr-defined]

    def zoom(self, step: int) -> None:
        size = DEFAULT_POINT_SIZE if step == 0 else self.reader.point_size + step
        self.reader.set_point_size(size)
        self.settings.setValue("reader/point_size", self.reader.point_size)

    # --- the views behind the tabs, built when first opened -------------------------------

    def _tab(self, key: str) -> QWidget:
        if key not in self._lazy_tabs:
            if key == "goal":
                from desktop.ui.goal_view import GoalView

                widget: QWidget = GoalView(self.conn)
                widget.source_requested.connect(self.on_source_requested)  # type: ignore[attr-defined]
                self.annotations.connect_goal_view(widget)
            elif key == "compare":
                from desktop.ui.compare_view import CompareView

                widget = CompareView(self.conn)
                widget.goal_requested.connect(self.show_goal)
                self.annotations.connect_compare_view(widget)
            elif key == "meeting":
                widget = self.annotations.meeting_view()
            else:
                from desktop.ui.goals_overview import GoalsOverview

                widget = GoalsOverview(self.conn)
                widget.goal_requested.connect(self.show_goal)
            index = self.tab_keys.index(key)
            label = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            old = self.tabs.widget(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, label)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            if old is not None:
                old.deleteLater()
            self._lazy_tabs[key] = widget
            if key == "goal" and self.reader.report_id is not None:
                goals = queries.report_goals(self.conn, self.reader.report_id)
                if goals:
                    widget.open_goal(goals[0].id)  # type: ignore[attr-defined]
        return self._lazy_tabs[key]

    def on_tab_changed(self, index: int) -> None:
        if index > 0:
            self._tab(self.tab_keys[index])

    def on_source_requested(self, kpi_id: int, report_id: int) -> None:
        """A chart point was clicked: show the table it came from in its report."""
        section = queries.kpi_section(self.conn, kpi_id)
        self.tabs.setCurrentIndex(0)
        self.open_report(report_id)
        if section is not None:
            QTimer.singleShot(0, lambda: self.reader.scroll_to_section(section))

    # --- search, import, update -----------------------------------------------------------

    def on_search_report(self) -> None:
        self.search_dock.show()
        self.search.focus_search(self.reader.report_id)

    def on_search_library(self) -> None:
        self.search_dock.show()
        self.search.focus_search(None)

    def on_search_hit(self, kind: str, report_id: int, ref_id: int) -> None:
        if kind == "note":
            self.annotations.show_annotation(ref_id)
            return
        if kind == "goal":
            self.open_report(report_id)
            self.show_goal(ref_id)
            return
        self.tabs.setCurrentIndex(0)
        self.open_report(report_id)
        if kind == "section":
            QTimer.singleShot(0, lambda: self.reader.scroll_to_section(ref_id))
        elif kind == "kpi":
            section = queries.kpi_section(self.conn, ref_id)
            if section is not None:
                QTimer.singleShot(0, lambda: self.reader.scroll_to_section(section))

    def on_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Importera rapporter"),
            str(Path.home()),
            self.tr("Rapporter (*.txt *.pdf)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, files: list[Path]):
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.library_path, files, self)
        dialog.imported.connect(self._after_import)
        dialog.show()
        return dialog

    def _after_import(self, _result: object) -> None:
        self.reload_library()
        self.annotations.after_library_change()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        from desktop.ui.import_dialog import report_paths

        urls = event.mimeData().urls()
        if report_paths([u.toLocalFile() for u in urls]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        from desktop.ui.import_dialog import report_paths

        files = report_paths([u.toLocalFile() for u in event.mimeData().urls()])
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def on_update_library(self) -> None:
        from desktop.ui.update_dialog import run_update

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj det nya biblioteket"), str(Path.home()), self.tr("Bibliotek (*.db)")
        )
        if path:
            run_update(self, Path(path), self.conn, self.library_path)

    def on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Nämndläsaren"),
            self.tr(
                "<h3>Nämndläsaren {0}</h3><p>Läs, jämför och kommentera nämndens rapporter, "
                "helt utan nätverk.</p>"
            ).format(__version__),  # fmt: skip
        )

    # --- remembering where the member was ----------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        last = self.settings.value("reader/last_report")
        reports = queries.list_reports(self.conn)
        report_id = (
            int(last) if last is not None and any(r.id == int(last) for r in reports) else None
        )
        if report_id is None and reports:
            report_id = max(reports, key=lambda r: r.period_end).id
        if report_id is not None:
            # start-up: the window shows with the report's first screen, the rest follows
            self.open_report(report_id, first_screen_only=True)
            section = self.settings.value("reader/section")
            if section is not None:
                QTimer.singleShot(0, lambda: self.reader.scroll_to_section(int(section)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        section = self.reader.current_section()
        if section is not None:
            self.settings.setValue("reader/section", section)
        self.settings.sync()
        super().closeEvent(event)

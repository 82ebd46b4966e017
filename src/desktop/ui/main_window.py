"""The main window: library tree, reader with outline, goal view, comparison, overview, search.

Other parts of the app (annotations, and views still to come) plug in through a small
public surface instead of reaching into the window:

- `add_dock(key, title, widget, area)`: a side panel, listed under Visa → Paneler;
- `menu(key)` and `add_action(menu_key, text, slot, shortcut)`: the menus by key
  ("file", "edit", "annotate", "view", "panels", "help");
- `show_tab(key)` / `tab(key)`: a view behind a tab, built when first shown;
- `add_tab(TabSpec)`, and `TAB_REGISTRY` for tabs known before the window is made;
- `add_banner(widget)`: a message across the top of the window (e.g. notes not saved).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
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
    QMenu,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__, paths
from desktop.store import queries
from desktop.ui import settings as keys
from desktop.ui.library_model import REPORT_ID_ROLE, find_report_item, library_tree
from desktop.ui.plain import count, plain_tooltip
from desktop.ui.reader import Reader
from desktop.ui.text_size import text_size

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_ROLE = Qt.ItemDataRole.UserRole + 2

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class TabSpec:
    """A view behind a tab: its key, its label (Swedish, translated in context MainWindow),
    and how to build it for a window. Views are built when first shown."""

    key: str
    label: str
    build: Callable[[MainWindow], QWidget]


def _goal_tab(window: MainWindow) -> QWidget:
    from desktop.ui.goal_view import GoalView

    view = GoalView(window.conn, window.annotations.model)
    view.source_requested.connect(window.on_source_requested)
    view.flag_requested.connect(window.show_flag)
    view.original_requested.connect(window.original.show_goal)
    window.annotations.connect_goal_view(view)
    if window.reader.report_id is not None:
        view.show_report(window.reader.report_id)
    return view


def _compare_tab(window: MainWindow) -> QWidget:
    from desktop.ui.compare_view import CompareView

    view = CompareView(window.conn, around=window.reader.report_id)
    view.goal_requested.connect(window.show_goal)
    view.flag_requested.connect(window.show_flag)
    window.annotations.connect_compare_view(view)
    return view


def _overview_tab(window: MainWindow) -> QWidget:
    from desktop.ui.goals_overview import GoalsOverview

    report = queries.get_report(window.conn, window.reader.report_id or 0)
    view = GoalsOverview(window.conn, (report.municipality, report.committee) if report else None)
    view.goal_requested.connect(window.show_goal)
    return view


def _meeting_tab(window: MainWindow) -> QWidget:
    return window.annotations.meeting_view()


def _flags_tab(window: MainWindow) -> QWidget:
    from desktop.ui.flags_view import FlagsView

    view = FlagsView(window.conn, window.annotations.model)
    view.evidence_opened.connect(window.open_evidence)
    if window.reader.report_id is not None:
        view.show_report(window.reader.report_id)
    return view


TAB_REGISTRY: list[TabSpec] = [
    TabSpec("goal", str(QT_TRANSLATE_NOOP("MainWindow", "Mål och nyckeltal")), _goal_tab),
    TabSpec("compare", str(QT_TRANSLATE_NOOP("MainWindow", "Jämför år")), _compare_tab),
    TabSpec("overview", str(QT_TRANSLATE_NOOP("MainWindow", "Alla mål över åren")), _overview_tab),
    TabSpec("meeting", str(QT_TRANSLATE_NOOP("MainWindow", "Mötesförberedelse")), _meeting_tab),
    TabSpec("flags", str(QT_TRANSLATE_NOOP("MainWindow", "Att fråga om")), _flags_tab),
]


class CompactTabs(QProxyStyle):
    """Tabs padded less than the style's own, so all six names fit whole beside both side
    panels at 1400 px. A style, not a style sheet: a style sheet on the tab bar would keep
    the views below it from following the member's text size."""

    def pixelMetric(  # noqa: N802 - Qt's name
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_SPACE
        return super().pixelMetric(metric, option, widget)


TAB_SPACE = 12  # px beside a tab's name, both sides together (Fusion: 24)


class MainWindow(QMainWindow):
    def __init__(self, conn: sqlite3.Connection, library_path: Path) -> None:
        super().__init__()
        self.conn = conn
        self.library_path = library_path
        self.settings = keys.Settings()
        self.setWindowTitle(APP_NAME)
        icon = paths.asset("icons", "namndlasaren.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        size = text_size()
        size.set_point_size(self.settings.get(keys.TEXT_SIZE) or size.default())

        self.reader = Reader(conn)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # every view stays in sight: a narrow window shortens the names ("Mötesförb…", the
        # whole name as a tooltip) instead of hiding the last tabs behind scroll arrows
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self._tab_style = CompactTabs()  # held here: the tab bar does not own it
        self.tabs.tabBar().setStyle(self._tab_style)
        self.tabs.addTab(self.reader, self.tr("Läs rapporten"))
        self.tabs.setTabToolTip(0, self.tabs.tabText(0))
        self.tab_keys = ["reader"]
        self._specs: dict[str, TabSpec] = {}
        self._built: dict[str, QWidget] = {"reader": self.reader}
        self.tabs.currentChanged.connect(self.on_tab_changed)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._menus: dict[str, QMenu] = {}
        self._make_menus()
        self.docks: dict[str, QDockWidget] = {}

        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(180)  # at a large text size the views must not squeeze it away
        self.tree.clicked.connect(self.on_tree_clicked)
        self.tree.activated.connect(self.on_tree_clicked)
        self.add_dock("library", self.tr("Bibliotek"), self.tree)

        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setMinimumWidth(180)
        self.outline.itemClicked.connect(self.on_outline_clicked)
        self.add_dock("outline", self.tr("Innehåll"), self.outline)

        from desktop.ui.search_panel import SearchPanel

        self.search = SearchPanel(conn)
        self.search.hit_activated.connect(self.on_search_hit)
        self.search_dock = self.add_dock(
            "search", self.tr("Sök"), self.search, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.search_dock.hide()

        from desktop.ui.annotations_controller import AnnotationsController

        self.annotations = AnnotationsController(self)
        from desktop.ui.original_page import OriginalPage

        self.original = OriginalPage(self)
        from desktop.ui.corrections_controller import CorrectionsController

        self.corrections = CorrectionsController(self)
        for spec in TAB_REGISTRY:
            self.add_tab(spec)
        self.reload_library()
        self._restore()

    # --- the public surface: docks, menus, tabs, banners ----------------------------------

    def add_dock(
        self,
        key: str,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.LeftDockWidgetArea,
    ) -> QDockWidget:
        """A side panel the member can close and bring back from Visa → Paneler."""
        dock = QDockWidget(title, self)
        dock.setObjectName(key)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        self.docks[key] = dock
        self.menu("panels").addAction(dock.toggleViewAction())
        return dock

    def menu(self, key: str) -> QMenu:
        """A menu by key: file, edit, annotate, view, panels, help."""
        return self._menus[key]

    def add_action(
        self,
        menu_key: str | None,
        text: str,
        slot: Callable[..., object],
        shortcut: Shortcut = None,
        *,
        before: QAction | None = None,
    ) -> QAction:
        """An action with an optional shortcut, put in a menu (before `before`, if given)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu_key is not None:
            menu = self.menu(menu_key)
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        else:
            self.addAction(action)
        return action

    def add_tab(self, spec: TabSpec, position: int | None = None) -> None:
        """A tab whose view is built the first time it is shown."""
        index = self.tabs.count() if position is None else position
        self._specs[spec.key] = spec
        self.tab_keys.insert(index, spec.key)
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, QWidget(), self.tr(spec.label))
        self.tabs.setTabToolTip(index, self.tr(spec.label))  # the whole name when it is shortened
        self.tabs.blockSignals(False)

    def current_tab(self) -> str:
        """The key of the tab in front."""
        index = self.tabs.currentIndex()
        return self.tab_keys[index] if 0 <= index < len(self.tab_keys) else "reader"

    def tab(self, key: str) -> QWidget | None:
        """The view behind a tab if it has been built, else None."""
        return self._built.get(key)

    def show_tab(self, key: str) -> QWidget:
        """Bring a tab to the front, building its view if needed; returns the view."""
        widget = self._build_tab(key)
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return widget

    def add_banner(self, widget: QWidget) -> None:
        """A message across the top of the window, above the tabs."""
        self._central_layout.insertWidget(self._central_layout.count() - 1, widget)

    # --- menus ------------------------------------------------------------------------

    def _make_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (
            ("file", self.tr("&Arkiv")),
            ("edit", self.tr("&Redigera")),
            ("annotate", self.tr("&Anteckna")),
            ("view", self.tr("&Visa")),
            ("help", self.tr("&Hjälp")),
        ):
            self._menus[key] = bar.addMenu(title)
        self.add_action(
            "file", self.tr("&Importera rapporter…"), self.on_import, QKeySequence.StandardKey.Open
        )
        copy_pdfs = self.add_action(
            "file", self.tr("&Kopiera PDF-filer till biblioteket"), self.on_copy_pdfs_toggled
        )
        copy_pdfs.setCheckable(True)
        copy_pdfs.setChecked(self.settings.get(keys.COPY_PDFS))
        copy_pdfs.setToolTip(
            self.tr(
                "På: originalsidorna kan visas även om PDF-filen flyttas eller tas bort. "
                "Av: bara var filen ligger sparas, och sidorna visas så länge den finns kvar där."
            )
        )
        self.add_action("file", self.tr("&Uppdatera bibliotek…"), self.on_update_library)
        self.menu("file").addSeparator()
        self.quit_action = self.add_action(
            "file", self.tr("&Avsluta"), self.close, QKeySequence.StandardKey.Quit
        )
        self.add_action(
            "view", self.tr("Större text"), lambda: self.zoom(+1), QKeySequence.StandardKey.ZoomIn
        )
        self.add_action(
            "view", self.tr("Mindre text"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.add_action("view", self.tr("Normal textstorlek"), lambda: self.zoom(0), "Ctrl+0")
        self.menu("view").addSeparator()
        self.add_action(
            "view",
            self.tr("&Sök i rapporten"),
            self.on_search_report,
            QKeySequence.StandardKey.Find,
        )
        self.add_action(
            "view", self.tr("Sök i &hela biblioteket"), self.on_search_library, "Ctrl+Shift+F"
        )
        self.add_action("view", self.tr("&Nästa träff"), lambda: self.find_next(+1), "F3")
        self.add_action(
            "view", self.tr("&Föregående träff"), lambda: self.find_next(-1), "Shift+F3"
        )
        self.menu("view").addSeparator()
        self._menus["panels"] = self.menu("view").addMenu(self.tr("&Paneler"))
        self._language_menu(self.menu("view"))
        self.add_action("help", self.tr("&Om Nämndläsaren"), self.on_about)

    def _language_menu(self, view_menu: QMenu) -> None:
        """Svenska / English, remembered and applied at the next start."""
        from desktop.ui.settings import ui_language

        menu = view_menu.addMenu(self.tr("S&pråk (gäller vid nästa start)"))
        group = QActionGroup(self)
        current = ui_language()
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.settings.set(keys.LANGUAGE, c))
            group.addAction(action)
            menu.addAction(action)

    # --- library and reader -------------------------------------------------------------

    def reload_library(self) -> None:
        """Show the library as it is now: the tree, and every view built on the old one."""
        reports = queries.list_reports(self.conn)
        self.tree.setModel(library_tree(reports))
        self.tree.expandAll()
        self.status_text = count(
            len(reports),
            self.tr("{0} rapport i biblioteket"),
            self.tr("{0} rapporter i biblioteket"),
        )
        self.statusBar().showMessage(self.status_text)
        current = self.tab_keys[self.tabs.currentIndex()] if self.tabs.count() else "reader"
        for key in [k for k in self._built if k != "reader"]:
            self._replace_tab(key, QWidget())
            self._built.pop(key).deleteLater()
        if current != "reader":  # the member sees the view again at once, not a blank page
            self._build_tab(current)

    def set_connection(self, conn: sqlite3.Connection) -> None:
        """Read from a new library (after an update) everywhere in the window."""
        self.conn = self.reader.conn = self.search.conn = conn
        self.refresh_flags()
        self.original.set_library()
        self.corrections.set_library(conn)
        self.reload_library()
        if self.reader.report_id is not None and queries.get_report(conn, self.reader.report_id):
            self.open_report(self.reader.report_id)

    def open_report(
        self, report_id: int, *, first_screen_only: bool = False, keep_flags: bool = False
    ) -> None:
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
        self.settings.set(keys.LAST_REPORT, report_id)
        goal_view = self.tab("goal")
        if goal_view is not None:
            goal_view.show_report(report_id)  # type: ignore[attr-defined]
        flags_view = self.tab("flags")
        if flags_view is not None and not keep_flags:
            flags_view.show_report(report_id)  # type: ignore[attr-defined]

    def open_evidence(self, item: object) -> None:
        """A flag's evidence was clicked: the report at the passage, coloured. The list of
        'Att fråga om' stays on the report it was showing."""
        from desktop.analysis.flags import Evidence, locate

        if not isinstance(item, Evidence) or queries.get_report(self.conn, item.report_id) is None:
            return
        passage = locate(self.conn, item)
        self.show_tab("reader")
        if self.reader.report_id != item.report_id:
            self.open_report(item.report_id, keep_flags=True)
        if passage is not None:
            QTimer.singleShot(0, self.reader, lambda: self.reader.show_passage(
                passage.section.id, passage.start, passage.end))  # fmt: skip
        elif item.section_id is not None:
            section = int(item.section_id)
            QTimer.singleShot(0, self.reader, lambda: self.reader.scroll_to_section(section))

    def show_flag(self, flag_id: int) -> None:
        """A marker was clicked: the flag in 'Att fråga om'."""
        self.show_tab("flags").select_flag(flag_id)  # type: ignore[attr-defined]

    def refresh_flags(self) -> None:
        """The library changed (import, update): check the committees whose data changed
        now (found by grouped sums; the others are not read)."""
        from desktop.analysis.flags import ensure_fresh

        ensure_fresh(self.conn)

    def _fill_outline(self, report_id: int) -> None:
        self.outline.clear()
        for section in queries.report_sections(self.conn, report_id):
            item = QTreeWidgetItem([section.heading])
            item.setToolTip(0, plain_tooltip(section.heading))
            item.setData(0, SECTION_ROLE, section.id)
            self.outline.addTopLevelItem(item)
        goals = queries.report_goals(self.conn, report_id)
        if goals:
            from desktop.statuses import status_label

            root = QTreeWidgetItem([self.tr("Nämndens mål ({0})").format(len(goals))])
            for goal in goals:
                child = QTreeWidgetItem([f"{status_label(goal.status)}: {goal.title}"])
                child.setToolTip(0, plain_tooltip(goal.title))
                child.setData(0, GOAL_ROLE, goal.id)
                root.addChild(child)
            self.outline.insertTopLevelItem(0, root)
            root.setExpanded(True)

    def on_tree_clicked(self, index) -> None:
        report_id = index.data(REPORT_ID_ROLE)
        if report_id is not None:
            self.show_tab("reader")
            self.open_report(int(report_id))

    def on_outline_clicked(self, item: QTreeWidgetItem) -> None:
        goal_id = item.data(0, GOAL_ROLE)
        section_id = item.data(0, SECTION_ROLE)
        if goal_id is not None:
            self.show_goal(int(goal_id))
        elif section_id is not None:
            self.show_tab("reader")
            self.reader.scroll_to_section(int(section_id))
            self.original.follow_spot()

    def show_goal(self, goal_id: int) -> None:
        """Open a goal in the goal view: its analysis beside its KPIs over the years."""
        self.show_tab("goal").open_goal(goal_id)  # type: ignore[attr-defined]
        if self.original.following:
            self.original.show_goal(goal_id)

    def find_next(self, step: int) -> None:
        """F3 / Shift+F3: the next or previous match, on the original page too if open."""
        if self.reader.find_next(step):
            self.original.follow_spot()

    def zoom(self, step: int) -> None:
        """Text size one point larger (+1), smaller (−1), or back to the starting size (0)."""
        size = text_size()
        size.set_point_size(size.default() if step == 0 else size.point_size + step)
        self.settings.set(keys.TEXT_SIZE, 0 if step == 0 else size.point_size)

    # --- the views behind the tabs, built when first opened -------------------------------

    def _build_tab(self, key: str) -> QWidget:
        if key not in self._built:
            widget = self._specs[key].build(self)
            self._replace_tab(key, widget)
            self._built[key] = widget
        return self._built[key]

    def _replace_tab(self, key: str, widget: QWidget) -> None:
        index = self.tab_keys.index(key)
        current = self.tabs.currentIndex()
        label = self.tabs.tabText(index)
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, label)
        self.tabs.setTabToolTip(index, label)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        if old is not None and old not in self._built.values():
            old.deleteLater()

    def on_tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self._build_tab(self.tab_keys[index])

    def on_source_requested(self, kpi_id: int, report_id: int) -> None:
        """A chart point was clicked: show the table it came from in its report."""
        section = queries.kpi_section(self.conn, kpi_id)
        self.show_tab("reader")
        self.open_report(report_id)
        if section is not None:
            QTimer.singleShot(0, self.reader, lambda: self.reader.scroll_to_section(section))
        if self.original.following:
            self.original.show_kpi(kpi_id, report_id)

    # --- search, import, update -----------------------------------------------------------

    def on_search_report(self) -> None:
        self.search_dock.show()
        self.search.focus_search(self.reader.report_id)

    def on_search_library(self) -> None:
        self.search_dock.show()
        self.search.focus_search(None)

    def on_search_hit(self, kind: str, report_id: int, ref_id: int) -> None:
        """A result was picked: show it with the words searched for highlighted."""
        if kind == "note":
            self.annotations.show_annotation(ref_id)
            return
        if self.reader.report_id != report_id:
            self.open_report(report_id)
        self.reader.set_search(self.search.query())
        if kind == "goal":
            self.show_goal(ref_id)
            goal_view = self.tab("goal")
            if goal_view is not None:
                goal_view.highlight(self.search.query())  # type: ignore[attr-defined]
            return
        self.show_tab("reader")
        section: int | None = ref_id if kind == "section" else None
        if kind == "kpi":
            section = queries.kpi_section(self.conn, ref_id)
        if section is not None:
            self.reader.show_match_in_section(section)
            self.original.follow_spot()

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

        dialog = ImportDialog(
            self.library_path, files, self, copy_pdfs=self.settings.get(keys.COPY_PDFS)
        )
        dialog.imported.connect(self._after_import)
        dialog.review_requested.connect(self.corrections.review_sha)
        dialog.show()
        return dialog

    def on_copy_pdfs_toggled(self, checked: bool) -> None:
        self.settings.set(keys.COPY_PDFS, bool(checked))

    def _after_import(self, _result: object) -> None:
        self.refresh_flags()
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
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings.get(keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        last = self.settings.get(keys.LAST_REPORT)
        reports = queries.list_reports(self.conn)
        report_id = last if last is not None and any(r.id == last for r in reports) else None
        if report_id is None and reports:
            report_id = max(reports, key=lambda r: r.period_end).id
        if report_id is not None:
            # start-up: the window shows with the report's first screen, the rest follows
            self.open_report(report_id, first_screen_only=True)
            section = self.settings.get(keys.READER_SECTION)
            if section is not None:
                QTimer.singleShot(0, self.reader, lambda: self.reader.scroll_to_section(section))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.annotations.ready_to_close():
            event.ignore()
            return
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        section = self.reader.current_section()
        if section is not None:
            self.settings.set(keys.READER_SECTION, section)
        self.settings.sync()
        super().closeEvent(event)
        self.annotations.close()

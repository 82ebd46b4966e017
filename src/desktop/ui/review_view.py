"""Granska rapporten: every item read from one report beside its source, and its corrections.

Left, the items (metadata, goals, tables with their KPIs or finance rows), the ones the
reader was unsure of first; under them, the selected item's editor; under that, the
report's corrections with what became of each (those that find nothing to correct
first). Right, the source: the original page of a PDF with the item highlighted, and
the report's text, where selecting a title adds it as a goal. Every correction is one
step the member can undo (Ångra / Gör om, Ctrl+Z / Ctrl+Shift+Z); what it is and what
it does is in desktop.corrections, this view only shows it and asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.corrections import actions
from desktop.corrections.model import Correction
from desktop.corrections.review import CorrectionLine, Review, ReviewItem
from desktop.corrections.targets import LineIndex
from desktop.corrections.wording import describe, mark_tooltip, outcome_text, value_text, who
from desktop.ingest.model import GOAL_STATUSES
from desktop.statuses import STATUS_COLOURS, status_label
from desktop.ui.corrections_model import CorrectionsModel
from desktop.ui.plain import plain_label, plain_tooltip
from desktop.ui.text_size import text_size

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
DOUBT_BACKGROUND = QColor("#fff6d5")
UNPLACED_COLOUR = QColor("#b3261e")
CORRECTED_COLOUR = QColor("#8a4b00")
UNITS = ("percent", "count", "days", "index", "tkr", "other")
SOURCE_HIGHLIGHT = QColor("#ffe08a")


def status_icon(status: str) -> QIcon:
    """A swatch in the status colour: what a member matches to the symbol on the page."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["unassessed"])[0]))
    return QIcon(pixmap)


class ReviewView(QWidget):
    """Review one report at a time: `show_report(report_id)`."""

    report_removed = Signal(str)  # the SHA-256 of a report the member took out of the library

    def __init__(self, model: CorrectionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.review: Review | None = None
        self.report_id: int | None = None
        self.current: ReviewItem | None = None
        self._index: LineIndex | None = None

        self.heading = plain_label()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.read_by = plain_label()
        text_size().styled(self.read_by, "color:#555;")
        self.warnings = plain_label()
        text_size().styled(self.warnings, "color:#8a4b00;")

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Mitt eget exemplar"), "own")
        self.scope.addItem(self.tr("Alla ledamöter (biblioteket jag delar ut)"), "library")
        self.scope.setToolTip(
            self.tr("Dina egna rättelser sparas hos dig och följer med när biblioteket "
                    "uppdateras. Sekreterarens sparas i biblioteket och delas ut med det.")
        )  # fmt: skip
        self.scope.setCurrentIndex(max(0, self.scope.findData(model.scope)))
        self.scope.currentIndexChanged.connect(self.on_scope_changed)
        self.author = QLineEdit(model.author)
        self.author.setPlaceholderText(self.tr("Ditt namn"))
        self.author.setMaximumWidth(200)
        self.author.editingFinished.connect(lambda: model.set_author(self.author.text()))
        stack = model.undo_stack
        undo = QAction(self.tr("Ångra"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.triggered.connect(stack.undo)
        redo = QAction(self.tr("Gör om"), self)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.triggered.connect(stack.redo)
        for action, can, text in ((undo, stack.canUndoChanged, stack.undoTextChanged),
                                  (redo, stack.canRedoChanged, stack.redoTextChanged)):  # fmt: skip
            action.setEnabled(False)
            can.connect(action.setEnabled)
            text.connect(lambda what, a=action: a.setToolTip(plain_tooltip(what)))
        self.addActions([undo, redo])
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.remove_button = QPushButton(self.tr("Ta bort rapporten ur biblioteket…"))
        self.remove_button.clicked.connect(self.on_remove_report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rätta för:")))
        top.addWidget(self.scope)
        top.addWidget(self.author)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        top.addWidget(self.remove_button)

        self.items = QTreeWidget()
        self.items.setColumnCount(4)
        self.items.setHeaderLabels(
            [
                self.tr("Del av rapporten"),
                self.tr("Läst ut"),
                self.tr("Sida"),
                self.tr("Att se över"),
            ]
        )
        self.items.setAlternatingRowColors(False)
        self.items.setUniformRowHeights(True)
        self.items.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.items.setColumnWidth(0, 330)
        self.items.setColumnWidth(1, 200)
        self.items.setColumnWidth(2, 44)
        self.items.currentItemChanged.connect(self.on_item_selected)

        self.editor = QStackedWidget()
        self._build_editors()

        self.corrections = QTreeWidget()
        self.corrections.setColumnCount(3)
        self.corrections.setHeaderLabels([self.tr("Rättelse"), self.tr("Av"), self.tr("Läge")])
        self.corrections.setColumnWidth(0, 360)
        self.corrections.setColumnWidth(1, 170)
        self.corrections.setRootIsDecorated(False)
        self.corrections.currentItemChanged.connect(self._enable_withdraw)
        self.withdraw_button = QPushButton(self.tr("Ta tillbaka rättelsen"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.on_withdraw)
        self.corrections_heading = QLabel(self.tr("Rättelser"))
        corrections_box = QWidget()
        corrections_layout = QVBoxLayout(corrections_box)
        corrections_layout.setContentsMargins(0, 0, 0, 0)
        corrections_row = QHBoxLayout()
        corrections_row.addWidget(self.corrections_heading)
        corrections_row.addStretch(1)
        corrections_row.addWidget(self.withdraw_button)
        corrections_layout.addLayout(corrections_row)
        corrections_layout.addWidget(self.corrections)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.items)
        left.addWidget(self.editor)
        left.addWidget(corrections_box)
        left.setSizes([420, 220, 160])
        left.setChildrenCollapsible(False)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.selectionChanged.connect(self._enable_add_goal)
        self.add_goal_button = QPushButton(self.tr("Lägg till markerad text som mål"))
        self.add_goal_button.setEnabled(False)
        self.add_goal_button.setToolTip(
            self.tr("Markera målets titel i texten; det läggs till som ett mål i rapporten")
        )
        self.add_goal_button.clicked.connect(self.on_add_goal)
        text_box = QWidget()
        text_layout = QVBoxLayout(text_box)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.addWidget(self.text, 1)
        text_layout.addWidget(self.add_goal_button, 0, Qt.AlignmentFlag.AlignRight)
        self.source = QTabWidget()
        self.page = self._page_view()
        if self.page is not None:
            self.source.addTab(self.page, self.tr("Originalsidan"))
        self.source.addTab(text_box, self.tr("Texten"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.source)
        split.setSizes([720, 640])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.read_by)
        layout.addWidget(self.warnings)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        model.changed.connect(self.on_corrections_changed)
        model.failed.connect(self.on_failed)

    def _page_view(self) -> Any:
        from desktop.ui.page_view import PageView

        return PageView(self.model.library)

    # --- the editors, one per kind of item ---------------------------------------------

    def _build_editors(self) -> None:
        empty = plain_label(
            self.tr("Välj något i listan för att se det i rapporten och rätta det.")
        )
        text_size().styled(empty, "color:#555;")
        self.editor.addWidget(empty)
        self.pages: dict[str, QWidget] = {"": empty}

        meta = QWidget()
        form = QFormLayout(meta)
        self.meta_value = QLineEdit()
        self.meta_type = QComboBox()
        self.meta_type.addItem(self.tr("Årsbokslut"), "annual")
        self.meta_type.addItem(self.tr("Delårsrapport"), "interim")
        self.meta_end = QLineEdit()
        self.meta_end.setPlaceholderText("ÅÅÅÅ-MM-DD")
        self.meta_end.setInputMask("9999-99-99")
        self.meta_save = QPushButton(self.tr("Rätta"))
        self.meta_save.clicked.connect(self.on_meta_save)
        self.meta_label = QLabel()
        form.addRow(self.meta_label, self.meta_value)
        form.addRow(self.tr("Rapporttyp"), self.meta_type)
        form.addRow(self.tr("Periodens slut"), self.meta_end)
        form.addRow("", self.meta_save)
        self._add_page("meta", meta)

        goal = QWidget()
        form = QFormLayout(goal)
        self.goal_title = QLineEdit()
        title_row = QHBoxLayout()
        title_row.addWidget(self.goal_title, 1)
        self.goal_title_save = QPushButton(self.tr("Rätta titeln"))
        self.goal_title_save.clicked.connect(
            lambda: self._goal_set("title", " ".join(self.goal_title.text().split()))
        )
        title_row.addWidget(self.goal_title_save)
        self.goal_status = QComboBox()
        for status in GOAL_STATUSES:
            self.goal_status.addItem(status_icon(status), status_label(status), status)
        self.goal_status.setToolTip(
            self.tr("Välj den status vars färg står vid målet på originalsidan")
        )
        self.goal_status.activated.connect(
            lambda _i: self._goal_set("status", self.goal_status.currentData())
        )
        self.goal_printed = plain_label()
        text_size().styled(self.goal_printed, "color:#555;")
        self.goal_level = QLineEdit()
        self.goal_level.setPlaceholderText(self.tr("Överordnade mål, åtskilda med ›"))
        level_row = QHBoxLayout()
        level_row.addWidget(self.goal_level, 1)
        level_save = QPushButton(self.tr("Rätta nivån"))
        level_save.clicked.connect(self.on_goal_level)
        level_row.addWidget(level_save)
        self.goal_remove = QPushButton(self.tr("Ta bort målet"))
        self.goal_remove.clicked.connect(self.on_goal_remove)
        form.addRow(self.tr("Titel"), title_row)
        form.addRow(self.tr("Status"), self.goal_status)
        form.addRow("", self.goal_printed)
        form.addRow(self.tr("Nivå"), level_row)
        form.addRow("", self.goal_remove)
        self._add_page("goal", goal)

        table = QWidget()
        form = QFormLayout(table)
        self.table_kind = QComboBox()
        for label, kind, finance in (
            (self.tr("Nyckeltalstabell"), "kpi", None),
            (self.tr("Ekonomitabell: resultaträkning"), "finance", "income_statement"),
            (self.tr("Ekonomitabell: resultat per verksamhet"), "finance", "by_unit"),
            (self.tr("Varken nyckeltal eller ekonomi"), "none", None),
        ):
            self.table_kind.addItem(label, (kind, finance))
        self.table_kind.activated.connect(lambda _i: self.on_table_kind())
        self.table_info = plain_label()
        text_size().styled(self.table_info, "color:#555;")
        form.addRow(self.tr("Läs tabellen som"), self.table_kind)
        form.addRow("", self.table_info)
        self._add_page("table", table)

        kpi = QWidget()
        form = QFormLayout(kpi)
        self.kpi_name = QLineEdit()
        name_row = QHBoxLayout()
        name_row.addWidget(self.kpi_name, 1)
        name_save = QPushButton(self.tr("Rätta namnet"))
        name_save.clicked.connect(
            lambda: self._kpi_set("name", " ".join(self.kpi_name.text().split()))
        )
        name_row.addWidget(name_save)
        self.kpi_unit = QComboBox()
        for unit in UNITS:
            self.kpi_unit.addItem(self._unit_label(unit), unit)
        self.kpi_unit.activated.connect(
            lambda _i: self._kpi_set("unit", self.kpi_unit.currentData())
        )
        self.kpi_target = QLineEdit()
        self.kpi_target.setPlaceholderText(self.tr("inget målvärde"))
        target_row = QHBoxLayout()
        target_row.addWidget(self.kpi_target, 1)
        target_save = QPushButton(self.tr("Rätta målvärdet"))
        target_save.clicked.connect(self.on_kpi_target)
        target_row.addWidget(target_save)
        self.kpi_values = QTableWidget(0, 2)
        self.kpi_values.setHorizontalHeaderLabels([self.tr("År"), self.tr("Värde")])
        self.kpi_values.verticalHeader().setVisible(False)
        self.kpi_values.horizontalHeader().setStretchLastSection(True)
        self.kpi_values.setMaximumHeight(150)
        self.kpi_values.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.kpi_values.itemChanged.connect(self.on_kpi_value_edited)
        self.kpi_series = QComboBox()
        self.kpi_series.setEditable(True)
        self.kpi_series.setToolTip(
            self.tr("Samma nyckeltal heter olika i olika års rapporter: välj namnet det har i "
                    "de andra, så blir de en serie")
        )  # fmt: skip
        series_row = QHBoxLayout()
        series_row.addWidget(self.kpi_series, 1)
        join = QPushButton(self.tr("För samman"))
        join.clicked.connect(self.on_kpi_join)
        series_row.addWidget(join)
        form.addRow(self.tr("Namn"), name_row)
        form.addRow(self.tr("Enhet"), self.kpi_unit)
        form.addRow(self.tr("Målvärde"), target_row)
        form.addRow(self.tr("Värden"), self.kpi_values)
        form.addRow(self.tr("Samma serie som"), series_row)
        self._add_page("kpi", kpi)

        finance_note = plain_label(
            self.tr("En rad i en ekonomitabell. Rätta hur tabellen läses på tabellen ovanför.")
        )
        text_size().styled(finance_note, "color:#555;")
        self._add_page("finance", finance_note)

    def _unit_label(self, unit: str) -> str:
        labels = {"percent": self.tr("procent"), "count": self.tr("antal"),
                  "days": self.tr("dagar"), "index": self.tr("index"), "tkr": self.tr("tkr"),
                  "other": self.tr("annan")}  # fmt: skip
        return labels[unit]

    def _add_page(self, kind: str, widget: QWidget) -> None:
        self.pages[kind] = widget
        self.editor.addWidget(widget)

    # --- showing a report ---------------------------------------------------------------

    def show_report(self, report_id: int) -> bool:
        """The report's items and corrections; False when it is not in the library."""
        review = self.model.review(report_id)
        self.review, self.report_id = review, report_id
        if review is None:
            self.heading.setText(self.tr("Rapporten finns inte i biblioteket."))
            self.items.clear()
            self.corrections.clear()
            return False
        self._index = LineIndex(review.text)
        self.heading.setText(self.tr("Granska: {0}").format(self._report_name(review)))
        read_by = (
            self.tr("Läst med de allmänna reglerna: ingen känd layout passade rapporten.")
            if review.template == "generic"
            else self.tr("Läst med layouten {0}.").format(review.template)
        )
        self.read_by.setText(read_by)
        self.warnings.setText("\n".join(self.tr("Varning: {0}").format(w) for w in review.warnings))
        self.warnings.setVisible(bool(review.warnings))
        if self.text.toPlainText() != review.text:
            self.text.setPlainText(review.text)
        has_pages = review.source_kind == "pdf" and self.page is not None
        if self.page is not None:
            self.page.set_library(self.model.library)
            self.source.setTabVisible(self.source.indexOf(self.page), has_pages)
        self.source.setCurrentIndex(0 if has_pages else self.source.count() - 1)
        self._fill_items(review)
        self._fill_corrections(review)
        self._fill_series()
        return True

    def _report_name(self, review: Review) -> str:
        from desktop.store import queries

        report = queries.get_report(self.model.library, review.report_id)
        if report is None:
            return review.label
        return f"{report.municipality} · {report.committee} · {report.label}"

    def _fill_items(self, review: Review) -> None:
        selected = (
            (self.current.kind, self.current.id, self.current.field) if self.current else None
        )
        self.items.blockSignals(True)
        self.items.clear()
        for item in review.items:
            row = self._row(item)
            self.items.addTopLevelItem(row)
            for child in item.children:
                row.addChild(self._row(child))
            unsure = sum(1 for c in item.children if c.doubt)
            if unsure and not item.doubt:  # a table's rows the reader was unsure of, counted
                row.setText(
                    3, self.tr("osäkert: {0} av {1} rader").format(unsure, len(item.children))
                )
                for column in range(4):
                    row.setBackground(column, DOUBT_BACKGROUND)
            row.setExpanded(bool(item.marks or any(c.marks for c in item.children)))
        self.items.blockSignals(False)
        self.current = None
        self.editor.setCurrentWidget(self.pages[""])
        if selected is not None:
            self.select(*selected)

    def _row(self, item: ReviewItem) -> QTreeWidgetItem:
        what, value = self._describe(item)
        row = QTreeWidgetItem([what, value, str(item.page or ""), ""])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(0, plain_tooltip(what))
        row.setToolTip(1, plain_tooltip(value))
        if item.kind == "goal":
            row.setIcon(1, status_icon(str(item.value)))
        notes = []
        if item.doubt:
            notes.append(self.tr("osäkert: {0}").format(item.doubt))
            for column in range(4):
                row.setBackground(column, DOUBT_BACKGROUND)
        if item.marks:
            notes.insert(0, self.tr("rättat"))
            row.setForeground(3, CORRECTED_COLOUR)
            row.setToolTip(3, plain_tooltip(mark_tooltip(item.marks)))
        elif item.doubt:
            row.setToolTip(3, plain_tooltip(item.doubt))
        row.setText(3, "; ".join(notes))
        return row

    def _describe(self, item: ReviewItem) -> tuple[str, str]:
        if item.kind == "meta":
            names = {"municipality": self.tr("Kommun"), "committee": self.tr("Nämnd"),
                     "report_type": self.tr("Rapporttyp"), "period": self.tr("Period")}  # fmt: skip
            value = value_text(item.field, item.value)
            if item.field == "period" and isinstance(item.value, dict):
                value = self.tr("{0} (slutar {1})").format(item.value.get("year"), value)
            return names.get(item.field, item.field), value
        if item.kind == "goal":
            return self.tr("Mål: {0}").format(item.label), status_label(str(item.value))
        if item.kind == "table":
            count = len(item.children)
            kinds = {"kpi": self.tr("nyckeltalstabell, {0} nyckeltal").format(count),
                     "finance": self.tr("ekonomitabell, {0} rader").format(count),
                     "none": self.tr("varken nyckeltal eller ekonomi")}  # fmt: skip
            label = item.label or " | ".join(
                h for h in item.extra.get("header", [])[:4] if h.strip()
            )
            return self.tr("Tabell: {0}").format(label), kinds.get(str(item.value), "")
        if item.kind == "kpi":
            values = item.value if isinstance(item.value, dict) else {}
            text = " · ".join(f"{year}: {value_text('', v)}" for year, v in sorted(values.items()))
            return self.tr("Nyckeltal: {0}").format(item.label), text or self.tr("inga värden")
        values = item.value if isinstance(item.value, dict) else {}
        text = " · ".join(f"{k}: {value_text('', v)}" for k, v in values.items())
        return self.tr("Ekonomirad: {0}").format(item.label), text

    def _fill_corrections(self, review: Review) -> None:
        self.corrections.clear()
        lines = sorted(review.corrections, key=lambda line: line.outcome is None or line.outcome.ok)
        for line in lines:
            row = QTreeWidgetItem(self._correction_row(line))
            row.setData(0, ITEM_ROLE, line.correction)
            row.setToolTip(0, plain_tooltip(describe(line.correction)))
            if line.outcome is not None and not line.outcome.ok:
                for column in range(3):
                    row.setForeground(column, UNPLACED_COLOUR)
            if line.differs_from is not None:
                theirs = describe(line.differs_from)
                row.setToolTip(
                    2, plain_tooltip(self.tr("Sekreterarens rättelse: {0}").format(theirs))
                )
            self.corrections.addTopLevelItem(row)
        unplaced = len(review.unplaced)
        heading = self.tr("Rättelser ({0})").format(len(lines))
        if unplaced:
            heading += " – " + self.tr("{0} hittar inte det de rättar").format(unplaced)
        self.corrections_heading.setText(heading)
        self._enable_withdraw()

    def _correction_row(self, line: CorrectionLine) -> list[str]:
        c = line.correction
        state = (
            outcome_text(line.outcome.state, line.outcome.detail)
            if line.outcome
            else self.tr("inte tillämpad än")
        )
        if line.differs_from is not None:
            state += "; " + self.tr("skiljer sig från sekreterarens")
        return [describe(c), f"{who(c.origin, c.author)} {c.created_at[:10]}", state]

    def _fill_series(self) -> None:
        from desktop.analysis.series import SeriesIndex
        from desktop.store import queries

        report = queries.get_report(self.model.library, self.report_id or 0)
        self.kpi_series.clear()
        if report is not None:
            index = SeriesIndex(self.model.library, report.municipality, report.committee)
            for name in sorted({n.name for n in index.names}):
                self.kpi_series.addItem(name)

    # --- selecting an item: its editor and its source ----------------------------------

    def select(self, kind: str, item_id: int, field_name: str = "") -> bool:
        """Select an item in the list (e.g. from a test or another view)."""
        for row in self._rows():
            item = row.data(0, ITEM_ROLE)
            if (
                item.kind == kind
                and item.id == item_id
                and (not field_name or item.field == field_name)
            ):
                self.items.setCurrentItem(row)
                return True
        return False

    def _rows(self) -> list[QTreeWidgetItem]:
        out = []
        for index in range(self.items.topLevelItemCount()):
            top = self.items.topLevelItem(index)
            if top is None:
                continue
            out.append(top)
            out.extend(top.child(i) for i in range(top.childCount()))  # type: ignore[misc]
        return out

    def item_rows(self) -> list[ReviewItem]:
        """The items as listed, top level first in order (children after their table)."""
        return [row.data(0, ITEM_ROLE) for row in self._rows()]

    def on_item_selected(self, row: QTreeWidgetItem | None, _previous: object = None) -> None:
        item: ReviewItem | None = row.data(0, ITEM_ROLE) if row is not None else None
        self.current = item
        if item is None:
            self.editor.setCurrentWidget(self.pages[""])
            return
        self.editor.setCurrentWidget(self.pages[item.kind])
        getattr(self, f"_edit_{item.kind}")(item)
        self.show_source(item)

    def show_source(self, item: ReviewItem) -> None:
        """The item in the text (its lines highlighted) and on its original page."""
        if self._index is None or self.report_id is None:
            return
        first, last = item.first_line, max(item.first_line, item.last_line)
        if item.kind == "meta":
            return
        start = self._index.span(first)[0]
        end = self._index.span(min(last, first + 40))[1]
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(self._index.text, start))
        cursor.setPosition(_utf16(self._index.text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(SOURCE_HIGHLIGHT)
        selection.format = char_format
        self.text.setExtraSelections([selection])
        view = QTextCursor(self.text.document())
        view.setPosition(_utf16(self._index.text, start))
        self.text.setTextCursor(view)
        self.text.centerCursor()
        if self.page is not None and self.review is not None and self.review.source_kind == "pdf":
            self.page.show_lines(self.report_id, first, last)

    def _edit_meta(self, item: ReviewItem) -> None:
        is_period = item.field == "period"
        is_type = item.field == "report_type"
        self.meta_label.setText(self._describe(item)[0])
        self.meta_value.setVisible(not is_period and not is_type)
        self.meta_label.setVisible(not is_period and not is_type)
        self.meta_value.setText(str(item.value) if not is_period else "")
        report = self.review.items if self.review else []
        period: Any = next(
            (i.value for i in report if i.kind == "meta" and i.field == "period"), {}
        )
        kind = next((i.value for i in report if i.kind == "meta" and i.field == "report_type"), "")
        self.meta_type.setCurrentIndex(max(0, self.meta_type.findData(kind)))
        self.meta_end.setText(str(period.get("end", "")) if isinstance(period, dict) else "")
        self.meta_type.setEnabled(is_type or is_period)
        self.meta_end.setEnabled(is_period)

    def _edit_goal(self, item: ReviewItem) -> None:
        self.goal_title.setText(item.label)
        self.goal_status.setCurrentIndex(max(0, self.goal_status.findData(item.value)))
        printed = item.extra.get("status_raw") or self.tr("ingen bedömning")
        self.goal_printed.setText(self.tr("I rapporten: {0}").format(printed))
        self.goal_level.setText(" › ".join(item.extra.get("level", [])))

    def _edit_table(self, item: ReviewItem) -> None:
        finance = next((c.extra.get("kind") for c in item.children if c.kind == "finance"), None)
        wanted = (str(item.value), finance if item.value == "finance" else None)
        index = next(
            (i for i in range(self.table_kind.count()) if self.table_kind.itemData(i) == wanted),
            0 if item.value == "kpi" else self.table_kind.count() - 1,
        )
        self.table_kind.setCurrentIndex(index)
        header = " | ".join(item.extra.get("header", []))
        self.table_info.setText(self.tr("Rubrikrad: {0}").format(header))

    def _edit_kpi(self, item: ReviewItem) -> None:
        self.kpi_name.setText(item.label)
        self.kpi_unit.setCurrentIndex(max(0, self.kpi_unit.findData(item.extra.get("unit"))))
        target = item.extra.get("target")
        self.kpi_target.setText("" if target is None else value_text("", target))
        values = item.value if isinstance(item.value, dict) else {}
        years = sorted(values)
        if years:  # room for the year after, for a value the reader left out
            years.append(years[-1] + 1)
        self.kpi_values.blockSignals(True)
        self.kpi_values.setRowCount(len(years))
        for row, year in enumerate(years):
            year_cell = QTableWidgetItem(str(year))
            year_cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.kpi_values.setItem(row, 0, year_cell)
            value = values.get(year)
            self.kpi_values.setItem(
                row, 1, QTableWidgetItem("" if value is None else value_text("", value))
            )
        self.kpi_values.blockSignals(False)
        self.kpi_series.setCurrentText(item.label)

    def _edit_finance(self, item: ReviewItem) -> None:
        pass

    # --- corrections ----------------------------------------------------------------------

    def _save(self, make: Callable[..., Correction], *args: Any) -> None:
        if self.review is None:
            return
        correction = make(self.review, *args, author=self.model.author, origin=self.model.scope)
        self.model.save(correction)

    def on_scope_changed(self) -> None:
        self.model.set_scope(str(self.scope.currentData()))
        self._enable_withdraw()

    def on_meta_save(self) -> None:
        item = self.current
        if item is None or item.kind != "meta":
            return
        if item.field == "period":
            end = self.meta_end.text()
            if len(end) != 10 or not end[:4].isdigit():
                self.on_failed(self.tr("Skriv periodens slut som ÅÅÅÅ-MM-DD"))
                return
            self.model.undo_stack.beginMacro(self.tr("Rätta perioden"))
            if item.value != {"year": int(end[:4]), "end": end}:
                self._save(actions.set_period, int(end[:4]), end)
            self.set_report_type(str(self.meta_type.currentData()))
            self.model.undo_stack.endMacro()
        elif item.field == "report_type":
            self.set_report_type(str(self.meta_type.currentData()))
        else:
            value = " ".join(self.meta_value.text().split())
            if value and value != item.value:
                self._save(actions.set_metadata, item.field, value)

    def set_report_type(self, kind: str) -> None:
        current = (
            next((i.value for i in self.review.items if i.field == "report_type"), None)
            if self.review
            else None
        )
        if kind != current:
            self._save(actions.set_metadata, "report_type", kind)

    def set_period(self, year: int, end: str) -> None:
        """The report's period: the year it is about and the day it ends."""
        self._save(actions.set_period, year, end)

    def _goal_set(self, field_name: str, value: object) -> None:
        item = self.current
        if item is None or item.kind != "goal" or not value:
            return
        current = {"title": item.label, "status": item.value}.get(field_name)
        if value != current:
            self._save(actions.set_goal, item, field_name, value)

    def set_goal_status(self, status: str) -> None:
        """The status of the goal selected, as the symbol on the page shows it."""
        self._goal_set("status", status)

    def on_goal_level(self) -> None:
        item = self.current
        if item is None or item.kind != "goal":
            return
        level = [part.strip() for part in self.goal_level.text().split("›") if part.strip()]
        if level != item.extra.get("level", []):
            self._save(actions.set_goal, item, "level", level)

    def on_goal_remove(self) -> None:
        item = self.current
        if item is not None and item.kind == "goal":
            self._save(actions.remove_goal, item)

    def on_table_kind(self) -> None:
        item = self.current
        if item is None or item.kind != "table":
            return
        kind, finance = self.table_kind.currentData()
        self.set_table_kind(kind, finance)

    def set_table_kind(self, kind: str, finance: str | None = None) -> None:
        """Read the table selected as a KPI table, a finance table or neither."""
        item = self.current
        if item is not None and item.kind == "table":
            self._save(actions.set_table_kind, item, kind, finance)

    def _kpi_set(self, field_name: str, value: object, year: int | None = None) -> None:
        item = self.current
        if item is None or item.kind != "kpi" or value == "":
            return
        self._save(actions.set_kpi, item, field_name, value, year)

    def on_kpi_target(self) -> None:
        text = self.kpi_target.text().strip()
        value = _number(text) if text else None
        if text and value is None:
            self.on_failed(self.tr("”{0}” är inget tal").format(text))
            return
        self._kpi_set("target", value)

    def on_kpi_value_edited(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 1 or self.current is None or self.current.kind != "kpi":
            return
        year_cell = self.kpi_values.item(cell.row(), 0)
        if year_cell is None:
            return
        text = cell.text().strip()
        value = _number(text) if text else None
        if text and value is None:
            self.on_failed(self.tr("”{0}” är inget tal").format(text))
            return
        values = self.current.value if isinstance(self.current.value, dict) else {}
        year = int(year_cell.text())
        if values.get(year) != value:
            self._kpi_set("value", value, year)

    def on_kpi_join(self) -> None:
        item = self.current
        series = " ".join(self.kpi_series.currentText().split())
        if item is not None and item.kind == "kpi" and series and series != item.label:
            self._save(actions.join_kpi, item, series)

    def selected_text(self) -> tuple[int, int] | None:
        """The selection in the report's text, as offsets into it."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection() or self._index is None:
            return None
        text = self._index.text
        return _python(text, cursor.selectionStart()), _python(text, cursor.selectionEnd())

    def select_text(self, start: int, end: int) -> None:
        """Select characters start..end of the report's text (as a member would)."""
        if self._index is None:
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(_utf16(self._index.text, start))
        cursor.setPosition(_utf16(self._index.text, end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def _enable_add_goal(self) -> None:
        self.add_goal_button.setEnabled(self.selected_text() is not None)

    def on_add_goal(self) -> None:
        span = self.selected_text()
        if span is None or self.review is None:
            return
        start, end = span
        if not self.review.text[start:end].strip():
            return
        self._save(actions.add_goal, start, end)

    def on_remove_report(self) -> None:
        if self.review is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Ta bort rapporten"),
            self.tr("Ta bort {0} ur biblioteket? Dina anteckningar om den sparas under "
                    "”Anteckningar som inte kunde placeras”. Det går att ångra.")
            .format(self.review.label),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_report()

    def remove_report(self) -> None:
        """Take the report out of the library (its notes are listed, never deleted)."""
        if self.review is None:
            return
        sha = self.review.sha256
        self._save(actions.remove_report)
        self.report_removed.emit(sha)

    def on_withdraw(self) -> None:
        row = self.corrections.currentItem()
        correction = row.data(0, ITEM_ROLE) if row is not None else None
        if correction is not None and self._may_withdraw(correction):
            self.model.withdraw(correction)

    def _may_withdraw(self, correction: Correction) -> bool:
        return correction.origin == "own" or self.model.scope == "library"

    def _enable_withdraw(self, *_: object) -> None:
        row = self.corrections.currentItem()
        correction = row.data(0, ITEM_ROLE) if row is not None else None
        allowed = correction is not None and self._may_withdraw(correction)
        self.withdraw_button.setEnabled(allowed)
        self.withdraw_button.setToolTip(
            ""
            if allowed or correction is None
            else self.tr("Sekreterarens rättelser tas tillbaka i sekreterarens bibliotek")
        )

    # --- following the model -----------------------------------------------------------------

    def on_corrections_changed(self, sha256: str) -> None:
        if self.review is None or sha256 != self.review.sha256:
            return
        report_id = self.model.report_id(sha256)
        if report_id is None:  # removed: nothing of it is left to review
            self.review = None
            self.heading.setText(
                self.tr("Rapporten är borttagen ur biblioteket (Ångra tar tillbaka den).")
            )
            self.items.clear()
            self.corrections.clear()
            return
        self.show_report(report_id)

    def on_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Rättelsen sparades inte"), message)


def _number(text: str) -> float | None:
    from desktop.ingest.readers.numbers import parse_number

    return parse_number(text)


def _utf16(text: str, offset: int) -> int:
    """A Python offset into the text as Qt counts it (UTF-16 code units)."""
    if text.isascii() or max(text, default=" ") <= "\uffff":
        return offset
    head = text[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF)


def _python(text: str, position: int) -> int:
    """A Qt position (UTF-16 code units) as an offset into the Python string."""
    if text.isascii() or max(text, default=" ") <= "\uffff":
        return position
    units = 0
    for index, ch in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)

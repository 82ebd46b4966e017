"""A report's goals as a list a member can filter by status; activating one opens it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from desktop.ingest.model import GOAL_STATUSES
from desktop.statuses import STATUS_COLOURS, status_label
from desktop.store import queries
from desktop.ui.plain import plain_tooltip
from desktop.ui.text_size import text_size

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


def goals_model(conn: sqlite3.Connection, report_id: int) -> QStandardItemModel:
    """One item per goal: its text, status colour as a side marker, id and status as roles."""
    model = QStandardItemModel()
    for goal in queries.report_goals(conn, report_id):
        item = QStandardItem(f"{goal.title}\n{status_label(goal.status)}")
        item.setEditable(False)
        item.setData(goal.id, GOAL_ID_ROLE)
        item.setData(goal.status, STATUS_ROLE)
        item.setData(QBrush(QColor(STATUS_COLOURS[goal.status][0])), Qt.ItemDataRole.DecorationRole)
        item.setToolTip(plain_tooltip(goal.title))
        model.appendRow(item)
    return model


class GoalList(QWidget):
    goal_activated = Signal(int)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.heading = QLabel(self.tr("Rapportens mål"))
        text_size().scaled(self.heading, 1.0, bold=True)
        self.filter = QComboBox()
        self.filter.setToolTip(self.tr("Visa bara mål med en viss bedömning"))
        self.filter.addItem(self.tr("Alla mål"), None)
        for status in GOAL_STATUSES:
            self.filter.addItem(status_label(status), status)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.view = QListView()
        self.view.setWordWrap(True)
        # items wrap at the list's width (at a large text size they would run off it)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSpacing(3)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self.on_activated)
        self.view.clicked.connect(self.on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.filter.currentIndexChanged.connect(self.on_filter_changed)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # room for a word of the goals' text
            self.setMinimumWidth(16 * self.fontMetrics().averageCharWidth())

    def show_report(self, report_id: int) -> None:
        self.proxy.setSourceModel(goals_model(self.conn, report_id))
        self.on_filter_changed()

    def select(self, goal_id: int) -> None:
        """Show which goal is open (without opening it again)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(GOAL_ID_ROLE) == goal_id:
                self.view.blockSignals(True)
                self.view.setCurrentIndex(index)
                self.view.blockSignals(False)
                return
        self.view.clearSelection()

    def on_filter_changed(self) -> None:
        status = self.filter.currentData()
        # anchored: "achieved" must not also match "not_achieved"
        self.proxy.setFilterRegularExpression("" if status is None else f"^{status}$")

    def on_activated(self, index) -> None:
        goal_id = index.data(GOAL_ID_ROLE)
        if goal_id is not None:
            self.goal_activated.emit(int(goal_id))

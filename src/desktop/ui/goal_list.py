"""A report's goals as a list a member can filter by status; activating one opens it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QListView, QVBoxLayout, QWidget

from desktop.ingest.model import GOAL_STATUSES
from desktop.statuses import STATUS_COLOURS, status_label
from desktop.store import queries

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
        item.setToolTip(goal.title)
        model.appendRow(item)
    return model


class GoalList(QWidget):
    goal_activated = Signal(int)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Alla mål"), None)
        for status in GOAL_STATUSES:
            self.filter.addItem(status_label(status), status)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.view = QListView()
        self.view.setWordWrap(True)
        self.view.setSpacing(3)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self.on_activated)
        self.view.clicked.connect(self.on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.filter.currentIndexChanged.connect(self.on_filter_changed)

    def show_report(self, report_id: int) -> None:
        self.proxy.setSourceModel(goals_model(self.conn, report_id))
        self.on_filter_changed()

    def on_filter_changed(self) -> None:
        status = self.filter.currentData()
        # anchored: "achieved" must not also match "not_achieved"
        self.proxy.setFilterRegularExpression("" if status is None else f"^{status}$")

    def on_activated(self, index) -> None:
        goal_id = index.data(GOAL_ID_ROLE)
        if goal_id is not None:
            self.goal_activated.emit(int(goal_id))

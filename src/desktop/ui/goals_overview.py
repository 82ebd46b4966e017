"""All goals of a committee × every report, each cell coloured by the goal's status."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.statuses import STATUS_COLOURS, status_label
from desktop.store import queries
from desktop.ui.frame_model import enable_copy
from desktop.ui.plain import committee_name, plain_tooltip
from desktop.ui.text_size import text_size

Index = QModelIndex | QPersistentModelIndex
GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalsGridModel(QAbstractTableModel):
    """Rows: goals as last worded; columns: reports newest first; cells: status.

    Newest first, so the year the member came for is in view without scrolling sideways.
    """

    def __init__(
        self, goals: list[str], reports: list[str], cells: dict[tuple[int, int], tuple[str, int]]
    ) -> None:
        super().__init__()
        last = len(reports) - 1
        self.goals, self.reports = goals, list(reversed(reports))
        self.cells = {(row, last - column): cell for (row, column), cell in cells.items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.goals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.reports)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cells.get((index.row(), index.column()))
        if cell is None:
            return "–" if role == Qt.ItemDataRole.DisplayRole else None
        status, goal_id = cell
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_COLOURS[status][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_COLOURS[status][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == GOAL_ID_ROLE:
            return goal_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        names = self.reports if orientation == Qt.Orientation.Horizontal else self.goals
        if not 0 <= section < len(names):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical:
            # the whole goal, as text: the row header shows its beginning
            return plain_tooltip(self.goals[section])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.reports[section]
            if orientation == Qt.Orientation.Horizontal
            else self.goals[section]
        )


def grid_model(conn: sqlite3.Connection, municipality: str, committee: str) -> GoalsGridModel:
    from desktop.analysis.compare import goals_overview_cells

    goals, reports, cells = goals_overview_cells(conn, municipality, committee)
    return GoalsGridModel(goals, reports, cells)


class GoalsOverview(QWidget):
    goal_requested = Signal(int)

    def __init__(self, conn: sqlite3.Connection, owner: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        """`owner`: (municipality, committee) shown first, e.g. the report the member reads."""
        super().__init__(parent)
        self.conn = conn
        self.owner = QComboBox()
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner.setMinimumContentsLength(10)
        owners = sorted({(r.municipality, r.committee) for r in queries.list_reports(conn)})
        for municipality, committee in owners:
            self.owner.addItem(f"{municipality} – {committee_name(committee)}",
                               (municipality, committee))  # fmt: skip
        for index in range(self.owner.count()):
            if owner is not None and tuple(self.owner.itemData(index)) == tuple(owner):
                self.owner.setCurrentIndex(index)
        self.view = QTableView()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().setMaximumWidth(520)
        self.view.doubleClicked.connect(self.on_cell_double_clicked)
        enable_copy(self.view)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Alla mål över åren för")))
        top.addWidget(self.owner, 1)
        hint = QLabel(self.tr("Dubbelklicka på en ruta för att öppna målet."))
        text_size().styled(hint, "color:#555;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.owner.currentIndexChanged.connect(self.on_owner_changed)
        self.on_owner_changed()

    def on_owner_changed(self) -> None:
        owner = self.owner.currentData()
        if owner is None:
            return
        self.view.setModel(grid_model(self.conn, *owner))
        self.view.resizeRowsToContents()

    def on_cell_double_clicked(self, index: QModelIndex) -> None:
        goal_id = index.data(GOAL_ID_ROLE)
        if goal_id is not None:
            self.goal_requested.emit(int(goal_id))

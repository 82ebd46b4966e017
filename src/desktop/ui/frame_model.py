"""A read-only table model over a list of row dicts (e.g. a pandas frame's records).

Columns are declared with a Swedish header, the row key, a formatter and an optional
colour rule, so the comparison view decides what to show and the model only shows it.
Also: copying a table view's selection as tab-separated text that pastes into Excel.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView

from desktop.ui.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


def is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def number(value: object, decimals: int = 1, suffix: str = "") -> str:
    """Swedish number format: space as thousands separator, comma as decimal mark."""
    if is_missing(value):
        return "–"
    text = f"{float(value):,.{decimals}f}".replace(",", " ").replace(".", ",")  # type: ignore[arg-type]
    if decimals and text.endswith("," + "0" * decimals):
        text = text[: -(decimals + 1)]
    return text.replace("-", "−") + suffix


@dataclass(frozen=True)
class Column:
    header: str
    key: str
    format: Callable[[Any], str] = str
    numeric: bool = False
    background: Callable[[dict[str, Any]], QColor | None] | None = None
    tooltip: Callable[[dict[str, Any]], str | None] | None = None  # else the cell's whole text


class RecordsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], records: Sequence[dict[str, Any]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.records = list(records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        record = self.records[index.row()]
        value = record.get(column.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if is_missing(value) and not column.numeric else column.format(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            tip = column.tooltip(record)
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.ToolTipRole and not column.numeric and not is_missing(value):
            return plain_tooltip(column.format(value))  # the whole text of a narrowed column
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            return column.background(record)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None


def selection_as_tsv(view: QTableView) -> str:
    """The selected cells (or the whole table) as tab-separated lines with headers."""
    model = view.model()
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    rows: list[int] | range
    cols: list[int] | range
    if not indexes:
        rows = range(model.rowCount())
        cols = range(model.columnCount())
    else:
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
    header = "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)
    lines = ["\t".join(str(model.index(r, c).data() or "") for c in cols) for r in rows]
    return "\n".join([header, *lines])


def enable_copy(view: QTableView) -> None:
    """Ctrl+C on the view copies its selection as tab-separated text."""
    shortcut = QShortcut(QKeySequence.StandardKey.Copy, view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: QGuiApplication.clipboard().setText(selection_as_tsv(view)))

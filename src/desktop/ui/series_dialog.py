"""Correcting the automatic KPI series links: split a name off, or merge another series in.

The choice is written to user.db, so it survives library updates and upgrades.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.kpi_names import name_key
from desktop.analysis.series import Series, SeriesIndex
from desktop.store.userdb import merge_series, split_series


class SeriesLinkDialog(QDialog):
    def __init__(self, index: SeriesIndex, series: Series, user_db: sqlite3.Connection,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.index, self.series, self.user_db = index, series, user_db
        self.setWindowTitle(self.tr("Koppling av nyckeltal mellan rapporter"))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr(
            "Nämndläsaren räknar namnen nedan som samma nyckeltal i olika rapporter. "
            "Bocka ur ett namn som är ett annat nyckeltal, eller lägg till ett nyckeltal som hör hit."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.names = QListWidget()
        for name in index.member_names(series.key):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.names.addItem(item)
        self.merge = QComboBox()
        self.merge.addItem(self.tr("(inget)"), None)
        others = sorted({key for key in index.series_of.values() if key != series.key})
        for key in others:
            members = index.member_names(key)
            if members:
                self.merge.addItem(members[0], key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names)
        layout.addWidget(QLabel(self.tr("Lägg till nyckeltal i serien:")))
        layout.addWidget(self.merge)
        layout.addWidget(buttons)

    def on_accepted(self) -> None:
        owner = (self.index.municipality, self.index.committee)
        for row in range(self.names.count()):
            item = self.names.item(row)
            if item.checkState() == Qt.CheckState.Unchecked:
                split_series(self.user_db, name_key(item.text()), *owner)
        other = self.merge.currentData()
        if other is not None:
            for name in self.index.member_names(other):
                merge_series(self.user_db, name_key(name), self.series.key, *owner)
        self.accept()

"""Annotations that could not be placed in the current library, for the member to re-attach.

They are never moved to a look-alike passage on their own: the member selects the right
words in the reader, then chooses "Fäst vid markerad text" here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui.annotations_model import AnnotationsModel

if TYPE_CHECKING:
    from desktop.ui.annotations_controller import AnnotationsController

ID_ROLE = Qt.ItemDataRole.UserRole + 20


class OrphansDialog(QDialog):
    def __init__(self, model: AnnotationsModel, controller: AnnotationsController,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.model = model
        self.controller = controller
        self.setWindowTitle(self.tr("Anteckningar som inte kunde placeras"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Texten de hörde till finns inte längre i rapportens nuvarande version. "
                "Markera rätt ställe i rapporten och välj ”Fäst vid markerad text”, eller "
                "behåll dem här – de tas aldrig bort av sig själva."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        attach = QPushButton(self.tr("Fäst vid markerad text"))
        attach.clicked.connect(self.on_attach)
        remove = QPushButton(self.tr("Ta bort"))
        remove.setToolTip(self.tr("Redigera → Ångra tar tillbaka den"))
        remove.clicked.connect(self.on_remove)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(attach, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        model.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for a in self.model.orphans():
            item = QListWidgetItem(
                f"{a.report_label}: ”{a.exact or a.goal_title}”\n{a.body}".strip()
            )
            item.setData(ID_ROLE, a.id)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("Alla anteckningar har sin plats."))

    def _selected(self) -> int | None:
        item = self.list.currentItem()
        data = item.data(ID_ROLE) if item is not None else None
        return int(data) if data is not None else None

    def on_attach(self) -> None:
        annotation_id = self._selected()
        if annotation_id is None:
            return
        if not self.controller.reattach(annotation_id):
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Markera först texten i rapporten.")
            )

    def on_remove(self) -> None:
        annotation_id = self._selected()
        if annotation_id is not None:
            self.model.delete(annotation_id)

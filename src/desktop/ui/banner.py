"""A message across the top of the window that stays until its cause is gone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from desktop.ui.plain import plain_label
from desktop.ui.text_size import text_size

WARNING = ("#fff4ce", "#8a6d00")
PROBLEM = ("#fde7e9", "#b00020")


class Banner(QFrame):
    """Text and a few buttons on a coloured strip; hidden until `show_text`."""

    def __init__(self, colours: tuple[str, str] = PROBLEM, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        background, edge = colours
        text_size().styled(
            self, f"#banner {{ background:{background}; border-bottom: 2px solid {edge}; }}"
        )
        self.label = plain_label()
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def add_button(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._layout.addWidget(button)
        self.buttons[key] = button
        return button

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.show()

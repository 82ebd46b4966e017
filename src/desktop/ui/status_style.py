"""How a goal status looks in the widgets: a badge in its colour (names in desktop.statuses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.statuses import STATUS_COLOURS, status_label
from desktop.ui.text_size import text_size


def status_badge(status: str, parent: QWidget | None = None) -> QLabel:
    """A small rounded label in the status colour."""
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["unassessed"])
    badge = QLabel(status_label(status), parent)
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text_size().styled(
        badge,
        f"background:{background}; color:{foreground}; border-radius:6px;"
        " padding:2px 10px; font-weight:600;",
    )
    badge.setSizePolicy(badge.sizePolicy().horizontalPolicy(), badge.sizePolicy().verticalPolicy())
    badge.setMaximumHeight(badge.sizeHint().height() + 4)
    badge.setProperty("status", status)
    return badge

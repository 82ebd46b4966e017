"""How a goal status looks: Swedish label and colours, one place for every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

# status -> (background, text colour); colour-blind safe enough with the label beside it
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "achieved": ("#1b7f3b", "#ffffff"),
    "partly": ("#f2c200", "#1a1a1a"),
    "not_achieved": ("#c62828", "#ffffff"),
    "expected_achieved": ("#8fd19e", "#1a1a1a"),
    "expected_not_achieved": ("#ef8a17", "#1a1a1a"),
    "unassessed": ("#9e9e9e", "#ffffff"),
}


def status_label(status: str) -> str:
    """The status as a member reads it, translated."""
    labels = {
        "achieved": QCoreApplication.translate("Status", "Uppnått"),
        "partly": QCoreApplication.translate("Status", "Delvis uppnått"),
        "not_achieved": QCoreApplication.translate("Status", "Ej uppnått"),
        "expected_achieved": QCoreApplication.translate("Status", "Förväntas uppnås"),
        "expected_not_achieved": QCoreApplication.translate("Status", "Förväntas inte uppnås"),
        "unassessed": QCoreApplication.translate("Status", "Ej bedömt"),
    }
    return labels.get(status, labels["unassessed"])


def status_badge(status: str, parent: QWidget | None = None) -> QLabel:
    """A small rounded label in the status colour."""
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["unassessed"])
    badge = QLabel(status_label(status), parent)
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setStyleSheet(
        f"background:{background}; color:{foreground}; border-radius:6px;"
        " padding:2px 10px; font-weight:600;"
    )
    badge.setSizePolicy(badge.sizePolicy().horizontalPolicy(), badge.sizePolicy().verticalPolicy())
    badge.setMaximumHeight(badge.sizeHint().height() + 4)
    badge.setProperty("status", status)
    return badge

"""A goal status as members read it: its Swedish name (translated) and its colours.

Shared by the widgets (desktop.ui.status_style) and the printed summary (desktop.export),
so it lives below both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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

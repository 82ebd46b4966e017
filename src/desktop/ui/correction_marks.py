"""The small "rättat" marker on a corrected value, status or goal, wherever it is shown.

Its tooltip says who corrected it and when, and what the printed report says, so that a
member knows the number differs from the report on paper (desktop.corrections.wording).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.corrections.marks import Mark
from desktop.corrections.wording import mark_tooltip, marker_text
from desktop.ui.plain import plain_tooltip
from desktop.ui.text_size import text_size

MARKER_STYLE = (
    "background:#fff0d6; color:#8a4b00; border:1px solid #e8b56b; border-radius:6px;"
    " padding:0px 6px; font-size:small;"
)
OWN_STYLE = (
    "background:#e6f0ff; color:#1f4f8a; border:1px solid #9bbbe6; border-radius:6px;"
    " padding:0px 6px; font-size:small;"
)


def marker(marks: list[Mark], parent: QWidget | None = None) -> QLabel | None:
    """The marker for an item's corrections, or None when it has none."""
    if not marks:
        return None
    label = QLabel(marker_text(), parent)
    label.setObjectName("correctionMarker")
    text_size().styled(label, OWN_STYLE if marks[-1].origin == "own" else MARKER_STYLE)
    label.setToolTip(plain_tooltip(mark_tooltip(marks)))
    label.setAccessibleName(mark_tooltip(marks))
    label.setMaximumHeight(label.sizeHint().height() + 2)
    return label

"""Text from reports and notes shown as the text it is, never as markup; counted words.

A report or a note may hold "<img src=…>" or "<b>": in a QLabel (AutoText), a tooltip
or a rich-text view Qt would render it, even load a local file. Labels showing such
text are made with `plain_label`; tooltips go through `plain_tooltip`; rich text built
by hand escapes with `html.escape`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.text_size import text_size


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows its text as typed or printed, markup included."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class LinkLabel(QLabel):
    """Plain text that wraps and, clicked, opens what it names."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        text_size().styled(self, "color:#1f5fa8;")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.clicked.emit()


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` literally (Qt renders a tooltip that looks like markup)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def count(n: int, one: str, many: str) -> str:
    """'1 anteckning' / '3 anteckningar': both forms are translated, `{0}` is the number."""
    return (one if n == 1 else many).replace("{0}", str(n))


# what the reader of a report calls a committee it could not name (desktop.ingest.pipeline)
UNKNOWN_COMMITTEE = str(QT_TRANSLATE_NOOP("Plain", "Okänd nämnd"))


def committee_name(committee: str) -> str:
    """The committee as stored, or 'Okänd nämnd' in the member's language."""
    if committee == UNKNOWN_COMMITTEE:
        return QCoreApplication.translate("Plain", UNKNOWN_COMMITTEE)
    return committee

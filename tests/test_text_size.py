"""The text size reaches widgets Qt would leave behind, without walking Qt's own widget list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.ui.text_size import text_size


def test_styled_widgets_and_what_they_hold_follow_the_text_size(qtbot: QtBot) -> None:
    size = text_size()
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    hint = size.styled(QLabel("en ledtext"), "color:#555;")  # Qt keeps a styled label's font
    card = size.styled(QWidget(), "#card { background: white; }")
    inside = QLabel("i kortet")  # a style sheet on the card holds this one back as well
    QVBoxLayout(card).addWidget(inside)
    heading = size.scaled(QLabel("Rubrik"), 1.5)
    for widget in (hint, card, heading):
        layout.addWidget(widget)
    window.show()
    start = size.point_size
    try:
        size.set_point_size(start + 6)
        assert hint.font().pointSizeF() == start + 6
        assert inside.font().pointSizeF() == start + 6
        assert heading.font().pointSizeF() == 1.5 * (start + 6)
    finally:
        size.set_point_size(start)
    assert hint.font().pointSizeF() == start


def test_a_deleted_widget_is_let_go(qtbot: QtBot) -> None:
    size = text_size()
    gone = size.styled(QLabel("borta"), "color:#555;")
    gone.deleteLater()
    qtbot.waitUntil(lambda: not isValid(gone))
    size.set_point_size(size.point_size)  # walks what it keeps: the deleted one is dropped
    assert all(isValid(widget) for widget in size._followers.values())

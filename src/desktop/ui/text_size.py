"""One text size for every reading surface: report, tables, goals, comparisons, notes.

Ctrl + / − changes the application's font, so every widget made afterwards is born at
the new size. Widgets that cannot follow by themselves are set here as well: Qt does
not pass a parent's or the application's new font to a widget that has a style sheet
(QWidgetPrivate::naturalWidgetFont skips parents with WA_StyleSheet, and a styled
widget keeps the font it was polished with), and headings are larger than the text by
a factor (`scaled`). Such widgets are made through `scaled` or `styled`, which keep them
in a list to set again; Qt's own list of every widget is never walked (PySide6 makes a
wrapper for each widget Qt made, with nothing to tell it when Qt deletes one, and a later
widget at the same address then meets a stale wrapper: a crash seen in long sessions).
Menus, tab titles and the status bar keep the system size: they are the frame around
the text, not text to read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStatusBar, QTabBar, QToolTip, QWidget
from shiboken6 import isValid

MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 40
READING_MIN = 12  # no member starts below this, whatever the system says
SCALE = "textScale"  # widget property: size relative to the text size (headings > 1)
CHROME = (QMenuBar, QMenu, QStatusBar, QTabBar)


class TextSize(QObject):
    """The member's text size in points; `changed(points)` after every change."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.system_font = QFont(QApplication.font())
        self._size = self.default()
        # the widgets made with `scaled` or `styled`, by id (held here, so an id stays theirs)
        self._followers: dict[int, QWidget] = {}
        self._pruned_at = 0

    def default(self) -> int:
        """The size a member starts with: a step above the system font, at least 12 pt."""
        system = self.system_font.pointSizeF()
        return max(READING_MIN, round(system) + 1) if system > 0 else READING_MIN

    @property
    def point_size(self) -> int:
        return self._size

    def set_point_size(self, size: int) -> None:
        """Apply a size to the application and every open widget."""
        self._size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, int(size)))
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        font = QFont(self.system_font)
        font.setPointSizeF(self._size)
        QApplication.setFont(font)
        for chrome in CHROME:
            QApplication.setFont(self.system_font, chrome.__name__)  # type: ignore[arg-type]  # PySide6 takes str here, its stub says bytes
        QToolTip.setFont(font)
        self._prune()
        for widget in list(self._followers.values()):
            self._fit(widget)
            for child in widget.findChildren(QWidget):  # a style sheet holds them back too
                if id(child) not in self._followers:
                    self._fit(child)
        self.changed.emit(self._size)

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        """The text font at `scale` times the text size (for painting and charts)."""
        font = QFont(QApplication.font())
        font.setPointSizeF(self._size * scale)
        font.setBold(bold)
        return font

    def scaled(self, widget: QWidget, scale: float, bold: bool | None = None) -> QWidget:
        """Keep `widget` at `scale` times the text size, now and after every change."""
        widget.setProperty(SCALE, float(scale))
        if bold is not None:
            font = QFont(widget.font())
            font.setBold(bold)
            widget.setFont(font)
        self._fit(widget)
        self._follow(widget)
        return widget

    def styled(self, widget: QWidget, style_sheet: str) -> QWidget:
        """`widget` with its style sheet, kept at the text size (Qt would not pass it on)."""
        widget.setStyleSheet(style_sheet)
        if id(widget) not in self._followers:
            self._fit(widget)
            self._follow(widget)
        return widget

    def _follow(self, widget: QWidget) -> None:
        self._followers[id(widget)] = widget
        if len(self._followers) > 2 * self._pruned_at + 500:
            self._prune()

    def _prune(self) -> None:
        """Forget the widgets that are gone (their wrappers say so: Python made them)."""
        self._followers = {key: w for key, w in self._followers.items() if isValid(w)}
        self._pruned_at = len(self._followers)

    def _fit(self, widget: QWidget) -> None:
        scale = _scale(widget)
        font = QFont(widget.font())
        font.setPointSizeF(self._size * (scale if scale is not None else 1.0))
        widget.setFont(font)

    def reset(self) -> None:
        """Back to the system font (tests start each window from here)."""
        QApplication.setFont(self.system_font)
        self._size = self.default()


def _scale(widget: QWidget) -> float | None:
    # Asked only when set: PySide6 6.12 returns None for a missing property without
    # taking a reference, and thousands of such calls free None itself (a fatal error).
    if SCALE.encode() not in {bytes(name.data()) for name in widget.dynamicPropertyNames()}:
        return None
    return float(widget.property(SCALE))


_instance: TextSize | None = None


def text_size() -> TextSize:
    """The application's one text size (made on first use, after the QApplication)."""
    global _instance
    if _instance is None:
        _instance = TextSize()
    return _instance

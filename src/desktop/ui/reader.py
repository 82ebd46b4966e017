"""The report reader: headings, paragraphs a member can select, tables as real tables.

Each paragraph knows its section and where it starts in the section's text, so a
selection maps to character offsets in that text (what annotations anchor to).
"""

from __future__ import annotations

import re
import sqlite3
from html import escape, unescape

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.annotate.in_report import Mark
from desktop.ingest.readers.numbers import parse_number
from desktop.store import queries
from desktop.ui.frame_model import enable_copy
from desktop.ui.status_style import status_badge

DEFAULT_POINT_SIZE = 12
FIRST_SCREEN_BLOCKS = 12  # paragraphs and tables built before the window first shows
# highlight colours a member can choose (Swedish names are stored in user.db)
HIGHLIGHT_COLOURS = {"gul": "#fff3a0", "grön": "#c8efc4", "blå": "#cfe3ff", "rosa": "#ffd3e6"}
KIND_BACKGROUND = {"note": "#dbe9fb", "question": "#ffe0b8"}
Index = QModelIndex | QPersistentModelIndex
LONG_CELL = 80


def plain_cell(cell: str) -> str:
    """A table cell as readable text: HTML paragraphs (Huddinge) become lines, tags go."""
    if "<" not in cell and "&" not in cell:
        return cell
    text = re.sub(r"</p>\s*<p>|<br\s*/?>", "\n", cell, flags=re.I)
    return unescape(re.sub(r"<[^>]+>", "", text)).strip()


class TableModel(QAbstractTableModel):
    """A printed table: its header and rows of cell text; numbers right-aligned."""

    def __init__(self, table: queries.TableData) -> None:
        super().__init__()
        width = max([len(table.header), *(len(r) for r in table.rows)])
        self.header = [plain_cell(c) for c in table.header] + [""] * (width - len(table.header))
        self.rows = [[plain_cell(c) for c in row] + [""] * (width - len(row)) for row in table.rows]
        # tables of prose (risk lists, control plans) wrap within the page and read top-down
        self.prose = any(len(cell) > LONG_CELL for row in self.rows for cell in row[1:])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell
        if role != Qt.ItemDataRole.TextAlignmentRole:
            return None
        if index.column() > 0 and parse_number(cell) is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.prose:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.header[section]
        return None


class Paragraph(QLabel):
    """A selectable paragraph that knows where it stands in its section's text."""

    # QLabel has no selection signal; a finished mouse or keyboard selection is reported.
    selection_made = Signal()
    menu_requested = Signal(QPoint)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        self.selection_made.emit()

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        super().keyReleaseEvent(event)
        self.selection_made.emit()

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.menu_requested.emit(event.globalPos())

    def __init__(self, text: str, section_id: int, char_start: int) -> None:
        super().__init__(text)
        self.plain = text
        self.section_id = section_id
        self.char_start = char_start
        self.marks: list[Mark] = []
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setCursor(Qt.CursorShape.IBeamCursor)

    def set_marks(self, marks: list[Mark]) -> None:
        """Colour the annotated passages; the characters (and so the offsets) stay the same."""
        self.marks = marks
        if not marks:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(self.plain)
            return
        colour_at: list[str | None] = [None] * len(self.plain)
        for mark in marks:
            colour = HIGHLIGHT_COLOURS.get(mark.colour, HIGHLIGHT_COLOURS["gul"])
            colour = KIND_BACKGROUND.get(mark.kind, colour)
            for i in range(max(0, mark.start - self.char_start),
                           min(len(self.plain), mark.end - self.char_start)):  # fmt: skip
                colour_at[i] = colour
        parts, i = [], 0
        while i < len(self.plain):
            j = i
            while j < len(self.plain) and colour_at[j] == colour_at[i]:
                j += 1
            text = escape(self.plain[i:j])
            parts.append(f'<span style="background-color:{colour_at[i]};">{text}</span>'
                         if colour_at[i] else text)  # fmt: skip
            i = j
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(f'<span style="white-space:pre-wrap;">{"".join(parts)}</span>')


class Reader(QScrollArea):
    """Shows one report; `show_report`, `scroll_to_section`, `scroll_to_goal`, `selected_text`."""

    selection_changed = Signal()
    annotate_requested = Signal(str, str)  # kind ("highlight", "note", "question"), colour

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.report_id: int | None = None
        self.marks: list[Mark] = []
        self.point_size = DEFAULT_POINT_SIZE
        self.section_widgets: dict[int, QWidget] = {}
        self.goal_widgets: dict[int, QWidget] = {}
        self.paragraphs: list[Paragraph] = []
        self.tables: list[QTableView] = []
        self.headings: list[QLabel] = []
        self._pending: list[queries.SectionRow] = []  # sections still to be built
        # the place jumped to, kept in view while the page settles, until the member scrolls
        self._jumped_to: QWidget | None = None
        self.verticalScrollBar().actionTriggered.connect(self._forget_jump)
        self.verticalScrollBar().rangeChanged.connect(self._page_resized)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # wrapped cells are measured at the columns' final widths, once the page is laid out
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_tables)
        self._empty()

    def _fit_tables(self) -> None:
        for view in self.tables:
            _fit_height(view)

    def _forget_jump(self) -> None:
        self._jumped_to = None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit.start()

    def _empty(self) -> None:
        placeholder = QLabel(self.tr("Välj en rapport i biblioteket till vänster."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setStyleSheet("color:#666;")
        self.setWidget(placeholder)

    def set_point_size(self, size: int) -> None:
        """Text size for the whole report; re-renders, keeping the reading position."""
        self.point_size = max(8, min(32, size))
        if self.report_id is not None:
            ratio = self.verticalScrollBar().value() / max(1, self.verticalScrollBar().maximum())
            self.show_report(self.report_id)
            QTimer.singleShot(
                0,
                lambda: self.verticalScrollBar().setValue(
                    int(ratio * self.verticalScrollBar().maximum())
                ),
            )

    def show_report(self, report_id: int, *, first_screen_only: bool = False) -> None:
        """Render a report. With first_screen_only, the sections below the first screen
        are built right after the window is painted (start-up); `complete` builds them now.
        """
        report = queries.get_report(self.conn, report_id)
        if report is None:
            self._empty()
            return
        if report_id != self.report_id:
            self.marks = []
        self.report_id = report_id
        self.section_widgets, self.goal_widgets = {}, {}
        self.paragraphs, self.tables, self.headings = [], [], []
        self._goals_by_section: dict[int | None, list[queries.GoalRow]] = {}
        for goal in queries.report_goals(self.conn, report_id):
            self._goals_by_section.setdefault(goal.section_id, []).append(goal)
        page = QWidget()
        page.setObjectName("readerPage")
        page.setStyleSheet("#readerPage { background: white; }")
        font = QFont(page.font())
        font.setPointSize(self.point_size)
        page.setFont(font)
        self._page_layout = QVBoxLayout(page)
        self._page_layout.setContentsMargins(48, 24, 48, 48)
        self._page_layout.setSpacing(10)
        title = self._heading(report.title or report.label, 1.6)
        self._page_layout.addWidget(title)
        subtitle = QLabel(f"{report.municipality} · {report.committee} · {report.label}")
        subtitle.setStyleSheet("color:#555;")
        self._page_layout.addWidget(subtitle)
        self._jumped_to = None
        self._pending = queries.report_sections(self.conn, report_id)
        self._build(FIRST_SCREEN_BLOCKS if first_screen_only else None)
        self.setWidget(page)
        if self._pending:  # the rest once the first screen is on show, or when asked for
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.widget():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.complete)
        return False  # the page handles every event itself

    def _page_resized(self) -> None:
        """Tables were measured or text rewrapped: keep the place jumped to in view."""
        if self._jumped_to is not None:
            QTimer.singleShot(0, self._keep_jump_in_view)

    def _keep_jump_in_view(self) -> None:
        if self._jumped_to is not None:
            self.verticalScrollBar().setValue(self._jumped_to.y())

    def complete(self) -> None:
        """Build the sections not yet shown, so every part of the report can be reached."""
        if self._pending:
            self._build(None)

    def _build_through(self, section_id: int) -> None:
        """Build sections up to this one (a place to scroll to); the rest follow later."""
        while self._pending and section_id not in self.section_widgets:
            self._build(1)

    def _build(self, budget: int | None) -> None:
        """Add sections until `budget` blocks are shown (None: all), then finish the page."""
        shown = 0
        while self._pending and (budget is None or shown < budget):
            section = self._pending.pop(0)
            self._add_section(section)
            shown += len(section.blocks) + 1
        if not self._pending:
            self._page_layout.addStretch(1)
            self.set_marks(self.marks)
            self._refit.start()

    def _add_section(self, section: queries.SectionRow) -> None:
        layout = self._page_layout
        heading = self._heading(section.heading, 1.35 if section.level <= 1 else 1.15)
        self.section_widgets[section.id] = heading
        layout.addWidget(heading)
        pending_goals = sorted(self._goals_by_section.get(section.id, []), key=lambda g: g.ord)
        for block in section.blocks:
            while pending_goals and pending_goals[0].line_start <= block.line_end:
                layout.addWidget(self._goal_card(pending_goals.pop(0)))
            if block.table is not None:
                layout.addWidget(self._table(block.table))
            else:
                paragraph = Paragraph(
                    section.text[block.char_start : block.char_end], section.id, block.char_start
                )
                paragraph.selection_made.connect(self.selection_changed)
                paragraph.menu_requested.connect(self.show_selection_menu)
                self.paragraphs.append(paragraph)
                layout.addWidget(paragraph)
        for goal in pending_goals:
            layout.addWidget(self._goal_card(goal))

    def set_marks(self, marks: list[Mark]) -> None:
        """Show the open report's annotated passages in their colours."""
        self.marks = marks
        for paragraph in self.paragraphs:
            end = paragraph.char_start + len(paragraph.plain)
            mine = [m for m in marks if m.section_id == paragraph.section_id
                    and m.start < end and m.end > paragraph.char_start]  # fmt: skip
            if mine or paragraph.marks:
                paragraph.set_marks(mine)

    def scroll_to_mark(self, annotation_id: int) -> bool:
        """Bring an annotated passage into view; False when it is not in this report."""
        mark = next((m for m in self.marks if m.annotation_id == annotation_id), None)
        if mark is None:
            return False
        self.complete()
        for paragraph in self.paragraphs:
            if paragraph.section_id == mark.section_id and (
                paragraph.char_start <= mark.start < paragraph.char_start + len(paragraph.plain)
            ):
                self._jumped_to = None  # this place, not an earlier jump, is what to show
                self.ensureWidgetVisible(paragraph, 0, self.viewport().height() // 3)
                return True
        return False

    def show_selection_menu(self, position: QPoint) -> None:
        """Right click on the text: highlight, note or question on the selection, or copy."""
        selected = self.selected_text()
        menu = QMenu(self)
        if selected is None:
            hint = menu.addAction(self.tr("Markera text för att anteckna"))
            hint.setEnabled(False)
        else:
            colours = menu.addMenu(self.tr("Markera"))
            for name, label in (("gul", self.tr("Gul")), ("grön", self.tr("Grön")),
                                ("blå", self.tr("Blå")), ("rosa", self.tr("Rosa"))):  # fmt: skip
                colours.addAction(
                    label,
                    lambda c=name: self.annotate_requested.emit("highlight", c),  # type: ignore[misc]
                )
            menu.addAction(self.tr("Anteckning…"), lambda: self.annotate_requested.emit("note", ""))
            menu.addAction(
                self.tr("Fråga till förvaltningen…"),
                lambda: self.annotate_requested.emit("question", ""),
            )
            menu.addSeparator()
            menu.addAction(self.tr("Kopiera"), lambda: _copy(selected[3]))
        menu.exec(position)

    def _heading(self, text: str, scale: float) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setPointSizeF(self.point_size * scale)
        font.setBold(True)
        label.setFont(font)
        label.setStyleSheet("margin-top:12px;")
        self.headings.append(label)
        return label

    def _goal_card(self, goal: queries.GoalRow) -> QWidget:
        card = QFrame()
        card.setObjectName("goalCard")
        card.setStyleSheet("#goalCard { background:#f3f6fa; border-left: 4px solid #1f5fa8; }")
        layout = QVBoxLayout(card)
        top = QHBoxLayout()
        kind = QLabel(self.tr("Mål"))
        kind.setStyleSheet("color:#555; font-weight:600;")
        top.addWidget(kind)
        top.addWidget(status_badge(goal.status))
        top.addStretch(1)
        layout.addLayout(top)
        text = QLabel(goal.title)
        text.setWordWrap(True)
        font = QFont(text.font())
        font.setBold(True)
        text.setFont(font)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.goal_widgets[goal.id] = card
        return card

    def _table(self, table: queries.TableData) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 8)
        if table.title:
            caption = QLabel(table.title)
            caption.setStyleSheet("font-weight:600;")
            layout.addWidget(caption)
        view = QTableView()
        model = TableModel(table)
        view.setModel(model)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = view.horizontalHeader()
        if model.prose:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            if model.columnCount():
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: _fit_height(view))
        enable_copy(view)
        _fit_height(view)
        self.tables.append(view)
        layout.addWidget(view)
        return box

    def scroll_to_section(self, section_id: int) -> None:
        self._build_through(section_id)
        self._scroll_to(self.section_widgets.get(section_id))

    def scroll_to_goal(self, goal_id: int) -> None:
        self.complete()
        self._scroll_to(self.goal_widgets.get(goal_id))

    def _scroll_to(self, widget: QWidget | None) -> None:
        """Bring a widget to the top, and keep it there while the page settles."""
        if widget is None:
            return
        self.verticalScrollBar().setValue(widget.y())
        self._jumped_to = widget

    def current_section(self) -> int | None:
        """The section at the top of the view: the reading position to restore."""
        top = self.verticalScrollBar().value()
        current = None
        for section_id, widget in self.section_widgets.items():
            if widget.y() <= top + 5:
                current = section_id
        return current

    def selected_text(self) -> tuple[int, int, int, str] | None:
        """(section id, start, end, quote) of the selection, offsets into the section's text."""
        for paragraph in self.paragraphs:
            if paragraph.hasSelectedText():
                start = paragraph.char_start + paragraph.selectionStart()
                quote = paragraph.selectedText()
                return paragraph.section_id, start, start + len(quote), quote
        return None


def _copy(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


def _fit_height(view: QTableView) -> None:
    """Show every row: the page scrolls, not each table."""
    view.resizeRowsToContents()
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().height()
    view.setFixedHeight(height + 2)

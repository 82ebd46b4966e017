"""The report reader: headings, paragraphs a member can select, tables as real tables.

Each paragraph knows its section and where it starts in the section's text, so a
selection maps to character offsets in that text (what annotations anchor to).
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
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
from PySide6.QtGui import QColor, QPalette, QTextDocument
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
from desktop.annotate.kinds import HIGHLIGHT_COLOURS, colour_label, passage_colour
from desktop.corrections.marks import Mark as CorrectionMark
from desktop.corrections.marks import Marks, report_marks, table_marks
from desktop.ingest.readers.numbers import parse_number
from desktop.store import queries
from desktop.ui.correction_marks import marker as correction_marker
from desktop.ui.frame_model import enable_copy
from desktop.ui.plain import committee_name, plain_label
from desktop.ui.search_terms import find_terms, search_terms
from desktop.ui.status_style import status_badge
from desktop.ui.text_size import text_size

FIRST_SCREEN_BLOCKS = 12  # paragraphs and tables built before the window first shows
# A report longer than this is shown from its first screen and built on while the member
# reads, a slice of GROW_SECONDS at a time (a 150-page report takes seconds to build)
LONG_REPORT_BLOCKS = 400
GROW_SECONDS = 0.04
# Sections are laid out in parts of about this many blocks, each its own widget: adding a
# part to a long page then measures the parts, not every paragraph above it again
PART_BLOCKS = 40
Index = QModelIndex | QPersistentModelIndex
LONG_CELL = 80
SEARCH_HIT = "#ffd08a"  # every match of the search in the report
SEARCH_CURRENT = "#ff9632"  # the match shown now (F3 / Shift+F3 move on)
PASSAGE_SHOWN = "#ffe08a"  # a passage opened from 'Att fråga om' as a flag's evidence


@dataclass(frozen=True)
class Match:
    """Where the searched words occur: a paragraph's characters, or a table's cell."""

    widget: QWidget
    start: int  # paragraph: character offsets in its text; table: row and column
    end: int


@dataclass(frozen=True)
class Spot:
    """What the member is looking at, to find on the original page: characters of a
    section's text, a table's cell, a goal, or a whole section."""

    section_id: int | None = None
    start: int | None = None
    end: int | None = None
    table_id: int | None = None
    row: int = 0
    column: int | None = None
    goal_id: int | None = None


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
        self.table_id = table.id
        width = max([len(table.header), *(len(r) for r in table.rows)])
        self.header = [plain_cell(c) for c in table.header] + [""] * (width - len(table.header))
        self.rows = [[plain_cell(c) for c in row] + [""] * (width - len(row)) for row in table.rows]
        # tables of prose (risk lists, control plans) wrap within the page and read top-down
        self.prose = any(len(cell) > LONG_CELL for row in self.rows for cell in row[1:])
        self.found: set[tuple[int, int]] = set()  # cells holding the searched words
        self.current: tuple[int, int] | None = None
        self.shown_row: int | None = None  # a row opened as evidence ("Att fråga om")

    def set_search(self, terms: list[str]) -> list[tuple[int, int]]:
        """Mark the cells holding the words; returns them in reading order."""
        found = [(r, c) for r, row in enumerate(self.rows) for c, cell in enumerate(row)
                 if terms and find_terms(cell, terms)]  # fmt: skip
        changed = set(found) | self.found
        self.found = set(found)
        for row, column in changed:
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])
        return found

    def set_current(self, cell: tuple[int, int] | None) -> None:
        before, self.current = self.current, cell
        for spot in (before, cell):
            if spot is not None:
                index = self.index(*spot)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.BackgroundRole])

    def show_row(self, row: int | None) -> None:
        """Colour a whole row: the evidence a flag points at."""
        before, self.shown_row = self.shown_row, row
        for spot in (before, row):
            if spot is not None and 0 <= spot < len(self.rows):
                self.dataChanged.emit(self.index(spot, 0), self.index(spot, len(self.header) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell
        if role == Qt.ItemDataRole.BackgroundRole:
            spot = (index.row(), index.column())
            if spot == self.current:
                return QColor(SEARCH_CURRENT)
            if spot in self.found:
                return QColor(SEARCH_HIT)
            return QColor(PASSAGE_SHOWN) if index.row() == self.shown_row else None
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
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.header)
        ):
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
        self._heights: dict[int, int] = {}  # width -> height, for the text and font shown now
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
        self._render()

    def set_found(self, found: list[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Colour the searched words (offsets in this paragraph), the current one stronger."""
        self.found, self.current = found, current
        self._render()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """Measured once per width. A layout asks every paragraph its height many times
        while the page settles (15 times each, at two or three widths), and measuring
        wrapped text is what made a long report slow to show."""
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802
        self._heights.clear()
        super().setText(text)

    def _render(self) -> None:
        found: list[tuple[int, int]] = getattr(self, "found", [])
        current: tuple[int, int] | None = getattr(self, "current", None)
        if not self.marks and not found:
            if self.textFormat() != Qt.TextFormat.PlainText or self.text() != self.plain:
                self.setTextFormat(Qt.TextFormat.PlainText)
                self.setText(self.plain)
            return
        colour_at: list[str | None] = [None] * len(self.plain)
        for mark in self.marks:
            colour = passage_colour(mark.kind, mark.colour)
            for i in range(max(0, mark.start - self.char_start),
                           min(len(self.plain), mark.end - self.char_start)):  # fmt: skip
                colour_at[i] = colour
        for start, end in found:
            colour = SEARCH_CURRENT if (start, end) == current else SEARCH_HIT
            for i in range(max(0, start), min(len(self.plain), end)):
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

    def char_y(self, index: int) -> int:
        """How far below the paragraph's top the line holding character `index` starts."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        document.setTextWidth(max(1, self.contentsRect().width()))
        document.setPlainText(self.plain)
        block = document.findBlock(index)
        layout = block.layout()
        if layout is None:
            return 0
        top = document.documentLayout().blockBoundingRect(block).top()
        line = layout.lineForTextPosition(index - block.position())
        return int(top + (line.y() if line.isValid() else 0))


class Reader(QScrollArea):
    """Shows one report; `show_report`, `scroll_to_section`, `scroll_to_goal`, `selected_text`."""

    selection_changed = Signal()
    annotate_requested = Signal(str, str)  # kind ("highlight", "note", "question"), colour
    original_requested = Signal(object)  # Spot: show it on the original page

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.report_id: int | None = None
        self._parts: list[QWidget] = []  # the page's parts, each a few sections (PART_BLOCKS)
        self.marks: list[Mark] = []
        self.corrected = Marks()
        self.corrected_tables: dict[int, list[CorrectionMark]] = {}
        self.terms: list[str] = []  # the words searched for, highlighted in the report
        self.matches: list[Match] = []
        self.current_match = -1
        self.section_widgets: dict[int, QWidget] = {}
        self.goal_widgets: dict[int, QWidget] = {}
        self.paragraphs: list[Paragraph] = []
        self.tables: list[QTableView] = []
        self.headings: list[QLabel] = []
        self._pending: list[queries.SectionRow] = []  # sections still to be built
        # the place jumped to, kept in view while the page settles, until the member scrolls
        self._jumped_to: QWidget | None = None
        self._jump_match: Match | None = None  # a search match jumped to, a third down
        self._focus: Spot | None = None  # what was jumped to, until the member scrolls
        self.verticalScrollBar().actionTriggered.connect(self._forget_jump)
        self.verticalScrollBar().rangeChanged.connect(self._page_resized)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # wrapped cells are measured at the columns' final widths, once the page is laid out
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_tables)
        self._grow_timer = QTimer(self)
        self._grow_timer.setInterval(0)
        self._grow_timer.timeout.connect(self._grow)
        text_size().changed.connect(self._text_size_changed)
        self._empty()

    @property
    def point_size(self) -> int:
        """The text size the report is shown at (the app's one text size)."""
        return text_size().point_size

    def _text_size_changed(self) -> None:
        """Text grew or shrank: tables are measured again, the place read stays in view."""
        if self.report_id is None:
            return
        top = self._widget_at_top()
        self._refit.start()
        if top is not None:
            self._jumped_to, self._jump_match = top, None
            QTimer.singleShot(0, self, self._keep_jump_in_view)

    def _widget_at_top(self) -> QWidget | None:
        page = self.widget()
        if page is None:
            return None
        top = self.verticalScrollBar().value()
        if top <= 0:
            return None
        child = page.childAt(page.width() // 2, top + 2)
        while child is not None and child.parentWidget() not in (page, *self._parts):
            child = child.parentWidget()
        return child

    def _fit_tables(self) -> None:
        for view in self.tables:
            _fit_height(view)

    def _forget_jump(self) -> None:
        self._jumped_to = None
        self._focus = None

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._refit.start()

    def _empty(self) -> None:
        placeholder = QLabel(self.tr("Välj en rapport i biblioteket till vänster."))
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_size().styled(placeholder, "color:#666;")
        self.setWidget(placeholder)

    def show_report(self, report_id: int, *, first_screen_only: bool = False) -> None:
        """Render a report. With first_screen_only, or for a long report, the sections
        below the first screen are built after the window is painted, a slice at a time
        while the member reads; `complete` builds them at once (search, a jump)."""
        report = queries.get_report(self.conn, report_id)
        if report is None:
            self._empty()
            return
        self._grow_timer.stop()
        if report_id != self.report_id:
            self.marks = []
        self.terms, self.matches, self.current_match = [], [], -1
        self.report_id = report_id
        self.section_widgets, self.goal_widgets = {}, {}
        self.table_views: dict[tuple[int, int], QTableView] = {}  # (section, block start)
        self.shown_passage: tuple[QWidget, int, int] | None = None
        self.paragraphs, self.tables, self.headings = [], [], []
        self._goals_by_section: dict[int | None, list[queries.GoalRow]] = {}
        self.corrected = report_marks(self.conn, report_id)  # the "rättat" markers
        self.corrected_tables = table_marks(self.conn, report_id) if self.corrected else {}
        for goal in queries.report_goals(self.conn, report_id):
            self._goals_by_section.setdefault(goal.section_id, []).append(goal)
        page = QWidget()
        page.setObjectName("readerPage")
        # a palette, not a style sheet: a styled parent keeps its children at the old
        # text size (QWidgetPrivate::naturalWidgetFont skips parents with WA_StyleSheet)
        palette = page.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        page.setPalette(palette)
        page.setAutoFillBackground(True)
        self._page_layout = QVBoxLayout(page)
        self._page_layout.setContentsMargins(48, 24, 48, 48)
        self._page_layout.setSpacing(10)
        self._parts = []
        self._part_blocks = PART_BLOCKS  # the next section starts a new part
        title = self._heading(report.title or report.label, 1.6)
        self._page_layout.addWidget(title)
        subtitle = plain_label(
            f"{report.municipality} · {committee_name(report.committee)} · {report.label}"
        )
        text_size().styled(subtitle, "color:#555;")
        report_marker = correction_marker(self.corrected.of("report", report_id))
        if report_marker is None:
            self._page_layout.addWidget(subtitle)
        else:  # its municipality, committee, type or period differ from the printed report
            row = QHBoxLayout()
            row.addWidget(subtitle)
            row.addWidget(report_marker)
            row.addStretch(1)
            self._page_layout.addLayout(row)
        self._jumped_to, self._focus = None, None
        self._pending = queries.report_sections(self.conn, report_id)
        long_report = sum(len(s.blocks) + 1 for s in self._pending) > LONG_REPORT_BLOCKS
        self._build(FIRST_SCREEN_BLOCKS if first_screen_only or long_report else None)
        self.setWidget(page)
        if self._pending:  # the rest once the first screen is on show, or when asked for
            page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.widget():
            watched.removeEventFilter(self)
            self._grow_timer.start()
        return False  # the page handles every event itself

    def _page_resized(self) -> None:
        """Tables were measured or text rewrapped: keep the place jumped to in view."""
        if self._jumped_to is not None:
            QTimer.singleShot(0, self, self._keep_jump_in_view)

    def _keep_jump_in_view(self) -> None:
        if self._jumped_to is not None:
            y = self._top_of(self._jumped_to)
            match = self._jump_match
            if match is not None:  # measured now: the lines rewrap as the page settles
                if isinstance(match.widget, Paragraph):
                    y += match.widget.char_y(match.start)
                elif isinstance(match.widget, QTableView):
                    view = match.widget
                    y += view.horizontalHeader().height() + view.rowViewportPosition(match.start)
                y -= self.viewport().height() // 3
            self.verticalScrollBar().setValue(max(0, y))

    def complete(self) -> None:
        """Build the sections not yet shown, so every part of the report can be reached."""
        if self._pending:
            self._build(None)

    def _grow(self) -> None:
        """Build on below what is shown, for a short slice of time, then let the member's
        scrolling and typing through until the next slice."""
        started = time.perf_counter()
        while self._pending and time.perf_counter() - started < GROW_SECONDS:
            self._build(1)
        if not self._pending:
            self._grow_timer.stop()

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
            if self.terms:
                self._find_matches()
            self._refit.start()

    def _part_layout(self, blocks: int) -> QVBoxLayout:
        """Where the next section goes: the last part of the page, or a new one."""
        if self._part_blocks >= PART_BLOCKS or not self._parts:
            part = QWidget()
            layout = QVBoxLayout(part)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(self._page_layout.spacing())
            self._page_layout.addWidget(part)
            self._parts.append(part)
            self._part_blocks = 0
        self._part_blocks += blocks
        return self._parts[-1].layout()  # type: ignore[return-value]

    def _add_section(self, section: queries.SectionRow) -> None:
        layout = self._part_layout(len(section.blocks) + 1)
        heading = self._heading(section.heading, 1.35 if section.level <= 1 else 1.15)
        self.section_widgets[section.id] = heading
        layout.addWidget(heading)
        pending_goals = sorted(self._goals_by_section.get(section.id, []), key=lambda g: g.ord)
        for block in section.blocks:
            while pending_goals and pending_goals[0].line_start <= block.line_end:
                layout.addWidget(self._goal_card(pending_goals.pop(0)))
            if block.table is not None:
                box = self._table(block.table)
                self.table_views[(section.id, block.char_start)] = self.tables[-1]
                layout.addWidget(box)
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

    # --- search: every match highlighted, one shown at a time --------------------------

    def set_search(self, query: str) -> int:
        """Highlight the member's search words in the whole report; returns the match count."""
        self.terms = search_terms(query)
        self.complete()
        return self._find_matches()

    def _find_matches(self) -> int:
        self.matches = []
        for paragraph in self.paragraphs:
            found = find_terms(paragraph.plain, self.terms) if self.terms else []
            if found or getattr(paragraph, "found", None):
                paragraph.set_found(found, None)
            self.matches += [Match(paragraph, start, end) for start, end in found]
        for view in self.tables:
            model = view.model()
            if isinstance(model, TableModel):
                self.matches += [Match(view, r, c) for r, c in model.set_search(self.terms)]
        self.matches.sort(key=lambda m: (self._top_of(m.widget), m.start, m.end))
        self.current_match = -1
        return len(self.matches)

    def _top_of(self, widget: QWidget) -> int:
        page = self.widget()
        return widget.mapTo(page, QPoint(0, 0)).y() if page is not None else 0

    def show_match_in_section(self, section_id: int) -> bool:
        """Show the first match in a section (a search result was picked); False if none."""
        self.complete()
        for number, match in enumerate(self.matches):
            if self._section_of(match.widget) == section_id:
                self.show_match(number)
                return True
        self.scroll_to_section(section_id)
        return False

    def _section_of(self, widget: QWidget) -> int | None:
        if isinstance(widget, Paragraph):
            return widget.section_id
        top = self._top_of(widget)
        current = None
        for section_id, heading in self.section_widgets.items():
            if self._top_of(heading) <= top:
                current = section_id
        return current

    def find_next(self, step: int = 1) -> bool:
        """F3 / Shift+F3: the next or previous match, round to the start at the end."""
        if not self.matches:
            return False
        self.show_match((self.current_match + step) % len(self.matches))
        return True

    def show_match(self, number: int) -> None:
        """Bring one match into view and colour it as the current one."""
        previous = (
            self.matches[self.current_match]
            if 0 <= self.current_match < len(self.matches)
            else None
        )
        self.current_match = number
        match = self.matches[number]
        if previous is not None:
            self._colour_match(previous, current=False)
        self._colour_match(match, current=True)
        self._focus = self._spot_of(match)
        # a third down the page, and kept there while tables are measured and text rewraps
        self._jumped_to, self._jump_match = match.widget, match
        self._keep_jump_in_view()

    def _colour_match(self, match: Match, current: bool) -> None:
        widget = match.widget
        if isinstance(widget, Paragraph):
            widget.set_found(widget.found, (match.start, match.end) if current else None)
        elif isinstance(widget, QTableView) and isinstance(widget.model(), TableModel):
            widget.model().set_current((match.start, match.end) if current else None)  # type: ignore[attr-defined]

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
                self._focus = Spot(mark.section_id, mark.start, mark.end)
                return True
        return False

    def show_passage(self, section_id: int, start: int, end: int) -> bool:
        """Bring a passage of a section into view and colour it (a paragraph's words, or a
        table's row): what 'Att fråga om' opens as a flag's evidence. False if not shown."""
        self.complete()
        self._clear_passage()
        for paragraph in self.paragraphs:
            if paragraph.section_id == section_id and (
                paragraph.char_start <= start < paragraph.char_start + len(paragraph.plain)
            ):
                local = (start - paragraph.char_start,
                         min(len(paragraph.plain), end - paragraph.char_start))  # fmt: skip
                paragraph.set_found([local], local)
                self.shown_passage = (paragraph, *local)
                self._jumped_to, self._jump_match = paragraph, Match(paragraph, *local)
                self._keep_jump_in_view()
                return True
        section = next(
            (s for s in queries.report_sections(self.conn, self.report_id or 0) if s.id == section_id),
            None,
        )  # fmt: skip
        if section is None:
            return False
        for block in section.blocks:
            view = self.table_views.get((section_id, block.char_start))
            if view is None or not block.char_start <= start < block.char_end:
                continue
            row = section.text[block.char_start : start].count("\n") - 1  # the heading is row -1
            model = view.model()
            if not isinstance(model, TableModel) or not 0 <= row < model.rowCount():
                return False
            model.show_row(row)
            self.shown_passage = (view, row, row)
            self._jumped_to, self._jump_match = view, Match(view, row, 0)
            self._keep_jump_in_view()
            return True
        self.scroll_to_section(section_id)
        return False

    def _clear_passage(self) -> None:
        if self.shown_passage is None:
            return
        widget = self.shown_passage[0]
        if isinstance(widget, Paragraph):
            widget.set_found([], None)
        elif isinstance(widget, QTableView) and isinstance(widget.model(), TableModel):
            widget.model().show_row(None)  # type: ignore[attr-defined]
        self.shown_passage = None

    def show_selection_menu(self, position: QPoint) -> None:
        """Right click on the text: highlight, note or question on the selection, or copy."""
        selected = self.selected_text()
        menu = QMenu(self)
        if selected is None:
            hint = menu.addAction(self.tr("Markera text för att anteckna"))
            hint.setEnabled(False)
        else:
            from desktop.ui.notes_panel import swatch

            colours = menu.addMenu(self.tr("Markera"))
            for name, (_label, hex_colour) in HIGHLIGHT_COLOURS.items():
                colours.addAction(
                    swatch(hex_colour), colour_label(name),
                    lambda c=name: self.annotate_requested.emit("highlight", c),
                )  # fmt: skip
            menu.addAction(self.tr("Anteckning…"), lambda: self.annotate_requested.emit("note", ""))
            menu.addAction(
                self.tr("Fråga till förvaltningen…"),
                lambda: self.annotate_requested.emit("question", ""),
            )
            menu.addSeparator()
            menu.addAction(self.tr("Kopiera"), lambda: _copy(selected[3]))
        menu.addSeparator()
        clicked = self._paragraph_at(position)
        menu.addAction(
            self.tr("Visa originalsidan"),
            lambda: self.original_requested.emit(self.spot(clicked)),
        )
        menu.exec(position)

    def _paragraph_at(self, position: QPoint) -> Paragraph | None:
        for paragraph in self.paragraphs:
            if paragraph.rect().contains(paragraph.mapFromGlobal(position)):
                return paragraph
        return None

    def _heading(self, text: str, scale: float) -> QLabel:
        label = plain_label(text)
        text_size().scaled(label, scale, bold=True)
        label.setContentsMargins(0, 12, 0, 0)
        self.headings.append(label)
        return label

    def _goal_card(self, goal: queries.GoalRow) -> QWidget:
        card = QFrame()
        card.setObjectName("goalCard")
        text_size().styled(
            card, "#goalCard { background:#f3f6fa; border-left: 4px solid #1f5fa8; }"
        )
        layout = QVBoxLayout(card)
        top = QHBoxLayout()
        kind = QLabel(self.tr("Mål"))
        text_size().styled(kind, "color:#555; font-weight:600;")
        top.addWidget(kind)
        top.addWidget(status_badge(goal.status))
        goal_marker = correction_marker(self.corrected.of("goal", goal.id))
        if goal_marker is not None:
            top.addWidget(goal_marker)
        top.addStretch(1)
        layout.addLayout(top)
        text = plain_label(goal.title)
        text_size().scaled(text, 1.0, bold=True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.goal_widgets[goal.id] = card
        return card

    def _table(self, table: queries.TableData) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 8)
        table_marker = correction_marker(self.corrected_tables.get(table.id, []))
        if table.title or table_marker is not None:
            caption_row = QHBoxLayout()
            caption = plain_label(table.title)
            text_size().scaled(caption, 1.0, bold=True)
            caption_row.addWidget(caption, 0 if table_marker is not None else 1)
            if table_marker is not None:  # printed as here, but read otherwise: see the goal view
                caption_row.addWidget(table_marker)
                caption_row.addStretch(1)
            layout.addLayout(caption_row)
        view = ReportTable()
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
        else:  # fitted to the figures once per text size (see _fit_height), then the member's
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(lambda index, *_: _fit_height(view) if index else None)
        enable_copy(view)
        _fit_height(view)
        self.tables.append(view)
        layout.addWidget(view)
        return box

    def scroll_to_section(self, section_id: int) -> None:
        self._build_through(section_id)
        self._scroll_to(self.section_widgets.get(section_id))
        self._focus = Spot(section_id)

    def scroll_to_goal(self, goal_id: int) -> None:
        self.complete()
        self._scroll_to(self.goal_widgets.get(goal_id))
        self._focus = Spot(goal_id=goal_id)

    def _scroll_to(self, widget: QWidget | None) -> None:
        """Bring a widget to the top, and keep it there while the page settles."""
        if widget is None:
            return
        self.verticalScrollBar().setValue(self._top_of(widget))
        self._jumped_to, self._jump_match = widget, None

    def current_section(self) -> int | None:
        """The section at the top of the view: the reading position to restore."""
        top = self.verticalScrollBar().value()
        current = None
        for section_id, widget in self.section_widgets.items():
            if self._top_of(widget) <= top + 5:
                current = section_id
        return current

    def spot(self, widget: QWidget | None = None) -> Spot | None:
        """What to show on the original page: the selection; else the paragraph or table
        given (right-clicked), the place last jumped to (a search match, an annotation, a
        section), or the paragraph at the top of the view."""
        selected = self.selected_text()
        if selected is not None:
            return Spot(selected[0], selected[1], selected[2])
        if widget is None and self._focus is not None:
            return self._focus
        widget = widget or self._widget_at_top()
        if isinstance(widget, Paragraph):
            return Spot(widget.section_id, widget.char_start, widget.char_start + len(widget.plain))
        view = widget.findChild(QTableView) if widget is not None else None
        if view is not None and isinstance(view.model(), TableModel):
            return Spot(table_id=view.model().table_id)  # type: ignore[attr-defined]
        section = self.current_section()
        if section is None and self.section_widgets:
            section = next(iter(self.section_widgets))
        return Spot(section) if section is not None else None

    def _spot_of(self, match: Match) -> Spot | None:
        widget = match.widget
        if isinstance(widget, Paragraph):
            return Spot(widget.section_id, widget.char_start + match.start,
                        widget.char_start + match.end)  # fmt: skip
        model = widget.model() if isinstance(widget, QTableView) else None
        if isinstance(model, TableModel):
            return Spot(table_id=model.table_id, row=match.start, column=match.end)
        return None

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


NAME_CHARS = 22  # a table's first column (row labels) is never narrower than this


class ReportTable(QTableView):
    """A printed table; remembers what it was last fitted to, so that fitting it again
    (the page resized, the text size changed) costs nothing when nothing changed."""

    def __init__(self) -> None:
        super().__init__()
        self.fitted_font = ""  # the text size its figure columns were measured at
        self.label_width = 0  # the width its label column needs at that size
        self.fitted: tuple[object, ...] = ()  # the widths its rows were measured at


def _fit_height(view: QTableView) -> None:
    """Show every row: the page scrolls, not each table.

    The first column of a table of figures takes the width the figures leave, but at
    least about 22 characters, so labels do not wrap letter by letter at a large text
    size; the table scrolls sideways when the page is too narrow for both. Columns are
    measured once per text size (measuring them on every layout made a long report's
    tables take seconds), rows again only when a column's width changed.
    """
    model = view.model()
    header = view.horizontalHeader()
    table = view if isinstance(view, ReportTable) else None
    if isinstance(model, TableModel) and not model.prose and model.columnCount():
        font = view.font().key()
        if table is None or table.fitted_font != font:
            header.blockSignals(True)
            for column in range(1, model.columnCount()):
                view.resizeColumnToContents(column)
            header.blockSignals(False)
            needed = view.sizeHintForColumn(0)
            if table is not None:
                table.fitted_font, table.label_width = font, needed
        else:
            needed = table.label_width
        others = sum(header.sectionSize(c) for c in range(1, model.columnCount()))
        room = view.viewport().width() - others
        least = NAME_CHARS * view.fontMetrics().averageCharWidth()
        width = max(least, min(room, needed) if needed > room else room)
        if header.sectionSize(0) != width:
            header.blockSignals(True)
            header.resizeSection(0, width)
            header.blockSignals(False)
    widths = (view.font().key(), *(header.sectionSize(c) for c in range(header.count())))
    if table is not None and table.fitted == widths:
        return
    view.resizeRowsToContents()
    if table is not None:
        table.fitted = widths
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    if view.horizontalScrollBar().isVisible():
        height += view.horizontalScrollBar().height()
    view.setFixedHeight(height + 2)

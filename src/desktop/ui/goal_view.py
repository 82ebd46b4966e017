"""The goal view: a goal's text, status and analysis beside charts of its KPIs over the years.

Left: the report's goals, filtered by status, to pick one. Middle: the hierarchy above
the goal, its text, its status badge, the member's notes on it and the analysis. Right:
a chart per KPI linked to the goal. Below: the same goal in other years' reports with
their statuses, so "not achieved three years running" is seen at a glance.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.flags.model import english
from desktop.analysis.goal_match import goal_history, related_kpis
from desktop.analysis.series import Series, SeriesIndex
from desktop.analysis.series_overrides import load_overrides
from desktop.annotate.kinds import kind_label
from desktop.corrections.marks import item_marks
from desktop.corrections.wording import mark_tooltip
from desktop.store import queries
from desktop.store.pages import has_pages
from desktop.ui.correction_marks import marker
from desktop.ui.flags_view import language as flags_language
from desktop.ui.goal_list import GoalList
from desktop.ui.kpi_chart import KpiChart
from desktop.ui.plain import LinkLabel, plain_label, plain_tooltip
from desktop.ui.search_terms import find_terms, search_terms
from desktop.ui.settings import flag_settings
from desktop.ui.status_style import status_badge
from desktop.ui.text_size import text_size

CHARTS_MIN_WIDTH = 380  # a KPI chart narrower than this crowds its year labels
SPLIT = (560, 640)  # analysis : charts, at first and for a goal with charts
NO_CHARTS_WIDTH = 260  # the chart pane of a goal without KPIs (it says so)
NARROW = 1000  # a view narrower than this (a small laptop, panels open) puts the charts
# under the analysis: side by side, both would be squeezed and the charts cut off

if TYPE_CHECKING:
    from desktop.analysis.flags.model import Flag
    from desktop.ui.annotations_model import AnnotationsModel
    from desktop.ui.series_dialog import SeriesLinkDialog


class GoalView(QWidget):
    """Shows one goal; `open_goal(goal_id)` switches to another (e.g. from the history)."""

    source_requested = Signal(int, int)  # kpi_id, report_id: open the table a point came from
    goal_opened = Signal(int)
    goal_note_requested = Signal(int)  # goal_id: a note on the goal as a whole
    kpi_note_requested = Signal(int, str)  # goal_id, KPI name: a note on one KPI
    annotate_text_requested = Signal(str, str, str)  # kind, colour, quote from the analysis
    annotation_activated = Signal(int)  # a note on the goal was clicked
    flag_requested = Signal(int)  # a marker of 'Att fråga om' was clicked: the flag's id
    original_requested = Signal(int)  # goal_id: show the goal on its original page

    def __init__(self, conn: sqlite3.Connection, model: AnnotationsModel | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.conn = conn
        self.model = model
        self.goal_id: int | None = None
        self.report_id: int | None = None
        self.charts: list[KpiChart] = []

        self.goal_list = GoalList(conn)
        self.goal_list.goal_activated.connect(self.open_goal)
        self.goal_list.setMinimumWidth(180)
        self.empty = plain_label()
        text_size().styled(self.empty, "color:#555;")
        self.empty.hide()

        self.hierarchy = plain_label()
        text_size().styled(self.hierarchy, "color:#555;")
        self.title = plain_label()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text_size().scaled(self.title, 1.2, bold=True)
        self.badge_row = QHBoxLayout()
        self.analysis = QTextBrowser()
        self.analysis.setOpenLinks(False)
        self.analysis.setFrameShape(QFrame.Shape.NoFrame)
        self.analysis.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.analysis.customContextMenuRequested.connect(self.show_analysis_menu)
        self.note_button = QPushButton(self.tr("Anteckning om målet…"))
        self.note_button.setToolTip(
            self.tr("En anteckning eller fråga om målet som helhet, med i utskriften")
        )
        self.note_button.clicked.connect(
            lambda: self.goal_id is not None and self.goal_note_requested.emit(self.goal_id)
        )
        self.original_button = QPushButton(self.tr("Visa originalsidan"))
        self.original_button.setToolTip(
            self.tr("Sidan i rapportens PDF där målet står, med målet markerat")
        )
        self.original_button.clicked.connect(
            lambda: self.goal_id is not None and self.original_requested.emit(self.goal_id)
        )
        self.goal_notes = QVBoxLayout()
        self.goal_notes.setContentsMargins(0, 0, 0, 0)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.hierarchy)
        left_layout.addWidget(self.title)
        left_layout.addLayout(self.badge_row)
        left_layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.original_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addLayout(self.goal_notes)
        self.analysis_heading = QLabel(self.tr("Målanalys"))
        text_size().scaled(self.analysis_heading, 1.0, bold=True)
        self.analysis_heading.setContentsMargins(0, 8, 0, 0)
        left_layout.addWidget(self.analysis_heading)
        left_layout.addWidget(self.analysis)
        left_layout.addStretch(1)
        self.detail = left

        self.charts_box = QVBoxLayout()
        charts_widget = QWidget()
        charts_widget.setLayout(self.charts_box)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts_widget)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        charts_scroll.setMinimumWidth(CHARTS_MIN_WIDTH)
        left.setMinimumWidth(300)
        self.charts_scroll = charts_scroll

        # the goal's text, notes and analysis scroll together: at a large text size they
        # are taller than the window, and a squeezed title would be cut off
        self.analysis.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.analysis.document().documentLayout().documentSizeChanged.connect(self._fit_analysis)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        left_scroll.setMinimumWidth(300)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left_scroll)
        top.addWidget(charts_scroll)
        top.setChildrenCollapsible(False)
        top.setSizes(list(SPLIT))
        self.top = top
        self.showing_charts = True

        self.history_heading = QLabel(self.tr("Samma mål i andra års rapporter"))
        text_size().scaled(self.history_heading, 1.0, bold=True)
        self.history_row = QHBoxLayout()
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_heading)
        history_layout.addLayout(self.history_row)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(top, 1)
        main_layout.addWidget(history)
        self.history = history
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.goal_list)
        outer.addWidget(main)
        outer.setChildrenCollapsible(False)
        outer.setStretchFactor(1, 1)
        outer.setSizes([260, 1000])
        self.outer = outer
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        if model is not None:
            model.changed.connect(self._show_goal_notes)

    def show_report(self, report_id: int) -> None:
        """The report's goals in the list, and its first goal (or a word that it has none)."""
        self.report_id = report_id
        self.goal_list.show_report(report_id)
        goals = queries.report_goals(self.conn, report_id)
        if goals:
            self.open_goal(goals[0].id)
            return
        self.goal_id = None
        report = queries.get_report(self.conn, report_id)
        self.empty.setText(
            self.tr("{0} har inga mål som Nämndläsaren kunde läsa ut. Välj en annan rapport "
                    "i biblioteket, eller läs rapporten under ”Läs rapporten”.")
            .format(report.label if report else "")
        )  # fmt: skip
        self.empty.show()
        for widget in (self.hierarchy, self.title, self.note_button, self.original_button,
                       self.analysis, self.analysis_heading, self.history):  # fmt: skip
            widget.hide()
        self.note_button.setEnabled(False)
        _clear(self.badge_row)
        _clear(self.goal_notes)
        _clear(self.charts_box)
        self.charts = []

    def open_goal(self, goal_id: int) -> None:
        goal = queries.get_goal(self.conn, goal_id)
        report = queries.get_report(self.conn, goal.report_id) if goal else None
        if goal is None or report is None:
            return
        if report.id != self.report_id:
            self.report_id = report.id
            self.goal_list.show_report(report.id)
        self.goal_list.select(goal_id)
        self.goal_id = goal_id
        self.empty.hide()
        for widget in (self.title, self.note_button, self.analysis, self.analysis_heading,
                       self.history):  # fmt: skip
            widget.show()
        self.original_button.setVisible(has_pages(self.conn, report.id))
        self.note_button.setEnabled(True)
        self.hierarchy.setText(" › ".join(goal.hierarchy))
        self.hierarchy.setVisible(bool(goal.hierarchy))
        self.title.setText(goal.title)
        _clear(self.badge_row)
        self.badge_row.addWidget(status_badge(goal.status))
        flags = self._flags("goal", [goal_id], report.id).get(goal_id, [])
        if flags:
            self.badge_row.addWidget(self._marker(flags))
        corrected = marker(item_marks(self.conn, "goal", [goal_id]).of("goal", goal_id))
        if corrected is not None:  # the status, title or level differ from the printed report
            self.badge_row.addWidget(corrected)
        printed = plain_label(
            self.tr("{0} · i rapporten: {1}").format(
                report.label, goal.status_raw or self.tr("ingen bedömning")
            )
        )
        text_size().styled(printed, "color:#555;")
        self.badge_row.addWidget(printed, 1)  # takes the rest of the row, wraps only when narrow
        self._show_goal_notes()
        paragraphs = [p for p in goal.analysis.split("\n\n") if p.strip()]
        self.analysis.setExtraSelections([])
        self.analysis.setPlainText(
            "\n\n".join(paragraphs) or self.tr("Rapporten har ingen målanalys för detta mål.")
        )
        self._show_charts(goal_id, report)
        self._show_history(goal)
        self.goal_opened.emit(goal_id)

    def _fit_analysis(self) -> None:
        """The analysis as tall as its text: the pane around it scrolls, not the text."""
        height = int(self.analysis.document().size().height())
        self.analysis.setMinimumHeight(max(120, height + 2 * self.analysis.frameWidth() + 4))

    def _show_goal_notes(self) -> None:
        """The member's notes on this goal, as they are now (the model says when they change)."""
        _clear(self.goal_notes)
        goal = queries.get_goal(self.conn, self.goal_id) if self.goal_id is not None else None
        report = queries.get_report(self.conn, goal.report_id) if goal else None
        if self.model is None or goal is None or report is None:
            return
        for annotation in self.model.for_goal(report.sha256, goal.title):
            if not annotation.body.strip():
                continue
            about = f" ({annotation.kpi_name})" if annotation.kpi_name else ""
            link = LinkLabel(f"{kind_label(annotation.kind)}{about}: {_short(annotation.body)}")
            link.setToolTip(self.tr("Visa anteckningen"))
            link.clicked.connect(lambda aid=annotation.id: self.annotation_activated.emit(aid))
            self.goal_notes.addWidget(link)

    def highlight(self, query: str) -> int:
        """Colour the searched words in the analysis; the first one is scrolled to."""
        terms = search_terms(query)
        text = self.analysis.toPlainText()
        selections = []
        for start, end in find_terms(text, terms):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.analysis.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffd08a"))
            selection.format = fmt
            selections.append(selection)
        self.analysis.setExtraSelections(selections)
        if selections:
            self.analysis.setTextCursor(selections[0].cursor)
            self.analysis.ensureCursorVisible()
        return len(selections)

    def show_analysis_menu(self, position) -> None:
        """Right click in the analysis: annotate the selected words like in the reader."""
        quote = self.analysis.textCursor().selectedText().replace("\u2029", "\n")
        menu = self.analysis.createStandardContextMenu()
        if quote.strip():
            menu.addSeparator()
            menu.addAction(self.tr("Markera"),
                           lambda: self.annotate_text_requested.emit("highlight", "gul", quote))  # fmt: skip
            menu.addAction(self.tr("Anteckning…"),
                           lambda: self.annotate_text_requested.emit("note", "", quote))  # fmt: skip
            menu.addAction(self.tr("Fråga till förvaltningen…"),
                           lambda: self.annotate_text_requested.emit("question", "", quote))  # fmt: skip
        menu.exec(self.analysis.mapToGlobal(position))

    def _show_charts(self, goal_id: int, report: queries.ReportRow) -> None:
        _clear(self.charts_box)
        self.charts = []
        kpis = queries.goal_kpis(self.conn, goal_id)
        if not kpis:
            goal = queries.get_goal(self.conn, goal_id)
            kpis = related_kpis(self.conn, goal) if goal else []
            if kpis:
                note = plain_label(
                    self.tr(
                        "Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet."
                    )
                )
                note.setWordWrap(True)
                text_size().styled(note, "color:#555;")
                self.charts_box.addWidget(note)
        self._make_room_for_charts(bool(kpis))
        if not kpis:
            empty = QLabel(self.tr("Inga nyckeltal är kopplade till målet i rapporten."))
            text_size().styled(empty, "color:#555;")
            empty.setWordWrap(True)
            self.charts_box.addWidget(empty)
            self.charts_box.addStretch(1)
            return
        index = SeriesIndex(self.conn, report.municipality, report.committee, load_overrides())
        for kpi in kpis:
            series = index.load(index.series_key(kpi.name))
            rows = {p.kpi_id for p in series.points} | {kpi.id}
            flagged = self._flags("kpi", rows, report.id)
            flags = [f for row in sorted(rows) for f in flagged.get(row, [])]
            if flags:
                self.charts_box.addWidget(self._marker(flags), 0, Qt.AlignmentFlag.AlignLeft)
                for flag in flags:
                    line = LinkLabel(english(flag.explanation, flags_language()))
                    text_size().styled(line, "color:#6b4400;")
                    line.setToolTip(self.tr("Visa i Att fråga om"))
                    line.clicked.connect(lambda fid=flag.id: self.flag_requested.emit(fid))
                    self.charts_box.addWidget(line)
            corrections = item_marks(self.conn, "kpi", [p.kpi_id for p in series.points])
            corrected = {
                (point.kpi_id, point.year): mark_tooltip(marks)
                for point in series.points
                if (marks := corrections.values(point.kpi_id).get(point.year))
            }
            chart = KpiChart(series, highlight_year=report.period_year, corrected=corrected)
            chart.point_clicked.connect(self.source_requested)
            self.charts.append(chart)
            self.charts_box.addWidget(chart)
            named = [m for m in corrections.of("kpi", kpi.id) if not m.field.startswith("value:")]
            kpi_marker = marker(named)
            if kpi_marker is not None:  # its name, unit or target differ from the printed report
                self.charts_box.addWidget(kpi_marker, 0, Qt.AlignmentFlag.AlignLeft)
            note_button = QPushButton(self.tr("Anteckning om nyckeltalet…"))
            note_button.clicked.connect(
                lambda _=False, name=kpi.name: self.kpi_note_requested.emit(goal_id, name)
            )
            self.charts_box.addWidget(note_button, 0, Qt.AlignmentFlag.AlignRight)
        self.charts_box.addStretch(1)

    def _flags(self, kind: str, ids: set[int] | list[int], report_id: int) -> dict[int, list[Flag]]:
        """The flags on these goals or KPI rows, as the member's settings show them."""
        from desktop.analysis.flags import flags_about

        return flags_about(self.conn, kind, ids, flag_settings(), [report_id])

    def _marker(self, flags: list[Flag]) -> QWidget:
        from desktop.ui.flags_view import FlagMarker

        flag_marker = FlagMarker(flags)
        flag_marker.requested.connect(self.flag_requested)
        return flag_marker

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_to_width()

    def _fit_to_width(self) -> None:
        """Charts beside the analysis where there is room, under it where there is not."""
        wanted = Qt.Orientation.Vertical if self.width() < NARROW else Qt.Orientation.Horizontal
        if self.top.orientation() == wanted:
            return
        self.top.setOrientation(wanted)
        self._split()

    def _split(self) -> None:
        """The charts' share of the split: most of it with charts, a strip without."""
        if self.top.orientation() == Qt.Orientation.Vertical:
            self.charts_scroll.setMinimumWidth(0)
        else:
            self.charts_scroll.setMinimumWidth(CHARTS_MIN_WIDTH if self.showing_charts else 200)
        total = sum(self.top.sizes())
        right = total * SPLIT[1] // sum(SPLIT) if self.showing_charts else NO_CHARTS_WIDTH
        self.top.setSizes([total - right, right])

    def _make_room_for_charts(self, charts: bool) -> None:
        """Without charts the analysis takes the width; the member's own split is kept."""
        if charts == self.showing_charts:
            return
        self.showing_charts = charts
        self._split()

    def _reopen_goal(self) -> None:
        if self.goal_id is not None:
            self.open_goal(self.goal_id)

    def edit_series_link(self, index: SeriesIndex, series: Series) -> SeriesLinkDialog:
        """Let the member split or merge the series; redraw with their choice."""
        from desktop.store.userdb import open_user_db
        from desktop.ui.series_dialog import SeriesLinkDialog

        dialog = SeriesLinkDialog(index, series, open_user_db(), self)
        dialog.accepted.connect(self._reopen_goal)
        dialog.open()
        return dialog

    def _show_history(self, goal: queries.GoalRow) -> None:
        _clear(self.history_row)
        history = goal_history(self.conn, goal)
        if len(history) <= 1:
            alone = QLabel(
                self.tr("Målet finns bara i denna rapport bland bibliotekets rapporter.")
            )
            text_size().styled(alone, "color:#555;")
            self.history_row.addWidget(alone)
        for entry in history if len(history) > 1 else []:
            cell = QVBoxLayout()
            if entry.goal.id == goal.id:
                here = QLabel(self.tr("{0} (visas)").format(entry.report.label))
                text_size().styled(here, "font-weight:600; padding:6px;")
                cell.addWidget(here)
            else:
                button = QPushButton(entry.report.label)
                button.setFlat(True)
                button.setToolTip(plain_tooltip(entry.goal.title))
                text_size().styled(button, "text-decoration: underline; color:#1f5fa8;")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.clicked.connect(lambda _=False, gid=entry.goal.id: self.open_goal(gid))
                cell.addWidget(button)
            cell.addWidget(status_badge(entry.goal.status), 0, Qt.AlignmentFlag.AlignHCenter)
            self.history_row.addLayout(cell)
        self.history_row.addStretch(1)


def _clear(layout: QHBoxLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            # detach now: deleteLater waits for the event loop, and until then the old
            # widget would still be painted where it stood
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            _clear(inner)  # type: ignore[arg-type]


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

"""The goal view: a goal's text, status and analysis beside charts of its KPIs over the years.

Left: the hierarchy above the goal, its text, its status badge and the analysis. Right: a
chart per KPI linked to the goal. Below: the same goal in other years' reports with
their statuses, so "not achieved three years running" is seen at a glance.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.goal_match import goal_history, related_kpis
from desktop.analysis.series import Series, SeriesIndex
from desktop.analysis.series_overrides import load_overrides
from desktop.store import queries
from desktop.ui.kpi_chart import KpiChart
from desktop.ui.status_style import status_badge

CHARTS_MIN_WIDTH = 440  # a KPI chart narrower than this crowds its year labels
SPLIT = (560, 640)  # analysis : charts, at first and for a goal with charts
NO_CHARTS_WIDTH = 260  # the chart pane of a goal without KPIs (it says so)

if TYPE_CHECKING:
    from desktop.ui.series_dialog import SeriesLinkDialog


class GoalView(QWidget):
    """Shows one goal; `open_goal(goal_id)` switches to another (e.g. from the history)."""

    source_requested = Signal(int, int)  # kpi_id, report_id: open the table a point came from
    goal_opened = Signal(int)
    goal_note_requested = Signal(int)  # goal_id: a note on the goal as a whole
    kpi_note_requested = Signal(int, str)  # goal_id, KPI name: a note on one KPI
    annotate_text_requested = Signal(str, str, str)  # kind, colour, quote from the analysis

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.goal_id: int | None = None
        self.charts: list[KpiChart] = []

        self.hierarchy = QLabel()
        self.hierarchy.setWordWrap(True)
        self.hierarchy.setStyleSheet("color:#555;")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setStyleSheet("font-size:17pt; font-weight:600;")
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

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.hierarchy)
        left_layout.addWidget(self.title)
        left_layout.addLayout(self.badge_row)
        left_layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeft)
        analysis_heading = QLabel(self.tr("Målanalys"))
        analysis_heading.setStyleSheet("font-weight:600; margin-top:8px;")
        left_layout.addWidget(analysis_heading)
        left_layout.addWidget(self.analysis, 1)

        self.charts_box = QVBoxLayout()
        charts_widget = QWidget()
        charts_widget.setLayout(self.charts_box)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts_widget)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        charts_scroll.setMinimumWidth(CHARTS_MIN_WIDTH)
        left.setMinimumWidth(360)
        self.charts_scroll = charts_scroll

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(charts_scroll)
        top.setChildrenCollapsible(False)
        top.setSizes(list(SPLIT))
        self.top = top
        self.showing_charts = True

        self.history_heading = QLabel(self.tr("Samma mål i andra års rapporter"))
        self.history_heading.setStyleSheet("font-weight:600;")
        self.history_row = QHBoxLayout()
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.addWidget(self.history_heading)
        history_layout.addLayout(self.history_row)

        layout = QVBoxLayout(self)
        layout.addWidget(top, 1)
        layout.addWidget(history)

    def open_goal(self, goal_id: int) -> None:
        goal = queries.get_goal(self.conn, goal_id)
        report = queries.get_report(self.conn, goal.report_id) if goal else None
        if goal is None or report is None:
            return
        self.goal_id = goal_id
        self.hierarchy.setText(" › ".join(goal.hierarchy))
        self.hierarchy.setVisible(bool(goal.hierarchy))
        self.title.setText(goal.title)
        _clear(self.badge_row)
        self.badge_row.addWidget(status_badge(goal.status))
        printed = QLabel(
            f"{report.label} · {self.tr('i rapporten')}: {goal.status_raw or self.tr('ingen bedömning')}"
        )
        printed.setStyleSheet("color:#555;")
        printed.setWordWrap(True)
        self.badge_row.addWidget(printed, 1)  # takes the rest of the row, wraps only when narrow
        paragraphs = [p for p in goal.analysis.split("\n\n") if p.strip()]
        self.analysis.setPlainText(
            "\n\n".join(paragraphs) or self.tr("Rapporten har ingen målanalys för detta mål.")
        )
        self._show_charts(goal_id, report)
        self._show_history(goal)
        self.goal_opened.emit(goal_id)

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
                note = QLabel(
                    self.tr(
                        "Rapporten redovisar nyckeltalen för sig; dessa har liknande lydelse som målet."
                    )
                )
                note.setWordWrap(True)
                note.setStyleSheet("color:#555;")
                self.charts_box.addWidget(note)
        self._make_room_for_charts(bool(kpis))
        if not kpis:
            empty = QLabel(self.tr("Inga nyckeltal är kopplade till målet i rapporten."))
            empty.setStyleSheet("color:#555;")
            empty.setWordWrap(True)
            self.charts_box.addWidget(empty)
            self.charts_box.addStretch(1)
            return
        index = SeriesIndex(self.conn, report.municipality, report.committee, load_overrides())
        for kpi in kpis:
            chart = KpiChart(
                index.load(index.series_key(kpi.name)), highlight_year=report.period_year
            )
            chart.point_clicked.connect(self.source_requested)
            self.charts.append(chart)
            self.charts_box.addWidget(chart)
            note_button = QPushButton(self.tr("Anteckning om nyckeltalet…"))
            note_button.clicked.connect(
                lambda _=False, name=kpi.name: self.kpi_note_requested.emit(goal_id, name)
            )
            self.charts_box.addWidget(note_button, 0, Qt.AlignmentFlag.AlignRight)
        self.charts_box.addStretch(1)

    def _make_room_for_charts(self, charts: bool) -> None:
        """Without charts the analysis takes the width; the member's own split is kept."""
        if charts == self.showing_charts:
            return
        self.showing_charts = charts
        self.charts_scroll.setMinimumWidth(CHARTS_MIN_WIDTH if charts else 200)
        total = sum(self.top.sizes())
        right = total * SPLIT[1] // sum(SPLIT) if charts else NO_CHARTS_WIDTH
        self.top.setSizes([total - right, right])

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
            alone.setStyleSheet("color:#555;")
            self.history_row.addWidget(alone)
        for entry in history if len(history) > 1 else []:
            cell = QVBoxLayout()
            if entry.goal.id == goal.id:
                here = QLabel(self.tr("{0} (visas)").format(entry.report.label))
                here.setStyleSheet("font-weight:600; padding:6px;")
                cell.addWidget(here)
            else:
                button = QPushButton(entry.report.label)
                button.setFlat(True)
                button.setToolTip(entry.goal.title)
                button.setStyleSheet("text-decoration: underline; color:#1f5fa8;")
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

"""Compare two reports side by side: goals, KPIs, finance and sections in aligned columns.

Alignment comes from `analysis.compare`; rows hold both reports' cells, so the two
columns scroll together by construction.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis.compare import Comparison, GoalPair, compare_reports, default_pair
from desktop.analysis.flags.model import Flag, english
from desktop.analysis.kpi_names import fold
from desktop.corrections.marks import item_marks
from desktop.corrections.wording import mark_tooltip, marker_text
from desktop.store import queries
from desktop.ui.correction_marks import marker as correction_marker
from desktop.ui.flags_view import MARKER, FlagMarker
from desktop.ui.flags_view import language as flags_language
from desktop.ui.frame_model import Column, RecordsModel, enable_copy, is_missing, number
from desktop.ui.plain import plain_label
from desktop.ui.settings import flag_settings
from desktop.ui.status_style import status_badge
from desktop.ui.text_size import text_size

TOWARD = QColor("#d8f0dc")
AWAY = QColor("#f8d7d7")
CORRECTED = QColor("#fff0d6")  # a value a correction changed: it differs from the report
EXCERPT = 600  # characters of a section shown before "Visa hela texten"
CHANGE_STYLE = {
    "new": ("#1f5fa8", "#ffffff"),
    "dropped": ("#616161", "#ffffff"),
    "status_changed": ("#6a1b9a", "#ffffff"),
}


class CompareView(QWidget):
    goal_requested = Signal(int)
    goal_note_requested = Signal(int)  # goal_id
    annotate_text_requested = Signal(str, str, str, int)  # kind, colour, quote, section_id
    flag_requested = Signal(int)  # a marker of 'Att fråga om' was clicked: the flag's id

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None,
                 around: int | None = None) -> None:  # fmt: skip
        """`around`: the report the member reads; compared with its committee's one before."""
        super().__init__(parent)
        self.conn = conn
        self.comparison: Comparison | None = None
        self.left_box = QComboBox()
        self.right_box = QComboBox()
        for box in (self.left_box, self.right_box):  # narrow windows and large text alike
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(self.tr("Jämför")))
        pickers.addWidget(self.left_box, 1)
        pickers.addWidget(QLabel(self.tr("med")))
        pickers.addWidget(self.right_box, 1)
        self.legend = QLabel(f"{MARKER} " + self.tr("Gula rader: något att fråga om"))
        text_size().styled(self.legend, "background:#fff1c9; color:#6b4400; padding:2px 8px;")
        self.legend.setToolTip(
            self.tr("Håll pekaren över namnet för att läsa vad; dubbelklicka för att öppna det i "
                    "Att fråga om")
        )  # fmt: skip
        self.legend.hide()
        pickers.addWidget(self.legend)
        self.tabs = QTabWidget()
        self.goals_tab = QScrollArea()
        self.goals_tab.setWidgetResizable(True)
        self.goals_tab.setFrameShape(QFrame.Shape.NoFrame)
        self.kpi_table = _table(stretch=0, capped={7: 18})
        self.finance_table = _table(stretch=1, capped={0: 14, 6: 18})
        for table in (self.kpi_table, self.finance_table):
            table.doubleClicked.connect(lambda index, t=table: self._open_flag(t, index))
        self.goal_flags: dict[int, list[Flag]] = {}
        self.flagged = 0
        self.sections_tab = QScrollArea()
        self.sections_tab.setWidgetResizable(True)
        self.sections_tab.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(self.goals_tab, self.tr("Mål"))
        self.tabs.addTab(self.kpi_table, self.tr("Nyckeltal"))
        self.tabs.addTab(self.finance_table, self.tr("Ekonomi"))
        self.tabs.addTab(self.sections_tab, self.tr("Avsnitt"))
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.tabs, 1)
        self._fill_pickers(around)
        self.left_box.currentIndexChanged.connect(self.on_pick_changed)
        self.right_box.currentIndexChanged.connect(self.on_pick_changed)

    def _fill_pickers(self, around: int | None = None) -> None:
        reports = sorted(queries.list_reports(self.conn), key=lambda r: (r.period_end, r.id))
        for box in (self.left_box, self.right_box):
            box.blockSignals(True)
            box.clear()
            for report in reports:
                box.addItem(f"{report.label} – {report.municipality}", report.id)
            box.blockSignals(False)
        pair = default_pair(reports, around)
        if pair:
            self.compare(pair[0].id, pair[1].id)

    def compare(self, left_id: int, right_id: int) -> None:
        """Show the comparison of two reports (left is read as the earlier one)."""
        for box, report_id in ((self.left_box, left_id), (self.right_box, right_id)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(report_id))
            box.blockSignals(False)
        self.comparison = compare_reports(self.conn, left_id, right_id)
        self._read_flags(self.comparison)
        self.flagged = 0
        self._show_goals(self.comparison)
        self._show_kpis(self.comparison)
        self._show_finance(self.comparison)
        self.legend.setVisible(self.flagged > 0)
        self._show_sections(self.comparison)

    def _read_flags(self, comparison: Comparison) -> None:
        """The flags on the two reports' goals, KPI rows and finance rows (the markers)."""
        from desktop.analysis.flags import finance_flags, flags_about

        settings = flag_settings()
        reports = [comparison.left.id, comparison.right.id]
        goals = [g.id for pair in comparison.goals for g in (pair.left, pair.right) if g]
        self.goal_flags = flags_about(self.conn, "goal", goals, settings, reports)
        kpis: list[int] = []
        if comparison.kpis is not None:
            for column in ("left_id", "right_id"):
                kpis += [int(v) for v in comparison.kpis[column].dropna()]
        self.kpi_flags = flags_about(self.conn, "kpi", kpis, settings, reports)
        self.finance_flags: dict[tuple[int, str], list[Flag]] = {}
        for flag in finance_flags(self.conn, reports, settings):
            key = (flag.subject_report_id, fold(flag.subject))
            self.finance_flags.setdefault(key, []).append(flag)

    def _mark(self, record: dict[str, Any], flags: list[Flag], name: str) -> None:
        """A row's flags: its name coloured, what they say in the name's tooltip, the first
        one's id (a double click opens it in 'Att fråga om')."""
        says = "\n\n".join(f"{MARKER} {english(f.explanation, flags_language())}" for f in flags)
        record["flag_says"] = f"{record.get(name) or ''}\n\n{says}" if flags else ""
        record["flag_id"] = flags[0].id if flags else None
        if flags:
            self.flagged += 1

    def _open_flag(self, table: QTableView, index: QModelIndex) -> None:
        model = table.model()
        if isinstance(model, RecordsModel) and 0 <= index.row() < len(model.records):
            flag_id = model.records[index.row()].get("flag_id")
            if flag_id is not None:
                self.flag_requested.emit(int(flag_id))

    def on_pick_changed(self) -> None:
        left, right = self.left_box.currentData(), self.right_box.currentData()
        if left is not None and right is not None:
            self.compare(int(left), int(right))

    def _show_goals(self, comparison: Comparison) -> None:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        grid.addWidget(_heading(comparison.left.label), 0, 0)
        grid.addWidget(_heading(comparison.right.label), 0, 1)
        for row, pair in enumerate(comparison.goals, start=1):
            grid.addWidget(self._goal_cell(pair.left, None), row, 0)
            grid.addWidget(self._goal_cell(pair.right, pair), row, 1)
        grid.setRowStretch(len(comparison.goals) + 1, 1)
        if not comparison.goals:
            grid.addWidget(
                QLabel(self.tr("Ingen av rapporterna har några mål som kunde läsas ut.")),
                1,
                0,
                1,
                2,
            )
        self.goals_tab.setWidget(grid_widget)

    def _goal_cell(self, goal: queries.GoalRow | None, pair: GoalPair | None) -> QWidget:
        if goal is None:
            return _missing(self.tr("Målet finns inte i denna rapport."), framed=True)
        cell = QFrame()
        cell.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(cell)
        title = plain_label(goal.title)
        text_size().scaled(title, 1.0, bold=True)
        layout.addWidget(title)
        badges = QHBoxLayout()
        badges.addWidget(status_badge(goal.status))
        if self.goal_flags.get(goal.id):
            flag_marker = FlagMarker(self.goal_flags[goal.id])
            flag_marker.requested.connect(self.flag_requested)
            badges.addWidget(flag_marker)
        corrected = correction_marker(item_marks(self.conn, "goal", [goal.id]).of("goal", goal.id))
        if corrected is not None:  # its status or title differ from the printed report
            badges.addWidget(corrected)
        if pair is not None and pair.change in CHANGE_STYLE:
            text = {
                "new": self.tr("Nytt mål"),
                "dropped": self.tr("Borttaget"),
                "status_changed": self.tr("Ändrad bedömning"),
            }[pair.change]
            background, foreground = CHANGE_STYLE[pair.change]
            marker = QLabel(text)
            text_size().styled(
                marker,
                f"background:{background}; color:{foreground}; border-radius:6px; padding:2px 8px;",
            )
            badges.addWidget(marker)
        badges.addStretch(1)
        if pair is not None and pair.left is not None and pair.right is not None:
            diff_button = QPushButton(self.tr("Visa ändringar i analysen"))
            diff_button.clicked.connect(lambda _=False, p=pair: self.show_analysis_diff(p))
            badges.addWidget(diff_button)
        note_button = QPushButton(self.tr("Anteckna…"))
        note_button.setToolTip(self.tr("En anteckning eller fråga om målet, med i utskriften"))
        note_button.clicked.connect(lambda _=False, gid=goal.id: self.goal_note_requested.emit(gid))
        badges.addWidget(note_button)
        open_button = QPushButton(self.tr("Öppna målet"))
        open_button.clicked.connect(lambda _=False, gid=goal.id: self.goal_requested.emit(gid))
        badges.addWidget(open_button)
        layout.addLayout(badges)
        return cell

    def _section_cell(self, section: queries.SectionRow | None) -> QWidget:
        if section is None:
            return _missing(self.tr("Avsnittet saknas."))
        cell = QFrame()
        layout = QVBoxLayout(cell)
        heading = plain_label(section.heading)
        text_size().scaled(heading, 1.0, bold=True)
        long = len(section.text) > EXCERPT
        body = plain_label(section.text[:EXCERPT] + ("…" if long else ""))
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        body.customContextMenuRequested.connect(
            lambda position, b=body, sid=section.id: self._excerpt_menu(b, sid, position)
        )
        layout.addWidget(heading)
        layout.addWidget(body)
        if long:
            more = QPushButton(self.tr("Visa hela texten ({0} tecken)").format(len(section.text)))
            more.setFlat(True)
            text_size().styled(more, "text-align:left; color:#1f5fa8;")
            more.setCursor(Qt.CursorShape.PointingHandCursor)
            more.clicked.connect(lambda _=False, b=body, m=more, s=section: self._expand(b, m, s))
            layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        return cell

    def _expand(self, body: QLabel, button: QPushButton, section: queries.SectionRow) -> None:
        """Show a compared section's whole text, or only its beginning again."""
        whole = body.text() != section.text
        body.setText(section.text if whole else section.text[:EXCERPT] + "…")
        button.setText(self.tr("Visa mindre") if whole else
                       self.tr("Visa hela texten ({0} tecken)").format(len(section.text)))  # fmt: skip

    def _excerpt_menu(self, body: QLabel, section_id: int, position) -> None:
        """Right click on selected words of a section: annotate them as in the reader."""
        quote = body.selectedText()
        if not quote.strip():
            return
        menu = QMenu(self)
        for kind, colour, label in (("highlight", "gul", self.tr("Markera")),
                                    ("note", "", self.tr("Anteckning…")),
                                    ("question", "", self.tr("Fråga till förvaltningen…"))):  # fmt: skip
            menu.addAction(label, lambda k=kind, c=colour: self.annotate_text_requested.emit(  # type: ignore[misc]
                k, c, quote, section_id))  # fmt: skip
        menu.exec(body.mapToGlobal(position))

    def show_analysis_diff(self, pair: GoalPair) -> QDialog:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Ändringar i målanalysen"))
        browser = QTextBrowser()
        browser.setHtml(diff_html(pair))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        legend = QLabel(self.tr("Grönt: ny text. Rött och överstruket: borttagen text."))
        layout.addWidget(legend)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(900, 650)
        dialog.show()
        return dialog

    def _show_kpis(self, comparison: Comparison) -> None:
        left_year, right_year = comparison.left.period_year, comparison.right.period_year
        records = [] if comparison.kpis is None else comparison.kpis.to_dict("records")

        def toward(record: dict[str, Any]) -> QColor | None:
            value = record.get("toward_target")
            if is_missing(value):
                return None
            return TOWARD if value else AWAY

        points = self.tr("procentenheter")
        ids = [r.get(k) for r in records for k in ("left_id", "right_id")]
        corrections = item_marks(self.conn, "kpi", [int(i) for i in ids if not is_missing(i)])
        for record in records:
            flags = [f for column in ("right_id", "left_id") if not is_missing(record.get(column))
                     for f in self.kpi_flags.get(int(record[column]), [])]  # fmt: skip
            self._mark(record, flags, "kpi")
            for side, year in (("left", left_year), ("right", right_year)):
                kpi_id = record.get(f"{side}_id")
                marks = [] if is_missing(kpi_id) else [
                    m for m in corrections.of("kpi", int(kpi_id))
                    if m.field in (f"value:{year}", "name", "unit", "target", "series", "added")
                ]  # fmt: skip
                record[f"{side}_corrected"] = mark_tooltip(marks) if marks else None
            record["corrected"] = (
                "\n\n".join(
                    text for text in (record["left_corrected"], record["right_corrected"]) if text
                )
                or None
            )
            change = signed(record.get("change"))
            if record.get("unit") == "percent" and not is_missing(record.get("change")):
                change += " " + points
            record["change_text"] = change
            record["unit_text"] = self.unit_name(record.get("unit"))

        def corrected(side: str) -> Callable[[dict[str, Any]], QColor | None]:
            return lambda record: CORRECTED if record.get(f"{side}_corrected") else None

        columns = [
            Column(self.tr("Nyckeltal"), "kpi", background=_flagged, tooltip=_flag_tooltip),
            Column(str(left_year), "left", number, numeric=True, background=corrected("left")),
            Column(str(right_year), "right", number, numeric=True, background=corrected("right")),
            Column(self.tr("Enhet"), "unit_text"),
            Column(self.tr("Förändring"), "change_text", str, numeric=True, background=toward),
            Column(self.tr("Förändring %"), "change_pct", lambda v: number(v, 0, " %"), numeric=True, background=toward),
            Column(self.tr("Mål"), "target", number, numeric=True),
            Column(self.tr("Tabell"), "table"),
        ]  # fmt: skip
        if any(record["corrected"] for record in records):  # a column only when it says something
            columns.append(Column(self.tr("Rättat"), "corrected",
                                  lambda v: marker_text() if v else "",
                                  tooltip=lambda record: record.get("corrected")))  # fmt: skip
        self.kpi_table.setModel(RecordsModel(columns, records))
        self.kpi_table.fit()

    def unit_name(self, unit: object) -> str:
        names = {"percent": "%", "days": self.tr("dagar"), "count": self.tr("antal"),
                 "tkr": "tkr", "index": self.tr("index")}  # fmt: skip
        return names.get(str(unit), "")

    def _show_finance(self, comparison: Comparison) -> None:
        records = [] if comparison.finance is None else comparison.finance.to_dict("records")
        tables = {
            "income_statement": self.tr("Resultaträkning"),
            "by_unit": self.tr("Per verksamhet"),
        }
        for record in records:
            flags = [f for report in (comparison.right.id, comparison.left.id)
                     for f in self.finance_flags.get((report, fold(str(record["row"]))), [])]  # fmt: skip
            self._mark(record, flags, "row")
            record["table"] = tables.get(record["kind"], record["kind"])
            record["columns"] = " / ".join(
                str(c)
                for c in (record["left_column"], record["right_column"])
                if isinstance(c, str)
            )
        columns = [
            Column(self.tr("Tabell"), "table"),
            Column(self.tr("Rad"), "row", background=_flagged, tooltip=_flag_tooltip),
            Column(self.tr("{0} (tkr)").format(comparison.left.label), "left", lambda v: number(v, 0), numeric=True),
            Column(self.tr("{0} (tkr)").format(comparison.right.label), "right", lambda v: number(v, 0), numeric=True),
            Column(self.tr("Förändring"), "change", lambda v: signed(v, 0), numeric=True),
            Column(self.tr("Förändring %"), "change_pct", lambda v: number(v, 0, " %"), numeric=True),
            Column(self.tr("Kolumner i rapporterna"), "columns"),
        ]  # fmt: skip
        self.finance_table.setModel(RecordsModel(columns, records))
        self.finance_table.fit()

    def _show_sections(self, comparison: Comparison) -> None:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(24)
        grid.addWidget(_heading(comparison.left.label), 0, 0)
        grid.addWidget(_heading(comparison.right.label), 0, 1)
        for row, (left, right) in enumerate(comparison.sections, start=1):
            for column, section in ((0, left), (1, right)):
                grid.addWidget(self._section_cell(section), row, column)
        grid.setRowStretch(len(comparison.sections) + 1, 1)
        self.sections_tab.setWidget(widget)


FLAGGED = QColor("#fff1c9")  # a row with something to ask about (as the ⚑ marker)


def _flag_tooltip(record: dict[str, Any]) -> str:
    return str(record.get("flag_says") or record.get("kpi") or record.get("row") or "")


def _flagged(record: dict[str, Any]) -> QColor | None:
    return FLAGGED if record.get("flag_id") is not None else None


def signed(value: object, decimals: int = 1) -> str:
    """A change with its sign: +4, −33 (a real minus sign, as in print)."""
    if is_missing(value):
        return "–"
    text = number(abs(float(value)), decimals)  # type: ignore[arg-type]
    return ("+" if float(value) > 0 else "−" if float(value) < 0 else "±") + text  # type: ignore[arg-type]


def diff_html(pair: GoalPair) -> str:
    """The analysis diff as HTML: insertions green, deletions red and struck through."""
    parts = []
    for op, text in pair.analysis_diff():
        escaped = html.escape(text).replace("\n\n", "<br><br>")
        if op == "insert":
            parts.append(f'<span style="background:#d8f0dc;">{escaped}</span>')
        elif op == "delete":
            parts.append(
                f'<span style="background:#f8d7d7; text-decoration:line-through;">{escaped}</span>'
            )
        else:
            parts.append(escaped)
    return f'<div style="line-height:140%;">{"".join(parts)}</div>'


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    text_size().scaled(label, 1.3, bold=True)
    return label


class WrappingTable(QTableView):
    """A table that gives its name column the room, wrapping it, and never clips a number.

    Every column is as wide as its contents (header included), except the `stretch`
    column (a KPI's or row's name), which takes what is left but never less than about
    26 characters, and the `capped` columns (a table's title), which stop at their
    number of characters and show the rest in a tooltip. Rows are as tall as their
    wrapped text at the widths the columns really have, and are measured again when the
    text size changes. When the window is too narrow the table scrolls sideways.
    """

    NAME_CHARS = 26

    def __init__(self, stretch: int, capped: dict[int, int]) -> None:
        super().__init__()
        self.stretch, self.capped = stretch, capped

    def fit(self) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        chars = self.fontMetrics().averageCharWidth()
        used = 0
        for column in range(model.columnCount()):
            if column == self.stretch:
                continue
            self.resizeColumnToContents(column)
            width = max(self.columnWidth(column), header.sectionSizeHint(column))
            if column in self.capped:
                width = min(width, self.capped[column] * chars)
            self.setColumnWidth(column, width)
            used += width
        room = self.viewport().width() - used
        self.setColumnWidth(self.stretch, max(self.NAME_CHARS * chars, room))
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()


def _missing(text: str, framed: bool = False) -> QFrame:
    """The grey italic placeholder where one report has nothing to set beside the other."""
    cell = QFrame()
    if framed:
        cell.setFrameShape(QFrame.Shape.StyledPanel)
    label = QLabel(text)
    text_size().styled(label, "color:#777; font-style:italic;")
    QVBoxLayout(cell).addWidget(label)
    return cell


def _table(stretch: int, capped: dict[int, int]) -> WrappingTable:
    view = WrappingTable(stretch, capped)
    view.setAlternatingRowColors(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    enable_copy(view)
    return view

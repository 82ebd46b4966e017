"""Search the open report (Ctrl+F) or the whole library (Ctrl+Shift+F), notes included.

Results are grouped by report, newest report first, with the matched words marked.
Enter shows the results; clicking one asks the window to show it, where the words are
highlighted and F3 / Shift+F3 go from one match to the next.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.store import queries
from desktop.store.search import HIGHLIGHT_END, HIGHLIGHT_START, Hit, ReportHits, search_library
from desktop.ui.plain import count
from desktop.ui.text_size import text_size

NoteSearch = Callable[[str, int | None], list[ReportHits]]
KIND_LABELS = {
    "section": str(QT_TRANSLATE_NOOP("SearchPanel", "Avsnitt")),
    "goal": str(QT_TRANSLATE_NOOP("SearchPanel", "Mål")),
    "kpi": str(QT_TRANSLATE_NOOP("SearchPanel", "Nyckeltal")),
    "note": str(QT_TRANSLATE_NOOP("SearchPanel", "Anteckning")),
}


def snippet_html(snippet: str) -> str:
    escaped = html.escape(snippet)
    return escaped.replace(HIGHLIGHT_START, "<b style='background:#fff3a0;'>").replace(
        HIGHLIGHT_END, "</b>"
    )


class SearchPanel(QWidget):
    """Emits `hit_activated(kind, report_id, ref_id)` when the member picks a result."""

    hit_activated = Signal(str, int, int)

    def __init__(self, conn: sqlite3.Connection, note_search: NoteSearch | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.conn = conn
        self.note_search = note_search
        self.report_id: int | None = None
        self.hits: list[Hit] = []
        self.groups: list[ReportHits] = []
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Sök i rapporter, mål, nyckeltal och anteckningar"))
        self.only_this = QCheckBox(self.tr("Bara öppen rapport"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        text_size().styled(self.summary, "color:#555;")
        self.hint = QLabel(
            self.tr("Nyaste rapporten först. Klicka på en träff för att visa den i rapporten; "
                    "F3 och Skift+F3 går till nästa och föregående ställe.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        text_size().styled(self.hint, "color:#555;")
        self.hint.hide()
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self.on_anchor_clicked)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._debounce.start)
        self.field.returnPressed.connect(self.on_return_pressed)
        self.only_this.toggled.connect(self.run_search)
        top = QHBoxLayout()
        top.addWidget(self.field, 1)
        top.addWidget(self.only_this)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)

    def focus_search(self, report_id: int | None) -> None:
        """Ctrl+F passes the open report, Ctrl+Shift+F passes None for the whole library."""
        self.report_id = report_id
        self.only_this.setEnabled(report_id is not None)
        self.only_this.setChecked(report_id is not None)
        self.field.setFocus()
        self.field.selectAll()
        self.run_search()

    def query(self) -> str:
        """The words searched for now."""
        return self.field.text().strip()

    def run_search(self) -> None:
        text = self.query()
        scope = self.report_id if self.only_this.isChecked() else None
        groups = search_library(self.conn, text, scope) if text else []
        if text and self.note_search is not None:
            groups = _merge(groups, self.note_search(text, scope))
        newest = {r.id: r.period_end for r in queries.list_reports(self.conn)}
        groups.sort(key=lambda g: newest.get(g.report_id, ""), reverse=True)
        self.groups = groups
        self.hits = [hit for group in groups for hit in group.hits]
        hits = count(len(self.hits), self.tr("{0} träff"), self.tr("{0} träffar"))
        reports = count(len(groups), self.tr("i {0} rapport"), self.tr("i {0} rapporter"))
        self.summary.setText(f"{hits} {reports}" if self.hits else "")
        self.hint.setVisible(bool(self.hits))
        parts = []
        for group in groups:
            parts.append(f"<h3 style='margin-bottom:2px'>{html.escape(group.label)} "
                         f"<span style='color:#666; font-weight:normal'>{html.escape(group.municipality)}</span></h3>")  # fmt: skip
            for hit in group.hits:
                kind = self.tr(KIND_LABELS.get(hit.kind, hit.kind))
                parts.append(
                    f"<p style='margin:2px 0 8px 12px'><a href='hit:{hit.kind}:{hit.report_id}:{hit.ref_id}'>"
                    f"{html.escape(kind)}: {html.escape(hit.title)}</a><br>{snippet_html(hit.snippet)}</p>"
                )
        if text and not groups:
            nothing = self.tr("Inga träffar.")
            parts.append(f"<p>{html.escape(nothing)}</p>")
        self.results.setHtml("".join(parts))

    def on_anchor_clicked(self, url: QUrl) -> None:
        _, kind, report_id, ref_id = url.toString().split(":")
        self.hit_activated.emit(kind, int(report_id), int(ref_id))

    def on_return_pressed(self) -> None:
        """Enter shows the results at once; the member picks the one to open."""
        self._debounce.stop()
        self.run_search()


def _merge(library: list[ReportHits], notes: list[ReportHits]) -> list[ReportHits]:
    by_report = {g.report_id: g for g in library}
    for group in notes:
        if group.report_id in by_report:
            by_report[group.report_id].hits[:0] = group.hits  # the member's own notes first
        else:
            library.append(group)
            by_report[group.report_id] = group
    return library

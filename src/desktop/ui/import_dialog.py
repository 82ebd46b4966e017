"""Importing reports from the app: a progress dialog with Cancel, and a summary at the end.

Extraction and writing run on the thread pool with their own library connection; the
window stays responsive. Cancelling undoes the whole batch (see store.library.import_files).
The summary says, per report, which layout read it and how many goals, KPIs and finance
rows were found, with its warnings: the member sees at once what to check.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.library import REPORT_SUFFIXES, BuildResult, ReadSummary
from desktop.ui.background import Task, start

WARNING_COLOUR = QColor("#8a4b00")
FAILED_COLOUR = QColor("#a61b1b")


def report_paths(paths: list[str]) -> list[Path]:
    """The files among dropped or chosen paths that could be reports (.txt, .pdf)."""
    return [Path(p) for p in paths if Path(p).suffix.lower() in REPORT_SUFFIXES]


def _import_job(library: Path, files: list[Path], copy_pdfs: bool):
    def job(progress, cancelled) -> BuildResult:
        from desktop.corrections.session import apply_corrections
        from desktop.store.library import import_files, open_library

        conn = open_library(library)
        try:
            result = import_files(conn, files, progress, cancelled, copy_pdfs=copy_pdfs)
            if result.added:  # a report corrected before (e.g. imported again) is corrected
                apply_corrections(conn)
            return result
        finally:
            conn.close()

    return job


SHA_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportDialog(QDialog):
    """Shows one import from start to summary; `imported` fires if anything was added."""

    imported = Signal(object)  # BuildResult
    review_requested = Signal(str)  # the SHA-256 of an imported report to review (Granska)

    def __init__(self, library: Path, files: list[Path], parent: QWidget | None = None,
                 copy_pdfs: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera rapporter"))
        self.setMinimumWidth(640)
        self.result_: BuildResult | None = None
        self.status = QLabel(self.tr("Förbereder import av {0} filer…").format(len(files)))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(len(files), 1))
        self.bar.setValue(0)
        self.summary = QTreeWidget()
        self.summary.setHeaderHidden(True)
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(220)
        self.summary.hide()
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_buttons = QDialogButtonBox()
        self.review_button = self.close_buttons.addButton(
            self.tr("Granska rapporten…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.review_button.setToolTip(
            self.tr(
                "Se allt som lästes ut ur den valda rapporten bredvid originalet, och rätta det"
            )
        )
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self.on_review_clicked)
        self.summary.currentItemChanged.connect(
            lambda *_: self.review_button.setEnabled(self._selected_sha() is not None)
        )
        self.summary.itemDoubleClicked.connect(lambda *_: self.on_review_clicked())
        self.close_buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_buttons.accepted.connect(self.accept)
        self.close_buttons.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.close_buttons)
        self.task = Task(_import_job(library, files, copy_pdfs))
        self.task.signals.progress.connect(self.on_progress)
        self.task.signals.finished.connect(self.on_finished)
        self.task.signals.failed.connect(self.on_failed)
        start(self.task)

    def on_progress(self, done: int, total: int, name: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)
        if name:
            self.status.setText(self.tr("Läser {0} ({1} av {2})").format(name, done + 1, total))

    def on_cancel_clicked(self) -> None:
        self.task.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Avbryter… inget av det som lästs in sparas."))

    def on_finished(self, result: BuildResult) -> None:
        self.result_ = result
        self.cancel_button.hide()
        self.close_buttons.show()
        self.summary.show()
        if result.cancelled:
            self.status.setText(self.tr("Importen avbröts. Biblioteket är oförändrat."))
            return
        self.bar.setValue(self.bar.maximum())
        self.status.setText(
            self.tr("{0} importerade, {1} fanns redan, {2} misslyckades.").format(
                len(result.added), len(result.skipped), len(result.failed)
            )
        )
        for summary in result.read:
            self._add_read(summary)
        first = self.summary.topLevelItem(0)
        if result.read and first is not None:  # Granska rapporten… opens it at once
            self.summary.setCurrentItem(first)
        for name in result.skipped:
            self.summary.addTopLevelItem(
                QTreeWidgetItem([self.tr("Finns redan i biblioteket: {0}").format(name)])
            )
        for path, problem in result.failed:
            item = QTreeWidgetItem(
                [self.tr("Misslyckades: {0} – {1}").format(Path(path).name, problem)]
            )
            item.setForeground(0, FAILED_COLOUR)
            self.summary.addTopLevelItem(item)
        if result.added:
            self.imported.emit(result)

    def _add_read(self, summary: ReadSummary) -> None:
        """One imported report: what read it, what was found, and its warnings."""
        item = QTreeWidgetItem([self.tr("Importerad: {0}").format(summary.name)])
        item.setData(0, SHA_ROLE, summary.sha256)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if summary.template != "generic":  # an unknown layout is among the warnings
            item.addChild(QTreeWidgetItem([self.tr("Känd layout: {0}").format(summary.template)]))
        found = self.tr("{0} mål, {1} nyckeltal ({2} värden), {3} ekonomirader").format(
            summary.goals, summary.kpis, summary.kpi_values, summary.finance_rows
        )
        item.addChild(QTreeWidgetItem([found]))
        for warning in summary.warnings:
            child = QTreeWidgetItem([self.tr("Varning: {0}").format(warning)])
            child.setForeground(0, WARNING_COLOUR)
            child.setToolTip(0, warning)
            item.addChild(child)
        self.summary.addTopLevelItem(item)
        item.setExpanded(True)

    def _selected_sha(self) -> str | None:
        """The imported report the selected line (or a line under it) is about."""
        item = self.summary.currentItem()
        while item is not None and not item.data(0, SHA_ROLE):
            item = item.parent()
        return str(item.data(0, SHA_ROLE)) if item is not None else None

    def on_review_clicked(self) -> None:
        sha = self._selected_sha()
        if sha:
            self.review_requested.emit(sha)

    def on_failed(self, message: str) -> None:
        self.cancel_button.hide()
        self.close_buttons.show()
        self.status.setText(
            self.tr("Importen misslyckades: {0}. Biblioteket är oförändrat.").format(message)
        )

"""Importing reports from the app: a progress dialog with Cancel, and a summary at the end.

Extraction and writing run on the thread pool with their own library connection; the
window stays responsive. Cancelling undoes the whole batch (see store.library.import_files).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.library import REPORT_SUFFIXES, BuildResult
from desktop.ui.background import Task, start


def report_paths(paths: list[str]) -> list[Path]:
    """The files among dropped or chosen paths that could be reports (.txt, .pdf)."""
    return [Path(p) for p in paths if Path(p).suffix.lower() in REPORT_SUFFIXES]


def _import_job(library: Path, files: list[Path]):
    def job(progress, cancelled) -> BuildResult:
        from desktop.store.library import import_files, open_library

        conn = open_library(library)
        try:
            return import_files(conn, files, progress, cancelled)
        finally:
            conn.close()

    return job


class ImportDialog(QDialog):
    """Shows one import from start to summary; `imported` fires if anything was added."""

    imported = Signal(object)  # BuildResult

    def __init__(self, library: Path, files: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importera rapporter"))
        self.setMinimumWidth(560)
        self.result_: BuildResult | None = None
        self.status = QLabel(self.tr("Förbereder import av {0} filer…").format(len(files)))
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(len(files), 1))
        self.bar.setValue(0)
        self.summary = QListWidget()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(140)
        self.summary.hide()
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.close_buttons = QDialogButtonBox()
        self.close_buttons.addButton(self.tr("Stäng"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_buttons.accepted.connect(self.accept)
        self.close_buttons.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.close_buttons)
        self.task = Task(_import_job(library, files))
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
        for name in result.added:
            self.summary.addItem(self.tr("Importerad: {0}").format(name))
        for name in result.skipped:
            self.summary.addItem(self.tr("Finns redan i biblioteket: {0}").format(name))
        for path, problem in result.failed:
            self.summary.addItem(
                self.tr("Misslyckades: {0} – {1}").format(Path(path).name, problem)
            )
        if result.added:
            self.imported.emit(result)

    def on_failed(self, message: str) -> None:
        self.cancel_button.hide()
        self.close_buttons.show()
        self.status.setText(
            self.tr("Importen misslyckades: {0}. Biblioteket är oförändrat.").format(message)
        )

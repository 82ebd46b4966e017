"""Importing from the app: progress off the UI thread, failures listed, Cancel undoes all."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from tests.conftest import SEEDS

from desktop.store.library import open_library
from desktop.ui.import_dialog import ImportDialog


def screenshot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save the dialog for docs/screenshots when asked (NAMNDLASAREN_SCREENSHOTS=1)."""
    if os.environ.get("NAMNDLASAREN_SCREENSHOTS"):
        widget.grab().save(str(Path(__file__).resolve().parents[1] / "docs" / "screenshots" / name))


def count(library: Path) -> int:
    return open_library(library).execute("SELECT count(*) FROM reports").fetchone()[0]


def copies(tmp_path: Path, n: int) -> list[Path]:
    files = []
    for i in range(n):
        path = tmp_path / f"rapport-{i}.txt"
        path.write_bytes(SEEDS["hbg2021"].read_bytes() + f"\nVersion {i}\n".encode())
        files.append(path)
    return files


def test_good_bad_and_duplicate_files(qtbot: QtBot, library_home: Path, tmp_path: Path) -> None:
    library = library_home / "library.db"
    before = count(library)
    bad = tmp_path / "trasig.pdf"
    bad.write_bytes(b"%PDF-1.4 trasig")
    files = [*copies(tmp_path, 2), bad, SEEDS["hbg2017"]]
    dialog = ImportDialog(library, files)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.task.signals.finished, timeout=60_000):
        pass
    result = dialog.result_
    assert result is not None
    assert result.added == ["rapport-0.txt", "rapport-1.txt"]
    assert result.skipped == ["helsingborg-socialnamnden-arsbokslut-2017.txt"]
    assert [Path(p).name for p, _ in result.failed] == ["trasig.pdf"]
    assert dialog.status.text() == "2 importerade, 1 fanns redan, 1 misslyckades."
    assert count(library) == before + 2
    dialog.grab().save(
        str(Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "import-summary.png")
    )


def test_cancel_leaves_library_unchanged(qtbot: QtBot, library_home: Path, tmp_path: Path) -> None:
    library = library_home / "library.db"
    before = count(library)
    dialog = ImportDialog(library, copies(tmp_path, 40))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=60_000)  # some files already written
    dialog.grab().save(
        str(Path(__file__).resolve().parents[1] / "docs" / "screenshots" / "import-progress.png")
    )
    dialog.on_cancel_clicked()
    with qtbot.waitSignal(dialog.task.signals.finished, timeout=60_000):
        pass
    assert dialog.result_ is not None and dialog.result_.cancelled
    assert dialog.status.text() == "Importen avbröts. Biblioteket är oförändrat."
    assert count(library) == before


def test_dropping_files_on_the_window_imports_them(
    qtbot: QtBot, library_home: Path, tmp_path: Path
) -> None:
    from desktop.ui.main_window import MainWindow

    library = library_home / "library.db"
    window = MainWindow(open_library(library), library)
    qtbot.addWidget(window)
    [path] = copies(tmp_path, 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "bild.png"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: window.status_text == "6 rapporter i biblioteket")
    # the member's notes were placed again in the new library, and saving still works
    assert window.annotations.model.problem_text() == ""
    assert not window.annotations.saving_banner.isVisibleTo(window)

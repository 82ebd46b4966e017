"""Shared fixtures: a temporary NAMNDLASAREN_HOME per test, the seed reports, a built library."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTEST_QT_API", "pyside6")

from desktop.ui.qt_workarounds import keep_none_alive  # noqa: E402

keep_none_alive()  # a test session makes more Qt calls than None has references

REPO = Path(__file__).resolve().parents[1]
REPORTS_DIR = REPO / "data" / "reports"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

SEEDS = {
    "hbg2017": REPORTS_DIR / "helsingborg-socialnamnden-arsbokslut-2017.txt",
    "hbg2021": REPORTS_DIR / "helsingborg-socialnamnden-arsbokslut-2021.txt",
    "hbg2023": REPORTS_DIR / "helsingborg-socialnamnden-delarsrapport-2023-08.txt",
    "hbg2024": REPORTS_DIR / "helsingborg-socialnamnden-arsbokslut-2024-ocr.txt",
    "hud2021": REPORTS_DIR / "huddinge-socialnamnd-delarsrapport-2021-08.txt",
}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty NAMNDLASAREN_HOME for this test only."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("NAMNDLASAREN_HOME", str(path))
    return path


@pytest.fixture(autouse=True)
def _text_size_back_to_start():  # type: ignore[no-untyped-def]
    """Each test starts at the system's text size: a window sets the app's font."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from desktop.ui.text_size import text_size

        text_size().reset()


@pytest.fixture(autouse=True)
def _no_modal_question_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed with unsaved notes asks the member; in tests nobody answers a modal
    box, so the answer is "close" unless a test sets its own."""
    from desktop.ui.annotations_controller import AnnotationsController

    monkeypatch.setattr(AnnotationsController, "ask_close_unsaved", lambda self, rescue: "close")


@pytest.fixture(scope="session")
def built_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """library.db built once from data/reports/ for the whole session; copy before changing."""
    from desktop.store.library import build_library

    out = tmp_path_factory.mktemp("built") / "library.db"
    build_library(REPORTS_DIR, out)
    return out


@pytest.fixture
def library_home(home: Path, built_library: Path) -> Path:
    """A NAMNDLASAREN_HOME holding a copy of the built bundled library."""
    shutil.copy(built_library, home / "library.db")
    return home


def open_window(qtbot, home: Path):  # type: ignore[no-untyped-def]
    """The main window on NAMNDLASAREN_HOME's library, shown (offscreen) and closed after."""
    from desktop.store.library import open_library
    from desktop.ui.main_window import MainWindow

    library = home / "library.db"
    window = MainWindow(open_library(library), library)
    qtbot.addWidget(window)
    window.show()
    return window

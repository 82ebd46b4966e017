"""Issue 14.1: nothing a member writes is lost when user.db cannot be written.

On a real small filesystem (tmpfs, filled to the last byte) and a real read-only one
(the same tmpfs remounted read-only under the running app), through the window: the
text stays on screen, a persistent message says why, closing asks first, a rescue copy
is written, and after a restart the text is in user.db or offered back from the copy.
Mounting needs root; elsewhere a read-only directory (chmod) stands in for the second.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from tests.test_ui_annotations import PASSAGE, report_2021, select_in_reader, type_text

from desktop.annotate import notes
from desktop.annotate.saving import find_rescue
from desktop.store.library import open_library
from desktop.store.userdb import open_user_db
from desktop.ui.main_window import MainWindow

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _permissions_bind() -> bool:
    """Whether a read-only directory stops this process (not for root with DAC override)."""
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o555)
        try:
            Path(folder, "probe").write_text("x")
        except OSError:
            return True
        finally:
            os.chmod(folder, 0o755)
        return False


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB filesystem (tmpfs) to be filled or made read-only, unmounted after."""
    path = tmp_path / "disk"
    path.mkdir()
    if not ROOT or not _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(path)):
        pytest.skip("mounting a small filesystem needs root")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def member(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, built_library: Path):  # type: ignore[no-untyped-def]
    """How to open the app as the member does: the library apart, user.db in `home`."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))  # where a rescue copy may go
    library = tmp_path / "library.db"
    shutil.copy(built_library, library)

    def start(qtbot: QtBot, home: Path) -> MainWindow:
        monkeypatch.setenv("NAMNDLASAREN_HOME", str(home))
        window = MainWindow(open_library(library), library)
        qtbot.addWidget(window)
        window.show()
        return window

    return start


def fill(disk: Path) -> Path:
    """Write a file until the disk has no room left; returns it (delete to make room)."""
    filler = disk / "fyllnad.bin"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for chunk in (65536, 512, 1):  # to the last byte
            with contextlib.suppress(OSError):
                while True:
                    os.write(handle, b"\0" * chunk)
    finally:
        os.close(handle)
    return filler


def question_with_text(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    annotation_id = window.annotations.annotate_selection("question")
    card = window.annotations.panel.cards[annotation_id]
    type_text(card.body, text)
    return annotation_id, card


def asked_on_close(window: MainWindow, answer: str) -> list[Path | None]:
    asked: list[Path | None] = []

    def ask(rescue: Path | None) -> str:
        asked.append(rescue)
        return answer

    window.annotations.ask_close_unsaved = ask  # type: ignore[method-assign]
    return asked


def saved_body(home: Path, annotation_id: int) -> notes.Annotation:
    found = notes.get(open_user_db(home / "user.db"), annotation_id)
    assert found is not None
    return found


def test_a_full_disk_keeps_the_text_and_a_restart_offers_it_back(
    qtbot: QtBot, small_disk: Path, member
) -> None:  # type: ignore[no-untyped-def]
    window = member(qtbot, small_disk)
    annotation_id, card = question_with_text(window, "Första meningen.")
    assert saved_body(small_disk, annotation_id).body == "Första meningen."
    filler = fill(small_disk)
    type_text(card.body, " Andra meningen, skriven när disken var full.")
    typed = "Första meningen. Andra meningen, skriven när disken var full."
    banner = window.annotations.saving_banner
    assert banner.isVisible() and "disken är full" in banner.label.text()
    assert card.body.toPlainText() == typed  # still on screen, still in the model
    assert window.annotations.model.get(annotation_id).body == typed  # type: ignore[union-attr]
    # the meeting tab's answer and status wait in memory too
    meeting_view = window.show_tab("meeting")
    meeting_view.questions.setCurrentRow(0)  # type: ignore[attr-defined]
    type_text(meeting_view.answer, "Svar: sex barn.")  # type: ignore[attr-defined]
    meeting_view.status.setCurrentIndex(meeting_view.status.findData("besvarad"))  # type: ignore[attr-defined]
    assert saved_body(small_disk, annotation_id).answer == ""  # not on disk: it is full

    asked = asked_on_close(window, "close")
    window.close()
    assert len(asked) == 1  # the member was asked before the window closed
    rescue = find_rescue(small_disk / "user.db")
    assert rescue is not None and asked[0] == rescue.path
    assert typed in rescue.texts() and "Svar: sex barn." in rescue.texts()

    filler.unlink()  # room again; the member starts the app the next day
    again = member(qtbot, small_disk)
    assert again.annotations.rescue_banner.isVisible()
    again.annotations.restore_rescue()
    assert not again.annotations.rescue_banner.isVisible()
    restored = saved_body(small_disk, annotation_id)
    assert (restored.body, restored.answer, restored.status) == (typed, "Svar: sex barn.",
                                                                 "besvarad")  # fmt: skip
    assert find_rescue(small_disk / "user.db") is None


def test_a_disk_that_fills_and_empties_saves_without_a_restart(
    qtbot: QtBot, small_disk: Path, member
) -> None:  # type: ignore[no-untyped-def]
    window = member(qtbot, small_disk)
    annotation_id, card = question_with_text(window, "Början.")
    filler = fill(small_disk)
    type_text(card.body, " Slutet.")
    assert not window.annotations.model.retry()
    assert window.annotations.saving_banner.isVisible()
    filler.unlink()
    qtbot.waitUntil(lambda: not window.annotations.saving_banner.isVisible(), timeout=10_000)
    assert saved_body(small_disk, annotation_id).body == "Början. Slutet."
    asked = asked_on_close(window, "cancel")
    window.close()
    assert not asked  # everything saved: no question


def test_a_read_only_disk_keeps_the_text_and_the_app_starts_on_it(
    qtbot: QtBot, small_disk: Path, member
) -> None:  # type: ignore[no-untyped-def]
    window = member(qtbot, small_disk)
    annotation_id, _card = question_with_text(window, "Skrivet före.")
    asked = asked_on_close(window, "close")
    window.close()
    assert not asked  # all saved
    # the disk is read-only when the member next starts the app (Linux refuses to make
    # a filesystem read-only under a file open for writing, so it happens in between)
    assert _mount("-o", "remount,ro", str(small_disk))
    window = member(qtbot, small_disk)
    assert window.annotations.model.store.read_only
    banner = window.annotations.saving_banner
    assert banner.isVisible() and "skrivskydd" in banner.label.text()
    window.open_report(report_2021(window).id)
    [card] = window.annotations.panel.cards.values()  # the notes are there to read
    assert card.body.toPlainText() == "Skrivet före."
    card.body.moveCursor(QTextCursor.MoveOperation.End)  # the member clicks after the text
    type_text(card.body, " Skrivet efter.")
    assert card.body.toPlainText() == "Skrivet före. Skrivet efter."
    asked = asked_on_close(window, "cancel")
    window.close()
    assert asked and window.isVisible()  # "Avbryt": the window stays, the text with it
    asked = asked_on_close(window, "close")
    window.close()
    rescue = find_rescue(small_disk / "user.db")
    assert rescue is not None and asked == [rescue.path]
    assert Path(tempfile.gettempdir()) in rescue.path.parents  # the home cannot be written

    again = member(qtbot, small_disk)  # still read-only: the copy is offered all the same
    assert again.annotations.rescue_banner.isVisible()
    again.annotations.restore_rescue()  # cannot be written yet: kept, shown, retried
    again.open_report(report_2021(again).id)
    [card] = again.annotations.panel.cards.values()
    assert card.body.toPlainText() == "Skrivet före. Skrivet efter."
    assert again.annotations.saving_banner.isVisible()
    assert _mount("-o", "remount,rw", str(small_disk))
    qtbot.waitUntil(lambda: not again.annotations.saving_banner.isVisible(), timeout=10_000)
    assert saved_body(small_disk, annotation_id).body == "Skrivet före. Skrivet efter."


@pytest.mark.skipif(not _permissions_bind(), reason="this user writes through file permissions")
def test_a_read_only_folder_keeps_the_text(qtbot: QtBot, tmp_path: Path, member) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    home.mkdir()
    window = member(qtbot, home)
    annotation_id, _card = question_with_text(window, "Skrivet före.")
    asked_on_close(window, "close")
    window.close()
    for path in home.iterdir():
        path.chmod(0o444)
    home.chmod(0o555)
    try:
        again = member(qtbot, home)
        again.open_report(report_2021(again).id)
        [card] = again.annotations.panel.cards.values()
        card.body.moveCursor(QTextCursor.MoveOperation.End)
        type_text(card.body, " Skrivet efter.")
        assert "skrivskydd" in again.annotations.saving_banner.label.text()
        asked = asked_on_close(again, "close")
        again.close()
        assert asked and asked[0] is not None
    finally:
        home.chmod(0o755)
        for path in home.iterdir():
            path.chmod(0o644)
    third = member(qtbot, home)
    third.annotations.restore_rescue()
    assert saved_body(home, annotation_id).body == "Skrivet före. Skrivet efter."


def test_rescue_copy_goes_to_the_temp_folder_when_the_home_is_full(
    small_disk: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.annotate.saving import open_store

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    store = open_store(small_disk / "user.db")
    fill(small_disk)
    store.unsaved.changes[1] = {"body": "text"}
    path = store.write_rescue()
    assert path is not None and path.parent == tmp_path
    with pytest.raises(OSError) as full:
        (small_disk / "x").write_bytes(b"x" * 4096)
    assert full.value.errno == errno.ENOSPC

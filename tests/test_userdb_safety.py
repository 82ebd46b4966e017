"""A damaged, truncated or newer user.db is refused untouched; backups to come back from.

Issue 14, point 2: such a file gave a traceback in `--smoke` and `annotations
import/export`, and a crash at start-up. Now every command says so in one line and
exits 2, the app offers to move the file aside or restore a daily backup, and nothing
is ever written to the file itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.fs_helpers import read_only

from desktop.annotate import notes
from desktop.errors import UserDbError
from desktop.store import userdb
from desktop.store.userdb import backups, daily_backup, move_aside, open_user_db


def make_user_db(path: Path, meetings: int = 3) -> None:
    user = open_user_db(path, backup=False)
    for number in range(meetings):
        notes.add_meeting(user, f"Möte {number}", f"2026-12-{number + 1:02d}")
    user.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    user.close()


def damage(path: Path, how: str) -> None:
    """Damage user.db as a dying disk, a cut-off copy or a newer app would leave it."""
    data = path.read_bytes()
    if how == "garbage":
        path.write_bytes(os.urandom(3000))
    elif how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "header-only":
        path.write_bytes(data[:60])
    elif how == "page":
        conn = sqlite3.connect(path)
        [root] = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'meetings'"
        ).fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        broken = bytearray(data)
        at = (root - 1) * page_size  # the meetings table's b-tree page
        broken[at : at + 400] = os.urandom(400)
        path.write_bytes(bytes(broken))
    elif how == "newer":
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    else:
        raise AssertionError(how)


def files_digest(folder: Path, name: str = "user.db") -> dict[str, str]:
    """Every file of user.db (main, -wal, -shm) by content: to show nothing was written."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob(f"{name}*"))
        if p.is_file()
    }


DAMAGES = ["garbage", "truncated", "header-only", "page", "newer"]


@pytest.mark.parametrize("how", DAMAGES)
def test_unusable_user_db_is_refused_and_left_as_it_was(tmp_path: Path, how: str) -> None:
    path = tmp_path / "user.db"
    make_user_db(path, meetings=200)
    damage(path, how)
    before = files_digest(tmp_path)
    with pytest.raises(UserDbError) as caught:
        open_user_db(path)
    assert caught.value.kind == ("newer" if how == "newer" else "damaged")
    assert "\n" not in str(caught.value)
    if how == "newer":
        assert "nyare version" in str(caught.value)
    assert files_digest(tmp_path) == before  # not migrated, not switched to WAL, no -wal
    assert not userdb.backups_dir(path).exists()  # a damaged file is never "backed up"


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.mark.parametrize("how", ["garbage", "newer"])
def test_every_command_says_it_in_one_line(library_home: Path, tmp_path: Path, how: str) -> None:
    path = library_home / "user.db"
    make_user_db(path)
    damage(path, how)
    before = files_digest(library_home)
    notes_file = tmp_path / "in.json"
    notes_file.write_text(json.dumps([]), encoding="utf-8")
    for args in (
        ["--smoke"],
        ["annotations", "export", "-o", str(tmp_path / "ut.json")],
        ["annotations", "import", str(notes_file)],
        ["export-summary", "-o", str(tmp_path / "ut.pdf")],
    ):
        result = cli(library_home, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
        assert "user.db" in result.stderr and "inget har ändrats" in result.stderr
        assert files_digest(library_home) == before, args
    assert not (tmp_path / "ut.json").exists() and not (tmp_path / "ut.pdf").exists()


def test_daily_backup_keeps_the_last_five_days(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    make_user_db(path)
    folder = userdb.backups_dir(path)
    folder.mkdir()
    today = date.today()
    for days in range(1, 8):  # a week of older backups
        (folder / f"user-{(today - timedelta(days=days)).isoformat()}.db").write_bytes(b"")
    open_user_db(path).close()
    kept = backups(path)
    assert [p.name for p in kept] == [
        f"user-{(today - timedelta(days=d)).isoformat()}.db" for d in range(5)
    ]
    restored = sqlite3.connect(kept[0])
    assert restored.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
    restored.close()
    open_user_db(path).close()  # once a day: the second start today copies nothing
    assert backups(path) == kept


def test_backup_that_cannot_be_written_does_not_stop_the_member(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    make_user_db(path)
    folder = userdb.backups_dir(path)
    folder.mkdir()
    with read_only(folder):
        user = open_user_db(path)
        assert len(notes.meetings(user)) == 3
        assert daily_backup(user, path) is None
        user.close()
    assert list(folder.iterdir()) == []


def test_move_aside_keeps_every_part_of_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    make_user_db(path)
    damage(path, "page")
    (tmp_path / "user.db-wal").write_bytes(b"old wal")
    old = path.read_bytes()
    aside = move_aside(path)
    assert aside.name.startswith("user.db.undanlagd-")
    assert aside.read_bytes() == old
    assert Path(f"{aside}-wal").read_bytes() == b"old wal"
    assert not path.exists() and not (tmp_path / "user.db-wal").exists()
    user = open_user_db(path)  # a fresh, empty one
    assert notes.meetings(user) == []


def _click_when_shown(qtbot, button_name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        getattr(dialog, button_name).click()

    QTimer.singleShot(0, click)


def test_start_up_offers_a_fresh_user_db_after_moving_the_old_aside(qtbot, home: Path) -> None:
    from desktop.ui.userdb_dialog import UserDbDialog, resolve_user_db

    path = home / "user.db"
    make_user_db(path)
    damage(path, "garbage")
    old = path.read_bytes()
    with pytest.raises(UserDbError) as caught:
        open_user_db(path)
    dialog = UserDbDialog(caught.value, path)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None  # no backup yet to offer
    assert "skadad" in dialog.text() and "Inget har ändrats" in dialog.informativeText()

    _click_when_shown(qtbot, "fresh_button")
    assert resolve_user_db(caught.value, path)
    [aside] = home.glob("user.db.undanlagd-*")
    assert aside.read_bytes() == old
    assert notes.meetings(open_user_db(path)) == []


def test_start_up_restores_the_newest_backup(qtbot, home: Path) -> None:
    from desktop.ui.userdb_dialog import resolve_user_db

    path = home / "user.db"
    make_user_db(path)
    open_user_db(path).close()  # the day's first start makes the backup
    damage(path, "truncated")
    with pytest.raises(UserDbError) as caught:
        open_user_db(path)
    _click_when_shown(qtbot, "restore_button")
    assert resolve_user_db(caught.value, path)
    assert len(notes.meetings(open_user_db(path))) == 3
    assert list(home.glob("user.db.undanlagd-*"))  # the damaged file is still there


def test_start_up_quit_leaves_the_file_alone(qtbot, home: Path) -> None:
    from desktop.ui.userdb_dialog import resolve_user_db

    path = home / "user.db"
    make_user_db(path)
    damage(path, "newer")
    before = files_digest(home)
    with pytest.raises(UserDbError) as caught:
        open_user_db(path)
    _click_when_shown(qtbot, "quit_button")
    assert not resolve_user_db(caught.value, path)
    assert files_digest(home) == before

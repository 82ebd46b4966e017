"""Writes that meet a full disk: one line, exit 2, both databases as they were.

A real small filesystem (tmpfs) holds the home and is filled to the last byte; where one
cannot be mounted (not root) these tests are skipped, not faked.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import SEEDS
from tests.fs_helpers import fill, small_filesystem
from tests.hostile_inputs import many_annotations

from desktop.annotate import notes
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.userdb import open_user_db


def state(home: Path) -> dict[str, str]:
    """The databases by content (a full disk leaves no room to open them for reading)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(home.iterdir())
        if p.name.startswith(("library.db", "user.db"))
        and not p.name.endswith("-shm")
        and not (p.name.endswith("-wal") and p.stat().st_size == 0)  # no pages: no content
    }


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.fixture(params=[0, 96 * 1024], ids=["full", "nearly-full"])
def full_home(request, tmp_path: Path, built_library: Path):  # type: ignore[no-untyped-def]
    """A home with the library and a note on a filesystem with no byte (or 96 KB) left."""
    with small_filesystem(tmp_path / "home", size="6m") as home:
        shutil.copy(built_library, home / "library.db")
        library = open_library(home / "library.db")
        report = queries.list_reports(library)[0]
        section = queries.report_sections(library, report.id)[1]
        user = open_user_db(home / "user.db", backup=False)
        notes.add(user, report, "note", section=section, start=0, end=20, body="Min fråga")
        user.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        user.close()
        library.close()
        fill(home, leave=request.param)
        yield home


def assert_refused_in_one_line(result: subprocess.CompletedProcess[str], what: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    assert what in result.stderr, result.stderr


def test_annotations_import_on_a_full_disk(full_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.json"
    path.write_text(json.dumps(many_annotations(full_home / "library.db", 2000)), encoding="utf-8")
    before = state(full_home)
    result = cli(full_home, "annotations", "import", str(path))
    assert_refused_in_one_line(result, "kan inte skrivas (")
    assert state(full_home) == before


def test_update_library_on_a_full_disk(full_home: Path, built_library: Path) -> None:
    before = state(full_home)
    result = cli(full_home, "update-library", str(built_library))
    assert_refused_in_one_line(result, "kan inte tas emot")
    assert state(full_home) == before
    assert not [p for p in full_home.iterdir() if "incoming" in p.name]


def test_import_on_a_full_disk(full_home: Path, tmp_path: Path) -> None:
    new = tmp_path / "ny.txt"
    new.write_text(SEEDS["hbg2021"].read_text(encoding="utf-8") + "\nKopia\n", encoding="utf-8")
    before = state(full_home)
    result = cli(full_home, "import", str(new))
    assert_refused_in_one_line(result, "kan inte skrivas (")
    assert state(full_home) == before

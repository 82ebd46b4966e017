"""A received library is data only (issue 14, point 3; the newer version of point 9).

Before: `update-library` copied the file as it was, so a trigger in it rewrote reports on
the next import, a recursive view hung the update and left `library.db.incoming`, and a
newer library was "inte ett bibliotek från Nämndläsaren". Now the known tables are copied
into a fresh file with the app's own schema, after checks, within a time limit.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.hostile_inputs import libraries

from desktop.errors import LibraryError
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.library_intake import copy_library
from desktop.store.library_update import commit_update, prepare_update
from desktop.store.search import search_library


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, built_library: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile-libraries")
    return {case.path.name: case.path for case in libraries(folder, built_library)}


REFUSED = {
    "trigger.db": "programkod (trigger wipe)",
    "recursive-view.db": "programkod (view endless)",
    "reports-as-view.db": "programkod (view reports)",
    "newer.db": "biblioteket är från en nyare version av Nämndläsaren (schema 99",
    "unrelated.db": "inte ett bibliotek från Nämndläsaren (tabeller saknas",
    "truncated.db": "inte ett bibliotek",
    "not-sqlite.db": "inte en SQLite-databas",
    "wrong-types.db": "tabellen reports: period_year har fel typ",
    "wrong-json.db": "tabellen goals: kpi_names är inte JSON av rätt form",
    "unknown-status.db": "tabellen goals: status har ett okänt värde",
    "huge-text.db": "tabellen sections: text är för lång",
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_library_is_refused_in_one_line_and_nothing_changes(
    library_home: Path, hostile: dict[str, Path], name: str
) -> None:
    current = library_home / "library.db"
    before = digest(current)
    started = time.monotonic()
    with pytest.raises(LibraryError) as caught:
        prepare_update(hostile[name], current, time_limit=20)
    assert time.monotonic() - started < 20
    message = str(caught.value)
    assert "\n" not in message and str(hostile[name]) in message
    assert REFUSED[name] in message, message
    assert digest(current) == before
    assert [p.name for p in library_home.iterdir() if "incoming" in p.name] == []


def test_a_schema_damaged_into_bytes_that_are_not_text_is_refused_in_one_line(
    library_home: Path, built_library: Path, tmp_path: Path
) -> None:
    """SQLite names the damage in bytes that are not UTF-8; that is a damaged file too."""
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(built_library.read_bytes())
    conn = sqlite3.connect(damaged)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE TABLE report_tables (id INTEGER NOT '"
                 " || CAST(x'80' AS TEXT) || 'ULL)' WHERE name = 'report_tables'")  # fmt: skip
    conn.commit()
    conn.close()
    current = library_home / "library.db"
    before = digest(current)
    with pytest.raises(LibraryError, match="skadad fil") as caught:
        prepare_update(damaged, current, time_limit=20)
    assert "\n" not in str(caught.value) and str(damaged) in str(caught.value)
    assert digest(current) == before


def test_a_trigger_never_reaches_the_members_library(
    library_home: Path, hostile: dict[str, Path], tmp_path: Path
) -> None:
    """Even copied by hand into place, a library with a trigger is not opened."""
    planted = tmp_path / "library.db"
    planted.write_bytes(hostile["trigger.db"].read_bytes())
    with pytest.raises(LibraryError, match="programkod"):
        open_library(planted)


def test_extra_table_is_left_behind_and_search_rebuilt(
    library_home: Path, hostile: dict[str, Path]
) -> None:
    current = library_home / "library.db"
    incoming, diff = prepare_update(hostile["extra-table.db"], current)
    assert diff.unchanged == 5 and not diff.changed
    commit_update(incoming, current)
    conn = open_library(current)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "secretary_notes" not in names
    assert not {n for n in names if n.startswith("sqlite_") is False and "trigger" in n}
    hits = search_library(conn, "familjehem")
    assert hits and sum(len(group.hits) for group in hits) > 3


def test_same_keys_with_changed_texts_are_named_as_corrected(
    library_home: Path, hostile: dict[str, Path]
) -> None:
    """Before, this said "Oförändrade: 5" while the notes on those texts were orphaned."""
    incoming, diff = prepare_update(
        hostile["same-keys-changed-text.db"], library_home / "library.db"
    )
    incoming.unlink()
    assert diff.unchanged < 5 and diff.changed
    assert "Helsingborg Socialnämnden: Årsbokslut 2021" in diff.changed


def test_older_schema_is_copied_into_the_current_one(library_home: Path, tmp_path: Path) -> None:
    """A library built by an app one schema older (no printed pages) is still taken."""
    old = tmp_path / "v1.db"
    old.write_bytes((library_home / "library.db").read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE sections DROP COLUMN page")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    incoming, diff = prepare_update(old, library_home / "library.db")
    assert diff.unchanged == 5
    new = open_library(incoming)
    assert all(s.page is None for s in queries.report_sections(new, 1))


def test_copy_is_bounded_in_time(built_library: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(LibraryError, match="tog över 0 s; avbrutet"):
        copy_library(built_library, tmp_path / "out.db", time_limit=0.0)
    assert time.monotonic() - started < 5
    assert list(tmp_path.iterdir()) == []


def test_update_library_command_refuses_a_trigger_in_one_line(
    library_home: Path, hostile: dict[str, Path]
) -> None:
    before = digest(library_home / "library.db")
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home)}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "update-library", str(hostile["recursive-view.db"])],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "programkod" in result.stderr
    assert digest(library_home / "library.db") == before
    assert not (library_home / "library.db.incoming").exists()

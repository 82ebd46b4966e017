"""Replacing the library with a newer one: diff, atomic swap, crash between steps."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import LibraryError
from desktop.ingest.model import Report
from desktop.store.library import add_report, open_library
from desktop.store.library_update import commit_update, library_identity, prepare_update
from desktop.store.queries import list_reports


def report(sha: str, year: int, rtype: str = "annual") -> Report:
    end = f"{year}-12-31" if rtype == "annual" else f"{year}-08-31"
    return Report(
        "Helsingborg", "Socialnämnden", rtype, year, end, "T", sha256=sha, source_name=sha
    )


def library(path: Path, *reports: Report) -> Path:
    conn = open_library(path)
    for r in reports:
        add_report(conn, r)
    conn.close()
    return path


def test_diff_and_swap(tmp_path: Path) -> None:
    current = library(
        tmp_path / "library.db", report("a", 2021), report("b", 2022), report("c", 2023, "interim")
    )
    new = library(tmp_path / "new.db", report("a", 2021), report("b2", 2022), report("d", 2024))
    before = library_identity(open_library(current))
    incoming, diff = prepare_update(new, current)
    assert diff.unchanged == 1
    assert diff.changed == ["Helsingborg Socialnämnden: Årsbokslut 2022"]
    assert diff.new == ["Helsingborg Socialnämnden: Årsbokslut 2024"]
    assert diff.removed == ["Helsingborg Socialnämnden: Delårsrapport augusti 2023"]
    commit_update(incoming, current)
    conn = open_library(current)
    assert sorted(r.sha256 for r in list_reports(conn)) == ["a", "b2", "d"]
    assert library_identity(conn) != before
    assert not incoming.exists()


def test_crash_before_swap_leaves_old_library(tmp_path: Path) -> None:
    current = library(tmp_path / "library.db", report("a", 2021))
    new = library(tmp_path / "new.db", report("z", 2024))
    prepare_update(new, current)  # the process dies here, before commit_update
    assert [r.sha256 for r in list_reports(open_library(current))] == ["a"]
    incoming, _ = prepare_update(new, current)  # the next attempt starts clean
    commit_update(incoming, current)
    assert [r.sha256 for r in list_reports(open_library(current))] == ["z"]


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_bad_new_library_is_refused_and_nothing_changes(tmp_path: Path, content: bytes) -> None:
    current = library(tmp_path / "library.db", report("a", 2021))
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    with pytest.raises(LibraryError, match="bad.db"):
        prepare_update(bad, current)
    assert [r.sha256 for r in list_reports(open_library(current))] == ["a"]
    assert not (tmp_path / "library.db.incoming").exists()

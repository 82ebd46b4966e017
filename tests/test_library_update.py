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


def test_secretary_update_orphans_one_annotation_and_keeps_the_rest(
    library_home: Path, tmp_path: Path
) -> None:
    """build-library on a corrected report, update-library: one note lost its passage."""
    import os
    import shutil
    import subprocess
    import sys

    from tests.conftest import REPORTS_DIR, SEEDS

    from desktop.annotate import notes
    from desktop.store import queries
    from desktop.store.userdb import open_user_db

    kept_text = "Digital socialtjänst ska erbjudas invånarna när och var de vill."
    lost_text = "Den huvudsakliga orsaken till att barn får vänta på att placeras i stadigvarande familjehemsvård är brist på familjehem."
    conn = open_library(library_home / "library.db")
    old = next(r for r in queries.list_reports(conn) if r.period_end == "2021-12-31")
    user = open_user_db(library_home / "user.db")
    ids = {}
    for name, text in (("kept", kept_text), ("lost", lost_text)):
        section = next(s for s in queries.report_sections(conn, old.id) if text in s.text)
        start = section.text.index(text)
        ids[name] = notes.add(user, old, "question", section=section, start=start,
                              end=start + len(text), body=f"fråga {name}")  # fmt: skip
    conn.close()

    corrected = tmp_path / "secretary"
    shutil.copytree(REPORTS_DIR, corrected)
    raw = SEEDS["hbg2021"].read_text(encoding="utf-8")
    (corrected / SEEDS["hbg2021"].name).write_text(
        raw.replace(lost_text, "").replace("Under hösten", "Under den gångna hösten"),
        encoding="utf-8",
    )
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home)}
    cli = [sys.executable, "-m", "desktop"]
    built = subprocess.run([*cli, "build-library", str(corrected), "-o", str(tmp_path / "ny.db")],
                           env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert built.returncode == 0, built.stderr
    updated = subprocess.run([*cli, "update-library", str(tmp_path / "ny.db")],
                             env=env, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert updated.returncode == 0, updated.stderr
    assert "Rättade: Helsingborg Socialnämnden: Årsbokslut 2021" in updated.stdout
    assert "1 kunde inte placeras" in updated.stdout and "brist på familjehem" in updated.stdout

    kept, lost = notes.get(user, ids["kept"]), notes.get(user, ids["lost"])
    assert kept is not None and lost is not None
    new = next(r for r in queries.list_reports(open_library(library_home / "library.db"))
               if r.period_end == "2021-12-31")  # fmt: skip
    assert new.sha256 != old.sha256
    assert (kept.orphaned, kept.report_sha256, kept.exact) == (False, new.sha256, kept_text)
    assert lost.orphaned and lost.body == "fråga lost"  # kept for the member, never dropped

"""Annotations: anchoring that survives new versions of a report, saved as written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS

from desktop.annotate import notes
from desktop.annotate.anchors import locate, make_selector
from desktop.ingest.pipeline import extract_text
from desktop.store import queries
from desktop.store.library import add_report, open_library
from desktop.store.userdb import open_user_db

RAW = SEEDS["hbg2021"].read_text(encoding="utf-8")
PASSAGE = "Den huvudsakliga orsaken till att barn får vänta på att placeras i stadigvarande familjehemsvård är brist på familjehem."


def section_with(report, text: str):  # type: ignore[no-untyped-def]
    return next(s for s in report.sections if text in s.text)


def test_passage_found_after_words_inserted_before_it() -> None:
    old = section_with(extract_text(RAW), PASSAGE)
    start = old.text.index(PASSAGE)
    selector = make_selector(old.text, start, start + len(PASSAGE))
    edited = extract_text(
        RAW.replace(
            "Graden av måluppfyllnad har ökat",
            "Enligt förvaltningen har graden av måluppfyllnad ökat",
        )
    )
    new = section_with(edited, PASSAGE)
    found = locate(new.text, selector)
    assert found is not None and new.text[found[0] : found[1]] == PASSAGE
    assert found[0] != start


def test_lightly_edited_passage_found_fuzzily() -> None:
    old = section_with(extract_text(RAW), PASSAGE)
    start = old.text.index(PASSAGE)
    selector = make_selector(old.text, start, start + len(PASSAGE))
    lightly = PASSAGE.replace("huvudsakliga", "främsta")
    new = section_with(extract_text(RAW.replace(PASSAGE, lightly)), lightly)
    found = locate(new.text, selector)
    assert found is not None
    assert "främsta orsaken till att barn får vänta" in new.text[found[0] : found[1]]


def test_deleted_passage_is_orphaned_not_moved(tmp_path: Path) -> None:
    library = open_library(tmp_path / "library.db")
    original = extract_text(RAW, sha256="v1", source_name="r.txt")
    add_report(library, original)
    report = queries.list_reports(library)[0]
    section = next(s for s in queries.report_sections(library, report.id) if PASSAGE in s.text)
    user = open_user_db(tmp_path / "user.db")
    start = section.text.index(PASSAGE)
    kept_quote = "Pandemin haft stor påverkan på intresset hos medborgarna"
    kept_start = section.text.index(kept_quote)
    doomed = notes.add(
        user,
        report,
        "question",
        section=section,
        start=start,
        end=start + len(PASSAGE),
        body="Varför?",
    )
    kept = notes.add(
        user,
        report,
        "note",
        section=section,
        start=kept_start,
        end=kept_start + len(kept_quote),
        body="Bra",
    )
    # a corrected version of the report replaces the old one: the passage is gone
    library.execute("DELETE FROM reports")
    add_report(library, extract_text(RAW.replace(PASSAGE, ""), sha256="v2", source_name="r.txt"))
    result = notes.reanchor_all(user, library)
    assert [a.id for a in result.orphaned] == [doomed]
    assert notes.get(user, doomed).orphaned  # type: ignore[union-attr]
    placed = notes.get(user, kept)
    assert placed is not None and not placed.orphaned and placed.report_sha256 == "v2"
    assert "1 kunde inte placeras" in result.summary_line()


def test_meeting_order_and_search(tmp_path: Path) -> None:
    library = open_library(tmp_path / "library.db")
    add_report(library, extract_text(RAW, sha256="v1", source_name="r.txt"))
    report = queries.list_reports(library)[0]
    user = open_user_db(tmp_path / "user.db")
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    ids = [
        notes.add(
            user,
            report,
            "question",
            goal_title=f"Mål {i}",
            body=f"Fråga {i} om väntetider",
            meeting_id=meeting,
        )
        for i in range(3)
    ]
    notes.move(user, ids[2], 0, meeting)
    assert [a.id for a in notes.all_annotations(user, meeting)] == [ids[2], ids[0], ids[1]]
    notes.update(user, ids[0], status="besvarad", answer="Svar från förvaltningen")
    assert [a.id for a in notes.search(user, "vantetider fraga 0")] == [ids[0]]


def test_note_survives_sigkill(tmp_path: Path) -> None:
    script = f"""
import sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from desktop.annotate import notes
from desktop.store.queries import ReportRow
from desktop.store.userdb import open_user_db
user = open_user_db({str(tmp_path / "user.db")!r})
report = ReportRow(1, "abc", "Helsingborg", "Socialnämnden", "annual", 2021, "2021-12-31", "T", "r.txt")
note = notes.add(user, report, "note", goal_title="Mål")
for text in ("V", "Var", "Varför ökar väntetiden?"):
    notes.update(user, note, body=text)  # each keystroke batch, as the editor saves it
print("saved", flush=True)
time.sleep(60)
"""
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "saved"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    user = open_user_db(tmp_path / "user.db")
    assert [a.body for a in notes.all_annotations(user)] == ["Varför ökar väntetiden?"]

"""Moving annotations between laptops (Web Annotation JSON-LD) and the printed summary."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.annotate import notes
from desktop.annotate.web_annotation import AnnotationFileError, export_collection, import_file
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.userdb import open_user_db

QUESTION = "Hur många av barnen väntade längre än sex månader?"
GOAL_NOTE = "Varför sjönk andelen mellan 2019 och 2021?"


def annotate_seed_library(home: Path) -> dict[str, str]:
    """A meeting with a goal note, a quoted passage with a question, and a highlight."""
    library = open_library(home / "library.db")
    user = open_user_db(home / "user.db")
    report = next(r for r in queries.list_reports(library) if r.period_end == "2021-12-31")
    goal = next(g for g in queries.report_goals(library, report.id) if "jourhem" in g.title)
    section = next(s for s in queries.report_sections(library, report.id) if "familjehem" in s.text)
    start = section.text.index("familjehem")
    quote = section.text[start : start + 80]
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    notes.add(user, report, "note", goal_title=goal.title, body=GOAL_NOTE, meeting_id=meeting)
    notes.add(user, report, "question", section=section, start=start, end=start + 80,
              body=QUESTION, meeting_id=meeting)  # fmt: skip
    notes.add(user, report, "highlight", section=section, start=0, end=30, colour="grön")
    notes.add(user, report, "note", goal_title=goal.title, kpi_name="Andel barn i jourhem",
              body="Målvärdet?")  # fmt: skip
    user.close()
    library.close()
    return {"goal": goal.title, "quote": quote, "meeting": str(meeting)}


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip


def test_export_import_round_trip_on_another_laptop(library_home: Path, tmp_path: Path) -> None:
    annotate_seed_library(library_home)
    exported = tmp_path / "mina-anteckningar.json"
    result = cli(library_home, "annotations", "export", "-o", str(exported))
    assert result.returncode == 0, result.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 4
    target = data["first"]["items"][1]["target"]
    assert target["source"].startswith("urn:sha256:")
    assert {s["type"] for s in target["selector"]} == {"TextQuoteSelector", "TextPositionSelector"}

    other = tmp_path / "other-laptop"
    other.mkdir()
    (other / "library.db").write_bytes((library_home / "library.db").read_bytes())
    first = cli(other, "annotations", "import", str(exported))
    assert first.returncode == 0, first.stderr
    assert "4 anteckningar importerade" in first.stdout
    again = cli(other, "annotations", "import", str(exported))
    assert "0 anteckningar importerade, 4 fanns redan" in again.stdout

    theirs = notes.all_annotations(open_user_db(other / "user.db"))
    mine = notes.all_annotations(open_user_db(library_home / "user.db"))
    assert [(a.kind, a.body, a.exact, a.status, a.goal_title, a.kpi_name) for a in theirs] == [
        (a.kind, a.body, a.exact, a.status, a.goal_title, a.kpi_name) for a in mine
    ]
    assert theirs[-1].kpi_name == "Andel barn i jourhem"
    assert not any(a.orphaned for a in theirs)
    user = open_user_db(other / "user.db")
    assert notes.meetings(user) == [(1, "Socialnämnden 15 december", "2026-12-15")]


@pytest.mark.parametrize("shape", ["annotation", "list", "page"])
def test_import_accepts_every_standard_shape(home: Path, shape: str) -> None:
    annotation = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "Fråga om väntetider"},
        "target": {
            "source": "urn:sha256:abc",
            "selector": {"type": "TextQuoteSelector", "exact": "brist på familjehem"},
        },
    }
    data = {"annotation": annotation, "list": [annotation],
            "page": {"type": "AnnotationPage", "items": [annotation]}}[shape]  # fmt: skip
    path = home / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    user = open_user_db(home / "user.db")
    assert import_file(user, path) == (1, 0)
    assert import_file(user, path) == (0, 1)  # no id in the file: the content identifies it
    [stored] = notes.all_annotations(user)
    assert stored.exact == "brist på familjehem" and stored.body == "Fråga om väntetider"


def test_malformed_file_rejected_and_nothing_imported(home: Path) -> None:
    user = open_user_db(home / "user.db")
    good = {"type": "Annotation", "target": {"source": "urn:sha256:a",
            "selector": {"type": "TextQuoteSelector", "exact": "ett citat"}}}  # fmt: skip
    bad = {"type": "Annotation", "body": "saknar mål"}
    path = home / "trasig.json"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")
    with pytest.raises(AnnotationFileError, match=r"trasig\.json: anteckning 2"):
        import_file(user, path)
    assert notes.all_annotations(user) == []

    result = cli(home, "annotations", "import", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "trasig.json" in result.stderr
    assert "Traceback" not in result.stderr

    path.write_text("{ inte json", encoding="utf-8")
    with pytest.raises(AnnotationFileError, match="inte en JSON-fil"):
        import_file(user, path)


def test_export_collection_names_the_report_so_a_new_version_finds_it(library_home: Path) -> None:
    annotate_seed_library(library_home)
    items = export_collection(open_user_db(library_home / "user.db"))["first"]["items"]
    assert items[0]["namndlasaren:reportKey"] == {
        "municipality": "Helsingborg",
        "committee": "Socialnämnden",
        "reportType": "annual",
        "periodEnd": "2021-12-31",
    }


def test_export_summary_pdf_holds_goal_quote_and_question(
    library_home: Path, tmp_path: Path
) -> None:
    wrote = annotate_seed_library(library_home)
    output = tmp_path / "inför-mötet.pdf"
    result = cli(library_home, "export-summary", "-o", str(output), "--meeting", wrote["meeting"])
    assert result.returncode == 0, result.stderr
    reader = PdfReader(output)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Inför Socialnämnden 15 december" in text
    assert wrote["goal"][:60] in text
    assert " ".join(wrote["quote"].split())[:50] in text
    assert QUESTION in text and GOAL_NOTE in text
    assert f"Sida 1 av {len(reader.pages)}" in text
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    # the highlight has no meeting: a meeting's summary leaves it out
    assert "Frågor till förvaltningen" in text and "1 mål, 1 citerat avsnitt, 1 fråga" in text


def test_export_summary_names_a_missing_meeting(library_home: Path, tmp_path: Path) -> None:
    result = cli(library_home, "export-summary", "-o", str(tmp_path / "x.pdf"), "--meeting", "9")
    assert result.returncode == 2
    assert "mötet 9 finns inte" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()

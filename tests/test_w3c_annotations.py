"""Annotations from other tools, and ours readable by them (issue 18).

Before: of the 43 examples and the collection of the W3C Web Annotation model, pointed
at a bundled report, the app took 1 of 44, and one annotation it could not use made it
refuse a whole file. Now each is imported or skipped with its reason, exports pass the
W3C test suite's MUST assertions, and Hypothesis exports are read.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import open_window

from desktop.annotate import notes
from desktop.annotate.web_annotation import (
    export_annotation,
    export_collection,
    import_annotations,
)
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.userdb import open_user_db

W3C = Path(__file__).resolve().parents[2] / "shared" / "w3c-annotation"
EXAMPLES = W3C / "model-examples"
SUITE = W3C / "test-suite"
QUOTE = "Digital socialtjänst ska erbjudas invånarna när och var de vill."

pytestmark = pytest.mark.skipif(not W3C.is_dir(), reason="../shared/w3c-annotation is missing")

# What becomes of each example: "imported" (with the number of notes) or why it is skipped.
EXPECTED: dict[int, str | int] = {
    1: 1, 2: 1, 3: 1, 4: "målet är en bild", 5: 1, 6: 1, 7: 1, 8: 1, 9: 2, 10: 1,
    11: 1, 12: 1, 13: 1, 14: "målet är en video", 15: 1, 16: 1, 17: 1, 18: "målet är en bild",
    19: "väljaren finns på en annan adress", 20: 1, 21: "CSS-väljare", 22: "XPath-väljare",
    23: 1, 24: 1, 25: "byteposition", 26: "SVG-väljare", 27: "SVG-väljare",
    28: "XPath-väljare", 29: 1, 30: 1, 31: 1, 32: 1, 33: 1, 34: 1, 35: 1,
    36: "väljaren finns på en annan adress", 37: 1, 38: 1, 39: "List/Composite",
    40: "List/Composite", 41: 4, 42: 1, 43: 1,
}  # fmt: skip


def pointed(data: Any, sha: str, text: str) -> Any:
    """The example with every target address on the report, every quote one it holds."""
    data = copy.deepcopy(data)
    urn = f"urn:sha256:{sha}"

    def address(value: str) -> str:
        fragment = value.split("#", 1)[1] if "#" in value else ""
        return urn + (f"#{fragment}" if fragment else "")

    def selector(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                selector(item)
        elif isinstance(value, dict):
            if value.get("type") == "TextQuoteSelector":
                value.update(exact=QUOTE, prefix="", suffix="")
            if value.get("type") == "TextPositionSelector":
                at = text.index(QUOTE)
                value.update(start=at, end=at + len(QUOTE))
            for key in ("refinedBy", "startSelector", "endSelector"):
                if key in value:
                    selector(value[key])

    def target(value: Any) -> Any:
        if isinstance(value, str):
            return address(value)
        if isinstance(value, list):
            return [target(v) for v in value]
        if isinstance(value, dict):
            if "items" in value:
                value["items"] = [target(v) for v in value["items"]]
            for key in ("source", "id"):
                if isinstance(value.get(key), str):
                    value[key] = address(value[key])
                    break
            if "selector" in value:
                selector(value["selector"])
        return value

    items = data["first"]["items"] if data.get("type") == "AnnotationCollection" else [data]
    for item in items:
        item["target"] = target(item["target"])
    return data


@pytest.fixture
def report(library_home: Path) -> queries.ReportRow:
    library = open_library(library_home / "library.db")
    return next(r for r in queries.list_reports(library) if r.period_end == "2021-12-31")


def import_example(home: Path, report: queries.ReportRow, name: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    library = open_library(home / "library.db")
    text = queries.report_text(library, report.id)
    data = pointed(json.loads((EXAMPLES / name).read_text(encoding="utf-8")), report.sha256, text)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    user = open_user_db(home / "user.db")
    return import_annotations(user, path, library=library), user, library


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_each_model_example_is_imported_or_skipped_with_its_reason(
    library_home: Path, report: queries.ReportRow, tmp_path: Path, number: int
) -> None:
    expected = EXPECTED[number]
    if isinstance(expected, int):
        result, user, library = import_example(library_home, report, f"anno{number}.json", tmp_path)
        assert len(result.added) == expected and not result.skipped
        placed = notes.reanchor_all(user, library, result.added)
        assert placed.placed == expected and not placed.orphaned
        for annotation in notes.all_annotations(user):
            assert annotation.report_sha256 == report.sha256
            assert annotation.exact in ("", QUOTE)
    else:
        from desktop.annotate.annotation_file import AnnotationFileError

        with pytest.raises(AnnotationFileError) as caught:  # nothing else in the file
            import_example(library_home, report, f"anno{number}.json", tmp_path)
        assert "ingen av de 1 anteckningarna kan användas" in str(caught.value)
        assert expected in str(caught.value), str(caught.value)


def test_the_collection_imports_what_it_can_and_lists_the_rest(
    library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:
    result, user, _library = import_example(library_home, report, "collection1.json", tmp_path)
    skipped = {s.number: s.reason for s in result.skipped}
    imported = {n for n, e in EXPECTED.items() if isinstance(e, int)}
    assert set(skipped) == set(EXPECTED) - imported
    for number, reason in skipped.items():
        assert EXPECTED[number] in reason  # type: ignore[operator]
    assert len(result.added) == sum(e for e in EXPECTED.values() if isinstance(e, int))


def test_what_each_kind_of_example_becomes(
    library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:
    result, user, _library = import_example(library_home, report, "collection1.json", tmp_path)
    by_id = {a.uuid.split("#")[0]: a for a in notes.all_annotations(user)}

    def note(number: int) -> notes.Annotation:
        return by_id[f"http://example.org/anno{number}"]

    assert note(1).about_whole_report and note(1).body == "http://example.org/post1"
    assert note(5).body == "j'adore !"  # HTML read as text, never rendered
    assert note(6).body == "Comment text" and note(6).kind == "note"
    assert note(8).kind == "highlight" and note(8).body == ""
    assert note(15).tags == ("readme",)
    assert note(15).body == "A good description of the topic that bears further investigation"
    assert note(29).exact == QUOTE  # a quote inside refinedBy
    assert note(24).exact == QUOTE  # positions in the report's text
    assert note(38).tags == ("love",) and note(38).body.startswith("I really love")
    assert note(38).exact == QUOTE  # a position inside refinedBy
    assert note(9).body == "tag1\n\nhttp://example.org/description1"  # two bodies, joined


def test_imported_examples_appear_in_the_notes_panel(
    qtbot, library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    import_example(library_home, report, "collection1.json", tmp_path)
    window = open_window(qtbot, library_home)
    window.annotations.after_library_change()
    window.open_report(report.id)
    panel = window.annotations.panel
    bodies = [card.body.toPlainText() for card in panel.cards.values()]
    assert "Comment text" in bodies  # bodyValue, on the whole report
    assert "j'adore !" in bodies
    assert "http://example.net/review1" in bodies  # target given as {"id": …}
    assert any(b.startswith("tag1") and "description1" in b for b in bodies)  # two bodies
    whole = next(c for c in panel.cards.values() if c.body.toPlainText() == "Comment text")
    assert "Om hela rapporten" in [label.text() for label in whole.findChildren(QLabel)]
    quotes = [c.quote.text() for c in panel.cards.values() if hasattr(c, "quote")]
    assert any(QUOTE[:40] in quote for quote in quotes)  # e.g. the refinedBy quote


# --- export against the W3C test suite ---------------------------------------------------


def suite_validator(test_file: str):  # type: ignore[no-untyped-def]
    """Every MUST assertion of a .test file as a draft-04 validator, $refs resolved locally."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    resources = []
    for path in SUITE.rglob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource(contents=schema, specification=DRAFT4)
        for name in {path.name, schema.get("id", path.name)}:
            resources.append((name, resource))
            resources.append((name.replace("TextDataPosition", "textDataPosition"), resource))
    registry: Registry = Registry().with_resources(resources)
    assertions = json.loads((SUITE / test_file).read_text(encoding="utf-8"))["assertions"]
    validators = []
    for assertion in assertions:
        schema = json.loads((SUITE / assertion).read_text(encoding="utf-8"))
        validators.append(
            (assertion, schema.get("expectedResult", "valid"),
             jsonschema.Draft4Validator(schema, registry=registry))
        )  # fmt: skip
    return validators


def failed_musts(validators, document: Any) -> list[str]:  # type: ignore[no-untyped-def]
    failed = []
    for name, expected, validator in validators:
        valid = validator.is_valid(document)
        if valid != (expected == "valid"):
            failed.append(name)
    return failed


def annotate_every_kind(home: Path, report: queries.ReportRow) -> None:
    library = open_library(home / "library.db")
    section = next(s for s in queries.report_sections(library, report.id) if QUOTE in s.text)
    goal = queries.report_goals(library, report.id)[0]
    at = section.text.index(QUOTE)
    user = open_user_db(home / "user.db")
    meeting = notes.add_meeting(user, "Nämndmöte", "2026-12-15")
    notes.add(user, report, "highlight", section=section, start=at, end=at + len(QUOTE))
    notes.add(user, report, "note", section=section, start=at, end=at + 20, body="Varför?")
    notes.add(user, report, "question", section=section, start=at, end=at + 30,
              body="Hur många?", meeting_id=meeting)  # fmt: skip
    notes.add(user, report, "note", goal_title=goal.title, body="Om målet")
    notes.add(user, report, "note", goal_title=goal.title, kpi_name="Väntetid", body="KPI")
    whole = notes.add(user, report, "note", body="Om hela rapporten")
    user.execute("UPDATE annotations SET tags = '[\"budget\"]' WHERE id = ?", (whole,))


def test_every_export_passes_the_w3c_musts(
    library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:
    annotate_every_kind(library_home, report)
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home)}
    folder = tmp_path / "en-per-fil"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "annotations", "export", "--one-per-file", str(folder)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.jsonld"))
    assert len(files) == 6
    musts = suite_validator("annotations/annotationMusts.test")
    assert len(musts) > 40
    for path in files:
        document = json.loads(path.read_text(encoding="utf-8"))
        assert failed_musts(musts, document) == [], path.name
    user = open_user_db(library_home / "user.db")
    single = export_annotation(user, notes.all_annotations(user)[0].id)
    assert single is not None and failed_musts(musts, single) == []
    collection = export_collection(user)
    assert failed_musts(suite_validator("collections/collectionMusts.test"), collection) == []
    for item in collection["first"]["items"]:  # items stand alone too
        assert failed_musts(musts, item) == []


def test_the_suite_catches_what_it_should() -> None:
    """The check is not vacuous: an annotation without @context fails it."""
    musts = suite_validator("annotations/annotationMusts.test")
    bad = {"id": "urn:uuid:1", "type": "Annotation", "target": "urn:sha256:x"}
    assert "annotations/3.1-annotationContextValidated.json" in failed_musts(musts, bad)


def test_exported_examples_come_back_the_same(
    library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:
    annotate_every_kind(library_home, report)
    user = open_user_db(library_home / "user.db")
    exported = tmp_path / "alla.json"
    exported.write_text(json.dumps(export_collection(user)), encoding="utf-8")
    other = open_user_db(tmp_path / "annan-user.db")
    result = import_annotations(other, exported, library=open_library(library_home / "library.db"))
    assert len(result.added) == 6 and not result.skipped
    fields = [(a.kind, a.body, a.exact, a.goal_title, a.kpi_name, a.tags, a.about_whole_report)
              for a in notes.all_annotations(user)]  # fmt: skip
    assert fields == [(a.kind, a.body, a.exact, a.goal_title, a.kpi_name, a.tags,
                       a.about_whole_report) for a in notes.all_annotations(other)]  # fmt: skip


# --- Hypothesis exports ------------------------------------------------------------------

ONE_REPORT = "Digital socialtjänst ska erbjudas invånarna"


def hypothesis_export(quotes: list[str]) -> dict[str, Any]:
    """The JSON the Hypothesis client exports, in its documented shape."""
    rows = []
    for number, quote in enumerate(quotes, start=1):
        rows.append({
            "id": f"hyp{number}",
            "created": "2026-11-20T10:00:00.000000+00:00",
            "updated": "2026-11-20T10:00:00.000000+00:00",
            "user": "acct:ledamot@hypothes.is",
            "uri": f"https://example.se/politik/protokoll-{number}.html",
            "text": f"Fråga {number}",
            "tags": ["nämnd"],
            "group": "__world__",
            "permissions": {"read": ["group:__world__"]},
            "target": [{
                "source": f"https://example.se/politik/protokoll-{number}.html",
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/main[1]/p[2]", "startOffset": 0,
                     "endContainer": "/main[1]/p[2]", "endOffset": 40},
                    {"type": "TextPositionSelector", "start": 1200, "end": 1240},
                    {"type": "TextQuoteSelector", "exact": quote, "prefix": "", "suffix": ""},
                ],
            }],
            "document": {"title": [f"Protokoll {number}"]},
            "links": {"html": f"https://hypothes.is/a/hyp{number}"},
            "flagged": False,
            "hidden": False,
            "references": [],
            "user_info": {"display_name": "Ledamot"},
        })  # fmt: skip
    return {
        "export_date": "2026-11-30T12:00:00.000Z",
        "export_userid": "acct:ledamot@hypothes.is",
        "client_version": "1.1500.0",
        "annotations": rows,
    }


def test_hypothesis_export_placed_only_where_the_quote_is_in_one_report(
    library_home: Path, tmp_path: Path
) -> None:
    library = open_library(library_home / "library.db")
    texts = {r.sha256: queries.report_text(library, r.id) for r in queries.list_reports(library)}
    in_two = "Socialnämnden"  # in every report
    assert sum(ONE_REPORT in t for t in texts.values()) == 1
    assert sum(in_two in t for t in texts.values()) >= 2
    path = tmp_path / "hypothesis.json"
    path.write_text(
        json.dumps(hypothesis_export([ONE_REPORT, in_two, "Finns inte i någon rapport"])),
        encoding="utf-8",
    )
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home)}
    result = subprocess.run([sys.executable, "-m", "desktop", "annotations", "import", str(path)],
                            env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "3 anteckningar importerade" in result.stdout
    assert "1 anteckningar på plats, 2 kunde inte placeras" in result.stdout
    user = open_user_db(library_home / "user.db")
    placed, *orphans = sorted(notes.all_annotations(user), key=lambda a: a.orphaned)
    only = next(sha for sha, t in texts.items() if ONE_REPORT in t)
    assert (placed.report_sha256, placed.exact, placed.body, placed.tags) == (
        only,
        ONE_REPORT,
        "Fråga 1",
        ("nämnd",),
    )
    assert not placed.orphaned
    assert [(a.orphaned, a.report_sha256, a.body) for a in orphans] == [
        (True, "", "Fråga 2"),
        (True, "", "Fråga 3"),
    ]
    assert {a.report_label for a in orphans} == {"Protokoll 2", "Protokoll 3"}


def test_hypothesis_note_on_the_published_file_is_matched_by_its_name(
    library_home: Path, report: queries.ReportRow, tmp_path: Path
) -> None:
    data = hypothesis_export(["en text som inte finns i rapporten"])
    published = f"https://helsingborg.se/download/{Path(report.source_name).stem}.pdf"
    data["annotations"][0]["uri"] = published
    data["annotations"][0]["target"] = [{"source": published}]  # a page note
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    user = open_user_db(library_home / "user.db")
    result = import_annotations(user, path, library=open_library(library_home / "library.db"))
    [note] = notes.all_annotations(user)
    assert len(result.added) == 1 and note.report_sha256 == report.sha256
    assert note.about_whole_report and note.report_label == report.label

"""The secretary's corrections travel with the library; a member's own stay in user.db.

build-library carries the secretary's corrections, update-library brings them to the
member, who keeps their own (shown where they differ) and every annotation; the
corrections file moves them between laptops and scripts, checked whole first.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import REPORTS_DIR

from desktop.annotate import notes
from desktop.cli import main
from desktop.corrections import actions, storage
from desktop.corrections.marks import report_marks
from desktop.corrections.review import Review, ReviewItem, build_review
from desktop.corrections.session import own_corrections, save
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.library_intake import CORRECTION_OPS, ENUMS
from desktop.store.userdb import open_user_db


def _review(conn: sqlite3.Connection, period_end: str) -> Review:
    report = next(r for r in queries.list_reports(conn) if r.period_end == period_end)
    review = build_review(conn, report.id, own_corrections())
    assert review is not None
    return review


def _goal(review: Review, start: str) -> ReviewItem:
    return next(i for i in review.items if i.kind == "goal" and str(i.label).startswith(start))


def _kpi(review: Review, name_start: str) -> ReviewItem:
    return next(
        c
        for i in review.items
        for c in (i, *i.children)
        if c.kind == "kpi" and str(c.label).startswith(name_start)
    )


def test_the_intake_knows_every_kind_of_correction_and_every_table_they_change() -> None:
    from desktop.corrections.journal import TABLES
    from desktop.corrections.model import OPS

    assert CORRECTION_OPS == OPS
    assert set(ENUMS[("correction_undo", "tbl")]) == set(TABLES)


def test_a_library_built_with_corrections_brings_them_to_a_member_who_keeps_their_own_and_every_note(
    tmp_path: Path,
    built_library: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the secretary corrects their library in the app: kept in their library.db
    secretary = tmp_path / "secretary"
    secretary.mkdir()
    shutil.copy(built_library, secretary / "library.db")
    conn = open_library(secretary / "library.db")
    review = _review(conn, "2021-12-31")
    goal = _goal(review, "Barn som placeras i jourhem")
    kpi = next(c for c in review.items if c.kind == "table" and c.children)
    value_kpi = next(c for c in kpi.children if c.kind == "kpi")
    save(conn, None, actions.set_goal(review, goal, "status", "partly", author="Sekreteraren",
                                      origin="library"))  # fmt: skip
    save(conn, None, actions.set_kpi(review, value_kpi, "value", 77, 2021, author="Sekreteraren",
                                     origin="library"))  # fmt: skip
    removed = _review(conn, "2023-08-31")
    save(conn, None, actions.remove_report(removed, author="Sekreteraren", origin="library"))
    assert not any(r.period_end == "2023-08-31" for r in queries.list_reports(conn))
    conn.close()
    monkeypatch.setenv("NAMNDLASAREN_HOME", str(secretary))
    handed_out = tmp_path / "utskick.db"
    assert main(["build-library", str(REPORTS_DIR), "-o", str(handed_out)]) == 0
    out = capsys.readouterr().out
    assert "3 rättelser med i biblioteket" in out
    assert "Borttagen ur biblioteket: helsingborg-socialnamnden-delarsrapport-2023-08.txt" in out
    shipped = open_library(handed_out)
    assert storage.count(shipped) == 3
    assert shipped.execute("SELECT count(*) FROM removed_reports").fetchone()[0] == 0
    shipped.close()

    # the member: last year's library, notes on three reports, and two corrections of their own
    member = tmp_path / "member"
    member.mkdir()
    shutil.copy(built_library, member / "library.db")
    monkeypatch.setenv("NAMNDLASAREN_HOME", str(member))
    conn = open_library(member / "library.db")
    user = open_user_db(member / "user.db")
    annotated = {}
    for period_end in ("2021-12-31", "2023-08-31", "2017-12-31"):
        report = next(r for r in queries.list_reports(conn) if r.period_end == period_end)
        section = next(s for s in queries.report_sections(conn, report.id) if len(s.text) > 200)
        annotated[period_end] = notes.add(user, report, "question", section=section, start=10,
                                          end=60, body=f"fråga om {period_end}")  # fmt: skip
    goal_note = notes.add(user, next(r for r in queries.list_reports(conn)
                                     if r.period_end == "2021-12-31"), "note",
                          goal_title=goal.label, body="om målet")  # fmt: skip
    mine = _review(conn, "2021-12-31")
    save(conn, user, actions.set_goal(mine, _goal(mine, "Barn som placeras i jourhem"), "status",
                                      "not_achieved", author="Ledamoten"))  # fmt: skip
    older = _review(conn, "2017-12-31")
    own_kpi = next(c for i in older.items for c in i.children if c.kind == "kpi")
    save(conn, user, actions.set_kpi(older, own_kpi, "unit", "index", author="Ledamoten"))
    conn.close()
    before = {a.id: a.body for a in notes.all_annotations(user)}

    assert main(["update-library", str(handed_out)]) == 0
    out = capsys.readouterr().out
    assert "kunde inte placeras" in out

    conn = open_library(member / "library.db")
    reports = {r.period_end: r for r in queries.list_reports(conn)}
    assert "2023-08-31" not in reports  # the secretary removed it for everyone
    review = _review(conn, "2021-12-31")
    corrected_goal = _goal(review, "Barn som placeras i jourhem")
    assert corrected_goal.value == "not_achieved"  # the member's own stands over the secretary's
    [differs] = [line for line in review.corrections if line.differs_from is not None]
    assert differs.correction.origin == "own" and differs.differs_from.value == {"value": "partly"}
    marks = report_marks(conn, review.report_id)
    assert [m.origin for m in marks.field("goal", corrected_goal.id, "status")] == [
        "library",
        "own",
    ]
    kpis = {k.name: k for k in queries.report_kpis(conn, review.report_id)}
    assert kpis[str(value_kpi.label)].values[2021] == 77  # the secretary's, shipped
    units = {k.name: k.unit for k in queries.report_kpis(conn, reports["2017-12-31"].id)}
    assert units[str(own_kpi.label)] == "index"  # the member's own, kept through the update
    assert [c.origin for c in own_corrections(user)] == ["own", "own"]

    after = {a.id: a for a in notes.all_annotations(user)}
    assert {i: a.body for i, a in after.items()} == before  # every note kept
    assert after[annotated["2023-08-31"]].orphaned  # its report was removed: listed, not lost
    assert not after[annotated["2021-12-31"]].orphaned
    assert not after[annotated["2017-12-31"]].orphaned
    assert not after[goal_note].orphaned
    conn.close()
    user.close()


def test_corrections_export_and_import_through_the_command_line(
    library_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = open_library(library_home / "library.db")
    review = _review(conn, "2021-12-31")
    save(
        conn, None, actions.set_period(review, 2021, "2021-11-30", author="Anna", origin="library")
    )
    conn.close()
    exported = tmp_path / "rattelser.json"
    assert main(["corrections", "export", "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "namndlasaren-corrections" and data["version"] == 1
    [item] = data["corrections"]
    assert item["op"] == "report.set" and item["value"] == {
        "value": {"year": 2021, "end": "2021-11-30"}
    }
    assert item["report"]["sha256"] == review.sha256

    other = tmp_path / "other.db"
    shutil.copy(library_home / "library.db", other)
    db = open_library(other)
    db.execute("DELETE FROM corrections")
    db.close()
    capsys.readouterr()
    assert main(["corrections", "import", str(exported), "--library", str(other)]) == 0
    assert "1 rättelser lästa: 1 nya" in capsys.readouterr().out
    db = open_library(other)
    report = queries.get_report(db, review.report_id)
    assert report is not None and report.period_end == "2021-11-30"
    db.close()
    assert main(["corrections", "import", str(exported), "--library", str(other)]) == 0
    assert "1 fanns redan" in capsys.readouterr().out

    # a member imports them as their own
    assert main(["corrections", "import", str(exported), "--own"]) == 0
    user = open_user_db(library_home / "user.db")
    assert [c.op for c in own_corrections(user)] == ["report.set"]
    user.close()


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "inte JSON"),
        ('{"format": "namndlasaren-corrections", "version": 1}', "corrections"),
        ('{"format": "annat", "version": 1, "corrections": []}', "format"),
        ("BAD_STATUS", "rättelse 1"),
        ("BAD_DATE", "rättelse 1: perioden"),
    ],
)
def test_a_malformed_corrections_file_exits_2_with_one_line_and_nothing_is_applied(
    library_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, says: str
) -> None:
    conn = open_library(library_home / "library.db")
    review = _review(conn, "2021-12-31")
    good = actions.set_goal(review, _goal(review, "Barn som placeras"), "status", "achieved")
    conn.close()
    if content in ("BAD_STATUS", "BAD_DATE"):
        from desktop.corrections.file_format import to_json

        bad = actions.set_period(review, 2021, "2021-02-30") if content == "BAD_DATE" else good
        data = to_json([bad, good])
        if content == "BAD_STATUS":
            data["corrections"][0]["value"]["value"] = "kanske"
        content = json.dumps(data)
    path = tmp_path / "rattelser.json"
    path.write_text(content, encoding="utf-8")
    before = (library_home / "library.db").read_bytes()
    assert main(["corrections", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and says in err, err
    conn = open_library(library_home / "library.db")
    assert storage.count(conn) == 0
    conn.close()
    assert (library_home / "library.db").read_bytes() == before

"""Corrections are data applied over every extraction: applied, undone back to exactly what
was extracted, applied again after a newer reader read the report, and listed (never
dropped, never moved to a look-alike) when their target is gone."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import REPORTS_DIR

from desktop.corrections import actions, storage
from desktop.corrections.apply import sync
from desktop.corrections.marks import report_marks
from desktop.corrections.review import Review, ReviewItem, build_review
from desktop.ingest.templates import TEMPLATES
from desktop.store import queries
from desktop.store.library import open_library, reextract_library


@pytest.fixture
def library(tmp_path: Path, built_library: Path) -> Path:
    path = tmp_path / "library.db"
    shutil.copy(built_library, path)
    return path


def _report_id(conn: sqlite3.Connection, municipality: str, period_end: str) -> int:
    row = conn.execute(
        "SELECT id FROM reports WHERE municipality = ? AND period_end = ?",
        (municipality, period_end),
    ).fetchone()
    return int(row[0])


def _review(conn: sqlite3.Connection, report_id: int) -> Review:
    review = build_review(conn, report_id)
    assert review is not None
    return review


def _item(review: Review, kind: str, label_start: str) -> ReviewItem:
    for item in review.items:
        for candidate in (item, *item.children):
            if candidate.kind == kind and str(candidate.label).startswith(label_start):
                return candidate
    raise AssertionError(f"no {kind} {label_start!r}")


def _save(conn: sqlite3.Connection, *corrections) -> None:  # type: ignore[no-untyped-def]
    for correction in corrections:
        storage.put(conn, correction)


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row corrections may touch, and the search index built from them."""
    out = {
        table: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))
        for table in ("goals", "kpis", "kpi_values", "finance")
    }
    out["reports"] = sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT id, municipality, committee, report_type, period_year, period_end FROM reports"
        )
    )
    out["search"] = sorted(
        tuple(r)
        for r in conn.execute("SELECT title, body, kind, report_id, ref_id FROM search_index")
    )
    return out


def test_corrections_apply_and_withdrawn_leave_exactly_what_was_extracted(library: Path) -> None:
    conn = open_library(library)
    extracted = _dump(conn)
    report_id = _report_id(conn, "Helsingborg", "2021-12-31")
    review = _review(conn, report_id)
    goal = _item(review, "goal", "Barn som placeras i jourhem")
    dropped = _item(review, "goal", "Under 2021 ska minst 95 procent")
    kpi = next(c for c in _item(review, "table", "Nyckeltal").children if c.kind == "kpi")
    investments = _item(review, "table", "Investeringar, mnkr")
    assert investments.value == "none" and not investments.children
    title = "Fler barn i familjehem"
    start = review.text.index("Året i korthet")
    made = [
        actions.set_period(review, 2022, "2022-12-31", author="Anna", origin="library"),
        actions.set_goal(review, goal, "status", "achieved", author="Anna", origin="library"),
        actions.set_goal(review, goal, "title", title, author="Anna", origin="library"),
        actions.set_kpi(review, kpi, "value", 99, 2021, author="Anna", origin="library"),
        actions.remove_goal(review, dropped, author="Anna", origin="library"),
        actions.set_table_kind(review, investments, "kpi", author="Anna", origin="library"),
        actions.add_goal(
            review,
            start,
            start + len("Året i korthet"),
            status="partly",
            author="Anna",
            origin="library",
        ),  # fmt: skip
    ]
    _save(conn, *made)
    result = sync(conn)
    assert result.applied == 1
    assert {o.state for o in result.outcomes.values()} == {"applied"}

    report = queries.get_report(conn, report_id)
    assert report is not None and report.period_end == "2022-12-31" and report.period_year == 2022
    goals = {g.title: g for g in queries.report_goals(conn, report_id)}
    assert goals[title].status == "achieved"
    assert not any(t.startswith("Under 2021 ska minst 95 procent") for t in goals)
    assert goals["Året i korthet"].status == "partly"
    kpis = {k.name: k for k in queries.report_kpis(conn, report_id)}
    assert kpis[str(kpi.label)].values[2021] == 99
    read = [k for k in kpis.values() if k.table_name == "Investeringar, mnkr"]
    assert read and all(set(k.values) == {2021} for k in read)
    marks = report_marks(conn, report_id)
    assert [m.value for m in marks.field("goal", goals[title].id, "status")] == ["achieved"]
    assert [m.original for m in marks.field("goal", goals[title].id, "title")] == [goal.label]
    [value_mark] = marks.values(int(kpis[str(kpi.label)].id))[2021]
    assert value_mark.author == "Anna" and value_mark.origin == "library"
    assert value_mark.original == kpi.value[2021]
    # the new title is found by search, the old one no longer
    hits = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", ('"familjehem"',)
    ).fetchone()[0]
    assert hits >= 1
    # the review now lists the corrected items with their marks, and every correction
    again = _review(conn, report_id)
    assert _item(again, "goal", title).marks
    assert [line.outcome.state for line in again.corrections if line.outcome] == ["applied"] * 7
    assert sync(conn).applied == 0  # nothing changed: nothing written

    for correction in made:
        storage.delete(conn, correction.uuid)
    sync(conn)
    assert _dump(conn) == extracted
    assert not report_marks(conn, report_id)
    conn.close()


def test_a_second_correction_of_the_same_thing_replaces_the_first(library: Path) -> None:
    conn = open_library(library)
    review = _review(conn, _report_id(conn, "Helsingborg", "2021-12-31"))
    goal = _item(review, "goal", "Barn som placeras")
    first = actions.set_goal(review, goal, "status", "achieved", origin="library")
    second = actions.set_goal(review, goal, "status", "partly", origin="library")
    assert storage.put(conn, first) is None
    replaced = storage.put(conn, second)
    assert replaced is not None and replaced.value == {"value": "achieved"}
    assert [c.value for c in storage.load(conn, "library")] == [{"value": "partly"}]
    conn.close()


def test_a_correction_whose_target_is_not_there_is_listed_never_applied_elsewhere(
    library: Path,
) -> None:
    conn = open_library(library)
    report_id = _report_id(conn, "Helsingborg", "2021-12-31")
    review = _review(conn, report_id)
    goal = _item(review, "goal", "Barn som placeras")
    ghost = ReviewItem("goal", 0, "Ett mål som inte finns", "partly", 1, 1,
                       target={"title": "Ett mål som inte finns",
                               "at": {"exact": "Ingen sådan rad", "prefix": "", "suffix": "",
                                      "start": 10, "end": 25}})  # fmt: skip
    missing = actions.set_goal(review, ghost, "status", "achieved", origin="library")
    _save(conn, missing, actions.remove_goal(review, goal, origin="library"),
          actions.set_goal(review, goal, "status", "achieved", origin="library"))  # fmt: skip
    before = [g.status for g in queries.report_goals(conn, report_id)]
    sync(conn)
    after = _review(conn, report_id)
    states = {
        line.correction.uuid: line.outcome.state for line in after.corrections if line.outcome
    }
    assert states[missing.uuid] == "missing"
    assert sorted(states.values()) == ["applied", "gone", "missing"]
    assert [line.correction.uuid for line in after.unplaced] == [
        missing.uuid,
        after.corrections[2].correction.uuid,
    ]
    # nothing else changed: the other goals keep their statuses
    assert [g.status for g in queries.report_goals(conn, report_id)] == before[1:]
    conn.close()


def test_corrections_apply_again_after_a_newer_reader_reads_the_report(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_library(library)
    report_id = _report_id(conn, "Huddinge", "2021-08-31")
    review = _review(conn, report_id)
    goals = [i for i in review.items if i.kind == "goal"]
    first, last = goals[0], goals[-1]
    kpi = next(c for c in _item(review, "table", "Indikatorer").children if c.kind == "kpi")
    made = [
        actions.set_goal(review, first, "status", "achieved", origin="library"),
        actions.set_goal(review, last, "status", "not_achieved", origin="library"),
        actions.set_kpi(review, kpi, "unit", "percent", origin="library"),
        actions.set_period(review, 2021, "2021-06-30", origin="library"),
    ]
    _save(conn, *made)
    sync(conn)
    conn.close()

    # a newer Huddinge reader: it reads the first goal's title differently and no longer
    # finds the last goal
    huddinge = next(t for t in TEMPLATES if t.name == "huddinge-2021")
    reader = type(huddinge)
    read_goals = reader.goals

    def newer_goals(self, reading):  # type: ignore[no-untyped-def]
        found = read_goals(self, reading)
        found[0].title = found[0].title.replace("effektiv", "effektiv och rättssäker")
        return found[:-1]

    monkeypatch.setattr(reader, "version", huddinge.version + 1)
    monkeypatch.setattr(reader, "goals", newer_goals)
    assert reextract_library(library, REPORTS_DIR, everything=False) == 1

    conn = open_library(library)
    row = conn.execute(
        "SELECT id, period_end FROM reports WHERE municipality = 'Huddinge'"
    ).fetchone()
    assert row[1] == "2021-08-31"  # read again: as extracted, until the corrections apply
    result = sync(conn)
    assert result.applied == 1
    new_id = int(row[0])
    report = queries.get_report(conn, new_id)
    assert report is not None and report.period_end == "2021-06-30"
    reread = queries.report_goals(conn, new_id)
    assert "rättssäker" in reread[0].title and reread[0].status == "achieved"
    units = {k.name: k.unit for k in queries.report_kpis(conn, new_id)}
    assert units[str(kpi.label)] == "percent"
    after = _review(conn, new_id)
    [unplaced] = after.unplaced
    assert unplaced.correction.uuid == made[1].uuid and unplaced.outcome is not None
    assert unplaced.outcome.state == "missing"
    assert str(last.label)[:20] in unplaced.outcome.detail
    conn.close()


def test_a_removed_report_leaves_its_notes_listed_and_comes_back_when_the_removal_is_undone(
    library_home: Path,
) -> None:
    from desktop.annotate import notes
    from desktop.corrections.session import save, withdraw
    from desktop.store.userdb import open_user_db

    conn = open_library(library_home / "library.db")
    user = open_user_db(library_home / "user.db")
    report_id = _report_id(conn, "Helsingborg", "2023-08-31")
    report = queries.get_report(conn, report_id)
    assert report is not None
    section = next(s for s in queries.report_sections(conn, report_id) if len(s.text) > 100)
    note = notes.add(user, report, "note", section=section, start=0, end=40, body="min fråga")
    review = _review(conn, report_id)
    removal = actions.remove_report(review, author="Ledamoten")
    save(conn, user, removal)
    assert queries.get_report(conn, report_id) is None
    assert conn.execute("SELECT count(*) FROM removed_reports").fetchone()[0] == 1
    notes.reanchor_all(user, conn)
    kept = notes.get(user, note)
    assert kept is not None and kept.orphaned and kept.body == "min fråga"  # listed, not deleted

    withdraw(conn, user, removal)  # the member changes their mind
    back = next(r for r in queries.list_reports(conn) if r.sha256 == report.sha256)
    assert back.period_end == "2023-08-31"
    assert [g.title for g in queries.report_goals(conn, back.id)]
    assert conn.execute("SELECT count(*) FROM removed_reports").fetchone()[0] == 0
    notes.reanchor_all(user, conn)
    placed = notes.get(user, note)
    assert placed is not None and not placed.orphaned
    conn.close()
    user.close()


def test_a_damaged_applied_state_costs_only_its_report_never_the_library(library: Path) -> None:
    """A library edited by hand: one report's undo steps name a column there is not."""
    conn = open_library(library)
    first = _report_id(conn, "Helsingborg", "2021-12-31")
    second = _report_id(conn, "Helsingborg", "2017-12-31")
    made = []
    for report_id in (first, second):
        review = _review(conn, report_id)
        goal = next(i for i in review.items if i.kind == "goal")
        made.append(actions.set_goal(review, goal, "status", "expected_achieved", origin="library"))
    _save(conn, *made)
    sync(conn)
    conn.execute(
        "INSERT INTO correction_undo (report_id, seq, tbl, key, before) VALUES (?, 99, 'goals',"
        " '{\"id\": 1}', '{\"no_such_column\": 1}')",
        (first,),
    )
    conn.execute("DELETE FROM correction_state")  # both must be applied again
    result = sync(conn)
    assert result.applied == 1
    assert result.outcomes[made[0].uuid].state == "invalid"
    assert "no_such_column" in result.outcomes[made[0].uuid].detail
    assert result.outcomes[made[1].uuid].state == "applied"
    conn.close()


def _state(conn: sqlite3.Connection) -> dict[str, object]:
    """Rows, search rows, marks (without their ids) and outcomes: all applying leaves."""
    out: dict[str, object] = dict(_dump(conn))
    out["marks"] = sorted(
        tuple(r)
        for r in conn.execute(
            "SELECT report_id, item, item_id, field, uuid, origin, original, value, ref"
            " FROM correction_marks"
        )
    )
    out["results"] = sorted(
        tuple(r) for r in conn.execute("SELECT report_id, results FROM correction_state")
    )
    return out


def test_corrections_added_one_by_one_leave_what_all_at_once_leave(
    tmp_path: Path, built_library: Path
) -> None:
    """Adding a correction applies only it (the others stay applied): the same result as
    applying them all to the rows as extracted, down to the markers and outcomes."""
    one_by_one, at_once = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(built_library, one_by_one)
    shutil.copy(built_library, at_once)
    conn = open_library(one_by_one)
    report_id = _report_id(conn, "Helsingborg", "2021-12-31")
    review = _review(conn, report_id)
    goal = _item(review, "goal", "Barn som placeras i jourhem")
    other = _item(review, "goal", "Under 2021 ska minst 95 procent")
    kpi = next(c for c in _item(review, "table", "Nyckeltal").children if c.kind == "kpi")
    investments = _item(review, "table", "Investeringar, mnkr")
    start = review.text.index("Året i korthet")
    made = [
        actions.set_goal(review, goal, "title", "Fler barn i familjehem", origin="library"),
        actions.set_goal(review, goal, "status", "achieved", origin="library"),
        actions.add_goal(review, start, start + len("Året i korthet"), origin="library"),
        actions.set_kpi(review, kpi, "value", 99, 2021, origin="library"),
        actions.set_table_kind(review, investments, "kpi", origin="library"),
        actions.remove_goal(review, other, origin="library"),
        actions.set_goal(review, other, "status", "partly", origin="library"),  # gone
    ]
    added = ReviewItem("goal", 0, "Året i korthet", "unassessed", 0, 0,
                       target={"title": "Året i korthet",
                               "at": made[2].target["at"]})  # fmt: skip
    made.insert(3, actions.set_goal(review, added, "status", "partly", origin="library"))
    for correction in made:
        storage.put(conn, correction)
        sync(conn)
    gone = made[-1].uuid
    assert {u: o.state for u, o in sync_outcomes(conn, report_id).items()}[gone] == "gone"
    stepwise = _state(conn)
    conn.close()

    conn = open_library(at_once)
    _save(conn, *made)
    sync(conn)
    assert _state(conn) == stepwise
    conn.close()


def sync_outcomes(conn: sqlite3.Connection, report_id: int):  # type: ignore[no-untyped-def]
    from desktop.corrections.apply import outcomes

    return outcomes(conn, report_id)

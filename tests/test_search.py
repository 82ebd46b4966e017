"""Library search: diacritic-insensitive, prefix matches, grouped by report, OCR'd text found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QUrl

from desktop.ingest.model import Block, Goal, Report, Section
from desktop.store.library import add_report, open_library
from desktop.store.search import HIGHLIGHT_END, HIGHLIGHT_START, fts_query, search_library


def report(sha: str, year: int, text: str, goal: str = "") -> Report:
    return Report("Helsingborg", "Socialnämnden", "annual", year, f"{year}-12-31", "T",
                  sections=[Section("Året i korthet", 1, text, [Block("text", text, 0, len(text))])],
                  goals=[Goal(goal, "achieved", "Uppnått", "")] if goal else [],
                  sha256=sha, source_name=f"{sha}.txt")  # fmt: skip


def test_fts_query_quotes_words_as_prefixes() -> None:
    assert fts_query('ökad "själv-ständighet"') == '"ökad"* "själv"* "ständighet"*'
    assert fts_query("  ,. ") == ""
    assert fts_query("budget i balans") == '"budget"* "balans"*'  # "i" is in every passage
    assert fts_query("IT") == '"IT"'  # alone, a short word must match whole


def test_a_word_in_many_passages_ranks_the_newest_matches(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    ids = [
        add_report(conn, report(f"r{year}", year, f"Budget i balans {year}."))
        for year in range(2010, 2022)
    ]
    groups = search_library(conn, "budget", window=5)
    assert sorted(g.report_id for g in groups) == ids[-5:]  # the five added last
    assert len(search_library(conn, "budget")) == 12  # under the window: every match
    assert [g.report_id for g in search_library(conn, "budget 2013")] == [ids[3]]


def test_diacritics_prefix_and_grouping(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    add_report(
        conn, report("a", 2021, "Invånarna ska nå en ökad självständighet.", goal="Fler familjehem")
    )
    add_report(
        conn, report("b", 2024, "Saval uppdrag som mal syftar till en 6kad sjalvstandighet.")
    )
    groups = search_library(conn, "okad")
    assert [g.label for g in groups] == ["Årsbokslut 2021"]
    assert f"{HIGHLIGHT_START}ökad{HIGHLIGHT_END}" in groups[0].hits[0].snippet
    # OCR'd text: the unrepaired spelling is found without diacritics too
    assert {g.label for g in search_library(conn, "självständighet")} == {
        "Årsbokslut 2021",
        "Årsbokslut 2024",
    }
    [goal_group] = search_library(conn, "familjeh")
    assert [h.kind for h in goal_group.hits] == ["goal"]


def test_search_in_one_report(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    first = add_report(conn, report("a", 2021, "ökad trygghet"))
    add_report(conn, report("b", 2022, "ökad trygghet"))
    [group] = search_library(conn, "trygg", report_id=first)
    assert group.report_id == first


def test_search_on_the_ocr_seed(built_library: Path) -> None:
    conn = sqlite3.connect(built_library)
    labels = {g.label for g in search_library(conn, "omorganisation")}
    assert "Årsbokslut 2024" in labels
    # the OCR'd report's repaired word is found by its plain form
    assert "Årsbokslut 2024" in {g.label for g in search_library(conn, "socialforvaltningen")}


def test_search_panel_groups_and_jumps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.search_panel import SearchPanel

    conn = open_library(tmp_path / "library.db")
    first = add_report(conn, report("a", 2021, "Invånarna ska nå en ökad självständighet."))
    add_report(conn, report("b", 2024, "Saval uppdrag som mal syftar till 6kad sjalvstandighet."))
    panel = SearchPanel(conn)
    qtbot.addWidget(panel)
    panel.focus_search(None)
    panel.field.setText("självständig")
    qtbot.waitUntil(lambda: len(panel.hits) == 2)
    assert panel.summary.text() == "2 träffar i 2 rapporter"
    assert "<b" in panel.results.toHtml()
    # newest report first; Enter shows the results and goes nowhere, a click goes there
    assert [g.label for g in panel.groups] == ["Årsbokslut 2024", "Årsbokslut 2021"]
    with qtbot.assertNotEmitted(panel.hit_activated):
        panel.field.returnPressed.emit()
    with qtbot.waitSignal(panel.hit_activated) as jumped:
        hit = panel.hits[0]
        panel.on_anchor_clicked(QUrl(f"hit:{hit.kind}:{hit.report_id}:{hit.ref_id}"))
    assert jumped.args[0] == "section"
    panel.focus_search(first)
    assert panel.only_this.isChecked()
    assert [h.report_id for h in panel.hits] == [first]

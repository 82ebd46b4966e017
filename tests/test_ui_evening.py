"""Issue 15: a member's evening before the meeting, each numbered point through the window.

Each test names the point it covers. They drive the main window on the bundled library
as a member would (select, right-click, type, switch tabs) and check what is on screen.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QToolButton,
)
from pytestqt.qtbot import QtBot
from tests.conftest import REPO, open_window
from tests.test_ui_annotations import PASSAGE, menu_action, report_2021, select_in_reader, type_text

from desktop.annotate import notes
from desktop.ingest.model import Report, Section
from desktop.store import queries
from desktop.store.library import add_report, open_library
from desktop.store.userdb import open_user_db


def settled(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    """The reader built whole and its tables measured."""
    window.reader.complete()
    qtbot.waitUntil(lambda: not window.reader._refit.isActive())


# --- 1. text size -------------------------------------------------------------------


def test_1_text_size_grows_paragraphs_and_table_rows(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    window.open_report(report_2021(window).id)
    settled(qtbot, window)

    def paragraph() -> QLabel:
        return next(p for p in window.reader.paragraphs if PASSAGE in p.plain)

    def table() -> QTableView:
        return next(t for t in window.reader.tables if t.model().rowCount() > 2)

    paragraph_height, row_height = paragraph().height(), table().rowHeight(0)
    window.zoom(+6)
    qtbot.waitUntil(lambda: table().rowHeight(0) > row_height)
    qtbot.waitUntil(lambda: paragraph().height() > paragraph_height)
    window.zoom(-6)
    qtbot.waitUntil(lambda: table().rowHeight(0) == row_height)


def test_1_text_size_reaches_every_reading_surface(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    window.annotations.annotate_selection("question")
    for key in ("goal", "compare", "overview", "meeting"):
        window.show_tab(key)
    size = window.reader.point_size
    window.zoom(+4)
    assert window.reader.point_size == size + 4
    goal_view, compare = window.tab("goal"), window.tab("compare")
    [card] = window.annotations.panel.cards.values()
    surfaces = {
        "paragraph": window.reader.paragraphs[0],
        "goal analysis": goal_view.analysis,  # type: ignore[union-attr]
        "goal list": goal_view.goal_list.view,  # type: ignore[union-attr]
        "KPI comparison": compare.kpi_table,  # type: ignore[union-attr]
        "note": card.body,
        "note's quote": card.quote,
        "meeting list": window.tab("meeting").questions,  # type: ignore[union-attr]
    }
    for name, widget in surfaces.items():  # the new font reaches widgets as an event
        qtbot.waitUntil(lambda w=widget: w.font().pointSize() == size + 4, timeout=2000)
        assert widget.font().pointSize() == size + 4, name
    heading = window.reader.headings[1]
    assert heading.font().pointSizeF() > size + 4  # headings stay larger than the text
    assert window.menuBar().font().pointSize() < size + 4  # the frame keeps its size


def test_1_a_large_system_font_starts_larger(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from desktop.ui.text_size import TextSize

    system = QApplication.font()
    try:
        large = QFont(system)
        large.setPointSize(16)
        QApplication.setFont(large)
        assert TextSize().default() == 17
        small = QFont(system)
        small.setPointSize(9)
        QApplication.setFont(small)
        assert TextSize().default() == 12
    finally:
        QApplication.setFont(system)


# --- 2. meeting preparation, in step everywhere --------------------------------------


def test_2_a_question_assigned_in_one_view_appears_in_the_other(
    qtbot: QtBot, library_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.meeting_view import NewMeetingDialog

    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    menu_action(window, "Fråga till förvaltningen…").trigger()
    [card] = window.annotations.panel.cards.values()
    type_text(card.body, "Hur länge väntade barnen?")
    window.tabs.setCurrentIndex(window.tab_keys.index("meeting"))
    meeting_view = window.tabs.currentWidget()

    def accept(dialog: NewMeetingDialog) -> int:
        dialog.title.setText("Socialnämnden 15 december")
        return 1

    monkeypatch.setattr(NewMeetingDialog, "exec", accept)
    meeting_view.on_new_meeting()  # type: ignore[attr-defined]
    meeting = meeting_view.meeting_id()  # type: ignore[attr-defined]
    assert meeting is not None and meeting_view.questions.count() == 0  # type: ignore[attr-defined]
    # the card in the notes panel offers the new meeting at once
    assert card.meeting.findData(meeting) >= 0
    card.meeting.setCurrentIndex(card.meeting.findData(meeting))
    # ... and the meeting tab lists the question without any other action
    assert meeting_view.questions.ids() == [card.annotation_id]  # type: ignore[attr-defined]
    assert "Hur länge väntade barnen?" in meeting_view.questions.item(0).text()  # type: ignore[attr-defined]
    # the status set in the meeting tab shows on the card
    meeting_view.status.setCurrentIndex(meeting_view.status.findData("ställd"))  # type: ignore[attr-defined]
    assert card.status.currentData() == "ställd"
    assert notes.get(open_user_db(library_home / "user.db"), card.annotation_id).status == "ställd"  # type: ignore[union-attr]


def test_2_existing_questions_and_goal_notes_are_added_from_the_meeting_tab(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    window.open_report(report.id)
    select_in_reader(window, PASSAGE)
    question = window.annotations.annotate_selection("question")
    goal = queries.report_goals(window.conn, report.id)[0]
    goal_note = window.annotations.annotate_goal(goal.id)
    window.annotations.model.update(goal_note, body="Följ upp rekryteringen")
    view = window.show_tab("meeting")
    meeting = window.annotations.model.add_meeting("Socialnämnden 15 december", "2026-12-15")
    view.reload_meetings(select=meeting)  # type: ignore[attr-defined]
    assert {a.id for a in view.candidates()} == {question, goal_note}  # type: ignore[attr-defined]
    view.add_existing([question, goal_note])  # type: ignore[attr-defined]
    assert set(view.questions.ids()) == {question, goal_note}  # type: ignore[attr-defined]
    saved = notes.all_annotations(open_user_db(library_home / "user.db"), meeting)
    assert {a.id for a in saved} == {question, goal_note}
    # the goal note's card in the panel shows its meeting too
    card = window.annotations.panel.cards[goal_note]
    assert card.meeting.currentData() == meeting


# --- 3. the meeting's printed summary -------------------------------------------------


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_3_the_meeting_pdf_holds_the_notes_on_its_passages(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    window.open_report(report.id)
    user = window.annotations.user
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    select_in_reader(window, PASSAGE)
    question = window.annotations.annotate_selection("question")
    notes.update(user, question, body="Hur många barn väntade?", meeting_id=meeting)  # type: ignore[arg-type]
    select_in_reader(window, PASSAGE)  # a note on the same words, not chosen for the meeting
    note = window.annotations.annotate_selection("note")
    notes.update(user, note, body="Jämför med flera år bakåt")  # type: ignore[arg-type]
    select_in_reader(window, PASSAGE)
    window.annotations.annotate_selection("highlight", "grön")
    goal = queries.report_goals(window.conn, report.id)[0]
    goal_note = window.annotations.annotate_goal(goal.id)
    notes.update(user, goal_note, body="Målet nås inte tredje året", meeting_id=meeting)  # type: ignore[arg-type]

    pdf = window.annotations.save_summary_pdf(meeting, library_home / "möte.pdf")
    assert pdf is not None
    text = pdf_text(pdf)
    assert "Jämför med flera år bakåt" in text  # the note on the meeting's passage
    assert "Målet nås inte tredje året" in text  # a goal note belongs to the meeting
    assert "Hur många barn väntade?" in text
    assert "ﬂ" not in text and "flera" in text  # no ligature glyphs: "fl" reads back as fl
    assert len(PdfReader(pdf).pages) == 1  # the parts flow on the page
    # without a meeting the passage is printed once, with all three annotations under it
    everything = window.annotations.save_summary_pdf(None, library_home / "allt.pdf")
    assert everything is not None
    assert pdf_text(everything).count("Citerade avsnitt") == 1
    summary = window.annotations.summary(None)
    [passage] = summary.passages
    assert {a.id for a in passage.notes} >= {question, note}


def test_3_print_preview_and_a_file_name_with_the_meeting(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    meeting = window.annotations.model.add_meeting("Socialnämnden 15 december", "2026-12-15")
    assert window.annotations.summary_file_name(meeting) == (
        "Inför Socialnämnden 15 december 2026-12-15.pdf"
    )
    preview = window.annotations.preview_summary(meeting)
    qtbot.addWidget(preview)
    assert preview.isVisible()
    preview.close()


# --- 4. search that lands ---------------------------------------------------------------


def test_4_a_search_hit_is_highlighted_at_the_match(qtbot: QtBot, library_home: Path) -> None:
    from desktop.ui import reader

    current = getattr(reader, "SEARCH_CURRENT", "#ff9632")  # the colour of the match shown
    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    newest = max(queries.list_reports(window.conn), key=lambda r: r.period_end)
    window.open_report(newest.id)
    window.on_search_library()
    window.search.field.setText("familjehem")
    window.search.field.returnPressed.emit()
    assert window.search.hits and window.reader.report_id == newest.id  # Enter goes nowhere
    ends = {r.id: r.period_end for r in queries.list_reports(window.conn)}
    order = [ends[h.report_id] for h in window.search.hits]
    assert order == sorted(order, reverse=True)  # newest report first
    report = report_2021(window)
    hit = next(h for h in window.search.hits if h.report_id == report.id and h.kind == "section")
    window.on_search_hit(hit.kind, hit.report_id, hit.ref_id)
    assert window.reader.report_id == report.id
    qtbot.wait(50)  # the page settles
    marked = [(p, found) for p in window.reader.paragraphs
              if (found := re.search(f'background-color:{current};">([^<]*)<', p.text()))]  # fmt: skip
    assert len(marked) == 1  # one match is the one shown ...
    paragraph, found = marked[0]
    assert paragraph.section_id == hit.ref_id  # ... in the section of the hit
    assert found.group(1).lower().startswith("familjehem")  # ... on the word itself
    start = paragraph.plain.index(found.group(1))

    def in_view() -> bool:  # ... and in view, once the page has settled
        top = paragraph.y() + paragraph.char_y(start)
        scroll = window.reader.verticalScrollBar().value()
        return scroll <= top < scroll + window.reader.viewport().height()

    qtbot.waitUntil(in_view)
    # every match in the report is highlighted; F3 goes to the next
    assert len(window.reader.matches) > 1
    first = window.reader.current_match
    menu_action(window, "Nästa träff").trigger()
    assert window.reader.current_match == (first + 1) % len(window.reader.matches)


# --- 5. after an import, and the comparison's default ---------------------------------


def test_5_after_an_import_the_view_on_show_is_there(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    from desktop.ui.goal_view import GoalView

    window.tabs.setCurrentIndex(1)  # Mål och nyckeltal
    window._after_import(None)
    view = window.tabs.currentWidget()
    assert isinstance(view, GoalView) and view.title.text()


def test_5_compare_defaults_to_the_same_committee(qtbot: QtBot, library_home: Path) -> None:
    conn = open_library(library_home / "library.db")
    add_report(conn, Report("Huddinge", "Socialnämnden", "annual", 2025, "2025-12-31",
                            "Årsredovisning 2025", sha256="hud2025", source_name="hud2025.txt"))  # fmt: skip
    conn.close()
    window = open_window(qtbot, library_home)
    huddinge = {r.period_end: r.id for r in queries.list_reports(window.conn)
                if r.municipality == "Huddinge"}  # fmt: skip
    window.open_report(huddinge["2025-12-31"])
    compare = window.show_tab("compare")
    assert compare.comparison.left.municipality == "Huddinge"  # type: ignore[attr-defined]
    assert compare.comparison.left.id == huddinge["2021-08-31"]  # type: ignore[attr-defined]


# --- 6. finding a goal ------------------------------------------------------------------


def test_6_the_goal_tab_lists_the_reports_goals_with_a_filter(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    window.open_report(report.id)
    view = window.show_tab("goal")
    goals = queries.report_goals(window.conn, report.id)
    proxy = view.goal_list.proxy  # type: ignore[attr-defined]
    assert proxy.rowCount() == len(goals) == 3
    family = next(g for g in goals if "familjehem" in g.title)
    row = next(r for r in range(proxy.rowCount()) if "familjehem" in proxy.index(r, 0).data())
    view.goal_list.view.clicked.emit(proxy.index(row, 0))  # type: ignore[attr-defined]
    assert view.goal_id == family.id  # type: ignore[attr-defined]
    filter_box = view.goal_list.filter  # type: ignore[attr-defined]
    filter_box.setCurrentIndex(filter_box.findData("achieved"))
    assert proxy.rowCount() == sum(g.status == "achieved" for g in goals) == 1


def test_6_a_report_without_goals_says_so(qtbot: QtBot, library_home: Path) -> None:
    conn = open_library(library_home / "library.db")
    empty = add_report(conn, Report("Helsingborg", "Socialnämnden", "interim", 2025, "2025-04-30",
                                    "Tertialrapport", sections=[Section("Inledning", 1, "Text.")],
                                    sha256="t2025", source_name="t2025.txt"))  # fmt: skip
    conn.close()
    window = open_window(qtbot, library_home)
    window.open_report(empty)
    view = window.show_tab("goal")
    assert not view.note_button.isEnabled()  # type: ignore[attr-defined]
    assert view.empty.isVisible() and "inga mål" in view.empty.text()  # type: ignore[attr-defined]
    assert view.goal_list.proxy.rowCount() == 0  # type: ignore[attr-defined]
    window.open_report(report_2021(window).id)  # and a report with goals shows them again
    assert view.note_button.isEnabled() and not view.empty.isVisible()  # type: ignore[attr-defined]


# --- 7. room for names, whole sections, the newest year, procentenheter --------------


def test_7_comparison_tables_give_names_the_room(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    compare = window.show_tab("compare")
    compare.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    kpis = compare.kpi_table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: kpis.isVisible())
    kpis.fit()
    names, table = kpis.columnWidth(0), kpis.columnWidth(7)
    assert names > table
    lines = kpis.fontMetrics().lineSpacing()
    assert max(kpis.rowHeight(r) for r in range(kpis.model().rowCount())) <= 4 * lines + 12
    compare.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    finance = compare.finance_table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: finance.isVisible())
    finance.fit()
    header = finance.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(1, finance.model().columnCount() - 1):
        text = finance.model().headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
    family = next(r for r in range(kpis.model().rowCount())
                  if kpis.model().index(r, 0).data().startswith("Andel barn placerade"))  # fmt: skip
    assert kpis.model().index(family, 4).data() == "−29 procentenheter"


def test_7_a_compared_section_can_be_read_whole(qtbot: QtBot, library_home: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window(qtbot, library_home)
    compare = window.show_tab("compare")
    more = next(b for b in compare.findChildren(QPushButton)
                if b.text().startswith("Visa hela texten"))  # fmt: skip
    body = next(label for label in more.parentWidget().findChildren(QLabel)
                if label.text().endswith("…"))  # fmt: skip
    short = len(body.text())
    more.click()
    assert len(body.text()) > short and not body.text().endswith("…")
    assert more.text() == "Visa mindre"


def test_7_all_goals_over_the_years_shows_the_newest_year_first(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    overview = window.show_tab("overview")
    model = overview.view.model()  # type: ignore[attr-defined]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Årsbokslut 2024"


# --- 8. closed panels come back -------------------------------------------------------


def test_8_every_closed_panel_comes_back_from_the_view_menu(
    qtbot: QtBot, library_home: Path
) -> None:
    from PySide6.QtWidgets import QDockWidget

    window = open_window(qtbot, library_home)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Visa")

    def entries(menu):  # type: ignore[no-untyped-def]
        for action in menu.actions():
            yield action
            if action.menu() is not None:
                yield from entries(action.menu())

    for title in ("Bibliotek", "Innehåll", "Sök", "Mina anteckningar"):
        dock = next(d for d in window.findChildren(QDockWidget) if d.windowTitle() == title)
        dock.close()
        assert not dock.isVisible()
        action = next((a for a in entries(view_menu) if a.text() == title), None)
        assert action is not None, f"Visa has no {title}"
        action.trigger()
        assert dock.isVisible(), title


# --- 10. KPI charts -----------------------------------------------------------------------


def test_10_kpi_chart_starts_at_zero_and_names_its_points(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    family = next(g for g in queries.report_goals(window.conn, report.id) if "jourhem" in g.title)
    window.show_goal(family.id)
    [chart] = window.tab("goal").charts  # type: ignore[union-attr]
    low, high = chart.plot.getViewBox().viewRange()[1]
    assert low == 0 and high > 82  # values 39–82, drawn from zero
    names = [label.text for _sample, label in chart.legend.items]
    assert "Slutligt värde (årsbokslut)" in names
    assert any("inget målvärde" in w.text() for w in chart.findChildren(QLabel))


# --- 11. undo and swatches ------------------------------------------------------------


def test_11_undo_restores_a_deleted_note(
    qtbot: QtBot, library_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    menu_action(window, "Anteckning…").trigger()
    [card] = window.annotations.panel.cards.values()
    type_text(card.body, "Viktigt att fråga om")
    before = notes.all_annotations(open_user_db(library_home / "user.db"))
    remove = next(b for b in card.findChildren(QToolButton) if b.text() == "✕")
    remove.click()
    qtbot.waitUntil(lambda: not window.annotations.panel.cards)
    assert not notes.all_annotations(open_user_db(library_home / "user.db"))
    undo = next((a for m in window.menuBar().actions() for a in m.menu().actions()
                 if a.text().startswith("Ångra")), None)  # fmt: skip
    assert undo is not None and undo.shortcut().toString() == "Ctrl+Z"
    undo.trigger()
    assert notes.all_annotations(open_user_db(library_home / "user.db")) == before
    [card] = window.annotations.panel.cards.values()
    assert card.body.toPlainText() == "Viktigt att fråga om"
    assert any(p.marks for p in window.reader.paragraphs)  # the passage is marked again


def test_11_highlight_colours_have_swatches(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    colours = next(a.menu() for a in window.menu("annotate").actions() if a.menu())
    assert [a.text() for a in colours.actions()] == ["Gul", "Grön", "Blå", "Rosa"]
    assert all(not a.icon().isNull() for a in colours.actions())
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    highlight = window.annotations.annotate_selection("highlight", "blå")
    card = window.annotations.panel.cards[highlight]
    assert card.colour.currentData() == "blå" and not card.colour.itemIcon(0).isNull()
    card.colour.setCurrentIndex(card.colour.findData("rosa"))
    window.annotations.undo_action.trigger()
    assert window.annotations.model.get(highlight).colour == "blå"  # type: ignore[union-attr]


# --- 12. the smoke run and the README ----------------------------------------------


def test_12_smoke_run_leaves_the_members_data_folder_alone(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "NAMNDLASAREN_HOME"}
    env.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")  # fmt: skip
    result = subprocess.run([sys.executable, "-m", "desktop", "--smoke"], env=env,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "smoke: 5 rapporter i biblioteket" in result.stdout
    left = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert not left, left


def test_12_readme_links_work_in_a_fresh_clone() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", readme)
    local = [link for link in links if "://" not in link]
    assert local
    inside = [(REPO / link).resolve() for link in local]
    missing = [str(p) for p in inside if not p.is_file() or REPO.resolve() not in p.parents]
    assert not missing, missing


def test_plurals_read_right(qtbot: QtBot, library_home: Path) -> None:
    """9 (plurals): "1 anteckning", not "1 anteckningar"; "1 fråga" in the meeting tab."""
    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    question = window.annotations.annotate_selection("question")
    assert window.annotations.panel.header.text() == "1 anteckning i rapporten"
    view = window.show_tab("meeting")
    assert view.hint.text().startswith("1 fråga.")  # type: ignore[attr-defined]
    assert question is not None and isinstance(window.annotations.panel.cards[question].body,
                                               QPlainTextEdit)  # fmt: skip
    assert isinstance(window.reader.tables[0], QTableView)

"""Annotating through the window: select, note, question, meeting order, print, crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from tests.conftest import open_window

from desktop.annotate import notes
from desktop.store import queries
from desktop.store.userdb import open_user_db
from desktop.ui.main_window import MainWindow

PASSAGE = "brist på familjehem"


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a member does, key by key, Swedish letters included (QTest is ASCII-only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def report_2021(window: MainWindow) -> queries.ReportRow:
    return next(r for r in queries.list_reports(window.conn) if r.period_end == "2021-12-31")


def select_in_reader(window: MainWindow, words: str) -> str:
    """Select `words` in the reader as a mouse would; returns the selected text."""
    paragraph = next(p for p in window.reader.paragraphs if words in p.plain)
    paragraph.setSelection(paragraph.plain.index(words), len(words))
    return paragraph.selectedText()


def menu_action(window: MainWindow, text: str) -> QAction:
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu item {text!r}")


def test_question_on_selected_text_is_saved_as_typed(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    assert select_in_reader(window, PASSAGE) == PASSAGE
    menu_action(window, "Fråga till förvaltningen…").trigger()

    [card] = window.annotations.panel.cards.values()
    type_text(card.body, "Hur länge väntade barnen?")
    user = open_user_db(library_home / "user.db")  # another connection: what is on disk
    [saved] = notes.all_annotations(user)
    assert (saved.kind, saved.exact, saved.body, saved.status) == (
        "question", PASSAGE, "Hur länge väntade barnen?", "öppen",
    )  # fmt: skip
    assert saved.report_sha256 == report_2021(window).sha256

    marked = [p for p in window.reader.paragraphs if p.marks]
    assert len(marked) == 1 and "background-color" in marked[0].text()
    assert marked[0].plain[marked[0].marks[0].start - marked[0].char_start :].startswith(PASSAGE)
    card.status.setCurrentIndex(card.status.findData("ställd"))
    assert notes.get(user, saved.id).status == "ställd"  # type: ignore[union-attr]


def test_highlight_colour_and_reopened_report_keeps_marks(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    window.open_report(report.id)
    select_in_reader(window, "Digital socialtjänst")
    window.annotations.annotate_selection("highlight", "grön")
    other = next(r for r in queries.list_reports(window.conn) if r.id != report.id)
    window.open_report(other.id)
    assert not any(p.marks for p in window.reader.paragraphs)
    window.open_report(report.id)
    window.zoom(+2)  # re-rendering keeps the marks
    [paragraph] = [p for p in window.reader.paragraphs if p.marks]
    assert "#c8efc4" in paragraph.text() and paragraph.marks[0].colour == "grön"


def test_goal_note_from_goal_view_and_the_goal_text_selected(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    goal = next(g for g in queries.report_goals(window.conn, report.id) if "jourhem" in g.title)
    window.open_report(report.id)
    window.show_goal(goal.id)
    goal_view = window.show_tab("goal")
    goal_view.note_button.click()  # type: ignore[attr-defined]
    [card] = window.annotations.panel.cards.values()
    type_text(card.body, "Följ upp rekryteringen")
    goal_view.annotate_text_requested.emit("question", "", "brist på\nfamiljehem")  # type: ignore[attr-defined]
    kpi_button = next(b for b in goal_view.findChildren(QPushButton)
                      if b.text() == "Anteckning om nyckeltalet…")  # fmt: skip
    kpi_button.click()
    saved = notes.all_annotations(open_user_db(library_home / "user.db"))
    assert [(a.kind, a.goal_title, a.exact, a.body) for a in saved] == [
        ("note", goal.title, "", "Följ upp rekryteringen"),
        ("question", goal.title, PASSAGE, ""),
        ("note", goal.title, "", ""),
    ]
    assert saved[2].kpi_name is not None and "familjehem" in saved[2].kpi_name
    assert [a.kpi_name for a in saved[:2]] == [None, None]


def test_annotating_from_the_comparison_view(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    reports = {r.period_end: r for r in queries.list_reports(window.conn)}
    window.tabs.setCurrentIndex(2)
    compare = window.show_tab("compare")
    compare.compare(reports["2021-12-31"].id, reports["2024-12-31"].id)  # type: ignore[attr-defined]
    goal = queries.report_goals(window.conn, reports["2021-12-31"].id)[0]
    compare.goal_note_requested.emit(goal.id)  # type: ignore[attr-defined]  # the Anteckna… button
    section = next(s for s in queries.report_sections(window.conn, reports["2021-12-31"].id)
                   if PASSAGE in s.text)  # fmt: skip
    compare.annotate_text_requested.emit("question", "", PASSAGE, section.id)  # type: ignore[attr-defined]
    saved = notes.all_annotations(open_user_db(library_home / "user.db"))
    assert [(a.kind, a.goal_title, a.exact) for a in saved] == [
        ("note", goal.title, ""),
        ("question", None, PASSAGE),
    ]
    assert any(b.text() == "Anteckna…" for b in compare.findChildren(QPushButton))


def test_meeting_view_orders_questions_and_keeps_answers(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    user = window.annotations.user
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    section = next(s for s in queries.report_sections(window.conn, report.id) if PASSAGE in s.text)
    start = section.text.index(PASSAGE)
    first = notes.add(user, report, "question", section=section, start=start, end=start + 19,
                      body="Första frågan", meeting_id=meeting)  # fmt: skip
    second = notes.add(user, report, "question", section=section, start=0, end=20,
                       body="Andra frågan", meeting_id=meeting)  # fmt: skip
    window.tabs.setCurrentIndex(4)
    view = window.show_tab("meeting")
    view.reload_meetings(select=meeting)  # type: ignore[attr-defined]
    assert view.questions.ids() == [first, second]  # type: ignore[attr-defined]
    assert "brist på familjehem" in view.questions.item(0).text()  # type: ignore[attr-defined]
    # the report, section and printed page (from the report's table of contents)
    assert "Årsbokslut 2021, ”Nämndens mål”, s. 4" in view.questions.item(0).text()  # type: ignore[attr-defined]

    # what a drop does: the list model moves the row and the new order is stored
    view.questions.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)  # type: ignore[attr-defined]
    on_disk = open_user_db(library_home / "user.db")
    qtbot.waitUntil(
        lambda: [a.id for a in notes.all_annotations(on_disk, meeting)] == [second, first]
    )
    assert view.questions.item(0).text().startswith("1. Andra frågan")  # type: ignore[attr-defined]

    view.questions.setCurrentRow(1)  # type: ignore[attr-defined]
    type_text(view.answer, "Sex barn, i snitt åtta månader.")  # type: ignore[attr-defined]
    view.status.setCurrentIndex(view.status.findData("besvarad"))  # type: ignore[attr-defined]
    answered = notes.get(open_user_db(library_home / "user.db"), first)
    assert answered is not None
    assert (answered.answer, answered.status) == ("Sex barn, i snitt åtta månader.", "besvarad")

    pdf = window.annotations.save_summary_pdf(meeting, library_home / "möte.pdf")
    assert pdf is not None
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "1. Andra frågan" in text and "2. Första frågan" in text
    assert "Sex barn, i snitt åtta månader." in text
    assert "Årsbokslut 2021, ”Nämndens mål”, s. 4" in text


def test_search_finds_notes_and_opens_them(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    report = report_2021(window)
    window.open_report(report.id)
    select_in_reader(window, PASSAGE)
    annotation_id = window.annotations.annotate_selection("note")
    notes.update(window.annotations.user, annotation_id, body="Rekrytering av jourhem i Skåne")  # type: ignore[arg-type]
    window.on_search_library()
    window.search.field.setText("rekrytering skåne")
    window.search.run_search()
    note_hits = [h for h in window.search.hits if h.kind == "note"]
    assert [h.ref_id for h in note_hits] == [annotation_id]
    other = next(r for r in queries.list_reports(window.conn) if r.id != report.id)
    window.open_report(other.id)
    window.on_search_hit("note", report.id, annotation_id)
    assert window.reader.report_id == report.id
    assert window.reader.scroll_to_mark(annotation_id)


def test_export_and_import_from_the_file_menu(
    qtbot: QtBot, library_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, library_home)
    window.open_report(report_2021(window).id)
    select_in_reader(window, PASSAGE)
    window.annotations.annotate_selection("question")
    exported = window.annotations.export_annotations(tmp_path / "ut.json")
    assert exported is not None and '"TextQuoteSelector"' in exported.read_text(encoding="utf-8")
    notes.delete(window.annotations.user, notes.all_annotations(window.annotations.user)[0].id)
    shown: list[str] = []  # the message boxes, answered at once
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert window.annotations.import_annotations(exported) == (1, 0)
    assert len(window.annotations.panel.cards) == 1
    broken = tmp_path / "trasig.json"
    broken.write_text('{"type": "Annotation"}', encoding="utf-8")
    assert window.annotations.import_annotations(broken) is None
    assert "trasig.json" in shown[-1] and "Inga anteckningar importerades" in shown[-1]
    assert len(notes.all_annotations(window.annotations.user)) == 1


DRIVER = """
import sys, time
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from desktop.store import queries
from desktop.store.library import open_library
from desktop.ui.main_window import MainWindow

app = QApplication(sys.argv)
library = sys.argv[1] + "/library.db"
window = MainWindow(open_library(library), library)
window.show()
report = next(r for r in queries.list_reports(window.conn) if r.period_end == "2021-12-31")
window.open_report(report.id)
paragraph = next(p for p in window.reader.paragraphs if "brist på familjehem" in p.plain)
paragraph.setSelection(paragraph.plain.index("brist på familjehem"), 19)
window.annotations.annotate_selection("question")
card = next(iter(window.annotations.panel.cards.values()))
card.body.setFocus()
for char in "Varför saknas familjehem?":  # key by key, as typed
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(card.body, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
print("typed", flush=True)
time.sleep(60)
"""


def test_note_typed_in_the_app_survives_sigkill(library_home: Path) -> None:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(library_home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(DRIVER), str(library_home)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "typed"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    [saved] = notes.all_annotations(open_user_db(library_home / "user.db"))
    assert (saved.kind, saved.exact, saved.body) == (
        "question", PASSAGE, "Varför saknas familjehem?",
    )  # fmt: skip

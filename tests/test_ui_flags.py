"""'Att fråga om' in the window: the list, the evidence opened in the reader, a flag turned
into a question that reaches the meeting's printed summary, markers in other views."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.conftest import open_window

from desktop.analysis import flags as F
from desktop.annotate import notes
from desktop.store import queries
from desktop.store.userdb import open_user_db
from desktop.ui.flags_view import FlagsView
from desktop.ui.main_window import MainWindow

FAMILY_HOME = "Andel barn placerade i jourhem"


def report(window: MainWindow, label: str) -> queries.ReportRow:
    return next(r for r in queries.list_reports(window.conn) if r.label == label)


def flags_view(window: MainWindow, label: str) -> FlagsView:
    window.open_report(report(window, label).id)
    view = window.show_tab("flags")
    assert isinstance(view, FlagsView)
    return view


def test_a_flag_becomes_a_question_in_the_meetings_printed_summary(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    view = flags_view(window, "Årsbokslut 2024")
    assert len(view.list_model.items) == 8  # the answer key's flags of the 2024 report
    flag = next(f for f in view.list_model.items if f.subject.startswith(FAMILY_HOME))
    meeting = window.annotations.model.add_meeting("Socialnämnden 20 januari", "2027-01-20")
    assert view.select_flag(flag.id)
    assert "63 % (preliminärt) i Delårsrapport augusti 2023 men 59 %" in view.explanation.text()
    view.meeting.setCurrentIndex(view.meeting.findData(meeting))
    qtbot.mouseClick(view.ask_button, Qt.MouseButton.LeftButton)

    user = open_user_db(library_home / "user.db")
    (question,) = [a for a in notes.all_annotations(user) if a.kind == "question"]
    assert question.body == flag.question
    assert question.meeting_id == meeting
    assert question.kpi_name == flag.subject
    # anchored on the evidence: the KPI's row of the 2024 report's table
    assert question.report_label == "Årsbokslut 2024"
    assert question.exact.startswith(FAMILY_HOME) and "59%" in question.exact.replace(" ", "")
    assert not view.ask_button.isEnabled()
    assert "fråga skapad" in view.list_model.index(view.view.currentIndex().row()).data()
    assert "Socialnämnden 20 januari" in view.asked_label.text()

    meeting_view = window.show_tab("meeting")
    meeting_view.reload_meetings(select=meeting)  # type: ignore[attr-defined]
    assert meeting_view.questions.item(0).text().startswith(f"1. {flag.question}")  # type: ignore[attr-defined]

    pdf = window.annotations.save_summary_pdf(meeting, library_home / "möte.pdf")
    assert pdf is not None
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert "Frågor till förvaltningen" in text
    assert "1. Varför ändrades värdet för 2023 från 63 % i Delårsrapport augusti 2023" in text
    assert "Andel barn placerade i jourhem" in text  # the anchored passage, quoted


def test_a_question_is_asked_once_and_stays_asked_when_the_list_is_read_again(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    view = flags_view(window, "Årsbokslut 2017")
    flag = next(f for f in view.list_model.items if f.kind == F.TEXT)
    view.select_flag(flag.id)
    view.question.setPlainText("Stämmer 61 eller 51 procent?")
    first = view.ask()
    assert first is not None and view.ask() is None
    question = window.annotations.model.get(first)
    assert question is not None and question.body == "Stämmer 61 eller 51 procent?"
    assert question.exact.startswith("Det genomsnittliga utfallet för året är att 61 procent")
    assert question.goal_title == "Vi ska vara en attraktiv arbetsgivare"  # shown with the goal
    view.refresh()
    view.select_flag(flag.id)
    assert not view.ask_button.isEnabled()


def test_evidence_opens_the_report_at_the_passage(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    view = flags_view(window, "Årsbokslut 2024")
    flag = next(f for f in view.list_model.items if f.subject.startswith(FAMILY_HOME))
    view.select_flag(flag.id)
    interim = next(e for e in flag.evidence if e.report_label == "Delårsrapport augusti 2023")
    view.evidence_opened.emit(interim)
    qtbot.waitUntil(lambda: window.reader.shown_passage is not None)
    assert window.tab_keys[window.tabs.currentIndex()] == "reader"
    assert window.reader.report_id == interim.report_id
    table, row, _ = window.reader.shown_passage  # type: ignore[misc]
    assert table.model().rows[row][0].startswith(FAMILY_HOME)  # type: ignore[attr-defined]
    assert view.report_id == report(window, "Årsbokslut 2024").id  # the list stays put

    sentence = next(
        e for f in view.list_model.items if f.kind == F.DEVIATION
        for e in f.evidence if e.role == "explanation"
    )  # fmt: skip
    view.evidence_opened.emit(sentence)
    qtbot.waitUntil(lambda: window.reader.report_id == sentence.report_id)
    qtbot.waitUntil(lambda: window.reader.shown_passage is not None
                    and window.reader.shown_passage[0].plain.startswith(sentence.text[:40]))  # type: ignore[union-attr]  # fmt: skip


def test_library_list_filters_and_settings(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    view = flags_view(window, "Årsbokslut 2021")
    assert len(view.list_model.items) == 6
    view.show_library()
    assert len(view.list_model.items) == 37
    # the library's list is read without evidence; the flag shown gets its own
    assert sum(bool(f.evidence) for f in view.list_model.items) == 1
    assert view.current is not None and view.current.evidence
    assert view.evidence_box.count() == len(view.current.evidence)
    view.committee.setCurrentIndex(view.committee.findText("Huddinge, Socialnämnden"))
    assert {view.list_model.reports[f.report_id].municipality
            for f in view.list_model.items} == {"Huddinge"}  # fmt: skip
    view.committee.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData(F.RESTATED))
    assert len(view.list_model.items) == 4
    view.kind.setCurrentIndex(0)
    dialog = view.edit_settings()
    qtbot.addWidget(dialog)
    dialog.kinds[F.DEVIATION].setChecked(False)
    dialog.accept()
    assert len(view.list_model.items) == 37 - 29
    assert view.kind.findData(F.DEVIATION) == -1  # a kind switched off is not offered
    dialog = view.edit_settings()
    qtbot.addWidget(dialog)
    dialog.kinds[F.DEVIATION].setChecked(True)
    dialog.mnkr.setValue(20.0)
    dialog.accept()
    assert {f.subject for f in view.list_model.items if f.kind == F.DEVIATION} == {
        "Intäkter", "Kostnader", "Vuxen", "Ledning och administration", "Barn, unga och familj",
        "ÅRETS RESULTAT",
    }  # fmt: skip  # above 20 mnkr (and 2 %)


def test_markers_in_the_goal_view_and_the_comparison(qtbot: QtBot, library_home: Path) -> None:
    from desktop.ui.flags_view import FlagMarker

    window = open_window(qtbot, library_home)
    window.open_report(report(window, "Årsbokslut 2017").id)
    goal = next(g for g in queries.report_goals(window.conn, report(window, "Årsbokslut 2017").id)
                if g.title.startswith("Vi ska öka den enskildes möjlighet till personlig"))  # fmt: skip
    window.show_goal(goal.id)
    goal_view = window.tab("goal")
    markers = goal_view.findChildren(FlagMarker)  # type: ignore[union-attr]
    assert markers
    qtbot.waitUntil(lambda: markers[0].isVisibleTo(goal_view))
    qtbot.mouseClick(markers[0], Qt.MouseButton.LeftButton)
    flags = window.tab("flags")
    assert window.tab_keys[window.tabs.currentIndex()] == "flags"
    assert flags.current is not None and flags.current.kind == F.STATUS  # type: ignore[union-attr]

    # the 2021 goal's chart of the family-home KPI: the series was restated in 2024
    window.open_report(report(window, "Årsbokslut 2021").id)
    first = queries.report_goals(window.conn, report(window, "Årsbokslut 2021").id)[0]
    window.show_goal(first.id)
    assert any("63 %" in m.toolTip() for m in goal_view.findChildren(FlagMarker))  # type: ignore[union-attr]

    compare = window.show_tab("compare")
    compare.compare(report(window, "Årsbokslut 2021").id, report(window, "Årsbokslut 2024").id)  # type: ignore[attr-defined]
    model = compare.kpi_table.model()  # type: ignore[attr-defined]
    marked = [r for r in model.records if r["flag_id"] is not None]
    assert any(r["kpi"].startswith(FAMILY_HOME) for r in marked)
    row = next(i for i, r in enumerate(model.records) if r["kpi"].startswith(FAMILY_HOME))
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "63 % (preliminärt)" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    finance = compare.finance_table.model()  # type: ignore[attr-defined]
    assert any(r["row"] == "Intäkter" and "−12,9 mnkr" in r["flag_says"] for r in finance.records)
    assert compare.legend.isVisibleTo(compare)  # type: ignore[attr-defined]
    compare.kpi_table.doubleClicked.emit(model.index(row, 0))  # type: ignore[attr-defined]
    assert flags.current is not None and flags.current.subject.startswith(FAMILY_HOME)  # type: ignore[union-attr]


def test_importing_a_report_checks_its_committee_again(qtbot: QtBot, library_home: Path,
                                                       tmp_path: Path) -> None:  # fmt: skip
    from desktop.store.library import remove_report

    window = open_window(qtbot, library_home)
    interim = report(window, "Delårsrapport augusti 2023")
    remove_report(window.conn, interim.id)
    window.refresh_flags()
    view = flags_view(window, "Årsbokslut 2024")
    assert not any(f.kind == F.RESTATED and "2023" in f.explanation for f in view.list_model.items)
    assert not any(f.kind == F.CONTINUITY for f in view.list_model.items)

"""Issue 14.4: text from a report or a note is shown as text, never rendered as markup.

A report whose headings, paragraphs, table cells, goal, analysis, KPI and finance rows
hold `<img src="file:///etc/passwd">` and `<b>x</b>`, and notes, a question and a
meeting holding the same, are shown in every view; no label, tooltip, list item or
text view may render them (Qt renders a QLabel's text as rich text when it looks like
markup, and would load the local file into the window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QWidget
from pytestqt.qtbot import QtBot
from tests.conftest import open_window

from desktop.annotate import notes
from desktop.ingest.model import Block, Finance, FinanceRow, Goal, Kpi, Report, Section, Table
from desktop.store import queries
from desktop.store.library import add_report, open_library

IMG = '<img src="file:///etc/passwd">'
BOLD = "<b>x</b>"
MARKUP = f"{IMG} {BOLD}"


def hostile_report() -> Report:
    para = f"Inledande text {MARKUP} om familjehem och mer."
    table = Table(f"Tabell {MARKUP}", ["Nyckeltal", "2021", "2022"],
                  [[f"Andel {MARKUP}, procent", "40", "45"]])  # fmt: skip
    text = para + "\n\n" + "Nyckeltal 2021 2022"
    section = Section(f"Rubrik {MARKUP}", 1, text,
                      [Block("text", para, 0, len(para)),
                       Block("table", "Nyckeltal 2021 2022", len(para) + 2, len(text), table=table)])  # fmt: skip
    return Report(
        "Helsingborg", "Socialnämnden", "annual", 2022, "2022-12-31", f"Årsbokslut {MARKUP}",
        sections=[section],
        goals=[Goal(f"Målet {MARKUP}", "not_achieved", f"Inte uppnått {MARKUP}",
                    f"Analys {MARKUP} av målet.", [f"Andel {MARKUP}, procent"],
                    hierarchy=[f"Område {MARKUP}"])],
        kpis=[Kpi(f"Andel {MARKUP}, procent", f"Tabell {MARKUP}", "percent",
                  {"2021": 40, "2022": 45}, goal_index=0)],
        finance=Finance([FinanceRow(f"Rad {MARKUP}", {"Utfall 2022": 5})]),
        sha256="markup2022", source_name="markup.txt",
    )  # fmt: skip


def rendered_markup(widget: QWidget) -> list[str]:
    """What in `widget` would show the markup as markup (empty when all is plain text)."""
    problems = []
    tip = widget.toolTip()
    if IMG in tip or BOLD in tip:
        problems.append(f"tooltip of {type(widget).__name__}: {tip[:80]}")
    if isinstance(widget, QLabel):
        text = widget.text()
        plain = widget.textFormat() == Qt.TextFormat.PlainText
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        if (IMG in text or BOLD in text) and not plain and rich:
            problems.append(f"label {type(widget).__name__}: {text[:80]}")
    if isinstance(widget, QTextEdit):
        html = widget.document().toHtml()
        if "<img" in html or "file:///etc/passwd" in html.replace("&quot;", '"').split("&lt;")[0]:
            problems.append(f"text view {type(widget).__name__}")
    view_model = getattr(widget, "model", None)
    model = view_model() if callable(view_model) and widget.inherits("QAbstractItemView") else None
    if model is not None:
        root = QModelIndex()
        columns = 1 if model.inherits("QAbstractListModel") else model.columnCount(root)
        for row in range(min(model.rowCount(root), 200)):
            for column in range(min(columns, 20)):
                index = model.index(row, column)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and (IMG in tip or BOLD in tip):
                    problems.append(f"item tooltip in {type(widget).__name__}: {tip[:80]}")
        for section in range(model.rowCount(root)):
            tip = model.headerData(section, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and (IMG in tip or BOLD in tip):
                problems.append(f"header tooltip in {type(widget).__name__}")
    return problems


def everything_shown() -> list[str]:
    problems = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            problems += rendered_markup(widget)
    return problems


def test_markup_in_a_report_and_in_notes_is_shown_as_text_in_every_view(
    qtbot: QtBot, library_home: Path
) -> None:
    conn = open_library(library_home / "library.db")
    report_id = add_report(conn, hostile_report())
    conn.close()
    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    window.open_report(report_id)
    report = queries.get_report(window.conn, report_id)
    assert report is not None
    user = window.annotations.user
    meeting = notes.add_meeting(user, f"Möte {MARKUP}", "2026-12-15")
    [section] = queries.report_sections(window.conn, report_id)
    start = section.text.index("Inledande")
    notes.add(user, report, "note", section=section, start=start, end=start + 40,
              body=f"Anteckning {MARKUP}", meeting_id=meeting)  # fmt: skip
    notes.add(user, report, "question", section=section, start=start, end=start + 20,
              body=f"Fråga {MARKUP}", meeting_id=meeting)  # fmt: skip
    [goal] = queries.report_goals(window.conn, report_id)
    notes.add(user, report, "note", goal_title=goal.title, body=f"Om målet {MARKUP}",
              meeting_id=meeting)  # fmt: skip
    window.open_report(report_id)  # the notes panel reads them again
    assert len(window.annotations.panel.cards) == 3

    checked = []
    for index, key in enumerate(window.tab_keys):
        window.tabs.setCurrentIndex(index)
        view = window.tabs.currentWidget()
        if key == "goal":
            view.open_goal(goal.id)  # type: ignore[attr-defined]
        if key == "compare":
            for tab in range(view.tabs.count()):  # type: ignore[attr-defined]
                view.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                assert not everything_shown(), (key, tab, everything_shown())
        if key == "meeting":
            view.reload_meetings(select=meeting)  # type: ignore[attr-defined]
            view.questions.setCurrentRow(0)  # type: ignore[attr-defined]
            assert MARKUP in view.detail_title.text()  # type: ignore[attr-defined]
        qtbot.wait(10)
        assert not everything_shown(), (key, everything_shown())
        checked.append(key)
    assert checked == ["reader", "goal", "compare", "overview", "meeting", "flags"]
    window.on_search_library()
    window.search.field.setText("passwd")
    window.search.run_search()
    assert window.search.hits
    assert not everything_shown()
    # the text is there, literally, where the member reads it
    assert any(MARKUP in label.text() for label in window.reader.headings)
    assert MARKUP in window.tabs.widget(1).title.text()  # type: ignore[attr-defined]

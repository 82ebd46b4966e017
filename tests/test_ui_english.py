"""Issue 15.9: the English UI has no Swedish left in it, checked over every widget.

The English catalogue is installed as at start-up with NAMNDLASAREN_LANG=en; every view,
panel, dialog and menu is opened; every text a widget shows (labels, buttons, tooltips,
placeholders, list and table items and headers, tabs, titles, menus) is collected. What
comes from a report or from the member (report text and names, goal texts, KPI names,
notes, meetings) stays Swedish and is taken out; what is left must not be Swedish.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.conftest import open_window
from tests.test_ui_annotations import PASSAGE, report_2021, select_in_reader

from desktop import paths
from desktop.store import queries

SWEDISH_WORDS = {
    "och", "inte", "ingen", "inga", "att", "med", "som", "till", "för", "rapporten", "rapporter",
    "anteckning", "anteckningar", "fråga", "frågor", "träff", "träffar", "möte", "mötet", "visa",
    "sök", "mål", "nyckeltal", "avsnitt", "ekonomi", "tabell", "rad", "enhet", "förändring",
    "antal", "dagar", "skriv", "alla", "bara", "öppen", "ställd", "besvarad", "gul", "grön",
    "blå", "rosa", "markera", "svar", "datum", "kolumner", "av", "på", "ej", "uppnått",
    "bedömning", "nämnd", "arkiv", "hjälp", "redigera", "anteckna", "jämför", "läs", "nytt",
    "spara", "avbryt", "stäng", "ta", "bort", "ändra", "procentenheter", "mindre", "större",
}  # fmt: skip
NAMES = {"Nämndläsaren", "Svenska", "Helsingborg", "Huddinge"}  # not to be translated


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(paths.asset("i18n", "namndlasaren_en.qm"))), "make translations"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def content_of(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Everything a report or the member wrote: it stays as written."""
    from desktop.annotate import notes
    from desktop.ui.reader import plain_cell

    pieces: set[str] = set()
    conn = window.conn
    for report in queries.list_reports(conn):
        pieces |= {report.title, report.label, report.municipality, report.committee}
        for section in queries.report_sections(conn, report.id):
            pieces |= {section.heading, section.text}
            for block in section.blocks:
                if block.table is not None:
                    pieces.add(block.table.title)
                    pieces |= {plain_cell(c) for c in block.table.header}
                    pieces |= {plain_cell(c) for row in block.table.rows for c in row}
        for goal in queries.report_goals(conn, report.id):
            pieces |= {goal.title, goal.status_raw, goal.analysis, *goal.hierarchy}
        for kpi in queries.report_kpis(conn, report.id):
            pieces |= {kpi.name, kpi.table_name}
    for row in conn.execute("SELECT * FROM search_index"):  # what search snippets quote
        pieces |= {str(value) for value in row if isinstance(value, str)}
    for row in conn.execute("SELECT label, columns FROM finance"):
        pieces.add(row[0])
        pieces |= set(re.findall(r'"([^"]+)":', row[1]))
    user = window.annotations.user
    for annotation in notes.all_annotations(user):
        pieces |= {
            annotation.body,
            annotation.exact,
            annotation.answer,
            annotation.goal_title or "",
        }
    pieces |= {title for _id, title, _date in notes.meetings(user)}
    lines = {line for p in pieces if p for line in p.split("\n")}  # paragraphs, table rows
    normal = {" ".join(p.split()) for p in pieces | lines if p}
    return sorted((p for p in normal if len(p) >= 3), key=len, reverse=True)


def _belongs(widget: QWidget, window: QWidget) -> bool:
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `window` and its dialogs on screen, menus included."""
    for top in QApplication.topLevelWidgets():
        if not _belongs(top, window) or (not top.isVisible() and not isinstance(top, QMenu)):
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisibleTo(top) and widget is not top:
                continue
            where = type(widget).__name__
            yield where, widget.toolTip()
            if widget.isWindow() or isinstance(widget, QDockWidget):
                yield where, widget.windowTitle()
            if isinstance(widget, QLabel):
                text = widget.text()
                if widget.textFormat() != Qt.TextFormat.PlainText and "<" in text:
                    text = re.sub(r"<[^>]+>", " ", re.sub(r"</?span[^>]*>", "", text))
                yield where, text
            elif isinstance(widget, QAbstractButton):
                yield where, widget.text()
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                yield where, widget.placeholderText()
            elif isinstance(widget, QTextEdit):
                yield where, widget.toPlainText()
            elif isinstance(widget, QGroupBox):
                yield where, widget.title()
            if isinstance(widget, QComboBox):
                yield from ((where, widget.itemText(i)) for i in range(widget.count()))
            if isinstance(widget, QTabWidget):
                yield from ((where, widget.tabText(i)) for i in range(widget.count()))
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                yield from _model_texts(where, widget.model())
            for action in widget.actions():
                yield where, action.text()
                yield (
                    where,
                    action.toolTip() if action.toolTip() != action.text().replace("&", "") else "",
                )
                if action.menu() is not None:
                    yield from (
                        (f"menu {action.text()}", a.text()) for a in action.menu().actions()
                    )


def _model_texts(where: str, model) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    root = QModelIndex()
    columns = 1 if model.inherits("QAbstractListModel") else model.columnCount(root)

    def walk(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str]]:
        for row in range(min(model.rowCount(parent), 300)):
            for column in range(min(columns, 20)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield where, re.sub(r"<[^>]+>", " ", value) if "<" in value else value
            child = model.index(row, 0, parent)
            if depth < 3 and columns and model.rowCount(child):
                yield from walk(child, depth + 1)

    yield from walk(root, 0)
    for orientation, count in ((Qt.Orientation.Horizontal, columns),
                               (Qt.Orientation.Vertical, model.rowCount(root))):  # fmt: skip
        for section in range(min(count, 300)):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str) and orientation == Qt.Orientation.Horizontal:
                yield where, value


def swedish_left(texts: list[tuple[str, str]], content: list[str]) -> list[tuple[str, str]]:
    blob = "\x00" + "\x00".join(content)
    exact = set(content)
    found = []
    for where, shown in texts:
        # excerpts and search snippets are cut with "…": each part is looked for alone
        left = []
        for part in re.split(r"…|\n|: ", html.unescape(shown or "")):
            part = " ".join(part.split())
            # a short text is content only when it is a whole piece of it ("Uppnått"); a
            # long one may be an excerpt (a Swedish phrase like "i rapporten" is somewhere
            # in every report, so it must not pass as content)
            if (
                not part
                or part in exact
                or (len(part) >= 20 and part in blob)
                or (len(part) >= 8 and "\x00" + part in blob)  # the start of a piece, cut
            ):
                continue
            for piece in content:
                if len(piece) <= len(part) and piece in part:
                    part = part.replace(piece, " ")
            left.append(part)
        text = " ".join(" ".join(left).replace("&", "").split())
        for name in NAMES:
            text = text.replace(name, " ")
        words = re.findall(r"\w+", text)
        if re.search("[åäöÅÄÖ]", text) or any(w.lower() in SWEDISH_WORDS for w in words):
            found.append((where, text.strip()))
    return sorted(set(found))


def test_no_swedish_is_left_in_the_english_ui(
    english: None, qtbot: QtBot, library_home: Path
) -> None:
    from desktop.annotate.saving import NoteStore
    from desktop.ui.meeting_view import AddToMeetingDialog, NewMeetingDialog
    from desktop.ui.orphans_dialog import OrphansDialog

    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    report = report_2021(window)
    window.open_report(report.id)
    model = window.annotations.model
    meeting = model.add_meeting("Socialnämnden 15 december", "2026-12-15")
    select_in_reader(window, PASSAGE)
    question = window.annotations.annotate_selection("question")
    model.update(question, body="Hur länge väntade barnen?", meeting_id=meeting)
    select_in_reader(window, "Digital socialtjänst")
    window.annotations.annotate_selection("highlight", "grön")
    goal = next(g for g in queries.report_goals(window.conn, report.id) if "jourhem" in g.title)
    window.annotations.annotate_goal(goal.id)
    # the messages about unsaved text and a rescue copy, on show as they would be
    model.store.problem = OSError(28, "No space left on device")
    window.annotations.on_saving_changed()
    window.annotations.rescue_banner.show_text(window.annotations.rescue_banner.label.text())
    window.on_search_library()
    window.search.field.setText("familjehem")
    window.search.run_search()

    texts: list[tuple[str, str]] = []
    for key in window.tab_keys:
        view = window.show_tab(key)
        if key == "goal":
            view.open_goal(goal.id)  # type: ignore[attr-defined]
        if key == "compare":
            for tab in range(view.tabs.count()):  # type: ignore[attr-defined]
                view.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
                texts += shown_texts(window)
            reports = {r.label: r.id for r in queries.list_reports(window.conn)}
            view.compare(reports["Årsbokslut 2021"], reports["Årsbokslut 2024"])  # type: ignore[attr-defined]
            pair = view.comparison.goals[0]  # type: ignore[attr-defined]
            dialog = view.show_analysis_diff(pair)  # type: ignore[attr-defined]
            qtbot.addWidget(dialog)
            texts += shown_texts(window)
            dialog.close()
        if key == "meeting":
            view.reload_meetings(select=meeting)  # type: ignore[attr-defined]
            assert view.hint.text().startswith("1 question.")  # type: ignore[attr-defined]
        texts += shown_texts(window)
    for dialog in (OrphansDialog(model, window.annotations, window), NewMeetingDialog(window),
                   AddToMeetingDialog(model.all(), lambda a: a.report_label, window)):  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        texts += shown_texts(window)
        dialog.close()
    for menu_action in window.menuBar().actions():
        texts.append(("menu bar", menu_action.text()))
    window.search.field.setText("xyzzy")
    window.search.run_search()
    texts += shown_texts(window)
    assert window.search.results.toPlainText().strip() == "No matches."
    assert window.annotations.panel.header.text() == "3 notes in the report"
    assert isinstance(model.store, NoteStore)
    model.store.problem = None
    left = swedish_left(texts, content_of(window))
    assert not left, "\n".join(f"{where}: {text}" for where, text in left)
    assert len(texts) > 500  # the walk saw the window, not an empty screen

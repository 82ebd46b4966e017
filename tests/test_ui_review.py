"""Granska rapporten, driven as a member would: an imported PDF reviewed from the import's
results, its period fixed, a goal added by selecting its title in the text and given the
status its coloured symbol shows on the page, a table read as a KPI table, a value fixed;
the goal view and the series show the corrections, marked; each step undone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from tests.conftest import open_window

from desktop.corrections.review import ReviewItem
from desktop.store import queries
from desktop.ui.review_view import ReviewView

CORPUS = Path(__file__).resolve().parent / "corpus"
PDF = CORPUS / "lulea-barn-och-utbildningsnamnden-delarsrapport-2025-08.pdf"
GOAL_TITLE = "Läsåret i korthet"


def _item(view: ReviewView, kind: str, label_start: str = "") -> ReviewItem:
    for item in view.item_rows():
        if item.kind == kind and str(item.label).startswith(label_start):
            return item
    raise AssertionError(f"no {kind} {label_start!r} in the review")


def _select(view: ReviewView, item: ReviewItem) -> None:
    assert view.select(item.kind, item.id, item.field)
    assert view.current is not None and view.current.id == item.id


@pytest.fixture
def reviewed(qtbot, library_home: Path):  # type: ignore[no-untyped-def]
    """The main window, the Luleå PDF imported through the import dialog, and its review
    opened from the import's results."""
    window = open_window(qtbot, library_home)
    dialog = window.import_files([PDF])
    with qtbot.waitSignal(dialog.imported, timeout=120_000):
        pass
    imported = dialog.summary.topLevelItem(0)
    assert imported is not None and "lulea" in imported.text(0)
    dialog.summary.setCurrentItem(imported.child(0))  # a line under it will do
    assert dialog.review_button.isEnabled()
    dialog.review_button.click()
    review_window = window.corrections.review_window
    assert review_window is not None and review_window.isVisible()
    view = review_window.view
    assert view.review is not None and view.review.source_kind == "pdf"
    dialog.close()
    return window, view


def test_the_review_lists_what_the_reader_was_unsure_of_first_beside_the_page(reviewed) -> None:  # type: ignore[no-untyped-def]
    window, view = reviewed
    items = view.item_rows()
    top = [i for i in items if i.kind != "kpi" and i.kind != "finance"]
    doubtful = [bool(i.doubt or any(c.doubt for c in i.children)) for i in top]
    assert doubtful == sorted(doubtful, reverse=True)  # the unsure ones come first
    goal = _item(view, "goal")
    _select(view, goal)
    assert view.source.currentWidget() is view.page
    assert view.page.page == goal.page and view.page.highlight_rects()
    assert view.text.extraSelections()  # and in the text, its lines highlighted


def test_a_member_corrects_an_imported_report_and_undoes_it(qtbot, reviewed) -> None:  # type: ignore[no-untyped-def]
    window, view = reviewed
    conn = window.conn
    report_id = view.report_id
    model = view.model

    # the period: the secretary's reading was wrong
    _select(view, _item(view, "meta", "period"))
    view.meta_end.setText("2025-06-30")
    view.meta_save.click()
    report = queries.get_report(conn, report_id)
    assert report is not None and report.period_end == "2025-06-30"
    assert "juni 2025" in report.label
    period = _item(view, "meta", "period")
    assert period.marks and period.marks[-1].original == {"year": 2025, "end": "2025-08-31"}

    # a goal the reader missed: its title selected in the text
    start = view.review.text.index("Sjukfrånvaro i procent av ordinarie arbetstid")
    view.select_text(start, start + len("Sjukfrånvaro i procent av ordinarie arbetstid"))
    assert view.add_goal_button.isEnabled()
    view.add_goal_button.click()
    added = _item(view, "goal", "Sjukfrånvaro i procent")
    assert added.marks and added.marks[0].field == "added"

    # its status, as the coloured symbol beside it on the page shows it
    _select(view, added)
    achieved = view.goal_status.findData("not_achieved")
    view.goal_status.setCurrentIndex(achieved)
    view.goal_status.activated.emit(achieved)
    goal = next(g for g in queries.report_goals(conn, report_id) if g.id == added.id)
    assert goal.status == "not_achieved"

    # a table the reader did not see as a KPI table (the investments, followed as KPIs)
    table = next(
        i
        for i in view.item_rows()
        if i.kind == "table" and i.extra["header"][:1] == ["Investeringsprojekt, tkr"]
    )
    assert table.value == "none"
    _select(view, table)
    view.set_table_kind("kpi")
    kpis = {k.name: k for k in queries.report_kpis(conn, report_id)}
    assert {"Inventarier ny förskola Kronan", "Utemiljö förskolor"} <= set(kpis)
    table = next(i for i in view.item_rows() if i.kind == "table" and i.id == table.id)
    assert table.value == "kpi" and table.marks

    # a value the reader misread
    kpi = _item(view, "kpi", "Sjukfrånvaro totalt")
    _select(view, kpi)
    row = next(
        r for r in range(view.kpi_values.rowCount()) if view.kpi_values.item(r, 0).text() == "2025"
    )
    view.kpi_values.item(row, 1).setText("7,4")
    assert (
        queries.report_kpis(conn, report_id)
        and {k.name: k.values for k in queries.report_kpis(conn, report_id)}["Sjukfrånvaro totalt"][
            2025
        ]
        == 7.4
    )

    # the goal view shows the goal with its marker, and the series the corrected value
    window.show_goal(added.id)
    goal_view = window.tab("goal")
    assert goal_view is not None and goal_view.goal_id == added.id
    markers = [m for m in goal_view.findChildren(QLabel) if m.objectName() == "correctionMarker"]
    assert markers and all(m.text() == "rättat" for m in markers)
    # the goal's own: its status differs from the report; the charts': the KPIs it added
    assert any("Ej uppnått (i rapporten: Ej bedömt)" in m.toolTip() for m in markers)
    assert any("Tillagt av" in m.toolTip() for m in markers)
    from desktop.analysis.series import series_for_kpi

    series = series_for_kpi(conn, kpis["Sjukfrånvaro totalt"].id)
    assert series is not None and {p.year: p.value for p in series.points}[2025] == 7.4
    charted = [chart for chart in goal_view.charts if chart.corrected]
    assert charted and "7,2" in next(iter(charted[0].corrected.values()))  # what it said
    [list_item] = [line for line in view.review.corrections if line.correction.op == "kpi.set"]
    assert list_item.outcome is not None and list_item.outcome.state == "applied"

    # every step undone, last first
    assert model.undo_stack.count() == 5
    model.undo_stack.undo()  # the value
    assert {k.name: k.values for k in queries.report_kpis(conn, report_id)}["Sjukfrånvaro totalt"][
        2025
    ] == 7.2
    model.undo_stack.undo()  # the table
    names = {k.name for k in queries.report_kpis(conn, report_id)}
    assert "Inventarier ny förskola Kronan" not in names and "Sjukfrånvaro totalt" in names
    model.undo_stack.undo()  # the status
    model.undo_stack.undo()  # the goal
    assert added.id not in {g.id for g in queries.report_goals(conn, report_id)}
    model.undo_stack.undo()  # the period
    report = queries.get_report(conn, report_id)
    assert report is not None and report.period_end == "2025-08-31"
    assert view.review is not None and not view.review.corrections
    model.undo_stack.redo()
    report = queries.get_report(conn, report_id)
    assert report is not None and report.period_end == "2025-06-30"
    del qtbot


def test_a_corrected_value_status_and_period_are_marked_in_reader_comparison_and_summary(
    qtbot,
    library_home: Path,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.annotate import notes
    from desktop.corrections import actions
    from desktop.corrections.review import build_review
    from desktop.corrections.session import save
    from desktop.export.summary import build_summary
    from desktop.export.summary_html import summary_html
    from desktop.store.library import open_library
    from desktop.store.userdb import open_user_db
    from desktop.ui.compare_view import CompareView

    conn = open_library(library_home / "library.db")
    report = next(r for r in queries.list_reports(conn) if r.period_end == "2021-12-31")
    review = build_review(conn, report.id)
    assert review is not None
    goal = next(i for i in review.items if i.kind == "goal")
    kpi = next(c for i in review.items for c in i.children if c.kind == "kpi" and 2021 in c.value)
    for correction in (
        actions.set_goal(review, goal, "status", "partly", author="Anna", origin="library"),
        actions.set_kpi(review, kpi, "value", 12.5, 2021, author="Anna", origin="library"),
    ):
        save(conn, None, correction)
    user = open_user_db(library_home / "user.db")
    notes.add(user, report, "note", goal_title=goal.label, body="Varför delvis?")
    conn.close()

    window = open_window(qtbot, library_home)
    window.open_report(report.id)
    card = window.reader.goal_widgets[goal.id]
    [marker] = [m for m in card.findChildren(QLabel) if m.objectName() == "correctionMarker"]
    assert "Anna" in marker.toolTip() and "Delvis uppnått" in marker.toolTip()

    view = CompareView(window.conn)
    qtbot.addWidget(view)
    earlier = next(r for r in queries.list_reports(window.conn) if r.period_end == "2017-12-31")
    view.compare(earlier.id, report.id)
    model = view.kpi_table.model()
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == kpi.label)
    assert model.index(row, columns.index("Rättat")).data() == "rättat"
    assert "12,5" in model.index(row, columns.index("Rättat")).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, columns.index("2021")).data() == "12,5"

    html = summary_html(build_summary(user, window.conn))
    assert "rättat" in html and "Rättat av nämndsekreteraren Anna" in html
    user.close()


def test_a_report_removed_from_the_library_menu_leaves_its_notes_listed_and_undo_brings_it_back(
    qtbot,
    library_home: Path,  # type: ignore[no-untyped-def]
) -> None:
    from desktop.annotate import notes
    from desktop.store.library import open_library
    from desktop.store.userdb import open_user_db
    from desktop.ui.library_model import find_report_item

    conn = open_library(library_home / "library.db")
    report = next(r for r in queries.list_reports(conn) if r.period_end == "2023-08-31")
    section = next(s for s in queries.report_sections(conn, report.id) if len(s.text) > 100)
    user = open_user_db(library_home / "user.db")
    note = notes.add(user, report, "question", section=section, start=0, end=30, body="Varför?")
    conn.close()

    window = open_window(qtbot, library_home)
    menu = window.corrections.library_menu(report.id)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Granska rapporten…", "Ta bort ur biblioteket…"]
    menu.actions()[0].trigger()
    view = window.corrections.review_window.view
    assert view.report_id == report.id
    view.remove_report()
    assert find_report_item(window.tree.model(), report.id) is None
    assert not any(r.sha256 == report.sha256 for r in queries.list_reports(window.conn))
    orphan = notes.get(user, note)
    assert orphan is not None and orphan.orphaned and orphan.body == "Varför?"

    view.model.undo_stack.undo()
    back = next(r for r in queries.list_reports(window.conn) if r.sha256 == report.sha256)
    assert find_report_item(window.tree.model(), back.id) is not None
    placed = notes.get(user, note)
    assert placed is not None and not placed.orphaned
    user.close()

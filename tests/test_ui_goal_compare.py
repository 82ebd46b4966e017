"""The goal view and the comparison view, with real widgets on a real library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ingest.model import Finance, FinanceRow, Goal, Kpi, Report
from desktop.store.library import add_report, open_library
from desktop.ui.compare_view import CompareView
from desktop.ui.frame_model import selection_as_tsv
from desktop.ui.goal_view import GoalView

FH = "Andel barn placerade i jourhem, med behov av familjehem, som erhåller ett familjehem inom högst 6 månader, procent"
GOAL = "Barn som placeras i jourhem ska vid behov erhålla ett familjehem inom högst 6 månader under {y}"


def report(
    sha: str, rtype: str, end: str, status: str, values: dict[str, float], analysis: str
) -> Report:
    return Report(
        "Helsingborg", "Socialnämnden", rtype, int(end[:4]), end, "T",
        goals=[Goal(GOAL.format(y=end[:4]), status, status, analysis, [FH])],
        kpis=[Kpi(FH, "Nyckeltal", "percent", values, target=100.0, goal_index=0)],
        finance=Finance([FinanceRow("Kommunbidrag", {f"Utfall {end[:4]}": 500000 + int(end[:4])})]),
        sha256=sha, source_name=sha,
    )  # fmt: skip


@pytest.fixture
def conn(tmp_path: Path):  # type: ignore[no-untyped-def]
    conn = open_library(tmp_path / "library.db")
    add_report(
        conn,
        report(
            "a21",
            "annual",
            "2021-12-31",
            "not_achieved",
            {"2018": 73, "2021": 68},
            "Brist på familjehem.",
        ),
    )
    add_report(
        conn,
        report(
            "i23", "interim", "2023-08-31", "expected_not_achieved", {"2022": 57, "2023": 63}, "x"
        ),
    )
    add_report(
        conn,
        report(
            "a24",
            "annual",
            "2024-12-31",
            "not_achieved",
            {"2023": 59, "2024": 39},
            "Stor brist på familjehem.",
        ),
    )
    return conn


def test_goal_view_shows_goal_chart_and_history(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    view = GoalView(conn)
    qtbot.addWidget(view)
    view.open_goal(1)
    assert view.title.text() == GOAL.format(y=2021)
    [chart] = view.charts
    best = {p.year: (p.value, p.final) for p in chart.series.best_points()}
    assert best[2023] == (59, True) and best[2018] == (73, True)
    history = [
        w.text()
        for w in view.findChildren(QLabel)
        if b"status" in [bytes(n.data()) for n in w.dynamicPropertyNames()]
    ]
    assert history.count("Ej uppnått") >= 3  # own badge + 2021 and 2024 in the history row
    assert "Förväntas inte uppnås" in history
    with qtbot.waitSignal(view.source_requested) as clicked:
        chart.point_clicked.emit(chart.series.points[0].kpi_id, chart.series.points[0].report_id)
    assert clicked.args[1] == chart.series.points[0].report_id


def test_a_goal_without_kpis_gives_its_analysis_the_width(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    add_report(conn, Report("Helsingborg", "Socialnämnden", "annual", 2025, "2025-12-31", "T",
                            goals=[Goal("Elevers närvaro ska öka", "not_achieved", "Inte uppnått", "x")],
                            sha256="a25", source_name="a25"))  # fmt: skip
    view = GoalView(conn)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open_goal(1)
    left, charts = view.top.sizes()
    assert charts > left / 2  # the family-home goal has its chart
    no_kpis = conn.execute("SELECT id FROM goals WHERE title LIKE 'Elevers%'").fetchone()[0]
    view.open_goal(no_kpis)
    assert not view.charts
    left, charts = view.top.sizes()
    assert charts < left / 2
    view.open_goal(1)  # and back: the chart gets its room again
    left, charts = view.top.sizes()
    assert charts > left / 2


def test_a_narrow_view_puts_the_charts_under_the_analysis(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    """A small laptop with its panels open: nothing squeezed or cut off, the charts below."""
    from PySide6.QtCore import Qt

    view = GoalView(conn)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open_goal(1)
    assert view.top.orientation() == Qt.Orientation.Horizontal
    view.resize(850, 800)
    qtbot.waitUntil(lambda: view.top.orientation() == Qt.Orientation.Vertical)
    chart = view.charts[0]
    assert chart.width() <= view.charts_scroll.viewport().width()  # drawn whole, not cut off
    assert view.goal_list.width() >= view.goal_list.minimumWidth()
    view.resize(1200, 800)
    qtbot.waitUntil(lambda: view.top.orientation() == Qt.Orientation.Horizontal)
    left, charts = view.top.sizes()
    assert charts > left / 2


def test_chart_exports_png_and_svg(qtbot: QtBot, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = GoalView(conn)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.open_goal(1)
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    view.charts[0].export(png)
    view.charts[0].export(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400]


def test_compare_view_defaults_to_latest_annual_pair(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    view = CompareView(conn)
    qtbot.addWidget(view)
    assert view.comparison is not None
    assert (view.comparison.left.label, view.comparison.right.label) == (
        "Årsbokslut 2021",
        "Årsbokslut 2024",
    )
    model = view.kpi_table.model()
    assert [model.index(0, c).data() for c in range(4)] == [FH, "68", "39", "%"]
    assert model.index(0, 4).data() == "−29 procentenheter"  # a share: not "−43 %"
    assert model.index(0, 5).data() == "–"
    view.kpi_table.selectAll()
    tsv = selection_as_tsv(view.kpi_table)
    assert tsv.splitlines()[1].split("\t")[:3] == [FH, "68", "39"]
    view.kpi_table.setFocus()
    QGuiApplication.clipboard().clear()


def test_compare_any_two_and_analysis_diff(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    view = CompareView(conn)
    qtbot.addWidget(view)
    view.compare(3, 2)  # the 2024 annual against the 2023 interim, any order the member picks
    assert view.comparison.left.label == "Årsbokslut 2024"  # type: ignore[union-attr]
    view.compare(1, 3)
    [pair] = view.comparison.goals  # type: ignore[union-attr]
    dialog = view.show_analysis_diff(pair)
    qtbot.addWidget(dialog)
    assert ("insert", "Stor brist ") in pair.analysis_diff() or any(
        op == "insert" for op, _ in pair.analysis_diff()
    )


def test_goals_overview_grid_colours_by_status(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.goals_overview import GOAL_ID_ROLE, GoalsOverview

    view = GoalsOverview(conn)
    qtbot.addWidget(view)
    model = view.view.model()
    assert (model.rowCount(), model.columnCount()) == (1, 3)
    # newest first: the year a member came for is in view without scrolling sideways
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Årsbokslut 2024", "Delårsrapport augusti 2023", "Årsbokslut 2021"]  # fmt: skip
    assert [model.index(0, c).data() for c in range(3)] == [
        "Ej uppnått",
        "Förväntas inte uppnås",
        "Ej uppnått",
    ]
    with qtbot.waitSignal(view.goal_requested) as opened:
        view.on_cell_double_clicked(model.index(0, 0))
    assert opened.args == [model.index(0, 0).data(GOAL_ID_ROLE)]
    assert opened.args != [model.index(0, 2).data(GOAL_ID_ROLE)]


def test_goal_list_filters_by_status(qtbot: QtBot, conn) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.goal_list import GoalList

    widget = GoalList(conn)
    qtbot.addWidget(widget)
    widget.show_report(2)
    assert widget.proxy.rowCount() == 1
    widget.filter.setCurrentIndex(widget.filter.findData("achieved"))
    assert widget.proxy.rowCount() == 0
    widget.filter.setCurrentIndex(widget.filter.findData("expected_not_achieved"))
    assert widget.proxy.rowCount() == 1

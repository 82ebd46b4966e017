"""The main window on a real library: tree, reader, tables, zoom and position remembered."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from tests.conftest import open_window

from desktop.store import queries
from desktop.store.library import open_library
from desktop.ui.library_model import REPORT_ID_ROLE, library_tree


def test_library_tree_is_municipality_committee_report_newest_first(built_library: Path) -> None:
    model = library_tree(queries.list_reports(open_library(built_library)))
    tree = {
        model.item(m).text(): {
            model.item(m).child(c).text(): [
                model.item(m).child(c).child(r).text()
                for r in range(model.item(m).child(c).rowCount())
            ]
            for c in range(model.item(m).rowCount())
        }
        for m in range(model.rowCount())
    }
    assert tree == {
        "Helsingborg": {
            "Socialnämnden": [
                "Årsbokslut 2024",
                "Delårsrapport augusti 2023",
                "Årsbokslut 2021",
                "Årsbokslut 2017",
            ]
        },  # fmt: skip
        "Huddinge": {"Socialnämnden": ["Delårsrapport augusti 2021"]},
    }


def test_selecting_a_report_shows_its_text_and_tables(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    assert window.status_text == "5 rapporter i biblioteket"
    model = window.tree.model()
    index = model.index(
        2, 0, model.index(0, 0, model.index(0, 0))
    )  # Helsingborg › Socialnämnden › 3rd
    assert index.data() == "Årsbokslut 2021"
    window.on_tree_clicked(index)
    report_id = index.data(REPORT_ID_ROLE)
    first = queries.report_sections(window.conn, report_id)[0]
    assert window.reader.headings[0].text() == "Årsbokslut inriktning, mål och ekonomi 2021"
    assert window.reader.headings[1].text() == first.heading
    assert "Årsbokslut 2021" in window.windowTitle()
    cells = [
        [t.model().index(r, c).data() for c in range(t.model().columnCount())]
        for t in window.reader.findChildren(QTableView)
        for r in range(t.model().rowCount())
    ]
    assert [
        "Genomsnittlig väntetid från ansökan till beslut om insats, antal dagar",
        "",
        "54",
        "42",
        "47",
        "46",
    ] in cells


def test_html_cells_read_as_text_and_prose_tables_wrap(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    huddinge = next(r.id for r in queries.list_reports(window.conn) if r.municipality == "Huddinge")
    window.open_report(huddinge)
    models = [t.model() for t in window.reader.findChildren(QTableView)]
    risks = next(m for m in models if m.header[:2] == ["Mål / process", "Risk"])
    cell = risks.index(0, 1).data()
    assert cell.startswith("Brukare med beviljat boendestöd") and "<p>" not in cell
    assert risks.prose
    kpis = next(m for m in models if m.header[0] == "Indikatorer")
    assert not kpis.prose  # numbers keep their own column widths


def open_interim_2023(qtbot: QtBot, home: Path):  # type: ignore[no-untyped-def]
    """The main window with the 2023 interim report open, and the report's id."""
    window = open_window(qtbot, home)
    interim = next(r.id for r in queries.list_reports(window.conn) if r.period_end == "2023-08-31")
    window.open_report(interim)
    return window, interim


def test_space_laid_finance_is_a_table_with_rows_of_one_height(
    qtbot: QtBot, library_home: Path
) -> None:
    # the 2023 interim report prints its income statement with spaces, labels wrapped
    window, _ = open_interim_2023(qtbot, library_home)
    views = window.reader.findChildren(QTableView)
    view = next(v for v in views if v.model().header[0] == "Resultaträkning, tkr")
    rows = [
        [view.model().index(r, c).data() for c in range(5)] for r in range(view.model().rowCount())
    ]
    assert ["Disposition av ackumulerat resultat", "0", "0", "0", "0"] in rows
    assert ["Ackumulerat resultat (inklusive årets resultat)", "-904", "0", "", "-40 000"] in rows
    window.resize(1400, 900)  # the member widens the window: wrapped labels unwrap
    qtbot.waitUntil(lambda: not window.reader._refit.isActive())
    # rows are measured at the columns' final widths: a short label is one line high
    short = {view.rowHeight(r) for r, row in enumerate(rows) if len(row[0]) < 16}
    assert short == {min(view.rowHeight(r) for r in range(len(rows)))}


def test_selection_maps_to_section_offsets(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    paragraph = next(p for p in window.reader.paragraphs if "familjehem" in p.text())
    start = paragraph.text().index("familjehem")
    paragraph.setSelection(start, len("familjehem"))
    section_id, begin, end, quote = window.reader.selected_text()  # type: ignore[misc]
    section = next(
        s
        for s in queries.report_sections(window.conn, window.reader.report_id)
        if s.id == section_id
    )  # type: ignore[arg-type]
    assert quote == "familjehem" and section.text[begin:end] == "familjehem"


def test_zoom_and_last_report_survive_a_restart(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    reports = {r.label: r.id for r in queries.list_reports(window.conn)}
    window.open_report(reports["Årsbokslut 2017"])
    size = window.reader.point_size
    window.zoom(+1)
    window.zoom(+1)
    window.close()
    again = open_window(qtbot, library_home)
    assert again.reader.point_size == size + 2
    assert again.reader.report_id == reports["Årsbokslut 2017"]
    again.zoom(0)
    assert again.reader.point_size == 12


def test_reading_position_survives_a_restart_and_the_report_is_built_whole(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    window.resize(1200, 800)
    report = next(r.id for r in queries.list_reports(window.conn) if r.label == "Årsbokslut 2021")
    window.open_report(report)
    late = queries.report_sections(window.conn, report)[-1]  # "Ekonomiskt utfall per verksamhet"
    window.reader.scroll_to_section(late.id)
    qtbot.waitUntil(lambda: window.reader.current_section() == late.id)
    window.close()
    again = open_window(qtbot, library_home)  # starts with the first screen, then the rest
    qtbot.waitUntil(lambda: again.reader.current_section() == late.id)
    qtbot.waitUntil(lambda: not again.reader._pending)
    assert len(again.reader.section_widgets) == len(queries.report_sections(again.conn, report))


def test_a_jump_stays_on_its_heading_while_the_page_settles(
    qtbot: QtBot, library_home: Path
) -> None:
    # the 2023 report's tables shrink once measured, and the window is widened right after
    window, interim = open_interim_2023(qtbot, library_home)
    result = next(
        s for s in queries.report_sections(window.conn, interim) if s.heading == "Årets resultat"
    )
    window.reader.scroll_to_section(result.id)
    window.annotations.dock.hide()
    heading = window.reader.section_widgets[result.id]
    qtbot.wait(300)  # tables measured, text rewrapped for the wider page
    qtbot.waitUntil(
        lambda: window.reader.verticalScrollBar().value() == window.reader._top_of(heading)
    )


def test_views_open_from_the_tabs(qtbot: QtBot, library_home: Path) -> None:
    window = open_window(qtbot, library_home)
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    goal_view = window.show_tab("goal")
    assert goal_view.title.text()  # type: ignore[attr-defined]
    compare = window.show_tab("compare")
    assert (compare.comparison.left.label, compare.comparison.right.label) == (
        "Årsbokslut 2021",
        "Årsbokslut 2024",
    )  # type: ignore[attr-defined]


def test_every_tab_stays_in_sight_on_a_laptop_with_both_panels_open(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    window.resize(1366, 768)
    window.annotations.dock.show()
    qtbot.waitUntil(lambda: window.tabs.tabBar().width() < 900)
    bar = window.tabs.tabBar()
    last = bar.tabRect(bar.count() - 1)
    assert bar.rect().contains(last), "the last tab is behind scroll arrows"
    assert bar.tabToolTip(bar.count() - 1) == "Att fråga om"  # the whole name, when shortened


def test_every_tab_name_is_whole_beside_the_notes_at_1400_px(
    qtbot: QtBot, library_home: Path
) -> None:
    window = open_window(qtbot, library_home)
    window.resize(1400, 900)
    window.annotations.dock.show()
    bar = window.tabs.tabBar()
    font = bar.font()
    font.setPointSize(11)  # a laptop's usual size for the window's frame
    bar.setFont(font)
    qtbot.waitUntil(lambda: bar.width() < 900)
    wanted = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert wanted <= bar.width(), "the tab names are shortened ('Mötesförbered…')"


def test_the_views_below_the_tabs_follow_the_text_size(qtbot: QtBot, library_home: Path) -> None:
    from desktop.ui.text_size import text_size

    window = open_window(qtbot, library_home)
    qtbot.wait(100)  # shown and polished, as a member's window is when they press Ctrl +
    size = text_size()
    before = size.point_size
    try:
        size.set_point_size(2 * size.default())
        qtbot.waitUntil(lambda: window.reader.font().pointSize() == 2 * size.default())
    finally:
        size.set_point_size(before)


def test_smoke_command_exits_zero(home: Path) -> None:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "smoke: 5 rapporter i biblioteket" in result.stdout
    assert (home / "library.db").exists()


def test_english_translation(home: Path) -> None:
    env = {
        **os.environ,
        "NAMNDLASAREN_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "NAMNDLASAREN_LANG": "en",
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "smoke: Goals and KPIs" in result.stdout
        and "smoke: 5 reports in the library" in result.stdout
    )


def test_every_ui_string_has_an_english_translation() -> None:
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "namndlasaren_en.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    missing = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")  # type: ignore[union-attr]
    ]
    assert messages and not missing
    sources = {(m.findtext("source") or "") for m in messages}
    assert {"Öppen", "Ställd", "Besvarad"} <= sources  # status names built at run time

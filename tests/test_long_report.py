"""A thick report (hundreds of pages) opens at once and is built on while the member reads."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from conftest import SEEDS, open_window
from desktop.store import queries
from desktop.store.library import import_files, open_library
from desktop.ui.reader import LONG_REPORT_BLOCKS


def long_report(folder: Path) -> Path:
    """The 2021 annual report with 40 extra chapters of prose, each named and numbered."""
    seed = SEEDS["hbg2021"].read_text(encoding="utf-8")
    chapters = "\n\n".join(
        f"Kapitel {n} om verksamheten\n\n"
        + "\n\n".join(
            f"Stycke {p} i kapitel {n}: nämnden har under året arbetat vidare med uppdraget "
            f"och följt upp verksamheten månad för månad, med särskild vikt vid kvaliteten."
            for p in range(1, 13)
        )
        for n in range(1, 41)
    )
    path = folder / "helsingborg-socialnamnden-arsbokslut-2021-lang.txt"
    path.write_text(seed + "\n\n" + chapters + "\n\nSista stycket med ordet slutpunkt.\n",
                    encoding="utf-8")  # fmt: skip
    return path


def test_a_long_report_shows_its_first_screen_then_the_rest(
    qtbot: QtBot, home: Path, tmp_path: Path
) -> None:
    conn = open_library(home / "library.db")
    assert import_files(conn, [long_report(tmp_path)]).added
    report_id = queries.list_reports(conn)[0].id
    blocks = sum(len(s.blocks) + 1 for s in queries.report_sections(conn, report_id))
    assert blocks > LONG_REPORT_BLOCKS
    conn.close()

    window = open_window(qtbot, home)
    window.open_report(report_id)
    reader = window.reader
    assert reader._pending, "a long report is not built whole before it is shown"
    assert len(reader.paragraphs) < 40
    qtbot.waitUntil(lambda: not reader._pending, timeout=60_000)  # built on while shown
    assert any("slutpunkt" in p.plain for p in reader.paragraphs)

    window.open_report(report_id)  # again, and searched before it has grown
    assert reader._pending
    assert reader.set_search("slutpunkt") == 1  # the search builds the rest first
    assert not reader._pending

"""The original page beside the text: opened from a section, a search hit, an annotation
and a goal, with the highlight where PDFium itself finds the words on the page.

The library is real (the bundled reports plus a real PDF imported as a member would),
the page is drawn by pypdfium2 into a real widget, and the expected places come from
PDFium's own text search on the same file, not from the reader that stored the layout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pytestqt.qtbot import QtBot

from conftest import SEEDS, open_window
from desktop.store import queries
from desktop.store.library import import_files, open_library
from desktop.store.pages import OriginalMissing, ReportPages, has_pages, source_pdf

PDF = Path(__file__).resolve().parent / "corpus" / "kalmar-tekniska-namnden-arsbokslut-2025.pdf"


@pytest.fixture(scope="module")
def pdf_library(tmp_path_factory: pytest.TempPathFactory, built_library: Path) -> Path:
    """The bundled library with one real PDF report imported (bytes kept)."""
    folder = tmp_path_factory.mktemp("pdf-library")
    shutil.copy(built_library, folder / "library.db")
    conn = open_library(folder / "library.db")
    result = import_files(conn, [PDF])
    conn.close()
    assert result.added == [PDF.name], result.failed
    return folder / "library.db"


@pytest.fixture
def pdf_home(home: Path, pdf_library: Path) -> Path:
    shutil.copy(pdf_library, home / "library.db")
    return home


def _pdf_report(conn) -> int:  # type: ignore[no-untyped-def]
    return next(r.id for r in queries.list_reports(conn) if r.source_name == PDF.name)


def where_pdfium_finds(text: str, occurrence: int = 0) -> tuple[int, tuple[float, ...]]:
    """(page, (x0, top, x1, bottom) in points from the top-left) of a text in the PDF."""
    document = pdfium.PdfDocument(str(PDF))
    seen = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        searcher = textpage.search(text, match_case=True)
        while (found := searcher.get_next()) is not None:
            if seen == occurrence:
                start, count = found
                boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
                height = page.get_height()
                return index + 1, (
                    min(b[0] for b in boxes),
                    height - max(b[3] for b in boxes),
                    max(b[2] for b in boxes),
                    height - min(b[1] for b in boxes),
                )
            seen += 1
    raise AssertionError(f"{text!r} is not in {PDF.name}")


def highlighted_points(window) -> list[tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """The page view's highlight rectangles, back in points on the page."""
    scale = window.original.view.canvas.scale
    return [
        (r.left() / scale, r.top() / scale, r.right() / scale, r.bottom() / scale)
        for r in window.original.view.highlight_rects()
    ]


def covers(rects, box, slack: float = 3.0) -> bool:  # type: ignore[no-untyped-def]
    """Some highlight holds the box found by PDFium (a few points' slack for padding and
    the proportional cut within a line)."""
    x0, top, x1, bottom = box
    return any(
        r[0] <= x0 + slack and r[2] >= x1 - slack and r[1] <= top + slack and r[3] >= bottom - slack
        for r in rects
    )


def test_a_section_opens_on_its_page_with_its_heading_highlighted(
    qtbot: QtBot, pdf_home: Path
) -> None:
    window = open_window(qtbot, pdf_home)
    report_id = _pdf_report(window.conn)
    window.open_report(report_id)
    section = next(
        s
        for s in queries.report_sections(window.conn, report_id)
        if s.heading.endswith("Ekonomiskt resultat i korthet")
    )
    window.reader.scroll_to_section(section.id)
    assert window.original.show_current()  # Visa → Visa originalsidan
    qtbot.waitUntil(lambda: window.original.dock.isVisible())
    page, box = where_pdfium_finds("Ekonomiskt resultat i korthet", occurrence=1)  # [0]: the TOC
    assert window.original.view.page == page
    assert covers(highlighted_points(window), box)
    assert window.original.view.canvas.pixmap is not None
    window.original.view.grab()  # drawn without error


def test_a_search_hit_opens_on_its_page_with_the_words_highlighted(
    qtbot: QtBot, pdf_home: Path
) -> None:
    window = open_window(qtbot, pdf_home)
    window.open_report(_pdf_report(window.conn))
    assert window.reader.set_search("Investeringarna") >= 1
    window.find_next(+1)  # F3: the first match
    assert window.original.action.isEnabled()
    window.original.action.trigger()  # the shortcut's action
    page, box = where_pdfium_finds("Investeringarna")
    assert window.original.view.page == page
    rects = highlighted_points(window)
    assert covers(rects, box, slack=12.0)  # cut in proportion to the characters
    # the highlight is the words, not their whole paragraph
    assert all(r[2] - r[0] < 200 for r in rects), rects

    # while the panel is open, the next hit follows on the page
    assert window.reader.set_search("plogtillfällen") >= 1
    window.find_next(+1)
    page, box = where_pdfium_finds("plogtillfällen")
    assert window.original.view.page == page
    assert any(r[1] - 3 <= box[1] and r[3] + 3 >= box[3] for r in highlighted_points(window))


def test_an_annotation_opens_on_its_page(qtbot: QtBot, pdf_home: Path) -> None:
    window = open_window(qtbot, pdf_home)
    window.open_report(_pdf_report(window.conn))
    words = "Nettokostnaden uppgick till 411 718 tkr"
    paragraph = next(p for p in window.reader.paragraphs if words in p.plain)
    paragraph.setSelection(paragraph.plain.index(words), len(words))
    annotation_id = window.annotations.annotate_selection("question")
    assert annotation_id is not None
    paragraph.setSelection(0, 0)
    window.reader.scroll_to_section(next(iter(window.reader.section_widgets)))

    assert window.original.show_annotation(annotation_id)
    page, box = where_pdfium_finds(words)
    assert window.original.view.page == page
    assert covers(highlighted_points(window), box, slack=12.0)

    # picked in Mina anteckningar, with the panel open, the page follows
    window.original.view.go_to(1)
    window.annotations.show_annotation(annotation_id)
    qtbot.waitUntil(lambda: window.original.view.page == page)


def test_a_goal_opens_on_its_page_from_the_goal_view(qtbot: QtBot, pdf_home: Path) -> None:
    window = open_window(qtbot, pdf_home)
    report_id = _pdf_report(window.conn)
    window.open_report(report_id)
    goal = next(
        g for g in queries.report_goals(window.conn, report_id) if g.title.startswith("Matsvinnet")
    )
    window.show_goal(goal.id)
    goal_view = window.tab("goal")
    assert goal_view.original_button.isVisible()
    goal_view.original_button.click()
    page, box = where_pdfium_finds("Matsvinnet i skolrestaurangerna ska minska")
    assert window.original.view.page == page
    assert covers(highlighted_points(window), box)


def test_paging_and_zoom(qtbot: QtBot, pdf_home: Path) -> None:
    window = open_window(qtbot, pdf_home)
    report_id = _pdf_report(window.conn)
    view = window.original.view
    assert view.show_page(report_id, 1)
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    assert view.go_to(2) and view.page == 2 and view.page_box.value() == 2
    view.page_box.setValue(39)
    assert view.page == 39 and not view.next_button.isEnabled()
    assert not view.go_to(40)
    fitted = view.canvas.width()
    assert fitted <= view.area.viewport().width()
    view.step_zoom(+1)
    view.step_zoom(+1)
    assert view.canvas.width() > fitted and not view.fit_button.isChecked()
    view.fit_width()
    assert view.canvas.width() == fitted


def test_a_text_report_says_it_has_no_pages(qtbot: QtBot, pdf_home: Path) -> None:
    window = open_window(qtbot, pdf_home)
    report_id = next(
        r.id for r in queries.list_reports(window.conn) if r.source_name == SEEDS["hbg2021"].name
    )
    window.open_report(report_id)
    assert not has_pages(window.conn, report_id)
    assert not window.original.show_current()
    assert window.original.dock.isVisible()
    assert "textfil" in window.original.view.message.text()
    assert window.original.view.canvas.pixmap is None


def test_a_pdf_kept_by_path_is_shown_while_it_is_there(tmp_path: Path) -> None:
    kept = tmp_path / "rapporter" / PDF.name
    kept.parent.mkdir()
    shutil.copy(PDF, kept)
    conn = open_library(tmp_path / "library.db")
    assert import_files(conn, [kept], copy_pdfs=False).added == [PDF.name]
    report_id = _pdf_report(conn)
    stored = conn.execute(
        "SELECT data, path FROM report_sources WHERE report_id = ?", (report_id,)
    ).fetchone()
    assert tuple(stored) == (None, str(kept.resolve()))
    assert source_pdf(conn, report_id) == PDF.read_bytes()

    kept.write_bytes(kept.read_bytes() + b"\n% changed")
    with pytest.raises(OriginalMissing, match="har ändrats"):
        source_pdf(conn, report_id)
    kept.unlink()
    with pytest.raises(OriginalMissing, match=str(kept.name)):
        source_pdf(conn, report_id)


def test_a_missing_or_damaged_original_is_named_not_shown(
    qtbot: QtBot, pdf_home: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, pdf_home)
    report_id = _pdf_report(window.conn)
    with window.conn:
        window.conn.execute(
            "UPDATE report_sources SET data = ? WHERE report_id = ?",
            (b"%PDF-1.4 nothing else", report_id),
        )
    assert not window.original.view.show_page(report_id, 1)
    assert "kan inte visas" in window.original.view.message.text()
    assert window.original.view.message.isVisibleTo(window.original.view)


def test_places_within_a_line_and_a_table_row(pdf_library: Path) -> None:
    conn = open_library(pdf_library)
    report_id = _pdf_report(conn)
    pages = ReportPages(conn, report_id)
    assert pages.pages == 39
    # a finance row: the page and line of its label
    row_id, label = conn.execute(
        "SELECT id, label FROM finance WHERE report_id = ? AND label = 'Vinterväghållning'",
        (report_id,),
    ).fetchone()
    place = pages.finance_row(row_id)
    page, box = where_pdfium_finds(label)
    assert place is not None and place.page == page
    assert covers([(b.x0, b.top, b.x1, b.bottom) for b in place.boxes], box)
    # the words of a paragraph line: a box narrower than the line, over the words
    line = next(
        n
        for n, text in enumerate(queries.report_text(conn, report_id).split("\n"), start=1)
        if text.startswith("Nettokostnaden uppgick")
    )
    whole = pages.lines(line, line)
    part = pages.lines(line, line, 0, len("Nettokostnaden"))
    assert whole is not None and part is not None
    assert part.boxes[0].x1 - part.boxes[0].x0 < (whole.boxes[0].x1 - whole.boxes[0].x0) / 4
    page, box = where_pdfium_finds("Nettokostnaden uppgick")
    assert part.page == page and abs(part.boxes[0].x0 - box[0]) < 3
    conn.close()

"""Render the main views to docs/screenshots/*.png from the bundled library (offscreen).

Re-run after every UI change and look at the images: `make screenshots`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "screenshots"


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="screens-"))
    os.environ["NAMNDLASAREN_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from desktop.store import queries
    from desktop.store.library import default_library, open_library
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    font = app.font()
    font.setPointSize(11)
    app.setFont(font)
    library = default_library()
    conn = open_library(library)
    meeting = sample_meeting(conn)
    window = MainWindow(conn, library)
    window.resize(1400, 900)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    reports = {(r.municipality, r.label): r.id for r in queries.list_reports(conn)}

    from desktop.ui.qt_workarounds import keep_none_alive

    keep_none_alive()

    def save(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        for _ in range(10):  # let the page settle: tables measured, jumps kept in view
            app.processEvents()
        (widget or window).grab().save(str(OUT / name))
        print(OUT / name)

    interim = reports[("Helsingborg", "Delårsrapport augusti 2023")]
    window.annotations.dock.hide()
    window.open_report(interim)
    result = next(
        s for s in queries.report_sections(conn, interim) if s.heading == "Årets resultat"
    )
    window.reader.scroll_to_section(result.id)
    save("reader-2023-finance-table.png")  # printed with spaces, shown as a table

    window.open_report(reports[("Helsingborg", "Årsbokslut 2021")])
    save("main-window-2021.png")
    window.annotations.dock.show()
    note = next(iter(window.annotations.panel.cards))
    window.annotations.show_annotation(note + 1)
    save("reader-with-notes-2021.png")
    window.annotations.dock.hide()

    family_goal = next(
        g.id
        for g in queries.report_goals(conn, reports[("Helsingborg", "Årsbokslut 2021")])
        if "familjehem" in g.title
    )
    window.show_goal(family_goal)
    save("goal-view-family-home-2021.png")

    window.tabs.setCurrentIndex(2)
    compare = window.show_tab("compare")
    compare.compare(
        reports[("Helsingborg", "Årsbokslut 2021")], reports[("Helsingborg", "Årsbokslut 2024")]
    )  # type: ignore[attr-defined]
    save("compare-2024-vs-2021-goals.png")
    compare.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    save("compare-2024-vs-2021-kpis.png")
    compare.tabs.setCurrentIndex(2)  # type: ignore[attr-defined]
    save("compare-2024-vs-2021-finance.png")
    compare.tabs.setCurrentIndex(3)  # type: ignore[attr-defined]
    save("compare-2024-vs-2021-sections.png")

    window.tabs.setCurrentIndex(3)
    save("all-goals-overview.png")

    window.tabs.setCurrentIndex(0)
    window.on_search_library()
    window.search.field.setText("familjehem")
    window.search.run_search()
    save("search-results.png")
    window.search_dock.hide()

    window.tabs.setCurrentIndex(4)
    meetings = window.show_tab("meeting")
    meetings.reload_meetings(select=meeting)  # type: ignore[attr-defined]
    save("meeting-preparation.png")

    preview = window.annotations.preview_summary(meeting)
    preview.resize(1000, 1100)
    save("print-preview.png", preview)
    preview.close()

    flags(window, save, reports)
    original_pages(window, save)
    large_text(window, save, reports)
    corrections(window, save, reports)  # last: it imports another report
    window.close()
    summary_page(meeting)


def flags(window, save, reports) -> None:  # type: ignore[no-untyped-def]
    """Att fråga om: the 2024 annual report's list, and a marker in the goal view."""
    from desktop.store import queries

    window.show_tab("reader")
    window.open_report(reports[("Helsingborg", "Årsbokslut 2024")])
    view = window.show_tab("flags")
    chosen = next(f for f in view.list_model.items if f.subject.startswith("Andel barn"))
    view.select_flag(chosen.id)
    save("flags-2024-annual.png")
    deviation = next(f for f in view.list_model.items if f.kind == "budget_deviation")
    view.select_flag(deviation.id)
    save("flags-2024-annual-deviation.png")

    report_2017 = reports[("Helsingborg", "Årsbokslut 2017")]
    window.open_report(report_2017)
    goal = next(g.id for g in queries.report_goals(window.conn, report_2017)
                if g.title.startswith("Vi ska öka den enskildes möjlighet till personlig"))  # fmt: skip
    window.show_goal(goal)
    save("goal-view-flag-marker-2017.png")


def original_pages(window, save) -> None:  # type: ignore[no-untyped-def]
    """A real PDF imported as a member would, its summary, and its pages beside the text."""
    from PySide6.QtWidgets import QApplication

    from desktop.store import queries
    from desktop.ui.import_dialog import ImportDialog

    pdf = REPO / "tests" / "corpus" / "kalmar-tekniska-namnden-arsbokslut-2025.pdf"
    dialog = ImportDialog(window.library_path, [pdf], window)
    dialog.imported.connect(window._after_import)
    dialog.show()
    while dialog.result_ is None:
        QApplication.processEvents()
    dialog.resize(720, 420)
    save("import-summary-pdf.png", dialog)
    dialog.close()
    report = next(r.id for r in queries.list_reports(window.conn) if r.source_name == pdf.name)
    window.show_tab("reader")
    window.open_report(report)
    section = next(s for s in queries.report_sections(window.conn, report)
                   if s.heading.endswith("Ekonomiskt resultat i korthet"))  # fmt: skip
    window.reader.scroll_to_section(section.id)
    window.original.show_current()
    save("original-page-beside-reader.png")
    goal = next(g.id for g in queries.report_goals(window.conn, report)
                if g.title.startswith("Matsvinnet"))  # fmt: skip
    window.show_goal(goal)
    window.tab("goal").original_button.click()
    save("original-page-beside-goal.png")
    window.original.dock.hide()


def corrections(window, save, reports) -> None:  # type: ignore[no-untyped-def]
    """The secretary's review of an imported PDF, and a corrected value in the goal view."""
    from PySide6.QtWidgets import QApplication

    from desktop.corrections.review import build_review
    from desktop.store import queries
    from desktop.ui.import_dialog import ImportDialog

    pdf = REPO / "tests" / "corpus" / "lulea-barn-och-utbildningsnamnden-delarsrapport-2025-08.pdf"
    dialog = ImportDialog(window.library_path, [pdf], window)
    dialog.imported.connect(window._after_import)
    dialog.show()
    while dialog.result_ is None:
        QApplication.processEvents()
    dialog.close()
    report = next(r.id for r in queries.list_reports(window.conn) if r.source_name == pdf.name)
    model = window.corrections.model
    model.set_scope("library")
    model.set_author("Anna Berg")
    view = window.corrections.review(report)
    view.window().resize(1500, 940)
    title = "Sjukfrånvaro i procent av ordinarie arbetstid"
    start = view.review.text.index(title)
    view.select_text(start, start + len(title))
    view.on_add_goal()  # a goal the reader missed, its title selected in the text
    added = next(i for i in view.item_rows() if i.kind == "goal" and i.label == title)
    view.select("goal", added.id)
    view.set_goal_status("not_achieved")  # as the coloured symbol on the page shows it
    table = next(i for i in view.item_rows()
                 if i.kind == "table" and i.extra["header"][1:] == ["jan–aug"] * 2)  # fmt: skip
    view.select("table", table.id)
    view.set_table_kind("kpi")
    view.select("table", table.id)
    save("review-imported-pdf.png", view.window())
    view.window().close()

    from desktop.corrections import actions

    # the OCR'd 2024 report: its family-home share for 2024, as printed on the page
    ocr = build_review(window.conn, reports[("Helsingborg", "Årsbokslut 2024")])
    kpi = next(c for i in ocr.items for c in i.children
               if c.kind == "kpi" and "familjehem" in c.label and 2024 in c.value)  # fmt: skip
    model.save(actions.set_kpi(ocr, kpi, "value", 41.0, 2024, author="Anna Berg",
                               origin="library"))  # fmt: skip
    annual = reports[("Helsingborg", "Årsbokslut 2021")]
    review = build_review(window.conn, annual)
    goal = next(i for i in review.items if i.kind == "goal" and "familjehem" in i.label)
    model.save(actions.set_goal(review, goal, "status", "partly", author="Anna Berg",
                                origin="library"))  # fmt: skip
    window.show_goal(goal.id)
    save("goal-view-corrected-value.png")
    while model.undo_stack.canUndo():  # the other screenshots show the reports as printed
        model.undo_stack.undo()
    model.set_scope("own")


def large_text(window, save, reports) -> None:  # type: ignore[no-untyped-def]
    """The reader, goal view and comparison at 200 % text size (Ctrl + until doubled)."""
    from desktop.store import queries
    from desktop.ui.text_size import text_size

    size = text_size()
    size.set_point_size(2 * size.default())
    report_2021 = reports[("Helsingborg", "Årsbokslut 2021")]
    window.show_tab("reader")
    window.open_report(report_2021)
    goals = next(s for s in queries.report_sections(window.conn, report_2021)
                 if s.heading == "Nämndens mål")  # fmt: skip
    window.reader.scroll_to_section(goals.id)
    save("reader-200-percent.png")
    interim = reports[("Helsingborg", "Delårsrapport augusti 2023")]
    window.open_report(interim)
    result = next(s for s in queries.report_sections(window.conn, interim)
                  if s.heading == "Årets resultat")  # fmt: skip
    window.reader.scroll_to_section(result.id)
    save("reader-table-200-percent.png")
    window.open_report(report_2021)
    family = next(g.id for g in queries.report_goals(window.conn, report_2021)
                  if "familjehem" in g.title)  # fmt: skip
    window.show_goal(family)
    save("goal-view-200-percent.png")
    compare = window.show_tab("compare")
    compare.compare(report_2021, reports[("Helsingborg", "Årsbokslut 2024")])  # type: ignore[attr-defined]
    compare.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    save("compare-goals-200-percent.png")
    compare.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    save("compare-kpis-200-percent.png")
    size.set_point_size(size.default())


def sample_meeting(conn) -> int:  # type: ignore[no-untyped-def]
    """A member's evening before the meeting: a goal note, two quoted passages, a question."""
    from desktop.annotate import notes
    from desktop.store import queries
    from desktop.store.userdb import open_user_db

    user = open_user_db()
    report = next(r for r in queries.list_reports(conn) if r.period_end == "2021-12-31")
    goal = next(g for g in queries.report_goals(conn, report.id) if "jourhem" in g.title)
    sections = queries.report_sections(conn, report.id)
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    notes.add(user, report, "note", goal_title=goal.title, meeting_id=meeting,
              body="Andelen har sjunkit tre år i rad. Vad gör förvaltningen för att rekrytera fler familjehem?")  # fmt: skip
    for needle, kind, body in (
        (
            "brist på familjehem",
            "question",
            "Hur många barn väntade längre än sex månader, och hur länge?",
        ),
        ("Digital socialtjänst", "note", "Bra – be om en uppföljning av e-tjänsterna i vår."),
        ("Graden av måluppfyllnad", "question", "Vilka mål bedöms inte nås 2022, och varför?"),
    ):
        section = next(s for s in sections if needle in s.text)
        before = section.text.rfind(". ", 0, section.text.index(needle))
        start = before + 2 if before >= 0 else section.text.index(needle)
        end = section.text.find(".", section.text.index(needle)) + 1
        notes.add(user, report, kind, section=section, start=start, end=end, body=body,
                  meeting_id=meeting)  # fmt: skip
    user.close()
    return meeting


def summary_page(meeting: int) -> None:
    """The first page of the printed summary, rendered by poppler as a reader would see it."""
    import subprocess

    from desktop.export.summary_pdf import write_summary_pdf

    pdf = Path(os.environ["NAMNDLASAREN_HOME"]) / "summary.pdf"
    write_summary_pdf(pdf, meeting)
    subprocess.run(["pdftoppm", "-r", "90", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf),
                    str(OUT / "summary-page-1")], check=True)  # fmt: skip
    print(OUT / "summary-page-1.png")


if __name__ == "__main__":
    main()

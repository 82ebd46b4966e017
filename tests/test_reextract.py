"""A newer reader reads again only the reports it changes; a PDF is read again from the
bytes kept with it, with its pages and layout."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, REPORTS_DIR

from desktop.ingest.templates import TEMPLATES
from desktop.store import layout, queries
from desktop.store.library import add_report, open_library, reextract_library

CORPUS = Path(__file__).resolve().parent / "corpus"


def _templates(path: Path) -> dict[str, tuple[str, int]]:
    conn = open_library(path)
    try:
        rows = conn.execute("SELECT sha256, template, template_version FROM reports").fetchall()
    finally:
        conn.close()
    return {sha: (template, version) for sha, template, version in rows}


def test_a_template_version_bump_reads_only_its_reports_again(
    tmp_path: Path, built_library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library.db"
    shutil.copy(built_library, library)
    assert reextract_library(library, REPORTS_DIR, everything=False) == 0  # nothing is stale
    huddinge = next(t for t in TEMPLATES if t.name == "huddinge-2021")
    monkeypatch.setattr(type(huddinge), "version", huddinge.version + 1)
    assert reextract_library(library, REPORTS_DIR, everything=False) == 1
    versions = {template: version for template, version in _templates(library).values()}
    assert versions["huddinge-2021"] == huddinge.version
    assert reextract_library(library, REPORTS_DIR, everything=False) == 0


def test_an_imported_pdf_keeps_its_bytes_pages_and_layout_and_is_read_again_from_them(
    tmp_path: Path,
) -> None:
    from desktop.ingest.pipeline import extract_file

    pdf = CORPUS / "lulea-barn-och-utbildningsnamnden-delarsrapport-2025-08.pdf"
    library = tmp_path / "library.db"
    conn = open_library(library)
    report = extract_file(pdf)
    report_id = add_report(conn, report)
    stored = conn.execute(
        "SELECT kind, length(data) FROM report_sources WHERE report_id = ?", (report_id,)
    ).fetchone()
    assert tuple(stored) == ("pdf", pdf.stat().st_size)
    kept = layout.load(conn, report_id)
    assert kept is not None and kept.pages == 8
    goal = report.goals[0]
    assert goal.page == 4 and kept.page_of(goal.line_start) == 4
    [box] = kept.boxes(goal.line_start, goal.line_start)
    assert box.page == 4 and 0 < box.x0 < box.x1 < 595 and 0 < box.top < box.bottom < 842
    conn.close()
    pdf_copy = tmp_path / "moved-away.pdf"  # the original file is gone: the kept bytes serve
    shutil.copy(pdf, pdf_copy)
    pdf_copy.unlink()
    assert reextract_library(library, tmp_path / "no-bundled-reports") == 1
    conn = open_library(library)
    [(reread_id,)] = conn.execute("SELECT id FROM reports").fetchall()
    assert layout.load(conn, reread_id) is not None
    assert [g.title for g in queries.report_goals(conn, reread_id)] == [
        g.title for g in report.goals
    ]
    conn.close()


def test_every_section_goal_kpi_and_finance_row_of_a_pdf_has_its_page() -> None:
    from desktop.ingest.pipeline import extract_file

    report = extract_file(CORPUS / "kalmar-tekniska-namnden-arsbokslut-2025.pdf")
    items = [*report.sections, *report.goals, *report.kpis, *report.finance.income_statement,
             *report.finance.by_unit]  # fmt: skip
    assert items and all(item.page is not None and 1 <= item.page <= 39 for item in items)
    data = report.to_json()
    assert all(g["page"] for g in data["goals"]) and all(k["page"] for k in data["kpis"])


assert FIXTURES.is_dir()

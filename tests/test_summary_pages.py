"""The printed summary keeps each goal on one page (A4, read back from the PDF)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desktop.analysis.series import SeriesPoint
from desktop.export.summary import GoalSummary, KpiSummary, Summary
from desktop.export.summary_pdf import a4_writer, paint_summary


def goal(n: int) -> GoalSummary:
    points = [SeriesPoint(year, 50.0 + year % 7, True, 1, "Årsbokslut 2024", "2024-12-31", "T", 1,
                          f"Nyckeltal {n}") for year in range(2016, 2025)]  # fmt: skip
    return GoalSummary(f"Målet nummer {n} ska nås", "not_achieved", "Årsbokslut 2024", 2024,
                       kpis=[KpiSummary(f"Nyckeltal {n}, procent", "percent", 60.0, points)])  # fmt: skip


def test_no_goal_runs_over_a_page_end(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = Summary(
        "Inför mötet", "2026-12-15", "2026-11-30", [goal(n) for n in range(1, 9)], [], []
    )
    output = tmp_path / "summary.pdf"
    writer = a4_writer(output)
    pages = paint_summary(summary, writer)
    del writer  # the file is written when the writer goes
    texts = [" ".join((page.extract_text() or "").split()) for page in PdfReader(output).pages]
    assert len(texts) == pages > 2
    for n in range(1, 9):
        page = next(i for i, t in enumerate(texts) if f"Målet nummer {n} ska nås" in t)
        goal_text = texts[page].split(f"Målet nummer {n} ska nås", 1)[1]
        goal_text = goal_text.split(f"Målet nummer {n + 1} ska nås", 1)[0]
        # the KPI's name and the last row of its table stand on the title's page
        assert f"Nyckeltal {n}, procent" in goal_text
        assert "2024 51 %" in goal_text

"""Two reports side by side: goal alignment, KPI and finance changes, analysis diff."""

from __future__ import annotations

import math
from pathlib import Path

from desktop.analysis.compare import compare_reports, default_pair, goals_overview, word_diff
from desktop.ingest.model import Finance, FinanceRow, Goal, Kpi, Report, Section
from desktop.store import queries
from desktop.store.library import add_report, open_library

GOAL_FAMILY = "Barn som placeras i jourhem ska vid behov erhålla ett familjehem inom högst 6 månader under {y}"
GOAL_YOUTH = "Under {y} ska minst 95 procent av de ungdomar som dömts till ungdomstjänst påbörja den inom 30 dagar"


def annual(year: int, goals: list[Goal], kpis: list[Kpi], finance: list[FinanceRow]) -> Report:
    return Report(
        "Helsingborg", "Socialnämnden", "annual", year, f"{year}-12-31", f"Årsbokslut {year}",
        sections=[Section("Nämndens mål", 1, "x"), Section("Ekonomiskt utfall", 1, "y")],
        goals=goals, kpis=kpis, finance=Finance(income_statement=finance),
        sha256=f"sha{year}", source_name=f"{year}.txt",
    )  # fmt: skip


def build(tmp_path: Path):  # type: ignore[no-untyped-def]
    conn = open_library(tmp_path / "library.db")
    add_report(conn, annual(
        2021,
        [Goal(GOAL_FAMILY.format(y=2021), "not_achieved", "Inte uppnått", "Pandemin påverkade utredningstakten."),
         Goal(GOAL_YOUTH.format(y=2021), "achieved", "Uppnått", "Under 2021 dömdes 27 unga.")],
        [Kpi("Andel familjehem inom 6 månader, procent", "Nyckeltal", "percent", {"2021": 68}, target=100),
         Kpi("Väntetid, antal dagar", "Väntetid", "days", {"2021": 46})],
        [FinanceRow("Kommunbidrag", {"Bokslut 2020": 546824, "Utfall 2021": 576399})],
    ))  # fmt: skip
    add_report(conn, annual(
        2024,
        [Goal(GOAL_FAMILY.format(y=2024), "not_achieved", "Inte uppnått", "Bristen på familjehem och pandemin påverkade."),
         Goal("Fler invånare ska uppleva att de fått ett tidigt stöd", "achieved", "Uppnått", "Nytt mål.")],
        [Kpi("Andel familjehem inom 6 månader, procent", "Nyckeltal", "percent", {"2024": 39}, target=100)],
        [FinanceRow("Kommunbidrag", {"Utfall 2024": 600000})],
    ))  # fmt: skip
    return conn


def test_default_pair_is_newest_annual_against_the_one_before(tmp_path: Path) -> None:
    conn = build(tmp_path)
    left, right = default_pair(queries.list_reports(conn)) or (None, None)
    assert (left.period_year, right.period_year) == (2021, 2024)  # type: ignore[union-attr]


def test_goals_aligned_new_and_dropped(tmp_path: Path) -> None:
    conn = build(tmp_path)
    reports = {r.period_year: r.id for r in queries.list_reports(conn)}
    comparison = compare_reports(conn, reports[2021], reports[2024])
    changes = [(p.left.title[:20] if p.left else None, p.right.title[:20] if p.right else None, p.change)
               for p in comparison.goals]  # fmt: skip
    assert changes == [
        ("Barn som placeras i ", "Barn som placeras i ", "unchanged"),
        ("Under 2021 ska minst", None, "dropped"),
        (None, "Fler invånare ska up", "new"),
    ]
    assert [(a.heading if a else None, b.heading if b else None) for a, b in comparison.sections] == [
        ("Nämndens mål", "Nämndens mål"), ("Ekonomiskt utfall", "Ekonomiskt utfall")]  # fmt: skip


def test_kpi_frame_change_and_target_direction(tmp_path: Path) -> None:
    conn = build(tmp_path)
    reports = {r.period_year: r.id for r in queries.list_reports(conn)}
    kpis = compare_reports(conn, reports[2021], reports[2024]).kpis
    assert kpis is not None
    family = kpis[kpis["kpi"].str.startswith("Andel familjehem")].iloc[0]
    assert (family["left"], family["right"], family["change"]) == (68, 39, -29)
    assert math.isnan(family["change_pct"])  # a share changes in procentenheter, not per cent
    assert not family["toward_target"]
    waiting = kpis[kpis["kpi"].str.startswith("Väntetid")].iloc[0]
    assert waiting["left"] == 46 and math.isnan(waiting["right"])


def test_finance_frame_uses_each_reports_own_result_column(tmp_path: Path) -> None:
    conn = build(tmp_path)
    reports = {r.period_year: r.id for r in queries.list_reports(conn)}
    finance = compare_reports(conn, reports[2021], reports[2024]).finance
    assert finance is not None
    row = finance.iloc[0]
    assert (row["left_column"], row["left"], row["right_column"], row["right"]) == (
        "Utfall 2021", 576399, "Utfall 2024", 600000)  # fmt: skip


def test_finance_result_column_is_chosen_per_table(built_library: Path) -> None:
    conn = open_library(built_library)
    reports = {r.label: r.id for r in queries.list_reports(conn) if r.municipality == "Helsingborg"}
    finance = compare_reports(conn, reports["Årsbokslut 2021"], reports["Årsbokslut 2024"]).finance
    assert finance is not None
    assert list(finance["kind"]).index("by_unit") > list(finance["kind"]).index("income_statement")
    units = finance[finance["kind"] == "by_unit"].set_index("row")
    # the 2024 OCR lost the units' Utfall 2024: no value, never the Internbudget column's 0
    assert set(units["right_column"].dropna()) == {"Utfall 2024"}
    assert math.isnan(units.loc["Vuxen", "right"]) and units.loc["Vuxen", "left"] == -5672
    assert units.loc["Totalt socialnämnden", "right"] == -7673


def test_word_diff_marks_inserted_words() -> None:
    diff = word_diff("Pandemin påverkade.", "Bristen på familjehem och pandemin påverkade.")
    assert ("insert", "Bristen på familjehem och pandemin ") in diff or any(
        op == "insert" for op, _ in diff
    )
    assert (
        "".join(t for op, t in diff if op != "delete")
        == "Bristen på familjehem och pandemin påverkade."
    )
    assert "".join(t for op, t in diff if op != "insert") == "Pandemin påverkade."


def test_goals_overview_grid(tmp_path: Path) -> None:
    conn = build(tmp_path)
    grid = goals_overview(conn, "Helsingborg", "Socialnämnden")
    assert list(grid.columns) == ["Årsbokslut 2021", "Årsbokslut 2024"]
    assert grid.loc[GOAL_FAMILY.format(y=2024)].tolist() == ["not_achieved", "not_achieved"]
    assert len(grid) == 3


def test_sections_of_2021_and_2024_pair_up_by_heading(built_library: Path) -> None:
    from desktop.analysis.compare import align_sections

    conn = open_library(built_library)
    reports = {r.label: r.id for r in queries.list_reports(conn) if r.municipality == "Helsingborg"}
    left = queries.report_sections(conn, reports["Årsbokslut 2021"])
    right = queries.report_sections(conn, reports["Årsbokslut 2024"])
    pairs = {new.heading: old.heading for old, new in align_sections(left, right) if old and new}
    # 2024 prints its first heading cut short
    assert pairs["Året i korthet utifrån nämndens uppdrag"] == (
        "Året i korthet utifrån nämndens uppdrag och inriktning"
    )
    for heading in ("Nämndens mål", "Nyckeltal för nämndens uppdrag och inriktning",
                    "Ekonomiskt utfall", "Offentliga bidrag", "Investeringar",
                    "Ekonomiskt utfall per verksamhet"):  # fmt: skip
        assert pairs[heading] == heading

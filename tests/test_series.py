"""KPI series across reports: linking names, final vs preliminary, provenance."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.analysis.kpi_names import NamedKpi, cluster_names, name_key
from desktop.analysis.series import find_series
from desktop.ingest.model import Kpi, Report
from desktop.store.library import add_report, open_library

FAMILY_HOME = (
    "Andel barn placerade i jourhem, med behov av familjehem, som erhåller ett familjehem"
    " inom högst 6 månader, procent"
)


def report(sha: str, rtype: str, end: str, kpis: list[Kpi]) -> Report:
    return Report("Helsingborg", "Socialnämnden", rtype, int(end[:4]), end, sha, kpis=kpis,
                  sha256=sha, source_name=f"{sha}.txt")  # fmt: skip


def test_name_key_ignores_reporting_remarks_and_diacritics() -> None:
    plain = name_key("Andel ansökningar, procent")
    assert (
        name_key(
            "Andel ansokningar, procent per tertial (årsbokslutet innehåller ackumulerat resultat)"
        )
        == plain
    )
    assert name_key("ANDEL ANSÖKNINGAR procent") == plain


def test_cluster_keeps_different_units_and_different_kpis_apart() -> None:
    names = [
        NamedKpi(FAMILY_HOME, "percent", 3),
        NamedKpi(FAMILY_HOME.replace("högst 6", "hogst 6").replace(",", ""), "percent"),
        NamedKpi("Antal placerade barn i jourhem", "count"),
        NamedKpi("Antal placerade barn i familjehem", "count"),
    ]
    series_of = cluster_names(names)
    assert series_of[name_key(names[0].name)] == series_of[name_key(names[1].name)]
    assert series_of[name_key(names[2].name)] != series_of[name_key(names[3].name)]


def test_cluster_respects_a_members_split() -> None:
    a, b = (
        NamedKpi("Andel nöjda brukare, procent", "percent"),
        NamedKpi("Andel nöjda brukare procent", "percent"),
    )
    assert len(set(cluster_names([a, b]).values())) == 1
    split = cluster_names([a, b], overrides={name_key(b.name): "egen serie"})
    assert split[name_key(b.name)] == "egen serie"


def test_final_beats_preliminary_and_disagreement_is_kept(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    add_report(
        conn,
        report(
            "a21",
            "annual",
            "2021-12-31",
            [Kpi(FAMILY_HOME, "Nyckeltal", "percent", {"2020": 67, "2021": 68})],
        ),
    )
    add_report(
        conn,
        report(
            "i23",
            "interim",
            "2023-08-31",
            [
                Kpi(
                    FAMILY_HOME.replace("jourhem,", "jour- hem,"),
                    "Nyckeltal",
                    "percent",
                    {"2022": 57, "2023": 63},
                )
            ],
        ),
    )
    add_report(
        conn,
        report(
            "a24",
            "annual",
            "2024-12-31",
            [Kpi(FAMILY_HOME, "Nyckeltal", "percent", {"2023": 59, "2024": 39})],
        ),
    )
    series = find_series(conn, "familjehem inom högst 6 månader")
    assert series is not None
    best = {p.year: (p.value, p.final, p.report_label) for p in series.best_points()}
    assert best == {
        2020: (67, True, "Årsbokslut 2021"),
        2021: (68, True, "Årsbokslut 2021"),
        2022: (57, True, "Delårsrapport augusti 2023"),
        2023: (59, True, "Årsbokslut 2024"),
        2024: (39, True, "Årsbokslut 2024"),
    }
    [other] = series.disagreements()[2023]
    assert (other.value, other.final, other.report_label) == (
        63,
        False,
        "Delårsrapport augusti 2023",
    )


def test_latest_final_wins_a_restatement(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    add_report(
        conn,
        report("a21", "annual", "2021-12-31", [Kpi("Väntetid, dagar", "V", "days", {"2020": 47})]),
    )
    add_report(
        conn,
        report("a22", "annual", "2022-12-31", [Kpi("Väntetid, dagar", "V", "days", {"2020": 45})]),
    )
    series = find_series(conn, "Väntetid")
    assert series is not None
    [point] = series.best_points()
    assert (point.value, point.report_label) == (45, "Årsbokslut 2022")
    assert [p.value for p in series.disagreements()[2020]] == [47]


def test_family_home_series_on_the_seed_library(built_library: Path) -> None:
    conn = sqlite3.connect(built_library)
    series = find_series(conn, FAMILY_HOME, "Helsingborg")
    assert series is not None, "the family-home KPI must be found in the seed library"
    best = {p.year: p for p in series.best_points()}
    assert sorted(best) == list(range(2018, 2025))
    assert (best[2023].value, best[2023].final) == (59, True)
    assert best[2023].report_label == "Årsbokslut 2024"
    assert best[2024].value == 39
    assert [(p.value, p.final) for p in series.disagreements()[2023]] == [(63, False)]


def test_series_command_json(library_home: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "series", "familjehem inom högst 6 månader",
         "--municipality", "Helsingborg", "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(out.stdout)
    assert data["unit"] == "percent"
    points_2023 = [p for p in data["points"] if p["year"] == 2023]
    assert [(p["value"], p["final"], p["best"]) for p in points_2023] == [
        (59, True, True),
        (63, False, False),
    ]
    assert points_2023[0]["source"]["report"] == "Årsbokslut 2024"


def test_members_split_and_merge_are_kept_in_user_db(tmp_path: Path) -> None:
    from desktop.analysis.series import SeriesIndex
    from desktop.analysis.series_overrides import load_overrides
    from desktop.store.userdb import merge_series, open_user_db, split_series

    conn = open_library(tmp_path / "library.db")
    add_report(
        conn,
        report(
            "a21",
            "annual",
            "2021-12-31",
            [Kpi("Andel nöjda brukare, procent", "N", "percent", {"2021": 80})],
        ),
    )
    add_report(conn, report("a22", "annual", "2022-12-31", [Kpi("Andel nöjda brukarna, procent", "N", "percent", {"2022": 82}),
                                                            Kpi("Antal brukare", "N", "count", {"2022": 900})]))  # fmt: skip
    index = SeriesIndex(conn, "Helsingborg", "Socialnämnden")
    key = index.series_key("Andel nöjda brukare, procent")
    assert len(index.load(key).points) == 2
    user = open_user_db(tmp_path / "user.db")
    split_series(user, name_key("Andel nöjda brukarna, procent"), "Helsingborg", "Socialnämnden")
    user.close()
    # a new connection, as after a restart: the member's choice is still there
    overrides = load_overrides(open_user_db(tmp_path / "user.db"))
    index = SeriesIndex(conn, "Helsingborg", "Socialnämnden", overrides)
    assert [
        p.value for p in index.load(index.series_key("Andel nöjda brukare, procent")).points
    ] == [80]
    user = open_user_db(tmp_path / "user.db")
    merge_series(user, name_key("Antal brukare"), key, "Helsingborg", "Socialnämnden")
    index = SeriesIndex(conn, "Helsingborg", "Socialnämnden", load_overrides(user))
    assert sorted(p.value for p in index.load(key).points) == [80, 900]


def test_names_differing_by_a_word_are_different_kpis() -> None:
    from desktop.analysis.kpi_names import same_kpi

    def same(a: str, b: str) -> bool:
        return same_kpi(name_key(a), name_key(b))

    assert not same("Genomsnittlig väntetid från ansökan till beslut om insats, antal dagar",
                    "Genomsnittlig väntetid från anmälan till beslut om insats, antal dagar")  # fmt: skip
    assert same("Antal vårddyggn externa placeringar och boenden per tertial (årsbokslutet innehåller ackumulerat resultat)",
                "Antal vårddygn externaplaceringar och boenden")  # fmt: skip

"""'Att fråga om': the checks on the bundled reports (against a key read by hand) and on
small reports made to trigger, or not trigger, each kind of flag.

The synthetic reports go through the real store (store.library.add_report into a real
SQLite file); the checks run as the app runs them (analysis.flags.refresh / report_flags).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import FIXTURES

from desktop.analysis import flags as F
from desktop.analysis.flags import FlagSettings, library_flags, refresh, report_flags
from desktop.ingest.model import Block, FinanceRow, Goal, Kpi, Report, Section
from desktop.store.library import add_report, open_library
from desktop.store.queries import list_reports

KEY = json.loads((FIXTURES / "flags_answer_key.json").read_text(encoding="utf-8"))


# --- the bundled reports ---------------------------------------------------------------


@pytest.fixture(scope="module")
def bundled(built_library: Path, tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    path = tmp_path_factory.mktemp("flags") / "library.db"
    shutil.copy(built_library, path)
    conn = open_library(path)
    refresh(conn, force=True, overrides={})
    return conn


def _files(conn: sqlite3.Connection) -> dict[int, str]:
    return {r.id: r.source_name for r in list_reports(conn)}


def _matches(flag: F.Flag, entry: dict, files: dict[int, str]) -> bool:  # type: ignore[type-arg]
    return (
        files[flag.report_id] == entry["report"]
        and flag.kind == entry["kind"]
        and flag.subject.startswith(entry["subject"])
    )


def test_every_flag_on_the_bundled_reports_is_in_the_key_and_every_key_entry_is_raised(
    bundled: sqlite3.Connection,
) -> None:
    files = _files(bundled)
    found = library_flags(bundled, FlagSettings())
    unexpected = [
        f"{files[f.report_id]}: {f.kind}: {f.explanation}"
        for f in found
        if not any(_matches(f, e, files) for e in KEY["flags"])
    ]
    missing = [
        f"{e['report']}: {e['kind']}: {e['subject']}"
        for e in KEY["flags"]
        if sum(_matches(f, e, files) for f in found) != 1
    ]
    assert not unexpected, "flags not in the answer key:\n" + "\n".join(unexpected)
    assert not missing, "answer key entries raised not exactly once:\n" + "\n".join(missing)
    assert len(found) == len(KEY["flags"])


@pytest.mark.parametrize("entry", KEY["flags"], ids=lambda e: f"{e['kind']}:{e['subject'][:30]}")
def test_each_flag_shows_the_figures_read_by_hand(bundled: sqlite3.Connection, entry: dict) -> None:  # type: ignore[type-arg]
    files = _files(bundled)
    flag = next(f for f in library_flags(bundled) if _matches(f, entry, files))
    values = {(files[e.report_id], e.role): e.value for e in flag.evidence}
    texts = [e.text for e in flag.evidence]
    assert all(e.report_label and e.text for e in flag.evidence)  # something to open, always
    if entry["kind"] == "preliminary_vs_final":
        for file, value in entry["values"].items():
            assert values[(file, "value")] == pytest.approx(value)
            assert any(e.year == entry["year"] for e in flag.evidence)
    elif entry["kind"] == "budget_deviation":
        shown = sorted(e.value for e in flag.evidence if e.role == "value")
        assert shown == sorted([entry["budget"], entry["outcome"]])
        explanation = [e.text for e in flag.evidence if e.role == "explanation"]
        if entry["explained_by"] is None:
            assert not explanation and flag.note
        else:
            assert explanation and explanation[0].startswith(entry["explained_by"])
            assert flag.note is None
    elif entry["kind"] == "status_vs_indicators":
        kpi = next(e for e in flag.evidence if e.role == "value")
        assert kpi.text.startswith(entry["kpi"]) and kpi.value == entry["value"]
        assert kpi.year == entry["year"]
        assert any(e.role == "status" for e in flag.evidence)
    elif entry["kind"] == "text_vs_numbers":
        assert any(t.startswith(entry["sentence"]) for t in texts)
        kpi = next(e for e in flag.evidence if e.role == "value" and e.year == entry["year"])
        assert kpi.value == entry["value"]
        assert str(entry["said"]) in flag.explanation
    elif entry["kind"] == "continuity":
        assert all(files[e.report_id] == entry["from"] for e in flag.evidence)
    else:
        raise AssertionError(f"no rule for {entry['kind']}")


def test_the_family_home_kpi_of_2023_is_63_in_the_interim_report_and_59_in_the_annual_one(
    bundled: sqlite3.Connection,
) -> None:
    files = {v: k for k, v in _files(bundled).items()}
    annual = files["helsingborg-socialnamnden-arsbokslut-2024-ocr.txt"]
    flag = next(f for f in report_flags(bundled, annual) if f.subject.startswith("Andel barn"))
    assert flag.kind == F.RESTATED
    assert "63 % (preliminärt) i Delårsrapport augusti 2023" in flag.explanation
    assert "59 % i Årsbokslut 2024" in flag.explanation
    assert flag.question.endswith("?")


def test_a_kind_switched_off_and_a_higher_threshold_hide_flags(bundled: sqlite3.Connection) -> None:
    everything = library_flags(bundled)
    without = library_flags(bundled, FlagSettings(off=frozenset({F.DEVIATION})))
    assert len(without) == sum(f.kind != F.DEVIATION for f in everything)
    higher = library_flags(bundled, FlagSettings(deviation_mnkr=10.0))
    shown = {f.subject for f in higher if f.kind == F.DEVIATION}
    assert "Vuxen" in shown and "Personal" in shown  # −33,4 and −11,9 mnkr
    assert "Gemensamma resurser" not in shown and "Övrigt" not in shown
    lower = library_flags(bundled, FlagSettings(deviation_percent=0.1, deviation_mnkr=0.5))
    assert any(f.subject == "Lokaler" for f in lower)  # −0,85 mnkr (4 %) of Huddinge's
    assert len(lower) > len(everything)


def test_filters_by_kind_and_committee(bundled: sqlite3.Connection) -> None:
    huddinge = library_flags(bundled, owner=("Huddinge", "Socialnämnden"))
    assert huddinge and all(f.report_id == huddinge[0].report_id for f in huddinge)
    assert {f.kind for f in library_flags(bundled, kind=F.RESTATED)} == {F.RESTATED}


# --- synthetic reports -----------------------------------------------------------------


def make_report(
    year: int,
    *,
    kind: str = "annual",
    goals: list[Goal] | None = None,
    kpis: list[Kpi] | None = None,
    income: list[FinanceRow] | None = None,
    by_unit: list[FinanceRow] | None = None,
    paragraphs: list[tuple[str, str]] | None = None,
    municipality: str = "Provby",
    committee: str = "Socialnämnden",
) -> Report:
    """A report as ingest would give it: goals, KPI rows, finance rows, and a finance part
    whose paragraphs ((heading, text) pairs) follow the tables."""
    end = f"{year}-12-31" if kind == "annual" else f"{year}-08-31"
    sections = [Section("Nämndens mål", 1, "", line_start=1, line_end=99)]
    line = 200
    finance_rows = (income or []) + (by_unit or [])
    for row in finance_rows:
        row.line = line
        line += 1
    sections.append(Section("Ekonomi", 1, "", line_start=200, line_end=line))
    for heading, text in paragraphs or []:
        line += 2
        sections.append(
            Section(heading, 2, text, [Block("text", text, 0, len(text), line, line)], line, line)
        )
    sha = f"{municipality}-{committee}-{end}-{len(goals or [])}-{len(kpis or [])}"
    return Report(
        municipality, committee, kind, year, end, f"Rapport {end}",  # type: ignore[arg-type]
        sections=sections, goals=goals or [], kpis=kpis or [],
        finance=_finance(income, by_unit), sha256=sha, source_name=f"{sha}.txt",
    )  # fmt: skip


def _finance(income: list[FinanceRow] | None, by_unit: list[FinanceRow] | None):  # type: ignore[no-untyped-def]
    from desktop.ingest.model import Finance

    return Finance(income_statement=income or [], by_unit=by_unit or [])


def goal(title: str, status: str, analysis: str = "") -> Goal:
    return Goal(title, status, status, analysis)  # type: ignore[arg-type]


def kpi(name: str, unit: str, values: dict[int, float], target: float | None = None,
        raw: str | None = None, goal_index: int | None = None, note: str | None = None) -> Kpi:  # fmt: skip
    return Kpi(name, "Nyckeltal", unit, {str(y): v for y, v in values.items()}, target=target,  # type: ignore[arg-type]
               target_raw=raw, goal_index=goal_index, period_note=note, line_start=50)  # fmt: skip


def row(label: str, **columns: float | None) -> FinanceRow:
    return FinanceRow(label, {k.replace("_", " "): v for k, v in columns.items()})


@pytest.fixture
def library(tmp_path: Path) -> sqlite3.Connection:
    return open_library(tmp_path / "library.db")


def flags_of(conn: sqlite3.Connection, *reports: Report, kind: str | None = None) -> list[F.Flag]:
    for report in reports:
        add_report(conn, report)
    refresh(conn, overrides={})
    return library_flags(conn, FlagSettings(), kind=kind)


def test_status_achieved_while_a_kpi_missed_its_target(library: sqlite3.Connection) -> None:
    found = flags_of(library, make_report(2022, goals=[goal("Fler ska få stöd i tid", "achieved")],
                                          kpis=[kpi("Andel beslut inom 14 dagar", "percent", {2022: 81.0},
                                                    81.0 + 9, "≥ 90 %", goal_index=0)]),
                     kind=F.STATUS)  # fmt: skip
    assert len(found) == 1
    assert "81 % mot minst 90 %" in found[0].explanation


@pytest.mark.parametrize(
    ("status", "value", "raw", "target", "flagged"),
    [
        ("achieved", 6.0, "Högst 5 %", 5.0, True),  # lower is better: 6 misses "at most 5"
        ("achieved", 4.0, "Högst 5 %", 5.0, False),
        ("not_achieved", 4.0, "Högst 5 %", 5.0, True),  # every KPI met: why not achieved?
        ("not_achieved", 6.0, "Högst 5 %", 5.0, False),
        ("achieved", 40.0, "50 %", 50.0, False),  # a bare target has no direction: undecided
        ("achieved", 95.0, "100 %", 100.0, True),  # a share's 100 % can only be reached
        ("partly", 40.0, "Minst 50 %", 50.0, False),  # partly achieved is neither
        ("achieved", None, "Minst 50 %", 50.0, False),  # no value for the year
    ],
)
def test_status_respects_the_direction_and_says_nothing_when_undecided(
    library: sqlite3.Connection, status: str, value: float | None, raw: str, target: float,
    flagged: bool,
) -> None:  # fmt: skip
    values = {2021: 3.0} if value is None else {2022: value}
    found = flags_of(library, make_report(2022, goals=[goal("Målet", status)],
                                          kpis=[kpi("Andel", "percent", values, target, raw, 0)]),
                     kind=F.STATUS)  # fmt: skip
    assert bool(found) is flagged


def test_status_ignores_a_kpi_only_worded_like_the_goal(library: sqlite3.Connection) -> None:
    found = flags_of(library, make_report(2022, goals=[goal("Andel beslut inom 14 dagar ska öka", "achieved")],
                                          kpis=[kpi("Andel beslut inom 14 dagar", "percent", {2022: 50.0}, 90.0,
                                                    "Minst 90 %")]),
                     kind=F.STATUS)  # fmt: skip
    assert found == []


def test_preliminary_share_differs_from_the_annual_figure(library: sqlite3.Connection) -> None:
    interim = make_report(
        2022,
        kind="interim",
        kpis=[kpi("Andel nöjda brukare, procent", "percent", {2021: 70.0, 2022: 63.0})],
    )
    annual = make_report(2023, kpis=[kpi("Andel nöjda brukare, procent", "percent",
                                         {2021: 70.0, 2022: 59.0, 2023: 61.0})])  # fmt: skip
    found = flags_of(library, interim, annual, kind=F.RESTATED)
    assert len(found) == 1
    flag = found[0]
    assert "63 % (preliminärt)" in flag.explanation and "59 %" in flag.explanation
    assert {e.value for e in flag.evidence} == {63.0, 59.0}
    assert list_reports(library)[0].id == flag.report_id  # in the newer report's list


@pytest.mark.parametrize(
    ("unit", "interim", "annual", "flagged"),
    [
        ("count", 400.0, 610.0, False),  # a part-year count is not the year's
        ("days", 40.0, 44.0, True),  # an average is comparable
        ("percent", 62.5, 63.0, False),  # the same figure rounded
        ("percent", 63.0, 63.0, False),
    ],
)
def test_preliminary_comparisons_that_say_nothing(library: sqlite3.Connection, unit: str,
                                                  interim: float, annual: float, flagged: bool) -> None:  # fmt: skip
    found = flags_of(
        library,
        make_report(2022, kind="interim", kpis=[kpi("Antal ärenden", unit, {2022: interim})]),
        make_report(2022, kpis=[kpi("Antal ärenden", unit, {2022: annual})]),
        kind=F.RESTATED,
    )
    assert bool(found) is flagged


def test_a_later_report_restating_history_is_flagged_with_both_sources(
    library: sqlite3.Connection,
) -> None:
    first = make_report(
        2021, kpis=[kpi("Antal inledda utredningar", "count", {2020: 3071.0, 2021: 3123.0})]
    )
    later = make_report(2022, kpis=[kpi("Antal inledda utredningar", "count", {2020: 3071.0, 2021: 2100.0,
                                                                              2022: 3000.0})])  # fmt: skip
    (flag,) = flags_of(library, first, later, kind=F.RESTATED)
    assert "3 123 i Årsbokslut 2021 men 2 100 i Årsbokslut 2022" in flag.explanation
    assert sorted(e.report_label for e in flag.evidence) == ["Årsbokslut 2021", "Årsbokslut 2022"]


SHARE = "Andel ansökningar av alla ärenden"


@pytest.mark.parametrize(
    ("analysis", "flagged"),
    [
        ("Andelen ansökningar har ökat jämfört med föregående år.", True),  # it fell 14 → 12
        ("Andelen ansökningar har minskat.", False),
        ("Andelen ansökningar har inte ökat.", False),  # negated
        ("Under året är andelen ansökningar 15 %.", True),  # the table says 12 %
        ("Under året är andelen ansökningar 12 %.", False),
        ("Andelen ansökningar har under andra tertialen uppgått till 15 %.", False),  # part of year
        ("Målet är att andelen ansökningar ska vara minst 15 %.", False),  # a threshold
        ("Andelen ansökningar var 15 % år 2020.", False),  # no value for 2020 in the table
        ("Ett ökat intresse för ansökningar syns i andelen ansökningar.", False),  # attributive
        ("Andelen ansökningar har förbättrats.", True),  # higher is better, and it fell
        ("Det har skett en minskning av andelen ansökningar.", False),
        ("Det har skett en ökning av andelen ansökningar.", True),
        ("Antalet besök har ökat.", False),  # another thing altogether
    ],
)
def test_text_vs_numbers_reads_one_claim_about_one_kpi(
    library: sqlite3.Connection, analysis: str, flagged: bool
) -> None:
    report = make_report(
        2022,
        goals=[goal("Fler ska söka stöd själva", "not_achieved", analysis)],
        kpis=[kpi(SHARE, "percent", {2021: 14.0, 2022: 12.0}, 18.0, "Minst 18 %", goal_index=0)],
    )
    found = flags_of(library, report, kind=F.TEXT)
    assert bool(found) is flagged, [f.explanation for f in found]
    if found:
        assert found[0].evidence[0].role == "text" and found[0].evidence[0].text == analysis


def test_text_vs_numbers_names_the_sentence_and_both_figures(library: sqlite3.Connection) -> None:
    (flag,) = flags_of(library, make_report(
        2022, goals=[goal("Fler ska söka stöd själva", "achieved",
                          "Totalt sett under året är andelen ansökningar 15 %. Det är bra.")],
        kpis=[kpi(SHARE, "percent", {2022: 12.0}, goal_index=0)]), kind=F.TEXT)  # fmt: skip
    assert flag.explanation == (
        f"Målanalysen anger 15 % för ”{SHARE}” 2022, men tabellen visar 12 %."
    )


def test_text_vs_numbers_says_nothing_when_two_kpis_could_be_meant(
    library: sqlite3.Connection,
) -> None:
    found = flags_of(library, make_report(
        2022, goals=[goal("Kortare väntan", "achieved", "Väntetiden från ansökan har ökat.")],
        kpis=[kpi("Väntetid från ansökan till beslut, dagar", "days", {2021: 50.0, 2022: 40.0}, goal_index=0),
              kpi("Väntetid från ansökan till insats, dagar", "days", {2021: 50.0, 2022: 45.0}, goal_index=0)]),
        kind=F.TEXT)  # fmt: skip
    assert found == []


def _income(budget: float, outcome: float, *, revenue: tuple[float, float] = (100_000, 100_000)
            ) -> list[FinanceRow]:  # fmt: skip
    costs = (revenue[0] - budget, revenue[1] - outcome)
    return [
        row("Kommunbidrag", Internbudget_2022=revenue[0], Utfall_2022=revenue[1]),
        row("Summa intäkter", Internbudget_2022=revenue[0], Utfall_2022=revenue[1]),
        row("Kostnader", Internbudget_2022=-costs[0], Utfall_2022=-costs[1]),
        row("Summa kostnader", Internbudget_2022=-costs[0], Utfall_2022=-costs[1]),
        row("Årets resultat", Internbudget_2022=budget, Utfall_2022=outcome),
    ]


def test_sums_rows_that_do_not_add_up_to_their_total(library: sqlite3.Connection) -> None:
    rows = [
        row("Personal", Budget_2022=500.0, Utfall_2022=510.0),
        row("Lokaler", Budget_2022=100.0, Utfall_2022=100.0),
        row("Summa kostnader", Budget_2022=600.0, Utfall_2022=640.0),  # 610 printed as 640
    ]
    (flag,) = flags_of(library, make_report(2022, income=rows), kind=F.SUMS)
    assert flag.subject == "Summa kostnader"
    assert "610 tkr i kolumnen ”Utfall 2022”, men summan är tryckt som 640 tkr" in flag.explanation
    assert [e.role for e in flag.evidence] == ["total", "value", "value"]


def test_sums_allow_rounding_and_leave_an_empty_cell_alone(library: sqlite3.Connection) -> None:
    rows = [
        row("Personal", Budget_2022=500.0, Utfall_2022=510.0),
        row("Lokaler", Budget_2022=100.0, Utfall_2022=None),
        row("Övrigt", Budget_2022=100.0, Utfall_2022=1.0),
        row("Summa kostnader", Budget_2022=701.0, Utfall_2022=900.0),  # 700 rounded: 701
    ]
    assert flags_of(library, make_report(2022, income=rows), kind=F.SUMS) == []


@pytest.mark.parametrize(
    ("result", "flagged"),
    [(-12379.0, False), (-12000.0, True)],  # 676 853 − 689 232 = −12 379
)
def test_sums_the_result_against_income_and_costs(library: sqlite3.Connection, result: float,
                                                   flagged: bool) -> None:  # fmt: skip
    rows = [
        row("Summa intäkter", Utfall_2022=676853.0),
        row("Summa kostnader", Utfall_2022=-689232.0),
        row("Årets resultat", Utfall_2022=result),
    ]
    assert bool(flags_of(library, make_report(2022, income=rows), kind=F.SUMS)) is flagged


def test_sums_costs_printed_as_positive_net_costs(library: sqlite3.Connection) -> None:
    rows = [
        row("Verksamhetens intäkter", Budget=50149.0, Prognos=51927.0),
        row("Personal", Budget=450000.0, Prognos=449473.0),
        row("Övrigt", Budget=22997.0, Prognos=21927.0),
        row("Verksamhetens kostnader", Budget=472997.0, Prognos=471400.0),
        row("Årets resultat", Budget=422848.0, Prognos=419473.0),
    ]
    assert flags_of(library, make_report(2022, kind="interim", income=rows), kind=F.SUMS) == []


def test_sums_units_without_a_total_against_the_year_result(library: sqlite3.Connection) -> None:
    units = [row("Vuxen", Utfall_2022=-5000.0), row("Barn", Utfall_2022=-3000.0)]
    ok = flags_of(library, make_report(2022, income=_income(0, -8000), by_unit=units), kind=F.SUMS)
    assert ok == []


def test_sums_units_that_miss_the_year_result(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "other.db")
    units = [row("Vuxen", Utfall_2022=-5000.0), row("Barn", Utfall_2022=-2000.0)]
    (flag,) = flags_of(
        conn, make_report(2022, income=_income(0, -8000), by_unit=units), kind=F.SUMS
    )
    assert "Verksamheternas resultat blir tillsammans −7 000 tkr" in flag.explanation


@pytest.mark.parametrize(
    ("budget", "outcome", "shown"),
    [
        (0.0, -1200.0, True),  # 1,2 mnkr against a budget of 0
        (0.0, -900.0, False),  # under 1 mnkr
        (600_000.0, 611_000.0, False),  # 11 mnkr but 1,8 % of the budget
        (400_000.0, 420_000.0, True),  # 20 mnkr, 5 %
    ],
)
def test_deviation_threshold_of_2_percent_and_1_mnkr(library: sqlite3.Connection, budget: float,
                                                     outcome: float, shown: bool) -> None:  # fmt: skip
    rows = [row("Personal", Internbudget_2022=budget, Utfall_2022=outcome)]
    found = flags_of(library, make_report(2022, income=rows), kind=F.DEVIATION)
    assert bool(found) is shown


def test_deviation_with_the_paragraph_that_explains_it(library: sqlite3.Connection) -> None:
    units = [row("Vuxen", Internbudget_2022=0.0, Utfall_2022=-5672.0),
             row("Barn", Internbudget_2022=0.0, Utfall_2022=-3000.0)]  # fmt: skip
    report = make_report(2022, by_unit=units, paragraphs=[
        ("Vuxen", "Verksamheten redovisar ett underskott för 2022 på 5,7 mnkr."),
        ("Barn", "Verksamheten har haft många nya klienter."),
    ])  # fmt: skip
    found = {f.subject: f for f in flags_of(library, report, kind=F.DEVIATION)}
    vuxen, barn = found["Vuxen"], found["Barn"]
    assert vuxen.evidence[-1].role == "explanation"
    assert vuxen.evidence[-1].text.startswith("Verksamheten redovisar ett underskott")
    assert vuxen.note is None
    assert all(e.role != "explanation" for e in barn.evidence)  # no budget word, no amount
    assert barn.note == "Appen hittade inget stycke i rapporten som förklarar avvikelsen."


def test_deviation_of_an_interim_report_uses_the_prognosis_not_the_part_year_outcome(
    library: sqlite3.Connection,
) -> None:
    rows = [row("Personal", Internbudget_2022=100_000.0, **{"Utfall 2022-08-31": 60_000.0},
                Prognos_2022=100_500.0)]  # fmt: skip
    assert flags_of(library, make_report(2022, kind="interim", income=rows), kind=F.DEVIATION) == []


def test_continuity_goal_and_kpi_missing_from_this_years_report(
    library: sqlite3.Connection,
) -> None:
    last = make_report(2021, goals=[goal("Barn ska få ett familjehem inom sex månader", "achieved"),
                                    goal("Invånarna ska uppleva stödet som nyttigt", "achieved")],
                       kpis=[kpi("Antal unika individer", "count", {2021: 5920.0}),
                             kpi("Andel ansökningar", "percent", {2021: 12.6})])  # fmt: skip
    this = make_report(2022, goals=[goal("Barn ska få ett familjehem inom sex månader", "achieved"),
                                    goal("Elevers närvaro i skolan ska öka", "not_achieved")],
                       kpis=[kpi("Andel ansökningar", "percent", {2022: 13.5})])  # fmt: skip
    found = flags_of(library, last, this, kind=F.CONTINUITY)
    assert sorted(f.subject for f in found) == [
        "Antal unika individer", "Invånarna ska uppleva stödet som nyttigt"
    ]  # fmt: skip
    assert all(f.report_id != f.subject_report_id for f in found)


def test_continuity_renamed_goal_and_ambiguous_match(library: sqlite3.Connection) -> None:
    last = make_report(2021, goals=[
        goal("Under 2021 ska minst 70 procent av invånarna uppleva att stödet varit till nytta", "achieved"),
        goal("Fler barn ska lyckas i skolan genom stöd till familjerna", "achieved"),
    ])  # fmt: skip
    this = make_report(2022, goals=[
        goal("Under 2022 ska minst 75 procent av alla invånare uppleva att stödet varit till stor nytta",
             "achieved"),
        goal("Stöd till familjer ska ge barnen bättre skolresultat", "achieved"),
    ])  # fmt: skip
    found = flags_of(library, last, this, kind=F.CONTINUITY)
    assert [f.explanation.split(";")[0] for f in found] == [
        "Målet heter nu ”Under 2022 ska minst 75 procent av alla invånare uppleva att stödet "
        "varit till stor nytta”"
    ]  # the school goal is like the new one but not enough to match: ambiguous, so silent


def test_continuity_years_apart_say_nothing(library: sqlite3.Connection) -> None:
    last = make_report(2019, goals=[goal("Ett gammalt mål om något helt annat", "achieved")])
    this = make_report(2022, goals=[goal("Elevers närvaro ska öka", "achieved")])
    assert flags_of(library, last, this, kind=F.CONTINUITY) == []


def test_continuity_interim_reports_may_print_fewer_kpis(library: sqlite3.Connection) -> None:
    last = make_report(2021, kpis=[kpi("Antal unika individer", "count", {2021: 5920.0})])
    this = make_report(
        2022, kind="interim", kpis=[kpi("Andel ansökningar", "percent", {2022: 1.0})]
    )
    assert flags_of(library, last, this, kind=F.CONTINUITY) == []


@pytest.mark.parametrize(
    ("values", "flagged"),
    [
        ({2019: 80.0, 2020: 75.0, 2021: 70.0, 2022: 66.0}, True),  # three moves away from ≥ 90
        ({2019: 80.0, 2020: 75.0, 2021: 77.0, 2022: 66.0}, False),  # one move towards
        ({2020: 75.0, 2021: 70.0, 2022: 66.0}, False),  # two moves only
        ({2018: 95.0, 2019: 80.0, 2021: 70.0, 2022: 66.0}, False),  # a year is missing
    ],
)
def test_trend_away_from_the_target_three_years_in_a_row(library: sqlite3.Connection,
                                                          values: dict[int, float], flagged: bool) -> None:  # fmt: skip
    report = make_report(2022, kpis=[kpi("Andel i tid", "percent", values, 90.0, "≥ 90 %")])
    found = flags_of(library, report, kind=F.TREND)
    assert bool(found) is flagged
    if found:
        assert "80 % (2019), 75 % (2020), 70 % (2021), 66 % (2022)" in found[0].explanation


def test_trend_lower_is_better_and_no_direction_says_nothing(library: sqlite3.Connection) -> None:
    rising = {2019: 5.0, 2020: 6.0, 2021: 7.0, 2022: 8.0}
    found = flags_of(library, make_report(2022, kpis=[
        kpi("Sjukfrånvaro", "percent", rising, 4.0, "Högst 4 %"),
        kpi("Väntetid", "days", rising, 4.0, "4 dagar"),  # no direction: undecided
    ]), kind=F.TREND)  # fmt: skip
    assert [f.subject for f in found] == ["Sjukfrånvaro"]


# --- the store: recomputed when the data changes, never copied -------------------------


def test_a_changed_value_is_checked_again_when_the_list_is_read(
    library: sqlite3.Connection,
) -> None:
    interim = make_report(2022, kind="interim", kpis=[kpi("Andel nöjda", "percent", {2022: 63.0})])
    annual = make_report(2022, kpis=[kpi("Andel nöjda", "percent", {2022: 63.0})])
    assert flags_of(library, interim, annual) == []
    library.execute(
        "UPDATE kpi_values SET value = 59 WHERE value = 63 AND kpi_id = (SELECT max(id) FROM kpis)"
    )  # a correction, written behind the app's back
    annual_id = max(r.id for r in list_reports(library))
    (flag,) = report_flags(library, annual_id)
    assert flag.kind == F.RESTATED


def test_a_forced_check_that_finds_the_same_flags_keeps_them_and_a_change_replaces_them(
    library: sqlite3.Connection,
) -> None:
    interim = make_report(2022, kind="interim", kpis=[kpi("Andel nöjda", "percent", {2022: 63.0})])
    annual = make_report(2022, kpis=[kpi("Andel nöjda", "percent", {2022: 59.0})])
    (flag,) = flags_of(library, interim, annual)
    assert refresh(library, force=True, overrides={}) == 1  # checked again, all of it
    (same,) = library_flags(library)
    assert same.id == flag.id and same.evidence == flag.evidence
    library.execute("UPDATE kpi_values SET value = 61 WHERE value = 59")
    refresh(library, force=True, overrides={})
    (changed,) = library_flags(library)
    assert "61 %" in changed.explanation and changed.evidence != flag.evidence


def test_a_corrected_figure_of_the_same_length_in_an_analysis_is_checked_again(
    library: sqlite3.Connection,
) -> None:
    report = make_report(2022, goals=[goal("Fler ska söka stöd själva", "achieved",
                                           "Totalt sett under året är andelen ansökningar 15 %.")],
                         kpis=[kpi(SHARE, "percent", {2022: 12.0}, goal_index=0)])  # fmt: skip
    assert len(flags_of(library, report, kind=F.TEXT)) == 1
    library.execute("UPDATE goals SET analysis = replace(analysis, '15 %', '12 %')")
    library.commit()  # the secretary's correction: a text of the same length
    assert report_flags(library, max(r.id for r in list_reports(library))) == []


def test_a_removed_report_takes_its_flags_and_the_others_are_checked_again(
    library: sqlite3.Connection,
) -> None:
    from desktop.store.library import remove_report

    interim = make_report(2022, kind="interim", kpis=[kpi("Andel nöjda", "percent", {2022: 63.0})])
    annual = make_report(2022, kpis=[kpi("Andel nöjda", "percent", {2022: 59.0})])
    assert len(flags_of(library, interim, annual)) == 1
    remove_report(library, min(r.id for r in list_reports(library)))
    assert library_flags(library) == []
    assert library.execute("SELECT count(*) FROM flags").fetchone()[0] == 0


def test_flags_are_not_copied_from_a_received_library_but_checked_again(
    library_home: Path,
    tmp_path: Path,
) -> None:
    from desktop.store.library_intake import TABLES, copy_library

    source = library_home / "library.db"
    conn = open_library(source)
    refresh(conn, overrides={})
    conn.execute("UPDATE flags SET explanation = 'planterad text'")
    conn.close()
    assert "flags" not in TABLES and "flag_state" not in TABLES
    out = tmp_path / "received.db"
    copy_library(source, out)
    received = open_library(out)
    assert received.execute("SELECT count(*) FROM flags").fetchone()[0] == 0
    found = library_flags(received)
    assert len(found) == len(KEY["flags"]) and all(f.explanation != "planterad text" for f in found)


def test_the_schema_step_adds_the_flag_tables_to_an_old_library(tmp_path: Path) -> None:
    from desktop.store import schema
    from desktop.store.migrations import connect

    path = tmp_path / "old.db"
    conn = connect(path)
    ours = next(i for i, step in enumerate(schema.STEPS) if step.__name__.endswith("_flags"))
    for step in schema.STEPS[:ours]:  # a library from before the flags
        step(conn)
    conn.execute(f"PRAGMA user_version = {ours}")
    conn.close()
    upgraded = open_library(path)
    tables = {r[0] for r in upgraded.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"flags", "flag_state"} <= tables
    assert library_flags(upgraded) == []


def test_a_library_with_flags_of_the_old_form_is_upgraded_and_checked_again(
    library_home: Path,
) -> None:
    """Step 6 keeps evidence by reference and the English in columns: flags of step 5's
    form (copied texts, JSON) are dropped with their digests and found again on the next
    read; user.db is not touched."""
    import hashlib

    from desktop import paths
    from desktop.store import schema
    from desktop.store.migrations import connect
    from desktop.store.userdb import open_user_db

    open_user_db().close()
    user_db = hashlib.sha256(paths.user_db_path().read_bytes()).hexdigest()
    path = library_home / "library.db"
    ours = next(i for i, step in enumerate(schema.STEPS) if step.__name__.endswith("_reference"))
    conn = connect(path)
    conn.execute("DROP TABLE flags")  # the tables as step 5 made them
    conn.execute("DROP TABLE flag_state")
    schema.STEPS[ours - 1](conn)
    report_id = conn.execute("SELECT min(id) FROM reports").fetchone()[0]
    conn.execute(
        "INSERT INTO flags (report_id, kind, key, subject_kind, subject_id, subject_report_id,"
        " subject, explanation, question, evidence) VALUES (?, 'trend', 'old', 'kpi', NULL, ?,"
        " 'Gammal', 'Gammal förklaring', 'Gammal fråga', ?)",
        (report_id, report_id, json.dumps([{"role": "value", "report_id": report_id,
                                            "report": "x", "text": "gammal text"}])),
    )  # fmt: skip
    conn.execute("INSERT INTO flag_state (municipality, committee, digest) VALUES ('a', 'b', 'c')")
    conn.execute(f"PRAGMA user_version = {ours}")
    conn.close()
    upgraded = open_library(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == len(schema.STEPS)
    assert upgraded.execute("SELECT count(*) FROM flags").fetchone()[0] == 0
    assert (library_home / f"library.db.bak-v{ours}").exists()
    found = library_flags(upgraded)
    assert len(found) == len(KEY["flags"]) and all(f.subject != "Gammal" for f in found)
    assert all(f.evidence for f in found)
    assert hashlib.sha256(paths.user_db_path().read_bytes()).hexdigest() == user_db


# --- the command line ------------------------------------------------------------------

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "flags.schema.json").read_text())


def test_flags_json_follows_the_contract(
    library_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import jsonschema

    from desktop.cli import main

    assert main(["flags", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    assert data["count"] == len(KEY["flags"]) == len(data["flags"])
    report_id = next(f["report"]["id"] for f in data["flags"] if f["kind"] == F.RESTATED)
    assert main(["flags", "--report", str(report_id), "--json"]) == 0
    one = json.loads(capsys.readouterr().out)
    jsonschema.validate(one, SCHEMA)
    assert one["report_id"] == report_id
    assert {f["report"]["id"] for f in one["flags"]} == {report_id}


def test_flags_text_and_a_report_that_does_not_exist(library_home: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from desktop.cli import main

    assert main(["flags"]) == 0
    out = capsys.readouterr().out
    assert "63 % (preliminärt) i Delårsrapport augusti 2023 men 59 % i Årsbokslut 2024" in out
    assert "Fråga: " in out
    assert main(["flags", "--report", "999"]) == 2
    assert "rapport 999 finns inte" in capsys.readouterr().err


def test_the_schema_refuses_what_the_contract_does_not_allow() -> None:
    import jsonschema

    bad = {"version": 1, "report_id": None, "settings": {}, "count": 1,
           "flags": [{"kind": "gissning"}]}  # fmt: skip
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_import_and_build_check_the_flags_at_once(library_home: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    from tests.conftest import REPORTS_DIR, SEEDS

    from desktop.cli import main
    from desktop.store.library import remove_report

    conn = open_library(library_home / "library.db")
    interim = next(r for r in list_reports(conn) if r.source_name == SEEDS["hbg2023"].name)
    remove_report(conn, interim.id)
    conn.close()
    assert main(["import", str(SEEDS["hbg2023"])]) == 0
    from desktop.analysis.flags.store import digest

    conn = open_library(library_home / "library.db")
    owner = ("Helsingborg", "Socialnämnden")
    (state,) = conn.execute(
        "SELECT digest FROM flag_state WHERE municipality = ? AND committee = ?", owner
    ).fetchone()
    assert state == digest(conn, owner, {})  # checked by the import, before anything reads
    assert (
        conn.execute("SELECT count(*) FROM flags WHERE kind = ?", (F.RESTATED,)).fetchone()[0] == 4
    )
    conn.close()

    out = tmp_path / "built.db"
    assert main(["build-library", str(REPORTS_DIR), "-o", str(out)]) == 0
    built = sqlite3.connect(out)
    assert built.execute("SELECT count(*) FROM flag_state").fetchone() == (2,)
    assert built.execute("SELECT count(*) FROM flags WHERE kind = ?", (F.TEXT,)).fetchone() == (1,)
    capsys.readouterr()

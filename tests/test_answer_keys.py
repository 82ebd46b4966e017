"""Extraction against answer keys built by reading the seeds (tests/fixtures/answers)."""

from __future__ import annotations

import json

import pytest
from tests.conftest import FIXTURES, REPORTS_DIR

from desktop.analysis.kpi_names import fold
from desktop.ingest.pipeline import extract_file

GOALS = json.loads((FIXTURES / "answers" / "goals.json").read_text(encoding="utf-8"))
KPIS = json.loads((FIXTURES / "answers" / "kpis.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [n for n in GOALS if n != "about"])
def test_every_goal_and_status(name: str) -> None:
    goals = extract_file(REPORTS_DIR / name).goals
    expected = GOALS[name]
    assert len(goals) == len(expected)
    for goal, (title, status) in zip(goals, expected, strict=True):
        assert goal.title.startswith(title)
        assert goal.status == status


@pytest.mark.parametrize("name", [n for n in KPIS if n != "about"])
def test_kpi_values_recall_and_no_invented_values(name: str) -> None:
    kpis = extract_file(REPORTS_DIR / name).kpis
    expected_values = 0
    found = 0
    for start, values in KPIS[name].items():
        matches = [k for k in kpis if fold(k.name).startswith(fold(start))]
        assert matches, start
        got = {year: value for year, value in matches[0].values.items()}
        expected_values += len(values)
        found += sum(1 for year, value in values.items() if got.get(year) == value)
        invented = {y: v for y, v in got.items() if y not in values or values[y] != v}
        assert not invented, f"{start}: {invented}"
    recall = found / expected_values
    assert recall >= (0.95 if "ocr" in name else 0.99), recall
    unknown = [
        k.name for k in kpis if not any(fold(k.name).startswith(fold(s)) for s in KPIS[name])
    ]
    assert not unknown, f"KPI rows not in the answer key: {unknown}"


def test_total_and_forecast_columns_are_kept_beside_the_years() -> None:
    kpis = extract_file(REPORTS_DIR / "helsingborg-socialnamnden-arsbokslut-2021.txt").kpis
    [granted] = [k for k in kpis if k.name == "Beviljade medel"]
    assert granted.unit == "tkr"
    assert granted.table == "Tilldelade, beviljade och använda innovationsmedel"
    assert granted.values == {"2020": 2420, "2021": 2500}  # 2022 is blank, not 0
    assert granted.other_columns == {"Totalt 2020-2022": 4920}


FINANCE = json.loads((FIXTURES / "answers" / "finance.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", [n for n in FINANCE if n != "about"])
def test_finance_tables_every_value_and_none_invented(name: str) -> None:
    finance = extract_file(REPORTS_DIR / name).finance
    for kind, expected in FINANCE[name].items():
        rows = getattr(finance, kind)
        got = {row.label: row.columns for row in rows}
        assert [row.label for row in rows] == list(expected), kind
        for label, columns in expected.items():
            assert got[label] == columns, f"{kind} / {label}"

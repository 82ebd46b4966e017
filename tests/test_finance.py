"""Finance tables: the income statement and the result per unit, numbers in tkr as printed."""

from __future__ import annotations

from tests.conftest import SEEDS

from desktop.ingest.pipeline import extract_file


def test_2021_income_statement_and_units() -> None:
    finance = extract_file(SEEDS["hbg2021"]).to_json()["finance"]
    rows = {r["row"]: r["columns"] for r in finance["income_statement"]}
    assert rows["Kommunbidrag"] == {
        "Bokslut 2020": 546824,
        "Internbudget 2021": 576399,
        "Utfall 2021": 576399,
    }
    assert rows["ÅRETS RESULTAT"] == {
        "Bokslut 2020": -13302,
        "Internbudget 2021": 0,
        "Utfall 2021": -12379,
    }
    units = {r["unit"]: r["columns"] for r in finance["by_unit"]}
    assert units["Administration"] == {
        "Bokslut 2020": 9941,
        "Internbudget 2021": 0,
        "Utfall 2021": 14899,
    }
    assert units["Vuxen"] == {"Bokslut 2020": -7600, "Internbudget 2021": 0, "Utfall 2021": -5672}


def test_2017_blank_cell_is_no_value_not_zero() -> None:
    finance = extract_file(SEEDS["hbg2017"]).to_json()["finance"]
    units = {r["unit"]: r["columns"] for r in finance["by_unit"]}
    assert units["Ensamkommande"]["Bokslut 2015"] is None
    assert units["Vuxen"]["Bokslut 2017"] == -33372

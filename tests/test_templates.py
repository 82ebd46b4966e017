"""The template registry: each known layout wins on its own sample and loses on the others;
a report in no known layout is read by the generic template, and says so."""

from __future__ import annotations

import pytest
from tests.conftest import SEEDS

from desktop.ingest.pipeline import extract_file, text_document
from desktop.ingest.readers.reading import Reading
from desktop.ingest.templates import GENERIC, TEMPLATES, THRESHOLD, pick

# each template's sample: a report the answer keys (tests/fixtures/answers) cover
SAMPLES = {
    "helsingborg-2018": ["hbg2021", "hbg2023", "hbg2024"],
    "helsingborg-styrkort": ["hbg2017"],
    "huddinge-2021": ["hud2021"],
}


def _reading(seed: str) -> Reading:
    document = text_document(SEEDS[seed].read_text(encoding="utf-8"))
    return Reading(document, document.lines, [])


def test_every_template_has_a_sample() -> None:
    assert {t.name for t in TEMPLATES} == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_template_wins_on_its_own_samples_and_loses_on_the_others(name: str) -> None:
    template = next(t for t in TEMPLATES if t.name == name)
    for seed in SEEDS:
        reading = _reading(seed)
        score = template.score(reading)
        if seed in SAMPLES[name]:
            assert pick(reading)[0] is template, seed
            assert score >= THRESHOLD, seed
        else:
            assert pick(reading)[0] is not template, seed


def test_the_template_is_named_in_the_extraction() -> None:
    report = extract_file(SEEDS["hbg2021"])
    data = report.to_json()["template"]
    assert (
        data["name"] == "helsingborg-2018" and data["version"] >= 1 and data["score"] >= THRESHOLD
    )


def test_a_report_in_no_known_layout_is_read_generically_and_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rapport.txt"
    path.write_text(
        "Kultur- och fritidsnämnden\n\nÅrsredovisning 2025\n\nLuleå kommun\n\n"
        "Verksamhetens mål\n\nFler ska besöka biblioteken\n\n"
        "Målet bedöms ha uppnåtts. Besöken ökade med 12 procent.\n",
        encoding="utf-8",
    )
    report = extract_file(path)
    assert report.template == GENERIC.name
    assert any("allmänna reglerna" in w for w in report.warnings)
    assert (report.municipality, report.committee, report.report_type, report.period_end) == (
        "Luleå", "Kultur- och fritidsnämnden", "annual", "2025-12-31")  # fmt: skip
    assert [(g.title, g.status) for g in report.goals] == [
        ("Fler ska besöka biblioteken", "achieved")
    ]


def test_import_says_per_report_what_was_read_and_refuses_a_file_that_is_no_report(
    home,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    import os
    import subprocess
    import sys

    hello = tmp_path / "hello.txt"
    hello.write_text("hello world\n", encoding="utf-8")
    huddinge = tmp_path / "huddinge-rattad.txt"  # not the bundled file: another version of it
    huddinge.write_text(
        SEEDS["hud2021"].read_text(encoding="utf-8") + "\nRättad version.\n", encoding="utf-8"
    )
    pdf = (
        SEEDS["hbg2021"].parents[2]
        / "tests"
        / "corpus"
        / "vaxjo-vard-och-omsorgsnamnden-arsredovisning-2025.pdf"
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(pdf), str(huddinge), str(hello)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "NAMNDLASAREN_HOME": str(home)},
    )  # fmt: skip
    assert result.returncode == 2  # one file was no report
    assert "okänd layout, lästes med allmänna regler; 7 mål, 9 nyckeltal" in result.stdout
    assert "mall huddinge-2021; 6 mål, 4 nyckeltal" in result.stdout
    refusals = [line for line in result.stderr.splitlines() if "hello.txt" in line]
    assert refusals == [
        f"namndlasaren: {hello}: är ingen nämndrapport: varken kommun, nämnd eller rapporttyp står i den"
    ]

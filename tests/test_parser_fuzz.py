"""Fuzzing the parser with mutated seed texts: it returns a report or names the problem.

Real reports arrive cut, re-flowed, with stray bytes and half tables. Whatever the
mutation, extraction either gives a Report whose numbers all come from the text, or
raises IngestError (shown to the member as one line) — never anything else.
"""

from __future__ import annotations

import contextlib
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import SEEDS

from desktop.errors import IngestError
from desktop.ingest.pipeline import extract_text

TEXTS = {key: path.read_text(encoding="utf-8") for key, path in SEEDS.items()}
NOISE = st.text(
    alphabet=st.sampled_from(list("\t\n ;:.,%*-–0123456789åäöÅÄÖabcxyz\x00\ufffd")), max_size=40
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = TEXTS[draw(st.sampled_from(sorted(TEXTS)))]
    for _ in range(draw(st.integers(1, 6))):
        if not text:
            break
        start = draw(st.integers(0, len(text) - 1))
        end = min(len(text), start + draw(st.integers(0, 400)))
        action = draw(st.sampled_from(["delete", "insert", "replace", "truncate", "duplicate"]))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "insert":
            text = text[:start] + draw(NOISE) + text[start:]
        elif action == "replace":
            text = text[:start] + draw(NOISE) + text[end:]
        elif action == "truncate":
            text = text[:start]
        else:
            text = text[:end] + text[start:end] + text[end:]
    return text


def _numbers_in(text: str) -> set[float]:
    """Every number the text could be read as: "1 572 996" may be 1572 and 996, or 1572996."""
    found: set[float] = set()
    for run in re.finditer(r"\d+(?:[,.]\d+)?(?:[ \u00a0]\d+(?:[,.]\d+)?)*", text):
        groups = re.split(r"[ \u00a0]", run.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                try:
                    found.add(float("".join(groups[i:j]).replace(",", ".")))
                except ValueError:  # "1,5 2,5" joined is not a number
                    continue
    return found


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated_seed())
def test_mutated_seed_extracts_or_names_the_problem(text: str) -> None:
    try:
        report = extract_text(text, sha256="fuzz", source_name="fuzz.txt")
    except IngestError:
        return
    # accepted: it says whose report it is or what kind, and what it could not read is named
    assert report.municipality or report.committee or report.warnings
    assert report.period_end or any("år" in w for w in report.warnings)
    numbers = _numbers_in(text)
    for kpi in report.kpis:  # no invented values: every number stands in the text
        for value in kpi.values.values():
            assert abs(value) in numbers, (
                kpi.name,
                value,
            )


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    with contextlib.suppress(IngestError):
        extract_text(text, sha256="fuzz", source_name="fuzz.txt")

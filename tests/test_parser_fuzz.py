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


# --- annotation files and received libraries (issue 14) ---------------------------------

JSON_LEAF = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=25,
)
ANNOTATION_KEYS = ["id", "type", "motivation", "body", "bodyValue", "target", "source",
                   "selector", "exact", "prefix", "suffix", "start", "end", "refinedBy",
                   "items", "value", "purpose", "format", "namndlasaren:meeting",
                   "namndlasaren:reportKey", "namndlasaren:status", "namndlasaren:position"]  # fmt: skip


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every place (as keys and indexes) inside a JSON value."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated_annotation_file(draw: st.DrawFn) -> object:
    """A valid export with values replaced, keys added or dropped, or any JSON at all."""
    import copy

    from tests.hostile_inputs import annotation

    if draw(st.integers(0, 4)) == 0:
        return draw(JSON_VALUE)
    items: list[object] = [
        copy.deepcopy(annotation("0" * 64)) for _ in range(draw(st.integers(1, 3)))
    ]
    data: object = {"type": "AnnotationPage", "items": items}
    for _ in range(draw(st.integers(1, 4))):
        places = _paths(data)[1:]  # every place but the document itself
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent: object = data
        for key in place[:-1]:
            parent = parent[key]  # type: ignore[index]
        action = draw(st.sampled_from(["replace", "add", "drop"]))
        if action == "replace":
            parent[place[-1]] = draw(JSON_VALUE)  # type: ignore[index]
        elif action == "add" and isinstance(parent[place[-1]], dict):  # type: ignore[index]
            parent[place[-1]][draw(st.sampled_from(ANNOTATION_KEYS))] = draw(JSON_VALUE)  # type: ignore[index]
        elif action == "drop" and isinstance(parent, dict):
            parent.pop(place[-1], None)
    return data


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated_annotation_file())
def test_annotation_import_imports_or_names_the_problem(data: object) -> None:
    import json
    import sqlite3
    import tempfile
    from pathlib import Path

    from desktop.annotate.annotation_file import AnnotationFileError
    from desktop.annotate.web_annotation import import_annotations
    from desktop.store.userdb import open_user_db

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        user = open_user_db(Path(folder) / "user.db", backup=False)
        before = list(user.iterdump())
        try:
            result = import_annotations(user, path)
        except AnnotationFileError as exc:
            assert "\n" not in str(exc) and str(path) in str(exc)
            assert list(user.iterdump()) == before
        else:
            stored = user.execute("SELECT start, end, exact FROM annotations").fetchall()
            assert len(stored) == len(result.added)
            for start, end, exact in stored:  # what went in is what the app can use
                assert start is None or (isinstance(start, int) and 0 <= start <= end)
                assert isinstance(exact, str)
        finally:
            user.close()
        assert (
            sqlite3.connect(Path(folder) / "user.db").execute("PRAGMA quick_check").fetchone()[0]
            == "ok"
        )


SMALL_LIBRARY: list[bytes] = []


def _small_library() -> bytes:
    """A library of one bundled report, built once."""
    if not SMALL_LIBRARY:
        import tempfile
        from pathlib import Path

        from desktop.ingest.pipeline import extract_file
        from desktop.store.library import _stamp, add_report, open_library

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "library.db"
            conn = open_library(path)
            add_report(conn, extract_file(SEEDS["hbg2023"]))
            _stamp(conn)
            conn.close()
            SMALL_LIBRARY.append(path.read_bytes())
    return SMALL_LIBRARY[0]


LIBRARY_TABLES = {
    "reports": ["sha256", "report_type", "period_year", "period_end", "warnings", "full_text"],
    "sections": ["heading", "text", "level", "report_id", "page"],
    "goals": ["status", "kpi_names", "hierarchy", "section_id", "analysis"],
    "kpis": ["unit", "other_columns", "target", "goal_id"],
    "kpi_values": ["year", "value"],
    "report_tables": ["rows", "header"],
    "finance": ["columns", "kind"],
    "library_meta": ["value"],
}
SQL_VALUES = (
    st.none()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=20)
    | st.binary(max_size=20)
    | st.sampled_from(['{"a": 1}', "[1, [2]]", "[]", "annual", "2021-12-31", "achieved"])
)


@st.composite
def mutated_library(draw: st.DrawFn) -> tuple[str, object]:
    """A small library with bytes overwritten, cut short, or values changed by SQL."""
    kind = draw(st.sampled_from(["bytes", "truncate", "sql", "sql"]))
    if kind == "bytes":
        return kind, draw(
            st.lists(
                st.tuples(st.integers(0, 200_000), st.binary(min_size=1, max_size=16)),
                min_size=1,
                max_size=6,
            )
        )
    if kind == "truncate":
        return kind, draw(st.integers(0, 200_000))
    table = draw(st.sampled_from(sorted(LIBRARY_TABLES)))
    column = draw(st.sampled_from(LIBRARY_TABLES[table]))
    return kind, (table, column, draw(SQL_VALUES))


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(mutated_library())
def test_library_update_takes_it_or_names_the_problem(mutation: tuple[str, object]) -> None:
    import hashlib
    import sqlite3
    import tempfile
    from pathlib import Path

    from desktop.errors import LibraryError
    from desktop.store.library import open_library
    from desktop.store.library_update import prepare_update
    from desktop.store.queries import list_reports

    kind, how = mutation
    with tempfile.TemporaryDirectory() as folder:
        current = Path(folder) / "library.db"
        current.write_bytes(_small_library())
        received = Path(folder) / "ny.db"
        data = bytearray(_small_library())
        if kind == "bytes":
            for at, chunk in how:  # type: ignore[union-attr]
                at %= len(data)
                data[at : at + len(chunk)] = chunk
            received.write_bytes(bytes(data))
        elif kind == "truncate":
            received.write_bytes(bytes(data[: how % len(data)]))  # type: ignore[operator]
        else:
            received.write_bytes(bytes(data))
            table, column, value = how  # type: ignore[misc]
            conn = sqlite3.connect(received)
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ?", (value,))
            conn.commit()
            conn.close()
        before = hashlib.sha256(current.read_bytes()).hexdigest()
        try:
            incoming, _diff = prepare_update(received, current, time_limit=20)
        except LibraryError as exc:
            assert "\n" not in str(exc) and str(received) in str(exc)
            assert hashlib.sha256(current.read_bytes()).hexdigest() == before
            assert not list(Path(folder).glob("*.incoming*"))
            return
        conn = open_library(incoming)  # what was taken, the app can read
        assert list_reports(conn)
        conn.close()

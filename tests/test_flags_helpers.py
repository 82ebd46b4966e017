"""A whole library's checks shared with helper processes (analysis/flags/helpers.py).

The helpers are real: this same program started with `_check-flags`, reading a real copy
of the bundled library. What they find must be exactly what one process finds, and a
helper that fails must cost nothing but time.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop.analysis.flags.helpers as helpers
from desktop.analysis.flags import refresh
from desktop.store.library import open_library


def _copy(built_library: Path, folder: Path, name: str) -> sqlite3.Connection:
    path = folder / name
    shutil.copy(built_library, path)
    return open_library(path)


def _flags(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM flags ORDER BY id")]


def _state(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in conn.execute("SELECT * FROM flag_state ORDER BY 1, 2")]


@pytest.fixture
def one_process(built_library: Path, tmp_path: Path) -> sqlite3.Connection:
    conn = _copy(built_library, tmp_path, "alone.db")
    refresh(conn, force=True, overrides={})
    return conn


@pytest.fixture
def with_helpers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Helpers used however small the library, on a machine of two cores; the tasks sent
    to them are recorded, and what each sent back."""
    monkeypatch.setattr(helpers, "MIN_REPORTS", 0)
    monkeypatch.setattr(helpers, "cores", lambda: 2)
    record: list[Any] = []
    start, finish = helpers.start, helpers.finish

    def recorded_start(task: Any) -> Any:
        record.append(("task", task))
        return start(task)

    def recorded_finish(process: Any) -> Any:
        result = finish(process)
        record.append(("result", result))
        return result

    monkeypatch.setattr(helpers, "start", recorded_start)
    monkeypatch.setattr(helpers, "finish", recorded_finish)
    return record


def test_a_helper_finds_exactly_the_flags_one_process_finds(
    built_library: Path, tmp_path: Path, one_process: sqlite3.Connection, with_helpers: list[Any]
) -> None:
    conn = _copy(built_library, tmp_path, "shared.db")
    committees = conn.execute("SELECT count(DISTINCT municipality || committee) FROM reports")
    assert committees.fetchone()[0] >= 2  # something to share
    assert refresh(conn, force=True, overrides={}) == len(_state(one_process))
    tasks = [item for kind, item in with_helpers if kind == "task"]
    results = [item for kind, item in with_helpers if kind == "result"]
    assert len(tasks) == 1 and tasks[0][1], "one helper, given committees"
    assert results[0] and {owner for owner, _rows, _digest in results[0]} == set(tasks[0][1])
    assert _flags(conn) and _flags(conn) == _flags(one_process)
    assert _state(conn) == _state(one_process)


def test_a_failing_helper_leaves_its_committees_to_this_process(
    built_library: Path,
    tmp_path: Path,
    one_process: sqlite3.Connection,
    with_helpers: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crash = [sys.executable, "-c", "import sys; sys.stdin.buffer.read(); sys.exit(3)"]
    monkeypatch.setattr(helpers, "_command", lambda: crash)
    conn = _copy(built_library, tmp_path, "crashed.db")
    refresh(conn, force=True, overrides={})
    assert [item for kind, item in with_helpers if kind == "result"] == [None]
    assert _flags(conn) == _flags(one_process)


def test_a_helper_that_answers_nonsense_is_not_believed(
    built_library: Path,
    tmp_path: Path,
    one_process: sqlite3.Connection,
    with_helpers: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    script = "import pickle, sys; sys.stdin.buffer.read(); sys.stdout.buffer.write(pickle.dumps([('x', 'y')]))"
    monkeypatch.setattr(helpers, "_command", lambda: [sys.executable, "-c", script])
    conn = _copy(built_library, tmp_path, "nonsense.db")
    refresh(conn, force=True, overrides={})
    assert [item for kind, item in with_helpers if kind == "result"] == [[("x", "y")]]
    assert _flags(conn) == _flags(one_process)


def test_an_open_transaction_is_checked_here_alone(
    built_library: Path, tmp_path: Path, one_process: sqlite3.Connection, with_helpers: list[Any]
) -> None:
    """A helper's own connection would not see what the transaction changed."""
    conn = _copy(built_library, tmp_path, "open.db")
    conn.execute("BEGIN")
    refresh(conn, force=True, overrides={})
    conn.execute("COMMIT")
    assert with_helpers == []
    assert _flags(conn) == _flags(one_process)


def test_a_small_library_needs_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(helpers, "cores", lambda: 8)
    assert helpers.helpers_for(helpers.MIN_REPORTS - 1) == 0
    assert helpers.helpers_for(1000) == helpers.MAX_HELPERS
    monkeypatch.setattr(helpers, "cores", lambda: 1)
    assert helpers.helpers_for(1000) == 0


def test_shares_of_about_equal_weight_keep_their_order() -> None:
    weights = {"a": 5, "b": 3, "c": 2, "d": 2, "e": 0}
    shares = helpers.split(weights, 2)
    assert sorted(key for share in shares for key in share) == ["a", "b", "c", "d", "e"]
    loads = [sum(weights[k] for k in share) for share in shares]
    assert max(loads) - min(loads) <= 2
    assert all(share == sorted(share) for share in shares)
    assert helpers.split({"a": 1}, 3) == [["a"]]

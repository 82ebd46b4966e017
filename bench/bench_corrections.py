"""Applying the corrections of a 1,000-report library when it is opened.

Target (issue 16): under 100 ms. The library is the synthetic one of bench_views (1,000
reports); the secretary has corrected every report (a goal's status, a KPI value, the
period: 3,000 corrections) and the member 20 reports of their own. Timed, median of 5:

- first open: every correction applied (a library just built, or read again by a
  newer reader, or from an app whose applying changed: the worst case);
- open after a library update: the secretary's corrections arrive applied, the
  member's own are applied on the 20 reports they touch;
- open with nothing changed (every later start): the check that nothing is to do.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import cached_library  # noqa: E402

RUNS = 5
TARGET_MS = 100.0
OWN = 20


def _corrections(conn: sqlite3.Connection, origin: str, limit: int | None = None) -> list:  # type: ignore[type-arg]
    """Per report: a goal's status, its first KPI's latest value, and the period."""
    from desktop.corrections.model import make
    from desktop.corrections.targets import LineIndex, goal_ref, kpi_ref

    out = []
    texts: dict[str, LineIndex] = {}
    rows = conn.execute(
        "SELECT id, sha256, period_year, period_end, full_text FROM reports ORDER BY id"
    ).fetchall()
    for report_id, sha, year, _end, text in rows[:limit]:
        index = texts.setdefault(text, LineIndex(text))
        goal = conn.execute(
            "SELECT title, line_start FROM goals WHERE report_id = ? ORDER BY ord LIMIT 1",
            (report_id,),
        ).fetchone()
        kpi = conn.execute(
            "SELECT k.id, k.name, k.table_name, k.line_start, max(v.year) FROM kpis k"
            " JOIN kpi_values v ON v.kpi_id = k.id WHERE k.report_id = ? GROUP BY k.id"
            " ORDER BY k.ord LIMIT 1",
            (report_id,),
        ).fetchone()
        if goal is not None:
            out.append(make(sha, "goal.set", {"goal": goal_ref(index, goal[0], goal[1]),
                                              "field": "status"}, {"value": "partly"},
                            author="Sekreteraren", origin=origin))  # fmt: skip
        if kpi is not None:
            out.append(make(sha, "kpi.set", {"kpi": kpi_ref(index, kpi[1], kpi[2], kpi[3]),
                                             "field": "value", "year": kpi[4]}, {"value": 42.0},
                            author="Sekreteraren", origin=origin))  # fmt: skip
        if origin == "library":
            out.append(make(sha, "report.set", {"field": "period"},
                            {"value": {"year": year, "end": f"{year}-06-30"}},
                            author="Sekreteraren", origin=origin))  # fmt: skip
    return out


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main(n_reports: int = 1000) -> int:
    from desktop.corrections import storage
    from desktop.corrections.apply import sync
    from desktop.store.library import open_library

    source = cached_library(n_reports)
    folder = Path(tempfile.mkdtemp(prefix="bench-corrections-"))
    try:
        base = folder / "base.db"
        shutil.copy(source, base)
        conn = open_library(base)
        library_corrections = _corrections(conn, "library")
        conn.execute("BEGIN")
        for correction in library_corrections:
            storage.put(conn, correction)
        conn.execute("COMMIT")
        own = _corrections(conn, "own", OWN)
        conn.close()

        first, updated, unchanged = [], [], []
        for run in range(RUNS + 1):
            copy = folder / f"run-{run}.db"
            shutil.copy(base, copy)
            conn = open_library(copy)
            started = time.perf_counter()
            result = sync(conn, ())
            first.append(time.perf_counter() - started)
            assert result.applied == n_reports, result.applied
            started = time.perf_counter()
            result = sync(conn, own)
            updated.append(time.perf_counter() - started)
            assert result.applied == OWN, result.applied
            started = time.perf_counter()
            result = sync(conn, own)
            unchanged.append(time.perf_counter() - started)
            assert not result.changed
            conn.close()
            copy.unlink()
        first, updated, unchanged = first[1:], updated[1:], unchanged[1:]  # warm-up dropped
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    total = len(library_corrections)
    print(f"bench_corrections: {n_reports} reports, {total} corrections of the secretary's,"
          f" {len(own)} of the member's; median of {RUNS}, target < {TARGET_MS:.0f} ms")  # fmt: skip
    print(f"  first open, every correction applied: {_median_ms(first):.0f} ms"
          f" ({_median_ms(first) / total * 1000:.0f} µs per correction)")  # fmt: skip
    print(f"  open after a library update (the member's own applied): {_median_ms(updated):.0f} ms")
    print(f"  open with nothing changed: {_median_ms(unchanged):.1f} ms")
    worst = max(_median_ms(first), _median_ms(updated), _median_ms(unchanged))
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())

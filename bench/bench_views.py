"""Time to open the goal view and the comparison view on a library of 1,000 reports.

Target (issue 4): under 200 ms each. Median of 7 runs after one warm-up, measured from
the call until the view has been laid out and painted offscreen.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import cached_library  # noqa: E402

RUNS = 7
TARGET_MS = 200.0


def main(n_reports: int = 1000) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.compare_view import CompareView
    from desktop.ui.goal_view import GoalView

    app = QApplication.instance() or QApplication([])
    conn = sqlite3.connect(cached_library(n_reports))
    goal_id = conn.execute(
        "SELECT g.id FROM goals g JOIN kpis k ON k.goal_id = g.id JOIN reports r ON r.id = g.report_id"
        " WHERE r.municipality = 'Helsingborg' ORDER BY r.period_end DESC LIMIT 1"
    ).fetchone()
    if goal_id is None:
        print("bench_views: the library has no goal linked to a KPI; nothing to time")
        return
    goal_view = GoalView(conn)
    goal_view.resize(1300, 850)
    goal_view.show()

    def open_goal() -> None:
        goal_view.open_goal(goal_id[0])
        goal_view.grab()

    compare_view = CompareView(conn)
    compare_view.resize(1300, 850)
    compare_view.show()
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM reports WHERE municipality = 'Helsingborg' AND report_type = 'annual'"
        " ORDER BY period_end DESC LIMIT 2")]  # fmt: skip

    def open_comparison() -> None:
        compare_view.compare(ids[1], ids[0])
        compare_view.grab()

    for name, action in (("goal view", open_goal), ("comparison view", open_comparison)):
        action()
        app.processEvents()
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            action()
            times.append((time.perf_counter() - started) * 1000)
            app.processEvents()
        median = statistics.median(times)
        verdict = "ok" if median < TARGET_MS else "OVER TARGET"
        print(
            f"{name} on {n_reports} reports: median {median:.0f} ms of {RUNS} (target < {TARGET_MS:.0f} ms) {verdict}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

"""'Att fråga om' on a library of 1,000 reports: the checks, and opening a report's list.

Targets (issue 17): every check over the whole library in under 2 s; a report's list
opened (read, laid out and painted offscreen, its evidence built from the rows it names)
in under 100 ms. The checks share the committees with helper processes on the machine's
other cores (analysis/flags/helpers.py): the CPU printed is theirs and this process's.
Also timed: making the library's flags current after one KPI value was corrected (only
its committee is checked again), and the first check of the copy, which writes every
flag (the timed checks run every check again and find the same flags, so their rows are
left as they are). Medians of several runs after a warm-up, wall clock and CPU. The
library is bench/synthetic_library.py's (50 reports per municipality, years shifted,
figures varied: many flags, a worst case); the checks run on a copy, so the cached
library stays as it was built.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import cached_library  # noqa: E402

CHECK_RUNS = 3
OPEN_RUNS = 7
CHECK_TARGET_S = 2.0
OPEN_TARGET_MS = 100.0


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the checks' helpers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _timed(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    started, cpu = time.perf_counter(), _cpu()
    action()
    return time.perf_counter() - started, _cpu() - cpu


def reference_s() -> float:
    """A fixed piece of pure Python (3 M additions): how fast this machine is right now."""
    started = time.process_time()
    total = 0
    for i in range(3_000_000):
        total += i
    return time.process_time() - started


def main(n_reports: int = 1000) -> None:
    from desktop.analysis.flags import ensure_fresh, library_flags, refresh, report_flags
    from desktop.store.library import open_library

    folder = Path(tempfile.mkdtemp(prefix="bench-flags-"))
    os.environ["NAMNDLASAREN_HOME"] = str(folder)  # no user.db of the member's is read
    try:
        path = folder / "library.db"
        shutil.copy(cached_library(n_reports), path)
        conn = open_library(path)
        reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        # warm-up: the first run also migrates caches, and writes every flag (a forced check
        # that finds the flags kept leaves their rows as they are)
        first = _timed(lambda: refresh(conn, force=True, overrides={}))

        runs = [_timed(lambda: refresh(conn, force=True, overrides={})) for _ in range(CHECK_RUNS)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        flags = len(library_flags(conn))
        stored = conn.execute("SELECT count(*) FROM flags").fetchone()[0]
        verdict = "ok" if wall < CHECK_TARGET_S else "OVER TARGET"
        print(f"checks over {reports} reports: median {wall:.2f} s (CPU {cpu:.2f} s) of "
              f"{CHECK_RUNS}, {stored} flags kept, {flags} shown (target < {CHECK_TARGET_S:.0f} s)"
              f" {verdict}")  # fmt: skip
        print(
            f"the first check of the copy, every flag written: {first[0]:.2f} s (CPU {first[1]:.2f} s)"
        )

        kpi_id = conn.execute(
            "SELECT k.id FROM kpis k JOIN reports r ON r.id = k.report_id"
            " WHERE r.municipality = 'Helsingborg' ORDER BY r.period_end DESC LIMIT 1"
        ).fetchone()[0]
        again = []
        for step in range(CHECK_RUNS):
            conn.execute("UPDATE kpi_values SET value = value + ? WHERE kpi_id = ?",
                         (1 if step % 2 == 0 else -1, kpi_id))  # fmt: skip
            again.append(_timed(lambda: ensure_fresh(conn)))
        print(
            f"checked again after one corrected value: median "
            f"{statistics.median(a[0] for a in again) * 1000:.0f} ms (which committees changed"
            f" found by grouped sums; that one read and checked again)"
        )

        from PySide6.QtWidgets import QApplication

        from desktop.ui.flags_view import FlagsView

        app = QApplication.instance() or QApplication([])
        report_id = max(
            (r[0] for r in conn.execute("SELECT id FROM reports")),
            key=lambda r: len(report_flags(conn, r)),
        )
        shown = len(report_flags(conn, report_id))
        view = FlagsView(conn)
        view.resize(1300, 850)
        view.show()

        def open_list() -> None:
            view.report_id = None
            view.show_report(report_id)
            view.grab()

        open_list()
        app.processEvents()
        times = []
        for _ in range(OPEN_RUNS):
            times.append(_timed(open_list)[0] * 1000)
            app.processEvents()
        median = statistics.median(times)
        verdict = "ok" if median < OPEN_TARGET_MS else "OVER TARGET"
        print(f"opening a report's list ({shown} flags) on {reports} reports: median "
              f"{median:.0f} ms of {OPEN_RUNS} (target < {OPEN_TARGET_MS:.0f} ms) {verdict}")  # fmt: skip
        print(f"(this machine now: 3 M Python additions in {reference_s():.2f} s)")
        conn.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)

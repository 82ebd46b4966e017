"""Library search on 10,000 reports: p50 and p95 over a set of member-like queries.

Target (issue 6): under 50 ms per query.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_library import cached_library  # noqa: E402

QUERIES = ["familjehem", "okad", "försörjningsstöd", "väntetid", "budget i balans", "socialforvaltningen",
           "barn unga", "ekonomiskt bistånd", "HVB", "sjukfrånvaro", "målanalys", "placer", "trygg stad",
           "missbruk", "nöjd kund index", "hemlöshet", "prognos", "kommunbidrag", "LVM", "skolnärvaro"]  # fmt: skip
TARGET_MS = 50.0


def main(n_reports: int = 10_000) -> None:
    from desktop.store.search import search_library

    conn = sqlite3.connect(cached_library(n_reports))
    for query in QUERIES:  # warm the page cache once
        search_library(conn, query)
    times = []
    for _ in range(3):
        for query in QUERIES:
            started = time.perf_counter()
            search_library(conn, query)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(len(times) * 0.95) - 1]
    verdict = "ok" if p95 < TARGET_MS else "OVER TARGET"
    print(f"search on {n_reports} reports: p50 {p50:.1f} ms, p95 {p95:.1f} ms over {len(times)} queries"
          f" (target < {TARGET_MS:.0f} ms) {verdict}")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)

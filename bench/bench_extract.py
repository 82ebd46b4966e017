"""Extraction time per seed report (text input): median of 7 runs after one warm-up.

The warm-up loads what a running app has loaded once (imports, the Swedish word list);
the cache of repaired OCR words is emptied before every run, so the OCR'd report pays
for its repair each time.

Target (issue 3): under 50 ms per report for text input.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from desktop.ingest.pipeline import extract_file
from desktop.ingest.readers.ocr_repair import clear_word_caches

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
RUNS = 7
TARGET_MS = 50.0


def main() -> None:
    for path in sorted(REPORTS.glob("*.txt")):
        extract_file(path)  # warm-up: imports, word lists
        times = []
        for _ in range(RUNS):
            clear_word_caches()
            started = time.perf_counter()
            extract_file(path)
            times.append((time.perf_counter() - started) * 1000)
        median = statistics.median(times)
        verdict = "ok" if median < TARGET_MS else "OVER TARGET"
        print(
            f"extract {path.name}: median {median:.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}"
        )


if __name__ == "__main__":
    main()

"""Start-up: process start to the main window painted with the library loaded.

Printed next to the floor (a bare PySide6 window with one pyqtgraph plot); the target
is at most 1.3 × the floor. Median of 5 runs of each, interleaved, the library built beforehand.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 5


def wall_time(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> None:
    home = tempfile.mkdtemp(prefix="bench-startup-")
    env = {
        **os.environ,
        "NAMNDLASAREN_HOME": home,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"], env=env, check=True, capture_output=True
    )  # builds library
    app_env = {**env, "NAMNDLASAREN_BENCH_EXIT_AFTER_PAINT": "1"}
    # interleaved, so that a busy moment of the machine falls on both alike
    app_times, floor_times = [], []
    for _ in range(RUNS):
        app_times.append(wall_time([sys.executable, "-m", "desktop"], app_env))
        floor_times.append(wall_time([sys.executable, str(HERE / "floor_window.py")], env))
    app, floor = statistics.median(app_times), statistics.median(floor_times)
    ratio = app / floor
    verdict = "ok" if ratio <= 1.3 else "OVER TARGET"
    print(f"start-up to painted main window: median {app:.2f} s; floor (PySide6 + pyqtgraph window) "
          f"{floor:.2f} s; ratio {ratio:.2f} (target <= 1.30) {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()

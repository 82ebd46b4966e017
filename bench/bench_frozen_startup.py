"""Start-up time of the frozen app (dist/) against the same code run from source.

Each run starts the app with NAMNDLASAREN_BENCH_EXIT_AFTER_PAINT=1, which makes it print a
timestamp (time.time()) once the main window has painted and exit. The time counted is from
just before the process is spawned to that timestamp, so it includes the bootloader
unpacking nothing (one-folder build), Python start, imports, opening the library and the
first paint. A run whose app prints no timestamp is timed to its exit instead (and says so).

One warm-up run per variant (fills the OS file cache and copies the prebuilt library into a
fresh NAMNDLASAREN_HOME, as a member's first start would), then RUNS timed runs; the median
is reported. Build the package first: `make package`.

Usage: python bench/bench_frozen_startup.py [--runs 5] [--until paint|smoke] [--app PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
TIMEOUT_S = 60
BENCH_ENV = "NAMNDLASAREN_BENCH_EXIT_AFTER_PAINT"
FLOAT = re.compile(r"(\d{9,}\.\d+)")  # an epoch timestamp in seconds


def default_app() -> Path:
    if sys.platform == "win32":
        return ROOT / "dist" / "namndlasaren" / "namndlasaren-cli.exe"
    mac = ROOT / "dist" / "Nämndläsaren.app" / "Contents" / "MacOS" / "namndlasaren"
    if sys.platform == "darwin" and mac.exists():
        return mac
    return ROOT / "dist" / "namndlasaren" / "namndlasaren"


def clean_env(home: Path, frozen: bool) -> dict[str, str]:
    """The environment of one run: a fixed home, offscreen unless a display was asked for."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if frozen:
        env.pop("VIRTUAL_ENV", None)
    else:
        env["PYTHONPATH"] = str(ROOT / "src")  # this tree's code, whatever is installed
    env["NAMNDLASAREN_HOME"] = str(home)
    env[BENCH_ENV] = "1"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, bool]:
    """Seconds from spawn to first paint (or to exit), and whether the app reported a paint."""
    start = time.time()
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(
            f"bench_frozen_startup: {' '.join(command)} still running after {TIMEOUT_S} s; does the"
            f" app exit after its first paint when {BENCH_ENV}=1? (or use --until smoke)"
        ) from exc
    end = time.time()
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-500:]}"
        )
    stamps = [float(m) for m in FLOAT.findall(done.stdout)]
    stamps = [s for s in stamps if start <= s <= end]
    if stamps:
        return stamps[-1] - start, True
    return end - start, False


def measure(name: str, command: list[str], frozen: bool, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"bench-start-{name}-") as tmp:
        env = clean_env(Path(tmp), frozen)
        one_run(command, env)  # warm-up: file cache, library copied into the home
        times, painted = [], True
        for _ in range(runs):
            seconds, saw_paint = one_run(command, env)
            times.append(seconds)
            painted = painted and saw_paint
    return {
        "variant": name,
        "command": command,
        "runs_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "until": "first paint" if painted else "process exit (no paint timestamp printed)",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--app", type=Path, default=default_app(), help="the frozen executable")
    parser.add_argument(
        "--until",
        choices=("paint", "smoke"),
        default="paint",
        help="first paint (default) or the end of a --smoke run",
    )
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results" / "frozen_startup.json"
    )
    args = parser.parse_args()

    if not args.app.exists():
        print(f"bench_frozen_startup: no frozen app at {args.app}; run `make package` first")
        return 1
    # --until smoke times the whole `--smoke` tour instead (for an app without the variable).
    app_args = ["--smoke"] if args.until == "smoke" else []
    results = [
        measure("source", [sys.executable, "-m", "desktop", *app_args], False, args.runs),
        measure("frozen", [str(args.app), *app_args], True, args.runs),
    ]
    source, frozen = results
    ratio = float(frozen["median_s"]) / float(source["median_s"])  # type: ignore[arg-type]
    for r in results:
        runs = ", ".join(f"{t:.2f}" for t in r["runs_s"])  # type: ignore[attr-defined]
        print(f"{r['variant']:>7}: median {r['median_s']:.2f} s until {r['until']}  [{runs}]")
    print(f"  frozen / source: {ratio:.2f}×")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"runs": args.runs, "results": results, "frozen_over_source": round(ratio, 3)},
            indent=2,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time of the frozen app (dist/) against the same code run from source.

Each run starts the app with NAMNDLASAREN_BENCH_EXIT_AFTER_PAINT=1 (desktop/ui/app.py): it
shows the main window, paints it, prints `painted <s>` (seconds since run_gui was entered)
and quits. Two figures per run:

- total: from just before the process is spawned until it has exited, so it includes what
  freezing changes: the bootloader, Python's start, unpacking nothing (one-folder build),
  imports from the PYZ archive, then the library, the first paint and a short tear-down;
- in-app: the app's own `painted` figure, which starts after the imports of the CLI.

One warm-up run per variant (fills the OS file cache and copies the library into a fresh
NAMNDLASAREN_HOME, as a member's first start would), then RUNS timed runs; medians reported.
Build the package first: `make package`.

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
PAINTED = re.compile(r"^painted (\d+(?:\.\d+)?)", re.MULTILINE)


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


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawn to exit, and the app's own seconds to first paint (None if absent)."""
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(
            f"bench_frozen_startup: {' '.join(command)} still running after {TIMEOUT_S} s; does the"
            f" app exit after its first paint when {BENCH_ENV}=1? (or use --until smoke)"
        ) from exc
    total = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited {done.returncode}: {done.stderr.strip()[-500:]}"
        )
    painted = PAINTED.findall(done.stdout)
    return total, (float(painted[-1]) if painted else None)


def measure(name: str, command: list[str], frozen: bool, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix=f"bench-start-{name}-") as tmp:
        env = clean_env(Path(tmp), frozen)
        one_run(command, env)  # warm-up: file cache, library copied into the home
        totals: list[float] = []
        in_app: list[float] = []
        for _ in range(runs):
            total, painted = one_run(command, env)
            totals.append(total)
            if painted is not None:
                in_app.append(painted)
    return {
        "variant": name,
        "command": command,
        "total_s": [round(t, 3) for t in totals],
        "median_total_s": round(statistics.median(totals), 3),
        "in_app_s": [round(t, 3) for t in in_app],
        "median_in_app_s": round(statistics.median(in_app), 3) if in_app else None,
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
    ratio = float(frozen["median_total_s"]) / float(source["median_total_s"])  # type: ignore[arg-type]
    for r in results:
        runs = ", ".join(f"{t:.2f}" for t in r["total_s"])  # type: ignore[attr-defined]
        in_app = r["median_in_app_s"]
        in_app_text = f", in-app to first paint {in_app:.2f} s" if in_app is not None else ""
        print(
            f"{r['variant']:>7}: median {r['median_total_s']:.2f} s spawn to exit [{runs}]{in_app_text}"
        )
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

"""Every hostile input of tests/hostile_inputs.py through the real command (issue 14).

Each case runs `namndlasaren` in its own process on its own copy of a home with a library
and a note: it must exit 0 or 2 (as the case says) with, when refused, exactly one line
on stderr and no traceback, within 30 s and 1 GB of memory (the child's peak resident
size, from `resource` via os.wait4), and when refused leave library.db and user.db as
they were. Two cases run at a time (the machines have two cores).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.hostile_inputs import Case, annotation_files, libraries, pdfs, texts

from desktop.annotate import notes
from desktop.store import queries
from desktop.store.library import open_library
from desktop.store.userdb import open_user_db

TIME_LIMIT_S = 30.0
MEMORY_LIMIT_KB = 1024 * 1024
PARALLEL = 2


@dataclass
class Outcome:
    case: Case
    home: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_kb: int
    before: tuple[str, list[str]]


def state(home: Path) -> tuple[str, list[str]]:
    """library.db by content, user.db by what it holds (its WAL may be checkpointed)."""
    library = hashlib.sha256((home / "library.db").read_bytes()).hexdigest()
    conn = sqlite3.connect(home / "user.db")
    try:
        return library, list(conn.iterdump())
    finally:
        conn.close()


def seeded_home(template: Path, folder: Path) -> Path:
    home = folder / "home"
    home.mkdir(parents=True)
    shutil.copy(template / "library.db", home / "library.db")
    for part in template.glob("user.db*"):
        shutil.copy(part, home / part.name)
    return home


def start(case: Case, home: Path) -> tuple[subprocess.Popen[bytes], float, Path]:
    env = {**os.environ, "NAMNDLASAREN_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = home.parent / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", *case.command, str(case.path)],
        env=env,
        stdout=open(out.with_suffix(".stdout"), "wb"),  # noqa: SIM115
        stderr=open(out.with_suffix(".stderr"), "wb"),  # noqa: SIM115
    )
    return process, time.monotonic(), out


def finish(process: subprocess.Popen[bytes], started: float) -> tuple[int, float, int]:
    """Wait for the child (killed past the time limit); its exit code, time and peak memory."""
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            return process.returncode, time.monotonic() - started, usage.ru_maxrss
        if time.monotonic() - started > TIME_LIMIT_S * 2:
            process.kill()
        time.sleep(0.02)


def run_all(cases: list[Case], template: Path, work: Path) -> list[Outcome]:
    outcomes: list[Outcome] = []
    pending = list(cases)
    running: list[
        tuple[Case, Path, tuple[str, list[str]], subprocess.Popen[bytes], float, Path]
    ] = []
    while pending or running:
        while pending and len(running) < PARALLEL:
            case = pending.pop(0)
            home = seeded_home(template, work / case.name.replace(":", "-"))
            before = state(home)
            running.append((case, home, before, *start(case, home)))
        case, home, before, process, started, out = running.pop(0)
        code, seconds, peak = finish(process, started)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        outcomes.append(
            Outcome(
                case, home, code,
                out.with_suffix(".stdout").read_text(encoding="utf-8", errors="replace"),
                out.with_suffix(".stderr").read_text(encoding="utf-8", errors="replace"),
                seconds, peak, before,
            )
        )  # fmt: skip
    return outcomes


def problems(outcome: Outcome) -> list[str]:
    case, found = outcome.case, []
    expected = 0 if case.accepted else 2
    if outcome.returncode != expected:
        found.append(f"exit {outcome.returncode}, expected {expected}: {outcome.stderr[-300:]!r}")
    if "Traceback" in outcome.stderr:
        found.append("traceback")
    if not case.accepted:
        if outcome.stderr.count("\n") != 1:
            found.append(f"stderr is not one line: {outcome.stderr[-300:]!r}")
        elif str(case.path) not in outcome.stderr:
            found.append(f"the line does not name the file: {outcome.stderr!r}")
        if state(outcome.home) != outcome.before:
            found.append("a database changed")
    if outcome.seconds > TIME_LIMIT_S:
        found.append(f"took {outcome.seconds:.1f} s")
    if outcome.peak_kb > MEMORY_LIMIT_KB:
        found.append(f"peak memory {outcome.peak_kb // 1024} MB")
    return [f"{case.name}: {p}" for p in found]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, built_library: Path) -> Path:
    """A home with the bundled library and one question on the 2021 report."""
    home = tmp_path_factory.mktemp("template")
    shutil.copy(built_library, home / "library.db")
    library = open_library(home / "library.db")
    report = next(r for r in queries.list_reports(library) if r.period_end == "2021-12-31")
    section = next(s for s in queries.report_sections(library, report.id) if "familjehem" in s.text)
    user = open_user_db(home / "user.db")
    at = section.text.index("familjehem")
    notes.add(user, report, "question", section=section, start=at, end=at + 40, body="Varför?")
    user.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    user.close()
    library.close()
    return home


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["texts", "pdfs", "annotations", "libraries"])
def test_hostile_inputs_end_in_exit_0_or_2_with_one_line(
    template: Path, built_library: Path, tmp_path: Path, kind: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sha = next(
        r.sha256
        for r in queries.list_reports(open_library(template / "library.db"))
        if r.period_end == "2021-12-31"
    )
    cases = {
        "texts": lambda: texts(corpus),
        "pdfs": lambda: pdfs(corpus),
        "annotations": lambda: annotation_files(corpus, sha),
        "libraries": lambda: libraries(corpus, built_library),
    }[kind]()
    outcomes = run_all(cases, template, tmp_path / "runs")
    found = [p for outcome in outcomes for p in problems(outcome)]
    assert not found, "\n".join(found)
    assert len(outcomes) == len(cases) >= (7 if kind == "pdfs" else 10)
    slowest = max(outcomes, key=lambda o: o.seconds)
    biggest = max(outcomes, key=lambda o: o.peak_kb)
    print(f"{kind}: slowest {slowest.case.name} {slowest.seconds:.1f} s,"
          f" biggest {biggest.case.name} {biggest.peak_kb // 1024} MB")  # fmt: skip

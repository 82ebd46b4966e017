"""`namndlasaren export-summary` for a meeting with 50 annotations on the bundled library.

Target (issue 5): under 2 s. Median of 5 runs of the whole command (a new process each
time, as a member or a script would run it), after one warm-up run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TARGET_S = 2.0
ANNOTATIONS = 50


def annotate(home: Path) -> int:
    """A meeting with 50 annotations: goal notes, quoted passages, questions."""
    from desktop.annotate import notes
    from desktop.store import queries
    from desktop.store.library import default_library, open_library
    from desktop.store.userdb import open_user_db

    library = open_library(default_library())
    user = open_user_db()
    meeting = notes.add_meeting(user, "Socialnämnden 15 december", "2026-12-15")
    passages = [
        (report, section)
        for report in queries.list_reports(library)
        for section in queries.report_sections(library, report.id)
        if len(section.text) > 300
    ]
    goals = [
        (report, goal)
        for report in queries.list_reports(library)
        for goal in queries.report_goals(library, report.id)
    ]
    for i in range(ANNOTATIONS):
        if i % 5 == 0:
            report, goal = goals[i % len(goals)]
            notes.add(user, report, "note", goal_title=goal.title, meeting_id=meeting,
                      body=f"Anteckning {i} om målet: varför gick det så här?")  # fmt: skip
            continue
        report, section = passages[(i * 7) % len(passages)]
        start = (i * 37) % (len(section.text) - 200)
        kind = "question" if i % 3 == 0 else "note"
        notes.add(user, report, kind, section=section, start=start, end=start + 160,
                  meeting_id=meeting, body=f"{kind} {i}: hur ser det ut i år jämfört med förra året?")  # fmt: skip
    return meeting


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="bench-summary-"))
    os.environ["NAMNDLASAREN_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    meeting = annotate(home)
    output = home / "summary.pdf"
    command = [sys.executable, "-m", "desktop", "export-summary", "-o", str(output),
               "--meeting", str(meeting)]  # fmt: skip
    times = []
    for run in range(RUNS + 1):
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            print(result.stderr, file=sys.stderr)
            return 1
        if run:
            times.append(elapsed)
    median = statistics.median(times)
    print(f"export-summary, {ANNOTATIONS} annotations: {result.stdout.strip()}")
    print(f"  median {median:.2f} s over {RUNS} runs (min {min(times):.2f}, max {max(times):.2f});"
          f" target < {TARGET_S:.0f} s: {'OK' if median < TARGET_S else 'OVER'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

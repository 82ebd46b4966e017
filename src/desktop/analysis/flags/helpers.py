"""A whole library's checks shared between the machine's cores.

The checks are Python: one process uses one core, and a library of a thousand reports
takes seconds. When many committees are checked at once (a library built or updated, or
checked again after the checks changed), the committees are shared between this process
and helper processes, each reading the library from its own connection (the checks only
read it) and sending back the rows to write. A helper is this same program started with a
hidden argument (`_check-flags`), so it works frozen as from source; the task goes in on
its stdin and the rows come back on its stdout, pickled. A helper that fails costs only
time: its committees are checked here.

Few reports, a library in memory, or one inside an open transaction (whose changes another
connection would not see) are checked here alone, as before.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

HELPER_ARG = "_check-flags"
MIN_REPORTS = 60  # fewer: starting a helper (~0.2 s) costs more than it saves
MAX_HELPERS = 3  # besides this process
TIME_LIMIT = 600  # seconds a helper may take before its committees are checked here

Key = TypeVar("Key", bound=Hashable)


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def helpers_for(reports: int) -> int:
    """How many helpers to start for checking this many reports."""
    if reports < MIN_REPORTS:
        return 0
    return max(0, min(cores() - 1, MAX_HELPERS))


def split(weights: Mapping[Key, int], parts: int) -> list[list[Key]]:
    """The keys in `parts` shares of about equal weight (the heaviest first, each to the
    lightest share so far); each share keeps the keys' order. No share is empty unless
    there are fewer keys than shares."""
    order = {key: n for n, key in enumerate(weights)}
    shares: list[list[Key]] = [[] for _ in range(max(1, parts))]
    loads = [0] * len(shares)
    for key in sorted(weights, key=lambda k: -weights[k]):
        lightest = loads.index(min(loads))
        shares[lightest].append(key)
        loads[lightest] += max(1, weights[key])
    return [sorted(share, key=order.__getitem__) for share in shares if share]


def start(task: Any) -> subprocess.Popen[bytes] | None:
    """A helper started on `task` (sent pickled); None if it could not be started."""
    try:
        process = subprocess.Popen(
            _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except OSError:
        return None
    stdin, process.stdin = process.stdin, None  # sent here whole: `communicate` has none to send
    try:
        assert stdin is not None
        with stdin:
            stdin.write(pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        process.kill()
        process.wait()
        return None
    return process


def finish(process: subprocess.Popen[bytes] | None) -> Any | None:
    """What a helper sent back, or None if it failed or sent nothing readable."""
    if process is None:
        return None
    try:
        out, _err = process.communicate(timeout=TIME_LIMIT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return None
    if process.returncode != 0:
        return None
    try:
        return pickle.loads(out)
    except Exception:  # noqa: BLE001  # anything unreadable: the work is done here instead
        return None


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARG]
    return [sys.executable, "-m", "desktop", HELPER_ARG]


def read_task() -> Any:
    """In a helper: the task sent on stdin."""
    return pickle.loads(sys.stdin.buffer.read())


def send(result: Sequence[Any]) -> None:
    """In a helper: the result, pickled to stdout."""
    sys.stdout.buffer.write(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.flush()

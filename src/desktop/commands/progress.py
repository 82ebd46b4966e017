"""A one-line text progress bar on stderr for headless commands."""

from __future__ import annotations

import sys
from typing import TextIO


class TextProgress:
    """Callable as `progress(done, total, name)`; redraws one line, only on a terminal."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.stream.isatty() or total == 0:
            return
        filled = self.width * done // total
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if done == total else ""
        self.stream.write(f"\r[{bar}] {done}/{total} {name[:40]:<40}{end}")
        self.stream.flush()

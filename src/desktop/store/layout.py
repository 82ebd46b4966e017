"""Where a report's text stands on its PDF pages: stored with the report, read by the page view.

For every line of a PDF report's text (the line numbers of `Report.text`, which sections,
goals, KPIs and finance rows keep), the layout records the boxes the line fills on its
pages and which of the line's characters each box holds. A passage (a search hit, an
annotation, a goal) is found on the page from its lines and, within a paragraph, from its
characters: a box is cut in proportion to the characters of it the passage covers.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass

from desktop.ingest.document import Document


@dataclass(frozen=True)
class Box:
    """A rectangle on a page (1-based), in points from the page's top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Layout:
    sizes: list[tuple[float, float]]  # (width, height) of each page, in points
    lines: dict[int, list[tuple[int, float, float, float, float, int, int]]]

    @property
    def pages(self) -> int:
        return len(self.sizes)

    def boxes(
        self, first: int, last: int, start: int | None = None, end: int | None = None
    ) -> list[Box]:
        """The boxes of lines first..last (1-based, inclusive). With start/end, only the
        characters [start, end) of a single line: the part of each box that holds them."""
        out: list[Box] = []
        for number in range(first, last + 1):
            for page, x0, top, x1, bottom, a, b in self.lines.get(number, []):
                if start is not None and end is not None and first == last and b > a:
                    if b <= start or a >= end:
                        continue
                    width = x1 - x0
                    left = x0 + width * max(0, start - a) / (b - a)
                    right = x0 + width * min(b - a, end - a) / (b - a)
                    out.append(Box(page, left, top, right, bottom))
                else:
                    out.append(Box(page, x0, top, x1, bottom))
        return out

    def page_of(self, line: int) -> int | None:
        boxes = self.lines.get(line)
        return boxes[0][0] if boxes else None


def encode(document: Document) -> bytes:
    """A document's layout, compact: per line, its fragments rounded to a tenth of a point."""
    lines = {
        str(number): [
            [
                f.page,
                round(f.x0, 1),
                round(f.top, 1),
                round(f.x1, 1),
                round(f.bottom, 1),
                f.start,
                f.end,
            ]
            for f in info.fragments
        ]
        for number, info in enumerate(document.info, start=1)
        if info.fragments
    }
    sizes = [[round(w, 1), round(h, 1)] for w, h in document.page_sizes]
    return zlib.compress(json.dumps({"sizes": sizes, "lines": lines}).encode(), 6)


MAX_LAYOUT = 64 * 1024 * 1024  # bytes of JSON: a received library's layout may not unpack to more


def decode(data: bytes) -> Layout:
    """The layout stored with a report; a ValueError for anything that is not one."""
    inflate = zlib.decompressobj()
    text = inflate.decompress(data, MAX_LAYOUT)
    if inflate.unconsumed_tail:
        raise ValueError("the stored layout unpacks to more than it may")
    raw = json.loads(text)
    return Layout(
        [(float(w), float(h)) for w, h in raw["sizes"]],
        {int(n): [tuple(f) for f in boxes] for n, boxes in raw["lines"].items()},
    )


def save(conn: sqlite3.Connection, report_id: int, document: Document) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO report_layout(report_id, pages, data) VALUES (?, ?, ?)",
        (report_id, len(document.page_sizes), encode(document)),
    )


def load(conn: sqlite3.Connection, report_id: int) -> Layout | None:
    row = conn.execute(
        "SELECT data FROM report_layout WHERE report_id = ?", (report_id,)
    ).fetchone()
    return decode(row[0]) if row else None

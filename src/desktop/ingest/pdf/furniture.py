"""Page furniture: running headers and footers, page numbers.

A line near the top or bottom edge whose text (digits aside) comes back on many pages
is furniture: "2025 ÅRSBOKSLUT 2026-01-29 SID 23 (36)", "Sida 3 av 12", the committee's
name over every page. So is a lone page number there, and the first line of a one-page
report spread across its top edge, apart from the text. Furniture is left out of the text
and kept once as evidence for the report's metadata.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.ingest.pdf.lines import Line

EDGE = 0.1  # of the page's height: where headers and footers stand
MAX_EDGE_LINES = 3  # lines at each edge that may be furniture
PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid|s\.|page)\s*)?\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3}))?$",
    re.IGNORECASE,
)


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def _edge_lines(lines: list[Line], height: float) -> list[Line]:
    top = [line for line in lines if line.bottom <= height * EDGE][:MAX_EDGE_LINES]
    bottom = [line for line in lines if line.top >= height * (1 - EDGE)][-MAX_EDGE_LINES:]
    return top + bottom


def find_furniture(pages: list[list[Line]], heights: list[float]) -> set[int]:
    """ids of the lines (id(line)) that are furniture, over all pages."""
    edges = [_edge_lines(lines, h) for lines, h in zip(pages, heights, strict=True)]
    seen = Counter(key for page in edges for key in {_key(line) for line in page})
    needed = max(2, int(0.4 * len(pages) + 0.5)) if len(pages) > 2 else 2
    out: set[int] = set()
    for page in edges:
        for line in page:
            if (
                seen[_key(line)] >= needed
                and len(pages) >= 2
                or PAGE_NUMBER.match(line.text.strip())
            ):
                out.add(id(line))
    if len(pages) == 1 and (head := _lone_page_head(pages[0], heights[0])) is not None:
        out.add(id(head))
    return out


def _lone_page_head(lines: list[Line], height: float) -> Line | None:
    """The running header of a one-page report, which no other page repeats: its first
    line, at the top edge, set apart from the text below, its parts spread across the page
    ("Borlänge kommun ………… April", as a spreadsheet prints its header)."""
    if len(lines) < 2 or lines[0].bottom > height * EDGE:
        return None
    head, below = lines[0], lines[1]
    parts = head.segments
    spread = len(parts) >= 2 and parts[-1].x0 - parts[0].x1 >= 0.25 * (head.x1 - head.x0 + 1.0)
    apart = below.top - head.bottom >= 1.5 * max(head.bottom - head.top, 1.0)
    return head if spread and apart else None

"""Page furniture: running headers and footers, page numbers.

A line near the top or bottom edge whose text (digits aside) comes back on many pages
is furniture: "2025 ÅRSBOKSLUT 2026-01-29 SID 23 (36)", "Sida 3 av 12", the committee's
name over every page. So is a lone page number there. Furniture is left out of the text
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
    return out

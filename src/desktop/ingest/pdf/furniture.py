"""Page furniture: running headers and footers, page numbers.

A line near the top or bottom edge whose text (digits aside) comes back on many pages
is furniture: "2025 ÅRSBOKSLUT 2026-01-29 SID 23 (36)", "Sida 3 av 12", the committee's
name over every page. So is a lone page number there, and the first line of a one-page
report spread across its top edge, apart from the text; and, on a page of its own, a header
carrying the page's number out of the total or a footer of contact details. Furniture is
left out of the text and kept once as evidence for the report's metadata.
"""

from __future__ import annotations

import re
from collections import Counter

from desktop.ingest.pdf.lines import Line, Segment

EDGE = 0.1  # of the page's height: where headers and footers stand
MAX_EDGE_LINES = 3  # lines at each edge that may be furniture
SAME_PLACE = 2.0  # points: baselines and type sizes this close are a running header's
PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid|s\.|page)\s*)?\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|/\s*\d{1,3}))?$",
    re.IGNORECASE,
)


# a page's number out of the total, ending a line: "TJÄNSTESKRIVELSE 2(2)", "Sida 3 av 12"
PAGE_OF_PAGES = re.compile(
    r"(?:\b\d{1,3}\s*\(\s*\d{1,3}\s*\)|\b(?:sida|sid|s\.)\s*\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?"
    r"|\b\d{1,3}\s+av\s+\d{1,3})$",
    re.IGNORECASE,
)
# how to reach the organisation: a letterhead's footer ("Postadress … Telefon … www.…")
CONTACT = re.compile(
    r"\bwww\.|\S@\S+\.\w|\bpostadress|\bbesöksadress|\btelefon\b|\btel\.|\borg\.?\s*nr|\bvxl\b",
    re.IGNORECASE,
)


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))


def _edges(
    lines: list[Line], height: float, shift: tuple[float, float]
) -> tuple[list[Line], list[Line]]:
    """The lines that may be a page's header (its first ones at the top edge) and footer
    (its last ones at the bottom edge)."""
    top = [line for line in lines if line.bottom <= height * (EDGE + shift[0])][:MAX_EDGE_LINES]
    bottom = [line for line in lines if line.top >= height * (1 - EDGE - shift[1])]
    return top, bottom[-MAX_EDGE_LINES:]


def _edge_lines(lines: list[Line], height: float, shift: tuple[float, float]) -> list[Line]:
    top, bottom = _edges(lines, height, shift)
    return top + bottom


def _shift(pages: list[list[Line]], heights: list[float]) -> tuple[float, float]:
    """How far (of the page's height) the edges move in from the top and the bottom: none,
    unless no page prints anything in its top or bottom tenth (pages printed shrunk, with
    a draft's markup beside them): then the edges are where the printed area begins and
    ends."""
    printed = [(lines, h) for lines, h in zip(pages, heights, strict=True) if lines]
    tops = [min(line.top for line in lines) / h for lines, h in printed]
    bottoms = [1 - max(line.bottom for line in lines) / h for lines, h in printed]
    if not tops:
        return 0.0, 0.0
    top, bottom = min(tops), min(bottoms)
    return (top if top > EDGE else 0.0), (bottom if bottom > EDGE else 0.0)


def find_furniture(pages: list[list[Line]], heights: list[float]) -> set[int]:
    """ids of the lines (id(line)) that are furniture, over all pages."""
    shift = _shift(pages, heights)
    edges = [_edge_lines(lines, h, shift) for lines, h in zip(pages, heights, strict=True)]
    seen = Counter(key for page in edges for key in {_key(line) for line in page})
    needed = max(2, int(0.4 * len(pages) + 0.5)) if len(pages) > 2 else 2
    facing = _facing_pages(edges)
    out: set[int] = set()
    for page in edges:
        for line in page:
            if (
                seen[_key(line)] >= needed
                and len(pages) >= 2
                or _key(line) in facing
                or PAGE_NUMBER.match(line.text.strip())
            ):
                out.add(id(line))
    for lines, h in zip(pages, heights, strict=True):
        out |= _page_of_its_own(lines, h, shift)
    if len(pages) == 1 and (head := _lone_page_head(pages[0], heights[0])) is not None:
        out.add(id(head))
    return out


def _facing_pages(edges: list[list[Line]]) -> set[str]:
    """The keys of a book's running headers and footers, printed on its left pages only or
    its right pages only ("Trelleborgs kommun · Verksamhetsberättelse 2025" on the even
    pages): as many of the pages of that side as furniture needs of all pages."""
    on: dict[str, set[int]] = {}
    for number, page in enumerate(edges):
        for key in {_key(line) for line in page}:
            on.setdefault(key, set()).add(number % 2)
    out = set()
    for key, sides in on.items():
        if len(sides) != 1:
            continue
        side = next(iter(sides))
        count = sum(1 for number, page in enumerate(edges)
                    if number % 2 == side and any(_key(line) == key for line in page))  # fmt: skip
        pages_of_side = len(range(side, len(edges), 2))
        if count >= max(2, int(0.4 * pages_of_side + 0.5)) and len(edges) >= 4:
            out.add(key)
    return out


def _page_of_its_own(lines: list[Line], height: float, shift: tuple[float, float]) -> set[int]:
    """A page's header or footer that no other page repeats (a memo's second page, a
    letterhead's first): the block at the edge with the page's number out of the total
    ("Kristinehamns kommun TJÄNSTESKRIVELSE 2(2)" over its date and diarienummer), and a
    footer of contact details (two at least: "Postadress …", "Telefon …", "www.…")."""
    top, bottom = _edges(lines, height, shift)
    out: set[int] = set()
    for block in (top, bottom):
        marked = [line for line in block if PAGE_OF_PAGES.search(line.text.strip())]
        if marked:
            out |= {id(line) for line in _stacked_with(block, marked[0])}
        out |= {id(line) for line in block if len(CONTACT.findall(line.text)) >= 2}
    return out


def _stacked_with(block: list[Line], line: Line) -> list[Line]:
    """The lines of an edge block set close above and below `line`, and it."""
    out = [line]
    for neighbours in (reversed(block[: block.index(line)]), block[block.index(line) + 1 :]):
        last = line
        for other in neighbours:
            gap = max(other.top - last.bottom, last.top - other.bottom)
            if gap > 1.5 * max(last.bottom - last.top, 1.0):
                break
            out.append(other)
            last = other
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


def chapter_headers(
    pages: list[list[Line]], heights: list[float], titles: list[str], furniture: list[Line]
) -> set[int]:
    """ids of the running headers and footers that name the chapter the page is in ("2 Mål
    och måluppfyllelse" over a right page), each printed over a chapter's pages only, so not
    often enough to be furniture by count: an edge line whose words are a title of the
    table of contents (its number aside), standing where the document's other running
    headers or footers stand, in their type (a chapter's heading at the top of a page is
    set larger, lower down)."""
    names = {_title_key(title) for title in titles} - {""}
    if not names or not furniture:
        return set()
    shift = _shift(pages, heights)
    return {
        id(line)
        for lines, height in zip(pages, heights, strict=True)
        for line in _edge_lines(lines, height, shift)
        if _title_key(line.text) in names
        and any(
            abs(line.baseline - other.baseline) <= SAME_PLACE
            and abs(line.size - other.size) <= SAME_PLACE
            for other in furniture
        )
    }


def _title_key(text: str) -> str:
    return " ".join(re.sub(r"^\s*\d+(?:\.\d+)*\.?\s+", "", text).lower().split())


MARGIN = 0.08  # of the page's width: the outer strip where a title set turned is furniture
NAV_ITEMS = 3  # items at least of a column of navigation repeated on the pages
NAV_CELL = 30  # characters at most of an item


def side_furniture(pages: list[list[Line]], widths: list[float]) -> set[int]:
    """ids of the words (id(word)) of furniture in the side margins: a title set turned
    along the page's outer edge ("Verksamhetsberättelse 2025 · Kultur- och fritidsnämnden"
    reading up the margin), and a column of navigation, the report's chapter names printed
    at the same place beside the text on most pages (three items at least, one above the
    other; a table's heading repeated over its rows on the next page is one item)."""
    out: set[int] = set()
    for lines, width in zip(pages, widths, strict=True):
        edge = [
            w
            for line in lines
            for w in line.words
            if w.x1 < MARGIN * width or w.x0 > (1 - MARGIN) * width
        ]
        turned = [w for w in edge if w.turned]
        # the title's words and the rest of its run (a "·" between them, one letter high)
        out.update(
            id(w)
            for w in edge
            if any(
                abs(w.x0 - t.x0) <= SAME_PLACE and abs(w.x1 - t.x1) <= SAME_PLACE for t in turned
            )
        )
    if len(pages) < 2:
        return out
    needed = max(2, int(0.4 * len(pages) + 0.5))
    items: dict[str, list[tuple[int, Segment, float]]] = {}  # text → (page, item, its top)
    for number, lines in enumerate(pages):
        for line in lines:
            segment = line.segments[0]
            if len(segment.text) <= NAV_CELL:
                top = min(w.top for w in segment.words)  # its own: the line's may be taller
                items.setdefault(segment.text, []).append((number, segment, top))
    repeated: list[tuple[int, Segment]] = []
    for same in items.values():
        for number, segment, top in same:
            pages_with = {
                other
                for other, s, t in same
                if abs(s.x0 - segment.x0) <= SAME_PLACE and abs(t - top) <= SAME_PLACE
            }
            if len(pages_with) >= needed:
                repeated.append((number, segment))
    for number, lines in enumerate(pages):
        mine = [s for n, s in repeated if n == number]
        for item in mine:
            column = [s for s in mine if abs(s.x0 - item.x0) <= SAME_PLACE]
            # a column of its own: nothing else of the page begins where its items do (a
            # form's labels stand where its paragraphs begin too)
            others = [
                line
                for line in lines
                if abs(line.segments[0].x0 - item.x0) <= SAME_PLACE
                and not any(line.segments[0] is s for s in column)
            ]
            if len(column) >= NAV_ITEMS and not others:
                out.update(id(w) for w in item.words)
    return out

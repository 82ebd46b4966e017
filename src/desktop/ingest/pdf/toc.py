"""The table of contents: read as entries (title, page, level), never shown as text.

An entry is a line that ends in a page number, after dot leaders or a wide gap; a run of
them, under a heading "Innehåll" or "Innehållsförteckning" or at least four in a row,
is the table of contents. An entry's level comes from its numbering ("2.1") or its indent.
"""

from __future__ import annotations

import re

from desktop.ingest.document import TocEntry
from desktop.ingest.pdf.lines import Line

TOC_HEADING = re.compile(r"^\s*inneh[aå]ll(?:sf[oö]rteckning)?\s*:?\s*$", re.IGNORECASE)
ENTRY = re.compile(r"^(?P<title>.*?\S)\s*(?:[.·…_ ]{2,}|\t|\s{2,})?\s*(?P<page>\d{1,3})$")
LEADERS = re.compile(r"[.·…_]{3,}|\.(?: \.){2,}")
NUMBERING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+\S")
MIN_RUN = 4


def _entry(line: Line) -> tuple[str, int] | None:
    text = line.text.strip()
    has_gap = len(line.segments) == 2 and line.segments[-1].text.strip().isdigit()
    led = [k for k, w in enumerate(line.words) if w.leader_before]
    if led and not (led[-1] == len(line.words) - 1 and line.words[-1].text.isdigit()):
        return None  # leaders before figures ("Förskola …… 171 300 174 000"): a table row
    leaders = LEADERS.search(text) or led
    if not (leaders or has_gap):
        return None
    if re.search(r"\d[\s,.]*$", line.segments[0].text.strip()) and not leaders:
        return None  # a table row of numbers, not a title and its page
    match = ENTRY.match(text)
    if not match:
        return None
    title = " ".join(LEADERS.sub(" ", match.group("title")).split()).strip(" .·…_")
    if not title or not any(ch.isalpha() for ch in title) or len(title) > 150:
        return None
    return title, int(match.group("page"))


def find_toc(lines: list[Line]) -> tuple[list[TocEntry], set[int]]:
    """The entries of the table of contents among the first pages' lines, and the ids of
    the lines it uses (its heading included)."""
    entries: list[tuple[Line, str, int]] = []
    used: set[int] = set()
    run: list[tuple[Line, str, int]] = []
    heading: Line | None = None

    def close() -> None:
        nonlocal run, heading
        if len(run) >= MIN_RUN or (heading is not None and len(run) >= 2):
            entries.extend(run)
            used.update(id(line) for line, _, _ in run)
            if heading is not None:
                used.add(id(heading))
        run = []
        heading = None

    for line in lines:
        if TOC_HEADING.match(line.text):
            close()
            heading = line
            continue
        found = _entry(line)
        if found:
            run.append((line, *found))
        elif (
            run
            and len(line.text) < 120
            and not line.text.strip()[-1:].isdigit()
            and _continues(run, line)
        ):
            # a title that wraps before its page number
            continue
        else:
            close()
    close()
    return _levels(_plausible(entries)), {
        i
        for i in used
        if any(id(e[0]) == i for e in _plausible(entries)) or i not in {id(e[0]) for e in entries}
    }


def _plausible(entries: list[tuple[Line, str, int]]) -> list[tuple[Line, str, int]]:
    """Entries whose page numbers run forward, as a table of contents' do; a run of
    lines ending in numbers that jump back and forth is a table, not contents."""
    pages = [page for _, _, page in entries]
    backwards = sum(1 for a, b in zip(pages, pages[1:], strict=False) if b < a)
    return entries if backwards <= len(pages) // 5 else []


def _continues(run: list[tuple[Line, str, int]], line: Line) -> bool:
    last = run[-1][0]
    return line.page == last.page and line.top - last.bottom < 1.5 * (last.bottom - last.top)


def _levels(entries: list[tuple[Line, str, int]]) -> list[TocEntry]:
    indents = sorted({round(line.x0 / 6) for line, _, _ in entries})
    out = []
    for line, title, page in entries:
        numbered = NUMBERING.match(title)
        if numbered:
            level = numbered.group(1).count(".") + 1
        else:
            level = indents.index(round(line.x0 / 6)) + 1
        out.append(TocEntry(title, page, min(level, 4)))
    return out

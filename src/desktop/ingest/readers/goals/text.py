"""Text around goals that knows no goal vocabulary: a run of lines as paragraphs, where a
goal's analysis stops, which section a line belongs to.

Kept apart because layout templates and corrections read paragraphs the same way
(they import `paragraphs_between` and `analysis_end` through the package), and because every
goal rule ends its analysis where these helpers say.
"""

from __future__ import annotations

import re

from desktop.ingest.document import plain
from desktop.ingest.model import Section
from desktop.ingest.readers.paragraphs import join_wrapped

ANALYSIS_STOP = re.compile(
    r"^(nyckeltal|ekonomiskt utfall|ekonomi|helarsprognos|innovation|investeringar|tjanstegarantier"
    r"|namndens inriktning|resultatrakning|driftredovisning)\b"
)


def section_at(sections: list[Section], line: int) -> int:
    index = 0
    for i, section in enumerate(sections):
        if section.line_start <= line:
            index = i
    return index


def paragraphs_between(lines: list[str], start: int, stop: int) -> str:
    """Lines [start, stop) as paragraphs: wrapped lines joined, hyphenation mended."""
    paragraphs: list[str] = []
    current = ""
    for line in lines[start:stop]:
        text = plain(line).strip()
        if re.fullmatch(r"https?://\S+", text) or "\t" in line:
            if "\t" in line and current:  # a table row ends the paragraph before it
                paragraphs.append(current)
                current = ""
            continue
        if not text:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current and paragraphs and text[:1].islower() and paragraphs[-1][-1:] not in ".!?:":
            current = paragraphs.pop()  # a paragraph the page break cut in two
        current = join_wrapped(current, text)
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def analysis_end(lines: list[str], folded: list[str], start: int) -> int:
    for j in range(start, len(lines)):
        if ANALYSIS_STOP.match(folded[j]) and len(lines[j].strip()) < 80:
            return j
    return len(lines)

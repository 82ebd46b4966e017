"""Headings the committee's reports use, learnt from the tables of contents of the bundled ones.

A report without a table of contents (the 2023 interim report, the OCR'd 2024 one) still
has "Nämndens mål", "Ekonomiskt utfall" and "Investeringar 2024" as headings; the layout
alone cannot tell "Ekonomiskt utfall" (followed by the shorter "Årets resultat") from a
table caption, but the reports that do list their headings can.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.ingest.goals import fold

YEAR = re.compile(r"\b(19|20)\d\d\b")


def heading_key(line: str) -> str:
    """The form headings are compared in: folded, years and spacing evened out."""
    return " ".join(YEAR.sub("#", fold(line)).split())


RESTORE_SCORE = 90  # rapidfuzz ratio for an OCR'd heading to take a known spelling


def is_known_heading(line: str) -> bool:
    return bool(line) and heading_key(line) in _known()


def restore_heading(heading: str) -> str:
    """A known heading's spelling for one the scan lost a letter of.

    "Kommentar till rets resultat" (the "Å" of "årets" is gone) is "Kommentar till årets
    resultat"; a year in the heading is kept as printed.
    """
    from rapidfuzz import fuzz, process

    key = heading_key(heading)
    if not key or key in _known():
        return heading
    match = process.extractOne(key, list(_known()), scorer=fuzz.ratio)
    if not match or match[1] < RESTORE_SCORE or YEAR.search(heading):
        return heading
    return _known()[match[0]]


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """heading key → the heading as a table of contents spells it."""
    from desktop.ingest.pipeline import toc_headings
    from desktop.paths import bundled_report_texts

    known: dict[str, str] = {}
    for _, text in bundled_report_texts():
        known.update((heading_key(h), h) for h in toc_headings(text.splitlines()))
    return known

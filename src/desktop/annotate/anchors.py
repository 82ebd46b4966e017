"""Where an annotation stands in a section's text: W3C Web Annotation selectors.

A TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end).
To find it again in a new version of the text: the exact quote at its old position,
then the quote whose context matches best, then a fuzzy match near the old position
(diff-match-patch, as the Hypothesis client does), accepted only when the passage found
is close to the quote. Otherwise None: the annotation is orphaned, never moved to a
look-alike passage.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

CONTEXT = 32
FUZZY_ACCEPT = 0.8  # similarity of the found passage to the quote


@dataclass(frozen=True)
class Selector:
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None


def make_selector(text: str, start: int, end: int) -> Selector:
    return Selector(
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
        start,
        end,
    )


def _context_score(text: str, at: int, selector: Selector) -> float:
    before = text[max(0, at - len(selector.prefix)) : at]
    after = text[at + len(selector.exact) : at + len(selector.exact) + len(selector.suffix)]
    return (
        difflib.SequenceMatcher(None, before, selector.prefix).ratio()
        + difflib.SequenceMatcher(None, after, selector.suffix).ratio()
    )


def locate(text: str, selector: Selector) -> tuple[int, int] | None:
    """The selector's passage in `text` as (start, end), or None when it cannot be placed."""
    exact = selector.exact
    if not exact:
        return None
    if selector.start is not None and text[selector.start : selector.start + len(exact)] == exact:
        return selector.start, selector.start + len(exact)
    hits = []
    at = text.find(exact)
    while at != -1:
        hits.append(at)
        at = text.find(exact, at + 1)
    if hits:
        best = max(
            hits, key=lambda h: (_context_score(text, h, selector), -abs(h - (selector.start or 0)))
        )
        return best, best + len(exact)
    return _fuzzy(text, selector)


def _fuzzy(text: str, selector: Selector) -> tuple[int, int] | None:
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.35
    dmp.Match_Distance = 5000
    pattern = selector.exact[: dmp.Match_MaxBits]
    expected = min(max(0, selector.start or 0), max(0, len(text) - 1))
    at = dmp.match_main(text, pattern, expected)
    if at == -1:
        return None
    length = len(selector.exact)
    best: tuple[float, int, int] | None = None
    for end in range(at + max(1, int(length * 0.8)), min(len(text), at + int(length * 1.2)) + 1):
        score = difflib.SequenceMatcher(None, text[at:end], selector.exact).ratio()
        if best is None or score > best[0]:
            best = (score, at, end)
    if best is None or best[0] < FUZZY_ACCEPT:
        return None
    return best[1], best[2]

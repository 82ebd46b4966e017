"""Where an annotation stands in a section's text: W3C Web Annotation selectors.

A TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (start, end).
To find it again in a new version of the text: the exact quote at its old position,
then the occurrence whose context matches best, then a fuzzy match near the old
position, accepted only when the passage found is close to the quote (as the Hypothesis
client does). Otherwise None: the annotation is orphaned, never moved to a look-alike.

Every step is bounded, so that placing one note takes milliseconds whatever the quote:
a long quote is found by its head and its tail (ANCHOR characters each) and then
compared as a whole; fuzzy search looks only within WINDOW characters of where the
passage was, and compares long passages by sampled pieces rather than character by
character.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

CONTEXT = 32
FUZZY_ACCEPT = 0.8  # similarity of the found passage to the quote
ANCHOR = 32  # characters of a long quote's head and tail that find it
ANCHOR_ACCEPT = 75.0  # partial_ratio of a head or tail in changed text
WINDOW = 5000  # how far from its old place a changed passage is looked for
MAX_HITS = 1000  # occurrences of an exact quote weighed by their context
MAX_CANDIDATES = 20  # head or tail positions tried for one long quote
FULL_COMPARE = 20_000  # longer passages are compared by SAMPLES pieces
SAMPLES = 32
SAMPLE_LENGTH = 48


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


def locate(text: str, selector: Selector) -> tuple[int, int] | None:
    """The selector's passage in `text` as (start, end), or None when it cannot be placed."""
    return locate_exact(text, selector) or locate_fuzzy(text, selector)


def _expected(text: str, selector: Selector) -> int:
    start = selector.start if isinstance(selector.start, int) else 0
    return min(max(0, start), max(0, len(text) - 1))


def locate_exact(text: str, selector: Selector) -> tuple[int, int] | None:
    """The quote word for word: at its old offset, else the occurrence in the best context."""
    exact = selector.exact
    if not exact or len(exact) > len(text):
        return None
    start = selector.start
    if isinstance(start, int) and start >= 0 and text.startswith(exact, start):
        return start, start + len(exact)
    hits: list[int] = []
    at = text.find(exact)
    while at != -1 and len(hits) < MAX_HITS:
        hits.append(at)
        at = text.find(exact, at + 1)
    if not hits:
        return None
    expected = _expected(text, selector)
    best = max(hits, key=lambda h: (_context_score(text, h, selector), -abs(h - expected)))
    return best, best + len(exact)


def _context_score(text: str, at: int, selector: Selector) -> float:
    prefix, suffix = selector.prefix[-CONTEXT:], selector.suffix[:CONTEXT]
    end = at + len(selector.exact)
    before = text[max(0, at - len(prefix)) : at]
    after = text[end : end + len(suffix)]
    return float(Indel.normalized_similarity(before, prefix)) + float(
        Indel.normalized_similarity(after, suffix)
    )


def locate_fuzzy(text: str, selector: Selector) -> tuple[int, int] | None:
    """A lightly changed quote near its old place, or None; bounded in time."""
    exact = selector.exact
    length = len(exact)
    if not exact or length > len(text) * 1.25 + ANCHOR:
        return None
    if length <= 2 * ANCHOR:
        return _fuzzy_short(text, selector)
    return _fuzzy_long(text, selector)


def _fuzzy_short(text: str, selector: Selector) -> tuple[int, int] | None:
    exact, length = selector.exact, len(selector.exact)
    expected = _expected(text, selector)
    offset = max(0, expected - WINDOW)
    window = text[offset : expected + length + WINDOW]
    found = fuzz.partial_ratio_alignment(exact, window, score_cutoff=FUZZY_ACCEPT * 100)
    if found is None or found.score == 0:
        return None
    at = offset + found.dest_start
    best: tuple[float, int, int] | None = None
    for start in range(max(0, at - 8), min(len(text), at + 9)):
        for end in range(start + max(1, int(length * 0.8)), start + int(length * 1.2) + 2):
            if end > len(text):
                break
            score = float(Indel.normalized_similarity(text[start:end], exact))
            if best is None or score > best[0]:
                best = (score, start, end)
    if best is None or best[0] < FUZZY_ACCEPT:
        return None
    return best[1], best[2]


def _fuzzy_long(text: str, selector: Selector) -> tuple[int, int] | None:
    exact, length = selector.exact, len(selector.exact)
    expected = _expected(text, selector)
    spans: set[tuple[int, int]] = set()
    for at in _positions(text, exact[:ANCHOR], expected):
        end = _end_after(text, exact, at)
        if end is not None:
            spans.add((at, end))
    for at in _positions(text, exact[-ANCHOR:], expected + length - ANCHOR):
        start = _start_before(text, exact, at + ANCHOR)
        if start is not None:
            spans.add((start, at + ANCHOR))
    best: tuple[float, int, int, int] | None = None
    for start, end in spans:
        score = similarity(text[start:end], exact)
        key = (score, -abs(start - expected), start, end)
        if score >= FUZZY_ACCEPT and (best is None or key > best):
            best = key
    return (best[2], best[3]) if best else None


def _positions(text: str, needle: str, expected: int) -> list[int]:
    """Where `needle` stands: word for word anywhere (nearest first), or fuzzily nearby."""
    hits: list[int] = []
    at = text.find(needle)
    while at != -1 and len(hits) < MAX_HITS:
        hits.append(at)
        at = text.find(needle, at + 1)
    hits.sort(key=lambda h: abs(h - expected))
    hits = hits[:MAX_CANDIDATES]
    offset = max(0, expected - WINDOW)
    found = _align(needle, text[offset : expected + len(needle) + WINDOW], ANCHOR_ACCEPT)
    if found is not None:
        hits.append(offset + found)
    return hits


def _align(needle: str, haystack: str, cutoff: float) -> int | None:
    if not needle or len(needle) > len(haystack):
        return None
    found = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=cutoff)
    if found is None or found.score == 0:
        return None
    return int(found.dest_start)


def _end_after(text: str, exact: str, start: int) -> int | None:
    """Where a quote starting at `start` ends: its tail 0.8–1.2 lengths on, or None."""
    length = len(exact)
    low, high = start + int(length * 0.8), min(len(text), start + int(length * 1.2))
    if high < low:
        return None
    window = text[max(0, low - ANCHOR) : high]
    for needle, cutoff in _tails(exact):
        at = window.find(needle)
        found = at if at != -1 else _align(needle, window, cutoff)
        if found is not None:
            return max(0, low - ANCHOR) + found + len(needle)
    return None


def _start_before(text: str, exact: str, end: int) -> int | None:
    """Where a quote ending at `end` starts: its head 0.8–1.2 lengths back, or None."""
    length = len(exact)
    low, high = max(0, end - int(length * 1.2)), end - int(length * 0.8)
    if high < low:
        return None
    window = text[low : high + ANCHOR]
    for needle, cutoff in _heads(exact):
        at = window.find(needle)
        found = at if at != -1 else _align(needle, window, cutoff)
        if found is not None:
            return low + found
    return None


def _heads(exact: str) -> list[tuple[str, float]]:
    """The quote's head, then a longer one: a changed word weighs less in more text."""
    longer = min(len(exact) // 2, 256)
    return [(exact[:ANCHOR], ANCHOR_ACCEPT), (exact[:longer], FUZZY_ACCEPT * 100)]


def _tails(exact: str) -> list[tuple[str, float]]:
    longer = min(len(exact) // 2, 256)
    return [(exact[-ANCHOR:], ANCHOR_ACCEPT), (exact[-longer:], FUZZY_ACCEPT * 100)]


def similarity(found: str, quote: str) -> float:
    """How close a passage is to the quote, 0..1; long ones by sampled pieces (bounded)."""
    if not quote:
        return 0.0
    if max(len(found), len(quote)) <= FULL_COMPARE:
        return float(Indel.normalized_similarity(found, quote))
    ratio = min(len(found), len(quote)) / max(len(found), len(quote))
    step = (len(quote) - SAMPLE_LENGTH) / (SAMPLES - 1)
    pieces = [quote[int(i * step) : int(i * step) + SAMPLE_LENGTH] for i in range(SAMPLES)]
    present = sum(1 for piece in pieces if piece in found)
    return min(ratio, present / SAMPLES)

"""Which KPI rows in different reports are the same KPI: name keys and fuzzy clustering.

Names differ between reports by OCR damage, line wrapping, punctuation and suffixes such
as "per tertial (årsbokslutet innehåller ackumulerat resultat)". A name key removes what
does not change the meaning; keys that are still close (rapidfuzz) and share a unit are
one series. A member's merge or split (kept in user.db) overrides the automatic link.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Remarks that say how a figure is reported, not what is measured.
_REMARKS = re.compile(
    r"\([^)]*\)"  # parenthesised remarks
    r"|\bper tertial\b|\bper kvartal\b|\bt\.?\s?o\.?\s?m\.?\s+\w+"
    r"|\backumulerat( resultat)?\b|\bhittills i år\b",
)
_NON_WORD = re.compile(r"[^\w%]+")
SIMILARITY = 92.0  # token_sort_ratio threshold; names above it read as the same KPI


def fold(text: str) -> str:
    """Casefold and drop diacritics, so OCR'd and clean spellings meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """The part of a KPI name that identifies it across reports."""
    key = fold(name)
    key = _REMARKS.sub(" ", key)
    key = _NON_WORD.sub(" ", key)
    return " ".join(key.split())


@dataclass(frozen=True)
class NamedKpi:
    """A distinct (name, unit) seen in the library, with how many rows carry it."""

    name: str
    unit: str
    rows: int = 1


WORD_SIMILARITY = 80.0


def same_kpi(a: str, b: str) -> bool:
    """Two name keys name the same KPI: close overall, and differing only in spelling.

    "väntetid från ansökan" and "väntetid från anmälan" are close but differ by a whole
    word, so they are two KPIs; "vårddyggn" and "vårddygn" differ by a letter, and
    "externaplaceringar" is "externa placeringar" with the space lost by OCR.
    """
    from rapidfuzz import fuzz

    if fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")) >= 97:
        return True
    if fuzz.token_sort_ratio(a, b) < SIMILARITY:
        return False
    only_a, only_b = set(a.split()) - set(b.split()), set(b.split()) - set(a.split())

    def spelled_alike(words: set[str], others: set[str]) -> bool:
        return all(
            any(fuzz.ratio(word, other) >= WORD_SIMILARITY for other in others) for word in words
        )

    return spelled_alike(only_a, only_b) and spelled_alike(only_b, only_a)


def cluster_names(
    names: Iterable[NamedKpi], overrides: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Map each name key to a series key. Most-used names become the series' key first."""
    overrides = overrides or {}
    by_key: dict[str, NamedKpi] = {}
    for item in names:
        key = name_key(item.name)
        seen = by_key.get(key)
        by_key[key] = (
            item if seen is None else NamedKpi(seen.name, seen.unit, seen.rows + item.rows)
        )

    series_of: dict[str, str] = {}
    heads: list[tuple[str, str]] = []  # (series key, unit)
    for key, item in sorted(by_key.items(), key=lambda kv: (-kv[1].rows, kv[0])):
        if key in overrides:
            series_of[key] = overrides[key]
            continue
        match = next(
            (head for head, unit in heads if unit == item.unit and same_kpi(key, head)), None
        )
        if match is None:
            heads.append((key, item.unit))
            match = key
        series_of[key] = match
    return series_of

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


def cluster_names(
    names: Iterable[NamedKpi], overrides: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Map each name key to a series key. Most-used names become the series' key first."""
    from rapidfuzz import fuzz

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
            (
                head
                for head, unit in heads
                if unit == item.unit and fuzz.token_sort_ratio(key, head) >= SIMILARITY
            ),
            None,
        )
        if match is None:
            heads.append((key, item.unit))
            match = key
        series_of[key] = match
    return series_of

"""The member's search words found in a text as the library search finds them.

The library's index folds case and diacritics ("okad" finds "ökad") and reads every word
as a prefix ("familjeh" finds "familjehem"); words of one or two letters are left out
beside longer ones. The same rules here put the highlight where the index found a match.
"""

from __future__ import annotations

import re
import unicodedata

SHORT_WORD = 2  # as desktop.store.search.SHORT_WORD
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(query: str) -> list[str]:
    """The words to look for, folded; short ones only when there is nothing longer."""
    words = [_fold(w) for w in _WORD.findall(query)]
    longer = [w for w in words if len(w) > SHORT_WORD]
    return longer or words


def find_terms(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) in `text` of each word that begins with one of the terms, in order."""
    if not terms or not text:
        return []
    folded_parts: list[str] = []
    origin: list[int] = []  # index in `text` of each folded character
    for index, char in enumerate(text):
        folded = _fold(char)
        folded_parts.append(folded)
        origin.extend([index] * len(folded))
    folded_text = "".join(folded_parts)
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
        + r")\w*"
    )
    spans = []
    for found in pattern.finditer(folded_text):
        if found.end() > found.start():
            spans.append((origin[found.start()], origin[found.end() - 1] + 1))
    return spans

"""Restore Swedish spelling in OCR'd text that lost å/ä/ö ("Malanalys", "6kad", "ndmnden").

Used only on text that `looks_damaged`. Each word not in the lexicon gets variants for
the misreadings seen in OCR output (d, i, é, 6, 0, 1, & standing for ä/ö/l), each
variant is folded (å, ä → a; ö → o) and looked up among real words with the same
folding; the most frequent wins, the clean reports' own vocabulary first. A word that
is already Swedish is only replaced when its accented reading is overwhelmingly more
common ("for" → "för", "ar" → "är"): in text that lost every diacritic, "för" is what
was printed. Line structure, whitespace, numbers and punctuation are never touched.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÈè&]+(?:[0-9][A-Za-zåäöéè]+)*|[0-9&1][A-Za-zåäöéè]{2,}")
MISREAD: dict[str, tuple[str, ...]] = {
    "d": ("d", "ä", "ö"),
    "i": ("i", "ä"),
    "é": ("é", "ö", "ä", "e", ""),  # also a speck read as a letter: "foérvaltningens"
    "è": ("ä", "è"),
    "6": ("ö",),
    "0": ("ö", "o"),
    "1": ("l", "i"),
    "&": ("ä",),
    "A": ("A", "å", "ä"),  # a capital inside a lower-case word: "utifrAn"
}
MAX_MISREADS = 3
DOMINANCE = 1.5  # zipf units: ~30 times more frequent before a valid word is replaced
DAMAGE_MARKERS = {
    "for": "för",
    "ar": "är",
    "pa": "på",
    "namnden": "nämnden",
    "aven": "även",
    "nar": "när",
}


def fold(word: str) -> str:
    """Lower case with å, ä → a and ö → o: the form OCR leaves behind."""
    lowered = word.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    return unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()


def looks_damaged(text: str) -> bool:
    """True when common words appear without their diacritics far more than with them."""
    words = re.findall(r"[a-zåäö]+", text.lower())
    plain = sum(1 for w in words if w in DAMAGE_MARKERS)
    accented = sum(1 for w in words if w in DAMAGE_MARKERS.values())
    return plain > 20 and plain > 2 * accented


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, str], dict[str, float]]:
    """folded form → best real word, and word → zipf frequency (clean reports boosted)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    frequency: dict[str, float] = {}
    for word, share in get_frequency_dict("sv").items():
        if share > 1e-8 and word.isalpha():
            frequency[word] = _zipf(share)
    for word in _report_vocabulary():
        frequency[word] = max(frequency.get(word, 0.0), zipf_frequency(word, "sv"), 3.0) + 1.0
    best: dict[str, str] = {}
    for word, zipf in frequency.items():
        key = fold(word)
        if key not in best or zipf > frequency[best[key]]:
            best[key] = word
    return best, frequency


def _zipf(share: float) -> float:
    import math

    return math.log10(share * 1e9)


def _report_vocabulary() -> set[str]:
    """Words of the bundled clean reports: the committee's own terms and compounds."""
    from desktop.paths import bundled_reports_dir

    words: set[str] = set()
    folder = bundled_reports_dir()
    if folder.is_dir():
        for path in folder.glob("*.txt"):
            if "ocr" in path.name:
                continue
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            if not looks_damaged(text):
                words.update(w.lower() for w in re.findall(r"[a-zåäöé]{2,}", text, flags=re.I))
    return words


def _variants(word: str) -> list[tuple[str, int]]:
    """The word with misread characters replaced, and how many were replaced."""
    positions = [i for i, ch in enumerate(word) if ch in MISREAD and not (ch == "A" and i == 0)][
        :MAX_MISREADS
    ]
    if not positions:
        return [(word, 0)]
    out = []
    for choice in itertools.product(*(MISREAD[word[i]] for i in positions)):
        chars = list(word)
        changed = 0
        for i, replacement in zip(positions, choice, strict=True):
            changed += replacement != chars[i]
            chars[i] = replacement
        out.append(("".join(chars), changed))
    return out


def _restore_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper() or original[:1] in "6&0":
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return word


@lru_cache(maxsize=20000)
def repair_word(word: str) -> str:
    """The real Swedish word an OCR'd token stands for, or the token unchanged."""
    best_by_key, frequency = _lexicon()
    lower = word.lower()
    own = frequency.get(lower, 0.0)
    candidates = []
    for variant, changed in _variants(word):
        exact = variant.lower()
        if changed and exact in frequency:  # the variant is itself a word: it agrees with the scan
            candidates.append((frequency[exact] + 1.0 - 0.5 * changed, exact))
        found = best_by_key.get(fold(variant))
        if found:
            candidates.append((frequency[found] - 0.5 * changed, found))
    if not candidates:
        return word
    score, found = max(candidates)
    if found == lower:
        return word
    if own and score - own < DOMINANCE:
        return word  # already a Swedish word, and not clearly a damaged one
    return _restore_case(word, found)


def repair_text(text: str) -> tuple[str, list[str]]:
    """Repaired text with the same lines, and a warning that says how much was changed."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        token = match.group(0)
        repaired = repair_word(token)
        changed += repaired != token
        return repaired

    # specks inside words ("Ant.al", "inle.dda") and "O6" for a doubled reading of "Ö";
    # abbreviations such as "t.o.m." have one letter between dots and are left alone
    text = re.sub(r"(?<=[A-Za-zåäö0-9]{2})\.(?=[a-zåäö]{2})", "", text)
    text = re.sub(r"\b([Oo])6", lambda m: "Ö" if m.group(1) == "O" else "ö", text)
    repaired = WORD.sub(fix, text)
    return repaired, [
        f"OCR-skadad text: {changed} ord rättade till svensk stavning"
    ] if changed else []

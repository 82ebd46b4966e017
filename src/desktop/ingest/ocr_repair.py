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
from collections import Counter
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
CONTEXT_MIN = 2  # times a neighbouring pair must stand in the clean reports to decide
NEIGHBOUR_BEFORE = re.compile(r"(\w+) +$")  # a neighbour in the same phrase: only spaces between
NEIGHBOUR_AFTER = re.compile(r" +(\w+)")
PHRASE_BREAK = re.compile(r"[^\w \-]+")
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
    folded = word.lower()
    if folded.isascii():
        return folded
    folded = folded.replace("å", "a").replace("ä", "a").replace("ö", "o")
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


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
    return {word for text in _clean_report_texts() for word in _words(text)}


@lru_cache(maxsize=1)
def _clean_report_texts() -> tuple[str, ...]:
    from desktop.paths import bundled_reports_dir

    folder = bundled_reports_dir()
    texts = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        if "ocr" not in path.name and not looks_damaged(text):
            texts.append(text)
    return tuple(texts)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zåäöé]{2,}", text.lower())


@lru_cache(maxsize=1)
def _context() -> tuple[dict[str, set[str]], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """From the clean reports: spellings per folded form, and word pairs around each spelling.

    "per ar" reads "per år" and "mer in" reads "mer än" because the clean reports say so;
    pairs are keyed by the folded neighbour, which is how the neighbour looks after OCR.
    """
    spellings: dict[str, set[str]] = {}
    after: Counter[tuple[str, str]] = Counter()  # (folded word before, spelling)
    before: Counter[tuple[str, str]] = Counter()  # (spelling, folded word after)
    for text in _clean_report_texts():
        for word in _words(text):
            spellings.setdefault(fold(word), set()).add(word)
        for phrase in PHRASE_BREAK.split(text):  # pairs within a phrase, as they are looked up
            for previous, word in itertools.pairwise(_words(phrase)):
                after[(fold(previous), word)] += 1
                before[(previous, fold(word))] += 1
    return spellings, after, before


@lru_cache(maxsize=20000)
def _spellings(token: str) -> tuple[str, ...]:
    """The clean reports' real words an OCR'd token could stand for."""
    spellings = _context()[0]
    found: set[str] = set()
    for variant, _ in _variants(token):
        found |= spellings.get(fold(variant), set())
    return tuple(sorted(found))


def _in_context(token: str, previous: str, following: str, choice: str) -> str:
    """The spelling the neighbouring words support, when they clearly support one."""
    options = _spellings(token)
    _, after, before = _context()
    left, right = fold(previous), fold(following)
    scores = {o: after[(left, o)] + before[(o, right)] for o in options}
    best = max(scores, key=lambda o: scores[o])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= CONTEXT_MIN and ranked[0] > ranked[1] and scores.get(choice.lower(), 0) == 0:
        return _restore_case(token, best)
    return choice


@lru_cache(maxsize=20000)
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
        if len(_spellings(token)) > 1:  # several real words fit: let the neighbours decide
            previous = NEIGHBOUR_BEFORE.search(text, max(0, match.start() - 40), match.start())
            following = NEIGHBOUR_AFTER.match(text, match.end())
            repaired = _in_context(
                token,
                previous.group(1) if previous else "",
                following.group(1) if following else "",
                repaired,
            )
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


NAME_SCORE = 88  # rapidfuzz ratio, 0-100, for an OCR'd KPI name to take a clean report's
NAME_MARGIN = 4  # ... and by how much it must beat the next closest name


@lru_cache(maxsize=1)
def _clean_kpi_names() -> tuple[str, ...]:
    from desktop.ingest.pipeline import extract_text

    names: dict[str, None] = {}
    for text in _clean_report_texts():
        names.update(dict.fromkeys(k.name for k in extract_text(text).kpis))
    return tuple(names)


def restore_kpi_name(name: str) -> str:
    """The clean reports' spelling of a KPI name that OCR garbled beyond word repair.

    "Idegr mottagna i oforvaltnlngens innovationsråd" is "Idéer mottagna i förvaltningens
    innovationsråd" as the 2023 report prints it. Only a close and unambiguous match is
    taken ("från ansökan" and "från anmälan" are different KPIs); otherwise the name stays.
    """
    from rapidfuzz import fuzz, process

    known = _clean_kpi_names()
    if name in known:
        return name
    matches = process.extract(name, known, scorer=fuzz.ratio, processor=fold, limit=2)
    if not matches or matches[0][1] < NAME_SCORE:
        return name
    if len(matches) > 1 and matches[0][1] - matches[1][1] < NAME_MARGIN:
        return name
    return matches[0][0]


def clear_word_caches() -> None:
    """Forget repaired words (benchmarks: each run pays for its repair)."""
    for cached in (repair_word, _spellings, _variants):
        cached.cache_clear()

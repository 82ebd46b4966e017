"""Reading sentences for the checks: tokens, word stems, numbers with units, KPI mentions.

Words come from `analysis/vocabulary/flags.json`; everything is compared folded (lower
case, å/ä → a, ö → o), so OCR'd text that lost its Swedish letters reads the same.
The rules are deliberately narrow: a sentence that cannot be read for certain (two KPIs
named, a part of the year, a negation) yields nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from desktop.ingest.vocabulary import fold

VOCABULARY = Path(__file__).resolve().parents[1] / "vocabulary" / "flags.json"


@cache
def vocabulary() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return data


@cache
def words(*path: str) -> frozenset[str]:
    """A word list of the vocabulary, by its path ("directions", "up")."""
    node: Any = vocabulary()
    for part in path:
        node = node[part]
    return frozenset(node)


class Phrases:
    """Phrases of folded words ("mer an"), found in tokens by their first word."""

    def __init__(self, options: frozenset[str]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for option in sorted(options, key=lambda p: -len(p.split())):
            parts = tuple(option.split())
            if parts:
                self.by_first.setdefault(parts[0], []).append(parts)
        self.joined = tuple(f" {option} " for option in options)

    def at(self, toks: list[Token], i: int) -> int:
        """The length of the longest phrase starting at token `i` (0: none)."""
        for phrase in self.by_first.get(toks[i].folded, ()):
            if i + len(phrase) <= len(toks) and all(
                toks[i + k].folded == word for k, word in enumerate(phrase)
            ):
                return len(phrase)
        return 0

    def within(self, joined: str) -> bool:
        """Whether any phrase occurs in `joined` (folded tokens, spaced, padded)."""
        return any(option in joined for option in self.joined)


@cache
def phrases(*path: str) -> Phrases:
    return Phrases(words(*path))


# --- quick looks before reading closely --------------------------------------------------


def fast_fold(text: str) -> str:
    """Lower case with å/ä → a, ö → o, é → e, ü → u: the vocabulary's folding, made with a
    few C-level replacements, and keeping every character's place (offsets stay valid)."""
    lower = text.lower()
    for letter, plain in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        if letter in lower:
            lower = lower.replace(letter, plain)
    return lower


_WORD = re.compile(r"\w+")
_UNIT_NUMBER = re.compile(r"\d\s*(?:%|procent|dagar|dygn|varddygn)")


@cache
def change_words() -> frozenset[str]:
    """The words of change ("okat", "minskade", "hogre" of "hogre an"), folded."""
    forms = {w for name in ("up", "down", "better", "worse") for w in words("directions", name)}
    forms |= {p.split()[0] for name in ("up", "down") for p in words("comparisons", name)}
    return frozenset(forms)


@cache
def claim_finder() -> re.Pattern[str]:
    """Where a folded text holds a number with a KPI's unit or a word of change.

    The words of change are grouped by their first letter, written first, with the check
    that no word character stands before it after it (as `\\b` before the word would check): every
    way of the pattern then starts with a character, so the search skips to the positions
    where one of them stands instead of trying the word boundary at every position."""
    ways = [_UNIT_NUMBER.pattern]
    by_first: dict[str, list[str]] = {}
    for word in sorted(change_words(), key=lambda w: (-len(w), w)):  # longest first
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    for first, rests in sorted(by_first.items()):
        letter = re.escape(first)
        ways.append(rf"{letter}(?<!\w{letter})(?:{'|'.join(rests)})\b")
    return re.compile("|".join(ways))


def word_starts(text: str, stems: Iterable[str]) -> list[int]:
    """Where a word of a folded text begins with one of these folded stems (words: each
    starts with a letter), in no particular order. Found with str.find, which skips to
    each occurrence, then checked for a word beginning there."""
    found = []
    for stem_ in stems:
        at = text.find(stem_)
        while at >= 0:
            if at == 0 or not _word_character(text[at - 1]):
                found.append(at)
            at = text.find(stem_, at + 1)
    return found


def _word_character(char: str) -> bool:
    """A character of a word as `\\w` reads it."""
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class Look:
    """A text's folded words, spaced and padded (' ord ord '), and as a set: what the
    finance check looks for labels and cue words in, with plain substring tests."""

    spaced: str
    found: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Look:
        found = _WORD.findall(fast_fold(text))
        return cls(" " + " ".join(found) + " ", frozenset(found))

    def has(self, *path: str) -> bool:
        """Does the text use a word or phrase of a vocabulary list?"""
        single, multi = cue(*path)
        return not single.isdisjoint(self.found) or any(f" {m} " in self.spaced for m in multi)

    def names(self, phrase: str) -> bool:
        """The folded words of `phrase`, one after the other."""
        return f" {phrase} " in self.spaced

    def starts_with(self, stem_: str) -> bool:
        """A word beginning with a folded stem."""
        return f" {stem_}" in self.spaced


@cache
def cue(*path: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A vocabulary list as (single words, phrases), folded."""
    listed = words(*path)
    return frozenset(w for w in listed if " " not in w), tuple(w for w in listed if " " in w)


# A number ("12", "14 899", "12,4") and a unit of money. The number's first digit is
# written first and the check that no digit or comma stands before it comes after it, so
# that the search skips from digit to digit instead of trying every position.
_MONEY = re.compile(
    r"(\d(?<![\d,]\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+|\d*))(?:,(\d+))?\s*(mnkr|mkr|mnr|"
    r"miljoner|miljon|msek|tkr|tusen)\b"
)


def money_amounts(text: str) -> list[tuple[float, int]]:
    """Sums of money a text names, in mnkr, with the decimals printed: "12,4 mnkr",
    "nästan 12 miljoner kronor", "14 899 tkr"."""
    out = []
    for match in _MONEY.finditer(text.lower()):
        whole, decimals, unit = match.groups()
        value = float(re.sub(r"\D", "", whole) + (f".{decimals}" if decimals else ""))
        places = len(decimals or "")
        if unit in ("tkr", "tusen"):
            out.append((value / 1000.0, places + 3))
        else:
            out.append((value, places))
    return out


# --- tokens ----------------------------------------------------------------------------

_TOKEN = re.compile(
    r"(?P<num>(?<![\d,.])[-−–]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?(?![\d]))"
    r"|(?P<word>[^\W\d_]+(?:[-:][^\W\d_]+)*)"
    r"|(?P<pct>%)"
    r"|(?P<cmp>[≥≤]|[<>]=?)"
    r"|(?P<punct>[,;:()!?.])"
)


class Token(NamedTuple):
    text: str  # as printed
    folded: str  # folded, for comparing
    kind: str  # "num" | "word" | "pct" | "cmp" | "punct"
    start: int
    end: int
    value: float | None = None  # numbers
    decimals: int = 0


_SPACES = re.compile(r"[ \u00a0\u202f]")


def tokens(text: str) -> list[Token]:
    out = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "word"
        raw = match.group()
        start, end = match.span()
        if kind == "num":
            digits = _SPACES.sub("", raw).replace("−", "-").replace("–", "-")
            decimals = len(digits.split(",")[1]) if "," in digits else 0
            value = float(digits.replace(",", "."))
            out.append(Token(raw, raw, kind, start, end, value, decimals))
        else:
            out.append(Token(raw, _folded(raw), kind, start, end))
    return out


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return fold(word)


_SUFFIXES = ("ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "en", "et", "na",
             "er", "ar", "or", "n", "s")  # fmt: skip


@cache
def stem(word: str) -> str:
    """A folded word without its inflection: enheterna → enhet, sjukfrånvaron → sjukfranvaro."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def phrase_at(toks: list[Token], at: int, options: Phrases) -> int:
    """The length of the first phrase of `options` starting at `at` (0: none)."""
    return options.at(toks, at) if 0 <= at < len(toks) else 0


def joined(toks: list[Token]) -> str:
    return " " + " ".join(t.folded for t in toks) + " "


def has_phrase(toks: list[Token], options: Phrases) -> bool:
    return options.within(joined(toks))


# --- sentences -------------------------------------------------------------------------

# A sentence ends at white space after . ! ? before a capital or a digit, at an empty line,
# or before a bullet. Each way starts with a white-space character, written first, so that
# the search skips from one such character to the next instead of trying every position.
_SENTENCE_END = re.compile(
    r"\s(?:(?<=[.!?]\s)\s*(?=[A-ZÅÄÖÉ0-9\"”])|(?<=\n)\s*\n|(?<=\n)(?=[-•·*] ))"
)


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the text it was cut from


def sentences(text: str) -> list[Sentence]:
    out = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[position : match.start()]
        if piece.strip():
            out.append(
                Sentence(" ".join(piece.split()), position + len(piece) - len(piece.lstrip()))
            )
        position = match.end()
    rest = text[position:]
    if rest.strip():
        out.append(Sentence(" ".join(rest.split()), position + len(rest) - len(rest.lstrip())))
    return out


def sentence_spans(text: str, until: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a text, as `sentences` cuts it; with `until` (an
    offset in a word), only up to the sentence holding it: the rest is not searched."""
    spans = []
    position = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
        if until is not None and position > until:
            return spans
    spans.append((position, len(text)))
    return spans


YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")


def years_in(toks: list[Token]) -> list[int]:
    return [int(t.text) for t in toks if t.kind == "num" and YEAR.match(t.text)]


def is_year(token: Token) -> bool:
    return token.kind == "num" and bool(YEAR.match(token.text))


def about_part_of_year(toks: list[Token]) -> bool:
    """The sentence speaks of a tertial, a month, 'so far': not of the year's figure."""
    return has_phrase(toks, phrases("sub_periods"))


# --- KPI names -------------------------------------------------------------------------


@dataclass(frozen=True)
class KpiTerms:
    """What naming a KPI in a sentence takes: its kind word, its words, its acronyms."""

    kind: str | None  # "andel", "antal", … (stemmed)
    words: tuple[str, ...]  # distinctive word stems, in the name's order
    acronyms: tuple[str, ...]  # HME, NKI, …


@cache
def kpi_terms(name: str) -> KpiTerms:
    toks = [t for t in tokens(name) if t.kind == "word"]
    kinds = words("kpi_kind_words")
    stop = (
        words("stopwords")
        | words("target_comparators", "higher")
        | words("target_comparators", "lower")
    )
    kind = next((stem(t.folded) for t in toks[:2] if t.folded in kinds), None)
    distinctive: list[str] = []
    for t in toks:
        word = stem(t.folded)
        if len(t.folded) < 4 or t.folded in stop or t.folded in kinds or word in distinctive:
            continue
        distinctive.append(word)
    acronyms = tuple(
        t.text for t in toks if 2 <= len(t.text) <= 5 and t.text.isupper() and t.text.isalpha()
    )
    return KpiTerms(kind, tuple(distinctive), acronyms)


@dataclass(frozen=True)
class Mention:
    at: int  # token index where the KPI is named
    end: int  # token index after the naming words
    strength: int  # how many of its words the sentence uses there


def stems_of(toks: list[Token]) -> list[str]:
    """Each word token's stem ('' for the others): what `mentions` compares."""
    return [stem(t.folded) if t.kind == "word" else "" for t in toks]


def mentions(
    toks: list[Token], terms: KpiTerms, unit: str, stems: list[str] | None = None
) -> list[Mention]:
    """Where a sentence names the KPI by its head word (the first word that is its own):
    with its kind word close before it ("andelen ansökningar", "antalet inledda
    utredningar"); as "N procent av enheterna" for a share; alone, when it is the KPI's
    only word; or beside another of its words ("väntetiden från ansökan"). Or by its
    acronym (HME, NKI). A short, common head ("barn") names the KPI only when the
    sentence uses another of its words too. `stems`: the sentence's `stems_of`, when made
    already."""
    if stems is None:
        stems = stems_of(toks)
    distinctive = set(terms.words)
    head = terms.words[0] if terms.words else ""
    used = sum(1 for w in terms.words if w in stems)
    specific = len(head) >= 6 or used >= min(2, len(terms.words))
    found: list[Mention] = []
    for i, t in enumerate(toks):
        if t.kind != "word":
            continue
        if terms.acronyms and (
            t.text in terms.acronyms or any(p in terms.acronyms for p in t.text.split("-"))
        ):
            found.append(Mention(i, i + 1, max(used, 1)))
            continue
        if not head or stems[i] != head or any(m.at <= i < m.end for m in found):
            continue
        kind_at = next(
            (j for j in range(i - 1, max(-1, i - 4), -1)
             if terms.kind and _is_kind(stems[j], terms.kind)),
            None,
        )  # fmt: skip
        if kind_at is not None:
            if specific:
                found.append(Mention(kind_at, i + 1, used))
            continue
        back = i - 1 if toks[i - 1].folded == "av" else i - 2
        if (unit == "percent" and back >= 2 and toks[back].folded == "av"
                and (back == i - 1 or toks[i - 1].folded in ("de", "det", "den"))
                and _is_share(toks, back - 1)):  # fmt: skip
            if specific:
                found.append(Mention(back - 2, i + 1, used))
            continue
        if len(terms.words) == 1:
            found.append(Mention(i, i + 1, 1))
            continue
        near = [j for j in range(i + 1, min(len(toks), i + 4)) if stems[j] in distinctive]
        if near:
            found.append(Mention(i, near[-1] + 1, used))
    return found


def _is_kind(word: str, kind: str) -> bool:
    return word.startswith(kind) and len(word) - len(kind) <= 3


def _is_share(toks: list[Token], at: int) -> bool:
    """'61 procent' or '61 %' ends at `at`."""
    if at < 1:
        return False
    unit = toks[at]
    return (unit.kind == "pct" or unit.folded == "procent") and toks[at - 1].kind == "num"


# --- numbers with units ----------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    at: int  # token index of the number
    value: float
    decimals: int


def quantities(toks: list[Token], unit: str) -> list[Quantity]:
    """Numbers printed with the KPI's unit that state a level: not a threshold ("lägre än
    5 procent"), a target ("målvärde på 5 procent"), a change ("ökat med 3 procent", "0,7
    procentenheter"), a range or a year."""
    unit_words = words("units", unit) if unit in ("percent", "days") else frozenset()
    if not unit_words:
        return []
    changes = words("change_units")
    before = phrases("number_comparators")
    targets = words("target_words")
    out = []
    for i, t in enumerate(toks):
        if t.kind != "num" or t.value is None or is_year(t) or i + 1 >= len(toks):
            continue
        follower = toks[i + 1]
        if follower.folded in changes or not (
            follower.kind == "pct" or follower.folded in unit_words
        ):
            continue
        if t.text.startswith(("-", "−", "–")) or (i > 0 and toks[i - 1].text in ("-", "–")):
            continue
        if any(phrase_at(toks, j, before) and j + phrase_at(toks, j, before) == i
               for j in range(max(0, i - 3), i)):  # fmt: skip
            continue
        if any(toks[j].folded in targets for j in range(max(0, i - 3), i)):
            continue
        out.append(Quantity(i, t.value, t.decimals))
    return out


def same_clause(toks: list[Token], a: int, b: int) -> bool:
    """No comma, 'men', 'och' … between two tokens of a sentence."""
    low, high = sorted((a, b))
    breaks = words("clause_breaks")
    return not any(toks[k].folded in breaks or toks[k].text in breaks for k in range(low + 1, high))


def negated(toks: list[Token], at: int) -> bool:
    negations = words("negations")
    return any(toks[k].folded in negations for k in range(max(0, at - 3), at))

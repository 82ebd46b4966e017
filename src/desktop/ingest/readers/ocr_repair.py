"""Restore Swedish spelling in OCR'd text that lost å/ä/ö ("Malanalys", "6kad", "ndmnden").

Used only on text that `looks_damaged`. Each word not in the lexicon gets variants for
the misreadings seen in OCR output (d, i, é, 6, 0, 1, & standing for ä/ö/l), each
variant is folded (å, ä → a; ö → o) and looked up among real words with the same
folding; the most frequent wins, the clean reports' own vocabulary first. A word that
is already Swedish is only replaced when its accented reading is overwhelmingly more
common ("for" → "för", "ar" → "är"): in text that lost every diacritic, "för" is what
was printed. A token that is no word at all may be two glyphs read for one letter
("niamnden") or a compound no word list holds ("valdsforebyggande": vålds + förebyggande);
a word split over two lines is repaired whole. Line structure, whitespace, numbers and
punctuation are never touched.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from desktop.ingest.vocabulary import FOLDER, word_list

WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÈè&]+(?:[0-9][A-Za-zåäöéè]+)*|[0-9&1][A-Za-zåäöéè]{2,}")
# a word split at a line end ("plane-\nrade"): repaired whole, so "rade" is not read alone
TOKEN = re.compile(rf"(?:{WORD.pattern})(?:-\n[a-zåäöéè&][A-Za-zåäöéè&]*)?")
TOKENS = re.compile(f"({TOKEN.pattern})")  # splits a text into what stands between and tokens
# a speck read as a dot between letters, "Ant.al"; the dot first, so the search skips along
SPECK = re.compile(r"\.(?<=[A-Za-zåäö0-9]{2}\.)(?=[a-zåäö]{2})")
DOUBLED_O = re.compile(r"([Oo])(?<!\w[Oo])6")  # "O6versikt": a word that starts with "Ö" read twice
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
    "z": ("z", "ä"),  # "socialnzmnden"
}
# two glyphs read for one letter ("niamnden", "fraimst", "tillgidnglighet", "invadnarna"):
# tried only on a token that is no word at all, one pair at a time
DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("ia", "ä"), ("ai", "ä"), ("id", "ä"), ("di", "ä"), ("da", "ä"), ("ad", "å"), ("d&", "ö"), ("d&", "ä")
)  # fmt: skip
MAX_MISREADS = 3
COMPOUND_MIN = 2.5  # zipf: each part of a repaired compound must be a common word
COMPOUND_PART = 4  # letters at least in each part
COMPOUND_CHANGE = 1.0  # zipf a misread letter costs: "riktvärdet", not "raktvärdet"
CONTEXT_MIN = 2  # times a neighbouring pair must stand in the clean reports to decide
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


# the marker words as whole words: only they are counted, not every word of the text
DAMAGE_WORDS = re.compile(
    rf"(?<![a-zåäö])(?:{'|'.join([*DAMAGE_MARKERS, *DAMAGE_MARKERS.values()])})(?![a-zåäö])"
)


SWEDISH = str.maketrans({"å": "a", "ä": "a", "ö": "o"})


def _folded(word: str) -> str:
    """Lower case with å, ä → a and ö → o: the form OCR leaves behind."""
    folded = word.lower()
    if folded.isascii():
        return folded
    folded = folded.translate(SWEDISH)
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()


# a report's words come back again and again; the lexicon folds each of its words once,
# with `_folded`, so that they do not fill the cache
fold = lru_cache(maxsize=200000)(_folded)


def _fold_char(ch: str) -> str:
    """One character folded as `fold` folds it inside a word (it works letter by letter)."""
    return fold(ch) if ch else ""


MISREAD_CHARS = frozenset(MISREAD)


def _grouped(ch: str) -> dict[str, list[tuple[str, int]]]:
    """A misread character's readings grouped by their folded letter, each reading as
    (lower case, 1 when it differs from what was printed); worked out once."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for reading in MISREAD[ch]:
        groups.setdefault(_fold_char(reading), []).append((reading.lower(), int(reading != ch)))
    return groups


MISREAD_GROUPS = {ch: _grouped(ch) for ch in MISREAD}
# per misread character the folded letters it may stand for, and the spellings of each
MISREAD_LETTERS = {ch: tuple(groups) for ch, groups in MISREAD_GROUPS.items()}
MISREAD_SPELLINGS = {ch: tuple(groups.values()) for ch, groups in MISREAD_GROUPS.items()}
# per misread character the readings that put it right, each with its letter folded
MISREAD_FIXES = {
    ch: tuple((reading, _fold_char(reading)) for reading in readings if reading != ch)
    for ch, readings in MISREAD.items()
}
# misread characters whose first reading is the character itself, with no other spelling
AS_PRINTED = frozenset(ch for ch in MISREAD if MISREAD_SPELLINGS[ch][0] == [(ch, 0)])


def looks_damaged(text: str) -> bool:
    """True when common words appear without their diacritics far more than with them."""
    counts = Counter(DAMAGE_WORDS.findall(text.lower()))
    plain = sum(counts[w] for w in DAMAGE_MARKERS)
    accented = sum(counts[w] for w in DAMAGE_MARKERS.values())
    return plain > 20 and plain > 2 * accented


class Lexicon(NamedTuple):
    best: dict[str, str]  # folded form → its most frequent real word
    keys: frozenset[str]  # the folded forms alone: a set is quicker to ask than a dict
    frequency: dict[str, float]  # word → zipf frequency, the clean reports' words boosted
    common: dict[str, str]  # as `best`, only where that word may be part of a compound


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    """The Swedish words with their frequencies, looked up by their folded form."""
    from wordfreq import get_frequency_dict, zipf_frequency

    frequency: dict[str, float] = {}
    for word, share in get_frequency_dict("sv").items():
        if share > 1e-8 and word.isalpha():
            frequency[word] = _zipf(share)
    for word in _report_vocabulary():
        frequency[word] = max(frequency.get(word, 0.0), zipf_frequency(word, "sv"), 3.0) + 1.0
    best: dict[str, str] = {}
    for word, zipf in frequency.items():
        key = _folded(word)
        if key not in best or zipf > frequency[best[key]]:
            best[key] = word
    # a compound's parts must both be common words: the search for them looks only here,
    # a dictionary a sixth the size (58,000 words), and finds the same parts
    common = {key: word for key, word in best.items() if frequency[word] >= COMPOUND_MIN}
    return Lexicon(best, frozenset(best), frequency, common)


def _zipf(share: float) -> float:
    import math

    return math.log10(share * 1e9)


def _report_vocabulary() -> tuple[str, ...]:
    """Words of the bundled clean reports: the committee's own terms and compounds
    (vocabulary/ocr_words.txt, built by scripts/build_vocabulary.py)."""
    return word_list("ocr_words")


class Context(NamedTuple):
    spellings: dict[str, set[str]]  # folded form → the clean reports' spellings of it
    after: Counter[tuple[str, str]]  # (folded word before, spelling) → times seen
    before: Counter[tuple[str, str]]  # (spelling, folded word after) → times seen
    lefts: frozenset[str]  # the folded words seen before any spelling
    rights: frozenset[str]  # ... and after one


@lru_cache(maxsize=1)
def _context() -> Context:
    """Spellings per folded form, and the word pairs around each spelling, as the clean
    bundled reports print them (vocabulary/ocr_pairs.tsv).

    "per ar" reads "per år" and "mer in" reads "mer än" because the clean reports say so;
    pairs are keyed by the folded neighbour, which is how the neighbour looks after OCR.
    """
    spellings: dict[str, set[str]] = {}
    for word in _report_vocabulary():
        spellings.setdefault(fold(word), set()).add(word)
    after: Counter[tuple[str, str]] = Counter()  # (folded word before, spelling)
    before: Counter[tuple[str, str]] = Counter()  # (spelling, folded word after)
    pairs = (
        (FOLDER / "ocr_pairs.tsv").read_text(encoding="utf-8")
        if (FOLDER / "ocr_pairs.tsv").exists()
        else ""
    )
    for row in pairs.splitlines():
        previous, word, count = row.split("\t")
        after[(fold(previous), word)] += int(count)
        before[(previous, fold(word))] += int(count)
    lefts = frozenset(left for left, _ in after)
    rights = frozenset(right for _, right in before)
    return Context(spellings, after, before, lefts, rights)


Reading = tuple[str, str, int]  # (lower case, folded, how many misread letters it puts right)


def _in_context(
    token: str, options: tuple[str, ...], previous: str, following: str, choice: str
) -> str:
    """The spelling the neighbouring words support, when they clearly support one."""
    _, after, before, lefts, rights = _context()
    left, right = fold(previous), fold(following)
    if left not in lefts and right not in rights:
        return choice  # neither neighbour stands beside any spelling: every score is 0
    # .get: most pairs were never seen, and a Counter's own default is a call into Python
    scores = {o: after.get((left, o), 0) + before.get((o, right), 0) for o in options}
    best = max(scores, key=lambda o: scores[o])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= CONTEXT_MIN and ranked[0] > ranked[1] and scores.get(choice.lower(), 0) == 0:
        return _restore_case(token, best)
    return choice


def _readings(word: str) -> list[Reading]:
    """The token's readings that fold to a word of the lexicon: each misread character (the
    first three) replaced by each of its readings, as (lower case, folded, readings changed).

    Only a reading whose folded form is a word can be one, so the folded forms are built
    first, every combination of the folded letters the misread characters may stand for,
    and the letters are spelled out only for those that are words (a tenth of them).
    """
    words = _lexicon().keys  # the folded forms of real words
    lower, folded = word.lower(), fold(word)  # as long as the word: each letter folds to one
    positions = [i for i, ch in enumerate(word) if ch in MISREAD_CHARS]
    if positions and positions[0] == 0 and word[0] == "A":
        del positions[0]  # a capital "A" that starts a word is one
    if not positions:  # most words: the word itself is the only reading
        return [(lower, folded, 0)] if folded in words else []
    if len(positions) == 1:  # most damaged words: one letter to try
        i = positions[0]
        head, tail = folded[:i], folded[i + 1 :]
        return [
            (lower[:i] + reading + lower[i + 1 :], key, change)
            for letter, options in MISREAD_GROUPS[word[i]].items()
            if (key := head + letter + tail) in words
            for reading, change in options
        ]
    del positions[MAX_MISREADS:]
    ends = [*positions[1:], len(word)]
    # the folded word as pieces: what stands before, between and after the misread
    # characters, and the folded letters each may stand for
    pieces: list[tuple[str, ...]] = [(folded[: positions[0]],)]
    for i, end in zip(positions, ends, strict=True):
        pieces += [MISREAD_LETTERS[word[i]], (folded[i + 1 : end],)]
    out: list[Reading] = []
    for n, key in enumerate(map("".join, itertools.product(*pieces))):
        if key not in words:
            continue
        if n == 0 and AS_PRINTED.issuperset(word[i] for i in positions):
            out.append((lower, key, 0))  # the letters as printed, and nothing else folds so
        else:
            out += _spelled(word, lower, positions, ends, n, key)
    return out


def _spelled(
    word: str, lower: str, positions: list[int], ends: list[int], n: int, key: str
) -> list[Reading]:
    """The readings that fold to `key`, the n-th combination of folded letters that
    `_readings` tried: its letters spelled out with every reading that folds to them."""
    chosen = []  # the spellings of each misread character's letter, last character first
    for i in reversed(positions):
        n, letter = divmod(n, len(MISREAD_LETTERS[word[i]]))
        chosen.append(MISREAD_SPELLINGS[word[i]][letter])
    spelled = [(lower[: positions[0]], 0)]
    for i, end, options in zip(positions, ends, reversed(chosen), strict=True):
        piece = lower[i + 1 : end]
        spelled = [
            (text + reading + piece, changed + change)
            for text, changed in spelled
            for reading, change in options
        ]
    return [(text, key, changed) for text, changed in spelled]


def _restore_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper() or original[:1] in "6&0":
        return word[:1].upper() + word[1:] if original[:1].isupper() else word
    return word


def _digraph_variants(word: str) -> list[tuple[str, int]]:
    """The word with one two-glyph misreading put back to its letter."""
    lower = word.lower()
    out = []
    for pair, letter in DIGRAPHS:
        start = lower.find(pair)
        while start >= 0:
            out.append((word[:start] + letter + word[start + 2 :], 1))
            start = lower.find(pair, start + 1)
    return out


def _candidates(word: str, readings: list[Reading], extra: int = 0) -> list[tuple[float, str]]:
    """(score, real word) for each reading of the token that is a word."""
    best_by_key, _, frequency, _ = _lexicon()
    candidates = []
    lower = word.lower()
    for exact, folded, changed in readings:
        changed += extra
        if changed and exact in frequency:  # the variant is itself a word: it agrees with the scan
            candidates.append((frequency[exact] + 1.0 - 0.5 * changed, exact))
        found = best_by_key.get(folded)
        if found and (exact == lower or _agrees(word, exact, found)):
            candidates.append((frequency[found] - 0.5 * changed, found))
    return candidates


def _agrees(token: str, variant: str, found: str) -> bool:
    """Whether a word has a letter with a diacritic wherever a misreading says so.

    "vard" read as "varä" folds to "vara", but "vara" has a plain "a" where the "d"
    stood; "pd" read as "pä" folds to "på", which does (OCR reads "d" for å, ä and ö).
    """
    if not len(token) == len(variant) == len(found):
        return True  # a two-glyph reading: positions no longer line up
    return all(
        f in "åäöé"
        for t, v, f in zip(token.lower(), variant.lower(), found.lower(), strict=True)
        if t != v and v in "åäö"
    )


Fix = tuple[int, int, str, str]  # one misreading put right: start, end, letter, letter folded


@lru_cache(maxsize=20000)
def _compound(word: str) -> tuple[tuple[float, str], ...]:
    """Readings of a token as two words joined, the Swedish way ("vålds" + "förebyggande").

    Head and tail get their misreadings tried apart, so a long compound's tail is not
    left out of the search. The head may end in a linking "s" or be a stem that drops
    its final vowel ("skol" of "skola"); both parts must be common words, so proper names
    are rarely split. Parts are looked up by their folded form, cut from the folded word;
    a part's letters are spelled out only for a part that is a word.
    """
    _, _, frequency, common = _lexicon()
    variants = _variants(word)
    last_cut = len(word) - COMPOUND_PART
    # the tails that are words, per cut: each variant tries only the cuts whose tail holds
    # its fix (the variant as printed tries them all), in the order of the variants
    tails_at: dict[int, list[tuple[str, int]]] = {}
    for fix, folded, spelled, tails_to, _ in variants:
        for cut in range(COMPOUND_PART, min(tails_to, last_cut) + 1):
            tail = common.get(folded[cut:])
            if tail and (fix is None or _agrees(word[cut:], spelled[cut:], tail)):
                tails_at.setdefault(cut, []).append((tail, int(fix is not None)))
    found = []
    for cut in sorted(tails_at):
        tails = tails_at[cut]
        for fix, folded, spelled, _, heads_from in variants:
            if cut < heads_from:
                continue
            if fix is None:
                head, letters, changed = folded[:cut], word[:cut], 0
            else:
                at = cut - (fix[1] - fix[0]) + len(fix[2])  # where the cut falls in the variant
                head, letters, changed = folded[:at], spelled[:at], 1
            heads = []  # (spelling in the compound, the word it comes from, misreads, guessed)
            whole = common.get(head)
            if whole and (fix is None or _agrees(word[:cut], letters, whole)):
                heads.append((whole, whole, changed, 0))
            if head.endswith("s") and (linked := common.get(head[:-1])):
                heads.append((linked + "s", linked, changed, 0))
            heads += [  # a stem is a guess: it costs as much as a misread letter
                (stem[:-1], stem, changed, 1) for v in "ae" if (stem := common.get(head + v))
            ]
            for spelled_head, source, head_changed, guessed in heads:
                for tail, tail_changed in tails:
                    common_zipf = (
                        min(frequency[source], frequency[tail]) - COMPOUND_CHANGE * guessed
                    )
                    if common_zipf >= COMPOUND_MIN:  # misreads only rank the readings
                        score = common_zipf - COMPOUND_CHANGE * (head_changed + tail_changed)
                        found.append((score, spelled_head + tail))
    return tuple(found)


class Variant(NamedTuple):
    """The word with at most one misreading put right, and the cuts that may keep the fix."""

    fix: Fix | None
    folded: str
    spelled: str
    tails_to: int  # the last cut whose tail holds the fix
    heads_from: int  # the first cut whose head holds the fix


def _variants(word: str) -> list[Variant]:
    """The word as printed and with each misreading put right one at a time: a compound's
    part with at most one fix is cut from one of these. A capital "A" that starts a part
    is one as printed, so its fix is not tried there."""
    folded = fold(word)
    never = len(word) + 1
    variants = [Variant(None, folded, word, len(word), 0)]
    for fix in _fixes(word):
        first, last, reading, letter = fix
        capital = last == first + 1 and word[first] == "A"
        variants.append(
            Variant(
                fix,
                folded[:first] + letter + folded[last:],
                word[:first] + reading + word[last:],
                first - 1 if capital else first,
                never if capital and first == 0 else last,
            )
        )
    return variants


def _fixes(word: str) -> list[Fix]:
    """Every place where one misread letter or two-glyph pair could be put right."""
    fixes = [
        (i, i + 1, reading, letter)
        for i, ch in enumerate(word)
        if ch in MISREAD_CHARS
        for reading, letter in MISREAD_FIXES[ch]
    ]
    lower = word.lower()
    for pair, letter in DIGRAPHS:
        start = lower.find(pair)
        while start >= 0:
            fixes.append((start, start + 2, letter, _fold_char(letter)))
            start = lower.find(pair, start + 1)
    return fixes


@lru_cache(maxsize=20000)
def _token(word: str) -> tuple[str, tuple[str, ...]]:
    """The word a token stands for on its own, and the clean reports' spellings it could
    stand for (more than one: its neighbours decide). Both from the same readings."""
    spellings = _context().spellings
    if MISREAD_CHARS.isdisjoint(word):  # most words: the word folded is the only reading
        return _plain(word), tuple(sorted(spellings.get(fold(word), ())))
    readings = _readings(word)
    found: set[str] = set()
    for _, folded, _ in readings:
        if folded in spellings:
            found |= spellings[folded]
    if len(readings) == 1 and readings[0][2] == 0 and readings[0][0] == word.lower():
        return _plain(word), tuple(sorted(found))  # only the letters as printed make a word
    return _repaired(word, readings), tuple(sorted(found))


def _plain(word: str) -> str:
    """`_repaired` for a token whose one reading is the word folded, as printed: the real
    word that folds the same is its only candidate."""
    best, _, frequency, _ = _lexicon()
    found = best.get(fold(word))
    if found is None:
        return _repaired(word, [])
    lower = word.lower()
    if found == lower:
        return word
    own = frequency.get(lower, 0.0)
    if own and frequency[found] - own < DOMINANCE:
        return word
    return _restore_case(word, found)


def repair_word(word: str) -> str:
    """The real Swedish word an OCR'd token stands for, or the token unchanged."""
    return _token(word)[0]


def _repaired(word: str, readings: list[Reading]) -> str:
    _, _, frequency, _ = _lexicon()
    lower = word.lower()
    own = frequency.get(lower, 0.0)
    candidates = _candidates(word, readings)
    if not candidates and not own:  # no word at all: a two-glyph misreading, or a compound
        candidates = [
            c for v, extra in _digraph_variants(word) for c in _candidates(v, _readings(v), extra)
        ]
        if not candidates:
            candidates = list(_compound(word))
            if any(reading == lower for _, reading in candidates):
                return word  # a compound of real words as it stands
    if not candidates:
        return word
    score, found = max(candidates)
    if found == lower:
        return word
    if own and score - own < DOMINANCE:
        return word  # already a Swedish word, and not clearly a damaged one
    return _restore_case(word, found)


def _repair_split(token: str) -> str:
    """A word broken over two lines, repaired as one and broken again at the same place.

    When the joined letters are no word even after repair, the hyphen is a real one
    ("vård- och omsorg") and each part is repaired alone.
    """
    head, tail = token.split("-\n", 1)
    joined = head + tail
    repaired = repair_word(joined)
    cut = len(head) - (len(joined) - len(repaired))  # a speck dropped from the head
    if repaired != joined and 0 < cut < len(repaired):
        return f"{repaired[:cut]}-\n{repaired[cut:]}"
    if repaired.lower() in _lexicon().frequency or any(
        r == joined.lower() for _, r in _compound(joined)
    ):
        return token
    return f"{repair_word(head)}-\n{repair_word(tail)}"


def _word_before(text: str, start: int) -> str:
    """The word that stands before `start` with only spaces between (a neighbour in the
    same phrase), within 40 characters; read backwards, which a regular expression
    searching a window cannot do."""
    floor = max(0, start - 40)
    if start > floor and text[start - 1] == "\n":
        start -= 1  # the token begins a line: its neighbour ends the line before
    end = start
    while end > floor and text[end - 1] == " ":
        end -= 1
    begin = end
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] == "_"):  # \w
        begin -= 1
    return text[begin:end] if end < start and begin < end else ""


def repair_text(text: str) -> tuple[str, list[str]]:
    """Repaired text with the same lines, and a warning that says how much was changed."""
    # specks inside words ("Ant.al", "inle.dda") and "O6" for a doubled reading of "Ö";
    # abbreviations such as "t.o.m." have one letter between dots and are left alone
    text = SPECK.sub("", text)
    if "O6" in text or "o6" in text:
        text = DOUBLED_O.sub(lambda m: "Ö" if m.group(1) == "O" else "ö", text)
    parts = TOKENS.split(text)  # what stands between tokens, a token, ..., what follows the last
    tokens = parts[1::2]
    repaired: dict[str, str] = {}
    ambiguous: dict[str, tuple[str, ...]] = {}  # tokens several real words fit, and those words
    for token in set(tokens):
        if "-\n" in token:
            repaired[token] = _repair_split(token)
            continue
        repaired[token], spellings = _token(token)
        if len(spellings) > 1:
            ambiguous[token] = spellings
    words = [repaired[token] for token in tokens]
    if ambiguous:  # let the neighbours decide
        ends = list(itertools.accumulate(map(len, parts)))  # where each part ends in the text
        for k, token in enumerate(tokens):
            if token in ambiguous:
                start, end = ends[2 * k], ends[2 * k + 1]
                following = NEIGHBOUR_AFTER.match(text, end)
                words[k] = _in_context(
                    token,
                    ambiguous[token],
                    _word_before(text, start),
                    following.group(1) if following else "",
                    words[k],
                )
    parts[1::2] = words
    changed = sum(1 for token, word in zip(tokens, words, strict=True) if word != token)
    return "".join(parts), [
        f"OCR-skadad text: {changed} ord rättade till svensk stavning"
    ] if changed else []


NAME_SCORE = 88  # rapidfuzz ratio, 0-100, for an OCR'd KPI name to take a clean report's
NAME_MARGIN = 4  # ... and by how much it must beat the next closest name


def _clean_kpi_names() -> tuple[str, ...]:
    """KPI names as the clean bundled reports print them (vocabulary/kpi_names.txt)."""
    return word_list("kpi_names")


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
    for cached in (_token, _compound, fold):
        cached.cache_clear()

"""A goal's assessment as printed ("Delvis uppnått", "Målet bedöms ha uppnåtts", a green
light) read as one of the six statuses, from the phrases in vocabulary/status.json.

Matching folds diacritics and the digits OCR reads for letters ("6kad"), so a damaged
text is recognised. Interim reports assess the year ahead ("Kommer inte uppnås"),
annual reports the year behind ("Inte uppnått").
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.ingest.model import GoalStatus
from desktop.ingest.vocabulary import data, fold

MAX_LABEL = 60  # characters: no status label is longer
OCR_LETTERS = str.maketrans({"6": "o", "0": "o", "é": "o", "è": "a"})


@lru_cache(maxsize=65536)
def fold_damaged(text: str) -> str:
    """Folded, with the common OCR digit/letter confusions undone."""
    return fold(text.translate(OCR_LETTERS))


def _key(raw: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", fold_damaged(raw)).split())


@lru_cache(maxsize=1)
def _labels() -> list[tuple[str, GoalStatus, str]]:
    return [(words, status, printed) for words, status, printed in data("status")["labels"]]


@lru_cache(maxsize=1)
def _label_statuses() -> dict[str, GoalStatus]:
    return {words: status for words, status, _ in reversed(_labels())}


@lru_cache(maxsize=1)
def _label_printed() -> dict[str, str]:
    """Each label's words → how it is printed (the first entry with those words)."""
    return {words: printed for words, _, printed in reversed(_labels())}


def normalise_status(raw: str) -> GoalStatus:
    """A printed status label as one of the six statuses ('unassessed' when unknown): the
    longest label the text is or begins with."""
    key = _key(raw)
    statuses = _label_statuses()
    words = key.split(" ")
    for count in range(min(len(words), 8), 0, -1):  # no label is longer than eight words
        found = statuses.get(" ".join(words[:count]))
        if found:
            return found
    return "unassessed"


def is_status_label(raw: str) -> bool:
    """Whether a short text is a status as printed, nothing else."""
    if len(raw) > MAX_LABEL:
        return False
    return _key(raw) in _label_statuses()


CHECKED_BOXES = "☒☑⊠🗷🗹"  # a ticked or crossed box of a form ("☒ Uppnås")
EMPTY_BOXES = "☐□🗆"
CHOICE = re.compile(rf"[{CHECKED_BOXES}]\s*([^{CHECKED_BOXES}{EMPTY_BOXES}]+)")


def checked_choice(text: str) -> str | None:
    """The alternative ticked among several printed with boxes, as a Word template's
    checkboxes print them ("☐ Uppnås ☒ Uppnås delvis ☐ Uppnås inte" → "Uppnås delvis");
    None when the text is no such choice, or more than one box is ticked."""
    if not any(box in text for box in EMPTY_BOXES):
        return None
    ticked = CHOICE.findall(text)
    return ticked[0].strip() if len(ticked) == 1 else None


def canonical_status_raw(raw: str) -> str:
    """The printed status in correct spelling (OCR'd 'Uppnatt' → 'Uppnått')."""
    return _label_printed().get(_key(raw), raw.strip())


def status_in_sentence(text: str, year: int = 0) -> tuple[GoalStatus, str] | None:
    """The status a sentence of an analysis states ("Målet bedöms ha uppnåtts", "Prognosen
    är att målet kommer att uppnås", "Målet bedöms därför inte i sin helhet vara uppnått"),
    with the sentence as printed; None when no sentence says it. A sentence about an
    earlier year than the report's ("Under 2025 bedömdes målet vara uppnått") is history."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", sentence)]
        if year and years and max(years) < year:
            continue
        status = sentence_status(sentence)
        if status:
            return status, sentence.strip()
    return None


def meaning_status(meaning: str) -> GoalStatus | None:
    """The status a legend gives a colour, symbol or score: a sentence ("Målet bedöms
    uppnås") or a status label ("Delvis uppfyllt"); None for anything else."""
    return sentence_status(meaning) or (
        normalise_status(meaning) if is_status_label(meaning) else None
    )


def sentence_status(sentence: str) -> GoalStatus | None:
    """The assessment one sentence states of its goal, read by its words."""
    words = data("status")["sentence_words"]
    key = f" {_key(sentence)} "
    subject = next((key.find(f" {s} ") for s in words["subjects"] if f" {s} " in key), -1)
    if subject < 0:
        return None
    rest = key[subject:]
    achieved = any(f" {w} " in rest for w in words["achieved"])
    expected = any(f" {w} " in rest for w in words["expected"])
    if not (achieved or expected):
        return None
    partly = any(f" {w} " in rest for w in words["partly"])
    negated = any(f" {w} " in rest for w in words["negations"])
    if partly:
        return "partly"
    if achieved and " kommer " not in rest:
        return "not_achieved" if negated else "achieved"
    return "expected_not_achieved" if negated else "expected_achieved"


def colour_of_word(text: str) -> str | None:
    """The colour a status written as a colour stands for ("Grön", "gul"), or printed as a
    character that names its colour ("🟢")."""
    symbol: str | None = data("status")["colour_symbols"]["symbols"].get(text.strip())
    colour: str | None = data("status")["colour_words"].get(_key(text))
    return symbol or colour


def status_of_colour(colour: str, *, interim: bool) -> GoalStatus | None:
    """The status a coloured symbol stands for (green, yellow, red), or None."""
    table = data("status")["colours"]["interim" if interim else "annual"]
    status: GoalStatus | None = table.get(colour)
    return status

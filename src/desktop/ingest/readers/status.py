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

OCR_LETTERS = str.maketrans({"6": "o", "0": "o", "é": "o", "è": "a"})


def fold_damaged(text: str) -> str:
    """Folded, with the common OCR digit/letter confusions undone."""
    return fold(text.translate(OCR_LETTERS))


def _key(raw: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", fold_damaged(raw)).split())


@lru_cache(maxsize=1)
def _labels() -> list[tuple[str, GoalStatus, str]]:
    return [(words, status, printed) for words, status, printed in data("status")["labels"]]


@lru_cache(maxsize=1)
def _sentences() -> list[tuple[re.Pattern[str], GoalStatus]]:
    return [(re.compile(pattern), status) for pattern, status in data("status")["sentences"]]


def normalise_status(raw: str) -> GoalStatus:
    """A printed status label as one of the six statuses ('unassessed' when unknown)."""
    key = _key(raw)
    for words, status, _ in _labels():
        if key == words or key.startswith(words + " "):
            return status
    return "unassessed"


def is_status_label(raw: str) -> bool:
    """Whether a short text is a status as printed, nothing else."""
    key = _key(raw)
    return any(key == words for words, _, _ in _labels())


def canonical_status_raw(raw: str) -> str:
    """The printed status in correct spelling (OCR'd 'Uppnatt' → 'Uppnått')."""
    key = _key(raw)
    for words, _, printed in _labels():
        if key == words:
            return printed
    return raw.strip()


def status_in_sentence(text: str) -> tuple[GoalStatus, str] | None:
    """The status a sentence of an analysis states ("Målet bedöms ha uppnåtts"), with the
    sentence as printed; None when no sentence says it."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        key = _key(sentence)
        for pattern, status in _sentences():
            if pattern.search(key):
                return status, sentence.strip()
    return None


def status_of_colour(colour: str, *, interim: bool) -> GoalStatus | None:
    """The status a coloured symbol stands for (green, yellow, red), or None."""
    table = data("status")["colours"]["interim" if interim else "annual"]
    status: GoalStatus | None = table.get(colour)
    return status

"""The words the readers know, from data files in this folder.

Hand-written files (status, report types, committees, finance, goals, KPIs) say how
reports print what is read; `municipalities.csv` is Kolada's list of municipalities and
regions (Källa: Kolada (RKA), CC BY 4.0); the rest is built from the bundled reports by
`scripts/build_vocabulary.py` and committed. Nothing here is learnt from the reports a
member has installed, so a report reads the same on every laptop.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent
SWEDISH = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case with å, ä → a and ö → o and no other diacritics: how words are compared."""
    lowered = text.strip().casefold().translate(SWEDISH)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def data(name: str) -> Any:
    """A JSON vocabulary file, by name without its suffix ("status", "committees", …)."""
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A list file, one entry per line ("ocr_words", "headings", "kpi_names")."""
    path = FOLDER / f"{name}.txt"
    if not path.exists():
        return ()
    return tuple(line for line in path.read_text(encoding="utf-8").splitlines() if line)


@dataclass(frozen=True)
class Municipality:
    """A municipality (type K) or region (type L) in Kolada's list, with its id."""

    id: str
    name: str
    kind: str


@lru_cache(maxsize=1)
def municipalities() -> tuple[Municipality, ...]:
    with open(FOLDER / "municipalities.csv", encoding="utf-8", newline="") as handle:
        return tuple(
            Municipality(row["id"], row["title"], row["type"])
            for row in csv.DictReader(handle)
            if row["id"] != "0000"  # "Riket", the whole country
        )

"""The goal vocabulary every rule shares: what a goal title looks like and how long it is,
labels that name a goal or a level above it ("Nämndmål", "Målområde"), headings that are a
goal's part rather than a goal ("Analys", "Indikatorer"), goal sections, and whether two
titles are one goal printed twice.

One place for these so that tables, labels, list items and headings agree on what counts
as a goal; the words themselves live in vocabulary/goals.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.ingest.document import plain
from desktop.ingest.readers.status import fold_damaged, is_status_label
from desktop.ingest.vocabulary import data, word_list

LABELLED = re.compile(
    r"^\s*(?P<label>[\w\s-]{2,30}?)\s*(?P<number>\d{1,2})?\s*:\s*(?P<value>\S.{3,})$"
)
MIN_TITLE = 12  # characters: a shorter heading is a label ("Analys"), not a goal
MAX_TITLE = 300
SAME_GOAL = 0.9  # similarity at which two titles are one goal printed twice


@lru_cache(maxsize=1)
def _goal_verb() -> re.Pattern[str]:
    """A verb that says what shall be ("ska", "öka", "Förbättra …"): goals.json."""
    verbs = sorted(data("goals")["goal_verbs"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, verbs)) + r")(?!\w)", re.I)


def _same_title(a: str, b: str) -> bool:
    from rapidfuzz.fuzz import ratio

    fa, fb = fold_damaged(a), fold_damaged(b)
    return fa == fb or ratio(fa, fb) >= 100 * SAME_GOAL


def _words(name: str) -> set[str]:
    return set(data("goals")[name])


def _label_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", fold_damaged(text)).split())


def is_goal_section(heading: str) -> bool:
    key = _label_key(goal_title(heading))
    key = re.sub(r"\s*\d+$", "", key)
    key = re.sub(r"^(?:uppfoljning av|redovisning av|bedomning av)\s+", "", key)
    return key in _words("sections") or any(
        key.startswith(w + " ") for w in ("namndens mal", "mal och", "malomrade")
    )


PART_WORDS = (
    "indikatorer",
    "indikator",
    "nyckeltal",
    "matetal",
    "matt",
    "aktiviteter",
    "atgarder",
    "resultat",
)


@lru_cache(maxsize=1)
def _swedish_words() -> frozenset[str]:
    """Swedish words, lower case (the clean reports' vocabulary, vocabulary/ocr_words.txt)."""
    return frozenset(word_list("ocr_words"))


LETTERS = re.compile(r"[a-zåäöéü]{3,}")


def is_foreign(text: str) -> bool:
    """A line of another language, not Swedish: none of its words of three letters or
    more is a Swedish word ("Lasten ja nuorten tulee tuntea olonsa turvalliseksi koulussa",
    the Finnish under a bilingual report's Swedish goal)."""
    words = LETTERS.findall(plain(text).lower())
    return len(words) >= 3 and not any(word in _swedish_words() for word in words)


def _is_label(text: str) -> bool:
    """A heading that names a part of a goal ("Analys", "Indikatorer", "Nyckeltal kultur"),
    or an overview ("Sammanfattande bedömning"), not a goal."""
    if len(text) > 80:
        return False
    key = _label_key(goal_title(text)).rstrip(":")
    first = key.split(" ", 1)[0] if key else ""
    return (
        key in _words("analysis_labels")
        or key in _words("assessment_labels")
        or key in PART_WORDS
        or first in PART_WORDS
        or first
        in (
            "sammanfattning",
            "sammanfattande",
            "sammanstallning",
            "kommentarer",
            "kommentar",
            "analys",
        )
        or is_status_label(text)
    )


NUMBERING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+|[A-Z]\d{0,2}[.:)]\s+|\d{1,2}[a-h][.)]?\s+(?=[A-ZÅÄÖ]))"
)
GOAL_LABEL_PREFIX = re.compile(
    r"^(?:Nämndmål|Mål|Verksamhetsmål|Effektmål|Delmål)\s*(?:\d{1,2}(?:\.\d{1,2})*)?\s*[:.–-]?\s+(?=[A-ZÅÄÖ])"
)


def goal_title(text: str) -> str:
    """A goal's title as printed, without its heading number ("2.2.1 ", "1a ") and its label
    ("Mål 3: ", "2.1 Mål: ")."""
    title = NUMBERING.sub("", plain(text).strip()).strip()
    return GOAL_LABEL_PREFIX.sub("", title).strip()


HIERARCHY_LABELS = {
    "malomrade",
    "kommunfullmaktigemal",
    "kf-mal",
    "kf mal",
    "kommunfullmaktiges mal",
    "inriktningsmal",
    "fokusomrade",
    "strategiskt mal",
}
GOAL_LABELS = {
    "namndmal",
    "mal",
    "verksamhetsmal",
    "effektmal",
    "nämndmål",
    "finansiellt mal",
    "namndens mal",
}


def _as_label(line: str) -> str:
    """A row of two cells, a label and its value, as "label: value" ("" for other rows)."""
    cells = [c.strip() for c in line.split("\t")]
    if len(cells) != 2 or not cells[0] or not cells[1] or len(cells[0]) > 30:
        return ""
    return f"{cells[0]}: {cells[1]}"


# "(KF) = kommunfullmäktiges mål": a marker after goal titles that the report explains
MARKER_LEGEND = re.compile(r"\((?P<marker>[A-ZÅÄÖ]{1,4})\)\s*=")


def explained_markers(lines: list[str]) -> frozenset[str]:
    """The markers a report prints after goal titles and explains in a legend ("(KF) =
    kommunfullmäktiges mål. (N) = nämndens eget mål.")."""
    return frozenset(m.group("marker") for line in lines for m in MARKER_LEGEND.finditer(line))


def without_marker(title: str, markers: frozenset[str]) -> str:
    """A goal's title without the explained marker at its end ("… förutsägbar (KF)")."""
    for marker in markers:
        if title.endswith(f"({marker})"):
            return title[: -len(marker) - 2].rstrip()
    return title

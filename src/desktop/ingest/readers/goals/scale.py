"""Assessments printed in a short form the report explains once: a percentage of the
target reached, read by the report's scale, or a letter, read by its legend.

Some reports assess a goal by a figure only ("97 %" under Måluppfyllelse) and say once,
above the table, what the figures mean: "≥ 100 % = uppnått, 80–99 % = delvis uppnått,
under 80 % = ej uppnått". The scale is read from the report's own text, so a figure is
assessed only as the report itself says; without a scale a figure says nothing. A score
("Måluppfyllelse: 3 av 4") is read by its scale in the same way ("4 av 4 = uppfyllt,
2–3 av 4 = delvis uppfyllt, 0–1 av 4 = inte uppfyllt", in a line or a table). A
narrow column of letters ("U", "D", "E") is read by the legend under the table
("U = uppnås, D = delvis, E = ej uppnås") in the same way, and so is a column of symbols
printed as characters, by a legend of the same symbols ("▲ Målet bedöms uppnås ■ Målet
bedöms delvis uppnås ▼ Målet bedöms inte uppnås"), whatever their colour.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.ingest.document import STATUS_GLYPHS, plain
from desktop.ingest.model import GoalStatus
from desktop.ingest.readers.numbers import parse_number
from desktop.ingest.readers.status import (
    is_status_label,
    meaning_status,
    normalise_status,
)

# one step of a scale: "≥ 100 % = uppnått", "80–99 % = delvis uppnått", "under 80 % = ej uppnått"
STEP = re.compile(
    r"(?P<op>≥|>=|>|≤|<=|<|minst|över|under|mindre än)?\s*(?P<low>\d+(?:,\d+)?)"
    r"(?:\s*[–-]\s*(?P<high>\d+(?:,\d+)?))?\s*%\s*=\s*(?P<status>[^,;.=()]+)",
    re.IGNORECASE,
)
Step = tuple[float, float, GoalStatus, str]  # from, to (both included), status, as printed


def percent_scale(lines: list[str]) -> list[Step]:
    """The first line that prints two steps or more of a scale, read; [] when none does."""
    for line in lines:
        steps = [step for match in STEP.finditer(line) if (step := _step(match)) is not None]
        if len(steps) >= 2:
            return steps
    return []


def _step(match: re.Match[str]) -> Step | None:
    status = match.group("status").strip()
    if not is_status_label(status):
        return None
    low = _number(match.group("low"))
    op = (match.group("op") or "").lower()
    if match.group("high"):
        low, high = low, _number(match.group("high")) + 0.999  # "80–99 %": up to 100
    elif op in ("≥", ">=", "minst"):
        high = math.inf
    elif op in (">", "över"):
        low, high = low + 1e-9, math.inf
    elif op in ("<", "under", "mindre än"):
        low, high = -math.inf, low - 1e-9
    elif op in ("≤", "<="):
        low, high = -math.inf, low
    else:
        high = low
    return low, high, normalise_status(status), status


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def scaled_status(cell: str, scale: list[Step]) -> tuple[GoalStatus, str] | None:
    """The status a percentage cell ("97 %") gets on the scale; None when it is no figure
    or the scale does not cover it."""
    if "%" not in cell:
        return None
    value = parse_number(cell)
    if value is None:
        return None
    for low, high, status, printed in scale:
        if low <= value <= high:
            return status, printed
    return None


# one code of a legend: "U = uppnås", "D = delvis", "E = ej uppnås"
CODE = re.compile(r"(?<!\w)(?P<code>[A-ZÅÄÖ]{1,3})\s*=\s*(?P<status>[^,;.=()]+)")


def status_codes(lines: list[str]) -> dict[str, tuple[GoalStatus, str]]:
    """Letters a report assesses its goals with, by the legend it prints ("U = uppnås,
    D = delvis, E = ej uppnås"): the first line that explains two codes at least."""
    for line in lines:
        codes = {
            match.group("code"): (normalise_status(words), words)
            for match in CODE.finditer(line)
            if is_status_label(words := match.group("status").strip())
        }
        if len(codes) >= 2:
            return codes
    return {}


# symbols a legend may explain, printed as characters: status lights, checks and crosses,
# and a tilde or a dash ("~ = delvis uppfyllt, – = ej bedömt"); a line is a legend only
# when every symbol on it is followed by an assessment
LEGEND_SYMBOLS = STATUS_GLYPHS | frozenset("✔✓✗✘✖◐◑◒◓○◯□△▽◇~–")
LEGEND_LENGTH = 300  # characters: a longer line is text, not a legend


def symbol_codes(lines: list[str]) -> dict[str, tuple[GoalStatus, str]]:
    """Symbols a report assesses its goals with, by the legend it prints ("▲ Målet bedöms
    uppnås ■ Målet bedöms delvis uppnås ▼ Målet bedöms inte uppnås"): the first line of
    two different symbols at least, each followed by an assessment. A line that prints
    one symbol twice ("● Uppfyllt ● Delvis uppfyllt", told apart by colour only) is no
    legend of symbols."""
    for line in lines:
        text = plain(line).strip()
        if len(text) > LEGEND_LENGTH:
            continue
        at = [i for i, ch in enumerate(text) if ch in LEGEND_SYMBOLS]
        symbols = [text[i] for i in at]
        if len(at) < 2 or len(set(symbols)) < len(symbols):
            continue
        codes = {}
        for start, end in zip(at, [*at[1:], len(text)], strict=True):
            meaning = text[start + 1 : end].strip(" =:–-,;|")
            status = meaning_status(meaning)
            if status is None:
                break
            codes[text[start]] = (status, meaning)
        else:
            return codes
    return {}


# one step of a scale of scores: "2–3 av 4 = delvis uppfyllt", "4 av 4 | Målet är uppfyllt"
SCORE_STEP = re.compile(
    r"(?<![\d,])(?P<low>\d{1,2})(?:\s*[–-]\s*(?P<high>\d{1,2}))?\s+av\s+(?P<of>\d{1,2})"
    r"\s*(?:=|:|\t|–)\s*(?P<status>[^=\t]+?)\s*$"
)
SCORE = re.compile(r"^\s*(?P<score>\d{1,2})\s+av\s+(?P<of>\d{1,2})\b")
ScoreStep = tuple[int, int, int, GoalStatus, str]  # from, to (both included), out of, status


def score_scale(lines: list[str]) -> list[ScoreStep]:
    """A scale of scores ("4 av 4 = uppfyllt"), a step a line or a table row, or several
    steps on one line; [] unless two steps at least are printed."""
    steps: list[ScoreStep] = []
    for line in lines:
        for part in re.split(r"[,;]\s+(?=\d)", plain(line)):
            match = SCORE_STEP.search(part)
            if match is None:
                continue
            meaning = match.group("status").strip().rstrip(".")
            status = meaning_status(meaning)
            if status is not None:
                low = int(match.group("low"))
                high = int(match.group("high") or low)
                steps.append((low, high, int(match.group("of")), status, meaning))
    return steps if len(steps) >= 2 else []


def scored_status(cell: str, scale: list[ScoreStep]) -> tuple[GoalStatus, str] | None:
    """The status a score ("3 av 4", at the start of a cell) gets on the scale."""
    match = SCORE.match(cell)
    if match is None:
        return None
    score, of = int(match.group("score")), int(match.group("of"))
    for low, high, out_of, status, _printed in scale:
        if out_of == of and low <= score <= high:
            return status, f"{score} av {of}"
    return None


@dataclass(frozen=True)
class ShortForms:
    """The short forms of assessment a report explains once: its scale of percentages
    and its codes, letters or symbols (either may be empty)."""

    scale: list[Step]
    codes: dict[str, tuple[GoalStatus, str]]
    scores: list[ScoreStep]

    @classmethod
    def of(cls, lines: list[str]) -> ShortForms:
        return _short_forms(tuple(lines))

    def status(self, cell: str) -> tuple[GoalStatus, str] | None:
        """The status a cell gives in one of the report's short forms, or None."""
        text = plain(cell).strip()
        return (
            (scaled_status(text, self.scale) if self.scale else None)
            or self.codes.get(text)
            or (scored_status(text, self.scores) if self.scores else None)
        )


@lru_cache(maxsize=4)
def _short_forms(lines: tuple[str, ...]) -> ShortForms:
    """A report's short forms, read once however many goals ask (the report's lines are
    the key: a report being read keeps them)."""
    listed = list(lines)
    return ShortForms(
        percent_scale(listed),
        {**symbol_codes(listed), **status_codes(listed)},
        score_scale(listed),
    )

"""What a flag is: its kind, what it concerns, one sentence, a question, and its evidence.

Plain dataclasses (no Qt, no SQL): the checks make them, `desktop.analysis.flags.store`
keeps them in library.db, the views and `namndlasaren flags --json` show them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


class Say(str):
    """A sentence in Swedish (the string itself: what the JSON contract and the printed
    summary use) that also knows its English, for the app's English UI."""

    en: str

    def __new__(cls, sv: str, en: str | None = None) -> Say:
        text = super().__new__(cls, sv)
        text.en = sv if en is None else en
        return text

    def __reduce__(self) -> tuple[object, ...]:
        return (Say, (str(self), self.en))

    def in_language(self, language: str) -> str:
        return self.en if language == "en" else str(self)


def english(text: str, language: str = "en") -> str:
    """A text in the UI's language: a Say's English, else the text as it is."""
    return text.in_language(language) if isinstance(text, Say) else text


# The kinds, in the order the list shows them; the JSON contract uses these names.
STATUS = "status_vs_indicators"
RESTATED = "preliminary_vs_final"
TEXT = "text_vs_numbers"
SUMS = "sums"
DEVIATION = "budget_deviation"
CONTINUITY = "continuity"
TREND = "trend"
KINDS: tuple[str, ...] = (STATUS, RESTATED, TEXT, SUMS, DEVIATION, CONTINUITY, TREND)

# What a flag is about: a row of the library (its table) or, for a missing one, the old row.
SUBJECT_KINDS = ("goal", "kpi", "finance")

DEFAULT_DEVIATION_PERCENT = 2.0
DEFAULT_DEVIATION_MNKR = 1.0


@dataclass(frozen=True)
class Evidence:
    """One thing the member can open: a value in a table, a sentence, a goal's assessment.

    `find` is what locates the passage in its section when it is opened or a question is
    anchored on it: a KPI's name, a finance row's label, a quoted sentence or a goal title
    (`anchor` says which). `line` is the 1-based line of the report's text.
    """

    role: str  # "value" | "text" | "status" | "explanation" | "total"
    report_id: int
    report_label: str
    text: str  # what it shows, as the member reads it (a Say: Swedish, with its English)
    anchor: str  # "kpi" | "finance" | "sentence" | "goal"
    find: str
    section_id: int | None = None
    line: int | None = None
    page: int | None = None
    year: int | None = None
    value: float | None = None
    unit: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "report_id": self.report_id,
            "report": self.report_label,
            "text": self.text,
            "page": self.page,
            "section_id": self.section_id,
            "line": self.line,
            "year": self.year,
            "value": json_number(self.value),
            "unit": self.unit,
        }


@dataclass
class Flag:
    """Something in a report that does not add up, with the evidence to open."""

    kind: str
    key: str  # stable across runs: the same question about the same thing
    report_id: int  # the report whose list it is in
    subject_kind: str  # "goal" | "kpi" | "finance"
    subject_id: int | None  # the row it concerns (None when there is no such row)
    subject_report_id: int  # the report that row belongs to (another one for a dropped goal)
    subject: str  # the goal, KPI or row as printed
    explanation: str  # one sentence in plain Swedish (a Say: with its English)
    question: str  # a question the member could ask (a Say)
    evidence: list[Evidence] = field(default_factory=list)  # as read (store) or `compute`d
    note: str | None = None  # e.g. that no paragraph explains a deviation
    amount: float | None = None  # a budget deviation in mnkr (its size)
    share: float | None = None  # the deviation as a share of the budget (None: budget 0)
    id: int = 0
    # the evidence as a check names it (evidence.Ref: which rows), what library.db keeps
    proof: list[tuple[Any, ...]] = field(default_factory=list, repr=False, compare=False)


@dataclass(frozen=True)
class FlagSettings:
    """What the member chose to see: kinds switched off, the deviation threshold."""

    off: frozenset[str] = frozenset()
    deviation_percent: float = DEFAULT_DEVIATION_PERCENT
    deviation_mnkr: float = DEFAULT_DEVIATION_MNKR

    def shows(self, flag: Flag) -> bool:
        if flag.kind in self.off:
            return False
        if flag.kind != DEVIATION:
            return True
        return deviation_shown(flag.amount, flag.share, self)

    def to_json(self) -> dict[str, Any]:
        return {
            "kinds_off": sorted(self.off),
            "deviation_percent": self.deviation_percent,
            "deviation_mnkr": self.deviation_mnkr,
        }


def deviation_shown(amount: float | None, share: float | None, settings: FlagSettings) -> bool:
    """More than the member's mnkr and more than their share of the budget (a budget of 0
    has no share: any deviation above the amount is shown)."""
    if amount is None or amount <= settings.deviation_mnkr:
        return False
    return share is None or share * 100 > settings.deviation_percent


def json_number(value: float | None) -> float | int | None:
    """Whole numbers as JSON integers (1234, not 1234.0)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return int(value) if float(value).is_integer() else value


MINUS = "\u2212"


def sv_number(value: float, decimals: int | None = None) -> str:
    """1 234,5 and −12 379 as a Swedish report prints them (decimals as given, else as few
    as the value needs, at most two)."""
    if decimals is None:
        decimals = decimals_of(value)
    rounded = round(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", " ").replace(".", ",")
    return (MINUS if rounded < 0 else "") + text


@lru_cache(maxsize=65536)
def decimals_of(value: float) -> int:
    """How many decimals a printed value had: 12.8 → 1, 63.0 → 0 (at most 2). Asked for
    every value compared or shown, and a library prints the same values again and again."""
    text = repr(float(value))
    if "e" in text:
        return 0 if float(value).is_integer() else 2
    decimals = len(text) - text.index(".") - 1
    return 0 if text.endswith(".0") else min(decimals, 2)


def en_number(value: float, decimals: int | None = None) -> str:
    """1 234.5 and −12 379: the same figure for the English UI."""
    return sv_number(value, decimals).replace(",", ".")


def number(value: float, decimals: int | None = None) -> Say:
    sv = sv_number(value, decimals)
    return Say(sv, sv.replace(",", "."))  # en_number, from the Swedish made once


UNIT_TEXT = {"percent": " %", "days": " dagar", "tkr": " tkr", "mnkr": " mnkr"}
UNIT_EN = {"percent": " %", "days": " days", "tkr": " tkr", "mnkr": " mnkr"}


@lru_cache(maxsize=8192)
def with_unit(value: float, unit: str | None, decimals: int | None = None) -> Say:
    """59 %, 66 dagar, 3 130: a value as the member reads it beside its name."""
    figure = sv_number(value, decimals)
    return Say(
        figure + UNIT_TEXT.get(unit or "", ""),
        figure.replace(",", ".") + UNIT_EN.get(unit or "", ""),  # en_number
    )


def mnkr(value_in_unit: float, unit: str) -> float:
    """A finance figure in mnkr, whatever the table printed (tkr or mnkr)."""
    return value_in_unit if unit == "mnkr" else value_in_unit / 1000.0


def same_value(a: float, b: float) -> bool:
    """Equal as printed: 62,5 and 63 may be one figure rounded differently."""
    return abs(a - b) <= 0.5 * 10 ** -min(decimals_of(a), decimals_of(b)) + 1e-9

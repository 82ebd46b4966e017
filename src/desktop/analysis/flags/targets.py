"""Whether a KPI value met its target, the target's direction respected.

A target says which way is better: "≥ 95 %", "Minst 76 %" (higher), "Högst 5 %", "< 3"
(lower), "Öka" (higher than the year before). A bare "61 %" says nothing about direction,
so only a value equal to it is known to meet it — except a share whose target is 100 %,
which no value can exceed. Whatever cannot be decided is None, and no flag is raised on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop.analysis.flags.data import KpiData
from desktop.analysis.flags.model import Say, same_value, with_unit
from desktop.analysis.flags.words import Token, phrase_at, phrases, tokens, words


@dataclass(frozen=True)
class Target:
    value: float | None  # None for a relative target ("Öka")
    direction: str | None  # "higher" | "lower" | None
    strict: bool = False
    raw: str = ""

    def text(self, unit: str) -> Say:
        """'minst 2 400', 'högst 5 %', 'en ökning': as the member reads the target."""
        if self.value is None:
            if self.direction == "higher":
                return Say("en ökning", "an increase")
            return Say("en minskning", "a decrease")
        figure = with_unit(self.value, unit)
        words = {
            ("higher", False): ("minst", "at least"),
            ("higher", True): ("mer än", "more than"),
            ("lower", False): ("högst", "at most"),
            ("lower", True): ("mindre än", "less than"),
        }.get((self.direction or "", self.strict))
        if words is None:
            return figure
        return Say(f"{words[0]} {figure}", f"{words[1]} {figure.en}")


def target_of(kpi: KpiData) -> Target | None:
    """The KPI's target as printed, with its direction; None when it has none."""
    raw = (kpi.target_raw or "").strip()
    if kpi.target is None and not raw:
        return None
    direction, strict, relative = _read(raw)
    if kpi.target is None:
        return Target(None, relative, raw=raw) if relative else None
    if kpi.target_direction in ("higher", "lower"):
        direction = kpi.target_direction
    if direction is None and kpi.unit == "percent" and abs(kpi.target - 100.0) < 1e-9:
        direction = "higher"  # a share cannot exceed 100 %
    return Target(kpi.target, direction, strict, raw)


@cache
def _read(raw: str) -> tuple[str | None, bool, str | None]:
    """(direction, strict, relative direction) of a printed target, read once per text."""
    toks = tokens(raw)
    direction, strict = _direction(toks)
    return direction, strict, _relative(toks)


def _direction(toks: list[Token]) -> tuple[str | None, bool]:
    if not toks:
        return None, False
    strict_words = phrases("target_comparators", "strict")
    for name in ("higher", "lower"):
        length = phrase_at(toks, 0, phrases("target_comparators", name))
        if length:
            return name, bool(phrase_at(toks, 0, strict_words) == length)
    return None, False


def _relative(toks: list[Token]) -> str | None:
    first = toks[0].folded if toks else ""
    for name in ("higher", "lower"):
        if first in words("relative_targets", name):
            return name
    return None


def met(kpi: KpiData, target: Target, year: int) -> bool | None:
    """True/False when the value of `year` decidedly met or missed the target, else None."""
    value = kpi.values.get(year)
    if value is None:
        return None
    if target.value is None:  # "Öka": compared with the year before in the same row
        before = kpi.values.get(year - 1)
        if before is None or target.direction is None or same_value(value, before):
            return None
        return value > before if target.direction == "higher" else value < before
    if same_value(value, target.value):
        return not target.strict if target.direction else True
    if target.direction == "higher":
        return value > target.value
    if target.direction == "lower":
        return value < target.value
    return None


def shortfall(value: float, target: Target) -> float | None:
    """How far a value falls short of a numeric target with a direction (0: met)."""
    if target.value is None or target.direction is None:
        return None
    if target.direction == "higher":
        return max(0.0, target.value - value)
    return max(0.0, value - target.value)

"""Text vs numbers: a sentence of a goal's analysis that states a number or a direction
for one of the goal's KPIs which that KPI's values contradict.

A sentence counts only when it names exactly one KPI near the claim (same clause, a few
words away), speaks of whole years (no tertial, month or "hittills"), and the claim is
not negated. A number counts when it carries the KPI's unit and states a level, not a
threshold, a target or a change; its year is the one the sentence names, else the
report's. A direction ("ökat", "minskat", "förbättrats", "högre än föregående år")
compares the year named (or the report's) with the year before, or "från 2019 till 2021".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.check_restated import LEVEL_UNITS
from desktop.analysis.flags.data import Committee, GoalData, KpiData, ReportData
from desktop.analysis.flags.model import TEXT, Flag, Say, same_value, with_unit
from desktop.analysis.flags.targets import target_of
from desktop.analysis.flags.words import (
    Mention,
    Token,
    about_part_of_year,
    claim_finder,
    fast_fold,
    is_year,
    kpi_terms,
    mentions,
    negated,
    phrase_at,
    phrases,
    quantities,
    same_clause,
    sentence_spans,
    stems_of,
    tokens,
    word_starts,
    words,
)
from desktop.analysis.goal_match import KPI_SIMILARITY, goal_key
from desktop.ingest.vocabulary import fold

NEAR = 8  # tokens between a claim and the KPI it is about, at most
DIRECTION_WORDS = {
    "up": ("ökat", "increased"),
    "down": ("minskat", "decreased"),
    "better": ("förbättrats", "improved"),
    "worse": ("försämrats", "worsened"),
}


@dataclass(frozen=True)
class Claim:
    kpi: KpiData
    kind: str  # "number" | "up" | "down" | "better" | "worse"
    years: tuple[int, int]  # number: (year, year); direction: (from, to)
    value: float = 0.0
    decimals: int = 0


@cache
def _key(text: str) -> str:
    return goal_key(text)


def goal_kpis(committee: Committee, goal: GoalData) -> list[KpiData]:
    """The KPIs printed with the goal, and those of its report worded like it."""
    kpis = committee.kpis.get(goal.report_id, [])
    own = [k for k in kpis if k.goal_id == goal.id]
    related = [k for k in kpis if k.goal_id is None and _worded_like(goal.title, k.name)]
    return own + related


@lru_cache(maxsize=65536)
def _worded_like(goal_title: str, kpi_name: str) -> bool:
    """Is a KPI worded like a goal? A committee prints the same goals and KPIs report
    after report, so each pair is compared once."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(_key(goal_title), _key(kpi_name)) >= KPI_SIMILARITY


def check(committee: Committee) -> list[Flag]:
    flags: list[Flag] = []
    finder = claim_finder()
    for report in committee.reports:
        for goal in committee.goals.get(report.id, []):
            # a first look, cheap: an analysis that names none of the goal's KPIs is not
            # read closely; of one that does, only the sentences naming a KPI are searched
            # for a claim (a number with a KPI's unit, a word of change)
            if not goal.analysis:
                continue
            kpis = goal_kpis(committee, goal)
            heads = frozenset(h for k in kpis for h in _heads(k.name))
            if not heads:
                continue
            whole = fast_fold(goal.analysis)
            named_at = word_starts(whole, heads)
            if not named_at:
                continue
            spans = sentence_spans(goal.analysis, until=max(named_at))
            begins = [start for start, _end in spans]
            claim = None  # the first claim at or after the sentence looked at
            for index in sorted({bisect_right(begins, at) - 1 for at in named_at}):
                start, end = spans[index]
                if claim is None or claim.start() < start:
                    claim = finder.search(whole, start)
                    if claim is None:
                        break
                if claim.start() >= end:
                    continue
                text = " ".join(goal.analysis[start:end].split())
                for found in claims(text, kpis, report):
                    flag = _flag(committee, report, goal, text, found)
                    if flag is not None:
                        flags.append(flag)
    return flags


@cache
def _heads(name: str) -> frozenset[str]:
    """What a sentence must contain to name the KPI at all: its head word, its acronyms
    (folded, lower case)."""
    terms = kpi_terms(name)
    return frozenset({*terms.words[:1], *(a.lower() for a in terms.acronyms)})


def claims(text: str, kpis: list[KpiData], report: ReportData) -> list[Claim]:
    """What one sentence says about the KPIs, where it can be read for certain."""
    toks = tokens(text)
    if about_part_of_year(toks):
        return []
    stems = stems_of(toks)
    named = [(k, m) for k in kpis for m in mentions(toks, kpi_terms(k.name), k.unit, stems)]
    if not named:
        return []
    found: list[Claim] = []
    year = _one_year(toks, report)
    for unit in ("percent", "days"):
        counted: dict[int, list[Claim]] = {}
        for quantity in quantities(toks, unit):
            kpi = _nearest([(k, m) for k, m in named if k.unit == unit], toks, quantity.at)
            if kpi is None or year is None:
                continue
            counted.setdefault(kpi.id, []).append(
                Claim(kpi, "number", (year, year), quantity.value, quantity.decimals)
            )
        found += [c[0] for c in counted.values() if len(c) == 1]  # two figures: which one?
    for at, direction, side in _directions(toks):
        if negated(toks, at):
            continue
        kpi = _nearest(named, toks, at, side)
        years = _compared_years(toks, at, report)
        if kpi is not None and years is not None:
            found.append(Claim(kpi, direction, years))
    return found


def _nearest(
    named: list[tuple[KpiData, Mention]], toks: list[Token], at: int, side: str = "either"
) -> KpiData | None:
    """The one KPI named closest to a claim in its clause (before it, after it, or either
    side); None if none or a tie."""
    best: list[tuple[int, KpiData]] = []
    for kpi, mention in named:
        if side == "before" and mention.end > at:
            continue
        if side == "after" and mention.at <= at:
            continue
        distance = min(abs(at - mention.at), abs(at - (mention.end - 1)))
        if mention.at <= at < mention.end:
            distance = 0
        if distance > NEAR:
            continue
        edge = mention.at if at < mention.at else mention.end - 1
        if distance and not same_clause(toks, at, edge):
            continue
        best.append((distance, kpi))
    if not best:
        return None
    best.sort(key=lambda b: b[0])
    closest = [kpi for distance, kpi in best if distance == best[0][0]]
    return closest[0] if len({k.id for k in closest}) == 1 else None


def _one_year(toks: list[Token], report: ReportData) -> int | None:
    named = {int(t.text) for t in toks if is_year(t)}
    if not named:
        return report.year
    return named.pop() if len(named) == 1 else None


def _directions(toks: list[Token]) -> list[tuple[int, str, str]]:
    """(token, direction, where its subject stands) of each change the sentence states.

    A verb ("har ökat", "minskade") is about what stands before it; a noun ("en ökning
    av andelen …") about what follows it after "av"; a participle before a noun ("ett
    ökat distansarbete", "den minskade kostnaden") about that noun, so about no KPI.
    """
    found = []
    articles = words("determiners")
    links = words("direction_links")
    named = _direction_words()
    comparisons = [(name, phrases("comparisons", name)) for name in ("up", "down")]
    for i, t in enumerate(toks):
        for name in named.get(t.folded, ()):
            if t.folded.endswith(("ning", "ningen")):
                if i + 1 < len(toks) and toks[i + 1].folded in links:
                    found.append((i, name, "after"))
            elif not (i > 0 and toks[i - 1].folded in articles):
                found.append((i, name, "before"))
        for name, options in comparisons:
            length = options.at(toks, i)
            if length and _against_a_year(toks, i + length):
                found.append((i, name, "before"))
    return found


@cache
def _direction_words() -> dict[str, tuple[str, ...]]:
    """Each folded word of change with its directions ("up", "down", "better", "worse")."""
    out: dict[str, tuple[str, ...]] = {}
    for name in ("up", "down", "better", "worse"):
        for word in words("directions", name):
            out[word] = (*out.get(word, ()), name)
    return out


def _against_a_year(toks: list[Token], at: int) -> bool:
    """'högre än föregående år' / 'lägre än 2022': a comparison with another year."""
    return bool(at < len(toks) and (is_year(toks[at]) or phrase_at(toks, at, phrases("last_year"))))


def _compared_years(toks: list[Token], at: int, report: ReportData) -> tuple[int, int] | None:
    years = [(i, int(t.text)) for i, t in enumerate(toks) if is_year(t)]
    if not years:
        return (report.year - 1, report.year)
    if len(years) == 2:
        (i, first), (j, second) = years
        if (
            i > 0
            and toks[i - 1].folded in ("fran", "mellan")
            and toks[j - 1].folded in ("till", "och")
        ):
            return (first, second) if first < second else None
        return None
    if len(years) > 2:
        return None
    i, year = years[0]
    before = {t.folded for t in toks[max(0, i - 3) : i]}
    if year < report.year and before & {"med", "sedan", "an", "jamfort"}:
        return (year, report.year)
    if year > report.year:
        return None
    return (year - 1, year)


def _flag(committee: Committee, report: ReportData, goal: GoalData, text: str,
          claim: Claim) -> Flag | None:  # fmt: skip
    kpi = claim.kpi
    first, last = claim.years
    if (
        last == report.year
        and (not report.annual or kpi.period_note)
        and (kpi.unit not in LEVEL_UNITS)
    ):
        return None  # a part-year count says nothing against a whole year
    if claim.kind == "number":
        actual = kpi.values.get(last)
        if actual is None or abs(actual - claim.value) <= 0.5 * 10**-claim.decimals + 1e-9:
            return None
        said = with_unit(claim.value, kpi.unit, claim.decimals)
        shown = with_unit(actual, kpi.unit)
        explanation = Say(
            f"Målanalysen anger {said} för ”{kpi.name}” {last}, men tabellen visar {shown}.",
            f"The goal analysis gives {said.en} for “{kpi.name}” in {last}, but the table "
            f"shows {shown.en}.",
        )
        question = Say(
            f"Analysen anger {said} men tabellen {shown} för {last} – vilken siffra stämmer?",
            f"The analysis gives {said.en} but the table {shown.en} for {last} – which "
            "figure is right?",
        )
        proof_years = [last]
    else:
        before, after = kpi.values.get(first), kpi.values.get(last)
        if before is None or after is None or same_value(before, after):
            return None
        went_up = after > before
        direction = claim.kind
        if direction in ("better", "worse"):
            target = target_of(kpi)
            if target is None or target.direction is None:
                return None
            higher_is_better = target.direction == "higher"
            direction = "up" if (direction == "better") == higher_is_better else "down"
        if went_up == (direction == "up"):
            return None
        word, word_en = DIRECTION_WORDS[claim.kind]
        a, b = with_unit(before, kpi.unit), with_unit(after, kpi.unit)
        explanation = Say(
            f"Målanalysen säger att ”{kpi.name}” har {word}, men värdet gick från {a} ({first})"
            f" till {b} ({last}).",
            f"The goal analysis says that “{kpi.name}” has {word_en}, but the value went from "
            f"{a.en} ({first}) to {b.en} ({last}).",
        )
        question = Say(
            f"Analysen säger att ”{kpi.name}” har {word}, men siffrorna går åt andra hållet "
            f"({a} → {b}) – hur hänger det ihop?",
            f"The analysis says that “{kpi.name}” has {word_en}, but the figures go the other "
            f"way ({a.en} → {b.en}) – how does that fit?",
        )
        proof_years = [first, last]
    return Flag(
        kind=TEXT,
        key=f"{TEXT}:{fold(goal.title)}:{fold(kpi.name)}:{claim.kind}:{first}-{last}",
        report_id=report.id,
        subject_kind="kpi",
        subject_id=kpi.id,
        subject_report_id=report.id,
        subject=kpi.name,
        explanation=explanation,
        question=question,
        proof=[
            evidence.sentence(goal, text),
            *(evidence.kpi_value(kpi, y) for y in proof_years),
        ],
    )

"""Continuity: a goal or KPI in last year's report of the committee that is missing from
this one, or that is there under another name.

"Last year's report" is the committee's report of the year before (an annual one when
there is one). Goals are matched as the comparison matches them (analysis.goal_match),
KPIs by their series (analysis.series). A goal or KPI left unmatched is "missing" only
when nothing in this year's report comes close; one that looks somewhat like a new one
is an ambiguous match and says nothing. KPIs are not compared from an annual report to
an interim one, which often prints fewer.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, GoalData, KpiData, ReportData
from desktop.analysis.flags.model import CONTINUITY, Flag, Say
from desktop.analysis.flags.words import stem, tokens, words
from desktop.analysis.goal_match import GOAL_SIMILARITY, goal_key
from desktop.analysis.kpi_names import name_key
from desktop.analysis.series import SeriesIndex
from desktop.ingest.vocabulary import fold

AMBIGUOUS = 0.25  # share of content words from which an unmatched item may be a new one
RENAMED_BELOW = 97.0  # a matched pair this alike or more only differs in years or spelling
KPI_RENAMED = 85.0  # an unmatched KPI this close to a new one (same unit) was renamed


@cache
def _goal_key(text: str) -> str:
    return goal_key(text)


@cache
def _name_key(text: str) -> str:
    return name_key(text)


def last_year(committee: Committee, report: ReportData) -> ReportData | None:
    earlier = [r for r in committee.reports if r.year == report.year - 1]
    if not earlier:
        return None
    return max(earlier, key=lambda r: (r.annual, r.period_end, r.id))


@cache
def content(text: str) -> frozenset[str]:
    """The words that carry a title's meaning: no years, numbers or little words."""
    stop = words("stopwords")
    return frozenset(
        stem(t.folded)
        for t in tokens(text)
        if t.kind == "word" and len(t.folded) > 2 and t.folded not in stop
    )


def overlap(a: str, b: str) -> float:
    """How many of their content words two titles share (Jaccard, 0–1)."""
    one, other = content(a), content(b)
    return len(one & other) / len(one | other) if one | other else 0.0


class Alike:
    """How alike two titles or names are (rapidfuzz), each pair worked out once per
    committee: a committee prints the same goals and KPIs report after report, and each
    report is compared with the one before (thousands of pairs, a few µs each)."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, str], float] = {}

    def _score(self, how: str, a: str, b: str) -> float:
        key = (how, a, b)
        if key not in self._known:
            from rapidfuzz import fuzz

            if how == "goals":
                self._known[key] = fuzz.token_set_ratio(_goal_key(a), _goal_key(b))
            elif how == "renamed":
                self._known[key] = fuzz.ratio(_goal_key(a), _goal_key(b))
            else:
                self._known[key] = fuzz.token_set_ratio(_name_key(a), _name_key(b))
        return self._known[key]

    def goals(self, a: str, b: str) -> float:
        """Two goal titles, as analysis.goal_match compares them (0–100)."""
        return self._score("goals", a, b)

    def renamed(self, a: str, b: str) -> float:
        """Two matched goal titles letter by letter (0–100): below RENAMED_BELOW, reworded."""
        return self._score("renamed", a, b)

    def kpis(self, a: str, b: str) -> float:
        """Two KPI names, as the series compare them (0–100)."""
        return self._score("kpis", a, b)


def ambiguous(title: str, others: Iterable[str]) -> bool:
    """Shares a title enough content words with one of `others` (`overlap` ≥ AMBIGUOUS)
    that it may be that one reworded? Then its absence says nothing."""
    return any(overlap(title, other) >= AMBIGUOUS for other in others)


def check(committee: Committee, index: SeriesIndex) -> list[Flag]:
    flags: list[Flag] = []
    alike = Alike()
    for report in committee.reports:
        before = last_year(committee, report)
        if before is None:
            continue
        flags += _goals(committee, alike, before, report)
        if before.annual and not report.annual:
            continue
        flags += _kpis(committee, index, alike, before, report)
    return flags


def _goals(committee: Committee, alike: Alike, before: ReportData,
           report: ReportData) -> list[Flag]:  # fmt: skip
    old = committee.goals.get(before.id, [])
    new = committee.goals.get(report.id, [])
    if not old or not new:
        return []  # a report without goals read from it says nothing about them
    pairs = _match(alike, old, new)
    unmatched_new = [b for a, b in pairs if a is None and b is not None]
    flags = []
    for a, b in pairs:
        if a is None:
            continue
        old_goal: GoalData = a
        if b is None:
            if ambiguous(old_goal.title, (g.title for g in unmatched_new)):
                continue
            flags.append(_missing_goal(committee, before, report, old_goal))
            continue
        new_goal: GoalData = b
        if alike.renamed(old_goal.title, new_goal.title) >= RENAMED_BELOW:
            continue
        flags.append(_renamed(committee, before, report, "goal", old_goal, new_goal))
    return flags


def _match(
    alike: Alike, left: list[GoalData], right: list[GoalData]
) -> list[tuple[GoalData | None, GoalData | None]]:
    """analysis.goal_match.match_goals over the checks' goals, each pair of titles
    compared once per committee."""
    scored = sorted(
        ((alike.goals(a.title, b.title), i, j)
         for i, a in enumerate(left) for j, b in enumerate(right)),
        reverse=True,
    )  # fmt: skip
    pair_of_left: dict[int, int] = {}
    taken: set[int] = set()
    for score, i, j in scored:
        if score < GOAL_SIMILARITY:
            break
        if i not in pair_of_left and j not in taken:
            pair_of_left[i] = j
            taken.add(j)
    pairs: list[tuple[GoalData | None, GoalData | None]] = [
        (goal, right[pair_of_left[i]] if i in pair_of_left else None) for i, goal in enumerate(left)
    ]
    pairs += [(None, goal) for j, goal in enumerate(right) if j not in taken]
    return pairs


def _kpis(committee: Committee, index: SeriesIndex, alike: Alike, before: ReportData,
          report: ReportData) -> list[Flag]:  # fmt: skip
    old = committee.kpis.get(before.id, [])
    new = committee.kpis.get(report.id, [])
    if not old or not new:
        return []
    new_keys = {index.series_key(k.name) for k in new}
    old_keys = {index.series_key(k.name) for k in old}
    fresh = [k for k in new if index.series_key(k.name) not in old_keys]
    flags = []
    seen: set[str] = set()
    for kpi in old:
        key = index.series_key(kpi.name)
        if key in new_keys or key in seen:
            continue
        seen.add(key)
        scored = sorted(
            ((alike.kpis(kpi.name, k.name), k) for k in fresh
             if k.unit == kpi.unit),
            key=lambda s: -s[0],
        )  # fmt: skip
        best = scored[0] if scored else None
        if best and best[0] >= KPI_RENAMED and (len(scored) < 2 or scored[1][0] < best[0]):
            flags.append(_renamed(committee, before, report, "kpi", kpi, best[1]))
            continue
        if ambiguous(kpi.name, (k.name for k in fresh)):
            continue
        flags.append(_missing_kpi(committee, before, report, kpi))
    return flags


def _missing_goal(committee: Committee, before: ReportData, report: ReportData,
                  goal: GoalData) -> Flag:  # fmt: skip
    return Flag(
        kind=CONTINUITY,
        key=f"{CONTINUITY}:goal:{fold(goal.title)}",
        report_id=report.id,
        subject_kind="goal",
        subject_id=goal.id,
        subject_report_id=before.id,
        subject=goal.title,
        explanation=Say(
            f"Målet ”{goal.title}” fanns i {before.label} men finns inte med i {report.label}.",
            f"The goal “{goal.title}” was in {before.label} but is not in {report.label}.",
        ),
        question=Say(
            f"Vad hände med målet ”{goal.title}” – är det uppnått, ersatt av ett annat mål "
            "eller borttaget, och vem beslutade det?",
            f"What happened to the goal “{goal.title}” – was it achieved, replaced by another "
            "goal or dropped, and who decided so?",
        ),
        proof=[evidence.goal_status(goal)],
    )


def _missing_kpi(committee: Committee, before: ReportData, report: ReportData,
                 kpi: KpiData) -> Flag:  # fmt: skip
    year = max(kpi.values) if kpi.values else before.year
    return Flag(
        kind=CONTINUITY,
        key=f"{CONTINUITY}:kpi:{_name_key(kpi.name)}",
        report_id=report.id,
        subject_kind="kpi",
        subject_id=kpi.id,
        subject_report_id=before.id,
        subject=kpi.name,
        explanation=Say(
            f"Nyckeltalet ”{kpi.name}” fanns i {before.label} men finns inte med i {report.label}.",
            f"The KPI “{kpi.name}” was in {before.label} but is not in {report.label}.",
        ),
        question=Say(
            f"Varför redovisas inte längre ”{kpi.name}”, och hur följs det upp nu?",
            f"Why is “{kpi.name}” no longer reported, and how is it followed up now?",
        ),
        proof=[evidence.kpi_value(kpi, year)],
    )


def _renamed(committee: Committee, before: ReportData, report: ReportData, what: str,
             old: GoalData | KpiData, new: GoalData | KpiData) -> Flag:  # fmt: skip
    old_name = old.title if isinstance(old, GoalData) else old.name
    new_name = new.title if isinstance(new, GoalData) else new.name
    noun = "Målet" if what == "goal" else "Nyckeltalet"
    noun_en = "goal" if what == "goal" else "KPI"
    if isinstance(old, GoalData) and isinstance(new, GoalData):
        proof = [evidence.goal_status(old), evidence.goal_status(new)]
    else:
        assert isinstance(old, KpiData) and isinstance(new, KpiData)
        proof = [
            evidence.kpi_value(old, max(old.values) if old.values else before.year),
            evidence.kpi_value(new, max(new.values) if new.values else report.year),
        ]
    return Flag(
        kind=CONTINUITY,
        key=f"{CONTINUITY}:{what}:{fold(old_name)}",
        report_id=report.id,
        subject_kind=what,
        subject_id=new.id,
        subject_report_id=report.id,
        subject=new_name,
        explanation=Say(
            f"{noun} heter nu ”{new_name}”; i {before.label} hette det ”{old_name}”.",
            f"The {noun_en} is now called “{new_name}”; in {before.label} it was “{old_name}”.",
        ),
        question=Say(
            f"Varför har {noun.lower()} formulerats om sedan {before.label}, och betyder den nya "
            "lydelsen något annat?",
            f"Why has the {noun_en} been reworded since {before.label}, and does the new "
            "wording mean something else?",
        ),
        proof=proof,
    )

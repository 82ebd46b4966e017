"""Finance: rows that do not add up, and deviations from the budget.

Sums: a printed total ("Summa kostnader", "Totalt …", "Verksamhetens kostnader") is
checked against the rows above it back to the previous total; the year's result against
income and costs (costs printed negative, or positive as net costs: each reading is
tried); a table of results per unit without a total against the year's result. A column
with an empty or unreadable cell is left out; rounding is allowed (half a unit per row).

Deviations: per row, the budget of the report's year against the outcome (annual report)
or the year's prognosis (interim report; a part-year outcome is no match for a year's
budget). Every deviation is kept with its size; the member's threshold (by default more
than 2 % of the budget and more than 1 mnkr) decides which are shown. Each comes with the
paragraph of the report's finance part that speaks of it, or a note that none does.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass
from functools import cache, cached_property

import desktop.analysis.flags.evidence as evidence
from desktop.analysis.flags.data import Committee, FinanceData, ReportData, TextBlock, text_blocks
from desktop.analysis.flags.model import (
    DEVIATION,
    SUMS,
    Flag,
    Say,
    decimals_of,
    mnkr,
    number,
)
from desktop.analysis.flags.words import Look, money_amounts, stem, vocabulary, words
from desktop.ingest.vocabulary import fold

NO_PARAGRAPH = Say(
    "Appen hittade inget stycke i rapporten som förklarar avvikelsen.",
    "The app found no paragraph in the report that explains the deviation.",
)
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_DATE = re.compile(r"\b(?:19|20)\d\d-(\d\d)-(\d\d)\b")


@cache
def _plain(text: str) -> str:
    """Folded words only: 'Barn, unga och familj' → 'barn unga och familj'."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def _label(row: FinanceData) -> str:
    return _plain(row.label)


def is_memo(row: FinanceData) -> bool:
    return _label(row).startswith(_memo_words())


@cache
def _memo_words() -> tuple[str, ...]:
    return tuple(words("finance", "memo"))


def is_result(row: FinanceData) -> bool:
    label = _label(row)
    return label in words("finance", "results") or label.startswith("arets resultat")


def is_total(row: FinanceData) -> bool:
    label = _label(row)
    first = label.split(" ", 1)[0] if label else ""
    return first in words("finance", "total_prefixes") or label in words("finance", "totals")


@dataclass
class Segment:
    total: FinanceData
    parts: list[FinanceData]


def structure(rows: list[FinanceData]) -> tuple[list[Segment], list[FinanceData]]:
    """The totals with the rows they sum, and the rows that are neither memo nor total."""
    segments: list[Segment] = []
    leaves: list[FinanceData] = []
    pending: list[FinanceData] = []
    for row in rows:
        if is_memo(row):
            continue
        if is_result(row):
            pending = []
            continue
        if is_total(row):
            segments.append(Segment(row, pending))
            pending = []
            continue
        pending.append(row)
        leaves.append(row)
    return segments, leaves


def check(conn: sqlite3.Connection, committee: Committee) -> list[Flag]:
    flags: list[Flag] = []
    for report in committee.reports:
        rows = committee.finance.get(report.id, [])
        if not rows:
            continue
        tables: dict[str, list[FinanceData]] = {}
        for row in rows:
            tables.setdefault(row.kind, []).append(row)
        income = tables.get("income_statement", [])
        result = next((r for r in income if is_result(r)), None)
        built = {kind: structure(table) for kind, table in tables.items()}
        for kind, table in tables.items():
            flags += _sums(committee, report, kind, table, result, built[kind][0])
        finder = Paragraphs(
            conn, report, min(r.line for r in rows if r.line) if any(r.line for r in rows) else 0
        )
        for kind, table in tables.items():
            flags += _deviations(committee, report, kind, table, finder, built[kind][0])
    return flags


# --- sums ------------------------------------------------------------------------------


def _tolerance(values: list[float], operands: int) -> float:
    step = 10.0 ** -max((decimals_of(v) for v in values), default=0)
    return step * max(1, math.ceil(operands / 2)) + 1e-9


def _sums(committee: Committee, report: ReportData, kind: str, table: list[FinanceData],
          result: FinanceData | None, segments: list[Segment]) -> list[Flag]:  # fmt: skip
    """The totals of a table (its `structure`'s segments) that do not add up."""
    flags = []
    unit = report.finance_unit
    for segment in segments:
        if not segment.parts:
            continue
        wrong = []
        for column, total in segment.total.columns.items():
            parts = [p.columns.get(column) for p in segment.parts]
            if total is None or any(v is None for v in parts):
                continue
            added = sum(v for v in parts if v is not None)
            if abs(added - total) > _tolerance([total, *parts], len(parts)):  # type: ignore[list-item]
                wrong.append((column, added, total))
        if wrong:
            column, added, total = wrong[0]
            a, t = number(added), number(total)
            flags.append(_sum_flag(committee, report, kind, segment.total, segment.parts, column,
                                   added, total, Say(
                f"Raderna ovanför ”{segment.total.label}” blir tillsammans {a} {unit} i kolumnen "
                f"”{column}”, men summan är tryckt som {t} {unit}.",
                f"The rows above “{segment.total.label}” add up to {a.en} {unit} in the column "
                f"“{column}”, but the total is printed as {t.en} {unit}.")))  # fmt: skip
    if kind == "income_statement" and result is not None:
        flags += _result_check(committee, report, table, result, segments)
    if kind == "by_unit" and result is not None and not any(s.parts for s in segments):
        rows = [r for r in table if not is_memo(r) and not is_total(r) and not is_result(r)]
        if len(rows) >= 2:
            for column, printed in result.columns.items():
                parts = [r.columns.get(column) for r in rows]
                if printed is None or any(v is None for v in parts):
                    continue
                added = sum(v for v in parts if v is not None)
                if abs(added - printed) > _tolerance([printed, *parts], len(parts)):  # type: ignore[list-item]
                    flags.append(_sum_flag(
                        committee, report, kind, result, rows, column, added, printed,
                        Say(f"Verksamheternas resultat blir tillsammans {number(added)} {unit} i "
                            f"kolumnen ”{column}”, men ”{result.label}” är {number(printed)} {unit}.",
                            f"The units' results add up to {number(added).en} {unit} in the column "
                            f"“{column}”, but “{result.label}” is {number(printed).en} {unit}."),
                        key=f"{SUMS}:{kind}:verksamheter"))  # fmt: skip
                    break
    return flags


def _result_check(committee: Committee, report: ReportData, table: list[FinanceData],
                  result: FinanceData, segments: list[Segment]) -> list[Flag]:  # fmt: skip
    before = [s.total for s in segments if s.total.line <= result.line or not result.line]
    income = [r for r in before if _has_word(r, "income")]
    costs = [r for r in before if _has_word(r, "costs")]
    if not income or not costs:
        return []
    i_row, k_row = income[-1], costs[-1]
    for column, printed in result.columns.items():
        i, k = i_row.columns.get(column), k_row.columns.get(column)
        if printed is None or i is None or k is None:
            continue
        tolerance = _tolerance([printed, i, k], 2)
        if any(abs(printed - v) <= tolerance for v in (i + k, i - k, k - i)):
            continue
        expected = i + k if k < 0 else i - k
        unit = report.finance_unit
        return [_sum_flag(
            committee, report, "income_statement", result, [i_row, k_row], column, expected,
            printed,
            Say(f"”{result.label}” är {number(printed)} {unit} i kolumnen ”{column}”, men "
                f"intäkter och kostnader ger {number(expected)} {unit}.",
                f"“{result.label}” is {number(printed).en} {unit} in the column “{column}”, but "
                f"income and costs give {number(expected).en} {unit}."))]  # fmt: skip
    return []


def _has_word(row: FinanceData, which: str) -> bool:
    return any(word in words("finance", which) for word in _label(row).split())


def _sum_flag(committee: Committee, report: ReportData, kind: str, total: FinanceData,
              parts: list[FinanceData], column: str, added: float, printed: float,
              explanation: Say, key: str | None = None) -> Flag:  # fmt: skip
    unit = report.finance_unit
    difference = number(printed - added)
    return Flag(
        kind=SUMS,
        key=key or f"{SUMS}:{kind}:{_label(total)}",
        report_id=report.id,
        subject_kind="finance",
        subject_id=total.id,
        subject_report_id=report.id,
        subject=total.label,
        explanation=explanation,
        question=Say(
            f"Varför stämmer inte ”{total.label}” med raderna den summerar i kolumnen "
            f"”{column}” (skillnad {difference} {unit}), och vilken siffra är rätt?",
            f"Why does “{total.label}” not match the rows it sums in the column “{column}” "
            f"(a difference of {difference.en} {unit}), and which figure is right?",
        ),
        proof=[
            evidence.finance_value(total, column, role="total"),
            *(evidence.finance_value(part, column) for part in parts),
        ],
    )


# --- deviations from the budget --------------------------------------------------------


@cache
def _header(column: str) -> tuple[frozenset[str], int | None, bool]:
    """The folded words of a column heading, its year, and whether it covers part of a year."""
    folded = fold(column)
    names = frozenset(re.findall(r"[a-z]+", folded))
    year = _YEAR.search(folded)
    date = _DATE.search(folded)
    part = bool(names & words("finance", "period_columns")) or bool(
        date and (date.group(1), date.group(2)) != ("12", "31")
    )
    return names, int(year.group()) if year else None, part


def budget_columns(columns: list[str], report: ReportData) -> tuple[str, str] | None:
    """(budget column, outcome or prognosis column) of the report's year, or None."""
    budget = outcome = forecast = None
    for column in columns:
        names, year, part = _header(column)
        if part or (year is not None and year != report.year):
            continue
        if names & words("finance", "deviation_columns"):
            continue
        if budget is None and names & words("finance", "budget_columns"):
            budget = column
        elif forecast is None and names & words("finance", "forecast_columns"):
            forecast = column
        elif outcome is None and names & words("finance", "outcome_columns") and year is not None:
            outcome = column
    other = outcome if report.annual else forecast
    return (budget, other) if budget and other else None


def _deviations(committee: Committee, report: ReportData, kind: str, table: list[FinanceData],
                finder: Paragraphs, segments: list[Segment]) -> list[Flag]:  # fmt: skip
    columns = list(dict.fromkeys(c for row in table for c in row.columns))
    chosen = budget_columns(columns, report)
    if chosen is None:
        return []
    budget_column, other_column = chosen
    summed = {s.total.id for s in segments if s.parts}
    unit = report.finance_unit
    flags = []
    for row in table:
        if is_memo(row) or row.id in summed:
            continue
        budget, other = row.columns.get(budget_column), row.columns.get(other_column)
        if budget is None or other is None:
            continue
        deviation = other - budget
        step = 10.0 ** -max(decimals_of(budget), decimals_of(other))
        if abs(deviation) < step - 1e-9:
            continue
        amount = abs(mnkr(deviation, unit))
        share = abs(deviation) / abs(budget) if budget else None
        what = ("utfallet blev", "the outcome was") if report.annual else (
            "prognosen för året är", "the year's prognosis is")  # fmt: skip
        size = number(mnkr(deviation, unit), 1)
        percent = f" ({round(share * 100)} %)" if share is not None else ""
        result, plan = _millions(mnkr(other, unit)), _millions(mnkr(budget, unit))
        explanation = Say(
            f"”{row.label}”: {what[0]} {result} mot budgeten {plan}, en avvikelse på "
            f"{size} mnkr{percent}.",
            f"“{row.label}”: {what[1]} {result.en} against a budget of {plan.en}, a deviation "
            f"of {size.en} mnkr{percent}.",
        )
        paragraph = finder.explaining(row, amount)
        proof: list[evidence.Ref] = [
            evidence.finance_value(row, budget_column),
            evidence.finance_value(row, other_column),
        ]
        if paragraph is not None:
            proof.append(paragraph)
        flags.append(
            Flag(
                kind=DEVIATION,
                key=f"{DEVIATION}:{kind}:{_label(row)}",
                report_id=report.id,
                subject_kind="finance",
                subject_id=row.id,
                subject_report_id=report.id,
                subject=row.label,
                explanation=explanation,
                question=Say(
                    f"Vad beror avvikelsen på {size} mnkr för ”{row.label}” på, och vad görs "
                    "åt den?",
                    f"What is behind the deviation of {size.en} mnkr for “{row.label}”, and "
                    "what is being done about it?",
                ),
                proof=proof,
                note=None if paragraph is not None else NO_PARAGRAPH,
                amount=amount,
                share=share,
            )
        )
    return flags


SHORT = 60  # characters: a line this short without a full stop is a heading in all but name


def _subheading(text: str) -> bool:
    """A short line without a full stop between paragraphs: a heading in all but name."""
    text = text.strip()
    return (
        len(text) <= SHORT
        and "\n" not in text
        and not text.endswith((".", ":", "!", "?"))
        and (len(text.split()) <= 6)
    )


def _millions(value: float) -> Say:
    """−767,1 mnkr; a budget of nothing is 0."""
    if abs(value) < 0.05:
        return Say("0")
    figure = number(value, 1)
    return Say(f"{figure} mnkr", f"{figure.en} mnkr")


def _same_sum(said: float, decimals: int, amount: float) -> bool:
    """A sum in the text is the deviation as printed: equal when rounded as the text rounds
    it ("5,2 mnkr" for 5 206 tkr), and a whole number of millions within a tenth of it
    ("nästan 12 miljoner" for 11,9 mnkr, but not "1 miljon" for 1,4)."""
    if abs(said - amount) > 0.5 * 10**-decimals + 1e-3:
        return False
    return decimals > 0 or abs(said - amount) <= 0.1 * amount


class Paragraph:
    """A paragraph of the finance part; read word by word only when it could explain."""

    def __init__(self, block: TextBlock, headings: tuple[str, str]) -> None:
        self.block = block
        self.headings = headings  # its section's heading, and the short line above it
        lower = block.text.lower()
        hints = vocabulary()["finance"]["paragraph_hints"]
        self.may_budget = any(h in lower for h in hints["budget"])
        self.may_cause = any(h in lower for h in hints["cause"])
        self.amounts = (
            tuple(money_amounts(lower)) if any(h in lower for h in hints["money"]) else ()
        )
        self._look: Look | None = None

    @property
    def look(self) -> Look:
        if self._look is None:
            self._look = Look.of(self.block.text)
        return self._look

    @cached_property
    def budget(self) -> bool:
        """Speaks of budget, deficit, surplus, deviation."""
        return self.may_budget and (
            self.look.starts_with("budget") or self.look.has("finance", "budget_cues")
        )

    @cached_property
    def cause(self) -> bool:
        """Speaks of a cause ("beror på", "anledningen")."""
        return self.may_cause and self.look.has("finance", "explanation_cues")


class Paragraphs:
    """The paragraphs of a report's finance part, read when first asked for."""

    def __init__(self, conn: sqlite3.Connection, report: ReportData, from_line: int) -> None:
        self.conn, self.report, self.from_line = conn, report, from_line
        self._items: list[Paragraph] | None = None

    @property
    def items(self) -> list[Paragraph]:
        if self._items is None:
            self._items = []
            section, sub = None, ""
            for block in text_blocks(self.conn, self.report.id, self.from_line):
                if not block.text.strip():
                    continue
                if block.section_id != section:
                    section, sub = block.section_id, ""
                if _subheading(block.text):  # a heading the outline did not make a section
                    sub = _plain(block.text)
                    continue
                self._items.append(Paragraph(block, (_plain(block.heading), sub)))
        return self._items

    @cached_property
    def candidates(self) -> list[Paragraph]:
        """The paragraphs that could explain a deviation at all: those naming a sum of
        money, or speaking of budget or of a cause."""
        return [p for p in self.items if p.amounts or p.budget or p.cause]

    def explaining(self, row: FinanceData, amount: float) -> evidence.Ref | None:
        """The paragraph that best speaks of a row's deviation: in the row's own section,
        naming its amount or the row, with a word of budget or cause; None if none does."""
        label = _label(row)
        naming = _naming(label)
        best: tuple[int, Paragraph] | None = None
        for paragraph in self.candidates:
            sums = any(_same_sum(value, decimals, amount) for value, decimals in paragraph.amounts)
            if not (sums or paragraph.budget or paragraph.cause):
                continue
            named = any(words_ in paragraph.look.spaced for words_ in naming)
            heading = label in paragraph.headings
            if not (heading or named or sums):
                continue
            score = (2 * heading + 2 * named + 2 * sums + 2 * paragraph.budget
                     + (paragraph.cause and not paragraph.budget))  # fmt: skip
            if score >= 3 and (best is None or score > best[0]):
                best = (score, paragraph)
        if best is None:
            return None
        block = best[1].block
        text = " ".join(block.text.split())
        return evidence.paragraph(self.report.id, block.section_id, block.line, block.page, text)


@cache
def _naming(label: str) -> tuple[str, ...]:
    """What names a row in a paragraph's spaced words (`Look.spaced`), any one of them:
    its label as a phrase (' verksamhetens intakter ', as `Look.names`), or the label's
    account word ("intäkter" of "Verksamhetens intäkter") or only word as a word's
    beginning (' intakt', as `Look.starts_with`)."""
    label_words = label.split()
    found = []
    if len(label_words) >= 2:
        found.append(f" {label} ")
        label_words = [w for w in label_words if w in words("finance", "account_words")][-1:]
    if label_words:
        found.append(f" {stem(label_words[0])}")
    return tuple(found)

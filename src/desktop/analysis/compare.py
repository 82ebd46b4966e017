"""Two reports side by side: sections and goals aligned, KPI and finance changes as frames.

The Qt comparison view only displays what `compare_reports` returns.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop.analysis.goal_match import match_goals
from desktop.analysis.kpi_names import fold
from desktop.analysis.series import SeriesIndex
from desktop.analysis.series_overrides import load_overrides
from desktop.store import queries
from desktop.store.queries import GoalRow, ReportRow, SectionRow

if TYPE_CHECKING:
    import pandas as pd

GoalChange = Literal["new", "dropped", "status_changed", "unchanged"]
SECTION_SIMILARITY = 85.0


@dataclass(frozen=True)
class GoalPair:
    left: GoalRow | None
    right: GoalRow | None

    @property
    def change(self) -> GoalChange:
        if self.left is None:
            return "new"
        if self.right is None:
            return "dropped"
        return "status_changed" if self.left.status != self.right.status else "unchanged"

    def analysis_diff(self) -> list[tuple[str, str]]:
        """Word-level diff of the two analyses: ('equal'|'insert'|'delete', text)."""
        return word_diff(
            self.left.analysis if self.left else "", self.right.analysis if self.right else ""
        )


@dataclass
class Comparison:
    left: ReportRow
    right: ReportRow
    sections: list[tuple[SectionRow | None, SectionRow | None]] = field(default_factory=list)
    goals: list[GoalPair] = field(default_factory=list)
    kpis: pd.DataFrame | None = None
    finance: pd.DataFrame | None = None


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Diff two texts word by word, merging runs, for a readable highlighted display."""
    a, b = re.findall(r"\S+\s*", old), re.findall(r"\S+\s*", new)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out


def default_pair(
    reports: list[ReportRow], around: int | None = None
) -> tuple[ReportRow, ReportRow] | None:
    """The report the member reads (else the newest annual report) and the one before it.

    The other report is of the same municipality and committee, of the same kind when
    there is one (an annual report against the annual report before it); a committee's
    only report is compared with the nearest of another committee, the one case where
    the two differ.
    """
    if len(reports) < 2:
        return None
    base = next((r for r in reports if r.id == around), None)
    if base is None:
        annual = [r for r in reports if r.report_type == "annual"]
        base = max(annual or reports, key=lambda r: (r.period_end, r.id))
    same = [r for r in reports if r.id != base.id
            and (r.municipality, r.committee) == (base.municipality, base.committee)]  # fmt: skip
    for candidates in (
        [r for r in same if r.period_end <= base.period_end and r.report_type == base.report_type],
        [r for r in same if r.period_end <= base.period_end],
    ):
        if candidates:
            return max(candidates, key=lambda r: (r.period_end, r.id)), base
    if same:  # the member reads the committee's oldest report: the next one comes after
        return base, min(same, key=lambda r: (r.period_end, r.id))
    others = sorted((r for r in reports if r.id != base.id), key=lambda r: r.period_end)
    earlier = [r for r in others if r.period_end <= base.period_end]
    return (earlier[-1], base) if earlier else (base, others[0])


def align_sections(
    left: list[SectionRow], right: list[SectionRow]
) -> list[tuple[SectionRow | None, SectionRow | None]]:
    """Pair sections by heading (exact after folding, then fuzzy), keeping right's order."""
    unused = list(range(len(left)))
    pairs: list[tuple[SectionRow | None, SectionRow | None]] = []
    for section in right:
        key = fold(section.heading)
        best, best_score = None, SECTION_SIMILARITY
        for i in unused:
            score = _heading_score(fold(left[i].heading), key)
            if score >= best_score:
                best, best_score = i, score
        if best is None:
            pairs.append((None, section))
        else:
            unused.remove(best)
            pairs.append((left[best], section))
    pairs.extend((left[i], None) for i in unused)
    return pairs


def _heading_score(one: str, other: str) -> float:
    """How alike two folded headings are: 101 the same, 100 one cut short, else fuzzy."""
    from rapidfuzz import fuzz

    if one == other:
        return 101.0
    # one year may print a heading cut short: "Året i korthet utifrån nämndens uppdrag"
    if min(len(one), len(other)) >= 20 and (one.startswith(other) or other.startswith(one)):
        return 100.0
    return fuzz.ratio(one, other)


def kpi_frame(conn: sqlite3.Connection, left: ReportRow, right: ReportRow) -> pd.DataFrame:
    """One row per KPI of either report: both years' values, change, toward target."""
    import pandas as pd

    index = SeriesIndex(conn, right.municipality, right.committee, load_overrides())
    rows: dict[str, dict[str, object]] = {}
    for side, report in (("left", left), ("right", right)):
        for kpi in queries.report_kpis(conn, report.id):
            key = (
                index.series_key(kpi.name)
                if report.municipality == right.municipality
                else kpi.name
            )
            row = rows.setdefault(
                key,
                {"kpi": kpi.name, "unit": kpi.unit, "table": kpi.table_name, "target": kpi.target},
            )
            if side == "right":
                row.update(kpi=kpi.name, table=kpi.table_name)
                if kpi.target is not None:
                    row["target"] = kpi.target
            row[f"{side}_id"] = kpi.id
            row[side] = kpi.values.get(report.period_year)
    frame = pd.DataFrame(list(rows.values()), columns=["kpi", "unit", "table", "target",
                                                        "left", "right", "left_id", "right_id"])  # fmt: skip
    frame["left"] = pd.to_numeric(frame["left"], errors="coerce")
    frame["right"] = pd.to_numeric(frame["right"], errors="coerce")
    frame["target"] = pd.to_numeric(frame["target"], errors="coerce")
    frame["change"] = frame["right"] - frame["left"]
    # a share that goes from 68 % to 39 % fell by 29 procentenheter: "−43 %" would
    # read as the same thing and mislead, so shares get no relative change
    relative = (frame["change"] / frame["left"].abs()).where(frame["left"] != 0) * 100
    frame["change_pct"] = relative.where(frame["unit"] != "percent")
    distance_before = (frame["left"] - frame["target"]).abs()
    distance_after = (frame["right"] - frame["target"]).abs()
    frame["toward_target"] = (distance_after < distance_before).where(
        frame["target"].notna() & frame["change"].notna() & (frame["change"] != 0)
    )
    return frame


FINANCE_KINDS = ["income_statement", "by_unit"]


def _result_column(columns: list[str], year: int) -> str | None:
    """The column holding a report's own result: 'Utfall 2021', 'Bokslut 2021', 'Prognos 2021'."""
    with_year = [c for c in columns if str(year) in c]
    for word in ("utfall", "bokslut", "prognos", "resultat"):
        for column in with_year:
            if word in column.lower():
                return column
    return with_year[-1] if with_year else None


def finance_frame(conn: sqlite3.Connection, left: ReportRow, right: ReportRow) -> pd.DataFrame:
    """Finance rows of both reports matched by label, each with its own year's result.

    The result column is chosen per table ('Utfall 2024' for the whole per-unit table),
    so a row that lacks it shows no value rather than another column's figure. The
    income statement comes first, then the result per unit.
    """
    import json

    import pandas as pd

    rows: dict[tuple[str, str], dict[str, object]] = {}
    for side, report in (("left", left), ("right", right)):
        tables: dict[str, list[tuple[str, dict[str, object]]]] = {}
        for kind, label, columns_json in conn.execute(
            "SELECT kind, label, columns FROM finance WHERE report_id = ? ORDER BY ord",
            (report.id,),
        ):
            tables.setdefault(kind, []).append((label, json.loads(columns_json)))
        for kind in FINANCE_KINDS:
            table = tables.get(kind, [])
            headings = list(dict.fromkeys(c for _, columns in table for c in columns))
            column = _result_column(headings, report.period_year)
            for label, columns in table:
                row = rows.setdefault((kind, fold(label)), {"kind": kind, "row": label})
                row[side] = columns.get(column) if column else None
                row[f"{side}_column"] = column
    frame = pd.DataFrame(list(rows.values()), columns=["kind", "row", "left", "right",
                                                        "left_column", "right_column"])  # fmt: skip
    frame["order"] = frame["kind"].map(FINANCE_KINDS.index)
    frame = frame.sort_values("order", kind="stable").drop(columns="order").reset_index(drop=True)
    frame["left"] = pd.to_numeric(frame["left"], errors="coerce")
    frame["right"] = pd.to_numeric(frame["right"], errors="coerce")
    frame["change"] = frame["right"] - frame["left"]
    frame["change_pct"] = (frame["change"] / frame["left"].abs()).where(frame["left"] != 0) * 100
    return frame


def compare_reports(conn: sqlite3.Connection, left_id: int, right_id: int) -> Comparison:
    """Everything the comparison view shows for two reports (left older, right newer)."""
    left, right = queries.get_report(conn, left_id), queries.get_report(conn, right_id)
    if left is None or right is None:
        raise LookupError(f"rapport {left_id if left is None else right_id} finns inte")
    return Comparison(
        left=left,
        right=right,
        sections=align_sections(
            queries.report_sections(conn, left.id), queries.report_sections(conn, right.id)
        ),
        goals=[
            GoalPair(a, b)
            for a, b in match_goals(
                queries.report_goals(conn, left.id), queries.report_goals(conn, right.id)
            )
        ],  # fmt: skip
        kpis=kpi_frame(conn, left, right),
        finance=finance_frame(conn, left, right),
    )


def goals_overview_cells(
    conn: sqlite3.Connection, municipality: str, committee: str
) -> tuple[list[str], list[str], dict[tuple[int, int], tuple[str, int]]]:
    """Goals (as last worded) × reports (oldest first): cell -> (status, goal id)."""
    from rapidfuzz import fuzz

    from desktop.analysis.goal_match import GOAL_SIMILARITY, goal_key

    heads: list[str] = []
    head_keys: list[str] = []
    reports: list[str] = []
    cells: dict[tuple[int, int], tuple[str, int]] = {}
    for report, goal in queries.committee_goals(conn, municipality, committee):
        if not reports or reports[-1] != report.label:
            reports.append(report.label)
        key = goal_key(goal.title)
        match = next(
            (i for i, k in enumerate(head_keys) if fuzz.token_set_ratio(k, key) >= GOAL_SIMILARITY),
            None,
        )
        if match is None:
            heads.append(goal.title)
            head_keys.append(key)
            match = len(heads) - 1
        else:
            heads[match] = goal.title
        cells[(match, len(reports) - 1)] = (goal.status, goal.id)
    return heads, reports, cells


def goals_overview(conn: sqlite3.Connection, municipality: str, committee: str) -> pd.DataFrame:
    """The same grid as a frame of statuses (rows: goals, columns: reports)."""
    import pandas as pd

    heads, reports, cells = goals_overview_cells(conn, municipality, committee)
    return pd.DataFrame(
        [
            [cells.get((row, col), (None, 0))[0] for col in range(len(reports))]
            for row in range(len(heads))
        ],
        index=heads,
        columns=reports,
    )

"""What the review of one report lists: every extracted item beside its source, and the
corrections of the report with what became of each.

Plain data for the Qt review view (ui/review_view.py) and for tests. Items the reader
was unsure of come first: read by the general rules rather than a known layout, a value
named in the report's warnings, a metadata field not found where the template looks, a
goal without an assessment. Each item carries the target a correction of it names
(targets.py: as extracted, even when already corrected) and its place in the text
(lines) and on the page.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from desktop.corrections import storage
from desktop.corrections.apply import outcomes
from desktop.corrections.marks import Mark, Marks, report_marks
from desktop.corrections.model import FOUND_BY, Correction, Outcome
from desktop.corrections.targets import LineIndex, goal_ref, kpi_ref, table_ref

GENERIC = "generic"


@dataclass
class ReviewItem:
    """One extracted item: a metadata field, a goal, a table, a KPI or a finance row."""

    kind: str  # meta | goal | table | kpi | finance
    id: int  # the row's id (the report's for metadata)
    label: str  # what it is, e.g. "Period", a goal's title, a KPI's name
    value: Any  # metadata: the value; goal: status; table: kind; kpi: values by year
    first_line: int
    last_line: int
    page: int | None = None
    doubt: str = ""  # why the reader may have it wrong ("" when it was read by its layout)
    marks: list[Mark] = dataclasses.field(default_factory=list)
    target: dict[str, Any] = dataclasses.field(default_factory=dict)  # as a correction names it
    field: str = ""  # metadata: which field
    extra: dict[str, Any] = dataclasses.field(default_factory=dict)  # level, unit, target, rows…
    children: list[ReviewItem] = dataclasses.field(default_factory=list)

    @property
    def corrected(self) -> bool:
        return bool(self.marks) or any(c.corrected for c in self.children)


@dataclass(frozen=True)
class CorrectionLine:
    """A correction of this report, what became of it, and how it differs from another."""

    correction: Correction
    outcome: Outcome | None  # None: not applied yet
    differs_from: Correction | None = None  # the secretary's, when the member's differs


@dataclass
class Review:
    report_id: int
    sha256: str
    label: str
    template: str
    source_kind: str  # pdf | text
    warnings: list[str]
    text: str
    items: list[ReviewItem] = dataclasses.field(default_factory=list)
    corrections: list[CorrectionLine] = dataclasses.field(default_factory=list)

    @property
    def unplaced(self) -> list[CorrectionLine]:
        """Corrections that no longer find what they correct (listed, never dropped)."""
        return [c for c in self.corrections if c.outcome is not None and not c.outcome.ok]

    def find(self, kind: str, item_id: int) -> ReviewItem | None:
        for item in self.items:
            for candidate in (item, *item.children):
                if candidate.kind == kind and candidate.id == item_id:
                    return candidate
        return None


def _generic(found_by: str, template: str) -> bool:
    return template == GENERIC or found_by.startswith(f"{GENERIC}/") or found_by == GENERIC


def build_review(
    conn: sqlite3.Connection, report_id: int, own: list[Correction] | None = None
) -> Review | None:
    """The review of one report; `own` are the member's corrections (user.db)."""
    from desktop.store import queries

    row = conn.execute(
        "SELECT sha256, municipality, committee, report_type, period_year, period_end, title,"
        " warnings, full_text, template, found_by, source_kind FROM reports WHERE id = ?",
        (report_id,),
    ).fetchone()
    if row is None:
        return None
    sha, municipality, committee, report_type, year, end, _title, warnings_text = row[:8]
    text, template, found_text, source_kind = row[8:]
    warnings = _list(warnings_text)
    found = _dict(found_text)
    index = LineIndex(str(text))
    marks = report_marks(conn, report_id)
    report = queries.get_report(conn, report_id)
    review = Review(report_id, sha, report.label if report else "", template, source_kind,
                    [str(w) for w in warnings], str(text))  # fmt: skip
    meta = [
        ("municipality", municipality, found.get("municipality")),
        ("committee", committee, found.get("committee")),
        ("report_type", report_type, found.get("period")),
        ("period", {"year": year, "end": end}, found.get("period")),
    ]
    items: list[ReviewItem] = []
    for name, value, where in meta:
        doubt = ""
        if not where:
            doubt = "inte funnen där rapportens layout har den"
        elif template == GENERIC:
            doubt = "läst med de allmänna reglerna"
        items.append(
            ReviewItem(
                "meta",
                report_id,
                name,
                value,
                1,
                1,
                doubt=doubt,
                marks=marks.field("report", report_id, name),
                field=name,
            )  # fmt: skip
        )
    items.extend(_goals(conn, report_id, template, index, marks))
    items.extend(_tables(conn, report_id, template, index, marks, warnings))
    review.items = sorted(items, key=lambda i: (not (i.doubt or _doubtful_child(i)),))
    review.corrections = _corrections(conn, report_id, sha, own or [])
    return review


def _doubtful_child(item: ReviewItem) -> bool:
    return any(child.doubt for child in item.children)


def _list(text: object) -> list[Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else []
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _dict(text: object) -> dict[str, Any]:
    try:
        value = json.loads(text) if isinstance(text, str) else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _goals(conn: sqlite3.Connection, report_id: int, template: str, index: LineIndex,
           marks: Marks) -> list[ReviewItem]:  # fmt: skip
    out = []
    for gid, title, status, status_raw, hierarchy, first, last, page, found_by in conn.execute(
        "SELECT id, title, status, status_raw, hierarchy, line_start, line_end, page, found_by"
        " FROM goals WHERE report_id = ? ORDER BY ord",
        (report_id,),
    ):
        doubt = ""
        if _generic(found_by, template):
            doubt = "läst med de allmänna reglerna"
        elif status == "unassessed" and not status_raw:
            doubt = "ingen bedömning hittades"
        if found_by == "rättelse":
            doubt = ""
        own_marks = marks.of("goal", gid)
        target = marks.ref("goal", gid) or goal_ref(index, title, first)
        out.append(
            ReviewItem(
                "goal",
                gid,
                title,
                status,
                first,
                max(first, last),
                page,
                doubt,
                own_marks,
                target,
                extra={"status_raw": status_raw, "level": _list(hierarchy)},
            )  # fmt: skip
        )
    return out


def _tables(conn: sqlite3.Connection, report_id: int, template: str, index: LineIndex,
            marks: Marks, warnings: list[Any]) -> list[ReviewItem]:  # fmt: skip
    warned = " ".join(str(w) for w in warnings)
    kpis = conn.execute(
        "SELECT id, name, table_name, unit, target, line_start, page, found_by FROM kpis"
        " WHERE report_id = ? ORDER BY ord",
        (report_id,),
    ).fetchall()
    values: dict[int, dict[int, float]] = {}
    for kpi_id, year, value in conn.execute(
        "SELECT v.kpi_id, v.year, v.value FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id"
        " WHERE k.report_id = ? ORDER BY v.year",
        (report_id,),
    ):
        values.setdefault(kpi_id, {})[year] = value
    finance = conn.execute(
        "SELECT id, kind, label, columns, line, page, found_by FROM finance WHERE report_id = ?"
        " ORDER BY kind, ord",
        (report_id,),
    ).fetchall()
    placed_kpis: set[int] = set()
    placed_finance: set[int] = set()
    out = []
    for tid, title, header_text, first, last in conn.execute(
        "SELECT id, title, header, line_start, line_end FROM report_tables WHERE report_id = ?"
        " ORDER BY line_start",
        (report_id,),
    ):
        header = [str(h) for h in _list(header_text)]
        children: list[ReviewItem] = []
        for kid, name, table_name, unit, target, line, page, found_by in kpis:
            if first <= line <= last and kid not in placed_kpis:
                placed_kpis.add(kid)
                children.append(_kpi(kid, name, table_name, unit, target, line, page, found_by,
                                     template, index, marks, values, warned))  # fmt: skip
        for fid, kind, label, columns, line, page, found_by in finance:
            if first <= line <= last and fid not in placed_finance:
                placed_finance.add(fid)
                children.append(
                    ReviewItem(
                        "finance",
                        fid,
                        label,
                        _dict(columns),
                        line,
                        line,
                        page,
                        "läst med de allmänna reglerna" if _generic(found_by, template) else "",
                        extra={"kind": kind},
                    )  # fmt: skip
                )
        kind = (
            "kpi" if any(c.kind == "kpi" for c in children) else "finance" if children else "none"
        )
        page = next((c.page for c in children if c.page), None)
        target = marks.ref("table", tid) or table_ref(index, title, header, first)
        out.append(
            ReviewItem(
                "table",
                tid,
                title or (header[0] if header else ""),
                kind,
                first,
                last,
                page,
                "",
                marks.of("table", tid),
                target,
                extra={"header": header},
                children=children,
            )  # fmt: skip
        )
    loose = [k for k in kpis if k[0] not in placed_kpis]
    for kid, name, table_name, unit, target, line, page, found_by in loose:
        out.append(_kpi(kid, name, table_name, unit, target, line, page, found_by, template,
                        index, marks, values, warned))  # fmt: skip
    for fid, kind, label, columns, line, page, found_by in finance:
        if fid not in placed_finance:
            out.append(
                ReviewItem(
                    "finance",
                    fid,
                    label,
                    _dict(columns),
                    line,
                    line,
                    page,
                    "läst med de allmänna reglerna" if _generic(found_by, template) else "",
                    extra={"kind": kind},
                )  # fmt: skip
            )
    return out


def _kpi(kid: int, name: str, table_name: str, unit: str, target: float | None, line: int,
         page: int | None, found_by: str, template: str, index: LineIndex, marks: Marks,
         values: dict[int, dict[int, float]], warned: str) -> ReviewItem:  # fmt: skip
    doubt = ""
    if found_by.startswith(FOUND_BY):
        pass  # read as a correction told: no doubt of the reader's
    elif name and name in warned:
        doubt = "ett värde kunde inte läsas säkert (se varningarna)"
    elif _generic(found_by, template):
        doubt = "läst med de allmänna reglerna"
    elif not values.get(kid):
        doubt = "inga värden lästes"
    return ReviewItem(
        "kpi", kid, name, values.get(kid, {}), line, line, page, doubt, marks.of("kpi", kid),
        marks.ref("kpi", kid) or kpi_ref(index, name, table_name, line),
        extra={"unit": unit, "target": target, "table": table_name},
    )  # fmt: skip


def _corrections(conn: sqlite3.Connection, report_id: int, sha: str,
                 own: list[Correction]) -> list[CorrectionLine]:  # fmt: skip
    library = storage.load(conn, "library", sha)
    mine = [c for c in own if c.report_sha256 == sha]
    found = outcomes(conn, report_id)
    by_key = {c.key: c for c in library}
    lines = [CorrectionLine(c, found.get(c.uuid)) for c in library]
    for c in mine:
        theirs = by_key.get(c.key)
        differs = theirs if theirs is not None and theirs.value != c.value else None
        lines.append(CorrectionLine(c, found.get(c.uuid), differs))
    return lines

"""The corrections' operations on one report's rows: find the target, change the rows.

`ReportCorrector.apply` applies one correction to a report whose rows are as extracted
(or as the corrections before it left them) and returns its Outcome; every row change
goes through the report's Journal, and every changed field is marked (marks.py).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from desktop.corrections.journal import Columns, Journal
from desktop.corrections.model import FOUND_BY, Correction, Outcome, problem
from desktop.corrections.targets import (
    Item,
    LineIndex,
    find,
    goal_ref,
    kpi_ref,
    locate_line,
)
from desktop.store.layout import Layout


class TargetMissing(Exception):
    def __init__(self, state: str, detail: str) -> None:
        super().__init__(detail)
        self.state = state
        self.detail = detail


class ReportCorrector:
    """Applies the corrections of one report (whose rows are as extracted) to its rows.

    With `resume`, the report's rows already carry corrections applied before (their undo
    steps and marks are in the library): items are then known by what those marks say
    they were as extracted, so that the next corrections find them as they would had all
    been applied to the rows as extracted.
    """

    def __init__(self, conn: sqlite3.Connection, report_id: int, columns: Columns,
                 resume: bool = False) -> None:  # fmt: skip
        self.conn = conn
        self.report_id = report_id
        self.journal = Journal(conn, report_id, columns)  # the report's rows are as extracted
        self._index: LineIndex | None = None
        self._goals: list[Item] | None = None
        self._kpis: list[Item] | None = None
        self._tables: list[Item] | None = None
        self.marks: list[tuple[object, ...]] = []
        self._originals: dict[tuple[str, int, str], str] = {}
        self._layout: Layout | None = None
        self._layout_read = False
        self._prior: dict[tuple[str, int], dict[str, Any]] = {}
        if resume:
            self._resume()

    def _resume(self) -> None:
        found = self.conn.execute(
            "SELECT coalesce(max(seq), 0) FROM correction_undo WHERE report_id = ?",
            (self.report_id,),
        ).fetchone()
        self.journal.seq = int(found[0])
        for item, item_id, field_name, original, ref in self.conn.execute(
            "SELECT item, item_id, field, original, ref FROM correction_marks"
            " WHERE report_id = ? ORDER BY id",
            (self.report_id,),
        ):
            self._originals.setdefault((item, item_id, field_name), original)
            described = json.loads(ref) if ref else {}
            if isinstance(described, dict) and described:
                self._prior.setdefault((item, item_id), described)

    def _as_extracted(self, kind: str, items: list[Item]) -> list[Item]:
        """Items already corrected, known by their description as extracted."""
        for item in items:
            ref = self._prior.get((kind, item.id))
            if ref is None:
                continue
            item.ref = ref
            if kind == "goal" and isinstance(ref.get("title"), str):
                item.name = ref["title"]
            elif kind == "kpi" and isinstance(ref.get("name"), str):
                item.name, item.group = ref["name"], str(ref.get("table", item.group))
        return items

    # --- the report's items, loaded when first needed ---------------------------------

    @property
    def index(self) -> LineIndex:
        if self._index is None:
            row = self.conn.execute(
                "SELECT full_text FROM reports WHERE id = ?", (self.report_id,)
            ).fetchone()
            self._index = LineIndex(str(row[0]) if row else "")
        return self._index

    def goals(self) -> list[Item]:
        if self._goals is None:
            self._goals = [
                Item(
                    gid,
                    title,
                    line,
                    cols={"title": title, "status": status, "hierarchy": hierarchy},
                )  # fmt: skip
                for gid, title, line, status, hierarchy in self.conn.execute(
                    "SELECT id, title, line_start, status, hierarchy FROM goals"
                    " WHERE report_id = ? ORDER BY ord",
                    (self.report_id,),
                )
            ]
            self._as_extracted("goal", self._goals)
        return self._goals

    def kpis(self) -> list[Item]:
        if self._kpis is None:
            self._kpis = [
                Item(
                    kid,
                    name,
                    line,
                    table,
                    cols={"name": name, "unit": unit, "target": target, "target_raw": target_raw},
                )  # fmt: skip
                for kid, name, table, line, unit, target, target_raw in self.conn.execute(
                    "SELECT id, name, table_name, line_start, unit, target, target_raw FROM kpis"
                    " WHERE report_id = ? ORDER BY ord",
                    (self.report_id,),
                )
            ]
            self._as_extracted("kpi", self._kpis)
        return self._kpis

    def tables(self) -> list[Item]:
        if self._tables is None:
            self._tables = [
                Item(tid, title, line, header)
                for tid, title, header, line in self.conn.execute(
                    "SELECT id, title, header, line_start FROM report_tables WHERE report_id = ?"
                    " ORDER BY line_start",
                    (self.report_id,),
                )
            ]
        return self._tables

    # --- finding targets ----------------------------------------------------------------

    def _found(self, item: Item | None, what: str) -> Item:
        if item is None:
            raise TargetMissing("missing", f"{what} finns inte längre i rapporten")
        if item.removed:
            raise TargetMissing("gone", f"{what} är borttaget av en annan rättelse")
        return item

    def _line_of(self, at: object) -> Callable[[], int | None]:
        return lambda: locate_line(self.index, at)

    def goal(self, ref: dict[str, Any]) -> Item:
        title = str(ref.get("title", ""))
        found = find(self.goals(), title, "", self._line_of(ref.get("at")))
        item = self._found(found, f"målet ”{_short(title)}”")
        item.ref = item.ref or ref  # the first description of it stands for it
        return item

    def kpi(self, ref: dict[str, Any]) -> Item:
        name, table = str(ref.get("name", "")), str(ref.get("table", ""))
        found = find(self.kpis(), name, table, self._line_of(ref.get("at")))
        item = self._found(found, f"nyckeltalet ”{_short(name)}”")
        item.ref = item.ref or ref
        return item

    def table(self, ref: dict[str, Any]) -> Item:
        header = json.dumps(ref.get("header", []), ensure_ascii=False)
        title = str(ref.get("title", ""))
        found = find(self.tables(), title, header, self._line_of(ref.get("at")))
        item = self._found(found, f"tabellen ”{_short(title or header)}”")
        item.ref = item.ref or ref
        return item

    def _set(self, table: str, item: Item, changes: dict[str, Any]) -> dict[str, Any]:
        """Change columns of a goal or KPI whose current values the item keeps."""
        before = {name: item.cols[name] for name in changes}
        self.journal.update(table, {"id": item.id}, changes, before)
        item.cols.update(changes)
        return before

    # --- marks: what changed, for the "rättat" markers ----------------------------------

    def mark(self, c: Correction, item: str, item_id: int, field_name: str, original: object,
             value: object, ref: dict[str, Any] | None = None) -> None:  # fmt: skip
        key = (item, item_id, field_name)
        before = self._originals.setdefault(key, json.dumps(original, ensure_ascii=False))
        self.marks.append(
            (self.report_id, item, item_id, field_name, c.uuid, c.origin, c.author,
             c.created_at, before, json.dumps(value, ensure_ascii=False),
             json.dumps(ref or {}, ensure_ascii=False))
        )  # fmt: skip

    # --- the operations -----------------------------------------------------------------

    def apply(self, c: Correction) -> Outcome:
        wrong = problem(c)
        if wrong is not None:
            return Outcome("invalid", wrong)
        operation = _OPERATIONS.get(c.op)
        if operation is None:  # report.remove is done by sync, before any of these
            return Outcome("invalid", f"okänd rättelse {c.op!r}")
        try:
            return operation(self, c)
        except TargetMissing as exc:
            return Outcome(exc.state, exc.detail)

    def report_set(self, c: Correction) -> Outcome:
        field_name, new = c.field_name, c.value["value"]
        changes: dict[str, Any]
        if field_name == "period":
            changes = {"period_year": new["year"], "period_end": new["end"]}
        else:
            changes = {field_name: new}
        before = self.journal.update("reports", {"id": self.report_id}, changes)
        original = (
            {"year": before["period_year"], "end": before["period_end"]}
            if field_name == "period"
            else before[field_name]
        )
        if before == changes:
            return Outcome("already")
        self.mark(c, "report", self.report_id, field_name, original, new)
        return Outcome("applied")

    def goal_set(self, c: Correction) -> Outcome:
        item = self.goal(c.target["goal"])
        field_name, new = c.field_name, c.value["value"]
        column = {"title": "title", "status": "status", "level": "hierarchy"}[field_name]
        value = json.dumps(new, ensure_ascii=False) if field_name == "level" else new
        before = self._set("goals", item, {column: value})
        original = json.loads(before[column]) if field_name == "level" else before[column]
        if before[column] == value:
            return Outcome("already")
        self.mark(c, "goal", item.id, field_name, original, new, item.ref)
        return Outcome("applied")

    def goal_remove(self, c: Correction) -> Outcome:
        item = self.goal(c.target["goal"])
        self.journal.remove_goal(item.id)
        item.removed = True
        return Outcome("applied")

    def goal_add(self, c: Correction) -> Outcome:
        at = c.target["at"]
        line = locate_line(self.index, at)
        if line is None:
            raise TargetMissing("missing", f"texten ”{_short(at['exact'])}” finns inte i rapporten")
        title = " ".join(str(c.value["title"]).split())
        for item in self.goals():
            if item.line == line and not item.removed and _same(item.name, title):
                item.ref = item.ref or goal_ref(self.index, item.name, item.line)
                return Outcome("already", "rapporten har redan det målet")
        goal_id = self._insert_goal(line, title, c.value)
        ref = goal_ref(self.index, title, line)
        self.goals().append(Item(goal_id, title, line, ref=ref, cols={
            "title": title, "status": c.value.get("status", "unassessed"),
            "hierarchy": json.dumps(c.value.get("level", []), ensure_ascii=False)}))  # fmt: skip
        self.mark(c, "goal", goal_id, "added", None, title, ref)
        return Outcome("applied")

    def _insert_goal(self, line: int, title: str, value: dict[str, Any]) -> int:
        from desktop.ingest.readers.goals import paragraphs_between

        later = [g for g in self.goals() if g.line > line and not g.removed]
        section = self.conn.execute(
            "SELECT id, line_end, page FROM sections WHERE report_id = ? AND line_start <= ?"
            " ORDER BY line_start DESC, ord DESC LIMIT 1",
            (self.report_id, line),
        ).fetchone()
        stop = min([g.line for g in later] + ([section[1] + 1] if section else []), default=0)
        stop = stop or self.index.lines + 1
        lines = self.index.text.split("\n")
        analysis = paragraphs_between(lines, line, min(stop - 1, line + 200))
        for goal in self.conn.execute(
            "SELECT id, ord FROM goals WHERE report_id = ? AND line_start > ? ORDER BY ord DESC",
            (self.report_id, line),
        ).fetchall():
            self.journal.update("goals", {"id": goal[0]}, {"ord": goal[1] + 1})
        ord_row = self.conn.execute(
            "SELECT coalesce(max(ord) + 1, 0) FROM goals WHERE report_id = ? AND line_start <= ?",
            (self.report_id, line),
        ).fetchone()
        return self.journal.insert(
            "goals",
            {
                "report_id": self.report_id,
                "section_id": section[0] if section else None,
                "ord": int(ord_row[0]),
                "title": title,
                "status": value.get("status", "unassessed"),
                "status_raw": "",
                "analysis": analysis,
                "hierarchy": json.dumps(value.get("level", []), ensure_ascii=False),
                "kpi_names": "[]",
                "line_start": line,
                "line_end": max(line, stop - 1),
                "page": self._page(line, section[2] if section else None),
                "found_by": FOUND_BY,
            },
        )

    def _page(self, line: int, fallback: int | None) -> int | None:
        from desktop.store import layout

        if not self._layout_read:
            self._layout = layout.load(self.conn, self.report_id)
            self._layout_read = True
        page = self._layout.page_of(line) if self._layout is not None else None
        return page if page is not None else fallback

    def kpi_set(self, c: Correction) -> Outcome:
        item = self.kpi(c.target["kpi"])
        field_name, new = c.field_name, c.value.get("value")
        if field_name == "value":
            year = int(c.target["year"])
            key = {"kpi_id": item.id, "year": year}
            old = self.journal.row("kpi_values", key, ["value"])
            before = old["value"] if old else None
            if new is None and old is not None:
                self.journal.delete("kpi_values", key)
            elif new is not None and old is not None:
                self.journal.update("kpi_values", key, {"value": new})
            elif new is not None:
                self.journal.insert("kpi_values", {"kpi_id": item.id, "year": year, "value": new})
            if before == new:
                return Outcome("already")
            self.mark(c, "kpi", item.id, f"value:{year}", before, new, item.ref)
            return Outcome("applied")
        changes: dict[str, Any] = {field_name: new}
        if field_name == "target":
            changes["target_raw"] = None if new is None else _plain_number(new)
        previous = self._set("kpis", item, changes)
        if previous[field_name] == new:
            return Outcome("already")
        self.mark(c, "kpi", item.id, field_name, previous[field_name], new, item.ref)
        return Outcome("applied")

    def kpi_join(self, c: Correction) -> Outcome:
        item = self.kpi(c.target["kpi"])
        series = str(c.value["series"])
        before = self._set("kpis", item, {"name": series})
        if before["name"] == series:
            return Outcome("already")
        self.mark(c, "kpi", item.id, "series", before["name"], series, item.ref)
        return Outcome("applied")

    def table_kind(self, c: Correction) -> Outcome:
        item = self.table(c.target["table"])
        row = self.conn.execute(
            "SELECT title, header, rows, line_start, line_end, section_id FROM report_tables"
            " WHERE id = ?",
            (item.id,),
        ).fetchone()
        title, header, rows = row[0], json.loads(row[1]), json.loads(row[2])
        first, last, section_id = int(row[3]), int(row[4]), row[5]
        kpi_ids = [
            k[0]
            for k in self.conn.execute(
                "SELECT id FROM kpis WHERE report_id = ? AND line_start BETWEEN ? AND ?",
                (self.report_id, first, last),
            )
        ]
        finance_ids = [
            f[0]
            for f in self.conn.execute(
                "SELECT id FROM finance WHERE report_id = ? AND line BETWEEN ? AND ?",
                (self.report_id, first, last),
            )
        ]
        now_kind = "kpi" if kpi_ids else "finance" if finance_ids else "none"
        kind = c.value["kind"]
        if kind == now_kind:
            return Outcome("already", "tabellen lästes redan så")
        self.mark(c, "table", item.id, "kind", now_kind, kind, item.ref)
        for kpi_id in kpi_ids:
            self.journal.remove_kpi(kpi_id)
            for kpi in self.kpis():
                kpi.removed = kpi.removed or kpi.id == kpi_id
        for finance_id in finance_ids:
            self.journal.delete("finance", {"id": finance_id})
        if kind == "kpi":
            self._read_kpis(c, title, header, rows, first, last, section_id)
        elif kind == "finance":
            self._read_finance(c.value.get("finance", "income_statement"), header, rows, first)
        return Outcome("applied")

    def _read_kpis(self, c: Correction, title: str, header: list[str], rows: list[list[str]],
                   first: int, last: int, section_id: int | None) -> None:  # fmt: skip
        from desktop.ingest.model import Table
        from desktop.ingest.readers.kpis import kpis_from_table

        header, rows, first = _years_below_heading(header, rows, first)
        table = Table(title, header, rows, first, last)
        caption = title or (header[0] if header else "")
        goal = self.conn.execute(
            "SELECT id FROM goals WHERE report_id = ? AND line_start <= ? AND line_end >= ?"
            " ORDER BY line_start DESC LIMIT 1",
            (self.report_id, first, first),
        ).fetchone()
        ord_ = int(self.conn.execute(
            "SELECT coalesce(max(ord) + 1, 0) FROM kpis WHERE report_id = ?", (self.report_id,)
        ).fetchone()[0])  # fmt: skip
        for offset, kpi in enumerate(kpis_from_table(table, 0, caption) if header else []):
            kpi_id = self.journal.insert(
                "kpis",
                {
                    "report_id": self.report_id,
                    "section_id": section_id,
                    "goal_id": goal[0] if goal else None,
                    "ord": ord_ + offset,
                    "name": kpi.name,
                    "table_name": kpi.table,
                    "unit": kpi.unit,
                    "target": kpi.target,
                    "target_raw": kpi.target_raw,
                    "other_columns": json.dumps(kpi.other_columns, ensure_ascii=False),
                    "period_note": kpi.period_note,
                    "line_start": kpi.line_start,
                    "line_end": kpi.line_end,
                    "page": self._page(kpi.line_start, None),
                    "found_by": f"{FOUND_BY}/kpi-table",
                    "target_direction": kpi.target_direction,
                },
            )
            for year, value in kpi.values.items():
                if str(year).isdigit():
                    self.journal.insert(
                        "kpi_values", {"kpi_id": kpi_id, "year": int(year), "value": value}
                    )
            ref = kpi_ref(self.index, kpi.name, kpi.table, kpi.line_start)
            cols = {"name": kpi.name, "unit": kpi.unit, "target": kpi.target,
                    "target_raw": kpi.target_raw}  # fmt: skip
            self.kpis().append(
                Item(kpi_id, kpi.name, kpi.line_start, kpi.table, ref=ref, cols=cols)
            )
            self.mark(c, "kpi", kpi_id, "added", None, kpi.name, ref)

    def _read_finance(self, kind: str, header: list[str], rows: list[list[str]],
                      first: int) -> None:  # fmt: skip
        from desktop.ingest.readers.numbers import parse_number

        columns = [h.strip() for h in header[1:]]
        ord_ = int(self.conn.execute(
            "SELECT coalesce(max(ord) + 1, 0) FROM finance WHERE report_id = ? AND kind = ?",
            (self.report_id, kind),
        ).fetchone()[0])  # fmt: skip
        for offset, cells in enumerate(rows):
            label = cells[0].strip() if cells else ""
            if not label:
                continue
            values = {
                column: parse_number(cell)
                for column, cell in zip(columns, [c.strip() for c in cells[1:]], strict=False)
                if column
            }
            line = first + 1 + offset
            self.journal.insert(
                "finance",
                {
                    "report_id": self.report_id,
                    "kind": kind,
                    "ord": ord_ + offset,
                    "label": label,
                    "columns": json.dumps(values, ensure_ascii=False),
                    "line": line,
                    "page": self._page(line, None),
                    "found_by": f"{FOUND_BY}/finance-table",
                },
            )


_OPERATIONS: dict[str, Callable[[ReportCorrector, Correction], Outcome]] = {
    "report.set": ReportCorrector.report_set,
    "goal.set": ReportCorrector.goal_set,
    "goal.remove": ReportCorrector.goal_remove,
    "goal.add": ReportCorrector.goal_add,
    "kpi.set": ReportCorrector.kpi_set,
    "kpi.join": ReportCorrector.kpi_join,
    "table.kind": ReportCorrector.table_kind,
}


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain_number(value: float) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else str(number).replace(".", ",")


YEAR = re.compile(r"\b(19|20)\d\d\b")


def _years_below_heading(header: list[str], rows: list[list[str]], first: int
                         ) -> tuple[list[str], list[list[str]], int]:  # fmt: skip
    """A table whose years stand in the row under its heading ("jan–aug" over "2024"):
    that row joined to the heading, so that the columns are years."""
    if not rows or any(YEAR.search(h) for h in header[1:]):
        return header, rows, first
    below = rows[0]
    if sum(1 for cell in below[1:] if YEAR.fullmatch(cell.strip())) == 0:
        return header, rows, first
    joined = [f"{h} {below[i]}".strip() if 0 < i < len(below) else h for i, h in enumerate(header)]
    if joined and not joined[0].strip() and below[0].strip():
        joined[0] = below[0].strip()  # the row's own label names the table
    return joined, rows[1:], first + 1

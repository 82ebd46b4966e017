"""A member's highlights, notes and questions in user.db; every change commits at once.

An annotation names its report by content hash and also by what the report is
(municipality, committee, type, period), so a corrected version of the report, with a
new hash, is still found. Re-anchoring never deletes: what cannot be placed is orphaned.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.annotate.anchors import ANCHOR, Selector, locate_exact, locate_fuzzy, make_selector
from desktop.store import queries
from desktop.store.migrations import write_error

QUESTION_STATUSES = ("öppen", "ställd", "besvarad")


@dataclass(frozen=True)
class Annotation:
    id: int
    uuid: str
    kind: str
    report_sha256: str
    report_label: str
    section_heading: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    goal_title: str | None
    colour: str
    body: str
    status: str | None
    answer: str
    meeting_id: int | None
    position: int
    orphaned: bool
    kpi_name: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def about_whole_report(self) -> bool:
        """A note on the report as a whole: no quoted passage and no goal."""
        return not self.exact and not self.goal_title

    @property
    def selector(self) -> Selector:
        return Selector(self.exact, self.prefix, self.suffix, self.start, self.end)


_COLUMNS = (
    "id, uuid, kind, report_sha256, report_label, section_heading, exact, prefix, suffix, start, end,"
    " goal_title, colour, body, status, answer, meeting_id, position, orphaned, kpi_name, tags"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row(row: sqlite3.Row | tuple) -> Annotation:
    values = list(row)
    values[18] = bool(values[18])  # orphaned
    for offset in (9, 10):  # start, end: a file imported by an older version may hold junk
        if not isinstance(values[offset], int) or isinstance(values[offset], bool):
            values[offset] = None
    values[20] = _tags(values[20])
    return Annotation(*values)


def _tags(stored: object) -> tuple[str, ...]:
    try:
        tags = json.loads(stored) if isinstance(stored, str) else []
    except ValueError:
        return ()
    return tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else ()


def new_row(
    report: queries.ReportRow,
    kind: str,
    *,
    section: queries.SectionRow | None = None,
    start: int | None = None,
    end: int | None = None,
    goal_title: str | None = None,
    kpi_name: str | None = None,
    body: str = "",
    colour: str = "gul",
    meeting_id: int | None = None,
    annotation_uuid: str | None = None,
) -> dict[str, object]:
    """The columns of a new annotation on a passage (section + offsets) or on a whole goal.

    Plain values only, so a row that cannot be written yet can wait in memory or in a
    rescue file and be written later exactly as it would have been now.
    """
    selector = (
        make_selector(section.text, start, end)
        if section is not None and start is not None and end is not None
        else None
    )
    return {
        "uuid": annotation_uuid or f"urn:uuid:{uuid.uuid4()}", "kind": kind,
        "report_sha256": report.sha256, "report_label": report.label,
        "municipality": report.municipality, "committee": report.committee,
        "report_type": report.report_type, "period_end": report.period_end,
        "section_heading": section.heading if section else "",
        "exact": selector.exact if selector else "", "prefix": selector.prefix if selector else "",
        "suffix": selector.suffix if selector else "", "start": start, "end": end,
        "goal_title": goal_title, "colour": colour, "body": body,
        "status": "öppen" if kind == "question" else None, "meeting_id": meeting_id,
        "created_at": _now(), "updated_at": _now(), "kpi_name": kpi_name,
    }  # fmt: skip


ROW_COLUMNS = (
    "id", "uuid", "kind", "report_sha256", "report_label", "municipality", "committee",
    "report_type", "period_end", "section_heading", "exact", "prefix", "suffix", "start", "end",
    "goal_title", "colour", "body", "status", "answer", "meeting_id", "position", "orphaned",
    "created_at", "updated_at", "kpi_name", "tags",
)  # fmt: skip


def insert_row(conn: sqlite3.Connection, row: dict[str, object]) -> int:
    """Write an annotation's columns (as from `new_row` or `get_row`); returns its id.

    Without a position it goes last in the member's order.
    """
    values = {k: v for k, v in row.items() if k in ROW_COLUMNS}
    if values.get("position") is None:
        values["position"] = conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM annotations"
        ).fetchone()[0]
    columns = ", ".join(values)
    marks = ", ".join("?" * len(values))
    cursor = conn.execute(
        f"INSERT INTO annotations ({columns}) VALUES ({marks})", tuple(values.values())
    )
    return int(cursor.lastrowid or 0)


def get_row(conn: sqlite3.Connection, annotation_id: int) -> dict[str, object] | None:
    """Every column of an annotation, to put it back exactly as it was (undo)."""
    found = conn.execute(
        f"SELECT {', '.join(ROW_COLUMNS)} FROM annotations WHERE id = ?", (annotation_id,)
    ).fetchone()
    return dict(zip(ROW_COLUMNS, tuple(found), strict=True)) if found else None


def from_row(row: dict[str, object], annotation_id: int) -> Annotation:
    """An annotation not yet written (or no longer), as the views show one."""
    return Annotation(
        annotation_id, str(row["uuid"]), str(row["kind"]), str(row["report_sha256"]),
        str(row.get("report_label") or ""), str(row.get("section_heading") or ""),
        str(row.get("exact") or ""), str(row.get("prefix") or ""), str(row.get("suffix") or ""),
        row.get("start"), row.get("end"), row.get("goal_title"),  # type: ignore[arg-type]
        str(row.get("colour") or "gul"), str(row.get("body") or ""),
        row.get("status"), str(row.get("answer") or ""), row.get("meeting_id"),  # type: ignore[arg-type]
        int(row.get("position") or 0),  # type: ignore[call-overload]
        bool(row.get("orphaned")),
        row.get("kpi_name"),  # type: ignore[arg-type]
        _tags(row.get("tags")),
    )  # fmt: skip


def add(
    conn: sqlite3.Connection,
    report: queries.ReportRow,
    kind: str,
    *,
    section: queries.SectionRow | None = None,
    start: int | None = None,
    end: int | None = None,
    goal_title: str | None = None,
    kpi_name: str | None = None,
    body: str = "",
    colour: str = "gul",
    meeting_id: int | None = None,
    annotation_uuid: str | None = None,
) -> int:
    """Store a new annotation on a passage (section + offsets) or on a whole goal."""
    return insert_row(
        conn,
        new_row(report, kind, section=section, start=start, end=end, goal_title=goal_title,
                kpi_name=kpi_name, body=body, colour=colour, meeting_id=meeting_id,
                annotation_uuid=annotation_uuid),
    )  # fmt: skip


UPDATABLE = frozenset({"body", "status", "answer", "colour", "kind", "meeting_id"})


def update(conn: sqlite3.Connection, annotation_id: int, **changes: object) -> None:
    """Change body, status, answer, colour, kind or meeting; written before returning."""
    for column, value in changes.items():
        if column not in UPDATABLE:
            raise ValueError(column)
        conn.execute(
            f"UPDATE annotations SET {column} = ?, updated_at = ? WHERE id = ?",
            (value, _now(), annotation_id),
        )


def delete(conn: sqlite3.Connection, annotation_id: int) -> None:
    conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))


def id_of_uuid(conn: sqlite3.Connection, annotation_uuid: str) -> int | None:
    """The annotation with this uuid (e.g. one named in a rescue file), if it is in user.db."""
    row = conn.execute("SELECT id FROM annotations WHERE uuid = ?", (annotation_uuid,)).fetchone()
    return int(row[0]) if row else None


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One transaction, or a part of the caller's when one is open."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def get(conn: sqlite3.Connection, annotation_id: int) -> Annotation | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
    ).fetchone()
    return _row(row) if row else None


def for_report(conn: sqlite3.Connection, sha256: str) -> list[Annotation]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE report_sha256 = ? ORDER BY start, id", (sha256,)
    )
    return [_row(r) for r in rows]


def all_annotations(conn: sqlite3.Connection, meeting_id: int | None = None) -> list[Annotation]:
    """Every annotation (or a meeting's), in the member's order."""
    where, params = ("WHERE meeting_id = ?", (meeting_id,)) if meeting_id is not None else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM annotations {where} ORDER BY position, id", params)
    return [_row(r) for r in rows]


def move(
    conn: sqlite3.Connection, annotation_id: int, new_index: int, meeting_id: int | None = None
) -> None:
    """Put an annotation at `new_index` in the (meeting's) order, renumbering the rest."""
    ordered = [a.id for a in all_annotations(conn, meeting_id) if a.id != annotation_id]
    ordered.insert(max(0, min(new_index, len(ordered))), annotation_id)
    with _transaction(conn):
        conn.executemany(
            "UPDATE annotations SET position = ? WHERE id = ?",
            [(i + 1, a) for i, a in enumerate(ordered)],
        )


def add_meeting(conn: sqlite3.Connection, title: str, date: str) -> int:
    cursor = conn.execute(
        "INSERT INTO meetings (title, date, created_at) VALUES (?, ?, ?)", (title, date, _now())
    )
    return int(cursor.lastrowid or 0)


def meetings(conn: sqlite3.Connection) -> list[tuple[int, str, str]]:
    return [tuple(r) for r in conn.execute("SELECT id, title, date FROM meetings ORDER BY date")]


def search(conn: sqlite3.Connection, text: str) -> list[Annotation]:
    """Notes whose text or quote contains every word typed (case- and accent-insensitive)."""
    from desktop.analysis.kpi_names import fold

    words = [fold(w) for w in text.split() if w]
    return [
        a
        for a in all_annotations(conn)
        if words
        and all(w in fold(f"{a.body} {a.exact} {a.goal_title or ''} {a.answer}") for w in words)
    ]


@dataclass
class ReanchorReport:
    placed: int = 0
    moved: int = 0
    orphaned: list[Annotation] = field(default_factory=list)

    def summary_line(self) -> str:
        line = f"{self.placed} anteckningar på plats"
        if self.moved:
            line += f", {self.moved} flyttade till rättad text"
        return line + (f", {len(self.orphaned)} kunde inte placeras" if self.orphaned else "")

    def orphan_lines(self) -> list[str]:
        return [f"{a.report_label}: ”{a.exact or a.goal_title}”" for a in self.orphaned]


def _place(
    sections: list[queries.SectionRow], annotation: Annotation
) -> tuple[queries.SectionRow, tuple[int, int]] | None:
    """The section and span of an annotation's quote, or None; bounded per note.

    Word for word in any section first (its own section first); a changed quote only in
    its own section and in the few holding its head or tail word for word.
    """
    selector = annotation.selector
    own = [s for s in sections if s.heading == annotation.section_heading]
    others = [s for s in sections if s.heading != annotation.section_heading]
    for section in own + others:
        found = locate_exact(section.text, selector)
        if found:
            return section, found
    head, tail = selector.exact[:ANCHOR], selector.exact[-ANCHOR:]
    likely = [s for s in others if head in s.text or tail in s.text][:MAX_FUZZY_SECTIONS]
    for section in own + likely:
        found = locate_fuzzy(section.text, selector)
        if found:
            return section, found
    return None


MAX_FUZZY_SECTIONS = 5


def reanchor_all(
    user: sqlite3.Connection,
    library: sqlite3.Connection,
    ids: Collection[int] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ReanchorReport:
    """Place every annotation (or those with `ids`) in the current library; the ones that
    cannot be are orphaned. One transaction; rows that stay where they were are not written.
    """
    report = ReanchorReport()
    reports = queries.list_reports(library)
    by_sha = {r.sha256: r for r in reports}
    by_identity: dict[tuple[str, str, str, str], queries.ReportRow] = {}
    for r in reports:
        by_identity.setdefault((r.municipality, r.committee, r.report_type, r.period_end), r)
    where = ""
    params: list[int] = []
    if ids is not None:
        params = sorted(ids)
        where = "WHERE id IN (SELECT value FROM json_each(?))"
    rows = user.execute(
        f"SELECT {_COLUMNS}, municipality, committee, report_type, period_end FROM annotations"
        f" {where} ORDER BY id",
        (json.dumps(params),) if ids is not None else (),
    ).fetchall()
    sections_cache: dict[int, list[queries.SectionRow]] = {}
    goals_cache: dict[int, set[str]] = {}
    orphan_ids: list[int] = []
    updates: list[tuple[object, ...]] = []
    for done, row in enumerate(rows):
        if progress and done % 500 == 0:
            progress(done, len(rows), "")
        annotation = _row(row[:-4])
        identity = tuple(str(v) for v in row[-4:])
        target = by_sha.get(annotation.report_sha256) or by_identity.get(identity)  # type: ignore[arg-type]
        # (section, span) of the quote; (None, None) for a goal note whose goal is there
        # and for a note on the whole report
        placed: tuple[queries.SectionRow | None, tuple[int, int] | None] | None = None
        if target is not None and annotation.about_whole_report:
            placed = (None, None)
        elif target is not None and annotation.exact:
            if target.id not in sections_cache:
                sections_cache[target.id] = queries.report_sections(library, target.id)
            placed = _place(sections_cache[target.id], annotation)
        elif target is not None and annotation.goal_title:
            if target.id not in goals_cache:
                goals_cache[target.id] = {g.title for g in queries.report_goals(library, target.id)}
            if annotation.goal_title in goals_cache[target.id]:
                placed = (None, None)
        if placed is None or target is None:
            if not annotation.orphaned:
                orphan_ids.append(annotation.id)
            report.orphaned.append(annotation)
            continue
        found_in, span = placed
        # moved: to a corrected report, or within the text; a first placing is no move
        moved = (bool(annotation.report_sha256) and target.sha256 != annotation.report_sha256) or (
            span is not None and annotation.start is not None and span[0] != annotation.start
        )
        heading = found_in.heading if found_in else annotation.section_heading
        start, end = span if span else (annotation.start, annotation.end)
        if (
            moved
            or annotation.orphaned
            or heading != annotation.section_heading
            or target.label != annotation.report_label
            or (start, end) != (annotation.start, annotation.end)
        ):
            updates.append((target.sha256, target.label, heading, start, end, annotation.id))
        report.placed += 1
        report.moved += int(bool(moved))
    user.execute("BEGIN")
    try:
        user.executemany(
            "UPDATE annotations SET orphaned = 1 WHERE id = ?", [(i,) for i in orphan_ids]
        )
        user.executemany(
            "UPDATE annotations SET orphaned = 0, report_sha256 = ?, report_label = ?,"
            " section_heading = ?, start = ?, end = ? WHERE id = ?",
            updates,
        )
        user.execute("COMMIT")
    except BaseException as exc:
        if user.in_transaction:
            user.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):
            raise write_error("Dina anteckningar (user.db)", exc) from exc
        raise
    if progress:
        progress(len(rows), len(rows), "")
    return report


def reorder(conn: sqlite3.Connection, ordered_ids: list[int]) -> None:
    """Put these annotations in this order, reusing the places they held among the rest."""
    marks = ",".join("?" * len(ordered_ids))
    places = sorted(
        row[0]
        for row in conn.execute(
            f"SELECT position FROM annotations WHERE id IN ({marks})", ordered_ids
        )
    )
    with _transaction(conn):
        conn.executemany(
            "UPDATE annotations SET position = ? WHERE id = ?",
            list(zip(places, ordered_ids, strict=True)),
        )


def reattach(
    conn: sqlite3.Connection,
    annotation_id: int,
    report: queries.ReportRow,
    section: queries.SectionRow,
    start: int,
    end: int,
) -> None:
    """The member put an orphaned annotation back on a passage they chose."""
    selector = make_selector(section.text, start, end)
    conn.execute(
        "UPDATE annotations SET orphaned = 0, report_sha256 = ?, report_label = ?, municipality = ?,"
        " committee = ?, report_type = ?, period_end = ?, section_heading = ?, exact = ?, prefix = ?,"
        " suffix = ?, start = ?, end = ?, updated_at = ? WHERE id = ?",
        (report.sha256, report.label, report.municipality, report.committee, report.report_type,
         report.period_end, section.heading, selector.exact, selector.prefix, selector.suffix,
         start, end, _now(), annotation_id),
    )  # fmt: skip


def orphans(conn: sqlite3.Connection) -> list[Annotation]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM annotations WHERE orphaned = 1 ORDER BY position")
    return [_row(r) for r in rows]

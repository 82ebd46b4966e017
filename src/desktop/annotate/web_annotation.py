"""A member's annotations as W3C Web Annotation JSON-LD, to move them between laptops.

Export writes an AnnotationCollection. Import accepts what Web Annotation clients write:
one Annotation, a list, an AnnotationPage, or a Collection whose `first` page holds the
items; a target with only a TextQuoteSelector is enough. The whole file is checked
(annotate.annotation_file) before anything is written, in one transaction; an
annotation already present (same id) is skipped, and one that cannot be used (an image,
a web page) is listed with the reason.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.annotate import notes
from desktop.annotate.annotation_file import (
    AnnotationFileError,
    Incoming,
    Progress,
    Skipped,
    read_annotations,
)
from desktop.store.migrations import write_error

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "namndlasaren:"
MOTIVATION = {"highlight": "highlighting", "note": "commenting", "question": "questioning"}
KIND = {v: k for k, v in MOTIVATION.items()}


def export_collection(user: sqlite3.Connection) -> dict[str, Any]:
    items = []
    meetings = {m[0]: {"title": m[1], "date": m[2]} for m in notes.meetings(user)}
    identities = {
        row[0]: dict(
            zip(("municipality", "committee", "reportType", "periodEnd"), row[1:], strict=True)
        )
        for row in user.execute(
            "SELECT id, municipality, committee, report_type, period_end FROM annotations"
        )
    }
    for a in notes.all_annotations(user):
        selectors: list[dict[str, Any]] = []
        if a.exact:
            selectors.append(
                {
                    "type": "TextQuoteSelector",
                    "exact": a.exact,
                    "prefix": a.prefix,
                    "suffix": a.suffix,
                }
            )
        if a.start is not None and a.end is not None:
            selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
        item: dict[str, Any] = {
            "id": a.uuid,
            "type": "Annotation",
            "motivation": MOTIVATION[a.kind],
            "body": {
                "type": "TextualBody",
                "value": a.body,
                "format": "text/plain",
                "language": "sv",
            },
            "target": {"source": f"urn:sha256:{a.report_sha256}", "selector": selectors},
            EXT + "report": a.report_label,
            EXT + "reportKey": identities.get(a.id, {}),
            EXT + "section": a.section_heading,
            EXT + "colour": a.colour,
            EXT + "position": a.position,
        }
        if a.goal_title:
            item[EXT + "goal"] = a.goal_title
        if a.kpi_name:
            item[EXT + "kpi"] = a.kpi_name
        if a.status:
            item[EXT + "status"] = a.status
            item[EXT + "answer"] = a.answer
        if a.meeting_id in meetings:
            item[EXT + "meeting"] = meetings[a.meeting_id]
        items.append(item)
    return {
        "@context": [CONTEXT, {"namndlasaren": "https://namndlasaren.invalid/ns#"}],
        "type": "AnnotationCollection",
        "label": "Nämndläsaren: mina anteckningar",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


@dataclass
class ImportResult:
    added: list[int] = field(default_factory=list)  # ids of the new annotations in user.db
    existing: int = 0  # already there (same id)
    skipped: list[Skipped] = field(default_factory=list)  # could not be used, and why
    total: int = 0  # annotations in the file


def import_file(user: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """Add the file's annotations: (added, already there). A bad file adds nothing."""
    result = import_annotations(user, path)
    return len(result.added), result.existing


def import_annotations(
    user: sqlite3.Connection, path: Path, progress: Progress | None = None
) -> ImportResult:
    """Check the whole file, then add what can be used in one transaction.

    Raises AnnotationFileError (nothing written) when the file is not a Web Annotation
    document, has a value of the wrong type, range or size, or holds annotations of
    which none can be used.
    """
    reading = read_annotations(Path(path), progress)
    if reading.total and not reading.incoming:
        first = reading.skipped[0].line() if reading.skipped else "inget kunde användas"
        raise AnnotationFileError(
            f"{path}: ingen av de {reading.total} anteckningarna kan användas ({first})"
        )
    result = ImportResult(skipped=reading.skipped, total=reading.total)
    existing = {row[0] for row in user.execute("SELECT uuid FROM annotations")}
    meetings = {(m[1], m[2]): m[0] for m in notes.meetings(user)}
    position = int(user.execute("SELECT coalesce(max(position), 0) FROM annotations").fetchone()[0])
    rows: list[tuple[object, ...]] = []
    user.execute("BEGIN")
    try:
        for incoming in reading.incoming:
            if incoming.ident in existing:
                result.existing += 1
                continue
            existing.add(incoming.ident)
            meeting_id = None
            if incoming.meeting is not None:
                if incoming.meeting not in meetings:
                    meetings[incoming.meeting] = notes.add_meeting(user, *incoming.meeting)
                meeting_id = meetings[incoming.meeting]
            position += 1
            rows.append(_row(incoming, meeting_id, position))
        user.executemany(
            "INSERT INTO annotations (uuid, kind, report_sha256, report_label, municipality,"
            " committee, report_type, period_end, section_heading, exact, prefix, suffix, start,"
            " end, goal_title, colour, body, status, answer, meeting_id, position, created_at,"
            " updated_at, kpi_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        first_new = (
            user.execute("SELECT id FROM annotations WHERE uuid = ?", (rows[0][0],)).fetchone()
            if rows
            else None
        )
        user.execute("COMMIT")
    except BaseException as exc:
        if user.in_transaction:
            user.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise write_error("Dina anteckningar (user.db)", exc) from exc
        raise
    if first_new is not None:
        result.added = list(range(int(first_new[0]), int(first_new[0]) + len(rows)))
    return result


def _row(incoming: Incoming, meeting_id: int | None, position: int) -> tuple[object, ...]:
    key = incoming.report_key
    status = None
    if incoming.kind == "question":
        status = incoming.status or "öppen"
    now = notes._now()
    return (
        incoming.ident, incoming.kind, incoming.sha256, incoming.report_label,
        key.get("municipality", ""), key.get("committee", ""), key.get("reportType", ""),
        key.get("periodEnd", ""), incoming.section, incoming.exact, incoming.prefix,
        incoming.suffix, incoming.start, incoming.end, incoming.goal, incoming.colour,
        incoming.body, status, incoming.answer, meeting_id, position, now, now, incoming.kpi,
    )  # fmt: skip

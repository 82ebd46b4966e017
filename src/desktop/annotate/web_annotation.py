"""A member's annotations as W3C Web Annotation JSON-LD, to move them between laptops.

Export writes an AnnotationCollection. Import accepts what Web Annotation clients write:
one Annotation, a list, an AnnotationPage, or a Collection whose `first` page holds the
items; a target with only a TextQuoteSelector is enough. The whole file is checked
(annotate.annotation_file) before anything is written, in one transaction; an
annotation already present (same id) is skipped, and one that cannot be used (an image,
a web page) is listed with the reason.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.annotate import anchors, kinds, notes
from desktop.annotate.annotation_file import (
    SHA_SOURCE,
    AnnotationFileError,
    Incoming,
    Progress,
    Skipped,
    read_annotations,
)
from desktop.store import queries
from desktop.store.migrations import write_error

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "namndlasaren:"
MOTIVATION = kinds.MOTIVATION  # highlight -> highlighting, note -> commenting, ...
KIND = {v: k for k, v in MOTIVATION.items()}


NAMESPACE = {"namndlasaren": "https://namndlasaren.invalid/ns#"}


def export_annotations(
    user: sqlite3.Connection, ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """Every annotation (or those with `ids`) as a Web Annotation that stands alone."""
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
    wanted = set(ids) if ids is not None else None
    for a in notes.all_annotations(user):
        if wanted is None or a.id in wanted:
            items.append(_exported(a, identities.get(a.id, {}), meetings))
    return items


def export_annotation(user: sqlite3.Connection, annotation_id: int) -> dict[str, Any] | None:
    """One annotation as a Web Annotation that stands alone (for "export this note")."""
    return next(
        (item for item in export_annotations(user, [annotation_id])),
        None,
    )


def _exported(
    a: notes.Annotation, identity: dict[str, str], meetings: dict[int, dict[str, str]]
) -> dict[str, Any]:
    selectors: list[dict[str, Any]] = []
    if a.exact:
        selectors.append(
            {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix}
        )
    if a.exact and a.start is not None and a.end is not None:
        selectors.append({"type": "TextPositionSelector", "start": a.start, "end": a.end})
    target: dict[str, Any] = {"source": f"urn:sha256:{a.report_sha256}"}
    if selectors:
        target["selector"] = selectors
    bodies: list[dict[str, Any]] = []
    if a.body:
        bodies.append(
            {"type": "TextualBody", "value": a.body, "format": "text/plain", "language": "sv"}
        )
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in a.tags]
    item: dict[str, Any] = {
        "@context": [CONTEXT, NAMESPACE],
        "id": a.uuid,
        "type": "Annotation",
        "motivation": MOTIVATION[a.kind],
    }
    if bodies:
        item["body"] = bodies[0] if len(bodies) == 1 else bodies
    item.update(
        {
            "target": target,
            EXT + "report": a.report_label,
            EXT + "reportKey": identity,
            EXT + "section": a.section_heading,
            EXT + "colour": a.colour,
            EXT + "position": a.position,
        }
    )
    if a.goal_title:
        item[EXT + "goal"] = a.goal_title
    if a.kpi_name:
        item[EXT + "kpi"] = a.kpi_name
    if a.status:
        item[EXT + "status"] = a.status
        item[EXT + "answer"] = a.answer
    if a.meeting_id in meetings:
        item[EXT + "meeting"] = meetings[a.meeting_id]
    return item


def export_collection(user: sqlite3.Connection) -> dict[str, Any]:
    """All annotations as one AnnotationCollection (one page, each item standing alone)."""
    import uuid

    items = export_annotations(user)
    return {
        "@context": [CONTEXT, NAMESPACE],
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": "Nämndläsaren: mina anteckningar",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def export_one_per_file(user: sqlite3.Connection, folder: Path) -> list[Path]:
    """Each annotation in a file of its own under `folder`, named by its id."""
    import json
    import re

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for item in export_annotations(user):
        name = re.sub(r"[^A-Za-z0-9._-]+", "-", str(item["id"]).removeprefix("urn:")).strip("-")
        path = folder / f"{name[:120] or 'anteckning'}.jsonld"
        path.write_text(json.dumps(item, ensure_ascii=False, indent=2), encoding="utf-8")
        written.append(path)
    return written


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
    user: sqlite3.Connection,
    path: Path,
    progress: Progress | None = None,
    library: sqlite3.Connection | None = None,
) -> ImportResult:
    """Check the whole file, then add what can be used in one transaction.

    With the library, annotations of other tools are matched to its reports: by the
    address they were made on, by the quote (Hypothesis; placed only when exactly one
    report holds it) and by text positions in the report. Raises AnnotationFileError
    (nothing written) when the file is not a Web Annotation document, has a value of the
    wrong type, range or size, or holds annotations of which none can be used.
    """
    reading = read_annotations(Path(path), progress)
    incoming, skipped = _matched(reading.incoming, library)
    skipped = sorted(reading.skipped + skipped, key=lambda s: s.number)
    if reading.total and not incoming:
        first = skipped[0].line() if skipped else "inget kunde användas"
        raise AnnotationFileError(
            f"{path}: ingen av de {reading.total} anteckningarna kan användas ({first})"
        )
    result = ImportResult(skipped=skipped, total=reading.total)
    existing = {row[0] for row in user.execute("SELECT uuid FROM annotations")}
    meetings = {(m[1], m[2]): m[0] for m in notes.meetings(user)}
    position = int(user.execute("SELECT coalesce(max(position), 0) FROM annotations").fetchone()[0])
    rows: list[tuple[object, ...]] = []
    user.execute("BEGIN")
    try:
        for note in incoming:
            if note.ident in existing:
                result.existing += 1
                continue
            existing.add(note.ident)
            meeting_id = None
            if note.meeting is not None:
                if note.meeting not in meetings:
                    meetings[note.meeting] = notes.add_meeting(user, *note.meeting)
                meeting_id = meetings[note.meeting]
            position += 1
            rows.append(_row(note, meeting_id, position))
        user.executemany(
            "INSERT INTO annotations (uuid, kind, report_sha256, report_label, municipality,"
            " committee, report_type, period_end, section_heading, exact, prefix, suffix, start,"
            " end, goal_title, colour, body, status, answer, meeting_id, position, created_at,"
            " updated_at, kpi_name, tags)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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


class _Library:
    """The library's reports, to match other tools' annotations to them."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.reports = queries.list_reports(conn)
        self.by_sha = {r.sha256: r for r in self.reports}
        self.by_name: dict[str, queries.ReportRow] = {}
        for report in self.reports:
            self.by_name.setdefault(_stem(report.source_name), report)
        self._texts: dict[int, str] = {}
        self._folded: dict[int, str] = {}

    def text(self, report: queries.ReportRow) -> str:
        if report.id not in self._texts:
            self._texts[report.id] = queries.report_text(self.conn, report.id)
        return self._texts[report.id]

    def by_address(self, addresses: list[str]) -> queries.ReportRow | None:
        """The report a web address or file name names (the published file's name)."""
        for address in addresses:
            found = SHA_SOURCE.match(address)
            if found and found.group(1) in self.by_sha:
                return self.by_sha[found.group(1)]
            stem = _stem(address)
            if stem and stem in self.by_name:
                return self.by_name[stem]
        return None

    def holding(self, quote: str) -> list[queries.ReportRow]:
        """The reports whose text holds the quote (spacing and line breaks aside)."""
        wanted = " ".join(quote.split())
        if not wanted:
            return []
        found = []
        for report in self.reports:
            if report.id not in self._folded:
                self._folded[report.id] = " ".join(self.text(report).split())
            if wanted in self._folded[report.id]:
                found.append(report)
        return found


def _stem(address: str) -> str:
    """'https://…/Arsbokslut-2021.pdf?x=1' → 'arsbokslut-2021'."""
    from urllib.parse import unquote, urlsplit

    path = urlsplit(address).path if "://" in address else address
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    return name.rsplit(".", 1)[0].lower() if "." in name else name.lower()


def _matched(
    incoming: list[Incoming], conn: sqlite3.Connection | None
) -> tuple[list[Incoming], list[Skipped]]:
    """Each note with its report found in the library, or the reason it is skipped.

    A note on this app's report key (urn:sha256:…) is kept even when the library does not
    hold that report (yet): it waits, orphaned, for it. A Hypothesis note whose quote is
    in no report or in several is kept orphaned too, for the member to place.
    """
    library = _Library(conn) if conn is not None else None
    kept: list[Incoming] = []
    skipped: list[Skipped] = []
    for note in incoming:
        report = library.by_address(note.addresses) if library else None
        if report is None and library and note.origin == "hypothesis" and note.exact:
            holding = library.holding(note.exact)
            report = holding[0] if len(holding) == 1 else None
        if report is not None and library is not None:
            _belongs_to(note, report)
            positions_only = not note.exact and note.start is not None and note.end is not None
            if positions_only and not _quote_from_positions(note, library.text(report)):
                skipped.append(_skip(note, "textpositionerna ligger utanför rapportens text"))
                continue
        elif note.origin == "hypothesis":
            note.sha256 = ""  # could not be placed: kept for the member, never guessed
        elif not note.sha256:
            skipped.append(_skip(note, f"källan {note.source[:80]} är ingen rapport i biblioteket"))
            continue
        if not note.exact and note.start is not None:
            skipped.append(
                _skip(note, "bara textpositioner, och rapporten finns inte i biblioteket")
            )
            continue
        kept.append(note)
    return kept, skipped


def _skip(note: Incoming, reason: str) -> Skipped:
    return Skipped(note.number, f"anteckning {note.number} ({note.ident[:120]})", reason)


def _belongs_to(note: Incoming, report: queries.ReportRow) -> None:
    note.sha256 = report.sha256
    note.report_label = (
        note.report_label if note.origin == "web-annotation" and note.report_label else report.label
    )
    note.report_key = note.report_key or {
        "municipality": report.municipality,
        "committee": report.committee,
        "reportType": report.report_type,
        "periodEnd": report.period_end,
    }


def _quote_from_positions(note: Incoming, text: str) -> bool:
    """A selector with positions only: the quote and its context from the report's text."""
    start, end = note.start or 0, note.end or 0
    if end > len(text) or start >= end:
        return False
    note.exact = text[start:end]
    note.prefix = text[max(0, start - anchors.CONTEXT) : start]
    note.suffix = text[end : end + anchors.CONTEXT]
    note.start = note.end = None  # offsets into the whole text, not into a section
    return True


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
        json.dumps(incoming.tags, ensure_ascii=False),
    )  # fmt: skip

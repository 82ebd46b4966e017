"""A member's annotations as W3C Web Annotation JSON-LD, to move them between laptops.

Export writes an AnnotationCollection. Import accepts what Web Annotation clients write:
one Annotation, a list, an AnnotationPage, or a Collection whose `first` page holds the
items; a target with only a TextQuoteSelector is enough. The whole file is validated
before anything is written, and an annotation already present (same id) is skipped.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop.annotate import kinds, notes
from desktop.errors import NamndlasarenError

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXT = "namndlasaren:"
MOTIVATION = kinds.MOTIVATION  # highlight -> highlighting, note -> commenting, ...
KIND = {v: k for k, v in MOTIVATION.items()}

ANNOTATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["target"],
    "properties": {
        "id": {"type": "string"},
        "type": {"const": "Annotation"},
        "motivation": {"type": "string"},
        "body": {"anyOf": [{"type": "object"}, {"type": "array"}, {"type": "string"}]},
        "target": {
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "required": ["source"],
                    "properties": {
                        "source": {"type": "string"},
                        "selector": {"anyOf": [{"type": "object"}, {"type": "array"}]},
                    },
                },
            ]
        },
    },
}


class AnnotationFileError(NamndlasarenError):
    """A file that is not a Web Annotation export this app can read; nothing was imported."""


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


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "AnnotationCollection":
            first = data.get("first")
            return first.get("items", []) if isinstance(first, dict) else []
        if kind == "AnnotationPage":
            return data.get("items", [])
        return [data]
    raise AnnotationFileError("filen innehåller inga anteckningar")


def read_file(path: Path) -> list[dict[str, Any]]:
    """The annotations in a file, all validated; raises AnnotationFileError naming the problem."""
    import jsonschema

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationFileError(f"{path}: inte en JSON-fil med anteckningar ({exc})") from exc
    items = _items(data)
    for number, item in enumerate(items, start=1):
        try:
            jsonschema.validate(item, ANNOTATION_SCHEMA)
        except jsonschema.ValidationError as exc:
            raise AnnotationFileError(
                f"{path}: anteckning {number} är felaktig: {exc.message}"
            ) from exc
        selectors = _selectors(item)
        if not any(
            s.get("type") == "TextQuoteSelector" and s.get("exact") for s in selectors
        ) and not item.get(EXT + "goal"):
            raise AnnotationFileError(
                f"{path}: anteckning {number} saknar citat (TextQuoteSelector)"
            )
    return items


def _selectors(item: dict[str, Any]) -> list[dict[str, Any]]:
    target = item.get("target")
    if not isinstance(target, dict):
        return []
    selector = target.get("selector", [])
    return [
        s for s in (selector if isinstance(selector, list) else [selector]) if isinstance(s, dict)
    ]


def _body_text(item: dict[str, Any]) -> str:
    body = item.get("body", "")
    bodies = body if isinstance(body, list) else [body]
    return "\n".join(b if isinstance(b, str) else str(b.get("value", "")) for b in bodies)


def import_file(user: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """Add the file's annotations: (added, already there). A bad file adds nothing."""
    items = read_file(path)
    existing = {row[0] for row in user.execute("SELECT uuid FROM annotations")}
    added = skipped = 0
    user.execute("BEGIN")
    try:
        for item in items:
            ident = item.get("id") or _content_id(item)
            if ident in existing:
                skipped += 1
                continue
            _insert(user, item, ident)
            existing.add(ident)
            added += 1
        user.execute("COMMIT")
    except BaseException:
        user.execute("ROLLBACK")
        raise
    return added, skipped


def _content_id(item: dict[str, Any]) -> str:
    """A stable id for an annotation written without one, so a second import skips it."""
    digest = hashlib.sha256(json.dumps(item, sort_keys=True).encode("utf-8")).hexdigest()
    return f"urn:sha256-annotation:{digest[:32]}"


def _insert(user: sqlite3.Connection, item: dict[str, Any], ident: str) -> None:
    target = item["target"]
    source = target if isinstance(target, str) else target.get("source", "")
    sha = source.removeprefix("urn:sha256:")
    quote = next((s for s in _selectors(item) if s.get("type") == "TextQuoteSelector"), {})
    offsets = next((s for s in _selectors(item) if s.get("type") == "TextPositionSelector"), {})
    meeting_id = None
    meeting = item.get(EXT + "meeting")
    if isinstance(meeting, dict) and meeting.get("title"):
        found = user.execute(
            "SELECT id FROM meetings WHERE title = ? AND date = ?",
            (meeting["title"], meeting.get("date", "")),
        ).fetchone()
        meeting_id = (
            found[0]
            if found
            else notes.add_meeting(user, meeting["title"], meeting.get("date", ""))
        )
    kind = KIND.get(str(item.get("motivation", "")), "note")
    key = item.get(EXT + "reportKey")
    key = key if isinstance(key, dict) else {}
    position = user.execute("SELECT coalesce(max(position), 0) + 1 FROM annotations").fetchone()[0]
    status = item.get(EXT + "status") if kind == "question" else None
    now = notes._now()
    user.execute(
        "INSERT INTO annotations (uuid, kind, report_sha256, report_label, municipality, committee, report_type,"
        " period_end, section_heading, exact, prefix, suffix, start, end, goal_title, colour, body, status,"
        " answer, meeting_id, position, created_at, updated_at, kpi_name)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, kind, sha, item.get(EXT + "report", ""), str(key.get("municipality", "")),
         str(key.get("committee", "")), str(key.get("reportType", "")), str(key.get("periodEnd", "")),
         item.get(EXT + "section", ""), quote.get("exact", ""),
         quote.get("prefix", ""), quote.get("suffix", ""), offsets.get("start"), offsets.get("end"),
         item.get(EXT + "goal"), item.get(EXT + "colour", "gul"), _body_text(item),
         status if status in notes.QUESTION_STATUSES else ("öppen" if kind == "question" else None),
         item.get(EXT + "answer", ""), meeting_id, position, now, now, item.get(EXT + "kpi")),
    )  # fmt: skip

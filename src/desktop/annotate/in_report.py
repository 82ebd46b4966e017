"""Where a report's annotations sit in its sections, and notes as search results."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from desktop.annotate import notes
from desktop.store import queries
from desktop.store.search import HIGHLIGHT_END, HIGHLIGHT_START, Hit, ReportHits


@dataclass(frozen=True)
class Mark:
    annotation_id: int
    section_id: int
    start: int
    end: int
    kind: str
    colour: str


def marks(sections: list[queries.SectionRow], annotations: list[notes.Annotation]) -> list[Mark]:
    """The passages of a report's annotations, by section id and offsets.

    An annotation names its section by heading; when headings repeat, the section whose
    text holds the quote at the stored offsets is the one.
    """
    out = []
    for a in annotations:
        if a.orphaned or not a.exact or a.start is None or a.end is None:
            continue
        candidates = [s for s in sections if s.heading == a.section_heading] or sections
        section = next(
            (s for s in candidates if s.text[a.start : a.end] == a.exact),
            None,
        )
        if section is not None:
            out.append(Mark(a.id, section.id, a.start, a.end, a.kind, a.colour))
    return out


def note_hits(
    user: sqlite3.Connection, library: sqlite3.Connection, text: str, report_id: int | None
) -> list[ReportHits]:
    """The member's notes that contain the words, grouped by report like library hits."""
    reports = {r.sha256: r for r in queries.list_reports(library)}
    groups: dict[int, ReportHits] = {}
    for a in notes.search(user, text):
        report = reports.get(a.report_sha256)
        if report is None or (report_id is not None and report.id != report_id):
            continue
        group = groups.setdefault(
            report.id, ReportHits(report.id, report.label, report.municipality)
        )
        title = a.body.split("\n")[0][:80] or a.exact[:80] or (a.goal_title or "")[:80]
        snippet = _marked(f"”{a.exact or a.goal_title or ''}” {a.body}", text)
        group.hits.append(Hit("note", report.id, a.id, title, snippet))
    return list(groups.values())


def _marked(snippet: str, text: str) -> str:
    """Put the search highlight around each typed word where it occurs (case-insensitive)."""
    snippet = snippet[:300]
    for word in sorted({w for w in text.split() if w}, key=len, reverse=True):
        snippet = re.sub(
            f"({re.escape(word)})", f"{HIGHLIGHT_START}\\1{HIGHLIGHT_END}", snippet, flags=re.I
        )
    return snippet


def find_quote(
    sections: list[queries.SectionRow], quote: str, prefer_section_id: int | None = None
) -> tuple[queries.SectionRow, int, int] | None:
    """Where words selected in another view (e.g. a goal's analysis) stand in the report.

    Line breaks and spacing may differ between the views, so any run of whitespace
    matches any other; the preferred section (the goal's own) is searched first.
    """
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    ordered = sorted(sections, key=lambda s: s.id != prefer_section_id)
    for section in ordered:
        found = pattern.search(section.text)
        if found:
            return section, found.start(), found.end()
    return None


def page_of(library: sqlite3.Connection, annotation: notes.Annotation) -> int | None:
    """The printed page of an annotation's section, when the report's contents list it."""
    row = library.execute(
        "SELECT s.page FROM sections s JOIN reports r ON r.id = s.report_id"
        " WHERE r.sha256 = ? AND s.heading = ? AND s.page IS NOT NULL LIMIT 1",
        (annotation.report_sha256, annotation.section_heading),
    ).fetchone()
    return int(row[0]) if row else None


def source_line(library: sqlite3.Connection, annotation: notes.Annotation) -> str:
    """ "Årsbokslut 2021, ”Nämndens mål”, s. 6": where a quote came from, as a member cites it."""
    parts = [annotation.report_label]
    if annotation.section_heading:
        parts.append(f"”{annotation.section_heading}”")
    page = page_of(library, annotation)
    if page is not None:
        parts.append(f"s. {page}")
    return ", ".join(parts)

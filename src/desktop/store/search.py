"""Full-text search over the library (FTS5) with results grouped by report.

The index folds diacritics ("okad" finds "ökad", and OCR'd text is found by its
repaired spelling and by its damaged one alike); every word the member types is a
prefix, so "familjeh" finds "familjehem".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from desktop.store.queries import report_label

HIGHLIGHT_START = "\x02"  # marks for the UI to turn into bold; never in report text
HIGHLIGHT_END = "\x03"


@dataclass(frozen=True)
class Hit:
    kind: str  # "section" | "goal" | "kpi" | "note"
    report_id: int
    ref_id: int  # section, goal, kpi or annotation id
    title: str
    snippet: str  # with HIGHLIGHT_START/END around matched words


@dataclass
class ReportHits:
    report_id: int
    label: str
    municipality: str
    hits: list[Hit] = field(default_factory=list)


SHORT_WORD = 2  # "i", "en", "på": in nearly every passage, so left out beside longer words
RANK_WINDOW = 2000  # matches ranked at most: in a huge library, the most recently added


def fts_query(text: str) -> str:
    """The member's words as an FTS5 query: every word a quoted prefix, all required.

    Words of one or two letters are left out when longer ones are given ("budget i
    balans"); on their own they must match whole ("IT").
    """
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    longer = [w for w in words if len(w) > SHORT_WORD]
    if longer:
        return " ".join(f'"{w}"*' for w in longer)
    return " ".join(f'"{w}"' for w in words)


def search_library(
    conn: sqlite3.Connection,
    text: str,
    report_id: int | None = None,
    limit: int = 200,
    window: int = RANK_WINDOW,
) -> list[ReportHits]:
    """Matches in section text, goals and KPI names, best first, grouped by report.

    A common word in a library of thousands of reports matches tens of thousands of
    passages, and ranking them all takes far longer than a member should wait; then only
    the `window` most recently added matches are ranked (FTS5 walks rowids newest first
    cheaply), which in a member's own library of some dozen reports is all of them.
    """
    query = fts_query(text)
    if not query:
        return []
    where = "search_index MATCH ?"
    params: list[object] = [query]
    if report_id is not None:
        where += " AND report_id = ?"
        params.append(report_id)
    oldest = conn.execute(
        f"SELECT rowid FROM search_index WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (*params, window - 1),
    ).fetchone()
    if oldest is not None:
        where += " AND rowid >= ?"
        params.append(oldest[0])
    rows = conn.execute(
        "SELECT kind, report_id, ref_id, title,"
        f" snippet(search_index, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16)"
        f" FROM search_index WHERE {where} ORDER BY rank LIMIT ?",
        (*params, limit),
    ).fetchall()
    return _group(conn, [Hit(*row) for row in rows])


def _group(conn: sqlite3.Connection, hits: list[Hit]) -> list[ReportHits]:
    groups: dict[int, ReportHits] = {}
    ids = sorted({h.report_id for h in hits})
    if ids:
        marks = ",".join("?" * len(ids))
        for rid, rtype, end, municipality in conn.execute(
            f"SELECT id, report_type, period_end, municipality FROM reports WHERE id IN ({marks})",
            ids,
        ):
            groups[rid] = ReportHits(rid, report_label(rtype, end), municipality)
    for hit in hits:
        group = groups.get(int(hit.report_id))
        if group is not None:
            group.hits.append(hit)
    return [g for g in groups.values() if g.hits]

"""Applying corrections: the corrected rows written into library.db, the extracted ones kept.

Per report, the corrections in force (the secretary's from library.db, then the member's
own) are applied in the order they were made, every row change recorded (journal.py).
`correction_state` keeps a digest of what was applied, so `sync` only touches a report
whose corrections changed, or that was read again (a new row: its state went with the
old one). To apply again, the report's rows are first put back as extracted.

Each correction ends in one of OUTCOMES, kept per report: a correction whose target is
gone is "missing" (or "gone" when another correction removed it) and the review lists it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.corrections import storage
from desktop.corrections.journal import Columns, undo_report
from desktop.corrections.model import Correction, Outcome

# Raise when applying writes something different for the same corrections: every
# corrected report of a library is then applied again on open.
ENGINE_VERSION = 1


def digest(corrections: Sequence[Correction]) -> str:
    """What the applied state of a report with these corrections depends on."""
    hasher = hashlib.sha256(f"engine {ENGINE_VERSION}\n".encode())
    for correction in corrections:
        hasher.update(correction.fingerprint().encode())
        hasher.update(b"\n")
    return hasher.hexdigest()


# --- the whole library ------------------------------------------------------------------


@dataclass
class SyncResult:
    """What one `sync` did."""

    applied: int = 0  # reports whose corrections were applied (again)
    removed: list[str] = field(default_factory=list)  # reports removed now (source names)
    restored: list[str] = field(default_factory=list)  # removals undone: reports back
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # per correction applied now

    @property
    def changed(self) -> bool:
        return bool(self.applied or self.removed or self.restored)


def apply_report(conn: sqlite3.Connection, report_id: int, corrections: Sequence[Correction],
                 columns: Columns | None = None) -> tuple[dict[str, Outcome], bool]:  # fmt: skip
    """Put one report back as extracted and apply these corrections to it, in the caller's
    transaction. Returns each correction's outcome, and whether search rows changed."""
    from desktop.corrections.operations import ReportCorrector

    columns = columns or Columns(conn)
    undone = undo_report(conn, report_id, columns)
    corrector = ReportCorrector(conn, report_id, columns)
    outcomes = {c.uuid: corrector.apply(c) for c in corrections}
    corrector.journal.flush()
    conn.executemany(
        "INSERT INTO correction_marks (report_id, item, item_id, field, uuid, origin, author,"
        " created_at, original, value, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        corrector.marks,
    )
    if corrections:
        conn.execute(
            "INSERT OR REPLACE INTO correction_state (report_id, digest, results)"
            " VALUES (?, ?, ?)",
            (report_id, digest(corrections),
             json.dumps({u: [o.state, o.detail] for u, o in outcomes.items()},
                        ensure_ascii=False)),
        )  # fmt: skip
    else:
        conn.execute("DELETE FROM correction_state WHERE report_id = ?", (report_id,))
    return outcomes, undone or corrector.touched_search


def outcomes(conn: sqlite3.Connection, report_id: int) -> dict[str, Outcome]:
    """What became of each correction of a report when it was last applied."""
    row = conn.execute(
        "SELECT results FROM correction_state WHERE report_id = ?", (report_id,)
    ).fetchone()
    try:
        results = json.loads(row[0]) if row else {}
    except ValueError:
        return {}
    if not isinstance(results, dict):
        return {}
    return {
        str(u): Outcome(str(v[0]), str(v[1]))
        for u, v in results.items()
        if isinstance(v, list) and len(v) == 2
    }


def in_force(library: Iterable[Correction], own: Iterable[Correction]
             ) -> dict[str, list[Correction]]:  # fmt: skip
    """Per report SHA-256, the corrections to apply: the secretary's, then the member's."""
    by_report: dict[str, list[Correction]] = {}
    for correction in [*library, *own]:
        by_report.setdefault(correction.report_sha256, []).append(correction)
    return by_report


def sync(conn: sqlite3.Connection, own: Sequence[Correction] = (), *,
         keep_sources: bool = True) -> SyncResult:  # fmt: skip
    """Make library.db show every correction in force, doing only what changed.

    `own` are the member's corrections (from user.db); the secretary's are read from the
    library. A report with a removal in force is removed (its source kept, unless
    `keep_sources` is false, as in a library built to hand out), and one whose removal
    was withdrawn is read again from its kept source. One transaction.
    """
    from desktop.store.migrations import begin_write

    result = SyncResult()
    by_report = in_force(storage.load(conn, "library"), own)
    removals = {sha for sha, cs in by_report.items() if any(c.op == "report.remove" for c in cs)}
    for sha in _withdrawn_removals(conn, removals):
        name = _restore_report(conn, sha)
        if name:
            result.restored.append(name)
    rows = conn.execute(
        "SELECT r.id, r.sha256, s.digest FROM reports r"
        " LEFT JOIN correction_state s ON s.report_id = r.id"
    ).fetchall()
    todo = []
    for report_id, sha, have in rows:
        corrections = by_report.get(sha, [])
        if sha in removals or have != (digest(corrections) if corrections else None):
            todo.append((report_id, sha, corrections))
    if not todo:
        return result
    begin_write(conn)
    try:
        columns = Columns(conn)
        search: list[int] = []
        for report_id, sha, corrections in todo:
            if sha in removals:
                name = _remove_report(conn, report_id, sha, keep_sources)
                result.removed.append(name)
                for c in corrections:
                    result.outcomes[c.uuid] = Outcome("applied")
                continue
            found, changed = apply_report(conn, report_id, corrections, columns)
            result.outcomes.update(found)
            result.applied += 1
            if changed:
                search.append(report_id)
        _reindex(conn, search)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


def _reindex(conn: sqlite3.Connection, report_ids: list[int]) -> None:
    """The search rows of these reports' goals and KPIs, as the rows are now."""
    if not report_ids:
        return
    ids = json.dumps(report_ids)
    stale = conn.execute(
        "SELECT rowid FROM search_index WHERE kind IN ('goal', 'kpi')"
        " AND report_id IN (SELECT value FROM json_each(?))",
        (ids,),
    ).fetchall()
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", stale)
    conn.execute(
        "INSERT INTO search_index (title, body, kind, report_id, ref_id)"
        " SELECT title, analysis, 'goal', report_id, id FROM goals"
        " WHERE report_id IN (SELECT value FROM json_each(?))"
        " UNION ALL SELECT name, table_name, 'kpi', report_id, id FROM kpis"
        " WHERE report_id IN (SELECT value FROM json_each(?))",
        (ids, ids),
    )


def _remove_report(conn: sqlite3.Connection, report_id: int, sha: str, keep: bool) -> str:
    """Take a report out of the library, its source kept to bring it back."""
    row = conn.execute(
        "SELECT r.source_name, r.full_text, s.data FROM reports r"
        " LEFT JOIN report_sources s ON s.report_id = r.id WHERE r.id = ?",
        (report_id,),
    ).fetchone()
    name, text, pdf = str(row[0]), str(row[1]), row[2]
    if keep:
        from desktop.corrections.model import now

        conn.execute(
            "INSERT OR REPLACE INTO removed_reports (sha256, source_name, kind, data, removed_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (sha, name, "pdf" if pdf is not None else "text",
             pdf if pdf is not None else text.encode("utf-8"), now()),
        )  # fmt: skip
    stale = conn.execute(
        "SELECT rowid FROM search_index WHERE report_id = ?", (report_id,)
    ).fetchall()
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", stale)
    conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
    return name


def _withdrawn_removals(conn: sqlite3.Connection, removals: set[str]) -> list[str]:
    present = {r[0] for r in conn.execute("SELECT sha256 FROM reports")}
    return [
        sha
        for (sha,) in conn.execute("SELECT sha256 FROM removed_reports ORDER BY removed_at")
        if sha not in removals and sha not in present
    ]


def _restore_report(conn: sqlite3.Connection, sha: str) -> str | None:
    """Read a removed report again from the source kept when it was removed."""
    import tempfile

    from desktop.ingest.pipeline import extract_file, extract_text
    from desktop.store.library import add_report

    row = conn.execute(
        "SELECT source_name, kind, data FROM removed_reports WHERE sha256 = ?", (sha,)
    ).fetchone()
    name, kind, data = str(row[0]), str(row[1]), bytes(row[2])
    bundled = _bundled_file(sha)
    if bundled is not None:
        report = extract_file(bundled)
    elif kind == "pdf":
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / (Path(name).stem + ".pdf")
            copy.write_bytes(data)
            report = extract_file(copy)
    else:
        report = extract_text(data.decode("utf-8"), sha256=sha, source_name=name)
    report.sha256, report.source_name = sha, name
    conn.execute("BEGIN")
    try:
        add_report(conn, report)
        conn.execute("DELETE FROM removed_reports WHERE sha256 = ?", (sha,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return name


def _bundled_file(sha: str) -> Path | None:
    """The bundled report file with this content, read as it was first read."""
    from desktop import paths
    from desktop.store.library import report_files

    folder = paths.bundled_reports_dir()
    if not folder.is_dir():
        return None
    for path in report_files(folder):
        if hashlib.sha256(path.read_bytes()).hexdigest() == sha:
            return path
    return None

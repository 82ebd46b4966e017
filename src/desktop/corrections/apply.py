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
from typing import TYPE_CHECKING

from desktop.corrections import storage
from desktop.corrections.journal import Columns, undo_report
from desktop.corrections.model import Correction, Outcome

if TYPE_CHECKING:
    from desktop.corrections.operations import ReportCorrector

# Raise when applying writes something different for the same corrections: every
# corrected report of a library is then applied again on open.
ENGINE_VERSION = 1
MANY = 50  # reports to apply: from this many on, all corrections are read in one query


def _part(origin: str, uuid: str, op: str, target: str, value: str, author: str,
          created_at: str) -> bytes:  # fmt: skip
    return "\x1f".join((origin, uuid, op, target, value, author, created_at)).encode() + b"\x1e"


class Digests:
    """Per report SHA-256, a digest of the corrections in force: what the applied state
    of the report depends on. The secretary's by their id and revision (no JSON is read),
    the member's (few, already read) by their content."""

    HEAD = f"engine {ENGINE_VERSION}\n".encode()

    def __init__(self) -> None:
        self.parts: dict[str, list[bytes]] = {}
        self.removals: set[str] = set()

    @classmethod
    def of(cls, conn: sqlite3.Connection, own: Iterable[Correction]) -> Digests:
        digests = cls()
        parts = digests.parts
        if storage.has_table(conn):
            # a row written by the app has a revision, new at each write; one written by
            # other means (by hand) is hashed whole
            rows = conn.execute(
                "SELECT report_sha256, op = 'report.remove', CAST('library' || x'1f' || uuid"
                " || x'1f' || CASE WHEN revision != '' THEN revision ELSE op || x'1f' || target"
                " || x'1f' || value || x'1f' || author || x'1f' || created_at END || x'1e'"
                " AS BLOB) FROM corrections ORDER BY id"
            ).fetchall()
            for sha, removal, part in rows:
                found = parts.get(sha)
                if found is None:
                    parts[sha] = [part]
                else:
                    found.append(part)
                if removal:
                    digests.removals.add(sha)
        for c in own:
            target, value = (json.dumps(v, ensure_ascii=False) for v in (c.target, c.value))
            part = _part("own", c.uuid, c.op, target, value, c.author, c.created_at)
            parts.setdefault(c.report_sha256, []).append(part)
            if c.op == "report.remove":
                digests.removals.add(c.report_sha256)
        return digests

    def get(self, sha: str) -> str | None:
        found = self.parts.get(sha)
        if found is None:
            return None
        return hashlib.sha256(self.HEAD + b"".join(found)).hexdigest()

    def fingerprints(self, sha: str) -> list[str]:
        """One per correction in force, in order: what was applied, to resume from."""
        return [hashlib.sha256(part).hexdigest()[:16] for part in self.parts.get(sha, [])]


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


@dataclass
class _Writes:
    """What applying several reports' corrections writes, gathered to write at once."""

    steps: list[tuple[object, ...]] = field(default_factory=list)
    marks: list[tuple[object, ...]] = field(default_factory=list)
    states: list[tuple[object, ...]] = field(default_factory=list)
    cleared: list[tuple[int]] = field(default_factory=list)
    # reports with undo steps: put back first whatever their state says (a state lost
    # from a library edited by hand must not leave corrections applied twice)
    journaled: set[int] = field(default_factory=set)

    def write(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO correction_undo (report_id, seq, tbl, key, before) VALUES (?, ?, ?, ?, ?)",
            self.steps,
        )
        conn.executemany(
            "INSERT INTO correction_marks (report_id, item, item_id, field, uuid, origin, author,"
            " created_at, original, value, ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.marks,
        )
        conn.executemany(
            "INSERT OR REPLACE INTO correction_state (report_id, digest, results, applied)"
            " VALUES (?, ?, ?, ?)",
            self.states,
        )
        conn.executemany("DELETE FROM correction_state WHERE report_id = ?", self.cleared)


def _apply_report(conn: sqlite3.Connection, report_id: int, corrections: Sequence[Correction],
                  digests: Digests, sha: str, state: _State | None, columns: Columns,
                  writes: _Writes) -> dict[str, Outcome]:  # fmt: skip
    """Apply a report's corrections; what is to be written besides the rows goes to
    `writes`. When the corrections applied before are the first of these (new ones were
    added), only the new ones are applied to the rows as they are; otherwise the rows
    are put back as extracted and all are applied."""
    from desktop.corrections.operations import ReportCorrector

    applied = digests.fingerprints(sha)
    done = len(state.applied) if state is not None else 0
    if state is not None and 0 < done < len(applied) and applied[:done] == state.applied:
        conn.execute("SAVEPOINT resume")
        corrector = ReportCorrector(conn, report_id, columns, resume=True)
        found = {c.uuid: corrector.apply(c) for c in corrections[done:]}
        if all(o.ok for o in found.values()):  # else all again: the same, the long way
            conn.execute("RELEASE SAVEPOINT resume")
            outcomes = {**state.outcomes, **found}
            _written(writes, report_id, corrector, outcomes, digests.get(sha), applied)
            return outcomes
        conn.execute("ROLLBACK TO SAVEPOINT resume")
        conn.execute("RELEASE SAVEPOINT resume")
    if state is not None or report_id in writes.journaled:
        undo_report(conn, report_id, columns)
    corrector = ReportCorrector(conn, report_id, columns)
    outcomes = {c.uuid: corrector.apply(c) for c in corrections}
    _written(writes, report_id, corrector, outcomes, digests.get(sha), applied)
    return outcomes


def _written(writes: _Writes, report_id: int, corrector: ReportCorrector,
             outcomes: dict[str, Outcome], digest: str | None,
             applied: list[str]) -> None:  # fmt: skip
    writes.steps.extend(corrector.journal.pending)
    writes.marks.extend(corrector.marks)
    if outcomes and digest is not None:
        results = {u: [o.state, o.detail] for u, o in outcomes.items()}
        writes.states.append((report_id, digest, json.dumps(results, ensure_ascii=False),
                              json.dumps(applied)))  # fmt: skip
    else:
        writes.cleared.append((report_id,))


@dataclass(frozen=True)
class _State:
    """What was applied to a report last time: in order, and what became of each."""

    applied: list[str]
    outcomes: dict[str, Outcome]

    @classmethod
    def of(cls, applied: str, results: str) -> _State:
        try:
            fingerprints = json.loads(applied)
        except ValueError:
            fingerprints = []
        fingerprints = [f for f in fingerprints if isinstance(f, str)] if isinstance(
            fingerprints, list) else []  # fmt: skip
        return cls(fingerprints, _outcomes(results))


def outcomes(conn: sqlite3.Connection, report_id: int) -> dict[str, Outcome]:
    """What became of each correction of a report when it was last applied."""
    row = conn.execute(
        "SELECT results FROM correction_state WHERE report_id = ?", (report_id,)
    ).fetchone()
    return _outcomes(row[0] if row else "{}")


def _outcomes(text: str) -> dict[str, Outcome]:
    try:
        results = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(results, dict):
        return {}
    return {
        str(u): Outcome(str(v[0]), str(v[1]))
        for u, v in results.items()
        if isinstance(v, list) and len(v) == 2
    }


def sync(conn: sqlite3.Connection, own: Sequence[Correction] = (), *,
         keep_sources: bool = True) -> SyncResult:  # fmt: skip
    """Make library.db show every correction in force, doing only what changed.

    `own` are the member's corrections (from user.db); the secretary's are read from the
    library. A report with a removal in force is removed (its source kept, unless
    `keep_sources` is false, as in a library built to hand out), and one whose removal
    was withdrawn is read again from its kept source. One transaction.
    """
    from desktop.store.migrations import begin_write, is_write_problem

    result = SyncResult()
    digests = Digests.of(conn, own)
    for sha in _withdrawn_removals(conn, digests.removals):
        name = _restore_report(conn, sha)
        if name:
            result.restored.append(name)
    todo = [
        (report_id, sha, have, applied, results)
        for report_id, sha, have, applied, results in conn.execute(
            "SELECT r.id, r.sha256, s.digest, s.applied, s.results FROM reports r"
            " LEFT JOIN correction_state s ON s.report_id = r.id"
        )
        if sha in digests.removals or have != digests.get(sha)
    ]
    if not todo:
        return result
    mine: dict[str, list[Correction]] = {}
    for correction in own:
        mine.setdefault(correction.report_sha256, []).append(correction)
    theirs: dict[str, list[Correction]] | None = None
    if len(todo) > MANY:  # one query for all, rather than one per report
        theirs = {}
        for correction in storage.load(conn, "library"):
            theirs.setdefault(correction.report_sha256, []).append(correction)
    begin_write(conn)
    try:
        columns = Columns(conn)
        writes = _Writes()
        writes.journaled = {
            row[0] for row in conn.execute("SELECT DISTINCT report_id FROM correction_undo")
        }
        for report_id, sha, have, applied, results in todo:
            library = (
                theirs.get(sha, []) if theirs is not None else storage.load(conn, "library", sha)
            )
            corrections = [*library, *mine.get(sha, [])]
            if sha in digests.removals:
                result.removed.append(_remove_report(conn, report_id, sha, keep_sources))
                result.outcomes.update((c.uuid, Outcome("applied")) for c in corrections)
                continue
            conn.execute("SAVEPOINT report")
            try:
                state = _State.of(applied, results) if have is not None else None
                found = _apply_report(conn, report_id, corrections, digests, sha, state,
                                      columns, writes)  # fmt: skip
            except (sqlite3.Error, ValueError, LookupError, KeyError, TypeError) as exc:
                # a library whose applied state is damaged (edited by hand): this report
                # keeps its rows, its corrections say why, the others are applied
                conn.execute("ROLLBACK TO SAVEPOINT report")
                conn.execute("RELEASE SAVEPOINT report")
                if isinstance(exc, sqlite3.OperationalError) and is_write_problem(exc):
                    raise
                problem = f"kunde inte tillämpas ({' '.join(str(exc).split())[:120]})"
                result.outcomes.update((c.uuid, Outcome("invalid", problem)) for c in corrections)
                continue
            conn.execute("RELEASE SAVEPOINT report")
            result.outcomes.update(found)
            result.applied += 1
        writes.write(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return result


def _remove_report(conn: sqlite3.Connection, report_id: int, sha: str, keep: bool) -> str:
    """Take a report out of the library, its source kept to bring it back."""
    row = conn.execute(
        "SELECT r.source_name, r.full_text, s.data, s.path FROM reports r"
        " LEFT JOIN report_sources s ON s.report_id = r.id WHERE r.id = ?",
        (report_id,),
    ).fetchone()
    name = str(row[0])
    if keep:
        from desktop.corrections.model import now

        conn.execute(
            "INSERT OR REPLACE INTO removed_reports (sha256, source_name, pdf, pdf_path, text,"
            " removed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (sha, name, row[2], row[3], row[1], now()),
        )
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
    """Read a removed report again from what was kept when it was removed: its bundled
    file, its PDF (kept, or at the path kept), else the text it was read as."""
    import tempfile

    from desktop.ingest.pipeline import extract_file, extract_text
    from desktop.store.library import add_report

    row = conn.execute(
        "SELECT source_name, pdf, pdf_path, text FROM removed_reports WHERE sha256 = ?", (sha,)
    ).fetchone()
    name, pdf, pdf_path, text = str(row[0]), row[1], row[2], str(row[3])
    bundled = _bundled_file(sha)
    linked = Path(pdf_path) if pdf_path and _same_file(Path(pdf_path), sha) else None
    if bundled is not None:
        report = extract_file(bundled)
    elif pdf is not None:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / (Path(name).stem + ".pdf")
            copy.write_bytes(bytes(pdf))
            report = extract_file(copy)
    elif linked is not None:
        report = extract_file(linked)
    else:
        report = extract_text(text, sha256=sha, source_name=name)
    report.sha256, report.source_name = sha, name
    conn.execute("BEGIN")
    try:
        add_report(conn, report, linked if pdf is None else None)
        conn.execute("DELETE FROM removed_reports WHERE sha256 = ?", (sha,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return name


def _same_file(path: Path, sha: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() == sha
    except OSError:
        return False


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

"""Replace the member's library with a newer one from the secretary, atomically.

Steps: check the new file is a library this app can read (a copy is migrated, never the
original); diff it against the current one; copy it next to the current file; swap with
os.replace. A crash before the swap leaves the old library in place (the half-copied
file is removed on the next update); a crash after it leaves the new one, and
annotations are re-anchored on the next start because the library's identity changed.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import LibraryError
from desktop.store.library import open_library
from desktop.store.queries import ReportRow, list_reports

INCOMING_SUFFIX = ".incoming"


@dataclass
class LibraryDiff:
    new: list[str] = field(default_factory=list)  # report labels, with municipality
    changed: list[str] = field(default_factory=list)  # same report, corrected content
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


def _name(report: ReportRow) -> str:
    return f"{report.municipality} {report.committee}: {report.label}"


def _identity(report: ReportRow) -> tuple[str, str, str, str]:
    return (report.municipality, report.committee, report.report_type, report.period_end)


def diff_libraries(old: sqlite3.Connection | None, new: sqlite3.Connection) -> LibraryDiff:
    """What a member gains and loses: new, corrected and removed reports."""
    diff = LibraryDiff()
    old_reports = list_reports(old) if old is not None else []
    old_by_sha = {r.sha256 for r in old_reports}
    old_by_identity = {_identity(r): r for r in old_reports}
    new_reports = list_reports(new)
    new_identities = {_identity(r) for r in new_reports}
    for report in new_reports:
        if report.sha256 in old_by_sha:
            diff.unchanged += 1
        elif _identity(report) in old_by_identity:
            diff.changed.append(_name(report))
        else:
            diff.new.append(_name(report))
    new_shas = {r.sha256 for r in new_reports}
    diff.removed = [
        _name(r)
        for r in old_reports
        if r.sha256 not in new_shas and _identity(r) not in new_identities
    ]
    return diff


def library_identity(conn: sqlite3.Connection) -> str:
    """Changes whenever the library's content does: used to re-anchor after an update."""
    built = conn.execute("SELECT value FROM library_meta WHERE key = 'built_at'").fetchone()
    shas = conn.execute(
        "SELECT group_concat(sha256, ',') FROM (SELECT sha256 FROM reports ORDER BY sha256)"
    )
    import hashlib

    digest = hashlib.sha256((shas.fetchone()[0] or "").encode()).hexdigest()[:16]
    return f"{built[0] if built else ''}:{digest}"


def prepare_update(new_library: Path, current: Path) -> tuple[Path, LibraryDiff]:
    """Copy the new library beside the current one, migrated and checked; nothing swapped yet."""
    new_library = Path(new_library)
    if not new_library.is_file():
        raise LibraryError(f"{new_library}: filen finns inte")
    incoming = current.with_name(current.name + INCOMING_SUFFIX)
    incoming.unlink(missing_ok=True)
    shutil.copy2(new_library, incoming)
    try:
        try:
            new_conn = open_library(incoming)
        except LibraryError as exc:
            raise LibraryError(f"{new_library}: inte ett bibliotek från Nämndläsaren") from exc
        try:
            if new_conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 0:
                raise LibraryError(f"{new_library}: biblioteket innehåller inga rapporter")
            old_conn = open_library(current) if current.exists() else None
            try:
                diff = diff_libraries(old_conn, new_conn)
            finally:
                if old_conn is not None:
                    old_conn.close()
        finally:
            new_conn.close()
    except LibraryError:
        incoming.unlink(missing_ok=True)
        raise
    except sqlite3.DatabaseError as exc:
        incoming.unlink(missing_ok=True)
        raise LibraryError(f"{new_library}: inte ett bibliotek från Nämndläsaren ({exc})") from exc
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    return incoming, diff


def commit_update(incoming: Path, current: Path) -> None:
    """The one atomic step: the new library takes the current one's place."""
    os.replace(incoming, current)

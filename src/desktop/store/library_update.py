"""Replace the member's library with a newer one from the secretary, atomically.

Steps: check the new file and copy its data into a fresh library next to the current
one (store.library_intake: data only, never the file as it is); diff it against the
current one; swap with os.replace. A failure or a crash before the swap leaves the old
library in place (the half-made file is removed, or on the next update); a crash after
it leaves the new one, and annotations are re-anchored on the next start because the
library's identity changed.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import LibraryError
from desktop.store.library import open_library
from desktop.store.library_intake import TIME_LIMIT_S, copy_library
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


def text_digests(conn: sqlite3.Connection) -> dict[str, str]:
    """Per report key, a digest of the text notes are anchored in (headings and sections).

    Two libraries may hold different texts under one key (a library built by another
    parser version, or by hand): those reports are corrected, not unchanged.
    """
    digests: dict[str, hashlib._Hash] = {}
    for sha, heading, text in conn.execute(
        "SELECT r.sha256, s.heading, s.text FROM sections s JOIN reports r ON r.id = s.report_id"
        " ORDER BY r.id, s.ord"
    ):
        digest = digests.setdefault(sha, hashlib.sha256())
        digest.update(f"{heading}\x00{text}\x00".encode())
    return {sha: digest.hexdigest() for sha, digest in digests.items()}


def diff_libraries(old: sqlite3.Connection | None, new: sqlite3.Connection) -> LibraryDiff:
    """What a member gains and loses: new, corrected and removed reports."""
    diff = LibraryDiff()
    old_reports = list_reports(old) if old is not None else []
    old_texts = text_digests(old) if old is not None else {}
    new_texts = text_digests(new)
    old_by_sha = {r.sha256 for r in old_reports}
    old_by_identity = {_identity(r): r for r in old_reports}
    new_reports = list_reports(new)
    new_identities = {_identity(r) for r in new_reports}
    for report in new_reports:
        if report.sha256 in old_by_sha and old_texts.get(report.sha256) != new_texts.get(
            report.sha256
        ):
            diff.changed.append(_name(report))
        elif report.sha256 in old_by_sha:
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
    digest = hashlib.sha256((shas.fetchone()[0] or "").encode()).hexdigest()[:16]
    return f"{built[0] if built else ''}:{digest}"


def prepare_update(
    new_library: Path, current: Path, time_limit: float = TIME_LIMIT_S
) -> tuple[Path, LibraryDiff]:
    """Copy the new library's data beside the current one, checked; nothing swapped yet.

    On any failure the half-made `.incoming` file is removed and LibraryError names the file.
    """
    new_library = Path(new_library)
    incoming = current.with_name(current.name + INCOMING_SUFFIX)
    incoming.unlink(missing_ok=True)
    try:
        copy_library(new_library, incoming, time_limit)
        new_conn = open_library(incoming)
        try:
            old_conn = open_library(current) if current.exists() else None
            try:
                diff = diff_libraries(old_conn, new_conn)
            finally:
                if old_conn is not None:
                    old_conn.close()
        finally:
            new_conn.close()
        with open(incoming, "rb+") as handle:
            os.fsync(handle.fileno())
    except sqlite3.DatabaseError as exc:
        _discard(incoming)
        raise LibraryError(f"{new_library}: inte ett bibliotek från Nämndläsaren ({exc})") from exc
    except OSError as exc:
        _discard(incoming)
        raise LibraryError(f"{new_library}: kan inte kopieras ({exc.strerror or exc})") from exc
    except BaseException:
        _discard(incoming)
        raise
    return incoming, diff


def _discard(incoming: Path) -> None:
    for suffix in ("", "-journal"):
        incoming.with_name(incoming.name + suffix).unlink(missing_ok=True)


def commit_update(incoming: Path, current: Path) -> None:
    """The one atomic step: the new library takes the current one's place."""
    os.replace(incoming, current)

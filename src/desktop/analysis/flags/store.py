"""Running the checks and keeping their flags in library.db (tables flags, flag_state).

Flags are derived data: a committee's flags are recomputed whenever its data changed.
`refresh` is called where reports come in (import, build, update of the library); and
since a library can also change behind the app's back (a re-extraction after an upgrade,
a correction, another program), every read first makes sure the committee's flags match
its data: a digest of the committee's reports, goals, KPI values, finance rows and the
member's KPI series links is kept beside its flags, and a committee whose digest differs
is checked again. Within one connection, a library that has not changed since the last
look is not digested again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, TypeGuard

import desktop.analysis.flags.check_continuity as check_continuity
import desktop.analysis.flags.check_finance as check_finance
import desktop.analysis.flags.check_restated as check_restated
import desktop.analysis.flags.check_status as check_status
import desktop.analysis.flags.check_text as check_text
import desktop.analysis.flags.check_trend as check_trend
import desktop.analysis.flags.evidence as evidence
import desktop.analysis.flags.helpers as helpers
from desktop.analysis.flags.data import Committee, Owner, load, load_rows, owners
from desktop.analysis.flags.model import DEVIATION, KINDS, Flag, FlagSettings, Say
from desktop.analysis.series import SeriesIndex
from desktop.analysis.series_overrides import load_overrides

CHECKS_VERSION = 1  # raised when a check changes: every committee is checked again

_COLUMNS = (
    "f.id, f.report_id, f.kind, f.key, f.subject_kind, f.subject_id, f.subject_report_id,"
    " f.subject, f.explanation, f.question, f.note, f.evidence, f.amount, f.share,"
    " f.explanation_en, f.question_en, f.note_en"
)


def compute(
    conn: sqlite3.Connection, owner: Owner, overrides: Mapping[str, str] | None = None
) -> list[Flag]:
    """Every check over one committee's reports, with their evidence (nothing is written)."""
    committee = load(conn, owner)
    flags = check(conn, committee, overrides)
    for flag in flags:
        flag.evidence = [e for ref in flag.proof if (e := evidence.build(committee, ref))]
    return flags


def check(
    conn: sqlite3.Connection, committee: Committee, overrides: Mapping[str, str] | None = None
) -> list[Flag]:
    """Every check over a committee read by `data.load`."""
    if not committee.reports:
        return []
    index = SeriesIndex(conn, *committee.owner, overrides)
    index.series_key = cache(index.series_key)  # type: ignore[method-assign]  # asked per KPI row
    flags: list[Flag] = []
    flags += check_status.check(committee)
    flags += check_restated.check(committee, index)
    flags += check_text.check(committee)
    flags += check_finance.check(conn, committee)
    flags += check_continuity.check(committee, index)
    flags += check_trend.check(committee, index)
    return flags


def digest(conn: sqlite3.Connection, owner: Owner, overrides: Mapping[str, str]) -> str:
    """What the committee's flags were computed from: changes whenever any of it does."""
    return _digest(load(conn, owner), overrides)


def _digest(committee: Committee, overrides: Mapping[str, str]) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    hasher.update(f"checks {CHECKS_VERSION}\x00{committee.fingerprint}\x00".encode())
    hasher.update(repr(sorted(overrides.items())).encode())
    return hasher.hexdigest()


def refresh(conn: sqlite3.Connection, only: Iterable[Owner] | None = None, *,
            force: bool = False, overrides: Mapping[str, str] | None = None) -> int:  # fmt: skip
    """Check again every committee (or `only` these) whose data changed; `force`: all.

    The new flags are written in one transaction. Returns how many committees were
    checked. A library that cannot be written keeps the flags it has.
    """
    links = dict(load_overrides() if overrides is None else overrides)
    todo = list(only) if only is not None else owners(conn)
    stored = {owner: digest_ for owner, digest_, _marks in _stored(conn)}
    found, marks = _check_shared(conn, todo, stored, force, links)
    try:
        _transaction(conn, lambda: _write(conn, found, marks, forget_gone=only is None))
    except sqlite3.OperationalError:
        return 0  # read-only or busy: the flags stay as they were
    for owner in todo:
        _remember(conn, owner, links)
    return len(found)


Found = tuple[Owner, list["Row"], str]  # a committee checked: the rows to write, its digest


def _check_owners(conn: sqlite3.Connection, todo: Iterable[Owner], stored: Mapping[Owner, str],
                  force: bool, links: Mapping[str, str]) -> list[Found]:  # fmt: skip
    """The committees whose data changed since their flags were stored (`force`: all),
    checked, one after the other."""
    found: list[Found] = []
    for owner in todo:
        committee = load(conn, owner)
        now = _digest(committee, links)
        if not force and stored.get(owner) == now:
            continue
        # kept as the rows to write (text and numbers), so that a committee's objects are
        # freed before the next one is read: the garbage collector has less to look through
        found.append((owner, _rows(check(conn, committee, links)), now))
    return found


def _check_shared(conn: sqlite3.Connection, todo: list[Owner], stored: Mapping[Owner, str],
                  force: bool, links: Mapping[str, str]) -> tuple[list[Found], dict[Owner, str]]:  # fmt: skip
    """`_check_owners` with the committees shared between this process and helpers on
    the machine's other cores, when there is enough to check (`helpers.py`); and the
    committees' `quick_marks`, taken here while the helpers work."""
    path = _library_file(conn)
    weights = _report_counts(conn, todo)
    count = helpers.helpers_for(sum(weights.values())) if path and not conn.in_transaction else 0
    if count == 0:
        return _check_owners(conn, todo, stored, force, links), quick_marks(conn, todo)
    shares = helpers.split(weights, count + 1)
    started = [
        (share, helpers.start((path, share, {o: stored[o] for o in share if o in stored},
                               force, dict(links))))
        for share in shares[1:]
    ]  # fmt: skip
    found = _check_owners(conn, shares[0], stored, force, links)
    marks = quick_marks(conn, todo)
    for share, process in started:
        result = helpers.finish(process)
        if not _answers(result, share):  # a helper that failed: its committees checked here
            result = _check_owners(conn, share, stored, force, links)
        found += result
    order = {owner: n for n, owner in enumerate(todo)}
    return sorted(found, key=lambda item: order[item[0]]), marks


def _answers(result: Any, share: list[Owner]) -> TypeGuard[list[Found]]:
    """Is a helper's result what `_check_owners` returns for these committees?"""
    return isinstance(result, list) and all(
        isinstance(item, tuple) and len(item) == 3 and item[0] in share
        and isinstance(item[1], list) and isinstance(item[2], str)
        for item in result
    )  # fmt: skip


def _library_file(conn: sqlite3.Connection) -> str:
    """The file of the connection's library ('' for one in memory)."""
    return str(conn.execute("PRAGMA database_list").fetchone()[2] or "")


def _report_counts(conn: sqlite3.Connection, todo: list[Owner]) -> dict[Owner, int]:
    counts = {
        (str(m), str(c)): int(n)
        for m, c, n in conn.execute(
            "SELECT municipality, committee, count(*) FROM reports GROUP BY 1, 2"
        )
    }
    return {owner: counts.get(owner, 0) for owner in todo}


def helper_main() -> int:
    """In a helper process (`_check-flags`): check the committees of the task on stdin and
    send back what `_check_owners` found."""
    from desktop.store.migrations import connect

    path, todo, stored, force, links = helpers.read_task()
    conn = connect(path)
    try:
        helpers.send(_check_owners(conn, todo, stored, force, links))
    finally:
        conn.close()
    return 0


def ensure_fresh(conn: sqlite3.Connection, only: Iterable[Owner] | None = None) -> None:
    """Make the flags of every committee (or `only` these) match its data.

    Cheap when nothing changed: a connection remembers the library it last looked at, and
    when the library changed, a few grouped sums per committee (`quick_marks`) say which
    committees to read again; only those are digested, and checked if their data changed.
    """
    links = _links()
    todo = list(only) if only is not None else owners(conn)
    changed = [owner for owner in todo if not _unchanged(conn, owner, links)]
    if not changed:
        return
    marks = quick_marks(conn, changed)
    known = {owner: mark for owner, _digest_, mark in _stored(conn)}
    stale = [owner for owner in changed if marks.get(owner) != known.get(owner)]
    if stale:
        refresh(conn, stale, overrides=links)
    for owner in changed:
        _remember(conn, owner, links)


_LINKS: dict[tuple[str, int, int], dict[str, str]] = {}


def _links() -> dict[str, str]:
    """The member's KPI series links (user.db), read again only when user.db changed."""
    from desktop import paths

    path = paths.user_db_path()
    try:
        stat = path.stat()
    except OSError:
        return {}
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _LINKS:
        _LINKS.clear()
        _LINKS[key] = dict(load_overrides())
    return _LINKS[key]


def owner_of(conn: sqlite3.Connection, report_id: int) -> Owner | None:
    row = conn.execute(
        "SELECT municipality, committee FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


# --- what a connection last saw --------------------------------------------------------

_SEEN: dict[tuple[int, str, Owner], tuple[Any, ...]] = {}


def _state(
    conn: sqlite3.Connection, links: Mapping[str, str]
) -> tuple[tuple[int, str], tuple[Any, ...]]:
    path = _library_file(conn)
    try:
        stat = os.stat(path) if path else None
    except OSError:
        stat = None
    version = conn.execute("PRAGMA data_version").fetchone()[0]
    mark = (
        conn.total_changes,
        version,
        stat.st_mtime_ns if stat else None,
        stat.st_size if stat else None,
        hash(tuple(sorted(links.items()))),
    )
    return (id(conn), path), mark


def _unchanged(conn: sqlite3.Connection, owner: Owner, links: Mapping[str, str]) -> bool:
    key, mark = _state(conn, links)
    return _SEEN.get((*key, owner)) == mark


def _remember(conn: sqlite3.Connection, owner: Owner, links: Mapping[str, str]) -> None:
    key, mark = _state(conn, links)
    _SEEN[(*key, owner)] = mark


# --- writing ---------------------------------------------------------------------------


def _stored(conn: sqlite3.Connection) -> list[tuple[Owner, str, str]]:
    return [((str(m), str(c)), str(d), str(k)) for m, c, d, k in
            conn.execute("SELECT municipality, committee, digest, marks FROM flag_state")]  # fmt: skip


# grouped sums of what the checks read, per committee: any edit that a correction makes
# moves one of them (a value, a row added or removed, a text: its CRC-32, so that "61" made
# "51" counts too). Texts reach the CRC as their UTF-8 bytes (CAST AS BLOB): no str is made
# of every section only to be encoded again.
_MARKS = (
    "SELECT r.municipality, r.committee, count(*), total(r.id), group_concat(r.sha256, ''),"
    " group_concat(r.report_type || r.period_end || ifnull(r.finance_unit, ''), '')"
    " FROM reports r {where} GROUP BY r.municipality, r.committee",
    "SELECT r.municipality, r.committee, count(*), total(g.id * flags_crc(CAST(g.title || '\x1f' ||"
    " g.status || '\x1f' || ifnull(g.status_raw, '') || '\x1f' || ifnull(g.analysis, '')"
    " AS BLOB))),"
    " total(ifnull(g.section_id, 0) + g.line_start * 3 + ifnull(g.page, 0) * 7 + g.ord * 11)"
    " FROM goals g JOIN reports r ON r.id = g.report_id {where}"
    " GROUP BY r.municipality, r.committee",
    "SELECT r.municipality, r.committee, count(*), total(k.id * ifnull(k.goal_id, 0)),"
    " total(ifnull(k.target, 0) * (k.id % 1009 + 1)), total(k.id * flags_crc(CAST(k.name || '\x1f' ||"
    " ifnull(k.table_name, '') || '\x1f' || ifnull(k.unit, '') || '\x1f' ||"
    " ifnull(k.target_raw, '') || '\x1f' || ifnull(k.target_direction, '') || '\x1f' ||"
    " ifnull(k.period_note, '') AS BLOB))), total(ifnull(k.section_id, 0) + k.line_start * 3"
    " + ifnull(k.page, 0) * 7) FROM kpis k"
    " JOIN reports r ON r.id = k.report_id {where} GROUP BY r.municipality, r.committee",
    "SELECT r.municipality, r.committee, count(*),"
    " total(v.value * (v.kpi_id % 1009 + 1) * (v.year % 97 + 1)) FROM kpi_values v"
    " JOIN kpis k ON k.id = v.kpi_id JOIN reports r ON r.id = k.report_id {where}"
    " GROUP BY r.municipality, r.committee",
    "SELECT r.municipality, r.committee, count(*), total(f.id * flags_crc(CAST(f.kind || '\x1f' ||"
    " f.label || '\x1f' || f.columns AS BLOB))), total(f.line + ifnull(f.page, 0) * 7 + f.ord * 11)"
    " FROM finance f JOIN reports r ON r.id = f.report_id {where}"
    " GROUP BY r.municipality, r.committee",
    "SELECT r.municipality, r.committee, count(*), total(s.id * flags_crc(CAST(ifnull(s.heading, '')"
    " || '\x1f' || ifnull(s.text, '') AS BLOB))), total(s.line_start + s.line_end * 7"
    " + ifnull(s.page, 0) * 13) FROM sections s"
    " JOIN reports r ON r.id = s.report_id {where} GROUP BY r.municipality, r.committee",
)


def _crc(data: bytes | None) -> int:
    return zlib.crc32(data) if data is not None else 0


def quick_marks(conn: sqlite3.Connection, only: Iterable[Owner] | None = None) -> dict[Owner, str]:
    """Per committee a cheap signature of its data (grouped sums, computed in SQLite)."""
    wanted = list(only) if only is not None else None
    where, params = "", []
    if wanted is not None and len(wanted) <= 50:
        where = (
            "WHERE (r.municipality, r.committee) IN (VALUES "
            + ", ".join("(?, ?)" for _ in wanted)
            + ")"
        )
        params = [part for owner in wanted for part in owner]
    conn.create_function("flags_crc", 1, _crc, deterministic=True)
    marks: dict[Owner, list[str]] = {}
    for query in _MARKS:
        for row in conn.execute(query.format(where=where), params):
            marks.setdefault((str(row[0]), str(row[1])), []).append(repr(tuple(row[2:])))
    return {owner: "|".join(parts) for owner, parts in marks.items()}


def _transaction(conn: sqlite3.Connection, job: Callable[[], None]) -> None:
    if conn.in_transaction:
        conn.execute("SAVEPOINT flags")
        try:
            job()
        except BaseException:
            conn.execute("ROLLBACK TO flags")
            conn.execute("RELEASE flags")
            raise
        conn.execute("RELEASE flags")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        job()
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _write(conn: sqlite3.Connection, found: list[tuple[Owner, list[Row], str]],
           marks: dict[Owner, str], forget_gone: bool = False) -> None:  # fmt: skip
    """Replace the flags of these committees, and keep every checked committee's marks
    (inside the caller's transaction)."""
    for owner, rows, now in found:
        _replace(conn, owner, rows, now)
    conn.executemany(
        "UPDATE flag_state SET marks = ? WHERE municipality = ? AND committee = ?",
        [(mark, *owner) for owner, mark in marks.items()],
    )
    if forget_gone:  # committees no longer in the library leave no state behind
        conn.execute(
            "DELETE FROM flag_state WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE"
            " r.municipality = flag_state.municipality AND r.committee = flag_state.committee)"
        )


Row = tuple[Any, ...]  # a row of the flags table, as `_replace` inserts it


def _rows(flags: list[Flag]) -> list[Row]:
    """The flags as rows of the flags table: a key repeated in one report gets ':2', ':3'."""
    seen: set[tuple[int, str]] = set()
    rows = []
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
    for flag in flags:
        note = None if flag.note is None else str(flag.note)
        key = flag.key
        number = 2
        while (flag.report_id, key) in seen:
            key, number = f"{flag.key}:{number}", number + 1
        seen.add((flag.report_id, key))
        rows.append((
            flag.report_id, flag.kind, key, flag.subject_kind, flag.subject_id,
            flag.subject_report_id, flag.subject, str(flag.explanation), str(flag.question), note,
            _en(flag.explanation), _en(flag.question), None if note is None else _en(flag.note),
            dumps(flag.proof), flag.amount, flag.share,
        ))  # fmt: skip
    return rows


_ROW = (
    "report_id, kind, key, subject_kind, subject_id, subject_report_id, subject, explanation,"
    " question, note, explanation_en, question_en, note_en, evidence, amount, share"
)
_OWNED = "report_id IN (SELECT id FROM reports WHERE municipality = ? AND committee = ?)"


def _replace(conn: sqlite3.Connection, owner: Owner, rows: list[Row], now: str) -> None:
    """The committee's flags become `rows`; when the check found exactly the flags kept
    (the usual case when a library is checked again), they are left as they are: the
    same ids, and nothing written but the digest."""
    db = conn.cursor()
    db.row_factory = None
    kept = db.execute(f"SELECT {_ROW} FROM flags WHERE {_OWNED} ORDER BY id", owner).fetchall()
    if kept != rows:
        conn.execute(f"DELETE FROM flags WHERE {_OWNED}", owner)
        conn.executemany(f"INSERT INTO flags ({_ROW}) VALUES ({', '.join('?' * 16)})", rows)
    conn.execute(
        "INSERT OR REPLACE INTO flag_state (municipality, committee, digest) VALUES (?, ?, ?)",
        (*owner, now),
    )


# --- reading ---------------------------------------------------------------------------


def _en(text: str | None) -> str:
    """A text's English (a Say's; a plain text is the same in both)."""
    return text.en if isinstance(text, Say) else str(text)


def _flags(conn: sqlite3.Connection, rows: Iterable[tuple[Any, ...]],
           build_evidence: bool = True) -> list[Flag]:  # fmt: skip
    """Flags as read from library.db, with their evidence unless told otherwise."""
    flags = [_flag(tuple(row)) for row in rows]
    return add_evidence(conn, flags) if build_evidence else flags


def add_evidence(conn: sqlite3.Connection, flags: list[Flag]) -> list[Flag]:
    """Build the evidence of flags read without it, from the rows its references name
    (read together for all of them: one query per table)."""
    wanting = [flag for flag in flags if flag.proof and not flag.evidence]
    if not wanting:
        return flags
    named = load_rows(conn, *evidence.rows_named([ref for f in wanting for ref in f.proof]))
    for flag in wanting:
        flag.evidence = [e for ref in flag.proof if (e := evidence.build(named, ref))]
    return flags


def _flag(row: tuple[Any, ...]) -> Flag:
    note = None if row[10] is None else Say(row[10], row[16])
    return Flag(
        kind=row[2], key=row[3], report_id=row[1], subject_kind=row[4], subject_id=row[5],
        subject_report_id=row[6], subject=row[7],
        explanation=Say(row[8], row[14]),
        question=Say(row[9], row[15]),
        proof=[tuple(ref) for ref in json.loads(row[11] or "[]")], note=note, amount=row[12],
        share=row[13], id=row[0],
    )  # fmt: skip


def _shown(settings: FlagSettings) -> tuple[str, list[Any]]:
    """SQL that keeps the kinds the member sees and deviations above their threshold."""
    kinds = [k for k in KINDS if k not in settings.off]
    if not kinds:
        return "0", []
    marks = ",".join("?" * len(kinds))
    sql = (
        f"f.kind IN ({marks}) AND (f.kind != ? OR (f.amount > ?"
        " AND (f.share IS NULL OR f.share * 100 > ?)))"
    )
    return sql, [*kinds, DEVIATION, settings.deviation_mnkr, settings.deviation_percent]


ORDER = (
    " ORDER BY r.municipality, r.committee, r.period_end DESC, r.id, "
    + "CASE f.kind "
    + " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(KINDS))
    + " END, f.id"
)


def report_flags(conn: sqlite3.Connection, report_id: int,
                 settings: FlagSettings | None = None) -> list[Flag]:  # fmt: skip
    """The flags in one report's list, as the member's settings show them."""
    owner = owner_of(conn, report_id)
    ensure_fresh(conn, [owner] if owner else [])
    where, params = _shown(settings or FlagSettings())
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM flags f JOIN reports r ON r.id = f.report_id"
        f" WHERE f.report_id = ? AND {where}{ORDER}",
        (report_id, *params),
    )
    return _flags(conn, rows)


def library_flags(conn: sqlite3.Connection, settings: FlagSettings | None = None,
                  kind: str | None = None, owner: Owner | None = None, *,
                  build_evidence: bool = True) -> list[Flag]:  # fmt: skip
    """Flags of every report (newest report first per committee), filtered. A list that
    shows one flag's evidence at a time reads them without (`build_evidence=False`) and
    calls `add_evidence` for the one shown."""
    ensure_fresh(conn, [owner] if owner is not None else None)
    where, params = _shown(settings or FlagSettings())
    if kind is not None:
        where += " AND f.kind = ?"
        params.append(kind)
    if owner is not None:
        where += " AND r.municipality = ? AND r.committee = ?"
        params += list(owner)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM flags f JOIN reports r ON r.id = f.report_id WHERE {where}{ORDER}",
        params,
    )
    return _flags(conn, rows, build_evidence)


def flags_about(
    conn: sqlite3.Connection,
    subject_kind: str,
    subject_ids: Iterable[int],
    settings: FlagSettings | None = None,
    report_ids: Iterable[int] = (),
) -> dict[int, list[Flag]]:
    """Flags concerning these goals, KPIs or finance rows, by row id: the views' markers.
    `report_ids`: the reports the rows are from (only their committees are checked again)."""
    ids = sorted(set(subject_ids))
    if not ids:
        return {}
    known = {o for r in report_ids if (o := owner_of(conn, r)) is not None}
    ensure_fresh(conn, sorted(known) if known else None)
    where, params = _shown(settings or FlagSettings())
    out: dict[int, list[Flag]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM flags f JOIN reports r ON r.id = f.report_id"
            f" WHERE f.subject_kind = ? AND f.subject_id IN ({marks}) AND {where}{ORDER}",
            (subject_kind, *chunk, *params),
        )
        for flag in _flags(conn, rows):
            out.setdefault(int(flag.subject_id or 0), []).append(flag)
    return out


def finance_flags(conn: sqlite3.Connection, report_ids: Iterable[int],
                  settings: FlagSettings | None = None) -> list[Flag]:  # fmt: skip
    """The flags on these reports' finance rows (the comparison's markers)."""
    ids = sorted(set(report_ids))
    known = {o for r in ids if (o := owner_of(conn, r)) is not None}
    ensure_fresh(conn, sorted(known))
    where, params = _shown(settings or FlagSettings())
    marks = ",".join("?" * len(ids)) or "NULL"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM flags f JOIN reports r ON r.id = f.report_id"
        f" WHERE f.subject_kind = 'finance' AND f.report_id IN ({marks}) AND {where}{ORDER}",
        (*ids, *params),
    )
    return _flags(conn, rows)


def get_flag(conn: sqlite3.Connection, flag_id: int) -> Flag | None:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM flags f WHERE f.id = ?", (flag_id,)).fetchall()
    return _flags(conn, rows)[0] if rows else None

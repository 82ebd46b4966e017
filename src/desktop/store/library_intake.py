"""A received library.db is data only: its known tables copied into a file the app creates.

A library handed out by the committee secretary, or found on a USB stick, is an SQLite
file anyone could have written. Opened as it is, its triggers would fire on the next
import and its views could run forever. So it is never used as it is:

1. it must be an SQLite file with this app's tables, from this or an older schema
   version (a newer one is named as such), that passes `PRAGMA integrity_check`;
2. a trigger or a view refuses it (the app never writes one);
3. the rows of the known tables, with the known columns, are checked (types, sizes,
   JSON shapes, the values the app knows) and copied into a fresh file made with the
   app's own schema; the search index is rebuilt from them, not copied;
4. all of it within a time limit, the source opened read-only.

Any problem is a LibraryError of one line naming the file; the half-made file is removed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path
from typing import get_args

from desktop.errors import LibraryError
from desktop.ingest.model import GOAL_STATUSES, ReportType, Unit
from desktop.store import schema
from desktop.store.library import open_library
from desktop.store.migrations import is_write_problem, write_error
from desktop.textfiles import MAX_TEXT_CHARS

TIME_LIMIT_S = 60.0
SQLITE_MAGIC = b"SQLite format 3\x00"
NOT_OURS = "inte ett bibliotek från Nämndläsaren"
# Tables copied, parents first. The search index is derived from them, so rebuilt.
TABLES = (
    "library_meta",
    "reports",
    "sections",
    "report_tables",
    "blocks",
    "goals",
    "kpis",
    "kpi_values",
    "finance",
    "report_sources",
    "report_layout",
    # the secretary's corrections, and what applying them left (desktop.corrections);
    # a removed report's kept source (removed_reports) stays with the secretary
    "corrections",
    "correction_undo",
    "correction_state",
    "correction_marks",
)
MAX_BLOB = 200 * 1024 * 1024  # bytes: a PDF (or a layout) larger than this is no report
REQUIRED = ("library_meta", "reports", "sections", "goals", "kpis", "kpi_values")
# JSON columns: the shape the app reads back ("array of text", "array of arrays", ...)
JSON_SHAPES = {
    ("reports", "warnings"): ("array", "text"),
    ("report_tables", "header"): ("array", "text"),
    ("report_tables", "rows"): ("array", "array"),
    ("goals", "hierarchy"): ("array", "text"),
    ("goals", "kpi_names"): ("array", "text"),
    ("kpis", "other_columns"): ("object", "scalar"),
    ("finance", "columns"): ("object", "scalar"),
    ("corrections", "target"): ("object", "any"),
    ("corrections", "value"): ("object", "any"),
    ("correction_undo", "key"): ("object", "scalar"),
    ("correction_undo", "before"): ("object", "scalar"),
    ("correction_state", "results"): ("object", "array"),
    ("correction_state", "applied"): ("array", "text"),
    ("correction_marks", "ref"): ("object", "any"),
}
CORRECTION_OPS = (
    "report.set", "report.remove", "goal.add", "goal.remove", "goal.set", "table.kind",
    "kpi.set", "kpi.join",
)  # fmt: skip
ENUMS = {
    ("reports", "report_type"): get_args(ReportType),
    ("goals", "status"): GOAL_STATUSES,
    ("kpis", "unit"): get_args(Unit),
    # what a correction may be and change (desktop.corrections.model, .journal): a
    # received library's undo steps name only these tables, and their columns are
    # checked again before use
    ("corrections", "op"): CORRECTION_OPS,
    ("correction_undo", "tbl"): ("reports", "goals", "kpis", "kpi_values", "finance"),
    ("correction_marks", "item"): ("report", "goal", "kpi", "table"),
    ("correction_marks", "origin"): ("library", "own"),
}
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"


class _Deadline:
    """A progress handler that interrupts any SQL statement once the time is up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False

    def __call__(self) -> int:
        if time.monotonic() > self.ends:
            self.expired = True
            return 1
        return 0


def copy_library(source: Path, dest: Path, time_limit: float = TIME_LIMIT_S) -> None:
    """Check `source` and copy its data into a new library at `dest` (which must not exist).

    Raises LibraryError naming `source`; `dest` is then removed.
    """
    source = Path(source)
    deadline = _Deadline(time_limit)
    _check_file(source)
    src: sqlite3.Connection | None = None
    out: sqlite3.Connection | None = None
    try:
        try:
            src = _open_source(source, deadline)
            version = _check_source(src, source)
            try:
                out = open_library(dest)
            except LibraryError as exc:
                raise write_error(f"{source}: biblioteket kan inte tas emot; {dest}", exc) from exc
            out.set_progress_handler(deadline, 10_000)
            _copy(src, out, source, version)
        except sqlite3.DatabaseError as exc:
            if deadline.expired:
                raise LibraryError(
                    f"{source}: att läsa biblioteket tog över {time_limit:.0f} s; avbrutet"
                ) from exc
            if is_write_problem(exc):
                raise write_error(f"{source}: biblioteket kan inte tas emot; {dest}", exc) from exc
            raise LibraryError(f"{source}: {NOT_OURS} (skadad fil: {_one_line(exc)})") from exc
        except UnicodeDecodeError as exc:  # a name or text in the file that is not UTF-8
            raise LibraryError(
                f"{source}: {NOT_OURS} (skadad fil: text som inte är UTF-8)"
            ) from exc
    except BaseException:  # nothing half-made is left where the library would go
        if out is not None:
            out.close()
            out = None
        _remove(dest)
        raise
    finally:
        if src is not None:
            src.close()
        if out is not None:
            out.close()


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _check_file(source: Path) -> None:
    if not source.is_file():
        raise LibraryError(f"{source}: filen finns inte")
    try:
        with open(source, "rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise LibraryError(f"{source}: kan inte läsas ({exc.strerror or exc})") from exc
    if not head:
        raise LibraryError(f"{source}: {NOT_OURS} (filen är tom)")
    if not head.startswith(SQLITE_MAGIC) or len(head) < 100:
        raise LibraryError(f"{source}: {NOT_OURS} (inte en SQLite-databas)")


def _open_source(source: Path, deadline: _Deadline) -> sqlite3.Connection:
    """Read-only and immutable: no lock, no journal, no write of any kind to the source."""
    uri = source.resolve().as_uri() + "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.set_progress_handler(deadline, 10_000)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _check_source(src: sqlite3.Connection, source: Path) -> int:
    """The schema version, once the file is known to be a sound library of ours."""
    version = int(src.execute("PRAGMA user_version").fetchone()[0])
    known = len(schema.STEPS)
    if version > known:
        raise LibraryError(
            f"{source}: biblioteket är från en nyare version av Nämndläsaren (schema {version},"
            f" detta program kan {known}); uppdatera programmet först"
        )
    objects = src.execute("SELECT type, name FROM sqlite_master").fetchall()
    code = sorted(f"{kind} {name}" for kind, name in objects if kind in ("trigger", "view"))
    tables = {name for kind, name in objects if kind == "table"}
    if code:
        shown = ", ".join(code[:3]) + (" …" if len(code) > 3 else "")
        raise LibraryError(
            f"{source}: biblioteket innehåller programkod ({shown}), vilket ett bibliotek från"
            " Nämndläsaren aldrig gör; det tas inte emot"
        )
    if version == 0 or not set(REQUIRED) <= tables:
        missing = ", ".join(t for t in REQUIRED if t not in tables)
        detail = f"tabeller saknas: {missing}" if missing else "ingen schemaversion"
        raise LibraryError(f"{source}: {NOT_OURS} ({detail})")
    problems = [str(row[0]) for row in src.execute("PRAGMA integrity_check(3)")]
    if problems != ["ok"]:
        detail = " ".join(" ".join(problems).replace("*** in database main ***", "").split())
        raise LibraryError(f"{source}: biblioteket är skadat ({detail[:200]})")
    return version


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, bool]]:
    """(name, declared type, may be null) of each column of `table`."""
    return [
        (str(row[1]), str(row[2]).upper(), not row[3] and not row[5])
        for row in conn.execute(f'PRAGMA table_info("{table}")')
    ]


_TYPES = {
    "INTEGER": ("integer",),
    "REAL": ("real", "integer"),
    "TEXT": ("text",),
    "BLOB": ("blob",),
}


def _copy(src: sqlite3.Connection, out: sqlite3.Connection, source: Path, version: int) -> None:
    limit = MAX_TEXT_CHARS
    present = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    out.execute("BEGIN")
    for table in TABLES:
        if table not in present:
            continue
        theirs = {name for name, _type, _null in _columns(src, table)}
        ours = _columns(out, table)
        missing = [name for name, _type, nullable in ours if name not in theirs and not nullable]
        if missing:
            raise LibraryError(
                f"{source}: {NOT_OURS} (kolumnen {missing[0]} saknas i tabellen {table})"
            )
        columns = [(name, kind, nullable) for name, kind, nullable in ours if name in theirs]
        _check_values(src, source, table, columns, limit)
        names = ", ".join(f'"{name}"' for name, _kind, _null in columns)
        marks = ", ".join("?" * len(columns))
        # a received library may carry a PDF's bytes, never a path into this computer
        where = " WHERE data IS NOT NULL" if table == "report_sources" else ""
        values = ", ".join("NULL" if (table, name) == ("report_sources", "path") else f'"{name}"'
                           for name, _kind, _null in columns)  # fmt: skip
        out.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            src.execute(f'SELECT {values} FROM "{table}"{where}'),
        )
    _rebuild_search(out)
    # Only what the app itself keeps there; a parser version it cannot read means "old".
    out.execute(
        "DELETE FROM library_meta WHERE key NOT IN ('built_at', 'parser_version', 'templates')"
    )
    out.execute(
        "UPDATE library_meta SET value = '0' WHERE key = 'parser_version'"
        " AND (value IS NULL OR value = '' OR value GLOB '*[^0-9]*' OR length(value) > 9)"
    )
    broken = out.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise LibraryError(
            f"{source}: {NOT_OURS} (en rad i tabellen {broken[0]} pekar på en rad som inte finns)"
        )
    if out.execute("SELECT count(*) FROM reports").fetchone()[0] == 0:
        raise LibraryError(f"{source}: biblioteket innehåller inga rapporter")
    out.execute("COMMIT")


def _check_values(
    src: sqlite3.Connection,
    source: Path,
    table: str,
    columns: list[tuple[str, str, bool]],
    limit: int,
) -> None:
    """One pass over the table: every value of the type, size and shape the app reads."""
    checks: list[tuple[str, str]] = []  # (SQL counting bad rows, what is wrong)
    for name, kind, nullable in columns:
        allowed = _TYPES.get(kind.split("(")[0], ("integer", "real", "text"))
        types = ", ".join(f"'{t}'" for t in (*allowed, *(("null",) if nullable else ())))
        checks.append((f'typeof("{name}") NOT IN ({types})', f"{name} har fel typ"))
        if kind == "TEXT":
            checks.append((f'length("{name}") > {limit}', f"{name} är för lång"))
        if kind == "BLOB":
            checks.append((f'length("{name}") > {MAX_BLOB}', f"{name} är för stor"))
        values = ENUMS.get((table, name))
        if values:
            listed = ", ".join(f"'{v}'" for v in values)
            checks.append((f'"{name}" NOT IN ({listed})', f"{name} har ett okänt värde"))
        if (table, name) == ("reports", "period_end"):  # empty when the report names no year
            checks.append(
                (
                    f"\"{name}\" != '' AND \"{name}\" NOT GLOB '{DATE_GLOB}'",
                    f"{name} är inget datum",
                )
            )
        shape = JSON_SHAPES.get((table, name))
        if shape:
            checks.append(
                (
                    f'NOT json_valid("{name}") OR json_type("{name}") != \'{shape[0]}\'',
                    f"{name} är inte JSON av rätt form",
                )
            )
    sums = ", ".join(f"coalesce(sum({sql}), 0)" for sql, _what in checks)
    counts = src.execute(f'SELECT {sums} FROM "{table}"').fetchone()
    for (_sql, what), count in zip(checks, counts, strict=True):
        if count:
            raise LibraryError(f"{source}: {NOT_OURS} (tabellen {table}: {what} i {count} rader)")
    for (shape_table, name), (_outer, inner) in JSON_SHAPES.items():
        if shape_table != table or name not in {c[0] for c in columns} or inner == "any":
            continue
        wrong = "('object', 'array')" if inner == "scalar" else f"('{inner}')"
        op = "IN" if inner == "scalar" else "NOT IN"
        bad = src.execute(
            f'SELECT count(*) FROM "{table}", json_each("{table}"."{name}")'
            f" WHERE json_each.type {op} {wrong}"
        ).fetchone()[0]
        if bad:
            raise LibraryError(
                f"{source}: {NOT_OURS} (tabellen {table}: {name} är inte JSON av rätt form)"
            )


def _rebuild_search(out: sqlite3.Connection) -> None:
    """The full-text index from the copied rows, in the order an import writes it."""
    out.execute(
        "INSERT INTO search_index (title, body, kind, report_id, ref_id)"
        " SELECT title, body, kind, report_id, ref_id FROM ("
        "  SELECT heading AS title, text AS body, 'section' AS kind, report_id, id AS ref_id,"
        "   0 AS k FROM sections"
        "  UNION ALL SELECT title, analysis, 'goal', report_id, id, 1 FROM goals"
        "  UNION ALL SELECT name, table_name, 'kpi', report_id, id, 2 FROM kpis"
        " ) ORDER BY report_id, k, ref_id"
    )

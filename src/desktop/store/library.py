"""library.db: open it, add extracted reports to it, build it from a folder of reports.

Writes go through sqlite-utils (imported here, off the start-up path); each report is
added in one transaction, so a failure leaves the library as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.errors import IngestError, LibraryError, NewerSchemaError
from desktop.ingest.document import plain
from desktop.ingest.model import Report
from desktop.store import schema
from desktop.store.migrations import begin_write, connect, is_write_problem, migrate, write_error

if TYPE_CHECKING:
    import sqlite_utils

REPORT_SUFFIXES = (".txt", ".pdf")
Progress = Callable[[int, int, str], None]  # (done, total, file name)


def open_library(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) a library.db and bring its schema up to date."""
    path = Path(path)
    try:
        conn = connect(path)
        code = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"
        ).fetchone()
        if code is not None:
            conn.close()
            raise LibraryError(
                f"{path}: biblioteket innehåller programkod ({code[0]} {code[1]}), vilket ett"
                " bibliotek från Nämndläsaren aldrig gör; det öppnas inte"
            )
        migrate(conn, path, schema.STEPS, "Biblioteket")
    except NewerSchemaError as exc:
        raise LibraryError(
            f"{path}: biblioteket är från en nyare version av Nämndläsaren (schema {exc.found},"
            f" detta program kan {exc.known}); uppdatera programmet"
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path}: kan inte öppnas som bibliotek ({exc})") from exc
    return conn


def has_report(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM reports WHERE sha256 = ?", (sha256,)).fetchone() is not None


def add_report(conn: sqlite3.Connection, report: Report, pdf_path: Path | None = None) -> int:
    """Store one extracted report in a single transaction and return its id.

    A PDF's bytes are kept in the library, unless `pdf_path` is given: then only that path
    is kept (the member chose not to copy their PDFs), and the page view reads the file
    from there, checked against the report's SHA-256.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    with db.atomic():
        return _insert_report(db, report, pdf_path)


def _insert(db: sqlite_utils.Database, table: str, row: dict[str, object]) -> int:
    """Insert one row and return its id."""
    pk = db.table(table).insert(row).last_pk
    if pk is None:
        raise sqlite3.DatabaseError(f"no id for the new row in {table}")
    return int(pk)


def _insert_report(db: sqlite_utils.Database, report: Report, pdf_path: Path | None) -> int:
    report_id = _insert(
        db,
        "reports",
        {
            "sha256": report.sha256,
            "source_name": report.source_name,
            "municipality": report.municipality,
            "committee": report.committee,
            "report_type": report.report_type,
            "period_year": report.period_year,
            "period_end": report.period_end,
            "title": report.title,
            "warnings": json.dumps(report.warnings, ensure_ascii=False),
            "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "full_text": report.text,
            "template": report.template,
            "template_version": report.template_version,
            "found_by": json.dumps(report.found_by, ensure_ascii=False),
            "finance_unit": report.finance.unit,
            "source_kind": "pdf" if report.document is not None else "text",
        },
    )
    if report.source_pdf is not None:
        db.table("report_sources").insert(
            {
                "report_id": report_id,
                "kind": "pdf",
                "data": None if pdf_path else report.source_pdf,
                "path": str(pdf_path.resolve()) if pdf_path else None,
                "size": len(report.source_pdf),
            }  # fmt: skip
        )
    if report.document is not None:
        from desktop.store import layout

        layout.save(db.conn, report_id, report.document)
    search_rows: list[dict[str, object]] = []

    section_ids: list[int] = []
    for ord_, section in enumerate(report.sections):
        section_id = _insert(
            db,
            "sections",
            {
                "report_id": report_id,
                "ord": ord_,
                "heading": section.heading,
                "level": section.level,
                "text": section.text,
                "line_start": section.line_start,
                "line_end": section.line_end,
                "page": section.page,
            },
        )
        section_ids.append(section_id)
        search_rows.append(  # a soft hyphen would cut a word in two for the index
            _search_row("section", report_id, section_id, section.heading, plain(section.text))
        )
        for block_ord, block in enumerate(section.blocks):
            table_id = None
            if block.table is not None:
                table_id = _insert(
                    db,
                    "report_tables",
                    {
                        "report_id": report_id,
                        "section_id": section_id,
                        "title": block.table.title,
                        "header": json.dumps(block.table.header, ensure_ascii=False),
                        "rows": json.dumps(block.table.rows, ensure_ascii=False),
                        "line_start": block.table.line_start,
                        "line_end": block.table.line_end,
                    },
                )
            db.table("blocks").insert(
                {
                    "section_id": section_id,
                    "ord": block_ord,
                    "kind": block.kind,
                    "char_start": block.start,
                    "char_end": block.end,
                    "line_start": block.line_start,
                    "line_end": block.line_end,
                    "table_id": table_id,
                }
            )

    def section_id_at(index: int) -> int | None:
        return section_ids[index] if 0 <= index < len(section_ids) else None

    goal_ids: list[int] = []
    for ord_, goal in enumerate(report.goals):
        goal_id = _insert(
            db,
            "goals",
            {
                "report_id": report_id,
                "section_id": section_id_at(goal.section_index),
                "ord": ord_,
                "title": goal.title,
                "status": goal.status,
                "status_raw": goal.status_raw,
                "analysis": goal.analysis,
                "hierarchy": json.dumps(goal.hierarchy, ensure_ascii=False),
                "kpi_names": json.dumps(goal.kpis, ensure_ascii=False),
                "line_start": goal.line_start,
                "line_end": goal.line_end,
                "page": goal.page,
                "found_by": goal.found_by,
            },
        )
        goal_ids.append(goal_id)
        search_rows.append(_search_row("goal", report_id, goal_id, goal.title, goal.analysis))

    for ord_, kpi in enumerate(report.kpis):
        kpi_goal: int | None = None
        if kpi.goal_index is not None and 0 <= kpi.goal_index < len(goal_ids):
            kpi_goal = goal_ids[kpi.goal_index]
        kpi_id = _insert(
            db,
            "kpis",
            {
                "report_id": report_id,
                "section_id": section_id_at(kpi.section_index),
                "goal_id": kpi_goal,
                "ord": ord_,
                "name": kpi.name,
                "table_name": kpi.table,
                "unit": kpi.unit,
                "target": kpi.target,
                "target_raw": kpi.target_raw,
                "other_columns": json.dumps(kpi.other_columns, ensure_ascii=False),
                "period_note": kpi.period_note,
                "line_start": kpi.line_start,
                "line_end": kpi.line_end,
                "page": kpi.page,
                "found_by": kpi.found_by,
                "target_direction": kpi.target_direction,
            },
        )
        db.table("kpi_values").insert_all(
            {"kpi_id": kpi_id, "year": int(year), "value": value}
            for year, value in kpi.values.items()
            if value is not None and str(year).isdigit()
        )
        search_rows.append(_search_row("kpi", report_id, kpi_id, kpi.name, kpi.table))

    finance_rows = [
        (kind, ord_, row)
        for kind, rows in (
            ("income_statement", report.finance.income_statement),
            ("by_unit", report.finance.by_unit),
        )
        for ord_, row in enumerate(rows)
    ]
    db.table("finance").insert_all(
        {
            "report_id": report_id,
            "kind": kind,
            "ord": ord_,
            "label": row.label,
            "columns": json.dumps(row.columns, ensure_ascii=False),
            "line": row.line,
            "page": row.page,
            "found_by": row.found_by,
        }
        for kind, ord_, row in finance_rows
    )
    db.table("search_index").insert_all(search_rows)
    return int(report_id)


def _search_row(kind: str, report_id: int, ref_id: int, title: str, body: str) -> dict[str, object]:
    return {"title": title, "body": body, "kind": kind, "report_id": report_id, "ref_id": ref_id}


def remove_report(conn: sqlite3.Connection, report_id: int) -> None:
    """Delete one report and everything extracted from it."""
    conn.execute("BEGIN")
    try:
        conn.execute("DELETE FROM search_index WHERE report_id = ?", (report_id,))
        conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass
class ReadSummary:
    """What was read from one imported report, for the import's list of results."""

    name: str
    template: str  # "generic" when no known layout fitted
    goals: int
    kpis: int
    kpi_values: int
    finance_rows: int
    warnings: list[str]
    sha256: str = ""  # the report's key: to open it (e.g. in the review) from the results

    @classmethod
    def of(cls, name: str, report: Report) -> ReadSummary:
        finance = len(report.finance.income_statement) + len(report.finance.by_unit)
        values = sum(len(k.values) for k in report.kpis)
        return cls(name, report.template, len(report.goals), len(report.kpis), values, finance,
                   list(report.warnings), report.sha256)  # fmt: skip


@dataclass
class BuildResult:
    added: list[str] = field(default_factory=list)
    read: list[ReadSummary] = field(default_factory=list)  # per added report, what was read
    skipped: list[str] = field(default_factory=list)  # same content already in the library
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)
    cancelled: bool = False


def report_files(directory: Path) -> list[Path]:
    """The report files in a folder, in a stable order."""
    return sorted(
        p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
    )


def import_files(
    conn: sqlite3.Connection,
    files: Iterable[Path],
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    on_wait: Callable[[], None] | None = None,
    copy_pdfs: bool = True,
) -> BuildResult:
    """Extract and add files (a PDF's bytes copied into the library, or with `copy_pdfs`
    False only its path kept). Each file is all-or-nothing (a savepoint), so a bad file never
    stops the rest; the batch is one transaction, so cancelling leaves the library as it was.

    Every file is read: one that cannot be read, is not a report, or trips a parser bug is
    named in `failed` with its problem and the others are imported. When another program
    is writing to the library, the batch waits for it (`on_wait` is told once).
    """
    from desktop.ingest.pipeline import extract_file
    from desktop.textfiles import MAX_TEXT_CHARS

    files = list(files)
    result = BuildResult()
    begin_write(conn, on_wait)
    try:
        for done, path in enumerate(files):
            if should_cancel is not None and should_cancel():
                conn.execute("ROLLBACK")
                return BuildResult(cancelled=True)
            if progress:
                progress(done, len(files), path.name)
            try:
                report = extract_file(path)
                if len(report.text) > MAX_TEXT_CHARS:
                    raise IngestError(
                        path,
                        f"rapporten är för lång för läsaren ({len(report.text)} tecken;"
                        f" högst {MAX_TEXT_CHARS})",
                    )
                if has_report(conn, report.sha256):
                    result.skipped.append(path.name)
                    continue
                add_report(conn, report, None if copy_pdfs else path)
                result.added.append(path.name)
                result.read.append(ReadSummary.of(path.name, report))
            except IngestError as exc:
                result.failed.append((str(path), exc.problem))
            except OSError as exc:
                result.failed.append((str(path), f"kan inte läsas ({exc.strerror or exc})"))
            except (sqlite3.Error, MemoryError, RecursionError):
                raise
            except Exception as exc:  # a parser bug in one file must not stop the batch
                detail = " ".join(str(exc).split())[:200]
                result.failed.append(
                    (str(path), f"kunde inte läsas ({type(exc).__name__}: {detail})")
                )
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError) and is_write_problem(exc):
            raise write_error("Biblioteket", exc) from exc
        raise
    if progress:
        progress(len(files), len(files), "")
    return result


def _stamp(conn: sqlite3.Connection) -> None:
    """Record when, and by which parser version, the library was built."""
    from desktop.ingest.pipeline import PARSER_VERSION
    from desktop.ingest.templates import registry_signature

    conn.executemany(
        "INSERT OR REPLACE INTO library_meta(key, value) VALUES (?, ?)",
        [
            ("built_at", datetime.now(UTC).isoformat(timespec="seconds")),
            ("parser_version", str(PARSER_VERSION)),
            ("templates", registry_signature()),
        ],
    )


def build_library(
    directory: Path,
    output: Path,
    progress: Progress | None = None,
    finish: Callable[[sqlite3.Connection], None] | None = None,
) -> BuildResult:
    """Build a new library.db from a folder of reports; the file appears only when complete.

    `finish` is given the new library before it takes its place (the corrections it
    carries are put in and applied there: desktop.corrections, above this layer).
    """
    output = Path(output)
    tmp = output.with_name(output.name + ".building")
    tmp.unlink(missing_ok=True)
    conn = open_library(tmp)
    try:
        result = import_files(conn, report_files(Path(directory)), progress)
        _stamp(conn)
        if finish is not None:
            finish(conn)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, output)
    return result


def parser_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT value FROM library_meta WHERE key = 'parser_version'").fetchone()
    return int(row[0]) if row else 0


def reextract_library(path: Path, reports_dir: Path, *, everything: bool = True) -> int:
    """Extract reports again with this app's readers, keeping each report's identity.

    With `everything` false, only the reports whose template has a newer version now (or
    that the generic template read, when templates were added since) are read again.
    Bundled reports are read from their files, imported PDFs from the bytes kept with
    them, other imports from the text stored when they were imported. Content hashes
    stay, so annotations still find their reports. Each report is replaced in one
    transaction, so a crash leaves every report either as it was or as it is now.
    A PDF kept only by path is read from its file; if the file is gone or changed, the
    report keeps its old reading. Returns how many reports were read again.
    """
    import tempfile

    from desktop.ingest.pipeline import extract_file, extract_text
    from desktop.ingest.templates import registry_signature, template_versions

    bundled = {}
    if reports_dir.is_dir():
        bundled = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in report_files(reports_dir)}
    conn = open_library(path)
    try:
        versions = template_versions()
        signature_changed = _meta(conn, "templates") != registry_signature()
        rows = conn.execute(
            "SELECT r.id, r.sha256, r.source_name, r.template, r.template_version, s.data,"
            " s.path FROM reports r LEFT JOIN report_sources s ON s.report_id = r.id"
            " ORDER BY r.id"
        ).fetchall()
        stale = [
            row
            for row in rows
            if everything
            or versions.get(row[3]) != row[4]
            or (row[3] == "generic" and signature_changed)
        ]
        if not stale:
            return 0  # nothing to read again: the library is not written at all
        done = 0
        for report_id, sha, name, _template, _version, pdf, pdf_path in stale:
            linked = _linked_pdf(pdf_path, sha) if pdf is None and pdf_path else None
            if pdf is None and pdf_path and linked is None:
                continue  # its PDF was kept by path and is gone: the old reading stays
            if sha in bundled:
                report = extract_file(bundled[sha])
            elif linked is not None:
                report = extract_file(linked)
            elif pdf is not None:
                with tempfile.TemporaryDirectory() as folder:
                    copy = Path(folder) / (Path(name).stem + ".pdf")
                    copy.write_bytes(pdf)
                    report = extract_file(copy)
            else:
                text = conn.execute(
                    "SELECT full_text FROM reports WHERE id = ?", (report_id,)
                ).fetchone()[0]
                report = extract_text(text, sha256=sha, source_name=name)
            report.sha256, report.source_name = sha, name
            conn.execute("BEGIN")
            try:
                conn.execute("DELETE FROM search_index WHERE report_id = ?", (report_id,))
                conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
                import sqlite_utils

                _insert_report(sqlite_utils.Database(conn), report, linked)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            done += 1
        _stamp(conn)
        conn.commit()
    finally:
        conn.close()
    return done


def _linked_pdf(path: str, sha256: str) -> Path | None:
    """A PDF kept by path, if it is still there and still the same file."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return Path(path) if hashlib.sha256(data).hexdigest() == sha256 else None


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM library_meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def ensure_library(path: Path, reports_dir: Path, prebuilt: Path | None = None) -> Path:
    """Make sure a library exists at `path`: copy the prebuilt one or build from `reports_dir`."""
    if path.exists():
        return path
    if prebuilt is not None and prebuilt.exists():
        tmp = path.with_name(path.name + ".copying")
        shutil.copy2(prebuilt, tmp)
        os.replace(tmp, path)
        return path
    build_library(reports_dir, path)
    return path


def default_library() -> Path:
    """The member's library.db: created from the bundled reports on first use, and
    re-extracted once after an app upgrade that improved the parser."""
    from desktop import paths
    from desktop.ingest.pipeline import PARSER_VERSION

    path = ensure_library(
        paths.library_path(), paths.bundled_reports_dir(), paths.prebuilt_library()
    )
    conn = open_library(path)
    try:
        outdated = parser_version(conn) < PARSER_VERSION
    finally:
        conn.close()
    # shared readers changed: every report; else only those a newer template reads
    reextract_library(path, paths.bundled_reports_dir(), everything=outdated)
    return path

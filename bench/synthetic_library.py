"""Grow a library of N reports from the seeds by varying their years and numbers.

The seeds are extracted once the normal way; every further report is a copy made in
SQL with its years shifted, its KPI values and finance figures varied, and a new content
hash. Reports are spread over municipalities of 50 reports each (a committee with
fifty years of reports is the realistic worst case for series and goal history).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORTS_PER_MUNICIPALITY = 50


def build_synthetic(out: Path, n_reports: int, seed: int = 7) -> Path:
    """Write a library.db with `n_reports` reports to `out` (seeds included)."""
    from desktop.store.library import build_library

    out.unlink(missing_ok=True)
    build_library(REPO / "data" / "reports", out)
    conn = sqlite3.connect(out, isolation_level=None)
    seeds = conn.execute("SELECT id, municipality, period_year FROM reports ORDER BY id").fetchall()
    rng = random.Random(seed)
    conn.execute("BEGIN")
    for i in range(len(seeds), n_reports):
        source_id, municipality, year = seeds[i % len(seeds)]
        group = i // REPORTS_PER_MUNICIPALITY
        shift = -((i % REPORTS_PER_MUNICIPALITY) // len(seeds) + 1)
        _copy_report(conn, source_id, f"{municipality} {group}" if group else municipality,
                     shift, rng.uniform(0.8, 1.2), f"synthetic-{i}")  # fmt: skip
    conn.execute("COMMIT")
    conn.close()
    return out


def _copy_report(conn: sqlite3.Connection, source_id: int, municipality: str, shift: int,
                 factor: float, sha: str) -> None:  # fmt: skip
    new_id = conn.execute(
        "INSERT INTO reports (sha256, source_name, municipality, committee, report_type,"
        " period_year, period_end, title, warnings, imported_at, full_text)"
        " SELECT ?, source_name, ?, committee, report_type, period_year + ?,"
        " printf('%04d', period_year + ?) || substr(period_end, 5), title, warnings, imported_at,"
        " full_text FROM reports WHERE id = ?",
        (sha, municipality, shift, shift, source_id),
    ).lastrowid
    section_map: dict[int, int] = {}
    for (old_section,) in conn.execute(
        "SELECT id FROM sections WHERE report_id = ? ORDER BY ord", (source_id,)
    ).fetchall():
        section_map[old_section] = conn.execute(
            "INSERT INTO sections (report_id, ord, heading, level, text, line_start, line_end)"
            " SELECT ?, ord, heading, level, text, line_start, line_end FROM sections WHERE id = ?",
            (new_id, old_section),
        ).lastrowid
        table_map: dict[int, int] = {}
        for (old_table,) in conn.execute(
            "SELECT id FROM report_tables WHERE section_id = ?", (old_section,)
        ).fetchall():
            table_map[old_table] = conn.execute(
                "INSERT INTO report_tables (report_id, section_id, title, header, rows, line_start,"
                " line_end) SELECT ?, ?, title, header, rows, line_start, line_end"
                " FROM report_tables WHERE id = ?",
                (new_id, section_map[old_section], old_table),
            ).lastrowid
        for row in conn.execute(
            "SELECT ord, kind, char_start, char_end, line_start, line_end, table_id FROM blocks"
            " WHERE section_id = ?",
            (old_section,),
        ).fetchall():
            conn.execute(
                "INSERT INTO blocks (section_id, ord, kind, char_start, char_end, line_start,"
                " line_end, table_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (section_map[old_section], *row[:6], table_map.get(row[6])),
            )
    goal_map: dict[int, int] = {}
    for (old_goal,) in conn.execute(
        "SELECT id FROM goals WHERE report_id = ?", (source_id,)
    ).fetchall():
        goal_map[old_goal] = conn.execute(
            "INSERT INTO goals (report_id, section_id, ord, title, status, status_raw, analysis,"
            " hierarchy, kpi_names, line_start, line_end)"
            " SELECT ?, NULL, ord, title, status, status_raw, analysis, hierarchy, kpi_names,"
            " line_start, line_end FROM goals WHERE id = ?",
            (new_id, old_goal),
        ).lastrowid
    for old_kpi, goal_id in conn.execute(
        "SELECT id, goal_id FROM kpis WHERE report_id = ?", (source_id,)
    ).fetchall():
        new_kpi = conn.execute(
            "INSERT INTO kpis (report_id, section_id, goal_id, ord, name, table_name, unit, target,"
            " target_raw, other_columns, period_note, line_start, line_end)"
            " SELECT ?, NULL, ?, ord, name, table_name, unit, target, target_raw, other_columns,"
            " period_note, line_start, line_end FROM kpis WHERE id = ?",
            (new_id, goal_map.get(goal_id), old_kpi),
        ).lastrowid
        conn.execute(
            "INSERT INTO kpi_values (kpi_id, year, value)"
            " SELECT ?, year + ?, round(value * ?, 1) FROM kpi_values WHERE kpi_id = ?",
            (new_kpi, shift, factor, old_kpi),
        )
    conn.execute(
        "INSERT INTO finance (report_id, kind, ord, label, columns, line)"
        " SELECT ?, kind, ord, label, columns, line FROM finance WHERE report_id = ?",
        (new_id, source_id),
    )
    conn.execute(
        # ref_id still names the seed's rows: fine for timing queries, not for jumping.
        "INSERT INTO search_index (title, body, kind, report_id, ref_id)"
        " SELECT title, body, kind, ?, ref_id FROM search_index WHERE report_id = ?",
        (new_id, source_id),
    )


def cached_library(n_reports: int) -> Path:
    """A synthetic library under bench/results/, built once per size."""
    path = REPO / "bench" / "results" / f"library-{n_reports}.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        tmp = path.with_suffix(".building")
        build_synthetic(tmp, n_reports)
        shutil.move(tmp, path)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(cached_library(size))

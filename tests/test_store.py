"""library.db: round trip of a Report, all-or-nothing writes, schema versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.errors import LibraryError
from desktop.ingest.model import Block, Finance, FinanceRow, Goal, Kpi, Report, Section, Table
from desktop.store import queries, schema
from desktop.store.library import add_report, open_library
from desktop.store.migrations import migrate


def small_report(sha: str = "abc") -> Report:
    table = Table("Väntetid", ["", "2020", "2021"], [["Väntetid, dagar", "47", "46"]])
    text = "Ökad trygghet för barn\n\n\t2020\t2021\nVäntetid, dagar\t47\t46"
    return Report(
        municipality="Helsingborg",
        committee="Socialnämnden",
        report_type="annual",
        period_year=2021,
        period_end="2021-12-31",
        title="Årsbokslut 2021",
        sections=[
            Section(
                "Nämndens mål",
                1,
                text,
                blocks=[
                    Block("text", "Ökad trygghet för barn", 0, 22),
                    Block("table", text[24:], 24, len(text), table=table),
                ],
            )
        ],
        goals=[
            Goal(
                "Barn ska få familjehem",
                "not_achieved",
                "Inte uppnått",
                "Analys.",
                ["Väntetid, dagar"],
            )
        ],
        kpis=[Kpi("Väntetid, dagar", "Väntetid", "days", {"2020": 47, "2021": 46}, goal_index=0)],
        finance=Finance(income_statement=[FinanceRow("Kommunbidrag", {"Utfall 2021": 576399})]),
        sha256=sha,
        source_name="r.txt",
        text=text,
    )


def test_round_trip(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    report_id = add_report(conn, small_report())
    [row] = queries.list_reports(conn)
    assert row.label == "Årsbokslut 2021"
    [section] = queries.report_sections(conn, report_id)
    table_block = section.blocks[1]
    assert table_block.table is not None and table_block.table.rows == [
        ["Väntetid, dagar", "47", "46"]
    ]
    assert section.text[table_block.char_start : table_block.char_end].startswith("\t2020")
    [goal] = queries.report_goals(conn, report_id)
    assert goal.status == "not_achieved" and goal.kpi_names == ["Väntetid, dagar"]
    [kpi] = queries.goal_kpis(conn, goal.id)
    assert kpi.values == {2020: 47.0, 2021: 46.0}


def test_search_ignores_diacritics(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    add_report(conn, small_report())
    hits = conn.execute("SELECT kind FROM search_index WHERE search_index MATCH 'okad'").fetchall()
    assert [h[0] for h in hits] == ["section"]


def test_duplicate_leaves_library_unchanged(tmp_path: Path) -> None:
    conn = open_library(tmp_path / "library.db")
    add_report(conn, small_report())
    with pytest.raises(sqlite3.IntegrityError):
        add_report(conn, small_report())
    assert queries.report_count(conn) == 1
    assert conn.execute("SELECT count(*) FROM goals").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    open_library(path).execute(f"PRAGMA user_version = {len(schema.STEPS) + 1}")
    with pytest.raises(LibraryError, match="nyare version"):
        open_library(path)


def test_failed_migration_rolls_back_and_keeps_backup(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    conn = sqlite3.connect(path, isolation_level=None)
    steps = [lambda c: c.execute("CREATE TABLE notes (body TEXT)")]
    migrate(conn, path, steps, "test")
    conn.execute("INSERT INTO notes VALUES ('viktig fråga')")

    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE notes ADD COLUMN status TEXT")
        raise RuntimeError("disk full")

    with pytest.raises(LibraryError, match="uppgradering 2"):
        migrate(conn, path, [*steps, broken], "test")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [r[1] for r in conn.execute("PRAGMA table_info(notes)")] == ["body"]
    backup = sqlite3.connect(tmp_path / "user.db.bak-v1")
    assert backup.execute("SELECT body FROM notes").fetchall() == [("viktig fråga",)]


def test_library_from_an_older_parser_is_reextracted_keeping_identities(library_home: Path) -> None:
    from desktop.store.library import default_library, parser_version

    path = library_home / "library.db"
    conn = open_library(path)
    before = {r.sha256: r.label for r in queries.list_reports(conn)}
    conn.execute("UPDATE library_meta SET value = '0' WHERE key = 'parser_version'")
    conn.execute("DELETE FROM goals")  # what an older, weaker parser would have left
    conn.close()
    default_library()
    conn = open_library(path)
    assert {r.sha256: r.label for r in queries.list_reports(conn)} == before
    assert conn.execute("SELECT count(*) FROM goals").fetchone()[0] > 0
    assert parser_version(conn) > 0

"""library.db schema, one function per migration step.

library.db can always be rebuilt from the report files, but a secretary may hand out a
library built by an older app version, so it migrates like user.db does.
"""

from __future__ import annotations

import sqlite3

from desktop.store.migrations import run_script


def _v1(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            source_name TEXT NOT NULL,
            municipality TEXT NOT NULL,
            committee TEXT NOT NULL,
            report_type TEXT NOT NULL,
            period_year INTEGER NOT NULL,
            period_end TEXT NOT NULL,
            title TEXT NOT NULL,
            warnings TEXT NOT NULL DEFAULT '[]',
            imported_at TEXT NOT NULL,
            full_text TEXT NOT NULL
        );
        CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            heading TEXT NOT NULL,
            level INTEGER NOT NULL,
            text TEXT NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL
        );
        CREATE INDEX sections_report ON sections(report_id, ord);
        CREATE TABLE report_tables (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            header TEXT NOT NULL,
            rows TEXT NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL
        );
        CREATE TABLE blocks (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            kind TEXT NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL,
            table_id INTEGER REFERENCES report_tables(id) ON DELETE CASCADE
        );
        CREATE INDEX blocks_section ON blocks(section_id, ord);
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            ord INTEGER NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            status_raw TEXT NOT NULL,
            analysis TEXT NOT NULL,
            hierarchy TEXT NOT NULL DEFAULT '[]',
            kpi_names TEXT NOT NULL DEFAULT '[]',
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL
        );
        CREATE INDEX goals_report ON goals(report_id, ord);
        CREATE INDEX reports_owner ON reports(municipality, committee, period_end);
        CREATE TABLE kpis (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
            goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL,
            ord INTEGER NOT NULL,
            name TEXT NOT NULL,
            table_name TEXT NOT NULL,
            unit TEXT NOT NULL,
            target REAL,
            target_raw TEXT,
            other_columns TEXT NOT NULL DEFAULT '{}',
            period_note TEXT,
            line_start INTEGER NOT NULL,
            line_end INTEGER NOT NULL
        );
        CREATE INDEX kpis_report ON kpis(report_id, ord);
        CREATE INDEX kpis_goal ON kpis(goal_id);
        CREATE INDEX kpis_name ON kpis(name);
        CREATE TABLE kpi_values (
            kpi_id INTEGER NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (kpi_id, year)
        );
        CREATE TABLE finance (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            ord INTEGER NOT NULL,
            label TEXT NOT NULL,
            columns TEXT NOT NULL,
            line INTEGER NOT NULL
        );
        CREATE INDEX finance_report ON finance(report_id, kind, ord);
        -- One full-text index over what a member searches: section text, goals, KPI names.
        -- remove_diacritics 2 lets "okad" find "ökad" and OCR'd text be found.
        CREATE VIRTUAL TABLE search_index USING fts5(
            title, body,
            kind UNINDEXED, report_id UNINDEXED, ref_id UNINDEXED,
            tokenize = "unicode61 remove_diacritics 2"
        );
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Sections remember the printed page the table of contents gives them."""
    run_script(conn, "ALTER TABLE sections ADD COLUMN page INTEGER;")


def _v3(conn: sqlite3.Connection) -> None:
    """What read each report and where each item stands on its page.

    A report records the template (name, version) that read it and where each metadata
    field was read; goals, KPIs and finance rows their page and the rule that found them.
    A PDF's bytes are kept (report_sources), so its page can be shown offline and the
    report read again by a newer reader; its layout (report_layout) gives, per line of
    the report's text, the boxes it fills on its pages.
    """
    run_script(
        conn,
        """
        ALTER TABLE reports ADD COLUMN template TEXT NOT NULL DEFAULT 'generic';
        ALTER TABLE reports ADD COLUMN template_version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE reports ADD COLUMN found_by TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE reports ADD COLUMN finance_unit TEXT NOT NULL DEFAULT 'tkr';
        ALTER TABLE reports ADD COLUMN source_kind TEXT NOT NULL DEFAULT 'text';
        ALTER TABLE goals ADD COLUMN page INTEGER;
        ALTER TABLE goals ADD COLUMN found_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE kpis ADD COLUMN page INTEGER;
        ALTER TABLE kpis ADD COLUMN found_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE kpis ADD COLUMN target_direction TEXT;
        ALTER TABLE finance ADD COLUMN page INTEGER;
        ALTER TABLE finance ADD COLUMN found_by TEXT NOT NULL DEFAULT '';
        CREATE TABLE report_sources (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            data BLOB,
            path TEXT,
            size INTEGER NOT NULL
        );
        CREATE TABLE report_layout (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            pages INTEGER NOT NULL,
            data BLOB NOT NULL
        );
        """,
    )


def _v4_corrections(conn: sqlite3.Connection) -> None:
    """The secretary's corrections of what the readers extracted, and their applied state.

    `corrections` are operations keyed by a report's SHA-256 and a stable description of
    what they correct (see desktop.corrections); they outlive any extraction. Each write
    of one gives it a new `revision`, so that what changed is seen without reading them. The other
    tables are what applying them left behind, per report (cascading when a report is read
    again): `correction_undo` the rows as they were before (so the extraction can be put
    back), `correction_state` which corrections are applied and what became of each, and
    `correction_marks` which item and field each one changed (the "rättat" markers).
    `removed_reports` keeps a removed report's source, so the removal can be undone.
    """
    run_script(
        conn,
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            report_sha256 TEXT NOT NULL,
            report_label TEXT NOT NULL DEFAULT '',
            op TEXT NOT NULL,
            target_key TEXT NOT NULL,
            target TEXT NOT NULL DEFAULT '{}',
            value TEXT NOT NULL DEFAULT '{}',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            revision TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX corrections_report ON corrections(report_sha256, target_key);
        CREATE TABLE correction_undo (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            key TEXT NOT NULL,
            before TEXT,
            PRIMARY KEY (report_id, seq)
        );
        CREATE TABLE correction_state (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            digest TEXT NOT NULL,
            results TEXT NOT NULL DEFAULT '{}',
            applied TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE correction_marks (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            item TEXT NOT NULL,
            item_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            uuid TEXT NOT NULL,
            origin TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL DEFAULT '',
            original TEXT NOT NULL DEFAULT 'null',
            value TEXT NOT NULL DEFAULT 'null',
            ref TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX correction_marks_report ON correction_marks(report_id, item, item_id);
        CREATE INDEX correction_marks_item ON correction_marks(item, item_id);
        CREATE TABLE removed_reports (
            sha256 TEXT PRIMARY KEY,
            source_name TEXT NOT NULL,
            pdf BLOB,
            pdf_path TEXT,
            text TEXT NOT NULL,
            removed_at TEXT NOT NULL
        );
        """,
    )


def _v5_flags(conn: sqlite3.Connection) -> None:
    """'Att fråga om': what the checks found in each report, with its evidence.

    Derived data, like the search index: recomputed from the reports (per committee, when
    the digest of its data in flag_state no longer matches), never copied from a received
    library. A flag belongs to the report whose list shows it; `subject_*` name the goal,
    KPI or finance row it concerns (in another report for a goal that disappeared).
    """
    run_script(
        conn,
        """
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject_id INTEGER,
            subject_report_id INTEGER NOT NULL,
            subject TEXT NOT NULL,
            explanation TEXT NOT NULL,
            question TEXT NOT NULL,
            note TEXT,
            english TEXT NOT NULL DEFAULT '{}',
            evidence TEXT NOT NULL DEFAULT '[]',
            amount REAL,
            share REAL,
            UNIQUE (report_id, key)
        );
        CREATE INDEX flags_kind ON flags(kind, report_id);
        CREATE INDEX flags_subject ON flags(subject_kind, subject_id);
        CREATE TABLE flag_state (
            municipality TEXT NOT NULL,
            committee TEXT NOT NULL,
            digest TEXT NOT NULL,
            marks TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (municipality, committee)
        );
        """,
    )


def _v6_evidence_by_reference(conn: sqlite3.Connection) -> None:
    """Flags written in a fraction of the time: `evidence` names the rows it shows (a KPI's
    id and year, a finance row's id and column: analysis/flags/evidence.py's references)
    instead of copying their texts, and the English of the texts has columns of its own
    instead of a JSON object per flag. The flags of the old form are dropped with their
    digests: derived data, checked again on the next read."""
    run_script(
        conn,
        """
        DROP TABLE flags;
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            subject_kind TEXT NOT NULL,
            subject_id INTEGER,
            subject_report_id INTEGER NOT NULL,
            subject TEXT NOT NULL,
            explanation TEXT NOT NULL,
            question TEXT NOT NULL,
            note TEXT,
            explanation_en TEXT NOT NULL,
            question_en TEXT NOT NULL,
            note_en TEXT,
            evidence TEXT NOT NULL DEFAULT '[]',
            amount REAL,
            share REAL,
            UNIQUE (report_id, key)
        );
        CREATE INDEX flags_kind ON flags(kind, report_id);
        CREATE INDEX flags_subject ON flags(subject_kind, subject_id);
        DELETE FROM flag_state;
        """,
    )


STEPS = [_v1, _v2, _v3, _v4_corrections, _v5_flags, _v6_evidence_by_reference]

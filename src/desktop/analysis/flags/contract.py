"""The flags as JSON: what `namndlasaren flags --json` prints (README, docs/flags.md)."""

from __future__ import annotations

import sqlite3
from typing import Any

from desktop.analysis.flags.model import DEVIATION, Flag, FlagSettings, json_number
from desktop.store import queries

VERSION = 1


def flag_json(flag: Flag, report: queries.ReportRow) -> dict[str, Any]:
    return {
        "id": flag.id,
        "kind": flag.kind,
        "key": flag.key,
        "report": {
            "id": report.id,
            "label": report.label,
            "municipality": report.municipality,
            "committee": report.committee,
            "report_type": report.report_type,
            "period_end": report.period_end,
        },
        "subject": {
            "kind": flag.subject_kind,
            "id": flag.subject_id,
            "report_id": flag.subject_report_id,
            "name": flag.subject,
        },
        "explanation": flag.explanation,
        "question": flag.question,
        "note": flag.note,
        "deviation": (
            {
                "mnkr": json_number(round(flag.amount, 3)) if flag.amount is not None else None,
                "percent_of_budget": (
                    json_number(round(flag.share * 100, 2)) if flag.share is not None else None
                ),
            }
            if flag.kind == DEVIATION
            else None
        ),
        "evidence": [e.to_json() for e in flag.evidence],
    }


def flags_json(conn: sqlite3.Connection, flags: list[Flag], settings: FlagSettings,
               report_id: int | None = None) -> dict[str, Any]:  # fmt: skip
    reports = {r.id: r for r in queries.list_reports(conn)}
    return {
        "version": VERSION,
        "report_id": report_id,
        "settings": settings.to_json(),
        "count": len(flags),
        "flags": [flag_json(f, reports[f.report_id]) for f in flags if f.report_id in reports],
    }

"""`namndlasaren flags [--report ID] [--json]`: what the checks found, per report.

The flags of every report (or one), checked again first where the library changed. Every
kind is printed, deviations from the budget above the default threshold (more than 2 %
of the budget and more than 1 mnkr); the app's settings apply to the app's own list.
The JSON is described in docs/flags.md.
"""

from __future__ import annotations

import argparse
import json
import sys

from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop.analysis.flags import FlagSettings, flags_json, library_flags, report_flags
    from desktop.corrections.session import member_library
    from desktop.store import queries
    from desktop.store.library import open_library

    settings = FlagSettings()
    try:
        conn = open_library(member_library())  # the figures as corrected
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    if args.report is not None and queries.get_report(conn, args.report) is None:
        known = ", ".join(str(r.id) for r in queries.list_reports(conn))
        print(
            f"namndlasaren: rapport {args.report} finns inte; rapporter: {known}", file=sys.stderr
        )
        return 2
    if args.report is not None:
        flags = report_flags(conn, args.report, settings)
    else:
        flags = library_flags(conn, settings)
    if args.json:
        print(
            json.dumps(flags_json(conn, flags, settings, args.report), ensure_ascii=False, indent=2)
        )
        return 0
    reports = {r.id: r for r in queries.list_reports(conn)}
    current = None
    for flag in flags:
        report = reports.get(flag.report_id)
        if report is None:
            continue
        if flag.report_id != current:
            current = flag.report_id
            print(
                f"{report.municipality}, {report.committee}: {report.label} (rapport {report.id})"
            )
        print(f"  [{flag.kind}] {flag.explanation}")
        if flag.note:
            print(f"      {flag.note}")
        for item in flag.evidence:
            page = f", s. {item.page}" if item.page else ""
            print(f"      – {item.report_label}{page}: {_short(item.text)}")
        print(f"      Fråga: {flag.question}")
    if not flags:
        print("Inga flaggor.")
    return 0


def check_library(conn: object, *, force: bool = False) -> None:
    """After reports came in: check the changed committees now (the list is ready when the
    app opens). A failure here never undoes the import; the app checks again when it reads."""
    import sqlite3

    from desktop.analysis.flags import refresh

    try:
        refresh(conn, force=force)  # type: ignore[arg-type]
    except (sqlite3.Error, ValueError, LookupError) as exc:
        print(f"namndlasaren: Att fråga om kunde inte kontrolleras nu ({exc}); det görs när "
              "appen öppnar listan", file=sys.stderr)  # fmt: skip


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

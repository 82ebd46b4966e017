"""`namndlasaren import FILE...`: add reports to the member's library, each all-or-nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.progress import TextProgress
from desktop.errors import NamndlasarenError, error_line
from desktop.store.library import ReadSummary


def _say_waiting() -> None:
    print(
        "namndlasaren: biblioteket används av ett annat program (en annan import?); väntar…",
        file=sys.stderr,
        flush=True,
    )


def describe(summary: ReadSummary) -> str:
    """One line of what was read: the layout and how many goals, KPIs and finance rows."""
    layout = (
        "okänd layout, lästes med allmänna regler"
        if summary.template == "generic"
        else f"mall {summary.template}"
    )
    return (
        f"{layout}; {summary.goals} mål, {summary.kpis} nyckeltal ({summary.kpi_values} värden),"
        f" {summary.finance_rows} ekonomirader"
    )


def run(args: argparse.Namespace) -> int:
    from desktop.corrections.session import apply_corrections, member_library
    from desktop.store.library import import_files, open_library

    try:
        conn = open_library(member_library())
        result = import_files(
            conn,
            [Path(f) for f in args.files],
            TextProgress(),
            on_wait=_say_waiting,
            copy_pdfs=not args.link,
        )
        apply_corrections(conn)  # corrections already made of a report imported again
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    if result.added:
        from desktop.commands.flags import check_library

        check_library(conn)
    for summary in result.read:
        print(f"importerad: {summary.name}")
        print(f"  {describe(summary)}")
        for warning in summary.warnings:
            print(f"  varning: {warning}")
    for name in result.skipped:
        print(f"finns redan i biblioteket: {name}")
    for path, problem in result.failed:
        print(f"namndlasaren: {path}: {problem}", file=sys.stderr)
    return 2 if result.failed else 0

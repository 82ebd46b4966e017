"""`namndlasaren update-library NEW.db`: take the secretary's newer library, keep every note."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop import paths
    from desktop.store.library_update import commit_update, prepare_update

    current = paths.library_path()
    try:
        incoming, diff = prepare_update(Path(args.library), current)
        commit_update(incoming, current)
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    from desktop.commands.flags import check_library
    from desktop.store.library import open_library

    conn = open_library(current)
    try:
        check_library(conn)  # flags are never copied from a received library: checked here
    finally:
        conn.close()
    print(f"Biblioteket uppdaterat från {args.library}.")
    for label, names in (("Nya", diff.new), ("Rättade", diff.changed), ("Borttagna", diff.removed)):
        for name in names:
            print(f"  {label}: {name}")
    print(f"  Oförändrade: {diff.unchanged}")
    from desktop.corrections.session import apply_corrections
    from desktop.store.library import open_library

    conn = open_library(current)
    try:  # the member's own corrections, on the new library's reports
        applied = apply_corrections(conn)
    finally:
        conn.close()
    for name in applied.removed:
        print(f"  Borttagen enligt din rättelse: {name}")
    from desktop.annotate.after_update import reanchor_after_update

    report = reanchor_after_update()
    print(report.summary_line())
    for line in report.orphan_lines():
        print(f"  Kunde inte placeras: {line}")
    return 0

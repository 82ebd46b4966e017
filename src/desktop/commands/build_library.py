"""`namndlasaren build-library DIR -o library.db`: the secretary's new library.

The library carries the secretary's corrections: those kept in the secretary's own
library (unless --without-library-corrections) and those in each --corrections file,
for the reports built. They are applied in the new file before it appears; a removed
report's source is not kept in it. The secretary's own (user.db) corrections stay home.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.progress import TextProgress
from desktop.errors import NamndlasarenError, error_line

if TYPE_CHECKING:
    from desktop.corrections.model import Correction


def run(args: argparse.Namespace) -> int:
    directory = Path(args.directory)
    if not directory.is_dir():
        print(f"namndlasaren: {directory}: mappen finns inte", file=sys.stderr)
        return 2
    from desktop.corrections.apply import SyncResult
    from desktop.store.library import build_library

    try:
        carried = _corrections(args)
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    applied = SyncResult()
    kept: list[Correction] = []

    def finish(conn: sqlite3.Connection) -> None:
        from desktop.corrections import storage
        from desktop.corrections.apply import sync

        shas = {row[0] for row in conn.execute("SELECT sha256 FROM reports")}
        kept.extend(c for c in carried if c.report_sha256 in shas)
        conn.execute("BEGIN")
        for correction in kept:
            storage.put(conn, correction)
        conn.execute("COMMIT")
        result = sync(conn, (), keep_sources=False)
        applied.outcomes, applied.removed = result.outcomes, result.removed
        from desktop.commands.flags import check_library

        check_library(conn, force=True)  # on the corrected figures, before the file appears

    try:
        result = build_library(directory, Path(args.output), TextProgress(), finish)
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    print(f"{len(result.added)} rapporter i {args.output}")
    if carried:
        missing = [
            c for c in kept if c.uuid in applied.outcomes and not applied.outcomes[c.uuid].ok
        ]
        print(f"{len(kept)} rättelser med i biblioteket", end="")
        print(
            f" ({len(carried) - len(kept)} gäller rapporter utanför mappen)"
            if len(carried) > len(kept)
            else ""
        )
        for name in applied.removed:
            print(f"  Borttagen ur biblioteket: {name}")
        for correction in missing:
            print(f"  Hittar inte sitt mål: {correction.report_label}: "
                  f"{applied.outcomes[correction.uuid].detail}")  # fmt: skip
    for name, problem in result.failed:
        print(f"namndlasaren: {name}: {problem}", file=sys.stderr)
    return 1 if result.failed else 0


def _corrections(args: argparse.Namespace) -> list[Correction]:
    """The corrections to carry: the secretary's library's, then each file's (later wins)."""
    from desktop import paths
    from desktop.corrections import storage
    from desktop.corrections.file_format import read
    from desktop.store.library import open_library

    found: list[Correction] = []
    own_library = paths.library_path()
    if (
        not args.without_library_corrections
        and own_library.exists()
        and own_library.resolve() != Path(args.output).resolve()
    ):
        conn = open_library(own_library)
        try:
            found.extend(storage.load(conn, "library"))
        finally:
            conn.close()
    for name in args.corrections:
        found.extend(read(Path(name), "library"))
    return found

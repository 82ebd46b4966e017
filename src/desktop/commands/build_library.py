"""`namndlasaren build-library DIR -o library.db`: the secretary's new library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.progress import TextProgress
from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    directory = Path(args.directory)
    if not directory.is_dir():
        print(f"namndlasaren: {directory}: mappen finns inte", file=sys.stderr)
        return 2
    from desktop.store.library import build_library

    try:
        result = build_library(directory, Path(args.output), TextProgress())
        from desktop.commands.flags import check_library
        from desktop.store.library import open_library

        conn = open_library(Path(args.output))
        try:
            check_library(conn, force=True)
        finally:
            conn.close()
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    print(f"{len(result.added)} rapporter i {args.output}")
    for name, problem in result.failed:
        print(f"namndlasaren: {name}: {problem}", file=sys.stderr)
    return 1 if result.failed else 0

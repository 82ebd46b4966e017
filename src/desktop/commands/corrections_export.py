"""`namndlasaren corrections export -o F.json [--own] [--library L.db]`: corrections as JSON.

The secretary's corrections (kept in the library) by default; with --own the member's
own (kept in user.db). The file format is docs/corrections.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.corrections import storage
    from desktop.corrections.file_format import write

    if args.own:
        from desktop.store.userdb import open_user_db

        conn = open_user_db()
        origin = "own"
    else:
        from desktop.store.library import default_library, open_library

        if args.library and not Path(args.library).is_file():
            print(f"namndlasaren: {args.library}: filen finns inte", file=sys.stderr)
            return 2
        conn = open_library(Path(args.library) if args.library else default_library())
        origin = "library"
    try:
        corrections = storage.load(conn, origin)
    finally:
        conn.close()
    try:
        write(Path(args.output), corrections)
    except OSError as exc:
        print(f"namndlasaren: {args.output}: kan inte skrivas ({exc.strerror or exc})",
              file=sys.stderr)  # fmt: skip
        return 2
    print(f"{len(corrections)} rättelser skrivna till {args.output}")
    return 0

"""`namndlasaren corrections import F.json [--own] [--library L.db]`: take in corrections.

The whole file is checked first (docs/corrections.md): a malformed one exits with
status 2 and one line, and nothing is imported. Then each correction is kept (the same
id, or the same target, replaces the earlier one) and applied at once; those that find
nothing to correct in the library are listed.

Into the member's library as the secretary's corrections by default; with --own into
user.db as the member's own; with --library into another library file (e.g. one just
built to hand out), where a removed report's source is not kept.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop.corrections import storage
    from desktop.corrections.apply import sync
    from desktop.corrections.file_format import read
    from desktop.corrections.session import own_corrections
    from desktop.store.library import default_library, open_library
    from desktop.store.userdb import open_user_db

    try:
        incoming = read(Path(args.file), "own" if args.own else "library")
        if args.library and not Path(args.library).is_file():
            print(f"namndlasaren: {args.library}: filen finns inte", file=sys.stderr)
            return 2
        library = open_library(Path(args.library) if args.library else default_library())
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    user = open_user_db() if args.own else None
    try:
        target = user if user is not None else library
        added = changed = same = 0
        target.execute("BEGIN")
        try:
            for correction in incoming:
                before = storage.put(target, correction)
                if before is None:
                    added += 1
                elif before == correction:
                    same += 1
                else:
                    changed += 1
            target.execute("COMMIT")
        except BaseException:
            target.execute("ROLLBACK")
            raise
        own = own_corrections(user) if not args.library else []
        result = sync(library, own, keep_sources=not args.library)
        shas = {r[0] for r in library.execute("SELECT sha256 FROM reports")}
    finally:
        library.close()
        if user is not None:
            user.close()
    print(f"{len(incoming)} rättelser lästa: {added} nya, {changed} ändrade, {same} fanns redan")
    absent = [c for c in incoming if c.report_sha256 not in shas and c.op != "report.remove"]
    failed = [
        (c, result.outcomes[c.uuid])
        for c in incoming
        if c.uuid in result.outcomes and not result.outcomes[c.uuid].ok
    ]
    for removed in result.removed:
        print(f"  Borttagen ur biblioteket: {removed}")
    for correction, outcome in failed:
        print(f"  Hittar inte sitt mål: {correction.report_label}: {outcome.detail}")
    if absent:
        print(f"  {len(absent)} gäller rapporter som inte finns i biblioteket (sparade ändå)")
    return 0

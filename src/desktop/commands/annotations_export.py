"""`namndlasaren annotations export -o F.json | --one-per-file DIR`: Web Annotation JSON-LD.

One AnnotationCollection in a file, or each annotation in a file of its own (each with
its @context, so that it stands alone for another tool).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.annotate.web_annotation import export_collection, export_one_per_file
    from desktop.store.userdb import open_user_db

    user = open_user_db()
    target = args.one_per_file or args.output
    try:
        if args.one_per_file:
            written = export_one_per_file(user, Path(args.one_per_file))
            print(f"{len(written)} anteckningar skrivna, en fil var, i {args.one_per_file}")
            return 0
        collection = export_collection(user)
        Path(args.output).write_text(
            json.dumps(collection, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    except OSError as exc:
        print(f"namndlasaren: {target}: kan inte skrivas ({exc.strerror or exc})", file=sys.stderr)
        return 2
    finally:
        user.close()
    print(f"{collection['total']} anteckningar skrivna till {args.output}")
    return 0

"""`namndlasaren annotations export -o F.json`: the member's annotations as Web Annotation JSON-LD."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    from desktop.annotate.web_annotation import export_collection
    from desktop.store.userdb import open_user_db

    collection = export_collection(open_user_db())
    try:
        Path(args.output).write_text(
            json.dumps(collection, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    except OSError as exc:
        print(f"namndlasaren: {args.output}: kan inte skrivas ({exc.strerror})", file=sys.stderr)
        return 2
    print(f"{collection['total']} anteckningar skrivna till {args.output}")
    return 0

"""`namndlasaren annotations import F.json`: add annotations from another laptop (idempotent)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.errors import error_line


def run(args: argparse.Namespace) -> int:
    from desktop.annotate.after_update import reanchor_after_update
    from desktop.annotate.web_annotation import AnnotationFileError, import_file
    from desktop.store.userdb import open_user_db

    try:
        added, skipped = import_file(open_user_db(), Path(args.file))
    except AnnotationFileError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    print(f"{added} anteckningar importerade, {skipped} fanns redan")
    if added:
        print(reanchor_after_update().summary_line())
    return 0

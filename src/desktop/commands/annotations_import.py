"""`namndlasaren annotations import F.json`: add annotations from another laptop (idempotent).

The whole file is checked before anything is written; a problem is one line and exit 2.
Annotations that cannot be used (an image, a web page) are listed, one line each, and
the rest imported (exit 0; 2 when none can be used). Web Annotation documents and
Hypothesis exports are read; the new notes are then placed in the library's reports.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.commands.progress import TextProgress
from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop.annotate.after_update import reanchor_after_update
    from desktop.annotate.web_annotation import import_annotations
    from desktop.corrections.session import member_library
    from desktop.store.library import open_library
    from desktop.store.userdb import open_user_db

    progress = TextProgress()
    try:
        user = open_user_db()
        library = open_library(member_library())
        try:
            result = import_annotations(
                user, Path(args.file), _phase(progress, "Läser"), library=library
            )
        finally:
            user.close()
            library.close()
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    print(f"{len(result.added)} anteckningar importerade, {result.existing} fanns redan")
    for skipped in result.skipped:
        print(f"  Hoppades över: {skipped.line()}")
    if result.added:
        report = reanchor_after_update(result.added, _phase(progress, "Placerar"))
        print(report.summary_line())
    return 0


def _phase(progress: TextProgress, label: str) -> Callable[[int, int, str], None]:
    """Progress of one phase (reading, placing), shown with its name."""
    return lambda done, total, _name: progress(done, total, label)

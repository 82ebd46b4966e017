"""`namndlasaren extract FILE`: one report's extraction as JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.errors import IngestError, error_line


def run(args: argparse.Namespace) -> int:
    from desktop.ingest.pipeline import extract_file

    try:
        report = extract_file(args.file)
    except IngestError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    except Exception as exc:  # a parser bug must still name the file, not print a traceback
        print(
            f"namndlasaren: {args.file}: kunde inte läsas ({type(exc).__name__}: {exc})",
            file=sys.stderr,
        )
        return 2
    json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0

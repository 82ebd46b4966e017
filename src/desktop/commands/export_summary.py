"""`namndlasaren export-summary -o OUT.pdf [--meeting ID]`: the annotated summary, no window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop.errors import NamndlasarenError, error_line


def run(args: argparse.Namespace) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from desktop.export.summary_pdf import write_summary_pdf

    _app = QGuiApplication.instance() or QGuiApplication(["namndlasaren"])  # fonts need it
    try:
        pages = write_summary_pdf(Path(args.output), meeting_id=args.meeting)
    except OSError as exc:
        print(f"namndlasaren: {args.output}: kan inte skrivas ({exc})", file=sys.stderr)
        return 2
    except NamndlasarenError as exc:
        print(error_line(exc), file=sys.stderr)
        return 2
    print(f"Sammanfattningen ({pages} sidor) är skriven till {args.output}")
    return 0

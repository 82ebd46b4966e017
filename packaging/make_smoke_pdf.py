"""Write a text report as a PDF with a real text layer, for the frozen app's smoke test.

Usage: make_smoke_pdf.py REPORT.txt OUT.pdf [--extra-line TEXT]

Run by packaging/smoke.sh with the venv's python (Qt's QPdfWriter, no extra dependency), so
that the bundled app can show it reads PDFs with the pypdfium2 inside the bundle. Lines are
drawn one by one (wrapped at the margin like a word processor would), pages broken as they
fill, with a page number in the footer like the municipality's own PDFs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QPointF  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

MARGIN_PT = 42.0
FONT_PT = 7.0


def wrap(line: str, fits: Callable[[str], bool]) -> list[str]:
    """The line broken at spaces so that each piece fits the text width."""
    line = line.expandtabs(8).rstrip()
    if fits(line):
        return [line]
    pieces: list[str] = []
    current = ""
    for word in line.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and not fits(candidate):
            pieces.append(current)
            current = word
        else:
            current = candidate
    pieces.append(current)
    return pieces


def write_pdf(text: str, out: Path, title: str) -> int:
    """Write text to out as an A4 PDF; returns the number of pages."""
    writer = QPdfWriter(str(out))
    writer.setResolution(72)  # one device unit = one point
    writer.setTitle(title)
    writer.setCreator("Nämndläsaren smoke test")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT),
            QPageLayout.Unit.Point,
        )
    )
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FONT_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    width = painter.viewport().width() - 2  # the paint rect is already inside the margins
    height = painter.viewport().height()
    line_height = metrics.lineSpacing()
    footer_y = height - line_height * 0.5
    bottom = footer_y - 2 * line_height

    def fits(s: str) -> bool:
        return metrics.horizontalAdvance(s) <= width

    pages, y = 1, metrics.ascent()

    def footer() -> None:
        painter.drawText(QPointF(width / 2 - 10, footer_y), str(pages))

    for raw in text.splitlines():
        for piece in wrap(raw, fits) if raw.strip() else [""]:
            if y > bottom:
                footer()
                writer.newPage()
                pages += 1
                y = metrics.ascent()
            if piece:
                painter.drawText(QPointF(0, y), piece)
            y += line_height
    footer()
    painter.end()
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--extra-line", default="", help="a last line, to make the file unique")
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    text = args.report.read_text(encoding="utf-8")
    if args.extra_line:
        text = text.rstrip("\n") + "\n\n" + args.extra_line + "\n"
    pages = write_pdf(text, args.out, args.report.stem)
    print(f"{args.out}: {pages} pages, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write a report's text as a real PDF (reportlab), table cells at fixed column positions."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FONT, SIZE, LEADING = "Helvetica", 8, 11
LEFT, LABEL_WIDTH, CELL_WIDTH = 36, 470, 62


def write_report_pdf(text: str, path: Path, encrypt: str | None = None) -> Path:
    """Prose wrapped to the page, tab-separated lines drawn as table rows with real columns."""
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height), encrypt=encrypt)
    pdf.setFont(FONT, SIZE)
    y = height - 40

    def newline() -> None:
        nonlocal y
        y -= LEADING
        if y < 40:
            pdf.showPage()
            pdf.setFont(FONT, SIZE)
            y = height - 40

    lines = text.split("\n")
    widths = _column_widths(lines, width)
    for index, line in enumerate(lines):
        if "\t" in line:
            label_width, cell_width, size = widths[index]
            cells = line.split("\t")
            pdf.setFont(FONT, size)
            pdf.drawString(LEFT, y, cells[0][:120])
            for i, cell in enumerate(cells[1:]):
                if cell.strip():
                    pdf.drawRightString(LEFT + label_width + (i + 1) * cell_width, y, cell.strip())
            pdf.setFont(FONT, SIZE)
            newline()
            continue
        for part in simpleSplit(line, FONT, SIZE, width - 2 * LEFT) or [""]:
            pdf.drawString(LEFT, y, part)
            newline()
    pdf.save()
    return path


def _column_widths(lines: list[str], page_width: float) -> dict[int, tuple[float, float, float]]:
    """Per table line: (label width, cell width, font size), so that a table's cells never
    overlap and the table fits the page.

    Like a real report's layout: a table's value columns are as wide as its widest cell
    plus a gap, and the label column takes the rest of the page (at most LABEL_WIDTH); a
    table too wide for the page is set in smaller type.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths: dict[int, tuple[float, float, float]] = {}
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if "\t" in line:
            block.append(index)
            continue
        if block:
            rows = [lines[i].split("\t") for i in block]
            columns = max(len(r) for r in rows) - 1
            size = float(SIZE)
            while True:
                widest = max(stringWidth(c.strip(), FONT, size) for r in rows for c in r[1:])
                cell = max(CELL_WIDTH * size / SIZE, widest + 2 * size)
                label = max(120.0, min(LABEL_WIDTH, page_width - 2 * LEFT - columns * cell))
                if LEFT + label + columns * cell <= page_width - LEFT or size <= 4:
                    break
                size -= 0.5
            widths.update(dict.fromkeys(block, (label, cell, size)))
            block = []
    return widths

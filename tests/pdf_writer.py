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

    for line in text.split("\n"):
        if "\t" in line:
            cells = line.split("\t")
            pdf.drawString(LEFT, y, cells[0][:120])
            for i, cell in enumerate(cells[1:]):
                if cell.strip():
                    pdf.drawRightString(LEFT + LABEL_WIDTH + (i + 1) * CELL_WIDTH, y, cell.strip())
            newline()
            continue
        for part in simpleSplit(line, FONT, SIZE, width - 2 * LEFT) or [""]:
            pdf.drawString(LEFT, y, part)
            newline()
    pdf.save()
    return path

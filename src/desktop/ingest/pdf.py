"""PDF text with its layout kept, via pypdfium2 (permissive licence, wheels everywhere).

PDFium gives text as rectangles, one per run of text on a line. Runs are grouped into
lines by their vertical position and ordered left to right; a wide gap between two runs
is a column gap and becomes a TAB, so tables come out as the tab-separated tables the
text parser reads best. Pages are separated by a blank line; their headers and footers
are left for normalisation to use and remove. A PDF with no text layer is OCR'd with
Tesseract when it is installed with Swedish data, else refused with what to install.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from desktop.errors import IngestError

COLUMN_GAP = 12.0  # points between runs that mark a new cell (a space is about 3)
SAME_LINE = 3.0  # points of vertical offset still read as one line
ALIGN = 3.0  # points: a cell whose right edge is this close to a column's stands in it
OCR_DPI = 300


def pdf_to_text(path: Path | str) -> str:
    """The text of every page, lines in reading order, table cells separated by tabs."""
    import pypdfium2 as pdfium

    path = Path(path)
    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise IngestError(path, "inte en PDF-fil")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError(
                path, "PDF-filen är lösenordsskyddad; spara en kopia utan lösenord"
            ) from exc
        raise IngestError(path, f"PDF-filen är skadad eller ofullständig ({exc})") from exc
    try:
        pages = [_page_text(document[i]) for i in range(len(document))]
    except pdfium.PdfiumError as exc:
        raise IngestError(path, f"PDF-filen är skadad eller ofullständig ({exc})") from exc
    finally:
        document.close()
    text = "\n\n".join(pages)
    if len(text.strip()) < 20 * max(1, len(pages)) and len(text.strip()) < 200:
        return ocr_pdf(path)
    return text


def _page_text(page) -> str:
    textpage = page.get_textpage()
    full = textpage.get_text_range()
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    # Rectangles follow the characters in order; one hit test at each rectangle's left
    # edge tells where its characters start, so the page text is read once and sliced
    # (asking PDFium for each rectangle's text rescans the whole page every time).
    starts = [
        textpage.get_index(left + 0.5, (top + bottom) / 2, 1.0, max(1.0, (top - bottom) / 2))
        for left, bottom, right, top in rects
    ]
    runs: list[tuple[float, float, float, float, str]] = []
    for i, (left, bottom, right, top) in enumerate(rects):
        start = starts[i]
        end = next((s for s in starts[i + 1 :] if s is not None and s >= 0), len(full))
        if start is None or start < 0 or end < start:
            text = textpage.get_text_bounded(left, bottom, right, top)
        else:
            text = full[start:end]
        # PDFium marks a hyphen at a line break as U+FFFE
        text = text.replace("\ufffe", "-").replace("\r", "").replace("\n", " ").strip()
        if text:
            runs.append((top, bottom, left, right, text))
    textpage.close()
    runs.sort(key=lambda r: (-r[0], r[2]))
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for run in runs:
        # a run whose middle lies within the line's first run stands on that line: a dash
        # ("-" for no value) sits lower than the digits beside it
        middle = (run[0] + run[1]) / 2
        if lines and (
            abs(lines[-1][0][0] - run[0]) <= SAME_LINE
            or lines[-1][0][1] <= middle <= lines[-1][0][0]
        ):
            lines[-1].append(run)
        else:
            lines.append([run])
    cells = [_cells(line) for line in lines]
    out: list[str] = []
    block: list[list[Cell]] = []
    for line_cells in [*cells, []]:
        if len(line_cells) > 1:  # a table row: cells with column gaps between them
            block.append(line_cells)
            continue
        out.extend(_table_rows(block))
        block = []
        if line_cells:
            out.append(line_cells[0][2])
    return "\n".join(out)


Cell = tuple[float, float, str]  # left, right, text


def _cells(line: list[tuple[float, float, float, float, str]]) -> list[Cell]:
    """The runs of one line joined into cells; a gap wider than COLUMN_GAP separates cells."""
    line.sort(key=lambda r: r[2])
    cells: list[list] = []
    for _, _, left, right, text in line:
        if cells and left - cells[-1][1] <= COLUMN_GAP:
            cells[-1][1] = right
            cells[-1][2] += " " + text
        else:
            cells.append([left, right, text])
    return [(left, right, text) for left, right, text in cells]


def _table_rows(block: list[list[Cell]]) -> list[str]:
    """Rows of one table, tab-separated, with an empty cell wherever a column is blank.

    The row with the most cells gives the columns' right edges (numbers and headings
    are right-aligned); every other row's cells are placed by their right edges, so a
    blank cell, a row without a label, or a heading spanning columns keeps its column.
    A row that does not fit the columns is written as read.
    """
    if not block:
        return []
    widest = max(block, key=len)
    label_left = min(row[0][0] for row in block)
    edges = [right for _, right, _ in widest[1:]]
    rows = []
    for row in block:
        slots = _place(row, edges, label_left)
        rows.append("\t".join(slots) if slots else "\t".join(text for _, _, text in row))
    return rows


def _place(row: list[Cell], edges: list[float], label_left: float) -> list[str] | None:
    slots = [""] * (len(edges) + 1)
    last = -1
    for index, (left, right, text) in enumerate(row):
        nearest = min(range(len(edges)), key=lambda j: abs(edges[j] - right))
        if abs(edges[nearest] - right) <= ALIGN:
            column = nearest + 1
        elif index == 0 and left - label_left <= ALIGN:
            column = 0
        else:
            return None
        if column <= last:
            return None
        slots[column] = text
        last = column
    while len(slots) > 1 and not slots[-1]:
        slots.pop()
    return slots


def ocr_pdf(path: Path) -> str:
    """OCR a scanned PDF with Tesseract's Swedish model; a clear message when it is missing."""
    tesseract = shutil.which("tesseract")
    if tesseract is None or "swe" not in _languages(tesseract):
        raise IngestError(
            path,
            "PDF-filen har inget textlager (inskannad). För att läsa den behövs Tesseract med svenska "
            "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-swe)",
        )
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for i in range(len(document)):
            bitmap = document[i].render(scale=OCR_DPI / 72, grayscale=True)
            image = bitmap.to_numpy()
            header = f"P5 {image.shape[1]} {image.shape[0]} 255\n".encode()
            result = subprocess.run(
                [tesseract, "stdin", "stdout", "-l", "swe", "--psm", "6"],
                input=header + image.reshape(image.shape[0], image.shape[1], -1)[:, :, 0].tobytes(),
                capture_output=True,
                timeout=120,
                check=False,
            )
            if result.returncode != 0:
                raise IngestError(
                    path,
                    f"OCR misslyckades på sida {i + 1}: {result.stderr.decode(errors='replace')[:200]}",
                )
            pages.append(result.stdout.decode("utf-8", errors="replace"))
    finally:
        document.close()
    text = "\n\n".join(pages)
    if not text.strip():
        raise IngestError(path, "PDF-filen har inget textlager och OCR hittade ingen text")
    return text


def _languages(tesseract: str) -> str:
    result = subprocess.run(
        [tesseract, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
    )
    return result.stdout + result.stderr

"""Text read from pictures with Tesseract (Swedish): a scanned page, a table pasted as an image.

Tesseract is an optional program: when it (or its Swedish data) is missing, the caller
names the page in the report's warnings. Its TSV output gives every word with its box,
so an OCR'd page goes through the same layout reading as a page with a text layer.
Limits keep a hostile file from costing minutes or gigabytes: the rendered picture is
capped in pixels, and each call has a timeout.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import lru_cache

from desktop.ingest.pdf.words import Word

DPI = 300
MAX_PIXELS = 40_000_000  # a picture larger than this is rendered at a lower resolution
MIN_DPI = 100  # below this no OCR is worth it: the page is too large to be a page
TIMEOUT = 60  # seconds for one picture


@lru_cache(maxsize=1)
def tesseract() -> str | None:
    """Tesseract's path, when it is installed with Swedish."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    try:
        result = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return program if "swe" in (result.stdout + result.stderr).split() else None


MISSING = (
    "Tesseract med svenska saknas (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-swe)"
)


def render_scale(width: float, height: float) -> float | None:
    """Pixels per point to render a region at: DPI, or less for a huge one; None when
    even MIN_DPI would exceed the pixel cap."""
    scale = DPI / 72
    if width * height * scale * scale > MAX_PIXELS:
        scale = (MAX_PIXELS / (width * height)) ** 0.5
    return scale if scale >= MIN_DPI / 72 else None


NUMBER_CONFIDENCE = 85.0  # Tesseract's confidence below which a number is left out, not guessed
NOISE_CONFIDENCE = 50.0  # below this a word is a reading of a ruling line, shading or specks
# marks that mean something on their own; any other token without a letter or digit
# ("|", ":", "--+=+=") is a ruling line or a speck read as type
MARKS = frozenset("-–—&§%•")


def noise(text: str, confidence: float) -> bool:
    """Whether a word Tesseract read is no word: read with hardly any confidence, or only
    punctuation that is no mark of its own."""
    if confidence < NOISE_CONFIDENCE:
        return True
    return not any(ch.isalnum() for ch in text) and text not in MARKS


def ocr_region(
    page,
    index: int,
    box: tuple[float, float, float, float],
    height: float,
    *,
    whole_page: bool = False,
) -> tuple[list[Word], int]:
    """The words Tesseract reads in a region of a page (points from the top-left corner).

    Returns the words and how many uncertain numbers were left out. A whole page is read
    with Tesseract's automatic layout, a picture (a table) as one block of lines.
    Raises OcrError when the region is too large or Tesseract fails."""
    program = tesseract()
    if program is None:
        raise OcrError(MISSING)
    x0, top, x1, bottom = box
    width = page.get_width()
    scale = render_scale(x1 - x0, bottom - top)
    if scale is None:
        raise OcrError("bilden är för stor för att läsas med OCR")
    crop = (max(0.0, x0), max(0.0, height - bottom), max(0.0, width - x1), max(0.0, top))
    bitmap = page.render(scale=scale, crop=crop, grayscale=True)
    pixels_w, pixels_h = bitmap.width, bitmap.height
    stride = bitmap.stride
    buffer = bytes(bitmap.buffer)
    rows = b"".join(buffer[y * stride : y * stride + pixels_w] for y in range(pixels_h))
    image = f"P5 {pixels_w} {pixels_h} 255\n".encode() + rows
    try:
        result = subprocess.run(
            [program, "stdin", "stdout", "-l", "swe", "--psm", "3" if whole_page else "6", "tsv"],
            input=image,
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError("OCR tog för lång tid") from exc
    if result.returncode != 0:
        raise OcrError(f"OCR misslyckades ({result.stderr.decode(errors='replace')[:120].strip()})")
    return _words(result.stdout.decode("utf-8", errors="replace"), scale, x0, top)


class OcrError(Exception):
    """A picture that could not be read; the message says why, for the warnings."""


def _words(tsv: str, scale: float, dx: float, dy: float) -> tuple[list[Word], int]:
    """Tesseract's TSV as words, each line's words sharing the line's baseline; a number
    read with little confidence is left out (and counted), never guessed, and noise (see
    `noise`) is left out. A scan set a
    little askew is straightened first, so that a table's right-hand cells stay on the
    row of their labels (see `skew`)."""
    lines: dict[tuple[str, str, str], tuple[float, float]] = {}
    read: list[tuple[str, float, float, float, float, tuple[str, str, str]]] = []
    uncertain = 0
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, block, par, line = cells[0], cells[2], cells[3], cells[4]
        left, top, width, height = (float(c) for c in cells[6:10])
        if level == "4":
            lines[(block, par, line)] = (top + height, height)
            continue
        text = cells[11].strip()
        if level != "5" or not text or float(cells[10]) < 0:
            continue
        confidence = float(cells[10])
        if any(ch.isdigit() for ch in text) and confidence < NUMBER_CONFIDENCE:
            uncertain += 1
            continue
        if noise(text, confidence) or _again(text, left, top, width, height, read):
            continue
        read.append((text, left, top, width, height, (block, par, line)))
    slope = skew(read)
    words: list[Word] = []
    for text, left, top, width, height, key in read:
        bottom, line_height = lines.get(key, (top + height, height))
        bottom -= slope * (left + width / 2)  # as if the scan were straight
        size = line_height * 0.85 / scale
        words.append(
            Word(
                text=text,
                x0=dx + left / scale,
                top=dy + (bottom - line_height) / scale,
                x1=dx + (left + width) / scale,
                bottom=dy + bottom / scale,
                baseline=dy + bottom / scale,
                size=max(size, 4.0),
                bold=False,
                ocr=True,
            )
        )
    return words, uncertain


def _again(
    text: str,
    left: float,
    top: float,
    width: float,
    height: float,
    read: list[tuple[str, float, float, float, float, tuple[str, str, str]]],
) -> bool:
    """Whether a word was read already at the same place (Tesseract reads a shaded heading
    row twice: as type and as a line of shading)."""
    for other, x, y, w, h, _ in read:
        if other != text or y >= top + height or top >= y + h:
            continue
        if min(left + width, x + w) - max(left, x) >= 0.5 * min(width, w):
            return True
    return False


DESCENDERS = frozenset("gjpqy,;()[]{}|/")
LEAST_SKEW = 0.001  # a slope below this (0.06°) is no skew worth straightening
MOST_SKEW = 0.05  # nor one above it (3°): that is no straight line of text


def skew(words: list[tuple[str, float, float, float, float, tuple[str, str, str]]]) -> float:
    """How much the scan's lines rise or fall per pixel to the right (pixels down per pixel
    across), from the bottoms of words without descenders along each line Tesseract read;
    the median over lines, 0 when there is too little to tell."""
    by_line: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for text, left, top, width, height, key in words:
        if not DESCENDERS.intersection(text):
            by_line.setdefault(key, []).append((left + width / 2, top + height))
    slopes = []
    for points in by_line.values():
        if len(points) < 3:
            continue
        points.sort()
        span = points[-1][0] - points[0][0]
        if span <= 0:
            continue
        mean_x = sum(x for x, _ in points) / len(points)
        mean_y = sum(y for _, y in points) / len(points)
        across = sum((x - mean_x) ** 2 for x, _ in points)
        if across > 0:
            slopes.append(sum((x - mean_x) * (y - mean_y) for x, y in points) / across)
    if len(slopes) < 3:
        return 0.0
    slopes.sort()
    middle = slopes[len(slopes) // 2]
    return middle if LEAST_SKEW <= abs(middle) <= MOST_SKEW else 0.0

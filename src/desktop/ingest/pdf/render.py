"""A stored PDF's pages drawn as pictures, for the page view: the report as printed.

The PDF is opened once from its bytes (they are kept in the library) and each page is
drawn on request at the width the view asks for, as 32-bit pixels (B, G, R, unused) that
a Qt image takes as they are. A page that cannot be drawn raises PageError with the page
number; a page so large that drawing it would take more than MAX_PIXELS is drawn smaller.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PIXELS = 40_000_000  # about a 6,000 × 6,500 picture: far beyond any screen
MAX_BYTES = 1 << 30  # a stored PDF larger than this is not opened at all


class PageError(Exception):
    """A page or document that PDFium could not open or draw; the message says which."""


@dataclass(frozen=True)
class Picture:
    """One drawn page: `data` holds `height` rows of `stride` bytes, 4 bytes a pixel."""

    width: int
    height: int
    stride: int
    data: bytes
    scale: float  # pixels per point: a box in points times this is a box in pixels


class PdfPages:
    """The pages of one PDF, opened from its bytes."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2 as pdfium

        if len(data) > MAX_BYTES:
            raise PageError(f"PDF-filen är för stor för att visas ({len(data) >> 20} MB)")
        self._data = data  # PDFium reads from this buffer for as long as the document lives
        try:
            self._pdf = pdfium.PdfDocument(data)
            # a filled-in form shows what was typed into its fields, as in any PDF reader
            self._pdf.init_forms()
        except pdfium.PdfiumError as exc:
            raise PageError(f"PDF-filen kunde inte öppnas ({exc})") from exc
        self._sizes: dict[int, tuple[float, float]] = {}

    def __len__(self) -> int:
        return len(self._pdf)

    def size(self, page: int) -> tuple[float, float]:
        """(width, height) of a page (1-based) in points."""
        if page not in self._sizes:
            handle = self._page(page)
            try:
                self._sizes[page] = (handle.get_width(), handle.get_height())
            finally:
                handle.close()
        return self._sizes[page]

    def draw(self, page: int, width_px: int) -> Picture:
        """Page `page` (1-based) drawn `width_px` pixels wide (less if it would be huge)."""
        import pypdfium2 as pdfium

        width, height = self.size(page)
        if width <= 0 or height <= 0:
            raise PageError(f"sidan {page} har ingen storlek")
        scale = max(width_px, 1) / width
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        handle = self._page(page)
        try:
            bitmap = handle.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            picture = Picture(
                bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer), scale
            )
            bitmap.close()
            return picture
        except pdfium.PdfiumError as exc:
            raise PageError(f"sidan {page} kunde inte ritas ({exc})") from exc
        finally:
            handle.close()

    def _page(self, page: int):  # a pypdfium2 PdfPage
        import pypdfium2 as pdfium

        if not 1 <= page <= len(self._pdf):
            raise PageError(f"sidan {page} finns inte (PDF-filen har {len(self._pdf)} sidor)")
        try:
            return self._pdf[page - 1]
        except pdfium.PdfiumError as exc:
            raise PageError(f"sidan {page} kunde inte läsas ({exc})") from exc

    def close(self) -> None:
        self._pdf.close()

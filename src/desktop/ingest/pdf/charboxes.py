"""PDFium's measurements of many characters of a text page, asked for in one go.

A page has a few hundred words, and each needs four or five measurements (the boxes of
its first and last character, its baseline, its font size, whether the space before it
was made up). Asked for one at a time from a Python loop, the interpreter's work around
each call costs more than PDFium's own. Here each kind of measurement is asked for all
characters at once: `map` calls PDFium's function for every index with no Python code
between the calls, and each result is written straight into its slot of a numpy array,
from which the page's numbers are then worked out as arrays.

PDFium's functions are called through prototypes with plain addresses (`c_void_p`), not
pypdfium2's typed bindings: that halves the cost of a call. The prototypes are made with
`PYFUNCTYPE`, which keeps the interpreter's lock during the call instead of letting it go
and taking it back around each one (a third of what is left of a call's cost). These
functions only read the text page, take a microsecond and call nothing back; a page's
calls together take a millisecond or two, less than the interpreter's own switch interval.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Any

import numpy as np

from desktop.ingest.pdf.turn import Turn

_BOX = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_SIZE = ctypes.PYFUNCTYPE(ctypes.c_double, ctypes.c_void_p, ctypes.c_int)
_FLAG = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_ORIGIN = ctypes.PYFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p
)
_FONT_INFO = ctypes.PYFUNCTYPE(
    ctypes.c_ulong, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p
)
NAME_SIZE = 128  # a PDF name is at most 127 bytes, and PDFium adds a NUL


def _address(function) -> int:
    return ctypes.cast(function, ctypes.c_void_p).value or 0


@dataclass(frozen=True)
class _Functions:
    """PDFium's functions as prototypes with plain addresses."""

    loose_box: Any
    origin: Any
    font_size: Any
    generated: Any
    font_info: Any
    font_weight: Any


@cache
def _functions() -> _Functions:
    """The prototypes, made once: making them (a cast and a new function object each) cost
    more than a page's calls of some of them."""
    import pypdfium2.raw as raw

    return _Functions(
        loose_box=_BOX(_address(raw.FPDFText_GetLooseCharBox)),
        origin=_ORIGIN(_address(raw.FPDFText_GetCharOrigin)),
        font_size=_SIZE(_address(raw.FPDFText_GetFontSize)),
        generated=_FLAG(_address(raw.FPDFText_IsGenerated)),
        font_info=_FONT_INFO(_address(raw.FPDFText_GetFontInfo)),
        font_weight=_FLAG(_address(raw.FPDFText_GetFontWeight)),
    )


class CharBoxes:
    """One text page's character measurements, for lists of character indexes; on a page
    whose text is turned (`turn`), measured on the page turned back."""

    def __init__(self, textpage, turn: Turn | None = None) -> None:
        self.turn = turn
        self.handle = _address(textpage.raw)
        functions = _functions()
        self._loose_box = functions.loose_box
        self._origin = functions.origin
        self._font_size = functions.font_size
        self._generated = functions.generated
        self._font_info = functions.font_info
        self._font_weight = functions.font_weight

    def loose_boxes(self, indexes: list[int]) -> np.ndarray:
        """(left, top, right, bottom) of each character's loose box, in PDF points
        (y upwards), as float64 so that sums and differences are the same as Python's."""
        boxes = np.zeros((len(indexes), 4), dtype=np.float32)  # an FS_RECTF per row
        start = boxes.ctypes.data
        slots = range(start, start + 16 * len(indexes), 16)
        # PDFium fills every box of a valid index; the results need no checking
        list(map(self._loose_box, repeat(self.handle), indexes, slots))
        if self.turn is not None:
            return self.turn.boxes(boxes.astype(np.float64))
        return boxes.astype(np.float64)

    def baselines(self, indexes: list[int]) -> np.ndarray:
        """The y of each character's origin (its baseline), in PDF points (y upwards)."""
        origins = np.zeros((len(indexes), 2), dtype=np.float64)  # (x, y) per row
        start = origins.ctypes.data
        xs = range(start, start + 16 * len(indexes), 16)
        ys = range(start + 8, start + 8 + 16 * len(indexes), 16)
        list(map(self._origin, repeat(self.handle), indexes, xs, ys))
        if self.turn is not None:
            return self.turn.points(origins[:, 0], origins[:, 1])[1]
        return origins[:, 1]

    def font_sizes(self, indexes: list[int]) -> np.ndarray:
        """Each character's font size as PDFium gives it (before the text matrix)."""
        return np.fromiter(
            map(self._font_size, repeat(self.handle), indexes), np.float64, len(indexes)
        )

    def generated(self, indexes: list[int]) -> list[int]:
        """Whether each character was made up by PDFium (a space or line break it
        inserted), not printed by the page."""
        return list(map(self._generated, repeat(self.handle), indexes))

    def fonts(self, indexes: list[int]) -> list[tuple[bytes, int]]:
        """Each character's font: its name (bytes, as PDFium gives it) and its weight."""
        names = ctypes.create_string_buffer(NAME_SIZE * len(indexes))
        flags = ctypes.c_int()  # the font's flags, not needed
        start = ctypes.addressof(names)
        slots = range(start, start + NAME_SIZE * len(indexes), NAME_SIZE)
        lengths = list(
            map(
                self._font_info,
                repeat(self.handle),
                indexes,
                slots,
                repeat(NAME_SIZE),
                repeat(ctypes.addressof(flags)),
            )
        )
        weights = map(self._font_weight, repeat(self.handle), indexes)
        data = names.raw
        return [
            (data[n * NAME_SIZE : n * NAME_SIZE + max(0, min(length, NAME_SIZE) - 1)], weight)
            for n, (length, weight) in enumerate(zip(lengths, weights, strict=True))
        ]

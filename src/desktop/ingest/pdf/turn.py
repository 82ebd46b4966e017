"""Pages whose text is set turned: read as if the page were turned back.

A landscape page inside a portrait report is often stored as a portrait page whose text
is drawn turned a quarter, with the page's /Rotate entry telling a viewer to show it
turned back (a print driver's output), or with no such entry at all. PDFium measures the
text where it is drawn, so its lines run up or down the page and every word would be
read letter by letter. When most of a page's text is turned by the same quarter, its
measurements (characters, drawn lines and boxes) are turned back here, into a page on
which that text reads from left to right; for a page shown with /Rotate, that is the
page as the member sees it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

SAMPLES = 40  # characters asked their angle, spread over the page's text
MOST = 0.8  # of them turned by the same quarter: the page is turned
TOLERANCE = 0.1  # radians: a quarter turn, give or take this


@dataclass(frozen=True)
class Turn:
    """How far a page's text is turned, and the size of the page as its text is measured.

    `quarters` counts quarter turns anticlockwise as PDFium gives a character's angle:
    1 is text reading downwards, 2 upside down, 3 reading upwards."""

    quarters: int
    width: float  # the page as drawn (PDF points), before it is turned back
    height: float

    def size(self) -> tuple[float, float]:
        """(width, height) of the page turned back."""
        if self.quarters % 2:
            return self.height, self.width
        return self.width, self.height

    def boxes(self, boxes: np.ndarray) -> np.ndarray:
        """Boxes as (left, top, right, bottom) rows, y upwards, turned back."""
        left, top, right, bottom = boxes.T
        w, h = self.width, self.height
        if self.quarters == 3:  # reading upwards: x grows along the line, lines go right
            turned = (bottom, w - left, top, w - right)
        elif self.quarters == 1:
            turned = (h - top, right, h - bottom, left)
        else:
            turned = (w - right, h - bottom, w - left, h - top)
        return np.stack(turned, axis=1)

    def box(
        self, left: float, bottom: float, right: float, top: float
    ) -> tuple[float, float, float, float]:
        """One box as (left, bottom, right, top), y upwards, turned back."""
        turned = self.boxes(np.array([[left, top, right, bottom]], dtype=np.float64))
        x0, y1, x1, y0 = turned[0].tolist()
        return x0, y0, x1, y1

    def points(self, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Points (y upwards) turned back."""
        w, h = self.width, self.height
        if self.quarters == 3:
            return ys, w - xs
        if self.quarters == 1:
            return h - ys, xs
        return w - xs, h - ys

    def relative(self, angle: float) -> float:
        """A character's angle on the page turned back."""
        return angle - self.quarters * math.pi / 2


def page_turn(textpage, page) -> Turn | None:
    """How the page's text is turned, if most of it is turned by the same quarter."""
    import pypdfium2.raw as raw

    count = raw.FPDFText_CountChars(textpage)
    if count <= 0:
        return None
    step = max(1, count // SAMPLES)
    quarters: list[int] = []
    unicode = raw.FPDFText_GetUnicode
    for index in range(0, count, step):
        if chr(unicode(textpage, index) or 32).isspace():
            continue
        angle = raw.FPDFText_GetCharAngle(textpage, index)
        if angle < 0:
            continue  # PDFium could not tell
        turns = round(angle / (math.pi / 2))
        quarters.append(turns % 4 if abs(angle - turns * math.pi / 2) <= TOLERANCE else -1)
    if not quarters:
        return None
    most = max(set(quarters), key=quarters.count)
    if most <= 0 or quarters.count(most) < MOST * len(quarters):
        return None
    return Turn(most, *drawn_size(page))


def drawn_size(page) -> tuple[float, float]:
    """(width, height) of the page as its text is drawn and measured: as shown, but before
    the page's /Rotate turns it."""
    width, height = page.get_size()  # as shown
    if page.get_rotation() in (90, 270):
        return height, width
    return width, height

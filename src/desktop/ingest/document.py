"""A source document as the readers see it: lines of text with what the layout tells of them.

Both a text file and a PDF become a `Document`. Its `lines` are the text the readers
work on (1-based line numbers everywhere, as in `Report.text`); `info` says, for a PDF,
where each line stands on which page and whether the layout shows it as a heading or a
table row. A text file has no layout, so its readers guess from the text alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop.ingest.model import Table

LineKind = Literal["text", "heading", "table", "blank"]
SOFT_HYPHEN = "\u00ad"  # a word hyphenated at a line end, kept so the page reads as printed


@dataclass
class Fragment:
    """Part of a line as printed: its page (1-based), its box in points from the page's
    top-left corner, and the characters of the line it holds."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    start: int
    end: int


@dataclass
class LineInfo:
    kind: LineKind = "text"
    level: int = 0  # a heading's level in the outline, 1 the highest
    size: float = 0.0  # type size in points
    bold: bool = False
    fragments: list[Fragment] = field(default_factory=list)

    @property
    def page(self) -> int | None:
        return self.fragments[0].page if self.fragments else None


@dataclass
class TocEntry:
    title: str
    page: int
    level: int = 1


# filled shapes a status light may be printed with as a character of the text ("●" in a
# status column, coloured by its fill); a cell holding only these holds no words
STATUS_GLYPHS = frozenset("●⬤⚫■◼▪▲▼◆♦★")


@dataclass
class Mark:
    """A coloured symbol printed on a page (a status light): its colour name and box; or a
    black one, printed for black-and-white paper, named by its shape (a filled circle or
    square, a ring, a ring half filled, a dash), which only a legend gives a meaning."""

    colour: Literal["green", "yellow", "red", "blue", "grey", "filled", "ring", "half", "dash"]
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    # "text": a line of bold text printed in the colour (a goal's title in green), which
    # says a status only where the report's legend says its text colours do
    printed_as: Literal["symbol", "text"] = "symbol"


@dataclass
class Document:
    """Lines of text, with the layout's hints where the source has a layout."""

    lines: list[str]
    info: list[LineInfo] = field(default_factory=list)  # parallel to lines; [] for text files
    tables: list[Table] = field(default_factory=list)  # tables the layout found (line ranges)
    toc: list[TocEntry] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)  # running headers and footers, once each
    marks: list[Mark] = field(default_factory=list)
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: Literal["text", "pdf"] = "text"
    line_pages: list[int] = field(default_factory=list)  # a text file's page per line (form feeds)

    @property
    def has_layout(self) -> bool:
        return bool(self.info)

    def line_info(self, number: int) -> LineInfo | None:
        """What the layout says of line `number` (1-based), or None for a text file."""
        if 1 <= number <= len(self.info):
            return self.info[number - 1]
        return None

    def page_of(self, number: int) -> int | None:
        """The page (1-based) line `number` starts on, if known."""
        if self.line_pages and 1 <= number <= len(self.line_pages):
            return self.line_pages[number - 1]
        info = self.line_info(number)
        if info is not None and info.page is not None:
            return info.page
        # a blank line between blocks takes the page of the line before it
        for n in range(number - 1, max(0, number - 4), -1):
            info = self.line_info(n)
            if info is not None and info.page is not None:
                return info.page
        return None


def plain(text: str) -> str:
    """Text without the soft hyphens that keep a line-end hyphenation visible."""
    return text.replace(SOFT_HYPHEN, "")

"""Where an item of a report stands on its original pages, and the PDF to draw them from.

A PDF report keeps its bytes (report_sources) and, per line of its text, the boxes the
line fills on the pages (report_layout, see store.layout). From those, a section, a
passage of a section (a search hit, an annotation), a table cell, a goal, a KPI or a
finance row is found on its page: `ReportPages.section(...)` and its siblings return a
`Place`, the page to open and the boxes to highlight. A text report has no pages.

A member may keep only the PDF's path (not a copy of its bytes): the file is then read
from there and checked against the report's SHA-256, and a moved or changed file is
named in an OriginalMissing error rather than shown as the wrong document.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import NamndlasarenError
from desktop.store import layout as stored_layout
from desktop.store import queries
from desktop.store.layout import Box, Layout


class OriginalMissing(NamndlasarenError):
    """The report's PDF is not in the library and its file cannot be used."""


@dataclass(frozen=True)
class Place:
    """A passage on the original pages: the page to open and every box to highlight."""

    page: int  # 1-based
    boxes: tuple[Box, ...]

    def on(self, page: int) -> list[Box]:
        return [box for box in self.boxes if box.page == page]


def has_pages(conn: sqlite3.Connection, report_id: int) -> bool:
    """True when the report came from a PDF whose pages can be shown."""
    row = conn.execute(
        "SELECT 1 FROM report_sources s JOIN report_layout l ON l.report_id = s.report_id"
        " WHERE s.report_id = ? AND s.kind = 'pdf'",
        (report_id,),
    ).fetchone()
    return row is not None


def source_pdf(conn: sqlite3.Connection, report_id: int) -> bytes | None:
    """The report's PDF: its stored bytes, or its file when only the path was kept.

    None for a report that did not come from a PDF; OriginalMissing when the kept path
    no longer leads to the same file.
    """
    row = conn.execute(
        "SELECT s.data, s.path, r.sha256 FROM report_sources s JOIN reports r ON r.id = s.report_id"
        " WHERE s.report_id = ? AND s.kind = 'pdf'",
        (report_id,),
    ).fetchone()
    if row is None:
        return None
    data, path, sha256 = row
    if data is not None:
        return bytes(data)
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise OriginalMissing(
            f"Originalfilen {path} kan inte läsas ({exc.strerror or exc}); "
            "flytta tillbaka den eller importera rapporten igen"
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha256:
        raise OriginalMissing(
            f"Originalfilen {path} har ändrats sedan rapporten importerades; "
            "importera den igen för att se sidorna"
        )
    return bytes(data)


class ReportPages:
    """One PDF report's items found on its pages; every method returns None when the
    item has no place on a page (a text report, or a line the layout does not hold)."""

    def __init__(self, conn: sqlite3.Connection, report_id: int) -> None:
        self.conn = conn
        self.report_id = report_id
        self.layout: Layout | None = stored_layout.load(conn, report_id)
        self._lines: list[str] | None = None
        self._sections: dict[int, queries.SectionRow] | None = None

    @property
    def pages(self) -> int:
        return self.layout.pages if self.layout is not None else 0

    def page_size(self, page: int) -> tuple[float, float] | None:
        if self.layout is None or not 1 <= page <= self.layout.pages:
            return None
        return self.layout.sizes[page - 1]

    # --- items ---------------------------------------------------------------------------

    def lines(
        self, first: int, last: int, start: int | None = None, end: int | None = None
    ) -> Place | None:
        """Lines first..last of the report's text (with start/end: those characters of a
        single line)."""
        if self.layout is None:
            return None
        return _place(self.layout.boxes(first, last, start, end))

    def section(self, section_id: int) -> Place | None:
        """A section's heading, or its first line that stands on a page."""
        section = self._section(section_id)
        if section is None or self.layout is None:
            return None
        for number in range(section.line_start, section.line_end + 1):
            place = self.lines(number, number)
            if place is not None:
                return place
        return None

    def passage(self, section_id: int, start: int, end: int) -> Place | None:
        """Characters start..end of a section's text (a search hit, an annotation)."""
        section = self._section(section_id)
        if section is None or self.layout is None:
            return None
        boxes: list[Box] = []
        for block in section.blocks:
            if block.char_end <= start or block.char_start >= end:
                continue
            if block.table is not None:
                boxes += self.layout.boxes(block.line_start, block.line_end)
                continue
            text = section.text[block.char_start : block.char_end]
            spans = _line_spans(text, self._text_lines(), block.line_start, block.line_end)
            for number, offset, in_block, length in spans:
                a = max(start - block.char_start, in_block)
                b = min(end - block.char_start, in_block + length)
                if a < b:
                    boxes += self.layout.boxes(
                        number, number, offset + a - in_block, offset + b - in_block
                    )
        return _place(boxes) or self.section(section_id)

    def table_cell(self, table_id: int, row: int, column: int | None = None) -> Place | None:
        """A body row of a table (0-based, under its header), and within it one column."""
        found = self.conn.execute(
            "SELECT rows, line_start, line_end FROM report_tables WHERE id = ? AND report_id = ?",
            (table_id, self.report_id),
        ).fetchone()
        if found is None or self.layout is None:
            return None
        count = len(json.loads(found[0]))
        number = int(found[2]) - (count - 1 - row)  # body rows are the table's last lines
        if not int(found[1]) <= number <= int(found[2]):
            return self.lines(int(found[1]), int(found[2]))
        lines = self._text_lines()
        text = lines[number - 1] if 0 < number <= len(lines) else ""
        cells = text.split("\t")
        if column is not None and 0 <= column < len(cells) and len(cells) > 1:
            start = sum(len(cell) + 1 for cell in cells[:column])
            place = self.lines(number, number, start, start + len(cells[column]))
            if place is not None:
                return place
        return self.lines(number, number)

    def goal(self, goal_id: int) -> Place | None:
        """A goal's title, where the goal starts."""
        return self._item("goals", goal_id, "line_start, line_start")

    def kpi(self, kpi_id: int) -> Place | None:
        """A KPI's row in its table."""
        return self._item("kpis", kpi_id, "line_start, line_end")

    def finance_row(self, row_id: int) -> Place | None:
        return self._item("finance", row_id, "line, line")

    def _item(self, table: str, item_id: int, lines: str) -> Place | None:
        row = self.conn.execute(
            f"SELECT {lines} FROM {table} WHERE id = ? AND report_id = ?",
            (item_id, self.report_id),
        ).fetchone()
        if row is None or self.layout is None:
            return None
        first, last = int(row[0]), int(row[1])
        for number in range(first, last + 1):  # the first line of the item that has a place
            if self.layout.lines.get(number):
                return self.lines(number, last if last - number < 8 else number)
        return None

    # --- the report's text and sections, read once ---------------------------------------

    def _text_lines(self) -> list[str]:
        if self._lines is None:
            self._lines = queries.report_text(self.conn, self.report_id).split("\n")
        return self._lines

    def _section(self, section_id: int) -> queries.SectionRow | None:
        if self._sections is None:
            self._sections = {s.id: s for s in queries.report_sections(self.conn, self.report_id)}
        return self._sections.get(section_id)


def _place(boxes: list[Box]) -> Place | None:
    return Place(boxes[0].page, tuple(boxes)) if boxes else None


def _line_spans(
    block: str, lines: list[str], first: int, last: int
) -> list[tuple[int, int, int, int]]:
    """Where each line of the text first..last stands in a block made of them:
    (line number, where the block's part starts in the line, where it starts in the
    block, its length). Lines are found in order; one not found is left out."""
    spans: list[tuple[int, int, int, int]] = []
    position = 0
    for number in range(first, last + 1):
        if not 0 < number <= len(lines):
            continue
        line = lines[number - 1]
        content = line.strip()
        if not content:
            continue
        found = block.find(content, position)
        if found < 0:
            found = block.find(content[:40], position)
            if found < 0:
                continue
        spans.append((number, line.find(content), found, min(len(content), len(block) - found)))
        position = found + len(content)
    return spans

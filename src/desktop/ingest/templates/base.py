"""What a template is: a layout the readers know, with a score from its own markers.

Every step of reading a report (metadata, tables, outline, goals, KPIs, finance) is a
method whose default is the shared reader; a template overrides only what its layout
prints differently. The generic template overrides nothing and reads any report.
"""

from __future__ import annotations

from desktop.ingest.model import Finance, Goal, Kpi, Section, Table
from desktop.ingest.readers.finance import extract_finance, space_finance_tables
from desktop.ingest.readers.goals import read_goals
from desktop.ingest.readers.kpi_lines import IN_CELL_RULE, kpi_lines
from desktop.ingest.readers.kpis import extract_kpis
from desktop.ingest.readers.metadata import Metadata, read_metadata
from desktop.ingest.readers.outline import outline
from desktop.ingest.readers.reading import Reading
from desktop.ingest.readers.space_tables import find_space_tables
from desktop.ingest.readers.text_tables import find_text_tables


class Template:
    """The generic reading; a known layout subclasses it and overrides what differs."""

    name = "generic"
    version = 2  # 2: text tables by position, numbered headings, years as rows, centred groups

    def score(self, reading: Reading) -> float:
        """How sure this template is that the report is in its layout, 0 to 1."""
        return 0.0

    def metadata(self, reading: Reading) -> Metadata:
        return read_metadata(reading.document, reading.lines, reading.warnings)

    def tables(self, reading: Reading) -> list[Table]:
        if reading.document.has_layout:
            return list(reading.document.tables)
        columns = find_text_tables(reading.lines)
        spaced = [
            t
            for t in find_space_tables(reading.lines, reading.warnings)
            if not any(t.line_start <= c.line_end and c.line_start <= t.line_end for c in columns)
        ]
        tables = sorted(columns + spaced, key=lambda t: t.line_start)
        return tables + space_finance_tables(reading.lines, ocr=reading.ocr, taken=tables)

    def outline(self, reading: Reading) -> list[Section]:
        return outline(reading.lines, reading.tables, reading.document)

    def goals(self, reading: Reading) -> list[Goal]:
        return read_goals(reading)

    def kpis(self, reading: Reading) -> list[Kpi]:
        items = kpi_lines(reading)
        # a table row whose cell was read as KPIs one after the other is not one KPI itself
        in_cells = {k.line_start for k in items if k.found_by == IN_CELL_RULE}
        tables = [
            k
            for k in extract_kpis(reading.sections, reading.meta.year if reading.meta else 0)
            if k.values or k.line_start not in in_cells
        ]
        return tables + items

    def finance(self, reading: Reading) -> Finance:
        return extract_finance(reading.sections, reading.lines, reading.warnings, ocr=reading.ocr)

"""One report being read: its document and what the readers have read of it so far."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from desktop.ingest.document import Document, Mark
from desktop.ingest.model import Section, Table
from desktop.ingest.readers.metadata import Metadata
from desktop.ingest.readers.status import fold_damaged

# a legend of text colours, folded: "grön text", "röda rubriker", "orange titel"
TEXT_COLOURS = re.compile(r"\b(?:gron|gul|orange|rod)a?\s+(?:text|rubrik|titel)")


@dataclass
class Reading:
    """One report being read: its document and what has been read of it so far."""

    document: Document
    lines: list[str]
    warnings: list[str]
    ocr: bool = False  # the text was OCR'd and its spelling repaired
    meta: Metadata = field(default_factory=Metadata)
    tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    @cached_property
    def folded(self) -> list[str]:
        """The lines folded for matching (lower case, no diacritics, OCR digits undone)."""
        return [fold_damaged(line) for line in self.lines]

    @cached_property
    def marks(self) -> list[Mark]:
        """The coloured marks a status may be read from: the symbols, and the bold lines
        printed in a status colour only where the report says what its text colours mean
        ("grön text – målet bedöms uppnås"); elsewhere a coloured heading is design."""
        told = sum(len(TEXT_COLOURS.findall(line)) for line in self.folded) >= 2
        return [m for m in self.document.marks if m.printed_as == "symbol" or told]

    @property
    def interim(self) -> bool:
        return self.meta.report_type == "interim"

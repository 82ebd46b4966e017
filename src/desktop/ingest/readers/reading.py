"""One report being read: its document and what the readers have read of it so far."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from desktop.ingest.document import Document
from desktop.ingest.model import Section, Table
from desktop.ingest.readers.metadata import Metadata
from desktop.ingest.readers.status import fold_damaged


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

    @property
    def interim(self) -> bool:
        return self.meta.report_type == "interim"

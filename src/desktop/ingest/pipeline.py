"""Source file → Report: the ingestion pipeline.

A file becomes a Document (a text file's lines, or a PDF's layout read in a child
process), OCR'd text gets its spelling back, the template registry picks the reader
(ingest/templates/), and the template reads metadata, outline, goals, KPIs and finance.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from desktop.errors import IngestError
from desktop.ingest.document import Document
from desktop.ingest.model import Kpi, Report
from desktop.ingest.mojibake import repaired

# Raise when extraction changes what it finds: libraries built by an older parser are
# then re-extracted on start (store.library.default_library).
PARSER_VERSION = 106
MAX_BYTES = 50 * 1024 * 1024


def extract_file(path: Path | str) -> Report:
    """Read and extract one report file; raises IngestError naming the file and the problem."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "filen finns inte")
    if not path.is_file():
        raise IngestError(path, "är ingen fil")
    size = path.stat().st_size
    if size == 0:
        raise IngestError(path, "filen är tom")
    if size > MAX_BYTES:
        raise IngestError(path, f"filen är för stor ({size // (1024 * 1024)} MB; högst 50 MB)")
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf" or data.startswith(b"%PDF"):
        from desktop.ingest.pdf.sandbox import read_pdf_isolated

        document = read_pdf_isolated(path)
        if not any(line.strip() for line in document.lines):
            problem = f": {document.warnings[-1]}" if document.warnings else ""
            raise IngestError(path, f"PDF-filen innehåller ingen läsbar text{problem}")
    else:
        document = text_document(decode(path, data))
    report = extract_document(
        document, sha256=hashlib.sha256(data).hexdigest(), source_name=path.name
    )
    if document.source == "pdf":
        report.source_pdf = data
    return report


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16, else Windows-1252; binary content, NUL
    characters and text over what the reader handles are refused (desktop.textfiles)."""
    from desktop.textfiles import TextProblem, report_text

    try:
        return report_text(data)
    except TextProblem as exc:
        raise IngestError(path, str(exc)) from exc


def text_document(raw: str) -> Document:
    """A text file's lines as a document without layout; its page breaks (form feeds, as
    pdftotext writes them) give each line a page, and its running headers and footers are
    blanked (kept as metadata evidence)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if not unicodedata.is_normalized("NFC", text):  # "a" + "\u0308" for "ä", as macOS writes
        text = unicodedata.normalize("NFC", text)
    text = repaired(text)  # "nÃ¤mnden": UTF-8 once read as Windows-1252 and saved so
    lines: list[str] = []
    pages: list[int] = []
    for number, page in enumerate(text.split("\f"), start=1):
        page_lines = page.split("\n")
        if lines:  # the form feed stands inside a line: that line is the new page's first
            lines[-1] += page_lines.pop(0)
            pages[-1] = number
        lines.extend(page_lines)
        pages.extend([number] * len(page_lines))
    document = Document(lines, line_pages=pages if pages and pages[-1] > 1 else [])
    blank_text_furniture(document)
    return document


def extract_text(raw: str, *, sha256: str = "", source_name: str = "") -> Report:
    """Extract a report from its text."""
    return extract_document(text_document(raw), sha256=sha256, source_name=source_name)


def extract_document(document: Document, *, sha256: str = "", source_name: str = "") -> Report:
    """Extract a report from a document (a text file's lines or a PDF's layout): the
    template whose markers fit it best reads it, or the generic one."""
    from desktop.ingest.readers.finance_space import forget_read_tables
    from desktop.ingest.readers.goals import link_kpis
    from desktop.ingest.readers.ocr_repair import looks_damaged, repair_text
    from desktop.ingest.readers.reading import Reading
    from desktop.ingest.templates import pick

    forget_read_tables()
    text = "\n".join(document.lines)
    warnings: list[str] = list(document.warnings)
    ocr = looks_damaged(text)
    if ocr:
        text, repaired = repair_text(text)
        warnings.extend(repaired)
        for table in document.tables:  # a PDF's tables are read apart from its lines
            table.header = [repair_text(cell)[0] for cell in table.header]
            table.rows = [[repair_text(cell)[0] for cell in row] for row in table.rows]
    lines = [line.rstrip() for line in text.split("\n")]
    reading = Reading(document, lines, warnings, ocr=ocr)
    template, score = pick(reading)
    if template.name == "generic":
        warnings.append("rapportens layout är okänd: den lästes med de allmänna reglerna")
    reading.meta = meta = template.metadata(reading)
    if not meta.is_report:
        raise IngestError(
            source_name or "texten",
            "är ingen nämndrapport: varken kommun, nämnd eller rapporttyp står i den",
        )
    reading.tables = template.tables(reading)
    reading.sections = sections = template.outline(reading)
    if not sections:
        warnings.append("inga avsnitt hittades")
    goals = template.goals(reading)
    kpis = template.kpis(reading)
    for kpi in kpis:
        kpi.found_by = kpi.found_by or f"{template.name}/kpi-table"
    if ocr:
        from desktop.ingest.readers.ocr_repair import restore_kpi_name
        from desktop.ingest.readers.outline import restore_heading

        for kpi in kpis:
            kpi.name = restore_kpi_name(kpi.name)
        for section in sections:
            section.heading = restore_heading(section.heading)
    kpis = _joined(kpis)
    _tell_apart(kpis)
    link_kpis(goals, kpis)
    finance = template.finance(reading)
    for row in [*finance.income_statement, *finance.by_unit]:
        row.found_by = row.found_by or f"{template.name}/finance-table"
    _pages(document, sections, goals, kpis, finance)
    return Report(
        municipality=meta.municipality,
        committee=meta.committee,
        report_type=meta.report_type or "annual",  # type: ignore[arg-type]
        period_year=meta.year,
        period_end=meta.end,
        title=meta.title,
        sections=sections,
        goals=goals,
        kpis=kpis,
        finance=finance,
        warnings=warnings,
        text="\n".join(lines),
        sha256=sha256,
        source_name=source_name,
        template=template.name,
        template_version=template.version,
        template_score=score,
        found_by=dict(meta.found_by),
        document=document if document.has_layout else None,
    )


def _joined(kpis: list[Kpi]) -> list[Kpi]:
    """A KPI whose years a wide table prints over two pages, its names repeated at left
    (a spreadsheet's 2018–2021 on one page, 2022–2025 and the target on the next, under
    one caption): one KPI with every year. Only rows of one name in one table whose years
    do not meet are joined; the same row printed twice stays as it is."""
    first: dict[tuple[str, str], Kpi] = {}
    out: list[Kpi] = []
    for kpi in kpis:
        earlier = first.get((kpi.name, kpi.table))
        if earlier is None or not kpi.table or earlier.values.keys() & kpi.values.keys():
            first.setdefault((kpi.name, kpi.table), kpi)
            out.append(kpi)
            continue
        earlier.values = dict(sorted({**earlier.values, **kpi.values}.items()))
        earlier.other_columns = {**earlier.other_columns, **kpi.other_columns}
        if earlier.target is None:
            earlier.target, earlier.target_raw = kpi.target, kpi.target_raw
            earlier.target_direction = kpi.target_direction
        earlier.line_end = max(earlier.line_end, kpi.line_end)
    return out


def _tell_apart(kpis: list[Kpi]) -> None:
    """KPIs of one name that say different things in different tables ("Andel nöjda
    brukare" under Hemtjänst and under Särskilt boende) named by their table as well, so
    that neither is taken for the other over the years; the same KPI printed twice, with
    the same values, keeps its name."""
    by_name: dict[str, list[Kpi]] = {}
    for kpi in kpis:
        by_name.setdefault(kpi.name, []).append(kpi)
    for same in by_name.values():
        tables = {kpi.table for kpi in same}
        if len(same) < 2 or len(tables) < len(same) or "" in tables:
            continue
        differ = any(
            a.values[year] != b.values[year]
            for a, b in zip(same, same[1:], strict=False)
            for year in a.values.keys() & b.values.keys()
        )
        if differ:
            for kpi in same:
                kpi.name = f"{kpi.name} ({kpi.table})"


TEXT_FURNITURE_MIN = 3  # times a line must come back to be a running header or footer
PAGE_MARK = re.compile(
    r"\b\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*$|\b(?:sida|sid)\s+\d{1,3}\b|\b\d{1,3}\s+av\s+\d{1,3}\s*$",
    re.I,
)

PAGE_OF_PAGES = re.compile(
    r"(?:\b(?:sida|sid)\s+)?\b(\d{1,3})\s*(?:\(\s*|av\s+)(\d{1,3})\s*\)?\s*$", re.I
)
DIGITS = re.compile(r"\d+")


def blank_text_furniture(document: Document) -> None:
    """Running headers and footers of a text file blanked, kept once as furniture.

    A line (digits aside) that comes back at least three times and carries a page number
    ("Socialnämnden, Delårsrapport … augusti 2023 3(20)", "Årsrapport … 2025  3 (40)"), or
    that stands first or last on most pages of a file with page breaks, is furniture.
    """
    numbered = DIGITS.sub("#", "\n".join(document.lines)).split("\n")  # one pass, line by line
    keys = [" ".join(line.split()).lower() for line in numbered]
    counts: dict[str, int] = {}
    for key in keys:
        if key and len(key) <= 160:
            counts[key] = counts.get(key, 0) + 1
    edges: set[int] = set()
    by_page: dict[int, list[int]] = {}  # each page's lines with text, in order
    for i, page in enumerate(document.line_pages):
        if document.lines[i].strip():
            by_page.setdefault(page, []).append(i)
    for numbers in by_page.values():
        edges.update(numbers[:2] + numbers[-2:])
    found: dict[str, None] = {}
    for index, key in enumerate(keys):
        line = document.lines[index]
        if not key or len(key) > 160:
            continue
        if counts.get(key, 0) < TEXT_FURNITURE_MIN:
            # "… augusti 2023 11(12)": a footer even when seen once; it ends in a digit or ")"
            if key.endswith(("#", ")")) and _page_of_pages(line):
                found[" ".join(line.split())] = None
                document.lines[index] = ""
            continue
        if PAGE_MARK.search(line) or index in edges and not line.strip().endswith((".", ":")):
            found[" ".join(line.split())] = None
            document.lines[index] = ""
    document.furniture = list(found)


def _page_of_pages(line: str) -> bool:
    """A line that ends in its page number out of the total ("… 2023 11(12)", "Sida 3 av 12");
    not a label's value ("Måluppfyllelse: 3 av 4")."""
    end = line.rstrip()[-1:]
    if not (end.isdigit() or end == ")"):  # the search below is slow on a long line
        return False
    match = PAGE_OF_PAGES.search(line)
    if match is None:
        return False
    before = line[: match.start()]
    if before.rstrip().endswith(":"):
        return False  # "Måluppfyllelse: 3 av 4": a label's value, a score
    return 1 <= int(match.group(1)) <= int(match.group(2)) and any(c.isalpha() for c in before)


def _pages(document: Document, sections, goals, kpis, finance) -> None:
    """Every item of a report with a layout gets the page it starts on."""
    if not document.has_layout and not document.line_pages:
        return
    for section in sections:
        section.page = document.page_of(section.line_start)
    for goal in goals:
        goal.page = document.page_of(goal.line_start)
    for kpi in kpis:
        kpi.page = document.page_of(kpi.line_start)
    for row in [*finance.income_statement, *finance.by_unit]:
        row.page = document.page_of(row.line)

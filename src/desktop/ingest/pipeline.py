"""Source file → Report: the ingestion pipeline.

Reading (text or PDF), OCR repair, metadata and sections live here; goals, KPIs and
finance come from their own modules, which this one calls in order.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from desktop.errors import IngestError
from desktop.ingest.document import Document
from desktop.ingest.model import Report
from desktop.ingest.readers.outline import outline

# Raise when extraction changes what it finds: libraries built by an older parser are
# then re-extracted on start (store.library.default_library).
PARSER_VERSION = 10
MAX_BYTES = 50 * 1024 * 1024
MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_END = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


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
            problem = document.warnings[-1] if document.warnings else "ingen läsbar text"
            raise IngestError(path, f"PDF-filen innehåller ingen läsbar text: {problem}")
    else:
        document = text_document(decode(path, data))
    return extract_document(
        document, sha256=hashlib.sha256(data).hexdigest(), source_name=path.name
    )


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252; binary content is refused."""
    if b"\x00" in data[:65536]:
        raise IngestError(path, "filen är inte text (binärt innehåll)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > len(text) // 100:
        raise IngestError(path, "okänd teckenkodning (varken UTF-8 eller Windows-1252)")
    return text


def text_document(raw: str) -> Document:
    """A text file's lines as a document without layout."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return Document(text.split("\n"))


def extract_text(raw: str, *, sha256: str = "", source_name: str = "") -> Report:
    """Extract a report from its text."""
    return extract_document(text_document(raw), sha256=sha256, source_name=source_name)


def extract_document(document: Document, *, sha256: str = "", source_name: str = "") -> Report:
    """Extract a report from a document (a text file's lines or a PDF's layout)."""
    text = "\n".join(document.lines)
    warnings: list[str] = list(document.warnings)
    from desktop.ingest.readers.ocr_repair import looks_damaged, repair_text

    ocr = looks_damaged(text)
    if ocr:
        text, repaired = repair_text(text)
        warnings.extend(repaired)
    lines = [line.rstrip() for line in text.split("\n")]
    municipality, committee, report_type, year, end, title = metadata(lines, warnings)
    if document.has_layout:
        tables = list(document.tables)
    else:
        from desktop.ingest.readers.finance import space_finance_tables
        from desktop.ingest.readers.space_tables import find_space_tables

        tables = find_space_tables(lines, warnings)
        tables += space_finance_tables(lines, ocr=ocr, taken=tables)
    sections = outline(lines, tables, document)
    if not sections:
        warnings.append("inga avsnitt hittades")
    from desktop.ingest.readers.finance import extract_finance
    from desktop.ingest.readers.goals import extract_goals, link_kpis
    from desktop.ingest.readers.kpis import extract_kpis

    goals = extract_goals(lines, sections)
    kpis = extract_kpis(sections)
    if ocr:
        from desktop.ingest.readers.ocr_repair import restore_kpi_name
        from desktop.ingest.readers.outline import restore_heading

        for kpi in kpis:
            kpi.name = restore_kpi_name(kpi.name)
        for section in sections:
            section.heading = restore_heading(section.heading)
    link_kpis(goals, kpis)
    finance = extract_finance(sections, lines, warnings, ocr=ocr)
    _pages(document, sections, goals, kpis, finance)
    return Report(
        municipality=municipality,
        committee=committee,
        report_type=report_type,  # type: ignore[arg-type]
        period_year=year,
        period_end=end,
        title=title,
        sections=sections,
        goals=goals,
        kpis=kpis,
        finance=finance,
        warnings=warnings,
        text="\n".join(lines),
        sha256=sha256,
        source_name=source_name,
        document=document if document.has_layout else None,
    )


def _pages(document: Document, sections, goals, kpis, finance) -> None:
    """Every item of a report with a layout gets the page it starts on."""
    if not document.has_layout:
        return
    for section in sections:
        section.page = document.page_of(section.line_start)
    for goal in goals:
        goal.page = document.page_of(goal.line_start)
    for kpi in kpis:
        kpi.page = document.page_of(kpi.line_start)
    for row in [*finance.income_statement, *finance.by_unit]:
        row.page = document.page_of(row.line)


FOOTER = re.compile(
    r"^\s*(?P<committee>[A-ZÅÄÖ][\w-]*n[aä]mnden), (?P<title>(?:[AÅ]rsbokslut|Del[aå]rsrapport)[^\n]*?\d{4})"
    r"(?:\s+\d{1,3}\(\d{1,3}\))?\s*$"
)


def metadata(lines: list[str], warnings: list[str]) -> tuple[str, str, str, int, str, str]:
    footer = next((m for m in map(FOOTER.match, lines) if m), None)
    head = "\n".join(lines[:80])
    if footer:
        head = footer.group("committee") + "\n" + footer.group("title") + "\n" + head
    whole = "\n".join(lines)
    municipality = "Okänd kommun"
    for name in ("Helsingborg", "Huddinge"):
        if re.search(name, whole, re.IGNORECASE):
            municipality = name
            break
    else:
        found = re.search(r"\b([A-ZÅÄÖ][a-zåäö]+)s (?:stad|kommun)\b", whole)
        if found:
            municipality = found.group(1)
        else:
            warnings.append("kommunen kunde inte läsas ut")
    committee_match = re.search(
        r"\b(Socialn[aä]mnd(?:en)?|[A-ZÅÄÖ][a-zåäö-]+n[aä]mnd(?:en)?)\b", head
    )
    committee = "Okänd nämnd"
    if committee_match:
        committee = committee_match.group(1).replace("namnd", "nämnd")
        if not committee.endswith("en"):
            committee += "en"
    interim = bool(re.search(r"del[aå]rsrapport|tertialrapport", head, re.IGNORECASE))
    annual_title = re.search(r"[AÅ]rsboks ?slut[^\n]*?(\d{4})", whole)
    interim_title = re.search(r"Del[aå]rsrapport[^\n]*?(\d{4})", whole)
    if footer:
        interim = footer.group("title").lower().startswith(("delårsrapport", "delarsrapport"))
        annual_title = interim_title = re.search(r".*?(\d{4})$", footer.group("title"))
    match = interim_title if interim else annual_title
    year = int(match.group(1)) if match else 0
    title = ""
    if match:
        title = re.sub(r"\s+\d+\(\d+\)\s*$", "", match.group(0)).strip()
        title = title.replace("Årsboks slut", "Årsbokslut").replace("Arsbokslut", "Årsbokslut")
        title = re.sub(r"^Socialn[aä]mnden, ", "", title).replace(" mal ", " mål ")
    if not year:
        warnings.append("rapportens år kunde inte läsas ut")
        years = re.findall(r"\b(20\d\d)\b", whole)
        year = max(int(y) for y in years) if years else 1900
    end = f"{year}-12-31"
    if interim:
        month = next(
            (n for name, n in MONTHS.items() if re.search(rf"\b{name}\b", title or head, re.I)), 8
        )
        end = f"{year}-{month:02d}-{MONTH_END[month]:02d}"
    return municipality, committee, "interim" if interim else "annual", year, end, title

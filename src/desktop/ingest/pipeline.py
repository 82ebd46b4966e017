"""Source file → Report: the ingestion pipeline.

Reading (text or PDF), OCR repair, metadata and sections live here; goals, KPIs and
finance come from their own modules, which this one calls in order.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from desktop.errors import IngestError
from desktop.ingest.model import Block, Report, Section, Table
from desktop.ingest.wrapping import BULLET, join_lines, join_wrapped

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
        from desktop.ingest.pdf import pdf_to_text

        raw = pdf_to_text(path)
    else:
        raw = decode(path, data)
    return extract_text(raw, sha256=hashlib.sha256(data).hexdigest(), source_name=path.name)


def decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16, else Windows-1252; binary content, NUL
    characters and text over what the reader handles are refused (desktop.textfiles)."""
    from desktop.textfiles import TextProblem, report_text

    try:
        return report_text(data)
    except TextProblem as exc:
        raise IngestError(path, str(exc)) from exc


def extract_text(raw: str, *, sha256: str = "", source_name: str = "") -> Report:
    """Extract a report from its text."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    warnings: list[str] = []
    from desktop.ingest.ocr_repair import looks_damaged, repair_text

    ocr = looks_damaged(text)
    if ocr:
        text, repaired = repair_text(text)
        warnings.extend(repaired)
    lines = [line.rstrip() for line in text.split("\n")]
    municipality, committee, report_type, year, end, title = metadata(lines, warnings)
    from desktop.ingest.finance import space_finance_tables
    from desktop.ingest.space_tables import find_space_tables

    tables = find_space_tables(lines, warnings)
    tables += space_finance_tables(lines, ocr=ocr, taken=tables)
    sections = outline(lines, tables)
    if not sections:
        warnings.append("inga avsnitt hittades")
    from desktop.ingest.finance import extract_finance
    from desktop.ingest.goals import extract_goals, link_kpis
    from desktop.ingest.kpis import extract_kpis

    goals = extract_goals(lines, sections)
    kpis = extract_kpis(sections)
    if ocr:
        from desktop.ingest.known_headings import restore_heading
        from desktop.ingest.ocr_repair import restore_kpi_name

        for kpi in kpis:
            kpi.name = restore_kpi_name(kpi.name)
        for section in sections:
            section.heading = restore_heading(section.heading)
    link_kpis(goals, kpis)
    finance = extract_finance(sections, lines, warnings, ocr=ocr)
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
    )


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


def toc_pages(lines: list[str]) -> dict[str, int]:
    """Headings listed in the table of contents ("Nämndens mål.....	4") and their pages."""
    found: dict[str, int] = {}
    for line in lines[:120]:
        match = re.match(r"^(.{3,90}?)(?:\.{2,}\s*|\t+)(\d{1,3})\s*$", line.strip())
        if match:
            found.setdefault(match.group(1).strip(" .\t"), int(match.group(2)))
    return found


def toc_headings(lines: list[str]) -> set[str]:
    return set(toc_pages(lines))


def looks_like_heading(lines: list[str], index: int) -> bool:
    """Without a table of contents: a short capitalised line standing alone before prose."""
    line = lines[index].strip()
    if not (3 <= len(line) <= 70) or "\t" in line or not line[0].isupper():
        return False
    if line[-1] in ".,:;-–)" or re.search(r"\d\s*%?$", line) or line.startswith(("- ", "• ")):
        return False
    before = lines[index - 1].strip() if index > 0 else ""
    after = _following(lines, index)
    return not before and len(after) > len(line) and not re.search(r"\d\s*%?$", after)


GOAL_LABEL = re.compile(r"^(bed\w?mning m\w?luppfyllelse|m\w?lanalys)$", re.I)


def guessed_headings(lines: list[str], space_tables: list[Table]) -> set[int]:
    """Line numbers of the headings of a report that has no table of contents.

    A heading the committee's other reports list is taken where it stands alone; any
    other line must look like one. Lines of tables, and the labels of a goal's parts
    ("Målanalys", its status), are never headings.
    """
    from desktop.ingest.goals import normalise_status
    from desktop.ingest.known_headings import is_known_heading

    in_table = {n for t in space_tables for n in range(t.line_start, t.line_end + 1)}
    known, looks = set(), set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index + 1 in in_table or not stripped or len(stripped) > 90:
            continue
        if GOAL_LABEL.match(stripped) or normalise_status(stripped) != "unassessed":
            continue
        alone = index == 0 or not lines[index - 1].strip()
        if alone and is_known_heading(stripped) and not NUMBER_LINE.match(_following(lines, index)):
            known.add(index + 1)
        elif looks_like_heading(lines, index):
            looks.add(index + 1)
    # a heading that only looks like one is followed by prose or by a known heading;
    # short lines one after another are a list whose bullets the scan lost
    return known | {
        n
        for n in looks  # line n stands at index n - 1
        if n + _following_offset(lines, n - 1) in known or PROSE.search(_following(lines, n - 1))
    }


NUMBER_LINE = re.compile(r"^-?[\d ,]+$")
PROSE = re.compile(r"^.{50,}|[.!?]$")


def _following_offset(lines: list[str], index: int) -> int:
    """How many lines after `index` (0-based) the next non-blank line stands, within 3."""
    return next((k for k in range(1, 4) if index + k < len(lines) and lines[index + k].strip()), 0)


def _following(lines: list[str], index: int) -> str:
    offset = _following_offset(lines, index)
    return lines[index + offset].strip() if offset else ""


def outline(lines: list[str], space_tables: list[Table] | None = None) -> list[Section]:
    """Sections split at the table of contents' headings, each with text and table blocks."""
    toc = toc_headings(lines)
    if toc:
        heading_lines = {n for n, line in enumerate(lines, start=1) if line.strip() in toc}
    else:
        heading_lines = guessed_headings(lines, space_tables or [])
    sections: list[tuple[str, int, list[tuple[int, str]]]] = []
    current: list[tuple[int, str]] = []
    heading, start = "Inledning", 1
    in_toc = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == "Innehållsförteckning":
            in_toc = True
            continue
        if in_toc and (not stripped or re.search(r"(\.{2,}|\t)\s*\d{1,3}$", stripped)):
            continue
        in_toc = False
        if number in heading_lines:
            if current:
                sections.append((heading, start, current))
            heading, start, current = stripped, number, []
            continue
        current.append((number, line))
    if current:
        sections.append((heading, start, current))
    tables = {t.line_start: t for t in space_tables or []}
    pages = toc_pages(lines)
    # a heading with nothing under it but subheadings stays: it is a level of the outline
    out = [
        _section(h, s, body, tables)
        for h, s, body in sections
        if h != "Inledning" or any(t.strip() for _, t in body)
    ]
    for section in out:
        section.page = pages.get(section.heading)
    return out


def _table_goes_on(body: list[tuple[int, str]], position: int) -> bool:
    """Whether the next non-blank line (within a few) is another tab-separated row."""
    for _, line in body[position + 1 : position + 4]:
        if line.strip():
            return "\t" in line
    return False


def _continues(paragraph: str, following: str) -> bool:
    """Whether `following` is the rest of `paragraph`, cut by a page break."""
    return following[:1].islower() and paragraph[-1:] not in ".!?:" and not BULLET.match(following)


def _section(
    heading: str, start: int, body: list[tuple[int, str]], space_tables: dict[int, Table]
) -> Section:
    blocks: list[Block] = []
    text = ""
    group: list[tuple[int, str]] = []

    def flush() -> None:
        nonlocal text, group
        if not group:
            return
        is_table = all("\t" in line for _, line in group) and len(group) >= 2
        if is_table:
            cells = [[c.strip() for c in line.split("\t")] for _, line in group]
            table = Table("", cells[0], cells[1:], group[0][0], group[-1][0])
            block_text = "\n".join("\t".join(row) for row in cells)
        else:
            table = None
            block_text = join_lines([line for _, line in group])
            previous = blocks[-1] if blocks else None
            if previous and previous.kind == "text" and _continues(previous.text, block_text):
                # a paragraph a page break cut in two ("…kostnad för konsu-" / "lentstödda")
                previous.text = join_wrapped(previous.text, block_text)
                text = text[: previous.start] + previous.text
                previous.end, previous.line_end = len(text), group[-1][0]
                group = []
                return
        if text:
            text += "\n\n"
        blocks.append(Block("table" if table else "text", block_text, len(text), len(text) + len(block_text),
                            group[0][0], group[-1][0], table))  # fmt: skip
        text += block_text
        group = []

    skip_to = 0
    for position, (number, line) in enumerate(body):
        if number <= skip_to:
            continue
        if number in space_tables:
            flush()
            table = space_tables[number]
            block_text = "\n".join("\t".join(row) for row in [table.header, *table.rows])
            if text:
                text += "\n\n"
            blocks.append(Block("table", block_text, len(text), len(text) + len(block_text),
                                table.line_start, table.line_end, table))  # fmt: skip
            text += block_text
            skip_to = table.line_end
            continue
        if not line.strip() and group and "\t" in group[-1][1] and _table_goes_on(body, position):
            continue  # a page break inside a table (PDF): the rows after it are the same table
        if not line.strip() or (group and ("\t" in line) != ("\t" in group[-1][1])):
            flush()
        if line.strip():
            group.append((number, line))
    flush()
    return Section(heading, 1, text, blocks, start, body[-1][0] if body else start)

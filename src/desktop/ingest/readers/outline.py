"""The outline of a report: its sections, each with its paragraphs and tables.

Headings come from the layout where the source has one (a PDF's type sizes), else from
the table of contents, else they are guessed: a short line standing alone before prose,
or a heading the vocabulary knows (the bundled reports' tables of contents list them).
A line the scan damaged ("Kommentar till rets resultat") takes the known spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.ingest.document import Document
from desktop.ingest.model import Block, Section, Table
from desktop.ingest.readers.goals import is_assessment_line, is_goal_section
from desktop.ingest.readers.paragraphs import BULLET, join_lines, join_wrapped
from desktop.ingest.readers.status import fold_damaged, normalise_status
from desktop.ingest.vocabulary import word_list

YEAR = re.compile(r"\b(19|20)\d\d\b")
RESTORE_SCORE = 90  # rapidfuzz ratio for an OCR'd heading to take a known spelling


def heading_key(line: str) -> str:
    """The form headings are compared in: folded, years and spacing evened out."""
    return " ".join(YEAR.sub("#", fold_damaged(line)).split())


@lru_cache(maxsize=1)
def _known() -> dict[str, str]:
    """heading key → the heading as a table of contents spells it (vocabulary/headings.txt)."""
    return {heading_key(h): h for h in word_list("headings")}


def is_known_heading(line: str) -> bool:
    return bool(line) and heading_key(line) in _known()


def restore_heading(heading: str) -> str:
    """A known heading's spelling for one the scan lost a letter of; a year is kept."""
    from rapidfuzz import fuzz, process

    key = heading_key(heading)
    if not key or key in _known():
        return heading
    match = process.extractOne(key, list(_known()), scorer=fuzz.ratio)
    if not match or match[1] < RESTORE_SCORE or YEAR.search(heading):
        return heading
    return _known()[match[0]]


TOC_ENTRY = re.compile(r"^(.{3,90}?)(?:\.{2,}\s*|\t+)(\d{1,3})\s*$")
HEADING_NUMBER = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?P<title>[A-ZÅÄÖ].*)$")


def _toc_entry(line: str) -> re.Match[str] | None:
    """A line of a table of contents: a title, a leader of dots or a tab, its page."""
    if ".." not in line and "\t" not in line:
        return None  # no leader: most lines need not be tried
    return TOC_ENTRY.match(line)


def _spaced(text: str) -> str:
    """A heading with its spacing evened out ("5.2       Mål" → "5.2 Mål")."""
    return " ".join(text.split())


def toc_pages(lines: list[str]) -> dict[str, int]:
    """Headings listed in the table of contents ("Nämndens mål.....	4") and their pages;
    an entry wrapped over two lines ("2.2.1 Staden ska … alla" / "invånare … 8") is
    joined."""
    found: dict[str, int] = {}
    pending: list[str] = []  # lines of an entry whose page number is on a later line
    for line in lines[:120]:
        stripped = line.strip()
        match = _toc_entry(stripped)
        if not match:
            if stripped and len(stripped) <= 90 and (pending or HEADING_NUMBER.match(stripped)):
                pending = [*pending, stripped][-4:]
            elif not stripped:
                pending = []
            continue
        title = _spaced(match.group(1).strip(" .\t"))
        if pending and HEADING_NUMBER.match(pending[0]) and (not title or title[:1].islower()):
            title = _spaced(" ".join([*pending, title]))
        pending = []
        if title:
            found.setdefault(title, int(match.group(2)))
    return found


def toc_headings(lines: list[str]) -> set[str]:
    return set(toc_pages(lines))


def toc_region(lines: list[str]) -> range:
    """The lines of the table of contents: from its first entry to its last (entries
    wrapped over two lines and blanked page furniture between them included)."""
    entries = [i for i, line in enumerate(lines[:120]) if _toc_entry(line.strip())]
    if len(entries) < 3:
        return range(0)
    return range(entries[0], entries[-1] + 1)


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def numbered_headings(lines: list[str], toc: set[str]) -> dict[int, tuple[str, int, int]]:
    """line number → (heading, level) of the numbered headings of a text whose table of
    contents numbers its headings ("5.2 Mål", "5.2.1.1 Förbättra …"): a line is a heading
    when its number is listed, or extends a listed one, and comes after the heading before
    it; a title wrapped onto the next line (indented under it, lower case) is joined, and
    the last value says how many lines the heading takes. The level is the number's depth."""
    listed = {
        m.group("number"): fold_damaged(m.group("title"))
        for t in toc
        if (m := HEADING_NUMBER.match(t))
    }
    if len(listed) < 2:
        return {}
    found: dict[int, tuple[str, int, int]] = {}
    numbers: set[str] = set()
    last: tuple[int, ...] = ()
    contents = toc_region(lines)
    for index, line in enumerate(lines):
        if index in contents:
            continue
        stripped = line.strip()
        match = HEADING_NUMBER.match(stripped)
        if not match or "\t" in stripped or len(stripped) > 120 or _toc_entry(stripped):
            continue
        number = match.group("number")
        parent = number.rsplit(".", 1)[0] if "." in number else ""
        if number not in listed and parent not in listed and parent not in numbers:
            continue
        if re.search(r"\s{2,}\S+\s{2,}\S", match.group("title")):  # cells of a table row
            continue
        key = _number_key(number)
        title = _spaced(match.group("title"))
        if number in listed and not listed[number].startswith(fold_damaged(title)[:12]):
            continue  # a numbered list item, not the heading the contents list
        if key <= last:
            continue
        taken = 1
        after = lines[index + 1] if index + 1 < len(lines) else ""
        indent = len(line) - len(line.lstrip()) + line.strip().find(match.group("title"))
        if (
            after.strip()[:1].islower()
            and abs((len(after) - len(after.lstrip())) - indent) <= 2
            and not title.endswith(".")
        ):
            title, taken = join_wrapped(title, after.strip()), 2
        last = key
        numbers.add(number)
        found[index + 1] = (f"{number} {title}", number.count(".") + 1, taken)
    return found


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


# "Driftredovisning, tkr (forts.)": a table's caption printed again over its next page
CONTINUED = re.compile(r"[\s,–-]*[(\[]?\s*forts(?:\.|ättning|\b)\s*[)\]]?\s*$", re.IGNORECASE)


def _never_heading(line: str) -> bool:
    """A line that looks like a heading but opens no section: a goal's assessment under
    its label ("Prognos helår: Uppnås", set bold) or a caption printed again on the page
    its table goes on to ("… (forts.)")."""
    return is_assessment_line(line) or bool(CONTINUED.search(line))


def guessed_headings(lines: list[str], space_tables: list[Table]) -> set[int]:
    """Line numbers of the headings of a report that has no table of contents.

    A heading the committee's other reports list is taken where it stands alone; any
    other line must look like one. Lines of tables, and the labels of a goal's parts
    ("Målanalys", its status), are never headings.
    """
    in_table = {n for t in space_tables for n in range(t.line_start, t.line_end + 1)}
    known, looks = set(), set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index + 1 in in_table or not stripped or len(stripped) > 90:
            continue
        if index > 0 and lines[index - 1].strip():
            continue  # a heading stands alone, below a blank line
        if GOAL_LABEL.match(stripped) or normalise_status(stripped) != "unassessed":
            continue
        if _never_heading(stripped):
            continue
        known_here = is_known_heading(stripped) or is_goal_section(stripped)
        if known_here and not NUMBER_LINE.match(_following(lines, index)):
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


def outline(
    lines: list[str], space_tables: list[Table] | None = None, document: Document | None = None
) -> list[Section]:
    """Sections split at the headings (the layout's, or else the table of contents' or
    guessed ones), each with text and table blocks."""
    levels: dict[int, int] = {}
    if document is not None and document.has_layout:
        levels = {
            n: info.level for n, info in enumerate(document.info, start=1) if info.kind == "heading"
        }
    toc = toc_headings(lines)
    numbered: dict[int, tuple[str, int, int]] = {}
    if levels:
        heading_lines = {n for n in levels if not _never_heading(lines[n - 1])}
    elif toc:
        numbered = numbered_headings(lines, toc)
        heading_lines = {
            n for n, line in enumerate(lines, start=1) if line.strip() and _spaced(line) in toc
        } | set(numbered)
        levels = {n: level for n, (_, level, _) in numbered.items()}
    else:
        heading_lines = guessed_headings(lines, space_tables or [])
    continued = {n + 1 for n, (_, _, taken) in numbered.items() if taken > 1}
    contents = toc_region(lines) if numbered else range(0)
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
        if number in continued or number - 1 in contents:
            continue
        if number in heading_lines:
            if current or start > 1:  # a heading right above its first subheading stays
                sections.append((heading, start, current))
            heading = numbered[number][0] if number in numbered else stripped
            if toc and number not in numbered:
                heading = _spaced(heading)
            start, current = number, []
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
        section.level = levels.get(section.line_start, 1)
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
            if table.layout:  # a PDF's table: its lines as printed
                block_text = "\n".join(
                    line for _, line in body if table.line_start <= _ <= table.line_end
                )
            else:
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

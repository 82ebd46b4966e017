"""Lines in reading order made into the document's text: headings, paragraphs and tables.

A heading is a short line set larger than the body text, or bold when the body is not;
its level is the rank of its type (size, then weight) among the document's headings, or
its numbering's depth ("2.1 Ekonomi" is level 2). A paragraph is the lines that follow
each other at the body's leading with the same margin; a bullet, a wider gap, a change
of type or of margin starts the next. A word hyphenated at a line end is joined with a
soft hyphen, so the text reads as the page does and the word is whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.ingest.document import SOFT_HYPHEN, Fragment, LineInfo
from desktop.ingest.model import Table
from desktop.ingest.pdf.lines import Line
from desktop.ingest.pdf.margin_column import in_reading_order
from desktop.ingest.pdf.tables import TableRegion

HEADING_SIZE = 1.12  # times the body size: larger type is a heading
MAX_HEADING = 160  # characters
PARAGRAPH_LEADING = 1.65  # times the type size: a wider step between lines starts a paragraph
BULLET = re.compile(r"^(?:[•·▪◦■□➢❖✓→*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
SUB_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-ZÅÄÖ]")
NUMBERED_STEP = 0.4  # points larger than the text at least, for a numbered line alone
SENTENCE_END = re.compile(r"[.!?:;]$")
SHARED_WORD = re.compile(r"^(och|eller|samt|respektive|resp\.|till|som)\b")
LABEL_BEFORE_TITLE = re.compile(
    r"^(?:(?:[A-ZÅÄÖ][a-zåäö]{1,14}\s+)?\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,5})[.:]\s+"
)  # "Mål 3. ", "2.1 ", a chapter's letter "A. " or roman numeral "IV. "


@dataclass
class Item:
    """A line or a table of a page, in reading order."""

    line: Line | None = None
    table: TableRegion | None = None


@dataclass
class Built:
    lines: list[str]
    info: list[LineInfo]
    tables: list[Table]


@dataclass
class Body:
    """The type of the body text: the size and font most letters are printed in."""

    size: float = 10.0
    bold: bool = False
    font: str = ""


def body_type(items: list[Item]) -> Body:
    sizes: dict[float, int] = {}
    fonts: dict[str, int] = {}
    bold = 0
    letters = 0
    for item in items:
        if item.line is None:
            continue
        n = len(item.line.text)
        sizes[item.line.size] = sizes.get(item.line.size, 0) + n
        fonts[item.line.font] = fonts.get(item.line.font, 0) + n
        letters += n
        bold += n if item.line.bold else 0
    if not sizes:
        return Body()
    return Body(
        max(sizes, key=lambda s: sizes[s]), bold > 0.5 * letters, max(fonts, key=lambda f: fonts[f])
    )


def _heading_style(line: Line, body: Body, alone: bool) -> tuple[float, bool, bool] | None:
    """The type that makes a line a heading (size, bold, another font), or None.

    `alone` says the line stands apart from the lines around it (a gap, or their font
    differs), which a line in another font of the body's size must, to be a heading.
    """
    text = line.text.strip()
    if (
        not text
        or line.aside  # a box of facts beside the text has no place in the outline
        or len(text) > MAX_HEADING
        or not any(ch.isalpha() for ch in text)
        or BULLET.match(text)
        and not NUMBERED.match(text)
        or text.endswith((",", ";"))
        or len(line.segments) > 2
    ):
        return None
    larger = line.size >= HEADING_SIZE * body.size
    short = len(text) <= 110 and not text.endswith(".")
    bolder = line.bold and not body.bold and short
    other_font = (
        bool(line.font)
        and line.font != body.font
        and alone
        and short
        and len(text) <= 80
        and (text[:1].isupper() or text[:1].isdigit())
        and abs(line.size - body.size) < 0.15 * body.size
    )
    # "3.1 Fler invånare ska …" a little larger than the text, in a text layer that keeps no
    # weight (a scan's OCR): an outline number of two levels or more begins a heading
    numbered = (
        SUB_NUMBERED.match(text) is not None
        and line.size >= body.size + NUMBERED_STEP
        and len(text) <= 110
        and not text.endswith(".")
    )
    if larger or bolder or other_font or numbered:
        return (line.size, line.bold, other_font and not bolder and not larger)
    return None


def _alone(items: list[Item], index: int) -> bool:
    """Whether the line at `index` stands apart from the lines before and after it."""
    line = items[index].line
    assert line is not None
    for neighbour_index in (index - 1, index + 1):
        if not 0 <= neighbour_index < len(items):
            continue
        neighbour = items[neighbour_index].line
        if neighbour is None or neighbour.page != line.page:
            continue
        step = abs(line.baseline - neighbour.baseline)
        if neighbour.font == line.font and step <= PARAGRAPH_LEADING * line.size:
            return False
    return True


def build(items: list[Item]) -> Built:
    items = _margin_columns_after(items)
    body = body_type(items)
    styles = {}
    for index, item in enumerate(items):
        if item.line is not None and (
            style := _heading_style(item.line, body, _alone(items, index))
        ):
            styles[id(item.line)] = style
    items = _chapter_numbers_joined(items, styles)
    _drop_bold_paragraphs(items, styles)
    ranks = sorted(set(styles.values()), key=lambda s: (-s[0], not s[1], s[2]))
    out = Built([], [], [])

    def emit(text: str, info: LineInfo) -> None:
        if out.lines:
            out.lines.append("")
            out.info.append(LineInfo("blank"))
        out.lines.append(text)
        out.info.append(info)

    paragraph: list[Line] = []

    def flush() -> None:
        if paragraph:
            text, fragments = join_paragraph(paragraph)
            emit(text, LineInfo("text", 0, paragraph[0].size, paragraph[0].bold, fragments))
            paragraph.clear()

    heading: list[Line] = []

    def flush_heading() -> None:
        if heading:
            text, fragments = join_paragraph(heading)
            style = styles[id(heading[0])]
            numbered = NUMBERED.match(text)
            level = numbered.group(1).count(".") + 1 if numbered else ranks.index(style) + 1
            emit(
                text,
                LineInfo("heading", min(level, 4), heading[0].size, heading[0].bold, fragments),
            )
            heading.clear()

    for item in items:
        if item.table is not None:
            flush()
            flush_heading()
            _emit_table(item.table, out, emit)
            continue
        line = item.line
        assert line is not None
        if id(line) in styles:
            flush()
            if heading and not _same_heading(heading[-1], line, styles):
                flush_heading()
            heading.append(line)
            continue
        flush_heading()
        if paragraph and _breaks(paragraph, line):
            flush()
        paragraph.append(line)
    flush()
    flush_heading()
    return out


CHAPTER_NUMBER = re.compile(r"^\d{1,2}\.?$")
CHAPTER_NUMBER_SIZE = 1.3  # times the name's size at least


def _chapter_numbers_joined(
    items: list[Item], styles: dict[int, tuple[float, bool, bool]]
) -> list[Item]:
    """A chapter's number set large on a line of its own right above the chapter's name (a
    divider page's "2" over "Mål och måluppfyllelse") put before the name: "2 Mål och
    måluppfyllelse", numbered as the table of contents and the running headers number it."""
    out: list[Item] = []
    for index, item in enumerate(items):
        line = item.line
        following = items[index + 1].line if index + 1 < len(items) else None
        if (
            line is not None
            and following is not None
            and id(following) in styles
            and CHAPTER_NUMBER.match(line.text.strip())
            and line.page == following.page
            and line.size >= CHAPTER_NUMBER_SIZE * following.size  # set larger than the name
            and -0.5 * following.size <= following.top - line.bottom <= 2 * following.size
        ):
            following.text = f"{line.text.strip().rstrip('.')} {following.text}"
            continue
        out.append(item)
    return out


def _margin_columns_after(items: list[Item]) -> list[Item]:
    """The items with a narrow column set flush right beside some lines read after them."""
    out: list[Item] = []
    run: list[Line] = []
    for item in [*items, Item()]:
        if item.line is not None:
            run.append(item.line)
            continue
        out += [Item(line=line) for line in in_reading_order(run)]
        run = []
        if item.table is not None:
            out.append(item)
    return out


NARROW_TITLE = 80  # characters: a title this short may wrap over three lines of a card
NARROW_COLUMN = 120  # ... and one this short, not ending as a sentence, in a narrow column
QUOTE_MARKS = '”“„"«»'  # a heading never opens with one


def _drop_bold_paragraphs(items: list[Item], styles: dict[int, tuple[float, bool, bool]]) -> None:
    """Lines that would make a heading of more than two lines (three for a short title,
    wrapped in a narrow card), or of whole sentences, are a paragraph set in bold (a
    quoted decision, a summary), not a heading; so are words in quotation marks set large
    between paragraphs (a pull quote: "”Biblioteken har blivit kommunens vardagsrum …”")."""
    run: list[Line] = []

    def close() -> None:
        text = " ".join(line.text for line in run)
        # a label before the title is no sentence of its own ("Mål 3. Hjälpen ska komma …")
        title = LABEL_BEFORE_TITLE.sub("", text)
        # a title wrapped in a card or a narrow column: three lines, no sentence
        narrow = len(text) <= NARROW_TITLE or len(text) <= NARROW_COLUMN and not text.endswith(".")
        lines_allowed = 3 if narrow else 2
        if (
            len(run) > lines_allowed
            or len(text) > MAX_HEADING
            or re.search(r"[.!?] [A-ZÅÄÖ]", title)
            or text[:1] in QUOTE_MARKS
        ):
            for line in run:
                styles.pop(id(line), None)
        run.clear()

    for item in items:
        line = item.line
        if line is None or id(line) not in styles:
            close()
            continue
        if run and not _same_heading(run[-1], line, styles):
            close()
        run.append(line)
    close()


def _same_heading(previous: Line, line: Line, styles: dict[int, tuple[float, bool, bool]]) -> bool:
    """A heading printed over two lines: same type, right below, no numbering restart."""
    return (
        styles[id(previous)] == styles[id(line)]
        and previous.page == line.page
        and 0 <= line.baseline - previous.baseline <= PARAGRAPH_LEADING * line.size
        and not NUMBERED.match(line.text)
        and not previous.text.rstrip().endswith((".", ":"))
        and not LABEL_LINE.match(line.text)
    )


# a line opening with a label and its colon ("Prognos: Uppnås", "Resultat: Uppnått") says
# something of the heading above it; it is no second line of that heading
LABEL_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ]*(?: [\wåäöÅÄÖ]+){0,2}:\s")


def _breaks(paragraph: list[Line], line: Line) -> bool:
    """Whether `line` starts a new paragraph after the lines of `paragraph`."""
    previous = paragraph[-1]
    text = line.text.lstrip()
    if BULLET.match(text) or line.aside != previous.aside:
        return True
    if (
        len(paragraph) == 1
        and LABEL_LINE.match(previous.text)
        and len(previous.words) <= 6
        and not text[:1].islower()
    ):
        return True  # "Bedömning: Uppnås delvis" on a line of its own, the analysis below
    size = max(previous.size, 1.0)
    if (
        abs(line.size - previous.size) > 0.15 * size
        or line.bold != previous.bold
        and (len(text) < 80 or previous.x1 < line.x1 - 6 * size)
    ):
        return True  # a bold line that ends short of the text below it is a title of its own
    cut = line.page != previous.page or line.baseline < previous.baseline
    if cut:  # a page or column break: the paragraph goes on only mid-sentence
        return not (text[:1].islower() and not SENTENCE_END.search(previous.text.rstrip()))
    if line.baseline - previous.baseline > PARAGRAPH_LEADING * size:
        return True
    first = paragraph[0]
    indent = line.x0 - previous.x0
    if abs(indent) > 0.8 * size:
        hanging = (
            BULLET.match(first.text.lstrip())
            and len(first.words) > 1
            and abs(line.x0 - first.words[1].x0) < 0.8 * size
        )
        first_line_indent = len(paragraph) == 1 and indent < 0
        # a drop cap's paragraph: its first lines indented beside the letter, then back
        beside_drop_cap = first.words[0].drop_cap and indent < 0 and line.x0 < first.x0
        if not (hanging or first_line_indent or beside_drop_cap):
            return True
    widest = max(p.x1 for p in paragraph)
    return (
        bool(SENTENCE_END.search(previous.text.rstrip()))
        and previous.x1 < widest - 6 * size
        and len(paragraph) > 1
    )


def join_paragraph(lines: list[Line]) -> tuple[str, list[Fragment]]:
    """The lines of a paragraph as one text, line-end hyphenation mended, with each
    printed line's box as a fragment of that text."""
    text = ""
    fragments: list[Fragment] = []
    for line in lines:
        part = line.text.strip()
        if not text:
            start = 0
            text = part
        elif text.endswith("-") and part[:1].islower() and not SHARED_WORD.match(part):
            head = re.split(r"[\s/(]", text[:-1])[-1]
            if len(head) <= 1 or head.isupper():  # "e-tjänster", "FN-konventionen"
                start = len(text)
                text += part
            else:
                text = text[:-1] + SOFT_HYPHEN
                start = len(text)
                text += part
        else:
            text += " "
            start = len(text)
            text += part
        fragments.append(
            Fragment(line.page + 1, line.x0, line.top, line.x1, line.bottom, start, len(text))
        )
    return text, fragments


def _emit_table(region: TableRegion, out: Built, emit) -> None:
    """The table's lines as printed (heading lines, then rows, cells tab-separated), and a
    Table whose heading is joined per column, for the readers."""
    header_lines = region.lines[: len(region.printed_header)]
    printed = [(row, [line]) for row, line in zip(region.printed_header, header_lines, strict=True)]
    printed += list(zip(region.rows, region.row_lines, strict=True))
    start = len(out.lines) + (2 if out.lines else 1)  # after the blank line emit() adds
    for index, (row, lines) in enumerate(printed):
        fragments = [
            Fragment(line.page + 1, line.x0, line.top, line.x1, line.bottom, 0, 0) for line in lines
        ]
        text = "\t".join(cell.replace("\t", " ") for cell in row)
        info = LineInfo("table", 0, lines[0].size, lines[0].bold, fragments)
        if index == 0:
            emit(text, info)
        else:
            out.lines.append(text)
            out.info.append(info)
    out.tables.append(
        Table(
            "",
            list(region.header),
            [list(r) for r in region.rows],
            start,
            len(out.lines),
            header_lines=len(region.printed_header),
            layout=True,
        )  # fmt: skip
    )

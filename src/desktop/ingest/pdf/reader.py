"""A PDF read as a `Document`: words from glyph positions, lines in reading order, page
furniture and the table of contents taken out, tables found from aligned columns, and
headings and paragraphs from the type.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from desktop.errors import IngestError
from desktop.ingest.document import Document, Mark
from desktop.ingest.pdf import hanging_blocks
from desktop.ingest.pdf.blocks import Item, build
from desktop.ingest.pdf.drop_caps import join_drop_caps
from desktop.ingest.pdf.furniture import chapter_headers, find_furniture, side_furniture
from desktop.ingest.pdf.label_column import in_reading_order as labels_after_titles
from desktop.ingest.pdf.layers import hidden_chars, hidden_layers
from desktop.ingest.pdf.lines import Line, group_lines
from desktop.ingest.pdf.objects import Rule, page_objects
from desktop.ingest.pdf.ocr import OcrError, ocr_region
from desktop.ingest.pdf.ruled import RuledTable, grid_boxes, ruled_tables
from desktop.ingest.pdf.side_box import page_in_reading_order
from desktop.ingest.pdf.struck import mark_struck
from desktop.ingest.pdf.symbols import coloured_lines, glyph_marks
from desktop.ingest.pdf.tables import TableRegion, find_tables, find_text_tables, lift_titles
from desktop.ingest.pdf.toc import find_toc
from desktop.ingest.pdf.turn import drawn_size, page_turn
from desktop.ingest.pdf.words import Word, mark_fonts, page_words

TOC_PAGES = 4  # the table of contents is looked for on the first pages only


def open_pdf(path: Path):
    """The PDF opened with PDFium, or an IngestError that says what is wrong with it."""
    import pypdfium2 as pdfium

    with open(path, "rb") as handle:
        if not handle.read(1024).lstrip().startswith(b"%PDF"):
            raise IngestError(path, "inte en PDF-fil")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError(
                path, "PDF-filen är lösenordsskyddad; spara en kopia utan lösenord"
            ) from exc
        raise IngestError(path, f"PDF-filen är skadad eller ofullständig ({exc})") from exc


MAX_PAGES = 2000
MAX_OCR_SECONDS = 240  # in all, for one document
SCANNED = 0.3  # of the page: a picture this large on a page without text is a scan


def read_pdf(path: Path | str) -> Document:
    """Every page's text with its layout; pages that cannot be read are named in warnings."""
    with _collector_paused():
        return _read_pdf(Path(path))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a PDF is read. The reading makes tens of
    thousands of words, lines and segments that all stay alive until the document is
    built; the collector walked them over and over (a tenth of the reading's time) and
    found nothing to free, since they refer to no one in a cycle. The few cycles the
    reading does leave (a page's closures, a few kilobytes) are freed at its next pass."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_pdf(path: Path) -> Document:
    pdf = open_pdf(path)
    warnings: list[str] = []
    pages: list[list[Line]] = []
    sizes: list[tuple[float, float]] = []
    marks: list[Mark] = []
    rules: list[Rule] = []  # horizontal lines drawn under tables' rows
    empty: list[int] = []  # pages with nothing on them: blank, or their content unreadable
    ocr = OcrBudget(warnings)
    layers = hidden_layers(path.read_bytes())  # a designer's notes, a translation: not shown
    try:
        if len(pdf) > MAX_PAGES:
            raise IngestError(
                path, f"PDF-filen har för många sidor ({len(pdf)}; högst {MAX_PAGES})"
            )
        for index in range(len(pdf)):
            try:
                page = page_as_printed(pdf, index)
                textpage = page.get_textpage()
                turn = page_turn(textpage, page)  # a landscape page's text drawn turned
                width, height = turn.size() if turn else drawn_size(page)
                hidden = hidden_chars(page, textpage, layers) if layers else set()
                words = join_drop_caps(page_words(textpage, height, turn, hidden))
                words = [
                    w
                    for w in words
                    if w.x1 > 0 and w.x0 < width and w.bottom > 0 and w.top < height
                ]
                drawn = page_objects(page, index, (width, height), turn)
                page_marks, pictures, page_rules, panels = (
                    drawn.marks,
                    drawn.pictures,
                    drawn.rules,
                    drawn.panels,
                )
                mark_struck(words, drawn.strokes)
                if turn:
                    pictures = []  # OCR reads the page as drawn, not turned back
                rules.extend(page_rules)
                marks.extend(page_marks + glyph_marks(textpage, words, index + 1))
                lines = group_lines(words, index)
                mark_fonts(textpage, [line.words for line in lines])
                marks.extend(coloured_lines(textpage, lines, index + 1))
                textpage.close()
                extra = ocr.pictures(page, index, height, width, words, pictures)
                if extra:
                    lines = group_lines(words + extra, index)
                if not lines and not pictures and _drawn_nothing(page):
                    empty.append(index + 1)
                page.close()
            except IngestError:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
                warnings.append(f"sida {index + 1} kunde inte läsas ({type(exc).__name__})")
                lines, width, height, panels, page_rules = [], 595.0, 842.0, [], []
            sizes.append((width, height))
            ordered = page_in_reading_order(lines, width, panels, grid_boxes(page_rules))
            pages.append(hanging_blocks.in_reading_order(ordered))
    finally:
        pdf.close()
    if empty and len(empty) < len(sizes):  # a page of a report that draws nothing at all
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.append(f"sida {shown} är tom eller kunde inte läsas")
    document = layout_document(pages, sizes, warnings, rules)
    document.marks = marks
    return document


def _with_asides(items: list[Item], asides: list[Line]) -> list[Item]:
    """The items with each page's side-box lines after the last item of that page (a
    table going on over a page break ends on the next)."""
    out: list[Item] = []
    pending = list(asides)
    for item in items:
        page = item.line.page if item.line is not None else item.table.lines[0].page  # type: ignore[union-attr]
        while pending and pending[0].page < page:
            out.append(Item(line=pending.pop(0)))
        out.append(item)
    out += [Item(line=line) for line in pending]
    return out


def _lines_of(tables: list[tuple[int, int, TableRegion]]) -> set[int]:
    return {n for start, end, _ in tables for n in range(start, end + 1)}


def _without_words(pages: list[list[Line]], dropped: set[int]) -> list[list[Line]]:
    """The pages' lines without the words of `dropped` (ids), a line left empty gone."""
    if not dropped:
        return pages
    out = []
    for lines in pages:
        kept = []
        for line in lines:
            words = [w for w in line.words if id(w) not in dropped]
            if len(words) == len(line.words):
                kept.append(line)
            elif words:
                kept.append(Line(words, line.page, aside=line.aside))
        out.append(kept)
    return out


def _wrapped_rows(table: RuledTable) -> bool:
    """Whether a row of the table has cells of words wrapping over lines in two columns or
    more beside figures set on one line ("Fler invånare ska gå från | Andel avslutade
    ärenden som gått till arbete | 41 %"): read line by line, the row's first line stands
    apart from the line with its figures, as text or as a row of its own. A row whose
    figures stand on two lines (a value over its target) is two rows printed as one."""
    for row in table.cells:
        cells = [(len({round(w.baseline) for w in cell}), _figures(cell)) for cell in row if cell]
        wrapped = [figures for lines, figures in cells if lines >= 2]
        if len(wrapped) >= 2 and not any(wrapped) and any(figures for _, figures in cells):
            return True
    return False


def _figures(words: list[Word]) -> bool:
    """Whether a cell holds figures rather than words: more digits than letters."""
    text = "".join(w.text for w in words)
    return sum(ch.isdigit() for ch in text) > sum(ch.isalpha() for ch in text)


def _torn(table: RuledTable, found: list[tuple[int, int, TableRegion]]) -> bool:
    """Whether the line-based readers read a ruled table in pieces: as several tables, or
    with some of its rows left out as text."""
    overlapping = [t for t in found if t[0] <= table.last and t[1] >= table.first]
    pieces = [(start, end) for start, end, _ in overlapping]
    if not pieces:
        return False
    if any(len(region.header) > len(table.columns) for _, _, region in overlapping):
        return False  # the lines show more columns than the rules: the grid is not the table's
    covered = {n for start, end in pieces for n in range(start, end + 1)}
    body = range(table.last - len(table.body_lines) + 1, table.last + 1)
    return len(pieces) > 1 or any(n not in covered for n in body)


def _row_left_out(table: RuledTable, found: list[tuple[int, int, TableRegion]]) -> bool:
    """Whether the line-based readers read a ruled table but left one of its rows out as
    text: a line between the rules, below the rows they read, with cells in two of the
    ruled columns or more. Its cells did not line up with the first row's, where the
    first row's goal ran up to the status beside it ("… minst 150 nya Ej uppfyllt")."""
    overlapping = [
        (start, end) for start, end, _ in found if start <= table.last and end >= table.first
    ]
    if len(overlapping) != 1:
        return False
    covered_to = overlapping[0][1]
    first_body = table.last - len(table.body_lines) + 1
    left_out = [line for n, line in enumerate(table.body_lines, first_body) if n > covered_to]
    return any(_cells_in_columns(line, table.columns) for line in left_out)


def _cells_in_columns(line: Line, columns: list[tuple[float, float]]) -> bool:
    """Whether a line is a row of cells in two columns or more, each cell inside one
    column (a sentence across the table is not)."""
    homes = [
        {
            k
            for w in segment.words
            for k, (a, b) in enumerate(columns)
            if a - 0.5 <= (w.x0 + w.x1) / 2 <= b + 0.5
        }
        for segment in line.segments
    ]
    return len(homes) >= 2 and all(len(home) == 1 for home in homes)


Found = TypeVar("Found")


def _apart(
    found: list[tuple[int, int, Found]], tables: list[tuple[int, int, TableRegion]]
) -> list[tuple[int, int, Found]]:
    """The tables of `found` that share no line with `tables`."""
    taken = _lines_of(tables)
    return [t for t in found if not taken & set(range(t[0], t[1] + 1))]


def page_as_printed(pdf, index: int):
    """A page of an open PDF as a reader sees it printed: what was typed into a form's
    fields drawn into its content (in memory; the file is untouched)."""
    page = pdf[index]
    return _flattened(pdf, index, page) if _has_form_fields(page) else page


def _has_form_fields(page) -> bool:
    """Whether the page has form fields (a fillable template's typed-in values)."""
    import pypdfium2.raw as raw

    for i in range(raw.FPDFPage_GetAnnotCount(page.raw)):
        annot = raw.FPDFPage_GetAnnot(page.raw, i)
        widget = raw.FPDFAnnot_GetSubtype(annot) == raw.FPDF_ANNOT_WIDGET
        raw.FPDFPage_CloseAnnot(annot)
        if widget:
            return True
    return False


def _flattened(pdf, index: int, page):
    """The page with its form fields drawn into its content: the fields' values then read
    as the page's own text."""
    import pypdfium2.raw as raw

    if raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) != raw.FLATTEN_SUCCESS:
        return page
    page.close()
    return pdf[index]  # PDFium reads a flattened page's content again only when reloaded


OUTLINED_MIN_SEGMENTS = 500  # of shapes on a page without text: its letters as outlines


def _outlined(page) -> bool:
    """Whether a page without a text layer draws its text as outlines (a designer's
    'create outlines'): a letter is a shape of a dozen lines and curves, so even a cover's
    few words make hundreds, whether each letter is a path of its own or a whole frame is
    one. A page of a logo and a rule or two is not read by OCR."""
    import pypdfium2.raw as raw

    segments = 0
    stack = [raw.FPDFPage_GetObject(page, k) for k in range(raw.FPDFPage_CountObjects(page))]
    while stack and segments < OUTLINED_MIN_SEGMENTS:
        obj = stack.pop()
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            segments += max(raw.FPDFPath_CountSegments(obj), 0)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            stack.extend(
                raw.FPDFFormObj_GetObject(obj, k) for k in range(raw.FPDFFormObj_CountObjects(obj))
            )
    return segments >= OUTLINED_MIN_SEGMENTS


def _drawn_nothing(page) -> bool:
    import pypdfium2.raw as raw

    return raw.FPDFPage_CountObjects(page) == 0


class OcrBudget:
    """OCR of a document's pictures, within a time budget; what is not read is warned of."""

    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.spent = 0.0

    def pictures(self, page, index: int, height: float, width: float, words, pictures) -> list:
        """Words read from the pictures of a page that hold no text layer of their own, or
        from the whole page where its text is drawn as outlines."""
        found = []
        outlined = not words and _outlined(page)
        scanned = outlined or (
            not words
            and any(
                (p.x1 - p.x0) * (p.bottom - p.top) >= SCANNED * width * height for p in pictures
            )
        )
        regions = (
            [(0.0, 0.0, width, height)]
            if scanned
            else [
                (p.x0, p.top, p.x1, p.bottom)
                for p in pictures
                if sum(
                    1
                    for w in words
                    if p.x0 <= w.x0 and w.x1 <= p.x1 and p.top <= w.top and w.bottom <= p.bottom
                )
                < 3
            ]
        )
        for box in regions:
            what = (
                "sidans text är ritad som konturer"
                if outlined
                else "sidan är inskannad"
                if scanned
                else "en bild på sidan kan innehålla text (t.ex. en tabell)"
            )
            if self.spent > MAX_OCR_SECONDS:
                self.warnings.append(f"sida {index + 1}: {what}, men tiden för OCR är slut")
                continue
            started = time.monotonic()
            try:
                words_read, uncertain = ocr_region(page, index, box, height, whole_page=scanned)
                found.extend(words_read)
                if uncertain:
                    self.warnings.append(
                        f"sida {index + 1}: {uncertain} tal som OCR inte kunde läsa säkert är utelämnade"
                    )
            except OcrError as exc:
                self.warnings.append(f"sida {index + 1}: {what} och kunde inte läsas: {exc}")
            self.spent += time.monotonic() - started
        return found


def layout_document(
    pages: list[list[Line]],
    sizes: list[tuple[float, float]],
    warnings: list[str],
    rules: list[Rule] | None = None,
) -> Document:
    """The pages' lines made into a document."""
    pages = _without_words(pages, side_furniture(pages, [w for w, _ in sizes]))
    furniture_ids = find_furniture(pages, [h for _, h in sizes])
    furniture: dict[str, None] = {}
    for lines in pages:
        for line in lines:
            if id(line) in furniture_ids:
                furniture[line.text] = None
    kept = [[line for line in lines if id(line) not in furniture_ids] for lines in pages]
    first = [line for lines in kept[:TOC_PAGES] for line in lines]
    toc, toc_ids = find_toc(first)
    found = [line for lines in pages for line in lines if id(line) in furniture_ids]
    titles = [entry.title for entry in toc]
    chapters = chapter_headers(kept, [h for _, h in sizes], titles, found)
    furniture.update((line.text, None) for page in kept for line in page if id(line) in chapters)
    items: list[Item] = []
    lines = [line for page in kept for line in page if id(line) not in toc_ids | chapters]
    asides = [line for line in lines if line.aside]  # boxes of facts: no table's rows
    lines = labels_after_titles([line for line in lines if not line.aside])
    # a table ruled under every row whose rows the printed lines mix is read by its rules
    ruled = ruled_tables(lines, rules or [])
    tables = [(t.first, t.last, t.region()) for t in ruled if t.mixed]
    by_lines = _apart(find_tables(lines), tables)  # a table may go on over a page break
    by_lines += find_text_tables(lines, _lines_of(tables + by_lines))
    # ... and so is one the line-based readers read only in pieces (rows across the table,
    # cells wrapping over lines), and one they did not find
    tables += [
        (t.first, t.last, t.region())
        for t in ruled
        if not t.mixed
        and (t.group_rows and _torn(t, by_lines) or _wrapped_rows(t) or _row_left_out(t, by_lines))
    ]
    tables += _apart(by_lines, tables)
    by_rules = _apart([(t.first, t.last, t) for t in ruled], tables)
    tables += [(start, end, t.region()) for start, end, t in by_rules]
    tables.sort(key=lambda t: t[0])
    at = 0
    for start, end, region in tables:
        items.extend(Item(line=line) for line in lines[at:start] if line.text)
        title_lines, region = lift_titles(region)
        items.extend(Item(line=line) for line in title_lines)
        items.append(Item(table=region))
        at = end + 1
    items.extend(Item(line=line) for line in lines[at:] if line.text)  # not one struck out
    built = build(_with_asides(items, asides))
    return Document(
        lines=built.lines,
        info=built.info,
        tables=built.tables,
        toc=toc,
        furniture=list(furniture),
        page_sizes=sizes,
        warnings=warnings,
        source="pdf",
    )

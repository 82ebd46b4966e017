"""A narrow column of labels set flush left before blocks of text, each label read after
the first line of its block.

A goal list may print each goal's forecast in a narrow column before it: "Uppnås" beside
the goal's bold title, the text below the title, and a longer forecast wrapping in the
narrow column ("Uppnås" / "delvis") beside the text's first line. Read line by line, the
forecast's first word lands before the title ("Uppnås Gator, gång- och cykelvägar …") and
its second inside the text ("delvis Mängden insamlat matavfall …"). Where blocks of lines
begin with a bold line that has a short label set well apart before it, at the same x as
the other blocks' labels, each block is read as its first line, then its label, then the
rest of its text: the label says something of the title, as a label below it would.
"""

from __future__ import annotations

import statistics

from desktop.ingest.pdf.lines import Line

MAX_LABEL = 30  # characters of a block's label at most
GAP = 2.0  # times the type size between the label and the text at least
SAME_X = 2.0  # points: labels (and texts) starting this close are one column's
STEP = 3.0  # times the type size: lines further apart are not one run (blocks stand apart)
BLOCK_STEP = 1.4  # times the run's usual line step: a wider step starts the next block
MIN_BLOCKS = 2


def in_reading_order(lines: list[Line]) -> list[Line]:
    """The lines with each run of labelled blocks read block by block, label after title."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        blocks = _run(lines, i)
        if blocks:
            for block in blocks:
                out += _read(block)
            i += sum(len(block) for block in blocks)
        else:
            out.append(lines[i])
            i += 1
    return out


def _label(line: Line) -> tuple[float, float] | None:
    """(label's x, text's x) of a line that begins with a short label set apart."""
    segments = line.segments
    if len(segments) < 2:
        return None
    first, second = segments[0], segments[1]
    if len(first.text) > MAX_LABEL or second.x0 - first.x1 < GAP * max(line.size, 1.0):
        return None
    return first.x0, second.x0


def _run(lines: list[Line], start: int) -> list[list[Line]]:
    """The blocks of the run of labelled blocks starting at `start`, or [] when none does."""
    first = _label(lines[start])
    if first is None:
        return []
    label_x, text_x = first
    end = start + 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        if line.page != above.page or not 0 < line.baseline - above.baseline <= STEP * max(
            line.size, 1.0
        ):
            break
        label = _label(line)
        beside = (
            label is not None
            and abs(label[0] - label_x) <= SAME_X
            and abs(label[1] - text_x) <= SAME_X
        )
        if not (beside or abs(line.x0 - text_x) <= SAME_X):
            break
        end += 1
    run = lines[start:end]
    steps = [b.baseline - a.baseline for a, b in zip(run, run[1:], strict=False)]
    usual = statistics.median(steps) if steps else 0.0
    blocks: list[list[Line]] = [[run[0]]]
    for line, step in zip(run[1:], steps, strict=True):
        if step > BLOCK_STEP * usual:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    if len(blocks) < MIN_BLOCKS or not all(_labelled_block(block, text_x) for block in blocks):
        return []
    return blocks


def _labelled_block(block: list[Line], text_x: float) -> bool:
    """A block of a bold first line after its label, a label short in all, and text."""
    head = block[0]
    if _label(head) is None:
        return False
    title = [w for w in head.words if w.x0 >= text_x - SAME_X]
    label = " ".join(left.text for line in block if (left := _left(line)) is not None)
    return bool(title) and all(w.bold for w in title) and len(label) <= MAX_LABEL


def _left(line: Line) -> Line | None:
    if _label(line) is None:
        return None
    return Line(list(line.segments[0].words), line.page)


def _right(line: Line) -> Line:
    if _label(line) is None:
        return line
    return Line([w for s in line.segments[1:] for w in s.words], line.page)


def _read(block: list[Line]) -> list[Line]:
    """The block's title (its bold lines from the first on: a title may wrap), its label,
    then the rest of its text."""
    labels = [label for line in block if (label := _left(line)) is not None]
    texts = [_right(line) for line in block]
    title = 1
    while title < len(texts) and texts[title].bold:
        title += 1
    return [*texts[:title], *labels, *texts[title:]]

"""Blocks with a bold title in a left column and their text beside it, read block by block.

A goal list is often set as a borderless two-column table: the goal's title in bold on
the left, wrapping over two or three lines, and beside it "Bedömning: Uppfyllt. Under året
…" running on over more lines on the right. Read across the page, each line holds a piece
of the title and a piece of the text ("Fler barn och unga ska ta del av Bedömning:
Uppfyllt. Under året genomfördes 111 kulturlivet i hela kommunen …"). Where lines split at
one x into bold words on the left and one column of plain words on the right, in blocks of
two lines or more with a title of some length, each block (its lines between wider gaps)
is read as its title's lines, then its text's lines. Rows of one line (a legend) and rows
with cells beside the title (a goal table's status and comment) are a table's, and stay.
"""

from __future__ import annotations

import statistics

from desktop.ingest.pdf.lines import Line
from desktop.ingest.pdf.words import Word

GAP = 2.0  # times the type size: the space between the title column and the text at least
SAME_X = 3.0  # points: the text column's lines start this close to one another
MIN_BLOCKS = 2  # blocks at least: one is a title beside a paragraph, not a list of them
BLOCK_STEP = 1.4  # times the run's usual line step: a wider step starts the next block
MIN_TITLE = 25  # characters of each block's title at least


def in_reading_order(lines: list[Line]) -> list[Line]:
    """The page's lines with each run of title-and-text blocks read block by block."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        run = _run(lines, i)
        if run:
            out += _read(lines[i : i + len(run)], run)
            i += len(run)
        else:
            out.append(lines[i])
            i += 1
    return out


def _split(line: Line) -> float | None:
    """The x where the line's bold words on the left end and its plain words begin."""
    words = line.words
    k = next((k for k, w in enumerate(words) if not w.bold), 0)  # the first plain word
    if k == 0 or any(w.bold for w in words[k:]):
        return None
    if words[k].x0 - words[k - 1].x1 < GAP * max(line.size, 1.0):
        return None
    return words[k].x0


def _run(lines: list[Line], start: int) -> list[float | None]:
    """The splits of the run of block lines starting at `start` (None: a line of one
    column), or [] when no run starts there."""
    first = _split(lines[start])
    if first is None:
        return []
    splits: list[float | None] = [first]
    for line in lines[start + 1 :]:
        if line.page != lines[start].page:
            break
        split = _split(line)
        if split is not None and abs(split - first) <= SAME_X:
            splits.append(split)
        elif abs(line.x0 - first) <= SAME_X or all(w.bold and w.x1 < first for w in line.words):
            splits.append(None)  # the text going on alone, or the title
        else:
            break
    starts = [k for k, s in enumerate(splits) if s is not None and _starts(lines, start, k)]
    sizes = [b - a for a, b in zip(starts, [*starts[1:], len(splits)], strict=True)]
    # blocks of a title beside its text run over lines; rows of one line each are a table's
    # (a legend "4 av 4 | Målet är uppfyllt"), read as they are
    if len(starts) < MIN_BLOCKS or min(sizes) < 2:
        return []
    x = first
    run = lines[start : start + len(splits)]
    sides = [[w for w in line.words if w.x1 >= x] for line in run]
    sides += [[w for w in line.words if w.x1 < x] for line in run]
    if any(len(Line(words, lines[start].page).segments) > 1 for words in sides if words):
        return []  # more cells on a side (a title, a status, a comment): a table's row
    # a title on the left, not a word or two (a status set bold beside its comment)
    titles = [
        " ".join(
            w.text for line in lines[start + a : start + a + n] for w in line.words if w.x1 < x
        )
        for a, n in zip(starts, sizes, strict=True)
    ]
    return splits if min(len(t) for t in titles) >= MIN_TITLE else []


def _starts(lines: list[Line], start: int, k: int) -> bool:
    """Whether the k-th line of the run begins a block: the first, or after a wide step."""
    if k == 0:
        return True
    step = lines[start + k].baseline - lines[start + k - 1].baseline
    return step > BLOCK_STEP * max(lines[start + k].size, 1.0) * 1.2


def _read(run: list[Line], splits: list[float | None]) -> list[Line]:
    steps = [b.baseline - a.baseline for a, b in zip(run, run[1:], strict=False)]
    usual = statistics.median(steps) if steps else 0.0
    out: list[Line] = []
    titles: list[list[Word]] = []
    texts: list[list[Word]] = []
    x = next(s for s in splits if s is not None)

    def flush() -> None:
        out.extend(Line(words, run[0].page) for words in titles + texts if words)
        titles.clear()
        texts.clear()

    for k, line in enumerate(run):
        if k and steps[k - 1] > BLOCK_STEP * usual:
            flush()
        titles.append([w for w in line.words if w.x1 < x])
        texts.append([w for w in line.words if w.x1 >= x])
    flush()
    return out

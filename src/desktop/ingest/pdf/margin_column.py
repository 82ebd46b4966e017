"""A narrow column set flush right beside the text, read after the text beside it.

A goal box prints its label and title on the left and, on the same lines, its forecast
flush right ("NÄMNDMÅL 1 ……… Prognos helår" over "Fler hushåll … försörjning ……… Bedöms
delvis uppnås"). Read line by line, the forecast lands inside the title, and inside it
twice over when the title wraps ("… i stället för Bedöms inte uppnås placering"). Where
two or more close lines end in a short piece set apart from the text and flush with the
same right edge, or where one line does and the text beside it wraps onto the next, those
pieces are a column of their own: the left column is read first, then the right one, as
a reader of the page does.
"""

from __future__ import annotations

from desktop.ingest.pdf.lines import Line

SAME_EDGE = 2.0  # points: right edges this close are one column's
MAX_PIECE = 40  # characters: a longer right piece is text, not a margin note
GAP = 2.0  # times the type size between the text and the piece at least
STEP = 2.2  # times the type size: lines further apart are not one run


def in_reading_order(lines: list[Line]) -> list[Line]:
    """The lines with each run's right column moved after the left one."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        run = _run(lines, i)
        if run:
            left = [piece for line in lines[i : i + run] if (piece := _left(line)) is not None]
            right = [piece for line in lines[i : i + run] if (piece := _piece(line)) is not None]
            out += left + right
            i += run
        else:
            out.append(lines[i])
            i += 1
    return out


def _run(lines: list[Line], start: int) -> int:
    """How many lines from `start` make a run with a right column (0: none): lines close
    below each other, at least two ending in a piece at the same right edge, the others
    the left text wrapping in the same type (a title over two lines) short of that column."""
    first = lines[start]
    if _piece(first) is None:
        return 0
    edge, column_x0 = first.x1, first.segments[-1].x0
    end, pieces = start + 1, 1
    while end < len(lines):
        line, above = lines[end], lines[end - 1]
        if line.page != first.page or not 0 < line.baseline - above.baseline <= STEP * max(
            line.size, above.size, 1.0
        ):
            break
        piece = _piece(line)
        if piece is not None and abs(line.x1 - edge) <= SAME_EDGE:
            pieces += 1
            column_x0 = min(column_x0, line.segments[-1].x0)
        elif piece is not None or line.x1 >= column_x0 or not _same_type(_left(above), line):
            break  # a paragraph below the line: the run is over
        end += 1
    # the run ends on the column's last line and the left text that wraps below it in the
    # same type ("… i stället för" / "placering"); the paragraph below is not the run's
    last = max(k for k in range(start, end) if _piece(lines[k]) is not None)
    wrapped = last + 1
    while wrapped < end and _same_type(_left(lines[wrapped - 1]), lines[wrapped]):
        wrapped += 1
    # one piece is a column too when the text beside it wraps below it (a card's title
    # over two lines, its assessment flush right on the first)
    return wrapped - start if pieces >= 2 or _one_wrapped(lines, start, wrapped) else 0


def _one_wrapped(lines: list[Line], start: int, end: int) -> bool:
    """One line of text and its piece, the text wrapping onto the lines below it, each
    from the same left edge (a title over two or three lines, no columns of a table)."""
    first = lines[start]
    return (
        end > start + 1
        and len(first.segments) == 2
        and all(
            len(line.segments) == 1 and abs(line.x0 - first.x0) <= SAME_EDGE
            for line in lines[start + 1 : end]
        )
    )


def _same_type(left: Line | None, line: Line) -> bool:
    return left is not None and left.size == line.size and left.bold == line.bold


def _piece(line: Line) -> Line | None:
    """The short piece a line ends in, set well apart from the text before it."""
    if len(line.segments) < 2:
        return None
    last, before = line.segments[-1], line.segments[-2]
    size = max(line.size, 1.0)
    if len(last.text) > MAX_PIECE or last.x0 - before.x1 < GAP * size:
        return None
    return Line(list(last.words), line.page)


def _left(line: Line) -> Line | None:
    """The line without its right piece (the whole line when it has none)."""
    piece = _piece(line)
    if piece is None:
        return line
    words = [w for segment in line.segments[:-1] for w in segment.words]
    return Line(words, line.page) if words else None

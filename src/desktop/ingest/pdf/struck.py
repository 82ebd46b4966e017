"""Words struck through: text a draft shows as deleted, which the report does not say.

Word prints a draft with its changes shown: deleted words struck through (in red), new
words underlined. Read as printed, a goal's "Uppnås ~~delvis~~" would stay "Uppnås
delvis" and a cell "~~60 900~~ 61 700" one number "60 90061 700". A word with a thin line
drawn through its middle, along most of its width, is struck: it keeps its place on the
page, so that a line, a cell or a table row is laid out as printed, but gives no text. A
line under a word (an underline, a table's rule) is not through its middle.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from desktop.ingest.pdf.objects import Rule
from desktop.ingest.pdf.words import Word

# of the type size, above the baseline: where a line through the middle of a word's
# small letters stands (an underline stands below the baseline)
THROUGH_LOW, THROUGH_HIGH = 0.15, 0.6
COVERED = 0.7  # of the word's width the line must run along
ENDS = 0.6  # of the type size: how far a stroke may begin before, or end after, its words


def mark_struck(words: list[Word], strokes: list[Rule]) -> None:
    """Mark the words of a page that one of its `strokes` strikes through. They keep their
    place (a struck cell or row still stands in its table) but not their text. A stroke
    strikes words out only when it begins and ends with them: a chart's line that runs
    through a data label goes on beyond it."""
    if not strokes or not words:
        return
    ordered = sorted(words, key=attrgetter("baseline"))  # a stroke looks only near its height
    baselines = [word.baseline for word in ordered]
    tallest = max(max(word.size for word in ordered), 1.0)
    for stroke in strokes:
        near = ordered[
            bisect_left(baselines, stroke.y + THROUGH_LOW) : bisect_right(
                baselines, stroke.y + THROUGH_HIGH * tallest
            )
        ]
        through = [word for word in near if _through(word, stroke)]
        if not through:
            continue
        reach = ENDS * max(word.size for word in through)
        first = min(word.x0 for word in through)
        last = max(word.x1 for word in through)
        if abs(stroke.x0 - first) <= reach and abs(stroke.x1 - last) <= reach:
            for word in through:
                word.struck = True


def _through(word: Word, stroke: Rule) -> bool:
    size = max(word.size, 1.0)
    if not word.baseline - THROUGH_HIGH * size <= stroke.y <= word.baseline - THROUGH_LOW * size:
        return False
    along = min(stroke.x1, word.x1) - max(stroke.x0, word.x0)
    return along >= COVERED * (word.x1 - word.x0)

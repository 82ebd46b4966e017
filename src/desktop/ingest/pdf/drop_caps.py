"""A drop cap joined to the word it begins.

A designed report may open a section with a drop cap: the paragraph's first letter set
three lines tall, the rest of the word at body size beside its top ("N" + "ämndens
nettokostnad …"), the paragraph's first lines indented to make room. Read as it is
printed, the big letter is a word of its own on the baseline of the third line, and its
size makes the lines beside it one line (their words interleaved). The letter is put
back at the start of the word it begins, the first word beside the top of the letter.
"""

from __future__ import annotations

import statistics

from desktop.ingest.pdf.words import Word

MIN_SIZE = 2.2  # times the page's usual type size: a letter this large may be a drop cap
NEAR = 1.0  # times the body size: the word beside the letter starts this close to it


def join_drop_caps(words: list[Word]) -> list[Word]:
    """The words with each drop cap joined to the word it begins."""
    letters = [w for w in words if len(w.text) == 1 and _letter(w)]
    if len(words) < 10 or not letters:
        return words
    body = statistics.median(w.size for w in words)
    caps = [w for w in letters if w.size >= MIN_SIZE * body]
    if not caps:
        return words
    joined: set[int] = set()
    for cap in caps:
        beside = [
            w
            for w in words
            if w is not cap
            and -1.0 <= w.x0 - cap.x1 <= NEAR * max(w.size, 1.0)
            and cap.top - w.size <= w.top  # level with the top of the letter
            and w.baseline < cap.baseline - 0.5 * w.size  # above the letter's last line
            and w.size < MIN_SIZE * body
        ]
        if not beside:
            continue
        first = min(beside, key=lambda w: (round(w.baseline), w.x0))
        if not first.text[:1].islower():
            continue  # a letter beside a word of its own ("A" of a list), not its start
        first.text = cap.text + first.text
        first.drop_cap = True
        joined.add(id(cap))
    return [w for w in words if id(w) not in joined]


def _letter(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isalpha() and word.text.isupper()

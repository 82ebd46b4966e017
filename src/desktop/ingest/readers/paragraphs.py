"""Lines of a paragraph joined back into running text, as the report was written.

"…kostnaderna inom barn, unga och familj al-" + "ternativt inom…" is "alternativt";
"Barn- och" keeps its hyphen (the word is shared with a later one), as does "e-tjänster";
a bulleted line ("• Vi vill…") starts a line of its own.
"""

from __future__ import annotations

import re

BULLET = re.compile(r"^[•·▪◦*–-]\s")
SHARED_WORD = re.compile(r"^(och|eller|samt|respektive|resp\.|till|som)\b")


def join_wrapped(text: str, line: str) -> str:
    """`line` appended to `text`, the line break mended."""
    line = line.strip()
    if not text:
        return line
    if not line:
        return text
    if BULLET.match(line):
        return f"{text}\n{line}"
    if text.endswith("-") and line[:1].islower() and not SHARED_WORD.match(line):
        head = _last_word(text[:-1])
        if len(head) == 1 or head.isupper():  # "e-tjänster", "FN-konventionen"
            return text + line
        return text[:-1] + line
    return f"{text} {line}"


def _last_word(text: str) -> str:
    """What follows the last space, "/" or "(" of the text: read backwards, since the
    text grows with each line of a paragraph and splitting it whole each time is slow."""
    start = len(text)
    while start and not (text[start - 1].isspace() or text[start - 1] in "/("):
        start -= 1
    return text[start:]


def join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text = join_wrapped(text, line)
    return text


HYPHEN_BREAK = re.compile(
    r"(?<=[a-zåäöé])- (?!(?:och|eller|samt|respektive|resp\.|till|som)\b)(?=[a-zåäö])"
)


def mend_hyphens(text: str) -> str:
    """A cell's lines joined with a space, words hyphenated at a line end made whole again
    ("Helårs- prognos" → "Helårsprognos"); "Barn- och" keeps its hyphen."""
    return HYPHEN_BREAK.sub("", text)

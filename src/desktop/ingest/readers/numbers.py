"""Numbers as Swedish reports print them: "1 234", "−12 379", "12,6 %", "NKI 77", "Minst 76 %"."""

from __future__ import annotations

import re

# An optional label (NKI, HME, Minst), a sign (a minus, or a plus as a deviation may have), digits grouped by spaces (or by dots, as a
# spreadsheet prints "113.140"), a decimal comma, a minus after the number as a
# spreadsheet may print it ("2.140-"), an optional unit and footnote marks (stars, superscript
# digits); nothing else may stand in the cell. A unit is %, one
# of the usual words ("d" for days, "12,5 d"), or any one lower-case word that is no month ("3 410 vårddygn",
# "12 besök"; "31 aug" is a date).
FOOTNOTE_MARKS = r"[*¹²³⁴⁵⁶⁷⁸⁹⁰⁾]*"  # after a value: "71 %¹", "80²", "12*", "92²⁾"
# official statistics mark a figure preliminary or revised with a letter after it: "88,0 p"
STATISTICS_MARK = r"(?:\s+(?-i:[pr]))?"
TREND = r"(?:\s*[↑↓→↗↘⬆⬇➚➘])?"  # after a value, the way it went: "87 % ↑", "1 046 →"
UNIT_WORD = r"(?-i:(?!(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))[a-zåäö]{2,15}\.?)"
_NUMBER = re.compile(
    r"^(?:(?:minst|högst|max|min|nki|hme|ca|cirka)\.?\s*)*"
    r"(?P<sign>[-−–+]?)\s*(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+)"
    r"(?:[,.](?P<dec>\d+))?(?P<trailing>[-−])?"
    rf"\s*(?P<unit>%|procent|dagar|dygn|vård-?\s*dygn|tkr|mnkr|st|kr|d|{UNIT_WORD})?"
    rf"{STATISTICS_MARK}\s*{FOOTNOTE_MARKS}"
    rf"{TREND}$",
    re.IGNORECASE,
)

_TAG = re.compile(r"<[^>]+>")  # a cell kept as HTML
_NOT_DIGIT = re.compile(r"\D")


def parse_number(cell: str) -> float | None:
    """The number in a table cell, or None for a blank, a dash or anything garbled."""
    text = (_TAG.sub("", cell) if "<" in cell else cell).strip()
    if text.startswith("(") and text.endswith(")") and text[1:2].isdigit():
        inner = parse_number(text[1:-1])  # "(2 300)": the accountants' way to print −2 300
        return -inner if inner is not None else None
    match = _NUMBER.match(text)
    if not match:
        return None
    whole = _NOT_DIGIT.sub("", match.group("int"))
    value = float(f"{whole}.{match.group('dec')}" if match.group("dec") else whole)
    negative = match.group("sign") not in ("", "+") or match.group("trailing")
    return -value if negative else value  # "+160": a deviation printed with its sign


_TOKEN = re.compile(r"-?\d+")


def split_numbers(text: str, count: int | None = None) -> list[float | None] | None:
    """Cells of a run of numbers laid out with spaces, as PDF-to-text prints table rows.

    "598 582 637 213" holds two numbers (598582, 637213): a number is a sign and a group
    of digits followed by groups of exactly three digits. `count` cells are read (None:
    as few as the digits allow); a double space stands for a blank cell. When the digits
    can be grouped in several ways, the grouping whose numbers are most alike in length
    wins; a tie, or a token that is not a number, gives None rather than a guess.
    """
    segments = [
        [re.sub(r"^[-−–]+", "-", token) for token in segment.split()]  # OCR's "--752" is "-752"
        for segment in re.split(r"\s{2,}", text.strip())
    ]
    if not all(segment and all(_TOKEN.fullmatch(t) for t in segment) for segment in segments):
        return None
    blanks = len(segments) - 1
    # one grouping per segment, for every combination of the segments' groupings
    options: list[list[list[str]]] = [[]]
    for segment in segments:
        options = [[*o, g] for o in options for g in _groupings(segment)]
        if len(options) > 5000:  # no table row is this ambiguous
            return None
    sizes = [sum(len(g) for g in o) for o in options]
    wanted = min(sizes, default=0) if count is None else count - blanks
    options = [o for o, size in zip(options, sizes, strict=True) if size == wanted]
    if not options:
        return None
    options.sort(key=_spread)
    if len(options) > 1 and _spread(options[0]) == _spread(options[1]):
        return None
    cells: list[float | None] = []
    for index, numbers in enumerate(options[0]):
        if index:
            cells.append(None)
        cells.extend(float(n.replace(" ", "")) for n in numbers)
    return cells


def _groupings(tokens: list[str]) -> list[list[str]]:
    """Every way to read digit groups as whole numbers ("1 234 5" → 1234|5 or 1|234|5)."""
    if not tokens:
        return [[]]
    head = tokens[0]
    if re.fullmatch(r"-?0\d+", head):  # "084" only ever continues a number
        return []
    lengths = [1]
    if re.fullmatch(r"-?[1-9]\d{0,2}", head):
        while len(lengths) < len(tokens) and re.fullmatch(r"\d{3}", tokens[len(lengths)]):
            lengths.append(len(lengths) + 1)
    return [
        [" ".join(tokens[:length]), *rest]
        for length in lengths
        for rest in _groupings(tokens[length:])
    ]


def _spread(option: list[list[str]]) -> int:
    """How unlike in length the numbers of a grouping are (zeros left out)."""
    lengths = [
        len(n.replace(" ", "").lstrip("-"))
        for group in option
        for n in group
        if n.strip("-") != "0"
    ]
    return max(lengths) - min(lengths) if lengths else 0

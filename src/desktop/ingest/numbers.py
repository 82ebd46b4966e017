"""Numbers as Swedish reports print them: "1 234", "−12 379", "12,6 %", "NKI 77", "Minst 76 %"."""

from __future__ import annotations

import re

# An optional label (NKI, HME, Minst), a sign, digits grouped by spaces, a decimal comma,
# an optional unit (%, dagar, tkr) and footnote stars; nothing else may stand in the cell.
_NUMBER = re.compile(
    r"^(?:(?:minst|högst|max|min|nki|hme|ca|cirka)\.?\s*)*"
    r"(?P<sign>[-−–]?)\s*(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](?P<dec>\d+))?"
    r"\s*(?P<unit>%|procent|dagar|dygn|vård-?\s*dygn|tkr|mnkr|st|kr)?\s*\**$",
    re.IGNORECASE,
)


def parse_number(cell: str) -> float | None:
    """The number in a table cell, or None for a blank, a dash or anything garbled."""
    text = re.sub(r"<[^>]+>", "", cell).strip()
    match = _NUMBER.match(text)
    if not match:
        return None
    whole = re.sub(r"\D", "", match.group("int"))
    value = float(f"{whole}.{match.group('dec')}" if match.group("dec") else whole)
    return -value if match.group("sign") else value

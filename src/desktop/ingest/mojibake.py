"""UTF-8 read as Windows-1252 put back: "nÃ¤mnden" → "nämnden", "januariâ€“augusti" →
"januari–augusti".

A broken export chain (a font's ToUnicode map built from UTF-8 bytes taken one by one,
a text file saved twice) turns each å, ä, ö, é and dash into two or three characters,
while the page still shows the right letters. Only the runs that are such byte
sequences are decoded again: a lead character (Ã, Â or â, the first byte of å … ö,
of a non-breaking space or §, of a dash or quote) followed by characters that
Windows-1252 gives the bytes 0x80–0xBF. No Swedish word has those runs, so text without
them is returned as it is.
"""

from __future__ import annotations

import re

# the characters Windows-1252 prints for the bytes 0x80–0x9F (five of them it leaves
# undefined, and a decoder that keeps them gives the control characters U+0081 …)
_HIGH = {bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0xA0)}
_CONTINUATION = "".join(_HIGH) + "".join(chr(b) for b in range(0xA0, 0xC0))
MOJIBAKE = re.compile(f"[ÂÃ][{re.escape(_CONTINUATION)}]|â[{re.escape(_CONTINUATION)}]{{2}}")


def repaired(text: str) -> str:
    """The text with every run of UTF-8 read as Windows-1252 decoded again."""
    if not any(lead in text for lead in "ÂÃâ") or not MOJIBAKE.search(text):
        return text  # every run begins with one of these: most texts are not searched
    return MOJIBAKE.sub(_decoded, text)


def _decoded(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        return bytes(_HIGH.get(ch, ord(ch)) for ch in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run

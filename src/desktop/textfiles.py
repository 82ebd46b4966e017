"""Text from the bytes of a file, and how much text the app takes in.

Shared by report import (ingest.pipeline.decode) and annotation files: the encoding
from a byte-order mark, or UTF-16 told by the zero bytes ASCII gets in it; else UTF-8,
else Windows-1252. A report's text is refused when it holds NUL characters or is longer
than the reader shows comfortably.
"""

from __future__ import annotations

import codecs

# About 400 printed pages. The reader shows a long report's first screen at once and
# builds the rest while the member reads (a 150-page, 390,000-character report: first
# screen 0.3 s, the whole report in about 4 s; see ui.reader.LONG_REPORT_BLOCKS).
MAX_TEXT_CHARS = 1_000_000
MAX_LINE_CHARS = 20_000  # a "line" longer than this is not a line of a report
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class TextProblem(ValueError):
    """Bytes that are not a text the app takes; the message is a Swedish phrase."""


def wide_codec(data: bytes) -> str | None:
    """The codec a byte-order mark names, or UTF-16 when every other byte is zero."""
    codec = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if codec is not None:
        return codec
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.4 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.4 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return None


def count(number: int) -> str:
    """150 000: a number as Swedish text writes it."""
    return f"{number:,}".replace(",", " ")


def report_text(data: bytes) -> str:
    """A report's text: UTF-8 (BOM or not), UTF-16/32, else Windows-1252; raises TextProblem
    for binary content, NUL characters, or text over MAX_TEXT_CHARS or MAX_LINE_CHARS."""
    codec = wide_codec(data)
    if codec is not None and codec != "utf-8-sig":
        try:
            text = data.decode(codec).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise TextProblem(f"okänd teckenkodning (trasig {codec.upper()})") from exc
    else:
        nul = data.find(b"\x00")
        if nul != -1:
            line = data.count(b"\n", 0, nul) + 1
            raise TextProblem(f"filen är inte text (NUL-tecken på rad {line})")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            if text.count("\ufffd") > len(text) // 100:
                raise TextProblem("okänd teckenkodning (varken UTF-8 eller Windows-1252)") from None
    nul = text.find("\x00")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        raise TextProblem(f"filen är inte text (NUL-tecken på rad {line})")
    if len(text) > MAX_TEXT_CHARS:
        raise TextProblem(
            f"texten är för lång för läsaren ({count(len(text))} tecken;"
            f" högst {count(MAX_TEXT_CHARS)})"
        )
    longest = max(map(len, text.splitlines()), default=0)
    if longest > MAX_LINE_CHARS:
        raise TextProblem(
            f"en rad är för lång ({count(longest)} tecken; högst {count(MAX_LINE_CHARS)})"
        )
    return text

"""Words of one PDF page rebuilt from PDFium's characters and their boxes.

PDFium's own text flattening inserts a space wherever two glyphs stand a little apart,
so kerned digits ("202 6"), Word's split runs ("ÅRSR EDOVISNING") and letter-spaced
exports ("B e l o p p") come apart. Here the page text is read once, cut into tokens at
every space PDFium gives (printed or generated), and each token is measured by the loose
boxes of its first and last character; tokens are then joined into words again where the
gap between them is a kerning gap rather than a word space, judged by the font size and
by the letter spacing of the line itself (poppler does the same with the text state's
character spacing, which PDFium does not expose).
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass

# characters that separate tokens; PDFium marks a hyphen at a line end as U+FFFE
SPACES = frozenset(
    " \t\r\n\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
SOFT_HYPHEN = "\ufffe"
TOKEN = re.compile("[^" + "".join(sorted(SPACES)) + SOFT_HYPHEN + "]+")
KERNING = 0.16  # em: a gap narrower than this inside a line is kerning, not a word space
DIGIT_SPACE = 0.1  # em: a gap this wide between digits is a (thin) space, as poppler reads it
OVERLAP = 0.15  # em: glyphs overlapping by more than this are two words printed over each other
# Symbol-font bullets and dashes that PDFium returns from the private use area
PRIVATE_GLYPHS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf076": "❖",
    "\uf0d8": "➢",
    "\uf0fc": "✓",
    "\uf02d": "–",
    "\uf0e0": "→",
}
NEEDS_CLEANING = re.compile("[\u2212\u00ad" + "".join(PRIVATE_GLYPHS) + "]")


# PDFium's box function called with plain addresses: half the cost of the typed binding,
# and it is called twice for every word of every page
_FAST_BOX = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)
_FAST_SIZE = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_void_p, ctypes.c_int)
_FAST_FLAG = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
_FAST_ORIGIN = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p
)


def _scale(textpage, text: str) -> float:
    """The vertical scale of the page's text matrix (a print driver's 0.75, usually 1)."""

    index = next((i for i, ch in enumerate(text) if not ch.isspace()), -1)
    if index < 0:
        return 1.0
    return char_scale(textpage, index)


def char_scale(textpage, index: int) -> float:
    import pypdfium2.raw as raw

    matrix = raw.FS_MATRIX()
    if not raw.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix)):
        return 1.0
    return (matrix.c**2 + matrix.d**2) ** 0.5 or 1.0


@dataclass(slots=True)
class Word:
    """A word as printed: its text and box in points from the page's top-left corner."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float  # distance of the baseline from the top of the page
    size: float  # font size in points
    bold: bool
    space_before: bool = True  # a printed or measured word space stands before it
    # a space character of the page's own text stands before it (not one PDFium made up):
    # the producer said a word ends there, however narrow the space ("1 902" with U+202F)
    hyphenated: bool = False  # printed with a hyphen at a line end (PDFium's U+FFFE)
    index: int = 0  # the first character's index in the page's text
    font: str = ""
    printed_space: bool = False
    ocr: bool = False  # read from a picture: its box is where Tesseract saw it, roughly

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_words(textpage, page_height: float) -> list[Word]:
    """Every word on a page, in PDFium's text order (not yet in reading order)."""
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    count = raw.FPDFText_CountChars(textpage)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    rect = raw.FS_RECTF()
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
    loose_box = _FAST_BOX(ctypes.cast(raw.FPDFText_GetLooseCharBox, ctypes.c_void_p).value or 0)
    box = ctypes.addressof(rect)
    font_size = _FAST_SIZE(ctypes.cast(raw.FPDFText_GetFontSize, ctypes.c_void_p).value or 0)
    char_origin = _FAST_ORIGIN(ctypes.cast(raw.FPDFText_GetCharOrigin, ctypes.c_void_p).value or 0)
    is_generated = _FAST_FLAG(ctypes.cast(raw.FPDFText_IsGenerated, ctypes.c_void_p).value or 0)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    at_x, at_y = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
    scale = _scale(textpage, text)

    tokens: list[Word] = []
    append = tokens.append
    spaces = SPACES
    for match in TOKEN.finditer(text):
        start, end = match.span()
        hyphenated = end < count and text[end] == SOFT_HYPHEN
        loose_box(handle, start, box)
        x0, top, bottom = rect.left, rect.top, rect.bottom
        char_origin(handle, start, at_x, at_y)  # the baseline: glyph boxes differ by letter
        loose_box(handle, end - 1, box)
        # the type size as printed: the font's size times the page's scale (a loose box's
        # height depends on the font's ascent and descent, so it is no measure across fonts)
        size = font_size(handle, start) * scale or top - min(bottom, rect.bottom)
        word_text = text[start:end]
        if not word_text.isalnum() and NEEDS_CLEANING.search(word_text):
            word_text = _clean(word_text)
        before = text[start - 1] if start else ""
        printed = (
            before in spaces
            and before not in "\r\n"
            and (before != " " or not is_generated(handle, start - 1))
        )
        token = Word(
            word_text + "-" if hyphenated else word_text,
            x0,
            page_height - (top if top > rect.top else rect.top),
            rect.right if rect.right > x0 else x0,
            page_height - (bottom if bottom < rect.bottom else rect.bottom),
            page_height - origin_y.value,
            size,
            False,
            before != SOFT_HYPHEN,
            hyphenated,
            start,
            "",
            printed,
        )
        if abs(rect.bottom - bottom) > 0.5 * (size if size > 1.0 else 1.0):
            tokens.extend(_split_lines(textpage, text, start, end, page_height, token))
        elif end - start >= 4 and word_text[0] in DIGIT_START and NUMBER_TOKEN.match(word_text):
            tokens.extend(_split_digit_groups(handle, loose_box, rect, token, start, end))
        else:
            append(token)
    return _join_kerned(tokens)


NUMBER_TOKEN = re.compile(r"^[-−–(]?\d[\d,.]*\d%?\)?$")
DIGIT_START = frozenset("0123456789-−–(")


def _split_digit_groups(
    handle: int, loose_box, rect, token: Word, start: int, end: int
) -> list[Word]:
    """A number whose digit groups stand apart with no space character between them
    ("1 902,0" set with a thin space the font lacks) cut where the gap is, as printed."""
    box = ctypes.addressof(rect)
    cuts: list[
        tuple[int, float, float]
    ] = []  # (offset, x0 of the part after, x1 of the part before)
    loose_box(handle, start, box)
    previous_right = rect.right
    for offset in range(1, end - start):
        loose_box(handle, start + offset, box)
        if rect.left - previous_right > DIGIT_SPACE * max(token.size, 1.0):
            cuts.append((offset, rect.left, previous_right))
        previous_right = rect.right
    if not cuts:
        return [token]
    parts: list[Word] = []
    begin, x0 = 0, token.x0
    for offset, next_x0, right in [*cuts, (len(token.text), token.x1, token.x1)]:
        part = Word(token.text[begin:offset], x0, token.top, right, token.bottom, token.baseline,
                    token.size, token.bold, token.space_before if not parts else True,
                    token.hyphenated, token.index + begin, "", token.printed_space if not parts else True)  # fmt: skip
        parts.append(part)
        begin, x0 = offset, next_x0
    return parts


_FAST_INFO = ctypes.CFUNCTYPE(
    ctypes.c_ulong, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p
)


def mark_fonts(textpage, lines: list[list[Word]]) -> None:
    """Set each word's font and boldness from the first and last word of each line: a line
    is set in one or two fonts, and asking PDFium for every word's font costs more than
    the rest of the reading."""
    import pypdfium2.raw as raw

    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
    info = _FAST_INFO(ctypes.cast(raw.FPDFText_GetFontInfo, ctypes.c_void_p).value or 0)
    weight_of = _FAST_FLAG(ctypes.cast(raw.FPDFText_GetFontWeight, ctypes.c_void_p).value or 0)
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    at_buffer, at_flags = ctypes.addressof(buffer), ctypes.addressof(flags)
    known: dict[tuple[bytes, int], tuple[str, bool]] = {}

    def font_at(index: int) -> tuple[str, bool]:
        length = info(handle, index, at_buffer, 128, at_flags)
        key = (buffer.raw[: max(0, min(length, 128) - 1)], weight_of(handle, index))
        if key not in known:
            name = key[0].decode("latin-1", "replace")
            lowered = name.lower()
            named = any(mark in lowered for mark in ("bold", "black", "heavy", "semibold", "demi"))
            known[key] = (name, named or 600 <= key[1] <= 1000)
        return known[key]

    for words in lines:
        first, last = font_at(words[0].index), font_at(words[-1].index)
        if first == last:
            for word in words:
                word.font, word.bold = first
        else:  # a line in two fonts: ask for every word
            for word in words:
                word.font, word.bold = font_at(word.index)


def font_of(textpage, index: int) -> tuple[str, bool]:
    """The font's name and whether it is bold, by its weight or, when the weight is not
    one a font has, by its name."""
    import pypdfium2.raw as raw

    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    name = buffer.value.decode("latin-1", "replace")
    weight = raw.FPDFText_GetFontWeight(textpage, index)
    lowered = name.lower()
    named = any(mark in lowered for mark in ("bold", "black", "heavy", "semibold", "demi"))
    return name, named or 600 <= weight <= 1000


def _clean(text: str) -> str:
    if any(ch in PRIVATE_GLYPHS for ch in text):
        text = "".join(PRIVATE_GLYPHS.get(ch, ch) for ch in text)
    return text.replace("\u2212", "-").replace("\u00ad", "")


def _split_lines(
    textpage, text: str, start: int, end: int, page_height: float, token: Word
) -> list[Word]:
    """A token whose characters stand on more than one line, cut where the line changes."""
    import pypdfium2.raw as raw

    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    parts: list[Word] = []
    current: list[tuple[str, float, float, float, float]] = []
    for i in range(start, end):
        raw.FPDFText_GetLooseCharBox(textpage, i, ref)
        box = (text[i], rect.left, rect.right, rect.top, rect.bottom)
        if current and abs(current[-1][4] - rect.bottom) > 0.5 * max(token.size, 1.0):
            parts.append(_token_of(current, page_height, token, bool(parts) or token.space_before))
            current = []
        current.append(box)
    if current:
        parts.append(_token_of(current, page_height, token, bool(parts) or token.space_before))
    if token.hyphenated:
        parts[-1].hyphenated = True
        parts[-1].text += "-"
    return parts


def _token_of(chars, page_height: float, like: Word, space_before: bool) -> Word:
    return Word(
        text=_clean("".join(c[0] for c in chars)),
        x0=chars[0][1],
        top=page_height - max(c[3] for c in chars),
        x1=chars[-1][2],
        bottom=page_height - min(c[4] for c in chars),
        baseline=like.baseline,
        size=like.size,
        bold=like.bold,
        space_before=space_before,
        index=like.index,
    )


def _join_kerned(tokens: list[Word]) -> list[Word]:
    """Tokens PDFium split inside a word joined again (kerning, split runs, letter spacing)."""
    words: list[Word] = []
    run: list[Word] = []  # tokens of one line in text order

    def flush() -> None:
        if run:
            words.extend(_join_line(run))
            run.clear()

    for token in tokens:
        if run and not _same_line(run[-1], token):
            flush()
        run.append(token)
    flush()
    return words


def _same_line(a: Word, b: Word) -> bool:
    size = max(a.size, b.size, 1.0)
    return abs(a.baseline - b.baseline) < 0.3 * size and b.x0 > a.x0 - 0.5 * size


def _join_line(tokens: list[Word]) -> list[Word]:
    """Join the tokens of one line whose gaps are kerning or the line's letter spacing."""
    if len(tokens) == 1:
        return tokens
    gaps = [b.x0 - a.x1 for a, b in zip(tokens, tokens[1:], strict=False)]
    if all(t.printed_space for t in tokens[1:]) and min(gaps) > -OVERLAP * tokens[0].size:
        return tokens  # every break is a printed space: nothing to join (most lines)
    singles = sum(1 for t in tokens if len(t.text) == 1 and t.text.isalpha())
    letter_gap = 0.0
    if singles >= 4 and singles >= 0.6 * len(tokens):
        # a letter-spaced line: most gaps are the spacing between letters, word gaps stand out
        ordered = sorted(
            g
            for a, b, g in zip(tokens, tokens[1:], gaps, strict=False)
            if g > 0 and len(a.text) == 1 and len(b.text) == 1
        )
        if ordered:
            letter_gap = ordered[len(ordered) // 3]
    out = [tokens[0]]
    for token, gap in zip(tokens[1:], gaps, strict=False):
        previous = out[-1]
        size = max(min(previous.size, token.size), 1.0)
        limit = letter_gap + KERNING * size if letter_gap else KERNING * size
        if previous.text[-1:].isdigit() and token.text[:1].isdigit():
            limit = min(limit, DIGIT_SPACE * size)  # "1 902": a thin space between digit groups
        if (
            -OVERLAP * size < gap < limit
            and not previous.hyphenated
            and not (token.printed_space and not letter_gap)
            and _joinable(previous, token)
        ):
            previous.text += token.text
            previous.x1 = max(previous.x1, token.x1)
            previous.top = min(previous.top, token.top)
            previous.bottom = max(previous.bottom, token.bottom)
            previous.hyphenated = token.hyphenated
        else:
            out.append(token)
    return out


def _joinable(a: Word, b: Word) -> bool:
    """Two tokens that may be one word: no bullet, and the same size of type."""
    if a.text in PRIVATE_GLYPHS.values() or a.text in ("•", "–", "-") and b.text[:1].isupper():
        return False
    return abs(a.size - b.size) < 0.2 * max(a.size, b.size, 1.0) or len(b.text) <= 2

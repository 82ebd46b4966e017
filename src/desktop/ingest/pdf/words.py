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
import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from desktop.ingest.mojibake import MOJIBAKE, repaired
from desktop.ingest.pdf.charboxes import CharBoxes
from desktop.ingest.pdf.turn import TOLERANCE, Turn

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
SEPARATOR_CODES = np.array(sorted(ord(ch) for ch in SPACES | {SOFT_HYPHEN}), dtype="<u4")
PRINTED_SPACE_CODES = np.array(sorted(ord(ch) for ch in SPACES - {"\r", "\n"}), dtype="<u4")
HYPHEN_CODE = ord(SOFT_HYPHEN)
NEEDS_CLEANING = re.compile("[\u2212\u00ad" + "".join(PRIVATE_GLYPHS) + "]")


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
    drop_cap: bool = False  # begins with a drop cap (`drop_caps`): its lines are indented
    leader_before: bool = False  # dot leaders stood before it (`lines.without_leaders`)
    struck: bool = False  # struck through, a draft's deleted text (`struck`): no text
    turned: bool = False  # printed a quarter turned, laid flat (`_turned`)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def page_words(
    textpage, page_height: float, turn: Turn | None = None, hidden: set[int] | None = None
) -> list[Word]:
    """Every word on a page, in PDFium's text order (not yet in reading order); on a page
    whose text is turned (`turn`), as read on the page turned back (`page_height` its
    height then). The characters at `hidden` (a hidden layer's) are left out."""
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    count = raw.FPDFText_CountChars(textpage)
    if len(text) != count:  # characters outside the BMP: read them one by one
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    if hidden:  # as spaces, so that every other character keeps its index
        text = "".join(" " if i in hidden else ch for i, ch in enumerate(text))
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    starts_at, ends_at = token_spans(codes)
    if not len(starts_at):
        return []
    starts, ends = starts_at.tolist(), ends_at.tolist()
    chars = CharBoxes(textpage, turn)
    scale = _scale(textpage, text)

    # each token measured by the loose boxes of its first and last character (y upwards)
    left, first_top, _, first_bottom = chars.loose_boxes(starts).T
    _, last_top, last_right, last_bottom = chars.loose_boxes((ends_at - 1).tolist()).T
    baselines = page_height - chars.baselines(starts)  # glyph boxes differ by letter
    # the type size as printed: the font's size times the page's scale (a loose box's
    # height depends on the font's ascent and descent, so it is no measure across fonts)
    sizes = chars.font_sizes(starts) * scale
    lowest = np.where(last_bottom < first_bottom, last_bottom, first_bottom)
    sizes = np.where(sizes != 0, sizes, first_top - lowest)
    tops = page_height - np.where(first_top > last_top, first_top, last_top)
    rights = np.where(last_right > left, last_right, left)
    bottoms = page_height - np.where(first_bottom < last_bottom, first_bottom, last_bottom)
    # a token whose last character stands on another line than its first
    two_lines = np.abs(last_bottom - first_bottom) > 0.5 * np.where(sizes > 1.0, sizes, 1.0)

    last_code = len(codes) - 1
    hyphenated = (ends_at <= last_code) & (codes[np.minimum(ends_at, last_code)] == HYPHEN_CODE)
    before = np.where(starts_at > 0, codes[starts_at - 1], 0)
    # a space character of the page's own text, not one PDFium made up
    printed = np.isin(before, PRINTED_SPACE_CODES)
    asked = printed & (before == ord(" "))
    printed[asked] = np.logical_not(chars.generated((starts_at[asked] - 1).tolist()))

    texts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    if NEEDS_CLEANING.search(text):
        texts = [_clean(t) if NEEDS_CLEANING.search(t) else t for t in texts]
    marked = _raised_marks(
        chars, codes, starts_at, ends_at, sizes, scale, first_bottom, last_bottom
    )
    for n in marked:
        texts[n] = _superscript(texts[n])
    two_lines[marked] = False  # a raised mark ends the word on its line ("61 480²")
    numbers = [
        n
        for n in np.flatnonzero((ends_at - starts_at >= 4) & ~two_lines).tolist()
        if texts[n][0] in DIGIT_START and NUMBER_TOKEN.match(texts[n])
    ]
    for n in np.flatnonzero(hyphenated).tolist():
        texts[n] += "-"
    tokens = list(
        map(
            Word,
            texts,
            left.tolist(),
            tops.tolist(),
            rights.tolist(),
            bottoms.tolist(),
            baselines.tolist(),
            sizes.tolist(),
            repeat(False),
            (before != HYPHEN_CODE).tolist(),
            hyphenated.tolist(),
            starts,
            repeat(""),
            printed.tolist(),
        )
    )
    cut: dict[int, list[Word]] = {}
    run: Word | None = None  # the turned line being read: "sep" of "sep 2025"
    for n in np.flatnonzero(two_lines).tolist():
        if _diagonal(textpage, chars, starts[n]):
            cut[n] = []  # a watermark or stamp across the page ("UTKAST"): not the text
            continue
        turned = _turned(textpage, chars, starts[n], ends[n], page_height, tokens[n])
        if turned and run and n - 1 in cut and _same_turned_line(run, turned):
            run.text += " " + turned.text  # "2025" of "sep 2025" goes on the same flat line
            run.x0, run.x1 = min(run.x0, turned.x0), max(run.x1, turned.x1)
            cut[n] = []
            continue
        run = turned
        cut[n] = (
            [turned]
            if turned
            else _split_lines(chars, text, starts[n], ends[n], page_height, tokens[n])
        )
    for n in numbers:
        cut[n] = _split_digit_groups(chars, tokens[n], starts[n], ends[n])
    if cut:
        tokens = [part for n, token in enumerate(tokens) for part in cut.get(n, [token])]
    words = _join_kerned(tokens)
    if SURROGATES.search(text):  # "🟢" outside the BMP: PDFium gives its two UTF-16 halves
        for word in words:
            word.text = _paired(word.text)
    if MOJIBAKE.search(text):  # "nÃ¤mnden": a font's map made from UTF-8 bytes one by one
        for word in words:
            word.text = repaired(word.text)
    if COMBINING.search(text):  # "a" + "̈" as a Mac application writes "ä" (NFD)
        for word in words:
            word.text = unicodedata.normalize("NFC", word.text)
    return words


COMBINING = re.compile("[\u0300-\u036f]")
SURROGATES = re.compile("[\ud800-\udfff]")


def _paired(text: str) -> str:
    """A word's text with each pair of UTF-16 halves (one character index each in PDFium's
    text) joined into its character; a half without its pair is dropped."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")


SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
LETTER_CODES = np.array([ord(c) for c in "åäöéüÅÄÖÉÜ"])
AFTER_FIGURE_CODES = np.array([ord(c) for c in "%.,)"])  # "82 %¹", "i fjol.¹", "(2025)²"
MARK_SIZE = 0.85  # of the word's type size: a last digit set smaller ...
MARK_RISE = 0.2  # ... and raised by this much of it is a footnote mark


def _raised_marks(chars: CharBoxes, codes: np.ndarray, starts: np.ndarray, ends: np.ndarray,
                  sizes: np.ndarray, scale: float, first_bottom: np.ndarray,
                  last_bottom: np.ndarray) -> list[int]:  # fmt: skip
    """The tokens that end in a footnote mark set small and raised after a word's letters
    or a figure ("kurser⁴" printed as "kurser" and a small raised "4", "61 480²", "82 %¹",
    "i fjol.¹"). Only tokens ending in a digit after a letter, a digit or a sign that may
    end a figure or a sentence are measured again."""
    # a mark closed by a parenthesis, "gymnasiet¹⁾" and "92²⁾" as statistics print them:
    # its digit stands one character earlier
    paren = (ends - starts >= 3) & (codes[np.maximum(ends - 1, 0)] == ord(")"))
    digit_at = ends - 1 - paren
    long_enough = digit_at - starts >= 1
    last = codes[np.where(long_enough, digit_at, 0)]
    before = codes[np.where(long_enough, digit_at - 1, 0)]
    lower = before | 32
    letter = ((lower >= 97) & (lower <= 122)) | np.isin(before, LETTER_CODES)
    figure = ((before >= 48) & (before <= 57)) | np.isin(before, AFTER_FIGURE_CODES)
    kinds = (letter & (digit_at - starts >= 2)) | figure
    candidates = np.flatnonzero(long_enough & (last >= 48) & (last <= 57) & kinds)
    if not len(candidates):
        return []
    mark_sizes = chars.font_sizes(digit_at[candidates].tolist()) * scale
    small = mark_sizes < MARK_SIZE * sizes[candidates]
    raised = last_bottom[candidates] - first_bottom[candidates] > MARK_RISE * sizes[candidates]
    return candidates[small & raised].tolist()


def _superscript(text: str) -> str:
    """A token's last digits as the superscript they are printed as ("kurser4" → "kurser⁴");
    after a figure or a stop only the last digit, the mark ("4802" → "480²", "%1" → "%¹");
    a closing parenthesis after the mark is raised with it ("922)" → "92²⁾")."""
    if text.endswith(")") and text[-2:-1].isdigit():
        return _superscript(text[:-1]) + "⁾"
    if not text[-2:-1].isalpha():
        return text[:-1] + text[-1].translate(SUPERSCRIPTS)
    body = text.rstrip("0123456789")
    return (
        body + text[len(body) :][-2:].translate(SUPERSCRIPTS)
        if len(text) - len(body) <= 2
        else text
    )


def token_spans(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the runs of characters between spaces and line-end hyphens."""
    inside = np.isin(codes, SEPARATOR_CODES, invert=True)
    edges = np.diff(np.concatenate(([False], inside, [False])).astype(np.int8))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


NUMBER_TOKEN = re.compile(r"^[-−–(]?\d[\d,.]*\d%?\)?$")
DIGIT_START = frozenset("0123456789-−–(")


def _split_digit_groups(chars: CharBoxes, token: Word, start: int, end: int) -> list[Word]:
    """A number whose digit groups stand apart with no space character between them
    ("1 902,0" set with a thin space the font lacks) cut where the gap is, as printed."""
    boxes = chars.loose_boxes(list(range(start, end))).tolist()
    cuts: list[
        tuple[int, float, float]
    ] = []  # (offset, x0 of the part after, x1 of the part before)
    previous_right = boxes[0][2]
    for offset in range(1, end - start):
        left, _, right, _ = boxes[offset]
        if left - previous_right > DIGIT_SPACE * max(token.size, 1.0):
            cuts.append((offset, left, previous_right))
        previous_right = right
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


def mark_fonts(textpage, lines: list[list[Word]]) -> None:
    """Set each word's font and boldness from the first and last word of each line: a line
    is set in one or two fonts, and asking PDFium for every word's font costs more than
    the rest of the reading."""
    chars = CharBoxes(textpage)
    known: dict[tuple[bytes, int], tuple[str, bool]] = {}

    def font(key: tuple[bytes, int]) -> tuple[str, bool]:
        if key not in known:
            name = key[0].decode("latin-1", "replace")
            lowered = name.lower()
            named = any(mark in lowered for mark in ("bold", "black", "heavy", "semibold", "demi"))
            known[key] = (name, named or 600 <= key[1] <= 1000)
        return known[key]

    ends = chars.fonts([index for words in lines for index in (words[0].index, words[-1].index)])
    for n, words in enumerate(lines):
        first, last = font(ends[2 * n]), font(ends[2 * n + 1])
        if first == last:
            for word in words:
                word.font, word.bold = first
        else:  # a line in two fonts: ask for every word
            for word, key in zip(words, chars.fonts([w.index for w in words]), strict=True):
                word.font, word.bold = font(key)


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
    chars: CharBoxes, text: str, start: int, end: int, page_height: float, token: Word
) -> list[Word]:
    """A token whose characters stand on more than one line, cut where the line changes."""
    parts: list[Word] = []
    current: list[tuple[str, float, float, float, float]] = []
    boxes = chars.loose_boxes(list(range(start, end))).tolist()  # y upwards
    for i, (left, top, right, bottom) in zip(range(start, end), boxes, strict=True):
        box = (text[i], left, right, top, bottom)
        if current and abs(current[-1][4] - bottom) > 0.5 * max(token.size, 1.0):
            parts.append(_token_of(current, page_height, token, bool(parts) or token.space_before))
            current = []
        current.append(box)
    if current:
        parts.append(_token_of(current, page_height, token, bool(parts) or token.space_before))
    if token.hyphenated:
        parts[-1].hyphenated = True
        parts[-1].text += "-"
    return parts


def _diagonal(textpage, chars: CharBoxes, start: int) -> bool:
    """Whether a token is set at a slant, neither level nor turned a quarter: a draft's
    watermark ("UTKAST", "PRELIMINÄR") or a stamp drawn across the page over the text."""
    import pypdfium2.raw as raw

    angle = raw.FPDFText_GetCharAngle(textpage, start)
    if angle < 0:  # PDFium could not tell
        return False
    if chars.turn is not None:
        angle = chars.turn.relative(angle)
    quarters = round(angle / (math.pi / 2))
    return abs(angle - quarters * math.pi / 2) > TOLERANCE


def _turned(
    textpage, chars: CharBoxes, start: int, end: int, page_height: float, token: Word
) -> Word | None:
    """A token printed turned a quarter (a table's column heading set upwards or downwards,
    "Utfall sep 2025"), as one word laid flat where it begins: at the bottom of its run
    when it reads upwards, at the top when it reads downwards. Its characters stand one
    above the other, so the token was taken for one on several lines. Laid flat, the
    heading's words stand on the line of the other headings of its row, in the column of
    its cell. None for a token that is not turned."""
    import pypdfium2.raw as raw

    angle = raw.FPDFText_GetCharAngle(textpage, start)
    if chars.turn is not None:
        angle = chars.turn.relative(angle)
    quarters = round(angle / (math.pi / 2))
    if quarters % 2 == 0 or abs(angle - quarters * math.pi / 2) > TOLERANCE:
        return None
    boxes = chars.loose_boxes(list(range(start, end)))  # y upwards
    low, high = float(boxes[:, 3].min()), float(boxes[:, 1].max())
    upwards = quarters % 4 == 3  # 270°: the first letter at the bottom
    bottom = page_height - low if upwards else page_height - high + token.size
    return Word(
        text=token.text,
        x0=float(boxes[:, 0].min()),
        top=bottom - token.size,
        x1=float(boxes[:, 2].max()),
        bottom=bottom,
        baseline=bottom - 0.2 * token.size,  # a flat word's descent, roughly
        size=token.size,
        bold=token.bold,
        space_before=token.space_before,
        hyphenated=token.hyphenated,
        index=token.index,
        printed_space=token.printed_space,
        turned=True,
    )


def _same_turned_line(run: Word, word: Word) -> bool:
    """Whether a turned word goes on after the turned run before it, on the same line:
    both laid flat where they stand across the page, one line's width."""
    return word.x0 < run.x1 and run.x0 < word.x1


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
    if not tokens:
        return []
    words: list[Word] = []
    starts = [0, *_line_breaks(tokens), len(tokens)]
    for start, end in zip(starts, starts[1:], strict=False):
        words.extend(_join_line(tokens[start:end]))
    return words


def _line_breaks(tokens: list[Word]) -> list[int]:
    """Where in the text order a token starts a new line: it stands off the baseline of
    the one before, or to its left. Measured for all of a page's tokens at once with
    numpy (a page has hundreds), with the same arithmetic as one by one."""
    baselines = np.array([t.baseline for t in tokens])
    x0 = np.array([t.x0 for t in tokens])
    sizes = np.array([t.size for t in tokens])
    size = np.maximum(sizes[:-1], sizes[1:])  # max(previous.size, token.size, 1.0)
    size = np.where(size > 1.0, size, 1.0)
    same_line = (np.abs(baselines[:-1] - baselines[1:]) < 0.3 * size) & (
        x0[1:] > x0[:-1] - 0.5 * size
    )
    return (np.flatnonzero(~same_line) + 1).tolist()


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

"""Self-checks run by make_corpus.py: the key agrees with the data, the PDF with the expected text."""

from __future__ import annotations

import collections
import re
import subprocess
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .model import Custom, Doc, Scan, Table

WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text: str) -> collections.Counter[str]:
    return collections.Counter(WORD.findall(unicodedata.normalize("NFKC", text)))


def _ws(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s)).strip()


def consistent(doc: Doc) -> None:
    text = _ws(doc.expected_text())
    for g in doc.goals:
        assert _ws(g.title) in text, f"{doc.stem}: goal title not printed: {g.title!r}"
    y, m, dd = (int(p) for p in doc.end.split("-"))
    assert y == doc.year, doc.stem
    if doc.report_type == "annual":
        assert (m, dd) == (12, 31), doc.stem
    for b in doc.all_blocks():
        if isinstance(b, Table):
            for r in b.rows:
                assert len(r.cells) == len(b.cols) or r.heading, (doc.stem, r.label)
    names = [k["name"] for k in doc.key()["kpis"]]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    assert not dup, f"{doc.stem}: KPI names twice: {dup}"


def image_text(doc: Doc) -> str:
    """Words that are only in pictures (image tables, scanned pages)."""
    out = []
    for b in doc.blocks:
        if (
            isinstance(b, Scan)
            or isinstance(b, Table)
            and b.as_image
            or isinstance(b, Custom)
            and b.data.get("image")
        ):
            out.append(b.text())
    return "\n".join(out)


@dataclass
class Report:
    pages: int = 0
    size: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    n_expected: int = 0
    n_ref: int = 0
    image_words: int = 0

    @property
    def ok(self) -> bool:
        return not self.missing and self.size < 300_000

    def __str__(self) -> str:
        miss = (
            f" MISSING {len(self.missing)}: {' '.join(self.missing[:12])}" if self.missing else ""
        )
        return (
            f"{self.pages} pages, {self.size // 1024} KB, {self.n_expected} expected words "
            f"(+{self.image_words} in images), poppler {self.n_ref}, furniture/TOC words {len(self.extra)}"
            f" e.g. {' '.join(self.extra[:8])}{miss}"
        )


def against_pdf(doc: Doc, pdf: Path) -> Report:
    r = Report()
    if not pdf.exists():
        r.missing = ["<no pdf>"]
        return r
    r.size = pdf.stat().st_size
    ref_text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    # a document whose text layer is deliberately wrong in a known way (harryda: mojibake) gives
    # the function that undoes it, so the words are compared with what the page shows
    fix = doc.options.get("ref_text_fix")
    if fix:
        ref_text = fix(ref_text)
    r.pages = ref_text.count("\f")
    ref = words(ref_text)
    # words the page prints in two pieces by design ("verksam-" / "heten" at a line end, a drop
    # cap "Å" + "ret", small caps "M" + "ÅLUPPFYLLELSE"), given by the document as "a|b"
    for j in doc.options.get("check_joins", []):
        a, b = j.split("|", 1)
        pa, pb = WORD.findall(a), WORD.findall(b)
        if pa and pb and ref[pa[-1]] > 0 and ref[pb[0]] > 0:
            ref[pa[-1]] -= 1
            ref[pb[0]] -= 1
            ref[pa[-1] + pb[0]] += 1
    exp = words(doc.expected_text())
    img = words(image_text(doc))
    r.image_words = sum(img.values())
    exp_text = exp - img
    r.n_expected = sum(exp_text.values())
    r.n_ref = sum(ref.values())
    r.missing = sorted((exp_text - ref).elements())
    r.extra = sorted((ref - exp_text).elements(), key=lambda w: (-ref[w], w))
    return r


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))  # type: ignore[union-attr]

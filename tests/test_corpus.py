"""Reports the app was not built on: the corpus of other municipalities and layouts.

tests/corpus holds 128 PDFs with answer keys read by hand (see its README); the real
documents in ../shared/corpus (two Alingsås PDFs, Göteborg's annual report as text) have
their keys in tests/fixtures/shared_answers and are checked when ../shared is beside the
project, as in CI. The extraction is scored as the team scores the hidden set
(metadata, goals and statuses, KPI values, finance cells), and the words read from each
PDF are held against the words the document prints (page furniture and contents aside).
"""

from __future__ import annotations

import collections
import difflib
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO

from desktop.ingest.pipeline import extract_file

CORPUS = Path(__file__).resolve().parent / "corpus"
SHARED = REPO.parent / "shared" / "corpus"
SHARED_KEYS = Path(__file__).resolve().parent / "fixtures" / "shared_answers"
WORD = re.compile(r"[^\W_]+", re.UNICODE)
PICTURES_OF_TEXT = ("kiruna", "harnosand")  # a page or a table only as a picture, read by OCR
SCANNED_WHOLE = ("kramfors", "mora")  # every page a scan: no text layer at all
OCR_LAYER = ("sigtuna",)  # a scan with a scanner's own OCR text layer, misreadings and all


def _documents() -> list[tuple[Path, Path]]:
    pairs = [
        (CORPUS / f"{key.stem}.pdf", key) for key in sorted((CORPUS / "answers").glob("*.json"))
    ]
    if SHARED.is_dir():
        for key in sorted(SHARED_KEYS.glob("*.json")):
            source = next(SHARED.glob(f"{key.stem}.*"), None)
            if source is not None:
                pairs.append((source, key))
    return pairs


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Every corpus document extracted once, as the command line does (PDFs in a child)."""
    return {
        source.stem: (extract_file(source).to_json(), json.loads(key.read_text(encoding="utf-8")))
        for source, key in _documents()
    }


# --- the team's scoring, in short --------------------------------------------------------


def _fold(text: object) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9%]+", " ", text).strip()


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _fold(a), _fold(b)).ratio()


def _pair(
    gold: list[dict[str, Any]], got: list[dict[str, Any]], key: str, at: float
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    options = sorted(
        (
            (_similar(g.get(key) or g.get("row", ""), e.get(key) or e.get("row", "")), i, j)
            for i, g in enumerate(gold)
            for j, e in enumerate(got)
        ),  # fmt: skip
        reverse=True,
    )
    used_g: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for score, i, j in options:
        if score < at:
            break
        if i not in used_g and j not in used_e:
            used_g.add(i)
            used_e.add(j)
            pairs.append((gold[i], got[j]))
    return pairs


def _same(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _score(got: dict[str, Any], gold: dict[str, Any]) -> collections.Counter[str]:
    c: collections.Counter[str] = collections.Counter()
    c["meta"] += sum([
        _fold(gold["municipality"]) == _fold(got["municipality"]),
        _fold(gold["committee"]).rstrip("n") == _fold(got["committee"]).rstrip("n"),
        gold["report_type"] == got["report_type"],
        gold["period"]["year"] == got["period"]["year"],
        gold["period"]["end"] == got["period"]["end"],
    ])  # fmt: skip
    c["meta_all"] += 5
    goals = _pair(gold["goals"], got["goals"], "title", 0.85)
    c["goals_found"] += len(goals)
    c["goals_gold"] += len(gold["goals"])
    c["goals_got"] += len(got["goals"])
    c["status_right"] += sum(
        e["status"] in [g["status"], *g.get("status_alt", [])] for g, e in goals
    )
    kpis = _pair(gold["kpis"], got["kpis"], "name", 0.80)
    c["values_gold"] += sum(len(g["values"]) for g in gold["kpis"])
    c["values_got"] += sum(len(e["values"]) for e in got["kpis"])
    c["values_right"] += sum(
        _same(v, e["values"].get(y)) for g, e in kpis for y, v in g["values"].items()
    )
    for part, key in (("income_statement", "row"), ("by_unit", "unit")):
        rows = _pair(gold["finance"][part], got["finance"][part], key, 0.8)
        c["cells_gold"] += sum(len(r["columns"]) for r in gold["finance"][part])
        for g, e in rows:
            for column, value in g["columns"].items():
                match = max(e["columns"], key=lambda name: _similar(name, column), default=None)
                if (
                    match is not None
                    and _similar(match, column) >= 0.8
                    and _same(value, e["columns"][match])
                ):
                    c["cells_right"] += 1
    return c


def test_unseen_reports_are_read_as_their_answer_keys_say(extracted) -> None:  # type: ignore[no-untyped-def]
    total: collections.Counter[str] = collections.Counter()
    for got, gold in extracted.values():
        total += _score(got, gold)
    figures = {
        "metadata": total["meta"] / total["meta_all"],
        "goals found": total["goals_found"] / total["goals_gold"],
        "goals precision": total["goals_found"] / total["goals_got"],
        "statuses": total["status_right"] / max(total["goals_found"], 1),
        "KPI values found": total["values_right"] / total["values_gold"],
        "KPI values precision": total["values_right"] / total["values_got"],
        "finance cells": total["cells_right"] / total["cells_gold"],
    }
    # the bar for the hidden set is metadata 0.90, goals 0.70 (precision 0.80),
    # statuses 0.80, KPI values 0.60 (precision 0.95), finance 0.70; this corpus is held
    # to what the readers do on it today, so a change that reads it worse fails here
    floor = {"metadata": 0.99, "goals found": 0.99, "goals precision": 0.99, "statuses": 0.99,
             "KPI values found": 0.97, "KPI values precision": 0.99, "finance cells": 0.97}  # fmt: skip
    short = {
        name: round(figures[name], 3) for name, least in floor.items() if figures[name] < least
    }
    assert not short, (
        f"below the floor: {short}; all: { {k: round(v, 3) for k, v in figures.items()} }"
    )


def test_no_invented_value_in_any_corpus_document(extracted) -> None:  # type: ignore[no-untyped-def]
    """Every KPI value the app reads is one the answer key has for that KPI, or the KPI is
    not in the key at all (a table the key leaves out) — never a different number."""
    wrong = []
    for stem, (got, gold) in extracted.items():
        for g, e in _pair(gold["kpis"], got["kpis"], "name", 0.8):
            for year, value in e["values"].items():
                if year in g["values"] and not _same(g["values"][year], value):
                    wrong.append((stem, e["name"], year, value, g["values"][year]))
    assert len(wrong) <= 1, wrong  # one misread digit on the scanned page gets through OCR


# --- the words read from the PDFs ----------------------------------------------------------


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(WORD.findall(unicodedata.normalize("NFKC", text)))


def _app_words(data: dict[str, Any], mended: bool = False) -> collections.Counter[str]:
    """The words of the report's sections; `mended`: a word hyphenated at a line end as one
    word (the text keeps a soft hyphen where the line broke, as poppler keeps the break)."""
    text = "\n".join(f"{s['heading']}\n{s['text']}" for s in data["sections"])
    return _words(text.replace("\u00ad", "") if mended else text)


def test_words_read_from_each_pdf_are_the_words_it_prints(extracted) -> None:  # type: ignore[no-untyped-def]
    """Against tests/corpus/expected (the printed words, furniture and contents aside):
    precision 0.99 and recall 0.97 on every document; a picture of text read by OCR
    (Kiruna's scanned page, Härnösand's pasted table) 0.97, and a document scanned
    whole (Kramfors: its letterhead, rules and skew read as words too) 0.95 and 0.94
    (Mora's speckled scan: Tesseract does not see two status words set alone in their
    cells, recall 0.949); a scan whose scanner put its own OCR layer over it (Sigtuna: the
    words are the layer's, repaired where a Swedish word can be told) 0.97."""
    for pdf in sorted(CORPUS.glob("*.pdf")):
        expected = _words((CORPUS / "expected" / f"{pdf.stem}.txt").read_text(encoding="utf-8"))
        got = _app_words(extracted[pdf.stem][0], mended=True)
        common = sum((got & expected).values())
        precision, recall = common / sum(got.values()), common / sum(expected.values())
        least = (
            (0.95, 0.94)
            if pdf.stem.startswith(SCANNED_WHOLE)
            else (0.97, 0.97)
            if pdf.stem.startswith((*PICTURES_OF_TEXT, *OCR_LAYER))
            else (0.99, 0.97)
        )
        assert precision >= least[0], (pdf.stem, precision, (got - expected).most_common(8))
        assert recall >= least[1], (pdf.stem, recall, (expected - got).most_common(8))


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils comes with make sysdeps"
)
def test_words_agree_with_poppler_on_every_pdf_with_a_text_layer(extracted) -> None:  # type: ignore[no-untyped-def]
    """Against `pdftotext -layout`, as the team measures (furniture and contents aside):
    precision 0.99, recall 0.97 over all documents whose text is all in the text layer."""
    common = got_total = ref_total = 0
    for pdf in [*sorted(CORPUS.glob("*.pdf")), *sorted(SHARED.glob("*.pdf"))]:
        if pdf.stem.startswith((*PICTURES_OF_TEXT, *SCANNED_WHOLE)):
            continue  # words only in pictures: poppler cannot read them
        layout = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        data = extracted[pdf.stem][0] if pdf.stem in extracted else extract_file(pdf).to_json()
        furniture = _furniture_words(pdf)
        reference = _words(layout.stdout) - furniture
        got = _app_words(data)
        common += sum((got & reference).values())
        got_total += sum(got.values())
        ref_total += sum(reference.values())
    assert common / got_total >= 0.99 and common / ref_total >= 0.97, (
        common / got_total,
        common / ref_total,
    )


def _furniture_words(pdf: Path) -> collections.Counter[str]:
    """The words of the running headers, footers and table of contents the reader took out,
    as often as the pages print them."""
    from desktop.ingest.pdf.reader import read_pdf

    document = read_pdf(pdf)
    pages = len(document.page_sizes)
    words: collections.Counter[str] = collections.Counter()
    for line in document.furniture:
        for _ in range(pages if not re.search(r"\d", line) else 1):
            words += _words(line)
    for entry in document.toc:
        words += _words(f"{entry.title} {entry.page}")
    words += _words("Innehåll Innehållsförteckning")
    return words


# --- every item says which page it is printed on ------------------------------------------


def test_every_goal_kpi_and_finance_row_of_a_pdf_carries_the_page_it_is_printed_on() -> None:
    """Each item's page, and its place on the page, hold its words in the PDF's own text
    layer (PDFium's text within the boxes of the item's line). An item read by OCR from a picture has
    no text layer there to check against, and only needs a page."""
    import pypdfium2 as pdfium

    from desktop.ingest.mojibake import repaired
    from desktop.ingest.pdf.reader import page_as_printed

    wrong: list[str] = []
    checked = 0
    for source, _key in _documents():
        if source.suffix != ".pdf":
            continue
        report = extract_file(source)
        document = report.document
        assert document is not None
        items = [("goal", g.title, g.page, g.line_start) for g in report.goals]
        items += [("kpi", k.name, k.page, k.line_start) for k in report.kpis]
        items += [("finance", r.label, r.page, r.line)
                  for r in report.finance.income_statement + report.finance.by_unit]  # fmt: skip
        pdf = pdfium.PdfDocument(str(source))
        for kind, label, page, line in items:
            fragments = document.info[line - 1].fragments if 0 < line <= len(document.info) else []
            if not fragments or page != fragments[0].page:
                wrong.append(
                    f"{source.stem}: {kind} {label!r}: page {page}, its line's {fragments[:1]}"
                )
                continue
            # the item's line: a row printed over several lines (indicators one after the
            # other in a cell) holds it on one of them
            printed = page_as_printed(pdf, page - 1)  # a form's fields as filled in
            # a text layer of mojibake ("FÃ¶retagarnas") as the page shows it
            text = repaired(
                " ".join(_text_within(printed, [f for f in fragments if f.page == page]))
            )
            if not text.strip():
                continue  # a picture read by OCR
            word = _fold(label).split()[0]
            if word not in _fold(text):
                wrong.append(f"{source.stem}: {kind} {label!r} not on page {page} at its line")
            checked += 1
        pdf.close()
    assert checked > 300
    assert not wrong, "\n".join(wrong[:20])


def _text_within(page, fragments) -> list[str]:  # type: ignore[no-untyped-def]
    """PDFium's text within each fragment's box. The boxes are on the page as read: a
    page whose text is drawn turned is read turned back, and PDFium asks where it is
    drawn, so its boxes are turned the other way first."""
    from desktop.ingest.pdf.turn import Turn, drawn_size, page_turn

    textpage = page.get_textpage()
    turn = page_turn(textpage, page)
    height = turn.size()[1] if turn else drawn_size(page)[1]
    boxes = [(f.x0, height - f.bottom, f.x1, height - f.top) for f in fragments]  # y upwards
    if turn:
        back = Turn((4 - turn.quarters) % 4, *turn.size())
        boxes = [back.box(*box) for box in boxes]
    return [textpage.get_text_bounded(x0 - 1, y0 - 1, x1 + 1, y1 + 1) for x0, y0, x1, y1 in boxes]

"""PDF input: a real PDF written from a seed reads back with its Swedish letters and table
columns, extracts to the same structure as the text, and bad PDFs get a clear message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import REPORTS_DIR, SEEDS
from tests.pdf_writer import write_report_pdf

from desktop.errors import IngestError
from desktop.ingest.model import Report
from desktop.ingest.pdf.reader import read_pdf
from desktop.ingest.pipeline import extract_file


@pytest.fixture(scope="module")
def pdf_2021(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report_pdf(
        SEEDS["hbg2021"].read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "r.pdf"
    )


def pdf_to_text(path: Path) -> str:
    return "\n".join(read_pdf(path).lines)


def test_text_keeps_swedish_letters_and_table_columns(pdf_2021: Path) -> None:
    text = pdf_to_text(pdf_2021)
    assert "Året i korthet utifrån nämndens uppdrag och inriktning" in text
    row = next(
        line for line in text.split("\n") if line.startswith("Genomsnittlig väntetid från ansökan")
    )
    # the blank 2017 cell keeps its column, as in the text version of the report
    assert row.split("\t") == ["Genomsnittlig väntetid från ansökan till beslut om insats, antal dagar",
                               "", "54", "42", "47", "46"]  # fmt: skip


def test_pdf_and_text_give_the_same_structure(pdf_2021: Path) -> None:
    from_pdf, from_text = extract_file(pdf_2021), extract_file(SEEDS["hbg2021"])
    assert (from_pdf.municipality, from_pdf.committee, from_pdf.report_type, from_pdf.period_end, from_pdf.title) == (
        from_text.municipality, from_text.committee, from_text.report_type, from_text.period_end, from_text.title)  # fmt: skip
    assert [(g.title, g.status) for g in from_pdf.goals] == [
        (g.title, g.status) for g in from_text.goals
    ]
    assert {k.name: k.values for k in from_pdf.kpis} == {k.name: k.values for k in from_text.kpis}
    assert _finance(from_pdf) == _finance(from_text)


def _finance(report: Report) -> list[list[tuple[str, dict[str, float | None]]]]:
    return [
        [(r.label, r.columns) for r in rows]
        for rows in (report.finance.income_statement, report.finance.by_unit)
    ]


def test_pdf_blank_cells_and_spanning_headings_keep_their_columns(tmp_path: Path) -> None:
    """Huddinge's finance headings span columns ("Helår" over Budget, Prognos, Avvikelse)."""
    source = REPORTS_DIR / "huddinge-socialnamnd-delarsrapport-2021-08.txt"
    pdf = write_report_pdf(source.read_text(encoding="utf-8"), tmp_path / "huddinge.pdf")
    from_pdf, from_text = extract_file(pdf), extract_file(source)
    assert _finance(from_pdf) == _finance(from_text)
    assert from_pdf.finance.by_unit[0].columns["Perioden Utfall ackumulerat aug"] == 46537


def test_truncated_pdf(pdf_2021: Path, tmp_path: Path) -> None:
    cut = tmp_path / "halv.pdf"
    cut.write_bytes(pdf_2021.read_bytes()[: pdf_2021.stat().st_size // 2])
    with pytest.raises(IngestError, match="skadad eller ofullständig"):
        extract_file(cut)


def test_encrypted_pdf(tmp_path: Path) -> None:
    locked = write_report_pdf("Hemlig rapport\n\nText.", tmp_path / "lås.pdf", encrypt="hemligt")
    with pytest.raises(IngestError, match="lösenordsskyddad"):
        extract_file(locked)


def test_not_a_pdf(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(b"GIF89a" + b"\x00" * 100)
    with pytest.raises(IngestError, match="inte en PDF-fil"):
        extract_file(fake)


def scanned_pdf(tmp_path: Path) -> Path:
    """A PDF holding only an image of text, as a scanner makes it."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    source = tmp_path / "källa.pdf"
    pdf = canvas.Canvas(str(source), pagesize=A4)
    pdf.setFont("Helvetica", 20)
    pdf.drawString(60, 700, "Socialnämnden i Helsingborg")
    pdf.drawString(60, 660, "Årsbokslut 2022 med ökad självständighet")
    pdf.save()
    image = pdfium.PdfDocument(str(source))[0].render(scale=3).to_pil()
    image_path = tmp_path / "sida.png"
    image.save(image_path)
    scanned = tmp_path / "inskannad.pdf"
    out = canvas.Canvas(str(scanned), pagesize=A4)
    out.drawImage(str(image_path), 0, 0, width=A4[0], height=A4[1])
    out.save()
    return scanned


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is installed by make sysdeps"
)
def test_scanned_pdf_is_ocrd_with_tesseract(tmp_path: Path) -> None:
    text = pdf_to_text(scanned_pdf(tmp_path))
    assert "Socialnämnden" in text and "självständighet" in text


def test_scanned_pdf_without_tesseract_names_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = scanned_pdf(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    with pytest.raises(IngestError, match="tesseract-ocr-swe"):
        extract_file(path)

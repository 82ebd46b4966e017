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


# --- the layout reader on PDFs of other producers (tests/corpus, see its README) -------------

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def corpus_text() -> dict[str, list[str]]:
    names = ("region-jonkopings", "molndal", "ostersund", "lulea", "norrkoping", "kalmar")
    return {name: read_pdf(next(CORPUS.glob(f"{name}*.pdf"))).lines for name in names}


def test_letter_spaced_text_reads_as_words(corpus_text: dict[str, list[str]]) -> None:
    """An old export draws every glyph on its own and letter-spaces its captions."""
    text = "\n".join(corpus_text["region-jonkopings"])
    assert "Resultaträkning – Belopp i tkr" in text
    assert "S A M" not in text and "SAMMANFATTNING" in text and "MÅLUPPFYLLELSE" in text


def test_kerned_words_and_numbers_read_whole(corpus_text: dict[str, list[str]]) -> None:
    """Every line of this report is drawn in kerned pieces ("20"+"25", "m"+"aj")."""
    text = "\n".join(corpus_text["molndal"])
    assert "MÅNADSRAPPORT" in text and "Rapportperiod: 2025-10-31" in text
    assert "prognosen per maj" in text and "202 5" not in text and "m aj" not in text


def test_thin_spaces_and_minus_signs_keep_their_numbers(corpus_text: dict[str, list[str]]) -> None:
    text = "\n".join(corpus_text["molndal"] + corpus_text["norrkoping"])
    assert "−3 410" not in text and "-3 410" in text  # U+2212 read as a minus
    assert "1 902,0\t1 919,8\t–17,8\t801,8" in text  # U+202F between digit groups


def test_a_two_column_page_is_read_column_by_column(corpus_text: dict[str, list[str]]) -> None:
    lines = corpus_text["ostersund"]
    paragraphs = [line for line in lines if len(line) > 200]
    assert paragraphs, "the columns' paragraphs come out whole"
    # no paragraph mixes the two columns: every sentence runs on within its own line
    assert not any("  " in p for p in paragraphs)


def test_a_heading_printed_over_three_lines_is_one_column_heading() -> None:
    report = extract_file(next(CORPUS.glob("lulea*.pdf")))
    [kpi] = [k for k in report.kpis if k.name.startswith("Andel elever i åk 9 som nått")]
    assert kpi.values == {"2023": 71.8, "2024": 72.9, "2025": 74.2}  # "Utfall / jan–aug / 2025"
    assert kpi.period_note == "t.o.m. aug" and kpi.target == 78.0


def test_the_table_of_contents_and_running_headers_are_not_text(
    corpus_text: dict[str, list[str]],
) -> None:
    text = "\n".join(corpus_text["kalmar"])
    assert "ÅRSBOKSLUT 2026-01-29 SID" not in text and "......" not in text


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is installed by make sysdeps"
)
def test_a_table_pasted_as_a_picture_is_read_with_its_columns() -> None:
    report = extract_file(next(CORPUS.glob("harnosand*.pdf")))
    rows = {row.label: row.columns for row in report.finance.by_unit}
    assert rows["Individ- och familjeomsorg barn och unga"] == {
        "Budget helår": -92600.0, "Utfall jan-jun": -55412.0,
        "Prognos helår": -104300.0, "Avvikelse": -11700.0}  # fmt: skip


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is installed by make sysdeps"
)
def test_a_scanned_page_inside_a_report_is_read_and_doubtful_numbers_left_out() -> None:
    document = read_pdf(next(CORPUS.glob("kiruna*.pdf")))
    page_three = [
        line for line, info in zip(document.lines, document.info, strict=True) if info.page == 3
    ]
    assert any("Genomsnittligt meritvärde åk 9" in line for line in page_three)
    assert any("tal som OCR inte kunde läsa säkert är utelämnade" in w for w in document.warnings)


def test_a_damaged_page_is_named_and_the_rest_read(tmp_path: Path) -> None:
    from tests.hostile_inputs import _pdf, _stream

    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>"  # noqa: E501
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
        page % (6, 9),
        page % (7, 99),  # a font that is not in the file
        page % (8, 9),  # a content stream that does not inflate
        _stream(b"BT /F1 11 Tf 72 760 Td (Socialnamnden i Lund, Arsredovisning 2025) Tj ET"),
        _stream(b"BT /F1 11 Tf 72 760 Td (Sidan med ett typsnitt som saknas) Tj ET"),
        _stream(b"x\x9c not deflate at all", b"/Filter /FlateDecode"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path = tmp_path / "skadad.pdf"
    path.write_bytes(_pdf(objects))
    report = extract_file(path)
    assert "Sidan med ett typsnitt som saknas" in report.text
    assert "sida 3 är tom eller kunde inte läsas" in report.warnings


def test_a_password_protected_pdf_is_refused_in_one_line_with_exit_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    locked = write_report_pdf("Hemlig rapport\n\nText.", tmp_path / "lås.pdf", encrypt="hemligt")
    result = subprocess.run([sys.executable, "-m", "desktop", "extract", str(locked)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "lösenordsskyddad" in result.stderr


def _tsv_row(level: int, block: int, line: int, box: tuple[float, float, float, float],
             text: str = "", conf: float = 95.0) -> str:  # fmt: skip
    left, top, width, height = box
    return "\t".join(map(str, (level, 1, block, 1, line, 1, left, top, width, height, conf, text)))


def test_a_scan_set_askew_keeps_each_value_on_its_row() -> None:
    """A page scanned 0.6° askew, the table's columns read by Tesseract as blocks of their
    own: the right-hand numbers stand higher than their labels by more than half a row,
    and must still come out on the labels' lines (the skew is measured on the prose)."""
    from desktop.ingest.pdf.lines import group_lines
    from desktop.ingest.pdf.ocr import _words

    slope = -0.0105  # pixels down per pixel across: the right side stands higher
    labels = ["Individ", "Bistånd", "Funktionsstöd", "Omsorg", "Ledning"]
    values = ["-3500", "-1300", "1400", "-3400", "500"]
    rows = ["level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"]
    for number, (label, value) in enumerate(zip(labels, values, strict=True), start=1):
        y = 100 + 40 * number  # rows 40 px apart, text 24 px high
        for block, (x, text) in enumerate(((100, label), (400, "100"), (700, "200"),
                                           (2000, value)), start=1):  # fmt: skip
            top = y + slope * x
            rows.append(_tsv_row(4, block * 10 + number, 1, (x, top, 150, 24)))
            rows.append(_tsv_row(5, block * 10 + number, 1, (x, top, 150, 24), text))
    for number in range(3):  # the prose above the table: lines of words across the page
        y = 20 + 30 * number
        rows.append(_tsv_row(4, 90 + number, 1, (100, y, 2000, 24)))
        for x in range(100, 2100, 250):
            rows.append(_tsv_row(5, 90 + number, 1, (x, y + slope * x, 200, 24), "nämnden"))
    words, uncertain = _words("\n".join(rows) + "\n", 2.0, 0.0, 0.0)
    assert uncertain == 0
    lines = group_lines(words, 0)
    read = [line.text for line in lines]
    for label, value in zip(labels, values, strict=True):
        assert any(label in text and text.endswith(value) for text in read), read


def test_an_ocrd_table_heading_goes_to_the_columns_of_its_values_and_noise_is_left_out() -> None:
    """Tesseract's reading of a table with a shaded heading row: the heading words set
    closer together than a cell gap, one word read across two columns
    ("jan-oktHelårsprognos"), the shading read a second time as low-confidence words, and
    ruling lines read as "|" and ":". Each heading must stand over its own values, and
    no mark of the rulings may become a cell."""
    from desktop.ingest.pdf.lines import group_lines
    from desktop.ingest.pdf.ocr import _words
    from desktop.ingest.pdf.tables import find_tables

    rows = ["level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"]
    heading = [(100, 180, "Verksamhet", 96.0), (1030, 180, "Årsbudget", 96.0),
               (1220, 80, "Utfall", 95.0), (1310, 380, "jan-oktHelårsprognos", 93.0),
               (1760, 180, "Avvikelse", 96.0), (1300, 30, "|", 91.0)]  # fmt: skip
    rows.append(_tsv_row(4, 1, 1, (100, 100, 1840, 30)))
    rows += [_tsv_row(5, 1, 1, (x, 100, w, 30), text, conf) for x, w, text, conf in heading]
    # the shading of the heading row read again, as a line of its own
    rows.append(_tsv_row(4, 1, 2, (90, 104, 1860, 40)))
    rows += [_tsv_row(5, 1, 2, (x, 104, w, 40), text, conf)
             for x, w, text, conf in ((90, 1860, "Se", 22.0), (1000, 180, "Årsbudget", 0.0),
                                      (1690, 250, "--+=+=+-OÖAvvikelse", 0.0))]  # fmt: skip
    values = [("Individ", ["58 400", "50 112", "61 900", "-3 500"]),
              ("Bistånd", ["21 300", "18 905", "22 600", "-1 300"]),
              ("Ledning", ["8 200", "6 338", "7 700", "500"])]  # fmt: skip
    for number, (label, cells) in enumerate(values, start=2):
        y = 60 + 50 * number  # rows 50 px apart, text 30 px high
        rows.append(_tsv_row(4, number, 1, (100, y, 1840, 30)))
        rows.append(_tsv_row(5, number, 1, (100, y, 150, 30), label))
        rows.append(_tsv_row(5, number, 1, (700, y, 4, 30), ":", 93.0))
        for right, cell in zip((1180, 1420, 1670, 1940), cells, strict=True):
            *head, tail = cell.split()  # Tesseract reads "58 400" as two words
            rows.append(_tsv_row(5, number, 1, (right - 54, y, 54, 30), tail))
            if head:
                width = 18 * len(head[0])
                rows.append(_tsv_row(5, number, 1, (right - 66 - width, y, width, 30), head[0]))
    words, _ = _words("\n".join(rows) + "\n", 300 / 72, 0.0, 0.0)
    assert all(any(ch.isalnum() for ch in w.text) for w in words)  # no "|", no ":"
    lines = group_lines(words, 0)
    [(_, _, table)] = find_tables(lines)
    assert table.header == ["Verksamhet", "Årsbudget", "Utfall jan-okt", "Helårsprognos",
                            "Avvikelse"]  # fmt: skip
    assert table.rows == [[label, *cells] for label, cells in values]


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is installed by make sysdeps"
)
def test_a_scanned_table_is_read_with_a_heading_per_column() -> None:
    report = extract_file(next(CORPUS.glob("kramfors*.pdf")))
    rows = {row.label: row.columns for row in report.finance.by_unit}
    assert rows["Ekonomiskt bistånd"] == {
        "Årsbudget": 21300.0, "Utfall jan-ok": 18905.0, "Helårsprognos": 22600.0,
        "Avvikelse": -1300.0}  # fmt: skip
    assert {kpi.name: kpi.values for kpi in report.kpis}["Antal beviljade hemtjänsttimmar"] == {
        "2025": 14820.0, "2026": 16005.0}  # fmt: skip


def _table_picture(path: Path) -> None:
    """A finance table as a picture: a shaded heading row set tight, ruled, right-aligned
    values (what a report pastes in from a spreadsheet)."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = Path("/usr/share/fonts/truetype/dejavu")
    font = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), 30)
    bold = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 30)
    image = Image.new("L", (1600, 60 + 50 * (len(PICTURE_ROWS) + 1)), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, 1590, 58), fill=215)
    draw.text((20, 18), PICTURE_HEADING[0], font=bold, fill=0)
    for x, text in zip(PICTURE_RIGHTS, PICTURE_HEADING[1:], strict=True):
        draw.text((x, 18), text, font=bold, fill=0, anchor="ra")
    draw.line((10, 60, 1590, 60), fill=0, width=3)
    for n, (label, *cells) in enumerate(PICTURE_ROWS):
        y = 72 + 50 * n
        draw.text((20, y), label, font=font, fill=0)
        for x, cell in zip(PICTURE_RIGHTS, cells, strict=True):
            draw.text((x, y), cell, font=font, fill=0, anchor="ra")
    draw.line((10, 70 + 50 * len(PICTURE_ROWS), 1590, 70 + 50 * len(PICTURE_ROWS)), width=3)
    image.save(path)


PICTURE_HEADING = ["Verksamhet (tkr)", "Årsbudget", "Utfall jan–okt", "Helårsprognos", "Avvikelse"]
PICTURE_RIGHTS = (860, 1120, 1380, 1580)
PICTURE_ROWS = [["Individ- och familjeomsorg", "58 400", "50 112", "61 900", "-3 500"],
                ["Ekonomiskt bistånd", "21 300", "18 905", "22 600", "-1 300"],
                ["Summa", "79 700", "69 017", "84 500", "-4 800"]]  # fmt: skip


@pytest.mark.skipif(
    shutil.which("tesseract") is None or not Path("/usr/share/fonts/truetype/dejavu").is_dir(),
    reason="Tesseract and DejaVu are installed by make sysdeps",
)
def test_a_table_pasted_as_a_picture_with_a_tight_heading_has_one_heading_per_column(
    tmp_path: Path,
) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    picture = tmp_path / "tabell.png"
    _table_picture(picture)
    path = tmp_path / "rapport.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(60, 780, "Driftredovisning")
    pdf.drawImage(str(picture), 60, 620, width=480, height=480 * 260 / 1600)
    pdf.save()
    [table] = read_pdf(path).tables
    assert table.header == [h.replace("–", "-") for h in PICTURE_HEADING]
    assert table.rows == PICTURE_ROWS


def _goal_boxes_pdf(path: Path, label_above: bool) -> Path:
    """Goals with their forecast flush right on the title's first line, as a goal system's
    box prints them; with a grey label line above, right-aligned the same way, or without."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 780.0
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, y, "Nämndens mål följs upp i målkort med en prognos för helåret.")
    for number, (first, rest, forecast) in enumerate(
        [
            (
                "Barn och unga ska få stöd på hemmaplan i stället för",
                "placering",
                "Bedöms inte uppnås",
            ),
            ("Handläggningen ska vara snabb och rättssäker", "", "Bedöms uppnås"),
        ],
        start=1,
    ):
        y -= 40
        if label_above:
            pdf.setFont("Helvetica", 7.5)
            pdf.drawString(60, y, f"NÄMNDMÅL {number}")
            pdf.drawRightString(530, y, "Prognos helår")
            y -= 15
        pdf.setFont("Helvetica-Bold", 10.5)
        pdf.drawString(60, y, first)
        pdf.drawRightString(530, y, forecast)
        if rest:
            y -= 13
            pdf.drawString(60, y, rest)
        y -= 18
        pdf.setFont("Helvetica", 9)
        pdf.drawString(60, y, "Arbetet har gått enligt plan under perioden, med vissa undantag.")
    pdf.save()
    return path


def test_a_forecast_set_flush_right_in_a_goal_box_is_read_after_the_title(tmp_path: Path) -> None:
    lines = [line for line in read_pdf(_goal_boxes_pdf(tmp_path / "box.pdf", True)).lines if line]
    at = lines.index("Barn och unga ska få stöd på hemmaplan i stället för placering")
    assert lines[at - 1] == "NÄMNDMÅL 1"
    assert lines[at + 1 : at + 3] == ["Prognos helår", "Bedöms inte uppnås"]
    assert "Handläggningen ska vara snabb och rättssäker" in lines


def test_a_status_at_the_end_of_a_single_heading_line_stays_on_it(tmp_path: Path) -> None:
    lines = read_pdf(_goal_boxes_pdf(tmp_path / "line.pdf", False)).lines
    assert "Handläggningen ska vara snabb och rättssäker Bedöms uppnås" in lines


def test_a_title_wrapped_above_its_number_and_mark_stays_in_its_column(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(tmp_path / "matrix.pdf"), pagesize=(595, 842))
    pdf.setFont("Helvetica-Bold", 9)
    y = 760.0
    for x, word in ((60, "Nr"), (90, "Mål"), (380, "Uppfyllt"), (440, "Delvis"), (500, "Ej")):
        pdf.drawString(x, y, word)
    pdf.setFont("Helvetica", 9)
    rows = [
        ("1", ["Den planerade tillsynen ska genomföras enligt", "tillsynsplanen"], 440),
        ("2", ["Ärenden ska handläggas snabbt och rättssäkert"], 380),
        ("3", ["Fler livsmedelskontroller ska göras oanmälda"], 500),
    ]
    for number, title, mark_x in rows:
        for part in title[:-1]:
            y -= 12
            pdf.drawString(90, y, part)
        y -= 12
        pdf.drawString(60, y, number)
        pdf.drawString(90, y, title[-1])
        pdf.drawString(mark_x + 8, y, "X")
        y -= 4
    pdf.save()
    [table] = read_pdf(tmp_path / "matrix.pdf").tables
    assert table.rows[0][:2] == [
        "1",
        "Den planerade tillsynen ska genomföras enligt tillsynsplanen",
    ]


def test_an_assessment_given_only_as_the_colour_of_a_shaded_cell(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "shaded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 790, "Årsredovisning 2025 Socialnämnden Ljusdals kommun")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 760, "Nämndens mål")
    pdf.setFont("Helvetica", 9)
    colours = {"green": (0.30, 0.69, 0.31), "yellow": (0.96, 0.77, 0.09), "red": (0.85, 0.20, 0.17)}
    for x, (label, colour) in zip(
        (60, 170, 280),
        (("Uppfyllt", "green"), ("Delvis uppfyllt", "yellow"), ("Ej uppfyllt", "red")),
        strict=True,
    ):
        pdf.setFillColorRGB(*colours[colour])
        pdf.rect(x, 727, 16, 12, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(x + 22, 729, label)
    pdf.setFont("Helvetica-Bold", 9)
    for x, word in ((60, "Nämndmål"), (290, "Kommentar"), (480, "Bedömning")):
        pdf.drawString(x, 700, word)
    pdf.setFont("Helvetica", 9)
    rows = [
        ("Sjukfrånvaron bland medarbetarna ska minska", "Den minskade till 8,2 procent.", "green"),
        ("Handläggningen ska vara snabb och rättssäker", "Tiderna har kortats något.", "yellow"),
        (
            "Fler ska gå vidare till arbete eller studier",
            "Andelen minskade till 31 procent.",
            "red",
        ),
    ]
    y = 680.0
    for goal, comment, colour in rows:
        pdf.drawString(60, y, goal)
        pdf.drawString(290, y, comment)
        pdf.setFillColorRGB(*colours[colour])
        pdf.rect(476, y - 6, 62, 20, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        y -= 22
    pdf.save()
    goals = [(g.title, g.status) for g in extract_file(path).goals]
    assert goals == [
        ("Sjukfrånvaron bland medarbetarna ska minska", "achieved"),
        ("Handläggningen ska vara snabb och rättssäker", "partly"),
        ("Fler ska gå vidare till arbete eller studier", "not_achieved"),
    ]


def test_group_headings_over_a_repeated_run_of_columns_head_the_whole_run(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "drift.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 8)
    rights = [210, 270, 330, 390, 450, 510, 560]  # Intäkter Kostnader Netto, twice; Avvikelse
    pdf.drawRightString(rights[2], 760, "Budget 2026")  # flush right, over "Netto"
    pdf.drawRightString(rights[5], 760, "Prognos 2026")
    for right, word in zip(
        rights, ["Intäkter", "Kostnader", "Netto"] * 2 + ["Avvikelse"], strict=True
    ):
        pdf.drawRightString(right, 748, word)
    pdf.drawString(60, 748, "Verksamhet")
    rows = [
        ("Bygglov", ["9 400", "-14 800", "-5 400", "8 650", "-14 220", "-5 570", "-170"]),
        (
            "Miljö- och hälsoskydd",
            ["6 200", "-13 900", "-7 700", "6 480", "-13 460", "-6 980", "720"],
        ),
        ("Summa", ["15 600", "-28 700", "-13 100", "15 130", "-27 680", "-12 550", "550"]),
    ]
    y = 734.0
    for label, values in rows:
        pdf.drawString(60, y, label)
        for right, value in zip(rights, values, strict=True):
            pdf.drawRightString(right, y, value)
        y -= 12
    pdf.save()
    [table] = read_pdf(path).tables
    assert table.header[1:] == [
        "Budget 2026 Intäkter",
        "Budget 2026 Kostnader",
        "Budget 2026 Netto",
        "Prognos 2026 Intäkter",
        "Prognos 2026 Kostnader",
        "Prognos 2026 Netto",
        "Avvikelse",
    ]


def test_the_running_header_of_a_one_page_report_is_not_text(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "one-page.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 8)
    pdf.drawString(80, 805, "Ljusdals kommun")  # as a spreadsheet prints its page header
    pdf.drawRightString(520, 805, "April")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 760, "Månadsuppföljning april 2026")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, 740, "Nämnden prognostiserar ett överskott om 250 tkr för helåret.")
    pdf.save()
    lines = [line for line in read_pdf(path).lines if line]
    assert lines == [
        "Månadsuppföljning april 2026",
        "Nämnden prognostiserar ett överskott om 250 tkr för helåret.",
    ]


def test_a_grey_mark_the_legend_calls_not_assessed_keeps_its_goal(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    path = tmp_path / "marks.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(
        60, 790, "Delårsrapport januari–augusti 2026 Barn- och utbildningsnämnden Ljusdals kommun"
    )
    colours = {"green": (0.30, 0.69, 0.31), "red": (0.85, 0.20, 0.17), "grey": (0.6, 0.6, 0.6)}
    pdf.setFont("Helvetica", 9)
    x = 60.0
    for label, colour in (
        ("Målet bedöms uppnås", "green"),
        ("Målet bedöms inte uppnås", "red"),
        ("Ej bedömt", "grey"),
    ):
        pdf.setFillColorRGB(*colours[colour])
        pdf.circle(x + 5, 763, 5, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(x + 14, 760, label)
        x += 150
    y = 720.0
    for title, colour in (
        ("Elevernas trygghet i skolan ska öka", "green"),
        ("Frånvaron i grundskolan ska minska", "red"),
        ("Sjukfrånvaron bland medarbetarna ska minska", "grey"),
    ):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(60, y, title)
        pdf.setFillColorRGB(*colours[colour])
        pdf.circle(
            60 + pdf.stringWidth(title, "Helvetica-Bold", 12) + 12, y + 4, 5, stroke=0, fill=1
        )
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y - 18, "Arbetet har fortsatt under perioden enligt plan.")
        y -= 60
    pdf.save()
    goals = [(g.title, g.status) for g in extract_file(path).goals]
    assert goals == [
        ("Elevernas trygghet i skolan ska öka", "expected_achieved"),
        ("Frånvaron i grundskolan ska minska", "expected_not_achieved"),
        ("Sjukfrånvaron bland medarbetarna ska minska", "unassessed"),
    ]


def test_a_row_of_targets_under_a_kpi_is_its_target_and_footnote_marks_leave_the_value(
    tmp_path: Path,
) -> None:
    """ "Målvärde" rows under each KPI of a table of years give the KPI its target (the one
    of its latest year) and are no KPI; "71 %¹" and "80²" are 71 and 80."""
    text = (
        "Verksamhetsberättelse 2025\nÄldrenämnden, Linköpings kommun\n\nNyckeltal\n\n"
        "Nyckeltal\t2023\t2024\t2025\n"
        "Brukare i särskilt boende som är nöjda med boendet\t83 %\t84 %\t86 %\n"
        "Målvärde\t\t85 %\t87 %\n"
        "Brukare med aktuell genomförandeplan\t71 %¹\t78 %\t83 %\n"
        "Målvärde\t\t\t80 %\n"
        "Hållbart medarbetarengagemang (HME), index\t79\t78\t80²\n\n"
        "¹ Mätt sedan 2023. ² Preliminärt värde.\n"
    )
    report = extract_file(write_report_pdf(text, tmp_path / "targets.pdf"))
    assert [(k.name, k.values, k.target) for k in report.kpis] == [
        ("Brukare i särskilt boende som är nöjda med boendet",
         {"2023": 83, "2024": 84, "2025": 86}, 87),
        ("Brukare med aktuell genomförandeplan", {"2023": 71, "2024": 78, "2025": 83}, 80),
        ("Hållbart medarbetarengagemang (HME), index", {"2023": 79, "2024": 78, "2025": 80}, None),
    ]  # fmt: skip


def test_a_comment_opening_with_the_assessment_and_columns_dated_by_the_note_below(
    tmp_path: Path,
) -> None:
    """ "Uppnått. Antalet …" under a goal assesses it; "Fg år | Jan–dec" get their years
    from the note under the table ("Fg år = utfall föregående år (2024). …"), but a
    column the note defines as a sum ("= utfall 2025 / målvärde") gets none."""
    text = (
        "Årsbokslut 2025\nNatur- och trafiknämnden, Nacka kommun\n\nMål och måluppfyllelse\n\n"
        "Effektmål: Trafiksäkerheten för oskyddade trafikanter ska öka\n\n"
        "Ej uppnått. Antalet svårt skadade ökade från 11 till 14.\n\n"
        "Effektmål: Felanmälningar ska åtgärdas inom utlovad tid\n\n"
        "Delvis uppnått. Andelen ökade till 86 procent.\n\nNyckeltal\n\n"
        "Nyckeltal\tFg år\tJan–dec\tMålvärde\tAndel av mål\n"
        "Gående och cyklister som skadats svårt, antal\t11\t14\t≤ 10\t71 %\n"
        "Felanmälningar åtgärdade inom utlovad tid\t81 %\t86 %\t90 %\t96 %\n\n"
        "Fg år = utfall föregående år (2024). Jan–dec = utfall 2025. "
        "Andel av mål = utfall 2025 / målvärde.\n"
    )
    report = extract_file(write_report_pdf(text, tmp_path / "nacka.pdf"))
    assert [(g.status, g.analysis) for g in report.goals] == [
        ("not_achieved", "Antalet svårt skadade ökade från 11 till 14."),
        ("partly", "Andelen ökade till 86 procent."),
    ]
    assert [(k.values, k.target) for k in report.kpis] == [
        ({"2024": 11, "2025": 14}, 10),
        ({"2024": 81, "2025": 86}, 90),
    ]


def test_a_small_raised_digit_after_a_word_is_its_footnote_mark(tmp_path: Path) -> None:
    """ "kurser" and a small raised "4" read as "kurser⁴" (a KPI's name then drops it),
    and "4" set level in the same type stays a digit ("T4")."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "footnote.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 700, "Antal deltagare i korta kurser")
    width = pdf.stringWidth("Antal deltagare i korta kurser", "Helvetica", 10)
    pdf.setFont("Helvetica", 6)
    pdf.drawString(60 + width + 0.5, 704, "4")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 680, "Tertial T4 och kurs B2")
    pdf.save()
    lines = read_pdf(path).lines
    assert "Antal deltagare i korta kurser⁴" in lines
    assert "Tertial T4 och kurs B2" in lines


def test_a_footnote_mark_raised_after_a_figure_is_no_digit_of_it(tmp_path: Path) -> None:
    """ "61 480" with a raised "2" set at 80 % of the type (a reportlab or Word
    superscript) reads "61 480²", a value of 61 480 with its mark, not 614 802; so do
    "82 %" and "i fjol." with theirs, and "2026" set level stays itself."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "fotnoter.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for y, text in ((700, "Besök 61 480"), (680, "Nöjdhet 82 %"), (660, "Fler än i fjol.")):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y, text)
        pdf.setFont("Helvetica", 8)  # 80 % of the type, raised by a third of it
        pdf.drawString(60 + pdf.stringWidth(text, "Helvetica", 10), y + 3.4, "2")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 640, "Budget 2026")
    pdf.save()
    lines = read_pdf(path).lines
    assert {"Besök 61 480²", "Nöjdhet 82 %²", "Fler än i fjol.²", "Budget 2026"} <= set(lines)


def test_a_raised_footnote_mark_closed_by_a_parenthesis_is_a_mark(tmp_path: Path) -> None:
    """Official statistics write their notes "¹⁾": a small raised "1)" after a KPI's name
    and "2)" after a figure read as marks ("gymnasiet¹⁾", "92²⁾"), not as "gymnasiet1)" or
    the figure 922; "(2025)" set level stays itself."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "noter.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for y, text, mark in ((700, "Behöriga till gymnasiet", "1)"), (680, "Trygga elever 92", "2)")):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y, text)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(60 + pdf.stringWidth(text, "Helvetica", 10), y + 3.5, mark)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 660, "Utfall (2025)")
    pdf.save()
    lines = read_pdf(path).lines
    assert {"Behöriga till gymnasiet¹⁾", "Trygga elever 92²⁾", "Utfall (2025)"} <= set(lines)


def _pdf_with_layers(path: Path) -> Path:
    """A page with text in two layers (optional content groups): "Anteckningar", off
    when the file opens, and "Svenska", on; and text in no layer. Written by hand, as a
    DTP program writes layers: marked content around each layer's text."""
    from tests.hostile_inputs import _pdf

    content = (
        b"BT /F1 12 Tf 72 720 Td (Barn och unga ska delta i kulturskolan) Tj ET\n"
        b"/OC /oc1 BDC BT /F1 12 Tf 72 700 Td (Byt bild) Tj ET EMC\n"
        b"/OC /oc2 BDC BT /F1 12 Tf 72 680 Td (Biblioteken ska vara oppna) Tj ET EMC\n"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R 6 0 R]"
        b" /D << /OFF [5 0 R] /ON [6 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R /Resources"
        b" << /Font << /F1 4 0 R >> /Properties << /oc1 5 0 R /oc2 6 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /OCG /Name (Anteckningar) >>",
        b"<< /Type /OCG /Name (Svenska) >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    path.write_bytes(_pdf(objects))
    return path


def test_text_in_a_hidden_layer_is_no_text_of_the_report(tmp_path: Path) -> None:
    """A layer that is off when the file opens (a designer's notes) is neither shown nor
    printed: its text is left out; the text of a layer that is on, and of no layer, stays."""
    from desktop.ingest.pdf.layers import hidden_layers

    path = _pdf_with_layers(tmp_path / "lager.pdf")
    assert hidden_layers(path.read_bytes()) == {"Anteckningar"}
    lines = read_pdf(path).lines
    assert "Barn och unga ska delta i kulturskolan" in lines
    assert "Biblioteken ska vara oppna" in lines
    assert not [line for line in lines if "Byt bild" in line]


def test_a_one_row_table_under_a_heading_of_two_lines_is_a_table(tmp_path: Path) -> None:
    """A goal's indicator table of one row: "Mål 2025" over the last column, then the
    heading's cells, then the row, its name wrapped so that its values stand on the
    name's second line. The heading's first line holds one cell; the table is still read."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "en-rad.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 760, "Nettokostnaden per elev har ökat mer än i jämförbara kommuner.")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawRightString(520, 734, "Mål 2025")
    for x, text in ((340, "2023"), (400, "2024"), (460, "2025"), (520, "Tavoite")):
        pdf.drawRightString(x, 724, text)
    pdf.drawString(60, 724, "Indikator (Indikaattori)")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, 708, "Nettokostnad per elev i grundskolan (Nettokustannus")
    pdf.drawString(60, 698, "perusopetuksen oppilasta kohden), kr")
    for x, text in ((340, "131 600"), (400, "136 200"), (460, "142 900"), (520, "–")):
        pdf.drawRightString(x, 698, text)
    pdf.save()
    [table] = read_pdf(path).tables
    assert table.rows[0][:4] == [
        "Nettokostnad per elev i grundskolan (Nettokustannus perusopetuksen oppilasta kohden), kr",
        "131 600",
        "136 200",
        "142 900",
    ]


@pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract is installed by make sysdeps"
)
def test_a_page_whose_text_is_drawn_as_outlines_is_read_by_ocr(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A designer's "create outlines" leaves a page with no text layer, only a shape for
    each letter (here one shape for all of them, as for a whole text frame). The page is
    read by OCR, as a scan is."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPainterPath, QPdfWriter

    path = tmp_path / "konturer.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    outlines = QPainterPath()
    font = QFont("DejaVu Sans", 14)
    for n, line in enumerate(("Kultur- och fritidsnämnden", "Verksamhetsberättelse 2025")):
        outlines.addText(QPointF(300, 400 + 120 * n), font, line)
    painter.fillPath(outlines, QColor("black"))  # shapes only: no text object on the page
    painter.end()
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    assert pdf[0].get_textpage().count_chars() == 0  # no text layer: only the outlines
    pdf.close()
    assert "Kultur- och fritidsnämnden" in read_pdf(path).lines


def _ruled_goal_table(path: Path) -> Path:
    """A monthly report's goal table, ruled under every row: its figures' headings set
    turned upwards over two lines ("Utfall" / "sep 2025"), goals and indicators wrapping
    over two lines, figures and assessments set in the middle of each row's height."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 790, "Arbetsmarknadsnämnden Exempelby kommun")
    pdf.drawString(50, 770, "Månadsrapport per september 2026")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(50, 735, "Måluppfyllelse")
    left, right, top, heading_bottom = 50.0, 545.0, 720.0, 660.0
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(54, heading_bottom + 5, "Mål")
    pdf.drawString(230, heading_bottom + 5, "Indikator")
    for x, lines in ((400, ("Utfall", "sep 2025")), (440, ("Utfall", "sep 2026")),
                     (480, ("Målvärde", "2026"))):  # fmt: skip
        pdf.saveState()
        pdf.translate(x, heading_bottom + 5)
        pdf.rotate(90)  # reads upwards
        for n, line in enumerate(lines):
            pdf.drawString(0, -9 * n, line)
        pdf.restoreState()
    pdf.drawString(505, heading_bottom + 5, "Prognos")
    pdf.setLineWidth(0.5)
    for y in (top, heading_bottom):
        pdf.line(left, y, right, y)
    rows = [
        (("Fler ska gå från försörjningsstöd", "till egen försörjning"),
         ("Andel avslutade ärenden som gått", "till arbete eller studier"),
         ("36 %", "41 %", "≥ 40 %"), "Uppnås"),
        (("Unga vuxna ska snabbt komma i", "arbete eller studier"),
         ("Andel unga i arbete eller studier", "sex månader efter insats"),
         ("58 %", "61 %", "≥ 65 %"), "Delvis"),
        (("Handläggningen ska vara snabb", "och rättssäker"),
         ("Handläggningstid för nyansökan,", "dagar (median)"),
         ("9", "7", "≤ 10"), "Ej uppnås"),
    ]  # fmt: skip
    y = heading_bottom
    pdf.setFont("Helvetica", 8)
    for goal, indicator, figures, forecast in rows:
        bottom = y - 26
        for n, (a, b) in enumerate(zip(goal, indicator, strict=True)):
            pdf.drawString(54, y - 10 - 10 * n, a)
            pdf.drawString(230, y - 10 - 10 * n, b)
        middle = (y + bottom) / 2 - 3
        for x, figure in zip((425, 465, 500), figures, strict=True):
            pdf.drawRightString(x, middle, figure)
        pdf.drawString(505, middle, forecast)
        pdf.line(left, bottom, right, bottom)
        y = bottom
    pdf.save()
    return path


def test_headings_set_turned_and_rows_wrapping_beside_their_figures(tmp_path: Path) -> None:
    """Turned headings read as words in their columns ("Utfall sep 2025", not "U tfa ll"),
    and the ruled rows whose first line the line readers took for two columns of text read
    by their rules: each goal with its indicator, figures and forecast."""
    path = _ruled_goal_table(tmp_path / "goal-table.pdf")
    [table] = read_pdf(path).tables
    assert table.header[-4:] == ["Utfall sep 2025", "Utfall sep 2026", "Målvärde 2026", "Prognos"]
    report = extract_file(path)
    assert [(g.title, g.status) for g in report.goals] == [
        ("Fler ska gå från försörjningsstöd till egen försörjning", "expected_achieved"),
        ("Unga vuxna ska snabbt komma i arbete eller studier", "partly"),
        ("Handläggningen ska vara snabb och rättssäker", "expected_not_achieved"),
    ]
    values = {k.name: k.values for k in report.kpis}
    assert values["Andel avslutade ärenden som gått till arbete eller studier"] == {
        "2025": 36.0,
        "2026": 41.0,
    }
    assert values["Handläggningstid för nyansökan, dagar (median)"] == {"2025": 9.0, "2026": 7.0}


def _landscape_table_turned(path: Path, rotate: bool) -> Path:
    """A portrait report whose second page holds a wide KPI table drawn turned a quarter
    (reading upwards on the portrait page), as a print driver stores a landscape page;
    with `rotate`, the page's /Rotate 90 has viewers show it turned back, as landscape."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    drawn = path.with_suffix(".drawn.pdf")
    pdf = canvas.Canvas(str(drawn), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 780, "Kultur- och fritidsnämnden Exempelby kommun")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 750, "Nyckeltalen för fem år står i tabellen på nästa sida.")
    pdf.showPage()
    pdf.rotate(90)  # (u, v) is drawn at (-v, u): u runs up the page, v < 0 to the right
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, -60, "Nyckeltal 2021–2025")
    columns = [60, 420, 480, 540, 600, 660, 720]
    pdf.setFont("Helvetica-Bold", 9)
    headings = ["Nyckeltal", "2021", "2022", "2023", "2024", "2025", "Målvärde"]
    for u, heading in zip(columns, headings, strict=True):
        pdf.drawString(u, -90, heading)
    pdf.setFont("Helvetica", 9)
    rows = [
        ("Besök på biblioteken per invånare", "4,1", "4,3", "4,6", "4,8", "5,0", "5,0"),
        ("Andel barn i kulturskolan, %", "14,2", "14,8", "15,1", "15,6", "16,0", "17,0"),
        ("Antal föreningsbidrag", "212", "218", "225", "231", "240", "230"),
    ]
    for n, row in enumerate(rows):
        for u, cell in zip(columns, row, strict=True):
            pdf.drawString(u, -110 - 16 * n, cell)
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(str(drawn))
    if rotate:
        document[1].set_rotation(90)
    document.save(str(path))
    return path


@pytest.mark.parametrize("rotate", [True, False], ids=["shown-by-rotate", "no-rotate"])
def test_a_landscape_page_drawn_turned_is_read_turned_back(tmp_path: Path, rotate: bool) -> None:
    """Its lines read across (not letter by letter), as one table with every column, and
    its size is the page turned back: landscape."""
    document = read_pdf(_landscape_table_turned(tmp_path / "turned.pdf", rotate))
    [table] = document.tables
    assert table.header == ["Nyckeltal", "2021", "2022", "2023", "2024", "2025", "Målvärde"]
    assert table.rows[1] == ["Andel barn i kulturskolan, %", "14,2", "14,8", "15,1", "15,6",
                             "16,0", "17,0"]  # fmt: skip
    assert "Nyckeltal 2021–2025" in document.lines
    width, height = document.page_sizes[1]
    assert width > height


def test_a_page_shown_sideways_by_rotate_keeps_all_its_lines(tmp_path: Path) -> None:
    """A portrait page of upright text whose /Rotate 90 shows it sideways: its text is
    measured as drawn, on the portrait page, so no line falls off a landscape one."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    drawn = tmp_path / "drawn.pdf"
    pdf = canvas.Canvas(str(drawn), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 11)
    for n in range(20):
        pdf.drawString(60, 800 - 35 * n, f"Rad {n + 1} av en sida som visas på tvären")
    pdf.showPage()
    pdf.save()
    document = pdfium.PdfDocument(str(drawn))
    document[0].set_rotation(90)
    document.save(str(tmp_path / "sideways.pdf"))
    lines = [line for line in read_pdf(tmp_path / "sideways.pdf").lines if line.strip()]
    assert lines == [f"Rad {n + 1} av en sida som visas på tvären" for n in range(20)]


def test_headings_numbered_apart_from_their_words_are_headings_not_a_table(
    tmp_path: Path,
) -> None:
    """Writer's heading numbering sets a tab between "2.1" and "Resultaträkning": two such
    headings one under the other are no table of two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "numbered.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    y = 780.0
    for n in range(6):
        pdf.drawString(
            60, y, f"Förbundet har under året arbetat vidare med uppdrag nummer {n + 1}."
        )
        y -= 13
    for size, number, words in ((16, "2", "Räkenskaper"), (13, "2.1", "Resultaträkning")):
        y -= 2 * size
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawString(60, y, number)
        pdf.drawString(100, y, words)
    pdf.setFont("Helvetica", 10)
    y -= 24
    pdf.drawString(60, y, "Resultaträkningen visar ett överskott för året.")
    pdf.save()
    document = read_pdf(path)
    assert document.tables == []
    assert "2 Räkenskaper" in document.lines
    assert "2.1 Resultaträkning" in document.lines


def test_a_title_wrapping_beside_its_assessment_label_is_read_whole(tmp_path: Path) -> None:
    """A goal card: the title's first line, its assessment in a coloured label set in the
    middle of the band (lower than the first line), then the title's second line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "card.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(50, 790, "Tertialrapport 2 2026 Utbildningsnämnden Exempelby kommun")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, 750, "Nämndens mål")
    cards = [
        (("Fler elever ska lämna grundskolan med godkända betyg och", "behörighet till gymnasiet"),
         "Uppfylls delvis", (0.95, 0.65, 0.1)),
        (("Barn och elever ska känna sig trygga i skolan",), "Uppfylls", (0.2, 0.6, 0.3)),
    ]  # fmt: skip
    y = 720.0
    for title, status, colour in cards:
        pdf.setFillColorRGB(*colour)
        pdf.roundRect(430, y - 12, 95, 16, 6, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(438, y - 7, status)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica-Bold", 11)
        for n, line in enumerate(title):
            pdf.drawString(50, y - 13 * n, line)
        y -= 13 * len(title) + 14
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(50, y, "Kommentar:")
        pdf.setFont("Helvetica", 9)
        for line in (
            "Resultaten förbättrades för andra året i rad men når inte målvärdet för året.",
            "Skolorna arbetar vidare med stöd i matematik och med studiehandledning.",
        ):
            y -= 12
            pdf.drawString(50, y, line)
        y -= 40
    pdf.save()
    assert [(g.title, g.status) for g in extract_file(path).goals] == [
        ("Fler elever ska lämna grundskolan med godkända betyg och behörighet till gymnasiet",
         "partly"),
        ("Barn och elever ska känna sig trygga i skolan", "expected_achieved"),
    ]  # fmt: skip


def _draft_page(path: Path, *, side_box: bool, quote_in_column: bool = False) -> Path:
    """A page of running text with a draft's diagonal watermark over it, and a narrow shaded
    box of facts beside the text (or a quote box inside the text's column)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 760, "3.2 Vuxna och försörjning")
    pdf.setFont("Helvetica", 10)
    body = [
        "Färre hushåll har lämnat ekonomiskt bistånd för arbete eller studier",
        "än under samma period förra året. Arbetsmarknaden har försvagats och",
        "det är främst personer med kort utbildning som har svårt att få arbete.",
        "Andelen hushåll med långvarigt bistånd har ökat under perioden och det",
        "genomsnittliga utbetalda beloppet per hushåll är högre än året innan.",
        "Nämnden har därför förstärkt samarbetet med arbetsmarknadsenheten.",
    ]
    y = 736
    for n, line in enumerate(body):
        if quote_in_column and n == 3:
            pdf.setFillGray(0.9)
            pdf.rect(60, y - 34, 330, 40, stroke=0, fill=1)
            pdf.setFillGray(0)
            pdf.setFont("Helvetica-Oblique", 10)
            pdf.drawString(66, y - 8, "Det är i mötet mellan människor som stödet gör skillnad")
            pdf.drawString(66, y - 22, "för dem som står längst från arbetsmarknaden.")
            pdf.setFont("Helvetica", 10)
            y -= 48
        pdf.drawString(60, y, line)
        y -= 14
    if side_box:
        pdf.setFillColorRGB(0.9, 0.94, 0.97)
        pdf.rect(420, 680, 130, 90, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(426, 758, "I korthet")
        pdf.setFont("Helvetica", 8)
        for k, fact in enumerate(["Nya ärenden: 214", "Personer med boendestöd: 231",
                                  "Platser i daglig verksamhet: 96"]):  # fmt: skip
            pdf.drawString(426, 744 - 17 * k, fact)
    pdf.saveState()
    pdf.setFillGray(0.75)
    pdf.setFont("Helvetica-Bold", 80)
    pdf.translate(250, 690)  # across the paragraph
    pdf.rotate(45)
    pdf.drawCentredString(0, 0, "UTKAST")
    pdf.restoreState()
    pdf.save()
    return path


def test_a_watermark_across_the_page_is_not_read_into_the_text(tmp_path: Path) -> None:
    lines = read_pdf(_draft_page(tmp_path / "draft.pdf", side_box=False)).lines
    watermark = set("UTKAS ")
    assert not any(line and set(line) <= watermark for line in lines)  # "U TK A ST"
    assert not any(word in watermark for line in lines for word in line.split())
    assert any(line.startswith("Färre hushåll har lämnat") and line.endswith("arbetsmarknadsenheten.")
               for line in lines)  # fmt: skip


def test_a_box_of_facts_beside_the_text_is_read_after_it(tmp_path: Path) -> None:
    """The box's lines stand beside the heading and the paragraph: read line by line they
    would land inside both. Read apart, the heading and the paragraph are whole, and the
    facts follow as text of their own, never a heading."""
    document = read_pdf(_draft_page(tmp_path / "box.pdf", side_box=True))
    kinds = {line: info.kind for line, info in zip(document.lines, document.info, strict=True)}
    assert kinds["3.2 Vuxna och försörjning"] == "heading"
    paragraph = next(line for line in document.lines if line.startswith("Färre hushåll"))
    assert paragraph.endswith("arbetsmarknadsenheten.") and "214" not in paragraph
    facts = [line for line in document.lines if "boendestöd: 231" in line]
    assert facts and all(kinds[line] == "text" for line in facts)
    assert document.lines.index(facts[0]) > document.lines.index(paragraph)
    assert kinds.get("I korthet") != "heading"


def test_a_quote_box_inside_the_column_is_read_where_it_stands(tmp_path: Path) -> None:
    lines = read_pdf(
        _draft_page(tmp_path / "quote.pdf", side_box=False, quote_in_column=True)
    ).lines
    quote = next(n for n, line in enumerate(lines) if line.startswith("Det är i mötet"))
    after = next(n for n, line in enumerate(lines) if line.startswith("Andelen hushåll"))
    assert quote < after


def test_a_numbered_caption_at_the_top_of_a_page_starts_a_table_of_its_own(tmp_path: Path) -> None:
    """A table ending at the foot of a page, and "Tabell 4. …" with a table of other columns
    at the top of the next: the second is no continuation of the first (its rows set into
    the first's columns ran two amounts into one cell)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "two-tables.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def row(y: float, cells: list[str], rights: list[float]) -> None:
        pdf.drawString(60, y, cells[0])
        for cell, right in zip(cells[1:], rights, strict=True):
            pdf.drawRightString(right, y, cell)

    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(60, 200, "Tabell 3. Ekonomiskt resultat")
    pdf.setFont("Helvetica", 8)
    first = [["Belopp i tkr", "2024", "2025"], ["Intäkter", "11 240", "11 820"],
             ["Kostnader", "−80 310", "−83 760"], ["Avvikelse", "+330", "+610"]]  # fmt: skip
    for k, cells in enumerate(first):
        row(184 - 12 * k, cells, [440, 530])
    pdf.showPage()
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(60, 780, "Tabell 4. Driftredovisning 2025 (tkr)")
    pdf.setFont("Helvetica", 8)
    second = [["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad", "Budget", "Avvikelse"],
              ["Bibliotek", "1 340", "−17 980", "−16 640", "−16 800", "+160"],
              ["Kulturskola", "2 860", "−14 520", "−11 660", "−11 400", "−260"]]  # fmt: skip
    for k, cells in enumerate(second):
        row(764 - 12 * k, cells, [290, 350, 420, 470, 530])
    pdf.save()
    tables = read_pdf(path).tables
    assert [t.header for t in tables] == [
        ["Belopp i tkr", "2024", "2025"],
        ["Verksamhet", "Intäkter", "Kostnader", "Nettokostnad", "Budget", "Avvikelse"],
    ]
    assert tables[1].rows[0] == ["Bibliotek", "1 340", "-17 980", "-16 640", "-16 800", "+160"]


def test_a_drop_cap_begins_its_word_and_a_pull_quote_is_no_heading(tmp_path: Path) -> None:
    """A section opening with a three-line drop cap ("N" + "ämndens …", the first lines
    indented beside it) reads as one paragraph beginning "Nämndens"; a quote set large
    between paragraphs is text, not a heading of the outline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "designed.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Times-Bold", 13)
    pdf.drawString(60, 760, "EKONOMI")
    pdf.setFont("Times-Bold", 40)
    pdf.drawString(60, 712, "N")
    pdf.setFont("Times-Roman", 10)
    beside = ["ämndens nettokostnad uppgick till 71 940 tkr, vilket är 610 tkr lägre",
              "än budget. Intäkterna blev högre än beräknat, främst genom uthyrning",
              "av idrottsanläggningar till föreningar och företag, medan kostnaderna"]  # fmt: skip
    for k, text in enumerate(beside):
        pdf.drawString(92, 740 - 13.5 * k, text)
    pdf.drawString(
        60,
        740 - 13.5 * 3,
        "för lokaler och energi ökade något mer än vad som förutsågs i budgeten.",
    )
    pdf.setFont("Times-Italic", 15)
    pdf.drawString(60, 660, "”Kön till kulturskolan är nästan borta – nu handlar det")
    pdf.drawString(60, 642, "om att behålla eleverna.”")
    pdf.setFont("Times-Roman", 10)
    pdf.drawString(60, 618, "Kulturskolan hade 1 046 elever under höstterminen och kön minskade.")
    pdf.drawString(60, 604, "Nya kurser i dans och digitalt skapande startade under hösten.")
    pdf.save()
    document = read_pdf(path)
    kinds = dict(zip(document.lines, (info.kind for info in document.info), strict=True))
    paragraph = next(line for line in document.lines if "nettokostnad" in line)
    assert paragraph.startswith("Nämndens nettokostnad uppgick till 71 940 tkr")
    assert paragraph.endswith("förutsågs i budgeten.")
    assert "N" not in document.lines
    quote = next(line for line in document.lines if line.startswith("”Kön"))
    assert kinds[quote] == "text" and quote.endswith("behålla eleverna.”")
    assert [line for line in document.lines if kinds[line] == "heading"] == ["EKONOMI"]


def test_a_memos_own_page_header_and_contact_footer_are_furniture(tmp_path: Path) -> None:
    """A two-page memo: the second page's header ("… TJÄNSTESKRIVELSE 2(2)" over its date
    and diarienummer) and the first page's letterhead footer come once each, yet are no
    text of the memo; a sentence naming the web site stays."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "memo.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 700, "Förvaltningen föreslår att nämnden godkänner delårsrapporten.")
    pdf.drawString(60, 686, "Rapporten finns även på www.kristinehamn.se för den som vill läsa.")
    pdf.setFont("Helvetica", 7)
    pdf.drawString(
        60,
        40,
        "Postadress 681 84 Kristinehamn  Besöksadress Kungsgatan 30  Telefon 0550-880 00  www.kristinehamn.se",
    )
    pdf.showPage()
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(60, 800, "Kristinehamns kommun")
    pdf.drawString(300, 800, "TJÄNSTESKRIVELSE")
    pdf.drawString(500, 800, "2(2)")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(300, 789, "2026-09-21  BUN 2026/214")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 700, "Beslutet skickas till kommunstyrelsen och ekonomiavdelningen.")
    pdf.save()
    document = read_pdf(path)
    text = "\n".join(document.lines)
    assert (
        "TJÄNSTESKRIVELSE" not in text and "BUN 2026/214" not in text and "Postadress" not in text
    )
    assert "Rapporten finns även på www.kristinehamn.se för den som vill läsa." in text
    assert any("2(2)" in line for line in document.furniture)


def test_a_book_of_facing_pages_keeps_its_chapters_and_drops_its_running_heads(
    tmp_path: Path,
) -> None:
    """A verksamhetsberättelse printed as a book: the left pages' header on even pages only,
    the right pages' header naming the current chapter (once per chapter), a divider page
    with the chapter's number set large over its name, and goals with "Resultat: …" lines
    set bold under their headings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "bok.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    chapter = ""

    def page(number: int, draw) -> None:  # type: ignore[no-untyped-def]
        pdf.setFont("Helvetica", 8)
        if number % 2 == 0:
            if number > 2:  # not over the contents: on two pages of seven, the even ones
                pdf.drawString(60, 800, "Exempelby kommun · Verksamhetsberättelse 2025")
            pdf.drawString(60, 40, str(number))
        else:
            if chapter:
                pdf.drawRightString(535, 800, chapter)
            pdf.drawRightString(535, 40, str(number))
        draw()
        pdf.showPage()

    def body(lines: list[tuple[str, str, float]], y: float = 740) -> None:
        for font, text, size in lines:
            pdf.setFont(font, size)
            pdf.drawString(60, y, text)
            y -= size * 1.6

    prose = "Nämnden har under året arbetat vidare med att stärka stödet till de äldre i hemmet."
    page(1, lambda: body([("Helvetica-Bold", "Vård- och omsorgsnämnden, Exempelby kommun", 20),
                          ("Helvetica", "Verksamhetsberättelse 2025", 14)]))  # fmt: skip
    page(2, lambda: body([("Helvetica-Bold", "Innehåll", 14),
                          ("Helvetica", "1 Året i korthet ........................ 3", 10),
                          ("Helvetica", "2 Mål och måluppfyllelse ................ 5", 10)]))  # fmt: skip
    for number, name in ((3, "Året i korthet"), (5, "Mål och måluppfyllelse")):
        chapter = ""
        page(number, lambda n=number, t=name: (body([("Helvetica-Bold", str((n - 1) // 2), 60)], 600),
                                               body([("Helvetica-Bold", t, 24)], 560)))  # fmt: skip
        chapter = f"{(number - 1) // 2} {name}"
        if number == 3:
            page(4, lambda: body([("Helvetica", prose, 10)] * 3))
    goals = [("Helvetica-Bold", "2.1 Fler äldre ska kunna bo kvar hemma", 11),
             ("Helvetica-Bold", "Resultat: Delvis uppnått", 9.5), ("Helvetica", prose, 10),
             ("Helvetica-Bold", "2.2 Måltiderna ska vara en positiv del av dagen", 11),
             ("Helvetica-Bold", "Resultat: Uppnått", 9.5), ("Helvetica", prose, 10)]  # fmt: skip
    page(6, lambda: body(goals))
    page(7, lambda: body([("Helvetica", prose, 10)] * 3))
    pdf.save()
    report = extract_file(path)
    headings = [s.heading for s in report.sections]
    assert "2 Mål och måluppfyllelse" in headings and "1 Året i korthet" in headings
    text = "\n".join(s.text for s in report.sections)
    assert "Exempelby kommun · Verksamhetsberättelse 2025" not in text
    assert "2 Mål och måluppfyllelse" not in text  # the right page's header
    assert [(g.title, g.status) for g in report.goals] == [
        ("Fler äldre ska kunna bo kvar hemma", "partly"),
        ("Måltiderna ska vara en positiv del av dagen", "achieved"),
    ]


def test_an_assessment_label_under_a_goal_in_the_same_type_is_not_part_of_its_title(
    tmp_path: Path,
) -> None:
    """ "Närvaron i grundskolan ska öka" over "Prognos: Uppnås delvis", both bold at one size:
    the label line says something of the heading, it is no second line of it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "goals.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    lines = [("Helvetica-Bold", "Månadsuppföljning oktober 2026, Barn- och utbildningsnämnden", 14),
             ("Helvetica", "Köpings kommun", 10), ("Helvetica-Bold", "Nämndens mål", 14),
             ("Helvetica-Bold", "Närvaron i grundskolan ska öka", 11),
             ("Helvetica-Bold", "Prognos: Uppnås delvis", 11),
             ("Helvetica", "Närvaron i oktober var 93,4 procent, högre än samma månad i fjol men", 10),
             ("Helvetica", "under nämndens mål om 95 procent. Elevhälsan följer upp varje elev med", 10),
             ("Helvetica", "mer än 15 procents frånvaro och samverkar med socialtjänsten.", 10),
             ("Helvetica-Bold", "Nämnden ska bedriva verksamheten inom tilldelad budgetram", 11),
             ("Helvetica-Bold", "Prognos: Uppnås inte", 11),
             ("Helvetica", "Helårsprognosen visar ett underskott om 2 000 tkr mot budget. Åtgärderna", 10),
             ("Helvetica", "som beskrivs under avsnitt 2 bedöms minska underskottet med hälften,", 10),
             ("Helvetica", "men effekten av dem kommer först under nästa år och är ännu osäker.", 10)]  # fmt: skip
    y = 780.0
    for font, text, size in lines:
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
        y -= size * (2.0 if text.startswith(("Prognos", "mer än", "men effekten")) else 1.35)
    pdf.save()
    goals = [(g.title, g.status) for g in extract_file(path).goals]
    assert goals == [
        ("Närvaron i grundskolan ska öka", "partly"),
        ("Nämnden ska bedriva verksamheten inom tilldelad budgetram", "expected_not_achieved"),
    ]


def test_a_charts_gridlines_under_a_ruled_table_are_not_its_rows() -> None:
    """Köping's KPI table is ruled under every row, and right below it stands a bar chart
    whose gridlines run across nearly the same width: read by the rules, the grid went on
    into the chart and the names and the first year's values became one column
    ("Inskrivna barn i förskolan 1 046"). The lines show four columns, the rules three:
    the line reading stands."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("koping-*.pdf"))
    kpis = {k.name: k.values for k in extract_file(pdf).kpis}
    assert kpis["Inskrivna barn i förskolan"] == {"2025": 1046, "2026": 1012}
    assert kpis["Närvaro i grundskolan"] == {"2025": 92.1, "2026": 93.4}


def test_numbered_goals_in_a_text_layer_without_weights(tmp_path: Path) -> None:
    """A scan's OCR layer keeps no bold: "3.1 Fler invånare …" is only a little larger than
    the text. A two-level outline number begins a heading there, and the assessment line
    under it stands apart from the analysis that follows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "scan-layer.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    lines = [(21, "Delårsrapport januari–augusti 2026"), (15, "Socialnämnden"),
             (9, "Sigtuna kommun, socialförvaltningen"), (13.5, "3 Måluppfyllelse"),
             (10.5, "Nämnden har fem mål för 2026. Under varje mål redovisas nämndens bedömning."),
             (11, "3.1 Fler invånare ska bli självförsörjande genom arbete eller studier"),
             (10.5, "Bedömning: Uppnås delvis"),
             (10.5, "Andelen vuxna biståndsmottagare som gått vidare till arbete eller studier"),
             (10.5, "har ökat något, men färre än planerat har fått en plats i arbetsmarknadsinsatser."),
             (11, "3.2 Barn och unga som behöver stöd ska få det i rätt tid"),
             (10.5, "Bedömning: Uppnås inte"),
             (10.5, "Andelen utredningar som avslutats inom lagstadgad tid har sjunkit till 74 procent"),
             (10.5, "under perioden, främst till följd av vakanser i mottagningsgruppen under våren.")]  # fmt: skip
    y = 780.0
    for size, text in lines:
        pdf.setFont("Helvetica", size)  # one font throughout, as an OCR layer has
        pdf.drawString(60, y, text)
        y -= size * 1.5
    pdf.save()
    goals = [(g.title, g.status, g.status_raw) for g in extract_file(path).goals]
    assert goals == [
        ("Fler invånare ska bli självförsörjande genom arbete eller studier", "partly",
         "Uppnås delvis"),
        ("Barn och unga som behöver stöd ska få det i rätt tid", "expected_not_achieved",
         "Uppnås inte"),
    ]  # fmt: skip


def _head(pdf, municipality: str, at: tuple[float, float], heading: tuple[float, str]) -> None:  # type: ignore[no-untyped-def]
    """A Nässjö annual report's title and municipality at the heights `at`, and a chapter
    heading (height, text) below them."""
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, at[0], "Verksamhetsberättelse 2025, Vård- och omsorgsnämnden")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, at[1], municipality)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, heading[0], heading[1])


def test_two_ruled_tables_side_by_side_are_read_one_after_the_other(tmp_path: Path) -> None:
    """ "Hemtjänst" and "Särskilt boende", two KPI tables ruled under their rows, their rows
    on the same lines: each is read as a table of its own, and a KPI both print with other
    values is named by its table too."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "side-by-side.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _head(pdf, "Nässjö kommun", (790, 772), (740, "4 Nyckeltal"))
    tables = {
        60: ("Hemtjänst", [["Antal brukare, årsmedeltal", "612", "638"],
                           ["Andel nöjda brukare", "86 %", "88 %"],
                           ["Kostnad per brukare, tkr", "312", "327"]]),
        320: ("Särskilt boende", [["Antal platser", "318", "310"],
                                  ["Andel nöjda brukare", "81 %", "84 %"],
                                  ["Kostnad per brukare, tkr", "968", "1 012"]]),
    }  # fmt: skip
    pdf.setLineWidth(0.5)
    for left, (caption, rows) in tables.items():
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(left, 712, caption)
        y = 694.0
        for k, cells in enumerate([["Nyckeltal", "2024", "2025"], *rows]):
            pdf.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 9)
            pdf.drawString(left, y, cells[0])
            pdf.drawRightString(left + 185, y, cells[1])
            pdf.drawRightString(left + 230, y, cells[2])
            pdf.line(left, y - 4, left + 232, y - 4)
            y -= 17
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 600, "Nöjdheten har ökat i både hemtjänst och särskilt boende under året.")
    pdf.save()
    kpis = {k.name: (k.table, k.values) for k in extract_file(path).kpis}
    assert kpis["Antal platser"] == ("Särskilt boende", {"2024": 318, "2025": 310})
    assert kpis["Andel nöjda brukare (Hemtjänst)"] == ("Hemtjänst", {"2024": 86, "2025": 88})
    assert kpis["Andel nöjda brukare (Särskilt boende)"][1] == {"2024": 81, "2025": 84}
    assert kpis["Kostnad per brukare, tkr (Särskilt boende)"][1] == {"2024": 968, "2025": 1012}


def test_a_column_of_text_beside_a_ruled_table_is_read_before_it(tmp_path: Path) -> None:
    """ "5 Ekonomi" and its paragraphs in a narrow column left of the drift table, their
    lines on other heights than the table's rows: the column is read whole, then the
    table, whose rows keep their names (read across, they took the prose's words)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "beside.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _head(pdf, "Nässjö kommun", (800, 785), (730, "5 Ekonomi"))
    column = ["Nämnden redovisar för 2025 ett", "underskott om 3 150 tkr mot budget,",
              "vilket motsvarar 0,4 procent av", "nettobudgeten om 746 800 tkr.",
              "Hemtjänsten har ett underskott om", "4 600 tkr. Antalet beviljade timmar",
              "ökade med drygt fem procent, och", "kostnaderna för bilar var högre."]  # fmt: skip
    pdf.setFont("Helvetica", 9.5)
    for k, text in enumerate(column):
        pdf.drawString(60, 712 - 12.5 * k, text)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(290, 730, "Driftredovisning per verksamhet, tkr")
    rows = [["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"],
            ["Nämnd och ledning", "24 600", "23 900", "700"],
            ["Hemtjänst", "204 800", "209 400", "-4 600"],
            ["Särskilt boende", "312 500", "313 700", "-1 200"],
            ["Summa", "541 900", "547 000", "-5 100"]]  # fmt: skip
    pdf.setLineWidth(0.5)
    y = 714.0
    for k, cells in enumerate(rows):
        pdf.setFont("Helvetica-Bold" if k in (0, len(rows) - 1) else "Helvetica", 9)
        pdf.drawString(290, y, cells[0])
        for cell, right in zip(cells[1:], (440, 495, 545), strict=True):
            pdf.drawRightString(right, y, cell)
        pdf.line(290, y - 4, 547, y - 4)
        y -= 17
    pdf.save()
    report = extract_file(path)
    units = {row.label: row.columns for row in report.finance.by_unit}
    assert units["Hemtjänst"]["Avvikelse"] == -4600
    assert set(units) == {"Nämnd och ledning", "Hemtjänst", "Särskilt boende", "Summa"}
    text = "\n".join(s.text for s in report.sections)
    assert "Nämnden redovisar för 2025 ett underskott om 3 150 tkr mot budget, vilket" in text


def test_goals_as_bold_titles_beside_their_text_in_lettered_chapters(tmp_path: Path) -> None:
    """ "C. Måluppfyllelse" over goal blocks set as a borderless two-column table: the bold
    title wrapping on the left, "Bedömning: …" and the comment wrapping on the right. Read
    across, title and comment words alternated on every line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.ingest.pipeline import extract_file

    path = tmp_path / "blocks.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(60, 790, "Verksamhetsberättelse 2025")
    pdf.setFont("Helvetica", 13)
    pdf.drawString(60, 768, "Kultur- och fritidsnämnden, Vimmerby kommun")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(60, 730, "C. Måluppfyllelse")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 712, "Nämnden har två mål. Varje mål bedöms på en tregradig skala.")
    blocks = [
        (["Fler barn och unga ska ta del av", "kulturlivet i hela kommunen"],
         ["Bedömning: Uppfyllt. Under året genomfördes 111", "kulturarrangemang för barn och unga, varav 38",
          "utanför centralorten."]),
        (["Biblioteken ska vara en levande", "mötesplats för läsning och lärande"],
         ["Bedömning: Delvis uppfyllt. Besöken på biblioteken", "fortsatte att öka, men programmen för vuxna",
          "fick minskas under hösten."]),
    ]  # fmt: skip
    y = 686.0
    for titles, texts in blocks:
        for k, text in enumerate(texts):
            if k < len(titles):
                pdf.setFont("Times-Bold", 10.5)
                pdf.drawString(60, y - 13 * k, titles[k])
            pdf.setFont("Times-Roman", 10.5)
            pdf.drawString(290, y - 13 * k, text)
        y -= 13 * len(texts) + 14
    pdf.save()
    goals = [(g.title, g.status) for g in extract_file(path).goals]
    assert goals == [
        ("Fler barn och unga ska ta del av kulturlivet i hela kommunen", "achieved"),
        ("Biblioteken ska vara en levande mötesplats för läsning och lärande", "partly"),
    ]


def _form_pdf(path: Path) -> Path:
    """A report filled into a fillable template: the labels are the page's text, the
    values typed in are form fields, which PDFium's text of a page leaves out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, "Delårsrapport")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, 760, "Nämnd")
    pdf.drawString(300, 760, "Period")
    fields = [("namnd", 60, "Socialnämnden"), ("period", 300, "Januari till augusti 2026")]
    for name, x, value in fields:
        pdf.acroForm.textfield(name=name, x=x, y=734, width=220, height=20, value=value,
                               fontName="Helvetica", fontSize=11, borderWidth=0)  # fmt: skip
    pdf.save()
    return path


def test_what_was_typed_into_a_forms_fields_is_read(tmp_path: Path) -> None:
    lines = read_pdf(_form_pdf(tmp_path / "form.pdf")).lines
    assert any("Socialnämnden" in line for line in lines)
    assert any("Januari till augusti 2026" in line for line in lines)


def test_the_page_view_shows_what_was_typed_into_a_form(tmp_path: Path) -> None:
    """The original page, as the member opens it, shows the fields' values (as any PDF
    reader does), not the empty template."""
    from desktop.ingest.pdf.render import PdfPages

    pages = PdfPages(_form_pdf(tmp_path / "form.pdf").read_bytes())
    picture = pages.draw(1, 595)  # one pixel a point
    top = round(picture.height - 754 * picture.scale)  # the fields' band, 734–754 pt up
    band = picture.data[top * picture.stride : (top + 20) * picture.stride]
    dark = sum(1 for k in range(0, len(band), 4) if band[k] < 128)  # the blue byte of BGRX
    assert dark > 100  # the typed words' pixels (the template leaves the band blank)


def test_a_ruled_goal_tables_last_row_is_read_when_the_first_rows_cells_run_together() -> None:
    """Sala's goal table, ruled under its rows: in its first rows a goal runs up to the
    status beside it ("… minst 150 nya Ej uppfyllt"), so read line by line the last row,
    whose cells stand apart, did not line up with them and was left out as text. Its
    rules give the table its three columns and all three rows."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("sala-*.pdf"))
    goals = {g.title: g.status for g in extract_file(pdf).goals}
    assert goals["Trafiksäkerheten vid skolorna ska förbättras"] == "achieved"
    assert goals["Det ska finnas planlagd mark för minst 150 nya bostäder"] == "not_achieved"


def test_the_municipalitys_name_beside_its_coloured_logo_is_no_goal() -> None:
    """Sjöbo's first page carries the municipality's green shield beside "Sjöbo kommun":
    a coloured shape beside a heading, as a goal-system export sets its status light, but
    a heading that is only the report's own municipality (or committee) is never a goal."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("sjobo-*.pdf"))
    titles = [g.title for g in extract_file(pdf).goals]
    assert "Sjöbo kommun" not in titles
    assert len(titles) == 5


def test_goals_as_numbered_labelled_subsections_assessed_in_their_last_paragraph() -> None:
    """Tingsryd's LaTeX-set report: goals are subsections "2.1 Mål: Effektiviteten …"
    (ligatures in the text layer), each closed by "Bedömning: Delvis uppfyllt. …"."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("tingsryd-*.pdf"))
    goals = [(g.title, g.status) for g in extract_file(pdf).goals]
    assert goals[0] == (
        "Effektiviteten i handläggningen av bygg- och miljöärenden ska öka",
        "partly",
    )
    assert [status for _, status in goals] == [
        "partly", "achieved", "not_achieved", "achieved", "partly"
    ]  # fmt: skip


def _leader_pdf(path: Path) -> Path:
    """A monthly report typed with tab stops: a table of contents and a drift summary
    whose labels run into dot leaders, the figures at right-aligned tab stops."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def leader(y: float, label: str, figures: list[str], stops: list[float]) -> None:
        pdf.drawString(60, y, label)
        start = 60 + stringWidth(label + " ", "Helvetica", 10)
        end = stops[0] - stringWidth(figures[0], "Helvetica", 10) - 4
        pdf.drawString(start, y, "." * int((end - start) / stringWidth(".", "Helvetica", 10)))
        for figure, stop in zip(figures, stops, strict=True):
            pdf.drawRightString(stop, y, figure)

    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, "Månadsuppföljning per oktober 2026")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 772, "Barn- och utbildningsnämnden, Lomma kommun")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 740, "Innehåll")
    pdf.setFont("Helvetica", 10)
    for k, title in enumerate(["Sammanfattning", "Ekonomi", "Måluppfyllelse"]):
        leader(722 - 14 * k, title, [str(k + 1)], [535])
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 660, "Ekonomi")
    pdf.setFont("Helvetica-Bold", 10)
    for word, stop in zip(
        ["Budget 2026", "Prognos 2026", "Avvikelse"], [380, 470, 540], strict=True
    ):
        pdf.drawRightString(stop, 640, word)
    pdf.setFont("Helvetica", 10)
    rows = [("Förskola", "171 300", "174 000", "−2 700"),
            ("Grundskola och fritidshem", "312 400", "314 900", "−2 500"),
            ("Gymnasieskola", "128 900", "127 200", "1 700"),
            ("Summa nämnden", "612 600", "616 100", "−3 500")]  # fmt: skip
    for k, (label, *figures) in enumerate(rows):
        leader(624 - 15 * k, label, figures, [380, 470, 540])
    pdf.drawString(60, 550, "Prognosen är ett underskott om 3 500 tkr, främst inom förskolan.")
    pdf.save()
    return path


def test_dot_leaders_part_a_label_from_its_figures_and_still_mark_the_contents(
    tmp_path: Path,
) -> None:
    """Typed with tab stops, a row's label runs into dot leaders up to its first figure
    ("Förskola ........ 171 300"): the leaders are no word, the label is the row's name
    and the first figure its Budget. The contents' leaders still make it a table of
    contents."""
    path = _leader_pdf(tmp_path / "ledare.pdf")
    assert [entry.title for entry in read_pdf(path).toc] == [
        "Sammanfattning", "Ekonomi", "Måluppfyllelse"
    ]  # fmt: skip
    rows = {row.label: row.columns for row in extract_file(path).finance.by_unit}
    assert rows["Förskola"] == {"Budget 2026": 171300, "Prognos 2026": 174000, "Avvikelse": -2700}
    assert rows["Summa nämnden"]["Budget 2026"] == 612600


def test_goals_listed_under_headings_that_assess_them() -> None:
    """Båstad's goals are bold bullet items under "Mål som bedöms uppnås", "… delvis
    uppnås" and "… inte uppnås", each item's text indented below it: the heading is each
    item's assessment, the text below its analysis."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("bastad-*.pdf"))
    goals = [(g.title, g.status, g.analysis[:20]) for g in extract_file(pdf).goals]
    assert goals[0] == (
        "Barn och unga som behöver placeras ska i första hand placeras i familjehem",
        "expected_achieved",
        "Vårddygnen i familje",
    )
    assert [status for _, status, _ in goals] == [
        "expected_achieved", "expected_achieved", "partly", "partly", "expected_not_achieved"
    ]  # fmt: skip


def test_black_shapes_drawn_for_black_and_white_print_are_read_by_their_legend() -> None:
    """Höör's goal table gives each assessment only as a black shape drawn as a path, a
    filled circle, a circle half filled, an empty ring or a dash, explained by a legend of
    the same shapes: each shape is read as the legend says."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("hoor-*.pdf"))
    assert [(g.status, g.status_raw) for g in extract_file(pdf).goals] == [
        ("achieved", "Uppfyllt"),
        ("partly", "Delvis uppfyllt"),
        ("not_achieved", "Ej uppfyllt"),
        ("achieved", "Uppfyllt"),
        ("partly", "Delvis uppfyllt"),
        ("unassessed", "Ej bedömt"),
    ]


def test_a_sheets_title_printed_inside_its_gridlines_is_no_row(tmp_path: Path) -> None:
    """An Excel sheet printed with its gridlines: the sheet's title and subtitle stand in
    the first cells of the grid, above the column headings. They are the table's title,
    printed before it, and the row below them is its heading."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    path = tmp_path / "bilaga.pdf"
    width, height = landscape(A4)
    pdf = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, height - 50, "Delårsrapport januari–augusti 2026, Tekniska nämnden")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 66, "Götene kommun")
    rows = [["Bilaga 1. Driftredovisning per verksamhet", "", "", ""],
            ["Nettokostnad, belopp i tkr.", "", "", ""],
            ["Verksamhet", "Budget 2026", "Utfall jan–aug 2026", "Prognos 2026"],
            ["Gator och vägar", "14 600", "9 870", "15 100"],
            ["Parker och grönytor", "5 300", "3 690", "5 450"],
            ["Lokalvård", "9 200", "6 020", "9 050"],
            ["Summa", "29 100", "19 580", "29 600"]]  # fmt: skip
    edges = [50, 300, 400, 520, 620]
    y = height - 110.0
    pdf.setLineWidth(0.5)
    for cells in rows:
        pdf.line(edges[0], y + 14, edges[-1], y + 14)
        for x in edges:
            pdf.line(x, y + 14, x, y - 4)
        pdf.drawString(54, y, cells[0])
        for k, cell in enumerate(cells[1:], start=1):
            if cell:
                pdf.drawRightString(edges[k + 1] - 4, y, cell)
        y -= 18
    pdf.line(edges[0], y + 14, edges[-1], y + 14)
    pdf.save()
    rows_read = {row.label: row.columns for row in extract_file(path).finance.by_unit}
    assert rows_read["Gator och vägar"] == {
        "Budget 2026": 14600, "Utfall jan–aug 2026": 9870, "Prognos 2026": 15100
    }  # fmt: skip
    assert "Summa" in rows_read


def test_a_text_layer_of_decomposed_letters_reads_as_swedish() -> None:
    """Sölvesborg's report comes from a Mac application whose text layer writes "ö" as
    "o" and a combining diaeresis (NFD): the municipality, titles and KPI names, and the
    "Målvärde" column that gives the targets, read as the letters they print."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("solvesborg-*.pdf"))
    report = extract_file(pdf)
    assert report.municipality == "Sölvesborg"
    assert report.goals[0].title.startswith("Äldre ska känna sig trygga")
    assert all(k.target is not None for k in report.kpis)


def test_words_struck_through_in_a_draft_are_left_out(tmp_path: Path) -> None:
    """A draft printed with its changes shown: the deleted words are struck through and
    the new ones underlined. The report says what it says with the changes made: "Uppnås
    ~~delvis~~" is "Uppnås", "~~60 900~~ 61 700" is 61 700; an underlined word stays, and
    a line drawn through a figure and on past it (a chart's line) strikes nothing out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    path = tmp_path / "utkast.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, "Delårsrapport januari–augusti 2026, Socialnämnden")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 772, "Tjörns kommun")

    def struck(x: float, y: float, text: str) -> float:
        """Draws the text struck through; returns where it ends."""
        end = x + stringWidth(text, "Helvetica", 10)
        pdf.drawString(x, y, text)
        pdf.line(x, y + 3, end, y + 3)
        return end

    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 730, "Nämndmål: Väntetiden till särskilt boende ska minska")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 712, "Prognos helår: Uppnås")
    struck(60 + stringWidth("Prognos helår: Uppnås ", "Helvetica", 10), 712, "delvis")
    pdf.drawString(60, 694, "Väntetiden har minskat till 54 dagar under perioden.")
    pdf.line(60, 692, 60 + stringWidth("Väntetiden", "Helvetica", 10), 692)  # underlined
    pdf.setFont("Helvetica-Bold", 10)
    for word, stop in zip(["Budget 2026", "Prognos 2026"], [380, 470], strict=True):
        pdf.drawRightString(stop, 660, word)
    pdf.setFont("Helvetica", 10)
    rows = [("Hemtjänst", "96 800", ""), ("Särskilt boende", "162 500", ""),
            ("Individ- och familjeomsorg", "58 300", "61 700")]  # fmt: skip
    for k, (label, budget, prognos) in enumerate(rows):
        y = 644 - 15 * k
        pdf.drawString(60, y, label)
        pdf.drawRightString(380, y, budget)
        if prognos:
            pdf.drawRightString(470, y, prognos)
            width = stringWidth("60 900 ", "Helvetica", 10)
            struck(470 - stringWidth("61 700", "Helvetica", 10) - width, y, "60 900")
        else:
            pdf.drawRightString(470, y, {"Hemtjänst": "98 300"}.get(label, "161 900"))
    pdf.drawString(60, 560, "Antal besök per månad: 412")
    pdf.line(40, 563, 560, 563)  # a chart's line running through the figure and on
    pdf.save()

    report = extract_file(path)
    assert [(g.status, g.status_raw) for g in report.goals] == [("expected_achieved", "Uppnås")]
    rows_read = {row.label: row.columns for row in report.finance.by_unit}
    assert rows_read["Individ- och familjeomsorg"]["Prognos 2026"] == 61700
    assert "Väntetiden har minskat" in report.text
    assert "412" in report.text


def test_a_drafts_balloons_and_the_furniture_of_shrunk_pages_are_not_text() -> None:
    """Tjörn's draft is printed with Word's markup area: each page shrunk to three
    quarters beside a column of balloons ("Kommenterad [AN1]: …", "Borttaget: 2025").
    The balloons are no part of the report, and the running header and footer, which no
    longer stand in the page's top and bottom tenth, are still furniture."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("tjorn-*.pdf"))
    report = extract_file(pdf)
    text = "\n".join(f"{s.heading}\n{s.text}" for s in report.sections)
    assert "Kommenterad" not in text and "Borttaget" not in text
    assert "UTKAST" not in text and "Sida 3 (4)" not in text
    assert "Nämndens mål för 2026 utgår från" in text


def test_a_line_of_the_column_above_and_a_caption_are_not_a_tables_heading() -> None:
    """Lekeberg's KPI table stands across a page of two columns: right above its caption
    ("Tabell 2. Nyckeltal 2023–2025") the columns' last line ends "… register | 2024.".
    Read as heading lines, "2024." went over every column and each KPI got its 2023 value
    as 2024's. A numbered caption is the table's caption, and a line of prose with one
    word beside it is no heading row."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("lekeberg-*.pdf"))
    kpis = {k.name: k.values for k in extract_file(pdf).kpis}
    assert kpis["Antal besök på biblioteken"] == {"2023": 61240, "2024": 63880, "2025": 66105}


def test_kpis_split_by_sex_take_the_total_and_group_rows_stand_apart() -> None:
    """Herrljunga's KPI table splits each year by sex, "2024" over "Kvinnor | Män |
    Totalt", between its heading and first row a group's name ("Barn och unga") and the
    first row's label, whose values stand on its last line. The year's value is the
    total; the group's name is no part of the KPI's; a name over three lines stays whole."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("herrljunga-*.pdf"))
    kpis = {k.name: k.values for k in extract_file(pdf).kpis}
    assert kpis["Inledda utredningar, barn och unga 0–20 år, antal"] == {
        "2024": 259, "2025": 263, "2026": 181
    }  # fmt: skip
    assert kpis["Unga placerade på HVB eller SiS, antal"] == {"2024": 4, "2025": 5}
    name = "Barn och unga som inte återaktualiserats inom ett år efter avslutad insats, andel %"
    assert kpis[name] == {"2025": 81, "2026": 84}


def test_a_forecast_in_a_narrow_column_before_each_goal(tmp_path: Path) -> None:
    """Each goal's forecast stands in a narrow column before it, the longer ones wrapping
    ("Uppnås" / "delvis" beside the title and the text's first line): read across, the
    first word went into the title and the second into the text. Each block is read as
    its title, its forecast, then its text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "prognoskolumn.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 790, "Kvartalsrapport Q3 2026, Tekniska nämnden")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 772, "Lindesbergs kommun")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 740, "3 Måluppfyllelse")
    blocks = [(["Uppnås"], "Gatorna ska vara trygga och framkomliga",
               ["Beläggningsprogrammet är till stor del genomfört under året.",
                "De sista sträckorna asfalteras under hösten."]),
              (["Uppnås", "delvis"], "Andelen utsorterat avfall ska öka",
               ["Mängden insamlat matavfall var större än samma kvartal 2025,",
                "men utsorteringen ligger fortfarande under målvärdet."]),
              (["Uppnås", "inte"], "Energianvändningen i fastigheterna ska minska",
               ["Efter den kalla vintern ligger användningen över målnivån,",
                "och minskningen nås därför inte i år."])]  # fmt: skip
    y = 715.0
    for label, title, text in blocks:
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(130, y, title)
        for k, word in enumerate(label):
            pdf.drawString(62, y - 13 * k, word)
        pdf.setFont("Helvetica", 10)
        for k, line in enumerate(text, start=1):
            pdf.drawString(130, y - 13 * k, line)
        y -= 13 * (len(text) + 1) + 14
    pdf.save()
    goals = [(g.title, g.status) for g in extract_file(path).goals]
    assert goals == [
        ("Gatorna ska vara trygga och framkomliga", "expected_achieved"),
        ("Andelen utsorterat avfall ska öka", "partly"),
        ("Energianvändningen i fastigheterna ska minska", "expected_not_achieved"),
    ]


def test_a_goal_table_across_a_page_of_two_columns() -> None:
    """Lekeberg's goal table stands across a page of two columns, its caption under the
    left column and its heading "Mål | Kommentar | Bedömning" with no word over the gap
    between the columns; its comments wrap in the inner column. The columns above are
    read first, then the caption and the table, whose six goals are all read."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("lekeberg-*.pdf"))
    goals = [(g.title, g.status) for g in extract_file(pdf).goals]
    assert len(goals) == 6
    assert goals[3] == ("Ungdomar ska ha tillgång till en meningsfull och trygg fritid", "partly")


def test_a_kpi_table_whose_values_carry_trend_arrows() -> None:
    """Tibro's KPI table prints each value with an arrow ("87 % ↑", "12,4 ↓"): its rows
    are rows of values, so the table and its heading are found."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("tibro-*.pdf"))
    kpis = {k.name: k.values for k in extract_file(pdf).kpis}
    assert kpis["Andel brukare som är nöjda med hemtjänsten som helhet"] == {"2025": 84, "2026": 87}
    assert kpis["Personer med hemtjänst, genomsnitt per månad"] == {"2026": 412, "2025": 398}


def test_goals_of_a_summary_table_taken_again_under_short_numbered_headings() -> None:
    """Finspång lists its six goals in a summary table, then takes them one by one under
    headings that shorten them ("Mål 2: Fler ska röra sig"): each goal is read once, by
    the table's title, with the heading's analysis; the one heading with no assessment
    line keeps the table's."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("finspang-*.pdf"))
    goals = extract_file(pdf).goals
    assert len(goals) == 6
    assert goals[1].title.startswith("Fler invånare ska röra sig regelbundet")
    assert goals[1].analysis
    assert goals[5].status == "achieved"


def test_furniture_in_the_side_margins_is_not_text() -> None:
    """Strömstad's pages carry their furniture in the side margins: the report's title set
    turned along the outer edge, and a column of the chapters' names at the left of every
    page, on the lines of the text beside it. Neither is text: the drift table's rows keep
    their own names, and the goal whose heading line the margin's "·" stood on is read."""
    pdf = next((REPORTS_DIR.parents[1] / "tests" / "corpus").glob("stromstad-*.pdf"))
    report = extract_file(pdf)
    units = [row.label for row in report.finance.by_unit]
    assert units[:3] == ["Nämnd och förvaltning", "Bibliotek", "Kulturskola"]
    assert len(report.goals) == 5
    text = "\n".join(s.text for s in report.sections)
    assert "Verksamhetsberättelse 2025 behöver" not in text

"""A goal's status printed as a coloured character ("●" in green, yellow or red), read back
from a real PDF as a goal-management export prints it: a legend of the same glyphs, a goal
table with a Bedömning column of glyphs, and black "●" bullets that are no status."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from desktop.ingest.pdf.reader import read_pdf
from desktop.ingest.pipeline import extract_file

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # has "●"; Helvetica has not
GREEN, YELLOW, RED, BLACK = (0.13, 0.6, 0.25), (0.95, 0.75, 0.1), (0.85, 0.15, 0.15), (0, 0, 0)
GREY = (0.6, 0.6, 0.6)
GOALS = [
    ("Fler barn och unga deltar i föreningslivet", GREEN, "achieved"),
    ("Biblioteken når fler invånare i hela kommunen", YELLOW, "partly"),
    ("Simhallen är öppen fler timmar per vecka", RED, "not_achieved"),
    ("Fler ska använda kommunens motionsspår", GREY, "unassessed"),
]

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Sans is not installed")


def _glyph(pdf: canvas.Canvas, x: float, y: float, colour: tuple[float, float, float]) -> None:
    pdf.setFillColorRGB(*colour)
    pdf.drawString(x, y, "●")
    pdf.setFillColorRGB(*BLACK)


def write_export(path: Path) -> Path:
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT)))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 70
    pdf.setFont("DejaVu", 20)
    pdf.drawString(50, y, "Verksamhetsberättelse 2025")
    pdf.setFont("DejaVu", 13)
    pdf.drawString(50, y - 26, "Kultur- och fritidsnämnden, Ljusdals kommun")
    pdf.setFont("DejaVu", 14)
    pdf.drawString(50, y - 66, "Nämndens mål")
    pdf.setFont("DejaVu", 10)
    x, y = 50.0, y - 88
    legend = (
        (GREEN, "Uppnått"),
        (YELLOW, "Delvis uppnått"),
        (RED, "Ej uppnått"),
        (GREY, "Ej bedömt"),
    )
    for colour, label in legend:
        _glyph(pdf, x, y, colour)
        pdf.drawString(x + 12, y, label)
        x += 24 + pdf.stringWidth(label, "DejaVu", 10)
    y -= 28
    pdf.drawString(50, y, "Mål")
    pdf.drawString(470, y, "Bedömning")
    for title, colour, _ in GOALS:
        y -= 18
        pdf.drawString(50, y, title)
        _glyph(pdf, 495, y, colour)
    y -= 40
    for title, _, _ in GOALS:
        pdf.drawString(50, y, title)
        pdf.drawString(50, y - 14, "● Aktiviteter har genomförts under året enligt plan.")  # black
        y -= 40
    pdf.showPage()
    pdf.save()
    return path


def test_coloured_glyphs_are_marks_and_black_bullets_are_not(tmp_path: Path) -> None:
    document = read_pdf(write_export(tmp_path / "export.pdf"))
    colours = [m.colour for m in sorted(document.marks, key=lambda m: (m.top, m.x0))]
    # the legend, then the goals; a grey light is one too, a black bullet is not
    assert colours == ["green", "yellow", "red", "grey", "green", "yellow", "red", "grey"]


def test_a_goal_table_of_glyphs_gives_each_goal_its_status(tmp_path: Path) -> None:
    extracted = extract_file(write_export(tmp_path / "export.pdf"))
    found = {goal.title: (goal.status, goal.status_raw) for goal in extracted.goals}
    assert found == {
        "Fler barn och unga deltar i föreningslivet": ("achieved", "Uppnått"),
        "Biblioteken når fler invånare i hela kommunen": ("partly", "Delvis uppnått"),
        "Simhallen är öppen fler timmar per vecka": ("not_achieved", "Ej uppnått"),
        "Fler ska använda kommunens motionsspår": ("unassessed", "Ej bedömt"),
    }  # each by the legend's word for its colour


@pytest.mark.parametrize(("printed", "colour"), [("🟢", "green"), ("🟡", "yellow"), ("🔴", "red")])
def test_an_emoji_that_names_its_colour_is_a_status_light(printed: str, colour: str) -> None:
    """ "🟢" in a Bedömning cell: the character itself says the colour, whatever the font
    draws (Word prints emoji in colour, a monochrome font in black)."""
    from desktop.ingest.readers.status import colour_of_word

    assert colour_of_word(printed) == colour
    assert colour_of_word("about") is None  # the vocabulary's own note is no colour


def test_a_character_outside_the_bmp_is_one_character_not_two_halves() -> None:
    """PDFium numbers each UTF-16 half of "🟢" as a character of its own; a word's text
    joins them again, and a half without its pair is dropped rather than kept (it could
    not be written as UTF-8)."""
    from desktop.ingest.pdf.words import _paired

    halves = "🟢".encode("utf-16-le").decode("utf-16-le", "surrogatepass")
    split = "".join(
        chr(int.from_bytes(halves.encode("utf-16-le")[i : i + 2], "little")) for i in (0, 2)
    )
    assert len(split) == 2 and _paired(split) == "🟢"
    assert _paired("Mål" + split[0]) == "Mål"


def test_a_status_column_of_icons_close_to_the_goals_is_a_column_of_its_own(
    tmp_path: Path,
) -> None:
    """ "Mål | Status | Kommentar" ruled under every row, the Status cells only coloured
    icons: its heading stands nearer the goals' words than a column's gap, yet alone in
    the gap between the goals and the comments. It heads a column of its own, so each
    goal takes its icon's colour; it is not read as part of the heading "Mål"."""
    path = tmp_path / "ikoner.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(
        60, 780, "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden Exempelby kommun"
    )
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(60, 740, "Nämndens mål")
    pdf.setFont("Helvetica-Bold", 9)
    top = 720.0
    for x, text in ((60, "Mål"), (190, "Status"), (240, "Kommentar")):
        pdf.drawString(x, top - 12, text)
    pdf.setLineWidth(0.5)
    pdf.line(60, top - 16, 540, top - 16)
    pdf.setFont("Helvetica", 9)
    y = top - 16
    for title, colour, _ in GOALS[:3]:
        first, rest = title.rsplit(" ", 2)[0], " ".join(title.rsplit(" ", 2)[1:])
        pdf.drawString(60, y - 12, first)
        pdf.drawString(60, y - 23, rest)
        pdf.drawString(240, y - 12, "Verksamheten har följt planen för året.")
        pdf.setFillColorRGB(*colour)
        pdf.circle(205, y - 16, 6, stroke=0, fill=1)
        pdf.setFillColorRGB(*BLACK)
        y -= 32
        pdf.line(60, y, 540, y)
    pdf.showPage()
    pdf.save()
    found = [(goal.title, goal.status) for goal in extract_file(path).goals]
    assert found == [(title, status) for title, _, status in GOALS[:3]]


def _coloured_titles(path: Path, legend: bool) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, 780, "Delårsrapport januari–augusti 2026 Socialnämnden Exempelby kommun")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, 740, "Nämndens mål")
    pdf.setFont("Helvetica", 10)
    if legend:
        pdf.drawString(60, 722, "Målens färg visar prognosen: grön text – målet bedöms uppnås,")
        pdf.drawString(60, 709, "orange text – delvis uppnås, röd text – målet bedöms inte uppnås.")
    y = 680.0
    for title, colour in (
        ("Väntetiden till särskilt boende ska minska", RED),
        ("Fler vuxna ska komma i arbete eller studier", GREEN),
        ("Barn och unga ska få en skyndsam utredning", (0.85, 0.45, 0.0)),
    ):
        pdf.setFont("Helvetica-Bold", 11)
        pdf.setFillColorRGB(*colour)
        pdf.drawString(60, y, title)
        pdf.setFillColorRGB(*BLACK)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, y - 15, "Verksamheten har under perioden arbetat vidare med insatserna.")
        y -= 45
    pdf.showPage()
    pdf.save()
    return path


def test_a_goal_titles_colour_is_its_status_where_the_report_says_so(tmp_path: Path) -> None:
    """Goal titles printed in green, orange and red under a sentence saying what the text
    colours mean are assessed by them; the same titles without that sentence are not (a
    coloured heading is design, as a municipality's green headings are)."""
    told = extract_file(_coloured_titles(tmp_path / "fargade.pdf", legend=True))
    assert [(g.title, g.status) for g in told.goals] == [
        ("Väntetiden till särskilt boende ska minska", "expected_not_achieved"),
        ("Fler vuxna ska komma i arbete eller studier", "expected_achieved"),
        ("Barn och unga ska få en skyndsam utredning", "partly"),
    ]
    design = extract_file(_coloured_titles(tmp_path / "design.pdf", legend=False))
    assert all(g.status == "unassessed" for g in design.goals)

"""Goals as goal-system exports print them, read back from real PDFs.

Cards of a scorecard: two columns of cards side by side, each card a dark band with its
title in white bold (wrapping over up to three lines) and its assessment as a word flush
right on the band's first line, a comment below on a light box. Read line by line the
two columns' words mix, and the assessment lands inside the title; the cards are read
column by column, the assessment after its title. And goals under small numbered labels
("Mål 6"), assessed by a result line ("Resultat: Målet är delvis uppnått.")."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from desktop.ingest.pipeline import extract_file

CARDS = [  # (column, title, assessment, comment)
    (0, "Äldre i Linköping ska vara nöjda med den vård och omsorg de får", "Delvis uppfyllt",
     "Nöjdheten i särskilt boende ökade till 86 procent, men hemtjänsten ligger under målet."),
    (0, "Kontinuiteten i hemtjänsten ska öka", "Uppfyllt",
     "Mindre arbetslag har gett färre olika personal hos varje brukare."),
    (1, "Nämndens verksamheter ska ha friska och engagerade medarbetare", "Ej uppfyllt",
     "Sjukfrånvaron ökade under hösten och ligger kvar över målvärdet."),
    (1, "Väntetiden till särskilt boende ska minska", "Uppfyllt",
     "Den genomsnittliga väntetiden minskade till 48 dagar."),
]  # fmt: skip
EXPECTED = [
    ("Äldre i Linköping ska vara nöjda med den vård och omsorg de får", "partly"),
    ("Kontinuiteten i hemtjänsten ska öka", "achieved"),
    ("Nämndens verksamheter ska ha friska och engagerade medarbetare", "not_achieved"),
    ("Väntetiden till särskilt boende ska minska", "achieved"),
]
LEFT, WIDTH, GAP = 60.0, 225.0, 12.0


def _report_page(path: Path, committee: str, heading: str) -> tuple[canvas.Canvas, float]:
    """A report's first page: its name, committee and municipality, a section heading;
    the canvas and the height below the heading to draw on from."""
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    top = A4[1] - 60
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(LEFT, top, "Verksamhetsberättelse 2025")
    pdf.setFont("Helvetica", 12)
    pdf.drawString(LEFT, top - 22, committee)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(LEFT, top - 56, heading)
    return pdf, top - 80


def write_scorecard(path: Path) -> Path:
    pdf, top = _report_page(path, "Äldrenämnden, Linköpings kommun", "Styrkort 2025")
    ys = [top, top]
    for column, title, assessment, comment in CARDS:
        x, y = LEFT + column * (WIDTH + GAP), ys[column]
        lines = simpleSplit(title, "Helvetica-Bold", 10, WIDTH - 95)
        band = 10 + 13 * len(lines)
        pdf.setFillColorRGB(0.15, 0.25, 0.4)
        pdf.rect(x, y - band, WIDTH, band, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Helvetica-Bold", 10)
        for k, line in enumerate(lines):
            pdf.drawString(x + 6, y - 14 - 13 * k, line)
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawRightString(x + WIDTH - 6, y - 14, assessment)
        text = simpleSplit(comment, "Helvetica", 9, WIDTH - 12)
        box = 10 + 12 * len(text)
        pdf.setFillColorRGB(0.93, 0.93, 0.93)
        pdf.rect(x, y - band - box, WIDTH, box, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Helvetica", 9)
        for k, line in enumerate(text):
            pdf.drawString(x + 6, y - band - 13 - 12 * k, line)
        ys[column] = y - band - box - 14
    pdf.save()
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return extract_file(write_scorecard(tmp_path_factory.mktemp("cards") / "styrkort.pdf"))


def test_the_cards_are_goals_with_the_assessment_beside_their_title(report) -> None:  # type: ignore[no-untyped-def]
    assert [(g.title, g.status) for g in report.goals] == EXPECTED


def test_each_card_keeps_its_own_comment(report) -> None:  # type: ignore[no-untyped-def]
    comments = {title: comment for _column, title, _assessment, comment in CARDS}
    for goal in report.goals:
        assert " ".join(goal.analysis.split()) == comments[goal.title]


RESULTS = [  # (title, result line, status)
    ("Fler invånare ska låna på biblioteken", "Resultat: Målet är uppnått.", "achieved"),
    ("Barn och unga ska ha en meningsfull fritid", "Resultat: Målet är delvis uppnått.", "partly"),
    ("Kulturskolan ska nå fler barn", "Resultat: Målet är inte uppnått.", "not_achieved"),
    ("Anläggningarna ska vara trygga", "Resultat: Målet är uppnått.", "achieved"),
    ("Invånarna ska vara nöjda med kulturen", "Resultat: Målet har inte kunnat bedömas.", "unassessed"),
    ("Medarbetarna ska ha en hållbar arbetsmiljö", "Resultat: Målet är delvis uppnått.", "partly"),
]  # fmt: skip


def test_goals_under_numbered_labels_assessed_by_a_result_line(tmp_path: Path) -> None:
    """ "Mål 6" in small bold over each goal's title ("6" is no OCR'd "ö" here), and the
    assessment as a sentence after a result label ("Resultat: Målet är delvis uppnått.")."""
    path = tmp_path / "resultat.pdf"
    pdf, y = _report_page(path, "Kultur- och fritidsnämnden, Säffle kommun", "Mål och resultat")
    for number, (title, result, _status) in enumerate(RESULTS, start=1):
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(LEFT, y, f"Mål {number}")
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(LEFT, y - 16, title)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(LEFT, y - 32, "Verksamheten har under året arbetat vidare med målet.")
        pdf.setFont("Helvetica-Oblique", 10)
        pdf.drawString(LEFT, y - 48, result)
        y -= 78
    pdf.save()
    report = extract_file(path)
    assert [(g.title, g.status) for g in report.goals] == [(t, s) for t, _r, s in RESULTS]


TABLE_GOALS = [  # (title over two lines, [(indicator, target, outcome, assessment or "")])
    (("Handläggningen av bygglov ska", "vara snabb och förutsägbar"),
     [("Mediantid till beslut om bygglov", "≤ 28", "31", ""),
      ("Andel beslut inom lagstadgad tid", "100 %", "96 %", "Delvis uppfyllt")]),
    (("Tillsynen ska minska riskerna för", "människors hälsa och miljön"),
     [("Andel genomförda tillsynsbesök", "≥ 90 %", "94 %", ""),
      ("Andel kontrollerade anläggningar", "≥ 95 %", "97 %", "Uppfyllt")]),
    (("Företagen ska uppleva ett gott", "bemötande i myndighetsutövningen"),
     [("Nöjd kundindex för bygglov", "≥ 70", "62", ""),
      ("Nöjd kundindex för miljötillsyn", "≥ 75", "71", "Ej uppfyllt")]),
]  # fmt: skip


def test_a_goal_table_whose_goal_column_wraps_is_no_page_of_two_columns(tmp_path: Path) -> None:
    """Goals wrapping in the first column beside indicator names, targets, outcomes and an
    assessment on each goal's last row: prose on both sides of a gap, but cells right of
    it, so the table is read row by row (not as two columns of text)."""
    path = tmp_path / "tabell.pdf"
    pdf, y = _report_page(path, "Miljö- och byggnämnden, Värnamo kommun", "Måluppfyllelse")
    y -= 4
    pdf.setFont("Helvetica-Bold", 8)
    for x, heading in ((LEFT, "Mål"), (205, "Indikatorer"), (380, "Målvärde"), (430, "Utfall"),
                       (480, "Bedömning")):  # fmt: skip
        pdf.drawString(x, y, heading)
    y -= 14
    pdf.setFont("Helvetica", 8)
    for title, rows in TABLE_GOALS:
        for k, (indicator, target, outcome, assessment) in enumerate(rows):
            if k < len(title):
                pdf.drawString(LEFT, y, title[k])
            pdf.drawString(205, y, indicator)
            pdf.drawString(380, y, target)
            pdf.drawString(430, y, outcome)
            pdf.drawString(480, y, assessment)
            y -= 11
        y -= 5
    pdf.save()
    report = extract_file(path)
    assert [(g.title, g.status) for g in report.goals] == [
        ("Handläggningen av bygglov ska vara snabb och förutsägbar", "partly"),
        ("Tillsynen ska minska riskerna för människors hälsa och miljön", "achieved"),
        ("Företagen ska uppleva ett gott bemötande i myndighetsutövningen", "not_achieved"),
    ]

"""Lomma, Barn- och utbildningsnämnden, månadsuppföljning per oktober 2026, typed in Word by the
förvaltning's economist without a single table (reportlab, Carlito).

Every figure stands on a line of text laid out with tab stops, as Word does it: the row's label at
the left margin, a right-aligned tab stop with a dot leader, so a run of real '.' characters (text
in the PDF, one text object of dots per line, the dots set on a common grid so they line up from
line to line as Word's do) runs from the end of the label to the first number, and the further
numbers placed at right-aligned tab stops without leaders, the last one flush with the right
margin. The column headings stand on one bold line above, placed at the same tab stops; the
"Summa nämnden" line has a rule above it (a paragraph border). The drift summary has three columns
(Budget 2026 | Prognos 2026 | Avvikelse, tkr, budget minus prognosis, minus as U+2212), the
volumes two (Okt 2025 | Okt 2026) and the key ratios three (Okt 2025 | Okt 2026 | Mål 2026).
There is no table of contents anywhere, but these lines look like one: a label, dot leaders and a
number at the right margin. The goals are bold lines, each followed by "Prognos helår: Uppnås
delvis." and a comment paragraph."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

TKR = NumFmt(minus="−")
N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Lomma kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Månadsuppföljning per oktober 2026"
FONT = "Carlito"
SIZE = 10.5
INK = colors.HexColor("#1A1A1A")
BLUE = colors.HexColor("#1F3864")  # Word's "Rubrik 1" dark blue

# verksamhet, budget 2026, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 15_600, 15_100),
    ("Förskola", 171_300, 174_000),
    ("Grundskola och fritidshem", 312_400, 314_900),
    ("Anpassad grundskola", 17_800, 18_600),
    ("Gymnasieskola", 128_900, 127_200),
    ("Anpassad gymnasieskola", 9_400, 9_100),
    ("Elevhälsa", 22_300, 22_300),
    ("Kulturskola", 8_900, 8_700),
]

# name, okt 2025, okt 2026
VOLUMES = [
    ("Inskrivna barn i förskolan", 1_386, 1_412),
    ("Elever i grundskolan, förskoleklass–åk 9", 3_214, 3_251),
    ("Inskrivna elever i fritidshem", 1_528, 1_547),
    ("Folkbokförda elever i gymnasieskolan", 1_102, 1_139),
]

# name, okt 2025, okt 2026, target as printed, fmt
RATIOS = [
    ("Barn per årsarbetare i förskolan", 5.3, 5.1, "≤ 5,0", DEC1),
    ("Andel legitimerade lärare i grundskolan", 86, 88, "≥ 90 %", PCT),
    ("Närvaro i grundskolan, oktober", 93.2, 94.1, "≥ 94 %", PCT1),
    ("Elever med frånvaro över 15 procent, oktober", 9.8, 8.7, "≤ 8,0 %", PCT1),
    ("Barn som väntat mer än fyra månader på förskoleplats", 7, 0, "0", N),
    ("Sjukfrånvaro bland medarbetarna, jan–okt", 6.4, 5.9, "≤ 6,0 %", PCT1),
]

# goal, status, forecast word, comment
GOALS = [
    (
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        "Uppnås.",
        "Elevenkäten i september visar att 92 procent av eleverna i årskurs 5 och 87 procent i "
        "årskurs 8 känner sig trygga i skolan, vilket är högre än förra året. Antalet anmälningar "
        "om kränkande behandling har minskat jämfört med samma period 2025. Rastaktiviteterna på "
        "Bjärehovsskolan och Pilhamreskolan fortsätter under hösten.",
    ),
    (
        "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka",
        "partly",
        "Uppnås delvis.",
        "Behörigheten efter vårterminen blev 91,4 procent, en ökning med en procentenhet, men "
        "målvärdet 93 procent nåddes inte. Sommarskolan gav ytterligare sex elever behörighet. "
        "Skolorna arbetar vidare med tidiga insatser i matematik från årskurs 7.",
    ),
    (
        "Närvaron i grundskolan ska öka och den problematiska frånvaron ska minska",
        "partly",
        "Uppnås delvis.",
        "Närvaron i oktober var 94,1 procent och når därmed målet. Andelen elever med mer än "
        "15 procents frånvaro har minskat men är fortfarande över målvärdet 8,0 procent. "
        "Närvaroteamet har i höst kontakt med 46 elever och deras vårdnadshavare.",
    ),
    (
        "Andelen legitimerade lärare och förskollärare ska öka",
        "expected_achieved",
        "Uppnås.",
        "Inför höstterminen anställdes elva legitimerade lärare och fyra förskollärare. Andelen "
        "legitimerade lärare i grundskolan har ökat till 88 procent och bedöms fortsätta att öka "
        "när de sju medarbetare som studerar inom VAL-projektet tar examen i december.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "expected_not_achieved",
        "Uppnås inte.",
        "Prognosen för helåret är ett underskott om 3 300 tkr. Underskottet beror främst på fler "
        "barn i förskolan än budgeterat och ökade kostnader för skolskjuts och tilläggsbelopp i "
        "grundskolan. Åtgärderna som beslutades i september bedöms inte räcka för att nå en "
        "budget i balans under 2026.",
    ),
]


def drift_table() -> Table:
    rows = [Row(n, [b, p, b - p]) for n, b, p in DRIFT]
    tb = sum(b for _n, b, _p in DRIFT)
    tp = sum(p for _n, _b, p in DRIFT)
    assert (tb, tp, tb - tp) == (686_600, 689_900, -3_300), (tb, tp)
    rows.append(Row("Summa nämnden", [tb, tp, tb - tp], total=True))
    return Table(
        label_head=(),
        cols=[Col(("Budget 2026",)), Col(("Prognos 2026",)), Col(("Avvikelse",))],
        rows=rows,
        kind="unit",
        caption="Driftredovisning per verksamhet, tkr",
        note="Avvikelse = budget minus prognos. Ett negativt belopp är ett prognostiserat "
        "underskott.",
        fmt=TKR,
    )


def volume_table() -> Table:
    return Table(
        label_head=(),
        cols=[Col(("Okt 2025",), year="2025"), Col(("Okt 2026",), year="2026")],
        rows=[Row(n, [a, b]) for n, a, b in VOLUMES],
        kind="kpi",
        caption="Volymer, antal i oktober",
        fmt=N,
    )


def ratio_table() -> Table:
    return Table(
        label_head=(),
        cols=[
            Col(("Okt 2025",), year="2025"),
            Col(("Okt 2026",), year="2026"),
            Col(("Mål 2026",), year=None),
        ],
        rows=[Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in RATIOS],
        kind="kpi",
        caption="Nyckeltal",
        note="Värdena avser oktober respektive år; sjukfrånvaron avser januari–oktober. "
        "Målen är nämndens målvärden för 2026.",
    )


def build() -> Doc:
    d = Doc(
        stem="lomma-barn-och-utbildningsnamnden-manadsuppfoljning-2026-10",
        municipality="Lomma",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, månadsuppföljning per oktober 2026 typed in Word "
        "with tab stops instead of tables (reportlab, Carlito), no title page",
        hard="no table anywhere: the drift summary, the volumes and the key ratios are lines of "
        "text laid out with right-aligned tab stops, each row's label followed by a DOT LEADER "
        "of real '.' characters (text in the PDF, on a common grid) running to the first "
        "number, the further numbers at tab stops without leaders and the last one flush with "
        "the right margin ('Grundskola och fritidshem ........ 312 400   314 900   −2 500'), "
        "the column headings on one bold line above at the same tab stops; so the lines look "
        "like a table of contents (label, dots, a number at the right margin) in a report that "
        "has none; a drift summary Budget 2026 | Prognos 2026 | Avvikelse (tkr, budget minus "
        "prognosis, minus as U+2212, a zero deviation printed 0) with a 'Summa nämnden' line "
        "under a rule; volumes Okt 2025 | Okt 2026 and key ratios Okt 2025 | Okt 2026 | Mål "
        "2026 ('≤ 5,0', '≥ 90 %', a target '0'); five goals as bold lines, each followed by "
        "'Prognos helår: Uppnås delvis.' and a comment paragraph; a document date in November "
        "(Datum 2026-11-11) beside the period 'per oktober 2026'; the municipality as 'Lomma "
        "kommun' in the masthead and the running header",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\nBarn- och utbildningsförvaltningen\nDatum 2026-11-11\n"
            f"Dnr BUN 2026/0412\n\n{TITLE}\n{COMMITTEE}",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Månadsuppföljningen redovisar nämndens ekonomiska prognos för helåret, volymer och "
        "nyckeltal samt en bedömning av nämndens mål per den 31 oktober 2026. Prognosen för "
        "helåret är ett underskott om 3 300 tkr, vilket är 400 tkr bättre än i "
        "septemberuppföljningen. Av nämndens fem mål bedöms två uppnås, två uppnås delvis och "
        "ett inte uppnås."
    )
    d.h(1, "Ekonomi")
    d.p(
        "Nämndens budget för 2026 är 686 600 tkr. Förskolan har under hösten haft i genomsnitt "
        "26 fler inskrivna barn än budgeterat, och grundskolan har ökade kostnader för "
        "skolskjuts och tilläggsbelopp för elever i behov av särskilt stöd. Gymnasieskolan "
        "prognostiserar ett överskott till följd av lägre interkommunala ersättningar än "
        "beräknat."
    )
    t = drift_table()
    d.add(Custom("leaders", {"table": t}, words=t.text()))
    d.p(
        "Förvaltningen har sedan september infört restriktivitet vid återbesättning av "
        "tjänster inom förvaltningsledningen och senarelagt inköp av läromedel och inventarier. "
        "Åtgärderna beräknas minska kostnaderna med 1 100 tkr under november och december."
    )
    d.h(1, "Volymer och nyckeltal")
    d.p(
        "Antalet barn och elever fortsätter att öka i takt med inflyttningen till Lomma och "
        "Bjärred. Volymerna avser antal inskrivna i oktober."
    )
    t = volume_table()
    d.add(Custom("leaders", {"table": t}, words=t.text()))
    t = ratio_table()
    d.add(Custom("leaders", {"table": t}, words=t.text()))
    d.h(1, "Nämndens mål")
    d.p(
        "Nämnden har fem mål för 2026. Under varje mål anges förvaltningens prognos för helåret "
        "och en kort kommentar."
    )
    for title, status, word, comment in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "word": word, "comment": comment},
                words=f"{title}\n\nPrognos helår: {word}\n\n{comment}",
            )
        )
    d.h(1, "Förslag till beslut")
    d.p("Barn- och utbildningsnämnden godkänner månadsuppföljningen per oktober 2026.")
    return d


# ------------------------------------------------------------------ rendering


class LeaderLines(Flowable):
    """A table typed as Word lines with tab stops: the label at the left margin, a
    right-aligned tab stop with a dot leader before the first number, the other numbers at
    right-aligned stops without leaders. A bold heading line above at the same stops."""

    def __init__(self, t: Table, width: float, stops: list[float]) -> None:
        super().__init__()
        self.t, self.w, self.stops = t, width, stops
        self.lead = SIZE * 1.45
        self.n = 1 + len(t.rows)  # heading line + rows

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.w, self.lead * self.n + 3

    def draw(self) -> None:
        c = self.canv
        t = self.t
        reg, bold = FONT, f"{FONT}-Bold"
        y = self.lead * self.n - SIZE + 1
        c.setFillColor(INK)
        # heading line: only the column headings, right-aligned at the stops
        c.setFont(bold, SIZE - 0.5)
        for col, x in zip(t.cols, self.stops, strict=True):
            c.drawRightString(x, y, " ".join(col.head))
        y -= self.lead
        dot = rl.sw(".", reg, SIZE)
        pitch = dot * 1.0
        for r in t.rows:
            font = bold if r.total else reg
            if r.total:  # Word's top paragraph border
                c.setStrokeColor(INK)
                c.setLineWidth(0.6)
                c.line(0, y + SIZE + 1.2, self.w, y + SIZE + 1.2)
            c.setFont(font, SIZE)
            c.drawString(0, y, r.label)
            cells = [t.fmt_cell(r, col, v) for col, v in zip(t.cols, r.cells, strict=True)]
            label_end = rl.sw(r.label, font, SIZE)
            first_left = self.stops[0] - rl.sw(cells[0], font, SIZE)
            # leader dots on a grid from the margin, as Word lines them up
            x0 = math.ceil((label_end + 2.5) / pitch) * pitch
            n = int((first_left - 4 - x0) // pitch)
            if n > 0:
                c.setFont(reg, SIZE)
                c.drawString(x0, y, "." * n)
            c.setFont(font, SIZE)
            for s, x in zip(cells, self.stops, strict=True):
                if s:
                    c.drawRightString(x, y, s)
            y -= self.lead


def render(doc: Doc, out: Path) -> Path:
    margins = (2.6 * rl.cm, 2.2 * rl.cm, 2.5 * rl.cm, 2.5 * rl.cm)
    o = {
        "font": FONT,
        "size": SIZE,
        "leading": 14,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "para_space": 6,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        c.setFillColor(colors.HexColor("#404040"))
        if page > 1:
            y = A4[1] - 1.5 * rl.cm
            c.setFont(FONT, 9)
            c.drawString(lft, y, MUNI)
            c.drawRightString(A4[0] - rgt, y, COMMITTEE)
        fy = bottom - 1.1 * rl.cm
        c.setFont(FONT, 9)
        c.drawString(lft, fy, "Månadsuppföljning oktober 2026")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName=f"{FONT}-Bold",
            fontSize=15,
            leading=18,
            textColor=BLUE,
            spaceAfter=0,
        )
        small = rl.ParagraphStyle(
            "sm", parent=r.styles["body"], fontSize=9.5, leading=12, spaceAfter=0
        )
        smr = rl.ParagraphStyle("smr", parent=small, alignment=rl.TA_RIGHT)
        head = rl.RLTable(
            [
                [Paragraph(MUNI, logo), Paragraph("Datum 2026-11-11", smr)],
                [
                    Paragraph("Barn- och utbildningsförvaltningen", small),
                    Paragraph("Dnr BUN 2026/0412", smr),
                ],
            ],
            colWidths=[W * 0.6, W * 0.4],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            ),
            hAlign="LEFT",
        )
        big = rl.ParagraphStyle(
            "t",
            parent=r.styles["title"],
            fontName=f"{FONT}-Bold",
            fontSize=20,
            leading=25,
            textColor=BLUE,
            spaceAfter=2,
        )
        sub = rl.ParagraphStyle(
            "s",
            parent=r.styles["subtitle"],
            fontSize=13,
            leading=17,
            textColor=INK,
            spaceAfter=4,
        )
        return [
            head,
            rl.Spacer(1, 26),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
        ]

    cap = rl.ParagraphStyle(
        "cap",
        parent=r.styles["body"],
        fontName=f"{FONT}-Bold",
        fontSize=SIZE,
        spaceBefore=4,
        spaceAfter=5,
    )
    note = rl.ParagraphStyle(
        "nt",
        parent=r.styles["body"],
        fontName=f"{FONT}-Italic",
        fontSize=9,
        leading=11.5,
        spaceAfter=8,
    )

    def leaders(b: Custom) -> list:
        t: Table = b.data["table"]
        stops = [W - 160, W - 80, W] if len(t.cols) == 3 else [W - 95, W]
        out = [Paragraph(escape(t.caption or ""), cap), LeaderLines(t, W, stops)]
        out.append(Paragraph(escape(t.note), note) if t.note else rl.Spacer(1, 8))
        return [KeepTogether(out)]

    gtitle = rl.ParagraphStyle(
        "gt",
        parent=r.styles["body"],
        fontName=f"{FONT}-Bold",
        fontSize=SIZE,
        leading=14,
        spaceBefore=6,
        spaceAfter=1,
    )
    gprog = rl.ParagraphStyle("gp", parent=r.styles["body"], spaceAfter=2)

    def goal(b: Custom) -> list:
        return [
            KeepTogether(
                [
                    Paragraph(escape(b.data["title"]), gtitle),
                    Paragraph(escape(f"Prognos helår: {b.data['word']}"), gprog),
                    Paragraph(escape(b.data["comment"]), r.styles["body"]),
                ]
            )
        ]

    r.custom.update(masthead=masthead, leaders=leaders, goal=goal)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

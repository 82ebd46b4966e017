"""Helsingborg, Arbetsmarknadsnämnden, månadsrapport per september 2026 (reportlab, Liberation
Sans): a header band across the full page width with the committee's name in white on a dark
teal rectangle; every text part written as bullet lists (no running paragraphs); one goal table
with one row per goal, Mål | Indikator | Utfall sep 2025 | Utfall sep 2026 | Målvärde 2026 |
Trend | Status | Prognos, in small type, the headings of the six narrow columns printed rotated
90°, the trend an arrow glyph (↗ → ↘), the status a coloured vector circle (no text) and the
prognosis a short word in the next column; a drift table per verksamhet and a table of the
cumulative net cost by month (rows Januari … September, columns Budget ack | Utfall ack |
Avvikelse ack; not in the key)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N = NumFmt()
TEAL = colors.HexColor("#0B5563")
LIGHT = colors.HexColor("#E3EEF0")
CIRCLE = {
    "expected_achieved": colors.HexColor("#2E8B3E"),
    "partly": colors.HexColor("#F2B705"),
    "expected_not_achieved": colors.HexColor("#C62828"),
}
WORD = {"expected_achieved": "Uppnås", "partly": "Delvis", "expected_not_achieved": "Ej uppnås"}
LEGEND = [
    ("expected_achieved", "Målet bedöms uppnås"),
    ("partly", "Målet bedöms delvis uppnås"),
    ("expected_not_achieved", "Målet bedöms inte uppnås"),
]
TREND_NOTE = "Trend jämfört med september 2025: ↗ förbättring, → oförändrat, ↘ försämring."
# the header lines of the goal table; the six after Mål and Indikator are printed rotated 90°
HEAD = [
    ("Mål",),
    ("Indikator",),
    ("Utfall", "sep 2025"),
    ("Utfall", "sep 2026"),
    ("Målvärde", "2026"),
    ("Trend",),
    ("Status",),
    ("Prognos",),
]

# goal, status, indicator, sep 2025, sep 2026, target as printed, trend, fmt
GOALS = [
    (
        "Fler Helsingborgare ska gå från försörjningsstöd till egen försörjning",
        "expected_achieved",
        "Andel avslutade ärenden som gått till arbete eller studier",
        36,
        41,
        "≥ 40 %",
        "↗",
        PCT,
    ),
    (
        "Unga vuxna ska snabbt komma i arbete eller studier",
        "partly",
        "Andel unga 18–24 år i arbete eller studier sex månader efter insats",
        58,
        61,
        "≥ 65 %",
        "↗",
        PCT,
    ),
    (
        "Elever i sfi ska nå sina studiemål snabbare",
        "expected_not_achieved",
        "Andel elever godkända på sfi kurs D inom 52 veckor",
        47,
        44,
        "≥ 50 %",
        "↘",
        PCT,
    ),
    (
        "Handläggningen av ekonomiskt bistånd ska vara snabb och rättssäker",
        "expected_achieved",
        "Handläggningstid för nyansökan, dagar (median)",
        9,
        7,
        "≤ 10",
        "↗",
        N,
    ),
    (
        "Fler personer ska få en extratjänst eller annan subventionerad anställning i staden",
        "partly",
        "Antal personer i extratjänst eller lönebidragsanställning",
        212,
        214,
        "≥ 260",
        "→",
        N,
    ),
    (
        "Medarbetarna ska ha en hållbar arbetssituation",
        "expected_achieved",
        "Sjukfrånvaro bland medarbetarna",
        7.8,
        6.1,
        "≤ 6,5 %",
        "↗",
        PCT1,
    ),
]

# verksamhet, budget 2026, utfall jan–sep, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 24_600, 17_820, 24_100),
    ("Arbetsmarknadsinsatser", 186_400, 141_950, 190_200),
    ("Vuxenutbildning och sfi", 158_900, 115_240, 156_300),
    ("Ekonomiskt bistånd", 312_500, 238_760, 318_900),
    ("Ungdomsinsatser och KAA", 41_300, 29_480, 40_600),
]

MONTHS = [
    "Januari",
    "Februari",
    "Mars",
    "April",
    "Maj",
    "Juni",
    "Juli",
    "Augusti",
    "September",
]
# the month's own budget and net cost (tkr); the table prints them accumulated
MONTH_BUDGET = [59_200, 60_100, 61_800, 60_900, 61_400, 60_300, 55_700, 59_800, 63_575]
MONTH_COST = [58_410, 59_960, 62_730, 61_140, 60_920, 61_870, 54_980, 59_620, 63_620]

VOLUMES = [
    ("Hushåll med försörjningsstöd", 3_412, 3_188),
    ("Deltagare i kommunala arbetsmarknadsinsatser", 1_146, 1_231),
    ("Elever inskrivna i sfi", 2_305, 2_164),
    ("Ungdomar inom kommunala aktivitetsansvaret", 402, 377),
]


def kpi_table() -> Table:
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Utfall", "sep 2025"), year="2025"),
            Col(("Utfall", "sep 2026"), year="2026"),
            Col(("Målvärde", "2026")),
        ],
        rows=[Row(ind, [a, b, Raw(t)], fmt=f) for _g, _s, ind, a, b, t, _tr, f in GOALS],
        kind="kpi",
    )


def month_rows() -> list[Row]:
    rows = []
    bsum = usum = 0
    for m, b, u in zip(MONTHS, MONTH_BUDGET, MONTH_COST, strict=True):
        bsum += b
        usum += u
        rows.append(Row(m, [bsum, usum, bsum - usum]))
    return rows


def build() -> Doc:
    d = Doc(
        stem="helsingborg-arbetsmarknadsnamnden-manadsrapport-2026-09",
        municipality="Helsingborg",
        committee="Arbetsmarknadsnämnden",
        report_type="interim",
        year=2026,
        end="2026-09-30",
        title="Månadsrapport per september 2026",
        engine="reportlab",
        what="Arbetsmarknadsnämnden, månadsrapport per september 2026 (reportlab, Liberation "
        "Sans, DejaVu Sans for the arrows), no title page",
        hard="a header band across the full page width, the committee's name in white bold on a "
        'dark teal rectangle with "Månadsrapport per september 2026" and "Helsingborgs stad" '
        "in white beside it; every text part is a bullet list (no running paragraph anywhere); "
        "one goal table with one row per goal, Mål | Indikator | Utfall sep 2025 | Utfall sep "
        "2026 | Målvärde 2026 | Trend | Status | Prognos, in 7.5 pt type, the headings of the "
        "six narrow columns printed rotated 90° (reading upwards, two lines for the utfall and "
        "target columns), the trend an arrow glyph (↗ → ↘, explained in a note as better / "
        "unchanged / worse), the status only a coloured vector circle (green / yellow / red, "
        "no text) explained by a legend of circles, and the prognosis a short word in the next "
        'column ("Uppnås", "Delvis", "Ej uppnås") that agrees with the circle; the period only '
        'as "per september" and "sep 2026" (never "januari–september" outside the drift '
        "table's column "
        '"Utfall jan–sep"); a drift table Budget 2026 | Utfall jan–sep | Prognos 2026 | '
        "Avvikelse (tkr, budget minus prognosis) and a table of the cumulative net cost by "
        "month, rows Januari … September and columns Budget ack | Utfall ack | Avvikelse ack "
        "(not in the key: months are not units; its September row equals the drift table's "
        'total); a volumes table Sep 2025 | Sep 2026; the municipality as "Helsingborgs stad" '
        "only in the band and the footer",
    )
    d.add(
        Custom(
            "band",
            {},
            words="Arbetsmarknadsnämnden\nMånadsrapport per september 2026\nHelsingborgs stad",
        )
    )
    tot = [sum(r[j] for r in DRIFT) for j in (1, 2, 3)]
    dev = tot[0] - tot[2]
    assert tot[1] == sum(MONTH_COST), (tot[1], sum(MONTH_COST))
    assert dev == -6_400, dev
    mrows = month_rows()
    assert mrows[-1].cells[1] == tot[1]
    n = {s: sum(1 for g in GOALS if g[1] == s) for s in CIRCLE}
    assert n == {"expected_achieved": 3, "partly": 2, "expected_not_achieved": 1}, n
    d.h(1, "Sammanfattning")
    d.bullets(
        "Nämnden prognostiserar ett underskott om 6 400 tkr för helåret 2026, en förbättring "
        "med 900 tkr jämfört med augusti.",
        "Underskottet beror på ekonomiskt bistånd (−6 400 tkr) och arbetsmarknadsinsatser "
        "(−3 800 tkr); vuxenutbildningen visar ett överskott om 2 600 tkr.",
        "Antalet hushåll med försörjningsstöd är 224 färre än i september 2025.",
        "Tre av sex mål bedöms uppnås vid årets slut, två delvis och ett inte.",
    )
    d.h(1, "Viktiga händelser under månaden")
    d.bullets(
        "Jobbtorget har öppnat en mottagning för unga vuxna i Drottninghög.",
        "Upphandlingen av yrkesvux inom vård och omsorg är klar; utbildningen startar i januari.",
        "Arbetsförmedlingen har minskat antalet platser i etableringsprogrammet, vilket påverkar "
        "sfi-elevernas praktik.",
    )
    d.h(1, "Måluppfyllelse")
    legend = "   ".join(f"● {w}" for _s, w in LEGEND)
    d.add(Custom("legend", {}, words=legend))
    lines = ["\t".join(" ".join(h) for h in HEAD)]
    for g, s, ind, a, b, t, tr, f in GOALS:
        d.goal(g, s)
        lines.append("\t".join([g, ind, f(a), f(b), t, tr, WORD[s]]))
    lines.append(TREND_NOTE)
    d.add(Custom("goaltable", {"table": kpi_table()}, words="\n".join(lines)))
    d.h(2, "Kommentarer till målen")
    d.bullets(
        "Försörjning: fler ärenden avslutas till arbete, främst inom lager och logistik.",
        "Unga vuxna: andelen har ökat men når inte målvärdet; väntetiden till insats är sex veckor.",
        "Sfi: färre praktikplatser och fler elever med kort skolbakgrund sänker resultaten.",
        "Extratjänster: antalet platser ligger kvar på samma nivå som förra året.",
    )
    d.h(1, "Ekonomi")
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Arbetsmarknadsnämnden totalt", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–sep",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget 2026 minus prognos 2026; negativt belopp = underskott.",
            label_width=2.8,
        )
    )
    d.table(
        Table(
            label_head=("Månad",),
            cols=[Col(("Budget ack",)), Col(("Utfall ack",)), Col(("Avvikelse ack",))],
            rows=mrows,
            kind="plain",
            caption="Ackumulerad nettokostnad per månad, hela nämnden (tkr)",
            note="Avvikelse ack = budget ack minus utfall ack.",
            label_width=1.6,
        )
    )
    d.h(2, "Kommentarer till ekonomin")
    d.bullets(
        "Ekonomiskt bistånd: kostnaden per hushåll har ökat med 4 procent sedan 2025.",
        "Arbetsmarknadsinsatser: fler deltagare i extratjänst än budgeterat under våren.",
        "Vuxenutbildning och sfi: lägre volymer inom sfi ger ett överskott.",
    )
    d.h(1, "Volymer")
    d.table(
        Table(
            label_head=("Volym",),
            cols=[Col(("Sep 2025",), year="2025"), Col(("Sep 2026",), year="2026")],
            rows=[Row(name, [a, b]) for name, a, b in VOLUMES],
            kind="kpi",
            caption="Volymer i september",
            label_width=3.2,
        )
    )
    return d


class RotHead(Flowable):
    """A column heading printed rotated 90°, reading upwards, one or two lines."""

    def __init__(self, lines: tuple[str, ...], font: str, size: float) -> None:
        super().__init__()
        self.lines, self.font, self.size = lines, font, size
        self.leading = size * 1.2
        self.tw = max(rl.sw(s, font, size) for s in lines)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.leading * len(self.lines), self.tw

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.rotate(90)
        for i, s in enumerate(self.lines):
            c.drawString(0, -(i * self.leading + self.size * 0.95), s)
        c.restoreState()


def render(doc: Doc, out: Path) -> Path:
    margins = (2.0 * rl.cm, 2.0 * rl.cm, 1.8 * rl.cm, 1.8 * rl.cm)
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": TEAL,
        "h_sizes": {1: 13, 2: 11, 3: 10},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": LIGHT,
        "footer": "Helsingborgs stad\tMånadsrapport per september 2026\tSida {page} av {pages}",
        "hf_size": 7.5,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    top, _b, lft, _r = margins

    class Band(Flowable):
        """A teal rectangle across the whole page width at the top of page 1."""

        H = 2.6 * rl.cm

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width, self.height = aw, self.H - 1.0 * rl.cm
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            h = self.height
            c.saveState()
            c.setFillColor(TEAL)
            c.rect(-lft, -0.3 * rl.cm, A4[0], h + top + 0.3 * rl.cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("LiberationSans-Bold", 20)
            c.drawString(0, 1.5 * rl.cm, "Arbetsmarknadsnämnden")
            c.setFont("LiberationSans", 11.5)
            c.drawString(0, 0.55 * rl.cm, "Månadsrapport per september 2026")
            c.setFont("LiberationSans-Bold", 10)
            c.drawRightString(W, 1.5 * rl.cm, "Helsingborgs stad")
            c.restoreState()

    def band(_b: Custom) -> list:
        return [Band(), rl.Spacer(1, 0.9 * rl.cm)]

    small = 7.5
    cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=small, leading=small * 1.22)
    cellr = rl.ParagraphStyle("gcr", parent=cell, alignment=2)
    cellc = rl.ParagraphStyle("gcc", parent=cell, alignment=TA_CENTER)
    arrow = rl.ParagraphStyle("gca", parent=cellc, fontName="DejaVuSans", fontSize=9, leading=10)
    head = rl.ParagraphStyle("gh", parent=r.styles["cellb"], fontSize=small, leading=small * 1.2)

    def circle(status: str, d: float = 8) -> Flowable:
        f = rl.Circle(CIRCLE[status], d=d)
        f.hAlign = "CENTER"
        return f

    def legend(_b: Custom) -> list:
        st = rl.ParagraphStyle("leg", parent=r.styles["small"], fontSize=8, leading=10)
        cells = []
        for s, w in LEGEND:
            cells += [circle(s, 7.5), Paragraph(escape(w), st)]
        tbl = rl.RLTable(
            [cells],
            colWidths=[0.4 * rl.cm, 3.9 * rl.cm] * 3,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 4)]

    def goaltable(_b: Custom) -> list:
        bold = "LiberationSans-Bold"
        data = [
            [Paragraph(escape(HEAD[0][0]), head), Paragraph(escape(HEAD[1][0]), head)]
            + [RotHead(h, bold, small) for h in HEAD[2:]]
        ]
        for g, s, ind, a, b, t, tr, f in GOALS:
            data.append(
                [
                    Paragraph(escape(g), cell),
                    Paragraph(escape(ind), cell),
                    Paragraph(escape(f(a)), cellr),
                    Paragraph(escape(f(b)), cellr),
                    Paragraph(escape(t), cellr),
                    Paragraph(tr, arrow),
                    circle(s),
                    Paragraph(escape(WORD[s]), cell),
                ]
            )
        grey = colors.HexColor("#9FB4B8")
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("GRID", (0, 0), (-1, -1), 0.35, grey),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        widths = [0.30, 0.325, 0.065, 0.065, 0.065, 0.04, 0.045, 0.095]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        note = rl.ParagraphStyle("tn", parent=r.styles["note"], fontName="DejaVuSans", fontSize=7.5)
        return [tbl, Paragraph(escape(TREND_NOTE), note), rl.Spacer(1, 6)]

    r.custom.update(band=band, legend=legend, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

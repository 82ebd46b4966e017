"""Södertälje, Socialnämnden, uppföljning tertial 2 2026 (januari–augusti) presented to the
committee as a SLIDE DECK exported to PDF (reportlab, Carlito, a PowerPoint look): seven 16:9
landscape pages of 842 × 474 pt, each content slide with a blue title bar across the top (the
slide's title in white bold 24 pt) and a footer "Södertälje kommun | Socialnämnden | Uppföljning
tertial 2 2026" at the left and the slide number at the right; the title slide and the closing
"Frågor?" slide are full-bleed blue with no footer.

Slides: 1 title ("Uppföljning tertial 2 2026", "Socialnämnden", "Januari–augusti 2026", the meeting
date "24 september 2026" – in September, not the period's end); 2 "Sammanfattning", four bullets
in 18 pt; 3 "Måluppfyllelse", one row per nämndmål in a table Nämndmål | Prognos helår |
Kommentar, the forecast a coloured rounded word-chip (white word on green / amber / red:
"Uppnås", "Uppnås delvis", "Uppnås inte"), goal titles wrapping over two lines; 4 and 5
"Indikatorer – …", each a KPI table Indikator | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 at the
left beside a vector bar chart with data labels at the right; 6 "Ekonomi", a drift table in mnkr
with one decimal and the Unicode minus "−" (Budget helår | Utfall ack | Prognos helår |
Avvikelse, Avvikelse = budget minus prognos, a "Summa socialnämnden" row) beside comment bullets;
7 "Frågor?".

The charts: slide 4's chart is the number of households with försörjningsstöd in each month
January–August 2026 (their mean is the table's Jan–aug 2026 value, 1 412), slide 5's chart the
share of investigations finished within 120 days per tertial T1 2025 … T2 2026 (its T2 bars
repeat the table's values, 71 % and 64 %). Values that appear ONLY in a chart (the eight monthly
figures, the T1 and T3 bars) are not in the key: the key holds the KPI tables' rows only, keyed
by the year in the column header; the target column "Mål 2026" is not a value."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from .. import rl  # noqa: F401  (registers the fonts)
from ..model import Bullets, Col, Custom, Doc, H, NumFmt, Raw, Row, Table

SLIDE = (842.0, 474.0)
FONT = "Carlito"
BLUE = colors.HexColor("#00539B")
DARK = colors.HexColor("#1E2A38")
GREY = colors.HexColor("#5F6B78")
LIGHT = colors.HexColor("#E8EEF5")
RULE = colors.HexColor("#C5CED8")
BAR = colors.HexColor("#4A86C5")
BAR_LAST = colors.HexColor("#00539B")
CHIP = {
    "expected_achieved": ("Uppnås", colors.HexColor("#2E8B3E")),
    "partly": ("Uppnås delvis", colors.HexColor("#E0A100")),
    "expected_not_achieved": ("Uppnås inte", colors.HexColor("#C8312B")),
}

MUNI = "Södertälje kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Uppföljning tertial 2 2026"
FOOTER = f"{MUNI} | {COMMITTEE} | {TITLE}"

N = NumFmt()
PCT = NumFmt(suffix=" %")
MNKR = NumFmt(dec=1, minus="−")

TITLE_WORDS = [
    MUNI,
    TITLE,
    COMMITTEE,
    "Januari–augusti 2026",
    "Socialnämndens sammanträde 24 september 2026",
]

SUMMARY = [
    "Två av fem nämndmål bedöms uppnås vid årets slut, ett delvis och två inte.",
    "Antalet hushåll med försörjningsstöd fortsätter att minska och var i snitt 1 412 per månad.",
    "Utredningstiderna inom barn och unga är för långa; en åtgärdsplan beslutades i juni.",
    "Prognosen för helåret är ett underskott om 12,1 mnkr, främst inom barn och unga.",
]

# (goal, status, comment)
GOALS = [
    (
        "Fler vuxna med försörjningsstöd ska gå vidare till arbete eller studier",
        "partly",
        "Fler avslut till arbete än 2025, men under målvärdet.",
    ),
    (
        "Barn och unga ska få stöd i rätt tid",
        "expected_not_achieved",
        "Andelen utredningar klara inom 120 dagar har minskat.",
    ),
    (
        "Den som utsatts för våld i nära relation ska få skydd och stöd utan dröjsmål",
        "expected_achieved",
        "Skyddsbedömning inom sju dagar i 94 procent av ärendena.",
    ),
    (
        "Brukarnas delaktighet i planeringen av sina insatser ska öka",
        "expected_achieved",
        "Brukarenkäten i maj visar högre delaktighet än 2025.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "expected_not_achieved",
        "Underskott i prognosen, se ekonomibilden.",
    ),
]

KCOLS = [
    Col(("Jan–aug 2025",), year="2025"),
    Col(("Jan–aug 2026",), year="2026"),
    Col(("Mål 2026",), year=None),
]

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug"]
HOUSEHOLDS = [1448, 1437, 1425, 1411, 1402, 1390, 1381, 1402]
TERTIALS = ["T1 2025", "T2 2025", "T3 2025", "T1 2026", "T2 2026"]
WITHIN_120 = [73, 71, 68, 62, 64]

KPI_SLIDES = [
    {
        "title": "Indikatorer – ekonomiskt bistånd",
        "rows": [
            ("Hushåll med försörjningsstöd, snitt per månad", 1486, 1412, "≤ 1 400", N),
            ("Avslutade hushåll som gått till arbete eller studier", 31, 34, "≥ 40 %", PCT),
            ("Väntetid till första besök, dagar", 12, 9, "≤ 10", N),
        ],
        "chart": {
            "title": "Hushåll med försörjningsstöd per månad 2026",
            "cats": MONTHS,
            "vals": HOUSEHOLDS,
            "fmt": N,
            "ymin": 1300,
            "ymax": 1480,
            "target": None,
        },
    },
    {
        "title": "Indikatorer – barn och unga, våld i nära relation",
        "rows": [
            ("Utredningar barn och unga klara inom 120 dagar", 71, 64, "≥ 90 %", PCT),
            ("Anmälningar om oro för barn, antal", 2184, 2356, "–", N),
            ("Våld i nära relation, skyddsbedömning inom 7 dagar", 88, 94, "≥ 90 %", PCT),
            ("Brukare som upplever sig delaktiga i planeringen", 76, 81, "≥ 80 %", PCT),
        ],
        "chart": {
            "title": "Utredningar klara inom 120 dagar, andel per tertial",
            "cats": TERTIALS,
            "vals": WITHIN_120,
            "fmt": PCT,
            "ymin": 0,
            "ymax": 100,
            "target": (90, "Mål 90 %"),
        },
    },
]

# verksamhet: budget helår, utfall ack, prognos helår (mnkr, tenths as integers)
DRIFT = [
    ("Nämnd och förvaltningsledning", 384, 241, 376),
    ("Barn och unga", 4126, 2897, 4312),
    ("Vuxenenheten", 1863, 1210, 1839),
    ("Ekonomiskt bistånd", 2680, 1752, 2625),
    ("Stöd och behandling", 749, 503, 771),
]

ECON_BULLETS = [
    "Barn och unga: fler placeringar i familjehem och HVB än budgeterat (−18,6 mnkr).",
    "Ekonomiskt bistånd: färre hushåll ger ett överskott om 5,5 mnkr.",
    "Vuxenenheten: lägre kostnader för köpt missbruksvård (+2,4 mnkr).",
    "Åtgärdsplan för en ekonomi i balans redovisas i oktober.",
]
ECON_NOTE = "Avvikelse = budget helår minus prognos helår; negativt värde = underskott."


def kpi_table(rows: list) -> Table:
    return Table(
        label_head=("Indikator",),
        cols=KCOLS,
        rows=[Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in rows],
        kind="kpi",
    )


def drift_table() -> Table:
    rows = [Row(n, [b / 10, u / 10, p / 10, (b - p) / 10]) for n, b, u, p in DRIFT]
    tb, tu, tp = (sum(r[j] for r in DRIFT) for j in (1, 2, 3))
    assert tb - tp == -121, (tb, tp)
    rows.append(Row("Summa socialnämnden", [tb / 10, tu / 10, tp / 10, (tb - tp) / 10], total=True))
    return Table(
        label_head=("Verksamhet, mnkr",),
        cols=[
            Col(("Budget helår",)),
            Col(("Utfall ack",)),
            Col(("Prognos helår",)),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        fmt=MNKR,
        note=ECON_NOTE,
    )


def chart_words(ch: dict) -> str:
    return "\n".join(
        [ch["title"]]
        + ([ch["target"][1]] if ch["target"] else [])
        + [ch["fmt"](v) for v in ch["vals"]]
        + ch["cats"]
    )


def build() -> Doc:
    d = Doc(
        stem="sodertalje-socialnamnden-uppfoljning-tertial-2-2026",
        municipality="Södertälje",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, uppföljning tertial 2 2026 (januari–augusti) as a slide deck "
        "exported to PDF (reportlab, Carlito): seven 16:9 landscape pages of 842 × 474 pt",
        hard="a PowerPoint deck, not a document: every content slide has its title in white bold "
        'on a blue bar across the top and the footer "Södertälje kommun | Socialnämnden | '
        'Uppföljning tertial 2 2026" with the slide number, the title and "Frågor?" slides are '
        "full-bleed blue with no footer, and the only running text is bullets in 18 pt; the "
        "goals are the rows of a table Nämndmål | Prognos helår | Kommentar whose forecast is a "
        'coloured rounded word-chip (white "Uppnås" / "Uppnås delvis" / "Uppnås inte" on '
        'green / amber / red), the titles wrapping over two lines; two "Indikatorer" slides '
        "each put a KPI table (Indikator | Jan–aug 2025 | Jan–aug 2026 | Mål 2026) beside a "
        "vector bar chart with data labels (monthly households Jan–Aug 2026, a share per "
        "tertial T1 2025 … T2 2026 with a target line) whose values are not in the key; a "
        "drift table in mnkr with one decimal and U+2212 minus (Budget helår | Utfall ack | "
        "Prognos helår | Avvikelse, budget minus prognosis) beside comment bullets; the "
        'meeting date "24 september 2026" on the title slide, the period "Januari–augusti '
        '2026" and "tertial 2"',
    )
    d.add(Custom("title", {}, words="\n".join(TITLE_WORDS)))
    d.add(H(1, "Sammanfattning"), Bullets(SUMMARY))
    d.add(H(1, "Måluppfyllelse"))
    lines = ["Nämndmål\tPrognos helår\tKommentar"]
    for title, status, comment in GOALS:
        d.goal(title, status)
        lines.append(f"{title}\t{CHIP[status][0]}\t{comment}")
    d.add(Custom("goals", {}, words="\n".join(lines)))
    for ks in KPI_SLIDES:
        t = kpi_table(ks["rows"])
        d.add(H(1, ks["title"]))
        d.add(Custom("kpis", {"table": t}, words=t.text()))
        d.add(Custom("chart", {}, words=chart_words(ks["chart"])))
    d.add(H(1, "Ekonomi"))
    d.table(drift_table())
    d.add(Bullets(ECON_BULLETS))
    d.add(Custom("end", {}, words="Frågor?\nSocialförvaltningen, Södertälje kommun"))
    return d


# ---------------------------------------------------------------------------- drawing


def pstyle(name: str, size: float, bold: bool = False, color=DARK, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=f"{FONT}-Bold" if bold else FONT,
        fontSize=size,
        leading=size * 1.2,
        textColor=color,
        alignment=kw.pop("alignment", TA_LEFT),
        **kw,
    )


class Chip(Flowable):
    """A rounded coloured label with a white word (the forecast)."""

    def __init__(self, word: str, fill, w: float = 104, h: float = 20) -> None:
        super().__init__()
        self.word, self.fill, self.w, self.h = word, fill, w, h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.w, self.h

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.fill)
        c.setStrokeColor(self.fill)
        c.roundRect(0, 0, self.w, self.h, self.h / 2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f"{FONT}-Bold", 11.5)
        c.drawCentredString(self.w / 2, self.h / 2 - 4, self.word)


def title_bar(c: rl_canvas.Canvas, title: str) -> None:
    W, Hh = SLIDE
    c.setFillColor(BLUE)
    c.rect(0, Hh - 58, W, 58, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F2B705"))
    c.rect(0, Hh - 61, W, 3, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(f"{FONT}-Bold", 24)
    c.drawString(36, Hh - 38, title)


def footer(c: rl_canvas.Canvas, n: int) -> None:
    W, _ = SLIDE
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(36, 30, W - 36, 30)
    c.setFillColor(GREY)
    c.setFont(FONT, 9)
    c.drawString(36, 17, FOOTER)
    c.setFont(f"{FONT}-Bold", 10)
    c.drawRightString(W - 36, 17, str(n))


def bullets(c, items: list[str], x: float, top: float, w: float, size: float) -> float:
    st = pstyle(
        "b",
        size,
        bulletFontName=FONT,
        bulletFontSize=size,
        leftIndent=size * 1.2,
        bulletIndent=0,
        spaceAfter=size * 0.55,
    )
    st.leading = size * 1.25
    y = top
    for it in items:
        p = Paragraph(escape(it), st, bulletText="•")
        _w, h = p.wrap(w, 1000)
        p.drawOn(c, x, y - h)
        y -= h + st.spaceAfter
    return y


def draw_table(c, data, widths, cmds, x: float, top: float) -> float:
    t = RLTable(data, colWidths=widths, style=TableStyle(cmds))
    _w, h = t.wrapOn(c, sum(widths), 1000)
    t.drawOn(c, x, top - h)
    return top - h


def base_cmds(n_rows: int, pad: float = 4) -> list:
    return [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        *[("BACKGROUND", (0, i), (-1, i), LIGHT) for i in range(2, n_rows, 2)],
    ]


def goals_slide(c) -> None:
    head = pstyle("gh", 12, True, colors.white)
    gst = pstyle("g", 13, True)
    cst = pstyle("gc", 11.5, color=GREY)
    data = [[Paragraph(h, head) for h in ("Nämndmål", "Prognos helår", "Kommentar")]]
    for title, status, comment in GOALS:
        word, fill = CHIP[status]
        data.append(
            [Paragraph(escape(title), gst), Chip(word, fill), Paragraph(escape(comment), cst)]
        )
    cmds = base_cmds(len(data), 9) + [("ALIGN", (1, 1), (1, -1), "CENTER")]
    draw_table(c, data, [345, 125, 300], cmds, 36, SLIDE[1] - 82)


def kpi_slide(c, ks: dict) -> None:
    t = kpi_table(ks["rows"])
    head = pstyle("kh", 11.5, True, colors.white)
    headr = pstyle("khr", 11.5, True, colors.white, alignment=2)
    nst = pstyle("kn", 12)
    vst = pstyle("kv", 12.5, True, alignment=2)
    gst = pstyle("kg", 12, color=GREY, alignment=2)
    data = [
        [Paragraph("Indikator", head)] + [Paragraph(escape(col.head[0]), headr) for col in t.cols]
    ]
    for r in t.rows:
        cells = [t.fmt_cell(r, col, v) for col, v in zip(t.cols, r.cells, strict=True)]
        data.append(
            [Paragraph(escape(r.label), nst)]
            + [Paragraph(escape(s), vst) for s in cells[:2]]
            + [Paragraph(escape(cells[2]), gst)]
        )
    draw_table(c, data, [222, 72, 72, 62], base_cmds(len(data)), 36, SLIDE[1] - 82)
    bar_chart(c, ks["chart"], x=492, y=48, w=314, h=330)


def bar_chart(c, ch: dict, x: float, y: float, w: float, h: float) -> None:
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFillColor(DARK)
    c.setFont(f"{FONT}-Bold", 12)
    c.drawCentredString(x + w / 2, y + h - 20, ch["title"])
    px, py, pw, ph = x + 16, y + 34, w - 32, h - 78  # plot area
    lo, hi = ch["ymin"], ch["ymax"]

    def ypos(v: float) -> float:
        return py + (v - lo) / (hi - lo) * ph

    c.setStrokeColor(colors.HexColor("#D9D9D9"))
    c.setLineWidth(0.5)
    for k in range(1, 5):
        yy = py + ph * k / 4
        c.line(px, yy, px + pw, yy)
    n = len(ch["vals"])
    slot = pw / n
    bw = slot * 0.62
    for i, (cat, v) in enumerate(zip(ch["cats"], ch["vals"], strict=True)):
        bx = px + i * slot + (slot - bw) / 2
        c.setFillColor(BAR_LAST if i == n - 1 else BAR)
        c.rect(bx, py, bw, ypos(v) - py, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont(FONT, 10.5 if n > 6 else 11.5)
        c.drawCentredString(bx + bw / 2, ypos(v) + 4, ch["fmt"](v))
        c.setFillColor(GREY)
        c.setFont(FONT, 10.5)
        c.drawCentredString(bx + bw / 2, py - 14, cat)
    c.setStrokeColor(colors.HexColor("#8C8C8C"))
    c.setLineWidth(0.8)
    c.line(px, py, px + pw, py)
    if ch["target"]:
        tv, label = ch["target"]
        c.setStrokeColor(colors.HexColor("#C8312B"))
        c.setLineWidth(1.2)
        c.setDash(4, 3)
        c.line(px, ypos(tv), px + pw, ypos(tv))
        c.setDash()
        c.setFillColor(colors.HexColor("#C8312B"))
        c.setFont(f"{FONT}-Bold", 10)
        c.drawRightString(px + pw, ypos(tv) + 4, label)


def econ_slide(c) -> None:
    t = drift_table()
    head = pstyle("eh", 11.5, True, colors.white)
    headr = pstyle("ehr", 11.5, True, colors.white, alignment=2)
    nst = pstyle("en", 12)
    vst = pstyle("ev", 12, alignment=2)
    nb = pstyle("enb", 12, True)
    vb = pstyle("evb", 12, True, alignment=2)
    data = [
        [Paragraph(escape(t.label_head[0]), head)]
        + [Paragraph(escape(col.head[0]), headr) for col in t.cols]
    ]
    for r in t.rows:
        cells = [t.fmt_cell(r, col, v) for col, v in zip(t.cols, r.cells, strict=True)]
        data.append(
            [Paragraph(escape(r.label), nb if r.total else nst)]
            + [Paragraph(s, vb if r.total else vst) for s in cells]
        )
    cmds = base_cmds(len(data), 7) + [
        ("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1.2, DARK),
        ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.white),
    ]
    bottom = draw_table(c, data, [180, 78, 70, 78, 72], cmds, 36, SLIDE[1] - 82)
    c.setFillColor(GREY)
    c.setFont(f"{FONT}-Italic", 10)
    c.drawString(36, bottom - 16, ECON_NOTE)
    bullets(c, ECON_BULLETS, 570, SLIDE[1] - 84, 236, 13)


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    W, Hh = SLIDE
    c = rl_canvas.Canvas(str(path), pagesize=SLIDE, invariant=1)
    c.setTitle("Uppföljning T2 2026 Socialnämnden")
    c.setAuthor("")
    c.setCreator("Microsoft® PowerPoint® för Microsoft 365")
    # 1 title slide
    c.setFillColor(BLUE)
    c.rect(0, 0, W, Hh, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#F2B705"))
    c.rect(60, 300, 90, 5, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(f"{FONT}-Bold", 15)
    c.drawString(60, 410, TITLE_WORDS[0])
    c.setFont(f"{FONT}-Bold", 40)
    c.drawString(60, 250, TITLE_WORDS[1])
    c.setFont(FONT, 26)
    c.drawString(60, 212, TITLE_WORDS[2])
    c.setFont(FONT, 18)
    c.drawString(60, 178, TITLE_WORDS[3])
    c.setFont(FONT, 13)
    c.drawString(60, 70, TITLE_WORDS[4])
    c.showPage()

    # 2 summary
    title_bar(c, "Sammanfattning")
    bullets(c, SUMMARY, 52, Hh - 96, 720, 18)
    footer(c, 2)
    c.showPage()

    # 3 goals
    title_bar(c, "Måluppfyllelse")
    goals_slide(c)
    footer(c, 3)
    c.showPage()

    # 4, 5 indicators
    for k, ks in enumerate(KPI_SLIDES, start=4):
        title_bar(c, ks["title"])
        kpi_slide(c, ks)
        footer(c, k)
        c.showPage()

    # 6 economy
    title_bar(c, "Ekonomi")
    econ_slide(c)
    footer(c, 4 + len(KPI_SLIDES))
    c.showPage()

    # 7 questions
    c.setFillColor(BLUE)
    c.rect(0, 0, W, Hh, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(f"{FONT}-Bold", 60)
    c.drawCentredString(W / 2, Hh / 2 + 4, "Frågor?")
    c.setFont(FONT, 16)
    c.drawCentredString(W / 2, Hh / 2 - 40, "Socialförvaltningen, Södertälje kommun")
    c.showPage()
    c.save()
    return path

"""Köping, Barn- och utbildningsnämnden, månadsuppföljning oktober 2026 (januari–oktober), as an
economist writes it in Word (reportlab, Carlito, Word's default margins and heading styles) with
Excel CHARTS pasted between the paragraphs as vector graphics (an EMF turned into PDF drawing
operators: every word of a chart is a text object of its own, set at its own place).

The charts (four):
1 "Ackumulerat utfall mot budget, tkr": clustered columns per month jan–dec, three series in a
  legend under the plot ("Budget", "Utfall", "Prognos"): the accumulated periodised budget every
  month, the accumulated outcome jan–okt and the accumulated forecast nov–dec, with data labels
  on the Utfall and Prognos columns ("612 660", "744 600") and a value axis 0 … 800 000.
2 "Avvikelse mot periodiserad budget, ackumulerat, tkr": one column per month jan–okt, blue
  above and red below the zero line, data labels "1 243", "−310" (U+2212), ticks −2 000 … 1 500,
  no legend.
3 "Inskrivna barn i förskolan per månad": clustered columns 2025 / 2026 per month jan–okt, a
  legend "2025", "2026" and a data label on every column; its October columns repeat the KPI
  table's two values (1 046, 1 012).
4 "Närvaro i grundskolan per månad 2026, %": a line with markers over the school months (no
  July), data labels "93,4", a dashed red target line labelled "Mål 95 %" at its right end, and a
  legend "Närvaro 2026", "Mål"; it stands between two goals of "Nämndens mål".

What a reader should take (the key): ONLY what the tables and the running text print. The
charts' titles are not headings, their legends ("Budget", "Utfall", "Prognos", "2025", "2026")
are not table headers, their tick labels and data labels are not KPI values or finance cells
(the per-month figures appear nowhere else and are not in the key, and where a chart repeats a
table value the table's row is the key's), "Mål 95 %" is not a goal and not a target of the key.
The goals are the five bold goal headings under "4 Nämndens mål", each with the line "Prognos:
Uppnås" / "Prognos: Uppnås delvis" / "Prognos: Uppnås inte" (a forecast for the year: →
expected_achieved / partly / expected_not_achieved). The KPIs are the rows of the table Nyckeltal
| Okt 2025 | Okt 2026 | Mål (October's own values; "Okt 2025" → 2025, "Okt 2026" → 2026; the Mål
column is a target and no value; a "–" is no value). Finance: the drift table Verksamhet | Budget
2026 | Utfall jan–okt | Prognos 2026 | Avvikelse (tkr; Avvikelse = budget minus prognos) with its
Summa row. The chart words are in expected/ (a reader gets them as text), as Södertälje's are.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

FONT = "Carlito"
N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
NB = "\u00a0"  # Excel (sv-SE) writes its thousands separator as a no-break space
CHART_N = NumFmt(thou=NB, minus="\u2212")
CHART_D1 = NumFmt(dec=1)

MUNI = "Köpings kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Månadsuppföljning oktober 2026"

INK = colors.HexColor("#262626")
HEAD = colors.HexColor("#1F3864")
BLUE = colors.HexColor("#4472C4")
ORANGE = colors.HexColor("#ED7D31")
GREY = colors.HexColor("#A5A5A5")
RED = colors.HexColor("#C00000")
GRID = colors.HexColor("#D9D9D9")
AXIS = colors.HexColor("#595959")

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

# ------------------------------------------------------------------ figures
# drift: (verksamhet, budget 2026, utfall jan–okt, prognos 2026)
DRIFT = [
    ("Nämnd och förvaltningsledning", 21_400, 17_640, 20_900),
    ("Förskola och pedagogisk omsorg", 178_300, 148_920, 180_100),
    ("Grundskola och fritidshem", 318_700, 262_310, 321_200),
    ("Anpassad grundskola", 22_600, 19_380, 23_400),
    ("Gymnasieskola och anpassad gymnasieskola", 168_900, 137_540, 166_700),
    ("Vuxenutbildning", 32_700, 26_870, 32_300),
]
TOT_B = sum(r[1] for r in DRIFT)
TOT_U = sum(r[2] for r in DRIFT)
TOT_P = sum(r[3] for r in DRIFT)
assert (TOT_B, TOT_U, TOT_P) == (742_600, 612_660, 744_600), (TOT_B, TOT_U, TOT_P)

# monthly periodised budget (jan–dec) and accumulated deviation budget − utfall (jan–okt)
BUDGET_M = [
    63_000,
    61_500,
    64_200,
    62_300,
    63_800,
    60_100,
    38_400,
    58_900,
    68_900,
    70_000,
    66_900,
    64_600,
]
assert sum(BUDGET_M) == TOT_B
DEV_ACK = [1_243, 820, -310, -645, -402, 318, 1_105, -220, -980, -1_560]
BUDGET_ACK = [sum(BUDGET_M[: i + 1]) for i in range(12)]
UTFALL_ACK = [BUDGET_ACK[i] - DEV_ACK[i] for i in range(10)]
assert UTFALL_ACK[-1] == TOT_U
PROGNOS_M = [67_200, 64_740]  # nov, dec
PROGNOS_ACK = [TOT_U + PROGNOS_M[0], TOT_U + sum(PROGNOS_M)]
assert PROGNOS_ACK[-1] == TOT_P

FSK_2025 = [1_028, 1_037, 1_045, 1_052, 1_058, 1_049, 884, 962, 1_031, 1_046]
FSK_2026 = [1_019, 1_024, 1_030, 1_036, 1_041, 1_033, 871, 945, 1_004, 1_012]
SCHOOL_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "aug", "sep", "okt"]
NARVARO = [91.8, 89.9, 92.6, 93.0, 93.8, 95.1, 95.6, 94.2, 93.4]

# KPI table: (name, okt 2025, okt 2026, mål, fmt)
KPIS = [
    ("Inskrivna barn i förskolan", 1_046, 1_012, "–", N),
    ("Barn per årsarbetare i förskolan", 5.4, 5.2, "≤ 5,3", DEC1),
    ("Elever i grundskolan", 2_968, 2_941, "–", N),
    ("Närvaro i grundskolan", 92.1, 93.4, "≥ 95 %", PCT1),
    ("Andel behöriga lärare i grundskolan", 71, 74, "≥ 75 %", PCT),
    ("Andel elever med beslut om särskilt stöd", 6.9, 7.4, "–", PCT1),
    ("Sjukfrånvaro bland medarbetarna", 6.8, 6.1, "≤ 6,0 %", PCT1),
]
assert KPIS[0][1:3] == (FSK_2025[-1], FSK_2026[-1])
assert KPIS[3][2] == NARVARO[-1]

GOALS = [
    (
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        "Uppnås",
        "Trygghetsenkäten som genomfördes i september visar att 89 procent av eleverna i "
        "årskurs 4–9 känner sig trygga i skolan, vilket är tre procentenheter högre än hösten "
        "2025. Vårdnadshavarna i förskolan är fortsatt mycket nöjda med tryggheten. Arbetet med "
        "vuxna på rasterna och gemensamma ordningsregler fortsätter under hösten.",
    ),
    (
        "Närvaron i grundskolan ska öka",
        "partly",
        "Uppnås delvis",
        "Närvaron i oktober var 93,4 procent, vilket är högre än samma månad i fjol men under "
        "nämndens mål om 95 procent. Närvaron var som högst under juni och augusti och har "
        "därefter sjunkit i takt med höstens förkylningar. Elevhälsan följer upp varje elev med "
        "mer än 15 procents frånvaro och samverkar med socialtjänsten kring elever med "
        "långvarig frånvaro.",
    ),
    (
        "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram ska öka",
        "expected_not_achieved",
        "Uppnås inte",
        "Av vårens avgångselever var 79 procent behöriga till ett yrkesprogram, jämfört med 82 "
        "procent 2025. Resultatet vid läsårets slut avgör måluppfyllelsen och förvaltningen "
        "bedömer därför att målet inte nås under 2026. En analys av resultaten per skola "
        "redovisas för nämnden i december.",
    ),
    (
        "Andelen behöriga lärare i grundskolan ska öka",
        "partly",
        "Uppnås delvis",
        "Andelen behöriga lärare har ökat till 74 procent efter höstens rekryteringar, men "
        "bristen på behöriga lärare i matematik och moderna språk kvarstår. Fyra lärare deltar "
        "i Vidareutbildning av lärare (VAL) med stöd från förvaltningen.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "expected_not_achieved",
        "Uppnås inte",
        "Helårsprognosen visar ett underskott om 2 000 tkr mot budget. Åtgärderna som beskrivs "
        "under avsnitt 2 bedöms minska underskottet men inte helt under innevarande år.",
    ),
]

# ------------------------------------------------------------------ charts as data


def bar_chart_1() -> dict:
    return {
        "title": "Ackumulerat utfall mot budget, tkr",
        "cats": MONTHS,
        "series": [
            ("Budget", BUDGET_ACK, GREY, False),
            ("Utfall", UTFALL_ACK + [None, None], BLUE, True),
            ("Prognos", [None] * 10 + PROGNOS_ACK, ORANGE, True),
        ],
        "ticks": list(range(0, 800_001, 100_000)),
        "fmt": CHART_N,
        "legend": True,
        "overlap": True,  # Utfall and Prognos share a slot (each month has one of them)
    }


def bar_chart_2() -> dict:
    return {
        "title": "Avvikelse mot periodiserad budget, ackumulerat, tkr",
        "cats": MONTHS[:10],
        "series": [("Avvikelse", DEV_ACK, BLUE, True)],
        "ticks": list(range(-2_000, 1_501, 500)),
        "fmt": CHART_N,
        "legend": False,
        "neg": RED,
    }


def bar_chart_3() -> dict:
    return {
        "title": "Inskrivna barn i förskolan per månad",
        "cats": MONTHS[:10],
        "series": [("2025", FSK_2025, GREY, True), ("2026", FSK_2026, BLUE, True)],
        "ticks": list(range(0, 1_201, 200)),
        "fmt": CHART_N,
        "legend": True,
    }


def line_chart_4() -> dict:
    return {
        "title": "Närvaro i grundskolan per månad 2026, %",
        "cats": SCHOOL_MONTHS,
        "values": NARVARO,
        "name": "Närvaro 2026",
        "ticks": list(range(86, 99, 2)),
        "target": (95, "Mål 95 %"),
    }


def chart_words(ch: dict) -> str:
    fmt = ch.get("fmt", CHART_N)
    lines = [ch["title"]]
    if "series" in ch:
        if ch["legend"]:
            lines.append(" ".join(s[0] for s in ch["series"]))
        lines.append(" ".join(fmt(t) for t in ch["ticks"]))
        lines.append(" ".join(ch["cats"]))
        for _n, vals, _c, lab in ch["series"]:
            if lab:
                lines.append(" ".join(fmt(v) for v in vals if v is not None))
    else:
        lines.append(f"{ch['name']} Mål")
        lines.append(" ".join(f"{t} %" for t in ch["ticks"]))
        lines.append(" ".join(ch["cats"]))
        lines.append(" ".join(CHART_D1(v) for v in ch["values"]))
        lines.append(ch["target"][1])
    return "\n".join(lines)


# ------------------------------------------------------------------ the document


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    rows.append(Row("Summa", [TOT_B, TOT_U, TOT_P, TOT_B - TOT_P], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget 2026",)),
            Col(("Utfall jan–okt",)),
            Col(("Prognos 2026",)),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 1. Driftredovisning per verksamhet, tkr",
        note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott.",
        label_width=3.4,
    )


def kpi_table() -> Table:
    rows = [Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in KPIS]
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col(("Okt 2025",), year="2025"), Col(("Okt 2026",), year="2026"), Col(("Mål",))],
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Nyckeltal för oktober",
        note="Värdena avser oktober månad respektive år. Närvaron avser genomsnittet för månaden.",
        label_width=3.4,
    )


def build() -> Doc:
    d = Doc(
        stem="koping-barn-och-utbildningsnamnden-manadsuppfoljning-2026-10",
        municipality="Köping",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, månadsuppföljning oktober 2026 as an economist "
        "writes it in Word with Excel charts pasted in as vector graphics (reportlab, Carlito)",
        hard="four Excel charts stand between the paragraphs as vector drawings whose every "
        'word is loose text on the page: a chart title inside the chart ("Ackumulerat utfall '
        'mot budget, tkr", "Närvaro i grundskolan per månad 2026, %"), a legend "Budget" / '
        '"Utfall" / "Prognos" (and "2025" / "2026") that repeats the drift table\'s column '
        'words, value-axis ticks ("0", "100 000" … "800 000", "−2 000" … "1 500") and month '
        'ticks ("jan feb mar …"), data labels on the columns ("612 660", "1 243", "−310", with '
        "a no-break space as thousands separator and U+2212 minus) and a line chart with a "
        'dashed target line labelled "Mål 95 %" between two goals; none of the charts\' '
        "numbers or words is a KPI value, a finance cell, a goal or a heading (where a chart "
        "repeats a table value, the table is the key); the goals are bold headings with a line "
        '"Prognos: Uppnås" / "Uppnås delvis" / "Uppnås inte"; a KPI table Nyckeltal | Okt 2025 '
        "| Okt 2026 | Mål of October's own values; a drift table Budget 2026 | Utfall jan–okt | "
        "Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa row; the "
        'municipality as "Köpings kommun" in the running header and under the title',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{TITLE}\n{COMMITTEE}\n{MUNI}, Barn- och utbildningsförvaltningen\n"
            "Dnr BUN 2026/214\tDatum 2026-11-11",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Barn- och utbildningsnämnden redovisar en prognos för helåret 2026 med ett underskott "
        "om 2 000 tkr, vilket motsvarar 0,3 procent av budgeten. Underskottet finns inom "
        "förskolan, grundskolan och den anpassade grundskolan, medan gymnasieskolan och "
        "vuxenutbildningen beräknas lämna överskott. Prognosen har försämrats med 600 tkr "
        "sedan septemberuppföljningen."
    )
    d.p(
        "Antalet inskrivna barn i förskolan är lägre än föregående år och lägre än budgeterat. "
        "Av nämndens fem mål bedöms ett uppnås, två delvis uppnås och två inte uppnås under "
        "året."
    )
    d.h(1, "Ekonomi", "2")
    d.h(2, "Helårsprognos", "2.1")
    d.p(
        "Utfallet för januari–oktober uppgår till 612 660 tkr. Nettokostnaderna följer i stort "
        "den periodiserade budgeten, men sedan augusti ligger utfallet över budget, främst på "
        "grund av ökade kostnader för tilläggsbelopp och skolskjuts. Diagrammet nedan visar "
        "det ackumulerade utfallet per månad jämfört med budget samt prognosen för november "
        "och december."
    )
    d.add(Custom("chart", {"chart": bar_chart_1()}, words=chart_words(bar_chart_1())))
    d.p(
        "Förskolan har färre barn än budgeterat, men kostnaderna för personal har inte "
        "minskat i samma takt eftersom barngruppernas storlek varierar mellan enheterna. "
        "Grundskolan har ökade kostnader för elever med omfattande behov av stöd och för "
        "skolskjuts efter de nya upphandlade linjerna. Gymnasieskolan har lägre kostnader för "
        "interkommunala ersättningar än beräknat, eftersom färre elever än väntat valt "
        "utbildningar i andra kommuner."
    )
    d.table(drift_table())
    d.h(2, "Avvikelse mot periodiserad budget", "2.2")
    d.p(
        "Avvikelsen mot den periodiserade budgeten har växlat under året. Överskottet under "
        "årets första månader och i juli beror på att kostnader för vikarier och läromedel bokförts senare än "
        "budgeterat. Från och med augusti är avvikelsen negativ och ökar för varje månad."
    )
    d.add(Custom("chart", {"chart": bar_chart_2()}, words=chart_words(bar_chart_2())))
    d.p(
        "Förvaltningen har infört anställningsprövning för alla tjänster som inte är "
        "lärartjänster, och inköp av inventarier skjuts till 2027 där det är möjligt. "
        "Åtgärderna beräknas minska kostnaderna med omkring 1 200 tkr under november och "
        "december, och ingår inte i prognosen."
    )
    d.h(1, "Verksamhet och nyckeltal", "3")
    d.p(
        "Tabellen nedan visar nämndens nyckeltal för oktober jämfört med samma månad 2025. "
        "Antalet barn i förskolan har minskat med 34 barn och antalet elever i grundskolan "
        "med 27 elever jämfört med oktober 2025."
    )
    d.table(kpi_table())
    d.add(Custom("chart", {"chart": bar_chart_3()}, words=chart_words(bar_chart_3())))
    d.p(
        "Barnantalet i förskolan följer samma mönster som tidigare år med en nedgång under "
        "sommaren, men nivån är genomgående lägre än 2025. Två avdelningar vid Karlbergs "
        "förskola har därför slagits samman från och med oktober."
    )
    d.h(1, "Nämndens mål", "4")
    d.p(
        "Nämnden har fem mål för 2026. Prognosen avser måluppfyllelsen för helåret och görs "
        "utifrån utfallet för januari–oktober."
    )
    for i, (title, status, word, comment) in enumerate(GOALS):
        d.goal(title, status)
        d.h(3, title, toc=False)
        d.p(f"Prognos: {word}", "status")
        d.p(comment)
        if i == 1:
            d.add(Custom("chart", {"chart": line_chart_4()}, words=chart_words(line_chart_4())))
    return d


# ------------------------------------------------------------------ drawing


class ChartBox:
    """An Excel chart as it is pasted into Word: a light grey chart-area border, the title
    centred at the top, the plot with horizontal gridlines, the legend under it."""

    def __init__(self, w: float, h: float) -> None:
        self.d = Drawing(w, h)
        self.w, self.h = w, h

    def frame(self) -> None:
        self.d.add(
            Rect(
                0.5,
                0.5,
                self.w - 1,
                self.h - 1,
                strokeColor=GRID,
                strokeWidth=0.75,
                fillColor=colors.white,
            )
        )

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 7.5,
        anchor: str = "middle",
        color=AXIS,
        bold: bool = False,
    ) -> None:
        self.d.add(
            String(
                x,
                y,
                s,
                fontName=f"{FONT}-Bold" if bold else FONT,
                fontSize=size,
                fillColor=color,
                textAnchor=anchor,
            )
        )

    def legend(self, items: list[tuple[str, object, str]], y: float) -> None:
        """items: (name, color, 'box' | 'line' | 'dash')."""
        widths = [rl.sw(n, FONT, 7.5) + 16 for n, _c, _k in items]
        gap = 12
        x = (self.w - sum(widths) - gap * (len(items) - 1)) / 2
        for (name, col, kind), wd in zip(items, widths, strict=True):
            if kind == "box":
                self.d.add(Rect(x, y, 6, 6, fillColor=col, strokeColor=None))
            else:
                ln = Line(x - 2, y + 3, x + 10, y + 3, strokeColor=col, strokeWidth=1.5)
                if kind == "dash":
                    ln.strokeDashArray = [3, 2]
                self.d.add(ln)
            self.text(x + (14 if kind != "box" else 9), y, name, anchor="start")
            x += wd + gap


def draw_bars(ch: dict, w: float, h: float = 190) -> Drawing:
    box = ChartBox(w, h)
    box.frame()
    fmt = ch["fmt"]
    ticks = ch["ticks"]
    lo, hi = ticks[0], ticks[-1]
    tick_w = max(rl.sw(fmt(t), FONT, 7.5) for t in ticks)
    px = 12 + tick_w + 6
    py = 40 if ch["legend"] else 26
    pw = w - px - 14
    ph = h - py - 34

    def ypos(v: float) -> float:
        return py + (v - lo) / (hi - lo) * ph

    for t in ticks:  # gridlines
        box.d.add(Line(px, ypos(t), px + pw, ypos(t), strokeColor=GRID, strokeWidth=0.5))
    cats = ch["cats"]
    slot = pw / len(cats)
    series = ch["series"]
    nslots = 2 if ch.get("overlap") else len(series)
    gw = slot * 0.72
    bw = gw / nslots
    labels = []
    for si, (_name, vals, col, lab) in enumerate(series):
        pos = min(si, nslots - 1)
        for i, v in enumerate(vals):
            if v is None:
                continue
            x = px + i * slot + (slot - gw) / 2 + pos * bw
            fill = ch.get("neg", col) if v < 0 else col
            y0, y1 = ypos(0), ypos(v)
            box.d.add(
                Rect(x + 0.6, min(y0, y1), bw - 1.2, abs(y1 - y0), fillColor=fill, strokeColor=None)
            )
            if lab:
                ly = y1 + 2.5 if v >= 0 else y1 - 8
                labels.append((x + bw / 2, ly, fmt(v)))
    box.d.add(
        Line(
            px, ypos(0), px + pw, ypos(0), strokeColor=colors.HexColor("#BFBFBF"), strokeWidth=0.75
        )
    )
    size = 6 if len(labels) > 12 or nslots > 1 else 7
    for x, y, s in labels:  # data labels, then the axes, the title and the legend (EMF order)
        box.text(x, y, s, size=size, color=INK)
    for t in ticks:
        box.text(px - 5, ypos(t) - 2.5, fmt(t), anchor="end")
    for i, c in enumerate(cats):
        box.text(px + i * slot + slot / 2, py - 11, c)
    box.text(w / 2, h - 18, ch["title"], size=10, color=AXIS)
    if ch["legend"]:
        box.legend([(n, c, "box") for n, _v, c, _l in series], 10)
    return box.d


def draw_line(ch: dict, w: float, h: float = 180) -> Drawing:
    box = ChartBox(w, h)
    box.frame()
    ticks = ch["ticks"]
    lo, hi = ticks[0], ticks[-1]
    px, py = 38, 40
    pw, ph = w - px - 52, h - py - 34

    def ypos(v: float) -> float:
        return py + (v - lo) / (hi - lo) * ph

    for t in ticks:
        box.d.add(Line(px, ypos(t), px + pw, ypos(t), strokeColor=GRID, strokeWidth=0.5))
    cats = ch["cats"]
    slot = pw / len(cats)
    pts = [(px + i * slot + slot / 2, ypos(v)) for i, v in enumerate(ch["values"])]
    tv, tlabel = ch["target"]
    tl = Line(px, ypos(tv), px + pw, ypos(tv), strokeColor=RED, strokeWidth=1.2)
    tl.strokeDashArray = [4, 3]
    box.d.add(tl)
    box.d.add(PolyLine([c for p in pts for c in p], strokeColor=BLUE, strokeWidth=1.8))
    for x, y in pts:
        box.d.add(Rect(x - 2.2, y - 2.2, 4.4, 4.4, fillColor=BLUE, strokeColor=None))
    for (x, y), v in zip(pts, ch["values"], strict=True):
        below = y + 2 <= ypos(tv) <= y + 14  # Excel's label would sit on the target line
        box.text(x, y - 10 if below else y + 5, CHART_D1(v), size=7, color=INK)
    box.text(px + pw + 3, ypos(tv) - 2.5, tlabel, size=7.5, anchor="start", color=RED, bold=True)
    for t in ticks:
        box.text(px - 5, ypos(t) - 2.5, f"{t} %", anchor="end")
    for i, c in enumerate(cats):
        box.text(px + i * slot + slot / 2, py - 11, c)
    box.text(w / 2, h - 18, ch["title"], size=10)
    box.legend([(ch["name"], BLUE, "line"), ("Mål", RED, "dash")], 10)
    return box.d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": FONT,
        "size": 11,
        "leading": 14.5,
        "hcolor": HEAD,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 9.5,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#D9E2F3"),
        "margins": (2.5 * rl.cm, 2.3 * rl.cm, 2.5 * rl.cm, 2.5 * rl.cm),
        "header": f"{MUNI}\t{TITLE}",
        "footer": f"{COMMITTEE}\tSida {{page}} av {{pages}}",
        "hf_size": 8.5,
        "hf_rule": False,
        "para_space": 7,
    }
    doc.options["pdf_creator"] = "Microsoft® Word för Microsoft 365"
    doc.options["pdf_producer"] = "Microsoft® Word för Microsoft 365"
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    table = r.table
    r.table = lambda t, width=None: [KeepTogether(table(t, width))]  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        small = rl.ParagraphStyle("mh0", parent=r.styles["meta"], textColor=AXIS)
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=24, leading=29, spaceAfter=4
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        meta = rl.RLTable(
            [[Paragraph("Dnr BUN 2026/214", small), Paragraph("Datum 2026-11-11", small)]],
            colWidths=[W * 0.35, W * 0.65],
            style=rl.TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]
            ),
            hAlign="LEFT",
        )
        return [
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(f"{MUNI}, Barn- och utbildningsförvaltningen", small),
            Spacer(1, 4),
            meta,
            Spacer(1, 6),
        ]

    def chart(b: Custom) -> list:
        ch = b.data["chart"]
        dr = draw_line(ch, W) if "values" in ch else draw_bars(ch, W)
        return [KeepTogether([Spacer(1, 4), dr, Spacer(1, 10)])]

    r.custom.update(masthead=masthead, chart=chart)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Uddevalla, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans) that
opens with a dashboard page, "Året i korthet": a grid of eight rounded tiles (four by two), each
with one figure as a big number in colour ("86 %", "1 240", "12 dagar", "−8,4 mnkr"), an arrow
glyph beside it (▲ / ▼, green when the change goes the wanted way, red when not), a small caption
under it naming the indicator, a grey line with the period ("jan–aug 2026") and a comparison line
at the tile's foot ("jan–aug 2025: 79 %"). A line under the grid explains the arrows. Later pages:
five goals, each an unnumbered heading followed by a line "Bedömning: Målet bedöms … uppnås." and
an analysis paragraph; a regular KPI table Nyckeltal | Jan–aug 2025 | Jan–aug 2026 | Mål 2026;
a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus
prognosis) with a Summa row. Running header "Uddevalla kommun" / "Socialnämnden – Delårsrapport
januari–augusti 2026", footer with the diarienummer and "Sida n av m".

What is in the key. The tiles are printed KPI values with a year, so they are in the key, both
years: the big number is the jan–aug 2026 value (keyed "2026"), the comparison line's number the
jan–aug 2025 value (keyed "2025"); a unit printed with the number is not part of it ("12 dagar" →
12, "7,9 %" → 7.9). The name is the tile's caption, without the period line. Five of the seven
KPI tiles are also rows of the KPI table, with the very same name and values (the dashboard is
made from the same data): each is in the key once. Two KPI tiles ("Andel beslut om hemtjänst som
verkställts inom 14 dagar", "Antal olika personal per brukare i hemtjänsten under 14 dagar") are
only on the dashboard and are in the key from the tile alone. The eighth tile, "Prognostiserad
budgetavvikelse helår 2026" ("−8,4 mnkr", compared with "delår 2025: −12,1 mnkr"), is a
finance forecast, not an indicator: it is not a KPI of the key (its 2026 figure is the drift
table's Summa deviation, −8 400 tkr, which is in the key as finance). The arrows are not values.
Goals are read by their "Bedömning:" lines as forecasts: "Målet bedöms uppnås." →
expected_achieved, "… delvis uppnås." → partly, "… inte uppnås." → expected_not_achieved."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DAYS = NumFmt(suffix=" dagar")
KR = NumFmt()
MNKR = NumFmt(dec=1, minus="−", suffix=" mnkr")

MUNI = "Uddevalla kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
DNR = "Dnr SN 2026/00187"

INK = colors.HexColor("#222B33")
BLUE = colors.HexColor("#00557F")
TILE_BG = colors.HexColor("#EEF4F8")
TILE_EDGE = colors.HexColor("#C9D9E4")
GREY = colors.HexColor("#5F6B75")
GOOD = colors.HexColor("#2E7D32")
BAD = colors.HexColor("#C62828")

P26, P25 = "jan–aug 2026", "jan–aug 2025"

# The KPIs: name, 2025, 2026, target as printed (None: not in the table), fmt in the table,
# fmt on the tile (None: no tile), lower is better
KPIS = [
    (
        "Andel utredningar inom barn och unga klara inom 120 dagar",
        79,
        86,
        "≥ 85 %",
        PCT,
        PCT,
        False,
    ),
    ("Antal hushåll med ekonomiskt bistånd", 1318, 1240, "≤ 1 250", N, N, True),
    ("Utbetalt ekonomiskt bistånd per hushåll och månad, kr", 9870, 10240, "–", KR, None, True),
    (
        "Antal personer som gått från ekonomiskt bistånd till arbete eller studier",
        51,
        64,
        "≥ 70",
        N,
        N,
        False,
    ),
    ("Väntetid till särskilt boende, dagar (median)", 19, 12, "≤ 20", N, DAYS, True),
    ("Beläggningsgrad i särskilt boende", 96.8, 98.1, "≥ 97,0 %", PCT1, None, False),
    ("Antal personer med hemtjänst (medeltal per månad)", 1012, 1047, "–", N, None, False),
    ("Sjukfrånvaro bland medarbetarna", 8.6, 7.9, "≤ 7,5 %", PCT1, PCT1, True),
]
# tiles only on the dashboard: name, 2025, 2026, fmt, lower is better
TILE_ONLY = [
    ("Andel beslut om hemtjänst som verkställts inom 14 dagar", 91, 88, PCT, False),
    ("Antal olika personal per brukare i hemtjänsten under 14 dagar", 15, 13, N, True),
]
FIN_TILE = ("Prognostiserad budgetavvikelse helår 2026", -12.1, -8.4)

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 42600, 27150, 41100),
    ("Individ- och familjeomsorg", 268400, 184930, 276200),
    ("Ekonomiskt bistånd", 96300, 62810, 93900),
    ("Funktionsstöd", 372900, 251340, 376400),
    ("Hemtjänst och hemsjukvård", 318500, 217620, 322900),
    ("Särskilt boende", 401700, 266180, 398300),
]

# goal title, status, Bedömning line, analysis
GOALS = [
    (
        "Barn och unga i behov av stöd ska få snabba och samordnade insatser",
        "expected_achieved",
        "Målet bedöms uppnås.",
        "Andelen utredningar som blir klara inom 120 dagar har ökat från 79 till 86 procent "
        "jämfört med samma period förra året och ligger nu över målvärdet. Förbättringen beror "
        "främst på att mottagningsgruppen har förstärkts och att fler ärenden avslutas redan i "
        "förhandsbedömningen. Samverkan med skolan enligt modellen Tidiga samordnade insatser "
        "har införts i tre skolområden och utökas under hösten.",
    ),
    (
        "Fler invånare ska gå från ekonomiskt bistånd till egen försörjning",
        "partly",
        "Målet bedöms delvis uppnås.",
        "Antalet hushåll med ekonomiskt bistånd har minskat till 1 240 under perioden, och 64 "
        "personer har gått vidare till arbete eller studier. Det är fler än under samma period "
        "2025 men färre än målvärdet 70. Samtidigt har det "
        "genomsnittliga biståndet per hushåll ökat, främst på grund av högre hyror och "
        "prisnivån på livsmedel. Samarbetet med Arbetsförmedlingen och vuxenutbildningen "
        "fortsätter inom ramen för Jobbcenter Uddevalla.",
    ),
    (
        "Äldre ska få plats i särskilt boende utan lång väntan",
        "expected_achieved",
        "Målet bedöms uppnås.",
        "Väntetiden till särskilt boende har kortats från 19 till 12 dagar i median sedan det "
        "nya boendet på Äsperöd öppnade i mars med 40 platser. Beläggningsgraden är hög, 98,1 "
        "procent, vilket ger små marginaler inför vintern. Inga beslut om särskilt boende har "
        "rapporterats som ej verkställda inom tre månader.",
    ),
    (
        "Brukarna ska uppleva god kontinuitet och gott bemötande i hemtjänsten",
        "expected_not_achieved",
        "Målet bedöms inte uppnås.",
        "Antalet olika personal som en brukare möter under 14 dagar har minskat från 15 till 13, "
        "men målet om högst 12 nås inte under året. Andelen beslut om hemtjänst som verkställts "
        "inom 14 dagar har sjunkit till 88 procent, eftersom rekryteringen av undersköterskor "
        "till sommaren blev svårare än planerat i Ljungskile och på Herrestad. Nämnden har "
        "gett förvaltningen i uppdrag att ta fram en plan för mindre arbetslag per område.",
    ),
    (
        "Nämnden ska vara en attraktiv arbetsgivare med låg sjukfrånvaro",
        "partly",
        "Målet bedöms delvis uppnås.",
        "Sjukfrånvaron har minskat från 8,6 till 7,9 procent men ligger fortfarande över "
        "målvärdet 7,5 procent. Korttidsfrånvaron har minskat mest. Personalomsättningen "
        "bland socialsekreterare har halverats efter införandet av en introduktionstjänst "
        "för nyexaminerade, medan bemanningen inom hemtjänsten fortsatt är ansträngd.",
    ),
]


def fmt_tile(v: float, f: NumFmt) -> str:
    return f(v).replace("-", "−")


def tiles() -> list[dict]:
    """The eight tiles in reading order (row by row)."""
    by = {k[0]: k for k in KPIS}
    out = []

    def kpi(name: str) -> dict:
        n, v25, v26, _t, _tf, f, low = by[name]
        return {"name": n, "v25": v25, "v26": v26, "fmt": f, "low": low, "per": P26, "cmp": P25}

    def only(i: int) -> dict:
        n, v25, v26, f, low = TILE_ONLY[i]
        return {"name": n, "v25": v25, "v26": v26, "fmt": f, "low": low, "per": P26, "cmp": P25}

    out.append(kpi(KPIS[0][0]))
    out.append(kpi(KPIS[1][0]))
    out.append(kpi(KPIS[3][0]))
    out.append(kpi(KPIS[4][0]))
    out.append(only(0))
    out.append(only(1))
    out.append(kpi(KPIS[7][0]))
    n, v25, v26 = FIN_TILE
    out.append(
        {
            "name": n,
            "v25": v25,
            "v26": v26,
            "fmt": MNKR,
            "low": False,
            "per": "prognos per 31 augusti",
            "cmp": "delår 2025",
        }
    )
    return out


def tile_words(t: dict) -> str:
    return "\n".join(
        [
            fmt_tile(t["v26"], t["fmt"]),
            t["name"],
            t["per"],
            f"{t['cmp']}: {fmt_tile(t['v25'], t['fmt'])}",
        ]
    )


ARROW_NOTE = (
    "▲ ▼ visar förändringen jämfört med samma period 2025. Grön pil: utvecklingen går åt önskat "
    "håll. Röd pil: utvecklingen går åt fel håll."
)


def build() -> Doc:
    d = Doc(
        stem="uddevalla-socialnamnden-delarsrapport-2026-08",
        municipality="Uddevalla",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 opening with a KPI dashboard "
        "page (reportlab, Liberation Sans), no title page",
        hard='the first page is a dashboard, "Året i korthet": a grid of eight rounded tiles '
        "(four by two), each one figure as a big coloured number with its unit "
        '("86 %", "1 240", "12 dagar", "7,9 %", "−8,4 mnkr") and a ▲ / ▼ arrow beside it '
        "(green or red by whether the change is wanted), a small caption naming the indicator, "
        'a grey period line ("jan–aug 2026") and at the foot a comparison line ("jan–aug 2025: '
        '79 %"), so the words of four tiles share each text line; the tiles are in the key, '
        "both years (the big number 2026, the comparison 2025), five of them also rows of the "
        "later KPI table with the same name and values (each in the key once), two only on the "
        'dashboard, and one a finance forecast ("Prognostiserad budgetavvikelse helår 2026", '
        '"delår 2025: −12,1 mnkr") that is not a KPI; later five goals as headings '
        'each followed by "Bedömning: Målet bedöms (delvis / inte) uppnås." and an analysis '
        "paragraph; a KPI table Nyckeltal | Jan–aug 2025 | Jan–aug 2026 | Mål 2026; a drift "
        "table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus "
        'prognosis) with a Summa row; the municipality as "Uddevalla kommun" in the masthead '
        "and the running header",
    )
    tot_b = sum(r[1] for r in DRIFT)
    tot_u = sum(r[2] for r in DRIFT)
    tot_p = sum(r[3] for r in DRIFT)
    assert tot_b - tot_p == -8400, tot_b - tot_p
    assert round((tot_b - tot_p) / 1000, 1) == FIN_TILE[2]
    ts = tiles()
    for t in ts[:7]:
        assert t["v26"] in {k[2] for k in KPIS} | {k[2] for k in TILE_ONLY}

    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.h(1, "Året i korthet")
    d.p(
        "Urval av nämndens nyckeltal för perioden januari–augusti 2026 jämfört med samma "
        "period 2025 samt prognosen för årets ekonomiska resultat.",
        "small",
    )
    tile_only = Table(
        label_head=("Nyckeltal",),
        cols=[Col(("Jan–aug 2025",), year="2025"), Col(("Jan–aug 2026",), year="2026")],
        rows=[Row(n, [v25, v26]) for n, v25, v26, _f, _l in TILE_ONLY],
        kind="kpi",
    )
    d.add(
        Custom(
            "tiles",
            {"tiles": ts, "table": tile_only},
            words="\n".join(tile_words(t) for t in ts) + "\n" + ARROW_NOTE,
        )
    )
    d.h(2, "Sammanfattning")
    d.p(
        "Socialnämnden har under årets första åtta månader kortat väntetiden till särskilt "
        "boende och fler utredningar inom barn och unga blir klara i tid. Antalet hushåll med "
        "ekonomiskt bistånd har minskat. Kontinuiteten i hemtjänsten har förbättrats men når "
        "inte målet, och sjukfrånvaron är fortsatt högre än målvärdet. Av nämndens fem mål "
        "bedöms två uppnås, två delvis uppnås och ett inte uppnås vid årets slut. Prognosen för "
        "helåret är ett underskott om 8,4 mnkr, vilket är 3,7 mnkr bättre än prognosen i "
        "delårsrapporten 2025."
    )
    d.page_break()
    d.h(1, "Nämndens mål")
    d.p(
        "Nämnden har fem mål för 2026 som bryter ned kommunfullmäktiges mål. Bedömningen avser "
        "prognosen för helåret och grundar sig på nyckeltalen och verksamheternas analys."
    )
    for title, status, bed, analysis in GOALS:
        d.goal(title, status)
        d.h(2, title)
        d.add(Custom("bedomning", {"text": bed}, words=f"Bedömning: {bed}"))
        d.p(analysis)
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025", width=0.9),
                Col(("Jan–aug 2026",), year="2026", width=0.9),
                Col(("Mål 2026",), width=0.8),
            ],
            rows=[Row(n, [v25, v26, Raw(t)], fmt=f) for n, v25, v26, t, f, _tf, _l in KPIS],
            kind="kpi",
            caption="Tabell 1. Nyckeltal januari–augusti",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden prognostiserar ett underskott om 8 400 tkr för helåret 2026. Individ- och "
        "familjeomsorgen har fortsatt höga kostnader för placeringar av barn och unga, och "
        "hemtjänsten har fler beviljade timmar än budgeterat. Funktionsstöd har tre nya "
        "ärenden med omfattande insatser. Ekonomiskt bistånd och särskilt boende visar "
        "överskott."
    )
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_u, tot_p, tot_b - tot_p], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott.",
            label_width=2.8,
        )
    )
    d.p(
        "Förvaltningen arbetar under hösten med åtgärder inom individ- och familjeomsorgen, "
        "bland annat fler hemmaplanslösningar i stället för externa placeringar, och en "
        "översyn av schemaläggningen i hemtjänsten."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    font = "LiberationSans"
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm)
    o = {
        "font": font,
        "size": 10,
        "leading": 13.5,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 16, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EDF3"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    _t, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFont(f"{font}-Bold", 8.5)
        c.setFillColor(BLUE)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 8.5)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} – {TITLE}")
        c.setStrokeColor(TILE_EDGE)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.0 * rl.cm
        c.setFont(font, 8)
        c.drawString(lft, fy, DNR)
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName=f"{font}-Bold",
            fontSize=11,
            textColor=BLUE,
            spaceAfter=10,
        )
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=22, leading=27, textColor=INK, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "s", parent=r.styles["subtitle"], fontSize=14, leading=18, textColor=BLUE, spaceAfter=6
        )
        return [Paragraph(MUNI, logo), Paragraph(TITLE, big), Paragraph(COMMITTEE, sub)]

    cap = rl.ParagraphStyle(
        "cap", parent=r.styles["body"], fontSize=8.3, leading=10, textColor=INK, spaceAfter=0
    )
    NCOL, GAP, TH = 4, 8, 118  # noqa: N806

    class Tiles(Flowable):
        def __init__(self, ts: list[dict]) -> None:
            super().__init__()
            self.ts = ts
            self.rows = (len(ts) + NCOL - 1) // NCOL

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            self.tw = (aw - (NCOL - 1) * GAP) / NCOL
            self.height = self.rows * TH + (self.rows - 1) * GAP + 4
            return aw, self.height

        def draw(self) -> None:
            c = self.canv
            for i, t in enumerate(self.ts):
                row, col = divmod(i, NCOL)
                x = col * (self.tw + GAP)
                y = self.height - (row + 1) * TH - row * GAP
                self.tile(c, x, y, t)

        def tile(self, c, x: float, y: float, t: dict) -> None:
            tw = self.tw
            c.saveState()
            c.setFillColor(TILE_BG)
            c.setStrokeColor(TILE_EDGE)
            c.setLineWidth(0.7)
            c.roundRect(x, y, tw, TH, 8, stroke=1, fill=1)
            # the big number and the arrow
            big = fmt_tile(t["v26"], t["fmt"])
            size = 21
            while rl.sw(big, f"{font}-Bold", size) > tw - 34:
                size -= 1
            by = y + TH - 12 - size * 0.75
            c.setFillColor(BLUE)
            c.setFont(f"{font}-Bold", size)
            c.drawString(x + 9, by, big)
            up = t["v26"] > t["v25"]
            good = up != t["low"]
            c.setFillColor(GOOD if good else BAD)
            c.setFont(font, 13)
            c.drawRightString(x + tw - 9, by + 2, "▲" if up else "▼")
            # caption (the indicator) and the period
            p = Paragraph(escape(t["name"]), cap)
            _w, h = p.wrap(tw - 18, TH)
            top = by - 9
            p.drawOn(c, x + 9, top - h)
            c.setFillColor(GREY)
            c.setFont(font, 7.8)
            c.drawString(x + 9, top - h - 10.5, t["per"])
            # the comparison line at the foot, above a hairline
            c.setStrokeColor(TILE_EDGE)
            c.setLineWidth(0.5)
            c.line(x + 9, y + 20, x + tw - 9, y + 20)
            c.setFillColor(INK)
            c.setFont(font, 7.8)
            c.drawString(x + 9, y + 8, f"{t['cmp']}: {fmt_tile(t['v25'], t['fmt'])}")
            c.restoreState()

    note = rl.ParagraphStyle(
        "an",
        parent=r.styles["body"],
        fontSize=7.8,
        leading=10,
        textColor=GREY,
        spaceBefore=5,
        spaceAfter=8,
    )

    def tiles_f(b: Custom) -> list:
        return [Tiles(b.data["tiles"]), Paragraph(escape(ARROW_NOTE), note)]

    bed = rl.ParagraphStyle("bed", parent=r.styles["body"], spaceAfter=3)

    def bedomning(b: Custom) -> list:
        return [Paragraph(f"<b>Bedömning:</b> {escape(b.data['text'])}", bed)]

    r.custom.update(masthead=masthead, tiles=tiles_f, bedomning=bedomning)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

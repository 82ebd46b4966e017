"""Sollentuna, Utbildningsnämnden, tertialrapport 2 2026 (januari–augusti; reportlab, Carlito): an
export from a goal-management system in which every goal is a card. Running header "Sollentuna
kommun" left and "Tertialrapport 2 2026 – Utbildningsnämnden" right above a thin rule; footer
"Utskriftsdatum 2026-09-14" left and "Sida n (m)" right (the print date is not the period). Each
of the five nämndmål is a light grey rounded box: a top band with the goal's title in bold at the
left and at the right a coloured pill (rounded rectangle filled green / amber / red) holding a
white word, the forecast for the year ("Uppfylls", "Uppfylls delvis", "Uppfylls inte"); under the
band a "Kommentar:" paragraph and a small white table Indikator | Period | Utfall | Målvärde |
Föregående period. The year of a value is not in any column heading: it is in the Period cell of
its row ("T2 2026"), and "Föregående period" is the same period a year earlier ("T2 2025"), so
the key gives Utfall to 2026 and Föregående period to 2025. A drift table in mnkr with one decimal
closes the report.

The school-year indicators. The first goal's two indicators are grade results of årskurs 9 and
their Period cell reads "Läsår 2025/26" (the outcome of the school year that ended in June 2026;
"Föregående period" is then läsår 2024/25). They are keyed with Utfall → "2026" and Föregående
period → "2025": a school year's final grades are set in June, inside the report year, and are
reported as that year's outcome (Kolada and Skolverket key årskurs-9 results by the spring term's
year: läsår 2024/25 is "2025"), and the "Föregående period" column is the year before in the same
way as in the other cards. A reader that keys "Läsår 2025/26" as 2025 (the first year printed)
would misplace both values by a year, which is what this row tests."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
N = NumFmt()
MNKR = NumFmt(dec=1)

MUNI = "Sollentuna kommun"
COMMITTEE = "Utbildningsnämnden"
TITLE = "Tertialrapport 2 2026"
HEADER = f"{MUNI}\t{TITLE} – {COMMITTEE}"
FOOTER = "Utskriftsdatum 2026-09-14\tSida {page} ({pages})"

INK = colors.HexColor("#1F2A36")
ACCENT = colors.HexColor("#005A8C")
CARD = colors.HexColor("#F1F2F4")
BAND = colors.HexColor("#E2E5E9")
CARD_EDGE = colors.HexColor("#D3D7DC")
TABLE_HEAD = colors.HexColor("#F6F7F8")
TABLE_RULE = colors.HexColor("#C8CDD3")

PILL = {
    "expected_achieved": ("Uppfylls", colors.HexColor("#2E7D32")),
    "partly": ("Uppfylls delvis", colors.HexColor("#D99A00")),
    "expected_not_achieved": ("Uppfylls inte", colors.HexColor("#C62828")),
}

T2_26, T2_25 = "T2 2026", "T2 2025"
LAS = "Läsår 2025/26"

IND_HEAD = ("Indikator", "Period", "Utfall", "Målvärde", "Föregående period")

# goal title, status, comment, indicators (name, period, utfall, målvärde as printed,
# föregående period, fmt)
GOALS = [
    (
        "Fler elever ska lämna grundskolan med godkända betyg och behörighet till gymnasieskolan",
        "partly",
        "Resultaten i årskurs 9 förbättrades läsåret 2025/26 för andra året i rad. Behörigheten "
        "till yrkesprogram ökade med två procentenheter men når inte målvärdet; skillnaden "
        "mellan skolorna i Tureberg och Edsberg kvarstår. Lovskolan under sommaren gav 14 "
        "elever behörighet i efterhand.",
        [
            ("Andel elever i åk 9 behöriga till yrkesprogram", LAS, 87, "≥ 90 %", 85, PCT),
            ("Genomsnittligt meritvärde i åk 9 (17 ämnen)", LAS, 236.8, "≥ 240", 233.5, DEC1),
        ],
    ),
    (
        "Barn och elever ska känna sig trygga och ha studiero",
        "expected_achieved",
        "Elevenkäten i mars och vårdnadshavarenkäten i förskolan visar fortsatt höga värden. "
        "Antalet anmälningar om kränkande behandling är lägre än under samma period 2025, "
        "främst i årskurs 4–6 där rastvärdar införts på samtliga skolor.",
        [
            ("Andel elever i åk 5 som känner sig trygga i skolan", T2_26, 92, "≥ 90 %", 90, PCT),
            (
                "Andel vårdnadshavare som anser att barnet är tryggt i förskolan",
                T2_26,
                96,
                "≥ 95 %",
                95,
                PCT,
            ),
            ("Antal anmälningar om kränkande behandling", T2_26, 184, "≤ 200", 211, N),
        ],
    ),
    (
        "Elevernas närvaro i grundskolan ska öka",
        "expected_not_achieved",
        "Närvaron har sjunkit jämfört med T2 2025, särskilt i årskurs 7–9. Den problematiska "
        "frånvaron har ökat på fem skolor. Ett gemensamt arbetssätt för tidiga insatser vid "
        "frånvaro införs från höstterminen och följs upp i årsredovisningen.",
        [
            ("Genomsnittlig närvaro i grundskolan", T2_26, 91.6, "≥ 94,0 %", 92.3, PCT1),
            (
                "Antal elever med problematisk frånvaro (över 15 %)",
                T2_26,
                312,
                "≤ 250",
                287,
                N,
            ),
        ],
    ),
    (
        "Nämndens verksamheter ska ha behöriga och engagerade medarbetare",
        "partly",
        "Andelen legitimerade lärare ökar sakta efter rekryteringsinsatserna under våren. "
        "Sjukfrånvaron har minskat och ligger under målvärdet, främst tack vare förskolornas "
        "arbete med hälsofrämjande scheman.",
        [
            ("Andel legitimerade lärare i grundskolan", T2_26, 82, "≥ 85 %", 80, PCT),
            ("Sjukfrånvaro bland medarbetarna", T2_26, 5.9, "≤ 6,0 %", 6.4, PCT1),
        ],
    ),
    (
        "Alla barn ska erbjudas plats i förskolan på önskat datum",
        "expected_achieved",
        "Två nya förskolor i Väsjön har gett fler platser och kön har kortats. Andelen barn "
        "som fick plats på önskat datum når målvärdet och väntetiden är kortare än i fjol.",
        [
            (
                "Andel barn som fått plats på önskat placeringsdatum",
                T2_26,
                82,
                "80 %",
                76,
                PCT,
            ),
            ("Väntetid till förskoleplats, dagar (median)", T2_26, 11, "≤ 12", 14, N),
        ],
    ),
]

# verksamhet, budget 2026, prognos 2026 (mnkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 38.4, 37.9),
    ("Förskola", 612.7, 618.2),
    ("Grundskola och förskoleklass", 1184.3, 1191.6),
    ("Fritidshem", 146.2, 144.8),
    ("Anpassad grundskola", 98.5, 101.9),
    ("Gymnasieskola", 412.6, 409.1),
]

DRIFT_NOTE = "Avvikelse = budget minus prognos (mnkr)"


def period_year(period: str) -> str:
    """The year a Period cell stands for: "T2 2026" → 2026; a school year → its spring year."""
    if period.startswith("Läsår"):
        return "20" + period.split("/")[1]
    return period.split()[-1]


def ind_line(name: str, per: str, u: float, target: str, prev: float, f: NumFmt) -> str:
    return "\t".join([name, per, f(u), target, f(prev)])


def kpi_table() -> Table:
    rows = []
    for _t, _s, _c, inds in GOALS:
        for name, per, u, target, prev, f in inds:
            assert period_year(per) == "2026", per
            rows.append(Row(name, [Raw(per), u, Raw(target), prev], fmt=f))
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Period",)),
            Col(("Utfall",), year="2026"),
            Col(("Målvärde",)),
            Col(("Föregående period",), year="2025"),
        ],
        rows=rows,
        kind="kpi",
    )


def card_words(title: str, status: str, comment: str, inds: list) -> str:
    lines = [title, PILL[status][0], "Kommentar:", comment, "\t".join(IND_HEAD)]
    lines += [ind_line(*i) for i in inds]
    return "\n".join(lines)


def build() -> Doc:
    d = Doc(
        stem="sollentuna-utbildningsnamnden-tertialrapport-2-2026",
        municipality="Sollentuna",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Utbildningsnämnden, tertialrapport 2 2026 (januari–augusti), an export from a "
        "goal-management system (reportlab, Carlito), no title page",
        hard='running header "Sollentuna kommun" left and "Tertialrapport 2 2026 – '
        'Utbildningsnämnden" right above a thin rule, footer "Utskriftsdatum 2026-09-14" left '
        '(a print date in September, not the period) and "Sida 1 (3)" right; every nämndmål a '
        "light grey rounded card: a top band with the goal's title in bold at the left and at "
        "the right a coloured pill (a rounded rectangle filled green / amber / red) with the "
        'forecast as a white word ("Uppfylls", "Uppfylls delvis", "Uppfylls inte"), then a '
        '"Kommentar:" paragraph and a small indicator table Indikator | Period | Utfall | '
        "Målvärde | Föregående period in which no heading names a year: the year is in the "
        'Period cell of each row ("T2 2026"; "Föregående period" is T2 2025), and the first '
        'card\'s two grade indicators have the Period "Läsår 2025/26" (keyed 2026 and 2025, '
        'the spring year); targets "≥ 90 %", "80 %", "≤ 12"; a drift table in mnkr with one '
        "decimal, Budget 2026 | Prognos 2026 | Avvikelse, six verksamheter and Summa",
    )
    n: dict[str, int] = {}
    for _t, s, _c, _i in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"partly": 2, "expected_achieved": 2, "expected_not_achieved": 1}, n
    tot_b = round(sum(b for _n, b, _p in DRIFT), 1)
    tot_p = round(sum(p for _n, _b, p in DRIFT), 1)
    dev = round(tot_b - tot_p, 1)
    assert dev == -10.8, dev

    d.add(Custom("titleblock", {}, words=f"{TITLE}\n{COMMITTEE}"))
    d.h(1, "Sammanfattning")
    d.p(
        "Utbildningsnämnden redovisar i tertialrapporten måluppfyllelse och ekonomi för "
        "perioden januari–augusti 2026. Tryggheten i förskola och skola är fortsatt hög och "
        "fler barn får plats i förskolan på önskat datum. Resultaten i årskurs 9 har "
        "förbättrats men behörigheten till gymnasieskolan når inte målvärdet, och närvaron i "
        "grundskolan har minskat. Av nämndens fem mål bedöms två uppfyllas, två uppfyllas "
        "delvis och ett inte uppfyllas vid årets slut. Prognosen för helåret är ett underskott "
        "om 10,8 mnkr, främst inom grundskolan och förskolan."
    )
    d.h(1, "Nämndens mål")
    d.p(
        "Bedömningen avser prognosen för helåret 2026. Indikatorernas utfall avser den period "
        "som anges i kolumnen Period; föregående period är motsvarande period året innan.",
        "small",
    )
    for title, status, comment, inds in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "card",
                {"goal": (title, status, comment, inds)},
                words=card_words(title, status, comment, inds),
            )
        )
    # the key's KPIs: all cards' indicator rows as one table (not drawn)
    d.add(Custom("kpis", {"table": kpi_table()}))

    d.h(1, "Ekonomisk uppföljning")
    d.p(
        "Nämnden prognostiserar ett underskott om 10,8 mnkr för helåret. Förskolan har fler "
        "barn än budgeterat och grundskolan har ökade kostnader för skolskjuts och "
        "tilläggsbelopp. Anpassad grundskola har fler elever än planerat. Gymnasieskolan och "
        "fritidshemmen visar överskott."
    )
    rows = [Row(name, [b, p, round(b - p, 1)]) for name, b, p in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_p, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[Col(("Budget 2026",)), Col(("Prognos 2026",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet (mnkr)",
            note=DRIFT_NOTE,
            fmt=MNKR,
            label_width=2.6,
        )
    )
    d.p(
        "Nämnden har beslutat om åtgärder för att minska underskottet under hösten, bland "
        "annat en översyn av skolskjutsorganisationen och ett anställningsstopp för "
        "administrativa tjänster."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm)
    font = "Carlito"
    o = {
        "font": font,
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "color": INK,
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": TABLE_HEAD,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.45 * rl.cm
        c.setFillColor(colors.HexColor("#3A4654"))
        c.setFont(f"{font}-Bold", 9)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 9)
        c.drawRightString(A4[0] - rgt, y, f"{TITLE} – {COMMITTEE}")
        c.setStrokeColor(colors.HexColor("#9AA3AD"))
        c.setLineWidth(0.5)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#5C6672"))
        c.drawString(lft, fy, "Utskriftsdatum 2026-09-14")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} ({pages})")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def titleblock(_b: Custom) -> list:
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=22, leading=27, textColor=ACCENT, spaceAfter=0
        )
        sub = rl.ParagraphStyle(
            "s", parent=r.styles["subtitle"], fontSize=14, leading=18, textColor=INK, spaceAfter=6
        )
        return [Paragraph(TITLE, big), Paragraph(COMMITTEE, sub), rl.Spacer(1, 4)]

    gtitle = rl.ParagraphStyle(
        "gt",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=11,
        leading=13.5,
        spaceAfter=0,
    )
    klab = rl.ParagraphStyle(
        "kl",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=9.5,
        leading=12,
        spaceAfter=0,
    )
    ktext = rl.ParagraphStyle("kt", parent=r.styles["body"], fontSize=9.5, leading=12.5)
    tcell = rl.ParagraphStyle("tc", parent=r.styles["cell"], fontSize=8.8, leading=10.5)
    tcellr = rl.ParagraphStyle("tcr", parent=tcell, alignment=2)
    thead = rl.ParagraphStyle("th", parent=tcell, fontName=f"{font}-Bold")
    theadr = rl.ParagraphStyle("thr", parent=thead, alignment=2)

    PAD = 8  # noqa: N806
    PILL_H = 15  # noqa: N806
    PILL_FONT, PILL_SIZE = f"{font}-Bold", 9  # noqa: N806

    class Card(Flowable):
        """A rounded grey box: a band with the title and a status pill, a comment, a table."""

        def __init__(self, title: str, status: str, comment: str, inds: list) -> None:
            super().__init__()
            self.status = status
            self.word, self.color = PILL[status]
            self.pw = rl.sw(self.word, PILL_FONT, PILL_SIZE) + 16
            self.title = Paragraph(escape(title), gtitle)
            self.klab = Paragraph("Kommentar:", klab)
            self.ktext = Paragraph(escape(comment), ktext)
            data = [[Paragraph(h, thead if j < 2 else theadr) for j, h in enumerate(IND_HEAD)]]
            for name, per, u, target, prev, f in inds:
                data.append(
                    [
                        Paragraph(escape(name), tcell),
                        Paragraph(escape(per), tcell),
                        Paragraph(escape(f(u)), tcellr),
                        Paragraph(escape(target), tcellr),
                        Paragraph(escape(f(prev)), tcellr),
                    ]
                )
            iw = W - 2 * PAD
            widths = [0.44, 0.15, 0.11, 0.13, 0.17]
            self.tbl = rl.RLTable(
                data,
                colWidths=[w * iw for w in widths],
                style=rl.TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("BACKGROUND", (0, 0), (-1, -1), colors.white),
                        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEAD),
                        ("BOX", (0, 0), (-1, -1), 0.5, TABLE_RULE),
                        ("LINEBELOW", (0, 0), (-1, -2), 0.4, TABLE_RULE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                ),
                hAlign="LEFT",
            )

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            iw = aw - 2 * PAD
            _w, self.th = self.title.wrap(iw - self.pw - 12, ah)
            self.band = max(self.th, PILL_H) + 2 * 6
            _w, self.klh = self.klab.wrap(iw, ah)
            _w, self.kth = self.ktext.wrap(iw, ah)
            _w, self.tbh = self.tbl.wrap(iw, ah)
            self.width = aw
            self.height = self.band + 6 + self.klh + 1 + self.kth + 4 + self.tbh + PAD
            return aw, self.height + 10  # space after the card

        def draw(self) -> None:
            c = self.canv
            h, w = self.height, self.width
            y0 = 10
            c.saveState()
            c.setFillColor(CARD)
            c.setStrokeColor(CARD_EDGE)
            c.setLineWidth(0.6)
            c.roundRect(0, y0, w, h, 6, stroke=1, fill=1)
            # the band: rounded at the top only (a rounded rect plus a square lower half)
            bt = y0 + h - self.band
            p = c.beginPath()
            p.roundRect(0, bt, w, self.band, 6)
            c.setFillColor(BAND)
            c.drawPath(p, stroke=0, fill=1)
            c.rect(0, bt, w, self.band / 2, stroke=0, fill=1)
            c.setStrokeColor(CARD_EDGE)
            c.line(0, bt, w, bt)
            c.roundRect(0, y0, w, h, 6, stroke=1, fill=0)
            # title, vertically centred in the band
            self.title.drawOn(c, PAD, bt + (self.band - self.th) / 2)
            # the pill
            px = w - PAD - self.pw
            py = bt + (self.band - PILL_H) / 2
            c.setFillColor(self.color)
            c.roundRect(px, py, self.pw, PILL_H, PILL_H / 2, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont(PILL_FONT, PILL_SIZE)
            c.drawCentredString(px + self.pw / 2, py + (PILL_H - PILL_SIZE * 0.68) / 2, self.word)
            c.restoreState()
            y = bt - 6 - self.klh
            self.klab.drawOn(c, PAD, y)
            y -= 1 + self.kth
            self.ktext.drawOn(c, PAD, y)
            y -= 4 + self.tbh
            self.tbl.drawOn(c, PAD, y)

    def card(b: Custom) -> list:
        return [Card(*b.data["goal"])]

    def kpis(_b: Custom) -> list:
        return []

    r.custom.update(titleblock=titleblock, card=card, kpis=kpis)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

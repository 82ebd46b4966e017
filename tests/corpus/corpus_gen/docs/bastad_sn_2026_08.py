"""Båstad, Socialnämnden, månadsrapport augusti 2026 (reportlab, Liberation Sans): a portrait
report around one landscape page that holds the volume and key-ratio table with ONE COLUMN PER
MONTH (Nyckeltal | Jan | Feb | … | Aug | Ack. 2026 | Ack. 2025 | Mål 2026). The month columns
are not years; the year values are the two "Ack." columns (the period januari–augusti, a sum for
counts, the average of the months for shares and households). The goals are not assessed one by
one beside their titles: they are listed under three sub-headings that carry the forecast
("Mål som bedöms uppnås", "… delvis uppnås", "… inte uppnås"), each goal a bullet with its
bold title and a comment, so a goal's status is only the heading of its group."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
BLUE = colors.HexColor("#00558C")
HEAD_BG = colors.HexColor("#E3EEF6")
HEADER_L = "Båstads kommun · Socialnämnden"
HEADER_R = "Månadsrapport augusti 2026"
FOOTER = "Sida {page} av {pages}"

GROUPS = [
    (
        "Mål som bedöms uppnås",
        "expected_achieved",
        [
            (
                "Barn och unga som behöver placeras ska i första hand placeras i familjehem",
                "Vårddygnen i familjehem har ökat med 9 procent jämfört med samma period 2025 "
                "medan vårddygnen på HVB för barn och unga har minskat med 16 procent. Två nya "
                "familjehem har rekryterats under sommaren tillsammans med Ängelholms kommun.",
            ),
            (
                "Handläggningen av ekonomiskt bistånd ska vara snabb och rättssäker",
                "I genomsnitt har 92 procent av besluten fattats inom 14 dagar från komplett "
                "ansökan, vilket är över målvärdet 90 procent. Den digitala ansökan används nu av "
                "sju av tio hushåll.",
            ),
        ],
    ),
    (
        "Mål som bedöms delvis uppnås",
        "partly",
        [
            (
                "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier",
                "Arbetsmarknadsenheten har under perioden haft 64 deltagare med försörjningsstöd, "
                "och 23 av dem har gått vidare till arbete eller studier. Antalet hushåll med "
                "bistånd har samtidigt ökat, främst bland hushåll som väntar på ersättning från "
                "Försäkringskassan.",
            ),
            (
                "Utredningar om barn och unga ska bli klara inom lagstadgad tid",
                "Andelen utredningar som blir klara inom 120 dagar har ökat från 77 till 84 "
                "procent men når inte målvärdet 90 procent. Vakanser under våren har gett längre "
                "handläggningstider; enheten är fullt bemannad sedan augusti.",
            ),
        ],
    ),
    (
        "Mål som bedöms inte uppnås",
        "expected_not_achieved",
        [
            (
                "Sjukfrånvaron bland nämndens medarbetare ska minska",
                "Sjukfrånvaron har i genomsnitt varit 7,6 procent under perioden, högre än samma "
                "period 2025. Den höga frånvaron under vintermånaderna gör att målvärdet 6,5 "
                "procent inte bedöms kunna nås under året.",
            ),
        ],
    ),
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug"]

# name, monthly values jan–aug (None: not yet reported), how Ack. is formed, Ack. 2025,
# target as printed, format
VOLUMES = [
    ("Antal hushåll med ekonomiskt bistånd", [162, 158, 165, 161, 157, 163, 171, 168],
     "avg", 151, "≤ 155", N),
    ("Utbetalt ekonomiskt bistånd, tkr", [1412, 1365, 1448, 1401, 1377, 1436, 1502, 1468],
     "sum", 10794, "–", N),
    ("Antal vårddygn HVB, barn och unga", [217, 196, 210, 188, 186, 174, 181, 168],
     "sum", 1812, "≤ 1 500", N),
    ("Antal vårddygn HVB, vuxna", [124, 112, 118, 96, 93, 90, 101, 87], "sum", 1034, "–", N),
    ("Antal vårddygn i familjehem", [589, 532, 601, 594, 618, 600, 627, 633],
     "sum", 4418, "–", N),
    ("Antal orosanmälningar, barn och unga", [71, 64, 78, 69, 82, 58, 44, 61], "sum", 493, "–", N),
    ("Andel beslut om ekonomiskt bistånd inom 14 dagar, %", [91, 93, 89, 94, 95, 92, 88, 93],
     "avg", 86, "≥ 90", N),
    ("Andel utredningar barn och unga klara inom 120 dagar, %",
     [84, 88, 79, 91, 86, 83, 80, None], "avg", 77, "≥ 90", N),
    ("Sjukfrånvaro, %", [9.8, 10.4, 8.9, 7.6, 7.1, 5.9, 4.8, 6.2], "avg", 7.2, "≤ 6,5", DEC1),
]  # fmt: skip

DRIFT = [
    ("Nämnd och förvaltningsledning", 9_850, 6_310, 9_700),
    ("Barn och familj", 38_400, 27_960, 40_200),
    ("Vuxen och beroende", 16_900, 10_640, 16_300),
    ("Ekonomiskt bistånd", 19_600, 14_020, 21_000),
    ("Arbetsmarknad och integration", 11_250, 7_180, 10_950),
]


def ack(vals: list, how: str, fmt: NumFmt) -> float | int:
    got = [v for v in vals if v is not None]
    if how == "sum":
        return sum(got)
    mean = sum(got) / len(got)
    return round(mean, fmt.dec) if fmt.dec else int(round(mean))


def build() -> Doc:
    d = Doc(
        stem="bastad-socialnamnden-manadsrapport-2026-08",
        municipality="Båstad",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Månadsrapport augusti 2026",
        engine="reportlab",
        what="Socialnämnden, månadsrapport augusti 2026 (reportlab, Liberation Sans), portrait "
        "pages around one landscape page with the volume table, no title page",
        hard="the volume and key-ratio table has one column per month, Nyckeltal | Jan | Feb | "
        "Mar | Apr | Maj | Jun | Jul | Aug | Ack. 2026 | Ack. 2025 | Mål 2026, on a landscape page "
        "(842 × 595) between portrait pages: eight month columns of bare numbers that are not "
        'year values, then the year values in the two "Ack." columns (januari–augusti; a sum '
        "of the months for counts and vårddygn, the average of the months for households and "
        "shares, as a note under the table says), one month a dash (a figure not yet reported, "
        'its Ack. the average of seven months), percentages without "%" (the unit ", %" at '
        'the end of the name), targets "≤ 155", "≥ 90", "–"; the five goals are not '
        "assessed beside their titles but listed under three sub-headings that carry the "
        'forecast ("Mål som bedöms uppnås" / "Mål som bedöms delvis uppnås" / "Mål som '
        'bedöms inte uppnås"), each goal a bullet with its bold title and a comment paragraph, '
        "so a goal's status is only the heading of its group; a drift table Budget 2026 | "
        "Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa "
        'row; the municipality as "Båstads kommun" in the masthead and the running header',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Båstads kommun\nMånadsrapport augusti 2026\nSocialnämnden\n"
            "Dnr SN 2026/118 · Socialnämndens sammanträde 2026-09-23",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden redovisar i denna månadsrapport utfallet för perioden januari–augusti "
        "2026 och en prognos för helåret. Prognosen är ett underskott om 2 150 tkr, vilket är "
        "350 tkr bättre än i julirapporten. Underskottet finns inom barn och familj och inom "
        "ekonomiskt bistånd, medan vuxen och beroende samt arbetsmarknad och integration "
        "prognostiserar överskott."
    )
    d.p(
        "Antalet hushåll med ekonomiskt bistånd har ökat jämfört med samma period 2025, medan "
        "vårddygnen på HVB fortsätter att minska. Av nämndens fem mål bedöms två uppnås, två "
        "delvis uppnås och ett inte uppnås vid årets slut."
    )
    d.h(1, "Ekonomi", "2")
    d.p(
        "Barn och familj prognostiserar ett underskott om 1 800 tkr. Vårddygnen på HVB har "
        "minskat, men två placeringar med förstärkt familjehem och en placering enligt LVU på "
        "särskilt ungdomshem under våren har gett höga kostnader. Ekonomiskt bistånd "
        "prognostiserar ett underskott om 1 400 tkr till följd av fler hushåll och högre "
        "kostnader för boende."
    )
    d.p(
        "Vuxen och beroende har färre vårddygn på HVB än budgeterat och prognostiserar ett "
        "överskott om 600 tkr. Arbetsmarknad och integration har fått ett högre statsbidrag för "
        "extratjänster än beräknat."
    )
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot[0] - tot[2] == -2_150, tot
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
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
            caption="Tabell 1. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos. Negativt belopp innebär ett underskott.",
            label_width=2.8,
        )
    )
    d.p(
        "Nämnden fortsätter arbetet med den åtgärdsplan som beslutades i april. Åtgärderna "
        "omfattar bland annat en översyn av samtliga externa placeringar, en tätare uppföljning "
        "av hushåll med långvarigt bistånd och ett vakansprövningsförfarande vid rekrytering."
    )
    d.add(Custom("landscape", {}))
    d.h(1, "Volymer och nyckeltal per månad", "3")
    d.p(
        "Tabellen visar utfallet månad för månad under 2026. Kolumnerna Ack. 2026 och Ack. 2025 "
        "avser perioden januari–augusti respektive år."
    )
    kcols = [Col((m,), year=None, width=0.78) for m in MONTHS] + [
        Col(("Ack. 2026",), year="2026", width=1.0),
        Col(("Ack. 2025",), year="2025", width=1.0),
        Col(("Mål 2026",), year=None, width=0.95),
    ]
    krows = []
    for name, vals, how, a25, target, fmt in VOLUMES:
        cells = [Raw("–") if v is None else v for v in vals]
        krows.append(Row(name, [*cells, ack(vals, how, fmt), a25, Raw(target)], fmt=fmt))
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=kcols,
            rows=krows,
            kind="kpi",
            caption="Tabell 2. Volymer och nyckeltal januari–augusti 2026",
            note="Ack. = januari–augusti. För antal vårddygn, orosanmälningar och utbetalt "
            "bistånd är Ack. summan av månaderna; för antal hushåll och för andelarna är Ack. "
            "genomsnittet per månad. – = uppgiften för augusti redovisas i nästa månadsrapport; "
            "Ack. 2026 avser då januari–juli.",
            label_width=4.4,
        )
    )
    d.p(
        "Antalet hushåll med ekonomiskt bistånd har legat över målvärdet hela perioden och ökade "
        "under sommarmånaderna. Utbetalt bistånd var 11 409 tkr under perioden, 6 procent mer "
        "än samma period 2025. Vårddygnen på HVB för barn och unga har i stort sett minskat "
        "sedan mars, och antalet orosanmälningar följer samma mönster som tidigare år med färre "
        "anmälningar under sommarlovet."
    )
    d.add(Custom("portrait", {}))
    d.h(1, "Måluppfyllelse", "4")
    d.p(
        "Nämnden har fem mål för 2026. Målen redovisas nedan grupperade efter nämndens "
        "prognos för måluppfyllelsen vid årets slut."
    )
    for head, status, goals in GROUPS:
        d.h(2, head)
        for title, comment in goals:
            d.goal(title, status)
            d.add(Custom("goal", {"title": title, "comment": comment}, words=f"{title}\n{comment}"))
    d.h(1, "Personal", "5")
    d.p(
        "Sjukfrånvaron var hög under vintern, främst inom barn och familj, och har minskat "
        "under sommaren. Förvaltningen har tillsammans med företagshälsovården påbörjat en "
        "riktad insats för de arbetsgrupper som har högst korttidsfrånvaro."
    )
    assert sum(VOLUMES[1][1]) == 11_409
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 13.5, 2: 11, 3: 10},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": (2.0 * rl.cm,) * 4,
    }
    r = rl.RLDoc(doc, o)
    margin = 2.0 * rl.cm
    PW, PH = A4
    LW, LH = landscape(A4)

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26,
                                spaceAfter=2)  # fmt: skip
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph("Båstads kommun", logo),
            Spacer(1, 16),
            Paragraph("Månadsrapport augusti 2026", big),
            Paragraph("Socialnämnden", sub),
            r.para("Dnr SN 2026/118 · Socialnämndens sammanträde 2026-09-23", "meta"),
            Spacer(1, 6),
        ]

    def to_landscape(_b: Custom) -> list:
        return [NextPageTemplate("land"), PageBreak()]

    def to_portrait(_b: Custom) -> list:
        return [NextPageTemplate("port"), PageBreak()]

    bullet = rl.ParagraphStyle(
        "gb", parent=r.styles["body"], fontName="LiberationSans-Bold", leftIndent=14,
        bulletIndent=2, spaceAfter=1, bulletFontName="LiberationSans",
    )  # fmt: skip
    comment = rl.ParagraphStyle("gc", parent=r.styles["body"], leftIndent=14, spaceAfter=7)

    def goal(b: Custom) -> list:
        return [
            KeepTogether(
                [
                    Paragraph(escape(b.data["title"]), bullet, bulletText="•"),
                    Paragraph(escape(b.data["comment"]), comment),
                ]
            )
        ]

    r.custom.update(masthead=masthead, landscape=to_landscape, portrait=to_portrait, goal=goal)

    story = []
    for blk in doc.blocks:
        if isinstance(blk, Table) and blk.kind == "kpi":
            story += r.table(blk, LW - 2 * margin)
        else:
            story += r.block(blk)

    def furniture(c, page: int, pages: int, _flags: dict) -> None:
        w, h = c._pagesize
        c.setFont("LiberationSans", 8)
        c.setFillColor(colors.HexColor("#404040"))
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        y = h - 1.3 * rl.cm
        c.drawString(margin, y, HEADER_L)
        c.drawRightString(w - margin, y, HEADER_R)
        c.line(margin, y - 4, w - margin, y - 4)
        c.drawRightString(w - margin, 1.1 * rl.cm, FOOTER.format(page=page, pages=pages))

    def frame(w: float, h: float) -> Frame:
        return Frame(margin, margin, w - 2 * margin, h - margin - 2.1 * rl.cm,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    path = out / f"{doc.stem}.pdf"
    dt = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Månadsrapport augusti 2026 – Socialnämnden",
        author="Båstads kommun",
        creator="",
        subject="",
        invariant=1,
    )
    dt.addPageTemplates(
        [
            PageTemplate(id="port", frames=[frame(PW, PH)], pagesize=A4),
            PageTemplate(id="land", frames=[frame(LW, LH)], pagesize=(LW, LH)),
        ]
    )
    dt.build(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

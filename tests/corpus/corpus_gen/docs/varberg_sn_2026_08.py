"""Varberg, Socialnämnden, delårsrapport januari–augusti 2026 as a DRAFT (reportlab, Carlito), the
version sent to the committee before it is adopted.

Every page carries a large diagonal watermark "UTKAST" (80 pt, light grey, rotated 45°, drawn
across the middle of the page after the body text, so it lies over the text as a real draft's
watermark does; it is a text object in the text layer, each letter at its own height). Every
page has a main column on the left (about two thirds of the width) and a narrow shaded box on the
right, "I korthet", with three or four short facts of that page's subject ("Antal placerade
barn: 112", "Ekonomiskt bistånd: 1 143 hushåll", "Avvikelse mot budget: −7,3 mnkr"). The six
nämndmål are headings, each followed by its assessment in a sentence of its own ("Målet är
uppfyllt." / "Målet är delvis uppfyllt." / "Målet är inte uppfyllt."), then an analysis; one KPI
table per goal area (Indikator | Jan–aug 2025 | Jan–aug 2026 | Mål 2026) and a drift table
(Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse, tkr, budget minus prognos). Running
header "Varbergs kommun · Socialnämnden · Delårsrapport 2026", footer "UTKAST 2026-09-04 · Sida n
av m" (the draft's date, in September, is not the period).

Decisions of the key:

- The sidebar facts are not KPIs of the key. They are snapshot figures and volumes with one value
  each, no year or period column, no comparison and no target ("Antal placerade barn: 112" is the
  number on 31 August); they are not indicators of the nämndmål, and the key's KPIs are the rows
  of the indicator tables only. A reader that lists them as KPIs adds values the key does not
  have (they cost precision, not recall). The money in the last box repeats the drift table's
  sums in mnkr and is not a finance row either.
- "Målet är uppfyllt." in an interim report is read as the forecast for the year: the text above
  the goals says that the assessment is the committee's assessment of the whole year 2026 made on
  the outcome of January–August ("Bedömningen avser helåret 2026 ..."). So "uppfyllt" →
  `expected_achieved`, "inte uppfyllt" → `expected_not_achieved`, "delvis uppfyllt" → `partly`,
  as the corpus reads forecasts in every interim report.
- The watermark and the footer's "UTKAST" are page furniture, not text of the report.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Frame, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N = NumFmt()

MUNI = "Varbergs kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
HEADER = "Varbergs kommun · Socialnämnden · Delårsrapport 2026"
FOOTER = "UTKAST 2026-09-04 · Sida {page} av {pages}"
WATERMARK = "UTKAST"

INK = colors.HexColor("#1E1E1E")
BLUE = colors.HexColor("#00507A")
SIDE_BG = colors.HexColor("#E4EEF3")
SIDE_EDGE = colors.HexColor("#A9C3D1")

STATUS_SENTENCE = {
    "expected_achieved": "Målet är uppfyllt.",
    "partly": "Målet är delvis uppfyllt.",
    "expected_not_achieved": "Målet är inte uppfyllt.",
}

KCOLS = [
    Col(("Jan–aug 2025",), year="2025"),
    Col(("Jan–aug 2026",), year="2026"),
    Col(("Mål 2026",), year=None),
]

# number, goal area, [(goal, status, analysis)], [(indicator, 2025, 2026, target, fmt)]
AREAS = [
    (
        "3.1",
        "Barn och unga",
        [
            (
                "Fler barn och unga ska få stöd i hemmet genom öppenvård i stället för placering",
                "partly",
                "Öppenvården har byggts ut med ett nytt team för intensivt stöd i hemmet, och "
                "334 barn och unga har haft en insats i öppenvård under perioden. Antalet "
                "vårddygn på HVB har minskat och en större andel av de placerade barnen bor i "
                "familjehem. Antalet placerade barn har däremot inte minskat jämfört med "
                "årsskiftet, och kostnaderna för köpt vård är fortsatt höga.",
            ),
            (
                "Utredningar om barn och unga ska vara klara inom lagstadgad tid",
                "expected_achieved",
                "93 procent av utredningarna avslutades inom 120 dagar, jämfört med 81 procent "
                "under samma period 2025. Förbättringen beror på att mottagningsgruppen har "
                "varit fullt bemannad och att inflödet av orosanmälningar har fördelats jämnare "
                "mellan grupperna.",
            ),
        ],
        [
            ("Andel utredningar barn och unga klara inom 120 dagar", 81, 93, "≥ 90 %", PCT),
            ("Antal barn och unga med insats i öppenvård", 287, 334, "≥ 320", N),
            ("Vårddygn på HVB, barn och unga", 6840, 5910, "≤ 6 000", N),
            ("Andel placerade barn i familjehem", 64, 70, "≥ 70 %", PCT),
        ],
    ),
    (
        "3.2",
        "Vuxna och försörjning",
        [
            (
                "Fler hushåll med ekonomiskt bistånd ska nå egen försörjning",
                "expected_not_achieved",
                "Färre hushåll har lämnat ekonomiskt bistånd för arbete eller studier än under "
                "samma period förra året. Arbetsmarknaden i Halland har försvagats och det är "
                "främst personer med kort utbildning som har svårt att få anställning. Andelen "
                "hushåll med långvarigt bistånd har ökat, och det genomsnittliga utbetalda "
                "beloppet per hushåll är högre än 2025.",
            ),
            (
                "Personer med missbruk eller beroende ska snabbt få stöd",
                "expected_achieved",
                "Beroendemottagningen har infört drop-in två eftermiddagar i veckan. Väntetiden "
                "till ett första samtal har kortats till i genomsnitt sex dagar, och samtliga "
                "som sökt stöd har erbjudits en första tid inom två veckor.",
            ),
        ],
        [
            (
                "Andel hushåll som gått från ekonomiskt bistånd till egen försörjning",
                24,
                19,
                "≥ 28 %",
                PCT,
            ),
            ("Andel hushåll med långvarigt ekonomiskt bistånd", 34.1, 36.6, "≤ 33,0 %", PCT1),
            ("Utbetalt ekonomiskt bistånd per hushåll och månad, kr", 9420, 9860, "–", N),
            ("Väntetid till första samtal på beroendemottagningen, dagar", 9, 6, "≤ 7", N),
        ],
    ),
    (
        "3.3",
        "Medarbetare och ekonomi",
        [
            (
                "Sjukfrånvaron bland medarbetarna ska minska",
                "partly",
                "Sjukfrånvaron har minskat jämfört med samma period 2025 men är fortfarande "
                "högre än målvärdet. Den korta sjukfrånvaron har minskat mest. "
                "Personalomsättningen bland socialsekreterare har sjunkit efter den nya "
                "introduktionen för nyanställda.",
            ),
            (
                "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
                "expected_not_achieved",
                "Prognosen för helåret är ett underskott om 7\u00a0300\u00a0tkr. Underskottet finns inom "
                "barn och familj och ekonomiskt bistånd och vägs bara delvis upp av överskott "
                "inom arbetsmarknad och integration. Se avsnitt 4.",
            ),
        ],
        [
            ("Sjukfrånvaro bland medarbetarna", 8.1, 7.4, "≤ 7,0 %", PCT1),
            ("Personalomsättning bland socialsekreterare", 21, 16, "≤ 15 %", PCT),
            ("Andel socialsekreterare med minst tre års erfarenhet", 48, 53, "≥ 55 %", PCT),
        ],
    ),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 24_600, 15_820, 24_100),
    ("Barn och familj", 168_400, 118_260, 176_900),
    ("Vuxen och beroende", 92_300, 60_410, 91_200),
    ("Ekonomiskt bistånd", 78_900, 55_370, 82_700),
    ("Socialpsykiatri", 61_200, 40_130, 60_400),
    ("Arbetsmarknad och integration", 38_700, 23_880, 36_100),
]
TOT = [sum(x[j] for x in DRIFT) for j in (1, 2, 3)]
assert TOT == [464_100, 313_870, 471_400], TOT

# "I korthet" on each page, in page order (facts, not KPIs: see the module docstring)
SIDEBAR = [
    [
        ("Antal placerade barn", "112"),
        ("Ekonomiskt bistånd", "1 143 hushåll"),
        ("Orosanmälningar jan–aug", "2 486"),
        ("Årsarbetare", "548"),
    ],
    [
        ("Nya ärenden på beroendemottagningen", "214"),
        ("Personer med boendestöd", "231"),
        ("Platser i daglig sysselsättning", "96"),
    ],
    [
        ("Nettobudget 2026", "464,1 mnkr"),
        ("Utfall jan–aug", "313,9 mnkr"),
        ("Prognos helår", "471,4 mnkr"),
        ("Avvikelse mot budget", "−7,3 mnkr"),
    ],
]
SIDE_HEAD = "I korthet"


def sidebar_words(i: int) -> str:
    return "\n".join([SIDE_HEAD] + [f"{k}: {v}" for k, v in SIDEBAR[i]])


def kpi_table(area: str, inds: list) -> Table:
    rows = [Row(name, [v25, v26, Raw(t)], fmt=f) for name, v25, v26, t, f in inds]
    return Table(
        label_head=("Indikator",),
        cols=KCOLS,
        rows=rows,
        kind="kpi",
        caption=f"Indikatorer – {area}",
        label_width=3.3,
    )


def build() -> Doc:
    d = Doc(
        stem="varberg-socialnamnden-delarsrapport-2026-08",
        municipality="Varberg",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 as a draft sent to the committee "
        "before it is adopted (reportlab, Carlito), no title page",
        hard='a large diagonal watermark "UTKAST" (80 pt, light grey, rotated 45°) drawn across '
        "the middle of every page after the body text, so it lies over the text and its "
        "letters are text objects each at its own height; every page split into a main column "
        '(two thirds) and a narrow shaded sidebar box "I korthet" with three or four facts '
        '("Antal placerade barn: 112", "Ekonomiskt bistånd: 1 143 hushåll", "Avvikelse mot '
        'budget: −7,3 mnkr") that are not KPIs of the key; six goals as headings, each assessed '
        'in a sentence of its own below ("Målet är uppfyllt." / "Målet är delvis uppfyllt." / '
        '"Målet är inte uppfyllt.", read as forecasts because the text says the assessment is '
        "for the whole year); a KPI table per goal area Indikator | Jan–aug 2025 | Jan–aug 2026 "
        "| Mål 2026; a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse "
        '(tkr, budget minus prognos); header "Varbergs kommun · Socialnämnden · Delårsrapport '
        '2026", footer "UTKAST 2026-09-04 · Sida n av m"',
    )
    d.options["pdf_title"] = "Delårsrapport januari–augusti 2026 – Socialnämnden (utkast)"

    # ---------------------------------------------------------------- page 1
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Utkast till socialnämndens sammanträde den 22 september 2026",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Socialnämnden redovisar i delårsrapporten verksamhet, måluppfyllelse och ekonomi för "
        "perioden januari–augusti 2026. Utredningstiderna inom barn och unga har kortats och "
        "väntetiden till beroendemottagningen är kortare än någonsin. Samtidigt har fler "
        "hushåll behövt ekonomiskt bistånd under längre tid, och kostnaderna för placeringar "
        "av barn och unga är fortsatt höga."
    )
    d.p(
        "Av nämndens sex mål är två uppfyllda, två delvis uppfyllda och två inte uppfyllda. "
        "Prognosen för helåret är ett underskott om 7\u00a0300\u00a0tkr, motsvarande 1,6 procent av "
        "nettobudgeten."
    )
    d.h(1, "Viktiga händelser under perioden", num="2")
    d.bullets(
        "Ett team för intensivt stöd i hemmet startade i februari inom barn och familj.",
        "Beroendemottagningen införde drop-in på tisdagar och torsdagar från april.",
        "Nämnden beslutade i maj om en handlingsplan för att minska kostnaderna för köpt vård.",
    )
    d.h(1, "Mål och måluppfyllelse", num="3")
    d.p(
        "Nämnden har sex mål inom tre målområden. Bedömningen avser helåret 2026 och görs "
        "utifrån utfallet för januari–augusti. Indikatorerna redovisas per målområde."
    )
    pages: list[list] = [[], [], []]  # blocks after page 1's intro, per page
    a1, a2, a3 = AREAS
    pages[0].append(a1)
    pages[1].extend([a2, a3])

    def area_blocks(area: tuple) -> None:
        num, name, goals, inds = area
        d.h(2, name, num=num)
        for title, status, analysis in goals:
            d.goal(title, status)
            d.h(3, title, toc=False)
            d.p(STATUS_SENTENCE[status], "status")
            d.p(analysis)
        d.table(kpi_table(name, inds))

    for area in pages[0]:
        area_blocks(area)
    d.add(Custom("sidebar", {"page": 0}, words=sidebar_words(0)))
    d.page_break()

    # ---------------------------------------------------------------- page 2
    for area in pages[1]:
        area_blocks(area)
    d.add(Custom("sidebar", {"page": 1}, words=sidebar_words(1)))
    d.page_break()

    # ---------------------------------------------------------------- page 3
    d.h(1, "Ekonomi", num="4")
    d.p(
        "Nämndens nettobudget för 2026 är 464\u00a0100\u00a0tkr. Utfallet för januari–augusti är "
        "313\u00a0870\u00a0tkr och prognosen för helåret 471\u00a0400\u00a0tkr, ett underskott om 7\u00a0300\u00a0tkr."
    )
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    rows.append(Row("Summa socialnämnden", [*TOT, TOT[0] - TOT[2]], total=True))
    assert TOT[0] - TOT[2] == -7_300
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
            caption="Driftredovisning per verksamhet, tkr",
            note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott.",
            label_width=2.7,
        )
    )
    d.h(2, "Kommentarer till prognosen", num="4.1")
    d.p(
        "Barn och familj prognostiserar ett underskott om 8\u00a0500\u00a0tkr. Antalet placerade barn är "
        "högre än budgeterat och flera placeringar har krävt köpt vård med förstärkning. "
        "Handlingsplanen för köpt vård väntas ge effekt först under 2027."
    )
    d.p(
        "Ekonomiskt bistånd prognostiserar ett underskott om 3\u00a0800\u00a0tkr, som följer av fler "
        "hushåll med långvarigt bistånd och högre hyror. Arbetsmarknad och integration visar "
        "ett överskott om 2\u00a0600\u00a0tkr, främst genom vakanser och högre statsbidrag än beräknat. "
        "Vuxen och beroende, socialpsykiatrin och förvaltningsledningen visar tillsammans ett "
        "överskott om 2\u00a0400\u00a0tkr."
    )
    d.h(1, "Framtid", num="5")
    d.p(
        "Inför 2027 behöver nämnden fortsätta flytta insatser från placering till öppenvård och "
        "samarbeta närmare med arbetsmarknadsenheten för att fler hushåll ska nå egen "
        "försörjning. Den nya socialtjänstlagen ställer krav på mer förebyggande arbete, vilket "
        "beaktas i nämndens verksamhetsplan för 2027."
    )
    d.add(Custom("sidebar", {"page": 2}, words=sidebar_words(2)))
    assert sum(b - p for _n, b, _u, p in DRIFT if b - p > 0) == 500 + 1100 + 800 + 2600
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    font = "Carlito"
    top, bottom, lft = 2.3 * rl.cm, 2.1 * rl.cm, 2.0 * rl.cm
    right_edge = A4[0] - 1.8 * rl.cm
    side_w = 4.6 * rl.cm
    gap = 0.6 * rl.cm
    main_w = right_edge - lft - side_w - gap  # about two thirds of the text width
    side_x = right_edge - side_w
    o = {
        "font": font,
        "size": 10,
        "leading": 12.6,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#EEF3F6"),
        "margins": (top, bottom, lft, A4[0] - lft - main_w),
        "para_space": 4,
    }
    r = rl.RLDoc(doc, o)
    r.styles["status"] = rl.ParagraphStyle(
        "st", parent=r.styles["body"], fontName=f"{font}-Italic", spaceAfter=2
    )
    r.styles["h3"] = rl.ParagraphStyle(
        "h3v", parent=r.styles["h3"], textColor=INK, spaceBefore=7, spaceAfter=2
    )
    assert abs(r.frame_width() - main_w) < 0.01

    side_head = rl.ParagraphStyle(
        "sh",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=8,
        leading=10,
        textColor=BLUE,
        spaceAfter=0,
    )
    side_label = rl.ParagraphStyle(
        "sl", parent=r.styles["body"], fontSize=8.5, leading=10.5, spaceAfter=5
    )
    PAD = 8  # noqa: N806

    def sidebar(c, page: int) -> None:
        items = [Paragraph(SIDE_HEAD, side_head)]
        for k, v in SIDEBAR[page - 1]:
            items.append(Paragraph(f"{escape(k)}: <b>{escape(v)}</b>", side_label))
        iw = side_w - 2 * PAD
        hs = [p.wrap(iw, 500)[1] for p in items]
        h = sum(hs) + 2 * PAD + 4 + 5 * (len(items) - 1) - 5
        y_top = A4[1] - top
        c.saveState()
        c.setFillColor(SIDE_BG)
        c.setStrokeColor(SIDE_EDGE)
        c.setLineWidth(0.6)
        c.rect(side_x, y_top - h, side_w, h, stroke=1, fill=1)
        c.setStrokeColor(BLUE)
        c.setLineWidth(2)
        c.line(side_x, y_top, side_x + side_w, y_top)
        y = y_top - PAD
        for k, (p, ph) in enumerate(zip(items, hs, strict=True)):
            y -= ph
            p.drawOn(c, side_x + PAD, y)
            y -= 4 if k == 0 else 5
        c.restoreState()

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        c.setFont(font, 8.5)
        c.setFillColor(colors.HexColor("#404040"))
        y = A4[1] - 1.35 * rl.cm
        c.drawString(lft, y, HEADER)
        c.setStrokeColor(colors.HexColor("#9A9A9A"))
        c.setLineWidth(0.5)
        c.line(lft, y - 4, right_edge, y - 4)
        fy = 1.2 * rl.cm
        c.line(lft, fy + 10, right_edge, fy + 10)
        c.drawRightString(right_edge, fy, FOOTER.format(page=page, pages=pages))
        c.restoreState()
        sidebar(c, page)
        # the draft's watermark, over everything drawn so far
        c.saveState()
        c.translate(A4[0] / 2, A4[1] / 2)
        c.rotate(45)
        c.setFillGray(0.55)
        c.setFillAlpha(0.28)
        c.setFont(f"{font}-Bold", 84)
        c.drawCentredString(0, -30, WATERMARK)
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]
    r.frames = lambda _columns: [  # type: ignore[method-assign]
        Frame(
            lft,
            bottom,
            main_w,
            A4[1] - top - bottom,
            id="main",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
    ]

    def masthead(_b: Custom) -> list:
        muni = rl.ParagraphStyle(
            "mu", parent=r.styles["body"], fontName=f"{font}-Bold", fontSize=11, textColor=BLUE
        )
        big = rl.ParagraphStyle(
            "bi", parent=r.styles["title"], fontSize=20, leading=24, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "su", parent=r.styles["subtitle"], fontSize=14, leading=18, textColor=INK
        )
        meta = rl.ParagraphStyle(
            "me", parent=r.styles["body"], fontName=f"{font}-Italic", fontSize=9, spaceAfter=6
        )
        return [
            Paragraph(MUNI, muni),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph("Utkast till socialnämndens sammanträde den 22 september 2026", meta),
        ]

    r.custom.update(masthead=masthead, sidebar=lambda _b: [])
    pdf = r.build(out / f"{doc.stem}.pdf", first_plain=False)
    from ..checks import page_count

    assert page_count(pdf) == len(SIDEBAR), page_count(pdf)
    return pdf

"""Skövde, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation
Sans, A4 portrait) as a goal-management system (Stratsys-like) exports it.

Each nämndmål is a heading with a small filled vector circle (green / yellow / red) drawn BEFORE
its title and no status word anywhere; the circle is the nämnd's forecast for the year, explained
by a legend on page 1 ("Målet bedöms uppnås" / "… delvis uppnås" / "… inte uppnås"). Under the
heading an "Analys" label and paragraph (written so it gives no verdict) and an indicator table
Indikator | Utfall 2025 | Utfall 2026 | Målvärde | Status whose Status cell is again only a
circle, the indicator's own colour. The indicator circles differ from the goal's circle on
purpose: goal 2 is yellow with one red and one green indicator, goal 4 green with one yellow
indicator, goal 3 red with one red and one yellow indicator. A reader that takes the first circle
below the heading, or the colour of most indicators, gets the goal wrong.

Key: goals green → expected_achieved, yellow → partly, red → expected_not_achieved (the forecast
of a delårsrapport). KPIs: every indicator row with Utfall 2025 → "2025" and Utfall 2026 →
"2026" (period values; a note says they are January–August unless the row says otherwise). The
Status circles are not in the key.

Precision traps, NOT in the key:
- "Nämndens uppdrag" after the goals: a table Uppdrag | Status | Kommentar of five assignments
  from kommunfullmäktige with status words "Pågår", "Klar", "Försenat", "Ej påbörjad"; one of
  them is phrased like a goal ("Matsvinnet i äldreomsorgens kök ska halveras till 2027"). They
  are not nämndmål and are not goals of the key.
- "Personal": a sjukfrånvaro table by quarter (Kv 3 2025 | Kv 4 2025 | Kv 1 2026 | Kv 2 2026,
  rows Totalt / Kvinnor / Män / Andel långtidssjukfrånvaro). It is personnel statistics, not an
  indicator of a goal, and its values are quarterly (two per year), which the key's one value
  per year cannot hold, so the key lists no KPI from it.

Finance: a drift table Budget helår | Utfall jan–aug | Prognos helår | Avvikelse (tkr, budget
minus prognos) with a Summa row, all in the key."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Skövde kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"

INK = colors.HexColor("#222222")
BLUE = colors.HexColor("#0B4F8A")
HEAD_BG = colors.HexColor("#E9EEF4")
RULE = colors.HexColor("#B9C3CE")
COLOR = {
    "g": colors.HexColor("#3D9B35"),
    "y": colors.HexColor("#F4C300"),
    "r": colors.HexColor("#D9342B"),
}
GOAL_STATUS = {"g": "expected_achieved", "y": "partly", "r": "expected_not_achieved"}
LEGEND = [
    ("g", "Målet bedöms uppnås vid årets slut", "Indikatorn når målvärdet"),
    ("y", "Målet bedöms delvis uppnås", "Indikatorn är nära målvärdet"),
    ("r", "Målet bedöms inte uppnås", "Indikatorn är långt från målvärdet"),
]

KCOLS = [
    Col(("Utfall 2025",), year="2025"),
    Col(("Utfall 2026",), year="2026"),
    Col(("Målvärde",), year=None),
    Col(("Status",), year=None, width=0.6),
]

# målområde: [(goal colour, title, analysis, [(indicator, 2025, 2026, target, fmt, colour)])]
AREAS = [
    (
        "Trygg och tillgänglig vård och omsorg",
        [
            (
                "g",
                "Den enskilde ska uppleva delaktighet och inflytande över sin vård och omsorg",
                "Brukarundersökningen genomfördes i mars och svarsfrekvensen var 64 procent. "
                "Resultaten har förbättrats både i hemtjänsten och på de särskilda boendena. "
                "Genomförandeplanerna upprättas nu tillsammans med den enskilde och anhöriga vid "
                "ett första besök inom två veckor efter att insatsen har startat.",
                [
                    (
                        "Andel brukare i hemtjänsten som upplever att personalen tar hänsyn "
                        "till deras åsikter och önskemål",
                        86,
                        88,
                        "≥ 87 %",
                        PCT,
                        "g",
                    ),
                    (
                        "Andel brukare på särskilt boende som kan påverka vilka tider de får hjälp",
                        61,
                        66,
                        "≥ 65 %",
                        PCT,
                        "g",
                    ),
                ],
            ),
            (
                "y",
                "Kontinuiteten i hemtjänsten ska öka",
                "Alla brukare i hemtjänsten har nu en namngiven kontaktperson. Antalet olika "
                "medarbetare som besöker en brukare har minskat men påverkas fortfarande av "
                "sommarens vikarier och av att två hemtjänstgrupper i centrala Skövde slogs "
                "samman i april. Planeringen görs sedan juni i ett gemensamt digitalt verktyg.",
                [
                    (
                        "Antal olika personal som besöker en brukare med hemtjänst under 14 dagar",
                        16,
                        14,
                        "≤ 12",
                        N,
                        "r",
                    ),
                    (
                        "Andel brukare med namngiven kontaktperson i hemtjänsten",
                        92,
                        97,
                        "≥ 95 %",
                        PCT,
                        "g",
                    ),
                ],
            ),
            (
                "r",
                "Väntetiden till särskilt boende ska minska",
                "Efterfrågan på platser i särskilt boende har ökat mer än beräknat och 14 "
                "platser på Ekedal har varit stängda under ombyggnaden sedan februari. Nämnden "
                "köper under hösten tio platser externt och de nya platserna i Skultorp öppnar "
                "först i mars 2027.",
                [
                    (
                        "Genomsnittlig väntetid från ansökan till erbjudet boende, dagar",
                        58,
                        74,
                        "≤ 45",
                        N,
                        "r",
                    ),
                    (
                        "Andel beslut om särskilt boende som verkställts inom tre månader",
                        83,
                        71,
                        "≥ 90 %",
                        PCT,
                        "y",
                    ),
                ],
            ),
        ],
    ),
    (
        "Delaktighet och egen försörjning",
        [
            (
                "g",
                "Fler personer med funktionsnedsättning ska ha sysselsättning eller arbete",
                "Samarbetet med arbetsmarknadsenheten och lokala arbetsgivare har gett fler "
                "praktikplatser. Elva deltagare i daglig verksamhet har under perioden gått "
                "vidare till praktik och tre till anställning med lönebidrag. Individuella "
                "placeringar har tillkommit i Tidan och Timmersdala.",
                [
                    (
                        "Andel deltagare i daglig verksamhet enligt LSS som gått vidare till "
                        "praktik eller anställning",
                        4.1,
                        6.3,
                        "≥ 6,0 %",
                        PCT1,
                        "g",
                    ),
                    (
                        "Antal deltagare i daglig verksamhet med individuell placering",
                        38,
                        44,
                        "≥ 50",
                        N,
                        "y",
                    ),
                ],
            ),
            (
                "g",
                "Användningen av välfärdsteknik ska öka",
                "Digital nattillsyn erbjuds i hela kommunen sedan maj och läkemedelsautomater "
                "har införts i tre hemtjänstområden. Varje kamera eller automat ersätter i "
                "genomsnitt ett till två besök per dygn, vilket frigör tid för andra insatser.",
                [
                    ("Antal brukare med digital nattillsyn", 112, 149, "≥ 140", N, "g"),
                    ("Antal brukare med läkemedelsautomat", 64, 97, "≥ 90", N, "g"),
                ],
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare",
        [
            (
                "y",
                "Heltid ska vara norm för medarbetarna inom vård och omsorg",
                "Andelen som arbetar heltid ökar för varje månad, men många medarbetare har valt "
                "att gå ner i tid när möjligheten till heltid infördes. Schemaläggningen med "
                "önskeschema har införts på åtta av tolv boenden. Medarbetarenkäten genomfördes "
                "i april och resultatet har återkopplats på alla arbetsplatsträffar.",
                [
                    (
                        "Andel tillsvidareanställda undersköterskor som arbetar heltid",
                        58,
                        63,
                        "≥ 70 %",
                        PCT,
                        "y",
                    ),
                    ("Hållbart medarbetarengagemang (HME), index", 77, 79, "≥ 80", N, "y"),
                ],
            ),
        ],
    ),
]

UPPDRAG = [
    (
        "Utreda förutsättningarna för ett trygghetsboende i Skultorp",
        "Pågår",
        "Utredningen redovisas för nämnden i november 2026.",
    ),
    (
        "Införa digital nattillsyn i hela hemtjänsten",
        "Klar",
        "Digital nattillsyn erbjuds i samtliga hemtjänstområden sedan maj 2026.",
    ),
    (
        "Matsvinnet i äldreomsorgens kök ska halveras till 2027",
        "Pågår",
        "Svinnet mäts varje vecka på alla boenden. Utfallet hittills är en minskning med 22 "
        "procent jämfört med 2024.",
    ),
    (
        "Ta fram en plan för kompetensförsörjning inom vård och omsorg 2027–2030",
        "Försenat",
        "Arbetet har skjutits upp i väntan på den regionala prognosen för vårdyrken. Planen "
        "beräknas vara klar i februari 2027.",
    ),
    (
        "Se över nämndens lokalbehov för dagverksamhet och anhörigstöd",
        "Ej påbörjad",
        "Påbörjas när kommunens lokalförsörjningsplan har beslutats i december 2026.",
    ),
]

SJUK_COLS = ["Kv 3 2025", "Kv 4 2025", "Kv 1 2026", "Kv 2 2026"]
SJUK = [
    ("Sjukfrånvaro totalt", [8.9, 9.6, 10.4, 8.7]),
    ("Kvinnor", [9.4, 10.1, 11.0, 9.2]),
    ("Män", [5.8, 6.4, 6.9, 5.5]),
    ("Andel långtidssjukfrånvaro (60 dagar eller mer)", [41.2, 38.5, 36.9, 39.8]),
]

DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 28_400, 17_950, 27_600),
    ("Hemtjänst", 198_300, 138_420, 205_100),
    ("Särskilt boende", 312_600, 209_880, 315_900),
    ("Hälso- och sjukvård", 96_200, 63_140, 95_400),
    ("Funktionsstöd LSS", 241_500, 158_770, 239_300),
    ("Dagverksamhet och anhörigstöd", 24_800, 15_690, 24_100),
]


def goal_table(indics: list) -> Table:
    rows = [Row(name, [v25, v26, Raw(t), Raw("")], fmt=f) for name, v25, v26, t, f, _c in indics]
    return Table(label_head=("Indikator",), cols=KCOLS, rows=rows, kind="kpi", label_width=3.9)


def build() -> Doc:
    d = Doc(
        stem="skovde-vard-och-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Skövde",
        committee="Vård- och omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, delårsrapport januari–augusti 2026 exported from a "
        "goal-management system (Stratsys-like; reportlab, Liberation Sans), no title page",
        hard="each nämndmål is a heading with its forecast only as a small filled vector circle "
        "(green / yellow / red) drawn BEFORE the title, no status word, explained by a legend on "
        'page 1; under it "Analys" and an indicator table Indikator | Utfall 2025 | Utfall 2026 '
        "| Målvärde | Status whose Status cells are circles too, and on purpose of other colours "
        "than the goal's (a yellow goal with a red and a green indicator, a green goal with a "
        'yellow indicator, a red goal with a yellow indicator); after the goals "Nämndens '
        'uppdrag", a table Uppdrag | Status | Kommentar of five assignments from '
        'kommunfullmäktige ("Pågår", "Klar", "Försenat", "Ej påbörjad"; one phrased like a goal, '
        '"Matsvinnet … ska halveras till 2027") that are not goals and not in the key; a '
        '"Personal" section with a sjukfrånvaro table by quarter (Kv 3 2025 … Kv 2 2026) that '
        "is not in the key; a drift table Budget helår | Utfall jan–aug | Prognos helår | "
        "Avvikelse (tkr, budget minus prognos) with a Summa row; the municipality as "
        '"Skövde kommun" in the masthead and the running header',
    )
    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.h(1, "Sammanfattning")
    d.p(
        "Vård- och omsorgsnämnden följer upp sex nämndmål inom tre målområden. Tre av målen "
        "bedöms uppnås vid årets slut, två bedöms delvis uppnås och ett bedöms inte uppnås. "
        "Av kommunfullmäktiges fem uppdrag till nämnden är ett klart och ett försenat. "
        "Prognosen för helåret är ett underskott om 5 600 tkr, främst inom hemtjänsten och "
        "särskilt boende."
    )
    d.h(2, "Symbolförklaring")
    legend_words = "Symbol\tNämndmål (prognos helår)\tIndikator\n" + "\n".join(
        f"{g}\t{i}" for _c, g, i in LEGEND
    )
    d.add(Custom("legend", {}, words=legend_words))
    d.p(
        "Utfall avser perioden januari–augusti respektive år om inget annat anges. "
        "Brukarundersökningen och medarbetarenkäten genomförs en gång per år och redovisas med "
        "årets resultat.",
        "small",
    )
    d.h(1, "Nämndens mål")
    for area, goals in AREAS:
        d.h(2, f"Målområde: {area}")
        for colour, title, analysis, indics in goals:
            t = goal_table(indics)
            d.goal(title, GOAL_STATUS[colour])
            d.add(
                Custom(
                    "goal",
                    {
                        "table": t,
                        "title": title,
                        "colour": colour,
                        "analysis": analysis,
                        "ind_colours": [x[5] for x in indics],
                    },
                    words=f"{title}\n\nAnalys\n\n{analysis}\n\n{t.text()}",
                )
            )
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Kommunfullmäktige har i Mål och budget 2026 gett nämnden följande uppdrag. Uppdragen "
        "följs upp i varje delårsrapport tills de är slutförda."
    )
    d.add(
        Custom(
            "uppdrag",
            {},
            words="Uppdrag\tStatus\tKommentar\n"
            + "\n".join(f"{u}\t{s}\t{k}" for u, s, k in UPPDRAG),
        )
    )
    d.h(1, "Personal")
    d.p(
        "Sjukfrånvaron ökade under vintern, främst till följd av infektioner, och var som högst "
        "under första kvartalet. Under andra kvartalet minskade den till den lägsta nivån sedan "
        "2023. Andelen långtidssjukfrånvaro har ökat något och varje ärende följs upp med "
        "stöd av HR och företagshälsovården."
    )
    sj = Table(
        label_head=("Sjukfrånvaro, procent av ordinarie arbetstid",),
        cols=[Col((c,)) for c in SJUK_COLS],
        rows=[Row(n, v) for n, v in SJUK],
        kind="plain",
        fmt=DEC1,
        label_width=3.4,
    )
    d.table(sj)
    d.h(1, "Ekonomi")
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    assert tot[0] - tot[2] == -5_600, tot
    d.p(
        "Nämnden prognostiserar ett underskott om 5 600 tkr för helåret. Hemtjänsten har fler "
        "beviljade timmar än budgeterat och särskilt boende har kostnader för externt köpta "
        "platser under ombyggnaden av Ekedal. Underskotten motverkas delvis av lägre kostnader "
        "inom funktionsstöd, där två gruppbostäder har startat senare än planerat."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget helår",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos helår",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning (tkr)",
            note="Avvikelse = budget helår minus prognos helår. Negativt belopp är ett underskott.",
            label_width=2.8,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.5 * rl.cm, 2.2 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm)
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 15, 2: 11.5, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        c.setFillColor(colors.HexColor("#44505C"))
        c.setFont(f"{font}-Bold", 8)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 8)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} – {TITLE}")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.line(lft, fy + 10, A4[0] - rgt, fy + 10)
        c.setFont(font, 7.5)
        c.drawString(lft, fy, "Rapport skapad 2026-09-15 10:42")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def circle(colour: str, dia: float = 8.5) -> rl.Circle:
        return rl.Circle(COLOR[colour], dia)

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=12, leading=15, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 12),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            rl.Spacer(1, 4),
        ]

    def legend(_b: Custom) -> list:
        hs = r.styles["cellb"]
        cs = r.styles["cell"]
        data = [
            [
                Paragraph("Symbol", hs),
                Paragraph("Nämndmål (prognos helår)", hs),
                Paragraph("Indikator", hs),
            ]
        ]
        for c, g, i in LEGEND:
            data.append([circle(c, 8), Paragraph(escape(g), cs), Paragraph(escape(i), cs)])
        return [
            rl.RLTable(
                data,
                colWidths=[W * 0.12, W * 0.42, W * 0.36],
                style=rl.TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("ALIGN", (0, 1), (0, -1), "CENTER"),
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ]
                ),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 6),
        ]

    def goal(b: Custom) -> list:
        t: Table = b.data["table"]
        hst = rl.ParagraphStyle(
            "gh", parent=r.styles["cellb"], fontSize=10.5, leading=13, textColor=INK
        )
        lab = rl.ParagraphStyle(
            "an", parent=r.styles["cellb"], fontSize=8.5, leading=11, textColor=BLUE
        )
        head = rl.RLTable(
            [[circle(b.data["colour"], 10), Paragraph(escape(b.data["title"]), hst)]],
            colWidths=[16, W - 16],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        # the indicator table, with a circle in the Status column
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        colw = [w * W / sum(widths) for w in widths]
        data: list = [
            [r.cell("Indikator", False, True)]
            + [r.cell(c.head[0], True, True) for c in t.cols[:-1]]
            + [r.cell("Status", False, True)]
        ]
        for row, ic in zip(t.rows, b.data["ind_colours"], strict=True):
            data.append(
                [r.cell(row.label, False, False)]
                + [
                    r.cell(t.fmt_cell(row, c, v), True, False)
                    for c, v in zip(t.cols[:-1], row.cells[:-1], strict=True)
                ]
                + [circle(ic, 8)]
            )
        tbl = rl.RLTable(
            data,
            colWidths=colw,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ]
            ),
            hAlign="LEFT",
        )
        out = [
            rl.Spacer(1, 4),
            head,
            rl.Spacer(1, 5),
            Paragraph("Analys", lab),
            r.para(b.data["analysis"]),
            tbl,
            rl.Spacer(1, 10),
        ]
        return [KeepTogether(out)]

    def uppdrag(_b: Custom) -> list:
        hs, cs = r.styles["cellb"], r.styles["cell"]
        data = [[Paragraph("Uppdrag", hs), Paragraph("Status", hs), Paragraph("Kommentar", hs)]]
        for u, s, k in UPPDRAG:
            data.append([Paragraph(escape(u), cs), Paragraph(s, cs), Paragraph(escape(k), cs)])
        return [
            rl.RLTable(
                data,
                colWidths=[W * 0.38, W * 0.14, W * 0.48],
                repeatRows=1,
                style=rl.TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ]
                ),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 8),
        ]

    r.custom.update(masthead=masthead, legend=legend, goal=goal, uppdrag=uppdrag)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

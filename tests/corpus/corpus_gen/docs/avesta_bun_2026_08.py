"""Avesta, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation
Sans) as a goal-management system (Stratsys/Hypergene-like) exports it: each goal is a heading
with its forecast only as a small filled vector circle drawn right after the heading's last word,
a legend of the circles at the start, an indicator table under each goal; no summary table."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1, suffix=" %")
TEAL = colors.HexColor("#005A6E")
COLOR = {
    "expected_achieved": colors.HexColor("#3C9A3C"),
    "partly": colors.HexColor("#F2C200"),
    "expected_not_achieved": colors.HexColor("#D0342C"),
    "unassessed": colors.HexColor("#BDBDBD"),
}
LEGEND = [
    ("expected_achieved", "Målet bedöms uppnås"),
    ("partly", "Målet bedöms delvis uppnås"),
    ("expected_not_achieved", "Målet bedöms inte uppnås"),
    ("unassessed", "Ej bedömt"),
]
KCOLS = [
    Col(("Jan–aug 2025",), year="2025"),
    Col(("Jan–aug 2026",), year="2026"),
    Col(("Målvärde 2026",), year=None),
]

# målområde: [(goal, status, comment, [(indicator, 2025, 2026, target, fmt)])]
AREAS = [
    (
        "Kunskap och lärande",
        [
            (
                "Andelen elever i årskurs 9 som är behöriga till gymnasieskolan ska öka",
                "partly",
                "Behörigheten ökade i våras jämfört med föregående år men ligger fortfarande under "
                "målvärdet. Skolorna har infört gemensamma lovskolor och fler studiehandledare.",
                [
                    ("Behöriga till yrkesprogram, årskurs 9", 80.4, 83.1, "≥ 86 %", DEC1),
                    ("Genomsnittligt meritvärde, årskurs 9", 207.5, 211.8, "≥ 220", NumFmt(dec=1)),
                ],
            ),
            (
                "Alla elever ska nå minst godtagbara kunskaper i svenska i årskurs 3",
                "expected_not_achieved",
                "Resultaten på de nationella proven i svenska sjönk för andra året i rad. En "
                "handlingsplan för tidig läsinlärning tas fram under hösten.",
                [
                    ("Elever som klarat alla delprov i svenska, årskurs 3", 78, 74, "100 %", PCT),
                ],
            ),
        ],
    ),
    (
        "Trygghet och hälsa",
        [
            (
                "Elevernas upplevda trygghet i skolan ska öka",
                "expected_achieved",
                "Elevenkäten i mars visar högre trygghet i samtliga årskurser. Rastvärdar och "
                "vuxna i matsalen nämns särskilt av eleverna.",
                [
                    ("Elever i årskurs 5 som känner sig trygga i skolan", 86, 91, "≥ 90 %", PCT),
                    ("Elever i årskurs 8 som känner sig trygga i skolan", 79, 84, "≥ 82 %", PCT),
                ],
            ),
            (
                "Frånvaron i grundskolan ska minska",
                "partly",
                "Den totala frånvaron minskade något, men andelen elever med hög frånvaro är "
                "oförändrad. Elevhälsan följer upp varje elev med mer än 15 procents frånvaro.",
                [
                    ("Genomsnittlig frånvaro i grundskolan", 9.6, 8.9, "≤ 8,0 %", DEC1),
                    ("Elever med frånvaro över 15 procent", 14.2, 14.3, "≤ 10,0 %", DEC1),
                ],
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare",
        [
            (
                "Andelen legitimerade förskollärare ska öka",
                "expected_achieved",
                "Sex förskollärare har anställts under våren och två barnskötare studerar till "
                "förskollärare med bibehållen lön.",
                [
                    ("Legitimerade förskollärare av personalen i förskolan", 38, 43, "≥ 42 %", PCT),
                ],
            ),
            (
                "Sjukfrånvaron bland medarbetarna ska minska",
                "unassessed",
                "Sjukfrånvaron redovisas för helåret i årsredovisningen. Uppgiften för perioden "
                "januari–augusti 2026 var inte färdig när rapporten skrevs.",
                [
                    ("Sjukfrånvaro bland medarbetarna", 7.8, None, "≤ 6,5 %", DEC1),
                ],
            ),
        ],
    ),
]

DRIFT = [
    ("Nämnd och förvaltningsledning", 16_200, 10_380, 15_900),
    ("Förskola och pedagogisk omsorg", 142_500, 94_610, 143_700),
    ("Grundskola och fritidshem", 268_900, 176_240, 271_300),
    ("Grundsärskola", 14_300, 9_120, 14_100),
    ("Gymnasieskola", 121_600, 80_950, 120_400),
    ("Elevhälsa", 22_800, 14_870, 22_800),
]


def goal_table(indics: list) -> Table:
    rows = [
        Row(name, [v25, Raw("–") if v26 is None else v26, Raw(t)], fmt=f)
        for name, v25, v26, t, f in indics
    ]
    return Table(label_head=("Indikator",), cols=KCOLS, rows=rows, kind="kpi", label_width=3.6)


def build() -> Doc:
    d = Doc(
        stem="avesta-barn-och-utbildningsnamnden-delarsrapport-2026-08",
        municipality="Avesta",
        committee="Barn- och utbildningsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 as a "
        "goal-management system (Stratsys/Hypergene-like) exports it (reportlab, Liberation Sans)",
        hard="each goal's forecast is only a small filled vector circle (green, yellow, red, grey "
        "with a grey outline) drawn on the goal heading's line right after its last word, no word "
        'beside it, explained by a legend of the same circles at the start ("Målet bedöms '
        'uppnås" / "… delvis uppnås" / "… inte uppnås" / "Ej bedömt"); the goals are listed only '
        'once, under "Målområde: …" headings, each followed by a comment written so it gives no '
        "forecast and a small indicator table of its own (Indikator | Jan–aug 2025 | Jan–aug "
        '2026 | Målvärde 2026, targets "≥ 86 %", "≤ 8,0 %", a dash for a value not yet '
        'reported), one goal grey ("Ej bedömt"); a drift table Budget 2026 | Utfall jan–aug | '
        "Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa row; the "
        'municipality as "Avesta kommun" on the first page and in the footer',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Avesta kommun\nDelårsrapport januari–augusti 2026\nBarn- och utbildningsnämnden",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Nämnden följer upp sex nämndmål inom tre målområden. Två mål bedöms uppnås vid årets "
        "slut, två bedöms delvis uppnås och ett bedöms inte uppnås. Sjukfrånvaron bedöms först "
        "i årsredovisningen. Den ekonomiska prognosen visar ett underskott om 1 900 tkr."
    )
    d.h(1, "Måluppfyllelse")
    d.p("Varje mål redovisas med nämndens prognos för helåret enligt symbolerna nedan.")
    d.add(Custom("legend", {}, words="\n".join(label for _s, label in LEGEND)))
    for area, goals in AREAS:
        d.h(2, f"Målområde: {area}")
        for title, status, comment, indics in goals:
            t = goal_table(indics)
            d.goal(title, status)
            d.add(
                Custom(
                    "goal",
                    {"table": t, "title": title, "status": status, "comment": comment},
                    words=f"{title}\n\n{comment}\n\n{t.text()}",
                )
            )
    d.h(1, "Ekonomi")
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    assert tot[0] - tot[2] == -1_900, tot
    d.p(
        "Prognosen för helåret är ett underskott om 1 900 tkr. Förskolan har fler barn än "
        "budgeterat och grundskolan har ökade kostnader för skolskjuts och tilläggsbelopp. "
        "Gymnasieskolan har lägre kostnader för interkommunala ersättningar än beräknat."
    )
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
            caption="Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; negativt belopp = underskott.",
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": TEAL,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E6F0F2"),
        "footer": "Avesta kommun · Barn- och utbildningsnämnden\t\tSida {page} av {pages}",
        "hf_size": 8,
        "margins": (2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    GSIZE = 10.5

    def circle(status: str, dia: float = 9) -> rl.Circle:
        return rl.Circle(
            COLOR[status],
            dia,
            outline=colors.HexColor("#7F7F7F") if status == "unassessed" else None,
        )

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=12, leading=15, textColor=TEAL
        )
        return [
            Paragraph("Avesta kommun", logo),
            rl.Spacer(1, 14),
            Paragraph("Delårsrapport januari–augusti 2026", big),
            Paragraph("Barn- och utbildningsnämnden", sub),
            rl.Spacer(1, 6),
        ]

    def legend(_b: Custom) -> list:
        cells: list = []
        widths: list = []
        for (st, label), lw in zip(LEGEND, (0.22, 0.27, 0.25, 0.12), strict=True):
            cells += [circle(st, 8), r.para(label, "small")]
            widths += [W * 0.035, W * lw]
        return [
            rl.RLTable(
                [cells],
                colWidths=widths,
                style=rl.TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#BFBFBF")),
                    ]
                ),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 8),
        ]

    def goal(b: Custom) -> list:
        title, status = b.data["title"], b.data["status"]
        hst = rl.ParagraphStyle(
            "gh", parent=r.styles["cellb"], fontSize=GSIZE, leading=GSIZE * 1.25
        )
        tw = stringWidth(title, "LiberationSans-Bold", GSIZE) + 2
        head = rl.RLTable(
            [[Paragraph(escape(title), hst), circle(status, 9)]],
            colWidths=[tw + 6, 14],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 4),
                ]
            ),
            hAlign="LEFT",
        )
        out = [head, rl.Spacer(1, 3), r.para(b.data["comment"])]
        out += r.table(b.data["table"], W)
        return [KeepTogether(out)]

    r.custom.update(masthead=masthead, legend=legend, goal=goal)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

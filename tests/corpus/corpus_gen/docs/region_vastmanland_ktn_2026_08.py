"""Region Västmanland, Kollektivtrafiknämnden, delårsrapport januari–augusti 2026 (reportlab,
DejaVu Sans): the goals' forecasts are one-letter codes ("U", "D", "E") in a narrow column,
explained only by a legend under the table ("U = uppnås, D = delvis, E = ej uppnås"); KPI columns
Utfall T2 2025 | Utfall T2 2026 | Målvärde 2026 | Trend with the trend as a text arrow."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
PCT1 = NumFmt(dec=1, suffix=" %")
CODE = {"expected_achieved": "U", "partly": "D", "expected_not_achieved": "E"}
LEGEND = "¹ Prognos helår: U = uppnås, D = delvis, E = ej uppnås."
HEAD = ("Nr", "Nämndmål", "Progn.¹", "Kommentar")

# målområde, [(nr, goal, status, comment)]
AREAS = [
    (
        "Hållbart resande",
        [
            (
                "1.1",
                "Kollektivtrafikens andel av de motoriserade resorna ska öka",
                "partly",
                "Resandet har ökat med 4 procent, men bilresorna har ökat nästan lika mycket.",
            ),
            (
                "1.2",
                "Antalet resor med regional busstrafik ska öka med minst 3 procent",
                "expected_achieved",
                "Ökningen till och med augusti är 5,2 procent jämfört med T2 2025.",
            ),
            (
                "1.3",
                "Andelen fordon som drivs med förnybara drivmedel ska vara minst 95 procent",
                "expected_achieved",
                "Samtliga stadsbussar i Västerås går på el eller biogas sedan mars.",
            ),
        ],
    ),
    (
        "Tillgänglighet och kvalitet",
        [
            (
                "2.1",
                "Resenärerna ska vara nöjda med sin senaste resa",
                "partly",
                "Nöjdheten med busstrafiken är god, tågtrafiken drar ned resultatet.",
            ),
            (
                "2.2",
                "Punktligheten i tågtrafiken ska förbättras",
                "expected_not_achieved",
                "Banarbeten på Mälarbanan har gett många inställda och försenade avgångar.",
            ),
            (
                "2.3",
                "Serviceresor ska utföras inom utlovad tid",
                "expected_achieved",
                "Andelen resor inom utlovad tid är 96 procent efter nytt avtal i januari.",
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "3.1",
                "Nämnden ska bedriva verksamheten inom tilldelad ram",
                "expected_not_achieved",
                "Prognosen är ett underskott om 9,4 mnkr, främst för tågtrafiken.",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="region-vastmanland-kollektivtrafiknamnden-delarsrapport-2026-08",
        municipality="Region Västmanland",
        committee="Kollektivtrafiknämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="a region's Kollektivtrafiknämnd, delårsrapport januari–augusti 2026 (reportlab, "
        "DejaVu Sans)",
        hard="the goals' forecasts are one-letter codes in a narrow column of a goal table Nr | "
        'Nämndmål | Progn.¹ | Kommentar ("U", "D", "E", centred), explained only by a footnote '
        'legend under the table ("¹ Prognos helår: U = uppnås, D = delvis, E = ej uppnås."), '
        "goals grouped under spanning målområde rows and numbered 1.1, 1.2 …; KPI columns with "
        "two-line headers Utfall / T2 2025 | Utfall / T2 2026 | Målvärde / 2026 | Trend, the "
        'period named only by the tertial ("T2"), the trend a text arrow (↗ ↘ →) and targets '
        'such as "≥ 92 %"; a drift table per verksamhet Budget 2026 | Utfall jan–aug | Prognos '
        "helår | Avvikelse (tkr, budget minus prognosis, negative deviations); the organisation "
        'as "Region Västmanland" on the cover and in the footer',
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Delårsrapport januari–augusti 2026\nKollektivtrafiknämnden\nRegion Västmanland",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Kollektivtrafiknämnden ansvarar för den regionala kollektivtrafiken i Västmanland: "
        "stadstrafiken i Västerås, den regionala busstrafiken, regionens del av Mälartåg och "
        "serviceresorna. Delårsrapporten avser perioden januari–augusti 2026 (tertial 2, T2) "
        "och innehåller en prognos för helåret."
    )
    d.p(
        "Resandet fortsätter att öka och har nu passerat nivån före pandemin. Tågtrafiken har "
        "däremot haft stora störningar till följd av banarbeten, vilket påverkar både "
        "punktligheten, nöjdheten och ekonomin. Nämnden prognostiserar ett underskott om "
        "9,4 mnkr för helåret."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämnden har sju mål för 2026 inom tre målområden. Tabellen nedan visar prognosen för "
        "vart och ett av målen vid årets slut. Tre mål bedöms uppnås, två uppnås delvis och två "
        "bedöms inte uppnås."
    )
    lines = ["Tabell 1. Nämndens mål, prognos helår", "\t".join(HEAD)]
    for area, goals in AREAS:
        lines.append(area)
        for nr, g, s, c in goals:
            d.goal(g, s)
            lines.append(f"{nr}\t{g}\t{CODE[s]}\t{c}")
    lines.append(LEGEND)
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "3")
    d.p(
        "Nyckeltalen avser perioden januari–augusti (T2) respektive år. Trendpilen jämför "
        "T2 2026 med T2 2025: ↗ förbättring, → oförändrat, ↘ försämring."
    )
    up, flat, down = Raw("↗"), Raw("→"), Raw("↘")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "T2 2025"), year="2025"),
                Col(("Utfall", "T2 2026"), year="2026"),
                Col(("Målvärde", "2026")),
                Col(("Trend",), width=0.6),
            ],
            rows=[
                Row("Antal resor totalt, tusental", [11_284, 11_902, Raw("12 000"), up], fmt=N),
                Row("varav stadstrafik Västerås, tusental", [6_915, 7_205, None, up], fmt=N),
                Row("varav regional busstrafik, tusental", [3_142, 3_305, None, up], fmt=N),
                Row("Andel nöjda resenärer, senaste resan", [81, 79, Raw("≥ 85 %"), down], fmt=PCT),
                Row(
                    "Punktlighet Mälartåg, andel i tid", [88.4, 83.1, Raw("≥ 92 %"), down], fmt=PCT1
                ),
                Row("Andel förnybara drivmedel", [93, 97, Raw("≥ 95 %"), up], fmt=PCT),
                Row("Serviceresor inom utlovad tid", [96, 96, Raw("≥ 95 %"), flat], fmt=PCT),
                Row("Skattesubventionsgrad, procent", [54.2, 55.8, Raw("≤ 55,0"), down], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–augusti",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi", "4")
    units = [
        ("Nämnd och förvaltning", -24_600, -15_830, -24_100),
        ("Stadstrafik Västerås", -268_400, -176_250, -266_900),
        ("Regional busstrafik", -231_800, -155_420, -233_500),
        ("Mälartåg, regionens andel", -148_300, -106_870, -159_900),
        ("Serviceresor", -96_900, -63_180, -95_000),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    rows = [Row(n, [b, u, p, p - b]) for n, b, u, p in units]
    rows.append(Row("Summa nämnden", [tot[0], tot[1], tot[2], tot[2] - tot[0]], total=True))
    assert tot[2] - tot[0] == -9_400, tot
    d.p(
        "Nämndens nettokostnad för helåret beräknas till 779,4 mnkr, vilket är 9,4 mnkr mer än "
        "budget. Underskottet beror på ersättning för inställd tågtrafik som inte täcks av "
        "Trafikverkets ersättning och på ökade kostnader för bussdrivmedel. Stadstrafiken och "
        "serviceresorna visar överskott."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet (nettokostnad)",
            note="Avvikelse = prognos minus budget; ett negativt tal är ett underskott.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    blue = colors.HexColor("#00507A")
    o = {
        "font": "DejaVuSans",
        "size": 9,
        "leading": 12.5,
        "hcolor": blue,
        "h_sizes": {1: 13.5, 2: 11, 3: 10},
        "table_size": 8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#D9E8F0"),
        "header": "Kollektivtrafiknämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Region Västmanland\t\t{page} ({pages})",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    centre = ParagraphStyle("code", parent=r.styles["cellb"], alignment=TA_CENTER)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 200),
            r.para("Delårsrapport januari–augusti 2026", "title"),
            r.para("Kollektivtrafiknämnden", "subtitle"),
            rl.Spacer(1, 230),
            r.para("Region Västmanland", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str | ParagraphStyle = "cell") -> Paragraph:
        return Paragraph(escape(s), st if isinstance(st, ParagraphStyle) else r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p(HEAD[0], "cellb"), p(HEAD[1], "cellb"), p(HEAD[2], centre), p(HEAD[3], "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E8F0")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#8FA9B8")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for area, goals in AREAS:
            i = len(data)
            data.append([p(area, "cellb"), "", "", ""])
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F0F5F8")),
            ]
            for nr, g, s, c in goals:
                data.append([p(nr), p(g), p(CODE[s], centre), p(c)])
        widths = [0.07, 0.40, 0.095, 0.435]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            r.para("Tabell 1. Nämndens mål, prognos helår", "caption"),
            tbl,
            r.para(LEGEND, "note"),
        ]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

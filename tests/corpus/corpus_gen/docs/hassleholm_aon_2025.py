"""Hässleholm, Äldreomsorgsnämnden, årsredovisning 2025 (reportlab, Liberation Serif body and
Liberation Sans tables): one goal table in which the kommunfullmäktige goals are shaded rows spanning
the table ("KF-mål 2. Hässleholm ska erbjuda välfärd av hög kvalitet") and the nämndmål that contribute
to each stand under it, each with two status columns: the forecast of the delårsrapport ("Prognos T2":
"Uppnås", "Uppnås delvis", "Uppnås inte", "–") and the year's assessment ("Utfall helår": "Uppnått",
"Delvis uppnått", "Ej uppnått"); the two differ for several goals, so the key is the last column."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
HELAR = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}

# KF-mål, [(nämndmål, prognos T2 as printed, status helår)]
KF = [
    (
        "KF-mål 1. Invånarna i Hässleholm ska kunna leva ett självständigt och tryggt liv",
        [
            (
                "Fler äldre ska kunna bo kvar i ordinärt boende med stöd av hemtjänst",
                "Uppnås",
                "achieved",
            ),
            ("Kontinuiteten i hemtjänsten ska öka", "Uppnås delvis", "not_achieved"),
        ],
    ),
    (
        "KF-mål 2. Hässleholm ska erbjuda välfärd av hög kvalitet",
        [
            ("De äldres nöjdhet med sitt särskilda boende ska öka", "–", "achieved"),
            ("Fallskadorna bland boende på särskilt boende ska minska", "Uppnås", "partly"),
            ("Måltiden ska vara en trygg och trivsam stund på dagen", "Uppnås delvis", "partly"),
        ],
    ),
    (
        "KF-mål 3. Hässleholms kommun ska vara en attraktiv arbetsgivare med en hållbar ekonomi",
        [
            ("Sjukfrånvaron bland medarbetarna ska minska", "Uppnås inte", "not_achieved"),
            (
                "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
                "Uppnås delvis",
                "achieved",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="hassleholm-aldreomsorgsnamnden-arsredovisning-2025",
        municipality="Hässleholm",
        committee="Äldreomsorgsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="rl",
        what="Äldreomsorgsnämnden, årsredovisning 2025 (reportlab, Liberation Serif body, "
        "Liberation Sans tables)",
        hard="one goal table Mål | Prognos T2 | Utfall helår in which the kommunfullmäktige goals "
        'are shaded rows spanning the table ("KF-mål 2. Hässleholm ska erbjuda välfärd av hög '
        'kvalitet", no assessment of their own) and the nämndmål contributing to each stand '
        'indented under it with two status columns: the delårsrapport\'s forecast ("Uppnås", '
        '"Uppnås delvis", "Uppnås inte", "–" for a goal not assessed in August) and the year\'s '
        'assessment ("Uppnått", "Delvis uppnått", "Ej uppnått"), which differ for four of the '
        "seven goals, so a reader must take the last column and must not take a KF-mål for a "
        "goal; a KPI table Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025; an income "
        "statement in tkr Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse (utfall minus "
        'budget); the municipality as "Hässleholms kommun" on the cover and in the footer',
    )
    d.options["pdf_title"] = "Äldreomsorgsnämnden årsredovisning 2025"
    d.add(Custom("cover", {}, words="Årsredovisning 2025\nÄldreomsorgsnämnden\nHässleholms kommun"))
    d.h(1, "Nämndens uppdrag", "1")
    d.p(
        "Äldreomsorgsnämnden ansvarar för hemtjänst, särskilt boende, korttidsvård, "
        "dagverksamhet och anhörigstöd för personer över 65 år samt för kommunens hälso- och "
        "sjukvård i ordinärt och särskilt boende. Nämnden hade 2025 en budget på 612 000 tkr "
        "och omkring 1 100 medarbetare."
    )
    d.h(1, "Mål och måluppfyllelse", "2")
    d.p(
        "Kommunfullmäktige har beslutat om tre mål som rör nämndens verksamhet. Nämnden har "
        "brutit ned dem i sju nämndmål. Tabellen visar för varje nämndmål den prognos som "
        "lämnades i delårsrapporten per augusti (Prognos T2) och nämndens bedömning vid årets "
        "slut (Utfall helår). Fullmäktiges mål bedöms i kommunens årsredovisning."
    )
    lines = [
        "Tabell 1. Kommunfullmäktiges mål och nämndens mål 2025",
        "Mål\tPrognos T2\tUtfall helår",
    ]
    for kf, goals in KF:
        lines.append(kf)
        for g, t2, s in goals:
            d.goal(g, s)
            lines.append(f"{g}\t{t2}\t{HELAR[s]}")
    lines.append("– = ingen prognos lämnades i delårsrapporten (mäts en gång per år).")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.p(
        "Tre av nämndens sju mål är uppnådda, två är delvis uppnådda och två är inte uppnådda. "
        "Kontinuiteten i hemtjänsten försämrades under hösten när två hemtjänstgrupper slogs "
        "samman, och målet bedöms därför inte uppnått trots prognosen i augusti. Fallskadorna "
        "har minskat men inte till målnivån. Nöjdheten med särskilt boende mäts i "
        "Socialstyrelsens brukarundersökning, som redovisas först i oktober."
    )
    d.h(1, "Nyckeltal", "3")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall 2023",), year="2023"),
                Col(("Utfall 2024",), year="2024"),
                Col(("Utfall 2025",), year="2025"),
                Col(("Målvärde 2025",)),
            ],
            rows=[
                Row("Andel invånare 80+ som bor i ordinärt boende", [88, 89, 90, Raw("≥ 89 %")], fmt=PCT),
                Row("Antal personal som en hemtjänsttagare möter under 14 dagar", [16, 17, 18, Raw("≤ 14")], fmt=N),
                Row("Andel nöjda med sitt särskilda boende", [78, 80, 84, Raw("≥ 82 %")], fmt=PCT),
                Row("Antal fallskador med fraktur på särskilt boende", [41, 37, 34, Raw("≤ 30")], fmt=N),
                Row("Sjukfrånvaro, procent av arbetstid", [9.8, 10.1, 10.4, Raw("≤ 8,5 %")], fmt=PCT1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.6,
        )
    )  # fmt: skip
    d.h(1, "Ekonomi", "4")
    # (row, utfall 2024, budget 2025, utfall 2025)
    inc = ("Verksamhetens intäkter", 68_900, 70_500, 73_800)
    costs = [
        ("Personalkostnader", -487_200, -503_600, -505_900),
        ("Lokalkostnader", -58_400, -60_100, -59_700),
        ("Köpt verksamhet", -71_900, -69_800, -68_900),
        ("Övriga kostnader", -47_300, -49_000, -50_100),
    ]
    sums = [sum(c[j] for c in costs) for j in (1, 2, 3)]
    net = [inc[j] + sums[j - 1] for j in (1, 2, 3)]
    bidrag = [592_100, 612_000, 612_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [-3_800, 0, 1_200], res
    rows = [Row(inc[0], [inc[1], inc[2], inc[3], inc[3] - inc[2]])]
    rows += [Row(n, [a, b, u, u - b]) for n, a, b, u in costs]
    rows += [
        Row("Summa kostnader", [*sums, sums[2] - sums[1]], total=True),
        Row("Nettokostnad", [*net, net[2] - net[1]], total=True),
        Row("Kommunbidrag", [*bidrag, bidrag[2] - bidrag[1]]),
        Row("Resultat", [*res, res[2] - res[1]], total=True),
    ]
    d.p(
        "Nämnden redovisar ett överskott om 1 200 tkr för 2025. Intäkterna blev 3 300 tkr högre "
        "än budgeterat genom statsbidrag för äldreomsorgslyftet. Personalkostnaderna översteg "
        "budget med 2 300 tkr, främst i hemtjänsten under sommaren, medan köpt verksamhet blev "
        "900 tkr lägre när färre korttidsplatser köptes externt."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="is",
            caption="Tabell 3. Resultaträkning",
            note="Avvikelse = utfall minus budget; ett minus är en negativ avvikelse.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#6B1F3A"),
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#EADCE1"),
        "header": "Äldreomsorgsnämnden\t\tÅrsredovisning 2025",
        "footer": "Hässleholms kommun\t\t{page}",
        "hf_size": 8,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 220),
            r.para("Årsredovisning 2025", "title"),
            r.para("Äldreomsorgsnämnden", "subtitle"),
            rl.Spacer(1, 230),
            r.para("Hässleholms kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Mål", "cellb"), p("Prognos T2", "cellb"), p("Utfall helår", "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EADCE1")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for kf, goals in KF:
            i = len(data)
            data.append([p(kf, "cellb"), "", ""])
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4EEF0")),
            ]
            for g, t2, s in goals:
                i = len(data)
                data.append([p(g), p(t2), p(HELAR[s], "cellb")])
                cmds.append(("LEFTPADDING", (0, i), (0, i), 16))
        widths = [0.60, 0.20, 0.20]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            r.para("Tabell 1. Kommunfullmäktiges mål och nämndens mål 2025", "caption"),
            tbl,
            rl.Spacer(1, 3),
            r.para("– = ingen prognos lämnades i delårsrapporten (mäts en gång per år).", "note"),
        ]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

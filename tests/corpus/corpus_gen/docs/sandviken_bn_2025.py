"""Sandviken, Bildningsnämnden, årsredovisning 2025 (reportlab, Carlito): printed from a
goal-management system (Stratsys/Hypergene-like); goals under "Perspektiv" and "Fokusområde"
headings, each goal with a small indicator table of its own (Indikator | Utfall 2024 | Utfall 2025 |
Målvärde | Trend) and a line "Samlad bedömning: …" after the table on a four-step scale."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Doc, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {
    "achieved": "Helt uppfyllt",
    "partly": "Delvis uppfyllt",
    "partly_big": "Till stor del uppfyllt",
    "not_achieved": "Inte uppfyllt",
}

# perspektiv: [(fokusområde, [(goal, scale word, [(indicator, 2024, 2025, target, trend, fmt)], analysis)])]
PERSPECTIVES = [
    (
        "Invånare och brukare",
        [
            (
                "Lärande och utveckling",
                [
                    (
                        "Fler elever ska nå kunskapskraven i alla ämnen",
                        "partly_big",
                        [
                            (
                                "Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen",
                                68.4,
                                71.2,
                                "75 %",
                                "↑",
                                PCT1,
                            ),
                            (
                                "Andel elever i åk 9 behöriga till yrkesprogram",
                                82.1,
                                84.6,
                                "85 %",
                                "↑",
                                PCT1,
                            ),
                            ("Genomsnittligt meritvärde i åk 9", 218.5, 224.0, "225", "↑", DEC1),
                        ],
                        "Resultaten har förbättrats för andra året i rad och två av tre indikatorer ligger "
                        "nära målvärdet. Skillnaden mellan skolorna är fortsatt stor.",
                    ),
                    (
                        "Andelen gymnasieelever som tar examen inom fyra år ska öka",
                        "partly",
                        [
                            (
                                "Andel gymnasieelever med examen inom 4 år",
                                74.0,
                                73.1,
                                "80 %",
                                "↓",
                                PCT1,
                            ),
                            (
                                "Andel elever på introduktionsprogram som går vidare",
                                38,
                                41,
                                "45 %",
                                "↑",
                                PCT,
                            ),
                        ],
                        "Examensgraden minskade något, medan fler elever på introduktionsprogrammen "
                        "gick vidare till nationella program.",
                    ),
                ],
            ),
            (
                "Trygghet och hälsa",
                [
                    (
                        "Alla barn och elever ska känna sig trygga i förskola och skola",
                        "achieved",
                        [
                            (
                                "Andel elever i åk 5 som känner sig trygga i skolan",
                                91,
                                93,
                                "90 %",
                                "↑",
                                PCT,
                            ),
                            (
                                "Andel vårdnadshavare som upplever att barnet är tryggt i förskolan",
                                96,
                                97,
                                "95 %",
                                "→",
                                PCT,
                            ),
                        ],
                        "Båda indikatorerna når målvärdet. Arbetet med rastaktiviteter har gett effekt.",
                    ),
                ],
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            (
                "Attraktiv arbetsgivare",
                [
                    (
                        "Andelen legitimerade lärare ska öka",
                        "not_achieved",
                        [
                            (
                                "Andel lärare med lärarlegitimation i grundskolan",
                                78.9,
                                76.5,
                                "82 %",
                                "↓",
                                PCT1,
                            ),
                            ("Personalomsättning bland lärare", 11.2, 12.8, "10 %", "↓", PCT1),
                        ],
                        "Flera legitimerade lärare har gått i pension och rekryteringsläget är svårt, "
                        "särskilt i matematik och moderna språk.",
                    ),
                    (
                        "Sjukfrånvaron bland medarbetarna ska minska",
                        "achieved",
                        [
                            (
                                "Sjukfrånvaro bland nämndens medarbetare",
                                7.1,
                                6.2,
                                "6,5 %",
                                "↑",
                                PCT1,
                            ),
                        ],
                        "Sjukfrånvaron har minskat inom alla verksamheter, mest inom förskolan.",
                    ),
                ],
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "Hållbar ekonomi",
                [
                    (
                        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
                        "partly_big",
                        [
                            (
                                "Budgetavvikelse i procent av nettobudget",
                                -0.9,
                                -0.4,
                                "0,0 %",
                                "↑",
                                PCT1,
                            ),
                        ],
                        "Underskottet om 3,1 mnkr motsvarar 0,4 procent av budgeten och beror på "
                        "gymnasieskolans interkommunala ersättningar.",
                    ),
                ],
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="sandviken-bildningsnamnden-arsredovisning-2025",
        municipality="Sandviken",
        committee="Bildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Bildningsnämnden, årsredovisning 2025 printed from a goal-management system "
        "(Stratsys/Hypergene-like); reportlab, Carlito",
        hard='goals under "Perspektiv: …" and "Fokusområde: …" headings, each goal a heading '
        "followed by a small indicator table of its own (Indikator | Utfall 2024 | Utfall 2025 | "
        "Målvärde | Trend, arrows ↑ ↓ → in the trend column, a negative percentage) and then a "
        'line "Samlad bedömning: …" on a four-step scale ("Helt uppfyllt", "Till stor del '
        'uppfyllt", "Delvis uppfyllt", "Inte uppfyllt"), so the assessment comes after the table '
        "and not beside the title; the KPIs are spread over seven tables; a drift table per "
        "verksamhet with Budget 2025 | Utfall 2025 | Avvikelse",
    )
    d.p("Årsredovisning 2025", "title")
    d.p("Bildningsnämnden", "subtitle")
    d.p("Sandvikens kommun", "subtitle")
    d.p("Utskriven från kommunens system för mål och uppföljning 2026-02-09", "meta")
    d.page_break()
    d.h(1, "Nämndens uppdrag och årets händelser")
    d.p(
        "Bildningsnämnden ansvarar för förskola, grundskola, fritidshem, gymnasieskola och "
        "vuxenutbildning i Sandvikens kommun. Under 2025 öppnade den nya förskolan i Årsunda och "
        "gymnasieskolan Göranssonska skolan fick ett nytt naturbruksprogram."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämndens mål följs upp med indikatorer. Bedömningen görs på en fyrgradig skala: Helt "
        "uppfyllt, Till stor del uppfyllt, Delvis uppfyllt och Inte uppfyllt. Trendpilen visar "
        "utvecklingen jämfört med föregående år (↑ förbättring, → oförändrat, ↓ försämring)."
    )
    k = 0
    for persp, areas in PERSPECTIVES:
        d.h(2, f"Perspektiv: {persp}", toc=False)
        for area, goals in areas:
            d.h(3, f"Fokusområde: {area}", toc=False, style="focus")
            for g, s, inds, analysis in goals:
                k += 1
                d.goal(g, "partly" if s == "partly_big" else s)
                d.h(3, g, toc=False, style="goal")
                d.table(
                    Table(
                        label_head=("Indikator",),
                        cols=[
                            Col(("Utfall 2024",), year="2024", width=0.75),
                            Col(("Utfall 2025",), year="2025", width=0.75),
                            Col(("Målvärde",), width=0.7),
                            Col(("Trend",), width=0.45),
                        ],
                        rows=[Row(n, [a, b, Raw(t), Raw(tr)], fmt=f) for n, a, b, t, tr, f in inds],
                        kind="kpi",
                        label_width=3.6,
                    )
                )
                d.add(P(f"Samlad bedömning: {WORDS[s]}", "status"))
                d.p(analysis)
    d.h(1, "Ekonomi")
    units = [
        ("Nämnd och förvaltningsledning", 38_400, 37_150),
        ("Förskola", 236_900, 233_480),
        ("Grundskola och fritidshem", 412_300, 410_920),
        ("Gymnasieskola", 168_700, 175_260),
        ("Vuxenutbildning", 41_200, 39_790),
    ]
    rows = [Row(n, [b, u, b - u]) for n, b, u in units]
    tb, tu = (sum(x[j] for x in units) for j in (1, 2))
    assert (tb, tu, tb - tu) == (897_500, 896_600, 900), (tb, tu)
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu], total=True))
    d.p(
        "Nämnden redovisar ett överskott om 900 tkr. Gymnasieskolan har ett underskott om "
        "6 560 tkr till följd av fler elever i andra kommuners skolor, som vägs upp av "
        "överskott inom förskola, grundskola och vuxenutbildning."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet",
            note="Avvikelse = budget minus utfall.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#6B2C5F"),
        "h_sizes": {1: 16, 2: 13, 3: 11},
        "table_size": 8.8,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#EDE3EB"),
        "header": "Sandvikens kommun\t\tBildningsnämnden – Årsredovisning 2025",
        "footer": "Utskrivet 2026-02-09\t\t{page} ({pages})",
        "hf_size": 7.5,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    from reportlab.lib.styles import ParagraphStyle

    focus = ParagraphStyle("focus", parent=r.styles["h3"], fontName="Carlito-Italic",
                           textColor=colors.HexColor("#404040"), fontSize=10.5)  # fmt: skip
    goal = ParagraphStyle("goal", parent=r.styles["h3"], textColor=colors.black, fontSize=11,
                          spaceBefore=8, spaceAfter=4)  # fmt: skip
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    def heading(b):  # type: ignore[no-untyped-def]
        st = {"focus": focus, "goal": goal}.get(b.style or "", r.styles[f"h{min(b.level, 3)}"])
        return Paragraph(escape(b.full), st)

    r.heading_factory = heading
    r.styles["status"] = ParagraphStyle("st", parent=r.styles["body"], fontName="Carlito-Bold",
                                        spaceBefore=0, spaceAfter=2)  # fmt: skip
    return r.build(out / f"{doc.stem}.pdf")

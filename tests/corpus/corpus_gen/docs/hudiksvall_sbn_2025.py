"""Hudiksvall, Samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, Liberation Sans body, Liberation
Serif headings): the assessment of each goal is one cell of a "Måluppfyllelse" column holding the
count of indicators met and a word ("3 av 4 indikatorer uppfyllda – Delvis uppfyllt"), so the word
"uppfyllda" is in every cell whatever the assessment."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# goal, indicators met, indicators in all, status, comment
GOALS = [
    (
        "Handläggningen av bygglov ska vara snabb och rättssäker",
        3,
        3,
        "achieved",
        "Median handläggningstid 4 veckor; inga beslut överklagades med framgång.",
    ),
    (
        "Fler bostäder ska kunna byggas i hela kommunen",
        3,
        4,
        "partly",
        "Tre nya detaljplaner antogs; planberedskapen i Iggesund är fortfarande låg.",
    ),
    (
        "Resor med kollektivtrafik, cykel och gång ska öka",
        1,
        3,
        "not_achieved",
        "Cykelflödena ökade men resandet med stadsbuss minskade med 4 procent.",
    ),
    (
        "Kommunens gator och vägar ska vara trygga och tillgängliga",
        2,
        2,
        "achieved",
        "Ny belysning längs Strandvägen; alla busshållplatser i centrum är tillgänglighetsanpassade.",
    ),
    (
        "Nämnden ska ha en ekonomi i balans",
        1,
        2,
        "partly",
        "Underskott om 2,4 mnkr för vinterväghållningen; övrig verksamhet inom budget.",
    ),
]


def cell_word(met: int, total: int, status: str) -> str:
    return f"{met} av {total} indikatorer uppfyllda – {WORDS[status]}"


def build() -> Doc:
    d = Doc(
        stem="hudiksvall-samhallsbyggnadsnamnden-arsredovisning-2025",
        municipality="Hudiksvall",
        committee="Samhällsbyggnadsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, Liberation Sans body, "
        "Liberation Serif headings)",
        hard="a goal table Nämndmål | Kommentar | Måluppfyllelse whose status cell holds the "
        'count of indicators met and a word after a dash ("3 av 4 indikatorer uppfyllda – Delvis '
        'uppfyllt", "1 av 3 indikatorer uppfyllda – Ej uppfyllt"), so "uppfyllda" is in every '
        "status cell and only the word after the dash says the assessment; the cell wraps over "
        'two lines; the municipality as "Hudiksvalls kommun" only on the cover and in the footer; '
        "KPI columns Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025; a drift table per "
        "verksamhet Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall)",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Årsredovisning 2025\nSamhällsbyggnadsnämnden\nHudiksvalls kommun",
        )
    )
    d.h(1, "Året i korthet")
    d.p(
        "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, miljö- och "
        "hälsoskydd, gator, vägar och parker samt kollektivtrafik i Hudiksvalls kommun. Under "
        "2025 antogs tre detaljplaner för bostäder och arbetet med den nya översiktsplanen "
        "påbörjades."
    )
    d.p(
        "Nämnden redovisar ett underskott om 2 400 tkr, som helt beror på en snörik vinter. Av "
        "nämndens fem mål är två uppfyllda, två delvis uppfyllda och ett inte uppfyllt."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Varje nämndmål följs upp med två till fyra indikatorer. Ett mål är uppfyllt när alla "
        "dess indikatorer är uppfyllda och delvis uppfyllt när minst hälften är det."
    )
    lines = ["Tabell 1. Nämndens mål 2025", "Nämndmål\tKommentar\tMåluppfyllelse"]
    for g, met, tot, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{c}\t{cell_word(met, tot, s)}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Indikator",),
            cols=[
                Col(("Utfall", "2023"), year="2023"),
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Målvärde", "2025")),
            ],
            rows=[
                Row("Handläggningstid bygglov, median veckor", [6, 5, 4, 5], fmt=N),
                Row("Antal antagna detaljplaner för bostäder", [1, 2, 3, 3], fmt=N),
                Row("Antal påbörjade bostäder", [112, 94, 138, 150], fmt=N),
                Row("Resor med stadsbuss, tusental", [612.4, 640.8, 615.2, 660.0], fmt=DEC1),
                Row("Cykelpassager vid mätpunkt Hamngatan, tusental", [188, 196, 214, 200], fmt=N),
                Row("Andel tillgänglighetsanpassade busshållplatser", [71, 79, 86, 85], fmt=PCT),
            ],
            kind="kpi",
            caption="Tabell 2. Indikatorer",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi")
    units = [
        ("Nämnd och förvaltningsledning", 8_900, 8_650),
        ("Plan och bygg", 14_200, 13_880),
        ("Miljö- och hälsoskydd", 9_600, 9_410),
        ("Gator och vägar", 41_300, 44_260),
        ("Parker och grönområden", 12_800, 12_610),
        ("Kollektivtrafik", 36_500, 36_890),
    ]
    tb = sum(u[1] for u in units)
    tu = sum(u[2] for u in units)
    assert tb - tu == -2_400, tb - tu
    trows = [Row(n, [b, u, b - u]) for n, b, u in units]
    trows.append(Row("Summa nämnden", [tb, tu, tb - tu], total=True))
    d.p(
        "Gator och vägar överskrider budget med 2 960 tkr på grund av vinterväghållningen i "
        "januari–mars och december. Övriga verksamheter redovisar sammantaget ett litet "
        "överskott."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=trows,
            kind="unit",
            caption="Tabell 3. Nettokostnad per verksamhet",
            note="Avvikelse = budget minus utfall; ett minus är ett underskott.",
            fmt=N,
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "hfont": "LiberationSerif",
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.HexColor("#7A1F2B"),
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#F1E4E6"),
        "header": "Samhällsbyggnadsnämnden\t\tÅrsredovisning 2025",
        "footer": "Hudiksvalls kommun\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 180),
            r.para("Årsredovisning 2025", "title"),
            r.para("Samhällsbyggnadsnämnden", "subtitle"),
            rl.Spacer(1, 240),
            r.para("Hudiksvalls kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Nämndmål", "cellb"), p("Kommentar", "cellb"), p("Måluppfyllelse", "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1E4E6")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#7A1F2B")),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#A0A0A0")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for g, met, tot, s, c in GOALS:
            data.append([p(g), p(c), p(cell_word(met, tot, s))])
        widths = [0.36, 0.42, 0.22]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Nämndens mål 2025", "caption"), tbl, rl.Spacer(1, 10)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

"""Nyköping, Miljö- och samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, DejaVu Sans
Condensed): the goals in a table whose status column is headed "Målet uppfyllt?" and says only
"Ja", "Delvis" or "Nej"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
BLUE = colors.HexColor("#1D4E89")
WORDS = {"achieved": "Ja", "partly": "Delvis", "not_achieved": "Nej"}

# goal, status, comment
GOALS = [
    (
        "Detaljplaner ska tas fram i den takt som behövs för kommunens bostadsbyggande",
        "achieved",
        "14 detaljplaner antogs, med plats för 620 bostäder.",
    ),
    (
        "Bygglov ska beslutas inom lagstadgad tid",
        "partly",
        "94 procent av lovärendena beslutades inom tio veckor; målet är 100 procent.",
    ),
    (
        "Tillsynen av miljöfarlig verksamhet ska följa tillsynsplanen",
        "not_achieved",
        "71 procent av de planerade besöken genomfördes på grund av vakanser.",
    ),
    (
        "Kunderna ska uppleva god service vid kontakt med nämnden",
        "achieved",
        "NKI för bygglov ökade till 73 och för miljötillsyn till 76.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "partly",
        "Underskott om 1,4 mnkr inom bygglov, överskott inom miljö och plan; totalt "
        "ett överskott om 0,6 mnkr men inte inom alla verksamheter.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="nykoping-miljo-och-samhallsbyggnadsnamnden-arsredovisning-2025",
        municipality="Nyköping",
        committee="Miljö- och samhällsbyggnadsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Miljö- och samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, DejaVu Sans "
        "Condensed)",
        hard='a goal table Nr | Nämndmål | Kommentar | "Målet uppfyllt?" whose status column '
        'says only "Ja", "Delvis" or "Nej" (a yes/no answer, not an assessment word), the goal '
        "numbered in a column of its own; a KPI table Utfall 2023 | 2024 | 2025 with a decimal "
        "row and an index; a drift table per verksamhet with Budget 2025 | Utfall 2025 | "
        "Avvikelse | Utfall 2024 (the previous year last) and a Summa row; the municipality as "
        '"Nyköpings kommun" on the cover and in the footer',
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Nyköpings kommun\nÅrsredovisning 2025\nMiljö- och samhällsbyggnadsnämnden",
        )
    )
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Miljö- och samhällsbyggnadsnämnden ansvarar för detaljplanering, bygglov, "
        "lantmäteri, miljö- och hälsoskydd samt livsmedelskontroll. Nämnden har under året "
        "haft tio sammanträden."
    )
    d.h(1, "Årets viktigaste händelser")
    d.p(
        "Efterfrågan på bygglov minskade under våren men ökade igen efter sommaren. "
        "Detaljplanen för Spelhagen etapp 2 vann laga kraft i oktober. Miljöavdelningen har "
        "haft svårt att rekrytera inspektörer, vilket har påverkat tillsynen."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025. Av tabellen framgår om respektive mål har uppfyllts "
        "vid årets slut."
    )
    lines = ["Tabell 1. Nämndmål 2025", "Nr\tNämndmål\tKommentar\tMålet uppfyllt?"]
    for k, (g, s, c) in enumerate(GOALS, 1):
        d.goal(g, s)
        lines.append(f"{k}\t{g}\t{c}\t{WORDS[s]}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.p(
        "Tre av fem mål har uppfyllts helt eller delvis. Tillsynsmålet har inte uppfyllts, och "
        "nämnden har beslutat att prioritera tillsyn av verksamheter med hög risk under 2026."
    )
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall 2023",), year="2023"),
                Col(("Utfall 2024",), year="2024"),
                Col(("Utfall 2025",), year="2025"),
            ],
            rows=[
                Row("Antal beslutade bygglov", [712, 655, 688], fmt=N),
                Row("Handläggningstid bygglov, median i veckor", [5.8, 6.4, 6.1], fmt=DEC1),
                Row("Antal antagna detaljplaner", [11, 9, 14], fmt=N),
                Row("Andel genomförda planerade tillsynsbesök", [88, 82, 71], fmt=PCT),
                Row("Antal livsmedelskontroller", [Raw("–"), 1_104, 1_187], fmt=N),
                Row("Nöjd Kund Index, bygglov", [68, 70, 73], fmt=N),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            note="Livsmedelskontrollerna räknades på ett annat sätt före 2024.",
            label_width=3.2,
        )
    )
    d.h(1, "Ekonomi")
    units = [
        ("Nämnd och förvaltningsledning", 4_850, 4_610, 4_720),
        ("Plan", 9_400, 8_920, 8_760),
        ("Bygglov", 3_200, 4_600, 2_950),
        ("Lantmäteri", 1_150, 890, 1_310),
        ("Miljö och hälsoskydd", 12_600, 11_580, 12_040),
    ]
    rows = [Row(n, [b, u, b - u, f]) for n, b, u, f in units]
    tb, tu, tf = (sum(x[k] for x in units) for k in (1, 2, 3))
    assert (tb, tu, tb - tu, tf) == (31_200, 30_600, 600, 29_780), (tb, tu, tf)
    rows.append(Row("Summa", [tb, tu, tb - tu, tf], total=True))
    d.p(
        "Nämnden redovisar ett överskott om 600 tkr. Bygglov har ett underskott om 1 400 tkr "
        "eftersom intäkterna blev lägre än budgeterat, medan vakanser inom miljö och plan gav "
        "lägre personalkostnader."
    )
    d.table(
        Table(
            label_head=("Nettokostnad, tkr",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet",
            note="Avvikelse = budget minus utfall. Negativt tal innebär ett underskott.",
            fmt=N,
            label_width=2.8,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Under 2026 införs en ny plan- och bygglovstaxa. Nämnden räknar med fortsatt hög "
        "efterfrågan på detaljplaner i stationsområdet inför Ostlänken."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "DejaVuSansCondensed",
        "hfont": "DejaVuSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.3,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#D6E2F0"),
        "header": "Miljö- och samhällsbyggnadsnämnden\t\tÅrsredovisning 2025",
        "footer": "Nyköpings kommun\t\tSida {page} av {pages}",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 30),
            r.para("Nyköpings kommun", "subtitle"),
            rl.Spacer(1, 260),
            r.para("Årsredovisning 2025", "title"),
            r.para("Miljö- och samhällsbyggnadsnämnden", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Nr", "cellb"), p("Nämndmål", "cellb"), p("Kommentar", "cellb"),
                 p("Målet uppfyllt?", "cellb")]]  # fmt: skip
        for k, (g, s, c) in enumerate(GOALS, 1):
            data.append([p(str(k)), p(g), p(c), p(WORDS[s])])
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6E2F0")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        widths = [0.06, 0.40, 0.38, 0.16]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Nämndmål 2025", "caption"), tbl, rl.Spacer(1, 8)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

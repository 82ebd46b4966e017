"""Eslöv, Vård- och omsorgsnämnden, månadsrapport per den 31 juli 2026 (reportlab, Carlito): the
committee is named only in the running page header; the period only as "per den 31 juli" (no
"januari–juli" anywhere), the year only in "Budget 2026" / "helårsprognos 2026"; the drift table
is split by "Verksamhetsområde …" group rows with a Summa row under each and has a column
"Prognos föregående månad" beside this month's prognosis; a date in August in the masthead."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
BLUE = colors.HexColor("#00557F")

# verksamhetsområde: [(verksamhet, budget 2026, utfall per 31 juli, prognos 2026, prognos föreg.)]
AREAS = [
    (
        "Nämnd och ledning",
        [
            ("Nämnd", 1_450, 790, 1_450, 1_450),
            ("Förvaltningsledning och administration", 24_300, 13_480, 23_800, 23_900),
        ],
    ),
    (
        "Ordinärt boende",
        [
            ("Hemtjänst", 118_600, 71_240, 123_900, 122_700),
            ("Hemsjukvård och rehabilitering", 54_200, 31_050, 54_900, 54_900),
            ("Dagverksamhet", 6_800, 3_610, 6_400, 6_500),
        ],
    ),
    (
        "Särskilt boende",
        [
            ("Vård- och omsorgsboenden", 196_500, 116_830, 199_300, 198_100),
            ("Korttidsvård", 21_900, 13_420, 23_100, 22_600),
        ],
    ),
    (
        "Funktionsstöd",
        [
            ("Bostad med särskild service, LSS", 88_700, 50_960, 87_900, 88_200),
            ("Personlig assistans", 39_400, 24_110, 41_200, 40_600),
            ("Daglig verksamhet", 27_100, 15_280, 26_300, 26_500),
        ],
    ),
]


def drift_rows() -> tuple[list[Row], list[int]]:
    rows: list[Row] = []
    grand = [0, 0, 0, 0]
    for area, units in AREAS:
        rows.append(Row(f"Verksamhetsområde {area}", [None] * 5, heading=True))
        tot = [0, 0, 0, 0]
        for name, b, u, p, pf in units:
            rows.append(Row(name, [b, u, p, pf, b - p], indent=1))
            for j, v in enumerate((b, u, p, pf)):
                tot[j] += v
        rows.append(Row(f"Summa {area.lower()}", [*tot, tot[0] - tot[2]], total=True))
        grand = [g + t for g, t in zip(grand, tot, strict=True)]
    rows.append(Row("Summa nämnden", [*grand, grand[0] - grand[2]], total=True))
    return rows, grand


def build() -> Doc:
    d = Doc(
        stem="eslov-vard-och-omsorgsnamnden-manadsrapport-2026-07",
        municipality="Eslöv",
        committee="Vård- och omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-07-31",
        title="Månadsrapport per den 31 juli",
        engine="reportlab",
        what="Vård- och omsorgsnämnden, månadsrapport per den 31 juli 2026 (reportlab, Carlito), "
        "no title page, no goals",
        hard='the committee is named only in the running page header ("Vård- och '
        'omsorgsnämnden", left, above a rule), never in the text, which says "nämnden"; the '
        'period only as "per den 31 juli" (title "Månadsrapport per den 31 juli", column '
        '"Utfall per 31 juli"), never "januari–juli", the year only in "Budget 2026" and '
        '"Helårsprognos 2026", and the masthead carries the report\'s date in August '
        '("Datum: 2026-08-12"); a drift table split by group rows "Verksamhetsområde …" (a '
        'label only) with the verksamheter below and a "Summa <område>" row under each and '
        '"Summa nämnden" last, with the columns Budget 2026 | Utfall per 31 juli | Prognos '
        "2026 | Prognos föregående månad | Avvikelse (tkr, budget minus this month's "
        "prognosis), so two prognosis columns stand side by side; a volumes table Juli 2025 | "
        'Juli 2026; the municipality as "Eslövs kommun" in the masthead and the footer',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Eslövs kommun\nMånadsrapport per den 31 juli\n"
            "Ekonomisk uppföljning med helårsprognos 2026\nDatum: 2026-08-12\n"
            "Diarienummer: VON 2026/0187",
        )
    )
    rows, grand = drift_rows()
    dev = grand[0] - grand[2]
    dev_prev = grand[0] - grand[3]
    assert (dev, dev_prev) == (-9_300, -6_500), (dev, dev_prev)
    d.h(1, "Sammanfattning")
    d.p(
        "Nämnden prognostiserar ett underskott om 9 300 tkr för helåret, en försämring med "
        "2 800 tkr jämfört med prognosen föregående månad. Försämringen förklaras främst av "
        "fler beviljade hemtjänsttimmar under sommaren, ökad beläggning på korttidsvården och "
        "två nya ärenden inom personlig assistans."
    )
    d.p(
        "Utfallet per den 31 juli motsvarar 59 procent av årsbudgeten. Semesterperioden gör att "
        "kostnaderna för vikarier är högre under juni–augusti än under resten av året, vilket "
        "har beaktats i prognosen."
    )
    d.h(1, "Driftredovisning")
    d.p(
        "Tabellen visar nettokostnad per verksamhet, grupperad efter verksamhetsområde. "
        "Kolumnen Prognos föregående månad visar den helårsprognos som redovisades i "
        "månadsrapporten per den 30 juni."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall per", "31 juli")),
                Col(("Prognos", "2026")),
                Col(("Prognos", "föregående", "månad")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 1. Driftredovisning per verksamhetsområde, nettokostnad, tkr",
            note="Avvikelse = budget 2026 minus prognos 2026; ett negativt belopp är ett "
            "underskott.",
            label_width=3.2,
        )
    )
    d.h(2, "Kommentarer per verksamhetsområde")
    d.p(
        "Ordinärt boende: Hemtjänsten prognostiserar ett underskott om 5 300 tkr. Antalet "
        "beviljade timmar har ökat med sju procent jämfört med juli föregående år, och "
        "prognosen har försämrats med 1 200 tkr sedan juni. Dagverksamheten har lägre "
        "kostnader än budgeterat efter sammanslagningen av två enheter."
    )
    d.p(
        "Särskilt boende: Vård- och omsorgsboendena har haft full beläggning under hela "
        "perioden och har använt fler timvikarier än planerat. Korttidsvården har tagit emot "
        "fler personer från slutenvården, vilket ger ett underskott om 1 200 tkr."
    )
    d.p(
        "Funktionsstöd: Två nya beslut om personlig assistans enligt LSS har tillkommit sedan "
        "förra rapporten. Bostad med särskild service och daglig verksamhet beräknas tillsammans "
        "ge ett överskott om 1 600 tkr genom vakanser och lägre kostnader för resor."
    )
    d.h(1, "Volymer")
    d.table(
        Table(
            label_head=("Volym",),
            cols=[Col(("Juli 2025",), year="2025"), Col(("Juli 2026",), year="2026")],
            rows=[
                Row("Beviljade hemtjänsttimmar under månaden", [27_840, 29_790]),
                Row("Personer med hemtjänst", [812, 846]),
                Row("Belagda platser i vård- och omsorgsboende", [331, 336]),
                Row("Vårddygn korttidsvård", [1_074, 1_212]),
                Row("Personer med personlig assistans, LSS", [41, 44]),
                Row("Väntande på plats i vård- och omsorgsboende", [17, 9]),
                Row("Sjukfrånvaro, procent", [8.2, 7.6], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 2. Volymer i juli",
            label_width=3.4,
        )
    )
    d.h(1, "Åtgärder")
    d.p(
        "Förvaltningen har påbörjat en genomgång av hemtjänstens planering för att minska "
        "andelen tid utan brukarkontakt. Rekryteringen till korttidsvården fortsätter, så att "
        "behovet av timvikarier minskar under hösten. Nästa månadsrapport avser perioden till "
        "och med den 31 augusti och lämnas tillsammans med delårsrapporten."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EEF4"),
        "header": "Vård- och omsorgsnämnden\t\tMånadsrapport",
        "footer": "Eslövs kommun\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=22, leading=27)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        tbl = rl.RLTable(
            [
                [Paragraph("Eslövs kommun", logo), p("Datum: 2026-08-12", "cellr")],
                ["", p("Diarienummer: VON 2026/0187", "cellr")],
            ],
            colWidths=[W * 0.55, W * 0.45],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [
            tbl,
            rl.Spacer(1, 18),
            Paragraph("Månadsrapport per den 31 juli", big),
            Paragraph("Ekonomisk uppföljning med helårsprognos 2026", sub),
            rl.Spacer(1, 6),
        ]

    r.custom.update(masthead=masthead)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

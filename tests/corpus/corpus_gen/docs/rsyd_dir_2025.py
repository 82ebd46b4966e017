"""Räddningstjänsten Syd (a kommunalförbund), årsredovisning 2025 (Writer): headings numbered by
Writer's outline numbering, goals as a numbered list assessed in the paragraph after each item,
an indicator table with a Trend column, an income statement with a Not column and two years."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import _span_text
from ..model import TOC, Col, Custom, Doc, H, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
TKR = NumFmt(minus="\u2212")

GOALS = [
    (
        "Insatstiden till prioriterade objekt ska vara högst 10 minuter",
        "partly",
        "Medianinsatstiden till prioriterade objekt blev 9,6 minuter, en förbättring jämfört med "
        "2024. I de östra delarna av Kävlinge och i Eslövs landsbygd var insatstiden dock längre än "
        "10 minuter vid 22 procent av larmen. Målet är delvis uppfyllt eftersom målnivån inte nås i "
        "hela förbundsområdet.",
    ),
    (
        "Antalet bränder i bostäder ska minska",
        "achieved",
        "Under året inträffade 287 bränder i bostad, jämfört med 312 året innan. Minskningen är störst "
        "i flerbostadshus i Malmö och Lund, där förbundet tillsammans med de kommunala "
        "bostadsbolagen har arbetat med information om spisbränder och brandvarnare. Målet bedöms "
        "som uppfyllt.",
    ),
    (
        "Tillsyn ska genomföras enligt den beslutade tillsynsplanen",
        "not_achieved",
        "Förbundet genomförde 614 av 740 planerade tillsyner enligt lagen om skydd mot olyckor och "
        "lagen om brandfarliga och explosiva varor. Vakanser bland brandinspektörerna under våren och "
        "ett stort antal tillståndsärenden gjorde att planen inte kunde följas. Målet har inte "
        "uppnåtts.",
    ),
    (
        "Fler invånare ska ha kunskap om hur de förebygger och hanterar brand",
        "achieved",
        "Förbundet har utbildat 13 410 personer i brandskydd och hjärt-lungräddning, bland dem "
        "samtliga elever i årskurs 5 i medlemskommunerna. Målnivån om 12 000 personer har "
        "överträffats. Målet är uppnått.",
    ),
    (
        "Sjukfrånvaron bland medarbetarna ska minska",
        "not_achieved",
        "Sjukfrånvaron har ökat för andra året i rad och uppgick till 5,6 procent. Ökningen avser "
        "främst långtidssjukskrivningar bland dagtidspersonalen. Förbundet har infört en ny "
        "rutin för tidig rehabilitering. Målet har inte uppnåtts.",
    ),
]

INDICATORS = [
    # name, 2023, 2024, 2025, target, trend, format
    (
        "Medianinsatstid till prioriterade objekt, minuter",
        10.1,
        9.8,
        9.6,
        "≤ 10,0",
        "Förbättras",
        DEC1,
    ),
    ("Antal bränder i bostad", 305, 312, 287, "≤ 300", "Förbättras", N),
    ("Andel genomförda tillsyner enligt tillsynsplan", 91, 88, 83, "100 %", "Försämras", PCT),
    (
        "Antal personer som utbildats i brandskydd",
        11_240,
        12_085,
        13_410,
        "≥ 12 000",
        "Förbättras",
        N,
    ),
    ("Antal räddningsinsatser", 7_842, 7_910, 7_905, "–", "Oförändrad", N),
    ("Sjukfrånvaro", 4.8, 5.1, 5.6, "≤ 5,0 %", "Försämras", PCT1),
]


def build() -> Doc:
    d = Doc(
        stem="raddningstjansten-syd-direktionen-arsredovisning-2025",
        municipality="Räddningstjänsten Syd",
        committee="Direktionen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="a kommunalförbund's årsredovisning 2025 (räddningstjänst, five member municipalities); "
        "Writer with outline-numbered headings",
        hard="the organisation is an association whose name has no förbund in it "
        '("Räddningstjänsten Syd"); headings numbered by Writer\'s outline numbering ("1.2 '
        'Måluppfyllelse", "1.2.1 Verksamhetsmål"), the numbers being list labels; the goals are a '
        "numbered list (1.–5.), each item followed by a plain paragraph whose last sentence is the "
        'assessment ("Målet bedöms som uppfyllt.", "Målet är delvis uppfyllt eftersom …", "Målet har '
        'inte uppnåtts."); an indicator table 2023 | 2024 | 2025 | Mål 2025 | Trend with a word in '
        'the last column ("Förbättras", "Försämras"); the income statement in tkr with a Not column '
        'of small integers and "−" (U+2212) minus; note tables after it',
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#A6192E",
        "title_color": "#A6192E",
        "header": "Räddningstjänsten Syd\t\tÅrsredovisning 2025",
        "footer": "\t{page}\t",
        "hf_size": 8,
        "hf_rule": True,
        "table_rules": "rules",
        "table_head_bg": "#EDEDED",
        "table_size": 9,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "margins": (2.0, 2.0, 2.5, 2.5),
        "h1_page_break": False,
        "justify": False,
    }
    d.options["pdf_title"] = "Räddningstjänsten Syd – Årsredovisning 2025"
    d.add(
        Custom(
            "cover",
            {},
            words="Räddningstjänsten Syd\n\nÅrsredovisning 2025\n\nDirektionen\n\n"
            "Fastställd av direktionen 2026-03-20\n\n"
            "Ett kommunalförbund för Burlöv, Eslöv, Kävlinge, Lund och Malmö",
        )
    )
    d.add(PageBreak(), TOC("Innehåll", levels=2))
    d.h(1, "Förvaltningsberättelse", "1")
    d.p(
        "Direktionen för Räddningstjänsten Syd avger härmed årsredovisning för verksamhetsåret "
        "2025. Årsredovisningen har upprättats enligt lagen om kommunal bokföring och redovisning."
    )
    d.h(2, "Uppdrag och organisation", "1.1")
    d.p(
        "Räddningstjänsten Syd är ett kommunalförbund med Burlövs kommun, Eslövs kommun, Kävlinge "
        "kommun, Lunds kommun och Malmö stad som medlemmar. Förbundet ansvarar för räddningstjänst "
        "och förebyggande verksamhet enligt lagen om skydd mot olyckor och för tillstånd och tillsyn "
        "enligt lagen om brandfarliga och explosiva varor. Förbundets område har drygt 560 000 "
        "invånare."
    )
    d.p(
        "Direktionen är förbundets högsta beslutande organ. Den består av elva ledamöter, varav tre "
        "från Malmö stad, två från Lunds kommun och två från var och en av de övriga "
        "medlemskommunerna. Förbundet har 13 brandstationer och cirka 730 medarbetare."
    )
    d.h(2, "Måluppfyllelse", "1.2")
    d.p(
        "Direktionen har i verksamhetsplanen för 2025 fastställt fem verksamhetsmål. Varje mål följs "
        "upp med indikatorer, och förbundsdirektören gör en samlad bedömning av måluppfyllelsen. "
        "Två av målen är uppfyllda, ett är delvis uppfyllt och två har inte uppnåtts."
    )
    d.h(3, "Verksamhetsmål", "1.2.1", toc=False)
    for k, (title, status, body) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.add(
            Custom(
                "goalitem",
                {"n": k, "title": title, "body": body},
                words=f"{k}. {title}\n\n{body}",
            )
        )
    d.h(3, "Indikatorer", "1.2.2", toc=False)
    d.p(
        "Tabellen visar utfallet för de indikatorer som direktionen följer. Trenden avser "
        "utvecklingen under de tre senaste åren."
    )
    d.table(
        Table(
            label_head=("Indikator",),
            cols=[
                Col(("2023",), year="2023", width=0.8),
                Col(("2024",), year="2024", width=0.8),
                Col(("2025",), year="2025", width=0.8),
                Col(("Mål 2025",), width=0.9),
                Col(("Trend",), width=1.1),
            ],
            rows=[
                Row(name, [a, b, c, Raw(target), Raw(trend)], fmt=f)
                for name, a, b, c, target, trend, f in INDICATORS
            ],
            kind="kpi",
            caption="Tabell 1. Indikatorer för verksamhetsmålen",
            label_width=3.6,
        )
    )
    d.h(2, "God ekonomisk hushållning och ekonomisk ställning", "1.3")
    d.p(
        "Förbundet redovisar ett positivt resultat om 1 610 tkr, vilket är 914 tkr lägre än 2024. "
        "Verksamhetens kostnader ökade med 4,5 procent, främst till följd av löneökningar och högre "
        "kostnader för drivmedel och fordonsunderhåll. Intäkterna ökade genom fler tillståndsärenden "
        "och högre ersättning för automatiska brandlarm. Det finansiella målet om ett positivt "
        "resultat är uppfyllt, och balanskravet är uppfyllt."
    )
    d.h(2, "Förväntad utveckling", "1.4")
    d.p(
        "Under 2026 tas den nya brandstationen i Hyllie i drift. Förbundet ska också genomföra det "
        "nya handlingsprogrammet för perioden 2026–2029, som medlemskommunerna har antagit under "
        "hösten 2025."
    )
    d.add(PageBreak())
    d.h(1, "Räkenskaper", "2")
    d.h(2, "Resultaträkning", "2.1")
    top = [
        ("Verksamhetens intäkter", "1", 118_642, 109_375),
        ("Verksamhetens kostnader", "2", -498_317, -476_902),
        ("Avskrivningar", "3", -24_906, -23_118),
    ]
    rows = [Row(n, [Raw(note), a, b]) for n, note, a, b in top]
    n25 = sum(r[2] for r in top)
    n24 = sum(r[3] for r in top)
    rows.append(Row("Verksamhetens nettokostnader", [Raw(""), n25, n24], total=True))
    fin = [
        ("Medlemsbidrag", "4", 407_850, 394_200),
        ("Finansiella intäkter", "", 1_214, 1_486),
        ("Finansiella kostnader", "", -2_873, -2_517),
    ]
    rows += [Row(n, [Raw(note), a, b]) for n, note, a, b in fin]
    r25 = n25 + sum(r[2] for r in fin)
    r24 = n24 + sum(r[3] for r in fin)
    assert (n25, n24, r25, r24) == (-404_581, -390_645, 1_610, 2_524), (n25, n24, r25, r24)
    rows.append(Row("Årets resultat", [Raw(""), r25, r24], total=True))
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=[
                Col(("Not",), in_key=False, width=0.45),
                Col(("2025",), width=0.9),
                Col(("2024",), width=0.9),
            ],
            rows=rows,
            kind="is",
            caption="Belopp i tkr",
            fmt=TKR,
            label_width=3.2,
        )
    )
    d.h(2, "Noter", "2.2")
    d.table(
        Table(
            label_head=("Not 1 Verksamhetens intäkter",),
            cols=[Col(("2025",), width=0.9), Col(("2024",), width=0.9)],
            rows=[
                Row("Avgifter för tillstånd och tillsyn", [14_208, 12_960]),
                Row("Ersättning för automatiska brandlarm", [22_517, 20_884]),
                Row("Utbildning och övningar", [9_683, 9_102]),
                Row("Avtal med andra kommuner", [61_340, 57_215]),
                Row("Övriga intäkter", [10_894, 9_214]),
                Row("Summa", [118_642, 109_375], total=True),
            ],
            kind="plain",
            fmt=TKR,
            label_width=3.2,
        )
    )
    members = [
        ("Malmö stad", 237_362, 229_422),
        ("Lunds kommun", 84_018, 81_205),
        ("Eslövs kommun", 32_220, 31_140),
        ("Kävlinge kommun", 30_999, 29_960),
        ("Burlövs kommun", 23_251, 22_473),
    ]
    assert sum(m[1] for m in members) == 407_850 and sum(m[2] for m in members) == 394_200
    d.table(
        Table(
            label_head=("Not 4 Medlemsbidrag",),
            cols=[Col(("2025",), width=0.9), Col(("2024",), width=0.9)],
            rows=[Row(n, [a, b]) for n, a, b in members]
            + [Row("Summa", [407_850, 394_200], total=True)],
            kind="plain",
            fmt=TKR,
            label_width=3.2,
        )
    )
    d.p(
        "Noterna 2 och 3 redovisas i den fullständiga årsredovisningen som finns på förbundets "
        "webbplats.",
        "small",
    )
    check_numbers(d)
    return d


def check_numbers(d: Doc) -> None:
    nums = [b.num for b in d.blocks if isinstance(b, H)]
    want, counters = [], [0, 0, 0]
    for b in d.blocks:
        if isinstance(b, H):
            counters[b.level - 1] += 1
            for j in range(b.level, 3):
                counters[j] = 0
            want.append(".".join(str(c) for c in counters[: b.level]))
    assert nums == want, (nums, want)


OUTLINE = (
    '<text:outline-style style:name="Outline">'
    + "".join(
        f'<text:outline-level-style text:level="{lvl}" style:num-format="1" '
        f'text:display-levels="{lvl}"><style:list-level-properties '
        'text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{tab}cm" fo:text-indent="-{tab}cm" fo:margin-left="{tab}cm"/>'
        "</style:list-level-properties></text:outline-level-style>"
        for lvl, tab in ((1, 0.9), (2, 1.2), (3, 1.4))
    )
    + "</text:outline-style>"
)

NUMLIST = (
    '<text:list-style style:name="LGoal"><text:list-level-style-number text:level="1" '
    'style:num-suffix="." style:num-format="1"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" '
    'fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number>'
    "</text:list-style>"
)


class Writer(fodt.FodtWriter):
    def styles(self) -> str:
        return (
            super().styles()
            + OUTLINE
            + NUMLIST
            + '<style:style style:name="GoalItem" style:family="paragraph" '
            'style:parent-style-name="Text_20_body" style:list-style-name="LGoal">'
            '<style:paragraph-properties fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" '
            'fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="CoverOrg" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="1cm" fo:margin-bottom="6cm"/>'
            '<style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#A6192E"/>'
            "</style:style>"
            '<style:style style:name="CoverTitle" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-bottom="0.3cm"/>'
            '<style:text-properties fo:font-size="32pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="CoverSub" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-bottom="0.2cm"/>'
            '<style:text-properties fo:font-size="18pt" fo:color="#A6192E"/></style:style>'
            '<style:style style:name="CoverDate" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="10cm" fo:margin-bottom="0.1cm"/>'
            '<style:text-properties fo:font-size="10pt"/></style:style>'
            '<style:style style:name="CoverSmall" style:family="paragraph">'
            '<style:paragraph-properties fo:padding-top="0.15cm" fo:border-top="0.75pt solid #A6192E"/>'
            '<style:text-properties fo:font-size="9pt" fo:color="#595959"/></style:style>'
        )

    def block(self, b):  # type: ignore[no-untyped-def]
        if isinstance(b, H):
            # the number is Writer's outline numbering, not text of the heading
            return (
                f'<text:h text:style-name="Heading_20_{b.level}" text:outline-level="{b.level}">'
                f"{_span_text(b.title)}</text:h>"
            )
        return super().block(b)


def render(doc: Doc, out: Path) -> Path:
    w = Writer(doc)

    def cover(b: Custom) -> str:
        return (
            '<text:p text:style-name="CoverOrg">Räddningstjänsten Syd</text:p>'
            '<text:p text:style-name="CoverTitle">Årsredovisning 2025</text:p>'
            '<text:p text:style-name="CoverSub">Direktionen</text:p>'
            '<text:p text:style-name="CoverDate">Fastställd av direktionen 2026-03-20</text:p>'
            '<text:p text:style-name="CoverSmall">Ett kommunalförbund för Burlöv, Eslöv, '
            "Kävlinge, Lund och Malmö</text:p>"
        )

    def goalitem(b: Custom) -> str:
        g = b.data
        cont = ' text:continue-numbering="true"' if g["n"] > 1 else ""
        return (
            f'<text:list text:style-name="LGoal"{cont}><text:list-item>'
            f'<text:p text:style-name="GoalItem">{_span_text(g["title"])}</text:p>'
            "</text:list-item></text:list>"
            f'<text:p text:style-name="Text_20_body">{_span_text(g["body"])}</text:p>'
        )

    return fodt.build(
        doc, out / "sources", out, custom={"cover": cover, "goalitem": goalitem}, writer=w
    )

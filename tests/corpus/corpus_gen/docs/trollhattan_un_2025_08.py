"""Trollhättan, Utbildningsnämnden, delårsrapport januari–augusti 2025 (Writer, Word-like): the
goals are a bulleted list, each with its assessment after a dash or in parentheses."""

from __future__ import annotations

from ..model import Bullets, Col, Doc, NumFmt, Raw, Row, Table

PCT1 = NumFmt(dec=1, suffix=" %")
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
N = NumFmt()

# goal, status, how the assessment is printed after the goal
GOALS = [
    (
        "Fler elever ska nå kunskapskraven i alla ämnen i årskurs 6",
        "partly",
        " – delvis uppnått",
    ),
    (
        "Alla barn och elever ska känna sig trygga i förskolan och skolan",
        "expected_achieved",
        " – bedöms uppnås",
    ),
    ("Närvaron i grundskolan ska öka", "expected_not_achieved", " (bedöms inte uppnås)"),
    (
        "Andelen legitimerade förskollärare i förskolan ska öka",
        "partly",
        " – delvis uppnått",
    ),
    (
        "Nämndens verksamhet ska bedrivas inom tilldelad budgetram",
        "expected_achieved",
        " (bedöms uppnås)",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="trollhattan-utbildningsnamnden-delarsrapport-2025-08",
        municipality="Trollhättan",
        committee="Utbildningsnämnden",
        report_type="interim",
        year=2025,
        end="2025-08-31",
        title="Delårsrapport januari–augusti 2025",
        engine="fodt",
        what="Utbildningsnämnden, delårsrapport januari–augusti 2025; Writer, a Word-like document "
        "with no title page",
        hard="the goals are a bulleted list with the assessment after a dash or in parentheses "
        '("• Fler elever ska … – delvis uppnått", "• Närvaron i grundskolan ska öka (bedöms inte '
        'uppnås)"), no goal headings; a KPI table Utfall 2023 | Utfall 2024 | Utfall 2025 | '
        "Målvärde 2025 where 2025 is the spring term, a dash for a year not measured; the "
        'municipality as "Trollhättans Stad" in the header; an income statement with a part-year '
        "column and a prognosis-minus-budget deviation (a zero deviation printed as 0)",
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#1F3864",
        "h_sizes": {1: 16, 2: 13, 3: 11.5},
        "first_page_plain": False,
        "header": "Trollhättans Stad\t\tUtbildningsnämnden",
        "footer": "Delårsrapport januari–augusti 2025\t\tSida {page} av {pages}",
        "hf_size": 9,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#D9E2F3",
        "table_size": 10,
        "margins": (2.0, 2.0, 2.5, 2.5),
    }
    d.options["pdf_title"] = "Delårsrapport UN aug 2025"
    d.p("Delårsrapport januari–augusti 2025", "subtitle")
    d.p("Utbildningsnämnden", "subtitle")
    d.p("Dnr UN 2025/0412 · Beslutad av nämnden 2025-09-24", "meta")
    d.h(1, "Sammanfattning")
    d.p(
        "Utbildningsnämnden ansvarar för förskola, grundskola, fritidshem och anpassad grundskola. "
        "Under perioden januari–augusti har antalet barn i förskolan minskat med 96 jämfört med "
        "samma period föregående år, medan antalet elever i grundskolan är i stort sett "
        "oförändrat."
    )
    d.p(
        "Nämnden prognostiserar ett överskott om 0,1 mnkr för helåret. Högre personalkostnader "
        "inom grundskolan vägs upp av ökade statsbidrag och lägre kostnader för skolskjuts."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025. Bedömningen per den 31 augusti av om respektive mål kommer "
        "att uppnås under året framgår nedan."
    )
    d.add(Bullets([g + how for g, _s, how in GOALS]))
    for g, s, _how in GOALS:
        d.goal(g, s)
    d.p(
        "Kunskapsresultaten i årskurs 6 har förbättrats något jämfört med 2024 men skillnaderna "
        "mellan skolorna är fortsatt stora. Närvaron i grundskolan har minskat för tredje året i "
        "rad, och nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för ökad "
        "närvaro."
    )
    d.h(2, "Nyckeltal")
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
                Row(
                    "Andel elever i åk 6 med lägst betyget E i alla ämnen",
                    [78.4, 79.1, 80.2, Raw("85,0 %")],
                    fmt=PCT1,
                ),
                Row(
                    "Andel elever i åk 9 behöriga till gymnasiets yrkesprogram",
                    [81.0, 82.6, 83.9, Raw("88,0 %")],
                    fmt=PCT1,
                ),
                Row(
                    "Genomsnittlig närvaro i grundskolan",
                    [92.1, 91.4, 90.8, Raw("94,0 %")],
                    fmt=PCT1,
                ),
                Row(
                    "Andel elever i åk 5 som känner sig trygga i skolan",
                    [Raw("–"), 89, 91, Raw("90 %")],
                    fmt=PCT,
                ),
                Row(
                    "Andel legitimerade förskollärare av personalen i förskolan",
                    [38, 40, 41, Raw("45 %")],
                    fmt=PCT,
                ),
                Row(
                    "Antal barn per årsarbetare i förskolan", [5.2, 5.1, 5.0, Raw("5,0")], fmt=DEC1
                ),
            ],  # fmt: skip
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            note="Utfall 2025 avser vårterminen 2025. Trygghet mättes första gången 2024.",
            label_width=3.3,
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Resultatet för perioden januari–augusti är ett överskott om 22,0 mnkr, vilket till stor "
        "del beror på att semesterlöneskulden minskar under sommaren. Helårsprognosen är ett "
        "överskott om 100 tkr."
    )
    # row, utfall jan–aug 2025, budget 2025, prognos 2025
    rows = [
        ("Intäkter", 98_640, 142_000, 151_400, False),
        ("Personalkostnader", -712_880, -1_086_500, -1_097_300, False),
        ("Lokalkostnader", -132_050, -198_200, -199_900, False),
        ("Övriga kostnader", -268_420, -412_300, -409_100, False),
    ]
    sums = [sum(r[k] for r in rows[1:]) for k in (1, 2, 3)]
    assert sums == [-1_113_350, -1_697_000, -1_706_300], sums
    net = [rows[0][k] + sums[k - 1] for k in (1, 2, 3)]
    bidrag = [1_036_667, 1_555_000, 1_555_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [21_957, 0, 100], res
    trows = [Row(n, [u, b, p, p - b]) for n, u, b, p, _t in rows]
    trows += [
        Row("Summa kostnader", [*sums, sums[2] - sums[1]], total=True),
        Row("Nettokostnad", [*net, net[2] - net[1]], total=True),
        Row("Kommunbidrag", [*bidrag, 0]),
        Row("Resultat", [*res, res[2] - res[1]], total=True),
    ]
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            cols=[
                Col(("Utfall", "jan–aug 2025")),
                Col(("Budget", "2025")),
                Col(("Prognos", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 2. Resultaträkning",
            note="Avvikelse = prognos minus budget. Positivt tal innebär ett överskott.",
            fmt=N,
            label_width=2.2,
        )
    )
    d.p(
        "Personalkostnaderna överstiger budget med 10,8 mnkr, främst inom grundskolan där fler "
        "elever med behov av särskilt stöd har krävt extra resurser. Intäkterna är 9,4 mnkr högre "
        "än budgeterat tack vare statsbidraget för läromedel."
    )
    return d

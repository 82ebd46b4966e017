"""Malmö, Arbetsmarknads- och socialnämnden, delårsrapport per 30 april 2026 (Writer, DejaVu Sans):
a city's interim report whose KPI tables carry the unit only as a suffix in the column header
("Utfall jan–apr 2026 (%)", "Mål 2026 (dagar)", "Utfall jan–apr 2026 (antal)") with bare numbers in the
cells (percentages with a decimal and no "%"), and a drift table in mnkr whose every header says
"(mnkr)"."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

GOALS = [
    ("Fler Malmöbor ska gå från ekonomiskt bistånd till arbete eller studier", "partly"),
    ("Väntetiden till första samtal inom socialtjänsten ska minska", "expected_achieved"),
    ("Andelen hushåll med långvarigt ekonomiskt bistånd ska minska", "expected_not_achieved"),
    ("Barnfamiljer ska ha ett tryggt och varaktigt boende", "expected_achieved"),
]


def _kpi(caption: str, unit: str, rows: list, fmt: NumFmt, target: bool = True) -> Table:
    cols = [
        Col((f"Utfall jan–apr 2025 ({unit})",), year="2025"),
        Col((f"Utfall jan–apr 2026 ({unit})",), year="2026"),
    ]
    if target:
        cols.append(Col((f"Mål 2026 ({unit})",)))
    return Table(
        label_head=("Indikator",),
        cols=cols,
        rows=[Row(r[0], [r[1], r[2]] + ([Raw(r[3])] if target else [])) for r in rows],
        kind="kpi",
        caption=caption,
        fmt=fmt,
        label_width=3.0,
    )


def build() -> Doc:
    d = Doc(
        stem="malmo-arbetsmarknads-och-socialnamnden-delarsrapport-2026-04",
        municipality="Malmö",
        committee="Arbetsmarknads- och socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-04-30",
        title="Delårsrapport per 30 april 2026",
        engine="fodt",
        what="Arbetsmarknads- och socialnämnden, delårsrapport per 30 april 2026 of a large city; "
        "Writer, DejaVu Sans, no title page",
        hard='the KPI tables carry the unit only as a suffix in each column header ("Utfall '
        'jan–apr 2025 (%)" | "Utfall jan–apr 2026 (%)" | "Mål 2026 (%)", the same with "(dagar)", '
        'and "(antal)" in a volumes table with no target column), the headers wrapped over two '
        'lines in narrow columns ("Utfall jan–apr" / "2025 (%)") and many KPI names over two, '
        'so the cells hold bare numbers: percentages with one decimal and no "%" ("41,5"), '
        'targets without a sign ("45"), volumes with thousands separated by a space ("8 105"); '
        'one KPI table per unit; the period only as "per 30 april" (an interim report in April '
        'that is not a tertialrapport); a goal table Nämndmål | Prognos helår ("Uppnås" / '
        '"Uppnås delvis" / "Uppnås inte"); a drift table per avdelning in mnkr with one decimal, '
        'every column header ending in "(mnkr)" (Budget 2026 | Utfall jan–apr 2026 | Prognos '
        '2026 | Avvikelse, budget minus prognosis); the city as "Malmö stad" above the title '
        "and in the running footer, no title page",
    )
    d.options["fodt"] = {
        "font": "DejaVu Sans",
        "size": 9.5,
        "hcolor": "#0A3D6B",
        "h_sizes": {1: 14, 2: 11, 3: 9.5},
        "first_page_plain": False,
        "header": "Arbetsmarknads- och socialnämnden\t\tDelårsrapport per 30 april 2026",
        "footer": "Malmö stad\t\t{page} ({pages})",
        "hf_size": 7.5,
        "table_rules": "rules",
        "table_size": 8.5,
        "margins": (1.8, 1.8, 2.2, 2.2),
    }
    d.p("Malmö stad", "meta")
    d.p("Delårsrapport per 30 april 2026", "title")
    d.p("Arbetsmarknads- och socialnämnden", "subtitle")
    d.p("Diarienummer ASN-2026-01187", "meta")
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Nämnden prognostiserar ett underskott om 48,4 mnkr för 2026. Underskottet beror "
        "främst på att kostnaderna för ekonomiskt bistånd och för placeringar av barn och "
        "unga är högre än budgeterat. Antalet hushåll med försörjningsstöd har minskat jämfört "
        "med samma period 2025, men långvarigheten har ökat."
    )
    d.h(1, "Nämndens mål", num="2")
    d.p(
        "Nämnden har fyra mål för 2026. Prognosen avser måluppfyllelsen vid årets slut och "
        "bygger på indikatorerna i avsnitt 3."
    )
    d.table(
        Table(
            label_head=("Nämndmål",),
            cols=[Col(("Prognos helår",), in_key=False)],
            rows=[Row(g, [Raw(WORDS[s])], in_key=False) for g, s in GOALS],
            kind="plain",
            caption="Tabell 1. Nämndmål och prognos",
            label_width=5.0,
        )
    )
    for g, s in GOALS:
        d.goal(g, s)
    d.h(1, "Indikatorer", num="3")
    d.p(
        "Utfallen avser perioden januari–april. Enheten anges i kolumnrubriken; andelar "
        "redovisas i procent med en decimal."
    )
    d.table(
        _kpi(
            "Tabell 2. Indikatorer i procent",
            "%",
            [
                (
                    "Andel som gått till arbete eller studier efter avslutad insats",
                    38.2,
                    41.5,
                    "45",
                ),
                ("Andel hushåll med långvarigt ekonomiskt bistånd", 44.1, 45.3, "40"),
                ("Andel ansökningar om bistånd beslutade inom tio dagar", 91.0, 94.6, "95"),
                ("Andel barnfamiljer i akut boende som fått varaktigt boende", 52.7, 58.9, "60"),
            ],
            DEC1,
        )
    )
    d.table(
        _kpi(
            "Tabell 3. Indikatorer i dagar",
            "dagar",
            [
                ("Väntetid till första samtal med socialsekreterare", 12, 9, "10"),
                ("Handläggningstid för nyansökan om försörjningsstöd, median", 18, 16, "14"),
                ("Genomsnittlig vistelsetid för barnfamiljer i akut boende", 47, 41, "30"),
            ],
            N,
        )
    )
    d.table(
        _kpi(
            "Tabell 4. Volymer",
            "antal",
            [
                ("Hushåll med försörjningsstöd, genomsnitt per månad", 8_412, 8_105),
                ("Deltagare i arbetsmarknadsinsatser", 2_960, 3_240),
                ("Orosanmälningar som rör barn och unga", 6_873, 7_214),
            ],
            N,
            target=False,
        )
    )
    d.h(1, "Ekonomi", num="4")
    # tenths of mnkr: budget, utfall jan–apr, prognos
    units = [
        ("Nämnd och förvaltningsledning", 624, 198, 619),
        ("Arbetsmarknad", 4_120, 1_315, 4_052),
        ("Ekonomiskt bistånd", 13_856, 4_789, 14_286),
        ("Individ och familj", 9_883, 3_341, 10_037),
        ("Boende och hemlöshet", 2_517, 862, 2_490),
    ]
    tb, tu, tp = (sum(u[j] for u in units) for j in (1, 2, 3))
    assert (tb, tu, tp, tb - tp) == (31_000, 10_505, 31_484, -484), (tb, tu, tp)

    def row(n: str, b: int, u: int, p: int, total: bool = False) -> Row:
        return Row(n, [b / 10, u / 10, p / 10, (b - p) / 10], total=total)

    d.p(
        "Ekonomiskt bistånd prognostiserar ett underskott om 43,0 mnkr och individ och familj "
        "ett underskott om 15,4 mnkr. Arbetsmarknad och boende och hemlöshet redovisar "
        "överskott, främst till följd av vakanser och statliga bidrag."
    )
    d.table(
        Table(
            label_head=("Avdelning",),
            cols=[
                Col(("Budget 2026 (mnkr)",)),
                Col(("Utfall jan–apr 2026 (mnkr)",)),
                Col(("Prognos 2026 (mnkr)",)),
                Col(("Avvikelse (mnkr)",)),
            ],
            rows=[row(*u) for u in units] + [row("Summa nämnden", tb, tu, tp, total=True)],
            kind="unit",
            caption="Tabell 5. Driftredovisning per avdelning",
            note="Nettokostnader. Avvikelse = budget minus prognos.",
            fmt=DEC1,
            label_width=2.6,
        )
    )
    return d

"""Landskrona, Individ- och familjenämnden, verksamhetsberättelse 2025 (reportlab, Carlito, drawn
page by page). Pages 1, 3 and 4 are portrait A4 (an introduction, the analysis per perspective,
the finance); page 2 is a landscape A4 page (842 × 595, no /Rotate) holding only the annual
styrkort (balanced scorecard) as one wide table:

    Perspektiv | Mål | Indikator | Målvärde 2025 | Helår 2024 | T1 2025 | T2 2025 | T3 2025 |
    Helår 2025 | Bedömning

The Perspektiv cell is merged down over all the indicator rows of its goals, the Mål cell over
its own indicators (words at the top of the tall cell); the assessment is a word ("Uppfyllt",
"Delvis uppfyllt", "Ej uppfyllt") on the goal's FIRST indicator row only, the cells below it
empty. T1–T3 2025 are the values of each tertial on its own (januari–april, maj–augusti,
september–december; not accumulated, as the note under the table says): counts and amounts per
tertial add up to Helår 2025, shares and the average number of households are period values
whose year value lies between them, and three indicators are measured once a year (a survey,
HME) so their tertial cells are "–" or only T3 carries the value.

Key: each indicator is a KPI with ONLY its Helår values: "Helår 2024" → "2024", "Helår 2025" →
"2025". The three tertial columns are part-year values of 2025 and are not in the key (a reader
must not take T1, T2 or T3 as the 2025 value, nor the last 2025 column before Helår); the
Målvärde column is a target. Goals are the six Mål cells with the word of the Bedömning column
(an annual report: Uppfyllt → achieved, Delvis uppfyllt → partly, Ej uppfyllt → not_achieved);
the perspective names are not goals. Finance: a resultaträkning Budget 2025 | Utfall 2025 |
Avvikelse | Utfall 2024 (tkr, costs negative, avvikelse = utfall minus budget) and a table of
net cost per verksamhet Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
TEAL = colors.HexColor("#00546B")
HEAD_BG = colors.HexColor("#D5E6EC")
PERSP_BG = colors.HexColor("#EEF4F6")

WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
HEAD = [
    "Perspektiv",
    "Mål",
    "Indikator",
    "Målvärde 2025",
    "Helår 2024",
    "T1 2025",
    "T2 2025",
    "T3 2025",
    "Helår 2025",
    "Bedömning",
]
HEADER_L = "Landskrona stad"
HEADER_R = "Individ- och familjenämnden · Verksamhetsberättelse 2025"
FOOTER = "Sida {page} av {pages}"

# perspective, [(goal, status, [(indicator, target as printed, 2024, T1, T2, T3, helår, fmt,
#                               how helår relates to the tertials: "sum" | "avg" | "share" | "year")])]
STYRKORT = [
    (
        "Invånare",
        [
            (
                "Barn och unga ska få rätt stöd i rätt tid",
                "partly",
                [
                    (
                        "Andel förhandsbedömningar klara inom 14 dagar",
                        "≥ 90 %",
                        84,
                        88,
                        91,
                        86,
                        88,
                        PCT,
                        "share",
                    ),
                    (
                        "Andel utredningar barn och unga klara inom 120 dagar",
                        "≥ 85 %",
                        79,
                        83,
                        87,
                        90,
                        87,
                        PCT,
                        "share",
                    ),
                    (
                        "Vårddygn på HVB, barn och unga",
                        "≤ 6 000",
                        6_910,
                        2_140,
                        1_980,
                        1_760,
                        5_880,
                        N,
                        "sum",
                    ),
                ],
            ),
            (
                "Fler hushåll med ekonomiskt bistånd ska bli självförsörjande",
                "not_achieved",
                [
                    (
                        "Andel avslutade hushåll som gått till självförsörjning",
                        "≥ 35 %",
                        31,
                        27,
                        30,
                        29,
                        29,
                        PCT,
                        "share",
                    ),
                    (
                        "Hushåll med ekonomiskt bistånd, genomsnitt per månad",
                        "≤ 1 150",
                        1_212,
                        1_238,
                        1_196,
                        1_181,
                        1_205,
                        N,
                        "avg",
                    ),
                    (
                        "Utbetalt ekonomiskt bistånd, mnkr",
                        "≤ 88,0",
                        93.6,
                        31.4,
                        29.8,
                        30.1,
                        91.3,
                        DEC1,
                        "sum",
                    ),
                ],
            ),
        ],
    ),
    (
        "Verksamhet",
        [
            (
                "Vuxna med missbruk ska i första hand erbjudas insatser på hemmaplan",
                "achieved",
                [
                    (
                        "Andel vuxna med beroendeproblematik som fått öppenvårdsinsats",
                        "≥ 70 %",
                        66,
                        71,
                        74,
                        75,
                        73,
                        PCT,
                        "share",
                    ),
                    (
                        "Vårddygn på behandlingshem, vuxna",
                        "≤ 4 500",
                        4_980,
                        1_410,
                        1_290,
                        1_180,
                        3_880,
                        N,
                        "sum",
                    ),
                ],
            ),
            (
                "Den enskilde ska uppleva ett gott bemötande",
                "achieved",
                [
                    (
                        "Andel brukare nöjda med bemötandet (brukarenkät)",
                        "≥ 85 %",
                        83,
                        None,
                        None,
                        88,
                        88,
                        PCT,
                        "year",
                    ),
                    ("Klagomål och synpunkter, antal", "≤ 60", 71, 18, 14, 21, 53, N, "sum"),
                ],
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            (
                "Förvaltningen ska vara en attraktiv arbetsplats med hållbara arbetsvillkor",
                "partly",
                [
                    ("Sjukfrånvaro", "≤ 7,0 %", 8.1, 9.2, 6.4, 7.6, 7.8, PCT1, "share"),
                    (
                        "Personalomsättning socialsekreterare",
                        "≤ 15,0 %",
                        19.5,
                        4.1,
                        6.3,
                        3.2,
                        13.6,
                        PCT1,
                        "sum",
                    ),
                    (
                        "Hållbart medarbetarengagemang (HME), index",
                        "≥ 78",
                        75,
                        None,
                        None,
                        None,
                        77,
                        N,
                        "year",
                    ),
                ],
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
                "not_achieved",
                [
                    ("Budgetavvikelse, tkr", "≥ 0", -6_320, -2_100, -1_450, -640, -4_190, N, "sum"),
                    (
                        "Kostnad för externa placeringar, mnkr",
                        "≤ 118,0",
                        131.2,
                        41.3,
                        39.5,
                        36.9,
                        117.7,
                        DEC1,
                        "sum",
                    ),
                ],
            ),
        ],
    ),
]

# Resultaträkning, tkr: (row, budget 2025, utfall 2025, utfall 2024); costs negative
INCOME = [
    ("Statsbidrag och ersättningar", 38_500, 41_260, 39_870),
    ("Avgifter och övriga intäkter", 6_200, 5_940, 6_110),
]
COSTS = [
    ("Personalkostnader", -168_400, -171_950, -163_280),
    ("Köp av huvudverksamhet", -118_000, -117_700, -131_200),
    ("Ekonomiskt bistånd", -88_000, -91_300, -93_600),
    ("Lokalkostnader", -21_300, -21_840, -20_950),
    ("Övriga kostnader", -29_000, -28_600, -27_310),
]
KOMMUNBIDRAG = (380_000, 380_000, 384_040)

# net cost per verksamhet, tkr: (verksamhet, budget 2025, utfall 2025)
DRIFT = [
    ("Nämnd och förvaltningsledning", 18_400, 17_650),
    ("Barn och unga", 142_600, 143_980),
    ("Vuxna", 96_500, 94_870),
    ("Ekonomiskt bistånd", 86_100, 89_640),
    ("Arbetsmarknadsinsatser", 36_400, 38_050),
]

TABLE_NOTE = (
    "T1–T3 avser utfallet för respektive tertial för sig (T1 januari–april, T2 maj–augusti, "
    "T3 september–december), inte ackumulerat. Helår avser utfallet för hela året. "
    "– = mäts en gång per år."
)
SCALE_NOTE = (
    "Bedömning: Uppfyllt = samtliga indikatorer når målvärdet för helåret. Delvis uppfyllt = "
    "minst en indikator når målvärdet. Ej uppfyllt = ingen indikator, eller indikatorn för "
    "budgetavvikelse, når målvärdet."
)


def _cell(v: float | int | None, f: NumFmt) -> str:
    return "–" if v is None else f(v)


def kpi_table() -> Table:
    """The styrkort's indicators as the key sees them (T1–T3 carry no year)."""
    rows = []
    for _p, goals in STYRKORT:
        for _g, _s, inds in goals:
            for name, target, y24, t1, t2, t3, y25, f, _how in inds:
                cells = [Raw(target), y24] + [Raw("–") if v is None else v for v in (t1, t2, t3)]
                rows.append(Row(name, [*cells, y25], fmt=f))
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Målvärde 2025",)),
            Col(("Helår 2024",), year="2024"),
            Col(("T1 2025",)),
            Col(("T2 2025",)),
            Col(("T3 2025",)),
            Col(("Helår 2025",), year="2025"),
        ],
        rows=rows,
        kind="kpi",
    )


def styrkort_words(caption: str) -> str:
    lines = [caption, "\t".join(HEAD)]
    for p, goals in STYRKORT:
        first_p = True
        for g, s, inds in goals:
            for k, (name, target, y24, t1, t2, t3, y25, f, _h) in enumerate(inds):
                cells = [name, target, f(y24)] + [_cell(v, f) for v in (t1, t2, t3)] + [f(y25)]
                lead = ([p] if first_p else []) + ([g] if k == 0 else [])
                lines.append("\t".join(lead + cells + ([WORDS[s]] if k == 0 else [])))
                first_p = False
    lines += [TABLE_NOTE, SCALE_NOTE]
    return "\n".join(lines)


def check_data() -> None:
    for _p, goals in STYRKORT:
        for _g, _s, inds in goals:
            for name, _t, _y24, t1, t2, t3, y25, _f, how in inds:
                if how == "sum":
                    assert abs((t1 + t2 + t3) - y25) < 1e-6, name
                elif how == "avg":
                    assert round((t1 + t2 + t3) / 3) == y25, name
                elif how == "share":
                    assert min(t1, t2, t3) <= y25 <= max(t1, t2, t3), name
                else:
                    assert t1 is None and t2 is None and (t3 is None or t3 == y25), name


def build() -> Doc:
    d = Doc(
        stem="landskrona-individ-och-familjenamnden-verksamhetsberattelse-2025",
        municipality="Landskrona",
        committee="Individ- och familjenämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Individ- och familjenämnden, verksamhetsberättelse 2025 (reportlab, Carlito), "
        "portrait pages around one landscape page that holds the annual styrkort",
        hard="the goals and KPIs are only in an annual styrkort printed as one wide table on a "
        "landscape page (842 × 595) between portrait pages: Perspektiv | Mål | Indikator | "
        "Målvärde 2025 | Helår 2024 | T1 2025 | T2 2025 | T3 2025 | Helår 2025 | Bedömning, the "
        "Perspektiv cell merged down over all its goals' indicators and the Mål cell over its "
        "own, the assessment a word (Uppfyllt / Delvis uppfyllt / Ej uppfyllt) on the goal's "
        "first indicator row only; four columns carry the year 2025 but only Helår 2025 is the "
        "year's value: T1–T3 are part-year values of each tertial on its own (counts that add "
        "up to Helår, shares and a monthly average that do not), two annual measurements have "
        '"–" in the tertial columns or a value only in T3, so the last 2025 number before '
        "Helår is not the year's value either; the key keeps Helår 2024 → 2024 and Helår 2025 "
        "→ 2025 only; a resultaträkning Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 "
        "(costs negative, utfall minus budget) and a net-cost table per verksamhet; the "
        'municipality as "Landskrona stad" in the running header',
    )
    check_data()
    n = {s: sum(1 for _p, gs in STYRKORT for _g, st, _i in gs if st == s) for s in WORDS}
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 2}, n

    inc_tot = [sum(r[j] for r in INCOME) for j in (1, 2, 3)]
    cost_tot = [sum(r[j] for r in COSTS) for j in (1, 2, 3)]
    net = [i + c for i, c in zip(inc_tot, cost_tot, strict=True)]
    res = [k + x for k, x in zip(KOMMUNBIDRAG, net, strict=True)]
    assert inc_tot == [44_700, 47_200, 45_980], inc_tot
    assert cost_tot == [-424_700, -431_390, -436_340], cost_tot
    assert net == [-380_000, -384_190, -390_360], net
    assert res == [0, -4_190, -6_320], res
    db, du = sum(r[1] for r in DRIFT), sum(r[2] for r in DRIFT)
    assert (db, du) == (-net[0], -net[1]), (db, du)
    eko = STYRKORT[3][1][0][2]
    assert (eko[0][2], eko[0][6]) == (res[2], res[1])
    assert eko[1][6] * 1000 == -COSTS[1][2] and eko[1][2] * 1000 == -COSTS[1][3]
    bist = STYRKORT[0][1][1][2][2]
    assert bist[6] * 1000 == -COSTS[2][2] and bist[2] * 1000 == -COSTS[2][3]

    d.add(
        Custom(
            "cover",
            {},
            words="Verksamhetsberättelse 2025\nIndivid- och familjenämnden\n"
            "Dnr IFN 2026/0047 · Fastställd av individ- och familjenämnden 2026-02-24, § 21",
        )
    )
    d.h(1, "Inledning", "1")
    d.p(
        "Individ- och familjenämnden ansvarar för stadens individ- och familjeomsorg: stöd och "
        "skydd för barn och unga, insatser för vuxna med missbruk eller beroende, ekonomiskt "
        "bistånd och arbetsmarknadsinsatser för personer som står långt från arbetsmarknaden. "
        "Verksamheten bedrivs av individ- och familjeförvaltningen, som vid årets slut hade 318 "
        "tillsvidareanställda."
    )
    d.p(
        "År 2025 präglades av ett fortsatt arbete med att ersätta externa placeringar med "
        "insatser på hemmaplan. Vårddygnen på HVB och behandlingshem minskade tydligt och "
        "kostnaden för externa placeringar blev 117,7 mnkr, 13,5 mnkr lägre än 2024. Samtidigt "
        "ökade kostnaderna för ekonomiskt bistånd jämfört med budget, och färre hushåll än "
        "planerat gick vidare till egen försörjning."
    )
    d.p(
        "Nämnden redovisar ett underskott om 4 190 tkr mot kommunbidraget, vilket är 2 130 tkr "
        "bättre än 2024. Av nämndens sex mål är två uppfyllda, två delvis uppfyllda och två inte "
        "uppfyllda."
    )
    d.h(1, "Styrkort 2025", "2")
    d.p(
        "Nämndens mål är ordnade i stadens fyra perspektiv: Invånare, Verksamhet, Medarbetare "
        "och Ekonomi. Styrkortet på nästa sida redovisar målen med indikatorer, målvärden och "
        "utfall. Indikatorerna följs upp i varje tertialuppföljning; kolumnerna T1–T3 visar "
        "utfallet för varje tertial för sig och kolumnen Helår 2025 utfallet för hela året, som "
        "ligger till grund för bedömningen. Brukarenkäten och medarbetarenkäten genomförs en "
        "gång per år."
    )
    d.p(
        "Bedömningen görs på en tregradig skala: uppfyllt, delvis uppfyllt och ej uppfyllt. "
        "Analysen per perspektiv finns i avsnitt 3."
    )

    d.add(Custom("landscape_page", {}))
    caption = "Tabell 1. Styrkort 2025 – Individ- och familjenämnden"
    d.add(
        Custom(
            "styrkort",
            {"table": kpi_table(), "caption": caption},
            words=styrkort_words(caption),
        )
    )
    for _p, goals in STYRKORT:
        for g, s, _i in goals:
            d.goal(g, s)

    d.add(Custom("portrait_page", {}))
    d.h(1, "Analys per perspektiv", "3")
    d.h(2, "Invånare", "3.1")
    d.p(
        "Utredningstiderna inom barn och unga har förbättrats under året. Andelen utredningar "
        "som blev klara inom 120 dagar ökade från 79 till 87 procent och når målvärdet, och "
        "under tredje tertialet var andelen 90 procent. Förhandsbedömningarna blev klara inom 14 "
        "dagar i 88 procent av fallen, vilket är bättre än 2024 men under målvärdet 90 procent; "
        "under hösten ökade antalet orosanmälningar och handläggningstiden blev längre. "
        "Vårddygnen på HVB minskade till 5 880 sedan familjehemsvården och det egna "
        "öppenvårdsteamet byggts ut. Målet om stöd i rätt tid bedöms som delvis uppfyllt."
    )
    d.p(
        "Målet om självförsörjning är inte uppfyllt. I genomsnitt hade 1 205 hushåll ekonomiskt "
        "bistånd per månad, något färre än 2024 men fler än målvärdet 1 150. Andelen avslutade "
        "hushåll som gick till självförsörjning sjönk till 29 procent. Arbetsmarknaden i "
        "Landskrona har varit svagare än väntat, och många hushåll har långa tider med "
        "bistånd. Utbetalt bistånd blev 91,3 mnkr, vilket är 3,3 mnkr mer än budgeterat."
    )
    d.h(2, "Verksamhet", "3.2")
    d.p(
        "Andelen vuxna med beroendeproblematik som fått en öppenvårdsinsats ökade till 73 "
        "procent, och vårddygnen på behandlingshem minskade från 4 980 till 3 880. Den nya "
        "mottagningen för beroende, som öppnade i samarbete med Region Skåne i februari, har "
        "gjort det möjligt att erbjuda stöd snabbare och närmare hemmet. Målet om insatser på "
        "hemmaplan är uppfyllt."
    )
    d.p(
        "I brukarenkäten i oktober svarade 88 procent att de är nöjda med bemötandet, mot 83 "
        "procent året innan. Antalet klagomål och synpunkter minskade till 53. Målet om ett gott "
        "bemötande är uppfyllt."
    )
    d.h(2, "Medarbetare", "3.3")
    d.p(
        "Sjukfrånvaron minskade till 7,8 procent men når inte målvärdet 7,0 procent. Frånvaron "
        "var som högst under första tertialet, då en influensavåg drabbade flera enheter. "
        "Personalomsättningen bland socialsekreterare sjönk från 19,5 till 13,6 procent efter "
        "att introduktionsprogrammet och mentorskapet för nyanställda införts. "
        "Medarbetarengagemanget (HME) ökade till 77 men når inte målvärdet 78. Målet om en "
        "attraktiv arbetsplats bedöms som delvis uppfyllt."
    )
    d.h(2, "Ekonomi", "3.4")
    d.p(
        "Nämnden redovisar ett underskott om 4 190 tkr och målet om en verksamhet inom "
        "budgetramen är därför inte uppfyllt. Underskottet minskade under året, från 2 100 tkr "
        "under första tertialet till 640 tkr under det tredje. Kostnaden för externa placeringar "
        "blev 117,7 mnkr och höll sig under målvärdet, men det räckte inte för att väga upp de "
        "ökade kostnaderna för ekonomiskt bistånd och personal."
    )

    d.add(PageBreak())
    d.h(1, "Ekonomi", "4")
    d.p(
        "Nettokostnaden blev 384 190 tkr mot ett kommunbidrag om 380 000 tkr, ett underskott om "
        "4 190 tkr. Intäkterna blev 2 500 tkr högre än budgeterat, främst genom statsbidrag för "
        "arbetsmarknadsinsatser och ersättningar från Migrationsverket. Personalkostnaderna "
        "överskred budgeten med 3 550 tkr, bland annat för inhyrda socialsekreterare under "
        "våren, och ekonomiskt bistånd med 3 300 tkr."
    )
    rows = [Row(name, [b, u, u - b, p], indent=1) for name, b, u, p in INCOME]
    rows.append(
        Row(
            "Summa intäkter",
            [inc_tot[0], inc_tot[1], inc_tot[1] - inc_tot[0], inc_tot[2]],
            total=True,
        )
    )
    rows += [Row(name, [b, u, u - b, p], indent=1) for name, b, u, p in COSTS]
    rows.append(
        Row(
            "Summa kostnader",
            [cost_tot[0], cost_tot[1], cost_tot[1] - cost_tot[0], cost_tot[2]],
            total=True,
        )
    )
    rows.append(Row("Nettokostnad", [net[0], net[1], net[1] - net[0], net[2]], total=True))
    kb = KOMMUNBIDRAG
    rows.append(Row("Kommunbidrag", [kb[0], kb[1], kb[1] - kb[0], kb[2]]))
    rows.append(Row("Resultat", [res[0], res[1], res[1] - res[0], res[2]], total=True))
    d.table(
        Table(
            label_head=("",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="is",
            caption="Tabell 2. Resultaträkning (tkr)",
            note="Kostnader anges med minustecken. Avvikelse = utfall 2025 minus budget 2025.",
            label_width=2.7,
        )
    )
    drows = [Row(n_, [b, u, b - u]) for n_, b, u in DRIFT]
    drows.append(Row("Summa nämnden", [db, du, db - du], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=drows,
            kind="unit",
            caption="Tabell 3. Nettokostnad per verksamhet (tkr)",
            note="Avvikelse = budget minus utfall. Negativt belopp innebär ett underskott.",
            label_width=2.7,
        )
    )
    d.h(1, "Framåtblick", "5")
    d.p(
        "Under 2026 fortsätter omställningen till insatser på hemmaplan. Nämnden inför ett "
        "gemensamt arbetssätt med arbetsmarknadsenheten för hushåll med långvarigt bistånd och "
        "räknar med att antalet hushåll ska minska under andra halvåret. Den ekonomiska "
        "ramen för 2026 är ansträngd, och nämnden följer kostnaderna för placeringar och "
        "bistånd varje månad."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": TEAL,
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
    }
    r = rl.RLDoc(doc, o)
    PW, PH = A4
    LW, LH = landscape(A4)
    margin = 2.0 * rl.cm

    def cover(_b: Custom) -> list:
        big = rl.ParagraphStyle("cv1", parent=r.styles["title"], fontSize=24, leading=29,
                                textColor=TEAL, spaceAfter=4)  # fmt: skip
        sub = rl.ParagraphStyle("cv2", parent=r.styles["subtitle"], fontSize=15, leading=19)
        return [
            Paragraph("Verksamhetsberättelse 2025", big),
            Paragraph("Individ- och familjenämnden", sub),
            r.para(
                "Dnr IFN 2026/0047 · Fastställd av individ- och familjenämnden 2026-02-24, § 21",
                "meta",
            ),
            rl.Spacer(1, 10),
        ]

    cell = rl.ParagraphStyle("sc", parent=r.styles["cell"], fontSize=8.3, leading=10)
    cellr = rl.ParagraphStyle("scr", parent=cell, alignment=2)
    cellb = rl.ParagraphStyle("scb", parent=cell, fontName="Carlito-Bold")
    head = rl.ParagraphStyle("sh", parent=cell, fontName="Carlito-Bold")
    headr = rl.ParagraphStyle("shr", parent=head, alignment=2)
    note = rl.ParagraphStyle("sn", parent=r.styles["note"], fontSize=8, leading=10, spaceAfter=2)

    def styrkort(b: Custom) -> list:
        data = [[Paragraph(escape(h), headr if 3 <= i <= 8 else head) for i, h in enumerate(HEAD)]]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, TEAL),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (2, 1), (-1, -1), 0.25, colors.HexColor("#B8C8CE")),
            ("LEFTPADDING", (9, 0), (9, -1), 10),
        ]
        for p, goals in STYRKORT:
            p_first = len(data)
            for g, s, inds in goals:
                g_first = len(data)
                for k, (name, target, y24, t1, t2, t3, y25, f, _h) in enumerate(inds):
                    data.append(
                        [
                            Paragraph(escape(p), cellb) if len(data) == p_first else "",
                            Paragraph(escape(g), cell) if k == 0 else "",
                            Paragraph(escape(name), cell),
                            Paragraph(escape(target), cellr),
                            Paragraph(escape(f(y24)), cellr),
                            *[Paragraph(escape(_cell(v, f)), cellr) for v in (t1, t2, t3)],
                            Paragraph(escape(f(y25)), cellr),
                            Paragraph(escape(WORDS[s]), cell) if k == 0 else "",
                        ]
                    )
                g_last = len(data) - 1
                if g_last > g_first:
                    cmds.append(("SPAN", (1, g_first), (1, g_last)))
                cmds.append(
                    ("LINEBELOW", (1, g_last), (-1, g_last), 0.6, colors.HexColor("#7F9AA3"))
                )
            p_last = len(data) - 1
            cmds += [
                ("SPAN", (0, p_first), (0, p_last)),
                ("BACKGROUND", (0, p_first), (0, p_last), PERSP_BG),
                ("LINEBELOW", (0, p_last), (-1, p_last), 0.9, TEAL),
            ]
        widths = [72, 150, 196, 54, 48, 42, 42, 42, 48, 72]
        W = LW - 2 * margin
        scale = W / sum(widths)
        tbl = rl.RLTable(data, colWidths=[w * scale for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            r.para(b.data["caption"], "h2"),
            tbl,
            rl.Spacer(1, 5),
            Paragraph(escape(TABLE_NOTE), note),
            Paragraph(escape(SCALE_NOTE), note),
        ]

    r.custom.update(cover=cover, styrkort=styrkort)

    pages: list[tuple[str, list]] = [("portrait", [])]
    for b in doc.blocks:
        if isinstance(b, Custom) and b.kind.endswith("_page"):
            pages.append((b.kind[: -len("_page")], []))
            continue
        pages[-1][1].append(b)
    chunks: list[tuple[str, list]] = []
    for kind, blocks in pages:
        chunks.append((kind, []))
        for b in blocks:
            if isinstance(b, PageBreak):
                chunks.append((kind, []))
            else:
                chunks[-1][1].append(b)
    n_pages = len(chunks)

    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Verksamhetsberättelse 2025 – Individ- och familjenämnden")
    c.setAuthor("Landskrona stad")
    c.setCreator("")
    c.setSubject("")

    def furniture(page: int, w: float, h: float) -> None:
        c.setFont("Carlito", 8.5)
        c.setFillColor(colors.HexColor("#404040"))
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        y = h - 1.25 * rl.cm
        c.drawString(margin, y, HEADER_L)
        c.drawRightString(w - margin, y, HEADER_R)
        c.line(margin, y - 4, w - margin, y - 4)
        c.drawCentredString(w / 2, 1.1 * rl.cm, FOOTER.format(page=page, pages=n_pages))

    page = 0
    for kind, blocks in chunks:
        page += 1
        size = A4 if kind == "portrait" else (LW, LH)
        w, h = size
        c.setPageSize(size)
        flow = r.flowables(blocks)
        top = 2.0 * rl.cm
        f = Frame(margin, 1.8 * rl.cm, w - 2 * margin, h - 1.8 * rl.cm - top, 0, 0, 0, 0)
        f.addFromList(flow, c)
        assert not flow, f"page {page} ({kind}) overflows"
        furniture(page, w, h)
        c.showPage()
    c.save()
    assert page == 4, page
    return path

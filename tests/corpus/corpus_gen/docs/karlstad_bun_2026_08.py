"""Karlstad, Barn- och ungdomsnämnden, delårsrapport januari–augusti 2026 (Writer): each goal is a
heading with its full-year forecast on the line below as "Bedömd måluppfyllelse helår: …"."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, P, Raw, Row, Table

PCT1 = NumFmt(dec=1, suffix=" %")
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
N = NumFmt()
WORDS = {
    "expected_achieved": "Uppfylls",
    "partly": "Uppfylls delvis",
    "expected_not_achieved": "Uppfylls inte",
}

# goal, status, analysis
GOALS = [
    (
        "Alla barn i förskolan ska erbjudas en likvärdig utbildning av hög kvalitet",
        "expected_achieved",
        "Samtliga förskolor har genomfört det systematiska kvalitetsarbetet enligt plan. "
        "Andelen legitimerade förskollärare har ökat till 47 procent.",
    ),
    (
        "Fler elever ska vara behöriga till gymnasieskolans nationella program",
        "partly",
        "Behörigheten ökade till 86,4 procent våren 2026 men når inte målvärdet 88 procent. "
        "Skillnaden mellan skolorna har minskat.",
    ),
    (
        "Elevernas närvaro i grundskolan ska öka",
        "expected_not_achieved",
        "Den genomsnittliga närvaron har minskat till 91,2 procent. Den problematiska "
        "frånvaron ökar främst i årskurs 7–9.",
    ),
    (
        "Barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        "Elevenkäten i mars visar att 92 procent av eleverna i årskurs 5 känner sig trygga, "
        "vilket är i nivå med målvärdet.",
    ),
    (
        "Nämnden ska ha en ekonomi i balans",
        "partly",
        "Prognosen är ett underskott om 6,8 mnkr, främst inom tilläggsbelopp och skolskjuts. "
        "Åtgärder har beslutats som minskar underskottet under hösten.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="karlstad-barn-och-ungdomsnamnden-delarsrapport-2026-08",
        municipality="Karlstad",
        committee="Barn- och ungdomsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Barn- och ungdomsnämnden, delårsrapport januari–augusti 2026; Writer, Liberation "
        "Serif body and Liberation Sans headings",
        hard="each goal is an unnumbered heading with its forecast on the line right below in a "
        'label form no other document has ("Bedömd måluppfyllelse helår: Uppfylls delvis"), '
        'followed by an analysis paragraph; the municipality as "Karlstads kommun" only on the '
        "title page and in the footer; KPI columns with two-line headers Utfall / 2024 | Jan–aug / 2025 | "
        "Jan–aug / 2026 (a full year and two part-year columns) and a dash for a value not yet "
        "reported; an income statement with Budget 2026 | Utfall jan–aug | Prognos 2026 | "
        "Avvikelse (prognosis minus budget)",
    )
    d.options["fodt"] = {
        "font": "Liberation Serif",
        "hfont": "Liberation Sans",
        "table_font": "Liberation Sans",
        "size": 11,
        "hcolor": "#00587C",
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "first_page_plain": True,
        "header": "Barn- och ungdomsnämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Karlstads kommun\t\t{page} ({pages})",
        "hf_size": 8.5,
        "hf_rule": False,
        "table_rules": "rules",
        "table_head_bg": "#DCEBF2",
        "table_size": 9,
        "margins": (2.0, 2.0, 2.4, 2.4),
    }
    d.options["pdf_title"] = "Delårsrapport BUN 2026"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Barn- och ungdomsnämnden", "subtitle")
    d.p("Karlstads kommun", "metatop")
    d.p("Fastställd av barn- och ungdomsnämnden 2026-09-17, § 88", "meta")
    d.page_break()
    d.h(1, "Sammanfattning")
    d.p(
        "Barn- och ungdomsnämnden ansvarar för förskola, pedagogisk omsorg, grundskola, "
        "fritidshem och anpassad grundskola. Antalet barn i förskolan fortsätter att minska "
        "medan antalet elever i grundskolan är i stort sett oförändrat."
    )
    d.p(
        "Nämndens prognos för helåret är ett underskott om 6,8 mnkr. Av nämndens fem mål "
        "bedöms två uppfyllas, två uppfyllas delvis och ett inte uppfyllas."
    )
    d.h(1, "Mål och måluppfyllelse")
    d.p(
        "Bedömningen avser hur väl målet förväntas vara uppfyllt vid årets slut. Skalan är "
        "Uppfylls, Uppfylls delvis och Uppfylls inte."
    )
    for g, s, analysis in GOALS:
        d.goal(g, s)
        d.h(3, g, toc=False)
        d.add(P(f"Bedömd måluppfyllelse helår: {WORDS[s]}", "status"))
        d.p(analysis)
    d.h(2, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "2024"), year="2024"),
                Col(("Jan–aug", "2025"), year="2025"),
                Col(("Jan–aug", "2026"), year="2026"),
            ],
            rows=[
                Row("Antal inskrivna barn i förskolan", [5_412, 5_468, 5_301], fmt=N),
                Row("Antal elever i grundskolan", [11_876, 11_802, 11_835], fmt=N),
                Row("Andel legitimerade förskollärare", [44.8, 44.1, 47.0], fmt=PCT1),
                Row("Genomsnittlig närvaro i grundskolan", [92.0, 92.3, 91.2], fmt=PCT1),
                Row("Antal barn per årsarbetare i förskolan", [5.3, 5.2, 5.1], fmt=DEC1),
                Row("Antal anmälningar om kränkande behandling", [1_046, 702, Raw("–")], fmt=N),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            note="Anmälningar om kränkande behandling för 2026 redovisas i årsredovisningen.",
            label_width=3.0,
        )
    )
    d.h(1, "Ekonomi")
    rows = [
        ("Intäkter", 268_400, 181_960, 271_900),
        ("Personalkostnader", -1_196_300, -786_120, -1_201_500),
        ("Lokalkostnader", -214_600, -143_340, -215_100),
        ("Övriga kostnader", -532_500, -347_500, -537_100),
    ]
    sums = [sum(r[k] for r in rows[1:]) for k in (1, 2, 3)]
    net = [rows[0][k] + sums[k - 1] for k in (1, 2, 3)]
    bidrag = [1_675_000, 1_116_667, 1_675_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [0, 21_667, -6_800], res
    d.p(
        "Resultatet för perioden är ett överskott om 21,7 mnkr, vilket främst beror på att "
        "semesterlöneskulden minskar under sommaren. Helårsprognosen är ett underskott om "
        "6 800 tkr."
    )
    trows = [Row(n, [b, u, p, p - b]) for n, b, u, p in rows]
    trows += [
        Row("Summa kostnader", [sums[0], sums[1], sums[2], sums[2] - sums[0]], total=True),
        Row("Nettokostnad", [net[0], net[1], net[2], net[2] - net[0]], total=True),
        Row("Kommunbidrag", [bidrag[0], bidrag[1], bidrag[2], 0]),
        Row("Resultat", [res[0], res[1], res[2], res[2] - res[0]], total=True),
    ]
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 2. Resultaträkning",
            note="Avvikelse = prognos minus budget.",
            fmt=N,
            label_width=2.2,
        )
    )
    d.p(
        "Underskottet beror främst på högre kostnader för tilläggsbelopp till fristående "
        "huvudmän (-4,3 mnkr) och skolskjuts (-2,5 mnkr). Nämnden har beslutat om "
        "återhållsamhet med vikarier och inköp under hösten."
    )
    return d

"""Lerum, Tekniska nämnden, årsredovisning 2025 (Writer, Liberation Sans): each goal is an
unnumbered heading with a label ("Mål: Gator och gång- och cykelvägar ska …"), a short paragraph,
an indicator table Indikator | Utfall 2024 | Utfall 2025 | Målvärde 2025 with targets in words and
signs ("Minst 80 %", "Högst 12", "≥ 95 %"), and only AFTER the table the assessment line
"Bedömning: Målet är delvis uppfyllt." — two goals have a further analysis paragraph after it, so
the assessment stands between a table and the next goal's heading."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
WORDS = {
    "achieved": "Målet är uppfyllt.",
    "partly": "Målet är delvis uppfyllt.",
    "not_achieved": "Målet är inte uppfyllt.",
    "unassessed": "Målet har inte kunnat bedömas.",
}

# goal, status, paragraph before the table, [(indicator, 2024, 2025, target, fmt)], analysis after
GOALS = [
    (
        "Måltiderna i skola och omsorg ska vara goda, näringsriktiga och hållbara",
        "achieved",
        "Kost och måltid lagar cirka 7 400 portioner per skoldag. Under året har menyerna "
        "setts över tillsammans med elevråden och en ny vegetarisk meny har införts i "
        "förskolan.",
        [
            ("Andel nöjda matgäster i grundskolan", 82, 86, "Minst 80 %", PCT),
            ("Andel ekologiska livsmedel av inköpt värde", 34, 37, "≥ 35 %", PCT),
            ("Matsvinn i skolrestaurangerna, gram per portion", 19, 16, "Högst 18", N),
        ],
        None,
    ),
    (
        "Gator och gång- och cykelvägar ska vara trygga och framkomliga året runt",
        "partly",
        "Vintern 2024/2025 hade fler snötillfällen än normalt. Nämnden har prioriterat "
        "gång- och cykelvägar till skolor och hållplatser.",
        [
            ("Andel gång- och cykelvägar snöröjda inom 12 timmar", 91, 93, "≥ 95 %", PCT),
            ("Dagar till åtgärdad felanmälan av gatubelysning", 14, 11, "Högst 12", N),
            ("Andel gator med god beläggningsstandard", 71, 69, "Minst 75 %", PCT),
        ],
        "Felanmälningarna av gatubelysning åtgärdas nu snabbare sedan belysningen bytts till "
        "LED i Gråbo och Floda. Beläggningsstandarden har däremot fortsatt att sjunka eftersom "
        "underhållsbudgeten inte räckt till planerade omläggningar.",
    ),
    (
        "Nämndens fordon och maskiner ska drivas fossilfritt",
        "not_achieved",
        "Omställningen av fordonsparken följer leasingavtalens löptid. Två tunga fordon har "
        "bytts till HVO-drift under året.",
        [
            ("Andel fossilfria fordon och arbetsmaskiner", 38, 41, "Minst 60 %", PCT),
            ("Antal laddpunkter vid kommunens verksamheter", 46, 58, "Minst 80", N),
        ],
        "Upphandlingen av nya ramavtal för fordon försenades och laddinfrastrukturen vid "
        "förskolorna byggs ut först 2026. Målet bedöms kunna nås tidigast 2027.",
    ),
    (
        "Parker och grönområden ska vara attraktiva och tillgängliga för alla",
        "achieved",
        "Stadsparken i Lerum har rustats med nya gångstråk och belysning, och fyra lekplatser "
        "har anpassats så att barn med funktionsnedsättning kan använda dem.",
        [
            ("Andel invånare nöjda med parker och grönområden", 74, 78, "Minst 75 %", PCT),
            ("Antal tillgänglighetsanpassade lekplatser under året", 2, 4, "Minst 3", N),
        ],
        None,
    ),
    (
        "Lokalvården ska hålla en jämn och god kvalitet",
        "unassessed",
        "Under 2025 infördes ett nytt digitalt system för kvalitetsuppföljning av "
        "lokalvården. Kontrollerna enligt den gamla metoden upphörde i mars och de nya kom "
        "inte i gång förrän i december.",
        [
            ("Andel godkända kvalitetskontroller", 92, None, "≥ 90 %", PCT),
            ("Andel nöjda verksamheter i kundenkäten", 81, None, "Minst 80 %", PCT),
        ],
        None,
    ),
]


def build() -> Doc:
    d = Doc(
        stem="lerum-tekniska-namnden-arsredovisning-2025",
        municipality="Lerum",
        committee="Tekniska nämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="Tekniska nämnden, årsredovisning 2025; Writer, Liberation Sans, a title page",
        hard='each goal is an unnumbered heading with a label ("Mål: Gator och gång- och '
        'cykelvägar ska vara trygga …"), a short paragraph, an indicator table Indikator | '
        "Utfall 2024 | Utfall 2025 | Målvärde 2025 with targets in words as well as signs "
        '("Minst 80 %", "Högst 12", "Minst 80", "≥ 95 %"), and only after the table the '
        'assessment line "Bedömning: Målet är delvis uppfyllt." (uppfyllt / inte uppfyllt / '
        '"Målet har inte kunnat bedömas."), two goals with an analysis paragraph after the '
        "assessment, so each assessment stands between its goal's table and the next goal's "
        "heading, and the third goal's assessment falls alone at the top of page 3, a page "
        'away from its table; the unassessed goal\'s indicators have no 2025 values ("–"); an income '
        "statement Utfall 2024 | Budget 2025 | Utfall 2025 (costs with a minus sign) and a drift "
        "table per verksamhet Budget 2025 | Utfall 2025 | Avvikelse (budget minus utfall); the "
        'municipality as "Lerums kommun" on the title page and in the running header',
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#00594F",
        "h_sizes": {1: 15, 2: 11.5, 3: 10.5},
        "first_page_plain": True,
        "header": "Lerums kommun\t\tTekniska nämnden",
        "footer": "Årsredovisning 2025\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#D9EAE7",
        "table_size": 9,
        "margins": (2.0, 2.0, 2.3, 2.3),
    }
    d.p("Årsredovisning 2025", "title")
    d.p("Tekniska nämnden", "subtitle")
    d.p("Lerums kommun", "metatop")
    d.p("Beslutad av tekniska nämnden 2026-02-12, § 14", "meta")
    d.page_break()
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Tekniska nämnden ansvarar för kommunens gator, gång- och cykelvägar, parker och "
        "grönområden samt för kost och måltid och lokalvård i kommunens verksamheter. "
        "Nämnden har 2025 arbetat efter den målplan som kommunfullmäktige antog i november "
        "2024."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025. Varje mål följs upp med indikatorer; nämndens "
        "bedömning redovisas efter indikatortabellen. Av de fem målen är två uppfyllda, ett "
        "delvis uppfyllt och ett inte uppfyllt, medan ett mål inte har kunnat bedömas."
    )
    for k, (g, s, intro, inds, after) in enumerate(GOALS, 1):
        d.goal(g, s)
        d.h(2, f"Mål: {g}", toc=False)
        d.p(intro)
        d.table(
            Table(
                label_head=("Indikator",),
                cols=[
                    Col(("Utfall 2024",), year="2024"),
                    Col(("Utfall 2025",), year="2025"),
                    Col(("Målvärde 2025",)),
                ],
                rows=[
                    Row(n, [a, b if b is not None else Raw("–"), Raw(t)], fmt=f)
                    for n, a, b, t, f in inds
                ],
                kind="kpi",
                caption=f"Tabell {k}. Indikatorer",
                fmt=N,
                label_width=3.4,
            )
        )
        d.add(P(f"Bedömning: {WORDS[s]}"))
        if after:
            d.p(after)
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett underskott om 600 tkr mot kommunbidraget. Underskottet beror "
        "på vinterväghållningen inom gata och trafik, som delvis vägs upp av överskott inom "
        "kost och måltid och park och natur."
    )
    inc = [
        ("Intäkter", 61_200, 58_000, 63_400),
        ("Kostnader", -189_900, -192_000, -198_000),
    ]
    net = tuple(inc[0][j] + inc[1][j] for j in (1, 2, 3))
    bidrag = (129_500, 134_000, 134_000)
    res = tuple(net[j] + bidrag[j] for j in range(3))
    assert net == (-128_700, -134_000, -134_600) and res == (800, 0, -600), (net, res)
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[Col(("Utfall 2024",)), Col(("Budget 2025",)), Col(("Utfall 2025",))],
            rows=[Row(n, list(v)) for n, *v in inc]
            + [
                Row("Nettokostnad", list(net), total=True),
                Row("Kommunbidrag", list(bidrag)),
                Row("Resultat", list(res), total=True),
            ],
            kind="is",
            caption="Tabell 6. Resultaträkning",
            fmt=N,
            label_width=2.6,
        )
    )
    units = [
        ("Nämnd och administration", 4_200, 4_050),
        ("Gata och trafik", 38_600, 40_120),
        ("Park och natur", 17_900, 17_460),
        ("Kost och måltid", 52_300, 51_680),
        ("Lokalvård", 21_000, 21_290),
    ]
    tb, tu = (sum(u[j] for u in units) for j in (1, 2))
    assert (tb, tu) == (134_000, -net[2]), (tb, tu)
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=[Row(n, [b, u, b - u]) for n, b, u in units]
            + [Row("Summa tekniska nämnden", [tb, tu, tb - tu], total=True)],
            kind="unit",
            caption="Tabell 7. Driftredovisning per verksamhet",
            note="Nettokostnader. Avvikelse = budget minus utfall.",
            fmt=N,
            label_width=2.8,
        )
    )
    return d

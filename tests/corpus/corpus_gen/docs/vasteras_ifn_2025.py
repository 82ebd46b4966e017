"""Västerås, Individ- och familjenämnden, verksamhetsberättelse 2025 (Writer, DejaVu Sans): a
drift table per verksamhetsområde that runs over a page break with its header rows repeated, in
tkr, group rows, a "Summa …" row under each group and a grand total."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# verksamhetsområde: [(verksamhet, budget 2025, utfall 2025, utfall 2024)]
AREAS = [
    (
        "Barn och familj",
        [
            ("Utredning barn och unga", 48_200, 51_340, 46_910),
            ("Öppenvård barn och familj", 36_500, 35_120, 34_880),
            ("Familjehemsvård", 92_400, 98_760, 90_150),
            ("HVB barn och unga", 61_800, 69_420, 64_300),
            ("Familjerätt", 9_300, 8_950, 8_870),
            ("Ensamkommande barn", 12_600, 10_280, 14_920),
        ],
    ),
    (
        "Vuxen och beroende",
        [
            ("Utredning vuxna", 21_400, 20_860, 20_150),
            ("Öppenvård beroende", 27_900, 26_430, 26_780),
            ("Institutionsvård vuxna", 44_300, 49_910, 45_020),
            ("Boende med stöd", 38_700, 37_540, 36_910),
            ("Våld i nära relationer", 14_200, 15_330, 13_460),
        ],
    ),
    (
        "Ekonomiskt bistånd och arbete",
        [
            ("Försörjningsstöd", 218_000, 209_640, 221_370),
            ("Handläggning ekonomiskt bistånd", 46_800, 45_920, 44_630),
            ("Arbetsmarknadsinsatser", 31_500, 30_210, 32_840),
            ("Skuld- och budgetrådgivning", 5_900, 5_610, 5_480),
        ],
    ),
    (
        "Gemensamt",
        [
            ("Nämnd och förvaltningsledning", 18_400, 17_250, 17_930),
            ("Mottagning och socialjour", 22_600, 23_480, 21_770),
            ("Administration och IT-stöd", 25_300, 24_150, 24_620),
        ],
    ),
]

GOALS = [
    ("Fler barn och unga ska få stöd i hemmet i stället för placering", "partly"),
    ("Fler hushåll med försörjningsstöd ska nå egen försörjning", "achieved"),
    ("Personer som utsatts för våld i nära relationer ska få snabbt skydd och stöd", "achieved"),
    ("Kostnaderna för institutionsvård ska minska", "not_achieved"),
]


def build() -> Doc:
    d = Doc(
        stem="vasteras-individ-och-familjenamnden-verksamhetsberattelse-2025",
        municipality="Västerås",
        committee="Individ- och familjenämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="fodt",
        what="Individ- och familjenämnden, verksamhetsberättelse 2025; Writer, DejaVu Sans, "
        "no title page",
        hard="the drift table (Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024, tkr) runs "
        "from page 1 onto page 2, splitting the group 'Vuxen och beroende', with its header row repeated at the top of page 2, so a reader "
        "must join the two parts and not take the repeated header for a row or a new table; "
        "four verksamhetsområden as group rows (a label only) with indented verksamheter, a "
        '"Summa <område>" row under each and "Summa nämnden" last; the '
        'municipality as "Västerås stad" in the page header; goals in a two-column table '
        "(Uppfyllt / Delvis uppfyllt / Ej uppfyllt)",
    )
    d.options["fodt"] = {
        "font": "DejaVu Sans",
        "size": 9.5,
        "hcolor": "#7A1E3A",
        "h_sizes": {1: 14, 2: 11.5, 3: 10},
        "first_page_plain": False,
        "header": "Västerås stad\tIndivid- och familjenämnden\tVerksamhetsberättelse 2025",
        "footer": "\t\t{page}/{pages}",
        "hf_size": 7.5,
        "hf_rule": True,
        "table_rules": "rules",
        "table_head_bg": "#EADDE2",
        "table_size": 8.5,
        "margins": (2.0, 2.0, 2.3, 2.3),
        "para_after": 0.25,
    }
    d.options["pdf_title"] = "Verksamhetsberättelse IFN 2025"
    d.p("Verksamhetsberättelse 2025", "title")
    d.p("Individ- och familjenämnden", "subtitle")
    d.p("Beslutad av individ- och familjenämnden 2026-02-19, § 14. Dnr IFN 2026/00031", "meta")
    d.h(1, "Sammanfattning")
    d.p(
        "Individ- och familjenämnden ansvarar för stöd och insatser till barn, unga, vuxna "
        "och familjer enligt socialtjänstlagen, LVU och LVM, för ekonomiskt bistånd och för "
        "kommunens arbetsmarknadsinsatser för personer med försörjningsstöd."
    )
    d.p(
        "Nämnden redovisar ett underskott om 4 400 tkr för 2025. Kostnaderna för placeringar av "
        "barn och unga och för institutionsvård av vuxna har ökat, medan kostnaderna för "
        "försörjningsstöd har minskat för andra året i rad."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fyra mål för 2025. Bedömningen bygger på indikatorer och på "
        "verksamheternas analys."
    )
    for g, s in GOALS:
        d.goal(g, s)
    d.table(
        Table(
            label_head=("Nämndmål",),
            cols=[Col(("Bedömning",), width=0.9)],
            rows=[Row(g, [Raw(WORDS[s])]) for g, s in GOALS],
            kind="plain",
            caption="Tabell 1. Nämndens mål 2025",
            label_width=3.2,
        )
    )
    d.p(
        "Andelen barn och unga som fått stöd i hemmet har ökat, men antalet placeringar på HVB "
        "har inte minskat i samma takt. Kostnaderna för institutionsvård av vuxna ökade med "
        "elva procent jämfört med 2024."
    )
    d.h(1, "Ekonomi")
    rows: list[Row] = []
    tot = [0, 0, 0]
    for area, units in AREAS:
        rows.append(Row(area, [None] * 4, heading=True))
        s = [0, 0, 0]
        for n, b, u, f in units:
            rows.append(Row(n, [b, u, b - u, f], indent=1))
            s = [s[0] + b, s[1] + u, s[2] + f]
        rows.append(Row(f"Summa {area.lower()}", [s[0], s[1], s[0] - s[1], s[2]], total=True))
        tot = [tot[0] + s[0], tot[1] + s[1], tot[2] + s[2]]
    rows.append(Row("Summa nämnden", [tot[0], tot[1], tot[0] - tot[1], tot[2]], total=True))
    assert (tot[0], tot[1], tot[0] - tot[1]) == (775_800, 780_200, -4_400), tot
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhetsområde",
            note="Avvikelse = budget minus utfall. Negativt tal innebär ett underskott.",
            fmt=N,
            label_width=3.0,
        )
    )
    d.p(
        "Nämndens nettokostnad blev 780 200 tkr, vilket är 4 400 tkr mer än budget. "
        "Verksamhetsområdet Barn och familj har det största underskottet, 13 070 tkr, främst "
        "inom familjehemsvård och HVB. Ekonomiskt bistånd och arbete redovisar ett överskott "
        "om 10 820 tkr."
    )
    d.p(
        "Inom Vuxen och beroende har kostnaderna för institutionsvård överskridit budget med "
        "5 610 tkr. Antalet vårddygn har ökat, och priserna hos de privata vårdgivarna har "
        "stigit mer än förväntat. Gemensamt redovisar ett överskott om 1 420 tkr efter "
        "vakanser i förvaltningsledningen."
    )
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Antal barn och unga placerade i familjehem, 31 dec", [312, 326, 341]),
                Row("Antal barn och unga placerade på HVB, 31 dec", [58, 61, 63]),
                Row(
                    "Antal hushåll med försörjningsstöd, genomsnitt per månad",
                    [2_918, 2_806, 2_655],
                ),
                Row("Andel hushåll som avslutats till egen försörjning", [31, 34, 38], fmt=PCT),
                Row("Antal vårddygn institutionsvård vuxna", [9_820, 10_140, 11_250]),
            ],  # fmt: skip
            kind="kpi",
            caption="Tabell 3. Nyckeltal",
            fmt=N,
            label_width=3.4,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Nämnden fortsätter att bygga ut öppenvården för barn och unga som alternativ till "
        "placering. Under 2026 startar ett eget HVB för ungdomar i Västerås."
    )
    return d

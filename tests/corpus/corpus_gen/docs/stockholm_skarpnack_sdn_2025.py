"""Stockholm, Skarpnäcks stadsdelsnämnd, verksamhetsberättelse 2025 (Writer, DejaVu Sans): a large
city's district committee; KPI tables with bare year columns "2023 | 2024 | 2025 | Mål 2025" and the
unit in the KPI's name ("Väntetid till särskilt boende, dagar"); a drift table in mnkr whose
negative numbers are printed with U+2212 and a "Not" column of footnote numbers."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, P, Raw, Row, Table

N = NumFmt()
MNKR = NumFmt(dec=1, minus="\u2212")
DEC1 = NumFmt(dec=1)
WORDS = {"achieved": "Uppfylls", "partly": "Uppfylls delvis", "not_achieved": "Uppfylls inte"}

GOALS = [
    (
        "Äldre i Skarpnäck har en trygg och meningsfull vardag",
        "achieved",
        "Nöjdheten med hemtjänsten har ökat till 86 procent och väntetiden till särskilt boende "
        "har kortats till 38 dagar.",
    ),
    (
        "Barn och unga i Skarpnäck har en aktiv och trygg fritid",
        "partly",
        "Antalet besök på fritidsgårdarna ökade, men andelen flickor bland besökarna är "
        "fortfarande under målet.",
    ),
    (
        "Fler vuxna i Skarpnäck blir självförsörjande",
        "not_achieved",
        "Antalet hushåll med ekonomiskt bistånd ökade under andra halvåret när "
        "arbetsmarknaden försvagades.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="stockholm-skarpnacks-stadsdelsnamnd-verksamhetsberattelse-2025",
        municipality="Stockholm",
        committee="Skarpnäcks stadsdelsnämnd",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="fodt",
        what="a large city's district committee: Skarpnäcks stadsdelsnämnd, verksamhetsberättelse "
        "2025 of Stockholms stad; Writer, DejaVu Sans",
        hard="the committee is a stadsdelsnämnd named in the genitive before the noun "
        '("Skarpnäcks stadsdelsnämnd"), the city only as "Stockholms stad" in the footer and on '
        "the cover; KPI tables with bare years as column heads, 2023 | 2024 | 2025 | Mål 2025, "
        'and the unit in the KPI\'s name after a comma ("Väntetid till särskilt boende, dagar"); '
        "a drift table in mnkr with one decimal whose negative numbers are printed with a minus "
        'U+2212 ("−4,2") and a last "Not" column of footnote numbers explained under the table; '
        'goals as headings with "Nämndens bedömning: Uppfylls delvis" below; the drift table runs '
        "over a page break with its header row repeated",
    )
    d.options["fodt"] = {
        "font": "DejaVu Sans",
        "hfont": "DejaVu Sans",
        "table_font": "DejaVu Sans",
        "size": 9.5,
        "hcolor": "#002B5C",
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "first_page_plain": True,
        "header": "Skarpnäcks stadsdelsnämnd\t\tVerksamhetsberättelse 2025",
        "footer": "Stockholms stad\t\t{page} ({pages})",
        "hf_size": 7.5,
        "hf_rule": True,
        "table_rules": "rules",
        "table_head_bg": "#DDE7F2",
        "table_size": 8.5,
        "margins": (2.0, 2.0, 2.3, 2.3),
    }
    d.options["pdf_title"] = "Verksamhetsberättelse 2025 Skarpnäcks stadsdelsnämnd"
    d.p("Verksamhetsberättelse 2025", "title")
    d.p("Skarpnäcks stadsdelsnämnd", "subtitle")
    d.p("Stockholms stad", "metatop")
    d.p("Dnr SKA 2026/41. Beslutad av stadsdelsnämnden 2026-02-19", "meta")
    d.page_break()
    d.h(1, "Sammanfattning")
    d.p(
        "Skarpnäcks stadsdelsnämnd ansvarar för äldreomsorg, individ- och familjeomsorg, stöd "
        "och service till personer med funktionsnedsättning, fritidsverksamhet samt parker i "
        "stadsdelsområdet, som har drygt 50 000 invånare."
    )
    d.p(
        "Nämnden redovisar ett underskott om 4,2 mnkr, som beror på ökade kostnader för "
        "ekonomiskt bistånd. Av nämndens tre mål uppfylls ett, ett uppfylls delvis och ett "
        "uppfylls inte."
    )
    d.h(1, "Nämndens mål")
    for g, s, text in GOALS:
        d.goal(g, s)
        d.h(3, g, toc=False)
        d.add(P(f"Nämndens bedömning: {WORDS[s]}", "status"))
        d.p(text)
    d.h(1, "Nyckeltal")
    d.p("Utfallen avser helår. Målen är fastställda i nämndens verksamhetsplan 2025.")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
                Col(("Mål 2025",)),
            ],
            rows=[
                Row("Väntetid till särskilt boende, dagar", [52, 45, 38, 40], fmt=N),
                Row("Nöjdhet med hemtjänsten, procent", [81, 83, 86, 85], fmt=N),
                Row("Besök på fritidsgårdarna, antal", [31_420, 33_180, 35_960, 34_000], fmt=N),
                Row("Andel flickor bland besökarna, procent", [32, 34, 36, 40], fmt=N),
                Row(
                    "Hushåll med ekonomiskt bistånd, antal per månad",
                    [612, 598, 641, 580],
                    fmt=N,
                ),
                Row("Handläggningstid ekonomiskt bistånd, dagar", [9.5, 8.2, 8.9, 7.0], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi")
    # tenths of mnkr: unit, budget, utfall, note
    units = [
        ("Nämnd och administration", 412, 398, None),
        ("Äldreomsorg", 4_186, 4_152, "1"),
        ("Individ- och familjeomsorg", 1_538, 1_561, None),
        ("Ekonomiskt bistånd", 1_264, 1_337, "2"),
        ("Stöd och service till personer med funktionsnedsättning", 2_215, 2_238, None),
        ("Fritid och kultur", 386, 377, None),
        ("Parkverksamhet", 299, 279, "3"),
    ]
    tb = sum(u[1] for u in units)
    tu = sum(u[2] for u in units)
    assert tb - tu == -42, tb - tu

    def m(v: int) -> float:
        return round(v / 10, 1)

    trows = [Row(n, [m(b), m(u), m(b - u), Raw(nt) if nt else None]) for n, b, u, nt in units]
    trows.append(Row("Summa nämnden", [m(tb), m(tu), m(tb - tu), None], total=True))
    d.p(
        "Ekonomiskt bistånd överskrider budget med 7,3 mnkr. Äldreomsorgen och parkverksamheten "
        "redovisar överskott som delvis uppväger underskottet."
    )
    d.table(
        Table(
            label_head=("Verksamhetsområde, mnkr",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Not",), in_key=False, width=0.5),
            ],
            rows=trows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhetsområde",
            note="Avvikelse = budget minus utfall. Not 1: lägre kostnader för köpta platser i "
            "särskilt boende. Not 2: fler hushåll med bistånd under andra halvåret. Not 3: "
            "vakanta tjänster under våren.",
            fmt=MNKR,
            label_width=3.4,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Under 2026 fortsätter nämnden arbetet med att korta väntetiderna och öka andelen "
        "flickor i fritidsverksamheten genom nya tjejkvällar i Bagarmossen och Björkhagen."
    )
    return d

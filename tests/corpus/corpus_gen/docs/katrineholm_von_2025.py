"""Katrineholm, Vård- och omsorgsnämnden, årsredovisning 2025 (Writer, Liberation Sans): an income
statement in mnkr with one decimal, Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse mot budget,
rows grouped under "Verksamhetens intäkter" / "Verksamhetens kostnader" with indented sub-rows, and
a KPI table whose names wrap over two lines in a narrow first column."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, P, Row, Table

MNKR = NumFmt(dec=1)
N = NumFmt()
PCT = NumFmt(suffix=" %")
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# goal, status, analysis
GOALS = [
    (
        "Den enskilde ska känna sig trygg med sina insatser",
        "achieved",
        "I brukarundersökningen svarar 89 procent av dem som har hemtjänst att de känner sig "
        "trygga hemma, vilket är över målvärdet 85 procent.",
    ),
    (
        "Fler personer med hemtjänst ska få besök av samma personal",
        "partly",
        "Personalkontinuiteten har förbättrats till 14 personer under 14 dagar, men målvärdet "
        "12 personer nås inte.",
    ),
    (
        "Andelen heltidsanställda i vård och omsorg ska öka",
        "achieved",
        "Andelen tillsvidareanställda med heltid har ökat till 81 procent efter att "
        "heltidsprojektet införts i hela förvaltningen.",
    ),
    (
        "Nämndens verksamhet ska bedrivas inom tilldelad budget",
        "not_achieved",
        "Nämnden redovisar ett underskott om 9,2 mnkr, främst på grund av köp av platser och "
        "ökade kostnader för bemanning inom LSS.",
    ),
]


def t(v: int) -> float:
    """Tenths of a million to mnkr with one decimal."""
    return round(v / 10, 1)


def build() -> Doc:
    d = Doc(
        stem="katrineholm-vard-och-omsorgsnamnden-arsredovisning-2025",
        municipality="Katrineholm",
        committee="Vård- och omsorgsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="Vård- och omsorgsnämnden, årsredovisning 2025 of a social services committee; "
        "Writer, Liberation Sans",
        hard="an income statement in mnkr with one decimal and the columns Utfall 2024 | Budget "
        "2025 | Utfall 2025 | Avvikelse mot budget (two-line headers), the rows grouped under "
        'label-only rows "Verksamhetens intäkter" / "Verksamhetens kostnader" with indented '
        'sub-rows and "Summa …" rows; a KPI table whose first column is narrow, so most KPI '
        "names wrap over two lines (Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025); "
        'goals as headings with "Måluppfyllelse: Delvis uppfyllt" below',
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "hfont": "Liberation Sans",
        "table_font": "Liberation Sans",
        "size": 10,
        "hcolor": "#6B2C5F",
        "h_sizes": {1: 16, 2: 12.5, 3: 10.5},
        "first_page_plain": True,
        "header": "Vård- och omsorgsnämnden\t\tÅrsredovisning 2025",
        "footer": "Katrineholms kommun\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#EADCE7",
        "table_size": 9,
        "margins": (2.2, 2.0, 2.5, 2.5),
    }
    d.options["pdf_title"] = "Årsredovisning 2025 Vård- och omsorgsnämnden"
    d.p("Årsredovisning 2025", "title")
    d.p("Vård- och omsorgsnämnden", "subtitle")
    d.p("Katrineholms kommun", "metatop")
    d.p("Beslutad av vård- och omsorgsnämnden 2026-02-18, § 12", "meta")
    d.page_break()
    d.h(1, "Nämndens uppdrag och året som gått")
    d.p(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hälso- och sjukvård i hemmet samt "
        "stöd och service till personer med funktionsnedsättning enligt LSS och SoL. "
        "Verksamheten omfattar cirka 1 400 medarbetare."
    )
    d.p(
        "Under 2025 öppnade det nya särskilda boendet Furuhäll med 60 platser. Efterfrågan på "
        "hemtjänst ökade med 5 procent och antalet beslut om bostad med särskild service enligt "
        "LSS ökade. Nämnden redovisar ett underskott om 9,2 mnkr."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fyra mål för 2025. Av dem är två uppfyllda, ett delvis uppfyllt och ett "
        "inte uppfyllt."
    )
    for g, s, analysis in GOALS:
        d.goal(g, s)
        d.h(3, g, toc=False)
        d.add(P(f"Måluppfyllelse: {WORDS[s]}", "status"))
        d.p(analysis)
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "2023"), year="2023"),
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Målvärde", "2025")),
            ],
            rows=[
                Row(
                    "Antal personer med hemtjänst i ordinärt boende",
                    [598, 612, 643, None],
                    fmt=N,
                ),
                Row(
                    "Antal personal som en hemtjänsttagare möter under 14 dagar",
                    [16, 15, 14, 12],
                    fmt=N,
                ),
                Row(
                    "Andel brukare som känner sig trygga hemma med hemtjänst",
                    [84, 86, 89, 85],
                    fmt=PCT,
                ),
                Row(
                    "Väntetid i dagar från ansökan till erbjudet särskilt boende",
                    [71, 64, 48, 60],
                    fmt=N,
                ),
                Row(
                    "Andel tillsvidareanställda med heltid inom vård och omsorg",
                    [68, 74, 81, 80],
                    fmt=PCT,
                ),
                Row(
                    "Sjukfrånvaro bland medarbetarna",
                    [9.6, 9.1, 8.7, 8.0],
                    fmt=NumFmt(dec=1, suffix=" %"),
                ),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            label_width=2.3,
        )
    )
    d.h(1, "Ekonomi")
    # tenths of mnkr: (label, utfall 2024, budget 2025, utfall 2025)
    inc = [
        ("Taxor och avgifter", 386, 402, 411),
        ("Statsbidrag", 624, 540, 583),
        ("Försäljning av verksamhet", 218, 225, 209),
    ]
    cost = [
        ("Personalkostnader", -6_382, -6_645, -6_721),
        ("Köp av verksamhet", -842, -790, -825),
        ("Lokalkostnader", -978, -1_052, -1_049),
        ("Övriga kostnader", -611, -640, -660),
    ]
    si = [sum(r[k] for r in inc) for k in (1, 2, 3)]
    sc = [sum(r[k] for r in cost) for k in (1, 2, 3)]
    net = [a + b for a, b in zip(si, sc, strict=True)]
    bidrag = [7_560, 7_960, 7_960]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [-25, 0, -92], res

    def row(label: str, v: tuple[int, int, int], **kw: object) -> Row:
        u24, b25, u25 = v
        return Row(label, [t(u24), t(b25), t(u25), t(u25 - b25)], **kw)

    trows = [Row("Verksamhetens intäkter", [None] * 4, heading=True)]
    trows += [row(n, (a, b, c), indent=1) for n, a, b, c in inc]
    trows += [row("Summa intäkter", tuple(si), total=True)]
    trows += [Row("Verksamhetens kostnader", [None] * 4, heading=True)]
    trows += [row(n, (a, b, c), indent=1) for n, a, b, c in cost]
    trows += [row("Summa kostnader", tuple(sc), total=True)]
    trows += [
        row("Verksamhetens nettokostnad", tuple(net), total=True),
        row("Kommunbidrag", tuple(bidrag)),
        row("Resultat", tuple(res), total=True),
    ]
    d.p(
        "Nämnden redovisar ett resultat om -9,2 mnkr för 2025. Personalkostnaderna överstiger "
        "budget med 7,6 mnkr, främst inom bemanningen av LSS-boenden, och köp av verksamhet "
        "överstiger budget med 3,5 mnkr. Högre statsbidrag än budgeterat minskar underskottet."
    )
    d.table(
        Table(
            label_head=("Mnkr",),
            cols=[
                Col(("Utfall", "2024")),
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse", "mot budget")),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 2. Resultaträkning",
            note="Avvikelse mot budget = utfall 2025 minus budget 2025; ett minus är ett underskott.",
            fmt=MNKR,
            label_width=2.5,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Antalet invånare över 80 år ökar med drygt 4 procent per år fram till 2030. Nämnden "
        "planerar för ytterligare ett särskilt boende och för fler platser i bostad med särskild "
        "service enligt LSS."
    )
    return d

"""Piteå, Samhällsbyggnadsnämnden, ekonomisk uppföljning per september 2025 (a Calc sheet printed)."""

from __future__ import annotations

from pathlib import Path

from .. import fods
from ..model import Col, Doc, NumFmt, Row, Table

N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="pitea-samhallsbyggnadsnamnden-ekonomisk-uppfoljning-2025-09",
        municipality="Piteå",
        committee="Samhällsbyggnadsnämnden",
        report_type="interim",
        year=2025,
        end="2025-09-30",
        title="Ekonomisk uppföljning per september 2025",
        engine="fods",
        what="Samhällsbyggnadsnämnden, ekonomisk uppföljning per september 2025: a spreadsheet (Calc) "
        "printed to PDF, no prose",
        hard='only cells: title rows, header lines in separate spreadsheet rows ("Budget" / "2025"), '
        "indented sub-rows under bold group rows, blank cells, numbers formatted by Calc; sheet name "
        '("Drift sep") in the page header; a committee outside the usual list',
    )
    d.options["fods"] = {
        "sheet": "Drift sep",
        "ncols": 6,
        "widths": [5.6, 2.2, 2.3, 2.2, 2.4, 2.3],
        "header": ("Piteå kommun", ""),
        "footer_left": "Ekonomienheten, Samhällsbyggnadsförvaltningen",
    }
    d.options["pdf_title"] = "Drift sep"
    d.p("Piteå kommun", "meta")
    d.p("Samhällsbyggnadsnämnden", "subtitle")
    d.p("Ekonomisk uppföljning per september 2025", "title")
    d.p("Belopp i tkr. Negativa belopp = nettokostnad.", "note")
    cols = [
        Col(("Budget", "2025")),
        Col(("Utfall", "jan–sep", "2025")),
        Col(("Prognos", "2025")),
        Col(("Avvikelse", "mot budget")),
        Col(("Utfall", "jan–sep", "2024")),
    ]
    groups = [
        (
            "Gata och park",
            [
                ("Gator och vägar", -28_400, -20_118, -28_900, -19_455),
                ("Vinterväghållning", -19_600, -15_872, -21_300, -11_904),
                ("Parker och lekplatser", -12_700, -9_233, -12_400, -8_841),
                ("Gatubelysning", -6_300, -4_612, -6_300, -4_588),
            ],
        ),
        (
            "Bygg och miljö",
            [
                ("Bygglov", -2_100, -1_244, -1_700, -1_907),
                ("Miljö- och hälsoskydd", -5_400, -3_826, -5_200, -3_712),
                ("Livsmedelskontroll", -900, -512, -800, None),
            ],
        ),
        (
            "Planering och exploatering",
            [
                ("Fysisk planering", -8_200, -5_733, -8_000, -5_410),
                ("Mark och exploatering", 3_500, 4_910, 5_200, 2_206),
                ("Kart och GIS", -4_300, -3_180, -4_300, -3_050),
            ],
        ),
        (
            "Kollektivtrafik",
            [
                ("Stadstrafik", -24_800, -18_905, -25_600, -17_996),
                ("Skolskjuts", -18_300, -12_411, -18_900, -11_836),
            ],
        ),
        (
            "Nämnd och förvaltningsledning",
            [
                ("Nämnd", -1_300, -842, -1_150, -869),
                ("Förvaltningsgemensamt", -9_600, -6_995, -9_500, -6_744),
            ],
        ),
    ]
    rows = []
    tot = [0, 0, 0, 0]
    for g, items in groups:
        gs = [sum(i[k] or 0 for i in items) for k in (1, 2, 3, 4)]
        rows.append(Row(g, [gs[0], gs[1], gs[2], gs[2] - gs[0], gs[3]], total=True))
        for n, b, u, p, u4 in items:
            rows.append(Row(n, [b, u, p, p - b, u4], indent=1))
        tot = [a + b for a, b in zip(tot, gs, strict=True)]
    rows.append(
        Row(
            "Summa Samhällsbyggnadsnämnden",
            [tot[0], tot[1], tot[2], tot[2] - tot[0], tot[3]],
            total=True,
        )
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            kind="unit",
            fmt=N,
            cols=cols,
            rows=rows,
            caption="Driftredovisning per verksamhet",
        )
    )
    d.p(
        f"Prognosen visar en avvikelse mot budget om {N(tot[2] - tot[0])} tkr.\n"
        "Vinterväghållningen och kollektivtrafiken överskrider budget;\n"
        "mark och exploatering ger högre intäkter än budgeterat.",
        "note",
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=N,
            label_width=2.0,
            cols=[Col(("jan–sep", "2024"), year="2024"), Col(("jan–sep", "2025"), year="2025")],
            rows=[
                Row("Antal beslutade bygglov", [312, 287]),
                Row("Antal plogtillfällen", [21, 34]),
                Row("Antal resor med stadstrafiken", [1_402_880, 1_488_310]),
                Row("Antal sålda tomter för småhus", [14, 22]),
            ],
            caption="Nyckeltal",
        )
    )
    inv = [
        ("Ombyggnad Storgatan etapp 2", 18_500, 12_904, 18_500),
        ("GC-väg Öjebyn–Norrfjärden", 9_200, 3_118, 6_000),
        ("Beläggningsprogram 2025", 14_000, 11_762, 14_000),
        ("Belysning LED-utbyte", 3_500, 2_210, 3_500),
        ("Lekplats Strömnäsbacka", 2_800, 2_655, 2_800),
        ("Bro över Pite älv, reparation", 6_400, 842, 2_000),
        ("Dagvattenåtgärder Pitholm", 4_100, 1_390, 3_200),
        ("Exploatering Haraholmen", 22_000, 15_470, 21_000),
        ("Exploatering Backgårdsområdet", 8_600, 5_035, 8_600),
        ("Busshållplatser tillgänglighet", 1_900, 704, 1_900),
        ("Snöupplag Svensbyn", 3_000, None, 500),
        ("Fordon och maskiner", 2_600, 1_988, 2_600),
        ("Stadsmiljö Norra hamnen", 5_500, 1_402, 4_000),
    ]
    ir = [Row(n, [b, u, p, p - b]) for n, b, u, p in inv]
    it = [sum(x[k] or 0 for x in inv) for k in (1, 2, 3)]
    ir.append(Row("Summa investeringar", [it[0], it[1], it[2], it[2] - it[0]], total=True))
    d.table(
        Table(
            label_head=("Projekt",),
            kind="plain",
            fmt=N,
            cols=[
                Col(("Budget", "2025")),
                Col(("Utfall", "jan–sep", "2025")),
                Col(("Prognos", "2025")),
                Col(("Avvikelse", "mot budget")),
            ],
            rows=ir,
            caption="Investeringsredovisning",
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    return fods.build(doc, out / "sources", out)

"""Eskilstuna, Arbetsmarknads- och vuxenutbildningsnämnden, månadsrapport februari 2026: a Calc
sheet printed landscape, with merged heading cells over the period and the full year."""

from __future__ import annotations

from pathlib import Path

from .. import fods
from ..model import Col, Doc, NumFmt, Raw, Row, Table

N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="eskilstuna-arbetsmarknads-och-vuxenutbildningsnamnden-manadsrapport-2026-02",
        municipality="Eskilstuna",
        committee="Arbetsmarknads- och vuxenutbildningsnämnden",
        report_type="interim",
        year=2026,
        end="2026-02-28",
        title="Månadsrapport februari 2026",
        engine="fods",
        what="Arbetsmarknads- och vuxenutbildningsnämnden, månadsrapport februari 2026: a Calc "
        "sheet printed landscape",
        hard='merged heading cells centred over their columns ("Perioden jan–feb" over Budget / '
        'Utfall / Avvikelse, "Helår 2026" over Budget / Prognos / Avvikelse / Förbrukat), so the '
        "same words head two columns; a percentage column inside the drift table; a long "
        "committee name with a hyphen; the month only in the title (February: the period ends "
        "on the 28th); a volumes table comparing February of two years; a monthly table of "
        "payments (not a KPI or finance table) runs onto page 2",
    )
    d.options["fods"] = {
        "sheet": "AVN feb",
        "ncols": 8,
        "widths": [6.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.4, 2.2],
        "header": ("Eskilstuna kommun", ""),
        "footer_left": "Ekonomiavdelningen, Arbetsmarknadsförvaltningen",
        "landscape": True,
    }
    d.options["pdf_title"] = "AVN feb"
    d.p("Eskilstuna kommun", "meta")
    d.p("Arbetsmarknads- och vuxenutbildningsnämnden", "subtitle")
    d.p("Månadsrapport februari 2026", "title")
    d.p("Belopp i tkr. Nettokostnader. Avvikelse = budget minus utfall respektive prognos.", "note")
    units = [
        ("Nämnd och förvaltningsledning", 2_410, 2_288, 14_460, 14_100),
        ("Vuxenutbildning", 18_950, 18_214, 113_700, 112_400),
        ("Svenska för invandrare", 6_120, 6_575, 36_720, 38_900),
        ("Arbetsmarknadsinsatser", 9_830, 10_408, 58_980, 61_200),
        ("Ekonomiskt bistånd", 24_600, 26_012, 147_600, 155_700),
        ("Etablering och integration", 3_270, 2_954, 19_620, 18_900),
    ]
    rows = []
    for n, pb, pu, hb, hp in units:
        rows.append(Row(n, [pb, pu, pb - pu, hb, hp, hb - hp, Raw(f"{round(100 * pu / hb)} %")]))
    t = [sum(x[k] for x in units) for k in (1, 2, 3, 4)]
    assert t[2] - t[3] == -10_120, t[2] - t[3]
    rows.append(
        Row(
            "Summa nämnden",
            [
                t[0],
                t[1],
                t[0] - t[1],
                t[2],
                t[3],
                t[2] - t[3],
                Raw(f"{round(100 * t[1] / t[2])} %"),
            ],
            total=True,
        )
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            kind="unit",
            fmt=N,
            cols=[
                Col(("Budget",), group="Perioden jan–feb"),
                Col(("Utfall",), group="Perioden jan–feb"),
                Col(("Avvikelse",), group="Perioden jan–feb"),
                Col(("Budget",), group="Helår 2026"),
                Col(("Prognos",), group="Helår 2026"),
                Col(("Avvikelse",), group="Helår 2026"),
                Col(("Förbrukat",), group="Helår 2026", in_key=False),
            ],
            rows=rows,
            caption="Driftredovisning per verksamhet",
        )
    )
    d.p(
        "Prognosen visar ett underskott om 10 120 tkr för helåret.\n"
        "Ekonomiskt bistånd och Svenska för invandrare överskrider budget;\n"
        "vuxenutbildningen har färre studerande än planerat.",
        "note",
    )
    d.table(
        Table(
            label_head=("Volymer",),
            kind="kpi",
            fmt=N,
            cols=[Col(("Februari 2025",), year="2025"), Col(("Februari 2026",), year="2026")],
            rows=[
                Row("Antal hushåll med ekonomiskt bistånd", [1_842, 1_967]),
                Row("Antal studerande inom SFI", [1_305, 1_412]),
                Row("Antal studerande inom vuxenutbildning", [3_870, 3_655]),
                Row("Antal deltagare i arbetsmarknadsinsatser", [688, 741]),
            ],
            caption="Volymer",
        )
    )
    months = ["Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
              "September", "Oktober", "November", "December"]  # fmt: skip
    paid25 = [11_820, 12_045, 12_310, 12_190, 12_402, 12_655, 12_870, 12_533, 12_288, 12_410,
              12_507, 12_699]  # fmt: skip
    paid26 = [12_890, 13_122]
    d.table(
        Table(
            label_head=("Utbetalt ekonomiskt bistånd per månad",),
            kind="plain",
            fmt=N,
            cols=[Col(("2025",)), Col(("2026",))],
            rows=[
                Row(m, [a, paid26[i] if i < len(paid26) else None])
                for i, (m, a) in enumerate(zip(months, paid25, strict=True))
            ],
            caption="Ekonomiskt bistånd, tkr",
        )
    )
    d.p("Utbetalningarna i februari 2026 är 9 procent högre än i februari 2025.", "note")
    return d


def render(doc: Doc, out: Path) -> Path:
    return fods.build(doc, out / "sources", out)

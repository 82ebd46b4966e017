"""Söderhamn, Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito): an
annual report whose school KPIs are given per SCHOOL YEAR, not per calendar year.

Three nyckeltal tables with three different kinds of column:
- Tabell 2 "Kunskapsresultat och trygghet per läsår": Läsår 2022/23 | Läsår 2023/24 |
  Läsår 2024/25 | Målvärde. A läsår runs August–June; its grades are set and its pupil survey
  answered in the spring, inside the spring year, so each läsår is keyed by its SPRING year
  (2022/23 → "2023", 2023/24 → "2024", 2024/25 → "2025"), the convention the corpus README
  already uses for sollentuna's Period cell "Läsår 2025/26" (→ 2026) and the one Kolada and
  Skolverket use for årskurs-9 results. A reader that takes the first year printed keys every
  value a year early, and its "2025" would then be empty or wrong.
- Tabell 3 "Närvaro och trygghet per termin": VT 2024 | HT 2024 | VT 2025 | HT 2025. A term is
  half a year and two terms of one calendar year belong to two different school years, so a
  term value is no year value: the term columns are NOT in the key, and since the table has no
  other value columns none of its rows is a KPI of the key (as bastad's month columns and
  landskrona's tertial columns are left out).
- Tabell 4 "Kostnader och personal per kalenderår": 2023 | 2024 | 2025, keyed as printed.

So the key has values for 2023, 2024 and 2025 from two tables whose headings name the years in
two different ways, and nothing from the table in between. Six nämndmål in a goal table
Nämndmål | Bedömning | Kommentar ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"), a drift table
Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall) with Summa."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Söderhamns kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Verksamhetsberättelse 2025"
ACCENT = colors.HexColor("#00557F")
HEAD_BG = colors.HexColor("#E3ECF2")
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
TINT = {
    "achieved": colors.HexColor("#DCEFD9"),
    "partly": colors.HexColor("#FBF0C8"),
    "not_achieved": colors.HexColor("#F6D6D1"),
}

# (nämndmål, bedömning, kommentar)
GOALS = [
    (
        "Fler elever ska lämna grundskolan med behörighet till gymnasieskolans yrkesprogram",
        "partly",
        "Behörigheten ökade till 84,6 procent läsåret 2024/25 från 80,2 procent läsåret innan, "
        "men målvärdet 88 procent nåddes inte. Meritvärdet ökade på samtliga 7–9-skolor.",
    ),
    (
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "achieved",
        "Elevenkäten i mars 2025 visar att 90 procent av eleverna i åk 5 och 86 procent i åk 8 "
        "känner sig trygga. Båda värdena når målvärdet.",
    ),
    (
        "Närvaron i grundskolan ska öka",
        "achieved",
        "Närvaron var 92,7 procent höstterminen 2025 mot 91,2 procent hösten 2024, och andelen "
        "elever med mer än 15 procents frånvaro minskade till 12,8 procent.",
    ),
    (
        "Fler elever ska ta gymnasieexamen inom fyra år",
        "not_achieved",
        "Andelen med examen inom fyra år sjönk till 68,3 procent. Fler elever på "
        "introduktionsprogrammen har bytt program sent i utbildningen.",
    ),
    (
        "Nämnden ska vara en attraktiv arbetsgivare med friska medarbetare",
        "partly",
        "Andelen legitimerade lärare ökade till 81 procent och sjukfrånvaron minskade till "
        "6,6 procent, men målet för sjukfrånvaron, högst 6,0 procent, nåddes inte.",
    ),
    (
        "Verksamheten ska bedrivas inom tilldelad budgetram",
        "not_achieved",
        "Nämnden redovisar ett underskott om 4 260 tkr, främst inom grundskolan, förskolan och "
        "anpassad grundskola.",
    ),
]

L23, L24, L25 = "Läsår 2022/23", "Läsår 2023/24", "Läsår 2024/25"

# Tabell 2, per läsår: name, 2022/23, 2023/24, 2024/25, target as printed, fmt
LASAR = [
    ("Andel elever i åk 9 behöriga till yrkesprogram", 81.7, 80.2, 84.6, "≥ 88 %", PCT1),
    ("Genomsnittligt meritvärde i åk 9 (17 ämnen)", 209.4, 205.9, 213.8, "≥ 220", DEC1),
    ("Andel elever i åk 6 med lägst betyget E i matematik", 85, 83, 87, "≥ 90 %", PCT),
    ("Andel elever i åk 3 som klarat alla delprov i svenska", 72, 75, 74, "≥ 80 %", PCT),
    ("Andel elever i åk 5 som känner sig trygga i skolan", 87, 85, 90, "≥ 90 %", PCT),
    ("Andel elever i åk 8 som känner sig trygga i skolan", None, 81, 86, "≥ 85 %", PCT),
    ("Andel gymnasieelever med examen inom fyra år", 70.9, 70.5, 68.3, "≥ 75 %", PCT1),
]
LASAR_NOTE = (
    "Ett läsår omfattar augusti–juni; läsåret 2024/25 avslutades i juni 2025. Betygen avser "
    "slutbetyg vid vårterminens slut och tryggheten elevenkäten i mars. – = enkäten i åk 8 "
    "infördes läsåret 2023/24."
)

# Tabell 3, per termin: name, VT 2024, HT 2024, VT 2025, HT 2025, fmt
TERM = [
    ("Genomsnittlig närvaro i grundskolan", 91.9, 91.2, 91.6, 92.7, PCT1),
    ("Andel elever med frånvaro över 15 procent", 14.6, 15.3, 14.2, 12.8, PCT1),
    ("Antal anmälningar om kränkande behandling", 104, 121, 97, 88, N),
    ("Antal inskrivna barn i förskolan", 1096, 1071, 1088, 1052, N),
]
TERM_NOTE = (
    "VT = vårtermin (januari–juni), HT = hösttermin (augusti–december). Närvaro och frånvaro "
    "avser terminens genomsnitt i förskoleklass–åk 9, anmälningarna antalet under terminen och "
    "barnen i förskolan den 15 mars respektive den 15 oktober."
)

# Tabell 4, per kalenderår: name, 2023, 2024, 2025, fmt
CAL = [
    ("Kostnad per inskrivet barn i förskolan, kr", 157_800, 164_300, 169_600, N),
    ("Kostnad per elev i grundskolan, kr", 118_600, 124_900, 129_400, N),
    ("Kostnad per elev i gymnasieskolan, kr", 136_200, 141_800, 146_700, N),
    ("Antal årsarbetare", 806, 798, 781, N),
    ("Andel legitimerade lärare i grundskolan", 77, 79, 81, PCT),
    ("Sjukfrånvaro bland medarbetarna", 7.8, 7.3, 6.6, PCT1),
]
CAL_NOTE = (
    "Kostnaderna avser bruttokostnad i löpande priser. Årsarbetare och legitimerade lärare "
    "avser läget i december respektive den 15 oktober."
)

# verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och förvaltningsledning", 24_600, 23_910, 22_480),
    ("Förskola", 148_300, 151_240, 141_760),
    ("Grundskola och förskoleklass", 262_900, 266_420, 255_130),
    ("Fritidshem", 31_200, 30_580, 29_870),
    ("Anpassad grundskola", 19_400, 21_360, 18_920),
    ("Gymnasieskola", 128_700, 126_150, 127_340),
    ("Vuxenutbildning", 22_100, 21_470, 21_880),
    ("Elevhälsa", 26_800, 27_130, 25_640),
]


def lasar_table() -> Table:
    rows = [
        Row(n, [Raw("–") if a is None else a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in LASAR
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col((L23,), year="2023"),
            Col((L24,), year="2024"),
            Col((L25,), year="2025"),
            Col(("Målvärde",)),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Kunskapsresultat och trygghet per läsår",
        note=LASAR_NOTE,
        label_width=3.4,
    )


def term_table() -> Table:
    rows = [Row(n, [a, b, c, d], fmt=f) for n, a, b, c, d, f in TERM]
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col(("VT 2024",)), Col(("HT 2024",)), Col(("VT 2025",)), Col(("HT 2025",))],
        rows=rows,
        kind="kpi",
        caption="Tabell 3. Närvaro och trygghet per termin",
        note=TERM_NOTE,
        label_width=3.4,
    )


def cal_table() -> Table:
    rows = [Row(n, [a, b, c], fmt=f) for n, a, b, c, f in CAL]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("2023",), year="2023"),
            Col(("2024",), year="2024"),
            Col(("2025",), year="2025"),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 4. Kostnader och personal per kalenderår",
        note=CAL_NOTE,
        label_width=3.4,
    )


def build() -> Doc:
    d = Doc(
        stem="soderhamn-barn-och-utbildningsnamnden-verksamhetsberattelse-2025",
        municipality="Söderhamn",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no "
        "title page",
        hard="the school KPIs are given per SCHOOL YEAR: a nyckeltal table Läsår 2022/23 | "
        "Läsår 2023/24 | Läsår 2024/25 | Målvärde (grades, national tests, the pupil survey, "
        "gymnasieexamen), each läsår keyed by its spring year (2024/25 → 2025, as sollentuna's "
        'Period cell), one "–" for a survey begun in 2023/24; beside it a table of TERM values '
        "VT 2024 | HT 2024 | VT 2025 | HT 2025 (närvaro, frånvaro, kränkningar, barn i "
        "förskolan) whose columns are half-years of two different school years and not year "
        "values, so none of its rows is in the key; and a table of calendar-year KPIs 2023 | "
        "2024 | 2025 (costs per pupil in kr, årsarbetare, legitimerade lärare, sjukfrånvaro); "
        "so 2025 in the key comes from two tables naming the year in two ways; six nämndmål in "
        'a goal table Nämndmål | Bedömning | Kommentar ("Uppfyllt" / "Delvis uppfyllt" / "Ej '
        'uppfyllt" on a tinted cell); a drift table Budget 2025 | Utfall 2025 | Avvikelse | '
        'Utfall 2024 (tkr, budget minus utfall) with Summa; the municipality as "Söderhamns '
        'kommun" in the masthead and the running header',
    )
    tb = sum(x[1] for x in DRIFT)
    tu = sum(x[2] for x in DRIFT)
    tp = sum(x[3] for x in DRIFT)
    assert tb - tu == -4_260, tb - tu
    n = {s: sum(1 for g in GOALS if g[1] == s) for s in WORDS}
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 2}, n

    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola med förskoleklass och "
        "fritidshem, anpassad grundskola, gymnasieskola och kommunal vuxenutbildning. Under 2025 "
        "gick omkring 2 700 elever i nämndens grundskolor och 1 050 barn i förskolan."
    )
    d.p(
        "Kunskapsresultaten förbättrades läsåret 2024/25 efter ett svagare läsår 2023/24: fler "
        "elever i åk 9 blev behöriga till gymnasieskolan och meritvärdet ökade. Tryggheten och "
        "närvaron ökade, medan andelen gymnasieelever med examen inom fyra år minskade. Av "
        "nämndens sex mål är två uppfyllda, två delvis uppfyllda och två inte uppfyllda. "
        "Nämnden redovisar ett underskott mot budget om 4 260 tkr."
    )
    d.h(1, "Viktiga händelser under året", "2")
    d.p(
        "Skolorganisationen i centrala Söderhamn förändrades inför läsåret 2025/26, då "
        "årskurserna 7–9 samlades på två skolor. Förskolan Vågen i Sandarne togs i drift i "
        "mars och ersatte två förskolor i tillfälliga lokaler. Ett gemensamt arbetssätt för "
        "tidiga insatser vid frånvaro infördes i alla grundskolor under vårterminen."
    )
    d.p(
        "Kunskapsresultat och enkäter redovisas per läsår, närvaron per termin och kostnader "
        "och personal per kalenderår, så som uppgifterna tas fram. Läsåret 2024/25 är det "
        "senast avslutade läsåret under verksamhetsåret."
    )
    d.h(1, "Mål och måluppfyllelse", "3")
    d.p(
        "Nämnden har sex mål för 2025 som utgår från kommunfullmäktiges målområden. Bedömningen "
        "görs utifrån målets nyckeltal och verksamheternas analys."
    )
    lines = ["Tabell 1. Nämndmål och bedömning 2025", "Nämndmål\tBedömning\tKommentar"]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{WORDS[s]}\t{c}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))

    d.h(1, "Nyckeltal", "4")
    d.p(
        "Läsårets resultat visar en tydlig förbättring i grundskolan. Behörigheten till "
        "yrkesprogram är den högsta på fem år, men skillnaderna mellan skolorna är fortsatt "
        "stora. Resultaten på de nationella proven i svenska i åk 3 låg kvar på samma nivå."
    )
    d.table(lasar_table())
    d.p(
        "Närvaron följs upp per termin. Höstterminen 2025 hade den högsta närvaron sedan "
        "uppföljningen började, och antalet anmälningar om kränkande behandling var det lägsta."
    )
    d.table(term_table())
    d.p(
        "Kostnaden per barn och elev ökade mindre än under 2024. Antalet årsarbetare minskade "
        "med 17, främst genom naturliga avgångar i förskolan där barnantalet har minskat."
    )
    d.table(cal_table())

    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämnden redovisar ett underskott om 4 260 tkr mot en budget på 664 000 tkr. "
        "Grundskolan och förskolan har haft högre kostnader för tilläggsbelopp och "
        "skolskjuts än budgeterat, och anpassad grundskola har haft fler elever än planerat. "
        "Gymnasieskolan redovisar ett överskott genom lägre kostnader för interkommunal "
        "ersättning."
    )
    assert tb == 664_000, tb
    rows = [Row(nm, [b, u, b - u, p]) for nm, b, u, p in DRIFT]
    rows.append(Row("Summa", [tb, tu, tb - tu, tp], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 5. Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
            label_width=3.0,
        )
    )
    d.h(1, "Framtid", "6")
    d.p(
        "Barnantalet i förskolan fortsätter att minska medan antalet elever i gymnasieskolan "
        "ökar de kommande åren. Nämnden ser över förskolans lokaler och planerar för fler "
        "platser på Staffangymnasiet inför läsåret 2026/27."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": f"{MUNI}\t\t{COMMITTEE}",
        "footer": f"{TITLE}\t\tSida {{page}} av {{pages}}",
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        muni = rl.ParagraphStyle(
            "mu", parent=r.styles["cellb"], fontSize=12, leading=15, textColor=ACCENT
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=24, leading=29)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph(MUNI, muni),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            rl.Spacer(1, 8),
        ]

    def goaltable(_b: Custom) -> list:
        cap = rl.ParagraphStyle("cap1", parent=r.styles["caption"], keepWithNext=1)
        data = [[p("Nämndmål", "cellb"), p("Bedömning", "cellb"), p("Kommentar", "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
        for g, s, c in GOALS:
            i = len(data)
            data.append([p(g), p(WORDS[s]), p(c)])
            cmds += [
                ("BACKGROUND", (1, i), (1, i), TINT[s]),
                ("LINEBELOW", (0, i), (-1, i), 0.3, colors.HexColor("#A0A0A0")),
            ]
        tbl = rl.RLTable(
            data,
            colWidths=[0.34 * W, 0.15 * W, 0.51 * W],
            style=rl.TableStyle(cmds),
            repeatRows=1,
            hAlign="LEFT",
        )
        return [
            KeepTogether([Paragraph("Tabell 1. Nämndmål och bedömning 2025", cap), tbl]),
            rl.Spacer(1, 10),
        ]

    r.custom.update(masthead=masthead, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

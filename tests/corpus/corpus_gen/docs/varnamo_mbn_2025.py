"""Värnamo, Miljö- och byggnämnden, verksamhetsberättelse 2025 (reportlab, Carlito body,
Liberation Sans tables): the narrative in two balanced newspaper columns on the first page,
followed on the same page by full-width tables; a "Måluppfyllelse" table
Mål | Indikatorer | Målvärde 2025 | Utfall 2025 | Bedömning in which each goal has two or three
indicator rows, the goal's text only on its first row and the assessment only ONCE, on its LAST
row; goal titles end in a marker "(KF)" or "(N)" saying whose goal it is; a KPI table whose years
stand under one spanning group heading "Utfall" on a second header line; a drift table with
label-only group rows, "Summa verksamhet" / "Summa gemensamt" sub-totals and a grand total."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import BalancedColumns

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table

PCT = NumFmt(suffix=" %")
N = NumFmt()
BLUE = colors.HexColor("#1F4E79")
WORDS = {
    "achieved": "Uppfyllt",
    "partly": "Delvis uppfyllt",
    "not_achieved": "Ej uppfyllt",
    "unassessed": "Ej bedömt",
}
DASH = "–"

# goal, marker, status, [(indicator, target, utfall 2025 or None, fmt)]
GOALS = [
    (
        "Handläggningen av bygglov ska vara snabb och förutsägbar",
        "KF",
        "partly",
        [
            ("Mediantid från komplett ansökan till beslut om bygglov, dagar", "≤ 28", 31, N),
            ("Andel bygglovsbeslut inom lagstadgad tid", "100 %", 96, PCT),
            ("Andel bygglovsansökningar via e-tjänst", "≥ 70 %", 78, PCT),
        ],
    ),
    (
        "Tillsynen ska minska riskerna för människors hälsa och miljön",
        "KF",
        "achieved",
        [
            ("Andel genomförda planerade tillsynsbesök miljö och hälsa", "≥ 90 %", 94, PCT),
            ("Andel livsmedelsanläggningar som fått planerad kontroll", "≥ 95 %", 97, PCT),
        ],
    ),
    (
        "Företagen ska uppleva ett gott bemötande i myndighetsutövningen",
        "KF",
        "not_achieved",
        [
            ("Nöjd-Kund-Index bygglov", "≥ 70", 62, N),
            ("Nöjd-Kund-Index miljö- och hälsoskydd", "≥ 75", 71, N),
            ("Nöjd-Kund-Index livsmedelskontroll", "≥ 78", 74, N),
        ],
    ),
    (
        "Antalet enskilda avlopp med bristande rening ska minska",
        "N",
        "achieved",
        [
            ("Antal inventerade enskilda avlopp", "≥ 300", 342, N),
            ("Antal åtgärdade avlopp efter föreläggande", "≥ 120", 137, N),
        ],
    ),
    (
        "Kartor och geodata ska vara aktuella och lätta att använda",
        "N",
        "partly",
        [
            ("Andel av primärkartan som uppdaterats de senaste tre åren", "≥ 85 %", 79, PCT),
            ("Antal nedladdningar av öppna geodata", "≥ 1 500", 1912, N),
        ],
    ),
    (
        "Nämndens verksamhet ska bidra till minskad klimatpåverkan",
        "N",
        "unassessed",
        [
            ("Andel tjänsteresor med fossilfria fordon", "≥ 80 %", None, PCT),
            ("Antal klimatrådgivningar till företag", "≥ 40", 18, N),
        ],
    ),
]

LEGEND = (
    "(KF) = kommunfullmäktiges mål som nämnden ansvarar för. "
    "(N) = nämndens eget mål. Bedömningen anges på målets sista indikatorrad."
)

# name, 2023, 2024, 2025, target (None = no target), fmt
KPIS = [
    ("Antal inkomna bygglovsansökningar", 612, 574, 598, None, N),
    ("Antal beviljade bygglov", 488, 452, 471, None, N),
    ("Antal startbesked", 401, 377, 392, None, N),
    ("Antal ärenden om strandskyddsdispens", None, 38, 44, None, N),
    ("Antal tillsynsbesök miljö- och hälsoskydd", 1046, 1118, 1203, None, N),
    ("Antal livsmedelskontroller", 389, 402, 415, None, N),
    ("Andel klagomål med första åtgärd inom 10 dagar", 81, 84, 88, "≥ 90 %", PCT),
    ("Kostnadstäckningsgrad bygglov", 74, 79, 83, "≥ 80 %", PCT),
    ("Nettokostnad per invånare, kr", 412, 428, 437, None, N),
]

# drift (tkr, nettokostnad): group, [(unit, budget, utfall)]
DRIFT = [
    (
        "Verksamhet",
        "Summa verksamhet",
        [
            ("Bygglov", 3_850, 3_420),
            ("Miljö- och hälsoskydd", 6_920, 6_610),
            ("Livsmedelskontroll", 1_480, 1_560),
            ("Kart och mät", 4_310, 3_880),
        ],
    ),
    (
        "Gemensamt",
        "Summa gemensamt",
        [
            ("Nämnd", 640, 598),
            ("Ledning och administration", 3_900, 3_792),
        ],
    ),
]


def _drift_rows() -> tuple[list[Row], int]:
    rows: list[Row] = []
    tb = tu = 0
    for group, summa, units in DRIFT:
        rows.append(Row(group, [None, None, None], heading=True))
        sb = su = 0
        for name, b, u in units:
            rows.append(Row(name, [b, u, b - u], indent=1))
            sb += b
            su += u
        rows.append(Row(summa, [sb, su, sb - su], total=True))
        tb += sb
        tu += su
    rows.append(Row("Miljö- och byggnämnden totalt", [tb, tu, tb - tu], total=True))
    return rows, tb - tu


def build() -> Doc:
    drift_rows, result = _drift_rows()
    assert result == 1_240, result
    d = Doc(
        stem="varnamo-miljo-och-byggnamnden-verksamhetsberattelse-2025",
        municipality="Värnamo",
        committee="Miljö- och byggnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Miljö- och byggnämnden, verksamhetsberättelse 2025 (reportlab, Carlito body, "
        "Liberation Sans tables), no title page",
        hard="the narrative on page 1 set in two balanced newspaper columns (reading order: the "
        "left column, then the right) with full-width tables following on the same page; a "
        "goal table Mål | Indikatorer | Målvärde 2025 | Utfall 2025 | Bedömning (the target "
        "before the outcome) in which each goal has two or three indicator rows, the goal's "
        'text only on its first row and the assessment ("Uppfyllt", "Delvis uppfyllt", '
        '"Ej uppfyllt", "Ej bedömt") given once, on the goal\'s LAST indicator row, no merged '
        'cells; every goal title ends in a marker "(KF)" or "(N)" (kommunfullmäktiges / '
        "nämndens eget mål, explained in a legend under the table) that is not part of the "
        'title; a KPI table whose years stand as "2023 2024 2025" on a second header line '
        'under one spanning group heading "Utfall", then "Mål 2025", a dash for a year not '
        'measured; "Årets resultat" only as a sentence in the two-column text ("… ett '
        'överskott på 1 240 tkr …"); a drift table (tkr, budget minus utfall) with label-only '
        'group rows "Verksamhet" / "Gemensamt", sub-totals "Summa verksamhet" / "Summa '
        'gemensamt" and a grand total; the municipality as "Värnamo kommun" in the masthead '
        "and the footer",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Värnamo kommun\nVerksamhetsberättelse 2025\nMiljö- och byggnämnden",
        )
    )
    narrative: list = [
        H(2, "Nämndens uppdrag"),
        P(
            "Miljö- och byggnämnden är kommunens myndighet för plan- och bygglagen, "
            "miljöbalken och livsmedelslagstiftningen. Nämnden prövar bygglov och anmälningar, "
            "utövar tillsyn över miljöfarliga verksamheter och livsmedelsanläggningar och "
            "ansvarar för kommunens kartor, mätning och geodata."
        ),
        H(2, "Året i korthet"),
        P(
            "Antalet bygglovsansökningar ökade något jämfört med 2024 efter två år av "
            "minskning. Mediantiden för handläggning av bygglov blev 31 dagar, vilket är längre "
            "än målet, främst på grund av vakanser bland bygglovshandläggarna under våren. "
            "Efter rekryteringar under sommaren var handläggningstiderna i nivå med målet "
            "under årets sista fyra månader."
        ),
        P(
            "Tillsynen inom miljö- och hälsoskydd nådde fler verksamheter än något tidigare år. "
            "Inventeringen av enskilda avlopp i Bor och Rydaholm slutfördes, och 137 avlopp "
            "har åtgärdats efter föreläggande. Livsmedelskontrollen genomförde 415 kontroller."
        ),
        H(2, "Ekonomi"),
        P(
            "Årets resultat blev ett överskott på 1 240 tkr jämfört med budget. Överskottet "
            "beror på högre intäkter från bygglovsavgifter och på vakanser inom kart och mät. "
            "Livsmedelskontrollen redovisar ett mindre underskott eftersom fler "
            "extra kontroller än planerat har gjorts efter klagomål."
        ),
        H(2, "Framtiden"),
        P(
            "Under 2026 inför nämnden en ny digital tjänst för anmälan av enskilda avlopp och "
            "fortsätter arbetet med att korta handläggningstiderna. Företagens synpunkter på "
            "bemötandet ska följas upp med en fördjupad enkät."
        ),
    ]
    d.add(
        Custom(
            "twocol",
            {"blocks": narrative},
            words="\n\n".join(b.text() for b in narrative),
        )
    )

    d.h(1, "Nyckeltal")
    kr = []
    for name, a, b, c, target, f in KPIS:
        kr.append(Row(name, [a if a is not None else Raw(DASH), b, c, Raw(target or DASH)], fmt=f))
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023", group="Utfall", width=0.55),
                Col(("2024",), year="2024", group="Utfall", width=0.55),
                Col(("2025",), year="2025", group="Utfall", width=0.55),
                Col(("Mål 2025",), width=0.65),
            ],
            rows=kr,
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            label_width=3.2,
        )
    )

    d.page_break()
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden följer upp sex mål, tre av kommunfullmäktiges mål som nämnden ansvarar för "
        "och tre egna mål. Varje mål mäts med två eller tre indikatorer."
    )
    rows = []
    lines = [
        "Tabell 2. Måluppfyllelse 2025",
        "Mål\tIndikatorer\tMålvärde 2025\tUtfall 2025\tBedömning",
    ]
    for g, marker, s, inds in GOALS:
        d.goal(g, s)
        for k, (name, target, val, f) in enumerate(inds):
            rows.append(Row(name, [Raw(target), val if val is not None else Raw(DASH)], fmt=f))
            cells = [name, target, f(val) if val is not None else DASH]
            lines.append(
                "\t".join(
                    ([f"{g} ({marker})"] if k == 0 else [])
                    + cells
                    + ([WORDS[s]] if k == len(inds) - 1 else [])
                )
            )
    lines.append(LEGEND)
    gt = Table(
        label_head=("Indikatorer",),
        cols=[Col(("Målvärde 2025",)), Col(("Utfall 2025",), year="2025")],
        rows=rows,
        kind="kpi",
    )
    d.add(Custom("goaltable", {"table": gt}, words="\n".join(lines)))

    d.h(2, "Kommentarer till måluppfyllelsen")
    d.p(
        "Handläggningstiden för bygglov blev längre än målvärdet under första halvåret, men "
        "andelen ansökningar via e-tjänst ökade och nästan alla beslut fattades inom "
        "lagstadgad tid. Målet bedöms därför som delvis uppfyllt."
    )
    d.p(
        "Nöjd-Kund-Index sjönk inom alla tre områdena. Företagen efterfrågar tydligare "
        "information om avgifter och kompletteringar, och nämnden har beslutat om en "
        "handlingsplan för bättre bemötande under 2026."
    )
    d.p(
        "Klimatmålet har inte kunnat bedömas eftersom kommunens nya system för "
        "fordonsuppföljning inte levererade data om tjänsteresor för 2025."
    )
    d.page_break()
    d.h(1, "Driftredovisning")
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=drift_rows,
            kind="unit",
            caption="Tabell 3. Nettokostnad per verksamhet",
            note="Avvikelse = budget minus utfall. Ett positivt tal är ett överskott.",
            fmt=N,
            label_width=2.6,
        )
    )
    d.h(2, "Personal")
    d.p(
        "Förvaltningen hade 41 tillsvidareanställda vid årets slut, jämfört med 38 året "
        "innan. Sjukfrånvaron minskade från 5,9 till 4,7 procent."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 13.8,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.4,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#DCE6F0"),
        "header": None,
        "footer": "Värnamo kommun · Miljö- och byggnämnden · Verksamhetsberättelse 2025"
        "\tSida {page} av {pages}",
        "hf_font": "LiberationSans",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 2.2 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        return [
            r.para("Värnamo kommun", "subtitle"),
            r.para("Verksamhetsberättelse 2025", "title"),
            r.para("Miljö- och byggnämnden", "subtitle"),
            rl.Spacer(1, 6),
        ]

    def twocol(b: Custom) -> list:
        fl = r.flowables(b.data["blocks"])
        return [
            BalancedColumns(fl, nCols=2, innerPadding=10, spaceBefore=4, spaceAfter=10),
        ]

    def goaltable(_b: Custom) -> list:
        heads = ["Mål", "Indikatorer", "Målvärde 2025", "Utfall 2025", "Bedömning"]
        data = [[p(h, "cellbr" if i in (2, 3) else "cellb") for i, h in enumerate(heads)]]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for g, marker, s, inds in GOALS:
            first = len(data)
            for k, (name, target, val, f) in enumerate(inds):
                data.append(
                    [
                        p(f"{g} ({marker})", "cellb") if k == 0 else "",
                        p(name),
                        p(target, "cellr"),
                        p(f(val) if val is not None else DASH, "cellr"),
                        p(WORDS[s]) if k == len(inds) - 1 else "",
                    ]
                )
            last = len(data) - 1
            cmds.append(("LINEBELOW", (1, first), (4, last - 1), 0.25, colors.HexColor("#C8C8C8")))
            cmds.append(("LINEBELOW", (0, last), (-1, last), 0.6, colors.HexColor("#7F7F7F")))
        widths = [0.29, 0.33, 0.12, 0.10, 0.16]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        return [
            r.para("Tabell 2. Måluppfyllelse 2025", "caption"),
            tbl,
            r.para(LEGEND, "note"),
        ]

    r.custom.update(masthead=masthead, twocol=twocol, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Haninge, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans, set
as a goal-management system's Writer export looks): one goal table Mål | Indikator | Utfall
jan–aug 2025 | Utfall jan–aug 2026 | Målvärde 2026 | Bedömning in which the goal cell and the
assessment cell are merged down over the goal's one to three indicator rows; the goal's words
stand at the top of their tall cell, wrapped over two or three lines beside the indicator names,
and the assessment is only a coloured symbol character (▲ green, ■ amber, ▼ red, DejaVu Sans, in
the text layer) with no word beside it, explained by a legend line of the same symbols."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DAYS = NumFmt(dec=1, suffix=" dagar")
MON = NumFmt(dec=1)
BLUE = colors.HexColor("#00567D")
SYMBOL = {"expected_achieved": "▲", "partly": "■", "expected_not_achieved": "▼"}
COLOR = {
    "expected_achieved": "#2E8B3E",
    "partly": "#E8A317",
    "expected_not_achieved": "#C62828",
}
LEGEND = [
    ("expected_achieved", "Målet bedöms uppnås"),
    ("partly", "Målet bedöms delvis uppnås"),
    ("expected_not_achieved", "Målet bedöms inte uppnås"),
]
HEAD = [
    "Mål",
    "Indikator",
    "Utfall jan–aug 2025",
    "Utfall jan–aug 2026",
    "Målvärde 2026",
    "Bedömning",
]

# goal, status, [(indicator, jan–aug 2025, jan–aug 2026, target as printed, fmt)]
GOALS = [
    (
        "Barn och unga som behöver stöd ska få rätt insats i rätt tid",
        "expected_achieved",
        [
            ("Andel barnavårdsutredningar avslutade inom 120 dagar", 82, 89, "≥ 85 %", PCT),
            (
                "Tid från anmälan till beslut om inledd utredning (median)",
                11.0,
                9.5,
                "≤ 14,0 dagar",
                DAYS,
            ),  # fmt: skip
            ("Andel placerade barn med aktuell vårdplan", 91, 96, "≥ 95 %", PCT),
        ],
    ),
    (
        "Fler vuxna med försörjningsstöd ska gå vidare till arbete eller studier",
        "partly",
        [
            ("Andel avslutade hushåll som gått till arbete eller studier", 31, 34, "≥ 38 %", PCT),
            ("Genomsnittlig tid med försörjningsstöd, månader", 8.6, 8.1, "≤ 7,5", MON),
        ],
    ),
    (
        "Den som söker kontakt med socialtjänsten ska få snabbt och gott bemötande",
        "expected_achieved",
        [
            ("Handläggningstid nyansökan ekonomiskt bistånd", 4.9, 4.2, "≤ 5,0", DAYS),
            ("Andel som får svar från mottagningen samma dag", 74, 78, "≥ 75 %", PCT),
        ],
    ),
    (
        "Personer med missbruk eller beroende ska få ett samordnat och sammanhållet stöd",
        "expected_not_achieved",
        [
            ("Andel klienter med samordnad individuell plan (SIP)", 42, 39, "≥ 60 %", PCT),
        ],
    ),
    (
        "Socialtjänsten ska vara en attraktiv arbetsplats med stabil bemanning",
        "partly",
        [
            ("Personalomsättning bland socialsekreterare", 21.4, 16.8, "≤ 12,0 %", PCT1),
            ("Sjukfrånvaro bland medarbetarna", 7.4, 6.9, "≤ 6,0 %", PCT1),
            ("Andel socialsekreterare med minst tre års erfarenhet", 48, 53, "≥ 55 %", PCT),
        ],
    ),
]

ANALYSIS = [
    "Barn- och ungdomsenheten har under våren arbetat med en ny struktur för förhandsbedömningar. "
    "Fler utredningar avslutas nu inom lagstadgad tid och tiden från anmälan till beslut har "
    "kortats med en och en halv dag. Vårdplanerna för placerade barn följs upp vid varje "
    "placeringsärende.",
    "Samarbetet med arbetsmarknadsenheten har gett resultat, och fler hushåll har lämnat "
    "försörjningsstödet för arbete eller studier än under samma period förra året. Andelen "
    "ligger ändå under målvärdet, och den genomsnittliga tiden med försörjningsstöd är fortfarande "
    "längre än nämnden önskar.",
    "Den digitala ansökan om ekonomiskt bistånd har kortat handläggningstiden, och mottagningen "
    "har sedan mars en telefontid varje förmiddag. Båda indikatorerna ligger bättre än målvärdet.",
    "Andelen klienter med samordnad individuell plan har sjunkit. Regionens beroendemottagning i "
    "Handen har haft långa väntetider, och gemensamma planeringsmöten har ställts in. Nämnden har "
    "begärt ett dialogmöte med regionen under hösten.",
    "Personalomsättningen bland socialsekreterare har minskat efter att nämnden infört "
    "introduktionsår och handledning för nyanställda, men ligger fortfarande över målvärdet. "
    "Sjukfrånvaron har minskat något jämfört med 2025.",
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 38_400, 24_910, 37_900),
    ("Barn och unga", 186_300, 131_540, 194_800),
    ("Vuxna, missbruk och beroende", 92_700, 64_180, 96_200),
    ("Ekonomiskt bistånd", 148_500, 97_260, 145_300),
    ("Socialpsykiatri och boendestöd", 71_600, 46_930, 70_400),
]


def kpi_table() -> Table:
    rows = [
        Row(name, [a, b, Raw(target)], fmt=f)
        for _g, _s, inds in GOALS
        for name, a, b, target, f in inds
    ]
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Utfall jan–aug 2025",), year="2025"),
            Col(("Utfall jan–aug 2026",), year="2026"),
            Col(("Målvärde 2026",)),
        ],
        rows=rows,
        kind="kpi",
    )


def build() -> Doc:
    d = Doc(
        stem="haninge-socialnamnden-delarsrapport-2026-08",
        municipality="Haninge",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 laid out as a goal-management "
        "system's Writer export (reportlab, Liberation Sans, DejaVu Sans for the symbols), no "
        "title page",
        hard="one goal table Mål | Indikator | Utfall jan–aug 2025 | Utfall jan–aug 2026 | "
        "Målvärde 2026 | Bedömning with five goals, each goal cell merged down over its one to "
        "three indicator rows with the goal's words at the top of the tall cell, wrapped over two "
        "or three lines, so the lines of a goal title and the indicator names stand interleaved "
        "on the same text lines; the Bedömning cell merged the same way and holding only a "
        "coloured symbol character in the text layer (▲ green = uppnås, ■ amber = delvis, ▼ red "
        "= inte uppnås), no word, explained by a legend line of the same symbols above the "
        'table; values with units in the cell ("4,2 dagar", "78 %"), targets "≥ 85 %", '
        '"≤ 5,0"; the analysis per goal under "Analys av måluppfyllelse" after the table never '
        "repeats the forecast; a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | "
        "Avvikelse (tkr, budget minus prognosis) with a total row; the municipality as "
        '"Haninge kommun" on page 1 and in the footer',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Haninge kommun\nDelårsrapport januari–augusti 2026\nSocialnämnden",
        )
    )
    n = {s: sum(1 for _g, st, _i in GOALS if st == s) for s in SYMBOL}
    assert n == {"expected_achieved": 2, "partly": 2, "expected_not_achieved": 1}, n
    tot = [sum(r[j] for r in DRIFT) for j in (1, 2, 3)]
    dev = tot[0] - tot[2]
    assert dev == -7_100, tot
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämnden ansvarar för individ- och familjeomsorgen i Haninge: stöd till barn, unga "
        "och familjer, ekonomiskt bistånd, stöd vid missbruk och beroende samt socialpsykiatri. "
        "Under perioden har antalet anmälningar om barn som far illa fortsatt att öka, medan "
        "antalet hushåll med försörjningsstöd har minskat för andra året i rad."
    )
    d.p(
        "Nämnden följer upp fem mål. Två av dem bedöms uppnås vid årets slut, två bedöms delvis "
        "uppnås och ett bedöms inte uppnås. Prognosen för helåret är ett underskott om 7 100 tkr, "
        "främst på grund av fler och dyrare placeringar av barn och unga."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Tabellen visar nämndens mål med indikatorer och nämndens bedömning av måluppfyllelsen "
        "vid årets slut. Utfallen avser perioden januari–augusti."
    )
    legend = "   ".join(f"{SYMBOL[s]} {w}" for s, w in LEGEND)
    d.add(Custom("legend", {}, words=legend))
    lines = ["\t".join(HEAD)]
    for g, s, inds in GOALS:
        d.goal(g, s)
        for k, (name, a, b, target, f) in enumerate(inds):
            cells = [name, f(a), f(b), target]
            lines.append(
                "\t".join(([g] if k == 0 else []) + cells + ([SYMBOL[s]] if k == 0 else []))
            )
    d.add(Custom("goaltable", {"table": kpi_table()}, words="\n".join(lines)))
    d.h(1, "Analys av måluppfyllelse")
    for text in ANALYSIS:
        d.p(text)
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden prognostiserar ett underskott om 7 100 tkr för 2026. Placeringar av barn och unga "
        "i familjehem och på HVB överstiger budget med 8 500 tkr och vuxenplaceringar med 3 500 tkr. "
        "Kostnaderna för ekonomiskt bistånd blir lägre än budgeterat, och vakanser inom "
        "socialpsykiatrin och förvaltningsledningen ger ett visst överskott."
    )
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Socialnämnden totalt", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget 2026 minus prognos 2026; ett negativt belopp är ett underskott.",
            label_width=2.8,
        )
    )
    d.h(1, "Åtgärder och framåtblick")
    d.p(
        "Förvaltningen arbetar med att ersätta köpta HVB-placeringar med förstärkta familjehem i "
        "egen regi. Under hösten startar också ett öppenvårdsteam för unga med missbruk, som "
        "finansieras inom befintlig ram."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#DCE9F0"),
        "footer": "Haninge kommun\tSocialnämnden – Delårsrapport januari–augusti 2026\tSida {page} av {pages}",
        "hf_size": 8,
        "margins": (2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph("Haninge kommun", logo),
            rl.Spacer(1, 16),
            Paragraph("Delårsrapport januari–augusti 2026", big),
            Paragraph("Socialnämnden", sub),
            rl.Spacer(1, 4),
        ]

    def sym(status: str, size: float = 12) -> str:
        return (
            f'<font name="DejaVuSans" color="{COLOR[status]}" size="{size}">{SYMBOL[status]}</font>'
        )

    def legend(_b: Custom) -> list:
        st = rl.ParagraphStyle("leg", parent=r.styles["small"], fontSize=8.5, leading=12)
        txt = "&nbsp;&nbsp;&nbsp;".join(f"{sym(s, 9.5)} {escape(w)}" for s, w in LEGEND)
        return [Paragraph(txt, st), rl.Spacer(1, 3)]

    cell = r.styles["cell"]
    cellr = r.styles["cellr"]
    head = rl.ParagraphStyle("gh", parent=r.styles["cellb"], fontSize=8.3, leading=10)
    headr = rl.ParagraphStyle("ghr", parent=head, alignment=2)
    headc = rl.ParagraphStyle("ghc", parent=head, alignment=TA_CENTER)
    symst = rl.ParagraphStyle("sym", parent=cell, alignment=TA_CENTER, leading=14)

    def goaltable(_b: Custom) -> list:
        data = [
            [Paragraph(escape(h), head if i < 2 else headc if i == 5 else headr)
             for i, h in enumerate(HEAD)]
        ]  # fmt: skip
        grey = colors.HexColor("#A6A6A6")
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (1, 1), (4, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE9F0")),
            ("GRID", (0, 0), (-1, -1), 0.4, grey),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for g, s, inds in GOALS:
            first = len(data)
            for k, (name, a, b, target, f) in enumerate(inds):
                data.append(
                    [
                        Paragraph(escape(g), cell) if k == 0 else "",
                        Paragraph(escape(name), cell),
                        Paragraph(escape(f(a)), cellr),
                        Paragraph(escape(f(b)), cellr),
                        Paragraph(escape(target), cellr),
                        Paragraph(sym(s), symst) if k == 0 else "",
                    ]
                )
            last = len(data) - 1
            cmds += [
                ("VALIGN", (0, first), (0, last), "TOP"),
                ("VALIGN", (5, first), (5, last), "MIDDLE"),
            ]
            if last > first:
                cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (5, first), (5, last))]
        widths = [0.235, 0.315, 0.11, 0.11, 0.12, 0.11]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [tbl, rl.Spacer(1, 8)]

    r.custom.update(
        masthead=masthead, legend=lambda b: [KeepTogether(legend(b))], goaltable=goaltable
    )
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

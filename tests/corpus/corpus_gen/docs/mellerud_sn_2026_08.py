"""Mellerud, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito).

The nyckeltal table carries a status of its own on every row: Nyckeltal | Utfall jan–aug 2025 |
Utfall jan–aug 2026 | Målvärde 2026 | Status, the status a small coloured vector dot and a word
("Uppnått", "Delvis", "Ej uppnått", one grey "Ej mätt"), explained by a legend under the table,
the rows grouped under label-only rows per verksamhet. These statuses compare a period value
with its target; they are not goals and not in the key (the key holds the KPIs' values only).
Several KPI names are phrased like goals ("Andelen brukare som är nöjda med hemtjänsten ska
öka", "Sjukfrånvaron bland medarbetarna ska minska"). The committee's goals stand elsewhere, in
the chapter before the table, as headings "Nämndmål 1: …" with an analysis paragraph that talks
about the nyckeltal's statuses ("… har uppnått sitt målvärde …") and a bold "Samlad bedömning:
…" line closing each goal, the forecast for the year. A drift table Budget 2026 | Utfall jan–aug
2026 | Prognos 2026 | Avvikelse (tkr, budget minus prognosis) with a Summa row."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Melleruds kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
GREEN_INK = colors.HexColor("#1E5A46")
HEAD_BG = colors.HexColor("#E3EEE9")
GROUP_BG = colors.HexColor("#F3F6F4")

DOT = {
    "Uppnått": colors.HexColor("#3A9A45"),
    "Delvis": colors.HexColor("#F0B400"),
    "Ej uppnått": colors.HexColor("#D2382F"),
    "Ej mätt": colors.HexColor("#BDBDBD"),
}

ASSESS = {
    "expected_achieved": "Målet bedöms uppnås vid årets slut.",
    "partly": "Målet bedöms delvis uppnås vid årets slut.",
    "expected_not_achieved": "Målet bedöms inte uppnås vid årets slut.",
}

# nämndmål, forecast, analysis
GOALS = [
    (
        "Invånare som behöver stöd ska få rätt insats i rätt tid",
        "partly",
        "Väntetiden till särskilt boende har kortats och nyckeltalet har uppnått sitt målvärde "
        "för perioden. Barnavårdsutredningarna blir oftare klara inom lagstadgad tid än under "
        "2025, men andelen når ännu inte målvärdet. Två tjänster som socialsekreterare har "
        "tillsatts under våren och effekten väntas synas under hösten.",
    ),
    (
        "Äldre ska känna sig trygga och nöjda med vården och omsorgen",
        "expected_achieved",
        "Brukarundersökningen i våras visar fortsatt höga värden för bemötande och trygghet i "
        "särskilt boende. Nöjdheten med hemtjänsten har ökat men nyckeltalet är ännu inte "
        "uppnått. Personalkontinuiteten i hemtjänsten är fortsatt en svaghet; ett nytt "
        "planeringsverktyg införs i oktober. Alla brukare i särskilt boende har nu en aktuell "
        "genomförandeplan.",
    ),
    (
        "Fler personer ska gå från ekonomiskt bistånd till egen försörjning",
        "expected_not_achieved",
        "Antalet hushåll med långvarigt ekonomiskt bistånd har ökat sedan samma period 2025, "
        "främst bland hushåll som har kommit till kommunen under de senaste åren. Färre deltagare "
        "i daglig verksamhet och arbetsmarknadsinsatser har gått vidare till arbete eller studier "
        "än planerat. Samarbetet med Arbetsförmedlingen förstärks under hösten.",
    ),
    (
        "Barn och unga ska växa upp under trygga och goda förhållanden",
        "expected_achieved",
        "Fler ungdomar än tidigare har klarat sig utan ny insats ett år efter avslutat stöd. "
        "Familjecentralen i Mellerud har haft 1 240 besök under perioden och "
        "föräldraskapsstödet har utökats med en grupp på arabiska.",
    ),
    (
        "Nämnden ska vara en attraktiv arbetsgivare med friska medarbetare",
        "partly",
        "Sjukfrånvaron har minskat jämfört med samma period 2025 men ligger fortfarande över "
        "målvärdet. Andelen heltidsanställda ökar som planerat efter att äldreomsorgen infört "
        "heltid som norm. Rekryteringen av sjuksköterskor är fortsatt svår.",
    ),
]

# (group, [(nyckeltal, 2025, 2026, målvärde, status, fmt)])
KPIS = [
    (
        "Äldreomsorg",
        [
            (
                "Andelen brukare som är nöjda med hemtjänsten ska öka",
                86,
                89,
                "≥ 90 %",
                "Delvis",
                PCT,
            ),
            ("Väntetid till särskilt boende, dagar (medel)", 64, 52, "≤ 60", "Uppnått", N),
            (
                "Antal olika personal som besöker en brukare med hemtjänst under 14 dagar",
                15,
                16,
                "≤ 12",
                "Ej uppnått",
                N,
            ),
            (
                "Alla brukare i särskilt boende ska ha en aktuell genomförandeplan",
                91,
                100,
                "100 %",
                "Uppnått",
                PCT,
            ),
        ],
    ),
    (
        "Individ- och familjeomsorg",
        [
            ("Andel barnavårdsutredningar klara inom 120 dagar", 78, 84, "100 %", "Delvis", PCT),
            (
                "Antalet hushåll med långvarigt ekonomiskt bistånd ska minska",
                64,
                71,
                "≤ 60",
                "Ej uppnått",
                N,
            ),
            (
                "Ungdomar utan ny insats ett år efter avslutad insats",
                72,
                77,
                "≥ 75 %",
                "Uppnått",
                PCT,
            ),
        ],
    ),
    (
        "Funktionsstöd",
        [
            (
                "Andel brukare i LSS-boende som känner sig trygga",
                90,
                93,
                "≥ 90 %",
                "Uppnått",
                PCT,
            ),
            (
                "Fler deltagare i daglig verksamhet ska gå vidare till arbete eller studier",
                4.2,
                3.1,
                "≥ 5,0 %",
                "Ej uppnått",
                PCT1,
            ),
            (
                "Brukare som är nöjda med sin dagliga verksamhet",
                88,
                None,
                "≥ 90 %",
                "Ej mätt",
                PCT,
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            ("Sjukfrånvaron bland medarbetarna ska minska", 9.4, 8.7, "≤ 8,0 %", "Delvis", PCT1),
            ("Andel heltidsanställda", 68, 74, "≥ 75 %", "Delvis", PCT),
        ],
    ),
]

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 9_800, 6_120, 9_500),
    ("Äldreomsorg", 148_600, 101_930, 152_400),
    ("Hälso- och sjukvård", 31_200, 20_870, 31_600),
    ("Funktionsstöd", 72_400, 47_210, 71_100),
    ("Individ- och familjeomsorg", 46_300, 32_640, 48_900),
    ("Arbetsmarknad och försörjningsstöd", 24_900, 16_980, 25_700),
]

LEGEND = (
    "Status jämför periodens utfall med målvärdet för 2026: Uppnått = målvärdet är nått; "
    "Delvis = utvecklingen går åt rätt håll men målvärdet är inte nått; Ej uppnått = målvärdet "
    "är inte nått och utvecklingen går åt fel håll; Ej mätt = mäts under hösten. Statusen är "
    "ingen bedömning av nämndmålen."
)


def kpi_table() -> Table:
    rows: list[Row] = []
    for group, items in KPIS:
        rows.append(Row(group, [None] * 4, heading=True))
        for name, v25, v26, target, status, fmt in items:
            rows.append(
                Row(
                    name,
                    [v25, Raw("–") if v26 is None else v26, Raw(target), Raw(status)],
                    fmt=fmt,
                )
            )
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Utfall", "jan–aug 2025"), year="2025", width=0.9),
            Col(("Utfall", "jan–aug 2026"), year="2026", width=0.9),
            Col(("Målvärde", "2026"), year=None, width=0.8),
            Col(("Status",), year=None, width=1.0),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal per verksamhet, januari–augusti",
        note=LEGEND,
        label_width=3.9,
    )


def build() -> Doc:
    d = Doc(
        stem="mellerud-socialnamnden-delarsrapport-2026-08",
        municipality="Mellerud",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito), no title "
        "page",
        hard="a nyckeltal table with a status of its own on every KPI row, Nyckeltal | Utfall "
        "jan–aug 2025 | Utfall jan–aug 2026 | Målvärde 2026 | Status, the status a small coloured "
        'vector dot and a word ("Uppnått", "Delvis", "Ej uppnått", one grey "Ej mätt" beside a '
        '"–" value), explained by a legend under the table that says it is not an assessment of '
        "the goals, the rows grouped under label-only rows per verksamhet, and several KPI names "
        'phrased like goals ("Andelen brukare som är nöjda med hemtjänsten ska öka", '
        '"Sjukfrånvaron bland medarbetarna ska minska", "Alla brukare i särskilt boende ska ha '
        'en aktuell genomförandeplan"): the KPI statuses are not goals and not in the key; the '
        'goals stand earlier, as headings "Nämndmål 1: …" whose analysis paragraphs speak of '
        'the nyckeltal\'s statuses ("… har uppnått sitt målvärde …", "… är ännu inte uppnått"), '
        'each closed by a bold "Samlad bedömning: Målet bedöms delvis uppnås vid årets slut." '
        "line, the forecast; a drift table Budget 2026 | Utfall jan–aug 2026 | Prognos 2026 | "
        "Avvikelse (tkr, budget minus prognosis) with a Summa row",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr SN 2026/118\nBeslutad av socialnämnden "
            "2026-09-24, § 87",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämndens verksamheter har under årets första åtta månader präglats av ett ökat "
        "behov av hemtjänst och av fler ärenden inom individ- och familjeomsorgen. Av nämndens "
        "fem mål bedöms två uppnås vid årets slut, två delvis uppnås och ett inte uppnås. "
        "Nämnden prognostiserar ett underskott om 6 000 tkr för 2026, främst inom äldreomsorgen "
        "och individ- och familjeomsorgen."
    )
    d.h(1, "Viktiga händelser under perioden")
    d.bullets(
        "Korttidsboendet Rönnbacken flyttade i maj till nya lokaler med tolv platser.",
        "Heltid som norm infördes i äldreomsorgen från den 1 mars.",
        "Ett nytt verksamhetssystem för individ- och familjeomsorgen togs i bruk i juni.",
        "Inspektionen för vård och omsorg (IVO) avslutade tillsynen av LSS-boendet Solgården "
        "utan kritik.",
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Kommunfullmäktige har fastställt fem nämndmål för socialnämnden 2026. Varje mål följs "
        "upp med en analys och en samlad bedömning av om målet kommer att uppnås vid årets slut. "
        "Nyckeltalen som används i uppföljningen redovisas i tabell 1 efter målen."
    )
    for i, (title, status, analysis) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.h(2, f"Nämndmål {i}: {title}", toc=False)
        d.p(analysis)
        d.add(
            Custom(
                "assess",
                {"text": ASSESS[status]},
                words=f"Samlad bedömning: {ASSESS[status]}",
            )
        )
    d.h(2, "Nyckeltal")
    d.p(
        "Tabellen visar nyckeltalen för perioden januari–augusti jämfört med samma period "
        "föregående år. Varje nyckeltal har en status i förhållande till sitt målvärde."
    )
    t = kpi_table()
    d.add(Custom("kpitable", {"table": t}, words=t.text()))
    d.h(1, "Ekonomi")
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    assert tot[0] - tot[2] == -6_000, tot
    d.p(
        "Utfallet för januari–augusti är 225 750 tkr, vilket motsvarar 68 procent av "
        "årsbudgeten. Prognosen för helåret är ett underskott om 6 000 tkr. Äldreomsorgen har "
        "fler beviljade hemtjänsttimmar än budgeterat och köper fler korttidsplatser. Inom "
        "individ- och familjeomsorgen beror underskottet på två externa placeringar av barn "
        "och unga. Funktionsstöd redovisar ett överskott eftersom ett nytt boende öppnar först "
        "i december."
    )
    assert tot[1] == 225_750, tot
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; ett negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    d.h(1, "Åtgärder och framtid")
    d.p(
        "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan för en budget i "
        "balans inom äldreomsorgen. Planen omfattar bland annat bättre planering av "
        "hemtjänstens insatser, översyn av behovet av korttidsplatser och fler insatser på "
        "hemmaplan i stället för externa placeringar. Åtgärdsplanen redovisas för nämnden i "
        "oktober."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 13.6,
        "hcolor": GREEN_INK,
        "h_sizes": {1: 14.5, 2: 11.5, 3: 10.5},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": f"{MUNI}\t{COMMITTEE} · {TITLE}",
        "footer": "Dnr SN 2026/118\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=GREEN_INK
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        meta = rl.ParagraphStyle(
            "mh3", parent=r.styles["meta"], textColor=colors.HexColor("#555555")
        )
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 10),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph("Dnr SN 2026/118", meta),
            Paragraph("Beslutad av socialnämnden 2026-09-24, § 87", meta),
            rl.Spacer(1, 8),
        ]

    def assess(b: Custom) -> list:
        st = rl.ParagraphStyle("as", parent=r.styles["body"], spaceBefore=1, spaceAfter=8)
        return [Paragraph(f"<b>Samlad bedömning:</b> {escape(b.data['text'])}", st)]

    def status_cell(word: str) -> rl.RLTable:
        return rl.RLTable(
            [[rl.Circle(DOT[word], 7.5), Paragraph(escape(word), r.styles["cell"])]],
            colWidths=[11, None],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 3),
                ]
            ),
            hAlign="LEFT",
        )

    def kpitable(b: Custom) -> list:
        def cell(s: str, right: bool, bold: bool) -> object:
            if s in DOT and not bold:
                return status_cell(s)
            st = {
                (False, False): "cell",
                (True, False): "cellr",
                (False, True): "cellb",
                (True, True): "cellbr",
            }[(right, bold)]
            if s == "Status":
                st = "cellb"
            return Paragraph(escape(s).replace("\n", "<br/>"), r.styles[st])

        r.cell_factory = cell
        try:
            fl = r.table(b.data["table"], W)
        finally:
            r.cell_factory = None
        # shade the group rows and pad the status column
        tbl = next(f for f in fl if isinstance(f, rl.RLTable))
        t = b.data["table"]
        extra = [("LEFTPADDING", (4, 1), (4, -1), 8), ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
        for i, row in enumerate(t.rows, 1):
            if row.heading:
                extra.append(("BACKGROUND", (0, i), (-1, i), GROUP_BG))
        tbl.setStyle(rl.TableStyle(extra))
        cap, rest = fl[0], fl[1:]
        return [cap, *rest]

    r.custom.update(masthead=masthead, assess=assess, kpitable=kpitable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

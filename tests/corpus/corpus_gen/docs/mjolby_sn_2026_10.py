"""Mjölby, Socialnämnden, månadsuppföljning oktober 2026 (reportlab, Liberation Sans): the goal
table Nr | Nämndmål | Prognos helår | Kommentar numbers its goals "1a", "1b", "2a" … in a column of
their own, under målområde rows spanning the table, and runs from page 1 onto page 2 with its
header row repeated (the split falls inside a målområde); the KPI table has the unit in a column of
its own (Nyckeltal | Enhet | Jan–okt 2025 | Jan–okt 2026 | Mål 2026), so the values carry no "%"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås ej",
}
HEAD_BG = colors.HexColor("#DCE6F0")

# målområde: [(nr, goal, forecast, comment)]
AREAS = [
    (
        "Målområde 1: Trygghet och självbestämmande",
        [
            (
                "1a",
                "Fler brukare ska uppleva att de kan påverka hur deras insatser utförs",
                "expected_achieved",
                "Brukarundersökningen i funktionsstöd visar 86 procent nöjda, en ökning med fyra "
                "procentenheter. Genomförandeplaner följs upp med brukaren varje halvår.",
            ),
            (
                "1b",
                "Barn och unga som far illa ska få stöd tidigt och nära hemmet",
                "partly",
                "Öppenvårdsteamet har utökats med två tjänster, men antalet vårddygn på HVB har "
                "ökat under hösten. Andelen utredningar inom fyra månader är 88 procent.",
            ),
            (
                "1c",
                "Väntetiden till första samtal i missbruks- och beroendevården ska vara högst tio "
                "dagar",
                "partly",
                "Väntetiden har kortats från 14 till 11 dagar sedan drop-in infördes i mars. "
                "Målet nås troligen först under våren 2027.",
            ),
        ],
    ),
    (
        "Målområde 2: Egen försörjning",
        [
            (
                "2a",
                "Fler personer med försörjningsstöd ska gå vidare till arbete eller studier",
                "expected_achieved",
                "Samarbetet med arbetsmarknadsenheten har gett 94 avslut till arbete eller "
                "studier hittills i år, mot 71 samma period förra året.",
            ),
            (
                "2b",
                "Antalet hushåll med långvarigt försörjningsstöd ska minska",
                "expected_not_achieved",
                "Antalet hushåll med försörjningsstöd i mer än tio månader har ökat till 212. "
                "Ökningen hänger samman med fler hushåll med sjukdom utan sjukpenning.",
            ),
        ],
    ),
    (
        "Målområde 3: Medarbetare och ekonomi",
        [
            (
                "3a",
                "Sjukfrånvaron bland nämndens medarbetare ska minska",
                "expected_not_achieved",
                "Sjukfrånvaron är 9,4 procent, högre än samma period 2025. Den korta "
                "sjukfrånvaron har ökat mest i boendestödet och på gruppbostäderna.",
            ),
            (
                "3b",
                "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
                "expected_not_achieved",
                "Helårsprognosen är ett underskott om 6 700 tkr, främst för externa placeringar "
                "av barn och unga och för försörjningsstöd (se avsnitt 4).",
            ),
            (
                "3c",
                "Andelen timavlönade timmar inom funktionsstöd ska minska",
                "partly",
                "Andelen timmar utförda av timavlönade är 11,8 procent mot 12,6 procent i fjol; "
                "målvärdet 10 procent nås inte i år men trenden är positiv.",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="mjolby-socialnamnden-manadsuppfoljning-2026-10",
        municipality="Mjölby",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title="Månadsuppföljning oktober 2026",
        engine="reportlab",
        what="Socialnämnden, månadsuppföljning oktober 2026 (reportlab, Liberation Sans), no "
        "title page",
        hard="a goal table Nr | Nämndmål | Prognos helår | Kommentar with the goals numbered "
        '"1a", "1b", "1c", "2a" … in a column of their own (the number is not part of the '
        'title), målområde rows spanning the table, forecasts "Uppnås" / "Uppnås delvis" / '
        '"Uppnås ej"; the goal table runs from page 1 onto page 2 with its header row repeated, '
        "the split falling inside a målområde; a KPI table with the unit in a column of its own "
        '(Nyckeltal | Enhet | Jan–okt 2025 | Jan–okt 2026 | Mål 2026, units "antal", "%", '
        '"dagar", "dygn"), so percentages are printed without "%" (a decimal "9,4"); a drift '
        "table per verksamhet Budget helår | Utfall jan–okt | Prognos helår | Avvikelse (tkr, "
        'budget minus prognosis) with a Summa row; the municipality as "Mjölby kommun" only in '
        "the heading block and the footer",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Mjölby kommun\nSocialnämnden\nMånadsuppföljning oktober 2026\n"
            "Period: januari–oktober 2026",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd, funktionsstöd "
        "och socialpsykiatri. Månadsuppföljningen avser perioden januari–oktober 2026 och "
        "innehåller en prognos för helåret."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 6 700 tkr för helåret, en försämring med "
        "1 200 tkr sedan uppföljningen i augusti. Av nämndens åtta mål bedöms två uppnås, tre "
        "uppnås delvis och tre inte uppnås."
    )
    d.p("Viktiga händelser under perioden:")
    d.bullets(
        "Drop-in för första samtal i missbruks- och beroendevården infördes i mars och har "
        "kortat väntetiden.",
        "Öppenvårdsteamet för barn och unga utökades med två tjänster i september.",
        "Två nya gruppbostäder enligt LSS öppnade i Mantorp i augusti.",
        "Avtalet om skyddat boende upphandlades på nytt; det nya avtalet gäller från 1 januari "
        "2027.",
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämndens mål är numrerade efter målområde. Prognosen avser måluppfyllelsen vid årets "
        "slut: Uppnås, Uppnås delvis eller Uppnås ej."
    )
    lines = ["Tabell 1. Nämndmål och prognos helår", "Nr\tNämndmål\tPrognos helår\tKommentar"]
    for area, goals in AREAS:
        lines.append(area)
        for nr, g, s, c in goals:
            d.goal(g, s)
            lines.append(f"{nr}\t{g}\t{WORDS[s]}\t{c}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "3")
    unit = Col(("Enhet",), width=0.6)
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                unit,
                Col(("Jan–okt", "2025"), year="2025"),
                Col(("Jan–okt", "2026"), year="2026"),
                Col(("Mål", "2026")),
            ],
            rows=[
                Row("Hushåll med försörjningsstöd", [Raw("antal"), 598, 641, None], fmt=N),
                Row("Hushåll med långvarigt försörjningsstöd", [Raw("antal"), 187, 212, 170]),
                Row(
                    "Utbetalt försörjningsstöd per hushåll och månad",
                    [Raw("kr"), 9_870, 10_340, None],
                ),
                Row("Väntetid till första samtal, missbruk", [Raw("dagar"), 14, 11, 10]),
                Row("Utredningar avslutade inom fyra månader", [Raw("%"), 84, 88, 95]),
                Row("Vårddygn HVB, barn och unga", [Raw("dygn"), 3_420, 3_910, None]),
                Row("Nöjda brukare, funktionsstöd", [Raw("%"), 82, 86, 85]),
                Row(
                    "Sjukfrånvaro, medarbetare",
                    [Raw("%"), 8.7, 9.4, Raw("7,5")],
                    fmt=DEC1,
                ),
                Row("Timmar utförda av timavlönade", [Raw("%"), 12.6, 11.8, Raw("10,0")], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–oktober",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "4")
    # verksamhet, budget helår, utfall jan–okt, prognos helår
    units = [
        ("Nämnd och förvaltningsledning", 18_400, 13_020, 17_400),
        ("Individ- och familjeomsorg", 142_600, 124_310, 149_200),
        ("Försörjningsstöd", 48_200, 41_870, 50_300),
        ("Funktionsstöd", 212_300, 175_940, 211_800),
        ("Socialpsykiatri", 36_900, 30_210, 36_400),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    assert tot[0] - tot[2] == -6_700, tot
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    d.p(
        "Individ- och familjeomsorgen prognostiserar ett underskott om 6 600 tkr, framför allt "
        "för placeringar av barn och unga på HVB. Försörjningsstödet beräknas överskrida "
        "budget med 2 100 tkr. Funktionsstöd och socialpsykiatri beräknas få ett överskott om "
        "sammanlagt 1 000 tkr tack vare vakanser, och nämndens buffert om 1 000 tkr "
        "beräknas inte behöva användas."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "helår")),
                Col(("Utfall", "jan–okt")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad, tkr",
            note="Avvikelse = budget helår minus prognos helår; ett negativt belopp är ett "
            "underskott.",
            label_width=2.8,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.HexColor("#1F3A5F"),
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": "",
        "footer": "Mjölby kommun · Socialnämnden · Månadsuppföljning oktober 2026\t\t"
        "{page} ({pages})",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        data = [
            [p("Mjölby kommun", "cellb"), p("Månadsuppföljning oktober 2026", "cellbr")],
            [p("Socialnämnden"), p("Period: januari–oktober 2026", "cellr")],
        ]
        tbl = rl.RLTable(
            data,
            colWidths=[W / 2, W / 2],
            style=rl.TableStyle(
                [
                    ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#1F3A5F")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 10)]

    def goaltable(_b: Custom) -> list:
        data = [
            [
                p("Nr", "cellb"),
                p("Nämndmål", "cellb"),
                p("Prognos helår", "cellb"),
                p("Kommentar", "cellb"),
            ]
        ]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for area, goals in AREAS:
            i = len(data)
            data.append([p(area, "cellb"), "", "", ""])
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")),
                ("LINEBELOW", (0, i), (-1, i), 0.3, colors.HexColor("#A0A0A0")),
            ]
            for nr, g, s, c in goals:
                j = len(data)
                data.append([p(nr), p(g), p(WORDS[s]), p(c)])
                cmds.append(("LINEBELOW", (0, j), (-1, j), 0.3, colors.HexColor("#A0A0A0")))
        widths = [0.06, 0.33, 0.14, 0.47]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        cap = rl.ParagraphStyle("cap1", parent=r.styles["caption"], keepWithNext=0)
        return [Paragraph("Tabell 1. Nämndmål och prognos helår", cap), tbl, rl.Spacer(1, 10)]

    r.custom.update(masthead=masthead, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

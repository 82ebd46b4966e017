"""Falkenberg, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans): each
goal is a bordered box ("målkort") holding a small label "NÄMNDMÅL 2", the goal in bold, the forecast
at the top right of the box under a grey label ("Prognos helår" / "Bedöms delvis uppnås"), a comment
and a small indicator table of its own whose values carry their unit in the cell ("12 dagar",
"23,1 mnkr", "3 980 vårddygn") and whose target column reads "≤ 14 dagar"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DAYS = NumFmt(suffix=" dagar")
MNKR = NumFmt(dec=1, suffix=" mnkr")
VD = NumFmt(suffix=" vårddygn")
WORDS = {
    "expected_achieved": "Bedöms uppnås",
    "partly": "Bedöms delvis uppnås",
    "expected_not_achieved": "Bedöms inte uppnås",
}
WORD_COLOR = {
    "expected_achieved": "#2E7D32",
    "partly": "#8A6D00",
    "expected_not_achieved": "#B71C1C",
}

# (goal, status, comment, [(indicator, 2025, 2026, target, fmt)])
GOALS = [
    (
        "Fler hushåll med ekonomiskt bistånd ska nå egen försörjning",
        "partly",
        "Fler hushåll har lämnat försörjningsstödet för arbete eller studier än under samma period "
        "förra året, men kostnaden för biståndet ligger fortfarande över målnivån. Samarbetet med "
        "arbetsmarknadsenheten har förstärkts med två jobbcoacher från april.",
        [
            (
                "Andel hushåll som lämnat försörjningsstöd för arbete eller studier",
                28,
                31,
                "≥ 35 %",
                PCT,
            ),
            ("Utbetalt försörjningsstöd", 24.8, 23.1, "≤ 22,0 mnkr", MNKR),
        ],
    ),
    (
        "Handläggningen ska vara snabb och rättssäker",
        "expected_achieved",
        "Handläggningstiden för nyansökningar om ekonomiskt bistånd har kortats sedan e-ansökan "
        "infördes i februari. Utredningar om barn och unga avslutas i högre grad inom lagstadgad tid.",
        [
            ("Handläggningstid nyansökan ekonomiskt bistånd", 16, 12, "≤ 14 dagar", DAYS),
            ("Andel barnavårdsutredningar klara inom 120 dagar", 81, 88, "≥ 85 %", PCT),
        ],
    ),
    (
        "Barn och unga ska få stöd på hemmaplan i stället för placering",
        "expected_not_achieved",
        "Antalet vårddygn på HVB har ökat efter flera akuta placeringar under våren, och "
        "kostnaden för externa placeringar ligger klart över målnivån. Nämnden bedömer att målet "
        "inte nås under året trots utbyggnaden av öppenvårdsteamet.",
        [
            ("Vårddygn HVB barn och unga", 3_410, 3_980, "≤ 3 000 vårddygn", VD),
            ("Kostnad externa placeringar barn och unga", 18.6, 21.3, "≤ 17,5 mnkr", MNKR),
        ],
    ),
    (
        "Personer med missbruk eller beroende ska få stöd i rätt tid",
        "expected_achieved",
        "Beroendemottagningen har öppnat drop in-tider två eftermiddagar i veckan och väntetiden "
        "till ett första samtal har halverats sedan 2024.",
        [
            ("Väntetid till första samtal på beroendemottagningen", 9, 6, "≤ 7 dagar", DAYS),
        ],
    ),
]


def _ind_table(rows: list[tuple]) -> Table:
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Jan–aug 2025",), year="2025"),
            Col(("Jan–aug 2026",), year="2026"),
            Col(("Mål 2026",), width=1.3),
        ],
        rows=[Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in rows],
        kind="kpi",
        label_width=2.9,
    )


def build() -> Doc:
    d = Doc(
        stem="falkenberg-socialnamnden-delarsrapport-2026-08",
        municipality="Falkenberg",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="rl",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans)",
        hard="each goal is a bordered box (a målkort): a small grey label line "
        '("NÄMNDMÅL 2") over the goal in bold at the top left, the forecast at the top right of '
        'the same box under a grey label ("Prognos helår" / "Bedöms delvis uppnås", in a '
        "coloured font), then a comment and an indicator table inside the box; the indicator "
        'values carry their unit in the cell ("12 dagar", "23,1 mnkr", "3 980 vårddygn", '
        '"31 %") and the target column reads "≤ 14 dagar", so a number must be parted from its '
        "unit; KPIs only inside the goal boxes (Jan–aug 2025 | Jan–aug 2026 | Mål 2026); the "
        'municipality as "Falkenbergs kommun" on the cover and in the footer; a drift table per '
        "verksamhet Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (budget minus "
        "prognosis, tkr)",
    )
    d.options["pdf_title"] = "Socialnämnden – Delårsrapport januari–augusti 2026"
    d.add(
        Custom(
            "cover",
            {},
            words="Delårsrapport januari–augusti 2026\nSocialnämnden\nFalkenbergs kommun",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, stöd vid "
        "missbruk och beroende samt familjerätt. Delårsrapporten avser perioden januari–augusti "
        "2026 och innehåller nämndens prognos för helåret."
    )
    d.p(
        "Av nämndens fyra mål bedöms två uppnås, ett delvis uppnås och ett inte uppnås. "
        "Nämnden prognostiserar ett underskott om 2 600 tkr för helåret, främst på grund av "
        "kostnaderna för externa placeringar av barn och unga."
    )
    d.h(1, "Nämndens mål", "2")
    d.p(
        "Varje mål redovisas i ett målkort. Uppe till höger i kortet står nämndens prognos för "
        "måluppfyllelsen vid årets slut. Indikatorerna visar utfallet för januari–augusti."
    )
    for i, (g, s, comment, inds) in enumerate(GOALS, 1):
        t = _ind_table(inds)
        words = f"NÄMNDMÅL {i}\n{g}\tPrognos helår\n{WORDS[s]}\n{comment}\n{t.text()}"
        d.add(
            Custom(
                "goalbox",
                {"table": t, "n": i, "goal": g, "status": s, "comment": comment},
                words=words,
            )
        )
        d.goal(g, s)
    d.h(1, "Ekonomi", "3")
    units = [
        ("Nämnd och ledning", 5_900, 3_820, 5_750),
        ("Barn och familj", 38_400, 27_910, 41_600),
        ("Vuxen och beroende", 21_700, 14_120, 21_300),
        ("Ekonomiskt bistånd", 31_500, 20_840, 31_950),
        ("Familjerätt och familjebehandling", 7_200, 4_610, 6_700),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    assert tot[0] - tot[2] == -2_600, tot
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    d.p(
        f"Nettokostnaden för perioden är {N(tot[1])} tkr. Prognosen för helåret är ett "
        "underskott om 2 600 tkr. Barn och familj prognostiserar ett underskott om 3 200 tkr "
        "för externa placeringar, medan familjerätten har lägre personalkostnader än budgeterat "
        "under vakanser."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 1. Driftredovisning per verksamhet",
            note="Avvikelse = budget minus prognos; ett minus betyder underskott.",
            fmt=N,
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.HexColor("#00546E"),
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "header": "Socialnämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Falkenbergs kommun\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    label = ParagraphStyle(
        "glabel", parent=r.styles["body"], fontSize=7.5, leading=9, spaceAfter=1,
        textColor=colors.HexColor("#707070"),
    )  # fmt: skip
    label_r = ParagraphStyle("glabelr", parent=label, alignment=TA_RIGHT)
    gtitle = ParagraphStyle(
        "gtitle", parent=r.styles["body"], fontName="LiberationSans-Bold", fontSize=10.5,
        leading=13, spaceAfter=0,
    )  # fmt: skip

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 190),
            r.para("Delårsrapport januari–augusti 2026", "title"),
            r.para("Socialnämnden", "subtitle"),
            rl.Spacer(1, 240),
            r.para("Falkenbergs kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def goalbox(b: Custom) -> list:
        dd = b.data
        col = WORD_COLOR[dd["status"]]
        stat = ParagraphStyle(
            "gstat", parent=gtitle, alignment=TA_RIGHT, textColor=colors.HexColor(col)
        )
        inner = r.table(dd["table"], width=W - 16)
        inner = [f for f in inner if isinstance(f, rl.RLTable)]
        data = [
            [
                [Paragraph(f"NÄMNDMÅL {dd['n']}", label), Paragraph(escape(dd["goal"]), gtitle)],
                [Paragraph("Prognos helår", label_r), Paragraph(WORDS[dd["status"]], stat)],
            ],
            [Paragraph(escape(dd["comment"]), r.styles["body"]), ""],
            [inner, ""],
        ]
        cmds = [
            ("BOX", (0, 0), (-1, -1), 0.9, colors.HexColor("#00546E")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6F0F3")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#00546E")),
            ("SPAN", (0, 1), (-1, 1)),
            ("SPAN", (0, 2), (-1, 2)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        box = rl.RLTable(data, colWidths=[0.70 * W, 0.30 * W], style=rl.TableStyle(cmds),
                         hAlign="LEFT")  # fmt: skip
        return [rl.KeepTogether([box]), rl.Spacer(1, 10)]

    r.custom.update(cover=cover, goalbox=goalbox)
    return r.build(out / f"{doc.stem}.pdf")

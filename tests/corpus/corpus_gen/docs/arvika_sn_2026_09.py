"""Arvika, Socialnämnden, månadsuppföljning september 2026 (reportlab, Liberation Sans): a drift
table as an economy system exports it, Årsbudget | Utfall ack | Budget ack | Avvikelse ack |
Prognos | Avvikelse prognos, with bold area rows that carry their own sums (no "Summa" rows) and
the sub-units indented below them; a small volumes table; no goals."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
GREEN = colors.HexColor("#2E6B3A")
AREA_BG = colors.HexColor("#E8EFE9")

# area: [(sub-unit, årsbudget, utfall ack, budget ack, prognos)]  (tkr, net cost, jan–sep)
AREAS = [
    (
        "Nämnd och förvaltningsledning",
        [
            ("Socialnämnden", 1_250, 860, 930, 1_200),
            ("Förvaltningsledning", 18_400, 13_520, 13_790, 18_100),
            ("Gemensamma kostnader", 9_650, 7_480, 7_240, 9_900),
        ],
    ),
    (
        "Individ- och familjeomsorg",
        [
            ("Barn och unga, öppenvård", 22_300, 16_410, 16_720, 21_800),
            ("Placeringar barn och unga", 38_500, 33_960, 28_880, 45_200),
            ("Vuxna och missbruk", 21_700, 17_150, 16_270, 22_900),
            ("Ekonomiskt bistånd", 46_200, 36_840, 34_650, 49_100),
        ],
    ),
    (
        "Funktionsstöd",
        [
            ("Bostad med särskild service", 64_800, 47_930, 48_600, 64_100),
            ("Personlig assistans", 31_900, 24_760, 23_920, 33_000),
            ("Daglig verksamhet", 22_400, 16_280, 16_800, 21_700),
            ("Socialpsykiatri", 15_600, 11_520, 11_700, 15_600),
        ],
    ),
    (
        "Äldreomsorg",
        [
            ("Hemtjänst", 96_300, 74_850, 72_230, 99_400),
            ("Särskilt boende", 148_700, 111_040, 111_520, 148_200),
            ("Hälso- och sjukvård", 41_200, 30_360, 30_900, 40_800),
        ],
    ),
]

COLS = [
    Col(("Årsbudget",)),
    Col(("Utfall ack",)),
    Col(("Budget ack",)),
    Col(("Avvikelse ack",)),
    Col(("Prognos",)),
    Col(("Avvikelse", "prognos")),
]


def cells(b: int, u: int, ba: int, p: int) -> list[int]:
    return [b, u, ba, ba - u, p, b - p]


def drift_rows() -> tuple[list[Row], list[int]]:
    rows: list[Row] = []
    grand = [0, 0, 0, 0]
    for area, units in AREAS:
        tot = [sum(u[j] for u in units) for j in range(1, 5)]
        rows.append(Row(area, cells(*tot), total=True))
        for name, b, u, ba, p in units:
            rows.append(Row(name, cells(b, u, ba, p), indent=1))
        grand = [g + t for g, t in zip(grand, tot, strict=True)]
    rows.append(Row("Socialnämnden totalt", cells(*grand), total=True))
    return rows, grand


def drift_table() -> Table:
    rows, _ = drift_rows()
    return Table(
        label_head=("Verksamhet",),
        cols=COLS,
        rows=rows,
        kind="unit",
        caption="Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Ack = ackumulerat januari–september. Avvikelse ack = budget ack minus utfall ack; "
        "avvikelse prognos = årsbudget minus prognos. Negativt belopp = underskott.",
        label_width=3.0,
    )


def build() -> Doc:
    d = Doc(
        stem="arvika-socialnamnden-manadsuppfoljning-2026-09",
        municipality="Arvika",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-09-30",
        title="Månadsuppföljning september 2026",
        engine="reportlab",
        what="Socialnämnden, månadsuppföljning september 2026 (reportlab, Liberation Sans), no "
        "title page, no goals",
        hard="a drift table as an economy system exports it, with six columns Årsbudget | Utfall "
        "ack | Budget ack | Avvikelse ack | Prognos | Avvikelse prognos (tkr): a periodised budget "
        "column between the outcome and its deviation, and two deviation columns, one for the "
        "period (budget ack minus utfall ack) and one for the year (årsbudget minus prognos); the "
        "four areas are bold rows shaded light green that carry their own sums (no label-only "
        'group rows and no "Summa <område>" rows), the sub-units indented under them, and '
        '"Socialnämnden totalt" last; the period only as "september" and "ack" '
        "(explained in a note as januari–september); a volumes table September 2025 | "
        'September 2026; the municipality as "Arvika kommun" in the masthead and the footer',
    )
    t = drift_table()
    _, grand = drift_rows()
    dev = grand[0] - grand[3]
    dev_ack = grand[2] - grand[1]
    assert (dev, dev_ack) == (-12_100, -8_810), (dev, dev_ack)
    d.add(
        Custom(
            "masthead",
            {},
            words="Arvika kommun\nMånadsuppföljning september 2026\nSocialnämnden\n"
            "Rapportdatum: 2026-10-14",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämnden prognostiserar ett underskott om 12 100 tkr för helåret 2026, en "
        "försämring med 1 900 tkr jämfört med augusti. Det ackumulerade utfallet efter september "
        "är 8 810 tkr högre än den periodiserade budgeten."
    )
    d.p(
        "Underskottet finns främst inom individ- och familjeomsorgen, där placeringar av barn "
        "och unga beräknas kosta 6 700 tkr mer än budgeterat, och inom äldreomsorgens hemtjänst. "
        "Funktionsstöd och särskilt boende visar mindre överskott."
    )
    d.h(1, "Driftredovisning")
    d.add(Custom("drift", {"table": t}, words=t.text()))
    d.h(2, "Kommentarer")
    d.p(
        "Individ- och familjeomsorg: Antalet placerade barn och unga har ökat från 21 till 26 "
        "sedan årsskiftet, varav tre placeringar på HVB med hög dygnskostnad. Ekonomiskt bistånd "
        "ökar i takt med arbetslösheten i kommunen."
    )
    d.p(
        "Äldreomsorg: Hemtjänsten har utfört fler timmar än planerat, och prognosen har "
        "försämrats med 800 tkr sedan augusti. Särskilt boende och hälso- och sjukvård har "
        "lägre kostnader för bemanningssjuksköterskor än föregående år."
    )
    d.h(1, "Volymer")
    d.table(
        Table(
            label_head=("Volym",),
            cols=[
                Col(("September 2025",), year="2025"),
                Col(("September 2026",), year="2026"),
            ],
            rows=[
                Row("Placerade barn och unga, antal", [19, 26]),
                Row("Hushåll med ekonomiskt bistånd", [412, 447]),
                Row("Utförda hemtjänsttimmar under månaden", [21_380, 22_910]),
                Row("Belagda platser i särskilt boende", [264, 261]),
                Row("Beslut om personlig assistans, SFB och LSS", [58, 61]),
                Row("Sjukfrånvaro, procent", [9.1, 8.4], fmt=DEC1),
            ],
            kind="kpi",
            caption="Volymer i september",
            label_width=3.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 11.5, 3: 11},
        "table_size": 8.4,
        "table_rules": "rules",
        "footer": "Arvika kommun\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=GREEN
        )
        tbl = rl.RLTable(
            [[Paragraph("Arvika kommun", logo), p("Rapportdatum: 2026-10-14", "cellr")]],
            colWidths=[W * 0.55, W * 0.45],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [
            tbl,
            rl.Spacer(1, 16),
            Paragraph("Månadsuppföljning september 2026", big),
            Paragraph("Socialnämnden", sub),
            rl.Spacer(1, 6),
        ]

    def drift(b: Custom) -> list:
        t: Table = b.data["table"]
        widths = [t.label_width] + [1.0] * len(t.cols)
        colw = [w * W / sum(widths) for w in widths]
        head = [p(t.label_head[0], "cellb")] + [
            Paragraph("<br/>".join(escape(s) for s in c.head), r.styles["cellbr"]) for c in t.cols
        ]
        data = [head]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C8C8C8")),
        ]
        for row in t.rows:
            i = len(data)
            bold = row.total
            data.append(
                [p(row.label, "cellb" if bold else "cell")]
                + [
                    p(t.fmt_cell(row, c, v), "cellbr" if bold else "cellr")
                    for c, v in zip(t.cols, row.cells, strict=True)
                ]
            )
            if row.indent:
                cmds.append(("LEFTPADDING", (0, i), (0, i), 16))
            if bold:
                cmds.append(("BACKGROUND", (0, i), (-1, i), AREA_BG))
        cmds.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.8, colors.black))
        tbl = rl.RLTable(
            data, colWidths=colw, repeatRows=1, style=rl.TableStyle(cmds), hAlign="LEFT"
        )
        return [r.para(t.caption, "caption"), tbl, r.para(t.note, "note")]

    r.custom.update(masthead=masthead, drift=drift)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

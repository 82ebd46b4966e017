"""Miljöförbundet Blekinge Väst (Karlshamn and Olofström), årsredovisning 2025 (reportlab, Liberation
Serif body, Liberation Sans tables): the goals' assessment is given only in a summary matrix
"Måluppfyllelse" — Nr | Mål | Uppfyllt | Delvis uppfyllt | Ej uppfyllt | Ej bedömt — by an "X" in
one of the four columns; the goals come again as "Mål 1. …" headings with an indicator table each
(Utfall 2024 | Utfall 2025 | Målvärde 2025, targets "≥ 95 %", "≤ 21") and no assessment word."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
MARKS = ["achieved", "partly", "not_achieved", "unassessed"]
MARK_HEAD = [("Uppfyllt",), ("Delvis", "uppfyllt"), ("Ej", "uppfyllt"), ("Ej", "bedömt")]
GREEN = colors.HexColor("#2E6B3A")

# goal, status, account, indicator rows
GOALS = [
    (
        "Den planerade tillsynen ska genomföras enligt tillsynsplanen",
        "partly",
        "Under året genomfördes 298 av 339 planerade tillsynsbesök inom miljöskydd, hälsoskydd "
        "och livsmedel. Två inspektörstjänster var vakanta under våren, och besöken på "
        "lantbruk sköts upp till 2026.",
        [
            Row("Andel genomförda planerade tillsynsbesök", [91, 88, Raw("≥ 95 %")], fmt=PCT),
            Row("Antal tillsynsbesök, miljöskydd och hälsoskydd", [312, 298, Raw("339")]),
        ],
    ),
    (
        "Ärenden ska handläggas snabbt och rättssäkert",
        "achieved",
        "Den nya e-tjänsten för anmälan av värmepump har kortat handläggningstiden. Av de beslut "
        "som överklagades till länsstyrelsen fastställdes nästan alla.",
        [
            Row("Handläggningstid, anmälan om värmepump (median, dagar)", [19, 14, Raw("≤ 21")]),
            Row("Andel överklagade beslut som fastställs", [92, 96, Raw("≥ 90 %")], fmt=PCT),
        ],
    ),
    (
        "Företagare ska vara nöjda med förbundets myndighetsutövning",
        "achieved",
        "Förbundet deltog i SKR:s servicemätning Insikt. Företagarna ger särskilt höga betyg "
        "för bemötande och information.",
        [Row("Nöjd-Kund-Index (NKI), företagare", [71, 75, Raw("≥ 72")])],
    ),
    (
        "Fler livsmedelskontroller ska göras oanmälda",
        "not_achieved",
        "Andelen oanmälda kontroller minskade, eftersom många kontroller under året gällde nya "
        "verksamheter och uppföljningar där besöket måste bokas.",
        [Row("Andel oanmälda livsmedelskontroller", [38, 34, Raw("≥ 50 %")], fmt=PCT)],
    ),
    (
        "Förbundets klimatpåverkan från tjänsteresor ska minska",
        "unassessed",
        "Förbundet bytte resebokningssystem i september, och utsläppen för 2025 kunde inte "
        "sammanställas i tid till årsredovisningen. Två elbilar har ersatt fossildrivna bilar.",
        [
            Row(
                "Koldioxidutsläpp från tjänsteresor, ton",
                [18.4, Raw("–"), Raw("≤ 16,0")],
                fmt=DEC1,
            )
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="miljoforbundet-blekinge-vast-direktionen-arsredovisning-2025",
        municipality="Miljöförbundet Blekinge Väst",
        committee="Direktionen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="a kommunalförbund for miljö- och hälsoskydd and livsmedelskontroll of two member "
        "municipalities: årsredovisning 2025 adopted by the Direktion (reportlab, Liberation Serif "
        "body, Liberation Sans tables)",
        hard='the goals\' assessment is only in a summary matrix "Måluppfyllelse" (Nr | Mål | '
        'Uppfyllt | Delvis uppfyllt | Ej uppfyllt | Ej bedömt) as an "X" in one of four narrow '
        "columns with two-line headers, so the status is the header of the column the mark "
        'stands in (one goal "Ej bedömt"); the goals come again as headings ("Mål 1. Den '
        'planerade tillsynen …") with an account and an indicator table each (Indikator | Utfall '
        '2024 | Utfall 2025 | Målvärde 2025, targets "≥ 95 %", "≤ 21", a dash for a value not '
        "measured) but no assessment word; the organisation is a förbund named without a "
        'municipality ("Miljöförbundet Blekinge Väst"), its members in one sentence; an income '
        "statement Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse (tkr, costs with a minus "
        "sign)",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Miljöförbundet Blekinge Väst\nÅrsredovisning 2025\n"
            "Antagen av direktionen 2026-02-19",
        )
    )
    d.h(1, "Förbundet i korthet")
    d.p(
        "Miljöförbundet Blekinge Väst är ett kommunalförbund som sköter miljö- och "
        "hälsoskyddstillsyn, livsmedelskontroll och tillsyn enligt strålskyddslagen för sina "
        "medlemmar Karlshamns kommun och Olofströms kommun. Förbundet leds av en direktion med "
        "ledamöter från båda kommunerna och har 24 anställda."
    )
    d.p(
        "År 2025 präglades av vakanser under våren, en ny e-tjänst för anmälningar och ett "
        "ökat antal nya livsmedelsverksamheter. Årets resultat blev 735 tkr, 415 tkr bättre än "
        "budget."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Direktionen har fastställt fem mål för 2025. Tabellen visar direktionens bedömning av "
        "varje mål; bedömningen markeras med X i en av kolumnerna. Målen redovisas därefter "
        "vart för sig med indikatorer."
    )
    head = "Nr\tMål\t" + "\t".join(" ".join(h) for h in MARK_HEAD)
    lines = ["Tabell 1. Måluppfyllelse 2025", head]
    for i, (g, s, _a, _rows) in enumerate(GOALS, 1):
        d.goal(g, s)
        lines.append(f"{i}\t{g}\tX")
    d.add(Custom("matrix", {}, words="\n".join(lines)))
    for i, (g, _s, acc, rows) in enumerate(GOALS, 1):
        d.h(2, f"Mål {i}. {g}")
        d.p(acc)
        d.table(
            Table(
                label_head=("Indikator",),
                cols=[
                    Col(("Utfall", "2024"), year="2024"),
                    Col(("Utfall", "2025"), year="2025"),
                    Col(("Målvärde", "2025")),
                ],
                rows=rows,
                kind="kpi",
                caption=f"Tabell {i + 1}. Indikatorer för mål {i}",
                label_width=3.4,
            )
        )
    d.h(1, "Ekonomi")
    # row, utfall 2024, budget 2025, utfall 2025
    base = [
        ("Verksamhetens intäkter", 14_820, 15_300, 15_960),
        ("Medlemsbidrag", 21_400, 22_100, 22_100),
        ("Verksamhetens kostnader", -34_950, -36_600, -36_880),
        ("Avskrivningar", -410, -450, -430),
    ]
    res = [sum(r[j] for r in base) for j in (1, 2, 3)]
    fin = ("Finansnetto", -20, -30, -15)
    tot = [res[k] + fin[k + 1] for k in range(3)]
    assert tot == [840, 320, 735], tot
    rows = [Row(n, [a, b, c, c - b]) for n, a, b, c in base]
    rows.append(Row("Verksamhetens resultat", [*res, res[2] - res[1]], total=True))
    rows.append(Row(fin[0], [*fin[1:], fin[3] - fin[2]]))
    rows.append(Row("Årets resultat", [*tot, tot[2] - tot[1]], total=True))
    d.p(
        "Intäkterna från avgifter blev 660 tkr högre än budget, främst för livsmedelskontroll "
        "av nya verksamheter. Kostnaderna blev 280 tkr högre än budget på grund av konsulter "
        "under vakanserna. Medlemsbidraget fördelas mellan kommunerna efter invånarantal."
    )
    d.table(
        Table(
            label_head=("Resultaträkning, tkr",),
            cols=[
                Col(("Utfall", "2024")),
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="is",
            caption="Tabell 7. Resultaträkning",
            note="Avvikelse = utfall 2025 minus budget 2025.",
            label_width=2.8,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 11,
        "leading": 14.5,
        "hcolor": GREEN,
        "h_sizes": {1: 16, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4EFE6"),
        "header": "",
        "footer": "Miljöförbundet Blekinge Väst · Årsredovisning 2025\t\tSida {page} av {pages}",
        "hf_font": "LiberationSans",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.5 * rl.cm, 2.5 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    ctrb = rl.ParagraphStyle("ctrb", parent=r.styles["cellb"], alignment=1)

    def p(s: str, st: Any = "cell") -> Paragraph:
        style = st if isinstance(st, rl.ParagraphStyle) else r.styles[st]
        return Paragraph(escape(s).replace("\n", "<br/>"), style)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 170),
            r.para("Miljöförbundet Blekinge Väst", "subtitle"),
            r.para("Årsredovisning 2025", "title"),
            rl.Spacer(1, 300),
            r.para("Antagen av direktionen 2026-02-19", "meta"),
            rl.PageBreak(),
        ]

    def matrix(_b: Custom) -> list:
        data = [[p("Nr", "cellb"), p("Mål", "cellb")] + [p("\n".join(h), ctrb) for h in MARK_HEAD]]
        cmds = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EFE6")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for i, (g, s, _a, _rows) in enumerate(GOALS, 1):
            data.append([p(str(i)), p(g)] + [p("X" if s == m else "", ctrb) for m in MARKS])
        widths = [0.06, 0.54, 0.1, 0.1, 0.1, 0.1]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Måluppfyllelse 2025", "caption"), tbl, rl.Spacer(1, 10)]

    r.custom.update(cover=cover, matrix=matrix)
    return r.build(out / f"{doc.stem}.pdf")

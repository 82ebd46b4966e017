"""Motala, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito): the
forecast of each goal is a traffic-light word in capitals in a column of its own ("GRÖN", "GUL",
"RÖD", on a cell shaded in that colour), and the legend is only a footnote under the table."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {"expected_achieved": "GRÖN", "partly": "GUL", "expected_not_achieved": "RÖD"}
SHADE = {"GRÖN": "#7CC46A", "GUL": "#F6D54A", "RÖD": "#E0645A"}
LEGEND = (
    "¹ Grön = målet bedöms uppnås vid årets slut, gul = målet bedöms delvis uppnås, "
    "röd = målet bedöms inte uppnås."
)

# målområde, [(goal, status, comment)]
AREAS = [
    (
        "Målområde: Livskvalitet och delaktighet",
        [
            (
                "Fler barn och unga ska delta i organiserad fritidsverksamhet",
                "expected_achieved",
                "Antalet deltagartillfällen i föreningslivet för 7–20 år har ökat med 6 procent "
                "jämfört med samma period 2025.",
            ),
            (
                "Kulturskolan ska nå fler elever från områden där deltagandet är lågt",
                "partly",
                "Två nya kurser i Råssnäs och Ekön har startat, men andelen elever från "
                "prioriterade områden är fortfarande under målvärdet.",
            ),
            (
                "Biblioteken ska vara en mötesplats för alla åldrar",
                "expected_achieved",
                "Besöken har ökat på samtliga bibliotek sedan de meröppna tiderna infördes i "
                "februari.",
            ),
        ],
    ),
    (
        "Målområde: Hållbar verksamhet",
        [
            (
                "Energianvändningen i nämndens anläggningar ska minska",
                "expected_not_achieved",
                "Ishallens nya aggregat levereras först 2027. Energianvändningen ligger i nivå "
                "med föregående år.",
            ),
            (
                "Nämnden ska ha en ekonomi i balans",
                "partly",
                "Helårsprognosen är ett underskott om 1,9 mnkr, främst på grund av högre "
                "driftkostnader för badhuset.",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="motala-kultur-och-fritidsnamnden-delarsrapport-2026-08",
        municipality="Motala",
        committee="Kultur- och fritidsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Kultur- och fritidsnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito)",
        hard="the forecast of each goal is a traffic-light word in capitals in the last column of "
        'the goal table ("GRÖN", "GUL", "RÖD", on a cell shaded in that colour) under the header '
        '"Prognos helår¹"; the legend is only a footnote under the table ("¹ Grön = målet bedöms '
        'uppnås vid årets slut, gul = …"); goals grouped under "Målområde: …" rows spanning the '
        "table; a KPI table Jan–aug 2025 | Jan–aug 2026 | Målvärde 2026; an income statement with "
        "Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (budget minus prognosis)",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Delårsrapport januari–augusti 2026\nKultur- och fritidsnämnden\nMotala kommun",
        )
    )
    d.h(1, "Inledning", "1")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, "
        "idrotts- och friluftsanläggningar samt stöd till föreningslivet. Delårsrapporten avser "
        "perioden januari–augusti 2026 och innehåller en prognos för helåret."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två delvis uppnås och ett inte uppnås. "
        "Helårsprognosen för ekonomin är ett underskott om 1 900 tkr."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämnden har fastställt fem mål för 2026 inom två målområden. Tabellen visar nämndens "
        "prognos för måluppfyllelsen vid årets slut."
    )
    lines = ["Tabell 1. Nämndens mål 2026", "Nämndmål\tKommentar\tPrognos helår¹"]
    for area, goals in AREAS:
        lines.append(area)
        for g, s, c in goals:
            d.goal(g, s)
            lines.append(f"{g}\t{c}\t{WORDS[s]}")
    lines.append(LEGEND)
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "3")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Målvärde 2026",)),
            ],
            rows=[
                Row("Deltagartillfällen 7–20 år, antal", [148_320, 157_210, None], fmt=N),
                Row("Elever i kulturskolan, antal", [1_184, 1_226, 1_250], fmt=N),
                Row("Andel kulturskoleelever från prioriterade områden", [9, 11, 15], fmt=PCT),
                Row("Besök på biblioteken, antal", [201_450, 223_980, None], fmt=N),
                Row("Energianvändning i anläggningarna, GWh", [9.8, 9.7, 9.2], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi", "4")
    rows = [
        ("Intäkter", 31_200, 21_870, 31_900),
        ("Personalkostnader", -72_600, -47_310, -73_100),
        ("Lokalkostnader", -58_900, -39_640, -59_700),
        ("Föreningsbidrag", -14_500, -11_920, -14_500),
        ("Övriga kostnader", -21_200, -14_850, -22_500),
    ]
    sums = [sum(r[j] for r in rows[1:]) for j in (1, 2, 3)]
    net = [rows[0][j] + sums[j - 1] for j in (1, 2, 3)]
    bidrag = [136_000, 90_667, 136_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [0, -1_183, -1_900], res
    trows = [Row(n, [b, u, p, p - b]) for n, b, u, p in rows]
    trows += [
        Row("Summa kostnader", [sums[0], sums[1], sums[2], sums[2] - sums[0]], total=True),
        Row("Nettokostnad", [net[0], net[1], net[2], net[2] - net[0]], total=True),
        Row("Kommunbidrag", [bidrag[0], bidrag[1], bidrag[2], 0]),
        Row("Resultat", [res[0], res[1], res[2], res[2] - res[0]], total=True),
    ]
    d.p(
        "Resultatet för perioden är ett underskott om 1,2 mnkr. Helårsprognosen är ett "
        "underskott om 1 900 tkr. Badhusets lokal- och energikostnader är högre än budgeterat, "
        "medan intäkterna från entréer och uthyrning är något högre."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 3. Resultaträkning",
            note="Avvikelse = prognos minus budget; ett minus är ett underskott.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "hfont": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#1F4E79"),
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#D9E2F3"),
        "header": "Kultur- och fritidsnämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Motala kommun\t\t{page}",
        "hf_size": 8,
        "hf_rule": False,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.5 * rl.cm, 2.5 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 200),
            r.para("Delårsrapport januari–augusti 2026", "title"),
            r.para("Kultur- och fritidsnämnden", "subtitle"),
            rl.Spacer(1, 220),
            r.para("Motala kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Nämndmål", "cellb"), p("Kommentar", "cellb"), p("Prognos helår¹", "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
            ("ALIGN", (2, 1), (2, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for area, goals in AREAS:
            i = len(data)
            data.append([p(area, "cellb"), "", ""])
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")),
            ]
            for g, s, c in goals:
                i = len(data)
                w = WORDS[s]
                data.append([p(g), p(c), w])
                cmds += [
                    ("BACKGROUND", (2, i), (2, i), colors.HexColor(SHADE[w])),
                    ("FONT", (2, i), (2, i), "Carlito-Bold", 9),
                ]
        widths = [0.36, 0.48, 0.16]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            r.para("Tabell 1. Nämndens mål 2026", "caption"),
            tbl,
            rl.Spacer(1, 3),
            r.para(LEGEND, "note"),
            rl.Spacer(1, 8),
        ]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

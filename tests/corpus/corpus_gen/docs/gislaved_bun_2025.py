"""Gislaved, Barn- och utbildningsnämnden, årsredovisning 2025 (reportlab, Liberation Sans): each
goal's assessment is only a percentage of target reached ("96 %") in a goal table, read by a scale
explained in a paragraph above it ("≥ 100 % = uppnått, 80–99 % = delvis uppnått, under 80 % = ej
uppnått", "–" = ej bedömt); the percentage is the mean of the goal's indicators' share of their
target values, printed in the indicator table's last column "Andel av målvärdet" (not a value of
the key)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
HEAD_BG = colors.HexColor("#E6EEE3")
GREEN = colors.HexColor("#2E6B3A")

# goal, [(indicator, utfall 2024, utfall 2025, målvärde 2025, lower is better, fmt)]
GOALS = [
    (
        "Alla elever ska nå kunskapskraven i samtliga ämnen",
        [
            ("Elever i åk 9 behöriga till yrkesprogram, %", 84.1, 86.0, 90, False, DEC1),
            ("Elever i åk 6 med lägst betyget E i matematik, %", 88, 90, 92, False, N),
        ],
    ),
    (
        "Barn och elever ska känna sig trygga i förskolan och skolan",
        [
            ("Elever i åk 5 som känner sig trygga i skolan, %", 89, 93, 90, False, N),
            (
                "Vårdnadshavare i förskolan som upplever att barnet är tryggt, %",
                95,
                98,
                95,
                False,
                N,
            ),
        ],
    ),
    (
        "Närvaron i grundskolan ska öka",
        [
            ("Elever med närvaro under 85 procent, %", 14.2, 13.1, 10, True, DEC1),
            ("Elever med hög frånvaro vars orsak är kartlagd, %", 61, 70, 90, False, N),
        ],
    ),
    (
        "Fler barn i förskolan ska gå i barngrupper som följer Skolverkets riktmärken",
        [
            ("Barngrupper inom riktmärket för storlek, %", 58, 71, 75, False, N),
        ],
    ),
    (
        "Nämndens medarbetare ska ha en god och hållbar arbetsmiljö",
        [
            ("Sjukfrånvaro, medarbetare, %", 7.4, 6.3, 6.5, True, DEC1),
            ("Hållbart medarbetarengagemang (HME), index", 78, 81, 80, False, N),
        ],
    ),
    (
        "Andelen lärare med lärarlegitimation ska öka",
        [
            ("Lärare med lärarlegitimation, grundskolan, %", 73.4, None, 76, False, DEC1),
        ],
    ),
]


def share(u: float | None, m: float, lower: bool) -> int | None:
    """Share of the target value reached, in whole percent (printed per indicator)."""
    if u is None:
        return None
    v = (m / u if lower else u / m) * 100
    return int(v + 0.5)


def goal_pct(inds: list) -> int | None:
    shares = [share(u, m, lo) for _n, _a, u, m, lo, _f in inds]
    if any(s is None for s in shares):
        return None
    mean = sum(shares) / len(shares)
    assert abs(mean - round(mean)) != 0.5, mean
    return int(mean + 0.5)


def status(pct: int | None) -> str:
    if pct is None:
        return "unassessed"
    return "achieved" if pct >= 100 else "partly" if pct >= 80 else "not_achieved"


def pct_text(v: int | None) -> str:
    return "–" if v is None else f"{v} %"


def build() -> Doc:
    d = Doc(
        stem="gislaved-barn-och-utbildningsnamnden-arsredovisning-2025",
        municipality="Gislaved",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025 Barn- och utbildningsnämnden",
        engine="reportlab",
        what="Barn- och utbildningsnämnden, årsredovisning 2025 (reportlab, Liberation Sans)",
        hard="each goal's assessment is only a percentage of target reached in a goal table Nr | "
        'Nämndmål | Antal indikatorer | Måluppfyllelse ("103 %", "97 %", "77 %", "–"), read by '
        'a scale explained in a paragraph above the table ("≥ 100 % = uppnått, 80–99 % = '
        'delvis uppnått, under 80 % = ej uppnått … – = ej bedömt"), with no assessment word '
        "beside any goal; the percentage is the mean of the goal's indicators' share of their "
        'target, printed in a last column "Andel av målvärdet" of the indicator table (Utfall '
        "2024 | Utfall 2025 | Målvärde 2025 | Andel av målvärdet, grouped by goal under label "
        'rows "Mål 1" …), so a percentage column that is neither a year\'s value nor a target '
        "stands beside the KPI values, and the indicators of lower-is-better goals have shares "
        "computed the other way; a volumes table 2023 | 2024 | 2025; an income statement Utfall "
        "2024 | Budget 2025 | Utfall 2025 | Avvikelse (tkr, costs with a minus sign); the "
        'municipality as "Gislaveds kommun" on the cover and in the footer',
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Gislaveds kommun\nÅrsredovisning 2025\nBarn- och utbildningsnämnden\n"
            "Beslutad av nämnden 2026-02-18",
        )
    )
    d.h(1, "Nämndens uppdrag", "1")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, "
        "grundskola, grundsärskola och fritidshem i Gislaveds kommun. Under 2025 gick 1 512 "
        "barn i förskolan och 3 384 elever i kommunens grundskolor."
    )
    d.p(
        "Året präglades av arbetet med närvaro och av att två nya förskoleavdelningar öppnade "
        "i Smålandsstenar. Nämnden redovisar ett underskott om 3 100 tkr mot budget, främst "
        "för skolskjuts och tilläggsbelopp för elever i behov av särskilt stöd."
    )
    d.h(1, "Måluppfyllelse", "2")
    pcts = [goal_pct(inds) for _g, inds in GOALS]
    d.p(
        "Varje nämndmål följs upp med en eller flera indikatorer. För varje indikator beräknas "
        "hur stor andel av målvärdet som har nåtts, och målets måluppfyllelse är medelvärdet "
        "för dess indikatorer. Bedömningsskala: ≥ 100 % = uppnått, 80–99 % = delvis uppnått, "
        "under 80 % = ej uppnått. Ett streck (–) innebär att målet inte har bedömts, eftersom "
        "underlag saknas."
    )
    lines = [
        "Tabell 1. Nämndmål och måluppfyllelse 2025",
        "Nr\tNämndmål\tAntal indikatorer\tMåluppfyllelse",
    ]
    for i, ((g, inds), pct) in enumerate(zip(GOALS, pcts, strict=True), 1):
        d.goal(g, status(pct))
        lines.append(f"{i}\t{g}\t{len(inds)}\t{pct_text(pct)}")
    d.add(Custom("goaltable", {"pcts": pcts}, words="\n".join(lines)))
    d.p(
        "Två av sex mål har uppnåtts och två delvis. Närvaromålet har inte uppnåtts: andelen "
        "elever med närvaro under 85 procent har minskat, men inte i den takt som krävs. Målet "
        "om lärarlegitimation har inte bedömts, eftersom Skolverkets statistik för 2025 "
        "publiceras först i mars 2026."
    )
    d.h(2, "Indikatorer", "2.1")
    rows: list[Row] = []
    for i, (_g, inds) in enumerate(GOALS, 1):
        rows.append(Row(f"Mål {i}", [None] * 4, heading=True))
        for name, a, u, m, lo, f in inds:
            sh = share(u, m, lo)
            target = ("≤ " if lo else "≥ ") + f(m)
            rows.append(
                Row(
                    name,
                    [a, u if u is not None else Raw("–"), Raw(target), Raw(pct_text(sh))],
                    fmt=f,
                )
            )
    d.table(
        Table(
            label_head=("Indikator",),
            cols=[
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Målvärde", "2025")),
                Col(("Andel av", "målvärdet")),
            ],
            rows=rows,
            kind="kpi",
            caption="Tabell 2. Indikatorer per nämndmål",
            note="Andel av målvärdet = utfall 2025 / målvärde; för indikatorer där ett lägre "
            "värde är bättre (≤) målvärde / utfall 2025.",
            label_width=3.6,
        )
    )
    d.h(1, "Verksamhetsmått", "3")
    d.table(
        Table(
            label_head=("Verksamhetsmått",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Inskrivna barn i förskola, antal", [1_478, 1_495, 1_512]),
                Row("Elever i grundskola, antal", [3_318, 3_352, 3_384]),
                Row("Elever i grundsärskola, antal", [41, 38, 44]),
                Row("Kostnad per elev i grundskola, kr", [118_400, 123_900, 129_300]),
                Row("Barn per årsarbetare i förskola", [5.3, 5.2, 5.0], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 3. Verksamhetsmått",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "4")
    inc = [
        ("Verksamhetens intäkter", 98_400, 92_000, 101_300),
        ("Verksamhetens kostnader", -812_600, -846_500, -858_900),
        ("Nettokostnad", -714_200, -754_500, -757_600),
        ("Kommunbidrag", 712_900, 754_500, 754_500),
        ("Resultat", -1_300, 0, -3_100),
    ]
    for j in (1, 2, 3):
        assert inc[0][j] + inc[1][j] == inc[2][j]
        assert inc[2][j] + inc[3][j] == inc[4][j]
    d.p(
        "Intäkterna blev 9 300 tkr högre än budgeterat, främst genom statsbidrag för "
        "likvärdig skola och ersättning från Migrationsverket. Kostnaderna överskred budget med "
        "12 400 tkr, varav skolskjuts 4 100 tkr och tilläggsbelopp 5 600 tkr. Resultatet blev "
        "ett underskott om 3 100 tkr."
    )
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=[
                Col(("Utfall", "2024")),
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=[
                Row(n, [a, b, u, u - b], total=n in ("Nettokostnad", "Resultat"))
                for n, a, b, u in inc
            ],
            kind="is",
            caption="Tabell 4. Resultaträkning, tkr",
            note="Avvikelse = utfall 2025 minus budget 2025.",
            label_width=2.8,
        )
    )
    d.h(1, "Framtid", "5")
    d.p(
        "Barnkullarna minskar från 2027, vilket kommer att kräva en översyn av antalet "
        "förskoleavdelningar. Nämnden fortsätter arbetet med närvaro och med att rekrytera "
        "legitimerade lärare, särskilt i matematik och moderna språk."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": "",
        "footer": "Gislaveds kommun · Barn- och utbildningsnämnden · Årsredovisning 2025\t\t{page}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def cover(_b: Custom) -> list:
        big = rl.ParagraphStyle("cv1", parent=r.styles["title"], fontSize=30, leading=36)
        sub = rl.ParagraphStyle("cv2", parent=r.styles["subtitle"], fontSize=17, leading=22)
        org = rl.ParagraphStyle(
            "cv0",
            parent=r.styles["body"],
            fontName="LiberationSans-Bold",
            fontSize=14,
            textColor=GREEN,
        )
        return [
            Paragraph("Gislaveds kommun", org),
            rl.Spacer(1, 7 * rl.cm),
            Paragraph("Årsredovisning 2025", big),
            Paragraph("Barn- och utbildningsnämnden", sub),
            rl.Spacer(1, 1 * rl.cm),
            Paragraph("Beslutad av nämnden 2026-02-18", r.styles["meta"]),
            rl.PageBreak(),
        ]

    def goaltable(b: Custom) -> list:
        data = [
            [
                p("Nr", "cellb"),
                p("Nämndmål", "cellb"),
                p("Antal indikatorer", "cellbr"),
                p("Måluppfyllelse", "cellbr"),
            ]
        ]
        for i, ((g, inds), pct) in enumerate(zip(GOALS, b.data["pcts"], strict=True), 1):
            data.append([p(str(i)), p(g), p(str(len(inds)), "cellr"), p(pct_text(pct), "cellbr")])
        widths = [0.06, 0.60, 0.16, 0.18]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#A0A0A0")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        cap = rl.ParagraphStyle("cap1", parent=r.styles["caption"], keepWithNext=1)
        return [
            Paragraph("Tabell 1. Nämndmål och måluppfyllelse 2025", cap),
            tbl,
            rl.Spacer(1, 8),
        ]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=True)

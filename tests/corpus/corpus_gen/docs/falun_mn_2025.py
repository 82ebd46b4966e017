"""Falun, Miljönämnden, årsredovisning 2025 (reportlab): the goals, their indicators and the
assessment in one grid, the goal and assessment cells merged down over the goal's indicator rows
and set vertically centred (so the words of a goal stand beside its middle indicator, not its first)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
N = NumFmt()
GREEN = colors.HexColor("#2F6B3B")
WORDS = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}

# goal, status, [(indicator, 2024, 2025, target, fmt)]
GOALS = [
    (
        "Tillsynen ska vara riskbaserad och nå alla prioriterade verksamheter",
        "partly",
        [
            ("Andel planerade tillsynsbesök som genomförts", 88, 92, "≥ 95 %", PCT),
            ("Andel livsmedelsanläggningar med minst ett kontrollbesök", 91, 97, "≥ 95 %", PCT),
            ("Antal inspektioner av förorenade områden", 14, 22, "≥ 20", N),
        ],
    ),
    (
        "Handläggningen ska vara snabb och rättssäker",
        "achieved",
        [
            ("Mediantid för handläggning av anmälan om värmepump, dagar", 21, 16, "≤ 20", N),
            ("Andel överklagade beslut som står sig i högre instans", 86, 93, "≥ 90 %", PCT),
        ],
    ),
    (
        "Företagare ska vara nöjda med nämndens service och bemötande",
        "not_achieved",
        [("Nöjd-Kund-Index (NKI) miljö- och hälsoskydd", 71, 68, "≥ 75", N)],
    ),
    (
        "Utsläppen från enskilda avlopp till sjöar och vattendrag ska minska",
        "achieved",
        [("Antal åtgärdade enskilda avlopp med bristande rening", 148, 212, "≥ 200", N)],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="falun-miljonamnden-arsredovisning-2025",
        municipality="Falun",
        committee="Miljönämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Miljönämnden, årsredovisning 2025 (reportlab, serif body, sans tables)",
        hard="a goal table Mål | Indikator | Utfall 2024 | Utfall 2025 | Målvärde 2025 | Bedömning "
        '("Uppnått", "Delvis uppnått", "Ej uppnått") in which the goal and the assessment are '
        "cells merged down over the goal's indicator rows and set vertically centred: a goal with "
        "three indicators prints its text beside the second one and wraps over several lines "
        'between them; the municipality as "Falu kommun" (a genitive without "s"); an income '
        "statement with Bokslut 2024 | Budget 2025 | Bokslut 2025 | Avvikelse",
    )
    d.add(Custom("cover", {}, words="Falu kommun\nÅrsredovisning 2025\nMiljönämnden"))
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Miljönämnden ansvarar för kommunens tillsyn och kontroll enligt miljöbalken, "
        "livsmedelslagstiftningen, strålskyddslagen och tobakslagen. Nämnden arbetar också med "
        "miljöövervakning av sjöar och vattendrag och ger råd till invånare och företag."
    )
    d.h(1, "Viktiga händelser under året")
    d.p(
        "Under 2025 har nämnden infört en ny taxa för livsmedelskontroll där avgiften tas ut i "
        "efterhand. Omställningen har krävt mycket arbete men ger en mer rättvis avgift för "
        "företagen. Tillsynen av enskilda avlopp i Svärdsjöområdet har slutförts, och 212 "
        "avlopp har åtgärdats."
    )
    d.p(
        "Två miljöinspektörer har rekryterats under hösten, vilket gör att nämnden för första "
        "gången på tre år har full bemanning vid årets slut."
    )
    d.h(1, "Mål och måluppfyllelse")
    d.p(
        "Nämnden har fyra mål för 2025. Varje mål följs upp med en eller flera indikatorer. "
        "Bedömningen görs utifrån indikatorernas utfall och nämndens analys."
    )
    rows = []
    for _g, _s, inds in GOALS:
        for name, a, b, target, f in inds:
            rows.append(Row(name, [a, b, Raw(target)], fmt=f))
    t = Table(
        label_head=("Indikator",),
        cols=[
            Col(("Utfall 2024",), year="2024"),
            Col(("Utfall 2025",), year="2025"),
            Col(("Målvärde 2025",)),
        ],
        rows=rows,
        kind="kpi",
    )
    lines = ["Tabell 1. Nämndens mål och indikatorer",
             "Mål\tIndikator\tUtfall 2024\tUtfall 2025\tMålvärde 2025\tBedömning"]  # fmt: skip
    for g, s, inds in GOALS:
        d.goal(g, s)
        for k, (name, a, b, target, f) in enumerate(inds):
            cells = [name, f(a), f(b), target]
            lines.append(
                "\t".join(([g] if k == 0 else []) + cells + ([WORDS[s]] if k == 0 else []))
            )
    d.add(Custom("goalgrid", {"table": t}, words="\n".join(lines)))
    d.h(2, "Kommentarer till måluppfyllelsen")
    d.p(
        "Tillsynen nådde nästan alla prioriterade verksamheter. Planerade besök inom "
        "miljöskyddet fick skjutas upp under våren på grund av vakanser, och målet bedöms därför "
        "som delvis uppnått trots att livsmedelskontrollen och inspektionerna av förorenade "
        "områden nådde sina målvärden."
    )
    d.p(
        "Handläggningstiderna har förkortats efter att nämnden infört e-tjänster för anmälan om "
        "värmepumpar och enskilda avlopp. Andelen beslut som står sig vid överklagande har ökat."
    )
    d.p(
        "Nöjd-Kund-Index har sjunkit och ligger under målvärdet. Företagen är mindre nöjda med "
        "informationen om den nya taxan, vilket nämnden tar med sig till 2026."
    )
    d.h(1, "Ekonomiskt resultat")
    d.p(
        "Nämnden redovisar ett överskott om 1 395 tkr. Intäkterna från avgifter blev högre än "
        "budgeterat, och vakanser under våren gav lägre personalkostnader."
    )
    inc = 18_420, 19_500, 21_080
    pers = -31_260, -34_100, -33_470
    ovr = -9_870, -10_400, -11_215
    bidrag = 23_100, 25_000, 25_000
    kost = tuple(p + o for p, o in zip(pers, ovr, strict=True))
    net = tuple(i + k for i, k in zip(inc, kost, strict=True))
    res = tuple(n + b for n, b in zip(net, bidrag, strict=True))
    assert res == (390, 0, 1_395), res

    def row(label: str, v: tuple[int, int, int], total: bool = False) -> Row:
        return Row(label, [v[0], v[1], v[2], v[2] - v[1]], total=total)

    d.table(
        Table(
            label_head=("Belopp i tkr",),
            cols=[
                Col(("Bokslut 2024",)),
                Col(("Budget 2025",)),
                Col(("Bokslut 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=[
                row("Intäkter", inc),
                row("Personalkostnader", pers),
                row("Övriga kostnader", ovr),
                row("Summa kostnader", kost, True),
                row("Nettokostnad", net, True),
                row("Kommunbidrag", bidrag),
                row("Resultat", res, True),
            ],
            kind="is",
            caption="Tabell 2. Resultaträkning",
            note="Avvikelse = bokslut 2025 minus budget 2025.",
            fmt=N,
            label_width=2.4,
        )
    )
    d.h(1, "Framtiden")
    d.p(
        "Under 2026 införs nya regler för tillsyn av förorenade områden och nämnden räknar med "
        "fler ärenden om dagvatten. Nämnden kommer att prioritera information till företagen "
        "och förkortade handläggningstider."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN,
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 8.3,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E5EFE6"),
        "header": None,
        "footer": "Falu kommun · Miljönämnden · Årsredovisning 2025\t{page}",
        "hf_font": "LiberationSans",
        "hf_size": 8,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 40),
            r.para("Falu kommun", "subtitle"),
            rl.Spacer(1, 250),
            r.para("Årsredovisning 2025", "title"),
            r.para("Miljönämnden", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goalgrid(_b: Custom) -> list:
        data = [
            [p(h, "cellb" if i < 2 or i == 5 else "cellbr") for i, h in enumerate(
                ["Mål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2025", "Bedömning"])]
        ]  # fmt: skip
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E5EFE6")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for g, s, inds in GOALS:
            first = len(data)
            for k, (name, a, b, target, f) in enumerate(inds):
                data.append(
                    [
                        p(g) if k == 0 else "",
                        p(name),
                        p(f(a), "cellr"),
                        p(f(b), "cellr"),
                        p(target, "cellr"),
                        p(WORDS[s]) if k == 0 else "",
                    ]  # fmt: skip
                )
            last = len(data) - 1
            if last > first:
                cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (5, first), (5, last))]
                cmds.append(
                    ("LINEBELOW", (1, first), (4, last - 1), 0.25, colors.HexColor("#C8C8C8"))
                )
            cmds.append(("LINEBELOW", (0, last), (-1, last), 0.6, colors.HexColor("#7F7F7F")))
        widths = [0.25, 0.30, 0.10, 0.10, 0.11, 0.14]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Nämndens mål och indikatorer", "caption"), tbl, rl.Spacer(1, 8)]

    r.custom.update(cover=cover, goalgrid=goalgrid)
    return r.build(out / f"{doc.stem}.pdf")

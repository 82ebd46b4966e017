"""Karlskrona, Kulturnämnden, verksamhetsberättelse 2025 (reportlab, Word-like: Liberation Serif,
DejaVu Sans for the status glyphs). A title page, a table of contents on page 2 and numbered
sections. The goals are in four tables, one per perspective of a balanced scorecard (Medborgare,
Verksamhet, Medarbetare, Ekonomi), Nämndmål | Indikator | Utfall 2024 | Utfall 2025 | Målvärde
2025 | Status: the goal cell is merged down over its indicator rows (its words at the top, wrapped
beside the indicator names) and the Status cell holds only a plain black text glyph per goal, no
word and no colour: "✓" uppfyllt, "~" delvis uppfyllt, "✗" ej uppfyllt, "–" ej bedömt, the
last the same dash that stands in a value cell for a year not measured. The glyphs are explained
only by one legend line under the first of the four tables. An appendix "Bilaga 1 Nyckeltal i
jämförelse" has a wide KPI table 2021 … 2025 followed by Riket 2025 | Kommungrupp 2025, which are
comparisons and not Karlskrona's values (not in the key). Finance: a resultaträkning Bokslut
2024 | Budget 2025 | Bokslut 2025 | Avvikelse (tkr, costs negative, bokslut minus budget)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import TOC, Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
INK = colors.HexColor("#1F3864")  # Word's dark blue heading colour

GLYPH = {"achieved": "✓", "partly": "~", "not_achieved": "✗", "unassessed": "–"}
LEGEND = "✓ = uppfyllt, ~ = delvis uppfyllt, ✗ = ej uppfyllt, – = ej bedömt"
HEAD = ["Nämndmål", "Indikator", "Utfall 2024", "Utfall 2025", "Målvärde 2025", "Status"]

# perspective, [(goal, status, [(indicator, 2024, 2025 or None, target as printed, fmt)])], text
PERSPECTIVES = [
    (
        "Medborgare",
        [
            (
                "Fler invånare ska ta del av kulturlivet i hela kommunen",
                "achieved",
                [
                    ("Besök på folkbiblioteken", 398_600, 421_900, "≥ 410 000", N),
                    ("Besökare i Karlskrona konsthall", 31_200, 34_850, "≥ 33 000", N),
                ],
            ),
            (
                "Barn och unga ska kunna delta i kulturskolans verksamhet oavsett bakgrund",
                "partly",
                [
                    ("Elever i kulturskolan", 1_620, 1_705, "≥ 1 700", N),
                    ("Andel kulturskoleelever från prioriterade områden", 14, 17, "≥ 20 %", PCT),
                    ("Barn i kö till kulturskolan", 410, 365, "≤ 300", N),
                ],
            ),
            (
                "Invånarna ska vara nöjda med kommunens kulturutbud",
                "unassessed",
                [
                    ("Nöjd Medborgar-Index, kultur", 61, None, "≥ 63", N),
                ],
            ),
        ],
        "Besöken på folkbiblioteken ökade med nära 6 procent, främst på Stadsbiblioteket och "
        "på Rödeby bibliotek efter att meröppet infördes där i mars. Konsthallens sommarutställning "
        "med Blekingekonstnärer lockade den största publiken sedan 2019. Kulturskolan tog emot 85 "
        "fler elever än 2024 och kön minskade, men andelen elever från de prioriterade områdena "
        "ökar långsamt. SCB:s medborgarundersökning genomfördes inte i Karlskrona 2025, och "
        "invånarnas nöjdhet med kulturutbudet kunde därför inte mätas.",
    ),
    (
        "Verksamhet",
        [
            (
                "Bibliotekens öppettider ska utökas genom meröppna bibliotek",
                "achieved",
                [
                    ("Öppettimmar per vecka, samtliga bibliotek", 212, 268, "≥ 250", N),
                    ("Bibliotek med meröppet", 2, 5, "5", N),
                ],
            ),
            (
                "Det digitala kulturutbudet ska utvecklas",
                "not_achieved",
                [
                    ("Digitala programpunkter", 46, 38, "≥ 60", N),
                    ("Utlån av e-böcker och e-ljudböcker", 58_200, 61_400, "≥ 65 000", N),
                ],
            ),
        ],
        "Meröppet infördes under året på Rödeby, Nättraby och Jämjö bibliotek, och de fem "
        "biblioteken med meröppet har nu sammanlagt 268 öppettimmar i veckan. Det digitala "
        "programutbudet minskade när två tjänster stod vakanta under hösten, och utlånen av "
        "e-medier ökade mindre än beräknat sedan kommunens avtal med leverantören begränsade "
        "antalet lån per låntagare.",
    ),
    (
        "Medarbetare",
        [
            (
                "Medarbetarna ska ha ett hållbart arbetsliv",
                "partly",
                [
                    ("Sjukfrånvaro", 6.8, 6.1, "≤ 5,5 %", PCT1),
                    ("Hållbart medarbetarengagemang (HME)", 78, 80, "≥ 80", N),
                ],
            ),
            (
                "Kulturförvaltningen ska vara en attraktiv arbetsgivare",
                "achieved",
                [
                    ("Andel tillsvidareanställda med heltid", 88, 93, "≥ 90 %", PCT),
                    ("Personalomsättning", 9.4, 7.2, "≤ 8,0 %", PCT1),
                ],
            ),
        ],
        "Sjukfrånvaron minskade för andra året i rad, men korttidsfrånvaron inom biblioteken är "
        "fortfarande hög. Medarbetarenkäten i oktober gav det högsta HME-värdet sedan mätningarna "
        "började. Samtliga nyanställningar under året har skett på heltid.",
    ),
    (
        "Ekonomi",
        [
            (
                "Verksamheten ska bedrivas inom tilldelad budgetram",
                "achieved",
                [
                    ("Resultat mot kommunbidrag, tkr", -1_140, 830, "≥ 0", N),
                ],
            ),
            (
                "Externa medel till kulturverksamheten ska öka",
                "not_achieved",
                [
                    ("Externa bidrag och sponsring, tkr", 4_860, 4_310, "≥ 5 500", N),
                ],
            ),
        ],
        "Nämnden redovisar ett överskott om 830 tkr mot kommunbidraget, se avsnitt 4. De externa "
        "medlen minskade när Kulturrådets bidrag till Skapande skola blev lägre än året innan och "
        "ett treårigt sponsoravtal för sommarscenen i Hoglands park löpte ut.",
    ),
]

# Resultaträkning, tkr: (row, bokslut 2024, budget 2025, bokslut 2025); costs negative
INCOME = [
    ("Avgifter och ersättningar", 7_840, 7_600, 8_120),
    ("Bidrag", 5_960, 5_500, 5_410),
    ("Övriga intäkter", 4_620, 4_800, 5_730),
]
COSTS = [
    ("Personalkostnader", -71_240, -74_300, -73_610),
    ("Lokalkostnader", -41_870, -42_600, -42_950),
    ("Övriga verksamhetskostnader", -27_150, -26_700, -27_480),
    ("Avskrivningar", -3_300, -3_200, -3_290),
]
KOMMUNBIDRAG = (124_000, 128_900, 128_900)

# Bilaga 1: (nyckeltal, 2021, 2022, 2023, 2024, 2025, riket 2025, kommungrupp 2025, fmt)
BILAGA = [
    ("Nettokostnad kultur, kr/inv", 1_690, 1_745, 1_812, 1_879, 1_914, 1_655, 1_720, N),
    ("Nettokostnad allmän kulturverksamhet, kr/inv", 512, 530, 548, 566, 579, 602, 587, N),
    ("Nettokostnad folkbibliotek, kr/inv", 452, 468, 489, 503, 521, 498, 512, N),
    (
        "Nettokostnad musik- och kulturskola, kr/inv 6–15 år",
        2_980,
        3_050,
        3_190,
        3_260,
        3_340,
        3_410,
        3_280,
        N,
    ),  # fmt: skip
    ("Besök i folkbibliotek, antal/inv", 3.2, 4.8, 5.6, 6.0, 6.3, 4.9, 5.2, DEC1),
    ("Utlån allmänna bibliotek, antal/inv", 4.9, 5.1, 5.0, 5.2, 5.3, 5.6, 5.4, DEC1),
    (
        "Elever i musik- eller kulturskola, andel av invånare 7–15 år (%)",
        18,
        19,
        20,
        21,
        22,
        15,
        16,
        N,
    ),  # fmt: skip
    ("Aktiva låntagare, andel av invånarna (%)", None, 24, 25, 26, 27, 28, 27, N),
]


def goal_kpis(goals: list) -> Table:
    rows = [
        Row(name, [a, Raw("–") if b is None else b, Raw(t)], fmt=f)
        for _g, _s, inds in goals
        for name, a, b, t, f in inds
    ]
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Utfall 2024",), year="2024"),
            Col(("Utfall 2025",), year="2025"),
            Col(("Målvärde 2025",)),
        ],
        rows=rows,
        kind="kpi",
    )


def goal_words(caption: str, goals: list, legend: bool) -> str:
    lines = [caption, "\t".join(HEAD)]
    for g, s, inds in goals:
        for k, (name, a, b, t, f) in enumerate(inds):
            cells = [name, f(a), "–" if b is None else f(b), t]
            lines.append(
                "\t".join(([g] if k == 0 else []) + cells + ([GLYPH[s]] if k == 0 else []))
            )
    if legend:
        lines.append(LEGEND)
    return "\n".join(lines)


def build() -> Doc:
    d = Doc(
        stem="karlskrona-kulturnamnden-verksamhetsberattelse-2025",
        municipality="Karlskrona",
        committee="Kulturnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Kulturnämnden, verksamhetsberättelse 2025 set as a Word document (reportlab, "
        "Liberation Serif, DejaVu Sans for the status glyphs), a title page and a table of "
        "contents on page 2, numbered sections",
        hard="the goals are in four tables, one per scorecard perspective (Medborgare, "
        "Verksamhet, Medarbetare, Ekonomi), Nämndmål | Indikator | Utfall 2024 | Utfall 2025 | "
        "Målvärde 2025 | Status, the goal cell merged down over its one to three indicators and "
        "the Status cell holding only a plain black text glyph, no word and no colour (✓ "
        "uppfyllt, ~ delvis uppfyllt, ✗ ej uppfyllt, – ej bedömt), the last the same dash as a "
        'value cell\'s "–" for a year not measured, in the goal whose only indicator has no 2025 '
        "value; the glyphs explained only by one legend line under the first table; an appendix "
        '"Bilaga 1 Nyckeltal i jämförelse" with a wide KPI table Nyckeltal | 2021 | 2022 | 2023 | '
        "2024 | 2025 | Riket 2025 | Kommungrupp 2025, the last two comparison columns that are "
        "not Karlskrona's values (not in the key); a resultaträkning Bokslut 2024 | Budget 2025 | "
        "Bokslut 2025 | Avvikelse (tkr, costs negative, bokslut minus budget) under label-only "
        'rows; the municipality as "Karlskrona kommun" on the title page and in the running header',
    )
    goals_all = [g for _p, gs, _t in PERSPECTIVES for g in gs]
    n = {s: sum(1 for _g, st, _i in goals_all if st == s) for s in GLYPH}
    assert n == {"achieved": 4, "partly": 2, "not_achieved": 2, "unassessed": 1}, n

    # finance sums
    inc_tot = [sum(r[j] for r in INCOME) for j in (1, 2, 3)]
    cost_tot = [sum(r[j] for r in COSTS) for j in (1, 2, 3)]
    net = [i + c for i, c in zip(inc_tot, cost_tot, strict=True)]
    res = [k + x for k, x in zip(KOMMUNBIDRAG, net, strict=True)]
    assert inc_tot == [18_420, 17_900, 19_260], inc_tot
    assert cost_tot == [-143_560, -146_800, -147_330], cost_tot
    assert net == [-125_140, -128_900, -128_070], net
    assert res == [-1_140, 0, 830], res
    # the Ekonomi goal's indicator is the result of the income statement
    assert PERSPECTIVES[3][1][0][2][0][1:3] == (res[0], res[2])

    d.add(
        Custom(
            "cover",
            {},
            words="Karlskrona kommun\n\nVerksamhetsberättelse 2025\n\nKulturnämnden\n\n"
            "Fastställd av kulturnämnden 2026-02-19, § 14",
        )
    )
    d.add(PageBreak(), TOC("Innehåll", levels=2))

    d.h(1, "Sammanfattning", "1")
    d.p(
        "År 2025 var ett år med fler besökare än på länge i Karlskronas bibliotek och i "
        "konsthallen. Meröppet infördes på ytterligare tre bibliotek, och kulturskolan tog emot "
        "fler elever samtidigt som kön kortades. Det digitala programutbudet och de externa "
        "medlen utvecklades däremot svagare än nämnden hade planerat."
    )
    d.p(
        "Nämnden följer upp nio mål i fyra perspektiv. Fyra mål är uppfyllda, två är delvis "
        "uppfyllda och två är inte uppfyllda. Ett mål har inte kunnat bedömas eftersom "
        "mätningen inte genomfördes under året. Nämnden redovisar ett överskott om 830 tkr mot "
        "kommunbidraget."
    )
    d.h(1, "Nämndens uppdrag och organisation", "2")
    d.p(
        "Kulturnämnden ansvarar för folkbiblioteken, kulturskolan, Karlskrona konsthall, "
        "kulturstöd till föreningar och studieförbund samt kommunens offentliga konst. "
        "Verksamheten bedrivs av kulturförvaltningen, som hade 142 tillsvidareanställda vid "
        "årets slut. Biblioteken finns i centrala Karlskrona och i sex kommundelar, och "
        "kulturskolan undervisar på elva skolor."
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämndens mål följer kommunens styrmodell med fyra perspektiv. För varje mål redovisas "
        "indikatorerna med utfall för 2024 och 2025 och målvärdet för 2025. Nämndens "
        "bedömning av varje mål anges med en symbol i kolumnen Status."
    )
    for k, (persp, goals, text) in enumerate(PERSPECTIVES, 1):
        d.h(2, persp, f"3.{k}")
        for g, s, _i in goals:
            d.goal(g, s)
        caption = f"Tabell {k}. Mål och indikatorer – {persp}"
        d.add(
            Custom(
                "goaltable",
                {"table": goal_kpis(goals), "goals": goals, "caption": caption, "legend": k == 1},
                words=goal_words(caption, goals, k == 1),
            )
        )
        d.p(text)

    d.h(1, "Ekonomi", "4")
    d.p(
        "Kulturnämnden redovisar ett överskott om 830 tkr mot kommunbidraget för 2025. "
        "Intäkterna blev 1 360 tkr högre än budgeterat, främst genom fler uthyrningar av "
        "konsthallen och ersättning för en vakant tjänst från Region Blekinge. Personalkostnaderna "
        "blev lägre än budget på grund av vakanser, medan lokalkostnaderna ökade när hyran för "
        "Stadsbiblioteket räknades upp efter ombyggnaden."
    )
    rows = [Row("Verksamhetens intäkter", [None] * 4, heading=True)]
    rows += [Row(name, [a, b, c, c - b], indent=1) for name, a, b, c in INCOME]
    rows.append(Row("Summa intäkter", [*inc_tot, inc_tot[2] - inc_tot[1]], total=True))
    rows.append(Row("Verksamhetens kostnader", [None] * 4, heading=True))
    rows += [Row(name, [a, b, c, c - b], indent=1) for name, a, b, c in COSTS]
    rows.append(Row("Summa kostnader", [*cost_tot, cost_tot[2] - cost_tot[1]], total=True))
    rows.append(Row("Nettokostnad", [*net, net[2] - net[1]], total=True))
    rows.append(Row("Kommunbidrag", [*KOMMUNBIDRAG, KOMMUNBIDRAG[2] - KOMMUNBIDRAG[1]]))
    rows.append(Row("Resultat", [*res, res[2] - res[1]], total=True))
    d.table(
        Table(
            label_head=("",),
            cols=[
                Col(("Bokslut 2024",)),
                Col(("Budget 2025",)),
                Col(("Bokslut 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="is",
            caption="Tabell 5. Resultaträkning (tkr)",
            note="Avvikelse = bokslut 2025 minus budget 2025. Ett positivt belopp är en positiv "
            "avvikelse mot budget.",
            label_width=2.6,
        )
    )
    d.h(1, "Framåtblick", "5")
    d.p(
        "Under 2026 öppnar ett meröppet bibliotek i Lyckeby, och kulturskolan startar "
        "undervisning i dans och film på två skolor i de prioriterade områdena. Nämnden ser en "
        "risk i att lokalkostnaderna fortsätter att öka snabbare än kommunbidraget."
    )

    d.h(1, "Bilaga 1 Nyckeltal i jämförelse")
    d.p(
        "Tabellen visar Karlskronas utfall för de senaste fem åren jämfört med rikets kommuner "
        "och med kommungruppen Större städer. Uppgifterna är hämtade från Kolada."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[Col((y,), year=y, width=0.62) for y in ("2021", "2022", "2023", "2024", "2025")]
            + [
                Col(("Riket", "2025"), width=0.72),
                Col(("Kommungrupp", "2025"), width=1.3),
            ],
            rows=[
                Row(name, [Raw("–") if x is None else x for x in v], fmt=f)
                for name, *v, f in BILAGA
            ],
            kind="kpi",
            caption="Tabell 6. Nyckeltal 2021–2025 i jämförelse",
            note="Riket 2025 och Kommungrupp 2025 avser ovägt medelvärde för rikets kommuner "
            "respektive kommungruppen Större städer. Uppgifterna för 2025 är preliminära. "
            "– = uppgift saknas.",
            label_width=3.2,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "size": 10.5,
        "leading": 13.5,
        "hcolor": INK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "grid",
        "table_head_bg": colors.HexColor("#D9E2F3"),
        "header": "Karlskrona kommun\tKulturnämnden – Verksamhetsberättelse 2025",
        "footer": "\t{page}\t",
        "hf_size": 9,
        "hf_rule": False,
        "margins": (2.3 * rl.cm, 2.0 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    r.styles["toc1"].fontSize = 11.5
    r.styles["toc1"].leading = 17
    r.styles["toc2"].leading = 15

    def cover(_b: Custom) -> list:
        kom = rl.ParagraphStyle(
            "kom", parent=r.styles["body"], fontName="LiberationSerif-Bold", fontSize=16,
            leading=20, textColor=INK,
        )  # fmt: skip
        big = rl.ParagraphStyle("cv1", parent=r.styles["title"], fontSize=30, leading=36)
        sub = rl.ParagraphStyle("cv2", parent=r.styles["subtitle"], fontSize=18, leading=24)
        meta = rl.ParagraphStyle("cv3", parent=r.styles["body"], fontSize=10.5)
        return [
            Paragraph("Karlskrona kommun", kom),
            rl.Spacer(1, 7 * rl.cm),
            Paragraph("Verksamhetsberättelse 2025", big),
            Paragraph("Kulturnämnden", sub),
            rl.Spacer(1, 9 * rl.cm),
            Paragraph("Fastställd av kulturnämnden 2026-02-19, § 14", meta),
        ]

    cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9, leading=11)
    cellr = rl.ParagraphStyle("gcr", parent=cell, alignment=2)
    head = rl.ParagraphStyle("gh", parent=cell, fontName="LiberationSerif-Bold")
    headr = rl.ParagraphStyle("ghr", parent=head, alignment=2)
    headc = rl.ParagraphStyle("ghc", parent=head, alignment=TA_CENTER)
    glyph = rl.ParagraphStyle(
        "glyph", parent=cell, fontName="DejaVuSans", fontSize=11, leading=12, alignment=TA_CENTER
    )
    capst = r.styles["caption"]
    legst = rl.ParagraphStyle("leg", parent=r.styles["body"], fontSize=9, leading=12,
                              spaceBefore=3, spaceAfter=6)  # fmt: skip

    def goaltable(b: Custom) -> list:
        goals = b.data["goals"]
        data = [
            [Paragraph(escape(h), head if i < 2 else headc if i == 5 else headr)
             for i, h in enumerate(HEAD)]
        ]  # fmt: skip
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for g, s, inds in goals:
            first = len(data)
            for k, (name, a, v, t, f) in enumerate(inds):
                data.append(
                    [
                        Paragraph(escape(g), cell) if k == 0 else "",
                        Paragraph(escape(name), cell),
                        Paragraph(escape(f(a)), cellr),
                        Paragraph("–" if v is None else escape(f(v)), cellr),
                        Paragraph(escape(t), cellr),
                        Paragraph(GLYPH[s], glyph) if k == 0 else "",
                    ]
                )
            last = len(data) - 1
            if last > first:
                cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (5, first), (5, last))]
        widths = [0.25, 0.30, 0.105, 0.105, 0.14, 0.10]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        out = [Paragraph(escape(b.data["caption"]), capst), tbl]
        if b.data["legend"]:
            txt = escape(LEGEND)
            for ch in "✓~✗–":
                txt = txt.replace(ch, f'<font name="DejaVuSans">{ch}</font>')
            out.append(Paragraph(txt, legst))
        else:
            out.append(rl.Spacer(1, 8))
        return [KeepTogether(out)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

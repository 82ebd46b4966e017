"""Halmstad, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans): a
"Sammanfattning av måluppfyllelse" table counts the goals per forecast colour before the goals
(Grön / Gul / Röd, with what each colour means); the goal table Mål | Prognos helår | Kommentar
gives each forecast only as a colour word in mixed case ("Grön", "Gul", "Röd", black type, no
shading) and runs from page 1 onto page 2 WITHOUT repeating its header row, one goal's row split
across the page break (the last words of its title and the end of its comment at the top of
page 2, under the running header); the KPI table has its unit in the LAST column (Nyckeltal |
Jan–aug 2025 | Jan–aug 2026 | Målvärde 2026 | Enhet); the drift table is in mkr with one decimal
and a "Prognos avvikelse" column whose negative amounts are printed with a hyphen-minus and a
space ("- 13,2")."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import PageBreak, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
MKR = NumFmt(dec=1, minus="- ")
WORDS = {"expected_achieved": "Grön", "partly": "Gul", "expected_not_achieved": "Röd"}
MEANING = {
    "expected_achieved": "Målet bedöms uppnås vid årets slut",
    "partly": "Målet bedöms delvis uppnås vid årets slut",
    "expected_not_achieved": "Målet bedöms inte uppnås vid årets slut",
}
HEAD_BG = colors.HexColor("#E4E9EF")
SWATCH = {
    "expected_achieved": colors.HexColor("#4CA64C"),
    "partly": colors.HexColor("#F2C12E"),
    "expected_not_achieved": colors.HexColor("#D9412B"),
}

# (goal, forecast, comment); SPLIT: the goal whose row is split over the page break, with the
# words of its title and comment printed on page 1 (the rest on page 2).
GOALS = [
    (
        "Barn och unga som behöver stöd ska få insatser tidigt och i sin närmiljö",
        "partly",
        "Öppenvården har tagit emot fler familjer än i fjol och familjeteamet i Andersberg har "
        "kommit i gång. Vårddygnen på HVB har ändå ökat med elva procent, främst för ungdomar "
        "över 15 år.",
    ),
    (
        "Utredningar om barn och unga ska vara avslutade inom lagstadgad tid",
        "expected_achieved",
        "92 procent av utredningarna avslutades inom fyra månader, mot 81 procent samma period "
        "2025. Mottagningsgruppen har varit fullt bemannad sedan februari.",
    ),
    (
        "Fler hushåll med ekonomiskt bistånd ska bli självförsörjande",
        "expected_not_achieved",
        "Antalet hushåll med ekonomiskt bistånd har ökat till i genomsnitt 1 389 per månad. "
        "Färre har gått vidare till arbete, och arbetsmarknaden i regionen har försvagats.",
    ),
    (
        "Väntetiden till behandling inom beroendevården ska minska",
        "expected_achieved",
        "Väntetiden till behandlingsstart är 16 dagar mot 24 dagar i fjol, sedan "
        "öppenvårdsmottagningen fick kvällsöppet och en samordnare för tidiga insatser.",
    ),
    (
        "Personer med funktionsnedsättning ska ha inflytande över hur deras insatser utförs "
        "och kunna påverka sin vardag",
        "partly",
        "Andelen brukare som upplever att de kan påverka sina insatser har ökat till 81 "
        "procent, men målvärdet 85 procent nås troligen inte i år. Genomförandeplanerna följs "
        "nu upp med brukaren två gånger om året, och ett brukarråd för daglig verksamhet "
        "startar i oktober.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "expected_not_achieved",
        "Sjukfrånvaron är 9,1 procent, högre än samma period 2025. Den korta frånvaron har ökat "
        "mest i boendestöd och på gruppbostäder.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "expected_not_achieved",
        "Helårsprognosen är ett underskott om 15,5 mkr, främst för placeringar av barn och unga "
        "och för ekonomiskt bistånd (se avsnitt 4).",
    ),
]
SPLIT = 4  # index in GOALS
SPLIT_TITLE = "Personer med funktionsnedsättning ska ha inflytande över hur deras"
SPLIT_COMMENT = (
    "Andelen brukare som upplever att de kan påverka sina insatser har ökat till 81 procent, "
    "men målvärdet 85 procent nås troligen inte i år. Genomförandeplanerna följs"
)

FOOTER = "Halmstads kommun · Socialnämnden\t\tDelårsrapport januari–augusti 2026 · Sida {page} av {pages}"


def build() -> Doc:
    d = Doc(
        stem="halmstad-socialnamnden-delarsrapport-2026-08",
        municipality="Halmstad",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans), no "
        "title page",
        hard='a "Sammanfattning av måluppfyllelse" table before the goals counting them per '
        "forecast colour (Prognos helår | Innebörd | Antal mål: Grön 2, Gul 2, Röd 3, Summa 7, "
        "the only legend of the colours); the goal table Mål | Prognos helår | Kommentar gives "
        'each forecast only as a colour word in mixed case ("Grön", "Gul", "Röd", black type, no '
        "shading) and runs from page 1 onto page 2 without repeating its header row, the fifth "
        "goal's row split across the page break (the last words of its title and the end of its "
        "comment stand at the top of page 2 under the running header, the forecast only on page "
        "1); a KPI table with the unit in the last column (Nyckeltal | Jan–aug 2025 | Jan–aug "
        '2026 | Målvärde 2026 | Enhet: "%", "antal", "dagar", "kr"), so percentages print '
        'without "%"; a drift table in mkr with one decimal, Budget 2026 | Utfall jan–aug 2026 '
        "| Prognos 2026 | Prognos avvikelse (budget minus prognosis), its negative amounts "
        'printed with a hyphen-minus and a space ("- 13,2"), a Summa row; the municipality as '
        '"Halmstads kommun" in the masthead and the footer',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Halmstads kommun\nSocialnämnden\nDelårsrapport januari–augusti 2026\n"
            "Dnr SN 2026/0412",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden ansvarar för barn och familj, vuxen och beroende, ekonomiskt bistånd och "
        "funktionsstöd. Delårsrapporten avser perioden januari–augusti 2026 och innehåller en "
        "prognos för helåret."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 15,5 mkr för helåret. Underskottet beror "
        "framför allt på placeringar av barn och unga och på ett ökat behov av ekonomiskt "
        "bistånd. Funktionsstöd och nämndgemensamma kostnader beräknas ge ett överskott."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämnden har sju mål för 2026. Varje mål har fått en prognos för helåret i form av en "
        "färg. Tabellen nedan visar hur många mål som har fått respektive färg."
    )
    d.p(
        "Prognosen bygger på nyckeltalens utfall under årets första åtta månader och på "
        "verksamheternas bedömning av resten av året. Tre av målen bedöms inte uppnås, bland "
        "dem målet om en budget i balans."
    )
    counts = {s: sum(1 for g in GOALS if g[1] == s) for s in WORDS}
    summ = ["Tabell 1. Sammanfattning av måluppfyllelse", "Prognos helår\tInnebörd\tAntal mål"]
    summ += [f"{WORDS[s]}\t{MEANING[s]}\t{counts[s]}" for s in WORDS]
    summ.append(f"Summa\t{len(GOALS)}")
    d.add(Custom("summary", {"counts": counts}, words="\n".join(summ)))
    lines = ["Tabell 2. Nämndens mål och prognos helår", "Mål\tPrognos helår\tKommentar"]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{WORDS[s]}\t{c}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "3")
    d.p(
        "Nyckeltalen avser perioden januari–augusti respektive år. Enheten anges i tabellens "
        "sista kolumn."
    )
    unit = Col(("Enhet",), width=0.55)
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug", "2025"), year="2025"),
                Col(("Jan–aug", "2026"), year="2026"),
                Col(("Målvärde", "2026")),
                unit,
            ],
            rows=[
                Row("Utredningar avslutade inom fyra månader", [81, 92, 90, Raw("%")]),
                Row("Vårddygn på HVB, barn och unga", [5_140, 5_690, None, Raw("antal")]),
                Row(
                    "Hushåll med ekonomiskt bistånd, genomsnitt per månad",
                    [1_312, 1_389, 1_250, Raw("antal")],
                ),
                Row(
                    "Utbetalt ekonomiskt bistånd per hushåll och månad",
                    [9_420, 9_870, None, Raw("kr")],
                ),
                Row("Väntetid till behandlingsstart, beroendevård", [24, 16, 20, Raw("dagar")]),
                Row(
                    "Brukare som upplever att de kan påverka sina insatser",
                    [78, 81, 85, Raw("%")],
                ),
                Row("Sjukfrånvaro, medarbetare", [8.6, 9.1, Raw("7,5"), Raw("%")], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 3. Nyckeltal januari–augusti",
            fmt=N,
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi", "4")
    # verksamhet: budget, utfall jan–aug, prognos (tenths of mkr)
    units = [
        ("Nämnd och förvaltningsgemensamt", 425, 261, 409),
        ("Barn och familj", 2684, 1897, 2816),
        ("Vuxen och beroende", 962, 648, 980),
        ("Ekonomiskt bistånd", 1820, 1263, 1873),
        ("Funktionsstöd", 5127, 3382, 5095),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    assert tot[0] - tot[2] == -155, tot
    rows = [Row(n, [b / 10, u / 10, p / 10, (b - p) / 10]) for n, b, u, p in units]
    rows.append(
        Row("Summa socialnämnden", [t / 10 for t in tot] + [(tot[0] - tot[2]) / 10], total=True)
    )
    d.p(
        "Barn och familj prognostiserar ett underskott om 13,2 mkr, framför allt för "
        "placeringar på HVB och i familjehem. Ekonomiskt bistånd beräknas överskrida budget med "
        "5,3 mkr och vuxen och beroende med 1,8 mkr. Funktionsstöd beräknas få ett överskott om "
        "3,2 mkr tack vare vakanser och ett senarelagt boende, och de nämndgemensamma "
        "kostnaderna ett överskott om 1,6 mkr."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Prognos", "2026")),
                Col(("Prognos", "avvikelse")),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 4. Driftredovisning per verksamhet, nettokostnad, mkr",
            note="Prognos avvikelse = budget 2026 minus prognos 2026; ett negativt belopp är ett "
            "underskott.",
            fmt=MKR,
            label_width=2.8,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.HexColor("#00466E"),
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": "Socialnämnden\t\tDelårsrapport 2026",
        "footer": FOOTER,
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        data = [
            [p("Halmstads kommun", "cellb"), p("Delårsrapport januari–augusti 2026", "cellbr")],
            [p("Socialnämnden"), p("Dnr SN 2026/0412", "cellr")],
        ]
        tbl = rl.RLTable(
            data,
            colWidths=[W / 2, W / 2],
            style=rl.TableStyle(
                [
                    ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.HexColor("#00466E")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 10)]

    base = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    cap = rl.ParagraphStyle("cap1", parent=r.styles["caption"], keepWithNext=1)

    def summary(b: Custom) -> list:
        counts = b.data["counts"]
        data = [[p("Prognos helår", "cellb"), p("Innebörd", "cellb"), p("Antal mål", "cellbr")]]
        cmds = [
            *base,
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ]
        for s in WORDS:
            i = len(data)
            data.append([p(WORDS[s]), p(MEANING[s]), p(str(counts[s]), "cellr")])
            cmds += [
                ("LINEBEFORE", (0, i), (0, i), 6, SWATCH[s]),
                ("LINEBELOW", (0, i), (-1, i), 0.3, colors.HexColor("#A0A0A0")),
            ]
        data.append([p("Summa", "cellb"), "", p(str(sum(counts.values())), "cellbr")])
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
        tbl = rl.RLTable(data, colWidths=[0.2 * W, 0.55 * W, 0.15 * W],
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            Paragraph("Tabell 1. Sammanfattning av måluppfyllelse", cap),
            tbl,
            rl.Spacer(1, 10),
        ]

    def goaltable(_b: Custom) -> list:
        widths = [w * W for w in (0.34, 0.13, 0.53)]
        head = [p("Mål", "cellb"), p("Prognos helår", "cellb"), p("Kommentar", "cellb")]
        part1 = [head]
        part2 = []
        for k, (g, s, c) in enumerate(GOALS):
            if k < SPLIT:
                part1.append([p(g), p(WORDS[s]), p(c)])
            elif k == SPLIT:
                assert g.startswith(SPLIT_TITLE) and c.startswith(SPLIT_COMMENT)
                part1.append([p(SPLIT_TITLE), p(WORDS[s]), p(SPLIT_COMMENT)])
                part2.append(
                    [p(g[len(SPLIT_TITLE) :].strip()), "", p(c[len(SPLIT_COMMENT) :].strip())]
                )
            else:
                part2.append([p(g), p(WORDS[s]), p(c)])

        def style(n: int, first: bool) -> rl.TableStyle:
            cmds = list(base)
            if first:
                cmds += [
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ]
            for j in range(1 if first else 0, n):
                if first and j == n - 1:
                    continue  # the split row has no rule at the page foot
                cmds.append(("LINEBELOW", (0, j), (-1, j), 0.3, colors.HexColor("#A0A0A0")))
            return rl.TableStyle(cmds)

        t1 = rl.RLTable(part1, colWidths=widths, style=style(len(part1), True), hAlign="LEFT")
        t2 = rl.RLTable(part2, colWidths=widths, style=style(len(part2), False), hAlign="LEFT")
        return [
            Paragraph("Tabell 2. Nämndens mål och prognos helår", cap),
            t1,
            PageBreak(),
            t2,
            rl.Spacer(1, 10),
        ]

    r.custom.update(masthead=masthead, summary=summary, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

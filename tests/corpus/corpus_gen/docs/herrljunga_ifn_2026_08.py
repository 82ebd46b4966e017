"""Herrljunga, Individ- och familjeomsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab,
Liberation Sans). The key-ratio table is split by sex as Swedish official statistics are: a
two-row header, each year (2024 | 2025 | 2026 (jan–aug)) spanning three columns Kvinnor | Män |
Totalt, then "Mål 2026" set over both header rows. Only the Totalt column is the year's value;
the sex columns are parts of it. Cells are suppressed as the statistics do: "x" (sekretess, few
individuals), ".." (uppgift saknas) and "–" (noll eller ej relevant), explained in a note under
the table; a suppressed Totalt cell has no value in the key, and rows that are not about persons
(hushåll) have "–" in both sex columns. Goals are assessed in the ordinary way, a heading per goal
with "Prognos helår: …" on the line below; a drift table closes the report."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)

MUNI = "Herrljunga kommun"
COMMITTEE = "Individ- och familjeomsorgsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
ACCENT = colors.HexColor("#6B1F3A")  # a wine red
INK = colors.HexColor("#1A1A1A")
TOTAL_BG = colors.HexColor("#F1ECEE")
HEAD_BG = colors.HexColor("#E9E1E4")

STATUS_WORD = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

YEARS = [("2024", "2024"), ("2025", "2025"), ("2026 (jan–aug)", "2026")]
X, NA, Z = Raw("x"), Raw(".."), Raw("–")

# name, fmt, [(K, M, T) for 2024, 2025, 2026], target; a group row is ("#", label)
KPIS: list = [
    ("#", "Barn och unga"),
    ("Inledda utredningar, barn och unga 0–20 år, antal", N, [(118, 141, 259), (126, 137, 263), (84, 97, 181)], "–"),
    ("Utredningar klara inom 120 dagar, andel %", N, [(81, 77, 79), (85, 82, 83), (90, 86, 88)], "≥ 90"),
    ("Barn och unga placerade i familjehem, antal", N, [(14, 17, 31), (12, 19, 31), (11, 16, 27)], "–"),
    ("Unga placerade på HVB eller SiS, antal", N, [(X, X, 4), (Z, 5, 5), (X, X, X)], "–"),
    ("Barn och unga som inte återaktualiserats inom ett år efter avslutad insats, andel %", N, [(NA, NA, NA), (84, 78, 81), (88, 80, 84)], "≥ 85"),
    ("Barn med samråd i Barnahus, antal", N, [(Z, Z, Z), (11, 8, 19), (9, 7, 16)], "–"),
    ("#", "Vuxna"),
    ("Vuxna med insats i missbruks- och beroendevårdens öppenvård, antal", N, [(21, 48, 69), (25, 52, 77), (19, 41, 60)], "–"),
    ("Vuxna i skyddat boende efter våld i nära relation, antal", N, [(X, X, 7), (9, Z, 9), (5, Z, 5)], "–"),
    ("#", "Ekonomiskt bistånd"),
    ("Hushåll med ekonomiskt bistånd, genomsnitt per månad", N, [(Z, Z, 142), (Z, Z, 151), (Z, Z, 146)], "≤ 140"),
    ("Vuxna biståndsmottagare med långvarigt bistånd, andel %", N, [(41, 36, 38), (43, 39, 41), (40, 37, 38)], "≤ 35"),
    ("Handläggningstid från ansökan till beslut, dagar", DEC1, [(9.4, 11.2, 10.3), (8.6, 9.9, 9.2), (7.2, 8.1, 7.6)], "≤ 8,0"),
    ("Avslutade bistånd som övergått till arbete eller studier, andel %", N, [(31, 38, 35), (33, 41, 37), (36, 40, 38)], "≥ 40"),
]  # fmt: skip

KPI_NOTE = (
    "Förklaring: x = uppgiften skyddas av sekretess (färre än tre personer eller en uppgift som "
    "annars kan röja en enskild), .. = uppgift saknas, – = noll eller ej relevant. Värdena för "
    "2024 och 2025 avser helår och värdena för 2026 perioden januari–augusti; antal placerade och "
    "antal i skyddat boende avser läget den 31 december respektive den 31 augusti. Uppgifter om "
    "hushåll redovisas inte efter kön. Samverkan i Barnahus Sjuhärad startade i januari 2025. "
    "Återaktualiseringar mäts sedan 2025. Källa: verksamhetssystemet och Kolada."
)

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr)
DRIFT = [
    ("Nämnd och ledning", 3_400, 2_180, 3_300),
    ("Barn och unga, öppenvård", 11_800, 7_640, 11_500),
    ("Barn och unga, placeringar", 24_600, 18_930, 27_900),
    ("Vuxna, missbruk och beroende", 8_200, 5_890, 8_900),
    ("Ekonomiskt bistånd", 16_500, 10_870, 16_100),
    ("Arbetsmarknadsenheten", 7_300, 4_620, 7_100),
    ("Våld i nära relationer", 2_100, 1_520, 2_300),
]

GOALS = [
    (
        "Barn och unga i behov av stöd ska få rätt insats i rätt tid",
        "partly",
        "Andelen utredningar som blev klara inom 120 dagar ökade till 88 procent under "
        "januari–augusti, jämfört med 83 procent helåret 2025, men når ännu inte målvärdet 90 "
        "procent. Andelen barn som inte återaktualiserats inom ett år efter avslutad insats var 84 "
        "procent. Fler barn har fått stöd i öppenvård på hemmaplan i stället för placering, men "
        "kostnaden för de placeringar som ändå behövts har varit hög.",
    ),
    (
        "Fler invånare med ekonomiskt bistånd ska nå egen försörjning",
        "expected_not_achieved",
        "Antalet hushåll med ekonomiskt bistånd var i genomsnitt 146 per månad, vilket är över "
        "målet om högst 140. Andelen med långvarigt bistånd var 38 procent och andelen avslutade "
        "bistånd som övergått till arbete eller studier 38 procent. Arbetsmarknaden i Sjuhärad "
        "har försvagats och färre praktikplatser har kunnat ordnas än planerat.",
    ),
    (
        "Handläggningen av ekonomiskt bistånd ska vara snabb och rättssäker",
        "expected_achieved",
        "Den genomsnittliga handläggningstiden från ansökan till beslut var 7,6 dagar under "
        "perioden, jämfört med 9,2 dagar 2025. E-ansökan används nu av sju av tio sökande och "
        "internkontrollens granskning av 40 akter visade inga allvarliga brister.",
    ),
    (
        "Den som utsatts för våld i nära relation ska få skydd och stöd utan dröjsmål",
        "expected_achieved",
        "Alla som ansökt om skyddat boende under perioden har fått beslut samma dag. Samverkan "
        "i Barnahus Sjuhärad har gjort att samråd kring barn som utsatts för brott kan hållas "
        "inom en vecka från polisanmälan.",
    ),
    (
        "Nämnden ska vara en attraktiv arbetsgivare som behåller och utvecklar sina medarbetare",
        "partly",
        "Personalomsättningen bland socialsekreterare har minskat, men två tjänster inom barn och "
        "unga har varit vakanta sedan våren och täcks av inhyrda konsulter. Introduktionsprogrammet "
        "för nya socialsekreterare har utökats till sex månader med mentor.",
    ),
]


def kpi_table() -> Table:
    cols = []
    for group, year in YEARS:
        cols += [
            Col(("Kvinnor",), group=group, width=1.0),
            Col(("Män",), group=group, width=1.0),
            Col(("Totalt",), year=year, group=group, width=1.0),
        ]
    cols.append(Col(("Mål 2026",), width=1.1))
    rows = []
    for k in KPIS:
        if k[0] == "#":
            rows.append(Row(k[1], [None] * len(cols), heading=True))
            continue
        name, fmt, years, target = k
        cells: list = [v for triple in years for v in triple]
        rows.append(Row(name, [*cells, Raw(target)], fmt=fmt))
    return Table(
        label_head=("Nyckeltal",),
        cols=cols,
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal efter kön",
        note=KPI_NOTE,
        label_width=3.8,
    )


def build() -> Doc:
    d = Doc(
        stem="herrljunga-individ-och-familjeomsorgsnamnden-delarsrapport-2026-08",
        municipality="Herrljunga",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Individ- och familjeomsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab, "
        "Liberation Sans), no title page",
        hard="a key-ratio table split by sex as Swedish official statistics are: a two-row header, "
        'each of "2024", "2025" and "2026 (jan–aug)" spanning three columns Kvinnor | Män | '
        'Totalt, then "Mål 2026" set over both header rows (targets "≥ 90", "≤ 8,0"), so each '
        "row has ten figures of which only every third is a year's value (2024 and 2025 full "
        'years, 2026 the period); cells suppressed as the statistics suppress them, "x" '
        '(sekretess), ".." (uppgift saknas) and "–" (noll eller ej relevant), explained in a '
        "note under the table: a Totalt cell suppressed in one year (x in 2026, .. and – for a "
        "whole year), sex cells suppressed beside a printed total, and a row about hushåll with "
        '"–" in both sex columns every year; group rows "Barn och unga" / "Vuxna" / '
        '"Ekonomiskt bistånd" inside the table, the unit at the end of each name (", andel %", '
        '", antal", ", dagar"); goals as headings with "Prognos helår: Uppnås delvis" below; a '
        "drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus "
        "prognosis)",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr IFN 2026/58\nBeslutad av nämnden 2026-09-22",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Individ- och familjeomsorgsnämnden redovisar en prognos för helåret 2026 med ett "
        "underskott om 3 200 tkr. Underskottet beror främst på kostnaderna för placeringar av barn "
        "och unga, som bedöms överskrida budget med 3 300 tkr. Ekonomiskt bistånd och "
        "arbetsmarknadsenheten bedöms tillsammans ge ett överskott om 600 tkr."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås vid årets slut, två delvis uppnås och ett inte "
        "uppnås. Handläggningstiderna inom både barn och unga och ekonomiskt bistånd har blivit "
        "kortare, medan antalet hushåll med ekonomiskt bistånd fortfarande är högre än målet."
    )
    d.h(1, "Viktiga händelser under perioden")
    d.bullets(
        "Familjecentralen på Mörlanda öppnade i mars i samverkan med Västra Götalandsregionen.",
        "En ny arbetsmodell för tidiga insatser i öppenvården har införts i hela förvaltningen.",
        "Nämnden har tillsammans med Vårgårda kommun upphandlat ramavtal för familjehemsvård.",
        "Två socialsekreterartjänster inom barn och unga har varit vakanta sedan april.",
    )
    d.h(1, "Nämndens mål och måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2026. Bedömningen nedan är en prognos för helåret och görs "
        "utifrån utfallet för januari–augusti och nyckeltalen i tabell 1."
    )
    for title, status, comment in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "status": status, "comment": comment},
                words=f"{title}\nPrognos helår: {STATUS_WORD[status]}\n{comment}",
            )
        )
    d.h(1, "Nyckeltal")
    d.p(
        "Nyckeltalen redovisas efter kön där det är möjligt. Små tal skyddas av sekretess och "
        "redovisas inte, så att enskilda personer inte ska kunna identifieras."
    )
    t = kpi_table()
    d.add(Custom("kpitable", {"table": t}, words=t.text()))
    d.h(1, "Ekonomi")
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot[0] - tot[2] == -3_200, tot
    rows.append(Row("Summa nämnden", [*tot, tot[0] - tot[2]], total=True))
    d.p(
        "Nämnden har en budgetram om 73 900 tkr för 2026. Utfallet för januari–augusti är "
        "51 650 tkr och prognosen för helåret 77 100 tkr, vilket ger ett underskott om 3 200 tkr."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; negativt belopp innebär underskott.",
            label_width=3.0,
        )
    )
    d.p(
        "Placeringarna av barn och unga är nämndens största ekonomiska risk. Under våren har flera "
        "ungdomar placerats på HVB med kort varsel, och dygnskostnaden för de placeringarna "
        "överstiger 6 000 kronor. Missbruks- och beroendevården har fler vuxna i öppenvård än "
        "tidigare år. Ekonomiskt bistånd bedöms ge ett överskott om 400 tkr trots att antalet "
        "hushåll är högre än målet, eftersom de utbetalda beloppen per hushåll har minskat."
    )
    d.h(1, "Åtgärder och framtid")
    d.p(
        "För att minska underskottet ser förvaltningen över alla pågående placeringar och prövar "
        "om insatsen kan ges i egna familjehem eller på hemmaplan. Rekryteringen av egna "
        "familjehem har intensifierats tillsammans med Vårgårda kommun. Nämnden föreslår inga "
        "neddragningar i öppenvården, eftersom den bedöms minska behovet av placeringar på sikt."
    )
    d.p(
        "Inför 2027 väntas fortsatt högt tryck på ekonomiskt bistånd och på insatser för barn och "
        "unga. Nämnden kommer att begära en utökad ram för placeringar i budgetdialogen."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm)
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 10,
        "leading": 13.5,
        "hcolor": ACCENT,
        "color": INK,
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFillColor(ACCENT)
        c.setFont(f"{font}-Bold", 8.5)
        c.drawString(lft, y, MUNI)
        c.setFillColor(colors.HexColor("#404040"))
        c.setFont(font, 8.5)
        c.drawRightString(A4[0] - rgt, y, COMMITTEE)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.setFont(font, 8)
        c.drawString(lft, fy, TITLE)
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=ACCENT
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Dnr IFN 2026/58", "meta"),
            r.para("Beslutad av nämnden 2026-09-22", "meta"),
            rl.Spacer(1, 10),
        ]

    def goal(b: Custom) -> list:
        gst = rl.ParagraphStyle(
            "g", parent=r.styles["h3"], fontSize=10.5, leading=13, textColor=INK, spaceBefore=8
        )
        pst = rl.ParagraphStyle(
            "gp", parent=r.styles["body"], fontName=f"{font}-Bold", spaceAfter=2
        )
        return [
            KeepTogether(
                [
                    Paragraph(rl.escape(b.data["title"]), gst),
                    Paragraph(f"Prognos helår: {STATUS_WORD[b.data['status']]}", pst),
                    r.para(b.data["comment"]),
                ]
            )
        ]

    def kpitable(b: Custom) -> list:
        t: Table = b.data["table"]
        size = 7.6
        cst = rl.ParagraphStyle("kc", parent=r.styles["cell"], fontSize=size, leading=size * 1.2)
        cr = rl.ParagraphStyle("kcr", parent=cst, alignment=rl.TA_RIGHT)
        cb = rl.ParagraphStyle("kcb", parent=cst, fontName=f"{font}-Bold")
        cbr = rl.ParagraphStyle("kcbr", parent=cb, alignment=rl.TA_RIGHT)
        ccb = rl.ParagraphStyle("kccb", parent=cb, alignment=1)
        widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
        colw = [w * W / sum(widths) for w in widths]
        ncol = len(t.cols)
        head0: list = [Paragraph("", cb)]
        for group, _y in YEARS:
            head0 += [Paragraph(rl.escape(group), ccb), "", ""]
        head0.append(Paragraph("Mål 2026", cbr))
        head1: list = [Paragraph("Nyckeltal", cb)]
        for c in t.cols[:-1]:
            head1.append(Paragraph(c.head[0], cbr))
        head1.append("")
        data = [head0, head1]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("SPAN", (ncol, 0), (ncol, 1)),
            ("BACKGROUND", (0, 0), (-1, 1), HEAD_BG),
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ]
        for k in range(3):
            c0 = 1 + 3 * k
            cmds += [
                ("SPAN", (c0, 0), (c0 + 2, 0)),
                ("LINEBELOW", (c0, 0), (c0 + 2, 0), 0.4, colors.HexColor("#8C7A80")),
                ("LINEBEFORE", (c0, 0), (c0, -1), 0.4, colors.HexColor("#B8A9AE")),
            ]
        cmds.append(("LINEBEFORE", (ncol, 0), (ncol, -1), 0.4, colors.HexColor("#B8A9AE")))
        for row in t.rows:
            i = len(data)
            if row.heading:
                data.append([Paragraph(rl.escape(row.label), cb)] + [""] * ncol)
                cmds.append(("TOPPADDING", (0, i), (-1, i), 5))
                continue
            cells = [Paragraph(rl.escape(row.label), cst)]
            for j, (c, v) in enumerate(zip(t.cols, row.cells, strict=True)):
                s = t.fmt_cell(row, c, v)
                cells.append(Paragraph(rl.escape(s), cbr if j % 3 == 2 and j < 9 else cr))
            data.append(cells)
            cmds.append(("LINEBELOW", (0, i), (-1, i), 0.25, colors.HexColor("#CFC4C8")))
        for k in range(3):
            c = 3 + 3 * k
            cmds.append(("BACKGROUND", (c, 2), (c, -1), TOTAL_BG))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, INK))
        tbl = rl.RLTable(
            data, colWidths=colw, repeatRows=2, style=rl.TableStyle(cmds), hAlign="LEFT"
        )
        nst = rl.ParagraphStyle(
            "kn", parent=r.styles["note"], fontName=font, fontSize=7.6, leading=9.6
        )
        return [
            KeepTogether([r.para(t.caption or "", "caption"), tbl, rl.Spacer(1, 3)]),
            Paragraph(rl.escape(t.note or ""), nst),
        ]

    r.custom.update(masthead=masthead, goal=goal, kpitable=kpitable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

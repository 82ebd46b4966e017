"""Tibro, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito body,
DejaVu Sans for the arrows) in a template whose tables print more than a number in a cell.

The key-ratio table Nyckeltal | Jan–aug 2025 | Jan–aug 2026 | Förändring | Mål 2026: each outcome
cell holds the value followed by a coloured trend arrow glyph ("87 % ↑", "12,4 ↓", "1 046 →",
the arrow against the same period a year earlier, → for a change under 1 % or 1 procentenhet);
the Förändring column holds signed differences 2026 minus 2025 ("+3 %-enheter", "−4,5", "+3,2")
that are not year values; the target column holds targets with words and parentheses ("(mål ≥
90 %)", "minst 80 %", "≤ 14 dagar", "ska öka", "–"). The volume table Volym | Jan–aug 2026
(2025) | Förändring has two numbers in each cell, the period's value and in parentheses the same
period of the year before ("412 (398)", "109 760 (95 840)"; a new service "24 (–)"), keyed to 2026
and 2025. Five goals are ordinary headings with a "Bedömning helår:" line and a comment; a drift
table closes the report.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

MINUS = "−"
N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
TKR = NumFmt(minus=MINUS)

MUNI = "Tibro kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"

BLUE = colors.HexColor("#1B4F8A")
GREEN = colors.HexColor("#2E7D32")
RED = colors.HexColor("#C62828")
GREY = colors.HexColor("#6B6B6B")
HEAD_BG = colors.HexColor("#DCE6F1")
RULE = colors.HexColor("#A6B8CC")

UP, DOWN, SAME = "↑", "↓", "→"

# name, (2024 hidden: only for the 2025 cell's arrow), 2025, 2026, kind, target, wanted direction
# kind: "pct" (whole %), "pct1" (one decimal, %), "int", "dec1"
KPIS = [
    (
        "Andel brukare som är nöjda med hemtjänsten som helhet",
        86,
        84,
        87,
        "pct",
        "(mål ≥ 90 %)",
        +1,
    ),
    (
        "Handläggningstid för ansökan om hemtjänst, dagar (median)",
        18,
        16,
        12,
        "int",
        "≤ 14 dagar",
        -1,
    ),
    (
        "Antal personal som en brukare med hemtjänst möter under 14 dagar",
        14.1,
        13.6,
        12.4,
        "dec1",
        "högst 12",
        -1,
    ),
    (
        "Genomsnittligt antal hemtjänsttimmar per brukare och månad",
        28.7,
        30.1,
        33.3,
        "dec1",
        "–",
        0,
    ),
    (
        "Antal hembesök av hemsjukvården, genomsnitt per månad",
        1012,
        1039,
        1046,
        "int",
        "–",
        0,
    ),
    (
        "Väntetid till särskilt boende från beslut till erbjudande, dagar (medel)",
        49.0,
        52.0,
        47.5,
        "dec1",
        "högst 45",
        -1,
    ),
    (
        "Andel utskrivningsklara patienter som tagits hem inom tre dagar",
        74,
        78,
        83,
        "pct",
        "minst 80 %",
        +1,
    ),
    (
        "Andel brukare i särskilt boende som är nöjda med maten",
        74,
        76,
        74,
        "pct",
        "minst 80 %",
        +1,
    ),
    (
        "Sjukfrånvaro bland medarbetarna",
        10.3,
        9.1,
        8.6,
        "pct1",
        "(mål ≤ 8,0 %)",
        -1,
    ),
    (
        "Andel medarbetare som arbetar heltid",
        61,
        64,
        67,
        "pct",
        "ska öka",
        +1,
    ),
]

FMT = {"pct": PCT, "pct1": PCT1, "int": N, "dec1": DEC1}

# volume, Jan–aug 2026, Jan–aug 2025 (None: the service did not exist)
PERSONS = (412, 398)
VOLUMES = [
    ("Personer med hemtjänst, genomsnitt per månad", 412, 398),
    # hours = persons × hours per person and month (the KPI table) × 8 months, to the ten
    ("Utförda hemtjänsttimmar", int(round(412 * 33.3 * 8, -1)), int(round(398 * 30.1 * 8, -1))),
    ("Belagda platser i särskilt boende, genomsnitt", 118, 121),
    ("Personer i kö till särskilt boende, 31 augusti", 6, 11),
    ("Vårddygn i korttidsboende", 1924, 2106),
    ("Personer med insats enligt LSS", 84, 81),
    ("Abonnenter med trygghetslarm, 31 augusti", 356, 349),
    ("Platser i trygghetsboende", 24, None),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och förvaltningsledning", 6_800, 4_390, 6_650),
    ("Biståndshandläggning", 8_900, 5_810, 8_700),
    ("Hemtjänst", 58_400, 40_120, 60_900),
    ("Särskilt boende", 96_200, 64_580, 97_100),
    ("Hälso- och sjukvård, rehabilitering", 31_500, 20_640, 31_200),
    ("Funktionsstöd", 52_700, 34_910, 52_100),
]

# title, status, comment
GOALS = [
    (
        "Brukarna ska vara nöjda med kvaliteten i hemtjänsten",
        "partly",
        "Andelen nöjda brukare ökade till 87 procent i vårens brukarundersökning men når inte "
        "målvärdet. Antalet personal som en brukare möter har minskat efter att hemtjänsten "
        "delats in i mindre arbetslag, och handläggningstiden för nya ansökningar är nu tolv "
        "dagar. Kontinuiteten behöver förbättras ytterligare under hösten.",
    ),
    (
        "Väntetiden till särskilt boende ska minska",
        "expected_achieved",
        "Den genomsnittliga väntetiden har minskat med fyra och en halv dag jämfört med samma "
        "period i fjol, och kön var sex personer den 31 augusti. Ingen har väntat längre än "
        "tre månader. Nämnden bedömer att väntetiden fortsätter att minska under hösten.",
    ),
    (
        "Den som skrivs ut från sjukhus ska komma hem tryggt och utan onödig väntan",
        "expected_achieved",
        "Trygg hemgång-teamet har varit fullt bemannat hela perioden och 83 procent av de "
        "utskrivningsklara patienterna har tagits hem inom tre dagar. Kommunen har inte "
        "betalat något betalningsansvar till Skaraborgs sjukhus under perioden.",
    ),
    (
        "Måltiden i särskilt boende ska vara god och en trivsam stund på dagen",
        "expected_not_achieved",
        "Andelen som är nöjda med maten har minskat till 74 procent. Omläggningen till "
        "tillagningskök på Rudenstams gård har försenats till 2027, och de boendes synpunkter "
        "gäller främst att maten serveras för tidigt på kvällen. Målet bedöms inte uppnås "
        "under året.",
    ),
    (
        "Nämnden ska vara en attraktiv arbetsgivare med friska medarbetare",
        "partly",
        "Sjukfrånvaron har minskat till 8,6 procent men är högre än målet om 8,0 procent. "
        "Andelen medarbetare som arbetar heltid har ökat med tre procentenheter sedan "
        "heltidsresan inleddes i särskilt boende.",
    ),
]

STATUS_WORD = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}


# ---------------------------------------------------------------- the cells as printed


def arrow(prev: float, cur: float, kind: str) -> str:
    """↑ / ↓ / → against the same period a year earlier; → when the change is under one
    procentenhet (percent values) or under one percent (other values), as the note says."""
    d = cur - prev
    small = abs(d) < 1 if kind.startswith("pct") else abs(d) < 0.01 * abs(prev)
    if small:
        return SAME
    return UP if d > 0 else DOWN


def arrow_color(a: str, want: int) -> colors.Color:
    if a == SAME or want == 0:
        return GREY
    return GREEN if (a == UP) == (want > 0) else RED


def change(prev: float, cur: float, kind: str) -> str:
    """Förändring: 2026 minus 2025, signed; percent values in procentenheter."""
    d = round(cur - prev, 1)
    dec = 0 if kind in ("pct", "int") else 1
    s = NumFmt(dec=dec, minus=MINUS, plus=True)(d)
    if kind.startswith("pct"):
        s += " %-enhet" if abs(d) == 1 else " %-enheter"
    return s


def kpi_cells(k: tuple) -> tuple[str, str, str, str, str, str, str]:
    """(name, v2025, arrow 2025, v2026, arrow 2026, förändring, target) as printed."""
    name, v24, v25, v26, kind, target, _want = k
    f = FMT[kind]
    return (
        name,
        f(v25),
        arrow(v24, v25, kind),
        f(v26),
        arrow(v25, v26, kind),
        change(v25, v26, kind),
        target,
    )


def vol_cell(v26: float, v25: float | None) -> str:
    return f"{N(v26)} ({'–' if v25 is None else N(v25)})"


def vol_change(v26: float, v25: float | None) -> str:
    if v25 is None:
        return "–"
    return NumFmt(dec=1, minus=MINUS, plus=True, suffix=" %")(round(100 * (v26 - v25) / v25, 1))


KPI_HEAD = ("Nyckeltal", "Jan–aug 2025", "Jan–aug 2026", "Förändring", "Mål 2026")
KPI_CAPTION = "Tabell 1. Nyckeltal januari–augusti"
KPI_NOTE = (
    "Utfallet avser perioden januari–augusti respektive år. Pilen visar utvecklingen jämfört med "
    "samma period året innan: ↑ ökning, ↓ minskning, → oförändrat (förändring mindre än en "
    "procentenhet respektive en procent). Grön pil: utveckling åt önskat håll, röd pil: åt fel "
    "håll. Förändring = utfall 2026 minus utfall 2025."
)
VOL_HEAD = ("Volym", "Jan–aug 2026 (2025)", "Förändring")
VOL_CAPTION = "Tabell 2. Volymer januari–augusti"
VOL_NOTE = (
    "Värdet inom parentes avser samma period 2025. Trygghetsboendet Lärkan öppnade i februari "
    "2026 och saknar jämförelsetal."
)


def kpi_words() -> str:
    lines = [KPI_CAPTION, "\t".join(KPI_HEAD)]
    for k in KPIS:
        name, v25, a25, v26, a26, ch, target = kpi_cells(k)
        lines.append("\t".join([name, f"{v25} {a25}", f"{v26} {a26}", ch, target]))
    lines.append(KPI_NOTE)
    return "\n".join(lines)


def vol_words() -> str:
    lines = [VOL_CAPTION, "\t".join(VOL_HEAD)]
    for name, v26, v25 in VOLUMES:
        lines.append("\t".join([name, vol_cell(v26, v25), vol_change(v26, v25)]))
    lines.append(VOL_NOTE)
    return "\n".join(lines)


def kpi_key_table() -> Table:
    """The key's view of tables 1 and 2 (not drawn): one value per year."""
    rows = [Row(k[0], [k[2], k[3]], fmt=FMT[k[4]]) for k in KPIS]
    rows += [Row(name, [v25, v26]) for name, v26, v25 in VOLUMES]
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col(("2025",), year="2025"), Col(("2026",), year="2026")],
        rows=rows,
        kind="kpi",
    )


# ---------------------------------------------------------------- the document


def build() -> Doc:
    d = Doc(
        stem="tibro-vard-och-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Tibro",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, delårsrapport januari–augusti 2026 of a small kommun "
        "(reportlab, Carlito, the arrows in DejaVu Sans), no title page",
        hard="table cells that hold more than a number: in the key-ratio table Nyckeltal | "
        "Jan–aug 2025 | Jan–aug 2026 | Förändring | Mål 2026 every outcome cell is the value "
        'followed by a coloured trend arrow glyph ("87 % ↑", "12,4 ↓", "1 046 →", '
        "green or red by whether the change is wanted, grey for →), the Förändring column holds "
        'signed differences 2026 minus 2025 that are not year values ("+3 %-enheter", '
        '"−0,5 %-enheter", "−4,5", "+3,2"), and the target column holds targets with words and '
        'parentheses ("(mål ≥ 90 %)", "minst 80 %", "≤ 14 dagar", "högst 12", "ska öka", "–"); '
        "a volume table Volym | Jan–aug 2026 (2025) | Förändring whose cells hold two numbers, "
        'the period\'s value and the same period of 2025 in parentheses ("412 (398)", '
        '"109 760 (95 840)", a new service "24 (–)"), keyed 2026 and 2025, and a Förändring '
        'column in percent ("+3,5 %"); five goals as headings with "Bedömning helår: Uppnås '
        'delvis" and a comment; a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | '
        "Avvikelse (tkr, budget minus prognosis) with Summa; running header and footer",
    )
    # the data add up
    n: dict[str, int] = {}
    for _t, s, _c in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"partly": 2, "expected_achieved": 2, "expected_not_achieved": 1}, n
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    dev = tot[0] - tot[2]
    assert dev == -2_150, tot
    assert VOLUMES[0][1:] == PERSONS
    arrows = [kpi_cells(k)[4] for k in KPIS]
    assert arrows.count(SAME) >= 2 and UP in arrows and DOWN in arrows, arrows

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr VON 2026/58",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Vård- och omsorgsnämnden redovisar i delårsrapporten verksamhet, måluppfyllelse och "
        "ekonomi för perioden januari–augusti 2026. Behovet av hemtjänst har fortsatt att öka: "
        "fler personer har hemtjänst och varje brukare har i genomsnitt fler timmar än under "
        "samma period i fjol. Väntetiden till särskilt boende har samtidigt minskat och "
        "utskrivningarna från sjukhus fungerar väl."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två delvis uppnås och ett inte uppnås vid årets "
        "slut. Prognosen för helåret är ett underskott om 2 150 tkr, som i sin helhet beror på "
        "de ökade volymerna inom hemtjänsten."
    )
    d.h(1, "Viktiga händelser under perioden", "2")
    d.bullets(
        "Trygghetsboendet Lärkan med 24 lägenheter öppnade i februari.",
        "Hemtjänsten delades i maj in i sex mindre arbetslag med egna geografiska områden.",
        "Heltidsresan har inletts i särskilt boende; alla nyanställda erbjuds heltid.",
        "Ett nytt verksamhetssystem för hälso- och sjukvården togs i bruk i april.",
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämnden har fem mål för 2026. Bedömningen avser prognosen för helåret och grundar sig "
        "på utfallet för januari–augusti och på nyckeltalen i avsnitt 4."
    )
    for title, status, comment in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "status": status, "comment": comment},
                words=f"{title}\nBedömning helår: {STATUS_WORD[status]}\n{comment}",
            )
        )
    d.h(1, "Nyckeltal och volymer", "4")
    d.p(
        "Tabell 1 visar nämndens nyckeltal för perioden med pil för utvecklingen och målvärde "
        "för 2026. Tabell 2 visar volymerna inom nämndens största verksamheter."
    )
    d.add(Custom("kpitable", {"table": kpi_key_table()}, words=kpi_words()))
    p26, p25 = PERSONS
    d.p(
        f"Antalet personer med hemtjänst har ökat med {p26 - p25} jämfört med samma period i "
        "fjol och de utförda timmarna med drygt 14 procent. Platserna i särskilt boende har "
        "minskat något efter att ett av boendena på Rudenstams gård byggs om."
    )
    d.add(Custom("voltable", {}, words=vol_words()))
    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämndens budget för 2026 är 254 500 tkr. Utfallet för januari–augusti är 170 450 tkr, "
        "och prognosen för helåret är ett underskott om 2 150 tkr. Hemtjänsten prognostiserar "
        "ett underskott om 2 500 tkr till följd av fler beviljade timmar, och särskilt boende "
        "ett underskott om 900 tkr för bemanning under ombyggnaden. Övriga verksamheter visar "
        "mindre överskott, främst genom vakanta tjänster."
    )
    assert tot[:2] == [254_500, 170_450], tot
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Summa", [*tot, dev], total=True))
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
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; negativt belopp är ett underskott.",
            fmt=TKR,
            label_width=2.8,
        )
    )
    d.h(1, "Framtid", "6")
    d.p(
        "Antalet invånare över 80 år i Tibro ökar med omkring fyra procent per år, och behovet "
        "av hemtjänst väntas fortsätta att växa. Nämnden kommer i budgetarbetet för 2027 att "
        "föreslå en förstärkning av hemtjänstens ram och en plan för fler platser i särskilt "
        "boende när ombyggnaden av Rudenstams gård är klar."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm)
    font = "Carlito"
    o = {
        "font": font,
        "size": 11,
        "leading": 14.5,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()  # noqa: N806
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFillColor(GREY)
        c.setFont(f"{font}-Bold", 9)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 9)
        c.drawRightString(A4[0] - rgt, y, TITLE)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.line(lft, fy + 11, A4[0] - rgt, fy + 11)
        c.setFont(font, 8.5)
        c.drawString(lft, fy, COMMITTEE)
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    cell = rl.ParagraphStyle("c", parent=r.styles["cell"], fontSize=9.5, leading=11.5)
    cellr = rl.ParagraphStyle("cr", parent=cell, alignment=2)
    head = rl.ParagraphStyle("h", parent=cell, fontName=f"{font}-Bold")
    headr = rl.ParagraphStyle("hr", parent=head, alignment=2)
    note = r.styles["note"]

    def arrows_markup(s: str) -> str:
        s = escape(s)
        for a in (UP, DOWN, SAME):
            s = s.replace(a, f'<font name="DejaVuSans" size="8.5">{a}</font>')
        return s

    def val(v: str, a: str, want: int) -> Paragraph:
        hexc = arrow_color(a, want).hexval()[2:]
        return Paragraph(
            f'{escape(v)}\u00a0<font name="DejaVuSans" size="8.5" color="#{hexc}">{a}</font>',
            cellr,
        )

    def table_style(n_rows: int) -> rl.TableStyle:
        return rl.TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=22, leading=27, textColor=BLUE, spaceAfter=2
        )
        sub = rl.ParagraphStyle("s", parent=r.styles["subtitle"], fontSize=15, leading=19)
        meta = rl.ParagraphStyle("m", parent=r.styles["meta"], textColor=GREY)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph("Dnr VON 2026/58", meta),
            rl.Spacer(1, 6),
        ]

    gtitle = rl.ParagraphStyle(
        "gt",
        parent=r.styles["body"],
        fontName=f"{font}-Bold",
        fontSize=11.5,
        leading=14,
        textColor=BLUE,
        spaceBefore=6,
        spaceAfter=1,
    )

    def goal(b: Custom) -> list:
        st = STATUS_WORD[b.data["status"]]
        return [
            KeepTogether(
                [
                    Paragraph(escape(b.data["title"]), gtitle),
                    Paragraph(f"<b>Bedömning helår:</b> {escape(st)}", r.styles["body"]),
                    Paragraph(escape(b.data["comment"]), r.styles["body"]),
                ]
            )
        ]

    def kpitable(_b: Custom) -> list:
        data = [[Paragraph(h, head if j == 0 else headr) for j, h in enumerate(KPI_HEAD)]]
        for k in KPIS:
            name, v25, a25, v26, a26, ch, target = kpi_cells(k)
            want = k[6]
            data.append(
                [
                    Paragraph(escape(name), cell),
                    val(v25, a25, want),
                    val(v26, a26, want),
                    Paragraph(escape(ch), cellr),
                    Paragraph(escape(target), cellr),
                ]
            )
        widths = [0.40, 0.13, 0.13, 0.16, 0.18]
        t = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            style=table_style(len(data)),
            repeatRows=1,
            hAlign="LEFT",
        )
        return [
            Paragraph(KPI_CAPTION, r.styles["caption"]),
            t,
            rl.Spacer(1, 3),
            Paragraph(arrows_markup(KPI_NOTE), note),
        ]

    def voltable(_b: Custom) -> list:
        data = [[Paragraph(h, head if j == 0 else headr) for j, h in enumerate(VOL_HEAD)]]
        for name, v26, v25 in VOLUMES:
            data.append(
                [
                    Paragraph(escape(name), cell),
                    Paragraph(escape(vol_cell(v26, v25)), cellr),
                    Paragraph(escape(vol_change(v26, v25)), cellr),
                ]
            )
        widths = [0.56, 0.26, 0.18]
        t = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            style=table_style(len(data)),
            repeatRows=1,
            hAlign="LEFT",
        )
        return [
            KeepTogether(
                [
                    Paragraph(VOL_CAPTION, r.styles["caption"]),
                    t,
                    rl.Spacer(1, 3),
                    Paragraph(escape(VOL_NOTE), note),
                ]
            )
        ]

    r.custom.update(masthead=masthead, goal=goal, kpitable=kpitable, voltable=voltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Nordmaling, Socialnämnden, månadsrapport per november 2026 (reportlab, Liberation Sans body,
DejaVu Sans Condensed in the tables): the drift table is an economy system's prognosis report
that keeps the prognosis history, Budget 2026 | Utfall jan–nov | Prognos helår nov | Prognos
helår okt | Förändring mot okt | Avvikelse mot budget (tkr), so two columns are full-year
forecasts and only the first is this month's; "Förändring mot okt" is prognos okt minus prognos
nov (negative = the forecast cost rose) and "Avvikelse mot budget" is budget minus prognos nov.
Rows on three levels: bold shaded "Verksamhetsområde …" rows carrying their own sums above their
indented units, one unit ("Särskilt boende") itself a bold subtotal over two further-indented
homes, and "Summa nämnden" last; the key holds every row as printed, subtotals and units alike.
A small goal table Nämndmål | Prognos helår | Kommentar with short status words; no KPI table
(the key's kpis list is empty)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
SIGNED = NumFmt(plus=True)
BLUE = colors.HexColor("#1F4E79")
AREA_BG = colors.HexColor("#DDE6EE")
GREY = colors.HexColor("#595959")

# (label, budget 2026, utfall jan–nov, prognos helår nov, prognos helår okt), tkr net cost;
# a tuple label with a list: a subtotal row over further-indented units
AREAS = [
    (
        "Verksamhetsområde Ledning och administration",
        [
            ("Socialnämnden", 1_150, 980, 1_080, 1_100),
            ("Förvaltningsledning", 8_900, 7_950, 8_700, 8_750),
            ("Bemanning och schemaläggning", 3_400, 3_320, 3_650, 3_600),
        ],
    ),
    (
        "Verksamhetsområde Individ- och familjeomsorg",
        [
            ("Barn och familj", 12_600, 12_880, 14_100, 13_500),
            ("Vuxna och beroende", 5_200, 4_410, 4_850, 4_900),
            ("Ekonomiskt bistånd", 7_800, 7_640, 8_350, 8_300),
            ("Mottagning och utredning", 6_300, 5_710, 6_250, 6_250),
        ],
    ),
    (
        "Verksamhetsområde Funktionsstöd",
        [
            ("Bostad med särskild service LSS", 21_400, 19_380, 21_150, 21_200),
            ("Personlig assistans", 9_600, 9_260, 10_150, 9_900),
            ("Daglig verksamhet", 6_800, 6_020, 6_600, 6_650),
        ],
    ),
    (
        "Verksamhetsområde Äldreomsorg",
        [
            ("Hemtjänst", 38_500, 36_240, 39_650, 39_300),
            (
                "Särskilt boende",
                [
                    ("Björkbacka äldreboende", 27_300, 25_010, 27_350, 27_400),
                    ("Strandgårdens äldreboende", 24_900, 22_930, 25_050, 24_800),
                ],
            ),
            ("Hälso- och sjukvård", 15_700, 14_020, 15_400, 15_500),
        ],
    ),
]

COLS = [
    Col(("Budget", "2026")),
    Col(("Utfall", "jan–nov")),
    Col(("Prognos", "helår nov")),
    Col(("Prognos", "helår okt")),
    Col(("Förändring", "mot okt"), fmt=SIGNED),
    Col(("Avvikelse", "mot budget")),
]

# (goal, status, printed status, comment)
GOALS = [
    (
        "Barn och unga i behov av stöd ska i första hand få insatser i hemmiljön",
        "partly",
        "Delvis",
        "Öppenvården har tagit emot fler familjer, men två nya placeringar har behövts i höst.",
    ),
    (
        "Väntetiden från beslut till erbjuden plats i särskilt boende ska vara högst 60 dagar",
        "expected_achieved",
        "Uppnås",
        "Genomsnittlig väntetid januari–november är 41 dagar.",
    ),
    (
        "Andelen brukare som är nöjda med hemtjänsten ska öka",
        "unassessed",
        "Ej bedömt",
        "Brukarundersökningen redovisas i årsredovisningen.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "expected_not_achieved",
        "Uppnås ej",
        "Prognosen visar ett underskott om 2 780 tkr.",
    ),
]

STATUS_BG = {
    "partly": colors.HexColor("#FFE699"),
    "expected_achieved": colors.HexColor("#C6E0B4"),
    "unassessed": colors.HexColor("#E7E6E6"),
    "expected_not_achieved": colors.HexColor("#F4B183"),
}


def cells(b: int, u: int, pn: int, po: int) -> list[int]:
    return [b, u, pn, po, po - pn, b - pn]


def add(a: list[int], b: tuple[int, ...] | list[int]) -> list[int]:
    return [x + y for x, y in zip(a, b, strict=True)]


def drift_rows() -> tuple[list[Row], list[int]]:
    rows: list[Row] = []
    grand = [0, 0, 0, 0]
    for area, units in AREAS:
        area_rows: list[Row] = []
        tot = [0, 0, 0, 0]
        for unit in units:
            if isinstance(unit[1], list):
                name, subs = unit
                sub_tot = [0, 0, 0, 0]
                for s in subs:
                    sub_tot = add(sub_tot, s[1:])
                area_rows.append(Row(name, cells(*sub_tot), indent=1, total=True))
                for s in subs:
                    area_rows.append(Row(s[0], cells(*s[1:]), indent=2))
                tot = add(tot, sub_tot)
            else:
                area_rows.append(Row(unit[0], cells(*unit[1:]), indent=1))
                tot = add(tot, unit[1:])
        rows.append(Row(area, cells(*tot), total=True))
        rows.extend(area_rows)
        grand = add(grand, tot)
    rows.append(Row("Summa nämnden", cells(*grand), total=True))
    return rows, grand


def drift_table() -> Table:
    rows, _ = drift_rows()
    return Table(
        label_head=("Verksamhet",),
        cols=COLS,
        rows=rows,
        kind="unit",
        caption="Driftredovisning med prognoshistorik, nettokostnad (tkr)",
        note="Förändring mot okt = prognos helår okt minus prognos helår nov; negativt belopp "
        "betyder att prognosen har försämrats sedan oktober. Avvikelse mot budget = budget 2026 "
        "minus prognos helår nov; negativt belopp = underskott.",
        label_width=3.3,
    )


def build() -> Doc:
    d = Doc(
        stem="nordmaling-socialnamnden-manadsrapport-2026-11",
        municipality="Nordmaling",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-11-30",
        title="Månadsrapport per november 2026",
        engine="reportlab",
        what="Socialnämnden, månadsrapport per november 2026 (reportlab, Liberation Sans, DejaVu "
        "Sans Condensed tables), no title page",
        hard="a drift table from an economy system's prognosis report that keeps the prognosis "
        "history: Budget 2026 | Utfall jan–nov | Prognos helår nov | Prognos helår okt | "
        "Förändring mot okt | Avvikelse mot budget (tkr), two full-year forecast columns whose "
        "headers differ only in the month, the current one first, then the signed change "
        '("+50", "-600", "0"; prognos okt minus prognos nov, so a negative change is a higher '
        "forecast cost) and the deviation (budget minus prognos nov); rows on three levels: bold "
        'shaded "Verksamhetsområde …" rows carrying their own sums above their indented units, '
        "two of them wrapped over two lines with the figures on the second, "
        'one unit ("Särskilt boende") a bold subtotal of its own over two further-indented '
        'homes, and "Summa nämnden" last, every row in the key as printed; the economy system\'s '
        'run line above the table ("Period 202611"); four goals in a small table Nämndmål | '
        'Prognos helår | Kommentar with short status words on tinted cells ("Uppnås", "Delvis", '
        '"Uppnås ej", "Ej bedömt"); no KPI table; the municipality as "Nordmalings kommun" in '
        "the masthead and the running header",
    )
    t = drift_table()
    _, grand = drift_rows()
    dev, change = grand[0] - grand[2], grand[3] - grand[2]
    assert (dev, change) == (-2_780, -1_180), (dev, change)
    d.add(
        Custom(
            "masthead",
            {},
            words="Nordmalings kommun\nDatum: 2026-12-09\nDnr: SN 2026/141\n"
            "Månadsrapport per november 2026\nSocialnämnden",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Socialnämnden prognostiserar ett underskott om 2 780 tkr för helåret 2026. Prognosen har "
        "försämrats med 1 180 tkr sedan oktoberrapporten, främst inom barn och familj, där två "
        "placeringar på hem för vård eller boende har tillkommit under november, och inom "
        "hemtjänsten och personlig assistans."
    )
    d.p(
        "Utfallet januari–november motsvarar 92,7 procent av årsbudgeten. Decembers kostnader "
        "bedöms bli något högre än ett genomsnittligt månadsutfall på grund av semesterlöneskuld "
        "och helgersättningar under jul och nyår."
    )
    d.h(1, "Ekonomi")
    d.add(
        Custom(
            "drift",
            {"table": t},
            words="Rapport: SN Drift prognos · Period 202611 · Körd 2026-12-07 · Belopp i tkr\n"
            + t.text(),
        )
    )
    d.h(2, "Kommentarer till prognosen")
    d.p(
        "Ledning och administration: Bemanningsenheten har haft högre kostnader för "
        "timanställda än planerat, och dess prognos har försämrats med 50 tkr sedan oktober."
    )
    d.p(
        "Individ- och familjeomsorg: Barn och familj har ökat sin prognos med 600 tkr sedan "
        "oktober efter två nya placeringar. Vuxna och beroende har färre externa placeringar "
        "än budgeterat. Kostnaden för ekonomiskt bistånd ligger kvar på en hög nivå."
    )
    d.p(
        "Funktionsstöd: Ett nytt beslut om personlig assistans enligt LSS har verkställts i "
        "november, vilket försämrar prognosen med 250 tkr. Daglig verksamhet och bostad med "
        "särskild service visar mindre överskott."
    )
    d.p(
        "Äldreomsorg: Hemtjänsten har utfört fler timmar än budgeterat, och Strandgårdens "
        "äldreboende har haft extra nattbemanning under hösten. Hälso- och sjukvården har lägre "
        "kostnader för hjälpmedel än beräknat."
    )
    d.h(2, "Åtgärder")
    d.p(
        "Förvaltningen fortsätter arbetet med att ersätta timanställningar med "
        "tillsvidareanställda i en gemensam bemanningspool och ser över hemtjänstens "
        "planering av insatser. Effekterna bedöms inte hinna påverka resultatet för 2026 i "
        "någon större omfattning."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fyra mål för 2026. Prognosen för helåret per november framgår av tabellen. "
        "Samtliga mål följs upp fullständigt i årsredovisningen."
    )
    for title, status, _printed, _c in GOALS:
        d.goal(title, status)
    d.add(
        Custom(
            "goals",
            {},
            words="Nämndmål\tPrognos helår\tKommentar\n"
            + "\n".join(f"{g}\t{p}\t{c}" for g, _s, p, c in GOALS),
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 13, 2: 11, 3: 10},
        "table_font": "DejaVuSansCondensed",
        "table_size": 7.6,
        "header": "Nordmalings kommun\tSocialnämnden\tMånadsrapport per november 2026",
        "footer": "Dnr SN 2026/141\t\tSida {page} av {pages}",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 1.7 * rl.cm, 2.0 * rl.cm, 1.8 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def masthead(_b: Custom) -> list:
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=19, leading=23)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName="LiberationSans-Bold",
            fontSize=13,
            leading=16,
            textColor=BLUE,
        )
        meta = rl.ParagraphStyle("mmeta", parent=r.styles["meta"], alignment=rl.TA_RIGHT)
        tbl = rl.RLTable(
            [
                [
                    Paragraph("Nordmalings kommun", logo),
                    Paragraph("Datum: 2026-12-09<br/>Dnr: SN 2026/141", meta),
                ]
            ],
            colWidths=[W * 0.6, W * 0.4],
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
            rl.Spacer(1, 12),
            Paragraph("Månadsrapport per november 2026", big),
            Paragraph("Socialnämnden", sub),
            rl.Spacer(1, 2),
        ]

    def goals(_b: Custom) -> list:
        data = [[p("Nämndmål", "cellb"), p("Prognos helår", "cellb"), p("Kommentar", "cellb")]]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), AREA_BG),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A6A6A6")),
        ]
        for i, (g, s, printed, c) in enumerate(GOALS, start=1):
            data.append([p(g), p(printed), p(c)])
            cmds.append(("BACKGROUND", (1, i), (1, i), STATUS_BG[s]))
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.44, W * 0.14, W * 0.42],
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 6)]

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
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#C8C8C8")),
            ("LINEBEFORE", (3, 0), (3, -1), 0.4, colors.HexColor("#7F7F7F")),
            ("LINEBEFORE", (5, 0), (5, -1), 0.4, colors.HexColor("#7F7F7F")),
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
                cmds.append(("LEFTPADDING", (0, i), (0, i), 3 + 11 * row.indent))
            if bold and not row.indent:
                cmds.append(("BACKGROUND", (0, i), (-1, i), AREA_BG))
        last = len(data) - 1
        cmds.append(("LINEABOVE", (0, last), (-1, last), 0.8, colors.black))
        cmds.append(("LINEBELOW", (0, last), (-1, last), 1.6, colors.black))
        tbl = rl.RLTable(
            data, colWidths=colw, repeatRows=1, style=rl.TableStyle(cmds), hAlign="LEFT"
        )
        run = rl.ParagraphStyle(
            "run", parent=r.styles["cell"], fontSize=6.8, leading=8.5, textColor=GREY
        )
        return [
            r.para(t.caption, "caption"),
            Paragraph(
                "Rapport: SN Drift prognos · Period 202611 · Körd 2026-12-07 · Belopp i tkr", run
            ),
            rl.Spacer(1, 2),
            KeepTogether([tbl, r.para(t.note, "note")]),
        ]

    r.custom.update(masthead=masthead, goals=goals, drift=drift)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Hedemora, Barn- och utbildningsnämnden, årsredovisning 2025 (reportlab, Carlito), four portrait
pages. The nyckeltal table is a spreadsheet pasted into the report and printed as Excel prints a
sheet too wide for the page with "Rader att upprepa till vänster" (columns to repeat at left): the
sheet has the KPI names, one column per year 2018–2025 and a "Målvärde 2025" column, so page 3
holds the caption "Tabell 2. Nyckeltal 2018–2025", a heading row and the KPI names with 2018–2021,
and page 4 holds the caption again with ", forts.", its own heading row and the SAME names again
with 2022 | 2023 | 2024 | 2025 | Målvärde 2025. The two halves are one table: every KPI is once in
the key with all eight years. Values missing in the sheet are "–" (national tests cancelled in
2020 and 2021, the cost for 2025 not yet published, a survey started in 2019)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)

MUNI = "Hedemora kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Årsredovisning 2025"
ACCENT = colors.HexColor("#7A1F2B")
INK = colors.HexColor("#222222")
GRID = colors.HexColor("#A6A6A6")
XL_HEAD = colors.HexColor("#F2DCDB")

WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# nämndmål, bedömning, kommentar
GOALS = [
    (
        "Fler elever ska vara behöriga till gymnasieskolans yrkesprogram",
        "partly",
        "Behörigheten ökade till 84,0 procent (82,3 procent 2024) men når inte målvärdet 85 "
        "procent. Lovskola och studiehandledning på modersmål har gett effekt i åk 9.",
    ),
    (
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "partly",
        "Andelen elever i åk 8 som känner sig trygga ökade till 86 procent. Målvärdet 90 "
        "procent nås inte; otryggheten gäller främst raster och omklädningsrum.",
    ),
    (
        "Andelen legitimerade lärare i grundskolan ska öka",
        "achieved",
        "Andelen ökade för tredje året i rad, till 75,6 procent. Fyra obehöriga lärare "
        "studerar inom lärarlyftet med bibehållen lön.",
    ),
    (
        "Barnen i förskolan ska mötas av lagom stora barngrupper",
        "achieved",
        "Antalet barn per årsarbetare var 5,0 och målvärdet nåddes. Två nya avdelningar "
        "öppnade i Vikmanshyttan och Långshyttan under våren.",
    ),
    (
        "Sjukfrånvaron bland medarbetarna ska minska till högst 6,5 procent",
        "not_achieved",
        "Sjukfrånvaron minskade till 7,0 procent men är fortfarande över målet. Den korta "
        "sjukfrånvaron i förskolan står för den största delen.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "not_achieved",
        "Nämnden redovisar ett underskott om 1 620 tkr, främst inom grundskolan och förskolan.",
    ),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och förvaltningsledning", 18_400, 17_650, 17_120),
    ("Förskola och pedagogisk omsorg", 96_800, 98_240, 92_310),
    ("Grundskola och fritidshem", 218_500, 221_930, 209_880),
    ("Anpassad grundskola", 17_200, 16_480, 16_050),
    ("Gymnasieskola", 104_300, 102_850, 101_220),
    ("Vuxenutbildning och SFI", 16_900, 16_170, 15_640),
    ("Kulturskola", 6_100, 6_080, 5_910),
    ("Elevhälsa", 13_800, 14_220, 13_460),
]

YEARS = [str(y) for y in range(2018, 2026)]
# name, values 2018..2025 (None = "–"), målvärde 2025, format
KPIS = [
    (
        "Behöriga till yrkesprogram, åk 9 (%)",
        [79.8, 81.2, 83.5, 80.1, 78.4, 80.9, 82.3, 84.0],
        "85,0",
        DEC1,
    ),
    (
        "Genomsnittligt meritvärde, åk 9 (17 ämnen)",
        [208.4, 211.0, 219.6, 214.2, 209.8, 212.5, 215.1, 218.7],
        "220,0",
        DEC1,
    ),
    (
        "Klarat alla delprov i matematik, åk 3 (%)",
        [69.0, 71.0, None, None, 66.0, 68.0, 70.0, 73.0],
        "75,0",
        DEC1,
    ),
    (
        "Gymnasieexamen inom 4 år, hemkommun (%)",
        [68.5, 70.2, 72.9, 71.4, 69.8, 70.6, 72.1, 73.5],
        "75,0",
        DEC1,
    ),
    (
        "Inskrivna barn 1–5 år i förskola (%)",
        [86.2, 87.0, 85.4, 86.8, 87.5, 88.1, 88.6, 89.0],
        "90,0",
        DEC1,
    ),
    (
        "Barn per årsarbetare i förskolan (antal)",
        [5.4, 5.3, 5.2, 5.3, 5.4, 5.2, 5.1, 5.0],
        "5,0",
        DEC1,
    ),
    (
        "Legitimerade lärare i grundskolan (%)",
        [72.4, 71.8, 70.5, 69.9, 71.3, 72.8, 74.0, 75.6],
        "80,0",
        DEC1,
    ),
    (
        "Elever i åk 8 som känner sig trygga i skolan (%)",
        [81.0, 82.0, 84.0, 83.0, 80.0, 82.0, 84.0, 86.0],
        "90,0",
        DEC1,
    ),
    (
        "Vårdnadshavare nöjda med förskolan (%)",
        [None, 91.0, 92.0, 90.0, 89.0, 91.0, 92.0, 93.0],
        "92,0",
        DEC1,
    ),
    (
        "Kostnad per elev, grundskola F–9 (kr)",
        [108_400, 111_900, 114_300, 118_200, 122_600, 128_900, 133_400, None],
        "–",
        N,
    ),
    (
        "Sjukfrånvaro bland medarbetarna (%)",
        [6.8, 7.1, 9.4, 8.9, 8.2, 7.6, 7.3, 7.0],
        "6,5",
        DEC1,
    ),
]

CAPTION = "Tabell 2. Nyckeltal 2018–2025"
CAPTION2 = "Tabell 2. Nyckeltal 2018–2025, forts."
KPI_NOTE = (
    "– = uppgift saknas. De nationella proven i åk 3 genomfördes inte 2020 och 2021. "
    "Kostnaden för 2025 publiceras i Kolada i juni 2026. Källa: Kolada, Skolverket och "
    "kommunens enkäter."
)
SPLIT = 4  # year columns on the first page


def kpi_table() -> Table:
    cols = [Col((y,), year=y, width=1.0) for y in YEARS]
    cols.append(Col(("Målvärde", "2025"), year=None, width=1.25))
    rows = [
        Row(name, [Raw("–") if v is None else v for v in vals] + [Raw(target)], fmt=f)
        for name, vals, target, f in KPIS
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=cols,
        rows=rows,
        kind="kpi",
        caption=CAPTION,
        note=KPI_NOTE,
        label_width=4.4,
    )


def kpi_words(t: Table) -> str:
    """The two printed halves in reading order: page 3, then page 4."""
    out = []
    for cap, idx in ((CAPTION, range(0, SPLIT)), (CAPTION2, range(SPLIT, len(t.cols)))):
        out.append(cap)
        out.append("\t".join(["Nyckeltal"] + [" ".join(t.cols[j].head) for j in idx]))
        for r in t.rows:
            out.append("\t".join([r.label] + [t.fmt_cell(r, t.cols[j], r.cells[j]) for j in idx]))
    out.append(KPI_NOTE)
    return "\n".join(out)


def build() -> Doc:
    d = Doc(
        stem="hedemora-barn-och-utbildningsnamnden-arsredovisning-2025",
        municipality="Hedemora",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Barn- och utbildningsnämnden, årsredovisning 2025 of a small kommun (reportlab, "
        "Carlito), no title page, the nyckeltal a spreadsheet pasted into the report",
        hard='a wide KPI sheet printed with Excel\'s "rows to repeat at left" (columns repeated '
        "at left): the sheet Nyckeltal | 2018 | … | 2025 | Målvärde 2025 is too wide for the "
        'portrait page, so page 3 holds the caption "Tabell 2. Nyckeltal 2018–2025", its own '
        "heading row and the eleven KPI names with 2018–2021, and page 4 the caption again with "
        '", forts.", a heading row 2022 | 2023 | 2024 | 2025 | Målvärde 2025 and the SAME names '
        "again beside them, printed gridlines and a shaded heading row on both; the two halves "
        'are one table, each KPI once in the key with all eight years; a few cells "–" '
        "(national tests cancelled 2020–2021, a cost not yet published for 2025, a survey "
        'started 2019), the unit in the KPI\'s name ("(%)", "(kr)"), targets in the last '
        "column only; six goals in a table Nämndmål | Bedömning | Kommentar (Uppfyllt / Delvis "
        'uppfyllt / Ej uppfyllt); a drift table "Tabell 1" Budget 2025 | Utfall 2025 | '
        "Avvikelse | Utfall 2024 (tkr, budget minus utfall) on page 2",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Dnr BUN 2026/18 · Antagen av barn- och utbildningsnämnden 2026-02-19",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, anpassad grundskola, "
        "gymnasieskola, vuxenutbildning, kulturskola och elevhälsa i Hedemora kommun. Under 2025 "
        "gick omkring 1 750 elever i kommunens grundskolor och 640 barn var inskrivna i förskolan."
    )
    d.p(
        "Av nämndens sex mål är två uppfyllda, två delvis uppfyllda och två inte uppfyllda. "
        "Kunskapsresultaten i åk 9 är de bästa sedan 2020 och andelen legitimerade lärare har "
        "ökat. Nämnden redovisar ett underskott om 1 620 tkr mot budget."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämnden har antagit sex mål för 2025 utifrån kommunfullmäktiges inriktning. "
        "Bedömningen görs med stöd av nyckeltalen i tabell 2 och av verksamheternas "
        "kvalitetsrapporter."
    )
    words = ["Nämndmål\tBedömning\tKommentar"]
    for title, status, comment in GOALS:
        d.goal(title, status)
        words.append(f"{title}\t{WORDS[status]}\t{comment}")
    d.add(Custom("goals", {}, words="\n".join(words)))

    d.h(1, "Ekonomi", "3")
    rows = [Row(n, [b, u, b - u, u24]) for n, b, u, u24 in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa nämnden", [tot[0], tot[1], tot[0] - tot[1], tot[2]], total=True))
    assert (tot[0], tot[1], tot[0] - tot[1]) == (492_000, 493_620, -1_620), tot
    d.p(
        "Nämndens budget för 2025 var 492 000 tkr i nettokostnad. Utfallet blev 493 620 tkr, "
        "ett underskott om 1 620 tkr. Jämfört med 2024 ökade nettokostnaden med 22 030 tkr, "
        "främst till följd av löneökningar och fler barn i förskolan."
    )
    d.p(
        "Grundskola och fritidshem redovisar ett underskott om 3 430 tkr, som förklaras av ökade "
        "kostnader för tilläggsbelopp, skolskjuts och elever i fristående skolor. Förskolan har "
        "haft fler barn än budgeterat. Gymnasieskolan redovisar ett överskott om 1 450 tkr till "
        "följd av lägre kostnader för interkommunal ersättning."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 1. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
            label_width=2.8,
        )
    )
    d.h(1, "Medarbetare", "4")
    d.p(
        "Förvaltningen hade 612 tillsvidareanställda vid årets slut. Sjukfrånvaron minskade till "
        "7,0 procent. Rekryteringen av förskollärare och speciallärare är fortsatt svår, och "
        "förvaltningen har under året startat en egen utbildning till barnskötare tillsammans "
        "med vuxenutbildningen."
    )
    d.page_break()
    d.h(1, "Nyckeltal", "5")
    d.p(
        "Tabell 2 visar nämndens nyckeltal för åren 2018–2025 och målvärdet för 2025. "
        "Uppgifterna om kunskapsresultat avser vårterminen respektive år. Kostnaden per elev "
        "har ökat med i genomsnitt 3,5 procent per år sedan 2018."
    )
    t = kpi_table()
    d.add(Custom("kpisplit", {"table": t}, words=kpi_words(t)))
    d.h(1, "Framåtblick", "6")
    d.p(
        "Elevantalet i grundskolan väntas minska något de kommande åren medan antalet elever i "
        "gymnasieåldern ökar. Under 2026 genomförs en översyn av skolorganisationen på "
        "landsbygden, och ett nytt elevhälsoprogram införs från höstterminen."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm)
    font = "Carlito"
    o = {
        "font": font,
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "color": INK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#F3E9EA"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:  # noqa: ANN001
        c.saveState()
        c.setFillColor(colors.HexColor("#404040"))
        c.setFont(font, 8.5)
        if page > 1:
            y = A4[1] - 1.4 * rl.cm
            c.drawString(lft, y, f"{MUNI} · {COMMITTEE}")
            c.drawRightString(A4[0] - rgt, y, TITLE)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.5)
            c.line(lft, y - 4, A4[0] - rgt, y - 4)
        y = bottom - 1.0 * rl.cm
        c.drawString(lft, y, f"{COMMITTEE} · {TITLE}")
        c.drawRightString(A4[0] - rgt, y, f"Sida {page} av {pages}")
        c.restoreState()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=14, leading=17, textColor=ACCENT
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=22, leading=27)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph(MUNI, logo),
            Spacer(1, 12),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Dnr BUN 2026/18 · Antagen av barn- och utbildningsnämnden 2026-02-19", "meta"),
            Spacer(1, 6),
        ]

    def goals(_b: Custom) -> list:
        cell, cellb = r.styles["cell"], r.styles["cellb"]
        data = [[Paragraph(h, cellb) for h in ("Nämndmål", "Bedömning", "Kommentar")]]
        for title, status, comment in GOALS:
            data.append(
                [
                    Paragraph(escape(title), cell),
                    Paragraph(WORDS[status], cell),
                    Paragraph(escape(comment), cell),
                ]
            )
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.33, W * 0.15, W * 0.52],
            repeatRows=1,
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F3E9EA")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )
        return [tbl, Spacer(1, 8)]

    def sheet_part(t: Table, idx: list[int]) -> rl.RLTable:
        """One printed page of the sheet: column A (repeated at left) and the columns `idx`."""
        xl = rl.ParagraphStyle("xl", parent=r.styles["cell"], fontSize=9.5, leading=11.5)
        xlr = rl.ParagraphStyle("xlr", parent=xl, alignment=rl.TA_RIGHT)
        xlb = rl.ParagraphStyle("xlb", parent=xl, fontName=f"{font}-Bold")
        xlbr = rl.ParagraphStyle("xlbr", parent=xlb, alignment=rl.TA_RIGHT)
        head = [Paragraph("Nyckeltal", xlb)] + [
            Paragraph("<br/>".join(t.cols[j].head), xlbr) for j in idx
        ]
        data = [head]
        for row in t.rows:
            data.append(
                [Paragraph(escape(row.label), xl)]
                + [Paragraph(t.fmt_cell(row, t.cols[j], row.cells[j]), xlr) for j in idx]
            )
        label_w = 7.4 * rl.cm
        col_w = 1.7 * rl.cm
        widths = [label_w] + [col_w * (t.cols[j].width or 1.0) for j in idx]
        return rl.RLTable(
            data,
            colWidths=widths,
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (-1, 0), XL_HEAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
        )

    def kpisplit(b: Custom) -> list:
        t: Table = b.data["table"]
        first = list(range(0, SPLIT))
        second = list(range(SPLIT, len(t.cols)))
        # the whole sheet does not fit the frame: that is why it is printed over two pages
        full = 7.4 * rl.cm + 1.7 * rl.cm * sum(c.width or 1.0 for c in t.cols)
        assert full > W, (full, W)
        return [
            KeepTogether([r.para(CAPTION, "caption"), sheet_part(t, first)]),
            PageBreak(),
            r.para(CAPTION2, "caption"),
            sheet_part(t, second),
            Spacer(1, 4),
            r.para(KPI_NOTE, "note"),
        ]

    r.custom.update(masthead=masthead, goals=goals, kpisplit=kpisplit)
    path = out / f"{doc.stem}.pdf"
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    dt = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title=f"{TITLE} – {COMMITTEE}",
        author=MUNI,
        creator="",
        subject="",
        invariant=1,
    )
    tb, bb, lm, rm = margins
    dt.addPageTemplates(
        [
            PageTemplate(
                id="p",
                frames=[
                    Frame(
                        lm,
                        bb,
                        A4[0] - lm - rm,
                        A4[1] - tb - bb,
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],
            )
        ]
    )
    story = r.flowables(doc.blocks)
    dt.build(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

"""Götene, Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito): two
portrait pages of text, then the appendix "Bilaga 1. Driftredovisning per verksamhet" as an EXCEL
PRINTOUT TOO WIDE FOR ONE PAGE. The sheet has the columns Verksamhet | Budget 2026 | Utfall jan–aug
2026 | Utfall jan–aug 2025 | Prognos 2026 | Avvikelse | Prognos föregående månad | Kommentar and is
printed as Excel prints it, "down, then over": the first landscape page has the Verksamhet labels and
the first four amount columns, the next landscape page the remaining columns for the SAME rows, with
no row labels (no "columns to repeat at left"), each page with the sheet's own header and footer
("Sida 3 av 4"), printed gridlines, a bold shaded header row and a Summa row. A row whose comment
wraps over two lines is two lines tall on both pages, its label and numbers at the bottom of the
cell (Excel's default vertical alignment)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
GREEN = colors.HexColor("#1F6E43")
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}
HEADER_L = "Götene kommun"
HEADER_R = "Samhällsbyggnadsnämnden – Delårsrapport januari–augusti 2026"
FOOTER = "Sida {page} av {pages}"
# the sheet's own header and footer (Utskriftsformat → Sidhuvud/Sidfot)
XL_HEAD = (
    "Götene kommun",
    "Samhällsbyggnadsnämnden – Delårsrapport januari–augusti 2026",
    "Bilaga 1",
)
XL_FOOT = ("SBN drift delår 2026.xlsx", "Sida {page} av {pages}", "Drift per verksamhet")

# goal, forecast, comment
GOALS = [
    (
        "Handläggningen av bygglov ska vara snabb och rättssäker",
        "expected_achieved",
        "Mediantiden från komplett ansökan till beslut var 26 dagar under perioden, mot 31 dagar "
        "samma period 2025. Inga beslut har upphävts efter överklagande.",
    ),
    (
        "Planberedskapen ska möjliggöra minst 60 nya bostäder per år",
        "partly",
        "Två detaljplaner med sammanlagt 24 bostäder har vunnit laga kraft, den största vid "
        "Källby skola. Planen "
        "för Lundsbrunn etapp 2 har försenats av kompletterande geoteknisk utredning och antas "
        "tidigast i december.",
    ),
    (
        "Gator, gång- och cykelvägar ska vara trygga och väl underhållna",
        "partly",
        "Andelen felanmälningar som åtgärdas inom fem arbetsdagar har ökat, men beläggnings"
        "programmet har fått begränsas till följd av den snörika vintern.",
    ),
    (
        "Energianvändningen i kommunens lokaler ska minska",
        "expected_achieved",
        "Energianvändningen per kvadratmeter har minskat med 5 procent jämfört med samma period "
        "2025 efter byte till LED-belysning och ny styrning av ventilationen i tre skolor.",
    ),
    (
        "Sjukfrånvaron i förvaltningen ska minska",
        "expected_not_achieved",
        "Sjukfrånvaron har ökat, främst den långa sjukfrånvaron inom lokalvård och måltid. En "
        "riktad insats med företagshälsovården pågår men bedöms inte ge effekt i år.",
    ),
]

# name, jan–aug 2025, jan–aug 2026, target as printed, format
KPIS = [
    ("Handläggningstid bygglov, median dagar från komplett ansökan", 31, 26, "≤ 35", N),
    ("Antal beviljade bygglov", 118, 104, "–", N),
    ("Antal bostäder i detaljplaner som vunnit laga kraft", 12, 24, "≥ 60", N),
    ("Andel felanmälningar gata och park åtgärdade inom 5 arbetsdagar", 81, 86, "≥ 85 %", PCT),
    ("Energianvändning i kommunens lokaler, kWh per kvadratmeter", 92, 87, "≤ 88", N),
    ("Sjukfrånvaro, samhällsbyggnadsförvaltningen", 6.1, 6.4, "≤ 5,5 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug 2026, utfall jan–aug 2025, prognos 2026,
# prognos föregående månad, kommentar
DRIFT = [
    ("Nämnd och förvaltningsledning", 6_850, 4_310, 4_120, 6_700, 6_750,
     "Vakant tjänst som utvecklingsledare under våren."),
    ("Bygglov och planering", 3_420, 1_980, 2_240, 3_100, 3_250,
     "Högre bygglovsintäkter än budgeterat, fler ärenden om tillbyggnader och attefallshus."),
    ("Mark och exploatering", -1_200, -2_480, -640, -2_900, -2_400,
     "Försäljning av tre villatomter i Källby och en industritomt i Götene tätort. "
     "Ytterligare en tomt är reserverad och väntas säljas i oktober."),
    ("Gator och vägar", 14_600, 9_870, 9_420, 15_100, 15_300,
     "Högre kostnader för beläggning och gatubelysning, delvis motverkat av lägre elpris."),
    ("Vinterväghållning", 3_900, 4_560, 2_880, 5_200, 5_200,
     "Snörik vinter januari–mars. Prognosen förutsätter en normal höst och förvinter "
     "(1 100 tkr för november–december)."),
    ("Parker och grönytor", 5_300, 3_690, 3_510, 5_450, 5_400,
     "Extra trädbesiktning och fällning av riskträd efter stormen i februari."),
    ("Fastighetsförvaltning", 21_800, 13_950, 14_620, 22_600, 22_100,
     "Akuta vattenskador i två skolor och högre kostnader för fastighetsel."),
    ("Lokalvård", 9_200, 6_020, 5_860, 9_050, 9_100, None),
    ("Måltidsverksamhet", 18_400, 12_480, 11_950, 18_750, 18_600,
     "Livsmedelspriserna har ökat mer än budgeterat (6 procent mot 3 procent)."),
    ("Vatten och avlopp (taxefinansierat)", 0, -1_240, -860, 0, 0,
     "Överskottet vid årets slut förs till VA-fonden."),
    ("Renhållning (taxefinansierat)", 0, 310, -420, 0, 0, None),
]  # fmt: skip

# the sheet's columns: head lines as Excel wraps them, width in cm, key column
SHEET_COLS = [
    Col(("Budget 2026",), width=3.6),
    Col(("Utfall jan–aug", "2026"), width=3.6),
    Col(("Utfall jan–aug", "2025"), width=3.6),
    Col(("Prognos 2026",), width=3.6),
    Col(("Avvikelse",), width=3.6),
    Col(("Prognos", "föregående månad"), width=3.6),
    Col(("Kommentar",), width=16.4, in_key=False),
]
LABEL_W = 8.4  # cm: column A
PAGE1_COLS = 4  # B–E fit beside A on the first page; F does not


def drift_table() -> Table:
    rows = []
    for name, b, u26, u25, p, pfm, comment in DRIFT:
        rows.append(Row(name, [b, u26, u25, p, b - p, pfm, Raw(comment) if comment else None]))
    tot = [sum(x[j] for x in DRIFT) for j in (1, 2, 3, 4, 5)]
    b, u26, u25, p, pfm = tot
    rows.append(Row("Summa", [b, u26, u25, p, b - p, pfm, None], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=SHEET_COLS,
        rows=rows,
        kind="unit",
        caption="Bilaga 1. Driftredovisning per verksamhet",
        note="Avvikelse = budget minus prognos. Positivt belopp innebär överskott, negativt "
        "underskott.",
    )


def totals() -> dict[str, int]:
    b = sum(x[1] for x in DRIFT)
    p = sum(x[4] for x in DRIFT)
    pfm = sum(x[5] for x in DRIFT)
    return {"budget": b, "prognos": p, "avv": b - p, "pfm": pfm, "avv_fm": b - pfm,
            "u26": sum(x[2] for x in DRIFT), "u25": sum(x[3] for x in DRIFT)}  # fmt: skip


def build() -> Doc:
    d = Doc(
        stem="gotene-samhallsbyggnadsnamnden-delarsrapport-2026-08",
        municipality="Götene",
        committee="Samhällsbyggnadsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito): "
        "two portrait text pages and an appendix printed from Excel on two landscape pages",
        hard='the only finance table is the appendix "Bilaga 1. Driftredovisning per '
        'verksamhet", an Excel printout too wide for one page, printed as Excel prints it '
        "(down, then over): page 3 has the Verksamhet labels and the first four amount columns "
        "(Budget 2026 | Utfall jan–aug 2026 | Utfall jan–aug 2025 | Prognos 2026), page 4 the "
        "remaining columns for the same rows (Avvikelse | Prognos föregående månad | Kommentar) "
        "without any row label (no columns repeated at left), so a reader must join the two "
        "pages row by row: same row heights, two rows two lines tall on both pages because "
        "their comment wraps on page 4 (labels and numbers at the bottom of the cell), blank "
        "comment cells, the bold Summa row the only one recognisable by its look; both pages "
        'carry the sheet\'s own header and footer ("Götene kommun" | … | "Bilaga 1", the '
        'file name, "Sida 3 av 4", the sheet name), printed gridlines, a bold shaded header '
        'row with wrapped headings ("Utfall jan–aug" / "2026", "Prognos" / "föregående '
        "månad\"), the title and the tkr line only over page 3's columns; the text gives the "
        "total deviation only in words; goals in a table Nämndmål | Prognos helår | Kommentar "
        '("Uppnås", "Uppnås delvis", "Uppnås inte"); a KPI table Jan–aug 2025 | Jan–aug 2026 '
        "| Mål 2026",
    )
    t = totals()
    assert t["avv"] == -780, t
    assert t["avv_fm"] == -1_030, t
    d.add(
        Custom(
            "masthead",
            {},
            words="Götene kommun\nDelårsrapport januari–augusti 2026\nSamhällsbyggnadsnämnden\n"
            "Dnr SBN 2026/142 · Samhällsbyggnadsnämndens sammanträde 2026-09-24",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Samhällsbyggnadsnämnden redovisar i denna delårsrapport verksamhet, måluppfyllelse och "
        "ekonomi för perioden januari–augusti 2026 samt en prognos för helåret. Nämnden "
        "prognostiserar ett underskott om 780 tkr mot budget, vilket är 250 tkr bättre än "
        "prognosen i julirapporten. Underskottet beror främst på vinterväghållningen och på "
        "akuta reparationer i fastigheterna, medan försäljningen av tomter ger ett överskott "
        "inom mark och exploatering."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två delvis uppnås och ett inte uppnås vid "
        "årets slut. Efterfrågan på tomter och bygglov är fortsatt god i hela kommunen."
    )
    d.h(1, "Viktiga händelser under perioden", "2")
    d.p(
        "Vintern var den snörikaste sedan 2010, och plogning och sandning krävde under januari "
        "och februari insatser från både egen personal och entreprenörer. Stormen i februari "
        "fällde ett fyrtiotal träd i parker och längs gång- och cykelvägar."
    )
    d.p(
        "Detaljplanen för bostäder vid Källby skola vann laga kraft i maj och tre av de nya "
        "villatomterna har sålts. Ombyggnaden av köket i Hällekis skola blev klar till "
        "höstterminen, och byte till LED-belysning har genomförts i tre skolor."
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämnden har fem mål för 2026. Prognosen avser måluppfyllelsen vid årets slut och "
        "bygger på utfallet för januari–augusti."
    )
    for title, status, _comment in GOALS:
        d.goal(title, status)
    d.add(
        Custom(
            "goals",
            {},
            words="Nämndmål\tPrognos helår\tKommentar\n"
            + "\n".join(f"{t_}\t{WORDS[s]}\t{c}" for t_, s, c in GOALS),
        )
    )
    d.h(1, "Nyckeltal", "4")
    d.p(
        "Nyckeltalen avser perioden januari–augusti respektive år och jämförs med nämndens "
        "målvärden för helåret 2026."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",), year=None),
            ],
            rows=[Row(n, [a, b, Raw(m)], fmt=f) for n, a, b, m, f in KPIS],
            kind="kpi",
            caption="Tabell 1. Nyckeltal januari–augusti",
            note="Sjukfrånvaron avser andel av ordinarie arbetstid. Antal bostäder avser "
            "detaljplaner som vunnit laga kraft under perioden.",
            label_width=4.6,
        )
    )
    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämndens budget för 2026 är 82 270 tkr i nettokostnad. Utfallet för januari–augusti "
        "är 53 450 tkr, att jämföra med 52 680 tkr samma period 2025. Prognosen för helåret "
        "är 83 050 tkr, ett underskott om 780 tkr. Driftredovisningen per verksamhet finns i "
        "bilaga 1."
    )
    d.p(
        "Vinterväghållningen prognostiserar ett underskott om 1 300 tkr efter den snörika "
        "vintern, och fastighetsförvaltningen ett underskott om 800 tkr till följd av akuta "
        "vattenskador och högre kostnader för fastighetsel. Mark och exploatering "
        "prognostiserar ett överskott om 1 700 tkr från tomtförsäljning. De taxefinansierade "
        "verksamheterna vatten och avlopp samt renhållning redovisas med en prognos på noll "
        "mot skattekollektivet; resultatet förs till respektive fond."
    )
    d.p(
        "För att minska underskottet har förvaltningen infört vakansprövning och skjutit upp "
        "delar av beläggningsprogrammet till 2027."
    )
    d.h(1, "Personal", "6")
    d.p(
        "Förvaltningen har 186 tillsvidareanställda. Sjukfrånvaron har ökat till 6,4 procent, "
        "och den långa sjukfrånvaron inom lokalvård och måltid står för mer än hälften av "
        "frånvaron. Rekryteringen av en bygglovshandläggare och en VA-ingenjör blev klar under "
        "våren."
    )
    d.h(1, "Framåtblick", "7")
    d.p(
        "Under hösten upphandlas ett nytt avtal för vinterväghållning som gäller från november. "
        "Arbetet med detaljplanen för Lundsbrunn etapp 2 fortsätter, och en ny lokalförsörjnings"
        "plan för skolorna lämnas till kommunstyrelsen i november."
    )
    assert (t["budget"], t["u26"], t["u25"], t["prognos"]) == (82_270, 53_450, 52_680, 83_050), t
    dt = drift_table()
    d.add(
        Custom(
            "sheet",
            {"table": dt},
            words=dt.text().replace(
                "Bilaga 1. Driftredovisning per verksamhet",
                "Bilaga 1. Driftredovisning per verksamhet\n"
                "Samhällsbyggnadsnämnden, januari–augusti 2026. Nettokostnad, belopp i tkr.",
            ),
        )
    )
    return d


# ------------------------------------------------------------------ the Excel sheet

CM = rl.cm
XL_FONT = "Carlito"
XL_SIZE = 10
ROW_H = 15.0  # points: Excel's default row height for Calibri 11, kept at 10 pt
LINE_H = 12.6
GRID = colors.HexColor("#9E9E9E")
HEAD_FILL = colors.HexColor("#DDEBF7")
# Excel's "Normal" margins: 0.7" left/right, 0.75" top/bottom, header/footer 0.3"
XL_MARGIN_LR = 0.7 * 72
XL_MARGIN_TB = 0.75 * 72
XL_HF = 0.3 * 72


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for w in text.split(" "):
        cand = f"{line} {w}" if line else w
        if stringWidth(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = w
    if line:
        lines.append(line)
    return lines


class Sheet:
    """The sheet's grid: rows with their heights, the cells' strings, the columns' widths."""

    def __init__(self, t: Table) -> None:
        self.t = t
        self.widths = [LABEL_W * CM] + [c.width * CM for c in t.cols]  # type: ignore[operator]
        # rows: (kind, height, cells) with cells the strings of A..H
        ncol = 1 + len(t.cols)
        blank = [""] * ncol
        self.rows: list[tuple[str, float, list]] = [
            ("title", 19.0, [t.caption] + blank[1:]),
            (
                "sub",
                ROW_H,
                ["Samhällsbyggnadsnämnden, januari–augusti 2026. Nettokostnad, belopp i tkr."]
                + blank[1:],
            ),  # fmt: skip
            ("empty", ROW_H, blank),
        ]
        head = [list(t.label_head)] + [list(c.head) for c in t.cols]
        nh = max(len(h) for h in head)
        self.rows.append(("head", 3 + LINE_H * nh, head))
        for r in t.rows:
            cells = [r.label] + [t.fmt_cell(r, c, v) for c, v in zip(t.cols, r.cells, strict=True)]
            kw = self.widths[-1] - 6
            n = max(1, len(wrap(cells[-1], XL_FONT, XL_SIZE, kw)))
            self.rows.append(("total" if r.total else "row", max(ROW_H, 3 + LINE_H * n), cells))
        self.rows.append(("empty", ROW_H, blank))
        self.rows.append(("note", ROW_H, [t.note] + blank[1:]))

    def draw(self, c, x0: float, ytop: float, cols: list[int]) -> None:  # noqa: ANN001
        """Draw the columns `cols` (indices into A..H) from (x0, ytop) downwards."""
        xs = [x0]
        for j in cols:
            xs.append(xs[-1] + self.widths[j])
        y = ytop
        ys = [y]
        for _kind, h, _cells in self.rows:
            y -= h
            ys.append(y)
        # fills
        for i, (kind, _h, _cells) in enumerate(self.rows):
            if kind == "head":
                c.setFillColor(HEAD_FILL)
                c.rect(xs[0], ys[i + 1], xs[-1] - xs[0], ys[i] - ys[i + 1], stroke=0, fill=1)
        # gridlines (not across text that runs over into the empty cells to its right)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.35)
        for yy in ys:
            c.line(xs[0], yy, xs[-1], yy)
        for i, (kind, _h, _cells) in enumerate(self.rows):
            over = kind in ("title", "sub", "note") and 0 in cols
            for k, xx in enumerate(xs):
                if over and 0 < k < len(xs) - 1:
                    continue
                c.line(xx, ys[i], xx, ys[i + 1])
        # borders of the Summa row: a thin line above, a double line below
        for i, (kind, _h, _cells) in enumerate(self.rows):
            if kind == "total":
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.6)
                c.line(xs[0], ys[i], xs[-1], ys[i])
                c.line(xs[0], ys[i + 1], xs[-1], ys[i + 1])
                c.line(xs[0], ys[i + 1] - 1.6, xs[-1], ys[i + 1] - 1.6)
            if kind == "head":
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.6)
                c.line(xs[0], ys[i + 1], xs[-1], ys[i + 1])
        # text, bottom-aligned as Excel does by default
        c.setFillColor(colors.black)
        for i, (kind, _h, cells) in enumerate(self.rows):
            bottom = ys[i + 1] + 3.2
            for k, j in enumerate(cols):
                v = cells[j]
                left, right = xs[k] + 2.5, xs[k + 1] - 2.5
                if kind == "title":
                    if v:
                        c.setFont(f"{XL_FONT}-Bold", 12.5)
                        c.drawString(left, bottom + 0.5, v)
                    continue
                if kind in ("sub", "note"):
                    if v:
                        c.setFont(XL_FONT if kind == "sub" else f"{XL_FONT}-Italic", XL_SIZE)
                        c.drawString(left, bottom, v)
                    continue
                if kind == "head":
                    c.setFont(f"{XL_FONT}-Bold", XL_SIZE)
                    for n, line in enumerate(reversed(v)):
                        yy = bottom + n * LINE_H
                        if j == 0 or j == len(self.widths) - 1:
                            c.drawString(left, yy, line)
                        else:
                            c.drawRightString(right, yy, line)
                    continue
                if not v:
                    continue
                bold = kind == "total"
                c.setFont(f"{XL_FONT}-Bold" if bold else XL_FONT, XL_SIZE)
                if j == len(self.widths) - 1:  # Kommentar: wrapped text
                    lines = wrap(v, XL_FONT, XL_SIZE, right - left - 1)
                    for n, line in enumerate(reversed(lines)):
                        c.drawString(left, bottom + n * LINE_H, line)
                elif j == 0:
                    c.drawString(left, bottom, v)
                else:
                    c.drawRightString(right, bottom, v)


class SheetPage(Flowable):
    """One printed page of the sheet: the columns that fit, placed at Excel's margins."""

    def __init__(self, sheet: Sheet, cols: list[int], page_w: float, page_h: float) -> None:
        super().__init__()
        self.sheet, self.cols = sheet, cols
        self.pw, self.ph = page_w, page_h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, ah - 1

    def draw(self) -> None:
        self.canv.saveState()
        self.sheet.draw(self.canv, XL_MARGIN_LR, self.ph - XL_MARGIN_TB, self.cols)
        self.canv.restoreState()
        self.canv.page_flags.update(excel=True)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4EFE8"),
        "margins": (2.2 * CM, 2.0 * CM, 2.3 * CM, 2.3 * CM),
        "para_space": 5,
    }
    r = rl.RLDoc(doc, o)
    PW, PH = A4
    LW, LH = landscape(A4)
    W = PW - 4.6 * CM

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=14, leading=17, textColor=GREEN
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=22, leading=27,
                                spaceAfter=2)  # fmt: skip
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph("Götene kommun", logo),
            Spacer(1, 14),
            Paragraph("Delårsrapport januari–augusti 2026", big),
            Paragraph("Samhällsbyggnadsnämnden", sub),
            r.para("Dnr SBN 2026/142 · Samhällsbyggnadsnämndens sammanträde 2026-09-24", "meta"),
            Spacer(1, 4),
        ]

    def goals(_b: Custom) -> list:
        cell = r.styles["cell"]
        cellb = r.styles["cellb"]
        data = [[Paragraph(h, cellb) for h in ("Nämndmål", "Prognos helår", "Kommentar")]]
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
            colWidths=[W * 0.34, W * 0.15, W * 0.51],
            repeatRows=1,
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EFE8")),
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

    def sheet(b: Custom) -> list:
        s = Sheet(b.data["table"])
        n = len(s.widths)
        first = list(range(0, 1 + PAGE1_COLS))
        second = list(range(1 + PAGE1_COLS, n))
        avail = LW - 2 * XL_MARGIN_LR
        assert (
            sum(s.widths[j] for j in first)
            <= avail
            < sum(s.widths[j] for j in first) + (s.widths[first[-1] + 1])
        ), "page 1 must be full"
        assert sum(s.widths[j] for j in second) <= avail
        return [
            NextPageTemplate("land"),
            PageBreak(),
            SheetPage(s, first, LW, LH),
            PageBreak(),
            SheetPage(s, second, LW, LH),
        ]

    r.custom.update(masthead=masthead, goals=goals, sheet=sheet)

    story: list = []
    pending: list = []  # a heading and its intro kept with the table that follows
    for i, blk in enumerate(doc.blocks):
        fl = r.block(blk)
        nxt = doc.blocks[i + 1 : i + 3]
        if isinstance(blk, H) and any(isinstance(b, Table) for b in nxt) or pending:
            pending += fl
            if isinstance(blk, Table):
                story.append(KeepTogether(pending))
                pending = []
            continue
        story += fl

    def furniture(c, page: int, pages: int, flags: dict) -> None:  # noqa: ANN001
        w, h = c._pagesize
        if flags.get("excel"):
            c.setFont(XL_FONT, 11)
            c.setFillColor(colors.black)
            y = h - XL_HF - 9
            left, right = XL_MARGIN_LR, w - XL_MARGIN_LR
            hl, hc, hr = XL_HEAD
            c.drawString(left, y, hl)
            c.drawCentredString(w / 2, y, hc)
            c.drawRightString(right, y, hr)
            fl, fc, fr = (s.format(page=page, pages=pages) for s in XL_FOOT)
            y = XL_HF
            c.drawString(left, y, fl)
            c.drawCentredString(w / 2, y, fc)
            c.drawRightString(right, y, fr)
            return
        margin = 2.3 * CM
        c.setFont("Carlito", 8.5)
        c.setFillColor(colors.HexColor("#404040"))
        if page > 1:
            y = h - 1.3 * CM
            c.drawString(margin, y, HEADER_L)
            c.drawRightString(w - margin, y, HEADER_R)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.5)
            c.line(margin, y - 4, w - margin, y - 4)
        c.drawString(margin, 1.1 * CM, f"{HEADER_L} · Samhällsbyggnadsnämnden")
        c.drawRightString(w - margin, 1.1 * CM, FOOTER.format(page=page, pages=pages))

    path = out / f"{doc.stem}.pdf"
    dt = BaseDocTemplate(
        str(path),
        pagesize=A4,
        title="Delårsrapport januari–augusti 2026 – Samhällsbyggnadsnämnden",
        author="Götene kommun",
        creator="",
        subject="",
        invariant=1,
    )
    tb, bb, lm, rm = o["margins"]
    dt.addPageTemplates(
        [
            PageTemplate(
                id="port",
                frames=[
                    Frame(
                        lm,
                        bb,
                        PW - lm - rm,
                        PH - tb - bb,
                        leftPadding=0,
                        rightPadding=0,
                        topPadding=0,
                        bottomPadding=0,
                    )
                ],  # fmt: skip
                pagesize=A4,
            ),
            PageTemplate(
                id="land",
                frames=[
                    Frame(
                        0, 0, LW, LH, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
                    )
                ],  # fmt: skip
                pagesize=(LW, LH),
            ),
        ]
    )
    dt.build(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

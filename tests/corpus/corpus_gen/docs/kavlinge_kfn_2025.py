"""Kävlinge, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 as the print shop's PDF
(reportlab, Liberation Sans). Every page's MediaBox is the trimmed A4 page plus 18 mm on each side
(3 mm bleed and 15 mm for the printer's marks), with a TrimBox and a BleedBox set and the CropBox
equal to the MediaBox, so a viewer shows the whole sheet: crop marks at the four corners,
registration targets at the middle of each side, a colour bar above the page and a slug line below
it ("KFN_Verksamhetsberattelse_2025_tryck.indd 3 2026-02-14 09:12:47" and "Cyan Magenta Yellow
Black"), and a colour band running from the page into the bleed. Inside the trim the report is
ordinary: running header, page numbers, five goals with assessments, KPIs over three years with
targets, a drift table and a resultaträkning."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import CMYKColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, KeepTogether, PageTemplate, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Kävlinge kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
SLUG_FILE = "KFN_Verksamhetsberattelse_2025_tryck.indd"
SLUG_TIME = "2026-02-14 09:12:47"

# the sheet: the trimmed A4 page, 3 mm bleed and 15 mm for the marks on every side
BLEED = 3 * mm
SLUG = 15 * mm
OFF = BLEED + SLUG
TW, TH = A4
MW, MH = TW + 2 * OFF, TH + 2 * OFF

BAND = CMYKColor(0.92, 0.35, 0.55, 0.25)  # the profile colour, a deep green-teal
BAND_LIGHT = CMYKColor(0.30, 0.05, 0.20, 0.0)
REG = CMYKColor(1, 1, 1, 1)  # registration colour: ink on every plate

STATUS_WORD = {
    "achieved": "Uppfyllt",
    "partly": "Delvis uppfyllt",
    "not_achieved": "Ej uppfyllt",
}

# goal, status, comment
GOALS = [
    (
        "Fler barn och unga ska ta del av kulturskolans verksamhet",
        "achieved",
        "Kulturskolan hade 742 elever vid årets slut, jämfört med 698 året innan, och målvärdet "
        "om minst 720 elever nåddes. Ökningen kommer främst från de nya kurserna i dans och "
        "digitalt skapande i Furulund och Dösjebro. Kön minskade till 139 barn.",
    ),
    (
        "Biblioteken ska vara tillgängliga mötesplatser för alla kommuninvånare",
        "partly",
        "Besöken ökade till 176 305 men nådde inte målvärdet om 180 000. Meröppet infördes på "
        "biblioteket i Löddeköpinge i april och utökade öppettiden med 38 timmar i veckan. "
        "Biblioteket i Furulund var stängt i fem veckor under hösten för ombyggnad.",
    ),
    (
        "Andelen flickor i den föreningsdrivna idrotten ska öka",
        "not_achieved",
        "Flickornas andel av deltagartillfällena i LOK-stödd verksamhet minskade till 36 procent. "
        "Satsningen på spontanidrott för flickor 13–16 år i samarbete med tre föreningar kom i "
        "gång först i oktober och har ännu inte gett effekt.",
    ),
    (
        "Invånarna ska vara nöjda med kommunens idrotts- och fritidsanläggningar",
        "achieved",
        "Nöjdheten ökade till index 65 i medborgarundersökningen, över målvärdet 63. Den nya "
        "konstgräsplanen vid Västervång och den förlängda säsongen i utomhusbadet nämns särskilt "
        "i de öppna svaren.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "achieved",
        "Nämnden redovisar ett överskott om 336 tkr mot budget. Underskotten inom biblioteken "
        "och idrotts- och fritidsanläggningarna vägs upp av överskott inom övriga verksamheter.",
    ),
]

KPI_COLS = [
    Col(("Utfall", "2023"), year="2023"),
    Col(("Utfall", "2024"), year="2024"),
    Col(("Utfall", "2025"), year="2025"),
    Col(("Målvärde", "2025"), year=None),
]
# name, 2023, 2024, 2025, target as printed, format
KPIS = [
    ("Elever i kulturskolan, antal", 671, 698, 742, "≥ 720", N),
    ("Barn i kö till kulturskolan, antal", 188, 162, 139, "≤ 150", N),
    ("Besök på biblioteken, antal", 163_480, 171_920, 176_305, "≥ 180 000", N),
    ("Utlån per invånare, antal", 4.6, 4.5, 4.7, "≥ 5,0", DEC1),
    ("Deltagartillfällen i LOK-stödd verksamhet, 7–25 år", 121_460, 126_880, 129_215, "–", N),
    ("Andel flickor av deltagartillfällena", 38, 37, 36, "≥ 40 %", PCT),
    ("Nöjdhet med idrotts- och fritidsanläggningar, index", 62, 61, 65, "≥ 63", N),
    ("Besök i Lödde Vitt, antal", 98_540, 104_110, 110_870, "–", N),
    ("Sjukfrånvaro bland medarbetarna", 6.2, 5.8, 5.3, "≤ 5,5 %", PCT1),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (net cost, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 5_420, 5_187, 5_036),
    ("Bibliotek", 17_850, 18_094, 17_212),
    ("Kulturskola", 13_960, 13_711, 13_205),
    ("Allmänkultur och evenemang", 4_310, 4_052, 4_388),
    ("Fritidsgårdar och ungdomsverksamhet", 9_740, 9_618, 9_301),
    ("Idrotts- och fritidsanläggningar", 31_280, 31_913, 29_874),
    ("Bad och simhall", 12_640, 12_325, 12_118),
    ("Föreningsbidrag", 6_900, 6_864, 6_752),
]


def build() -> Doc:
    d = Doc(
        stem="kavlinge-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Kävlinge",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 as the print shop's "
        "print-ready PDF (reportlab, Liberation Sans), the first page opening under a colour band",
        hard="every page is the print shop's sheet, not the page: the MediaBox is the trimmed A4 "
        "page plus 18 mm on every side (3 mm bleed and 15 mm for the printer's marks, 697 × 944 "
        "pt), with a TrimBox and a BleedBox set and the CropBox equal to the MediaBox, so the "
        "page is off centre and everything outside the trim is drawn: crop marks at the four "
        "corners, registration targets at the middle of each side, a CMYK colour bar with tint "
        "patches above the page and a slug line of text below it on every page "
        '("KFN_Verksamhetsberattelse_2025_tryck.indd 3 2026-02-14 09:12:47" with the sheet\'s '
        'page number, a year and a date that are not the period, and "Cyan Magenta Yellow '
        'Black"), which is not the report; a colour band at the top of every page running into '
        "the bleed, on page 1 a tall band holding the municipality, title and committee in white; "
        "inside the trim an ordinary report: running header and footer with page numbers, five "
        'goals each a bold title with "Bedömning: Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt" '
        "below, a KPI table Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025, a drift "
        "table Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall) "
        "and a resultaträkning (utfall minus budget)",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}",
        )
    )
    d.p(
        "Dnr KFN 2026/9 · Fastställd av kultur- och fritidsnämnden 2026-02-10, § 8",
        "meta",
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden redovisar här verksamheten, måluppfyllelsen och ekonomin för "
        "2025. Året präglades av fler elever i kulturskolan, fler besök på biblioteken och i "
        "simhallen samt invigningen av den nya konstgräsplanen vid Västervång. Av nämndens fem "
        "mål är tre uppfyllda, ett delvis uppfyllt och ett inte uppfyllt."
    )
    d.p(
        "Nämnden redovisar ett överskott om 336 tkr mot budget. Högre intäkter från entréer och "
        "uthyrning i Lödde Vitt har vägt upp ökade kostnader för lokaler och bemanning inom "
        "biblioteken och för reparationer i idrottshallarna."
    )
    d.h(1, "Viktiga händelser under året")
    d.bullets(
        "Meröppet infördes på biblioteket i Löddeköpinge i april.",
        "Konstgräsplanen vid Västervång invigdes i maj och har bokats av elva föreningar.",
        "Kulturskolan startade kurser i dans och digitalt skapande i Furulund och Dösjebro.",
        "Nya riktlinjer för föreningsbidrag beslutades i juni och gäller från 2026.",
        "Kävlingeåns dag samlade omkring 6 500 besökare i augusti.",
    )
    d.h(1, "Verksamhetens uppdrag")
    d.p(
        "Nämnden ansvarar för folkbiblioteken, kulturskolan, allmänkulturen, fritidsgårdarna, "
        "kommunens idrotts- och fritidsanläggningar och bidragen till föreningslivet. "
        "Verksamheten bedrivs i Kävlinge, Löddeköpinge, Furulund och Dösjebro, och flera "
        "verksamheter når även Barsebäck och Hofterup med mobil verksamhet och bokbuss."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025, som följer av kommunfullmäktiges mål och nämndens "
        "verksamhetsplan. Varje mål redovisas nedan med nämndens bedömning vid årets slut och "
        "en kort analys."
    )
    for title, status, comment in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "status": status, "comment": comment},
                words=f"{title}\nBedömning: {STATUS_WORD[status]}\n{comment}",
            )
        )
    d.h(1, "Nyckeltal")
    d.p(
        "Nyckeltalen avser helår. Målvärdena beslutades i nämndens verksamhetsplan för 2025; "
        "för nyckeltal utan målvärde följer nämnden utvecklingen över tid."
    )
    krows = [Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS]
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KPI_COLS,
            rows=krows,
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            note="– = inget målvärde fastställt. Lödde Vitt är kommunens bad- och friskvårdsanläggning.",
            label_width=4.4,
        )
    )
    d.page_break()
    d.h(1, "Ekonomi")
    tb = sum(x[1] for x in DRIFT)
    tu = sum(x[2] for x in DRIFT)
    t24 = sum(x[3] for x in DRIFT)
    assert (tb, tu, t24) == (102_100, 101_764, 97_886), (tb, tu, t24)
    assert tb - tu == 336
    d.p(
        "Nämndens budgetram för 2025 var 102 100 tkr och nettokostnaden blev 101 764 tkr, ett "
        "överskott om 336 tkr. Biblioteken visar ett underskott om 244 tkr, främst till följd av "
        "ersättningslokalen under ombyggnaden i Furulund. Idrotts- och fritidsanläggningarna "
        "visar ett underskott om 633 tkr, som förklaras av reparationer av ventilationen i "
        "Kävlinge sporthall och av högre kostnader för el. Övriga verksamheter redovisar "
        "överskott, största delen inom bad och simhall där intäkterna blev högre än beräknat."
    )
    rows = [Row(n, [b, u, b - u, u24]) for n, b, u, u24 in DRIFT]
    rows.append(Row("Summa", [tb, tu, tb - tu, t24], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
                Col(("Utfall", "2024")),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
            label_width=3.6,
        )
    )
    # resultaträkning: costs negative; nettokostnad = -(drift net cost)
    rev_b, rev_u = 14_200, 15_486
    pers_b, pers_u = -52_640, -53_112
    lok_b, lok_u = -38_470, -38_905
    ovr_b = -tb - rev_b - pers_b - lok_b
    ovr_u = -tu - rev_u - pers_u - lok_u
    assert (ovr_b, ovr_u) == (-25_190, -25_233), (ovr_b, ovr_u)
    rs = [
        ("Verksamhetens intäkter", rev_b, rev_u),
        ("Personalkostnader", pers_b, pers_u),
        ("Lokalkostnader", lok_b, lok_u),
        ("Övriga kostnader", ovr_b, ovr_u),
    ]
    rrows = [Row(n, [b, u, u - b]) for n, b, u in rs]
    rrows.append(Row("Nettokostnad", [-tb, -tu, tb - tu], total=True))
    rrows.append(Row("Kommunbidrag", [tb, tb, 0]))
    rrows.append(Row("Resultat", [0, tb - tu, tb - tu], total=True))
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=[Col(("Budget", "2025")), Col(("Utfall", "2025")), Col(("Avvikelse",))],
            rows=rrows,
            kind="is",
            caption="Tabell 3. Resultaträkning (tkr)",
            note="Avvikelse = utfall minus budget. Kostnader redovisas med minustecken.",
            label_width=3.4,
        )
    )
    d.h(2, "Investeringar")
    d.p(
        "Investeringsbudgeten var 4 500 tkr och utfallet 3 870 tkr. Den största investeringen "
        "var inventarier och teknik till biblioteket i Löddeköpinge för meröppet. Upprustningen "
        "av omklädningsrummen i Furulunds idrottshall har skjutits till 2026."
    )
    d.h(1, "Personal")
    d.p(
        "Förvaltningen hade 84 tillsvidareanställda medarbetare vid årets slut. Sjukfrånvaron "
        "minskade till 5,3 procent, och korttidsfrånvaron minskade för andra året i rad. Två "
        "tjänster som kulturskollärare var vakanta under våren men är nu tillsatta."
    )
    d.h(1, "Framtid")
    d.p(
        "Inför 2026 har nämnden fått en ram om 105 400 tkr. Arbetet med en ny biblioteksplan och "
        "med idrottspolitiskt program pågår, och nämnden fortsätter satsningen på flickors "
        "idrottande. Efterfrågan på tider i idrottshallarna är fortsatt större än utbudet."
    )
    return d


# ------------------------------------------------------------------ the printer's marks


def crop_marks(c) -> None:
    """Crop marks at the four corners: two lines per corner along the trim lines, starting
    outside the bleed."""
    c.setStrokeColor(REG)
    c.setLineWidth(0.25)
    x0, y0, x1, y1 = OFF, OFF, OFF + TW, OFF + TH
    start, length = BLEED + 1 * mm, 10 * mm
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            c.line(x + sx * start, y, x + sx * (start + length), y)
            c.line(x, y + sy * start, x, y + sy * (start + length))


def reg_target(c, x: float, y: float) -> None:
    """A registration target: two circles and a cross, the inner circle filled and the cross
    knocked out of it."""
    c.setStrokeColor(REG)
    c.setFillColor(REG)
    c.setLineWidth(0.25)
    c.circle(x, y, 2.6 * mm, stroke=1, fill=0)
    c.circle(x, y, 1.4 * mm, stroke=0, fill=1)
    c.line(x - 4 * mm, y, x + 4 * mm, y)
    c.line(x, y - 4 * mm, x, y + 4 * mm)
    c.setStrokeColor(colors.white)
    c.line(x - 1.4 * mm, y, x + 1.4 * mm, y)
    c.line(x, y - 1.4 * mm, x, y + 1.4 * mm)


def colour_bar(c) -> None:
    """The CMYK colour bar above the page: solids, overprints and black tints."""
    s = 4.5 * mm
    patches = [
        CMYKColor(1, 0, 0, 0),
        CMYKColor(0, 1, 0, 0),
        CMYKColor(0, 0, 1, 0),
        CMYKColor(0, 0, 0, 1),
        CMYKColor(1, 1, 0, 0),
        CMYKColor(1, 0, 1, 0),
        CMYKColor(0, 1, 1, 0),
        CMYKColor(1, 1, 1, 0),
    ] + [CMYKColor(0, 0, 0, t / 100) for t in (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)]
    x = OFF + 12 * mm
    y = OFF + TH + BLEED + 6 * mm
    c.setLineWidth(0.2)
    c.setStrokeColor(CMYKColor(0, 0, 0, 1))
    for col in patches:
        c.setFillColor(col)
        c.rect(x, y, s, s, stroke=1, fill=1)
        x += s


def slug_line(c, page: int) -> None:
    y = OFF - BLEED - 10 * mm
    c.setFillColor(REG)
    c.setFont("LiberationSans", 6.5)
    c.drawString(OFF + 3 * mm, y, f"{SLUG_FILE}   {page}   {SLUG_TIME}")
    c.drawRightString(OFF + TW - 3 * mm, y, "Cyan Magenta Yellow Black")


def printer_marks(c, page: int) -> None:
    c.saveState()
    crop_marks(c)
    mid = OFF - BLEED - 7.5 * mm
    reg_target(c, MW / 2, mid)  # below
    reg_target(c, MW / 2, MH - mid)  # above
    reg_target(c, mid, MH / 2)  # left
    reg_target(c, MW - mid, MH / 2)  # right
    colour_bar(c)
    slug_line(c, page)
    c.restoreState()


def render(doc: Doc, out: Path) -> Path:
    font = "LiberationSans"
    # margins inside the trimmed page: top bottom left right
    top, bottom, lft, rgt = 3.0 * rl.cm, 2.3 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm
    first_top = 8.6 * rl.cm  # page 1 opens below the band
    o = {
        "font": font,
        "size": 9.8,
        "leading": 13.4,
        "hcolor": BAND,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": CMYKColor(0.10, 0.0, 0.06, 0.0),
        "margins": (top, bottom, lft, rgt),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def frame(first: bool) -> rl.Frame:
        t = first_top if first else top
        return rl.Frame(
            OFF + lft,
            OFF + bottom,
            TW - lft - rgt,
            TH - t - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def band(c, first: bool) -> None:
        """The colour band at the top of the page, running 3 mm into the bleed at the top and the
        sides; on page 1 tall, holding the masthead."""
        c.saveState()
        h = 70 * mm if first else 9 * mm
        c.setFillColor(BAND)
        c.rect(OFF - BLEED, OFF + TH - h, TW + 2 * BLEED, h + BLEED, stroke=0, fill=1)
        if first:
            # a lighter wave across the band's lower edge, into the bleed at the right
            c.setFillColor(BAND_LIGHT)
            p = c.beginPath()
            p.moveTo(OFF + TW * 0.45, OFF + TH - h)
            p.curveTo(
                OFF + TW * 0.65,
                OFF + TH - h + 28 * mm,
                OFF + TW * 0.85,
                OFF + TH - h + 8 * mm,
                OFF + TW + BLEED,
                OFF + TH - h + 30 * mm,
            )
            p.lineTo(OFF + TW + BLEED, OFF + TH - h)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            x = OFF + lft
            c.setFillColor(colors.white)
            c.setFont(f"{font}-Bold", 12)
            c.drawString(x, OFF + TH - 20 * mm, MUNI)
            c.setFont(f"{font}-Bold", 26)
            c.drawString(x, OFF + TH - 38 * mm, TITLE)
            c.setFont(font, 15)
            c.drawString(x, OFF + TH - 47 * mm, COMMITTEE)
        c.restoreState()

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.setCropBox((0, 0, MW, MH))
        c.setBleedBox((OFF - BLEED, OFF - BLEED, OFF + TW + BLEED, OFF + TH + BLEED))
        c.setTrimBox((OFF, OFF, OFF + TW, OFF + TH))
        c.saveState()
        x0, x1 = OFF + lft, OFF + TW - rgt
        if page > 1:
            y = OFF + TH - 1.75 * rl.cm
            c.setFillColor(colors.HexColor("#404040"))
            c.setFont(font, 8)
            c.drawString(x0, y, f"{MUNI} · {COMMITTEE}")
            c.drawRightString(x1, y, TITLE)
            c.setStrokeColor(colors.HexColor("#9A9A9A"))
            c.setLineWidth(0.4)
            c.line(x0, y - 4, x1, y - 4)
        fy = OFF + 1.2 * rl.cm
        c.setFillColor(colors.HexColor("#404040"))
        c.setFont(font, 8)
        c.drawString(x0, fy, MUNI)
        c.drawRightString(x1, fy, f"Sida {page} av {pages}")
        c.restoreState()
        printer_marks(c, page)

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        return []  # drawn on the band by the page template

    meta = rl.ParagraphStyle("kmeta", parent=r.styles["meta"], textColor=colors.HexColor("#404040"))
    r.styles["meta"] = meta
    gtitle = rl.ParagraphStyle(
        "gtitle", parent=r.styles["body"], fontName=f"{font}-Bold", spaceAfter=1, keepWithNext=1
    )
    gstat = rl.ParagraphStyle("gstat", parent=r.styles["body"], spaceAfter=2, keepWithNext=1)

    def goal(b: Custom) -> list:
        word = STATUS_WORD[b.data["status"]]
        return [
            KeepTogether(
                [
                    Paragraph(escape(b.data["title"]), gtitle),
                    Paragraph(f"<b>Bedömning:</b> {escape(word)}", gstat),
                    r.para(b.data["comment"]),
                    rl.Spacer(1, 3),
                ]
            )
        ]

    r.custom.update(masthead=masthead, goal=goal)
    assert W > 0

    class Tmpl(BaseDocTemplate):
        pass

    path = out / f"{doc.stem}.pdf"
    d = Tmpl(
        str(path),
        pagesize=(MW, MH),
        title=f"{COMMITTEE} – {TITLE}",
        author="",
        creator="Adobe InDesign 20.0 (Windows)",
        producer="Adobe PDF Library 17.0",
        invariant=1,
        subject="",
    )
    d.addPageTemplates(
        [
            PageTemplate(id="first", frames=[frame(True)], onPage=lambda c, _d: band(c, True)),
            PageTemplate(id="normal", frames=[frame(False)], onPage=lambda c, _d: band(c, False)),
        ]
    )
    story = [rl.NextPageTemplate("normal")] + r.flowables(doc.blocks)
    d.build(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

"""Mora, Socialnämnden, delårsrapport januari–augusti 2026, printed and scanned back to PDF: three
pages that are only pictures (no text layer at all), read by OCR.

The report was laid out as a Word-like document (reportlab, Carlito body and tables, running header
"Mora kommun" / "Socialnämnden" above a rule and footer "Delårsrapport januari–augusti 2026" /
"Sida n av 3" below one), printed, hole-punched, stamped by the registrator and scanned: each page
is rasterised at 200 dpi in greyscale, put on a grey paper tone with uneven light, skewed (0.35°,
−0.7°, 0.55°), softened, given a little grain and a few specks, a dark scanner edge and the two
shadows of the punch holes in the left margin, and stored as a JPEG. The registrator's stamp
("MORA KOMMUN / Socialnämnden / 2026-09-17 / Dnr SN 2026/0231", a rotated box in ink grey at the
top right of page 1) carries a September date that is not the period; it is page furniture like
the running header and footer and is not in expected/.

Unlike the other scanned document (Kramfors: a månadsrapport with finance and a volumes table, no
goals) this one is a full delårsrapport whose every part has to come through OCR: the title block
(municipality only in the running header and the stamp, the committee as a subtitle), a goal table
Mål | Prognos helår | Kommentar with five goals whose titles wrap over two or three lines inside
their cell and whose forecast is a status WORD ("Uppnås", "Uppnås delvis", "Uppnås inte") beside
the first line, a KPI table Nyckeltal | Jan–aug 2025 | Jan–aug 2026 | Mål 2026 with decimal commas,
percentages, thousands separators and targets such as "≥ 90 %", "≤ 10,0" and "–", and a drift
table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus prognosis,
negative deviations with a hyphen-minus, a zero deviation printed 0, a Summa row).

OCR may read some characters wrongly (a "5" for an "S", a lost minus, "Uppnas" for "Uppnås"); the
answer key is nonetheless the truth as printed on the pages, read by hand from the rendered PNGs.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, P, Raw, Row, Scan, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Mora kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
DPI = 200
ANGLES = (0.35, -0.7, 0.55)
JPEG_Q = 30
GRAIN = 1.0  # standard deviation of the grain, grey levels
BLUR = 0.85  # the scanner's softness, pixels

WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

# goal, forecast, comment
GOALS = [
    (
        "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier",
        "partly",
        "58 personer har gått vidare till arbete eller studier, jämfört med 49 under samma "
        "period 2025. Målet för helåret är 95 personer och bedöms inte nås fullt ut.",
    ),
    (
        "Barn och unga i behov av stöd ska i första hand få insatser på hemmaplan",
        "expected_achieved",
        "Öppenvårdsteamet har utökats med två tjänster och antalet vårddygn på HVB har "
        "minskat med en fjärdedel jämfört med föregående år.",
    ),
    (
        "Utredningar om barn och unga ska avslutas inom lagstadgad tid",
        "partly",
        "Andelen utredningar som avslutats inom fyra månader har sjunkit till 71 % efter "
        "vakanser under våren. Samtliga tjänster är tillsatta från september.",
    ),
    (
        "Personer med insats enligt LSS ska erbjudas sysselsättning utifrån sina behov",
        "expected_achieved",
        "Alla som beviljats daglig verksamhet har fått en plats. En ny grupp med inriktning "
        "mot återbruk startade i Noret i maj.",
    ),
    (
        "Socialnämnden ska bedriva verksamheten inom tilldelad budgetram",
        "expected_not_achieved",
        "Prognosen för helåret är ett underskott om 4 200 tkr, främst för placeringar av "
        "barn och unga och för personlig assistens.",
    ),
]

# name, jan–aug 2025, jan–aug 2026, target as printed, format
KPIS = [
    ("Antal hushåll med ekonomiskt bistånd per månad", 286, 271, "≤ 270", N),
    ("Utbetalt ekonomiskt bistånd, tkr", 14_820, 14_115, "–", N),
    ("Handläggningstid för ekonomiskt bistånd, dagar", 9.4, 8.1, "≤ 10,0", DEC1),
    ("Personer som gått vidare till arbete eller studier", 49, 58, "95", N),
    ("Andel utredningar barn och unga klara inom fyra månader", 78, 71, "≥ 90 %", PCT),
    ("Antal vårddygn på HVB, barn och unga", 1_940, 1_452, "≤ 1 600", N),
    ("Antal personer i daglig verksamhet enligt LSS", 112, 118, "–", N),
    ("Sjukfrånvaro bland medarbetarna", 8.9, 8.2, "≤ 8,0 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och ledning", 6_800, 4_310, 6_500),
    ("Barn och unga", 42_600, 30_880, 45_900),
    ("Vuxen och missbruk", 14_300, 9_720, 14_800),
    ("Ekonomiskt bistånd", 22_900, 16_940, 21_700),
    ("Funktionsstöd", 98_400, 66_210, 100_300),
    ("Arbetsmarknad och integration", 11_200, 7_050, 11_200),
]


def build() -> Doc:
    d = Doc(
        stem="mora-socialnamnden-delarsrapport-2026-08",
        municipality="Mora",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 of a small kommun, printed and "
        "scanned: three image-only pages (200 dpi greyscale JPEG, grey paper, skewed 0.35–0.7°, "
        "grain, punch-hole shadows)",
        hard="no text layer at all, and unlike kramfors a whole delårsrapport with goals: the "
        "title block, a goal table Mål | Prognos helår | Kommentar with five goals whose titles "
        'wrap over two or three lines in their cell and whose forecast is a status word ("Uppnås", '
        '"Uppnås delvis", "Uppnås inte"), a KPI table Nyckeltal | Jan–aug 2025 | Jan–aug 2026 | '
        'Mål 2026 (decimal commas, "%", thousands separators, targets "≥ 90 %", "≤ 10,0", "–") '
        "and a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget "
        "minus prognosis, negative deviations, a zero printed 0, a Summa row) can only be read by "
        'OCR; the municipality only in the running header ("Mora kommun") and a registrator\'s '
        'stamp at the top right of page 1 with a September date ("2026-09-17", "Dnr SN 2026/0231") '
        "that is not the period",
    )
    n: dict[str, int] = {}
    for _g, s, _c in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"partly": 2, "expected_achieved": 2, "expected_not_achieved": 1}, n
    tb, tu, tp = (sum(u[i] for u in DRIFT) for i in (1, 2, 3))
    assert (tb, tu, tp) == (196_200, 135_110, 200_400), (tb, tu, tp)
    assert tb - tp == -4_200

    # ---------------------------------------------------------------- page 1
    goal_lines = ["Tabell 1. Nämndens mål", "Mål\tPrognos helår\tKommentar"]
    for g, s, c in GOALS:
        d.goal(g, s)
        goal_lines.append(f"{g}\t{WORDS[s]}\t{c}")
    page1 = [
        Custom("titleblock", {}, words=f"{TITLE}\n{COMMITTEE}"),
        H(1, "Sammanfattning", "1"),
        P(
            "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, "
            "funktionsstöd samt arbetsmarknad och integration. Delårsrapporten omfattar perioden "
            "januari–augusti 2026 och innehåller en prognos för helåret."
        ),
        P(
            "Nämnden prognostiserar ett underskott om 4 200 tkr för 2026. Kostnaderna för "
            "placeringar av barn och unga och för personlig assistens är högre än budgeterat, "
            "medan ekonomiskt bistånd visar ett överskott. Av nämndens fem mål bedöms två uppnås, "
            "två uppnås delvis och ett inte uppnås vid årets slut."
        ),
        H(1, "Måluppfyllelse", "2"),
        P("Tabellen visar nämndens bedömning av hur målen kommer att uppfyllas vid årets slut."),
        Custom("goaltable", {}, words="\n".join(goal_lines)),
    ]

    # ---------------------------------------------------------------- page 2
    kpi_rows = [Row(name, [a, b, Raw(t)], fmt=f) for name, a, b, t, f in KPIS]
    page2 = [
        H(1, "Nyckeltal", "3"),
        P(
            "Nyckeltalen avser perioden januari–augusti respektive år. Målvärdena avser helåret "
            "2026."
        ),
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=kpi_rows,
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.4,
        ),
        H(1, "Verksamhetens utveckling", "4"),
        P(
            "Antalet hushåll med ekonomiskt bistånd har minskat något jämfört med samma period "
            "förra året. Samarbetet med arbetsmarknadsenheten och Arbetsförmedlingen har gett "
            "fler personer jobb eller studier, men arbetslösheten i kommunen är fortsatt högre "
            "än i länet."
        ),
        P(
            "Inom barn och unga har två placeringar på särskilt ungdomshem pågått hela perioden. "
            "Antalet vårddygn på HVB har ändå minskat tack vare det utökade öppenvårdsteamet. "
            "Vakanser bland socialsekreterarna under våren har gjort att färre utredningar "
            "avslutats inom fyra månader."
        ),
        P(
            "Inom funktionsstöd har behovet av personlig assistens ökat och två nya beslut om "
            "assistans har fattats under sommaren. Sjukfrånvaron bland medarbetarna har minskat "
            "men ligger fortfarande över målvärdet."
        ),
    ]

    # ---------------------------------------------------------------- page 3
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Summa socialnämnden", [tb, tu, tp, tb - tp], total=True))
    page3 = [
        H(1, "Ekonomi", "5"),
        P(
            "Nämndens budget för 2026 är 196 200 tkr. Utfallet för januari–augusti är "
            "135 110 tkr, vilket motsvarar 69 procent av årsbudgeten. Prognosen för helåret är "
            "200 400 tkr, ett underskott om 4 200 tkr."
        ),
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
            caption="Tabell 3. Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget minus prognos. Ett negativt belopp är ett underskott.",
            fmt=N,
            label_width=2.8,
        ),
        P(
            "Barn och unga prognostiserar ett underskott om 3 300 tkr och funktionsstöd ett "
            "underskott om 1 900 tkr. Ekonomiskt bistånd beräknas lämna ett överskott om "
            "1 200 tkr och nämnd och ledning ett överskott om 300 tkr."
        ),
        H(1, "Åtgärder för en budget i balans", "6"),
        P(
            "Förvaltningen ser över samtliga externa placeringar och prövar stöd på hemmaplan i "
            "varje ärende. Inom funktionsstöd planeras scheman om för att minska kostnaderna för "
            "timanställda. Vakanta administrativa tjänster tillsätts inte under hösten."
        ),
        H(1, "Förslag till beslut", "7"),
        P("Socialnämnden godkänner delårsrapporten för januari–augusti 2026."),
    ]
    d.add(Scan(page1), Scan(page2), Scan(page3))
    return d


# ---------------------------------------------------------------- drawing

INK = colors.HexColor("#1A1A1A")
HEAD_BG = colors.HexColor("#E4E4E4")
MARGINS = (2.4 * rl.cm, 2.2 * rl.cm, 2.5 * rl.cm, 2.3 * rl.cm)  # top bottom left right
FONT = "Carlito"


def _vector_pdf(doc: Doc) -> bytes:
    """The report as it was before printing: a normal reportlab document."""
    o = {
        "font": FONT,
        "size": 10.5,
        "leading": 14,
        "color": INK,
        "hcolor": INK,
        "h_sizes": {1: 13.5, 2: 11.5, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": MARGINS,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = MARGINS

    def furniture(c, page: int, pages: int, _flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.4 * rl.cm
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont(f"{FONT}-Bold", 9)
        c.drawString(lft, y, MUNI)
        c.setFont(FONT, 9)
        c.drawRightString(A4[0] - rgt, y, COMMITTEE)
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(0.5)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.line(lft, fy + 11, A4[0] - rgt, fy + 11)
        c.setFont(FONT, 8.5)
        c.drawString(lft, fy, TITLE)
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        if page == 1:
            _stamp(c)
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def titleblock(_b: Custom) -> list:
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=21, leading=26, textColor=INK, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "s", parent=r.styles["subtitle"], fontSize=15, leading=19, textColor=INK, spaceAfter=8
        )
        return [rl.Spacer(1, 34), Paragraph(TITLE, big), Paragraph(COMMITTEE, sub)]

    cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9.5, leading=11.8)
    cellb = rl.ParagraphStyle("gcb", parent=cell, fontName=f"{FONT}-Bold")

    def goaltable(_b: Custom) -> list:
        data = [[Paragraph(h, cellb) for h in ("Mål", "Prognos helår", "Kommentar")]]
        for g, s, c in GOALS:
            data.append([Paragraph(escape(g), cell), Paragraph(WORDS[s], cell),
                         Paragraph(escape(c), cell)])  # fmt: skip
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#555555")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        widths = [0.34, 0.15, 0.51]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], style=rl.TableStyle(cmds),
                         hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Nämndens mål", "caption"), tbl]

    r.custom.update(titleblock=titleblock, goaltable=goaltable)
    story: list = []
    for k, page in enumerate(doc.blocks):
        assert isinstance(page, Scan)
        if k:
            story.append(PageBreak())
        story.extend(r.flowables(page.blocks))
    with tempfile.TemporaryDirectory() as tmp:
        vec = Path(tmp) / "vector.pdf"
        r.build(vec, story=story, first_plain=False)
        return vec.read_bytes()


def _stamp(c) -> None:
    """The registrator's rubber stamp, a little askew, in ink that scans mid-grey."""
    c.saveState()
    c.translate(A4[0] - MARGINS[3] - 128, A4[1] - 3.05 * rl.cm - 62)
    c.rotate(-3.5)
    ink = colors.HexColor("#5B4E8C")
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(1.3)
    c.roundRect(0, 0, 128, 60, 4, stroke=1, fill=0)
    c.setFont("LiberationSans-Bold", 9)
    c.drawCentredString(64, 46, "MORA KOMMUN")
    c.setFont("LiberationSans", 8)
    c.drawCentredString(64, 34, COMMITTEE)
    c.setFont("LiberationSans-Bold", 10.5)
    c.drawCentredString(64, 19.5, "2026-09-17")
    c.setFont("LiberationSans", 8)
    c.drawCentredString(64, 6, "Dnr SN 2026/0231")
    c.restoreState()


def _scan(img: Image.Image, seed: str, angle: float) -> Image.Image:
    """A printed page as a flatbed scanner gives it back."""
    rnd = random.Random(seed)
    rng = np.random.default_rng(rnd.randrange(2**32))
    g = img.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    g = g.filter(ImageFilter.GaussianBlur(BLUR))
    a = np.asarray(g, dtype=np.float32)
    h, w = a.shape
    # toner is never quite black; paper is grey and lit unevenly (darker to the right and bottom)
    a = a * 0.84 + 18
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.045 * (xx / w) - 0.03 * (yy / h)
    a = a * (233 / 255) * light
    a += rng.normal(0, GRAIN, a.shape)  # grain
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(out)
    k = DPI / 72
    # punch holes (80 mm apart, 12 mm from the left edge): the scanner lid shows through grey
    for cy in (A4[1] / 2 - 40 / 25.4 * 72, A4[1] / 2 + 40 / 25.4 * 72):
        x0, y0, r = 12 / 25.4 * 72 * k, cy * k, 3 * 72 / 25.4 * k
        d.ellipse([x0 - r, y0 - r, x0 + r, y0 + r], fill=118, outline=90)
    # the dark band along the edge the lid did not cover
    for i in range(16):
        d.line([(w - 16 + i, 0), (w - 16 + i, h)], fill=228 - i * 10)
    for _ in range(70):
        x, y = rnd.randrange(w), rnd.randrange(h)
        s = rnd.choice((1, 1, 2, 3))
        d.ellipse([x, y, x + s, y + s], fill=rnd.randrange(70, 170))
    return out


def render(doc: Doc, out: Path) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(_vector_pdf(doc))
    assert len(pdf) == len(ANGLES) == len(doc.blocks), len(pdf)
    path = out / f"{doc.stem}.pdf"
    src = out / "sources"
    a85 = rl_config.useA85
    rl_config.useA85 = 0  # the JPEGs go in as they are, not ASCII85-encoded (a quarter larger)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("Skannat dokument")
    c.setCreator("Scan to PDF")
    c.setProducer("ReportLab PDF Library - www.reportlab.com")
    for number, angle in enumerate(ANGLES, start=1):
        bitmap = pdf[number - 1].render(scale=DPI / 72, grayscale=True)
        page = _scan(bitmap.to_pil(), f"{doc.stem}-{number}", angle)
        name = f"{doc.stem}-skannad-sida{number}.jpg"
        # a scanner's "compact" setting: strong JPEG compression, progressive (the corpus keeps
        # every PDF under 300 KB, and three full pages of text at 200 dpi are heavy)
        page.save(src / name, "JPEG", quality=JPEG_Q, optimize=True, progressive=True)
        c.drawImage(str(src / name), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    rl_config.useA85 = a85
    pdf.close()
    return path

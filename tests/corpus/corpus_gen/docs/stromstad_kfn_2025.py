"""Strömstad, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Sans),
no title page, laid out by a designer whose page furniture stands in the SIDE MARGINS, not at the
top or bottom of the page:

- a narrow navigation column at the left edge of every page (left of a thin vertical rule) that
  lists the report's five chapters, "Inledning", "Måluppfyllelse", "Nyckeltal", "Ekonomi",
  "Framåtblick", the same list on every page, the current chapter in bold and the accent colour
  with a small square before it, the others grey. The list starts level with the top of the text
  block, so its five words stand on the same text lines as the first lines of the body, and they
  are word for word the (unnumbered) chapter headings of the body;
- the running title "Verksamhetsberättelse 2025 · Kultur- och fritidsnämnden" set vertically, in
  small grey type, along the OUTER page edge: at the right edge of the odd pages reading downwards
  (rotated −90°), at the left edge of the even pages, outside the navigation column, reading
  upwards (rotated 90°);
- the page number alone in the outer bottom corner (bottom right on odd pages, bottom left under
  the navigation column on even pages). No header or footer line anywhere.

The body is one column to the right of the navigation: a masthead (municipality, title,
committee, dnr), five goals as headings with a "Bedömning: …" line and an analysis paragraph, a
KPI table 2023 | 2024 | 2025 | Målvärde 2025 and a drift table per verksamhet Budget 2025 |
Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall). The expected text holds the
body only: the navigation column, the vertical title and the page numbers are furniture."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Strömstads kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
RUNNING = f"{TITLE} · {COMMITTEE}"
META = "Dnr KFN 2026/9 · Fastställd av kultur- och fritidsnämnden 2026-02-12, § 8"
CHAPTERS = ["Inledning", "Måluppfyllelse", "Nyckeltal", "Ekonomi", "Framåtblick"]

INK = colors.HexColor("#1E2A30")
ACCENT = colors.HexColor("#0B5C6B")  # a sea green-blue
GREY = colors.HexColor("#8A959B")
RULE = colors.HexColor("#C9D3D6")
HEAD_BG = colors.HexColor("#E4EFF1")

WORD = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# title, status, analysis
GOALS = [
    (
        "Fler barn och unga ska ta del av kulturskolans och fritidsgårdens verksamhet",
        "achieved",
        "Andelen barn 6–15 år som deltar i kulturskolans verksamhet ökade till 21 procent och "
        "målvärdet på 20 procent nåddes. Kulturskolan startade under hösten en kurs i film och "
        "digitalt berättande på Skee skola, och avgiften för den första terminen slopades för "
        "elever i årskurs 3. Fritidsgården hade 11 900 besök, 1 300 fler än 2024. Sommarlovets "
        "aktiviteter på Strömsvallen och i hamnen, som delvis finansierades med statsbidrag, "
        "lockade många besökare som inte tidigare har varit på fritidsgården.",
    ),
    (
        "Biblioteket ska vara en tillgänglig mötesplats för läsning och digital delaktighet",
        "partly",
        "Biblioteket hade 66 400 besök och nådde målvärdet på 65 000 besök. Meröppet, där "
        "låntagare med lånekort kan komma in även när personal saknas, infördes i mars och "
        "används mest på kvällar och lördagar. Utlånen ökade till 5,3 per invånare men når inte "
        "målvärdet på 5,5. Biblioteket har under året erbjudit 96 tillfällen med digital "
        "handledning, och omkring 540 invånare har fått hjälp med e-legitimation och "
        "kommunens e-tjänster.",
    ),
    (
        "Fler invånare ska vara fysiskt aktiva i kommunens anläggningar och friluftsområden",
        "not_achieved",
        "Badhuset var stängt i sju veckor under hösten för byte av reningsanläggning och hade "
        "79 300 besök, långt under målvärdet på 90 000. Antalet deltagartillfällen i "
        "föreningarnas verksamhet för 7–20-åringar ökade till 61 700 men når inte målvärdet på "
        "62 000. Besöksräknarna vid elljusspåret och vid vandringslederna på Koster visar fler "
        "besök än 2024, men det räcker inte för att målet ska bedömas som uppfyllt.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva och utveckla sin verksamhet",
        "partly",
        "Riktlinjerna för föreningsbidrag reviderades under våren och ansökningarna görs nu "
        "digitalt. Sammanlagt betalades 2 760 tkr ut i bidrag, 140 tkr mindre än budgeterat, "
        "eftersom två föreningar inte sökte aktivitetsstöd i tid. Bristen på halltider "
        "vardagskvällar kvarstår, och föreningarna har vid dialogmötena framfört att den nya "
        "bokningstjänsten behöver bli enklare att använda.",
    ),
    (
        "Kulturarvet och kustmiljöerna ska bli mer tillgängliga för invånare och besökare",
        "achieved",
        "Samtliga tolv planerade kulturmiljöer längs kusten har fått ny skyltning på svenska, "
        "engelska och norska. Under sommaren hölls guidade visningar i hällristningsområdena vid "
        "Blomsholm och på Nordkoster vid 18 tillfällen med sammanlagt 640 deltagare. Den "
        "kommunala konstsamlingen har registrerats och publicerats på kommunens webbplats.",
    ),
]

# name, 2023, 2024, 2025, target as printed, fmt
KPIS = [
    ("Antal besök på biblioteket", 61_200, 63_800, 66_400, "≥ 65 000", N),
    ("Antal utlån per invånare", 5.2, 5.0, 5.3, "≥ 5,5", DEC1),
    ("Andel barn 6–15 år i kulturskolans verksamhet", 18, 19, 21, "≥ 20 %", PCT),
    ("Antal besök på fritidsgården", 9_800, 10_600, 11_900, "≥ 11 000", N),
    ("Antal besök i badhuset", 84_500, 88_100, 79_300, "≥ 90 000", N),
    ("Deltagartillfällen i föreningar, 7–20 år", 58_300, 60_100, 61_700, "≥ 62 000", N),
    ("Sjukfrånvaro bland medarbetarna", 6.3, 5.9, 5.1, "≤ 5,5 %", PCT1),
]

# verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltning", 2_650, 2_580, 2_510),
    ("Bibliotek", 8_900, 8_760, 8_540),
    ("Kulturskola", 6_400, 6_610, 6_180),
    ("Allmänkultur och kulturarv", 3_850, 3_720, 3_690),
    ("Badhus", 9_800, 10_540, 9_620),
    ("Idrotts- och fritidsanläggningar", 11_200, 11_430, 10_880),
    ("Fritidsgård och ungdomsverksamhet", 3_300, 3_190, 3_050),
    ("Föreningsbidrag", 2_900, 2_760, 2_840),
]


def kpi_table() -> Table:
    rows = [Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("2023",), year="2023"),
            Col(("2024",), year="2024"),
            Col(("2025",), year="2025"),
            Col(("Målvärde", "2025"), year=None),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal 2023–2025",
        note="Värdena avser helår. Utlån per invånare beräknas på folkmängden den 31 december.",
        label_width=3.5,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, b - u, p]) for n, b, u, p in DRIFT]
    tb = sum(r[1] for r in DRIFT)
    tu = sum(r[2] for r in DRIFT)
    tp = sum(r[3] for r in DRIFT)
    assert (tb, tu, tp) == (49_000, 49_590, 47_310), (tb, tu, tp)
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu, tp], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget 2025",), width=1.13),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",), width=0.95),
            Col(("Utfall 2024",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 2. Driftredovisning per verksamhet (tkr)",
        note="Nettokostnad. Avvikelse = budget minus utfall; negativt belopp = underskott.",
        label_width=2.9,
    )


def build() -> Doc:
    d = Doc(
        stem="stromstad-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Strömstad",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 with a designer's page "
        "furniture in the side margins (reportlab, Liberation Sans), no title page",
        hard="no header or footer line: the page furniture stands in the SIDE margins. A narrow "
        "navigation column at the left edge of every page, beside a thin vertical rule, lists "
        'the five chapters ("Inledning", "Måluppfyllelse", "Nyckeltal", "Ekonomi", '
        '"Framåtblick"), the same list on every page, the current chapter bold in the accent '
        "colour with a small square before it, the others grey; the list starts level with the "
        "top of the text block, so its words stand on the same text lines as the body's first "
        "lines, and they are word for word the body's unnumbered chapter headings; the running "
        'title "Verksamhetsberättelse 2025 · Kultur- och fritidsnämnden" set vertically in '
        "small grey type along the OUTER page edge (the right edge of odd pages reading "
        "downwards, the left edge of even pages reading upwards, outside the navigation); the "
        "page number alone in the outer bottom corner. The body is one column right of the "
        'navigation: five goals as headings with a "Bedömning: Uppfyllt / Delvis uppfyllt / Ej '
        'uppfyllt" line and an analysis paragraph; a KPI table 2023 | 2024 | 2025 | Målvärde '
        '2025 (targets "≥ 65 000", "≤ 5,5 %"); a drift table Budget 2025 | Utfall 2025 | '
        "Avvikelse | Utfall 2024 (tkr, budget minus utfall, Summa nämnden); the municipality "
        'as "Strömstads kommun" only in the masthead and once in the text',
    )
    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n{META}"))

    d.h(1, "Inledning")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur och "
        "kulturarv, fritidsgård, badhus, idrotts- och fritidsanläggningar samt stöd till "
        "föreningslivet i Strömstads kommun. Verksamhetsberättelsen redovisar hur nämndens "
        "mål har uppfyllts under 2025, de viktigaste nyckeltalen och det ekonomiska resultatet."
    )
    d.p(
        "Året präglades av att badhuset var stängt i sju veckor under hösten för byte av "
        "reningsanläggning. Besöken på biblioteket och fritidsgården fortsatte att öka, och "
        "kulturskolan nådde fler barn i kommunens norra delar. Av nämndens fem mål bedöms två "
        "som uppfyllda, två som delvis uppfyllda och ett som ej uppfyllt. Nämnden redovisar ett "
        "underskott på 590 tkr, vilket motsvarar 1,2 procent av budgeten."
    )

    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämndens mål utgår från kommunfullmäktiges målområden för mandatperioden 2023–2026. "
        "Varje mål bedöms på en tregradig skala: uppfyllt, delvis uppfyllt eller ej uppfyllt. "
        "Bedömningen bygger på nyckeltalen i tabell 1 och på uppföljningen av de aktiviteter "
        "som planerades i verksamhetsplanen."
    )
    for title, status, analysis in GOALS:
        d.goal(title, status)
        d.h(2, title)
        d.p(f"Bedömning: {WORD[status]}", "status")
        d.p(analysis)

    d.h(1, "Nyckeltal")
    d.p(
        "Tabellen visar nämndens nyckeltal för de tre senaste åren och målvärdet för 2025. "
        "Nedgången i badhusets besök beror på stängningen under hösten."
    )
    d.table(kpi_table())

    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett underskott på 590 tkr mot budget. Det största underskottet finns "
        "i badhuset, 740 tkr, där entréintäkterna blev lägre under stängningen samtidigt som "
        "kostnaderna för personal och fastighet löpte på. Idrotts- och fritidsanläggningarna "
        "visar ett underskott på 230 tkr, främst till följd av högre kostnader för el och "
        "reparationer av konstgräsplanen på Strömsvallen."
    )
    d.table(drift_table())
    d.p(
        "Kulturskolans underskott på 210 tkr beror på den nya kursen på Skee skola, som "
        "finansieras fullt ut först 2026. Biblioteket, allmänkulturen, fritidsgården och "
        "föreningsbidragen visar överskott, främst genom vakanser under våren och lägre "
        "utbetalningar av aktivitetsstöd."
    )

    d.h(1, "Framåtblick")
    d.p(
        "Under 2026 tas den nya reningsanläggningen i badhuset i full drift, och nämnden räknar "
        "med att besöken återgår till nivån före stängningen. Bokningstjänsten för "
        "anläggningar ska förenklas i samråd med föreningarna, och arbetet med att fördela "
        "halltider vardagskvällar ses över."
    )
    d.p(
        "Nämnden står inför ökade kapitalkostnader för badhuset inom en oförändrad ram. "
        "Förvaltningen har fått i uppdrag att ta fram förslag på åtgärder för en ekonomi i "
        "balans, som redovisas för nämnden i april 2026."
    )
    return d


# ---------------------------------------------------------------- drawing

PW, PH = A4
TOP, BOTTOM, LEFT, RIGHT = 2.0 * rl.cm, 2.3 * rl.cm, 5.4 * rl.cm, 2.0 * rl.cm
NAV_X = 1.7 * rl.cm  # the navigation column's left edge
NAV_RULE = 4.85 * rl.cm  # the thin vertical rule between navigation and body


def render(doc: Doc, out: Path) -> Path:
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 10,
        "leading": 14,
        "hcolor": ACCENT,
        "color": INK,
        "h_sizes": {1: 17, 2: 11, 3: 10.5},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": (TOP, BOTTOM, LEFT, RIGHT),
        "para_space": 6,
    }
    r = rl.RLDoc(doc, o)
    r.styles["h2"].textColor = INK
    r.styles["h2"].spaceBefore = 10
    r.styles["status"].textColor = ACCENT
    r.styles["status"].fontSize = 9.5
    r.styles["status"].spaceAfter = 3
    r.styles["caption"].textColor = INK

    class ChapterHead(Paragraph):
        """A chapter heading that tells the furniture where on the page its chapter starts."""

        def __init__(self, h: H) -> None:
            super().__init__(h.title, r.styles["h1"])
            self.chapter = h.title

        def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, ANN001
            canvas.page_flags.setdefault("chapters", []).append((self.chapter, y + self.height))
            super().drawOn(canvas, x, y, _sW)

    def heading(h: H):  # noqa: ANN202
        if h.level == 1:
            return ChapterHead(h)
        return r.para(h.full, f"h{h.level}")

    r.heading_factory = heading

    def masthead(_b: Custom) -> list:
        kom = rl.ParagraphStyle(
            "kom", parent=r.styles["cellb"], fontSize=11, leading=14, textColor=ACCENT
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=25, leading=30, textColor=INK, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontSize=15, leading=19, textColor=ACCENT
        )
        meta = rl.ParagraphStyle("mh3", parent=r.styles["meta"], fontSize=8.5, textColor=GREY)
        return [
            Paragraph(MUNI, kom),
            rl.Spacer(1, 10),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(META, meta),
            rl.Spacer(1, 4),
        ]

    r.custom.update(masthead=masthead)

    carry = {"cur": ""}
    frame_top = PH - TOP

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        chs = flags.get("chapters", [])
        # the current chapter: one that opens at the top of the page, else the one carried over
        # from the pages before, else (page 1) the first one on the page
        cur = carry["cur"]
        if chs and (not cur or chs[0][1] > frame_top - 60):
            cur = chs[0][0]
        if chs:
            carry["cur"] = chs[-1][0]
        c.saveState()
        # navigation column
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(NAV_RULE, BOTTOM, NAV_RULE, frame_top)
        y = frame_top - 10
        for name in CHAPTERS:
            if name == cur:
                c.setFillColor(ACCENT)
                c.rect(NAV_X, y + 1, 4.2, 4.2, stroke=0, fill=1)
                c.setFont(f"{font}-Bold", 8.5)
            else:
                c.setFillColor(GREY)
                c.setFont(font, 8.5)
            c.drawString(NAV_X + 9, y, name)
            y -= 15
        # the running title, vertical along the outer edge
        c.setFont(font, 7.5)
        c.setFillColor(GREY)
        if page % 2:
            c.saveState()
            c.translate(PW - 0.95 * rl.cm, frame_top)
            c.rotate(-90)
            c.drawString(0, 0, RUNNING)
            c.restoreState()
        else:
            c.saveState()
            c.translate(0.95 * rl.cm, BOTTOM)
            c.rotate(90)
            c.drawRightString(frame_top - BOTTOM, 0, RUNNING)
            c.restoreState()
        # the page number in the outer bottom corner
        c.setFont(f"{font}-Bold", 9)
        c.setFillColor(ACCENT)
        py = 1.2 * rl.cm
        if page % 2:
            c.drawRightString(PW - RIGHT, py, str(page))
        else:
            c.drawString(NAV_X, py, str(page))
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

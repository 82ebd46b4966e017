"""Höör, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 made for black-and-white printing
(reportlab, Liberation Sans). Every goal's assessment is only a black vector shape drawn as a path
in a narrow "Status" column of the goal table: a filled circle (uppfyllt), a circle whose left half
is filled (delvis uppfyllt), an empty circle, black outline only (ej uppfyllt), and a short dash
line (ej bedömt). No glyph, no colour and no word stands beside any goal; the comments are written
so that they give facts but never the assessment. A legend of the same drawn shapes with their
words stands under the table. A KPI table over three years with a target column, a drift table
per verksamhet and a resultaträkning close the report."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Höörs kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
GREY = colors.HexColor("#707070")
LIGHT = colors.HexColor("#E8E8E8")

LEGEND = [
    ("achieved", "Uppfyllt"),
    ("partly", "Delvis uppfyllt"),
    ("not_achieved", "Ej uppfyllt"),
    ("unassessed", "Ej bedömt"),
]

# goal title, status, comment (facts only: no word of the assessment)
GOALS = [
    (
        "Fler barn och unga ska delta i organiserad kultur- och fritidsverksamhet",
        "achieved",
        "Antalet deltagartillfällen i LOK-stödsberättigad verksamhet ökade till 64 820 "
        "(61 310 år 2024). Ökningen är störst bland flickor 13–16 år, där två nya föreningar "
        "har startat verksamhet i dans och klättring.",
    ),
    (
        "Biblioteken ska vara öppna och välkomnande mötesplatser för alla invånare",
        "partly",
        "Besöken ökade med 5 procent till 109 730, bland annat tack vare meröppet på "
        "biblioteket i Tjörnarp från mars. Utlånen per invånare ökade till 5,9. "
        "Huvudbiblioteket höll stängt i sex veckor under sommaren för byte av ventilation.",
    ),
    (
        "Väntetiden till kulturskolans ämneskurser ska kortas",
        "not_achieved",
        "Antalet barn i kö ökade från 84 till 112 vid årets slut. Tjänsterna som pianolärare "
        "och slagverkslärare var vakanta under hösten. Antalet elever i kulturskolan ökade "
        "samtidigt till 503.",
    ),
    (
        "Idrotts- och fritidsanläggningarna ska vara tillgängliga och trygga",
        "achieved",
        "Andelen uthyrd tid i idrottshallarna ökade till 87 procent. Belysningen vid "
        "Frostavallen och på elljusspåret byttes ut under hösten, och tryggheten vid "
        "anläggningarna har följts upp tillsammans med föreningarna.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva verksamhet",
        "partly",
        "Det nya bidragssystemet infördes den 1 juli 2025. Antalet föreningar med "
        "verksamhetsbidrag minskade till 63, eftersom tre mindre föreningar har lagts ned. "
        "Handläggningstiden för bidragsansökningar var i genomsnitt 18 dagar.",
    ),
    (
        "Medarbetarna ska ha en hälsosam och utvecklande arbetsmiljö",
        "unassessed",
        "Kommunens medarbetarenkät flyttades till våren 2026, och något HME-index finns därför "
        "inte för 2025. Sjukfrånvaron minskade till 5,1 procent.",
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
    ("Deltagartillfällen i LOK-stödd verksamhet, 7–20 år", 58_940, 61_310, 64_820, "≥ 63 000", N),
    ("Besök på biblioteken, antal", 98_460, 104_210, 109_730, "≥ 110 000", N),
    ("Utlån per invånare, antal", 5.8, 5.6, 5.9, "≥ 6,0", DEC1),
    ("Elever i kulturskolan, antal", 471, 488, 503, "≥ 500", N),
    ("Barn i kö till kulturskolan, antal", 96, 84, 112, "≤ 60", N),
    ("Andel uthyrd tid i idrottshallarna", 81, 84, 87, "≥ 85 %", PCT),
    ("Föreningar med verksamhetsbidrag, antal", 64, 66, 63, "≥ 68", N),
    ("Hållbart medarbetarengagemang (HME), index", 79, 81, None, "≥ 80", N),
    ("Sjukfrånvaro bland medarbetarna", 6.4, 5.7, 5.1, "≤ 5,5 %", PCT1),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (net cost, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 4_850, 4_712, 4_603),
    ("Bibliotek", 11_420, 11_586, 10_984),
    ("Kulturskola", 7_960, 8_214, 7_702),
    ("Allmänkultur och evenemang", 3_180, 2_946, 3_057),
    ("Fritidsgårdar och ungdomsverksamhet", 6_240, 6_118, 5_890),
    ("Idrotts- och fritidsanläggningar", 18_650, 19_043, 17_820),
    ("Föreningsbidrag", 3_900, 3_874, 3_812),
]


class Mark(Flowable):
    """A goal's assessment as a black vector shape (a path, no glyph)."""

    def __init__(self, status: str, d: float = 9.0) -> None:
        super().__init__()
        self.status, self.d = status, d
        self.width = self.height = d

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.d, self.d

    def draw(self) -> None:
        c = self.canv
        r = self.d / 2 - 0.5
        cx = cy = self.d / 2
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setFillColor(colors.black)
        c.setLineWidth(0.9)
        if self.status == "achieved":
            c.circle(cx, cy, r, stroke=1, fill=1)
        elif self.status == "not_achieved":
            c.circle(cx, cy, r, stroke=1, fill=0)
        elif self.status == "partly":
            p = c.beginPath()
            p.moveTo(cx, cy)
            p.arcTo(cx - r, cy - r, cx + r, cy + r, startAng=90, extent=180)
            p.close()
            c.drawPath(p, stroke=0, fill=1)
            c.circle(cx, cy, r, stroke=1, fill=0)
        else:  # unassessed: a short dash
            c.setLineWidth(1.3)
            p = c.beginPath()
            p.moveTo(cx - r * 0.9, cy)
            p.lineTo(cx + r * 0.9, cy)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


def build() -> Doc:
    d = Doc(
        stem="hoor-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Höör",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 laid out for "
        "black-and-white printing (reportlab, Liberation Sans), no title page",
        hard="each goal's assessment is only a black vector shape drawn as a path (no glyph, no "
        "colour) in a narrow Status column of the goal table Nämndmål | Kommentar | Status: a "
        "filled circle (uppfyllt), a circle with only its left half filled (delvis uppfyllt), an "
        "empty circle of black outline (ej uppfyllt) and a short dash line (ej bedömt), so the "
        "four states differ only in how much of the same outline is inked; the shapes are "
        "centred vertically in rows of three to four lines, and the table runs from page 1 onto "
        "page 2 with its header row repeated; the comments give facts and never "
        "the assessment, and no status word stands beside any goal; the only words are in a "
        'legend of the same drawn shapes under the table ("Uppfyllt", "Delvis uppfyllt", "Ej '
        'uppfyllt", "Ej bedömt"); a KPI table Utfall 2023 | Utfall 2024 | Utfall 2025 | '
        "Målvärde 2025 (two-line headers, a dash for the HME index not measured in 2025); a "
        "drift table Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus "
        "utfall) and a resultaträkning (costs negative, utfall minus budget); the municipality "
        'as "Höörs kommun" in the masthead and the running header',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr KFN 2026/14 · Fastställd av kultur- och "
            "fritidsnämnden 2026-02-19",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Kultur- och fritidsnämnden redovisar här verksamheten, måluppfyllelsen och ekonomin för "
        "2025. Året präglades av ett högt deltagande i föreningslivet, fler besök på biblioteken "
        "och ett fortsatt stort intresse för kulturskolan, där kön har vuxit. Nämnden redovisar "
        "ett underskott mot budget om 293 tkr, främst inom idrotts- och fritidsanläggningarna "
        "och kulturskolan."
    )
    d.p(
        "Nämndens sex mål följs upp i avsnitt 3. Bedömningen av varje mål visas med en symbol i "
        "måltabellen; symbolerna förklaras under tabellen. Nyckeltalen redovisas i avsnitt 4 och "
        "ekonomin i avsnitt 5."
    )
    d.h(1, "Verksamhet under året", num="2")
    d.h(2, "Bibliotek", num="2.1")
    d.p(
        "Meröppet infördes på biblioteket i Tjörnarp i mars, vilket gör det möjligt för "
        "invånarna att låna och lämna böcker även när biblioteket är obemannat. Huvudbiblioteket "
        "i Höör höll stängt i sex veckor under sommaren när ventilationen byttes, och en "
        "sommarfilial ordnades i kulturhuset. Språkcaféer och läxhjälp samlade i genomsnitt 35 "
        "deltagare per vecka."
    )
    d.h(2, "Kulturskola och allmänkultur", num="2.2")
    d.p(
        "Kulturskolan erbjöd kurser i musik, dans, teater och bild. Två lärartjänster var vakanta "
        "under hösten och rekryteringen fortsätter. Sommarens evenemang i Folkets park och "
        "julmarknaden på torget lockade tillsammans omkring 9 000 besökare. Nämnden fördelade "
        "kulturbidrag till 14 arrangörer."
    )
    d.h(2, "Fritid och idrott", num="2.3")
    d.p(
        "Belysningen vid Frostavallen och på elljusspåret har bytts till LED, och konstgräsplanen "
        "fick nytt fyllnadsmaterial. Fritidsgården höll öppet även under sommarlovet med "
        "aktiviteter i samarbete med tre föreningar. Det nya bidragssystemet för föreningar "
        "infördes den 1 juli efter beslut i nämnden i mars."
    )
    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Tabellen nedan visar nämndens mål för 2025 med en kort kommentar och nämndens "
        "bedömning vid årets slut."
    )
    for title, status, _c in GOALS:
        d.goal(title, status)
    rows_words = "\n".join(f"{t}\t{c}" for t, _s, c in GOALS)
    d.add(
        Custom(
            "goaltable",
            {},
            words="Nämndmål\tKommentar\tStatus\n" + rows_words,
        )
    )
    d.add(
        Custom(
            "legend",
            {},
            words="Teckenförklaring:\n" + "\n".join(w for _s, w in LEGEND),
        )
    )
    d.h(1, "Nyckeltal", num="4")
    d.p("Nyckeltalen avser helår. Målvärdena beslutades av nämnden i verksamhetsplanen för 2025.")
    krows = [
        Row(n, [a, b, Raw("–") if c is None else c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS
    ]
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KPI_COLS,
            rows=krows,
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            note="– = uppgift saknas. Medarbetarenkäten genomfördes inte 2025.",
            label_width=4.2,
        )
    )
    d.h(1, "Ekonomi", num="5")
    tb = sum(x[1] for x in DRIFT)
    tu = sum(x[2] for x in DRIFT)
    t24 = sum(x[3] for x in DRIFT)
    assert tb - tu == -293, (tb, tu)
    d.p(
        "Nämnden redovisar ett underskott om 293 tkr mot budget. Idrotts- och "
        "fritidsanläggningarna har haft högre kostnader för el och reparationer av "
        "konstgräsplanen, och kulturskolan har haft kostnader för vikarier. Allmänkultur och "
        "evenemang visar ett överskott, eftersom ett planerat evenemang flyttades till 2026."
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
    rev_b, rev_u = 6_800, 7_245
    pers_b, pers_u = -29_350, -29_614
    lok_b, lok_u = -19_120, -19_388
    ovr_b = -tb - rev_b - pers_b - lok_b
    ovr_u = -tu - rev_u - pers_u - lok_u
    assert rev_b + pers_b + lok_b + ovr_b == -tb
    assert rev_u + pers_u + lok_u + ovr_u == -tu
    rs = [
        ("Verksamhetens intäkter", rev_b, rev_u),
        ("Personalkostnader", pers_b, pers_u),
        ("Lokalkostnader", lok_b, lok_u),
        ("Övriga kostnader", ovr_b, ovr_u),
    ]
    rrows = [Row(n, [b, u, u - b]) for n, b, u in rs]
    rrows.append(Row("Nettokostnad", [-tb, -tu, -tu + tb], total=True))
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
            label_width=3.2,
        )
    )
    d.p(
        "Inför 2026 har nämnden fått en ram om 57 900 tkr. Kostnaderna för vakanta tjänster i "
        "kulturskolan och för underhållet av anläggningarna följs upp månadsvis."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm)
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 10,
        "leading": 13.5,
        "hcolor": colors.black,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": None,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        c.setFillColor(colors.black)
        c.setFont(f"{font}-Bold", 8.5)
        c.drawString(lft, y, MUNI)
        c.setFont(font, 8.5)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} · {TITLE}")
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        c.setFont(font, 8)
        c.drawString(lft, fy, "Dnr KFN 2026/14")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=colors.black
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=22, leading=27, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontSize=14, leading=18, spaceAfter=4
        )
        meta = rl.ParagraphStyle("mh3", parent=r.styles["meta"], textColor=colors.black)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(
                "Dnr KFN 2026/14 · Fastställd av kultur- och fritidsnämnden 2026-02-19", meta
            ),
            rl.Spacer(1, 10),
        ]

    cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9, leading=11.5)
    cellb = rl.ParagraphStyle("gcb", parent=cell, fontName=f"{font}-Bold")
    headc = rl.ParagraphStyle("gch", parent=cellb)
    headr = rl.ParagraphStyle("gchc", parent=cellb, alignment=1)

    def goaltable(_b: Custom) -> list:
        data = [
            [
                Paragraph("Nämndmål", headc),
                Paragraph("Kommentar", headc),
                Paragraph("Status", headr),
            ]
        ]
        for title, status, comment in GOALS:
            data.append(
                [Paragraph(escape(title), cellb), Paragraph(escape(comment), cell), Mark(status)]
            )
        sw = 1.35 * rl.cm
        colw = [W * 0.33, W - W * 0.33 - sw, sw]
        t = rl.RLTable(
            data,
            colWidths=colw,
            repeatRows=1,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                    ("VALIGN", (0, 1), (1, -1), "TOP"),
                    ("VALIGN", (2, 1), (2, -1), "MIDDLE"),
                    ("ALIGN", (2, 0), (2, -1), "CENTER"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, GREY),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                ]
            ),
            hAlign="LEFT",
        )
        return [t, rl.Spacer(1, 6)]

    def legend(_b: Custom) -> list:
        small = rl.ParagraphStyle("lg", parent=r.styles["cell"], fontSize=8.5, leading=10.5)
        cells: list = [
            Paragraph(
                "Teckenförklaring:", rl.ParagraphStyle("lgb", parent=small, fontName=f"{font}-Bold")
            )
        ]
        widths = [W * 0.2]
        for st, word in LEGEND:
            cells += [Mark(st, 8), Paragraph(word, small)]
            widths += [14, W * 0.2 - 14]
        widths[-1] = W - sum(widths[:-1])
        return [
            KeepTogether(
                [
                    rl.RLTable(
                        [cells],
                        colWidths=widths,
                        style=rl.TableStyle(
                            [
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                            ]
                        ),
                        hAlign="LEFT",
                    ),
                ]
            ),
            rl.Spacer(1, 10),
        ]

    r.custom.update(masthead=masthead, goaltable=goaltable, legend=legend)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

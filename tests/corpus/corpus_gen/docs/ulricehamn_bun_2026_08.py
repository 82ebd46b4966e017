"""Ulricehamn, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 as the meeting
portal prints a handout TWO-UP: four logical A4 portrait pages, each scaled to 68 % and framed by
a thin grey rectangle, two side by side on each A4 landscape sheet, so the PDF has two physical
pages. Every logical page keeps its own running header ("Ulricehamns kommun – Delårsrapport 2026"
left, "Barn- och utbildningsnämnden" right) and its own footer ("Dnr BUN 2026/118" left, "Sida 3
av 4" right). The left logical page is read before the right one: the goals begin on the right
half of sheet 1 and the last goal continues on the left half of sheet 2; the KPI table is on the
left half of sheet 2 and the drift table on the right half. The logical pages are drawn with
reportlab by translating and scaling the canvas (saveState; translate; scale; draw; restoreState),
so every glyph is 68 % of its nominal size and two text columns share the sheet's lines."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Ulricehamns kommun"
COMMITTEE = "Barn- och utbildningsnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
HEADER_L = "Ulricehamns kommun – Delårsrapport 2026"
DNR = "Dnr BUN 2026/118"

BLUE = colors.HexColor("#1B4F8C")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#5A5A5A")
FRAME = colors.HexColor("#8C8C8C")

SCALE = 0.68

WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

# (number, title, status, comment)
GOALS = [
    (
        "3.1",
        "Fler elever ska vara behöriga till gymnasieskolans nationella program",
        "partly",
        "Det genomsnittliga meritvärdet i årskurs 9 steg till 224,6 efter en svagare vår 2025, "
        "och andelen elever som är behöriga till yrkesprogram ökade till 86,1 procent. Målvärdet "
        "88 procent nås inte. Skillnaden mellan pojkars och flickors resultat har minskat, men "
        "elever som kommit till Sverige under de senaste fyra åren har fortfarande betydligt "
        "lägre behörighet. Sommarskolan gav elva elever behörighet i efterhand.",
    ),
    (
        "3.2",
        "Elevernas kunskaper i matematik i de tidiga årskurserna ska förbättras",
        "expected_not_achieved",
        "Andelen elever i årskurs 3 som klarade alla delprov i matematik sjönk till 69 procent. "
        "Resultaten skiljer sig mycket mellan skolorna: på tre av kommunens tolv skolor med "
        "årskurs 3 klarade mindre än sex av tio elever samtliga delprov. Förvaltningen har "
        "startat ett matematiklyft med förstelärare som handleder lärarna i årskurs 1–3, men "
        "effekten väntas först under läsåret 2026/27.",
    ),
    (
        "3.3",
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        "I elevenkäten i mars svarade 93 procent av eleverna i årskurs 5 att de känner sig "
        "trygga i skolan, den högsta andelen sedan enkäten infördes. Vårdnadshavarnas svar i "
        "förskoleenkäten visar samma bild. Antalet anmälningar om kränkande behandling till "
        "huvudmannen var 148 under perioden, jämfört med 171 under samma period 2025.",
    ),
    (
        "3.4",
        "Den problematiska frånvaron i grundskolan ska minska",
        "partly",
        "Andelen elever med frånvaro över 15 procent minskade från 13,4 till 12,1 procent men "
        "ligger över målvärdet 10 procent. Varje skola har nu en närvarogrupp, och elevhälsan "
        "kontaktar vårdnadshavare redan efter tre dagars ogiltig frånvaro. Den långvariga "
        "frånvaron bland elever i årskurs 7–9 är fortsatt den största utmaningen.",
    ),
    (
        "3.5",
        "Nämnden ska vara en attraktiv arbetsgivare med behöriga medarbetare",
        "expected_achieved",
        "Andelen legitimerade lärare i grundskolan har ökat till 81 procent och sjukfrånvaron "
        "bland medarbetarna har minskat till 6,6 procent för januari–augusti. Sju lärare "
        "studerar inom VAL eller lärarlyftet med bibehållen lön, och samtliga nya medarbetare "
        "har fått en introduktion med mentor under sin första termin.",
    ),
]

KCOLS = [
    Col(("Utfall", "2024"), year="2024"),
    Col(("Utfall", "2025"), year="2025"),
    Col(("Utfall", "2026"), year="2026"),
    Col(("Mål", "2026"), year=None),
]
KPIS = [
    ("Genomsnittligt meritvärde i årskurs 9", 221.4, 218.9, 224.6, "≥ 225", DEC1),
    ("Andel elever i årskurs 9 behöriga till yrkesprogram", 84.2, 82.7, 86.1, "≥ 88 %", PCT1),
    ("Andel elever i årskurs 3 som klarat alla delprov i matematik", 71, 74, 69, "≥ 80 %", PCT),
    ("Andel elever i årskurs 5 som känner sig trygga i skolan", 89, 91, 93, "≥ 90 %", PCT),
    ("Andel elever med frånvaro över 15 procent", 12.8, 13.4, 12.1, "≤ 10,0 %", PCT1),
    ("Andel legitimerade lärare i grundskolan", 76, 78, 81, "≥ 80 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 7.4, 7.1, 6.6, "≤ 7,0 %", PCT1),
    ("Antal barn per årsarbetare i förskolan", 5.4, 5.3, 5.1, "≤ 5,2", DEC1),
]

DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 18_400, 11_920, 17_900),
    ("Förskola", 118_600, 80_140, 120_300),
    ("Grundskola och fritidshem", 236_900, 158_310, 238_700),
    ("Anpassad grundskola", 12_800, 8_960, 13_400),
    ("Gymnasieskola", 96_300, 62_480, 95_100),
    ("Vuxenutbildning", 17_200, 10_870, 16_600),
    ("Kulturskola", 6_900, 4_530, 6_900),
]


def build() -> Doc:
    d = Doc(
        stem="ulricehamn-barn-och-utbildningsnamnden-delarsrapport-2026-08",
        municipality="Ulricehamn",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Barn- och utbildningsnämnden, delårsrapport januari–augusti 2026 as the meeting "
        "portal prints a handout two-up (reportlab, Liberation Sans): four logical A4 portrait "
        "pages scaled to 68 % on two A4 landscape sheets",
        hard="every PDF page is an A4 landscape sheet holding two logical portrait pages side by "
        "side, each scaled to 68 % (body text about 6.8 pt) and framed by a thin grey rectangle, "
        "so the two pages' lines share the sheet's text lines and the left page must be read "
        'before the right; each logical page keeps its own running header ("Ulricehamns kommun '
        '– Delårsrapport 2026" | "Barn- och utbildningsnämnden") and footer ("Dnr BUN 2026/118" '
        '| "Sida 3 av 4"), so the furniture repeats twice on every sheet and "Sida n av 4" '
        'counts four pages in a PDF of two; the goals are numbered headings ("3.1 …") with '
        '"Prognos helår: Uppnås delvis" below, starting on the right half of sheet 1 and the '
        "last goal continuing on the left half of sheet 2; a KPI table with two-line headers "
        "Utfall / 2024 | Utfall / 2025 | Utfall / 2026 | Mål / 2026 (2026 the spring term or "
        "januari–augusti) on the left half of sheet 2 and a drift table Budget 2026 | Utfall "
        "jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus prognosis) on the right half; the "
        'municipality as "Ulricehamns kommun" on the first logical page and in every header',
    )
    d.options["pdf_title"] = "BUN delårsrapport aug 2026 – utskrift 2 sidor per ark"
    d.options["pdf_creator"] = "Mötesportalen"

    # ---------------------------------------------------------------- logical page 1
    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.p(
        f"{DNR}. Behandlas av barn- och utbildningsnämnden den 24 september 2026.",
        "meta",
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Barn- och utbildningsnämnden redovisar i denna delårsrapport verksamhet, måluppfyllelse "
        "och ekonomi för perioden januari–augusti 2026 samt en prognos för helåret. Av nämndens "
        "fem mål bedöms två uppnås, två delvis uppnås och ett inte uppnås vid årets slut."
    )
    d.p(
        "Resultaten i årskurs 9 förbättrades under våren, och tryggheten i skolan är den högsta "
        "sedan mätningarna började. Kunskaperna i matematik i de tidiga årskurserna har däremot "
        "försämrats, och frånvaron är fortsatt hög bland de äldre eleverna."
    )
    d.p(
        "Den ekonomiska prognosen för helåret är ett underskott om 1 800 tkr. Underskottet "
        "beror främst på fler barn i förskolan än budgeterat och på ökade kostnader för "
        "tilläggsbelopp och skolskjuts i grundskolan. Gymnasieskolan och vuxenutbildningen "
        "redovisar överskott som delvis väger upp."
    )
    d.h(1, "Verksamhetens förutsättningar", "2")
    d.p(
        "Nämnden ansvarar för förskola, pedagogisk omsorg, grundskola med fritidshem, anpassad "
        "grundskola, gymnasieskola, vuxenutbildning och kulturskola. I augusti 2026 var 1 412 "
        "barn inskrivna i förskolan och 3 236 elever gick i kommunens grundskolor, vilket är "
        "38 respektive 21 fler än ett år tidigare."
    )
    d.p(
        "Inflyttningen till de centrala delarna av Ulricehamn och till Gällstad har ökat "
        "behovet av förskoleplatser. Förskolan Bäckalyckan öppnade två nya avdelningar i "
        "januari, och planeringen av en ny förskola i Marbäck pågår. På landsbygden minskar "
        "i stället elevantalet, och nämnden har gett förvaltningen i uppdrag att utreda "
        "skolorganisationen i den södra kommundelen inför budget 2027."
    )
    d.p(
        "Tillgången på behöriga lärare har förbättrats, men det är fortsatt svårt att rekrytera "
        "lärare i matematik och naturorienterande ämnen samt speciallärare. Statsbidragen för "
        "läsåret 2026/27 beslutades sent, vilket har gjort planeringen av höstterminen osäker."
    )
    d.add(PageBreak())

    # ---------------------------------------------------------------- logical page 2
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämnden har fem mål för 2026 som utgår från kommunfullmäktiges mål om livslångt "
        "lärande och en attraktiv kommun. För varje mål anges nämndens prognos för helåret: "
        "uppnås, uppnås delvis eller uppnås inte. Nyckeltalen redovisas i avsnitt 4."
    )
    for num, title, status, comment in GOALS[:4]:
        d.goal(title, status)
        d.h(2, title, num)
        d.p(f"Prognos helår: {WORDS[status]}", "status")
        d.p(comment)
    d.add(PageBreak())

    # ---------------------------------------------------------------- logical page 3
    num, title, status, comment = GOALS[4]
    d.goal(title, status)
    d.h(2, title, num)
    d.p(f"Prognos helår: {WORDS[status]}", "status")
    d.p(comment)
    d.h(1, "Nyckeltal", "4")
    d.p(
        "Tabellen visar nämndens nyckeltal för de tre senaste åren. Betyg och enkätresultat "
        "avser vårterminen respektive år; frånvaro och sjukfrånvaro för 2026 avser perioden "
        "januari–augusti."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KCOLS,
            rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS],
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2024–2026",
            note="Källa: Skolverket, kommunens elevenkät, Hypergene och personalsystemet.",
            label_width=3.4,
        )
    )
    d.p(
        "Meritvärdet och behörigheten ökade efter nedgången 2025, men ingen av dem når "
        "målvärdet. Att andelen legitimerade lärare nu överstiger målet beror till stor del på "
        "att fler obehöriga lärare har tagit examen genom lärarlyftet."
    )
    d.add(PageBreak())

    # ---------------------------------------------------------------- logical page 4
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot == [507_100, 337_210, 508_900], tot
    rows.append(Row("Summa nämnden", [*tot, tot[0] - tot[2]], total=True))
    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämndens budgetram för 2026 är 507 100 tkr. Utfallet för januari–augusti är 337 210 tkr, "
        "vilket motsvarar 66,5 procent av budgeten efter åtta månader. Prognosen för helåret är "
        "508 900 tkr, ett underskott om 1 800 tkr."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; negativt belopp = underskott.",
            label_width=3.0,
        )
    )
    d.p(
        "Förskolan prognostiserar ett underskott om 1 700 tkr till följd av fler barn än "
        "budgeterat och de två nya avdelningarna på Bäckalyckan. Grundskolan och fritidshemmet "
        "redovisar ett underskott om 1 800 tkr, där tilläggsbelopp för elever med omfattande "
        "behov står för 1 100 tkr och skolskjutsen för resten. Anpassad grundskola har två fler "
        "elever än planerat och ett underskott om 600 tkr."
    )
    d.p(
        "Gymnasieskolan väntas få ett överskott om 1 200 tkr, eftersom färre elever än beräknat "
        "valde program i andra kommuner. Vuxenutbildningen har fått högre statsbidrag för "
        "yrkesvux och redovisar ett överskott om 600 tkr. Nämnd och förvaltningsgemensamt "
        "visar ett överskott om 500 tkr genom vakanta tjänster."
    )
    d.h(1, "Åtgärder och framåtblick", "6")
    d.p(
        "För att nå en budget i balans har förvaltningen infört anställningsprövning för alla "
        "tjänster utanför undervisningen och ser över skolskjutsens turer inför vårterminen. "
        "Nämnden kommer att följa upp prognosen vid sitt sammanträde i november."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm)  # top bottom left right
    font = "LiberationSans"
    o = {
        "font": font,
        "size": 10,
        "leading": 13.5,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 14, 2: 11, 3: 10},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E8EEF5"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    top, bottom, lft, rgt = margins
    pw, ph = A4  # the logical page

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=21, leading=26, textColor=BLUE
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
        ]

    r.custom["masthead"] = masthead

    # the blocks of each logical page
    pages: list[list] = [[]]
    for b in doc.blocks:
        if isinstance(b, PageBreak):
            pages.append([])
        else:
            pages[-1].append(b)
    assert len(pages) == 4, len(pages)
    n = len(pages)

    def logical_page(c: rl_canvas.Canvas, i: int, blocks: list) -> None:
        """Draw logical page i+1 in its own coordinates (0..595 × 0..842)."""
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.6 / SCALE)
        c.rect(0, 0, pw, ph, stroke=1, fill=0)
        # running header
        y = ph - 1.3 * rl.cm
        c.setFont(f"{font}-Bold", 8.5)
        c.setFillColor(GREY)
        c.drawString(lft, y, HEADER_L)
        c.setFont(font, 8.5)
        c.drawRightString(pw - rgt, y, COMMITTEE)
        c.setStrokeColor(colors.HexColor("#A0A0A0"))
        c.setLineWidth(0.5)
        c.line(lft, y - 5, pw - rgt, y - 5)
        # footer
        fy = 1.2 * rl.cm
        c.line(lft, fy + 10, pw - rgt, fy + 10)
        c.setFont(font, 8)
        c.drawString(lft, fy, DNR)
        c.drawRightString(pw - rgt, fy, f"Sida {i + 1} av {n}")
        # body
        story = r.flowables(blocks)
        f = Frame(
            lft,
            bottom,
            pw - lft - rgt,
            ph - top - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            showBoundary=0,
        )
        f.addFromList(story, c)
        assert not story, f"logical page {i + 1} overflows: {story[:1]}"

    path = out / f"{doc.stem}.pdf"
    sheet = landscape(A4)
    c = rl_canvas.Canvas(str(path), pagesize=sheet, invariant=1)
    c.setTitle(doc.options["pdf_title"])
    c.setCreator(doc.options["pdf_creator"])
    c.setAuthor("")
    w, h = pw * SCALE, ph * SCALE
    gap = (sheet[0] - 2 * w) / 3
    y0 = (sheet[1] - h) / 2
    for s in range(0, n, 2):
        for k in (0, 1):
            c.saveState()
            c.translate(gap + k * (w + gap), y0)
            c.scale(SCALE, SCALE)
            logical_page(c, s + k, pages[s + k])
            c.restoreState()
        c.showPage()
    c.save()
    return path

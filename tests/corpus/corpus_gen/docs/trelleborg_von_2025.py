"""Trelleborg, Vård- och omsorgsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif
body, Liberation Sans headings and tables) set as a printed book of FACING PAGES.

What it tests:

- Mirrored page furniture. Even (left-hand) pages carry the running header "Trelleborgs kommun ·
  Verksamhetsberättelse 2025" flush left and the page number in the outer, bottom-left corner;
  odd (right-hand) pages carry the name of the CURRENT CHAPTER as running header, flush right
  ("2 Mål och måluppfyllelse", "3 Ekonomi"), and the page number in the bottom-right corner. The
  inner margin is wider than the outer, so the text block shifts left and right from page to
  page. A header text therefore does not repeat on every page: each chapter's name appears only
  on the odd pages of that chapter, once or twice, and it is exactly the text of a numbered
  chapter heading ("3 Ekonomi"), so a reader must not take it for a heading (nor drop the real
  heading as furniture), and must not let it cut a goal's text that runs across the page break.
- Chapter divider pages. Each chapter opens on a page of its own that holds only a big chapter
  number (60 pt) over the chapter's name (26 pt) and one short line of intro, and nothing else
  (no running header; the page number only). The number and the name are two text lines far
  apart in size; the heading is "2 Mål och måluppfyllelse".
- A table of contents on page 2 lists chapters and sub-sections (two levels) with dot leaders and
  page numbers; the goals ("2.1.1 …", level 3) are not in it.
- Goals as numbered level-3 headings "2.1.1 …" with a status line "Resultat: Uppnått" /
  "Delvis uppnått" / "Ej uppnått" under each; a KPI table per goal area (målområde) with the
  years 2023 | 2024 | 2025 | Målvärde 2025; a volumes table 2023 | 2024 | 2025 in chapter 1; a
  drift table Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall) with
  the previous year's outcome as the LAST column, after the deviation.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from .. import rl
from ..model import TOC, Col, Custom, Doc, H, NumFmt, P, PageBreak, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Trelleborgs kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Verksamhetsberättelse 2025"
EVEN_HEADER = f"{MUNI} · {TITLE}"

BLUE = colors.HexColor("#0B3D6B")
LIGHT = colors.HexColor("#DCE6F0")
GREY = colors.HexColor("#4A4A4A")

STATUS_WORD = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}

KPI_COLS = [
    Col(("2023",), year="2023"),
    Col(("2024",), year="2024"),
    Col(("2025",), year="2025"),
    Col(("Målvärde", "2025"), width=1.15),
]

# målområde: (number, name, intro, goals, table caption, kpi rows)
# goal: (number, title, status, analysis)
# kpi row: (name, 2023, 2024, 2025, target as printed, fmt); None = "–"
AREAS = [
    (
        "2.1",
        "Trygg och självständig vardag",
        "Målområdet handlar om att den som behöver stöd ska kunna leva ett tryggt och "
        "självständigt liv i sitt eget hem så länge som möjligt.",
        [
            (
                "2.1.1",
                "Fler äldre ska kunna bo kvar hemma med stöd som är anpassat efter behoven",
                "partly",
                "Antalet personer med hemtjänst ökade till 1 164 i december och de beviljade "
                "timmarna ökade med 5,1 procent. Andelen nöjda hemtjänsttagare steg till 89 "
                "procent men når inte målvärdet 90 procent. Kontinuiteten har förbättrats sedan "
                "hemtjänsten i Anderslöv och Skegrie delades in i mindre arbetslag. I genomsnitt "
                "mötte en hemtjänsttagare 14 olika medarbetare under en tvåveckorsperiod, vilket "
                "är färre än 2024 men fler än målvärdet 12.",
            ),
            (
                "2.1.2",
                "Brukarna ska ha inflytande över hur insatserna utförs",
                "achieved",
                "Genomförandeplanerna har följts upp tillsammans med brukaren i 94 procent av "
                "ärendena, och i brukarundersökningen uppger 87 procent av hemtjänsttagarna att "
                "personalen tar hänsyn till deras åsikter och önskemål. Båda nyckeltalen når "
                "målvärdet. Arbetssättet med individuella tidsplaner, där brukaren själv "
                "bestämmer över en del av den beviljade tiden, har under året spridits till "
                "samtliga hemtjänstgrupper.",
            ),
        ],
        "Tabell 2. Nyckeltal – Trygg och självständig vardag",
        [
            ("Nöjda hemtjänsttagare", 88, 87, 89, "≥ 90 %", PCT),
            (
                "Antal olika personal som en hemtjänsttagare möter under 14 dagar",
                16,
                15,
                14,
                "≤ 12",
                N,
            ),
            ("Genomförandeplaner som följts upp med brukaren", 86, 90, 94, "≥ 90 %", PCT),
            (
                "Hemtjänsttagare som upplever att personalen tar hänsyn till åsikter och önskemål",
                84,
                83,
                87,
                "≥ 85 %",
                PCT,
            ),
        ],
    ),
    (
        "2.2",
        "God och säker vård och omsorg",
        "Målområdet omfattar kvaliteten och patientsäkerheten i de särskilda boendena och i "
        "den kommunala hälso- och sjukvården.",
        [
            (
                "2.2.1",
                "De boende i särskilt boende ska känna sig trygga och vara nöjda med sitt boende",
                "partly",
                "Andelen boende som är nöjda med sitt särskilda boende ökade till 83 procent och "
                "når målvärdet. Andelen som känner sig trygga minskade däremot till 86 procent. I "
                "brukarundersökningens kommentarer nämns framför allt att personalen ofta har "
                "bråttom under kvällar och helger. Bemanningen på kvällstid har därför förstärkts "
                "på två boenden från november.",
            ),
            (
                "2.2.2",
                "Läkemedelsbehandlingen av äldre ska vara säker",
                "not_achieved",
                "Andelen boende som har fått en läkemedelsgenomgång under året minskade till 71 "
                "procent, långt under målvärdet 95 procent. Orsaken är främst att tillgången till "
                "läkare från vårdcentralerna har varit begränsad under våren. Andelen boende med "
                "tio eller fler läkemedel ökade till 32,1 procent. En ny överenskommelse med "
                "Region Skåne om läkarmedverkan i särskilt boende gäller från januari 2026.",
            ),
            (
                "2.2.3",
                "Måltiderna ska vara en trygg och positiv del av dagen",
                "achieved",
                "Nöjdheten med maten i särskilt boende ökade för tredje året i rad och uppgick "
                "till 79 procent. Nattfastan har kortats på samtliga boenden genom ett senare "
                "kvällsmål och en tidigare frukost, och medianen är nu 10,5 timmar. Båda "
                "nyckeltalen når målvärdet.",
            ),
        ],
        "Tabell 3. Nyckeltal – God och säker vård och omsorg",
        [
            ("Boende som är nöjda med sitt särskilda boende", 82, 80, 83, "≥ 82 %", PCT),
            ("Boende som känner sig trygga i sitt särskilda boende", 87, 88, 86, "≥ 90 %", PCT),
            ("Boende som fått en läkemedelsgenomgång under året", 88, 79, 71, "≥ 95 %", PCT),
            ("Boende med tio eller fler läkemedel", 31.2, 30.4, 32.1, "≤ 28,0 %", PCT1),
            ("Boende som är nöjda med maten", 72, 74, 79, "≥ 75 %", PCT),
            ("Nattfasta i särskilt boende, timmar (median)", 11.8, 11.2, 10.5, "≤ 11,0", DEC1),
        ],
    ),
    (
        "2.3",
        "Kompetenta och engagerade medarbetare",
        "Målområdet handlar om att förvaltningen ska kunna rekrytera och behålla medarbetare "
        "med rätt kompetens.",
        [
            (
                "2.3.1",
                "Sjukfrånvaron bland medarbetarna ska minska",
                "partly",
                "Sjukfrånvaron minskade till 9,1 procent men är fortfarande högre än målvärdet "
                "8,5 procent. Korttidsfrånvaron har minskat mest, medan den långa sjukfrånvaron "
                "ligger kvar på samma nivå som 2024. Samtliga enheter har haft hälsofrämjande "
                "aktiviteter tillsammans med företagshälsovården.",
            ),
            (
                "2.3.2",
                "Fler medarbetare ska ha heltid och rätt utbildning",
                "achieved",
                "Andelen tillsvidareanställda med heltidsanställning ökade till 83 procent och "
                "andelen undersköterskor med skyddad yrkestitel till 86 procent. Båda når "
                "målvärdena. Förvaltningen har bekostat validering och utbildning för 64 "
                "medarbetare inom ramen för Äldreomsorgslyftet.",
            ),
        ],
        "Tabell 4. Nyckeltal – Kompetenta och engagerade medarbetare",
        [
            ("Sjukfrånvaro bland medarbetarna", 10.8, 9.9, 9.1, "≤ 8,5 %", PCT1),
            ("Tillsvidareanställda med heltidsanställning", 74, 79, 83, "≥ 80 %", PCT),
            ("Undersköterskor med skyddad yrkestitel", None, 71, 86, "≥ 80 %", PCT),
        ],
    ),
]

KPI_NOTE = "– = uppgift saknas (den skyddade yrkestiteln infördes den 1 juli 2023)."

# Verksamhetsmått (chapter 1): (name, 2023, 2024, 2025, fmt)
VOLUMES = [
    ("Beviljade hemtjänsttimmar", 612_400, 638_900, 671_300, N),
    ("Personer med hemtjänst i december", 1_085, 1_112, 1_164, N),
    ("Platser i särskilt boende", 486, 486, 498, N),
    ("Beläggning i särskilt boende", 96.8, 97.4, 98.1, PCT1),
    ("Vårddygn i korttidsvård", 14_820, 15_370, 14_960, N),
]

# Drift, tkr net cost: (verksamhet, budget 2025, utfall 2025, utfall 2024)
DRIFT = [
    ("Nämnd och förvaltningsledning", 24_600, 23_870, 22_940),
    ("Myndighetsutövning", 18_300, 18_910, 17_460),
    ("Hemtjänst", 286_400, 297_850, 276_120),
    ("Särskilt boende", 402_700, 399_160, 388_540),
    ("Hälso- och sjukvård", 121_500, 124_380, 116_870),
    ("Dagverksamhet och anhörigstöd", 14_200, 13_640, 13_910),
]


def divider(d: Doc, num: str, name: str, intro: str) -> None:
    d.add(PageBreak(), H(1, name, num), P(intro, "divintro"), PageBreak())


def kpi_table(caption: str, rows: list, note: str | None = None) -> Table:
    return Table(
        label_head=("Nyckeltal",),
        cols=KPI_COLS,
        rows=[
            Row(name, [Raw("–") if a is None else a, b, c, Raw(t)], fmt=f)
            for name, a, b, c, t, f in rows
        ],
        kind="kpi",
        caption=caption,
        note=note,
        label_width=3.6,
    )


def build() -> Doc:
    d = Doc(
        stem="trelleborg-vard-och-omsorgsnamnden-verksamhetsberattelse-2025",
        municipality="Trelleborg",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, verksamhetsberättelse 2025 set as a printed book of "
        "facing pages (reportlab, Liberation Serif body, Liberation Sans headings), a title page, "
        "a table of contents on page 2 and a divider page before each of the three chapters",
        hard="mirrored page furniture: even (left) pages have the running header "
        '"Trelleborgs kommun · Verksamhetsberättelse 2025" flush left and the page number in '
        "the bottom-left (outer) corner, odd (right) pages the CURRENT CHAPTER's name flush "
        'right ("2 Mål och måluppfyllelse", "3 Ekonomi") and the page number bottom right, the '
        "inner margin wider than the outer so the text block shifts from page to page; each "
        "chapter's header text thus appears only on its chapter's odd pages and is word for "
        "word the numbered chapter heading, and the goal text runs across the page break under "
        "it; every chapter opens with a divider page holding only a 60 pt chapter number over "
        "the chapter's name in 26 pt and one intro line (no running header, the page number "
        "only); a two-level table of contents with dot leaders and page numbers; goals as "
        '"2.1.1 …" headings with a status line "Resultat: Uppnått" / "Delvis uppnått" / "Ej '
        'uppnått"; a KPI table per målområde 2023 | 2024 | 2025 | Målvärde 2025 (a "–" for a '
        "year not measured), a volumes table 2023 | 2024 | 2025; a drift table Budget 2025 | "
        "Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall), the previous year's "
        'outcome last, after the deviation; the municipality as "Trelleborgs kommun" on the '
        "cover and in the even pages' header",
    )
    goals = [g for a in AREAS for g in a[3]]
    n = {s: sum(1 for g in goals if g[2] == s) for s in STATUS_WORD}
    assert n == {"achieved": 3, "partly": 3, "not_achieved": 1}, n
    tot_b = sum(r[1] for r in DRIFT)
    tot_u = sum(r[2] for r in DRIFT)
    tot_p = sum(r[3] for r in DRIFT)
    assert (tot_b, tot_u, tot_p) == (867_700, 877_810, 835_840), (tot_b, tot_u, tot_p)
    assert tot_b - tot_u == -10_110
    assert round((tot_u - tot_p) / 1000, 1) == 42.0
    assert round(100 * (tot_u - tot_p) / tot_p, 1) == 5.0
    assert round(100 * (671_300 - 638_900) / 638_900, 1) == 5.1
    assert round(100 * 10_110 / tot_b, 1) == 1.2

    d.add(
        Custom(
            "cover",
            {},
            words=f"{MUNI}\n\n{TITLE}\n\n{COMMITTEE}\n\n"
            "Fastställd av vård- och omsorgsnämnden 2026-02-19, § 12",
        )
    )
    d.add(PageBreak(), TOC("Innehåll", levels=2))

    # ---------------------------------------------------------------- 1
    d.add(H(1, "Året i korthet", "1"))
    d.add(P("Nämndens uppdrag, årets viktigaste händelser och verksamheten i siffror.", "divintro"))
    d.add(PageBreak())
    d.h(2, "Nämndens uppdrag", "1.1")
    d.p(
        "Vård- och omsorgsnämnden ansvarar för kommunens äldreomsorg och för hälso- och "
        "sjukvården upp till sjuksköterskenivå i ordinärt och särskilt boende. I uppdraget ingår "
        "biståndshandläggning enligt socialtjänstlagen, hemtjänst, särskilda boenden, "
        "korttidsvård, dagverksamhet och stöd till anhöriga. Verksamheten bedrivs av vård- och "
        "omsorgsförvaltningen, som vid årets slut hade omkring 1 450 tillsvidareanställda "
        "medarbetare."
    )
    d.h(2, "Sammanfattning av året", "1.2")
    d.p(
        "Året har präglats av ett fortsatt ökat behov av hemtjänst. De beviljade "
        "hemtjänsttimmarna ökade med 5,1 procent jämfört med 2024, och i december hade 1 164 "
        "personer hemtjänst. Det nya särskilda boendet Kvarnbacken i centrala Trelleborg öppnade "
        "i september med tolv platser."
    )
    d.p(
        "Av nämndens sju mål har tre uppnåtts, tre har delvis uppnåtts och ett har inte uppnåtts. "
        "Brukarnas inflytande, måltiderna i särskilt boende och andelen medarbetare med heltid "
        "har utvecklats väl, medan läkemedelsgenomgångarna i särskilt boende har minskat. "
        "Nämnden redovisar ett underskott om 10,1 mnkr mot budget, främst inom hemtjänsten."
    )
    d.h(2, "Viktiga händelser", "1.3")
    d.bullets(
        "Kvarnbacken, ett särskilt boende med tolv platser för personer med demenssjukdom, "
        "öppnade i september.",
        "Digital nattillsyn och nyckelfria lås infördes i hela hemtjänsten under våren.",
        "Alla nyanställda undersköterskor har erbjudits heltid som ett led i arbetet med heltid "
        "som norm.",
        "Hemtjänsten i Anderslöv och Skegrie delades in i mindre arbetslag för att öka "
        "kontinuiteten.",
    )
    d.h(2, "Verksamheten i siffror", "1.4")
    d.table(
        Table(
            label_head=("Verksamhetsmått",),
            cols=[Col((y,), year=y) for y in ("2023", "2024", "2025")],
            rows=[Row(name, [a, b, c], fmt=f) for name, a, b, c, f in VOLUMES],
            kind="kpi",
            caption="Tabell 1. Verksamhetsmått",
            note="Beläggningen avser genomsnittet för året.",
            label_width=3.2,
        )
    )

    # ---------------------------------------------------------------- 2
    divider(
        d,
        "2",
        "Mål och måluppfyllelse",
        "Nämndens sju mål i tre målområden och hur väl de har uppnåtts under 2025.",
    )
    d.p(
        "Vård- och omsorgsnämnden har för 2025 beslutat om sju nämndmål inom tre målområden "
        "som utgår från kommunfullmäktiges mål. Varje mål följs upp med nyckeltal som redovisas "
        "i en tabell per målområde. Måluppfyllelsen bedöms på en tregradig skala: Uppnått, "
        "Delvis uppnått och Ej uppnått."
    )
    for num, name, intro, area_goals, caption, rows in AREAS:
        d.h(2, name, num)
        d.p(intro)
        for gnum, title, status, text in area_goals:
            d.goal(title, status)
            d.add(H(3, title, gnum, toc=False))
            d.add(Custom("status", {"word": STATUS_WORD[status]},
                         words=f"Resultat: {STATUS_WORD[status]}"))  # fmt: skip
            d.p(text)
        d.table(kpi_table(caption, rows, KPI_NOTE if num == "2.3" else None))

    # ---------------------------------------------------------------- 3
    divider(d, "3", "Ekonomi", "Nämndens ekonomiska resultat för 2025 och en blick mot 2026.")
    d.h(2, "Ekonomiskt resultat", "3.1")
    d.p(
        "Vård- och omsorgsnämnden redovisar för 2025 ett underskott om 10 110 tkr mot budget, "
        "vilket motsvarar 1,2 procent av nämndens budgetram om 867,7 mnkr. Nettokostnaderna "
        "ökade med 42,0 mnkr eller 5,0 procent jämfört med 2024."
    )
    rows = [Row(name, [b, u, b - u, p]) for name, b, u, p in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_u, tot_b - tot_u, tot_p], total=True))
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
            caption="Tabell 5. Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget 2025 minus utfall 2025. Ett negativt belopp är ett "
            "underskott.",
            label_width=2.7,
        )
    )
    d.h(2, "Kommentarer till avvikelserna", "3.2")
    d.p(
        "Hemtjänsten redovisar ett underskott om 11 450 tkr. De beviljade timmarna ökade mer än "
        "budgeten medgav, och ersättningen per timme täcker inte kostnaderna för resor på "
        "landsbygden. Hälso- och sjukvården har ett underskott om 2 880 tkr, främst för inhyrda "
        "sjuksköterskor under sommaren. Särskilt boende redovisar ett överskott om 3 540 tkr "
        "eftersom Kvarnbacken öppnade senare än planerat och platserna fylldes successivt."
    )
    d.h(2, "Framåtblick", "3.3")
    d.p(
        "Behovet av hemtjänst väntas fortsätta att öka i takt med att antalet invånare över 80 "
        "år blir fler. Nämnden har inför 2026 fått en utökad ram för hemtjänsten och ska under "
        "våren se över ersättningsmodellen. Arbetet med heltid som norm och med "
        "läkemedelsgenomgångar tillsammans med Region Skåne prioriteras."
    )
    return d


# ---------------------------------------------------------------- drawing

PW, PH = A4
TOP, BOTTOM = 2.5 * rl.cm, 2.4 * rl.cm
INNER, OUTER = 2.7 * rl.cm, 1.9 * rl.cm


def text_block(page: int) -> tuple[float, float]:
    """Left and right edge of the text block: odd (right-hand) pages have the inner margin on
    the left, even (left-hand) pages on the right."""
    if page % 2:
        return INNER, PW - OUTER
    return OUTER, PW - INNER


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": BLUE,
        "color": colors.black,
        "h_sizes": {1: 16, 2: 13, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": LIGHT,
        "para_space": 6,
    }
    r = rl.RLDoc(doc, o)
    W = PW - INNER - OUTER
    r.styles["toc1"].fontName = "LiberationSans-Bold"
    r.styles["toc1"].leading = 19
    r.styles["toc1"].spaceBefore = 6
    r.styles["toc2"].fontName = "LiberationSerif"
    r.styles["toc2"].leading = 15
    r.styles["toc2"].leftIndent = 22
    r.styles["h1"].fontSize = 22
    r.styles["h1"].leading = 27
    r.styles["h1"].spaceAfter = 14
    r.styles["divintro"] = rl.ParagraphStyle(
        "divintro", parent=r.styles["body"], fontName="LiberationSerif-Italic", fontSize=12,
        leading=16, textColor=GREY,
    )  # fmt: skip
    r.styles["caption"].fontName = "LiberationSans-Bold"
    r.styles["caption"].fontSize = 9.5
    r.styles["note"].fontSize = 8.5

    class ChapterOpener(Flowable):
        """The divider page's heading: a 60 pt number over the chapter's name; it tells the
        furniture which chapter the following pages belong to."""

        def __init__(self, h: H) -> None:
            super().__init__()
            self.num, self.name = h.num or "", h.title
            self.full = h.full

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.width = aw
            return aw, 9.5 * rl.cm + 60 + 34 + 14

        def draw(self) -> None:
            c = self.canv
            c.page_flags.update(divider=True, chapter=self.full)
            c.saveState()
            c.setFillColor(BLUE)
            c.setFont("LiberationSans-Bold", 60)
            c.drawString(0, 34 + 14, self.num)
            c.setFont("LiberationSans-Bold", 26)
            c.drawString(0, 14, self.name)
            c.setStrokeColor(BLUE)
            c.setLineWidth(1.2)
            c.line(0, 4, 4 * rl.cm, 4)
            c.restoreState()

    def heading(h: H) -> Flowable:
        if h.level == 1:
            return ChapterOpener(h)
        return r.para(h.full, f"h{h.level}")

    r.heading_factory = heading

    def cover(_b: Custom) -> list:
        kom = rl.ParagraphStyle("kom", parent=r.styles["body"], fontName="LiberationSans-Bold",
                                fontSize=15, leading=19, textColor=BLUE)  # fmt: skip
        big = rl.ParagraphStyle("cv1", parent=r.styles["title"], fontSize=32, leading=38)
        sub = rl.ParagraphStyle("cv2", parent=r.styles["subtitle"], fontSize=19, leading=24,
                                textColor=colors.black)  # fmt: skip
        meta = rl.ParagraphStyle("cv3", parent=r.styles["body"], fontSize=10, textColor=GREY)
        return [
            Paragraph(MUNI, kom),
            rl.Spacer(1, 8.5 * rl.cm),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            rl.Spacer(1, 9.0 * rl.cm),
            Paragraph("Fastställd av vård- och omsorgsnämnden 2026-02-19, § 12", meta),
        ]

    status_st = rl.ParagraphStyle("st", parent=r.styles["body"], fontName="LiberationSans",
                                  fontSize=9.5, leading=13, spaceBefore=0, spaceAfter=4,
                                  textColor=BLUE)  # fmt: skip

    def status(b: Custom) -> list:
        return [Paragraph(f"<b>Resultat:</b> {escape(b.data['word'])}", status_st)]

    r.custom.update(cover=cover, status=status)

    story = r.flowables(doc.blocks)

    chapter = {"cur": ""}

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        if flags.get("chapter"):
            chapter["cur"] = flags["chapter"]
        if page == 1:
            return
        left, right = text_block(page)
        c.saveState()
        c.setFillColor(GREY)
        fy = 1.35 * rl.cm
        c.setFont("LiberationSans", 9)
        if page % 2:
            c.drawRightString(right, fy, str(page))
        else:
            c.drawString(left, fy, str(page))
        if not flags.get("divider"):
            hy = PH - 1.55 * rl.cm
            c.setFont("LiberationSans", 8.5)
            if page % 2:
                c.drawRightString(right, hy, chapter["cur"])
            else:
                c.drawString(left, hy, EVEN_HEADER)
            c.setStrokeColor(colors.HexColor("#9AA8B6"))
            c.setLineWidth(0.4)
            c.line(left, hy - 5, right, hy - 5)
        c.restoreState()

    class Tmpl(BaseDocTemplate):
        def afterFlowable(self, f: Flowable) -> None:  # noqa: N802
            toc = getattr(f, "_toc", None)
            if toc:
                self.notify("TOCEntry", (toc[0] - 1, toc[1], self.page))

    body = Frame(INNER, BOTTOM, W, PH - TOP - BOTTOM, 0, 0, 0, 0, id="body")

    def mirror(_c, doc_: BaseDocTemplate) -> None:
        """Move the text block for the page about to begin: inner margin on the binding side."""
        body._x1 = text_block(doc_.page)[0]
        body._geom()

    path = out / f"{doc.stem}.pdf"
    d = Tmpl(
        str(path),
        pagesize=A4,
        title=f"{TITLE} – {COMMITTEE}",
        author=MUNI,
        creator="",
        invariant=1,
        subject="",
    )
    d.addPageTemplates([PageTemplate(id="book", frames=[body], onPage=mirror)])
    assert any(isinstance(f, TableOfContents) for f in story)
    d.multiBuild(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

"""Falköping, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab canvas, Carlito) as a
DTP program (InDesign-like) writes its content stream: the page looks entirely normal, but the
drawing order has nothing to do with the reading order. On every page the page number and the
running footer and header are drawn first; then the body text frames (one per paragraph, its lines
in order) from the bottom of the page upwards, on a two-column page the right column before the
left and the full-width frames after both; then the tables, the lowest first, each column by
column from the last column to the first (every cell of the Kommentar column before any
Bedömning cell, the goal titles of the Mål column last, the row labels of the KPI and drift
tables after all their numbers); then the headings last, bottom-up (the report's title is the
last text drawn on page 1). A reader that follows the content stream reads the report backwards
and its tables as columns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Block, Col, Doc, H, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
PCT1 = NumFmt(dec=1, suffix=" %")
TKR = NumFmt()

MUNI = "Falköpings kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
FONT = "Carlito"

INK = colors.HexColor("#222222")
ACCENT = colors.HexColor("#7A1F3D")  # a wine red, the municipality's profile colour
MUTED = colors.HexColor("#5A5A5A")
HEAD_BG = colors.HexColor("#F1E6EA")
RULE = colors.HexColor("#C9B3BB")

WORD = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}
WORD_COLOR = {
    "expected_achieved": colors.HexColor("#2E6B30"),
    "partly": colors.HexColor("#8A5A00"),
    "expected_not_achieved": colors.HexColor("#A61B1B"),
}

# title, status, short comment for the summary table, paragraphs under the heading
GOALS = [
    (
        "Barn och unga som behöver stöd ska få rätt insats i rätt tid",
        "partly",
        "Fler utredningar klara inom 120 dagar, men målvärdet nås inte. Köerna till "
        "öppenvården har kortats.",
        [
            "Andelen utredningar som avslutats inom lagstadgad tid har ökat till 82 procent "
            "jämfört med 76 procent under samma period 2025. Antalet anmälningar om oro för barn "
            "fortsätter att öka och var 1 214 under perioden, 9 procent fler än i fjol.",
            "Öppenvården för barn och familj har förstärkts med två familjebehandlare, vilket har "
            "kortat väntetiden till insats från sju till fyra veckor. Nämnden bedömer att "
            "målvärdet på 85 procent inte nås under året men att utvecklingen går åt rätt håll.",
        ],
    ),
    (
        "Fler vuxna med ekonomiskt bistånd ska bli självförsörjande",
        "partly",
        "Antalet hushåll har minskat men är fler än målvärdet. Fler deltagare går vidare till "
        "arbete eller studier.",
        [
            "I genomsnitt fick 631 hushåll ekonomiskt bistånd per månad under perioden, 17 färre "
            "än under januari–augusti 2025. Biståndstiden har kortats till 8,1 månader men ligger "
            "fortfarande över målvärdet.",
            "Samarbetet med Arbetsförmedlingen och vuxenutbildningen inom ramen för "
            "Jobbcentrum Falköping har gett resultat: 121 deltagare har gått vidare till arbete "
            "eller studier, jämfört med 108 under samma period i fjol.",
        ],
    ),
    (
        "Vård för vuxna med missbruk ska i första hand ges i öppna former nära hemmet",
        "expected_achieved",
        "Öppenvården har ersatt flera institutionsplaceringar. Färre vårddygn än budgeterat.",
        [
            "Den nya mottagningen för beroende i centrala Falköping öppnade i februari och har "
            "haft 164 inskrivna under perioden. Antalet vårddygn på institution för vuxna har "
            "minskat med en fjärdedel jämfört med samma period 2025.",
            "Andelen klienter som inte återaktualiserats inom ett år efter avslutad insats är "
            "74 procent. Nämnden bedömer att målet uppnås vid årets slut.",
        ],
    ),
    (
        "Den enskilde ska vara nöjd med socialtjänstens bemötande och ha inflytande över sina "
        "insatser",
        "expected_achieved",
        "Brukarundersökningen i april visar de högsta värdena hittills.",
        [
            "Brukarundersökningen genomfördes i april inom individ- och familjeomsorgen och "
            "socialpsykiatrin. 88 procent av de svarande var nöjda med bemötandet och 79 procent "
            "ansåg att de kunnat påverka insatsens utformning.",
            "Resultaten har gåtts igenom på arbetsplatsträffar och varje enhet har tagit fram en "
            "förbättringsåtgärd för hösten.",
        ],
    ),
    (
        "Socialtjänsten ska vara en attraktiv arbetsplats med en hållbar arbetsmiljö",
        "partly",
        "Sjukfrånvaron minskar men är över målvärdet. Personalomsättningen bland "
        "socialsekreterare har halverats.",
        [
            "Sjukfrånvaron har minskat till 7,4 procent från 8,1 procent under samma period i "
            "fjol, men når inte målvärdet om högst 7,0 procent. Den korta sjukfrånvaron står för "
            "den största delen av minskningen.",
            "Personalomsättningen bland socialsekreterare inom barn och unga har halverats sedan "
            "introduktionsprogrammet för nyanställda infördes, och inga tjänster tillsätts längre "
            "med konsulter.",
        ],
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "expected_not_achieved",
        "Prognosen är ett underskott om 6 580 tkr, främst inom barn och unga.",
        [
            "Nämnden prognostiserar ett underskott om 6 580 tkr för helåret. Kostnaderna för "
            "placeringar av barn och unga på hem för vård eller boende är fortsatt höga, och "
            "det ekonomiska biståndet överskrider budget trots färre hushåll.",
            "Åtgärderna som beslutades i maj väntas minska underskottet under hösten men inte "
            "så mycket att budgeten hålls. Målet bedöms därför inte uppnås.",
        ],
    ),
]

# name, 2024, 2025, 2026 (all januari–augusti), target as printed, format
KPIS = [
    ("Andel utredningar barn och unga klara inom 120 dagar", 71, 76, 82, "85 %", PCT),
    ("Antal anmälningar om oro för barn", 1046, 1114, 1214, "–", N),
    ("Hushåll med ekonomiskt bistånd, genomsnitt per månad", 612, 648, 631, "600", N),
    ("Genomsnittlig biståndstid, månader", 8.4, 8.9, 8.1, "8,0", DEC1),
    ("Deltagare i arbetsmarknadsinsats som gått till arbete eller studier", 94, 108, 121, "130", N),
    ("Vårddygn på institution, vuxna", 1962, 2248, 1687, "1 900", N),
    ("Andel ej återaktualiserade ett år efter avslutad insats, vuxna", 68, 72, 74, "75 %", PCT),
    ("Andel brukare nöjda med bemötandet", 84, 86, 88, "85 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 8.7, 8.1, 7.4, "7,0 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug 2026, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 18450, 11920, 17980),
    ("Barn och unga", 98300, 70410, 104850),
    ("Vuxna, missbruk och beroende", 46200, 31870, 47500),
    ("Ekonomiskt bistånd", 52700, 36240, 54100),
    ("Arbetsmarknad och integration", 31600, 19880, 30150),
    ("Familjerätt och familjebehandling", 9850, 6210, 9400),
    ("Socialpsykiatri", 27400, 18050, 27100),
]
DRIFT_NOTE = (
    "Avvikelse = budget minus prognos. Negativt belopp innebär underskott. Utfallet avser "
    "perioden januari–augusti."
)
KPI_NOTE = (
    "Utfallen avser perioden januari–augusti respektive år. Målvärdena gäller helåret 2026; "
    "för ekonomiskt bistånd, biståndstid, vårddygn och sjukfrånvaro är målvärdet ett högsta värde."
)


def goal_table() -> Table:
    return Table(
        label_head=("Mål",),
        cols=[Col(("Bedömning",)), Col(("Kommentar",))],
        rows=[Row(t, [Raw(WORD[s]), Raw(c)]) for t, s, c, _p in GOALS],
        kind="plain",
        caption="Måluppfyllelse i sammandrag",
    )


def kpi_table() -> Table:
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Utfall", "jan–aug 2024"), year="2024"),
            Col(("Utfall", "jan–aug 2025"), year="2025"),
            Col(("Utfall", "jan–aug 2026"), year="2026"),
            Col(("Målvärde", "2026")),
        ],
        rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS],
        kind="kpi",
        caption="Tabell 1. Nyckeltal",
        note=KPI_NOTE,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tb = sum(r[1] for r in DRIFT)
    tu = sum(r[2] for r in DRIFT)
    tp = sum(r[3] for r in DRIFT)
    rows.append(Row("Summa nämnden", [tb, tu, tp, tb - tp], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget", "2026")),
            Col(("Utfall", "jan–aug 2026")),
            Col(("Prognos", "2026")),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 2. Driftredovisning per verksamhet, tkr",
        note=DRIFT_NOTE,
    )


# ---------------------------------------------------------------- page plan
# each page: a list of regions, ("full", [blocks]) or ("cols", [left blocks], [right blocks])


def build() -> Doc:
    d = Doc(
        stem="falkoping-socialnamnden-delarsrapport-2026-08",
        municipality="Falköping",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 drawn in the order a DTP program "
        "(InDesign-like) writes its content stream (reportlab canvas, Carlito), no title page",
        hard="the pages look normal but the content stream's order has nothing to do with the "
        "reading order (`pdftotext -raw` reads it backwards): on every page the page number and "
        "the running footer and header come first, then the body text frames (one per "
        "paragraph, lines in order) from the bottom of the page upwards, on the two-column goal "
        "pages the right column before the left and the full-width frames after both, then the "
        "tables column by column from the last to the first (the goal table's Kommentar cells, "
        "then its Bedömning words, then the goal titles; the KPI and drift tables' numbers "
        "right to left before their row labels), then all headings last, bottom-up (the "
        "report's title is the last text of page 1); six goals twice, in a summary table Mål | "
        'Bedömning | Kommentar ("Uppnås", "Uppnås delvis", "Uppnås inte") and as "Mål n:" '
        'headings with a "Bedömning helår: …" line; nine KPIs Utfall jan–aug 2024 | 2025 | 2026 '
        "| Målvärde 2026; a drift table Budget 2026 | Utfall jan–aug 2026 | Prognos 2026 | "
        "Avvikelse in tkr with Summa nämnden",
    )
    n: dict[str, int] = {}
    for _t, s, _c, _p in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"partly": 3, "expected_achieved": 2, "expected_not_achieved": 1}, n
    dev = sum(b - p for _n, b, _u, p in DRIFT)
    assert dev == -6580, dev
    for t, s, _c, _p in GOALS:
        d.goal(t, s)

    pages: list[list[tuple]] = []

    # ---- page 1
    p1: list[Block] = [
        P(TITLE, "title"),
        P(f"{COMMITTEE}, {MUNI}", "subtitle"),
        P("Dnr SN 2026/141 · Behandlad av socialnämnden 2026-09-24, § 96", "meta"),
        H(1, "Sammanfattning", "1"),
        P(
            "Socialnämnden redovisar i delårsrapporten verksamhetens resultat, måluppfyllelse "
            "och ekonomi för perioden januari–augusti 2026 med en prognos för helåret. Perioden "
            "har präglats av ett fortsatt högt inflöde av anmälningar om oro för barn och av "
            "kostnader för placeringar av barn och unga som är högre än budgeterat."
        ),
        P(
            "Av nämndens sex mål bedöms två uppnås, tre uppnås delvis och ett inte uppnås vid "
            "årets slut. Utvecklingen är positiv inom vuxenområdet, där öppenvården har ersatt "
            "flera institutionsplaceringar, och brukarnas nöjdhet med bemötandet är den högsta "
            "sedan mätningarna började."
        ),
        P(
            "Nämnden prognostiserar ett underskott om 6 580 tkr för helåret, vilket motsvarar "
            "2,3 procent av budgetramen. Underskottet finns främst inom barn och unga och inom "
            "ekonomiskt bistånd, medan arbetsmarknad och integration och "
            "förvaltningsledningen visar överskott."
        ),
        H(2, "Viktiga händelser under perioden"),
        P(
            "Mottagningen för beroende öppnade i februari. Nämnden beslutade i maj om åtgärder "
            "för en ekonomi i balans, bland annat en översyn av placeringar och ett uppdrag att "
            "utöka kommunens egna familjehem. Introduktionsprogrammet för nya socialsekreterare "
            "har genomförts för andra året."
        ),
        goal_table(),
        P(
            "Bedömningen avser prognosen för helåret 2026 och bygger på utfallet för "
            "januari–augusti.",
            "note",
        ),
    ]
    pages.append([("full", p1)])

    def goal_blocks(i: int) -> list[Block]:
        title, status, _c, paras = GOALS[i]
        return [
            H(3, title, f"Mål {i + 1}:"),
            P(f"Bedömning helår: {WORD[status]}", "assess"),
            *[P(t) for t in paras],
        ]

    # ---- page 2: two columns of goals
    head2: list[Block] = [
        H(1, "Nämndens mål", "2"),
        P(
            "Nämnden har sex mål för 2026 som utgår från kommunfullmäktiges mål om trygghet, "
            "delaktighet och egen försörjning. Varje mål följs upp med nyckeltal, som redovisas "
            "samlat i avsnitt 3."
        ),
    ]
    left = goal_blocks(0) + goal_blocks(1) + goal_blocks(2)
    right = goal_blocks(3) + goal_blocks(4) + goal_blocks(5)
    pages.append([("full", head2), ("cols", left, right)])

    # ---- page 3: the KPI table and the drift table
    p3: list[Block] = [
        H(1, "Nyckeltal", "3"),
        P(
            "Tabellen visar nämndens nyckeltal för perioden januari–augusti de tre senaste åren "
            "och målvärdet för 2026."
        ),
        kpi_table(),
        H(1, "Ekonomi", "4"),
        P(
            "Nämndens budgetram för 2026 är 284 500 tkr. Utfallet för januari–augusti är "
            "194 580 tkr och prognosen för helåret 291 080 tkr, vilket ger ett underskott om "
            "6 580 tkr."
        ),
        drift_table(),
    ]
    pages.append([("full", p3)])

    # ---- page 4: comments on the forecast and outlook
    p4: list[Block] = [
        H(2, "Kommentarer till prognosen"),
        P(
            "Barn och unga prognostiserar ett underskott om 6 550 tkr. Sex barn och ungdomar "
            "har placerats på hem för vård eller boende sedan årsskiftet, och två av "
            "placeringarna är särskilt kostsamma. Ekonomiskt bistånd visar ett underskott om "
            "1 400 tkr: hushållen är färre, men hyror och normen har höjts mer än budgeterat."
        ),
        P(
            "Vuxna, missbruk och beroende har ett underskott om 1 300 tkr, som beror på två "
            "tvångsvårdsplaceringar enligt LVM under våren. Arbetsmarknad och integration "
            "visar ett överskott om 1 450 tkr efter högre statsbidrag, och vakanser inom "
            "förvaltningsledningen ger ett överskott om 470 tkr."
        ),
        P(
            "Familjerätt och familjebehandling och socialpsykiatrin visar mindre överskott, "
            "450 tkr respektive 300 tkr, som beror på vakanser under sommaren."
        ),
        H(2, "Åtgärder för en ekonomi i balans"),
        P(
            "Nämndens åtgärdsplan från maj följs upp månadsvis. Översynen av placeringarna har "
            "hittills lett till att fyra barn flyttats från hem för vård eller boende till "
            "familjehem eller hemmaplanslösningar. Rekryteringen av egna familjehem fortsätter "
            "under hösten med en informationskampanj tillsammans med Skövde och Tidaholm."
        ),
        P(
            "Inom ekonomiskt bistånd har handläggningen av nyansökningar samlats i en "
            "mottagningsgrupp, och alla biståndsmottagare med arbetsförmåga ska ha en "
            "planering tillsammans med Jobbcentrum inom en månad."
        ),
        H(1, "Internkontroll", "5"),
        P(
            "Internkontrollplanen för 2026 omfattar sju kontrollmoment. Fem har följts upp "
            "under perioden. Kontrollen av att utredningar inleds inom 14 dagar visade brister "
            "i två ärenden, och rutinen har förtydligats. Övriga kontroller visade inga "
            "avvikelser."
        ),
        H(1, "Framåtblick", "6"),
        P(
            "Inför 2027 ser nämnden ett fortsatt tryck på den sociala barn- och ungdomsvården "
            "och ett behov av att utveckla det förebyggande arbetet tillsammans med skolan. "
            "Budgetdialogen med kommunstyrelsen sker i oktober."
        ),
    ]
    pages.append([("full", p4)])

    for pg in pages:
        for reg in pg:
            for blocks in reg[1:]:
                d.add(*blocks)
    d.options["pages"] = pages
    return d


# ---------------------------------------------------------------- drawing

MARGIN_L = MARGIN_R = 2.0 * rl.cm
TOP = A4[1] - 2.3 * rl.cm
BOTTOM = 2.2 * rl.cm
WIDTH = A4[0] - MARGIN_L - MARGIN_R
GAP = 0.8 * rl.cm


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=13.4, textColor=INK, alignment=TA_LEFT
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=f"{FONT}-Bold",
            fontSize=24,
            leading=29,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=14, leading=18, textColor=INK),
        "meta": ParagraphStyle("meta", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "note": ParagraphStyle(
            "note",
            parent=body,
            fontName=f"{FONT}-Italic",
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
        ),
        "assess": ParagraphStyle("assess", parent=body, fontName=f"{FONT}-Bold"),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=f"{FONT}-Bold", fontSize=15, leading=19, textColor=ACCENT
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=f"{FONT}-Bold", fontSize=12, leading=15, textColor=ACCENT
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=f"{FONT}-Bold", fontSize=11, leading=13.8, textColor=INK
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, fontName=f"{FONT}-Bold", fontSize=10, leading=13
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        "cellb": ParagraphStyle(
            "cellb", parent=body, fontName=f"{FONT}-Bold", fontSize=9, leading=11
        ),
    }


SPACE_BEFORE = {"h1": 14, "h2": 10, "h3": 10, "caption": 8}
SPACE_AFTER = {
    "h1": 5,
    "h2": 4,
    "h3": 3,
    "title": 2,
    "subtitle": 4,
    "meta": 16,
    "body": 6,
    "note": 6,
    "assess": 4,
    "caption": 3,
}


@dataclass
class Item:
    """Something drawn on a page: its phase (furniture, body, table, heading), the column it is
    in, its top y, and how to draw it."""

    phase: str
    col: str  # "L", "R", "F" (full width)
    y: float
    draw: Callable[[rl_canvas.Canvas], None]


def _para(text: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), st)


class Layout:
    def __init__(self) -> None:
        self.st = _styles()
        self.items: list[Item] = []

    def place_para(
        self, p: Paragraph, x: float, y: float, w: float, phase: str, col: str, style: str
    ) -> float:
        _w, h = p.wrap(w, 1000)
        self.items.append(Item(phase, col, y, lambda c, p=p, x=x, y=y, h=h: p.drawOn(c, x, y - h)))
        return y - h - SPACE_AFTER.get(style, 6)

    def flow(
        self, blocks: list[Block], x: float, y: float, w: float, col: str, first: bool = True
    ) -> float:
        for b in blocks:
            if isinstance(b, H):
                style = f"h{b.level}"
                if not first:
                    y -= SPACE_BEFORE[style]
                y = self.place_para(_para(b.full, self.st[style]), x, y, w, "heading", col, style)
            elif isinstance(b, P):
                style = b.style or "body"
                phase = "heading" if style in ("title", "subtitle") else "body"
                y = self.place_para(_para(b.body, self.st[style]), x, y, w, phase, col, style)
            elif isinstance(b, Table):
                y = self.table(b, x, y - (0 if first else SPACE_BEFORE["caption"]), w, col)
            else:
                raise TypeError(b)
            first = False
        return y

    # -- tables: rules first, then the columns from the last to the first
    def table(self, t: Table, x: float, y: float, w: float, col: str) -> float:
        st = self.st
        if t.caption:
            y = self.place_para(_para(t.caption, st["caption"]), x, y, w, "heading", col, "caption")
        goal = t.kind == "plain"
        rel = [0.36, 0.14, 0.50] if goal else [0.46] + [0.54 / len(t.cols)] * len(t.cols)
        widths = [r * w for r in rel]
        xs = [x]
        for cw in widths[:-1]:
            xs.append(xs[-1] + cw)
        pad = 4
        # header
        grid = t.header_lines()
        nh = len(grid[0])
        head_h = nh * 11 + 6
        # rows: cells as (paragraph or string, right-aligned)
        rows = []
        for r in t.rows:
            cells = [r.label] + [t.fmt_cell(r, c, v) for c, v in zip(t.cols, r.cells, strict=True)]
            rows.append((r, cells))
        heights = []
        paras: list[list[Paragraph | None]] = []
        for r, cells in rows:
            ps: list[Paragraph | None] = []
            hmax = 11.0
            for j, s in enumerate(cells):
                if j == 0 or goal:
                    sty = st["cellb"] if r.total else st["cell"]
                    if goal and j == 1:
                        sty = ParagraphStyle(
                            "w",
                            parent=st["cellb"],
                            textColor=WORD_COLOR[next(k for k, v in WORD.items() if v == s)],
                        )
                    p = _para(s, sty)
                    _w, h = p.wrap(widths[j] - 2 * pad, 1000)
                    hmax = max(hmax, h)
                    ps.append(p)
                else:
                    ps.append(None)
            paras.append(ps)
            heights.append(hmax + 6)
        top = y
        row_tops = []
        yy = top - head_h
        for h in heights:
            row_tops.append(yy)
            yy -= h
        bottom = yy

        def rules(c: rl_canvas.Canvas) -> None:
            c.saveState()
            c.setFillColor(HEAD_BG)
            c.rect(x, top - head_h, w, head_h, stroke=0, fill=1)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.8)
            c.line(x, top - head_h, x + w, top - head_h)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            for k, (rt, (r, _cells)) in enumerate(zip(row_tops, rows, strict=True)):
                if k and not r.total:
                    c.line(x, rt, x + w, rt)
                if r.total:
                    c.setStrokeColor(INK)
                    c.setLineWidth(0.8)
                    c.line(x, rt, x + w, rt)
            c.setStrokeColor(ACCENT)
            c.setLineWidth(0.8)
            c.line(x, bottom, x + w, bottom)
            c.restoreState()

        def column(j: int) -> Callable[[rl_canvas.Canvas], None]:
            def draw(c: rl_canvas.Canvas) -> None:
                right = j > 0 and not goal
                # header lines of the column
                c.setFillColor(INK)
                c.setFont(f"{FONT}-Bold", 9)
                for k, line in enumerate(grid[j]):
                    if not line:
                        continue
                    by = top - 3 - 11 * (k + 1) + 2
                    if right:
                        c.drawRightString(xs[j] + widths[j] - pad, by, line)
                    else:
                        c.drawString(xs[j] + pad, by, line)
                for (r, cells), ps, rt in zip(rows, paras, row_tops, strict=True):
                    p = ps[j]
                    if p is not None:
                        _w, h = p.wrap(widths[j] - 2 * pad, 1000)
                        p.drawOn(c, xs[j] + pad, rt - 3 - h)
                    elif cells[j]:
                        c.setFillColor(INK)
                        c.setFont(f"{FONT}-Bold" if r.total else FONT, 9)
                        c.drawRightString(xs[j] + widths[j] - pad, rt - 3 - 9, cells[j])

            return draw

        n = len(t.cols) + 1
        draws = [rules] + [column(j) for j in range(n - 1, -1, -1)]
        self.items.append(Item("table", col, top, lambda c: [f(c) for f in draws]))
        y = bottom - 5
        if t.note:
            y = self.place_para(_para(t.note, st["note"]), x, y, w, "body", col, "note")
        else:
            y -= 8
        return y


def furniture(c: rl_canvas.Canvas, page: int, pages: int) -> None:
    c.saveState()
    fy = BOTTOM - 1.1 * rl.cm
    # the page number first, then the footer line, then the running header
    c.setFont(f"{FONT}-Bold", 9)
    c.setFillColor(ACCENT)
    c.drawRightString(A4[0] - MARGIN_R, fy, str(page))
    c.setFont(FONT, 8.5)
    c.setFillColor(MUTED)
    c.drawString(MARGIN_L, fy, f"{MUNI} · {TITLE}")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_L, fy + 10, A4[0] - MARGIN_R, fy + 10)
    if page > 1:
        hy = A4[1] - 1.4 * rl.cm
        c.setFont(FONT, 8.5)
        c.drawString(MARGIN_L, hy, COMMITTEE)
        c.drawRightString(A4[0] - MARGIN_R, hy, "Delårsrapport 2026")
        c.line(MARGIN_L, hy - 4, A4[0] - MARGIN_R, hy - 4)
    else:
        c.setFillColor(ACCENT)
        c.rect(0, A4[1] - 0.9 * rl.cm, A4[0], 0.9 * rl.cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(f"{FONT}-Bold", 10)
        c.drawString(MARGIN_L, A4[1] - 0.6 * rl.cm, MUNI.upper())
    c.restoreState()


COL_RANK = {"R": 0, "L": 1, "F": 2}


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(f"{TITLE} – {COMMITTEE}")
    c.setAuthor("")
    c.setCreator("Adobe InDesign 19.5 (Windows)")
    pages = doc.options["pages"]
    for i, regions in enumerate(pages, start=1):
        lay = Layout()
        y = TOP
        for k, reg in enumerate(regions):
            if reg[0] == "full":
                y = lay.flow(reg[1], MARGIN_L, y, WIDTH, "F", first=k == 0)
            else:
                cw = (WIDTH - GAP) / 2
                yl = lay.flow(reg[1], MARGIN_L, y, cw, "L")
                yr = lay.flow(reg[2], MARGIN_L + cw + GAP, y, cw, "R")
                y = min(yl, yr) - 4
        assert y > BOTTOM - 4, (doc.stem, i, y)
        furniture(c, i, len(pages))
        items = lay.items
        body = sorted(
            (it for it in items if it.phase == "body"), key=lambda it: (COL_RANK[it.col], it.y)
        )
        tables = sorted((it for it in items if it.phase == "table"), key=lambda it: it.y)
        heads = sorted((it for it in items if it.phase == "heading"), key=lambda it: it.y)
        for it in body + tables + heads:
            it.draw(c)
        c.showPage()
    c.save()
    return path

"""Vänersborg, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Carlito), laid out as
a Word document: one LONG goal table Mål | Indikatorer | Prognos helår | Kommentar with eleven
nämndmål under four "Målområde n: …" rows spanning the table, a rule under every row, running over
three pages with its header row repeated at the top of each page (Word's "repeat header row"), and
rows allowed to break across pages: two goals' rows are split at a page break, so the last words
of the goal's title, of its indicator list and of its comment stand at the top of the next page
under the repeated header, in a row whose Prognos cell is empty (the forecast is printed only on
the first part). After the table a short KPI table (Jan–aug 2025 | Jan–aug 2026 | Mål 2026) and
a drift table (tkr, budget minus prognosis)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Vänersborgs kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
HEADER = f"{MUNI}\t\t{COMMITTEE} – {TITLE}"
FOOTER = "Dnr SN 2026/214\t\tSida {page} av {pages}"

INK = colors.HexColor("#1B365D")
HEAD_BG = colors.HexColor("#D9E2EC")
AREA_BG = colors.HexColor("#EEF2F6")
RULE = colors.HexColor("#8C8C8C")

WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
    "unassessed": "Ej bedömd",
}

# målområde: [(goal, indicators, forecast, comment)]
AREAS = [
    (
        "Målområde 1: Barn och unga ska ha trygga uppväxtvillkor",
        [
            (
                "Barn och unga som behöver stöd från socialtjänsten ska få rätt insats i rätt tid "
                "och så nära hemmet som möjligt",
                [
                    "Vårddygn på HVB för barn och unga",
                    "Andel placerade barn och unga i familjehem",
                    "Antal familjer i öppenvård",
                ],
                "partly",
                "Öppenvården har tagit emot 214 familjer, fler än någon tidigare period. "
                "Vårddygnen på HVB har ändå ökat med tolv procent, främst för ungdomar över 15 år "
                "med missbruk eller kriminalitet. Två ungdomar har kunnat flytta hem med stöd av "
                "det nya intensivteamet.",
            ),
            (
                "Utredningar som rör barn och unga ska vara avslutade inom lagstadgad tid",
                ["Andel utredningar avslutade inom fyra månader"],
                "expected_achieved",
                "91 procent av utredningarna avslutades inom fyra månader, mot 78 procent samma "
                "period 2025. Mottagningsgruppen har varit fullt bemannad sedan februari och "
                "inga konsulter har anlitats.",
            ),
            (
                "Fler barn och unga som placeras ska få bo i familjehem i stället för på "
                "institution",
                [
                    "Andel placerade barn och unga i familjehem",
                    "Antal nyrekryterade familjehem",
                ],
                "expected_not_achieved",
                "Andelen placerade i familjehem har minskat till 61 procent. Sju nya familjehem "
                "har rekryterats, men flera av de placerade ungdomarna har behov som ett "
                "familjehem inte kan möta. Rekryteringskampanjen tillsammans med Trollhättan "
                "fortsätter under hösten.",
            ),
        ],
    ),
    (
        "Målområde 2: Vuxna ska få stöd till ett självständigt liv",
        [
            (
                "Fler vuxna som har ekonomiskt bistånd ska gå vidare till arbete eller studier",
                [
                    "Hushåll med ekonomiskt bistånd per månad",
                    "Avslut till arbete eller studier",
                ],
                "expected_not_achieved",
                "I genomsnitt 786 hushåll per månad har fått ekonomiskt bistånd, 44 fler än "
                "samma period i fjol. Arbetsmarknaden i Fyrbodal har försvagats och färre har "
                "gått vidare till arbete. Samarbetet med arbetsmarknadsenheten har gett 63 "
                "avslut till arbete eller studier.",
            ),
            (
                "Personer med missbruk eller beroende ska erbjudas behandling utan dröjsmål och "
                "få ett samordnat stöd från socialtjänsten och Västra Götalandsregionen",
                [
                    "Väntetid till behandlingsstart, dagar",
                    "Andel med samordnad individuell plan",
                    "Andel som fullföljer behandlingen",
                ],
                "partly",
                "Väntetiden till behandlingsstart har kortats från 21 till 17 dagar sedan "
                "beroendemottagningen fick drop-in, men målvärdet 14 dagar nås inte. Andelen med "
                "samordnad individuell plan har ökat till 58 procent. Avtalet med regionen "
                "omförhandlas i höst.",
            ),
            (
                "Våldsutsatta vuxna och barn som bevittnat våld ska få skydd och stöd",
                ["Antal ärenden hos Kvinnofridsteamet", "Andel med stödsamtal inom en vecka"],
                "expected_achieved",
                "Kvinnofridsteamet har haft 132 ärenden. Samtliga som ansökt om skyddat boende "
                "har fått plats samma dag, och 94 procent har erbjudits stödsamtal inom en "
                "vecka. Samverkan med polisen och kvinnojouren har fördjupats, och ett stöd för "
                "barn som bevittnat våld har startat.",
            ),
        ],
    ),
    (
        "Målområde 3: Personer med funktionsnedsättning ska kunna leva som andra",
        [
            (
                "Beslut om bostad med särskild service enligt LSS ska verkställas inom tre månader",
                ["Ej verkställda beslut om bostad äldre än tre månader"],
                "expected_not_achieved",
                "Tolv beslut om bostad med särskild service har inte kunnat verkställas inom tre "
                "månader. Den nya gruppbostaden på Nordkroken blir klar först i mars 2027, och "
                "fram till dess erbjuds tillfälliga lösningar.",
            ),
            (
                "Brukare inom funktionsstöd ska uppleva att de har inflytande över hur deras "
                "insatser utförs",
                ["Andel brukare som upplever inflytande (brukarundersökning)"],
                "unassessed",
                "Målet kan inte bedömas i delårsrapporten. Brukarundersökningen genomförs i "
                "oktober och redovisas i årsredovisningen.",
            ),
            (
                "Fler personer med insatser från funktionsstöd ska ha en sysselsättning som "
                "leder vidare mot arbete eller praktik på den öppna arbetsmarknaden",
                [
                    "Antal deltagare i daglig verksamhet",
                    "Antal deltagare med praktik ute på arbetsplatser",
                ],
                "partly",
                "Daglig verksamhet har 246 deltagare, varav 31 har praktik ute på arbetsplatser, "
                "jämfört med 24 samma period i fjol. Ökningen är mindre än planerat eftersom "
                "jobbcoachen i Vargön varit vakant sedan maj. Tjänsten är tillsatt från "
                "oktober.",
            ),
        ],
    ),
    (
        "Målområde 4: Medarbetare och ekonomi",
        [
            (
                "Nämnden ska ha en ekonomi i balans",
                ["Budgetavvikelse helår, tkr"],
                "expected_not_achieved",
                "Helårsprognosen är ett underskott om 16 500 tkr, främst för placeringar av barn "
                "och unga och för ekonomiskt bistånd. En åtgärdsplan beslutades i juni (se "
                "avsnitt 5).",
            ),
            (
                "Socialnämnden ska vara en attraktiv arbetsgivare med en hållbar arbetsmiljö där "
                "sjukfrånvaron minskar och fler medarbetare vill stanna kvar",
                ["Sjukfrånvaro, medarbetare", "Personalomsättning"],
                "partly",
                "Sjukfrånvaron är 9,3 procent mot 9,8 procent samma period 2025, men målet om "
                "högst 8,0 procent nås inte. Personalomsättningen bland socialsekreterare har "
                "minskat, och introduktionsprogrammet för nyanställda har fått goda omdömen.",
            ),
        ],
    ),
]

GOAL_CAPTION = "Tabell 1. Nämndens mål och prognos för helåret"
GOAL_HEAD = ("Mål", "Indikatorer", "Prognos helår", "Kommentar")

DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 24_600, 15_720, 23_900),
    ("Barn och unga", 168_400, 124_380, 181_200),
    ("Vuxen, missbruk och våld", 62_300, 43_190, 64_100),
    ("Ekonomiskt bistånd", 71_800, 53_040, 78_500),
    ("Funktionsstöd", 348_900, 228_410, 345_400),
    ("Socialpsykiatri", 41_200, 26_880, 40_600),
]


def build() -> Doc:
    d = Doc(
        stem="vanersborg-socialnamnden-delarsrapport-2026-08",
        municipality="Vänersborg",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 laid out as a Word document "
        "(reportlab, Carlito), no title page",
        hard="one long goal table Mål | Indikatorer | Prognos helår | Kommentar with eleven "
        'nämndmål under four "Målområde n: …" rows spanning the table, a rule under every row, '
        "that runs over three pages with its header row repeated at the top of each page (as "
        "Word's \"repeat header row\" does) and rows allowed to break across pages: two goals' "
        "rows are split at a page break, the last words of the goal's title, of its indicator "
        "list and of its comment standing at the top of the next page under the repeated header "
        "in a row whose Prognos cell is empty (the forecast only on the first part); the "
        'Indikatorer cells name the indicators without values; forecasts "Uppnås" / "Uppnås '
        'delvis" / "Uppnås inte" / "Ej bedömd"; a short KPI table Jan–aug 2025 | Jan–aug 2026 '
        "| Mål 2026 and a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse "
        "(tkr, budget minus prognosis) after the goal table on the last page; the municipality "
        'as "Vänersborgs kommun" in the masthead and the running header, "Sida n av m" in the '
        "footer",
    )
    d.add(Custom("masthead", {}, words=f"{MUNI}\n\n{TITLE}\n\n{COMMITTEE}"))
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, stöd till "
        "personer med funktionsnedsättning och socialpsykiatri. Delårsrapporten avser perioden "
        "januari–augusti 2026 och innehåller nämndens prognos för helåret."
    )
    d.p(
        "Av nämndens elva mål bedöms två uppnås, fyra uppnås delvis och fyra inte uppnås vid "
        "årets slut. Ett mål kan inte bedömas förrän brukarundersökningen inom funktionsstöd är "
        "klar i oktober."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 16 500 tkr för helåret. Underskottet beror "
        "främst på fler och dyrare placeringar av barn och unga och på att fler hushåll har "
        "behövt ekonomiskt bistånd. Funktionsstöd och socialpsykiatri beräknas lämna ett "
        "överskott, bland annat för att två gruppbostäder har öppnat senare än planerat."
    )
    d.p(
        "Efterfrågan på nämndens insatser har fortsatt att öka. Antalet anmälningar om oro för "
        "barn var 1 412 under perioden, elva procent fler än samma period 2025."
    )
    d.h(1, "Viktiga händelser under perioden", "2")
    d.bullets(
        "Intensivteamet för ungdomar med risk för placering startade i februari.",
        "Ett gemensamt familjehemsteam med Trollhättans Stad inledde sitt arbete i maj.",
        "Nämnden beslutade i juni om en åtgärdsplan för att minska underskottet.",
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Tabellen redovisar nämndens mål per målområde med de indikatorer som följs upp och "
        "nämndens prognos för måluppfyllelsen vid årets slut: Uppnås, Uppnås delvis, Uppnås "
        "inte eller Ej bedömd. Indikatorernas utfall redovisas i avsnitt 4."
    )
    lines = [GOAL_CAPTION, "\t".join(GOAL_HEAD)]
    for area, goals in AREAS:
        lines.append(area)
        for g, inds, s, c in goals:
            d.goal(g, s)
            ind = " ".join(f"• {i}" for i in inds)
            lines.append(f"{g}\t{ind}\t{WORDS[s]}\t{c}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))

    d.h(1, "Nyckeltal", "4")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[
                Row(
                    "Andel utredningar avslutade inom fyra månader",
                    [78, 91, Raw("≥ 90 %")],
                    fmt=PCT,
                ),  # fmt: skip
                Row("Vårddygn på HVB för barn och unga", [6_140, 6_870, Raw("≤ 5 500")], fmt=N),
                Row(
                    "Andel placerade barn och unga i familjehem", [64, 61, Raw("≥ 70 %")], fmt=PCT
                ),  # fmt: skip
                Row("Hushåll med ekonomiskt bistånd per månad", [742, 786, Raw("≤ 700")], fmt=N),
                Row("Väntetid till behandlingsstart, dagar", [21, 17, Raw("≤ 14")], fmt=N),
                Row(
                    "Ej verkställda beslut om bostad äldre än tre månader",
                    [9, 12, Raw("0")],
                    fmt=N,
                ),
                Row("Sjukfrånvaro, medarbetare", [9.8, 9.3, Raw("≤ 8,0 %")], fmt=PCT1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal, utfall januari–augusti",
            label_width=3.6,
        )
    )

    d.h(1, "Ekonomi", "5")
    d.p(
        "Prognosen för helåret är ett underskott om 16 500 tkr. Barn och unga beräknas överskrida "
        "budget med 12 800 tkr och ekonomiskt bistånd med 6 700 tkr. Funktionsstöd beräknas få "
        "ett överskott om 3 500 tkr. Åtgärdsplanen väntas minska underskottet med omkring "
        "2 000 tkr, vilket ingår i prognosen."
    )
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot[0] - tot[2] == -16_500, tot
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    d.table(
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
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; ett negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    return d


WIDTHS = (0.25, 0.21, 0.12, 0.42)


def cell_para(items: list[str], bold: bool = False) -> Paragraph:
    return Paragraph("<br/>".join(escape(t) for t in items), gbold if bold else gcell)


def item_lines(text: str, width: float) -> list[str]:
    """The lines a plain-text paragraph of the goal table breaks into at `width`."""
    p = Paragraph(escape(text), gcell)
    p.wrap(width, 10_000)
    bl = p.blPara
    assert bl.kind == 0, text
    return [" ".join(words) for _space, words in bl.lines]


def split_cell(items: list[str], width: float, k: int) -> tuple[list[str], list[str]]:
    """The first `k` lines of a cell and the rest, as Word breaks a row across a page."""
    first: list[str] = []
    second: list[str] = []
    left = k
    for t in items:
        lines = item_lines(t, width)
        if left >= len(lines):
            first.append(t)
        elif left > 0:
            head = " ".join(lines[:left])
            assert t.startswith(head), (t, head)
            first.append(head)
            second.append(t[len(head) :].strip())
        else:
            second.append(t)
        left -= min(left, len(lines))
    return first, second


class WordTable(Flowable):
    """A table laid out the way Word lays out a long table with "repeat header row" on and rows
    allowed to break across pages: the header row is repeated at the top of every page, and the
    row that does not fit is split line by line, its cells continuing at the top of the next page
    (a cell that fitted whole, such as the forecast, is empty in the continued part)."""

    def __init__(self, head: list, rows: list, colw: list, pads: tuple, open_last: bool = False):
        super().__init__()
        self.head, self.rows, self.colw, self.pads = head, rows, colw, pads
        self.open_last = open_last

    def _table(self, rows: list, open_last: bool) -> rl.RLTable:
        lp, rp, tp, bp = self.pads
        data = [[cell_para([h], True) for h in self.head]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), lp),
            ("RIGHTPADDING", (0, 0), (-1, -1), rp),
            ("TOPPADDING", (0, 0), (-1, -1), tp),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bp),
        ]
        for k, (kind, cells) in enumerate(rows):
            i = len(data)
            if kind == "area":
                data.append([cell_para(cells[0], True), "", "", ""])
                cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), AREA_BG)]
            else:
                data.append([cell_para(c) if c else "" for c in cells])
            if not (open_last and k == len(rows) - 1):
                cmds.append(("LINEBELOW", (0, i), (-1, i), 0.4, RULE))
        return rl.RLTable(data, colWidths=self.colw, style=rl.TableStyle(cmds), hAlign="LEFT")

    def _height(self, rows: list, open_last: bool = False) -> float:
        return self._table(rows, open_last).wrap(sum(self.colw), 10_000)[1]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._t = self._table(self.rows, self.open_last)
        return self._t.wrap(aw, ah)

    def draw(self) -> None:
        self._t.drawOn(self.canv, 0, 0)

    def split(self, aw: float, ah: float) -> list:
        rows = self.rows
        n = 0
        while n < len(rows) and self._height(rows[: n + 1]) <= ah:
            n += 1
        if n == len(rows):
            return [self]
        lp, rp, tp, bp = self.pads
        kind, cells = rows[n]
        if kind == "goal":
            k = int((ah - self._height(rows[:n]) - tp - bp - 1) // gcell.leading)
            if k >= 2:
                parts = [
                    split_cell(c, w - lp - rp, k) for c, w in zip(cells, self.colw, strict=True)
                ]
                first = [p[0] for p in parts]
                second = [p[1] for p in parts]
                head_rows = rows[:n] + [("goal", first)]
                assert self._height(head_rows, True) <= ah
                self.split_at = (cells[0][0], k)
                return [
                    WordTable(self.head, head_rows, self.colw, self.pads, True),
                    WordTable(
                        self.head, [("goal", second)] + rows[n + 1 :], self.colw, self.pads
                    ),  # fmt: skip
                ]
        if n and rows[n - 1][0] == "area":  # a målområde row is not left alone at a page foot
            n -= 1
        if n == 0:
            return []
        return [
            WordTable(self.head, rows[:n], self.colw, self.pads),
            WordTable(self.head, rows[n:], self.colw, self.pads),
        ]


gcell = rl.ParagraphStyle(
    "gcell", fontName="Carlito", fontSize=9.3, leading=11.6, spaceAfter=0, spaceBefore=0
)
gbold = rl.ParagraphStyle("gbold", parent=gcell, fontName="Carlito-Bold")


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": INK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": HEADER,
        "footer": FOOTER,
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s).replace("\n", "<br/>"), r.styles[st])

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=INK
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=22, leading=27, spaceAfter=4
        )
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            rl.Spacer(1, 4),
        ]

    pads = (4, 5, 3, 5)  # left right top bottom

    def goaltable(_b: Custom) -> list:
        rows: list = []
        for area, goals in AREAS:
            rows.append(("area", [[area]]))
            for g, inds, st, c in goals:
                rows.append(("goal", [[g], [f"• {x}" for x in inds], [WORDS[st]], [c]]))
        colw = [w * W for w in WIDTHS]
        cap = rl.ParagraphStyle("cap1", parent=r.styles["caption"], keepWithNext=0)
        return [
            Paragraph(GOAL_CAPTION, cap),
            WordTable(list(GOAL_HEAD), rows, colw, pads),
            rl.Spacer(1, 10),
        ]

    r.custom.update(masthead=masthead, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

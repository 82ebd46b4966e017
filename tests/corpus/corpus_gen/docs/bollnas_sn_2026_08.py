"""Bollnäs, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans) as a
committee member's marked-up copy: the ordinary report (six goals as headings with a "Prognos
helår:" line, a KPI table over three years with targets, a drift table), onto which a PDF reader
has added real annotations before the meeting, saved as an incremental update of the original
file (a second xref section appended, as Acrobat and most readers save): yellow (and one green)
Highlight annotations over goal titles, a sentence and two KPI rows; sticky notes (Text
annotations with a Popup) holding questions ("Varför ökar väntetiden?"); FreeText annotations
typed in the right margin and in the white space beside the KPI and drift tables ("Jämför med
2024", "Fråga om prognosen!"); an Ink scribble around the total deviation and an arrow; a
"LÄST" Stamp on the first page. Every annotation has its own appearance stream, so poppler and
pdfium draw them. The key and the expected text hold the printed report only: no annotation's
words are part of the report."""

from __future__ import annotations

import io
import math
import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
MUNI = "Bollnäs kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
BLUE = colors.HexColor("#00507D")

STATUS_TEXT = {
    "expected_achieved": "Målet bedöms uppnås.",
    "partly": "Målet bedöms delvis uppnås.",
    "expected_not_achieved": "Målet bedöms inte uppnås.",
}

GOALS = [
    (
        "Barn och unga som utreds av socialtjänsten ska få ett snabbt beslut",
        "partly",
        "Den genomsnittliga utredningstiden har minskat till 96 dagar och ligger nu under "
        "målvärdet. Andelen utredningar som avslutas inom lagens fyra månader har ökat till 83 "
        "procent men når ännu inte målet om 85 procent. Två socionomtjänster som varit vakanta "
        "sedan hösten 2025 är tillsatta från augusti, vilket väntas korta handläggningstiderna "
        "ytterligare under hösten.",
    ),
    (
        "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier",
        "expected_achieved",
        "Under perioden avslutades 44 procent av biståndsärendena på grund av arbete eller "
        "studier, jämfört med 38 procent under 2025. Samarbetet med arbetsmarknadsenheten och "
        "Arbetsförmedlingen i det gemensamma jobbtorget har gett effekt. Antalet hushåll med "
        "ekonomiskt bistånd har minskat till i genomsnitt 371 per månad.",
    ),
    (
        "Den som har hemtjänst ska känna sig trygg",
        "expected_achieved",
        "I brukarundersökningen i våras svarade 88 procent att de känner sig trygga med sin "
        "hemtjänst, vilket motsvarar målvärdet. Resultatet har förbättrats två år i rad och är "
        "högst i de områden som arbetar i mindre arbetslag.",
    ),
    (
        "Väntetiden till särskilt boende ska minska",
        "expected_not_achieved",
        "Den genomsnittliga väntetiden från beslut till erbjuden plats har ökat till 63 dagar. "
        "Under våren stängdes en avdelning med tolv platser för renovering samtidigt som antalet "
        "personer med beslut om särskilt boende har ökat. Avdelningen öppnar igen i november och "
        "väntetiden hinner inte minska till målvärdet under året.",
    ),
    (
        "Personalkontinuiteten i hemtjänsten ska öka",
        "partly",
        "En hemtjänsttagare mötte i genomsnitt 14 olika medarbetare under en period av 14 dagar, "
        "vilket är en förbättring men fortfarande över målvärdet 12. Planering i mindre "
        "arbetslag har införts i två av fem hemtjänstområden och införs i övriga områden under "
        "hösten.",
    ),
    (
        "Verksamheten ska bedrivas inom den budgetram som kommunfullmäktige har beslutat",
        "expected_not_achieved",
        "Prognosen för helåret visar ett underskott om 10 400 tkr, se avsnittet Ekonomi. "
        "Nämnden har beslutat om åtgärder som minskar underskottet men inte tar bort det under "
        "2026.",
    ),
]

# name, 2024, 2025, jan–aug 2026, target, fmt
KPIS = [
    ("Utredningstid barn och unga, genomsnitt dagar", 118, 109, 96, "≤ 100", N),
    ("Utredningar barn och unga avslutade inom 120 dagar", 71, 76, 83, "≥ 85 %", PCT),
    ("Hushåll med ekonomiskt bistånd, genomsnitt per månad", 412, 398, 371, "–", N),
    ("Avslutade biståndsärenden till arbete eller studier", 34, 38, 44, "≥ 40 %", PCT),
    ("Brukare i hemtjänsten som känner sig trygga", 85, 87, 88, "≥ 88 %", PCT),
    ("Väntetid till särskilt boende, genomsnitt dagar", 48, 55, 63, "≤ 45", N),
    ("Personalkontinuitet i hemtjänsten, antal personal på 14 dagar", 16, 15, 14, "≤ 12", N),
    ("Sjukfrånvaro bland medarbetarna", 9.4, 8.9, 8.6, "≤ 8,0 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026
DRIFT = [
    ("Nämnd och förvaltningsledning", 24_800, 15_920, 24_300),
    ("Individ- och familjeomsorg", 118_600, 83_410, 124_900),
    ("Ekonomiskt bistånd", 46_200, 29_340, 44_700),
    ("Äldreomsorg", 412_300, 276_880, 418_100),
    ("Funktionsstöd", 168_900, 112_050, 168_400),
    ("Hälso- och sjukvård", 52_400, 34_190, 53_200),
]


def build() -> Doc:
    d = Doc(
        stem="bollnas-socialnamnden-delarsrapport-2026-08",
        municipality="Bollnäs",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans) as a "
        "committee member's marked-up copy: real PDF annotations added in a PDF reader and saved "
        "as an incremental update",
        hard='the printed report is ordinary (six goals as headings with a "Prognos helår: '
        'Målet bedöms …" line, a KPI table Utfall 2024 | Utfall 2025 | Utfall jan–aug 2026 | '
        "Målvärde 2026, a drift table Budget 2026 | Utfall jan–aug 2026 | Prognos 2026 | "
        "Avvikelse in tkr, budget minus prognosis, with Summa), but a member has marked it up "
        "in a PDF reader before the meeting, saved as an incremental update (a second xref "
        "section after the original file): yellow and green Highlight annotations over four "
        "goal titles, a sentence and two KPI rows (multiply-blended, so the words stay "
        'legible); sticky notes (Text annotations with Popups) holding questions ("Varför '
        'ökar väntetiden?"); FreeText annotations typed in the right margin beside a goal and '
        'in the white space beside the KPI and drift tables ("Jämför med 2024!", "Fråga om '
        'prognosen!"), in red and blue Helvetica; an Ink circle round the total deviation and '
        'an Ink arrow; a red "LÄST 2026-09-17" Stamp on page 1; every annotation with its own '
        "appearance stream so poppler and pdfium draw it. None of the annotations' words is "
        'part of the report or the key; the municipality as "Bollnäs kommun" in the masthead '
        "and the running header",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr SN 2026/214",
        )
    )
    d.h(1, "Sammanfattning", toc=False)
    d.p(
        "Socialnämnden redovisar i delårsrapporten utfallet för perioden januari–augusti 2026 "
        "och en prognos för helåret. Av nämndens sex mål bedöms två uppnås, två delvis uppnås "
        "och två inte uppnås vid årets slut."
    )
    d.p(
        "Den ekonomiska prognosen visar ett underskott om 10 400 tkr. Underskottet beror "
        "främst på fler externa placeringar av barn och unga och på ökade kostnader inom "
        "äldreomsorgen, där fler personer har beslut om särskilt boende och hemtjänsttimmarna "
        "har ökat med 6 procent jämfört med samma period 2025."
    )
    d.h(1, "Verksamhetens utveckling", toc=False)
    d.p(
        "Inom individ- och familjeomsorgen har antalet anmälningar om barn som far illa ökat "
        "med 11 procent jämfört med samma period föregående år. Fler barn och unga har behövt "
        "placeras utanför hemmet, och tre av placeringarna är på HVB med höga dygnskostnader. "
        "Öppenvården har förstärkts med två behandlare för att fler ska kunna få stöd på "
        "hemmaplan."
    )
    d.p(
        "Inom äldreomsorgen har efterfrågan på hemtjänst och särskilt boende fortsatt att öka. "
        "Renoveringen av en avdelning har minskat antalet platser tillfälligt, och korttidsplatser "
        "har använts i väntan på plats. Bemanningen har i huvudsak kunnat klaras utan "
        "bemanningsföretag, men sjuksköterskor har hyrts in under sommaren."
    )
    d.h(1, "Måluppfyllelse", toc=False)
    d.p(
        "Nämnden har sex mål för 2026. För varje mål redovisas nämndens prognos för helåret "
        "och en kommentar. Nyckeltalen som följer upp målen redovisas i tabellen under "
        "Nyckeltal."
    )
    for n, (title, status, comment) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"num": n, "title": title, "status": status, "comment": comment},
                words=f"{title}\nPrognos helår: {STATUS_TEXT[status]}\n{comment}",
            )
        )
    d.h(1, "Nyckeltal", toc=False)
    d.p(
        "Värdena för 2024 och 2025 avser helår. Värdena för 2026 avser perioden "
        "januari–augusti. Brukarundersökningen genomförs under våren."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Utfall", "jan–aug 2026"), year="2026"),
                Col(("Målvärde", "2026"), year=None),
            ],
            rows=[Row(nm, [a, b, c, Raw(t)], fmt=f) for nm, a, b, c, t, f in KPIS],
            kind="kpi",
            caption="Nyckeltal för nämndens mål",
            label_width=4.4,
        )
    )
    d.h(1, "Ekonomi", toc=False)
    rows = [Row(nm, [b, u, p, b - p]) for nm, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot == [823_200, 551_790, 833_600], tot
    rows.append(Row("Summa nämnden", [*tot, tot[0] - tot[2]], total=True))
    d.p(
        "Nämndens budget för 2026 är 823 200 tkr. Utfallet för januari–augusti är 551 790 tkr, "
        "vilket motsvarar 67 procent av budgeten. Prognosen för helåret är 833 600 tkr, ett "
        "underskott om 10 400 tkr."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug 2026")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott.",
            label_width=3.2,
        )
    )
    d.p(
        "Individ- och familjeomsorgen prognostiserar ett underskott om 6 300 tkr till följd av "
        "externa placeringar. Äldreomsorgens underskott om 5 800 tkr beror på fler "
        "hemtjänsttimmar och på korttidsplatser i väntan på särskilt boende. Ekonomiskt bistånd "
        "visar ett överskott om 1 500 tkr när färre hushåll har behövt bistånd."
    )
    d.h(2, "Åtgärder för en budget i balans", toc=False)
    d.p(
        "Nämnden beslutade i juni om åtgärder som beräknas minska kostnaderna med 3 200 tkr "
        "under hösten: fler placeringar i egna familjehem i stället för HVB, en översyn av "
        "hemtjänstens planering och ett tillfälligt anställningsstopp för administrativa "
        "tjänster. Åtgärderna ingår inte i prognosen ovan eftersom effekten ännu är osäker."
    )
    d.h(1, "Personal", toc=False)
    d.p(
        "Sjukfrånvaron har minskat till 8,6 procent under perioden men ligger fortfarande över "
        "målvärdet. Korttidsfrånvaron är högst inom hemtjänsten. Nämnden har tillsammans med "
        "företagshälsovården startat ett arbete med tidiga insatser vid upprepad frånvaro. "
        "Rekryteringen av sjuksköterskor och socionomer är fortsatt svår, och nämnden deltar i "
        "kommunens arbete med en gemensam kompetensförsörjningsplan."
    )
    d.h(1, "Framtid", toc=False)
    d.p(
        "Antalet invånare över 80 år i Bollnäs ökar de kommande åren, vilket ökar behovet av "
        "hemtjänst och särskilt boende. Nämnden behöver under 2027 ta ställning till hur många "
        "platser i särskilt boende som ska finnas och hur hemtjänsten ska organiseras. Inom "
        "individ- och familjeomsorgen fortsätter arbetet med att utveckla öppenvården och att "
        "rekrytera fler familjehem, så att färre barn och unga behöver placeras på HVB."
    )
    return d


# ------------------------------------------------------------------ the printed report


def _report(doc: Doc) -> bytes:
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.7 * rl.cm)
    o = {
        "font": "LiberationSans",
        "size": 9.8,
        "leading": 13.4,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EDF3"),
        "header": f"{MUNI}\t\t{COMMITTEE} – {TITLE}",
        "footer": "\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=20, leading=25)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Dnr SN 2026/214", "meta"),
            rl.Spacer(1, 6),
        ]

    def goal(b: Custom) -> list:
        gst = rl.ParagraphStyle(
            "gh", parent=r.styles["h3"], fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=2
        )
        pst = rl.ParagraphStyle("gp", parent=r.styles["body"], spaceAfter=1)
        return [
            rl.KeepTogether(
                [
                    Paragraph(rl.escape(b.data["title"]), gst),
                    Paragraph(
                        f"<b>Prognos helår:</b> {rl.escape(STATUS_TEXT[b.data['status']])}", pst
                    ),
                    r.para(b.data["comment"]),
                ]
            )
        ]

    r.custom.update(masthead=masthead, goal=goal)
    with tempfile.TemporaryDirectory() as tmp:
        path = r.build(Path(tmp) / f"{doc.stem}.pdf", first_plain=False)
        return path.read_bytes()


# ------------------------------------------------------------------ the member's annotations

YELLOW = (1.0, 0.93, 0.2)
GREEN = (0.55, 0.9, 0.45)
RED = (0.82, 0.1, 0.1)
INKBLUE = (0.05, 0.2, 0.7)
AUTHOR = "Karin Lindqvist"
WHEN = "D:20260917{hm}00+02'00'"


def _find(tp, text: str, nth: int = 0) -> list[tuple[float, float, float, float]]:
    """The rectangles (one per line) of the nth occurrence of `text` on a page."""
    s = tp.search(text, match_case=True)
    hit = None
    for _ in range(nth + 1):
        hit = s.get_next()
        assert hit, text
    i, n = hit
    k = tp.count_rects(i, n)
    return [tp.get_rect(j) for j in range(k)]


def _union(rects: list) -> tuple[float, float, float, float]:
    return (
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    )


def _winansi(s: str) -> str:
    """A PDF literal string in WinAnsiEncoding (Helvetica in an appearance stream)."""
    b = s.encode("cp1252")
    out = ""
    for ch in b:
        c = chr(ch)
        if c in "()\\":
            out += "\\" + c
        elif 32 <= ch < 127:
            out += c
        else:
            out += f"\\{ch:03o}"
    return f"({out})"


def _smooth(pts: list[tuple[float, float]]) -> str:
    """A path through the points, as Acrobat draws an ink stroke (Bézier curves)."""
    ops = [f"{pts[0][0]:.2f} {pts[0][1]:.2f} m"]
    for i in range(1, len(pts)):
        p0 = pts[i - 2] if i >= 2 else pts[i - 1]
        p1, p2 = pts[i - 1], pts[i]
        p3 = pts[i + 1] if i + 1 < len(pts) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        ops.append(f"{c1[0]:.2f} {c1[1]:.2f} {c2[0]:.2f} {c2[1]:.2f} {p2[0]:.2f} {p2[1]:.2f} c")
    return " ".join(ops) + " S"


class Annotator:
    def __init__(self, writer) -> None:  # noqa: ANN001
        from pypdf import generic as g

        self.g = g
        self.w = writer
        self.n = 0
        self.helv = writer._add_object(
            g.DictionaryObject(
                {
                    g.NameObject("/Type"): g.NameObject("/Font"),
                    g.NameObject("/Subtype"): g.NameObject("/Type1"),
                    g.NameObject("/BaseFont"): g.NameObject("/Helvetica"),
                    g.NameObject("/Encoding"): g.NameObject("/WinAnsiEncoding"),
                }
            )
        )
        self.helvb = writer._add_object(
            g.DictionaryObject(
                {
                    g.NameObject("/Type"): g.NameObject("/Font"),
                    g.NameObject("/Subtype"): g.NameObject("/Type1"),
                    g.NameObject("/BaseFont"): g.NameObject("/Helvetica-Bold"),
                    g.NameObject("/Encoding"): g.NameObject("/WinAnsiEncoding"),
                }
            )
        )

    # -- pieces
    def _arr(self, xs) -> object:  # noqa: ANN001
        g = self.g
        return g.ArrayObject([g.FloatObject(round(x, 2)) for x in xs])

    def _ap(self, bbox, content: str, resources: dict | None = None) -> object:  # noqa: ANN001
        g = self.g
        s = g.DecodedStreamObject()
        s.set_data(content.encode("latin-1"))
        s.update(
            {
                g.NameObject("/Type"): g.NameObject("/XObject"),
                g.NameObject("/Subtype"): g.NameObject("/Form"),
                g.NameObject("/FormType"): g.NumberObject(1),
                g.NameObject("/BBox"): self._arr(bbox),
                g.NameObject("/Resources"): g.DictionaryObject(resources or {}),
            }
        )
        ref = self.w._add_object(s)
        return g.DictionaryObject({g.NameObject("/N"): ref})

    def _fonts(self) -> dict:
        g = self.g
        return {
            g.NameObject("/Font"): g.DictionaryObject(
                {g.NameObject("/Helv"): self.helv, g.NameObject("/HeBo"): self.helvb}
            )
        }

    def _add(self, page: int, subtype: str, rect, extra: dict, hm: str):  # noqa: ANN001, ANN202
        g = self.g
        self.n += 1
        a = g.DictionaryObject(
            {
                g.NameObject("/Type"): g.NameObject("/Annot"),
                g.NameObject("/Subtype"): g.NameObject(subtype),
                g.NameObject("/Rect"): self._arr(rect),
                g.NameObject("/F"): g.NumberObject(4),
                g.NameObject("/T"): g.TextStringObject(AUTHOR),
                g.NameObject("/NM"): g.TextStringObject(f"bollnas-sn-{self.n:02d}"),
                g.NameObject("/M"): g.TextStringObject(WHEN.format(hm=hm)),
                g.NameObject("/CreationDate"): g.TextStringObject(WHEN.format(hm=hm)),
            }
        )
        a.update(extra)
        pg = self.w.pages[page]
        a[g.NameObject("/P")] = pg.indirect_reference
        ref = self.w._add_object(a)
        if "/Annots" not in pg:
            pg[g.NameObject("/Annots")] = g.ArrayObject()
        pg["/Annots"].append(ref)
        return ref, a

    # -- the annotation kinds
    def highlight(self, page: int, rects: list, color=YELLOW, hm: str = "2012", note=None):  # noqa: ANN001, ANN201
        g = self.g
        quads: list[float] = []
        boxes = []
        for x0, y0, x1, y1 in rects:
            x0, y0, x1, y1 = x0 - 1, y0 - 2, x1 + 1, y1 + 2
            quads += [x0, y1, x1, y1, x0, y0, x1, y0]
            boxes.append((x0, y0, x1, y1))
        rect = _union(boxes)
        body = " ".join(
            f"{x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f" for x0, y0, x1, y1 in boxes
        )
        gs = {
            g.NameObject("/ExtGState"): g.DictionaryObject(
                {
                    g.NameObject("/GS0"): g.DictionaryObject(
                        {
                            g.NameObject("/BM"): g.NameObject("/Multiply"),
                            g.NameObject("/CA"): g.FloatObject(1),
                            g.NameObject("/ca"): g.FloatObject(1),
                        }
                    )
                }
            )
        }
        content = f"q /GS0 gs {color[0]:g} {color[1]:g} {color[2]:g} rg {body} Q"
        extra = {
            g.NameObject("/QuadPoints"): self._arr(quads),
            g.NameObject("/C"): self._arr(color),
            g.NameObject("/CA"): g.FloatObject(1),
            g.NameObject("/AP"): self._ap(rect, content, gs),
        }
        if note:
            extra[g.NameObject("/Contents")] = g.TextStringObject(note)
        self._add(page, "/Highlight", rect, extra, hm)

    def note(self, page: int, x: float, y: float, text: str, hm: str) -> None:
        """A sticky note: the icon (20 × 20, top left at x, y) and a closed popup."""
        g = self.g
        rect = (x, y - 20, x + 20, y)
        icon = (
            "q 0.25 0.25 0.25 RG 0.6 w 1 0.86 0.15 rg "
            "1.5 4.5 m 1.5 18.5 l 18.5 18.5 l 18.5 4.5 l 9 4.5 l 5 0.8 l 5.8 4.5 l h B "
            "0.8 w 4.5 14.5 m 15.5 14.5 l S 4.5 11.5 m 15.5 11.5 l S 4.5 8.5 m 12 8.5 l S Q"
        )
        ref, a = self._add(
            page,
            "/Text",
            rect,
            {
                g.NameObject("/Contents"): g.TextStringObject(text),
                g.NameObject("/Name"): g.NameObject("/Comment"),
                g.NameObject("/C"): self._arr(YELLOW),
                g.NameObject("/Open"): g.BooleanObject(False),
                g.NameObject("/AP"): self._ap((0, 0, 20, 20), icon),
            },
            hm,
        )
        pw = 180
        pref, _p = self._add(
            page,
            "/Popup",
            (x + 24, y - 90, x + 24 + pw, y),
            {
                g.NameObject("/Parent"): ref,
                g.NameObject("/Open"): g.BooleanObject(False),
            },
            hm,
        )
        a[g.NameObject("/Popup")] = pref

    def freetext(
        self,
        page: int,
        x: float,
        y: float,
        lines: list[str],
        hm: str,
        size: float = 10,
        color=RED,  # noqa: ANN001
        border: bool = False,
        bold: bool = False,
    ) -> tuple[float, float, float, float]:
        """Typed text with its top-left corner at (x, y); returns its rectangle."""
        g = self.g
        from reportlab.pdfbase.pdfmetrics import stringWidth

        fn = "Helvetica-Bold" if bold else "Helvetica"
        w = max(stringWidth(s, fn, size) for s in lines) + 6
        lead = size * 1.18
        h = lead * len(lines) + 4
        rect = (x, y - h, x + w, y)
        c = f"{color[0]:g} {color[1]:g} {color[2]:g}"
        body = [f"/Tx BMC q BT /{'HeBo' if bold else 'Helv'} {size:g} Tf {c} rg"]
        body.append(f"3 {h - 2 - size * 0.85:.2f} Td {lead:.2f} TL")
        for i, s in enumerate(lines):
            body.append(("" if i == 0 else "T* ") + f"{_winansi(s)} Tj")
        body.append("ET Q EMC")
        if border:
            body.insert(0, f"q {c} RG 0.75 w 0.5 0.5 {w - 1:.2f} {h - 1:.2f} re S Q")
        self._add(
            page,
            "/FreeText",
            rect,
            {
                g.NameObject("/Contents"): g.TextStringObject("\r".join(lines)),
                g.NameObject("/DA"): g.TextStringObject(
                    f"/{'HeBo' if bold else 'Helv'} {size:g} Tf {c} rg"
                ),
                g.NameObject("/DS"): g.TextStringObject(
                    f"font: {'bold ' if bold else ''}Helvetica,sans-serif {size:g}.0pt; "
                    f"text-align:left; color:#{int(color[0] * 255):02X}{int(color[1] * 255):02X}"
                    f"{int(color[2] * 255):02X}"
                ),
                g.NameObject("/Q"): g.NumberObject(0),
                g.NameObject("/BS"): g.DictionaryObject(
                    {g.NameObject("/W"): g.FloatObject(0.75 if border else 0)}
                ),
                g.NameObject("/C"): self._arr(color) if border else g.ArrayObject(),
                g.NameObject("/AP"): self._ap((0, 0, w, h), " ".join(body), self._fonts()),
            },
            hm,
        )
        return rect

    def ink(
        self, page: int, strokes: list[list[tuple[float, float]]], hm: str, color=INKBLUE, width=1.4
    ):  # noqa: ANN001
        g = self.g
        xs = [p[0] for s in strokes for p in s]
        ys = [p[1] for s in strokes for p in s]
        pad = width + 2
        rect = (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)
        content = (
            f"q {color[0]:g} {color[1]:g} {color[2]:g} RG {width:g} w 1 J 1 j "
            + " ".join(_smooth(s) for s in strokes)
            + " Q"
        )
        self._add(
            page,
            "/Ink",
            rect,
            {
                g.NameObject("/InkList"): g.ArrayObject(
                    [self._arr([v for p in s for v in p]) for s in strokes]
                ),
                g.NameObject("/C"): self._arr(color),
                g.NameObject("/BS"): g.DictionaryObject({g.NameObject("/W"): g.FloatObject(width)}),
                g.NameObject("/AP"): self._ap(rect, content),
            },
            hm,
        )

    def stamp(self, page: int, cx: float, cy: float, hm: str) -> None:
        """A red "LÄST" stamp with the date, turned a few degrees."""
        g = self.g
        w, h, ang = 118, 46, math.radians(8)
        ca, sa = math.cos(ang), math.sin(ang)
        hw = (abs(w * ca) + abs(h * sa)) / 2
        hh = (abs(w * sa) + abs(h * ca)) / 2
        bw, bh = 2 * hw, 2 * hh
        rect = (cx - hw, cy - hh, cx + hw, cy + hh)
        r_ = 6
        box = (
            f"{r_} 0 m {w - r_} 0 l {w} 0 {w} {r_} v {w} {h - r_} l {w} {h} {w - r_} {h} v "
            f"{r_} {h} l 0 {h} 0 {h - r_} v 0 {r_} l 0 0 {r_} 0 v h"
        )
        content = (
            f"q 1 0 0 1 {hw:.2f} {hh:.2f} cm {ca:.4f} {sa:.4f} {-sa:.4f} {ca:.4f} 0 0 cm "
            f"1 0 0 1 {-w / 2} {-h / 2} cm "
            f"0.78 0.08 0.12 RG 0.78 0.08 0.12 rg 2.2 w {box} S "
            f"1 w 4 4 m {w - 4} 4 l S "
            f"BT /HeBo 24 Tf 1 0 0 1 {(w - 66) / 2:.2f} 18 Tm {_winansi('LÄST')} Tj ET "
            f"BT /Helv 9 Tf 1 0 0 1 {(w - 48) / 2:.2f} 7 Tm {_winansi('2026-09-17')} Tj ET Q"
        )
        self._add(
            page,
            "/Stamp",
            rect,
            {
                g.NameObject("/Name"): g.NameObject("/L#C3#A4st"),
                g.NameObject("/Contents"): g.TextStringObject("Läst"),
                g.NameObject("/Subj"): g.TextStringObject("Stämpel"),
                g.NameObject("/C"): self._arr((0.78, 0.08, 0.12)),
                g.NameObject("/AP"): self._ap((0, 0, bw, bh), content, self._fonts()),
            },
            hm,
        )


def _annotate(original: bytes) -> bytes:
    import pypdfium2 as pdfium
    from pypdf import PdfWriter

    pdf = pdfium.PdfDocument(original)
    tps = [pdf[i].get_textpage() for i in range(len(pdf))]

    def where(text: str, nth: int = 0) -> tuple[int, list]:
        for i, tp in enumerate(tps):
            if tp.search(text, match_case=True).get_next():
                return i, _find(tp, text, nth)
        raise AssertionError(text)

    w = PdfWriter(io.BytesIO(original), incremental=True)
    a = Annotator(w)
    right_edge = 595.28 - 2.7 * rl.cm  # the frame's right edge (text and tables)
    margin_x = right_edge + 8

    # page 1: the stamp beside the title, a sentence of the summary
    p, r = where(TITLE)
    x0, y0, x1, y1 = _union(r)
    a.stamp(p, right_edge - 62, y1 + 4, "1958")
    p, r = where("Den ekonomiska prognosen visar ett underskott om 10 400 tkr.")
    a.highlight(p, r, hm="2003")

    # the goals: highlights over four titles, a note, a margin comment
    for i, col, hm in (
        (0, YELLOW, "2010"),
        (1, GREEN, "2011"),
        (3, YELLOW, "2013"),
        (5, YELLOW, "2016"),
    ):
        p, r = where(GOALS[i][0])
        a.highlight(p, r, col, hm)
    p, r = where(GOALS[0][0])
    x0, y0, x1, y1 = _union(r)
    a.note(
        p, margin_x + 4, y1 + 2, "Hur många av placeringarna är externa? Kostnad per dygn?", "2010"
    )
    p, r = where(GOALS[3][0])
    x0, y0, x1, y1 = _union(r)
    a.freetext(p, margin_x - 2, y1 + 1, ["Hur många", "väntar just", "nu?"], "2014", size=8.5)
    p, r = where(GOALS[5][0])
    x0, y0, x1, y1 = _union(r)
    a.note(p, margin_x + 4, y1 + 2, "Vilka åtgärder räknas in i prognosen?", "2016")

    # the KPI table: two rows highlighted across the table, a note, a comment beside it
    for name, hm in ((KPIS[5][0], "2020"), (KPIS[6][0], "2021")):
        p, r = where(name)
        x0, y0, x1, y1 = _union(r)
        a.highlight(p, [(x0, y0, right_edge - 2, y1)], hm=hm)
    p, r = where(KPIS[5][0])
    x0, y0, x1, y1 = _union(r)
    a.note(p, margin_x + 6, y1 + 6, "Varför ökar väntetiden?", "2020")
    p, r = where(KPIS[2][0])
    x0, y0, x1, y1 = _union(r)
    a.freetext(p, margin_x - 4, y1 + 4, ["Jämför", "med 2024!"], "2022", size=9, color=INKBLUE)
    # an ink arrow from the comment to the period's value
    rv = _find(tps[p], "371")
    vx0, vy0, vx1, vy1 = _union(rv)
    ym = (vy0 + vy1) / 2
    a.ink(
        p,
        [
            [(margin_x - 3, y1 - 14), (margin_x - 22, y1 - 14), (vx1 + 30, ym + 1), (vx1 + 5, ym)],
            [(vx1 + 12, ym + 5), (vx1 + 4, ym), (vx1 + 12, ym - 5)],
        ],
        "2022",
    )

    # the drift table: the total deviation circled, a comment in the white space below
    p, r = where("Summa nämnden")
    sx0, sy0, sx1, sy1 = _union(r)
    cx, cy, rx, ry = right_edge - 20, (sy0 + sy1) / 2, 29, 10
    circle = [
        (cx + rx * math.cos(t) * (1 + 0.04 * k), cy + ry * math.sin(t) * (1 + 0.05 * k))
        for k, t in enumerate(i * math.pi / 9 + 0.3 for i in range(21))
    ]
    a.ink(p, [circle], "2030", color=RED, width=1.3)
    p, r = where("Driftredovisning, nettokostnad (tkr)")
    x0, y0, x1, y1 = _union(r)
    a.freetext(p, x1 + 70, y1 + 5, ["Fråga om prognosen!"], "2031", size=10.5, border=True)
    p, r = where("Åtgärder för en budget i balans")
    x0, y0, x1, y1 = _union(r)
    a.freetext(p, margin_x - 2, y1 + 2, ["Räcker", "åtgärderna?"], "2033", size=8.5)
    p2, r2 = where("Individ- och familjeomsorgen prognostiserar")
    x0, y0, x1, y1 = _union(r2)
    a.note(p2, margin_x + 4, y1 + 2, "Vad kostar en HVB-placering per dygn i snitt?", "2032")

    for tp in tps:
        tp.close()
    pdf.close()
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    path.write_bytes(_annotate(_report(doc)))
    return path

"""Tyresö, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 as an ACCESSIBLE PDF (PDF/UA,
tagged), as Swedish municipalities must now publish their documents (lagen om tillgänglighet till
digital offentlig service): a structure tree (/StructTreeRoot, /MarkInfo /Marked true,
/Lang (sv-SE), /ViewerPreferences /DisplayDocTitle, XMP with pdfuaid:part 1) of Document, H1, H2,
H3, P, Table, Caption, TR, TH (/Scope /Column), TD and Figure elements over marked content (an
MCID per element and page), the running header and footer and every rule and shading marked as
/Artifact.

The goal table "Mål | Status | Kommentar" gives each goal's status ONLY as an icon image (a raster
PNG: a white check in a green circle, a yellow half-filled circle, a white cross in a red circle)
tagged as a /Figure inside its TD, whose /Alt text says the status ("Målet är uppfyllt", "Målet
är delvis uppfyllt", "Målet är inte uppfyllt"); the text layer has no status word in the row. The
legend under the table shows the same icons (marked as artifacts, being decorative there) with the
three phrases beside them. The comments give facts and never the assessment. The summary gives
only the counts ("två är uppfyllda, två delvis uppfyllda och två inte uppfyllda").

Drawn with the reportlab canvas by hand (no Platypus), each element between BDC/EMC, then pypdf
writes the structure tree, the parent tree, /StructParents and /Tabs /S on each page, and the
catalog entries."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas as rl_canvas

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table
from ..model import PageBreak as MPageBreak

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Tyresö kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
PDF_TITLE = f"{TITLE} – {COMMITTEE}, {MUNI}"

FONT = "Carlito"
INK = colors.HexColor("#1A1A1A")
BLUE = colors.HexColor("#00508C")
GREY = colors.HexColor("#595959")
HEAD_BG = colors.HexColor("#DCE8F2")
RULE = colors.HexColor("#A6B8C8")

ALT = {
    "achieved": "Målet är uppfyllt",
    "partly": "Målet är delvis uppfyllt",
    "not_achieved": "Målet är inte uppfyllt",
}

GOALS = [
    (
        "Fler barn och unga ska delta i kulturskolans verksamhet",
        "achieved",
        "1 412 barn och unga deltog i kulturskolan under hösten, 148 fler än året innan. "
        "Dans och digitalt skapande startade som nya ämnen och kön kortades med en tredjedel.",
    ),
    (
        "Besökarna ska vara nöjda med bibliotekens service och utbud",
        "achieved",
        "Nöjd kund-index för biblioteken blev 83 i besöksenkäten i oktober. Längre "
        "meröppettider i Trollbäcken och fler författarbesök lyfts fram i svaren.",
    ),
    (
        "Andelen flickor bland deltagarna i föreningslivet ska öka",
        "partly",
        "Flickornas andel av deltagartillfällena ökade till 39,4 procent. Ökningen kommer "
        "främst från dans och ridsport, medan lagidrotterna ligger kvar på samma nivå.",
    ),
    (
        "Fritidsgårdarna ska nå fler unga i åldern 13–17 år",
        "not_achieved",
        "Besöken minskade till 27 940 efter att gården i Bollmora hölls stängd i tio veckor "
        "under ombyggnaden. Den uppsökande verksamheten utökades under sommaren.",
    ),
    (
        "Idrotts- och fritidsanläggningarna ska vara tillgängliga och i gott skick",
        "partly",
        "76 procent av anläggningarna bedömdes vara i gott skick vid statusbesiktningen. "
        "Ombyggnaden av omklädningsrummen i Tyresö sporthall är klar, två konstgräsplaner "
        "väntar på att få ny beläggning.",
    ),
    (
        "Nämndens anläggningar ska använda mindre energi",
        "not_achieved",
        "Energianvändningen ökade till 7 020 MWh, främst på grund av den nya isytan och "
        "längre öppettider i simhallen. Styrningen av ventilationen ses över under 2026.",
    ),
]

# name, 2023, 2024, 2025, target, fmt
KPIS = [
    ("Deltagare i kulturskolan, antal", 1_208, 1_264, 1_412, "≥ 1 350", N),
    ("Besök på biblioteken, antal", 287_400, 294_100, 301_850, "≥ 295 000", N),
    ("Nöjd kund-index, biblioteken", 78, 80, 83, "≥ 80", N),
    ("Andel flickor av deltagartillfällena i föreningslivet", 38.2, 38.9, 39.4, "≥ 40 %", PCT1),
    ("Besök på fritidsgårdarna, antal", 31_200, 29_850, 27_940, "≥ 32 000", N),
    ("Anläggningar i gott skick vid statusbesiktning", 71, 74, 76, "≥ 80 %", PCT),
    ("Energianvändning i nämndens anläggningar, MWh", 6_840, 6_910, 7_020, "≤ 6 700", N),
    ("Nettokostnad per invånare, kronor", 3_473, 3_603, 3_741, "–", N),
]

# unit, utfall 2024, budget 2025, utfall 2025
DRIFT = [
    ("Nämnd och förvaltningsledning", 6_120, 6_400, 6_180),
    ("Bibliotek", 38_650, 40_200, 39_870),
    ("Kulturskola", 27_940, 29_100, 29_560),
    ("Kultur och evenemang", 14_380, 15_000, 14_720),
    ("Fritidsgårdar och ungdomsverksamhet", 19_460, 20_300, 19_950),
    ("Idrotts- och fritidsanläggningar", 58_930, 61_500, 63_240),
    ("Föreningsbidrag", 12_870, 13_200, 13_150),
]


def kpi_table() -> Table:
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("2023",), year="2023"),
            Col(("2024",), year="2024"),
            Col(("2025",), year="2025"),
            Col(("Mål 2025",), year=None, in_key=False),
        ],
        rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS],
        kind="kpi",
        caption="Tabell 2. Nyckeltal 2023–2025",
        note="Nöjd kund-index mäts på en skala 0–100. Nettokostnad per invånare enligt Kolada.",
        label_width=3.2,
    )


def drift_table() -> Table:
    rows = [Row(n, [u24, b, u25, b - u25]) for n, u24, b, u25 in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa nämnden", [*tot, tot[1] - tot[2]], total=True))
    assert tot == [178_350, 185_700, 186_670], tot
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Utfall 2024",)),
            Col(("Budget 2025",)),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
        label_width=3.0,
    )


def goal_words() -> str:
    lines = ["Tabell 1. Nämndens mål 2025", "Mål\tStatus\tKommentar"]
    lines += [f"{t}\t{c}" for t, _s, c in GOALS]
    return "\n".join(lines)


LEGEND_WORDS = "Teckenförklaring:\n" + "\n".join(
    ALT[s] for s in ("achieved", "partly", "not_achieved")
)


def build() -> Doc:
    d = Doc(
        stem="tyreso-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Tyresö",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 published as an accessible "
        "PDF/UA document (reportlab canvas, Carlito, structure tree written with pypdf)",
        hard="a tagged PDF whose goal assessments are only in the structure tree: a "
        "/StructTreeRoot with /MarkInfo /Marked true and /Lang (sv-SE), H1/H2/H3/P/Table/"
        "Caption/TR/TH/TD/Figure elements over marked content (MCIDs), the running header and "
        'footer and all rules marked /Artifact; in the goal table "Mål | Status | Kommentar" '
        "each goal's status is only an icon picture (a raster PNG: a white check in a green "
        "circle, a yellow half-filled circle, a white cross in a red circle) tagged as a "
        '/Figure whose /Alt text says the status ("Målet är uppfyllt", "Målet är delvis '
        'uppfyllt", "Målet är inte uppfyllt"), no status word in the text layer of the row; a '
        "legend under the table shows the same icons (as artifacts) with the three phrases; "
        "the comments give facts, never the assessment, and the summary only the counts; a "
        "KPI table 2023 | 2024 | 2025 | Mål 2025 and a drift table Utfall 2024 | Budget 2025 | "
        "Utfall 2025 | Avvikelse (tkr, budget minus utfall) with a Summa row",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Diarienummer KFN 2026/14 · Beslutad av kultur- och fritidsnämnden 2026-02-18",
        )
    )
    d.h(2, "Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden har under 2025 haft fler deltagare i kulturskolan och fler "
        "besök på biblioteken än något år tidigare. Av nämndens sex mål är två uppfyllda, två "
        "delvis uppfyllda och två inte uppfyllda. Nämnden redovisar ett underskott mot budget "
        "om 970 tkr, vilket motsvarar 0,5 procent av budgeten. Underskottet beror främst på "
        "högre kostnader för el, fjärrvärme och reparationer i idrotts- och "
        "fritidsanläggningarna."
    )
    d.h(2, "Årets viktiga händelser")
    d.p(
        "Den nya isytan vid Tyresö sporthall invigdes i januari och har haft full beläggning "
        "under säsongen. Biblioteket i Trollbäcken fick meröppet alla dagar mellan klockan 7 och "
        "22 från mars. Kulturskolan startade undervisning i dans och digitalt skapande, och "
        "sommarlovsaktiviteterna samlade 2 340 deltagare, varav drygt hälften flickor."
    )
    d.p(
        "Fritidsgården i Bollmora byggdes om under våren och hölls stängd från april till juni. "
        "Under tiden erbjöds verksamhet i skolans lokaler och som uppsökande arbete i centrum. "
        "Nämnden antog i september en ny plan för idrotts- och fritidsanläggningar för åren "
        "2026–2035."
    )
    d.h(2, "Verksamheten under året")
    d.h(3, "Bibliotek")
    d.p(
        "Biblioteken hade 301 850 besök under året, en ökning med 2,6 procent. Utlåningen av "
        "e-böcker fortsatte att öka, medan utlåningen av tryckta böcker var oförändrad. "
        "Läsfrämjande insatser riktades till förskolor och till familjer med barn under sex år."
    )
    d.h(3, "Kulturskola")
    d.p(
        "Efterfrågan på kulturskolans kurser är fortsatt större än utbudet. Två nya lärare "
        "anställdes i augusti, vilket gjorde det möjligt att ta in fler elever från kön. "
        "Avgifterna har inte höjts sedan 2022."
    )
    d.h(3, "Fritidsgårdar och ungdomsverksamhet")
    d.p(
        "Verksamheten har bedrivits på tre fritidsgårdar och genom mobila insatser under "
        "kvällar och helger. Samarbetet med socialtjänsten och polisen kring trygghet i "
        "centrum har fortsatt."
    )
    d.h(3, "Idrott och anläggningar")
    d.p(
        "Föreningarna bokade 86 procent av de tillgängliga timmarna i sporthallarna under "
        "prime time. Underhållsbehovet i de äldre anläggningarna är stort och har krävt "
        "akuta reparationer under året."
    )
    d.add(MPageBreak())
    d.h(2, "Måluppfyllelse")
    d.p(
        "Nämnden har sex mål för 2025 som utgår från kommunfullmäktiges inriktningsmål. Varje "
        "mål bedöms utifrån nyckeltalen i tabell 2 och verksamhetens egen uppföljning. "
        "Bedömningen visas med en symbol i kolumnen Status."
    )
    for title, status, _c in GOALS:
        d.goal(title, status)
    d.add(Custom("goaltable", {}, words=goal_words()))
    d.add(Custom("legend", {}, words=LEGEND_WORDS))
    d.h(2, "Nyckeltal")
    d.table(kpi_table())
    d.add(MPageBreak())
    d.h(2, "Ekonomi")
    d.p(
        "Nämndens nettokostnad för 2025 blev 186 670 tkr mot en budget om 185 700 tkr, ett "
        "underskott om 970 tkr. Jämfört med 2024 ökade nettokostnaden med 8 320 tkr, främst "
        "genom den nya isytan och fler elever i kulturskolan."
    )
    d.table(drift_table())
    d.p(
        "Idrotts- och fritidsanläggningar visar ett underskott om 1 740 tkr. Kostnaderna för el "
        "och fjärrvärme blev högre än budgeterat och reparationer av ventilationen i simhallen "
        "kunde inte skjutas upp. Kulturskolan har ett underskott om 460 tkr efter att två "
        "lärare anställts för att korta kön. Övriga verksamheter redovisar mindre överskott, "
        "bland annat genom vakanser under delar av året."
    )
    d.h(3, "Investeringar")
    d.p(
        "Investeringsbudgeten uppgick till 8 500 tkr och utfallet till 6 920 tkr. Upprustningen "
        "av två konstgräsplaner flyttas till 2026 eftersom upphandlingen överklagades."
    )
    d.h(2, "Framtiden")
    d.p(
        "Befolkningen i Tyresö fortsätter att växa, och fler barn och unga ökar efterfrågan på "
        "kulturskola, idrottstider och mötesplatser. Nämnden kommer under 2026 att prioritera "
        "underhållet av befintliga anläggningar, ett minskat energibehov och fritidsgårdarnas "
        "arbete med att nå fler unga."
    )
    return d


# ------------------------------------------------------------------ icons


def icon(status: str, px: int = 96) -> PILImage.Image:
    """A status icon as an RGBA picture, drawn 4× larger and scaled down (antialiased)."""
    s = px * 4
    im = PILImage.new("RGBA", (s, s), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pad = s * 0.04
    box = (pad, pad, s - pad, s - pad)
    white = (255, 255, 255, 255)
    if status == "achieved":
        dr.ellipse(box, fill=(46, 139, 62, 255))
        dr.line(
            [(s * 0.27, s * 0.52), (s * 0.43, s * 0.68), (s * 0.74, s * 0.33)],
            fill=white,
            width=int(s * 0.1),
            joint="curve",
        )
    elif status == "partly":
        yellow = (240, 180, 0, 255)
        dr.ellipse(box, fill=white, outline=yellow, width=int(s * 0.08))
        dr.pieslice(box, 90, 270, fill=yellow)
    else:
        dr.ellipse(box, fill=(200, 40, 40, 255))
        w = int(s * 0.1)
        a, b = s * 0.32, s * 0.68
        dr.line([(a, a), (b, b)], fill=white, width=w)
        dr.line([(a, b), (b, a)], fill=white, width=w)
    return im.resize((px, px), PILImage.LANCZOS)


# ------------------------------------------------------------------ tagged drawing


class Tagger:
    """Keeps the structure tree while the canvas draws: elements, their marked-content ids per
    page, and the artifacts."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c
        self.page = 0
        self.mcid = 0
        self.elems: list[dict[str, Any]] = []
        self.parent_tree: dict[int, list[int]] = {0: []}
        self.root = self.elem("Document", None)

    def elem(self, s: str, parent: int | None, **attrs: Any) -> int:
        self.elems.append({"S": s, "parent": parent, "kids": [], **attrs})
        i = len(self.elems) - 1
        if parent is not None:
            self.elems[parent]["kids"].append(("elem", i))
        return i

    @contextmanager
    def mc(self, e: int) -> Iterator[None]:
        n = self.mcid
        self.mcid += 1
        self.c._code.append(f"/{self.elems[e]['S']} <</MCID {n}>> BDC")
        self.elems[e]["kids"].append(("mcid", self.page, n))
        self.parent_tree[self.page].append(e)
        yield
        self.c._code.append("EMC")

    @contextmanager
    def artifact(self, kind: str = "Layout", sub: str | None = None) -> Iterator[None]:
        props = f"/Type /{kind}" + (f" /Subtype /{sub}" if sub else "")
        self.c._code.append(f"/Artifact <<{props}>> BDC")
        self.c.saveState()
        yield
        self.c.restoreState()
        self.c._code.append("EMC")

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.mcid = 0
        self.parent_tree[self.page] = []


def write_structure(path: Path, tg: Tagger) -> None:
    """Write the structure tree into the PDF reportlab made, and the catalog's entries."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        StreamObject,
        TextStringObject,
    )

    reader = PdfReader(str(path))
    w = PdfWriter(clone_from=reader)
    pages = [p.indirect_reference for p in w.pages]
    refs = [w._add_object(DictionaryObject()) for _ in tg.elems]
    root = w._add_object(DictionaryObject())
    for i, e in enumerate(tg.elems):
        obj = refs[i].get_object()
        obj[NameObject("/Type")] = NameObject("/StructElem")
        obj[NameObject("/S")] = NameObject("/" + e["S"])
        obj[NameObject("/P")] = refs[e["parent"]] if e["parent"] is not None else root
        first_page = next((k[1] for k in e["kids"] if k[0] == "mcid"), None)
        if first_page is not None:
            obj[NameObject("/Pg")] = pages[first_page]
        kids = ArrayObject()
        for k in e["kids"]:
            if k[0] == "elem":
                kids.append(refs[k[1]])
            elif k[1] == first_page:
                kids.append(NumberObject(k[2]))
            else:
                kids.append(
                    DictionaryObject(
                        {
                            NameObject("/Type"): NameObject("/MCR"),
                            NameObject("/Pg"): pages[k[1]],
                            NameObject("/MCID"): NumberObject(k[2]),
                        }
                    )
                )
        obj[NameObject("/K")] = kids
        if "alt" in e:
            obj[NameObject("/Alt")] = TextStringObject(e["alt"])
        if "lang" in e:
            obj[NameObject("/Lang")] = TextStringObject(e["lang"])
        if "scope" in e:
            obj[NameObject("/A")] = DictionaryObject(
                {
                    NameObject("/O"): NameObject("/Table"),
                    NameObject("/Scope"): NameObject("/" + e["scope"]),
                }
            )
        if "bbox" in e:
            obj[NameObject("/A")] = DictionaryObject(
                {
                    NameObject("/O"): NameObject("/Layout"),
                    NameObject("/Placement"): NameObject("/Block"),
                    NameObject("/BBox"): ArrayObject(FloatObject(round(v, 2)) for v in e["bbox"]),
                }
            )
    nums = ArrayObject()
    for pg, lst in sorted(tg.parent_tree.items()):
        nums.append(NumberObject(pg))
        nums.append(ArrayObject(refs[e] for e in lst))
    ptree = w._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    ro = root.get_object()
    ro[NameObject("/Type")] = NameObject("/StructTreeRoot")
    ro[NameObject("/K")] = ArrayObject([refs[tg.root]])
    ro[NameObject("/ParentTree")] = ptree
    ro[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    refs[tg.root].get_object()[NameObject("/P")] = root
    for i, p in enumerate(w.pages):
        p[NameObject("/StructParents")] = NumberObject(i)
        p[NameObject("/Tabs")] = NameObject("/S")
    cat = w._root_object
    cat[NameObject("/StructTreeRoot")] = root
    cat[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    cat[NameObject("/Lang")] = TextStringObject("sv-SE")
    cat[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    xmp = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        '   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{PDF_TITLE}</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>\n"
        "  </rdf:Description>\n"
        '  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        "   <pdfuaid:part>1</pdfuaid:part>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()
    meta = StreamObject()
    meta.set_data(xmp)
    meta[NameObject("/Type")] = NameObject("/Metadata")
    meta[NameObject("/Subtype")] = NameObject("/XML")
    cat[NameObject("/Metadata")] = w._add_object(meta)
    bio = io.BytesIO()
    w.write(bio)
    path.write_bytes(bio.getvalue())


class Layout:
    """Draws the blocks top to bottom on A4 pages, each element tagged."""

    TOP, BOTTOM, LEFT, RIGHT = 2.6 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm

    def __init__(self, c: rl_canvas.Canvas, doc: Doc) -> None:
        self.c = c
        self.doc = doc
        self.tg = Tagger(c)
        self.x0 = self.LEFT
        self.x1 = A4[0] - self.RIGHT
        self.W = self.x1 - self.x0
        self.y = A4[1] - self.TOP
        self.icons = {s: ImageReader(icon(s)) for s in ALT}
        self.n_pages = 3

    # -- furniture
    def furniture(self) -> None:
        c, tg = self.c, self.tg
        page = tg.page + 1
        with tg.artifact("Pagination", "Header"):
            y = A4[1] - 1.5 * rl.cm
            c.setFont(f"{FONT}-Bold", 8.5)
            c.setFillColor(BLUE)
            c.drawString(self.x0, y, MUNI)
            c.setFont(FONT, 8.5)
            c.setFillColor(GREY)
            c.drawRightString(self.x1, y, f"{COMMITTEE} · {TITLE}")
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(self.x0, y - 5, self.x1, y - 5)
        with tg.artifact("Pagination", "Footer"):
            y = 1.3 * rl.cm
            c.setFont(FONT, 8.5)
            c.setFillColor(GREY)
            c.drawString(self.x0, y, "Dnr KFN 2026/14")
            c.drawRightString(self.x1, y, f"Sida {page} av {self.n_pages}")

    def need(self, h: float) -> None:
        if self.y - h < self.BOTTOM:
            raise AssertionError(f"page {self.tg.page + 1} is full: {h:.0f} pt more")

    def new_page(self) -> None:
        self.tg.new_page()
        self.furniture()
        self.y = A4[1] - self.TOP

    # -- text
    def text(
        self,
        e: int,
        s: str,
        font: str,
        size: float,
        leading: float,
        color: Any = INK,
        before: float = 0,
        after: float = 6,
        width: float | None = None,
    ) -> None:
        lines = simpleSplit(s, font, size, width or self.W)
        self.y -= before
        self.need(leading * len(lines))
        with self.tg.mc(e):
            self.c.setFont(font, size)
            self.c.setFillColor(color)
            for ln in lines:
                self.y -= leading
                self.c.drawString(self.x0, self.y + (leading - size) * 0.35, ln)
        self.y -= after

    def heading(self, b: H) -> None:
        size = {1: 24, 2: 14, 3: 11.5}[b.level]
        e = self.tg.elem(f"H{b.level}", self.tg.root)
        before = {1: 0, 2: 10, 3: 4}[b.level]
        self.text(e, b.full, f"{FONT}-Bold", size, size * 1.25, BLUE, before, 3)

    def para(self, b: P) -> None:
        e = self.tg.elem("P", self.tg.root)
        self.text(e, b.body, FONT, 10.5, 14.2)

    def masthead(self) -> None:
        tg = self.tg
        self.text(tg.elem("P", tg.root), MUNI, f"{FONT}-Bold", 12, 15, BLUE, 0, 22)
        self.text(tg.elem("H1", tg.root), TITLE, f"{FONT}-Bold", 26, 31, BLUE, 0, 2)
        self.text(tg.elem("P", tg.root), COMMITTEE, FONT, 16, 20, INK, 0, 6)
        self.text(
            tg.elem("P", tg.root),
            "Diarienummer KFN 2026/14 · Beslutad av kultur- och fritidsnämnden 2026-02-18",
            FONT,
            9.5,
            12,
            GREY,
            0,
            8,
        )
        with tg.artifact():
            self.c.setStrokeColor(BLUE)
            self.c.setLineWidth(1.2)
            self.c.line(self.x0, self.y, self.x1, self.y)
        self.y -= 6

    # -- tables
    def grid(
        self,
        caption: str,
        head: list[str],
        rows: list[list[Any]],
        widths: list[float],
        right: list[bool],
        bold_rows: set[int] = frozenset(),  # type: ignore[assignment]
        note: str | None = None,
        size: float = 9.3,
    ) -> None:
        """A table: a Caption, a header row of TH, rows of TD; a cell is a string or
        ("icon", status). Rules and shading are artifacts."""
        c, tg = self.c, self.tg
        lead = size * 1.25
        pad = 3.5
        colw = [w * self.W / sum(widths) for w in widths]
        xs = [self.x0 + sum(colw[:i]) for i in range(len(colw))]
        t = tg.elem("Table", tg.root)
        cap = tg.elem("Caption", t)
        self.text(cap, caption, f"{FONT}-Bold", 10, 13, INK, 4, 3)

        def cell_lines(v: Any, j: int, bold: bool) -> list[str]:
            if isinstance(v, tuple):
                return [""]
            f = f"{FONT}-Bold" if bold else FONT
            return simpleSplit(v, f, size, colw[j] - 2 * pad)

        all_rows = [(head, True, True)] + [(r, False, i in bold_rows) for i, r in enumerate(rows)]
        heights = [
            max(len(cell_lines(v, j, b)) for j, v in enumerate(r)) * lead + 2 * pad
            for r, _h, b in all_rows
        ]
        self.need(sum(heights))
        for (r, is_head, bold), h in zip(all_rows, heights, strict=True):
            top = self.y
            with tg.artifact():
                if is_head:
                    c.setFillColor(HEAD_BG)
                    c.rect(self.x0, top - h, self.W, h, stroke=0, fill=1)
                c.setStrokeColor(BLUE if is_head or bold else RULE)
                c.setLineWidth(0.9 if is_head or bold else 0.4)
                c.line(self.x0, top - h, self.x1, top - h)
                if bold:
                    c.line(self.x0, top, self.x1, top)
            tr = tg.elem("TR", t)
            for j, v in enumerate(r):
                kind = "TH" if is_head else "TD"
                ce = tg.elem(kind, tr, **({"scope": "Column"} if is_head else {}))
                if isinstance(v, tuple):
                    st = v[1]
                    d = 13.0
                    x = xs[j] + (colw[j] - d) / 2
                    y = top - pad - d - 1
                    fig = tg.elem("Figure", ce, alt=ALT[st], bbox=(x, y, x + d, y + d))
                    with tg.mc(fig):
                        c.drawImage(self.icons[st], x, y, d, d, mask="auto")
                    continue
                lines = cell_lines(v, j, bold or is_head)
                f = f"{FONT}-Bold" if bold or is_head else FONT
                with tg.mc(ce):
                    c.setFont(f, size)
                    c.setFillColor(INK)
                    yy = top - pad
                    for ln in lines:
                        yy -= lead
                        base = yy + (lead - size) * 0.4
                        if right[j]:
                            c.drawRightString(xs[j] + colw[j] - pad, base, ln)
                        else:
                            c.drawString(xs[j] + pad, base, ln)
            self.y -= h
        self.y -= 4
        if note:
            self.text(tg.elem("P", tg.root), note, f"{FONT}-Italic", 8.5, 11, GREY, 0, 8)
        else:
            self.y -= 6

    def model_table(self, t: Table) -> None:
        head = [" ".join(t.label_head)] + [c.name for c in t.cols]
        rows = [
            [r.label] + [t.fmt_cell(r, c, v) for c, v in zip(t.cols, r.cells, strict=True)]
            for r in t.rows
        ]
        bold = {i for i, r in enumerate(t.rows) if r.total}
        widths = [t.label_width] + [1.0] * len(t.cols)
        self.grid(t.caption or "", head, rows, widths, [False] + [True] * len(t.cols), bold, t.note)

    def goal_table(self) -> None:
        rows = [[title, ("icon", st), comment] for title, st, comment in GOALS]
        self.grid(
            "Tabell 1. Nämndens mål 2025",
            ["Mål", "Status", "Kommentar"],
            rows,
            [3.6, 1.0, 5.4],
            [False, False, False],
            note=None,
            size=9.3,
        )

    def legend(self) -> None:
        c, tg = self.c, self.tg
        e = tg.elem("P", tg.root)
        self.y -= 2
        self.need(16)
        base = self.y - 11
        x = self.x0
        with tg.mc(e):
            c.setFont(f"{FONT}-Bold", 9)
            c.setFillColor(INK)
            c.drawString(x, base, "Teckenförklaring:")
        x += rl.sw("Teckenförklaring:", f"{FONT}-Bold", 9) + 10
        for st in ("achieved", "partly", "not_achieved"):
            with tg.artifact():
                c.drawImage(self.icons[st], x, base - 2.5, 11, 11, mask="auto")
            x += 15
            with tg.mc(e):
                c.setFont(FONT, 9)
                c.setFillColor(INK)
                c.drawString(x, base, ALT[st])
            x += rl.sw(ALT[st], FONT, 9) + 16
        self.y -= 24

    def run(self) -> None:
        self.furniture()
        for b in self.doc.blocks:
            if isinstance(b, H):
                self.heading(b)
            elif isinstance(b, P):
                self.para(b)
            elif isinstance(b, Table):
                self.model_table(b)
            elif isinstance(b, MPageBreak):
                self.new_page()
            elif isinstance(b, Custom):
                {"masthead": self.masthead, "goaltable": self.goal_table, "legend": self.legend}[
                    b.kind
                ]()
            else:
                raise TypeError(b)
        assert self.tg.page + 1 == self.n_pages, self.tg.page
        self.c.showPage()


def render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(PDF_TITLE)
    c.setAuthor("Tyresö kommun, kultur- och fritidsförvaltningen")
    c.setSubject("Kultur- och fritidsnämndens verksamhetsberättelse för 2025")
    c.setCreator("Microsoft® Word för Microsoft 365")
    lay = Layout(c, doc)
    lay.run()
    c.save()
    write_structure(path, lay.tg)
    return path

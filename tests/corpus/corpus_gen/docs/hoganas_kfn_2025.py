"""Höganäs, Kultur- och fritidsnämnden, verksamhetsberättelse 2025, exported from a DTP program
WITH OPTIONAL CONTENT LAYERS (PDF optional content groups; reportlab, then pypdf for the catalog).

Every page's content stream is three marked-content sequences, one per layer, as a DTP export
with "create Acrobat layers" writes them:

- "/OC /MC0 BDC … EMC", the layer "Svenska" (ON): the report itself, page furniture included;
- "/OC /MC1 BDC … EMC", the layer "Anteckningar" (OFF, and not printed): the designer's notes
  placed over the pages in yellow boxes with red type and a leader line, "Byt bild här" over the
  photo, "Korrläs siffrorna i tabell 2!" over the KPI table, a wrong draft figure "2024: 412"
  beside the KPI row whose printed 2024 value is 398, a question with a status word beside the
  third goal ("Kolla med Anna – delvis uppfyllt?") and a preliminary total "81 109" beside the
  drift table's Summa row (printed 81 267);
- "/OC /MC2 BDC … EMC", the layer "English" (OFF): an English translation of each heading, the
  title and every goal title, drawn at exactly the position, font and size of the Swedish text.

The catalog's /OCProperties declares the three groups, /D /ON [Svenska] /OFF [Anteckningar English],
and each page's /Resources /Properties maps MC0–MC2 to them, so poppler and PDFium render only the
Swedish report. The key and the expected text hold only what is visible."""

from __future__ import annotations

import io
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

MUNI = "Höganäs kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"

BLUE = colors.HexColor("#00507D")
SEA = colors.HexColor("#2B7DA8")
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#505050")
HEAD_BG = colors.HexColor("#E3EEF5")
NOTE_BG = colors.HexColor("#FFF27A")
NOTE_INK = colors.HexColor("#D0021B")

HFONT = "DejaVuSansCondensed"
BFONT = "LiberationSerif"
TFONT = "DejaVuSansCondensed"

STATUS_PHRASE = {
    "achieved": "Målet är uppfyllt.",
    "partly": "Målet är delvis uppfyllt.",
    "not_achieved": "Målet är inte uppfyllt.",
}

# every heading's English translation (the hidden layer "English")
EN = {
    TITLE: "Annual Report 2025",
    COMMITTEE: "Culture and Leisure Committee",
    "Sammanfattning": "Summary",
    "Viktiga händelser 2025": "Key events in 2025",
    "Nämndens uppdrag": "The committee's remit",
    "Måluppfyllelse": "Goal attainment",
    "Nyckeltal": "Key figures",
    "Ekonomi": "Finances",
    "Investeringar": "Investments",
    "Personal": "Staff",
    "Framtid": "Outlook",
}

# goal title, status, comment, English title
GOALS = [
    (
        "Fler barn och unga ska delta i kulturskolans verksamhet",
        "achieved",
        "Kulturskolan hade 431 elever vid årets slut, jämfört med 398 året innan, och målvärdet "
        "om minst 420 elever nåddes. Ökningen kommer från de nya kurserna i keramik och film i "
        "Viken och Jonstorp. Kön till kulturskolan minskade till 97 barn.",
        "More children and young people shall take part in the school of arts",
    ),
    (
        "Biblioteken ska vara öppna och tillgängliga mötesplatser",
        "partly",
        "Meröppet infördes i Viken och Jonstorp i mars, och de tre biblioteken hade tillsammans "
        "142 öppettimmar i veckan. Besöken ökade till 155 480 men nådde inte målvärdet om "
        "160 000, bland annat för att stadsbiblioteket hade begränsade öppettider under "
        "ombyggnaden av entrén i september och oktober.",
        "The libraries shall be open and accessible meeting places",
    ),
    (
        "Fler flickor och unga kvinnor ska vara aktiva i föreningslivet",
        "not_achieved",
        "Flickornas andel av deltagartillfällena i den LOK-stödda verksamheten minskade till 37 "
        "procent. Satsningen på prova-på-aktiviteter för flickor 12–16 år tillsammans med fyra "
        "föreningar startade först under hösten och har ännu inte gett effekt.",
        "More girls and young women shall be active in sports and other associations",
    ),
    (
        "Invånarna ska vara nöjda med kommunens kultur- och fritidsutbud",
        "achieved",
        "Medborgarundersökningen gav Nöjd-Medborgar-Index 64 för kultur och 60 för idrotts- och "
        "motionsanläggningar, båda över målvärdena. Keramikmarknaden i hamnen och de nya "
        "utegymmen i Nyhamnsläge och Lerberget nämns särskilt i de öppna svaren.",
        "Residents shall be satisfied with the municipality's culture and leisure services",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "achieved",
        "Nämnden redovisar ett överskott om 233 tkr mot budget. Underskotten inom biblioteken "
        "och idrotts- och fritidsanläggningarna vägs upp av överskott inom övriga verksamheter.",
        "The committee shall operate within its allocated budget",
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
    ("Elever i kulturskolan, antal", 384, 398, 431, "≥ 420", N),
    ("Barn i kö till kulturskolan, antal", 126, 141, 97, "≤ 100", N),
    ("Besök på biblioteken, antal", 148_260, 152_910, 155_480, "≥ 160 000", N),
    ("Öppettimmar per vecka, samtliga bibliotek", 96, 104, 142, "≥ 140", N),
    ("Deltagartillfällen i LOK-stödd verksamhet, 7–25 år", 98_420, 101_350, 99_870, "–", N),
    ("Andel flickor av deltagartillfällena", 39, 38, 37, "≥ 40 %", PCT),
    ("Nöjd-Medborgar-Index, kultur", 62, 61, 64, "≥ 62", N),
    ("Nöjd-Medborgar-Index, idrotts- och motionsanläggningar", 58, 57, 60, "≥ 58", N),
    ("Sjukfrånvaro bland medarbetarna", 6.1, 5.7, 5.2, "≤ 5,5 %", PCT1),
]
DRAFT_KPI = 0  # the row the notes layer gives a wrong 2024 figure ("2024: 412", printed 398)
DRAFT_FIGURE = "2024: 412"

# verksamhet: utfall 2024, budget 2025, utfall 2025 (net cost, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 4_488, 4_850, 4_612),
    ("Bibliotek", 15_932, 16_720, 16_958),
    ("Kulturskola", 10_214, 10_980, 10_846),
    ("Kultur och evenemang", 5_106, 5_340, 5_217),
    ("Museum och konsthall", 6_420, 6_610, 6_583),
    ("Fritidsgårdar och ungdomsverksamhet", 7_843, 8_150, 8_011),
    ("Idrotts- och fritidsanläggningar", 22_617, 23_460, 23_682),
    ("Föreningsbidrag", 5_210, 5_390, 5_358),
]
DRAFT_SUM = "Summa enl. prel. bokslut 23/1: 81 109 – stäm av!"

CAPTION = "Sommarens keramikmarknad i Höganäs hamn samlade omkring 9 000 besökare."


def kpi_table() -> Table:
    rows = [Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS]
    return Table(
        label_head=("Nyckeltal",),
        cols=KPI_COLS,
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Nyckeltal 2023–2025",
        note="– = inget målvärde fastställt. Nöjd-Medborgar-Index från SCB:s "
        "medborgarundersökning (skala 0–100).",
        label_width=4.6,
    )


def drift_table() -> Table:
    t24 = sum(x[1] for x in DRIFT)
    tb = sum(x[2] for x in DRIFT)
    tu = sum(x[3] for x in DRIFT)
    assert (t24, tb, tu) == (77_830, 81_500, 81_267), (t24, tb, tu)
    rows = [Row(n, [u24, b, u, b - u]) for n, u24, b, u in DRIFT]
    rows.append(Row("Summa", [t24, tb, tu, tb - tu], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Utfall", "2024")),
            Col(("Budget", "2025")),
            Col(("Utfall", "2025")),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
        label_width=3.8,
    )


def build() -> Doc:
    d = Doc(
        stem="hoganas-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Höganäs",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 exported from a DTP program "
        "with optional content layers (reportlab, pypdf for the layers; DejaVu Sans Condensed "
        "headings and tables, Liberation Serif body), a masthead and a photo on page 1",
        hard="the PDF has three optional content groups (layers) and every page's content is "
        'three marked-content sequences "/OC /MC0 BDC … EMC": the layer "Svenska" (ON) holds '
        'the report; the layer "Anteckningar" (OFF in /OCProperties /D, print state OFF) holds '
        "the designer's notes placed over the pages in yellow boxes with red type, "
        '"Byt bild här" over the photo, "Korrläs siffrorna i tabell 2!" over the KPI table, a '
        'wrong draft figure "2024: 412" beside the KPI row whose printed 2024 value is 398, '
        '"Kolla med Anna – delvis uppfyllt?" beside a goal assessed "Målet är inte uppfyllt." '
        'and a preliminary total "81 109" beside the drift table\'s Summa row (printed 81 267); '
        'the layer "English" (OFF) holds an English translation of every heading, the title '
        "and every goal title, drawn at exactly the position, font and size of the Swedish "
        "text, so a reader that ignores optional content reads two texts on top of each other; "
        "a viewer shows only the Swedish report, which is ordinary: five goals as bold "
        'headings each with "Bedömning: Målet är (delvis / inte) uppfyllt.", a KPI table '
        "Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025 and a drift table "
        "Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall); the "
        'municipality as "Höganäs kommun" in the masthead and the running header',
    )
    d.add(Custom("masthead", {}, words=f"{MUNI}\n{TITLE}\n{COMMITTEE}"))
    d.p("Dnr KFN 2026/14 · Fastställd av kultur- och fritidsnämnden 2026-02-18, § 9", "meta")
    d.add(Custom("photo", {}, words=CAPTION))
    d.h(1, "Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden redovisar här verksamheten, måluppfyllelsen och ekonomin för "
        "2025. Året präglades av fler elever i kulturskolan, meröppna bibliotek i Viken och "
        "Jonstorp och en välbesökt keramikmarknad i hamnen. Av nämndens fem mål är tre "
        "uppfyllda, ett delvis uppfyllt och ett inte uppfyllt."
    )
    d.p(
        "Nämnden redovisar ett överskott om 233 tkr mot budget. Högre intäkter från uthyrning av "
        "idrottshallar och från kulturskolans avgifter har vägt upp ökade kostnader för "
        "bibliotekens lokaler och för reparationer i simhallen."
    )
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Nämnden ansvarar för folkbiblioteken, kulturskolan, allmänkulturen, Höganäs museum och "
        "konsthall, fritidsgårdarna, kommunens idrotts- och fritidsanläggningar och bidragen till "
        "föreningslivet. Verksamheten bedrivs i Höganäs, Viken, Jonstorp och Nyhamnsläge, och "
        "bokbussen når Mölle, Arild och Lerberget varje vecka."
    )
    d.h(1, "Viktiga händelser 2025")
    d.bullets(
        "Meröppet infördes på biblioteken i Viken och Jonstorp i mars.",
        "Kulturskolan startade kurser i keramik och film i samarbete med Höganäs museum och "
        "konsthall.",
        "Utegym invigdes i Nyhamnsläge och Lerberget i juni.",
        "Nämnden beslutade om nya riktlinjer för föreningsbidrag som gäller från 2026.",
        "Keramikmarknaden i Höganäs hamn samlade omkring 9 000 besökare i juli.",
    )
    d.page_break()
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämnden har fem mål för 2025, som följer av kommunfullmäktiges mål och nämndens "
        "verksamhetsplan. Varje mål redovisas nedan med nämndens bedömning vid årets slut och en "
        "kort analys. Nyckeltalen som följer upp målen finns i tabell 2."
    )
    for title, status, comment, en in GOALS:
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"title": title, "status": status, "comment": comment, "en": en},
                words=f"{title}\nBedömning: {STATUS_PHRASE[status]}\n{comment}",
            )
        )
    d.h(1, "Nyckeltal")
    kt = kpi_table()
    d.add(Custom("kpitable", {"table": kt}, words=kt.text()))
    d.page_break()
    d.h(1, "Ekonomi")
    d.p(
        "Nämndens budgetram för 2025 var 81 500 tkr och nettokostnaden blev 81 267 tkr, ett "
        "överskott om 233 tkr. Biblioteken visar ett underskott om 238 tkr, främst till följd av "
        "ombyggnaden av stadsbibliotekets entré. Idrotts- och fritidsanläggningarna visar ett "
        "underskott om 222 tkr, som förklaras av reparationer av reningsverket i simhallen. "
        "Övriga verksamheter redovisar överskott, störst inom nämnd och förvaltningsledning och "
        "kulturskolan."
    )
    dt = drift_table()
    d.add(Custom("drifttable", {"table": dt}, words=dt.text()))
    d.h(2, "Investeringar")
    d.p(
        "Investeringsbudgeten var 3 200 tkr och utfallet 2 746 tkr. De största investeringarna "
        "var tekniken för meröppet i Viken och Jonstorp och de två utegymmen. Upprustningen av "
        "läktaren på Vikens idrottsplats har skjutits till 2026."
    )
    d.h(1, "Personal")
    d.p(
        "Förvaltningen hade 71 tillsvidareanställda medarbetare vid årets slut. Sjukfrånvaron "
        "minskade till 5,2 procent. En tjänst som bibliotekarie och en som fritidsledare var "
        "vakanta under våren men är nu tillsatta."
    )
    d.h(1, "Framtid")
    d.p(
        "Inför 2026 har nämnden fått en ram om 84 300 tkr. Arbetet med en ny biblioteksplan och "
        "ett program för kultur i hela kommunen pågår, och satsningen på flickors idrottande "
        "fortsätter tillsammans med föreningarna."
    )
    return d


# ------------------------------------------------------------------ drawing


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    lines, line = [], ""
    for w in text.split():
        cand = f"{line} {w}" if line else w
        if rl.sw(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = w
    lines.append(line)
    return lines


def record(c, key: str, item: tuple) -> None:
    """Queue something for a hidden layer of the page being drawn (drawn at save time)."""
    c.page_flags.setdefault(key, []).append(item)


class LHeading(Flowable):
    """A heading drawn line by line; its English translation is queued for the layer "English"
    at the same baseline, font and size."""

    def __init__(
        self,
        text: str,
        en: str | None,
        font: str,
        size: float,
        color,
        before: float,
        after: float,
    ) -> None:
        super().__init__()
        self.text, self.en, self.font, self.size, self.color = text, en, font, size, color
        self.before, self.after = before, after
        self.leading = size * 1.22

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        self.lines = wrap_words(self.text, self.font, self.size, aw)
        self.h = len(self.lines) * self.leading
        return aw, self.h

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.before

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.after

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.setFont(self.font, self.size)
        y = self.h - self.size
        for line in self.lines:
            c.drawString(0, y, line)
            y -= self.leading
        c.restoreState()
        if self.en:
            y = self.h - self.size
            for line in wrap_words(self.en, self.font, self.size, self.aw):
                x, ay = c.absolutePosition(0, y)
                record(c, "en", (x, ay, line, self.font, self.size, self.color))
                y -= self.leading


class NoteAt(Flowable):
    """A zero-size anchor: queues a note for the layer "Anteckningar" at (dx, dy) from here."""

    def __init__(self, text: str, dx: float, dy: float, lead: tuple | None = None) -> None:
        super().__init__()
        self.text, self.dx, self.dy, self.lead = text, dx, dy, lead

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(self.dx, self.dy)
        lead = None
        if self.lead:
            lead = self.canv.absolutePosition(*self.lead)
        record(self.canv, "notes", (x, y, self.text, lead))


class TrackedTable(Flowable):
    """A reportlab table that queues notes beside given rows: {data row index: (text, dx)}."""

    def __init__(self, tbl, notes: dict[int, tuple[str, float, float, float]]) -> None:
        super().__init__()
        self.tbl, self.notes = tbl, notes

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self.tbl.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list:
        return []

    def draw(self) -> None:
        c = self.canv
        self.tbl.drawOn(c, 0, 0)
        pos = self.tbl._rowpositions
        for i, (text, dx, dy, lead_x) in self.notes.items():
            mid = (pos[i] + pos[i + 1]) / 2
            x, y = c.absolutePosition(dx, mid - 4 + dy)
            lead = c.absolutePosition(lead_x, mid)
            record(c, "notes", (x, y, text, lead))


def draw_note(c, x: float, y: float, text: str, lead) -> None:
    """A designer's note: a yellow box, red bold type, a leader line to what it is about."""
    font, size = "LiberationSans-Bold", 8.5
    w = rl.sw(text, font, size) + 10
    h = size + 7
    c.setFillColor(NOTE_BG)
    c.setStrokeColor(NOTE_INK)
    c.setLineWidth(0.6)
    c.rect(x, y - 3.5, w, h, stroke=1, fill=1)
    if lead:
        lx, ly = lead
        c.line(x if lx < x else x + w, y - 3.5 + h / 2, lx, ly)
        c.circle(lx, ly, 1.4, stroke=0, fill=1)
    c.setFillColor(NOTE_INK)
    c.setFont(font, size)
    c.drawString(x + 5, y, text)


class Photo(Flowable):
    """A landscape photo placeholder drawn as vector art (sky, sea, harbour pier, sun, tents),
    with its caption; the notes layer gets "Byt bild här" over it."""

    def __init__(self, caption_para: Paragraph, height: float) -> None:
        super().__init__()
        self.cap = caption_para
        self.ph = height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        _w, self.ch = self.cap.wrap(aw, ah)
        return aw, self.ph + 4 + self.ch

    def draw(self) -> None:
        c = self.canv
        w, h = self.aw, self.ph
        y0 = self.ch + 4
        c.saveState()
        p = c.beginPath()
        p.rect(0, y0, w, h)
        c.clipPath(p, stroke=0, fill=0)
        # sky in bands
        n = 14
        for i in range(n):
            t = i / (n - 1)
            col = colors.Color(0.55 + 0.35 * t, 0.72 + 0.2 * t, 0.88 + 0.08 * t)
            c.setFillColor(col)
            c.rect(0, y0 + h * 0.45 + i * h * 0.55 / n, w, h * 0.55 / n + 1, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#FFE9A8"))
        c.circle(w * 0.8, y0 + h * 0.8, h * 0.09, stroke=0, fill=1)
        # sea
        c.setFillColor(SEA)
        c.rect(0, y0 + h * 0.3, w, h * 0.16, stroke=0, fill=1)
        c.setStrokeColor(colors.HexColor("#8CC3E0"))
        c.setLineWidth(0.6)
        for k in range(6):
            yy = y0 + h * (0.33 + 0.022 * k)
            c.line(w * (0.05 + 0.13 * k), yy, w * (0.12 + 0.13 * k), yy)
        # quay
        c.setFillColor(colors.HexColor("#B9A58A"))
        c.rect(0, y0, w, h * 0.3, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#8C7B65"))
        c.rect(0, y0 + h * 0.28, w, h * 0.025, stroke=0, fill=1)
        # market tents
        for k, col in enumerate(("#C8102E", "#FFFFFF", "#00507D", "#E8A33D", "#FFFFFF")):
            x = w * (0.06 + 0.19 * k)
            c.setFillColor(colors.HexColor(col))
            c.setStrokeColor(colors.HexColor("#555555"))
            c.setLineWidth(0.4)
            c.rect(x, y0 + h * 0.08, w * 0.13, h * 0.12, stroke=1, fill=1)
            p = c.beginPath()
            p.moveTo(x - 3, y0 + h * 0.2)
            p.lineTo(x + w * 0.065, y0 + h * 0.29)
            p.lineTo(x + w * 0.13 + 3, y0 + h * 0.2)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
        # a lighthouse on the pier
        c.setFillColor(colors.white)
        c.rect(w * 0.9, y0 + h * 0.3, w * 0.025, h * 0.2, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#C8102E"))
        c.rect(w * 0.9, y0 + h * 0.5, w * 0.025, h * 0.04, stroke=0, fill=1)
        c.restoreState()
        self.cap.drawOn(c, 0, 0)
        x, y = c.absolutePosition(w * 0.32, y0 + h * 0.6)
        record(c, "notes", (x, y, "Byt bild här – väntar på foto från marknaden", None))


def add_layers(path: Path) -> None:
    """Declare the three optional content groups in the catalog and map MC0–MC2 in every page's
    resources; written back deterministically."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    reader = PdfReader(str(path))
    w = PdfWriter(clone_from=reader)

    def ocg(name: str, on: bool) -> object:
        state = NameObject("/ON" if on else "/OFF")
        usage = DictionaryObject(
            {
                NameObject("/CreatorInfo"): DictionaryObject(
                    {
                        NameObject("/Creator"): TextStringObject("Adobe InDesign 20.1"),
                        NameObject("/Subtype"): NameObject("/Artwork"),
                    }
                ),
                NameObject("/View"): DictionaryObject({NameObject("/ViewState"): state}),
                NameObject("/Print"): DictionaryObject({NameObject("/PrintState"): state}),
            }
        )
        return w._add_object(
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/OCG"),
                    NameObject("/Name"): TextStringObject(name),
                    NameObject("/Usage"): usage,
                }
            )
        )

    sv, ant, en = ocg("Svenska", True), ocg("Anteckningar", False), ocg("English", False)
    groups = ArrayObject([sv, ant, en])
    w._root_object[NameObject("/OCProperties")] = DictionaryObject(
        {
            NameObject("/OCGs"): groups,
            NameObject("/D"): DictionaryObject(
                {
                    NameObject("/Name"): TextStringObject("Lager"),
                    NameObject("/Order"): ArrayObject([sv, ant, en]),
                    NameObject("/ON"): ArrayObject([sv]),
                    NameObject("/OFF"): ArrayObject([ant, en]),
                    NameObject("/RBGroups"): ArrayObject([]),
                }
            ),
        }
    )
    props = DictionaryObject(
        {NameObject("/MC0"): sv, NameObject("/MC1"): ant, NameObject("/MC2"): en}
    )
    for page in w.pages:
        res = page[NameObject("/Resources")].get_object()
        res[NameObject("/Properties")] = props
    bio = io.BytesIO()
    w.write(bio)
    path.write_bytes(bio.getvalue())


def render(doc: Doc, out: Path) -> Path:
    top, bottom, lft, rgt = 2.6 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm
    o = {
        "font": BFONT,
        "size": 10,
        "leading": 13.6,
        "hfont": HFONT,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "table_font": TFONT,
        "table_size": 8.4,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "margins": (top, bottom, lft, rgt),
        "para_space": 6,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def heading(b) -> Flowable:
        size = o["h_sizes"][min(b.level, 3)]
        return LHeading(b.full, EN.get(b.full), f"{HFONT}-Bold", size, BLUE, size * 0.9, size * 0.4)

    r.heading_factory = heading

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        x0, x1 = lft, A4[0] - rgt
        c.saveState()
        if page > 1:
            y = A4[1] - 1.6 * rl.cm
            c.setFillColor(GREY)
            c.setFont(HFONT, 8)
            c.drawString(x0, y, MUNI)
            c.drawRightString(x1, y, f"{COMMITTEE} · {TITLE}")
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.5)
            c.line(x0, y - 4, x1, y - 4)
        fy = 1.3 * rl.cm
        c.setFillColor(GREY)
        c.setFont(HFONT, 8)
        c.drawRightString(x1, fy, f"{page} ({pages})")
        c.restoreState()
        # the layers: everything so far is "Svenska"; then the notes, then the English headings
        c._code.insert(0, "/OC /MC0 BDC")
        c._code.append("EMC")
        c._code.append("/OC /MC1 BDC")
        c.saveState()
        for x, y, text, lead in flags.get("notes", []):
            draw_note(c, x, y, text, lead)
        c.restoreState()
        c._code.append("EMC")
        c._code.append("/OC /MC2 BDC")
        c.saveState()
        for x, y, text, font, size, color in flags.get("en", []):
            c.setFillColor(color)
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.restoreState()
        c._code.append("EMC")

    r.furniture = furniture  # type: ignore[method-assign]

    meta = rl.ParagraphStyle("hmeta", parent=r.styles["meta"], textColor=GREY, spaceAfter=10)
    r.styles["meta"] = meta
    cap = rl.ParagraphStyle(
        "hcap",
        parent=r.styles["body"],
        fontName=f"{BFONT}-Italic",
        fontSize=8.5,
        leading=11,
        textColor=GREY,
        spaceAfter=4,
    )

    def masthead(_b: Custom) -> list:
        return [
            Paragraph(
                escape(MUNI),
                rl.ParagraphStyle(
                    "mh",
                    parent=r.styles["body"],
                    fontName=f"{HFONT}-Bold",
                    fontSize=11,
                    textColor=GREY,
                    spaceAfter=14,
                ),
            ),
            LHeading(TITLE, EN[TITLE], f"{HFONT}-Bold", 26, BLUE, 0, 6),
            LHeading(COMMITTEE, EN[COMMITTEE], HFONT, 15, INK, 0, 10),
        ]

    def photo(b: Custom) -> list:
        return [Photo(Paragraph(escape(b.words), cap), 6.2 * rl.cm), rl.Spacer(1, 4)]

    gstat = rl.ParagraphStyle("gstat", parent=r.styles["body"], spaceAfter=2)

    def goal(b: Custom) -> list:
        title = b.data["title"]
        parts = [
            LHeading(title, b.data["en"], f"{HFONT}-Bold", 10.5, INK, 8, 3),
            Paragraph(f"<b>Bedömning:</b> {escape(STATUS_PHRASE[b.data['status']])}", gstat),
            r.para(b.data["comment"]),
        ]
        if b.data["status"] == "not_achieved":
            parts.insert(1, NoteAt("Kolla med Anna – delvis uppfyllt?", W * 0.62, -6))
        return [KeepTogether(parts)]

    def tracked(t: Table, notes: dict, caption_note: str | None = None) -> list:
        flows = r.table(t)
        out = []
        for f in flows:
            if isinstance(f, rl.RLTable):
                out.append(TrackedTable(f, notes))
            else:
                out.append(f)
        if caption_note:
            out.insert(1, NoteAt(caption_note, W * 0.55, 4, lead=(W * 0.5, 8)))
        return [KeepTogether(out)]

    col0 = W * t_label_share(kpi_table())

    def kpitable(b: Custom) -> list:
        t = b.data["table"]
        # the wrong draft figure beside the 2024 cell of the first row (data row 1)
        cw = (W - col0) / 4
        notes = {DRAFT_KPI + 1: (DRAFT_FIGURE, col0 + 2 * cw + 6, 0, col0 + 2 * cw - 2)}
        return tracked(t, notes, caption_note="Korrläs siffrorna i tabell 2!")

    def drifttable(b: Custom) -> list:
        t = b.data["table"]
        n = len(t.rows)  # the Summa row is data row n (row 0 is the header)
        cw = (W - W * t_label_share(t)) / 4
        return tracked(t, {n: (DRAFT_SUM, W * 0.36, -22, W - 1.5 * cw)})

    r.custom.update(
        masthead=masthead, photo=photo, goal=goal, kpitable=kpitable, drifttable=drifttable
    )
    path = out / f"{doc.stem}.pdf"
    doc.options["pdf_creator"] = "Adobe InDesign 20.1 (Windows)"
    doc.options["pdf_producer"] = "Adobe PDF Library 17.0"
    doc.options["pdf_title"] = f"{COMMITTEE} – {TITLE}"
    r.build(path, first_plain=False)
    add_layers(path)
    return path


def t_label_share(t: Table) -> float:
    widths = [t.label_width] + [c.width or 1.0 for c in t.cols]
    return widths[0] / sum(widths)

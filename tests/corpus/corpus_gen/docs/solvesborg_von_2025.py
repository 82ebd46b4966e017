"""Sölvesborg, Vård- och omsorgsnämnden, verksamhetsberättelse 2025 as a Mac application (Pages,
printed to PDF through Quartz) exports it: the text layer holds DECOMPOSED Unicode (NFD). Every å,
ä, ö, é, Å, Ä, Ö on the pages is written as its base letter followed by a combining mark (a + U+030A,
a + U+0308, o + U+0308, e + U+0301), the mark drawn as a glyph of its own (DejaVu Sans' combining
glyphs, zero advance) moved over the base letter (and raised over a capital) so that the page looks
normal. This holds for every word: the municipality and committee, the headings, goal titles, the
assessments ("Bedömning: Delvis uppnått"), KPI names, table headers, finance labels and the running
header and footer. The key is in ordinary NFC Swedish."""

from __future__ import annotations

import struct
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus import Flowable

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Sölvesborgs kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Verksamhetsberättelse 2025"
DNR = "Dnr VON 2026/18"
BLUE = colors.HexColor("#1F4E79")
GREY = colors.HexColor("#595959")
STATUS_WORD = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}

# målområde: [(goal, status, comment)]
AREAS = [
    (
        "Trygg och värdig omsorg",
        [
            (
                "Äldre ska känna sig trygga och nöjda med hemtjänsten",
                "partly",
                "Andelen brukare som är nöjda med sin hemtjänst ökade till 89 procent men når inte "
                "målvärdet 90 procent. Personalkontinuiteten förbättrades till i genomsnitt 14 "
                "personal under 14 dagar, vilket motsvarar målet. Brukarna i Mjällby och Norje "
                "är mer nöjda än i centrala Sölvesborg, där flera hemtjänstgrupper har slagits "
                "samman under året.",
            ),
            (
                "Väntetiden till särskilt boende ska minska",
                "achieved",
                "Den genomsnittliga väntetiden från ansökan till erbjudet boende minskade från 71 "
                "till 58 dagar. Tolv nya lägenheter på Ekebacken togs i bruk i april, och "
                "samordningen mellan biståndshandläggare och boenden har förbättrats.",
            ),
            (
                "Fler brukare ska ha en aktuell genomförandeplan som de själva har varit med "
                "och tagit fram",
                "not_achieved",
                "Andelen brukare med aktuell genomförandeplan ökade till 91 procent (83 procent "
                "2024), men målvärdet 95 procent nåddes inte. Inom hemtjänsten saknades planer "
                "framför allt för nya brukare under sommarmånaderna.",
            ),
            (
                "Fallskadorna i särskilt boende ska förebyggas",
                "achieved",
                "Antalet rapporterade fallolyckor minskade till 389 (436 år 2024). Samtliga "
                "boenden har genomfört riskbedömningar enligt Senior alert, och "
                "fysioterapeuterna har lett balansträning två gånger i veckan.",
            ),
        ],
    ),
    (
        "Medarbetare och ekonomi",
        [
            (
                "Medarbetarna ska ha en hållbar arbetsmiljö med lägre sjukfrånvaro",
                "partly",
                "Sjukfrånvaron minskade till 8,4 procent men är fortfarande högre än målvärdet "
                "8,0 procent. Andelen arbetad tid som utförs av timavlönade minskade till 10,8 "
                "procent efter att fler tillsvidaretjänster inrättats i särskilt boende.",
            ),
            (
                "Nämndens ekonomi ska vara i balans",
                "not_achieved",
                "Nämnden redovisar ett underskott om 10 495 tkr mot budget. Underskottet beror "
                "främst på fler beviljade hemtjänsttimmar och på köp av platser inom "
                "funktionsstödet, se avsnitt 5.",
            ),
        ],
    ),
]

# name, 2023, 2024, 2025, target as printed, format
KPIS = [
    ("Andel brukare som är nöjda med sin hemtjänst", 88, 86, 89, "≥ 90 %", PCT),
    ("Andel brukare som är nöjda med sitt särskilda boende", 82, 84, 85, "≥ 85 %", PCT),
    ("Väntetid till särskilt boende från ansökan, dagar", 64, 71, 58, "≤ 60", N),
    ("Personalkontinuitet i hemtjänsten, antal personal under 14 dagar", 15, 16, 14, "≤ 14", N),
    ("Andel brukare med aktuell genomförandeplan", 78, 83, 91, "≥ 95 %", PCT),
    ("Rapporterade fallolyckor i särskilt boende, antal", 412, 436, 389, "≤ 400", N),
    ("Beläggningsgrad i särskilt boende", 96.4, 97.1, 98.2, "≥ 97,0 %", PCT1),
    ("Sjukfrånvaro bland medarbetarna", 9.8, 9.1, 8.4, "≤ 8,0 %", PCT1),
    ("Andel arbetad tid utförd av timavlönade", 12.6, 11.9, 10.8, "≤ 10,0 %", PCT1),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (net cost, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 9_850, 9_612, 9_388),
    ("Biståndsbedömning", 7_420, 7_705, 7_110),
    ("Hemtjänst", 98_300, 103_846, 96_214),
    ("Hemsjukvård och rehabilitering", 46_150, 47_082, 44_970),
    ("Särskilt boende", 172_600, 174_935, 168_402),
    ("Korttidsvård och dagverksamhet", 18_240, 17_358, 17_921),
    ("Funktionsstöd, LSS och SoL", 118_900, 121_417, 114_560),
]


# ---------------------------------------------------------------- the decomposed text layer


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


FONT_PATH = {
    name: f"/usr/share/fonts/truetype/{f}.ttf"
    for fam, files in rl.FONT_FILES.items()
    for name, f in zip(
        [fam, f"{fam}-Bold", f"{fam}-Italic", f"{fam}-BoldItalic"], files, strict=True
    )
}


@cache
def _glyphs(font: str) -> tuple[TTFontFile, bytes, int]:
    path = FONT_PATH[font]
    ff = TTFontFile(path)
    return ff, Path(path).read_bytes(), ff.get_table_pos("glyf")[0]


def _glyph(font: str, gid: int) -> tuple[tuple[int, int, int, int], list[tuple[int, int, int]]]:
    """A glyph's bounding box and, for a composite glyph, its components (gid, dx, dy)."""
    ff, raw, start = _glyphs(font)
    off = start + ff.glyphPos[gid]
    n, x0, y0, x1, y1 = struct.unpack(">hhhhh", raw[off : off + 10])
    comps = []
    if n < 0:
        p = off + 10
        while True:
            flags, gi = struct.unpack(">HH", raw[p : p + 4])
            p += 4
            if flags & 1:
                a1, a2 = struct.unpack(">hh", raw[p : p + 4])
                p += 4
            else:
                a1, a2 = struct.unpack(">bb", raw[p : p + 2])
                p += 2
            p += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
            comps.append((gi, a1, a2))
            if not flags & 0x20:
                break
    return (x0, y0, x1, y1), comps


@cache
def mark_offset(font: str, base: str, mark: str) -> tuple[float, float]:
    """Where to draw `mark` after `base` so that it sits as in the font's precomposed glyph:
    (dx, dy) in 1/1000 em, dx from the pen position after the base letter."""
    ff, _raw, _s = _glyphs(font)
    upem = ff.unitsPerEm
    gb = ff.charToGlyph[ord(base)]
    gm = ff.charToGlyph[ord(mark)]
    (bx0, _by0, bx1, _by1), _ = _glyph(font, gb)
    (mx0, _my0, mx1, my1), _ = _glyph(font, gm)
    adv = ff.hmetrics[gb][0]
    comp = unicodedata.normalize("NFC", base + mark)
    cx, top = (bx0 + bx1) / 2, None
    if len(comp) == 1 and ord(comp) in ff.charToGlyph:
        box, comps = _glyph(font, ff.charToGlyph[ord(comp)])
        top = box[3]
        acc = [c for c in comps if c[0] != gb]
        if acc:  # the accent component of the composite glyph: centre it there
            gi, dx, dy = acc[0]
            (ax0, _ay0, ax1, ay1), _ = _glyph(font, gi)
            cx, top = dx + (ax0 + ax1) / 2, dy + ay1
    if top is None:
        top = my1
    shift = cx - (mx0 + mx1) / 2 - adv
    return shift * 1000 / upem, (top - my1) * 1000 / upem


RISE_MIN = 0.55  # pt


def draw_nfd(
    c: Any, x: float, y: float, text: str, font: str, size: float, color: Any = colors.black
) -> float:
    """Draw `text` with its text layer in NFD: each combining mark is its own glyph, moved over
    its base letter with a kern and a text rise. Returns the width drawn."""
    f = pdfmetrics.getFont(font)
    doc = c._doc
    text = nfd(text)
    code = ["BT", f"1 0 0 1 {x:.2f} {y:.2f} Tm"]
    c.setFillColor(color)
    cur = [None]
    arr: list[str] = []

    def flush() -> None:
        if arr:
            code.append("[" + " ".join(arr) + "] TJ")
            arr.clear()

    def show(s: str) -> None:
        for subset, t in f.splitString(s, doc):
            if subset != cur[0]:
                flush()
                code.append(f"{f.getSubsetInternalName(subset, doc)} {size:g} Tf")
                cur[0] = subset
            arr.append("(" + c._escape(t) + ")")

    buf = ""
    prev = ""
    for ch in text:
        if unicodedata.combining(ch) and prev:
            if buf:
                show(buf)
                buf = ""
            dx, dy = mark_offset(font, prev, ch)
            arr.append(f"{-dx:.0f}")
            flush()
            # at least RISE_MIN: a mark on the very baseline of its letter is read by poppler
            # as a duplicate glyph (a fake-bold overprint) and the word is cut after it
            code.append(f"{max(dy * size / 1000, RISE_MIN):.2f} Ts")
            show(ch)
            arr.append(f"{dx:.0f}")
            flush()
            code.append("0 Ts")
            continue
        buf += ch
        prev = ch
    if buf:
        show(buf)
    flush()
    code.append("ET")
    c._code.append(" ".join(s for s in code if s))
    return pdfmetrics.stringWidth(unicodedata.normalize("NFC", text), font, size)


class NPara(Flowable):
    """A paragraph (or table cell) drawn line by line with `draw_nfd`, styled like a
    ParagraphStyle; wraps at spaces."""

    def __init__(self, text: str, st: ParagraphStyle, space_after: float | None = None) -> None:
        super().__init__()
        self.text = unicodedata.normalize("NFC", text)
        self.font, self.size, self.lead = st.fontName, st.fontSize, st.leading
        self.align = {0: "left", 1: "center", 2: "right"}.get(st.alignment, "left")
        self.color = st.textColor
        self.spaceBefore = st.spaceBefore
        self.spaceAfter = st.spaceAfter if space_after is None else space_after
        self.keepWithNext = getattr(st, "keepWithNext", 0)
        self.lines: list[str] = []

    def _w(self, s: str) -> float:
        return pdfmetrics.stringWidth(s, self.font, self.size)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.lines = []
        for para in self.text.split("\n"):
            line = ""
            for word in para.split(" "):
                cand = f"{line} {word}" if line else word
                if self._w(cand) <= aw or not line:
                    line = cand
                else:
                    self.lines.append(line)
                    line = word
            self.lines.append(line)
        self.aw = aw
        self.width, self.height = aw, self.lead * len(self.lines)
        return self.width, self.height

    def minWidth(self) -> float:  # noqa: N802
        return max((self._w(w) for w in self.text.split()), default=0)

    def draw(self) -> None:
        y = self.height - self.size * 0.98 - (self.lead - self.size) * 0.35
        for line in self.lines:
            w = self._w(line)
            x = {"left": 0, "right": self.aw - w, "center": (self.aw - w) / 2}[self.align]
            draw_nfd(self.canv, x, y, line, self.font, self.size, self.color)
            y -= self.lead


# ---------------------------------------------------------------- the document


def build() -> Doc:
    d = Doc(
        stem="solvesborg-vard-och-omsorgsnamnden-verksamhetsberattelse-2025",
        municipality="Sölvesborg",
        committee="Vård- och omsorgsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, verksamhetsberättelse 2025 as a Mac application (Pages "
        "through Quartz) exports it (reportlab, DejaVu Sans), no title page",
        hard="the text layer holds decomposed Unicode (NFD) while the page looks normal: every "
        "å, ä, ö, é, Å, Ä, Ö is written as its base letter followed by a combining mark (a + "
        "U+030A, a + U+0308, o + U+0308, e + U+0301), each mark a zero-advance glyph of its own "
        "moved over the base letter by a kern and raised by a text rise (over a capital as far as "
        "the font's precomposed accent, over a small letter half a point), so "
        "pdftotext and pdfium both give the combining characters; this holds for every word on "
        'every page: the municipality ("Sölvesborgs kommun") and committee ("Vård- och '
        'omsorgsnämnden"), headings, goal titles, the assessments ("Bedömning: Uppnått" / '
        '"Delvis uppnått" / "Ej uppnått"), KPI names, table headers ("Målvärde 2025"), finance '
        'labels ("Övriga kostnader", "Årets resultat") and the running header and footer, and '
        "the PDF's Title too; six goals under two målområde headings, each a bold heading with "
        '"Bedömning: …" on the line below and a comment; a KPI table Utfall 2023 | Utfall 2024 | '
        "Utfall 2025 | Målvärde 2025; a drift table Budget 2025 | Utfall 2025 | Avvikelse | "
        "Utfall 2024 (tkr, budget minus utfall) and a resultaträkning (costs negative, utfall "
        'minus budget); the municipality as "Sölvesborgs kommun" in the masthead and the '
        "running header",
        options={
            "pdf_title": nfd(f"{COMMITTEE} – {TITLE}"),
            "pdf_author": nfd("Vård- och omsorgsförvaltningen"),
            "pdf_creator": "Pages",
            "pdf_producer": "macOS Version 15.3.1 (Build 24D70) Quartz PDFContext",
        },
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n{DNR} · Beslutad av vård- och "
            "omsorgsnämnden 2026-02-24",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Vård- och omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och stöd till personer "
        "med funktionsnedsättning i Sölvesborgs kommun. År 2025 präglades av ett ökat behov av "
        "hemtjänst, fler beviljade insatser enligt LSS och ett fortsatt arbete med att minska "
        "beroendet av timavlönad personal. Väntetiden till särskilt boende har kortats sedan tolv "
        "nya lägenheter på Ekebacken togs i bruk."
    )
    d.p(
        "Av nämndens sex mål bedöms två som uppnådda, två som delvis uppnådda och två som ej "
        "uppnådda. Nämnden redovisar ett underskott om 10 495 tkr, vilket motsvarar 2,2 procent "
        "av kommunbidraget."
    )
    d.h(1, "Verksamhet under året", num="2")
    d.h(2, "Hemtjänst och hemsjukvård", num="2.1")
    d.p(
        "Antalet beviljade hemtjänsttimmar ökade med 7 procent jämfört med 2024, främst i "
        "tätorten och i Hällevik. Hemtjänsten har infört digital nyckelhantering i samtliga "
        "grupper och planeringssystemet används nu även av hemsjukvården. Nattpatrullen har "
        "förstärkts med en bil under vinterhalvåret."
    )
    d.h(2, "Särskilt boende och korttidsvård", num="2.2")
    d.p(
        "I april öppnade tolv nya lägenheter på Ekebacken, och beläggningsgraden i de särskilda "
        "boendena var i genomsnitt 98,2 procent. Korttidsvården har haft färre vårddygn än "
        "budgeterat, eftersom fler har kunnat skrivas ut direkt till hemmet med stöd av "
        "hemsjukvården. Dagverksamheten för personer med demenssjukdom har flyttat till nya "
        "lokaler vid Mjällby kafé och träffpunkt."
    )
    d.h(2, "Funktionsstöd", num="2.3")
    d.p(
        "Antalet personer med beslut om bostad med särskild service enligt LSS ökade till 64. "
        "Två platser har köpts av externa utförare i avvaktan på att den nya gruppbostaden i "
        "Norje står klar hösten 2026. Daglig verksamhet har startat ett nytt café i centrum, "
        "där deltagarna själva har tagit fram idéer till meny och inredning."
    )
    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Nämndens mål för 2025 följs upp nedan under respektive målområde. Bedömningen avser "
        "måluppfyllelsen vid årets slut och grundar sig på nyckeltalen i avsnitt 4."
    )
    for k, (area, goals) in enumerate(AREAS, 1):
        d.h(2, f"Målområde: {area}", num=f"3.{k}")
        for title, status, comment in goals:
            d.goal(title, status)
            d.h(3, title, toc=False)
            d.add(P(f"Bedömning: {STATUS_WORD[status]}", "status"))
            d.p(comment)
    d.h(1, "Nyckeltal", num="4")
    d.add(
        P(
            "Nyckeltalen avser helår. Målvärdena fastställdes i nämndens verksamhetsplan för 2025.",
            "keep",
        )
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "2023"), year="2023"),
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Målvärde", "2025"), year=None),
            ],
            rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS],
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            note="Källa: Socialstyrelsens brukarundersökning (nöjdhet), Kolada och kommunens "
            "verksamhetssystem.",
            label_width=4.6,
        )
    )
    d.h(1, "Ekonomi", num="5")
    tb = sum(x[1] for x in DRIFT)
    tu = sum(x[2] for x in DRIFT)
    t24 = sum(x[3] for x in DRIFT)
    assert tb - tu == -10_495, (tb, tu)
    d.p(
        "Nämnden redovisar ett underskott om 10 495 tkr mot budget. Hemtjänsten står för den "
        "största delen, 5 546 tkr, till följd av fler beviljade timmar. Funktionsstödet har haft "
        "kostnader för köpta platser, och särskilt boende har haft högre kostnader för "
        "bemanning under sommaren. Korttidsvården och förvaltningsledningen visar överskott."
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
    rev_b, rev_u = 86_400, 91_236
    pers_b, pers_u = -392_500, -404_118
    lok_b, lok_u = -48_900, -49_217
    kop_b, kop_u = -61_300, -64_980
    ovr_b = -tb - rev_b - pers_b - lok_b - kop_b
    ovr_u = -tu - rev_u - pers_u - lok_u - kop_u
    assert ovr_b < 0 and ovr_u < 0, (ovr_b, ovr_u)
    rs = [
        ("Verksamhetens intäkter", rev_b, rev_u),
        ("Personalkostnader", pers_b, pers_u),
        ("Lokalkostnader", lok_b, lok_u),
        ("Köp av verksamhet", kop_b, kop_u),
        ("Övriga kostnader", ovr_b, ovr_u),
    ]
    rrows = [Row(n, [b, u, u - b]) for n, b, u in rs]
    rrows.append(Row("Verksamhetens nettokostnad", [-tb, -tu, -tu + tb], total=True))
    rrows.append(Row("Kommunbidrag", [tb, tb, 0]))
    rrows.append(Row("Årets resultat", [0, tb - tu, tb - tu], total=True))
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=[Col(("Budget", "2025")), Col(("Utfall", "2025")), Col(("Avvikelse",))],
            rows=rrows,
            kind="is",
            caption="Tabell 3. Resultaträkning (tkr)",
            note="Avvikelse = utfall minus budget. Kostnader redovisas med minustecken.",
            label_width=3.4,
        )
    )
    d.h(1, "Intern kontroll", num="6")
    d.p(
        "Nämndens internkontrollplan för 2025 omfattade fem kontrollmoment. Granskningen av "
        "läkemedelshanteringen i särskilt boende och av rutinerna för avgiftsdebitering visade "
        "inga väsentliga brister. Kontrollen av att beslut om insatser följs upp inom sex "
        "månader visade att 14 av 60 granskade ärenden saknade uppföljning i tid; en åtgärdsplan "
        "har tagits fram och följs upp under våren 2026."
    )
    d.h(1, "Inför 2026", num="7")
    d.p(
        "Nämnden har fått en ram om 489 300 tkr för 2026. För att nå en ekonomi i balans ska "
        "hemtjänstens planering ses över, och de köpta platserna inom funktionsstödet ersätts "
        "när gruppbostaden i Norje öppnar. Arbetet med att minska sjukfrånvaron fortsätter "
        "tillsammans med företagshälsovården."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm)
    font = "DejaVuSans"
    o = {
        "font": font,
        "size": 9.5,
        "leading": 13.5,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 10},
        "table_size": 8.3,
        "table_font": "DejaVuSansCondensed",
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#DCE6F0"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    _top, bottom, lft, rgt = margins
    r.styles["status"] = ParagraphStyle(
        "status2", parent=r.styles["status"], textColor=BLUE, spaceAfter=2, keepWithNext=1
    )
    r.styles["h3"].spaceAfter = 1
    r.styles["keep"] = ParagraphStyle("keep", parent=r.styles["body"], keepWithNext=1)

    r.para = lambda text, style="body": NPara(text, r.styles[style])  # type: ignore[method-assign]
    r.paragraph_factory = lambda p: NPara(p.body, r.styles[p.style or "body"])
    r.cell_factory = lambda s, right, bold: NPara(
        s,
        r.styles[
            {(0, 0): "cell", (1, 0): "cellr", (0, 1): "cellb", (1, 1): "cellbr"}[
                (int(right), int(bold))
            ]
        ],
    )

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        draw_nfd(c, lft, y, MUNI, f"{font}-Bold", 8, BLUE)
        s = f"{COMMITTEE} · {TITLE}"
        draw_nfd(c, A4[0] - rgt - pdfmetrics.stringWidth(s, font, 8), y, s, font, 8, GREY)
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.5)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.1 * rl.cm
        draw_nfd(c, lft, fy, f"{DNR} · Beslutad 2026-02-24", font, 7.5, GREY)
        s = f"Sida {page} av {pages}"
        draw_nfd(c, A4[0] - rgt - pdfmetrics.stringWidth(s, font, 7.5), fy, s, font, 7.5, GREY)
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    class Logo(Flowable):
        """A small wave mark beside the municipality's name."""

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return aw, 24

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColor(BLUE)
            c.roundRect(0, 0, 24, 24, 3, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.6)
            for k in range(3):
                p = c.beginPath()
                yy = 6 + k * 6
                p.moveTo(4, yy)
                p.curveTo(9, yy + 4, 15, yy - 4, 20, yy)
                c.drawPath(p, stroke=1, fill=0)
            c.restoreState()
            draw_nfd(c, 32, 7, MUNI, f"{font}-Bold", 13, BLUE)

    def masthead(_b: Custom) -> list:
        big = ParagraphStyle("mh1", parent=r.styles["title"], fontSize=22, leading=27, spaceAfter=3)
        sub = ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        meta = ParagraphStyle("mh3", parent=r.styles["meta"], textColor=GREY, spaceAfter=0)
        return [
            Logo(),
            rl.Spacer(1, 18),
            NPara(TITLE, big),
            NPara(COMMITTEE, sub),
            NPara(f"{DNR} · Beslutad av vård- och omsorgsnämnden 2026-02-24", meta),
            rl.Spacer(1, 6),
        ]

    r.custom.update(masthead=masthead)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Mariestad, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (4 pages, reportlab canvas,
Carlito) as a print shop delivers it after the designer ran "create outlines" on two pages: the
cover and the goal page hold no text at all, every letter on them is a filled vector path drawn
from the font's own glyph outlines (TrueType quadratic contours read from Carlito's glyf table,
composites resolved, written as cubic curves with the non-zero fill rule, each glyph a path of
its own), so pdftotext gets nothing from pages 1 and 2 while they look like ordinary type. Only
there stand the municipality ("Mariestads kommun", on the cover only), the committee (the cover,
and the goal page's text) and the six goals in a table Mål | Bedömning | Kommentar with their
assessments as words ("Uppnått", "Delvis uppnått", "Ej uppnått"). Pages 3 and 4 are ordinary
text: a KPI table 2023 | 2024 | 2025 | Mål 2025, an economic result and a drift table in tkr;
their running header says only "Verksamhetsberättelse 2025" and the body says "nämnden", never
its name, so a reader that cannot read outlined type gets neither the goals nor the municipality
nor the committee. The key holds everything as the pages show it."""

from __future__ import annotations

import struct
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen import canvas as rl_canvas

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, P, PageBreak, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
TKR = NumFmt(minus="\u2212")

MUNI = "Mariestads kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
ADOPTED = "Fastställd av kultur- och fritidsnämnden 2026-02-12, § 8"

FONT = "Carlito"
FONT_FILES = {
    "Carlito": "Carlito-Regular.ttf",
    "Carlito-Bold": "Carlito-Bold.ttf",
    "Carlito-Italic": "Carlito-Italic.ttf",
}
FONT_DIR = "/usr/share/fonts/truetype/crosextra/"

INK = colors.HexColor("#1D2B33")
TEAL = colors.HexColor("#0D6770")
TEAL_LIGHT = colors.HexColor("#DCEDEE")
WAVE1 = colors.HexColor("#1C8791")
WAVE2 = colors.HexColor("#5FB3B9")
SAND = colors.HexColor("#E9A23B")
GREY = colors.HexColor("#5E6B72")
RULE = colors.HexColor("#B9C4C8")

STATUS_WORD = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}

# goal, status, comment (as printed in the goal table on page 2)
GOALS = [
    (
        "Fler barn och unga ska delta i kultur- och fritidsverksamhet på sin fritid",
        "partly",
        "Deltagartillfällena i föreningarna minskade något, men besöken på fritidsgårdarna "
        "ökade med åtta procent och målet för dem nåddes.",
    ),
    (
        "Biblioteken ska vara öppna och tillgängliga mötesplatser för alla invånare",
        "achieved",
        "Rekordmånga besök, 181 260. Meröppet infördes på biblioteket i Lyrestad i mars.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva sin verksamhet",
        "achieved",
        "Nya bidragsregler från 1 januari. 94 procent av ansökningarna handlades inom fyra veckor.",
    ),
    (
        "Kulturskolan ska nå barn och unga i alla delar av kommunen",
        "not_achieved",
        "Andelen elever utanför centralorten sjönk till 27 procent. Undervisning i Hasslerör "
        "startar våren 2026.",
    ),
    (
        "Invånarna ska vara nöjda med kommunens idrotts- och friluftsanläggningar",
        "partly",
        "Föreningarnas betyg på anläggningarna steg till 4,1 av 5, men NMI för "
        "fritidsmöjligheter blev 59 mot målvärdet 62.",
    ),
    (
        "Verksamheten ska bedrivas inom tilldelad budgetram",
        "not_achieved",
        "Nämnden redovisar ett underskott om 462 tkr, se avsnittet Ekonomi.",
    ),
]

P2_INTRO = [
    (
        "h",
        "Året i korthet",
    ),
    (
        "p",
        "2025 var ett år med hög aktivitet i nämndens verksamheter. Biblioteken hade fler "
        "besök än något tidigare år och fritidsgårdarna nådde fler ungdomar, inte minst genom "
        "sommarens mobila verksamhet i kransorterna. Kulturskolans elevantal fortsatte däremot "
        "att minska, och simhallen var stängd i fem veckor under hösten för byte av "
        "reningsverket.",
    ),
    (
        "p",
        "Året slutade med ett underskott om 462 tkr mot budget, främst inom idrotts- och "
        "fritidsanläggningar och kulturskolan, medan simhallen och biblioteken redovisar "
        "överskott.",
    ),
    ("h", "Nämndens mål och måluppfyllelse"),
    (
        "p",
        "Kultur- och fritidsnämnden har för 2025 sex mål som utgår från kommunfullmäktiges "
        "målområden. Bedömningen grundar sig på nyckeltalen på sidan 3 och verksamheternas "
        "egen uppföljning. Av de sex målen har två uppnåtts, två har delvis uppnåtts och två "
        "har inte uppnåtts.",
    ),
]
P2_OUTRO = (
    "Nämnden bedömer att verksamheterna sammantaget har bidragit till kommunfullmäktiges mål om "
    "en attraktiv kommun att bo och leva i. Kulturskolans närvaro utanför centralorten och en "
    "ekonomi i balans prioriteras i verksamhetsplanen för 2026."
)
GOAL_HEAD = ("Mål", "Bedömning", "Kommentar")

# nyckeltal: name, 2023, 2024, 2025, target 2025 as printed, fmt
KPIS = [
    ("Antal besök på biblioteken", 168412, 174905, 181260, "175 000", N),
    ("Antal utlån per invånare", 5.9, 6.1, 6.0, "6,2", DEC1),
    ("Antal deltagartillfällen i föreningar, 7–25 år", 96840, 101215, 99470, "100 000", N),
    ("Andel deltagartillfällen för flickor", 41, 42, 43, "45 %", PCT),
    ("Antal elever i kulturskolan", 612, 598, 571, "650", N),
    ("Andel kulturskoleelever som bor utanför centralorten", 31, 29, 27, "35 %", PCT),
    ("Antal besök på fritidsgårdarna", 21380, 23115, 24902, "22 000", N),
    ("Antal besök i simhallen", 88450, 92310, 86120, "90 000", N),
    ("Nöjd-Medborgar-Index, fritidsmöjligheter", 58, 60, 59, "62", N),
    ("Nettokostnad för kultur och fritid per invånare, kr", 3790, 3882, 4060, "–", N),
]

# verksamhet: utfall 2024, budget 2025, utfall 2025 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 4612, 5120, 4870),
    ("Bibliotek", 17845, 18630, 18402),
    ("Kulturskola", 11208, 11940, 12566),
    ("Allmän kultur och evenemang", 6934, 7210, 7048),
    ("Fritidsgårdar och ungdomsverksamhet", 8710, 9050, 9315),
    ("Föreningsbidrag", 7420, 7600, 7544),
    ("Idrotts- och fritidsanläggningar", 25880, 26420, 27105),
    ("Simhall", 11905, 12230, 11812),
]
# resultaträkning: row, utfall 2024, budget 2025, utfall 2025
INCOME = {"2024": 13906, "b2025": 13500, "2025": 14318}
GRANT = {"2024": 94900, "b2025": 98200, "2025": 98200}


def build() -> Doc:
    d = Doc(
        stem="mariestad-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Mariestad",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 as a print shop's PDF in "
        "which two pages were converted to outlines (reportlab canvas, Carlito glyph outlines)",
        hard="the text of two pages was CONVERTED TO OUTLINES, as a designer does in InDesign "
        "to avoid font problems: the cover and the goal page have no text layer at all, every "
        "letter a filled vector path drawn from the font's own glyph outlines (each glyph a "
        "filled path of its own), so pdftotext gets nothing from pages 1 and 2 while they look like ordinary "
        'type; only there stand the municipality ("Mariestads kommun", on the cover only, beside '
        'a drawn emblem), the committee ("Kultur- och fritidsnämnden" on the cover and in the goal '
        "page's text) and the six goals, in a table Mål | Bedömning | Kommentar with the "
        'assessment as a word ("Uppnått", "Delvis uppnått", "Ej uppnått"); pages 3 and 4 '
        'have an ordinary text layer, a running header that says only "Verksamhetsberättelse '
        '2025" and a body that says "nämnden", with a KPI table 2023 | 2024 | 2025 | Mål 2025, '
        "an economic result Utfall 2024 | Budget 2025 | Utfall 2025 and a drift table "
        "Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse (tkr, U+2212 minus, Summa row)",
    )
    n: dict[str, int] = {}
    for _t, s, _c in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 2}, n

    # ---- page 1: the cover, outlined
    d.add(
        Custom(
            "cover",
            {"image": True},
            words="\n".join([MUNI, TITLE, COMMITTEE, ADOPTED]),
        )
    )
    d.add(PageBreak())
    # ---- page 2: summary and goals, outlined
    for g, s, _c in GOALS:
        d.goal(g, s)
    words = [t for _k, t in P2_INTRO]
    words.append("\t".join(GOAL_HEAD))
    words += ["\t".join([g, STATUS_WORD[s], c]) for g, s, c in GOALS]
    words.append(P2_OUTRO)
    d.add(Custom("goalpage", {"image": True}, words="\n\n".join(words)))
    d.add(PageBreak())

    # ---- page 3: verksamhet and nyckeltal, text
    d.add(H(1, "Verksamhetens utveckling"))
    d.add(H(2, "Bibliotek"))
    d.add(
        P(
            "Biblioteken hade 181 260 besök under året, en ökning med fyra procent. Meröppet "
            "på biblioteket i Lyrestad gör att invånarna kan låna och studera mellan klockan "
            "7 och 22 alla dagar. Utlånen per invånare ligger kvar på samma nivå som tidigare "
            "år, medan e-lånen fortsätter att öka. Läsfrämjande insatser har genomförts på "
            "alla förskolor tillsammans med barnhälsovården."
        )
    )
    d.add(H(2, "Kulturskola"))
    d.add(
        P(
            "Kulturskolan hade 571 elever i december. Minskningen gäller framför allt "
            "instrumentundervisning för elever i årskurs 7–9 och elever som bor utanför "
            "centralorten, där skolskjutsarna inte passar lektionstiderna. Från våren 2026 "
            "erbjuds undervisning i Hasslerör skola direkt efter skoldagens slut."
        )
    )
    d.add(H(2, "Fritid och idrott"))
    d.add(
        P(
            "Fritidsgårdarna hade 24 902 besök, fler än något år sedan 2019. Den mobila "
            "fritidsgården besökte Ullervad, Lyrestad och Hasslerör varje vecka under "
            "sommarlovet. Simhallen var stängd under fem veckor i oktober och november, "
            "vilket förklarar att antalet besök minskade. Det nya elljusspåret vid Ullervad "
            "invigdes i oktober."
        )
    )
    kcols = [
        Col(("2023",), year="2023", width=0.62),
        Col(("2024",), year="2024", width=0.62),
        Col(("2025",), year="2025", width=0.62),
        Col(("Mål 2025",), width=0.72),
    ]
    d.add(
        Table(
            label_head=("Nyckeltal",),
            cols=kcols,
            rows=[Row(k, [a, b, c, Raw(t)], fmt=f) for k, a, b, c, t, f in KPIS],
            kind="kpi",
            caption="Nyckeltal 2023–2025",
            note="Källor: verksamheternas egen statistik, LOK-stödet och SCB:s "
            "medborgarundersökning. Nettokostnaden per invånare avser nämndens nettokostnad.",
            label_width=3.3,
        )
    )
    d.add(PageBreak())

    # ---- page 4: ekonomi, text
    tot = [sum(r[i] for r in DRIFT) for i in (1, 2, 3)]
    assert tot == [94514, 98200, 98662], tot
    # costs are the net cost plus the income, printed negative
    cost = {k: -(v + INCOME[k]) for k, v in zip(("2024", "b2025", "2025"), tot, strict=True)}
    net = {k: INCOME[k] + cost[k] for k in INCOME}
    result = {k: net[k] + GRANT[k] for k in INCOME}
    assert result == {"2024": 386, "b2025": 0, "2025": -462}, result
    assert INCOME["2025"] - INCOME["b2025"] == 818
    assert cost["b2025"] - cost["2025"] == 1280, cost

    d.add(H(1, "Ekonomi"))
    d.add(
        P(
            "Nämnden redovisar ett underskott om 462 tkr för 2025, vilket motsvarar 0,5 procent "
            "av kommunbidraget. Intäkterna blev 818 tkr högre än budgeterat, främst genom fler "
            "bokningar av idrottshallarna och statsbidrag till kulturskolan. Kostnaderna blev "
            "samtidigt 1 280 tkr högre än budget."
        )
    )
    d.add(
        P(
            "Idrotts- och fritidsanläggningarna har ett underskott om 685 tkr som beror på "
            "akuta reparationer av konstgräsplanen och högre elkostnader i ishallen. "
            "Kulturskolans underskott om 626 tkr förklaras av att lärartjänster inte hunnit "
            "anpassas till det minskade elevantalet. Simhallen redovisar ett överskott om "
            "418 tkr till följd av den planerade stängningen under hösten."
        )
    )
    keys = ("2024", "b2025", "2025")
    d.add(
        Table(
            label_head=("Resultaträkning",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
            ],
            rows=[
                Row("Verksamhetens intäkter", [INCOME[k] for k in keys]),
                Row("Verksamhetens kostnader", [cost[k] for k in keys]),
                Row("Nettokostnad", [net[k] for k in keys], total=True),
                Row("Kommunbidrag", [GRANT[k] for k in keys]),
                Row("Resultat", [result[k] for k in keys], total=True),
            ],
            kind="is",
            caption="Ekonomiskt resultat, tkr",
            fmt=TKR,
            label_width=2.4,
        )
    )
    rows = [Row(v, [a, b, c, b - c]) for v, a, b, c in DRIFT]
    rows.append(Row("Summa", [*tot, tot[1] - tot[2]], total=True))
    assert tot[1] - tot[2] == -462
    d.add(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet, tkr",
            note="Nettokostnad per verksamhet. Avvikelse = budget minus utfall; ett negativt "
            "belopp är ett underskott.",
            fmt=TKR,
            label_width=2.4,
        )
    )
    d.add(H(1, "Framtid"))
    d.add(
        P(
            "Under 2026 står nämnden inför ett ökat underhållsbehov i anläggningarna och en "
            "fortsatt minskning av kulturskolans elevantal. Nämnden kommer under våren att "
            "föreslå en samlad plan för anläggningarnas underhåll och en ny organisation för "
            "kulturskolan med undervisning på fler orter."
        )
    )
    return d


# ---------------------------------------------------------------- glyph outlines


class Outlines:
    """The glyph outlines of a TrueType font (its glyf table), as quadratic contours."""

    def __init__(self, path: str) -> None:
        t = TTFontFile(path)
        self.upm = t.unitsPerEm
        self.cmap = t.charToGlyph
        self.pos = t.glyphPos
        self.glyf = t.get_table("glyf")
        self.cache: dict[int, list[list[tuple[float, float, bool]]]] = {}

    def contours(self, gid: int) -> list[list[tuple[float, float, bool]]]:
        if gid not in self.cache:
            a, b = self.pos[gid], self.pos[gid + 1]
            if a == b:
                self.cache[gid] = []
            else:
                data = self.glyf[a:b]
                n = struct.unpack(">h", data[:2])[0]
                self.cache[gid] = self._simple(data, n) if n >= 0 else self._composite(data)
        return self.cache[gid]

    @staticmethod
    def _simple(d: bytes, n: int) -> list[list[tuple[float, float, bool]]]:
        ends = struct.unpack(f">{n}H", d[10 : 10 + 2 * n])
        off = 10 + 2 * n
        ilen = struct.unpack(">H", d[off : off + 2])[0]
        off += 2 + ilen
        npts = ends[-1] + 1 if n else 0
        flags: list[int] = []
        while len(flags) < npts:
            fl = d[off]
            off += 1
            flags.append(fl)
            if fl & 8:
                flags.extend([fl] * d[off])
                off += 1
        coords = []
        for short, same in ((2, 16), (4, 32)):
            v, vals = 0, []
            for fl in flags:
                if fl & short:
                    v += d[off] if fl & same else -d[off]
                    off += 1
                elif not fl & same:
                    v += struct.unpack(">h", d[off : off + 2])[0]
                    off += 2
                vals.append(v)
            coords.append(vals)
        xs, ys = coords
        out, start = [], 0
        for e in ends:
            out.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(start, e + 1)])
            start = e + 1
        return out

    def _composite(self, d: bytes) -> list[list[tuple[float, float, bool]]]:
        off, out = 10, []
        while True:
            fl, gid = struct.unpack(">HH", d[off : off + 4])
            off += 4
            if fl & 1:
                dx, dy = struct.unpack(">hh", d[off : off + 4])
                off += 4
            else:
                dx, dy = struct.unpack(">bb", d[off : off + 2])
                off += 2
            assert fl & 2, "component placed by points"
            xx, xy, yx, yy = 1.0, 0.0, 0.0, 1.0
            if fl & 8:
                xx = yy = struct.unpack(">h", d[off : off + 2])[0] / 16384
                off += 2
            elif fl & 0x40:
                xx, yy = (v / 16384 for v in struct.unpack(">hh", d[off : off + 4]))
                off += 4
            elif fl & 0x80:
                xx, xy, yx, yy = (v / 16384 for v in struct.unpack(">hhhh", d[off : off + 8]))
                off += 8
            for c in self.contours(gid):
                out.append([(xx * x + yx * y + dx, xy * x + yy * y + dy, on) for x, y, on in c])
            if not fl & 0x20:
                return out


def contour_ops(pts: list[tuple[float, float, bool]], ox: float, k: float) -> list[str]:
    """One closed quadratic contour as PDF path operators (cubic curves), in a frame of
    1000 units per em: glyph units scaled by `k` and shifted by the pen position `ox`."""

    def at(q: tuple[float, float]) -> str:
        return f"{round(ox + q[0] * k)} {round(q[1] * k)}"

    def mid(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
        return (a[0] + b[0]) / 2, (a[1] + b[1]) / 2

    i0 = next((i for i, q in enumerate(pts) if q[2]), None)
    if i0 is None:
        start = mid(pts[-1][:2], pts[0][:2])
        seq = pts
    else:
        start = pts[i0][:2]
        seq = pts[i0 + 1 :] + pts[: i0 + 1]
    cur = start
    ops = [f"{at(start)} m"]

    def quad(c: tuple[float, float], e: tuple[float, float]) -> None:
        nonlocal cur
        c1 = (cur[0] + 2 / 3 * (c[0] - cur[0]), cur[1] + 2 / 3 * (c[1] - cur[1]))
        c2 = (e[0] + 2 / 3 * (c[0] - e[0]), e[1] + 2 / 3 * (c[1] - e[1]))
        ops.append(f"{at(c1)} {at(c2)} {at(e)} c")
        cur = e

    ctrl = None
    for x, y, on in seq:
        if on:
            if ctrl is None:
                ops.append(f"{at((x, y))} l")
                cur = (x, y)
            else:
                quad(ctrl, (x, y))
                ctrl = None
        else:
            if ctrl is not None:
                quad(ctrl, mid(ctrl, (x, y)))
            ctrl = (x, y)
    if ctrl is not None:
        quad(ctrl, start)
    ops.append("h")
    return ops


_OUTLINES: dict[str, Outlines] = {}


def outlines(font: str) -> Outlines:
    if font not in _OUTLINES:
        _OUTLINES[font] = Outlines(FONT_DIR + FONT_FILES[font])
    return _OUTLINES[font]


class Ink:
    """Draws a line of text either as text (pages 3–4) or as its glyphs' outlines (1–2)."""

    def __init__(self, c: rl_canvas.Canvas, outlined: bool) -> None:
        self.c, self.outlined = c, outlined

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str,
        size: float,
        color=INK,  # noqa: ANN001
        align: str = "left",
    ) -> float:
        w = rl.sw(s, font, size)
        x -= {"left": 0, "right": w, "center": w / 2}[align]
        c = self.c
        c.saveState()
        c.setFillColor(color)
        if not self.outlined:
            c.setFont(font, size)
            c.drawString(x, y, s)
        else:
            # each glyph its own filled path, in a frame of 1000 units per em at its origin
            ol = outlines(font)
            k = 1000 / ol.upm
            f = size / 1000
            pen = x
            for ch in s:
                gid = ol.cmap.get(ord(ch))
                ops = []
                if gid is not None:
                    for cont in ol.contours(gid):
                        if len(cont) > 1:
                            ops += contour_ops(cont, 0, k)
                if ops:
                    c._code.append(
                        f"q {f:.4f} 0 0 {f:.4f} {pen:.2f} {y:.2f} cm " + " ".join(ops) + " f Q"
                    )
                pen += rl.sw(ch, font, size)
        c.restoreState()
        return w


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in s.split(" "):
        cand = f"{line} {word}" if line else word
        if rl.sw(cand, font, size) <= width or not line:
            line = cand
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


# ---------------------------------------------------------------- drawing

LFT, RGT = 62.0, A4[0] - 62.0
TOP = A4[1] - 78.0
BODY, LEAD = 10.2, 14.2


def para(ink: Ink, y: float, text: str, size: float = BODY, lead: float = LEAD) -> float:
    for line in wrap(text, FONT, size, RGT - LFT):
        y -= lead
        ink.text(LFT, y, line, FONT, size)
    return y - 6


def heading(ink: Ink, y: float, text: str, level: int) -> float:
    size = 17 if level == 1 else 11.5
    y -= 10 if level == 1 else 6
    y -= size * 1.1
    ink.text(LFT, y, text, f"{FONT}-Bold", size, TEAL if level == 1 else INK)
    return y - (7 if level == 1 else 1)


def furniture(ink: Ink, page: int) -> None:
    c = ink.c
    y = A4[1] - 42
    ink.text(LFT, y, TITLE, FONT, 8.5, GREY)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(LFT, y - 6, RGT, y - 6)
    c.setFillColor(TEAL)
    c.rect(RGT - 26, y - 6, 26, 2.2, stroke=0, fill=1)
    fy = 34
    ink.text(RGT, fy, str(page), f"{FONT}-Bold", 9, TEAL, align="right")


def grid_table(
    ink: Ink,
    y: float,
    widths: list[float],
    head: list[list[str]],
    rows: list[tuple[list[list[str]], bool]],
    right: list[bool],
    size: float = 9,
    bold_col: int | None = None,
) -> float:
    """A table of pre-wrapped cells: header on a light teal band, thin rules, totals bold over a
    dark rule. Returns the y below it."""
    c = ink.c
    lead = size * 1.24
    pad = 3.5
    xs = [LFT]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    total_w = sum(widths)
    nh = max(len(h) for h in head)
    hh = nh * lead + 2 * pad
    c.setFillColor(TEAL_LIGHT)
    c.rect(LFT, y - hh, total_w, hh, stroke=0, fill=1)
    for j, lines in enumerate(head):
        ly = y - pad - (nh - len(lines)) * lead
        for ln in lines:
            ly -= lead
            x = xs[j] + widths[j] - pad if right[j] else xs[j] + pad
            ink.text(x, ly + 2, ln, f"{FONT}-Bold", size, INK, "right" if right[j] else "left")
    y -= hh
    c.setStrokeColor(TEAL)
    c.setLineWidth(0.9)
    c.line(LFT, y, LFT + total_w, y)
    for cells, total in rows:
        nl = max(len(cl) for cl in cells)
        rh = nl * lead + 2 * pad
        if total:
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.line(LFT, y, LFT + total_w, y)
        for j, lines in enumerate(cells):
            ly = y - pad
            font = f"{FONT}-Bold" if total or j == bold_col else FONT
            for ln in lines:
                ly -= lead
                x = xs[j] + widths[j] - pad if right[j] else xs[j] + pad
                ink.text(x, ly + 2, ln, font, size, INK, "right" if right[j] else "left")
        y -= rh
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(LFT, y, LFT + total_w, y)
    return y


def draw_table(ink: Ink, y: float, t: Table) -> float:
    y -= 8
    if t.caption:
        y -= 11
        ink.text(LFT, y, t.caption, f"{FONT}-Bold", 10.2, INK)
        y -= 5
    full = RGT - LFT
    ws = [t.label_width] + [col.width or 1.0 for col in t.cols]
    widths = [w * full / sum(ws) for w in ws]
    head = [list(t.label_head)] + [list(col.head) for col in t.cols]
    rows = []
    for r in t.rows:
        cells = [wrap(r.label, f"{FONT}-Bold" if r.total else FONT, 9, widths[0] - 7)]
        cells += [[t.fmt_cell(r, col, v)] for col, v in zip(t.cols, r.cells, strict=True)]
        rows.append((cells, r.total))
    y = grid_table(ink, y, widths, head, rows, [False] + [True] * len(t.cols))
    if t.note:
        y -= 3
        for line in wrap(t.note, f"{FONT}-Italic", 8.3, full):
            y -= 10.5
            ink.text(LFT, y, line, f"{FONT}-Italic", 8.3, GREY)
    return y - 6


def draw_cover(c: rl_canvas.Canvas) -> None:
    ink = Ink(c, outlined=True)
    W, Hh = A4  # noqa: N806
    # the lake: two light waves above the dark water, running off both edges
    for col, left, right, lift in (
        (WAVE2, 292, 308, 40),
        (WAVE1, 271, 288, 34),
        (TEAL, 250, 270, 30),
    ):
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(0, left)
        p.curveTo(W * 0.35, left + lift + 20, W * 0.6, right - lift - 15, W, right)
        p.lineTo(W, 0)
        p.close()
        c.setFillColor(col)
        c.drawPath(p, stroke=0, fill=1)
    # the emblem: a small shield with a wave, then the municipality's name
    x0, y0 = LFT, Hh - 92
    c.setFillColor(TEAL)
    p = c.beginPath()
    p.moveTo(x0, y0 + 30)
    p.lineTo(x0 + 24, y0 + 30)
    p.lineTo(x0 + 24, y0 + 12)
    p.curveTo(x0 + 24, y0 + 4, x0 + 16, y0 - 1, x0 + 12, y0 - 3)
    p.curveTo(x0 + 8, y0 - 1, x0, y0 + 4, x0, y0 + 12)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.circle(x0 + 12, y0 + 19, 5, stroke=0, fill=1)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.4)
    p = c.beginPath()
    p.moveTo(x0 + 3, y0 + 8)
    p.curveTo(x0 + 8, y0 + 12, x0 + 14, y0 + 4, x0 + 21, y0 + 9)
    c.drawPath(p, stroke=1, fill=0)
    ink.text(x0 + 33, y0 + 9, MUNI, f"{FONT}-Bold", 15, TEAL)
    # the title
    ink.text(LFT, Hh - 300, "Verksamhetsberättelse", f"{FONT}-Bold", 38, INK)
    ink.text(LFT, Hh - 362, "2025", f"{FONT}-Bold", 58, SAND)
    c.setFillColor(TEAL)
    c.rect(LFT, Hh - 390, 60, 3, stroke=0, fill=1)
    ink.text(LFT, Hh - 420, COMMITTEE, FONT, 20, TEAL)
    ink.text(LFT, 62, ADOPTED, FONT, 9.5, colors.white)


def draw_goalpage(c: rl_canvas.Canvas) -> None:
    ink = Ink(c, outlined=True)
    furniture(ink, 2)
    y = TOP
    for kind, text in P2_INTRO:
        y = heading(ink, y, text, 1) if kind == "h" else para(ink, y, text)
    y -= 6
    full = RGT - LFT
    widths = [full * 0.43, full * 0.17, full * 0.40]
    rows = []
    for g, s, com in GOALS:
        rows.append(
            (
                [
                    wrap(g, f"{FONT}-Bold", 9.2, widths[0] - 8),
                    wrap(STATUS_WORD[s], f"{FONT}-Bold", 9.2, widths[1] - 8),
                    wrap(com, FONT, 9.2, widths[2] - 8),
                ],
                False,
            )
        )
    y = grid_table(
        ink, y, widths, [[h] for h in GOAL_HEAD], rows, [False, False, False], 9.2, bold_col=0
    )
    y -= 8
    para(ink, y, P2_OUTRO)


def render(doc: Doc, out: Path) -> Path:
    # binary Flate streams, as a print shop's PDF has them (no ASCII85 layer)
    from reportlab import rl_config

    was = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _render(doc, out)
    finally:
        rl_config.useA85 = was


def _render(doc: Doc, out: Path) -> Path:
    path = out / f"{doc.stem}.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Verksamhetsberattelse_2025_tryck")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Adobe InDesign 20.0 (Windows)")
    c.setProducer("Adobe PDF Library 17.0")
    pages: list[list] = [[]]
    for b in doc.blocks:
        if isinstance(b, PageBreak):
            pages.append([])
        else:
            pages[-1].append(b)
    for no, blocks in enumerate(pages, start=1):
        if no == 1:
            draw_cover(c)
        elif no == 2:
            draw_goalpage(c)
        else:
            ink = Ink(c, outlined=False)
            furniture(ink, no)
            y = TOP
            for b in blocks:
                if isinstance(b, H):
                    y = heading(ink, y, b.title, b.level)
                elif isinstance(b, P):
                    y = para(ink, y, b.body)
                elif isinstance(b, Table):
                    y = draw_table(ink, y, b)
                else:
                    raise TypeError(b)
            assert y > 60, (no, y)
        c.showPage()
    c.save()
    return path

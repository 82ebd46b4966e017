"""Kungsbacka, Nämnden för Förskola & Grundskola, delårsrapport januari–augusti 2026 (reportlab,
Liberation Sans): an export from a goal-management system. A dark blue band across the top of
every page holds the committee's name in white and a small logo (an embedded PNG); the footer is
"Kungsbacka kommun | Delårsrapport 2026 | Sida n av m". The goals are an indented list, not a
table: "Kommunfullmäktiges mål" with two KF-mål in bold (no assessment), under each two or three
nämndmål, each followed by an "Analys" paragraph and one or two indikatorer in smaller type with
a line "Utfall: 87 %   Målvärde: ≥ 90 %   Utfall 2025: 85 %". The assessment of every nämndmål
and indikator is only a 10×10 pt PNG icon to the left of its title (green circle, yellow
triangle, red square on a transparent background); no status word beside any goal; a legend of
the three icons ("Bedöms uppfyllas", "Bedöms delvis uppfyllas", "Bedöms inte uppfyllas") opens
the goal section. A drift table per verksamhet (tkr) closes the report."""

from __future__ import annotations

import io
import math
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
N = NumFmt()
BLUE = colors.HexColor("#00477F")
GREY = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#C9D3DC")

COMMITTEE = "Nämnden för Förskola & Grundskola"
TITLE = "Delårsrapport januari–augusti 2026"
FOOTER = "Kungsbacka kommun | Delårsrapport 2026 | Sida {page} av {pages}"

LEGEND = [
    ("expected_achieved", "Bedöms uppfyllas"),
    ("partly", "Bedöms delvis uppfyllas"),
    ("expected_not_achieved", "Bedöms inte uppfyllas"),
]

# KF-mål -> nämndmål (title, status, analys, indikatorer)
# indikator: (name, status, utfall 2026, målvärde as printed, utfall 2025, fmt)
GOALS = [
    (
        "Barn och unga i Kungsbacka ska ha goda förutsättningar att lyckas i livet",
        [
            (
                "Fler elever ska nå kunskapskraven i alla ämnen",
                "partly",
                "Resultaten i årskurs 9 har förbättrats för tredje året i rad, främst i matematik "
                "och engelska. Skillnaderna mellan skolorna är fortfarande stora och fyra skolor "
                "ligger under 70 procent. Arbetet med studiehandledning på modersmål och "
                "lovskola fortsätter under hösten.",
                [
                    (
                        "Andel elever i årskurs 9 som uppnått kunskapskraven i alla ämnen",
                        "partly",
                        79,
                        "≥ 82 %",
                        77,
                        PCT,
                    ),
                    (
                        "Andel elever i årskurs 9 som är behöriga till yrkesprogram",
                        "expected_achieved",
                        92,
                        "≥ 92 %",
                        90,
                        PCT,
                    ),
                ],
            ),
            (
                "Förskolans barn ska utvecklas och lära i en likvärdig förskola",
                "expected_achieved",
                "Andelen legitimerade förskollärare har ökat sedan rekryteringskampanjen i våras. "
                "Barngrupperna har minskat i storlek i samtliga förskoleområden utom Åsa.",
                [
                    (
                        "Andel legitimerade förskollärare av pedagogisk personal",
                        "expected_achieved",
                        43,
                        "≥ 42 %",
                        41,
                        PCT,
                    ),
                    (
                        "Genomsnittligt antal barn per barngrupp i förskolan",
                        "expected_achieved",
                        14.8,
                        "≤ 15,0",
                        15.3,
                        DEC1,
                    ),
                ],
            ),
            (
                "Elevernas närvaro i grundskolan ska öka",
                "expected_not_achieved",
                "Närvaron har sjunkit jämfört med samma period förra året, särskilt i årskurs 7–9. "
                "Den problematiska frånvaron har ökat på sex skolor. Ett gemensamt arbetssätt "
                "för tidig uppföljning av frånvaro införs från oktober.",
                [
                    (
                        "Genomsnittlig närvaro i grundskolan",
                        "expected_not_achieved",
                        91.4,
                        "≥ 94,0 %",
                        92.1,
                        PCT1,
                    ),
                ],
            ),
        ],
    ),
    (
        "Kungsbacka kommun ska vara en trygg, attraktiv och hållbar organisation",
        [
            (
                "Barn och elever ska känna sig trygga i förskola och skola",
                "expected_achieved",
                "Elevenkäten i mars visar att tryggheten har ökat i årskurs 5 och ligger kvar på "
                "en hög nivå i förskolan. Antalet anmälningar om kränkande behandling är lägre "
                "än under samma period 2025.",
                [
                    (
                        "Andel elever i årskurs 5 som känner sig trygga i skolan",
                        "expected_achieved",
                        93,
                        "≥ 90 %",
                        91,
                        PCT,
                    ),
                    (
                        "Andel vårdnadshavare som anser att barnet känner sig tryggt i förskolan",
                        "expected_achieved",
                        96,
                        "≥ 95 %",
                        95,
                        PCT,
                    ),
                ],
            ),
            (
                "Nämndens verksamheter ska vara attraktiva arbetsplatser",
                "partly",
                "Sjukfrånvaron har minskat men är fortfarande högre än målvärdet, främst inom "
                "förskolan. Medarbetarenkätens index för hållbart engagemang har ökat med en "
                "enhet.",
                [
                    (
                        "Sjukfrånvaro bland medarbetarna",
                        "partly",
                        6.4,
                        "≤ 6,0 %",
                        6.9,
                        PCT1,
                    ),
                    (
                        "Hållbart medarbetarengagemang (HME), index",
                        "partly",
                        79,
                        "≥ 80",
                        78,
                        N,
                    ),
                ],
            ),
            (
                "Nämnden ska ha en ekonomi i balans",
                "expected_not_achieved",
                "Prognosen för helåret är ett underskott om 12 700 tkr. Underskottet beror på "
                "fler barn i förskolan än budgeterat och ökade kostnader för tilläggsbelopp i "
                "anpassad grundskola.",
                [
                    (
                        "Prognostiserad budgetavvikelse för helåret, tkr",
                        "expected_not_achieved",
                        -12_700,
                        "≥ 0",
                        2_400,
                        N,
                    ),
                ],
            ),
        ],
    ),
]

# verksamhet, budget helår, utfall jan–aug, prognos helår (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 48_200, 30_950, 46_900),
    ("Förskola", 812_400, 548_720, 818_600),
    ("Grundskola inklusive förskoleklass", 1_486_300, 1_001_880, 1_492_100),
    ("Fritidshem", 214_700, 139_260, 213_400),
    ("Anpassad grundskola", 96_500, 66_910, 99_800),
]


def indicator_line(u: float, target: str, u25: float, f: NumFmt) -> str:
    return f"Utfall: {f(u)}   Målvärde: {target}   Utfall 2025: {f(u25)}"


def kpi_table() -> Table:
    rows = []
    for _kf, nms in GOALS:
        for _t, _s, _a, inds in nms:
            for name, _s2, u, target, u25, f in inds:
                rows.append(Row(name, [u, Raw(target), u25], fmt=f))
    return Table(
        label_head=("Indikator",),
        cols=[
            Col(("Utfall",), year="2026"),
            Col(("Målvärde",)),
            Col(("Utfall 2025",), year="2025"),
        ],
        rows=rows,
        kind="kpi",
    )


def hierarchy_words() -> str:
    lines = ["Kommunfullmäktiges mål"]
    for kf, nms in GOALS:
        lines.append(kf)
        for title, _s, analys, inds in nms:
            lines += [title, "Analys", analys]
            for name, _s2, u, target, u25, f in inds:
                lines += [name, indicator_line(u, target, u25, f)]
    return "\n".join(lines)


# ---------------------------------------------------------------- pictures


def _png(img: PILImage.Image) -> bytes:
    bio = io.BytesIO()
    img.save(bio, "PNG", optimize=True)
    return bio.getvalue()


def icon(status: str, px: int = 48) -> bytes:
    """A status icon on a transparent background, drawn 4× and scaled down (smooth edges)."""
    big = px * 4
    img = PILImage.new("RGBA", (big, big), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    m = big * 0.06
    if status == "expected_achieved":
        dr.ellipse(
            [m, m, big - m, big - m],
            fill=(46, 140, 62, 255),
            outline=(30, 100, 42, 255),
            width=int(big * 0.04),
        )
    elif status == "partly":
        dr.polygon(
            [(big / 2, m), (big - m, big - m), (m, big - m)],
            fill=(245, 190, 0, 255),
            outline=(190, 140, 0, 255),
            width=int(big * 0.04),
        )
    else:
        s = big * 0.12
        dr.rectangle(
            [s, s, big - s, big - s],
            fill=(200, 40, 40, 255),
            outline=(150, 25, 25, 255),
            width=int(big * 0.04),
        )
    return _png(img.resize((px, px), PILImage.LANCZOS))


def logo(px: int = 96) -> bytes:
    """An invented emblem: a white rounded square with three blue waves and a sun."""
    big = px * 4
    img = PILImage.new("RGBA", (big, big), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.rounded_rectangle([0, 0, big - 1, big - 1], radius=big // 6, fill=(255, 255, 255, 255))
    blue = (0, 71, 127, 255)
    dr.ellipse([big * 0.30, big * 0.14, big * 0.70, big * 0.54], fill=(240, 170, 0, 255))
    w = int(big * 0.07)
    for k in range(3):
        y = big * (0.56 + 0.12 * k)
        pts = []
        for i in range(41):
            x = big * (0.12 + 0.76 * i / 40)
            pts.append((x, y + big * 0.035 * math.sin(i / 40 * 4 * math.pi)))
        dr.line(pts, fill=blue, width=w, joint="curve")
    return _png(img.resize((px, px), PILImage.LANCZOS))


# ---------------------------------------------------------------- the document


def build() -> Doc:
    d = Doc(
        stem="kungsbacka-namnden-for-forskola-och-grundskola-delarsrapport-2026-08",
        municipality="Kungsbacka",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Nämnden för Förskola & Grundskola, delårsrapport januari–augusti 2026, an export "
        "from a goal-management system (reportlab, Liberation Sans)",
        hard="a dark blue band across the top of every page with the committee's name in white "
        'and a small logo (an embedded PNG), footer "Kungsbacka kommun | Delårsrapport 2026 | '
        'Sida n av m"; the goals an indented list, not a table: "Kommunfullmäktiges mål", two '
        'KF-mål in bold (no assessment), under each two or three nämndmål with an "Analys" '
        "paragraph, under each one or two indikatorer in smaller type with one line "
        '"Utfall: 79 %   Målvärde: ≥ 82 %   Utfall 2025: 77 %"; the assessment of every nämndmål '
        "and indikator only a 10×10 pt PNG icon left of its title (green circle, yellow "
        "triangle, red square, transparent background), no status word beside any goal, a "
        'legend of the icons ("Bedöms uppfyllas", "Bedöms delvis uppfyllas", "Bedöms inte '
        'uppfyllas"); drift table per verksamhet Budget helår | Utfall jan–aug | Prognos helår | '
        "Avvikelse (tkr)",
    )
    d.add(
        Custom(
            "titleblock",
            {},
            words=f"{TITLE}\n{COMMITTEE}\nPeriod: 2026-01-01 – 2026-08-31\n"
            "Rapportdatum: 2026-09-15\nDiarienummer: FG 2026/0412",
        )
    )
    n = {}
    for _kf, nms in GOALS:
        for _t, s, _a, _i in nms:
            n[s] = n.get(s, 0) + 1
    assert n == {"partly": 2, "expected_achieved": 2, "expected_not_achieved": 2}, n
    tot = [sum(r[j] for r in DRIFT) for j in (1, 2, 3)]
    dev = tot[0] - tot[2]
    assert dev == -12_700, dev

    d.h(1, "Sammanfattning")
    d.p(
        "Nämnden för Förskola & Grundskola redovisar i delårsrapporten verksamhetens resultat "
        "och ekonomi för perioden januari–augusti 2026. Kunskapsresultaten i årskurs 9 har "
        "förbättrats och tryggheten i förskola och skola är fortsatt hög, medan närvaron i "
        "grundskolan har minskat."
    )
    d.p(
        "Av nämndens sex mål bedöms två uppfyllas, två delvis uppfyllas och två inte uppfyllas "
        "vid årets slut. Prognosen för helåret är ett underskott om 12 700 tkr."
    )
    d.h(1, "Viktiga händelser")
    d.bullets(
        "Förskolan Vallda Backa med åtta avdelningar öppnade i augusti.",
        "Nämnden har beslutat om en ny resursfördelningsmodell för grundskolan från 2027.",
        "Elevantalet i grundskolan har ökat med 214 elever jämfört med augusti 2025.",
        "Rekryteringen av förskollärare har gett 31 nya legitimerade förskollärare.",
    )
    d.h(1, "Mål och uppföljning")
    d.p(
        "Nämndens mål utgår från kommunfullmäktiges mål. Bedömningen avser om målet uppfylls vid "
        "årets slut och görs utifrån indikatorernas utfall och verksamhetens analys."
    )
    d.add(Custom("legend", {}, words="\n".join(w for _s, w in LEGEND)))
    d.add(Custom("goals", {"table": kpi_table()}, words=hierarchy_words()))
    for _kf, nms in GOALS:
        for title, status, _a, _i in nms:
            d.goal(title, status)

    d.page_break()
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden prognostiserar ett underskott om 12 700 tkr för helåret. Förskolan har fler "
        "barn än budgeterat och kostnaderna för tilläggsbelopp i anpassad grundskola ökar. "
        "Nämnd och förvaltningsgemensamt samt fritidshemmen visar överskott."
    )
    rows = [Row(name, [b, u, p, b - p]) for name, b, u, p in DRIFT]
    rows.append(Row("Totalt", [*tot, dev], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget helår",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos helår",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget minus prognos",
            label_width=2.7,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Antalet barn i förskoleåldern väntas minska något de kommande åren medan elevantalet i "
        "grundskolan fortsätter att öka i Kungsbacka stad och Onsala. Nämnden ser över "
        "lokalbehovet inför budget 2027."
    )
    return d


# ---------------------------------------------------------------- drawing


class IconItem(Flowable):
    """A title with a status icon to its left; the text wraps beside the icon."""

    def __init__(
        self,
        png: bytes | None,
        text: str,
        style: rl.ParagraphStyle,
        indent: float,
        space_before: float = 0,
        icon_size: float = 10,
    ) -> None:
        super().__init__()
        self.png, self.indent, self.sb, self.isz = png, indent, space_before, icon_size
        self.para = Paragraph(escape(text), style)
        self.gap = 5 if png else 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        tx = self.indent + (self.isz + self.gap if self.png else 0)
        _w, self.ph = self.para.wrap(aw - tx, ah)
        self.tx = tx
        return aw, self.ph + self.sb

    def draw(self) -> None:
        c = self.canv
        self.para.drawOn(c, self.tx, 0)
        if self.png:
            st = self.para.style
            # centre the icon on the first line's x-height
            top = self.ph - (st.leading - st.fontSize) / 2
            y = top - st.fontSize * 0.85 + (st.fontSize * 0.7 - self.isz) / 2
            c.drawImage(
                ImageReader(io.BytesIO(self.png)), self.indent, y, self.isz, self.isz, mask="auto"
            )


def render(doc: Doc, out: Path) -> Path:
    margins = (3.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm)
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 14, 2: 11.5, 3: 10},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4ECF3"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    _top, bottom, lft, rgt = margins
    logo_png = logo()
    icons = {s: icon(s) for s, _w in LEGEND}
    logo_img = ImageReader(io.BytesIO(logo_png))

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        bh = 1.75 * rl.cm
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, A4[1] - bh, A4[0], bh, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LiberationSans-Bold", 13)
        c.drawString(lft, A4[1] - bh + 0.68 * rl.cm, COMMITTEE)
        ls = 1.1 * rl.cm
        c.drawImage(logo_img, A4[0] - rgt - ls, A4[1] - bh + (bh - ls) / 2, ls, ls, mask="auto")
        y = bottom - 1.0 * rl.cm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(lft, y + 10, A4[0] - rgt, y + 10)
        c.setFillColor(GREY)
        c.setFont("LiberationSans", 7.5)
        c.drawCentredString(A4[0] / 2, y, FOOTER.format(page=page, pages=pages))
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    meta = rl.ParagraphStyle(
        "meta2", parent=r.styles["body"], fontSize=8.5, leading=11, textColor=GREY, spaceAfter=0
    )

    def titleblock(_b: Custom) -> list:
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=20, leading=25, textColor=BLUE, spaceAfter=2
        )
        sub = rl.ParagraphStyle(
            "s",
            parent=r.styles["subtitle"],
            fontSize=12.5,
            leading=16,
            spaceAfter=8,
            textColor=colors.black,
        )
        rows = [
            ("Period:", "2026-01-01 – 2026-08-31"),
            ("Rapportdatum:", "2026-09-15"),
            ("Diarienummer:", "FG 2026/0412"),
        ]
        tbl = rl.RLTable(
            [[Paragraph(escape(a), meta), Paragraph(escape(b), meta)] for a, b in rows],
            colWidths=[2.6 * rl.cm, 6 * rl.cm],
            style=rl.TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            ),
            hAlign="LEFT",
        )
        return [
            Paragraph(escape(TITLE), big),
            Paragraph(escape(COMMITTEE), sub),
            tbl,
            rl.Spacer(1, 10),
        ]

    def legend(_b: Custom) -> list:
        st = rl.ParagraphStyle(
            "leg", parent=r.styles["body"], fontSize=8.5, leading=10.5, spaceAfter=0
        )
        cells: list = []
        for s, w in LEGEND:
            cells += [IconItem(icons[s], w, st, 0)]
        tbl = rl.RLTable(
            [cells],
            colWidths=[4.3 * rl.cm] * 3,
            style=rl.TableStyle(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4F7FA")),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 10)]

    lvl0 = rl.ParagraphStyle(
        "lvl0",
        parent=r.styles["body"],
        fontName="LiberationSans-Bold",
        fontSize=11,
        leading=14,
        textColor=BLUE,
        spaceAfter=0,
    )
    kf = rl.ParagraphStyle(
        "kf",
        parent=r.styles["body"],
        fontName="LiberationSans-Bold",
        fontSize=10.5,
        leading=13.5,
        spaceAfter=0,
    )
    nm = rl.ParagraphStyle(
        "nm",
        parent=r.styles["body"],
        fontName="LiberationSans-Bold",
        fontSize=9.5,
        leading=12.5,
        spaceAfter=0,
    )
    alab = rl.ParagraphStyle(
        "alab",
        parent=r.styles["body"],
        fontName="LiberationSans-Bold",
        fontSize=8.5,
        leading=11,
        textColor=GREY,
        spaceAfter=0,
    )
    atext = rl.ParagraphStyle(
        "atext", parent=r.styles["body"], fontSize=9, leading=12, spaceAfter=0
    )
    ind = rl.ParagraphStyle(
        "ind", parent=r.styles["body"], fontSize=8.5, leading=10.5, spaceAfter=0
    )
    val = rl.ParagraphStyle(
        "val", parent=r.styles["body"], fontSize=8, leading=10, textColor=GREY, spaceAfter=0
    )

    class Rule(Flowable):
        def __init__(self, indent: float, sb: float = 3, sa: float = 3) -> None:
            super().__init__()
            self.indent, self.sb, self.sa = indent, sb, sa

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            self.aw = aw
            return aw, self.sb + self.sa

        def draw(self) -> None:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.5)
            self.canv.line(self.indent, self.sa, self.aw, self.sa)

    class ValueLine(Flowable):
        """The indicator's figures, the three parts set at fixed tab stops."""

        STOPS = (0, 78, 170)

        def __init__(self, text: str, indent: float) -> None:
            super().__init__()
            self.parts = text.split("   ")
            self.indent = indent

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return aw, val.leading

        def draw(self) -> None:
            c = self.canv
            c.setFillColor(GREY)
            c.setFont(val.fontName, val.fontSize)
            for x, part in zip(self.STOPS, self.parts, strict=True):
                c.drawString(self.indent + x, 2.5, part)

    def goals(_b: Custom) -> list:
        I1, I2 = 14, 30  # noqa: N806
        out: list = [IconItem(None, "Kommunfullmäktiges mål", lvl0, 0), rl.Spacer(1, 4)]
        for k, (kft, nms) in enumerate(GOALS):
            out.append(Rule(0, sb=8 if k else 0, sa=4))
            out.append(IconItem(None, kft, kf, 0))
            out.append(rl.Spacer(1, 6))
            for title, status, analys, inds in nms:
                block: list = [IconItem(icons[status], title, nm, I1, space_before=4)]
                tx = I1 + 15
                block.append(rl.Spacer(1, 3))
                block.append(IconItem(None, "Analys", alab, tx))
                block.append(IconItem(None, analys, atext, tx))
                block.append(rl.Spacer(1, 4))
                for name, s2, u, target, u25, f in inds:
                    block.append(IconItem(icons[s2], name, ind, I2, space_before=2, icon_size=10))
                    block.append(ValueLine(indicator_line(u, target, u25, f), I2 + 15))
                    block.append(rl.Spacer(1, 3))
                block.append(rl.Spacer(1, 5))
                out.append(rl.KeepTogether(block))
        return out

    r.custom.update(titleblock=titleblock, legend=legend, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Åtvidaberg, Kommunstyrelsen, uppföljning januari–oktober 2026 (reportlab): the cover has only a
coat of arms (a picture) and the report's name; the municipality is in capitals in the running
footer ("ÅTVIDABERGS KOMMUN"); each goal is a bold line with its forecast on the same line at the
right margin as a black symbol and a word ("✔ Uppfylls", "◐ Uppfylls delvis", "✖ Uppfylls inte")."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from PIL import ImageDraw
from reportlab.lib import colors
from reportlab.platypus import Image, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
MARK = {
    "expected_achieved": ("✔", "Uppfylls"),
    "partly": ("◐", "Uppfylls delvis"),
    "expected_not_achieved": ("✖", "Uppfylls inte"),
}

# målområde: [(goal, status, comment)]
AREAS = [
    (
        "Attraktiv kommun att bo och verka i",
        [
            (
                "Befolkningen ska öka",
                "expected_not_achieved",
                "Folkmängden var 11 502 den 30 september, 14 färre än vid årsskiftet.",
            ),
            (
                "Fler företag ska etablera sig i kommunen",
                "expected_achieved",
                "41 nya företag har registrerats, och två etableringar på Grebo industriområde "
                "är klara.",
            ),
        ],
    ),
    (
        "Effektiv och tillgänglig organisation",
        [
            (
                "Invånarna ska få svar på sina frågor inom två arbetsdagar",
                "partly",
                "86 procent av e-posten till kontaktcenter besvarades inom två arbetsdagar; "
                "målet är 90 procent.",
            ),
            (
                "Sjukfrånvaron bland kommunens medarbetare ska minska",
                "partly",
                "Sjukfrånvaron har minskat till 7,4 procent men når inte målet 7,0 procent.",
            ),
            (
                "Kommunstyrelsen ska hålla sin budgetram",
                "expected_achieved",
                "Prognosen är ett överskott om 1,1 mnkr.",
            ),
        ],
    ),
]


def coat_of_arms() -> bytes:
    """A plain heraldic shield (blue field, a golden pale with three roundels): a picture only."""
    w, h = 360, 420
    img = PILImage.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    shield = [(20, 20), (340, 20), (340, 240), (300, 320), (180, 400), (60, 320), (20, 240)]
    dr.polygon(shield, fill=(0, 82, 147), outline=(0, 0, 0))
    dr.rectangle([140, 20, 220, 380], fill=(245, 196, 0))
    dr.polygon(shield, outline=(0, 0, 0), width=5)
    for y in (90, 190, 290):
        dr.ellipse([155, y - 25, 205, y + 25], fill=(0, 82, 147))
    bio = io.BytesIO()
    img.save(bio, "PNG", optimize=True)
    return bio.getvalue()


def build() -> Doc:
    d = Doc(
        stem="atvidaberg-kommunstyrelsen-uppfoljning-2026-10",
        municipality="Åtvidaberg",
        committee="Kommunstyrelsen",
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title="Uppföljning januari–oktober 2026",
        engine="reportlab",
        what="Kommunstyrelsen, uppföljning januari–oktober 2026 of a small kommun (reportlab, "
        "Liberation Serif body, DejaVu Sans for the symbols)",
        hard='the cover is a coat of arms (a picture, no words) above "Uppföljning '
        'januari–oktober 2026 / Kommunstyrelsen"; the municipality is only in the running footer '
        'in capitals ("ÅTVIDABERGS KOMMUN") and once in a sentence; the period "januari–oktober" '
        "(10-31) in a report that is neither a delårsrapport nor a månadsrapport; goals under "
        "målområde headings, each a bold line with its forecast on the same line at the right "
        'margin as a black symbol and a word ("✔ Uppfylls", "◐ Uppfylls delvis", "✖ Uppfylls '
        'inte"), a legend of the symbols, a comment line below; the committee is the '
        "kommunstyrelse itself; KPI columns Jan–okt 2025 | Jan–okt 2026; a drift table with "
        "Budget 2026 | Utfall jan–okt | Prognos 2026 | Avvikelse",
    )
    d.add(Custom("cover", {}, words="Uppföljning januari–oktober 2026\nKommunstyrelsen"))
    d.h(1, "Inledning")
    d.p(
        "Uppföljningen omfattar kommunstyrelsens verksamhet under perioden januari–oktober "
        "2026 och innehåller en prognos för helåret. Kommunstyrelsen ansvarar för ledning och "
        "samordning av Åtvidabergs kommuns verksamheter, för näringslivsfrågor, "
        "kontaktcenter och kommunens stödfunktioner."
    )
    d.h(1, "Måluppfyllelse")
    legend = "Prognos helår: ✔ Uppfylls   ◐ Uppfylls delvis   ✖ Uppfylls inte"
    d.add(Custom("legend", {}, words=legend))
    for area, goals in AREAS:
        d.h(2, f"Målområde: {area}")
        for g, s, c in goals:
            d.goal(g, s)
            sym, word = MARK[s]
            d.add(Custom("goal", {"goal": g, "sym": sym, "word": word, "comment": c},
                         words=f"{g}\t{sym} {word}\n{c}"))  # fmt: skip
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[Col(("Jan–okt 2025",), year="2025"), Col(("Jan–okt 2026",), year="2026")],
            rows=[
                Row("Antal nyregistrerade företag", [36, 41]),
                Row("Andel e-post till kontaktcenter besvarad inom två dagar", [81, 86], fmt=PCT),
                Row("Sjukfrånvaro bland medarbetarna", [7.9, 7.4], fmt=NumFmt(dec=1, suffix=" %")),
                Row("Antal besök på kommunens webbplats, tusental", [412, 455]),
                Row("Antal ärenden till kontaktcenter", [18_230, 19_874]),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            fmt=N,
            label_width=3.2,
        )
    )
    d.h(1, "Ekonomi")
    units = [
        ("Politisk verksamhet", 9_850, 7_912, 9_700),
        ("Kommunledning och kansli", 21_400, 17_240, 20_900),
        ("Ekonomi och upphandling", 14_300, 11_830, 14_150),
        ("HR och lön", 12_600, 10_710, 12_820),
        ("Näringsliv och kontaktcenter", 8_750, 7_020, 8_430),
        ("IT och digitalisering", 17_100, 14_580, 16_900),
    ]
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    tb, tu, tp = (sum(x[k] for x in units) for k in (1, 2, 3))
    assert (tb, tp, tb - tp) == (84_000, 82_900, 1_100), (tb, tu, tp)
    rows.append(Row("Summa kommunstyrelsen", [tb, tu, tp, tb - tp], total=True))
    d.p(
        "Kommunstyrelsen prognostiserar ett överskott om 1 100 tkr. Överskottet beror främst på "
        "vakanser inom kommunledningen och lägre licenskostnader inom IT. HR och lön har högre "
        "kostnader för rekrytering än budgeterat."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–okt")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning",
            note="Avvikelse = budget minus prognos.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#003F72"),
        "h_sizes": {1: 15, 2: 11.5, 3: 10.5},
        "table_size": 8.8,
        "table_rules": "rules",
        "header": None,
        "footer": "ÅTVIDABERGS KOMMUN\tKommunstyrelsen – Uppföljning jan–okt 2026\tSida {page}({pages})",
        "hf_font": "LiberationSans",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    png = coat_of_arms()
    (out / "sources" / f"{doc.stem}-vapen.png").write_bytes(png)
    from reportlab.lib.styles import ParagraphStyle

    gst = ParagraphStyle("goal", parent=r.styles["body"], fontName="LiberationSans-Bold",
                         fontSize=10, leading=13, spaceAfter=0)  # fmt: skip
    sst = ParagraphStyle("gstat", parent=gst, fontName="DejaVuSans", fontSize=9.5, alignment=2)
    cst = ParagraphStyle("gcom", parent=r.styles["body"], fontSize=10, leading=13, spaceAfter=6)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 120),
            Image(io.BytesIO(png), width=3.2 * rl.cm, height=3.2 * rl.cm * 420 / 360),
            rl.Spacer(1, 60),
            r.para("Uppföljning januari–oktober 2026", "title"),
            r.para("Kommunstyrelsen", "subtitle"),
            rl.PageBreak(),
        ]

    def legend(b: Custom) -> list:
        st = ParagraphStyle("leg", parent=r.styles["small"], fontName="DejaVuSans", fontSize=8.5)
        return [Paragraph(escape(b.words), st), rl.Spacer(1, 4)]

    def goal(b: Custom) -> list:
        g = b.data
        tbl = rl.RLTable(
            [[Paragraph(escape(g["goal"]), gst), Paragraph(escape(f"{g['sym']} {g['word']}"), sst)]],
            colWidths=[0.72 * W, 0.28 * W],
            style=rl.TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB6CD"))]),
            hAlign="LEFT",
        )  # fmt: skip
        return [tbl, rl.Spacer(1, 2), Paragraph(escape(g["comment"]), cst)]

    r.custom.update(cover=cover, legend=legend, goal=goal)
    return r.build(out / f"{doc.stem}.pdf")

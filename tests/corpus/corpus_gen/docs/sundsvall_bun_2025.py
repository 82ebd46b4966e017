"""Sundsvall, Barn- och utbildningsnämnden, verksamhetsberättelse 2025 as a goal-management
system (Hypergene-like) prints it: each goal's assessment only a small coloured square picture."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib import colors

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

SQUARE = {
    "achieved": (46, 160, 67),
    "partly": (240, 190, 30),
    "not_achieved": (205, 38, 38),
    "unassessed": (170, 170, 170),
}
LEGEND = [
    ("achieved", "Målet är uppfyllt"),
    ("partly", "Målet är delvis uppfyllt"),
    ("not_achieved", "Målet är inte uppfyllt"),
    ("unassessed", "Ej bedömt"),
]
NAVY = colors.HexColor("#1B365D")
PCT = NumFmt(dec=1, suffix=" %")


def build() -> Doc:
    d = Doc(
        stem="sundsvall-barn-och-utbildningsnamnden-verksamhetsberattelse-2025",
        municipality="Sundsvall",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Barn- och utbildningsnämnden, verksamhetsberättelse 2025 printed from a goal-management "
        "system (Hypergene-like)",
        hard="a goal's assessment is only a small square picture (a PNG, not a vector shape) in "
        "green, yellow, red or grey, explained by a legend of the same pictures; goals stand under "
        '"Perspektiv" headings with a label row ("Nämndmål"); indicator tables with a year over '
        "each pair of columns (2024: Utfall | Målvärde, 2025: Utfall | Målvärde) and text cells "
        '("Ej mätt"); a print stamp with the next year in the header',
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Verksamhetsberättelse 2025\nBarn- och utbildningsnämnden\nSundsvalls kommun",
        )
    )
    d.add(PageBreak())
    d.h(1, "Inledning")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, fritidshem, anpassad "
        "grundskola och kulturskola. Under 2025 gick 12 840 barn och elever i nämndens verksamheter. "
        "Verksamhetsberättelsen redovisar måluppfyllelsen för nämndens mål inom tre perspektiv samt "
        "det ekonomiska resultatet."
    )
    d.add(Custom("legend", {}, words="Teckenförklaring " + " ".join(t for _, t in LEGEND)))
    perspectives = [
        (
            "Medborgare",
            [
                (
                    "Fler elever ska nå behörighet till gymnasieskolan",
                    "partly",
                    "Andelen behöriga elever har ökat för andra året i rad men ligger under målvärdet. "
                    "Skillnaderna mellan skolorna är fortsatt stora.",
                    [
                        (
                            "Andel elever i åk 9 behöriga till yrkesprogram",
                            (82.4, 86.0),
                            (84.1, 86.0),
                            PCT,
                        ),
                        (
                            "Genomsnittligt meritvärde i åk 9",
                            (219.5, 225.0),
                            (222.8, 225.0),
                            NumFmt(dec=1),
                        ),
                    ],
                ),
                (
                    "Barn och elever ska känna sig trygga i förskola och skola",
                    "achieved",
                    "Elevenkäten visar att tryggheten har ökat i samtliga årskurser. Arbetet med "
                    "vuxennärvaro på raster har gett resultat.",
                    [
                        (
                            "Andel elever i åk 5 som känner sig trygga i skolan",
                            (88.0, 90.0),
                            (91.3, 90.0),
                            PCT,
                        ),
                        (
                            "Andel elever i åk 8 som känner sig trygga i skolan",
                            (79.6, 85.0),
                            (85.2, 85.0),
                            PCT,
                        ),
                        (
                            "Andel vårdnadshavare som upplever att barnet är tryggt i förskolan",
                            (Raw("Ej mätt"), 95.0),
                            (96.4, 95.0),
                            PCT,
                        ),
                    ],
                ),
            ],
        ),
        (
            "Medarbetare",
            [
                (
                    "Andelen behöriga lärare ska öka",
                    "not_achieved",
                    "Andelen lärare med lärarlegitimation och behörighet i ämnet har minskat något, "
                    "främst i matematik och moderna språk i årskurs 7–9.",
                    [
                        (
                            "Andel lärare med legitimation och behörighet i minst ett ämne",
                            (78.9, 82.0),
                            (77.4, 82.0),
                            PCT,
                        ),
                    ],
                ),
                (
                    "Sjukfrånvaron bland medarbetarna ska minska",
                    "unassessed",
                    "Sjukfrånvaron för december 2025 var inte klar när verksamhetsberättelsen "
                    "sammanställdes. Målet bedöms i samband med personalbokslutet.",
                    [
                        (
                            "Sjukfrånvaro, procent av ordinarie arbetstid",
                            (7.8, 7.0),
                            (Raw("Ej klart"), 7.0),
                            PCT,
                        ),
                    ],
                ),
            ],
        ),
        (
            "Ekonomi",
            [
                (
                    "Verksamheten ska bedrivas inom tilldelad budgetram",
                    "achieved",
                    "Nämnden redovisar ett överskott om 6 310 tkr, vilket motsvarar 0,3 procent av "
                    "budgetramen.",
                    [],
                ),
            ],
        ),
    ]
    for name, goals in perspectives:
        d.h(2, f"Perspektiv: {name}")
        for title, status, analysis, inds in goals:
            d.goal(title, status)
            rows = []
            for n, (u24, m24), (u25, m25), f in inds:
                rows.append(Row(n, [u24, Raw(f(m24)), u25, Raw(f(m25))], fmt=f))
            t = Table(
                label_head=("Indikator",),
                cols=[
                    Col(("Utfall",), year="2024", group="2024"),
                    Col(("Målvärde",), group="2024"),
                    Col(("Utfall",), year="2025", group="2025"),
                    Col(("Målvärde",), group="2025"),
                ],
                rows=rows,
                kind="kpi",
                label_width=3.4,
            )
            words = ["Nämndmål", title, "Analys", analysis]
            if rows:
                words.append(t.text())
            d.add(
                Custom(
                    "goal",
                    {
                        "title": title,
                        "status": status,
                        "analysis": analysis,
                        "table": t if rows else None,
                    },
                    words="\n".join(words),
                )
            )
    d.add(PageBreak())
    d.h(1, "Ekonomiskt resultat")
    d.p(
        "Nämnden redovisar ett överskott om 6 310 tkr för 2025. Grundskolan redovisar ett "
        "överskott till följd av färre elever än budgeterat, medan förskolan har ett underskott "
        "på grund av högre lokalkostnader."
    )
    units = [
        ("Nämnd och förvaltningsledning", 48_200, 46_915),
        ("Förskola", 612_400, 619_802),
        ("Grundskola och fritidshem", 1_284_600, 1_271_233),
        ("Anpassad grundskola", 96_300, 98_140),
        ("Kulturskola", 31_500, 30_600),
    ]
    rows = [Row(n, [b, u, b - u]) for n, b, u in units]
    tb, tu = sum(x[1] for x in units), sum(x[2] for x in units)
    assert tb - tu == 6_310, tb - tu
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu], total=True))
    d.table(
        Table(
            label_head=("Nettokostnad, tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            caption="Ekonomiskt utfall per verksamhet",
            fmt=NumFmt(),
            label_width=2.8,
        )
    )
    return d


def _square_png(rgb: tuple[int, int, int], px: int = 24) -> io.BytesIO:
    img = Image.new("RGB", (px, px), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle([1, 1, px - 2, px - 2], fill=rgb, outline=tuple(max(0, c - 40) for c in rgb))
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10,
        "leading": 13,
        "hcolor": NAVY,
        "h_sizes": {1: 16, 2: 12.5, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E9EEF4"),
        "header": "Barn- och utbildningsnämnden\tUtskrift från styrsystemet 2026-02-03",
        "footer": "Verksamhetsberättelse 2025\tSida {page} av {pages}",
        "hf_size": 7.5,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def square(status: str, size: float = 8) -> rl.Image:
        return rl.Image(_square_png(SQUARE[status]), width=size, height=size)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 230),
            r.para("Verksamhetsberättelse 2025", "title"),
            r.para("Barn- och utbildningsnämnden", "subtitle"),
            r.para("Sundsvalls kommun", "subtitle"),
        ]

    def legend(_b: Custom) -> list:
        cells = [r.para("Teckenförklaring", "small")]
        widths = [W * 0.16]
        for st, label in LEGEND:
            cells += [square(st, 7), r.para(label, "small")]
            widths += [W * 0.03, W * 0.18]
        return [
            rl.RLTable(
                [cells],
                colWidths=widths,
                style=rl.TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 8),
        ]

    def goal(b: Custom) -> list:
        head = rl.RLTable(
            [
                ["", r.para("Nämndmål", "small")],
                [square(b.data["status"], 9), r.para(b.data["title"], "h3")],
            ],
            colWidths=[16, W - 16],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F5F8")),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.6, NAVY),
                ]
            ),
        )
        out = [rl.Spacer(1, 6), head, rl.Spacer(1, 3), r.para("Analys", "caption")]
        out.append(r.para(b.data["analysis"]))
        if b.data["table"] is not None:
            out += r.table(b.data["table"], width=W)
        return [rl.KeepTogether(out[:4]), *out[4:]]

    r.custom.update(cover=cover, legend=legend, goal=goal)
    return r.build(out / f"{doc.stem}.pdf")

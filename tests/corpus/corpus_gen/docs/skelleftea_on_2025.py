"""Skellefteå, Omsorgsnämnden, årsredovisning 2025 as a goal-management system (Stratsys-like)
exports it: landscape pages, each goal's and indicator's assessment only a coloured text glyph
"●" (U+25CF, in the text layer, filled green/yellow/red/grey) in a Status column."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

DOT = "●"
COLOUR = {
    "achieved": "#2E9E44",
    "partly": "#F2B600",
    "not_achieved": "#D22B2B",
    "unassessed": "#A0A0A0",
}
LEGEND = [
    ("achieved", "Uppfyllt"),
    ("partly", "Delvis uppfyllt"),
    ("not_achieved", "Ej uppfyllt"),
    ("unassessed", "Ej bedömt"),
]
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
N = NumFmt()
TEAL = colors.HexColor("#005B6E")

AREAS = [
    (
        "Trygg och god omsorg",
        [
            (
                "Den enskilde ska uppleva att insatserna ges med god kvalitet",
                "achieved",
                "Brukarundersökningen visar högre nöjdhet i både hemtjänst och särskilt boende.",
            ),
            (
                "Fler äldre ska kunna bo kvar i ordinärt boende med stöd av hemtjänst",
                "partly",
                "Andelen 80+ i ordinärt boende ökar något men når inte målvärdet.",
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare",
        [
            (
                "Sjukfrånvaron bland medarbetarna ska minska",
                "not_achieved",
                "Sjukfrånvaron ökade under hösten, främst korttidsfrånvaron i hemtjänsten.",
            ),
            (
                "Andelen heltidsanställda ska öka",
                "achieved",
                "Heltid som norm har införts i samtliga verksamheter.",
            ),
        ],
    ),
    (
        "Hållbar ekonomi",
        [
            (
                "Nämnden ska ha en ekonomi i balans",
                "not_achieved",
                "Underskottet uppgår till 13,3 mnkr, främst inom hemtjänsten.",
            ),
            (
                "Matsvinnet i äldreomsorgens kök ska halveras till 2027",
                "unassessed",
                "Första mätningen genomförs under våren 2026.",
            ),
        ],
    ),
]

# name, status, 2023, 2024, 2025, target, format
INDICATORS = [
    ("Andel brukare i hemtjänsten som är nöjda med hemtjänsten", "achieved",
     88, 89, 91, "≥ 90 %", PCT),
    ("Andel brukare i särskilt boende som är nöjda med boendet", "achieved",
     82, 84, 86, "≥ 85 %", PCT),
    ("Andel invånare 80 år och äldre som bor i ordinärt boende", "partly",
     87.6, 87.9, 88.1, "≥ 88,5 %", PCT1),
    ("Väntetid till särskilt boende, medelvärde dagar", "achieved",
     64, 71, 58, "≤ 60", N),
    ("Sjukfrånvaro, procent av tillgänglig arbetstid", "not_achieved",
     9.8, 9.4, 9.7, "≤ 8,5 %", PCT1),
    ("Andel heltidsanställda månadsavlönade", "achieved",
     71, 74, 79, "≥ 78 %", PCT),
    ("Budgetavvikelse, mnkr", "not_achieved",
     -12.4, -6.1, -13.3, "≥ 0,0", DEC1),
    ("Matsvinn i tillagningskök, gram per portion", "unassessed",
     None, None, None, "Ej fastställt", N),
]  # fmt: skip

# verksamhet, intäkter, kostnader, budget (net, negative)
UNITS = [
    ("Nämnd och förvaltningsledning", 1_240, -38_610, -36_900),
    ("Hemtjänst", 48_300, -412_950, -352_000),
    ("Särskilt boende", 96_420, -689_330, -590_200),
    ("Hälso- och sjukvård", 8_150, -151_880, -145_600),
    ("Dagverksamhet och anhörigstöd", 2_060, -27_940, -26_540),
]


def build() -> Doc:
    d = Doc(
        stem="skelleftea-omsorgsnamnden-arsredovisning-2025",
        municipality="Skellefteå",
        committee="Omsorgsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Omsorgsnämnden, årsredovisning 2025 exported from a goal-management system "
        "(Stratsys-like), landscape A4 throughout",
        hard="each goal's and indicator's assessment is only a coloured text glyph \"●\" (U+25CF, "
        "in the text layer, filled green/yellow/red/grey) in a Status column, explained by a "
        "legend of the same glyphs; goals in one table under Målområde rows; an indicator table "
        "Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025 with a glyph column of its own, "
        'a row with no values ("Ej mätt") and negative values; a driftredovisning with gross '
        "columns (Intäkter | Kostnader | Nettokostnad | Budget | Avvikelse), costs with a minus "
        "sign; print date 2026 in the footer",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Årsredovisning 2025\nOmsorgsnämnden\nSkellefteå kommun",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Omsorgsnämnden ansvarar för hemtjänst, särskilt boende, kommunal hälso- och sjukvård samt "
        "dagverksamhet och anhörigstöd för äldre. Under 2025 har nämnden haft fler "
        "hemtjänsttimmar än något tidigare år, samtidigt som väntetiden till särskilt boende "
        "har minskat."
    )
    d.p(
        "Två av nämndens sex mål är uppfyllda, ett är delvis uppfyllt, två är inte uppfyllda och "
        "ett har inte kunnat bedömas. Nämnden redovisar ett underskott om 13,3 mnkr."
    )
    d.add(
        Custom(
            "legend",
            {},
            words="Status: " + " ".join(f"{DOT} {t}" for _, t in LEGEND),
        )
    )
    d.h(1, "Nämndens mål")
    goal_rows = []
    for area, goals in AREAS:
        goal_rows.append(Row(f"Målområde: {area}", [None, None], heading=True))
        for title, status, comment in goals:
            d.goal(title, status)
            goal_rows.append(Row(title, [Raw(DOT), Raw(comment)]))
    d.add(
        Custom(
            "status_table",
            {
                "table": Table(
                    label_head=("Nämndmål",),
                    cols=[Col(("Status",), width=0.35), Col(("Kommentar",), width=2.6)],
                    rows=goal_rows,
                    kind="plain",
                    label_width=2.4,
                ),
                "colours": [s for _a, gs in AREAS for _t, s, _c in gs],
            },
            words="",
        )
    )
    d.blocks[-1].words = d.blocks[-1].data["table"].text()
    d.h(1, "Indikatorer")
    d.p(
        "Indikatorerna följs upp årligen. Utfallet avser helår. Målvärdet för 2025 är fastställt "
        "i nämndens verksamhetsplan."
    )
    rows = []
    for name, _s, a, b, c, target, f in INDICATORS:
        cells = [
            Raw(DOT),
            *(v if v is not None else Raw("Ej mätt") for v in (a, b, c)),
            Raw(target),
        ]
        rows.append(Row(name, cells, fmt=f))
    ind = Table(
        label_head=("Indikator",),
        cols=[
            Col(("Status",), width=0.5),
            Col(("Utfall 2023",), year="2023"),
            Col(("Utfall 2024",), year="2024"),
            Col(("Utfall 2025",), year="2025"),
            Col(("Målvärde 2025",)),
        ],
        rows=rows,
        kind="kpi",
        label_width=4.2,
    )
    d.add(
        Custom(
            "status_table",
            {
                "table": ind,
                "colours": [s for _n, s, *_ in INDICATORS],
            },
            words=ind.text(),
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett underskott om 13,3 mnkr mot budget. Hemtjänsten har ökat sina "
        "volymer med åtta procent utan motsvarande budgetförstärkning. Hälso- och sjukvården "
        "redovisar ett överskott till följd av vakanta tjänster."
    )
    rows = []
    ti = tk = tn = tb = 0
    for n, i, k, b in UNITS:
        net = i + k
        rows.append(Row(n, [i, k, net, b, net - b]))
        ti, tk, tn, tb = ti + i, tk + k, tn + net, tb + b
    assert tn - tb == -13_300, tn - tb
    rows.append(Row("Summa Omsorgsnämnden", [ti, tk, tn, tb, tn - tb], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Intäkter",)),
                Col(("Kostnader",)),
                Col(("Nettokostnad",)),
                Col(("Budget",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Driftredovisning 2025",
            note="Kostnader, nettokostnad och budget anges med minustecken. Avvikelse = "
            "nettokostnad minus budget; ett negativt tal är ett underskott.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    lw, lh = landscape(A4)
    margins = (2.3 * rl.cm, 1.8 * rl.cm, 1.8 * rl.cm, 1.8 * rl.cm)
    o = {
        "font": "DejaVuSansCondensed",
        "size": 9.5,
        "leading": 12.5,
        "hcolor": TEAL,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EFF1"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    t, b, lft, rt = margins
    W = lw - lft - rt
    queue: list[str] = []

    def glyph_cell(s: str, right: bool, bold: bool) -> object:
        if s == DOT and queue:
            col = COLOUR[queue.pop(0)]
            return Paragraph(
                f'<font color="{col}" size="11">{DOT}</font>',
                rl.ParagraphStyle("dot", parent=r.styles["cell"], alignment=1),
            )
        right = right and len(s) < 20 and s not in ("Kommentar", "Status")  # text set left
        st = {
            (False, False): "cell",
            (True, False): "cellr",
            (False, True): "cellb",
            (True, True): "cellbr",
        }[(right, bold)]
        return Paragraph(escape(s).replace("\n", "<br/>"), r.styles[st])

    def status_table(bl: Custom) -> list:
        queue[:] = list(bl.data["colours"])
        r.cell_factory = glyph_cell
        out = r.table(bl.data["table"], width=W)
        r.cell_factory = None
        assert not queue, queue
        return out

    def cover(_b: Custom) -> list:
        return [
            rl.Marker(plain=True),
            rl.Spacer(1, 110),
            r.para("Årsredovisning 2025", "title"),
            r.para("Omsorgsnämnden", "subtitle"),
            r.para("Skellefteå kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def legend(_b: Custom) -> list:
        parts = " &nbsp;&nbsp; ".join(
            f'<font color="{COLOUR[s]}">{DOT}</font> {escape(t)}' for s, t in LEGEND
        )
        return [Paragraph(f"<b>Status:</b> &nbsp;{parts}", r.styles["small"]), rl.Spacer(1, 4)]

    r.custom.update(cover=cover, legend=legend, status_table=status_table)
    r.frame_width = lambda: W * 0.72  # type: ignore[method-assign]  # the finance table
    story = r.flowables(doc.blocks)

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        if flags.get("plain"):
            return
        c.setFillColor(TEAL)
        c.rect(0, lh - 1.2 * rl.cm, lw, 1.2 * rl.cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSansCondensed-Bold", 9)
        c.drawString(lft, lh - 0.75 * rl.cm, "Omsorgsnämnden")
        c.setFont("DejaVuSansCondensed", 8)
        c.drawRightString(lw - rt, lh - 0.75 * rl.cm, "Årsredovisning 2025")
        c.setFillColor(colors.HexColor("#505050"))
        c.setFont("DejaVuSansCondensed", 7)
        c.drawString(lft, 1.0 * rl.cm, "Skellefteå kommun   Utskrivet 2026-02-11 08:42")
        c.drawRightString(lw - rt, 1.0 * rl.cm, f"{page}/{pages}")

    path = out / f"{doc.stem}.pdf"
    dt = BaseDocTemplate(
        str(path),
        pagesize=landscape(A4),
        title="Årsredovisning 2025 Omsorgsnämnden",
        author="",
        creator="",
        producer="ReportLab PDF Library - www.reportlab.com",
        invariant=1,
        subject="",
    )
    frame = Frame(lft, b, W, lh - t - b, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)  # fmt: skip
    dt.addPageTemplates([PageTemplate(id="normal", frames=[frame])])
    dt.build(story, canvasmaker=rl.furniture_canvas(furniture))
    return path

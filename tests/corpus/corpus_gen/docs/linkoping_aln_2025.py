"""Linköping, Äldrenämnden, verksamhetsberättelse 2025 (reportlab, Liberation Sans) with a
balanced scorecard ("Styrkort 2025") drawn as a 2×2 grid of shaded quadrant panels, one per
perspective (Medborgare | Verksamhet over Medarbetare | Ekonomi). Inside each panel every goal is
a card: the goal's title in white bold on a dark band, its assessment only as a word in a small
rounded, coloured label at the band's top right ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"),
a comment on a light ground below. Two panels stand side by side, so the lines of two goals share
text lines. A KPI table with the years as five columns 2021–2025, grouped by perspective, each
KPI followed by an indented italic "Målvärde" row of targets printed as plain values ("85 %",
"45"), and footnote marks on two values ("71 %¹", "80²"). A drift table in mnkr Utfall 2024 |
Budget 2025 | Utfall 2025 | Avvikelse | Avvikelse mot budget, %."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N = NumFmt()
MNKR = NumFmt(dec=1, minus="−")
DARK = colors.HexColor("#1D3C5A")
ACCENT = colors.HexColor("#0B6E99")
LIGHT = colors.HexColor("#E9F0F6")
PANEL = colors.HexColor("#F3F4F5")
WORD = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
PILL = {
    "achieved": (colors.HexColor("#2E7D32"), colors.white),
    "partly": (colors.HexColor("#F2B705"), colors.black),
    "not_achieved": (colors.HexColor("#C62828"), colors.white),
}

# perspective: [(goal, status, comment)]
SCORECARD = [
    (
        "Medborgare",
        [
            (
                "Äldre i Linköping ska vara nöjda med den vård och omsorg de får",
                "partly",
                "Nöjdheten i särskilt boende ökade till 86 procent, men nöjdheten med hemtjänsten "
                "sjönk något och ligger under målvärdet.",
            ),
            (
                "Den enskilde ska kunna påverka hur stödet utformas i vardagen",
                "achieved",
                "Andelen brukare med en aktuell genomförandeplan har ökat för tredje året i rad, "
                "och fler planer är upprättade tillsammans med brukaren.",
            ),
        ],
    ),
    (
        "Verksamhet",
        [
            (
                "Väntetiden till särskilt boende ska minska",
                "not_achieved",
                "Den genomsnittliga väntetiden ökade till 71 dagar. Två avdelningar var stängda "
                "för renovering under våren.",
            ),
            (
                "Kontinuiteten i hemtjänsten ska öka",
                "achieved",
                "Mindre arbetslag och fasta scheman har gett färre olika personal hos varje "
                "brukare, i snitt 14 under en tvåveckorsperiod.",
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            (
                "Nämndens verksamheter ska ha friska och engagerade medarbetare",
                "partly",
                "Medarbetarengagemanget nådde målvärdet 80, men sjukfrånvaron ökade något "
                "under hösten och ligger kvar över 7,5 procent.",
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "Verksamheten ska bedrivas inom tilldelad budgetram",
                "not_achieved",
                "Nämnden redovisar ett underskott om 10,8 mnkr, främst inom hemtjänsten där "
                "antalet beviljade timmar ökade mer än budgeterat.",
            ),
        ],
    ),
]

YEARS = ["2021", "2022", "2023", "2024", "2025"]
# perspective: [(kpi, [2021..2025], {year: target as printed}, fmt, {year: footnote mark})]
KPIS = [
    (
        "Medborgare",
        [
            (
                "Brukare i särskilt boende som är nöjda med boendet",
                [82, 81, 83, 84, 86],
                {"2024": "85 %", "2025": "85 %"},
                PCT,
                {},
            ),
            (
                "Brukare i hemtjänst som är nöjda med hemtjänsten",
                [88, 87, 89, 88, 87],
                {"2023": "90 %", "2024": "90 %", "2025": "90 %"},
                PCT,
                {},
            ),
            (
                "Brukare med aktuell genomförandeplan",
                [None, None, 71, 78, 83],
                {"2025": "80 %"},
                PCT,
                {"2023": "¹"},
            ),
        ],
    ),
    (
        "Verksamhet",
        [
            (
                "Väntetid till särskilt boende, medelvärde dagar",
                [52, 61, 58, 64, 71],
                {"2023": "50", "2024": "45", "2025": "45"},
                N,
                {},
            ),
            (
                "Antal personal per hemtjänsttagare under 14 dagar",
                [16, 15, 16, 15, 14],
                {"2024": "15", "2025": "14"},
                N,
                {},
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            (
                "Sjukfrånvaro bland medarbetarna",
                [9.8, 9.1, 8.6, 8.2, 8.4],
                {"2024": "7,5 %", "2025": "7,5 %"},
                PCT1,
                {},
            ),
            (
                "Hållbart medarbetarengagemang (HME), index",
                [None, 78, 79, 78, 80],
                {"2025": "80"},
                N,
                {"2025": "²"},
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "Kostnad per brukare i hemtjänst, tkr",
                [248, 259, 271, 286, 297],
                {},
                N,
                {},
            ),
        ],
    ),
]
FOOTNOTES = (
    "¹ Ny mätmetod från 2023; värden för tidigare år redovisas inte.\n"
    "² Medarbetarenkäten 2025 genomfördes i oktober med en svarsfrekvens om 74 procent."
)

# verksamhet, utfall 2024, budget 2025, utfall 2025 (mnkr, tenths as integers)
DRIFT = [
    ("Nämnd och förvaltningsgemensamt", 386, 412, 398),
    ("Biståndsbedömning", 528, 550, 541),
    ("Hemtjänst", 6124, 6400, 6553),
    ("Särskilt boende", 10887, 11315, 11369),
    ("Hemsjukvård och rehabilitering", 2149, 2268, 2216),
    ("Dagverksamhet och anhörigstöd", 463, 495, 471),
]


def kpi_key_table() -> Table:
    """The KPI table as the key reads it: heading rows for the perspectives, KPI rows with their
    five values, and the Målvärde rows (targets, not values: in_key=False)."""
    rows: list[Row] = []
    for persp, kpis in KPIS:
        rows.append(Row(persp, [], heading=True))
        for name, vals, targets, f, _marks in kpis:
            rows.append(Row(name, list(vals), fmt=f))
            if not targets:
                continue
            rows.append(
                Row(
                    "Målvärde",
                    [Raw(targets[y]) if y in targets else None for y in YEARS],
                    in_key=False,
                    indent=1,
                )
            )
    return Table(
        label_head=("Nyckeltal",),
        cols=[Col((y,), year=y) for y in YEARS],
        rows=rows,
        kind="kpi",
        caption="Nyckeltal per perspektiv 2021–2025",
        note=FOOTNOTES,
    )


def kpi_lines() -> str:
    out = ["Nyckeltal per perspektiv 2021–2025", "\t".join(["Nyckeltal", *YEARS])]
    for persp, kpis in KPIS:
        out.append(persp)
        for name, vals, targets, f, marks in kpis:
            cells = [
                f(v) + marks.get(y, "") for y, v in zip(YEARS, vals, strict=True) if v is not None
            ]
            out.append("\t".join([name, *cells]))
            if targets:
                out.append("\t".join(["Målvärde", *(targets[y] for y in YEARS if y in targets)]))
    out.append(FOOTNOTES)
    return "\n".join(out)


def build() -> Doc:
    d = Doc(
        stem="linkoping-aldrenamnden-verksamhetsberattelse-2025",
        municipality="Linköping",
        committee="Äldrenämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Äldrenämnden, verksamhetsberättelse 2025 with a balanced scorecard drawn as a "
        "2×2 grid of perspective panels (reportlab, Liberation Sans), no title page",
        hard='the goals are only in a "Styrkort 2025": four shaded quadrant panels in a 2×2 '
        "grid, one per perspective (Medborgare | Verksamhet above Medarbetare | Ekonomi), each "
        "goal a card inside its panel with the goal's title in white bold on a dark band and the "
        "assessment only as a word in a small rounded coloured label at the band's top right (\""
        'Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"), a comment on a light ground below; the '
        "two panels of a row stand side by side, so the lines of two goals (and of their "
        "comments) share text lines, and the status word sits on the first title line; a KPI "
        "table with the years as five columns 2021 | 2022 | 2023 | 2024 | 2025, grouped under "
        'perspective rows, each KPI followed by an indented italic "Målvärde" row of targets '
        'printed as plain values ("85 %", "45", only for some years), one KPI with no target '
        'row, dashes for years not measured and footnote marks on two values ("71 %¹", "80²"); a '
        "drift table in mnkr with one decimal Utfall 2024 | Budget 2025 | Utfall 2025 | "
        "Avvikelse | Avvikelse mot budget, % (budget minus utfall, minus U+2212; the percentage "
        'column not in the key); the municipality as "Linköpings kommun" on page 1 and in the '
        "footer",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Linköpings kommun\nVerksamhetsberättelse 2025\nÄldrenämnden",
        )
    )
    drift_b = sum(b for _n, _u, b, _o in DRIFT)
    drift_o = sum(o for _n, _u, _b, o in DRIFT)
    assert drift_b - drift_o == -108, (drift_b, drift_o)
    d.h(1, "Sammanfattning")
    d.p(
        "Äldrenämnden ansvarar för hemtjänst, särskilt boende, hemsjukvård och rehabilitering "
        "samt stöd till anhöriga för personer över 65 år i Linköping. Under 2025 ökade antalet "
        "beviljade hemtjänsttimmar med sex procent, medan antalet platser i särskilt boende var "
        "oförändrat."
    )
    d.p(
        "Nämnden styr med ett styrkort i fyra perspektiv. Av sex nämndmål är två uppfyllda, två "
        "delvis uppfyllda och två inte uppfyllda. Nämnden redovisar ett underskott om 10,8 mnkr "
        "mot budget."
    )
    d.h(1, "Styrkort 2025")
    d.p(
        "Styrkortet visar nämndens mål i de fyra perspektiven och nämndens bedömning av "
        "måluppfyllelsen vid årets slut: Uppfyllt, Delvis uppfyllt eller Ej uppfyllt."
    )
    words = []
    for persp, goals in SCORECARD:
        words.append(persp)
        for title, status, comment in goals:
            d.goal(title, status)
            words += [f"{title}\t{WORD[status]}", comment]
    d.add(Custom("scorecard", {}, words="\n".join(words)))
    d.h(1, "Analys per perspektiv")
    d.p(
        "Medborgare. Brukarundersökningen visar fortsatt höga värden för bemötande och trygghet. "
        "Missnöjet i hemtjänsten gäller främst möjligheten att påverka tiden för besöken."
    )
    d.p(
        "Verksamhet. Väntetiden till särskilt boende påverkades av att två avdelningar på "
        "Ekholmens vård- och omsorgsboende stängdes för renovering mellan februari och juni. "
        "Kontinuiteten i hemtjänsten har förbättrats i samtliga hemtjänstområden."
    )
    d.p(
        "Medarbetare. Sjukfrånvaron är högst bland nattpersonalen. Nämnden har infört "
        "hälsosamma scheman på fyra boenden och följer upp effekten under 2026."
    )
    d.h(1, "Nyckeltal")
    d.p(
        "Tabellen visar utfallet för nämndens nyckeltal de senaste fem åren. Under varje "
        "nyckeltal anges målvärdet för de år nämnden har beslutat ett sådant."
    )
    d.add(Custom("kpis", {"table": kpi_key_table()}, words=kpi_lines()))
    d.h(1, "Ekonomi")
    d.p(
        "Nämndens nettokostnad blev 2 154,8 mnkr, vilket är 10,8 mnkr mer än budget. "
        "Underskottet finns inom hemtjänsten och särskilt boende. Hemsjukvården och "
        "dagverksamheten har överskott, främst till följd av vakanta tjänster."
    )
    f = lambda x: x / 10  # noqa: E731
    rows = []
    for name, u24, b25, u25 in DRIFT:
        rows.append(
            Row(name, [f(u24), f(b25), f(u25), f(b25 - u25), round((b25 - u25) / b25 * 100, 1)])
        )
    t24 = sum(u for _n, u, _b, _o in DRIFT)
    rows.append(
        Row(
            "Äldrenämnden totalt",
            [f(t24), f(drift_b), f(drift_o), f(drift_b - drift_o),
             round((drift_b - drift_o) / drift_b * 100, 1)],
            total=True,
        )
    )  # fmt: skip
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Avvikelse mot", "budget, %"), in_key=False, width=1.35),
            ],
            rows=rows,
            kind="unit",
            fmt=MNKR,
            caption="Driftredovisning per verksamhet, nettokostnad (mnkr)",
            note="Avvikelse = budget 2025 minus utfall 2025; ett negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    return d


class Pill(Flowable):
    """A status word in a small rounded, filled label."""

    def __init__(self, word: str, fill, ink, size: float = 7.5) -> None:
        super().__init__()
        self.word, self.fill, self.ink, self.size = word, fill, ink, size
        self.width = stringWidth(word, "LiberationSans-Bold", size) + 12
        self.height = size + 6

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.fill)
        c.setStrokeColor(colors.white)
        c.setLineWidth(0.8)
        c.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=1, fill=1)
        c.setFillColor(self.ink)
        c.setFont("LiberationSans-Bold", self.size)
        c.drawCentredString(self.width / 2, 3.4, self.word)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": DARK,
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": LIGHT,
        "footer": "Linköpings kommun\tÄldrenämnden – Verksamhetsberättelse 2025\tSida {page} av {pages}",
        "hf_size": 8,
        "margins": (1.8 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=ACCENT
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph("Linköpings kommun", logo),
            rl.Spacer(1, 12),
            Paragraph("Verksamhetsberättelse 2025", big),
            Paragraph("Äldrenämnden", sub),
        ]

    gap = 8
    QW = (W - gap) / 2  # quadrant width
    PAD = 6
    CW = QW - 2 * PAD  # card width
    band = rl.ParagraphStyle(
        "band", parent=r.styles["cellb"], fontSize=9, leading=11.2, textColor=colors.white
    )
    com = rl.ParagraphStyle("com", parent=r.styles["cell"], fontSize=8.3, leading=10.4)
    persp_st = rl.ParagraphStyle(
        "persp", parent=r.styles["cellb"], fontSize=11.5, leading=14, textColor=ACCENT
    )

    def card(title: str, status: str, comment: str) -> rl.RLTable:
        fill, ink = PILL[status]
        pill = Pill(WORD[status], fill, ink)
        pw = pill.width + 8
        return rl.RLTable(
            [[Paragraph(escape(title), band), pill], [Paragraph(escape(comment), com), ""]],
            colWidths=[CW - pw, pw],
            style=rl.TableStyle(
                [
                    ("SPAN", (0, 1), (1, 1)),
                    ("BACKGROUND", (0, 0), (-1, 0), DARK),
                    ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
                    ("TOPPADDING", (0, 1), (-1, 1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
                ]
            ),
            hAlign="LEFT",
        )

    def quadrant(persp: str, goals: list) -> list:
        out: list = [Paragraph(escape(persp), persp_st), rl.Spacer(1, 4)]
        for k, (title, status, comment) in enumerate(goals):
            if k:
                out.append(rl.Spacer(1, 6))
            out.append(card(title, status, comment))
        return out

    def scorecard(_b: Custom) -> list:
        data = [
            [quadrant(*SCORECARD[0]), quadrant(*SCORECARD[1])],
            [quadrant(*SCORECARD[2]), quadrant(*SCORECARD[3])],
        ]
        tbl = rl.RLTable(
            data,
            colWidths=[QW, QW],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), PANEL),
                    ("LINEAFTER", (0, 0), (0, -1), gap, colors.white),
                    ("LINEBELOW", (0, 0), (-1, 0), gap, colors.white),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 6)]

    cell = r.styles["cell"]
    cellr = r.styles["cellr"]
    cellb = r.styles["cellb"]
    celli = rl.ParagraphStyle(
        "celli", parent=cell, fontName="LiberationSans-Italic", textColor=colors.HexColor("#555555")
    )
    cellir = rl.ParagraphStyle("cellir", parent=celli, alignment=2)
    headr = r.styles["cellbr"]

    def kpis(b: Custom) -> list:
        data = [[Paragraph("Nyckeltal", cellb)] + [Paragraph(y, headr) for y in YEARS]]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for persp, ks in KPIS:
            i = len(data)
            data.append([Paragraph(escape(persp), cellb)] + [""] * len(YEARS))
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("TOPPADDING", (0, i), (-1, i), 5),
                ("LINEBELOW", (0, i), (-1, i), 0.4, colors.HexColor("#808080")),
            ]
            for name, vals, targets, f, marks in ks:
                data.append(
                    [Paragraph(escape(name), cell)]
                    + [
                        Paragraph("–" if v is None else escape(f(v) + marks.get(y, "")), cellr)
                        for y, v in zip(YEARS, vals, strict=True)
                    ]
                )
                if targets:
                    data.append(
                        [Paragraph("&nbsp;&nbsp;&nbsp;Målvärde", celli)]
                        + [Paragraph(escape(targets.get(y, "")), cellir) for y in YEARS]
                    )
                j = len(data) - 1
                cmds.append(("LINEBELOW", (0, j), (-1, j), 0.25, colors.HexColor("#BFBFBF")))
        widths = [0.45] + [0.11] * 5
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [
            KeepTogether(
                [
                    r.para("Nyckeltal per perspektiv 2021–2025", "caption"),
                    tbl,
                    rl.Spacer(1, 3),
                    r.para(FOOTNOTES, "note"),
                ]
            )
        ]

    r.custom.update(masthead=masthead, scorecard=scorecard, kpis=kpis)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

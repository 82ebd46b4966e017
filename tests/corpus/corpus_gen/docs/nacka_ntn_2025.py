"""Nacka, Natur- och trafiknämnden, årsbokslut 2025 as a goal-management system (Hypergene-like)
exports it (reportlab, Liberation Sans): kommunfullmäktige's målområden printed as shaded
"Inriktningsmål: …" bands with the nämnd's "Effektmål: …" below each, only the effektmål
assessed; the assessment is only the first word(s) of the effektmål's comment paragraph, in a
coloured bold font ("Uppnått. Cykelflödena …", "Delvis uppnått.", "Ej uppnått.", "Ej bedömt.");
a KPI table in which each KPI takes two rows (its name alone on the first, its values on the
second under Fg år | Jan–dec | Målvärde, the label cell blank), the years never printed in the
header; finance tables Utfall fg år | Budget | Utfall | Avvikelse | Avvikelse % with negative
amounts in parentheses ("(5 960)") in black."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table


@dataclass(frozen=True)
class Paren(NumFmt):
    """A negative number in parentheses, no minus sign: -5960 → "(5 960)"."""

    def __call__(self, v: float | int) -> str:
        s = NumFmt.__call__(self, abs(v))
        return f"({s})" if v < 0 and s.strip("0,") else s


PAREN = Paren()
PAREN1 = Paren(dec=1)
PCT = NumFmt(suffix=" %")
DEC2 = NumFmt(dec=2)

GREEN = colors.HexColor("#2E7D32")
AMBER = colors.HexColor("#B86E00")
RED = colors.HexColor("#C62828")
GREY = colors.HexColor("#6E6E6E")
BAND = colors.HexColor("#DDE7EE")
DARK = colors.HexColor("#1D4F6E")

WORD = {
    "achieved": ("Uppnått", GREEN),
    "partly": ("Delvis uppnått", AMBER),
    "not_achieved": ("Ej uppnått", RED),
    "unassessed": ("Ej bedömt", GREY),
}

# (inriktningsmål, intro, [(effektmål, status, comment after the status word)])
TREE = [
    (
        "Attraktiva livsmiljöer i hela Nacka",
        "Kommunfullmäktiges målområde. Nämnden bidrar genom tre effektmål.",
        [
            (
                "Fler invånare ska välja att gå, cykla och åka kollektivt",
                "partly",
                "Cykelpassagerna i kommunens mätpunkter ökade till i genomsnitt 12 550 per "
                "dygn och nådde målvärdet. Andelen resor med kollektivtrafik, cykel eller gång "
                "minskade däremot till 53 procent, bland annat efter avstängningen av "
                "Saltsjöbanan under våren.",
            ),
            (
                "Nackas parker och naturområden ska upplevas som trygga och välskötta",
                "achieved",
                "I kommunens medborgarundersökning uppgav 78 procent att parker och "
                "naturområden upplevs som trygga, en ökning med fyra procentenheter. "
                "Belysningen i Nyckelviken och längs Järlaleden har förbättrats.",
            ),
            (
                "Trafiksäkerheten för oskyddade trafikanter ska öka",
                "not_achieved",
                "Antalet gående och cyklister som skadades svårt i trafiken var 14, mot 11 året "
                "innan. Under 2024 uppnåddes målet. Åtgärder vid skolvägarna i Fisksätra och "
                "Orminge har genomförts men hann inte ge effekt under året.",
            ),
        ],
    ),
    (
        "Maximalt värde för skattepengarna",
        "Kommunfullmäktiges målområde. Nämnden bidrar genom två effektmål.",
        [
            (
                "Drift och underhåll av gator ska vara kostnadseffektivt",
                "achieved",
                "Kostnaden för drift och underhåll per kvadratmeter gata minskade till 21,40 "
                "kronor efter den nya upphandlingen av gatudriften i östra Nacka.",
            ),
            (
                "Felanmälningar ska åtgärdas inom utlovad tid",
                "partly",
                "Andelen felanmälningar som åtgärdades inom utlovad tid ökade till 86 procent "
                "men når inte målvärdet 90 procent. Vinterns snöoväder i januari gav en stor "
                "mängd anmälningar på kort tid.",
            ),
        ],
    ),
    (
        "Stark och balanserad tillväxt",
        "Kommunfullmäktiges målområde. Nämnden bidrar genom ett effektmål.",
        [
            (
                "Nya gator och parker i Nacka stad ska tas i drift enligt plan",
                "unassessed",
                "Överlämnandet av allmänna anläggningar från exploateringsenheten har "
                "försenats och endast tre av sju planerade anläggningar togs över under året. "
                "En bedömning görs i tertialbokslut 1 2026.",
            ),
        ],
    ),
]

# name, fg år (2024), jan–dec (2025), målvärde, fmt
KPIS = [
    (
        "Andel av invånarnas resor som görs med kollektivtrafik, cykel eller gång",
        54,
        53,
        "≥ 55 %",
        PCT,
    ),
    ("Cykelpassager i kommunens mätpunkter, genomsnitt per dygn", 11_840, 12_550, "12 500", None),
    ("Andel invånare som upplever parker och naturområden som trygga", 74, 78, "75 %", PCT),
    ("Gående och cyklister som skadats svårt i trafiken, antal", 11, 14, "≤ 10", None),
    ("Kostnad för drift och underhåll per kvadratmeter gata, kr", 22.85, 21.40, "22,00", DEC2),
    ("Felanmälningar åtgärdade inom utlovad tid", 81, 86, "90 %", PCT),
    ("Överlämnade allmänna anläggningar i Nacka stad, antal", None, 3, "7", None),
    ("Nöjd-medborgar-index, gång- och cykelvägar", 56, 58, "–", None),
]

# drift per verksamhet in tkr: (name, utfall fg år, budget, utfall); a net income is negative
UNITS = [
    ("Nämnd och ledning", 6_420, 6_900, 6_710),
    ("Gata och trafik", 118_350, 121_600, 124_850),
    ("Vinterväghållning", 31_280, 28_000, 33_960),
    ("Park och natur", 64_910, 67_400, 65_120),
    ("Parkering", -18_640, -19_500, -21_230),
]

# resultaträkning in tkr: (row, utfall fg år, budget, utfall)
INC = [
    ("Verksamhetens intäkter", 96_480, 98_200, 104_630),
    ("Verksamhetens kostnader", -298_800, -302_600, -314_040),
    ("Nettokostnad", -202_320, -204_400, -209_410),
    ("Kommunbidrag", 203_000, 204_400, 204_400),
    ("Resultat", 680, 0, -5_010),
]

FIN_COLS = ("Utfall fg år", "Budget", "Utfall", "Avvikelse", "Avvikelse %")


def pct(dev: int, budget: int) -> float | Raw:
    return Raw("–") if budget == 0 else round(dev / abs(budget) * 100, 1)


def fin_cols() -> list[Col]:
    return [Col((h,)) for h in FIN_COLS[:4]] + [Col((FIN_COLS[4],), fmt=PAREN1, in_key=False)]


def kpi_table() -> Table:
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Fg år",), year="2024"),
            Col(("Jan–dec",), year="2025"),
            Col(("Målvärde",)),
        ],
        rows=[Row(n, [Raw("–") if a is None else a, b, Raw(t)], fmt=f) for n, a, b, t, f in KPIS],
        kind="kpi",
        caption="Nyckeltal för effektmålen",
        note="Fg år = utfall föregående år (2024). Jan–dec = utfall 2025.",
    )


def build() -> Doc:
    d = Doc(
        stem="nacka-natur-och-trafiknamnden-arsbokslut-2025",
        municipality="Nacka",
        committee="Natur- och trafiknämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsbokslut 2025 Natur- och trafiknämnden",
        engine="reportlab",
        what="Natur- och trafiknämnden, årsbokslut 2025 as a goal-management system "
        "(Hypergene-like) exports it (reportlab, Liberation Sans), no title page",
        hard="kommunfullmäktige's målområden printed as shaded bands \"Inriktningsmål: "
        'Attraktiva livsmiljöer i hela Nacka" with a one-line intro and no assessment, and '
        'the nämnd\'s goals below each as "Effektmål: …" lines, only the effektmål assessed '
        "(six goals under three bands); the assessment is only the first words of the "
        "effektmål's comment paragraph, in a coloured bold font (\"Uppnått. I kommunens "
        'medborgarundersökning …", "Delvis uppnått.", "Ej uppnått.", "Ej bedömt."), no '
        "label, no legend, and one not-achieved comment mentions that the goal was achieved "
        'the year before ("Under 2024 uppnåddes målet."); a KPI table Nyckeltal | Fg år | '
        "Jan–dec | Målvärde in which each KPI takes two rows, its name alone on the first "
        "(spanning the table) and its values on the second under the columns with a blank "
        'label cell; the years are never in the KPI header ("Fg år" = 2024 and "Jan–dec" = '
        "2025 only by a note under the table); a drift table per verksamhet and a "
        "resultaträkning with the columns Utfall fg år | Budget | Utfall | Avvikelse | "
        "Avvikelse % (tkr, no years; the percentage column not in the key), negative "
        'amounts in parentheses in black ("(5 960)", "(2,5)"), a net-income unit '
        '("Parkering", negative in every column); the municipality as "Nacka kommun" in the '
        "masthead and the footer",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Nacka kommun\nÅrsbokslut 2025\nNatur- och trafiknämnden\n"
            "Dnr NTN 2026/31 · Rapporten är skapad i nämndens verksamhetssystem 2026-02-04",
        )
    )
    d.h(1, "Sammanfattning")
    d.p(
        "Natur- och trafiknämnden ansvarar för kommunens gator, vägar, parker och "
        "naturområden, trafiksäkerhet och parkering. Två av nämndens sex effektmål har uppnåtts "
        "och två delvis. Nämnden redovisar ett underskott om 5,0 mnkr, som till största delen "
        "beror på en kostsam vinter och högre kostnader för gatudriften."
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämndens mål följer kommunfullmäktiges målområden, som i systemet kallas "
        "inriktningsmål. Under varje inriktningsmål finns nämndens effektmål. Det är "
        "effektmålen som bedöms; bedömningen anges först i kommentaren till varje effektmål."
    )
    n = {s: 0 for s in WORD}
    for im, intro, goals in TREE:
        d.add(Custom("im", {"title": im}, words=f"Inriktningsmål: {im}"))
        d.p(intro, "small")
        for title, status, comment in goals:
            d.add(Custom("em", {"title": title}, words=f"Effektmål: {title}"))
            d.goal(title, status)
            n[status] += 1
            d.add(
                Custom(
                    "comment",
                    {"status": status, "text": comment},
                    words=f"{WORD[status][0]}. {comment}",
                )
            )
    assert n == {"achieved": 2, "partly": 2, "not_achieved": 1, "unassessed": 1}

    d.h(1, "Nyckeltal")
    t = kpi_table()
    words = [t.caption or "", "Nyckeltal\tFg år\tJan–dec\tMålvärde"]
    for r in t.rows:
        words.append(r.label)
        words.append("\t".join(t.fmt_cell(r, c, v) for c, v in zip(t.cols, r.cells, strict=True)))
    words.append(t.note or "")
    d.add(Custom("kpi", {"table": t}, words="\n".join(words)))

    d.h(1, "Ekonomi")
    fg = sum(u[1] for u in UNITS)
    bu = sum(u[2] for u in UNITS)
    ut = sum(u[3] for u in UNITS)
    assert (fg, bu, ut) == (202_320, 204_400, 209_410)
    assert [-x for x in INC[2][1:]] == [fg, bu, ut]
    for j in (1, 2, 3):
        assert INC[0][j] + INC[1][j] == INC[2][j]
        assert INC[2][j] + INC[3][j] == INC[4][j]
    d.p(
        "Nämnden redovisar en nettokostnad om 209,4 mnkr mot en budget om 204,4 mnkr, ett "
        "underskott om 5,0 mnkr. Vinterväghållningen överskred budget med 6,0 mnkr efter "
        "snöovädret i januari och ett kallt december. Gata och trafik överskred budget med "
        "3,3 mnkr. Park och natur och parkeringsverksamheten redovisar överskott; "
        "parkeringsintäkterna blev 1,7 mnkr högre än budgeterat."
    )
    rows = [Row(nm, [a, b, u, b - u, pct(b - u, b)]) for nm, a, b, u in UNITS]
    rows.append(Row("Summa", [fg, bu, ut, bu - ut, pct(bu - ut, bu)], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=fin_cols(),
            rows=rows,
            kind="unit",
            fmt=PAREN,
            caption="Driftredovisning per verksamhet, tkr",
            note="Nettokostnad per verksamhet; en nettointäkt anges inom parentes. Avvikelse = "
            "budget minus utfall; ett underskott anges inom parentes. Avvikelse % = "
            "avvikelsen i procent av budgetbeloppet.",
            label_width=2.6,
        )
    )
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=fin_cols(),
            rows=[
                Row(
                    nm,
                    [a, b, u, u - b, pct(u - b, b)],
                    total=nm in ("Nettokostnad", "Resultat"),
                )
                for nm, a, b, u in INC
            ],
            kind="is",
            fmt=PAREN,
            caption="Resultaträkning, tkr",
            note="Kostnader och negativa belopp anges inom parentes. Avvikelse = utfall minus "
            "budget.",
            label_width=2.6,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Under 2026 tar nämnden över fler gator och parker i Nacka stad. Trafiksäkerheten vid "
        "skolorna prioriteras, och en ny parkeringsstrategi ska beslutas under våren."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.6,
        "leading": 13,
        "hcolor": DARK,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": BAND,
        "header": "Årsbokslut 2025 – Natur- och trafiknämnden\t\tUtskrift 2026-02-04",
        "footer": "Nacka kommun\t\tSida {page} av {pages}",
        "hf_size": 7.8,
        "hf_rule": True,
        "margins": (2.1 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    r.styles["small"].textColor = GREY

    def st(name: str, **kw: object) -> rl.ParagraphStyle:
        return rl.ParagraphStyle(name, parent=r.styles["body"], **kw)

    def masthead(_b: Custom) -> list:
        return [
            Paragraph(
                "Nacka kommun",
                st(
                    "m0", fontName="LiberationSans-Bold", fontSize=11, textColor=DARK, spaceAfter=10
                ),
            ),  # fmt: skip
            Paragraph("Årsbokslut 2025", r.styles["title"]),
            Paragraph("Natur- och trafiknämnden", r.styles["subtitle"]),
            Paragraph(
                "Dnr NTN 2026/31 · Rapporten är skapad i nämndens verksamhetssystem 2026-02-04",
                r.styles["meta"],
            ),
            rl.Spacer(1, 8),
        ]

    band_st = st("band", fontName="LiberationSans-Bold", fontSize=10.5, leading=13,
                 textColor=DARK, spaceAfter=0)  # fmt: skip

    def im(b: Custom) -> list:
        txt = '<font name="LiberationSans">Inriktningsmål:</font> ' + escape(b.data["title"])
        tbl = rl.RLTable(
            [[Paragraph(txt, band_st)]],
            colWidths=[W],
            style=rl.TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), BAND),
                    ("LINEABOVE", (0, 0), (-1, 0), 1.2, DARK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            ),
            hAlign="LEFT",
        )
        return [rl.Spacer(1, 8), tbl, rl.Spacer(1, 3)]

    em_st = st("em", fontName="LiberationSans-Bold", fontSize=10, leading=13, leftIndent=10,
               spaceBefore=5, spaceAfter=2, keepWithNext=1)  # fmt: skip
    com_st = st("com", leftIndent=10, spaceAfter=6)

    def em(b: Custom) -> list:
        txt = '<font name="LiberationSans" color="#6E6E6E">Effektmål:</font> ' + escape(
            b.data["title"]
        )
        return [Paragraph(txt, em_st)]

    def comment(b: Custom) -> list:
        word, col = WORD[b.data["status"]]
        txt = (
            f'<font name="LiberationSans-Bold" color="#{col.hexval()[2:]}">'
            f"{escape(word)}.</font> {escape(b.data['text'])}"
        )
        return [Paragraph(txt, com_st)]

    def p(s: str, style: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[style])

    def kpi(b: Custom) -> list:
        t: Table = b.data["table"]
        data = [[p("Nyckeltal", "cellb"), p("Fg år", "cellbr"), p("Jan–dec", "cellbr"),
                 p("Målvärde", "cellbr")]]  # fmt: skip
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for row in t.rows:
            i = len(data)
            data.append([p(row.label), "", "", ""])
            cmds.append(("SPAN", (0, i), (-1, i)))
            cells = [t.fmt_cell(row, c, v) for c, v in zip(t.cols, row.cells, strict=True)]
            data.append([""] + [p(s, "cellr") for s in cells])
            cmds.append(("BOTTOMPADDING", (0, i + 1), (-1, i + 1), 4))
            cmds.append(("LINEBELOW", (0, i + 1), (-1, i + 1), 0.3, colors.HexColor("#B0B0B0")))
        widths = [0.52, 0.16, 0.16, 0.16]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para(t.caption or "", "caption"), tbl, r.para(t.note or "", "note")]

    r.custom.update(masthead=masthead, im=im, em=em, comment=comment, kpi=kpi)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

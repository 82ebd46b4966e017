"""Vetlanda, Tekniska nämnden, tertialrapport 1 2026 (reportlab, Carlito): the drift table per
verksamhet has the columns Budget helår | Utfall T1 | Utfall T1 föreg. år | Prognos helår | Avvikelse,
and its negative numbers are printed the accountant's way: in a red font, with no minus sign, in
parentheses ("(2 300)")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
RED = "#C00000"


@dataclass(frozen=True)
class Paren(NumFmt):
    """A negative number in parentheses, no minus sign: -2300 → "(2 300)"."""

    def __call__(self, v: float | int) -> str:
        s = NumFmt.__call__(self, abs(v))
        return f"({s})" if v < 0 else s


PAREN = Paren()
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
}

# goal, forecast, comment
GOALS = [
    (
        "Vägar och gång- och cykelvägar ska vara säkra och framkomliga året runt",
        "expected_achieved",
        "Vinterväghållningen har skett enligt standard och inga allvarliga klagomål har kommit in.",
    ),
    (
        "Andelen hushållsavfall som sorteras ut för återvinning ska öka",
        "partly",
        "Matavfallsinsamlingen har byggts ut till Holsbybrunn och Ekenässjön; andelen har ökat "
        "men målvärdet 45 procent nås troligen inte i år.",
    ),
    (
        "Leveranssäkerheten i dricksvattnet ska vara hög",
        "expected_achieved",
        "Inga oplanerade avbrott längre än åtta timmar har inträffat under perioden.",
    ),
    (
        "Nämnden ska hålla sin budgetram",
        "expected_not_achieved",
        "Prognosen är ett underskott om 2 300 tkr, främst för vinterväghållning.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="vetlanda-tekniska-namnden-tertialrapport-1-2026",
        municipality="Vetlanda",
        committee="Tekniska nämnden",
        report_type="interim",
        year=2026,
        end="2026-04-30",
        title="Tertialrapport 1 2026",
        engine="reportlab",
        what="Tekniska nämnden, tertialrapport 1 2026 (januari–april); reportlab, Carlito",
        hard="a drift table per verksamhet with the columns Budget helår | Utfall T1 | Utfall T1 "
        "föreg. år | Prognos helår | Avvikelse (two-line headers; the previous year's period "
        'outcome named "föreg. år", not by its year) whose negative numbers are printed in a red '
        'font in parentheses with no minus sign ("(2 300)"), in every column (a fee-financed '
        "verksamhet with a negative net cost, negative deviations, the total's deviation); the "
        'period only as "Tertialrapport 1" and "januari–april"; goals in a table Mål | Prognos '
        'helår | Kommentar ("Uppnås", "Uppnås delvis", "Uppnås inte"); KPI columns T1 2025 | '
        'T1 2026 | Mål 2026; footer "Vetlanda kommun · Tekniska nämnden … Sida 2 av 3"',
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Tertialrapport 1 2026\nTekniska nämnden\nJanuari–april 2026\nVetlanda kommun",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Tekniska nämnden ansvarar för gator och vägar, parker, vatten och avlopp, avfall samt "
        "kommunens fastigheter och måltidsverksamhet. Tertialrapporten omfattar perioden "
        "januari–april 2026 och innehåller en prognos för helåret."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 2 300 tkr för helåret. Underskottet beror "
        "på en kall och snörik vinter och på högre energikostnader i fastigheterna. Av "
        "nämndens fyra mål bedöms två uppnås, ett uppnås delvis och ett inte uppnås."
    )
    d.h(1, "Måluppfyllelse", "2")
    lines = ["Tabell 1. Nämndens mål", "Mål\tPrognos helår\tKommentar"]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{WORDS[s]}\t{c}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "3")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("T1 2025",), year="2025"),
                Col(("T1 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[
                Row("Antal plogtillfällen", [14, 19, None], fmt=N),
                Row("Andel utsorterat hushållsavfall", [38, 41, 45], fmt=PCT),
                Row("Levererad mängd dricksvatten, tusen m³", [612, 598, None], fmt=N),
                Row("Antal serverade skolmåltider, tusental", [402, 411, None], fmt=N),
                Row("Energianvändning i kommunens fastigheter, MWh", [9_840, 10_320, None], fmt=N),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–april",
            label_width=3.6,
        )
    )
    d.h(1, "Ekonomi", "4")
    # verksamhet, budget helår, utfall T1, utfall T1 föreg. år, prognos helår
    units = [
        ("Nämnd och administration", 4_200, 1_310, 1_280, 4_100),
        ("Gator och vägar", 38_600, 19_870, 15_940, 41_400),
        ("Parker och grönområden", 9_800, 2_450, 2_390, 9_700),
        ("Fastigheter", 12_500, 4_960, 3_870, 13_600),
        ("Måltidsverksamhet", 21_300, 6_780, 6_950, 19_800),
        ("Vatten och avlopp", 0, -1_850, -1_420, 600),
        ("Avfall", 0, -640, -310, -500),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3, 4)]
    assert tot[0] - tot[3] == -2_300, tot
    rows = [Row(n, [b, u, f, p, b - p]) for n, b, u, f, p in units]
    rows.append(Row("Summa", [*tot, tot[0] - tot[3]], total=True))
    d.p(
        "Gator och vägar prognostiserar ett underskott om 2 800 tkr, fastigheterna ett "
        "underskott om 1 100 tkr. Vatten och avlopp samt avfall är taxefinansierade och ska "
        "gå jämnt ut över tid; vatten och avlopp beräknas få ett underskott om 600 tkr som "
        "täcks av tidigare års överskott. Måltidsverksamheten beräknas få ett överskott om "
        "1 500 tkr tack vare lägre livsmedelspriser."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget", "helår")),
                Col(("Utfall", "T1")),
                Col(("Utfall T1", "föreg. år")),
                Col(("Prognos", "helår")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad",
            note="Negativa belopp anges inom parentes. Avvikelse = budget helår minus prognos "
            "helår; ett negativt belopp är ett underskott.",
            fmt=PAREN,
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": colors.HexColor("#00607A"),
        "h_sizes": {1: 15, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3F0F3"),
        "header": "",
        "footer": "Vetlanda kommun · Tekniska nämnden\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    red = rl.ParagraphStyle("red", parent=r.styles["cellr"], textColor=colors.HexColor(RED))
    redb = rl.ParagraphStyle("redb", parent=r.styles["cellbr"], textColor=colors.HexColor(RED))

    def cell(s: str, right: bool, bold: bool) -> Paragraph:
        if s.startswith("(") and s.endswith(")"):
            return Paragraph(escape(s), redb if bold else red)
        st = {(False, False): "cell", (True, False): "cellr", (False, True): "cellb"}
        return Paragraph(
            escape(s).replace("\n", "<br/>"), r.styles[st.get((right, bold), "cellbr")]
        )

    r.cell_factory = cell

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 200),
            r.para("Tertialrapport 1 2026", "title"),
            r.para("Tekniska nämnden", "subtitle"),
            r.para("Januari–april 2026", "subtitle"),
            rl.Spacer(1, 260),
            r.para("Vetlanda kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Mål", "cellb"), p("Prognos helår", "cellb"), p("Kommentar", "cellb")]]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E3F0F3")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#A0A0A0")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        for g, s, c in GOALS:
            data.append([p(g), p(WORDS[s]), p(c)])
        widths = [0.38, 0.16, 0.46]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Nämndens mål", "caption"), tbl, rl.Spacer(1, 10)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

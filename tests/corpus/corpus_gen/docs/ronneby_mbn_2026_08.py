"""Ronneby, Miljö- och byggnadsnämnden, Delårsrapport 2 (januari–augusti 2026; reportlab, Carlito
body, DejaVu Sans Condensed in the tables).

The goals are assessed in one matrix, as a goal-management system prints a nämnd's goals over the
year: a row per goal and three assessment columns "T1 2026" | "T2 2026" | "Prognos helår", each
cell filled with a status colour (green / yellow / red / grey as the cell's background) and a short
word on it ("Uppfyllt", "Delvis", "Ej uppfyllt", "Ej bedömt"). The three columns differ for most
goals (red at T1, yellow at T2, green for the year), so a reader must take the column of the
year's forecast, the last one. Målområde rows span the table, shaded and bold. A legend of the
colours is under the table. After the matrix each goal has a short analysis under its title (no
status word there that contradicts the matrix, but sentences about the earlier tertials).

The key: the goal's status is its "Prognos helår" cell, read as a forecast (interim report):
Uppfyllt → expected_achieved, Delvis → partly, Ej uppfyllt → expected_not_achieved, Ej bedömt →
unassessed. The T1 and T2 columns are not in the key. The key carries this as its "comment"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Ronneby kommun"
COMMITTEE = "Miljö- och byggnadsnämnden"
TITLE = "Delårsrapport 2 2026"
PERIOD = "januari–augusti 2026"

INK = colors.HexColor("#222222")
BLUE = colors.HexColor("#00507A")
AREA_BG = colors.HexColor("#DCE6EE")
HEAD_BG = colors.HexColor("#00507A")

# status code → (word on the cell, background, text colour)
CELL = {
    "U": ("Uppfyllt", colors.HexColor("#3E9B4F"), colors.white),
    "D": ("Delvis", colors.HexColor("#F4C430"), colors.HexColor("#1A1A1A")),
    "E": ("Ej uppfyllt", colors.HexColor("#CC3B33"), colors.white),
    "N": ("Ej bedömt", colors.HexColor("#BDBDBD"), colors.HexColor("#1A1A1A")),
}
FORECAST = {
    "U": "expected_achieved",
    "D": "partly",
    "E": "expected_not_achieved",
    "N": "unassessed",
}
LEGEND = [
    (
        "U",
        "målet är uppfyllt vid uppföljningen (T1, T2) eller bedöms vara uppfyllt vid årets slut (Prognos helår)",
    ),
    ("D", "målet är delvis uppfyllt eller bedöms bli delvis uppfyllt"),
    ("E", "målet är inte uppfyllt eller bedöms inte bli uppfyllt"),
    ("N", "underlag saknas för en bedömning"),
]
MCOLS = ("T1 2026", "T2 2026", "Prognos helår")

# målområde: [(goal, (T1, T2, Prognos helår), analysis paragraphs)]
AREAS = [
    (
        "Service och bemötande",
        [
            (
                "Handläggningstiden för bygglov ska vara högst fem veckor från komplett ansökan",
                ("E", "D", "U"),
                [
                    "Under våren var handläggningstiderna långa sedan två bygglovshandläggare "
                    "slutat under vintern. Vid tertial 1 var medianen 6,4 veckor och målet var "
                    "inte uppfyllt. Två nya handläggare började i april och maj, och för perioden "
                    "januari–augusti är medianen nu 4,8 veckor. Under juni–augusti låg den under "
                    "fyra veckor.",
                    "Med nuvarande bemanning och ett något lägre antal ansökningar än i fjol "
                    "bedöms handläggningstiden klara målvärdet för helåret.",
                ],
            ),
            (
                "De sökandes nöjdhet med nämndens myndighetsutövning ska öka",
                ("N", "D", "D"),
                [
                    "Servicemätningen Insikt redovisas halvårsvis och fanns därför inte vid "
                    "tertial 1. Resultatet för första halvåret ger ett NKI för bygglov på 68, "
                    "fyra enheter högre än samma period 2025 men under målvärdet 70. För "
                    "miljö- och hälsoskydd och livsmedelskontroll är nöjdheten fortsatt hög.",
                    "Förvaltningen har infört förhandsmöten för större byggprojekt och en ny "
                    "e-tjänst för bygglov. Effekten väntas främst synas i mätningen för andra "
                    "halvåret.",
                ],
            ),
        ],
    ),
    (
        "Hållbar miljö och god hälsa",
        [
            (
                "Den planerade tillsynen inom miljö- och hälsoskydd ska genomföras enligt "
                "tillsynsplanen",
                ("U", "D", "E"),
                [
                    "Tillsynen låg i fas under årets första fyra månader. Sedan juni är en "
                    "tjänst som miljöinspektör vakant och en medarbetare är föräldraledig, och "
                    "hittills har 52 procent av årets planerade tillsynsbesök genomförts. "
                    "Klagomål om buller, lukt och nedskräpning har prioriterats enligt "
                    "nämndens riktlinjer.",
                    "Rekryteringen pågår men den nya inspektören kan börja tidigast i november. "
                    "Eftersläpningen kan inte tas igen under hösten, och tillsynen av "
                    "lantbruk med färre än 100 djurenheter flyttas till 2027.",
                ],
            ),
            (
                "Livsmedelskontrollen ska genomföras enligt nämndens kontrollplan",
                ("U", "U", "U"),
                [
                    "Kontrollen följer planen. I augusti var 71 procent av årets planerade "
                    "kontroller genomförda, något mer än samma period 2025. Antalet "
                    "extra offentliga kontroller efter klagomål och uppföljning av brister har "
                    "ökat, främst hos restauranger i centrala Ronneby och Kallinge.",
                ],
            ),
            (
                "Inventeringen av enskilda avlopp ska följa kommunens avloppsplan",
                ("N", "D", "E"),
                [
                    "Inventeringen i Listerby och Hjortsberga startade först i maj, eftersom "
                    "utskicket till fastighetsägarna försenades. Till och med augusti har 96 "
                    "avlopp inventerats, mot 148 under samma period 2025.",
                    "Årets målvärde är 200 inventerade avlopp. Med nuvarande takt och den "
                    "vakanta tjänsten inom miljö- och hälsoskydd når förvaltningen omkring 150 "
                    "under året.",
                ],
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare",
        [
            (
                "Sjukfrånvaron bland nämndens medarbetare ska vara högst 5 procent",
                ("U", "E", "N"),
                [
                    "Sjukfrånvaron var låg under årets första månader men har ökat under "
                    "sommaren, främst genom ett fåtal långa sjukskrivningar. För perioden "
                    "januari–augusti är den 6,2 procent, mot 4,6 procent samma period 2025.",
                    "Flera av de långa sjukskrivningarna väntas avslutas under hösten, men "
                    "utfallet är osäkert. Förvaltningen gör därför ingen prognos för helåret; "
                    "målet följs upp i årsredovisningen.",
                ],
            ),
            (
                "Medarbetarna ska rekommendera förvaltningen som arbetsplats",
                ("N", "U", "U"),
                [
                    "Medarbetarenkäten genomfördes i maj. Av medarbetarna svarade 81 procent "
                    "att de skulle rekommendera förvaltningen som arbetsplats, mot 72 procent "
                    "året innan. Högst värden har enheten för kart och mät och bygglovsenheten.",
                ],
            ),
        ],
    ),
]

KCOLS = [
    Col(("Jan–aug 2025",), year="2025"),
    Col(("Jan–aug 2026",), year="2026"),
    Col(("Målvärde 2026",), year=None),
]
# (name, jan–aug 2025, jan–aug 2026, target as printed, fmt)
KPIS = [
    ("Handläggningstid bygglov från komplett ansökan, median (veckor)", 6.1, 4.8, "≤ 5,0", DEC1),
    ("Antal inkomna ansökningar om bygglov", 318, 291, "–", N),
    ("Nöjd-Kund-Index (NKI) bygglov", 64, 68, "≥ 70", N),
    ("Andel genomförda planerade tillsynsbesök, miljö- och hälsoskydd", 63, 52, "100 %", PCT),
    ("Andel genomförda planerade livsmedelskontroller", 66, 71, "100 %", PCT),
    ("Antal inventerade enskilda avlopp", 148, 96, "≥ 200", N),
    ("Sjukfrånvaro bland medarbetarna", 4.6, 6.2, "≤ 5,0 %", PCT1),
    ("Andel medarbetare som rekommenderar förvaltningen som arbetsplats", 72, 81, "≥ 75 %", PCT),
]

# verksamhet: budget 2026, prognos 2026, utfall jan–aug (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 2_850, 2_790, 1_810),
    ("Bygglov och byggtillsyn", 3_420, 3_980, 2_710),
    ("Miljö- och hälsoskydd", 5_960, 5_730, 3_690),
    ("Livsmedelskontroll", 1_240, 1_150, 610),
    ("Kart och mät", 2_180, 2_250, 1_530),
    ("Bostadsanpassning", 4_300, 4_900, 3_380),
]

KEY_COMMENT = (
    "Each goal's status is its 'Prognos helår' cell of the goal matrix (the forecast for the "
    "year, read as a forecast in an interim report: Uppfyllt -> expected_achieved, Delvis -> "
    "partly, Ej uppfyllt -> expected_not_achieved, Ej bedömt -> unassessed); the 'T1 2026' and "
    "'T2 2026' columns are earlier assessments and not in the key."
)


@dataclass
class RonnebyDoc(Doc):
    """A Doc whose key carries a comment on how the goals' statuses were read."""

    def key(self) -> dict[str, Any]:
        return {"comment": KEY_COMMENT, **super().key()}


def matrix_words() -> str:
    lines = ["Tabell 1. Nämndens mål – bedömning per tertial och prognos för helåret"]
    lines.append("\t".join(("Mål", *MCOLS)))
    for area, goals in AREAS:
        lines.append(area)
        for title, codes, _a in goals:
            lines.append("\t".join([title] + [CELL[c][0] for c in codes]))
    return "\n".join(lines)


def legend_words() -> str:
    return "\n".join(f"{CELL[c][0]}\t{text}" for c, text in LEGEND)


def build() -> Doc:
    d = RonnebyDoc(
        stem="ronneby-miljo-och-byggnadsnamnden-delarsrapport-2026-08",
        municipality="Ronneby",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Miljö- och byggnadsnämnden, Delårsrapport 2 (januari–augusti 2026), a "
        "goal-management export (reportlab, Carlito body, DejaVu Sans Condensed tables), no "
        "title page",
        hard="the goals are assessed only in one matrix, a row per goal and three assessment "
        'columns "T1 2026" | "T2 2026" | "Prognos helår", each cell filled with a status colour '
        "as the cell's background (green / yellow / red / grey) with a short word on it "
        '("Uppfyllt", "Delvis", "Ej uppfyllt", "Ej bedömt"), the three columns different for '
        "most goals (red at T1, yellow at T2, green for the year; green at T1 and red for the "
        "year; a grey forecast after a red T2), so the status is the last column, the year's "
        "forecast (the key says so in its comment), not the first or the current tertial; "
        "målområde rows spanning the table, shaded and bold; a legend of the colours under the "
        "table; after the matrix a short analysis per goal under the goal's title that speaks "
        'of the earlier tertials ("Vid tertial 1 … var målet inte uppfyllt"); a KPI table '
        'Jan–aug 2025 | Jan–aug 2026 | Målvärde 2026 (targets "≤ 5,0", "100 %", a '
        'volume row with the target "–"); a drift table Budget 2026 | Prognos 2026 | '
        "Avvikelse | Utfall jan–aug (tkr, budget minus prognosis, the period's outcome last) "
        'with a Summa row; the municipality as "Ronneby kommun" in the masthead and the '
        "running header",
    )
    for _area, goals in AREAS:
        for title, codes, _a in goals:
            d.goal(title, FORECAST[codes[2]])
    n = [g.status for g in d.goals]
    assert n.count("expected_achieved") == 3 and n.count("partly") == 1, n
    assert n.count("expected_not_achieved") == 2 and n.count("unassessed") == 1, n

    tot_b = sum(b for _n, b, _p, _u in DRIFT)
    tot_p = sum(p for _n, _b, p, _u in DRIFT)
    tot_u = sum(u for _n, _b, _p, u in DRIFT)
    assert tot_b - tot_p == -850, (tot_b, tot_p)

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\nDelårsrapport 2\n{PERIOD}\n{COMMITTEE}",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Miljö- och byggnadsnämnden redovisar i delårsrapport 2 måluppfyllelse, nyckeltal och "
        "ekonomi för perioden januari–augusti 2026. Handläggningstiderna för bygglov har "
        "kortats sedan bygglovsenheten åter är fullt bemannad, och livsmedelskontrollen följer "
        "planen. Tillsynen inom miljö- och hälsoskydd och inventeringen av enskilda avlopp "
        "ligger efter på grund av vakanser."
    )
    d.p(
        "Av nämndens sju mål bedöms tre uppfyllas vid årets slut, ett bedöms delvis uppfyllas "
        "och två bedöms inte uppfyllas. För sjukfrånvaron görs ingen prognos för helåret. "
        "Nämnden prognostiserar ett underskott om 850 tkr, främst inom bostadsanpassningen och "
        "bygglov."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Tabellen visar nämndens bedömning av varje mål vid tertial 1 (januari–april) och vid "
        "tertial 2 (januari–augusti) samt prognosen för helåret 2026. Bedömningen i "
        "delårsrapporten är prognosen för helåret; bedömningarna per tertial visar hur "
        "måluppfyllelsen har utvecklats under året."
    )
    d.add(Custom("matrix", {}, words=matrix_words()))
    d.add(Custom("legend", {}, words=legend_words()))
    d.h(2, "Analys per mål", "2.1")
    for _area, goals in AREAS:
        for title, _codes, paras in goals:
            d.h(3, title, toc=False)
            for p in paras:
                d.p(p)

    d.h(1, "Nyckeltal", "3")
    d.p(
        "Nyckeltalen avser perioden januari–augusti respektive år. Andelen genomförda besök och "
        "kontroller anges som andel av helårets plan, och målvärdet avser helåret."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KCOLS,
            rows=[Row(nm, [a, b, Raw(t)], fmt=f) for nm, a, b, t, f in KPIS],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–augusti",
            label_width=4.2,
        )
    )

    d.h(1, "Ekonomi", "4")
    d.p(
        "Nämnden prognostiserar ett underskott om 850 tkr för helåret. Bostadsanpassningen har "
        "fått fler och dyrare ärenden än budgeterat, bland annat två större ombyggnader av "
        "badrum och en hiss, och prognosen är ett underskott om 600 tkr. Inom bygglov blir "
        "intäkterna lägre än budgeterat eftersom antalet ansökningar har minskat. Vakanserna "
        "inom miljö- och hälsoskydd ger ett överskott om 230 tkr."
    )
    rows = [Row(nm, [b, p, b - p, u]) for nm, b, p, u in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_p, tot_b - tot_p, tot_u], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
                Col(("Utfall jan–aug",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos; ett negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    d.p(
        "För att begränsa underskottet har förvaltningen skjutit upp inköpet av ett nytt "
        "ärendehanteringssystem till 2027 och återbesätter inte en administrativ tjänst under "
        "hösten. Nämnden kommer att begära att kommunstyrelsen prövar ersättning för de ökade "
        "kostnaderna för bostadsanpassning, som är en lagstadgad rättighet."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.0 * rl.cm, 2.1 * rl.cm, 2.1 * rl.cm)
    font, tfont = "Carlito", "DejaVuSansCondensed"
    o = {
        "font": font,
        "size": 10.5,
        "leading": 14,
        "hcolor": BLUE,
        "color": INK,
        "h_sizes": {1: 15, 2: 12.5, 3: 10.5},
        "table_font": tfont,
        "table_size": 8.4,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4ECF2"),
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _t, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.35 * rl.cm
        c.setFillColor(BLUE)
        c.setFont(f"{font}-Bold", 9)
        c.drawString(lft, y, MUNI)
        c.setFillColor(colors.HexColor("#505050"))
        c.setFont(font, 9)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} · {TITLE}")
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.0 * rl.cm
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#606060"))
        c.drawString(lft, fy, "Dnr MBN 2026/318")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName=f"{font}-Bold",
            fontSize=13,
            leading=16,
            textColor=BLUE,
            spaceAfter=10,
        )
        big = rl.ParagraphStyle(
            "mh1",
            parent=r.styles["title"],
            fontSize=24,
            leading=28,
            textColor=BLUE,
            spaceAfter=2,
        )
        per = rl.ParagraphStyle(
            "mh2",
            parent=r.styles["subtitle"],
            fontSize=14,
            leading=18,
            textColor=INK,
            spaceAfter=2,
        )
        com = rl.ParagraphStyle(
            "mh3",
            parent=r.styles["subtitle"],
            fontName=f"{font}-Bold",
            fontSize=13,
            leading=17,
            textColor=INK,
            spaceAfter=10,
        )
        return [
            Paragraph(MUNI, logo),
            Paragraph("Delårsrapport 2", big),
            Paragraph(PERIOD, per),
            Paragraph(COMMITTEE, com),
        ]

    tcell = rl.ParagraphStyle(
        "mc", parent=r.styles["cell"], fontName=tfont, fontSize=8.6, leading=10.6
    )
    thead = rl.ParagraphStyle("mh", parent=tcell, fontName=f"{tfont}-Bold", textColor=colors.white)
    theadc = rl.ParagraphStyle("mhc", parent=thead, alignment=1)
    tarea = rl.ParagraphStyle("ma", parent=tcell, fontName=f"{tfont}-Bold", textColor=BLUE)
    caption = rl.ParagraphStyle("cap", parent=r.styles["caption"])

    def status_style(code: str) -> rl.ParagraphStyle:
        return rl.ParagraphStyle(
            f"st{code}",
            parent=tcell,
            fontName=f"{tfont}-Bold",
            fontSize=8.2,
            alignment=1,
            textColor=CELL[code][2],
        )

    def matrix(_b: Custom) -> list:
        data: list[list[Any]] = [[Paragraph("Mål", thead)] + [Paragraph(h, theadc) for h in MCOLS]]
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.white),
            ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
            ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9FB3C4")),
        ]
        for area, goals in AREAS:
            i = len(data)
            data.append([Paragraph(escape(area), tarea), "", "", ""])
            cmds += [
                ("SPAN", (0, i), (-1, i)),
                ("BACKGROUND", (0, i), (-1, i), AREA_BG),
            ]
            for title, codes, _a in goals:
                i = len(data)
                data.append(
                    [Paragraph(escape(title), tcell)]
                    + [Paragraph(CELL[c][0], status_style(c)) for c in codes]
                )
                cmds.append(("LINEBELOW", (0, i), (0, i), 0.4, colors.HexColor("#C9D3DC")))
                for j, c in enumerate(codes, 1):
                    cmds.append(("BACKGROUND", (j, i), (j, i), CELL[c][1]))
        widths = [0.52, 0.16, 0.16, 0.16]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        cap = Paragraph(
            "Tabell 1. Nämndens mål – bedömning per tertial och prognos för helåret", caption
        )
        return [KeepTogether([cap, tbl]), rl.Spacer(1, 6)]

    def legend(_b: Custom) -> list:
        lst = rl.ParagraphStyle("lg", parent=tcell, fontSize=8, leading=9.8)
        data = []
        cmds: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -2), 1.5, colors.white),
        ]
        for k, (code, text) in enumerate(LEGEND):
            st = rl.ParagraphStyle(
                f"lgs{code}", parent=status_style(code), fontSize=7.6, leading=9.4
            )
            data.append([Paragraph(CELL[code][0], st), Paragraph(escape(text), lst)])
            cmds.append(("BACKGROUND", (0, k), (0, k), CELL[code][1]))
        tbl = rl.RLTable(
            data, colWidths=[0.13 * W, 0.75 * W], style=rl.TableStyle(cmds), hAlign="LEFT"
        )
        return [KeepTogether([tbl]), rl.Spacer(1, 8)]

    r.custom.update(masthead=masthead, matrix=matrix, legend=legend)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Kumla, Vård- och omsorgsnämnden, delårsrapport per 31 augusti 2026 (reportlab, Carlito) whose
KPI, volume and finance tables are headed by DATES, not by years or periods: the nyckeltal and
volume tables have the columns 2025-08-31 | 2025-12-31 | 2026-08-31 (| Mål 2026), that is the
interim value last year (januari–augusti 2025), the full-year value last year and the interim
value this year (januari–augusti 2026); the income statement and the drift table have Budget 2026
| Utfall 2026-08-31 | Prognos 2026-12-31 | Avvikelse; the goal table's forecast column is headed
"Prognos 2026-12-31". A note under each KPI table says what the dates stand for. Two of the
three value columns belong to 2025, so a reader that keys a column by the first year it finds in
the header, or keeps the last 2025 column it meets, or takes 2025-12-31 for the report's period
end, goes wrong.

The key rule applied to two columns of the same year (tests/corpus/README.md, "kpis"): values are
keyed by the year in the column header, and a period value of the report year is keyed by that
year ("Utfall jan–aug 2026" → "2026"), so 2026-08-31 → "2026". For 2025 there are two columns,
the interim value (2025-08-31) and the full-year value (2025-12-31); as in landskrona's styrkort,
where only "Helår 2025" is keyed and the part-year columns of the same year are not, the
full-year value is the year's value and is preferred: 2025-12-31 → "2025", and the 2025-08-31
column is not in the key (like a target column, it is printed but not a value of the key). Every
row has a full-year 2025 value, so no row falls back to its interim value. The volume rows differ
on purpose: a count at a date (persons, places) and a period sum ("Antal vårddygn på
korttidsboende", 4 120 for januari–augusti 2025, 6 240 for the whole of 2025) so that picking the
wrong 2025 column is visible. Finance columns are named as printed ("Utfall 2026-08-31",
"Prognos 2026-12-31"). The period is januari–augusti 2026, end 2026-08-31, although 2025-12-31
and 2026-12-31 head columns and the masthead names the meeting date 2026-09-24.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Kumla kommun"
COMMITTEE = "Vård- och omsorgsnämnden"
TITLE = "Delårsrapport per 31 augusti 2026"
DNR = "Dnr VON 2026/58"

GREEN = colors.HexColor("#1E6B52")
HEAD_BG = colors.HexColor("#E4EFEA")
GRID = colors.HexColor("#9DB8AD")
STATUS = {
    "expected_achieved": ("Uppnås", colors.HexColor("#D6EBD9")),
    "partly": ("Uppnås delvis", colors.HexColor("#FBEFC5")),
    "expected_not_achieved": ("Uppnås inte", colors.HexColor("#F6D2CF")),
}

D25A, D25F, D26A = "2025-08-31", "2025-12-31", "2026-08-31"

# goal title, forecast, comment
GOALS = [
    (
        "Den som har hemtjänst ska möta färre olika medarbetare",
        "partly",
        "En hemtjänsttagare mötte i genomsnitt 14 olika medarbetare under 14 dagar, mot 15 "
        "vid samma tidpunkt 2025. De nya planeringsgrupperna i centrala Kumla ger effekt, men "
        "målvärdet 12 nås inte i grupperna i Ekeby och Hällabrottet.",
    ),
    (
        "Väntetiden till särskilt boende ska minska",
        "partly",
        "Den genomsnittliga väntetiden var 47 dagar under perioden, mot 58 dagar för helåret "
        "2025. Tolv nya platser på Kumlagården öppnar i oktober.",
    ),
    (
        "Fler medarbetare ska arbeta heltid",
        "expected_achieved",
        "76 procent av de tillsvidareanställda har en heltidsanställning, vilket redan är över "
        "målvärdet 75 procent.",
    ),
    (
        "Sjukfrånvaron bland medarbetarna ska minska",
        "expected_achieved",
        "Sjukfrånvaron var 7,9 procent för perioden, lägre än samma period 2025. Hösten ger "
        "normalt en högre frånvaro, men helåret väntas hamna under 8,0 procent.",
    ),
    (
        "Beroendet av timanställd personal ska minska",
        "expected_not_achieved",
        "Timanställdas andel av den arbetade tiden var 17,2 procent. Semesterperioden höjer "
        "andelen och målvärdet 15,0 procent kan inte nås under året.",
    ),
    (
        "Varje brukare i särskilt boende ska ha en aktuell och säker planering av sin omsorg",
        "partly",
        "91 procent har en aktuell genomförandeplan och 88 procent en riskbedömning för fall. "
        "Båda andelarna ökar men ligger under målvärdena.",
    ),
]

# name, 2025-08-31, 2025-12-31, 2026-08-31, target as printed, fmt
KPIS = [
    (
        "Antal olika medarbetare som en hemtjänsttagare möter under 14 dagar",
        15,
        15,
        14,
        "≤ 12",
        N,
    ),
    ("Väntetid till särskilt boende, dagar (medelvärde)", 52, 58, 47, "≤ 45", N),
    ("Andel tillsvidareanställda med heltidsanställning", 71, 73, 76, "≥ 75 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 8.4, 8.9, 7.9, "≤ 8,0 %", PCT1),
    ("Timanställdas andel av arbetad tid", 19.6, 18.4, 17.2, "≤ 15,0 %", PCT1),
    ("Andel brukare i särskilt boende med aktuell genomförandeplan", 86, 89, 91, "≥ 95 %", PCT),
    ("Andel brukare i särskilt boende med riskbedömning för fall", 81, 84, 88, "≥ 90 %", PCT),
]

# name, 2025-08-31, 2025-12-31, 2026-08-31
VOLUMES = [
    ("Antal personer med hemtjänst", 612, 628, 647),
    ("Beviljade hemtjänsttimmar per månad (medelvärde)", 14_820, 14_960, 15_410),
    ("Antal belagda platser i särskilt boende", 268, 271, 274),
    ("Antal personer i kö till särskilt boende", 17, 21, 12),
    ("Antal vårddygn på korttidsboende", 4_120, 6_240, 4_390),
    ("Antal personer med insats enligt LSS", 231, 234, 239),
]

# verksamhet, budget 2026, utfall 2026-08-31, prognos 2026-12-31 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 21_400, 13_950, 20_900),
    ("Hemtjänst", 118_600, 81_240, 121_800),
    ("Särskilt boende", 176_300, 118_020, 177_100),
    ("Hemsjukvård och rehabilitering", 64_200, 42_310, 63_500),
    ("Insatser enligt LSS", 98_700, 66_880, 100_400),
    ("Dagverksamhet och anhörigstöd", 12_800, 8_110, 12_300),
]

# row, budget, utfall, prognos (tkr, costs negative); avvikelse = prognos - budget
RR = [
    ("Intäkter", 96_500, 66_320, 98_200, False),
    ("Kostnader", -588_500, -396_830, -594_200, False),
    ("Nettokostnad", -492_000, -330_510, -496_000, True),
    ("Kommunbidrag", 492_000, 328_000, 492_000, False),
    ("Resultat", 0, -2_510, -4_000, True),
]

DATE_NOTE = (
    "2025-08-31 och 2026-08-31 avser perioden januari–augusti respektive år, 2025-12-31 "
    "helåret 2025. Andelar av anställda och brukare avser läget vid respektive datum."
)
VOL_NOTE = (
    "Antal personer och platser avser läget vid respektive datum. Hemtjänsttimmar är ett "
    "medelvärde per månad och vårddygn en summa från den 1 januari till och med datumet."
)


def date_cols(target: bool) -> list[Col]:
    cols = [
        Col((D25A,), year=None),  # the interim value of 2025: the full year is preferred
        Col((D25F,), year="2025"),
        Col((D26A,), year="2026"),
    ]
    if target:
        cols.append(Col(("Mål 2026",), year=None))
    return cols


def kpi_table() -> Table:
    rows = [Row(n, [a, f, b, Raw(t)], fmt=fm) for n, a, f, b, t, fm in KPIS]
    return Table(
        label_head=("Nyckeltal",),
        cols=date_cols(True),
        rows=rows,
        kind="kpi",
        caption="Tabell 1. Nyckeltal",
        note=DATE_NOTE,
        label_width=4.2,
    )


def volume_table() -> Table:
    rows = [Row(n, [a, f, b]) for n, a, f, b in VOLUMES]
    return Table(
        label_head=("Volym",),
        cols=date_cols(False),
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Volymer",
        note=VOL_NOTE,
        label_width=4.2,
    )


FIN_COLS = [
    Col(("Budget 2026",)),
    Col(("Utfall 2026-08-31",)),
    Col(("Prognos 2026-12-31",)),
    Col(("Avvikelse",)),
]


def rr_table() -> Table:
    rows = [Row(n, [b, u, p, p - b], total=t) for n, b, u, p, t in RR]
    assert RR[0][1] + RR[1][1] == RR[2][1] and RR[0][3] + RR[1][3] == RR[2][3]
    assert RR[0][2] + RR[1][2] == RR[2][2]
    for j in (1, 2, 3):
        assert RR[2][j] + RR[3][j] == RR[4][j], j
    return Table(
        label_head=("Tkr",),
        cols=FIN_COLS,
        rows=rows,
        kind="is",
        caption="Tabell 3. Resultaträkning",
        note="Avvikelse = prognos minus budget. Kostnader redovisas med minustecken.",
        label_width=3.4,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    assert tot == [492_000, 330_510, 496_000], tot
    assert tot[0] == -RR[2][1] and tot[1] == -RR[2][2] and tot[2] == -RR[2][3]
    rows.append(Row("Summa nämnden", [*tot, tot[0] - tot[2]], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=FIN_COLS,
        rows=rows,
        kind="unit",
        caption="Tabell 4. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus prognos. Ett negativt belopp är ett underskott.",
        label_width=3.4,
    )


def build() -> Doc:
    d = Doc(
        stem="kumla-vard-och-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Kumla",
        committee="Vård- och omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Vård- och omsorgsnämnden, delårsrapport per 31 augusti 2026 (reportlab, Carlito), "
        "no title page",
        hard="every table is headed by dates instead of years or periods: the nyckeltal table "
        "Nyckeltal | 2025-08-31 | 2025-12-31 | 2026-08-31 | Mål 2026 and a volume table with the "
        "same three dates hold last year's interim value (januari–augusti 2025), last year's "
        "full-year value and this year's interim value, as a note under each says, so two "
        "columns carry 2025 and the key takes the full-year one (2025-12-31 → 2025, 2026-08-31 "
        "→ 2026, the 2025-08-31 column not in the key), a volume row of vårddygn summed over "
        "the period (4 120 by 2025-08-31, 6 240 for 2025) showing which was taken; a goal "
        'table Nämndmål | Prognos 2026-12-31 | Kommentar ("Uppnås", "Uppnås delvis", "Uppnås '
        'inte"); a resultaträkning and a drift table Budget 2026 | Utfall 2026-08-31 | '
        "Prognos 2026-12-31 | Avvikelse (tkr; prognosis minus budget in the first, budget minus "
        "prognosis in the second, with a Summa row), so the dates 2025-12-31 and 2026-12-31 "
        "stand in headers of a report whose period ends 2026-08-31 and whose masthead names "
        'the meeting date 2026-09-24; the municipality as "Kumla kommun" in the masthead and '
        "the running header",
    )
    d.options["pdf_author"] = "Vård- och omsorgsförvaltningen"
    d.options["pdf_creator"] = "Microsoft® Word för Microsoft 365"
    d.options["pdf_producer"] = "Microsoft® Word för Microsoft 365"
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n{DNR}\n"
            "Rapportperiod 2026-01-01 – 2026-08-31 · Behandlas av nämnden 2026-09-24",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Vård- och omsorgsnämnden redovisar i denna delårsrapport verksamhet, måluppfyllelse "
        "och ekonomi för perioden januari–augusti 2026 samt en prognos för helåret. Av "
        "nämndens sex mål bedöms två uppnås vid årets slut, tre delvis uppnås och ett inte "
        "uppnås."
    )
    d.p(
        "Prognosen för helåret är ett underskott om 4 000 tkr, vilket motsvarar 0,8 procent av "
        "nämndens budget. Underskottet finns inom hemtjänsten och insatser enligt LSS, där "
        "behoven har ökat mer än vad budgeten rymmer."
    )
    d.h(1, "Viktiga händelser under perioden", num="2")
    d.p(
        "Behovet av hemtjänst fortsätter att öka. Antalet personer med hemtjänst var 647 den 31 "
        "augusti, 35 fler än vid samma tidpunkt 2025, och de beviljade timmarna ökade med fyra "
        "procent. Kön till särskilt boende har minskat efter att korttidsplatser gjorts om "
        "till permanenta platser under våren."
    )
    d.bullets(
        "Planeringsgrupper med fasta medarbetare infördes i hemtjänsten i centrala Kumla i "
        "februari.",
        "Tolv platser på Kumlagården har byggts om och tas i bruk i oktober.",
        "Nattillsyn med kamera har införts för 38 brukare i ordinärt boende.",
        "En ny gruppbostad enligt LSS med fem lägenheter öppnade i Hällabrottet i juni.",
    )
    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Nämnden har sex mål för 2026. Tabellen visar nämndens prognos för om respektive mål "
        "uppnås vid årets slut. Prognosen bygger på nyckeltalen i avsnitt 4 och på "
        "verksamheternas egen uppföljning."
    )
    gwords = ["Nämndmål\tPrognos 2026-12-31\tKommentar"]
    for title, status, comment in GOALS:
        d.goal(title, status)
        gwords.append(f"{title}\t{STATUS[status][0]}\t{comment}")
    d.add(Custom("goals", {}, words="\n".join(gwords)))
    d.h(1, "Nyckeltal och volymer", num="4")
    d.p(
        "Nyckeltalen jämför utfallet den 31 augusti 2026 med samma tidpunkt föregående år och "
        "med helåret 2025. Flera nyckeltal varierar över året: sjukfrånvaron och andelen "
        "timanställda är högre under sommaren och hösten än under våren."
    )
    d.table(kpi_table())
    d.table(volume_table())
    d.p(
        "Vårddygnen på korttidsboende har ökat jämfört med samma period 2025 trots att fyra "
        "platser gjorts om till permanenta platser, eftersom fler har skrivits ut från "
        "regionens sjukhus med behov av rehabilitering."
    )
    d.h(1, "Ekonomi", num="5")
    d.p(
        "Nämndens budget för 2026 är 492 000 tkr. Nettokostnaden för januari–augusti är "
        "330 510 tkr, vilket är 2 510 tkr mer än kommunbidraget för perioden. Prognosen för "
        "helåret är en nettokostnad om 496 000 tkr och ett underskott om 4 000 tkr."
    )
    d.table(rr_table())
    d.table(drift_table())
    d.p(
        "Hemtjänsten prognostiserar ett underskott om 3 200 tkr till följd av fler beviljade "
        "timmar och ökade kostnader för bilar. Insatser enligt LSS visar ett underskott om "
        "1 700 tkr efter två nya beslut om personlig assistans. Förvaltningsledningen, "
        "hemsjukvården och dagverksamheten visar överskott genom vakanta tjänster. Åtgärder "
        "för att minska underskottet redovisas för nämnden i oktober."
    )
    d.h(1, "Framåtblick", num="6")
    d.p(
        "Antalet invånare i Kumla som är 80 år eller äldre väntas öka med omkring 30 procent "
        "fram till 2032. Nämnden behöver under 2027 planera för ytterligare platser i särskilt "
        "boende och för en fortsatt utbyggnad av hemtjänsten, samtidigt som kompetens"
        "försörjningen av undersköterskor och sjuksköterskor är den största utmaningen."
    )
    d.p(
        "Arbetet med heltid som norm och med fasta planeringsgrupper i hemtjänsten fortsätter "
        "under hösten. En ny bemanningsenhet för korttidsfrånvaro startar den 1 november och "
        "väntas minska behovet av timanställd personal under 2027."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    margins = (2.4 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm)
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 13.6,
        "hcolor": GREEN,
        "h_sizes": {1: 13.5, 2: 12, 3: 11},
        "table_size": 9,
        "table_rules": "grid",
        "table_head_bg": HEAD_BG,
        "margins": margins,
        "para_space": 5,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo",
            parent=r.styles["body"],
            fontName="Carlito-Bold",
            fontSize=14,
            leading=17,
            textColor=GREEN,
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontName="Carlito-Bold", fontSize=22, leading=27
        )
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontName="Carlito", fontSize=15, leading=19
        )
        meta = rl.ParagraphStyle("mh3", parent=r.styles["meta"], fontSize=9.5, leading=12)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 14),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph(DNR, meta),
            Paragraph(
                "Rapportperiod 2026-01-01 – 2026-08-31 · Behandlas av nämnden 2026-09-24", meta
            ),
            rl.Spacer(1, 6),
        ]

    def goals(_b: Custom) -> list:
        cell = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9, leading=11.2)
        cellb = rl.ParagraphStyle("gcb", parent=cell, fontName="Carlito-Bold")
        data: list = [
            [
                Paragraph("Nämndmål", cellb),
                Paragraph("Prognos 2026-12-31", cellb),
                Paragraph("Kommentar", cellb),
            ]
        ]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        for i, (title, status, comment) in enumerate(GOALS, start=1):
            word, bg = STATUS[status]
            data.append(
                [
                    Paragraph(escape(title), cellb),
                    Paragraph(escape(word), cell),
                    Paragraph(escape(comment), cell),
                ]
            )
            cmds.append(("BACKGROUND", (1, i), (1, i), bg))
        tbl = rl.RLTable(
            data,
            colWidths=[W * 0.33, W * 0.16, W * 0.51],
            repeatRows=1,
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 8)]

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.35 * rl.cm
        c.setFont("Carlito", 8.5)
        c.setFillColor(colors.HexColor("#595959"))
        c.drawString(lft, y, MUNI)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} | Delårsrapport 2026-08-31")
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(lft, y - 4, A4[0] - rgt, y - 4)
        fy = bottom - 1.1 * rl.cm
        c.drawString(lft, fy, DNR)
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]
    r.custom.update(masthead=masthead, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

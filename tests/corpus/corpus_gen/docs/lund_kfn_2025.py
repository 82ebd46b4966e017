"""Lund, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif body,
Liberation Sans headings and tables, portrait A4, a title page).

What it tests:

- HIERARCHICAL GOALS. Four nämndmål ("Mål 1 Barn och unga ska …") each with two or three delmål
  ("Delmål 1.1 Fler barn och unga ska …") as headings one level below. Every delmål has its own
  assessment line right under its heading ("Bedömning: Delmålet är uppfyllt." / "… delvis
  uppfyllt." / "… inte uppfyllt." / "Delmålet har inte kunnat bedömas.") and a short analysis;
  every Mål has an overall assessment only at the END of its section, after its last delmål's
  analysis, in a shaded box ("Samlad bedömning: Målet är delvis uppfyllt."), so the Mål's own
  status stands right under the last delmål's text and a reader that gives each status line to
  the nearest heading above it gives the Mål's status to that delmål and leaves the Mål without
  one. The key lists BOTH levels as goals, each with its own status, in the order printed
  (Mål 1, Delmål 1.1, 1.2, 1.3, Mål 2, …): a committee member asks both "is Mål 1 met?" and "is
  Delmål 1.2 met?". Titles are without their labels ("Mål 1", "Delmål 1.1"). The statuses of the
  two levels differ on purpose (Mål 2 is uppfyllt although Delmål 2.2 is only delvis uppfyllt;
  Mål 4 is delvis uppfyllt with one delmål uppfyllt and one not assessed).
- KPI TABLES WITH THE YEARS NEWEST FIRST: Nyckeltal | Kolada-ID | 2025 | 2024 | 2023 | Målvärde
  2025, so the first value column is the report year and the last one is two years back; a text
  column of Kolada IDs (real IDs of Kolada's KPI list: "N09890", "U09800"; "–" for the
  nämnd's own measure) stands between the name and the values.
- FOOTNOTE MARKS ON VALUES: two cells carry a footnote number set as a raised smaller digit
  right after the value, as Word prints a footnote reference: "82 %" with a raised "1" in table
  1 and "61 480" with a raised "2" in table 2, explained by footnotes under the tables. In the
  text layer the mark is a plain digit after the number ("82 %1", "61 4802"), so the key's
  values are 82 and 61480 (the mark is not part of the value), and a reader that glues the mark
  onto the number reads 821 or 614802.
- Finance: a short resultaträkning (Bokslut 2024 | Bokslut 2025, older year first, unlike the
  KPI tables; costs negative) in section 4, and at the end "Bilaga 1 Driftredovisning per
  verksamhet" (tkr, Budget 2025 | Utfall 2025 | Avvikelse, budget minus utfall, a Summa row).
  The resultaträkning's nettokostnad 2025 is the drift table's Summa utfall, its kommunbidrag
  the Summa budget and its result the Summa avvikelse.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Lunds kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
ACCENT = colors.HexColor("#7A1F2B")  # a dark wine red
GREY_BG = colors.HexColor("#EFEDEA")
SUP = {"1": "¹", "2": "²"}


class MInt(int):
    """An int printed with a footnote mark after it (the mark is not part of the value)."""

    mark = ""

    def __new__(cls, v: int, mark: str) -> MInt:
        o = super().__new__(cls, v)
        o.mark = mark
        return o


class FTable(Table):
    """A table whose marked cells print their footnote mark after the number."""

    def fmt_cell(self, row: Row, col: Col, v):  # type: ignore[override]
        s = super().fmt_cell(row, col, v)
        mark = getattr(v, "mark", "")
        return s + SUP[mark] if mark else s


DELMAL_WORD = {
    "achieved": "Bedömning: Delmålet är uppfyllt.",
    "partly": "Bedömning: Delmålet är delvis uppfyllt.",
    "not_achieved": "Bedömning: Delmålet är inte uppfyllt.",
    "unassessed": "Bedömning: Delmålet har inte kunnat bedömas.",
}
MAL_WORD = {
    "achieved": "Samlad bedömning: Målet är uppfyllt.",
    "partly": "Samlad bedömning: Målet är delvis uppfyllt.",
    "not_achieved": "Samlad bedömning: Målet är inte uppfyllt.",
}

# (nr, mål, intro, [(delmål nr, delmål, status, analysis)], samlad status, samlad comment)
GOALS = [
    (
        "1",
        "Barn och unga ska ha tillgång till ett rikt och jämlikt kultur- och fritidsutbud",
        "Målet följs upp genom tre delmål som avser kulturskolan, fritidsgårdarna och "
        "skolans kulturbesök.",
        [
            (
                "1.1",
                "Fler barn och unga ska delta i kulturskolans verksamhet",
                "achieved",
                "Antalet elever i kulturskolan ökade till 3 415 och andelen barn 6–15 år som "
                "deltar når målvärdet. Kulturskolans öppna verksamhet i Norra Fäladen och på "
                "Linero har nått barn som tidigare inte deltagit, och kön till dans och teater "
                "har kortats.",
            ),
            (
                "1.2",
                "Fritidsgårdarna och mötesplatserna ska nå fler flickor",
                "not_achieved",
                "Andelen flickor bland besökarna var 31 procent, samma nivå som 2024 och långt "
                "under ambitionen om 40 procent. Tjejkvällar på tre gårdar har haft god "
                "uppslutning men har inte påverkat den totala andelen. Arbetet fortsätter 2026 "
                "tillsammans med föreningslivet.",
            ),
            (
                "1.3",
                "Alla elever i årskurs 4 ska erbjudas ett kulturbesök under året",
                "achieved",
                "Samtliga 46 klasser i årskurs 4 har erbjudits och genomfört ett besök på "
                "Skissernas museum, Lunds konsthall eller Kulturen. Lärarnas utvärdering var "
                "mycket positiv.",
            ),
        ],
        "partly",
        "Två av tre delmål är uppfyllda. Fritidsgårdarna når fortfarande för få flickor.",
    ),
    (
        "2",
        "Biblioteken ska vara öppna och angelägna mötesplatser för alla lundabor",
        "Målet följs upp genom två delmål om bibliotekens användning och tillgänglighet.",
        [
            (
                "2.1",
                "Besöken och utlåningen på biblioteken ska öka",
                "achieved",
                "Både de fysiska besöken och lånen per invånare ökade jämfört med 2024. "
                "Stadsbiblioteket hade fler besök efter ombyggnaden av barnavdelningen, och "
                "utlåningen av e-böcker fortsatte att öka.",
            ),
            (
                "2.2",
                "Meröppna bibliotek ska finnas i alla kommundelar",
                "partly",
                "Meröppet infördes under året i Dalby och Genarp. I Veberöd har införandet "
                "skjutits till 2026 på grund av ombyggnad av lokalerna, så två av tre planerade "
                "bibliotek har meröppet.",
            ),
        ],
        "achieved",
        "Sammantaget bedöms målet vara uppfyllt: användningen ökar och tillgängligheten har "
        "förbättrats, även om ett meröppet bibliotek återstår.",
    ),
    (
        "3",
        "Fler lundabor ska vara fysiskt aktiva i idrott och friluftsliv",
        "Målet följs upp genom två delmål om föreningsidrotten och anläggningarnas tillgänglighet.",
        [
            (
                "3.1",
                "Barns och ungas deltagande i föreningsidrotten ska öka",
                "not_achieved",
                "Deltagartillfällena per invånare 7–20 år minskade för andra året i rad. "
                "Minskningen är störst bland ungdomar 13–16 år. Nämnden har höjt det lokala "
                "aktivitetsstödet till föreningar som når nya grupper från 2026.",
            ),
            (
                "3.2",
                "Idrottsanläggningarna ska vara tillgängliga fler timmar per vecka",
                "partly",
                "Öppettiderna i Högevallsbadet och i två idrottshallar har utökats, och "
                "nöjdheten med öppettiderna ökade. Sporthallen vid Östratornskolan var stängd "
                "under hösten för renovering, vilket minskade antalet bokningsbara timmar.",
            ),
        ],
        "not_achieved",
        "Inget av delmålen är helt uppfyllt och deltagandet i föreningsidrotten minskar.",
    ),
    (
        "4",
        "Nämndens verksamhet ska vara ekonomiskt och ekologiskt hållbar",
        "Målet följs upp genom två delmål om ekonomi och energi.",
        [
            (
                "4.1",
                "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
                "achieved",
                "Nämnden redovisar ett överskott om 650 tkr mot budget. Underskotten inom "
                "kulturskolan, idrottsanläggningarna och fritidsgårdarna har vägts upp av lägre kostnader "
                "inom föreningsstöd och förvaltningsledning.",
            ),
            (
                "4.2",
                "Energianvändningen i nämndens anläggningar ska minska med 3 procent",
                "unassessed",
                "Fastighetsägarens mätvärden för 2025 var inte färdiga när "
                "verksamhetsberättelsen skrevs, eftersom nya mätare installerades i fem "
                "anläggningar under hösten. Delmålet följs upp i delårsrapporten 2026.",
            ),
        ],
        "partly",
        "Budgeten hölls, men energidelmålet har inte kunnat följas upp.",
    ),
]

KPI_HEAD = ("Nyckeltal",)
KPI_COLS = [
    Col(("Kolada-ID",), width=0.7),
    Col(("2025",), year="2025", width=0.6),
    Col(("2024",), year="2024", width=0.6),
    Col(("2023",), year="2023", width=0.6),
    Col(("Målvärde 2025",), width=0.8),
]

# name, kolada id, 2025, 2024, 2023, target, fmt
KPI_CULT = [
    ("Elever i kulturskolan, andel av barn 6–15 år", "N09890", 31, 29, 28, "≥ 30 %", PCT),
    ("Elever i kulturskolan totalt, antal", "U09888", 3415, 3268, 3190, "≥ 3 300", N),
    ("Lån från kommunala bibliotek, antal per invånare", "N09801", 5.9, 5.6, 5.7, "≥ 5,8", DEC1),
    (
        "Fysiska besök vid kommunala bibliotek, antal per invånare",
        "N09807",
        4.8,
        4.5,
        4.1,
        "≥ 4,5",
        DEC1,
    ),
    ("Aktiva låntagare, andel av befolkningen", "N09809", 24, 23, 23, "≥ 25 %", PCT),
    (
        "Nöjdhet med bibliotekens utbud och det lokala kulturlivet",
        "U00587",
        MInt(82, "1"),
        77,
        76,
        "≥ 80 %",
        PCT,
    ),
    ("Nettokostnad bibliotek, kr per invånare", "N09026", 812, 786, 759, "–", N),
]
NOTE_CULT = (
    "¹ Medborgarundersökningen 2025 genomfördes med en ny metod (webbenkät i stället för "
    "postenkät). Värdet är därför inte helt jämförbart med tidigare år."
)
KPI_SPORT = [
    (
        "Deltagartillfällen i idrottsföreningar, antal per invånare 7–20 år",
        "U09800",
        36.2,
        37.5,
        38.1,
        "≥ 38,0",
        DEC1,
    ),
    (
        "Deltagartillfällen i idrottsföreningar, antal per invånare 13–16 år",
        "U09802",
        41.0,
        42.3,
        43.5,
        "–",
        DEC1,
    ),
    (
        "Nöjdhet med öppettiderna vid idrotts- och motionsanläggningar",
        "N00595",
        68,
        65,
        None,
        "≥ 65 %",
        PCT,
    ),
    (
        "Besök på fritidsgårdar och mötesplatser, antal",
        "–",
        MInt(61480, "2"),
        58920,
        57310,
        "≥ 60 000",
        N,
    ),
    ("Andel flickor bland besökarna på fritidsgårdarna", "–", 31, 31, 29, "≥ 40 %", PCT),
    ("Nettokostnad fritidsgårdar, kr per invånare", "N09020", 298, 284, 271, "–", N),
]
NOTE_SPORT = (
    "² Från mars 2025 räknas besöken med digitala besöksräknare i stället för manuellt, vilket "
    "ger något högre värden. – = uppgift saknas eller målvärde saknas."
)

# verksamhet, budget 2025, utfall 2025 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 26_400, 25_730),
    ("Bibliotek", 104_800, 103_960),
    ("Kulturskolan", 61_200, 62_070),
    ("Kultur och evenemang", 58_900, 58_340),
    ("Fritidsgårdar och mötesplatser", 52_600, 53_810),
    ("Idrotts- och fritidsanläggningar", 128_300, 128_950),
    ("Föreningsstöd", 41_700, 40_390),
]
# resultaträkning: (row, 2024, 2025)
INC_24, COST_24, KB_24 = 74_310, -529_885, 457_200
INC_25, KB_25 = 78_642, 473_900


def kpi_table(caption: str, rows_in: list, note: str) -> FTable:
    rows = []
    for name, kid, v25, v24, v23, target, f in rows_in:
        cells = [Raw(kid)] + [Raw("–") if v is None else v for v in (v25, v24, v23)] + [Raw(target)]
        rows.append(Row(name, cells, fmt=f))
    return FTable(
        label_head=KPI_HEAD,
        cols=KPI_COLS,
        rows=rows,
        kind="kpi",
        caption=caption,
        note=note,
        label_width=3.3,
    )


def build() -> Doc:
    d = Doc(
        stem="lund-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Lund",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif "
        "body, Liberation Sans headings), a title page",
        hard='hierarchical goals: four "Mål 1 …" headings, each with two or three "Delmål 1.1 …" '
        'headings below it, every delmål assessed on the line under its heading ("Bedömning: '
        'Delmålet är delvis uppfyllt.", "Delmålet har inte kunnat bedömas.") and every Mål only '
        "at the end of its section, after its last delmål's analysis, in a shaded box (\"Samlad "
        "bedömning: Målet är delvis uppfyllt.\"), the two levels' statuses differing; the key "
        "holds both levels (13 goals); KPI tables with the years newest first, Nyckeltal | "
        "Kolada-ID | 2025 | 2024 | 2023 | Målvärde 2025, a text column of Kolada IDs before the "
        'values ("N09890", "U09800", "–"), and two values with a footnote number set as a raised '
        'small digit ("82 %" + "1", "61 480" + "2", in the text layer "82 %1", "61 4802") '
        "explained under the tables; a resultaträkning Bokslut 2024 | Bokslut 2025 and a "
        '"Bilaga 1 Driftredovisning per verksamhet" (tkr, Budget 2025 | Utfall 2025 | Avvikelse, '
        'budget minus utfall, Summa); the municipality as "Lunds kommun" on the title page and '
        "in the running header",
    )
    tot_b = sum(b for _n, b, _u in DRIFT)
    tot_u = sum(u for _n, _b, u in DRIFT)
    assert tot_b == KB_25 and tot_b - tot_u == 650, (tot_b, tot_u)
    cost_25 = -tot_u - INC_25
    net_24, net_25 = INC_24 + COST_24, INC_25 + cost_25
    assert net_25 == -tot_u

    d.add(
        Custom(
            "titlepage",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Beslutad av kultur- och fritidsnämnden 2026-02-19, § 14",
        )
    )
    d.page_break()
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Kultur- och fritidsnämnden redovisar i verksamhetsberättelsen hur nämndens mål för 2025 "
        "har uppfyllts och hur ekonomin har utvecklats. Nämnden har fyra mål som vart och ett "
        "följs upp genom två eller tre delmål. Av de fyra målen är ett uppfyllt, två delvis "
        "uppfyllda och ett inte uppfyllt. Av de nio delmålen är fyra uppfyllda, två delvis "
        "uppfyllda och två inte uppfyllda, och ett har inte kunnat bedömas."
    )
    d.p(
        "Biblioteken och kulturskolan har haft fler besökare och elever än någonsin tidigare. "
        "Deltagandet i föreningsidrotten bland barn och unga fortsätter däremot att minska, och "
        "fritidsgårdarna når fortfarande för få flickor. Nämnden redovisar ett överskott om "
        "650 tkr mot budget."
    )
    d.h(1, "Nämndens mål och måluppfyllelse", num="2")
    d.p(
        "Kommunfullmäktige har fastställt nämndens mål i budgeten för 2025. Varje mål har "
        "delmål som nämnden själv har beslutat om. Delmålen bedöms var för sig utifrån "
        "nyckeltal och verksamhetens egen uppföljning, och varje mål får därefter en samlad "
        "bedömning. Skalan är uppfyllt, delvis uppfyllt och inte uppfyllt. Nyckeltalen "
        "redovisas i avsnitt 3."
    )
    for nr, mal, intro, delmal, st, comment in GOALS:
        d.goal(mal, st)
        d.h(2, mal, num=f"Mål {nr}")
        d.p(intro)
        for dnr, title, dst, analysis in delmal:
            d.goal(title, dst)
            d.h(3, title, num=f"Delmål {dnr}")
            d.add(Custom("assess", {"text": DELMAL_WORD[dst]}, words=DELMAL_WORD[dst]))
            d.p(analysis)
        d.add(
            Custom(
                "samlad",
                {"text": MAL_WORD[st], "comment": comment},
                words=f"{MAL_WORD[st]}\n{comment}",
            )
        )

    d.h(1, "Nyckeltal", num="3")
    d.p(
        "Nyckeltalen hämtas i huvudsak från Kolada och redovisas med det senaste året först. "
        "Nyckeltal utan Kolada-ID är nämndens egna mått."
    )
    d.add(
        Custom(
            "kpitable",
            {"table": kpi_table("Tabell 1. Kultur och bibliotek", KPI_CULT, NOTE_CULT)},
        )
    )
    d.add(
        Custom(
            "kpitable",
            {"table": kpi_table("Tabell 2. Idrott och fritid", KPI_SPORT, NOTE_SPORT)},
        )
    )
    # the words of the two Custom tables
    d.blocks[-2].words = d.blocks[-2].data["table"].text()
    d.blocks[-1].words = d.blocks[-1].data["table"].text()

    d.h(1, "Ekonomi", num="4")
    d.p(
        "Nämnden redovisar ett resultat om 650 tkr för 2025, vilket motsvarar 0,1 procent av "
        "kommunbidraget. Intäkterna blev högre än beräknat, främst genom fler uthyrda timmar i "
        "idrottsanläggningarna och ökade avgifter i kulturskolan. Kostnaderna för el och "
        "fjärrvärme i badhusen var högre än budgeterat. Driftredovisningen per verksamhet finns "
        "i bilaga 1."
    )
    d.table(
        Table(
            label_head=("Resultaträkning (tkr)",),
            cols=[Col(("Bokslut 2024",)), Col(("Bokslut 2025",))],
            rows=[
                Row("Verksamhetens intäkter", [INC_24, INC_25]),
                Row("Verksamhetens kostnader", [COST_24, cost_25]),
                Row("Verksamhetens nettokostnad", [net_24, net_25], total=True),
                Row("Kommunbidrag", [KB_24, KB_25]),
                Row("Årets resultat", [KB_24 + net_24, KB_25 + net_25], total=True),
            ],
            kind="is",
            label_width=2.6,
        )
    )
    d.page_break()
    d.h(1, "Driftredovisning per verksamhet", num="Bilaga 1")
    d.p(
        "Nettokostnad per verksamhet i tusentals kronor. Avvikelse är budget minus utfall; ett "
        "negativt belopp är ett underskott."
    )
    rows = [Row(n, [b, u, b - u]) for n, b, u in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_u, tot_b - tot_u], total=True))
    d.table(
        Table(
            label_head=("Verksamhet (tkr)",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            label_width=2.6,
        )
    )
    d.p(
        "Kulturskolans underskott beror på fler elever än budgeterat. Fritidsgårdarna har haft "
        "ökade kostnader för bemanning under kvällar och helger. Idrotts- och "
        "fritidsanläggningarnas underskott förklaras av högre energikostnader i badhusen."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.5 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm)
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#F3E9EA"),
        "margins": margins,
        "para_space": 6,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _t, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        if flags.get("plain"):
            return
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        c.setFont("LiberationSans", 8.5)
        c.setFillColor(colors.HexColor("#505050"))
        c.drawString(lft, y, f"{MUNI} | {COMMITTEE}")
        c.drawRightString(A4[0] - rgt, y, TITLE)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        c.drawRightString(A4[0] - rgt, bottom - 1.1 * rl.cm, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def titlepage(_b: Custom) -> list:
        st_muni = rl.ParagraphStyle(
            "tm",
            parent=r.styles["body"],
            fontName="LiberationSans-Bold",
            fontSize=14,
            leading=18,
            textColor=ACCENT,
        )
        st_t = rl.ParagraphStyle(
            "tt",
            parent=r.styles["title"],
            fontName="LiberationSerif-Bold",
            fontSize=30,
            leading=36,
            textColor=colors.black,
        )
        st_s = rl.ParagraphStyle(
            "ts",
            parent=r.styles["subtitle"],
            fontName="LiberationSerif",
            fontSize=18,
            leading=23,
            textColor=colors.black,
        )
        st_m = rl.ParagraphStyle("tmeta", parent=r.styles["body"], fontSize=10, leading=13)
        return [
            Paragraph(MUNI, st_muni),
            Spacer(1, 7 * rl.cm),
            Paragraph(TITLE, st_t),
            Paragraph(COMMITTEE, st_s),
            Spacer(1, 9 * rl.cm),
            Paragraph("Beslutad av kultur- och fritidsnämnden 2026-02-19, § 14", st_m),
        ]

    assess_st = rl.ParagraphStyle(
        "as", parent=r.styles["body"], fontName="LiberationSerif-Italic", spaceAfter=3
    )
    samlad_st = rl.ParagraphStyle(
        "sb",
        parent=r.styles["body"],
        fontName="LiberationSans-Bold",
        fontSize=10,
        leading=13,
        spaceAfter=2,
    )
    samlad_c = rl.ParagraphStyle(
        "sc", parent=r.styles["body"], fontSize=10, leading=13, spaceAfter=0
    )

    def assess(b: Custom) -> list:
        lab, _, rest = b.data["text"].partition(": ")
        return [Paragraph(f"<b>{escape(lab)}:</b> {escape(rest)}", assess_st)]

    def samlad(b: Custom) -> list:
        lab, _, rest = b.data["text"].partition(": ")
        box = rl.RLTable(
            [
                [Paragraph(f"{escape(lab)}: {escape(rest)}", samlad_st)],
                [Paragraph(escape(b.data["comment"]), samlad_c)],
            ],
            colWidths=[W],
            style=rl.TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), GREY_BG),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, 0), 5),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        return [Spacer(1, 2), box, Spacer(1, 10)]

    def sup(s: str) -> str:
        s = escape(s)
        for d_, ch in SUP.items():
            s = s.replace(ch, f"<super>{d_}</super>")
        return s

    def cell(s: str, right: bool, bold: bool) -> Paragraph:
        st = {
            (False, False): "cell",
            (True, False): "cellr",
            (False, True): "cellb",
            (True, True): "cellbr",
        }[(right, bold)]
        return Paragraph(sup(s).replace("\n", "<br/>"), r.styles[st])

    note_st = rl.ParagraphStyle(
        "fn",
        parent=r.styles["body"],
        fontName="LiberationSerif",
        fontSize=8.5,
        leading=10.5,
        spaceAfter=10,
    )

    def kpitable(b: Custom) -> list:
        t: Table = b.data["table"]
        note = t.note or ""
        t2 = FTable(**{**t.__dict__, "note": None, "caption": None})
        r.cell_factory = cell
        fl = r.table(t2, W)
        r.cell_factory = None
        # the footnote: "¹ text" printed as a raised 1 and the text
        foot = Paragraph(sup(note), note_st)
        return [KeepTogether([r.para(t.caption or "", "caption"), fl[0], Spacer(1, 3), foot])]

    r.custom.update(titlepage=titlepage, assess=assess, samlad=samlad, kpitable=kpitable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=True)

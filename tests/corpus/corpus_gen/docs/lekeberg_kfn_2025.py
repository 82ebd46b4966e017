"""Lekeberg, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif
body, Liberation Sans headings and tables) designed as a magazine: on every page the body text is
set in two balanced columns, and the full-width elements (a pull-quote box on page 1, the goal
table on page 2, the KPI table and the drift table on page 3) stand in the MIDDLE of the page with
two-column text both above and below them. Each page is therefore read in bands: the
text above the table in two columns (left column, then right), the full-width element, then the
text below in two columns (left, then right). A reader that follows the left column from the top
of the page to the bottom, through or around the table, mixes the paragraphs above and below the
table; a reader that joins the two columns line by line mixes the two columns."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import BalancedColumns

from .. import rl
from ..model import Block, Col, Custom, Doc, H, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
DASH = "–"

MUNI = "Lekebergs kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"

PLUM = colors.HexColor("#6B2145")
INK = colors.HexColor("#222222")
TINT = colors.HexColor("#F4E9EE")
RULE = colors.HexColor("#B9A3AE")

STATUS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# goal, status, comment
GOALS = [
    (
        "Fler barn och unga ska delta i kulturskolans verksamhet",
        "achieved",
        "Andelen barn 6–15 år som deltar i kulturskolan ökade till 28 procent (målvärde 27 "
        "procent). Drama och digitalt skapande i Mullhyttan lockade nya elever.",
    ),
    (
        "Biblioteket ska vara en mötesplats för hela kommunen",
        "achieved",
        "Besöken ökade med 3,5 procent och meröppet i Mullhyttan har gett 2 140 besök utanför "
        "bemannad tid. 93 procent av besökarna är nöjda.",
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva verksamhet",
        "partly",
        "Aktivitetstillfällena inom LOK-stödet ökade, men två föreningar har lagt ned sin "
        "ungdomsverksamhet och efterfrågan på halltider kvällstid kan inte mötas.",
    ),
    (
        "Ungdomar ska ha tillgång till en meningsfull och trygg fritid",
        "partly",
        "Besöken på fritidsgården ökade med 10 procent. Andelen flickor bland besökarna är "
        "fortsatt låg, 31 procent mot målet 40 procent.",
    ),
    (
        "Idrotts- och friluftsanläggningarna ska vara tillgängliga och i gott skick",
        "partly",
        "Belysningen vid Lekebergsvallen och elljusspåret i Lanna är klara. Omklädningsrummen i "
        "Lekebergshallen är inte tillgänglighetsanpassade och åtgärden har flyttats till 2026.",
    ),
    (
        "Nämndens verksamhet ska bedrivas inom tilldelad budgetram",
        "not_achieved",
        "Nämnden redovisar ett underskott om 244 tkr, främst inom idrotts- och "
        "fritidsanläggningar och kulturskolan.",
    ),
]

# name, 2023, 2024, 2025 (None = not measured), fmt
KPIS = [
    ("Antal besök på biblioteken", 61_240, 63_880, 66_105, N),
    ("Antal utlån per invånare", 5.1, 5.3, 5.6, DEC1),
    ("Andel nöjda besökare på biblioteket", 91, None, 93, PCT),
    ("Antal elever i kulturskolan", 248, 266, 289, N),
    ("Andel barn 6–15 år som deltar i kulturskolan", 24, 26, 28, PCT),
    ("Antal besök på fritidsgården", 6_420, 7_150, 7_890, N),
    ("Antal aktivitetstillfällen med LOK-stöd, 7–20 år", 21_300, 22_150, 22_870, N),
    ("Antal bokade timmar i idrottshallarna", 9_870, 10_240, 10_510, N),
    ("Nettokostnad kultur och fritid per invånare, kr", 2_640, 2_760, 2_880, N),
]

# verksamhet, budget 2025, utfall 2025, utfall 2024 (tkr, nettokostnad)
DRIFT = [
    ("Nämnd och administration", 1_420, 1_356, 1_298),
    ("Bibliotek", 4_860, 4_712, 4_590),
    ("Kulturskola", 3_950, 4_184, 3_870),
    ("Allmänkultur och föreningsbidrag", 2_310, 2_265, 2_240),
    ("Fritidsgård och ungdomsverksamhet", 2_780, 2_841, 2_655),
    ("Idrotts- och fritidsanläggningar", 7_640, 7_952, 7_410),
    ("Friluftsliv och badplatser", 980, 874, 915),
]

QUOTE = (
    "”Att biblioteket i Mullhyttan nu är öppet varje dag har betytt mer för bygden än vi "
    "kunde ana. Det är där man ses nu.”"
)
QUOTE_BY = "Birgitta Sandell, ordförande i kultur- och fritidsnämnden"

# ---------------------------------------------------------------- the text, band by band

BAND_1A = [
    H(2, "Ordföranden har ordet"),
    P(
        "2025 blev året då fler än någonsin tog del av kultur- och fritidslivet i Lekeberg. "
        "Biblioteken hade över 66 000 besök, kulturskolan fick sitt största elevantal hittills "
        "och fritidsgården i Fjugesta hade öppet fem kvällar i veckan under hela året. "
        "Bakom siffrorna finns medarbetare, ledare och föreningar som varje vecka gör skillnad "
        "för barn, unga och äldre i hela kommunen."
    ),
    P(
        "Samtidigt har året varit ekonomiskt ansträngt. Höga energikostnader i idrottshallarna "
        "och fler elever i kulturskolan än budgeten räckte till gör att nämnden redovisar ett "
        "mindre underskott. Nämnden har under hösten prioriterat om inför 2026 så att "
        "verksamheten kan hållas på samma nivå inom ramen."
    ),
    H(2, "Året i korthet"),
    P(
        "Meröppet bibliotek infördes i Mullhyttan i mars. Kulturskolan startade kurser i "
        "drama och digitalt skapande, och sommarlovsaktiviteterna samlade 1 180 deltagare. "
        "Konstgräsplanen vid Lekebergsvallen fick ny belysning med LED, och "
        "elljusspåret i Lanna förlängdes med 1,2 kilometer."
    ),
]

BAND_1B = [
    H(2, "Bibliotek"),
    P(
        "Huvudbiblioteket i Fjugesta och filialen i Mullhyttan hade tillsammans 66 105 besök, "
        "en ökning med 3,5 procent. Utlånen ökade till 5,6 per invånare. Läsfrämjande insatser "
        "riktades till förskolor och till äldre i hemtjänsten genom Boken kommer."
    ),
    P(
        "Sedan mars är filialen i Mullhyttan meröppen alla dagar mellan 7 och 21. Besökarna "
        "loggar in med lånekort och kod, och personalen finns på plats två eftermiddagar i "
        "veckan. Meröppet har gett 2 140 besök utanför den bemannade tiden."
    ),
    H(2, "Kulturskola"),
    P(
        "Kulturskolan hade 289 elever, 23 fler än året innan. Kön till pianoundervisning är "
        "fortsatt lång. Två lärartjänster delas med Örebro kulturskola sedan augusti, vilket "
        "har gjort det möjligt att erbjuda stråkundervisning i Fjugesta."
    ),
    P(
        "Vårens föreställning på Folkets hus i Fjugesta sågs av 420 personer, och elever "
        "från kulturskolan medverkade vid nationaldagsfirandet och vid Lucia i kyrkan."
    ),
    H(2, "Allmänkultur"),
    P(
        "Nämnden delade ut 612 tkr i bidrag till studieförbund och kulturföreningar. "
        "Kulturveckan i oktober samlade ett trettiotal arrangemang, och hembygdsföreningarnas "
        "öppna gårdar hade fler besökare än tidigare år."
    ),
    H(2, "Fritidsgård och ungdomsverksamhet"),
    P(
        "Fritidsgården hade 7 890 besök. Tjejkvällar varannan torsdag och ett nytt "
        "ungdomsråd har startat för att fler flickor ska hitta till gården, men andelen "
        "flickor bland besökarna ökade bara från 29 till 31 procent."
    ),
    P(
        "Under sommarlovet erbjöds 46 aktiviteter tillsammans med föreningarna, och 28 "
        "ungdomar fick feriearbete inom kultur och fritid."
    ),
    H(2, "Idrott, friluftsliv och föreningar"),
    P(
        "Idrottshallarna bokades 10 510 timmar. Föreningarna genomförde 22 870 "
        "aktivitetstillfällen med LOK-stöd för barn och unga. Badplatserna vid Ölsjön och "
        "Sixtorp hade god vattenkvalitet hela säsongen."
    ),
]

BAND_2A = [
    H(2, "Nämndens mål"),
    P(
        "Kommunfullmäktige har i budget 2025 gett nämnden sex mål. Målen följs upp med de "
        "nyckeltal som redovisas på nästa sida och med verksamheternas egna iakttagelser. "
        "Bedömningen görs av förvaltningen och fastställs av nämnden i samband med "
        "verksamhetsberättelsen."
    ),
    P(
        "Ett mål är uppfyllt när målvärdena i huvudsak har nåtts, delvis uppfyllt när "
        "utvecklingen går åt rätt håll men målvärdena inte nås, och ej uppfyllt när "
        "utvecklingen har gått åt fel håll eller målvärdet är långt ifrån nått."
    ),
    P(
        "Av nämndens sex mål bedöms två som uppfyllda, tre som delvis uppfyllda och ett som "
        "ej uppfyllt. Målet om föreningslivet har gått från uppfyllt 2024 till delvis "
        "uppfyllt, medan målet om biblioteket som mötesplats nu är uppfyllt."
    ),
]

BAND_2B = [
    H(2, "Analys av måluppfyllelse"),
    P(
        "Kulturskolan och biblioteken har nått sina målvärden tack vare nya arbetssätt snarare "
        "än mer resurser. Meröppet har gett längre öppettider utan fler tjänster, och "
        "samarbetet med Örebro har breddat kulturskolans utbud. Båda verksamheterna behöver "
        "ändå fler lokaler om ökningen ska kunna fortsätta."
    ),
    P(
        "Bristen på halltider är den största utmaningen för föreningslivet. Lekebergshallen "
        "är fullbokad vardagar mellan 17 och 21, och nämnden har avslagit 14 ansökningar om "
        "fasta tider. Frågan om en ny hall ligger i kommunens investeringsplan för 2027."
    ),
    P(
        "Fritidsgården når fler ungdomar än tidigare, men främst pojkar i åldern 13–15 år. "
        "Ungdomsrådets enkät visar att flickorna efterfrågar fler aktiviteter på helger och "
        "en egen lokal för skapande verksamhet."
    ),
    P(
        "Tillgänglighetsanpassningen av omklädningsrummen i Lekebergshallen har skjutits upp "
        "eftersom upphandlingen fick göras om. Belysningen och elljusspåret blev däremot "
        "klara som planerat."
    ),
    H(2, "Åtgärder inför 2026"),
    P(
        "Fritidsgården tar fram en handlingsplan tillsammans med ungdomsrådet för att nå fler "
        "flickor. Nämnden ser över taxor och öppettider i idrottshallarna för att minska "
        "energikostnaderna och fördela kvällstiderna bättre mellan föreningarna."
    ),
    H(2, "Framtiden"),
    P(
        "Under 2026 inleds förstudien för en ny idrottshall i Fjugesta, och biblioteket "
        "planerar meröppet även i huvudbiblioteket. Nämnden ska också ta fram en ny "
        "kulturplan tillsammans med föreningslivet och Region Örebro län."
    ),
]

BAND_3A = [
    H(2, "Nyckeltal"),
    P(
        "Nyckeltalen avser helår. Besök och utlån kommer från bibliotekssystemet, elevantalen "
        "från kulturskolans register per den 15 oktober och LOK-stödet från föreningarnas "
        "ansökningar. Nöjdheten mäts vartannat år och mättes inte 2024."
    ),
]

BAND_3B = [
    H(2, "Besöken fortsätter att öka"),
    P(
        "Samtliga volymmått har ökat tre år i rad. Biblioteksbesöken är nu åtta procent fler "
        "än 2023 och fritidsgårdens besök har ökat med nästan en fjärdedel. Nettokostnaden "
        "per invånare har ökat med 240 kronor sedan 2023, främst genom högre kostnader för "
        "el, värme och lokalhyror."
    ),
    H(2, "Ekonomi"),
    P(
        "Nämnden hade en budgetram på 23\u00a0940 tkr. Utfallet blev 24\u00a0184 tkr, ett "
        "underskott på 244 tkr eller en procent av ramen. Underskottet finns inom idrotts- och "
        "fritidsanläggningar, där el och fjärrvärme blev dyrare än budgeterat, och inom "
        "kulturskolan, som tog emot fler elever än planerat."
    ),
]

BAND_3C = [
    H(2, "Investeringar"),
    P(
        "Investeringsbudgeten var 1 850 tkr, varav 1 640 tkr användes. Resten avser möbler "
        "till biblioteket, som levereras i februari 2026."
    ),
    H(2, "Personal"),
    P(
        "Förvaltningen hade 24 tillsvidareanställda vid årets slut. Sjukfrånvaron var 4,1 "
        "procent, lägre än kommunens genomsnitt."
    ),
]


def drift_table() -> tuple[Table, int]:
    rows = [Row(n, [b, u, b - u, u24]) for n, b, u, u24 in DRIFT]
    tb = sum(b for _n, b, _u, _x in DRIFT)
    tu = sum(u for _n, _b, u, _x in DRIFT)
    t24 = sum(x for _n, _b, _u, x in DRIFT)
    rows.append(Row("Kultur- och fritidsnämnden totalt", [tb, tu, tb - tu, t24], total=True))
    t = Table(
        label_head=("Verksamhet",),
        cols=[
            Col(("Budget 2025",)),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",)),
            Col(("Utfall 2024",)),
        ],
        rows=rows,
        kind="unit",
        caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
        note="Avvikelse = budget minus utfall. Ett negativt tal är ett underskott.",
        fmt=N,
        label_width=2.9,
    )
    return t, tb - tu


def kpi_table() -> Table:
    rows = []
    for name, a, b, c, f in KPIS:
        rows.append(Row(name, [v if v is not None else Raw(DASH) for v in (a, b, c)], fmt=f))
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Utfall 2023",), year="2023"),
            Col(("Utfall 2024",), year="2024"),
            Col(("Utfall 2025",), year="2025"),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Nyckeltal 2023–2025",
        label_width=3.6,
    )


def band(blocks: list[Block]) -> Custom:
    return Custom("twocol", {"blocks": blocks}, words="\n\n".join(b.text() for b in blocks))


def build() -> Doc:
    dt, result = drift_table()
    assert result == -244, result
    assert sum(b for _n, b, _u, _x in DRIFT) == 23_940
    assert sum(u for _n, _b, u, _x in DRIFT) == 24_184
    # the cost per inhabitant (≈ 8 400 inhabitants) agrees with the drift total
    assert abs(24_184_000 / 8_400 - 2_880) < 15
    n: dict[str, int] = {}
    for _g, s, _c in GOALS:
        n[s] = n.get(s, 0) + 1
    assert n == {"achieved": 2, "partly": 3, "not_achieved": 1}, n

    d = Doc(
        stem="lekeberg-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Lekeberg",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 designed as a magazine "
        "(reportlab, Liberation Serif body, Liberation Sans headings and tables), no title page",
        hard="every page is read in bands, not in columns: the body text is set in two "
        "balanced columns (a thin rule between them) on all three pages, and the full-width "
        "elements stand in the MIDDLE of the page with two-column text both above and below "
        "them: a pull-quote box spanning both columns on page 1 (tinted, a plum bar at the "
        "left, the quote in large italic over its attribution), the goal table Mål | "
        'Kommentar | Bedömning on page 2 ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"), '
        "and on page 3 both the KPI table Utfall 2023 | Utfall 2024 | Utfall 2025 (a dash for "
        "a year not measured) and the drift table Budget 2025 | Utfall 2025 | Avvikelse | "
        "Utfall 2024 (tkr, budget minus utfall, a total row), with two-column text above, "
        "between and below them; the reading order is the text above in two columns (left, "
        "then right), the table, then the text below in two columns (left, then right), so a "
        "reader that follows the left column from the top of the page to the bottom mixes the "
        "paragraphs above and below a table, and one that joins the columns line by line "
        "mixes the two columns; a masthead band in white on plum; the municipality as "
        '"Lekebergs kommun" in the masthead and (in capitals) in the running header',
    )
    d.add(Custom("masthead", {}, words=f"{TITLE}\n{COMMITTEE}\n{MUNI}"))
    d.p(
        "Fler besök på biblioteken, en kulturskola som växer och en fritidsgård med öppet fem "
        "kvällar i veckan. Här redovisar kultur- och fritidsnämnden sitt arbete, sina mål och "
        "sin ekonomi för 2025.",
        "lead",
    )
    d.add(band(BAND_1A))
    d.add(Custom("quote", {}, words=f"{QUOTE}\n{QUOTE_BY}"))
    d.add(band(BAND_1B))
    d.page_break()

    d.add(band(BAND_2A))
    lines = ["Tabell 1. Nämndens mål 2025", "Mål\tKommentar\tBedömning"]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append("\t".join([g, c, STATUS[s]]))
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.add(band(BAND_2B))
    d.page_break()

    d.add(band(BAND_3A))
    d.table(kpi_table())
    d.add(band(BAND_3B))
    d.table(dt)
    d.add(band(BAND_3C))
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.3 * rl.cm, 2.1 * rl.cm, 1.9 * rl.cm, 1.9 * rl.cm)
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 9.6,
        "leading": 12.8,
        "justify": True,
        "color": INK,
        "hcolor": PLUM,
        "h_sizes": {1: 14, 2: 11, 3: 10},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": TINT,
        "margins": margins,
        "para_space": 4,
    }
    r = rl.RLDoc(doc, o)
    r.styles["h2"].spaceBefore = 5
    r.styles["h2"].spaceAfter = 2
    r.styles["caption"].fontName = "LiberationSans-Bold"
    r.styles["caption"].fontSize = 8.8
    r.styles["caption"].textColor = PLUM
    r.styles["lead"] = rl.ParagraphStyle(
        "lead2",
        parent=r.styles["body"],
        fontName="LiberationSans",
        fontSize=11.5,
        leading=15,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=8,
    )
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.35 * rl.cm
        c.setFillColor(PLUM)
        c.setFont("LiberationSans-Bold", 8)
        c.drawString(lft, y, MUNI.upper())
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("LiberationSans", 8)
        c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} · {TITLE}")
        c.setStrokeColor(PLUM)
        c.setLineWidth(0.8)
        c.line(lft, y - 5, A4[0] - rgt, y - 5)
        fy = bottom - 1.0 * rl.cm
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(lft, fy + 10, A4[0] - rgt, fy + 10)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("LiberationSans", 8)
        c.drawString(lft, fy, "www.lekeberg.se")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        kick = rl.ParagraphStyle(
            "kick",
            parent=r.styles["body"],
            fontName="LiberationSans-Bold",
            fontSize=10,
            leading=13,
            textColor=colors.white,
            alignment=TA_LEFT,
            spaceAfter=0,
        )
        big = rl.ParagraphStyle(
            "big", parent=kick, fontSize=26, leading=31, fontName="LiberationSans-Bold"
        )
        sub = rl.ParagraphStyle("sub", parent=kick, fontName="LiberationSans", fontSize=13)
        band_ = rl.RLTable(
            [
                [Paragraph(escape(TITLE.upper()), kick)],
                [Paragraph(escape(COMMITTEE), big)],
                [Paragraph(escape(MUNI), sub)],
            ],
            colWidths=[W],
            style=rl.TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PLUM),
                    ("LEFTPADDING", (0, 0), (-1, -1), 12),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                    ("TOPPADDING", (0, 0), (-1, 0), 12),
                    ("TOPPADDING", (0, 1), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -2), 2),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
                ]
            ),
            hAlign="LEFT",
        )
        return [band_, rl.Spacer(1, 10)]

    def twocol(b: Custom) -> list:
        fl = r.flowables(b.data["blocks"])
        return [
            BalancedColumns(
                fl,
                nCols=2,
                innerPadding=16,
                spaceBefore=2,
                spaceAfter=8,
                vLinesStrokeColor=RULE,
                vLinesStrokeWidth=0.4,
            )
        ]

    def quote(_b: Custom) -> list:
        qst = rl.ParagraphStyle(
            "q",
            parent=r.styles["body"],
            fontName="LiberationSerif-Italic",
            fontSize=15,
            leading=19.5,
            textColor=PLUM,
            alignment=TA_LEFT,
            spaceAfter=0,
        )
        byst = rl.ParagraphStyle(
            "qb",
            parent=r.styles["body"],
            fontName="LiberationSans",
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#555555"),
            alignment=TA_LEFT,
            spaceAfter=0,
        )
        box = rl.RLTable(
            [[Paragraph(escape(QUOTE), qst)], [Paragraph(escape(QUOTE_BY), byst)]],
            colWidths=[W],
            style=rl.TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), TINT),
                    ("LINEBEFORE", (0, 0), (0, -1), 4, PLUM),
                    ("LEFTPADDING", (0, 0), (-1, -1), 18),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 18),
                    ("TOPPADDING", (0, 0), (-1, 0), 10),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                ]
            ),
            hAlign="LEFT",
        )
        return [rl.Spacer(1, 4), box, rl.Spacer(1, 10)]

    def goaltable(_b: Custom) -> list:
        cell = r.styles["cell"]
        head = r.styles["cellb"]
        data = [[Paragraph(h, head) for h in ("Mål", "Kommentar", "Bedömning")]]
        for g, s, c in GOALS:
            data.append(
                [
                    Paragraph(escape(g), head),
                    Paragraph(escape(c), cell),
                    Paragraph(escape(STATUS[s]), cell),
                ]
            )
        widths = [0.33, 0.50, 0.17]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
        )
        return [r.para("Tabell 1. Nämndens mål 2025", "caption"), tbl, rl.Spacer(1, 10)]

    r.custom.update(masthead=masthead, twocol=twocol, quote=quote, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

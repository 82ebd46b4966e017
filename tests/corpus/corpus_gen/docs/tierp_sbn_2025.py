"""Tierp, Samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, Liberation Sans), no title page.

The report proper (summary, events of the year, a goal table Nämndmål | Bedömning | Kommentar
with six goals, a KPI table 2023 | 2024 | 2025 | Mål 2025 and a drift table Verksamhet | Budget
2025 | Utfall 2025 | Avvikelse in tkr with a Summa row) is followed by three appendices, each
under a heading of its own: "Bilaga 1. Investeringsredovisning", a table Projekt | Budget 2025 |
Utfall 2025 | Avvikelse with eight projects and a "Summa investeringar" row, drawn exactly like
the drift table (same columns, same style, tkr, budget minus utfall); "Bilaga 2. Uppföljning av
internkontrollplan", Kontrollmoment | Status | Kommentar with the statuses "Genomförd", "Delvis
genomförd" and "Ej genomförd"; and "Bilaga 3. Uppdrag från kommunfullmäktige", Uppdrag | Status
with "Pågår" and "Avslutat". The key's finance holds only the drift table's rows and its goals
only the six nämndmål: the appendices test precision."""

from __future__ import annotations

import collections
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Tierps kommun"
COMMITTEE = "Samhällsbyggnadsnämnden"
TITLE = "Årsredovisning 2025"
GREEN = colors.HexColor("#1E5B3A")
HEAD_BG = colors.HexColor("#E3ECE6")
RULE = colors.HexColor("#B9C6BD")

STATUS_WORD = {
    "achieved": "Uppnått",
    "partly": "Delvis uppnått",
    "not_achieved": "Ej uppnått",
}

# nämndmål, status, comment
GOALS = [
    (
        "Det ska finnas planlagd mark för bostäder och verksamheter i kommunens tätorter",
        "achieved",
        "Två nya detaljplaner har vunnit laga kraft, i Örbyhus och i Söderfors. Vid årets slut "
        "fanns 46 lediga planlagda bostadstomter mot målvärdet 40.",
    ),
    (
        "Handläggningen av bygglov ska vara snabb, enkel och rättssäker",
        "not_achieved",
        "Handläggningstiden ökade till 5,4 veckor i median och 89 procent av besluten fattades "
        "inom lagstadgad tid. Två vakanta tjänster som bygglovshandläggare tillsattes först "
        "i oktober.",
    ),
    (
        "Invånarna ska ha tillgång till dricksvatten av god kvalitet",
        "achieved",
        "Andelen dricksvattenprover utan anmärkning var 99,4 procent. Inga kokningsrekommendationer "
        "har behövt utfärdas under året.",
    ),
    (
        "Andelen resor med gång, cykel och kollektivtrafik ska öka",
        "partly",
        "Resandet med kollektivtrafiken inom kommunen ökade med 3,5 procent. Gång- och "
        "cykelvägen mellan Örbyhus och Tobo blev klar i november, men nätet når inte målvärdet "
        "56 kilometer.",
    ),
    (
        "Mängden hushållsavfall per invånare ska minska",
        "partly",
        "Mängden hushållsavfall minskade till 437 kilo per invånare men når inte målvärdet. "
        "Andelen som går till materialåtervinning ökar långsamt.",
    ),
    (
        "Nämnden ska bedriva sin verksamhet inom tilldelad budgetram",
        "achieved",
        "Nämnden redovisar ett överskott om 190 tkr mot budget. Se avsnitt 5.",
    ),
]

# nyckeltal, 2023, 2024, 2025, mål 2025 (as printed), fmt
KPIS = [
    ("Lediga planlagda bostadstomter vid årets slut, antal", 38, 31, 46, "≥ 40", N),
    ("Handläggningstid för bygglov, median i veckor", 5.1, 4.6, 5.4, "≤ 4,0", DEC1),
    ("Andel bygglovsbeslut inom lagstadgad tid", 91, 94, 89, "100 %", PCT),
    ("Andel dricksvattenprover utan anmärkning", 98.1, 98.6, 99.4, "≥ 99,0 %", PCT1),
    ("Gång- och cykelvägar, kilometer", 48, 51, 55, "≥ 56", N),
    ("Resor med kollektivtrafik inom kommunen, tusental", 612, 648, 671, "–", N),
    ("Hushållsavfall, kilo per invånare", 452, 441, 437, "≤ 430", N),
    ("Andel hushållsavfall till materialåtervinning", 31, 33, 34, "≥ 40 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 5.9, 6.3, 5.7, "≤ 6,0 %", PCT1),
]

# verksamhet, budget 2025, utfall 2025 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 6_850, 6_420),
    ("Plan och bygg", 9_400, 10_260),
    ("Gata, park och trafik", 41_300, 43_080),
    ("Kollektivtrafik och färdtjänst", 28_600, 27_950),
    ("Mark och exploatering", 2_100, 640),
    ("Kart och GIS", 3_250, 2_960),
]

# projekt, budget 2025, utfall 2025 (tkr)
INVEST = [
    ("Ombyggnad av Centralgatan, Tierp", 14_500, 12_870),
    ("Gång- och cykelväg Örbyhus–Tobo", 8_200, 9_040),
    ("Nytt vattenverk Söderfors, etapp 1", 22_000, 17_650),
    ("Förnyelse av VA-ledningar, Karlholmsbruk", 9_800, 10_320),
    ("Trafiksäkerhetsåtgärder vid skolor", 2_500, 1_960),
    ("Gatubelysning, byte till LED", 3_200, 3_180),
    ("Upprustning av Centralparken, Tierp", 1_800, 1_240),
    ("Exploatering Ängsvägen, Örbyhus", 6_400, 4_120),
]

# kontrollmoment, status, kommentar
CONTROLS = [
    (
        "Leverantörsfakturor attesteras enligt attestreglementet",
        "Genomförd",
        "Stickprov på 40 fakturor. Inga avvikelser.",
    ),
    (
        "Inköp av material och entreprenader görs från upphandlade leverantörer",
        "Delvis genomförd",
        "Granskningen av entreprenader är klar; materialinköpen granskas i februari 2026.",
    ),
    (
        "Beslut om bygglov fattas inom lagstadgad tid",
        "Genomförd",
        "11 procent av besluten fattades efter lagstadgad tid. Åtgärdsplan beslutad i november.",
    ),
    (
        "Egenkontrollen av dricksvatten följer kontrollprogrammet",
        "Genomförd",
        "Samtliga provtagningar enligt programmet är gjorda.",
    ),
    (
        "Entreprenörernas vinterväghållning följs upp enligt avtal",
        "Ej genomförd",
        "Kontrollen kunde inte göras under den milda vintern och flyttas till 2026.",
    ),
    (
        "Synpunkter från allmänheten besvaras inom tio arbetsdagar",
        "Delvis genomförd",
        "Uppföljning gjord för våren; 78 procent besvarades i tid.",
    ),
]

# uppdrag, status
ASSIGNMENTS = [
    ("Ta fram en plan för laddinfrastruktur i kommunens tätorter (KF § 78/2023)", "Avslutat"),
    ("Utreda förutsättningarna för en ny vattentäkt för Tierps tätort (KF § 112/2023)", "Pågår"),
    ("Revidera kommunens trafikstrategi (KF § 41/2024)", "Pågår"),
    (
        "Se över taxan för plan- och bygglovsärenden så att den motsvarar kostnaderna "
        "(KF § 95/2024)",
        "Avslutat",
    ),
    (
        "Ta fram en ny avfallsplan för 2026–2030 tillsammans med Tierps Energi & Miljö "
        "(KF § 17/2025)",
        "Pågår",
    ),
]


def text_rows(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\t".join(r) for r in [head, *rows])


def money_rows(items: list[tuple[str, int, int]], total: str) -> list[Row]:
    rows = [Row(n, [b, u, b - u]) for n, b, u in items]
    tb, tu = sum(b for _n, b, _u in items), sum(u for _n, _b, u in items)
    rows.append(Row(total, [tb, tu, tb - tu], total=True))
    return rows


MONEY_COLS = [Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))]


def build() -> Doc:
    d = Doc(
        stem="tierp-samhallsbyggnadsnamnden-arsredovisning-2025",
        municipality="Tierp",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Samhällsbyggnadsnämnden, årsredovisning 2025 (reportlab, Liberation Sans), no title "
        "page, three appendices after the report proper",
        hard="after the report (a goal table Nämndmål | Bedömning | Kommentar with six goals, "
        '"Uppnått", "Delvis uppnått", "Ej uppnått"; a KPI table 2023 | 2024 | 2025 | Mål 2025; a '
        "drift table Verksamhet | Budget 2025 | Utfall 2025 | Avvikelse in tkr with a Summa row) "
        'come three appendices under headings of their own: "Bilaga 1. '
        'Investeringsredovisning", a table Projekt | Budget 2025 | Utfall 2025 | Avvikelse with '
        'eight projects and "Summa investeringar", drawn exactly like the drift table (same '
        'columns, style and unit, budget minus utfall), whose rows are not drift rows; "Bilaga 2. '
        'Uppföljning av internkontrollplan", Kontrollmoment | Status | Kommentar ("Genomförd", '
        '"Delvis genomförd", "Ej genomförd"), and "Bilaga 3. Uppdrag från kommunfullmäktige", '
        'Uppdrag | Status ("Pågår", "Avslutat"), several controls and assignments phrased like '
        "goals; a precision test: the key's finance holds only the drift rows and its goals "
        'only the six nämndmål; the municipality as "Tierps kommun" in the masthead and the '
        "running header",
    )
    st = collections.Counter(s for _t, s, _c in GOALS)
    assert (st["achieved"], st["partly"], st["not_achieved"]) == (3, 2, 1)
    ic = collections.Counter(s for _k, s, _c in CONTROLS)
    assert (ic["Genomförd"], ic["Delvis genomförd"], ic["Ej genomförd"]) == (3, 2, 1)
    ka = collections.Counter(s for _u, s in ASSIGNMENTS)
    assert (ka["Avslutat"], ka["Pågår"]) == (2, 3)

    drift_rows = money_rows(DRIFT, "Summa")
    tb, tu, tdev = drift_rows[-1].cells
    assert (tb, tu, tdev) == (91_500, 91_310, 190), drift_rows[-1].cells
    inv_rows = money_rows(INVEST, "Summa investeringar")
    ib, iu, idev = inv_rows[-1].cells
    assert (ib, iu, idev) == (68_400, 60_380, 8_020), inv_rows[-1].cells

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr SBN 2026/14",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, gator och parker, "
        "kollektivtrafik och färdtjänst, mark och exploatering samt kart och GIS. Nämnden är "
        "också huvudman för den taxefinansierade vatten- och avloppsverksamheten."
    )
    d.p(
        "Av nämndens sex mål har tre uppnåtts, två har uppnåtts delvis och ett har inte uppnåtts. "
        "Nämnden redovisar ett överskott mot budget om 190 tkr. Investeringarna uppgick till "
        "60 380 tkr, vilket är 8 020 tkr lägre än budget, främst eftersom bygget av det nya "
        "vattenverket i Söderfors har tidsförskjutits."
    )
    d.h(1, "Viktiga händelser under året", num="2")
    d.p(
        "Ombyggnaden av Centralgatan i Tierp blev klar i september, med bredare trottoarer, ny "
        "belysning och fler cykelparkeringar. Gång- och cykelvägen mellan Örbyhus och Tobo "
        "invigdes i november. Detaljplanerna för Ängsvägen i Örbyhus och för bostäder vid "
        "Dalälven i Söderfors vann laga kraft under våren."
    )
    d.p(
        "Bygglovsenheten har haft två vakanta tjänster under större delen av året, vilket har "
        "förlängt handläggningstiderna. Antalet ärenden var i nivå med 2024. Från oktober är "
        "enheten fullt bemannad och en åtgärdsplan för kortare handläggningstider följs upp "
        "varje månad."
    )

    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Kommunfullmäktiges mål för mandatperioden har brutits ned i sex nämndmål. Bedömningen "
        "nedan avser måluppfyllelsen för helåret 2025 och grundar sig på nyckeltalen i avsnitt 4."
    )
    goal_head = ("Nämndmål", "Bedömning", "Kommentar")
    goal_rows = [(t, STATUS_WORD[s], c) for t, s, c in GOALS]
    for t, s, _c in GOALS:
        d.goal(t, s)
    d.add(
        Custom(
            "texttable",
            {
                "head": goal_head,
                "rows": goal_rows,
                "widths": (0.34, 0.15, 0.51),
                "caption": "Tabell 1. Nämndmål och bedömning 2025",
            },
            words="Tabell 1. Nämndmål och bedömning 2025\n" + text_rows(goal_head, goal_rows),
        )
    )

    d.h(1, "Nyckeltal", num="4")
    d.p("Nyckeltalen avser helår. Målvärdet gäller 2025; för resandet finns inget målvärde.")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
                Col(("Mål 2025",)),
            ],
            rows=[Row(n, [a, b, c, Raw(m)], fmt=f) for n, a, b, c, m, f in KPIS],
            kind="kpi",
            caption="Tabell 2. Nyckeltal 2023–2025",
            label_width=3.6,
        )
    )

    d.h(1, "Ekonomi", num="5")
    d.p(
        "Nämndens nettokostnad uppgick till 91 310 tkr mot en budget om 91 500 tkr, vilket ger "
        "ett överskott om 190 tkr. Gata, park och trafik visar ett underskott om 1 780 tkr, "
        "främst till följd av högre kostnader för beläggningsunderhåll och två stormar under "
        "hösten. Plan och bygg visar ett underskott om 860 tkr efter lägre bygglovsintäkter "
        "och kostnader för konsulter under vakanserna."
    )
    d.p(
        "Mark och exploatering visar ett överskott om 1 460 tkr efter försäljning av tre "
        "industritomter i Tierp. Kollektivtrafik och färdtjänst visar ett överskott om 650 tkr "
        "eftersom antalet färdtjänstresor var lägre än beräknat."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=MONEY_COLS,
            rows=drift_rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp innebär underskott. VA- och "
            "avfallsverksamheten är taxefinansierad och redovisas i egna resultaträkningar.",
            label_width=3.0,
        )
    )
    d.p(
        "Investeringarna redovisas per projekt i bilaga 1. Uppföljningen av internkontrollplanen "
        "finns i bilaga 2 och redovisningen av uppdrag från kommunfullmäktige i bilaga 3."
    )

    d.h(1, "Framtid och utmaningar", num="6")
    d.p(
        "Befolkningen i Tierps kommun väntas fortsätta att öka, främst i Tierps tätort och i "
        "Örbyhus, och efterfrågan på planlagd mark för bostäder och verksamheter är fortsatt "
        "hög. Nämnden prioriterar under 2026 detaljplanerna för bostäder i norra Tierp och för "
        "verksamhetsmark vid trafikplatsen på E4 i Tierp."
    )
    d.p(
        "Det nya vattenverket i Söderfors och utredningen om en ny vattentäkt för Tierps tätort "
        "kräver stora investeringar de kommande åren och kommer att påverka VA-taxan. "
        "Underhållsskulden i gatunätet är stor; nämnden har i budgetdialogen för 2026 begärt "
        "utökade medel för beläggningsunderhåll."
    )

    d.add(PageBreak())
    d.h(1, "Bilaga 1. Investeringsredovisning")
    d.p(
        "Nämndens investeringsbudget för 2025 var 68 400 tkr, inklusive ombudgeteringar från "
        "2024. Utfallet blev 60 380 tkr. Det största överskottet avser vattenverket i Söderfors, "
        "där upphandlingen av etapp 1 överprövades och byggstarten flyttades till augusti. "
        "Medel motsvarande 4 350 tkr föreslås ombudgeteras till 2026. Gång- och cykelvägen "
        "Örbyhus–Tobo och ledningsförnyelsen i Karlholmsbruk blev dyrare än beräknat på grund "
        "av svårare markförhållanden."
    )
    d.table(
        Table(
            label_head=("Projekt",),
            cols=MONEY_COLS,
            rows=inv_rows,
            kind="plain",
            caption="Investeringsredovisning per projekt (tkr)",
            note="Avvikelse = budget minus utfall; negativt belopp innebär överskridande.",
            label_width=3.0,
        )
    )
    d.add(PageBreak())
    d.h(1, "Bilaga 2. Uppföljning av internkontrollplan")
    d.p(
        "Nämndens internkontrollplan för 2025 antogs i januari och omfattar sex kontrollmoment. "
        "Tre kontroller är genomförda, två delvis genomförda och en har inte genomförts."
    )
    ic_head = ("Kontrollmoment", "Status", "Kommentar")
    d.add(
        Custom(
            "texttable",
            {"head": ic_head, "rows": CONTROLS, "widths": (0.40, 0.16, 0.44)},
            words=text_rows(ic_head, CONTROLS),
        )
    )
    d.h(1, "Bilaga 3. Uppdrag från kommunfullmäktige")
    d.p(
        "Kommunfullmäktige har gett nämnden fem uppdrag som ännu inte var slutredovisade vid "
        "ingången av 2025. Två av dem har avslutats under året och tre pågår."
    )
    ka_head = ("Uppdrag", "Status")
    d.add(
        Custom(
            "texttable",
            {"head": ka_head, "rows": ASSIGNMENTS, "widths": (0.80, 0.20)},
            words=text_rows(ka_head, ASSIGNMENTS),
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": f"{MUNI}\t{COMMITTEE} – {TITLE}",
        "footer": "\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=GREEN
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 14),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Dnr SBN 2026/14", "meta"),
            rl.Spacer(1, 6),
        ]

    def texttable(b: Custom) -> list:
        head, rows, widths = b.data["head"], b.data["rows"], b.data["widths"]
        data = [[Paragraph(escape(h), r.styles["cellb"]) for h in head]]
        for row in rows:
            data.append([Paragraph(escape(c), r.styles["cell"]) for c in row])
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ]
            ),
        )
        out = []
        if b.data.get("caption"):
            out.append(r.para(b.data["caption"], "caption"))
        return [*out, tbl, rl.Spacer(1, 10)]

    r.custom.update(masthead=masthead, texttable=texttable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

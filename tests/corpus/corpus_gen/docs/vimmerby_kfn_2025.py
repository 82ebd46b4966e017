"""Vimmerby, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Serif
body, Liberation Sans headings) written in Word with an outline of its own: the chapters are
lettered ("A. Inledning", "B. Verksamhet", "C. Måluppfyllelse", "D. Ekonomi") and the goal areas
under C numbered in roman numerals ("I. Kultur för alla", "II. Aktiv fritid", "III. Attraktiv
arbetsgivare"). The goals are neither headings nor table rows: each is a hanging-indent block with
the goal's title in bold in a left column of about 40 % of the width (wrapping there over two or
three lines) and, starting on the same first line in the right column, "Bedömning: Uppfyllt."
("Delvis uppfyllt." / "Ej uppfyllt.") followed by the comment, which wraps in the right column
only; no rules, no shading, so on every line the title's words and the comment's stand side by
side. A KPI table per goal area (Nyckeltal | 2023 | 2024 | 2025) and a drift table Budget 2025 |
Utfall 2025 | Avvikelse | Utfall 2024 (tkr, budget minus utfall) with a Summa row."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Vimmerby kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
GREEN = colors.HexColor("#2F5D3A")

WORD = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

YEARS = [Col(("2023",), year="2023"), Col(("2024",), year="2024"), Col(("2025",), year="2025")]

# (roman, area, [(goal, status, comment)], [(kpi, 2023, 2024, 2025, fmt)])
AREAS = [
    (
        "I.",
        "Kultur för alla",
        [
            (
                "Fler barn och unga ska ta del av kulturlivet i hela kommunen",
                "achieved",
                "Under året genomfördes 111 kulturarrangemang för barn och unga, varav 38 "
                "utanför centralorten, bland annat i Södra Vi, Storebro och Frödinge. "
                "Kulturskolan startade en filial i Södra Vi och andelen inskrivna barn ökade "
                "till 17 procent. Skapande skola nådde samtliga grundskolor.",
            ),
            (
                "Biblioteken ska vara en levande mötesplats för läsning, lärande och demokrati",
                "partly",
                "Besöken på biblioteken fortsatte att öka och de meröppna tiderna i Södra Vi "
                "har blivit populära. Utlånen per invånare ökade något men når inte nivån "
                "från 2023. Programverksamheten för vuxna fick minskas under hösten på grund "
                "av vakanser.",
            ),
        ],
        [
            ("Antal besök på biblioteken", 98_400, 101_250, 104_870, N),
            ("Utlån per invånare", 5.6, 5.4, 5.5, DEC1),
            ("Andel barn 7–15 år inskrivna i kulturskolan", 14, 15, 17, PCT),
            ("Antal kulturarrangemang för barn och unga", 84, 92, 111, N),
        ],
    ),
    (
        "II.",
        "Aktiv fritid",
        [
            (
                "Fler invånare ska använda kommunens idrotts- och fritidsanläggningar",
                "not_achieved",
                "Simhallen var stängd i sju veckor under hösten för byte av "
                "ventilationsaggregat, och antalet besök minskade med drygt 5 000 jämfört "
                "med 2024. Bokningsgraden i sporthallarna var oförändrad.",
            ),
            (
                "Barn och unga ska ha en meningsfull fritid i en trygg miljö",
                "partly",
                "Föreningarnas verksamhet för barn och unga fortsatte att växa och antalet "
                "deltagartillfällen är det högsta hittills. Fritidsgårdarna når däremot en "
                "något mindre andel av ungdomarna än tidigare år. Nämnden har under hösten "
                "prövat öppna kvällar i sporthallen, som fortsätter under 2026.",
            ),
        ],
        [
            ("Antal besök i simhallen", 61_200, 64_800, 59_300, N),
            ("Deltagartillfällen i föreningsverksamhet 7–20 år", 118_450, 121_300, 126_980, N),
            ("Andel unga 13–19 år som besöker fritidsgård varje månad", 18, 17, 16, PCT),
            ("Nöjd medborgar-index, idrotts- och motionsanläggningar", 66, 68, 67, N),
        ],
    ),
    (
        "III.",
        "Attraktiv arbetsgivare",
        [
            (
                "Sjukfrånvaron bland medarbetarna ska minska",
                "achieved",
                "Sjukfrånvaron minskade till 5,2 procent. Korttidsfrånvaron är lägre än "
                "tidigare år och två långa sjukskrivningar har avslutats med återgång i "
                "arbete.",
            ),
            (
                "Medarbetarna ska uppleva ett tydligt ledarskap och goda möjligheter att "
                "utvecklas i arbetet",
                "achieved",
                "Medarbetarenkäten visar ett högre engagemangsindex än föregående år. "
                "Samtliga enhetschefer har gått kommunens ledarutbildning och nästan alla "
                "medarbetare har haft medarbetarsamtal.",
            ),
        ],
        [
            ("Sjukfrånvaro bland medarbetarna", 5.9, 6.4, 5.2, PCT1),
            ("Hållbart medarbetarengagemang (HME), index", 78, 79, 81, N),
            ("Andel medarbetare som haft medarbetarsamtal", None, 86, 94, PCT),
        ],
    ),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 3_420, 3_275, 3_190),
    ("Bibliotek", 9_860, 9_912, 9_480),
    ("Kulturskola", 7_650, 7_498, 7_310),
    ("Allmänkultur och arrangemang", 4_210, 4_366, 3_980),
    ("Fritidsgårdar och ungdomsverksamhet", 5_940, 5_705, 5_820),
    ("Idrotts- och fritidsanläggningar", 22_380, 21_694, 21_870),
    ("Föreningsstöd", 4_390, 4_402, 4_260),
]


def kpi_table(area: str, kpis: list, n: int) -> Table:
    rows = [
        Row(name, [Raw("–") if v is None else v for v in (a, b, c)], fmt=f)
        for name, a, b, c, f in kpis
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=YEARS,
        rows=rows,
        kind="kpi",
        caption=f"Tabell {n}. Nyckeltal, {area.lower()}",
        label_width=4.2,
    )


def right_text(status: str, comment: str) -> str:
    return f"Bedömning: {WORD[status]}. {comment}"


def build() -> Doc:
    d = Doc(
        stem="vimmerby-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Vimmerby",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 written in Word with an "
        "outline of its own (reportlab, Liberation Serif body, Liberation Sans headings), no "
        "title page",
        hard='chapters lettered "A. Inledning", "B. Verksamhet", "C. Måluppfyllelse", '
        '"D. Ekonomi" and the goal areas under C numbered in roman numerals ("I. Kultur för '
        'alla", "II. Aktiv fritid", "III. Attraktiv arbetsgivare"); the six goals are neither '
        "headings nor table rows but hanging-indent blocks with no rules: the goal's title in "
        "bold in a left column of about 40 % of the width, wrapping there over two or three "
        'lines, and on the same first line in the right column "Bedömning: Uppfyllt." '
        '("Delvis uppfyllt." / "Ej uppfyllt.") run on into the comment, which wraps in the '
        "right column only, so every line holds words of the title and of the comment side by "
        "side; a KPI table per goal area Nyckeltal | 2023 | 2024 | 2025 (bare years, a dash for "
        "a measure not taken in 2023); a drift table Budget 2025 | Utfall 2025 | Avvikelse | "
        "Utfall 2024 (tkr, budget minus utfall, the previous year's outcome last) with a Summa "
        'row; the municipality as "Vimmerby kommun" in the masthead and the running header',
    )
    counts: dict[str, int] = {}
    for _r, _a, goals, _k in AREAS:
        for _t, s, _c in goals:
            counts[s] = counts.get(s, 0) + 1
    assert counts == {"achieved": 3, "partly": 2, "not_achieved": 1}, counts
    tb = sum(r[1] for r in DRIFT)
    tu = sum(r[2] for r in DRIFT)
    t24 = sum(r[3] for r in DRIFT)
    assert (tb, tu, t24) == (57_850, 56_852, 55_910), (tb, tu, t24)

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Fastställd av kultur- och fritidsnämnden 2026-02-12, § 8",
        )
    )
    d.h(1, "Inledning", "A.")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för kommunens bibliotek, kulturskola, allmänkultur, "
        "fritidsgårdar, idrotts- och fritidsanläggningar samt stödet till föreningslivet. "
        "Verksamhetsberättelsen redovisar hur nämnden har genomfört sitt uppdrag under 2025, "
        "hur nämndens mål har uppfyllts och hur det ekonomiska resultatet blev."
    )
    d.p(
        "Året präglades av ett fortsatt högt intresse för kulturskolan och bibliotekens "
        "verksamhet, men också av att simhallen fick stängas under hösten för byte av "
        "ventilation. Av nämndens sex mål är tre uppfyllda, två delvis uppfyllda och ett ej "
        "uppfyllt. Nämnden redovisar ett överskott om 998 tkr mot budget."
    )
    d.h(1, "Verksamhet", "B.")
    d.p(
        "Biblioteken i Vimmerby och Södra Vi hade tillsammans närmare 105 000 besök. "
        "Meröppet infördes i Södra Vi i mars, vilket gör att biblioteket kan användas även "
        "när personal inte är på plats. Bokbussen har trafikerat landsbygden varannan vecka "
        "och biblioteken har hållit kurser i digital vardag för äldre."
    )
    d.p(
        "Kulturskolan hade 312 elever i ämneskurser och nådde ytterligare omkring 400 barn "
        "genom Skapande skola. En ny kurs i film och animation startade under våren. "
        "Inom allmänkulturen genomfördes sommarens konsertserie i stadsparken och en "
        "utställning om Vimmerbys stadsbebyggelse på Vimmerby museum."
    )
    d.p(
        "Fritidsgårdarna i Vimmerby och Södra Vi har haft öppet fyra kvällar i veckan. "
        "Föreningsstödet har betalats ut enligt de regler som nämnden antog 2024 och "
        "lokalbidraget har räknats upp med tre procent. Konstgräsplanen vid Vimmerby "
        "idrottsplats fick ny belysning under sommaren."
    )
    d.h(1, "Måluppfyllelse", "C.")
    d.p(
        "Nämnden har sex mål inom tre målområden. Varje mål bedöms på en tregradig skala: "
        "uppfyllt, delvis uppfyllt eller ej uppfyllt. Bedömningen grundas på nyckeltalen i "
        "tabellerna och på verksamhetens egen analys."
    )
    n = 0
    for roman, area, goals, kpis in AREAS:
        d.h(2, area, roman)
        for title, status, comment in goals:
            d.goal(title, status)
            rt = right_text(status, comment)
            d.add(Custom("goal", {"title": title, "right": rt}, words=f"{title}\n\n{rt}"))
        n += 1
        d.table(kpi_table(area, kpis, n))
    d.h(1, "Ekonomi", "D.")
    d.p(
        "Nämnden redovisar ett överskott om 998 tkr mot budget för 2025. Överskottet beror "
        "främst på lägre kostnader för drift av simhallen under de veckor den var stängd och "
        "på vakanser inom fritidsgårdarna. Biblioteken och allmänkulturen redovisar mindre "
        "underskott, bland annat till följd av högre kostnader för medier och arrangemang."
    )
    rows = [Row(name, [b, u, b - u, u24]) for name, b, u, u24 in DRIFT]
    rows.append(Row("Summa", [tb, tu, tb - tu, t24], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption=f"Tabell {n + 1}. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus utfall; ett negativt belopp är ett underskott.",
            label_width=3.2,
        )
    )
    d.p(
        "Nämndens investeringar uppgick till 2 140 tkr och avsåg främst belysningen vid "
        "Vimmerby idrottsplats och inventarier till kulturskolan i Södra Vi."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_font": "LiberationSans",
        "table_size": 8.6,
        "table_rules": "rules",
        "header": f"{MUNI}\t{COMMITTEE} – {TITLE}",
        "footer": "\tSida {page} av {pages}\t",
        "hf_font": "LiberationSans",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.0 * rl.cm, 2.3 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "vlogo", parent=r.styles["cellb"], fontSize=12, leading=15, textColor=GREEN
        )
        big = rl.ParagraphStyle("vt", parent=r.styles["title"], fontSize=22, leading=27)
        sub = rl.ParagraphStyle("vs", parent=r.styles["subtitle"], fontSize=14, leading=18)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 12),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Fastställd av kultur- och fritidsnämnden 2026-02-12, § 8", "meta"),
            rl.Spacer(1, 4),
        ]

    gst = rl.ParagraphStyle(
        "gtitle", parent=r.styles["body"], fontName="LiberationSerif-Bold", spaceAfter=0
    )
    cst = rl.ParagraphStyle("gcomment", parent=r.styles["body"], spaceAfter=0)

    def goal(b: Custom) -> list:
        t = rl.RLTable(
            [[Paragraph(escape(b.data["title"]), gst), Paragraph(escape(b.data["right"]), cst)]],
            colWidths=[W * 0.40, W * 0.60],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 14),
                    ("RIGHTPADDING", (1, 0), (1, 0), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        return [t, rl.Spacer(1, 9)]

    r.custom.update(masthead=masthead, goal=goal)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

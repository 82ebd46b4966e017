"""Tranås, Tekniska nämnden, årsredovisning 2025 of a small kommun (reportlab, Carlito body,
Liberation Sans tables): no table names a year in its column headings.

The year is printed only on the title page ("Årsredovisning 2025") and in the running footer
("Tranås kommun | Årsredovisning 2025"); the text says "under året", "föregående år". The KPI table
is headed Nyckeltal | Föregående år | Innevarande år | Mål, the volumes table Verksamhetsmått |
Utfall fg år | Utfall i år, the income statement and the drift table Budget | Utfall | Avvikelse |
Utfall fg år. The key gives "Innevarande år" and "Utfall i år" to 2025 (the report's year) and
"Föregående år" and "Utfall fg år" to 2024; the finance columns are named as printed ("Utfall fg
år"). "Mål" is a target, not a value; one KPI's target is the word "minska" (no number), and one
KPI has no value for the current year ("–": the survey was not made), so only 2024 is keyed.

The goals are a bulleted list under "Nämndens mål": each item one paragraph that starts with the
goal as a bold run-in sentence ("Fler ska välja kollektivtrafik."), runs on with the analysis in
plain type on the same lines, and ends with the assessment in parentheses ("(Bedömning: Delvis
uppfyllt)"). The goal's title in the key is the bold sentence without its closing full stop. An
annual report, so "Uppfyllt" → achieved, "Delvis uppfyllt" → partly, "Inte uppfyllt" →
not_achieved, and "(Bedömning: Målet har inte följts upp)" → unassessed.

Finance: the resultaträkning's Avvikelse is utfall minus budget, the drift table's budget minus
utfall (both say so in a note; both come to −230 tkr). All amounts tkr."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import ListFlowable, ListItem, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Tranås kommun"
COMMITTEE = "Tekniska nämnden"
GREEN = colors.HexColor("#00594C")

ASSESS = {
    "achieved": "Bedömning: Uppfyllt",
    "partly": "Bedömning: Delvis uppfyllt",
    "not_achieved": "Bedömning: Inte uppfyllt",
    "unassessed": "Bedömning: Målet har inte följts upp",
}

# (goal as printed in bold, without its full stop; status; analysis)
GOALS = [
    (
        "Fler ska välja kollektivtrafik",
        "partly",
        "Resandet i tätortstrafiken ökade med 4 procent och uppgick till 12,3 resor per "
        "invånare. Den nya linjen till det norra industriområdet och halvtimmestrafiken på "
        "lördagar har bidragit, men målvärdet på 13,0 resor per invånare nåddes inte. Andelen "
        "nöjda resenärer ökade till 73 procent.",
    ),
    (
        "Gång- och cykelvägar ska vara framkomliga och säkra året runt",
        "achieved",
        "Trots mycket snö i januari och december plogades 94 procent av gång- och cykelvägarna "
        "inom åtta timmar efter avslutat snöfall. Antalet trafikolyckor med personskada på "
        "kommunens gator minskade från nio till sex. Belysningen längs två skolvägar har bytts "
        "till LED.",
    ),
    (
        "Energianvändningen i nämndens fastigheter ska minska",
        "achieved",
        "Energianvändningen minskade till 134 kWh per kvadratmeter, främst genom nya styrsystem "
        "för ventilationen i gymnasieskolan och två grundskolor och genom LED-belysning i tre "
        "idrottshallar. Målvärdet var högst 135 kWh per kvadratmeter.",
    ),
    (
        "Mängden hushållsavfall per invånare ska minska",
        "not_achieved",
        "Hushållsavfallet ökade till 471 kilo per invånare mot 462 kilo föregående år. Ökningen "
        "består främst av grovavfall som lämnats på återvinningscentralen. Andelen matavfall som "
        "sorteras ut ökade till 47 procent, men det räcker inte för att vända utvecklingen.",
    ),
    (
        "Invånarna ska vara nöjda med kommunens parker och lekplatser",
        "unassessed",
        "Nöjdheten mäts i SCB:s medborgarundersökning, som kommunen deltar i vartannat år och "
        "som inte genomfördes under året. Under sommaren rustades tre lekplatser upp och en ny "
        "hundrastgård öppnades i stadsparken.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "partly",
        "Sjukfrånvaron minskade från 6,4 till 5,9 procent. Korttidsfrånvaron har minskat inom "
        "gatu- och parkverksamheten, medan långtidsfrånvaron är oförändrad. Målvärdet på 5,5 "
        "procent nåddes inte.",
    ),
]

KPIS = [
    ("Resor i tätortstrafiken per invånare, antal", 11.8, 12.3, "13,0", DEC1),
    ("Andel nöjda resenärer i kollektivtrafiken", 71, 73, "75 %", PCT),
    ("Gång- och cykelvägar plogade inom åtta timmar", 88, 94, "90 %", PCT),
    ("Trafikolyckor med personskada på kommunala gator, antal", 9, 6, "0", N),
    ("Energianvändning i nämndens fastigheter, kWh per kvm", 142, 134, "135", N),
    ("Hushållsavfall, kilo per invånare", 462, 471, "minska", N),
    ("Andel utsorterat matavfall", 44, 47, "50 %", PCT),
    ("Andel invånare nöjda med parker och grönområden", 78, None, "80 %", PCT),
    ("Sjukfrånvaro bland medarbetarna", 6.4, 5.9, "5,5 %", PCT1),
]

VOLUMES = [
    ("Felanmälningar via e-tjänsten, antal", 1_184, 1_312),
    ("Ärenden om upplåtelse av offentlig plats, antal", 146, 152),
    ("Ärenden om schakttillstånd i gatumark, antal", 212, 238),
    ("Utryckningar för snöröjning och halkbekämpning, antal", 64, 71),
    ("Färdtjänstresor, antal", 21_650, 22_480),
    ("Ny beläggning på gator, kvadratmeter", 38_500, 41_200),
    ("Gatubelysning, antal ljuspunkter", 6_820, 6_874),
    ("Insamlat hushållsavfall, ton", 8_850, 9_030),
]

# verksamhet: budget, utfall, utfall fg år (nettokostnad, tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 4_850, 4_610, 4_520),
    ("Gator och vägar", 28_400, 29_870, 27_910),
    ("Parker och grönområden", 9_200, 8_950, 8_730),
    ("Kollektivtrafik och färdtjänst", 17_600, 17_320, 16_840),
    ("Fastighetsförvaltning", 6_300, 5_480, 6_950),
    ("Bostadsanpassning", 3_400, 3_750, 3_120),
]

# resultaträkning: budget, utfall, utfall fg år
INC = (48_120, 51_360, 47_290)
COST = (-117_870, -121_340, -115_360)
BIDRAG = (69_750, 69_750, 67_600)


def build() -> Doc:
    d = Doc(
        stem="tranas-tekniska-namnden-arsredovisning-2025",
        municipality="Tranås",
        committee="Tekniska nämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Tekniska nämnden, årsredovisning 2025 of a small kommun (reportlab, Carlito body, "
        "Liberation Sans tables), a title page",
        hard="no table names a year: the KPI table is headed Föregående år | Innevarande år | "
        "Mål, the volumes table (Verksamhetsmått) Utfall fg år | Utfall i år, the income "
        "statement and the drift table Budget | Utfall | Avvikelse | Utfall fg år (tkr), and the "
        'text says only "under året" / "föregående år", so the year of every value comes from '
        'the title page ("Årsredovisning 2025") and the running footer alone (Innevarande år → '
        '2025, Föregående år → 2024); one KPI\'s target is the word "minska", one KPI has a '
        'dash for the current year; the goals are a bulleted list "Nämndens mål", each item one '
        "paragraph: the goal as a bold run-in sentence, the analysis on the same lines in plain "
        'type, the assessment in parentheses at its end ("(Bedömning: Delvis uppfyllt)", one '
        '"(Bedömning: Målet har inte följts upp)"); the municipality as "Tranås kommun" on the '
        "title page and in the running header and footer",
    )
    d.add(Custom("cover", {}, words=f"{MUNI}\nÅrsredovisning 2025\n{COMMITTEE}"))

    tb = sum(x[1] for x in DRIFT)
    tu = sum(x[2] for x in DRIFT)
    tf = sum(x[3] for x in DRIFT)
    assert (tb, tu, tf) == (69_750, 69_980, 68_070), (tb, tu, tf)
    for j in range(3):
        assert INC[j] + COST[j] == -(tb, tu, tf)[j], j
    res = [BIDRAG[j] + INC[j] + COST[j] for j in range(3)]
    assert res == [0, -230, -470], res

    d.h(1, "Året i korthet")
    d.p(
        "Tekniska nämnden ansvarar för gator, vägar, parker, kollektivtrafik och färdtjänst, "
        "bostadsanpassning samt förvaltningen av kommunens verksamhetslokaler. Året präglades "
        "av en snörik inledning och avslutning på vintern, av att den nya tätortslinjen till "
        "det norra industriområdet startade i mars och av energibesparingar i skolor och "
        "idrottshallar."
    )
    d.p(
        "Nämnden redovisar ett underskott om 230 tkr mot budget. Vinterväghållningen och "
        "bostadsanpassningen kostade mer än beräknat, medan fastighetsförvaltningen fick lägre "
        "kostnader för energi. Av nämndens sex mål är två uppfyllda, två delvis uppfyllda och "
        "ett inte uppfyllt; ett mål har inte kunnat följas upp."
    )
    d.h(1, "Nämndens uppdrag och organisation")
    d.p(
        "Nämnden har elva ledamöter och sammanträdde tio gånger under året. Verksamheten "
        "bedrivs av samhällsbyggnadsförvaltningens tekniska avdelning med 58 medarbetare "
        "fördelade på gata och park, fastighet, kollektivtrafik och administration."
    )

    d.h(1, "Nämndens mål")
    d.p(
        "Nämnden har antagit sex mål för mandatperioden utifrån kommunfullmäktiges "
        "inriktning. Under varje mål redovisas en kort analys av utfallet och nämndens "
        "bedömning av måluppfyllelsen inom parentes."
    )
    items = []
    for title, status, analysis in GOALS:
        d.goal(title, status)
        items.append(f"{title}. {analysis} ({ASSESS[status]})")
    d.add(Custom("goallist", {"goals": GOALS}, words="\n".join(items)))

    d.h(1, "Nyckeltal")
    d.p(
        "Tabellen visar nämndens nyckeltal för innevarande och föregående år samt målvärdet "
        "för innevarande år."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Föregående år",), year="2024"),
                Col(("Innevarande år",), year="2025"),
                Col(("Mål",)),
            ],
            rows=[
                Row(name, [fg, Raw("–") if iar is None else iar, Raw(mal)], fmt=f)
                for name, fg, iar, mal, f in KPIS
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            note="Andelen invånare nöjda med parker mäts vartannat år i SCB:s "
            "medborgarundersökning.",
            label_width=3.6,
        )
    )
    d.h(1, "Verksamhetsmått")
    d.table(
        Table(
            label_head=("Verksamhetsmått",),
            cols=[Col(("Utfall fg år",), year="2024"), Col(("Utfall i år",), year="2025")],
            rows=[Row(name, [a, b]) for name, a, b in VOLUMES],
            kind="kpi",
            caption="Tabell 2. Verksamhetsmått",
            label_width=3.6,
            fmt=N,
        )
    )
    d.p(
        "Antalet felanmälningar ökade med 11 procent, främst efter att e-tjänsten gjordes "
        "tillgänglig i kommunens app. Fler schakttillstånd hänger samman med fiberutbyggnaden "
        "på landsbygden."
    )

    d.h(1, "Ekonomi")
    d.p(
        "Nämndens nettokostnad blev 69 980 tkr, vilket är 230 tkr mer än kommunbidraget. "
        "Intäkterna blev 3 240 tkr högre än budgeterat, främst genom ersättningar för "
        "schaktarbeten och fler uthyrda lokaler, medan kostnaderna blev 3 470 tkr högre."
    )
    rows_is = [
        Row("Verksamhetens intäkter", [INC[0], INC[1], INC[1] - INC[0], INC[2]]),
        Row("Verksamhetens kostnader", [COST[0], COST[1], COST[1] - COST[0], COST[2]]),
        Row(
            "Nettokostnad",
            [-tb, -tu, tb - tu, -tf],
            total=True,
        ),
        Row("Kommunbidrag", [BIDRAG[0], BIDRAG[1], BIDRAG[1] - BIDRAG[0], BIDRAG[2]]),
        Row("Resultat", [res[0], res[1], res[1] - res[0], res[2]], total=True),
    ]
    fin_cols = [
        Col(("Budget",)),
        Col(("Utfall",)),
        Col(("Avvikelse",)),
        Col(("Utfall fg år",)),
    ]
    d.table(
        Table(
            label_head=("Tkr",),
            cols=fin_cols,
            rows=rows_is,
            kind="is",
            caption="Tabell 3. Resultaträkning",
            note="Avvikelse = utfall minus budget.",
            label_width=2.8,
            fmt=N,
        )
    )
    d.p(
        "Gator och vägar överskrider budget med 1 470 tkr, nästan helt på grund av "
        "vinterväghållningen. Bostadsanpassningen överskrider budget med 350 tkr efter två "
        "större ombyggnader av badrum och entréer. Fastighetsförvaltningen redovisar ett "
        "överskott om 820 tkr tack vare lägre energiförbrukning och elpris. Kollektivtrafik och "
        "färdtjänst håller budget trots fler resor, eftersom det nya färdtjänstavtalet gav ett "
        "lägre pris per resa."
    )
    rows_u = [Row(n, [b, u, b - u, f]) for n, b, u, f in DRIFT]
    rows_u.append(Row("Summa", [tb, tu, tb - tu, tf], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=fin_cols,
            rows=rows_u,
            kind="unit",
            caption="Tabell 4. Driftredovisning, nettokostnad per verksamhet",
            note="Avvikelse = budget minus utfall; ett minus är ett underskott.",
            label_width=2.8,
            fmt=N,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Kostnaderna för vinterväghållningen har överskridit budget tre år i rad, och nämnden "
        "kommer att begära en högre ram för gator och vägar. Arbetet med att minska "
        "hushållsavfallet fortsätter med en kampanj om återbruk på återvinningscentralen. "
        "Medborgarundersökningen genomförs igen nästa år och ger då underlag för att följa upp "
        "målet om parker och lekplatser."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "table_font": "LiberationSans",
        "size": 11,
        "leading": 14.5,
        "hcolor": GREEN,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EEEA"),
        "header": f"{COMMITTEE}\t\t{MUNI}",
        "footer": f"{MUNI} | Årsredovisning 2025\t\tSida {{page}} av {{pages}}",
        "hf_size": 8.5,
        "hf_rule": True,
        "margins": (2.4 * rl.cm, 2.3 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)

    def cover(_b: Custom) -> list:
        muni = rl.ParagraphStyle(
            "muni", parent=r.styles["subtitle"], fontName="Carlito-Bold", fontSize=18, leading=22
        )
        return [
            Paragraph(MUNI, muni),
            rl.Spacer(1, 200),
            r.para("Årsredovisning 2025", "title"),
            r.para(COMMITTEE, "subtitle"),
            rl.PageBreak(),
        ]

    def goallist(b: Custom) -> list:
        st = rl.ParagraphStyle("goalitem", parent=r.styles["body"], spaceAfter=7)
        items = [
            ListItem(
                Paragraph(
                    f"<b>{escape(title)}.</b> {escape(analysis)} ({escape(ASSESS[status])})", st
                ),
                leftIndent=16,
                value="•",
            )
            for title, status, analysis in b.data["goals"]
        ]
        return [
            ListFlowable(
                items, bulletType="bullet", start="•", leftIndent=16, bulletFontName="Carlito"
            ),
            rl.Spacer(1, 4),
        ]

    r.custom.update(cover=cover, goallist=goallist)
    return r.build(out / f"{doc.stem}.pdf")

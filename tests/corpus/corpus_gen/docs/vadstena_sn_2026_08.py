"""Vadstena, Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans).

Three tables of the same shape stand in the goals chapter and after the finance chapter: the goal
table Nämndmål | Prognos helår | Kommentar ("Uppnås", "Uppnås delvis", "Uppnås inte", "Ej
bedömt"), the plan's table of activities "Aktiviteter och åtaganden 2026" Aktivitet | Ansvarig |
Status ("Genomförd", "Pågår", "Ej påbörjad", "Försenad") and the internal-control table
Kontrollmoment | Resultat | Åtgärd ("Inga avvikelser", "Brister", "Ej genomförd"). Only the
nämndmål are goals: several activities are phrased like goals ("Minska …", "Öka andelen …",
"Införa …") and their status words read like assessments, but they are the means, not the ends,
and no activity or control is in the key's goals. A KPI table Jan–aug 2025 | Jan–aug 2026 | Mål
2026 and a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, budget minus
prognosis) with a Summa row."""

from __future__ import annotations

import collections
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Vadstena kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
BLUE = colors.HexColor("#1B3F6B")
HEAD_BG = colors.HexColor("#DCE4EE")
RULE = colors.HexColor("#B8C2CE")

STATUS_WORD = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
    "unassessed": "Ej bedömt",
}

# nämndmål, status, comment
GOALS = [
    (
        "Äldre personer ska kunna bo kvar i ordinärt boende med god livskvalitet så länge de "
        "önskar",
        "expected_achieved",
        "Fler personer har hemtjänst än under samma period 2025 och den personalkontinuitet som "
        "mäts i hemtjänsten har förbättrats. Väntetiden till särskilt boende har kortats. "
        "Digital tillsyn nattetid erbjuds nu alla nya brukare.",
    ),
    (
        "Brukarna ska vara delaktiga i planeringen av sina insatser",
        "partly",
        "Andelen genomförandeplaner som upprättas inom 14 dagar har ökat men når inte "
        "målvärdet. Arbetet med att göra brukaren delaktig i planen fortsätter under hösten.",
    ),
    (
        "Barn och unga som behöver stöd ska få det tidigt och nära hemmet",
        "expected_not_achieved",
        "Antalet vårddygn på HVB för barn och unga har ökat kraftigt, främst genom två "
        "placeringar under våren. Öppenvården har inte kunnat byggas ut i den takt som "
        "planerades.",
    ),
    (
        "Fler personer med försörjningsstöd ska komma i egen försörjning",
        "partly",
        "Antalet hushåll med ekonomiskt bistånd har ökat, men sedan arbetsmarknadsteamet "
        "startade i maj har nio personer gått till arbete eller studier. Effekten väntas öka "
        "under hösten.",
    ),
    (
        "Medarbetarna ska ha en god arbetsmiljö och en hållbar arbetssituation",
        "unassessed",
        "Målet bedöms i årsredovisningen, när resultatet av medarbetarenkäten i oktober finns. "
        "Sjukfrånvaron är lägre än under samma period 2025.",
    ),
    (
        "Nämndens verksamheter ska bedrivas inom tilldelad budgetram",
        "expected_not_achieved",
        "Prognosen för helåret är ett underskott om 4 300 tkr, främst inom individ- och "
        "familjeomsorgen, särskilt boende och hemtjänsten. Se avsnitt 4.",
    ),
]

# aktivitet, ansvarig, status
ACTIVITIES = [
    ("Införa digital signering av vårdplaner", "Medicinskt ansvarig sjuksköterska", "Pågår"),
    (
        "Erbjuda digital tillsyn nattetid till alla nya brukare i hemtjänsten",
        "Enhetschef hemtjänst",
        "Genomförd",
    ),
    (
        "Öka andelen genomförandeplaner som upprättas tillsammans med brukaren",
        "Verksamhetschef äldreomsorg",
        "Pågår",
    ),
    ("Ersätta nycklar med digitala lås i hemtjänsten", "Enhetschef hemtjänst", "Genomförd"),
    ("Minska användningen av bemanningssjuksköterskor", "Verksamhetschef äldreomsorg", "Pågår"),
    (
        "Bygga ut öppenvården för barn och unga så att färre placeras utanför hemmet",
        "Enhetschef individ- och familjeomsorg",
        "Försenad",
    ),
    (
        "Inrätta ett arbetsmarknadsteam tillsammans med arbetsmarknadsenheten",
        "Enhetschef individ- och familjeomsorg",
        "Genomförd",
    ),
    (
        "Revidera riktlinjerna för handläggning av ekonomiskt bistånd",
        "Enhetschef individ- och familjeomsorg",
        "Genomförd",
    ),
    ("Genomföra heltidsresan i äldreomsorgen", "Socialchef", "Pågår"),
    (
        "Ta fram en lokal handlingsplan för suicidprevention tillsammans med Region Östergötland",
        "Socialchef",
        "Ej påbörjad",
    ),
    (
        "Samla myndighetsutövningen inom funktionsstöd och individ- och familjeomsorg i ett "
        "gemensamt mottagningsteam",
        "Verksamhetschef funktionsstöd",
        "Ej påbörjad",
    ),
]

# kontrollmoment, resultat, åtgärd
CONTROLS = [
    (
        "Beslut om bistånd enligt socialtjänstlagen fattas av behörig delegat",
        "Inga avvikelser",
        "–",
    ),
    (
        "Utbetalning av ekonomiskt bistånd sker med rätt belopp och enligt riktlinjerna",
        "Brister",
        "Dubbelkontroll av utbetalningar över 15\u00a0000\u00a0kr införs från oktober.",
    ),
    (
        "Läkemedelshanteringen i särskilt boende följer gällande rutin",
        "Inga avvikelser",
        "–",
    ),
    (
        "Registerkontroll görs vid anställning inom funktionsstöd",
        "Inga avvikelser",
        "–",
    ),
    (
        "Inköp av förbrukningsmaterial görs från upphandlade leverantörer",
        "Brister",
        "Beställarna inom hemtjänsten utbildas i avtalen under hösten.",
    ),
    (
        "Rapporter enligt lex Sarah utreds inom fastställd tid",
        "Ej genomförd",
        "Kontrollen genomförs i november och redovisas i årsredovisningen.",
    ),
]

# nyckeltal, jan–aug 2025, jan–aug 2026, mål 2026 (as printed), fmt
KPIS = [
    ("Antal personer med hemtjänst, snitt per månad", 212, 224, "–", N),
    ("Antal personal som en hemtjänsttagare möter under 14 dagar", 14, 12, "≤ 12", N),
    ("Väntetid till särskilt boende, dagar (medel)", 48, 36, "≤ 60", N),
    ("Andel genomförandeplaner upprättade inom 14 dagar", 71, 78, "≥ 90 %", PCT),
    ("Antal vårddygn på HVB, barn och unga", 1_240, 1_515, "≤ 1 000", N),
    ("Antal hushåll med ekonomiskt bistånd, snitt per månad", 118, 127, "≤ 110", N),
    ("Sjukfrånvaro bland medarbetarna", 8.4, 7.9, "≤ 7,0 %", PCT1),
]

# verksamhet, budget 2026, utfall jan–aug, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 9_800, 6_270, 9_600),
    ("Särskilt boende", 86_400, 58_950, 88_200),
    ("Hemtjänst", 52_300, 35_820, 53_900),
    ("Hälso- och sjukvård", 24_100, 15_730, 23_700),
    ("Funktionsstöd", 48_700, 32_110, 47_600),
    ("Individ- och familjeomsorg", 31_500, 22_480, 33_900),
    ("Ekonomiskt bistånd", 8_200, 5_560, 8_400),
]


def text_rows(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    return "\n".join("\t".join(r) for r in [head, *rows])


def build() -> Doc:
    d = Doc(
        stem="vadstena-socialnamnden-delarsrapport-2026-08",
        municipality="Vadstena",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 (reportlab, Liberation Sans), "
        "no title page",
        hard="three text tables of the same shape, each with a status-like column: the goal "
        'table Nämndmål | Prognos helår | Kommentar (six goals, "Uppnås", "Uppnås delvis", '
        '"Uppnås inte", "Ej bedömt") is followed in the same chapter by the plan\'s table '
        '"Aktiviteter och åtaganden 2026" Aktivitet | Ansvarig | Status with eleven activities '
        '("Genomförd", "Pågår", "Ej påbörjad", "Försenad"), several phrased like goals ("Införa '
        'digital signering av vårdplaner", "Minska användningen av bemanningssjuksköterskor", '
        '"Öka andelen genomförandeplaner …"), and after the finance chapter by an internal-'
        'control table "Intern kontroll" Kontrollmoment | Resultat | Åtgärd ("Inga avvikelser", '
        '"Brister", "Ej genomförd"); only the nämndmål are goals, no activity or control is in '
        "the key; a KPI table Jan–aug 2025 | Jan–aug 2026 | Mål 2026 (a dash for a volume "
        "without a target); a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | "
        'Avvikelse (tkr, budget minus prognosis) with a Summa row; the municipality as "Vadstena '
        'kommun" in the masthead and the running header',
    )
    st = collections.Counter(s for _t, s, _c in GOALS)
    act = collections.Counter(s for _a, _r, s in ACTIVITIES)
    ic = collections.Counter(s for _k, s, _a in CONTROLS)
    assert (st["expected_achieved"], st["partly"], st["expected_not_achieved"]) == (1, 2, 2)
    assert (act["Genomförd"], act["Pågår"], act["Försenad"], act["Ej påbörjad"]) == (4, 4, 1, 2)
    assert (ic["Inga avvikelser"], ic["Brister"], ic["Ej genomförd"]) == (3, 2, 1)

    drift_rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    dev = tot[0] - tot[2]
    assert dev == -4_300, tot
    assert round(100 * tot[1] / tot[0], 1) == 67.8, tot
    drift_rows.append(Row("Summa", [*tot, dev], total=True))

    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\nDnr SN 2026/118",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Socialnämnden redovisar i delårsrapporten måluppfyllelse, nyckeltal och ekonomi för "
        "perioden januari–augusti 2026 samt prognos för helåret. Av nämndens sex mål bedöms ett "
        "uppnås, två delvis uppnås och två inte uppnås vid årets slut. Målet om arbetsmiljö "
        "bedöms först i årsredovisningen."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 4 300 tkr för helåret, motsvarande 1,6 procent "
        "av budgeten. Underskottet beror främst på placeringar av barn och unga och på högre "
        "kostnader för bemanning inom särskilt boende och hemtjänst. Åtgärder för att minska "
        "underskottet redovisas i avsnitt 4."
    )
    d.h(1, "Verksamhetens utveckling under perioden", num="2")
    d.p(
        "Efterfrågan på hemtjänst har fortsatt att öka och i genomsnitt hade 224 personer "
        "hemtjänst per månad under perioden. Kön till särskilt boende har kortats sedan tolv "
        "platser på Birgittagården åter tagits i bruk i februari. Inom individ- och "
        "familjeomsorgen har antalet anmälningar om barn som far illa ökat med 18 procent "
        "jämfört med samma period föregående år."
    )
    d.p(
        "Rekryteringsläget för sjuksköterskor har förbättrats och behovet av inhyrd personal "
        "har minskat sedan i våras. Arbetsmarknadsteamet, som drivs tillsammans med "
        "arbetsmarknadsenheten, startade i maj och har hittills haft kontakt med 31 personer "
        "med ekonomiskt bistånd."
    )

    d.h(1, "Måluppfyllelse", num="3")
    d.p(
        "Kommunfullmäktige har fastställt fyra målområden för mandatperioden. Socialnämnden har "
        "brutit ned dem i sex nämndmål, som följs upp med nyckeltal i delårsrapporten och i "
        "årsredovisningen. Prognosen avser bedömd måluppfyllelse vid årets slut."
    )
    d.h(2, "Nämndmål", num="3.1")
    goal_head = ("Nämndmål", "Prognos helår", "Kommentar")
    goal_rows = [(t, STATUS_WORD[s], c) for t, s, c in GOALS]
    for t, s, _c in GOALS:
        d.goal(t, s)
    d.add(
        Custom(
            "texttable",
            {"head": goal_head, "rows": goal_rows, "widths": (0.34, 0.15, 0.51)},
            words=text_rows(goal_head, goal_rows),
        )
    )
    d.h(2, "Aktiviteter och åtaganden 2026", num="3.2")
    d.p(
        "I verksamhetsplanen för 2026 beslutade nämnden om elva aktiviteter som ska bidra till "
        "att nämndmålen nås. Fyra aktiviteter är genomförda, fyra pågår, en är försenad och två "
        "har inte påbörjats. Den försenade aktiviteten inom öppenvården för barn och unga "
        "beror på att två tjänster som behandlare inte har kunnat tillsättas."
    )
    act_head = ("Aktivitet", "Ansvarig", "Status")
    d.add(
        Custom(
            "texttable",
            {
                "head": act_head,
                "rows": ACTIVITIES,
                "widths": (0.56, 0.30, 0.14),
                "caption": "Tabell 1. Aktiviteter och åtaganden 2026",
            },
            words="Tabell 1. Aktiviteter och åtaganden 2026\n" + text_rows(act_head, ACTIVITIES),
        )
    )
    d.h(2, "Nyckeltal", num="3.3")
    d.p(
        "Nyckeltalen avser perioden januari–augusti respektive år. Målvärdet avser helåret "
        "2026; för volymer saknas målvärde."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[Row(n, [a, b, Raw(m)], fmt=f) for n, a, b, m, f in KPIS],
            kind="kpi",
            caption="Tabell 2. Nyckeltal januari–augusti",
            label_width=3.4,
        )
    )

    d.h(1, "Ekonomi", num="4")
    d.p(
        "Utfallet för perioden januari–augusti är 176 920 tkr, vilket motsvarar 67,8 procent av "
        "årsbudgeten. Prognosen för helåret är en nettokostnad om 265 300 tkr och ett underskott "
        "mot budget om 4 300 tkr."
    )
    d.p(
        "Individ- och familjeomsorgen visar det största underskottet, 2 400 tkr, till följd av "
        "placeringar av barn och unga på HVB. Särskilt boende och hemtjänsten har högre "
        "personalkostnader än budgeterat och ekonomiskt bistånd visar ett mindre underskott. "
        "Funktionsstöd, där en gruppbostad öppnar först i december, och hälso- och sjukvården "
        "visar överskott. Nämnden har beslutat om återhållsamhet med vikarier och "
        "en översyn av alla externa placeringar under hösten."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=drift_rows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Avvikelse = budget minus prognos. Negativt belopp innebär underskott.",
            label_width=2.8,
        )
    )

    d.h(1, "Intern kontroll", num="5")
    d.p(
        "Nämndens internkontrollplan för 2026 omfattar sex kontrollmoment. Fem har kontrollerats "
        "under perioden; i två av dem fanns brister som åtgärdas under hösten. Resultatet "
        "redovisas i sin helhet i årsredovisningen."
    )
    ic_head = ("Kontrollmoment", "Resultat", "Åtgärd")
    d.add(
        Custom(
            "texttable",
            {
                "head": ic_head,
                "rows": CONTROLS,
                "widths": (0.46, 0.17, 0.37),
                "caption": "Tabell 4. Uppföljning av internkontrollplan 2026",
            },
            words="Tabell 4. Uppföljning av internkontrollplan 2026\n"
            + text_rows(ic_head, CONTROLS),
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
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

    def heading(h: rl.H) -> Paragraph:
        return r.para(h.full, f"h{min(h.level, 3)}")

    r.heading_factory = heading

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13, leading=17)
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            r.para("Dnr SN 2026/118", "meta"),
            rl.Spacer(1, 8),
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
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ]
            ),
        )
        out = []
        if b.data.get("caption"):
            out.append(r.para(b.data["caption"], "caption"))
        return [*out, tbl, rl.Spacer(1, 10)]

    r.custom.update(masthead=masthead, texttable=texttable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Kalmar, Tekniska nämnden, årsbokslut 2025: the long one (~40 pages, Writer) for speed measurement,
with the running header "2025 ÅRSBOKSLUT 2026-01-29 SID 23 (39)" on every page."""

from __future__ import annotations

import random
from pathlib import Path

from .. import fodt, prose
from ..fodt import x
from ..model import TOC, Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

PROJ = [
    "reinvestering",
    "upprustning",
    "ny anläggning",
    "utbyte av utrustning",
    "tillgänglighetsanpassning",
    "energieffektivisering",
    "förstudie och projektering",
    "ombyggnad",
    "klimatanpassning",
]
BED = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}
N = NumFmt()
P1 = NumFmt(dec=1)

VHT = [
    {
        "name": "Gator och vägar",
        "vht": "gatuverksamheten",
        "subs": [
            ("Beläggningsunderhåll", 38_000),
            ("Vinterväghållning", 21_500),
            ("Gatubelysning", 14_200),
            ("Broar och konstbyggnader", 6_800),
        ],
        "facts": [
            "Gatuverksamheten ansvarar för drift och underhåll av 420 kilometer gator, 190 kilometer gång- och cykelvägar samt 64 broar.",
            "Under året har 58 000 kvadratmeter beläggning lagts om, främst på huvudgator i Berga, Funkabo och Smedby.",
            "Vintern var mild i början av året men snörik i december, vilket gav 19 plogtillfällen jämfört med 11 under 2024.",
            "Utbytet av gatubelysning till LED har fortsatt och omfattar nu 81 procent av kommunens cirka 17 000 armaturer.",
            "Inspektionen av broar visade ett ökat behov av reparationer av kantbalkar och räcken.",
            "Arbetet med den nya infarten vid Hansa City har samordnats med Trafikverket och Kalmar Vatten.",
            "Beläggningsprogrammet har prioriterats utifrån en ny metod där vägytans tillstånd mäts med laserskanning.",
            "Gatuverksamheten har under året tagit emot fler grävtillstånd än tidigare år, främst för fiberutbyggnad.",
        ],
        "goals": [
            (
                "Gatunätets standard ska upprätthållas så att underhållsskulden inte ökar",
                "partly",
                "Andelen gator i gott skick har ökat något, men underhållsskulden för broar har ökat. Målet bedöms därför vara delvis uppfyllt.",
            ),
            (
                "Trafiksäkerheten för oskyddade trafikanter ska öka",
                "achieved",
                "Antalet skadade fotgängare och cyklister har minskat och 14 nya säkra passager har byggts.",
            ),
        ],
        "kpis": [
            ("Andel gator i gott eller mycket gott skick, %", [71.2, 72.0, 73.5], P1),
            ("Antal plogtillfällen", [14, 11, 19], N),
            ("Andel LED-armaturer i gatubelysningen, %", [64.0, 73.0, 81.0], P1),
            ("Antal skadade fotgängare och cyklister", [52, 47, 39], N),
        ],
    },
    {
        "name": "Trafik och parkering",
        "vht": "trafikenheten",
        "subs": [
            ("Trafikplanering", 5_400),
            ("Parkeringsövervakning", -6_100),
            ("Kollektivtrafikanläggningar", 3_900),
        ],
        "facts": [
            "Trafikenheten ansvarar för trafikplanering, lokala trafikföreskrifter, parkering och kommunens hållplatser.",
            "Parkeringsintäkterna ökade med 9 procent efter att avgiftszonerna i centrum utökades i mars.",
            "En ny trafikplan för Kvarnholmen antogs av nämnden i juni.",
            "Antalet beslutade lokala trafikföreskrifter uppgick till 212 under året.",
            "Hastighetsöversynen i tätorterna har slutförts och nya hastighetsgränser infördes i Läckeby och Rinkabyholm.",
            "Cykelräkningarna visar att cykeltrafiken över Ölandsleden ökat med 6 procent.",
        ],
        "goals": [
            (
                "Andelen resor med hållbara färdsätt ska öka",
                "partly",
                "Cykeltrafiken har ökat, men kollektivtrafikens andel av resorna är oförändrad jämfört med 2024.",
            ),
            (
                "Handläggningstiden för parkeringstillstånd för rörelsehindrade ska vara högst 20 dagar",
                "achieved",
                "Den genomsnittliga handläggningstiden var 14 dagar, vilket är bättre än målet.",
            ),
        ],
        "kpis": [
            ("Antal cyklister per dygn över Ölandsleden", [3_480, 3_620, 3_840], N),
            ("Handläggningstid parkeringstillstånd, dagar", [24, 18, 14], N),
            ("Antal utfärdade felparkeringsavgifter", [21_410, 22_905, 24_118], N),
        ],
    },
    {
        "name": "Park och naturvård",
        "vht": "parkverksamheten",
        "subs": [
            ("Parker och lekplatser", 24_600),
            ("Naturvård och skog", 7_300),
            ("Stadsträd", 4_900),
            ("Badplatser", 3_100),
        ],
        "facts": [
            "Parkverksamheten sköter 380 hektar parkmark, 96 lekplatser, 22 badplatser och omkring 31 000 stadsträd.",
            "Stadsparken fick en ny lekplats med tillgänglig utformning som invigdes i maj.",
            "Under sommaren genomfördes extra skötsel av badplatserna med anledning av det stora antalet besökare.",
            "Granbarkborren har fortsatt att skada kommunens skogar och 1 400 kubikmeter skog har avverkats.",
            "Ett nytt skötselprogram för Krusenstiernska gården och Slottsvallen har tagits fram tillsammans med museet.",
            "Arbetet med att öka den biologiska mångfalden har fortsatt genom fler ängsytor och färre klippta gräsmattor.",
            "Antalet nyplanterade träd uppgick till 420, varav hälften i nya bostadsområden.",
        ],
        "goals": [
            (
                "Invånarna ska ha nära till attraktiva parker och grönområden",
                "achieved",
                "Andelen invånare som har mindre än 300 meter till en park eller ett grönområde har ökat och kundundersökningen visar ett högt betyg.",
            ),
            (
                "Den biologiska mångfalden i kommunens grönområden ska öka",
                "achieved",
                "Arealen ängsmark har ökat med 12 hektar och antalet inventerade arter har ökat.",
            ),
        ],
        "kpis": [
            ("Andel invånare med högst 300 meter till park, %", [88.5, 89.1, 90.2], P1),
            ("Areal ängsmark, hektar", [41, 46, 58], N),
            ("Antal nyplanterade träd", [310, 365, 420], N),
        ],
    },
    {
        "name": "Fastighetsförvaltning",
        "vht": "fastighetsenheten",
        "subs": [
            ("Skolor och förskolor", 96_400),
            ("Vård- och omsorgsboenden", 41_200),
            ("Idrottsanläggningar", 28_700),
            ("Förvaltningsbyggnader", 12_900),
            ("Energi och miljö", -4_800),
        ],
        "facts": [
            "Fastighetsenheten förvaltar 410 000 kvadratmeter lokalyta i 240 byggnader.",
            "Den nya förskolan i Trekanten och om- och tillbyggnaden av Falkenbergsskolan färdigställdes under året.",
            "Energianvändningen per kvadratmeter minskade med 4 procent, bland annat genom nya styrsystem för ventilation.",
            "Solcellsanläggningar installerades på sju byggnader och kommunens egen elproduktion uppgår nu till 2,1 GWh per år.",
            "Underhållsplanen har uppdaterats och visar ett eftersatt underhåll om cirka 640 miljoner kronor.",
            "Tomma lokaler efter skolorganisationens förändringar har avvecklats eller hyrts ut externt.",
            "Felanmälningarna hanteras numera i ett nytt system som ger hyresgästerna bättre återkoppling.",
            "Ventilationskontrollerna (OVK) har genomförts enligt plan i samtliga skolor.",
        ],
        "goals": [
            (
                "Energianvändningen i kommunens fastigheter ska minska med minst 3 procent per år",
                "achieved",
                "Energianvändningen minskade med 4,0 procent jämfört med 2024, normalårskorrigerat.",
            ),
            (
                "Hyresgästerna ska vara nöjda med lokalerna och fastighetsservicen",
                "not_achieved",
                "Nöjdheten har minskat, främst på grund av långa åtgärdstider för felanmälningar under hösten.",
            ),
        ],
        "kpis": [
            ("Energianvändning, kWh per kvadratmeter", [148, 142, 136], N),
            ("Egen elproduktion från solceller, MWh", [1_250, 1_690, 2_110], N),
            ("Nöjd kund-index hyresgäster", [68, 66, 61], N),
            ("Andel felanmälningar åtgärdade inom fem dagar, %", [82.0, 79.5, 71.3], P1),
        ],
    },
    {
        "name": "Kost och restaurang",
        "vht": "kostenheten",
        "subs": [
            ("Skolrestauranger", 44_300),
            ("Förskolekök", 18_900),
            ("Äldreomsorgens måltider", 16_400),
        ],
        "facts": [
            "Kostenheten serverar varje skoldag omkring 13 500 luncher i 62 skolrestauranger och förskolekök.",
            "Andelen ekologiska livsmedel uppgick till 38 procent och andelen svenskt kött till 91 procent.",
            "Matsvinnet i skolrestaurangerna har minskat till 27 gram per portion efter en kampanj i samarbete med eleverna.",
            "Livsmedelspriserna har ökat med omkring 4 procent, vilket delvis kompenserats genom nya menyer.",
            "Ett nytt tillagningskök i Lindsdal har ersatt två mottagningskök.",
            "Äldreomsorgens måltider har fått nya menyer med fler valmöjligheter efter dialog med brukarna.",
        ],
        "goals": [
            (
                "Matsvinnet i skolrestaurangerna ska minska",
                "achieved",
                "Matsvinnet minskade från 34 till 27 gram per portion, vilket är lägre än målvärdet 30 gram.",
            ),
            (
                "Andelen ekologiska livsmedel ska uppgå till minst 40 procent",
                "partly",
                "Andelen ekologiska livsmedel ökade till 38 procent men når inte målvärdet.",
            ),
        ],
        "kpis": [
            ("Matsvinn i skolrestauranger, gram per portion", [38, 34, 27], N),
            ("Andel ekologiska livsmedel, %", [33.5, 36.0, 38.0], P1),
            ("Antal serverade skolluncher per dag", [13_050, 13_320, 13_510], N),
        ],
    },
    {
        "name": "Lokalvård",
        "vht": "lokalvårdsenheten",
        "subs": [("Lokalvård skolor och förskolor", 21_800), ("Lokalvård övriga lokaler", 9_600)],
        "facts": [
            "Lokalvårdsenheten städar omkring 290 000 kvadratmeter i kommunens verksamhetslokaler.",
            "Kvalitetsuppföljningen enligt Insta 800 visar att 93 procent av kontrollerna blev godkända.",
            "Nya städmetoder med mindre kemikalier har införts i samtliga förskolor.",
            "Sjukfrånvaron inom lokalvården har minskat efter insatser för förbättrad ergonomi.",
            "Lokalvården har tagit över städningen av fyra nya förskolor under året.",
        ],
        "goals": [
            (
                "Städkvaliteten ska vara god i alla verksamhetslokaler",
                "achieved",
                "Andelen godkända kvalitetskontroller var 93 procent, vilket överstiger målvärdet 90 procent.",
            ),
            (
                "Sjukfrånvaron inom lokalvården ska minska",
                "partly",
                "Sjukfrånvaron minskade från 10,8 till 9,6 procent men är fortfarande högre än målvärdet 8 procent.",
            ),
        ],
        "kpis": [
            ("Andel godkända kvalitetskontroller lokalvård, %", [89.0, 91.0, 93.0], P1),
            ("Sjukfrånvaro lokalvård, %", [11.4, 10.8, 9.6], P1),
        ],
    },
    {
        "name": "Fordon och verkstad",
        "vht": "fordonsenheten",
        "subs": [("Fordonsförvaltning", 2_100), ("Verkstad", -1_400)],
        "facts": [
            "Fordonsenheten förvaltar kommunens 390 fordon och maskiner och driver en egen verkstad.",
            "Andelen fossilfria fordon ökade till 76 procent av personbilarna.",
            "Laddinfrastrukturen vid kommunens arbetsplatser har byggts ut med 60 nya laddpunkter.",
            "Verkstaden har haft högre beläggning än budgeterat tack vare fler externa uppdrag.",
            "Leveranstiderna för tunga fordon har varit långa, vilket har gjort att äldre maskiner fått användas längre.",
        ],
        "goals": [
            (
                "Kommunens fordon ska vara fossilfria",
                "partly",
                "Andelen fossilfria personbilar ökade till 76 procent, men tunga fordon och maskiner drivs fortfarande till stor del av diesel.",
            ),
            (
                "Fordonsflottan ska utnyttjas effektivt",
                "not_achieved",
                "Nyttjandegraden för bilpoolen minskade till 48 procent, bland annat på grund av fler distansmöten.",
            ),
        ],
        "kpis": [
            ("Andel fossilfria personbilar, %", [58.0, 67.0, 76.0], P1),
            ("Nyttjandegrad bilpool, %", [55.0, 52.0, 48.0], P1),
            ("Antal laddpunkter vid kommunens arbetsplatser", [84, 121, 181], N),
        ],
    },
    {
        "name": "Vatten och avlopp",
        "vht": "VA-verksamheten",
        "subs": [("Dricksvatten", -1_900), ("Spillvatten", 1_300), ("Dagvatten", 2_400)],
        "facts": [
            "VA-verksamheten är avgiftsfinansierad och drivs på uppdrag av nämnden av Kalmar Vatten AB.",
            "Ombyggnaden av Kalmar reningsverk fortsatte och den nya biologiska reningen togs i drift i oktober.",
            "Läckaget i dricksvattennätet minskade till 11 procent efter riktade insatser för läcksökning.",
            "Dagvattensystemet i Norrliden har byggts om för att klara kraftigare skyfall.",
            "VA-taxan höjdes med 8 procent från den 1 januari 2025 för att finansiera reinvesteringarna.",
            "Under sommaren infördes bevattningsförbud på Öland men inte i Kalmar kommun.",
        ],
        "goals": [
            (
                "Läckaget i dricksvattennätet ska minska",
                "achieved",
                "Läckaget minskade från 14 till 11 procent av den producerade vattenvolymen.",
            ),
            (
                "Förnyelsetakten i ledningsnätet ska öka till 1 procent per år",
                "not_achieved",
                "Förnyelsetakten var 0,6 procent. Flera projekt har skjutits upp till följd av ombyggnaden av reningsverket.",
            ),
        ],
        "kpis": [
            ("Läckage i dricksvattennätet, %", [15.0, 14.0, 11.0], P1),
            ("Förnyelsetakt ledningsnät, %", [0.5, 0.7, 0.6], P1),
            ("Antal vattenläckor på huvudledningar", [46, 41, 33], N),
        ],
    },
]


def build() -> Doc:
    rnd = random.Random("kalmar-tekniska-2025")
    d = Doc(
        stem="kalmar-tekniska-namnden-arsbokslut-2025",
        municipality="Kalmar",
        committee="Tekniska nämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsbokslut 2025",
        engine="fodt",
        what="Tekniska nämnden, årsbokslut 2025: the long document (39 pages, 13 000 words) for speed measurement; Writer",
        hard='running header "2025 ÅRSBOKSLUT 2026-01-29 SID 23 (39)" on every page (a date in the next year '
        "beside the report year); two-level TOC with dot leaders; 16 goals in a summary table and again in "
        '"målkort" boxes (Nämndmål / Bedömning) per verksamhet; 25 KPI rows; finance per verksamhet and '
        "per sub-unit; a long investment table",
    )
    d.options["fodt"] = {
        "font": "Liberation Serif",
        "hfont": "Liberation Sans",
        "size": 11,
        "hcolor": "#00386B",
        "title_color": "#00386B",
        "header": "2025 ÅRSBOKSLUT\t2026-01-29\tSID {page} ({pages})",
        "footer": "Kalmar kommun – Tekniska nämnden",
        "hf_size": 8,
        "hf_rule": True,
        "table_rules": "rules",
        "table_head_bg": "#DEE7F0",
        "table_size": 9,
        "table_font": "Liberation Sans",
        "h_sizes": {1: 16, 2: 13.5, 3: 11.5},
        "margins": (1.8, 1.8, 2.5, 2.3),
        "h1_page_break": True,
        "justify": True,
        "first_page_plain": True,
        "line_height": "118%",
        "para_after": 0.3,
    }
    d.options["pdf_title"] = "Årsbokslut 2025 Tekniska nämnden"
    d.p("Årsbokslut 2025", "title")
    d.p("Tekniska nämnden", "subtitle")
    d.p("Kalmar kommun", "subtitle")
    d.p("Beslutad av tekniska nämnden 2026-02-18\nDiarienummer TN 2026/0031", "metatop")
    d.add(PageBreak(), TOC("Innehållsförteckning", levels=2))
    used: set[str] = set()

    def para(vht: dict | None, n: int) -> None:
        d.p(
            prose.compose(
                rnd, vht["facts"] if vht else [], vht["vht"] if vht else "förvaltningen", n, used
            )
        )

    # ---- finance numbers, per sub-unit: budget, outcome 2025, outcome 2024
    fin: dict[str, list[tuple[str, int, int, int]]] = {}
    for v in VHT:
        rows = []
        for name, b in v["subs"]:
            b25 = -b * 1 if b else 0
            u25 = round(b25 * (1 + rnd.uniform(-0.06, 0.07)) / 10) * 10 + rnd.randint(-9, 9)
            u24 = round(b25 * (1 - rnd.uniform(0.02, 0.07)) / 10) * 10 + rnd.randint(-9, 9)
            rows.append((name, b25, u25, u24))
        fin[v["name"]] = rows
    tot = {k: [sum(r[i] for r in rows) for i in (1, 2, 3)] for k, rows in fin.items()}
    tb, tu, t4 = (sum(t[i] for t in tot.values()) for i in (0, 1, 2))

    d.h(1, "Sammanfattning", "1")
    d.p(
        f"Tekniska nämnden redovisar för 2025 ett resultat om {N(tu - tb)} tkr i förhållande till budget. "
        "Nämndens verksamheter har under året levererat enligt uppdraget, men kostnaderna för underhåll av gator och "
        "fastigheter har varit högre än planerat. Av nämndens 16 mål bedöms åtta vara uppfyllda, fem delvis uppfyllda "
        "och tre inte uppfyllda."
    )
    para(None, 5)
    para(None, 4)
    d.h(2, "Ekonomiskt resultat i korthet", "1.1")
    d.p(
        f"Nettokostnaden uppgick till {N(-tu)} tkr, jämfört med en budget om {N(-tb)} tkr. Jämfört med 2024 ökade "
        f"nettokostnaden med {P1(100 * (tu - t4) / t4)} procent. Investeringarna uppgick till 312 miljoner kronor."
    )
    d.h(1, "Nämndens uppdrag och organisation", "2")
    d.p(
        "Tekniska nämnden ansvarar för kommunens gator, vägar, parker och naturområden, för kommunens lokaler och "
        "fastigheter, för kost och lokalvård, för kommunens fordon samt, genom uppdrag till Kalmar Vatten AB, för "
        "den allmänna vatten- och avloppsanläggningen. Nämnden består av elva ledamöter och har under året haft elva "
        "sammanträden."
    )
    para(None, 6)
    d.h(2, "Organisation", "2.1")
    d.p(
        "Verksamheterna bedrivs inom serviceförvaltningen, som är organiserad i åtta enheter. Förvaltningen hade "
        "vid årets slut 742 tillsvidareanställda medarbetare."
    )
    d.bullets(*[f"{v['name']}" for v in VHT])
    d.h(1, "Väsentliga händelser under året", "3")
    for v in VHT[:5]:
        d.p(prose.compose(rnd, v["facts"], v["vht"], 2, used))
    para(None, 5)
    d.h(1, "Måluppfyllelse", "4")
    d.p(
        "Nämnden har två mål per verksamhetsområde, sammanlagt 16 mål. Tabellen sammanfattar bedömningen av "
        "varje mål. Analysen av varje mål redovisas under respektive verksamhet i avsnitt 5."
    )
    rows = []
    for v in VHT:
        for title, status, _a in v["goals"]:
            d.goal(title, status)
            rows.append((title, v["name"], status))
    d.add(
        Custom(
            "goal_summary",
            {"rows": rows},
            words="Nämndmål\tVerksamhet\tBedömning\n"
            + "\n".join(f"{t}\t{v}\t{BED[s]}" for t, v, s in rows),
        )
    )
    d.p(
        "Sammantaget bedömer nämnden att måluppfyllelsen är god inom park, kost och lokalvård, medan målen för "
        "fastighetsförvaltningens hyresgäster, fordonens nyttjande och förnyelsen av ledningsnätet inte har nåtts."
    )
    d.h(1, "Verksamheterna", "5")
    d.p(
        "I detta avsnitt redovisas varje verksamhetsområde med årets händelser, måluppfyllelse, nyckeltal och "
        "ekonomi."
    )
    for i, v in enumerate(VHT, start=1):
        num = f"5.{i}"
        d.h(2, v["name"], num)
        d.h(3, "Verksamhetsbeskrivning", f"{num}.1", toc=False)
        para(v, 4)
        para(v, 3)
        d.h(3, "Årets händelser", f"{num}.2", toc=False)
        para(v, 5)
        para(v, 5)
        para(v, 4)
        d.h(3, "Kvalitet och uppföljning", f"{num}.3", toc=False)
        para(v, 5)
        para(v, 4)
        para(v, 4)
        d.h(3, "Måluppfyllelse", f"{num}.4", toc=False)
        for title, status, analysis in v["goals"]:
            d.add(
                Custom(
                    "malkort",
                    {"title": title, "status": status},
                    words=f"Nämndmål\t{title}\nBedömning\t{BED[status]}",
                )
            )
            d.p(analysis)
        d.h(3, "Nyckeltal", f"{num}.5", toc=False)
        d.table(
            Table(
                label_head=("Nyckeltal",),
                kind="kpi",
                fmt=N,
                label_width=3.4,
                cols=[
                    Col(("2023",), year="2023"),
                    Col(("2024",), year="2024"),
                    Col(("2025",), year="2025"),
                ],
                rows=[Row(n, vals, fmt=f) for n, vals, f in v["kpis"]],
            )
        )
        para(v, 4)
        d.h(3, "Ekonomi", f"{num}.6", toc=False)
        rs = [Row(n, [u24, b, u, u - b]) for n, b, u, u24 in fin[v["name"]]]
        t = tot[v["name"]]
        rs.append(Row(f"Summa {v['name'].lower()}", [t[2], t[0], t[1], t[1] - t[0]], total=True))
        d.table(
            Table(
                label_head=("Tkr",),
                kind="unit",
                fmt=N,
                label_width=2.6,
                cols=[
                    Col(("Bokslut", "2024")),
                    Col(("Budget", "2025")),
                    Col(("Bokslut", "2025")),
                    Col(("Avvikelse",)),
                ],
                rows=rs,
            )
        )
        dev = t[1] - t[0]
        d.p(
            f"{v['name']} redovisar en avvikelse mot budget om {N(dev)} tkr. "
            + prose.compose(rnd, [], v["vht"], 3, used)
        )
        d.h(3, "Investeringar", f"{num}.7", toc=False)
        inv = []
        for k in range(rnd.randint(4, 6)):
            b = rnd.randint(5, 260) * 100
            inv.append(
                Row(
                    f"{v['name']}, projekt {k + 1}: " + rnd.choice(PROJ),
                    [b, int(b * rnd.uniform(0.4, 1.1)) // 10 * 10],
                )
            )
        d.table(
            Table(
                label_head=("Investeringsprojekt, tkr",),
                kind="plain",
                fmt=N,
                label_width=3.6,
                cols=[Col(("Budget", "2025")), Col(("Utfall", "2025"))],
                rows=inv,
            )
        )
        para(v, 4)
        d.h(3, "Miljö och hållbarhet", f"{num}.8", toc=False)
        para(v, 5)
        para(v, 5)
        para(v, 4)
        d.h(3, "Personal och arbetsmiljö", f"{num}.9", toc=False)
        para(v, 5)
        para(v, 5)
        para(v, 4)
        d.h(3, "Framtid", f"{num}.10", toc=False)
        para(v, 5)
        para(v, 4)
    d.h(1, "Ekonomi", "6")
    d.h(2, "Resultaträkning", "6.1")
    inc_b = (412_600, -398_300, -156_400, tb + 142_100)
    inc_u = (431_920, -409_884, -158_210, 0)
    inc_u = (inc_u[0], inc_u[1], inc_u[2], tu - inc_u[0] - inc_u[1] - inc_u[2])
    inc_4 = (398_115, -381_640, -149_930, 0)
    inc_4 = (inc_4[0], inc_4[1], inc_4[2], t4 - inc_4[0] - inc_4[1] - inc_4[2])
    inc_b = (inc_b[0], inc_b[1], inc_b[2], tb - inc_b[0] - inc_b[1] - inc_b[2])
    labels = ["Verksamhetens intäkter", "Personalkostnader", "Kapitalkostnader", "Övriga kostnader"]
    rows_is = [
        Row(lab, [c4, b, u, u - b])
        for lab, c4, b, u in zip(labels, inc_4, inc_b, inc_u, strict=True)
    ]
    rows_is.append(Row("Nettokostnad", [t4, tb, tu, tu - tb], total=True))
    kb = -tb
    rows_is.append(Row("Kommunbidrag", [-t4 + 3_412, kb, kb, 0]))
    rows_is.append(Row("Resultat", [3_412, 0, tu - tb, tu - tb], total=True))
    d.table(
        Table(
            label_head=("Tkr",),
            kind="is",
            fmt=N,
            label_width=2.6,
            cols=[
                Col(("Bokslut", "2024")),
                Col(("Budget", "2025")),
                Col(("Bokslut", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=rows_is,
            caption="Resultaträkning Tekniska nämnden",
        )
    )
    para(None, 4)
    d.h(2, "Driftredovisning per verksamhet", "6.2")
    rs = [
        Row(
            v["name"],
            [
                tot[v["name"]][2],
                tot[v["name"]][0],
                tot[v["name"]][1],
                tot[v["name"]][1] - tot[v["name"]][0],
            ],
        )
        for v in VHT
    ]
    rs.append(Row("Summa Tekniska nämnden", [t4, tb, tu, tu - tb], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            kind="unit",
            fmt=N,
            label_width=2.6,
            cols=[
                Col(("Bokslut", "2024")),
                Col(("Budget", "2025")),
                Col(("Bokslut", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=rs,
            caption="Nettokostnad per verksamhet",
        )
    )
    para(None, 4)
    d.h(2, "Investeringar", "6.3")
    d.p(
        "Investeringsutgifterna uppgick till 312 miljoner kronor mot en budget om 388 miljoner kronor. De största "
        "projekten var ombyggnaden av Falkenbergsskolan, den nya förskolan i Trekanten och beläggningsprogrammet."
    )
    projects = [
        "Falkenbergsskolan om- och tillbyggnad",
        "Förskola Trekanten",
        "Beläggningsprogram 2025",
        "Gatubelysning LED etapp 4",
        "Broreparationer Ölandsleden",
        "Cykelväg Smedby–Rinkabyholm",
        "Lekplats Stadsparken",
        "Naturreservat Hagbyån",
        "Solceller kommunala fastigheter",
        "Ventilation skolor",
        "Idrottshall Lindsdal",
        "Kök Lindsdal",
        "Fordon och maskiner",
        "Laddinfrastruktur",
        "Dagvatten Norrliden",
        "Säkra passager skolvägar",
        "Tillgänglighetsåtgärder",
        "Parkeringshus Kvarnholmen förstudie",
        "Energieffektivisering vård- och omsorgsboenden",
        "Utemiljöer förskolor",
        "Belysning gång- och cykelvägar",
        "Hamnpromenaden etapp 2",
        "Brandskyddsåtgärder",
        "Inventarier kost",
        "Lokalvårdsmaskiner",
        "Trafiksignaler Norra vägen",
        "Busshållplatser",
        "Skogsvård och återplantering",
        "Badplats Stensö",
        "Konstgräsplan Fredriksskans",
    ]
    prow = []
    for p in projects:
        b = rnd.randint(8, 420) * 100
        u = int(b * rnd.uniform(0.3, 1.12)) // 10 * 10
        prow.append(Row(p, [b, u, b - u]))
    pb, pu = sum(r.cells[0] for r in prow), sum(r.cells[1] for r in prow)
    prow.append(Row("Summa investeringar", [pb, pu, pb - pu], total=True))
    d.table(
        Table(
            label_head=("Projekt, tkr",),
            kind="plain",
            fmt=N,
            label_width=3.4,
            cols=[Col(("Budget", "2025")), Col(("Utfall", "2025")), Col(("Kvar",))],
            rows=prow,
            caption="Investeringsredovisning per projekt",
        )
    )
    d.h(1, "Personal", "7")
    d.p(
        "Antalet tillsvidareanställda ökade med 18 personer, främst inom kost och lokalvård där nya förskolor har "
        "öppnat. Sjukfrånvaron minskade för andra året i rad."
    )
    d.table(
        Table(
            label_head=("Personalnyckeltal",),
            kind="kpi",
            fmt=N,
            label_width=3.4,
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Antal tillsvidareanställda", [709, 724, 742]),
                Row("Sjukfrånvaro totalt, %", [8.1, 7.6, 7.1], fmt=P1),
                Row("Personalomsättning, %", [9.8, 8.7, 8.9], fmt=P1),
                Row("Andel heltidsanställda, %", [81.0, 84.5, 87.2], fmt=P1),
            ],
        )
    )
    para(None, 5)
    para(None, 5)
    para(None, 4)
    d.h(1, "Framtid", "8")
    para(None, 6)
    para(None, 5)
    d.p(
        "Nämnden kommer under 2026 att prioritera underhållet av befintliga anläggningar, fortsätta "
        "energieffektiviseringen och förbereda verksamheterna för ett förändrat klimat."
    )
    d.h(1, "Intern kontroll", "9")
    d.p(
        "Nämnden har under året följt upp elva kontrollmoment i internkontrollplanen. Resultatet sammanfattas i "
        "tabellen nedan."
    )
    checks = [
        ("Attest av leverantörsfakturor", "Inga avvikelser", "Ingen"),
        ("Avtalstrohet vid inköp", "Brister i två av tjugo stickprov", "Utbildning av beställare"),
        ("Uppföljning av entreprenadavtal", "Inga avvikelser", "Ingen"),
        (
            "Hantering av grävtillstånd",
            "Handläggningstiden överskreds i fem fall",
            "Ny rutin införd",
        ),
        (
            "Behörigheter i verksamhetssystem",
            "Tre inaktuella behörigheter",
            "Behörigheter borttagna",
        ),
        ("Kontroll av lekplatsutrustning", "Inga avvikelser", "Ingen"),
        ("Livsmedelshantering i kök", "Mindre brister i egenkontrollen", "Uppföljning i alla kök"),
        (
            "Fordonsbokningar och körjournaler",
            "Ofullständiga körjournaler",
            "Påminnelse till förare",
        ),
        ("Skyddsronder", "Genomförda enligt plan", "Ingen"),
        ("Hantering av allmänna handlingar", "Inga avvikelser", "Ingen"),
        (
            "Systematiskt brandskyddsarbete",
            "Brister i dokumentationen i tre fastigheter",
            "Åtgärdas 2026",
        ),
    ]
    d.table(
        Table(
            label_head=("Kontrollmoment",),
            kind="plain",
            fmt=N,
            label_width=2.2,
            cols=[Col(("Resultat",), width=2.0), Col(("Åtgärd",), width=1.4)],
            rows=[Row(a, [Raw(b), Raw(c)]) for a, b, c in checks],
            caption="Uppföljning av internkontrollplan 2025",
        )
    )
    para(None, 5)
    para(None, 5)
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)

    def box_styles() -> None:
        if getattr(w, "_box", False) and any("Mk.l" in a for a in w.auto):
            return
        w._box = True  # type: ignore[attr-defined]
        w.auto.extend(
            [
                '<style:style style:name="Mk" style:family="table"><style:table-properties style:width="16.2cm" '
                'table:align="left" fo:margin-top="0.15cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/></style:style>',
                '<style:style style:name="Mk.A" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>',
                '<style:style style:name="Mk.B" style:family="table-column"><style:table-column-properties style:column-width="13.2cm"/></style:style>',
                '<style:style style:name="Mk.l" style:family="table-cell"><style:table-cell-properties fo:background-color="#DEE7F0" '
                'fo:padding="0.08cm" fo:border="0.5pt solid #00386B"/></style:style>',
                '<style:style style:name="Mk.r" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border="0.5pt solid #00386B"/></style:style>',
            ]
        )

    def malkort(b: Custom) -> str:
        box_styles()
        t, s = b.data["title"], BED[b.data["status"]]
        return (
            '<table:table table:name="Malkort" table:style-name="Mk"><table:table-column table:style-name="Mk.A"/>'
            '<table:table-column table:style-name="Mk.B"/>'
            f'<table:table-row><table:table-cell table:style-name="Mk.l"><text:p text:style-name="TLB">Nämndmål</text:p></table:table-cell>'
            f'<table:table-cell table:style-name="Mk.r"><text:p text:style-name="TLB">{x(t)}</text:p></table:table-cell></table:table-row>'
            f'<table:table-row><table:table-cell table:style-name="Mk.l"><text:p text:style-name="TLB">Bedömning</text:p></table:table-cell>'
            f'<table:table-cell table:style-name="Mk.r"><text:p text:style-name="TL">{x(s)}</text:p></table:table-cell></table:table-row>'
            "</table:table>"
        )

    def goal_summary(b: Custom) -> str:
        box_styles()
        rows = [
            "<table:table-header-rows><table:table-row>"
            + "".join(
                f'<table:table-cell table:style-name="Mk.l"><text:p text:style-name="TLB">{h}</text:p></table:table-cell>'
                for h in ("Nämndmål", "Verksamhet", "Bedömning")
            )
            + "</table:table-row></table:table-header-rows>"
        ]
        for t, v, s in b.data["rows"]:
            rows.append(
                "<table:table-row>"
                + "".join(
                    f'<table:table-cell table:style-name="Mk.r"><text:p text:style-name="TL">{x(c)}</text:p></table:table-cell>'
                    for c in (t, v, BED[s])
                )
                + "</table:table-row>"
            )
        w.auto.extend(
            [
                '<style:style style:name="Gs" style:family="table"><style:table-properties style:width="16.2cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
                '<style:style style:name="Gs.A" style:family="table-column"><style:table-column-properties style:column-width="9.2cm"/></style:style>',
                '<style:style style:name="Gs.B" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>',
                '<style:style style:name="Gs.C" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>',
            ]
        )
        return (
            '<table:table table:name="Malsammanstallning" table:style-name="Gs"><table:table-column table:style-name="Gs.A"/>'
            '<table:table-column table:style-name="Gs.B"/><table:table-column table:style-name="Gs.C"/>'
            + "".join(rows)
            + "</table:table>"
        )

    return fodt.build(
        doc,
        out / "sources",
        out,
        custom={"malkort": malkort, "goal_summary": goal_summary},
        writer=w,
    )

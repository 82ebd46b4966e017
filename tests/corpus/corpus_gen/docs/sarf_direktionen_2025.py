"""Södra Älvsborgs Räddningstjänstförbund (a kommunalförbund), årsredovisning 2025 (Writer)."""

from __future__ import annotations

from ..model import TOC, Col, Doc, NumFmt, PageBreak, Raw, Row, Table

PCT = NumFmt(dec=1, suffix=" %")
N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="sodra-alvsborgs-raddningstjanstforbund-arsredovisning-2025",
        municipality="Södra Älvsborgs Räddningstjänstförbund",
        committee="Direktionen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="a kommunalförbund's årsredovisning 2025 (räddningstjänst, seven member municipalities); Writer",
        hard="not a nämnd: the organisation is the förbund and the body is Direktionen; goals are headings and "
        'the assessment is a sentence at the end of the text ("Sammantaget bedöms målet ha uppnåtts", '
        '"… inte i sin helhet vara uppnått"); indicator tables Utfall 2024 / Målvärde 2025 / Utfall 2025 '
        'with targets such as "≥ 95 %" and "≤ 90 s"; a five-year table; income statement with a Not '
        "column of small integers; member municipalities' names everywhere",
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#9B1B1F",
        "title_color": "#9B1B1F",
        "header": "Södra Älvsborgs Räddningstjänstförbund\t\tÅrsredovisning 2025",
        "footer": "\t{page}\t",
        "hf_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": "#F2DCDB",
        "table_size": 9.5,
        "h_sizes": {1: 16, 2: 13, 3: 11.5},
        "margins": (2.0, 2.0, 2.5, 2.5),
        "h1_page_break": True,
        "justify": False,
    }
    d.options["pdf_title"] = "Årsredovisning 2025"
    d.p("Årsredovisning 2025", "title")
    d.p("Södra Älvsborgs Räddningstjänstförbund", "subtitle")
    d.p(
        "Medlemskommuner: Bollebygd, Borås, Herrljunga, Mark, Svenljunga, Tranemo och Ulricehamn",
        "meta",
    )
    d.p("Fastställd av Direktionen 2026-03-20, § 14\nDnr 2026-000087", "metatop")
    d.add(PageBreak(), TOC("Innehållsförteckning", levels=2))
    d.h(1, "Förbundsdirektören har ordet")
    d.p(
        "År 2025 blev ett år med många och stora insatser. Den torra försommaren gav flera omfattande bränder i "
        "skog och mark, och i oktober drabbades Ulricehamn av en brand i ett industriområde som krävde resurser "
        "från hela förbundet under tre dygn. Samtidigt har vi fortsatt att utveckla det förebyggande arbetet och "
        "samverkan med medlemskommunerna."
    )
    d.p(
        "Förbundet redovisar ett positivt resultat om 3 126 tkr, vilket innebär att det finansiella målet om ett "
        "resultat på minst 1 procent av omsättningen nås. Jag vill rikta ett tack till alla medarbetare, heltid "
        "som deltid, för ett mycket gott arbete under året."
    )
    d.p("Borås i februari 2026\nAnders Ljung, förbundsdirektör", "small")
    d.h(1, "Förvaltningsberättelse")
    d.h(2, "Organisation och uppdrag")
    d.p(
        "Södra Älvsborgs Räddningstjänstförbund är ett kommunalförbund med sju medlemskommuner och omkring "
        "225 000 invånare. Förbundet ansvarar för räddningstjänst och förebyggande verksamhet enligt lagen om "
        "skydd mot olyckor samt för tillsyn och tillstånd enligt lagen om brandfarliga och explosiva varor. "
        "Förbundet leds av en direktion med ledamöter från samtliga medlemskommuner."
    )
    d.p(
        "Verksamheten bedrivs från 18 brandstationer, varav tre med heltidsstyrkor och femton med deltidsstyrkor. "
        "Förbundet har 196 heltidsanställda och 290 deltidsbrandmän. Larm- och ledningscentralen i Borås leder "
        "räddningsinsatserna i hela förbundsområdet."
    )
    d.h(2, "Viktiga händelser under året")
    d.bullets(
        "Brand i industrifastighet i Ulricehamn i oktober, den största insatsen i förbundets historia.",
        "Ny brandstation i Fristad togs i drift i maj.",
        "Gemensam ledningsorganisation med Räddningstjänsten Storgöteborg inleddes i september.",
        "Handlingsprogram för perioden 2025–2028 antogs av direktionen i februari.",
    )
    d.h(2, "Räddningstjänsten i siffror")
    d.table(
        Table(
            label_head=("",),
            kind="kpi",
            fmt=N,
            label_width=2.8,
            cols=[
                Col(("2021",), year="2021"),
                Col(("2022",), year="2022"),
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Antal räddningsinsatser", [3_210, 3_344, 3_402, 3_518, 3_781]),
                Row("varav brand i byggnad", [402, 388, 415, 397, 421], indent=1),
                Row("varav trafikolycka", [611, 640, 598, 622, 655], indent=1),
                Row("Antal automatlarm utan brand", [1_205, 1_187, 1_240, 1_263, 1_198]),
                Row(
                    "Antal invånare i förbundsområdet",
                    [221_830, 222_915, 223_640, 224_310, 225_120],
                ),
                Row("Medlemsbidrag, tkr", [231_400, 240_100, 252_000, 263_900, 274_400]),
            ],
            caption="Fem år i sammandrag",
        )
    )
    d.h(2, "Ekonomisk översikt")
    d.p(
        "Årets resultat uppgår till 3 126 tkr, att jämföra med ett budgeterat resultat om 2 800 tkr. "
        "Verksamhetens kostnader blev högre än budget till följd av de stora insatserna under sommaren och hösten, "
        "men detta uppvägs av högre intäkter från externa uppdrag och av lägre kapitalkostnader då investeringar "
        "har senarelagts. Soliditeten uppgår till 25,9 procent."
    )
    d.h(1, "Mål och måluppfyllelse")
    d.p(
        "Direktionen har beslutat om fem mål för verksamheten 2025 som utgår från handlingsprogrammet. Varje mål "
        "följs upp med indikatorer. Nedan redovisas utfallet och förbundets bedömning av måluppfyllelsen."
    )
    cols = [
        Col(("Utfall", "2024"), year="2024"),
        Col(("Målvärde", "2025")),
        Col(("Utfall", "2025"), year="2025"),
    ]

    def goal(
        title: str, status: str, paras: list[str], verdict: str, rows: list[Row], *alt: str
    ) -> None:
        d.goal(title, status, *alt)
        d.h(2, title)
        d.p(paras[0])
        d.table(
            Table(
                label_head=("Indikator",),
                kind="kpi",
                fmt=PCT,
                label_width=3.0,
                cols=cols,
                rows=rows,
            )
        )
        for p in paras[1:]:
            d.p(p)
        d.p(verdict)

    goal(
        "Insatser ska påbörjas inom de tider som anges i handlingsprogrammet",
        "achieved",
        [
            "Målet följs upp genom andelen insatser där den första resursen når olycksplatsen inom den tid som "
            "handlingsprogrammet anger för respektive område, samt genom anspänningstiden för heltidsstyrkorna.",
            "Andelen insatser inom angiven tid har ökat jämfört med 2024, främst tack vare den nya stationen i Fristad. "
            "Anspänningstiden för heltidsstyrkorna ligger väl under målvärdet.",
        ],
        "Sammantaget bedöms målet ha uppnåtts.",
        [
            Row(
                "Andel insatser där första resurs är på plats inom angiven tid",
                [94.1, Raw("≥ 95 %"), 95.3],
            ),
            Row(
                "Genomsnittlig anspänningstid heltidsstyrka, sekunder",
                [82, Raw("≤ 90 s"), 79],
                fmt=N,
            ),
        ],
    )
    goal(
        "Fler invånare ska ha kunskap om hur de förebygger och hanterar bränder",
        "partly",
        [
            "Förbundet utbildar invånare, elever och anställda i medlemskommunerna i brandskydd och hjärt-lungräddning.",
            "Antalet utbildade personer har ökat men når inte målvärdet, eftersom utbildningar fick ställas in under "
            "sommaren på grund av insatser. Samtliga skolor har erbjudits utbildning, men två skolor i Mark har inte "
            "kunnat ta emot den under året.",
        ],
        "Målet bedöms därför inte i sin helhet vara uppnått.",
        [
            Row(
                "Antal personer som genomgått utbildning i brandskydd",
                [6_212, Raw("≥ 7 000"), 6_845],
                fmt=N,
            ),
            Row(
                "Andel elever i årskurs 2, 5 och 8 som fått brandskyddsutbildning",
                [97.0, Raw("100 %"), 98.4],
            ),
        ],
    )
    goal(
        "Tillsyn ska genomföras enligt tillsynsplanen",
        "not_achieved",
        [
            "Tillsynen enligt lagen om skydd mot olyckor och lagen om brandfarliga och explosiva varor planeras årligen "
            "utifrån en riskbaserad tillsynsplan.",
            "Under året har två inspektörer varit föräldralediga och en tjänst varit vakant. Förbundet har prioriterat "
            "tillsyn av verksamheter med hög risk, men det totala antalet genomförda tillsyner är lägre än planerat.",
        ],
        "Målet bedöms inte ha uppnåtts.",
        [
            Row("Andel genomförda tillsyner enligt plan", [88.0, Raw("≥ 95 %"), 81.5]),
            Row("Antal genomförda tillsyner", [512, Raw("≥ 560"), 468], fmt=N),
        ],
    )
    goal(
        "Förbundet ska vara en attraktiv arbetsgivare med god beredskap",
        "partly",
        [
            "Förbundets beredskap bygger på att deltidsstyrkorna är fullbemannade och att sjukfrånvaron är låg.",
            "Bemanningen av deltidsstyrkorna har förbättrats, men sjukfrånvaron har ökat något och ligger över målvärdet.",
        ],
        "Målet bedöms delvis ha uppnåtts.",
        [
            Row("Andel fullbemannade deltidsstyrkor vid larm", [92.0, Raw("≥ 95 %"), 93.6]),
            Row("Sjukfrånvaro, procent", [3.9, Raw("≤ 4,0 %"), 4.4]),
        ],
    )
    goal(
        "Förbundet ska ha en god ekonomisk hushållning",
        "achieved",
        [
            "Det finansiella målet är att årets resultat ska uppgå till minst 1 procent av omsättningen och att "
            "soliditeten ska vara minst 20 procent.",
            "Resultatet motsvarar 1,1 procent av omsättningen och soliditeten har stärkts.",
        ],
        "Sammantaget bedöms målet ha uppnåtts.",
        [
            Row("Resultat i procent av omsättningen", [1.3, Raw("≥ 1,0 %"), 1.1]),
            Row("Soliditet", [25.3, Raw("≥ 20 %"), 25.9]),
        ],
    )
    d.h(1, "Ekonomisk redovisning")
    d.h(2, "Resultaträkning")
    ncol = Col(("Not",), in_key=False, width=0.45)
    rcols = [ncol, Col(("Utfall", "2025")), Col(("Budget", "2025")), Col(("Utfall", "2024"))]
    vi, vk, av = (
        (21_640, 18_900, 19_870),
        (-277_658, -274_500, -266_110),
        (-14_386, -14_900, -13_244),
    )
    vn = tuple(a + b + c for a, b, c in zip(vi, vk, av, strict=True))
    mb = (274_400, 274_400, 263_900)
    fi, fk = (412, 300, 388), (-1_282, -1_400, -1_105)
    res = tuple(sum(x) for x in zip(vn, mb, fi, fk, strict=True))
    assert res[:3] == (3_126, 2_800, 3_699), res
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            kind="is",
            fmt=N,
            label_width=3.0,
            cols=rcols,
            rows=[
                Row("Verksamhetens intäkter", [Raw("1"), *vi]),
                Row("Verksamhetens kostnader", [Raw("2"), *vk]),
                Row("Avskrivningar", [Raw("3"), *av]),
                Row("Verksamhetens nettokostnad", [None, *vn], total=True),
                Row("Medlemsbidrag", [Raw("4"), *mb]),
                Row("Finansiella intäkter", [None, *fi]),
                Row("Finansiella kostnader", [Raw("5"), *fk]),
                Row("Årets resultat", [None, *res], total=True),
            ],
        )
    )
    d.p(
        "Verksamhetens kostnader överstiger budget med 3 158 tkr. Merkostnaden avser främst övertid och "
        "ersättning till deltidsbrandmän vid de stora insatserna. Intäkterna är 2 740 tkr högre än budget, bland "
        "annat genom ersättning för utbildning och för räddningsinsatser utanför förbundsområdet."
    )
    d.h(2, "Driftredovisning per verksamhetsområde")
    units = [
        ("Förbundsledning och administration", -31_200, -30_455),
        ("Räddningsavdelning heltid", -118_400, -121_903),
        ("Räddningsavdelning deltid", -71_900, -74_012),
        ("Förebyggande avdelning", -22_600, -20_844),
        ("Larm- och ledningscentral", -26_500, -25_366),
        ("Gemensamma poster och finansnetto", 0, 0),
    ]
    # the last row carries the balancing item so that the units sum to the income statement
    total_b = vn[1] + fi[1] + fk[1]
    total_u = vn[0] + fi[0] + fk[0]
    units[-1] = (
        "Gemensamma poster och finansnetto",
        total_b - sum(u[1] for u in units[:-1]),
        total_u - sum(u[2] for u in units[:-1]),
    )
    ur = [Row(n, [b, u, u - b]) for n, b, u in units]
    ur.append(Row("Summa nettokostnad", [total_b, total_u, total_u - total_b], total=True))
    d.table(
        Table(
            label_head=("Tkr",),
            kind="unit",
            fmt=N,
            label_width=3.0,
            cols=[Col(("Budget", "2025")), Col(("Utfall", "2025")), Col(("Avvikelse",))],
            rows=ur,
            caption="Nettokostnad per verksamhetsområde före medlemsbidrag",
        )
    )
    d.h(2, "Balansräkning")
    d.table(
        Table(
            label_head=("Belopp i tkr",),
            kind="plain",
            fmt=N,
            label_width=3.0,
            cols=[Col(("2025-12-31",)), Col(("2024-12-31",))],
            rows=[
                Row("Materiella anläggningstillgångar", [112_930, 108_412]),
                Row("Omsättningstillgångar", [64_211, 60_877]),
                Row("Summa tillgångar", [177_141, 169_289], total=True),
                Row("Eget kapital", [45_880, 42_754]),
                Row("därav årets resultat", [3_126, 3_699], indent=1),
                Row("Avsättningar för pensioner", [68_402, 65_993]),
                Row("Långfristiga skulder", [20_000, 20_000]),
                Row("Kortfristiga skulder", [42_859, 40_542]),
                Row("Summa eget kapital, avsättningar och skulder", [177_141, 169_289], total=True),
            ],
        )
    )
    d.h(2, "Investeringar")
    d.p(
        "Investeringarna uppgick till 18 904 tkr mot budgeterade 24 500 tkr. Ett höjdfordon till Borås har "
        "levererats, medan ett släckfordon till Svenljunga försenats till 2026."
    )
    d.h(1, "Framtid")
    d.p(
        "Klimatförändringarna ger fler och större bränder i skog och mark och fler översvämningar. Samtidigt ökar "
        "kraven på civilt försvar och höjd beredskap. Förbundet behöver under de kommande åren stärka "
        "ledningsförmågan, rekrytera deltidsbrandmän och investera i fordon och utrustning. Medlemsbidraget "
        "för 2026 har räknats upp med 3,4 procent."
    )
    return d

"""Luleå, Barn- och utbildningsnämnden, delårsrapport augusti 2025 (Writer, TOC, numbered headings)."""

from __future__ import annotations

from ..model import TOC, Col, Doc, NumFmt, PageBreak, Raw, Row, Table

BEDOMNING = {
    "expected_achieved": "Målet bedöms uppnås.",
    "partly": "Målet bedöms delvis uppnås.",
    "expected_not_achieved": "Målet bedöms inte uppnås.",
    "unassessed": "Målet kan inte bedömas vid delåret.",
}

PCT = NumFmt(dec=1, suffix=" %")


def kpi_cols() -> list[Col]:
    return [
        Col(("Utfall", "2023"), year="2023"),
        Col(("Utfall", "2024"), year="2024"),
        Col(("Utfall", "jan–aug", "2025"), year="2025"),
        Col(("Målvärde", "2025")),
    ]


def build() -> Doc:
    d = Doc(
        stem="lulea-barn-och-utbildningsnamnden-delarsrapport-2025-08",
        municipality="Luleå",
        committee="Barn- och utbildningsnämnden",
        report_type="interim",
        year=2025,
        end="2025-08-31",
        title="Delårsrapport augusti 2025",
        engine="fodt",
        what="Barn- och utbildningsnämnden, delårsrapport augusti 2025; Writer",
        hard="title page, table of contents with dot leaders, numbered headings in three levels (goals are "
        'level-3 headings "2.2.1 …"), running header and "Sida n av N" footer; assessment as '
        '"Bedömning: Målet bedöms delvis uppnås."; KPI tables with three-line headers '
        "(Utfall / jan–aug / 2025) and a target column; blank cells; income statement and a drift table "
        "per verksamhet with five columns and negative deviations",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10,
        "hcolor": "#00457C",
        "title_color": "#00457C",
        "header": "Luleå kommun\tDelårsrapport augusti 2025\tBarn- och utbildningsnämnden",
        "footer": "\t\tSida {page} av {pages}",
        "hf_size": 8,
        "table_rules": "grid",
        "table_head_bg": "#D6E4F0",
        "table_size": 8.5,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "margins": (1.8, 1.7, 2.4, 2.2),
        "h1_page_break": True,
        "hf_rule": True,
    }
    d.options["pdf_title"] = "Delårsrapport augusti 2025 – Barn- och utbildningsnämnden"
    d.p("Delårsrapport augusti 2025", "title")
    d.p("Barn- och utbildningsnämnden", "subtitle")
    d.p("Luleå kommun", "subtitle")
    d.p(
        "Fastställd av barn- och utbildningsnämnden 2025-09-24, § 87\nDiarienummer: BUN 2025/412-1.2.1",
        "metatop",
    )
    d.add(PageBreak(), TOC("Innehåll", levels=3))
    d.h(1, "Inledning", "1")
    d.h(2, "Uppdrag och organisation", "1.1")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, "
        "anpassad grundskola, fritidshem, gymnasieskola, anpassad gymnasieskola och kulturskola. Nämnden är "
        "huvudman för 28 förskolor, 24 grundskolor och 3 gymnasieskolor med sammanlagt drygt 14 200 barn och "
        "elever. Verksamheten bedrivs av barn- och utbildningsförvaltningen med omkring 2 300 medarbetare."
    )
    d.p(
        "Delårsrapporten omfattar perioden januari–augusti 2025 och innehåller nämndens bedömning av "
        "måluppfyllelsen vid årets slut, ekonomiskt utfall för perioden och prognos för helåret samt en "
        "redovisning av personalförhållanden."
    )
    d.h(2, "Viktiga händelser under perioden", "1.2")
    d.bullets(
        "Den nya förskolan i Kronan öppnade i januari med plats för 160 barn.",
        "Skolverkets statsbidrag för likvärdig skola minskade med 11 miljoner kronor jämfört med 2024.",
        "Ett nytt system för frånvarorapportering infördes i samtliga grundskolor under vårterminen.",
        "Antalet barn i förskolan har minskat med 3 procent, medan antalet gymnasieelever har ökat.",
    )
    d.h(1, "Nämndens måluppfyllelse", "2")
    d.h(2, "Sammanfattande bedömning", "2.1")
    d.p(
        "Nämnden har fem mål för 2025 inom tre målområden. Vid delåret bedöms två mål uppnås, ett mål delvis "
        "uppnås och ett mål inte uppnås. Ett mål kan inte bedömas eftersom medarbetarenkäten genomförs först "
        "under hösten. Bedömningen grundar sig på utfallet av nämndens indikatorer och på förvaltningens analys."
    )

    def goal(
        num: str, title: str, status: str, analysis: list[str], table: Table | None, *alt: str
    ) -> None:
        d.goal(title, status, *alt)
        d.h(3, title, num)
        d.p(f"Bedömning: {BEDOMNING[status]}", "status")
        for a in analysis:
            d.p(a)
        if table:
            d.table(table)

    d.h(2, "Målområde Utbildning och lärande", "2.2")
    goal(
        "2.2.1",
        "Fler elever ska nå kunskapskraven i alla ämnen",
        "partly",
        [
            "Andelen elever i årskurs 9 som nått kunskapskraven i alla ämnen ökade till 74,2 procent vårterminen 2025, "
            "vilket är en förbättring jämfört med föregående år men under målvärdet 78 procent. Resultaten skiljer sig "
            "mellan skolorna; på fyra skolor är andelen under 65 procent.",
            "Behörigheten till gymnasiets yrkesprogram har ökat och når målvärdet. Förvaltningen bedömer därför att "
            "målet delvis uppnås. Arbetet med tidiga insatser i läs- och skrivutveckling fortsätter under hösten.",
        ],
        Table(
            label_head=("Indikator",),
            kind="kpi",
            fmt=PCT,
            label_width=3.2,
            cols=kpi_cols(),
            rows=[
                Row(
                    "Andel elever i åk 9 som nått kunskapskraven i alla ämnen",
                    [71.8, 72.9, 74.2, Raw("78,0 %")],
                ),
                Row(
                    "Andel elever i åk 9 behöriga till yrkesprogram",
                    [86.1, 87.0, 89.3, Raw("89,0 %")],
                ),
                Row(
                    "Genomsnittligt meritvärde åk 9",
                    [221.4, 224.0, 227.5, Raw("230")],
                    fmt=NumFmt(dec=1),
                ),
            ],
            caption="Indikatorer",
        ),
    )
    goal(
        "2.2.2",
        "Alla barn och elever ska känna sig trygga i förskola och skola",
        "expected_achieved",
        [
            "I elevenkäten våren 2025 uppgav 91,5 procent av eleverna i årskurs 5 och 86,8 procent av eleverna i "
            "årskurs 8 att de känner sig trygga i skolan. Båda värdena är högre än föregående år och når målvärdet. "
            "Vårdnadshavarnas bedömning av tryggheten i förskolan ligger kvar på en hög nivå.",
        ],
        Table(
            label_head=("Indikator",),
            kind="kpi",
            fmt=PCT,
            label_width=3.2,
            cols=kpi_cols(),
            rows=[
                Row(
                    "Andel elever i åk 5 som känner sig trygga i skolan",
                    [88.9, 90.2, 91.5, Raw("90,0 %")],
                ),
                Row(
                    "Andel elever i åk 8 som känner sig trygga i skolan",
                    [82.4, 84.1, 86.8, Raw("85,0 %")],
                ),
                Row(
                    "Andel vårdnadshavare som anser att barnet är tryggt i förskolan",
                    [None, 95.6, 96.1, Raw("95,0 %")],
                ),
            ],
            caption="Indikatorer",
            note="Frågan till vårdnadshavare i förskolan ställdes första gången 2024.",
        ),
    )
    goal(
        "2.2.3",
        "Elevernas närvaro i grundskolan ska öka",
        "expected_not_achieved",
        [
            "Den genomsnittliga frånvaron i grundskolan var 8,9 procent under vårterminen, vilket är högre än "
            "föregående år. Andelen elever med mer än 15 procent frånvaro har ökat till 14,1 procent. Ökningen finns "
            "främst i årskurs 7–9. Socialpedagogerna arbetar med elever med hög frånvaro, men effekten syns ännu inte "
            "i statistiken. Förvaltningen bedömer att målet inte uppnås under 2025.",
        ],
        Table(
            label_head=("Indikator",),
            kind="kpi",
            fmt=PCT,
            label_width=3.2,
            cols=kpi_cols(),
            rows=[
                Row("Genomsnittlig frånvaro i grundskolan", [8.1, 8.4, 8.9, Raw("7,5 %")]),
                Row(
                    "Andel elever med mer än 15 procent frånvaro", [12.3, 12.9, 14.1, Raw("10,0 %")]
                ),
            ],
            caption="Indikatorer",
        ),
    )
    d.h(2, "Målområde Attraktiv arbetsgivare", "2.3")
    goal(
        "2.3.1",
        "Medarbetarna ska uppleva en god arbetsmiljö",
        "unassessed",
        [
            "Medarbetarenkäten genomförs i oktober och resultatet redovisas i årsredovisningen. Sjukfrånvaron har "
            "minskat något jämfört med samma period föregående år, se avsnitt 4. Målet kan därför inte bedömas vid "
            "delåret.",
        ],
        None,
    )
    d.h(2, "Målområde Hållbar ekonomi", "2.4")
    goal(
        "2.4.1",
        "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
        "expected_achieved",
        [
            "Nämnden prognostiserar ett överskott om 4 610 tkr för helåret. Överskottet beror på färre barn i "
            "förskolan än budgeterat och på vakanser. Gymnasieskolan och den anpassade grundskolan visar underskott. "
            "Målet bedöms uppnås.",
        ],
        None,
    )
    d.h(1, "Ekonomi", "3")
    d.h(2, "Resultaträkning", "3.1")
    d.p(
        "Nämndens nettokostnad för perioden uppgår till 1 021 408 tkr, vilket är 2,8 procent högre än samma "
        "period 2024. Prognosen för helåret är ett överskott om 4 610 tkr."
    )
    f = NumFmt()
    ec = [
        Col(("Budget", "helår", "2025")),
        Col(("Utfall", "jan–aug", "2024")),
        Col(("Utfall", "jan–aug", "2025")),
        Col(("Prognos", "helår", "2025")),
        Col(("Avvikelse", "prognos mot", "budget")),
    ]
    inc = [
        ("Intäkter", 212_400, 146_910, 151_233, 218_900),
        ("Personalkostnader", -1_184_300, -761_020, -788_415, -1_176_100),
        ("Lokalkostnader", -218_600, -141_877, -146_302, -219_400),
        ("Köp av verksamhet", -236_900, -152_640, -162_377, -241_300),
        ("Övriga kostnader", -118_200, -84_903, -75_547, -123_090),
    ]
    rows = [Row(n, [b, u4, u5, p, p - b]) for n, b, u4, u5, p in inc]
    sums = [sum(r[i] for r in inc) for i in (1, 2, 3, 4)]
    rows.append(Row("Nettokostnad", [*sums, sums[3] - sums[0]], total=True))
    kb = 1_545_600
    rows.append(Row("Kommunbidrag", [kb, 990_100, 1_030_400, kb, 0]))
    res = [s + k for s, k in zip(sums, [kb, 990_100, 1_030_400, kb], strict=True)]
    rows.append(Row("Resultat", [*res, res[3] - res[0]], total=True))
    assert sums[2] == -1_021_408, sums
    assert res[3] - res[0] == 4_610, res
    d.table(
        Table(
            label_head=("Tkr",),
            kind="is",
            fmt=f,
            cols=ec,
            rows=rows,
            label_width=2.2,
            caption="Resultaträkning barn- och utbildningsnämnden",
        )
    )
    d.h(2, "Driftredovisning per verksamhet", "3.2")
    d.p(
        "Av tabellen framgår nettokostnad per verksamhet. Negativa avvikelser innebär att prognosen överstiger "
        "budgeten. Kulturskolan redovisas som egen verksamhet från 2025 och saknar därför utfall för 2024."
    )
    units = [
        ("Förskola", -412_300, -271_844, -267_052, -403_900),
        ("Grundskola F–6", -498_200, -318_733, -331_201, -497_100),
        ("Grundskola 7–9", -231_400, -148_966, -154_887, -230_200),
        ("Anpassad grundskola", -62_100, -40_012, -43_870, -65_300),
        ("Fritidshem", -81_900, -53_447, -54_630, -80_800),
        ("Gymnasieskola", -204_700, -127_540, -139_118, -209_350),
        ("Kulturskola", -18_600, None, -12_216, -18_300),
        ("Gemensam verksamhet och nämnd", -36_400, -32_988, -18_434, -36_040),
    ]
    ur = [Row(n, [b, u4, u5, p, p - b]) for n, b, u4, u5, p in units]
    us = [sum(r[i] or 0 for r in units) for i in (1, 2, 3, 4)]
    ur.append(Row("Summa nettokostnad", [*us, us[3] - us[0]], total=True))
    assert us == sums, (us, sums)
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            kind="unit",
            fmt=f,
            cols=ec,
            rows=ur,
            label_width=2.6,
            caption="Nettokostnad per verksamhet",
        )
    )
    d.p(
        "Förskolan prognostiserar ett överskott om 8 400 tkr till följd av färre barn än budgeterat. "
        "Gymnasieskolan har ett underskott om 4 650 tkr, främst på grund av fler elever på program med höga "
        "kostnader och ökade kostnader för interkommunal ersättning. Den anpassade grundskolan har ett "
        "underskott om 3 200 tkr på grund av fler elever med omfattande behov av stöd."
    )
    d.h(2, "Investeringar", "3.3")
    d.table(
        Table(
            label_head=("Investeringsprojekt, tkr",),
            kind="plain",
            fmt=f,
            label_width=2.6,
            cols=[Col(("Budget", "2025")), Col(("Utfall", "jan–aug")), Col(("Prognos", "2025"))],
            rows=[
                Row("Inventarier ny förskola Kronan", [6_500, 5_912, 6_400]),
                Row("Digitala verktyg grundskola", [4_000, 1_230, 3_600]),
                Row("Utemiljö förskolor", [2_500, 640, 2_500]),
                Row("Summa investeringar", [13_000, 7_782, 12_500], total=True),
            ],
            caption="Investeringsredovisning",
        )
    )
    d.h(1, "Personal", "4")
    d.h(2, "Sjukfrånvaro", "4.1")
    d.p(
        "Sjukfrånvaron har minskat jämfört med samma period 2024 men är fortsatt hög inom förskolan. "
        "Korttidsfrånvaron har minskat mest."
    )
    d.table(
        Table(
            label_head=("Sjukfrånvaro i procent av ordinarie arbetstid",),
            kind="kpi",
            fmt=NumFmt(dec=1),
            label_width=3.4,
            cols=[Col(("jan–aug", "2024"), year="2024"), Col(("jan–aug", "2025"), year="2025")],
            rows=[
                Row("Sjukfrånvaro totalt", [7.6, 7.2]),
                Row("Sjukfrånvaro kvinnor", [8.2, 7.8]),
                Row("Sjukfrånvaro män", [4.9, 4.5]),
                Row("Sjukfrånvaro förskola", [9.8, 9.6]),
            ],
            caption="Sjukfrånvaro",
        )
    )
    d.h(2, "Kompetensförsörjning", "4.2")
    d.p(
        "Andelen legitimerade lärare i grundskolan är 84 procent. Rekryteringsläget för förskollärare och "
        "speciallärare är fortsatt svårt. Nämnden deltar i kommunens satsning på karriärvägar och i det "
        "nationella professionsprogrammet."
    )
    d.h(1, "Framtid", "5")
    d.p(
        "Barnkullarna i Luleå minskar de kommande åren, vilket ställer krav på anpassning av förskolans lokaler. "
        "Samtidigt ökar antalet elever i gymnasieskolan fram till 2029. Nämnden behöver under 2026 fatta beslut om "
        "en långsiktig lokalförsörjningsplan. Statsbidragens utveckling är osäker och kan påverka möjligheten att "
        "behålla nuvarande lärartäthet."
    )
    return d

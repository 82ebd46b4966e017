"""Mälardalens brand- och räddningsförbund, årsredovisning 2025 (Writer, serif): a kommunalförbund
with five members, goals as "Mål 1." headings assessed by a closing sentence."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, PageBreak, Raw, Row, Table

MNKR = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")


def build() -> Doc:
    d = Doc(
        stem="malardalens-brand-och-raddningsforbund-arsredovisning-2025",
        municipality="Mälardalens brand- och räddningsförbund",
        committee="Direktionen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="a kommunalförbund's årsredovisning 2025 (räddningstjänst, five member municipalities); "
        "Writer, serif type",
        hard='the organisation is an association named with a lower-case compound ("Mälardalens '
        'brand- och räddningsförbund"), abbreviated "MBR" in the footer; the members are named '
        'together in sentences ("Arboga kommun, Eskilstuna kommun …"); goals are headings with a '
        'label ("Mål 2. Färre bränder i bostäder") assessed only by a sentence somewhere in their '
        'text ("Sammantaget bedöms målet vara delvis uppnått", "Förbundet bedömer att målet inte '
        'har uppnåtts"); indicator tables with three years and a "Mål" column ("≥ 90 %", "≤ 11,0 '
        'min", "0"), footnote marks on indicator names; the income statement in mnkr with a Not column',
    )
    d.options["fodt"] = {
        "font": "Liberation Serif",
        "hfont": "Liberation Sans",
        "table_font": "Liberation Sans",
        "size": 11,
        "hcolor": "#8B1A1A",
        "first_page_plain": True,
        "footer": "MBR · Årsredovisning 2025\t\t{page}",
        "hf_size": 8.5,
        "table_rules": "rules",
        "table_size": 9,
        "justify": True,
        "margins": (2.2, 2.0, 2.6, 2.4),
        "h_sizes": {1: 16, 2: 13, 3: 11.5},
    }
    d.options["pdf_title"] = "MBR Årsredovisning 2025"
    d.p("Årsredovisning 2025", "title")
    d.p("Mälardalens brand- och räddningsförbund", "subtitle")
    d.p("Fastställd av direktionen 2026-03-19, § 12", "metatop")
    d.add(PageBreak())
    d.h(1, "Direktionens ordförande har ordet")
    d.p(
        "År 2025 var ett år då förbundet fick visa sin förmåga vid flera stora händelser. Skogsbranden "
        "vid Kolbäcksån i juli krävde insatser från samtliga stationer under nio dygn, och vi fick god "
        "hjälp av våra grannar. Samtidigt har arbetet med att förebygga bränder i bostäder gett resultat: "
        "antalet bostadsbränder är det lägsta sedan förbundet bildades."
    )
    d.p("Lars-Göran Nyström, direktionens ordförande", "small")
    d.h(1, "Förvaltningsberättelse")
    d.h(2, "Organisation och uppdrag")
    d.p(
        "Mälardalens brand- och räddningsförbund är ett kommunalförbund med Arboga kommun, Eskilstuna "
        "kommun, Kungsörs kommun, Köpings kommun och Strängnäs kommun som medlemmar. Förbundet svarar för "
        "räddningstjänst enligt lagen om skydd mot olyckor och för tillsyn enligt lagen om brandfarliga och "
        "explosiva varor i medlemskommunerna. Direktionen är förbundets högsta beslutande organ och har en "
        "ledamot och en ersättare från varje medlemskommun."
    )
    d.p(
        "Förbundet har 14 brandstationer, varav fyra med heltidsanställd personal, och 412 medarbetare, "
        "varav 268 räddningstjänstpersonal i beredskap (RIB)."
    )
    d.h(2, "Förbundet i siffror")
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[Col((y,), year=y) for y in ("2021", "2022", "2023", "2024", "2025")],
            rows=[
                Row("Antal larm", [3_912, 4_105, 4_266, 4_187, 4_321]),
                Row("Antal bränder i byggnad", [402, 389, 371, 356, 318]),
                Row("Antal bränder ej i byggnad", [611, 702, 588, 640, 795]),
                Row("Antal trafikolyckor", [688, 704, 731, 716, 702]),
                Row("Antal genomförda tillsyner", [388, 402, 415, 430, 447]),
            ],
            kind="kpi",
            caption="Fem år i sammandrag",
            fmt=NumFmt(),
            label_width=3.0,
        )
    )
    d.h(2, "Måluppfyllelse")
    d.p(
        "Direktionen har fastställt fyra verksamhetsmål för 2025. Varje mål följs upp med indikatorer "
        "och en samlad bedömning. Ett mål bedöms vara uppnått, två delvis uppnådda och ett inte uppnått."
    )
    goals = [
        (
            "Mål 1.",
            "Ingen ska omkomma eller skadas allvarligt i brand",
            "partly",
            "Under 2025 omkom två personer i bränder i förbundets område, jämfört med fyra året innan. "
            "Båda dödsbränderna inträffade i bostäder utan fungerande brandvarnare. Förbundet har "
            "genomfört hembesök hos 2 140 hushåll med hemtjänst för att kontrollera brandvarnare. "
            "Sammantaget bedöms målet vara delvis uppnått.",
            [
                ("Antal omkomna i bränder¹", [3, 4, 2], Raw("0"), NumFmt()),
                ("Antal svårt skadade i bränder", [6, 5, 4], Raw("≤ 3"), NumFmt()),
                (
                    "Antal hembesök hos hushåll med hemtjänst",
                    [1_480, 1_905, 2_140],
                    Raw("≥ 2 000"),
                    NumFmt(),
                ),
            ],
        ),
        (
            "Mål 2.",
            "Färre bränder i bostäder",
            "achieved",
            "Antalet bränder i bostäder minskade till 142, det lägsta antalet sedan 2015. Minskningen är "
            "störst i flerbostadshus, där förbundet tillsammans med fastighetsägarna har arbetat med "
            "information om spisbränder. Målet är uppfyllt.",
            [
                ("Antal bränder i bostad", [171, 160, 142], Raw("≤ 155"), NumFmt()),
                (
                    "Andel bränder i bostad med fungerande brandvarnare",
                    [68, 71, 74],
                    Raw("≥ 70 %"),
                    PCT,
                ),
            ],
        ),
        (
            "Mål 3.",
            "Hjälpen ska komma snabbt i hela förbundet",
            "partly",
            "Insatstiden har förbättrats i tätorterna men inte på landsbygden, där tre RIB-stationer har "
            "haft svårt att bemanna full styrka under sommaren. Förbundet har infört en ny modell för "
            "förstärkt beredskap. Målet bedöms vara delvis uppnått.",
            [
                (
                    "Andel insatser där första enhet var på plats inom 20 minuter²",
                    [86, 88, 90],
                    Raw("≥ 90 %"),
                    PCT,
                ),
                ("Medianinsatstid, minuter", [11.9, 11.6, 11.2], Raw("≤ 11,0 min"), NumFmt(dec=1)),
                (
                    "Andel timmar med full bemanning på RIB-stationerna",
                    [91, 89, 87],
                    Raw("≥ 95 %"),
                    PCT,
                ),
            ],
        ),
        (
            "Mål 4.",
            "Förbundet ska vara en attraktiv arbetsgivare",
            "not_achieved",
            "Personalomsättningen bland RIB-personalen har ökat och det har varit svårt att rekrytera i "
            "Kungsör och Arboga. Medarbetarundersökningen visar ett lägre index än 2024. Förbundet "
            "bedömer att målet inte har uppnåtts.",
            [
                ("Hållbart medarbetarengagemang (HME), index", [79, 80, 76], Raw("≥ 80"), NumFmt()),
                (
                    "Personalomsättning RIB³",
                    [8.1, 9.4, 12.6],
                    Raw("≤ 8 %"),
                    NumFmt(dec=1, suffix=" %"),
                ),
                ("Andel kvinnor bland räddningspersonal", [9, 10, None], Raw("≥ 12 %"), PCT),
            ],
        ),
    ]
    for label, title, status, text, inds in goals:
        d.h(3, f"{label} {title}")
        d.goal(title, status)
        d.p(text)
        d.table(
            Table(
                label_head=("Indikator",),
                cols=[
                    Col(("2023",), year="2023"),
                    Col(("2024",), year="2024"),
                    Col(("2025",), year="2025"),
                    Col(("Mål",)),
                ],
                rows=[
                    Row(n, [*(v if v is not None else Raw("–") for v in vals), target], fmt=f)
                    for n, vals, target, f in inds
                ],
                kind="kpi",
                label_width=3.6,
            )
        )
    d.p(
        "¹ Enligt MSB:s statistik över omkomna i bränder.  ² Avser larm med prioritet 1.  "
        "³ Andel av RIB-personalen som slutat under året. Uppgift om könsfördelning för 2025 "
        "redovisas först i april 2026.",
        "note",
    )
    d.h(2, "God ekonomisk hushållning")
    d.p(
        "Det finansiella målet är ett resultat om minst en procent av medlemsbidragen. Årets resultat "
        "om 2,3 mnkr motsvarar 0,8 procent av medlemsbidragen."
    )
    d.h(1, "Ekonomi")
    d.h(2, "Resultaträkning")
    rows = [
        ("Verksamhetens intäkter", "1", 38.6, 36.2),
        ("Verksamhetens kostnader", "2", -294.1, -281.7),
        ("Avskrivningar", "3", -15.8, -14.9),
    ]
    irs = [Row(n, [Raw(note), a, b]) for n, note, a, b in rows]
    n25, n24 = round(sum(r[2] for r in rows), 1), round(sum(r[3] for r in rows), 1)
    irs.append(Row("Verksamhetens nettokostnad", [Raw(""), n25, n24], total=True))
    irs.append(Row("Medlemsbidrag", [Raw("4"), 274.0, 262.3]))
    irs.append(Row("Finansiella intäkter", [Raw(""), 0.9, 1.1]))
    irs.append(Row("Finansiella kostnader", [Raw("5"), -1.3, -1.2]))
    r25 = round(n25 + 274.0 + 0.9 - 1.3, 1)
    r24 = round(n24 + 262.3 + 1.1 - 1.2, 1)
    assert r25 == 2.3, r25
    irs.append(Row("Årets resultat", [Raw(""), r25, r24], total=True))
    d.table(
        Table(
            label_head=("Mnkr",),
            cols=[Col(("Not",), in_key=False, width=0.5), Col(("2025",)), Col(("2024",))],
            rows=irs,
            kind="is",
            caption="Resultaträkning",
            fmt=MNKR,
            label_width=3.2,
        )
    )
    d.p(
        "Förbundet redovisar ett resultat om 2,3 mnkr. Kostnaderna för skogsbranden i juli uppgick "
        "till 4,1 mnkr, varav 2,6 mnkr har ersatts av staten."
    )
    d.h(2, "Driftredovisning")
    units = [
        ("Ledning och administration", -28.4, -27.9),
        ("Operativ räddningstjänst", -201.6, -203.2),
        ("Förebyggande verksamhet", -24.3, -23.1),
        ("Räddningscentral", -17.7, -17.1),
    ]
    urs = [Row(n, [b, u, round(u - b, 1)]) for n, b, u in units]
    ub, uu = round(sum(x[1] for x in units), 1), round(sum(x[2] for x in units), 1)
    urs.append(Row("Summa", [ub, uu, round(uu - ub, 1)], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, mnkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=urs,
            kind="unit",
            caption="Nettokostnad per verksamhet",
            fmt=MNKR,
            label_width=3.0,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Förbundet står inför ett generationsskifte bland de heltidsanställda brandmännen och behöver "
        "samtidigt stärka rekryteringen av RIB-personal. Direktionen har beslutat om en ny handlingsplan "
        "för räddningstjänst för åren 2026–2029."
    )
    return d

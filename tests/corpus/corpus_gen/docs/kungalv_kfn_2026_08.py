"""Kungälv, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2026 (Writer, a Word-like
document in Carlito): each goal is a numbered heading "Mål 1.1 Ökad digital delaktighet" followed by a
short paragraph and then a line "Måluppfyllelse: ●●○ (delvis)" — a score of three dots, filled or
hollow, with the word in parentheses; the scale is explained once above the goals."""

from __future__ import annotations

from ..model import Col, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DOTS = {
    "expected_achieved": "●●● (uppnås)",
    "partly": "●●○ (delvis)",
    "expected_not_achieved": "●○○ (uppnås inte)",
}

# målområde, [(number, goal, paragraph, status)]
AREAS = [
    (
        "Målområde 1: Kultur och bibliotek för alla",
        [
            (
                "1.1",
                "Ökad digital delaktighet",
                "Biblioteken har under våren hållit 46 digitala drop in-tillfällen och 212 "
                "personer har fått hjälp med e-legitimation, bank-id och kommunens e-tjänster. "
                "Besöken ligger i nivå med planen och arbetet fortsätter under hösten.",
                "expected_achieved",
            ),
            (
                "1.2",
                "Fler barn och unga ska ta del av kulturskolans verksamhet",
                "Antalet elever i kulturskolan har ökat något, men kön till piano och gitarr är "
                "fortsatt lång. Den öppna verksamheten i Ytterby har kommit i gång först i augusti.",
                "partly",
            ),
            (
                "1.3",
                "Utlåningen av barn- och ungdomslitteratur ska öka",
                "Utlåningen av barnböcker har minskat med 4 procent jämfört med samma period "
                "föregående år. Minskningen förklaras delvis av att Kareby bibliotek var stängt "
                "för renovering i fem veckor.",
                "expected_not_achieved",
            ),
        ],
    ),
    (
        "Målområde 2: Ett aktivt fritidsliv",
        [
            (
                "2.1",
                "Föreningslivet ska ha goda förutsättningar att bedriva verksamhet",
                "Samtliga föreningsbidrag har betalats ut enligt plan och två nya föreningar har "
                "registrerats. Tillgången till hallar på kvällstid är fortsatt god.",
                "expected_achieved",
            ),
            (
                "2.2",
                "Fler unga ska besöka fritidsgårdarna",
                "Besöken på fritidsgårdarna har ökat med 6 procent, men andelen flickor bland "
                "besökarna är fortfarande låg och når inte målvärdet 40 procent.",
                "partly",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="kungalv-kultur-och-fritidsnamnden-delarsrapport-2026-08",
        municipality="Kungälv",
        committee="Kultur- och fritidsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Kultur- och fritidsnämnden, delårsrapport januari–augusti 2026; Writer, a Word-like "
        "document in Carlito with numbered headings",
        hard='each goal is a numbered heading with a label ("Mål 1.1 Ökad digital delaktighet") '
        'under unnumbered "Målområde 1: …" headings, followed by a short paragraph and a line '
        '"Måluppfyllelse: ●●○ (delvis)" — a score of three dots, filled ● (U+25CF) or hollow ○ '
        "(U+25CB), with the word in parentheses (●●● uppnås, ●○○ uppnås inte), the scale "
        'explained once in a paragraph above the goals; the last goal\'s "Måluppfyllelse" line '
        'falls at the top of page 3, after the page break and the running header; the municipality as "Kungälvs kommun" '
        "on the cover and in the footer; KPI columns Jan–aug 2024 | Jan–aug 2025 | Jan–aug "
        "2026 | Mål 2026; a drift table per verksamhet Budget 2026 | Utfall jan–aug | Prognos "
        "2026 | Avvikelse (budget minus prognosis, tkr) with a Summa row",
    )
    d.options["fodt"] = {
        "font": "Carlito",
        "size": 11,
        "hcolor": "#1F4E79",
        "h_sizes": {1: 15, 2: 13, 3: 11.5},
        "first_page_plain": True,
        "header": "Kultur- och fritidsnämnden\t\tDelårsrapport augusti 2026",
        "footer": "Kungälvs kommun\t\tSida {page} av {pages}",
        "hf_size": 9,
        "table_rules": "grid",
        "table_head_bg": "#DEEAF6",
        "table_size": 10,
        "margins": (2.5, 2.0, 2.5, 2.5),
    }
    d.options["pdf_title"] = "Delårsrapport januari–augusti 2026"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Kultur- och fritidsnämnden", "subtitle")
    d.p("Kungälvs kommun", "metatop")
    d.p("Dnr KFN 2026/0187", "meta")
    d.page_break()
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, "
        "fritidsgårdar, idrottsanläggningar och stöd till föreningslivet. Rapporten omfattar "
        "perioden januari–augusti 2026 och innehåller en prognos för helåret."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två uppnås delvis och ett uppnås inte. "
        "Nämnden prognostiserar ett överskott om 450 tkr för helåret."
    )
    d.h(1, "Mål och måluppfyllelse", "2")
    d.p(
        "Nämndens mål bedöms på en skala med tre punkter: ●●● målet bedöms uppnås, ●●○ målet "
        "bedöms delvis uppnås, ●○○ målet bedöms inte uppnås. Bedömningen avser helåret."
    )
    for area, goals in AREAS:
        d.h(2, area)
        for num, g, para, s in goals:
            d.h(3, g, f"Mål {num}", toc=False)
            d.p(para)
            d.p(f"Måluppfyllelse: {DOTS[s]}")
            d.goal(g, s)
    d.h(1, "Nyckeltal", "3")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2024",), year="2024"),
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[
                Row("Antal besök på biblioteken", [118_420, 121_050, 119_880, None], fmt=N),
                Row("Antal lån barn- och ungdomslitteratur", [48_310, 47_960, 46_040, 50_000], fmt=N),
                Row("Antal elever i kulturskolan", [1_012, 1_046, 1_071, 1_100], fmt=N),
                Row("Antal besök på fritidsgårdarna", [21_730, 22_480, 23_830, None], fmt=N),
                Row("Andel flickor bland fritidsgårdarnas besökare", [31, 33, 34, 40], fmt=PCT),
                Row("Antal deltagartillfällen i föreningar, 7–20 år", [203_100, 208_400, 211_900, None], fmt=N),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal för perioden",
            label_width=3.4,
        )
    )  # fmt: skip
    d.h(1, "Ekonomi", "4")
    units = [
        ("Nämnd och administration", 6_850, 4_390, 6_700),
        ("Bibliotek", 24_300, 15_980, 24_150),
        ("Kulturskola", 18_900, 12_760, 19_250),
        ("Allmänkultur", 7_400, 4_610, 7_300),
        ("Fritidsgårdar", 13_600, 8_870, 13_500),
        ("Idrott och föreningsstöd", 31_950, 21_940, 31_650),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    assert tot[0] - tot[2] == 450, tot
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    rows.append(Row("Summa", [*tot, tot[0] - tot[2]], total=True))
    d.p(
        "Nettokostnaden för perioden är 68 550 tkr. Prognosen för helåret är ett överskott om "
        "450 tkr. Kulturskolan prognostiserar ett underskott om 350 tkr på grund av ökade "
        "lokalkostnader, medan idrott och föreningsstöd har lägre driftkostnader än budgeterat."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet",
            note="Avvikelse = budget minus prognos; ett minus betyder underskott.",
            fmt=N,
            label_width=3.0,
        )
    )
    return d

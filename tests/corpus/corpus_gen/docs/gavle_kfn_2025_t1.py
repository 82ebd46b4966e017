"""Gävle, Kultur- och fritidsnämnden, tertialrapport 1 2025 (HTML → Writer, city template)."""

from __future__ import annotations

from pathlib import Path

from .. import htmlsrc
from ..model import Col, Doc, NumFmt, Raw, Row, Table

PCTNS = NumFmt(suffix="%")  # "87%"
M1 = NumFmt(dec=1)


def build() -> Doc:
    d = Doc(
        stem="gavle-kultur-och-fritidsnamnden-tertialrapport-1-2025",
        municipality="Gävle",
        committee="Kultur- och fritidsnämnden",
        report_type="interim",
        year=2025,
        end="2025-04-30",
        title="Tertialrapport 1 2025",
        engine="html",
        what="Kultur- och fritidsnämnden, tertialrapport 1 2025 (januari–april); a city template exported "
        "as HTML and converted by Writer",
        hard='period only as "Tertialrapport 1" and "jan–apr"; KPI tables with years in descending order '
        '(2025 2024 2023), percentages without a space ("87%"), a value with a footnote star '
        '("64,2 %*"), dashes for missing values; assessment in prose ("Prognosen är att målet kommer '
        'att uppnås"); income statement in mnkr with period and full-year columns',
    )
    d.options["html"] = {
        "font": "Carlito",
        "hfont": "Carlito",
        "size": "10.5pt",
        "hcolor": "#5B2C83",
        "head_bg": "#EDE4F3",
        "table_border": "1px solid #B9A6C9",
    }
    d.options["pdf_title"] = "Tertialrapport 1"
    d.p("Gävle kommun", "meta")
    d.p("Tertialrapport 1 2025", "title")
    d.p("Kultur- och fritidsnämnden", "subtitle")
    d.p(
        "Rapporten avser perioden januari–april 2025 och behandlades av nämnden 2025-05-21.", "meta"
    )
    d.h(1, "1 Sammanfattning")
    d.p(
        "Kultur- och fritidsnämnden har under årets första tertial haft en hög aktivitet. Besöken på biblioteken "
        "och i simhallarna har ökat jämfört med samma period föregående år, och Gävle konserthus har haft "
        "utsålda föreställningar under februari och mars. Föreningslivet visar fortsatt återhämtning efter flera "
        "år med minskat deltagande."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 2,1 mnkr för helåret, vilket främst beror på ökade "
        "energikostnader i idrottsanläggningarna och lägre intäkter från uthyrning av Gavlerinken. Av nämndens "
        "fyra mål bedöms två uppnås, ett delvis uppnås och ett inte uppnås."
    )
    d.h(1, "2 Väsentliga händelser")
    d.bullets(
        "Gavlerinken har fått ny kylanläggning som ska minska energianvändningen med 30 procent från hösten.",
        "Stadsbiblioteket har infört meröppet på söndagar.",
        "Kultur- och fritidsnämnden har beslutat om nya riktlinjer för föreningsbidrag som gäller från 2026.",
        "Länsmuseet Gävleborg och konserthuset har tecknat ett nytt samarbetsavtal med regionen.",
    )
    d.p(
        "Under perioden har förvaltningen också förberett sommarens aktiviteter för barn och unga, bland annat "
        "sommarlovsaktiviteter i samtliga stadsdelar med statsbidrag från Socialstyrelsen. Arbetet med en ny "
        "kulturstrategi för kommunen har påbörjats och ska beslutas av kommunfullmäktige under hösten."
    )
    d.h(1, "3 Uppföljning av nämndens mål")

    def goal(
        num: str,
        title: str,
        status: str,
        text: list[str],
        verdict: str,
        table: Table | None,
        *alt: str,
    ) -> None:
        d.goal(title, status, *alt)
        d.h(2, f"{title}", num)
        for t in text:
            d.p(t)
        if table:
            d.table(table)
        d.p(verdict, "status")

    kcols = [
        Col(("Jan–apr", "2025"), year="2025"),
        Col(("Jan–apr", "2024"), year="2024"),
        Col(("Jan–apr", "2023"), year="2023"),
    ]
    goal(
        "3.1",
        "Fler invånare ska ta del av kulturlivet",
        "expected_achieved",
        [
            "Antalet besök på biblioteken och i kulturhusen har ökat. Länsmuseet och konserthuset har nått nya "
            "målgrupper genom samarbeten med skolan och studieförbunden. Kulturskolans kö har minskat."
        ],
        "Prognosen är att målet kommer att uppnås.",
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=NumFmt(),
            label_width=3.0,
            cols=kcols,
            rows=[
                Row("Antal besök på stadsbiblioteket och filialerna", [214_380, 201_992, 187_410]),
                Row("Antal lån per invånare", [1.9, 1.8, 1.8], fmt=M1),
                Row("Antal elever i kulturskolan", [2_140, 2_087, Raw("-")]),
                Row("Andel sålda biljetter Gävle konserthus", [87, 82, 79], fmt=PCTNS),
            ],
            caption="Nyckeltal kultur",
        ),
    )
    goal(
        "3.2",
        "Barn och unga ska ha en aktiv och meningsfull fritid",
        "partly",
        [
            "Deltagartillfällena i idrottsföreningarna för barn och unga 7–20 år har ökat, men flickornas andel är "
            "fortfarande låg. Fritidsgårdarna har utökat öppettiderna på helger i Andersberg och Sätra."
        ],
        "Förvaltningen bedömer att målet delvis kommer att uppnås under året.",
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=NumFmt(),
            label_width=3.0,
            cols=kcols,
            rows=[
                Row("Antal deltagartillfällen i föreningar, 7–20 år", [198_430, 192_118, 176_905]),
                Row(
                    "Andel deltagartillfällen flickor",
                    [38.4, 38.9, 37.2],
                    fmt=NumFmt(dec=1, suffix=" %"),
                ),
                Row("Antal besök på fritidsgårdarna", [41_260, 38_930, 35_112]),
            ],
            caption="Nyckeltal fritid",
        ),
    )
    goal(
        "3.3",
        "Idrotts- och fritidsanläggningarna ska vara tillgängliga och väl använda",
        "expected_achieved",
        [
            "Beläggningen i sporthallarna är fortsatt hög. Den nya konstgräsplanen på Strömvallen har ökat "
            "tillgängligheten för fotbollen under vintern."
        ],
        "Prognosen är att målet kommer att uppnås.",
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=PCTNS,
            label_width=3.0,
            cols=kcols,
            rows=[
                Row("Beläggningsgrad sporthallar, vardagar kl. 17–21", [92, 90, 88]),
                Row("Antal besök i simhallarna", [151_870, 146_302, 139_980], fmt=NumFmt()),
                Row(
                    "Nöjd kund-index anläggningar",
                    [64.2, 61.8, Raw("-")],
                    fmt=NumFmt(dec=1, suffix=" %*"),
                ),
            ],
            caption="Nyckeltal anläggningar",
            note="* Resultatet för 2025 avser kundundersökningen i mars; 2024 avser undersökningen i oktober.",
        ),
    )
    goal(
        "3.4",
        "Nämnden ska minska sin energianvändning",
        "expected_not_achieved",
        [
            "Energianvändningen i nämndens anläggningar har ökat under perioden på grund av den kalla vintern och "
            "längre öppettider i ishallarna. Åtgärder i ventilationen i Gavlehovshallen har försenats till hösten."
        ],
        "Målet bedöms inte kunna uppnås under 2025.",
        Table(
            label_head=("Nyckeltal",),
            kind="kpi",
            fmt=NumFmt(),
            label_width=3.0,
            cols=kcols,
            rows=[
                Row("Energianvändning i anläggningarna, MWh", [9_812, 9_405, 9_688]),
            ],
        ),
    )
    d.h(1, "4 Ekonomisk uppföljning")
    d.h(2, "Resultaträkning", "4.1")
    f = NumFmt(dec=1)
    rows = [
        ("Intäkter", 38.4, 40.2, 118.0, 115.2),
        ("Personalkostnader", -61.9, -62.5, -189.5, -188.9),
        ("Lokalkostnader", -48.7, -47.9, -143.7, -144.6),
        ("Föreningsbidrag", -26.1, -26.3, -64.0, -64.0),
        ("Övriga kostnader", -22.6, -22.9, -66.3, -65.3),
    ]
    r = [Row(n, [u, b, round(u - b, 1), fb, fp, round(fp - fb, 1)]) for n, u, b, fb, fp in rows]
    s = [round(sum(x[i] for x in rows), 1) for i in (1, 2, 3, 4)]
    r.append(
        Row(
            "Nettokostnad",
            [s[0], s[1], round(s[0] - s[1], 1), s[2], s[3], round(s[3] - s[2], 1)],
            total=True,
        )
    )
    kb = (119.4, 119.4, 345.5, 345.5)
    r.append(Row("Kommunbidrag", [kb[0], kb[1], 0.0, kb[2], kb[3], 0.0]))
    res = [round(a + b, 1) for a, b in zip(s, kb, strict=True)]
    r.append(
        Row(
            "Resultat",
            [res[0], res[1], round(res[0] - res[1], 1), res[2], res[3], round(res[3] - res[2], 1)],
            total=True,
        )
    )
    assert res[3] == -2.1 and res[2] == 0.0, res
    d.table(
        Table(
            label_head=("Mnkr",),
            kind="is",
            fmt=f,
            label_width=2.2,
            rows=r,
            cols=[
                Col(("Utfall",), group="Jan–apr 2025"),
                Col(("Budget",), group="Jan–apr 2025"),
                Col(("Avvikelse",), group="Jan–apr 2025"),
                Col(("Budget",), group="Helår 2025"),
                Col(("Prognos",), group="Helår 2025"),
                Col(("Avvikelse",), group="Helår 2025"),
            ],
        )
    )
    d.p(
        "Intäkterna för perioden är 1,8 mnkr lägre än budget. Uthyrningen av Gavlerinken till evenemang har "
        "minskat, och två större konserter har flyttats till hösten. Lokalkostnaderna är högre än budget till "
        "följd av energipriserna."
    )
    d.h(2, "Prognos per verksamhet", "4.2")
    units = [
        ("Kultur", -101.2, -101.0),
        ("Bibliotek", -62.4, -62.1),
        ("Fritid och anläggningar", -95.8, -98.3),
        ("Föreningsstöd", -64.0, -64.0),
        ("Nämnd och ledning", -22.1, -22.2),
    ]
    ur = [Row(n, [b, p, round(p - b, 1)]) for n, b, p in units]
    ub, up = round(sum(u[1] for u in units), 1), round(sum(u[2] for u in units), 1)
    assert (ub, up) == (round(-kb[2], 1), round(s[3], 1)), (ub, up, s)
    ur.append(Row("Totalt", [ub, up, round(up - ub, 1)], total=True))
    d.table(
        Table(
            label_head=("Verksamhet", "(mnkr)"),
            kind="unit",
            fmt=f,
            label_width=2.4,
            cols=[Col(("Budget", "helår")), Col(("Prognos", "helår")), Col(("Avvikelse",))],
            rows=ur,
        )
    )
    d.p(
        "Fritid och anläggningar svarar för hela underskottet. Kultur och bibliotek prognostiserar mindre "
        "överskott genom vakanser."
    )
    d.h(2, "Investeringar", "4.3")
    d.table(
        Table(
            label_head=("Projekt (mnkr)",),
            kind="plain",
            fmt=M1,
            label_width=2.6,
            cols=[Col(("Budget", "2025")), Col(("Utfall", "jan–apr")), Col(("Prognos", "2025"))],
            rows=[
                Row("Kylanläggning Gavlerinken", [14.0, 6.2, 14.8]),
                Row("Konstgräsplan Strömvallen", [8.5, 7.9, 8.1]),
                Row("Inventarier bibliotek", [1.2, 0.3, 1.2]),
                Row("Upprustning spontanidrottsplatser", [3.0, 0.4, 2.5]),
                Row("Summa", [26.7, 14.8, 26.6], total=True),
            ],
        )
    )
    d.p(
        "Kylanläggningen i Gavlerinken blir 0,8 mnkr dyrare än budgeterat på grund av tillkommande markarbeten."
    )
    d.h(1, "5 Personal")
    d.p(
        "Sjukfrånvaron under perioden var 5,8 procent, jämfört med 6,4 procent samma period 2024. Förvaltningen "
        "har 338 tillsvidareanställda. Rekrytering av en ny bibliotekschef pågår."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    return htmlsrc.build(doc, out / "sources", out)

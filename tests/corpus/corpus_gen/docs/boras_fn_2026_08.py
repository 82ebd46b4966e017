"""Borås, Förskolenämnden, delårsrapport augusti 2026 (reportlab): a cover with only a logo, the
municipality only in the footer, a KPI table with the years as rows."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

BLUE = colors.HexColor("#00548C")
GREEN = colors.HexColor("#5AAE61")
DEC1 = NumFmt(dec=1)


def build() -> Doc:
    d = Doc(
        stem="boras-forskolenamnden-delarsrapport-2026-08",
        municipality="Borås",
        committee="Förskolenämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport augusti 2026",
        engine="reportlab",
        what="Förskolenämnden, delårsrapport januari–augusti 2026 (reportlab)",
        hard="the cover is a logo (vector shapes, one of them green) with the report's name but no "
        'municipality: "Borås Stad" is only in the running footer ("Borås Stad | Delårsrapport '
        'augusti 2026"); numbered headings in three levels, goals as "2.3.1 …" headings with '
        '"Bedömning: Målet förväntas uppnås." below; a KPI table with the years as rows and the KPIs '
        'as columns (the last row "Jan–aug 2026"); a drift table with a "Helårsprognos" and '
        '"Budgetavvikelse" column',
    )
    d.add(Custom("cover", {}, words="Delårsrapport\nJanuari–augusti 2026\nFörskolenämnden"))
    d.add(PageBreak())
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Förskolenämnden redovisar ett överskott om 2 140 tkr för perioden januari–augusti och "
        "prognostiserar ett överskott om 1 600 tkr för helåret. Antalet inskrivna barn fortsätter att "
        "minska, vilket har gjort det möjligt att stänga två avdelningar i lokaler som inte längre "
        "uppfyller kraven på god arbetsmiljö. Andelen legitimerade förskollärare har ökat för tredje "
        "året i rad."
    )
    d.p(
        "Av nämndens fyra mål bedöms två uppnås, ett delvis uppnås och ett inte uppnås. Målet om "
        "kortare väntetid till förskoleplats nås inte eftersom efterfrågan i de centrala delarna av "
        "staden är fortsatt hög medan platserna i ytterområdena står tomma."
    )
    d.h(1, "Verksamhet och mål", "2")
    d.h(2, "Uppdrag", "2.1")
    d.p(
        "Förskolenämnden ansvarar för kommunal förskola, pedagogisk omsorg och öppen förskola samt "
        "för tillsyn av fristående förskolor. Nämnden har 74 kommunala förskolor med sammanlagt "
        "omkring 5 600 inskrivna barn."
    )
    d.h(2, "Viktiga händelser under perioden", "2.2")
    d.bullets(
        "Förskolan Myrstigen i Sandared invigdes i mars med sex avdelningar.",
        "Två avdelningar i förskolan Kvarnen stängdes i juni efter en arbetsmiljöinspektion.",
        "Ett gemensamt system för barnomsorgsschema infördes i samtliga förskolor.",
    )
    d.h(2, "Mål och måluppfyllelse", "2.3")
    d.p(
        "Nämnden följer upp fyra mål som bidrar till kommunfullmäktiges mål om en likvärdig och "
        "trygg uppväxt. Bedömningen avser helåret och görs utifrån utfallet för januari–augusti."
    )
    goals = [
        (
            "2.3.1",
            "Fler barn ska ges förutsättningar att utveckla språk och kommunikation",
            "expected_achieved",
            "Målet förväntas uppnås.",
            "Samtliga förskolor arbetar med språkutvecklande arbetssätt enligt nämndens plan. Andelen "
            "barn med annat modersmål som erbjuds modersmålsstöd har ökat till 81 procent.",
        ),
        (
            "2.3.2",
            "Barngrupperna ska ha en storlek som ger trygghet och lärande",
            "expected_achieved",
            "Målet förväntas uppnås.",
            "Det genomsnittliga antalet barn per grupp har minskat till 14,8 och antalet barn per "
            "årsarbetare till 5,1. Minskningen beror främst på färre inskrivna barn.",
        ),
        (
            "2.3.3",
            "Andelen legitimerade förskollärare ska öka",
            "partly",
            "Målet bedöms delvis uppnås.",
            "Andelen legitimerade förskollärare har ökat till 44 procent men når inte målvärdet "
            "47 procent. Rekryteringen är svårast i de norra kommundelarna.",
        ),
        (
            "2.3.4",
            "Vårdnadshavare ska erbjudas plats inom fyra månader på önskad förskola",
            "expected_not_achieved",
            "Målet förväntas inte uppnås.",
            "Andelen som fått plats på förstahandsvalet inom fyra månader har minskat till 71 "
            "procent. Efterfrågan är koncentrerad till centrum, där nya lokaler inte kan stå klara "
            "förrän 2028.",
        ),
    ]
    for num, title, status, verdict, text in goals:
        d.h(3, title, num)
        d.p(f"Bedömning: {verdict}", "status")
        d.p(text)
        d.goal(title, status)
    d.h(2, "Nyckeltal", "2.4")
    d.p(
        "Tabellen visar nyckeltal för de tre senaste åren och för perioden januari–augusti 2026. "
        "Värdena för 2026 avser ett genomsnitt för perioden."
    )
    years = [("2023", "2023"), ("2024", "2024"), ("2025", "2025"), ("Jan–aug 2026", "2026")]
    values = [
        (5_812, 5.4, 39.0, 91.0),
        (5_706, 5.3, 41.0, 92.0),
        (5_655, 5.2, 42.0, 92.0),
        (5_590, 5.1, 44.0, None),
    ]
    d.table(
        Table(
            label_head=("År",),
            cols=[
                Col(("Inskrivna barn,", "antal"), fmt=NumFmt()),
                Col(("Barn per", "årsarbetare"), fmt=DEC1),
                Col(("Legitimerade", "förskollärare, %"), fmt=NumFmt()),
                Col(("Nöjda vård-", "nadshavare, %"), fmt=NumFmt()),
            ],
            rows=[
                Row(label, [a, b, c, e if e is not None else Raw("–")], year=year)
                for (label, year), (a, b, c, e) in zip(years, values, strict=True)
            ],
            kind="kpi_rows",
            caption="Tabell 1. Nyckeltal förskola",
            label_width=1.6,
            note="Nöjda vårdnadshavare mäts i enkäten i oktober; 2026 års värde finns inte ännu.",
        )
    )
    d.h(1, "Ekonomi", "3")
    d.h(2, "Driftredovisning", "3.1")
    d.p(
        "Nämnden har en budget för 2026 om 731 400 tkr. Överskottet beror på färre inskrivna barn "
        "och på att två avdelningar har stängts. Lokalkostnaderna är högre än budgeterat."
    )
    rows = [
        ("Nämnd och förvaltning", 24_300, 15_412, 23_900),
        ("Förskola, kommunal", 598_700, 395_118, 596_200),
        ("Pedagogisk omsorg", 9_800, 6_320, 9_500),
        ("Öppen förskola", 6_900, 4_402, 6_800),
        ("Bidrag fristående förskolor", 91_700, 61_905, 93_400),
    ]
    trs = [Row(n, [b, u, p, b - p]) for n, b, u, p in rows]
    tb, tu, tp = (sum(r[i] for r in rows) for i in (1, 2, 3))
    assert tb == 731_400, tb
    assert tb - tp == 1_600, tb - tp
    trs.append(Row("Totalt", [tb, tu, tp, tb - tp], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Helårs-", "prognos")),
                Col(("Budget-", "avvikelse")),
            ],
            rows=trs,
            kind="unit",
            caption="Tabell 2. Nettokostnad per verksamhet",
            fmt=NumFmt(),
            label_width=2.6,
        )
    )
    d.p(
        "Bidragen till fristående förskolor blir 1 700 tkr högre än budgeterat eftersom fler barn "
        "har valt en fristående förskola än vad som antogs när budgeten lades."
    )
    d.h(2, "Investeringar", "3.2")
    d.p(
        "Investeringsbudgeten om 6 200 tkr avser inventarier till nya förskolor och utemiljöer. "
        "Utfallet för perioden är 3 905 tkr och hela budgeten bedöms användas."
    )
    d.h(1, "Personal", "4")
    d.p(
        "Sjukfrånvaron var 8,1 procent för perioden januari–augusti, jämfört med 8,9 procent samma "
        "period 2025. Korttidssjukfrånvaron har minskat mest."
    )
    return d


class Logo(rl.Flowable):
    """A municipal logo as vector shapes, with no text in it."""

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 120, 90

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(BLUE)
        c.setStrokeColor(BLUE)
        p = c.beginPath()
        p.moveTo(0, 0)
        p.lineTo(60, 90)
        p.lineTo(120, 0)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.rect(40, 10, 40, 30, fill=1, stroke=0)
        c.setFillColor(GREEN)
        c.circle(60, 62, 9, fill=1, stroke=0)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "DejaVuSans",
        "size": 9.5,
        "leading": 13.5,
        "hcolor": BLUE,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "table_size": 8.6,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EDF5"),
        "zebra": colors.HexColor("#F4F7FA"),
        "footer": "Borås Stad | Delårsrapport augusti 2026\tFörskolenämnden · {page}",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 60),
            Logo(),
            rl.Spacer(1, 160),
            r.para("Delårsrapport", "title"),
            r.para("Januari–augusti 2026", "subtitle"),
            rl.Spacer(1, 30),
            r.para("Förskolenämnden", "subtitle"),
        ]

    r.custom.update(cover=cover)
    return r.build(out / f"{doc.stem}.pdf")

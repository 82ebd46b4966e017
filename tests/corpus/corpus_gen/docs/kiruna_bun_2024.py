"""Kiruna, Barn- och utbildningsnämnden, årsredovisning 2024 (Writer): goals and indicators in one
scorecard table, and one page that is only a scanned picture."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import _span_text, x
from ..model import Col, Custom, Doc, H, NumFmt, P, PageBreak, Raw, Row, Scan, Table

BED = {"achieved": "Uppnått", "partly": "Delvis uppnått", "not_achieved": "Ej uppnått"}
PCT = NumFmt(dec=1, suffix=" %")
N = NumFmt()


def build() -> Doc:
    d = Doc(
        stem="kiruna-barn-och-utbildningsnamnden-arsredovisning-2024",
        municipality="Kiruna",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2024,
        end="2024-12-31",
        title="Årsredovisning 2024",
        engine="fodt",
        what="Barn- och utbildningsnämnden, årsredovisning 2024; Writer",
        hard="a scorecard table that holds goals, their indicators and the assessment in one grid (the goal "
        "and its assessment only on the first of its rows); page 3 is a scanned page (a JPEG picture, "
        "slightly rotated, grey paper) with a KPI table, readable only by OCR; report year 2024",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10,
        "hcolor": "#1B4F72",
        "title_color": "#1B4F72",
        "header": "Kiruna kommun\t\tÅrsredovisning 2024",
        "footer": "Barn- och utbildningsnämnden\t\tSida {page} av {pages}",
        "hf_size": 8,
        "table_rules": "grid",
        "table_head_bg": "#D4E6F1",
        "table_size": 8.5,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "margins": (2.0, 2.0, 2.3, 2.3),
    }
    d.options["scan"] = {
        "family": "LiberationSerif",
        "size_pt": 11,
        "angle": 0.5,
        "header": "Barn- och utbildningsförvaltningen, Kiruna kommun",
        "footer": "Bilaga 1 till årsredovisning 2024",
    }
    d.p("Årsredovisning 2024", "title")
    d.p("Barn- och utbildningsnämnden", "subtitle")
    d.p("Kiruna kommun", "subtitle")
    d.p("Antagen av barn- och utbildningsnämnden 2025-02-19, § 12", "metatop")
    d.add(PageBreak())
    d.h(1, "Ordföranden har ordet")
    d.p(
        "2024 var året då den nya Kirunaskolan i stadskärnan togs i bruk. Efter många års planering kunde "
        "elever och medarbetare flytta in i moderna lokaler med plats för 900 elever. Flytten har krävt stora "
        "insatser av alla, och jag vill tacka personalen för ett fantastiskt arbete under en intensiv höst."
    )
    d.p(
        "Kunskapsresultaten i årskurs 9 förbättrades, men andelen elever som är behöriga till gymnasieskolan är "
        "fortfarande för låg. Det är nämndens viktigaste utmaning de kommande åren."
    )
    d.p("Lena Pekkari, ordförande", "small")
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, fritidshem, förskoleklass, grundskola, anpassad "
        "grundskola, gymnasieskola, kommunal vuxenutbildning och kulturskola i Kiruna kommun. Nämnden har också "
        "ansvar för skolskjuts och för den samiska förskolan i samverkan med Sameskolstyrelsen."
    )
    d.h(1, "Viktiga händelser under året")
    d.bullets(
        "Den nya Kirunaskolan i stadskärnan invigdes i augusti.",
        "Förskolan Ripan ersattes av två nya förskolor i Tuolluvaara och Lombolo.",
        "Vuxenutbildningen startade en ny yrkesutbildning inom gruv- och anläggningsteknik.",
        "Statsbidraget för en likvärdig skola minskade, vilket krävde omprioriteringar.",
    )
    d.h(1, "Måluppfyllelse")
    d.p(
        "Nämndens mål följs upp med indikatorer i styrkortet nedan. Bedömningen av varje mål görs utifrån "
        "indikatorernas utfall och förvaltningens analys."
    )
    goals = [
        (
            "Alla elever ska nå kunskapskraven",
            "partly",
            [
                ("Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen", 69.8, 72.5, "80 %"),
                ("Andel elever i åk 9 som är behöriga till yrkesprogram", 81.2, 84.9, "90 %"),
                ("Andel elever i åk 6 med lägst betyget E i matematik", 86.4, 88.1, "90 %"),
            ],
        ),
        (
            "Barn och elever ska känna sig trygga",
            "achieved",
            [
                ("Andel elever i åk 8 som känner sig trygga i skolan", 83.0, 87.6, "85 %"),
                (
                    "Andel vårdnadshavare som känner att barnet är tryggt i förskolan",
                    95.1,
                    96.4,
                    "95 %",
                ),
            ],
        ),
        (
            "Fler ska slutföra en gymnasieutbildning",
            "not_achieved",
            [("Andel gymnasieelever med examen inom fyra år", 71.4, 68.9, "75 %")],
        ),
        (
            "Medarbetarna ska ha en god arbetsmiljö",
            "partly",
            [
                ("Sjukfrånvaro bland medarbetarna", 7.9, 7.4, "6,5 %"),
                ("Andel medarbetare som rekommenderar sin arbetsplats", 71.0, 74.0, "75 %"),
            ],
        ),
    ]
    kt = Table(
        label_head=("Indikator",),
        kind="kpi",
        fmt=PCT,
        label_width=3.0,
        cols=[
            Col(("Utfall", "2023"), year="2023"),
            Col(("Utfall", "2024"), year="2024"),
            Col(("Målvärde", "2024")),
        ],
        rows=[Row(n, [a, b, Raw(t)]) for _g, _s, inds in goals for n, a, b, t in inds],
    )
    for g, s, _i in goals:
        d.goal(g, s)
    words = ["Nämndmål\tIndikator\tUtfall 2023\tUtfall 2024\tMålvärde 2024\tBedömning"]
    for g, s, inds in goals:
        for i, (n, a, b, t) in enumerate(inds):
            words.append(
                "\t".join(
                    ([g] if i == 0 else []) + [n, PCT(a), PCT(b), t] + ([BED[s]] if i == 0 else [])
                )
            )
    d.add(Custom("styrkort", {"goals": goals, "table": kt}, words="\n".join(words)))
    d.p(
        "Kunskapsresultaten har förbättrats men når inte målvärdena. Tryggheten har ökat i alla årskurser. "
        "Andelen elever som tar examen från gymnasieskolan inom fyra år har minskat, främst på "
        "introduktionsprogrammen. Sjukfrånvaron har minskat men ligger fortfarande över målvärdet."
    )
    d.p("En sammanställning av kunskapsresultaten i grundskolan finns i bilaga 1 på nästa sida.")
    d.add(
        Scan(
            [
                H(2, "Bilaga 1. Kunskapsresultat i grundskolan"),
                P(
                    "Sammanställningen avser vårterminen för respektive år och omfattar samtliga kommunala grundskolor. "
                    "Uppgifterna är hämtade från Skolverkets statistik och förvaltningens egen uppföljning."
                ),
                Table(
                    label_head=("Resultat",),
                    kind="kpi",
                    fmt=NumFmt(dec=1),
                    label_width=5.0,
                    cols=[
                        Col(("2022",), year="2022"),
                        Col(("2023",), year="2023"),
                        Col(("2024",), year="2024"),
                    ],
                    rows=[
                        Row("Genomsnittligt meritvärde åk 9", [208.6, 211.3, 216.8]),
                        Row(
                            "Andel elever i åk 3 som klarat nationella prov i svenska, %",
                            [78.9, 80.4, 83.0],
                        ),
                        Row(
                            "Andel elever i åk 3 som klarat nationella prov i matematik, %",
                            [74.2, 76.8, 79.5],
                        ),
                        Row(
                            "Andel elever i åk 9 behöriga till högskoleförberedande program, %",
                            [72.1, 74.0, 77.3],
                        ),
                    ],
                ),
                P(
                    "Resultaten har förbättrats tre år i rad. Skillnaden mellan flickor och pojkar har minskat och var "
                    "2024 elva meritpoäng."
                ),
            ]
        )
    )
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett underskott om 4 870 tkr för 2024. Underskottet beror på engångskostnader i "
        "samband med flytten till den nya Kirunaskolan och på ökade kostnader för skolskjuts."
    )
    cols = [
        Col(("Bokslut", "2023")),
        Col(("Budget", "2024")),
        Col(("Bokslut", "2024")),
        Col(("Avvikelse", "2024")),
    ]
    inc = [
        ("Intäkter", 98_412, 92_500, 101_877),
        ("Personalkostnader", -421_605, -438_900, -440_212),
        ("Lokalkostnader", -88_430, -97_200, -99_305),
        ("Skolskjuts", -21_804, -22_100, -25_466),
        ("Övriga kostnader", -79_230, -76_300, -83_764),
    ]
    rows = [Row(n, [a, b, c, c - b]) for n, a, b, c in inc]
    s = [sum(r[i] for r in inc) for i in (1, 2, 3)]
    rows.append(Row("Nettokostnad", [*s, s[2] - s[1]], total=True))
    kb = (517_900, 542_000, 542_000)
    rows.append(Row("Kommunbidrag", [*kb, 0]))
    res = [a + b for a, b in zip(s, kb, strict=True)]
    rows.append(Row("Årets resultat", [*res, res[2] - res[1]], total=True))
    assert res[1] == 0 and res[2] == -4_870, res
    d.table(
        Table(
            label_head=("Tkr",),
            kind="is",
            fmt=N,
            cols=cols,
            rows=rows,
            label_width=2.6,
            caption="Resultaträkning",
        )
    )
    units = [
        ("Förskola", -118_420, -124_300, -123_145),
        ("Grundskola och fritidshem", -231_870, -240_600, -243_906),
        ("Anpassad grundskola", -17_905, -19_100, -18_811),
        ("Gymnasieskola", -99_342, -103_400, -102_755),
        ("Vuxenutbildning", -21_006, -22_900, -22_368),
        ("Kulturskola", -9_871, -10_400, -10_205),
        ("Gemensamt och nämnd", 0, 0, 0),
    ]
    units[-1] = (
        "Gemensamt och nämnd",
        s[0] - sum(u[1] for u in units[:-1]),
        s[1] - sum(u[2] for u in units[:-1]),
        s[2] - sum(u[3] for u in units[:-1]),
    )
    ur = [Row(n, [a, b, c, c - b]) for n, a, b, c in units]
    ur.append(Row("Summa", [*s, s[2] - s[1]], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            kind="unit",
            fmt=N,
            cols=cols,
            rows=ur,
            label_width=2.6,
            caption="Driftredovisning per verksamhet",
        )
    )
    d.h(1, "Personal")
    d.p(
        "Nämnden hade 1 012 tillsvidareanställda vid årets slut. Andelen legitimerade lärare i grundskolan var "
        "79 procent. Rekryteringen av förskollärare och speciallärare är fortsatt svår, och nämnden har inlett ett "
        "samarbete med Luleå tekniska universitet om uppdragsutbildning."
    )
    d.h(1, "Framtid")
    d.p(
        "Samhällsomvandlingen fortsätter och under 2025–2027 flyttar ytterligare två förskolor. Barnantalet "
        "minskar i de yngre åldrarna samtidigt som antalet gymnasieelever ökar. Nämnden behöver anpassa "
        "organisationen och prioritera insatser som höjer kunskapsresultaten."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    def styrkort(b: Custom) -> str:
        cols = [3.2, 4.6, 1.55, 1.55, 1.6, 1.9]
        name = "Styrkort"
        sty = [
            '<style:style style:name="Sk" style:family="table"><style:table-properties style:width="14.4cm" '
            'table:align="left" fo:margin-bottom="0.4cm"/></style:style>'
        ]
        sty += [
            f'<style:style style:name="Sk.C{i}" style:family="table-column"><style:table-column-properties '
            f'style:column-width="{w}cm"/></style:style>'
            for i, w in enumerate(cols)
        ]
        sty.append(
            '<style:style style:name="Sk.h" style:family="table-cell"><style:table-cell-properties '
            'fo:background-color="#D4E6F1" fo:border="0.5pt solid #7f7f7f" fo:padding="0.06cm" style:vertical-align="bottom"/></style:style>'
        )
        sty.append(
            '<style:style style:name="Sk.b" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #7f7f7f" fo:padding="0.06cm" style:vertical-align="top"/></style:style>'
        )
        w.auto.extend(sty)
        head = [
            "Nämndmål",
            "Indikator",
            "Utfall\n2023",
            "Utfall\n2024",
            "Målvärde\n2024",
            "Bedömning",
        ]
        rows = [
            "<table:table-row>"
            + "".join(
                f'<table:table-cell table:style-name="Sk.h"><text:p text:style-name="{"TLB" if i < 2 else "TNB"}">{_span_text(h)}</text:p></table:table-cell>'
                for i, h in enumerate(head)
            )
            + "</table:table-row>"
        ]
        for g, s, inds in b.data["goals"]:
            for i, (n, a, bb, t) in enumerate(inds):
                cells = []
                if i == 0:
                    span = f' table:number-rows-spanned="{len(inds)}"' if len(inds) > 1 else ""
                    cells.append(
                        f'<table:table-cell table:style-name="Sk.b"{span}><text:p text:style-name="TLB">{x(g)}</text:p></table:table-cell>'
                    )
                else:
                    cells.append("<table:covered-table-cell/>")
                cells.append(
                    f'<table:table-cell table:style-name="Sk.b"><text:p text:style-name="TL">{x(n)}</text:p></table:table-cell>'
                )
                for v in (PCT(a), PCT(bb), t):
                    cells.append(
                        f'<table:table-cell table:style-name="Sk.b"><text:p text:style-name="TN">{x(v)}</text:p></table:table-cell>'
                    )
                if i == 0:
                    span = f' table:number-rows-spanned="{len(inds)}"' if len(inds) > 1 else ""
                    cells.append(
                        f'<table:table-cell table:style-name="Sk.b"{span}><text:p text:style-name="TL">{BED[s]}</text:p></table:table-cell>'
                    )
                else:
                    cells.append("<table:covered-table-cell/>")
                rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        return (
            f'<table:table table:name="{name}" table:style-name="Sk">'
            + "".join(f'<table:table-column table:style-name="Sk.C{i}"/>' for i in range(len(cols)))
            + f"<table:table-header-rows>{rows[0]}</table:table-header-rows>"
            + "".join(rows[1:])
            + "</table:table>"
        )

    w = fodt.FodtWriter(doc)
    return fodt.build(doc, out / "sources", out, custom={"styrkort": styrkort}, writer=w)

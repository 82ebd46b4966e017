"""Kunskapsförbundet Väst, Direktionen, verksamhetsberättelse 2025 (Writer, DejaVu Serif): a
kommunalförbund for upper-secondary and adult education whose goals are numbered "1.1", "1.2" in
the first column of a table Nr | Mål | Måluppfyllelse ("Uppfyllt / Delvis uppfyllt / Ej uppfyllt")."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import x
from ..model import Col, Custom, Doc, NumFmt, Row, Table

MNKR = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N = NumFmt()
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# målområde, [(nr, goal, status)]
AREAS = [
    (
        "1 Utbildning",
        [
            ("1.1", "Fler elever ska ta examen från gymnasieskolan inom tre år", "partly"),
            ("1.2", "Eleverna ska uppleva studiero på lektionerna", "achieved"),
            ("1.3", "Fler vuxenstuderande ska gå vidare till arbete eller studier", "achieved"),
        ],
    ),
    (
        "2 Medarbetare och ekonomi",
        [
            ("2.1", "Andelen behöriga lärare ska öka", "not_achieved"),
            ("2.2", "Förbundet ska ha en ekonomi i balans", "achieved"),
        ],
    ),
]


def t(v: int) -> float:
    return round(v / 10, 1)


def build() -> Doc:
    d = Doc(
        stem="kunskapsforbundet-vast-direktionen-verksamhetsberattelse-2025",
        municipality="Kunskapsförbundet Väst",
        committee="Direktionen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="fodt",
        what="a kommunalförbund for gymnasieskola and vuxenutbildning (two member municipalities): "
        "verksamhetsberättelse 2025 adopted by the Direktion; Writer, DejaVu Serif",
        hard='the goals are numbered "1.1", "1.2", "2.1" in the first column of a table Nr | Mål | '
        'Måluppfyllelse with "Uppfyllt / Delvis uppfyllt / Ej uppfyllt", grouped under målområde '
        'rows ("1 Utbildning") spanning the table; the number looks like a decimal; the '
        'organisation is a förbund named without a municipality ("Kunskapsförbundet Väst"), its '
        "members (Trollhättans Stad, Vänersborgs kommun) named in a sentence; a KPI table with three "
        "years; a resultaträkning in mnkr with Utfall 2024 | Budget 2025 | Utfall 2025 | Avvikelse "
        "and a Medlemsbidrag row, split over a page break with its header row repeated",
    )
    d.options["fodt"] = {
        "font": "DejaVu Serif",
        "hfont": "DejaVu Sans",
        "table_font": "DejaVu Sans",
        "size": 10,
        "hcolor": "#14505C",
        "h_sizes": {1: 14, 2: 12, 3: 10.5},
        "first_page_plain": True,
        "header": "Kunskapsförbundet Väst\t\tVerksamhetsberättelse 2025",
        "footer": "\t{page}\t",
        "hf_size": 8,
        "hf_rule": False,
        "table_rules": "rules",
        "table_head_bg": "#D5E8EC",
        "table_size": 8.5,
        "margins": (2.2, 2.0, 2.4, 2.4),
    }
    d.options["pdf_title"] = "Verksamhetsberättelse 2025"
    d.p("Verksamhetsberättelse 2025", "title")
    d.p("Kunskapsförbundet Väst", "subtitle")
    d.p("Fastställd av direktionen 2026-02-26, § 9", "meta")
    d.page_break()
    d.h(1, "Förbundet i korthet")
    d.p(
        "Kunskapsförbundet Väst är ett kommunalförbund som bildades av Trollhättans Stad och "
        "Vänersborgs kommun. Förbundet driver gymnasieskola, gymnasiesärskola och kommunal "
        "vuxenutbildning för medlemskommunerna. Förbundets högsta beslutande organ är "
        "direktionen, som består av ledamöter från båda medlemskommunerna."
    )
    d.p(
        "Under 2025 studerade i genomsnitt 3 940 elever i gymnasieskolan och 2 610 "
        "heltidsstuderande i vuxenutbildningen. Förbundets resultat är ett överskott om 8,1 mnkr."
    )
    d.h(1, "Mål och måluppfyllelse")
    d.p(
        "Direktionen har fastställt fem mål för 2025 inom två målområden. Av dem är tre "
        "uppfyllda, ett delvis uppfyllt och ett inte uppfyllt."
    )
    lines = ["Tabell 1. Måluppfyllelse 2025", "Nr\tMål\tMåluppfyllelse"]
    for area, goals in AREAS:
        lines.append(area)
        for nr, g, s in goals:
            d.goal(g, s)
            lines.append(f"{nr}\t{g}\t{WORDS[s]}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.p(
        "Andelen elever med examen inom tre år ökade till 74,8 procent men når inte målet 76 "
        "procent. Andelen lärare med legitimation och behörighet minskade, främst inom "
        "yrkesprogrammen där rekryteringen är svår."
    )
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
            ],
            rows=[
                Row("Antal elever i gymnasieskolan", [3_872, 3_905, 3_940], fmt=N),
                Row("Andel elever med examen inom tre år", [73.1, 73.9, 74.8], fmt=PCT1),
                Row("Andel elever som upplever studiero", [71, 74, 78], fmt=PCT),
                Row("Antal heltidsstuderande i vuxenutbildningen", [2_455, 2_530, 2_610], fmt=N),
                Row("Andel legitimerade och behöriga lärare", [82.4, 81.6, 80.2], fmt=PCT1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi")
    rows = [
        ("Verksamhetens intäkter", 1_842, 1_790, 1_915),
        ("Verksamhetens kostnader", -9_674, -9_861, -9_903),
        ("Avskrivningar", -162, -170, -168),
    ]
    net = [sum(r[k] for r in rows) for k in (1, 2, 3)]
    bidrag = [8_012, 8_251, 8_251]
    fin = [-12, -10, -14]
    res = [n + b + f for n, b, f in zip(net, bidrag, fin, strict=True)]
    assert res == [6, 0, 81], res

    def row(label: str, v: tuple[int, int, int], **kw: object) -> Row:
        u24, b25, u25 = v
        return Row(label, [t(u24), t(b25), t(u25), t(u25 - b25)], **kw)

    trows = [row(n, (a, b, c)) for n, a, b, c in rows]
    trows += [
        row("Verksamhetens nettokostnad", tuple(net), total=True),
        row("Medlemsbidrag", tuple(bidrag)),
        row("Finansiella kostnader", tuple(fin)),
        row("Årets resultat", tuple(res), total=True),
    ]
    d.p(
        "Årets resultat är 8,1 mnkr, vilket är 8,1 mnkr bättre än budget. Överskottet beror "
        "främst på högre statsbidrag för yrkesvux och på vakanta lärartjänster."
    )
    d.table(
        Table(
            label_head=("Mnkr",),
            cols=[
                Col(("Utfall 2024",)),
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 3. Resultaträkning",
            note="Avvikelse = utfall minus budget.",
            fmt=MNKR,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)

    def goaltable(_b: Custom) -> str:
        w.auto.extend(
            [
                '<style:style style:name="Gt" style:family="table"><style:table-properties '
                'style:width="16.2cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
                '<style:style style:name="Gt.A" style:family="table-column">'
                '<style:table-column-properties style:column-width="1.3cm"/></style:style>',
                '<style:style style:name="Gt.B" style:family="table-column">'
                '<style:table-column-properties style:column-width="11.3cm"/></style:style>',
                '<style:style style:name="Gt.C" style:family="table-column">'
                '<style:table-column-properties style:column-width="3.6cm"/></style:style>',
                '<style:style style:name="Gt.h" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:background-color="#D5E8EC" '
                'fo:border-bottom="0.75pt solid #14505C"/></style:style>',
                '<style:style style:name="Gt.g" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:background-color="#EFF5F6" '
                'fo:border-bottom="0.25pt solid #9FB9BF"/></style:style>',
                '<style:style style:name="Gt.c" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.08cm" fo:border-bottom="0.25pt solid #9FB9BF"/></style:style>',
            ]
        )

        def c(s: str, st: str = "Gt.c", p: str = "TL") -> str:
            return (
                f'<table:table-cell table:style-name="{st}" office:value-type="string">'
                f'<text:p text:style-name="{p}">{x(s)}</text:p></table:table-cell>'
            )

        rows = [
            "<table:table-header-rows><table:table-row>"
            + c("Nr", "Gt.h", "TLB")
            + c("Mål", "Gt.h", "TLB")
            + c("Måluppfyllelse", "Gt.h", "TLB")
            + "</table:table-row></table:table-header-rows>"
        ]
        for area, goals in AREAS:
            rows.append(
                '<table:table-row><table:table-cell table:style-name="Gt.g" '
                'table:number-columns-spanned="3" office:value-type="string">'
                f'<text:p text:style-name="TLB">{x(area)}</text:p></table:table-cell>'
                "<table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
            )
            for nr, g, s in goals:
                rows.append("<table:table-row>" + c(nr) + c(g) + c(WORDS[s]) + "</table:table-row>")
        return (
            '<text:p text:style-name="Caption">Tabell 1. Måluppfyllelse 2025</text:p>'
            '<table:table table:name="Maluppfyllelse" table:style-name="Gt">'
            '<table:table-column table:style-name="Gt.A"/><table:table-column table:style-name="Gt.B"/>'
            '<table:table-column table:style-name="Gt.C"/>' + "".join(rows) + "</table:table>"
        )

    return fodt.build(doc, out / "sources", out, custom={"goaltable": goaltable}, writer=w)

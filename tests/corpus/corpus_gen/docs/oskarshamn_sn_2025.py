"""Oskarshamn, Socialnämnden, årsredovisning 2025 (Writer): each goal's assessment is only the
background colour of an empty table cell (green / yellow / red / grey), explained by a legend of
shaded cells above the table. No word in the status cell."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape as x

from .. import fodt
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
N = NumFmt()

COLOURS = {
    "achieved": "#4CAF50",
    "partly": "#F5C518",
    "not_achieved": "#D9342B",
    "unassessed": "#A6A6A6",
}
LEGEND = [
    ("achieved", "Uppfyllt"),
    ("partly", "Delvis uppfyllt"),
    ("not_achieved", "Ej uppfyllt"),
    ("unassessed", "Ej bedömt"),
]

# (målområde, [(goal, comment, status)])
AREAS = [
    (
        "Trygg och god välfärd",
        [
            (
                "Den enskilde ska uppleva att insatserna ges med respekt och inflytande",
                "Brukarundersökningen visar att 88 procent upplever gott bemötande.",
                "achieved",
            ),
            (
                "Barn och unga i behov av stöd ska få insatser i ett tidigt skede",
                "Andelen utredningar inom 120 dagar ökade men når inte målvärdet.",
                "partly",
            ),
            (
                "Fler personer med försörjningsstöd ska gå vidare till arbete eller studier",
                "Andelen som avslutats till arbete eller studier minskade till 31 procent.",
                "not_achieved",
            ),
            (
                "Personer med missbruk ska erbjudas samordnad vård och stöd",
                "Den nya samverkansmodellen infördes i november och har inte kunnat följas upp.",
                "unassessed",
            ),
        ],
    ),
    (
        "Attraktiv arbetsgivare",
        [
            (
                "Sjukfrånvaron bland medarbetarna ska minska",
                "Sjukfrånvaron minskade från 9,1 till 8,2 procent.",
                "achieved",
            ),
            (
                "Andelen medarbetare med relevant utbildning ska öka",
                "Andelen socialsekreterare med socionomexamen är oförändrad.",
                "partly",
            ),
        ],
    ),
    (
        "Hållbar ekonomi",
        [
            (
                "Nämnden ska bedriva verksamheten inom tilldelad budgetram",
                "Nämnden redovisar ett överskott om 1 240 tkr.",
                "achieved",
            ),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="oskarshamn-socialnamnden-arsredovisning-2025",
        municipality="Oskarshamn",
        committee="Socialnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="Socialnämnden, årsredovisning 2025; Writer, Liberation Sans, a goal table whose "
        "assessment column is only shaded cells",
        hard="the goals' assessment is only the background colour of an empty table cell "
        "(cell shading green / yellow / red / grey, no word, no glyph, no picture) in the last "
        "column of a goal table Nämndmål | Kommentar | Bedömning, explained by a legend above "
        'the table of small shaded cells beside the words ("Uppfyllt", "Delvis uppfyllt", '
        '"Ej uppfyllt", "Ej bedömt"); goals grouped under målområde rows spanning the table; '
        'the municipality as "Oskarshamns kommun" on the cover and in the footer; KPI columns '
        "Utfall 2023 | Utfall 2024 | Utfall 2025 | Målvärde 2025 (the table runs onto page 3, its "
        "header repeated); a drift table per verksamhet "
        "Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall) with a Summa row",
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#1F4E79",
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "first_page_plain": True,
        "header": "Socialnämnden\t\tÅrsredovisning 2025",
        "footer": "Oskarshamns kommun\t\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "table_rules": "grid",
        "table_head_bg": "#DDE6F0",
        "table_size": 9,
        "margins": (2.0, 2.0, 2.3, 2.3),
    }
    d.options["pdf_title"] = "Årsredovisning 2025 Socialnämnden"
    d.p("Årsredovisning 2025", "title")
    d.p("Socialnämnden", "subtitle")
    d.p("Oskarshamns kommun", "metatop")
    d.p("Beslutad av socialnämnden 2026-02-19, § 14", "meta")
    d.page_break()
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden ansvarar för individ- och familjeomsorg, försörjningsstöd, stöd till "
        "personer med funktionsnedsättning och socialpsykiatri. Året präglades av ett ökat "
        "antal orosanmälningar och en fortsatt hög efterfrågan på boende enligt LSS."
    )
    d.p(
        "Nämnden redovisar ett överskott om 1 240 tkr mot budget. Av nämndens sju mål är tre "
        "uppfyllda, två delvis uppfyllda och ett inte uppfyllt; ett mål har inte kunnat bedömas."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Nämndens bedömning av varje mål visas med färg i kolumnen Bedömning enligt "
        "teckenförklaringen nedan."
    )
    d.add(
        Custom(
            "legend",
            {"items": LEGEND},
            words="Teckenförklaring:\n" + "\n".join(w for _s, w in LEGEND),
        )
    )
    lines = ["Tabell 1. Nämndens mål 2025", "Nämndmål\tKommentar\tBedömning"]
    rows = []
    for area, goals in AREAS:
        lines.append(f"Målområde: {area}")
        rows.append(("area", f"Målområde: {area}", "", ""))
        for g, comment, s in goals:
            d.goal(g, s)
            lines.append(f"{g}\t{comment}")
            rows.append(("goal", g, comment, s))
    d.add(Custom("goaltable", {"rows": rows}, words="\n".join(lines)))
    d.p(
        "Målet om samordnad vård och stöd vid missbruk har inte bedömts, eftersom "
        "samverkansmodellen infördes först i november 2025."
    )
    d.h(1, "Nyckeltal", "3")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall", "2023"), year="2023"),
                Col(("Utfall", "2024"), year="2024"),
                Col(("Utfall", "2025"), year="2025"),
                Col(("Målvärde", "2025")),
            ],
            rows=[
                Row(
                    "Andel brukare som upplever gott bemötande",
                    [85, 86, 88, Raw("≥ 85 %")],
                    fmt=PCT,
                ),
                Row(
                    "Andel barnavårdsutredningar inom 120 dagar", [71, 74, 79, Raw("90 %")], fmt=PCT
                ),
                Row("Antal hushåll med försörjningsstöd", [412, 438, 451, Raw("–")], fmt=N),
                Row("Andel avslut till arbete eller studier", [35, 34, 31, Raw("40 %")], fmt=PCT),
                Row("Sjukfrånvaro, medarbetare", [9.6, 9.1, 8.2, Raw("≤ 8,5 %")], fmt=PCT1),
                Row("Antal orosanmälningar barn och unga", [1_184, 1_262, 1_397, Raw("–")], fmt=N),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "4")
    units = [
        ("Nämnd och förvaltningsledning", 14_800, 14_210),
        ("Individ- och familjeomsorg", 96_400, 98_950),
        ("Försörjningsstöd", 38_700, 39_860),
        ("Funktionsstöd", 152_300, 149_120),
        ("Socialpsykiatri", 21_600, 20_420),
    ]
    bud = sum(u[1] for u in units)
    utf = sum(u[2] for u in units)
    assert bud - utf == 1_240, bud - utf
    d.p(
        "Nämnden redovisar ett överskott om 1 240 tkr. Underskotten inom individ- och "
        "familjeomsorg och försörjningsstöd vägs upp av vakanser inom funktionsstöd och "
        "socialpsykiatri."
    )
    trows = [Row(n, [b, u, b - u]) for n, b, u in units]
    trows.append(Row("Summa", [bud, utf, bud - utf], total=True))
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=trows,
            kind="unit",
            caption="Tabell 3. Driftredovisning per verksamhet (nettokostnad)",
            note="Avvikelse = budget minus utfall; ett minus är ett underskott.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)
    styles = [
        '<style:style style:name="Leg" style:family="table"><style:table-properties '
        'style:width="14.4cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/></style:style>',
        '<style:style style:name="Leg.S" style:family="table-column">'
        '<style:table-column-properties style:column-width="0.6cm"/></style:style>',
        '<style:style style:name="Leg.W" style:family="table-column">'
        '<style:table-column-properties style:column-width="3.0cm"/></style:style>',
        '<style:style style:name="Leg.L" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.4cm"/></style:style>',
        '<style:style style:name="Leg.t" style:family="table-cell"><style:table-cell-properties '
        'fo:padding-left="0.15cm" fo:padding-top="0.02cm" fo:padding-bottom="0.02cm" fo:border="none"/></style:style>',
        '<style:style style:name="GT" style:family="table"><style:table-properties '
        'style:width="16.4cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>',
        '<style:style style:name="GT.A" style:family="table-column">'
        '<style:table-column-properties style:column-width="7.0cm"/></style:style>',
        '<style:style style:name="GT.B" style:family="table-column">'
        '<style:table-column-properties style:column-width="7.2cm"/></style:style>',
        '<style:style style:name="GT.C" style:family="table-column">'
        '<style:table-column-properties style:column-width="2.2cm"/></style:style>',
        '<style:style style:name="GT.h" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#DDE6F0"/></style:style>',
        '<style:style style:name="GT.a" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="#F2F2F2"/></style:style>',
        '<style:style style:name="GT.c" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f" style:vertical-align="top"/></style:style>',
    ]
    for s, col in COLOURS.items():
        for pre in ("GT", "Leg"):
            styles.append(
                f'<style:style style:name="{pre}.{s}" style:family="table-cell"><style:table-cell-properties '
                f'fo:padding="0.05cm" fo:border="0.5pt solid #7f7f7f" fo:background-color="{col}"/></style:style>'
            )

    def ensure() -> None:
        if styles[0] not in w.auto:  # render() starts the automatic styles afresh
            w.auto.extend(styles)

    def cell(style: str, text: str, p: str = "TL", extra: str = "") -> str:
        body = (
            f'<text:p text:style-name="{p}">{x(text)}</text:p>'
            if text
            else f'<text:p text:style-name="{p}"/>'
        )
        return f'<table:table-cell table:style-name="{style}"{extra} office:value-type="string">{body}</table:table-cell>'

    def legend(b: Custom) -> str:
        ensure()
        cells = []
        cols = []
        for s, word in b.data["items"]:
            cells.append(cell(f"Leg.{s}", ""))
            cells.append(cell("Leg.t", word))
            cols.append('<table:table-column table:style-name="Leg.S"/>')
            cols.append(
                f'<table:table-column table:style-name="Leg.{"W" if len(word) > 10 else "L"}"/>'
            )
        return (
            '<text:p text:style-name="Caption">Teckenförklaring:</text:p>'
            f'<table:table table:name="Legend" table:style-name="Leg">{"".join(cols)}'
            f"<table:table-row>{''.join(cells)}</table:table-row></table:table>"
        )

    def goaltable(b: Custom) -> str:
        ensure()
        head = (
            cell("GT.h", "Nämndmål", "TLB")
            + cell("GT.h", "Kommentar", "TLB")
            + cell("GT.h", "Bedömning", "TLB")
        )
        rows = [f"<table:table-row>{head}</table:table-row>"]
        for kind, g, comment, s in b.data["rows"]:
            if kind == "area":
                rows.append(
                    "<table:table-row>"
                    + cell("GT.a", g, "TLB", ' table:number-columns-spanned="3"')
                    + "<table:covered-table-cell/><table:covered-table-cell/></table:table-row>"
                )
            else:
                rows.append(
                    f"<table:table-row>{cell('GT.c', g)}{cell('GT.c', comment)}{cell(f'GT.{s}', '')}</table:table-row>"
                )
        return (
            '<text:p text:style-name="Caption">Tabell 1. Nämndens mål 2025</text:p>'
            '<table:table table:name="Mal" table:style-name="GT">'
            '<table:table-column table:style-name="GT.A"/><table:table-column table:style-name="GT.B"/>'
            '<table:table-column table:style-name="GT.C"/>'
            f"<table:table-header-rows>{rows[0]}</table:table-header-rows>{''.join(rows[1:])}</table:table>"
        )

    return fodt.build(
        doc, out / "sources", out, custom={"legend": legend, "goaltable": goaltable}, writer=w
    )

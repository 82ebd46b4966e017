"""Kristianstad, Omsorgsnämnden, delårsrapport januari–augusti 2026 (Writer, Liberation Serif body,
Liberation Sans headings): the goal section is a sequence of "cards", each a bold title line and a
borderless two-column table of labelled rows "Nämndmål | …", "Indikator | …", "Prognos | Uppnås /
Uppnås delvis / Uppnås ej", "Analys | …" — the status label "Prognos" alone in the left column, with
no colon."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import x
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås ej",
}

# card title (short), goal, indicator, status, analysis
CARDS = [
    (
        "Trygghet i hemtjänsten",
        "Den enskilde ska känna sig trygg och delaktig i sin hemtjänst",
        "Andel brukare som känner sig trygga med hemtjänsten (brukarundersökningen)",
        "expected_achieved",
        "Andelen som känner sig trygga är 90 procent i vårens mätning, över målvärdet 88 procent. "
        "Arbetet med fasta omsorgskontakter har införts i samtliga hemtjänstgrupper.",
    ),
    (
        "Kontinuitet",
        "Färre personal ska besöka varje brukare med hemtjänst",
        "Antal personal en hemtjänsttagare möter under 14 dagar",
        "partly",
        "Antalet har minskat från 16 till 15 personer, men målvärdet 13 nås troligen inte under "
        "året eftersom sommarens vikariebehov var stort.",
    ),
    (
        "Kompetens",
        "Andelen undersköterskor med yrkestitel ska öka",
        "Andel tillsvidareanställda undersköterskor med bevis om skyddad yrkestitel",
        "expected_achieved",
        "Andelen är 87 procent i augusti. Ansökningar för de medarbetare som saknar bevis "
        "skickas in under hösten.",
    ),
    (
        "Sjukfrånvaro",
        "Sjukfrånvaron bland medarbetarna ska minska",
        "Sjukfrånvaro i procent av ordinarie arbetstid",
        "expected_not_achieved",
        "Sjukfrånvaron är 9,4 procent för perioden, högre än samma period 2025. Korttidsfrånvaron "
        "har ökat i särskilt boende.",
    ),
    (
        "Ekonomi",
        "Nämnden ska bedriva sin verksamhet inom tilldelad ram",
        "Prognostiserad budgetavvikelse vid årets slut",
        "partly",
        "Prognosen är ett underskott om 3,6 mnkr. Åtgärder för att minska kostnaderna för "
        "bemanningssjuksköterskor har beslutats och ger effekt från oktober.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="kristianstad-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Kristianstad",
        committee="Omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Omsorgsnämnden, delårsrapport januari–augusti 2026; Writer, Liberation Serif body "
        "and Liberation Sans headings",
        hard='the goals are "cards": for each a bold short title line (not the goal\'s text) and '
        "a borderless two-column table of labelled rows, Nämndmål | <goal>, Indikator | …, "
        'Prognos | "Uppnås" / "Uppnås delvis" / "Uppnås ej", Analys | <text>, the status label '
        '"Prognos" alone in the left column with no colon; the municipality as "Kristianstads '
        'kommun" on the cover and in the footer; KPI columns Jan–aug 2025 | Jan–aug 2026 | '
        "Mål 2026; an income statement Budget 2026 | Utfall jan–aug 2026 | Prognos 2026 | "
        "Avvikelse (prognosis minus budget)",
    )
    d.options["fodt"] = {
        "font": "Liberation Serif",
        "hfont": "Liberation Sans",
        "table_font": "Liberation Sans",
        "size": 11,
        "hcolor": "#00573F",
        "h_sizes": {1: 16, 2: 13, 3: 11},
        "first_page_plain": True,
        "header": "Omsorgsnämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Kristianstads kommun\t\t{page} ({pages})",
        "hf_size": 8.5,
        "hf_rule": False,
        "table_rules": "rules",
        "table_size": 9.5,
        "margins": (2.0, 2.0, 2.5, 2.5),
    }
    d.options["pdf_title"] = "Delårsrapport januari–augusti 2026 Omsorgsnämnden"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Omsorgsnämnden", "subtitle")
    d.p("Kristianstads kommun", "metatop")
    d.p("Behandlad av omsorgsnämnden 2026-09-24", "meta")
    d.page_break()
    d.h(1, "Sammanfattning")
    d.p(
        "Omsorgsnämnden ansvarar för hemtjänst, särskilt boende, korttidsvård och kommunal hälso- "
        "och sjukvård för äldre. Delårsrapporten avser januari–augusti 2026 och innehåller en "
        "prognos för helåret."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två uppnås delvis och ett uppnås ej. "
        "Helårsprognosen för ekonomin är ett underskott om 3,6 mnkr."
    )
    d.h(1, "Nämndens mål")
    d.p(
        "Varje mål redovisas nedan med den indikator som följs upp, nämndens prognos för "
        "helåret och en kort analys."
    )
    for short, g, ind, s, analysis in CARDS:
        d.goal(g, s)
        words = "\n".join(
            [
                short,
                f"Nämndmål\t{g}",
                f"Indikator\t{ind}",
                f"Prognos\t{WORDS[s]}",
                f"Analys\t{analysis}",
            ]
        )
        d.add(Custom("card", {"short": short, "rows": [
            ("Nämndmål", g), ("Indikator", ind), ("Prognos", WORDS[s]), ("Analys", analysis)
        ]}, words=words))  # fmt: skip
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[
                Row("Andel trygga brukare i hemtjänsten", [86, 90, 88], fmt=PCT),
                Row("Antal personal per brukare under 14 dagar", [16, 15, 13], fmt=N),
                Row("Andel undersköterskor med yrkestitel", [79, 87, 90], fmt=PCT),
                Row("Sjukfrånvaro", [8.8, 9.4, 8.0], fmt=NumFmt(dec=1, suffix=" %")),
                Row("Antal personer med hemtjänst", [1_412, 1_468, None], fmt=N),
                Row("Beläggning i särskilt boende", [97, 98, None], fmt=PCT),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            label_width=3.2,
        )
    )
    d.h(1, "Ekonomi")
    rows = [
        ("Intäkter", 118_400, 80_210, 127_300),
        ("Personalkostnader", -742_600, -503_880, -751_900),
        ("Köp av verksamhet", -96_300, -66_140, -99_100),
        ("Lokalkostnader", -88_500, -59_020, -88_500),
        ("Övriga kostnader", -61_000, -41_730, -61_400),
    ]
    costs = [sum(r[j] for r in rows[1:]) for j in (1, 2, 3)]
    net = [rows[0][j] + costs[j - 1] for j in (1, 2, 3)]
    bidrag = [870_000, 580_000, 870_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [0, -10_560, -3_600], res
    trows = [Row(n, [b, u, p, p - b]) for n, b, u, p in rows]
    trows += [
        Row("Summa kostnader", [*costs, costs[2] - costs[0]], total=True),
        Row("Nettokostnad", [*net, net[2] - net[0]], total=True),
        Row("Kommunbidrag", [*bidrag, 0]),
        Row("Resultat", [*res, res[2] - res[0]], total=True),
    ]
    d.p(
        "Resultatet för perioden är ett underskott om 10,6 mnkr, som delvis beror på att "
        "semesterlöneskulden är som störst i augusti. Helårsprognosen är ett underskott om "
        "3 600 tkr, främst på grund av kostnader för bemanningssjuksköterskor."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–aug 2026",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 2. Resultaträkning",
            note="Avvikelse = prognos minus budget; ett minus är ett underskott.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)
    styles = [
        '<style:style style:name="Card" style:family="table"><style:table-properties '
        'style:width="16.0cm" table:align="left" fo:margin-bottom="0.45cm"/></style:style>',
        '<style:style style:name="Card.A" style:family="table-column">'
        '<style:table-column-properties style:column-width="3.0cm"/></style:style>',
        '<style:style style:name="Card.B" style:family="table-column">'
        '<style:table-column-properties style:column-width="13.0cm"/></style:style>',
        '<style:style style:name="Card.c" style:family="table-cell"><style:table-cell-properties '
        'fo:padding-left="0cm" fo:padding-right="0.1cm" fo:padding-top="0.03cm" '
        'fo:padding-bottom="0.06cm" fo:border="none"/></style:style>',
        '<style:style style:name="CardT" style:family="paragraph" '
        'style:parent-style-name="Text_20_body"><style:paragraph-properties '
        'fo:margin-top="0.25cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>'
        '<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" '
        'fo:font-weight="bold" fo:color="#00573F"/></style:style>',
    ]

    def card(b: Custom) -> str:
        if styles[0] not in w.auto:  # render() starts the automatic styles afresh
            w.auto.extend(styles)

        def c(s: str, p: str) -> str:
            return (
                '<table:table-cell table:style-name="Card.c" office:value-type="string">'
                f'<text:p text:style-name="{p}">{x(s)}</text:p></table:table-cell>'
            )

        rows = "".join(
            f"<table:table-row>{c(k, 'TL')}{c(v, 'TL')}</table:table-row>"
            for k, v in b.data["rows"]
        )
        return (
            f'<text:p text:style-name="CardT">{x(b.data["short"])}</text:p>'
            '<table:table table:style-name="Card"><table:table-column table:style-name="Card.A"/>'
            f'<table:table-column table:style-name="Card.B"/>{rows}</table:table>'
        )

    return fodt.build(doc, out / "sources", out, custom={"card": card}, writer=w)

"""Strängnäs, Barn- och utbildningsnämnden, årsredovisning 2025 (Writer, Liberation Sans, no title
page): six goals, each a bold heading "Nämndmål 1: <goal>", and under each heading a ruled box (a
two-column table with full borders, header "Indikatorer" | "Bedömning") whose left cell lists the
goal's indicators as text lines ("Andel …: 76 % (mål 80 %), 2024: 74 %") and whose right cell holds
the assessment as a sentence ("Målet är uppfyllt till stor del."), then analysis paragraphs that do
not repeat the assessment. "Uppfyllt till stor del" is keyed as partly (as in Sandviken)."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import _span_text
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

SENTENCE = {
    "achieved": "Målet är uppfyllt.",
    "partly_big": "Målet är uppfyllt till stor del.",
    "partly": "Målet är delvis uppfyllt.",
    "not_achieved": "Målet är inte uppfyllt.",
}

# goal, assessment, [(indicator, value 2025, fmt, target as printed, value 2024 or None)],
# analysis paragraphs (none of them repeats the assessment)
GOALS = [
    (
        "Alla barn och elever ska ges förutsättningar att nå kunskapsmålen",
        "partly",
        [
            ("Andel elever i åk 9 med godkänt i alla ämnen", 76, PCT, "80 %", 74),
            ("Andel elever i åk 9 behöriga till ett yrkesprogram", 84.2, PCT1, "88 %", 83.1),
            ("Genomsnittligt meritvärde i åk 9", 221.5, DEC1, "225", None),
        ],
        [
            "Resultaten i årskurs 9 har förbättrats för andra året i rad, främst i matematik och "
            "engelska där skolorna har arbetat med gemensamma bedömningsstöd och extra "
            "lektionstid. Skillnaderna mellan skolenheterna är fortfarande stora: på "
            "Karinslundsskolan och i Stallarholmen ligger andelen med godkänt i alla ämnen över "
            "80 procent, medan två skolenheter i centrala Strängnäs ligger under 70 procent.",
            "Förvaltningen fortsätter med läsfrämjande insatser i de tidiga årskurserna och "
            "inför under 2026 ett gemensamt stöd för elever som riskerar att inte nå godkänt i "
            "svenska som andraspråk.",
        ],
    ),
    (
        "Barn och elever ska känna sig trygga i förskola och skola",
        "achieved",
        [
            ("Andel elever i åk 5 som känner sig trygga i skolan", 91, PCT, "90 %", 88),
            ("Andel elever i åk 8 som känner sig trygga i skolan", 86, PCT, "85 %", None),
        ],
        [
            "Elevenkäten visar att fler elever än tidigare känner sig trygga, både i årskurs 5 "
            "och i årskurs 8. Rastvärdar och ett nytt arbetssätt för att utreda kränkande "
            "behandling har införts på samtliga grundskolor. Antalet anmälningar om kränkande "
            "behandling till huvudmannen minskade från 412 till 365.",
        ],
    ),
    (
        "Förskolan ska erbjuda alla barn en likvärdig, trygg och stimulerande lärmiljö med hög "
        "pedagogisk kvalitet",
        "partly_big",
        [
            (
                "Andel legitimerade förskollärare i förskolan",
                41,
                PCT,
                "45 %",
                38,
            ),
            ("Antal barn per årsarbetare i förskolan", 5.1, DEC1, "högst 5,2", None),
            ("Andel vårdnadshavare som är nöjda med förskolan", 93, PCT, "92 %", 91),
        ],
        [
            "Barngruppernas storlek ligger i nivå med riktmärket och vårdnadshavarna ger "
            "förskolan goda omdömen. Andelen legitimerade förskollärare har ökat efter att nio "
            "barnskötare tagit examen genom arbetsintegrerad förskollärarutbildning, men "
            "rekryteringen är fortsatt svår i Mariefred och Åker.",
        ],
    ),
    (
        "Elevernas närvaro i grundskolan ska öka",
        "not_achieved",
        [
            ("Andel elever i grundskolan med hög frånvaro", 17.4, PCT1, "högst 12 %", 16.1),
            ("Genomsnittlig närvaro i grundskolan", 91.2, PCT1, "94 %", 91.8),
        ],
        [
            "Frånvaron har ökat något jämfört med 2024, och andelen elever med en frånvaro över "
            "15 procent av undervisningstiden är högre än målvärdet. Ökningen gäller främst "
            "årskurs 7–9 och elever med långvarig, problematisk frånvaro.",
            "Ett gemensamt närvaroteam med skolsköterskor, kuratorer och socialtjänst startade i "
            "oktober. Nämnden har gett förvaltningen i uppdrag att följa upp närvaron varje "
            "månad under 2026.",
        ],
    ),
    (
        "Fler elever på gymnasieskolan ska ta examen inom fyra år",
        "partly",
        [
            ("Andel elever med examen inom fyra år, Thomasgymnasiet", 79, PCT, "82 %", 76),
            ("Andel gymnasieelever som är nöjda med sin utbildning", 81, PCT, "80 %", None),
        ],
        [
            "Andelen elever som tar examen inom fyra år har ökat, men ligger under målvärdet. "
            "Introduktionsprogrammen har fått fler studie- och yrkesvägledare, och fler elever "
            "går över till ett nationellt program under sitt andra år.",
        ],
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budget",
        "achieved",
        [
            ("Budgetavvikelse, andel av nettobudget", 0.2, PCT1, "lägst 0 %", -0.8),
            ("Sjukfrånvaro bland medarbetare", 6.9, PCT1, "högst 7,0 %", 7.3),
        ],
        [
            "Nämnden redovisar ett överskott om 2 140 tkr, vilket motsvarar 0,2 procent av "
            "nettobudgeten. Underskottet inom grundskolan och den anpassade grundskolan vägs upp "
            "av lägre kostnader inom förskolan och gymnasieskolan (se Driftredovisning).",
        ],
    ),
]


def indicator_line(name: str, v25: float, f: NumFmt, target: str, v24: float | None) -> str:
    s = f"{name}: {f(v25)} (mål {target})"
    if v24 is not None:
        s += f", 2024: {f(v24)}"
    return s


def build() -> Doc:
    d = Doc(
        stem="strangnas-barn-och-utbildningsnamnden-arsredovisning-2025",
        municipality="Strängnäs",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="Barn- och utbildningsnämnden, årsredovisning 2025; Writer, Liberation Sans, no "
        "title page",
        hard='six goals, each a bold heading of its own "Nämndmål 1: Alla barn och elever ska '
        'ges förutsättningar att nå kunskapsmålen" (the number and a colon before the goal, '
        'one long title wrapping onto a second line) under the heading "Nämndens mål och '
        'måluppfyllelse", and under each heading a ruled box: a two-column table with full '
        'borders and the header "Indikatorer" | "Bedömning", whose left cell lists the '
        "goal's one to three indicators as text lines, one per paragraph, the 2025 value first "
        'and the target in parentheses ("Andel elever i åk 9 med godkänt i alla ämnen: 76 % '
        '(mål 80 %), 2024: 74 %", some lines with no 2024 value, targets "högst 12 %", '
        '"lägst 0 %", a negative 2024 value), and whose right cell holds the assessment only '
        'as a sentence ("Målet är uppfyllt.", "Målet är uppfyllt till stor del." — keyed as '
        'partly —, "Målet är delvis uppfyllt.", "Målet är inte uppfyllt."); the analysis '
        "paragraphs under the box do not repeat the assessment; no KPI table; a drift table "
        "Budget 2025 | Utfall 2025 | Avvikelse (tkr, budget minus utfall) with a Summa row; "
        'the municipality as "Strängnäs kommun" above the title and in the footer',
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#1F4E79",
        "h_sizes": {1: 14, 2: 11.5},
        "first_page_plain": False,
        "header": None,
        "footer": "Strängnäs kommun\tBarn- och utbildningsnämnden\tSida {page} av {pages}",
        "hf_size": 8.5,
        "hf_rule": True,
        "table_rules": "rules",
        "table_size": 9.5,
        "margins": (2.0, 1.8, 2.4, 2.4),
    }
    d.options["pdf_title"] = "Årsredovisning 2025 Barn- och utbildningsnämnden"
    d.p("Strängnäs kommun", "meta")
    d.p("Barn- och utbildningsnämnden", "subtitle")
    d.p("Årsredovisning 2025", "title")
    d.h(1, "Sammanfattning")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, grundskola, anpassad grundskola, "
        "fritidshem och gymnasieskola i Strängnäs kommun. Under 2025 gick 4 870 elever i "
        "kommunens grundskolor och 2 310 barn i förskolan. Kunskapsresultaten i årskurs 9 har "
        "förbättrats, medan frånvaron i grundskolan har fortsatt att öka."
    )
    d.p(
        "Av nämndens sex mål är två uppfyllda, ett är uppfyllt till stor del, två är delvis "
        "uppfyllda och ett är inte uppfyllt. Nämnden redovisar ett överskott om 2 140 tkr mot "
        "budget."
    )
    d.h(1, "Nämndens mål och måluppfyllelse")
    d.p(
        "Kommunfullmäktige har gett nämnden sex mål för mandatperioden. För varje mål redovisas "
        "indikatorerna med utfall 2025 och målvärde, nämndens bedömning och en analys."
    )
    for k, (g, s, kpis, analysis) in enumerate(GOALS, 1):
        d.goal(g, "partly" if s == "partly_big" else s)
        d.h(2, f"Nämndmål {k}: {g}", toc=False)
        lines = [indicator_line(*kp) for kp in kpis]
        t = Table(
            label_head=("Indikator",),
            cols=[
                Col(("Utfall 2025",), year="2025"),
                Col(("Mål",)),
                Col(("Utfall 2024",), year="2024"),
            ],
            rows=[Row(n, [v25, Raw(tg), v24], fmt=f) for n, v25, f, tg, v24 in kpis],
            kind="kpi",
        )
        d.add(
            Custom(
                "goalbox",
                {"lines": lines, "sentence": SENTENCE[s], "table": t},
                words="Indikatorer\tBedömning\n" + "\n".join(lines) + "\n" + SENTENCE[s],
            )
        )
        for para in analysis:
            d.p(para)
    d.h(1, "Driftredovisning")
    units = [
        ("Nämnd och förvaltningsledning", 38_400, 36_950),
        ("Förskola", 312_600, 309_870),
        ("Grundskola och fritidshem", 598_300, 603_420),
        ("Anpassad grundskola", 41_200, 43_050),
        ("Gymnasieskola", 201_700, 197_480),
        ("Skolskjuts och måltider", 92_400, 91_690),
    ]
    rows = [Row(n, [b, u, b - u]) for n, b, u in units]
    tb = sum(b for _n, b, _u in units)
    tu = sum(u for _n, _b, u in units)
    assert (tb, tu, tb - tu) == (1_284_600, 1_282_460, 2_140), (tb, tu)
    assert round((tb - tu) / tb * 100, 1) == 0.2
    rows.append(Row("Summa", [tb, tu, tb - tu], total=True))
    d.p(
        "Nämndens nettokostnader blev 1 282 460 tkr, vilket är 2 140 tkr lägre än budget. "
        "Grundskolan har ett underskott till följd av fler elever i behov av särskilt stöd och "
        "högre kostnader för skolskjuts inom grundskolans egen budget. Förskolan och "
        "gymnasieskolan har överskott, främst på grund av vakanser och färre barn än planerat."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet",
            note="Avvikelse = budget minus utfall. Ett positivt tal är ett överskott.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)
    o = w.o
    tw = 21.0 - o["margins"][2] - o["margins"][3]
    styles = [
        '<style:style style:name="Box" style:family="table"><style:table-properties '
        f'style:width="{tw:.2f}cm" table:align="left" style:may-break-between-rows="false" fo:margin-top="0.05cm" '
        'fo:margin-bottom="0.3cm"/></style:style>',
        '<style:style style:name="Box.A" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{tw * 0.72:.3f}cm"/></style:style>',
        '<style:style style:name="Box.B" style:family="table-column"><style:table-column-properties '
        f'style:column-width="{tw * 0.28:.3f}cm"/></style:style>',
        '<style:style style:name="Box.h" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000" fo:background-color="#DEEAF6"/>'
        "</style:style>",
        '<style:style style:name="Box.c" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/>'
        "</style:style>",
        '<style:style style:name="BoxL" style:family="paragraph" style:parent-style-name="TL">'
        '<style:paragraph-properties fo:margin-bottom="0.06cm"/></style:style>',
    ]

    nbox = [0]

    def goalbox(b: Custom) -> str:
        if styles[0] not in w.auto:  # render() starts the automatic styles afresh
            w.auto.extend(styles)
        g = b.data
        nbox[0] += 1
        left = "".join(
            f'<text:p text:style-name="BoxL">{_span_text(line)}</text:p>' for line in g["lines"]
        )
        return (
            f'<table:table table:name="Indikatorer{nbox[0]}" table:style-name="Box">'
            '<table:table-column table:style-name="Box.A"/><table:table-column table:style-name="Box.B"/>'
            '<table:table-row><table:table-cell table:style-name="Box.h" office:value-type="string">'
            '<text:p text:style-name="TLB">Indikatorer</text:p></table:table-cell>'
            '<table:table-cell table:style-name="Box.h" office:value-type="string">'
            '<text:p text:style-name="TLB">Bedömning</text:p></table:table-cell></table:table-row>'
            '<table:table-row><table:table-cell table:style-name="Box.c" office:value-type="string">'
            f"{left}</table:table-cell>"
            '<table:table-cell table:style-name="Box.c" office:value-type="string">'
            f'<text:p text:style-name="TL">{_span_text(g["sentence"])}</text:p></table:table-cell>'
            "</table:table-row></table:table>"
        )

    return fodt.build(doc, out / "sources", out, custom={"goalbox": goalbox}, writer=w)

"""Alingsås, Social- och omsorgsnämnden, delårsrapport januari–augusti 2026 (Writer, Liberation
Sans): the goals are numbered bold paragraphs ("3. Väntetiden …"), not headings, and each goal's
forecast is only a sentence inside its analysis paragraph ("Sammantaget bedöms målet delvis
uppnås."), sometimes in the middle of the paragraph, once after a sentence about the previous
year's assessment."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import _span_text
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")

# goal, status, analysis paragraph (the forecast is one sentence of it)
GOALS = [
    (
        "Den enskilde ska uppleva trygghet och inflytande i sin vardag",
        "expected_achieved",
        "Andelen brukare i särskilt boende som känner sig trygga har ökat till 88 procent och "
        "ligger över målvärdet. Sammantaget bedöms målet uppnås vid årets slut. Arbetet med "
        "genomförandeplaner fortsätter under hösten, och hemtjänsten inför fasta "
        "kontaktpersoner i ytterligare två områden.",
    ),
    (
        "Fler personer med försörjningsstöd ska nå egen försörjning",
        "partly",
        "Under 2025 bedömdes målet vara uppnått. I år har antalet hushåll med försörjningsstöd "
        "minskat, men andelen som avslutar sitt bistånd till arbete eller studier är 37 procent, "
        "under målvärdet 40 procent. Samarbetet med arbetsmarknadsenheten har förstärkts med två "
        "jobbcoacher från september. Sammantaget bedöms målet delvis uppnås.",
    ),
    (
        "Väntetiden till särskilt boende ska minska",
        "expected_not_achieved",
        "Den genomsnittliga väntetiden har ökat från 68 till 74 dagar, eftersom ett av "
        "boendena i Ingared är stängt för ombyggnad fram till november. Nämnden bedömer att "
        "målet inte kommer att uppnås under 2026. När ombyggnaden är klar tillkommer 24 "
        "lägenheter, vilket väntas korta kön under 2027.",
    ),
    (
        "Andelen medarbetare med heltidsanställning ska öka",
        "expected_achieved",
        "Andelen heltidsanställda har ökat till 78 procent genom att alla nyanställningar inom "
        "äldreomsorgen görs på heltid. Målet bedöms uppnås. Sjukfrånvaron har samtidigt "
        "minskat något jämfört med samma period förra året.",
    ),
    (
        "Nämnden ska bedriva verksamheten inom tilldelad budget",
        "expected_not_achieved",
        "Prognosen för helåret är ett underskott om 5 000 tkr, främst inom individ- och "
        "familjeomsorgen och äldreomsorgen (se avsnitt 3). Mot bakgrund av prognosen bedöms "
        "målet inte uppnås. Nämnden har beslutat om en åtgärdsplan som redovisas i oktober.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="alingsas-social-och-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Alingsås",
        committee="Social- och omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="fodt",
        what="Social- och omsorgsnämnden, delårsrapport januari–augusti 2026; Writer, Liberation "
        "Sans, no title page",
        hard='the goals are numbered bold paragraphs of body text ("3. Väntetiden till särskilt '
        'boende ska minska"), not headings and not in a table, each followed by one analysis '
        "paragraph in which the forecast is only one sentence among others, at the start, in "
        'the middle or at the end ("Sammantaget bedöms målet delvis uppnås.", "Nämnden bedömer '
        'att målet inte kommer att uppnås under 2026.", "Målet bedöms uppnås."), and one '
        'paragraph first says how the goal was assessed the year before ("Under 2025 bedömdes '
        'målet vara uppnått.") before its own forecast; no label ("Bedömning:", "Prognos:") '
        'anywhere; a KPI table Jan–aug 2025 | Jan–aug 2026 | Mål 2026 with targets "≥ 85 %", '
        '"≤ 60"; a drift table Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse (tkr, '
        'budget minus prognosis, a zero deviation printed 0); the municipality as "Alingsås '
        'kommun" under the title and in the footer',
    )
    d.options["fodt"] = {
        "font": "Liberation Sans",
        "size": 10.5,
        "hcolor": "#00587C",
        "h_sizes": {1: 14, 2: 12},
        "first_page_plain": False,
        "header": "Social- och omsorgsnämnden\t\tDelårsrapport 2026",
        "footer": "Alingsås kommun\t\t{page} ({pages})",
        "hf_size": 8.5,
        "table_rules": "rules",
        "table_size": 9.5,
        "margins": (2.2, 2.0, 2.5, 2.5),
    }
    d.options["pdf_title"] = "Delårsrapport januari–augusti 2026"
    d.p("Delårsrapport januari–augusti 2026", "title")
    d.p("Social- och omsorgsnämnden", "subtitle")
    d.p("Alingsås kommun", "meta")
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Nämndens verksamheter har under perioden präglats av ett högt tryck inom individ- och "
        "familjeomsorgen och av ombyggnaden av ett särskilt boende. Två av nämndens fem mål "
        "bedöms uppnås vid årets slut. Prognosen för helåret är ett underskott om 5 000 tkr."
    )
    d.h(1, "Måluppfyllelse", "2")
    d.p(
        "Kommunfullmäktige har gett nämnden fem mål för 2026. För varje mål redovisas en analys "
        "av utfallet till och med augusti och nämndens bedömning av om målet nås vid årets slut. "
        "Indikatorerna redovisas i tabell 1."
    )
    for k, (g, s, body) in enumerate(GOALS, 1):
        d.goal(g, s)
        d.add(
            Custom(
                "goalpara",
                {"bold": f"{k}. {g}", "body": body},
                words=f"{k}. {g}\n\n{body}",
            )
        )
    d.table(
        Table(
            label_head=("Indikator",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Mål 2026",), year=None),
            ],
            rows=[
                Row(
                    "Andel brukare i särskilt boende som känner sig trygga",
                    [86, 88, Raw("≥ 85 %")],
                    fmt=PCT,
                ),
                Row("Antal hushåll med försörjningsstöd per månad", [412, 398, Raw("≤ 380")]),
                Row(
                    "Andel avslutade försörjningsstöd till arbete eller studier",
                    [34, 37, Raw("≥ 40 %")],
                    fmt=PCT,
                ),
                Row("Väntetid till särskilt boende, dagar", [68, 74, Raw("≤ 60")]),
                Row("Andel heltidsanställda medarbetare", [71, 78, Raw("≥ 75 %")], fmt=PCT),
                Row("Sjukfrånvaro", [9.4, 9.1, Raw("≤ 8,5 %")], fmt=NumFmt(dec=1, suffix=" %")),
            ],
            kind="kpi",
            caption="Tabell 1. Indikatorer",
            fmt=N,
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "3")
    units = [
        ("Nämnd och ledning", 8_400, 5_310, 8_200),
        ("Individ- och familjeomsorg", 96_500, 66_840, 99_300),
        ("Äldreomsorg", 412_300, 276_950, 415_900),
        ("Funktionsstöd", 188_600, 124_120, 187_400),
        ("Hälso- och sjukvård", 54_200, 35_980, 54_200),
    ]
    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in units]
    tb, tu, tp = (sum(x[j] for x in units) for j in (1, 2, 3))
    assert (tb, tu, tp, tb - tp) == (760_000, 509_200, 765_000, -5_000), (tb, tu, tp)
    rows.append(Row("Summa", [tb, tu, tp, tb - tp], total=True))
    d.p(
        "Nämnden prognostiserar ett underskott om 5 000 tkr. Individ- och familjeomsorgen har "
        "fler placeringar av barn och unga än budgeterat, och äldreomsorgen har kostnader för "
        "tillfälliga platser under ombyggnaden. Funktionsstöd har ett överskott på grund av "
        "vakanta platser i gruppbostad."
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
            note="Avvikelse = budget minus prognos.",
            fmt=N,
            label_width=2.6,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)

    def goalpara(b: Custom) -> str:
        if "GoalPara" not in "".join(w.auto):
            w.auto += [
                '<style:style style:name="GoalPara" style:family="paragraph" '
                'style:parent-style-name="Text_20_body"><style:paragraph-properties '
                'fo:margin-top="0.3cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>'
                '<style:text-properties fo:font-weight="bold"/></style:style>',
            ]
        g = b.data
        return (
            f'<text:p text:style-name="GoalPara">{_span_text(g["bold"])}</text:p>'
            f'<text:p text:style-name="Text_20_body">{_span_text(g["body"])}</text:p>'
        )

    return fodt.build(doc, out / "sources", out, custom={"goalpara": goalpara}, writer=w)

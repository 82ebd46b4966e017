"""Region Värmland, Kulturnämnden, årsredovisning 2025 (Writer, Liberation Serif): the goals are
numbered paragraphs of running text opening with a bold "Mål 1. <goal>." and followed by an
italic line "Bedömning: Målet är uppnått." — no goal headings, no goal table."""

from __future__ import annotations

from pathlib import Path

from .. import fodt
from ..fodt import _span_text
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
WORDS = {
    "achieved": "Målet är uppnått.",
    "partly": "Målet är delvis uppnått.",
    "not_achieved": "Målet är inte uppnått.",
}

# goal, status, running text after the bold goal
GOALS = [
    (
        "Fler värmlänningar ska ta del av ett brett kulturutbud i hela länet",
        "achieved",
        "Antalet besök på de regionala kulturinstitutionerna ökade till 412 000, och "
        "turnéverksamheten nådde samtliga sexton kommuner i Värmland. Särskilt Wermland Operas "
        "skolföreställningar har bidragit till ökningen.",
    ),
    (
        "Barn och unga ska ha goda möjligheter till eget skapande",
        "partly",
        "Kulturskolesamverkan har utökats till tolv kommuner, men andelen barn som deltar i "
        "skapande verksamhet på fritiden minskade något. Insatserna i de mindre kommunerna har "
        "inte nått den omfattning som planerades.",
    ),
    (
        "Kulturskapare ska ha goda villkor att verka i Värmland",
        "achieved",
        "Nämnden har fördelat 46 arbetsstipendier och infört ett nytt residensprogram i "
        "Arvika. Antalet professionella kulturskapare med verksamhet i länet har ökat.",
    ),
    (
        "Kulturarvet ska bevaras och göras tillgängligt digitalt",
        "not_achieved",
        "Digitaliseringen av länsmuseets samlingar har försenats på grund av upphandlingen av "
        "ett nytt samlingssystem. Endast 18 procent av föremålen finns tillgängliga digitalt "
        "mot målet 30 procent.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="region-varmland-kulturnamnden-arsredovisning-2025",
        municipality="Region Värmland",
        committee="Kulturnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="fodt",
        what="a region's nämnd: Kulturnämnden, årsredovisning 2025 of Region Värmland; Writer, "
        "Liberation Serif",
        hard='the goals are numbered paragraphs of running text, each opening with a bold "Mål '
        '1. <goal>." followed by its account in the same paragraph, then an italic line '
        '"Bedömning: Målet är uppnått." (delvis uppnått / inte uppnått); no goal headings or goal '
        "table; the organisation is a region; a KPI table Utfall 2023 | Utfall 2024 | Utfall 2025; "
        "a drift table per verksamhet with Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024 "
        "and a negative deviation",
    )
    d.options["fodt"] = {
        "font": "Liberation Serif",
        "hfont": "Liberation Sans",
        "table_font": "Liberation Sans",
        "size": 11,
        "hcolor": "#8A1538",
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "first_page_plain": True,
        "header": "Region Värmland\t\tKulturnämnden",
        "footer": "Årsredovisning 2025\t\t{page}",
        "hf_size": 8.5,
        "table_rules": "rules",
        "table_size": 9,
        "margins": (2.0, 2.0, 2.5, 2.5),
    }
    d.p("Årsredovisning 2025", "title")
    d.p("Kulturnämnden", "subtitle")
    d.p("Region Värmland", "metatop")
    d.p("Fastställd av kulturnämnden 2026-02-18, § 9", "meta")
    d.page_break()
    d.h(1, "Nämndens ansvar")
    d.p(
        "Kulturnämnden ansvarar för Region Värmlands kulturpolitik och för uppdragen till de "
        "regionala kulturinstitutionerna. Nämnden fördelar bidrag till kulturlivet, "
        "utvecklingsmedel och stipendier enligt den regionala kulturplanen 2024–2027."
    )
    d.h(1, "Mål och resultat")
    d.p(
        "Regionfullmäktige har fastställt fyra mål för kulturnämnden 2025. Nedan redovisas "
        "resultatet och nämndens bedömning för vart och ett av dem."
    )
    for k, (g, s, body) in enumerate(GOALS, 1):
        d.goal(g, s)
        d.add(
            Custom(
                "goalpara",
                {"bold": f"Mål {k}. {g}.", "body": body, "status": f"Bedömning: {WORDS[s]}"},
                words=f"Mål {k}. {g}. {body}\n\nBedömning: {WORDS[s]}",
            )
        )
    d.p(
        "Sammantaget har två av fyra mål uppnåtts, ett har uppnåtts delvis och ett har inte "
        "uppnåtts."
    )
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utfall 2023",), year="2023"),
                Col(("Utfall 2024",), year="2024"),
                Col(("Utfall 2025",), year="2025"),
            ],
            rows=[
                Row("Antal besök på regionala kulturinstitutioner", [371_500, 389_200, 412_000]),
                Row("Antal kommuner som nåtts av turnéverksamhet", [14, 15, 16]),
                Row("Antal utdelade arbetsstipendier", [38, 40, 46]),
                Row("Andel digitalt tillgängliga föremål i länsmuseet", [11, 14, 18], fmt=PCT),
                Row("Antal kommuner i kulturskolesamverkan", [8, 10, 12]),
            ],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            fmt=N,
            label_width=3.2,
        )
    )
    d.h(1, "Ekonomi")
    units = [
        ("Nämnd och administration", 6_800, 6_540, 6_310),
        ("Regionala kulturinstitutioner", 118_400, 118_400, 114_900),
        ("Bidrag till kulturlivet", 24_600, 23_870, 23_150),
        ("Kulturutveckling och stipendier", 9_200, 10_390, 8_640),
        ("Länsmuseet och kulturarv", 21_000, 19_600, 20_410),
    ]
    rows = [Row(n, [b, u, b - u, f]) for n, b, u, f in units]
    tb, tu, tf = (sum(x[j] for x in units) for j in (1, 2, 3))
    assert (tb, tu, tb - tu) == (180_000, 178_800, 1_200), (tb, tu, tf)
    rows.append(Row("Summa", [tb, tu, tb - tu, tf], total=True))
    d.p(
        "Nämnden redovisar ett överskott om 1 200 tkr. Kulturutveckling och stipendier har ett "
        "underskott eftersom residensprogrammet startade tidigare än planerat, medan "
        "digitaliseringen av länsmuseets samlingar har försenats."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning",
            note="Avvikelse = budget minus utfall.",
            fmt=N,
            label_width=2.8,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    w = fodt.FodtWriter(doc)

    def goalpara(b: Custom) -> str:
        if "GBold" not in "".join(w.auto):
            w.auto += [
                '<style:style style:name="GBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
                '<style:style style:name="GItal" style:family="paragraph" style:parent-style-name="Text_20_body">'
                '<style:text-properties fo:font-style="italic"/></style:style>',
            ]
        g = b.data
        return (
            f'<text:p text:style-name="Text_20_body"><text:span text:style-name="GBold">'
            f"{_span_text(g['bold'])}</text:span> {_span_text(g['body'])}</text:p>"
            f'<text:p text:style-name="GItal">{_span_text(g["status"])}</text:p>'
        )

    return fodt.build(doc, out / "sources", out, custom={"goalpara": goalpara}, writer=w)

"""Oxelösund, Barn- och utbildningsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no
title page: a balanced scorecard whose goals have one- to three-word noun titles ("Trygghet",
"Lärande", "Hälsa", "Attraktiv arbetsgivare", "Ekonomi i balans") set as bold headings under
"Perspektiv: …" headings, each with a "Måluppfyllelse: …" line, a short text and a small indicator
table; ordinary sub-headings of the same look that are NOT goals ("Bakgrund", "Året i korthet",
"Ekonomi", "Personal", "Framtid"), two of them followed by a small table of their own."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Doc, H, NumFmt, P, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# perspektiv: [(goal, status, text, [(indicator, 2023, 2024, 2025, target, fmt)])]
SCORECARD = [
    (
        "Brukare",
        [
            (
                "Trygghet",
                "achieved",
                "Barn och elever ska känna sig trygga i förskolan och skolan. Båda indikatorerna "
                "når målvärdet och tryggheten har ökat för tredje året i rad. Rastvärdar och ett "
                "gemensamt arbete mot kränkande behandling har gett effekt.",
                [
                    (
                        "Andel elever i åk 5 som känner sig trygga i skolan",
                        88,
                        90,
                        92,
                        "≥ 90 %",
                        PCT,
                    ),
                    (
                        "Andel vårdnadshavare i förskolan som upplever att barnet är tryggt",
                        94,
                        95,
                        96,
                        "≥ 95 %",
                        PCT,
                    ),
                ],
            ),
            (
                "Lärande",
                "partly",
                "Alla elever ska nå så långt som möjligt i sitt lärande. Resultaten i åk 9 har "
                "förbättrats, men behörigheten till gymnasieskolans yrkesprogram når inte "
                "målvärdet. Skillnaderna mellan flickors och pojkars resultat är fortsatt stora.",
                [
                    (
                        "Andel elever i åk 9 som är behöriga till yrkesprogram",
                        79.4,
                        81.2,
                        83.5,
                        "≥ 86 %",
                        PCT1,
                    ),
                    ("Genomsnittligt meritvärde i åk 9", 212.6, 219.8, 221.4, "≥ 225", DEC1),
                ],
            ),
            (
                "Hälsa",
                "not_achieved",
                "Barn och elever ska ha goda förutsättningar för en god hälsa. Andelen elever som "
                "upplever god hälsa har minskat, och färre rör sig en timme om dagen. Elevhälsan "
                "har under hösten börjat ett arbete med rörelse under skoldagen.",
                [
                    ("Andel elever i åk 8 som upplever god hälsa", 71, 68, 66, "≥ 75 %", PCT),
                    (
                        "Andel elever i åk 8 som rör sig minst 60 minuter per dag",
                        41,
                        43,
                        40,
                        "≥ 50 %",
                        PCT,
                    ),
                ],
            ),
        ],
    ),
    (
        "Medarbetare",
        [
            (
                "Attraktiv arbetsgivare",
                "partly",
                "Nämnden ska kunna rekrytera och behålla behöriga medarbetare. Andelen "
                "legitimerade lärare har ökat men ligger under målvärdet, medan "
                "medarbetarengagemanget når målet.",
                [
                    (
                        "Andel lärare med legitimation i grundskolan",
                        74.8,
                        76.1,
                        78.9,
                        "≥ 80 %",
                        PCT1,
                    ),
                    ("Hållbart medarbetarengagemang (HME), index", 76, 77, 79, "≥ 78", N),
                ],
            ),
            (
                "Arbetsmiljö",
                "achieved",
                "Medarbetarna ska ha en god och hälsosam arbetsmiljö. Sjukfrånvaron har minskat "
                "inom alla verksamheter och är nu lägre än målvärdet.",
                [
                    ("Sjukfrånvaro bland nämndens medarbetare", 7.9, 7.4, 6.6, "≤ 7,0 %", PCT1),
                ],
            ),
        ],
    ),
    (
        "Ekonomi",
        [
            (
                "Ekonomi i balans",
                "not_achieved",
                "Verksamheten ska bedrivas inom den budget som kommunfullmäktige har beslutat. "
                "Nämnden redovisar ett underskott, främst inom grundskolan, anpassad grundskola "
                "och gymnasieskolan.",
                [
                    (
                        "Budgetavvikelse i procent av nettobudget",
                        -0.6,
                        0.3,
                        -1.2,
                        "≥ 0,0 %",
                        PCT1,
                    ),
                ],
            ),
            (
                "Hållbar miljö",
                "partly",
                "Verksamheten ska minska sin klimatpåverkan. Matsvinnet i skolrestaurangerna har "
                "minskat men når ännu inte målvärdet, medan andelen ekologiska livsmedel gör det.",
                [
                    ("Matsvinn i skolrestaurangerna, gram per portion", 38, 34, 32, "≤ 30", N),
                    ("Andel ekologiska livsmedel", 29, 31, 33, "≥ 30 %", PCT),
                ],
            ),
        ],
    ),
]

NYCKELTAL = [
    ("Antal inskrivna barn i förskola, genomsnitt", 562, 548, 531, "–", N),
    ("Antal elever i grundskola, förskoleklass–åk 9", 1398, 1412, 1405, "–", N),
    ("Antal barn per årsarbetare i förskola", 5.2, 5.3, 5.1, "≤ 5,2", DEC1),
    ("Antal elever per lärare i grundskola, heltidstjänst", 12.1, 12.4, 12.6, "≤ 12,5", DEC1),
    ("Nettokostnad per elev i grundskola, kr", 118_400, 123_900, 129_300, "–", N),
    ("Andel gymnasieelever med examen inom fyra år", 69.8, 71.5, 70.2, "≥ 75 %", PCT1),
]

PERSONAL = [
    ("Antal tillsvidareanställda", 512, 518, 509, N),
    ("Antal årsarbetare", 536.4, 541.0, 529.8, DEC1),
    ("Personalomsättning", 11.3, 10.1, 9.4, PCT1),
]

# verksamhet: budget 2025, utfall 2025, utfall 2024 (tkr); avvikelse = budget minus utfall
DRIFT = [
    ("Nämnd och förvaltningsledning", 18_600, 18_150, 17_820),
    ("Förskola", 82_300, 81_640, 80_210),
    ("Grundskola och fritidshem", 164_900, 167_420, 160_380),
    ("Anpassad grundskola", 14_200, 15_310, 13_940),
    ("Gymnasieskola", 66_800, 68_950, 64_720),
    ("Vuxenutbildning", 15_600, 15_240, 15_010),
]


def sub(d: Doc, title: str) -> None:
    """A short bold sub-heading: goals and ordinary sub-headings look exactly alike."""
    d.h(3, title, toc=False, style="sub")


def build() -> Doc:
    d = Doc(
        stem="oxelosund-barn-och-utbildningsnamnden-verksamhetsberattelse-2025",
        municipality="Oxelösund",
        committee="Barn- och utbildningsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Barn- och utbildningsnämnden, verksamhetsberättelse 2025 built on a balanced "
        "scorecard (reportlab, Carlito), no title page",
        hard='the goals have very short noun titles of one to three words ("Trygghet", '
        '"Lärande", "Hälsa", "Attraktiv arbetsgivare", "Arbetsmiljö", "Ekonomi i balans", '
        '"Hållbar miljö"), each a bold heading under a "Perspektiv: Brukare" / "Perspektiv: '
        'Medarbetare" / "Perspektiv: Ekonomi" heading, followed by a line "Måluppfyllelse: '
        'Uppfyllt" / "Delvis uppfyllt" / "Ej uppfyllt", a short text and an indicator table '
        "Indikator | 2023 | 2024 | 2025 | Mål 2025; ordinary sub-headings set in exactly the "
        'same bold style are NOT goals ("Bakgrund", "Året i korthet", "Ekonomi", "Personal", '
        '"Framtid"), "Personal" followed by a small table of its own (Personal | 2023 | 2024 | '
        '2025, no target) and "Ekonomi" by the drift table, and the word "Ekonomi" is also a '
        "perspective and the start of a goal; a nyckeltal table 2023 | 2024 | 2025 | Mål 2025 "
        'with "–" for no target; a drift table Budget 2025 | Utfall 2025 | Avvikelse | Utfall '
        "2024 in tkr (budget minus utfall) with Summa; the municipality as "
        '"Oxelösunds kommun" in the masthead and the running header',
    )
    d.p("Verksamhetsberättelse 2025", "title")
    d.p("Barn- och utbildningsnämnden", "subtitle")
    d.p("Oxelösunds kommun · Beslutad av nämnden 2026-02-17, § 9 · Dnr BUN 2026/14", "meta")

    d.h(1, "Inledning")
    sub(d, "Bakgrund")
    d.p(
        "Barn- och utbildningsnämnden ansvarar för förskola, pedagogisk omsorg, grundskola, "
        "fritidshem, anpassad grundskola och vuxenutbildning i Oxelösunds kommun. Nämnden "
        "ansvarar också för kommunens elever i gymnasieskolan, som går i andra kommuners och "
        "fristående skolor genom samverkansavtal. Verksamheten följs upp i nämndens styrkort med "
        "tre perspektiv: brukare, medarbetare och ekonomi."
    )
    sub(d, "Året i korthet")
    d.bullets(
        "Den nya förskolan i Stenvik öppnade i augusti med sex avdelningar.",
        "Meritvärdet i åk 9 ökade för andra året i rad.",
        "Sjukfrånvaron bland medarbetarna minskade till 6,6 procent.",
        "Nämnden redovisar ett underskott om 4,3 miljoner kronor.",
    )

    d.h(1, "Måluppfyllelse")
    d.p(
        "Varje mål bedöms utifrån indikatorerna och verksamhetens analys som uppfyllt, delvis "
        "uppfyllt eller ej uppfyllt. Av nämndens sju mål är två uppfyllda, tre delvis uppfyllda "
        "och två ej uppfyllda."
    )
    for persp, goals in SCORECARD:
        d.h(2, f"Perspektiv: {persp}", toc=False)
        for title, status, text, inds in goals:
            d.goal(title, status)
            sub(d, title)
            d.add(P(f"Måluppfyllelse: {WORDS[status]}", "status"))
            d.p(text)
            d.table(
                Table(
                    label_head=("Indikator",),
                    cols=[
                        Col(("2023",), year="2023", width=0.55),
                        Col(("2024",), year="2024", width=0.55),
                        Col(("2025",), year="2025", width=0.55),
                        Col(("Mål 2025",), width=0.7),
                    ],
                    rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in inds],
                    kind="kpi",
                    label_width=3.9,
                    style="ind",
                )
            )

    d.h(1, "Nyckeltal")
    d.p(
        "Antalet barn i förskolan fortsätter att minska, medan antalet elever i grundskolan är "
        "i stort sett oförändrat. Kostnaden per elev har ökat, främst till följd av högre "
        "kostnader för lokaler och för elever med behov av särskilt stöd."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023", width=0.6),
                Col(("2024",), year="2024", width=0.6),
                Col(("2025",), year="2025", width=0.6),
                Col(("Mål 2025",), width=0.7),
            ],
            rows=[Row(n, [a, b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in NYCKELTAL],
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            label_width=3.9,
        )
    )

    d.h(1, "Ekonomi, personal och framtid")
    sub(d, "Ekonomi")
    rows = [Row(n, [b, u, b - u, u24]) for n, b, u, u24 in DRIFT]
    tb, tu, t24 = (sum(x[j] for x in DRIFT) for j in (1, 2, 3))
    assert (tb, tu, tb - tu, t24) == (362_400, 366_710, -4_310, 352_080), (tb, tu, t24)
    assert round((tb - tu) / tb * 100, 1) == -1.2
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu, t24], total=True))
    d.p(
        "Nämnden redovisar ett underskott om 4 310 tkr, vilket motsvarar 1,2 procent av "
        "nettobudgeten. Grundskolan och anpassad grundskola har haft fler elever med behov av "
        "särskilt stöd än budgeterat, och kostnaderna för interkommunala ersättningar i "
        "gymnasieskolan har ökat. Förskolan och vuxenutbildningen redovisar överskott."
    )
    d.table(
        Table(
            label_head=("Verksamhet, tkr",),
            cols=[
                Col(("Budget 2025",)),
                Col(("Utfall 2025",)),
                Col(("Avvikelse",)),
                Col(("Utfall 2024",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet",
            note="Avvikelse = budget minus utfall. Negativt belopp anger underskott.",
            fmt=N,
            label_width=2.6,
        )
    )
    sub(d, "Personal")
    d.p(
        "Antalet årsarbetare minskade under året, främst inom förskolan där barnantalet har "
        "minskat. Personalomsättningen är den lägsta på fem år."
    )
    d.table(
        Table(
            label_head=("Personal",),
            cols=[
                Col(("2023",), year="2023", width=0.6),
                Col(("2024",), year="2024", width=0.6),
                Col(("2025",), year="2025", width=0.6),
            ],
            rows=[Row(n, [a, b, c], fmt=f) for n, a, b, c, f in PERSONAL],
            kind="kpi",
            label_width=3.2,
            style="ind",
        )
    )
    sub(d, "Framtid")
    d.p(
        "Barnantalet i förskolan väntas fortsätta att minska de närmaste åren, och nämnden "
        "behöver anpassa antalet avdelningar. Behovet av legitimerade lärare är fortsatt stort. "
        "Inför 2026 prioriteras arbetet med elevernas hälsa och en ekonomi i balans."
    )
    d.options["check_joins"] = []
    return d


def render(doc: Doc, out: Path) -> Path:
    teal = colors.HexColor("#00616E")
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 13.6,
        "hcolor": teal,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E3EFF0"),
        "header": "Oxelösunds kommun\t\tBarn- och utbildningsnämnden",
        "footer": "Verksamhetsberättelse 2025\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.1 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    sub_st = ParagraphStyle("sub", parent=r.styles["h3"], textColor=colors.black, fontSize=11,
                            leading=13.5, spaceBefore=7, spaceAfter=2)  # fmt: skip
    r.styles["title"] = ParagraphStyle("title2", parent=r.styles["title"], fontSize=24,
                                       leading=29, spaceAfter=4)  # fmt: skip
    r.styles["subtitle"] = ParagraphStyle("subtitle2", parent=r.styles["subtitle"], fontSize=14,
                                          leading=18, spaceAfter=2)  # fmt: skip
    r.styles["meta"] = ParagraphStyle("meta2", parent=r.styles["meta"], spaceAfter=8,
                                      textColor=colors.HexColor("#505050"))  # fmt: skip
    r.styles["status"] = ParagraphStyle("status2", parent=r.styles["body"], spaceAfter=2,
                                        fontName="Carlito-Italic")  # fmt: skip

    def heading(b: H) -> Paragraph:
        st = sub_st if b.style == "sub" else r.styles[f"h{min(b.level, 3)}"]
        return Paragraph(escape(b.full), st)

    r.heading_factory = heading
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

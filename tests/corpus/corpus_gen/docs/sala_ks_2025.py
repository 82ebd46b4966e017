"""Sala, Kommunstyrelsen, årsredovisning 2025 (reportlab, Liberation Serif body, Liberation Sans
headings and tables): the kommunstyrelse's report covers four förvaltningar, each a section of its
own with a short goal table (the same header in every table, distinct goals) and a small KPI
table; one combined drift table per förvaltning at the end."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {
    "achieved": "Uppfyllt",
    "partly": "Delvis uppfyllt",
    "not_achieved": "Ej uppfyllt",
    "unassessed": "Ej bedömt",
}
GHEAD = ("Mål", "Måluppfyllelse 2025", "Kommentar")
KCOLS = [
    Col(("Utfall 2024",), year="2024"),
    Col(("Utfall 2025",), year="2025"),
    Col(("Målvärde 2025",)),
]

# förvaltning (heading), genitive for captions, intro, goals [(goal, status, comment)], kpis
FORV = [
    (
        "Kommunledningsförvaltningen",
        "Kommunledningsförvaltningens",
        "Kommunledningsförvaltningen stödjer kommunstyrelsen i styrning och uppföljning och "
        "ansvarar för ekonomi, personal, kommunikation, IT och kansli. Under året har ett nytt "
        "ärendehanteringssystem införts och kontaktcenter har utökat sina öppettider.",
        [
            (
                "Medborgarna ska få svar på sina frågor inom en arbetsdag",
                "partly",
                "87 procent av e-posten besvarades inom en arbetsdag.",
            ),
            (
                "Kommunen ska vara en attraktiv arbetsgivare",
                "achieved",
                "HME-index ökade till 81 och personalomsättningen minskade.",
            ),
            (
                "Andelen digitala e-tjänster ska öka",
                "achieved",
                "Tolv nya e-tjänster lanserades, totalt 64.",
            ),
        ],
        [
            ("Andel e-post besvarad inom en arbetsdag", [84, 87, Raw("≥ 90 %")], PCT),
            ("Hållbart medarbetarengagemang (HME), index", [78, 81, Raw("≥ 80")], N),
            ("Antal e-tjänster", [52, 64, Raw("60")], N),
        ],
    ),
    (
        "Samhällsbyggnadsförvaltningen",
        "Samhällsbyggnadsförvaltningens",
        "Samhällsbyggnadsförvaltningen ansvarar för fysisk planering, bygglov, gator och parker "
        "samt mark och exploatering. Efterfrågan på bostadsmark har varit lägre än väntat, men "
        "två detaljplaner för verksamhetsområden vid Sala norra har vunnit laga kraft.",
        [
            (
                "Det ska finnas planlagd mark för minst 150 nya bostäder",
                "not_achieved",
                "Planer för 96 bostäder antogs; två planer har försenats av överklaganden.",
            ),
            (
                "Handläggningstiden för bygglov ska vara högst fem veckor",
                "partly",
                "Mediantiden var 4,6 veckor, men 14 procent av ärendena tog längre tid.",
            ),
            (
                "Trafiksäkerheten vid skolorna ska förbättras",
                "achieved",
                "Nya gång- och cykelpassager vid fyra skolor är byggda.",
            ),
        ],
        [
            ("Handläggningstid bygglov, median, veckor", [5.4, 4.6, Raw("≤ 5,0")], DEC1),
            ("Antal bostäder i antagna detaljplaner", [128, 96, Raw("150")], N),
        ],
    ),
    (
        "Kultur- och fritidsförvaltningen",
        "Kultur- och fritidsförvaltningens",
        "Kultur- och fritidsförvaltningen driver biblioteken, Sala simhall, fritidsgårdarna och "
        "kulturskolan. Simhallen var stängd i sju veckor för renovering under våren, vilket "
        "påverkar besöksstatistiken.",
        [
            (
                "Fler barn och unga ska delta i kulturskolans verksamhet",
                "achieved",
                "Antalet elever ökade till 742, bland annat genom kurser på fritidsgårdarna.",
            ),
            (
                "Biblioteken ska nå nya besöksgrupper",
                "unassessed",
                "Besöksenkäten genomförs vartannat år; nästa mätning görs 2026.",
            ),
        ],
        [
            ("Antal elever i kulturskolan", [688, 742, Raw("700")], N),
            ("Antal besök i Sala simhall, tusental", [164, 139, Raw("165")], N),
        ],
    ),
    (
        "Räddningstjänsten",
        "Räddningstjänstens",
        "Räddningstjänsten i Sala svarar för räddningsinsatser, tillsyn enligt lagen om skydd mot "
        "olyckor och utbildning av allmänheten. Året präglades av en torr sommar med flera "
        "skogsbränder.",
        [
            (
                "Insatstiden till bostadsbränder i tätorten ska vara högst tio minuter",
                "partly",
                "Målet nåddes i Sala tätort men inte i Ransta.",
            ),
            (
                "Samtliga planerade tillsyner ska genomföras",
                "not_achieved",
                "71 av 90 tillsyner genomfördes på grund av vakanser.",
            ),
        ],
        [
            ("Andel insatser inom tio minuter, tätort", [82, 86, Raw("≥ 90 %")], PCT),
            ("Antal genomförda tillsyner", [84, 71, Raw("90")], N),
            ("Antal utbildade i brandkunskap", [1_240, 1_385, None], N),
        ],
    ),
]


def build() -> Doc:
    d = Doc(
        stem="sala-kommunstyrelsen-arsredovisning-2025",
        municipality="Sala",
        committee="Kommunstyrelsen",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025 – Kommunstyrelsen",
        engine="reportlab",
        what="Kommunstyrelsen, årsredovisning 2025 of a kommunstyrelse with four förvaltningar "
        "(reportlab, Liberation Serif body, Liberation Sans headings and tables)",
        hard="the goals are spread over four sections, one per förvaltning "
        '("3.1 Kommunledningsförvaltningen" … "3.4 Räddningstjänsten"), each with a short goal '
        "table of its own under the same header Mål | Måluppfyllelse 2025 | Kommentar "
        '("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"), ten distinct goals in all, '
        "and a small KPI table of its own (Utfall 2024 | Utfall 2025 | Målvärde 2025), so the "
        "förvaltning names stand as headings where a reader may take them for the committee; "
        "one combined drift table per förvaltning (Utfall 2024 | Budget 2025 | Utfall 2025 | "
        "Avvikelse, tkr, costs with a minus sign, utfall minus budget) with a total "
        '"Kommunstyrelsen totalt"; the municipality as "Sala kommun" on the cover and in the '
        "footer",
    )
    d.add(
        Custom("cover", {}, words="Årsredovisning 2025\nKommunstyrelsen\nSala kommun"),
    )
    d.h(1, "Kommunstyrelsens uppdrag", "1")
    d.p(
        "Kommunstyrelsen leder och samordnar kommunens verksamhet och har uppsikt över "
        "nämnderna och de kommunala bolagen. Under kommunstyrelsen finns fyra förvaltningar: "
        "kommunledningsförvaltningen, samhällsbyggnadsförvaltningen, kultur- och "
        "fritidsförvaltningen och räddningstjänsten. Varje förvaltning har egna mål som "
        "kommunstyrelsen har beslutat om i verksamhetsplanen för 2025."
    )
    d.h(1, "Samlad måluppfyllelse", "2")
    n = sum(len(f[3]) for f in FORV)
    cnt = {s: sum(1 for f in FORV for _g, st, _c in f[3] if st == s) for s in WORDS}
    assert (n, cnt["achieved"], cnt["partly"], cnt["not_achieved"], cnt["unassessed"]) == (
        10,
        4,
        3,
        2,
        1,
    ), cnt
    d.p(
        "Kommunstyrelsen har tio mål för 2025 fördelade på de fyra förvaltningarna. Fyra mål är "
        "uppfyllda, tre är delvis uppfyllda och två är inte uppfyllda. Ett mål har inte kunnat "
        "bedömas eftersom mätningen görs vartannat år. Förvaltningarnas mål och nyckeltal "
        "redovisas i avsnitt 3."
    )
    d.h(1, "Förvaltningarnas verksamhet och mål", "3")
    tab = 1
    for i, (name, gen, intro, goals, kpis) in enumerate(FORV, start=1):
        d.h(2, name, f"3.{i}")
        d.p(intro)
        lines = [f"Tabell {tab}. {gen} mål", "\t".join(GHEAD)]
        for g, s, c in goals:
            d.goal(g, s)
            lines.append(f"{g}\t{WORDS[s]}\t{c}")
        d.add(Custom("goaltable", {"goals": goals, "caption": lines[0]}, words="\n".join(lines)))
        tab += 1
        d.table(
            Table(
                label_head=("Nyckeltal",),
                cols=KCOLS,
                rows=[Row(k, v, fmt=f) for k, v, f in kpis],
                kind="kpi",
                caption=f"Tabell {tab}. {gen} nyckeltal",
                label_width=3.4,
            )
        )
        tab += 1
    d.h(1, "Ekonomi", "4")
    units = [
        ("Kommunledningsförvaltningen", -118_420, -121_600, -119_870),
        ("Samhällsbyggnadsförvaltningen", -71_360, -74_900, -77_240),
        ("Kultur- och fritidsförvaltningen", -58_930, -61_200, -60_150),
        ("Räddningstjänsten", -39_870, -41_300, -42_980),
    ]
    tot = [sum(u[j] for u in units) for j in (1, 2, 3)]
    assert tot[2] - tot[1] == -1_240, tot
    rows = [Row(nm, [u24, b, u, u - b]) for nm, u24, b, u in units]
    rows.append(
        Row("Kommunstyrelsen totalt", [tot[0], tot[1], tot[2], tot[2] - tot[1]], total=True)
    )
    d.p(
        "Kommunstyrelsens nettokostnad blev 300,2 mnkr, vilket är 1,2 mnkr mer än budget. "
        "Samhällsbyggnadsförvaltningen redovisar ett underskott till följd av lägre intäkter från "
        "markförsäljning och högre kostnader för vinterväghållningen, och räddningstjänsten ett "
        "underskott för skogsbrandsinsatserna. Kommunledningsförvaltningen och kultur- och "
        "fritidsförvaltningen redovisar överskott."
    )
    d.table(
        Table(
            label_head=("Förvaltning, tkr",),
            cols=[
                Col(("Utfall", "2024")),
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption=f"Tabell {tab}. Driftredovisning per förvaltning",
            note="Nettokostnad; avvikelse = utfall minus budget, ett negativt tal är ett underskott.",
            fmt=N,
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    red = colors.HexColor("#8C1D2C")
    o = {
        "font": "LiberationSerif",
        "hfont": "LiberationSans",
        "table_font": "LiberationSans",
        "size": 10.5,
        "leading": 14,
        "hcolor": red,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#F1E3E5"),
        "footer": "Sala kommun  |  Årsredovisning 2025 – Kommunstyrelsen\t\tSida {page} av {pages}",
        "hf_font": "LiberationSans",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 230),
            r.para("Årsredovisning 2025", "title"),
            r.para("Kommunstyrelsen", "subtitle"),
            rl.Spacer(1, 220),
            r.para("Sala kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(b: Custom) -> list:
        data = [[p(h, "cellb") for h in GHEAD]]
        for g, s, c in b.data["goals"]:
            data.append([p(g), p(WORDS[s]), p(c)])
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F1E3E5")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        widths = [0.40, 0.17, 0.43]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para(b.data["caption"], "caption"), tbl, rl.Spacer(1, 8)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

"""Växjö, Vård- och omsorgsnämnden, årsredovisning 2025 exported from a goal-management system
(Stratsys-like): each goal's assessment is only a coloured circle."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, PageBreak, Row, Table

GREEN, YELLOW, RED, GREY = (
    colors.HexColor(c) for c in ("#3AAA35", "#F9B200", "#E2001A", "#BDBDBD")
)
COLOR = {"achieved": GREEN, "partly": YELLOW, "not_achieved": RED, "unassessed": GREY}
BLUE = colors.HexColor("#005B99")
PCT = NumFmt(dec=1, suffix=" %")


def build() -> Doc:
    d = Doc(
        stem="vaxjo-vard-och-omsorgsnamnden-arsredovisning-2025",
        municipality="Växjö",
        committee="Vård- och omsorgsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Årsredovisning 2025",
        engine="reportlab",
        what="Vård- och omsorgsnämnden, årsredovisning 2025 as a goal-management system (Stratsys-like) "
        "prints it",
        hard="a goal's assessment is only a filled vector circle (green/yellow/red/grey) with a colour legend; "
        "every goal is listed twice (summary table and detail); indicators carry circles of their own; "
        'KF goals (no assessment) above the committee\'s goals; footer "… 4(10)" and a print date in 2026',
    )
    d.p("Årsredovisning 2025", "title")
    d.p("Vård- och omsorgsnämnden", "subtitle")
    d.p("Växjö kommun", "subtitle")
    d.p("Utskriftsdatum: 2026-02-11", "meta")
    d.add(PageBreak())
    d.h(1, "Verksamhetens uppdrag")
    d.p(
        "Vård- och omsorgsnämnden ansvarar för vård och omsorg om äldre, för kommunal hälso- och sjukvård i "
        "ordinärt och särskilt boende samt för bostadsanpassningsbidrag. Nämnden ansvarar också för stöd till "
        "anhöriga och för biståndsbedömning enligt socialtjänstlagen för personer över 65 år. Verksamheten "
        "bedrivs i egen regi och genom avtal med privata utförare inom hemtjänst."
    )
    d.p(
        "Under 2025 hade nämnden i genomsnitt 1 940 brukare med hemtjänst och 712 platser i särskilt boende. "
        "Omsorgsförvaltningen hade vid årets slut 2 180 tillsvidareanställda medarbetare."
    )
    d.h(1, "Årets viktigaste händelser")
    d.p(
        "Det nya särskilda boendet Evedal med 90 platser togs i bruk i april. Samtidigt avvecklades två äldre "
        "boenden med dubbelrum. Införandet av digital nattillsyn fortsatte och omfattar nu 410 brukare i ordinärt "
        "boende. Nämnden beslutade om en ny modell för resursfördelning till hemtjänsten som införs från 2026."
    )
    d.p(
        "Bristen på sjuksköterskor har påverkat verksamheten under sommaren. Inhyrda sjuksköterskor har använts i "
        "större omfattning än planerat, vilket syns i det ekonomiska resultatet."
    )
    d.h(1, "Måluppfyllelse i sammandrag")
    d.p(
        "Nämnden har sju nämndmål som bidrar till kommunfullmäktiges tre mål. Tabellen visar nämndens "
        "bedömning av varje mål vid årets slut. Färgernas betydelse framgår av förklaringen under tabellen."
    )

    kf = [
        (
            "Växjö ska vara en trygg och inkluderande kommun",
            [
                (
                    "Brukare inom äldreomsorgen ska uppleva trygghet i sitt boende",
                    "achieved",
                    [
                        "Resultatet i Socialstyrelsens brukarundersökning visar att tryggheten har ökat både i särskilt "
                        "boende och i hemtjänsten. Arbetet med fasta omsorgskontakter och kontaktmannaskap har "
                        "prioriterats, och det nya boendet har en utformning som ger fler brukare eget rum med eget hygienrum."
                    ],
                    [
                        (
                            "Andel brukare i särskilt boende som känner sig trygga",
                            [86.0, 87.4, 89.9],
                            "88,0 %",
                            "achieved",
                        ),
                        (
                            "Andel brukare i hemtjänsten som känner sig trygga hemma",
                            [84.2, 85.0, 87.1],
                            "86,0 %",
                            "achieved",
                        ),
                    ],
                ),
                (
                    "Fler äldre ska kunna bo kvar i ordinärt boende med stöd av hemtjänst",
                    "partly",
                    [
                        "Andelen personer 80 år och äldre som bor i ordinärt boende har ökat något. Väntetiden till särskilt "
                        "boende har samtidigt ökat, vilket innebär att fler med stora behov bor kvar hemma längre än de själva "
                        "önskar. Förvaltningen har utvecklat korttidsverksamheten för att möta behoven."
                    ],
                    [
                        (
                            "Andel invånare 80 år och äldre i ordinärt boende",
                            [90.8, 91.0, 91.3],
                            "91,5 %",
                            "partly",
                        ),
                        (
                            "Väntetid till särskilt boende, medelvärde dagar",
                            [48, 55, 63],
                            "50",
                            "not_achieved",
                        ),
                    ],
                ),
            ],
        ),
        (
            "Välfärden ska hålla hög kvalitet och vara tillgänglig",
            [
                (
                    "Kontinuiteten i hemtjänsten ska öka",
                    "not_achieved",
                    [
                        "Antalet olika personal som en brukare med hemtjänst möter under en fjortondagarsperiod har ökat "
                        "till 17. Ökningen förklaras av hög personalomsättning och av att fler brukare har insatser flera "
                        "gånger per dygn. Planeringen av arbetspass ses över i samtliga hemtjänstgrupper under 2026."
                    ],
                    [
                        (
                            "Personalkontinuitet i hemtjänsten, antal personal på 14 dagar",
                            [15, 16, 17],
                            "14",
                            "not_achieved",
                        )
                    ],
                ),
                (
                    "Andelen brukare med en aktuell genomförandeplan ska öka",
                    "achieved",
                    [
                        "Genomförandeplanerna har följts upp systematiskt vid kvalitetsdialoger med varje enhet. Andelen "
                        "aktuella planer har ökat i både hemtjänst och särskilt boende och målvärdet har nåtts."
                    ],
                    [
                        (
                            "Andel brukare med aktuell genomförandeplan",
                            [78.5, 83.9, 92.4],
                            "90,0 %",
                            "achieved",
                        )
                    ],
                ),
                (
                    "Fallskador bland personer i särskilt boende ska minska",
                    "unassessed",
                    [
                        "Registreringen av fall gjordes under 2025 i ett nytt verksamhetssystem. Uppgifterna för året är "
                        "inte jämförbara med tidigare år och har därför inte kunnat användas för en bedömning."
                    ],
                    [
                        (
                            "Antal fall med skada per 1 000 boendedygn",
                            [1.9, 1.8, None],
                            "1,6",
                            "unassessed",
                        )
                    ],
                ),
            ],
        ),
        (
            "Växjö kommun ska vara en attraktiv arbetsgivare",
            [
                (
                    "Sjukfrånvaron bland medarbetarna ska minska",
                    "partly",
                    [
                        "Sjukfrånvaron har minskat jämfört med 2024 men är fortfarande över målvärdet. Den korta "
                        "sjukfrånvaron har minskat mest, medan långtidssjukfrånvaron är oförändrad."
                    ],
                    [("Sjukfrånvaro, procent av arbetad tid", [10.2, 9.6, 9.1], "8,5", "partly")],
                ),
                (
                    "Andelen heltidsanställda ska öka",
                    "achieved",
                    [
                        "Heltid som norm har införts i hela förvaltningen. Andelen medarbetare med heltidsanställning har "
                        "ökat till 76,3 procent, vilket är över målvärdet."
                    ],
                    [
                        (
                            "Andel tillsvidareanställda med heltid",
                            [68.0, 71.9, 76.3],
                            "75,0 %",
                            "achieved",
                        )
                    ],
                ),
            ],
        ),
    ]
    summary = []
    for kf_title, goals in kf:
        for title, status, _a, _i in goals:
            d.goal(title, status)
            summary.append((kf_title, title, status))
    d.add(
        Custom(
            "summary",
            {"rows": summary},
            words="Kommunfullmäktiges mål\tNämndmål\tBedömning\n"
            + "\n".join(
                f"{k}\t{t}" if i == 0 or summary[i - 1][0] != k else t
                for i, (k, t, _) in enumerate(summary)
            ),
        )
    )
    d.add(Custom("legend", {}, words="Förklaring: Uppfyllt Delvis uppfyllt Ej uppfyllt Ej bedömt"))
    d.add(PageBreak())
    d.h(1, "Nämndens mål och resultat")
    for kf_title, goals in kf:
        d.add(Custom("kf", {"title": kf_title}, words=f"Kommunfullmäktiges mål\n{kf_title}"))
        for title, status, analysis, inds in goals:
            t = Table(
                label_head=("Indikator",),
                kind="kpi",
                fmt=PCT,
                label_width=3.3,
                cols=[
                    Col(("Utfall", "2023"), year="2023"),
                    Col(("Utfall", "2024"), year="2024"),
                    Col(("Utfall", "2025"), year="2025"),
                    Col(("Målvärde", "2025")),
                ],
                rows=[
                    Row(
                        n,
                        [*v, rl_raw(target)],
                        fmt=PCT
                        if n.startswith("Andel")
                        else (NumFmt(dec=1) if any(isinstance(x, float) for x in v) else NumFmt()),
                    )
                    for n, v, target, _s in inds
                ],
            )
            d.add(
                Custom(
                    "goal",
                    {
                        "title": title,
                        "status": status,
                        "analysis": analysis,
                        "table": t,
                        "ind_status": [s for *_x, s in inds],
                    },
                    words="\n".join([title, "Analys", *analysis, "", t.text()]),
                )
            )
    d.add(PageBreak())
    d.h(1, "Ekonomi")
    d.p(
        "Nämnden redovisar ett underskott om 9 604 tkr för 2025, vilket motsvarar 0,8 procent av "
        "kommunbidraget. Underskottet beror främst på kostnader för inhyrda sjuksköterskor och på fler "
        "hemtjänsttimmar än budgeterat. Särskilt boende redovisar ett överskott till följd av att de avvecklade "
        "boendena stängde tidigare än planerat."
    )
    f = NumFmt()
    inc = [
        ("Verksamhetens intäkter", 168_400, 171_229, 164_890),
        ("Personalkostnader", -982_500, -990_833, -948_210),
        ("Lokalkostnader", -126_300, -121_944, -119_530),
        ("Köpt verksamhet", -211_800, -218_766, -204_102),
        ("Övriga kostnader", -88_900, -90_390, -85_640),
    ]
    rows = [Row(n, [b, u, u - b, u4]) for n, b, u, u4 in inc]
    sb, su, s4 = (sum(r[i] for r in inc) for i in (1, 2, 3))
    rows.append(Row("Verksamhetens nettokostnad", [sb, su, su - sb, s4], total=True))
    kb = 1_241_100
    rows.append(Row("Kommunbidrag", [kb, kb, 0, 1_190_300]))
    rows.append(Row("Årets resultat", [sb + kb, su + kb, su - sb, s4 + 1_190_300], total=True))
    assert su - sb == -9_604, su - sb
    cols = [
        Col(("Budget", "2025")),
        Col(("Utfall", "2025")),
        Col(("Avvikelse", "2025")),
        Col(("Utfall", "2024")),
    ]
    d.table(
        Table(
            label_head=("Resultaträkning (tkr)",),
            kind="is",
            fmt=f,
            cols=cols,
            rows=rows,
            label_width=2.6,
        )
    )
    units = [
        ("Nämnd och förvaltningsledning", -41_200, -39_870, -38_904),
        ("Myndighetsutövning", -36_900, -36_112, -35_060),
        ("Hemtjänst", -398_600, -405_967, -381_229),
        ("Särskilt boende", -588_300, -581_950, -569_788),
        ("Hälso- och sjukvård", -139_800, -151_318, -131_930),
        ("Korttidsvård och dagverksamhet", -36_300, -35_487, -35_681),
    ]
    ur = [Row(n, [b, u, u - b, u4]) for n, b, u, u4 in units]
    ub, uu, u4 = (sum(r[i] for r in units) for i in (1, 2, 3))
    assert (ub, uu, u4) == (sb, su, s4), (ub, sb, uu, su, u4, s4)
    ur.append(Row("Summa", [ub, uu, uu - ub, u4], total=True))
    d.table(
        Table(
            label_head=("Nettokostnad per verksamhet (tkr)",),
            kind="unit",
            fmt=f,
            cols=cols,
            rows=ur,
            label_width=2.6,
        )
    )
    d.p(
        "Hemtjänsten redovisar ett underskott om 7 367 tkr. Antalet utförda timmar ökade med 6 procent "
        "jämfört med 2024. Hälso- och sjukvården har ett underskott om 11 518 tkr som nästan helt förklaras av "
        "inhyrd personal. Särskilt boende redovisar ett överskott om 6 350 tkr."
    )
    d.h(1, "Personal")
    d.p(
        "Antalet tillsvidareanställda ökade med 64 personer under året, främst genom det nya boendet. "
        "Personalomsättningen var 11,4 procent. Förvaltningen har fortsatt arbetet med att minska användningen "
        "av timavlönade och att erbjuda heltid."
    )
    d.h(1, "Framtid")
    d.p(
        "Antalet invånare över 80 år i Växjö ökar med omkring 4 procent per år fram till 2030. Behovet av "
        "särskilt boende och hemtjänst ökar i motsvarande grad. Kompetensförsörjningen är den största "
        "utmaningen, särskilt för sjuksköterskor och undersköterskor. Nämnden behöver också fortsätta "
        "utvecklingen av välfärdsteknik för att klara åtagandet med de resurser som finns."
    )
    return d


def rl_raw(s: str):
    from ..model import Raw

    return Raw(s)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 15, 2: 12, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E8EEF5"),
        "header": "Växjö kommun",
        "footer": "Vård- och omsorgsnämnden, Årsredovisning 2025\t{page}({pages})",
        "hf_size": 8,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm, 2.0 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def circle(status: str, dia: float = 9) -> rl.Circle:
        return rl.Circle(
            COLOR[status],
            dia,
            outline=colors.HexColor("#7F7F7F") if status == "unassessed" else None,
        )

    def summary(b: Custom) -> list:
        data = [
            [
                r.cell("Kommunfullmäktiges mål", False, True),
                r.cell("Nämndmål", False, True),
                r.cell("Bedömning", False, True),
            ]
        ]
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), o["table_head_bg"]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BFBFBF")),
            ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ]
        prev = None
        for _i, (kf_title, title, status) in enumerate(b.data["rows"], start=1):
            data.append(
                [
                    r.cell(kf_title if kf_title != prev else "", False, False),
                    r.cell(title, False, False),
                    circle(status),
                ]
            )
            prev = kf_title
        return [
            rl.RLTable(
                data,
                colWidths=[W * 0.36, W * 0.5, W * 0.14],
                style=rl.TableStyle(cmds),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 6),
        ]

    def legend(_b: Custom) -> list:
        cells = [r.para("Förklaring:", "small")]
        widths = [W * 0.14]
        for st, label in (
            ("achieved", "Uppfyllt"),
            ("partly", "Delvis uppfyllt"),
            ("not_achieved", "Ej uppfyllt"),
            ("unassessed", "Ej bedömt"),
        ):
            cells += [circle(st, 8), r.para(label, "small")]
            widths += [W * 0.04, W * 0.17]
        return [
            rl.RLTable(
                [cells],
                colWidths=widths,
                style=rl.TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]),
                hAlign="LEFT",
            ),
            rl.Spacer(1, 10),
        ]

    def kf_bar(b: Custom) -> list:
        bar = rl.RLTable(
            [[r.para("Kommunfullmäktiges mål", "small")], [r.para(b.data["title"], "h3")]],
            colWidths=[W],
            style=rl.TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DCE8F3")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                ]
            ),
        )
        return [rl.Spacer(1, 6), bar, rl.Spacer(1, 6)]

    def goal(b: Custom) -> list:
        head = rl.RLTable(
            [[circle(b.data["status"], 11), r.para(b.data["title"], "h3")]],
            colWidths=[18, W - 18],
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, BLUE),
                ]
            ),
        )
        out = [
            rl.Spacer(1, 4),
            head,
            rl.para_spacer(3) if hasattr(rl, "para_spacer") else rl.Spacer(1, 3),
            r.para("Analys", "caption"),
        ]
        out += [r.para(a) for a in b.data["analysis"]]
        t: Table = b.data["table"]
        flow = r.table(t, width=W - 16)
        tbl = flow[0]
        # a circle per indicator, in a narrow column left of the table
        data = [[""] + row for row in tbl._cellvalues]
        for i, st in enumerate(b.data["ind_status"], start=1):
            data[i][0] = circle(st, 7)
        style = rl.TableStyle(tbl._cellStyles and [] or [])
        for cmd in tbl._tblStyleCmds if hasattr(tbl, "_tblStyleCmds") else []:
            style.add(*cmd)
        new = rl.RLTable(
            data,
            colWidths=[16] + list(tbl._colWidths),
            hAlign="LEFT",
            style=rl.TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("BACKGROUND", (0, 0), (-1, 0), o["table_head_bg"]),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
        )
        out += [rl.Spacer(1, 2), new, rl.Spacer(1, 10)]
        return [rl.KeepTogether(out[:4]), *out[4:]]

    r.custom.update(summary=summary, legend=legend, kf=kf_bar, goal=goal)
    story = [rl.Spacer(1, 190)] + r.flowables(doc.blocks)
    return r.build(out / f"{doc.stem}.pdf", story=story)

"""Umeå, Fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Sans): the goals stand
in a numbered hierarchy of three levels, "1" (målområde), "1.1" (kommunfullmäktiges mål) and
"1.1.1" (nämndmål), all as headings of the same look apart from their size, and only the lowest
level is assessed; the assessment is only a score "Måluppfyllelse: 3 av 4" (beside four small
drawn squares, as many filled as the score), read by a scale printed once above the goals
(4 av 4 = uppfyllt, 2–3 av 4 = delvis uppfyllt, 0–1 av 4 = inte uppfyllt), with no assessment
word beside any goal; a KPI table 2023 | 2024 | 2025 | Förändring 2024–2025 whose last column
is a signed change, not a year's value; finance in mnkr with one decimal."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, H, NumFmt, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
BLUE = colors.HexColor("#1F4E79")
HEAD_BG = colors.HexColor("#DCE6F0")

# the goal hierarchy: (målområde number, title, [(KF-mål number, title, intro,
#   [(nämndmål number, title, score, comment)])])
TREE = [
    (
        "1",
        "Livskvalitet och folkhälsa",
        [
            (
                "1.1",
                "Fler umebor ska vara fysiskt aktiva på sin fritid",
                "Kommunfullmäktiges mål. Fritidsnämnden bidrar till målet genom två nämndmål.",
                [
                    (
                        "1.1.1",
                        "Barn och unga ska ha tillgång till idrott och spontanidrott nära hemmet",
                        3,
                        "Två nya spontanidrottsytor invigdes under året, på Ersboda och i "
                        "Holmsund. Antalet besök i simhallarna ökade med 12 700. Tillgången är "
                        "fortfarande lägre i Teg och på Ålidhem än i övriga stadsdelar.",
                    ),
                    (
                        "1.1.2",
                        "Fler flickor ska delta i föreningsledd idrott",
                        1,
                        "Andelen flickor bland deltagarna i LOK-stödda aktiviteter minskade för "
                        "andra året i rad och var 39 procent. Satsningen på tjejträning i "
                        "samarbete med fem föreningar kom i gång först under hösten.",
                    ),
                ],
            ),
            (
                "1.2",
                "Umeå ska vara en inkluderande kommun där alla kan delta",
                "Kommunfullmäktiges mål. Nämnden bidrar genom fritidsgårdarna och den "
                "anpassade fritidsverksamheten.",
                [
                    (
                        "1.2.1",
                        "Fritidsgårdarna ska nå fler unga i alla stadsdelar",
                        4,
                        "Besöken på fritidsgårdarna ökade till 71 500. Den mobila verksamheten "
                        "besökte samtliga prioriterade stadsdelar minst en kväll i veckan.",
                    ),
                    (
                        "1.2.2",
                        "Personer med funktionsnedsättning ska ha tillgång till anpassade "
                        "fritidsaktiviteter",
                        2,
                        "Antalet deltagare i den anpassade fritidsverksamheten ökade till 356. "
                        "Utbudet för vuxna är fortfarande litet och väntelistan till "
                        "fritidsledsagning finns kvar.",
                    ),
                ],
            ),
        ],
    ),
    (
        "2",
        "Hållbar utveckling och effektiv verksamhet",
        [
            (
                "2.1",
                "Kommunens verksamheter ska minska sin klimatpåverkan",
                "Kommunfullmäktiges mål. Nämnden ansvarar för en stor del av kommunens "
                "energikrävande anläggningar.",
                [
                    (
                        "2.1.1",
                        "Energianvändningen i nämndens anläggningar ska minska",
                        4,
                        "Energianvändningen minskade med 1 590 MWh, främst genom ny "
                        "ventilation i Navet och värmeåtervinning i Umeå simhall.",
                    ),
                ],
            ),
            (
                "2.2",
                "Kommunens lokaler och anläggningar ska användas effektivt",
                "Kommunfullmäktiges mål. Nämnden följer beläggningen i idrottshallarna.",
                [
                    (
                        "2.2.1",
                        "Beläggningen i idrottshallarna dagtid ska öka",
                        0,
                        "Beläggningen vardagar 08–16 sjönk till 31 procent. Försöket med "
                        "gratis bokning för pensionärsföreningar gav få nya bokningar, och två "
                        "skolor har flyttat sin idrottsundervisning till egna lokaler.",
                    ),
                ],
            ),
        ],
    ),
]

LEGEND = [
    ("4 av 4", "Målet är uppfyllt"),
    ("2–3 av 4", "Målet är delvis uppfyllt"),
    ("0–1 av 4", "Målet är inte uppfyllt"),
]


def status(score: int) -> str:
    return "achieved" if score == 4 else "partly" if score >= 2 else "not_achieved"


def score_text(score: int) -> str:
    return f"Måluppfyllelse: {score} av 4"


CHG = NumFmt(plus=True, minus="−")
CHG1 = NumFmt(dec=1, plus=True, minus="−")

# name, 2023, 2024, 2025
KPIS = [
    ("Besök i simhallar och badhus, antal", 412_300, 428_900, 441_600),
    ("Besök på fritidsgårdar, antal", 61_200, 64_800, 71_500),
    ("Andel flickor bland deltagare i LOK-stödda aktiviteter, %", 41, 40, 39),
    ("Deltagare i anpassad fritidsverksamhet, antal", None, 312, 356),
    ("Beläggning i idrottshallar vardagar 08–16, %", 34, 33, 31),
    ("Energianvändning i nämndens anläggningar, MWh", 24_850, 23_900, 22_310),
    ("Nöjd-medborgar-index, fritidsmöjligheter", 66, 67, 69),
    ("Nettokostnad per invånare, kr", 2_912, 2_987, 2_961),
]


def build() -> Doc:
    d = Doc(
        stem="umea-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Umeå",
        committee="Fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025 Fritidsnämnden",
        engine="reportlab",
        what="Fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Liberation Sans), no title "
        "page",
        hard='the goals stand in a numbered hierarchy of three heading levels, "1 Livskvalitet '
        'och folkhälsa" (målområde), "1.1 Fler umebor ska vara fysiskt aktiva på sin fritid" '
        '(kommunfullmäktiges mål, with a one-line intro and no assessment) and "1.1.1 Barn och '
        'unga ska ha tillgång …" (nämndmål), and only the lowest level is assessed, six goals '
        "under four KF goals; the assessment is only a score on a line below the goal heading "
        '("Måluppfyllelse: 3 av 4", four small drawn squares beside it, as many filled as the '
        "score), read by a scale printed once in a small table above the goals (4 av 4 = "
        'uppfyllt, 2–3 av 4 = delvis uppfyllt, 0–1 av 4 = inte uppfyllt), so "2 av 4" is '
        'partly and "0 av 4" is an assessment, not a missing one; no assessment word beside '
        "any goal; a KPI table 2023 | 2024 | 2025 | Förändring 2024–2025 whose last column is a "
        'signed change ("+12 700", "−2") headed by a year range, not a value; a dash for a '
        "KPI not measured in 2023; a drift table per verksamhet and a resultaträkning in mnkr "
        "with one decimal, Budget 2025 | Utfall 2025 | Avvikelse (a zero deviation printed "
        '0,0); the municipality as "Umeå kommun" above the title and in the footer',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Umeå kommun\nVerksamhetsberättelse 2025\nFritidsnämnden\n"
            "Dnr FRN-2026/00014 · Beslutad av fritidsnämnden 2026-02-19",
        )
    )
    d.h(1, "Nämndens uppdrag och året i korthet")
    d.p(
        "Fritidsnämnden ansvarar för kommunens idrotts- och friluftsanläggningar, simhallar och "
        "badplatser, fritidsgårdar och stödet till föreningslivet i Umeå kommun. Nämnden har "
        "cirka 260 medarbetare."
    )
    d.p(
        "Under 2025 ökade besöken både i simhallarna och på fritidsgårdarna. Nämnden redovisar "
        "ett underskott om 2,0 mnkr mot kommunbidraget, främst för drift och underhåll av "
        "idrottsanläggningarna."
    )

    d.h(1, "Mål och måluppfyllelse")
    d.p(
        "Nämndens mål är ordnade i tre nivåer: kommunfullmäktiges målområden (1, 2), "
        "kommunfullmäktiges mål (1.1, 1.2 …) och nämndmålen (1.1.1, 1.1.2 …). Det är endast "
        "nämndmålen som bedöms. Varje nämndmål bedöms på en skala från 0 till 4 utifrån "
        "nämndens fastställda bedömningskriterier."
    )
    d.add(
        Custom(
            "legend",
            {},
            words="Bedömningsskala\n" + "\n".join(f"{a}\t{b}" for a, b in LEGEND),
        )
    )
    for num1, t1, kf in TREE:
        d.add(H(2, t1, num1))
        for num2, t2, intro, goals in kf:
            d.add(H(3, t2, num2))
            d.p(intro)
            for num3, t3, score, comment in goals:
                d.add(H(4, t3, num3))
                d.goal(t3, status(score))
                d.add(Custom("score", {"score": score}, words=score_text(score)))
                d.p(comment)
    scores = [g[2] for _n, _t, kf in TREE for _n2, _t2, _i, gs in kf for g in gs]
    n_ach = sum(s == 4 for s in scores)
    n_part = sum(2 <= s <= 3 for s in scores)
    assert (n_ach, n_part, len(scores)) == (2, 2, 6)
    d.add(H(2, "Sammanfattande bedömning"))
    d.p(
        "Två av sex nämndmål har uppfyllts helt och två delvis. Målen om flickors deltagande i "
        "föreningsidrotten och om beläggningen dagtid har inte uppfyllts."
    )

    d.h(1, "Nyckeltal")
    rows = []
    for name, a, b, c in KPIS:
        delta = c - b
        rows.append(Row(name, [a if a is not None else Raw("–"), b, c, Raw(CHG(delta))]))
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("2023",), year="2023"),
                Col(("2024",), year="2024"),
                Col(("2025",), year="2025"),
                Col(("Förändring", "2024–2025"), width=1.2),
            ],
            rows=rows,
            kind="kpi",
            caption="Tabell 1. Nyckeltal 2023–2025",
            note="Förändring = 2025 minus 2024, i nyckeltalets enhet (för andelar i "
            "procentenheter). Deltagare i anpassad fritidsverksamhet mäts sedan 2024.",
            label_width=4.0,
        )
    )

    d.h(1, "Ekonomi")
    # (name, budget, utfall) in tenths of mnkr, deviation = budget minus utfall
    units = [
        ("Nämnd och förvaltningsledning", 142, 138),
        ("Idrott och anläggningar", 1685, 1729),
        ("Bad och friluftsliv", 963, 951),
        ("Fritidsgårdar och ungdomsverksamhet", 587, 579),
        ("Föreningsstöd", 416, 416),
    ]
    tb = sum(u[1] for u in units)
    tu = sum(u[2] for u in units)
    assert (tb, tu) == (3793, 3813)
    d.p(
        "Nämndens nettokostnad blev 381,3 mnkr mot en budget om 379,3 mnkr, ett underskott om "
        "2,0 mnkr. Idrott och anläggningar överskred budget med 4,4 mnkr till följd av "
        "akuta reparationer i Umeå energi arena och högre elpriser under första kvartalet. "
        "Övriga verksamheter redovisar små överskott."
    )
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=[Row(n, [b / 10, u / 10, (b - u) / 10]) for n, b, u in units]
            + [Row("Summa", [tb / 10, tu / 10, (tb - tu) / 10], total=True)],
            kind="unit",
            fmt=DEC1,
            caption="Tabell 2. Driftredovisning per verksamhet, mnkr",
            note="Avvikelse = budget minus utfall; ett negativt belopp är ett underskott.",
            label_width=3.4,
        )
    )
    # resultaträkning in tenths of mnkr: (row, budget, utfall)
    inc = [
        ("Verksamhetens intäkter", 580, 624),
        ("Verksamhetens kostnader", -4373, -4437),
        ("Nettokostnad", -3793, -3813),
        ("Kommunbidrag", 3793, 3793),
        ("Resultat", 0, -20),
    ]
    for j in (1, 2):
        assert inc[0][j] + inc[1][j] == inc[2][j]
        assert inc[2][j] + inc[3][j] == inc[4][j]
    assert -inc[2][2] == tu and -inc[2][1] == tb
    d.table(
        Table(
            label_head=("Resultaträkning",),
            cols=[
                Col(("Budget", "2025")),
                Col(("Utfall", "2025")),
                Col(("Avvikelse",)),
            ],
            rows=[
                Row(n, [b / 10, u / 10, (u - b) / 10], total=n in ("Nettokostnad", "Resultat"))
                for n, b, u in inc
            ],
            kind="is",
            fmt=DEC1,
            caption="Tabell 3. Resultaträkning, mnkr",
            note="Avvikelse = utfall minus budget.",
            label_width=3.4,
        )
    )
    d.h(1, "Framtid")
    d.p(
        "Under 2026 öppnar den nya sim- och idrottshallen på Västerslätt. Nämnden ser över "
        "taxorna för bokning dagtid och fortsätter arbetet för att fler flickor ska vilja "
        "idrotta i förening."
    )
    return d


class Score(rl.Flowable):
    """'Måluppfyllelse: 3 av 4' and four small squares, as many filled as the score."""

    def __init__(self, score: int, font: str, size: float) -> None:
        super().__init__()
        self.score, self.font, self.size = score, font, size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.size * 1.5

    def draw(self) -> None:
        c = self.canv
        y = self.size * 0.35
        lab = "Måluppfyllelse:"
        c.setFillColor(colors.black)
        c.setFont(f"{self.font}-Bold", self.size)
        c.drawString(0, y, lab)
        x = rl.sw(lab + " ", f"{self.font}-Bold", self.size)
        txt = f"{self.score} av 4"
        c.setFont(self.font, self.size)
        c.drawString(x, y, txt)
        x += rl.sw(txt, self.font, self.size) + 8
        s = self.size * 0.8
        c.setStrokeColor(BLUE)
        c.setLineWidth(0.7)
        for i in range(4):
            c.setFillColor(BLUE if i < self.score else colors.white)
            c.rect(x + i * (s + 2.5), y - 0.5, s, s, stroke=1, fill=1)


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.8,
        "leading": 13.2,
        "hcolor": BLUE,
        "h_sizes": {1: 15, 2: 12.5, 3: 11, 4: 10.2},
        "table_size": 8.8,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": "",
        "footer": "Umeå kommun · Fritidsnämnden · Verksamhetsberättelse 2025\t\t"
        "Sida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.0 * rl.cm, 2.2 * rl.cm, 2.4 * rl.cm, 2.4 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    r.styles["h4"].textColor = colors.black
    r.styles["h4"].spaceBefore = 6
    r.styles["h4"].spaceAfter = 1

    def heading(b: H) -> Paragraph:
        return r.para(b.full, f"h{b.level}")

    r.heading_factory = heading

    def masthead(_b: Custom) -> list:
        org = rl.ParagraphStyle(
            "mh0",
            parent=r.styles["body"],
            fontName="LiberationSans-Bold",
            fontSize=12,
            textColor=BLUE,
            spaceAfter=14,
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=22, leading=27)
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontSize=14, leading=18, spaceAfter=4
        )
        return [
            Paragraph("Umeå kommun", org),
            Paragraph("Verksamhetsberättelse 2025", big),
            Paragraph("Fritidsnämnden", sub),
            Paragraph(
                "Dnr FRN-2026/00014 · Beslutad av fritidsnämnden 2026-02-19", r.styles["meta"]
            ),
            rl.Spacer(1, 10),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def legend(_b: Custom) -> list:
        data = [[p("Bedömningsskala", "cellb"), ""]] + [[p(a, "cellb"), p(b)] for a, b in LEGEND]
        tbl = rl.RLTable(
            data,
            colWidths=[0.16 * W, 0.36 * W],
            style=rl.TableStyle(
                [
                    ("SPAN", (0, 0), (1, 0)),
                    ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#808080")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            ),
            hAlign="LEFT",
        )
        return [tbl, rl.Spacer(1, 6)]

    def score(b: Custom) -> list:
        return [Score(b.data["score"], "LiberationSans", 9.5), rl.Spacer(1, 2)]

    r.custom.update(masthead=masthead, legend=legend, score=score)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

"""Säffle, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito). A title
page that is mostly one big photo-like picture (a drawn gradient sky over hills and a river, the
report's name set in white on it) with a picture caption below, then a table of contents with dot
leaders on a page of its own, then the content. The goals are a numbered list in the text: a small
bold label "Mål 1" on its own line above the goal's title in a larger bold type, a paragraph, the
result in italics ("Resultat: Målet är uppnått.") and only after it a small KPI table of the goal's
own, Nyckeltal | Utfall 2023 | Utfall 2024 | Utfall 2025 | Mål 2025, where some targets are words
("Öka", "Minska") and not numbers. Finance as a Resultaträkning with a "Not" column of note numbers
between the label and the amounts (costs negative), notes below it, and a drift table per
verksamhet. The municipality is named only in the cover picture's caption and in the page footer
as the web address "saffle.se"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .. import rl
from ..model import TOC, Col, Custom, Doc, NumFmt, PageBreak, Raw, Row, Table

N = NumFmt()
DEC1 = NumFmt(dec=1)
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
INK = colors.HexColor("#14385C")
TEAL = colors.HexColor("#2A7F86")
HEAD_BG = colors.HexColor("#E3EEF0")

RESULT = {
    "achieved": "Målet är uppnått.",
    "partly": "Målet är delvis uppnått.",
    "not_achieved": "Målet är inte uppnått.",
    "unassessed": "Målet har inte kunnat bedömas.",
}

CAPTION = "Omslagsbild: Kvällsljus över Byälven i centrala Säffle. Foto: Säffle kommun."

# (goal, status, paragraph, [(kpi, [2023, 2024, 2025], target as printed, fmt)])
GOALS = [
    (
        "Fler invånare ska besöka och låna på kommunens bibliotek",
        "achieved",
        "Besöken på huvudbiblioteket och de två filialerna ökade för andra året i rad. De "
        "utökade meröppettiderna, som infördes i mars, står för en stor del av ökningen, och "
        "utlånen av barn- och ungdomslitteratur ökade med elva procent.",
        [
            ("Antal besök på biblioteken", [118400, 121900, 127300], "Öka", N),
            ("Antal utlån per invånare", [4.1, 4.3, 4.6], "4,5", DEC1),
        ],
    ),
    (
        "Barn och unga ska ha en meningsfull fritid",
        "partly",
        "Deltagandet i föreningarnas verksamhet för barn och unga återhämtade sig efter en "
        "svagare höst 2024. Andelen unga som är nöjda med sin fritid minskade däremot något och "
        "når inte målvärdet, främst bland flickor i årskurs 8 och 9.",
        [
            ("Antal deltagartillfällen i föreningar, 7–20 år", [61250, 59800, 63100], "Öka", N),
            ("Andel unga som är nöjda med sin fritid", [None, 68, 66], "≥ 70 %", PCT),
        ],
    ),
    (
        "Kulturskolan ska nå fler barn och unga",
        "not_achieved",
        "Antalet elever i kulturskolan minskade för andra året. Två lärartjänster i instrument "
        "var vakanta under hösten, vilket förlängde kön till ämneskurserna.",
        [
            ("Antal elever i kulturskolan", [612, 598, 571], "Öka", N),
            ("Kötid till kulturskolans ämneskurser, månader", [5.5, 6.0, 7.5], "Minska", DEC1),
        ],
    ),
    (
        "Idrotts- och fritidsanläggningarna ska vara trygga och tillgängliga",
        "achieved",
        "Ny belysning vid motionsspåren och entrékontroll i simhallen har bidragit till att fler "
        "besökare känner sig trygga. Simhallen hade fler besök än något tidigare år.",
        [
            ("Andel besökare som känner sig trygga i anläggningarna", [84, 86, 89], "≥ 85 %", PCT),
            ("Antal besök i simhallen", [71200, 74900, 78300], "Öka", N),
        ],
    ),
    (
        "Invånarna ska vara nöjda med kommunens kulturutbud",
        "unassessed",
        "Kommunen deltog inte i medborgarundersökningen 2025, och något annat mått på "
        "invånarnas nöjdhet med kulturutbudet finns inte för året.",
        [
            ("Nöjd-Medborgar-Index, kultur", [58, 61, None], "Öka", N),
        ],
    ),
    (
        "Medarbetarna ska ha en god och hållbar arbetsmiljö",
        "partly",
        "Sjukfrånvaron minskade efter en hög nivå 2024, men engagemanget i "
        "medarbetarenkäten sjönk något och når inte målvärdet.",
        [
            ("Sjukfrånvaro", [6.8, 7.4, 6.9], "Minska", PCT1),
            ("Hållbart medarbetarengagemang (HME), index", [77, 79, 78], "≥ 80", N),
        ],
    ),
]

# Resultaträkning (tkr): label, note, utfall 2024, budget 2025, utfall 2025
RR = [
    ("Verksamhetens intäkter", "1", 9840, 9600, 10410),
    ("Personalkostnader", "2", -28760, -30150, -30420),
    ("Lokalkostnader", "3", -17930, -18400, -18290),
    ("Övriga verksamhetskostnader", "", -9410, -9350, -9880),
    ("Avskrivningar", "4", -1620, -1700, -1690),
]
KOMMUNBIDRAG = (48200, 50000, 50000)
NOTES = (
    "Noter\n"
    "1. Intäkterna består av avgifter och hyror, 6 120 tkr, samt statsbidrag, 4 290 tkr.\n"
    "2. Personalkostnaderna ökade till följd av löneöversynen och två visstidsanställningar "
    "i ungdomsverksamheten.\n"
    "3. Internhyror för bibliotek, kulturskola och idrottsanläggningar.\n"
    "4. Avskrivningar på inventarier och konstgräsplanen vid idrottsplatsen."
)

# drift per verksamhet, nettokostnad (tkr): budget 2025, utfall 2025
DRIFT = [
    ("Nämnd och administration", 2350, 2290),
    ("Bibliotek", 11800, 11640),
    ("Kulturskola", 9650, 9980),
    ("Fritid och anläggningar", 21900, 21760),
    ("Ungdomsverksamhet", 4300, 4200),
]


def goal_table(kpis: list) -> Table:
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("Utfall 2023",), year="2023"),
            Col(("Utfall 2024",), year="2024"),
            Col(("Utfall 2025",), year="2025"),
            Col(("Mål 2025",)),
        ],
        rows=[
            Row(
                name,
                [Raw("–") if v is None else v for v in vals] + [Raw(target)],
                fmt=f,
            )
            for name, vals, target, f in kpis
        ],
        kind="kpi",
        label_width=2.9,
    )


def income_statement() -> Table:
    rows = []
    for label, note, u24, b25, u25 in RR:
        rows.append(Row(label, [Raw(note) if note else None, u24, b25, u25, u25 - b25]))
    cost = [sum(r[k] for r in RR[1:]) for k in (2, 3, 4)]
    rows.append(Row("Summa kostnader", [None, *cost, cost[2] - cost[1]], total=True))
    net = [RR[0][k] + cost[k - 2] for k in (2, 3, 4)]
    rows.append(Row("Nettokostnad", [None, *net, net[2] - net[1]], total=True))
    kb = list(KOMMUNBIDRAG)
    rows.append(Row("Kommunbidrag", [None, *kb, kb[2] - kb[1]]))
    res = [n + k for n, k in zip(net, kb, strict=True)]
    rows.append(Row("Resultat", [None, *res, res[2] - res[1]], total=True))
    assert res == [320, 0, 130], res
    assert -net[2] == sum(u for _n, _b, u in DRIFT), (net, DRIFT)
    assert -net[1] == sum(b for _n, b, _u in DRIFT)
    return Table(
        label_head=("Tkr",),
        cols=[
            Col(("Not",), in_key=False, width=0.45),
            Col(("Utfall 2024",)),
            Col(("Budget 2025",)),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",)),
        ],
        rows=rows,
        kind="is",
        caption="Resultaträkning 2025 (tkr)",
        note="Avvikelse = utfall 2025 minus budget 2025. Kostnader redovisas med minustecken.",
        label_width=2.6,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, b - u]) for n, b, u in DRIFT]
    tb = sum(b for _n, b, _u in DRIFT)
    tu = sum(u for _n, _b, u in DRIFT)
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
        rows=rows,
        kind="unit",
        caption="Nettokostnad per verksamhet (tkr)",
        note="Avvikelse = budget minus utfall; ett negativt belopp är ett underskott.",
        label_width=2.6,
    )


def build() -> Doc:
    d = Doc(
        stem="saffle-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Säffle",
        committee="Kultur- och fritidsnämnden",
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title="Verksamhetsberättelse 2025",
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito) with a "
        "picture title page and a table of contents page",
        hard="the title page is one big photo-like picture (a drawn gradient sky over hills and "
        "a river) with the report's name set in white on it and the caption \"Omslagsbild: "
        'Kvällsljus över Byälven i centrala Säffle. Foto: Säffle kommun." below, then a page '
        "with only a table of contents with dot leaders; the municipality is named nowhere "
        'else but in the page footer as the web address "saffle.se" (the text says only '
        '"kommunen"); the goals are a numbered list in the text, a small bold label "Mål 1" '
        "on its own line above the goal's title in larger bold type, a paragraph, the result "
        'in italics ("Resultat: Målet är uppnått." / "delvis uppnått" / "inte uppnått" / "'
        'Målet har inte kunnat bedömas.") and only after that line a small KPI table of the '
        "goal's own, so each table stands between one goal's result and the next goal's "
        "label; the KPI tables have Utfall 2023 | Utfall 2024 | Utfall 2025 | Mål 2025 with "
        'targets in words ("Öka", "Minska") as well as numbers ("4,5", "≥ 70 %"), dashes for '
        'years not measured; a Resultaträkning (tkr) with a "Not" column of note numbers '
        "between the label and the amounts (not in the key), Utfall 2024 | Budget 2025 | "
        "Utfall 2025 | Avvikelse, costs negative, numbered notes below; a drift table per "
        "verksamhet Budget 2025 | Utfall 2025 | Avvikelse",
    )
    d.add(
        Custom(
            "cover",
            {},
            words=f"Verksamhetsberättelse 2025\nKultur- och fritidsnämnden\n{CAPTION}",
        )
    )
    d.add(PageBreak(), TOC("Innehåll", levels=2))
    d.h(1, "Nämndens uppdrag")
    d.p(
        "Kultur- och fritidsnämnden ansvarar för folkbiblioteken, kulturskolan, "
        "fritidsgårdarna och kommunens idrotts- och fritidsanläggningar. Nämnden fördelar "
        "också bidrag till föreningslivet och studieförbunden och ansvarar för kommunens "
        "offentliga konst."
    )
    d.h(1, "Året i korthet")
    d.p(
        "Året präglades av att meröppet infördes på huvudbiblioteket och att simhallen för "
        "första gången hade fler än 78 000 besök. Kulturskolan hade svårt att rekrytera lärare, "
        "och kön till ämneskurserna blev längre."
    )
    d.p(
        "Nämnden redovisar ett överskott om 130 tkr mot kommunbidraget. Högre intäkter från "
        "avgifter och statsbidrag vägde upp högre personalkostnader."
    )
    d.h(1, "Mål och resultat")
    n_ach = sum(s == "achieved" for _g, s, _p, _k in GOALS)
    d.p(
        "Nämnden har sex mål för 2025. Under varje mål redovisas nämndens bedömning och de "
        "nyckeltal som följer upp målet. Av de sex målen är två uppnådda, två delvis uppnådda "
        "och ett inte uppnått. Ett mål har inte kunnat bedömas."
    )
    assert n_ach == 2
    for k, (title, status, para, kpis) in enumerate(GOALS, 1):
        d.goal(title, status)
        t = goal_table(kpis)
        words = "\n\n".join([f"Mål {k}", title, para, f"Resultat: {RESULT[status]}", t.text()])
        d.add(
            Custom(
                "goal",
                {"n": k, "title": title, "status": status, "para": para, "table": t},
                words=words,
            )
        )
    d.h(1, "Ekonomi")
    d.p(
        "Nettokostnaden blev 49 870 tkr, vilket är 130 tkr lägre än kommunbidraget. "
        "Kulturskolan redovisar ett underskott om 330 tkr, främst för inhyrda lärare, medan "
        "biblioteken och anläggningarna har överskott."
    )
    d.h(2, "Resultaträkning")
    d.table(income_statement())
    d.p(NOTES, "small")
    d.h(2, "Driftredovisning")
    d.table(drift_table())
    d.h(1, "Framtid")
    d.p(
        "Under 2026 prövar nämnden en ny organisation för kulturskolan med gemensam "
        "antagning till alla ämneskurser. Arbetet med en ny lokal för fritidsgården i "
        "centrum fortsätter."
    )
    return d


class CoverPicture(Flowable):
    """A photo-like picture drawn with vectors: a gradient evening sky, a sun, hills and a river,
    with the report's name in white over the lower part."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        c.saveState()
        p = c.beginPath()
        p.rect(0, 0, w, h)
        c.clipPath(p, stroke=0, fill=0)
        c.linearGradient(
            0,
            h,
            0,
            h * 0.35,
            (colors.HexColor("#2B4C7E"), colors.HexColor("#C97B63"), colors.HexColor("#F2C66D")),
            (0, 0.65, 1),
            extend=True,
        )
        c.setFillColor(colors.HexColor("#FBE7A1"))
        c.circle(w * 0.68, h * 0.45, h * 0.07, stroke=0, fill=1)
        for col, pts in (
            (
                "#3E5A4A",
                [(0, 0.30), (0.12, 0.42), (0.28, 0.37), (0.45, 0.47), (0.6, 0.38), (0.8, 0.44),
                 (1, 0.36)],
            ),
            (
                "#25392E",
                [(0, 0.22), (0.2, 0.31), (0.38, 0.27), (0.55, 0.33), (0.75, 0.26), (1, 0.30)],
            ),
        ):  # fmt: skip
            c.setFillColor(colors.HexColor(col))
            path = c.beginPath()
            path.moveTo(0, 0)
            for x, y in pts:
                path.lineTo(x * w, y * h)
            path.lineTo(w, 0)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        # the river, lighter towards the horizon
        p2 = c.beginPath()
        p2.moveTo(w * 0.30, 0)
        p2.lineTo(w * 0.52, h * 0.25)
        p2.lineTo(w * 0.60, h * 0.25)
        p2.lineTo(w * 0.95, 0)
        p2.close()
        c.saveState()
        c.clipPath(p2, stroke=0, fill=0)
        c.linearGradient(
            0, 0, 0, h * 0.25,
            (colors.HexColor("#3B5F86"), colors.HexColor("#E7B46A")),
            extend=True,
        )  # fmt: skip
        c.restoreState()
        # a dark band for the title
        c.setFillColor(colors.Color(0.05, 0.12, 0.2, alpha=0.55))
        c.rect(0, h * 0.04, w, 2.6 * rl.cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Carlito-Bold", 30)
        c.drawString(0.8 * rl.cm, h * 0.04 + 1.35 * rl.cm, "Verksamhetsberättelse 2025")
        c.setFont("Carlito", 16)
        c.drawString(0.8 * rl.cm, h * 0.04 + 0.55 * rl.cm, "Kultur- och fritidsnämnden")
        c.restoreState()


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": INK,
        "h_sizes": {1: 17, 2: 13, 3: 11.5},
        "table_size": 9.2,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "footer": "saffle.se\tKultur- och fritidsnämnden · Verksamhetsberättelse 2025\t{page}",
        "hf_size": 8.5,
        "hf_rule": True,
        "hf_color": TEAL,
        "margins": (2.0 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    label = rl.ParagraphStyle(
        "glabel",
        parent=r.styles["body"],
        fontName="Carlito-Bold",
        fontSize=8.5,
        leading=10,
        textColor=TEAL,
        spaceBefore=10,
        spaceAfter=0,
    )
    gtitle = rl.ParagraphStyle(
        "gtitle",
        parent=r.styles["body"],
        fontName="Carlito-Bold",
        fontSize=13,
        leading=16,
        textColor=INK,
        spaceAfter=4,
    )
    result = rl.ParagraphStyle(
        "result", parent=r.styles["body"], fontName="Carlito-Italic", spaceAfter=4
    )
    caption = rl.ParagraphStyle(
        "cap",
        parent=r.styles["body"],
        fontName="Carlito-Italic",
        fontSize=9,
        leading=11,
        textColor=colors.HexColor("#555555"),
    )
    r.styles["toc1"].fontSize = 11

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 1.2 * rl.cm),
            CoverPicture(W, 17 * rl.cm),
            rl.Spacer(1, 4),
            Paragraph(escape(CAPTION), caption),
        ]

    def goal(b: Custom) -> list:
        dd = b.data
        head = [
            Paragraph(f"Mål {dd['n']}", label),
            Paragraph(escape(dd["title"]), gtitle),
            Paragraph(escape(dd["para"]), r.styles["body"]),
            Paragraph(escape(f"Resultat: {RESULT[dd['status']]}"), result),
        ]
        return [KeepTogether(head + r.table(dd["table"], width=W * 0.9))]

    r.custom.update(cover=cover, goal=goal)
    return r.build(out / f"{doc.stem}.pdf")

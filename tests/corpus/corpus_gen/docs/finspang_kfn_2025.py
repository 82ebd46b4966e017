"""Finspång, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no title
page. The goal section prints every goal TWICE, worded differently: first a summary table
"Sammanställning av måluppfyllelse" (Mål | Bedömning, the goal's full wording from the
verksamhetsplan and a word: "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"), then, under "Analys per
mål", each goal again as a heading of its own with a SHORTENED title ("Mål 2: Fler ska röra sig"
for the table's "Fler invånare ska röra sig regelbundet i kommunens anläggningar och natur"), a
"Bedömning: …" line and two paragraphs of analysis. The last goal's heading ("Mål 6: Ekonomi i
balans") has an analysis but no assessment line: that goal is assessed in the table only. The key
holds each goal once, by the table's full title and the table's assessment.

A KPI table over three years with a target (2023 | 2024 | 2025 | Målvärde 2025, a dash for a
year not measured), an income statement (Budget 2025 | Utfall 2025 | Avvikelse | Utfall 2024,
costs negative, utfall minus budget) and a net-cost table per verksamhet (budget minus utfall)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
DEC1 = NumFmt(dec=1)

MUNI = "Finspångs kommun"
COMMITTEE = "Kultur- och fritidsnämnden"
TITLE = "Verksamhetsberättelse 2025"
HEADER = f"{MUNI}\t{COMMITTEE} – {TITLE}"
FOOTER = "Dnr KFN 2026/14\tSida {page} av {pages}"

INK = colors.HexColor("#1D2B3A")
ACCENT = colors.HexColor("#7A1F3D")  # a wine red
HEAD_BG = colors.HexColor("#F1E6EA")
TINT = {
    "achieved": colors.HexColor("#DCEFD8"),
    "partly": colors.HexColor("#FBF0C9"),
    "not_achieved": colors.HexColor("#F6D6D3"),
}
WORD = {"achieved": "Uppfyllt", "partly": "Delvis uppfyllt", "not_achieved": "Ej uppfyllt"}

# full title (summary table), status, short heading, assessed in the detail section?, analysis
GOALS = [
    (
        "Fler barn och unga ska delta i kultur- och fritidsverksamhet på sin fritid",
        "achieved",
        "Fler unga i kultur och fritid",
        True,
        [
            "Andelen barn och unga 7–19 år som deltar i kulturskolans verksamhet ökade till 17 "
            "procent, jämfört med 15 procent 2024, och målvärdet på 16 procent nåddes. Ökningen "
            "förklaras främst av att kulturskolan under våren startade kurser i dans och digitalt "
            "skapande i Rejmyre och Hällestad, där avgiften för den första terminen slopades. "
            "Kön till instrumentundervisningen har kortats från 96 till 41 barn.",
            "Fritidsgårdarna hade 26 200 besök, en ökning med tio procent från föregående år. "
            "Lördagsöppet på fritidsgården i centrum och sommarlovsaktiviteterna, som delvis "
            "finansierades med statsbidrag, lockade många nya besökare. Andelen flickor bland "
            "besökarna ökade från 34 till 39 procent, vilket var ett av förvaltningens "
            "prioriterade utvecklingsområden under året.",
        ],
    ),
    (
        "Fler invånare ska röra sig regelbundet i kommunens anläggningar och natur",
        "partly",
        "Fler ska röra sig",
        True,
        [
            "Besöken i simhallen ökade något till 97 500 men når inte målvärdet på 100 000. "
            "Simhallen var stängd i tre veckor i oktober för byte av reningsanläggning, vilket "
            "motsvarar ett bortfall på uppskattningsvis 5 000 besök. Antalet deltagartillfällen "
            "i idrottsföreningarnas verksamhet för 7–20-åringar minskade till 119 800, främst "
            "inom lagidrotterna.",
            "Användningen av motionsspår och friluftsområden har däremot ökat. Besöksräknarna "
            "vid elljusspåret på Grosvad och vid vandringslederna runt Hällestad visar en ökning "
            "med drygt 15 procent jämfört med 2024. Fler rör sig alltså i naturen, men besöken i "
            "anläggningarna har inte ökat i den takt som planerades.",
        ],
    ),
    (
        "Biblioteken ska vara en öppen mötesplats för läsning, lärande och digital delaktighet",
        "achieved",
        "Biblioteken som mötesplats",
        True,
        [
            "Biblioteken hade 127 300 besök under året och målvärdet på 125 000 besök nåddes. "
            "Meröppet på biblioteket i Rejmyre, där låntagare med lånekort kan komma in även när "
            "personal saknas, har bidragit till ökningen. Antalet utlån per invånare ökade till "
            "4,6 och ligger över målvärdet.",
            "Den digitala handledningen har utvecklats. Biblioteken har under året erbjudit 212 "
            "tillfällen med drop in-hjälp för e-legitimation, digitala tjänster och mobiltelefoner, "
            "och omkring 1 100 invånare har fått hjälp. Läsfrämjande insatser riktade till "
            "förskolor och familjer har genomförts i samtliga kommundelar.",
        ],
    ),
    (
        "Föreningslivet ska ha goda förutsättningar att bedriva och utveckla sin verksamhet",
        "partly",
        "Ett starkt föreningsliv",
        True,
        [
            "Regelverket för föreningsbidrag reviderades under våren och ansökningarna görs nu "
            "digitalt. Föreningarna har vid dialogmötena uttryckt att det nya systemet är "
            "enklare, men att beskeden om bidrag kom sent under det första året. Sammanlagt "
            "betalades 4 280 tkr ut i bidrag, 320 tkr mindre än budgeterat, eftersom flera "
            "föreningar inte sökte aktivitetsstöd för hösten i tid.",
            "Bristen på halltider kvarstår, särskilt vardagskvällar mellan klockan 17 och 20. "
            "Den nya idrottshallen i centrala Finspång, som skulle tas i bruk under hösten, har "
            "försenats till 2026. Förvaltningen har under tiden fördelat om tider i skolornas "
            "gymnastiksalar till de föreningar som har flest barn och unga.",
        ],
    ),
    (
        "Kommunens kulturmiljöer och konst ska bli mer tillgängliga för invånare och besökare",
        "not_achieved",
        "Tillgängliga kulturmiljöer",
        True,
        [
            "Arbetet med att digitalisera den kommunala konstsamlingen och publicera den på "
            "kommunens webbplats har inte kommit igång som planerat. Upphandlingen av ett system "
            "för konstregistrering avbröts i maj och har gjorts om, och publiceringen beräknas nu "
            "ske under 2026. Av de 14 kulturmiljöer som skulle förses med ny skyltning har fyra "
            "fått skyltar.",
            "Under sommaren hölls guidade visningar i bruksmiljöerna vid tolv tillfällen med "
            "sammanlagt 380 deltagare. Det är positivt, men räcker inte för att nå målet. "
            "Nämnden har gett förvaltningen i uppdrag att ta fram en tidsplan för den skyltning "
            "som återstår.",
        ],
    ),
    (
        "Nämnden ska ha en ekonomi i balans och ett effektivt resursutnyttjande",
        "achieved",
        "Ekonomi i balans",
        False,
        [
            "Nämnden redovisar ett överskott på 440 tkr mot kommunbidraget. Överskottet beror "
            "främst på högre intäkter från uthyrning av anläggningar och lägre kostnader för "
            "föreningsbidrag, medan idrotts- och fritidsanläggningarna och kulturskolan visar "
            "underskott. Se vidare avsnitt 4 Ekonomi.",
            "Sjukfrånvaron bland medarbetarna minskade till 5,4 procent och ligger under "
            "målvärdet på 5,5 procent. En översyn av lokalanvändningen har påbörjats för att på "
            "sikt frigöra medel till verksamheten.",
        ],
    ),
]

# name, 2023, 2024, 2025, target as printed, fmt
KPIS = [
    ("Antal besök på biblioteken", 118_400, 122_900, 127_300, "≥ 125 000", N),
    ("Antal utlån per invånare", 4.1, 4.3, 4.6, "≥ 4,5", DEC1),
    ("Andel barn 7–19 år i kulturskolans verksamhet", 14, 15, 17, "≥ 16 %", PCT),
    ("Antal besök på fritidsgårdarna", 21_400, 23_900, 26_200, "≥ 24 000", N),
    ("Antal besök i simhallen", 92_300, 96_800, 97_500, "≥ 100 000", N),
    ("Deltagartillfällen i idrottsföreningar, 7–20 år", 118_600, 121_200, 119_800, "≥ 125 000", N),
    ("Nöjdhet med idrotts- och motionsanläggningar, index", 58, None, 59, "≥ 62", N),
    ("Sjukfrånvaro bland medarbetarna", 5.8, 6.1, 5.4, "≤ 5,5 %", PCT1),
]

# resultaträkning: row, budget 2025, utfall 2025, utfall 2024 (tkr, costs negative)
IS_ROWS = [
    ("Verksamhetens intäkter", 14_200, 15_380, 14_010),
    ("Personalkostnader", -38_400, -38_120, -36_900),
    ("Lokalkostnader", -29_600, -30_480, -28_700),
    ("Övriga kostnader", -18_900, -19_040, -18_520),
]
KOMMUNBIDRAG = (72_700, 72_700, 70_400)

# nettokostnad per verksamhet: budget 2025, utfall 2025 (tkr)
DRIFT = [
    ("Nämnd och förvaltning", 4_100, 3_960),
    ("Bibliotek", 13_800, 13_650),
    ("Kulturskola", 9_600, 9_870),
    ("Kultur och kulturarv", 7_300, 7_050),
    ("Idrotts- och fritidsanläggningar", 26_400, 26_830),
    ("Fritidsgårdar och ungdomsverksamhet", 6_900, 6_620),
    ("Föreningsbidrag", 4_600, 4_280),
]


def summary_table() -> Table:
    return Table(
        label_head=("Mål",),
        cols=[Col(("Bedömning",), width=1.0)],
        rows=[Row(t, [Raw(WORD[s])]) for t, s, *_ in GOALS],
        kind="plain",
        caption="Tabell 1. Måluppfyllelse 2025",
        label_width=4.2,
    )


def kpi_table() -> Table:
    rows = [
        Row(n, [a, Raw("–") if b is None else b, c, Raw(t)], fmt=f) for n, a, b, c, t, f in KPIS
    ]
    return Table(
        label_head=("Nyckeltal",),
        cols=[
            Col(("2023",), year="2023"),
            Col(("2024",), year="2024"),
            Col(("2025",), year="2025"),
            Col(("Målvärde", "2025"), year=None),
        ],
        rows=rows,
        kind="kpi",
        caption="Tabell 2. Nyckeltal 2023–2025",
        note="Nöjdhetsindex för anläggningarna mäts i SCB:s medborgarundersökning vartannat år; "
        "2024 gjordes ingen mätning.",
        label_width=3.6,
    )


def income_statement() -> Table:
    rows = [Row(n, [b, u, u - b, p]) for n, b, u, p in IS_ROWS]
    costs = [sum(r[j] for r in IS_ROWS[1:]) for j in (1, 2, 3)]
    rows.append(Row("Summa kostnader", [costs[0], costs[1], costs[1] - costs[0], costs[2]]))
    net = [IS_ROWS[0][j] + costs[j - 1] for j in (1, 2, 3)]
    assert net == [-72_700, -72_260, -70_110], net
    rows.append(Row("Nettokostnad", [net[0], net[1], net[1] - net[0], net[2]], total=True))
    kb = KOMMUNBIDRAG
    rows.append(Row("Kommunbidrag", [kb[0], kb[1], kb[1] - kb[0], kb[2]]))
    res = [net[i] + kb[i] for i in range(3)]
    assert res == [0, 440, 290], res
    rows.append(Row("Årets resultat", [res[0], res[1], res[1] - res[0], res[2]], total=True))
    return Table(
        label_head=("Resultaträkning (tkr)",),
        cols=[
            Col(("Budget 2025",)),
            Col(("Utfall 2025",)),
            Col(("Avvikelse",)),
            Col(("Utfall 2024",)),
        ],
        rows=rows,
        kind="is",
        caption="Tabell 3. Resultaträkning",
        note="Kostnader anges med minustecken. Avvikelse = utfall minus budget.",
        label_width=2.6,
    )


def drift_table() -> Table:
    rows = [Row(n, [b, u, b - u]) for n, b, u in DRIFT]
    tb, tu = sum(r[1] for r in DRIFT), sum(r[2] for r in DRIFT)
    assert (tb, tu) == (72_700, 72_260), (tb, tu)
    rows.append(Row("Summa nämnden", [tb, tu, tb - tu], total=True))
    return Table(
        label_head=("Verksamhet",),
        cols=[Col(("Budget 2025",)), Col(("Utfall 2025",)), Col(("Avvikelse",))],
        rows=rows,
        kind="unit",
        caption="Tabell 4. Nettokostnad per verksamhet (tkr)",
        note="Avvikelse = budget minus utfall; negativt belopp = underskott.",
        label_width=2.8,
    )


def build() -> Doc:
    d = Doc(
        stem="finspang-kultur-och-fritidsnamnden-verksamhetsberattelse-2025",
        municipality="Finspång",
        committee=COMMITTEE,
        report_type="annual",
        year=2025,
        end="2025-12-31",
        title=TITLE,
        engine="reportlab",
        what="Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (reportlab, Carlito), no "
        "title page",
        hard="every goal is printed twice with different wording: first a summary table "
        '"Sammanställning av måluppfyllelse" (Mål | Bedömning) near the start, holding each '
        'goal\'s full wording and its assessment as a word on a tinted cell ("Uppfyllt", '
        '"Delvis uppfyllt", "Ej uppfyllt"), then under "Analys per mål" each goal again as a '
        'heading of its own with a SHORTENED title ("Mål 2: Fler ska röra sig" for the table\'s '
        '"Fler invånare ska röra sig regelbundet i kommunens anläggningar och natur"), a '
        '"Bedömning: …" line and two paragraphs of analysis, so a reader must recognise the '
        "short heading as the same goal and not count it twice; the sixth goal's heading (\"Mål "
        '6: Ekonomi i balans") has its analysis but no assessment line, so that goal is '
        "assessed in the table only; the key holds each goal once, by the table's full title "
        "and assessment; a KPI table 2023 | 2024 | 2025 | Målvärde 2025 (a dash for a year not "
        'measured, targets "≥ 125 000", "≤ 5,5 %"); a resultaträkning Budget 2025 | Utfall '
        "2025 | Avvikelse | Utfall 2024 (tkr, costs negative, utfall minus budget) and a "
        "net-cost table per verksamhet (budget minus utfall, Summa nämnden); the municipality "
        'as "Finspångs kommun" in the masthead and the running header',
    )
    d.add(
        Custom(
            "masthead",
            {},
            words=f"{MUNI}\n{TITLE}\n{COMMITTEE}\n"
            "Dnr KFN 2026/14 · Behandlad av nämnden 2026-02-18",
        )
    )
    d.h(1, "Sammanfattning", num="1")
    d.p(
        "Kultur- och fritidsnämnden redovisar ett överskott på 440 tkr för 2025. Intäkterna "
        "från uthyrning av anläggningar blev högre än budgeterat, samtidigt som lokalkostnaderna "
        "ökade till följd av högre energi- och driftskostnader i idrottsanläggningarna."
    )
    d.p(
        "Nämnden har sex mål för 2025. Tre mål bedöms som uppfyllda, två som delvis uppfyllda "
        "och ett som ej uppfyllt. Besöken på biblioteken och fritidsgårdarna fortsatte att öka "
        "och kulturskolan nådde fler barn i de mindre orterna, medan arbetet med att göra "
        "kulturmiljöerna och konstsamlingen mer tillgängliga har försenats."
    )
    d.h(1, "Måluppfyllelse", num="2")
    d.p(
        "Nämndens mål utgår från kommunfullmäktiges vision och målområden för mandatperioden "
        "2023–2026. Varje mål bedöms på en tregradig skala: uppfyllt, delvis uppfyllt eller ej "
        "uppfyllt. Bedömningen bygger på nyckeltalen i avsnitt 3 och på förvaltningens "
        "uppföljning av de aktiviteter som planerades i verksamhetsplanen."
    )
    d.h(2, "Sammanställning av måluppfyllelse", num="2.1")
    st = summary_table()
    d.add(Custom("summary", {"table": st}, words=st.text()))
    for title, status, *_ in GOALS:
        d.goal(title, status)
    d.h(2, "Analys per mål", num="2.2")
    d.p(
        "Nedan analyseras varje mål för sig. Rubrikerna är förkortade; målens fullständiga "
        "lydelse finns i sammanställningen ovan."
    )
    for i, (_t, status, short, assessed, paras) in enumerate(GOALS, 1):
        d.h(3, f"Mål {i}: {short}", toc=False)
        if assessed:
            d.p(f"Bedömning: {WORD[status]}", "status")
        for para in paras:
            d.p(para)
    d.h(1, "Nyckeltal", num="3")
    d.p(
        "Tabellen visar nämndens nyckeltal för de tre senaste åren och målvärdet för 2025. "
        "Värdena avser helår."
    )
    d.table(kpi_table())
    d.h(1, "Ekonomi", num="4")
    d.p(
        "Nämnden redovisar ett resultat på 440 tkr. Intäkterna blev 1 180 tkr högre än "
        "budgeterat, främst genom uthyrning av Arena Grosvad till evenemang och läger under "
        "sommaren. Personalkostnaderna blev 280 tkr lägre än budget på grund av vakanser på "
        "biblioteken under våren."
    )
    d.table(income_statement())
    d.p(
        "Lokalkostnaderna överskred budget med 880 tkr. Underskottet finns inom idrotts- och "
        "fritidsanläggningarna, där kostnaderna för el, fjärrvärme och reparationer av "
        "ishallens kylanläggning blev högre än beräknat. Kulturskolans underskott beror på de "
        "nya kurserna i Rejmyre och Hällestad, som delvis finansieras först 2026. Föreningsbidragen "
        "blev lägre än budgeterat eftersom färre föreningar sökte aktivitetsstöd under hösten."
    )
    d.table(drift_table())
    d.h(1, "Framtid", num="5")
    d.p(
        "Under 2026 öppnar den nya idrottshallen i centrala Finspång, vilket väntas minska "
        "bristen på halltider för föreningarna. Nämnden kommer samtidigt att behöva hantera "
        "ökade kapitalkostnader för hallen inom en oförändrad ram. Digitaliseringen av "
        "konstsamlingen och skyltningen av kulturmiljöerna prioriteras under första halvåret."
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "Carlito",
        "size": 10.5,
        "leading": 14,
        "hcolor": ACCENT,
        "h_sizes": {1: 15, 2: 12.5, 3: 11},
        "table_size": 9.5,
        "table_rules": "rules",
        "table_head_bg": HEAD_BG,
        "header": HEADER,
        "footer": FOOTER,
        "hf_rule": True,
        "hf_size": 8.5,
        "margins": (2.3 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    r.styles["h3"].textColor = INK

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=13, leading=16, textColor=ACCENT
        )
        big = rl.ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=24, leading=29, textColor=INK
        )
        sub = rl.ParagraphStyle(
            "mh2", parent=r.styles["subtitle"], fontSize=14, leading=18, textColor=INK
        )
        meta = rl.ParagraphStyle(
            "mh3", parent=r.styles["meta"], textColor=colors.HexColor("#505050")
        )
        return [
            Paragraph(MUNI, logo),
            rl.Spacer(1, 16),
            Paragraph(TITLE, big),
            Paragraph(COMMITTEE, sub),
            Paragraph("Dnr KFN 2026/14 · Behandlad av nämnden 2026-02-18", meta),
            rl.Spacer(1, 10),
        ]

    def summary(b: Custom) -> list:
        t: Table = b.data["table"]
        head = [r.cell("Mål", False, True), r.cell("Bedömning", False, True)]
        data = [head]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
        ]
        for i, (row, (_t, status, *_)) in enumerate(zip(t.rows, GOALS, strict=True), 1):
            data.append([r.cell(row.label, False, False), r.cell(WORD[status], False, False)])
            cmds.append(("BACKGROUND", (1, i), (1, i), TINT[status]))
        tbl = rl.RLTable(
            data, colWidths=[W * 0.76, W * 0.24], style=rl.TableStyle(cmds), hAlign="LEFT"
        )
        return [r.para(t.caption, "caption"), tbl, rl.Spacer(1, 8)]

    r.custom.update(masthead=masthead, summary=summary)
    # the status line under a goal heading: bold, in the body colour
    r.styles["status"].textColor = INK
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

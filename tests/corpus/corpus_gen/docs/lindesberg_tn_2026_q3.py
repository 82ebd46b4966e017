"""Lindesberg, Tekniska nämnden, kvartalsrapport Q3 2026 (reportlab, Liberation Sans): the period
is written only in quarter notation ("Q3 2026", "kvartal 3", "tredje kvartalet", "Q1–Q3", and
"jan–sep" in one column heading), and each goal's forecast stands BEFORE the goal, in a narrow left
column of a rule-less goal list, where "Uppnås delvis" and "Uppnås inte" wrap so that the line
beside the goal's title says only "Uppnås"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")
BLUE = colors.HexColor("#1F4E79")
WORDS = {
    "expected_achieved": "Uppnås",
    "partly": "Uppnås delvis",
    "expected_not_achieved": "Uppnås inte",
    "unassessed": "Ej bedömt",
}
COLOR = {
    "expected_achieved": colors.HexColor("#2E7D32"),
    "partly": colors.HexColor("#B26A00"),
    "expected_not_achieved": colors.HexColor("#C62828"),
    "unassessed": colors.HexColor("#6E6E6E"),
}

# goal, forecast, comment
GOALS = [
    (
        "Gator, gång- och cykelvägar ska vara trygga, säkra och framkomliga",
        "expected_achieved",
        "Årets beläggningsprogram är till stor del genomfört och de sista sträckorna på "
        "Bergslagsvägen och i Vedevåg asfalteras under hösten. Andelen felanmälningar om "
        "gatubelysning som åtgärdats inom fem arbetsdagar ökade till 84 procent under kvartalet.",
    ),
    (
        "Andelen hushållsavfall som sorteras ut för materialåtervinning ska öka",
        "partly",
        "Mängden insamlat matavfall under tredje kvartalet var större än under samma kvartal "
        "2025, men den sammantagna utsorteringen ligger fortfarande under målvärdet. "
        "Fyrfackskärl införs i Frövi och Storå först 2027.",
    ),
    (
        "Energianvändningen i kommunens fastigheter ska minska",
        "expected_not_achieved",
        "Användningen under kvartalet var lägre än samma kvartal i fjol, men efter den kalla "
        "vintern ligger den ackumulerade energianvändningen för Q1–Q3 över målnivån. Minskningen "
        "med fyra procent mot 2025 nås därför inte i år.",
    ),
    (
        "Dricksvattnet ska hålla god kvalitet och leveranserna ska vara säkra",
        "expected_achieved",
        "Samtliga prover under kvartalet var utan anmärkning. Antalet läckor på huvudledningar "
        "minskade och inget avbrott varade längre än sex timmar.",
    ),
    (
        "Måltiderna i förskola, skola och äldreomsorg ska vara näringsriktiga och uppskattade",
        "partly",
        "Andelen ekologiska livsmedel har ökat, men svinnet i skolrestaurangerna är kvar på "
        "samma nivå som i fjol. Ett arbete med att minska tallrikssvinnet startar på fyra skolor "
        "efter höstlovet.",
    ),
    (
        "Medarbetarna ska ha en hälsosam och trygg arbetsmiljö",
        "unassessed",
        "Medarbetarenkäten genomförs under fjärde kvartalet och målet bedöms därför i "
        "årsredovisningen. Sjukfrånvaron för kvartalet redovisas bland nyckeltalen.",
    ),
]

# nyckeltal, Q3 2025, Q3 2026, mål 2026, format
KPIS = [
    ("Felanmälningar om gatubelysning, antal", 212, 187, "–", N),
    ("Andel felanmälningar åtgärdade inom fem arbetsdagar", 78, 84, "≥ 85 %", PCT),
    ("Insamlat matavfall, ton", 268, 281, "–", N),
    ("Andel hushållsavfall till materialåtervinning", 36, 38, "≥ 42 %", PCT),
    ("Energianvändning i kommunens fastigheter, MWh", 1_940, 1_870, "≤ 1 800", N),
    ("Levererat dricksvatten, tusen kubikmeter", 412, 398, "–", N),
    ("Läckor på huvudledningar, antal", 9, 6, "–", N),
    ("Sjukfrånvaro bland medarbetarna", 5.9, 5.2, "≤ 5,5 %", PCT1),
]

# verksamhet, budget 2026, utfall Q3, ackumulerat Q1–Q3, prognos 2026
DRIFT = [
    ("Nämnd och förvaltningsledning", 5_400, 1_240, 3_980, 5_300),
    ("Gator och vägar", 31_800, 5_960, 24_710, 33_400),
    ("Parker och grönområden", 8_900, 3_020, 6_870, 9_100),
    ("Fastigheter", 24_600, 5_480, 18_640, 25_500),
    ("Kost och lokalvård", 22_300, 4_610, 15_980, 21_700),
    ("Vatten och avlopp", 0, -1_120, -860, 400),
    ("Avfall", 0, -540, -1_230, -300),
]

# rad, budget 2026, utfall jan–sep, prognos 2026 (intäkter positiva, kostnader negativa)
IS = [
    ("Verksamhetens intäkter", 118_400, 90_260, 119_600),
    ("Verksamhetens kostnader", -211_400, -158_350, -214_700),
]


def build() -> Doc:
    d = Doc(
        stem="lindesberg-tekniska-namnden-kvartalsrapport-q3-2026",
        municipality="Lindesberg",
        committee="Tekniska nämnden",
        report_type="interim",
        year=2026,
        end="2026-09-30",
        title="Kvartalsrapport Q3 2026",
        engine="reportlab",
        what="Tekniska nämnden, kvartalsrapport Q3 2026 (reportlab, Liberation Sans), no title "
        "page",
        hard='a quarterly report whose period is written only in quarter notation ("Kvartalsrapport '
        'Q3 2026", "kvartal 3", "tredje kvartalet", "Q1–Q3") and once as "jan–sep" in a column '
        "heading of the ekonomisk sammanställning, never as months or a date of the period's end, "
        "while the masthead carries the meeting date in October (2026-10-21); the goals are a "
        "list without rules in which each goal's forecast stands BEFORE the goal, in bold "
        'coloured words in a narrow left column under the heading "Prognos helår", the bold goal '
        'title and its comment in the right column, so "Uppnås delvis" and "Uppnås inte" wrap '
        'into "Uppnås" / "delvis" and "Uppnås" / "inte" and the line beside the goal title '
        'says only "Uppnås" (six goals, one "Ej bedömt"); a KPI table Nyckeltal | Q3 2025 | '
        "Q3 2026 | Mål 2026 whose values are the third quarter's alone; a drift table Budget "
        "2026 | Utfall Q3 | Ackumulerat utfall Q1–Q3 | Prognos 2026 | Avvikelse (tkr, budget "
        "minus prognosis; a quarter's outcome beside the cumulative one) and an income "
        "statement Budget 2026 | Utfall jan–sep | Prognos 2026 | Avvikelse (costs negative, "
        'prognosis minus budget); the municipality as "Lindesbergs kommun" in the masthead and '
        "the running header",
    )
    d.add(
        Custom(
            "masthead",
            {},
            words="Lindesbergs kommun\nKvartalsrapport Q3 2026\nTekniska nämnden\n"
            "Dnr TN 2026/142 · Behandlad i tekniska nämnden 2026-10-21",
        )
    )
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Kvartalsrapporten redovisar tekniska nämndens verksamhet, måluppfyllelse och ekonomi "
        "efter kvartal 3. Utfallet redovisas både för tredje kvartalet och ackumulerat för "
        "årets tre första kvartal (Q1–Q3). Prognosen avser helåret 2026."
    )
    d.p(
        "Nämnden prognostiserar ett underskott om 2 100 tkr för helåret. Underskottet beror "
        "främst på vinterväghållningen under första kvartalet och på högre kostnader för "
        "energi och felavhjälpande underhåll i fastigheterna. Kost och lokalvård redovisar ett "
        "överskott till följd av lägre livsmedelspriser."
    )
    d.p(
        "Av nämndens sex mål bedöms två uppnås, två uppnås delvis och ett inte uppnås. Ett mål "
        "bedöms först i årsredovisningen."
    )
    d.h(1, "Viktiga händelser under tredje kvartalet", "2")
    d.bullets(
        "Ombyggnaden av Stora torget blev klar och torget öppnades för trafik igen.",
        "Den nya tryckstegringsstationen i Frövi togs i drift.",
        "Sommarens feriearbetare, 46 ungdomar, arbetade i parkerna och på återvinningscentralen.",
        "Upphandlingen av ny entreprenör för vinterväghållning i ytterområdena avslutades.",
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Nämndens prognos för varje mål vid årets slut står till vänster om målet. Prognosen "
        "bygger på utfallet till och med tredje kvartalet."
    )
    lines = ["Prognos helår\tNämndmål och kommentar"]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{WORDS[s]}\t{g}\n{c}")
    d.add(Custom("goals", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal", "4")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Q3 2025",), year="2025"),
                Col(("Q3 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in KPIS],
            kind="kpi",
            caption="Tabell 1. Nyckeltal",
            note="Värdena avser tredje kvartalet respektive år, inte ackumulerat utfall.",
            label_width=3.9,
        )
    )
    d.h(1, "Ekonomi", "5")
    tot = [sum(u[j] for u in DRIFT) for j in (1, 2, 3, 4)]
    assert tot == [93_000, 18_650, 68_090, 95_100], tot
    d.p(
        "Nämndens nettokostnad för Q1–Q3 uppgår till 68 090 tkr, varav 18 650 tkr under tredje "
        "kvartalet. Prognosen för helåret är ett underskott om 2 100 tkr. Gator och vägar "
        "prognostiserar ett underskott om 1 600 tkr och fastigheterna ett underskott om 900 tkr. "
        "Vatten och avlopp samt avfall är taxefinansierade; vatten och avlopp beräknas få ett "
        "underskott om 400 tkr som täcks av tidigare års överskott."
    )
    rows = [Row(n, [b, q, a, p, b - p]) for n, b, q, a, p in DRIFT]
    rows.append(Row("Summa", [*tot, tot[0] - tot[3]], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "Q3")),
                Col(("Ackumulerat", "utfall Q1–Q3")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tabell 2. Driftredovisning per verksamhet, nettokostnad (tkr)",
            note="Utfall Q3 avser tredje kvartalet. Avvikelse = budget minus prognos; ett "
            "negativt belopp är ett underskott.",
            label_width=3.0,
        )
    )
    netto = [sum(r[j] for r in IS) for j in (1, 2, 3)]
    assert netto == [-tot[0], -tot[2], -tot[3]], netto
    bidrag = [93_000, 69_750, 93_000]  # utfall: nio tolftedelar av årets kommunbidrag
    res = [n + b for n, b in zip(netto, bidrag, strict=True)]
    assert res == [0, 1_660, -2_100], res
    is_rows = [Row(n, [b, u, p, p - b]) for n, b, u, p in IS]
    is_rows.append(Row("Nettokostnad", [*netto, netto[2] - netto[0]], total=True))
    is_rows.append(Row("Kommunbidrag", [*bidrag, bidrag[2] - bidrag[0]]))
    is_rows.append(Row("Resultat", [*res, res[2] - res[0]], total=True))
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget 2026",)),
                Col(("Utfall jan–sep",)),
                Col(("Prognos 2026",)),
                Col(("Avvikelse",)),
            ],
            rows=is_rows,
            kind="is",
            caption="Tabell 3. Ekonomisk sammanställning",
            note="Intäkter anges med positivt och kostnader med negativt tecken. Avvikelse = "
            "prognos minus budget.",
            label_width=3.0,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "LiberationSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": BLUE,
        "h_sizes": {1: 13.5, 2: 11.5, 3: 10.5},
        "table_size": 8.5,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#E4ECF4"),
        "header": "Lindesbergs kommun · Tekniska nämnden\t\tKvartalsrapport Q3 2026",
        "footer": "Dnr TN 2026/142\t\tSida {page} av {pages}",
        "hf_size": 8,
        "hf_rule": True,
        "margins": (2.2 * rl.cm, 2.0 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    LEFT = 50.0  # the forecast column: "Uppnås delvis" and "Uppnås inte" wrap in it

    def masthead(_b: Custom) -> list:
        logo = rl.ParagraphStyle(
            "logo", parent=r.styles["cellb"], fontSize=12, leading=15, textColor=BLUE
        )
        big = rl.ParagraphStyle("mh1", parent=r.styles["title"], fontSize=21, leading=26)
        sub = rl.ParagraphStyle("mh2", parent=r.styles["subtitle"], fontSize=13.5, leading=17)
        return [
            Paragraph("Lindesbergs kommun", logo),
            rl.Spacer(1, 12),
            Paragraph("Kvartalsrapport Q3 2026", big),
            Paragraph("Tekniska nämnden", sub),
            r.para("Dnr TN 2026/142 · Behandlad i tekniska nämnden 2026-10-21", "meta"),
            rl.Spacer(1, 8),
        ]

    def goals(_b: Custom) -> list:
        head = rl.ParagraphStyle(
            "gh", parent=r.styles["cellb"], fontSize=7.5, leading=9, textColor=BLUE
        )
        title = rl.ParagraphStyle("gt", parent=r.styles["cellb"], fontSize=10, leading=12.5)
        body = rl.ParagraphStyle("gc", parent=r.styles["cell"], fontSize=9, leading=12)
        data = [[Paragraph("Prognos helår", head), Paragraph("Nämndmål och kommentar", head)]]
        cmds: list = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (1, 0), (1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ]
        for i, (g, s, c) in enumerate(GOALS, start=1):
            st = rl.ParagraphStyle(
                f"gs{i}",
                parent=r.styles["cellb"],
                fontSize=9.5,
                leading=12.5,
                textColor=COLOR[s],
            )
            data.append(
                [Paragraph(escape(WORDS[s]), st), [Paragraph(escape(g), title),
                 rl.Spacer(1, 2), Paragraph(escape(c), body)]]
            )  # fmt: skip
            cmds.append(("LINEBEFORE", (0, i), (0, i), 2.2, COLOR[s]))
            cmds.append(("LEFTPADDING", (0, i), (0, i), 6))
        tbl = rl.RLTable(
            data, colWidths=[LEFT + 6, W - LEFT - 6], repeatRows=1, style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )  # fmt: skip
        return [tbl, rl.Spacer(1, 6)]

    r.custom.update(masthead=masthead, goals=goals)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

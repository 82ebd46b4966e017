"""Ljungby, Omsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab, DejaVu Sans
Condensed): one goal table Mål | Prognos helår | Analys where the forecast is an arrow and a word
("↑ Uppnås", "→ Uppnås delvis", "↓ Uppnås inte") and the analysis wraps over many lines."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
DEC1 = NumFmt(dec=1)
WORDS = {
    "expected_achieved": "↑ Uppnås",
    "partly": "→ Uppnås delvis",
    "expected_not_achieved": "↓ Uppnås inte",
}

# goal, status, analysis
GOALS = [
    (
        "Den enskilde ska vara delaktig i planeringen av sina insatser",
        "expected_achieved",
        "Andelen genomförandeplaner som upprättats tillsammans med den enskilde har ökat till "
        "94 procent inom hemtjänsten och 91 procent inom särskilt boende. Samtliga enheter har "
        "genomfört dialogmöten med brukarrådet under våren, och arbetet med en ny mall för "
        "genomförandeplaner är klart. Nämnden bedömer att målet kommer att uppnås vid årets slut.",
    ),
    (
        "Fler äldre ska kunna bo kvar i sitt eget hem",
        "partly",
        "Antalet personer med hemtjänst har ökat med 4 procent jämfört med samma period "
        "föregående år, samtidigt som kön till särskilt boende har minskat från 23 till 14 "
        "personer. Andelen som får trygg hemgång efter sjukhusvistelse når dock inte målvärdet "
        "eftersom teamet har haft vakanser under sommaren. Målet bedöms därför uppnås delvis.",
    ),
    (
        "Kontinuiteten i hemtjänsten ska förbättras",
        "expected_not_achieved",
        "Antalet personal som en brukare med hemtjänst möter under 14 dagar har ökat från 15 "
        "till 17. Ökningen beror på en hög andel timavlönade under semesterperioden och på att "
        "två hemtjänstgrupper har slagits samman. En ny planering av turerna införs i oktober, "
        "men effekten väntas inte synas förrän 2027.",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "partly",
        "Sjukfrånvaron har minskat till 8,1 procent men är fortfarande över målet om 7,5 "
        "procent. Korttidsfrånvaron har minskat tydligt efter införandet av friskvårdstimmen, "
        "medan långtidsfrånvaron inom särskilt boende är oförändrad.",
    ),
    (
        "Nämnden ska ha en budget i balans",
        "expected_not_achieved",
        "Helårsprognosen är ett underskott om 4,8 mnkr. Underskottet beror främst på fler "
        "beviljade hemtjänsttimmar och på köp av externa platser inom LSS. Nämnden har beslutat "
        "om en åtgärdsplan, men den bedöms inte räcka för att nå en budget i balans i år.",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="ljungby-omsorgsnamnden-delarsrapport-2026-08",
        municipality="Ljungby",
        committee="Omsorgsnämnden",
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title="Delårsrapport januari–augusti 2026",
        engine="reportlab",
        what="Omsorgsnämnden, delårsrapport januari–augusti 2026 (reportlab, DejaVu Sans "
        "Condensed)",
        hard="one goal table Mål | Prognos helår | Analys: the forecast is an arrow and a word "
        '("↑ Uppnås", "→ Uppnås delvis", "↓ Uppnås inte") and the analysis cell is a paragraph '
        "of four to six wrapped lines, so each goal's row is tall and its title wraps over two "
        "lines beside it; no goal headings; a KPI table Jan–aug 2025 | Jan–aug 2026 | Målvärde "
        "2026; an income statement with Budget 2026 | Utfall jan–aug | Prognos 2026 | Avvikelse "
        '(negative deviations); the municipality as "Ljungby kommun" only on the cover and in the '
        "footer",
    )
    d.add(
        Custom(
            "cover",
            {},
            words="Delårsrapport januari–augusti 2026\nOmsorgsnämnden\nLjungby kommun",
        )
    )
    d.h(1, "Inledning")
    d.p(
        "Omsorgsnämnden ansvarar för äldreomsorg, hemsjukvård och insatser enligt LSS. "
        "Delårsrapporten omfattar perioden januari–augusti 2026 och innehåller en prognos för "
        "helåret. Rapporten behandlades av nämnden den 17 september 2026."
    )
    d.h(1, "Nämndens mål")
    d.p(
        "Tabellen visar nämndens bedömning av om målen kommer att uppnås vid årets slut. "
        "Pilen visar prognosen: ↑ uppnås, → uppnås delvis, ↓ uppnås inte."
    )
    lines = ["Tabell 1. Måluppfyllelse, prognos helår", "Mål\tPrognos helår\tAnalys"]
    for g, s, a in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{WORDS[s]}\t{a}")
    d.add(Custom("goaltable", {}, words="\n".join(lines)))
    d.h(1, "Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Jan–aug 2025",), year="2025"),
                Col(("Jan–aug 2026",), year="2026"),
                Col(("Målvärde 2026",)),
            ],
            rows=[
                Row("Antal personer med hemtjänst", [612, 637, None], fmt=N),
                Row("Antal beviljade hemtjänsttimmar per månad", [21_480, 22_915, None], fmt=N),
                Row("Antal personal som en brukare möter under 14 dagar", [15, 17, 12], fmt=N),
                Row("Antal personer i kö till särskilt boende", [23, 14, 10], fmt=N),
                Row("Andel genomförandeplaner upprättade med den enskilde", [86, 93, 90], fmt=PCT),
                Row("Sjukfrånvaro, procent", [8.9, 8.1, 7.5], fmt=DEC1),
            ],
            kind="kpi",
            caption="Tabell 2. Nyckeltal",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi")
    rows = [
        ("Intäkter", 96_500, 65_210, 97_800),
        ("Personalkostnader", -482_300, -324_860, -486_900),
        ("Köp av verksamhet", -58_400, -41_920, -61_300),
        ("Övriga kostnader", -94_800, -62_330, -93_400),
    ]
    sums = [sum(r[j] for r in rows[1:]) for j in (1, 2, 3)]
    net = [rows[0][j] + sums[j - 1] for j in (1, 2, 3)]
    bidrag = [539_000, 359_333, 539_000]
    res = [n + b for n, b in zip(net, bidrag, strict=True)]
    assert res == [0, -4_567, -4_800], res
    trows = [Row(n, [b, u, p, p - b]) for n, b, u, p in rows]
    trows += [
        Row("Summa kostnader", [sums[0], sums[1], sums[2], sums[2] - sums[0]], total=True),
        Row("Nettokostnad", [net[0], net[1], net[2], net[2] - net[0]], total=True),
        Row("Kommunbidrag", [bidrag[0], bidrag[1], bidrag[2], 0]),
        Row("Resultat", [res[0], res[1], res[2], res[2] - res[0]], total=True),
    ]
    d.p(
        "Resultatet för perioden är ett underskott om 4,6 mnkr. Helårsprognosen är ett "
        "underskott om 4 800 tkr, främst inom hemtjänsten och köp av externa platser inom LSS. "
        "Åtgärdsplanen beräknas minska kostnaderna med 0,6 mnkr under hösten; den effekten "
        "är inräknad i prognosen."
    )
    d.table(
        Table(
            label_head=("Tkr",),
            cols=[
                Col(("Budget", "2026")),
                Col(("Utfall", "jan–aug")),
                Col(("Prognos", "2026")),
                Col(("Avvikelse",)),
            ],
            rows=trows,
            kind="is",
            caption="Tabell 3. Resultaträkning",
            note="Avvikelse = prognos minus budget.",
            fmt=N,
            label_width=2.4,
        )
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    o = {
        "font": "DejaVuSansCondensed",
        "hfont": "DejaVuSans",
        "size": 9.5,
        "leading": 13,
        "hcolor": colors.HexColor("#2E6B30"),
        "h_sizes": {1: 14, 2: 11.5, 3: 10.5},
        "table_size": 8.3,
        "table_rules": "rules",
        "table_head_bg": colors.HexColor("#DDEBD9"),
        "header": "Omsorgsnämnden\t\tDelårsrapport januari–augusti 2026",
        "footer": "Ljungby kommun\t\tSida {page} av {pages}",
        "hf_size": 7.5,
        "hf_rule": True,
        "margins": (2.3 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()

    def cover(_b: Custom) -> list:
        return [
            rl.Spacer(1, 220),
            r.para("Delårsrapport januari–augusti 2026", "title"),
            r.para("Omsorgsnämnden", "subtitle"),
            rl.Spacer(1, 200),
            r.para("Ljungby kommun", "subtitle"),
            rl.PageBreak(),
        ]

    def p(s: str, st: str = "cell") -> Paragraph:
        return Paragraph(escape(s), r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p("Mål", "cellb"), p("Prognos helår", "cellb"), p("Analys", "cellb")]]
        for g, s, a in GOALS:
            data.append([p(g, "cellb"), p(WORDS[s]), p(a)])
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBD9")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F9F7F")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        widths = [0.27, 0.16, 0.57]
        tbl = rl.RLTable(data, colWidths=[w * W for w in widths], repeatRows=1,
                         style=rl.TableStyle(cmds), hAlign="LEFT")  # fmt: skip
        return [r.para("Tabell 1. Måluppfyllelse, prognos helår", "caption"), tbl, rl.Spacer(1, 8)]

    r.custom.update(cover=cover, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf")

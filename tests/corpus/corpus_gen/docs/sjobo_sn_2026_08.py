"""Sjöbo, Socialnämnden, delårsrapport januari–augusti 2026, written in the municipality's Word
template (reportlab, Carlito for the text, DejaVu Sans for the checkbox glyphs, as Word draws a
checkbox content control in a symbol font of its own).

Every goal is a small bordered table: "Nämndmål n" and the title in bold, a "Bedömning" row
that prints ALL THREE alternatives of the template on one line, each after a checkbox glyph, only
one of them checked ("☒ Uppnås   ☐ Uppnås delvis   ☐ Uppnås inte"; U+2612 checked, U+2610
empty), an "Analys" row written so it gives no forecast in words, and on some goals an
"Åtgärder krävs" row in the same checkbox style ("☐ Ja   ☒ Nej", not a status) followed, where Ja
is checked, by a "Planerade åtgärder" row. The checked alternative is the first, the second or
the third on different goals, so the status words of the unchecked alternatives are printed on
the same line and must not be taken. The economy section has one more yes/no checkbox line
("Budget i balans vid årets slut: ☐ Ja ☒ Nej"). A KPI table Utfall jan–aug 2025 | Utfall jan–aug
2026 | Mål 2026 and a drift table Budget 2026 | Prognos 2026 | Avvikelse (tkr, budget minus
prognosis) with a Summa row."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import KeepTogether, Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

N = NumFmt()
PCT = NumFmt(suffix=" %")
PCT1 = NumFmt(dec=1, suffix=" %")

MUNI = "Sjöbo kommun"
COMMITTEE = "Socialnämnden"
TITLE = "Delårsrapport januari–augusti 2026"
DNR = "SN 2026/214"

GREEN = colors.HexColor("#00704A")
LABEL_BG = colors.HexColor("#E3EFE8")
BORDER = colors.HexColor("#7A8C82")

CHECKED, EMPTY = "\u2612", "\u2610"
ALTS = [
    ("expected_achieved", "Uppnås"),
    ("partly", "Uppnås delvis"),
    ("expected_not_achieved", "Uppnås inte"),
]
GAP = "\u00a0" * 4  # the template's spacing between the alternatives


def alt_line(status: str) -> str:
    return GAP.join(f"{CHECKED if s == status else EMPTY} {w}" for s, w in ALTS)


def yes_no(yes: bool) -> str:
    return f"{CHECKED if yes else EMPTY} Ja{GAP}{EMPTY if yes else CHECKED} Nej"


# title, status, analysis, åtgärder (None: no row; "": Nej; text: Ja and the planned measures)
GOALS = [
    (
        "Äldre personer med hemtjänst ska känna sig trygga i sitt eget hem",
        "expected_achieved",
        "Brukarundersökningen i våras visar att 89 procent av brukarna i hemtjänsten känner sig "
        "trygga hemma, mot 86 procent året innan. Fasta omsorgsteam i Sjöbo tätort och i "
        "Blentarp har minskat antalet personal som en brukare möter under en vecka från 14 till "
        "11.",
        "",
    ),
    (
        "Fler personer med ekonomiskt bistånd ska gå vidare till arbete eller studier",
        "partly",
        "Andelen avslutade ärenden som gått till arbete eller studier har ökat från 31 till 36 "
        "procent, och antalet hushåll med bistånd är lägre än under samma period 2025. Målvärdet "
        "40 procent är ännu inte nått. Samarbetet med arbetsmarknadsenheten har gett fler "
        "praktikplatser, men flera deltagare har långa perioder av sjukskrivning bakom sig.",
        "Från oktober får varje ny sökande ett planeringssamtal med en arbetsmarknadskonsulent "
        "inom två veckor, och uppföljningen av aktivitetsplanerna görs varje månad.",
    ),
    (
        "Barn och unga som utreds ska få beslut inom lagstadgad tid",
        "expected_not_achieved",
        "Endast 72 procent av utredningarna avslutades inom 120 dagar, mot 81 procent under "
        "samma period 2025. Två av fem tjänster som socialsekreterare i barn- och "
        "ungdomsgruppen har varit vakanta sedan april, och antalet anmälningar har ökat med 18 "
        "procent.",
        "Två socialsekreterare hyrs in från bemanningsföretag till och med december. En "
        "arbetsgrupp går igenom samtliga pågående utredningar som är äldre än 90 dagar.",
    ),
    (
        "Personer med insatser enligt LSS ska ha inflytande över sin vardag",
        "expected_achieved",
        "I brukarundersökningen inom daglig verksamhet och gruppbostad svarar 83 procent att de "
        "får bestämma om saker som är viktiga för dem. Alla gruppbostäder har under våren infört "
        "husmöten varje månad där de boende planerar aktiviteter och måltider.",
        "",
    ),
    (
        "Sjukfrånvaron bland nämndens medarbetare ska minska",
        "partly",
        "Sjukfrånvaron har minskat från 8,9 till 8,1 procent, främst den korta frånvaron inom "
        "hemtjänsten. Den långa sjukfrånvaron inom särskilt boende är oförändrad. Målet för året "
        "är 7,5 procent.",
        None,
    ),
]

KCOLS = [
    Col(("Utfall", "jan–aug 2025"), year="2025"),
    Col(("Utfall", "jan–aug 2026"), year="2026"),
    Col(("Mål 2026",)),
]

# name, 2025, 2026, target as printed, fmt
KPIS = [
    ("Brukare i hemtjänsten som känner sig trygga hemma, andel", 86, 89, "≥ 88 %", PCT),
    ("Hushåll med ekonomiskt bistånd, genomsnitt per månad", 212, 198, "≤ 200", N),
    ("Avslutade biståndsärenden som gått till arbete eller studier, andel", 31, 36, "≥ 40 %", PCT),
    ("Barnavårdsutredningar avslutade inom 120 dagar, andel", 81, 72, "100 %", PCT),
    ("Utredningstid barn och unga, genomsnitt dagar", 104, 118, "≤ 100", N),
    ("Brukare inom LSS som får bestämma om viktiga saker, andel", 78, 83, "≥ 80 %", PCT),
    ("Vårddygn på HVB för barn och unga, antal", 2_140, 2_610, "–", N),
    ("Sjukfrånvaro bland medarbetarna", 8.9, 8.1, "≤ 7,5 %", PCT1),
]

# verksamhet, budget 2026, prognos 2026 (tkr, net cost)
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_600, 14_100),
    ("Hemtjänst", 92_300, 95_800),
    ("Särskilt boende", 176_100, 177_400),
    ("Hälso- och sjukvård", 38_900, 38_200),
    ("Funktionsstöd (LSS)", 84_700, 83_100),
    ("Individ- och familjeomsorg", 61_500, 66_900),
    ("Ekonomiskt bistånd", 22_400, 21_600),
]


def goal_words(i: int, title: str, status: str, analysis: str, atg: str | None) -> str:
    lines = [f"Nämndmål {i}\t{title}", f"Bedömning\t{alt_line(status)}", f"Analys\t{analysis}"]
    if atg is not None:
        lines.append(f"Åtgärder krävs\t{yes_no(bool(atg))}")
        if atg:
            lines.append(f"Planerade åtgärder\t{atg}")
    return "\n".join(lines)


def build() -> Doc:
    d = Doc(
        stem="sjobo-socialnamnden-delarsrapport-2026-08",
        municipality="Sjöbo",
        committee=COMMITTEE,
        report_type="interim",
        year=2026,
        end="2026-08-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, delårsrapport januari–augusti 2026 in the municipality's Word "
        "template (reportlab, Carlito, the checkboxes in DejaVu Sans), no title page",
        hard="every goal's assessment is given by CHECKBOXES: each goal a small bordered table "
        '("Nämndmål 1" and the bold title, then Bedömning, Analys) whose "Bedömning" row prints '
        "all three alternatives of the template on one line, each after a checkbox glyph, only one "
        'checked ("☒ Uppnås    ☐ Uppnås delvis    ☐ Uppnås inte", U+2612 / U+2610); the checked one '
        "is the first, the second or the third on different goals, so the unchecked alternatives' "
        "status words are printed too and must not be taken; the analyses state no forecast in "
        'words; an "Åtgärder krävs" row in the same checkbox style ("☐ Ja    ☒ Nej", not a status) '
        'under four goals, with a "Planerade åtgärder" row where Ja is checked, and one more '
        'yes/no line in the economy section ("Budget i balans vid årets slut: ☐ Ja ☒ Nej"); a '
        "KPI table Utfall jan–aug 2025 | Utfall jan–aug 2026 | Mål 2026 (two-line headers, "
        'targets "≥ 88 %", "≤ 200", a dash); a drift table Budget 2026 | Prognos 2026 | '
        "Avvikelse (tkr, budget minus prognosis) with a Summa row; the municipality as "
        '"Sjöbo kommun" in the running header and once in a sentence',
    )
    counts: dict[str, int] = {}
    for _t, s, _a, _m in GOALS:
        counts[s] = counts.get(s, 0) + 1
    assert counts == {"expected_achieved": 2, "partly": 2, "expected_not_achieved": 1}, counts
    tot_b = sum(b for _n, b, _p in DRIFT)
    tot_p = sum(p for _n, _b, p in DRIFT)
    assert (tot_b, tot_p, tot_b - tot_p) == (490_500, 497_100, -6_600), (tot_b, tot_p)

    d.add(Custom("titleblock", {}, words=f"{TITLE}\n{COMMITTEE}"))
    d.h(1, "Sammanfattning", "1")
    d.p(
        "Socialnämnden i Sjöbo kommun ansvarar för äldreomsorg, hälso- och sjukvård, stöd till "
        "personer med funktionsnedsättning, individ- och familjeomsorg och ekonomiskt bistånd. "
        "Delårsrapporten redovisar nämndens måluppfyllelse och ekonomi för perioden "
        "januari–augusti 2026 och prognosen för helåret."
    )
    d.p(
        "Av nämndens fem mål bedöms två uppnås, två uppnås delvis och ett inte uppnås vid årets "
        "slut. Tryggheten i hemtjänsten och inflytandet inom LSS har ökat, medan "
        "utredningstiderna för barn och unga har blivit längre. Prognosen för helåret är ett "
        "underskott om 6 600 tkr, främst inom individ- och familjeomsorgen och hemtjänsten."
    )
    d.h(1, "Viktiga händelser under perioden", "2")
    d.p(
        "Det nya särskilda boendet Ekebo med 40 platser togs i bruk i mars och ersatte två "
        "äldre enheter. Hemtjänsten har organiserats i fasta team och planeringen sker sedan maj "
        "i ett nytt digitalt system. Inom individ- och familjeomsorgen har antalet anmälningar "
        "om barn som far illa ökat, samtidigt som två tjänster varit vakanta. Kostnaderna för "
        "placeringar av barn och unga på HVB är högre än budgeterat."
    )
    d.h(1, "Måluppfyllelse", "3")
    d.p(
        "Bedömningen avser prognos för helåret 2026. För varje mål markeras ett av "
        "alternativen uppnås, uppnås delvis eller uppnås inte.",
        "small",
    )
    for i, (title, status, analysis, atg) in enumerate(GOALS, 1):
        d.goal(title, status)
        d.add(
            Custom(
                "goal",
                {"n": i, "goal": (title, status, analysis, atg)},
                words=goal_words(i, title, status, analysis, atg),
            )
        )
    d.h(1, "Nyckeltal", "4")
    d.p(
        "Utfallen avser perioden januari–augusti respektive år. Brukarundersökningarna "
        "genomförs under våren."
    )
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=KCOLS,
            rows=[Row(n, [a, b, Raw(t)], fmt=f) for n, a, b, t, f in KPIS],
            kind="kpi",
            label_width=3.4,
        )
    )
    d.h(1, "Ekonomi", "5")
    d.p(
        "Nämnden prognostiserar ett underskott om 6 600 tkr för helåret. Individ- och "
        "familjeomsorgen har högre kostnader för placeringar av barn och unga samt för inhyrda "
        "socialsekreterare. Hemtjänsten har fler beviljade timmar än budgeterat. Funktionsstöd "
        "och ekonomiskt bistånd visar överskott."
    )
    rows = [Row(n, [b, p, b - p]) for n, b, p in DRIFT]
    rows.append(Row("Summa", [tot_b, tot_p, tot_b - tot_p], total=True))
    d.table(
        Table(
            label_head=("Verksamhet",),
            cols=[Col(("Budget 2026",)), Col(("Prognos 2026",)), Col(("Avvikelse",))],
            rows=rows,
            kind="unit",
            caption="Driftredovisning per verksamhet (tkr)",
            note="Avvikelse = budget minus prognos. Negativt belopp = underskott.",
            label_width=2.8,
        )
    )
    d.add(
        Custom(
            "yesno",
            {"label": "Budget i balans vid årets slut:", "yes": False},
            words=f"Budget i balans vid årets slut: {yes_no(False)}",
        )
    )
    d.p(
        "Nämnden har beslutat om en åtgärdsplan som ska minska underskottet med 2 000 tkr under "
        "hösten, bland annat genom en översyn av hemtjänstens planering och ett stopp för "
        "nyrekrytering av administrativ personal."
    )
    return d


# ---------------------------------------------------------------- drawing


def render(doc: Doc, out: Path) -> Path:
    margins = (2.5 * rl.cm, 2.2 * rl.cm, 2.3 * rl.cm, 2.3 * rl.cm)
    font = "Carlito"
    o = {
        "font": font,
        "size": 11,
        "leading": 14.5,
        "hcolor": GREEN,
        "h_sizes": {1: 14, 2: 12, 3: 11},
        "table_size": 9.5,
        "table_rules": "grid",
        "table_head_bg": LABEL_BG,
        "margins": margins,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    _top, bottom, lft, rgt = margins

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        c.saveState()
        y = A4[1] - 1.5 * rl.cm
        # the logo: a green shield with a white wave, then the name
        x0 = lft
        c.setFillColor(GREEN)
        p = c.beginPath()
        p.moveTo(x0, y + 11)
        p.lineTo(x0 + 14, y + 11)
        p.lineTo(x0 + 14, y + 1)
        p.curveTo(x0 + 14, y - 5, x0 + 7, y - 8, x0 + 7, y - 8)
        p.curveTo(x0 + 7, y - 8, x0, y - 5, x0, y + 1)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.4)
        w = c.beginPath()
        w.moveTo(x0 + 2, y + 2)
        w.curveTo(x0 + 5, y + 6, x0 + 9, y - 2, x0 + 12, y + 2)
        c.drawPath(w, stroke=1, fill=0)
        c.setFillColor(GREEN)
        c.setFont(f"{font}-Bold", 12)
        c.drawString(x0 + 19, y, MUNI)
        if page > 1:
            c.setFillColor(colors.HexColor("#4A4A4A"))
            c.setFont(font, 9)
            c.drawRightString(A4[0] - rgt, y, f"{COMMITTEE} – {TITLE}")
        c.setStrokeColor(colors.HexColor("#A8B8AE"))
        c.setLineWidth(0.5)
        c.line(lft, y - 11, A4[0] - rgt, y - 11)
        fy = bottom - 1.1 * rl.cm
        c.setFont(font, 8.5)
        c.setFillColor(colors.HexColor("#4A4A4A"))
        c.drawString(lft, fy, f"Dnr {DNR}")
        c.drawRightString(A4[0] - rgt, fy, f"Sida {page} av {pages}")
        c.restoreState()

    r.furniture = furniture  # type: ignore[method-assign]

    def titleblock(_b: Custom) -> list:
        big = rl.ParagraphStyle(
            "t", parent=r.styles["title"], fontSize=22, leading=27, textColor=GREEN, spaceAfter=2
        )
        sub = rl.ParagraphStyle("s", parent=r.styles["subtitle"], fontSize=15, leading=19)
        return [rl.Spacer(1, 6), Paragraph(TITLE, big), Paragraph(COMMITTEE, sub), rl.Spacer(1, 4)]

    lab = rl.ParagraphStyle(
        "gl", parent=r.styles["cell"], fontName=f"{font}-Bold", fontSize=10, leading=12.5
    )
    txt = rl.ParagraphStyle("gx", parent=r.styles["cell"], fontSize=10, leading=12.8)
    ttl = rl.ParagraphStyle("gt", parent=lab, fontSize=11, leading=13.5)

    def boxes(s: str) -> Paragraph:
        """Checkbox glyphs in DejaVu Sans, the words in the body font."""
        parts = []
        for ch in s:
            if ch in (CHECKED, EMPTY):
                parts.append(f'<font name="DejaVuSans" size="11">{ch}</font>')
            else:
                parts.append(escape(ch))
        return Paragraph("".join(parts), txt)

    def goal(b: Custom) -> list:
        n = b.data["n"]
        title, status, analysis, atg = b.data["goal"]
        data = [
            [Paragraph(f"Nämndmål {n}", lab), Paragraph(escape(title), ttl)],
            [Paragraph("Bedömning", lab), boxes(alt_line(status))],
            [Paragraph("Analys", lab), Paragraph(escape(analysis), txt)],
        ]
        if atg is not None:
            data.append([Paragraph("Åtgärder krävs", lab), boxes(yes_no(bool(atg)))])
            if atg:
                data.append([Paragraph("Planerade åtgärder", lab), Paragraph(escape(atg), txt)])
        t = rl.RLTable(
            data,
            colWidths=[W * 0.22, W * 0.78],
            style=rl.TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, BORDER),
                    ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
                    ("BACKGROUND", (1, 0), (1, 0), LABEL_BG),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
                ]
            ),
            hAlign="LEFT",
        )
        return [KeepTogether([t, rl.Spacer(1, 12)])]

    def yesno(b: Custom) -> list:
        line = f"{b.data['label']} {yes_no(b.data['yes'])}"
        st = rl.ParagraphStyle("yn", parent=r.styles["body"], spaceBefore=2, spaceAfter=8)
        parts = []
        for ch in line:
            if ch in (CHECKED, EMPTY):
                parts.append(f'<font name="DejaVuSans">{ch}</font>')
            else:
                parts.append(escape(ch))
        return [Paragraph("".join(parts), st)]

    r.custom.update(titleblock=titleblock, goal=goal, yesno=yesno)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)

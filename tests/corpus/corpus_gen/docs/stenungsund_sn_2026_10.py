"""Stenungsund, Socialnämnden, månadsrapport oktober 2026 (reportlab, Liberation Sans, A4 portrait),
written tersely by the förvaltning's economist: every table heading is abbreviated. The drift
table reads Verks. | Bu 2026 | Utf. jan–okt | Progn. 2026 | Avv. (tkr), the unit only in the last
heading, negative amounts with U+2212 and the row labels abbreviated too ("IFO barn o unga",
"Ek. bistånd", "Summa SN"). The KPI table Nyckeltal | Utf. okt 2025 | Utf. okt 2026 | Mål 2026
prints each value with its unit glued on or after a space: "85%" (no space before %), "12,5 d"
(days), "1,2 mnkr"; targets "≥ 90%", "≤ 10 d", "–". The goals are a short table Mål | Progn.* |
Kommentar whose forecast is a one- or two-letter code ("U", "DU", "EU" — two of the three end in
the first), explained only by the footnote "* Progn. helår: U = uppnås, DU = delvis uppnås, EU =
ej uppnås." The municipality and the committee are named only in the masthead line on page 1
("Stenungsunds kommun · Socialnämnden"); the running header says "SN · Månadsrapport okt 2026"."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .. import rl
from ..model import Col, Custom, Doc, NumFmt, Raw, Row, Table

MINUS = "\u2212"
TKR = NumFmt(minus=MINUS)
N = NumFmt()
PCT = NumFmt(suffix="%")
PCT1 = NumFmt(dec=1, suffix="%")
DAYS1 = NumFmt(dec=1, suffix=" d")
DAYS = NumFmt(suffix=" d")
MNKR = NumFmt(dec=1, suffix=" mnkr")

MASTHEAD = "Stenungsunds kommun · Socialnämnden"
TITLE = "Månadsrapport oktober 2026"
META = "Socialförvaltningen, ekonomienheten · 2026-11-09 · Dnr SN 2026/0412"
HEADER = "SN · Månadsrapport okt 2026"
FOOTER = "Ekonomienheten · 2026-11-09\ts. {page} ({pages})"

CODE = {"expected_achieved": "U", "partly": "DU", "expected_not_achieved": "EU"}
GOAL_HEAD = ("Mål", "Progn.*", "Kommentar")
LEGEND = "* Progn. helår: U = uppnås, DU = delvis uppnås, EU = ej uppnås."

# verks., Bu 2026, Utf. jan–okt, Progn. 2026 (nettokostnad, tkr)
DRIFT = [
    ("Nämnd o förv.ledn.", 14_200, 11_480, 13_900),
    ("IFO barn o unga", 68_500, 61_230, 73_400),
    ("IFO vuxna", 31_800, 27_940, 33_600),
    ("Ek. bistånd", 22_400, 19_870, 24_100),
    ("Funktionsstöd (LSS/SoL)", 142_600, 117_950, 141_300),
    ("Arbetsmarknad o integr.", 18_900, 14_610, 18_900),
]

# (name, okt 2025, okt 2026, mål 2026, fmt)
KPIS = [
    ("Handläggn.tid ek. bistånd, nybesök (median)", 12.5, 9.8, "≤ 10 d", DAYS1),
    ("Hushåll m. ek. bistånd, okt", 214, 236, "–", N),
    ("Utbet. ek. bistånd, okt", 1.2, 1.4, "–", MNKR),
    ("Barnutredn. klara inom 120 d, ack.", 85, 91, "100%", PCT),
    ("Placerade barn o unga (HVB + fh), okt", 41, 37, "–", N),
    ("Andel placerade i egna fh, okt", 59, 68, "≥ 65%", PCT),
    ("Köpt HVB vuxna, kostn. okt", 2.1, 1.6, "–", MNKR),
    ("Till arbete/studier efter AME-insats, ack.", 38, 44, "≥ 40%", PCT),
    ("Väntetid LSS-beslut, nya ärenden (median)", None, 31, "≤ 30 d", DAYS),
    ("Sjukfrånvaro, ack. jan–okt", 8.9, 7.6, "≤ 7,5%", PCT1),
]

# (goal, status, comment)
GOALS = [
    (
        "Fler hushåll med ekonomiskt bistånd ska nå egen försörjning",
        "partly",
        "44% till arbete/studier efter AME-insats (mål ≥ 40%), men fler hh m. bistånd än "
        "okt 2025 (236 mot 214).",
    ),
    (
        "Barn och unga ska få en snabb och rättssäker handläggning",
        "expected_not_achieved",
        "91% av barnutredn. klara inom 120 d, mål 100%. Två vakanta handläggartjänster sedan sep.",
    ),
    (
        "Placeringar av barn och unga ska i första hand ske i egna familjehem",
        "expected_achieved",
        "68% i egna fh (okt 2025: 59%). Rekryteringskampanj v. 36–40 gav fem nya fh.",
    ),
    (
        "Personer med funktionsnedsättning ska ha inflytande över sina insatser",
        "expected_achieved",
        "Genomförandeplaner upprättade tillsammans med brukaren i 96% av ärendena (stickprov sep).",
    ),
    (
        "Sjukfrånvaron bland medarbetarna ska minska",
        "partly",
        "7,6% ack. jan–okt mot 8,9% fg år; målet ≤ 7,5% nås troligen inte helt.",
    ),
    (
        "Nämnden ska ha en ekonomi i balans",
        "expected_not_achieved",
        f"Progn. {MINUS}6 800 tkr. Åtgärder enl. handlingsplan ger ca 600 tkr nov–dec (ingår).",
    ),
]


def build() -> Doc:
    d = Doc(
        stem="stenungsund-socialnamnden-manadsrapport-2026-10",
        municipality="Stenungsund",
        committee="Socialnämnden",
        report_type="interim",
        year=2026,
        end="2026-10-31",
        title=TITLE,
        engine="reportlab",
        what="Socialnämnden, månadsrapport oktober 2026 written tersely by the economist "
        "(reportlab, Liberation Sans, A4 portrait), no title page",
        hard="every table heading is abbreviated: a drift table Verks. | Bu 2026 | Utf. jan–okt | "
        'Progn. 2026 | Avv. (tkr) (the unit only in the last heading, "Avv. = Bu − Progn." in a '
        'note, negative amounts with U+2212, abbreviated row labels "IFO barn o unga", "Ek. '
        'bistånd", "Summa SN"); a KPI table Nyckeltal | Utf. okt 2025 | Utf. okt 2026 | Mål 2026 '
        'whose cells carry their unit glued on or after a space ("85%" with no space, "12,5 d" '
        'for days, "1,4 mnkr"), targets "≥ 65%", "≤ 10 d", a dash for a measure new in 2026; the '
        "goals a short table Mål | Progn.* | Kommentar whose forecast is a one- or two-letter code "
        '("U", "DU", "EU", two of them ending in the first) explained only by the footnote "* '
        'Progn. helår: U = uppnås, DU = delvis uppnås, EU = ej uppnås."; the municipality and '
        'committee only in a masthead line "Stenungsunds kommun · Socialnämnden" on page 1 '
        '(running header "SN · Månadsrapport okt 2026")',
    )
    d.add(Custom("masthead", {}, words=f"{MASTHEAD}\n{TITLE}\n{META}"))

    rows = [Row(n, [b, u, p, b - p]) for n, b, u, p in DRIFT]
    tot = [sum(x[j] for x in DRIFT) for j in range(1, 4)]
    rows.append(Row("Summa SN", [*tot, tot[0] - tot[2]], total=True))
    assert tot[0] - tot[2] == -6_800, tot
    assert tot[0] == 298_400, tot

    d.h(1, "Sammanfattning")
    d.bullets(
        f"Progn. helår {MINUS}6 800 tkr ({MINUS}2,3% av Bu), en förbättring med 600 tkr mot "
        f"sep ({MINUS}7 400 tkr).",
        f"Underskottet ligger i IFO barn o unga ({MINUS}4 900 tkr), IFO vuxna ({MINUS}1 800 tkr) "
        f"och ek. bistånd ({MINUS}1 700 tkr). Funktionsstöd visar +1 300 tkr.",
        "Utf. jan–okt 253 080 tkr = 84,8% av Bu (riktvärde 83,3%).",
        "Av sex mål bedöms två uppnås, två delvis uppnås och två ej uppnås.",
    )

    d.h(1, "1 Ekonomi")
    d.table(
        Table(
            label_head=("Verks.",),
            cols=[
                Col(("Bu 2026",)),
                Col(("Utf. jan–okt",)),
                Col(("Progn. 2026",)),
                Col(("Avv. (tkr)",)),
            ],
            rows=rows,
            kind="unit",
            caption="Tab. 1 Driftredovisning, nettokostnad",
            note="Belopp i tkr. Avv. = Bu − Progn.; negativt belopp (−) = underskott. "
            "Utf. = utfall, Progn. = prognos helår.",
            fmt=TKR,
            label_width=2.4,
        )
    )
    d.h(2, "Kommentarer per verks.")
    d.bullets(
        f"IFO barn o unga, {MINUS}4 900 tkr: fyra nya HVB-plac. aug–sep, snittkostn. ca 95 tkr/mån. "
        "Två plac. avslutas i nov, ingår i progn.",
        f"IFO vuxna, {MINUS}1 800 tkr: köpt HVB missbruk över Bu jan–aug, lägre sedan sep "
        "(1,6 mnkr i okt).",
        f"Ek. bistånd, {MINUS}1 700 tkr: fler hh än Bu, främst unga vuxna och hh med "
        "etableringsersättn. som upphört.",
        "Funktionsstöd, +1 300 tkr: vakanser i boendestöd och lägre volym korttids (LSS 9:6).",
        "Nämnd o förv.ledn., +300 tkr: lägre konsultkostn. Arbetsmarknad o integr. enl. Bu.",
    )

    d.h(1, "2 Nyckeltal")
    d.table(
        Table(
            label_head=("Nyckeltal",),
            cols=[
                Col(("Utf. okt 2025",), year="2025"),
                Col(("Utf. okt 2026",), year="2026"),
                Col(("Mål 2026",)),
            ],
            rows=[
                Row(n, [Raw("–") if a is None else a, b, Raw(t)], fmt=f) for n, a, b, t, f in KPIS
            ],
            kind="kpi",
            caption="Tab. 2 Nyckeltal",
            note="Utf. okt = oktober månad resp. år; ack. = jan–okt. d = kalenderdagar, "
            "hh = hushåll, fh = familjehem. Väntetid LSS mäts fr.o.m. 2026.",
            label_width=3.4,
        )
    )

    d.h(1, "3 Mål")
    lines = ["Tab. 3 Nämndmål 2026, prognos", "\t".join(GOAL_HEAD)]
    for g, s, c in GOALS:
        d.goal(g, s)
        lines.append(f"{g}\t{CODE[s]}\t{c}")
    lines.append(LEGEND)
    d.add(Custom("goaltable", {}, words="\n".join(lines)))

    d.h(1, "4 Åtgärder o risker")
    d.bullets(
        "Handlingsplan för ekonomi i balans (SN 2026-09-17 § 84): stopp för nya konsultavtal, "
        "översyn av samtliga HVB-plac. och hemtagning till egna fh där det är möjligt.",
        "Risk: ytterligare plac. av barn o unga nov–dec. En ny plac. motsvarar ca 190 tkr "
        "till årets slut.",
        "Risk: ek. bistånd om arbetsmarknaden för unga vuxna försämras under vintern.",
    )
    return d


def render(doc: Doc, out: Path) -> Path:
    ink = colors.HexColor("#1A1A1A")
    grey = colors.HexColor("#5A5A5A")
    head_bg = colors.HexColor("#E8EBEE")
    o = {
        "font": "LiberationSans",
        "size": 9.2,
        "leading": 12.4,
        "hcolor": ink,
        "h_sizes": {1: 12, 2: 10, 3: 9.5},
        "table_size": 8.4,
        "table_rules": "rules",
        "table_head_bg": head_bg,
        "hf_size": 7.5,
        "margins": (2.0 * rl.cm, 1.9 * rl.cm, 2.2 * rl.cm, 2.2 * rl.cm),
        "para_space": 4,
    }
    r = rl.RLDoc(doc, o)
    W = r.frame_width()
    t, b, lft, rgt = o["margins"]

    def furniture(c, page: int, pages: int, flags: dict) -> None:
        right = A4[0] - rgt
        c.setStrokeColor(colors.HexColor("#9A9A9A"))
        c.setLineWidth(0.4)
        if page > 1:
            y = A4[1] - t + 0.75 * rl.cm
            rl.hf_text(c, HEADER, y, page, pages, "LiberationSans", 7.5, lft, right, grey)
            c.line(lft, y - 3.5, right, y - 3.5)
        y = b - 0.95 * rl.cm
        c.line(lft, y + 9, right, y + 9)
        rl.hf_text(c, FOOTER, y, page, pages, "LiberationSans", 7.5, lft, right, grey)

    r.furniture = furniture  # type: ignore[method-assign]

    def masthead(_b: Custom) -> list:
        line = ParagraphStyle(
            "mh0", parent=r.styles["body"], fontSize=9, leading=11, textColor=grey
        )
        big = ParagraphStyle(
            "mh1", parent=r.styles["title"], fontSize=17, leading=21, spaceAfter=3, textColor=ink
        )
        meta = ParagraphStyle(
            "mh2", parent=r.styles["body"], fontSize=8, leading=10, textColor=grey, spaceAfter=2
        )
        rule = rl.RLTable(
            [[""]],
            colWidths=[W],
            rowHeights=[2],
            style=rl.TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, ink)]),
        )
        return [
            Paragraph(escape(MASTHEAD), line),
            rl.Spacer(1, 5),
            Paragraph(escape(TITLE), big),
            Paragraph(escape(META), meta),
            rule,
            rl.Spacer(1, 4),
        ]

    centre = ParagraphStyle("code", parent=r.styles["cellb"], alignment=TA_CENTER)

    def p(s: str, st: str | ParagraphStyle = "cell") -> Paragraph:
        return Paragraph(escape(s), st if isinstance(st, ParagraphStyle) else r.styles[st])

    def goaltable(_b: Custom) -> list:
        data = [[p(GOAL_HEAD[0], "cellb"), p(GOAL_HEAD[1], centre), p(GOAL_HEAD[2], "cellb")]]
        for g, s, c in GOALS:
            data.append([p(g), p(CODE[s], centre), p(c)])
        cmds = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), head_bg),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ink),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        widths = [0.40, 0.08, 0.52]
        tbl = rl.RLTable(
            data,
            colWidths=[w * W for w in widths],
            repeatRows=1,
            style=rl.TableStyle(cmds),
            hAlign="LEFT",
        )
        return [
            r.para("Tab. 3 Nämndmål 2026, prognos", "caption"),
            tbl,
            r.para(LEGEND, "note"),
        ]

    r.custom.update(masthead=masthead, goaltable=goaltable)
    return r.build(out / f"{doc.stem}.pdf", first_plain=False)
